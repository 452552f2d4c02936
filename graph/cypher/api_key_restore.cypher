// Re-create a known key (the demo admin key after the database was wiped); never un-revokes one.
MERGE (k:ApiKey {id: $id})
ON CREATE SET k.hash = $hash, k.owner = $owner, k.role = $role, k.createdAt = datetime(), k.revokedAt = null
RETURN k {.id, .hash, .owner, .role, .createdAt, .revokedAt, .lastUsedAt} AS key
