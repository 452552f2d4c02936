MATCH (u:OrgUnit)-[:PART_OF]->(o:Organization) WHERE o.id IN $ids
RETURN o.id AS key, u {.*} AS row ORDER BY u.name
