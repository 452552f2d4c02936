MATCH (p:Person)
WHERE ($query IS NULL OR any(n IN p.searchNames WHERE n CONTAINS $query))
  AND ($isRep IS NULL OR (p:Rep) = $isRep)
  AND ($candidate IS NULL OR coalesce(p.candidate, false) = $candidate)
  AND ($orgId IS NULL OR EXISTS {
        MATCH (p)-[w:WORKS_AT]->(:Organization {id: $orgId}) WHERE w.until IS NULL OR w.until > date() })
  AND ($titleContains IS NULL OR EXISTS {
        MATCH (p)-[w:WORKS_AT]->() WHERE w.title CONTAINS $titleContains })
  AND ($roleSome IS NULL OR EXISTS { MATCH (p)-[r:HAS_ROLE]->() WHERE r.role = $roleSome })
  AND ($roleNone IS NULL OR NOT EXISTS { MATCH (p)-[r:HAS_ROLE]->() WHERE r.role = $roleNone })
WITH p ORDER BY p.name, p.id
WITH collect(p) AS matched
RETURN size(matched) AS total, [p IN matched[$skip..($skip + $limit)] | p {.*, isRep: p:Rep}] AS rows
