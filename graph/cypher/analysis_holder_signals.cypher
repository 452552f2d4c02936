// For each role holder: latest stance per target, strongest tie to one of our reps, influence inputs.
UNWIND $holderIds AS key
OPTIONAL MATCH (hp:Person {id: key})
OPTIONAL MATCH (hu:OrgUnit {id: key})
WITH key, coalesce(hp, hu) AS h WHERE h IS NOT NULL
CALL {
  WITH h
  OPTIONAL MATCH (h)-[:HAS_STANCE]->(s:StanceObservation)-[:TOWARD]->(t:Organization)
  WHERE s.date <= $asOf
  WITH t, s ORDER BY s.date DESC, s.id DESC
  WITH t, collect(s)[0] AS latest
  WHERE t IS NOT NULL
  RETURN collect(latest {.id, .stance, .level, .date, .evidence, .confidence, .documentId,
                         towardId: t.id, towardName: t.name, towardUs: t:OurCompany}) AS stances
}
CALL {
  WITH h
  OPTIONAL MATCH (rep:Rep)-[k:KNOWS]-(h)
  WHERE (k.validFrom IS NULL OR k.validFrom <= $asOf) AND (k.validTo IS NULL OR k.validTo > $asOf)
  WITH rep, k ORDER BY coalesce(k.closeness, 0.5) * coalesce(k.trust, 0.5) DESC LIMIT 1
  RETURN CASE WHEN rep IS NULL THEN null
         ELSE {repId: rep.id, repName: rep.name, closeness: k.closeness, trust: k.trust, level: k.level,
               lastContact: k.lastContact} END AS bestTie
}
CALL {
  WITH h
  OPTIONAL MATCH (h)-[i:INFLUENCES]->(p:Person)
  WHERE (i.validFrom IS NULL OR i.validFrom <= $asOf) AND (i.validTo IS NULL OR i.validTo > $asOf)
  RETURN sum(coalesce(i.strength, 0.5) * coalesce(i.sign, 1)) AS influenceOut, count(p) AS influencedCount
}
CALL {
  WITH h
  OPTIONAL MATCH (sub:Person)-[:REPORTS_TO*1..3]->(h)
  RETURN count(DISTINCT sub) AS reportsCount
}
RETURN h.id AS holderId, h.name AS name, CASE WHEN h:OrgUnit THEN 'UNIT' ELSE 'PERSON' END AS holderKind,
       stances, bestTie, influenceOut, influencedCount, reportsCount
