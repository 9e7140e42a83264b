"""``respgraph workload``, ``respgraph network``, ``respgraph overlap``: thin CLI layers over
``respgraph.analysis``. Each takes a build directory (default ``out/``), loads it with
``respgraph.api.load`` and prints a table (default), CSV or JSON. What the numbers mean:
docs/analyses.md.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Optional, Tuple

import typer

from respgraph.commands.common import (DIR_ARG, FOLD_RENAMED_OPT, FORMAT_OPT, INCLUDE_COLLECTIVES_OPT, MIN_PLAN_TASKS_OPT,
                                       MIN_TASKS_OPT, PLANS_LISTED, SHARE_LIMIT_OPT, YEAR_OPT, check_plan, check_year, emit, load_graph, percent)
from respgraph.console import OutputFormat, UsageError, busy, exclusive
from respgraph.plural import any_of_its_tasks, counted, every_task_has, some_tasks_have


class By(str, Enum):
    """Per agency or per function (职能): ``workload --by`` and ``network --pairs --by``."""

    agency = "agency"
    function = "function"


class Report(str, Enum):
    concentration = "concentration"
    support_only = "support-only"
    no_lead = "no-lead"
    shared_lead = "shared-lead"
    deadlines = "deadlines"


class Relation(str, Enum):
    """Where two plans of an overlap pair stand (``respgraph.analysis.overlap._relations``)."""
    same_place = "same-place"
    vertical = "vertical"
    other_places = "other-places"

    @property
    def label(self) -> str:
        return self.value.replace("-", " ")  # the column's value: same place, other places


class Metric(str, Enum):
    degree = "degree"
    weighted_degree = "weighted-degree"
    betweenness = "betweenness"
    eigenvector = "eigenvector"
    broker = "broker"


def _plan_titles(graph) -> dict[str, str]:
    from respgraph.analysis._graph import plans

    p = plans(graph)
    return {r.plan_id: (r.title or "")[:40] for r in p.itertuples()}


def _function_cell(functions, gloss) -> str:
    """'农业农村 (agriculture and rural affairs)': a lead's functions as the table shows them."""
    zh = "、".join(map(str, functions))
    return f"{zh} ({gloss})" if zh and gloss else zh or str(gloss or "")


#: Above this many plans a table format prints the all-plans answer and one line on how to get
#: a plan's own (757 plans printed 13,430 lines of per-plan tables, most of a 72 s run).
PER_PLAN_TABLES = 12

PER_PLAN_OPT = typer.Option(False, "--per-plan", help=f"Table format: one table per plan even above {PER_PLAN_TABLES} plans (else the all-plans table only).")


def _listed(ids, k: int = PLANS_LISTED) -> str:
    """'a, b, c +N more': the first ``k`` of a list of plan ids."""
    ids = list(ids)
    return ", ".join(ids[:k]) + (f" +{len(ids) - k} more" if len(ids) > k else "")


def _per_plan_hint(n_plans: int, what: str = "one table per plan") -> None:
    """The line under an all-plans table at scale: how to get one plan, or every plan."""
    print(f"{counted(n_plans, 'plan')}: {what} left out; `--plan ID` for one plan, --per-plan for every plan, "
          "--format csv or json for all rows")



# --------------------------------------------------------------------------- workload

#: The column --fold-renamed adds to a table of agencies (a table without it shows none).
_RENAMED_COL = {"renamed": "counted with (renamed)"}

_OVERLOAD_COLS = {"name": "单位", "function_names": "职能", "gloss": "function", "tasks_led": "led",
                  "tasks_supported": "supported", "lead_share": "lead share", "weighted_load": "load", "reason": "reason",
                  **_RENAMED_COL}

_ACROSS_COLS = {"name": "单位", "function_names": "职能", "gloss": "function", "plans_flagged": "plans flagged",
                "plans": "of its plans", "flagged_in": "flagged in", "tasks_led": "led (all plans)",
                "tasks_supported": "supported (all plans)"}


