"""`kg bench ingest`: notes/s of the spaCy pipeline alone vs the full ingest into Neo4j.

Both run over the same generated ~300-character visit notes. The full pipeline writes into a
throw-away Neo4j started for the run (or `--uri`), so the `make run` database is never touched.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path
from typing import Any

from graph.driver import make_async_driver
from graph.local_server import LocalNeo4j, free_port
from graph.migrate import migrate
from graph.services import GraphServices
from guanxi.settings import PROJECT_ROOT, Settings


def make_notes(n: int, *, seed: int = 11, length: int = 300) -> list[dict[str, Any]]:
    """Distinct ~`length`-character notes from the demo generator (visit notes, joined/trimmed)."""
    from guanxi.demo import generate

    notes = [d for d in generate(accounts=max(36, n // 6 + 1), seed=seed).documents if d.kind == "visit_note"]
    out: list[dict[str, Any]] = []
    i = 0
    while len(out) < n:
        base = notes[i % len(notes)]
        text = base.text
        j = i + 1
        while len(text) < length:
            text += notes[j % len(notes)].text
            j += 1
        text = f"第{i}次拜访。" + text[: length - len(f"第{i}次拜访。")]
        out.append(
            {
                "id": f"bench-{i}",
                "kind": "visit_note",
                "date": base.date.isoformat() if base.date else None,
                "author": None,
                "customer": None,
                "text": text,
            }
        )
        i += 1
    return out


def spacy_alone(records: list[dict[str, Any]]) -> dict[str, float]:
    from ingest.pipeline import load_pipeline

    nlp = load_pipeline()
    list(nlp.pipe([r["text"] for r in records[:20]]))  # warm-up
    started = time.perf_counter()
    for _ in nlp.pipe([r["text"] for r in records], batch_size=64):
        pass
    seconds = time.perf_counter() - started
    chars = sum(len(r["text"]) for r in records)
    return {"notes_per_s": len(records) / seconds, "chars_per_s": chars / seconds, "seconds": seconds}


def extraction_alone(records: list[dict[str, Any]]) -> dict[str, float]:
    from ingest.extract import Extractor

    extractor = Extractor()
    extractor.extract_batch(records[:20])
    started = time.perf_counter()
    extractor.extract_batch(records)
    seconds = time.perf_counter() - started
    return {"notes_per_s": len(records) / seconds, "seconds": seconds}


async def full_pipeline(records: list[dict[str, Any]], settings: Settings) -> dict[str, float]:
    from guanxi.ingestion import IngestPipeline

    driver = make_async_driver(settings)
    try:
        await migrate(driver, settings.neo4j_database)
        pipeline = IngestPipeline(GraphServices(driver, settings))
        await pipeline.ingest_records(make_notes(10, seed=99))  # warm-up: pipeline load, connections
        started = time.perf_counter()
        results = await pipeline.ingest_records(records)
        seconds = time.perf_counter() - started
    finally:
        await driver.close()
    created = sum(1 for r in results if r.status.value == "CREATED")
    return {"notes_per_s": len(records) / seconds, "seconds": seconds, "created": created}


def run(n: int, uri: str | None, base: Settings) -> dict[str, Any]:
    records = make_notes(n)
    figures: dict[str, Any] = {"notes": n, "mean_chars": sum(len(r["text"]) for r in records) / n}
    figures["spacy"] = spacy_alone(records)
    figures["extraction"] = extraction_alone(records)
    if uri:
        figures["full"] = asyncio.run(full_pipeline(records, base.model_copy(update={"neo4j_uri": uri})))
    else:
        with tempfile.TemporaryDirectory(prefix="guanxi-bench-") as home:
            server = LocalNeo4j(
                home=Path(home),
                lib_dir=PROJECT_ROOT / ".neo4j" / "lib",
                bolt_port=free_port(),
                http_port=free_port(),
                heap="1g",
                pagecache="512m",
            )
            with server.running():
                settings = base.model_copy(update={"neo4j_uri": server.bolt_uri})
                figures["full"] = asyncio.run(full_pipeline(records, settings))
    figures["ratio_full_vs_spacy"] = figures["full"]["notes_per_s"] / figures["spacy"]["notes_per_s"]
    return figures
