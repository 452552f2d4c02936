"""Per-request DataLoaders: every nested field batches its lookups into one Cypher round trip."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from strawberry.dataloader import DataLoader

from graph.repositories.base import Row
from graph.services import GraphServices


def _by_key(fetch: Callable[[list[str]], Awaitable[dict[str, Any]]]) -> DataLoader[str, Any]:
    async def load(keys: Sequence[str]) -> list[Any]:
        found = await fetch(list(keys))
        return [found.get(k) for k in keys]

    return DataLoader(load_fn=load)


@dataclass
class Loaders:
    organization: DataLoader[str, Row | None]


def build_loaders(services: GraphServices) -> Loaders:
    return Loaders(
        organization=_by_key(services.organizations.get_by_ids),
    )
