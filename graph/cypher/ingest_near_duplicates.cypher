// Documents sharing at least one MinHash band with the new one (candidates; confirmed in Python).
UNWIND $bands AS key
MATCH (:DedupeBand {key: key})<-[:HAS_BAND]-(d:Document)
WITH DISTINCT d
RETURN d.id AS id, d.minhash AS minhash
LIMIT 50
