"""The merge review queue: candidate pairs with a score and reasons, and reviewers' judgements."""

from __future__ import annotations

from graph.repositories.base import Repository, Row


def pair_key(a: str, b: str) -> str:
    return "|".join(sorted((a, b)))


class ReviewRepository(Repository):
    async def person_pairs(self, limit: int = 5000) -> list[Row]:
        return await self.read("merge_candidates_persons", limit=limit)

    async def org_pool(self) -> Row | None:
        return await self.read_one("merge_candidates_orgs")

    async def judgements(self) -> dict[str, str]:
        return {r["pair"]: r["verdict"] for r in await self.read("judgement_list")}

    async def judge(self, a: str, b: str, verdict: str, *, by: str | None, note: str | None) -> Row | None:
        return await self.write_one(
            "judgement_record", pair=pair_key(a, b), a=a, b=b, verdict=verdict, by=by, note=note
        )
