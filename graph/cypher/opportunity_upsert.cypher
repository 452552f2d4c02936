MATCH (c:Organization {id: $customerId})
MERGE (o:Opportunity {id: $id})
ON CREATE SET o.createdAt = datetime(), o.status = 'OPEN', o.created = date()
SET o += $props, o.customerId = c.id, o.updatedAt = datetime()
MERGE (o)-[:FOR_CUSTOMER]->(c)
WITH o
OPTIONAL MATCH (o)-[old:FOR_CUSTOMER]->(other) WHERE other.id <> $customerId
DELETE old
WITH DISTINCT o
OPTIONAL MATCH (rep:Person {id: $ownerId})
FOREACH (_ IN CASE WHEN rep IS NULL THEN [] ELSE [1] END | MERGE (o)-[:OWNED_BY]->(rep))
WITH o
OPTIONAL MATCH (p:Product) WHERE $productIds IS NOT NULL AND p.id IN $productIds
WITH o, collect(p) AS products
FOREACH (p IN products | MERGE (o)-[:INVOLVES_PRODUCT]->(p))
WITH o
OPTIONAL MATCH (k:Organization) WHERE $competitorIds IS NOT NULL AND k.id IN $competitorIds
WITH o, collect(k) AS competitors
FOREACH (k IN competitors | MERGE (o)-[:CONTESTED_BY]->(k))
RETURN o.id AS id
