"""User (API key) management: admins only. Keys can also be managed with `kg users …`."""

from __future__ import annotations

import strawberry

from api.errors import NotFound, ValidationFailed
from api.permissions import IsAdmin
from api.types.domain import Info
from api.types.security import ApiKey, CreatedApiKey, UserRole
from graph.repositories.users import Role

MAX_OWNER = 200


@strawberry.type
class SecurityMutations:
    @strawberry.mutation(
        description="Create an API key for a person or service; the key is returned once",
        permission_classes=[IsAdmin],
    )
    async def create_api_key(self, info: Info, owner: str, role: UserRole) -> CreatedApiKey:
        owner = owner.strip()
        if not owner or len(owner) > MAX_OWNER:
            raise ValidationFailed(f"`owner` must be 1 to {MAX_OWNER} characters", field="owner")
        record, key = await info.context.services.users.create_key(owner, Role(role.value))
        return CreatedApiKey(key=key, api_key=ApiKey.from_record(record))

    @strawberry.mutation(description="Revoke an API key (takes effect at once)", permission_classes=[IsAdmin])
    async def revoke_api_key(self, info: Info, id: str) -> ApiKey:
        record = await info.context.services.users.revoke(id.strip())
        if record is None:
            raise NotFound("no such API key", argument="id")
        if info.context.authenticator is not None:
            info.context.authenticator.invalidate(record.id)
        return ApiKey.from_record(record)
