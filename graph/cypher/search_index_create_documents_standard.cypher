// The same index with the standard analyser (one token per Chinese character), for the comparison.
CREATE FULLTEXT INDEX search_documents IF NOT EXISTS
FOR (d:Document) ON EACH [d.title, d.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false}}
