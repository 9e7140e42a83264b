// name: co_responsibility
// description: Pairs of agencies named on the same tasks (any role), with the number of tasks
//   they share: the edges of respgraph.analysis.network.coordination_graph. Each pair once,
//   lower agency id first.
// param: plan = null  -- plan_id to keep (null = every plan)
// param: min_weight = 1  -- least number of shared tasks for a pair to be listed
// param: bases = ['explicit', 'first_listed', 'inherited', 'table']  -- edge bases that count
// param: limit = 1000  -- most rows returned
MATCH (a:Agency)-[r1:LEADS|SUPPORTS]->(t:Task)<-[r2:LEADS|SUPPORTS]-(b:Agency)
WHERE a.id < b.id AND r1.basis IN $bases AND r2.basis IN $bases
  AND ($plan IS NULL OR t.plan_id = $plan)
WITH a, b, count(DISTINCT t) AS shared_tasks
WHERE shared_tasks >= $min_weight
RETURN a.id AS agency_a, a.name AS name_a, b.id AS agency_b, b.name AS name_b, shared_tasks
ORDER BY shared_tasks DESC, agency_a, agency_b
LIMIT $limit
