"""GraphQL vs hand-written Cypher: the same questions, over Guanxi's HTTP API and over the Bolt driver.

Five questions (bench/queries/<name>.graphql and <name>.cypher): the decision chain of one deal, a warm
path from one of our reps to a contact, the competitor landscape of one account, a nested list
(customers → current employees → decision roles) and a document search. The Cypher side runs in the
bench process with the async driver (one `execute_query` per question, records turned into dicts);
the GraphQL side is a POST to the API served by uvicorn in its own process. Target: GraphQL p50 ≤ 1.3×
raw Cypher.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from guanxi.bench.common import Targets, Timing, cypher_text, graphql_caller, measure_interleaved, query_text
from guanxi.settings import Settings

QUERIES = ["decision_chain", "warm_path", "competitor_landscape", "customers_contacts_roles", "search"]


def cypher_params(targets: Targets) -> dict[str, Any]:
    from graph.search_query import build, parse

    return {**targets.variables(), "asOf": dt.date.today(), "lucene": build(parse(targets.search)).lucene}


async def run(
    settings: Settings,
    url: str,
    headers: dict[str, str],
    targets: Targets,
    *,
    queries: list[str] | None = None,
    requests: int,
    concurrency: int,
    warmup: int,
) -> list[Timing]:
    from graph.driver import make_async_driver

    variables = targets.variables()
    params = cypher_params(targets)
    timings: list[Timing] = []
    driver = make_async_driver(settings)
    try:
        async with graphql_caller(url, headers, connections=concurrency) as gql:
            for name in queries or QUERIES:
                document = query_text(f"{name}.graphql")
                statement = cypher_text(f"{name}.cypher")
                used = {k: v for k, v in params.items() if f"${k}" in statement}

                async def via_cypher(statement: str = statement, used: dict[str, Any] = used) -> Any:
                    records, _, _ = await driver.execute_query(
                        statement, used, database_=settings.neo4j_database, routing_="r"
                    )
                    return [r.data() for r in records]

                async def via_graphql(document: str = document) -> Any:
                    return await gql(document, variables)

                timings += await measure_interleaved(
                    name,
                    {"cypher": via_cypher, "guanxi": via_graphql},
                    requests=requests,
                    concurrency=concurrency,
                    warmup=warmup,
                )
    finally:
        await driver.close()
    return timings
