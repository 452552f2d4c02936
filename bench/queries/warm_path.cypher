// Same statement as graph/cypher/analysis_warm_path.cypher (one round trip, ranked in Cypher).
MATCH (a:Person {id: $fid}), (b:Person {id: $pid})
MATCH p = (a)-[:KNOWS|REPORTS_TO|INFLUENCES*1..4]-(b)
WHERE length(p) <= 4
  AND all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
  AND all(r IN relationships(p) WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf)
                                 AND (r.validTo IS NULL OR r.validTo > $asOf)
                                 AND (r.firstSeen IS NULL OR r.firstSeen <= $asOf)
                                 AND (type(r) <> 'INFLUENCES' OR coalesce(r.sign, 1) > 0))
WITH p, [r IN relationships(p) |
         CASE type(r)
           WHEN 'KNOWS' THEN (coalesce(r.closeness, 0.5) + coalesce(r.trust, 0.5)) / 2.0
           WHEN 'REPORTS_TO' THEN 0.6
           ELSE coalesce(r.strength, 0.5) END] AS strengths
WITH p, strengths, reduce(s = 1.0, x IN strengths | s * x) AS strength
ORDER BY strength DESC, length(p) ASC
LIMIT 2
RETURN strength,
       [i IN range(0, length(p) - 1) | {
          type: type(relationships(p)[i]), fromId: nodes(p)[i].id, fromName: nodes(p)[i].name,
          toId: nodes(p)[i + 1].id, toName: nodes(p)[i + 1].name, strength: strengths[i],
          closeness: relationships(p)[i].closeness, trust: relationships(p)[i].trust,
          level: relationships(p)[i].level, evidence: relationships(p)[i].evidence,
          forward: startNode(relationships(p)[i]) = nodes(p)[i]}] AS hops
