// organization_list with the look-ahead of `organizations { nodes { employees { contact { roles } } } }`
// (api/lookahead.py): the page's organisations, each with its current employees (the rows of
// employment_by_orgs, with the person row of person_get_by_ids' shape) and, when $withRoles, each
// employee's decision roles (the rows of role_by_holders): one round trip instead of three.
// The filter and the ordering above `WITH collect(o)` are organization_list's, verbatim
// (tests/test_lookahead.py keeps them equal).
MATCH (o:Organization)
WHERE (size($roles) = 0 OR any(r IN $roles WHERE r IN labels(o)))
  AND ($query IS NULL OR any(n IN o.searchNames WHERE n CONTAINS $query))
  AND ($industry IS NULL OR o.industry = $industry)
  AND ($region IS NULL OR o.region = $region)
  AND ($stage IS NULL OR o.stage = $stage)
  AND ($contribution IS NULL OR o.contribution = $contribution)
  AND ($valueClass IS NULL OR o.valueClass = $valueClass)
  AND ($candidate IS NULL OR coalesce(o.candidate, false) = $candidate)
  AND ($competitorSome IS NULL OR EXISTS {
        MATCH (k:Competitor)-[:INCUMBENT_AT|ENGAGED_WITH]->(o) WHERE k.id IN $competitorSome })
  AND ($competitorNone IS NULL OR NOT EXISTS {
        MATCH (k:Competitor)-[:INCUMBENT_AT|ENGAGED_WITH]->(o) WHERE k.id IN $competitorNone })
  AND ($contactRoleSome IS NULL OR EXISTS {
        MATCH (o)<-[:FOR_CUSTOMER]-(:Opportunity)<-[r:HAS_ROLE]-(:Person) WHERE r.role = $contactRoleSome })
  AND ($opportunityStatusSome IS NULL OR EXISTS {
        MATCH (o)<-[:FOR_CUSTOMER]-(op:Opportunity) WHERE op.status = $opportunityStatusSome })
WITH o ORDER BY
  CASE WHEN $orderBy = 'NAME' THEN o.name END ASC,
  CASE WHEN $orderBy = 'UPDATED' THEN o.updatedAt END DESC,
  o.id ASC
WITH collect(o) AS matched
RETURN size(matched) AS total,
       [o IN matched[$skip..($skip + $limit)] | o {.*, roles: [l IN labels(o) WHERE l <> 'Organization'],
          employees: COLLECT {
            MATCH (p:Person)-[w:WORKS_AT]->(o) WHERE w.until IS NULL OR w.until > $asOf
            RETURN w {.*, personId: p.id, orgId: o.id,
                      // the properties Contact reads (not the timestamps: decoding them is costly)
                      person: p {.id, .name, .aliases, .email, .phone, .candidate, isRep: p:Rep},
                      roles: CASE WHEN $withRoles THEN COLLECT {
                        MATCH (p)-[r:HAS_ROLE]->(s)
                        RETURN r {.*, holderId: p.id, holderKind: 'PERSON', scopeId: s.id,
                                  scopeKind: CASE WHEN s:Opportunity THEN 'OPPORTUNITY' ELSE 'ACCOUNT' END}
                        ORDER BY r.role, s.id
                      } END}
            ORDER BY p.name, p.id
          }}] AS orgs
