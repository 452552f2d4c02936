MATCH (o:Organization) WHERE o.id IN $ids
RETURN o {.*, roles: [l IN labels(o) WHERE l <> 'Organization']} AS org
