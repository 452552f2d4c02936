// The first $first customers by name, their current employees and the decision roles each holds.
MATCH (o:Customer)
WITH o ORDER BY o.name, o.id LIMIT $first
RETURN o.id AS id, o.name AS name, o.industry AS industry,
       [(p:Person)-[w:WORKS_AT]->(o) WHERE w.until IS NULL OR w.until > $asOf |
          {title: w.title, contact: {id: p.id, name: p.name,
                                     roles: [(p)-[r:HAS_ROLE]->() | {role: r.role, weight: r.weight}]}}] AS employees
