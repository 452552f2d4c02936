MATCH (p:Person)-[:MEMBER_OF]->(u:OrgUnit) WHERE u.id IN $ids
RETURN u.id AS key, p.id AS row ORDER BY p.name
