"""Graph services: one object per process bundling the repositories of every aggregate.

Resolvers and CLI commands call these; only `graph/` knows Cypher.
"""

from __future__ import annotations

from neo4j import AsyncDriver

from graph.repositories.base import Repository
from graph.repositories.organizations import OrganizationRepository
from guanxi.settings import Settings


class GraphServices:
    def __init__(self, driver: AsyncDriver, settings: Settings) -> None:
        self.driver = driver
        self.settings = settings
        database = settings.neo4j_database
        self.base = Repository(driver, database, settings)
        self.organizations = OrganizationRepository(driver, database, settings)
