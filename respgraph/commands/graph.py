"""``respgraph build`` and ``respgraph export``: a thin layer over respgraph.pipeline/export."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from respgraph.commands.common import (DIR_ARG, FOLD_RENAMED_OPT, INCLUDE_COLLECTIVES_OPT, MIN_PLAN_TASKS_OPT, MIN_TASKS_OPT,
                                       SHARE_LIMIT_OPT)
from respgraph.console import EXIT_FAILED, recursive_option
from respgraph.plural import counted

# the one line a build prints: (summary key, noun)
_SUMMARY = (("plans", "plan"), ("tasks", "task"), ("agencies", "agency"), ("assignments", "assignment"),
            ("unknown_agencies", "unknown agency"), ("failures", "failure"))


class ExportFormat(str, Enum):
    graphml = "graphml"
    gexf = "gexf"
    csv = "csv"
    xlsx = "xlsx"


def build(
    ctx: typer.Context,
    paths: List[Path] = typer.Argument(..., metavar="PATHS", help="Plan files (.txt .docx .doc .wps .pdf .ofd .html .mht .xlsx .xls .et) or directories of them."),
    out: Path = typer.Option(Path("out"), "--out", "-o", help="Build directory to write (graph.json, tasks.csv, assignments.csv, agencies.csv)."),
    into: Optional[Path] = typer.Option(None, "--into", help="Add the plans to this existing build instead (unchanged plans are skipped, changed ones replaced)."),
    workers: Optional[int] = typer.Option(None, "--workers", "-j", min=1, help="Processes for extraction (default: one per core)."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 when any file could not be read (without it: only when none could)."),
    recursive: bool = recursive_option(),
    keep_copies: bool = typer.Option(False, "--keep-copies", help="Build a file that reads as a plan read before it (the same plan saved as .docx and .pdf) as a plan of its own; by default it is left out with a note, so that no task is counted twice."),
) -> None:
    """Extract, resolve and graph plans; write the build directory.

    A file that reads as a plan already read in this run (same place, title, task texts and units:
    one plan saved as a portal page, a .docx and a PDF) is left out with a note naming the plan kept.

    Example: `respgraph build data/plans --out out`; `respgraph build new.docx --into out`; `respgraph build plans/ --recursive --out out` (plans/2023/渝水区/…)
    """
    from typer._click.core import ParameterSource

    from respgraph.console import error_line, exclusive, note_unread

    # --into X --out Y wrote into X and said nothing of Y (--out has a default: only one typed counts)
    exclusive(into=into is not None, out=ctx.get_parameter_source("out") is ParameterSource.COMMANDLINE)
    result = _run_build(paths, out=into if into is not None else out, into=into, workers=workers,
                        recursive=recursive, keep_copies=keep_copies)
    _say_written(result, into, out)
    note_unread(paths, recursive=recursive)
    _say_left_out(result)
    read_any = bool(result.added or result.replaced or result.skipped)
    if not read_any and (into is None or result.failures):
        error_line("build", "no plan could be read")
        raise typer.Exit(EXIT_FAILED)
    if strict and result.failures:
        raise typer.Exit(EXIT_FAILED)


def _run_build(paths: List[Path], *, out: Path, into: Optional[Path], workers: Optional[int], recursive: bool, keep_copies: bool):
    """The build's result; one line and exit 1 when the build cannot be made or written."""
    import sys

    from respgraph.pipeline import run_build
    from respgraph.store import BuildError

    try:
        return run_build(paths, out=out, into=into, workers=workers, progress=True, recursive=recursive, keep_copies=keep_copies)
    except BuildError as e:
        print(f"respgraph: {e}", file=sys.stderr)
        raise typer.Exit(EXIT_FAILED)
    except OSError as e:  # the build directory cannot be written (read-only, full disk, a file in the way)
        print(f"respgraph: {e.filename or out}: cannot write the build ({e.strerror or e}); the previous build, if any, is unchanged",
              file=sys.stderr)
        raise typer.Exit(EXIT_FAILED)


def _say_written(result, into: Optional[Path], out: Path) -> None:
    """What the build holds now (and, with --into, which plans were added, replaced or unchanged)."""
    s = result.summary()
    where = result.out if result.out is not None else out
    line = ", ".join(counted(s[key], noun) for key, noun in _SUMMARY)
    if into is not None:
        done = []
        if result.added:
            done.append(f"added {', '.join(result.added)}")
        if result.replaced:
            done.append(f"replaced {', '.join(result.replaced)}")
        if result.skipped:
            done.append(f"unchanged {', '.join(result.skipped)}")
        print(f"{where}: {'; '.join(done) or 'nothing to add'}")
    if result.added or result.replaced:
        print(f"{where}: {line}")
    elif into is None:
        print(f"nothing written: {line}")


