"""Shared plumbing for repositories: sessions, timeouts, bounded retries of transient failures."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from typing import Any, LiteralString, TypeVar

from neo4j import AsyncDriver, AsyncManagedTransaction, AsyncSession, Query, unit_of_work
from neo4j.exceptions import DriverError, Neo4jError

from graph.queries import cypher
from guanxi.settings import Settings

Row = dict[str, Any]
T = TypeVar("T")


def _retryable(error: BaseException) -> bool:
    """ServiceUnavailable, SessionExpired, TransientError (deadlock, leader switch): the driver's rule."""
    return isinstance(error, DriverError | Neo4jError) and error.is_retryable()


class QueryStats:
    """Round trips to Neo4j, shared by all repositories of one GraphServices (the N+1 test reads it)."""

    def __init__(self) -> None:
        self.round_trips = 0


class Repository:
    def __init__(
        self, driver: AsyncDriver, database: str, settings: Settings, stats: QueryStats | None = None
    ) -> None:
        self.driver = driver
        self.database = database
        self.settings = settings
        self.stats = stats or QueryStats()

    @property
    def round_trips(self) -> int:
        return self.stats.round_trips

    @round_trips.setter
    def round_trips(self, value: int) -> None:
        self.stats.round_trips = value

    @property
    def _timeout(self) -> float:
        return self.settings.neo4j_tx_timeout_s

    async def _with_session(self, mode: str, run: Callable[[AsyncSession], Awaitable[T]]) -> T:
        """Run `run` in a fresh session, retrying transient failures a bounded number of times.

        This is the one retry policy of the repositories: the driver's own managed-transaction retries
        (up to `max_transaction_retry_time` with backoff) are switched off for these sessions, so an
        outage fails after `neo4j_retry_attempts` tries (~1 s) with SERVICE_UNAVAILABLE instead of
        holding every request for the driver's retry window. Statements are idempotent (MERGE by id),
        so a retried write is safe.
        """
        attempts = max(1, self.settings.neo4j_retry_attempts)
        for attempt in range(1, attempts + 1):
            try:
                async with self.driver.session(
                    database=self.database, default_access_mode=mode, max_transaction_retry_time=0
                ) as session:
                    return await run(session)
            except (DriverError, Neo4jError) as error:
                if attempt == attempts or not _retryable(error):
                    raise
                delay = self.settings.neo4j_retry_backoff_s * 2 ** (attempt - 1)
                await asyncio.sleep(delay * (0.8 + 0.4 * random.random()))  # noqa: S311 - jitter
        raise AssertionError("unreachable")

    async def read(self, name: str, **params: Any) -> list[Row]:
        """Run a named read statement as an auto-commit (implicit) read transaction, retried by
        `_with_session`.

        Auto-commit: the driver pipelines RUN + PULL in one network round trip, where a managed
        transaction costs BEGIN + RUN/PULL + COMMIT (two round trips; docs/benchmarks.md). A read has
        nothing to commit, and the retry policy above is the same either way (reads are idempotent).
        """
        query = Query(cypher(name), timeout=self._timeout)

        async def run(session: AsyncSession) -> list[Row]:
            result = await session.run(query, params)
            return [record.data() async for record in result]

        self.round_trips += 1
        return await self._with_session("READ", run)

    async def read_values(self, name: str, **params: Any) -> list[Row]:
        """`read` for statements that return only map projections, lists and scalars (never nodes,
        relationships or paths): the records' values as the driver decoded them, without
        `Record.data()`'s recursive export walk (half the client CPU of a nested statement,
        docs/benchmarks.md). Same rows as `read` for such statements (tests/test_lookahead.py)."""
        query = Query(cypher(name), timeout=self._timeout)

        async def run(session: AsyncSession) -> list[Row]:
            result = await session.run(query, params)
            return [dict(record.items()) async for record in result]

        self.round_trips += 1
        return await self._with_session("READ", run)

    async def read_one(self, name: str, **params: Any) -> Row | None:
        rows = await self.read(name, **params)
        return rows[0] if rows else None

    async def read_one_value(self, name: str, **params: Any) -> Row | None:
        rows = await self.read_values(name, **params)
        return rows[0] if rows else None

    async def write(self, name: str, **params: Any) -> list[Row]:
        """Run a named write statement in one managed (retried, hence idempotent) transaction."""
        query: LiteralString = cypher(name)

        @unit_of_work(timeout=self._timeout)
        async def work(tx: AsyncManagedTransaction) -> list[Row]:
            result = await tx.run(query, params)
            return [record.data() async for record in result]

        self.round_trips += 1
        return await self._with_session("WRITE", lambda session: session.execute_write(work))

    async def write_one(self, name: str, **params: Any) -> Row | None:
        rows = await self.write(name, **params)
        return rows[0] if rows else None

    async def write_many(self, steps: list[tuple[str, dict[str, Any]]]) -> list[list[Row]]:
        """Several named statements in ONE transaction: all land or none does."""
        queries = [(cypher(name), params) for name, params in steps]

        @unit_of_work(timeout=self._timeout)
        async def work(tx: AsyncManagedTransaction) -> list[list[Row]]:
            out: list[list[Row]] = []
            for query, params in queries:
                result = await tx.run(query, params)
                out.append([record.data() async for record in result])
            return out

        self.round_trips += 1
        return await self._with_session("WRITE", lambda session: session.execute_write(work))
