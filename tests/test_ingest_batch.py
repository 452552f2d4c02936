"""Batched ingest writes: many documents per transaction, equal to one transaction each, and a bad document
fails alone (the batch falls back to one transaction per document)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from neo4j import AsyncDriver

from graph.services import GraphServices
from guanxi.ingestion import IngestPipeline, ItemStatus
from guanxi.settings import Settings
from ingest.documents import content_hash, fingerprint
from ingest.documents.dedupe import graph_properties
from ingest.plan import plan_document
from tests.conftest import wipe
from tests.test_ingest_graph import SAMPLES, counts, samples

# Notes that touch each other across documents: a new customer (candidate) named by the first note and
# filed under by the second, the same person and incumbent seen twice, a job change after an employment.
LINKED: list[dict[str, Any]] = [
    {
        "id": "l1",
        "kind": "visit_note",
        "date": "2025-05-01",
        "customer": "鄞州农商银行",
        "text": "拜访鄞州农商银行科技部，见了科技部总经理周立群。目前用的是芜湖云衡软件的数仓，周总对云衡意见很大。",
    },
    {
        "id": "l2",
        "kind": "visit_note",
        "date": "2025-06-01",
        "customer": "鄞州农商银行",
        "text": "再访鄞州农商银行，科技部总经理周立群牵头选型，下月出规范书，采购中心负责招标。",
    },
    {
        "id": "l3",
        "kind": "clipping",
        "date": "2025-07-01",
        "customer": None,
        "text": "芜湖云衡软件宣布，原鄞州农商银行科技部总经理周立群正式加盟，出任云衡副总裁。",
    },
]


@pytest.fixture
def services(clean_db: AsyncDriver, settings: Settings) -> GraphServices:
    return GraphServices(clean_db, settings)


async def snapshot(driver: AsyncDriver) -> list[str]:
    """Every node and relationship with its properties (creation timestamps aside), canonically sorted."""
    nodes, _, _ = await driver.execute_query(
        "MATCH (n) WHERE NOT n:SchemaMigration RETURN labels(n) AS labels, properties(n) AS props"
    )
    rels, _, _ = await driver.execute_query(
        "MATCH (a)-[r]->(b) WHERE NOT a:SchemaMigration "
        "RETURN coalesce(a.id, a.key, a.hash) AS a, type(r) AS type, coalesce(b.id, b.key, b.hash) AS b, "
        "properties(r) AS props"
    )
    out = []
    for n in nodes:
        props = {k: v for k, v in n["props"].items() if k != "createdAt"}
        out.append(json.dumps({"labels": sorted(n["labels"]), **props}, sort_keys=True, default=str))
    for r in rels:
        out.append(json.dumps(dict(r), sort_keys=True, default=str))
    return sorted(out)


async def plans_for(services: GraphServices, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The documents' plans against the graph as it is now (what the pipeline would write)."""
    pipeline = IngestPipeline(services)
    known = await pipeline.known(refresh=True)
    extractions = pipeline._get_extractor(known).extract_batch(records)
    plans: list[dict[str, Any]] = []
    for record, extraction in zip(records, extractions, strict=True):
        digest = content_hash(record["text"])
        props = graph_properties(fingerprint(record["text"]))
        plans.append(plan_document(record, extraction, known, content_hash=digest, fingerprint=props))
    return plans


