MATCH (j:IngestJob)
WHERE $status IS NULL OR j.status = $status
WITH j ORDER BY j.createdAt DESC
WITH collect(j) AS matched
RETURN size(matched) AS total, [j IN matched[$skip..($skip + $limit)] | j {.*}] AS jobs
