MATCH (s:SavedSearch {id: $id, owner: $owner})
RETURN s {.id, .owner, .name, .query, .filter, .createdAt, .lastCheckedAt} AS row
