// Uniqueness of the stable ids every node type is addressed by (also backs MERGE by id).
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT org_unit_id IF NOT EXISTS FOR (n:OrgUnit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT product_id IF NOT EXISTS FOR (n:Product) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT opportunity_id IF NOT EXISTS FOR (n:Opportunity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT stance_observation_id IF NOT EXISTS FOR (n:StanceObservation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_hash IF NOT EXISTS FOR (n:Document) REQUIRE n.hash IS UNIQUE;
CREATE CONSTRAINT mention_id IF NOT EXISTS FOR (n:Mention) REQUIRE n.id IS UNIQUE;
// Lookups by normalised name (alias resolution, gazetteer) and by time.
CREATE INDEX organization_norm_name IF NOT EXISTS FOR (n:Organization) ON (n.normName);
CREATE INDEX person_norm_name IF NOT EXISTS FOR (n:Person) ON (n.normName);
CREATE INDEX product_norm_name IF NOT EXISTS FOR (n:Product) ON (n.normName);
CREATE INDEX document_date IF NOT EXISTS FOR (n:Document) ON (n.date);
CREATE INDEX stance_observation_date IF NOT EXISTS FOR (n:StanceObservation) ON (n.date);
CREATE INDEX opportunity_status IF NOT EXISTS FOR (n:Opportunity) ON (n.status)
