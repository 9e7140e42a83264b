"""Agency workload: who leads and supports how many tasks, and who stands out.

Numbers (see docs/analyses.md):

* ``tasks_led``: distinct tasks of the plan the agency (or function) leads;
* ``tasks_supported``: distinct tasks it supports *without also leading them*;
* ``lead_share``: ``tasks_led / plan_tasks``, where ``plan_tasks`` counts every Task node of
  the plan (with or without a responsibility clause);
* ``weighted_load``: ``lead_weight * tasks_led + support_weight * tasks_supported``
  (defaults 1.0 and 0.5).

Rows come per plan and, with ``plan_id == "*"``, across all plans (the plan-task
denominator is then the sum over the plans the agency appears in). A plan without any
stated responsibility (e.g. a 五年规划 written as paragraphs) yields no rows.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("task:p:001", type="Task", task_id="p:001", plan_id="p")
>>> g.add_node("task:p:002", type="Task", task_id="p:002", plan_id="p")
>>> g.add_node("agency:a", type="Agency", agency_id="a", name="甲局", functions=["x"])
>>> _ = g.add_edge("agency:a", "task:p:001", key="LEADS", type="LEADS", basis="explicit")
>>> _ = g.add_edge("agency:a", "task:p:002", key="SUPPORTS", type="SUPPORTS", basis="explicit")
>>> workload(g, plan="p")[["tasks_led", "tasks_supported", "lead_share", "weighted_load"]].values.tolist()
[[1.0, 1.0, 0.5, 1.5]]
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Literal

from respgraph.analysis._graph import (GAP_COLLECTIVE, GAP_NONE, GAP_SUPERVISOR, GAP_SUPPORT, NO_FUNCTION, assignments, function_glosses, function_names, functions,
                                       nodes_of_type, task_numbers, task_paths, tasks, with_agency_ids)
from respgraph.analysis.renamed import folded_if
from respgraph.plural import counted

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import pandas as pd

#: plan_id of the rows that sum over all plans.
ALL_PLANS = "*"
#: Default share of a plan's tasks above which an agency leading them is flagged.
SHARE_LIMIT = 0.25
#: Tukey fence multiplier: flagged when weighted load > Q3 + FENCE_K * IQR within the plan.
FENCE_K = 1.5
#: Fewest tasks (led + supported) of a plan an agency must carry to be flagged at all. Off (0) by
#: default so every plan is read the same way; 5 keeps small plans out of a meeting's list (in a
#: plan of six tasks, leading two is 33% of it but no one's overload).
MIN_TASKS = 0
#: Fewest tasks an agency must lead for the share rule to flag it: leading a single task is no
#: concentration, whatever the plan's size (one of a three-task plan's tasks is 33%).
MIN_SHARE_LED = 2
#: Fewest tasks a plan must have for either rule to flag anyone in it: below 8, the 25% share
#: limit is less than two tasks (so leading 2 of 6 is over it by arithmetic), and the fence over a
#: handful of agencies stands just above the others' one task each. A four-task 工作方案 of the
#: 生态环境局 whose bureau leads 3 of its tasks is the bureau's own plan, not its overload (the
#: wordings fixtures: 109 of 123 flags were in such plans; seeds and 300 synthetic plans: none).
MIN_PLAN_TASKS = 8
#: Why a task has no clear lead (``tasks_without_lead``'s ``gap``) in the words of the Chinese
#: tables: the report's 缺口 column, the 缺口 column of the workbook's no_lead sheet.
GAP_ZH = {GAP_COLLECTIVE: "仅写各乡镇/各部门", GAP_SUPPORT: "仅配合单位", GAP_SUPERVISOR: "仅督导单位", GAP_NONE: "未写单位"}


def _plan_task_counts(graph: "nx.MultiDiGraph") -> dict[str, int]:
    return dict(Counter(d.get("plan_id") for _, d in nodes_of_type(graph, "Task")))


def _key_task(graph, *, plan, include_collectives, include_suggested, by, year=None):
    """Integer table of (key, task) with ``led``: the key leads the task, else only supports it.

    Returns (frame with int columns k, a, t, p and bool led; key labels; the RoleTable).
    Everything is integer grouping so that millions of assignments take seconds.
    """
    import numpy as np
    import pandas as pd

    from respgraph.analysis._graph import role_table

    rt = role_table(graph, plan=plan, include_collectives=include_collectives, include_suggested=include_suggested,
                    year=year)
    f = rt.frame[["a", "t", "p", "led"]]
    # An agency named both as lead and as support of one task counts once, as lead.
    f = f.sort_values("led", ascending=False, kind="stable").drop_duplicates(["a", "t"])
    if by == "agency":
        return f.assign(k=f["a"]), rt.agency_nodes, rt
    if by != "function":
        raise ValueError(f"by must be 'agency' or 'function', not {by!r}")
    nodes = graph._node
    pairs = [(i, fn) for i, n in enumerate(rt.agency_nodes) for fn in (nodes.get(n, {}).get("functions") or [NO_FUNCTION])]
    fa = pd.DataFrame(pairs, columns=["a", "fn"])
    codes, labels = pd.factorize(fa["fn"])
    fa["k"] = codes
    f = f.merge(fa[["a", "k"]], on="a")
    f = f.sort_values("led", ascending=False, kind="stable").drop_duplicates(["k", "t"])
    return f, np.asarray(labels, dtype=object), rt


def workload(graph: "nx.MultiDiGraph", *, plan: str | None = None, by: Literal["agency", "function"] = "agency",
             include_collectives: bool = True, lead_weight: float = 1.0, support_weight: float = 0.5,
             include_suggested: bool = False, across: bool = True, year: int | None = None,
             fold_renamed: bool = False) -> "pd.DataFrame":
    """Tasks led / supported, lead share and weighted load per agency (or function) and plan.

    Columns: plan_id, rank, key (agency node id or function code), agency_id (``by="agency"``:
    the id ``assignments()`` and ``agencies()`` give it, to join them on), name, functions (list of
    codes), function_names (list of their Chinese names, as in ``assignments()``), gloss (their
    English glosses, one '; '-joined text), tasks_led, tasks_supported, tasks, plan_tasks, lead_share,
    weighted_load; with ``by="function"`` also ``agencies`` (distinct agencies counted).
    Sorted by plan, then weighted load (highest first); ``rank`` is 1 for the heaviest
    within its plan. ``across`` adds the all-plans rows (plan_id ``"*"``) when no plan is given.
    ``year``: only the plans of that year (``_graph.plans_of_year``; the ``"*"`` rows then sum
    over them): who led most in 2022, then in 2023.
    ``fold_renamed``: a body a reform renamed is counted with the body that took its work over
    (``renamed.fold_renamed_bodies``: the graph's ``successor`` links, followed to the last; a
    2016 plan's 环境保护局 with the 生态环境局), a task named to both once; per agency, the
    column ``renamed`` names the old bodies counted in each row (``renamed_ids``: their ids).
    For builds of plans of several years: the one body's work over them. Without it each keeps
    its row, as each plan named it.
    """
    import pandas as pd

    graph = folded_if(graph, fold_renamed)
    kt, key_labels, rt = _key_task(graph, plan=plan, include_collectives=include_collectives,
                                   include_suggested=include_suggested, by=by, year=year)
    g = kt.groupby(["k", "p"], sort=False)
    per = pd.DataFrame({"tasks_led": g["led"].sum(), "n": g.size(), "agencies": g["a"].nunique()}).reset_index()
    per["tasks_supported"] = per["n"] - per["tasks_led"]
    per["key"] = key_labels[per["k"].to_numpy()] if len(per) else []
    per["plan_id"] = rt.plan_ids[per["p"].to_numpy()] if len(per) else []
    counts = _plan_task_counts(graph)
    per["plan_tasks"] = per["plan_id"].map(counts).fillna(0).astype(int)
    per = per.drop(columns=["n"])
    frames = [per]
    if across and plan is None and len(per):
        allp = per.groupby("k", as_index=False).agg(key=("key", "first"), tasks_led=("tasks_led", "sum"),
                                                     tasks_supported=("tasks_supported", "sum"),
                                                     plan_tasks=("plan_tasks", "sum"))
        allp["agencies"] = kt.groupby("k")["a"].nunique().reindex(allp["k"]).to_numpy()
        allp["plan_id"] = ALL_PLANS
        frames.append(allp)
    df = pd.concat(frames, ignore_index=True)
    df["tasks_led"] = df["tasks_led"].astype(int)
    df["tasks_supported"] = df["tasks_supported"].astype(int)
    df["tasks"] = df["tasks_led"] + df["tasks_supported"]
    df["lead_share"] = (df["tasks_led"] / df["plan_tasks"].where(df["plan_tasks"] > 0)).fillna(0.0)
    df["weighted_load"] = lead_weight * df["tasks_led"] + support_weight * df["tasks_supported"]
    df = _label(graph, df, by)
    df = df.sort_values(["plan_id", "weighted_load", "tasks_led", "name"], ascending=[True, False, False, True])
    df["rank"] = df.groupby("plan_id")["weighted_load"].rank(method="min", ascending=False).astype(int)
    cols = ["plan_id", "rank", "key", "name", "functions", "function_names", "gloss", "tasks_led",
            "tasks_supported", "tasks", "plan_tasks", "lead_share", "weighted_load"]
    if by == "function":
        cols.append("agencies")
    else:
        if fold_renamed:
            df = _with_renamed(graph, df, include_suggested)
            cols += ["renamed", "renamed_ids"]
        # the agency's id as assignments() and agencies() write it (key is its node id, agency:…)
        df = with_agency_ids(graph, df, key="agency_id")
        cols.insert(cols.index("key") + 1, "agency_id")
    return df[cols].reset_index(drop=True)


def _with_renamed(graph, df: "pd.DataFrame", include_suggested: bool) -> "pd.DataFrame":
    """``df`` (workload rows of a folded graph) with ``renamed`` and ``renamed_ids``: the bodies
    folded into each row's agency whose tasks of the row's plan (the all-plans row: of the plans
    of its agency's rows) it counts."""
    from respgraph.analysis.renamed import renamed_by_plan, renamed_ids, renamed_names

    by_plan = renamed_by_plan(graph, include_suggested=include_suggested)
    own = df[df["plan_id"] != ALL_PLANS].groupby("key")["plan_id"].agg(set).to_dict()
    scope = [own.get(k, ()) if p == ALL_PLANS else (p,) for k, p in zip(df["key"], df["plan_id"])]
    return df.assign(renamed=[renamed_names(graph, k, by_plan, s) for k, s in zip(df["key"], scope)],
                     renamed_ids=[renamed_ids(k, by_plan, s) for k, s in zip(df["key"], scope)])


def _label(graph, df: "pd.DataFrame", by: str) -> "pd.DataFrame":
    """Add name, functions, function_names and gloss columns for the key."""
    table = functions(graph)
    if by == "function":
        df["functions"] = df["key"].map(lambda k: [k])
        df["name"] = df["key"].map(lambda k: table.get(k, (k, ""))[0])
    else:
        nodes = graph.nodes
        import pandas as pd

        keys = pd.unique(df["key"])
        names = {k: nodes[k].get("name", k) for k in keys}
        funcs = {k: list(nodes[k].get("functions") or []) for k in keys}
        df["name"] = df["key"].map(names)
        df["functions"] = df["key"].map(funcs)
    df["function_names"] = df["functions"].map(lambda fs: function_names(fs, table))
    df["gloss"] = df["functions"].map(lambda fs: function_glosses(fs, table))
    return df


def overload(graph: "nx.MultiDiGraph", *, plan: str | None = None, share_limit: float = SHARE_LIMIT,
             fence_k: float = FENCE_K, min_tasks: int = MIN_TASKS, min_plan_tasks: int | None = None,
             all_rows: bool = False, **kwargs) -> "pd.DataFrame":
    """Agencies whose load stands out within their own plan.

    Flagged when ``weighted_load > Q3 + fence_k * IQR`` of the weighted loads of the plan's
    agencies (Tukey's fence, default k = 1.5), or when ``lead_share > share_limit`` (default
    25% of the plan's tasks) and it leads at least ``MIN_SHARE_LED`` (2) tasks; either rule only
    in a plan of at least ``min_plan_tasks`` tasks (default ``MIN_PLAN_TASKS``, 8; 0 = every
    plan), and in either case it carries at least ``min_tasks`` (default 0: no floor) of the
    plan's tasks, led or supported. ``stands_out`` is the same without the plan-size floor:
    ``overload_across`` counts it, so a bureau leading 3 of 5 tasks in plan after plan of a
    county's short notices is still the pattern it is, where one short plan alone flags no one. ``reason`` says which, with the numbers, e.g. ``leads 21 of 34
    tasks (62%), above the 25% share limit; weighted load 27.5 above the fence 14.0``.
    Returns only flagged rows unless ``all_rows``. Extra keyword arguments go to ``workload``.
    """
    min_plan_tasks = MIN_PLAN_TASKS if min_plan_tasks is None else min_plan_tasks
    df = workload(graph, plan=plan, across=False, **kwargs)
    if df.empty:
        return df.assign(q1=[], q3=[], fence=[], over_fence=[], over_share=[], stands_out=[], flagged=[], reason=[])
    # pandas' grouped quantile (the same linear interpolation as Series.quantile, one pass in
    # C): a Python call per plan took 30 s at 10,000 plans
    q = df.groupby("plan_id")["weighted_load"]
    df["q1"] = q.transform("quantile", 0.25)
    df["q3"] = q.transform("quantile", 0.75)
    df["fence"] = df["q3"] + fence_k * (df["q3"] - df["q1"])
    df["over_fence"] = df["weighted_load"] > df["fence"]
    df["over_share"] = (df["lead_share"] > share_limit) & (df["tasks_led"] >= MIN_SHARE_LED)
    df["stands_out"] = (df["over_fence"] | df["over_share"]) & (df["tasks"] >= min_tasks)
    # a plan of a handful of tasks flags no one alone; its standing out still counts across plans
    df["flagged"] = df["stands_out"] & (df["plan_tasks"] >= min_plan_tasks)
    df["reason"] = [
        overload_reason(r, share_limit) + ("" if r.flagged else _SHORT_PLAN.format(n=r.plan_tasks, k=min_plan_tasks))
        if r.stands_out else ""
        for r in df[["stands_out", "flagged", "over_fence", "over_share", "tasks_led", "plan_tasks", "lead_share",
                     "weighted_load", "fence"]].itertuples(index=False)
    ]
    if not all_rows:
        df = df[df["flagged"]]
    return df.reset_index(drop=True)


#: Whether the overloaded agencies a user is shown count collective addressees (各乡镇（街道）,
#: 各有关部门, 成员单位): no. A group of bodies told every task of a plan is not one body whose load
#: can be weighed, and counted it also lifts its plan's fence, so the other agencies flagged change
#: too. The report's table, the workbook's overload sheet, the views' red rings and their list,
#: the workload chart and ``workload --overload`` all read ``overloaded``: one meeting, one list.
OVERLOAD_COUNTS_COLLECTIVES = False


def overloaded(graph: "nx.MultiDiGraph", **options) -> "pd.DataFrame":
    """``overload`` as every output shows it: collective addressees left out unless
    ``include_collectives=True`` is given (``OVERLOAD_COUNTS_COLLECTIVES``); other options as
    ``overload``'s. ``overload`` itself keeps ``workload``'s default (every unit counted)."""
    options.setdefault("include_collectives", OVERLOAD_COUNTS_COLLECTIVES)
    return overload(graph, **options)


#: What ``reason`` adds for an agency standing out in a plan too short to flag it alone.
_SHORT_PLAN = "; not flagged: a plan of {n} tasks (under {k}) flags no one alone"


def heaviest_first(flagged: "pd.DataFrame") -> list[str]:
    """The plans of the flagged rows, the plan whose most loaded flagged agency carries the
    highest weighted load first (ties: by plan id). Tables printed plan by plan follow it, so
    that a 分工方案 where one bureau leads 9 of 14 tasks is not read after every six-task plan
    whose alphabetically earlier id flags a bureau for two of its tasks."""
    if flagged.empty:
        return []
    top = flagged.groupby("plan_id")["weighted_load"].max()
    return sorted(top.index, key=lambda p: (-top[p], p))


def overload_across(flags: "pd.DataFrame") -> "pd.DataFrame":
    """Agencies flagged in more than one plan, from ``overload(..., all_rows=True)``: what a
    coordination office reading a year of plans asks first (which bureau is overloaded in plan
    after plan, not within one of them). Columns: key, name, function_names, gloss,
    plans_flagged, plans (it is named in), flagged_in (plan ids), tasks_led and tasks_supported
    over all its plans; sorted by plans_flagged, then tasks led. A plan of its own does not
    make a pattern, so an agency flagged once is left out. A plan too short to flag anyone alone
    (``MIN_PLAN_TASKS``) counts here where the agency stands out in it (``stands_out``, when the
    frame has it): in plan after plan, even short ones, it is a pattern.

    >>> import pandas as pd
    >>> f = pd.DataFrame({"plan_id": ["a", "b", "c", "a"], "key": ["x", "x", "x", "y"], "name": ["X", "X", "X", "Y"],
    ...     "function_names": [[]] * 4, "gloss": [""] * 4, "tasks_led": [3, 4, 1, 3], "tasks_supported": [0, 1, 2, 0],
    ...     "flagged": [True, True, False, True]})
    >>> overload_across(f)[["name", "plans_flagged", "plans", "flagged_in", "tasks_led"]].values.tolist()
    [['X', 2, 3, ['a', 'b'], 8]]
    """
    cols = ["key", "name", "function_names", "gloss", "plans_flagged", "plans", "flagged_in", "tasks_led",
            "tasks_supported"]
    if flags.empty:
        return flags.reindex(columns=cols)
    if "stands_out" in flags:
        flags = flags.assign(flagged=flags["stands_out"])
    g = flags.groupby("key", sort=False)
    out = g.agg(name=("name", "first"), function_names=("function_names", "first"), gloss=("gloss", "first"),
                plans_flagged=("flagged", "sum"), plans=("plan_id", "nunique"), tasks_led=("tasks_led", "sum"),
                tasks_supported=("tasks_supported", "sum")).reset_index()
    flagged = flags[flags["flagged"]]
    ids = flagged.groupby("key")["plan_id"].agg(lambda s: sorted(set(s)))
    out["flagged_in"] = out["key"].map(ids)
    out["plans_flagged"] = out["plans_flagged"].astype(int)
    out = out[out["plans_flagged"] >= 2]
    out = out.sort_values(["plans_flagged", "tasks_led", "name"], ascending=[False, False, True])
    return out[cols].reset_index(drop=True)


def overload_reason(r, share_limit: float, lang: str = "en") -> str:
    """Why ``r`` (a row of ``overload``) is flagged, with its numbers: in English (the ``reason``
    column), or in Chinese (``lang="zh"``, for the meeting pack a 督查室 reads)."""
    parts = []
    if lang == "zh":
        if r.over_share:
            parts.append(f"牵头本规划 {r.plan_tasks} 项任务中的 {r.tasks_led} 项（{r.lead_share:.0%}），"
                         f"超过 {share_limit:.0%} 的牵头占比上限")
        if r.over_fence:
            parts.append(f"加权负荷 {r.weighted_load:.1f}，高于本规划的离群界限 {r.fence:.1f}")
        return "；".join(parts)
    if r.over_share:
        parts.append(f"leads {r.tasks_led} of {counted(r.plan_tasks, 'task')} ({r.lead_share:.0%}), "
                     f"above the {share_limit:.0%} share limit")
    if r.over_fence:
        parts.append(f"weighted load {r.weighted_load:.1f} above the fence {r.fence:.1f}")
    return "; ".join(parts)


def gini(values) -> float:
    """Gini coefficient of non-negative counts: 0 = all equal, towards 1 = one holds all.

    >>> gini([1, 1, 1, 1])
    0.0
    >>> gini([0, 0, 0, 4])
    0.75
    """
    import numpy as np

    x = np.sort(np.asarray(values, dtype=float))
    n = len(x)
    if n == 0 or x.sum() == 0:
        return 0.0
    i = np.arange(1, n + 1)
    return float((2 * (i * x).sum()) / (n * x.sum()) - (n + 1) / n)


def lead_concentration(graph: "nx.MultiDiGraph", *, include_collectives: bool = True,
                       include_suggested: bool = False, fold_renamed: bool = False) -> "pd.DataFrame":
    """Per plan, how concentrated leading is: Gini of tasks led over the plan's agencies.

    The agencies counted are all those named in the plan (supporters lead 0 tasks), so a
    plan where one bureau leads everything approaches 1 and an even spread gives 0.
    Columns: plan_id, agencies, leads (agency-task lead pairs), gini, top_name, top_leads,
    top_share (top agency's share of the lead pairs).
    """
    import pandas as pd

    w = workload(graph, include_collectives=include_collectives, include_suggested=include_suggested, across=False,
                 fold_renamed=fold_renamed)
    rows = []
    for pid, grp in w.groupby("plan_id"):
        top = grp.sort_values(["tasks_led", "name"], ascending=[False, True]).iloc[0]
        total = int(grp["tasks_led"].sum())
        rows.append((pid, len(grp), total, gini(grp["tasks_led"]), top["name"], int(top["tasks_led"]),
                     top["tasks_led"] / total if total else 0.0))
    return pd.DataFrame(rows, columns=["plan_id", "agencies", "leads", "gini", "top_name", "top_leads", "top_share"])


def support_only(graph: "nx.MultiDiGraph", *, include_collectives: bool = True,
                 include_suggested: bool = False, fold_renamed: bool = False) -> "pd.DataFrame":
    """Agencies that support tasks but lead none, in any plan. Columns: key, agency_id (as in
    ``assignments()``), name, function_names, gloss, tasks_supported, plans (list of plan ids)."""
    graph = folded_if(graph, fold_renamed)
    w = workload(graph, include_collectives=include_collectives, include_suggested=include_suggested, across=False)
    plans = w.groupby("key")["plan_id"].agg(sorted)
    tot = w.groupby(["key"], as_index=False).agg(name=("name", "first"), function_names=("function_names", "first"),
                                                  gloss=("gloss", "first"), tasks_led=("tasks_led", "sum"),
                                                  tasks_supported=("tasks_supported", "sum"))
    tot = tot[(tot["tasks_led"] == 0) & (tot["tasks_supported"] > 0)].copy()
    tot["plans"] = tot["key"].map(plans)
    tot = tot.sort_values(["tasks_supported", "name"], ascending=[False, True])
    tot = with_agency_ids(graph, tot, key="agency_id")
    return tot[["key", "agency_id", "name", "function_names", "gloss", "tasks_supported", "plans"]].reset_index(drop=True)


def tasks_without_lead(graph: "nx.MultiDiGraph", *, plan: str | None = None,
                       include_suggested: bool = False, fold_renamed: bool = False) -> "pd.DataFrame":
    """Tasks with no clear lead: no stated lead, or only collective addressees leading
    (``_graph.lead_gaps``: 由各乡镇（街道）负责 names no body to hold to account). ``number`` is the
    item's number as the plan writes it (the id counts tasks: ``_graph.task_numbers``);
    ``supports`` names the agencies named as support and ``n_supports`` counts them, as in
    ``tasks()``; ``gap`` says which case (collective only, support only, supervisor only, no
    unit) and ``collective_leads`` names the collectives told; ``plan_has_assignments`` is False
    for plans that state no responsibilities at all (then every task lacks a lead by
    construction). Columns: task_id, number, plan_id, title, supports, n_supports, gap,
    collective_leads, plan_has_assignments, flags, supporters (deprecated: ``n_supports`` under
    its old name, kept for callers and the Cypher query of that name); rows of plans with
    assignments first."""
    from respgraph.analysis._graph import lead_gaps

    graph = folded_if(graph, fold_renamed)
    t = tasks(graph, plan)
    a = assignments(graph, include_suggested=include_suggested, plan=plan)
    gaps = lead_gaps(graph, plan=plan, include_suggested=include_suggested)
    sup = a[a["role"] == "support"].drop_duplicates(["task", "agency"]).groupby("task", sort=False)["name"].agg(list)
    out = t[t["task"].isin(gaps)].copy()
    out["number"] = out["task_id"].map(task_numbers(graph))
    out["path"] = out["task_id"].map(task_paths(graph))  # 二（一）2: the item as a user cites it
    out["supports"] = [sup.get(n, []) for n in out["task"]]
    out["n_supports"] = out["supports"].map(len).astype(int)
    out["supporters"] = out["n_supports"]  # the old name (deprecated): the xlsx no_lead sheet, the Cypher query
    out["gap"] = out["task"].map(lambda n: gaps[n][0])
    out["collective_leads"] = out["task"].map(lambda n: gaps[n][1])
    out["plan_has_assignments"] = out["plan_id"].isin(set(a["plan_id"]))
    # Gaps in plans that do assign work come first: those are the actionable ones. A plan that
    # states no responsibilities at all (a 规划) lacks every lead by construction; see ``suggest``.
    out = out.sort_values(["plan_has_assignments", "plan_id", "seq", "task_id"], ascending=[False, True, True, True])
    return out[["task_id", "number", "path", "plan_id", "title", "supports", "n_supports", "gap", "collective_leads",
                "plan_has_assignments", "flags", "supporters"]].reset_index(drop=True)


def shared_leads(graph: "nx.MultiDiGraph", *, plan: str | None = None, include_collectives: bool = True,
                 include_suggested: bool = False, fold_renamed: bool = False) -> "pd.DataFrame":
    """Tasks led by more than one agency (joint leads, 牵头单位：A、B). Columns: task_id,
    number (the item's number as the plan writes it: ``_graph.task_numbers``), plan_id, title, n_leads, leads (names), lead_functions (function names), gloss (their
    English glosses)."""
    import pandas as pd

    graph = folded_if(graph, fold_renamed)  # (a task led by a body and its successor has one lead)
    a = assignments(graph, include_suggested=include_suggested, include_collectives=include_collectives, plan=plan)
    a = a[a["role"] == "lead"].drop_duplicates(["task", "agency"])
    table = functions(graph)
    g = a.groupby("task").agg(task_id=("task_id", "first"), plan_id=("plan_id", "first"),
                              n_leads=("agency", "size"), leads=("name", list), fl=("functions", "sum"))
    g = g[g["n_leads"] > 1].copy()
    if g.empty:
        return pd.DataFrame(columns=["task_id", "number", "path", "plan_id", "title", "n_leads", "leads", "lead_functions", "gloss"])
    codes = g["fl"].map(lambda fs: sorted(set(fs), key=lambda f: table.get(f, (f, ""))[0]))
    g["lead_functions"] = codes.map(lambda fs: [table.get(f, (f, ""))[0] for f in fs])
    g["gloss"] = codes.map(lambda fs: function_glosses(fs, table))
    g["title"] = [graph.nodes[t].get("title", "") for t in g.index]
    g["number"] = g["task_id"].map(task_numbers(graph))
    g["path"] = g["task_id"].map(task_paths(graph))
    g = g.sort_values(["n_leads", "plan_id", "task_id"], ascending=[False, True, True])
    return g[["task_id", "number", "path", "plan_id", "title", "n_leads", "leads", "lead_functions", "gloss"]].reset_index(drop=True)


def deadline_crunch(graph: "nx.MultiDiGraph", *, plan: str | None = None, include_collectives: bool = True,
                    include_suggested: bool = False, fold_renamed: bool = False) -> "pd.DataFrame":
    """Tasks due per agency per year, from the Task ``deadline_years``: a task with deadlines
    in two years counts in each. Columns: key, agency_id (as in ``assignments()``), name, year, tasks_due, led_due, supported_due;
    sorted by tasks_due (the heaviest year of the heaviest agency first)."""
    import pandas as pd

    graph = folded_if(graph, fold_renamed)
    kt, key_labels, rt = _key_task(graph, plan=plan, include_collectives=include_collectives,
                                   include_suggested=include_suggested, by="agency")
    nodes = graph.nodes
    years = {i: sorted(set(nodes[t].get("deadline_years") or [])) for i, t in enumerate(rt.task_nodes)}
    kt = kt.assign(key=key_labels[kt["k"].to_numpy()] if len(kt) else [], task=kt["t"],
                   year=kt["t"].map(years))
    kt = kt.explode("year").dropna(subset=["year"])
    cols = ["key", "agency_id", "name", "year", "tasks_due", "led_due", "supported_due"]
    if kt.empty:
        return pd.DataFrame(columns=cols)
    kt["year"] = kt["year"].astype(int)
    kt["sup"] = ~kt["led"]
    g = kt.groupby(["key", "year"], as_index=False).agg(tasks_due=("task", "nunique"), led_due=("led", "sum"),
                                                        supported_due=("sup", "sum"))
    g["name"] = g["key"].map(lambda k: nodes[k].get("name", k))
    g[["led_due", "supported_due"]] = g[["led_due", "supported_due"]].astype(int)
    g = with_agency_ids(graph, g.sort_values(["tasks_due", "name", "year"], ascending=[False, True, True]),
                        key="agency_id")
    return g[cols].reset_index(drop=True)
