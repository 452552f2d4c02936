"""`kg search eval` (recall@10, MRR over the demo evaluation set) and `kg search bench` (latency).

Both start a throw-away Neo4j (temporary directory, free ports) unless `--uri` names a server; the
demo data (and, for the benchmark, a 100k-document data set) is loaded into it.
"""

from __future__ import annotations

import contextlib
import os
import statistics
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import typer
from neo4j import AsyncDriver
from rich.table import Table

from guanxi.cli.common import console, fail, run
from guanxi.settings import PROJECT_ROOT, Settings, get_settings

app = typer.Typer(no_args_is_help=True, help="Search quality and speed.")

ANALYZERS = ("cjk", "standard-no-stop-words")


# ----------------------------------------------------------------------------- servers
@contextlib.contextmanager
def _server(uri: str | None, heap: str = "1g", pagecache: str = "512m") -> Iterator[tuple[str, bool]]:
    """(bolt uri, throw-away?) — a temporary local Neo4j unless `uri` is given."""
    if uri:
        yield uri, False
        return
    from graph.local_server import LocalNeo4j, free_port

    with tempfile.TemporaryDirectory(prefix="kg-search-") as home:
        server = LocalNeo4j(
            home=Path(home),
            lib_dir=PROJECT_ROOT / ".neo4j" / "lib",
            bolt_port=free_port(),
            http_port=free_port(),
            heap=heap,
            pagecache=pagecache,
        )
        if not server.jars_installed():
            fail("Neo4j jars missing: run `kg neo4j install` (or pass --uri)")
        with console.status("starting a throw-away Neo4j…"):
            server.start(timeout_s=240)
        try:
            yield server.bolt_uri, True
        finally:
            server.stop()


def _settings(uri: str) -> Settings:
    base = get_settings()
    return base.model_copy(update={"neo4j_uri": uri})


@contextlib.asynccontextmanager
async def _driver(settings: Settings) -> AsyncIterator[AsyncDriver]:
    from graph.driver import make_async_driver
    from graph.migrate import migrate

    driver = make_async_driver(settings)
    try:
        await migrate(driver, settings.neo4j_database)
        yield driver
    finally:
        await driver.close()


async def _await_indexes(driver: AsyncDriver, database: str) -> None:
    await driver.execute_query("CALL db.awaitIndexes(600)", database_=database)


async def _use_analyzer(driver: AsyncDriver, database: str, analyzer: str) -> None:
    """Rebuild the document index with another analyser (throw-away servers only)."""
    from graph.queries import cypher

    await driver.execute_query(cypher("search_index_drop_documents"), database_=database)
    statement = {
        "cjk": "search_index_create_documents_cjk",
        "standard-no-stop-words": "search_index_create_documents_standard",
    }[analyzer]
    await driver.execute_query(cypher(statement), database_=database)
    await _await_indexes(driver, database)


# ----------------------------------------------------------------------------- eval
@dataclass
class EvalRow:
    id: str
    kind: str
    query: str
    relevant: int
    found: int
    recall: float
    rr: float
    ranked: list[str]


def score_run(queries: list[dict[str, Any]], ranked: dict[str, list[str]], k: int = 10) -> list[EvalRow]:
    """recall@k = |relevant ∩ top k| / |relevant|; reciprocal rank of the first relevant hit."""
    rows = []
    for q in queries:
        rel = set(q["relevant"])
        ids = ranked.get(q["id"], [])[:k]
        found = len(rel & set(ids))
        rr = next((1.0 / (i + 1) for i, x in enumerate(ids) if x in rel), 0.0)
        rows.append(
            EvalRow(q["id"], str(q["kind"]), str(q["query"]), len(rel), found, found / len(rel), rr, ids)
        )
    return rows


async def _run_eval(
    driver: AsyncDriver, settings: Settings, queries: list[dict[str, Any]], k: int
) -> list[EvalRow]:
    from graph.repositories.search import SearchRepository

    repo = SearchRepository(driver, settings.neo4j_database, settings)
    ranked = {str(q["id"]): await repo.search_all_ids(str(q["query"]), limit=k) for q in queries}
    return score_run(queries, ranked, k)


def _summary_table(title: str, runs: dict[str, list[EvalRow]], k: int) -> Table:
    table = Table(title=title)
    table.add_column("kind")
    table.add_column("queries", justify="right")
    for name in runs:
        table.add_column(f"recall@{k} {name}", justify="right")
        table.add_column(f"MRR {name}", justify="right")
    first = next(iter(runs.values()))
    kinds = sorted({r.kind for r in first})
    for kind in [*kinds, "ALL"]:
        cells = []
        n = 0
        for rows in runs.values():
            sel = [r for r in rows if kind == "ALL" or r.kind == kind]
            n = len(sel)
            cells += [
                f"{statistics.fmean(r.recall for r in sel):.3f}",
                f"{statistics.fmean(r.rr for r in sel):.3f}",
            ]
        style = "bold" if kind == "ALL" else None
        table.add_row(kind, str(n), *cells, style=style)
    return table


