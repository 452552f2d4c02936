OPTIONAL MATCH (hp:Person {id: $holderId})
OPTIONAL MATCH (hu:OrgUnit {id: $holderId})
WITH coalesce(hp, hu) AS h
MATCH (h)-[r:HAS_ROLE {role: $role}]->(s)
WHERE s.id = $scopeId
DELETE r
RETURN count(*) AS n
