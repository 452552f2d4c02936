CREATE (s:SavedSearch {id: $id, owner: $owner, name: $searchName, query: $query, filter: $filter,
                       createdAt: datetime(), lastCheckedAt: datetime()})
RETURN s {.id, .owner, .name, .query, .filter, .createdAt, .lastCheckedAt} AS row
