// Introduction paths from $fromId to $toId over personal ties (KNOWS), reporting lines and influence,
// ranked by strength = product of hop strengths (KNOWS: mean of closeness and trust). Bounded: ≤ 4 hops.
MATCH (a:Person {id: $fromId}), (b:Person {id: $toId})
MATCH p = (a)-[:KNOWS|REPORTS_TO|INFLUENCES*1..4]-(b)
WHERE length(p) <= $maxHops
  AND all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
  AND all(r IN relationships(p) WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf)
                                 AND (r.validTo IS NULL OR r.validTo > $asOf)
                                 AND (r.firstSeen IS NULL OR r.firstSeen <= $asOf)
                                 AND (type(r) <> 'INFLUENCES' OR coalesce(r.sign, 1) > 0))
WITH p, [r IN relationships(p) |
         CASE type(r)
           WHEN 'KNOWS' THEN (coalesce(r.closeness, 0.5) + coalesce(r.trust, 0.5)) / 2.0
           WHEN 'REPORTS_TO' THEN $reportingStrength
           ELSE coalesce(r.strength, 0.5) END] AS strengths
WITH p, strengths, reduce(s = 1.0, x IN strengths | s * x) AS strength
ORDER BY strength DESC, length(p) ASC
LIMIT $limit
RETURN strength,
       [i IN range(0, length(p) - 1) | {
          type: type(relationships(p)[i]), fromId: nodes(p)[i].id, fromName: nodes(p)[i].name,
          toId: nodes(p)[i + 1].id, toName: nodes(p)[i + 1].name, strength: strengths[i],
          closeness: relationships(p)[i].closeness, trust: relationships(p)[i].trust,
          level: relationships(p)[i].level, evidence: relationships(p)[i].evidence,
          forward: startNode(relationships(p)[i]) = nodes(p)[i]}] AS hops
