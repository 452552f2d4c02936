// Same statement as graph/cypher/analysis_warm_path.cypher (one round trip, ranked in Cypher).
MATCH (a:Person {id: $fid}), (b:Person {id: $pid})
MATCH p1 = (a)-[:KNOWS|REPORTS_TO|INFLUENCES*1..2]-(m), p2 = (b)-[:KNOWS|REPORTS_TO|INFLUENCES*0..2]-(m)
USING JOIN ON m
WHERE length(p1) - length(p2) IN [0, 1] AND length(p1) + length(p2) <= 4
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
           WHEN 'REPORTS_TO' THEN 0.6
           ELSE coalesce(r.strength, 0.5) END] AS strengths
WITH ns, rs, strengths, reduce(s = 1.0, x IN strengths | s * x) AS strength
ORDER BY strength DESC, size(rs) ASC
LIMIT 2
RETURN strength,
       [i IN range(0, size(rs) - 1) | {
          type: type(rs[i]), fromId: ns[i].id, fromName: ns[i].name,
          toId: ns[i + 1].id, toName: ns[i + 1].name, strength: strengths[i],
          closeness: rs[i].closeness, trust: rs[i].trust,
          level: rs[i].level, evidence: rs[i].evidence,
          forward: startNode(rs[i]) = ns[i]}] AS hops
