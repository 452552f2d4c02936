"""The ingest application service: documents → extraction (ingest/) → graph writes (graph/).

Used by `kg ingest` and by the API's background job worker. Per document:
1. content hash of the normalised text — an exact re-ingest changes nothing (UNCHANGED);
2. MinHash band lookup in the graph — a near-duplicate is stored, linked NEAR_DUPLICATE_OF the
   original, and contributes no facts, so counts are not inflated (DUPLICATE);
3. extraction with the graph's names as gazetteer, resolution to graph ids (`ingest.plan`);
4. writes in batches (WRITE_BATCH documents, one transaction each; the document, mentions and facts with
   provenance: CREATED), the extraction of the next batch overlapping the write of the previous one; a
   batch that fails is written again one document per transaction, so a bad document fails alone.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from neo4j.exceptions import ServiceUnavailable, SessionExpired

from graph.services import GraphServices
from guanxi.logging import get_logger
from ingest.documents import NEAR_DUP_JACCARD, DocumentError, ParsedDocument, content_hash, fingerprint
from ingest.documents.dedupe import estimated_jaccard, graph_properties
from ingest.plan import DocumentPlan, KnownEntities, plan_document

log = get_logger(__name__)
KNOWN_TTL_S = 30.0  # how long a snapshot of the graph's names is reused within one process
# Documents per write transaction (one statement, UNWIND over the plans); also the extraction's chunk.
WRITE_BATCH = 100
FACT_KEYS = (
    "entities",
    "mentions",
    "employments",
    "person_facts",
    "org_facts",
    "product_facts",
    "roles",
    "stances",
)


class ItemStatus(StrEnum):
    CREATED = "CREATED"
    UNCHANGED = "UNCHANGED"
    DUPLICATE = "DUPLICATE"
    FAILED = "FAILED"


@dataclass(frozen=True)
class _Todo:
    """A new document on its way: its position in the input, content hash, fingerprint, near-duplicate."""

    index: int
    ref: str
    record: dict[str, Any]
    digest: str
    props: dict[str, Any]
    duplicate_of: str | None


@dataclass
class ItemResult:
    ref: str
    status: ItemStatus
    doc_id: str | None = None
    duplicate_of: str | None = None
    error_code: str | None = None
    error: str | None = None
    counts: dict[str, int] = field(default_factory=dict)


def _failed(t: _Todo, exc: BaseException) -> ItemResult:
    return ItemResult(t.ref, ItemStatus.FAILED, error_code="WRITE_FAILED", error=str(exc)[:300])


def record_from_parsed(
    doc: ParsedDocument, *, kind: str | None = None, customer: str | None = None, ref: str | None = None
) -> dict[str, Any]:
    """A parsed upload as an extraction record; front matter / mail headers fill what the caller left open."""
    meta = doc.metadata
    return {
        "id": ref or doc.filename,
        "kind": kind or meta.get("kind") or "visit_note",
        "date": meta.get("date"),
        "author": meta.get("author") or meta.get("from"),
        "customer": customer or meta.get("customer"),
        "title": doc.title or meta.get("subject"),
        "source": meta.get("source"),
        "url": meta.get("url"),
        "text": doc.text,
    }


def upload_records(
    parsed: list[ParsedDocument], name: str, *, kind: str | None, customer: str | None
) -> list[tuple[str, dict[str, Any]]]:
    """(label, record) for each document of one upload. A JSONL record's own fields win over the upload's
    defaults; a file yields one record, labelled by its name (`name#n` when it holds several)."""
    out = []
    for n, doc in enumerate(parsed):
        if doc.format == "jsonl":
            meta = doc.metadata
            record = record_from_parsed(
                doc,
                kind=meta.get("kind") or kind,
                customer=meta.get("customer") or customer,
                ref=meta.get("id"),
            )
            out.append((f"{name}:{meta.get('id') or n + 1}", record))
        else:
            label = name if len(parsed) == 1 else f"{name}#{n + 1}"
            out.append((label, record_from_parsed(doc, kind=kind, customer=customer, ref=label)))
    return out


class IngestPipeline:
    def __init__(self, services: GraphServices) -> None:
        self.services = services
        self.settings = services.settings
        self._known: KnownEntities | None = None
        self._known_at = 0.0
        self._extractor: Any = None

    async def known(self, *, refresh: bool = False) -> KnownEntities:
        if refresh or self._known is None or time.monotonic() - self._known_at > KNOWN_TTL_S:
            rows = await self.services.ingest.known_entities()
            self._known = KnownEntities.from_rows(rows)
            self._known_at = time.monotonic()
            self._extractor = None
        return self._known

    def _get_extractor(self, known: KnownEntities) -> Any:
        if self._extractor is None:
            from ingest.extract import Extractor

            gazetteer = known.gazetteer(self.settings.our_company, list(self.settings.our_company_aliases))
            self._extractor = Extractor(gazetteer=gazetteer)
        return self._extractor

    async def ingest_records(
        self,
        records: list[dict[str, Any]],
        *,
        progress: Callable[[ItemResult], None] | None = None,
        batch_size: int | None = None,
    ) -> list[ItemResult]:
        """Ingest JSONL-style records ({id, kind, date, author, customer, text, …}); never raises per item
        (a lost database connection does raise: nothing is then recorded as failed).

        New documents go in batches of `batch_size` (WRITE_BATCH): the extraction of batch N+1 runs in a
        thread while batch N is written, one transaction per batch. A batch that fails is written again
        one document per transaction, so a bad document fails alone and the others land."""
        size = max(1, batch_size or WRITE_BATCH)
        known = await self.known()
        results: list[ItemResult | None] = [None] * len(records)
        refs = [str(r.get("id") or f"#{i + 1}") for i, r in enumerate(records)]
        digests: dict[int, str] = {}
        for i, record in enumerate(records):
            if not str(record.get("text") or "").strip():
                results[i] = ItemResult(refs[i], ItemStatus.FAILED, error_code="EMPTY", error="no text")
            else:
                digests[i] = content_hash(str(record["text"]))
        existing = await self.services.ingest.documents_by_hash(sorted(set(digests.values())))
        fresh: dict[int, dict[str, Any]] = {}
        first_of: dict[str, int] = {}
        for i, digest in digests.items():
            if digest in existing:
                results[i] = ItemResult(refs[i], ItemStatus.UNCHANGED, doc_id=existing[digest])
            elif digest in first_of:  # the same text twice in one batch
                results[i] = ItemResult(refs[i], ItemStatus.UNCHANGED, doc_id="doc-" + digest[:24])
            else:
                first_of[digest] = i
                fresh[i] = graph_properties(fingerprint(str(records[i]["text"])))
        if progress:
            for r in results:
                if r is not None:
                    progress(r)
        candidates = await self.services.ingest.near_duplicate_candidates(
            [{"ref": str(i), "bands": list(props["dedupe_bands"])} for i, props in fresh.items()]
        )
        # near-duplicates of what the graph holds, else of a document earlier in this call (it is written
        # first, in the same or an earlier batch, so the NEAR_DUPLICATE_OF link finds it)
        by_band: dict[Any, list[int]] = {}
        todo = []
        for i, props in fresh.items():
            duplicate_of = self._near_duplicate(props, candidates.get(str(i), []))
            if duplicate_of is None:
                earlier = sorted({j for band in props["dedupe_bands"] for j in by_band.get(band, [])})
                duplicate_of = self._near_duplicate(
                    props, [{"id": "doc-" + digests[j][:24], "minhash": fresh[j]["minhash"]} for j in earlier]
                )
            for band in props["dedupe_bands"]:
                by_band.setdefault(band, []).append(i)
            todo.append(_Todo(i, refs[i], records[i], digests[i], props, duplicate_of))
        chunks = [todo[k : k + size] for k in range(0, len(todo), size)]
        if chunks:
            extractor = self._get_extractor(known)

            def extract(chunk: list[_Todo]) -> list[Any]:
                return list(extractor.extract_batch([t.record for t in chunk]))

            # pipeline: extraction of chunk k+1 (a thread) overlaps the write of chunk k (network + server)
            next_extraction: asyncio.Future[list[Any]] = asyncio.ensure_future(
                asyncio.to_thread(extract, chunks[0])
            )
            writing: asyncio.Task[list[tuple[int, ItemResult]]] | None = None
            try:
                for k, chunk in enumerate(chunks):
                    extractions = await next_extraction
                    if k + 1 < len(chunks):
                        next_extraction = asyncio.ensure_future(asyncio.to_thread(extract, chunks[k + 1]))
                    planned = [self._plan(t, e, known) for t, e in zip(chunk, extractions, strict=True)]
                    if writing is not None:
                        self._record(await writing, results, progress)
                    writing = asyncio.create_task(self._write_batch(planned))
                if writing is not None:
                    self._record(await writing, results, progress)
            finally:
                # on an error: stop the write in flight, and let the extraction thread finish (a thread cannot
                # be cancelled, and the extractor must not run in two threads at once on the next call)
                if writing is not None and not writing.done():
                    writing.cancel()
                    with contextlib.suppress(Exception, asyncio.CancelledError):
                        await writing
                if not next_extraction.done():
                    await asyncio.wait([next_extraction])
                if not next_extraction.cancelled():
                    next_extraction.exception()  # retrieved: an error there is not reported twice
        out = [r for r in results if r is not None]
        if any(r.status is ItemStatus.CREATED for r in out):
            self._known_at = 0.0  # new candidates: refresh the snapshot next time
        return out

    @staticmethod
    def _record(
        batch: list[tuple[int, ItemResult]],
        results: list[ItemResult | None],
        progress: Callable[[ItemResult], None] | None,
    ) -> None:
        for index, r in batch:
            results[index] = r
            if progress:
                progress(r)

    def _plan(
        self, t: _Todo, extraction: Any, known: KnownEntities
    ) -> tuple[_Todo, DocumentPlan | ItemResult]:
        """The document's plan (plain data for graph/), or its failure."""
        try:
            plan = plan_document(
                t.record,
                extraction,
                known,
                content_hash=t.digest,
                fingerprint=t.props,
                duplicate_of=t.duplicate_of,
                us_name=self.settings.our_company,
            )
        except Exception as exc:  # one bad document must not stop the batch
            log.exception("ingest.document_failed", ref=t.ref)
            return t, _failed(t, exc)
        if t.duplicate_of:  # stored and linked, but it adds no facts: counts stay honest
            plan.update({key: [] for key in FACT_KEYS})
        return t, plan

    async def _write_batch(
        self, planned: list[tuple[_Todo, DocumentPlan | ItemResult]]
    ) -> list[tuple[int, ItemResult]]:
        """One transaction for the batch; if it fails, one transaction per document (a bad document fails
        alone). A lost connection is raised, not recorded as a failure: the items stay to be retried."""
        out: dict[int, ItemResult] = {t.index: r for t, r in planned if isinstance(r, ItemResult)}
        plans = [(t, p) for t, p in planned if not isinstance(p, ItemResult)]
        try:
            counts = await self.services.ingest.write_documents([p for _, p in plans])
        except (ServiceUnavailable, SessionExpired):
            raise
        except Exception as exc:
            if len(plans) == 1:
                log.exception("ingest.document_failed", ref=plans[0][0].ref)
                out[plans[0][0].index] = _failed(plans[0][0], exc)
            else:
                log.warning("ingest.batch_failed_one_by_one", documents=len(plans), error=str(exc)[:300])
                for t, p in plans:
                    try:
                        (c,) = await self.services.ingest.write_documents([p])
                    except (ServiceUnavailable, SessionExpired):
                        raise
                    except Exception as one:
                        log.exception("ingest.document_failed", ref=t.ref)
                        out[t.index] = _failed(t, one)
                    else:
                        out[t.index] = self._written(t, p, c)
        else:
            for (t, p), c in zip(plans, counts, strict=True):
                out[t.index] = self._written(t, p, c)
        return [(t.index, out[t.index]) for t, _ in planned]

    @staticmethod
    def _written(t: _Todo, plan: DocumentPlan, counts: dict[str, int]) -> ItemResult:
        status = ItemStatus.DUPLICATE if t.duplicate_of else ItemStatus.CREATED
        return ItemResult(t.ref, status, doc_id=plan["doc_id"], duplicate_of=t.duplicate_of, counts=counts)

    @staticmethod
    def _near_duplicate(props: dict[str, Any], candidates: list[dict[str, Any]]) -> str | None:
        best, best_score = None, 0.0
        for c in candidates:
            if not c.get("minhash"):
                continue
            score = estimated_jaccard(props["minhash"], c["minhash"])
            if score > best_score:
                best, best_score = c["id"], score
        return best if best_score >= NEAR_DUP_JACCARD else None

    async def ingest_file(
        self, data: bytes, filename: str | None, *, kind: str | None = None, customer: str | None = None
    ) -> list[ItemResult]:
        from ingest.documents import read_upload

        try:
            parsed = read_upload(data, filename)
        except DocumentError as exc:
            return [
                ItemResult(filename or "upload", ItemStatus.FAILED, error_code=exc.code, error=exc.message)
            ]
        records = [
            record for _, record in upload_records(parsed, filename or "upload", kind=kind, customer=customer)
        ]
        return await self.ingest_records(records)
