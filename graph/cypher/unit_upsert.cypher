MATCH (o:Organization {id: $orgId})
MERGE (u:OrgUnit {id: $id})
SET u += $props, u.orgId = o.id
MERGE (u)-[:PART_OF]->(o)
RETURN u.id AS id
