MATCH (j:MergeJudgement)
RETURN j.pair AS pair, j.verdict AS verdict
