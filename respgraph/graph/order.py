"""Order and counts: ``canonical`` re-inserts a graph's nodes and edges in sorted order (so two
builds of the same plans are equal node for node, edge for edge); ``count_by_type`` and
``plan_ids``.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from respgraph.gcpolicy import paused_gc
from respgraph.model import EDGE_TYPES, NODE_TYPES

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx


def canonical(G: "nx.MultiDiGraph", *, consume: bool = False) -> "nx.MultiDiGraph":
    """A copy of ``G`` with nodes and edges inserted in sorted order (ids, then edge keys).

    ``consume=True`` empties ``G`` while copying, so the two graphs never coexist in full
    (networkx copies every attribute dict): at 10,000 plans that is gigabytes of peak memory.

    >>> import networkx as nx
    >>> g = nx.MultiDiGraph(); g.add_edge("b", "a", key="X", w=1); g.add_node("c")
    'X'
    >>> h = canonical(g, consume=True)
    >>> list(h.nodes), list(h.edges(keys=True, data=True)), g.number_of_nodes()
    (['a', 'b', 'c'], [('b', 'a', 'X', {'w': 1})], 0)
    """
    import networkx as nx

    with paused_gc():
        H = nx.MultiDiGraph()
        H.graph.update(sorted(G.graph.items()))
        nodes = sorted(G.nodes(data=True), key=lambda x: x[0])
        if consume and type(G) is nx.MultiDiGraph:
            # Hand G's own attribute dicts to H in sorted order: nothing is copied, and H's
            # adjacency is exactly what inserting the sorted nodes then edges would build.
            _adopt_sorted(H, G, nodes)
            G.clear()
            return H
        edges = sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
        if not consume:
            H.add_nodes_from(nodes)
            H.add_edges_from(edges)
            return H
        G.clear()  # the attribute dicts live on in the two lists until copied
        for items, add in ((nodes, H.add_nodes_from), (edges, H.add_edges_from)):
            step = 20_000
            for i in range(0, len(items), step):
                add(items[i : i + step])
                items[i : i + step] = [None] * len(items[i : i + step])  # let the old dicts go
    return H


def _adopt_sorted(H: "nx.MultiDiGraph", G: "nx.MultiDiGraph", nodes: list[tuple[str, dict]]) -> None:
    """Fill the empty ``H`` with ``G``'s nodes and edges (the same attribute dicts) in
    canonical order: ``nodes`` is ``G``'s (node, dict) list sorted by node; successors of each
    node sorted, edge keys sorted; each node's predecessors in sorted order (as
    ``add_edges_from`` of the sorted edges inserts them). ``G`` must be cleared afterwards."""
    succ, pred = G._succ, G._pred
    new_node = {n: d for n, d in nodes}
    new_succ: dict[Any, dict] = {n: {} for n in new_node}
    new_pred: dict[Any, dict] = {n: {} for n in new_node}
    for u in new_node:
        nbrs = succ[u]
        out = new_succ[u]
        for v in sorted(nbrs) if len(nbrs) > 1 else nbrs:
            keydict = nbrs[v]
            if len(keydict) > 1:
                keydict = {k: keydict[k] for k in sorted(keydict)}
            out[v] = keydict
            new_pred[v][u] = keydict
    del pred
    H._node = new_node
    H._adj = new_succ  # networkx's setter makes this _succ too and resets its cached views
    H._pred = new_pred


def count_by_type(G: "nx.MultiDiGraph") -> dict[str, dict[str, int]]:
    """Node and edge counts per type, every type of the model listed (zeros included).

    >>> import networkx as nx
    >>> count_by_type(nx.MultiDiGraph())["edges"]["LEADS"]
    0
    """
    nodes = Counter(d.get("type") for _, d in G.nodes(data=True))
    edges = Counter(d.get("type") for _, _, d in G.edges(data=True))
    return {
        "nodes": {t: nodes.get(t, 0) for t in NODE_TYPES},
        "edges": {t: edges.get(t, 0) for t in EDGE_TYPES},
    }


def plan_ids(G: "nx.MultiDiGraph") -> list[str]:
    """The plan ids in the graph, sorted."""
    return sorted(d["plan_id"] for _, d in G.nodes(data=True) if d.get("type") == "Plan")
