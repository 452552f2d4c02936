// A reviewer's verdict on whether two entities are the same; reused by later merge suggestions.
MERGE (j:MergeJudgement {pair: $pair})
SET j.a = $a, j.b = $b, j.verdict = $verdict, j.by = $by, j.at = datetime(), j.note = $note
RETURN j {.*} AS row
