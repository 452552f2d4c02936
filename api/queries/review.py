from __future__ import annotations

import strawberry
from strawberry import relay

from api.errors import BadRequest
from api.permissions import IsAnalyst
from api.types.domain import Info
from api.types.review import MergeCandidate
from guanxi.review import merge_suggestions

GRAPHQL_TYPE = {"Person": "Contact", "Organization": "Organization"}


@strawberry.type
class ReviewQueries:
    @strawberry.field(
        description="Suggested merges across documents (candidates vs known entities), best first",
        permission_classes=[IsAnalyst],
    )
    async def merge_candidates(
        self, info: Info, min_score: float = 0.5, first: int = 50
    ) -> list[MergeCandidate]:
        if not 0 <= min_score <= 1:
            raise BadRequest("`minScore` is between 0 and 1", argument="minScore")
        if not 1 <= first <= 200:
            raise BadRequest("`first` is between 1 and 200", argument="first")
        found = await merge_suggestions(info.context.services, min_score=min_score, limit=first)
        return [
            MergeCandidate(
                kind=GRAPHQL_TYPE[s.kind],
                a_name=s.a["name"],
                b_name=s.b["name"],
                score=s.score,
                reasons=s.reasons,
                a_id=relay.GlobalID(GRAPHQL_TYPE[s.kind], s.a["id"]),
                b_id=relay.GlobalID(GRAPHQL_TYPE[s.kind], s.b["id"]),
            )
            for s in found
        ]
