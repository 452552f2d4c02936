// What co-occurs with an entity in documents, by strength (shared documents; Jaccard over documents).
MATCH (x {id: $id})
WHERE x:Organization OR x:Person OR x:Product
MATCH (x)<-[:MENTIONS|ABOUT]-(d:Document)
WITH x, collect(DISTINCT d) AS docs
WITH x, docs, size(docs) AS nx
UNWIND docs AS d
MATCH (d)-[:MENTIONS|ABOUT]->(y)
WHERE y <> x AND (y:Organization OR y:Person OR y:Product) AND NOT y:OurCompany
WITH x, nx, y, count(DISTINCT d) AS together, max(d.date) AS lastSeen,
     CASE WHEN y:Organization THEN 'Organization' WHEN y:Person THEN 'Person' ELSE 'Product' END AS type
WHERE $types IS NULL OR type IN $types
WITH x, nx, y, together, lastSeen, type, COUNT { (y)<-[:MENTIONS|ABOUT]-(:Document) } AS ny
WITH y, type, together, lastSeen, toFloat(together) / (nx + ny - together) AS jaccard
ORDER BY together DESC, jaccard DESC, y.id
WITH collect({id: y.id, name: y.name, type: type, together: together, jaccard: jaccard,
              lastSeen: lastSeen}) AS rows
RETURN size(rows) AS total, rows[$skip..($skip + $limit)] AS rows
