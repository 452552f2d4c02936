// A person takes a new job: every other open employment ends when the new one starts.
MATCH (p:Person {id: $personId})-[w:WORKS_AT]->(o:Organization)
WHERE w.until IS NULL AND o.id <> $orgId
SET w.until = $until, w.current = false
RETURN count(w) AS n
