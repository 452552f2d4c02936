UNWIND $rows AS row
MERGE (p:Product {id: row.id})
ON CREATE SET p.createdAt = datetime()
SET p.name = row.name, p.normName = row.normName, p.aliases = row.aliases,
    p.searchNames = row.searchNames, p.category = row.category, p.candidate = row.candidate,
    p.makerId = row.maker_id, p.updatedAt = datetime()
WITH p, row
OPTIONAL MATCH (m:Organization {id: row.maker_id})
FOREACH (_ IN CASE WHEN m IS NULL THEN [] ELSE [1] END | MERGE (m)-[:MAKES]->(p))
RETURN count(p) AS n
