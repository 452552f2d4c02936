// Delete a document and every fact supported only by it: the document leaves each fact's sources;
// extracted (non-curated) facts left without sources go, as do its mentions and stance observations,
// and candidate entities it created that nothing else refers to.
MATCH (d:Document {id: $docId})
OPTIONAL MATCH (d)-[:MENTIONS]->(e)
WITH d, collect(DISTINCT e) AS entities
CALL {
  WITH entities
  UNWIND entities AS e
  MATCH (e)-[r]-()
  WHERE $docId IN coalesce(r.sources, [])
  WITH DISTINCT r
  SET r.sources = [s IN r.sources WHERE s <> $docId]
  WITH r WHERE size(r.sources) = 0 AND NOT coalesce(r.curated, false)
  DELETE r
  RETURN count(*) AS factsDeleted
}
CALL {
  WITH d
  OPTIONAL MATCH (s:StanceObservation)-[:FROM_DOCUMENT]->(d)
  DETACH DELETE s
  RETURN count(s) AS stancesDeleted
}
CALL {
  WITH d
  OPTIONAL MATCH (d)-[:HAS_MENTION]->(m:Mention)
  DETACH DELETE m
  RETURN count(m) AS mentionsDeleted
}
WITH d, entities, factsDeleted, stancesDeleted, mentionsDeleted
DETACH DELETE d
WITH entities, factsDeleted, stancesDeleted, mentionsDeleted
CALL {
  WITH entities
  UNWIND entities AS e
  WITH e WHERE coalesce(e.candidate, false) AND NOT EXISTS { (e)--() }
  DELETE e
  RETURN count(*) AS candidatesDeleted
}
RETURN factsDeleted, stancesDeleted, mentionsDeleted, candidatesDeleted
