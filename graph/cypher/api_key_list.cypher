// Every API key (never the hash), newest first.
MATCH (k:ApiKey)
WHERE $includeRevoked OR k.revokedAt IS NULL
RETURN k {.id, .owner, .role, .createdAt, .revokedAt, .lastUsedAt} AS key
ORDER BY k.createdAt DESC, k.id
