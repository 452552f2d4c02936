MATCH (s:SavedSearch {owner: $owner})
RETURN s {.id, .owner, .name, .query, .filter, .createdAt, .lastCheckedAt} AS row
ORDER BY s.createdAt DESC, s.id
