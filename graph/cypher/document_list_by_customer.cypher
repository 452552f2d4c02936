// document_list for one customer: expands from the customer (about it or mentioning it) instead of
// scanning every Document, so the cost follows the account's documents, not the whole corpus.
MATCH (:Organization {id: $customerId})<-[:ABOUT|MENTIONS]-(d:Document)
WITH DISTINCT d
WHERE ($kind IS NULL OR d.kind = $kind)
  AND ($mentionsId IS NULL OR EXISTS { MATCH (d)-[:MENTIONS]->(e) WHERE e.id = $mentionsId })
  AND ($dateFrom IS NULL OR d.date >= $dateFrom)
  AND ($dateTo IS NULL OR d.date <= $dateTo)
WITH d ORDER BY d.date DESC, d.id
WITH collect(d.id) AS matched
RETURN size(matched) AS total, matched[$skip..($skip + $limit)] AS ids
