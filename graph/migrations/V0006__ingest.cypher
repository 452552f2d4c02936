// Near-duplicate lookup (MinHash bands), extracted mentions and upload jobs.
CREATE CONSTRAINT dedupe_band_key IF NOT EXISTS FOR (n:DedupeBand) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT ingest_job_id IF NOT EXISTS FOR (n:IngestJob) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ingest_item_id IF NOT EXISTS FOR (n:IngestItem) REQUIRE n.id IS UNIQUE;
CREATE INDEX ingest_item_status IF NOT EXISTS FOR (n:IngestItem) ON (n.status);
CREATE INDEX mention_doc IF NOT EXISTS FOR (n:Mention) ON (n.docId)
