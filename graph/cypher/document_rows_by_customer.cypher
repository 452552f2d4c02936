// document_list_by_customer returning the page's rows (document_get_by_ids' shape) instead of ids:
// one round trip instead of two. The filter and the ordering above `WITH collect(d)` are
// document_list_by_customer's, verbatim (tests/test_lookahead.py keeps them equal).
MATCH (:Organization {id: $customerId})<-[:ABOUT|MENTIONS]-(d:Document)
WITH DISTINCT d
WHERE ($kind IS NULL OR d.kind = $kind)
  AND ($mentionsId IS NULL OR EXISTS { MATCH (d)-[:MENTIONS]->(e) WHERE e.id = $mentionsId })
  AND ($dateFrom IS NULL OR d.date >= $dateFrom)
  AND ($dateTo IS NULL OR d.date <= $dateTo)
WITH d ORDER BY d.date DESC, d.id
WITH collect(d) AS matched
RETURN size(matched) AS total,
       [d IN matched[$skip..($skip + $limit)] |
          d {.id, .kind, .title, .text, .date, .source, .url, .sourceType, .sourceIdentity, .customerId,
             .authorId, .hash, .candidate}] AS rows
