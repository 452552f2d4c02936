UNWIND $rows AS row
MATCH (c:Organization {id: row.customer_id})
MERGE (o:Opportunity {id: row.id})
ON CREATE SET o.createdAt = datetime()
SET o.name = row.name, o.normName = row.normName, o.amount = row.amount, o.currency = row.currency,
    o.winRate = row.win_rate, o.funnel = row.funnel, o.tactic = row.tactic, o.status = row.status,
    o.created = row.created, o.expectedDecision = row.expected_decision, o.customerId = row.customer_id,
    o.updatedAt = datetime()
MERGE (o)-[:FOR_CUSTOMER]->(c)
WITH o, row
OPTIONAL MATCH (rep:Person {id: row.owner_id})
FOREACH (_ IN CASE WHEN rep IS NULL THEN [] ELSE [1] END | MERGE (o)-[:OWNED_BY]->(rep))
WITH o, row
OPTIONAL MATCH (p:Product) WHERE p.id IN row.product_ids
WITH o, row, collect(p) AS products
FOREACH (p IN products | MERGE (o)-[:INVOLVES_PRODUCT]->(p))
WITH o, row
OPTIONAL MATCH (k:Organization) WHERE k.id IN row.competitor_ids
WITH o, collect(k) AS competitors
FOREACH (k IN competitors | MERGE (o)-[:CONTESTED_BY]->(k))
RETURN count(o) AS n
