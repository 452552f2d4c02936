MATCH (p:Person)-[w:WORKS_AT]->(o:Organization) WHERE o.id IN $ids
  AND ($currentOnly = false OR w.until IS NULL OR w.until > $asOf)
RETURN o.id AS key, w {.*, personId: p.id, orgId: o.id} AS row
ORDER BY p.name
