from __future__ import annotations

import strawberry
from strawberry import relay

from api.errors import BadRequest, NotFound
from api.permissions import IsAnalyst, caller_role
from api.types.domain import Info
from api.types.review import JudgePayload, Verdict
from graph.repositories.users import Role

LABELS = {"Contact": "Person", "Organization": "Organization", "Product": "Product"}


@strawberry.type
class ReviewMutations:
    @strawberry.mutation(
        description="Judge a suggested pair; the judgement is stored and reused (NOT_SAME is never suggested "
        "again). SAME from an admin merges the two, keeping every relationship and its provenance.",
        permission_classes=[IsAnalyst],
    )
    async def judge(
        self, info: Info, a: relay.GlobalID, b: relay.GlobalID, verdict: Verdict, note: str | None = None
    ) -> JudgePayload:
        if a.type_name != b.type_name or a.type_name not in LABELS:
            raise BadRequest("judge two Contacts, two Organizations or two Products")
        if a.node_id == b.node_id:
            raise BadRequest("`a` and `b` are the same entity")
        services = info.context.services
        kinds = await services.writes.kinds([a.node_id, b.node_id])
        if None in kinds.values() or len(kinds) < 2:
            raise NotFound("one of the entities was not found")
        principal = getattr(info.context, "principal", None)
        by = getattr(principal, "id", None)
        await services.review.judge(a.node_id, b.node_id, verdict.value, by=by, note=note)
        role = caller_role(info)
        if verdict is not Verdict.SAME or role is None or not role.allows(Role.ADMIN):
            return JudgePayload(verdict=verdict, merged=False, kept=None)
        rows = await services.entities.persons([a.node_id, b.node_id]) if a.type_name == "Contact" else {}
        orgs = (
            await services.organizations.get_by_ids([a.node_id, b.node_id])
            if a.type_name == "Organization"
            else {}
        )
        found = rows or orgs
        # keep the curated one; the candidate found in text is folded into it
        keep, drop = (b, a) if found.get(a.node_id, {}).get("candidate") else (a, b)
        await services.writes.merge(LABELS[a.type_name], keep.node_id, drop.node_id, by=by, note=note)
        return JudgePayload(verdict=verdict, merged=True, kept=keep)
