"""Writes of ingested documents: one transaction per document, idempotent by content hash."""

from __future__ import annotations

import datetime as dt
from typing import Any

from graph.repositories.base import Repository, Row


class IngestRepository(Repository):
    async def known_entities(self) -> list[Row]:
        """Names, aliases, kinds and employers for resolution (and the extraction's gazetteer)."""
        return await self.read("gazetteer_load")

    async def documents_by_hash(self, hashes: list[str]) -> dict[str, str]:
        rows = await self.read("ingest_documents_by_hash", hashes=hashes) if hashes else []
        return {r["hash"]: r["id"] for r in rows}

    async def near_duplicate_candidates(self, docs: list[dict[str, Any]]) -> dict[str, list[Row]]:
        """{ref: [{id, minhash}]} for documents given as {ref, bands}: one round trip for a batch."""
        out: dict[str, list[Row]] = {}
        if docs:
            for r in await self.read("ingest_near_duplicates_batch", docs=docs):
                out.setdefault(r["ref"], []).append(r)
        return out

    async def write_document(self, plan: dict[str, Any]) -> dict[str, int]:
        """Everything one document yields, in ONE transaction (all of it lands, or none)."""
        doc_id: str = plan["doc_id"]
        date: dt.date = plan["date"]
        common = {"docId": doc_id, "date": date}
        steps: list[tuple[str, dict[str, Any]]] = [
            ("ingest_document_create", {"doc": plan["doc"]}),
            ("ingest_entities", {"rows": plan["entities"], **common}),
            ("ingest_mentions", {"rows": plan["mentions"], **common}),
            ("ingest_employment_facts", {"rows": plan["employments"], **common}),
            ("ingest_person_facts", {"rows": plan["person_facts"], **common}),
            ("ingest_org_facts", {"rows": plan["org_facts"], **common}),
            ("ingest_product_facts", {"rows": plan["product_facts"], **common}),
            ("ingest_roles", {"rows": plan["roles"], **common}),
            ("bundle_stances", {"rows": plan["stances"]}),
        ]
        # statements with nothing to write are not sent: each costs a round trip inside the transaction
        await self.write_many([(name, params) for name, params in steps if params.get("rows", True)])
        return {
            "entities": len(plan["entities"]),
            "mentions": len(plan["mentions"]),
            "facts": len(plan["employments"])
            + len(plan["person_facts"])
            + len(plan["org_facts"])
            + len(plan["product_facts"])
            + len(plan["roles"])
            + len(plan["stances"]),
        }

    async def delete_document(self, doc_id: str) -> Row | None:
        return await self.write_one("document_delete", docId=doc_id)
