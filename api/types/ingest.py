from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

import strawberry

from api.types.domain import Document, Info, load_one


@strawberry.enum
class JobStatus(StrEnum):
    QUEUED = "QUEUED"
    RUNNING = "RUNNING"
    DONE = "DONE"
    PARTIAL = "PARTIAL"
    FAILED = "FAILED"


@strawberry.type(description="One file (or one JSONL record) of an upload job")
class IngestItem:
    filename: str | None
    status: str = strawberry.field(description="PENDING | DONE | FAILED")
    result: str | None = strawberry.field(description="CREATED | UNCHANGED | DUPLICATE | FAILED")
    error_code: str | None
    error: str | None
    document_id: strawberry.Private[str | None]

    @strawberry.field
    async def document(self, info: Info) -> Document | None:
        return await load_one(info, Document, "document", self.document_id)


def _dt(value: Any) -> dt.datetime | None:
    if value is None:
        return None
    return value.to_native() if hasattr(value, "to_native") else value


@strawberry.type(description="An upload processed in the background; poll `job(id)`")
class IngestJob:
    id: str
    status: JobStatus
    kind: str | None
    customer: str | None
    total: int
    processed: int
    created: int
    unchanged: int
    duplicates: int
    failed: int
    created_at: dt.datetime | None
    updated_at: dt.datetime | None

    @strawberry.field(description="processed / total, 0..1")
    def progress(self) -> float:
        return round(self.processed / self.total, 4) if self.total else 1.0

    @strawberry.field
    async def items(self, info: Info) -> list[IngestItem]:
        rows = await info.context.services.jobs.items(self.id)
        return [
            IngestItem(
                filename=r.get("filename"),
                status=r["status"],
                result=r.get("resultStatus"),
                error_code=r.get("errorCode"),
                error=r.get("error"),
                document_id=r.get("docId"),
            )
            for r in rows
        ]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> IngestJob:
        return cls(
            id=row["id"],
            status=JobStatus(row["status"]),
            kind=row.get("kind"),
            customer=row.get("customer"),
            total=row.get("total", 0),
            processed=row.get("processed", 0),
            created=row.get("created", 0),
            unchanged=row.get("unchanged", 0),
            duplicates=row.get("duplicates", 0),
            failed=row.get("failed", 0),
            created_at=_dt(row.get("createdAt")),
            updated_at=_dt(row.get("updatedAt")),
        )


@strawberry.type
class DocumentDeletion:
    facts_deleted: int
    stances_deleted: int
    mentions_deleted: int
    candidates_deleted: int
