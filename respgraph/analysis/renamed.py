"""Bodies a reform renamed, counted with the bodies that took their work over: one graph in, one
graph out, the way ``networkx.contracted_nodes`` merges two nodes.

A build of plans of several years names one body under its old name and its new one: a 2016
plan's 市环保局 is the 环境保护局, a 2020 plan's 市生态环境局 the body the 2018 reform made of it.
The build keeps them apart (each plan named its body of its time) and links the old one to the
new one (the Agency attribute ``successor``, ``respgraph.graph.places.settle_successors``).
``fold_renamed_bodies`` gives the graph in which each such body stands as its last successor:
every analysis, export and view that counts or pairs bodies reads that graph when asked to fold
(``fold_renamed=True``, ``--fold-renamed``), so they all fold the same way.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> for t, p in (("task:p16:001", "p16"), ("task:p16:002", "p16"), ("task:p20:001", "p20")):
...     g.add_node(t, type="Task", task_id=t[5:], plan_id=p)
>>> g.add_node("agency:甲市/环境保护局", type="Agency", agency_id="甲市/环境保护局", name="甲市环境保护局",
...            functions=["生态环境"], aliases=["市环保局"], plans=["p16"], successor="甲市/生态环境局")
>>> g.add_node("agency:甲市/生态环境局", type="Agency", agency_id="甲市/生态环境局", name="甲市生态环境局",
...            functions=["生态环境"], aliases=["市生态环境局"], plans=["p20"])
>>> def named(a, t, k, mention, plan):
...     return g.add_edge(a, t, key=k, type=k, basis="explicit", mention=mention, plan_id=plan, agency_id=a[7:])
>>> _ = named("agency:甲市/环境保护局", "task:p16:001", "LEADS", "市环保局", "p16")
>>> _ = named("agency:甲市/环境保护局", "task:p16:002", "SUPPORTS", "市环保局", "p16")
>>> _ = named("agency:甲市/生态环境局", "task:p20:001", "LEADS", "市生态环境局", "p20")
>>> f = fold_renamed_bodies(g)
>>> sorted((t, k) for _, t, k in f.out_edges("agency:甲市/生态环境局", keys=True))
[('task:p16:001', 'LEADS'), ('task:p16:002', 'SUPPORTS'), ('task:p20:001', 'LEADS')]
>>> eco = f.nodes["agency:甲市/生态环境局"]
>>> eco["renamed"], eco["renamed_ids"], eco["aliases"], "agency:甲市/环境保护局" in f
(['甲市环境保护局'], ['甲市/环境保护局'], ['市环保局', '市生态环境局'], False)
>>> e = f.edges["agency:甲市/生态环境局", "task:p16:001", "LEADS"]   # the mention as written, where it came from
>>> e["mention"], e["agency_id"], e["folded_from"]
('市环保局', '甲市/生态环境局', '甲市/环境保护局')
>>> renamed_by_plan(f)
{'agency:甲市/生态环境局': {'p16': {'甲市/环境保护局'}}}
>>> "agency:甲市/环境保护局" in g, fold_renamed_bodies(f) is f   # the graph given is left as it was; folding twice is once
(True, True)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from respgraph.analysis._graph import ROLE_EDGES, bases

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

#: Agency attributes that name other agencies by id, and so name a folded body's heir after the fold.
_ID_ATTRS = ("parent", "successors")


def last_successor(graph: "nx.MultiDiGraph", node: str) -> str:
    """The agency node that took over the work of ``node``: its ``successor`` link followed to the
    last body the graph holds (三台县/环境保护局 -> 三台县/生态环境局); ``node`` itself when none."""
    from respgraph.model import agency_node

    seen = {node}
    while (heir := graph._node.get(node, {}).get("successor")) and agency_node(heir) in graph and agency_node(heir) not in seen:
        node = agency_node(heir)
        seen.add(node)
    return node


def renamed_bodies(graph: "nx.MultiDiGraph") -> dict[str, str]:
    """Agency node of a body a reform renamed -> the node of its last successor in the graph
    (``last_successor``); only the bodies that have one."""
    out = {}
    for n, d in graph._node.items():
        if d.get("type") == "Agency" and d.get("successor"):
            heir = last_successor(graph, n)
            if heir != n:
                out[n] = heir
    return out


def fold_renamed_bodies(graph: "nx.MultiDiGraph") -> "nx.MultiDiGraph":
    """A copy of ``graph`` in which every body a reform renamed is its last successor (see the
    module docstring for an example): its LEADS and SUPPORTS edges move to the successor, each
    keeping its mention as written, its clause and spans, with ``agency_id`` the successor's and
    ``folded_from`` the old body's id; a task both name in one role is the successor's edge, its
    ``occurrences`` counting both. The old node goes; the successor keeps its own name and
    functions and takes the old one's ``aliases`` (so 市环保局 finds it) and ``plans``, and lists
    the bodies folded into it: ``renamed`` (their names), ``renamed_ids`` and ``renamed_glosses``
    (the English glosses of their functions), in id order. Other agencies' ``parent`` and
    ``successors`` naming a folded body name its successor.

    ``graph`` itself is returned when no body has a successor in it (nothing to fold, nothing
    copied), so folding a folded graph costs one pass over its nodes. The copy is of the graph's
    structure (``_shared_copy``): what the fold does not change keeps the graph's own attribute
    dicts, as a networkx view does, so that it costs a fraction of ``graph.copy()`` (1.4 s of
    300 synthetic plans' 69,000 edges): read it, and change attributes on a ``copy()`` of it. The
    fold itself changes only dicts it made its own (the successor's node, an edge it merges into,
    an agency whose parent or successors it renames), so ``graph`` is never changed."""
    heirs = renamed_bodies(graph)
    if not heirs:
        return graph
    folded = _shared_copy(graph)
    nodes = folded._node
    for heir in set(heirs.values()):
        nodes[heir] = dict(nodes[heir])  # (changed below: its own dict, the build's stays as it was)
    glosses = {d.get("code", n): d.get("gloss") or "" for n, d in nodes.items() if d.get("type") == "Function"}
    for old, heir in sorted(heirs.items()):
        od, hd = nodes[old], nodes[heir]
        for task, keys in list(folded._succ[old].items()):
            for key, d in keys.items():
                if key not in ROLE_EDGES:
                    continue  # HAS_FUNCTION, IN: the successor has its own
                mine = folded._succ[heir].get(task, {}).get(key)
                if mine is not None:  # named twice on the task: counted once, as build counts a body named twice
                    mine = folded._succ[heir][task][key] = dict(mine)  # (the keydict is the pred side's too)
                    mine["occurrences"] = mine.get("occurrences", 1) + d.get("occurrences", 1)
                    continue
                folded.add_edge(heir, task, key=key, **{**d, "agency_id": hd.get("agency_id", heir),
                                                         "folded_from": od.get("agency_id", old)})
        _record(hd, od, old, glosses)
        folded.remove_node(old)
    moved = {graph._node[o].get("agency_id", o): nodes[h].get("agency_id", h) for o, h in heirs.items()}
    for n, d in list(nodes.items()):
        if d.get("type") == "Agency" and (new := _renamed_ids_in(d, moved)) is not None:
            nodes[n] = new
    return folded


def _shared_copy(graph: "nx.MultiDiGraph") -> "nx.MultiDiGraph":
    """A new graph of ``graph``'s class with its own adjacency (nodes and edges can be added and
    removed without touching ``graph``) and ``graph``'s node and edge attribute dicts."""
    new = graph.__class__()
    new.graph.update(graph.graph)
    new._node.update(graph._node)
    succ, pred = new._succ, new._pred
    for u, nbrs in graph._succ.items():
        succ[u] = {v: dict(keys) for v, keys in nbrs.items()}
    for v, nbrs in graph._pred.items():
        pred[v] = {u: succ[u][v] for u in nbrs}  # one keydict per edge, as networkx keeps it
    return new


