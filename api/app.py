"""FastAPI application: the strawberry GraphQL router at /graphql plus health endpoints.

`kg serve` (or `uvicorn --factory api.app:create_app`) serves it; tests build their own with
their settings. One async Neo4j driver lives for the lifetime of the app (created in the lifespan).
"""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import orjson
from fastapi import FastAPI
from fastapi.responses import JSONResponse
from neo4j import AsyncManagedTransaction
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired
from strawberry.fastapi import GraphQLRouter

from api.auth import Authenticator, AuthMiddleware
from api.context import get_context
from api.limits import BodyLimitMiddleware
from api.schema import build_schema
from graph.driver import make_async_driver
from graph.services import GraphServices
from guanxi import __version__
from guanxi.jobs import JobWorker
from guanxi.logging import configure_logging, get_logger
from guanxi.settings import Settings, get_settings

log = get_logger(__name__)


class OrjsonGraphQLRouter(GraphQLRouter[object, None]):
    """orjson for request and response bodies: UTF-8 output (no \\uXXXX escapes of Chinese text, so
    smaller bodies) and several times faster than the standard library (docs/benchmarks.md)."""

    def encode_json(self, data: object) -> bytes:
        return orjson.dumps(data)

    def decode_json(self, data: str | bytes) -> Any:
        return orjson.loads(data)


async def _probe(tx: AsyncManagedTransaction) -> None:
    await (await tx.run("RETURN 1 AS ok")).consume()


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    configure_logging(settings.log_level, settings.log_json)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        driver = make_async_driver(settings)
        app.state.settings = settings
        app.state.driver = driver
        app.state.services = GraphServices(driver, settings)
        app.state.authenticator = Authenticator(settings, app.state.services.users)
        app.state.worker = JobWorker(app.state.services) if settings.ingest_worker else None
        if app.state.worker:
            app.state.worker.start()  # resumes jobs left PENDING by an earlier process
        # Everything built so far (schema, driver, settings, imported modules: ~160k objects) lives as
        # long as the process. Frozen, it is no longer traversed by every full garbage collection,
        # which otherwise cost a pause of tens of milliseconds every few requests (docs/benchmarks.md).
        gc.collect()
        gc.freeze()
        log.info("api.start", neo4j=settings.effective_neo4j_uri, database=settings.neo4j_database)
        try:
            yield
        finally:
            if app.state.worker:
                await app.state.worker.stop()
            await driver.close()
            log.info("api.stop")

    app = FastAPI(title="Guanxi", version=__version__, lifespan=lifespan)
    schema = build_schema(settings)
    router: GraphQLRouter[object, None] = OrjsonGraphQLRouter(
        schema,
        context_getter=get_context,
        graphql_ide="graphiql" if settings.graphiql_enabled else None,
        multipart_uploads_enabled=True,  # uploadDocuments; CSRF is covered by the auth headers it requires
    )
    app.include_router(router, prefix="/graphql")
    # Outermost first: the body limit (413) runs before authentication (401) and the rate limit (429).
    app.add_middleware(AuthMiddleware, settings=settings)
    app.add_middleware(
        BodyLimitMiddleware, max_json=settings.max_body_bytes, max_multipart=settings.max_upload_bytes
    )

    @app.get("/healthz", tags=["health"])
    async def healthz() -> dict[str, str]:
        """The process is alive (says nothing about Neo4j)."""
        return {"status": "ok", "version": __version__}

    @app.get("/readyz", tags=["health"])
    async def readyz() -> JSONResponse:
        """Ready when Neo4j answers a query; 503 with the reason otherwise."""
        driver = app.state.driver
        try:
            # One try, no driver retries: the probe answers within the connection timeout.
            async with driver.session(
                database=settings.neo4j_database, default_access_mode="READ", max_transaction_retry_time=0
            ) as session:
                await session.execute_read(_probe)
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
