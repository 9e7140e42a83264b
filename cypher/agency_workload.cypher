// name: agency_workload
// description: Tasks each agency leads and supports per plan, its share of the plan's tasks
//   and a weighted load (same rules as respgraph.analysis.workload.workload, per plan): a task
//   the agency both leads and supports counts once, as led; only the stated bases count;
//   plan_tasks counts every Task of the plan, with or without a responsibility clause.
// param: plan = null  -- plan_id to keep (null = every plan)
// param: lead_weight = 1.0  -- weight of a led task in weighted_load
// param: support_weight = 0.5  -- weight of a supported (not led) task in weighted_load
// param: bases = ['explicit', 'first_listed', 'inherited', 'table']  -- edge bases that count (add 'suggested' for respgraph's guesses)
// param: limit = 1000  -- most rows returned
MATCH (a:Agency)-[r:LEADS|SUPPORTS]->(t:Task)
WHERE r.basis IN $bases AND ($plan IS NULL OR t.plan_id = $plan)
WITH a, t, max(CASE type(r) WHEN 'LEADS' THEN 1 ELSE 0 END) AS led
WITH a, t.plan_id AS plan_id, count(CASE led WHEN 1 THEN t END) AS tasks_led, count(CASE led WHEN 0 THEN t END) AS tasks_supported
MATCH (pt:Task)
WHERE pt.plan_id = plan_id
WITH a, plan_id, tasks_led, tasks_supported, count(pt) AS plan_tasks
RETURN plan_id, a.id AS key, a.name AS name, tasks_led, tasks_supported,
       tasks_led + tasks_supported AS tasks, plan_tasks,
       toFloat(tasks_led) / plan_tasks AS lead_share,
       $lead_weight * tasks_led + $support_weight * tasks_supported AS weighted_load
ORDER BY plan_id, weighted_load DESC, tasks_led DESC, name
LIMIT $limit
