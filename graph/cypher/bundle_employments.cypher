// One WORKS_AT edge per (person, org, since): a job change is a second edge, history is kept.
UNWIND $rows AS row
MATCH (p:Person {id: row.person_id})
MATCH (o:Organization {id: row.org_id})
MERGE (p)-[w:WORKS_AT {since: coalesce(row.since, date('1900-01-01'))}]->(o)
SET w.title = row.title, w.unitId = row.unit_id, w.until = row.until,
    w.current = row.until IS NULL,
    w += row.prov
WITH p, row
OPTIONAL MATCH (u:OrgUnit {id: row.unit_id})
FOREACH (_ IN CASE WHEN u IS NULL THEN [] ELSE [1] END | MERGE (p)-[:MEMBER_OF]->(u))
RETURN count(p) AS n