def _say_left_out(result) -> None:
    """One line each, on stderr, for what the plans read this run lack: no tasks, warnings, files
    left out as copies of a plan already read, files that could not be read."""
    from respgraph.console import error_line, warning_lines

    new = set(result.added) | set(result.replaced)
    for p in result.plans:  # as extract says it: a page of a portal or a view is read, but holds no task
        if p.get("plan_id") in new and not p.get("tasks"):
            error_line(p.get("path"), result.no_tasks.get(p["plan_id"], "no tasks found"))
    # what the plans read this run lack (a site's preview cut off …), one line each, as extract says it
    warning_lines("build", [(p.get("path"), p["warnings"]) for p in result.plans if p.get("plan_id") in new and p.get("warnings")],
                  "the plans table's warnings (respgraph.load(DIR).plans(), the report)")
    for c in result.copies:
        error_line(f"note: {c.path}", f"the same plan as {c.plan_id} ({c.kept}): same place, title, tasks and units; "
                           "left out so that its tasks are not counted twice (--keep-copies builds it)")
    if result.copies:
        error_line("note: build", f"{counted(len(result.copies), 'file')} left out as copies of a plan already read")
    for f in result.failures:
        error_line(f.path, f.problem)
    if result.failures:
        error_line("build", f"{counted(len(result.failures), 'file')} could not be read")


#: export's options of the overload list: they shape the workbook's overload sheet alone.
_OVERLOAD_OPTIONS = ("include_collectives", "share_limit", "min_tasks", "min_plan_tasks")


def export(
    ctx: typer.Context,
    build_dir: Path = DIR_ARG,
    fmt: ExportFormat = typer.Option(..., "--format", "-f", help="graphml / gexf (Gephi), csv (nodes.csv + edges.csv), xlsx (one sheet per table, and the overloaded agencies and tasks without a lead for a meeting)."),
    output: Optional[Path] = typer.Option(None, "--out", "-o", "--output", help="Output file (a directory for csv); default inside the build directory."),
    network: bool = typer.Option(False, "--network", help="Write the agency coordination network instead of the whole graph: agencies joined by the tasks they share (weight = shared tasks), undirected, as `respgraph network` counts them; graphml, gexf or csv (default file network.gexf …)."),
    exclude_collectives: bool = typer.Option(False, "--exclude-collectives", help="With --network: leave out collective addressees (各有关部门, 各区县（市）人民政府, 成员单位), as `respgraph network --exclude-collectives` does."),
    include_collectives: bool = INCLUDE_COLLECTIVES_OPT,
    share_limit: float = SHARE_LIMIT_OPT,
    min_tasks: int = MIN_TASKS_OPT,
    min_plan_tasks: int = MIN_PLAN_TASKS_OPT,
    fold_renamed: bool = FOLD_RENAMED_OPT,
) -> None:
    """Export a build for Gephi, spreadsheets or other tools.

    The whole graph holds plans, campaigns, tasks, agencies, functions and places (node_type);
    --network writes only the agencies and who works with whom, for Gephi's centralities.
    The workbook (xlsx) holds the overload list of `respgraph workload DIR --overload`, with
    the same options (--include-collectives, --share-limit, --min-tasks, --min-plan-tasks).

    Example: `respgraph export out --format gexf -o out/graph.gexf`; `respgraph export out --format gexf --network`
    """
    import sys

    from respgraph.console import UsageError
    from respgraph.export import DEFAULT_NAMES, NETWORK_FORMATS, NETWORK_NAMES, export_graph, export_network
    from respgraph.store import BuildError, load_build

    from typer._click.core import ParameterSource

    if exclude_collectives and not network:
        # (the whole graph keeps every node a plan names; the network is what centralities are computed on)
        raise UsageError("--exclude-collectives goes with --network (the agencies' network); the whole graph keeps every unit")
    overload = {name: ctx.params[name] for name in _OVERLOAD_OPTIONS
                if ctx.get_parameter_source(name) is ParameterSource.COMMANDLINE}
    if overload and (network or fmt is not ExportFormat.xlsx):
        given = ", ".join(f"--{n.replace('_', '-')}" for n in overload)
        raise UsageError(f"{given}: the overload list's options go with --format xlsx (its overload sheet)")
    if network and fmt.value not in NETWORK_FORMATS:
        raise UsageError(f"--network writes {', '.join(NETWORK_FORMATS)}, not {fmt.value} "
                         "(the Excel export is the build's tables: `respgraph network out --pairs --format csv` for the pairs)")
    try:
        stored = load_build(build_dir)
    except BuildError as e:
        print(f"respgraph: {e}", file=sys.stderr)
        raise typer.Exit(EXIT_FAILED)
    names = NETWORK_NAMES if network else DEFAULT_NAMES
    target = output if output is not None else (stored.path or build_dir) / names[fmt.value]
    try:
        if network:
            h = export_network(stored.graph, fmt.value, target, include_collectives=not exclude_collectives,
                               fold_renamed=fold_renamed)
            print(f"{target}: {counted(h.number_of_nodes(), 'agency')}, {counted(h.number_of_edges(), 'pair')} "
                  f"sharing tasks ({fmt.value}, the coordination network)")
            return
        export_graph(stored.graph, fmt.value, target, fold_renamed=fold_renamed, **overload)
    except OSError as e:
        print(f"respgraph: {target}: cannot write ({e.strerror or e})", file=sys.stderr)
        raise typer.Exit(EXIT_FAILED)
    from respgraph.analysis.renamed import folded_if

    g = folded_if(stored.graph, fold_renamed)  # (the counts of the graph written, folded or not)
    print(f"{target}: {counted(g.number_of_nodes(), 'node')}, {counted(g.number_of_edges(), 'edge')} ({fmt.value})")


def register(app: typer.Typer) -> None:
    app.command("build")(build)
    app.command("export")(export)
