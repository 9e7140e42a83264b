"""Which part of a build a graph view shows, and how a large one is folded.

``select_view(graph, view, **filters)`` returns a :class:`View`: the graph that will be
drawn (a new ``nx.MultiDiGraph`` whose nodes and edges keep the build's attributes, per
``respgraph.model``), plus a title, notes and the agencies' loads. ``render`` turns it into
HTML; nothing here knows about HTML.

Views
  build     every plan, campaign, task and the agencies responsible for them
  plan      one plan (``plan=``): its campaigns, tasks and their agencies
  campaign  one campaign (``campaign=``), with its sub-campaigns, tasks and agencies
  agency    one agency's ego network (``agency=``): its tasks, the agencies that share
            them and the campaigns/plans they come from
  network   the agency coordination network: agencies joined by the tasks they share
  overload  agencies sized by weighted load, overloaded ones marked, linked to the plans
            their load comes from

Filters apply to every view: ``plan``/``campaign``/``agency`` narrow the tasks in scope,
``role`` (lead|support) keeps only that role's responsibility edges, ``function`` keeps only
agencies with that function code. Under a role/function/agency filter a task with no
remaining responsibility edge is dropped (it would only be noise).

Large builds: above ``LARGE_VIEW_NODES`` nodes a task-level view folds its tasks into
counts on agency → campaign edges; a filterless ``build`` view still above the limit is
not drawn at all — the page asks for a filter instead, so no view freezes a browser.

Example::

    >>> v = select_view(g, "plan", plan="yushui-2022-pollution-battle")   # doctest: +SKIP
    >>> v.title, v.graph.number_of_nodes()                                 # doctest: +SKIP
    ('渝水区深入打好污染防治攻坚战实施方案', 212)
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from respgraph.model import ROLE_EDGE, campaign_node, plan_node
from respgraph.plural import counted
# (EDGES_PER_NODE / RESP_TYPES stay importable from here, as before they moved)
from respgraph.viz.drawn import EDGES_PER_NODE, RESP_TYPES, agency_graph, fold_tasks, task_graph, trim_agency_graph

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

#: Above this many nodes a view aggregates (documented in README / --help).
LARGE_VIEW_NODES = 1500

VIEWS = ("build", "plan", "campaign", "agency", "network", "overload")


class ViewError(ValueError):
    """A view request that cannot be met (unknown plan, ambiguous agency, ...)."""


@dataclass
class View:
    """What one graph view draws, chosen by ``select_view`` and drawn by ``render``: the graph
    (a new one, nodes and edges keeping the build's attributes; folded or trimmed when
    ``aggregated``; empty when ``needs_filter``, the page then asks for a plan or an agency),
    its title and subtitle, the notes said above it, and per agency node the weighted load
    and the reason it is overloaded, so render never computes an analysis."""

    graph: "nx.MultiDiGraph"
    view: str
    title: str
    subtitle: str = ""
    notes: list[str] = field(default_factory=list)
    aggregated: bool = False
    needs_filter: bool = False
    load: dict[str, float] = field(default_factory=dict)  # agency node -> weighted load
    overloaded: dict[str, str] = field(default_factory=dict)  # agency node -> reason
    sized: bool = False  # agencies sized by load in this view
    function_gloss: dict[str, tuple[str, str]] = field(default_factory=dict)  # code -> (zh, en)
    suggestions: list[str] = field(default_factory=list)  # shown when needs_filter
    # every plan as [plan_id, title, jurisdiction, tasks], most tasks first: the page's plan
    # picker when needs_filter (757 plans: a list of 810 commands to scroll was no choice)
    plan_choices: list[list] = field(default_factory=list)


# --------------------------------------------------------------------------- lookups


def _nodes_of(graph, node_type: str) -> list[str]:
    return [n for n, d in graph.nodes(data=True) if d.get("type") == node_type]


def find_plan(graph, plan: str) -> str:
    """The Plan node for a plan id (exact, or a unique prefix of the id)."""
    if plan_node(plan) in graph:
        return plan_node(plan)
    hits = [n for n in _nodes_of(graph, "Plan") if str(graph.nodes[n].get("plan_id", "")).startswith(plan)]
    if len(hits) == 1:
        return hits[0]
    known = ", ".join(sorted(str(graph.nodes[n].get("plan_id")) for n in _nodes_of(graph, "Plan")))
    raise ViewError(f"no single plan with id {plan!r} (plans: {known})")


def find_campaign(graph, campaign: str, plan_id: str | None = None) -> str:
    """The Campaign node ``campaign`` names: its id, its exact name, or the one campaign (of
    ``plan_id``'s plan, when given) whose id or name holds it (碧水 for 碧水保卫战), as
    ``respgraph tasks --campaign`` reads it. Several or none: a ViewError naming the candidates
    by id, for a view draws one campaign (was: 'no single campaign', with no hint where the
    ids are)."""
    from respgraph.analysis.tasks import campaigns_matching

    if campaign_node(campaign) in graph:
        return campaign_node(campaign)
    camps = {n: d for n, d in graph.nodes(data=True) if d.get("type") == "Campaign"
             and (plan_id is None or d.get("plan_id") == plan_id)}
    key = campaign.strip().casefold()
    own = [n for n, d in camps.items() if key and any(key in str(d.get(k) or "").casefold() for k in ("name", "campaign_id"))]
    # its name, then a part of its own name or id (碧水提升攻坚战, not also its 专项行动), then as
    # `tasks --campaign` matches: the campaign above it, or a type (water)
    for hits in ([n for n, d in camps.items() if d.get("name") == campaign], own,
                 [campaign_node(c) for c in sorted(campaigns_matching(graph, campaign)) if campaign_node(c) in camps]):
        if len(hits) == 1:
            return hits[0]
        if hits:
            raise _no_single_campaign(camps, campaign, hits, plan_id)
    raise _no_single_campaign(camps, campaign, [], plan_id)


def _no_single_campaign(camps: dict, campaign: str, hits: list, plan_id: str | None, shown: int = 10) -> "ViewError":
    def named(ns):
        ns = sorted(ns)
        listed = "; ".join(f"{camps[n].get('campaign_id')} {camps[n].get('name') or ''}".rstrip() for n in ns[:shown])
        return listed + (f"; … {len(ns) - shown} more" if len(ns) > shown else "")

    where = f" of plan {plan_id}" if plan_id else ""
    if hits:
        return ViewError(f"campaign {campaign!r} matches {counted(len(hits), 'campaign')}{where}: {named(hits)}; "
                        "give one id with --campaign" + ("" if plan_id else ", or the plan with --plan"))
    if not camps:
        return ViewError(f"no campaign {campaign!r}: the build{where} has no campaigns (攻坚战, 专项行动)")
    return ViewError(f"no campaign{where} is {campaign!r} or has it in its name or id; campaigns: {named(camps)}")


def function_code(graph, function: str) -> str:
    """The function code ``function`` names: a code (生态环境), its Chinese name (生态环境保护,
    as the analysis tables' 职能 column prints it) or its English gloss (ecology and
    environment, any case). An unknown name is returned as given."""
    gloss = function_glosses(graph)
    if function in gloss:
        return function
    key = function.strip().casefold()
    hits = sorted(c for c, (zh, en) in gloss.items() if key in (zh.casefold(), en.casefold()))
    return hits[0] if len(hits) == 1 else function


def find_agency(graph, agency: str, plan: str | None = None) -> str:
    """The Agency node for a name as any plan writes it (with ``plan``, a plan id: as that
    plan writes it), a canonical name or id, or a unique part of one
    (``respgraph.analysis.agency.find_agency``; its errors as ``ViewError``)."""
    from respgraph.analysis.agency import AgencyLookupError, find_agency as find

    try:
        return find(graph, agency, plan=plan)
    except AgencyLookupError as e:
        raise ViewError(str(e)) from None


# --------------------------------------------------------------------------- loads


#: The graph whose workload and overload frames ``loads_computed_once`` keeps, and the frames.
_SHARED: dict = {}


@contextmanager
def loads_computed_once(graph, **overload_options):
    """While open, ``agency_loads`` of ``graph`` computes the workload and overload frames once,
    for all plans, and each view takes its plan's rows (the same rows: both are judged within
    each plan). A report draws a view per plan, and each computed them over the whole graph:
    at 300 plans that was 22 of the report's 60 s. The graph must not change meanwhile.
    ``overload_options`` (``include_collectives``, ``min_tasks``, ``min_plan_tasks``): the
    report's, so that its views ring the agencies its overload table names."""
    prev = dict(_SHARED)
    _SHARED.clear()
    _SHARED["graph"] = graph
    _SHARED["options"] = overload_options
    try:
        yield
    finally:
        _SHARED.clear()
        _SHARED.update(prev)


