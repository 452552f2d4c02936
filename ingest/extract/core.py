"""Extraction of persons, organisations, decision roles, stances and relations from one note."""

from __future__ import annotations

import itertools
import logging
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ingest.extract.cues import (
    HEDGE_RE,
    NEG_BEFORE_RE,
    ROLE_CUES,
    STANCE_CUES,
    STANCE_NEG_RE,
    TITLE_BLOCK_RE,
    UNIT_RE,
    US_MARK_RE,
)
from ingest.extract.dates import find_amounts, find_dates, parse_note_date
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
from ingest.extract.polarity import CHANGE_RE, PAST_RE, polarity_hits, scorer
from ingest.gazetteer import US_NAME, Gazetteer, GazOrg
from ingest.normalize import normalize
from ingest.pipeline import USER_KEY, load_pipeline
from ingest.pipeline.rules import (
    Ent,
    EntityRules,
    _boundary_ok,
    get_lex,
    is_cjk,
    org_core,
    strip_legal,
    strip_region,
)

__all__ = ["Extractor"]

log = logging.getLogger(__name__)

_SENT_RE = re.compile(
    r"(?:[^。！？!?\n；;.]|\.(?!\s+[A-Z(])|(?<=Mr|Ms|Dr|St|No|Co|vs)\.|(?<=Mrs)\.)+[。！？!?\n；;.]*"
)
_PRONOUN_RE = re.compile(
    r"他们|她们|他|她|\bhim\b|\bher\b|\bhe\b|\bshe\b|\bhis\b|\bHe\b|\bShe\b|\bHis\b|\bHer\b"
)
_THEM_RE = re.compile(r"他们|\bthem\b|\bthey\b")
_TITLE_SUFFIX_FULL = (
    "经理",
    "主任",
    "处长",
    "总监",
    "组长",
    "科长",
    "局长",
    "行长",
    "部长",
    "院长",
    "书记",
    "主管",
    "厂长",
)
_CLIPPED = {"处": "处长", "科": "科长", "局": "局长", "行": "行长", "董": "董事长", "院": "院长"}
_BOSS_TITLES = ("董事长", "Chairman", "总经理", "总裁", "CEO", "GM", "一把手", "局长", "行长", "院长")
_FORMER_RE = re.compile(r"(?:原|原来|之前|此前|曾|曾任|前|former|ex-|previously)\s?$")
_NEW_JOB_RE = re.compile(r"出任|加盟|现任|跳槽到|加入|joined|now at")


@dataclass
class _P:
    """A person being resolved inside one note."""

    key: str
    name: str
    mentions: list[Ent] = field(default_factory=list)
    full: bool = False
    surname: str = ""
    org: str | None = None
    title: str | None = None
    former: list[dict[str, Any]] = field(default_factory=list)
    forms: set[str] = field(default_factory=set)


@dataclass
class _O:
    key: str
    name: str
    mentions: list[Ent] = field(default_factory=list)
    kind: str | None = None
    kind_strength: int = 0
    kind_src: str = "default"


@dataclass
class _M:
    """A mention on the note's timeline."""

    start: int
    end: int
    kind: str  # person | org | unit | us | product | pron | them | boss
    ref: str


