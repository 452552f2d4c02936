// The next pending items (oldest job first). Items stay PENDING until their results are recorded, so
// a crash at any point leaves them to be picked up again (re-ingest is idempotent by content hash).
MATCH (i:IngestItem {status: 'PENDING'})
WITH i ORDER BY i.jobId, i.seq
LIMIT $limit
MATCH (i)-[:IN_JOB]->(j:IngestJob)
SET j.status = 'RUNNING', j.updatedAt = datetime()
RETURN i.id AS id, i.jobId AS jobId, i.record AS record, i.filename AS filename, j.kind AS kind,
       j.customer AS customer
