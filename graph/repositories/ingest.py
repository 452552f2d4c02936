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
        """Everything a batch of documents yields, in ONE transaction: all of it lands, or none.

        One UNWIND statement per kind of row (documents, entities, mentions, each kind of fact, stances),
        each sent only the rows it writes and skipped when the batch has none: a handful of round trips
        per batch instead of several per document. Each statement calls one subquery per document, in
        order, so a batch writes what the same documents written one transaction each would. Callers that
        need a bad document to fail alone retry a failed batch one document at a time."""
        if not plans:
            return []
        steps: list[tuple[str, dict[str, Any]]] = [
            ("ingest_batch_documents", {"plans": [{"doc_id": p["doc_id"], "doc": p["doc"]} for p in plans]}),
            (
                "ingest_batch_entities",
                {
                    "plans": [
                        {
                            "doc_id": p["doc_id"],
                            "doc": {"customerId": p["doc"]["customerId"]},
                            "entities": p["entities"],
                        }
                        for p in plans
                    ]
                },
            ),
        ]
        for key in ("mentions", "employments", "person_facts", "org_facts", "product_facts", "roles"):
            rows = [{"doc_id": p["doc_id"], "date": p["date"], key: p[key]} for p in plans if p[key]]
            if rows:  # a statement with nothing to write is not sent: each costs a round trip
                steps.append((f"ingest_batch_{key}", {"plans": rows}))
        stances = [row for p in plans for row in p["stances"]]
        if stances:
            steps.append(("bundle_stances", {"rows": stances}))
        await self.write_many(steps)
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
