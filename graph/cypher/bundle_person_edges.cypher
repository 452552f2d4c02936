// REPORTS_TO, INFLUENCES and KNOWS between people; `row.type` is checked in Python.
UNWIND $rows AS row
MATCH (a:Person {id: row.source_id})
MATCH (b:Person {id: row.target_id})
FOREACH (_ IN CASE WHEN row.type = 'REPORTS_TO' THEN [1] ELSE [] END |
  MERGE (a)-[r:REPORTS_TO]->(b) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'INFLUENCES' THEN [1] ELSE [] END |
  MERGE (a)-[r:INFLUENCES]->(b) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'KNOWS' THEN [1] ELSE [] END |
  MERGE (a)-[r:KNOWS]->(b) SET r += row.props)
RETURN count(*) AS n
