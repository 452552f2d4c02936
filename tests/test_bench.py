"""The benchmark plumbing (no timings asserted) and the statements the performance work changed."""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
from typing import Any

from neo4j import AsyncDriver

from graph.loader import load_bundle
from graph.queries import cypher
from guanxi.bench.common import (
    Timing,
    cypher_text,
    declared_variables,
    measure_interleaved,
    percentile,
    query_text,
    ratio_rows,
)
from guanxi.bench.peer import QUERIES as PEER_QUERIES
from guanxi.demo import generate
from guanxi.settings import Settings


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == 50.0
    assert percentile(values, 99) == 99.0
    assert percentile([3.0], 99) == 3.0


def test_only_declared_variables_are_sent() -> None:
    doc = (
        "query X($c: ID!, $first: Int) { documents(filter: {customer: $c}, first: $first) { nodes { id } } }"
    )
    assert declared_variables(doc, {"c": "a", "first": 2, "cid": "b"}) == {"c": "a", "first": 2}


def test_every_peer_question_has_both_documents() -> None:
    for name in PEER_QUERIES:
        assert query_text(f"{name}.graphql").lstrip().startswith("query")
        assert query_text(f"peer/{name}.graphql").lstrip().startswith("query")
    assert "MATCH" in cypher_text("decision_chain.cypher")


async def test_interleaved_measurement_counts_every_request() -> None:
    calls = {"a": lambda: asyncio.sleep(0), "b": lambda: asyncio.sleep(0)}
    timings = await measure_interleaved("q", calls, requests=40, concurrency=3, warmup=1, rounds=4)
    assert [t.impl for t in timings] == ["a", "b"]
    assert all(len(t.latencies_ms) == 40 and t.errors == 0 for t in timings)
    rows = ratio_rows(timings, "a")
    assert rows[0]["p50_ratio"] == 1.0 and rows[1]["p50_ratio"] is not None
    assert Timing("q", "x", [], 0.0, 1).rps == 0.0


async def test_customer_anchored_document_list_matches_the_general_statement(
    clean_db: AsyncDriver, settings: Settings
) -> None:
    db = settings.neo4j_database
    await load_bundle(clean_db, db, generate(accounts=4, seed=3))
    records, _, _ = await clean_db.execute_query(
        "MATCH (c:Customer) RETURN c.id AS id ORDER BY id", database_=db
    )
    assert records
    for rec in records:
        for kind in (None, "visit_note"):
            params = {
                "customerId": rec["id"],
                "kind": kind,
                "mentionsId": None,
                "dateFrom": None,
                "dateTo": dt.date(2100, 1, 1),
                "skip": 1,
                "limit": 3,
            }
            general, _, _ = await clean_db.execute_query(cypher("document_list"), params, database_=db)
            anchored, _, _ = await clean_db.execute_query(
                cypher("document_list_by_customer"), params, database_=db
            )
            assert general[0].data() == anchored[0].data()
            assert general[0]["total"] > 0


async def test_role_holders_of_an_opportunity_cover_deal_and_account_roles(
    clean_db: AsyncDriver, settings: Settings
) -> None:
    db = settings.neo4j_database
    await load_bundle(clean_db, db, generate(accounts=4, seed=3))
    # The statement before the UNWIND rewrite (same answer, but planned as a scan of every HAS_ROLE).
    before = cypher("analysis_role_holders_of_opportunity").replace(
        "UNWIND [op, c] AS s\nMATCH (h)-[r:HAS_ROLE]->(s)\nWHERE",
        "MATCH (h)-[r:HAS_ROLE]->(s)\nWHERE (s = op OR s = c) AND",
    )
    assert "s = op OR s = c" in before
    records, _, _ = await clean_db.execute_query("MATCH (o:Opportunity) RETURN o.id AS o", database_=db)
    assert records
    for day in (dt.date(2026, 6, 1), dt.date(2100, 1, 1)):
        for rec in records:
            old, _, _ = await clean_db.execute_query(before, opportunityId=rec["o"], asOf=day, database_=db)
            new, _, _ = await clean_db.execute_query(
                cypher("analysis_role_holders_of_opportunity"), opportunityId=rec["o"], asOf=day, database_=db
            )
            key = lambda r: (r["holderId"], r["role"]["role"], r["role"]["scopeId"])  # noqa: E731
            assert sorted(map(key, old)) == sorted(map(key, new))


