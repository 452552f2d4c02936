"""`kg ingest PATH...`: bulk ingest of files, folders and JSONL into the graph."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import typer
from neo4j.exceptions import ServiceUnavailable
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from graph.driver import make_async_driver
from graph.services import GraphServices
from guanxi.cli.common import console, fail, run
from guanxi.ingestion import IngestPipeline, ItemResult, ItemStatus, upload_records
from guanxi.settings import get_settings

# Documents read ahead and handed to the pipeline at once (it writes them in batches of WRITE_BATCH).
READ_AHEAD = 500
SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf", ".eml", ".jsonl", ".json"}


def collect(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        elif p.is_file():
            files.append(p)
        else:
            fail(f"{p}: no such file or folder")
    return files


def ingest_command(
    paths: list[Path] = typer.Argument(..., help="files, folders (recursive) or JSONL batches"),
    kind: str | None = typer.Option(
        None, help="visit_note or clipping (default: from the file, else visit_note)"
    ),
    customer: str | None = typer.Option(None, help="account the notes are filed under"),
) -> None:
    """Ingest documents into the graph; exits 1 if any file failed (the others still land)."""
    if kind not in (None, "visit_note", "clipping"):
        fail("--kind is visit_note or clipping")
    files = collect(paths)
    if not files:
        fail("nothing to ingest")
    settings = get_settings()
    results: list[tuple[Path, ItemResult]] = []

    async def go() -> None:
        from ingest.documents import DocumentError, read_upload

        driver = make_async_driver(settings)
        pipeline = IngestPipeline(GraphServices(driver, settings))
        try:
            with Progress(
                TextColumn("[bold]{task.fields[stage]}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TextColumn("{task.description}"),
                console=console,
            ) as progress:
                reading = progress.add_task("", total=len(files), stage="read  ")
                writing = progress.add_task("", total=0, stage="ingest")
                pending: list[tuple[Path, dict[str, Any]]] = []

                async def flush() -> None:
                    """The records read so far, through the batched pipeline (a transaction per batch)."""
                    batch = list(pending)
                    pending.clear()
                    done = await pipeline.ingest_records(
                        [record for _, record in batch], progress=lambda _: progress.advance(writing)
                    )
                    results.extend((path, r) for (path, _), r in zip(batch, done, strict=True))

                for path in files:
                    progress.update(reading, description=path.name)
                    try:
                        parsed = read_upload(path.read_bytes(), path.name)
                    except (OSError, DocumentError) as exc:
                        code, message = (
                            (exc.code, exc.message)
                            if isinstance(exc, DocumentError)
                            else ("UNREADABLE", str(exc))
                        )
                        results.append(
                            (path, ItemResult(str(path), ItemStatus.FAILED, error_code=code, error=message))
                        )
                    else:
                        records = upload_records(parsed, path.name, kind=kind, customer=customer)
                        pending.extend((path, record) for _, record in records)
                        progress.update(writing, total=(progress.tasks[writing].total or 0) + len(records))
                    progress.advance(reading)
                    if len(pending) >= READ_AHEAD:
                        await flush()
                await flush()
        finally:
            await driver.close()

    try:
        run(go())
    except ServiceUnavailable as exc:
        fail(f"cannot reach Neo4j at {settings.effective_neo4j_uri}: {exc}")
    counts = Counter(r.status.value for _, r in results)
    table = Table(title="ingest summary")
    for col in ("status", "documents"):
        table.add_column(col)
    for status in ItemStatus:
        table.add_row(status.value, str(counts.get(status.value, 0)))
    console.print(table)
    failed = [(p, r) for p, r in results if r.status is ItemStatus.FAILED]
    for path, r in failed:
        console.print(f"[red]failed[/] {path} ({r.ref}): {r.error_code}: {r.error}")
    if failed:
        raise typer.Exit(1)