@app.command("eval")
def eval_command(
    uri: str | None = typer.Option(
        None, help="an existing Neo4j (the demo data is merged into it); default: a throw-away server"
    ),
    compare: bool = typer.Option(
        False, "--compare", help="also measure the standard analyser (rebuilds the index; throw-away only)"
    ),
    k: int = typer.Option(10, min=1, help="cut-off of recall@k"),
    accounts: int = typer.Option(36, min=1, help="demo accounts"),
    seed: int = typer.Option(7, help="demo seed"),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="list every query below full recall"),
) -> None:
    """Recall@10 and MRR of `search` on the demo evaluation set (≥ 40 queries with known answers)."""
    from graph.loader import load_bundle
    from guanxi.demo import generate, search_eval_queries

    if compare and uri:
        fail("--compare rebuilds the full-text index: only on the throw-away server (drop --uri)")
    bundle = generate(accounts=accounts, seed=seed)
    queries = search_eval_queries(bundle)

    async def go(bolt: str) -> dict[str, list[EvalRow]]:
        settings = _settings(bolt)
        async with _driver(settings) as driver:
            with console.status(f"loading the demo data ({len(bundle.documents)} documents)…"):
                await load_bundle(driver, settings.neo4j_database, bundle)
                await _await_indexes(driver, settings.neo4j_database)
            runs = {"cjk": await _run_eval(driver, settings, queries, k)}
            if compare:
                await _use_analyzer(driver, settings.neo4j_database, "standard-no-stop-words")
                runs["standard"] = await _run_eval(driver, settings, queries, k)
                await _use_analyzer(driver, settings.neo4j_database, "cjk")
            return runs

    with _server(uri) as (bolt, _throwaway):
        runs = run(go(bolt))
    console.print(
        _summary_table(
            f"search evaluation: {len(queries)} queries over {len(bundle.documents)} documents", runs, k
        )
    )
    main = runs["cjk"]
    if verbose:
        misses = Table(title="queries below full recall (cjk)")
        for col in ("id", "kind", "query", "found", f"recall@{k}", "RR"):
            misses.add_column(col)
        for r in main:
            if r.recall < 1.0:
                misses.add_row(
                    r.id, r.kind, r.query, f"{r.found}/{r.relevant}", f"{r.recall:.2f}", f"{r.rr:.2f}"
                )
        console.print(misses)
    recall = statistics.fmean(r.recall for r in main)
    mrr = statistics.fmean(r.rr for r in main)
    console.print(f"recall@{k} = {recall:.3f}   MRR = {mrr:.3f}   (target recall@10 ≥ 0.9)")


# ----------------------------------------------------------------------------- bench
def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    idx = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[idx]


async def _timings(
    driver: AsyncDriver,
    settings: Settings,
    queries: list[str],
    rounds: int,
    page: int,
    facets: bool = True,
    warmup: int = 2,
) -> list[float]:
    from graph.repositories.search import SearchRepository

    repo = SearchRepository(driver, settings.neo4j_database, settings)
    for _ in range(warmup):  # warm-up, not timed: plans, page cache, JIT
        for q in queries:
            await repo.search(q, limit=page, facets=facets)
    out: list[float] = []
    for _ in range(rounds):
        for q in queries:
            started = time.perf_counter()
            await repo.search(q, limit=page, facets=facets)
            out.append((time.perf_counter() - started) * 1000)
    return out


async def _document_count(driver: AsyncDriver, database: str) -> int:
    from graph.queries import cypher

    records, _, _ = await driver.execute_query(cypher("search_document_count"), database_=database)
    return int(records[0]["n"])


def _large_chunks(documents: int, seed: int) -> tuple[int, Iterator[Any]]:
    """(accounts, chunks) of the generated data set of about `documents` documents."""
    from guanxi.demo import iter_chunks

    docs_per_account = 22.4  # notes + the account's clippings at these settings (measured)
    accounts = max(1, round(documents / docs_per_account))
    chunks = iter_chunks(
        accounts=accounts, seed=seed, chunk_size=250, notes_per_account=20, contacts_per_account=10
    )
    return accounts, chunks


def _large_queries(documents: int, seed: int) -> list[str]:
    """The queries the large run measures: those of its first chunk (without loading anything)."""
    from guanxi.demo import search_eval_queries

    _, chunks = _large_chunks(documents, seed)
    return [str(q["query"]) for q in search_eval_queries(next(iter(chunks)))]


