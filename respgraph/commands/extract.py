"""``respgraph extract``: tasks and their assignments as JSONL or CSV (a thin layer over
``respgraph.extract``)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from respgraph.console import EXIT_FAILED, recursive_option
from respgraph.plural import counted


class ExtractFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"


def extract(
    paths: List[Path] = typer.Argument(..., metavar="PATHS", help="Plan files (.txt .docx .doc .wps .pdf .ofd .html .mht .xlsx .xls .et) or directories of them."),
    fmt: ExtractFormat = typer.Option(ExtractFormat.jsonl, "--format", "-f", help="jsonl: one object per task and line; json: the same objects as one array (for `python -m json.tool`, jq); csv: one row per assignment."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write here instead of stdout."),
    workers: Optional[int] = typer.Option(None, "--workers", "-j", min=1, help="Processes for extraction (default: one per core)."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 when any file could not be read (without it: only when none could)."),
    recursive: bool = recursive_option(),
) -> None:
    """Extract the tasks of plans, with who leads and who supports each.

    A file that cannot be read never stops the others: each is reported at the end as one
    line on stderr, with a count. The exit code is 1 only when no file could be read, or
    with --strict when any could not.

    Example: `respgraph extract data/plans/*.txt --format csv -o tasks.csv`; `respgraph extract plans/ --recursive -o tasks.jsonl`
    """
    from respgraph.console import error_line, file_bar, note_unread, warning_lines
    from respgraph.extract import extract_files
    from respgraph.pipeline import collect_paths

    files, missing = collect_paths(paths, recursive=recursive)
    failed = [(f.path, f.problem) for f in missing]

    def on_error(path: str, reason: str) -> None:
        failed.append((path, reason))

    with file_bar("extracting", len(files)) as done:
        plans = extract_files(files, workers=workers, on_error=on_error, on_done=done)
    records, warned = _records(plans)
    _write(_serialised(records, fmt), out)
    if out is not None and plans:  # what was written, as build and export say (was: nothing at all)
        n_assign = sum(len(r["assignments"]) for r in records)
        print(f"{out}: {counted(len(plans), 'plan')}, {counted(len(records), 'task')}, "
              f"{counted(n_assign, 'assignment')} ({fmt.value})")
    warning_lines("extract", warned, "the records' plan_warnings" if fmt is not ExtractFormat.csv else "the JSONL records' plan_warnings (--format jsonl)")
    note_unread(paths, recursive=recursive)
    for path, reason in failed:
        error_line(path, " ".join(str(reason).split()))  # one line, whatever the reason holds
    if failed:
        error_line("extract", f"{counted(len(failed), 'file')} could not be read")
    if not plans and (failed or not files):
        error_line("extract", "no plan could be read")
        raise typer.Exit(EXIT_FAILED)
    if strict and failed:
        raise typer.Exit(EXIT_FAILED)


def _records(plans: list) -> tuple[list[dict], list[tuple[str, list[str]]]]:
    """The task records of ``plans``, and each plan's warnings to say after what was written (a
    plan with no tasks is said at once, on its own line)."""
    from respgraph.console import error_line
    from respgraph.extract import plan_records
    from respgraph.structure.plan_warnings import no_tasks_line, shown_warnings

    records: list[dict] = []
    warned = []  # (file, its warnings): what a plan read lacks, said after what was written
    for plan in plans:
        if not plan.tasks:
            error_line(plan.meta.path, no_tasks_line(plan.warnings))
        unresolved: list[str] = []  # the resolver failing on this plan: its records give names as written
        records.extend(plan_records(plan, on_problem=unresolved.append))
        if ws := shown_warnings(plan.warnings) + unresolved:
            warned.append((plan.meta.path, ws))
    return records, warned


def _serialised(records: list[dict], fmt: ExtractFormat) -> str:
    """``records`` as one text: a JSON object a line, one JSON array, or a CSV row an assignment."""
    import csv
    import io
    import json

    from respgraph.extract import CSV_COLUMNS, csv_rows

    buf = io.StringIO()
    if fmt is ExtractFormat.jsonl:
        for r in records:
            buf.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt is ExtractFormat.json:  # the other commands' --format json is one document too
        buf.write(json.dumps(records, ensure_ascii=False, indent=1) + "\n")
    else:
        w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(csv_rows(records))
    return buf.getvalue()


def _write(text: str, out: Path | None) -> None:
    """``text`` to stdout, or to ``out`` whole or not at all (one line and exit 1 when it cannot be written)."""
    import sys

    from respgraph.console import error_line

    if out is None:
        sys.stdout.write(text)
        return
    try:
        from respgraph.store import atomic_write_text

        atomic_write_text(out, text)  # a failed write never leaves half a file
    except OSError as exc:
        error_line(out, f"cannot write output ({exc.strerror or exc})")
        raise typer.Exit(EXIT_FAILED)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
