"""Reads of people, products, opportunities, units, documents and their neighbourhoods.

Every `*_by_*` method takes many keys and returns {key: [rows]}: the API's DataLoaders batch one
Cypher round trip per field per request, however many parent rows there are.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from graph.names import norm_name
from graph.repositories.base import Repository, Row


class EntityRepository(Repository):
    # Every statement here returns map projections, ids and counts only: `read_values` (no export walk).
    async def _by_ids(self, statement: str, ids: list[str]) -> dict[str, Row]:
        rows = await self.read_values(statement, ids=ids)
        return {r["row"]["id"]: r["row"] for r in rows}

    async def _grouped(self, statement: str, ids: list[str], **params: Any) -> dict[str, list[Any]]:
        rows = await self.read_values(statement, ids=ids, **params)
        out: dict[str, list[Any]] = defaultdict(list)
        for r in rows:
            out[r["key"]].append(r["row"])
        return out

    # ---------------------------------------------------------------- by id
    async def persons(self, ids: list[str]) -> dict[str, Row]:
        return await self._by_ids("person_get_by_ids", ids)

    async def products(self, ids: list[str]) -> dict[str, Row]:
        return await self._by_ids("product_get_by_ids", ids)

    async def opportunities(self, ids: list[str]) -> dict[str, Row]:
        return await self._by_ids("opportunity_get_by_ids", ids)

    async def units(self, ids: list[str]) -> dict[str, Row]:
        return await self._by_ids("unit_get_by_ids", ids)

    async def documents(self, ids: list[str]) -> dict[str, Row]:
        return await self._by_ids("document_get_by_ids", ids)

    # ---------------------------------------------------------------- neighbourhoods
    async def employments_by_person(self, ids: list[str]) -> dict[str, list[Row]]:
        return await self._grouped("employment_by_persons", ids)

    async def employments_by_org(
        self, ids: list[str], *, current_only: bool = True, as_of: dt.date | None = None
    ) -> dict[str, list[Row]]:
        return await self._grouped(
            "employment_by_orgs", ids, currentOnly=current_only, asOf=as_of or dt.date.today()
        )

    async def units_by_org(self, ids: list[str]) -> dict[str, list[Row]]:
        return await self._grouped("unit_by_orgs", ids)

    async def members_by_unit(self, ids: list[str]) -> dict[str, list[str]]:
        return await self._grouped("unit_members_by_units", ids)

    async def opportunities_by_customer(self, ids: list[str]) -> dict[str, list[str]]:
        return await self._grouped("opportunity_by_customers", ids)

    async def products_by_maker(self, ids: list[str]) -> dict[str, list[str]]:
        return await self._grouped("product_by_makers", ids)

    async def product_rows_by_maker(self, ids: list[str]) -> dict[str, list[Row]]:
        """Like `products_by_maker`, with each product's row (`products`' shape) instead of its id."""
        return await self._grouped("product_rows_by_makers", ids)

    async def product_uses_by_customer(self, ids: list[str]) -> dict[str, list[Row]]:
        return await self._grouped("product_use_by_customers", ids)

    async def product_uses_by_product(self, ids: list[str]) -> dict[str, list[Row]]:
        return await self._grouped("product_use_by_products", ids)

    async def org_relations_by_org(self, ids: list[str]) -> dict[str, list[Row]]:
        """Each row carries the other organisation's row under `other` (for the API's loaders)."""
        return await self._grouped("org_relation_rows_by_orgs", ids)

    async def roles_by_scope(self, ids: list[str]) -> dict[str, list[Row]]:
        return await self._grouped("role_by_scopes", ids)

    async def roles_by_holder(self, ids: list[str]) -> dict[str, list[Row]]:
        return await self._grouped("role_by_holders", ids)

    async def stances_by_holder(self, ids: list[str]) -> dict[str, list[Row]]:
        return await self._grouped("stance_by_holders", ids)

    async def person_edges_by_person(self, ids: list[str]) -> dict[str, list[Row]]:
        return await self._grouped("person_edges_by_persons", ids)

    # ---------------------------------------------------------------- lists
    async def list_persons(
        self,
        *,
        skip: int,
        limit: int,
        query: str | None = None,
        is_rep: bool | None = None,
        candidate: bool | None = None,
        org_id: str | None = None,
        title_contains: str | None = None,
        role_some: str | None = None,
        role_none: str | None = None,
    ) -> tuple[list[Row], int]:
        row = await self.read_one_value(
            "person_list",
            skip=skip,
            limit=limit,
            query=norm_name(query) if query else None,
            isRep=is_rep,
            candidate=candidate,
            orgId=org_id,
            titleContains=title_contains,
            roleSome=role_some,
            roleNone=role_none,
        )
        return (row["rows"], row["total"]) if row else ([], 0)

    async def list_opportunity_ids(self, *, skip: int, limit: int, **filters: Any) -> tuple[list[str], int]:
        params = {
            "customerId": None,
            "status": None,
            "winRate": None,
            "funnel": None,
            "minAmount": None,
            "competitorSome": None,
            "competitorNone": None,
            "missingRole": None,
            "orderBy": "NAME",
            **filters,
        }
        row = await self.read_one_value("opportunity_list", skip=skip, limit=limit, **params)
        return (row["ids"], row["total"]) if row else ([], 0)

    async def list_product_ids(
        self, *, skip: int, limit: int, query: str | None = None, maker_id: str | None = None
    ) -> tuple[list[str], int]:
        row = await self.read_one_value(
            "product_list",
            skip=skip,
            limit=limit,
            query=norm_name(query) if query else None,
            makerId=maker_id,
        )
        return (row["ids"], row["total"]) if row else ([], 0)

    async def list_customer_documents(
        self, *, skip: int, limit: int, customerId: str, **filters: Any
    ) -> tuple[list[Row], int]:
        """The page of `list_document_ids` for one customer as rows (`documents`' shape): one round trip."""
        params = {"kind": None, "mentionsId": None, "dateFrom": None, "dateTo": None, **filters}
        row = await self.read_one_value(
            "document_rows_by_customer", skip=skip, limit=limit, customerId=customerId, **params
        )
        return (row["rows"], row["total"]) if row else ([], 0)

    async def list_document_ids(self, *, skip: int, limit: int, **filters: Any) -> tuple[list[str], int]:
        params = {
            "kind": None,
            "customerId": None,
            "mentionsId": None,
            "dateFrom": None,
            "dateTo": None,
            **filters,
        }
        # Anchored on the customer when there is one: no scan of every document (docs/benchmarks.md).
        statement = "document_list_by_customer" if params["customerId"] is not None else "document_list"
        row = await self.read_one_value(statement, skip=skip, limit=limit, **params)
        return (row["ids"], row["total"]) if row else ([], 0)
