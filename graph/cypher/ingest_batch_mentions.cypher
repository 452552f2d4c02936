// Batched ingest write (mentions): $plans = [DocumentPlan] (ingest/plan.py), one subquery call per
// document, in order, so each document sees what the documents before it wrote, as if written alone.
// graph/repositories/ingest.py runs the ingest_batch_* statements in one transaction per batch.
// every mention with its offsets in the original text, linked to what it resolved to
// replan=skip: every read here is a unique-index seek, so a plan made on a small graph stays good as it
// grows; replanning this statement (seconds on a loaded machine) at each statistics change is not.
CYPHER replan=skip
UNWIND $plans AS plan
CALL (plan) {
  MATCH (d:Document {id: plan.doc_id})
  UNWIND plan.mentions AS row
  MERGE (m:Mention {id: row.id})
  ON CREATE SET m.text = row.text, m.type = row.type, m.start = row.start, m.end = row.end,
                m.docId = plan.doc_id, m.confidence = row.confidence
  MERGE (d)-[:HAS_MENTION]->(m)
  WITH m, row
  OPTIONAL MATCH (o:Organization {id: row.entityId})
  OPTIONAL MATCH (p:Person {id: row.entityId})
  OPTIONAL MATCH (q:Product {id: row.entityId})
  WITH m, coalesce(o, p, q) AS e
  FOREACH (_ IN CASE WHEN e IS NULL THEN [] ELSE [1] END | MERGE (m)-[:RESOLVES_TO]->(e))
}
RETURN count(*) AS n
