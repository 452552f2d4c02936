// Candidate organisations (found in text) and every organisation, for name comparison in Python.
MATCH (c:Organization {candidate: true})
WITH collect(c {.id, .name, .aliases}) AS candidates
MATCH (o:Organization)
RETURN candidates, collect(o {.id, .name, .aliases, candidate: coalesce(o.candidate, false)}) AS orgs
