// Filtered, ordered page of organisations plus the total count of the filter.
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
       [o IN matched[$skip..($skip + $limit)] | o {.*, roles: [l IN labels(o) WHERE l <> 'Organization']}] AS orgs
