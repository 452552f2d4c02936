MATCH (d:Document)
WHERE ($kind IS NULL OR d.kind = $kind)
  AND ($customerId IS NULL OR EXISTS { MATCH (d)-[:ABOUT|MENTIONS]->(:Organization {id: $customerId}) })
  AND ($mentionsId IS NULL OR EXISTS { MATCH (d)-[:MENTIONS]->(e) WHERE e.id = $mentionsId })
  AND ($dateFrom IS NULL OR d.date >= $dateFrom)
  AND ($dateTo IS NULL OR d.date <= $dateTo)
WITH d ORDER BY d.date DESC, d.id
WITH collect(d) AS matched
RETURN size(matched) AS total, [d IN matched[$skip..($skip + $limit)] | d.id] AS ids
