"""GraphQL hardening: depth/alias/token/cost limits, page size, introspection, masked errors, body size,
rate limit, transaction timeouts, and hostile inputs each answered with a clear error."""

from __future__ import annotations

import time

import httpx
import pytest
from neo4j import AsyncDriver
from neo4j.exceptions import ClientError

from api.app import create_app
from graph.bundle import Bundle, OrganizationIn
from graph.enums import OrgRole
from graph.loader import load_bundle
from graph.repositories.base import Repository
from guanxi.settings import Settings
from tests.conftest import auth_headers, serving


def codes(body: dict) -> list[str]:
    return [e.get("extensions", {}).get("code") for e in body.get("errors") or []]


async def gql(client: httpx.AsyncClient, query: str, variables: dict | None = None) -> dict:
    response = await client.post("/graphql", json={"query": query, "variables": variables or {}})
    assert response.status_code == 200, response.text
    return response.json()


async def test_depth_limit(client: httpx.AsyncClient) -> None:
    levels = "employees { contact { employments { organization { " * 4
    deep = "{ ourCompany { " + levels + "name" + " } } } }" * 4 + " } }"
    body = await gql(client, deep)
    assert body["data"] is None and "exceeds maximum operation depth" in body["errors"][0]["message"]


async def test_alias_limit(client: httpx.AsyncClient) -> None:
    many = "{ " + " ".join(f"a{i}: ourCompany {{ name }}" for i in range(31)) + " }"
    body = await gql(client, many)
    assert body["data"] is None and "aliases" in body["errors"][0]["message"]
    assert not (await gql(client, "{ " + " ".join(f"a{i}: ourCompany {{ name }}" for i in range(5)) + " }"))\
        .get("errors")


async def test_token_limit(client: httpx.AsyncClient) -> None:
    huge = "{ ourCompany { " + " ".join(["name"] * 2500) + " } }"
    body = await gql(client, huge)
    assert body["data"] is None and "tokens" in body["errors"][0]["message"]


async def test_cost_limit(client: httpx.AsyncClient) -> None:
    expensive = ("{ organizations(first: 100) { nodes { employees { contact { employments { organization "
                 "{ employees { contact { name } } } } } } } } }")
    body = await gql(client, expensive)
    assert codes(body) == ["QUERY_TOO_COMPLEX"]
    assert body["errors"][0]["extensions"]["cost"] > body["errors"][0]["extensions"]["maxCost"]
    # the page size read from a variable counts too
    q = ("query($n: Int) { organizations(first: $n) { nodes { employees { contact { employments { organization "
         "{ employees { contact { name } } } } } } } } }")
    assert codes(await gql(client, q, {"n": 100})) == ["QUERY_TOO_COMPLEX"]
    assert not (await gql(client, q, {"n": 5})).get("errors")


async def test_max_page_size(client: httpx.AsyncClient) -> None:
    body = await gql(client, "{ organizations(first: 101) { totalCount } }")
    assert codes(body) == ["BAD_REQUEST"] and "at most 100" in body["errors"][0]["message"]


async def test_introspection_on_in_dev_off_in_production(settings: Settings, client: httpx.AsyncClient) -> None:
    assert (await gql(client, "{ __schema { queryType { name } } }"))["data"]["__schema"]
    prod = create_app(settings.model_copy(update={"environment": "production"}))
    async with serving(prod, auth_headers()) as http:
        body = (await http.post("/graphql", json={"query": "{ __schema { queryType { name } } }"})).json()
        assert body["data"] is None and "introspection" in body["errors"][0]["message"].lower()
        ok = (await http.post("/graphql", json={"query": "{ me { role } }"})).json()
        assert ok["data"]["me"]["role"] == "ADMIN"


async def test_bad_variables_are_client_errors_not_server_errors(client: httpx.AsyncClient) -> None:
    for query, variables in (
        ("query($n: Int) { organizations(first: $n) { totalCount } }", {"n": "abc"}),
        ("mutation($i: LinkInput!) { link(input: $i) { changed } }", {"i": {}}),
        ("query($d: Date) { decisionChain(customer: \"x\", asOf: $d) { __typename } }", {"d": "2024-13-45"}),
    ):
        body = await gql(client, query, variables)
        assert body["errors"] and "INTERNAL_SERVER_ERROR" not in codes(body), body


