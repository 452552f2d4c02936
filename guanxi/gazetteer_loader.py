"""The graph's names as the extraction's gazetteer (`kg extract --graph`)."""

from __future__ import annotations

import asyncio

from graph.driver import make_async_driver
from graph.services import GraphServices
from guanxi.settings import get_settings
from ingest.gazetteer import Gazetteer
from ingest.plan import KnownEntities


async def _load() -> Gazetteer:
    settings = get_settings()
    driver = make_async_driver(settings)
    try:
        rows = await GraphServices(driver, settings).ingest.known_entities()
    finally:
        await driver.close()
    return KnownEntities.from_rows(rows).gazetteer(settings.our_company, list(settings.our_company_aliases))


def load_graph_gazetteer() -> Gazetteer:
    return asyncio.run(_load())
