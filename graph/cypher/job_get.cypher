MATCH (j:IngestJob {id: $id})
RETURN j {.*} AS job
