// Competitors present at one customer: incumbent, engaged, installed products, contested deals, or
// favoured by its people (as known on $asOf).
MATCH (c:Organization {id: $customerId})
CALL {
  WITH c
  MATCH (k:Organization)-[r:INCUMBENT_AT|ENGAGED_WITH]->(c)
  WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.firstSeen IS NULL OR r.firstSeen <= $asOf)
  RETURN k
  UNION
  WITH c
  MATCH (c)-[u:USES_PRODUCT]->(:Product)<-[:MAKES]-(k:Competitor)
  WHERE (u.since IS NULL OR u.since <= $asOf)
  RETURN k
  UNION
  WITH c
  MATCH (c)<-[:FOR_CUSTOMER]-(:Opportunity)-[:CONTESTED_BY]->(k:Organization)
  RETURN k
}
WITH DISTINCT c, k WHERE NOT k:OurCompany
