UNWIND $rows AS row
MERGE (d:Document {id: row.id})
ON CREATE SET d.createdAt = datetime()
SET d.kind = row.kind, d.title = row.title, d.text = row.text, d.hash = row.hash, d.date = row.date,
    d.source = row.source, d.url = row.url, d.sourceType = row.source_type,
    d.sourceIdentity = row.source_identity, d.customerId = row.customer_id, d.authorId = row.author_id,
    d.curated = true
WITH d, row
OPTIONAL MATCH (c:Organization {id: row.customer_id})
FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | MERGE (d)-[:ABOUT]->(c))
WITH d, row
OPTIONAL MATCH (a:Person {id: row.author_id})
FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | MERGE (d)-[:AUTHORED_BY]->(a))
WITH d, row
OPTIONAL MATCH (eo:Organization) WHERE eo.id IN row.mentions
WITH d, row, collect(eo) AS orgs
OPTIONAL MATCH (ep:Person) WHERE ep.id IN row.mentions
WITH d, row, orgs, collect(ep) AS people
OPTIONAL MATCH (ed:Product) WHERE ed.id IN row.mentions
WITH d, orgs, people, collect(ed) AS products
WITH d, orgs + people + products AS entities
FOREACH (e IN entities | MERGE (d)-[:MENTIONS]->(e))
RETURN count(d) AS n
