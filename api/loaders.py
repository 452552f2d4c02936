"""Per-request DataLoaders: every nested field batches its lookups into one Cypher round trip."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from strawberry.dataloader import DataLoader

from graph.repositories.base import Row
from graph.services import GraphServices


def _one(fetch: Callable[[list[str]], Awaitable[dict[str, Any]]]) -> DataLoader[str, Any]:
    async def load(keys: Sequence[str]) -> list[Any]:
        found = await fetch(list(keys))
        return [found.get(k) for k in keys]

    return DataLoader(load_fn=load)


def _many(fetch: Callable[[list[str]], Awaitable[dict[str, list[Any]]]]) -> DataLoader[str, list[Any]]:
    async def load(keys: Sequence[str]) -> list[list[Any]]:
        found = await fetch(list(keys))
        return [found.get(k, []) for k in keys]

    return DataLoader(load_fn=load)


@dataclass
class Loaders:
    organization: DataLoader[str, Row | None]
    person: DataLoader[str, Row | None]
    product: DataLoader[str, Row | None]
    opportunity: DataLoader[str, Row | None]
    unit: DataLoader[str, Row | None]
    document: DataLoader[str, Row | None]
    employments_by_person: DataLoader[str, list[Row]]
    employments_by_org: DataLoader[str, list[Row]]
    units_by_org: DataLoader[str, list[Row]]
    members_by_unit: DataLoader[str, list[str]]
    opportunities_by_customer: DataLoader[str, list[str]]
    products_by_maker: DataLoader[str, list[str]]
    uses_by_customer: DataLoader[str, list[Row]]
    uses_by_product: DataLoader[str, list[Row]]
    relations_by_org: DataLoader[str, list[Row]]
    roles_by_scope: DataLoader[str, list[Row]]
    roles_by_holder: DataLoader[str, list[Row]]
    stances_by_holder: DataLoader[str, list[Row]]
    person_edges: DataLoader[str, list[Row]]


def _priming(
    fetch: Callable[[list[str]], Awaitable[dict[str, list[Row]]]], field: str, target: DataLoader[str, Any]
) -> Callable[[list[str]], Awaitable[dict[str, list[Row]]]]:
    """Rows that carry their neighbour's row under `field` (employment → person/organisation) prime
    that neighbour's loader, so resolving it costs no second Cypher round trip."""

    async def fetch_and_prime(keys: list[str]) -> dict[str, list[Row]]:
        found = await fetch(keys)
        for rows in found.values():
            for row in rows:
                neighbour = row.pop(field, None)
                if neighbour:
                    target.prime(neighbour["id"], neighbour)
        return found

    return fetch_and_prime


def _priming_ids(
    fetch: Callable[[list[str]], Awaitable[dict[str, list[Row]]]], target: DataLoader[str, Any]
) -> Callable[[list[str]], Awaitable[dict[str, list[str]]]]:
    """Rows of neighbours (maker → product rows) prime the neighbour's loader; the ids are returned."""

    async def fetch_and_prime(keys: list[str]) -> dict[str, list[str]]:
        found = await fetch(keys)
        out: dict[str, list[str]] = {}
        for key, rows in found.items():
            for row in rows:
                target.prime(row["id"], row)
            out[key] = [row["id"] for row in rows]
        return out

    return fetch_and_prime


def build_loaders(services: GraphServices) -> Loaders:
    e = services.entities
    organization = _one(services.organizations.get_by_ids)
    person = _one(e.persons)
    product = _one(e.products)
    return Loaders(
        organization=organization,
        person=person,
        product=product,
        opportunity=_one(e.opportunities),
        unit=_one(e.units),
        document=_one(e.documents),
        employments_by_person=_many(_priming(e.employments_by_person, "org", organization)),
        employments_by_org=_many(_priming(e.employments_by_org, "person", person)),
        units_by_org=_many(e.units_by_org),
        members_by_unit=_many(e.members_by_unit),
        opportunities_by_customer=_many(e.opportunities_by_customer),
        products_by_maker=_many(_priming_ids(e.product_rows_by_maker, product)),
        uses_by_customer=_many(e.product_uses_by_customer),
        uses_by_product=_many(e.product_uses_by_product),
        relations_by_org=_many(_priming(e.org_relations_by_org, "other", organization)),
        roles_by_scope=_many(e.roles_by_scope),
        roles_by_holder=_many(e.roles_by_holder),
        stances_by_holder=_many(e.stances_by_holder),
        person_edges=_many(e.person_edges_by_person),
    )
