// product_by_makers with each product's row (product_get_by_ids' shape): the rows prime the request's
// product DataLoader, so organisation → products costs one round trip instead of two.
MATCH (m:Organization)-[:MAKES]->(p:Product) WHERE m.id IN $ids
RETURN m.id AS key, p {.*, makerId: m.id} AS row ORDER BY p.name, p.id
