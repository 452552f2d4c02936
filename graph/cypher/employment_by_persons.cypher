// Employment edges (history included) of several people, for the per-request DataLoader.
MATCH (p:Person)-[w:WORKS_AT]->(o:Organization) WHERE p.id IN $ids
// `org` (the organization_get_by_ids row) primes the request's organisation DataLoader.
RETURN p.id AS key, w {.*, personId: p.id, orgId: o.id,
                       org: o {.*, roles: [l IN labels(o) WHERE l <> 'Organization']}} AS row
ORDER BY coalesce(w.until, date('9999-12-31')) DESC, w.since DESC