def workload_cmd(
    build_dir: Path = DIR_ARG,
    plan: Optional[str] = typer.Option(None, "--plan", "-p", help="Only this plan id."),
    year: Optional[int] = YEAR_OPT,
    by: By = typer.Option(By.agency, "--by", help="Count per agency or per function (职能)."),
    exclude_collectives: bool = typer.Option(False, "--exclude-collectives", help="Leave out collective addressees (各乡镇（办）, 成员单位); with --overload they are left out already."),
    include_collectives: bool = INCLUDE_COLLECTIVES_OPT,
    overload_: bool = typer.Option(False, "--overload", help="Only agencies flagged as overloaded, with the reason: the list the report, the workbook's overload sheet and the views' red rings give."),
    report: Optional[Report] = typer.Option(None, "--report", help="A sub-report instead: concentration, support-only, no-lead, shared-lead, deadlines."),
    share_limit: float = SHARE_LIMIT_OPT,
    min_tasks: int = MIN_TASKS_OPT,
    min_plan_tasks: int = MIN_PLAN_TASKS_OPT,
    lead_weight: float = typer.Option(1.0, "--lead-weight", min=0.0, help="Weight of a task led in the weighted load."),
    support_weight: float = typer.Option(0.5, "--support-weight", min=0.0, help="Weight of a task supported in the weighted load."),
    include_suggested: bool = typer.Option(False, "--include-suggested", help="Also count respgraph's suggested leads (basis 'suggested')."),
    fold_renamed: bool = FOLD_RENAMED_OPT,
    fmt: OutputFormat = FORMAT_OPT,
    limit: int = typer.Option(10, "--limit", "-n", min=0, help="Rows per table in table format (0 = all)."),
    per_plan: bool = PER_PLAN_OPT,
) -> None:
    """Who carries the work: tasks led and supported, lead share and weighted load per agency.

    Weighted load = lead weight × tasks led + support weight × tasks supported (1.0 / 0.5).

    Example: `respgraph workload out --plan <id> --overload`; `respgraph workload out --year 2022`;
    `respgraph workload out --report no-lead`
    """
    from respgraph.analysis import workload as w

    _check_workload_options(overload_, report, year)
    exclusive(include_collectives=include_collectives, exclude_collectives=exclude_collectives)
    if include_collectives and not overload_:
        raise UsageError("--include-collectives goes with --overload (the workload table counts every unit already; "
                         "--exclude-collectives leaves collective addressees out of it)")
    graph = load_graph(build_dir, fold_renamed=fold_renamed)  # (the sub-reports read the folded graph as it is)
    plan = check_plan(graph, plan)
    of_year = check_year(graph, year)
    common = dict(include_collectives=not exclude_collectives, include_suggested=include_suggested)
    if report is not None:
        _workload_report(graph, report, plan, common, fmt, limit, per_plan)
        return
    common["fold_renamed"] = fold_renamed  # (the graph is folded: this adds the rows' renamed bodies)
    titles = _titles_of(graph, of_year)
    if overload_:
        # the report's, the workbook's and the views' list: collective addressees left out
        # unless --include-collectives (``overloaded``)
        if not include_collectives:
            del common["include_collectives"]
        every = w.overloaded(graph, plan=plan, share_limit=share_limit, min_tasks=min_tasks,
                             min_plan_tasks=min_plan_tasks, by=by.value, year=year,
                             lead_weight=lead_weight, support_weight=support_weight, all_rows=True, **common)
        _print_overload(graph, every, titles, fmt, limit, per_plan=per_plan or plan is not None,
                        min_plan_tasks=min_plan_tasks,
                        note_collectives="counted" if include_collectives else "" if exclude_collectives else "left out")
        return
    df = w.workload(graph, plan=plan, by=by.value, lead_weight=lead_weight, support_weight=support_weight, year=year,
                    **common)
    _print_workload(df, titles, by=by, plan=plan, year=year, fmt=fmt, limit=limit, per_plan=per_plan)


def _check_workload_options(overload_: bool, report: "Report | None", year: int | None) -> None:
    """The options that cannot go together, told before the build is loaded."""
    exclusive(overload=overload_, report=report)
    if year is not None and report is not None:
        raise UsageError(f"--year cannot be combined with --report {report.value}: give --plan, or leave --year out")


def _titles_of(graph, of_year: set[str] | None) -> dict[str, str]:
    """The plans' short titles; with --year only its plans': the plans of other years are no
    part of the answer, not counted, not listed as silent."""
    titles = _plan_titles(graph)
    if of_year is not None:
        titles = {p: t for p, t in titles.items() if p in of_year}
    return titles


def _print_overload(graph, every, titles, fmt: OutputFormat, limit, *, per_plan: bool, min_plan_tasks: int,
                    note_collectives: str) -> None:
    """``workload --overload``: the flagged rows of ``every`` (``overloaded(all_rows=True)``) as
    CSV/JSON rows, or as tables with a note on the collective addressees: those among them
    (``note_collectives`` "counted"), or that they were left out ("left out": not asked either way)."""
    from respgraph.analysis import workload as w

    df = every[every["flagged"]].reset_index(drop=True)
    if fmt is not OutputFormat.table:
        emit(df, fmt)
    elif df.empty and w.overload_across(every).empty:  # (short plans' standing out still counts across them)
        print("no agency stands out: none above its plan's fence or the share limit"
              + (f" (plans of fewer than {min_plan_tasks} tasks flag no one)" if min_plan_tasks else ""))
    else:
        _overload_tables(w, df, every, titles, fmt, limit, per_plan)
    if fmt is not OutputFormat.table:  # CSV/JSON: the rows, nothing else
        return
    if note_collectives == "counted":
        _note_collectives(graph, df)
    elif note_collectives == "left out":
        _note_collectives_left_out(graph, set(every["plan_id"]) if len(every) else set())


