// Which node type an id belongs to (labels come back as data, never used to build Cypher).
UNWIND $ids AS key
OPTIONAL MATCH (o:Organization {id: key})
OPTIONAL MATCH (p:Person {id: key})
OPTIONAL MATCH (d:Product {id: key})
OPTIONAL MATCH (op:Opportunity {id: key})
OPTIONAL MATCH (u:OrgUnit {id: key})
OPTIONAL MATCH (doc:Document {id: key})
OPTIONAL MATCH (s:StanceObservation {id: key})
RETURN key,
       CASE WHEN o IS NOT NULL THEN 'Organization' WHEN p IS NOT NULL THEN 'Person'
            WHEN d IS NOT NULL THEN 'Product' WHEN op IS NOT NULL THEN 'Opportunity'
            WHEN u IS NOT NULL THEN 'OrgUnit' WHEN doc IS NOT NULL THEN 'Document'
            WHEN s IS NOT NULL THEN 'StanceObservation' END AS kind
