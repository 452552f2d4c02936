// Extracted facts from one document ($docId, dated $date), provenance merged into existing edges:
// sources gain the document, first/last seen widen, confidence keeps the maximum. `row.type` is checked
// in Python against a fixed list.
UNWIND $rows AS row
MATCH (a:Person {id: row.person_id})
MATCH (b:Organization {id: row.org_id})
OPTIONAL MATCH (a)-[open:WORKS_AT]->(b) WHERE open.until IS NULL
WITH a, b, row, head(collect(open)) AS existing
FOREACH (_ IN CASE WHEN existing IS NULL AND row.ended = false THEN [1] ELSE [] END |
  MERGE (a)-[r:WORKS_AT {since: date('1900-01-01')}]->(b)
  ON CREATE SET r.sources = [$docId], r.curated = false, r.firstSeen = $date, r.lastSeen = $date, r.confidence = row.confidence, r.evidence = row.evidence, r.title = row.title, r.current = true
  ON MATCH SET r.sources = CASE WHEN $docId IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + $docId END, r.firstSeen = CASE WHEN r.firstSeen IS NULL OR $date < r.firstSeen THEN $date ELSE r.firstSeen END, r.lastSeen = CASE WHEN r.lastSeen IS NULL OR $date > r.lastSeen THEN $date ELSE r.lastSeen END, r.confidence = CASE WHEN coalesce(r.confidence, 0) < row.confidence THEN row.confidence ELSE r.confidence END, r.evidence = coalesce(r.evidence, row.evidence), r.title = coalesce(r.title, row.title))
FOREACH (r IN CASE WHEN existing IS NOT NULL AND row.ended = false THEN [existing] ELSE [] END |
  SET r.sources = CASE WHEN $docId IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + $docId END, r.firstSeen = CASE WHEN r.firstSeen IS NULL OR $date < r.firstSeen THEN $date ELSE r.firstSeen END, r.lastSeen = CASE WHEN r.lastSeen IS NULL OR $date > r.lastSeen THEN $date ELSE r.lastSeen END, r.confidence = CASE WHEN coalesce(r.confidence, 0) < row.confidence THEN row.confidence ELSE r.confidence END, r.evidence = coalesce(r.evidence, row.evidence), r.title = coalesce(r.title, row.title))
// 原在X，现任Y: the employment at X ends (dated by the document) and keeps its history.
FOREACH (r IN CASE WHEN existing IS NOT NULL AND row.ended = true THEN [existing] ELSE [] END |
  SET r.until = $date, r.current = false, r.endedBy = $docId)
FOREACH (_ IN CASE WHEN existing IS NULL AND row.ended = true THEN [1] ELSE [] END |
  MERGE (a)-[r:WORKS_AT {since: date('1900-01-01')}]->(b)
  ON CREATE SET r.sources = [$docId], r.curated = false, r.firstSeen = $date, r.lastSeen = $date, r.confidence = row.confidence, r.evidence = row.evidence, r.title = row.title, r.until = $date, r.current = false)
RETURN count(*) AS n
