MATCH (c:Organization)-[u:USES_PRODUCT]->(p:Product) WHERE c.id IN $ids
RETURN c.id AS key, u {.*, customerId: c.id, productId: p.id} AS row ORDER BY p.name
