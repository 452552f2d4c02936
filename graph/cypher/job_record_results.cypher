// Results of processed items and the job counters, in one transaction.
UNWIND $results AS r
MATCH (i:IngestItem {id: r.id})
SET i.claimLock = coalesce(i.claimLock, 0) + 1
WITH i, r
// re-checked under the item's write lock, so two workers can never count one item twice
WHERE i.status = 'PENDING'
SET i.status = CASE WHEN r.status = 'FAILED' THEN 'FAILED' ELSE 'DONE' END, i.resultStatus = r.status,
    i.docId = r.docId, i.errorCode = r.errorCode, i.error = r.error, i.record = null
WITH i, r
MATCH (i)-[:IN_JOB]->(j:IngestJob)
WITH j, collect(r.status) AS statuses
SET j.processed = j.processed + size(statuses),
    j.created = j.created + size([s IN statuses WHERE s = 'CREATED']),
    j.unchanged = j.unchanged + size([s IN statuses WHERE s = 'UNCHANGED']),
    j.duplicates = j.duplicates + size([s IN statuses WHERE s = 'DUPLICATE']),
    j.failed = j.failed + size([s IN statuses WHERE s = 'FAILED']),
    j.updatedAt = datetime()
SET j.status = CASE WHEN j.processed >= j.total
                    THEN CASE WHEN j.failed = 0 THEN 'DONE' WHEN j.failed = j.total THEN 'FAILED' ELSE 'PARTIAL' END
                    ELSE 'RUNNING' END
RETURN j.id AS id, j.status AS status
