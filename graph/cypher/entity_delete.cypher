// Delete one entity with its edges; a person's or unit's stance observations go with them.
OPTIONAL MATCH (o:Organization {id: $id})
OPTIONAL MATCH (p:Person {id: $id})
OPTIONAL MATCH (d:Product {id: $id})
OPTIONAL MATCH (op:Opportunity {id: $id})
OPTIONAL MATCH (u:OrgUnit {id: $id})
OPTIONAL MATCH (s:StanceObservation {id: $id})
WITH [x IN [o, p, d, op, u, s] WHERE x IS NOT NULL] AS targets
UNWIND targets AS t
OPTIONAL MATCH (t)-[:HAS_STANCE]->(obs:StanceObservation)
WITH t, collect(obs) AS observations
FOREACH (obs IN observations | DETACH DELETE obs)
DETACH DELETE t
RETURN count(*) AS n
