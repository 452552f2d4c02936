"""Shared plumbing of the query benchmarks: a throw-away Neo4j with data, the Guanxi API and the
@neo4j/graphql peer as real HTTP servers, a fixed-concurrency load loop, p50/p99/throughput, tables.

Everything measured runs against the same Neo4j and the same data in one run. Timings are printed,
never asserted (tests only check that the plumbing works).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from guanxi.settings import PROJECT_ROOT, Settings

QUERIES_DIR = PROJECT_ROOT / "bench" / "queries"
PEER_DIR = PROJECT_ROOT / "bench" / "peer"
JWT_SECRET = "guanxi-bench-secret-0123456789abcdef0123456789abcdef"  # noqa: S105 - throw-away
JWT_ISSUER = "guanxi-bench"
JWT_AUDIENCE = "guanxi-api"
BASE_ACCOUNTS = 36  # --scale 1 = the demo data set


# ------------------------------------------------------------------ measuring
@dataclass
class Timing:
    query: str
    impl: str
    latencies_ms: list[float]
    wall_s: float
    concurrency: int
    errors: int = 0
    note: str = ""

    @property
    def p50(self) -> float:
        return percentile(self.latencies_ms, 50)

    @property
    def p99(self) -> float:
        return percentile(self.latencies_ms, 99)

    @property
    def rps(self) -> float:
        return len(self.latencies_ms) / self.wall_s if self.wall_s else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "impl": self.impl,
            "n": len(self.latencies_ms),
            "p50_ms": self.p50,
            "p99_ms": self.p99,
            "mean_ms": statistics.fmean(self.latencies_ms) if self.latencies_ms else 0.0,
            "rps": self.rps,
            "concurrency": self.concurrency,
            "errors": self.errors,
            "note": self.note,
        }


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile (p99 of 200 samples = the 198th smallest)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(pct / 100 * len(ordered))))
    return ordered[rank - 1]


async def measure(
    query: str,
    impl: str,
    call: Callable[[], Awaitable[Any]],
    *,
    requests: int,
    concurrency: int,
    warmup: int,
) -> Timing:
    """`warmup` sequential calls, then `requests` calls from `concurrency` workers (closed loop)."""
    for _ in range(warmup):
        await call()
    latencies: list[float] = []
    errors = 0
    remaining = requests

    async def worker() -> None:
        nonlocal remaining, errors
        while remaining > 0:
            remaining -= 1
            started = time.perf_counter()
            try:
                await call()
            except Exception:
                errors += 1
                continue
            latencies.append((time.perf_counter() - started) * 1000)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return Timing(query, impl, latencies, time.perf_counter() - started, concurrency, errors)


async def measure_interleaved(
    query: str,
    calls: Mapping[str, Callable[[], Awaitable[Any]]],
    *,
    requests: int,
    concurrency: int,
    warmup: int,
    rounds: int = 10,
    budget_s: float | None = 90.0,
) -> list[Timing]:
    """Like `measure` for several implementations of one question, alternating them in `rounds`
    slices so that a change in machine load (a shared machine) falls on all of them alike."""
    timings = {impl: Timing(query, impl, [], 0.0, concurrency) for impl in calls}
    for call in calls.values():
        for _ in range(warmup):
            await call()
    per_round = max(1, requests // rounds)
    started = time.perf_counter()
    for i in range(rounds):
        if i and budget_s is not None and time.perf_counter() - started > budget_s:
            break  # a pathological question: fewer samples (n says how many), the run goes on
        for impl, call in calls.items() if i % 2 == 0 else reversed(list(calls.items())):
            t = await measure(query, impl, call, requests=per_round, concurrency=concurrency, warmup=0)
            acc = timings[impl]
            acc.latencies_ms += t.latencies_ms
            acc.wall_s += t.wall_s
            acc.errors += t.errors
    return list(timings.values())


# ------------------------------------------------------------------ tables
def ratio_rows(timings: list[Timing], baseline: str) -> list[dict[str, Any]]:
    """One row per timing with p50 and throughput ratios against the `baseline` impl of its query."""
    base = {t.query: t for t in timings if t.impl == baseline}
    rows = []
    for t in timings:
        b = base.get(t.query)
        rows.append(
            {
                **t.as_dict(),
                "p50_ratio": t.p50 / b.p50 if b and b.p50 else None,
                "rps_ratio": t.rps / b.rps if b and b.rps else None,
            }
        )
    return rows


def render(title: str, timings: list[Timing], baseline: str, caption: str = "") -> Any:
    from rich.table import Table

    table = Table(title=title, caption=caption or None)
    for col in (
        "query",
        "impl",
        "n",
        "p50 ms",
        "p99 ms",
        "req/s",
        f"p50 ÷ {baseline}",
        f"req/s ÷ {baseline}",
    ):
        table.add_column(col, justify="left" if col in ("query", "impl") else "right")
    for row in ratio_rows(timings, baseline):
        table.add_row(
            row["query"],
            row["impl"],
            str(row["n"]) + (f" ({row['errors']} err)" if row["errors"] else ""),
            f"{row['p50_ms']:.2f}",
            f"{row['p99_ms']:.2f}",
            f"{row['rps']:.0f}",
            "" if row["impl"] == baseline or row["p50_ratio"] is None else f"{row['p50_ratio']:.2f}×",
            "" if row["impl"] == baseline or row["rps_ratio"] is None else f"{row['rps_ratio']:.2f}×",
        )
    return table


def markdown(timings: list[Timing], baseline: str) -> str:
    lines = [
        f"| query | impl | n | p50 ms | p99 ms | req/s | p50 ÷ {baseline} | req/s ÷ {baseline} |",
        "|---|---|--:|--:|--:|--:|--:|--:|",
    ]
    for r in ratio_rows(timings, baseline):
        pr = "" if r["impl"] == baseline or r["p50_ratio"] is None else f"{r['p50_ratio']:.2f}×"
        rr = "" if r["impl"] == baseline or r["rps_ratio"] is None else f"{r['rps_ratio']:.2f}×"
        lines.append(
            f"| {r['query']} | {r['impl']} | {r['n']} | {r['p50_ms']:.2f} | {r['p99_ms']:.2f} "
            f"| {r['rps']:.0f} | {pr} | {rr} |"
        )
    return "\n".join(lines)


def machine() -> str:
    cpu = "?"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    return f"{os.cpu_count()} cores ({cpu}), load average {load[0]:.1f}/{load[1]:.1f}/{load[2]:.1f}"


# ------------------------------------------------------------------ queries on disk
def query_text(name: str) -> str:
    return (QUERIES_DIR / name).read_text(encoding="utf-8")


def cypher_text(name: str) -> str:
    text = query_text(name)
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//")).strip()


_VARIABLE = re.compile(r"\$(\w+)\s*:")


def declared_variables(document: str, values: dict[str, Any]) -> dict[str, Any]:
    """Only the variables the GraphQL document declares (servers reject unknown ones)."""
    head = document.split("{", 1)[0]
    return {name: values[name] for name in _VARIABLE.findall(head) if name in values}


def global_id(type_name: str, raw: str) -> str:
    return base64.b64encode(f"{type_name}:{raw}".encode()).decode()


# ------------------------------------------------------------------ Neo4j with data
@contextlib.contextmanager
def neo4j_server(uri: str | None, *, heap: str = "1g", pagecache: str = "512m") -> Iterator[Server]:
    """`uri` as given, or a throw-away local Neo4j 5.26 (own directory, free ports) for the run."""
    if uri:
        yield Server(uri, None)
        return
    from graph.local_server import LocalNeo4j, free_port

    with tempfile.TemporaryDirectory(prefix="guanxi-bench-") as home:
        server = LocalNeo4j(
            home=Path(home),
            lib_dir=PROJECT_ROOT / ".neo4j" / "lib",
            bolt_port=free_port(),
            http_port=free_port(),
            heap=heap,
            pagecache=pagecache,
        )
        with server.running():
            yield Server(server.bolt_uri, Path(home) / "data")


@dataclass(frozen=True)
class Server:
    uri: str
    data_dir: Path | None  # None: not ours (--uri), size unknown

    def store_bytes(self) -> int | None:
        if self.data_dir is None:
            return None
        return sum(
            p.stat().st_size
            for p in self.data_dir.rglob("*")
            if p.is_file() and "transactions" not in p.parts
        )

    def tx_log_bytes(self) -> int | None:
        if self.data_dir is None:
            return None
        return sum(
            p.stat().st_size for p in self.data_dir.rglob("*") if p.is_file() and "transactions" in p.parts
        )


def bench_settings(base: Settings, uri: str) -> Settings:
    return base.model_copy(
        update={
            "neo4j_uri": uri,
            "log_level": "WARNING",
            "ingest_worker": False,
            "rate_limit_per_minute": 0,
            "environment": "test",
        }
    )


async def wipe(settings: Settings) -> None:
    from graph.driver import make_async_driver

    driver = make_async_driver(settings)
    try:
        while True:
            records, _, _ = await driver.execute_query(
                "MATCH (n) WHERE NOT n:SchemaMigration WITH n LIMIT 20000 DETACH DELETE n "
                "RETURN count(*) AS n",
                database_=settings.neo4j_database,
            )
            if not records[0]["n"]:
                break
    finally:
        await driver.close()


async def load_demo(
    settings: Settings,
    accounts: int,
    *,
    seed: int = 7,
    batch_size: int = 5000,
    chunk_size: int = 200,
    **shape: Any,
) -> dict[str, Any]:
    """Migrate, then stream the demo generator into Neo4j in UNWIND batches. Returns counts, seconds."""
    from graph.driver import make_async_driver
    from graph.loader import load_bundle
    from graph.migrate import migrate
    from guanxi.demo import iter_chunks

    driver = make_async_driver(settings)
    totals: dict[str, int] = {}
    started = time.perf_counter()
    try:
        await migrate(driver, settings.neo4j_database)
        for chunk in iter_chunks(accounts=accounts, seed=seed, chunk_size=chunk_size, **shape):
            for key, value in chunk.counts().items():
                totals[key] = totals.get(key, 0) + value
            await load_bundle(driver, settings.neo4j_database, chunk, batch_size=batch_size)
        # Statistics for the planner after a bulk load (what a DBA does after an import).
        await driver.execute_query("CALL db.prepareForReplanning(300)", database_=settings.neo4j_database)
        await driver.execute_query("CALL db.awaitIndexes(300)", database_=settings.neo4j_database)
    finally:
        await driver.close()
    return {"counts": totals, "seconds": time.perf_counter() - started}


# ------------------------------------------------------------------ targets
@dataclass
class Targets:
    """The entities every implementation is asked about (raw graph ids; global ids derived)."""

    customer: str
    opportunity: str
    contact: str
    rep: str
    competitor: str
    search: str
    values: dict[str, Any] = field(default_factory=dict)

    def variables(self) -> dict[str, Any]:
        return {
            "c": global_id("Organization", self.customer),
            "cid": self.customer,
            "o": global_id("Opportunity", self.opportunity),
            "oid": self.opportunity,
            "p": global_id("Contact", self.contact),
            "pid": self.contact,
            "f": global_id("Contact", self.rep),
            "fid": self.rep,
            "k": global_id("Organization", self.competitor),
            "kid": self.competitor,
            "q": self.search,
            "first": 20,
            **self.values,
        }


async def pick_targets(settings: Settings, preferred_customer: str = "org-a00028") -> Targets:
    """A fixed, well-connected account (the one docs/queries.md shows) so scales compare like with like;
    its best-staffed opportunity, a contact reachable from a rep over KNOWS, its strongest competitor."""
    from graph.driver import make_async_driver

    driver = make_async_driver(settings)
    db = settings.neo4j_database
    try:
        records, _, _ = await driver.execute_query(
            "OPTIONAL MATCH (c:Customer {id: $id}) WITH c "
            "CALL (c) { WITH c WHERE c IS NULL MATCH (x:Customer)<-[:FOR_CUSTOMER]-(:Opportunity) "
            "  RETURN x ORDER BY x.id LIMIT 1 UNION WITH c WHERE c IS NOT NULL RETURN c AS x } "
            "RETURN x.id AS id",
            id=preferred_customer,
            database_=db,
        )
        customer = records[0]["id"]
        records, _, _ = await driver.execute_query(
            "MATCH (c:Organization {id: $c})<-[:FOR_CUSTOMER]-(o:Opportunity) "
            "OPTIONAL MATCH (o)<-[r:HAS_ROLE]-() WITH o, count(r) AS n ORDER BY n DESC, o.id LIMIT 1 "
            "RETURN o.id AS id",
            c=customer,
            database_=db,
        )
        opportunity = records[0]["id"]
        records, _, _ = await driver.execute_query(
            "MATCH (c:Organization {id: $c})<-[:WORKS_AT]-(p:Person) WHERE NOT p:Rep "
            "OPTIONAL MATCH (p)-[:KNOWS]-(r:Rep) WITH p, r ORDER BY r IS NULL, p.id "
            "RETURN p.id AS pid, coalesce(r.id, 'per-rep-01') AS rid LIMIT 1",
            c=customer,
            database_=db,
        )
        contact, rep = records[0]["pid"], records[0]["rid"]
        records, _, _ = await driver.execute_query(
            "MATCH (k:Competitor)-[:INCUMBENT_AT]->(:Organization) WITH k, count(*) AS n "
            "ORDER BY n DESC, k.id LIMIT 1 RETURN k.id AS id",
            database_=db,
        )
        competitor = records[0]["id"]
        records, _, _ = await driver.execute_query(
            "MATCH (c:Organization {id: $c}) RETURN c.name AS name", c=customer, database_=db
        )
        name = records[0]["name"] or ""
    finally:
        await driver.close()
    # A two-word query: the account's short name (字号, 2 characters after the city) and a topic word.
    short = name[2:4] if len(name) >= 4 else name
    return Targets(customer, opportunity, contact, rep, competitor, f"{short} 预算")


# ------------------------------------------------------------------ servers
def _wait_http(url: str, proc: subprocess.Popen[bytes], timeout_s: float, what: str, log: Path) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited ({proc.returncode}); see {log}:\n{log.read_text()[-2000:]}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url, timeout=1.0).status_code == 200:
                return
        time.sleep(0.2)
    raise RuntimeError(f"{what} not ready after {timeout_s:.0f}s; see {log}")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


def bench_token(role: str = "admin") -> str:
    import jwt

    now = int(time.time())
    return jwt.encode(
        {
            "sub": "bench",
            "role": role,
            "iss": JWT_ISSUER,
            "aud": JWT_AUDIENCE,
            "iat": now,
            "exp": now + 24 * 3600,
        },
        JWT_SECRET,
        algorithm="HS256",
    )


@contextlib.contextmanager
def guanxi_api(settings: Settings, *, workers: int = 1) -> Iterator[tuple[str, dict[str, str]]]:
    """The Guanxi API in its own uvicorn process on a free loopback port (as `kg serve` runs it), so
    the load generator does not share its event loop. Yields (graphql url, auth headers)."""
    from graph.local_server import free_port

    port = free_port()
    env = {
        **os.environ,
        "NEO4J_URI": settings.effective_neo4j_uri,
        "NEO4J_DATABASE": settings.neo4j_database,
        "NEO4J_USER": settings.neo4j_user,
        "NEO4J_PASSWORD": settings.neo4j_password.get_secret_value(),
        "JWT_SECRET": JWT_SECRET,
        "JWT_ISSUER": JWT_ISSUER,
        "JWT_AUDIENCE": JWT_AUDIENCE,
        "RATE_LIMIT_PER_MINUTE": "0",
        "INGEST_WORKER": "false",
        "LOG_LEVEL": "WARNING",
        "ENVIRONMENT": "production",
        "GRAPHQL_MAX_COST": "1000000",
    }
    log = Path(tempfile.mkstemp(prefix="guanxi-bench-api-", suffix=".log")[1])
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "--factory",
                "api.app:create_app",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--workers",
                str(workers),
                "--no-access-log",
                "--log-level",
                "warning",
            ],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_http(f"http://127.0.0.1:{port}/healthz", proc, 120, "Guanxi API", log)
        yield f"http://127.0.0.1:{port}/graphql", {"Authorization": f"Bearer {bench_token()}"}
    finally:
        _stop(proc)


def ensure_peer_installed() -> None:
    if (PEER_DIR / "node_modules" / "@neo4j" / "graphql").is_dir():
        return
    npm = shutil.which("npm")
    if not npm:
        raise RuntimeError("npm not found: the @neo4j/graphql peer needs Node 20+ and npm")
    subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--prefix", str(PEER_DIR)], check=True)


@contextlib.contextmanager
def peer_api(settings: Settings) -> Iterator[str]:
    """`node bench/peer/server.mjs` (@neo4j/graphql) on a free loopback port. Yields its graphql url."""
    from graph.local_server import free_port

    ensure_peer_installed()
    node = shutil.which("node")
    if not node:
        raise RuntimeError("node not found: the @neo4j/graphql peer needs Node 20+")
    port = free_port()
    env = {
        **os.environ,
        "NEO4J_URI": settings.effective_neo4j_uri,
        "NEO4J_DATABASE": settings.neo4j_database,
        "NEO4J_USER": settings.neo4j_user,
        "NEO4J_PASSWORD": settings.neo4j_password.get_secret_value(),
        "PORT": str(port),
        "NODE_ENV": "production",
    }
    log = Path(tempfile.mkstemp(prefix="guanxi-bench-peer-", suffix=".log")[1])
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [node, str(PEER_DIR / "server.mjs")],
            cwd=PEER_DIR,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_http(f"http://127.0.0.1:{port}/healthz", proc, 60, "@neo4j/graphql peer", log)
        yield f"http://127.0.0.1:{port}/graphql"
    finally:
        _stop(proc)


@contextlib.asynccontextmanager
async def graphql_caller(
    url: str, headers: dict[str, str] | None = None, connections: int = 16
) -> AsyncIterator[Callable[[str, dict[str, Any]], Awaitable[Any]]]:
    """A POST-JSON GraphQL caller over keep-alive connections; raises on HTTP or GraphQL errors."""
    import orjson

    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx.AsyncClient(
        headers={**(headers or {}), "content-type": "application/json"}, limits=limits, timeout=60.0
    ) as http:

        async def call(document: str, variables: dict[str, Any]) -> Any:
            body = orjson.dumps({"query": document, "variables": declared_variables(document, variables)})
            response = await http.post(url, content=body)
            if response.status_code != 200:
                raise RuntimeError(f"HTTP {response.status_code}: {response.text[:500]}")
            payload = orjson.loads(response.content)
            if payload.get("errors"):
                raise RuntimeError(f"GraphQL errors: {str(payload['errors'])[:500]}")
            return payload["data"]

        yield call


# ------------------------------------------------------------------ one run of everything
SUITES = ("cypher", "peer", "growth")


def run_benchmarks(
    base: Settings,
    *,
    uri: str | None,
    suites: tuple[str, ...],
    scales: list[int],
    main_scale: int,
    accounts: int | None,
    requests: int,
    concurrency: int,
    warmup: int,
    say: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Start Neo4j (unless `uri`), the Guanxi API and (for `peer`) the @neo4j/graphql peer once; for each
    scale load the data (wiping the throw-away database in between) and run the suites asked for."""
    from guanxi.bench import graphql_vs_cypher, peer
    from guanxi.bench import scale as growth

    if uri and len(scales) > 1:
        raise RuntimeError("several scales need a throw-away Neo4j (it is wiped between scales): drop --uri")
    results: dict[str, Any] = {
        "machine": machine(),
        "requests": requests,
        "concurrency": concurrency,
        "warmup": warmup,
        "loads": {},
        "timings": {},
        "profiles": {},
        "growth": {},
    }
    by_scale: dict[int, list[Timing]] = {}
    checkpoint = PROJECT_ROOT / "bench" / "results" / f"bench-{time.strftime('%Y%m%d-%H%M%S')}-partial.json"
    with neo4j_server(uri) as server:
        settings = bench_settings(base, server.uri)
        with (
            guanxi_api(settings) as (url, headers),
            peer_api(settings) if "peer" in suites else contextlib.nullcontext("") as peer_url,
        ):
            for i, scale in enumerate(scales):
                n = accounts if accounts and len(scales) == 1 else BASE_ACCOUNTS * scale
                if i:
                    asyncio.run(wipe(settings))
                say(f"loading {n} accounts ({scale}×)…")
                load = asyncio.run(load_demo(settings, n))
                load["store_bytes"] = server.store_bytes()
                results["loads"][scale] = load
                say(
                    f"  loaded in {load['seconds']:.1f}s: "
                    + ", ".join(f"{v} {k}" for k, v in load["counts"].items() if v)
                )
                targets = asyncio.run(pick_targets(settings))
                results.setdefault("targets", {})[scale] = targets.__dict__
                opts: dict[str, Any] = {"requests": requests, "concurrency": concurrency, "warmup": warmup}
                if scale == main_scale and "cypher" in suites:
                    say("  GraphQL vs raw Cypher…")
                    results["timings"]["cypher"] = asyncio.run(
                        graphql_vs_cypher.run(settings, url, headers, targets, **opts)
                    )
                if scale == main_scale and "peer" in suites:
                    say("  Guanxi vs @neo4j/graphql…")
                    results["timings"]["peer"] = asyncio.run(
                        peer.run(url, headers, peer_url, targets, **opts)
                    )
                if "growth" in suites:
                    say("  account-scoped queries (growth) and PROFILE…")
                    by_scale[scale] = asyncio.run(
                        growth.growth_timings(settings, url, headers, targets, scale=scale, **opts)
                    )
                    results["profiles"][scale] = asyncio.run(growth.profile(settings, targets))
                    results["timings"]["growth"] = [t for s in sorted(by_scale) for t in by_scale[s]]
                save(results, path=checkpoint)  # what is measured so far survives an interrupted run
    if by_scale:
        results["timings"]["growth"] = [t for s in sorted(by_scale) for t in by_scale[s]]
        results["growth"] = growth.growth_table(by_scale)
    return results


def save(results: dict[str, Any], directory: Path | None = None, path: Path | None = None) -> Path:
    import json

    directory = directory or PROJECT_ROOT / "bench" / "results"
    directory.mkdir(parents=True, exist_ok=True)
    path = path or directory / f"bench-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    serialisable = {
        **results,
        "timings": {k: [t.as_dict() for t in v] for k, v in results["timings"].items()},
    }
    path.write_text(json.dumps(serialisable, default=str, indent=1, ensure_ascii=False), encoding="utf-8")
    return path
