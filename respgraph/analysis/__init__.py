"""Analyses of the responsibility graph: plain functions over the ``nx.MultiDiGraph`` of
``respgraph.model`` returning pandas DataFrames (or networkx graphs), like networkx itself.

* ``respgraph.analysis.workload``: workload, overload, lead concentration, support-only
  agencies, tasks without lead, shared leads, deadline crunch;
* ``respgraph.analysis.network``: coordination graph/digraph, centrality metrics,
  breadth–depth matrix;
* ``respgraph.analysis.overlap``: similar tasks across plans, lead disagreements, plan
  overlap, campaign coverage, vertical alignment;
* ``respgraph.analysis.similarity``: character n-gram TF-IDF task similarity (blocked top-k).

What each number means: docs/analyses.md. Submodules import pandas/scipy/sklearn lazily,
so importing this package is cheap.
"""

from __future__ import annotations

__all__ = ["workload", "network", "overlap", "similarity"]
