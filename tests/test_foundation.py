"""The skeleton end to end: real Neo4j, migrations, health endpoints, GraphQL, errors, schema file."""

from __future__ import annotations

import socket

import httpx
import pytest
from neo4j import AsyncDriver

from api.app import create_app
from graph.bundle import Bundle, OrganizationIn
from graph.enums import OrgRole
from graph.loader import load_bundle
from graph.local_server import LocalNeo4j, LocalNeo4jError, free_port
from graph.migrate import applied_versions, discover, migrate
from guanxi.cli.schema_cmd import SCHEMA_FILE, render_schema
from guanxi.settings import Settings
from tests.conftest import LIB_DIR, GraphQLClient, auth_headers


async def test_healthz_and_readyz(client: httpx.AsyncClient) -> None:
    assert (await client.get("/healthz")).json()["status"] == "ok"
    ready = await client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["status"] == "ready"


async def test_readyz_503_with_reason_when_neo4j_is_unreachable(settings: Settings) -> None:
    dead = settings.model_copy(
        update={"neo4j_uri": f"bolt://127.0.0.1:{free_port()}", "neo4j_connection_timeout_s": 1.0}
    )
    app = create_app(dead)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
            response = await http.get("/readyz")
            assert response.status_code == 503
            assert "unreachable" in response.json()["reason"]
            assert (await http.get("/healthz")).status_code == 200
            body = (
                await http.post(
                    "/graphql", json={"query": "{ organizations { totalCount } }"}, headers=auth_headers()
                )
            ).json()
            assert body["errors"][0]["extensions"]["code"] == "SERVICE_UNAVAILABLE"


async def test_migrations_are_recorded_and_safe_to_run_twice(
    clean_db: AsyncDriver, settings: Settings
) -> None:
    assert await migrate(clean_db, settings.neo4j_database) == []
    versions = await applied_versions(clean_db, settings.neo4j_database)
    assert versions == [m.version for m in discover()]
    records, _, _ = await clean_db.execute_query("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names")
    assert {"organization_id", "person_id", "document_hash"} <= set(records[0]["names"])


async def test_graphql_returns_loaded_data(
    clean_db: AsyncDriver, settings: Settings, gql: GraphQLClient
) -> None:
    bundle = Bundle(
        organizations=[
            OrganizationIn(id="org-hx", name="华信银行", aliases=["华信"], roles=[OrgRole.CUSTOMER]),
            OrganizationIn(id="org-yh", name="芜湖云衡软件", aliases=["云衡"], roles=[OrgRole.COMPETITOR]),
        ]
    )
    await load_bundle(clean_db, settings.neo4j_database, bundle)
    await load_bundle(clean_db, settings.neo4j_database, bundle)  # idempotent
    data = await gql(
        "{ organizations(filter: {roles: [CUSTOMER]}) { totalCount nodes { id name aliases roles } } }"
    )
    conn = data["organizations"]
    assert conn["totalCount"] == 1
    assert conn["nodes"][0]["name"] == "华信银行"
    assert conn["nodes"][0]["roles"] == ["CUSTOMER"]
    # alias search goes through the normalised names
    data = await gql("query($q: String) { organizations(filter: {query: $q}) { nodes { name } } }", {"q": "云衡"})
    assert [n["name"] for n in data["organizations"]["nodes"]] == ["芜湖云衡软件"]
    # the global id round-trips through `node`
    gid = conn["nodes"][0]["id"]
    node = await gql("query($id: ID!) { node(id: $id) { ... on Organization { name } } }", {"id": gid})
    assert node["node"]["name"] == "华信银行"


async def test_bad_input_gets_a_coded_error_not_a_500(gql: GraphQLClient) -> None:
    body = await gql.raw("{ organizations(first: 100000) { totalCount } }")
    assert body["errors"][0]["extensions"]["code"] == "BAD_REQUEST"
    body = await gql.raw('{ organizations(after: "not-a-cursor") { totalCount } }')
    assert body["errors"][0]["extensions"]["code"] == "BAD_REQUEST"
    body = await gql.raw("{ nosuchfield }")
    assert body["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"


async def test_graphiql_is_served_on_get(client: httpx.AsyncClient) -> None:
    response = await client.get("/graphql", headers={"accept": "text/html"})
    assert response.status_code == 200
    assert "graphiql" in response.text.lower()


def test_schema_file_is_up_to_date() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == render_schema(), (
        "schema.graphql is stale: run `make schema` and commit it"
    )


def test_local_server_refuses_a_taken_port(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        taken = sock.getsockname()[1]
        server = LocalNeo4j(home=tmp_path, lib_dir=LIB_DIR, bolt_port=taken, http_port=free_port())
        with pytest.raises(LocalNeo4jError, match=f"Port {taken}"):
            server.start(timeout_s=5)


def test_local_server_reports_a_locked_store(neo4j_server: LocalNeo4j | None, tmp_path) -> None:  # type: ignore[no-untyped-def]
    if neo4j_server is None:
        pytest.skip("suite runs against an external Neo4j (GUANXI_TEST_NEO4J_URI)")
    second = LocalNeo4j(
        home=neo4j_server.home,
        lib_dir=LIB_DIR,
        bolt_port=free_port(),
        http_port=free_port(),
        heap="256m",
        pagecache="64m",
    )
    second.pid_file.rename(tmp_path / "pid")  # pretend we do not know the first one runs
    try:
        with pytest.raises(LocalNeo4jError, match="lock"):
            second.start(timeout_s=120)
    finally:
        (tmp_path / "pid").rename(second.pid_file)
