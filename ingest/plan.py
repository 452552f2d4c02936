"""Turn one document's `Extraction` into a `DocumentPlan`: plain data the graph layer writes.

Resolution against what the graph already holds happens here, on a `KnownEntities` snapshot (names,
aliases and employers of curated and candidate entities). What is not known becomes a *candidate* with a
deterministic id, so re-ingesting the same text yields the same ids (idempotent) and candidates from
different notes that name the same thing meet on the same node. Two people with the same name at
different organisations get different ids (the employer is part of the key).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from graph.names import natural_id, norm_name, search_names
from ingest.extract.model import Extraction
from ingest.gazetteer import Gazetteer, GazOrg, GazPerson, GazProduct

_ORG_SUFFIXES = (
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "集团",
    "股份",
    "公司",
    "co.,ltd.",
    "co.ltd",
    "ltd.",
    "ltd",
    "inc.",
    "inc",
)
PERSON_RELATIONS = {"REPORTS_TO", "INFLUENCES"}
ORG_RELATIONS = {
    "INCUMBENT_AT",
    "ENGAGED_WITH",
    "SUPPLIES",
    "CHANNEL_FOR",
    "PARTNERS_WITH",
    "ACQUIRES",
    "COMPETES_WITH",
    "INVESTS_IN",
    "SERVES",
}
PRODUCT_RELATIONS = {"USES_PRODUCT", "MAKES"}


# One normalisation for every name key: the graph's own (normName/searchNames), so candidates written
# here and entities loaded from bundles or mutations meet on the same keys.
norm = norm_name
stable_id = natural_id  # candidates get ids the same way curated upserts do


def core(name: str) -> str:
    """Name without legal suffixes: 合肥智川信息技术有限公司 → 合肥智川信息技术."""
    n = norm(name)
    for suffix in _ORG_SUFFIXES:
        if n.endswith(suffix) and len(n) > len(suffix) + 1:
            return n[: -len(suffix)]
    return n


@dataclass
class KnownEntity:
    label: str
    id: str
    name: str
    aliases: list[str]
    kinds: list[str]
    org_id: str | None = None
    title: str | None = None
    candidate: bool = False


@dataclass
class KnownEntities:
    """A snapshot of the graph's names, for resolution. Built from `graph` rows (`from_rows`)."""

    entities: list[KnownEntity] = field(default_factory=list)
    our_company_id: str | None = None

    def __post_init__(self) -> None:
        self.by_id = {e.id: e for e in self.entities}
        self.orgs: dict[str, str] = {}
        self.products: dict[str, str] = {}
        self.persons: dict[tuple[str, str | None], str] = {}
        self.persons_by_name: dict[str, list[str]] = {}
        self.units: dict[tuple[str | None, str], str] = {}
        for e in self.entities:
            names = [e.name, *e.aliases]
            if e.label == "Organization":
                for n in names:
                    self.orgs.setdefault(norm(n), e.id)
                    self.orgs.setdefault(core(n), e.id)
                if "OurCompany" in e.kinds and not self.our_company_id:
                    self.our_company_id = e.id
            elif e.label == "Product":
                for n in names:
                    self.products.setdefault(norm(n), e.id)
            elif e.label == "Person":
                for n in names:
                    self.persons.setdefault((norm(n), e.org_id), e.id)
                self.persons_by_name.setdefault(norm(e.name), []).append(e.id)
            elif e.label == "OrgUnit":
                self.units.setdefault((e.org_id, norm(e.name)), e.id)

    @classmethod
    def from_rows(cls, rows: list[dict[str, Any]]) -> KnownEntities:
        return cls(
            entities=[
                KnownEntity(
                    label=r["label"],
                    id=r["id"],
                    name=r["name"],
                    aliases=list(r.get("aliases") or []),
                    kinds=list(r.get("kinds") or []),
                    org_id=r.get("orgId"),
                    title=r.get("title"),
                    candidate=bool(r.get("candidate")),
                )
                for r in rows
                if r.get("name")
            ]
        )

    def gazetteer(self, us_name: str, us_aliases: list[str]) -> Gazetteer:
        """The graph's names in the extraction's gazetteer shape (curated entities only)."""
        kind_of = {
            "Customer": "customer",
            "Competitor": "competitor",
            "Supplier": "supplier",
            "Channel": "channel",
            "OurCompany": "us",
        }
        orgs, persons, products = [], [], []
        for e in self.entities:
            if e.candidate:
                continue
            if e.label == "Organization":
                orgs.append(GazOrg(e.name, list(e.aliases), [kind_of[k] for k in e.kinds if k in kind_of]))
            elif e.label == "Person" and "Rep" not in e.kinds:
                org = self.by_id.get(e.org_id or "")
                persons.append(GazPerson(e.name, org.name if org else None, e.title, list(e.aliases)))
            elif e.label == "Product":
                maker = self.by_id.get(e.org_id or "")
                products.append(GazProduct(e.name, maker.name if maker else None))
        return Gazetteer(
            organisations=orgs, persons=persons, products=products, us_name=us_name, us_aliases=us_aliases
        )

    def org_id(self, name: str) -> str | None:
        return self.orgs.get(norm(name)) or self.orgs.get(core(name))

    def person_id(self, name: str, org_id: str | None) -> str | None:
        found = self.persons.get((norm(name), org_id))
        if found or org_id is not None:
            return found
        return None


