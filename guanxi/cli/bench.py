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
