"""Security queries: who am I, API keys and the audit log (admins)."""

from __future__ import annotations

from typing import Annotated

import strawberry

from api.errors import Unauthenticated
from api.pagination import Connection, make_connection, page_args
from api.permissions import IsAdmin, IsViewer
from api.types.domain import Info
from api.types.security import ApiKey, AuditEvent, Me, UserRole


@strawberry.type
class SecurityQueries:
    @strawberry.field(description="The authenticated caller and their role", permission_classes=[IsViewer])
    def me(self, info: Info) -> Me:
        principal = info.context.principal
        if principal is None:
            raise Unauthenticated("authentication required")
        role = UserRole(principal.role.value)
        return Me(id=principal.id, name=principal.name, role=role, via=principal.via)

    @strawberry.field(description="API keys, newest first (admins)", permission_classes=[IsAdmin])
    async def api_keys(self, info: Info, include_revoked: bool = True) -> list[ApiKey]:
        records = await info.context.services.users.list_keys(include_revoked)
        return [ApiKey.from_record(r) for r in records]

    @strawberry.field(description="Audit log of mutations, newest first", permission_classes=[IsAdmin])
    async def audit_log(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        principal: Annotated[str | None, strawberry.argument(description="e.g. key:ab12cd34ef56")] = None,
        operation: Annotated[str | None, strawberry.argument(description="e.g. mergeEntities")] = None,
    ) -> Connection[AuditEvent]:
        page = page_args(first, after)
        rows, total = await info.context.services.audit.list(
            principal=principal, operation=operation, skip=page.skip, limit=page.limit
        )
        return make_connection([AuditEvent.from_row(r) for r in rows], total, page)
