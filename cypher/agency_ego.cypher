// name: agency_ego
// description: One agency's coordination partners: every agency named with it on a task
//   (any role), how many tasks they share, and on how many of those the chosen agency leads
//   (the agency's neighbourhood in respgraph.analysis.network.coordination_graph).
// param: agency = null  -- the agency: its id (agency:渝水区/生态环境局), agency_id, full name or a name as a plan writes it (渝水生态环境局; one several agencies share, 区发改委, gives each of them: the agency column says which)
// param: agency_normal = null  -- $agency in respgraph's normal form (traditional characters simplified, half-width brackets full-width), so 渝水區生態環境局 finds 渝水区生态环境局 as `respgraph agency` does; respgraph neo4j query and run_query fill it in
// param: plan = null  -- plan_id to keep (null = every plan)
// param: bases = ['explicit', 'first_listed', 'inherited', 'table']  -- edge bases that count
// param: limit = 1000  -- most rows returned
MATCH (a:Agency)
WHERE a.id = $agency OR a.agency_id = $agency OR a.name = $agency OR $agency IN a.aliases
   OR a.name = $agency_normal OR $agency_normal IN a.aliases
MATCH (a)-[r1:LEADS|SUPPORTS]->(t:Task)<-[r2:LEADS|SUPPORTS]-(b:Agency)
WHERE b.id <> a.id AND r1.basis IN $bases AND r2.basis IN $bases
  AND ($plan IS NULL OR t.plan_id = $plan)
WITH a, b, t, max(CASE type(r1) WHEN 'LEADS' THEN 1 ELSE 0 END) AS a_leads
WITH a, b, count(t) AS shared_tasks, count(CASE a_leads WHEN 1 THEN t END) AS agency_leads
RETURN a.id AS agency, a.name AS agency_name, b.id AS partner, b.name AS partner_name,
       shared_tasks, agency_leads
ORDER BY shared_tasks DESC, partner
LIMIT $limit
