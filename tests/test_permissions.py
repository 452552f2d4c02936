"""Authorisation as a full matrix: every role × every mutation, and every role × every sensitive field.

Mutations are called with placeholder arguments generated from the schema: what matters is whether the
permission check lets the call through (then the resolver answers, typically NOT_FOUND/validation) or
refuses it with FORBIDDEN before anything ran.
"""

from __future__ import annotations

import base64
import datetime as dt
from typing import Any

import httpx
import pytest
from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLScalarType,
    Undefined,
)
from neo4j import AsyncDriver

from api.schema import build_schema
from graph.bundle import Bundle, DocumentIn, OrganizationIn
from graph.enums import SENSITIVE_SOURCE_TYPES, DocumentKind, IntelSourceType, OrgRole
from graph.loader import load_bundle
from guanxi.settings import Settings
from tests.conftest import auth_headers

RANK = {"viewer": 0, "analyst": 1, "admin": 2}
ROLES = list(RANK)

# The policy, written out once more by hand: a new mutation fails this test until it is placed here.
EXPECTED: dict[str, str] = {
    "upsertOrganization": "analyst",
    "upsertContact": "analyst",
    "upsertProduct": "analyst",
    "upsertOrgUnit": "analyst",
    "upsertOpportunity": "analyst",
    "setEmployment": "analyst",
    "link": "analyst",
    "unlink": "analyst",
    "setRole": "analyst",
    "removeRole": "analyst",
    "recordStance": "analyst",
    "uploadDocuments": "analyst",
    "judge": "analyst",  # extraction review: same / not the same entity
    "mergeEntities": "admin",
    "deleteEntity": "admin",
    "deleteDocument": "admin",
    "createApiKey": "admin",
    "revokeApiKey": "admin",
    # saved searches (api/mutations/search.py) are the caller's own alerts, not graph facts
    "saveSearch": "viewer",
    "deleteSavedSearch": "viewer",
    "markSavedSearchChecked": "viewer",
}
# Mutations of other modules whose role is decided but not known to this list yet are reported, not
# guessed: see test_every_mutation_is_in_the_matrix.

NOWHERE = base64.b64encode(b"Organization:no-such-entity").decode()


def _placeholder(gtype: Any) -> Any:
    """A syntactically valid value of a GraphQL input type (required parts only)."""
    if isinstance(gtype, GraphQLNonNull):
        return _placeholder(gtype.of_type)
    if isinstance(gtype, GraphQLList):
        return []
    if isinstance(gtype, GraphQLEnumType):
        return next(iter(gtype.values))
    if isinstance(gtype, GraphQLInputObjectType):
        return {
            name: _placeholder(field.type)
            for name, field in gtype.fields.items()
            if isinstance(field.type, GraphQLNonNull) and field.default_value is Undefined
        }
    assert isinstance(gtype, GraphQLScalarType)
    return {
        "String": "permission-matrix",
        "ID": NOWHERE,
        "GlobalID": NOWHERE,
        "Int": 1,
        "Float": 0.5,
        "Boolean": False,
        "Date": "2024-01-01",
        "DateTime": "2024-01-01T00:00:00Z",
        "JSON": {},
    }.get(gtype.name, "x")


def mutation_documents() -> dict[str, tuple[str, dict[str, Any]]]:
    """name → (document, variables) calling the mutation with placeholder arguments."""
    schema = build_schema()._schema
    assert schema.mutation_type is not None
    out = {}
    for name, field in schema.mutation_type.fields.items():
        var_defs, args, variables = [], [], {}
        for arg_name, arg in field.args.items():
            if not isinstance(arg.type, GraphQLNonNull):
                continue
            var_defs.append(f"${arg_name}: {arg.type}")
            args.append(f"{arg_name}: ${arg_name}")
            variables[arg_name] = _placeholder(arg.type)
        target = field.type.of_type if isinstance(field.type, GraphQLNonNull) else field.type
        selection = " { __typename }" if hasattr(target, "fields") or hasattr(target, "types") else ""
        header = f"({', '.join(var_defs)})" if var_defs else ""
        call = f"({', '.join(args)})" if args else ""
        out[name] = (f"mutation{header} {{ {name}{call}{selection} }}", variables)
    return out


def test_every_mutation_is_in_the_matrix() -> None:
    schema_mutations = set(mutation_documents())
    assert schema_mutations - set(EXPECTED) == set(), "decide their role in api/permissions.py and EXPECTED"
    assert set(EXPECTED) - schema_mutations == set()