async def _load_large(
    driver: AsyncDriver, settings: Settings, documents: int, seed: int
) -> list[dict[str, Any]]:
    """Load a data set of about `documents` documents; returns queries built from its first chunk."""
    from rich.progress import Progress

    from graph.loader import load_bundle
    from guanxi.demo import search_eval_queries

    accounts, chunks = _large_chunks(documents, seed)
    queries: list[dict[str, Any]] = []
    seen: set[str] = set()
    with Progress(console=console) as progress:
        task = progress.add_task(f"loading ~{documents:,} documents", total=accounts)
        for i, chunk in enumerate(chunks):
            if i == 0:
                queries = search_eval_queries(chunk)
            # documents are unique by text (hash constraint): drop a generated repeat
            unique = [d for d in chunk.documents if d.text not in seen]
            seen.update(d.text for d in unique)
            await load_bundle(driver, settings.neo4j_database, chunk.model_copy(update={"documents": unique}))
            progress.advance(task, sum(1 for o in chunk.organizations if "Customer" in o.roles))
    await _await_indexes(driver, settings.neo4j_database)
    return queries


@app.command("bench")
def bench(
    uri: str | None = typer.Option(
        None, help="an existing Neo4j holding the data to measure (nothing is loaded)"
    ),
    query_set: str = typer.Option(
        "demo",
        help="with --uri: the demo queries, or `large`: those of the large run too (for a server "
        "holding the large data set, same --documents and --seed)",
    ),
    facets: bool = typer.Option(True, help="compute facets (as a GraphQL query selecting `facets`)"),
    documents: int = typer.Option(100_000, min=0, help="size of the large data set (0: demo size only)"),
    rounds: int = typer.Option(5, min=1, help="passes over the query set"),
    warmup: int = typer.Option(2, min=0, help="untimed passes first (plans, page cache, JIT)"),
    page: int = typer.Option(10, min=1, max=100, help="hits per search (`first`)"),
    seed: int = typer.Option(7, help="data seed"),
    heap: str = typer.Option("2g", help="heap of the throw-away Neo4j"),
    pagecache: str = typer.Option("1g", help="page cache of the throw-away Neo4j"),
) -> None:
    """p50/p99 latency of a full `search` (entities, documents + facets, page with snippets); prints the
    load average with the figures."""
    from graph.loader import load_bundle
    from guanxi.demo import generate, search_eval_queries

    if query_set not in ("demo", "large"):
        fail("--query-set is `demo` or `large`")
    results: list[tuple[str, int, int, list[float], str]] = []

    def load() -> str:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())

    async def timed(name: str, driver: AsyncDriver, settings: Settings, queries: list[str]) -> None:
        n = await _document_count(driver, settings.neo4j_database)
        before = load()
        ms = await _timings(driver, settings, queries, rounds, page, facets, warmup)
        results.append((name, n, len(queries), ms, f"{before} / {load()}"))

    async def on_existing(bolt: str) -> None:
        settings = _settings(bolt)
        async with _driver(settings) as driver:
            queries = [str(q["query"]) for q in search_eval_queries(generate(seed=seed))]
            if query_set == "large":
                queries = _large_queries(documents, seed) + queries
            await timed("existing", driver, settings, queries)

    async def on_demo(bolt: str) -> list[str]:
        settings = _settings(bolt)
        async with _driver(settings) as driver:
            bundle = generate(seed=seed)
            with console.status("loading the demo data…"):
                await load_bundle(driver, settings.neo4j_database, bundle)
                await _await_indexes(driver, settings.neo4j_database)
            queries = [str(q["query"]) for q in search_eval_queries(bundle)]
            await timed("demo", driver, settings, queries)
            return queries

    async def on_large(bolt: str, demo_queries: list[str]) -> None:
        settings = _settings(bolt)
        async with _driver(settings) as driver:
            started = time.perf_counter()
            large = await _load_large(driver, settings, documents, seed)
            console.print(f"loaded in {time.perf_counter() - started:.0f}s")
            qs = [str(q["query"]) for q in large] + demo_queries
            await timed("large", driver, settings, qs)

    if uri:
        run(on_existing(uri))
    else:
        with _server(None, heap=heap, pagecache=pagecache) as (bolt, _):
            demo_queries = run(on_demo(bolt))
        if documents:
            with _server(None, heap=heap, pagecache=pagecache) as (bolt, _):
                run(on_large(bolt, demo_queries))

    title = f"search latency (ms), first={page}, {warmup}+{rounds} rounds, facets {'on' if facets else 'off'}"
    table = Table(title=title)
    cols = (
        "data set",
        "documents",
        "queries",
        "searches",
        "p50",
        "p90",
        "p99",
        "max",
        "load avg before / after",
    )
    for col in cols:
        table.add_column(col, justify="left" if col in ("data set", cols[-1]) else "right")
    for name, n, nq, ms, loadavg in results:
        table.add_row(
            name,
            f"{n:,}",
            str(nq),
            str(len(ms)),
            f"{_percentile(ms, 50):.1f}",
            f"{_percentile(ms, 90):.1f}",
            f"{_percentile(ms, 99):.1f}",
            f"{max(ms):.1f}",
            loadavg,
        )
    console.print(table)
    console.print(f"{os.cpu_count()} CPUs; load average = 1, 5, 15 minutes (`uptime`)")
