"""`kg bench …`: benchmarks that print figures (tests never assert timings).

Each benchmark lives in its own module under guanxi/bench/; this app only parses options and prints.
"""

from __future__ import annotations

import json

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
