// Remove one fact edge; `$type` is validated against the LinkKind enum in Python.
OPTIONAL MATCH (a:Person {id: $sourceId})-[r1]->(b:Person {id: $targetId}) WHERE type(r1) = $type
OPTIONAL MATCH (c:Organization {id: $sourceId})-[r2]->(d:Organization {id: $targetId}) WHERE type(r2) = $type
OPTIONAL MATCH (e:Organization {id: $sourceId})-[r3]->(f:Product {id: $targetId}) WHERE type(r3) = $type
OPTIONAL MATCH (g:Person {id: $sourceId})-[r4]->(h:OrgUnit {id: $targetId}) WHERE type(r4) = $type
WITH [x IN [r1, r2, r3, r4] WHERE x IS NOT NULL] AS rels
FOREACH (r IN rels | DELETE r)
RETURN size(rels) AS n
