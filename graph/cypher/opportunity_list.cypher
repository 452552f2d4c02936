MATCH (o:Opportunity)
WHERE ($customerId IS NULL OR o.customerId = $customerId)
  AND ($status IS NULL OR o.status = $status)
  AND ($winRate IS NULL OR o.winRate = $winRate)
  AND ($funnel IS NULL OR o.funnel = $funnel)
  AND ($minAmount IS NULL OR o.amount >= $minAmount)
  AND ($competitorSome IS NULL OR EXISTS {
        MATCH (o)-[:CONTESTED_BY]->(k:Organization) WHERE k.id IN $competitorSome })
  AND ($competitorNone IS NULL OR NOT EXISTS {
        MATCH (o)-[:CONTESTED_BY]->(k:Organization) WHERE k.id IN $competitorNone })
  AND ($missingRole IS NULL OR NOT EXISTS { MATCH (o)<-[r:HAS_ROLE]-() WHERE r.role = $missingRole })
WITH o ORDER BY
  CASE WHEN $orderBy = 'AMOUNT' THEN o.amount END DESC,
  CASE WHEN $orderBy = 'EXPECTED_DECISION' THEN o.expectedDecision END ASC,
  o.name, o.id
WITH collect(o) AS matched
RETURN size(matched) AS total, [o IN matched[$skip..($skip + $limit)] | o.id] AS ids
