// Role holders of one opportunity (and account-level roles of its customer), valid on $asOf.
MATCH (op:Opportunity {id: $opportunityId})-[:FOR_CUSTOMER]->(c:Organization)
MATCH (h)-[r:HAS_ROLE]->(s)
WHERE (s = op OR s = c)
  AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo > $asOf)
  AND (r.firstSeen IS NULL OR r.firstSeen <= $asOf)
RETURN c.id AS customerId, h.id AS holderId, CASE WHEN h:OrgUnit THEN 'UNIT' ELSE 'PERSON' END AS holderKind,
       r {.*, scopeId: s.id, scopeKind: CASE WHEN s:Opportunity THEN 'OPPORTUNITY' ELSE 'ACCOUNT' END} AS role
