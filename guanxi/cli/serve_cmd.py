"""`kg serve`: the API under uvicorn."""

from __future__ import annotations

import typer
import uvicorn

from guanxi.settings import get_settings


def serve(
    host: str | None = typer.Option(None, help="default: API_HOST"),
    port: int | None = typer.Option(None, help="default: API_PORT"),
    reload: bool = typer.Option(False, help="reload on code changes (development)"),
) -> None:
    """Serve GraphQL (GraphiQL in the browser) on http://HOST:PORT/graphql."""
    settings = get_settings()
    uvicorn.run(
        "api.app:create_app",
        factory=True,
        host=host or settings.api_host,
        port=port or settings.api_port,
        reload=reload,
        log_level=settings.log_level.lower(),
    )
