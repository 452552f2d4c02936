"""Extraction of the sales graph from notes/clippings.

``Extractor(nlp=None, gazetteer=None).extract(record) -> Extraction`` and ``extract_batch(records)``;
``Extraction.to_contract()`` gives the evaluated JSON format (see /work/shared/samples/README.md).
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
