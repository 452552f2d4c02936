// Batched ingest write (employments): $plans = [DocumentPlan] (ingest/plan.py), one subquery call per
// document, in order, so each document sees what the documents before it wrote, as if written alone.
// graph/repositories/ingest.py runs the ingest_batch_* statements in one transaction per batch.
// employments; 原在X，现任Y ends the employment at X (dated by the document), keeping its history
// replan=skip: every read here is a unique-index seek, so a plan made on a small graph stays good as it
// grows; replanning this statement (seconds on a loaded machine) at each statistics change is not.
CYPHER replan=skip
UNWIND $plans AS plan
CALL (plan) {
  UNWIND plan.employments AS row
  MATCH (a:Person {id: row.person_id})
  MATCH (b:Organization {id: row.org_id})
  OPTIONAL MATCH (a)-[open:WORKS_AT]->(b) WHERE open.until IS NULL
  WITH plan, a, b, row, head(collect(open)) AS existing
  FOREACH (_ IN CASE WHEN existing IS NULL AND row.ended = false THEN [1] ELSE [] END |
    MERGE (a)-[r:WORKS_AT {since: date('1900-01-01')}]->(b)
    ON CREATE SET r.sources = [plan.doc_id], r.curated = false, r.firstSeen = plan.date, r.lastSeen = plan.date, r.confidence = row.confidence, r.evidence = row.evidence, r.title = row.title, r.current = true
    ON MATCH SET r.sources = CASE WHEN plan.doc_id IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + plan.doc_id END, r.firstSeen = CASE WHEN r.firstSeen IS NULL OR plan.date < r.firstSeen THEN plan.date ELSE r.firstSeen END, r.lastSeen = CASE WHEN r.lastSeen IS NULL OR plan.date > r.lastSeen THEN plan.date ELSE r.lastSeen END, r.confidence = CASE WHEN coalesce(r.confidence, 0) < row.confidence THEN row.confidence ELSE r.confidence END, r.evidence = coalesce(r.evidence, row.evidence), r.title = coalesce(r.title, row.title))
  FOREACH (r IN CASE WHEN existing IS NOT NULL AND row.ended = false THEN [existing] ELSE [] END |
    SET r.sources = CASE WHEN plan.doc_id IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + plan.doc_id END, r.firstSeen = CASE WHEN r.firstSeen IS NULL OR plan.date < r.firstSeen THEN plan.date ELSE r.firstSeen END, r.lastSeen = CASE WHEN r.lastSeen IS NULL OR plan.date > r.lastSeen THEN plan.date ELSE r.lastSeen END, r.confidence = CASE WHEN coalesce(r.confidence, 0) < row.confidence THEN row.confidence ELSE r.confidence END, r.evidence = coalesce(r.evidence, row.evidence), r.title = coalesce(r.title, row.title))
  FOREACH (r IN CASE WHEN existing IS NOT NULL AND row.ended = true THEN [existing] ELSE [] END |
    SET r.until = plan.date, r.current = false, r.endedBy = plan.doc_id)
  FOREACH (_ IN CASE WHEN existing IS NULL AND row.ended = true THEN [1] ELSE [] END |
    MERGE (a)-[r:WORKS_AT {since: date('1900-01-01')}]->(b)
    ON CREATE SET r.sources = [plan.doc_id], r.curated = false, r.firstSeen = plan.date, r.lastSeen = plan.date, r.confidence = row.confidence, r.evidence = row.evidence, r.title = row.title, r.until = plan.date, r.current = false)
}
RETURN count(*) AS n
