MERGE (p:Product {id: $id})
ON CREATE SET p.createdAt = datetime(), p.candidate = false, p.aliases = [], p.searchNames = []
SET p += $props, p.updatedAt = datetime()
WITH p
OPTIONAL MATCH (m:Organization {id: $makerId})
FOREACH (_ IN CASE WHEN m IS NULL THEN [] ELSE [1] END |
  SET p.makerId = m.id
  MERGE (m)-[:MAKES]->(p))
RETURN p.id AS id, ($makerId IS NULL OR m IS NOT NULL) AS makerFound
