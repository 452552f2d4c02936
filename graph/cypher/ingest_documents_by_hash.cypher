UNWIND $hashes AS hash
MATCH (d:Document {hash: hash})
RETURN hash, d.id AS id
