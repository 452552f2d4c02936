CREATE INDEX ingest_item_job IF NOT EXISTS FOR (n:IngestItem) ON (n.jobId, n.seq)
