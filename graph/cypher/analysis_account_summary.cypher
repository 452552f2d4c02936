MATCH (c:Organization {id: $customerId})
CALL {
  WITH c
  OPTIONAL MATCH (p:Person)-[w:WORKS_AT]->(c) WHERE w.until IS NULL OR w.until > $asOf
  RETURN count(DISTINCT p) AS contacts
}
CALL {
  WITH c
  OPTIONAL MATCH (o:Opportunity)-[:FOR_CUSTOMER]->(c)
  WHERE o.created IS NULL OR o.created <= $asOf
  RETURN collect(o {.id, .status, .winRate, .funnel, .amount, .tactic}) AS opportunities
}
CALL {
  WITH c
  OPTIONAL MATCH (k:Organization)-[r:INCUMBENT_AT|ENGAGED_WITH]->(c)
  WHERE (r.firstSeen IS NULL OR r.firstSeen <= $asOf) AND (r.validTo IS NULL OR r.validTo > $asOf)
  RETURN count(DISTINCT k) AS competitors
}
CALL {
  WITH c
  OPTIONAL MATCH (c)<-[:ABOUT|MENTIONS]-(d:Document)
  WHERE d.date IS NULL OR d.date <= $asOf
  RETURN count(DISTINCT d) AS documents, max(d.date) AS lastActivity
}
CALL {
  WITH c
  OPTIONAL MATCH ()-[r:HAS_ROLE]->(c)
  RETURN collect(DISTINCT r.role) AS accountRoles
}
CALL {
  WITH c
  OPTIONAL MATCH ()-[r:HAS_ROLE]->(:Opportunity)-[:FOR_CUSTOMER]->(c)
  RETURN collect(DISTINCT r.role) AS opportunityRoles
}
RETURN c {.*, roles: [l IN labels(c) WHERE l <> 'Organization']} AS org, contacts, opportunities, competitors,
       documents, lastActivity, accountRoles + opportunityRoles AS rolesKnown
