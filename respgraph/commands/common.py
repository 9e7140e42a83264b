"""What the commands reading a build directory share: its argument and the output format's
option as every command's help names them, ``--year``, loading the build's graph (one error line,
never a traceback), checking ``--plan`` and ``--year`` against it, and printing a frame as a
table, CSV or JSON. Public names: ``commands.analysis``, ``commands.lookup``, ``suggest``,
``views`` and ``graph`` all import them."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from respgraph.analysis.workload import MIN_PLAN_TASKS  # (light: pandas is imported in its functions)
from respgraph.console import EXIT_FAILED, EXIT_USAGE, OutputFormat, UsageError

# DIR, as the help texts name it (default DIR/report, DIR/views/VIEW.html), not typer's build_dir
DIR_ARG = typer.Argument(Path("out"), metavar="DIR", help="Build directory written by `respgraph build`.")
FORMAT_OPT = typer.Option(OutputFormat.table, "--format", "-f", help="table (readable), csv or json (all columns).")
YEAR_OPT = typer.Option(None, "--year", "-y", min=1900,
                        help="Only the plans of this year (the one year a plan's title names, else the year it was issued; "
                             "the plans table's year column): who led most in 2022, then in 2023.")


def check_year(graph, year: int | None) -> set[str] | None:
    """The ids of the plans of ``year`` (None without one); a year no plan of the build is of is
    one line listing the years it has, exit 2 (an empty table would read as "nobody led
    anything that year")."""
    if year is None:
        return None
    from respgraph.analysis._graph import NoPlanOfYear, plans_of_year

    try:
        return plans_of_year(graph, year)
    except NoPlanOfYear as e:
        raise UsageError(f"--year {year}: {e}") from None


#: ``--fold-renamed``, one option for every command that counts, pairs or draws bodies.
FOLD_RENAMED_OPT = typer.Option(
    False, "--fold-renamed",
    help="Count a body a reform renamed with the body that took its work over (环保局 with the 生态环境局: the "
         "build's successor links), a task named to both once; the rows name the bodies folded in ('renamed'). "
         "For builds of plans of several years.")


#: The options of the one overload list (``respgraph.analysis.workload.overloaded``), the same in
#: every command that shows it: ``workload --overload``, ``agency``, ``viz``, ``report`` and
#: ``export --format xlsx``. One object each, so that a default or a help text cannot differ
#: between them (tests/test_cli_options.py lists every command's options).
_OVERLOAD_WHERE = "In the overload list (workload --overload, agency, viz, report, the workbook): "
INCLUDE_COLLECTIVES_OPT = typer.Option(
    False, "--include-collectives",
    help=_OVERLOAD_WHERE + "count collective addressees (各乡镇（街道）, 各有关部门, 成员单位) as agencies that can be "
         "overloaded, in their plan's fence too; by default they are left out (a group of bodies is not one body "
         "whose load can be weighed).")
SHARE_LIMIT_OPT = typer.Option(
    0.25, "--share-limit", min=0.0, max=1.0,
    help=_OVERLOAD_WHERE + "flag leading more than this share of a plan's tasks (0.25 = 25%).")
MIN_TASKS_OPT = typer.Option(
    0, "--min-tasks", min=0,
    help=_OVERLOAD_WHERE + "flag only agencies carrying at least this many of a plan's tasks, led or supported "
         "(5 leaves out short plans' leads: two of six tasks is over the 25% share).")


MIN_PLAN_TASKS_OPT = typer.Option(
    MIN_PLAN_TASKS, "--min-plan-tasks", min=0,
    help=_OVERLOAD_WHERE + f"flag no one in a plan of fewer tasks (below {MIN_PLAN_TASKS} a quarter of the plan is "
         "under two tasks; 0 = every plan).")


def overload_options(*, include_collectives: bool, share_limit: float, min_tasks: int, min_plan_tasks: int) -> dict:
    """The keyword arguments of ``overloaded`` (and of the views and the report) the options give."""
    return dict(include_collectives=include_collectives, share_limit=share_limit, min_tasks=min_tasks,
                min_plan_tasks=min_plan_tasks)


def load_graph(build_dir: Path, *, fold_renamed: bool = False):
    """The graph of a build directory, or one error line and exit 1 (missing or damaged);
    ``fold_renamed``: with each body a reform renamed folded into its successor
    (``respgraph.analysis.renamed.fold_renamed_bodies``)."""
    from respgraph.console import error_line

    try:
        from respgraph.api import load

        graph = load(build_dir).graph
    except Exception as e:  # noqa: BLE001 - any load problem is one line, never a traceback
        msg = str(e).splitlines()[0] if str(e) else type(e).__name__
        if msg.startswith(str(build_dir)):  # BuildError already names the directory
            print(f"respgraph: {msg}", file=sys.stderr)
        else:
            error_line(build_dir, msg)
        raise typer.Exit(EXIT_FAILED)
    if fold_renamed:
        from respgraph.analysis.renamed import fold_renamed_bodies

        graph = fold_renamed_bodies(graph)
    return graph


def emit(df, fmt: OutputFormat, *, title: str | None = None, limit: int | None = None, table_cols: dict | None = None) -> None:
    """CSV/JSON get every column; the table gets the readable ``table_cols`` (old -> header)."""
    from respgraph.console import emit_dataframe

    if fmt is OutputFormat.table and table_cols:
        df = df[[c for c in table_cols if c in df.columns]].rename(columns=table_cols)
    emit_dataframe(df, fmt, title=title, limit=(limit or None) if fmt is OutputFormat.table else None)


def percent(df, cols):
    """A copy of ``df`` with the shares in ``cols`` as the table shows them (0.25 -> 25%)."""
    df = df.copy()
    for c in cols:
        df[c] = df[c].map(lambda v: f"{v:.0%}")
    return df


#: Plan ids named in a "no such plan" line (a 10,000-plan build would make it a page).
PLANS_LISTED = 12


def check_plan(graph, plan: str | None) -> str | None:
    """The plan id ``plan`` stands for: itself when it is a plan of the build (None stays None),
    or the plan read from the file of that name (``p09_foshan_2023_huanwei.txt`` or its stem:
    what an officer sees in the folder, where the id is ``p09-foshan-2023-huanwei``), said on
    stderr; else one error line with the plans it may mean (or the build's first plans) and exit 2."""
    if plan is None:
        return None
    from respgraph.analysis._graph import plan_of_file, plans
    from respgraph.console import error_line

    table = plans(graph)
    known = sorted(table["plan_id"])
    if plan not in known and (by_file := plan_of_file(graph, plan)) is not None:
        print(f"respgraph: note: --plan {plan}: the plan read from {by_file[1]}, id {by_file[0]}", file=sys.stderr)
        return by_file[0]
    if plan not in known:
        listed = ", ".join(known[:PLANS_LISTED]) + (f" +{len(known) - PLANS_LISTED} more" if len(known) > PLANS_LISTED else "")
        hint = _did_you_mean(plan, known, graph)
        # the plans it matches are the list to choose from; else every plan (the first ones)
        error_line(plan, f"no such plan in the build{hint}" + ("" if " plans match: " in hint else f" (plans: {listed})"))
        raise typer.Exit(EXIT_USAGE)
    return plan



def _did_you_mean(plan: str, known: list[str], graph) -> str:
    """'; did you mean X?' for a misspelt or shortened plan id (ids are long slugs), or for the
    place or a part of the title of a plan (`--plan 景德镇市`: its id is jingdezhen-2021-…);
    '; N plans match: …' when the place or words name several (`--plan 抚州`), else ''."""
    import difflib

    from respgraph.analysis._graph import plans_matching

    close = plans_matching(graph, plan) or difflib.get_close_matches(plan, known, n=2, cutoff=0.6)
    if len(close) > 2:
        shown = ", ".join(close[:PLANS_LISTED]) + (f" +{len(close) - PLANS_LISTED} more" if len(close) > PLANS_LISTED else "")
        return f"; {len(close)} plans match: {shown}"
    return f"; did you mean {' or '.join(close)}?" if close else ""
