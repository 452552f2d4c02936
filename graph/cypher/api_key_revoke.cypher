// Revoke a key (idempotent: the first revocation time is kept).
MATCH (k:ApiKey {id: $id})
SET k.revokedAt = coalesce(k.revokedAt, datetime())
RETURN k {.id, .owner, .role, .createdAt, .revokedAt, .lastUsedAt} AS key
