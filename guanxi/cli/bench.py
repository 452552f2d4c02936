"""`kg bench …`: benchmarks that print figures (tests never assert timings).

Each benchmark lives in its own module under guanxi/bench/; this app only parses options and prints.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from guanxi.cli.common import console
from guanxi.settings import get_settings

app = typer.Typer(no_args_is_help=True)


@app.command("ingest")
def ingest(
    notes: int = typer.Option(300, min=10, help="generated ~300-character visit notes"),
    uri: str | None = typer.Option(None, help="write into this Neo4j instead of a throw-away one"),
    as_json: bool = typer.Option(False, "--json", help="print the figures as JSON"),
) -> None:
    """notes/s of the spaCy pipeline alone, the extraction, and the full pipeline into Neo4j."""
    from guanxi.bench.ingest import run

    with console.status("benchmarking ingest…"):
        figures = run(notes, uri, get_settings())
    if as_json:
        console.print_json(json.dumps(figures, default=str))
        return
    table = Table(title=f"ingest: {notes} notes of {figures['mean_chars']:.0f} chars")
    for col in ("stage", "notes/s", "chars/s", "seconds"):
        table.add_column(col, justify="right")
    chars = figures["mean_chars"]
    for name, key in (
        ("spaCy pipeline alone", "spacy"),
        ("extraction (spaCy + rules)", "extraction"),
        ("full pipeline into Neo4j", "full"),
    ):
        f = figures[key]
        table.add_row(
            name, f"{f['notes_per_s']:.1f}", f"{f['notes_per_s'] * chars:,.0f}", f"{f['seconds']:.2f}"
        )
    console.print(table)
    console.print(f"full / spaCy alone = {figures['ratio_full_vs_spacy']:.2f} (target ≥ 0.5; ≥ 200 notes/s)")


# ---------------------------------------------------------------- query benchmarks (docs/benchmarks.md)
def _print_query_results(results: dict[str, Any]) -> None:
    from guanxi.bench.common import render

    caption = (
        f"{results['machine']}; {results['requests']} requests per row after {results['warmup']} "
        f"warm-up, concurrency {results['concurrency']}"
    )
    titles = {
        "cypher": ("GraphQL (guanxi) vs hand-written Cypher over Bolt — target p50 ≤ 1.3×", "cypher"),
        "peer": ("Guanxi vs @neo4j/graphql (peer) — target p50 ≤ 1.0×, req/s ≥ 1.0×", "peer"),
    }
    for key, (title, baseline) in titles.items():
        if key in results["timings"]:
            console.print(render(title, results["timings"][key], baseline, caption))
    if results["growth"]:
        scales = sorted(results["loads"])
        table = Table(title="growth of account-scoped p50 with data — target ≤ 1.5× from 1× to 10×")
        for col in [
            "query",
            "impl",
            *[f"p50 ms @{s}×" for s in scales],
            *[f"÷ 1× @{s}×" for s in scales[1:]],
        ]:
            table.add_column(col, justify="left" if col in ("query", "impl") else "right")
        for row in results["growth"]:
            cells = [f"{row.get(f'p50@{s}', float('nan')):.2f}" for s in scales]
            cells += [f"{row[f'growth@{s}']:.2f}×" if row.get(f"growth@{s}") else "" for s in scales[1:]]
            table.add_row(row["query"], row["impl"], *cells)
        console.print(table)
        for scale, profiles in results["profiles"].items():
            worst = [p for p in profiles if p["scans"]]
            console.print(
                f"PROFILE @{scale}×: "
                + ", ".join(f"{p['statement']} {p['db_hits']} db hits" for p in profiles)
            )
            for p in worst:
                console.print(f"  [yellow]scan in {p['statement']}[/]: {'; '.join(p['scans'])}")
    for scale, load in results["loads"].items():
        size = f", store {load['store_bytes'] / 1e6:.0f} MB" if load.get("store_bytes") else ""
        console.print(
            f"data {scale}×: loaded in {load['seconds']:.1f}s{size}: "
            + ", ".join(f"{v} {k}" for k, v in load["counts"].items() if v)
        )


def _run_queries(
    suites: tuple[str, ...],
    scales: list[int],
    main_scale: int,
    accounts: int | None,
    uri: str | None,
    requests: int,
    concurrency: int,
    warmup: int,
    as_json: bool,
    plans: Path | None = None,
) -> None:
    from guanxi.bench.common import run_benchmarks, save

    results = run_benchmarks(
        get_settings(),
        uri=uri,
        suites=suites,
        scales=scales,
        main_scale=main_scale,
        accounts=accounts,
        requests=requests,
        concurrency=concurrency,
        warmup=warmup,
        say=lambda m: console.print(f"[dim]{m}[/]"),
    )
    path = save(results)
    if plans and results["profiles"]:
        plans.mkdir(parents=True, exist_ok=True)
        for scale, profiles in results["profiles"].items():
            text = "\n\n".join(
                f"## {p['question']}: {p['statement']} ({p['db_hits']} db hits)\n{p['plan']}"
                for p in profiles
            )
            (plans / f"plans-{scale}x.txt").write_text(text + "\n", encoding="utf-8")
    if as_json:
        console.print_json(path.read_text(encoding="utf-8"))
        return
    _print_query_results(results)
    console.print(f"[dim]figures saved to {path}[/]")


_SCALE_HELP = "data scale: N × the 36-account demo data set"
_URI_HELP = "an existing Neo4j to load into and query (default: a throw-away one for the run)"


@app.command("cypher")
def cypher_vs_graphql(
    scale: int = typer.Option(1, min=1, help=_SCALE_HELP),
    accounts: int | None = typer.Option(None, min=1, help="accounts (overrides --scale)"),
    uri: str | None = typer.Option(None, help=_URI_HELP),
    requests: int = typer.Option(200, min=1, help="timed requests per query and implementation"),
    concurrency: int = typer.Option(4, min=1, help="requests in flight"),
    warmup: int = typer.Option(20, min=0, help="untimed requests first"),
    as_json: bool = typer.Option(False, "--json", help="print the figures as JSON"),
) -> None:
    """GraphQL vs the same questions as hand-written Cypher over the Bolt driver."""
    _run_queries(("cypher",), [scale], scale, accounts, uri, requests, concurrency, warmup, as_json)


@app.command("peer")
def peer_vs_guanxi(
    scale: int = typer.Option(1, min=1, help=_SCALE_HELP),
    accounts: int | None = typer.Option(None, min=1, help="accounts (overrides --scale)"),
    uri: str | None = typer.Option(None, help=_URI_HELP),
    requests: int = typer.Option(200, min=1, help="timed requests per query and implementation"),
    concurrency: int = typer.Option(4, min=1, help="requests in flight"),
    warmup: int = typer.Option(20, min=0, help="untimed requests first"),
    as_json: bool = typer.Option(False, "--json", help="print the figures as JSON"),
) -> None:
    """Guanxi vs @neo4j/graphql (bench/peer, started here) on five equivalent nested reads."""
    _run_queries(("peer",), [scale], scale, accounts, uri, requests, concurrency, warmup, as_json)


@app.command("growth")
def growth(
    scales: str = typer.Option("1,10,100", help="comma-separated data scales"),
    requests: int = typer.Option(100, min=1, help="timed requests per query, implementation and scale"),
    concurrency: int = typer.Option(4, min=1, help="requests in flight"),
    warmup: int = typer.Option(10, min=0, help="untimed requests first"),
    plans: Path | None = typer.Option(None, help="write the PROFILE plans here (docs/plans)"),
    as_json: bool = typer.Option(False, "--json", help="print the figures as JSON"),
) -> None:
    """Account-scoped queries at 1×, 10×, 100× data, with PROFILE of the statements behind them."""
    values = [int(s) for s in scales.split(",") if s.strip()]
    _run_queries(("growth",), values, values[0], None, None, requests, concurrency, warmup, as_json, plans)


@app.command("all")
def bench_all(
    scales: str = typer.Option("1,10,100", help="comma-separated data scales for the growth suite"),
    scale: int = typer.Option(1, min=1, help="the scale the cypher and peer suites run at"),
    requests: int = typer.Option(200, min=1, help="timed requests per query and implementation"),
    concurrency: int = typer.Option(4, min=1, help="requests in flight"),
    warmup: int = typer.Option(20, min=0, help="untimed requests first"),
    plans: Path | None = typer.Option(None, help="write the PROFILE plans here (docs/plans)"),
    as_json: bool = typer.Option(False, "--json", help="print the figures as JSON"),
) -> None:
    """Every query suite in one run on one Neo4j: GraphQL vs Cypher, vs @neo4j/graphql, growth."""
    values = sorted({*(int(s) for s in scales.split(",") if s.strip()), scale})
    _run_queries(
        ("cypher", "peer", "growth"), values, scale, None, None, requests, concurrency, warmup, as_json, plans
    )


@app.command("scale")
def scale_load(
    accounts: int = typer.Option(10_000, min=1, help="accounts (10k = ~200k contacts, ~1M documents)"),
    uri: str | None = typer.Option(None, help=_URI_HELP),
    batch_size: int = typer.Option(10_000, min=100, help="rows per UNWIND transaction"),
    chunk_size: int = typer.Option(100, min=1, help="accounts generated per streamed chunk"),
    heap: str = typer.Option("2g", help="heap of the throw-away Neo4j"),
    pagecache: str = typer.Option("2g", help="page cache of the throw-away Neo4j"),
) -> None:
    """Bulk-load the large data set (streamed, UNWIND batches): load time, rate and store size."""
    import asyncio

    from rich.progress import Progress

    from guanxi.bench.common import bench_settings, neo4j_server
    from guanxi.bench.scale import bulk_load

    with neo4j_server(uri, heap=heap, pagecache=pagecache) as server, Progress(console=console) as bar:
        task = bar.add_task("accounts", total=accounts)

        def progress(done: int, totals: dict[str, int], seconds: float) -> None:
            bar.update(
                task,
                completed=done,
                description=f"{(docs := totals.get('documents', 0)):,} docs, {docs / seconds:,.0f}/s",
            )

        figures = asyncio.run(
            bulk_load(
                bench_settings(get_settings(), server.uri),
                accounts,
                batch_size=batch_size,
                chunk_size=chunk_size,
                progress=progress,
            )
        )
        store, logs = server.store_bytes(), server.tx_log_bytes()
    counts = figures["counts"]
    seconds = figures["seconds"]
    console.print(
        f"loaded {accounts} accounts in {seconds:.1f}s (generator {figures['generate_s']:.1f}s of it): "
        + ", ".join(f"{v:,} {k}" for k, v in counts.items() if v)
    )
    console.print(
        f"{counts.get('documents', 0) / seconds:,.0f} documents/s, "
        f"{sum(counts.values()) / seconds:,.0f} records/s"
    )
    if store is not None:
        console.print(f"store size {store / 1e9:.2f} GB (+ transaction logs {(logs or 0) / 1e9:.2f} GB)")


@app.command("load")
def load(
    clients: int = typer.Option(16, min=1, max=64, help="concurrent clients (each with its own viewer key)"),
    duration: float = typer.Option(120.0, min=1.0, max=600.0, help="seconds of load (after a 5 s warm-up)"),
    as_json: bool = typer.Option(False, "--json", help="print the figures as JSON"),
) -> None:
    """Bounded loopback load test of the API (auth on) on a mix of queries: throughput, p50/p99, errors."""
    import asyncio

    from guanxi.bench.load import run as run_load

    with console.status(f"{clients} clients for {duration:.0f}s…"):
        figures = asyncio.run(run_load(get_settings(), clients=clients, duration_s=duration))
    if as_json:
        console.print_json(json.dumps(figures))
        return
    title = f"kg bench load: {clients} clients, {figures['duration_s']} s, {figures['cpus']} CPUs"
    table = Table(title=title)
    for col in ("query", "requests", "p50 ms", "p99 ms"):
        table.add_column(col, justify="left" if col == "query" else "right")
    for name, f in figures["by_query"].items():
        table.add_row(name, str(f["requests"]), f"{f['p50_ms']:.1f}", f"{f['p99_ms']:.1f}")
    table.add_row("all", str(figures["requests"]), f"{figures['p50_ms']:.1f}", f"{figures['p99_ms']:.1f}")
    console.print(table)
    console.print(f"throughput {figures['throughput_rps']:.1f} req/s, errors {figures['errors']} (target 0)")
    for sample in figures["error_samples"]:
        console.print(f"  [red]{sample}[/]")
