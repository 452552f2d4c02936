// Idempotent upsert by id: only the supplied properties change; role labels are added.
MERGE (o:Organization {id: $id})
ON CREATE SET o.createdAt = datetime(), o.candidate = false, o.aliases = [], o.searchNames = []
SET o += $props, o.updatedAt = datetime()
FOREACH (_ IN CASE WHEN 'Customer' IN $roles THEN [1] ELSE [] END | SET o:Customer)
FOREACH (_ IN CASE WHEN 'Competitor' IN $roles THEN [1] ELSE [] END | SET o:Competitor)
FOREACH (_ IN CASE WHEN 'Supplier' IN $roles THEN [1] ELSE [] END | SET o:Supplier)
FOREACH (_ IN CASE WHEN 'Channel' IN $roles THEN [1] ELSE [] END | SET o:Channel)
FOREACH (_ IN CASE WHEN 'OurCompany' IN $roles THEN [1] ELSE [] END | SET o:OurCompany)
RETURN o.id AS id
