from __future__ import annotations

from enum import StrEnum

import strawberry
from strawberry import relay


@strawberry.enum(description="A reviewer's verdict on a suggested pair")
class Verdict(StrEnum):
    SAME = "SAME"
    NOT_SAME = "NOT_SAME"
    UNSURE = "UNSURE"


@strawberry.type(description="Two entities that are probably the same, with the score and its reasons")
class MergeCandidate:
    kind: str
    a_name: str
    b_name: str
    score: float
    reasons: list[str]
    a_id: relay.GlobalID
    b_id: relay.GlobalID


@strawberry.type
class JudgePayload:
    verdict: Verdict
    merged: bool = strawberry.field(description="SAME by an admin merges at once; by an analyst it waits")
    kept: relay.GlobalID | None
