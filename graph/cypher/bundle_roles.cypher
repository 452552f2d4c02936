// A decision role held by a person or unit in an opportunity or (account scope) an organisation.
UNWIND $rows AS row
OPTIONAL MATCH (hp:Person {id: row.holder_id})
OPTIONAL MATCH (hu:OrgUnit {id: row.holder_id})
OPTIONAL MATCH (so:Opportunity {id: row.scope_id})
OPTIONAL MATCH (sa:Organization {id: row.scope_id})
WITH row, coalesce(hp, hu) AS h, coalesce(so, sa) AS s
WHERE h IS NOT NULL AND s IS NOT NULL
MERGE (h)-[r:HAS_ROLE {role: row.role}]->(s)
SET r.weight = row.weight, r.power = row.power, r += row.prov
RETURN count(r) AS n
