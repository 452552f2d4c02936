MATCH (u:OrgUnit) WHERE u.id IN $ids
RETURN u {.*} AS row
