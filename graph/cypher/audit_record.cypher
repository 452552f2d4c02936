// One audit event per mutation field executed (who, when, what, outcome).
UNWIND $events AS e
CREATE (a:AuditEvent {
  id: e.id, at: datetime(e.at), principal: e.principal, role: e.role, via: e.via,
  operation: e.operation, operationName: e.operationName, variables: e.variables,
  result: e.result, ok: e.ok, error: e.error
})
