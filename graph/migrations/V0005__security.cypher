// API keys (hashed) and the audit log of mutations.
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (n:ApiKey) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (n:AuditEvent) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_event_at IF NOT EXISTS FOR (n:AuditEvent) ON (n.at);
CREATE INDEX audit_event_principal IF NOT EXISTS FOR (n:AuditEvent) ON (n.principal, n.at);
CREATE INDEX audit_event_operation IF NOT EXISTS FOR (n:AuditEvent) ON (n.operation, n.at)