class DocumentPlan(dict[str, Any]):
    """Plain dict: {doc, entities, mentions, employments, person_facts, org_facts, product_facts, roles,
    stances}; see `plan_document`."""


def plan_document(
    record: dict[str, Any],
    extraction: Extraction,
    known: KnownEntities,
    *,
    content_hash: str,
    fingerprint: dict[str, Any] | None = None,
    duplicate_of: str | None = None,
    us_name: str = "中太数据",
) -> DocumentPlan:
    doc_id = "doc-" + content_hash[:24]
    date = _date(record.get("date")) or dt.date.today()
    entities: dict[str, dict[str, Any]] = {}

    def ensure_org(name: str, kind: str = "other", mentions: list[str] | None = None) -> str:
        if kind == "us" or norm(name) == norm(us_name):
            oid = known.our_company_id or known.org_id(us_name) or stable_id("org", us_name)
        else:
            oid = (
                known.org_id(name)
                or next((known.org_id(m) for m in mentions or [] if known.org_id(m)), None)
                or stable_id("org", core(name))
            )
        aliases = [m for m in mentions or [] if m != name]
        row = entities.setdefault(
            oid, {"label": "Organization", "id": oid, "name": name, "aliases": [], "kind": kind}
        )
        row["aliases"] = list(dict.fromkeys([*row["aliases"], *aliases]))
        return oid

    customer_id = ensure_org(record["customer"], "customer") if record.get("customer") else None
    org_ids: dict[str, str] = {}
    for o in extraction.orgs:
        org_ids[o.name] = ensure_org(o.name, o.kind, list(o.mentions))
        for m in o.mentions:
            org_ids.setdefault(m, org_ids[o.name])

    def org_ref(name: str | None) -> str | None:
        if not name:
            return None
        return org_ids.get(name) or ensure_org(name)

    person_ids: dict[str, str] = {}
    person_org: dict[str, str | None] = {}
    for p in extraction.persons:
        oid = org_ref(p.org) or customer_id
        pid = (
            known.person_id(p.name, oid)
            or next((known.person_id(m, oid) for m in p.mentions if known.person_id(m, oid)), None)
            or _moved_person(known, p.name, [f.get("org") for f in p.former_orgs])
            or stable_id("person", p.name, oid)
        )
        person_ids[p.name] = pid
        person_org[p.name] = oid
        for m in p.mentions:
            person_ids.setdefault(m, pid)
        row = entities.setdefault(pid, {"label": "Person", "id": pid, "name": p.name, "aliases": []})
        row["aliases"] = list(dict.fromkeys([*row["aliases"], *(m for m in p.mentions if m != p.name)]))

    product_ids: dict[str, str] = {}

    def product_ref(name: str) -> str:
        if name not in product_ids:
            pid = known.products.get(norm(name)) or stable_id("product", name)
            product_ids[name] = pid
            entities.setdefault(pid, {"label": "Product", "id": pid, "name": name, "aliases": []})
        return product_ids[name]

    for e in extraction.entities:
        if e.type == "PRODUCT":
            product_ref(e.text)

    def holder_ref(name: str, unit: bool, org: str | None) -> str:
        if not unit and name in person_ids:
            return person_ids[name]
        oid = org_ref(org) or customer_id
        if unit:
            uid = known.units.get((oid, norm(name))) or stable_id("unit", oid, name)
            entities.setdefault(
                uid, {"label": "OrgUnit", "id": uid, "name": name, "orgId": oid, "kind": "COMMITTEE"}
            )
            return uid
        pid = known.person_id(name, oid) or stable_id("person", name, oid)
        person_ids[name] = pid
        entities.setdefault(pid, {"label": "Person", "id": pid, "name": name, "aliases": []})
        return pid

    employments = []
    for p in extraction.persons:
        oid = person_org.get(p.name)
        if oid:
            employments.append(
                {
                    "person_id": person_ids[p.name],
                    "org_id": oid,
                    "title": p.title,
                    "ended": False,
                    "confidence": p.confidence,
                    "evidence": None,
                }
            )
        for former in p.former_orgs:
            fid = _known_employer(known, person_ids[p.name], former.get("org")) or org_ref(former.get("org"))
            if fid and fid != oid:
                employments.append(
                    {
                        "person_id": person_ids[p.name],
                        "org_id": fid,
                        "title": former.get("title"),
                        "ended": True,
                        "confidence": p.confidence,
                        "evidence": None,
                    }
                )

    person_facts, org_facts, product_facts = [], [], []
    for r in extraction.relations:
        ev = r.evidence.sentence if r.evidence else None
        conf = r.confidence * (0.7 if r.hedged else 1.0)
        if r.type in PERSON_RELATIONS and r.source in person_ids and r.target in person_ids:
            person_facts.append(
                {
                    "type": r.type,
                    "source_id": person_ids[r.source],
                    "target_id": person_ids[r.target],
                    "confidence": conf,
                    "evidence": ev,
                    "sign": r.attrs.get("sign"),
                }
            )
        elif r.type in ORG_RELATIONS:
            src, tgt = org_ref(r.source), org_ref(r.target)
            if src and tgt and src != tgt:
                org_facts.append(
                    {
                        "type": r.type,
                        "source_id": src,
                        "target_id": tgt,
                        "confidence": conf,
                        "evidence": ev,
                        "contract_end": _date(r.attrs.get("contract_end")),
                    }
                )
        elif r.type in PRODUCT_RELATIONS:
            src = org_ref(r.source)
            if src:
                product_facts.append(
                    {
                        "type": r.type,
                        "source_id": src,
                        "target_id": product_ref(r.target),
                        "confidence": conf,
                        "evidence": ev,
                        "contract_end": _date(r.attrs.get("contract_end")),
                    }
                )
        elif r.type == "WORKS_AT" and r.source in person_ids:
            tgt = org_ref(r.target)
            if tgt and not any(
                e["person_id"] == person_ids[r.source] and e["org_id"] == tgt for e in employments
            ):
                employments.append(
                    {
                        "person_id": person_ids[r.source],
                        "org_id": tgt,
                        "title": None,
                        "ended": False,
                        "confidence": conf,
                        "evidence": ev,
                    }
                )

    roles = []
    for role in extraction.roles:
        scope = org_ref(role.org) or customer_id
        if not scope:
            continue
        roles.append(
            {
                "holder_id": holder_ref(role.person, role.unit, role.org),
                "role": role.role,
                "scope_id": scope,
                "confidence": role.confidence * (0.6 if role.hedged else 1.0),
                "hedged": role.hedged,
                "evidence": role.evidence.sentence if role.evidence else None,
            }
        )

    stances = []
    us_id = ensure_org(us_name, "us") if any(s.toward == "US" for s in extraction.stances) else None
    for s in extraction.stances:
        toward = us_id if s.toward == "US" else org_ref(s.toward)
        if not toward:
            continue
        holder = holder_ref(s.person, False, None)
        sid = stable_id("st", doc_id, holder, toward)
        stances.append(
            {
                "id": sid,
                "holder_id": holder,
                "toward_id": toward,
                "stance": s.stance,
                "level": None,
                "date": date,
                "evidence": s.evidence,
                "document_id": doc_id,
                "confidence": s.confidence * (0.6 if s.hedged else 1.0),
            }
        )

    mentions = []
    for i, e in enumerate(extraction.entities):
        target = None
        if e.type == "PERSON":
            target = person_ids.get(e.text)
        elif e.type == "ORG":
            target = org_ids.get(e.text) or (known.org_id(e.text))
        elif e.type == "PRODUCT":
            target = product_ids.get(e.text)
        mentions.append(
            {
                "id": f"{doc_id}:m{i}",
                "text": e.text,
                "type": e.type,
                "start": e.start,
                "end": e.end,
                "confidence": e.confidence,
                "entityId": target,
            }
        )

    for row in entities.values():
        row["normName"] = norm(row["name"])
        row["searchNames"] = search_names(row["name"], row.get("aliases", []))
        row.setdefault("aliases", [])
        row.setdefault("kind", None)
        row.setdefault("orgId", None)

    fp = fingerprint or {}
    doc = {
        "hash": content_hash,
        "customerId": customer_id,
        "authorId": record.get("author_id"),
        "duplicateOf": duplicate_of,
        "bands": fp.get("dedupe_bands", []),
        "props": {
            "id": doc_id,
            "kind": record.get("kind") or "visit_note",
            "title": record.get("title"),
            "text": extraction.text,
            "date": date,
            "author": record.get("author"),
            "customer": record.get("customer"),
            "customerId": customer_id,
            "source": record.get("source"),
            "url": record.get("url"),
            "sourceType": record.get("source_type"),
            "sourceIdentity": record.get("source_identity"),
            "externalId": record.get("id"),
            "minhash": fp.get("minhash"),
            "simhash": fp.get("simhash"),
            "duplicateOf": duplicate_of,
        },
    }
    return DocumentPlan(
        doc_id=doc_id,
        date=date,
        doc=doc,
        entities=list(entities.values()),
        mentions=mentions,
        employments=employments,
        person_facts=person_facts,
        org_facts=org_facts,
        product_facts=product_facts,
        roles=roles,
        stances=stances,
    )


def _moved_person(known: KnownEntities, name: str, former_orgs: list[str | None]) -> str | None:
    """原在X，现任Y: the known person of that full name whose current employer is X."""
    for pid in known.persons_by_name.get(norm(name), []):
        if any(_known_employer(known, pid, org) for org in former_orgs if org):
            return pid
    return None


def _known_employer(known: KnownEntities, person_id: str, org_name: str | None) -> str | None:
    """The person's current employer in the graph when the text names it with extra words attached
    (原东软集团医疗事业部… → 东软集团): a job change then closes the right employment."""
    person = known.by_id.get(person_id)
    employer = known.by_id.get(person.org_id or "") if person else None
    if not employer or not org_name:
        return None
    target = norm(org_name)
    for name in (employer.name, *employer.aliases):
        if len(core(name)) >= 2 and (target.startswith(core(name)) or core(name).startswith(core(org_name))):
            return employer.id
    return None


def _date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