@pytest.mark.parametrize("role", ROLES)
async def test_mutation_matrix(role: str, client: httpx.AsyncClient, anon_client: httpx.AsyncClient) -> None:
    headers = auth_headers(role)
    for name, (document, variables) in sorted(mutation_documents().items()):
        required = EXPECTED.get(name, "admin")
        # no credentials at all: refused before GraphQL runs
        anon = await anon_client.post("/graphql", json={"query": document, "variables": variables})
        assert anon.status_code == 401, name
        response = await client.post(
            "/graphql", json={"query": document, "variables": variables}, headers=headers
        )
        assert response.status_code == 200, (name, response.text)
        body = response.json()
        codes = [e.get("extensions", {}).get("code") for e in body.get("errors") or []]
        if RANK[role] >= RANK[required]:
            assert "FORBIDDEN" not in codes and "UNAUTHENTICATED" not in codes, (role, name, body)
            assert "GRAPHQL_VALIDATION_FAILED" not in codes, (name, body)  # the call itself was valid
        else:
            assert codes == ["FORBIDDEN"], (role, name, body)
            assert body["data"] is None or body["data"].get(name) is None


async def test_refused_mutation_changes_nothing_and_is_audited(
    clean_db: AsyncDriver, client: httpx.AsyncClient, settings: Settings
) -> None:
    query = 'mutation { upsertOrganization(input: {name: "越权公司"}) { id } }'
    body = (await client.post("/graphql", json={"query": query}, headers=auth_headers("viewer"))).json()
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    records, _, _ = await clean_db.execute_query(
        "MATCH (o:Organization {name: '越权公司'}) RETURN count(o) AS n", database_=settings.neo4j_database
    )
    assert records[0]["n"] == 0
    log = (await client.post("/graphql", json={"query": "{ auditLog(operation: \"upsertOrganization\") "
                                                        "{ nodes { principal role ok error } } }"})).json()
    assert {"principal": "jwt:test-viewer", "role": "viewer", "ok": False, "error": "FORBIDDEN"} in log[
        "data"]["auditLog"]["nodes"]


@pytest.mark.parametrize("role", ROLES)
async def test_admin_queries(role: str, client: httpx.AsyncClient) -> None:
    for query in ("{ auditLog { totalCount } }", "{ apiKeys { id } }"):
        body = (await client.post("/graphql", json={"query": query}, headers=auth_headers(role))).json()
        if role == "admin":
            assert not body.get("errors"), body
        else:
            assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    me = (await client.post("/graphql", json={"query": "{ me { role } }"}, headers=auth_headers(role))).json()
    assert me["data"]["me"]["role"] == role.upper()


# ---------------------------------------------------------------------------- sensitive fields
SOURCE_TYPES = [IntelSourceType.INSIDER, IntelSourceType.FORMER_EMPLOYEE, IntelSourceType.THIRD_PARTY,
                IntelSourceType.SALES_VISIT, IntelSourceType.MEDIA, None]


def _documents() -> Bundle:
    return Bundle(
        organizations=[OrganizationIn(id="hx", name="华信银行", roles=[OrgRole.CUSTOMER])],
        documents=[
            DocumentIn(
                id=f"d-{(t.value if t else 'none').lower()}",
                kind=DocumentKind.VISIT_NOTE,
                text=f"张总对云衡不满 ({t.value if t else 'unknown'})",
                date=dt.date(2024, 5, 1),
                customer_id="hx",
                source_type=t,
                source_identity=f"身份-{t.value if t else 'none'}",
            )
            for t in SOURCE_TYPES
        ],
    )


@pytest.mark.parametrize("role", ROLES)
async def test_sensitive_source_matrix(
    role: str, clean_db: AsyncDriver, settings: Settings, client: httpx.AsyncClient
) -> None:
    await load_bundle(clean_db, settings.neo4j_database, _documents())
    query = "{ documents(first: 50) { nodes { id text sourceType sourceIdentity } } }"
    body = (await client.post("/graphql", json={"query": query}, headers=auth_headers(role))).json()
    assert not body.get("errors"), body
    nodes = {n["text"].split("(")[1].rstrip(")"): n for n in body["data"]["documents"]["nodes"]}
    assert len(nodes) == len(SOURCE_TYPES)
    for t in SOURCE_TYPES:
        node = nodes[t.value if t else "unknown"]
        assert node["text"].startswith("张总对云衡不满")  # the fact is visible to every role
        sensitive = t is None or t in SENSITIVE_SOURCE_TYPES
        visible = RANK[role] >= RANK["analyst"] or not sensitive
        assert (node["sourceType"] is not None) == (visible and t is not None), (role, t, node)
        assert (node["sourceIdentity"] is not None) == visible, (role, t, node)

    # the same rule through `node(id)` and nested paths (stance → document, provenance → sources)
    gid = base64.b64encode(b"Document:d-insider").decode()
    one = (await client.post(
        "/graphql",
        json={"query": "query($id: ID!) { node(id: $id) { ... on Document { sourceType sourceIdentity } } }",
              "variables": {"id": gid}},
        headers=auth_headers(role),
    )).json()["data"]["node"]
    if role == "viewer":
        assert one == {"sourceType": None, "sourceIdentity": None}
    else:
        assert one == {"sourceType": "INSIDER", "sourceIdentity": "身份-INSIDER"}
