// Role holders at one account: account-level roles and roles in its open opportunities, valid on $asOf.
MATCH (c:Organization {id: $customerId})
CALL {
  WITH c
  MATCH (h)-[r:HAS_ROLE]->(c) RETURN h, r, c AS s
  UNION
  WITH c
  MATCH (h)-[r:HAS_ROLE]->(op:Opportunity)-[:FOR_CUSTOMER]->(c)
  WHERE op.status IS NULL OR op.status = 'OPEN'
  RETURN h, r, op AS s
}
WITH c, h, r, s
WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo > $asOf)
  AND (r.firstSeen IS NULL OR r.firstSeen <= $asOf)
RETURN c.id AS customerId, h.id AS holderId, CASE WHEN h:OrgUnit THEN 'UNIT' ELSE 'PERSON' END AS holderKind,
       r {.*, scopeId: s.id, scopeKind: CASE WHEN s:Opportunity THEN 'OPPORTUNITY' ELSE 'ACCOUNT' END} AS role
