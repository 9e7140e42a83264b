"""The graphs a view draws, built from what ``views.select_view`` chose: a task graph (the
tasks with the campaigns and plan above them and their agencies), folded into counts per
campaign when too large; an agency graph (network: agencies joined by shared tasks;
overload: agencies to the plans their load comes from), trimmed to the busiest when too large.
Every graph is new, its nodes and edges keeping the build's attributes (``respgraph.model``),
in an order that does not depend on the hash seed, so a page is the same from run to run.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from respgraph.model import plan_node
from respgraph.plural import counted

if TYPE_CHECKING:  # pragma: no cover
    from respgraph.viz.views import View

#: An agency-level view (network, overload) draws at most LARGE_VIEW_NODES × this many edges.
EDGES_PER_NODE = 3

RESP_TYPES = ("LEADS", "SUPPORTS")
CONTAINS_TYPES = ("HAS_CAMPAIGN", "HAS_TASK")


def containers(graph, node: str) -> list[str]:
    """Campaigns and plan above a node (following HAS_TASK / HAS_CAMPAIGN backwards)."""
    out, stack, seen = [], [node], {node}
    while stack:
        n = stack.pop()
        for p, _, d in graph.in_edges(n, data=True):
            if d.get("type") in CONTAINS_TYPES and p not in seen:
                seen.add(p)
                out.append(p)
                stack.append(p)
    return out


def _copy_node(dst, graph, n: str) -> None:
    """Node ``n`` of ``graph`` into ``dst`` with its attributes."""
    dst.add_node(n, **graph.nodes[n])


def task_graph(graph, tasks: set[str], resp, *, keep_plans=(), keep_campaigns=(), keep_agencies=()):
    """The ``tasks`` with the campaigns and plan above each, the nodes a filter named (kept even
    with no task left), the agencies of the responsibility edges ``resp`` (a, task, key, data)
    and the containment edges among all of them."""
    import networkx as nx

    sub = nx.MultiDiGraph()
    for t in sorted(tasks):  # a set's order varies with the hash seed, and so would the page
        _copy_node(sub, graph, t)
        for c in containers(graph, t):
            _copy_node(sub, graph, c)
    for n in (*keep_plans, *keep_campaigns, *keep_agencies):
        _copy_node(sub, graph, n)
        for c in containers(graph, n):
            _copy_node(sub, graph, c)
    for a, t, k, d in resp:
        if t in tasks:
            _copy_node(sub, graph, a)
            sub.add_edge(a, t, key=k, **d)
    for u, v, k, d in graph.subgraph(list(sub.nodes)).edges(keys=True, data=True):
        if d.get("type") in CONTAINS_TYPES:
            sub.add_edge(u, v, key=k, **d)
    return sub


def fold_tasks(graph, sub):
    """Replace tasks by counts: agency -LEADS/SUPPORTS(count)-> campaign (or a per-plan group)."""
    import networkx as nx

    out = nx.MultiDiGraph()
    home: dict[str, str] = {}
    for t, d in sub.nodes(data=True):
        if d.get("type") != "Task":
            out.add_node(t, **d)
            continue
        cont = [p for p, _, e in sub.in_edges(t, data=True) if e.get("type") == "HAS_TASK" and sub.nodes[p].get("type") == "Campaign"]
        if cont:
            home[t] = cont[0]
        else:
            pid = d.get("plan_id")
            grp = f"taskgroup:{pid}"
            if grp not in out:
                out.add_node(grp, type="TaskGroup", name="未归入攻坚战的任务", plan_id=pid, n_tasks=0)
                if plan_node(pid) in sub:
                    out.add_edge(plan_node(pid), grp, key="HAS_TASK", type="HAS_TASK")
            home[t] = grp
    n_tasks = Counter(home.values())
    for h, n in n_tasks.items():
        out.nodes[h]["n_tasks"] = n
    counts: dict[tuple[str, str, str], int] = defaultdict(int)
    bases: dict[tuple[str, str, str], set] = defaultdict(set)
    for a, t, k, d in sub.edges(keys=True, data=True):
        if d.get("type") in RESP_TYPES and t in home:
            counts[(a, home[t], d["type"])] += 1
            bases[(a, home[t], d["type"])].add(d.get("basis"))
        elif d.get("type") == "HAS_CAMPAIGN":
            out.add_edge(a, t, key=k, **d)
    for (a, h, typ), n in counts.items():
        basis = "suggested" if bases[(a, h, typ)] == {"suggested"} else "stated"
        out.add_edge(a, h, key=typ, type=typ, count=n, basis=basis)
    return out


def trim_agency_graph(v: View, loads: dict[str, float], max_nodes: int):
    """Keep a large network/overload view drawable: the busiest agencies, then (overload) the
    plans most of their load comes from, within ``max_nodes`` nodes, and the heaviest
    ``max_nodes * EDGES_PER_NODE`` edges. Says in a note what was left out."""
    g = v.graph
    n_all, e_all = g.number_of_nodes(), g.number_of_edges()
    agencies = sorted((n for n in g if g.nodes[n].get("type") == "Agency"), key=lambda n: (-loads.get(n, 0), n))
    plans = [n for n in g if g.nodes[n].get("type") == "Plan"]
    n_ag = min(len(agencies), max_nodes if not plans else max_nodes // 2)
    keep = set(agencies[:n_ag])
    if plans:
        weight: Counter = Counter()
        for a, p, d in g.edges(data=True):
            if a in keep:
                weight[p] += d.get("count", 1)
        keep |= {p for p, _ in sorted(weight.items(), key=lambda x: (-x[1], x[0]))[: max_nodes - n_ag]}
    sub = g.subgraph(keep)
    max_edges = max_nodes * EDGES_PER_NODE
    edges = sorted(sub.edges(keys=True, data=True), key=lambda e: (-e[3].get("count", 1), e[0], e[1], e[2]))[:max_edges]
    out = type(g)()
    out.add_nodes_from((n, g.nodes[n]) for n in sorted(keep))
    out.add_edges_from((a, b, k, d) for a, b, k, d in edges)
    v.notes.append(
        f"共 {n_all} 个节点、{e_all} 条连线，超过上限：只显示负荷最重的 {n_ag} 个单位"
        + (f"及其主要所属的 {out.number_of_nodes() - n_ag} 个规划" if plans else "")
        + f"，{out.number_of_edges()} 条最重的连线。"
        f" {n_all} nodes and {e_all} edges are more than a browser draws smoothly: showing the {counted(n_ag, 'busiest agency')}"
        + (f", the {counted(out.number_of_nodes() - n_ag, 'plan')} most of their load comes from" if plans else "")
        + f" and the {out.number_of_edges()} heaviest edges; filter with --plan or --function to see the rest."
    )
    return out


def agency_graph(graph, view: str, resp, loads: dict[str, float]):
    """network: agencies joined by shared tasks; overload: agencies → plans with task counts."""
    import networkx as nx

    out = nx.MultiDiGraph()
    by_task: dict[str, dict[str, str]] = defaultdict(dict)
    for a, t, k, d in resp:
        # an agency that leads and supports the same task counts once, as lead
        if by_task[t].get(a) != "LEADS":
            by_task[t][a] = d["type"]
    for t, ags in by_task.items():
        for a in ags:
            if a not in out:
                _copy_node(out, graph, a)
    if view == "network":
        shared: Counter = Counter()
        for t, ags in by_task.items():
            names = sorted(ags)
            for i, a in enumerate(names):
                for b in names[i + 1 :]:
                    shared[(a, b)] += 1
        for (a, b), n in shared.items():
            out.add_edge(a, b, key="COORDINATES", type="COORDINATES", count=n)
        return out
    per_plan: Counter = Counter()
    for t, ags in by_task.items():
        pid = graph.nodes[t].get("plan_id")
        for a, typ in ags.items():
            per_plan[(a, plan_node(pid), typ)] += 1
    for (a, p, typ), n in per_plan.items():
        if p in graph and p not in out:
            _copy_node(out, graph, p)
        if p in out:
            out.add_edge(a, p, key=typ, type=typ, count=n, basis="stated")
    return out
