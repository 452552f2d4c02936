// Account-scoped lookups used by the analysis queries and list filters.
CREATE INDEX document_customer IF NOT EXISTS FOR (n:Document) ON (n.customerId);
CREATE INDEX document_kind_date IF NOT EXISTS FOR (n:Document) ON (n.kind, n.date);
CREATE INDEX opportunity_customer IF NOT EXISTS FOR (n:Opportunity) ON (n.customerId);
CREATE INDEX org_unit_norm_name IF NOT EXISTS FOR (n:OrgUnit) ON (n.normName);
CREATE INDEX role_kind IF NOT EXISTS FOR ()-[r:HAS_ROLE]-() ON (r.role)
