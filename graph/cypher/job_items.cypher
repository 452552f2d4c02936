MATCH (i:IngestItem {jobId: $id})
RETURN i {.id, .seq, .filename, .status, .docId, .errorCode, .error, .resultStatus} AS item
ORDER BY i.seq