def _frames(graph, plan_id, workload, overloaded, overload_options: dict):
    """(workload, overload) frames for ``plan_id`` (None: all plans), shared while
    ``loads_computed_once`` is open for ``graph``. The overload frame is ``overloaded``'s, the
    one the report's table and the workbook's sheet read: collective addressees are drawn and
    sized by their load, but neither flagged nor counted in their plan's fence (unless
    ``overload_options`` say ``include_collectives``, as ``respgraph viz --include-collectives``)."""
    if _SHARED.get("graph") is not graph:
        return workload(graph, plan=plan_id), overloaded(graph, plan=plan_id, **overload_options)
    if "frames" not in _SHARED:
        _SHARED["frames"] = (workload(graph), overloaded(graph, **_SHARED["options"]))
    wl, ov = _SHARED["frames"]
    if plan_id is None:
        return wl, ov
    return wl[wl["plan_id"] == plan_id], ov[ov["plan_id"] == plan_id]


def agency_loads(graph, plan_id: str | None = None, **overload_options) -> tuple[dict[str, float], dict[str, str]]:
    """Weighted load per Agency node, and the overloaded ones with the reason.

    Uses ``respgraph.analysis.workload`` (the team's definitions: lead 1, support 0.5,
    suggested edges not counted; overload judged within each plan, as ``overloaded`` judges it
    for the report and the workbook: collective addressees not flagged). ``plan_id`` scopes both
    to one plan; otherwise loads are the all-plans totals (rows ``plan_id == "*"``) and an
    agency is marked if it is overloaded in any plan. If the analysis module cannot be
    imported the views still draw, with lead = 1 / support = 0.5 loads and no overload marks.
    ``overload_options`` (include_collectives, share_limit, min_tasks, min_plan_tasks) go to
    ``overloaded``; inside ``loads_computed_once`` its options hold instead.
    """
    try:
        from respgraph.analysis.workload import overloaded, workload
    except ImportError:  # pragma: no cover - partial install
        loads: dict[str, float] = {}
        for a, t, k, d in graph.edges(keys=True, data=True):
            if d.get("type") in RESP_TYPES and d.get("basis") != "suggested":
                loads[a] = loads.get(a, 0.0) + (1.0 if d["type"] == "LEADS" else 0.5)
        return loads, {}
    wl, ov = _frames(graph, plan_id, workload, overloaded, overload_options)
    if "plan_id" in wl.columns:
        wl = wl[wl["plan_id"] == (plan_id or "*")] if (wl["plan_id"] == (plan_id or "*")).any() else wl
    loads = {}
    for row in wl.to_dict("records"):
        node = _agency_key(graph, row)
        if node is not None:
            loads[node] = max(loads.get(node, 0.0), float(row.get("weighted_load", 0.0)))
    over: dict[str, str] = {}
    options = _SHARED["options"] if _SHARED.get("graph") is graph else overload_options
    for row in ov.to_dict("records"):
        if not row.get("flagged", True):
            continue
        node = _agency_key(graph, row)
        if node is not None:
            reason = _reason_zh_en(row, options)
            if plan_id is None and row.get("plan_id") not in (None, "*"):
                reason = f"{row['plan_id']}: {reason}"
            over[node] = (over[node] + "; " + reason) if node in over else reason
    return loads, over


