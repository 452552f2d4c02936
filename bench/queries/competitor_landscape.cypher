// graph/cypher/analysis_competitor_pairs_by_customer + analysis_competitor_presence_details: the
// competitors at one account and the components of their entrenchment (scored in Python by Guanxi).
MATCH (c:Organization {id: $cid})
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
CALL {
  WITH c, k
  OPTIONAL MATCH (k)-[inc:INCUMBENT_AT]->(c)
  WHERE (inc.validTo IS NULL OR inc.validTo > $asOf) AND (inc.firstSeen IS NULL OR inc.firstSeen <= $asOf)
  OPTIONAL MATCH (k)-[eng:ENGAGED_WITH]->(c)
  WHERE (eng.validTo IS NULL OR eng.validTo > $asOf) AND (eng.firstSeen IS NULL OR eng.firstSeen <= $asOf)
  RETURN inc IS NOT NULL AS incumbent, inc.contractEnd AS incumbentContractEnd, eng IS NOT NULL AS engaged,
         [x IN [inc, eng] WHERE x IS NOT NULL | x.lastSeen] AS relationSeen,
         coalesce(inc.sources, []) + coalesce(eng.sources, []) AS relationSources
}
CALL {
  WITH c, k
  OPTIONAL MATCH (c)-[u:USES_PRODUCT]->(p:Product)<-[:MAKES]-(k)
  WHERE (u.since IS NULL OR u.since <= $asOf) AND (u.validTo IS NULL OR u.validTo > $asOf)
  RETURN collect(CASE WHEN p IS NULL THEN null
                 ELSE {productId: p.id, name: p.name, since: u.since, contractEnd: u.contractEnd} END) AS products
}
CALL {
  WITH c, k
  OPTIONAL MATCH (ch:Organization)-[:CHANNEL_FOR]->(k)
  WHERE EXISTS { (ch)-[:SERVES]->(c) }
  RETURN collect(DISTINCT CASE WHEN ch IS NULL THEN null ELSE {id: ch.id, name: ch.name} END) AS channels
}
CALL {
  WITH c, k
  OPTIONAL MATCH (p:Person)-[w:WORKS_AT]->(c)
  WHERE w.until IS NULL OR w.until > $asOf
  OPTIONAL MATCH (p)-[:HAS_STANCE]->(s:StanceObservation)
  WHERE s.date <= $asOf AND (s)-[:TOWARD]->(k)
  WITH p, s ORDER BY s.date DESC, s.id DESC
  WITH p, collect(s)[0] AS latest
  WHERE latest IS NOT NULL AND latest.stance = 'SUPPORTIVE'
  OPTIONAL MATCH (p)-[r:HAS_ROLE]->()
  WITH p, latest, max(r.weight) AS weight, collect(DISTINCT r.role) AS roles
  RETURN collect({id: p.id, name: p.name, since: latest.date, evidence: latest.evidence, weight: weight,
                  roles: roles}) AS supporters
}
CALL {
  WITH c, k
  OPTIONAL MATCH (c)<-[:ABOUT|MENTIONS]-(d:Document)
  WHERE d.date <= $asOf AND (d)-[:MENTIONS]->(k)
  RETURN max(d.date) AS lastDocument, count(DISTINCT d) AS documentCount
}
CALL {
  WITH c, k
  OPTIONAL MATCH (c)<-[:WORKS_AT]-(:Person)-[:HAS_STANCE]->(s:StanceObservation)
  WHERE s.date <= $asOf AND (s)-[:TOWARD]->(k)
  RETURN max(s.date) AS lastStance
}
RETURN c {.id, .name} AS customer, k {.id, .name} AS competitor, incumbent, incumbentContractEnd, engaged,
       relationSeen, relationSources, products, channels, supporters, lastDocument, documentCount, lastStance
