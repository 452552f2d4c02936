// Current staff of the organisations named in a query: resolves 张总 / 穆工 / 小姚 to a person.
MATCH (p:Person)-[w:WORKS_AT]->(o:Organization)
WHERE o.id IN $orgIds AND w.until IS NULL
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases, w.title AS title, o.id AS orgId
ORDER BY p.id
LIMIT 2000
