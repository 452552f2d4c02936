"""Data scale: the bulk load of the large data set, and how account-scoped queries grow with data.

`load`: stream the seeded generator (`guanxi.demo.iter_chunks`, shape `guanxi.demo.SCALE`: 10k
accounts, ~200k contacts, ~1M documents at full size) into Neo4j in large UNWIND batches; report the
rate, the load time and the store size.

`growth`: the account-scoped questions at 1×, 10× and 100× the demo data (36, 360, 3600 accounts),
p50 through Guanxi's API and as raw Cypher, plus PROFILE of every statement Guanxi runs for them
(db hits, rows, and whether any operator scans a whole label or the whole graph). Target: ≤ 1.5× p50
growth from 1× to 10×; index-backed access, no full scans.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Awaitable, Callable
from typing import Any

from guanxi.bench.common import Targets, Timing, cypher_text, graphql_caller, measure_interleaved, query_text
from guanxi.settings import Settings

# Account-scoped questions: (name, has a raw-Cypher twin in bench/queries/)
GROWTH_QUERIES: list[tuple[str, bool]] = [
    ("decision_chain", True),
    ("warm_path", True),
    ("competitor_landscape", True),
    ("opportunity_competitors_products", False),
    ("contact_employments", False),
    ("customer_documents", False),
]

SCANS = (
    "AllNodesScan",
    "NodeByLabelScan",
    "DirectedRelationshipTypeScan",
    "UndirectedRelationshipTypeScan",
    "DirectedAllRelationshipsScan",
    "UndirectedAllRelationshipsScan",
)


def _profiled(targets: Targets) -> list[tuple[str, str, Callable[[], str], dict[str, Any]]]:
    """(question, label, statement, parameters): the statements Guanxi's resolvers run for each."""
    from graph.queries import cypher

    today = dt.date.today()
    return [
        (
            "decision_chain",
            "analysis_role_holders_of_opportunity",
            lambda: cypher("analysis_role_holders_of_opportunity"),
            {"opportunityId": targets.opportunity, "asOf": today},
        ),
        (
            "decision_chain",
            "analysis_holder_signals",
            lambda: cypher("analysis_holder_signals"),
            {"holderIds": targets.values.get("holders", []), "asOf": today},
        ),
        (
            "warm_path",
            "analysis_warm_path",
            lambda: cypher("analysis_warm_path"),
            {
                "fromId": targets.rep,
                "toId": targets.contact,
                "maxHops": 4,
                "limit": 2,
                "asOf": today,
                "reportingStrength": 0.6,
            },
        ),
        (
            "competitor_landscape",
            "analysis_competitor_pairs_by_customer + details",
            lambda: (
                cypher("analysis_competitor_pairs_by_customer")
                + "\n"
                + cypher("analysis_competitor_presence_details")
            ),
            {"customerId": targets.customer, "asOf": today},
        ),
        (
            "opportunity_competitors_products",
            "opportunity_get_by_ids",
            lambda: cypher("opportunity_get_by_ids"),
            {"ids": [targets.opportunity]},
        ),
        (
            "contact_employments",
            "employment_by_persons",
            lambda: cypher("employment_by_persons"),
            {"ids": [targets.contact]},
        ),
        (
            "customer_documents",
            "document_rows_by_customer",
            lambda: cypher("document_rows_by_customer"),
            {
                "kind": None,
                "customerId": targets.customer,
                "mentionsId": None,
                "dateFrom": None,
                "dateTo": None,
                "skip": 0,
                "limit": 20,
            },
        ),
        (
            "account_summary",
            "analysis_account_summary",
            lambda: cypher("analysis_account_summary"),
            {"customerId": targets.customer, "asOf": today},
        ),
    ]


def _walk(plan: Any, depth: int = 0) -> tuple[list[str], int, list[str]]:
    """Indented operator tree, total db hits, and the scan operators in it."""
    op = plan.get("operatorType", "?").split("@")[0]
    hits = int(plan.get("dbHits", 0) or 0)
    args = plan.get("args", {}) or {}
    detail = str(args.get("Details", ""))[:110]
    lines = [f"{'  ' * depth}{op}  rows={plan.get('rows', 0)} dbHits={hits}  {detail}"]
    scans = [f"{op} {detail}"] if any(op.startswith(s) for s in SCANS) else []
    for child in plan.get("children", []) or []:
        sub, sub_hits, sub_scans = _walk(child, depth + 1)
        lines += sub
        hits += sub_hits
        scans += sub_scans
    return lines, hits, scans


