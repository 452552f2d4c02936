MATCH (c:Organization)-[u:USES_PRODUCT]->(p:Product) WHERE p.id IN $ids
RETURN p.id AS key, u {.*, customerId: c.id, productId: p.id} AS row ORDER BY c.name
