UNWIND $rows AS row
MATCH (o:Organization {id: row.org_id})
MERGE (u:OrgUnit {id: row.id})
SET u.name = row.name, u.normName = row.normName, u.kind = row.kind, u.orgId = row.org_id
MERGE (u)-[:PART_OF]->(o)
RETURN count(u) AS n
