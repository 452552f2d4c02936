// Candidate people (found in text) next to other people at the same organisation.
MATCH (c:Person {candidate: true})-[:WORKS_AT]->(o:Organization)<-[w:WORKS_AT]-(p:Person)
WHERE p <> c AND NOT p:Rep
RETURN c {.id, .name, .aliases} AS a, p {.id, .name, .aliases, candidate: coalesce(p.candidate, false)} AS b,
       o {.id, .name} AS org, w.title AS title
LIMIT $limit
