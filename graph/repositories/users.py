"""API keys: random 32-byte secrets shown once, stored as a sha256 hash under a public id prefix.

A key reads `gxk_<id>_<secret>`: `id` (12 hex characters) finds the `(:ApiKey)` node, the sha256 of the
whole key must equal its `hash` (compared in constant time), and `revokedAt` must be unset. The secret
has 256 bits of entropy, so a fast hash is the right one (a slow KDF protects guessable passwords; it
would only cost CPU on every request here).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from graph.repositories.base import Repository, Row

KEY_PREFIX = "gxk"


class Role(StrEnum):
    """Ordered: each role can do everything the roles before it can."""

    VIEWER = "viewer"
    ANALYST = "analyst"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def allows(self, required: Role) -> bool:
        return self.rank >= required.rank

    @classmethod
    def parse(cls, value: Any) -> Role | None:
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            return None


_RANK = {Role.VIEWER: 0, Role.ANALYST: 1, Role.ADMIN: 2}


@dataclass(frozen=True)
class ApiKeyRecord:
    id: str
    owner: str
    role: Role
    created_at: datetime | None
    revoked_at: datetime | None
    last_used_at: datetime | None

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None

    @classmethod
    def from_row(cls, row: Row) -> ApiKeyRecord:
        return cls(
            id=row["id"],
            owner=row["owner"],
            role=Role.parse(row.get("role")) or Role.VIEWER,
            created_at=_native(row.get("createdAt")),
            revoked_at=_native(row.get("revokedAt")),
            last_used_at=_native(row.get("lastUsedAt")),
        )


def _native(value: Any) -> datetime | None:
    if value is None:
        return None
    native = value.to_native() if hasattr(value, "to_native") else value
    return native if isinstance(native, datetime) else None


def new_key() -> tuple[str, str]:
    """(key id, full key). The full key is shown once and never stored."""
    key_id = secrets.token_hex(6)
    return key_id, f"{KEY_PREFIX}_{key_id}_{secrets.token_urlsafe(32)}"


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def parse_key(key: str) -> str | None:
    """The id of a well-formed key, else None (no database round trip for garbage)."""
    parts = key.split("_", 2)
    if len(parts) != 3 or parts[0] != KEY_PREFIX or len(parts[1]) != 12 or not 40 <= len(parts[2]) <= 64:
        return None
    try:
        int(parts[1], 16)
    except ValueError:
        return None
    return parts[1]


class UserRepository(Repository):
    async def create_key(self, owner: str, role: Role) -> tuple[ApiKeyRecord, str]:
        key_id, key = new_key()
        row = await self.write("api_key_create", id=key_id, hash=hash_key(key), owner=owner, role=role.value)
        return ApiKeyRecord.from_row(row[0]["key"]), key

    async def restore_key(self, key: str, owner: str, role: Role) -> ApiKeyRecord | None:
        """Store a key whose text is known (the demo admin key); None if that id exists with another
        hash. A revoked key stays revoked."""
        key_id = parse_key(key)
        if key_id is None:
            return None
        digest = hash_key(key)
        rows = await self.write("api_key_restore", id=key_id, hash=digest, owner=owner, role=role.value)
        found = rows[0]["key"]
        if not hmac.compare_digest(found["hash"], hash_key(key)):
            return None
        return ApiKeyRecord.from_row(found)

    async def verify(self, key: str) -> ApiKeyRecord | None:
        """The live (unrevoked) key record for this key text, else None."""
        key_id = parse_key(key)
        if key_id is None:
            return None
        row = await self.read_one("api_key_get", id=key_id)
        if row is None:
            return None
        found = row["key"]
        if not hmac.compare_digest(str(found.get("hash") or ""), hash_key(key)):
            return None
        record = ApiKeyRecord.from_row(found)
        return None if record.revoked else record

    async def get(self, key_id: str) -> ApiKeyRecord | None:
        row = await self.read_one("api_key_get", id=key_id)
        return ApiKeyRecord.from_row(row["key"]) if row else None

    async def list_keys(self, include_revoked: bool = True) -> list[ApiKeyRecord]:
        rows = await self.read("api_key_list", includeRevoked=include_revoked)
        return [ApiKeyRecord.from_row(r["key"]) for r in rows]

    async def revoke(self, key_id: str) -> ApiKeyRecord | None:
        rows = await self.write("api_key_revoke", id=key_id)
        return ApiKeyRecord.from_row(rows[0]["key"]) if rows else None

    async def touch(self, key_id: str) -> None:
        await self.write("api_key_touch", id=key_id)
