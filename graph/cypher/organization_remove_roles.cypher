MATCH (o:Organization {id: $id})
FOREACH (_ IN CASE WHEN 'Customer' IN $roles THEN [1] ELSE [] END | REMOVE o:Customer)
FOREACH (_ IN CASE WHEN 'Competitor' IN $roles THEN [1] ELSE [] END | REMOVE o:Competitor)
FOREACH (_ IN CASE WHEN 'Supplier' IN $roles THEN [1] ELSE [] END | REMOVE o:Supplier)
FOREACH (_ IN CASE WHEN 'Channel' IN $roles THEN [1] ELSE [] END | REMOVE o:Channel)
RETURN o.id AS id
