MATCH (m:Organization)-[:MAKES]->(p:Product) WHERE m.id IN $ids
RETURN m.id AS key, p.id AS row ORDER BY p.name
