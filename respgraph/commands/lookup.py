"""``respgraph agency`` and ``respgraph tasks``: the two questions a coordination office asks
first — what does this agency do, and show me the tasks … — as thin layers over
``respgraph.analysis.agency`` and ``respgraph.analysis.tasks``. Output like the analysis
commands: a readable table (default), CSV or JSON (every column)."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from respgraph.analysis._graph import number_parts_from_id
from respgraph.commands.common import (DIR_ARG, FOLD_RENAMED_OPT, FORMAT_OPT, INCLUDE_COLLECTIVES_OPT, MIN_PLAN_TASKS_OPT,
                                       MIN_TASKS_OPT, SHARE_LIMIT_OPT, YEAR_OPT, check_plan, check_year, emit, load_graph, percent)
from respgraph.console import EXIT_USAGE, OutputFormat, UsageError, error_line, exclusive
from respgraph.plural import counted


class Role(str, Enum):
    lead = "lead"
    support = "support"


class Part(str, Enum):
    functions = "functions"
    workload = "workload"
    tasks = "tasks"
    partners = "partners"
    supervises = "supervises"


#: Characters of a clause shown in the table (CSV/JSON keep all of it).
CLAUSE_CHARS = 48
#: Agencies listed per cell in the table before "+N".
NAMES_SHOWN = 3


def _few(names, k: int = NAMES_SHOWN) -> str:
    names = list(names) if isinstance(names, (list, tuple)) else []
    return "、".join(names[:k]) + (f" +{len(names) - k}" if len(names) > k else "")


def _clause(text, start) -> str:
    """The clause, cut for the table, with where it starts in the cleaned text."""
    if not isinstance(text, str) or not text:
        return ""
    cut = text if len(text) <= CLAUSE_CHARS else text[:CLAUSE_CHARS] + "…"
    try:  # no span: None, NaN or pandas' NA (a 分工表 row's labelled cells are no text of the plan)
        return f"{cut} @{int(start)}"
    except (TypeError, ValueError):
        return cut


def _number_and_id(number, task_id) -> str:
    """The "no." cell: the item's number as the plan writes it, with the end of the task id
    (what ``suggest --task`` and ``b.provenance`` take) where the two part: ``#084`` alone for
    a 规划's paragraph without a number, ``11 (#010)`` where the plan's item 11 is its tenth task
    (its item 10, 加强组织领导, telling the counties only, is no task) or where numbering starts
    again in each section (``（1） (#006)``). A number in Chinese numerals (（三）) is shown as
    written.

    >>> [_number_and_id(n, t) for n, t in (("11", "p:010"), ("9", "p:009"), ("", "p:084"), ("（1）", "p:006"), ("（三）", "p:003"))]
    ['11 (#010)', '9', '#084', '（1） (#006)', '（三）']
    """
    tail = str(task_id).rsplit(":", 1)[-1]
    if not (isinstance(number, str) and number.strip()):
        return f"#{tail}"
    if number_parts_from_id(number, task_id):
        return f"{number} (#{tail})"
    return number


def _table_tasks(df, graph=None):
    """The readable view of a tasks frame: lists cut to a few names, the clause shortened (a
    thin one as its sentence, with those the build kept on ``graph``'s edges)."""
    df = df.copy()
    if "number" in df and "task_id" in df:
        # an item without a number of its own (a 规划's paragraphs: 96 of the 宜春 plan's 127 tasks)
        # shows its place in the plan, the end of its task id (#084: suggest --task <plan>:084);
        # the column was blank, and the row had no handle
        df["number"] = [_number_and_id(n, t) for n, t in zip(df["number"], df["task_id"])]
    df["leads"] = df["leads"].map(_few)
    df["supports"] = df["supports"].map(_few)
    if "supervisors" in df:
        df["supervisors"] = df["supervisors"].map(lambda xs: _few(xs) if isinstance(xs, list) else "")
    df["deadline_years"] = df["deadline_years"].map(lambda ys: "、".join(map(str, ys)) if isinstance(ys, list) else "")
    from respgraph.graph.clause_context import kept_sentences

    kept = kept_sentences(graph, df["task_id"]) if graph is not None and "task_id" in df else None
    df["clause"] = [_clause(_with_sentence(r, kept), r.clause_start) for r in df.itertuples()]
    return df


def _with_sentence(row, kept=None) -> str:
    """A row's clause, or, when it is thin (a duty statement's head: 市委宣传部。负责), the sentence
    it stands in (``row_sentence``): a 职责分工's task is titled by its unit alone, and the
    table showed nothing of what the unit was made responsible for; a task titled by its whole
    sentence keeps its clause (the title says the rest)."""
    from respgraph.graph.clause_context import row_sentence, shown_sentence

    return shown_sentence(row_sentence(row, kept), getattr(row, "title", None)) or row.clause


def _table_workload(w):
    """The readable view of a profile's workload: the all-plans row only when it sums several
    plans, and first (an agency named in 40 plans: --limit cut it off the end), yes/blank for
    the flag, no fence on the all-plans row (it has none)."""
    import pandas as pd

    from respgraph.analysis.workload import ALL_PLANS

    per_plan = w[w["plan_id"] != ALL_PLANS]
    w = percent(pd.concat([w[w["plan_id"] == ALL_PLANS], per_plan]) if len(per_plan) > 1 else per_plan, ["lead_share"])
    # as the reason gives it ("above the fence 3.2"), not 3.1875 beside it
    w["fence"] = w["fence"].map(lambda f: f"{f:.1f}" if f == f and f is not None else "")
    w["flagged"] = w["flagged"].map(lambda f: "yes" if f is True or f == 1 else "")
    return w


def _with_supervisors(cols: dict, df) -> dict:
    """The table's columns with the tasks' supervising bodies (督导单位) after the units, when
    some task names them: seen beside the units, never counted with them."""
    if "supervisors" not in df or not any(isinstance(x, list) and x for x in df["supervisors"]):
        return cols
    keys = list(cols)
    at = keys.index("supports" if "supports" in cols else "leads") + 1
    return {**{k: cols[k] for k in keys[:at]}, "supervisors": "督导 supervisors", **{k: cols[k] for k in keys[at:]}}


def _one_plan(cols: dict, df) -> dict:
    """The table's columns without the plan's when every row is of one plan (the summary or
    the title names it): a long plan id wrapped in every row says nothing new."""
    return cols if df["plan_id"].nunique() > 1 else {k: v for k, v in cols.items() if k != "plan_id"}


def _glossed(graph, partners):
    """Partners with their functions' Chinese names (职能) and English gloss for the table, as
    every table naming agencies has them (the partners' had the English alone, under the
    Chinese 单位 column; CSV/JSON are the API's frame: ``key`` leads to the functions)."""
    from respgraph.analysis._graph import function_glosses, function_names, functions

    table = functions(graph)
    df = partners.copy()
    codes = [graph.nodes[k].get("functions") or [] if k in graph else [] for k in df["key"]]
    df["function_names"] = [function_names(c, table) for c in codes]
    df["gloss"] = [function_glosses(c, table) for c in codes]
    return df


def _find(graph, build_dir: Path, name: str, plan: str | None, *, supervising=None):
    """The Agency node ``name`` stands for (a note on stderr when it was not an exact name),
    or one error line with the candidates and exit 2 (usage: the name names no one agency).
    ``supervising(name)``, when given, answers a name that is no agency's but a supervisor's
    (a 督查室 that leads and supports nothing) before the error; then None is returned."""
    from respgraph.analysis.agency import AgencyLookupError, AmbiguousAgency, UnknownAgency, match_agency

    try:
        m = match_agency(graph, name, plan=plan)
    except AgencyLookupError as e:
        if isinstance(e, UnknownAgency) and supervising is not None and supervising(name):
            return None
        hint = "; give one of these names" + ("" if plan else ", or the plan with --plan") if isinstance(e, AmbiguousAgency) else ""
        if isinstance(e, UnknownAgency) and not e.candidates:
            # 县委督查室 (README's example) in a build whose plans name none: say where the names are
            hint = f"; no name like it either: `respgraph agencies {build_dir}` lists the build's agencies, most named first"
        error_line(build_dir, f"{e}{hint}")
        raise typer.Exit(EXIT_USAGE)
    if not m.exact:
        print(f"respgraph: note: {name!r} taken as {graph.nodes[m.node].get('name')} ({m.how})", file=sys.stderr)
    return m.node


# --------------------------------------------------------------------------- agency

_WORKLOAD_COLS = {"plan_id": "plan", "tasks_led": "led", "tasks_supported": "supported", "plan_tasks": "plan tasks",
                  "lead_share": "lead share", "weighted_load": "load", "fence": "fence", "flagged": "overloaded",
                  "reason": "reason"}
_PROFILE_TASK_COLS = {"plan_id": "plan", "number": "no.", "path": "where", "title": "task", "role": "role", "mention": "as written",
                      "clause": "clause @ start"}
_SUPERVISED_COLS = {"plan_id": "plan", "number": "no.", "title": "task", "leads": "牵头 lead", "supports": "配合 support",
                    "supervisors": "督导 supervisors", "deadline_years": "due"}
_PARTNER_COLS = {"name": "单位", "function_names": "职能", "gloss": "function", "kind": "kind", "shared_tasks": "shared tasks",
                 "they_lead": "they lead, it supports", "they_support": "it leads, they support", "plans": "plans"}


def agency_cmd(
    build_dir: Path = typer.Argument(..., metavar="DIR", help="Build directory written by `respgraph build` (e.g. out)."),
    name: str = typer.Argument(..., metavar="NAME", help="The agency as a plan writes it (区发改委, 渝水生态环境局), its canonical name or id, or a part of its name."),
    plan: Optional[str] = typer.Option(None, "--plan", "-p", help="Read NAME as this plan writes it (区发改委 of one district)."),
    only: Optional[Part] = typer.Option(None, "--only", help="One table only: functions, workload, tasks, partners or supervises (the tasks it is named to supervise; CSV prints the tasks unless told)."),
    exclude_collectives: bool = typer.Option(False, "--exclude-collectives", help="Leave collective addressees (各乡镇（办）, 成员单位) out of the partners (the overload fences leave them out already)."),
    include_collectives: bool = INCLUDE_COLLECTIVES_OPT,
    share_limit: float = SHARE_LIMIT_OPT,
    min_tasks: int = MIN_TASKS_OPT,
    min_plan_tasks: int = MIN_PLAN_TASKS_OPT,
    fold_renamed: bool = FOLD_RENAMED_OPT,
    fmt: OutputFormat = FORMAT_OPT,
    limit: int = typer.Option(20, "--limit", "-n", min=0, help="Rows per table in table format (0 = all)."),
) -> None:
    """What does this agency do: canonical name, jurisdiction, functions with English glosses,
    the tasks it leads and supports in every plan with the clause each came from, the agencies
    it works with most, and its workload per plan with whether it is flagged as overloaded and why.

    A name that stands for several agencies (区发改委 in two districts' plans, or a part of
    several names) lists them and exits 2: give one of them, or --plan. A name read other than
    exactly (by the registry, or as a part of a name) is said on stderr. The tasks a plan names
    it to supervise (督导单位 / 督办单位) are listed apart, never counted in its load; a body that
    only supervises (县委督查室) is answered with those tasks.

    Example: `respgraph agency out 渝水生态环境局`; `respgraph agency out 区发改委 --plan <id> --only tasks --format csv`
    """
    from respgraph.analysis.agency import agency_profile

    exclusive(include_collectives=include_collectives, exclude_collectives=exclude_collectives)
    if not build_dir.exists() and Path(name).is_dir():  # the two arguments the other way round
        error_line(build_dir, f"no such build directory; the build comes first: `respgraph agency {name} {build_dir}`")
        raise typer.Exit(EXIT_USAGE)
    graph = load_graph(build_dir, fold_renamed=fold_renamed)
    plan = check_plan(graph, plan)
    if _find(graph, build_dir, name, plan, supervising=lambda n: _only_supervises(graph, build_dir, n, plan, fmt, limit)) is None:
        return  # a supervisor's tasks were printed
    # the overload list's verdict (``overloaded``): collective addressees weigh in the fences only
    # with --include-collectives; they stay partners unless --exclude-collectives
    p = agency_profile(graph, name, plan=plan, include_collectives=True if include_collectives else False if exclude_collectives else None,
                       share_limit=share_limit, min_tasks=min_tasks, min_plan_tasks=min_plan_tasks, fold_renamed=fold_renamed)
    tables = {Part.functions: p.functions, Part.workload: p.workload, Part.tasks: p.tasks, Part.partners: p.partners,
              Part.supervises: p.supervises}
    if fmt is OutputFormat.json and only is None:
        import json

        print(json.dumps(p.to_dict(), ensure_ascii=False, indent=1))
        return
    if fmt is not OutputFormat.table:
        if only is None:
            print("respgraph: --format csv prints the tasks; --only functions|workload|partners|supervises for another "
                  "table, --format json for all", file=sys.stderr)
        emit(tables[only or Part.tasks], fmt)
        return
    _print_profile(graph, p, only, include_collectives, fmt, limit)


def _print_profile(graph, p, only: Optional[Part], include_collectives: bool, fmt: OutputFormat, limit: int) -> None:
    """The agency profile ``p`` as tables on the terminal: its summary and each table ``only`` asks
    for (all of them when None), ``limit`` rows each."""
    if only is None:
        print(p.summary())
    if only in (None, Part.workload) and include_collectives and len(p.workload) and _collectives_in(graph, p.plans):
        # the report's fences leave 各乡镇… out: say that these are other figures than its
        print("respgraph: note: its load is weighed with the collective addressees of its plans counted "
              "(各乡镇（办）…), as `workload --overload --include-collectives` and `report --include-collectives` weigh it; "
              "without --include-collectives its figures are the overload list's", file=sys.stderr)
    if only is Part.functions:
        emit(p.functions, fmt, title=f"{p.name}: functions")
    if only in (None, Part.workload) and len(p.workload):
        emit(_table_workload(p.workload), fmt, title=f"{p.name}: workload per plan (* = all its plans)",
              limit=limit, table_cols=_WORKLOAD_COLS)
    if only in (None, Part.tasks):
        led = int((p.tasks["role"] == "lead").sum())
        emit(_table_tasks(p.tasks, graph), fmt, title=f"{p.name}: leads {led}, supports {_n_tasks(len(p.tasks) - led)}",
              limit=limit, table_cols=_one_plan(_PROFILE_TASK_COLS, p.tasks))
    if only in (None, Part.partners) and len(p.partners):
        cols = _PARTNER_COLS if len(p.plans) > 1 else {k: v for k, v in _PARTNER_COLS.items() if k != "plans"}
        emit(_glossed(graph, p.partners), fmt, title=f"{p.name}: partners (agencies named on the same tasks)", limit=limit,
              table_cols=cols)
    if only in (None, Part.supervises) and len(p.supervises):
        emit(_table_tasks(p.supervises, graph), fmt, title=f"{p.name}: supervises {_n_tasks(len(p.supervises))} (督导 / 督办; not in its load)",
              limit=limit, table_cols=_one_plan(_SUPERVISED_COLS, p.supervises))


def _gaps_first(graph, df, what: str):
    """Tasks without a lead in plans that do name agencies first (the gaps to act on), then
    those of plans that name none at all (a 规划: no task of it has a lead, by construction),
    with the title saying how many are which — as the report counts them (was: one list by
    plan id, 7 gaps among 131 tasks of a 规划)."""
    from respgraph.graph import plans_frame

    plans = plans_frame(graph)
    silent = set(plans.loc[plans["assignments"] == 0, "plan_id"])
    unassigned = df["plan_id"].isin(silent)
    if not unassigned.any():
        return df, what
    in_silent = sorted(set(df.loc[unassigned, "plan_id"]))
    what += (f"; {counted(int((~unassigned).sum()), 'task')} in plans that name agencies, "
             f"{int(unassigned.sum())} in {counted(len(in_silent), 'plan')} that {'names' if len(in_silent) == 1 else 'name'} none "
             f"({', '.join(in_silent[:3])}{' …' if len(in_silent) > 3 else ''}: `respgraph suggest` proposes leads)")
    return df.assign(_silent=unassigned).sort_values("_silent", kind="stable").drop(columns="_silent"), what


def _n_tasks(n: int) -> str:
    return counted(n, "task")


def _collectives_in(graph, plans) -> bool:
    """Whether any of ``plans`` names a collective addressee (a group of bodies: 各乡镇（办）)."""
    plans = set(plans)
    return any(d.get("type") == "Agency" and d.get("kind") == "collective" and plans & set(d.get("plans") or [])
               for _, d in graph.nodes(data=True))


def _only_supervises(graph, build_dir: Path, name: str, plan: str | None, fmt: OutputFormat, limit: int) -> bool:
    """Print the tasks ``name`` (a part of a supervisor's name as written) supervises, when it
    names no agency: a 督查室 that leads and supports nothing is in no agency table. False when
    no task names it either. A part of several bodies' names is no one body: they are listed
    and the exit is 2, as for agencies (was: 督查室 answered as one body named
    县委督查室、市委督查室、省委督查室…, eight offices of several places, their tasks together)."""
    from respgraph.analysis.tasks import supervised_by, tasks

    df = tasks(graph, plan=plan, supervisor=name)
    if df.empty:
        return False
    written = sorted({n for names in df["supervisors"] for n in supervised_by(names, name)})
    if len(written) > 1 and name not in written:
        error_line(build_dir, f"{name!r} is part of the names of {len(written)} supervising bodies: {'、'.join(written)}; "
                              f"give one of these names, or `respgraph tasks {build_dir} --supervisor {name}` for the tasks of all")
        raise typer.Exit(EXIT_USAGE)
    if fmt is OutputFormat.json:  # an object, as an agency's profile is: who, then its tasks
        import json

        rows = json.loads(df.to_json(orient="records", force_ascii=False))
        print(json.dumps({"name": name, "supervisors": written, "supervises": rows}, ensure_ascii=False, indent=1))
        return True
    if fmt is not OutputFormat.table:
        emit(df, fmt)
        return True
    print(f"{'、'.join(written)} — named to supervise {_n_tasks(len(df))} (督导 / 督办) in "
          f"{counted(df['plan_id'].nunique(), 'plan')}; it leads and supports none")
    emit(_table_tasks(df, graph), fmt, title=f"{'、'.join(written)}: supervises {_n_tasks(len(df))}", limit=limit,
          table_cols=_one_plan(_SUPERVISED_COLS, df))
    return True


# --------------------------------------------------------------------------- tasks

_TASK_COLS = {"plan_id": "plan", "number": "no.", "path": "where", "title": "task", "leads": "牵头 lead", "supports": "配合 support",
              "deadline_years": "due", "clause": "clause @ start"}
_AGENCY_TASK_COLS = {"plan_id": "plan", "number": "no.", "path": "where", "title": "task", "role": "role", "mention": "as written",
                     "renamed": "renamed body", "leads": "牵头 lead", "deadline_years": "due", "clause": "clause @ start"}


def tasks_cmd(
    build_dir: Path = DIR_ARG,
    agency: Optional[str] = typer.Option(None, "--agency", "-a", help="Tasks this agency leads or supports (a name as any plan writes it)."),
    role: Optional[Role] = typer.Option(None, "--role", help="With --agency: only the tasks it leads, or only those it supports."),
    plan: Optional[str] = typer.Option(None, "--plan", "-p", help="Only this plan id's tasks (and --agency read as this plan writes it)."),
    year: Optional[int] = YEAR_OPT,
    no_lead: bool = typer.Option(False, "--no-lead", help="Only tasks with no clear lead: none stated, or only collective addressees (各乡镇（街道）, 各有关部门); the gap column says which."),
    first_listed: bool = typer.Option(False, "--first-listed", help="Only tasks whose plan named no lead, led by the first unit of their list (A、B、C按职责分工负责; 责任单位：A、B) by respgraph's convention."),
    search: Optional[str] = typer.Option(None, "--search", "-s", help="Only tasks whose title or text holds this text (黑臭水体)."),
    campaign: Optional[str] = typer.Option(None, "--campaign", "-c", help="Only tasks of this campaign: its id, a part of its name (碧水; its 专项行动 too) or its type (air, water, soil …)."),
    deadline_before: Optional[int] = typer.Option(None, "--deadline-before", min=1900, help="Only tasks with a deadline in a year before this one (2023: due in 2022 or earlier)."),
    supervisor: Optional[str] = typer.Option(None, "--supervisor", help="Only tasks a plan names this body to supervise (督导单位 / 督办单位), a part of its name as written (督查室)."),
    task: Optional[str] = typer.Option(None, "--task", "-t", help="Only this task: its id (PLAN:004) or where it sits, as the plan numbers it (二（一）2, PLAN:二（一）2, 附件1·12); a heading's (二（一）): the tasks under it."),
    fold_renamed: bool = FOLD_RENAMED_OPT,
    fmt: OutputFormat = FORMAT_OPT,
    limit: int = typer.Option(20, "--limit", "-n", min=0, help="Rows in table format (0 = all)."),
) -> None:
    """Show the tasks that pass every filter given: plan, number, title, leads and supports as
    stated, deadlines, and the clause each responsibility came from (file, clause and its span
    in the cleaned text in CSV/JSON; with --agency, its role and the name as written).
    A task without a number of its own (a 规划's paragraphs) shows #NNN in the table, its place
    in the plan: the end of its task id (suggest --task PLAN:NNN).

    Example: `respgraph tasks out --agency 渝水生态环境局 --role lead`; `respgraph tasks out --no-lead --plan <id>`; `respgraph tasks out --search 黑臭水体 --format csv`
    """
    from respgraph.analysis.tasks import tasks

    if role is not None and agency is None:  # the command line alone is wrong: before loading the build
        raise UsageError("--role needs --agency (the role of which agency?)")
    graph = load_graph(build_dir, fold_renamed=fold_renamed)  # (--agency 市环保局 then finds the 生态环境局)
    plan = check_plan(graph, plan)
    check_year(graph, year)
    node = _find(graph, build_dir, agency, plan) if agency is not None else None
    filters = dict(agency=node, role=role.value if role else None, plan=plan, search=search, campaign=campaign,
                   deadline_before=deadline_before, supervisor=supervisor, year=year, fold_renamed=fold_renamed, task=task)
    df = tasks(graph, no_lead=no_lead, first_listed=first_listed, **filters)
    if fmt is not OutputFormat.table:
        emit(df, fmt)
        return
    what = _tasks_what(agency_name=f"{graph.nodes[node].get('name')}" if node else None, role=role, plan=plan, year=year,
                       no_lead=no_lead, first_listed=first_listed, search=search, campaign=campaign,
                       deadline_before=deadline_before, supervisor=supervisor, task=task)
    if df.empty:
        print(f"no task matches: {what}")
        if campaign and tasks(graph, campaign=campaign).empty:  # the campaign alone finds nothing: say what would
            _note_no_campaign(campaign)
        if task:  # where a task sits is written as its plan numbers it: show where to read those
            print("respgraph: note: --task takes a task id (PLAN:004) or where it sits as its plan numbers it "
                  "(三（二）1, PLAN:三（二）1, 附件1 · 12): the where column of `respgraph tasks DIR --plan PLAN`", file=sys.stderr)
        return
    if no_lead:
        df, what = _gaps_first(graph, df, what)
    if plan is None and df["plan_id"].nunique() == 1:  # the table leaves its column out: the title names it
        what += f"; all in {df['plan_id'].iloc[0]}"
    emit(_table_tasks(df, graph), fmt, title=f"{_n_tasks(len(df))} — {what}", limit=limit,
          table_cols=_tasks_cols(df, by_agency=node is not None, no_lead=no_lead))
    if no_lead and not first_listed:  # the other tasks no plan gave a lead: a newcomer read 131 as all of them
        _note_first_listed(len(tasks(graph, first_listed=True, **filters)))


def _tasks_what(*, agency_name, role: "Role | None", plan, year, no_lead: bool, first_listed: bool, search, campaign,
                deadline_before, supervisor, task=None) -> str:
    """The filters given, in words, for the table's title ("all plans" without any)."""
    what = [f"{ {'lead': 'led', 'support': 'supported'}[role.value] if role else 'led or supported'} by {agency_name}" if agency_name else "",
            f"plan {plan}" if plan else "", f"plans of {year}" if year is not None else "",
            "no clear lead" if no_lead else "",
            "lead not named (the first listed)" if first_listed else "", f"holding {search!r}" if search else "",
            f"campaign {campaign!r}" if campaign else "", f"due before {deadline_before}" if deadline_before else "",
            f"supervised by {supervisor!r}" if supervisor else "", f"task {task}" if task else ""]
    return "; ".join(w for w in what if w) or "all plans"


def _tasks_cols(df, *, by_agency: bool, no_lead: bool) -> dict:
    """The tasks table's columns: with the agency's role and its name as written under
    --agency, the supervisors when some task names them, the gap with --no-lead."""
    cols = _with_supervisors(_one_plan(_AGENCY_TASK_COLS if by_agency else _TASK_COLS, df), df)
    if no_lead:  # why each has none: a collective told (各乡镇（街道）负责), supports only, nobody named
        cols = {**cols, "gap": "gap"}
    return cols


def _note_no_campaign(campaign: str) -> None:
    """On stderr: ``--campaign`` names no campaign at all, and the types it could be."""
    from respgraph.campaigns import CAMPAIGN_TYPES

    print(f"respgraph: note: no campaign is {campaign!r} or has it in its name; campaign types: "
          f"{', '.join(CAMPAIGN_TYPES)}", file=sys.stderr)


def _note_first_listed(n: int) -> None:
    """On stderr under a --no-lead table: the ``n`` tasks that are led by the first listed unit
    only by convention (no plan named their lead), which --no-lead does not list."""
    if n:
        print(f"respgraph: note: also without a named lead: {_n_tasks(n)} whose plan gave only a list of units "
              f"(责任单位：A、B; A、B按职责分工负责), the first listed leading by convention (`--first-listed` lists them)",
              file=sys.stderr)


def register(app: typer.Typer) -> None:
    app.command("agency")(agency_cmd)
    app.command("tasks")(tasks_cmd)
