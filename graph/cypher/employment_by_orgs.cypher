MATCH (p:Person)-[w:WORKS_AT]->(o:Organization) WHERE o.id IN $ids
  AND ($currentOnly = false OR w.until IS NULL OR w.until > $asOf)
// `person` (the person_get_by_ids row) primes the request's person DataLoader: employees → contact
// needs no second round trip.
RETURN o.id AS key, w {.*, personId: p.id, orgId: o.id, person: p {.*, isRep: p:Rep}} AS row
ORDER BY p.name, p.id
