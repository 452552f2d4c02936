MATCH (p:Person) WHERE p.id IN $ids
RETURN p {.*, isRep: p:Rep} AS row
