// name: tasks_without_lead
// description: Tasks with no clear lead (respgraph.analysis.workload.tasks_without_lead): no
//   stated lead, or only collective addressees leading (kind collective: 各乡镇（街道）负责 names
//   no one body); supporters counts the distinct agencies named as support; plan_has_assignments
//   is false for a plan that states no responsibilities at all (its tasks are unassigned, not orphaned).
// param: plan = null  -- plan_id to keep (null = every plan)
// param: bases = ['explicit', 'first_listed', 'inherited', 'table']  -- edge bases that count
// param: limit = 1000  -- most rows returned
MATCH (t:Task)
WHERE $plan IS NULL OR t.plan_id = $plan
WITH t.plan_id AS plan_id, collect(t) AS plan_tasks
OPTIONAL MATCH (:Agency)-[pr:LEADS|SUPPORTS]->(pt:Task)
WHERE pt.plan_id = plan_id AND pr.basis IN $bases
WITH plan_id, plan_tasks, count(pr) > 0 AS plan_has_assignments
UNWIND plan_tasks AS t
OPTIONAL MATCH (la:Agency)-[lr:LEADS]->(t)
WHERE lr.basis IN $bases AND coalesce(la.kind, 'agency') <> 'collective'
WITH plan_id, plan_has_assignments, t, count(lr) AS leads
WHERE leads = 0
OPTIONAL MATCH (s:Agency)-[sr:SUPPORTS]->(t)
WHERE sr.basis IN $bases
WITH plan_id, plan_has_assignments, t, count(DISTINCT s) AS supporters
RETURN t.task_id AS task_id, t.path AS path, plan_id, t.title AS title, supporters, plan_has_assignments
ORDER BY plan_id, t.seq, task_id
LIMIT $limit
