// Extracted facts from one document ($docId, dated $date), provenance merged into existing edges:
// sources gain the document, first/last seen widen, confidence keeps the maximum. `row.type` is checked
// in Python against a fixed list.
UNWIND $rows AS row
MATCH (a:Organization {id: row.source_id})
MATCH (b:Organization {id: row.target_id})
FOREACH (_ IN CASE WHEN row.type = 'INCUMBENT_AT' THEN [1] ELSE [] END |
  MERGE (a)-[r:INCUMBENT_AT]->(b)
  ON CREATE SET r.sources = [$docId], r.curated = false, r.firstSeen = $date, r.lastSeen = $date, r.confidence = row.confidence, r.evidence = row.evidence, r.contractEnd = coalesce(row.contract_end, r.contractEnd)
  ON MATCH SET r.sources = CASE WHEN $docId IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + $docId END, r.firstSeen = CASE WHEN r.firstSeen IS NULL OR $date < r.firstSeen THEN $date ELSE r.firstSeen END, r.lastSeen = CASE WHEN r.lastSeen IS NULL OR $date > r.lastSeen THEN $date ELSE r.lastSeen END, r.confidence = CASE WHEN coalesce(r.confidence, 0) < row.confidence THEN row.confidence ELSE r.confidence END, r.evidence = coalesce(r.evidence, row.evidence), r.contractEnd = coalesce(row.contract_end, r.contractEnd))
FOREACH (_ IN CASE WHEN row.type = 'ENGAGED_WITH' THEN [1] ELSE [] END |
  MERGE (a)-[r:ENGAGED_WITH]->(b)
  ON CREATE SET r.sources = [$docId], r.curated = false, r.firstSeen = $date, r.lastSeen = $date, r.confidence = row.confidence, r.evidence = row.evidence, r.contractEnd = coalesce(row.contract_end, r.contractEnd)
  ON MATCH SET r.sources = CASE WHEN $docId IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + $docId END, r.firstSeen = CASE WHEN r.firstSeen IS NULL OR $date < r.firstSeen THEN $date ELSE r.firstSeen END, r.lastSeen = CASE WHEN r.lastSeen IS NULL OR $date > r.lastSeen THEN $date ELSE r.lastSeen END, r.confidence = CASE WHEN coalesce(r.confidence, 0) < row.confidence THEN row.confidence ELSE r.confidence END, r.evidence = coalesce(r.evidence, row.evidence), r.contractEnd = coalesce(row.contract_end, r.contractEnd))
FOREACH (_ IN CASE WHEN row.type = 'SUPPLIES' THEN [1] ELSE [] END |
  MERGE (a)-[r:SUPPLIES]->(b)
  ON CREATE SET r.sources = [$docId], r.curated = false, r.firstSeen = $date, r.lastSeen = $date, r.confidence = row.confidence, r.evidence = row.evidence, r.contractEnd = coalesce(row.contract_end, r.contractEnd)
  ON MATCH SET r.sources = CASE WHEN $docId IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + $docId END, r.firstSeen = CASE WHEN r.firstSeen IS NULL OR $date < r.firstSeen THEN $date ELSE r.firstSeen END, r.lastSeen = CASE WHEN r.lastSeen IS NULL OR $date > r.lastSeen THEN $date ELSE r.lastSeen END, r.confidence = CASE WHEN coalesce(r.confidence, 0) < row.confidence THEN row.confidence ELSE r.confidence END, r.evidence = coalesce(r.evidence, row.evidence), r.contractEnd = coalesce(row.contract_end, r.contractEnd))
FOREACH (_ IN CASE WHEN row.type = 'CHANNEL_FOR' THEN [1] ELSE [] END |
  MERGE (a)-[r:CHANNEL_FOR]->(b)
  ON CREATE SET r.sources = [$docId], r.curated = false, r.firstSeen = $date, r.lastSeen = $date, r.confidence = row.confidence, r.evidence = row.evidence, r.contractEnd = coalesce(row.contract_end, r.contractEnd)
  ON MATCH SET r.sources = CASE WHEN $docId IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + $docId END, r.firstSeen = CASE WHEN r.firstSeen IS NULL OR $date < r.firstSeen THEN $date ELSE r.firstSeen END, r.lastSeen = CASE WHEN r.lastSeen IS NULL OR $date > r.lastSeen THEN $date ELSE r.lastSeen END, r.confidence = CASE WHEN coalesce(r.confidence, 0) < row.confidence THEN row.confidence ELSE r.confidence END, r.evidence = coalesce(r.evidence, row.evidence), r.contractEnd = coalesce(row.contract_end, r.contractEnd))
