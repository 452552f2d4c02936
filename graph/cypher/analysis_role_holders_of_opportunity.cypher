// Role holders of one opportunity (and account-level roles of its customer), valid on $asOf.
MATCH (op:Opportunity {id: $opportunityId})-[:FOR_CUSTOMER]->(c:Organization)
// Expand from the two scopes (an UNWIND, not `s = op OR s = c`, which plans as a scan of every HAS_ROLE).
UNWIND [op, c] AS s
MATCH (h)-[r:HAS_ROLE]->(s)
WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo > $asOf)
  AND (r.firstSeen IS NULL OR r.firstSeen <= $asOf)
RETURN c.id AS customerId, h.id AS holderId, CASE WHEN h:OrgUnit THEN 'UNIT' ELSE 'PERSON' END AS holderKind,
       r {.*, scopeId: s.id, scopeKind: CASE WHEN s:Opportunity THEN 'OPPORTUNITY' ELSE 'ACCOUNT' END} AS role
