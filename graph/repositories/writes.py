"""Mutations of curated data: idempotent upserts by id, links, roles, stances, merges, deletes.

Each public method is one transaction. Upserts take only the properties the caller supplied, so a
partial update never blanks other fields. Ids are the caller's external ids or derived from the
natural key (`graph.names.natural_id`), so repeating a call changes nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from enum import StrEnum
from typing import Any

from graph.bundle import Provenance
from graph.loader import provenance_props
from graph.names import norm_name, search_names
from graph.repositories.base import Repository, Row


class LinkKind(StrEnum):
    REPORTS_TO = "REPORTS_TO"
    INFLUENCES = "INFLUENCES"
    KNOWS = "KNOWS"
    MEMBER_OF = "MEMBER_OF"
    USES_PRODUCT = "USES_PRODUCT"
    INCUMBENT_AT = "INCUMBENT_AT"
    ENGAGED_WITH = "ENGAGED_WITH"
    SUPPLIES = "SUPPLIES"
    CHANNEL_FOR = "CHANNEL_FOR"
    SERVES = "SERVES"
    PARTNERS_WITH = "PARTNERS_WITH"
    ACQUIRES = "ACQUIRES"
    COMPETES_WITH = "COMPETES_WITH"
    INVESTS_IN = "INVESTS_IN"


PERSON_LINKS = {LinkKind.REPORTS_TO, LinkKind.INFLUENCES, LinkKind.KNOWS}
ORG_LINKS = {
    LinkKind.INCUMBENT_AT,
    LinkKind.ENGAGED_WITH,
    LinkKind.SUPPLIES,
    LinkKind.CHANNEL_FOR,
    LinkKind.SERVES,
    LinkKind.PARTNERS_WITH,
    LinkKind.ACQUIRES,
    LinkKind.COMPETES_WITH,
    LinkKind.INVESTS_IN,
}
MERGE_STATEMENTS = {
    "Person": "merge_person",
    "Organization": "merge_organization",
    "Product": "merge_product",
}


def _named_props(props: dict[str, Any]) -> dict[str, Any]:
    """Drop unsupplied (None) fields; recompute lookup keys when the name or aliases change."""
    out = {k: v for k, v in props.items() if v is not None}
    if "name" in out:
        out["normName"] = norm_name(out["name"])
        out["searchNames"] = search_names(out["name"], out.get("aliases") or [])
    return out


class WriteRepository(Repository):
    async def kinds(self, ids: list[str]) -> dict[str, str | None]:
        rows = await self.read("entity_kind", ids=ids)
        return {r["key"]: r["kind"] for r in rows}

    async def upsert_organization(self, id: str, props: dict[str, Any], roles: list[str]) -> str:
        props = _named_props(props)
        if "aliases" in props and "name" not in props:
            existing = await self.read_one("organization_get_by_ids", ids=[id])
            if existing:
                props["searchNames"] = search_names(existing["org"]["name"], props["aliases"])
        rows = await self.write("organization_upsert", id=id, props=props, roles=roles)
        return str(rows[0]["id"])

    async def remove_organization_roles(self, id: str, roles: list[str]) -> bool:
        return bool(await self.write("organization_remove_roles", id=id, roles=roles))

    async def upsert_person(self, id: str, props: dict[str, Any], is_rep: bool | None) -> str:
        rows = await self.write("person_upsert", id=id, props=_named_props(props), isRep=is_rep)
        return str(rows[0]["id"])

    async def upsert_product(self, id: str, props: dict[str, Any], maker_id: str | None) -> Row:
        rows = await self.write("product_upsert", id=id, props=_named_props(props), makerId=maker_id)
        return rows[0]

    async def upsert_unit(self, id: str, org_id: str, props: dict[str, Any]) -> str | None:
        rows = await self.write("unit_upsert", id=id, orgId=org_id, props=_named_props(props))
        return str(rows[0]["id"]) if rows else None

    async def upsert_opportunity(
        self,
        id: str,
        customer_id: str,
        props: dict[str, Any],
        *,
        owner_id: str | None,
        product_ids: list[str] | None,
        competitor_ids: list[str] | None,
    ) -> str | None:
        rows = await self.write(
            "opportunity_upsert",
            id=id,
            customerId=customer_id,
            props=_named_props(props),
            ownerId=owner_id,
            productIds=product_ids,
            competitorIds=competitor_ids,
        )
        return str(rows[0]["id"]) if rows else None

    async def set_employment(
        self,
        person_id: str,
        org_id: str,
        *,
        title: str | None,
        unit_id: str | None,
        since: dt.date | None,
        until: dt.date | None,
        prov: Provenance,
        close_others: bool,
    ) -> bool:
        row = {
            "person_id": person_id,
            "org_id": org_id,
            "title": title,
            "unit_id": unit_id,
            "since": since,
            "until": until,
            "prov": provenance_props(prov),
        }
        steps: list[tuple[str, dict[str, Any]]] = []
        if close_others and since:
            steps.append(("employment_end_others", {"personId": person_id, "orgId": org_id, "until": since}))
        steps.append(("bundle_employments", {"rows": [row]}))
        results = await self.write_many(steps)
        return bool(results[-1] and results[-1][0]["n"])

    async def end_employment(self, person_id: str, org_id: str, until: dt.date) -> int:
        rows = await self.write("employment_end", personId=person_id, orgId=org_id, until=until)
        return int(rows[0]["n"]) if rows else 0

    async def link(self, kind: LinkKind, source_id: str, target_id: str, props: dict[str, Any]) -> bool:
        if kind in PERSON_LINKS:
            rows = await self.write(
                "bundle_person_edges",
                rows=[{"type": kind.value, "source_id": source_id, "target_id": target_id, "props": props}],
            )
        elif kind in ORG_LINKS:
            rows = await self.write(
                "bundle_org_relations",
                rows=[{"type": kind.value, "source_id": source_id, "target_id": target_id, "props": props}],
            )
        elif kind is LinkKind.USES_PRODUCT:
            rows = await self.write(
                "bundle_product_uses",
                rows=[
                    {
                        "customer_id": source_id,
                        "product_id": target_id,
                        "since": props.pop("since", None),
                        "contract_end": props.pop("contractEnd", None),
                        "prov": props,
                    }
                ],
            )
        else:  # MEMBER_OF
            rows = await self.write("membership_add", personId=source_id, unitId=target_id)
        return bool(rows and rows[0]["n"])

    async def unlink(self, kind: LinkKind, source_id: str, target_id: str) -> int:
        rows = await self.write("link_delete", type=kind.value, sourceId=source_id, targetId=target_id)
        return int(rows[0]["n"]) if rows else 0

    async def set_role(
        self,
        holder_id: str,
        role: str,
        scope_id: str,
        *,
        weight: float | None,
        power: float | None,
        prov: Provenance,
    ) -> bool:
        rows = await self.write(
            "bundle_roles",
            rows=[
                {
                    "holder_id": holder_id,
                    "scope_id": scope_id,
                    "role": role,
                    "weight": weight,
                    "power": power,
                    "prov": provenance_props(prov),
                }
            ],
        )
        return bool(rows and rows[0]["n"])

    async def remove_role(self, holder_id: str, role: str, scope_id: str) -> int:
        rows = await self.write("role_remove", holderId=holder_id, role=role, scopeId=scope_id)
        return int(rows[0]["n"]) if rows else 0

    async def record_stance(self, row: dict[str, Any]) -> str | None:
        key = "|".join(
            str(row.get(k) or "")
            for k in ("holder_id", "toward_id", "date", "stance", "evidence", "document_id")
        )
        stance_id = "st-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]  # noqa: S324
        rows = await self.write("bundle_stances", rows=[{**row, "id": stance_id}])
        return stance_id if rows and rows[0]["n"] else None

    async def merge(
        self, label: str, keep_id: str, drop_id: str, *, by: str | None, note: str | None
    ) -> Row | None:
        statement = MERGE_STATEMENTS[label]
        pair = "|".join(sorted((keep_id, drop_id)))
        results = await self.write_many(
            [
                (statement, {"keepId": keep_id, "dropId": drop_id}),
                (
                    "judgement_record",
                    {"pair": pair, "a": keep_id, "b": drop_id, "verdict": "SAME", "by": by, "note": note},
                ),
            ]
        )
        return results[0][0] if results[0] else None

    async def delete(self, id: str) -> int:
        rows = await self.write("entity_delete", id=id)
        return int(rows[0]["n"]) if rows else 0
