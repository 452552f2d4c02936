"""Organisations: customers, competitors, suppliers, channels and our own company."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from graph.names import norm_name
from graph.repositories.base import Repository, Row

Rows = list[Row]  # (inside the class, `list` is the method below)


@dataclass(frozen=True)
class OrganizationFilter:
    roles: tuple[str, ...] = ()
    query: str | None = None
    industry: str | None = None
    region: str | None = None
    stage: str | None = None
    contribution: str | None = None
    value_class: str | None = None
    candidate: bool | None = None
    competitor_some: tuple[str, ...] | None = None
    competitor_none: tuple[str, ...] | None = None
    contact_role_some: str | None = None
    opportunity_status_some: str | None = None

    def params(self) -> dict[str, Any]:
        return {
            "roles": list(self.roles),
            "query": norm_name(self.query) if self.query else None,
            "industry": self.industry,
            "region": self.region,
            "stage": self.stage,
            "contribution": self.contribution,
            "valueClass": self.value_class,
            "candidate": self.candidate,
            "competitorSome": list(self.competitor_some) if self.competitor_some is not None else None,
            "competitorNone": list(self.competitor_none) if self.competitor_none is not None else None,
            "contactRoleSome": self.contact_role_some,
            "opportunityStatusSome": self.opportunity_status_some,
        }


class OrganizationRepository(Repository):
    async def get_by_ids(self, ids: list[str]) -> dict[str, Row]:
        rows = await self.read_values("organization_get_by_ids", ids=ids)  # map projections only
        return {r["org"]["id"]: r["org"] for r in rows}

    async def list(
        self, flt: OrganizationFilter, *, skip: int, limit: int, order_by: str = "NAME"
    ) -> tuple[list[Row], int]:
        row = await self.read_one_value(
            "organization_list", skip=skip, limit=limit, orderBy=order_by, **flt.params()
        )
        if not row:
            return [], 0
        return row["orgs"], row["total"]

    async def list_with_employees(
        self,
        flt: OrganizationFilter,
        *,
        skip: int,
        limit: int,
        order_by: str = "NAME",
        with_roles: bool = False,
        as_of: dt.date | None = None,
    ) -> tuple[Rows, int]:
        """`list` plus, per organisation, `employees`: its current employment rows (as
        `EntityRepository.employments_by_org` returns them), each carrying `person` (a
        `person_get_by_ids`-shaped row) and, with `with_roles`, `roles` (`roles_by_holder` rows), in
        one statement (the API's look-ahead path)."""
        row = await self.read_one_value(
            "organization_list_nested",
            skip=skip,
            limit=limit,
            orderBy=order_by,
            withRoles=with_roles,
            asOf=as_of or dt.date.today(),
            **flt.params(),
        )
        if not row:
            return [], 0
        return row["orgs"], row["total"]