class Extractor:
    """``Extractor(nlp=None, gazetteer=None).extract(record) -> Extraction``.

    The spaCy pipeline is shared (``load_pipeline()``); each extractor owns its compiled gazetteer and binds
    it to the pipeline's rule component before every call, so several extractors may coexist in one process
    (not concurrently from several threads).  Customers seen in records and organisation names learned by
    ``extract_batch`` accumulate in the extractor's gazetteer.
    """

    def __init__(self, nlp: Language | None = None, gazetteer: Gazetteer | None = None) -> None:
        self.base_gazetteer = gazetteer
        self.nlp = nlp if nlp is not None else load_pipeline()
        self.lex = get_lex()
        self._extra: Gazetteer | None = None
        self._rules: EntityRules | None = None
        self._occ: list[bool] = []
        self._text = ""
        self._titles: list[tuple[int, int, str]] = []
        self._competitors: set[str] = set()
        self._persons_now: dict[str, _P] = {}
        self._install(None)

    # -- gazetteer handling ---------------------------------------------------------------------
    def _install(self, extra: Gazetteer | None) -> None:
        """Add ``extra`` (learned/customer entries) to this extractor's gazetteer and rebuild its automata."""
        if extra is not None:
            self._extra = extra if self._extra is None else self._extra.merge(extra)
        gaz = Gazetteer.builtin().merge(self.base_gazetteer).merge(self._extra)
        self.gazetteer = gaz
        self._rules = EntityRules(gaz)
        self._bind()
        self.org_canon: dict[str, str] = {}
        self.org_kind: dict[str, str] = {}
        self.org_by_core: dict[str, str] = {}
        for o in [*gaz.organisations, GazOrg(gaz.us_name, gaz.us_aliases, ["us"])]:
            canon = strip_legal(o.name)
            if o.kinds:
                self.org_kind.setdefault(canon, o.kinds[0])
            for a in [o.name, canon, *o.aliases]:
                self.org_canon.setdefault(a, canon)
                self.org_canon.setdefault(strip_legal(a), canon)
                c = self._core(a)
                if c:
                    self.org_by_core.setdefault(c, canon)
        self.product_maker = {p.name: p.maker for p in gaz.products}
        self.us_name = gaz.us_name
        self.contacts = gaz.persons

    def _bind(self) -> None:
        """Point the shared pipeline's rule component at this extractor's compiled gazetteer (cheap)."""
        if "guanxi_rules" in self.nlp.pipe_names and self._rules is not None:
            self.nlp.get_pipe("guanxi_rules").rules = self._rules  # type: ignore[attr-defined]

    def _core(self, name: str) -> str:
        n = strip_legal(name)
        if any(is_cjk(c) for c in n):
            return org_core(n)
        return n.split()[0].lower() if n.split() else n.lower()

    # -- public API -----------------------------------------------------------------------------
    def extract(self, record: dict[str, Any]) -> Extraction:
        norm = normalize(str(record.get("text") or ""))
        self._note_customer(record)
        self._bind()
        doc = self.nlp(norm.text)
        return self._safe_extract(record, doc, norm.original)

    def extract_batch(
        self, records: Sequence[dict[str, Any]], learn: bool = True, batch_size: int = 64
    ) -> list[Extraction]:
        """Extract many records with ``nlp.pipe``.  With ``learn``, organisation names seen anywhere in the
        batch (customer fields, full legal names) are used to resolve short forms in every record."""
        texts = [normalize(str(r.get("text") or "")) for r in records]
        if learn:
            self._install(self._learn(records, [t.text for t in texts]))
        self._bind()
        out: list[Extraction] = []
        for rec, norm, doc in zip(
            records, texts, self.nlp.pipe([t.text for t in texts], batch_size=batch_size), strict=True
        ):
            out.append(self._safe_extract(rec, doc, norm.original))
        if learn:
            _harmonise_kinds(out)
        return out

    def _learn(self, records: Sequence[dict[str, Any]], texts: Sequence[str]) -> Gazetteer:
        rules = self._rules
        assert rules is not None
        orgs: dict[str, GazOrg] = {}
        for r in records:
            c = r.get("customer")
            if c:
                orgs.setdefault(c, GazOrg(c, [], ["customer"]))
        for t in texts:
            for e in rules._org_patterns(t):
                if e.score >= 0.8 and e.text not in orgs:
                    name = strip_legal(e.text)
                    if self._core(name) in self.org_by_core:
                        continue
                    orgs.setdefault(name, GazOrg(name, [], []))
        return Gazetteer(organisations=list(orgs.values()))

    def _note_customer(self, record: dict[str, Any]) -> None:
        c = record.get("customer")
        if c and strip_legal(c) not in self.org_canon:
            self._install(Gazetteer(organisations=[GazOrg(c, [], ["customer"])]))

    def _safe_extract(self, record: dict[str, Any], doc: Doc, original: str) -> Extraction:
        """One record never takes a batch down: on an internal error the record gets its entities only."""
        try:
            return self._extract_doc(record, doc, original)
        except Exception:  # pragma: no cover - defensive
            log.exception("extraction failed for record %r", record.get("id"))
            ex = Extraction(
                id=record.get("id"), kind=record.get("kind"), date=record.get("date"), text=original
            )
            ents: list[Ent] = list(doc.user_data.get(USER_KEY, []))
            ex.entities = [
                EntityMention(original[e.start : e.end], e.label, e.start, e.end, e.source, e.score)
                for e in ents
            ]
            return ex

    # -- one note -------------------------------------------------------------------------------
    def _extract_doc(self, record: dict[str, Any], doc: Doc, original: str) -> Extraction:
        text = doc.user_data.get("guanxi_text") or doc.text
        ents: list[Ent] = list(doc.user_data.get(USER_KEY, []))
        kind = record.get("kind")
        clipping = kind == "clipping"
        customer = strip_legal(record["customer"]) if record.get("customer") else None
        if customer:
            ents = _with_customer_abbreviations(text, ents, customer)
        ex = Extraction(id=record.get("id"), kind=kind, date=record.get("date"), text=original)
        ex.entities = [
            EntityMention(original[e.start : e.end], e.label, e.start, e.end, e.source, e.score) for e in ents
        ]
        ref = parse_note_date(record.get("date"))
        ex.dates = [vars_(d) for d in find_dates(text, ref)]
        ex.amounts = [vars_(a) for a in find_amounts(text)]

        self._occ = [False] * len(text)
        for en in ents:
            for i in range(en.start, en.end):
                self._occ[i] = True
        self._text = text
        orgs = self._resolve_orgs(ents, customer)
        persons = self._resolve_persons(text, ents, orgs, customer, clipping)
        sents = _sentences(text)
        timeline = self._timeline(text, ents, orgs, persons)
        # bare titles and collective subjects (院长, 局领导): the agent of a clause they open
        self._titles = [(e.start, e.end, text[e.start : e.end]) for e in ents if e.label == "TITLE"] + [
            (m.start(), m.end(), m.group(0))
            for m in TITLE_BLOCK_RE.finditer(text)
            if not any(self._occ[m.start() : m.end()])
        ]
        self._titles.sort()

        if customer is None:
            customer = self._clipping_customer(text, orgs)
        roles = [] if _is_courtesy(text) else self._roles(text, sents, timeline, persons, customer, clipping)
        self._persons_now = persons
        relations = self._relations(text, sents, timeline, persons, orgs, customer, clipping)
        engaged = {r.source for r in relations if r.type in ("ENGAGED_WITH", "INCUMBENT_AT")}
        stances = [] if clipping else self._stances(text, sents, timeline, persons, orgs, original, engaged)
        self._kinds(orgs, relations, customer, stances, text)

        # persons: contract output
        for p in persons.values():
            ex.persons.append(
                PersonFact(
                    p.name,
                    _uniq(m.text for m in p.mentions),
                    p.org,
                    p.title,
                    0.9 if p.full else 0.7,
                    p.former,
                    candidate=not p.full,
                )
            )
            for f in p.former:
                ex.ended_employments.append({"person": p.name, **f})
        used_us = any(r.source == self.us_name or r.target == self.us_name for r in relations) or any(
            p.org == self.us_name for p in persons.values()
        )
        for o in orgs.values():
            if o.key == "__us__" and not o.mentions and not used_us:
                continue
            ex.orgs.append(
                OrgFact(o.name, _uniq(m.text for m in o.mentions), o.kind or "other", kind_source=o.kind_src)
            )
        if used_us and not any(o.name == self.us_name for o in ex.orgs):
            ex.orgs.append(OrgFact(self.us_name, [], "us", kind_source="record"))
        if (
            customer
            and not any(o.name == customer for o in ex.orgs)
            and (any(r.target == customer for r in relations) or any(r.org == customer for r in roles))
        ):
            ex.orgs.append(OrgFact(customer, [], "customer", kind_source="record"))
        ex.roles = roles
        ex.stances = stances
        ex.relations = relations
        if text != original:
            self._to_original_script(ex, text, original)
        return ex

    def _to_original_script(self, ex: Extraction, text: str, original: str) -> None:
        """Names taken from the (normalised) text are reported as written (Traditional stays Traditional)."""
        known = set(self.org_kind) | {self.us_name} | {c.name for c in self.contacts}

        def back(s: str | None, always: bool = False) -> str | None:
            if not s or (s in known and not always):
                return s
            i = text.find(s)
            return original[i : i + len(s)] if i >= 0 else s

        names: dict[str, str] = {}
        for p in ex.persons:
            nb = back(p.name) or p.name
            names[p.name] = nb
            p.name, p.title = nb, back(p.title)
            p.mentions = [back(m, True) or m for m in p.mentions]
        for o in ex.orgs:
            nb = back(o.name) or o.name
            names[o.name] = nb
            o.name = nb
            o.mentions = [back(m, True) or m for m in o.mentions]
        for r in ex.roles:
            r.person = names.get(r.person) or back(r.person) or r.person
            r.org = names.get(r.org or "", r.org)
        for st in ex.stances:
            st.person = names.get(st.person, st.person)
            st.toward = names.get(st.toward, st.toward)
        for rel_ in ex.relations:
            rel_.source = names.get(rel_.source) or back(rel_.source) or rel_.source
            rel_.target = names.get(rel_.target) or back(rel_.target) or rel_.target

    # -- organisations --------------------------------------------------------------------------
    def _resolve_orgs(self, ents: list[Ent], customer: str | None) -> dict[str, _O]:
        orgs: dict[str, _O] = {}
        cust_core = self._core(customer) if customer else None
        cust_body = strip_region(customer) if customer else None
        us_core = self._core(self.us_name)
        for e in ents:
            if e.label != "ORG":
                continue
            surface = strip_legal(e.text)
            given = (
                e.canonical
                if e.canonical and _tail_compatible(surface, e.canonical, self._core(e.canonical))
                else None
            )
            base = given or self.org_canon.get(e.text) or self.org_canon.get(surface) or e.text
            core = self._core(base)
            canon = self.org_canon.get(base)
            if canon is None:
                cand = self.org_by_core.get(core)
                if cand is not None and _tail_compatible(surface, cand, core):
                    canon = cand
            if core == us_core or canon == self.us_name:
                key, canon = "__us__", self.us_name
            elif customer and (
                core == cust_core
                or canon == customer
                or (cust_body and len(surface) >= 3 and cust_body.startswith(strip_region(surface)))
            ):
                key, canon = "__cust__", customer
            else:
                key = canon or core
            o = orgs.get(key)
            if o is None:
                o = orgs[key] = _O(key, canon or surface)
            elif canon is None and len(surface) > len(o.name) and o.name not in self.org_kind:
                o.name = surface
            o.mentions.append(e)
        # 区数据资源局 is a shortened form of 江湾区数据资源局: merge suffix forms
        for k in list(orgs):
            o = orgs.get(k)
            if o is None or k in ("__us__", "__cust__"):
                continue
            for k2, o2 in list(orgs.items()):
                if (
                    k2 != k
                    and k2 != "__us__"
                    and len(o.name) >= 4
                    and o2.name != o.name
                    and o2.name.endswith(o.name)
                ):
                    o2.mentions.extend(o.mentions)
                    orgs.pop(k, None)
                    break
        # 鉴湖数码（我们在绍兴的代理）-> 绍兴鉴湖数码
        for o in orgs.values():
            if o.key in ("__us__", "__cust__") or o.name in self.org_kind or strip_region(o.name) != o.name:
                continue
            for mm in o.mentions:
                rm = _REGION_NOTE_RE.match(self._text, mm.end)
                if rm and rm.group(1) in self.lex.region_set:
                    o.name = rm.group(1) + o.name
                    break
        if "__us__" not in orgs:
            orgs["__us__"] = _O("__us__", self.us_name)
        orgs["__us__"].kind, orgs["__us__"].kind_strength = "us", 9
        return orgs

    def _org_at(self, orgs: dict[str, _O], pos: int) -> _O | None:
        for o in orgs.values():
            for m in o.mentions:
                if m.start <= pos < m.end:
                    return o
        return None

    def _clipping_customer(self, text: str, orgs: dict[str, _O]) -> str | None:
        for o in orgs.values():
            if o.key != "__us__" and self.org_kind.get(o.name) == "customer":
                return o.name
        lex = self.lex
        for o in sorted(orgs.values(), key=lambda x: x.mentions[0].start if x.mentions else 1 << 30):
            if o.key == "__us__" or not o.mentions or self.org_kind.get(o.name) not in (None, "customer"):
                continue
            if any(o.name.endswith(t) for t in lex.terminal) or _STRONG_CUSTOMER_RE.search(o.name):
                return o.name
        for o in sorted(orgs.values(), key=lambda x: x.mentions[0].start if x.mentions else 1 << 30):
            if o.key == "__us__" or not o.mentions or self.org_kind.get(o.name) not in (None, "customer"):
                continue
            if (
                _CUSTOMER_NAME_RE.search(o.name)
                and not _VENDOR_NAME_RE.search(o.name)
                and not _CHANNEL_NAME_RE.search(o.name)
                and not _SUPPLIER_NAME_RE.search(o.name)
            ):
                return o.name
        return None

    # -- persons --------------------------------------------------------------------------------
    def _resolve_persons(
        self, text: str, ents: list[Ent], orgs: dict[str, _O], customer: str | None, clipping: bool
    ) -> dict[str, _P]:
        lex = self.lex
        pents = [e for e in ents if e.label == "PERSON"]
        titles = [e for e in ents if e.label == "TITLE"]
        persons: dict[str, _P] = {}
        by_mention: dict[int, _P] = {}
        # 1. full names (CJK, pinyin, english, honorific)
        for e in sorted(pents, key=lambda x: x.sub == "honorific"):
            if e.sub in ("titleform", "short", "pinyin1"):
                continue
            if e.sub == "honorific":
                # Director Liu / Mr. Liu -> Liu Wei when the full name is in the note
                sur = e.text.split()[-1]
                full_p = [
                    q
                    for q in persons.values()
                    if q.full
                    and not is_cjk(q.name[0])
                    and (
                        q.name.split()[0] == sur
                        # Derek Xu: given name first, so "Mr. Xu" matches the last part
                        or (q.name.split()[0] in lex.english_given and q.name.split()[-1] == sur)
                    )
                    and not q.name.startswith(("Mr", "Ms", "Mrs", "Dr", "Miss"))
                ]
                if len(full_p) == 1:
                    full_p[0].mentions.append(e)
                    by_mention[e.start] = full_p[0]
                    continue
            if e.sub == "english" and " " not in e.text:
                # "Derek" after "Derek Xu": the given name alone is the same person
                given_p = [
                    q for q in persons.values() if " " in q.name and q.name.split()[0] == e.text and q.full
                ]
                if len(given_p) == 1:
                    given_p[0].mentions.append(e)
                    by_mention[e.start] = given_p[0]
                    continue
            if e.sub == "honorific" or e.text in persons:
                p = persons.get(e.text) or persons.setdefault(
                    e.text, _P(e.text, e.text, full=e.sub != "honorific")
                )
            else:
                p = persons.setdefault(e.text, _P(e.text, e.text, full=True))
            p.mentions.append(e)
            by_mention[e.start] = p
            p.surname = _surname_of(e.text, lex)
        # 2. parenthetical links: A (B) -> same person; prefer CJK full name as canonical
        for e in pents:
            m = re.match(r"\s?[(（]([^()（）]{2,12}?)[,，)）]", text[e.end : e.end + 16])
            if not m:
                continue
            inner_start = e.end + m.start(1)
            other = next((x for x in pents if x.start == inner_start), None)
            if other is None:
                continue
            a = by_mention.get(e.start)
            b = by_mention.get(other.start)
            if e.sub == "titleform" and b is not None:
                b.forms.add(e.text)
                b.mentions.append(e)
                by_mention[e.start] = b
            elif a is not None and b is not None and a is not b:
                keep, drop = (b, a) if is_cjk(other.text[0]) else (a, b)
                keep.mentions.extend(drop.mentions)
                for mm in drop.mentions:
                    by_mention[mm.start] = keep
                persons.pop(drop.key, None)
        # 3. short forms: pinyin surname "Gu", "Tang"
        for e in pents:
            if e.sub not in ("short", "pinyin1") or e.start in by_mention:
                continue
            cand = [
                p
                for p in persons.values()
                if p.full
                and any(m.text.split()[0] == e.text or m.text.split()[-1] == e.text for m in p.mentions)
            ]
            if not cand:
                cand = [p for p in persons.values() if e.text in p.name]
            if cand:
                cand[0].mentions.append(e)
                by_mention[e.start] = cand[0]
            else:
                np_ = persons.setdefault(e.text, _P(e.text, e.text, full=False, surname=e.text))
                np_.mentions.append(e)
                by_mention[e.start] = np_
        # 4. title forms
        for e in pents:
            if e.sub != "titleform" or e.start in by_mention:
                continue
            sur, suffix = _split_titleform(e.text, lex)
            bound = [p for p in persons.values() if e.text in p.forms]
            cands = bound or [
                p for p in persons.values() if p.full and p.surname == sur and is_cjk(p.name[0])
            ]
            # 芝罘数码的曲经理 is not the customer's 曲海涛: the title form's own organisation must agree
            own_org, _g = self._org_before(text, orgs, e.start, titles)
            if own_org is not None and not bound:
                cands = [
                    p for p in cands if self._org_of_mention(text, orgs, p, titles, customer) == own_org.name
                ]
            if len(cands) > 1:
                cands = [p for p in cands if not p.forms or e.text in p.forms] or cands
                if len(cands) > 1:
                    cands = [
                        p for p in cands if _suffix_matches(suffix, _adjacent_title(text, p, titles) or "")
                    ] or cands
                if len(cands) > 1:
                    before = [p for p in cands if any(m.start < e.start for m in p.mentions)]
                    before.sort(key=lambda p: max(m.start for m in p.mentions if m.start < e.start))
                    cands = before[-1:] if before else cands[:1]
            elif len(cands) == 1 and not bound:
                t1 = _adjacent_title(text, cands[0], titles)
                if t1 and not _suffix_matches(suffix, t1) and suffix in _TITLE_SUFFIX_FULL:
                    cands = []
            if cands:
                p = cands[0]
            else:
                contact = self._contact(sur, customer)
                if contact is not None:
                    p = persons.setdefault(contact, _P(contact, contact, full=True, surname=sur))
                else:
                    key = "tf:" + sur + _CLIPPED.get(suffix, suffix)
                    p = persons.get(key) or persons.setdefault(key, _P(key, e.text, full=False, surname=sur))
                    if len(e.text) > len(p.name) and _CLIPPED.get(suffix) is None:
                        p.name = e.text
            p.forms.add(e.text)
            p.mentions.append(e)
            by_mention[e.start] = p
        # order by first mention
        ordered = sorted(
            persons.values(), key=lambda p: min(m.start for m in p.mentions) if p.mentions else 0
        )
        persons = {}
        for p in ordered:
            if not p.mentions:
                continue
            p.mentions.sort(key=lambda m: m.start)
            self._person_context(text, p, titles, orgs, customer, clipping)
            persons[p.name] = p
            p.key = p.name
        return persons

    def _org_of_mention(
        self, text: str, orgs: dict[str, _O], p: _P, titles: list[Ent], customer: str | None
    ) -> str | None:
        for m in p.mentions:
            o, _g = self._org_before(text, orgs, m.start, titles)
            if o is not None:
                return o.name
        return customer

    def _contact(self, surname: str, customer: str | None) -> str | None:
        if not customer:
            return None
        hits = [
            c
            for c in self.contacts
            if c.name.startswith(surname) and c.org and strip_legal(c.org) == customer
        ]
        return hits[0].name if len(hits) == 1 else None

    def _person_context(
        self, text: str, p: _P, titles: list[Ent], orgs: dict[str, _O], customer: str | None, clipping: bool
    ) -> None:
        """Title (adjacent TITLE entity or the title form's suffix) and organisation of a person."""
        title: str | None = None
        org: str | None = None
        for m in p.mentions:
            before = [
                t
                for t in titles
                if 0 <= m.start - t.end <= 2 and text[t.end : m.start] in ("", " ", "叫", "名叫", ", ", "，")
            ]
            after = [
                t
                for t in titles
                if 0 <= t.start - m.end <= 2 and text[m.end : t.start] in ("", "是", "任", "担任", "为")
            ]
            paren = re.match(r"\s?[(（]([^()（）]{2,40}?)[;；,，)）]", text[m.end : m.end + 44])
            if before:
                t0 = before[-1]
                # 董事长、CEO聂鸣远
                prev = [
                    t for t in titles if 0 <= t0.start - t.end <= 1 and text[t.end : t0.start] in ("、", "/")
                ]
                title = (prev[-1].text + text[prev[-1].end : t0.start] + t0.text) if prev else t0.text
            elif after and m.sub != "titleform":
                title = self._dept_before(text, m.start) + after[0].text
            elif paren:
                pt = [t for t in titles if t.start == m.end + paren.start(1)]
                if pt:
                    title = pt[0].text
            if title:
                break
        # Director Liu / Manager Wang: the English title form carries the title
        if title is None:
            for m in p.mentions:
                hm = re.match(r"(Director|Manager|President|Chairman|Engineer|Prof)\b", m.text)
                if m.sub == "honorific" and hm:
                    title = hm.group(1)
                    break
        # title forms: suffix as title, with an adjacent department (理赔部孟经理 -> 理赔部经理)
        if title is None:
            for m in p.mentions:
                if m.sub == "titleform":
                    _sur, suffix = _split_titleform(m.text, self.lex)
                    full_suffix = suffix if suffix in _TITLE_SUFFIX_FULL else None
                    if full_suffix:
                        title = self._dept_before(text, m.start) + full_suffix
                        break
        p.title = title
        # organisation: an ORG right before (X的Y, X副总裁Y, X董事长Y) in the same clause
        first = p.mentions[0]
        for m in p.mentions:
            o, gap = self._org_before(text, orgs, m.start, titles)
            if o is not None:
                pre = text[max(0, (o.mentions[0].start if o.mentions else m.start) - 3) : m.start]
                org_start = min((mm.start for mm in o.mentions if mm.end <= m.start), default=m.start)
                if _FORMER_RE.search(text[max(0, org_start - 3) : org_start]):
                    former_title = None
                    for t in titles:
                        if org_start <= t.start < m.start:
                            former_title = t.text
                    p.former.append({"org": o.name, "title": former_title})
                    # new employer: 出任X / 加盟 (after the mention)
                    nm = _NEW_JOB_RE.search(text, m.end, min(len(text), m.end + 30))
                    if nm:
                        no = self._org_after(text, orgs, nm.end())
                        if no is not None:
                            org = no.name
                            ren = re.compile(r"(?:出任|担任|任)").search(
                                text, nm.start(), min(len(text), nm.end() + 40)
                            )
                            lo = ren.end() if ren else nm.end()
                            nt = [t for t in titles if lo <= t.start <= lo + 12]
                            if nt and p.title == former_title:
                                p.title = nt[0].text
                    del pre
                    break
                org = o.name
                del gap
                break
        if org is None:
            if (
                re.search(
                    r"(?:\bour\b|我们的|我司的?|我方的?)\s?[\w ]{0,24}$",
                    text[max(0, first.start - 30) : first.start],
                )
                and not clipping
            ):
                org = self.us_name
            elif customer and not clipping:
                org = customer
            elif clipping:
                o2 = self._nearest_org_in_sentence(text, orgs, first.start)
                if o2 is None:
                    prev_orgs: list[tuple[int, _O]] = [
                        (mm.end, o)
                        for o in orgs.values()
                        if o.key != "__us__"
                        for mm in o.mentions
                        if mm.end <= first.start
                    ]
                    o2 = max(prev_orgs, key=lambda t: t[0])[1] if prev_orgs else None
                org = o2.name if o2 else customer
        # job change in a visit note: 之前是X的交付总监 -> ended employment
        for m in p.mentions[:1]:
            fm = re.search(
                r"(?:之前是|之前在|原来是|原为|原在|原来在|曾在|曾任|从)(?P<o>[^，,。()（）]{2,20}?)(?:的|"
                r"过来|跳槽|做|任|当)",
                text[m.end : m.end + 40],
            )
            if fm:
                o = self._org_at(orgs, m.end + fm.start("o"))
                if o is not None and o.name != org:
                    t_old = next(
                        (t.text for t in titles if m.end + fm.start("o") <= t.start < m.end + fm.end() + 8),
                        None,
                    )
                    p.former.append({"org": o.name, "title": t_old})
                    if p.title == t_old:
                        p.title = None
        # 现任/出任 + (org) + title after the person: the current title
        for m in p.mentions[:1]:
            cm = re.compile(r"现任|出任|担任|升任|now (?:the )?").search(
                text, m.end, min(len(text), m.end + 30)
            )
            if cm:
                ct = [t for t in titles if cm.end() <= t.start <= cm.end() + 10]
                if ct:
                    p.title = ct[0].text
        p.org = org

    def _dept_before(self, text: str, pos: int) -> str:
        """Department name right before ``pos`` (理赔部孟经理 -> 理赔部), not crossing another entity."""
        assert self._rules is not None
        s = self._rules._dept_prefix(text, pos, self._occ)
        return text[s:pos]

    def _org_at_end(self, orgs: dict[str, _O], pos: int) -> _O | None:
        for o in orgs.values():
            for m in o.mentions:
                if m.end == pos:
                    return o
        return None

    def _org_before(
        self, text: str, orgs: dict[str, _O], pos: int, titles: list[Ent]
    ) -> tuple[_O | None, int]:
        """ORG mention that ends right before ``pos`` modulo a title / 的 / department."""
        best: tuple[_O | None, int] = (None, 99)
        for o in orgs.values():
            for m in o.mentions:
                if m.end > pos or pos - m.end > 24:
                    continue
                gap = text[m.end : pos]
                if re.search(r"[跟和与及、,，;；。\n]|已经|打过|说|是", gap):
                    continue
                # strip titles and connectors
                g = gap
                for t in titles:
                    if m.end <= t.start and t.end <= pos:
                        g = g.replace(t.text, "")
                g = re.sub(r"^(?:的|\s|'s)+", "", g)
                g = re.sub(r"[\u4e00-\u9fff]{0,6}(?:部|中心|科|处|组|室|办|事业部)$", "", g)
                g = g.replace("的", "").strip()
                if g == "" and pos - m.end < best[1]:
                    best = (o, pos - m.end)
        return best

    def _org_after(self, text: str, orgs: dict[str, _O], pos: int) -> _O | None:
        best: tuple[_O | None, int] = (None, 99)
        for o in orgs.values():
            for m in o.mentions:
                if m.start >= pos and m.start - pos < best[1] and m.start - pos <= 6:
                    best = (o, m.start - pos)
        return best[0]

    def _nearest_org_in_sentence(self, text: str, orgs: dict[str, _O], pos: int) -> _O | None:
        lo = max(text.rfind("。", 0, pos), text.rfind("\n", 0, pos), text.rfind(". ", 0, pos), 0)
        best: tuple[_O | None, int] = (None, 1 << 30)
        for o in orgs.values():
            if o.key == "__us__":
                continue
            for m in o.mentions:
                if lo <= m.end <= pos and pos - m.end < best[1]:
                    best = (o, pos - m.end)
        return best[0]

    # -- timeline -------------------------------------------------------------------------------
    def _timeline(self, text: str, ents: list[Ent], orgs: dict[str, _O], persons: dict[str, _P]) -> list[_M]:
        tl: list[_M] = []
        occ = [False] * len(text)
        for p in persons.values():
            for m in p.mentions:
                tl.append(_M(m.start, m.end, "person", p.name))
        for o in orgs.values():
            for m in o.mentions:
                tl.append(_M(m.start, m.end, "us" if o.key == "__us__" else "org", o.name))
        for en in ents:
            for i in range(en.start, en.end):
                occ[i] = True
            if en.label == "PRODUCT":
                tl.append(_M(en.start, en.end, "product", en.text))
        for mt in UNIT_RE.finditer(text):
            s, e = mt.span()
            if any(occ[s:e]):
                # 泓远电气招标采购中心: keep the unit part after the org
                while s < e and occ[s]:
                    s += 1
                if any(occ[s:e]) or e - s < 2:
                    continue
            while e - s > 2 and (text[s] in _UNIT_BAD_START or not _boundary_ok(text, s)):
                s += 1
            cut = max((i for i, ch in enumerate(text[s : e - 1]) if ch in _UNIT_MID_BAD), default=-1)
            if cut >= 0 and e - (s + cut + 1) >= 2:
                s = s + cut + 1  # 最早是理赔部 -> 理赔部
            unit = text[s:e]
            if unit.startswith("The "):
                unit = "t" + unit[1:]
            if unit.startswith("公司") and len(unit) > 4:
                unit, s = unit[2:], s + 2
            short = unit in ("IT",) or (len(unit) <= 2 and unit not in ("董事会", "党委会"))
            if short and not unit.isascii():
                continue
            tl.append(_M(s, e, "unit", unit))
        for mt in US_MARK_RE.finditer(text):
            if not any(occ[mt.start() : mt.end()]):
                tl.append(_M(mt.start(), mt.end(), "us", self.us_name))
        for mt in _PRONOUN_RE.finditer(text):
            if any(occ[mt.start() : mt.end()]):
                continue
            k = "them" if mt.group(0) in ("他们", "她们") else "pron"
            tl.append(_M(mt.start(), mt.end(), k, mt.group(0)))
        for mt in re.finditer(r"\bthem\b|\bthey\b|\btheir\b", text):
            tl.append(_M(mt.start(), mt.end(), "them", mt.group(0)))
        for mt in re.finditer(r"老板|一把手|\bthe (?:GM|CEO|boss|chairman)\b|总经理(?=面前)", text):
            tl.append(_M(mt.start(), mt.end(), "boss", mt.group(0)))
        tl.sort(key=lambda x: (x.start, -x.end))
        return tl

    def _resolve_ref(self, tl: list[_M], m: _M, persons: dict[str, _P], units_ok: bool = True) -> _M | None:
        """Pronoun / boss mention -> the person (or unit) it refers to."""
        if m.kind == "pron":
            pr = self._text[m.start : m.end].lower()
            fem = pr in ("she", "her", "她")
            avoid: tuple[str, ...] = ("mr.", "mr ") if fem else ("ms.", "mrs.", "miss ", "ms ")
            if pr not in ("she", "her", "他", "he", "him", "his", "她"):
                avoid = ()
            if re.match(r"自己|本人", self._text[m.end : m.end + 2]):
                # 雷总监说CEO戴维宁拍板，她自己负责…: the reflexive goes back to the sentence's topic
                s0 = max(self._text.rfind(c, 0, m.start) for c in "。\n；;") + 1
                first = [x for x in tl if s0 <= x.start and x.end <= m.start and x.kind == "person"]
                if first:
                    return first[0]
            for x in reversed([x for x in tl if x.end <= m.start]):
                if x.kind == "person" and not self._text[x.start : x.end].lower().startswith(avoid):
                    return x
            return None
        if m.kind == "them":
            for x in reversed([x for x in tl if x.end <= m.start]):
                if x.kind in ("unit",) and units_ok:
                    return x
                if x.kind == "org":
                    return x
            return None
        if m.kind == "boss":
            best = self._boss(persons, m.ref)
            return _M(m.start, m.end, "person", best) if best else None
        return m

    def _boss(self, persons: dict[str, _P], ref: str) -> str | None:
        want = ref.replace("the ", "").strip()
        for p in persons.values():
            if p.title and p.title == want:
                return p.name
        for p in persons.values():
            if (
                p.title
                and want in p.title
                and want not in ("老板", "一把手", "boss")
                and "副" not in p.title
                and "Deputy" not in p.title
                and "Vice" not in p.title
            ):
                return p.name
        for t in _BOSS_TITLES:
            for p in persons.values():
                if p.title and t in p.title and "副" not in p.title and "Deputy" not in p.title:
                    return p.name
        return None

    # -- roles ----------------------------------------------------------------------------------
    def _roles(
        self,
        text: str,
        sents: list[tuple[int, int]],
        tl: list[_M],
        persons: dict[str, _P],
        customer: str | None,
        clipping: bool,
    ) -> list[RoleFact]:
        out: dict[tuple[str, str], RoleFact] = {}
        for s0, s1 in sents:
            sent = text[s0:s1]
            for rx, role, where in ROLE_CUES:
                if clipping and role in ("COACH", "SPONSOR", "INITIATOR"):
                    continue
                for m in rx.finditer(sent):
                    cs, ce = s0 + m.start(), s0 + m.end()
                    if NEG_BEFORE_RE.search(text[max(s0, cs - (14 if m.group(0).isascii() else 3)) : cs]) or (
                        re.match(r"不|了不", text[ce : ce + 2]) and role == "DECIDER"
                    ):
                        continue
                    if where == "before" and (
                        re.match(r"的(?:是|人是|还是)", text[ce : ce + 3])
                        or (
                            text[ce : ce + 1] == "的"
                            and any(x.kind == "unit" and ce < x.start <= ce + 3 for x in tl)
                        )
                    ):
                        continue
                    holders = self._holders(text, tl, persons, s0, s1, cs, ce, where, m)
                    hedged = bool(HEDGE_RE.search(text[s0:cs]))
                    for h in holders:
                        if h.kind == "person":
                            p = persons.get(h.ref)
                            if p is None or (p.org and customer and p.org != customer):
                                continue
                            if p.org == self.us_name:
                                continue
                            org = p.org if clipping else customer
                            unit = False
                        else:
                            if role in ("SPONSOR", "COACH") or (h.kind == "org" and h.ref == customer):
                                continue
                            org, unit = customer, True
                        key = (h.ref, role)
                        if key not in out:
                            out[key] = RoleFact(
                                h.ref,
                                role,
                                org,
                                0.55 if hedged else 0.8,
                                hedged,
                                unit,
                                Evidence(sent.strip(), s0, s1),
                            )
        # committees named for evaluation are evaluators
        for tm in tl:
            if (
                tm.kind == "unit"
                and re.search(r"评标|评审|专家组", tm.ref)
                and (tm.ref, "EVALUATOR") not in out
            ):
                out[(tm.ref, "EVALUATOR")] = RoleFact(tm.ref, "EVALUATOR", customer, 0.7, False, True)
        return list(out.values())

    def _holders(
        self,
        text: str,
        tl: list[_M],
        persons: dict[str, _P],
        s0: int,
        s1: int,
        cs: int,
        ce: int,
        where: str,
        m: re.Match[str],
    ) -> list[_M]:
        kinds = ("person", "unit", "pron", "them", "boss")
        if where == "in_boss":
            b = self._boss(persons, "老板")
            return [_M(cs, ce, "person", b)] if b else []
        if where == "in":
            gs, ge = s0 + m.start("x"), s0 + m.end("x")
            cand = [x for x in tl if gs <= x.start and x.end <= ge and x.kind in kinds]
            if not cand:
                unit = text[gs:ge]
                lead = re.match(r"(?:是|还是|由|在|就|也|都|则|最终|最后|要|报|上)+", unit)
                if lead and len(unit) - lead.end() >= 2:
                    gs, unit = gs + lead.end(), unit[lead.end() :]
                if re.search(r"会|委员会|小组", unit):
                    return [_M(gs, ge, "unit", unit)]
            return [r for r in (self._resolve_ref(tl, x, persons) for x in cand[:1]) if r]
        if where == "after":
            cand = [x for x in tl if ce <= x.start < s1 and x.start - ce <= 14 and x.kind in kinds]
            cand = [x for x in cand if x.kind != "pron" or x.start - ce <= 2]
            return [r for r in (self._resolve_ref(tl, x, persons) for x in cand[:1]) if r]
        cand = [
            x
            for x in tl
            if s0 <= x.start and x.end <= cs and x.kind in kinds and not _in_parens(text, x.start, cs)
        ]
        blk = self._subject_title(text, s0, cs, cand[-1].end if cand else s0)
        if blk is not None:
            b = self._title_holder(persons, blk[2]) if not TITLE_BLOCK_RE.fullmatch(blk[2]) else None
            return [_M(blk[0], blk[1], "person", b)] if b else []
        if not cand:
            return []
        last = cand[-1]
        if re.search(r"(?:说|介绍|表示|提到|称|讲)[:：,，]", text[last.end : cs]) and last.kind != "unit":
            return []  # the speaker of a reported clause is not its subject
        if (
            m.group(0).isascii()
            and m.group(0)[:1].isalpha()
            and not (
                last.kind == "unit"
                and cs - last.end <= 6
                and not re.search(r"\b(?:from|of|in|at)\s$", text[max(0, last.start - 6) : last.start])
            )
        ):
            clause_start = max(text.rfind(",", s0, cs), text.rfind(";", s0, cs), s0)
            cl = [x for x in cand if x.start >= clause_start and x.kind != "pron"] or cand
            last = cl[0] if " and " in text[cl[0].end : cs] or len(cl) > 1 else cl[-1]
        if m.group(0).isascii():
            bt = re.search(
                r"\bthe (?:[a-z]+ ){0,2}(president|CEO|GM|chairman|director|head|boss|CFO|CIO|CTO)\b",
                text[last.end : cs],
                re.IGNORECASE,
            )
            if bt:  # "Wang confirmed the hospital president makes the final call"
                b = self._boss(persons, bt.group(1).upper() if len(bt.group(1)) <= 3 else bt.group(1))
                return [_M(cs, ce, "person", b)] if b else []
        # 柯以澄的架构组负责 -> the person; 孟经理所在的理赔部 -> both
        res: list[_M] = []
        if last.kind == "unit":
            prev = [x for x in cand[:-1] if x.kind == "person" and last.start - x.end <= 5]
            if prev:
                gap = text[prev[-1].end : last.start]
                if "所在" in gap:
                    res.append(prev[-1])
                elif gap in ("的",):
                    last = prev[-1]
        r = self._resolve_ref(tl, last, persons)
        if r:
            res.append(r)
        return res

    def _title_holder(self, persons: dict[str, _P], title: str) -> str | None:
        """The one person of the note holding exactly this title (院长 is not 院长办主任 nor 副院长)."""
        t = title.replace("the ", "").strip()
        hits = [
            p.name
            for p in persons.values()
            if p.title
            and (p.title == t or (p.title.endswith(t) and not re.search(r"副|Deputy|Vice|办|助理", p.title)))
        ]
        return hits[0] if len(hits) == 1 else None

    def _subject_title(self, text: str, s0: int, cs: int, after: int) -> tuple[int, int, str] | None:
        """A bare title / collective noun in subject position of the cue's clause (最后还是院长说了算)."""
        c0 = max(s0, *(text.rfind(c, s0, cs) + 1 for c in "，,；;：:\n"))
        for t in self._titles:
            if t[0] < max(c0, after + 1) or t[1] > cs or _in_parens(text, t[0], cs):
                continue
            if _SUBJ_POS_RE.fullmatch(text[c0 : t[0]]):
                return t
        return None

    # -- stances --------------------------------------------------------------------------------
    def _stances(
        self,
        text: str,
        sents: list[tuple[int, int]],
        tl: list[_M],
        persons: dict[str, _P],
        orgs: dict[str, _O],
        original: str,
        engaged: set[str] | None = None,
    ) -> list[StanceFact]:
        found: list[tuple[int, str, str, str, str, bool, int, int]] = []
        competitors = set(engaged or ()) - {self.us_name} | self._competitor_names(orgs)
        self._competitors = competitors
        for s0, s1 in sents:
            sent = text[s0:s1]
            taken: list[tuple[int, int]] = []
            carry: dict[str, list[str]] = {}
            stop_at = s1
            for m_start, m_end, cue, stance, needs_target, lex in _stance_matches(sent, s0, taken):
                if True:
                    cs, ce = s0 + m_start, s0 + m_end
                    if cs >= stop_at or any(a < ce and cs < b for a, b in taken):
                        continue
                    back = 16 if cue.isascii() else 5
                    if stance == "OPPOSED" and _WORRY_CHANGE_RE.match(cue + text[ce : ce + 6]):
                        continue  # 担心换系统影响化验数据: a worry about changing, not a verdict on a vendor
                    negated = not lex and bool(STANCE_NEG_RE.search(text[max(s0, cs - back) : cs]))
                    if negated and stance == "SUPPORTIVE":
                        # 没有倾向 / 不偏向任何一家: a negated commitment is no preference, not opposition
                        stance_eff = "NEUTRAL" if _COMMIT_CUE_RE.fullmatch(cue) else "OPPOSED"
                    elif negated and stance == "OPPOSED" and not re.match(r"[不没未无非]|not|un", cue):
                        stance_eff = "NEUTRAL"  # 并不反对 / not against us
                    else:
                        stance_eff = stance
                    blk = self._subject_title(text, s0, cs, s0)
                    if blk is not None and TITLE_BLOCK_RE.fullmatch(blk[2]):
                        continue  # 局领导反应平平: nobody of the note
                    subj = self._stance_subject(tl, persons, s0, cs)
                    if subj is None:
                        line0 = text.rfind("\n", 0, s0) + 1
                        subj = self._stance_subject(tl, persons, line0, cs)
                    if subj is None:
                        continue
                    targets = self._stance_targets(text, tl, orgs, subj, cs, ce, s0, s1, cue)
                    if not targets and not needs_target and "一般" in cue and not US_MARK_RE.search(sent):
                        # 数衡前两周来做过演示，俞主任觉得一般: a verdict on the vendor the sentence is about
                        targets = _last_competitor(tl, s0, cs, competitors)
                    if needs_target == "US" or (not targets and not needs_target):
                        targets = [self.us_name]
                    if needs_target == "ALL":
                        targets = [self.us_name, *sorted(competitors)]
                    if not targets and needs_target is True and subj[0] in carry:
                        targets = carry[subj[0]]  # 原来对我们不太放心，现在…比较认可: same topic
                    if not targets and needs_target is True and not lex:
                        # "X offered a free upgrade; 施总 is not convinced": the competitor on the line
                        line0 = text.rfind("\n", 0, s0) + 1
                        targets = _last_competitor(tl, line0, cs, competitors)
                    if cue in ("都在比", "还在比"):
                        targets = [self.us_name, *sorted(competitors)]
                    hedged = bool(HEDGE_RE.search(text[s0:cs]))
                    if targets:
                        carry[subj[0]] = list(targets)
                    for tg in targets:
                        if tg != self.us_name and tg not in competitors:
                            continue
                        ev = _evidence(text, s0, s1, subj[1], cs, ce)
                        found.append((cs, subj[0], tg, stance_eff, ev[0], hedged, ev[1], ev[2]))
                    taken.append((cs, ce))
                    if stance == "NEUTRAL" and re.search(r"[:：]", text[ce : ce + 12]) and cue == "neutral":
                        stop_at = ce
        found.sort()
        latest: dict[tuple[str, str], StanceFact] = {}
        cue_pos: dict[tuple[str, str], int] = {}
        order: list[tuple[str, str]] = []
        for pos, person, tg, stance, _ev, hedged, es, ee in found:
            key = (person, tg)
            prev = latest.get(key)
            sf = StanceFact(
                person,
                "US" if tg == self.us_name else tg,
                stance,
                original[es:ee],
                0.55 if hedged else 0.8,
                hedged,
                Evidence(original[es:ee], es, ee),
            )
            if prev is not None:
                sf.superseded = [*prev.superseded, {"stance": prev.stance, "evidence": prev.evidence}]
            latest[key] = sf
            cue_pos[key] = pos
            if key not in order:
                order.append(key)
        # 以前偏向SAP，后来改口…现在偏向X / originally happy with us, now backs X: a past-marked stance toward
        # another target is dropped once the same person's later stance comes with a change marker
        spans = {(p_, t_): (es_, ee_) for _pos, p_, t_, _st, _ev, _h, es_, ee_ in found}
        for person, tg in list(order):
            es_i, ee_i = spans[(person, tg)]
            if not PAST_RE.search(text[es_i:ee_i]):
                continue
            for p2, t2 in order:
                if p2 != person or t2 == tg or (p2, t2) not in spans:
                    continue
                _es_j, ee_j = spans[(p2, t2)]
                if cue_pos[(p2, t2)] > cue_pos[(person, tg)] and CHANGE_RE.search(text[ee_i:ee_j]):
                    order.remove((person, tg))
                    break
        # switching to us drops an earlier support for a competitor
        for person, tg in list(order):
            st = latest[(person, tg)]
            if tg != self.us_name and st.stance == "SUPPORTIVE":
                us = latest.get((person, self.us_name))
                if (
                    us is not None
                    and us.stance == "SUPPORTIVE"
                    and cue_pos[(person, self.us_name)] > cue_pos[(person, tg)]
                ):
                    order.remove((person, tg))
        return [latest[k] for k in order]

    def _competitor_names(self, orgs: dict[str, _O]) -> set[str]:
        return {
            o.name
            for o in orgs.values()
            if o.key not in ("__us__", "__cust__")
            and (
                self._is_competitorish(o)
                or (
                    self.org_kind.get(o.name) in (None, "other")
                    and not _CHANNEL_NAME_RE.search(o.name)
                    and not _SUPPLIER_NAME_RE.search(o.name)
                    and not _CUSTOMER_NAME_RE.search(o.name)
                )
            )
        }

    def _stance_subject(
        self, tl: list[_M], persons: dict[str, _P], s0: int, cs: int
    ) -> tuple[str, int] | None:
        cand = [
            x
            for x in tl
            if s0 <= x.start
            and x.end <= cs
            and x.kind in ("person", "pron")
            and not _in_parens(self._text, x.start, cs)
        ]
        for x in reversed(cand):
            r = self._resolve_ref(tl, x, persons)
            if r is not None and r.kind == "person":
                p = persons.get(r.ref)
                if p is not None and p.org != self.us_name:
                    return r.ref, x.start
        return None

    def _stance_targets(
        self,
        text: str,
        tl: list[_M],
        orgs: dict[str, _O],
        subj: tuple[str, int],
        cs: int,
        ce: int,
        s0: int,
        s1: int,
        cue: str,
    ) -> list[str]:
        between = [x for x in tl if subj[1] < x.start and x.end <= cs]
        after = [x for x in tl if ce <= x.start < min(s1, ce + 12)]
        if "强" in cue and cue.startswith("比"):
            # 你们的X比东软强 -> toward the thing before 比
            pre = [x for x in tl if s0 <= x.start < cs and x.kind in ("us", "org", "product")]
            t0 = self._target_of(pre[0]) if pre else None
            return [t0] if t0 else []
        in_cue = [x for x in tl if cs <= x.start and x.end <= ce]
        clause0 = max(s0, *(text.rfind(c, s0, cs) + 1 for c in "，,；;：:"))
        between = [x for x in between if x.start >= clause0]
        enum = [x for x in between if text[max(0, x.start - 1) : x.start] in ("对", "替", "跟", "和")]
        if enum:
            # 对用友、金蝶都不感冒: every org enumerated after 对
            out_t: list[str] = []
            prev_end = -1
            for x in [y for y in between if y.start >= enum[0].start]:
                if prev_end >= 0 and not re.fullmatch(r"[、和与及/ ]*", text[prev_end : x.start]):
                    break
                t = self._target_of(x, tl)
                if t and t not in out_t:
                    out_t.append(t)
                prev_end = x.end
            if out_t:
                return out_t
        if cue.isascii():
            # English objects run longer: "dislikes the current system from 正方软件"
            after = [x for x in tl if ce <= x.start < min(s1, ce + 32)]
        cl_end = min([i for i in (text.find(c, ce, s1) for c in "，,；;") if i >= 0] or [s1])
        after = [x for x in after if x.start < cl_end]
        if "老东家" in text[ce : ce + 6] or "老东家" in text[max(s0, cs - 6) : cs]:
            subj_p = self._persons_now.get(subj[0])
            if subj_p is not None and subj_p.former:
                return [subj_p.former[0]["org"]]
        if re.match(r"\s*between\b|.{0,3}(?:和|与).{0,12}(?:之间|都)", text[ce : ce + 16]):
            multi = [t for t in (self._target_of(x, tl) for x in after) if t]
            if len(set(multi)) >= 2:
                return list(dict.fromkeys(multi))
        for group in (
            in_cue,
            [x for x in between if text[max(0, x.start - 1) : x.start] in ("对", "替", "跟", "和")],
            after,
            between,
        ):
            for x in group:
                t = self._target_of(x, tl)
                if t:
                    return [t]
        return []

    def _target_of(self, x: _M, tl: list[_M] | None = None) -> str | None:
        if x.kind == "them" and tl is not None:
            prev = [y for y in tl if y.end <= x.start and y.kind == "org"]
            comp = [y for y in prev if y.ref in self._competitors]
            prev = comp or prev
            return prev[-1].ref if prev else None
        if x.kind == "us":
            return self.us_name
        if x.kind == "org":
            return x.ref
        if x.kind == "product":
            maker = self.product_maker.get(x.ref) or self.product_maker.get(
                re.sub(r"\s?[Vv]?\d+(\.\d+)*$", "", x.ref)
            )
            return maker
        return None

    def _is_competitorish(self, o: _O) -> bool:
        k = self.org_kind.get(o.name)
        if k in ("competitor",):
            return True
        if k in ("customer", "supplier", "other", "us"):
            return False
        return bool(_VENDOR_NAME_RE.search(o.name)) or o.kind == "competitor"

    # -- relations ------------------------------------------------------------------------------
    def _relations(
        self,
        text: str,
        sents: list[tuple[int, int]],
        tl: list[_M],
        persons: dict[str, _P],
        orgs: dict[str, _O],
        customer: str | None,
        clipping: bool,
    ) -> list[RelationFact]:
        rels: dict[tuple[str, str, str], RelationFact] = {}

        def add(
            t: str, s: str | None, d: str | None, s0: int = 0, s1: int = 0, conf: float = 0.75, **attrs: Any
        ) -> None:
            if not s or not d or s == d:
                return
            k = (t, s, d)
            if k not in rels:
                rels[k] = RelationFact(
                    t, s, d, conf, False, Evidence(text[s0:s1].strip(), s0, s1) if s1 else None, dict(attrs)
                )

        for p in persons.values():
            if p.org:
                add("WORKS_AT", p.name, p.org, conf=0.9)
        org_list = [o for o in orgs.values() if o.mentions]
        product_makers: dict[str, str] = {}
        for x in tl:
            if x.kind != "product":
                continue
            base = re.sub(r"\s?[Vv]?\d+(?:\.\d+)*$", "", x.ref)
            maker = self.product_maker.get(x.ref) or self.product_maker.get(base)
            maker_org = None
            if maker:
                mc = self._core(maker)
                maker_org = next((o for o in org_list if o.name == maker or o.key == mc), None)
                if maker_org is None and maker == self.us_name and orgs["__us__"].mentions:
                    maker_org = orgs["__us__"]
            if maker_org is None:
                for o in sorted(org_list, key=lambda o: -max(len(m.text) for m in o.mentions)):
                    if any(
                        x.ref.startswith(m.text) or x.ref.startswith(org_core(m.text))
                        for m in o.mentions
                        if len(m.text) >= 2
                    ) or any(x.ref.startswith(a) for a in (o.key,) if len(a) >= 2):
                        maker_org = o
                        break
            if maker_org is None:
                # X的P / X旗下的P / X自主研发的P / based on X's P
                for o in org_list:
                    for m in o.mentions:
                        gap = text[m.end : x.start]
                        if m.end <= x.start and re.fullmatch(
                            r"(?:的|旗下的?|自主研发的|自研的|'s |’s |主推|的是)?\s?", gap
                        ):
                            maker_org = o
            if maker_org is None:
                qm = re.search(
                    r"(?:其|公司的|本公司|该公司|\bits |\btheir )[\u4e00-\u9fffA-Za-z ]{0,8}$",
                    text[max(0, x.start - 14) : x.start],
                )
                if qm:
                    qpos = max(0, x.start - 14) + qm.start()
                    prev_o = [y for y in tl if y.kind == "org" and y.end <= qpos]
                    if prev_o:
                        maker_org = next((o for o in org_list if o.name == prev_o[-1].ref), None)
            if maker_org is None:
                # 用友U9 with 用友 not mentioned on its own: a known organisation's name opening the product
                canon = next(
                    (
                        self.org_canon[x.ref[:k]]
                        for k in range(min(len(x.ref) - 1, 8), 1, -1)
                        if x.ref[:k] in self.org_canon and is_cjk(x.ref[0]) and not is_cjk(x.ref[k])
                    ),
                    None,
                )
                if canon and canon != self.us_name:
                    maker_org = orgs.setdefault(canon, _O(canon, canon))
                    maker_org.kind = maker_org.kind or self.org_kind.get(canon)
            if maker_org is not None:
                product_makers[x.ref] = maker_org.name
                longer = any(q.kind == "product" and q.ref != x.ref and x.ref in q.ref for q in tl)
                if (maker_org.key != "__us__" or orgs["__us__"].mentions) and not longer:
                    add("MAKES", maker_org.name, x.ref, conf=0.8)
        for s0, s1 in sents:
            sent = text[s0:s1]
            in_s = [x for x in tl if s0 <= x.start < s1]
            sorgs = [x for x in in_s if x.kind in ("org", "us")]
            prods = [x for x in in_s if x.kind == "product"]
            cust = customer
            # USES_PRODUCT / INCUMBENT_AT
            in_use = _IN_USE_RE.search(sent)
            not_use = _NOT_IN_USE_RE.search(sent)
            for pr in prods:
                if any(q.ref != pr.ref and pr.ref in q.ref for q in prods):
                    continue
                pctx = text[max(s0, pr.start - 14) : min(s1, pr.end + 16)]
                not_use = _NOT_IN_USE_RE.search(_clause(text, pr.start, s0, s1))
                if _PITCH_RE.search(pctx) and not _IN_USE_RE.search(pctx):
                    continue
                if (in_use or _DEPLOY_RE.search(sent)) and not not_use:
                    user = cust
                    # 在港晟时上过智川的ZC-Bill: the org right before the product context
                    um = re.search(r"在([\u4e00-\u9fff]{2,8})时", text[max(s0, pr.start - 20) : pr.start])
                    if um:
                        uo = self._org_at(orgs, max(s0, pr.start - 20) + um.start(1))
                        if uo is not None:
                            user = uo.name
                    if clipping:
                        dep = [
                            x
                            for x in sorgs
                            if x.kind == "org"
                            and x.ref != product_makers.get(pr.ref)
                            and not _is_channel_mention(text, x, sorgs)
                            and not _CHANNEL_RE.search(text[x.end : x.end + 12])
                        ]
                        if cust is None and dep:
                            user = dep[0].ref
                    if user and user != product_makers.get(pr.ref):
                        add("USES_PRODUCT", user, pr.ref, s0, s1)
                        mk = product_makers.get(pr.ref)
                        if mk and mk != self.us_name and user == cust and not _DEPLOY_ONLY_RE.search(sent):
                            add("INCUMBENT_AT", mk, cust, s0, s1, contract_end=_contract_end(sent))
            if cust and (in_use or _INCUMBENT_RE.search(sent)) and not not_use:
                for x in sorgs:
                    if (
                        x.kind == "org"
                        and x.ref != cust
                        and not _SUPPLY_RE.search(sent)
                        and not _is_channel_mention(text, x, sorgs)
                        and not re.search(
                            r"过来|跳槽|之前是|从$",
                            text[x.end : x.end + 4] + text[max(0, x.start - 1) : x.start],
                        )
                        # acquired incumbent: 砚石被枢点收购后 -> both
                        and (
                            _INCUMBENT_RE.search(sent)
                            or _IN_USE_NEAR_RE.search(text[max(s0, x.start - 10) : x.end + 10])
                        )
                    ):
                        add("INCUMBENT_AT", x.ref, cust, s0, s1, contract_end=_contract_end(sent))
            if cust:
                for x in sorgs:
                    if (
                        x.kind == "org"
                        and x.ref != cust
                        and x.ref in self._competitor_names(orgs)
                        and (
                            _INC_BEFORE_RE.search(text[max(s0, x.start - 4) : x.start])
                            or _INC_AFTER_RE.match(text, x.end)
                        )
                    ):
                        add("INCUMBENT_AT", x.ref, cust, s0, s1, contract_end=_contract_end(sent))
            # ENGAGED_WITH
            if cust and _ENGAGED_RE.search(sent) and not _NOT_ENGAGED_RE.search(sent):
                for x in sorgs:
                    if (
                        x.kind == "org"
                        and x.ref != cust
                        and self.org_kind.get(x.ref) not in ("customer", "supplier", "us")
                    ):
                        if _is_channel_mention(text, x, sorgs):
                            continue
                        if self.org_kind.get(x.ref) is None and not self._is_competitorish(_O("", x.ref)):
                            continue
                        add("ENGAGED_WITH", x.ref, cust, s0, s1)
            # SUPPLIES
            sm = _SUPPLY_RE.search(sent)
            if sm:
                sup = [
                    x for x in sorgs if x.kind == "org" and x.ref != cust and _SUPPLIER_NAME_RE.search(x.ref)
                ] or [
                    x for x in sorgs if x.kind == "org" and x.ref != cust and x.start < s0 + sm.start() + 12
                ]
                if sup:
                    tgt = cust
                    bm = re.search(r"由([\u4e00-\u9fff]{2,8})(?:统一)?采购", sent)
                    if bm:
                        bo = self._org_at(orgs, s0 + bm.start(1))
                        if bo is not None:
                            tgt = bo.name
                    dm = re.search(r"下游", sent)
                    if dm:
                        later = [
                            x
                            for x in tl
                            if x.kind == "org" and x.start > s0 + dm.start() and x.ref != sup[0].ref
                        ]
                        if later:
                            tgt = later[0].ref
                    if tgt and tgt != sup[0].ref:
                        add("SUPPLIES", sup[0].ref, tgt, s0, s1)
            elif "下游" in sent:
                src = [x for x in sorgs if x.kind == "org" and re.search(r"下游", text[x.end : x.end + 4])]
                inc = re.compile(r"(?:客户|企业|厂商)(?:包括|有|如)").search(text, s0)
                later = [x for x in tl if x.kind == "org" and inc is not None and x.start >= inc.end()]
                if src and later and later[0].ref != src[0].ref:
                    add("SUPPLIES", src[0].ref, later[0].ref, s0, s1)
            # CHANNEL_FOR
            for cm in _CHANNEL_RE.finditer(sent):
                cpos = s0 + cm.start()
                after_c = [x for x in sorgs if x.kind == "org" and 0 <= x.start - s0 - cm.end() <= 4]
                before_c = [x for x in sorgs if x.kind == "org" and 0 <= cpos - x.end <= 14]
                chan = after_c or before_c[-1:]
                if "通过" in cm.group(0):
                    chan = [x for x in sorgs if x.kind == "org" and x.start >= cpos][:1] or chan
                # X成为Y的代理 / 后者成为Y的总代理
                become = re.search(r"(后者|前者)?成为", text[max(s0, cpos - 24) : cpos])
                forced_vendor: str | None = None
                if become:
                    bpos = max(s0, cpos - 24) + become.start()
                    pair: list[_M] = []
                    for x in sorgs:
                        if x.end <= bpos and x.ref not in {y.ref for y in pair}:
                            pair.append(x)
                    mid = [x for x in sorgs if bpos < x.start < cpos]
                    if become.group(1) and len(pair) >= 2:
                        chan = [pair[1] if become.group(1) == "后者" else pair[0]]
                    elif pair:
                        chan = [pair[-1]]
                    if mid:
                        forced_vendor = mid[-1].ref
                if not chan:
                    continue
                ch = chan[0].ref
                ctx = text[max(s0, cpos - 16) : s0 + cm.end() + 4]
                vendors: list[str] = []
                if forced_vendor and forced_vendor != ch:
                    vendors = [forced_vendor]
                elif US_MARK_RE.search(ctx) or re.search(r"our|Zhongtai said", sent):
                    vendors = [self.us_name]
                else:
                    vv = [
                        x.ref
                        for x in sorgs
                        if x.ref != ch
                        and x.ref != cust
                        and (
                            x.kind == "us"
                            or self._is_competitorish(orgs.get(self._core(x.ref)) or _O("", x.ref))
                        )
                    ]
                    if "两家公司" in sent or "双方" in sent:
                        vendors = [
                            x.ref
                            for x in tl
                            if x.kind in ("org", "us") and x.start < s0 and x.ref != ch and x.ref != cust
                        ][:2]
                    elif vv:
                        vendors = vv[:1]
                    elif re.search(r"其", ctx):
                        prev = [x for x in tl if x.kind in ("org", "us") and x.end <= cpos and x.ref != ch]
                        vendors = [prev[-1].ref] if prev else []
                    elif clipping:
                        vendors = list(product_makers.values())[:1]
                for v in dict.fromkeys(vendors):
                    if v != ch:
                        add("CHANNEL_FOR", ch, v, s0, s1)
            # PARTNERS_WITH
            pm = _PARTNER_RE.search(sent)
            if pm:
                ppos = s0 + pm.start()
                po = [x for x in sorgs if x.end <= ppos]
                uniq: list[_M] = []
                for x in reversed(po):
                    if x.ref not in {u.ref for u in uniq}:
                        uniq.insert(0, x)
                    if len(uniq) == 2:
                        break
                if len(uniq) < 2:
                    uniq = list({x.ref: x for x in sorgs}.values())[:2]
                if len(uniq) == 2:
                    add("PARTNERS_WITH", uniq[0].ref, uniq[1].ref, s0, s1)
            # ACQUIRES
            for am in _ACQ_RE.finditer(sent):
                apos = s0 + am.start()
                before = [x for x in sorgs if x.end <= apos]
                after_ = [x for x in sorgs if x.start >= apos]
                if "被" in am.group(0) and before and after_:
                    add("ACQUIRES", after_[0].ref, before[-1].ref, s0, s1)
                elif "对" in am.group(0) and before:
                    tgt2 = [x for x in sorgs if x.start > before[-1].end and x.ref != before[-1].ref]
                    if tgt2:
                        add("ACQUIRES", before[-1].ref, tgt2[0].ref, s0, s1)
                elif before and after_:
                    add("ACQUIRES", before[-1].ref, after_[0].ref, s0, s1)
                else:
                    continue
                break
            # person relations
            self._person_relations(text, s0, s1, in_s, tl, persons, add)
        # an acquirer of an incumbent inherits the installed base (存量)
        for (t, s, d), _r in list(rels.items()):
            if (
                t == "ACQUIRES"
                and ("INCUMBENT_AT", d, customer or "") in rels
                and customer
                and re.search(r"存量|服务|升级", text)
            ):
                add("INCUMBENT_AT", s, customer)
        # also: acquisition in the note with a product made by the acquired company
        return list(rels.values())

    def _person_relations(
        self, text: str, s0: int, s1: int, in_s: list[_M], tl: list[_M], persons: dict[str, _P], add: Any
    ) -> None:
        sent = text[s0:s1]
        ppl = [x for x in in_s if x.kind in ("person", "pron", "boss")]

        def res(x: _M) -> str | None:
            r = self._resolve_ref(tl, x, persons)
            return r.ref if r is not None and r.kind == "person" else None

        def nearest_before(pos: int) -> str | None:
            c = [x for x in ppl if x.end <= pos]
            return res(c[-1]) if c else None

        def nearest_after(pos: int, limit: int = 30) -> str | None:
            c = [x for x in ppl if pos <= x.start <= pos + limit]
            return res(c[0]) if c else None

        for m in re.finditer(
            r"副手|reports? to|向(?=.{1,20}汇报)|手下|下属|(?:他|她)下面的|的上级|"
            r"\b(?:his|her)\b(?= (?:[A-Za-z]+ ){0,2}(?:deputy|architect|engineer|lead|manager|analyst|"
            r"assistant)\b)",
            sent,
        ):
            pos, end = s0 + m.start(), s0 + m.end()
            g = m.group(0)
            if g == "副手" and text[pos - 1 : pos] == "的":
                # 他的副手滕工 / 邵总的副手戴总: the one after reports to the one before 的
                boss_m = [x for x in tl if x.end == pos - 1 and x.kind in ("person", "pron")]
                boss = res(boss_m[-1]) if boss_m else None
                sub = nearest_after(end, 8)
                if sub is None:  # 纪经理是侯总的副手: the subject before 是
                    c = [x for x in ppl if x.end < pos - 1 and (not boss_m or x.end <= boss_m[-1].start)]
                    sub = res(c[-1]) if c else None
                add("REPORTS_TO", sub, boss, s0, s1)
            elif g == "的上级":
                # 俞主任的上级、分管副总裁季总: the one before reports to the one after
                add("REPORTS_TO", nearest_before(pos), nearest_after(end, 16), s0, s1)
            elif g == "副手":
                a = nearest_before(pos)
                b = nearest_before(pos) if False else None
                c = [x for x in ppl if x.end <= pos]
                if len(c) >= 2:
                    a, b = res(c[-2]), res(c[-1])
                add("REPORTS_TO", a, b, s0, s1)
            elif g.startswith("report") or g == "向":
                add("REPORTS_TO", nearest_before(pos), nearest_after(end), s0, s1)
            else:  # 手下 / 下属 / his X lead
                boss = (
                    nearest_before(pos + (1 if g in ("his", "her") else 0) + len(g))
                    if g in ("手下", "下属")
                    else res(_M(pos, pos + 1, "pron", g[0]))
                    if g.endswith("下面的")
                    else res(_M(pos, end, "pron", g))
                )
                add("REPORTS_TO", nearest_after(end), boss, s0, s1)
        for m in re.finditer(
            r"在(?P<b>.{1,10}?)面前.{0,4}(?:替|帮|说)|keeps? telling|"
            r"跟(?=.{1,8}(?:是老同学|很熟|关系很好|关系不错|是老乡|走得近))|递话|"
            r"(?:很|更|非常|比较|最)?信任|说什么.{0,6}都听|听(?=[\u4e00-\u9fff]{1,4}的)|能影响|influences?",
            sent,
        ):
            pos, end = s0 + m.start(), s0 + m.end()
            g = m.group(0)
            if g.startswith("在"):
                b_m = [x for x in ppl if s0 + m.start("b") <= x.start < s0 + m.end("b")]
                add("INFLUENCES", nearest_before(pos), res(b_m[0]) if b_m else None, s0, s1)
            elif g.startswith("keep") or g.startswith("influenc") or g == "能影响":
                add("INFLUENCES", nearest_before(pos), nearest_after(end), s0, s1)
            elif g.startswith("跟"):
                add("INFLUENCES", nearest_before(pos), nearest_after(end, 12), s0, s1)
            elif g.endswith("信任"):
                add("INFLUENCES", nearest_after(end, 8), nearest_before(pos), s0, s1)
            elif g.startswith("说什么"):
                add("INFLUENCES", nearest_before(pos), nearest_after(pos + 3, 10), s0, s1)
            elif g == "听":
                add("INFLUENCES", nearest_after(end, 6), nearest_before(pos), s0, s1)
        # 分管: a department head reports to the executive in charge (分管科技的副行长)
        if "分管" in sent:
            heads = [
                p for p in persons.values() if p.title and re.search(r"部(?:总经理|经理|负责人)$", p.title)
            ]
            execs = [
                p
                for p in persons.values()
                if p.title
                and re.search(r"副行长|副总裁|副总经理|副院长", p.title)
                and re.search("分管[^，,。]{0,6}" + re.escape(p.title), text)
            ]
            if len(execs) == 1:
                for h in heads:
                    if h.org == execs[0].org:
                        add("REPORTS_TO", h.name, execs[0].name, s0, s1, conf=0.6)

    # -- org kinds ------------------------------------------------------------------------------
    def _kinds(
        self,
        orgs: dict[str, _O],
        rels: list[RelationFact],
        customer: str | None,
        stances: list[StanceFact],
        text: str = "",
    ) -> None:
        src: dict[str, set[str]] = {}
        for r in rels:
            src.setdefault(r.source, set()).add(r.type)
        for o in orgs.values():
            if o.key == "__us__":
                o.kind_src = "record"
                continue
            types = src.get(o.name, set())
            known = self.org_kind.get(o.name)
            ctx = " ".join(
                re.split(r"[。；;.\n]", text[max(0, m.start - 10) : m.start])[-1]
                + "X"
                + re.split(r"[。；;.\n，,]", text[m.end : m.end + 8])[0]
                for m in o.mentions
            )
            kind, how = "other", "default"
            if o.name == customer:
                kind, how = "customer", "record"
            elif "CHANNEL_FOR" in types:
                kind, how = "channel", "relation"
            elif "SUPPLIES" in types:
                kind, how = "supplier", "relation"
            elif "ENGAGED_WITH" in types and known not in ("customer", "us"):
                kind, how = "competitor", "relation"
            elif _COMPETE_CTX_RE.search(ctx) and known not in ("customer", "us", "supplier"):
                kind, how = "competitor", "context"
            elif any(s.toward == o.name for s in stances) and known not in (
                "customer",
                "us",
                "supplier",
                "channel",
            ):
                kind, how = "competitor", "relation"
            elif known:
                kind, how = known, "lexicon"
            elif "ACQUIRES" in types or any(s.toward == o.name for s in stances):
                kind, how = "competitor", "relation"
            elif any(r.type == "ACQUIRES" and r.target == o.name for r in rels) and "MAKES" not in types:
                kind, how = "other", "relation"
            elif _SUPPLIER_NAME_RE.search(o.name) and "INCUMBENT_AT" not in types:
                kind, how = "supplier", "name"
            elif "INCUMBENT_AT" in types or "MAKES" in types:
                kind, how = "competitor", "relation"
            elif _CHANNEL_NAME_RE.search(o.name):
                kind, how = "channel", "name"
            elif _VENDOR_NAME_RE.search(o.name):
                kind, how = "competitor", "name"
            elif _CUSTOMER_NAME_RE.search(o.name) or any(o.name.endswith(t) for t in self.lex.terminal):
                kind, how = "customer", "name"
            elif any(r.target == o.name for r in rels if r.type in ("USES_PRODUCT", "SUPPLIES")):
                kind, how = "customer", "relation"
            o.kind, o.kind_src = kind, how


