"""Build the responsibility graph (a ``networkx.MultiDiGraph``) from resolved plans.

The package's modules (every name below is importable from ``respgraph.graph``):
  ``build``   ``build_graph``, ``add_plan``, ``remove_plan``, ``settle_agency_names``: nodes and edges from resolved
              plans, the provenance of each LEADS / SUPPORTS edge, pruning on removal
  ``places``  ``settle_jurisdictions``, ``settle_successors``: the jurisdiction hierarchy
              and agencies' successors
  ``order``   ``canonical``, ``count_by_type``, ``plan_ids``
  ``tables``  ``plans_frame``, ``tasks_frame``, ``assignments_frame``, ``agencies_frame``,
              ``functions_frame``, their ``*_columns`` and ``*_COLUMNS``, ``flat_frame``
  ``clause_context`` ``clause_sentence``: the sentence a thin clause (县检察院：负责) stands in, for views and provenance
  ``_registry`` the registry look-ups (function names, jurisdiction levels and parents)

The model is ``respgraph.model``: node ids come from its functions, every node and edge has
a ``type``, and an edge's key equals its type. Nodes shared between plans (agencies of one
jurisdiction, functions, jurisdictions) are one node, so plans connect through them.

Beyond the model's attributes, respgraph adds:
  Agency:   ``plans`` (sorted list of the plan ids that mention it)
  Campaign: ``source`` ("heading" | "attachment")
  LEADS / SUPPORTS: ``plan_id``, ``task_id``, ``agency_id``, ``occurrences`` (how many
            clauses of the task gave this agency this role; the provenance is the first),
            ``order`` (position among the task's assignments, in clause order),
            ``clause_start``/``clause_end`` (span of ``clause`` in Document.text; None
            when it cannot be located there).
            ``start``/``end`` are the span of the mention itself (records.Source).

Determinism: ``canonical`` re-inserts nodes and edges in sorted order, so two builds of the
same plans are equal node for node and edge for edge, whatever order plans came in.

>>> from respgraph.records import *
>>> doc = Document(path="p.txt", format="txt", encoding="utf-8", raw_text="", text="治理黑臭水体（责任单位：区环保局）")
>>> task = Task(plan_id="p", task_id="p:001", seq=1, number="1", title="治理黑臭水体", section=[],
...             campaign=None, text=doc.text, span=Span(0, 17))
>>> plan = ExtractedPlan(PlanMeta("p", "p.txt", jurisdiction="渝水区"), [task], [], [], doc)
>>> a = Agency("渝水区/生态环境局", "渝水区生态环境局", "渝水区", ["生态环境"])
>>> asg = Assignment(a.name, a.agency_id, "区环保局", "lead", "first_listed", [], Source("p.txt", 6, 16, "责任单位：区环保局"))
>>> G = build_graph([ResolvedPlan(plan, {"p:001": [asg]}, {a.agency_id: a})])
>>> G.edges["agency:渝水区/生态环境局", "task:p:001", "LEADS"]["mention"]
'区环保局'
>>> count_by_type(G)["nodes"]["Function"]
1
"""

from __future__ import annotations

from respgraph.graph.build import add_plan, build_graph, remove_plan, settle_agency_names
from respgraph.graph.order import canonical, count_by_type, plan_ids
from respgraph.graph.places import settle_jurisdictions, settle_successors
from respgraph.graph.tables import (
    AGENCY_COLUMNS,
    ASSIGNMENT_COLUMNS,
    FUNCTION_COLUMNS,
    PLAN_COLUMNS,
    TASK_COLUMNS,
    agencies_frame,
    agency_columns,
    assignment_columns,
    assignments_frame,
    flat_frame,
    flat_value,
    functions_frame,
    plans_frame,
    task_columns,
    tasks_frame,
)
# the model's names, importable from here as before the split
from respgraph.model import EDGE_TYPES, NODE_TYPES, ROLE_EDGE, agency_node, campaign_node, function_node
from respgraph.model import jurisdiction_node, plan_node, task_node

__all__ = [
    "build_graph",
    "add_plan",
    "remove_plan",
    "settle_agency_names",
    "canonical",
    "count_by_type",
    "plan_ids",
]
