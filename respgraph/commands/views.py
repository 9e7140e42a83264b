"""CLI: ``respgraph viz`` (interactive graph views) and ``respgraph report`` (meeting pack)."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from respgraph.commands.common import (DIR_ARG, FOLD_RENAMED_OPT, INCLUDE_COLLECTIVES_OPT, MIN_PLAN_TASKS_OPT, MIN_TASKS_OPT,
                                       SHARE_LIMIT_OPT, check_plan, overload_options)
from respgraph.commands.lookup import Role
from respgraph.console import EXIT_FAILED, EXIT_USAGE, StepBar, error_line

from respgraph.viz.views import VIEWS  # light: the views module imports no drawing library

# the views as choices: a misspelt view is a usage error that names them, and --help lists them
ViewName = Enum("ViewName", {v: v for v in VIEWS}, type=str)


def _load_graph(directory: Path):
    """The build's graph, or None after one clear error line."""
    try:
        from respgraph.api import load
    except ImportError as exc:  # pragma: no cover - during parallel development
        error_line(directory, f"cannot load builds yet ({exc})")
        return None
    try:
        return load(directory).graph
    except Exception as exc:  # noqa: BLE001 - BuildError or worse: one line, never a traceback
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if msg.startswith(f"{directory}"):  # BuildError names the path itself
            msg = msg.split(": ", 1)[-1]
        error_line(directory, msg)
    return None


def viz(
    build_dir: Path = DIR_ARG,
    view: ViewName = typer.Option(ViewName.build, "--view", help="What to draw: the whole build, one plan, campaign or agency (its partners), the coordination network, or the overloaded agencies."),
    plan: Optional[str] = typer.Option(None, "--plan", "-p", help="Plan id (file-name slug), e.g. yushui-2022-pollution-battle"),
    campaign: Optional[str] = typer.Option(None, "--campaign", help="Campaign: its id (PLAN:cNN), its name, or a part of one campaign's name (with --plan: of that plan's), such as 碧水"),
    agency: Optional[str] = typer.Option(None, "--agency", help="Agency as a plan writes it, its canonical name or id, or a unique part of its name"),
    function: Optional[str] = typer.Option(None, "--function", help="Keep only agencies with this function: its code (生态环境, 住房城乡建设 …: the codes `respgraph agencies out` prints), its Chinese name (生态环境保护, as the 职能 columns print it) or English gloss (ecology and environment)"),
    role: Optional[Role] = typer.Option(None, "--role", help="Keep only the edges of this role."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="HTML file to write (default DIR/views/VIEW.html)"),
    include_collectives: bool = INCLUDE_COLLECTIVES_OPT,
    share_limit: float = SHARE_LIMIT_OPT,
    min_tasks: int = MIN_TASKS_OPT,
    min_plan_tasks: int = MIN_PLAN_TASKS_OPT,
    fold_renamed: bool = FOLD_RENAMED_OPT,
) -> None:
    """Write one self-contained, offline HTML graph view (vis-network inlined, no CDN).

    Overloaded agencies are ringed in red and listed beside the graph: the overload list of
    `respgraph workload DIR --overload` and the report, with the same options.

    Above 1,500 nodes a view folds tasks into counts per campaign; a filterless build view
    that is still too large asks for --plan/--agency in the page.

    Example: `respgraph viz out --view agency --agency 渝水区生态环境局 --out out/ego.html`; `respgraph viz out --view plan --plan <id>`
    """
    from respgraph.viz import ViewError, write_view

    graph = _load_graph(build_dir)
    if graph is None:
        raise typer.Exit(EXIT_FAILED)
    plan = check_plan(graph, plan)
    target = out or build_dir / "views" / f"{view.value}.html"
    try:
        path = write_view(graph, target, view=view.value, plan=plan, campaign=campaign, agency=agency, function=function,
                          role=role.value if role else None, fold_renamed=fold_renamed,
                          **overload_options(include_collectives=include_collectives, share_limit=share_limit,
                                             min_tasks=min_tasks, min_plan_tasks=min_plan_tasks))
    except ViewError as exc:
        error_line(build_dir, str(exc))
        raise typer.Exit(EXIT_USAGE)
    except OSError as exc:
        error_line(target, f"cannot write ({exc.strerror or exc})")
        raise typer.Exit(EXIT_FAILED)
    print(path)


def report(
    build_dir: Path = DIR_ARG,
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Output directory (default DIR/report)"),
    today: Optional[datetime] = typer.Option(None, "--today", formats=["%Y-%m-%d"],
                                             help="Count deadlines as of this date, YYYY-MM-DD (default: the system date)"),
    include_collectives: bool = INCLUDE_COLLECTIVES_OPT,
    share_limit: float = SHARE_LIMIT_OPT,
    min_tasks: int = MIN_TASKS_OPT,
    min_plan_tasks: int = MIN_PLAN_TASKS_OPT,
    fold_renamed: bool = FOLD_RENAMED_OPT,
) -> None:
    """Write the meeting pack: report.html (what to take to the meeting, overload, tasks without
    a lead, tasks past or near their deadline, charts, top leads, cross-plan overlaps) plus the graph views and chart files it links, all offline.

    The overload table is `respgraph workload DIR --overload`: a group of bodies named on every
    task (各乡镇（街道）) is not one body whose load can be weighed, so collective addressees are
    left out of it and of the top leads (listed under the table with their numbers) unless
    --include-collectives.

    Example: `respgraph report out --out out/report`
    """
    from respgraph.viz.report import write_report

    graph = _load_graph(build_dir)
    if graph is None:
        raise typer.Exit(EXIT_FAILED)
    try:
        with StepBar("report") as bar:  # a year of plans: charts, 43 views and the page take a minute
            path = write_report(graph, out or build_dir / "report", today=today.date() if today else None,
                                include_collectives=include_collectives, on_step=bar, min_tasks=min_tasks,
                                min_plan_tasks=min_plan_tasks, share_limit=share_limit, fold_renamed=fold_renamed)
    except OSError as exc:
        error_line(out or build_dir / "report", f"cannot write ({exc.strerror or exc})")
        raise typer.Exit(EXIT_FAILED)
    print(path)


def register(app: typer.Typer) -> None:
    app.command()(viz)
    app.command()(report)
