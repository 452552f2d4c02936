"""GraphQL types of the security surface: the caller, API keys, audit events."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

import strawberry

from graph.repositories.users import ApiKeyRecord


@strawberry.enum(description="viewer: read; analyst: + write facts, upload, review; admin: everything")
class UserRole(StrEnum):
    VIEWER = "viewer"
    ANALYST = "analyst"
    ADMIN = "admin"


@strawberry.type(description="The authenticated caller")
class Me:
    id: str
    name: str
    role: UserRole
    via: str = strawberry.field(description="api_key | jwt | disabled (auth off in dev)")


@strawberry.type(description="An API key (the secret itself is shown only once, at creation)")
class ApiKey:
    id: str
    owner: str
    role: UserRole
    created_at: dt.datetime | None
    revoked_at: dt.datetime | None
    last_used_at: dt.datetime | None

    @classmethod
    def from_record(cls, record: ApiKeyRecord) -> ApiKey:
        return cls(
            id=record.id,
            owner=record.owner,
            role=UserRole(record.role.value),
            created_at=record.created_at,
            revoked_at=record.revoked_at,
            last_used_at=record.last_used_at,
        )


@strawberry.type
class CreatedApiKey:
    key: str = strawberry.field(description="the secret key: store it now, it is never shown again")
    api_key: ApiKey


@strawberry.type(description="One executed mutation: who, when, what, outcome")
class AuditEvent:
    id: str
    at: dt.datetime
    principal: str
    role: str
    via: str | None
    operation: str
    operation_name: str | None
    variables: str = strawberry.field(description="arguments as JSON (secrets redacted, truncated)")
    result: str | None = strawberry.field(description="what the mutation returned (redacted, truncated)")
    ok: bool
    error: str | None = strawberry.field(description="error code when it failed")

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> AuditEvent:
        at = row["at"]
        return cls(
            id=row["id"],
            at=at.to_native() if hasattr(at, "to_native") else at,
            principal=row["principal"],
            role=row["role"],
            via=row.get("via"),
            operation=row["operation"],
            operation_name=row.get("operationName"),
            variables=row.get("variables") or "{}",
            result=row.get("result"),
            ok=bool(row.get("ok")),
            error=row.get("error"),
        )
