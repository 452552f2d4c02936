// org_relation_by_orgs with the other organisation's row (organization_get_by_ids' shape) under
// `other`: it primes the request's organisation DataLoader, so relations → source/target cost no
// second round trip.
MATCH (o:Organization) WHERE o.id IN $ids
MATCH (o)-[r:INCUMBENT_AT|ENGAGED_WITH|SUPPLIES|CHANNEL_FOR|SERVES|PARTNERS_WITH|ACQUIRES|COMPETES_WITH|INVESTS_IN]-(x:Organization)
RETURN o.id AS key, r {.*, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id,
                       other: x {.*, roles: [l IN labels(x) WHERE l <> 'Organization']}} AS row
ORDER BY type(r), x.name, x.id
