// Batched ingest write (person_facts): $plans = [DocumentPlan] (ingest/plan.py), one subquery call per
// document, in order, so each document sees what the documents before it wrote, as if written alone.
// graph/repositories/ingest.py runs the ingest_batch_* statements in one transaction per batch.
// person → person facts
// replan=skip: every read here is a unique-index seek, so a plan made on a small graph stays good as it
// grows; replanning this statement (seconds on a loaded machine) at each statistics change is not.
CYPHER replan=skip
UNWIND $plans AS plan
CALL (plan) {
  UNWIND plan.person_facts AS row
  MATCH (a:Person {id: row.source_id})
  MATCH (b:Person {id: row.target_id})
  FOREACH (_ IN CASE WHEN row.type = 'REPORTS_TO' THEN [1] ELSE [] END |
    MERGE (a)-[r:REPORTS_TO]->(b)
    ON CREATE SET r.sources = [plan.doc_id], r.curated = false, r.firstSeen = plan.date, r.lastSeen = plan.date, r.confidence = row.confidence, r.evidence = row.evidence
    ON MATCH SET r.sources = CASE WHEN plan.doc_id IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + plan.doc_id END, r.firstSeen = CASE WHEN r.firstSeen IS NULL OR plan.date < r.firstSeen THEN plan.date ELSE r.firstSeen END, r.lastSeen = CASE WHEN r.lastSeen IS NULL OR plan.date > r.lastSeen THEN plan.date ELSE r.lastSeen END, r.confidence = CASE WHEN coalesce(r.confidence, 0) < row.confidence THEN row.confidence ELSE r.confidence END, r.evidence = coalesce(r.evidence, row.evidence))
  FOREACH (_ IN CASE WHEN row.type = 'INFLUENCES' THEN [1] ELSE [] END |
    MERGE (a)-[r:INFLUENCES]->(b)
    ON CREATE SET r.sources = [plan.doc_id], r.curated = false, r.firstSeen = plan.date, r.lastSeen = plan.date, r.confidence = row.confidence, r.evidence = row.evidence, r.strength = 0.5, r.sign = coalesce(row.sign, 1)
    ON MATCH SET r.sources = CASE WHEN plan.doc_id IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + plan.doc_id END, r.firstSeen = CASE WHEN r.firstSeen IS NULL OR plan.date < r.firstSeen THEN plan.date ELSE r.firstSeen END, r.lastSeen = CASE WHEN r.lastSeen IS NULL OR plan.date > r.lastSeen THEN plan.date ELSE r.lastSeen END, r.confidence = CASE WHEN coalesce(r.confidence, 0) < row.confidence THEN row.confidence ELSE r.confidence END, r.evidence = coalesce(r.evidence, row.evidence))
}
RETURN count(*) AS n
