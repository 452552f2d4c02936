"""`kg users …`: API keys (create, list, revoke) and the local demo admin key printed by `make run`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

import typer
from neo4j.exceptions import ServiceUnavailable
from rich.table import Table

from graph.driver import make_async_driver
from graph.repositories.users import ApiKeyRecord, Role, UserRepository, parse_key
from guanxi.cli.common import console, fail, run
from guanxi.settings import Settings, get_settings

app = typer.Typer(no_args_is_help=True)
T = TypeVar("T")
DEMO_ADMIN = "demo-admin"


def _with_users(settings: Settings, work: Callable[[UserRepository], Awaitable[T]]) -> T:
    async def go() -> T:
        driver = make_async_driver(settings)
        try:
            return await work(UserRepository(driver, settings.neo4j_database, settings))
        finally:
            await driver.close()

    try:
        return run(go())
    except ServiceUnavailable as exc:
        fail(f"cannot reach Neo4j at {settings.effective_neo4j_uri}: {exc}. Is it running (`kg up`)?")


def _role(value: str) -> Role:
    role = Role.parse(value)
    if role is None:
        fail(f"unknown role {value!r}: viewer, analyst or admin")
    return role


@app.command("create")
def create(
    name: str = typer.Option(..., "--name", help="who the key is for (a person or a service)"),
    role: str = typer.Option("viewer", "--role", help="viewer | analyst | admin"),
) -> None:
    """Create an API key and print it once (only its hash is stored)."""
    if not name.strip():
        fail("--name must not be empty")
    wanted = _role(role)
    record, key = _with_users(get_settings(), lambda users: users.create_key(name.strip(), wanted))
    console.print(f"created key [bold]{record.id}[/] for {record.owner} ({record.role.value})")
    console.print("store it now, it is not shown again:")
    typer.echo(key)


@app.command("list")
def list_keys(revoked: bool = typer.Option(True, help="include revoked keys")) -> None:
    """List API keys (ids, owners, roles, dates; never the keys)."""
    records = _with_users(get_settings(), lambda users: users.list_keys(revoked))
    table = Table("id", "owner", "role", "created", "last used", "revoked")
    for r in records:
        dates = (_fmt(r.created_at), _fmt(r.last_used_at), _fmt(r.revoked_at))
        table.add_row(r.id, r.owner, r.role.value, *dates)
    console.print(table)


@app.command("revoke")
def revoke(key_id: str = typer.Argument(..., metavar="ID", help="the key id (from `kg users list`)")) -> None:
    """Revoke a key (a running API notices within API_KEY_CACHE_S seconds)."""
    record = _with_users(get_settings(), lambda users: users.revoke(key_id.strip()))
    if record is None:
        fail(f"no API key with id {key_id!r}")
    console.print(f"revoked {record.id} ({record.owner}, {record.role.value}) at {_fmt(record.revoked_at)}")


def demo_key_file(settings: Settings) -> Path:
    return Path(settings.neo4j_home) / "demo-admin-key"


@app.command("ensure-demo-admin")
def ensure_demo_admin() -> None:
    """Print the local demo admin key, creating it once (kept in .neo4j/demo-admin-key, mode 600)."""
    settings = get_settings()
    path = demo_key_file(settings)

    async def work(users: UserRepository) -> str:
        if path.exists():
            key = path.read_text(encoding="utf-8").strip()
            if parse_key(key) is not None:
                record: ApiKeyRecord | None = await users.restore_key(key, DEMO_ADMIN, Role.ADMIN)
                if record is not None and not record.revoked:
                    return key
        _, key = await users.create_key(DEMO_ADMIN, Role.ADMIN)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(key + "\n", encoding="utf-8")
        path.chmod(0o600)
        return key

    key = _with_users(settings, work)
    console.print(f"local admin API key (from {path}):")
    typer.echo(key)
    console.print(f"  curl -H 'X-API-Key: {key}' …   (GraphiQL: add it under Headers as X-API-Key)")


def _fmt(value: object) -> str:
    return "" if value is None else str(value)[:19]