def _reason_zh_en(row: dict, options: dict) -> str:
    """Why an agency is flagged, in Chinese then English, as the report's overload table says it
    (the views' tooltip and list gave the English alone beside their Chinese labels)."""
    from types import SimpleNamespace

    from respgraph.analysis.workload import SHARE_LIMIT, overload_reason

    en = str(row.get("reason") or "overloaded")
    try:
        zh = overload_reason(SimpleNamespace(**row), options.get("share_limit", SHARE_LIMIT), "zh")
    except (AttributeError, TypeError, ValueError):  # a frame without the figures: the English alone
        zh = ""
    return f"{zh} · {en}" if zh else en


def _agency_key(graph, row: dict) -> str | None:
    for col in ("key", "agency", "node"):
        if row.get(col) in graph:
            return row[col]
    return None


def function_glosses(graph) -> dict[str, tuple[str, str]]:
    """Function code -> (Chinese name, English gloss), from the build's Function nodes."""
    return {
        str(d.get("code")): (str(d.get("name") or d.get("code")), str(d.get("gloss") or ""))
        for _, d in graph.nodes(data=True)
        if d.get("type") == "Function"
    }


# --------------------------------------------------------------------------- selection


def _out_keys(graph, node: str):
    """The keys (edge types) of ``node``'s outgoing edges."""
    for keydict in graph._succ[node].values():
        yield from keydict