def _workload_cols(by: By) -> dict[str, str]:
    """The workload table's columns (old -> header): per agency, or per function."""
    if by is By.function:
        return {"rank": "#", "name": "职能", "gloss": "function", "agencies": "agencies", "tasks_led": "led",
                "tasks_supported": "supported", "lead_share": "lead share", "weighted_load": "load"}
    return {"rank": "#", "name": "单位", "function_names": "职能", "gloss": "function",
            "tasks_led": "led", "tasks_supported": "supported", "lead_share": "lead share", "weighted_load": "load",
            **_RENAMED_COL}


def _print_workload(df, titles, *, by: By, plan, year, fmt: OutputFormat, limit, per_plan: bool) -> None:
    """``workload``'s answer: CSV/JSON rows, or one table per plan and the all-plans table
    (that one alone above ``PER_PLAN_TABLES`` plans), then the plans with no rows."""
    from respgraph.analysis import workload as w

    if fmt is not OutputFormat.table:
        emit(df, fmt)
        return
    if df.empty:
        print("no responsibilities stated in this build: nothing to count")
        return
    cols = _workload_cols(by)
    shown = sorted(p for p in df["plan_id"].unique() if p != w.ALL_PLANS)
    n_plans = len(shown)
    if plan is None and (by is By.function or len(shown) > 1):  # who carries the work over all the plans
        shown.append(w.ALL_PLANS)
    if plan is None and n_plans > PER_PLAN_TABLES and not per_plan:  # a year of plans: the cross-plan answer
        shown = [w.ALL_PLANS]
    for pid in shown:
        sub = percent(df[df["plan_id"] == pid], ["lead_share"])
        n_tasks = int(sub["plan_tasks"].max()) if pid != w.ALL_PLANS else None
        title = (f"{pid} {titles.get(pid, '')} — {counted(n_tasks, 'task')}, top {min(limit or len(sub), len(sub))} of {len(sub)}"
                 if pid != w.ALL_PLANS else
                 f"all plans{f' of {year}' if year is not None else ''} — top {min(limit or len(sub), len(sub))} of {len(sub)}")
        emit(sub, fmt, title=title, limit=limit, table_cols=cols)
    if shown == [w.ALL_PLANS] and n_plans > PER_PLAN_TABLES:
        _per_plan_hint(n_plans)
    no_rows = sorted(set(titles) - set(df["plan_id"]))
    if no_rows and plan is None:
        print(f"no stated responsibilities (no rows): {_listed(no_rows)}")


def _overload_tables(w, df, every, titles, fmt, limit, per_plan: bool) -> None:
    """The flagged rows as tables: one per plan, heaviest plan first (a plan id in every row
    wrapped into three lines), then the agencies flagged in several plans; above
    ``PER_PLAN_TABLES`` plans (unless ``per_plan``) the cross-plan table first and one table of
    the heaviest flagged rows of every plan, with its plan id."""
    order = w.heaviest_first(df)
    # a year of plans: the bureau flagged in plan after plan is the one to discuss
    across = w.overload_across(every)
    across_title = f"Flagged in more than one of the {len(titles)} plans"
    if per_plan or len(order) <= PER_PLAN_TABLES:
        for pid in order:
            sub = df[df["plan_id"] == pid]
            emit(percent(sub, ["lead_share"]), fmt, limit=limit, table_cols=_OVERLOAD_COLS,
                  title=f"Overloaded within {pid} {titles.get(pid, '')} — {counted(sub['plan_tasks'].max(), 'task')}")
        if len(across):
            emit(across, fmt, limit=limit, table_cols=_ACROSS_COLS, title=across_title)
        return
    if len(across):
        emit(across, fmt, limit=limit, table_cols=_ACROSS_COLS, title=across_title)
    heaviest = df.sort_values(["weighted_load", "plan_id", "name"], ascending=[False, True, True], kind="stable")
    emit(percent(heaviest, ["lead_share"]), fmt, limit=limit, table_cols={"plan_id": "plan", **_OVERLOAD_COLS},
          title=f"Overloaded within their plans: {counted(len(df), 'row')} in {counted(len(order), 'plan')}, heaviest load first")
    _per_plan_hint(len(order), "one table per flagged plan")


