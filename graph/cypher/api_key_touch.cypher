// Record that a key was used (called at most once a minute per key).
MATCH (k:ApiKey {id: $id})
SET k.lastUsedAt = datetime()