def _resp_in(graph, task: str):
    for a, _, k, d in graph.in_edges(task, keys=True, data=True):
        if d.get("type") in RESP_TYPES:
            yield a, k, d


def _campaign_tasks(graph, camp: str) -> set[str]:
    """Tasks under a campaign and its sub-campaigns (HAS_TASK below, or ``parent`` attributes)."""
    camp_id = graph.nodes[camp].get("campaign_id")
    camps, stack = {camp}, [camp]
    while stack:
        c = stack.pop()
        cid = graph.nodes[c].get("campaign_id")
        children = [s for _, s, d in graph.out_edges(c, data=True) if d.get("type") == "HAS_CAMPAIGN"]
        children += [n for n in _nodes_of(graph, "Campaign") if cid and graph.nodes[n].get("parent") == cid]
        for s in children:
            if s not in camps:
                camps.add(s)
                stack.append(s)
    tasks = {s for c in camps for _, s, d in graph.out_edges(c, data=True) if d.get("type") == "HAS_TASK"}
    tasks |= {n for n in _nodes_of(graph, "Task") if camp_id and graph.nodes[n].get("campaign") == camp_id}
    return tasks


#: The subtitle of each view, and its title when no filter names what it shows.
VIEW_TITLES = {
    "build": "全部规划 · All plans",
    "plan": "规划视图 · Plan",
    "campaign": "攻坚战视图 · Campaign",
    "agency": "单位视图 · Agency ego network",
    "network": "协同网络 · Agency coordination network",
    "overload": "工作负荷 · Agency load and overload",
}


def _check_request(graph, view: str, plan, campaign, agency, function, role, gloss: dict) -> None:
    """Raise ``ViewError`` for a request no view can meet (an unknown view, role or function;
    a plan, campaign or agency view without the one it shows), before anything is computed."""
    if view not in VIEWS:
        raise ViewError(f"unknown view {view!r} (choose from {', '.join(VIEWS)})")
    if role is not None and role not in ROLE_EDGE:
        raise ViewError(f"unknown role {role!r} (lead or support)")
    if view == "plan" and not plan:
        raise ViewError("the plan view needs --plan ID")
    if view == "campaign" and not campaign:
        raise ViewError("the campaign view needs --campaign ID")
    if view == "agency" and not agency:
        raise ViewError("the agency view needs --agency NAME")
    if function and function not in gloss and not any(function in (d.get("functions") or []) for _, d in graph.nodes(data=True) if d.get("type") == "Agency"):
        raise ViewError(f"no agency has function {function!r} (a code, its Chinese name or English gloss; codes: {', '.join(sorted(gloss)) or 'none'})")


@dataclass
class _Scope:
    """The tasks a view's plan / campaign / agency filters leave, the nodes those filters name
    (kept in the view even with no task left) and the words of its title, one per filter."""

    tasks: set[str]
    words: list[str] = field(default_factory=list)
    plan_n: str | None = None
    camp_n: str | None = None
    agency_n: str | None = None


def _tasks_in_scope(graph, plan, campaign, agency) -> _Scope:
    """The tasks of ``plan``, under ``campaign`` and with ``agency`` responsible, each filter
    narrowing the last (see ``_Scope``)."""
    scope = _Scope(set(_nodes_of(graph, "Task")))
    if plan:
        scope.plan_n = find_plan(graph, plan)
        pid = graph.nodes[scope.plan_n].get("plan_id")
        scope.tasks = {t for t in scope.tasks if graph.nodes[t].get("plan_id") == pid}
        scope.words.append(str(graph.nodes[scope.plan_n].get("title") or pid))
    if campaign:
        scope.camp_n = find_campaign(graph, campaign, graph.nodes[scope.plan_n].get("plan_id") if scope.plan_n else None)
        scope.tasks &= _campaign_tasks(graph, scope.camp_n)
        scope.words.append(str(graph.nodes[scope.camp_n].get("name") or campaign))
    if agency:
        # 区发改委 with --plan: that plan's 区发改委, as `respgraph agency --plan` reads it
        scope.agency_n = find_agency(graph, agency, graph.nodes[scope.plan_n].get("plan_id") if scope.plan_n else None)
        scope.tasks = {t for t in scope.tasks if any(a == scope.agency_n for a, _, _ in _resp_in(graph, t))}
        scope.words.append(str(graph.nodes[scope.agency_n].get("name")))
    return scope