def _record(heir: dict, old: dict, old_node: str, glosses: dict[str, str]) -> None:
    """Add the folded body ``old`` to its successor's ``renamed`` lists (kept in id order), aliases
    and plans."""
    oid = old.get("agency_id", old_node)
    rows = sorted({*zip(heir.get("renamed_ids", []), heir.get("renamed", []), heir.get("renamed_glosses", [])),
                   (oid, old.get("name", oid), "; ".join(glosses.get(c) or c for c in old.get("functions") or []))})
    heir["renamed_ids"], heir["renamed"], heir["renamed_glosses"] = (list(col) for col in zip(*rows))
    for attr in ("aliases", "plans"):
        if heir.get(attr) is not None or old.get(attr):
            heir[attr] = sorted(set(heir.get(attr) or []) | set(old.get(attr) or []))


def _renamed_ids_in(d: dict, moved: dict[str, str]) -> dict | None:
    """A new attribute dict for an agency whose ``parent`` / ``successors`` name a folded body,
    naming its successor instead; None when they name none."""
    out = None
    for attr in _ID_ATTRS:
        v = d.get(attr)
        if isinstance(v, str) and v in moved:
            out = out or dict(d)
            out[attr] = moved[v]
        elif isinstance(v, list) and any(x in moved for x in v):
            out = out or dict(d)
            out[attr] = list(dict.fromkeys(moved.get(x, x) for x in v))
    return out


