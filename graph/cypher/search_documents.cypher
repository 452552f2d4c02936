// Full-text matches over documents, filtered, the best $cap of them ranked (BM25 normalised by the
// best score + a bonus per query entity mentioned; ties by id). Returns how many matched (up to $cap),
// the ranks [0, $hitsTo) (all a page starting at $hitsTo - first can need once entity hits are merged
// in), the stored fields of ranks [$detailFrom, $detailTo), and, when $facets, the facet counts of
// the best $facetCap of the ranked matches.
CALL () {
  // the linked query entities, looked up once (by id, per label) so that each match checks them
  // with a relationship test between two known nodes instead of expanding and reading ids
  UNWIND $linked AS x
  CALL (x) {
    MATCH (e:Organization {id: x}) RETURN e
    UNION
    MATCH (e:Person {id: x}) RETURN e
    UNION
    MATCH (e:Product {id: x}) RETURN e
  }
  RETURN collect(e) AS ents
}
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
WITH ents, d, score
LIMIT $cap
WITH d, score, size([e IN ents WHERE EXISTS { (d)-[:MENTIONS|ABOUT]->(e) }]) AS linked
WITH collect({d: d, score: score, linked: linked}) AS rows, max(score) AS best
UNWIND rows AS r
WITH r.d AS d, r.linked AS linked,
     r.score / best + CASE WHEN size($linked) = 0 THEN 0.0
                           ELSE $linkBonus * toFloat(r.linked) / size($linked) END AS score
ORDER BY score DESC, d.id
WITH collect({d: d, score: score, linked: linked}) AS ranked
WITH ranked, CASE WHEN $facets THEN [r IN ranked[..$facetCap] | r.d] ELSE [] END AS docs
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
       [r IN ranked[..$hitsTo] | {id: r.d.id, score: r.score, linked: r.linked}] AS hits,
       [d IN [r IN ranked[$detailFrom..$detailTo] | r.d] | {
          row: d {.id, .kind, .title, .text, .date, .source, .url, .sourceType, .sourceIdentity,
                    .customerId, .authorId},
          mentions: [(d)-[:MENTIONS]->(e) WHERE e:Organization OR e:Person OR e:Product |
                     {id: e.id, name: e.name,
                      type: CASE WHEN e:Organization THEN 'Organization' WHEN e:Person THEN 'Person'
                            ELSE 'Product' END}]
       }] AS details,
       kinds, customers, competitors, authors, months
