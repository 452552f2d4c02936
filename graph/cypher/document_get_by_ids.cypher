MATCH (d:Document) WHERE d.id IN $ids
RETURN d {.id, .kind, .title, .text, .date, .source, .url, .sourceType, .sourceIdentity, .customerId,
          .authorId, .hash, .candidate} AS row
