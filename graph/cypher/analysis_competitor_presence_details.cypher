// Continues a *_pairs_* statement: the components of the entrenchment of competitor k at customer c.
// Stances and documents are expanded from the customer's side and only *checked* against k (a pattern
// predicate): expanding from k would cost every stance and document about the competitor at every
// account, growing with the whole data set (docs/benchmarks.md, PROFILE).
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
