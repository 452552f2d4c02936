"""The one async Neo4j driver of a process, and the retry policy for transient failures."""

from __future__ import annotations

from neo4j import AsyncDriver, AsyncGraphDatabase, Driver, GraphDatabase, NotificationMinimumSeverity

from guanxi.settings import Settings


def _auth(settings: Settings) -> tuple[str, str] | None:
    password = settings.neo4j_password.get_secret_value()
    return (settings.neo4j_user, password) if password else None


def make_async_driver(settings: Settings) -> AsyncDriver:
    """Created once in the FastAPI lifespan (or a CLI command) and closed on shutdown."""
    return AsyncGraphDatabase.driver(
        settings.effective_neo4j_uri,
        auth=_auth(settings),
        max_connection_pool_size=settings.neo4j_max_pool_size,
        connection_timeout=settings.neo4j_connection_timeout_s,
        # Fail fast when the server is down instead of the driver's default 60 s of retries:
        # the API answers SERVICE_UNAVAILABLE and /readyz says why.
        connection_acquisition_timeout=settings.neo4j_connection_timeout_s,
        max_transaction_retry_time=5.0,
        # Server notifications (e.g. 'property key does not exist' on an empty graph) are not errors.
        notifications_min_severity=NotificationMinimumSeverity.OFF,
    )


def make_sync_driver(settings: Settings) -> Driver:
    """For CLI commands that do not run an event loop."""
    return GraphDatabase.driver(
        settings.effective_neo4j_uri,
        auth=_auth(settings),
        connection_timeout=settings.neo4j_connection_timeout_s,
        notifications_min_severity=NotificationMinimumSeverity.OFF,
    )
