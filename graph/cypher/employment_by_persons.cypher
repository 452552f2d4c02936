// Employment edges (history included) of several people, for the per-request DataLoader.
MATCH (p:Person)-[w:WORKS_AT]->(o:Organization) WHERE p.id IN $ids
RETURN p.id AS key, w {.*, personId: p.id, orgId: o.id} AS row
ORDER BY coalesce(w.until, date('9999-12-31')) DESC, w.since DESC
