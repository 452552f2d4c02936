// A new API key: only the sha256 of the secret is stored; the id is the public prefix of the key.
CREATE (k:ApiKey {id: $id, hash: $hash, owner: $owner, role: $role, createdAt: datetime(), revokedAt: null})
RETURN k {.id, .owner, .role, .createdAt, .revokedAt, .lastUsedAt} AS key
