// A new upload job with its items (already parsed: text/records, or per-file errors), in one transaction.
CREATE (j:IngestJob {id: $job.id, status: $job.status, kind: $job.kind, customer: $job.customer,
                     owner: $job.owner, createdAt: datetime(), updatedAt: datetime(), total: size($items),
                     processed: 0, created: 0, unchanged: 0, duplicates: 0, failed: 0})
WITH j
UNWIND $items AS item
CREATE (i:IngestItem {id: item.id, jobId: j.id, seq: item.seq, filename: item.filename, status: item.status,
                      record: item.record, errorCode: item.errorCode, error: item.error, docId: null})
CREATE (i)-[:IN_JOB]->(j)
WITH j, count(i) AS n
SET j.failed = $preFailed, j.processed = $preFailed
RETURN j.id AS id
