"""The strawberry schema: Query, Mutation and the extensions that harden it.

Limits (all from settings): depth, aliases, tokens, estimated cost (api/limits.py); introspection off
in production; masked errors with codes (api/errors.py); the audit log of mutations (api/audit.py).
Every mutation must carry a role permission (api/permissions.py) or the schema refuses to build.
"""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry import relay
from strawberry.extensions import MaxAliasesLimiter, MaxTokensLimiter, QueryDepthLimiter
from strawberry.schema.config import StrawberryConfig

from api.audit import AuditMutations
from api.document_cache import CachedDocuments, DocumentCache
from api.errors import CodedMaskErrors
from api.limits import CostCache, QueryCostLimiter
from api.mutations import Mutation
from api.mutations.security import SecurityMutations
from api.permissions import guard_mutations
from api.queries import Query
from api.queries.security import SecurityQueries
from guanxi.settings import Settings, get_settings


@strawberry.type(name="Query")
class RootQuery(Query, SecurityQueries):
    pass


@strawberry.type(name="Mutation")
class RootMutation(Mutation, SecurityMutations):
    pass


def build_schema(settings: Settings | None = None) -> strawberry.Schema:
    settings = settings or get_settings()
    guard_mutations(RootMutation)
    documents = DocumentCache()  # per schema: its validation rules are this schema's
    costs = CostCache()
    extensions: list[Any] = [
        CodedMaskErrors,
        lambda: CachedDocuments(documents),
        lambda: QueryDepthLimiter(max_depth=settings.graphql_max_depth),
        lambda: MaxAliasesLimiter(max_alias_count=settings.graphql_max_aliases),
        lambda: MaxTokensLimiter(max_token_count=settings.graphql_max_tokens),
        lambda: QueryCostLimiter(max_cost=settings.graphql_max_cost, cache=costs),
        AuditMutations,
    ]
    if not settings.introspection_enabled:
        from strawberry.extensions import DisableIntrospection

        extensions.append(DisableIntrospection)
    schema = strawberry.Schema(
        query=RootQuery,
        mutation=RootMutation,
        extensions=extensions,
        config=StrawberryConfig(relay_max_results=100),
        types=[relay.Node],
    )
    schema.document_cache = documents  # type: ignore[attr-defined]  # read by tests
    return schema
