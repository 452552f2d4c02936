"""Authentication: API keys (hashed in Neo4j, created/revoked by mutation and CLI) and JWT bearer tokens."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import time
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import jwt
import pytest
import pytest_asyncio
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi import FastAPI
from neo4j import AsyncDriver
from typer.testing import CliRunner

from api.app import create_app
from guanxi.settings import Settings
from tests.conftest import (
    TEST_JWT_AUDIENCE,
    TEST_JWT_ISSUER,
    TEST_JWT_SECRET,
    auth_headers,
    make_token,
    serving,
)

ME = "{ me { id name role via } }"


async def post(http: httpx.AsyncClient, query: str, headers: dict[str, str] | None = None,
               variables: dict | None = None) -> httpx.Response:
    return await http.post("/graphql", json={"query": query, "variables": variables or {}}, headers=headers)


async def create_key(client: httpx.AsyncClient, owner: str, role: str) -> tuple[str, str]:
    response = await post(
        client,
        "mutation($o: String!, $r: UserRole!) { createApiKey(owner: $o, role: $r) { key apiKey { id role } } }",
        variables={"o": owner, "r": role},
    )
    body = response.json()
    assert not body.get("errors"), body
    created = body["data"]["createApiKey"]
    return created["key"], created["apiKey"]["id"]


# ---------------------------------------------------------------------------- no credentials
async def test_no_credentials_is_401_everywhere_but_health(anon_client: httpx.AsyncClient) -> None:
    for response in (
        await post(anon_client, "{ organizations { totalCount } }"),
        await anon_client.get("/graphql", params={"query": "{ organizations { totalCount } }"}),
        await anon_client.get("/openapi.json"),
    ):
        assert response.status_code == 401, response.text
        assert response.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
        assert "Bearer" in response.headers["www-authenticate"]
    assert (await anon_client.get("/healthz")).status_code == 200
    assert (await anon_client.get("/readyz")).status_code == 200


async def test_graphiql_page_is_open_in_dev_only(settings: Settings, anon_client: httpx.AsyncClient) -> None:
    page = await anon_client.get("/graphql", headers={"accept": "text/html"})
    assert page.status_code == 200 and "graphiql" in page.text.lower()
    prod = create_app(settings.model_copy(update={"environment": "production"}))
    async with serving(prod) as http:
        assert (await http.get("/graphql", headers={"accept": "text/html"})).status_code == 401


async def test_garbage_credentials_are_401(anon_client: httpx.AsyncClient) -> None:
    for headers in (
        {"X-API-Key": "nonsense"},
        {"X-API-Key": "gxk_000000000000_" + "a" * 43},
        {"Authorization": "ApiKey gxk_zzzzzzzzzzzz_" + "a" * 43},
        {"Authorization": "Basic dXNlcjpwYXNz"},
        {"Authorization": "Bearer not.a.jwt"},
        {"Authorization": "Bearer "},
    ):
        response = await post(anon_client, ME, headers)
        assert response.status_code == 401, (headers, response.text)
        assert response.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


# ---------------------------------------------------------------------------- API keys
async def test_api_key_lifecycle(
    client: httpx.AsyncClient, anon_client: httpx.AsyncClient, driver: AsyncDriver, settings: Settings
) -> None:
    key, key_id = await create_key(client, "王分析", "ANALYST")
    assert key.startswith(f"gxk_{key_id}_")
    # stored hashed: the key itself is nowhere in the graph
    records, _, _ = await driver.execute_query(
        "MATCH (k:ApiKey {id: $id}) RETURN properties(k) AS k", id=key_id, database_=settings.neo4j_database
    )
    stored = records[0]["k"]
    assert stored["hash"] == hashlib.sha256(key.encode()).hexdigest()
    assert key not in str(stored) and stored["role"] == "analyst" and stored["owner"] == "王分析"

    # all three ways of presenting it
    for headers in ({"X-API-Key": key}, {"Authorization": f"ApiKey {key}"}, {"Authorization": f"Bearer {key}"}):
        response = await post(anon_client, ME, headers)
        assert response.status_code == 200, response.text
        assert response.json()["data"]["me"] == {
            "id": f"key:{key_id}", "name": "王分析", "role": "ANALYST", "via": "api_key"
        }
    # a key with the right id but another secret is refused
    forged = key[:-4] + ("AAAA" if not key.endswith("AAAA") else "BBBB")
    assert (await post(anon_client, ME, {"X-API-Key": forged})).status_code == 401

    # listed without any secret; lastUsedAt recorded
    listed = (await post(client, "{ apiKeys { id owner role revokedAt lastUsedAt } }")).json()
    mine = next(k for k in listed["data"]["apiKeys"] if k["id"] == key_id)
    assert mine["role"] == "ANALYST" and mine["revokedAt"] is None
    assert key not in str(listed)

    # revoked: refused at once (the in-process cache is invalidated)
    revoked = await post(client, "mutation($id: String!) { revokeApiKey(id: $id) { id revokedAt } }",
                         variables={"id": key_id})
    assert revoked.json()["data"]["revokeApiKey"]["revokedAt"] is not None
    response = await post(anon_client, ME, {"X-API-Key": key})
    assert response.status_code == 401
    assert "revoked" in response.json()["errors"][0]["message"]


async def test_revoked_elsewhere_is_noticed_after_the_cache_ttl(
    settings: Settings, client: httpx.AsyncClient, driver: AsyncDriver
) -> None:
    key, key_id = await create_key(client, "svc", "VIEWER")
    quick = create_app(settings.model_copy(update={"api_key_cache_s": 0.5}))
    async with serving(quick) as http:
        assert (await post(http, ME, {"X-API-Key": key})).status_code == 200
        await driver.execute_query(  # another process (kg users revoke) revokes it
            "MATCH (k:ApiKey {id: $id}) SET k.revokedAt = datetime()", id=key_id,
            database_=settings.neo4j_database,
        )
        await asyncio.sleep(0.6)
        assert (await post(http, ME, {"X-API-Key": key})).status_code == 401


# ---------------------------------------------------------------------------- JWT
def _claims(**over: object) -> dict[str, object]:
    now = int(time.time())
    claims: dict[str, object] = {"sub": "alice", "role": "viewer", "iss": TEST_JWT_ISSUER,
                                 "aud": TEST_JWT_AUDIENCE, "iat": now, "exp": now + 600}
    claims.update(over)
    return {k: v for k, v in claims.items() if v is not None}


async def test_jwt_roles_and_claims(anon_client: httpx.AsyncClient) -> None:
    for role in ("viewer", "analyst", "admin"):
        response = await post(anon_client, ME, {"Authorization": f"Bearer {make_token(role, 'alice')}"})
        assert response.json()["data"]["me"] == {"id": "jwt:alice", "name": "alice", "role": role.upper(),
                                                 "via": "jwt"}
    # a list of roles: the highest wins
    token = jwt.encode(_claims(role=["viewer", "analyst"]), TEST_JWT_SECRET, algorithm="HS256")
    response = await post(anon_client, ME, {"Authorization": f"Bearer {token}"})
    assert response.json()["data"]["me"]["role"] == "ANALYST"

    now = int(time.time())
    bad = {
        "expired": jwt.encode(_claims(exp=now - 3600), TEST_JWT_SECRET, algorithm="HS256"),
        "no exp": jwt.encode({k: v for k, v in _claims().items() if k != "exp"}, TEST_JWT_SECRET,
                             algorithm="HS256"),
        "wrong issuer": jwt.encode(_claims(iss="evil"), TEST_JWT_SECRET, algorithm="HS256"),
        "no issuer": jwt.encode(_claims(iss=None), TEST_JWT_SECRET, algorithm="HS256"),
        "wrong audience": jwt.encode(_claims(aud="other-api"), TEST_JWT_SECRET, algorithm="HS256"),
        "wrong secret": jwt.encode(_claims(), "another-secret-of-sufficient-length-000000", algorithm="HS256"),
        "unknown role": jwt.encode(_claims(role="root"), TEST_JWT_SECRET, algorithm="HS256"),
        "no role": jwt.encode(_claims(role=None), TEST_JWT_SECRET, algorithm="HS256"),
        "alg none": jwt.encode(_claims(role="admin"), None, algorithm="none"),
        "HS512": jwt.encode(_claims(), TEST_JWT_SECRET, algorithm="HS512"),
    }
    for name, token in bad.items():
        response = await post(anon_client, ME, {"Authorization": f"Bearer {token}"})
        assert response.status_code == 401, (name, response.text)
        assert response.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


@pytest_asyncio.fixture(loop_scope="session")
async def rs_app(settings: Settings) -> AsyncIterator[tuple[FastAPI, rsa.RSAPrivateKey, str]]:
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public_pem = private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode()
    app = create_app(settings.model_copy(update={"jwt_secret": None, "jwt_public_key": public_pem}))
    async with app.router.lifespan_context(app):
        yield app, private, public_pem


async def test_rs256_tokens_with_a_public_key(rs_app: tuple[FastAPI, rsa.RSAPrivateKey, str]) -> None:
    app, private, public_pem = rs_app
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as http:
        good = jwt.encode(_claims(role="analyst"), private, algorithm="RS256")
        response = await post(http, ME, {"Authorization": f"Bearer {good}"})
        assert response.json()["data"]["me"]["role"] == "ANALYST"
        # HS256 is not configured on this app; the classic confusion (public key as HMAC secret) fails
        hs = jwt.encode(_claims(role="admin"), TEST_JWT_SECRET, algorithm="HS256")
        assert (await post(http, ME, {"Authorization": f"Bearer {hs}"})).status_code == 401
        def b64(data: bytes) -> str:
            return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

        head = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
        body = b64(json.dumps(_claims(role="admin")).encode())
        sig = b64(hmac.new(public_pem.encode(), f"{head}.{body}".encode(), hashlib.sha256).digest())
        confused = f"{head}.{body}.{sig}"
        assert (await post(http, ME, {"Authorization": f"Bearer {confused}"})).status_code == 401


async def test_auth_disabled_is_refused_in_production(settings: Settings) -> None:
    with pytest.raises(ValueError, match="refused in production"):
        Settings(_env_file=None, environment="production", auth_enabled=False)  # type: ignore[call-arg]
    open_app = create_app(settings.model_copy(update={"auth_enabled": False}))
    async with serving(open_app) as http:
        me = (await post(http, ME)).json()["data"]["me"]
        assert me["via"] == "disabled" and me["role"] == "ADMIN"


# ---------------------------------------------------------------------------- CLI
def test_kg_users_cli(settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from guanxi.cli import app as cli
    from guanxi.settings import get_settings

    monkeypatch.setenv("NEO4J_URI", settings.effective_neo4j_uri)
    monkeypatch.setenv("NEO4J_PASSWORD", settings.neo4j_password.get_secret_value())
    monkeypatch.setenv("NEO4J_HOME", str(tmp_path))
    get_settings.cache_clear()
    runner = CliRunner()
    try:
        created = runner.invoke(cli, ["users", "create", "--name", "ci-bot", "--role", "analyst"])
        assert created.exit_code == 0, created.output
        key = created.output.strip().splitlines()[-1]
        key_id = key.split("_")[1]
        listed = runner.invoke(cli, ["users", "list"])
        assert key_id in listed.output and "ci-bot" in listed.output and key not in listed.output
        assert runner.invoke(cli, ["users", "create", "--name", "x", "--role", "root"]).exit_code != 0
        revoked = runner.invoke(cli, ["users", "revoke", key_id])
        assert revoked.exit_code == 0 and "revoked" in revoked.output
        assert runner.invoke(cli, ["users", "revoke", "nope"]).exit_code != 0

        first = runner.invoke(cli, ["users", "ensure-demo-admin"])
        assert first.exit_code == 0, first.output
        demo = next(ln for ln in first.output.splitlines() if ln.startswith("gxk_"))
        second = runner.invoke(cli, ["users", "ensure-demo-admin"])
        assert demo in second.output  # a second `make run` prints the same key
        assert (tmp_path / "demo-admin-key").read_text().strip() == demo
        assert oct((tmp_path / "demo-admin-key").stat().st_mode)[-3:] == "600"
    finally:
        get_settings.cache_clear()


async def test_demo_admin_key_survives_a_wiped_database(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, driver: AsyncDriver
) -> None:
    from guanxi.cli import app as cli
    from guanxi.settings import get_settings

    monkeypatch.setenv("NEO4J_URI", settings.effective_neo4j_uri)
    monkeypatch.setenv("NEO4J_HOME", str(tmp_path))
    get_settings.cache_clear()
    runner = CliRunner()
    try:
        out = await asyncio.to_thread(runner.invoke, cli, ["users", "ensure-demo-admin"])
        key = next(ln for ln in out.output.splitlines() if ln.startswith("gxk_"))
        await driver.execute_query("MATCH (k:ApiKey {id: $id}) DETACH DELETE k", id=key.split("_")[1],
                                   database_=settings.neo4j_database)
        again = await asyncio.to_thread(runner.invoke, cli, ["users", "ensure-demo-admin"])
        assert key in again.output
        app = create_app(settings)
        async with serving(app) as http:
            me = (await post(http, ME, {"X-API-Key": key})).json()["data"]["me"]
            assert me["role"] == "ADMIN" and me["name"] == "demo-admin"
    finally:
        get_settings.cache_clear()


def test_auth_headers_helper_is_admin() -> None:
    token = auth_headers()["Authorization"].split()[1]
    claims = jwt.decode(token, TEST_JWT_SECRET, algorithms=["HS256"], audience=TEST_JWT_AUDIENCE)
    assert claims["role"] == "admin"
