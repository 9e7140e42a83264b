"""``respgraph agencies``: the canonical agencies of plans, or the mentions left unresolved
(a thin layer over ``respgraph.resolve``)."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from respgraph.console import OutputFormat

AGENCY_COLUMNS = ["agency_id", "name", "jurisdiction", "functions", "glosses", "kind", "known", "mentions", "plans", "aliases"]
UNKNOWN_COLUMNS = ["mention", "jurisdiction", "plan", "count", "tasks"]


def agencies_frame(resolved: list, reg=None):
    """One row per canonical agency across ``resolved`` plans (a list of ResolvedPlan).

    ``functions`` lists codes, ``glosses`` their English glosses in the same order;
    ``mentions`` counts assignments, ``plans`` counts plans naming the agency.
    """
    import pandas as pd

    from respgraph.registry import load_registry

    reg = reg or load_registry()
    rows: dict[str, dict] = {}
    for rp in resolved:
        counts: dict[str, int] = {}
        for assigns in rp.assignments.values():
            for a in assigns:
                counts[a.agency_id] = counts.get(a.agency_id, 0) + 1
        for aid, ag in rp.agencies.items():
            row = rows.get(aid)
            if row is None:
                row = rows[aid] = {
                    "agency_id": aid, "name": ag.name, "jurisdiction": ag.jurisdiction, "functions": [],
                    "glosses": [], "kind": ag.kind, "known": ag.known, "mentions": 0, "plans": 0, "aliases": [],
                }
            for f in ag.functions:
                if f not in row["functions"]:
                    row["functions"].append(f)
                    row["glosses"].append(reg.gloss(f))
            for al in ag.aliases:
                if al not in row["aliases"]:
                    row["aliases"].append(al)
            row["known"] = row["known"] or ag.known
            row["mentions"] += counts.get(aid, 0)
            row["plans"] += 1
    df = pd.DataFrame(list(rows.values()), columns=AGENCY_COLUMNS)
    if len(df):
        df = df.sort_values(["mentions", "agency_id"], ascending=[False, True], kind="stable").reset_index(drop=True)
    return df


def unknown_frame(resolved: list):
    """One row per unresolved mention (no function could be assigned) and plan."""
    import pandas as pd

    rows: dict[tuple[str, str], dict] = {}
    for rp in resolved:
        unknown_ids = {aid for aid, ag in rp.agencies.items() if not ag.known}
        for task_id, assigns in rp.assignments.items():
            for a in assigns:
                if a.agency_id not in unknown_ids:
                    continue
                key = (rp.plan.meta.plan_id, a.mention)
                row = rows.setdefault(key, {
                    "mention": a.mention, "jurisdiction": rp.agencies[a.agency_id].jurisdiction,
                    "plan": rp.plan.meta.plan_id, "count": 0, "tasks": [],
                })
                row["count"] += 1
                if task_id not in row["tasks"]:
                    row["tasks"].append(task_id)
    return pd.DataFrame(list(rows.values()), columns=UNKNOWN_COLUMNS)


def _flat(df, fmt: OutputFormat):
    # lists read as 、-joined text in CSV; JSON keeps them as arrays
    if fmt is OutputFormat.csv:
        df = df.copy()
        for col in df.columns:
            if len(df) and isinstance(df[col].iloc[0], list):
                df[col] = df[col].map(lambda v: "; ".join(map(str, v)) if col == "glosses" else "、".join(map(str, v)))
    return df


def agencies(
    paths: List[Path] = typer.Argument(..., help="Plan files (.txt .docx .pdf .html) or directories of them."),
    unknown: bool = typer.Option(False, "--unknown", help="List the mentions no function could be assigned to."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="table, csv or json."),
    registry: Optional[Path] = typer.Option(None, "--registry", help="Registry directory (default: data/registry)."),
) -> None:
    """List the canonical agencies named in plans: jurisdiction, functions with English
    glosses, kind and how often each is named. With --unknown, the unresolved mentions.

    Example: respgraph agencies data/plans --unknown
    """
    from respgraph.console import emit_dataframe, error_line
    from respgraph.extract import extract_files
    from respgraph.pipeline import collect_paths
    from respgraph.registry import RegistryError, load_registry
    from respgraph.resolve import resolve_plan

    try:
        reg = load_registry(registry)
    except RegistryError as e:
        error_line(registry or "registry", str(e))
        raise typer.Exit(2)
    files, missing = collect_paths(paths)
    for f in missing:
        error_line(f.path, f.problem)
    plans = extract_files(files, on_error=error_line)
    resolved = []
    for plan in plans:
        try:
            resolved.append(resolve_plan(plan, reg))
        except Exception as exc:  # one odd plan must not stop the others
            error_line(plan.meta.path, f"could not resolve agencies ({type(exc).__name__}: {str(exc)[:80]})")
    if unknown:
        emit_dataframe(_flat(unknown_frame(resolved), fmt), fmt, title="Unresolved mentions")
    else:
        emit_dataframe(_flat(agencies_frame(resolved, reg), fmt), fmt, title="Agencies")
    if not resolved and (files or missing):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("agencies")(agencies)
