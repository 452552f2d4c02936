"""`kg schema export [--check]`: schema.graphql is generated from the code, never edited by hand."""

from __future__ import annotations

from pathlib import Path

import typer

from guanxi.cli.common import console, fail
from guanxi.settings import PROJECT_ROOT

app = typer.Typer(no_args_is_help=True)
SCHEMA_FILE = PROJECT_ROOT / "schema.graphql"


def render_schema() -> str:
    from api.schema import build_schema

    return build_schema().as_str().rstrip() + "\n"


@app.command()
def export(
    output: Path = typer.Option(SCHEMA_FILE, help="where to write the SDL"),
    check: bool = typer.Option(False, help="exit 1 if the file differs instead of writing it"),
) -> None:
    """Write the GraphQL SDL of the running code to schema.graphql."""
    sdl = render_schema()
    if check:
        current = output.read_text(encoding="utf-8") if output.exists() else ""
        if current != sdl:
            fail(f"{output} is stale: run `make schema` (kg schema export) and commit it")
        console.print(f"{output} is up to date")
        return
    output.write_text(sdl, encoding="utf-8")
    console.print(f"wrote {output}")
