// REPORTS_TO / INFLUENCES / KNOWS edges touching several people (both directions).
MATCH (p:Person) WHERE p.id IN $ids
MATCH (p)-[r:REPORTS_TO|INFLUENCES|KNOWS]-(x:Person)
RETURN p.id AS key, r {.*, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id} AS row
ORDER BY type(r), x.name
