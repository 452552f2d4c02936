"""The root Query, assembled from one mixin per domain."""

from __future__ import annotations

import strawberry
from strawberry import relay

from api.queries.analysis import AnalysisQueries
from api.queries.entities import EntityQueries
from api.queries.extraction import ExtractionQueries
from api.queries.ingest import IngestQueries
from api.queries.review import ReviewQueries
from api.queries.search import SearchQueries
from api.types.domain import Info


@strawberry.type
class Query(EntityQueries, AnalysisQueries, ExtractionQueries, IngestQueries, SearchQueries, ReviewQueries):
    # A plain field rather than `relay.node()`: that one cannot be shared by two schema instances
    # (tests build one app per configuration).
    @strawberry.field(description="Fetch any object by its global id")
    async def node(self, info: Info, id: relay.GlobalID) -> relay.Node | None:
        return await id.resolve_node(info, required=False)
