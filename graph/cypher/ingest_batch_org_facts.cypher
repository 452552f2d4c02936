// Batched ingest write (org_facts): $plans = [DocumentPlan] (ingest/plan.py), one subquery call per
// document, in order, so each document sees what the documents before it wrote, as if written alone.
// graph/repositories/ingest.py runs the ingest_batch_* statements in one transaction per batch.
// organisation → organisation facts
// replan=skip: every read here is a unique-index seek, so a plan made on a small graph stays good as it
// grows; replanning this statement (seconds on a loaded machine) at each statistics change is not.
CYPHER replan=skip
UNWIND $plans AS plan
CALL (plan) {
  UNWIND plan.org_facts AS row
  MATCH (a:Organization {id: row.source_id})
  MATCH (b:Organization {id: row.target_id})
  FOREACH (_ IN CASE WHEN row.type = 'INCUMBENT_AT' THEN [1] ELSE [] END |
    MERGE (a)-[r:INCUMBENT_AT]->(b)
    ON CREATE SET r.sources = [plan.doc_id], r.curated = false, r.firstSeen = plan.date, r.lastSeen = plan.date, r.confidence = row.confidence, r.evidence = row.evidence, r.contractEnd = coalesce(row.contract_end, r.contractEnd)
    ON MATCH SET r.sources = CASE WHEN plan.doc_id IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + plan.doc_id END, r.firstSeen = CASE WHEN r.firstSeen IS NULL OR plan.date < r.firstSeen THEN plan.date ELSE r.firstSeen END, r.lastSeen = CASE WHEN r.lastSeen IS NULL OR plan.date > r.lastSeen THEN plan.date ELSE r.lastSeen END, r.confidence = CASE WHEN coalesce(r.confidence, 0) < row.confidence THEN row.confidence ELSE r.confidence END, r.evidence = coalesce(r.evidence, row.evidence), r.contractEnd = coalesce(row.contract_end, r.contractEnd))
  FOREACH (_ IN CASE WHEN row.type = 'ENGAGED_WITH' THEN [1] ELSE [] END |
    MERGE (a)-[r:ENGAGED_WITH]->(b)
    ON CREATE SET r.sources = [plan.doc_id], r.curated = false, r.firstSeen = plan.date, r.lastSeen = plan.date, r.confidence = row.confidence, r.evidence = row.evidence, r.contractEnd = coalesce(row.contract_end, r.contractEnd)
    ON MATCH SET r.sources = CASE WHEN plan.doc_id IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + plan.doc_id END, r.firstSeen = CASE WHEN r.firstSeen IS NULL OR plan.date < r.firstSeen THEN plan.date ELSE r.firstSeen END, r.lastSeen = CASE WHEN r.lastSeen IS NULL OR plan.date > r.lastSeen THEN plan.date ELSE r.lastSeen END, r.confidence = CASE WHEN coalesce(r.confidence, 0) < row.confidence THEN row.confidence ELSE r.confidence END, r.evidence = coalesce(r.evidence, row.evidence), r.contractEnd = coalesce(row.contract_end, r.contractEnd))
  FOREACH (_ IN CASE WHEN row.type = 'SUPPLIES' THEN [1] ELSE [] END |
    MERGE (a)-[r:SUPPLIES]->(b)
    ON CREATE SET r.sources = [plan.doc_id], r.curated = false, r.firstSeen = plan.date, r.lastSeen = plan.date, r.confidence = row.confidence, r.evidence = row.evidence, r.contractEnd = coalesce(row.contract_end, r.contractEnd)
    ON MATCH SET r.sources = CASE WHEN plan.doc_id IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + plan.doc_id END, r.firstSeen = CASE WHEN r.firstSeen IS NULL OR plan.date < r.firstSeen THEN plan.date ELSE r.firstSeen END, r.lastSeen = CASE WHEN r.lastSeen IS NULL OR plan.date > r.lastSeen THEN plan.date ELSE r.lastSeen END, r.confidence = CASE WHEN coalesce(r.confidence, 0) < row.confidence THEN row.confidence ELSE r.confidence END, r.evidence = coalesce(r.evidence, row.evidence), r.contractEnd = coalesce(row.contract_end, r.contractEnd))
  FOREACH (_ IN CASE WHEN row.type = 'CHANNEL_FOR' THEN [1] ELSE [] END |
    MERGE (a)-[r:CHANNEL_FOR]->(b)
    ON CREATE SET r.sources = [plan.doc_id], r.curated = false, r.firstSeen = plan.date, r.lastSeen = plan.date, r.confidence = row.confidence, r.evidence = row.evidence, r.contractEnd = coalesce(row.contract_end, r.contractEnd)
    ON MATCH SET r.sources = CASE WHEN plan.doc_id IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + plan.doc_id END, r.firstSeen = CASE WHEN r.firstSeen IS NULL OR plan.date < r.firstSeen THEN plan.date ELSE r.firstSeen END, r.lastSeen = CASE WHEN r.lastSeen IS NULL OR plan.date > r.lastSeen THEN plan.date ELSE r.lastSeen END, r.confidence = CASE WHEN coalesce(r.confidence, 0) < row.confidence THEN row.confidence ELSE r.confidence END, r.evidence = coalesce(r.evidence, row.evidence), r.contractEnd = coalesce(row.contract_end, r.contractEnd))
  FOREACH (_ IN CASE WHEN row.type = 'SERVES' THEN [1] ELSE [] END |
    MERGE (a)-[r:SERVES]->(b)
    ON CREATE SET r.sources = [plan.doc_id], r.curated = false, r.firstSeen = plan.date, r.lastSeen = plan.date, r.confidence = row.confidence, r.evidence = row.evidence, r.contractEnd = coalesce(row.contract_end, r.contractEnd)
    ON MATCH SET r.sources = CASE WHEN plan.doc_id IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + plan.doc_id END, r.firstSeen = CASE WHEN r.firstSeen IS NULL OR plan.date < r.firstSeen THEN plan.date ELSE r.firstSeen END, r.lastSeen = CASE WHEN r.lastSeen IS NULL OR plan.date > r.lastSeen THEN plan.date ELSE r.lastSeen END, r.confidence = CASE WHEN coalesce(r.confidence, 0) < row.confidence THEN row.confidence ELSE r.confidence END, r.evidence = coalesce(r.evidence, row.evidence), r.contractEnd = coalesce(row.contract_end, r.contractEnd))
  FOREACH (_ IN CASE WHEN row.type = 'PARTNERS_WITH' THEN [1] ELSE [] END |
    MERGE (a)-[r:PARTNERS_WITH]->(b)
    ON CREATE SET r.sources = [plan.doc_id], r.curated = false, r.firstSeen = plan.date, r.lastSeen = plan.date, r.confidence = row.confidence, r.evidence = row.evidence, r.contractEnd = coalesce(row.contract_end, r.contractEnd)
    ON MATCH SET r.sources = CASE WHEN plan.doc_id IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + plan.doc_id END, r.firstSeen = CASE WHEN r.firstSeen IS NULL OR plan.date < r.firstSeen THEN plan.date ELSE r.firstSeen END, r.lastSeen = CASE WHEN r.lastSeen IS NULL OR plan.date > r.lastSeen THEN plan.date ELSE r.lastSeen END, r.confidence = CASE WHEN coalesce(r.confidence, 0) < row.confidence THEN row.confidence ELSE r.confidence END, r.evidence = coalesce(r.evidence, row.evidence), r.contractEnd = coalesce(row.contract_end, r.contractEnd))
  FOREACH (_ IN CASE WHEN row.type = 'ACQUIRES' THEN [1] ELSE [] END |
    MERGE (a)-[r:ACQUIRES]->(b)
    ON CREATE SET r.sources = [plan.doc_id], r.curated = false, r.firstSeen = plan.date, r.lastSeen = plan.date, r.confidence = row.confidence, r.evidence = row.evidence, r.contractEnd = coalesce(row.contract_end, r.contractEnd)
    ON MATCH SET r.sources = CASE WHEN plan.doc_id IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + plan.doc_id END, r.firstSeen = CASE WHEN r.firstSeen IS NULL OR plan.date < r.firstSeen THEN plan.date ELSE r.firstSeen END, r.lastSeen = CASE WHEN r.lastSeen IS NULL OR plan.date > r.lastSeen THEN plan.date ELSE r.lastSeen END, r.confidence = CASE WHEN coalesce(r.confidence, 0) < row.confidence THEN row.confidence ELSE r.confidence END, r.evidence = coalesce(r.evidence, row.evidence), r.contractEnd = coalesce(row.contract_end, r.contractEnd))
  FOREACH (_ IN CASE WHEN row.type = 'COMPETES_WITH' THEN [1] ELSE [] END |
    MERGE (a)-[r:COMPETES_WITH]->(b)
    ON CREATE SET r.sources = [plan.doc_id], r.curated = false, r.firstSeen = plan.date, r.lastSeen = plan.date, r.confidence = row.confidence, r.evidence = row.evidence, r.contractEnd = coalesce(row.contract_end, r.contractEnd)
    ON MATCH SET r.sources = CASE WHEN plan.doc_id IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + plan.doc_id END, r.firstSeen = CASE WHEN r.firstSeen IS NULL OR plan.date < r.firstSeen THEN plan.date ELSE r.firstSeen END, r.lastSeen = CASE WHEN r.lastSeen IS NULL OR plan.date > r.lastSeen THEN plan.date ELSE r.lastSeen END, r.confidence = CASE WHEN coalesce(r.confidence, 0) < row.confidence THEN row.confidence ELSE r.confidence END, r.evidence = coalesce(r.evidence, row.evidence), r.contractEnd = coalesce(row.contract_end, r.contractEnd))
  FOREACH (_ IN CASE WHEN row.type = 'INVESTS_IN' THEN [1] ELSE [] END |
    MERGE (a)-[r:INVESTS_IN]->(b)
    ON CREATE SET r.sources = [plan.doc_id], r.curated = false, r.firstSeen = plan.date, r.lastSeen = plan.date, r.confidence = row.confidence, r.evidence = row.evidence, r.contractEnd = coalesce(row.contract_end, r.contractEnd)
    ON MATCH SET r.sources = CASE WHEN plan.doc_id IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + plan.doc_id END, r.firstSeen = CASE WHEN r.firstSeen IS NULL OR plan.date < r.firstSeen THEN plan.date ELSE r.firstSeen END, r.lastSeen = CASE WHEN r.lastSeen IS NULL OR plan.date > r.lastSeen THEN plan.date ELSE r.lastSeen END, r.confidence = CASE WHEN coalesce(r.confidence, 0) < row.confidence THEN row.confidence ELSE r.confidence END, r.evidence = coalesce(r.evidence, row.evidence), r.contractEnd = coalesce(row.contract_end, r.contractEnd))
}
RETURN count(*) AS n
