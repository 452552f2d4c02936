"""The audit log: one `(:AuditEvent)` per executed mutation field."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from graph.repositories.base import Repository, Row


@dataclass(frozen=True)
class AuditEventIn:
    id: str
    at: datetime
    principal: str
    role: str
    via: str
    operation: str
    operation_name: str | None
    variables: str
    result: str | None
    ok: bool
    error: str | None

    def params(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": self.at.isoformat(),
            "principal": self.principal,
            "role": self.role,
            "via": self.via,
            "operation": self.operation,
            "operationName": self.operation_name,
            "variables": self.variables,
            "result": self.result,
            "ok": self.ok,
            "error": self.error,
        }


class AuditRepository(Repository):
    async def record(self, events: list[AuditEventIn]) -> None:
        if events:
            await self.write("audit_record", events=[e.params() for e in events])

    async def list(
        self, *, principal: str | None, operation: str | None, skip: int, limit: int
    ) -> tuple[list[Row], int]:
        rows = await self.read("audit_list", principal=principal, operation=operation, skip=skip, limit=limit)
        count = await self.read_one("audit_count", principal=principal, operation=operation)
        return [r["event"] for r in rows], int(count["total"]) if count else 0