async def test_body_size_limit(settings: Settings, client: httpx.AsyncClient) -> None:
    limit = settings.max_body_bytes
    big = {"query": "{ ourCompany { name } }", "variables": {"pad": "x" * (limit + 10)}}
    response = await client.post("/graphql", json=big)
    assert response.status_code == 413
    assert response.json()["errors"][0]["extensions"]["code"] == "PAYLOAD_TOO_LARGE"

    async def chunks():  # no Content-Length: cut off while streaming
        for _ in range(limit // 65536 + 2):
            yield b"x" * 65536

    response = await client.post("/graphql", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413


async def test_rate_limit_per_key(settings: Settings) -> None:
    # one token a minute after a burst of 3: a slow machine cannot refill the bucket mid-test
    limited = create_app(settings.model_copy(update={"rate_limit_per_minute": 1, "rate_limit_burst": 3}))
    async with serving(limited) as http:
        a, b = auth_headers("viewer", "a"), auth_headers("viewer", "b")
        statuses = [(await http.post("/graphql", json={"query": "{ me { id } }"}, headers=a)).status_code
                    for _ in range(4)]
        assert statuses == [200, 200, 200, 429]
        refused = await http.post("/graphql", json={"query": "{ me { id } }"}, headers=a)
        assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1
        assert refused.json()["errors"][0]["extensions"]["code"] == "RATE_LIMITED"
        # another key has its own bucket; health checks are never limited
        assert (await http.post("/graphql", json={"query": "{ me { id } }"}, headers=b)).status_code == 200
        assert (await http.get("/healthz")).status_code == 200


async def test_transaction_timeout_stops_a_runaway_query(
    settings: Settings, driver: AsyncDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    import graph.repositories.base as base

    monkeypatch.setattr(base, "cypher", lambda name: "UNWIND range(1, 1000000000) AS x RETURN sum(x) AS s")
    repo = Repository(driver, settings.neo4j_database, settings.model_copy(update={"neo4j_tx_timeout_s": 1.0}))
    started = time.perf_counter()
    with pytest.raises(ClientError) as info:
        await repo.read("anything")
    assert "Timeout" in (info.value.code or "") or "timeout" in str(info.value).lower()
    assert time.perf_counter() - started < 20


# ---------------------------------------------------------------------------- hostile inputs
INJECTIONS = [
    "' OR 1=1 //",
    '"}) MATCH (n) DETACH DELETE n //',
    "x' }) WITH 1 AS a MATCH (n) DETACH DELETE n RETURN 1 //",
    "`; CALL db.clearQueryCaches(); //",
    "$param {id: 1}",
    "*:*",
    "name:(a OR b)^10 AND \"unterminated",
    "a~ b~0.1 c* ?d [a TO z] {!} && || - + ! ( ) { } [ ] ^ \" ~ * ? : \\ /",
    "\\",
    "\u0000\u0001\u202e华信\ufffd",
    "😀" * 50,
]


async def test_injection_strings_change_nothing(
    clean_db: AsyncDriver, settings: Settings, client: httpx.AsyncClient
) -> None:
    bundle = Bundle(organizations=[OrganizationIn(id="hx", name="华信银行", roles=[OrgRole.CUSTOMER])])
    await load_bundle(clean_db, settings.neo4j_database, bundle)
    queries = [
        "query($q: String) { organizations(filter: {query: $q}) { totalCount } }",
        "query($q: String) { contacts(filter: {query: $q, titleContains: $q}) { totalCount } }",
        "query($q: String) { products(query: $q) { totalCount } }",
        "query($q: String!) { analyzeText(text: $q) { __typename } }",
        "query($q: ID!) { node(id: $q) { id } }",
        "query($q: String) { auditLog(principal: $q, operation: $q) { totalCount } }",
    ]
    for q in INJECTIONS:
        for query in queries:
            body = await gql(client, query, {"q": q})
            assert "INTERNAL_SERVER_ERROR" not in codes(body), (q, query, body)
        body = await gql(client, "mutation($n: String!) { upsertOrganization(input: {name: $n}) { name } }",
                         {"n": q})
        assert "INTERNAL_SERVER_ERROR" not in codes(body), (q, body)
        if not body.get("errors"):
            assert body["data"]["upsertOrganization"]["name"] == q.strip()  # stored as data, verbatim
    records, _, _ = await clean_db.execute_query(
        "MATCH (o:Organization {id: 'hx'}) RETURN o.name AS name", database_=settings.neo4j_database
    )
    assert records[0]["name"] == "华信银行"


async def test_huge_strings_and_deep_nesting(client: httpx.AsyncClient) -> None:
    long_name = "华" * 100_000
    body = await gql(client, "mutation($n: String!) { upsertOrganization(input: {name: $n}) { name } }",
                     {"n": long_name})
    assert codes(body) == ["VALIDATION_FAILED"]
    body = await gql(client, "query($q: String) { organizations(filter: {query: $q}) { totalCount } }",
                     {"q": long_name})
    assert "INTERNAL_SERVER_ERROR" not in codes(body)
    # deeply nested input values and selections
    nested = "{ organizations(filter: {competitorsSome: {ids: [" + "[" * 200 + "]" * 200 + "]}}) { totalCount } }"
    assert (await gql(client, nested))["errors"]
    selection = "{ ourCompany " + "{ employees { contact { employments { organization " * 40 + "{ name }" + \
                " } } } }" * 40 + " }"
    body = await gql(client, selection)
    assert body["data"] is None and body["errors"]


@pytest.mark.parametrize(
    "content",
    [
        b"\xff\xfe\xfa not utf-8",
        b'{"query": "{ ourCompany { name } }\xff"}',
        b'{"query": ',
        b"[]",
        b'{"query": 42}',
        b'{"query": "{ ourCompany { name } }", "variables": "nope"}',
        b"\x00" * 100,
    ],
)
async def test_malformed_bodies_are_4xx(client: httpx.AsyncClient, content: bytes) -> None:
    response = await client.post("/graphql", content=content, headers={"content-type": "application/json"})
    assert 400 <= response.status_code < 500 or (
        response.status_code == 200 and response.json().get("errors")
    ), (content, response.status_code, response.text)
    assert response.status_code != 500
