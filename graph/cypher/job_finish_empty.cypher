// Jobs whose every item failed at upload time are finished immediately.
MATCH (j:IngestJob {id: $id}) WHERE j.processed >= j.total
SET j.status = CASE WHEN j.failed = 0 THEN 'DONE' WHEN j.failed = j.total THEN 'FAILED' ELSE 'PARTIAL' END
RETURN j.status AS status
