// Organisation → organisation facts; the relationship type comes from a fixed enum (checked in Python)
// and is dispatched with FOREACH, so no Cypher text is ever built (works on every Neo4j 5.x).
UNWIND $rows AS row
MATCH (a:Organization {id: row.source_id})
MATCH (b:Organization {id: row.target_id})
FOREACH (_ IN CASE WHEN row.type = 'INCUMBENT_AT' THEN [1] ELSE [] END |
  MERGE (a)-[r:INCUMBENT_AT]->(b) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'ENGAGED_WITH' THEN [1] ELSE [] END |
  MERGE (a)-[r:ENGAGED_WITH]->(b) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'SUPPLIES' THEN [1] ELSE [] END |
  MERGE (a)-[r:SUPPLIES]->(b) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'CHANNEL_FOR' THEN [1] ELSE [] END |
  MERGE (a)-[r:CHANNEL_FOR]->(b) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'SERVES' THEN [1] ELSE [] END |
  MERGE (a)-[r:SERVES]->(b) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'PARTNERS_WITH' THEN [1] ELSE [] END |
  MERGE (a)-[r:PARTNERS_WITH]->(b) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'ACQUIRES' THEN [1] ELSE [] END |
  MERGE (a)-[r:ACQUIRES]->(b) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'COMPETES_WITH' THEN [1] ELSE [] END |
  MERGE (a)-[r:COMPETES_WITH]->(b) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'INVESTS_IN' THEN [1] ELSE [] END |
  MERGE (a)-[r:INVESTS_IN]->(b) SET r += row.props)
RETURN count(*) AS n
