// The best $first documents for the terms (same full-text index and analyser), with the entities
// each mentions. Guanxi's `search` does more: entity linking with aliases, entity hits, facets over up
// to 1000 matches, highlighted snippets.
CALL db.index.fulltext.queryNodes('search_documents', $lucene, {limit: $first}) YIELD node AS d, score
RETURN d.id AS id, d.title AS title, score,
       [(d)-[:MENTIONS]->(e) | e.name] AS mentions
ORDER BY score DESC, id
