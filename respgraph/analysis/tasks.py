"""Show me the tasks …: the task table of a build, filtered the way a coordination office asks,
with where each task's responsibility was written.

``tasks(graph, ...)`` returns the rows of ``respgraph.graph.tasks_frame`` (one per task, the
columns ``Build.tasks()`` documents: leads and supports as stated, never respgraph's
suggestions) that pass every filter given, in plan and document order, plus provenance:

* ``file``: the plan file (as the build found it);
* ``clause``, ``clause_start``, ``clause_end``: the responsibility clause and its span in the
  file's cleaned text (``respgraph.read``); without ``agency`` the clause of the task's first
  stated lead (else of its first support; empty when the task names nobody);
* with ``agency`` also ``agency_id``, ``agency`` (canonical name), ``role`` (lead | support: an agency named
  as both counts as lead, as in the analyses), ``basis`` and ``mention`` (the name as
  written on the task); the clause is then the one that names that agency, and a row is
  an assignment row for ``Build.provenance`` (the clause re-read from the file).

Filters: ``agency`` (a name as any plan writes it — with ``plan``, as that plan writes it — read by
``respgraph.analysis.agency.find_agency``; leading or supporting, ``role`` narrows), ``plan``
(a plan id), ``no_lead`` (no clear lead: none stated, or only collective addressees such as
各乡镇（街道）, 各有关部门 leading; a ``gap`` column says which: ``_graph.lead_gaps``), ``search``
(a part of the title or text; Latin letters in any case), ``campaign`` (a campaign id, a part of its name or of the name of the
campaign above it — 碧水 finds the tasks of 碧水提升攻坚战 and its 专项行动 — or a campaign type:
air, water, soil …), ``deadline_before`` (a deadline in a year before it: 2023 keeps tasks
due in 2022 or earlier) and ``supervisor`` (a part of the name of a body the task names to
supervise it, as written: 督查室 finds the tasks of 县委督查室 and 县政府督查室; a supervisor is
no lead or support, so this filter never reads the LEADS/SUPPORTS edges).

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("plan:p", type="Plan", plan_id="p", path="p.txt")
>>> g.add_node("task:p:001", type="Task", task_id="p:001", plan_id="p", seq=1, title="治理黑臭水体",
...            text="治理黑臭水体。（牵头单位：区城管局）", deadline_years=[2022])
>>> g.add_node("task:p:002", type="Task", task_id="p:002", plan_id="p", seq=2, title="推进秸秆禁烧", text="推进秸秆禁烧。")
>>> g.add_node("agency:甲区/城市管理局", type="Agency", agency_id="甲区/城市管理局", name="甲区城市管理局",
...            aliases=["区城管局"], plans=["p"])
>>> _ = g.add_edge("agency:甲区/城市管理局", "task:p:001", key="LEADS", role="lead", basis="explicit",
...                mention="区城管局", clause="（牵头单位：区城管局）", clause_start=7, clause_end=17, file="p.txt")
>>> tasks(g, agency="区城管局")[["task_id", "title", "role", "mention", "clause"]].values.tolist()
[['p:001', '治理黑臭水体', 'lead', '区城管局', '（牵头单位：区城管局）']]
>>> tasks(g, no_lead=True)["title"].tolist(), tasks(g, deadline_before=2023)["title"].tolist()
(['推进秸秆禁烧'], ['治理黑臭水体'])
>>> g.nodes["task:p:002"]["supervisors"] = ["区委督查室"]
>>> tasks(g, supervisor="督查室")[["task_id", "supervisors"]].values.tolist()
[['p:002', ['区委督查室']]]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from respgraph.analysis._graph import agency_roles, lead_gaps, nodes_of_type, plans_of_year, task_roles
from respgraph.analysis.renamed import folded_if
from respgraph.model import task_node

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import pandas as pd

#: Columns added to the task table: where the responsibility was written.
PROVENANCE_COLUMNS = ["file", "clause", "clause_start", "clause_end"]
#: Columns added with ``agency``: how that agency is named on the task.
AGENCY_COLUMNS = ["agency_id", "agency", "role", "basis", "mention"]
ROLES = ("lead", "support")


def tasks(graph: "nx.MultiDiGraph", *, agency: str | None = None, role: Literal["lead", "support"] | None = None,
          plan: str | None = None, no_lead: bool = False, search: str | None = None, campaign: str | None = None,
          deadline_before: int | None = None, supervisor: str | None = None, first_listed: bool = False,
          year: int | None = None, fold_renamed: bool = False, task: str | None = None) -> "pd.DataFrame":
    """The tasks that pass every filter given, with provenance (see the module docstring).
    ``first_listed``: only the tasks whose plan named no lead, led by the first unit of their
    list (A、B、C按职责分工负责, 责任单位：A、B) by respgraph's convention. ``year``: only the tasks of
    the plans of that year (``_graph.plans_of_year``: ``NoPlanOfYear`` when the build has none).
    ``fold_renamed`` (``renamed.fold_renamed_bodies``): a body a reform renamed is the body that
    took its work over, in ``leads`` and ``supports`` and for ``agency`` (市环保局 then finds the
    生态环境局 and all its tasks); with ``agency``, ``renamed`` names the body a row's mention
    named when it was folded into the agency (empty where the plan named the agency itself).
    ``task``: a task id, or where tasks sit as a user cites them (``二（一）2``, ``PLAN:二（一）2``;
    a heading's path, ``二（一）``, the tasks under it: ``task_lookup.task_ids_at``).

    Raises ``respgraph.analysis.agency.AgencyLookupError`` (one line naming the candidates)
    when ``agency`` names no agency or several; ``ValueError`` for a ``role`` other than lead
    or support.
    """
    import pandas as pd

    from respgraph.graph import tasks_frame

    if role is not None and role not in ROLES:
        raise ValueError(f"role must be 'lead' or 'support', not {role!r}")
    graph = folded_if(graph, fold_renamed)
    roles = node = None
    if agency is not None:
        from respgraph.analysis.agency import find_agency

        node = find_agency(graph, agency, plan=plan)  # 区发改委 as that plan writes it
        roles = {t: r for t, r in agency_roles(graph, node).items() if role is None or r[0] == role}
    # One plan's or one agency's tasks are picked by their nodes first: only their edges are read.
    only = set(roles) if roles is not None else None
    if plan is not None:
        only = {n for n, d in nodes_of_type(graph, "Task") if d.get("plan_id") == plan and (only is None or n in only)}
    if year is not None:
        of_year = plans_of_year(graph, year)
        only = {n for n, d in nodes_of_type(graph, "Task") if d.get("plan_id") in of_year and (only is None or n in only)}
    if task is not None:  # one task, or the tasks under one heading, as the user cites them
        from respgraph.analysis.task_lookup import task_ids_at

        named = {task_node(t) for t in task_ids_at(graph, task, plan=plan)}
        only = named if only is None else only & named
    if supervisor is not None:  # few tasks name supervisors: picked by their nodes, as a plan's are
        only = {n for n, d in nodes_of_type(graph, "Task")
                if supervised_by(d.get("supervisors"), supervisor) and (only is None or n in only)}
    df = tasks_frame(graph, only=only)
    keep = pd.Series(True, index=df.index)
    if no_lead:  # no clear lead: none stated, or only collective addressees (_graph.lead_gaps)
        gaps = lead_gaps(graph, plan=plan)
        df["gap"] = [gaps.get(task_node(t), ("", []))[0] for t in df["task_id"]]
        keep &= df["gap"] != ""
    if first_listed:  # a lead nobody named: the convention picked it (a 环委办 asks who is to lead these)
        keep &= pd.Series([_led_by_first_listed(graph, task_node(t)) for t in df["task_id"]], index=df.index, dtype=bool)
    if search:
        text = (df["title"].fillna("").astype(str) + "\n" + df["text"].fillna("").astype(str)).str.casefold()
        keep &= text.str.contains(search.strip().casefold(), regex=False)
    if campaign:
        keep &= df["campaign_id"].isin(campaigns_matching(graph, campaign))
    if deadline_before is not None:
        keep &= df["deadline_years"].map(lambda ys: any(y is not None and int(y) < deadline_before for y in ys or []))
    df = df[keep].reset_index(drop=True)
    df = _with_provenance(graph, df, roles, graph.nodes[node] if node is not None else None)
    if fold_renamed and roles is not None:
        name = dict(zip(graph.nodes[node].get("renamed_ids") or [], graph.nodes[node].get("renamed") or []))
        df["renamed"] = [name.get(f, f) if (f := roles[task_node(t)][1].get("folded_from")) else ""
                         for t in df["task_id"]]
    return df


def _led_by_first_listed(graph, node: str) -> bool:
    """Whether every lead of the task is the first unit of a list that named no lead."""
    bases = [d.get("basis") for _, _, k, d in graph.in_edges(node, keys=True, data=True) if k == "LEADS"]
    return bool(bases) and all(b == "first_listed" for b in bases)


def supervised_by(names, query: str) -> list[str]:
    """The names of ``names`` (a task's supervisors as written) that hold ``query`` (width and
    case folded as agency names are: ``respgraph.analysis.agency``), in their order."""
    from respgraph.analysis.agency import _key

    q = _key(query)
    return [n for n in names or () if q and q in _key(n)] if isinstance(names, (list, tuple)) else []


def campaigns_matching(graph: "nx.MultiDiGraph", query: str) -> set[str]:
    """Ids of the campaigns ``query`` names: its id, its type, or a part of its name or of the
    name of the campaign it belongs to (a 专项行动 under its 攻坚战)."""
    q = query.strip().casefold()
    out = set()
    for _, d in nodes_of_type(graph, "Campaign"):
        names = (str(d.get("name") or ""), str(d.get("parent") or ""))
        if q in (str(d.get("campaign_id", "")).casefold(), str(d.get("campaign_type") or "").casefold()) \
                or any(q and q in n.casefold() for n in names):
            out.add(d.get("campaign_id"))
    return out


def _task_clause(graph: "nx.MultiDiGraph", task: str) -> dict | None:
    """The stated edge whose clause stands for the task: its first lead's, else its first support's."""
    edges = [(role != "lead", e.get("order", 0), i, e) for i, (role, e) in enumerate(task_roles(graph, task).values())]
    return min(edges)[3] if edges else None


def _with_provenance(graph, df: "pd.DataFrame", roles: dict[str, tuple[str, dict]] | None, agency: dict | None):
    """Add the provenance columns; ``roles``: task node -> (role, edge) of the agency filtered by."""
    import pandas as pd

    nodes = [task_node(t) for t in df["task_id"]]
    edges = [roles[n][1] for n in nodes] if roles is not None else [_task_clause(graph, n) for n in nodes]
    paths = {d.get("plan_id"): d.get("path") for _, d in nodes_of_type(graph, "Plan")}
    df["file"] = [(e or {}).get("file") or paths.get(p) for e, p in zip(edges, df["plan_id"])]
    df["clause"] = [(e or {}).get("clause") for e in edges]
    for c in ("clause_start", "clause_end"):  # integers, empty where no clause (not 176.0 beside NaN)
        df[c] = pd.array([(e or {}).get(c) for e in edges], dtype="Int64")
    if roles is not None:
        df["agency_id"] = agency.get("agency_id")
        df["agency"] = agency.get("name")
        df["role"] = [roles[n][0] for n in nodes]
        df["basis"] = [e.get("basis") for e in edges]
        df["mention"] = [e.get("mention") for e in edges]
    return df
