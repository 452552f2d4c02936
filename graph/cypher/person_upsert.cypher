MERGE (p:Person {id: $id})
ON CREATE SET p.createdAt = datetime(), p.candidate = false, p.aliases = [], p.searchNames = []
SET p += $props, p.updatedAt = datetime()
FOREACH (_ IN CASE WHEN $isRep = true THEN [1] ELSE [] END | SET p:Rep)
FOREACH (_ IN CASE WHEN $isRep = false THEN [1] ELSE [] END | REMOVE p:Rep)
RETURN p.id AS id
