// Entities whose name, alias or current job title matches the query (entity hits and linking), and the
// current staff of the organisations the query names ($compact: the query, normalised like
// searchNames), so that 穆工 / 张总 / 小姚 can be resolved to a person there.
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
ORDER BY score DESC, e.id
LIMIT $limit
WITH collect({
       id: e.id, name: e.name, aliases: coalesce(e.aliases, []), score: score, titles: titles,
       type: CASE WHEN e:Organization THEN 'Organization' WHEN e:Person THEN 'Person' ELSE 'Product' END,
       currentTitles: [(e)-[w:WORKS_AT]->(:Organization) WHERE w.until IS NULL | w.title][..3]
     }) AS entities,
     collect(CASE WHEN e:Organization
                   AND any(n IN coalesce(e.searchNames, []) WHERE size(n) >= 2 AND $compact CONTAINS n)
              THEN e END) AS named
CALL (named) {
  UNWIND named AS o
  MATCH (p:Person)-[w:WORKS_AT]->(o)
  WHERE w.until IS NULL
  WITH p, w, o ORDER BY p.id LIMIT 2000
  RETURN collect({id: p.id, name: p.name, aliases: coalesce(p.aliases, []), title: w.title, orgId: o.id})
         AS staff
}
RETURN entities, staff