def _workload_report(graph, report: Report, plan, common, fmt, limit, per_plan: bool = False) -> None:
    from respgraph.analysis import workload as w

    if report is Report.concentration:
        df = w.lead_concentration(graph, **common)
        if plan:
            df = df[df["plan_id"] == plan]
        emit(percent(df, ["top_share"]) if fmt is OutputFormat.table else df, fmt,
              title="Lead concentration (Gini of tasks led: 0 = even, →1 = one agency leads all)", limit=limit,
              table_cols={"plan_id": "plan", "agencies": "agencies", "leads": "leads", "gini": "Gini",
                          "top_name": "top lead", "top_leads": "it leads", "top_share": "its share of leads"})
    elif report is Report.support_only:
        df = w.support_only(graph, **common)
        if plan:
            df = df[df["plans"].map(lambda ps: plan in ps)]
        emit(df, fmt, title="Agencies that support but never lead", limit=limit,
              table_cols={"name": "单位", "function_names": "职能", "gloss": "function",
                          "tasks_supported": "supported", "plans": "plans"})
    elif report is Report.no_lead:
        df = w.tasks_without_lead(graph, plan=plan, include_suggested=common["include_suggested"])
        if fmt is OutputFormat.table:
            _no_lead_summary(graph, df, plan, limit=limit, per_plan=per_plan)
            if df.empty:  # the summary said every task has a lead: an empty table adds nothing
                return
        # the table: the summary lines above say which plans name nobody at all
        emit(df, fmt, title="Tasks without a clear lead", limit=limit,
              table_cols={"task_id": "task", "number": "no.", "title": "title", "n_supports": "supports", "gap": "gap",
                          "flags": "flags"})
    elif report is Report.shared_lead:
        df = w.shared_leads(graph, plan=plan, **common)
        emit(df, fmt, title="Tasks with several leads", limit=limit,
              table_cols={"task_id": "task", "number": "no.", "title": "title", "leads": "牵头 leads", "lead_functions": "职能",
                          "gloss": "function"})
    elif report is Report.deadlines:
        df = w.deadline_crunch(graph, plan=plan, **common)
        emit(df, fmt, title="Tasks due per agency per year", limit=limit,
              table_cols={"name": "单位", "year": "year", "tasks_due": "due", "led_due": "led", "supported_due": "supported"})


def _note_collectives(graph, flagged) -> None:
    """Say on stderr when collective addressees (各乡镇（街道）: a group of bodies, named on every
    task of a plan) are among the flagged, and how to leave them out: a coordination office
    reads the table as a list of bodies to talk to."""
    names = sorted({r.name for r in flagged.itertuples() if graph.nodes[r.key].get("kind") == "collective"})
    if names:
        shown = "、".join(names[:3]) + (f" +{len(names) - 3} more" if len(names) > 3 else "")
        print(f"respgraph: note: {counted(len(names), 'flagged row')} {'is a collective addressee' if len(names) == 1 else 'are collective addressees'} "
              f"({shown}), a group of bodies rather than one; without --include-collectives they are left out of the "
              "tables and the fences, as in the report, the workbook and the views", file=sys.stderr)


def _note_collectives_left_out(graph, plans: set[str]) -> None:
    """Say on stderr that the collective addressees ``plans`` name were neither flagged nor
    counted in the fences, as in the report, the workbook and the views, and how to count them:
    `workload DIR --overload` printed them until stop 29, and a user comparing lists asks why."""
    n = sum(1 for _, d in graph.nodes(data=True)
            if d.get("type") == "Agency" and d.get("kind") == "collective" and plans & set(d.get("plans") or []))
    if n:
        print(f"respgraph: note: {counted(n, 'collective addressee')} (各乡镇（街道）, 各有关部门 …) left out of the "
              "tables and the fences, as in the report, the workbook and the views; --include-collectives counts them",
              file=sys.stderr)


#: Above this many plans that lead every task, ``--report no-lead`` says so in one line.
COMPLETE_PLANS_LISTED = 10


