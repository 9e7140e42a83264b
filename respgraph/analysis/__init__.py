"""Analyses of the responsibility graph: plain functions over the ``nx.MultiDiGraph`` of
``respgraph.model`` returning pandas DataFrames (or networkx graphs), like networkx itself.

* ``respgraph.analysis.workload``: workload, overload, lead concentration, support-only
  agencies, tasks without lead, shared leads, deadline crunch;
* ``respgraph.analysis.network``: coordination graph/digraph, centrality metrics,
  breadth–depth matrix;
* ``respgraph.analysis.overlap``: similar tasks across plans, lead disagreements, plan
  overlap, campaign coverage, vertical alignment;
* ``respgraph.analysis.similarity``: character n-gram TF-IDF task similarity (blocked top-k);
* ``respgraph.analysis.agency``: one agency found by any name a plan writes for it, and its
  profile (functions, tasks with their clauses, partners, workload and overload):
  ``agency_profile(graph, name)``, also importable from this package;
* ``respgraph.analysis.tasks``: the task table filtered by agency, role, plan, missing lead,
  text, campaign and deadline, with provenance.

What each number means: docs/analyses.md. Submodules import pandas/scipy/sklearn lazily,
so importing this package is cheap.
"""

from __future__ import annotations

__all__ = ["workload", "network", "overlap", "similarity", "agency", "tasks", "agency_profile", "find_agency"]


def __getattr__(name: str):
    # the two entry points of the agency module, without importing it (or pandas) up front
    if name in ("agency_profile", "find_agency"):
        from respgraph.analysis import agency

        return getattr(agency, name)
    raise AttributeError(name)
