UNWIND $rows AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.createdAt = datetime()
SET p.name = row.name,
    p.normName = row.normName,
    p.aliases = row.aliases,
    p.searchNames = row.searchNames,
    p.email = row.email,
    p.phone = row.phone,
    p.candidate = row.candidate,
    p.updatedAt = datetime()
FOREACH (_ IN CASE WHEN row.is_rep THEN [1] ELSE [] END | SET p:Rep)
RETURN count(p) AS n
