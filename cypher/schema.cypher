// name: schema
// description: Uniqueness constraints on every node label's id (each also creates the index
//   that MERGE and MATCH by id use) and indexes for the lookups of the query library.
//   Neo4j 5 syntax; idempotent (IF NOT EXISTS). Run by `respgraph neo4j load` before loading,
//   or by hand: cypher-shell -f cypher/schema.cypher
CREATE CONSTRAINT plan_id IF NOT EXISTS FOR (n:Plan) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT campaign_id IF NOT EXISTS FOR (n:Campaign) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT task_id IF NOT EXISTS FOR (n:Task) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT function_id IF NOT EXISTS FOR (n:Function) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT jurisdiction_id IF NOT EXISTS FOR (n:Jurisdiction) REQUIRE n.id IS UNIQUE;
// Lookups used by the query library: $plan filters tasks and plans by plan_id, $agency
// finds an agency by its agency_id or its name, tasks are listed by task_id.
CREATE INDEX task_plan_id IF NOT EXISTS FOR (n:Task) ON (n.plan_id);
CREATE INDEX task_task_id IF NOT EXISTS FOR (n:Task) ON (n.task_id);
CREATE INDEX plan_plan_id IF NOT EXISTS FOR (n:Plan) ON (n.plan_id);
CREATE INDEX campaign_plan_id IF NOT EXISTS FOR (n:Campaign) ON (n.plan_id);
CREATE INDEX agency_agency_id IF NOT EXISTS FOR (n:Agency) ON (n.agency_id);
CREATE INDEX agency_name IF NOT EXISTS FOR (n:Agency) ON (n.name);
