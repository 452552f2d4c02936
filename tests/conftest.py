"""Test fixtures: one real Neo4j per test session, on free ports, in a throw-away directory.

Set GUANXI_TEST_NEO4J_URI to run the suite against an existing server instead (its database is wiped
between tests: never point it at data you care about).
"""

from __future__ import annotations

import os
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest
import pytest_asyncio
from fastapi import FastAPI
from neo4j import AsyncDriver

from api.app import create_app
from graph.driver import make_async_driver
from graph.local_server import LocalNeo4j, free_port
from graph.migrate import migrate
from guanxi.settings import PROJECT_ROOT, Settings

LIB_DIR = PROJECT_ROOT / ".neo4j" / "lib"
SHARED = PROJECT_ROOT.parent / "shared"

# Test clients authenticate with HS256 bearer tokens minted here: they need no database row, so they
# survive `clean_db` wipes and work against apps whose Neo4j is down.
TEST_JWT_SECRET = "guanxi-test-secret-0123456789abcdef0123456789abcdef"
TEST_JWT_ISSUER = "guanxi-tests"
TEST_JWT_AUDIENCE = "guanxi-api"


def make_token(role: str = "admin", sub: str = "test-admin", ttl_s: float = 3600, **claims: Any) -> str:
    now = int(time.time())
    payload = {"sub": sub, "role": role, "iss": TEST_JWT_ISSUER, "aud": TEST_JWT_AUDIENCE,
               "iat": now, "exp": now + int(ttl_s), **claims}
    return jwt.encode(payload, TEST_JWT_SECRET, algorithm="HS256")


def auth_headers(role: str = "admin", sub: str | None = None) -> dict[str, str]:
    return {"Authorization": f"Bearer {make_token(role, sub or f'test-{role}')}"}


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalNeo4j | None]:
    if os.environ.get("GUANXI_TEST_NEO4J_URI"):
        yield None
        return
    home: Path = tmp_path_factory.mktemp("neo4j-home")
    server = LocalNeo4j(
        home=home,
        lib_dir=LIB_DIR,
        bolt_port=free_port(),
        http_port=free_port(),
        heap="768m",
        pagecache="256m",
    )
    if not server.jars_installed():
        pytest.exit("Neo4j jars missing: run `make neo4j-jars` (make test does it)", returncode=2)
    server.start(timeout_s=240)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def settings(neo4j_server: LocalNeo4j | None) -> Settings:
    uri = os.environ.get("GUANXI_TEST_NEO4J_URI") or (neo4j_server.bolt_uri if neo4j_server else None)
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        environment="test",
        neo4j_uri=uri,
        neo4j_user=os.environ.get("GUANXI_TEST_NEO4J_USER", "neo4j"),
        neo4j_password=os.environ.get("GUANXI_TEST_NEO4J_PASSWORD", ""),
        log_level="WARNING",
        ingest_worker=False,  # tests drive workers explicitly (a background one would race them)
        jwt_secret=TEST_JWT_SECRET,
        jwt_issuer=TEST_JWT_ISSUER,
        jwt_audience=TEST_JWT_AUDIENCE,
        rate_limit_per_minute=0,  # tests/test_hardening.py builds its own rate-limited app
    )


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def driver(settings: Settings) -> AsyncIterator[AsyncDriver]:
    drv = make_async_driver(settings)
    await migrate(drv, settings.neo4j_database)
    try:
        yield drv
    finally:
        await drv.close()


async def wipe(driver: AsyncDriver, database: str) -> None:
    await driver.execute_query(
        "MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n",
        database_=database,
    )


@pytest_asyncio.fixture(loop_scope="session")
async def clean_db(driver: AsyncDriver, settings: Settings) -> AsyncDriver:
    """A database holding only the schema (migrations applied)."""
    await wipe(driver, settings.neo4j_database)
    return driver


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def app(settings: Settings, driver: AsyncDriver) -> AsyncIterator[FastAPI]:
    application = create_app(settings)
    async with application.router.lifespan_context(application):
        yield application


@pytest_asyncio.fixture(loop_scope="session")
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client of the session app, authenticated as an admin."""
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://testserver", headers=auth_headers("admin")
    ) as http:
        yield http


@pytest_asyncio.fixture(loop_scope="session")
async def anon_client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client of the session app without credentials."""
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


@asynccontextmanager
async def serving(app: FastAPI, headers: dict[str, str] | None = None) -> AsyncIterator[httpx.AsyncClient]:
    """Run an app's lifespan and yield an HTTP client of it (for tests that build their own app)."""
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t", headers=headers) as http:
            yield http


class GraphQLClient:
    def __init__(self, http: httpx.AsyncClient) -> None:
        self.http = http

    async def raw(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        response = await self.http.post("/graphql", json={"query": query, "variables": variables or {}})
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    async def __call__(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        body = await self.raw(query, variables)
        assert not body.get("errors"), body["errors"]
        data: dict[str, Any] = body["data"]
        return data


@pytest.fixture
def gql(client: httpx.AsyncClient) -> GraphQLClient:
    return GraphQLClient(client)
