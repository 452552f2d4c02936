// Stance observations are nodes: a time series per holder, never overwritten.
UNWIND $rows AS row
OPTIONAL MATCH (hp:Person {id: row.holder_id})
OPTIONAL MATCH (hu:OrgUnit {id: row.holder_id})
MATCH (t:Organization {id: row.toward_id})
WITH row, t, coalesce(hp, hu) AS h
WHERE h IS NOT NULL
MERGE (s:StanceObservation {id: row.id})
SET s.stance = row.stance, s.level = row.level, s.date = row.date, s.evidence = row.evidence,
    s.confidence = row.confidence, s.documentId = row.document_id, s.towardId = row.toward_id,
    s.holderId = row.holder_id
MERGE (h)-[:HAS_STANCE]->(s)
MERGE (s)-[:TOWARD]->(t)
WITH s, row
OPTIONAL MATCH (d:Document {id: row.document_id})
FOREACH (_ IN CASE WHEN d IS NULL THEN [] ELSE [1] END | MERGE (s)-[:FROM_DOCUMENT]->(d))
RETURN count(s) AS n
