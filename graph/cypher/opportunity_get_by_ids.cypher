MATCH (o:Opportunity) WHERE o.id IN $ids
OPTIONAL MATCH (o)-[:OWNED_BY]->(rep:Person)
RETURN o {.*, ownerId: rep.id,
          productIds: [(o)-[:INVOLVES_PRODUCT]->(p) | p.id],
          competitorIds: [(o)-[:CONTESTED_BY]->(k) | k.id]} AS row
