"""Property-based fuzz of the whole schema with hypothesis-graphql: queries and mutations generated from
`schema.graphql`, sent as an admin to the real app on a small graph. No answer may be a server error
(HTTP 5xx or INTERNAL_SERVER_ERROR); every other error must carry a code.

GUANXI_FUZZ_EXAMPLES (default 1,000: 600 queries + 400 mutations, derandomized) bounds it.
"""

from __future__ import annotations

import base64
import datetime as dt
import os

import httpx
import pytest
import pytest_asyncio
from graphql import NullValueNode, StringValueNode
from graphql import build_schema as build_sdl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import strategies as gql_st
from neo4j import AsyncDriver

from graph.bundle import Bundle, DocumentIn, OrganizationIn, PersonIn
from graph.enums import DocumentKind, IntelSourceType, OrgRole
from graph.loader import load_bundle
from guanxi.cli.schema_cmd import SCHEMA_FILE
from guanxi.settings import Settings

pytestmark = pytest.mark.slow

TOTAL = int(os.environ.get("GUANXI_FUZZ_EXAMPLES", "1000"))
QUERIES = TOTAL * 6 // 10
MUTATIONS = TOTAL - QUERIES
SDL = SCHEMA_FILE.read_text(encoding="utf-8")
SEEN: dict[str, int] = {"queries": 0, "mutations": 0, "errors": 0}

ids = st.sampled_from(
    [base64.b64encode(f"{t}:{i}".encode()).decode() for t, i in
     (("Organization", "hx"), ("Organization", "yh"), ("Contact", "zhang"), ("Document", "d1"),
      ("Opportunity", "nope"))]
    + ["", "!!", "T3JnYW5pemF0aW9uOg=="]
)
SCALARS = {
    "Date": st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 1, 1)).map(
        lambda d: StringValueNode(value=d.isoformat())),
    "DateTime": st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2035, 1, 1)).map(
        lambda d: StringValueNode(value=d.isoformat() + "Z")),
    "ID": ids.map(lambda v: StringValueNode(value=v)),
    "JSON": st.just(StringValueNode(value="{}")),
    "Upload": st.just(NullValueNode()),
}
# Fields that need real files or would cost minutes of NLP on random text are left to their own tests.
SKIP_MUTATIONS = {"uploadDocuments"}


def _mutation_fields() -> list[str]:
    schema = build_sdl(SDL)
    assert schema.mutation_type is not None
    return sorted(set(schema.mutation_type.fields) - SKIP_MUTATIONS)


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def fuzz_graph(driver: AsyncDriver, settings: Settings) -> None:
    from tests.conftest import wipe

    await wipe(driver, settings.neo4j_database)
    await load_bundle(driver, settings.neo4j_database, Bundle(
        organizations=[OrganizationIn(id="hx", name="华信银行", roles=[OrgRole.CUSTOMER]),
                       OrganizationIn(id="yh", name="云衡", roles=[OrgRole.COMPETITOR])],
        persons=[PersonIn(id="zhang", name="张建国")],
        documents=[DocumentIn(id="d1", kind=DocumentKind.VISIT_NOTE, text="张总支持我们", customer_id="hx",
                              source_type=IntelSourceType.INSIDER, source_identity="老李")],
    ))


async def _check(client: httpx.AsyncClient, document: str) -> None:
    response = await client.post("/graphql", json={"query": document})
    assert response.status_code < 500, (document, response.status_code, response.text[:500])
    if response.status_code != 200:
        assert response.json()["errors"][0]["extensions"]["code"], document
        return
    body = response.json()
    for error in body.get("errors") or []:
        SEEN["errors"] += 1
        code = (error.get("extensions") or {}).get("code")
        assert code and code != "INTERNAL_SERVER_ERROR", (document, error)


@pytest.mark.usefixtures("fuzz_graph")
@settings(max_examples=QUERIES, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
@given(document=gql_st.queries(SDL, custom_scalars=SCALARS))
async def test_fuzz_queries(client: httpx.AsyncClient, document: str) -> None:
    SEEN["queries"] += 1
    await _check(client, document)


@pytest.mark.usefixtures("fuzz_graph")
@settings(max_examples=MUTATIONS, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
@given(document=gql_st.mutations(SDL, fields=_mutation_fields(), custom_scalars=SCALARS))
async def test_fuzz_mutations(client: httpx.AsyncClient, document: str) -> None:
    SEEN["mutations"] += 1
    await _check(client, document)


def test_fuzz_ran_the_bound() -> None:
    """Reported in the summary: how many documents were generated and how many answered with an error."""
    print(f"\nfuzz: {SEEN['queries']} queries + {SEEN['mutations']} mutations, "
          f"{SEEN['errors']} client errors (coded), 0 server errors")
    assert SEEN["queries"] + SEEN["mutations"] >= min(TOTAL, 1000) * 0.95
