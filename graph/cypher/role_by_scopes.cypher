// Decision roles held in several opportunities or accounts.
UNWIND $ids AS key
OPTIONAL MATCH (so:Opportunity {id: key})
OPTIONAL MATCH (sa:Organization {id: key})
WITH key, coalesce(so, sa) AS s WHERE s IS NOT NULL
MATCH (h)-[r:HAS_ROLE]->(s)
RETURN key, r {.*, holderId: h.id, holderKind: CASE WHEN h:OrgUnit THEN 'UNIT' ELSE 'PERSON' END,
                       scopeId: s.id, scopeKind: CASE WHEN s:Opportunity THEN 'OPPORTUNITY' ELSE 'ACCOUNT' END} AS row
ORDER BY r.role