@pytest.mark.skipif(not SAMPLES.exists(), reason="shared samples not available")
def record_batch_sizes(services: GraphServices, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of documents of every write_documents call (one batch transaction each), filled as they run."""
    sizes: list[int] = []
    write_documents = services.ingest.write_documents

    async def spy(plans: list[dict[str, Any]]) -> list[dict[str, int]]:
        sizes.append(len(plans))
        return await write_documents(plans)

    monkeypatch.setattr(services.ingest, "write_documents", spy)
    return sizes


async def test_one_batch_writes_exactly_what_one_transaction_per_document_writes(
    services: GraphServices, clean_db: AsyncDriver, settings: Settings
) -> None:
    records = [*samples(8), *LINKED]
    plans = await plans_for(services, records)
    for plan in plans:
        await services.ingest.write_document(plan)
    one_by_one = await snapshot(clean_db)
    await wipe(clean_db, settings.neo4j_database)
    await services.ingest.write_documents(plans)
    batched = await snapshot(clean_db)
    assert batched == one_by_one
    # both notes are filed under the customer the first one created (a candidate: the document's ABOUT
    # is linked after its entities, so the first note about a new customer is linked too)
    about, _, _ = await clean_db.execute_query(
        "MATCH (d:Document)-[:ABOUT]->(o:Organization {name: '鄞州农商银行'}) RETURN d.externalId AS id "
        "ORDER BY id"
    )
    assert [r["id"] for r in about] == ["l1", "l2"]
    work, _, _ = await clean_db.execute_query(
        "MATCH (:Person {name: '周立群'})-[w:WORKS_AT]->(o:Organization) "
        "RETURN o.name AS org, w.until AS until, size(w.sources) AS sources ORDER BY org"
    )
    assert work, "no employment written"


@pytest.mark.skipif(not SAMPLES.exists(), reason="shared samples not available")
async def test_the_pipeline_writes_batches_of_documents_per_transaction(
    services: GraphServices, clean_db: AsyncDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    sizes = record_batch_sizes(services, monkeypatch)
    seen: list[str] = []
    results = await IngestPipeline(services).ingest_records(
        samples(10), batch_size=4, progress=lambda r: seen.append(r.ref)
    )
    assert [r.status for r in results] == [ItemStatus.CREATED] * 10
    assert sizes == [4, 4, 2]  # three transactions for ten documents
    assert sorted(seen) == sorted(r.ref for r in results)  # progress reports every document once
    docs, _, _ = await services.driver.execute_query(
        "MATCH (d:Document)-[:HAS_MENTION]->(m) RETURN count(DISTINCT d) AS docs, count(m) AS mentions"
    )
    assert docs[0]["docs"] == 10 and docs[0]["mentions"] > 10
    sizes.clear()
    again = await IngestPipeline(services).ingest_records(samples(10), batch_size=4)
    assert [r.status for r in again] == [ItemStatus.UNCHANGED] * 10 and sizes == []


@pytest.mark.skipif(not SAMPLES.exists(), reason="shared samples not available")
async def test_a_document_that_fails_to_write_fails_alone_and_writes_nothing(
    services: GraphServices, clean_db: AsyncDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    sizes = record_batch_sizes(services, monkeypatch)
    records = samples(4)
    # a map is no valid Neo4j property value: this document's write fails inside the batch transaction
    bad = {**records[1], "id": "bad", "title": {"not": "a property value"}}
    batch = [records[0], bad, records[2], records[3]]
    results = await IngestPipeline(services).ingest_records(batch)
    assert [r.status for r in results] == [
        ItemStatus.CREATED,
        ItemStatus.FAILED,
        ItemStatus.CREATED,
        ItemStatus.CREATED,
    ]
    assert results[1].error_code == "WRITE_FAILED" and results[1].error
    assert sizes == [4, 1, 1, 1, 1]  # the batch, then one transaction per document
    bad_id = "doc-" + content_hash(bad["text"])[:24]
    rows, _, _ = await clean_db.execute_query(
        "OPTIONAL MATCH (d:Document {hash: $hash}) WITH count(d) AS docs "
        "OPTIONAL MATCH (m:Mention {docId: $id}) WITH docs, count(m) AS mentions "
        "OPTIONAL MATCH ()-[r]->() WHERE $id IN r.sources RETURN docs, mentions, count(r) AS facts",
        hash=content_hash(bad["text"]),
        id=bad_id,
    )
    assert rows[0] == {"docs": 0, "mentions": 0, "facts": 0}  # all-or-nothing: nothing of it landed
    good, _, _ = await clean_db.execute_query(
        "MATCH (d:Document)-[:HAS_MENTION]->() WHERE d.externalId IN $ids RETURN count(DISTINCT d) AS n",
        ids=[records[0]["id"], records[2]["id"], records[3]["id"]],
    )
    assert good[0]["n"] == 3
    # the same upload again: the good ones are unchanged, the bad one fails again, nothing else moves
    before = await counts(clean_db)
    again = await IngestPipeline(services).ingest_records(batch)
    assert [r.status for r in again] == [
        ItemStatus.UNCHANGED,
        ItemStatus.FAILED,
        ItemStatus.UNCHANGED,
        ItemStatus.UNCHANGED,
    ]
    assert await counts(clean_db) == before


async def test_kg_ingest_cli_lands_good_files_in_batches_and_exits_1_on_a_bad_one(
    clean_db: AsyncDriver, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from guanxi.cli import app as cli
    from guanxi.settings import get_settings

    (tmp_path / "a.txt").write_text("拜访华信银行，科技部总经理张建国说今年要上数据治理。", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes("宁波鄞丰银行信息科技部王处长负责选型。".encode("gb18030"))
    (tmp_path / "empty.txt").write_bytes(b"")
    lines = [
        {"id": "j1", "kind": "visit_note", "date": "2025-03-01", "text": "见了华信银行李处长，他支持我们。"},
        {"id": "j2", "kind": "visit_note", "date": "2025-03-02", "text": "华信银行采购中心下周开标。"},
    ]
    (tmp_path / "notes.jsonl").write_text(
        "\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8"
    )
    monkeypatch.setenv("NEO4J_URI", settings.effective_neo4j_uri)
    monkeypatch.setenv("NEO4J_PASSWORD", settings.neo4j_password.get_secret_value())
    monkeypatch.setattr("guanxi.cli.ingest_cmd.READ_AHEAD", 2)  # several pipeline calls, one per 2 records
    get_settings.cache_clear()
    try:
        out = await asyncio.to_thread(CliRunner().invoke, cli, ["ingest", str(tmp_path)])
        assert out.exit_code == 1, out.output  # empty.txt failed; the others still landed
        assert "empty.txt" in out.output and "EMPTY" in out.output
        docs, _, _ = await clean_db.execute_query("MATCH (d:Document) RETURN count(d) AS n")
        assert docs[0]["n"] == 4
        again = await asyncio.to_thread(CliRunner().invoke, cli, ["ingest", str(tmp_path / "notes.jsonl")])
        assert again.exit_code == 0, again.output
        assert "UNCHANGED" in again.output
    finally:
        get_settings.cache_clear()
    docs, _, _ = await clean_db.execute_query("MATCH (d:Document) RETURN count(d) AS n")
    assert docs[0]["n"] == 4


@pytest.mark.skipif(not SAMPLES.exists(), reason="shared samples not available")
async def test_a_lost_database_raises_instead_of_failing_the_documents(
    services: GraphServices, clean_db: AsyncDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    from neo4j.exceptions import ServiceUnavailable

    async def down(plans: list[dict[str, Any]]) -> list[dict[str, int]]:
        raise ServiceUnavailable("gone")

    monkeypatch.setattr(services.ingest, "write_documents", down)
    pipeline = IngestPipeline(services)
    with pytest.raises(ServiceUnavailable):  # the job worker leaves its items PENDING and retries later
        await pipeline.ingest_records(samples(6), batch_size=2)
    monkeypatch.undo()
    # the same pipeline (its extractor is free again) ingests them once the database is back
    results = await pipeline.ingest_records(samples(6), batch_size=2)
    assert [r.status for r in results] == [ItemStatus.CREATED] * 6


@pytest.mark.skipif(not SAMPLES.exists(), reason="shared samples not available")
async def test_a_near_duplicate_within_one_call_is_a_duplicate_of_the_earlier_document(
    services: GraphServices, clean_db: AsyncDriver
) -> None:
    (first,) = samples(1)
    repasted = {**first, "id": "again", "text": "【转发】" + first["text"]}
    other = samples(3)[2]
    results = await IngestPipeline(services).ingest_records([first, other, repasted], batch_size=2)
    assert [r.status for r in results] == [ItemStatus.CREATED, ItemStatus.CREATED, ItemStatus.DUPLICATE]
    assert results[2].duplicate_of == results[0].doc_id
    link, _, _ = await clean_db.execute_query(
        "MATCH (:Document {id: $dup})-[:NEAR_DUPLICATE_OF]->(o:Document) RETURN o.id AS id",
        dup=results[2].doc_id,
    )
    assert [r["id"] for r in link] == [results[0].doc_id]
