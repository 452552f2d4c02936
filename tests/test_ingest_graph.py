"""From text to graph facts: provenance, idempotency, near-duplicates, delete, uploads and jobs."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from neo4j import AsyncDriver

from api.app import create_app
from graph.bundle import Bundle, OrganizationIn
from graph.enums import OrgRole
from graph.loader import load_bundle
from graph.services import GraphServices
from guanxi.ingestion import IngestPipeline, ItemStatus
from guanxi.jobs import JobWorker, UploadedFile, submit
from guanxi.settings import Settings
from ingest.documents import DocumentLimits
from tests.conftest import SHARED, auth_headers, serving

SAMPLES = SHARED / "samples" / "domain_samples.jsonl"
KEYS = ("id", "kind", "date", "author", "customer", "text")


def samples(n: int) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [{k: r[k] for k in KEYS} for r in rows[:n]]


async def counts(driver: AsyncDriver) -> tuple[int, int]:
    records, _, _ = await driver.execute_query(
        "MATCH (n) WHERE NOT n:SchemaMigration WITH count(n) AS nodes "
        "OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS rels"
    )
    return records[0]["nodes"], records[0]["rels"]


@pytest.fixture
def services(clean_db: AsyncDriver, settings: Settings) -> GraphServices:
    return GraphServices(clean_db, settings)


@pytest.mark.skipif(not SAMPLES.exists(), reason="shared samples not available")
async def test_documents_land_with_mentions_facts_and_provenance(
    services: GraphServices, clean_db: AsyncDriver
) -> None:
    records = samples(6)
    results = await IngestPipeline(services).ingest_records(records)
    assert [r.status for r in results] == [ItemStatus.CREATED] * 6
    doc_ids = [r.doc_id for r in results]
    rows, _, _ = await clean_db.execute_query(
        "MATCH (d:Document) WHERE d.id IN $ids "
        "OPTIONAL MATCH (d)-[:HAS_MENTION]->(m:Mention) RETURN d.id AS id, d.text AS text, "
        "collect(m {.text, .start, .end}) AS mentions",
        ids=doc_ids,
    )
    assert len(rows) == 6
    for row in rows:
        assert row["mentions"], row["id"]
        for m in row["mentions"]:
            assert row["text"][m["start"] : m["end"]] == m["text"]
    # s001: 邵总对云衡意见很大 → an OPPOSED stance observation from that document, dated by the note
    st, _, _ = await clean_db.execute_query(
        "MATCH (p:Person)-[:HAS_STANCE]->(s:StanceObservation)-[:FROM_DOCUMENT]->(d:Document {id: $id}) "
        "MATCH (s)-[:TOWARD]->(t) RETURN p.name AS person, s.stance AS stance, t.name AS toward, s.date AS date",
        id=doc_ids[0],
    )
    assert any(r["person"] == "邵嘉禾" and r["stance"] == "OPPOSED" and "云衡" in r["toward"] for r in st)
    assert str(st[0]["date"]) == "2025-03-12"
    # extracted facts carry the document as their source; new entities are candidates
    facts, _, _ = await clean_db.execute_query(
        "MATCH (p:Person {name: '邵嘉禾'})-[w:WORKS_AT]->(o) RETURN w.sources AS sources, p.candidate AS cand, "
        "o.candidate AS ocand, w.curated AS curated"
    )
    assert facts and doc_ids[0] in facts[0]["sources"] and facts[0]["cand"] and facts[0]["curated"] is False


@pytest.mark.skipif(not SAMPLES.exists(), reason="shared samples not available")
async def test_reingest_changes_nothing_and_near_duplicates_add_no_facts(
    services: GraphServices, clean_db: AsyncDriver
) -> None:
    pipeline = IngestPipeline(services)
    records = samples(3)
    await pipeline.ingest_records(records)
    before = await counts(clean_db)
    again = await pipeline.ingest_records(records)
    assert [r.status for r in again] == [ItemStatus.UNCHANGED] * 3
    assert await counts(clean_db) == before
    # the same clipping re-pasted with a header line is stored once more, but only as a duplicate
    repasted = {**records[0], "id": "again", "text": "【转发】" + records[0]["text"]}
    facts_before, _, _ = await clean_db.execute_query(
        "MATCH ()-[r:WORKS_AT|HAS_ROLE]->() RETURN count(r) AS n"
    )
    (dup,) = await pipeline.ingest_records([repasted])
    assert dup.status is ItemStatus.DUPLICATE and dup.duplicate_of == again[0].doc_id
    facts_after, _, _ = await clean_db.execute_query(
        "MATCH ()-[r:WORKS_AT|HAS_ROLE]->() RETURN count(r) AS n"
    )
    assert facts_after[0]["n"] == facts_before[0]["n"]


async def test_resolves_to_curated_entities_and_delete_keeps_what_others_support(
    services: GraphServices, clean_db: AsyncDriver, settings: Settings
) -> None:
    await load_bundle(
        clean_db,
        settings.neo4j_database,
        Bundle(
            organizations=[
                OrganizationIn(id="cust", name="华信银行", aliases=["华信"], roles=[OrgRole.CUSTOMER]),
                OrganizationIn(id="comp", name="芜湖云衡软件", aliases=["云衡"], roles=[OrgRole.COMPETITOR]),
            ]
        ),
    )
    pipeline = IngestPipeline(services)
    note1 = {
        "id": "n1",
        "kind": "visit_note",
        "date": "2025-05-01",
        "customer": "华信银行",
        "text": "拜访华信科技部，见了科技部总经理张建国。目前用的是芜湖云衡软件的数仓，张总对云衡意见很大。",
    }
    note2 = {
        "id": "n2",
        "kind": "visit_note",
        "date": "2025-06-01",
        "customer": "华信银行",
        "text": "再访华信银行，科技部总经理张建国牵头选型，下月出规范书。",
    }
    r1, r2 = await pipeline.ingest_records([note1, note2])
    assert r1.status is ItemStatus.CREATED and r2.status is ItemStatus.CREATED
    orgs, _, _ = await clean_db.execute_query(
        "MATCH (o:Organization) WHERE o.name CONTAINS '华信' RETURN o.id AS id, o.candidate AS candidate"
    )
    assert [o["id"] for o in orgs] == ["cust"]  # resolved to the curated node, no candidate twin
    work, _, _ = await clean_db.execute_query(
        "MATCH (p:Person {name: '张建国'})-[w:WORKS_AT]->(:Organization {id: 'cust'}) RETURN w.sources AS s"
    )
    assert sorted(work[0]["s"]) == sorted([r1.doc_id, r2.doc_id])
    incumbent, _, _ = await clean_db.execute_query(
        "MATCH (:Organization {id: 'comp'})-[r:INCUMBENT_AT]->(:Organization {id: 'cust'}) RETURN r.sources AS s"
    )
    assert incumbent and incumbent[0]["s"] == [r1.doc_id]
    deleted = await services.ingest.delete_document(r1.doc_id or "")
    assert deleted and deleted["factsDeleted"] >= 1 and deleted["stancesDeleted"] >= 1
    after, _, _ = await clean_db.execute_query(
        "OPTIONAL MATCH (:Organization {id: 'comp'})-[r:INCUMBENT_AT]->() WITH count(r) AS incumbent "
        "MATCH (p:Person {name: '张建国'})-[w:WORKS_AT]->() RETURN incumbent, w.sources AS s"
    )
    assert after[0]["incumbent"] == 0  # supported only by the deleted note
    assert after[0]["s"] == [r2.doc_id]  # still supported by the second note
    curated, _, _ = await clean_db.execute_query("MATCH (o:Organization {id: 'comp'}) RETURN count(o) AS n")
    assert curated[0]["n"] == 1  # curated entities are never removed by deleting a document


def multipart(query: str, variables: dict[str, Any], files: dict[str, tuple[str, bytes]]) -> dict[str, Any]:
    """The GraphQL multipart request spec: operations + map + the files."""
    mapping = {str(i): [path] for i, path in enumerate(files)}
    form = {"operations": json.dumps({"query": query, "variables": variables}), "map": json.dumps(mapping)}
    parts = {str(i): (name, data) for i, (name, data) in enumerate(files.values())}
    return {"data": form, "files": parts}


async def test_upload_documents_runs_a_job_with_per_file_errors(
    clean_db: AsyncDriver, client: httpx.AsyncClient, app: FastAPI
) -> None:
    files = {
        "variables.files.0": ("note.txt", "拜访华信银行，科技部总经理张建国说今年要上数据治理。".encode()),
        "variables.files.1": ("gbk.txt", "宁波鄞丰银行信息科技部王处长负责选型。".encode("gb18030")),
        "variables.files.2": ("empty.txt", b""),
        "variables.files.3": ("fake.docx", b"PK\x03\x04" + b"\x00" * 200),
    }
    query = """mutation($files: [Upload!]!) { uploadDocuments(files: $files, kind: VISIT_NOTE) {
                 id status total failed } }"""
    response = await client.post("/graphql", **multipart(query, {"files": [None] * 4}, files))
    body = response.json()
    assert not body.get("errors"), body
    job = body["data"]["uploadDocuments"]
    assert job["total"] == 4 and job["failed"] == 2
    assert await JobWorker(app.state.services).drain() == 2
    query = """query($id: String!) { job(id: $id) { status processed created failed progress
               items { filename status result errorCode document { text } } } }"""
    status: dict[str, Any] = {}
    for _ in range(120):
        response = await client.post("/graphql", json={"query": query, "variables": {"id": job["id"]}})
        status = response.json()["data"]["job"]
        if status["status"] not in ("QUEUED", "RUNNING"):
            break
        await asyncio.sleep(0.5)
    assert status["status"] == "PARTIAL" and status["created"] == 2 and status["progress"] == 1.0
    codes = {i["filename"]: i["errorCode"] for i in status["items"]}
    assert codes["empty.txt"] == "EMPTY" and codes["fake.docx"] == "CORRUPT_FILE"
    texts = [i["document"]["text"] for i in status["items"] if i["document"]]
    assert "宁波鄞丰银行信息科技部王处长负责选型。" in texts  # GBK decoded


async def test_a_job_interrupted_mid_way_resumes_without_duplicates(
    services: GraphServices, clean_db: AsyncDriver
) -> None:
    notes = [
        UploadedFile(f"n{i}.txt", f"拜访客户{i}号银行，科技部总经理王{i}说第{i}期数据平台明年上线。".encode())
        for i in range(5)
    ]
    job_id = await submit(
        services, notes, kind="visit_note", customer=None, owner=None, limits=DocumentLimits()
    )
    # a first worker claims and writes documents, then "crashes" before recording any result
    claimed = await services.jobs.claim_pending(3, worker="crashed", lease_s=60)
    await IngestPipeline(services).ingest_records([json.loads(c["record"]) for c in claimed])
    job = await services.jobs.get(job_id)
    assert job and job["processed"] == 0
    # a new worker (after a restart, once the dead worker's lease has expired) resumes:
    # every item done, each document exactly once
    assert await JobWorker(services, lease_s=60).drain() == 2  # the claimed items are leased
    processed = 2 + await JobWorker(services, lease_s=0).drain()
    assert processed == 5
    job = await services.jobs.get(job_id)
    assert job and job["status"] == "DONE" and job["processed"] == 5
    docs, _, _ = await clean_db.execute_query("MATCH (d:Document) RETURN count(d) AS n")
    assert docs[0]["n"] == 5


async def test_the_api_process_runs_its_own_worker(clean_db: AsyncDriver, settings: Settings) -> None:
    app = create_app(settings.model_copy(update={"ingest_worker": True}))
    async with serving(app, auth_headers("analyst")) as http:
        files = {
            "variables.files.0": (
                "a.md",
                "---\ncustomer: 华信银行\n---\n华信银行李处长负责选型。".encode(),
            )
        }
        query = "mutation($files: [Upload!]!) { uploadDocuments(files: $files) { id } }"
        body = (await http.post("/graphql", **multipart(query, {"files": [None]}, files))).json()
        assert not body.get("errors"), body
        job_id = body["data"]["uploadDocuments"]["id"]
        status = None
        for _ in range(120):
            response = await http.post(
                "/graphql",
                json={
                    "query": "query($id: String!) { job(id: $id) { status } }",
                    "variables": {"id": job_id},
                },
            )
            status = response.json()["data"]["job"]["status"]
            if status == "DONE":
                break
            await asyncio.sleep(0.5)
        assert status == "DONE"


async def test_a_job_change_closes_the_old_employment_and_opens_the_new(
    services: GraphServices, clean_db: AsyncDriver, settings: Settings
) -> None:
    from graph.bundle import EmploymentIn, PersonIn

    await load_bundle(
        clean_db,
        settings.neo4j_database,
        Bundle(
            organizations=[
                OrganizationIn(id="ns", name="东软集团", aliases=["东软"], roles=[OrgRole.COMPETITOR]),
                OrganizationIn(
                    id="zc", name="合肥智川信息技术", aliases=["智川"], roles=[OrgRole.COMPETITOR]
                ),
            ],
            persons=[PersonIn(id="kuang", name="邝宁远")],
            employments=[EmploymentIn(person_id="kuang", org_id="ns", title="副总经理")],
        ),
    )
    clipping = {
        "id": "c1",
        "kind": "clipping",
        "date": "2025-11-19",
        "customer": None,
        "text": "合肥智川信息技术有限公司宣布，原东软集团医疗事业部副总经理邝宁远正式加盟，出任智川高级副总裁。",
    }
    (result,) = await IngestPipeline(services).ingest_records([clipping])
    assert result.status is ItemStatus.CREATED
    jobs, _, _ = await clean_db.execute_query(
        "MATCH (:Person {id: 'kuang'})-[w:WORKS_AT]->(o) RETURN o.id AS org, w.until AS until, w.title AS title "
        "ORDER BY org"
    )
    by_org = {j["org"]: j for j in jobs}
    assert str(by_org["ns"]["until"]) == "2025-11-19"  # the old job ends when the news says so
    assert by_org["zc"]["until"] is None and by_org["zc"]["title"] == "高级副总裁"


async def test_hostile_uploads_get_clear_errors(clean_db: AsyncDriver, client: httpx.AsyncClient) -> None:
    import io
    import zipfile

    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"<w:document>" + b"0" * 60_000_000 + b"</w:document>")
    query = (
        "mutation($files: [Upload!]!) { uploadDocuments(files: $files) { id failed items { errorCode } } }"
    )
    files = {"variables.files.0": ("bomb.docx", bomb.getvalue())}
    body = (await client.post("/graphql", **multipart(query, {"files": [None]}, files))).json()
    job = body["data"]["uploadDocuments"]
    assert job["failed"] == 1 and job["items"] == [{"errorCode": "ZIP_BOMB"}]
    docs, _, _ = await clean_db.execute_query("MATCH (d:Document) RETURN count(d) AS n")
    assert docs[0]["n"] == 0  # nothing written
    # a malformed multipart body is a 4xx, never a 500
    broken = await client.post(
        "/graphql",
        content=b'--xyz\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{not json',
        headers={"content-type": "multipart/form-data; boundary=xyz"},
    )
    assert 400 <= broken.status_code < 500
    # files without the map that places them: the variable stays unset, a coded GraphQL error
    ops = '{"query": "mutation($files: [Upload!]!) { uploadDocuments(files: $files) { id } }", "variables": {}}'
    missing_map = await client.post("/graphql", data={"operations": ops}, files={"0": ("a.txt", b"x")})
    assert missing_map.status_code < 500
    assert missing_map.json()["errors"][0]["extensions"]["code"] in {"BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED"}
