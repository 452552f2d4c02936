"""Upload jobs: accept files (parsed and checked at once), process them in a background worker.

State lives in Neo4j (`graph.repositories.jobs`): items are PENDING until their results are recorded,
so a worker killed at any point — or a database that goes away mid-job — leaves them to be resumed,
and the content-hash idempotency of the ingest means nothing is written twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import uuid
from dataclasses import dataclass
from typing import Any

from neo4j.exceptions import ServiceUnavailable, SessionExpired

from graph.services import GraphServices
from guanxi.ingestion import IngestPipeline, ItemStatus, upload_records
from guanxi.logging import get_logger
from ingest.documents import DocumentError, DocumentLimits, read_upload

log = get_logger(__name__)
# Items claimed per round: written in one batch transaction (guanxi.ingestion), results recorded together.
# Small enough that a job shows progress and a crash re-does little (the rest is resumed, idempotently).
BATCH = 32


@dataclass(frozen=True)
class UploadedFile:
    filename: str | None
    data: bytes


def plan_items(
    files: list[UploadedFile], *, kind: str | None, customer: str | None, limits: DocumentLimits
) -> list[dict[str, Any]]:
    """Parse every file now: bad ones become FAILED items with a clear code, good ones PENDING records."""
    items: list[dict[str, Any]] = []
    for f in files:
        name = f.filename or f"file{len(items) + 1}"
        try:
            parsed = read_upload(f.data, f.filename, limits=limits)
        except DocumentError as exc:
            items.append(
                {
                    "filename": name,
                    "status": "FAILED",
                    "record": None,
                    "errorCode": exc.code,
                    "error": exc.message,
                }
            )
            continue
        for label, record in upload_records(parsed, name, kind=kind, customer=customer):
            items.append(
                {
                    "filename": label,
                    "status": "PENDING",
                    "record": json.dumps(record, ensure_ascii=False),
                    "errorCode": None,
                    "error": None,
                }
            )
    for seq, item in enumerate(items):
        item["seq"] = seq
        item["id"] = uuid.uuid4().hex
    return items


async def submit(
    services: GraphServices,
    files: list[UploadedFile],
    *,
    kind: str | None,
    customer: str | None,
    owner: str | None,
    limits: DocumentLimits,
) -> str:
    items = await asyncio.to_thread(plan_items, files, kind=kind, customer=customer, limits=limits)
    job = {"id": uuid.uuid4().hex, "status": "QUEUED", "kind": kind, "customer": customer, "owner": owner}
    await services.jobs.create(job, items)
    return str(job["id"])


class JobWorker:
    """One asyncio task per API process; `wake()` after a submit, otherwise it polls."""

    def __init__(self, services: GraphServices, *, poll_s: float = 2.0, lease_s: float = 60.0) -> None:
        self.services = services
        self.worker_id = uuid.uuid4().hex[:12]
        self.lease_s = lease_s  # a claim older than this is taken over (its worker is presumed dead)
        self.pipeline = IngestPipeline(services)
        self.poll_s = poll_s
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="ingest-worker")

    def wake(self) -> None:
        self._wake.set()

    async def stop(self) -> None:
        self._stopping = True
        self._wake.set()
        if self._task:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def run_once(self) -> int:
        """Process one batch of pending items; returns how many were processed."""
        claimed = await self.services.jobs.claim_pending(BATCH, worker=self.worker_id, lease_s=self.lease_s)
        if not claimed:
            return 0
        records = [json.loads(c["record"]) for c in claimed]
        results = await self.pipeline.ingest_records(records)
        await self.services.jobs.record_results(
            [
                {
                    "id": c["id"],
                    "status": r.status.value,
                    "docId": r.doc_id,
                    "errorCode": r.error_code,
                    "error": r.error,
                }
                for c, r in zip(claimed, results, strict=True)
            ]
        )
        created = sum(1 for r in results if r.status is ItemStatus.CREATED)
        log.info("ingest.batch", items=len(claimed), created=created)
        return len(claimed)

    async def drain(self) -> int:
        total = 0
        while n := await self.run_once():
            total += n
        return total

    async def _run(self) -> None:
        backoff = self.poll_s
        while not self._stopping:
            try:
                while await self.run_once():
                    pass
                backoff = self.poll_s
            except (ServiceUnavailable, SessionExpired, OSError) as exc:
                # Neo4j went away: items stay PENDING; try again later (bounded backoff).
                log.warning("ingest.worker_waiting_for_neo4j", error=str(exc))
                backoff = min(backoff * 2, 30.0)
            except Exception:
                log.exception("ingest.worker_error")
                backoff = min(backoff * 2, 30.0)
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=backoff)
