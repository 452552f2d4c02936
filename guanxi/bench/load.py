"""`kg bench load`: a bounded loopback load test of the real API.

The API runs as `kg serve` would (its own uvicorn process on a free 127.0.0.1 port, auth on) against
the configured Neo4j (demo data loaded when it is empty); N clients (default 16), each with its own
viewer API key, loop over a mix of list, nested and analysis queries for a fixed duration (default
2 minutes). Reported: requests, throughput, p50/p99 latency and errors (HTTP ≠ 200 or GraphQL errors).
The rate limit is off for the run (16 clients at full speed would otherwise measure the limiter).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from graph.driver import make_async_driver
from graph.local_server import free_port
from graph.repositories.users import Role, UserRepository
from guanxi.settings import PROJECT_ROOT, Settings

MIX: list[tuple[str, str, int]] = [  # (name, document, weight); $c customer, $o opportunity, $p contact
    ("organizations", "{ organizations(filter: {roles: [CUSTOMER]}, first: 20) { totalCount nodes { name "
                      "aliases industry stage } } }", 3),
    ("contacts", "{ contacts(first: 20) { totalCount nodes { name currentEmployment { title "
                 "organization { name } } } } }", 2),
    ("opportunities", "query($c: ID) { opportunities(filter: {customer: $c}, first: 10) { nodes { name "
                      "amount winRate competitors { name } roles { role holder { ... on Contact { name } } "
                      "} } } }", 2),
    ("documents", "query($c: ID) { documents(filter: {customer: $c}, first: 10) { nodes { title date "
                  "sourceType sourceIdentity } } }", 2),
    ("decisionChain", "query($o: ID) { decisionChain(opportunity: $o) { missingRoles entries { name } } }",
     2),
    ("competitorLandscape", "query($c: ID!) { competitorLandscape(customer: $c) { incumbent engaged "
                            "documentCount } }", 1),
    ("accountSummary", "query($c: ID!) { accountSummary(customer: $c) { contacts competitors documents } }",
     1),
    ("stanceTimeline", "query($p: ID!) { stanceTimeline(contact: $p) { stance date } }", 1),
]


@dataclass
class Stats:
    latencies_ms: list[float] = field(default_factory=list)
    errors: int = 0
    error_samples: list[str] = field(default_factory=list)
    by_query: dict[str, list[float]] = field(default_factory=dict)


def percentile(values: list[float], pct: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1))))
    return ordered[k]


async def _prepare(settings: Settings, clients: int) -> list[str]:
    """Demo data if the graph is empty; one viewer key per client (revoked after the run)."""
    from graph.loader import load_bundle
    from graph.migrate import migrate
    from guanxi.demo import generate

    driver = make_async_driver(settings)
    try:
        await migrate(driver, settings.neo4j_database)
        records, _, _ = await driver.execute_query("MATCH (c:Customer) RETURN count(c) AS n",
                                                   database_=settings.neo4j_database)
        if not records[0]["n"]:
            await load_bundle(driver, settings.neo4j_database, generate())
        users = UserRepository(driver, settings.neo4j_database, settings)
        return [(await users.create_key(f"bench-load-{i}", Role.VIEWER))[1] for i in range(clients)]
    finally:
        await driver.close()


async def _revoke(settings: Settings, keys: list[str]) -> None:
    driver = make_async_driver(settings)
    try:
        users = UserRepository(driver, settings.neo4j_database, settings)
        for key in keys:
            await users.revoke(key.split("_")[1])
    finally:
        await driver.close()


@contextlib.contextmanager
def api_process(settings: Settings) -> Iterator[str]:
    port = free_port()
    env = {**os.environ, "NEO4J_URI": settings.effective_neo4j_uri, "NEO4J_DATABASE": settings.neo4j_database,
           "NEO4J_USER": settings.neo4j_user, "NEO4J_PASSWORD": settings.neo4j_password.get_secret_value(),
           "RATE_LIMIT_PER_MINUTE": "0", "INGEST_WORKER": "false", "LOG_LEVEL": "WARNING"}
    log = Path(tempfile.mkstemp(prefix="guanxi-load-", suffix=".log")[1])
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--factory", "api.app:create_app", "--host", "127.0.0.1",
             "--port", str(port), "--no-access-log", "--log-level", "warning"],
            cwd=PROJECT_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"the API exited; see {log}:\n{log.read_text()[-2000:]}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=1.0).status_code == 200:
                    break
            time.sleep(0.3)
        else:
            raise RuntimeError(f"the API did not become ready; see {log}")
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()


async def _targets(http: httpx.AsyncClient) -> dict[str, Any]:
    doc = ("{ organizations(filter: {roles: [CUSTOMER], opportunitiesSome: {status: OPEN}}, first: 5) "
           "{ nodes { id opportunities { id } employees { contact { id } } } } }")
    data = (await http.post("/graphql", json={"query": doc})).json()["data"]["organizations"]["nodes"]
    if not data:
        plain = doc.replace(", opportunitiesSome: {status: OPEN}", "")
        data = (await http.post("/graphql", json={"query": plain})).json()["data"]["organizations"]["nodes"]
    out = []
    for org in data:
        opp = org["opportunities"][0]["id"] if org["opportunities"] else None
        contact = org["employees"][0]["contact"]["id"] if org["employees"] else None
        if opp and contact:
            out.append({"c": org["id"], "o": opp, "p": contact})
    if not out:
        raise RuntimeError("no customer with an opportunity and a contact: load the demo data (kg demo load)")
    return {"targets": out}


async def _client(base: str, key: str, until: float, targets: list[dict[str, str]], stats: Stats,
                  seed: int) -> None:
    rnd = random.Random(seed)  # noqa: S311 - load mix, not security
    names = [m for m in MIX for _ in range(m[2])]
    async with httpx.AsyncClient(base_url=base, headers={"X-API-Key": key}, timeout=60.0) as http:
        while time.perf_counter() < until:
            name, document, _ = rnd.choice(names)
            t = rnd.choice(targets)
            variables = {k: v for k, v in t.items() if f"${k}" in document}
            started = time.perf_counter()
            try:
                response = await http.post("/graphql", json={"query": document, "variables": variables})
                ok = response.status_code == 200 and not response.json().get("errors")
                detail = response.text[:300]
            except httpx.HTTPError as exc:
                ok, detail = False, repr(exc)
            elapsed = (time.perf_counter() - started) * 1000
            stats.latencies_ms.append(elapsed)
            stats.by_query.setdefault(name, []).append(elapsed)
            if not ok:
                stats.errors += 1
                if len(stats.error_samples) < 5:
                    stats.error_samples.append(f"{name}: {detail}")


async def run(settings: Settings, *, clients: int = 16, duration_s: float = 120.0,
              warmup_s: float = 5.0) -> dict[str, Any]:
    keys = await _prepare(settings, clients)
    try:
        with api_process(settings) as base:
            async with httpx.AsyncClient(base_url=base, headers={"X-API-Key": keys[0]}, timeout=60) as http:
                targets = (await _targets(http))["targets"]
            warm = Stats()
            await asyncio.gather(*(_client(base, k, time.perf_counter() + warmup_s, targets, warm, i)
                                   for i, k in enumerate(keys)))
            stats = Stats()
            started = time.perf_counter()
            until = started + duration_s
            await asyncio.gather(*(_client(base, k, until, targets, stats, 100 + i)
                                   for i, k in enumerate(keys)))
            wall = time.perf_counter() - started
    finally:
        await _revoke(settings, keys)
    n = len(stats.latencies_ms)
    return {
        "clients": clients, "duration_s": round(wall, 1), "requests": n, "errors": stats.errors,
        "throughput_rps": round(n / wall, 1) if wall else 0.0,
        "p50_ms": round(percentile(stats.latencies_ms, 50), 1),
        "p99_ms": round(percentile(stats.latencies_ms, 99), 1),
        "by_query": {k: {"requests": len(v), "p50_ms": round(percentile(v, 50), 1),
                         "p99_ms": round(percentile(v, 99), 1)} for k, v in sorted(stats.by_query.items())},
        "error_samples": stats.error_samples,
        "cpus": os.cpu_count(),
    }