def _no_lead_summary(graph, df, plan, *, limit: int | None = None, per_plan: bool = False) -> None:
    """One line per plan before the table, so a plan that names nobody at all (a 规划 whose
    implementing plan is still to be written) is told apart from gaps in a plan that assigns work;
    a 规划's 专栏 projects (kind box), which often name no unit, are counted apart from its tasks.
    Above ``PER_PLAN_TABLES`` plans with gaps (unless ``per_plan``): one line for the plans that
    name nobody, and the ``limit`` plans with most gaps, then how to get them all."""
    from respgraph.analysis._graph import GAP_COLLECTIVE, nodes_of_type, plans, tasks

    counts = tasks(graph).groupby("plan_id").size().reindex(plans(graph)["plan_id"], fill_value=0)
    boxed = {d.get("task_id") for _, d in nodes_of_type(graph, "Task") if d.get("kind") == "box"}
    pids = sorted(counts.index if plan is None else [plan])
    unled = set(df["plan_id"])  # (once: a year's thousand plans asked it per plan)
    complete = [pid for pid in pids if pid not in unled]
    if len(complete) > COMPLETE_PLANS_LISTED:
        # a year's plans: one line for those that lead every task, so the gaps are what one reads
        listed = ", ".join(complete[:3]) + f" +{len(complete) - 3} more"
        print(f"{counted(len(complete), 'plan')}: every task has a clear lead ({listed})")
    gaps = df.groupby("plan_id").size()
    if plan is None and not per_plan and len(gaps) > PER_PLAN_TABLES:
        silent = sorted(set(df.loc[~df["plan_has_assignments"].astype(bool), "plan_id"]))
        if silent:
            print(f"{counted(len(silent), 'plan')} {'names' if len(silent) == 1 else 'name'} no agency for any task "
                  f"(see `respgraph suggest`): {_listed(silent, 3)}")
        gaps = gaps.drop(silent)  # the plans that assign work, most gaps first
        pids = sorted(gaps.index, key=lambda p: (-gaps[p], p))[:limit or None]
        if len(gaps) > len(pids):
            print(f"{counted(len(gaps), 'plan')} that name agencies leave tasks without a lead; the {len(pids)} with most "
                  "(--per-plan for every plan):")
    for pid in pids:
        rows = df[df["plan_id"] == pid]
        if rows.empty:
            if len(complete) <= COMPLETE_PLANS_LISTED:
                print(f"{pid}: {every_task_has(int(counts[pid]))} a clear lead")
        elif not bool(rows["plan_has_assignments"].iloc[0]):
            print(f"{pid}: names no agency for {any_of_its_tasks(len(rows))} (see `respgraph suggest`)")
        else:
            boxes = int(rows["task_id"].isin(boxed).sum())
            told = int((rows["gap"] == GAP_COLLECTIVE).sum())  # 由各乡镇（街道）负责: a group, no one body
            notes = ([f"{boxes} of them 专栏 projects"] if boxes else []) + \
                ([f"{told} led only by collective addressees"] if told else [])
            note = f" ({'; '.join(notes)})" if notes else ""
            print(f"{pid}: {some_tasks_have(len(rows), int(counts[pid]))} no clear lead{note}")


# --------------------------------------------------------------------------- network

_METRIC_HEADER = {"betweenness": "betweenness", "eigenvector": "eigenvector", "broker_score": "broker"}
_METRIC_COL = {Metric.degree: "degree", Metric.weighted_degree: "weighted_degree", Metric.betweenness: "betweenness",
               Metric.eigenvector: "eigenvector", Metric.broker: "broker_score"}


