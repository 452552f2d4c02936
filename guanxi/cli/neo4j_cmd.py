"""`kg neo4j install|start|stop|status|logs`."""

from __future__ import annotations

import typer

from graph.local_server import LocalNeo4jError, from_settings
from guanxi.cli.common import console, fail
from guanxi.settings import get_settings

app = typer.Typer(no_args_is_help=True)


def _external_notice() -> bool:
    settings = get_settings()
    if settings.managed_neo4j:
        return False
    console.print(
        f"NEO4J_URI is set ({settings.neo4j_uri}): using that server; nothing local is started or stopped."
    )
    return True


@app.command()
def install() -> None:
    """Fetch the Neo4j server jars from Maven Central (once; later runs reuse them)."""
    if _external_notice():
        return
    server = from_settings()
    try:
        with console.status(f"Resolving Neo4j {server.version} jars with Maven…"):
            fetched = server.install_jars()
    except LocalNeo4jError as exc:
        fail(str(exc))
    jars = len(list(server.lib_dir.glob("*.jar")))
    console.print(
        f"Neo4j {server.version}: {jars} jars in {server.lib_dir}" + ("" if fetched else " (cached)")
    )


@app.command()
def start(timeout: float = typer.Option(180.0, help="seconds to wait for Bolt")) -> None:
    """Start the local server (installs jars first if needed); a no-op when it is running."""
    if _external_notice():
        return
    server = from_settings()
    try:
        if not server.jars_installed():
            with console.status("Fetching Neo4j jars with Maven…"):
                server.install_jars()
        already = server.read_pid()
        with console.status(f"Starting Neo4j on {server.bolt_uri}…"):
            pid = server.start(timeout_s=timeout)
    except LocalNeo4jError as exc:
        fail(str(exc))
    state = "already running" if already else "started"
    console.print(f"Neo4j {state} (pid {pid}) at {server.bolt_uri}; data in {server.home / 'data'}")


@app.command()
def stop() -> None:
    """Stop the local server (clean shutdown)."""
    if _external_notice():
        return
    server = from_settings()
    if server.stop():
        console.print("Neo4j stopped.")
    else:
        console.print("Neo4j was not running.")


@app.command()
def status() -> None:
    """Exit 0 when the local server is running and answering, 1 otherwise."""
    if _external_notice():
        return
    st = from_settings().status()
    if st.running and st.reachable:
        console.print(f"running (pid {st.pid}) at {st.bolt_uri}")
        return
    console.print(f"not running{': ' + st.detail if st.detail else ''}")
    raise typer.Exit(1)


@app.command()
def logs(lines: int = 40) -> None:
    """Print the end of the server's console log."""
    console.print(from_settings().log_tail(lines))
