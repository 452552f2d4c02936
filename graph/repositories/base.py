"""Shared plumbing for repositories: sessions, timeouts, bounded retries of transient failures."""

from __future__ import annotations

from typing import Any, LiteralString

from neo4j import AsyncDriver, AsyncManagedTransaction, unit_of_work

from graph.queries import cypher
from guanxi.settings import Settings

Row = dict[str, Any]


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

    async def read(self, name: str, **params: Any) -> list[Row]:
        """Run a named read statement in a managed (retried) read transaction."""
        query: LiteralString = cypher(name)

        @unit_of_work(timeout=self._timeout)
        async def work(tx: AsyncManagedTransaction) -> list[Row]:
            result = await tx.run(query, params)
            return [record.data() async for record in result]

        self.round_trips += 1
        async with self.driver.session(database=self.database, default_access_mode="READ") as session:
            return await session.execute_read(work)

    async def read_one(self, name: str, **params: Any) -> Row | None:
        rows = await self.read(name, **params)
        return rows[0] if rows else None

    async def write(self, name: str, **params: Any) -> list[Row]:
        """Run a named write statement in one managed (retried, hence idempotent) transaction."""
        query: LiteralString = cypher(name)

        @unit_of_work(timeout=self._timeout)
        async def work(tx: AsyncManagedTransaction) -> list[Row]:
            result = await tx.run(query, params)
            return [record.data() async for record in result]

        self.round_trips += 1
        async with self.driver.session(database=self.database) as session:
            return await session.execute_write(work)

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
        async with self.driver.session(database=self.database) as session:
            return await session.execute_write(work)
