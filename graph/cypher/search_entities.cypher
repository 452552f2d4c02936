// Entities whose name, alias or current job title matches: entity hits and query-entity linking.
CALL () {
  CALL db.index.fulltext.queryNodes('search_entities', $lucene, {limit: $limit}) YIELD node, score
  RETURN node AS e, score, null AS title
  UNION ALL
  CALL db.index.fulltext.queryRelationships('search_titles', $lucene, {limit: $limit})
    YIELD relationship, score
  WHERE relationship.until IS NULL
  RETURN startNode(relationship) AS e, score * 0.8 AS score, relationship.title AS title
}
WITH e, max(score) AS score, [t IN collect(title) WHERE t IS NOT NULL] AS titles
WITH e, score, titles,
     CASE WHEN e:Organization THEN 'Organization' WHEN e:Person THEN 'Person' ELSE 'Product' END AS type
WHERE $types IS NULL OR type IN $types
RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases, type, score, titles,
       [(e)-[w:WORKS_AT]->(o:Organization) WHERE w.until IS NULL | w.title][..3] AS currentTitles,
       COUNT { (e)<-[:MENTIONS|ABOUT]-(:Document) } AS documents
ORDER BY score DESC, id
LIMIT $limit
