// Batched ingest write (documents): $plans = [DocumentPlan] (ingest/plan.py), one subquery call per
// document, in order, so each document sees what the documents before it wrote, as if written alone.
// graph/repositories/ingest.py runs the ingest_batch_* statements in one transaction per batch.
// the document node, its fingerprint bands; `duplicateOf` marks a near-duplicate
// replan=skip: every read here is a unique-index seek, so a plan made on a small graph stays good as it
// grows; replanning this statement (seconds on a loaded machine) at each statistics change is not.
CYPHER replan=skip
UNWIND $plans AS plan
CALL (plan) {
  MERGE (d:Document {hash: plan.doc.hash})
  ON CREATE SET d += plan.doc.props, d.createdAt = datetime(), d.curated = false
  WITH plan, d
  OPTIONAL MATCH (a:Person {id: plan.doc.authorId})
  FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | MERGE (d)-[:AUTHORED_BY]->(a))
  WITH plan, d
  OPTIONAL MATCH (orig:Document {id: plan.doc.duplicateOf})
  FOREACH (_ IN CASE WHEN orig IS NULL THEN [] ELSE [1] END | MERGE (d)-[:NEAR_DUPLICATE_OF]->(orig))
  WITH plan, d
  UNWIND plan.doc.bands AS key
  MERGE (b:DedupeBand {key: key})
  MERGE (d)-[:HAS_BAND]->(b)
}
RETURN count(*) AS n
