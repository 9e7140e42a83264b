// name: overloaded_agencies
// description: Agencies that lead more than a share of their plan's tasks (the share-of-plan
//   rule of respgraph.analysis.workload.overload): lead_share = distinct tasks led / every
//   Task of the plan, flagged when above $share_limit. (The Tukey-fence rule needs
//   quantiles over all agencies of a plan; run `respgraph workload --overload` for it.)
// param: plan = null  -- plan_id to keep (null = every plan)
// param: share_limit = 0.25  -- flag an agency leading more than this share of the plan's tasks
// param: min_led = 2  -- and leading at least this many (one task is no concentration, in any plan)
// param: bases = ['explicit', 'first_listed', 'inherited', 'table']  -- edge bases that count
// param: limit = 1000  -- most rows returned
MATCH (a:Agency)-[r:LEADS]->(t:Task)
WHERE r.basis IN $bases AND ($plan IS NULL OR t.plan_id = $plan)
WITH a, t.plan_id AS plan_id, count(DISTINCT t) AS tasks_led
MATCH (pt:Task)
WHERE pt.plan_id = plan_id
WITH a, plan_id, tasks_led, count(pt) AS plan_tasks
WITH a, plan_id, tasks_led, plan_tasks, toFloat(tasks_led) / plan_tasks AS lead_share
WHERE lead_share > $share_limit AND tasks_led >= $min_led
RETURN plan_id, a.id AS key, a.name AS name, tasks_led, plan_tasks, lead_share
ORDER BY plan_id, lead_share DESC, name
LIMIT $limit
