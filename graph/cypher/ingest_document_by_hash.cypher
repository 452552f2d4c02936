MATCH (d:Document {hash: $hash}) RETURN d.id AS id
