MATCH (p:Person {id: $personId}), (u:OrgUnit {id: $unitId})
MERGE (p)-[:MEMBER_OF]->(u)
RETURN count(*) AS n
