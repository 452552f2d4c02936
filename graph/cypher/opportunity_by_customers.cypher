MATCH (o:Opportunity)-[:FOR_CUSTOMER]->(c:Organization) WHERE c.id IN $ids
RETURN c.id AS key, o.id AS row ORDER BY o.created DESC, o.id
