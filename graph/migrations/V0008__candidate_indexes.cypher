// Candidate entities (created from text) are reviewed through the merge queue.
CREATE INDEX person_candidate IF NOT EXISTS FOR (n:Person) ON (n.candidate);
CREATE INDEX organization_candidate IF NOT EXISTS FOR (n:Organization) ON (n.candidate);
CREATE CONSTRAINT merge_judgement_pair IF NOT EXISTS FOR (n:MergeJudgement) REQUIRE n.pair IS UNIQUE
