// Entities a document refers to: curated ones are only linked; new ones are created as candidates
// (clearly marked, never merged silently into curated ones). Kind labels go on candidates only.
UNWIND $rows AS row
CALL {
  WITH row
  WITH row WHERE row.label = 'Organization'
  MERGE (e:Organization {id: row.id})
  ON CREATE SET e.name = row.name, e.normName = row.normName, e.aliases = row.aliases,
                e.searchNames = row.searchNames, e.candidate = true, e.createdAt = datetime(),
                e.createdFrom = $docId
  ON MATCH SET e.aliases = e.aliases + [a IN row.aliases WHERE NOT a IN e.aliases AND a <> e.name],
               e.searchNames = e.searchNames + [s IN row.searchNames WHERE NOT s IN e.searchNames]
  FOREACH (_ IN CASE WHEN e.candidate AND row.kind = 'customer' THEN [1] ELSE [] END | SET e:Customer)
  FOREACH (_ IN CASE WHEN e.candidate AND row.kind = 'competitor' THEN [1] ELSE [] END | SET e:Competitor)
  FOREACH (_ IN CASE WHEN e.candidate AND row.kind = 'supplier' THEN [1] ELSE [] END | SET e:Supplier)
  FOREACH (_ IN CASE WHEN e.candidate AND row.kind = 'channel' THEN [1] ELSE [] END | SET e:Channel)
  RETURN e
  UNION
  WITH row
  WITH row WHERE row.label = 'Person'
  MERGE (e:Person {id: row.id})
  ON CREATE SET e.name = row.name, e.normName = row.normName, e.aliases = row.aliases,
                e.searchNames = row.searchNames, e.candidate = true, e.createdAt = datetime(),
                e.createdFrom = $docId
  ON MATCH SET e.aliases = e.aliases + [a IN row.aliases WHERE NOT a IN e.aliases AND a <> e.name],
               e.searchNames = e.searchNames + [s IN row.searchNames WHERE NOT s IN e.searchNames]
  RETURN e
  UNION
  WITH row
  WITH row WHERE row.label = 'Product'
  MERGE (e:Product {id: row.id})
  ON CREATE SET e.name = row.name, e.normName = row.normName, e.aliases = row.aliases,
                e.searchNames = row.searchNames, e.candidate = true, e.createdAt = datetime(),
                e.createdFrom = $docId
  RETURN e
  UNION
  WITH row
  WITH row WHERE row.label = 'OrgUnit'
  MATCH (o:Organization {id: row.orgId})
  MERGE (e:OrgUnit {id: row.id})
  ON CREATE SET e.name = row.name, e.normName = row.normName, e.orgId = row.orgId, e.candidate = true,
                e.kind = row.kind
  MERGE (e)-[:PART_OF]->(o)
  RETURN e
}
WITH e
MATCH (d:Document {id: $docId})
MERGE (d)-[:MENTIONS]->(e)
RETURN count(*) AS n
