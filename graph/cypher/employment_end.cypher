// Close the open employment(s) of a person at an organisation (a job change keeps the history).
MATCH (p:Person {id: $personId})-[w:WORKS_AT]->(o:Organization {id: $orgId})
WHERE w.until IS NULL
SET w.until = $until, w.current = false
RETURN count(w) AS n