# -- module-level helpers -------------------------------------------------------------------------
_REGION_NOTE_RE = re.compile(r"\s?[(（](?:我们|我司|我方|中太)在([\u4e00-\u9fff]{2,3}?)的")
_COMPETE_CTX_RE = re.compile(r"参与竞争|竞标|竞争对手|投标|入围|落选|中标候选|\bbid|\bcompetitor|\brival")
_STRONG_CUSTOMER_RE = re.compile(r"银行|农商|证券|保险|医院|局|水务|烟草|电网|大学|学院|乳业|百货|纺织|港务")
_UNIT_BAD_START = set("求是在的了和与及由从对向给把被为自来去到说据让找")
_UNIT_MID_BAD = set("是在的了和与及由从对向给把被说据让找")
_SUBJ_POS_RE = re.compile(
    r"[\s\d.、)）:：\-]*(?:最后|最终|还是|由|是|也|都|则|就|而|但|不过|可能|据说|听说)*$"
)
_VENDOR_NAME_RE = re.compile(
    r"软件|信息技术|信息|数据科技|数据|科技|工软|云|网络|智能|信科|数科|数智|云算|智联|数联|Software|"
    r"Data|Tech"
)
_CHANNEL_NAME_RE = re.compile(r"系统集成|集成|数码|代理|渠道")
_SUPPLIER_NAME_RE = re.compile(r"存储|电子|仪表|钢材|硬件|芯片|设备|服务器|Storage|Electronics")
_CUSTOMER_NAME_RE = re.compile(
    r"城投|交投|城建|银行|农商|证券|保险|医院|集团|局|水务|电缆|机械|乳业|百货|纺织|精工|新能源|半导体|物流|"
    r"电气|汽车|钢铁|制造|能源|电力|烟草|大学|学院"
)
_IN_USE_RE = re.compile(
    r"现在的|目前的|ERP是|系统是|运行(?:已|了)?近?[\d一二三四五六七八九十]+年|"
    r"\buses\b|\busing\b|\bincumbent\b|有多年的|多年的|一直在做|长期服务|现状|现有|用的是|用的|"
    r"在用(?=的|着|中|[，,。；;]|系统|平台)|"
    r"跑在|上线|建的|维保|授权|合同签到|签到|"
    r"(?:ERP|MES|CRM|HIS|WMS|[Ff]inance|[Cc]ore|DB|runs|running|is|are|sits|still) on\b|running|"
    r"keeps|installed|沿用|基于|based on|一直用|使用|做了.{1,4}年|存量|到期|续费|续约|上过|stays|remains|"
    r"用了.{1,3}年|是.{2,10}做的"
)
_IN_USE_NEAR_RE = re.compile(
    r"\bincumbent\b|\buses\b|现有的?|现在用的|目前用的|有多年的|多年的|一直在做|长期服务|用的是|用的|"
    r"在用|跑在|建的|维保|授权|做了.{1,4}年|keeps|存量|到期|续费|续约|合同|用了.{1,3}年|"
    r"做的|stays|remains"
)
_INCUMBENT_RE = re.compile(
    r"keep the account|free upgrade|\brenewal\b|的老系统|的系统.{0,3}该换|运行(?:已|"
    r"了)?近?[\d一二三四五六七八九十]+年|已运行|(?:由|是)[\u4e00-\u9fffA-Za-z]{2,12}(?:建设|搭建|"
    r"实施)的?|"
    r"\bincumbent\b|有多年的|一直在做|长期服务|现有.{0,6}是|维保|用的是|用的|在用(?=的|着|中|"
    r"[，,。；;]|系统|平台)|跑在|合同签到|"
    r"做了.{1,4}年|存量|续约|续费|授权|"
    r"\bkeeps\b|\(用友\)|finance on|用了.{1,3}年|是[\u4e00-\u9fffA-Za-z]{2,10}做的|built by|"
    r"currently runs?|still runs?|(?:is|are) still installed|installed base|maintenance contract|"
    r"\bruns (?:their|its|the) |built the (?:current|existing|old)|contract renews|renews (?:in|next)|"
    r"做了上一期|上一期(?:是|由)|在一期|在(?:这里|这儿|院里|行里|局里|厂里)做(?:的|了)|"
    r"\bcurrent [A-Za-z ]{1,20}?\b(?:is |are )?from\b|\b(?:current|existing) (?:vendor|supplier) is\b|"
    r"\bbuilt (?:their|its|the) (?:current|existing|old|first|previous|last)\b|"
    r"是(?:现在|目前|现有|他们|当前)?[\u4e00-\u9fffA-Za-z]{0,8}的(?:厂商|供应商|开发商|承建商|服务商)"
)
# right before / after an org mention: 现在的X, X的售后, X's slow support
_INC_BEFORE_RE = re.compile(
    r"(?:现在的|现有的|原有的|目前的|当前的)$|(?:现在|目前|当前)(?:用的)?$|"
    r"(?:ERP|MES|CRM|HIS|WMS|PLM|OA|BI|系统|平台|数仓)(?:用的)?是$"
)
_INC_AFTER_RE = re.compile(
    r"(?:'s|的)?\s?(?:slow |poor |bad )?(?:售后|运维|维保|support\b|after-sales)|"
    r"在(?:一期|上一期)|做了上一期|在(?:这里|这儿)做的|"
    r"(?:去年|前年|之前|以前|早年|当年)?给(?:他们|她们|院里|行里|局里|厂里|客户|这边|我们客户)(?:做|建|上)(?:了|过)"
)
_NOT_IN_USE_RE = re.compile(r"自研|homegrown|不代表|短名单|进短名单|演示|宣传册|\bpitch")
_PITCH_RE = re.compile(r"主推|演示|宣传|短名单|推荐|pitch|demo|likes|看完|案例|发.{0,4}案例")
_DEPLOY_RE = re.compile(r"部署|基于|based on|采用|上线|替代")
_DEPLOY_ONLY_RE = re.compile(r"部署|基于|based on|采用|替代|上过|时")
_ENGAGED_RE = re.compile(
    r"\boffering\b|\boffered\b|\bquoted\b|折扣|打折|优惠价|\bbidders?\b|in the race|shortlisted|在比|"
    r"对比了|keep the account|free upgrade|renewal|频繁拜访|"
    r"也在拜访|来拜访|积极跟进|仍在跟|"
    r"还在跟|报价|降价|(?<!未)中标|分列|位列|排名第|来找过|找过|想降价|降价续约|也在跟|也在接触|也在投|"
    r"在跟|来过|在找|报了名|投标|参与|竞标|pitching|bidding|approached|"
    r"\bare in\b|来得很勤|来讲过|也来|想截胡|截胡|中标候选人|候选人|第二|第三|也报|接触了|在推|"
    r"保住存量|想靠|争取|also (?:in|pitching|bidding)|in the running|tender: .* are in|"
    r"演示时|现场演示|来演示|"
    r"pushing|keeps pitching|still pitching|\bare in\b|报了价|报过价|入围|拜访了|来做过|"
    r"做过(?:汇报|交流|演示)|"
    r"给了.{0,8}压力|came by|competing|has the inside track|cut (?:its|their) price|draft contract|"
    r"(?:has been|keeps|kept) visiting|in the mix|做POC|做PoC|(?:did|doing|running) a PoC|进了短名单|"
    r"\bquoting\b|\bquotes?\b for|邀请[^，,。；;]{0,12}(?:做演示|演示|投标|交流|报价)"
)
_NOT_ENGAGED_RE = re.compile(
    r"dropped out|withdrew|退出了?竞争|退出|未能入围|不代表|off the list|出局|落选|被淘汰|没入围|"
    r"不在跟|离开了|is out\b|are out\b"
)
_SUPPLY_RE = re.compile(
    r"\bsupplies\b|\bprovides the\b|供的货|供货|"
    r"(?<!系统的)(?<!平台的)(?<!软件的)(?<!HIS的)(?<!ERP的)(?<!MES的)供应(?!链|商协同)|supplied by|"
    r"主要从.{2,14}进|进货|的货|采购自|为(?:其|他们|该公司|对方)提供|"
    r"采用.{2,12}的.{0,6}(?:产品|设备)"
)
_CHANNEL_RE = re.compile(
    r"所投产品为|投标产品为|实施伙伴|实施方为|实施商|\bour (?:channel |SI |local |implementation )?partner\b|"
    r"implementation partner|渠道[:：]|"
    r"代理商?|金牌代理|渠道(?!体系)|做渠道|SI partner|integrator|集成商|总包|合作伙伴已获得授权|"
    r"负责落地实施|负责实施|负责落地|负责运维|handle the roll-?out|onsite delivery|reseller|distributor|"
    r"通过(?=[\u4e00-\u9fff]{2,8}采购)|实施由"
)
_PARTNER_RE = re.compile(
    r"战略合作|合作协议|联合发布|联合体|共建|strategic partnership|partnership|joint venture|"
    r"联合推出|携手"
)
_ACQ_RE = re.compile(r"收购|被.{1,8}收购|并购|acquir(?:e|es|ed)|buys|bought|完成对")
_CONTRACT_END_RE = re.compile(
    r"(?:签到|到期|维保到|合同到|签至|expires?|until)\s?(\d{4}年\d{1,2}月|明年\d{1,2}月|今年\d{1,2}月|"
    r"\d{1,2}月|明年|\d{4}年)"
)
_CUSTOMER_SENTENCE = None


