// For several new documents at once: existing documents sharing a MinHash band (confirmed in Python).
UNWIND $docs AS doc
UNWIND doc.bands AS key
MATCH (:DedupeBand {key: key})<-[:HAS_BAND]-(d:Document)
WITH doc.ref AS ref, collect(DISTINCT d)[..50] AS found
UNWIND found AS d
RETURN ref, d.id AS id, d.minhash AS minhash
