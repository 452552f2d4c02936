from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import strawberry
from strawberry import relay

from api.context import Context
from api.errors import NotFound

Info = strawberry.Info[Context, None]


@strawberry.type
class Organization(relay.Node):
    """A company or public body; role labels say what it is to us (customer, competitor, …)."""

    id: relay.NodeID[str]
    name: str
    aliases: list[str]
    roles: list[str]
    industry: str | None
    region: str | None
    description: str | None
    candidate: bool = strawberry.field(description="found in text, not yet curated")

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Organization:
        return cls(
            id=row["id"],
            name=row["name"],
            aliases=row.get("aliases") or [],
            roles=row.get("roles") or [],
            industry=row.get("industry"),
            region=row.get("region"),
            description=row.get("description"),
            candidate=bool(row.get("candidate")),
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Organization | None]:
        rows = await info.context.loaders.organization.load_many(list(node_ids))
        if required and any(r is None for r in rows):
            raise NotFound("organization not found")
        return [cls.from_row(r) if r else None for r in rows]