def _ask_for_a_filter(v: View, graph) -> None:
    """Make ``v`` the page that asks for a plan or an agency: nothing drawn, the plans to pick from."""
    v.needs_filter = True
    v.suggestions = _suggestions(graph)
    v.plan_choices = plan_choices(graph)


def _unfoldable_build_view(graph, tasks: set[str], gloss: dict, max_nodes: int) -> View | None:
    """The filterless build view when it cannot be drawn at all, or None. Folded, this view
    keeps every plan and every agency with a task: when those alone are over the budget no
    folding fits, so neither the agency loads nor the task graph are computed (copying and
    folding all of a 10,000-plan build took 144 s, for a page that asks for a filter)."""
    n_plans = sum(1 for _ in _nodes_of(graph, "Plan"))
    n_agencies = sum(1 for a in _nodes_of(graph, "Agency")
                     if any(k in RESP_TYPES for k in _out_keys(graph, a)))
    if n_plans + n_agencies <= max_nodes:
        return None
    import networkx as nx

    v = View(graph=nx.MultiDiGraph(), view="build", title="全部规划 · All plans", subtitle="全部规划 · All plans",
             function_gloss=gloss, aggregated=True, needs_filter=True)
    v.notes.append(
        f"全部规划共 {len(tasks)} 项任务、{n_plans} 个规划、{n_agencies} 个单位，合并为计数后仍超过 {max_nodes} 个节点，请先选择一个规划或单位。"
        f" All plans: {counted(len(tasks), 'task')}, {counted(n_plans, 'plan')} and {counted(n_agencies, 'agency')}, more than {max_nodes} nodes even with"
        " tasks folded into counts: pick a plan or an agency first."
    )
    _ask_for_a_filter(v, graph)
    return v


def _folded_if_large(v: View, graph, sub, max_nodes: int, unfiltered_build: bool):
    """``sub`` as the view draws it: above ``max_nodes`` its tasks folded into counts (said in a
    note); a filterless build view still above it after folding is not drawn (an empty graph,
    the page asks for a filter)."""
    if sub.number_of_nodes() <= max_nodes:
        return sub
    n_full = sub.number_of_nodes()
    sub = fold_tasks(graph, sub)
    v.aggregated = True
    v.notes.append(
        f"此视图有 {n_full} 个节点（超过 {max_nodes}）：任务已按攻坚战合并为计数，连线粗细 = 任务数。"
        f" This view has {n_full} nodes (more than {max_nodes}): tasks are folded into counts on agency → campaign edges; "
        "narrow it with --plan, --campaign, --agency, --function or --role to see single tasks."
    )
    if sub.number_of_nodes() > max_nodes and unfiltered_build:
        v.notes.append(f"合并后仍有 {sub.number_of_nodes()} 个节点，请先选择一个规划或单位。 Still {sub.number_of_nodes()} nodes after folding: pick a plan or an agency first.")
        _ask_for_a_filter(v, graph)
        import networkx as nx

        sub = nx.MultiDiGraph()
    return sub


#: The options of the overload list a view takes (``workload.overloaded``'s).
OVERLOAD_OPTIONS = ("include_collectives", "share_limit", "min_tasks", "min_plan_tasks")


def _check_overload_options(options: dict) -> None:
    """A misspelt filter (``b.view("overload", min_task=5)``) is an error naming the ones there are."""
    unknown = sorted(set(options) - set(OVERLOAD_OPTIONS))
    if unknown:
        raise ViewError(f"unknown view option {', '.join(unknown)} (filters: plan, campaign, agency, function, role, "
                        f"fold_renamed; overload: {', '.join(OVERLOAD_OPTIONS)})")


