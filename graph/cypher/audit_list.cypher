// One page of audit events, newest first, optionally of one principal and/or one operation.
MATCH (a:AuditEvent)
WHERE ($principal IS NULL OR a.principal = $principal)
  AND ($operation IS NULL OR a.operation = $operation)
RETURN a {.id, .at, .principal, .role, .via, .operation, .operationName, .variables, .result, .ok, .error}
       AS event
ORDER BY a.at DESC, a.id DESC
SKIP $skip LIMIT $limit
