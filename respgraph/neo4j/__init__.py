"""The Neo4j backend: load a build over Bolt, bulk-import CSV, the Cypher query library.

Modules (each imports the ``neo4j`` driver only when a function needs it):

* ``connect``   — ``Neo4jSettings``, ``open_driver`` (password from ``NEO4J_PASSWORD`` or a
  prompt, scrubbed from every error), ``driver_from_env``.
* ``load``      — ``load_graph(graph, driver)``: schema, then batched idempotent
  ``UNWIND $rows … MERGE``; ``LoadReport``/``LoadError`` for progress and resume;
  ``database_counts``/``database_checksum`` to compare what is in the database.
* ``rows``      — ``node_rows``/``rel_rows``: the graph as the rows both of these write,
  every value one Neo4j can store (``neo4j_value``).
* ``admin_csv`` — ``export_admin_csv(graph, out)``: files and command for
  ``neo4j-admin database import full``.
* ``queries``   — ``library()``, ``get_query(name)``, ``run_query(driver, name, **params)`` →
  DataFrame, over ``cypher/*.cypher``.

For notebooks the short way is the package API (``respgraph.connect_neo4j``,
``Build.to_neo4j``, ``respgraph.cypher``), which calls these. See docs/neo4j.md.

>>> from respgraph.neo4j.connect import driver_from_env        # doctest: +SKIP
>>> from respgraph.neo4j.load import load_graph                # doctest: +SKIP
>>> from respgraph.neo4j.queries import run_query              # doctest: +SKIP
>>> with driver_from_env() as driver:                          # doctest: +SKIP
...     report = load_graph(respgraph.load("out").graph, driver, progress=False)
...     df = run_query(driver, "agency_workload", plan="yushui-2022-pollution-battle")
"""
