// Introduction paths from $fromId to $toId over personal ties (KNOWS), reporting lines and influence,
// ranked by strength = product of hop strengths (KNOWS: mean of closeness and trust). Bounded: ≤ 4 hops.
// Meet in the middle: half-paths of ≤ 2 hops from each end, joined on the middle node (a path of L
// hops is split once, ceil(L/2) from $fromId), so a rep who knows thousands of people costs their
// 2-hop neighbourhood, not its 4-hop one.
MATCH (a:Person {id: $fromId}), (b:Person {id: $toId})
MATCH p1 = (a)-[:KNOWS|REPORTS_TO|INFLUENCES*1..2]-(m), p2 = (b)-[:KNOWS|REPORTS_TO|INFLUENCES*0..2]-(m)
USING JOIN ON m
WHERE length(p1) - length(p2) IN [0, 1] AND length(p1) + length(p2) <= $maxHops
  AND all(r IN relationships(p1) WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo > $asOf)
                                    AND (r.firstSeen IS NULL OR r.firstSeen <= $asOf)
                                    AND (type(r) <> 'INFLUENCES' OR coalesce(r.sign, 1) > 0))
  AND all(r IN relationships(p2) WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo > $asOf)
                                    AND (r.firstSeen IS NULL OR r.firstSeen <= $asOf)
                                    AND (type(r) <> 'INFLUENCES' OR coalesce(r.sign, 1) > 0))
WITH nodes(p1) + tail(reverse(nodes(p2))) AS ns, relationships(p1) + reverse(relationships(p2)) AS rs
WHERE all(n IN ns WHERE single(m IN ns WHERE m = n))
WITH ns, rs, [r IN rs |
         CASE type(r)
           WHEN 'KNOWS' THEN (coalesce(r.closeness, 0.5) + coalesce(r.trust, 0.5)) / 2.0
           WHEN 'REPORTS_TO' THEN $reportingStrength
           ELSE coalesce(r.strength, 0.5) END] AS strengths
WITH ns, rs, strengths, reduce(s = 1.0, x IN strengths | s * x) AS strength
ORDER BY strength DESC, size(rs) ASC
LIMIT $limit
RETURN strength,
       [i IN range(0, size(rs) - 1) | {
          type: type(rs[i]), fromId: ns[i].id, fromName: ns[i].name,
          toId: ns[i + 1].id, toName: ns[i + 1].name, strength: strengths[i],
          closeness: rs[i].closeness, trust: rs[i].trust,
          level: rs[i].level, evidence: rs[i].evidence,
          forward: startNode(rs[i]) = ns[i]}] AS hops
