// The documents of one result page: stored fields and the entities each mentions.
MATCH (d:Document) WHERE d.id IN $ids
RETURN d {.id, .kind, .title, .text, .date, .source, .url, .sourceType, .sourceIdentity, .customerId,
          .authorId} AS row,
       [(d)-[:MENTIONS]->(e) WHERE e:Organization OR e:Person OR e:Product |
          {id: e.id, name: e.name,
           type: CASE WHEN e:Organization THEN 'Organization' WHEN e:Person THEN 'Person' ELSE 'Product' END}
       ] AS mentions
