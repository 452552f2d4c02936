"""Look-ahead planning of `organizations { nodes { employees { contact { roles } } } }` (api/lookahead.py)
and the parsed-document cache (api/document_cache.py): the same answers as the per-level path, for
every role (viewers see null for sensitive sources either way), in fewer Cypher round trips."""

from __future__ import annotations

import base64
import datetime as dt
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from neo4j import AsyncDriver

import api.lookahead
from api.ids import node_id
from api.schema import build_schema
from graph.bundle import Bundle, DocumentIn, EmploymentIn, OrganizationIn, PersonIn, RoleIn
from graph.enums import DecisionRole, DocumentKind, IntelSourceType, OrgRole
from graph.loader import load_bundle
from graph.queries import CYPHER_DIR, cypher
from graph.repositories.organizations import OrganizationFilter
from guanxi.demo import generate
from guanxi.settings import Settings
from tests.conftest import auth_headers


def gid(type_name: str, raw: str) -> str:
    return base64.b64encode(f"{type_name}:{raw}".encode()).decode()


EMPLOYMENT = """title since until current
  provenance { evidence confidence firstSeen lastSeen curated sources { id sourceType sourceIdentity } }
  contact { id name aliases email phone isRep candidate currentEmployment { title organization { name } }
            roles { role weight power holderKind scopeKind
                    provenance { evidence curated sources { id sourceType sourceIdentity } }
                    holder { ... on Contact { id name } ... on OrgUnit { id name } }
                    opportunity { id name } account { id name } } }"""

QUERIES = {
    "nodes": "query($first: Int) { organizations(filter: {roles: [CUSTOMER]}, first: $first) { totalCount "
    "pageInfo { hasNextPage endCursor } nodes { id name industry employees { " + EMPLOYMENT + " } } } }",
    "edges+fragment": "fragment E on Employment { " + EMPLOYMENT + " } "
    "query($first: Int) { organizations(first: $first, orderBy: NAME) { edges { cursor node { name "
    "staff: employees { ...E } again: employees { title } } } } }",
    "no roles": "query($first: Int) { organizations(filter: {roles: [CUSTOMER]}, first: $first) { "
    "nodes { name employees { title contact { name stanceTowardUs { stance } } } } } }",
}


def sensitive_account() -> Bundle:
    """An employment and a role whose only source is an insider's tip: a viewer must not see its source."""
    return Bundle(
        organizations=[OrganizationIn(id="zz", name="中泽银行", roles=[OrgRole.CUSTOMER])],
        persons=[PersonIn(id="zz-a", name="艾总"), PersonIn(id="zz-b", name="艾总")],  # same name: tie-break
        documents=[
            DocumentIn(
                id="zz-tip",
                kind=DocumentKind.VISIT_NOTE,
                text="内部消息：艾总负责拍板",
                date=dt.date(2025, 5, 1),
                customer_id="zz",
                source_type=IntelSourceType.INSIDER,
                source_identity="科技部某处长",
            )
        ],
        employments=[
            EmploymentIn(person_id="zz-a", org_id="zz", title="行长", sources=["zz-tip"], evidence="艾总负责拍板"),
            EmploymentIn(person_id="zz-b", org_id="zz", title="副行长"),
        ],
        roles=[
            RoleIn(holder_id="zz-a", role=DecisionRole.DECIDER, org_id="zz", weight=0.9, sources=["zz-tip"]),
            RoleIn(holder_id="zz-a", role=DecisionRole.EVALUATOR, org_id="zz", weight=0.2),
        ],
    )


async def _run(app: FastAPI, role: str, query: str, lookahead: bool) -> tuple[dict[str, Any], int]:
    api.lookahead.ENABLED = lookahead
    try:
        transport = httpx.ASGITransport(app=app)  # the session app, its lifespan already running
        async with httpx.AsyncClient(transport=transport, base_url="http://t", headers=auth_headers(role)) as http:
            stats = app.state.services.stats
            before = stats.round_trips
            body = (await http.post("/graphql", json={"query": query, "variables": {"first": 8}})).json()
            trips = stats.round_trips - before
    finally:
        api.lookahead.ENABLED = True
    assert not body.get("errors"), body["errors"]
    data: dict[str, Any] = body["data"]
    return data, trips


@pytest.fixture
async def demo_graph(clean_db: AsyncDriver, settings: Settings) -> None:
    await load_bundle(clean_db, settings.neo4j_database, generate(accounts=4, seed=11))
    await load_bundle(clean_db, settings.neo4j_database, sensitive_account())


