// The user has seen the new matches: later alerts count from now (or from $at).
MATCH (s:SavedSearch {id: $id, owner: $owner})
SET s.lastCheckedAt = coalesce($at, datetime())
RETURN s {.id, .owner, .name, .query, .filter, .createdAt, .lastCheckedAt} AS row
