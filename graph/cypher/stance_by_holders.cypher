// Stance time series of several holders, oldest first.
UNWIND $ids AS key
OPTIONAL MATCH (hp:Person {id: key})
OPTIONAL MATCH (hu:OrgUnit {id: key})
WITH key, coalesce(hp, hu) AS h WHERE h IS NOT NULL
MATCH (h)-[:HAS_STANCE]->(s:StanceObservation)-[:TOWARD]->(t:Organization)
RETURN key, s {.*, holderId: h.id, towardId: t.id, towardUs: t:OurCompany} AS row
ORDER BY s.date, s.id
