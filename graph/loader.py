"""Write a `Bundle` to Neo4j: UNWIND batches in dependency order, MERGE by id (idempotent)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable
from typing import Any

from neo4j import AsyncDriver

from graph.bundle import Bundle, Provenance
from graph.names import norm_name, search_names
from graph.queries import cypher

BATCH_SIZE = 2000

ProgressCallback = Callable[[str, int], None]


def provenance_props(fact: Provenance, seen: dt.date | None = None) -> dict[str, Any]:
    dates = [d for d in (seen, fact.valid_from) if d is not None]
    first = min(dates) if dates else None
    return {
        "sources": fact.sources,
        "evidence": fact.evidence,
        "confidence": fact.confidence,
        "validFrom": fact.valid_from,
        "validTo": fact.valid_to,
        "firstSeen": first,
        "lastSeen": first,
        "curated": not fact.sources,
    }


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def bundle_rows(bundle: Bundle) -> list[tuple[str, list[dict[str, Any]]]]:
    """(statement name, rows) in the order the statements must run."""
    doc_dates = {d.id: d.date for d in bundle.documents}

    def seen(fact: Provenance) -> dt.date | None:
        dates = [doc_dates[s] for s in fact.sources if doc_dates.get(s)]
        return min(d for d in dates if d is not None) if dates else None

    def named(model: Any) -> dict[str, Any]:
        row = model.model_dump(mode="python")
        row["normName"] = norm_name(model.name)
        aliases = getattr(model, "aliases", [])
        row["searchNames"] = search_names(model.name, aliases)
        return row

    steps: list[tuple[str, list[dict[str, Any]]]] = [
        (
            "bundle_organizations",
            [{**named(o), "roles": [r.value for r in o.roles]} for o in bundle.organizations],
        ),
        ("bundle_units", [named(u) for u in bundle.units]),
        ("bundle_persons", [named(p) for p in bundle.persons]),
        ("bundle_products", [named(p) for p in bundle.products]),
        (
            "bundle_documents",
            [{**d.model_dump(mode="python"), "hash": text_hash(d.text)} for d in bundle.documents],
        ),
        (
            "bundle_employments",
            [
                {
                    **e.model_dump(
                        mode="python", include={"person_id", "org_id", "title", "unit_id", "since", "until"}
                    ),
                    "prov": provenance_props(e, seen(e)),
                }
                for e in bundle.employments
            ],
        ),
    ]
    person_edges: list[dict[str, Any]] = []
    for r in bundle.reports_to:
        person_edges.append(
            {
                "type": "REPORTS_TO",
                "source_id": r.person_id,
                "target_id": r.manager_id,
                "props": provenance_props(r, seen(r)),
            }
        )
    for i in bundle.influences:
        person_edges.append(
            {
                "type": "INFLUENCES",
                "source_id": i.source_id,
                "target_id": i.target_id,
                "props": {"strength": i.strength, "sign": i.sign, **provenance_props(i, seen(i))},
            }
        )
    for k in bundle.knows:
        person_edges.append(
            {
                "type": "KNOWS",
                "source_id": k.source_id,
                "target_id": k.target_id,
                "props": {
                    "closeness": k.closeness,
                    "trust": k.trust,
                    "level": k.level.value,
                    "lastContact": k.last_contact,
                    **provenance_props(k, seen(k)),
                },
            }
        )
    steps += [
        ("bundle_person_edges", person_edges),
        (
            "bundle_product_uses",
            [
                {
                    **u.model_dump(
                        mode="python", include={"customer_id", "product_id", "since", "contract_end"}
                    ),
                    "prov": provenance_props(u, seen(u)),
                }
                for u in bundle.product_uses
            ],
        ),
        (
            "bundle_org_relations",
            [
                {
                    "type": r.type.value,
                    "source_id": r.source_id,
                    "target_id": r.target_id,
                    "props": {
                        "productId": r.product_id,
                        "contractEnd": r.contract_end,
                        **provenance_props(r, seen(r)),
                    },
                }
                for r in bundle.org_relations
            ],
        ),
        ("bundle_opportunities", [named(o) for o in bundle.opportunities]),
        (
            "bundle_roles",
            [
                {
                    "holder_id": r.holder_id,
                    "scope_id": r.opportunity_id or r.org_id,
                    "role": r.role.value,
                    "weight": r.weight,
                    "power": r.power,
                    "prov": provenance_props(r, seen(r)),
                }
                for r in bundle.roles
                if (r.opportunity_id or r.org_id)
            ],
        ),
        ("bundle_stances", [s.model_dump(mode="python") for s in bundle.stances]),
    ]
    return steps


def _batches(rows: list[dict[str, Any]], size: int) -> Iterable[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


async def load_bundle(
    driver: AsyncDriver,
    database: str,
    bundle: Bundle,
    *,
    batch_size: int = BATCH_SIZE,
    progress: ProgressCallback | None = None,
) -> dict[str, int]:
    """Load every part of the bundle; each batch is one transaction. Returns rows written per part."""
    written: dict[str, int] = {}
    for name, rows in bundle_rows(bundle):
        statement = cypher(name)
        for batch in _batches(rows, batch_size):
            await driver.execute_query(statement, rows=batch, database_=database)
            written[name] = written.get(name, 0) + len(batch)
            if progress:
                progress(name, len(batch))
    return written
