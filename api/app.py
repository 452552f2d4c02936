"""FastAPI application: the strawberry GraphQL router at /graphql plus health endpoints.

`kg serve` (or `uvicorn --factory api.app:create_app`) serves it; tests build their own with
their settings. One async Neo4j driver lives for the lifetime of the app (created in the lifespan).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired
from strawberry.fastapi import GraphQLRouter

from api.context import get_context
from api.schema import build_schema
from graph.driver import make_async_driver
from graph.services import GraphServices
from guanxi import __version__
from guanxi.logging import configure_logging, get_logger
from guanxi.settings import Settings, get_settings

log = get_logger(__name__)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    configure_logging(settings.log_level, settings.log_json)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        driver = make_async_driver(settings)
        app.state.settings = settings
        app.state.driver = driver
        app.state.services = GraphServices(driver, settings)
        log.info("api.start", neo4j=settings.effective_neo4j_uri, database=settings.neo4j_database)
        try:
            yield
        finally:
            await driver.close()
            log.info("api.stop")

    app = FastAPI(title="Guanxi", version=__version__, lifespan=lifespan)
    schema = build_schema(settings)
    router: GraphQLRouter[object, None] = GraphQLRouter(
        schema,
        context_getter=get_context,
        graphql_ide="graphiql" if settings.graphiql_enabled else None,
    )
    app.include_router(router, prefix="/graphql")

    @app.get("/healthz", tags=["health"])
    async def healthz() -> dict[str, str]:
        """The process is alive (says nothing about Neo4j)."""
        return {"status": "ok", "version": __version__}

    @app.get("/readyz", tags=["health"])
    async def readyz() -> JSONResponse:
        """Ready when Neo4j answers a query; 503 with the reason otherwise."""
        driver = app.state.driver
        try:
            await driver.execute_query("RETURN 1 AS ok", database_=settings.neo4j_database, routing_="r")
        except (ServiceUnavailable, SessionExpired, OSError) as exc:
            return JSONResponse(
                status_code=503,
                content={"status": "unavailable", "reason": f"Neo4j unreachable: {exc}"},
            )
        except Neo4jError as exc:
            return JSONResponse(
                status_code=503,
                content={"status": "unavailable", "reason": f"Neo4j error: {exc.code}"},
            )
        return JSONResponse({"status": "ready", "neo4j": settings.effective_neo4j_uri})

    return app
