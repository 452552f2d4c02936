MATCH (s:SavedSearch {id: $id, owner: $owner})
DETACH DELETE s
RETURN count(*) AS deleted
