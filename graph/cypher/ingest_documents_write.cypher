// Everything a batch of documents yields, in one statement (one round trip; the caller's transaction
// makes the batch all-or-nothing). $plans = [DocumentPlan]: {doc_id, date, doc, entities, mentions,
// employments, person_facts, org_facts, product_facts, roles, stances} (ingest/plan.py).
// One subquery call per document, in order: each document sees what the documents before it in the
// batch wrote, exactly as if they were written one transaction each. Provenance is merged into
// existing edges: sources gain the document, first/last seen widen, confidence keeps the maximum.
// `row.type` is checked in Python against a fixed list.
UNWIND $plans AS plan
CALL (plan) {
  // the document node, its fingerprint bands; `duplicateOf` marks a near-duplicate
  CALL (plan) {
    MERGE (d:Document {hash: plan.doc.hash})
    ON CREATE SET d += plan.doc.props, d.createdAt = datetime(), d.curated = false
    WITH plan, d
    OPTIONAL MATCH (c:Organization {id: plan.doc.customerId})
    FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | MERGE (d)-[:ABOUT]->(c))
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
  // the entities it refers to: curated ones only linked, new ones created as candidates (marked,
  // never merged silently into curated ones); kind labels go on candidates only
  CALL (plan) {
    UNWIND plan.entities AS row
    CALL (row, plan) {
      WITH row, plan WHERE row.label = 'Organization'
      MERGE (e:Organization {id: row.id})
      ON CREATE SET e.name = row.name, e.normName = row.normName, e.aliases = row.aliases,
                    e.searchNames = row.searchNames, e.candidate = true, e.createdAt = datetime(),
                    e.createdFrom = plan.doc_id
      ON MATCH SET e.aliases = e.aliases + [a IN row.aliases WHERE NOT a IN e.aliases AND a <> e.name],
                   e.searchNames = e.searchNames + [s IN row.searchNames WHERE NOT s IN e.searchNames]
      FOREACH (_ IN CASE WHEN e.candidate AND row.kind = 'customer' THEN [1] ELSE [] END | SET e:Customer)
      FOREACH (_ IN CASE WHEN e.candidate AND row.kind = 'competitor' THEN [1] ELSE [] END | SET e:Competitor)
      FOREACH (_ IN CASE WHEN e.candidate AND row.kind = 'supplier' THEN [1] ELSE [] END | SET e:Supplier)
      FOREACH (_ IN CASE WHEN e.candidate AND row.kind = 'channel' THEN [1] ELSE [] END | SET e:Channel)
      RETURN e
      UNION
      WITH row, plan WHERE row.label = 'Person'
      MERGE (e:Person {id: row.id})
      ON CREATE SET e.name = row.name, e.normName = row.normName, e.aliases = row.aliases,
                    e.searchNames = row.searchNames, e.candidate = true, e.createdAt = datetime(),
                    e.createdFrom = plan.doc_id
      ON MATCH SET e.aliases = e.aliases + [a IN row.aliases WHERE NOT a IN e.aliases AND a <> e.name],
                   e.searchNames = e.searchNames + [s IN row.searchNames WHERE NOT s IN e.searchNames]
      RETURN e
      UNION
      WITH row, plan WHERE row.label = 'Product'
      MERGE (e:Product {id: row.id})
      ON CREATE SET e.name = row.name, e.normName = row.normName, e.aliases = row.aliases,
                    e.searchNames = row.searchNames, e.candidate = true, e.createdAt = datetime(),
                    e.createdFrom = plan.doc_id
      RETURN e
      UNION
      WITH row, plan WHERE row.label = 'OrgUnit'
      MATCH (o:Organization {id: row.orgId})
      MERGE (e:OrgUnit {id: row.id})
      ON CREATE SET e.name = row.name, e.normName = row.normName, e.orgId = row.orgId, e.candidate = true,
                    e.kind = row.kind
      MERGE (e)-[:PART_OF]->(o)
      RETURN e
    }
    WITH plan, e
    MATCH (d:Document {id: plan.doc_id})
    MERGE (d)-[:MENTIONS]->(e)
  }
  // every mention with its offsets in the original text, linked to what it resolved to
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
  // employments; 原在X，现任Y ends the employment at X (dated by the document), keeping its history
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
  // person → person facts
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
  // organisation → organisation facts
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
  // organisation → product facts
  CALL (plan) {
    UNWIND plan.product_facts AS row
    MATCH (a:Organization {id: row.source_id})
    MATCH (b:Product {id: row.target_id})
    FOREACH (_ IN CASE WHEN row.type = 'USES_PRODUCT' THEN [1] ELSE [] END |
      MERGE (a)-[r:USES_PRODUCT]->(b)
      ON CREATE SET r.sources = [plan.doc_id], r.curated = false, r.firstSeen = plan.date, r.lastSeen = plan.date, r.confidence = row.confidence, r.evidence = row.evidence, r.contractEnd = row.contract_end
      ON MATCH SET r.sources = CASE WHEN plan.doc_id IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + plan.doc_id END, r.firstSeen = CASE WHEN r.firstSeen IS NULL OR plan.date < r.firstSeen THEN plan.date ELSE r.firstSeen END, r.lastSeen = CASE WHEN r.lastSeen IS NULL OR plan.date > r.lastSeen THEN plan.date ELSE r.lastSeen END, r.confidence = CASE WHEN coalesce(r.confidence, 0) < row.confidence THEN row.confidence ELSE r.confidence END, r.evidence = coalesce(r.evidence, row.evidence))
    FOREACH (_ IN CASE WHEN row.type = 'MAKES' THEN [1] ELSE [] END |
      MERGE (a)-[r:MAKES]->(b)
      ON CREATE SET r.sources = [plan.doc_id], r.curated = false, r.firstSeen = plan.date, r.lastSeen = plan.date, r.confidence = row.confidence, r.evidence = row.evidence
      ON MATCH SET r.sources = CASE WHEN plan.doc_id IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + plan.doc_id END, r.firstSeen = CASE WHEN r.firstSeen IS NULL OR plan.date < r.firstSeen THEN plan.date ELSE r.firstSeen END, r.lastSeen = CASE WHEN r.lastSeen IS NULL OR plan.date > r.lastSeen THEN plan.date ELSE r.lastSeen END, r.confidence = CASE WHEN coalesce(r.confidence, 0) < row.confidence THEN row.confidence ELSE r.confidence END, r.evidence = coalesce(r.evidence, row.evidence))
  }
  // decision roles (account scope)
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
  // stance observations are nodes: a time series per holder, never overwritten (as bundle_stances)
  CALL (plan) {
    UNWIND plan.stances AS row
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
  }
}
RETURN count(*) AS documents
