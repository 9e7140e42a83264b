"""``respgraph agencies``: the canonical agencies of plans, or the mentions left unresolved
(a thin layer over ``respgraph.resolve``)."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from respgraph.console import EXIT_FAILED, OutputFormat, recursive_option

AGENCY_COLUMNS = ["agency_id", "name", "jurisdiction", "functions", "function_names", "glosses", "kind", "known", "mentions", "plans", "aliases", "successor", "successors", "parent"]
UNKNOWN_COLUMNS = ["mention", "jurisdiction", "plan", "count", "tasks"]


def agencies_frame(resolved: list, reg=None):
    """One row per canonical agency across ``resolved`` plans (a list of ResolvedPlan).

    ``functions`` lists codes, ``function_names`` their Chinese names (the 职能 of `agency` and
    `workload`) and ``glosses`` their English glosses, in the same order;
    ``mentions`` counts assignments, ``plans`` counts plans naming the agency; ``successor``
    is the agency among them that took over one renamed by a reform (``successors.csv``), or None;
    ``successors`` those that took over the parts of one a reform split (``split_bodies.csv``:
    福州市/海洋与渔业局 -> 福州市/自然资源和规划局, 福州市/农业农村局), or [];
    ``parent`` a division's department (kind ``division``: 新余市/生态环境局 of its 大气科), or None.
    """
    import pandas as pd

    from respgraph.graph.places import declared_predecessors, named_only_after, registry_split, renamed_beside, successor_of
    from respgraph.registry import load_registry
    from respgraph.structure.meta import plan_year

    reg = reg or load_registry()
    rows: dict[str, dict] = {}
    years: dict[str, list] = {}  # agency id -> the years of the plans naming it (successors run forward)
    plans: dict[str, set] = {}  # agency id -> the plans naming it (no successor named beside it)
    for rp in resolved:
        year = plan_year(rp.plan.meta)
        counts: dict[str, int] = {}
        written: set[str] = set()  # named by a name of its own, not an old one read by the plan's year
        for assigns in rp.assignments.values():
            for a in assigns:
                counts[a.agency_id] = counts.get(a.agency_id, 0) + 1
                if not a.renamed_from:
                    written.add(a.agency_id)
        for aid, ag in rp.agencies.items():
            row = rows.get(aid)
            if row is None:
                row = rows[aid] = {
                    "agency_id": aid, "name": ag.name, "jurisdiction": ag.jurisdiction, "functions": [],
                    "function_names": [], "glosses": [], "kind": ag.kind, "known": ag.known, "mentions": 0, "plans": 0, "aliases": [],
                    "parent": ag.parent,
                }
            for f in ag.functions:
                if f not in row["functions"]:
                    row["functions"].append(f)
                    row["function_names"].append(reg.function_name(f))
                    row["glosses"].append(reg.gloss(f))
            for al in ag.aliases:
                if al not in row["aliases"]:
                    row["aliases"].append(al)
            row["known"] = row["known"] or ag.known
            years.setdefault(aid, []).append(year)
            if aid in written or aid not in counts:
                plans.setdefault(aid, set()).add(rp.plan.meta.plan_id)
            else:  # (a plan naming it by old names alone names it beside none of its predecessors)
                plans.setdefault(aid, set())
            row["mentions"] += counts.get(aid, 0)
            row["plans"] += 1
    # a body renamed by a reform -> its successor among these (as a plan states it, else successors.csv)
    declared = declared_predecessors(reg, ((aid, row["jurisdiction"], row["aliases"]) for aid, row in rows.items()), rows)
    for aid, row in rows.items():
        row["successor"] = successor_of(reg, aid, rows, declared, lambda s: named_only_after(years[aid], years[s]),
                                        lambda s: renamed_beside(row["functions"], rows[s]["functions"], plans[aid], plans[s]))
        # a body a reform split: the bodies among these that took over its parts (never back in time)
        row["successors"] = [] if row["successor"] else [
            s for s in registry_split(reg, aid, rows) if not named_only_after(years[aid], years[s])]
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


def graph_frames(G, reg=None):
    """(agencies, unknown) frames of a built graph (``respgraph build``), same columns as
    ``agencies_frame`` / ``unknown_frame``."""
    import pandas as pd

    from respgraph.registry import load_registry

    reg = reg or load_registry()
    rows, unknown = [], {}
    for node, d in G.nodes(data=True):
        if d.get("type") != "Agency":
            continue
        edges = [(t, e) for _, t, k, e in G.out_edges(node, keys=True, data=True) if k in ("LEADS", "SUPPORTS")]
        functions = list(d.get("functions") or [])
        rows.append({
            "agency_id": d.get("agency_id"), "name": d.get("name"), "jurisdiction": d.get("jurisdiction"),
            "functions": functions, "function_names": [reg.function_name(f) for f in functions],
            "glosses": [reg.gloss(f) for f in functions], "kind": d.get("kind"),
            "known": bool(d.get("known")), "mentions": len(edges), "plans": len(d.get("plans") or []),
            "aliases": list(d.get("aliases") or []), "successor": d.get("successor"),
            "successors": list(d.get("successors") or []), "parent": d.get("parent"),
        })
        if not d.get("known"):
            for t, e in edges:
                plan = G.nodes[t].get("plan_id", "")
                row = unknown.setdefault((plan, e.get("mention")), {
                    "mention": e.get("mention"), "jurisdiction": d.get("jurisdiction"), "plan": plan, "count": 0, "tasks": []})
                row["count"] += 1
                tid = G.nodes[t].get("task_id")
                if tid not in row["tasks"]:
                    row["tasks"].append(tid)
    df = pd.DataFrame(rows, columns=AGENCY_COLUMNS)
    if len(df):
        df = df.sort_values(["mentions", "agency_id"], ascending=[False, True], kind="stable").reset_index(drop=True)
    return df, pd.DataFrame(list(unknown.values()), columns=UNKNOWN_COLUMNS)


def _is_build(p: Path) -> bool:
    return (p.is_dir() and (p / "graph.json").is_file()) or (p.is_file() and p.name == "graph.json")


def _flat(df, fmt: OutputFormat):
    # the table is the short view; CSV joins lists with '; ' (emit_dataframe: 、 is inside names
    # such as 各乡镇（办）党委、政府), JSON keeps them as arrays
    if fmt is OutputFormat.table and "glosses" in df.columns:
        df = df.copy()
        # the names `agency` and `workload` print (生态环境保护), not the codes (生态环境)
        df["functions"] = [
            "; ".join(f"{n} ({g})" if g else n for n, g in zip(ns, gs)) for ns, gs in zip(df["function_names"], df["glosses"])
        ]
        return df[["name", "jurisdiction", "functions", "kind", "known", "mentions", *_successor_columns(df)]]
    return df


def _successor_columns(df) -> list[str]:
    """Write the table's ``successor``/``successors`` cells as names, in place, and return
    the columns that hold one: a column only where some agency has a successor, so that the
    short view of plans naming no renamed or split body stays as narrow as it was."""
    # a successor is always one of the listed agencies (agencies_frame picks them "among these"):
    # its name (台州市数据局) reads better than its id; an id not listed stays as it is
    names = dict(zip(df["agency_id"], df["name"]))
    shown = []
    if df["successor"].notna().any():
        df["successor"] = [names.get(s, s) if isinstance(s, str) else "" for s in df["successor"]]
        shown.append("successor")
    if any(len(s) for s in df["successors"] if isinstance(s, list)):
        df["successors"] = ["; ".join(names.get(x, x) for x in s) if isinstance(s, list) else "" for s in df["successors"]]
        shown.append("successors")
    return shown


def agencies(
    paths: List[Path] = typer.Argument(..., metavar="PATHS", help="Plan files (.txt .docx .doc .wps .pdf .ofd .html .mht .xlsx .xls .et), directories of them, or a build directory (respgraph build --out)."),
    unknown: bool = typer.Option(False, "--unknown", help="List the mentions no function could be assigned to."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="table (readable), csv or json (all columns)."),
    registry: Optional[Path] = typer.Option(None, "--registry", help="Registry directory (default: $RESPGRAPH_REGISTRY or the built-in respgraph/data/registry)."),
    recursive: bool = recursive_option(),
    limit: int = typer.Option(50, "--limit", "-n", min=0, help="Rows in table format, most named first (0 = all; CSV/JSON: all)."),
) -> None:
    """List the canonical agencies named in plans: jurisdiction, functions with English
    glosses, kind and how often each is named. With --unknown, the unresolved mentions.

    Example: `respgraph agencies data/plans --unknown`
    """
    import sys

    from respgraph.console import emit_dataframe, error_line, file_bar, note_unread
    from respgraph.extract import extract_files
    from respgraph.pipeline import collect_paths
    from respgraph.registry import RegistryError, load_registry
    from respgraph.resolve import resolve_plan

    try:
        reg = load_registry(registry)
    except RegistryError as e:
        print(f"respgraph: {e}", file=sys.stderr)  # the message names the file and row, as cli.main says it
        raise typer.Exit(EXIT_FAILED)
    import pandas as pd

    builds = [p for p in paths if _is_build(p)]
    files, missing = collect_paths([p for p in paths if not _is_build(p)], recursive=recursive) if len(builds) < len(paths) else ([], [])
    note_unread([p for p in paths if not _is_build(p)], recursive=recursive)
    for f in missing:
        error_line(f.path, f.problem)
    with file_bar("reading plans", len(files)) as done:  # 300 plans: 20 s
        plans = extract_files(files, on_error=error_line, on_done=done)
    resolved = []
    for plan in plans:
        try:
            resolved.append(resolve_plan(plan, reg))
        except Exception as exc:  # one odd plan must not stop the others
            error_line(plan.meta.path, f"could not resolve agencies ({type(exc).__name__}: {str(exc)[:80]})")
    frames = [unknown_frame(resolved) if unknown else agencies_frame(resolved, reg)] if resolved or not builds else []
    loaded = 0
    for b in builds:
        from respgraph.store import BuildError, load_build

        try:
            G = load_build(b).graph
        except BuildError as e:
            print(f"respgraph: {e}", file=sys.stderr)  # the message already names graph.json
            continue
        loaded += 1
        ag, unk = graph_frames(G, reg)
        frames.append(unk if unknown else ag)
    if not resolved and not loaded:
        raise typer.Exit(EXIT_FAILED)  # every error is already on stderr; an empty table would look like an answer
    df = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0] if frames else pd.DataFrame(columns=UNKNOWN_COLUMNS if unknown else AGENCY_COLUMNS)
    if unknown and df.empty and fmt is OutputFormat.table:
        print("every agency mention was resolved to a function: no unresolved mentions")
        return
    title = "Unresolved mentions" if unknown else "Agencies"
    if fmt is OutputFormat.table and limit and len(df) > limit:  # 757 plans: 5,995 agencies, 12,265 lines
        title += f" — {limit} of {len(df)}" + ("" if unknown else ", most named first")
    emit_dataframe(_flat(df, fmt), fmt, title=title, limit=(limit or None) if fmt is OutputFormat.table else None)


def register(app: typer.Typer) -> None:
    app.command("agencies")(agencies)
