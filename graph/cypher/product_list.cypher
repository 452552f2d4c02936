MATCH (p:Product)
WHERE ($query IS NULL OR any(n IN p.searchNames WHERE n CONTAINS $query))
  AND ($makerId IS NULL OR EXISTS { MATCH (:Organization {id: $makerId})-[:MAKES]->(p) })
WITH p ORDER BY p.name, p.id
WITH collect(p) AS matched
RETURN size(matched) AS total, [p IN matched[$skip..($skip + $limit)] | p.id] AS ids
