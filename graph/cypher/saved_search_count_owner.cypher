MATCH (s:SavedSearch {owner: $owner})
RETURN count(s) AS n
