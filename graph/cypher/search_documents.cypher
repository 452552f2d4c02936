// Full-text matches over documents, filtered, capped at $cap best; with the facet counts of that set.
CALL db.index.fulltext.queryNodes('search_documents', $lucene, {limit: $fetch}) YIELD node AS d, score
WHERE ($kinds IS NULL OR d.kind IN $kinds)
  AND ($customers IS NULL OR d.customerId IN $customers)
  AND ($authors IS NULL OR d.authorId IN $authors)
  AND ($dateFrom IS NULL OR d.date >= $dateFrom)
  AND ($dateTo IS NULL OR d.date <= $dateTo)
  AND ($createdAfter IS NULL OR d.createdAt > $createdAfter)
  AND ($competitors IS NULL OR EXISTS { MATCH (d)-[:MENTIONS]->(c:Competitor) WHERE c.id IN $competitors })
  AND ($mentionsAll IS NULL
       OR all(x IN $mentionsAll WHERE EXISTS { MATCH (d)-[:MENTIONS|ABOUT]->(e) WHERE e.id = x }))
WITH d, score
LIMIT $cap
WITH d, score, [(d)-[:MENTIONS|ABOUT]->(e) WHERE e.id IN $linked | e.id] AS linked
WITH collect(d) AS docs, collect({id: d.id, score: score, linked: linked}) AS hits
CALL (docs) {
  UNWIND docs AS d
  WITH d.kind AS value, count(*) AS n WHERE value IS NOT NULL
  RETURN collect({value: value, label: value, count: n}) AS kinds
}
CALL (docs) {
  UNWIND docs AS d
  MATCH (d)-[:ABOUT]->(c:Organization)
  WITH c, count(DISTINCT d) AS n ORDER BY n DESC, c.id LIMIT $facetLimit
  RETURN collect({value: c.id, label: c.name, count: n}) AS customers
}
CALL (docs) {
  UNWIND docs AS d
  MATCH (d)-[:MENTIONS]->(c:Competitor)
  WITH c, count(DISTINCT d) AS n ORDER BY n DESC, c.id LIMIT $facetLimit
  RETURN collect({value: c.id, label: c.name, count: n}) AS competitors
}
CALL (docs) {
  UNWIND docs AS d
  MATCH (d)-[:AUTHORED_BY]->(a:Person)
  WITH a, count(DISTINCT d) AS n ORDER BY n DESC, a.id LIMIT $facetLimit
  RETURN collect({value: a.id, label: a.name, count: n}) AS authors
}
CALL (docs) {
  UNWIND docs AS d
  WITH d WHERE d.date IS NOT NULL
  WITH substring(toString(d.date), 0, 7) AS month, count(*) AS n ORDER BY month DESC
  RETURN collect({value: month, label: month, count: n}) AS months
}
RETURN hits, kinds, customers, competitors, authors, months
