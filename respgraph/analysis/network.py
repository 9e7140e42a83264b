"""The coordination network: agencies linked by the tasks they share.

* ``coordination_graph``: undirected agency–agency projection of the agency–task graph;
  two agencies are linked when they are named on the same task (any role), ``weight`` =
  number of shared tasks.
* ``coordination_digraph``: directed ``supporter -> lead``; ``weight`` = number of tasks on
  which the first supports and the second leads.
* ``coordination_pairs``: those links as rows, with the tasks behind each weight; by agency
  or by function (a partnership recurring across places);
* ``network_metrics``: degree, weighted degree, betweenness, eigenvector centrality,
  Louvain community and a broker score per agency.
* ``breadth_depth``: the breadth–depth matrix of Cheng et al. (Healthcare 2022, 10(3):590).

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> for t in ("t1", "t2"):
...     g.add_node(t, type="Task", task_id=t, plan_id="p")
>>> for a in ("A", "B", "C"):
...     g.add_node(a, type="Agency", agency_id=a, name=a)
>>> for a, t, k in [("A", "t1", "LEADS"), ("B", "t1", "SUPPORTS"), ("A", "t2", "LEADS"), ("C", "t2", "SUPPORTS")]:
...     _ = g.add_edge(a, t, key=k, type=k, basis="explicit")
>>> sorted(coordination_graph(g).edges(data="weight"))
[('A', 'B', 1), ('A', 'C', 1)]
>>> sorted(coordination_digraph(g).edges(data="weight"))
[('B', 'A', 1), ('C', 'A', 1)]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from respgraph.analysis._graph import assignments, function_glosses, function_names, functions, with_agency_ids
from respgraph.analysis.renamed import folded_if

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import pandas as pd

#: Up to this many agencies betweenness is exact; above, it is estimated from
#: BETWEENNESS_SAMPLES source nodes drawn with a fixed seed (same answer every run).
EXACT_BETWEENNESS_MAX_NODES = 2000
BETWEENNESS_SAMPLES = 500
SEED = 42


def _incidence(a: "pd.DataFrame"):
    """Sparse agency × task incidence matrix (0/1) and the agency/task labels."""
    import numpy as np
    import pandas as pd
    from scipy import sparse

    pairs = a[["agency", "task"]].drop_duplicates()
    ag_codes, ag_labels = pd.factorize(pairs["agency"])
    tk_codes, tk_labels = pd.factorize(pairs["task"])
    m = sparse.csr_matrix((np.ones(len(pairs), dtype=np.int32), (ag_codes, tk_codes)),
                          shape=(len(ag_labels), len(tk_labels)))
    return m, list(ag_labels), list(tk_labels)


def _add_agency_nodes(g, graph, a: "pd.DataFrame", renamed: "dict[str, tuple[list, list]] | None" = None) -> None:
    """An agency node per agency of ``a``, with its tasks and tasks led; ``renamed`` (a folded
    graph's: node -> (names, ids) of the bodies folded into it that ``a`` counts) adds them."""
    led = a[a["role"] == "lead"].groupby("agency")["task"].nunique()
    allt = a.groupby("agency")["task"].nunique()
    for ag in allt.index:
        d = graph.nodes[ag] if ag in graph else {}
        extra = {} if renamed is None else dict(zip(("renamed", "renamed_ids"), renamed.get(ag, ([], []))))
        g.add_node(ag, name=d.get("name", ag), functions=list(d.get("functions") or []), kind=d.get("kind", "agency"),
                   tasks=int(allt[ag]), tasks_led=int(led.get(ag, 0)), **extra)


def _renamed_in(graph: "nx.MultiDiGraph", a: "pd.DataFrame", include_suggested: bool) -> dict[str, tuple[list, list]]:
    """Per agency node of a folded graph's ``assignments`` rows ``a``, the names and ids of the
    bodies folded into it whose tasks of ``a``'s plans it counts (``renamed.renamed_names``)."""
    from respgraph.analysis.renamed import renamed_by_plan, renamed_ids, renamed_names

    by_plan = renamed_by_plan(graph, include_suggested=include_suggested)
    plans = set(a["plan_id"])
    return {n: (renamed_names(graph, n, by_plan, plans), renamed_ids(n, by_plan, plans)) for n in by_plan}


def coordination_graph(graph: "nx.MultiDiGraph", *, plan: str | None = None, include_collectives: bool = True,
                       include_suggested: bool = False, min_weight: int = 1, year: int | None = None,
                       fold_renamed: bool = False) -> "nx.Graph":
    """Agency–agency projection: an edge when two agencies share at least ``min_weight`` tasks,
    ``weight`` = number of shared tasks. Nodes carry name, functions, kind, tasks, tasks_led.
    Computed as the sparse product B·Bᵀ of the agency × task incidence matrix, so it scales
    to millions of assignments. ``year``: only the tasks of the plans of that year.
    ``fold_renamed``: a body a reform renamed is one node with the body that took its work over
    (``renamed.fold_renamed_bodies``, as ``workload``'s), a task named to both counted once; each
    node's ``renamed`` names the bodies folded into it, ``renamed_ids`` their ids."""
    import networkx as nx
    from scipy import sparse

    graph = folded_if(graph, fold_renamed)
    a = assignments(graph, plan=plan, include_collectives=include_collectives, include_suggested=include_suggested,
                    year=year)
    g = nx.Graph()
    _add_agency_nodes(g, graph, a, _renamed_in(graph, a, include_suggested) if fold_renamed else None)
    if a.empty:
        return g
    b, labels, _ = _incidence(a)
    co = sparse.triu(b @ b.T, k=1).tocoo()
    for i, j, w in zip(co.row, co.col, co.data):
        if w >= min_weight:
            g.add_edge(labels[i], labels[j], weight=int(w))
    return g


def coordination_pairs(graph: "nx.MultiDiGraph", *, plan: str | None = None, by: str = "agency",
                       include_collectives: bool = True, include_suggested: bool = False,
                       year: int | None = None, fold_renamed: bool = False) -> "pd.DataFrame":
    """Who works with whom: one row per pair named on the same tasks, the edges of
    ``coordination_graph`` with the tasks behind each weight, so a count can be checked.

    ``by="agency"``: columns key_a, key_b, agency_id_a, agency_id_b (the ids ``assignments()``
    gives them), name_a, name_b, shared_tasks, a_leads (tasks the
    first leads of those), b_leads, plans, tasks (task ids). ``by="function"``: the pair of
    functions (生态环境 + 公安), over agencies of every place, so that a partnership recurring in
    a city's plan and its districts' is one row: function_a, function_b, names_a/_b (function
    names), gloss_a/_b, shared_tasks, plans, tasks, agencies (as named). A task counts once per
    pair; agencies without a function are left out of ``by="function"``. Sorted by shared
    tasks, then plans, most first. ``year``: only the tasks of the plans of that year.
    ``fold_renamed`` (``renamed.fold_renamed_bodies``): a body a reform renamed is the body that
    took its work over, so that 市公安局 with the 2016 环保局 and with the 2020 生态环境局 is one
    pair; per agency, ``renamed_a`` / ``renamed_b`` name the bodies folded into each side whose
    tasks of the pair's plans it counts.
    """
    import pandas as pd

    if by not in ("agency", "function"):
        raise ValueError(f"by must be 'agency' or 'function', not {by!r}")
    graph = folded_if(graph, fold_renamed)
    a = assignments(graph, plan=plan, include_collectives=include_collectives, include_suggested=include_suggested,
                    year=year)
    a = a.assign(led=a["role"] == "lead").sort_values("led", ascending=False)
    if by == "agency":
        a = a.drop_duplicates(["task", "agency"]).rename(columns={"agency": "key"})
        cols = ["key_a", "key_b", "agency_id_a", "agency_id_b", "name_a", "name_b", "shared_tasks", "a_leads",
                "b_leads", "plans", "tasks"]
        left, right = a[["task", "task_id", "plan_id", "key", "name", "led"]], a[["task", "key", "name", "led"]]
    else:
        a = a.explode("functions").dropna(subset=["functions"]).rename(columns={"functions": "key"})
        cols = ["function_a", "function_b", "names_a", "names_b", "gloss_a", "gloss_b", "shared_tasks", "plans",
                "tasks", "agencies"]
        left = a[["task", "task_id", "plan_id", "key", "name"]]
        right = left[["task", "key", "name"]]
    if a.empty:
        return pd.DataFrame(columns=cols)
    m = left.merge(right, on="task", suffixes=("_a", "_b"))
    m = m[m["key_a"] < m["key_b"]]
    if m.empty:
        return pd.DataFrame(columns=cols)
    group = m.groupby(["key_a", "key_b"], sort=False)
    ordered = lambda s: sorted(set(s))  # noqa: E731  (task ids sort in document order within a plan)
    if by == "agency":
        per_task = m.drop_duplicates(["key_a", "key_b", "task"])
        out = per_task.groupby(["key_a", "key_b"], sort=False).agg(
            name_a=("name_a", "first"), name_b=("name_b", "first"), shared_tasks=("task", "size"),
            a_leads=("led_a", "sum"), b_leads=("led_b", "sum"), plans=("plan_id", ordered), tasks=("task_id", ordered))
    else:
        table = functions(graph)
        per_task = m.drop_duplicates(["key_a", "key_b", "task"])
        out = per_task.groupby(["key_a", "key_b"], sort=False).agg(
            shared_tasks=("task", "size"), plans=("plan_id", ordered), tasks=("task_id", ordered))
        out["agencies"] = group.apply(lambda d: ordered(list(d["name_a"]) + list(d["name_b"])), include_groups=False)
    out = out.reset_index().rename(columns={"key_a": cols[0], "key_b": cols[1]})
    if by == "function":
        _with_function_names(out, table)
    if by == "agency":
        out = with_agency_ids(graph, out, key_a="agency_id_a", key_b="agency_id_b")
        if fold_renamed:
            out = _pairs_renamed(graph, out, include_suggested)
            cols += ["renamed_a", "renamed_b"]
    out["_plans"] = out["plans"].map(len)
    out = out.sort_values(["shared_tasks", "_plans", cols[0], cols[1]], ascending=[False, False, True, True])
    return out[cols].reset_index(drop=True)


def _with_function_names(out: "pd.DataFrame", table: dict) -> None:
    """Function pairs ``out`` given each side's names and glosses (``names_a`` / ``gloss_a`` …)
    from the functions ``table``: a code the taxonomy lacks is its own name."""
    for side in ("a", "b"):
        codes = out[f"function_{side}"]
        out[f"names_{side}"] = [table.get(c, (c, ""))[0] for c in codes]
        out[f"gloss_{side}"] = [function_glosses([c], table) for c in codes]


def _pairs_renamed(graph, out: "pd.DataFrame", include_suggested: bool) -> "pd.DataFrame":
    """Agency pairs of a folded graph with ``renamed_a`` / ``renamed_b``: the names of the bodies
    folded into each side whose tasks of the pair's plans it counts."""
    from respgraph.analysis.renamed import renamed_by_plan, renamed_names

    by_plan = renamed_by_plan(graph, include_suggested=include_suggested)
    return out.assign(**{f"renamed_{s}": [renamed_names(graph, k, by_plan, p) for k, p in zip(out[f"key_{s}"], out["plans"])]
                         for s in "ab"})


def coordination_digraph(graph: "nx.MultiDiGraph", *, plan: str | None = None, include_collectives: bool = True,
                         include_suggested: bool = False, fold_renamed: bool = False) -> "nx.DiGraph":
    """Directed ``supporter -> lead`` graph: ``weight`` = tasks on which the source supports and
    the target leads. An agency that both leads and supports a task counts as lead only.
    ``fold_renamed``: as ``coordination_graph``'s."""
    import networkx as nx

    graph = folded_if(graph, fold_renamed)
    a = assignments(graph, plan=plan, include_collectives=include_collectives, include_suggested=include_suggested)
    g = nx.DiGraph()
    _add_agency_nodes(g, graph, a)
    if a.empty:
        return g
    leads = a[a["role"] == "lead"][["agency", "task"]].drop_duplicates()
    sups = a[a["role"] == "support"][["agency", "task"]].drop_duplicates()
    sups = sups.merge(leads, on=["agency", "task"], how="left", indicator=True)
    sups = sups[sups["_merge"] == "left_only"][["agency", "task"]]
    pairs = sups.merge(leads, on="task", suffixes=("_s", "_l"))
    pairs = pairs[pairs["agency_s"] != pairs["agency_l"]]
    w = pairs.groupby(["agency_s", "agency_l"]).size()
    g.add_weighted_edges_from(((s, t, int(n)) for (s, t), n in w.items()), weight="weight")
    return g


def _betweenness(g, k: int | None = None, seed: int = SEED, batch: int = 64) -> dict:
    """``nx.betweenness_centrality(g, k=k, normalized=True, seed=seed)`` (unweighted hops), with
    Brandes' accumulation run for ``batch`` sources at once as scipy sparse × dense products,
    one per BFS level, instead of networkx's pure-Python loops (28 s of the network analysis
    at 1,000 plans). Same sources (``random.Random(seed).sample``), same rescaling.

    >>> import networkx as nx
    >>> _betweenness(nx.path_graph(3))
    {0: 0.0, 1: 1.0, 2: 0.0}
    """
    import random

    import networkx as nx
    import numpy as np

    nodes = list(g)
    n = len(nodes)
    out = dict.fromkeys(nodes, 0.0)
    if k is not None and k >= n:
        k = None
    sources = nodes if k is None else random.Random(seed).sample(nodes, k)
    big_n = n - 1  # endpoints excluded
    if big_n < 2 or g.number_of_edges() == 0:
        return out
    a = nx.to_scipy_sparse_array(g, nodelist=nodes, weight=None, format="csr", dtype=float)
    a.setdiag(0)
    a.eliminate_zeros()
    pos = {v: i for i, v in enumerate(nodes)}
    src = np.array([pos[v] for v in sources])
    bc = np.zeros(n)
    for b0 in range(0, len(src), batch):
        sb = src[b0:b0 + batch]
        cols = np.arange(len(sb))
        dist = np.full((n, len(sb)), -1, np.int32)
        sigma = np.zeros((n, len(sb)))
        dist[sb, cols] = 0
        sigma[sb, cols] = 1.0
        frontier, depth = sigma.copy(), 0
        while True:  # BFS, all sources of the batch level by level; sigma = shortest-path counts
            reach = a @ frontier
            new = (reach > 0) & (dist < 0)
            if not new.any():
                break
            depth += 1
            dist[new] = depth
            frontier = np.where(new, reach, 0.0)
            sigma += frontier
        delta = np.zeros_like(sigma)
        safe = np.where(sigma > 0, sigma, 1.0)
        for level in range(depth, 0, -1):  # dependencies flow back one level at a time
            coef = np.where(dist == level, (1.0 + delta) / safe, 0.0)
            delta += np.where(dist == level - 1, sigma * (a @ coef), 0.0)
        delta[sb, cols] = 0.0  # a source is not between itself and anyone
        bc += delta.sum(axis=1)
    if k is None:
        bc *= 1.0 / (big_n * (big_n - 1))
    else:
        scale = np.full(n, 1.0 / (k * (big_n - 1)))
        scale[src] = 1.0 / ((k - 1) * (big_n - 1)) if k > 1 else float("nan")
        bc *= scale
    return dict(zip(nodes, bc.tolist()))


def _eigenvector(g, *, max_iter: int = 1000, tol: float = 1e-8) -> dict:
    """Weighted eigenvector centrality within each connected component (each component
    normalised to unit length; isolated agencies 0). Plans of different jurisdictions are
    separate components, and one global eigenvector would give all but the largest ~0.

    The power iteration of ``nx.eigenvector_centrality`` (x ← (A + I)·x, stopped when the
    component's L1 change is below size × ``tol``) runs on all components at once as one
    scipy sparse product per step — the networkx loop in pure Python took 39 s of the 70 s
    network analysis at 1,000 plans. A component that has not converged after ``max_iter``
    steps goes to the ARPACK solver, then NaN.

    >>> import networkx as nx
    >>> e = _eigenvector(nx.Graph([("a", "b"), ("b", "c")]))
    >>> {k: round(v, 4) for k, v in e.items()}
    {'a': 0.5, 'b': 0.7071, 'c': 0.5}
    """
    import networkx as nx
    import numpy as np
    from scipy.sparse import csgraph

    nodes = list(g)
    out = {n: 0.0 for n in nodes}
    if g.number_of_edges() == 0:
        return out
    a = nx.to_scipy_sparse_array(g, nodelist=nodes, weight="weight", format="csr", dtype=float)
    ncomp, comp = csgraph.connected_components(a, directed=False)
    size = np.bincount(comp, minlength=ncomp)
    live = size[comp] >= 2
    x = np.where(live, 1.0, 0.0)

    def unit(v):
        norm = np.sqrt(np.bincount(comp, weights=v * v, minlength=ncomp))
        norm[norm == 0] = 1.0
        return v / norm[comp]

    x = unit(x)
    done = size < 2
    for _ in range(max_iter):
        new = unit(a @ x + x)
        change = np.bincount(comp, weights=np.abs(new - x), minlength=ncomp)
        x = new
        done |= change < size * tol
        if done.all():
            break
    for c in np.flatnonzero(~done):
        # The power method can stall; the eigen-solver answers (else NaN, not a crash).
        members = [nodes[i] for i in np.flatnonzero(comp == c)]
        try:
            out.update(nx.eigenvector_centrality_numpy(g.subgraph(members), weight="weight"))
        except Exception:  # noqa: BLE001 - e.g. ArpackNoConvergence
            out.update({n: float("nan") for n in members})
    ok = done[comp] & live
    out.update({nodes[i]: float(x[i]) for i in np.flatnonzero(ok)})
    return out


def network_metrics(graph: "nx.MultiDiGraph", *, plan: str | None = None, include_collectives: bool = True,
                    include_suggested: bool = False, year: int | None = None, fold_renamed: bool = False) -> "pd.DataFrame":
    """Centrality of each agency in the coordination graph.

    Columns: key, agency_id (as in ``assignments()``), name, function_names, gloss (their English
    glosses), tasks, tasks_led, degree
    (distinct partner agencies),
    weighted_degree (sum of shared-task counts), betweenness (normalised, unweighted hops;
    exact up to EXACT_BETWEENNESS_MAX_NODES agencies, else sampled from BETWEENNESS_SAMPLES
    sources with seed 42), eigenvector (weighted, within the agency's connected component; NaN if no solver
    converges), community
    (Louvain, seed 42, numbered from 0 by size), broker_score (share of all betweenness
    divided by share of all tasks: 1 = brokers in proportion to its workload, above 1 = a
    bridge beyond its own load). Sorted by betweenness.
    ``fold_renamed``: a body a reform renamed is counted with the body that took its work over
    (``coordination_graph``'s, as ``workload``'s); the column ``renamed`` names the old bodies
    counted in each row, ``renamed_ids`` gives their ids.
    """
    import networkx as nx
    import pandas as pd

    graph = folded_if(graph, fold_renamed)
    g = coordination_graph(graph, plan=plan, include_collectives=include_collectives,
                           include_suggested=include_suggested, year=year, fold_renamed=fold_renamed)
    cols = ["key", "agency_id", "name", "function_names", "gloss", "tasks", "tasks_led", "degree", "weighted_degree",
            "betweenness", "eigenvector", "community", "broker_score", *(["renamed", "renamed_ids"] if fold_renamed else [])]
    if g.number_of_nodes() == 0:
        return pd.DataFrame(columns=cols)
    n = g.number_of_nodes()
    btw = _betweenness(g, None if n <= EXACT_BETWEENNESS_MAX_NODES else min(BETWEENNESS_SAMPLES, n), SEED)
    eig = _eigenvector(g)
    comms = sorted(nx.community.louvain_communities(g, weight="weight", seed=SEED), key=lambda c: (-len(c), min(c)))
    community = {node: i for i, c in enumerate(comms) for node in c}
    table = functions(graph)
    nodes = list(g.nodes)
    df = pd.DataFrame({
        "key": nodes,
        "name": [g.nodes[x]["name"] for x in nodes],
        "function_names": [function_names(g.nodes[x]["functions"], table) for x in nodes],
        "gloss": [function_glosses(g.nodes[x]["functions"], table) for x in nodes],
        "tasks": [g.nodes[x]["tasks"] for x in nodes],
        "tasks_led": [g.nodes[x]["tasks_led"] for x in nodes],
        "degree": [g.degree(x) for x in nodes],
        "weighted_degree": [g.degree(x, weight="weight") for x in nodes],
        "betweenness": [btw[x] for x in nodes],
        "eigenvector": [eig[x] for x in nodes],
        "community": [community[x] for x in nodes],
        **({c: [g.nodes[x].get(c, []) for x in nodes] for c in ("renamed", "renamed_ids")} if fold_renamed else {}),
    })
    bsum, tsum = df["betweenness"].sum(), df["tasks"].sum()
    df["broker_score"] = (df["betweenness"] / bsum) / (df["tasks"] / tsum) if bsum > 0 else 0.0
    df = with_agency_ids(graph, df.sort_values(["betweenness", "weighted_degree", "name"], ascending=[False, False, True]),
                         key="agency_id")
    return df[cols].reset_index(drop=True)


#: Quadrant names of the breadth–depth matrix (breadth high?, depth high?).
QUADRANTS = {
    (True, True): "leading",  # many campaigns, many tasks
    (False, True): "key",  # many tasks concentrated in few campaigns: the specialist owner
    (True, False): "coordinating",  # the fourth quadrant: present in many campaigns, few tasks
    (False, False): "auxiliary",  # few campaigns, few tasks
}


def _task_areas(graph: "nx.MultiDiGraph") -> dict[str, str]:
    """Task node -> the area its breadth is counted over: its campaign; in a plan that has no
    campaigns, the top-level section heading (else the task's own plan)."""
    from respgraph.analysis._graph import nodes_of_type, task_campaign

    camp = task_campaign(graph)
    with_campaigns = {graph.nodes[t].get("plan_id") for t in camp if t in graph}
    out = {}
    for t, d in nodes_of_type(graph, "Task"):
        pid = d.get("plan_id")
        if pid in with_campaigns:
            out[t] = f"campaign:{camp[t]}" if t in camp else "campaign:(none)"
        else:
            sec = d.get("section") or []
            out[t] = f"section:{sec[0]}" if sec else "section:(none)"
    return out


def breadth_depth(graph: "nx.MultiDiGraph", *, plan: str | None = None, include_collectives: bool = True,
                  include_suggested: bool = False, year: int | None = None, fold_renamed: bool = False) -> "pd.DataFrame":
    """Breadth–depth matrix per plan (Cheng et al., Healthcare 2022, 10(3):590).

    breadth = distinct campaigns (攻坚战/专项行动) the agency has tasks in — or distinct top-level
    sections when the plan has no campaigns; depth = distinct tasks (any role). Thresholds are
    the plan's medians over its agencies (columns ``breadth_median``, ``depth_median``); an
    agency strictly above a median is "high" (at the median is "low", so that in a plan where
    most agencies have one task, one task is not "deep"). Quadrants: leading (high, high), key (low breadth,
    high depth), coordinating (high breadth, low depth), auxiliary (low, low).
    Columns: plan_id, key, agency_id (as in ``assignments()``), name, function_names, gloss (the agency's functions, Chinese and
    English), breadth, depth, tasks_led, breadth_median, depth_median, quadrant, area.
    ``fold_renamed`` (``renamed.fold_renamed_bodies``): a body a reform renamed is counted with
    the body that took its work over; ``renamed`` names the bodies folded into each row's agency
    whose tasks of its plan it counts.
    """
    import pandas as pd

    graph = folded_if(graph, fold_renamed)
    a = assignments(graph, plan=plan, include_collectives=include_collectives, include_suggested=include_suggested,
                    year=year)
    cols = ["plan_id", "key", "agency_id", "name", "function_names", "gloss", "breadth", "depth", "tasks_led", "breadth_median",
            "depth_median", "quadrant", "area"]
    if a.empty:
        return pd.DataFrame(columns=cols)
    areas = _task_areas(graph)
    a["area_id"] = a["task"].map(areas)
    a["led"] = a["role"] == "lead"
    kt = a.groupby(["plan_id", "agency", "task"], as_index=False).agg(led=("led", "max"), area_id=("area_id", "first"))
    df = kt.groupby(["plan_id", "agency"], as_index=False).agg(
        breadth=("area_id", "nunique"), depth=("task", "size"), tasks_led=("led", "sum"))
    df["tasks_led"] = df["tasks_led"].astype(int)
    df["breadth_median"] = df.groupby("plan_id")["breadth"].transform("median")
    df["depth_median"] = df.groupby("plan_id")["depth"].transform("median")
    df["quadrant"] = [QUADRANTS[(b > bm, d > dm)] for b, d, bm, dm in
                      zip(df["breadth"], df["depth"], df["breadth_median"], df["depth_median"])]
    kinds = {graph.nodes[t].get("plan_id"): v.split(":", 1)[0] for t, v in areas.items()}
    df["area"] = df["plan_id"].map(kinds)
    df["key"] = df["agency"]
    df["name"] = df["agency"].map(lambda k: graph.nodes[k].get("name", k) if k in graph else k)
    table = functions(graph)
    codes = df["agency"].map(lambda k: list(graph.nodes[k].get("functions") or []) if k in graph else [])
    df["function_names"] = codes.map(lambda fs: function_names(fs, table))
    df["gloss"] = codes.map(lambda fs: function_glosses(fs, table))
    df = with_agency_ids(graph, df.sort_values(["plan_id", "depth", "breadth", "name"], ascending=[True, False, False, True]),
                         key="agency_id")
    if fold_renamed:
        from respgraph.analysis.renamed import renamed_by_plan, renamed_names

        by_plan = renamed_by_plan(graph, include_suggested=include_suggested)
        df["renamed"] = [renamed_names(graph, k, by_plan, (p,)) for k, p in zip(df["key"], df["plan_id"])]
        cols.append("renamed")
    return df[cols].reset_index(drop=True)
