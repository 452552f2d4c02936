// The document index as V0003 creates it (used by `kg search eval --compare` to restore it).
CREATE FULLTEXT INDEX search_documents IF NOT EXISTS
FOR (d:Document) ON EACH [d.title, d.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}}