@pytest.mark.parametrize("shape", sorted(QUERIES))
async def test_lookahead_returns_exactly_the_per_level_data_in_fewer_round_trips(
    demo_graph: None, app: FastAPI, shape: str
) -> None:
    query = QUERIES[shape]
    for role in ("viewer", "analyst", "admin"):
        per_level, per_level_trips = await _run(app, role, query, lookahead=False)
        ahead, ahead_trips = await _run(app, role, query, lookahead=True)
        assert ahead == per_level, (shape, role)
        # the page + employments (+ roles) were one statement each; now one for all of them
        assert ahead_trips < per_level_trips, (shape, role, ahead_trips, per_level_trips)
    orgs = [e["node"] for e in ahead["organizations"]["edges"]] if "edges" in ahead["organizations"] else (
        ahead["organizations"]["nodes"]
    )
    assert sum(len(o.get("employees") or o.get("staff") or []) for o in orgs) > 10  # a real, nested answer


async def test_lookahead_round_trips_and_sensitive_sources(demo_graph: None, app: FastAPI) -> None:
    query = QUERIES["nodes"]
    viewer, trips = await _run(app, "viewer", query, lookahead=True)
    admin, _ = await _run(app, "admin", query, lookahead=True)
    _, per_level_trips = await _run(app, "viewer", query, lookahead=False)
    # page + employees + contacts + roles: one statement instead of three; the other levels
    # (sources, current employment, opportunity, account) still go through their loaders, whose
    # batches depend on when each level resolves
    assert trips < per_level_trips
    bench_shape = (
        "query($first: Int) { organizations(filter: {roles: [CUSTOMER]}, first: $first) { nodes { id name "
        "industry employees { title contact { id name roles { role weight } } } } } }"
    )
    assert (await _run(app, "viewer", bench_shape, lookahead=True))[1] == 1
    assert (await _run(app, "viewer", bench_shape, lookahead=False))[1] == 3

    def employees(data: dict[str, Any]) -> list[dict[str, Any]]:
        (zz,) = [o for o in data["organizations"]["nodes"] if o["name"] == "中泽银行"]
        return list(zz["employees"])

    assert [e["contact"]["name"] for e in employees(admin)] == ["艾总", "艾总"]
    tip = employees(admin)[0]["provenance"]["sources"]
    assert tip == [{"id": tip[0]["id"], "sourceType": "INSIDER", "sourceIdentity": "科技部某处长"}]
    hidden = employees(viewer)[0]["provenance"]["sources"]
    assert hidden == [{"id": tip[0]["id"], "sourceType": None, "sourceIdentity": None}]
    roles = employees(viewer)[0]["contact"]["roles"]
    assert [r["role"] for r in roles] == ["DECIDER", "EVALUATOR"]
    assert roles[0]["provenance"]["sources"][0]["sourceType"] is None


def test_nested_statement_keeps_the_list_filter_and_order() -> None:
    """organization_list_nested = organization_list's filter and ordering + the nested projection."""

    def head(name: str) -> str:
        return cypher(name).split("WITH collect(o) AS matched")[0]

    assert head("organization_list_nested") == head("organization_list")
    assert (CYPHER_DIR / "organization_list_nested.cypher").is_file()


async def test_document_cache_reuses_valid_documents_only(settings: Settings) -> None:
    strict = settings.model_copy(update={"graphql_max_depth": 3, "environment": "production"})
    schema = build_schema(strict)
    cache = schema.document_cache  # type: ignore[attr-defined]
    ok = "{ __typename }"
    for _ in range(3):
        result = await schema.execute(ok)
        assert result.errors is None and result.data == {"__typename": "Query"}
    assert len(cache) == 1 and cache.hits == 2

    too_deep = "{ organizations { nodes { employees { contact { name } } } } }"
    unknown = "{ nope }"
    introspection = "{ __schema { types { name } } }"
    for query in (too_deep, unknown, introspection):
        for _ in range(2):  # refused every time: never cached
            result = await schema.execute(query)
            assert result.errors, query
    assert len(cache) == 1
    # a fresh schema (other settings, other rules) has its own cache
    assert len(build_schema(settings).document_cache) == 0  # type: ignore[attr-defined]


def test_document_rows_statement_keeps_the_filter_and_order() -> None:
    def head(name: str, marker: str) -> str:
        return cypher(name).split(marker)[0]

    assert head("document_rows_by_customer", "WITH collect(d) AS matched") == head(
        "document_list_by_customer", "WITH collect(d.id) AS matched"
    )


