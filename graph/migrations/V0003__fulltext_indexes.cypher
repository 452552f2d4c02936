// Full-text search (docs/search.md). The `cjk` analyser indexes Chinese as overlapping bigrams (and
// Latin words as lower-cased tokens); it beat `standard-no-stop-words` (one token per character) on
// the demo evaluation set, see `kg search eval --compare`. Neo4j allows one full-text index per
// label/property set, so only the better analyser is kept.
CREATE FULLTEXT INDEX search_documents IF NOT EXISTS
FOR (d:Document) ON EACH [d.title, d.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}};
CREATE FULLTEXT INDEX search_entities IF NOT EXISTS
FOR (e:Organization|Person|Product) ON EACH [e.name, e.aliases, e.searchNames]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}};
// Job titles live on employments: 科技部总经理 finds the person holding it.
CREATE FULLTEXT INDEX search_titles IF NOT EXISTS
FOR ()-[w:WORKS_AT]-() ON EACH [w.title]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}};
// Saved searches (per user) and their "new matches since" alerts.
CREATE CONSTRAINT saved_search_id IF NOT EXISTS FOR (s:SavedSearch) REQUIRE s.id IS UNIQUE;
CREATE INDEX saved_search_owner IF NOT EXISTS FOR (s:SavedSearch) ON (s.owner);
CREATE INDEX document_created_at IF NOT EXISTS FOR (d:Document) ON (d.createdAt)
