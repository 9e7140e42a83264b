// name: plan_campaign_coverage
// description: How many tasks of each plan sit in a campaign of each type (long form of
//   respgraph.analysis.overlap.campaign_coverage(g, fallback=False)): the campaign's
//   campaign_type (else its name, else its kind); 'none' for tasks outside any campaign
//   (`respgraph overlap --coverage` also types those by section heading or plan title).
// param: plan = null  -- plan_id to keep (null = every plan)
// param: limit = 1000  -- most rows returned
MATCH (t:Task)
WHERE $plan IS NULL OR t.plan_id = $plan
OPTIONAL MATCH (c:Campaign)-[:HAS_TASK]->(t)
WITH t.plan_id AS plan_id, coalesce(c.campaign_type, c.name, c.kind, 'none') AS campaign_type, t
RETURN plan_id, campaign_type, count(DISTINCT t) AS tasks
ORDER BY plan_id, tasks DESC, campaign_type
LIMIT $limit
