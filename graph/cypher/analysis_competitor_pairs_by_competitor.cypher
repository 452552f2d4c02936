// Customers where one competitor is present (as known on $asOf).
MATCH (k:Organization {id: $competitorId})
CALL {
  WITH k
  MATCH (k)-[r:INCUMBENT_AT|ENGAGED_WITH]->(c:Organization)
  WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.firstSeen IS NULL OR r.firstSeen <= $asOf)
  RETURN c
  UNION
  WITH k
  MATCH (c:Organization)-[u:USES_PRODUCT]->(:Product)<-[:MAKES]-(k)
  WHERE (u.since IS NULL OR u.since <= $asOf)
  RETURN c
  UNION
  WITH k
  MATCH (c:Organization)<-[:FOR_CUSTOMER]-(:Opportunity)-[:CONTESTED_BY]->(k)
  RETURN c
}
WITH DISTINCT c, k
