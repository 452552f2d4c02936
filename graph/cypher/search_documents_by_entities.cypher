// Documents mentioning (or about) every entity of $mentionsAll, newest first; the same columns as
// search_documents (total, the ranks [0, $hitsTo), page details, facets when $facets).
CALL () {
  // the first entity by id, per label (an unlabelled {id: …} lookup would scan every node)
  MATCH (e:Organization {id: $mentionsAll[0]}) RETURN e AS first
  UNION
  MATCH (e:Person {id: $mentionsAll[0]}) RETURN e AS first
  UNION
  MATCH (e:Product {id: $mentionsAll[0]}) RETURN e AS first
}
MATCH (first)<-[:MENTIONS|ABOUT]-(d:Document)
WHERE all(x IN $mentionsAll WHERE EXISTS { MATCH (d)-[:MENTIONS|ABOUT]->(e) WHERE e.id = x })
  AND ($kinds IS NULL OR d.kind IN $kinds)
  AND ($customers IS NULL OR d.customerId IN $customers)
  AND ($authors IS NULL OR d.authorId IN $authors)
  AND ($dateFrom IS NULL OR d.date >= $dateFrom)
  AND ($dateTo IS NULL OR d.date <= $dateTo)
  AND ($createdAfter IS NULL OR d.createdAt > $createdAfter)
  AND ($competitors IS NULL OR EXISTS { MATCH (d)-[:MENTIONS]->(c:Competitor) WHERE c.id IN $competitors })
WITH DISTINCT d
ORDER BY d.date DESC, d.id
LIMIT $cap
WITH collect(d) AS ranked
WITH ranked, CASE WHEN $facets THEN ranked[..$facetCap] ELSE [] END AS docs
CALL (docs) {
  UNWIND docs AS d
  WITH d.kind AS value, count(*) AS n WHERE value IS NOT NULL
  RETURN collect({value: value, label: value, count: n}) AS kinds
}
CALL (docs) {
  UNWIND docs AS d
  // by the property the `customers` filter tests; only the top values are looked up for their names
  WITH d.customerId AS id, count(*) AS n WHERE id IS NOT NULL
  ORDER BY n DESC, id LIMIT $facetLimit
  MATCH (c:Organization {id: id})
  WITH c, n ORDER BY n DESC, c.id
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
  WITH d.authorId AS id, count(*) AS n WHERE id IS NOT NULL
  ORDER BY n DESC, id LIMIT $facetLimit
  MATCH (a:Person {id: id})
  WITH a, n ORDER BY n DESC, a.id
  RETURN collect({value: a.id, label: a.name, count: n}) AS authors
}
CALL (docs) {
  UNWIND docs AS d
  WITH d WHERE d.date IS NOT NULL
  WITH substring(toString(d.date), 0, 7) AS month, count(*) AS n ORDER BY month DESC
  RETURN collect({value: month, label: month, count: n}) AS months
}
RETURN size(ranked) AS total,
       [d IN ranked[..$hitsTo] | {id: d.id, score: 1.0, linked: size($mentionsAll)}] AS hits,
       [d IN ranked[$detailFrom..$detailTo] | {
          row: d {.id, .kind, .title, .text, .date, .source, .url, .sourceType, .sourceIdentity,
                  .customerId, .authorId},
          mentions: [(d)-[:MENTIONS]->(e) WHERE e:Organization OR e:Person OR e:Product |
                     {id: e.id, name: e.name,
                      type: CASE WHEN e:Organization THEN 'Organization' WHEN e:Person THEN 'Person'
                            ELSE 'Product' END}]
       }] AS details,
       kinds, customers, competitors, authors, months
