from __future__ import annotations

import strawberry

from api.pagination import Connection, make_connection, page_args
from api.types.organization import Info, Organization
from graph.repositories.organizations import OrganizationFilter


@strawberry.type
class OrganizationQueries:
    @strawberry.field(description="Organisations, filtered and paginated")
    async def organizations(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        query: str | None = None,
        roles: list[str] | None = None,
    ) -> Connection[Organization]:
        page = page_args(first, after)
        rows, total = await info.context.services.organizations.list(
            OrganizationFilter(roles=tuple(roles or ()), query=query), skip=page.skip, limit=page.limit
        )
        return make_connection([Organization.from_row(r) for r in rows], total, page)
