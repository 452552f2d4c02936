// How many audit events match the filters of audit_list.
MATCH (a:AuditEvent)
WHERE ($principal IS NULL OR a.principal = $principal)
  AND ($operation IS NULL OR a.operation = $operation)
RETURN count(a) AS total
