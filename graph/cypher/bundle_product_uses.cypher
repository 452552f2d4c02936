UNWIND $rows AS row
MATCH (c:Organization {id: row.customer_id})
MATCH (p:Product {id: row.product_id})
MERGE (c)-[u:USES_PRODUCT]->(p)
SET u.since = row.since, u.contractEnd = row.contract_end, u += row.prov
RETURN count(u) AS n