def network_cmd(
    build_dir: Path = DIR_ARG,
    metric: Metric = typer.Option(Metric.betweenness, "--metric", "-m", help="Rank agencies by this metric."),
    breadth_depth: bool = typer.Option(False, "--breadth-depth", help="The breadth–depth matrix (Cheng et al. 2022) instead."),
    pairs: bool = typer.Option(False, "--pairs", help="Who works with whom: the pairs named on the same tasks, with those tasks."),
    by: By = typer.Option(By.agency, "--by", help="With --pairs: pairs of agencies, or of functions across places."),
    plan: Optional[str] = typer.Option(None, "--plan", "-p", help="Only this plan's tasks."),
    year: Optional[int] = YEAR_OPT,
    exclude_collectives: bool = typer.Option(False, "--exclude-collectives", help="Leave out collective addressees (各乡镇（办）, 成员单位)."),
    include_suggested: bool = typer.Option(False, "--include-suggested", help="Also count respgraph's suggested leads (basis 'suggested')."),
    fold_renamed: bool = FOLD_RENAMED_OPT,
    fmt: OutputFormat = FORMAT_OPT,
    limit: int = typer.Option(15, "--limit", "-n", min=0, help="Rows in table format (0 = all)."),
) -> None:
    """The coordination network: agencies linked by shared tasks, and who brokers between them.

    Example: `respgraph network out --metric broker`; `respgraph network out --breadth-depth`
    """
    from respgraph.analysis import network as nw

    exclusive(breadth_depth=breadth_depth, pairs=pairs)
    graph = load_graph(build_dir, fold_renamed=fold_renamed)
    plan = check_plan(graph, plan)
    check_year(graph, year)
    common = dict(plan=plan, include_collectives=not exclude_collectives, include_suggested=include_suggested, year=year,
                  fold_renamed=fold_renamed)
    if pairs:
        df = nw.coordination_pairs(graph, by=by.value, **common)
        cols = ({"name_a": "单位 A", "name_b": "单位 B", "shared_tasks": "shared tasks", "a_leads": "A leads",
                 "b_leads": "B leads", "plans": "plans", "tasks": "tasks", "renamed_a": "A counted with (renamed)",
                 "renamed_b": "B counted with (renamed)"} if by is By.agency else
                {"names_a": "职能 A", "names_b": "职能 B", "gloss_a": "function A", "gloss_b": "function B",
                 "shared_tasks": "shared tasks", "plans": "plans", "tasks": "tasks"})
        emit(df, fmt, title=f"Who works with whom — {by.value} pairs named on the same tasks"
                             f"{f' of the plans of {year}' if year is not None else ''}, most shared first",
              limit=limit, table_cols=cols)
        return
    if breadth_depth:
        df = nw.breadth_depth(graph, **common)
        title = "Breadth (campaigns, or sections) × depth (tasks); thresholds = each plan's medians"
        if fmt is OutputFormat.table and not df.empty:
            meds = df.groupby("plan_id")[["breadth_median", "depth_median"]].first()
            if len(meds) <= PER_PLAN_TABLES:
                title += ": " + "; ".join(f"{p} breadth≥{r.breadth_median:g}, depth≥{r.depth_median:g}" for p, r in meds.iterrows())
            else:  # 757 plans' medians made a title of 300 lines above the table
                title += f" ({counted(len(meds), 'plan')}: columns breadth_median, depth_median in --format csv or json)"
        emit(df, fmt, title=title, limit=limit, table_cols={"plan_id": "plan", "name": "单位", "function_names": "职能",
                                                             "gloss": "function", "breadth": "breadth",
                                                             "depth": "depth", "tasks_led": "led", "quadrant": "quadrant",
                                                             **_RENAMED_COL})
        return
    df = nw.network_metrics(graph, **common)
    col = _METRIC_COL[metric]
    df = df.sort_values([col, "name"], ascending=[False, True]).reset_index(drop=True)
    # the table: the ranking's centrality alone (betweenness by default), so that ten columns do not
    # squeeze the names and glosses; CSV/JSON have them all
    shown = col if col in ("betweenness", "eigenvector", "broker_score") else "betweenness"
    cols = {"name": "单位", "function_names": "职能", "gloss": "function", "tasks": "tasks", "degree": "partners",
            "weighted_degree": "shared tasks", shown: _METRIC_HEADER[shown], "community": "community",
            **_RENAMED_COL}
    emit(df, fmt, title=f"Coordination network{f' of the plans of {year}' if year is not None else ''} — ranked by {metric.value}",
          limit=limit, table_cols=cols)


# --------------------------------------------------------------------------- overlap

def overlap_cmd(
    build_dir: Path = DIR_ARG,
    pairs: bool = typer.Option(False, "--pairs", help="Similar task pairs across plans (the default)."),
    plans_: bool = typer.Option(False, "--plans", help="Plan × plan overlap."),
    coverage: bool = typer.Option(False, "--coverage", help="Plans × campaign types (tasks per type)."),
    vertical: Optional[Tuple[str, str]] = typer.Option(None, "--vertical", help="UPPER LOWER: two plan ids, a city's plan against a district's.", show_default=False),
    disagreements: bool = typer.Option(False, "--disagreements", help="Similar tasks led by different functions."),
    threshold: Optional[float] = typer.Option(None, "--threshold", "-t", min=0.0, max=1.0, help="Similarity threshold (cosine, 0–1; default 0.20, chosen on the sample plans: see docs/analyses.md)."),
    top_k: int = typer.Option(5, "--top-k", help="Best matches kept per task."),
    no_term_check: bool = typer.Option(False, "--no-term-check", help="With --pairs or --disagreements: keep pairs whose titles name different work (污水 vs 垃圾)."),
    relation: Optional[Relation] = typer.Option(None, "--relation", "-r", metavar="<where>", help="With --pairs or --disagreements, only the pairs of: same-place (two plans of one place: what a coordination office settles), vertical (a county's 落实方案 and its city's plan), other-places (peers)."),
    fold_renamed: bool = typer.Option(False, "--fold-renamed", help="With --pairs or --disagreements: each side's leads with a body a reform renamed read as the body that took its work over (a 2016 task of the 环保局 and a 2020 one of the 生态环境局 have one lead: same_lead)."),
    fmt: OutputFormat = FORMAT_OPT,
    limit: int = typer.Option(20, "--limit", "-n", min=0, help="Rows in table format (0 = all)."),
) -> None:
    """Cross-plan overlap: the same kind of task in different plans, and who leads it.

    Example: `respgraph overlap out --disagreements --relation same-place`; `respgraph overlap out --vertical <city plan id> <district plan id>`
    """
    from respgraph.analysis import overlap as ov

    vertical = vertical if vertical and all(vertical) else None
    _check_overlap_options(pairs=pairs, plans_=plans_, coverage=coverage, vertical=vertical,
                           disagreements=disagreements, relation=relation, fold_renamed=fold_renamed)
    graph = load_graph(build_dir)
    th = ov.SIMILARITY_THRESHOLD if threshold is None else threshold
    if vertical:
        _print_vertical(graph, *vertical, th, fmt, limit)
    elif plans_:
        _print_plan_overlap(graph, th, fmt, limit)
    elif coverage:
        emit(ov.campaign_coverage(graph), fmt, title="Tasks per campaign type", limit=limit)
    elif disagreements:
        _print_disagreements(graph, th, top_k, not no_term_check, relation, fmt, limit, fold_renamed)
    else:
        _print_similar_tasks(graph, th, top_k, not no_term_check, relation, fmt, limit, fold_renamed)


