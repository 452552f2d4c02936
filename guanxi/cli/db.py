"""`kg migrate`, `kg up` and `kg demo …`: database set-up commands."""

from __future__ import annotations

import time

import typer
from neo4j.exceptions import ServiceUnavailable

from graph.driver import make_async_driver
from graph.migrate import MigrationError, migrate
from guanxi.cli.common import console, fail, run
from guanxi.settings import get_settings

demo_app = typer.Typer(no_args_is_help=True)


async def _migrate() -> list[str]:
    settings = get_settings()
    driver = make_async_driver(settings)
    try:
        applied = await migrate(driver, settings.neo4j_database)
    finally:
        await driver.close()
    return [f"V{m.version:04d}__{m.name}" for m in applied]


def migrate_command() -> None:
    """Apply pending graph migrations (safe to run twice)."""
    settings = get_settings()
    try:
        applied = run(_migrate())
    except ServiceUnavailable as exc:
        fail(
            f"cannot reach Neo4j at {settings.effective_neo4j_uri}: {exc}. Is it running (`kg neo4j start`)?"
        )
    except MigrationError as exc:
        fail(str(exc))
    if applied:
        for name in applied:
            console.print(f"applied {name}")
    else:
        console.print("schema up to date")


def up_command() -> None:
    """Start the local Neo4j when it is managed by the project, then migrate."""
    from guanxi.cli import neo4j_cmd

    if get_settings().managed_neo4j:
        neo4j_cmd.start(timeout=180.0)
    migrate_command()


@demo_app.command("load")
def demo_load(
    accounts: int = typer.Option(36, min=1, help="customer accounts to generate"),
    seed: int = typer.Option(7, help="random seed (same seed, same data)"),
) -> None:
    """Generate the demo data set and load it (idempotent: loading twice changes nothing)."""
    from graph.loader import load_bundle
    from guanxi.demo import generate

    settings = get_settings()
    started = time.perf_counter()
    bundle = generate(accounts=accounts, seed=seed)

    async def go() -> dict[str, int]:
        driver = make_async_driver(settings)
        try:
            return await load_bundle(driver, settings.neo4j_database, bundle)
        finally:
            await driver.close()

    try:
        with console.status("Loading demo data…"):
            run(go())
    except ServiceUnavailable as exc:
        fail(f"cannot reach Neo4j at {settings.effective_neo4j_uri}: {exc}")
    counts = bundle.counts()
    console.print(
        f"demo data loaded in {time.perf_counter() - started:.1f}s: "
        + ", ".join(f"{v} {k}" for k, v in counts.items() if v)
    )


@demo_app.command("generate")
def demo_generate(
    accounts: int = typer.Option(36, min=1, help="customer accounts"),
    seed: int = typer.Option(7, help="random seed (same seed, same data)"),
    load: bool = typer.Option(True, help="load into Neo4j (else print the counts only)"),
    chunk_size: int = typer.Option(200, min=1, help="accounts per streamed chunk"),
) -> None:
    """Generate a data set of any size in streamed chunks (benchmarks: --accounts 10000)."""
    from rich.progress import Progress

    from graph.loader import load_bundle
    from guanxi.demo import iter_chunks

    settings = get_settings()
    totals: dict[str, int] = {}
    started = time.perf_counter()

    async def go() -> None:
        driver = make_async_driver(settings) if load else None
        try:
            with Progress(console=console) as progress:
                task = progress.add_task("accounts", total=accounts)
                for chunk in iter_chunks(accounts=accounts, seed=seed, chunk_size=chunk_size):
                    for key, value in chunk.counts().items():
                        totals[key] = totals.get(key, 0) + value
                    if driver is not None:
                        await load_bundle(driver, settings.neo4j_database, chunk)
                    progress.advance(task, sum(1 for o in chunk.organizations if "Customer" in o.roles))
        finally:
            if driver is not None:
                await driver.close()

    try:
        run(go())
    except ServiceUnavailable as exc:
        fail(f"cannot reach Neo4j at {settings.effective_neo4j_uri}: {exc}")
    console.print(
        f"{'loaded' if load else 'generated'} in {time.perf_counter() - started:.1f}s: "
        + ", ".join(f"{v} {k}" for k, v in totals.items() if v)
    )
