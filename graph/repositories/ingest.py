"""Writes of ingested documents: batched (one statement, one transaction per batch), idempotent by content
hash; a batch is all-or-nothing, and each document in it is written as if alone."""

from __future__ import annotations

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

    async def write_documents(self, plans: list[dict[str, Any]]) -> list[dict[str, int]]:
        """Everything a batch of documents yields, in ONE transaction and ONE statement (UNWIND over the
        plans): all of it lands, or none. Each document is written as if alone, in order (the statement
        calls one subquery per document), so a batch equals the same documents one transaction each.
        Callers that need one bad document to fail alone retry a failed batch one document at a time."""
        if plans:
            await self.write_many([("ingest_documents_write", {"plans": plans})])
        return [plan_counts(plan) for plan in plans]

    async def write_document(self, plan: dict[str, Any]) -> dict[str, int]:
        """One document in its own transaction (a batch of one)."""
        return (await self.write_documents([plan]))[0]

    async def delete_document(self, doc_id: str) -> Row | None:
        return await self.write_one("document_delete", docId=doc_id)


def plan_counts(plan: dict[str, Any]) -> dict[str, int]:
    return {
        "entities": len(plan["entities"]),
        "mentions": len(plan["mentions"]),
        "facts": sum(
            len(plan[k])
            for k in ("employments", "person_facts", "org_facts", "product_facts", "roles", "stances")
        ),
    }