def _check_overlap_options(*, pairs: bool, plans_: bool, coverage: bool, vertical, disagreements: bool,
                           relation: "Relation | None", fold_renamed: bool = False) -> None:
    """One of the five answers, and --relation and --fold-renamed only with the pairs of tasks:
    told before the build is loaded."""
    exclusive(pairs=pairs, plans=plans_, coverage=coverage, vertical=vertical, disagreements=disagreements)
    for given, option in ((relation is not None, "--relation"), (fold_renamed, "--fold-renamed")):
        if given and (plans_ or coverage or vertical):
            raise UsageError(f"{option} goes with --pairs or --disagreements (the pairs of tasks)")


def _print_vertical(graph, upper: str, lower: str, th: float, fmt: OutputFormat, limit) -> None:
    """``overlap --vertical UPPER LOWER``: the lower plan's tasks matched to the upper's, and the
    functions each names (JSON: both; CSV: the matches only, said on stderr)."""
    from respgraph.analysis import overlap as ov

    upper, lower = check_plan(graph, upper), check_plan(graph, lower)
    up_places, low_places = ov.place_chain(graph, upper), ov.place_chain(graph, lower)
    if low_places and low_places[0] in up_places[1:]:
        # the order is the user's to choose, but a district's plan as UPPER is most likely a slip
        print(f"respgraph: note: {upper} ({up_places[0]}) lies within {lower} ({low_places[0]}); the upper "
              f"plan goes first: --vertical {lower} {upper}", file=sys.stderr)
    m = ov.vertical_alignment(graph, upper, lower, threshold=th)
    f = ov.vertical_functions(graph, upper, lower)
    if fmt is OutputFormat.json:
        import json

        print(json.dumps({"matches": json.loads(m.to_json(orient="records", force_ascii=False)),
                          "functions": json.loads(f.to_json(orient="records", force_ascii=False))},
                         ensure_ascii=False, indent=1))
        return
    if fmt is OutputFormat.csv:
        print("respgraph: --vertical --format csv prints the matches only; use --format json for the function gaps too",
              file=sys.stderr)
    emit(m, fmt, title=f"{lower} tasks matched to {upper} (threshold {th:g})", limit=limit,
          table_cols={"lower_task": "lower", "lower_title": "lower task", "lower_functions": "lower lead",
                      "upper_task": "upper", "upper_title": "upper task", "upper_functions": "upper lead",
                      "score": "score", "same_function": "same"})
    if fmt is OutputFormat.table:
        emit(f, fmt, title=f"Functions named in {upper} (upper) and {lower} (lower)", limit=limit)


def _print_plan_overlap(graph, th: float, fmt: OutputFormat, limit) -> None:
    """``overlap --plans``: plan × plan, the pairs sharing most work first in the table."""
    from respgraph.analysis import overlap as ov

    with busy("comparing the tasks of every plan"):
        df = ov.plan_overlap(graph, threshold=th)
    if fmt is OutputFormat.table:  # the plan pairs sharing most work first (CSV/JSON keep plan-id order)
        df = percent(df.sort_values("pairs", ascending=False, kind="stable"), ["counterpart_a", "counterpart_b"])
    emit(df, fmt, title=f"Plan × plan overlap (threshold {th:g}), most similar pairs first", limit=limit,
          table_cols={"plan_a": "plan a", "plan_b": "plan b", "tasks_a": "tasks a", "tasks_b": "tasks b",
                      "pairs": "similar pairs", "counterpart_a": "a's tasks matched",
                      "counterpart_b": "b's tasks matched", "shared_functions": "functions in both",
                      "shared_campaign_types": "campaign types in both"})  # the names: CSV/JSON