def folded_if(graph: "nx.MultiDiGraph", fold_renamed: bool) -> "nx.MultiDiGraph":
    """``fold_renamed_bodies(graph)`` when ``fold_renamed``, else ``graph``: the first line of every
    analysis that takes the option."""
    return fold_renamed_bodies(graph) if fold_renamed else graph


def renamed_by_plan(graph: "nx.MultiDiGraph", *, include_suggested: bool = False) -> dict[str, dict[str, set[str]]]:
    """For a folded graph: agency node -> plan id -> the ids of the bodies folded into it whose
    assignments of that plan it carries (by the bases an analysis counts). Only the successors'
    own edges are read."""
    allowed = set(bases(include_suggested))
    out: dict[str, dict[str, set[str]]] = {}
    for n, d in graph._node.items():
        if not d.get("renamed_ids"):
            continue
        for keys in graph._succ[n].values():
            for k, e in keys.items():
                if k in ROLE_EDGES and e.get("folded_from") and e.get("basis") in allowed:
                    out.setdefault(n, {}).setdefault(e.get("plan_id"), set()).add(e["folded_from"])
    return out


def renamed_names(graph: "nx.MultiDiGraph", node: str, by_plan: dict[str, dict[str, set[str]]],
                  plans: Iterable[str] | None = None) -> list[str]:
    """The names of the bodies folded into ``node`` whose assignments of ``plans`` (all plans when
    None) it carries (``by_plan``: ``renamed_by_plan``), in id order: a table's ``renamed`` cell."""
    if node not in by_plan:  # (most rows: a body nothing was folded into)
        return []
    ids = _ids_of(node, by_plan, plans)
    d = graph._node.get(node, {})
    name = dict(zip(d.get("renamed_ids") or [], d.get("renamed") or []))
    return [name.get(i, i) for i in sorted(ids)]


def renamed_ids(node: str, by_plan: dict[str, dict[str, set[str]]], plans: Iterable[str] | None = None) -> list[str]:
    """``renamed_names``' bodies by id (a table's ``renamed_ids`` cell, to join on)."""
    return sorted(_ids_of(node, by_plan, plans)) if node in by_plan else []


def _ids_of(node: str, by_plan: dict[str, dict[str, set[str]]], plans: Iterable[str] | None) -> set[str]:
    per = by_plan.get(node, {})
    return set().union(*(per.values() if plans is None else (per.get(p, set()) for p in plans)))


def renamed_label(d: dict) -> str:
    """What a page says of the bodies folded into an agency (its node attributes ``d``), each by
    its name with the English gloss of its functions, as pages name functions:
    ``台州市大数据局 (big data)``; empty when none.

    >>> renamed_label({"renamed": ["甲市环境保护局"], "renamed_glosses": ["ecology and environment"]})
    '甲市环境保护局 (ecology and environment)'
    """
    return "、".join(f"{n} ({g})" if g else n for n, g in zip(d.get("renamed") or [], d.get("renamed_glosses") or []))
