// Who influences $contactId, directly or through others (≤ 4 hops): INFLUENCES edges pointing toward
// the target, and managers (a REPORTS_TO b means b influences a). Each path's strength is the product
// of its edge strengths; the sign is the product of the INFLUENCES signs.
MATCH (target:Person {id: $contactId})
MATCH p = (target)-[:INFLUENCES|REPORTS_TO*1..4]-(src:Person)
WHERE length(p) <= $depth AND src <> target
  AND all(i IN range(0, length(p) - 1) WHERE
        (type(relationships(p)[i]) = 'INFLUENCES' AND endNode(relationships(p)[i]) = nodes(p)[i])
     OR (type(relationships(p)[i]) = 'REPORTS_TO' AND startNode(relationships(p)[i]) = nodes(p)[i]))
  AND all(r IN relationships(p) WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf)
                                 AND (r.validTo IS NULL OR r.validTo > $asOf)
                                 AND (r.firstSeen IS NULL OR r.firstSeen <= $asOf))
  AND all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
RETURN src.id AS sourceId, src.name AS sourceName, length(p) AS depth,
       reduce(s = 1.0, r IN relationships(p) |
              s * CASE type(r) WHEN 'INFLUENCES' THEN coalesce(r.strength, 0.5) ELSE $managerStrength END) AS strength,
       reduce(s = 1, r IN relationships(p) | s * CASE type(r) WHEN 'INFLUENCES' THEN coalesce(r.sign, 1) ELSE 1 END) AS sign,
       [i IN range(0, length(p) - 1) | {
          type: type(relationships(p)[i]), fromId: nodes(p)[i + 1].id, fromName: nodes(p)[i + 1].name,
          toId: nodes(p)[i].id, toName: nodes(p)[i].name,
          strength: CASE type(relationships(p)[i]) WHEN 'INFLUENCES' THEN coalesce(relationships(p)[i].strength, 0.5)
                    ELSE $managerStrength END,
          evidence: relationships(p)[i].evidence}] AS hops