async def profile(settings: Settings, targets: Targets) -> list[dict[str, Any]]:
    from graph.driver import make_async_driver

    out = []
    driver = make_async_driver(settings)
    try:
        # The decision chain's second statement takes the holders the first one returned.
        records, _, _ = await driver.execute_query(
            cypher_text("decision_chain.cypher").split("WITH h, collect", 1)[0]
            + " RETURN DISTINCT h.id AS id",
            oid=targets.opportunity,
            asOf=dt.date.today(),
            database_=settings.neo4j_database,
        )
        targets.values["holders"] = [r["id"] for r in records]
        for question, label, statement, params in _profiled(targets):
            async with driver.session(
                database=settings.neo4j_database, default_access_mode="READ"
            ) as session:
                result = await session.run("PROFILE " + statement(), params)
                summary = await result.consume()
            lines, hits, scans = _walk(summary.profile or {})
            out.append(
                {
                    "question": question,
                    "statement": label,
                    "db_hits": hits,
                    "scans": scans,
                    "plan": "\n".join(lines),
                }
            )
    finally:
        await driver.close()
    return out


async def growth_timings(
    settings: Settings,
    url: str,
    headers: dict[str, str],
    targets: Targets,
    *,
    scale: int,
    requests: int,
    concurrency: int,
    warmup: int,
) -> list[Timing]:
    from graph.driver import make_async_driver
    from guanxi.bench.graphql_vs_cypher import cypher_params

    variables = targets.variables()
    params = cypher_params(targets)
    timings: list[Timing] = []
    driver = make_async_driver(settings)
    try:
        async with graphql_caller(url, headers, connections=concurrency) as gql:
            for name, has_cypher in GROWTH_QUERIES:
                document = query_text(f"{name}.graphql")

                async def via_graphql(document: str = document) -> Any:
                    return await gql(document, variables)

                calls: dict[str, Callable[[], Awaitable[Any]]] = {f"guanxi@{scale}×": via_graphql}
                if has_cypher:
                    statement = cypher_text(f"{name}.cypher")
                    used = {k: v for k, v in params.items() if f"${k}" in statement}

                    async def via_cypher(statement: str = statement, used: dict[str, Any] = used) -> Any:
                        records, _, _ = await driver.execute_query(
                            statement, used, database_=settings.neo4j_database, routing_="r"
                        )
                        return [r.data() for r in records]

                    calls[f"cypher@{scale}×"] = via_cypher
                timings += await measure_interleaved(
                    name, calls, requests=requests, concurrency=concurrency, warmup=warmup
                )
    finally:
        await driver.close()
    return timings


def growth_table(by_scale: dict[int, list[Timing]]) -> list[dict[str, Any]]:
    """query × impl rows with p50 at each scale and the growth 1× → 10× (and → 100×)."""
    scales = sorted(by_scale)
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for scale in scales:
        for t in by_scale[scale]:
            impl = t.impl.split("@")[0]
            row = rows.setdefault((t.query, impl), {"query": t.query, "impl": impl})
            row[f"p50@{scale}"] = t.p50
    for row in rows.values():
        base = row.get(f"p50@{scales[0]}")
        for scale in scales[1:]:
            value = row.get(f"p50@{scale}")
            row[f"growth@{scale}"] = value / base if base and value else None
    return list(rows.values())


async def bulk_load(
    settings: Settings,
    accounts: int,
    *,
    batch_size: int,
    chunk_size: int,
    progress: Callable[[int, dict[str, int], float], None] | None = None,
) -> dict[str, Any]:
    """Stream the SCALE-shaped data set for `accounts` accounts into Neo4j; returns counts and seconds."""
    from graph.driver import make_async_driver
    from graph.loader import load_bundle
    from graph.migrate import migrate
    from guanxi.demo import SCALE, iter_chunks

    shape = {k: v for k, v in SCALE.items() if k != "accounts"}
    shape["clippings"] = round(SCALE["clippings"] * accounts / SCALE["accounts"])
    driver = make_async_driver(settings)
    totals: dict[str, int] = {}
    generate_s = 0.0
    started = time.perf_counter()
    try:
        await migrate(driver, settings.neo4j_database)
        chunks = iter_chunks(accounts=accounts, seed=7, chunk_size=chunk_size, **shape)
        done = 0
        while True:
            t0 = time.perf_counter()
            chunk = next(chunks, None)
            generate_s += time.perf_counter() - t0
            if chunk is None:
                break
            for key, value in chunk.counts().items():
                totals[key] = totals.get(key, 0) + value
            await load_bundle(driver, settings.neo4j_database, chunk, batch_size=batch_size)
            done += sum(1 for o in chunk.organizations if "Customer" in o.roles)
            if progress:
                progress(done, totals, time.perf_counter() - started)
        await driver.execute_query("CALL db.awaitIndexes(600)", database_=settings.neo4j_database)
    finally:
        await driver.close()
    return {
        "accounts": accounts,
        "counts": totals,
        "seconds": time.perf_counter() - started,
        "generate_s": generate_s,
        "shape": shape,
    }
