"""`kg`: the Guanxi command line (typer + rich)."""

from __future__ import annotations

import importlib

import typer

from guanxi.cli import db, ingest_cmd, neo4j_cmd, schema_cmd, serve_cmd

app = typer.Typer(
    name="kg",
    help="Guanxi sales-intelligence knowledge graph.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)
app.add_typer(neo4j_cmd.app, name="neo4j", help="Provision and run the project-managed local Neo4j.")
app.add_typer(schema_cmd.app, name="schema", help="The GraphQL schema file.")
app.add_typer(db.demo_app, name="demo", help="Demo data: generate and load.")
app.command("migrate")(db.migrate_command)
app.command("up")(db.up_command)
app.command("serve")(serve_cmd.serve)
app.command("ingest")(ingest_cmd.ingest_command)


def _mount_optional(module: str, attr: str, name: str | None = None, help_text: str = "") -> None:
    """Sub-commands owned by the ingest package register themselves here."""
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and module.startswith(exc.name):
            return
        raise
    target = getattr(mod, attr)
    if callable(target) and not isinstance(target, typer.Typer):
        target(app)
    else:
        app.add_typer(target, name=name, help=help_text)


_mount_optional("ingest.cli", "register")


def _wire_graph_gazetteer() -> None:
    """`kg extract --graph` reads names from Neo4j through this hook (ingest/ itself knows no Neo4j)."""
    import ingest.cli
    from guanxi.gazetteer_loader import load_graph_gazetteer

    ingest.cli.GRAPH_GAZETTEER_LOADER = load_graph_gazetteer


_wire_graph_gazetteer()
_mount_optional("ingest.training.cli", "app", "train", "Train the shipped NLP models.")
_mount_optional("guanxi.cli.bench", "app", "bench", "Benchmarks that print figures.")
_mount_optional("guanxi.cli.search_cmd", "app", "search", "Search quality (eval) and speed (bench).")
_mount_optional("guanxi.cli.users_cmd", "app", "users", "API keys: create, list, revoke.")


def main() -> None:
    app()