def select_view(
    graph,
    view: str = "build",
    *,
    plan: str | None = None,
    campaign: str | None = None,
    agency: str | None = None,
    function: str | None = None,
    role: str | None = None,
    max_nodes: int = LARGE_VIEW_NODES,
    fold_renamed: bool = False,
    **overload_options,
) -> View:
    """The subgraph (or aggregate) a view shows; raises :class:`ViewError` on a bad request.
    ``fold_renamed``: the view of the folded graph (``analysis.renamed.fold_renamed_bodies``): a
    body a reform renamed drawn as the body that took its work over, whose tooltip names it.
    ``overload_options``: which agencies are ringed as overloaded, as the overload list's
    options (``workload.overloaded``: include_collectives, share_limit, min_tasks, min_plan_tasks)."""
    from respgraph.analysis.renamed import folded_if

    graph = folded_if(graph, fold_renamed)
    gloss = function_glosses(graph)
    if function:
        function = function_code(graph, function)
    _check_request(graph, view, plan, campaign, agency, function, role, gloss)
    scope = _tasks_in_scope(graph, plan, campaign, agency)
    tasks, plan_n = scope.tasks, scope.plan_n
    unfiltered_build = view == "build" and not (plan or campaign or agency or function or role)
    if unfiltered_build:
        too_big = _unfoldable_build_view(graph, tasks, gloss, max_nodes)
        if too_big is not None:
            return too_big

    _check_overload_options(overload_options)
    loads, over = agency_loads(graph, plan_id=graph.nodes[plan_n].get("plan_id") if plan_n else None, **overload_options)
    if role:
        scope.words.append({"lead": "牵头 lead", "support": "配合 support"}[role])
    if function:
        zh, en = gloss.get(function, (function, ""))
        scope.words.append(f"职能 {zh}" + (f" ({en})" if en else ""))

    def keep_edge(a: str, d: dict) -> bool:
        if role and d.get("type") != ROLE_EDGE[role]:
            return False
        if function and function not in (graph.nodes[a].get("functions") or []):
            return False
        return True

    resp = [(a, t, k, d) for t in sorted(tasks) for a, k, d in _resp_in(graph, t) if keep_edge(a, d)]
    if role or function or agency:  # a task no kept edge reaches would only be noise
        tasks = {t for _, t, _, _ in resp}

    title = " / ".join(scope.words) if scope.words else VIEW_TITLES[view]
    v = View(graph=None, view=view, title=title, subtitle=VIEW_TITLES[view], load=loads, overloaded=over, function_gloss=gloss)  # type: ignore[arg-type]

    if view in ("network", "overload"):
        # like the analyses, the agency-level views count only what the plans state
        v.graph = agency_graph(graph, view, [r for r in resp if r[3].get("basis") != "suggested"], loads)
        v.sized = True
        if v.graph.number_of_nodes() > max_nodes or v.graph.number_of_edges() > max_nodes * EDGES_PER_NODE:
            v.graph = trim_agency_graph(v, loads, max_nodes)
            v.aggregated = True
        return v

    sub = task_graph(graph, tasks, resp, keep_plans=[plan_n] if plan_n else [], keep_campaigns=[scope.camp_n] if scope.camp_n else [],
                      keep_agencies=[scope.agency_n] if scope.agency_n else [])
    v.sized = True
    v.graph = _folded_if_large(v, graph, sub, max_nodes, unfiltered_build)
    return v


def plan_choices(graph) -> list[list]:
    """Every plan of the build as [plan_id, title, jurisdiction, tasks], the plan with most
    tasks first (ties: by id): what the filter page's picker searches and lists."""
    from collections import Counter

    n_tasks = Counter(d.get("plan_id") for _, d in graph.nodes(data=True) if d.get("type") == "Task")
    rows = [[d.get("plan_id") or "", d.get("title") or "", d.get("jurisdiction") or "", n_tasks.get(d.get("plan_id"), 0)]
            for d in (graph.nodes[p] for p in _nodes_of(graph, "Plan"))]
    return sorted(rows, key=lambda r: (-r[3], r[0]))


def _suggestions(graph) -> list[str]:
    plans = sorted(_nodes_of(graph, "Plan"))
    out = []
    for p in plans[:50]:
        d = graph.nodes[p]
        out.append(f"respgraph viz DIR --view plan --plan {d.get('plan_id')}    # {d.get('title') or ''}")
    return out