_CLAUSE_SPLIT_RE = re.compile(r"[，,；;。！!？?]|\s[-–—]\s|\bbut\b|但是?|不过|可是")


def _stance_matches(
    sent: str, s0: int, taken: list[tuple[int, int]]
) -> Iterator[tuple[int, int, str, str, bool | str, bool]]:
    """Stance cue matches of a sentence: the cue lexicon first, then polarity words (negation applied),
    then the n-gram scorer on clauses nothing else covered. (start, end, text, stance, needs_target, lex)."""
    for rx, stance, needs_target in STANCE_CUES:
        for m in rx.finditer(sent):
            yield m.start(), m.end(), m.group(0), stance, needs_target, False
    for h in polarity_hits(sent):
        yield h.start, h.end, h.word, h.stance, h.stance != "NEUTRAL", True
    nb = scorer()
    if nb is None:
        return
    cuts = [0, *(m.end() for m in _CLAUSE_SPLIT_RE.finditer(sent)), len(sent)]
    for a, b in itertools.pairwise(cuts):
        clause = sent[a:b].rstrip("，,；;。！!？? ")
        if len(clause) < 4 or any(x < s0 + b and s0 + a < y for x, y in taken):
            continue
        if not US_MARK_RE.search(clause) and not re.search(r"对|\b(?:about|of|with|on|towards?)\b", clause):
            continue  # the scorer only speaks where an attitude toward someone is framed
        label, p = nb.predict(clause)
        if label != "NONE" and p >= _NB_MIN_P:
            e = a + len(clause)
            yield e, e, clause, label, label != "NEUTRAL", True