# analysis_warm_path before the meet-in-the-middle rewrite: one variable-length expansion from $fromId.
WARM_PATH_REFERENCE = """
MATCH (a:Person {id: $fromId}), (b:Person {id: $toId})
MATCH p = (a)-[:KNOWS|REPORTS_TO|INFLUENCES*1..4]-(b)
WHERE length(p) <= $maxHops
  AND all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
  AND all(r IN relationships(p) WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf)
                                 AND (r.validTo IS NULL OR r.validTo > $asOf)
                                 AND (r.firstSeen IS NULL OR r.firstSeen <= $asOf)
                                 AND (type(r) <> 'INFLUENCES' OR coalesce(r.sign, 1) > 0))
WITH p, [r IN relationships(p) |
         CASE type(r)
           WHEN 'KNOWS' THEN (coalesce(r.closeness, 0.5) + coalesce(r.trust, 0.5)) / 2.0
           WHEN 'REPORTS_TO' THEN $reportingStrength
           ELSE coalesce(r.strength, 0.5) END] AS strengths
WITH p, strengths, reduce(s = 1.0, x IN strengths | s * x) AS strength
ORDER BY strength DESC, length(p) ASC
LIMIT $limit
RETURN strength,
       [i IN range(0, length(p) - 1) | {
          type: type(relationships(p)[i]), fromId: nodes(p)[i].id, fromName: nodes(p)[i].name,
          toId: nodes(p)[i + 1].id, toName: nodes(p)[i + 1].name, strength: strengths[i],
          closeness: relationships(p)[i].closeness, trust: relationships(p)[i].trust,
          level: relationships(p)[i].level, evidence: relationships(p)[i].evidence,
          forward: startNode(relationships(p)[i]) = nodes(p)[i]}] AS hops
"""


async def test_meet_in_the_middle_warm_path_finds_the_same_paths(
    clean_db: AsyncDriver, settings: Settings
) -> None:
    db = settings.neo4j_database
    await load_bundle(clean_db, db, generate(accounts=6, seed=5))
    records, _, _ = await clean_db.execute_query(
        "MATCH (p:Person) WHERE NOT p:Rep WITH p ORDER BY p.id LIMIT 12 "
        "MATCH (r:Rep) WITH p, r ORDER BY r.id RETURN p.id AS p, collect(r.id)[0..2] AS reps",
        database_=db,
    )
    pairs = [(rep, rec["p"]) for rec in records for rep in rec["reps"]]
    pairs += [(a["p"], b["p"]) for a, b in itertools.pairwise(records)]
    found = 0
    for source, target in pairs:
        for hops in (1, 2, 3, 4):
            params = {
                "fromId": source,
                "toId": target,
                "maxHops": hops,
                "limit": 50,
                "asOf": dt.date(2026, 12, 1),
                "reportingStrength": 0.6,
            }
            old, _, _ = await clean_db.execute_query(WARM_PATH_REFERENCE, params, database_=db)
            new, _, _ = await clean_db.execute_query(cypher("analysis_warm_path"), params, database_=db)

            def paths(rows: list[Any]) -> list[tuple[float, tuple[str, ...]]]:
                return sorted(
                    (
                        round(r["strength"], 9),
                        (*tuple(h["fromId"] for h in r["hops"]), r["hops"][-1]["toId"]),
                    )
                    for r in rows
                )

            assert paths(old) == paths(new), (source, target, hops)
            found += len(new)
    assert found > 0


async def test_presence_details_checked_against_the_competitor_give_the_same_landscape(
    clean_db: AsyncDriver, settings: Settings
) -> None:
    db = settings.neo4j_database
    await load_bundle(clean_db, db, generate(accounts=6, seed=5))
    after = (
        cypher("analysis_competitor_pairs_by_customer")
        + "\n"
        + cypher("analysis_competitor_presence_details")
    )
    # The statement before the rewrite: stances and documents matched as one pattern ending in k.
    before = after
    for new, old in [
        (
            "(p)-[:HAS_STANCE]->(s:StanceObservation)\n  WHERE s.date <= $asOf AND (s)-[:TOWARD]->(k)",
            "(p)-[:HAS_STANCE]->(s:StanceObservation)-[:TOWARD]->(k)\n  WHERE s.date <= $asOf",
        ),
        (
            "(c)<-[:ABOUT|MENTIONS]-(d:Document)\n  WHERE d.date <= $asOf AND (d)-[:MENTIONS]->(k)",
            "(c)<-[:ABOUT|MENTIONS]-(d:Document)-[:MENTIONS]->(k)\n  WHERE d.date <= $asOf",
        ),
        (
            "(c)<-[:WORKS_AT]-(:Person)-[:HAS_STANCE]->(s:StanceObservation)\n  WHERE s.date <= $asOf AND (s)-[:TOWARD]->(k)",
            "(c)<-[:WORKS_AT]-(:Person)-[:HAS_STANCE]->(s:StanceObservation)-[:TOWARD]->(k)\n  WHERE s.date <= $asOf",
        ),
    ]:
        assert new in before
        before = before.replace(new, old)
    records, _, _ = await clean_db.execute_query(
        "MATCH (c:Customer) RETURN c.id AS id ORDER BY id", database_=db
    )
    seen = 0
    for rec in records:
        params = {"customerId": rec["id"], "asOf": dt.date(2026, 12, 1)}
        old_rows, _, _ = await clean_db.execute_query(before, params, database_=db)
        new_rows, _, _ = await clean_db.execute_query(after, params, database_=db)

        def key(rows: list[Any]) -> list[str]:
            return sorted(repr(sorted(r.data().items())) for r in rows)

        assert key(old_rows) == key(new_rows)
        seen += len(new_rows)
    assert seen > 0
