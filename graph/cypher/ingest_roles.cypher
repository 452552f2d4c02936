// Decision roles found in a document (account scope), provenance merged.
UNWIND $rows AS row
OPTIONAL MATCH (hp:Person {id: row.holder_id})
OPTIONAL MATCH (hu:OrgUnit {id: row.holder_id})
MATCH (s:Organization {id: row.scope_id})
WITH row, s, coalesce(hp, hu) AS h WHERE h IS NOT NULL
MERGE (h)-[r:HAS_ROLE {role: row.role}]->(s)
ON CREATE SET r.sources = [$docId], r.curated = false, r.firstSeen = $date, r.lastSeen = $date,
              r.confidence = row.confidence, r.evidence = row.evidence, r.hedged = row.hedged
ON MATCH SET r.sources = CASE WHEN $docId IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + $docId END,
             r.lastSeen = CASE WHEN r.lastSeen IS NULL OR $date > r.lastSeen THEN $date ELSE r.lastSeen END,
             r.firstSeen = CASE WHEN r.firstSeen IS NULL OR $date < r.firstSeen THEN $date ELSE r.firstSeen END,
             r.confidence = CASE WHEN coalesce(r.confidence, 0) < row.confidence THEN row.confidence ELSE r.confidence END
RETURN count(*) AS n
