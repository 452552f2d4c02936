// Batched ingest write (roles): $plans = [DocumentPlan] (ingest/plan.py), one subquery call per
// document, in order, so each document sees what the documents before it wrote, as if written alone.
// graph/repositories/ingest.py runs the ingest_batch_* statements in one transaction per batch.
// decision roles (account scope)
UNWIND $plans AS plan
CALL (plan) {
  UNWIND plan.roles AS row
  OPTIONAL MATCH (hp:Person {id: row.holder_id})
  OPTIONAL MATCH (hu:OrgUnit {id: row.holder_id})
  MATCH (s:Organization {id: row.scope_id})
  WITH plan, row, s, coalesce(hp, hu) AS h WHERE h IS NOT NULL
  MERGE (h)-[r:HAS_ROLE {role: row.role}]->(s)
  ON CREATE SET r.sources = [plan.doc_id], r.curated = false, r.firstSeen = plan.date, r.lastSeen = plan.date,
                r.confidence = row.confidence, r.evidence = row.evidence, r.hedged = row.hedged
  ON MATCH SET r.sources = CASE WHEN plan.doc_id IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + plan.doc_id END,
               r.lastSeen = CASE WHEN r.lastSeen IS NULL OR plan.date > r.lastSeen THEN plan.date ELSE r.lastSeen END,
               r.firstSeen = CASE WHEN r.firstSeen IS NULL OR plan.date < r.firstSeen THEN plan.date ELSE r.firstSeen END,
               r.confidence = CASE WHEN coalesce(r.confidence, 0) < row.confidence THEN row.confidence ELSE r.confidence END
}
RETURN count(*) AS n
