// Organisation-to-organisation facts touching several organisations (both directions).
MATCH (o:Organization) WHERE o.id IN $ids
MATCH (o)-[r:INCUMBENT_AT|ENGAGED_WITH|SUPPLIES|CHANNEL_FOR|SERVES|PARTNERS_WITH|ACQUIRES|COMPETES_WITH|INVESTS_IN]-(x:Organization)
RETURN o.id AS key, r {.*, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id} AS row
ORDER BY type(r), x.name