_NB_MIN_P = 0.97
_WORRY_CHANGE_RE = re.compile(
    r"(?:担心|担忧|顾虑|怕|worried about|concerned about)\s?(?:换|迁移|替换|切换|停机|上线|改造|"
    r"the (?:migration|switch|change|cutover)|migrating|switching|changing)"
)
_COMMIT_CUE_RE = re.compile(r"(?:倾向|偏向|偏好|更偏向)(?:于)?|leans? towards?|leaning towards?")


def timeline_orgs(tl: list[_M], lo: int, hi: int) -> list[_M]:
    return [x for x in tl if x.kind == "org" and lo <= x.start and x.end <= hi]


def _last_competitor(tl: list[_M], lo: int, hi: int, competitors: set[str]) -> list[str]:
    """[the competitor mentioned last in lo..hi], or [] when there is none."""
    prev = [x for x in timeline_orgs(tl, lo, hi) if x.ref in competitors]
    return [prev[-1].ref] if prev else []


def _is_channel_mention(text: str, x: _M, sorgs: list[_M]) -> bool:
    """X（我们的代理）/ X做渠道 / 通过X采购 / 代理商X: the org mention is a channel here."""
    m = _CHANNEL_RE.search(text, x.end, x.end + 12)
    if m and not any(x.end <= y.start < m.start() for y in sorgs if y is not x):
        return True
    return bool(
        re.search(r"(?:通过|代理商|集成商|integrator|reseller)\s?$", text[max(0, x.start - 6) : x.start])
    )


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans; a sentence with an unclosed parenthesis continues into the next one."""
    out: list[tuple[int, int]] = []
    for m in _SENT_RE.finditer(text):
        s, e = m.span()
        if out:
            ps, pe = out[-1]
            prev = text[ps:pe]
            if (prev.count("(") + prev.count("（")) > (
                prev.count(")") + prev.count("）")
            ) and "\n" not in prev:
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


def _clause(text: str, pos: int, s0: int, s1: int) -> str:
    a = max(text.rfind(",", s0, pos), text.rfind("，", s0, pos), s0)
    ends = [x for x in (text.find(",", pos, s1), text.find("，", pos, s1)) if x >= 0]
    return text[a : min(ends) if ends else s1]


def _in_parens(text: str, pos: int, limit: int) -> bool:
    """Whether pos lies inside a parenthesis that is closed before ``limit``."""
    o = max(text.rfind("（", 0, pos), text.rfind("(", 0, pos))
    if o < 0:
        return False
    c = min((x for x in (text.find("）", o), text.find(")", o)) if x >= 0), default=-1)
    return pos < c < limit


def _contract_end(sent: str) -> str | None:
    m = _CONTRACT_END_RE.search(sent)
    return m.group(1) if m else None


def _is_courtesy(text: str) -> bool:
    return bool(re.search(r"没聊项目|拜年|礼盒|宣传册", text)) and not re.search(r"拍板|牵头|负责|决策", text)


def _evidence(text: str, s0: int, s1: int, subj_start: int, cs: int, ce: int) -> tuple[str, int, int]:
    lo = max(s0, subj_start)
    # cut at the last clause boundary before the subject... keep it short: subject..cue end(+target)
    hi = ce
    m = re.match(r"[\u4e00-\u9fffA-Za-z0-9 ]{0,8}", text[ce:s1])
    if m:
        hi = ce + len(re.split(r"[，,。；;]", m.group(0))[0])
    return text[lo:hi], lo, hi


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


# how reps rename an account's industry word: 宁波轨道交通集团 is 宁波地铁, 杭州天然气集团 is 杭州燃气
_NAME_SYNONYMS = (
    ("轨道交通", "地铁"),
    ("天然气", "燃气"),
    ("职业技术学院", "职院"),
    ("人民医院", "医院"),
    ("供电公司", "供电"),
    ("农村商业银行", "农商行"),
    ("商业银行", "银行"),
)


def customer_abbreviations(text: str, customer: str) -> list[tuple[int, int]]:
    """Abbreviations of ``customer`` in ``text`` (see _abbreviations_of), also of the name with its industry
    word written the way reps say it (宁波地铁 for 宁波轨道交通集团)."""
    spans = _abbreviations_of(text, customer)
    for long, short in _NAME_SYNONYMS:
        if long in customer:
            spans += [sp for sp in _abbreviations_of(text, customer.replace(long, short)) if sp not in spans]
    spans.sort()
    out: list[tuple[int, int]] = []
    for sp in spans:  # keep the longest of overlapping spans
        if out and sp[0] < out[-1][1]:
            if sp[1] - sp[0] > out[-1][1] - out[-1][0]:
                out[-1] = sp
            continue
        out.append(sp)
    return out


def _abbreviations_of(text: str, customer: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that abbreviate ``customer`` by dropping characters from inside the name, the way
    reps shorten account names: 萧山机场 for 萧山国际机场, 东吴经纪 for 东吴证券经纪, 之江学院 for
    杭州之江职业学院, 通衢农商行 for 苏州通衢农商银行.

    A span qualifies when it keeps the name's order (a subsequence), opens with two consecutive characters
    of the name at its start or right after the region, is at least three characters long, and either ends
    on a character of the name's last word (机场, 学院, 银行) or on two consecutive characters of the name
    (铜陵矿业), or is a contiguous head of the name (芯原微 for 杭州芯原微电子).
    """
    name = strip_legal(customer)
    if len(name) < 4 or not any(is_cjk(c) for c in name):
        return []
    # the name without its place prefix: a known region (苏州), else the first two characters of a long name
    # (温岭东海渔业 -> 东海渔业; 温岭 is a county the region list may not hold)
    bodies = {b for b in (strip_region(name), name[2:] if len(name) >= 6 else "") if b and b != name}
    heads = {name[:2], *(b[:2] for b in bodies if len(b) >= 2)}
    tail = name[-2:]
    out: list[tuple[int, int]] = []
    i = 0
    n = len(text)
    while i < n - 2:
        if text[i : i + 2] not in heads:
            i += 1
            continue
        best = 0
        j = i + 2
        while j < n and j - i < len(name) and _is_subsequence(text[i : j + 1], name):
            j += 1
            span = text[i:j]
            if j - i >= 3 and (
                # 萧山机场, 通衢农商行: ends on the name's last word; 铜陵矿业: ends on a bigram of the name
                ((text[j - 1] in tail or span[-2:] in name) and span not in name)
                # 芯原微 for 杭州芯原微电子: a contiguous head of the name (after the region) ending at a word
                # boundary (not 长丰汽 in 长丰汽配)
                or (
                    (name.startswith(span) or any(b.startswith(span) for b in bodies))
                    and (j == n or not is_cjk(text[j]) or text[j] in "的是在和与对也都说")
                )
            ):
                best = j
        if best:
            out.append((i, best))
            i = best
        else:
            i += 1
    return out


