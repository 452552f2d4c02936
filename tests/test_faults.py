"""Faults survived: bounded retries of transient Neo4j errors, and a real Neo4j outage (this module's
own server process, stopped and started again) seen as /readyz 503 + SERVICE_UNAVAILABLE, with
automatic recovery of the same app once the server is back.

An upload job interrupted by killing that server mid-way resumes after its restart with zero documents
lost and zero duplicated.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
import pytest_asyncio
from neo4j import AsyncDriver
from neo4j.exceptions import ClientError, ServiceUnavailable, TransientError

from api.app import create_app
from graph.bundle import Bundle, OrganizationIn
from graph.driver import make_async_driver
from graph.enums import OrgRole
from graph.loader import load_bundle
from graph.local_server import LocalNeo4j, free_port
from graph.migrate import migrate
from graph.repositories.base import Repository
from guanxi.settings import Settings
from tests.conftest import LIB_DIR, auth_headers, serving

pytestmark = pytest.mark.slow


# ---------------------------------------------------------------------------- retries (no outage)
class _Record:
    def data(self) -> dict[str, Any]:
        return {"ok": 1}


class _Result:
    """What `AsyncSession.run` returns: an async iterator of records."""

    def __aiter__(self) -> AsyncIterator[_Record]:
        async def records() -> AsyncIterator[_Record]:
            yield _Record()

        return records()


class _FlakySession:
    """Fails with the owner's queued errors, then answers. Reads are auto-commit (`session.run`),
    writes are managed transactions (`execute_write`): both paths go through the same retry policy."""

    def __init__(self, owner: _FlakyDriver) -> None:
        self.owner = owner

    async def __aenter__(self) -> _FlakySession:
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None

    def _attempt(self) -> None:
        self.owner.calls += 1
        if self.owner.failures:
            raise self.owner.failures.pop(0)

    async def run(self, query: Any, parameters: Any = None) -> _Result:
        self._attempt()
        self.owner.queries.append(query)
        return _Result()

    async def execute_write(self, work: Any) -> Any:
        self._attempt()
        return [{"ok": 1}]


class _FlakyDriver:
    def __init__(self, failures: list[Exception]) -> None:
        self.failures = failures
        self.calls = 0
        self.queries: list[Any] = []
        self.session_kwargs: dict[str, Any] = {}

    def session(self, **kwargs: Any) -> _FlakySession:
        self.session_kwargs = kwargs
        return _FlakySession(self)


async def test_transient_errors_are_retried_a_bounded_number_of_times(settings: Settings) -> None:
    quick = settings.model_copy(update={"neo4j_retry_attempts": 3, "neo4j_retry_backoff_s": 0.01})
    flaky = _FlakyDriver([ServiceUnavailable("down"), TransientError("deadlock")])
    repo = Repository(flaky, "neo4j", quick)  # type: ignore[arg-type]
    assert await repo.read("organization_get_by_ids", ids=[]) == [{"ok": 1}]
    assert flaky.calls == 3
    assert flaky.session_kwargs["max_transaction_retry_time"] == 0  # one retry policy, not two
    assert flaky.session_kwargs["default_access_mode"] == "READ"
    assert flaky.queries[-1].timeout == quick.neo4j_tx_timeout_s  # the server-side timeout still applies

    always = _FlakyDriver([ServiceUnavailable("down")] * 10)
    started = time.perf_counter()
    with pytest.raises(ServiceUnavailable):
        await Repository(always, "neo4j", quick).write("organization_get_by_ids", ids=[])  # type: ignore[arg-type]
    assert always.calls == 3 and time.perf_counter() - started < 2

    fatal = _FlakyDriver([ClientError("syntax")])
    with pytest.raises(ClientError):
        await Repository(fatal, "neo4j", quick).read("organization_get_by_ids", ids=[])  # type: ignore[arg-type]
    assert fatal.calls == 1  # not retryable: not retried


# ---------------------------------------------------------------------------- a real outage
@pytest.fixture(scope="module")
def own_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalNeo4j]:
    server = LocalNeo4j(
        home=tmp_path_factory.mktemp("neo4j-faults"),
        lib_dir=LIB_DIR,
        bolt_port=free_port(),
        http_port=free_port(),
        heap="512m",
        pagecache="128m",
    )
    server.start(timeout_s=240)
    try:
        yield server
    finally:
        server.stop()


@pytest_asyncio.fixture(loop_scope="session")
async def fault_settings(own_server: LocalNeo4j, settings: Settings) -> AsyncIterator[Settings]:
    s = settings.model_copy(update={"neo4j_uri": own_server.bolt_uri, "neo4j_connection_timeout_s": 2.0})
    drv: AsyncDriver = make_async_driver(s)
    try:
        await migrate(drv, s.neo4j_database)
        bundle = Bundle(organizations=[OrganizationIn(id="hx", name="华信银行", roles=[OrgRole.CUSTOMER])])
        await load_bundle(drv, s.neo4j_database, bundle)
    finally:
        await drv.close()
    yield s


async def _wait_ready(http: httpx.AsyncClient, timeout_s: float = 120) -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < timeout_s:
        if (await http.get("/readyz")).status_code == 200:
            return time.perf_counter() - started
        await asyncio.sleep(0.5)
    raise AssertionError("the app did not recover")


async def test_outage_is_service_unavailable_and_recovers(
    own_server: LocalNeo4j, fault_settings: Settings
) -> None:
    query = {"query": "{ organizations { totalCount nodes { name } } }"}
    app = create_app(fault_settings)
    async with serving(app, auth_headers("viewer")) as http:
        before = (await http.post("/graphql", json=query)).json()
        assert before["data"]["organizations"]["nodes"] == [{"name": "华信银行"}]
        # an API key created now but never used is not in the auth cache: verifying it needs Neo4j
        created = (
            await http.post(
                "/graphql",
                headers=auth_headers("admin"),
                json={"query": 'mutation { createApiKey(owner: "ops", role: VIEWER) { key } }'},
            )
        ).json()
        key = created["data"]["createApiKey"]["key"]

        await asyncio.to_thread(own_server.kill)  # a crash, not a clean shutdown

        ready = await http.get("/readyz")
        assert ready.status_code == 503 and "unreachable" in ready.json()["reason"]
        assert (await http.get("/healthz")).status_code == 200
        started = time.perf_counter()
        down = await http.post("/graphql", json=query)
        assert down.status_code == 200
        body = down.json()
        assert body["errors"][0]["extensions"]["code"] == "SERVICE_UNAVAILABLE"
        assert "Neo4j" not in body["errors"][0]["message"] or "unavailable" in body["errors"][0]["message"]
        assert time.perf_counter() - started < 15  # bounded retries: fails fast, does not hang
        mutation = await http.post(
            "/graphql",
            headers=auth_headers("analyst"),
            json={"query": 'mutation { upsertOrganization(input: {name: "停机公司"}) { id } }'},
        )
        assert mutation.json()["errors"][0]["extensions"]["code"] == "SERVICE_UNAVAILABLE"
        with_key = await http.post("/graphql", json=query, headers={"X-API-Key": key, "Authorization": ""})
        assert with_key.status_code == 503
        assert with_key.json()["errors"][0]["extensions"]["code"] == "SERVICE_UNAVAILABLE"

        await asyncio.to_thread(own_server.start, timeout_s=240)
        await _wait_ready(http)  # the same app, no restart
        after = (await http.post("/graphql", json=query)).json()
        assert after == before
        recovered = await http.post("/graphql", json=query, headers={"X-API-Key": key, "Authorization": ""})
        assert recovered.json()["data"]["organizations"]["totalCount"] == 1


# ---------------------------------------------------------------------------- an ingest job vs a crash
async def test_an_ingest_job_survives_neo4j_being_killed_mid_way(
    own_server: LocalNeo4j, fault_settings: Settings
) -> None:
    import json as _json

    from guanxi.demo import generate
    from tests.test_ingest_graph import multipart

    demo = [d for d in generate(accounts=36, seed=3).documents if d.kind.value == "visit_note"][:64]
    notes = [
        {
            "id": f"kill-{i}",
            "kind": "visit_note",
            "date": d.date.isoformat() if d.date else None,
            "text": d.text,
        }
        for i, d in enumerate(demo)
    ]
    batch = "\n".join(_json.dumps(n, ensure_ascii=False) for n in notes).encode()
    app = create_app(fault_settings.model_copy(update={"ingest_worker": True}))
    job_q = (
        "query($id: String!) { job(id: $id) { status total processed created unchanged duplicates failed } }"
    )
    async with serving(app, auth_headers("analyst")) as http:
        query = "mutation($files: [Upload!]!) { uploadDocuments(files: $files) { id total } }"
        body = (
            await http.post(
                "/graphql",
                **multipart(query, {"files": [None]}, {"variables.files.0": ("notes.jsonl", batch)}),
            )
        ).json()
        job_id = body["data"]["uploadDocuments"]["id"]
        assert body["data"]["uploadDocuments"]["total"] == 64

        async def job() -> dict[str, Any] | None:
            data = (await http.post("/graphql", json={"query": job_q, "variables": {"id": job_id}})).json()
            return (data.get("data") or {}).get("job")

        for _ in range(600):  # wait until the worker is part-way through
            state = await job()
            if state and state["processed"] > 0:
                break
            await asyncio.sleep(0.1)
        assert state and 0 < state["processed"] < 64, state
        await asyncio.to_thread(own_server.kill)  # mid-job crash of the database
        await asyncio.sleep(1.0)
        await asyncio.to_thread(own_server.start, timeout_s=240)
        await _wait_ready(http)
        for _ in range(240):  # the same worker resumes on its own
            state = await job()
            if state and state["status"] not in ("QUEUED", "RUNNING"):
                break
            await asyncio.sleep(0.5)
        assert state and state["status"] == "DONE", state
        assert state["processed"] == 64, state and state["failed"] == 0
        # documents written but not yet recorded when the database died come back UNCHANGED
        assert state["created"] + state["unchanged"] + state["duplicates"] == 64
    drv = make_async_driver(fault_settings)
    try:
        rows, _, _ = await drv.execute_query(
            "MATCH (d:Document) WHERE d.externalId STARTS WITH 'kill-' RETURN count(d) AS n, count(DISTINCT d.hash) AS h"
        )
    finally:
        await drv.close()
    assert rows[0]["n"] == 64 and rows[0]["h"] == 64  # zero lost, zero duplicated
