// Batched ingest write (entities): $plans = [DocumentPlan] (ingest/plan.py), one subquery call per
// document, in order, so each document sees what the documents before it wrote, as if written alone.
// graph/repositories/ingest.py runs the ingest_batch_* statements in one transaction per batch.
// the entities it refers to: curated ones only linked, new ones created as candidates (marked,
// never merged silently into curated ones); kind labels go on candidates only
// replan=skip: every read here is a unique-index seek, so a plan made on a small graph stays good as it
// grows; replanning this statement (seconds on a loaded machine) at each statistics change is not.
CYPHER replan=skip
UNWIND $plans AS plan
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
// the customer the document is filed under (a new one was created just above, as a candidate)
CALL (plan) {
  MATCH (d:Document {id: plan.doc_id})
  OPTIONAL MATCH (c:Organization {id: plan.doc.customerId})
  FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | MERGE (d)-[:ABOUT]->(c))
}
RETURN count(*) AS n
