// Names and aliases of everything extraction may resolve against (curated and candidates).
CALL {
  MATCH (o:Organization)
  RETURN 'Organization' AS label, o.id AS id, o.name AS name, coalesce(o.aliases, []) AS aliases,
         [l IN labels(o) WHERE l <> 'Organization'] AS kinds, null AS orgId, null AS title,
         coalesce(o.candidate, false) AS candidate
  UNION ALL
  MATCH (p:Person)
  OPTIONAL MATCH (p)-[w:WORKS_AT]->(o:Organization) WHERE w.until IS NULL
  WITH p, head(collect(w {org: o.id, title: w.title})) AS job
  RETURN 'Person' AS label, p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases,
         CASE WHEN p:Rep THEN ['Rep'] ELSE [] END AS kinds, job.org AS orgId, job.title AS title,
         coalesce(p.candidate, false) AS candidate
  UNION ALL
  MATCH (q:Product)
  RETURN 'Product' AS label, q.id AS id, q.name AS name, coalesce(q.aliases, []) AS aliases, [] AS kinds,
         q.makerId AS orgId, null AS title, coalesce(q.candidate, false) AS candidate
  UNION ALL
  MATCH (u:OrgUnit)
  RETURN 'OrgUnit' AS label, u.id AS id, u.name AS name, [] AS aliases, [] AS kinds, u.orgId AS orgId,
         null AS title, coalesce(u.candidate, false) AS candidate
}
RETURN label, id, name, aliases, kinds, orgId, title, candidate