def _with_customer_abbreviations(text: str, ents: list[Ent], customer: str) -> list[Ent]:
    """Add ORG mentions of the note's customer written as abbreviations (see customer_abbreviations); an
    overlapping ORG guess of the NER (贴合机场 inside 更贴合机场业务) gives way, other labels win."""
    spans = customer_abbreviations(text, customer)
    if not spans:
        return ents
    out = list(ents)
    for s0, s1 in spans:
        overlapping = [e for e in out if e.start < s1 and s0 < e.end]
        if any(e.label != "ORG" or (e.end - e.start) > (s1 - s0) for e in overlapping):
            continue
        out = [e for e in out if e not in overlapping]
        out.append(Ent(s0, s1, "ORG", text[s0:s1], "rule", customer, 0.9, "abbrev"))
    out.sort(key=lambda e: (e.start, e.end))
    return out


def _tail_compatible(surface: str, canon: str, core: str) -> bool:
    """智川信息 ~ 合肥智川信息技术, 巢宇集成 ~ 合肥巢宇系统集成, but 松湖仪表 !~ 东莞松湖电子."""
    i = surface.find(core)
    j = canon.find(core)
    if i < 0 or j < 0:
        return True
    return _is_subsequence(surface[i + len(core) :], canon[j + len(core) :])


