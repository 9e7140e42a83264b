"""Leave-one-plan-out evaluation of ``respgraph.suggest``.

For each plan that states leads: hide that plan's stated LEADS/SUPPORTS edges (a copy of the
graph), ask ``suggest`` for its tasks — so only the *other* plans can speak — and compare the
suggested lead functions with the functions of the agencies the plan actually names as lead
(a merged bureau counts by its portfolio: ``区农林水与生态环境局(生态环境、水利)`` -> 生态环境,
水利). A task is a top-n hit when any of the first n suggested functions is one of them.

The majority-class baseline always answers the functions that lead most often in the other
plans (生态环境 first on the seeds), scored the same way.

>>> import respgraph                                                   # doctest: +SKIP
>>> per_task = leave_one_plan_out(respgraph.load("out").graph)        # doctest: +SKIP
>>> summarise(per_task)[["plan_id", "tasks", "top1", "top3", "baseline_top1"]]  # doctest: +SKIP
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from respgraph.records import STATED_BASES

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import pandas as pd

__all__ = ["hide_plan", "leave_one_plan_out", "summarise"]


def hide_plan(graph: "nx.MultiDiGraph", plan_id: str) -> "nx.MultiDiGraph":
    """A copy of ``graph`` without the stated LEADS/SUPPORTS edges of ``plan_id``'s tasks."""
    g = graph.copy()
    drop = [(u, v, k) for u, v, k, d in g.edges(keys=True, data=True)
            if k in ("LEADS", "SUPPORTS") and d.get("basis") in STATED_BASES
            and g.nodes[v].get("plan_id") == plan_id]
    g.remove_edges_from(drop)
    return g


def _lead_truth(graph: "nx.MultiDiGraph", plan_id: str, stated: dict) -> dict[str, list[str]]:
    out = {}
    for t, roles in stated.items():
        if graph.nodes[t].get("plan_id") == plan_id:
            funcs = sorted({f for _, fs in roles["lead"] for f in fs})
            if funcs:
                out[t] = funcs
    return out


def leave_one_plan_out(graph: "nx.MultiDiGraph", *, plans: list[str] | None = None, top: int = 3,
                       **suggest_kwargs: Any) -> "pd.DataFrame":
    """One row per evaluated task: plan_id, task_id, title, truth (list of lead functions),
    predicted (list, best first), method, top1, top3 (bool), baseline (list), baseline_top1,
    baseline_top3. ``plans`` default: every plan with at least one stated lead.
    ``suggest_kwargs`` go to ``suggest`` (``k``, ``min_similarity``, ``use_lexicon`` …)."""
    import pandas as pd

    from respgraph.suggest import stated_functions, suggest

    stated = stated_functions(graph)
    if plans is None:
        plans = sorted({graph.nodes[t].get("plan_id") for t, r in stated.items() if any(f for _, f in r["lead"])})
    rows = []
    for pid in plans:
        truth = _lead_truth(graph, pid, stated)
        if not truth:
            continue
        # The baseline learns from the same other plans the model sees.
        counts = Counter(f for t, r in stated.items() if graph.nodes[t].get("plan_id") != pid
                         for f in {f for _, fs in r["lead"] for f in fs})
        baseline = [f for f, _ in sorted(counts.items(), key=lambda x: (-x[1], x[0]))[:top]]
        hidden = hide_plan(graph, pid)
        df = suggest(hidden, plan=pid, top=top, **suggest_kwargs)
        leads = df[(df["role"] == "lead") & df["function"].notna()].sort_values(["task_id", "rank"])
        predicted = leads.groupby("task_id")["function"].apply(list).to_dict()
        methods = df.groupby("task_id")["method"].first().to_dict()
        for t, funcs in sorted(truth.items()):
            tid = graph.nodes[t].get("task_id")
            pred = predicted.get(tid, [])
            rows.append({
                "plan_id": pid, "task_id": tid, "title": graph.nodes[t].get("title", ""), "truth": funcs,
                "predicted": pred, "method": methods.get(tid, "none"),
                "top1": bool(set(pred[:1]) & set(funcs)), "top3": bool(set(pred[:3]) & set(funcs)),
                "baseline": baseline, "baseline_top1": bool(set(baseline[:1]) & set(funcs)),
                "baseline_top3": bool(set(baseline[:3]) & set(funcs)),
            })
    return pd.DataFrame(rows, columns=["plan_id", "task_id", "title", "truth", "predicted", "method", "top1", "top3",
                                       "baseline", "baseline_top1", "baseline_top3"])


def summarise(per_task: "pd.DataFrame") -> "pd.DataFrame":
    """Per plan and overall (``plan_id == "ALL"``): tasks, top1, top3, baseline_top1,
    baseline_top3 (shares of tasks, 0–1), lexicon (tasks answered by the lexicon)."""
    import pandas as pd

    cols = ["top1", "top3", "baseline_top1", "baseline_top3"]

    def one(name: str, g: "pd.DataFrame") -> dict:
        return {"plan_id": name, "tasks": len(g), **{c: round(float(g[c].mean()), 4) if len(g) else 0.0 for c in cols},
                "lexicon": int((g["method"] == "lexicon").sum())}

    rows = [one(pid, g) for pid, g in per_task.groupby("plan_id", sort=True)]
    rows.append(one("ALL", per_task))
    return pd.DataFrame(rows, columns=["plan_id", "tasks", *cols, "lexicon"])
