"""The typed per-request GraphQL context."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fastapi import Request
from neo4j import AsyncDriver
from strawberry.fastapi import BaseContext

from graph.services import GraphServices
from guanxi.settings import Settings

if TYPE_CHECKING:
    from api.auth import Authenticator, Principal
    from api.loaders import Loaders


@dataclass
class Context(BaseContext):
    settings: Settings
    driver: AsyncDriver
    services: GraphServices
    loaders: Loaders
    extras: dict[str, Any] = field(default_factory=dict)
    # The authenticated caller (set by api.auth.AuthMiddleware; None only outside HTTP requests).
    principal: Principal | None = None
    authenticator: Authenticator | None = None


async def get_context(request: Request) -> Context:
    from api.loaders import build_loaders

    state = request.app.state
    services: GraphServices = state.services
    principal = getattr(request.state, "principal", None)
    return Context(
        settings=state.settings,
        driver=state.driver,
        services=services,
        loaders=build_loaders(services),
        extras={"worker": getattr(state, "worker", None), "user_id": principal.id if principal else None},
        principal=principal,
        authenticator=getattr(state, "authenticator", None),
    )