def _uniq(xs: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(xs))


def _surname_of(name: str, lex: Any) -> str:
    if name[:2] in lex.surnames2:
        return name[:2]
    if is_cjk(name[0]):
        return name[0]
    return name.split()[0]


def _split_titleform(t: str, lex: Any) -> tuple[str, str]:
    if t[0] in "小老" and len(t) >= 2:
        return t[1:], t[0]
    if t[:2] in lex.surnames2:
        return t[:2], t[2:]
    return t[0], t[1:]


def _adjacent_title(text: str, p: _P, titles: list[Ent]) -> str | None:
    for m in p.mentions:
        for t in titles:
            if 0 <= m.start - t.end <= 1 or 0 <= t.start - m.end <= 0:
                return t.text
    return None


def _suffix_matches(suffix: str, title: str) -> bool:
    full = _CLIPPED.get(suffix, suffix)
    if suffix == "经理" and "总经理" in title:
        return False
    if suffix == "总":
        return bool(re.search(r"总经理|总裁|总监|总", title)) and "经理" not in title.replace("总经理", "")
    return full in title


def _trim_dept(d: str) -> str:
    import jieba

    words = jieba.lcut(d, HMM=False)
    out = ""
    for w in reversed(words):
        if w in ("的", "了", "见", "和", "与", "是", "里", "到", "在"):
            break
        out = w + out
    return out


def _harmonise_kinds(exs: list[Extraction]) -> None:
    """Within a batch, an org's kind decided from strong evidence (customer field, relations, context)
    carries over to notes where only weak evidence (name, lexicon, default) was available."""
    strong: dict[str, Counter[str]] = {}
    for ex in exs:
        for o in ex.orgs:
            if o.kind_source in ("record", "relation", "context"):
                strong.setdefault(o.name, Counter())[o.kind] += 1
    for ex in exs:
        for o in ex.orgs:
            votes = strong.get(o.name)
            if votes and o.kind_source in ("name", "default", "lexicon"):
                o.kind = votes.most_common(1)[0][0]
                o.kind_source = "batch"


def vars_(obj: Any) -> dict[str, Any]:
    return {k: getattr(obj, k) for k in obj.__slots__}


__all__ += ["vars_"]
_ = (strip_region, US_NAME)
