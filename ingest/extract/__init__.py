"""Extraction of the sales graph from visit notes (拜访记录) and clippings.

API
---
``Extractor(nlp=None, gazetteer=None)``
    ``.extract(record) -> Extraction`` for one record {id, kind, date, author, customer, text}.
    ``.extract_batch(records, learn=True)`` runs ``nlp.pipe``; with ``learn`` the organisation
    names seen anywhere in the batch (customer fields, full names with region or legal form)
    resolve short forms in every record, and org kinds decided on strong evidence carry over.
``Extraction.to_contract() -> dict``
    The evaluated contract (``kg extract`` output), exactly the keys of samples/README.md:
    id, entities[{text,type,start,end}], persons[{name,mentions,org,title}],
    orgs[{name,mentions,kind}], roles[{person,role,org}],
    stances[{person,toward,stance,evidence}], relations[{type,source,target}].
    Offsets are slice offsets into the record's original text; names taken from the text
    are reported as written (Traditional stays Traditional); toward is "US" for 中太数据.
``Extraction.to_rich() -> dict``
    Everything: confidence per fact, hedged flags (据说/听说/可能/seems), evidence sentence
    and offsets, resolved dates (明年6月, 下周, 月底 against the note date), amounts
    (预算约300万 -> 3000000.0), contract end on INCUMBENT_AT (attrs.contract_end), ended
    employments (ended_employments, persons[].former_orgs), superseded stances, and the
    source of each entity (rule | gaz | prop | ner).

Conventions (as in the annotated samples)
-----------------------------------------
* Title forms (张总, 李工, 王处长, Mr. Tang, Director Liu) are PERSON mentions.  They resolve to
  the full-name person of the same note (surname, parenthesis, title), else to the unique
  gazetteer contact at the customer, else stay a candidate named by the title form.  The same
  surname in different organisations is never merged.
* Negated roles (并不拍板, 说了不算, 做不了主, is not the decision maker) yield nothing; hedged
  ones are kept with a lower confidence.  Units (行长办公会, 采购中心) hold roles like people.
* The latest stance per (person, target) wins; turning to us (转向我方) drops an earlier
  support for a competitor.
* A person who changed jobs (原在X，现任Y; 之前是X的…跳槽过来) WORKS_AT the new organisation.
"""

from __future__ import annotations

from ingest.extract.core import Extractor
from ingest.extract.model import (
    EntityMention,
    Evidence,
    Extraction,
    OrgFact,
    PersonFact,
    RelationFact,
    RoleFact,
    StanceFact,
)

__all__ = [
    "EntityMention",
    "Evidence",
    "Extraction",
    "Extractor",
    "OrgFact",
    "PersonFact",
    "RelationFact",
    "RoleFact",
    "StanceFact",
]
