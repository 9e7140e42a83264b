// name: similar_tasks
// description: Similar task pairs across plans, from the SIMILAR_TO relationships written by
//   respgraph.analysis.overlap.add_similarity_edges (lower task id first, score = cosine of
//   character n-gram TF-IDF, 0-1), with the lead agencies of both tasks.
// param: plan = null  -- keep pairs with a task of this plan_id (null = every plan)
// param: min_score = 0.0  -- least similarity score
// param: limit = 1000  -- most rows returned
MATCH (a:Task)-[s:SIMILAR_TO]->(b:Task)
WHERE s.score >= $min_score AND ($plan IS NULL OR a.plan_id = $plan OR b.plan_id = $plan)
OPTIONAL MATCH (la:Agency)-[:LEADS]->(a)
WITH a, b, s, collect(DISTINCT la.name) AS leads_a
OPTIONAL MATCH (lb:Agency)-[:LEADS]->(b)
WITH a, b, s, leads_a, collect(DISTINCT lb.name) AS leads_b
RETURN a.task_id AS task_a, b.task_id AS task_b, a.plan_id AS plan_a, b.plan_id AS plan_b,
       s.score AS score, a.title AS title_a, b.title AS title_b, leads_a, leads_b
ORDER BY score DESC, task_a, task_b
LIMIT $limit
