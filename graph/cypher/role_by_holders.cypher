UNWIND $ids AS key
OPTIONAL MATCH (hp:Person {id: key})
OPTIONAL MATCH (hu:OrgUnit {id: key})
WITH key, coalesce(hp, hu) AS h WHERE h IS NOT NULL
MATCH (h)-[r:HAS_ROLE]->(s)
RETURN key, r {.*, holderId: h.id, holderKind: CASE WHEN h:OrgUnit THEN 'UNIT' ELSE 'PERSON' END,
                       scopeId: s.id, scopeKind: CASE WHEN s:Opportunity THEN 'OPPORTUNITY' ELSE 'ACCOUNT' END} AS row
ORDER BY r.role, s.id
