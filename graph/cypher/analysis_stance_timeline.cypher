OPTIONAL MATCH (hp:Person {id: $holderId})
OPTIONAL MATCH (hu:OrgUnit {id: $holderId})
WITH coalesce(hp, hu) AS h WHERE h IS NOT NULL
MATCH (h)-[:HAS_STANCE]->(s:StanceObservation)-[:TOWARD]->(t:Organization)
WHERE ($towardId IS NULL OR t.id = $towardId)
  AND ($asOf IS NULL OR s.date <= $asOf)
RETURN s {.*, holderId: h.id, towardId: t.id, towardUs: t:OurCompany} AS row
ORDER BY s.date, s.id
