"""The strawberry schema: Query, Mutation and the extensions that harden it."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry import relay
from strawberry.extensions import QueryDepthLimiter
from strawberry.schema.config import StrawberryConfig

from api.errors import CodedMaskErrors
from api.mutations import Mutation
from api.queries import Query
from guanxi.settings import Settings, get_settings


def build_schema(settings: Settings | None = None) -> strawberry.Schema:
    settings = settings or get_settings()
    extensions: list[Any] = [CodedMaskErrors, lambda: QueryDepthLimiter(max_depth=12)]
    if not settings.introspection_enabled:
        from strawberry.extensions import DisableIntrospection

        extensions.append(DisableIntrospection)
    return strawberry.Schema(
        query=Query,
        mutation=Mutation,
        extensions=extensions,
        config=StrawberryConfig(relay_max_results=100),
        types=[relay.Node],
    )