FOREACH (_ IN CASE WHEN row.type = 'SERVES' THEN [1] ELSE [] END |
  MERGE (a)-[r:SERVES]->(b)
  ON CREATE SET r.sources = [$docId], r.curated = false, r.firstSeen = $date, r.lastSeen = $date, r.confidence = row.confidence, r.evidence = row.evidence, r.contractEnd = coalesce(row.contract_end, r.contractEnd)
  ON MATCH SET r.sources = CASE WHEN $docId IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + $docId END, r.firstSeen = CASE WHEN r.firstSeen IS NULL OR $date < r.firstSeen THEN $date ELSE r.firstSeen END, r.lastSeen = CASE WHEN r.lastSeen IS NULL OR $date > r.lastSeen THEN $date ELSE r.lastSeen END, r.confidence = CASE WHEN coalesce(r.confidence, 0) < row.confidence THEN row.confidence ELSE r.confidence END, r.evidence = coalesce(r.evidence, row.evidence), r.contractEnd = coalesce(row.contract_end, r.contractEnd))
FOREACH (_ IN CASE WHEN row.type = 'PARTNERS_WITH' THEN [1] ELSE [] END |
  MERGE (a)-[r:PARTNERS_WITH]->(b)
  ON CREATE SET r.sources = [$docId], r.curated = false, r.firstSeen = $date, r.lastSeen = $date, r.confidence = row.confidence, r.evidence = row.evidence, r.contractEnd = coalesce(row.contract_end, r.contractEnd)
  ON MATCH SET r.sources = CASE WHEN $docId IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + $docId END, r.firstSeen = CASE WHEN r.firstSeen IS NULL OR $date < r.firstSeen THEN $date ELSE r.firstSeen END, r.lastSeen = CASE WHEN r.lastSeen IS NULL OR $date > r.lastSeen THEN $date ELSE r.lastSeen END, r.confidence = CASE WHEN coalesce(r.confidence, 0) < row.confidence THEN row.confidence ELSE r.confidence END, r.evidence = coalesce(r.evidence, row.evidence), r.contractEnd = coalesce(row.contract_end, r.contractEnd))
FOREACH (_ IN CASE WHEN row.type = 'ACQUIRES' THEN [1] ELSE [] END |
  MERGE (a)-[r:ACQUIRES]->(b)
  ON CREATE SET r.sources = [$docId], r.curated = false, r.firstSeen = $date, r.lastSeen = $date, r.confidence = row.confidence, r.evidence = row.evidence, r.contractEnd = coalesce(row.contract_end, r.contractEnd)
  ON MATCH SET r.sources = CASE WHEN $docId IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + $docId END, r.firstSeen = CASE WHEN r.firstSeen IS NULL OR $date < r.firstSeen THEN $date ELSE r.firstSeen END, r.lastSeen = CASE WHEN r.lastSeen IS NULL OR $date > r.lastSeen THEN $date ELSE r.lastSeen END, r.confidence = CASE WHEN coalesce(r.confidence, 0) < row.confidence THEN row.confidence ELSE r.confidence END, r.evidence = coalesce(r.evidence, row.evidence), r.contractEnd = coalesce(row.contract_end, r.contractEnd))
FOREACH (_ IN CASE WHEN row.type = 'COMPETES_WITH' THEN [1] ELSE [] END |
  MERGE (a)-[r:COMPETES_WITH]->(b)
  ON CREATE SET r.sources = [$docId], r.curated = false, r.firstSeen = $date, r.lastSeen = $date, r.confidence = row.confidence, r.evidence = row.evidence, r.contractEnd = coalesce(row.contract_end, r.contractEnd)
  ON MATCH SET r.sources = CASE WHEN $docId IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + $docId END, r.firstSeen = CASE WHEN r.firstSeen IS NULL OR $date < r.firstSeen THEN $date ELSE r.firstSeen END, r.lastSeen = CASE WHEN r.lastSeen IS NULL OR $date > r.lastSeen THEN $date ELSE r.lastSeen END, r.confidence = CASE WHEN coalesce(r.confidence, 0) < row.confidence THEN row.confidence ELSE r.confidence END, r.evidence = coalesce(r.evidence, row.evidence), r.contractEnd = coalesce(row.contract_end, r.contractEnd))
FOREACH (_ IN CASE WHEN row.type = 'INVESTS_IN' THEN [1] ELSE [] END |
  MERGE (a)-[r:INVESTS_IN]->(b)
  ON CREATE SET r.sources = [$docId], r.curated = false, r.firstSeen = $date, r.lastSeen = $date, r.confidence = row.confidence, r.evidence = row.evidence, r.contractEnd = coalesce(row.contract_end, r.contractEnd)
  ON MATCH SET r.sources = CASE WHEN $docId IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + $docId END, r.firstSeen = CASE WHEN r.firstSeen IS NULL OR $date < r.firstSeen THEN $date ELSE r.firstSeen END, r.lastSeen = CASE WHEN r.lastSeen IS NULL OR $date > r.lastSeen THEN $date ELSE r.lastSeen END, r.confidence = CASE WHEN coalesce(r.confidence, 0) < row.confidence THEN row.confidence ELSE r.confidence END, r.evidence = coalesce(r.evidence, row.evidence), r.contractEnd = coalesce(row.contract_end, r.contractEnd))
RETURN count(*) AS n
