"""Graph services: one object per process bundling the repositories of every aggregate.

Resolvers and CLI commands call these; only `graph/` knows Cypher.
"""

from __future__ import annotations

from neo4j import AsyncDriver

from graph.repositories.analysis import AnalysisRepository
from graph.repositories.audit import AuditRepository
from graph.repositories.base import QueryStats
from graph.repositories.entities import EntityRepository
from graph.repositories.ingest import IngestRepository
from graph.repositories.jobs import JobRepository
from graph.repositories.organizations import OrganizationRepository
from graph.repositories.review import ReviewRepository
from graph.repositories.search import SearchRepository
from graph.repositories.users import UserRepository
from graph.repositories.writes import WriteRepository
from guanxi.settings import Settings


class GraphServices:
    def __init__(self, driver: AsyncDriver, settings: Settings) -> None:
        self.driver = driver
        self.settings = settings
        self.stats = QueryStats()
        args = (driver, settings.neo4j_database, settings, self.stats)
        self.organizations = OrganizationRepository(*args)
        self.entities = EntityRepository(*args)
        self.analysis = AnalysisRepository(*args)
        self.writes = WriteRepository(*args)
        self.search = SearchRepository(*args)
        self.users = UserRepository(*args)
        self.audit = AuditRepository(*args)
        self.ingest = IngestRepository(*args)
        self.jobs = JobRepository(*args)
        self.review = ReviewRepository(*args)
