from __future__ import annotations

import strawberry

from api.errors import NotFound
from api.pagination import Connection, make_connection, page_args
from api.types.domain import Info
from api.types.ingest import IngestJob, JobStatus


@strawberry.type
class IngestQueries:
    @strawberry.field(description="An upload job: status, counts, progress and per-file errors")
    async def job(self, info: Info, id: str) -> IngestJob:
        row = await info.context.services.jobs.get(id)
        if row is None:
            raise NotFound("no such job", argument="id")
        return IngestJob.from_row(row)

    @strawberry.field(description="Upload jobs, newest first")
    async def jobs(
        self, info: Info, status: JobStatus | None = None, first: int | None = None, after: str | None = None
    ) -> Connection[IngestJob]:
        page = page_args(first, after)
        rows, total = await info.context.services.jobs.list(
            status=status.value if status else None, skip=page.skip, limit=page.limit
        )
        return make_connection([IngestJob.from_row(r) for r in rows], total, page)
