// Role holders of one deal (and account-level roles of its customer), each with its latest stance
// toward us, strongest tie to one of our reps and the inputs of the influence score, scored and
// ranked in Cypher: one round trip.
MATCH (op:Opportunity {id: $oid})-[:FOR_CUSTOMER]->(c:Organization)
UNWIND [op, c] AS s
MATCH (h)-[r:HAS_ROLE]->(s)
WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo > $asOf)
  AND (r.firstSeen IS NULL OR r.firstSeen <= $asOf)
WITH h, collect(r {.role, .weight, .power}) AS roles
CALL (h) {
  OPTIONAL MATCH (h)-[:HAS_STANCE]->(st:StanceObservation)-[:TOWARD]->(:OurCompany)
  WHERE st.date <= $asOf
  WITH st ORDER BY st.date DESC, st.id DESC LIMIT 1
  RETURN st {.stance, .date, .evidence} AS stanceTowardUs
}
CALL (h) {
  OPTIONAL MATCH (rep:Rep)-[k:KNOWS]-(h)
  WITH rep, k ORDER BY coalesce(k.closeness, 0.5) * coalesce(k.trust, 0.5) DESC LIMIT 1
  RETURN CASE WHEN rep IS NULL THEN null ELSE {rep: {name: rep.name}, level: k.level} END AS strongestTie
}
CALL (h) {
  OPTIONAL MATCH (h)-[i:INFLUENCES]->(:Person)
  RETURN sum(coalesce(i.strength, 0.5) * coalesce(i.sign, 1)) AS influenceOut
}
CALL (h) {
  OPTIONAL MATCH (sub:Person)-[:REPORTS_TO*1..3]->(h)
  RETURN count(DISTINCT sub) AS reports
}
WITH h, roles, stanceTowardUs, strongestTie,
     reduce(m = 0.0, x IN roles | CASE WHEN coalesce(x.weight, 0.5) > m THEN coalesce(x.weight, 0.5) ELSE m END)
       AS weight,
     reduce(m = 0.0, x IN roles | CASE WHEN coalesce(x.power, 0.5) > m THEN coalesce(x.power, 0.5) ELSE m END)
       AS power, influenceOut, reports
WITH h, roles, stanceTowardUs, strongestTie,
     0.35 * weight + 0.25 * power
     + 0.25 * CASE WHEN influenceOut < 0 THEN 0.0 WHEN influenceOut > 1 THEN 1.0 ELSE influenceOut END
     + 0.15 * CASE WHEN reports > 5 THEN 1.0 ELSE reports / 5.0 END AS influence
RETURN h.name AS name, CASE WHEN h:OrgUnit THEN 'UNIT' ELSE 'PERSON' END AS holderKind, roles,
       {value: influence} AS influence, stanceTowardUs, strongestTie
ORDER BY influence DESC, name