def _table_disagreements(df):
    """The disagreements table's cells: each lead's functions in Chinese with the gloss, a lead
    the plan did not name marked (first listed), and the task cells."""
    # the leads by name; each one's functions in Chinese with the gloss
    df = df.assign(**{f"function_{s}": [_function_cell(f, g) for f, g in zip(df[f"functions_{s}"], df[f"gloss_{s}"])]
                      for s in "ab"})
    # a lead the plan did not name (the first of A、B按职责分工负责) says so: the row rests on that convention
    df = df.assign(**{f"leads_{s}": [[*v[:-1], f"{v[-1]} (first listed)"] if b == "first listed" and len(v) else v
                                     for v, b in zip(df[f"leads_{s}"], df[f"lead_basis_{s}"])] for s in "ab"})
    return _task_cells(df)


def _print_disagreements(graph, th: float, top_k: int, term_check: bool, relation: "Relation | None",
                         fmt: OutputFormat, limit, fold_renamed: bool = False) -> None:
    """``overlap --disagreements``: similar tasks led by different functions."""
    from respgraph.analysis import overlap as ov

    with busy("comparing the tasks of every plan"):
        df = ov.lead_disagreements(graph, threshold=th, top_k=top_k, term_check=term_check, fold_renamed=fold_renamed)
    df, where = _of_relation(df, relation)
    df = _same_place_first(df, fmt)
    if fmt is OutputFormat.table:
        df = _table_disagreements(df)
    emit(df, fmt, title=f"Similar tasks, different lead functions{where} (threshold {th:g})", limit=limit,
          table_cols={"task_a": "task a", "title_a": "title a", "leads_a": "lead a", "function_a": "function a",
                      "task_b": "task b", "title_b": "title b", "leads_b": "lead b", "function_b": "function b",
                      **_relation_col(df), "score": "score"})


def _print_similar_tasks(graph, th: float, top_k: int, term_check: bool, relation: "Relation | None",
                         fmt: OutputFormat, limit, fold_renamed: bool = False) -> None:
    """``overlap`` (--pairs, the default): similar task pairs across plans, with who leads each side."""
    from respgraph.analysis import overlap as ov

    with busy("comparing the tasks of every plan"):
        df = ov.similar_tasks(graph, threshold=th, top_k=top_k)
    if term_check:  # 城市 / 农村黑臭水体, 污水 / 垃圾: similar words, different work
        df = ov.without_different_work(df)
    df, where = _of_relation(df, relation)
    # who leads each side: the same body twice, or two (the pairs are found on the graph as built)
    df = _same_place_first(ov.with_leads(graph, df, fold_renamed=fold_renamed), fmt)
    if fmt is OutputFormat.table:
        df = _task_cells(df)
    emit(df.drop(columns=["node_a", "node_b"]), fmt, title=f"Similar tasks across plans{where} (threshold {th:g})",
          limit=limit, table_cols={"task_a": "task a", "title_a": "title a", "leads_a": "lead a", "task_b": "task b",
                                   "title_b": "title b", "leads_b": "lead b", **_relation_col(df), "score": "score"})


def _task_cells(df):
    """The table's task cells: the id, and the plan's own number after it where the two part
    (``zz2022:010 (no. 11)``: the plan's item 10 is no task); CSV/JSON keep ``number_a``/``_b``."""
    from respgraph.analysis._graph import number_parts_from_id

    return df.assign(**{f"task_{s}": [f"{t} (no. {n})" if number_parts_from_id(n, t) else t
                                      for t, n in zip(df[f"task_{s}"], df[f"number_{s}"])] for s in "ab"})


def _of_relation(df, relation: "Relation | None"):
    """The pairs of one ``relation`` (all without it) and the words the table's title adds. The
    table shows each pair's relation when its rows are of several (``_relation_col``): of 35
    disagreements of a city's and its three counties' plans, 22 set a county's 落实方案 against the
    city's plan or two counties side by side, not the duplicates a 环委办 settles."""
    if relation is not None:
        return df[df["relation"] == relation.label].reset_index(drop=True), f" — {relation.label}"
    kinds = set(df["relation"]) - {""}
    return df, (f" — all {next(iter(kinds))}" if len(kinds) == 1 and len(set(df["relation"])) == 1 else "")


def _same_place_first(df, fmt: OutputFormat):
    """The table's rows with the same-place pairs first (``overlap.same_place_first``); CSV/JSON
    keep the score order."""
    from respgraph.analysis.overlap import same_place_first

    return same_place_first(df) if fmt is OutputFormat.table else df


def _relation_col(df) -> dict:
    """The table's relation column, when its rows are of more than one (else the title says it)."""
    return {"relation": "plans"} if df["relation"].nunique() > 1 else {}


def register(app: typer.Typer) -> None:
    app.command("workload")(workload_cmd)
    app.command("network")(network_cmd)
    app.command("overlap")(overlap_cmd)
