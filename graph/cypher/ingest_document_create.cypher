// The document node itself, with its fingerprint bands; `duplicateOf` marks a near-duplicate.
MERGE (d:Document {hash: $doc.hash})
ON CREATE SET d += $doc.props, d.createdAt = datetime(), d.curated = false
WITH d
OPTIONAL MATCH (c:Organization {id: $doc.customerId})
FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | MERGE (d)-[:ABOUT]->(c))
WITH d
OPTIONAL MATCH (a:Person {id: $doc.authorId})
FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | MERGE (d)-[:AUTHORED_BY]->(a))
WITH d
OPTIONAL MATCH (orig:Document {id: $doc.duplicateOf})
FOREACH (_ IN CASE WHEN orig IS NULL THEN [] ELSE [1] END | MERGE (d)-[:NEAR_DUPLICATE_OF]->(orig))
WITH d
UNWIND $doc.bands AS key
MERGE (b:DedupeBand {key: key})
MERGE (d)-[:HAS_BAND]->(b)
RETURN count(*) AS n
