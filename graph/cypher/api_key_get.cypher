// One API key with its hash, for verification.
MATCH (k:ApiKey {id: $id})
RETURN k {.id, .hash, .owner, .role, .createdAt, .revokedAt, .lastUsedAt} AS key
