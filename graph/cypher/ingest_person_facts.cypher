// Extracted facts from one document ($docId, dated $date), provenance merged into existing edges:
// sources gain the document, first/last seen widen, confidence keeps the maximum. `row.type` is checked
// in Python against a fixed list.
UNWIND $rows AS row
MATCH (a:Person {id: row.source_id})
MATCH (b:Person {id: row.target_id})
FOREACH (_ IN CASE WHEN row.type = 'REPORTS_TO' THEN [1] ELSE [] END |
  MERGE (a)-[r:REPORTS_TO]->(b)
  ON CREATE SET r.sources = [$docId], r.curated = false, r.firstSeen = $date, r.lastSeen = $date, r.confidence = row.confidence, r.evidence = row.evidence
  ON MATCH SET r.sources = CASE WHEN $docId IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + $docId END, r.firstSeen = CASE WHEN r.firstSeen IS NULL OR $date < r.firstSeen THEN $date ELSE r.firstSeen END, r.lastSeen = CASE WHEN r.lastSeen IS NULL OR $date > r.lastSeen THEN $date ELSE r.lastSeen END, r.confidence = CASE WHEN coalesce(r.confidence, 0) < row.confidence THEN row.confidence ELSE r.confidence END, r.evidence = coalesce(r.evidence, row.evidence))
FOREACH (_ IN CASE WHEN row.type = 'INFLUENCES' THEN [1] ELSE [] END |
  MERGE (a)-[r:INFLUENCES]->(b)
  ON CREATE SET r.sources = [$docId], r.curated = false, r.firstSeen = $date, r.lastSeen = $date, r.confidence = row.confidence, r.evidence = row.evidence, r.strength = 0.5, r.sign = coalesce(row.sign, 1)
  ON MATCH SET r.sources = CASE WHEN $docId IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + $docId END, r.firstSeen = CASE WHEN r.firstSeen IS NULL OR $date < r.firstSeen THEN $date ELSE r.firstSeen END, r.lastSeen = CASE WHEN r.lastSeen IS NULL OR $date > r.lastSeen THEN $date ELSE r.lastSeen END, r.confidence = CASE WHEN coalesce(r.confidence, 0) < row.confidence THEN row.confidence ELSE r.confidence END, r.evidence = coalesce(r.evidence, row.evidence))
RETURN count(*) AS n