async def test_customer_documents_and_maker_products_come_with_their_rows(demo_graph: None, app: FastAPI) -> None:
    """documents(filter: {customer}) returns the rows of the page at once, and organisation → products
    primes the product loader: the same answers as ids + the by-id statements, in fewer round trips."""
    entities = app.state.services.entities
    ids, total = await entities.list_document_ids(skip=0, limit=20, customerId="zz")
    expected_docs = await entities.documents(ids)
    docs_query = (
        'query($first: Int) { documents(filter: {customer: "' + gid("Organization", "zz")
        + '"}, first: $first) { totalCount nodes { id title kind date text sourceType sourceIdentity '
        "author { id } customer { id name } } } }"
    )
    for role, hidden in (("admin", False), ("viewer", True)):
        data, trips = await _run(app, role, docs_query, lookahead=True)
        nodes = data["documents"]["nodes"]
        assert data["documents"]["totalCount"] == total == 1
        assert [node_id(n["id"]) for n in nodes] == ids
        row = expected_docs[ids[0]]
        assert nodes[0]["text"] == row["text"] and nodes[0]["customer"] == {
            "id": gid("Organization", "zz"), "name": "中泽银行"}
        assert nodes[0]["sourceType"] == (None if hidden else "INSIDER")
        assert trips == 2  # the page with its rows; the customer (no author)

    products_query = (
        "query($first: Int) { organizations(filter: {roles: [COMPETITOR]}, first: $first) { nodes { id "
        "products { id name aliases category candidate maker { id } } } } }"
    )
    data, trips = await _run(app, "viewer", products_query, lookahead=True)
    makers = [node_id(o["id"]) for o in data["organizations"]["nodes"]]
    by_maker = await entities.products_by_maker(makers)
    rows = await entities.products([i for ids in by_maker.values() for i in ids])
    seen = 0
    for org in data["organizations"]["nodes"]:
        maker = node_id(org["id"])
        assert sorted(node_id(p["id"]) for p in org["products"]) == sorted(by_maker.get(maker, []))
        for p in org["products"]:
            row = rows[node_id(p["id"])]
            assert (p["name"], p["aliases"], p["category"], p["candidate"]) == (
                row["name"], row.get("aliases") or [], row.get("category"), bool(row.get("candidate")))
            assert p["maker"]["id"] == org["id"]
            seen += 1
    assert seen > 3
    assert trips == 2  # the page (primes its organisations, the makers), the products with their rows


async def test_cost_estimates_are_cached_per_integer_variables(settings: Settings) -> None:
    schema = build_schema(settings.model_copy(update={"graphql_max_cost": 500}))
    query = "query($first: Int) { organizations(first: $first) { nodes { employees { title } } } }"

    async def code(first: int) -> str | None:
        result = await schema.execute(query, variable_values={"first": first})
        codes = [(e.extensions or {}).get("code") for e in result.errors or []]
        return "QUERY_TOO_COMPLEX" if "QUERY_TOO_COMPLEX" in codes else None

    for _ in range(2):  # the cached estimate of one `first` never answers for another
        assert await code(100) == "QUERY_TOO_COMPLEX"
        assert await code(2) is None


async def test_relations_prime_the_other_organisation(demo_graph: None, app: FastAPI) -> None:
    orgs = app.state.services.organizations
    rows, _ = await orgs.list(OrganizationFilter(roles=("Competitor",)), skip=0, limit=5)
    query = (
        "query($first: Int) { organizations(filter: {roles: [COMPETITOR]}, first: $first) { nodes { id "
        "relations { type contractEnd source { id name roles industry } target { id name roles industry } } } } }"
    )
    data, trips = await _run(app, "viewer", query, lookahead=True)
    assert trips == 2  # the page (primes its organisations), the relations with the other side's rows
    ends = {node_id(o["source"]["id"]) for n in data["organizations"]["nodes"] for o in n["relations"]} | {
        node_id(o["target"]["id"]) for n in data["organizations"]["nodes"] for o in n["relations"]
    }
    expected = await orgs.get_by_ids(sorted(ends))
    for n in data["organizations"]["nodes"]:
        for rel in n["relations"]:
            for side in (rel["source"], rel["target"]):
                row = expected[node_id(side["id"])]
                assert (side["name"], side["industry"]) == (row["name"], row.get("industry"))
    assert len(ends) > 3 and rows


async def test_read_values_gives_the_rows_of_read(demo_graph: None, app: FastAPI) -> None:
    """The repositories read map-projection statements without Record.data(): same rows."""
    e = app.state.services.entities
    orgs = [o["id"] for o in (await e.read("organization_list", skip=0, limit=50, orderBy="NAME",
                                            **OrganizationFilter().params()))[0]["orgs"]]
    persons = [p["row"]["personId"] for p in await e.read("employment_by_orgs", ids=orgs, currentOnly=True,
                                                          asOf=dt.date.today())]
    cases = [
        ("organization_get_by_ids", {"ids": orgs}),
        ("employment_by_orgs", {"ids": orgs, "currentOnly": True, "asOf": dt.date.today()}),
        ("employment_by_persons", {"ids": persons}),
        ("role_by_holders", {"ids": persons}),
        ("org_relation_rows_by_orgs", {"ids": orgs}),
        ("product_rows_by_makers", {"ids": orgs}),
        ("stance_by_holders", {"ids": persons}),
        ("organization_list_nested", {"skip": 0, "limit": 50, "orderBy": "NAME", "withRoles": True,
                                      "asOf": dt.date.today(), **OrganizationFilter().params()}),
    ]
    for name, params in cases:
        assert await e.read_values(name, **params) == await e.read(name, **params), name
    assert len(persons) > 10
