// Claim the next pending items (oldest job first) for one worker, with a lease: items stay PENDING
// until their results are recorded, so a worker that dies leaves them to be claimed again once the
// lease expires (re-ingest is idempotent by content hash, so nothing is written twice).
MATCH (i:IngestItem {status: 'PENDING'})
WHERE i.claimedAt IS NULL OR i.claimedAt < datetime() - duration({seconds: $leaseSeconds})
WITH i ORDER BY i.jobId, i.seq
LIMIT $limit
SET i.claimLock = coalesce(i.claimLock, 0) + 1
WITH i
// re-check under the node's write lock: another worker may have claimed it meanwhile
WHERE i.status = 'PENDING' AND (i.claimedBy IS NULL OR i.claimedBy = $worker
      OR i.claimedAt < datetime() - duration({seconds: $leaseSeconds}))
SET i.claimedBy = $worker, i.claimedAt = datetime()
WITH i
MATCH (i)-[:IN_JOB]->(j:IngestJob)
SET j.status = 'RUNNING', j.updatedAt = datetime()
RETURN i.id AS id, i.jobId AS jobId, i.record AS record, i.filename AS filename, j.kind AS kind,
       j.customer AS customer
