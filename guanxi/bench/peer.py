"""Guanxi vs the Neo4j GraphQL Library (@neo4j/graphql 7, Node): five equivalent nested reads.

The peer (`bench/peer/server.mjs`) maps Guanxi's labels and relationship types with
`@node`/`@relationship` (bench/peer/typeDefs.graphql) and serves its auto-generated API; each question
has a Guanxi document (bench/queries/<name>.graphql) and a peer document
(bench/queries/peer/<name>.graphql) returning the same fields. Both are real HTTP servers on loopback
over the same Neo4j and data, hit by the same client with the same concurrency, one after the other.
Targets: Guanxi p50 ≤ 1.0× and throughput ≥ 1.0× of the peer.
"""

from __future__ import annotations

from typing import Any

from guanxi.bench.common import Targets, Timing, graphql_caller, measure_interleaved, query_text

QUERIES = [
    "customers_contacts_roles",
    "opportunity_competitors_products",
    "competitor_incumbent_customers",
    "contact_employments",
    "customer_documents",
]


def _size(data: Any) -> int:
    """Leaves in a response (a sanity check that both sides return comparable amounts)."""
    if isinstance(data, dict):
        return sum(_size(v) for v in data.values())
    if isinstance(data, list):
        return sum(_size(v) for v in data)
    return 1


async def run(
    guanxi_url: str,
    headers: dict[str, str],
    peer_url: str,
    targets: Targets,
    *,
    queries: list[str] | None = None,
    requests: int,
    concurrency: int,
    warmup: int,
) -> list[Timing]:
    variables = targets.variables()
    timings: list[Timing] = []
    async with (
        graphql_caller(guanxi_url, headers, connections=concurrency) as ours,
        graphql_caller(peer_url, connections=concurrency) as theirs,
    ):
        for name in queries or QUERIES:
            mine = query_text(f"{name}.graphql")
            peer = query_text(f"peer/{name}.graphql")

            async def via_guanxi(document: str = mine) -> Any:
                return await ours(document, variables)

            async def via_peer(document: str = peer) -> Any:
                return await theirs(document, variables)

            sizes = f"leaves guanxi {_size(await via_guanxi())} / peer {_size(await via_peer())}"
            pair = await measure_interleaved(
                name,
                {"peer": via_peer, "guanxi": via_guanxi},
                requests=requests,
                concurrency=concurrency,
                warmup=warmup,
            )
            for t in pair:
                t.note = sizes
            timings += pair
    return timings
