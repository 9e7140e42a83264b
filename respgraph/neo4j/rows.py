"""A graph's nodes and edges as the rows a Neo4j load or import writes: per label
``{"id", "props"}``, per (type, start label, end label) ``{"src", "dst", "key", "props"}``,
sorted so that batches (and CSV files) are the same from run to run, with every value one
Neo4j can store (``neo4j_value``). ``load`` MERGEs them over Bolt, ``admin_csv`` writes
them for ``neo4j-admin``: both hold exactly these rows.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("task:p:001", type="Task", task_id="p:001", seq=1, flags=[])
>>> node_rows(g)["Task"]
[{'id': 'task:p:001', 'props': {'task_id': 'p:001', 'seq': 1, 'flags': []}}]
"""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING, Any

from respgraph.model import EDGE_TYPES, NODE_TYPES

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

#: Node attributes that are the label itself, not properties.
_SKIP_ATTRS = {"type"}


def neo4j_value(v: Any) -> Any:
    """A value Neo4j can store as a property, or None to leave the property out.

    Neo4j properties are scalars or homogeneous lists of scalars, never null or maps:
    None is dropped, a dict becomes JSON text, a list drops its Nones and becomes a list of
    text when its items are of mixed types. NaN floats are dropped.

    >>> neo4j_value(["a", None, "b"]), neo4j_value([2021, "2022"]), neo4j_value({"k": 1})
    (['a', 'b'], ['2021', '2022'], '{"k": 1}')
    """
    t = type(v)
    if t is str or t is int or t is bool:  # the common case, first (this runs per value)
        return v
    if (t is list or t is tuple) and all(type(x) is str for x in v):
        return list(v)
    if v is None:
        return None
    if hasattr(v, "item") and not isinstance(v, (list, tuple, str, bytes)):  # numpy scalars
        v = v.item()
    if isinstance(v, bool) or isinstance(v, (int, str)):
        return v
    if isinstance(v, float):
        return None if math.isnan(v) else v
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False, sort_keys=True, default=str)
    if isinstance(v, (list, tuple, set, frozenset)):
        items = [neo4j_value(x) for x in (sorted(v, key=str) if isinstance(v, (set, frozenset)) else v)]
        items = [x for x in items if x is not None]
        kinds = {bool if isinstance(x, bool) else int if isinstance(x, int) else float if isinstance(x, float)
                 else str for x in items}
        if kinds == {int, float}:
            return [float(x) for x in items]
        if len(kinds) > 1 or any(isinstance(x, list) for x in items):
            return [x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in items]
        return items
    return str(v)


def properties(attrs: dict) -> dict:
    """The storable properties of a node or edge attribute dict (``type`` left out)."""
    out = {}
    for k, v in attrs.items():
        if k in _SKIP_ATTRS:
            continue
        v = neo4j_value(v)
        if v is not None:
            out[k if type(k) is str else str(k)] = v
    return out


def node_rows(graph: "nx.MultiDiGraph") -> dict[str, list[dict]]:
    """Label -> ``[{"id": node id, "props": {...}}]``, sorted by id (so batches are stable).

    A node whose ``type`` is not a model label is an error, not silently dropped."""
    rows: dict[str, list[dict]] = {label: [] for label in NODE_TYPES}
    for n, d in graph.nodes(data=True):
        label = d.get("type")
        if label not in rows:
            raise ValueError(f"node {n!r} has type {label!r}, not one of {NODE_TYPES}")
        rows[label].append({"id": str(n), "props": properties(d)})
    for label in rows:
        rows[label].sort(key=lambda r: r["id"])
    return {k: v for k, v in rows.items() if v}


def rel_rows(graph: "nx.MultiDiGraph") -> dict[tuple[str, str, str], list[dict]]:
    """(type, start label, end label) -> ``[{"src", "dst", "key", "props"}]``, sorted."""
    ntype = dict(graph.nodes(data="type"))
    rows: dict[tuple[str, str, str], list[dict]] = {}
    for u, v, k, d in graph.edges(keys=True, data=True):
        etype = d.get("type", k)
        if etype not in EDGE_TYPES:
            raise ValueError(f"edge {u!r} -> {v!r} has type {etype!r}, not one of {EDGE_TYPES}")
        group = (etype, ntype.get(u), ntype.get(v))
        rows.setdefault(group, []).append({"src": str(u), "dst": str(v), "key": str(k), "props": properties(d)})
    order = {t: i for i, t in enumerate(EDGE_TYPES)}
    return {g: sorted(rows[g], key=lambda r: (r["src"], r["dst"], r["key"]))
            for g in sorted(rows, key=lambda g: (order[g[0]], str(g[1]), str(g[2])))}
