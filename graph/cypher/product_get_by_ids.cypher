MATCH (p:Product) WHERE p.id IN $ids
OPTIONAL MATCH (m:Organization)-[:MAKES]->(p)
RETURN p {.*, makerId: coalesce(m.id, p.makerId)} AS row
