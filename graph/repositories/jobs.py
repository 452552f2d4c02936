"""Upload jobs persisted in Neo4j, so that a restart resumes them (items stay PENDING until recorded)."""

from __future__ import annotations

from typing import Any

from graph.repositories.base import Repository, Row


class JobRepository(Repository):
    async def create(self, job: dict[str, Any], items: list[dict[str, Any]]) -> str:
        pre_failed = sum(1 for i in items if i["status"] == "FAILED")
        results = await self.write_many(
            [
                ("job_create", {"job": job, "items": items, "preFailed": pre_failed}),
                ("job_finish_empty", {"id": job["id"]}),
            ]
        )
        return str(job["id"]) if results[0] else ""

    async def get(self, job_id: str) -> Row | None:
        row = await self.read_one("job_get", id=job_id)
        return row["job"] if row else None

    async def items(self, job_id: str) -> list[Row]:
        return [r["item"] for r in await self.read("job_items", id=job_id)]

    async def claim_pending(self, limit: int, *, worker: str = "cli", lease_s: float = 60.0) -> list[Row]:
        return await self.write("job_claim_pending", limit=limit, worker=worker, leaseSeconds=lease_s)

    async def record_results(self, results: list[dict[str, Any]]) -> list[Row]:
        return await self.write("job_record_results", results=results)

    async def list(self, *, status: str | None, skip: int, limit: int) -> tuple[list[Row], int]:
        row = await self.read_one("job_list", status=status, skip=skip, limit=limit)
        return (row["jobs"], row["total"]) if row else ([], 0)
