"""One repository module per aggregate; each method runs statements from `graph/cypher/`."""
