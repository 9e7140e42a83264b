"""``respgraph suggest``: who should lead the tasks a plan assigns to nobody.

A thin layer over ``respgraph.suggest``. Suggestions are printed apart from what plans
state; ``--apply`` writes them into the build as edges with ``basis: suggested`` (which the
analyses leave out unless asked) and writes ``DIR/suggestions.csv``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from respgraph.commands.common import DIR_ARG, FORMAT_OPT, check_plan
from respgraph.console import EXIT_FAILED, EXIT_USAGE, OutputFormat
from respgraph.plural import counted


def suggest_cmd(
    build_dir: Path = DIR_ARG,
    plan: Optional[str] = typer.Option(None, "--plan", "-p", help="Only the tasks of this plan id."),
    task: Optional[str] = typer.Option(None, "--task", help="Only this task: its id (e.g. yichun-2021-14th-fyp-eco-plan:084) or where it sits, as the plan numbers it (PLAN:三（二）1)."),
    apply: bool = typer.Option(False, "--apply", help="Write the suggestions into the build as LEADS/SUPPORTS edges "
                               "with basis 'suggested' (rank-1 lead, top supports) and write DIR/suggestions.csv."),
    fmt: OutputFormat = FORMAT_OPT,
    limit: int = typer.Option(20, "--limit", "-n", min=0, help="Rows in table format: the suggestions of the first N tasks (0 = all; CSV/JSON give all)."),
    k: int = typer.Option(10, "--k", help="How many similar assigned tasks of other plans vote."),
    top: int = typer.Option(3, "--top", min=1, help="Functions suggested per role."),
) -> None:
    """Suggest who should lead and support the tasks that name no agency.

    For each task without a stated lead or support, the most similar tasks of OTHER plans
    that do name one vote, weighted by similarity, for the functions of the agencies that
    lead (and, separately, support) them; a keyword lexicon speaks beside them and alone
    when nothing is similar. Each suggestion carries its score and evidence, and, within
    the plan's jurisdiction, an agency of the build or a canonical name marked
    'constructed'.

    Example: `respgraph suggest out --plan yichun-2021-14th-fyp-eco-plan --limit 5`; `respgraph suggest out --plan <id> --apply`
    """
    from respgraph.api import load
    from respgraph.console import emit_dataframe, error_line
    from respgraph.store import BuildError

    try:
        build = load(build_dir)
    except BuildError as e:
        print(f"respgraph: {e}", file=sys.stderr)
        raise typer.Exit(EXIT_FAILED)
    from respgraph.suggest import apply_suggestions, suggest

    plan = check_plan(build.graph, plan)
    if task is not None:
        from respgraph.api.analyses import unknown_task

        problem = unknown_task(build.graph, task)
        if problem:
            from respgraph.analysis.task_lookup import one_task_id

            found, several = one_task_id(build.graph, task)  # where it sits, as cited: PLAN:三（二）1
            if found is None:
                error_line(build_dir, problem if several is None or several.startswith("no task") else several)
                raise typer.Exit(EXIT_USAGE)
            task = found
    df = suggest(build.graph, plan=plan, task=task, k=k, top=top)
    if task is not None and df.empty:
        print(f"respgraph: {task}: the plan states who leads or supports this task; nothing to suggest", file=sys.stderr)
        return
    shown = df
    if limit and limit > 0 and fmt is OutputFormat.table:  # CSV/JSON: every row, as the other commands
        keep = list(dict.fromkeys(df["task_id"]))[:limit]
        shown = df[df["task_id"].isin(keep)]
    if apply:
        from respgraph.store import atomic_write_text, frame_to_csv, save_build

        written = apply_suggestions(build.graph, df)
        save_build(build.graph, build_dir, plans=build.header_plans)
        atomic_write_text(Path(build_dir) / "suggestions.csv", frame_to_csv(_flat(df)))
        print(f"respgraph: {build_dir}: wrote {counted(written, 'suggested edge')} (basis 'suggested') for "
              f"{counted(df['task_id'].nunique(), 'task')}; all suggestions in {Path(build_dir) / 'suggestions.csv'}", file=sys.stderr)
    if fmt is OutputFormat.table:
        from respgraph.suggest import compact

        n_tasks = df["task_id"].nunique()
        title = (f"SUGGESTED by respgraph, not stated by the plan — {counted(n_tasks, 'task')} without stated assignments "
                 "(* = constructed agency name; --format csv for scores and evidence of every row)")
        emit_dataframe(_with_gloss(compact(shown), shown), fmt, title=title)
        if len(shown) < len(df):
            print(f"… {counted(n_tasks - shown['task_id'].nunique(), 'more task')} (use --limit 0 or --format csv for all)")
    else:
        emit_dataframe(_flat(shown), fmt)

def _with_gloss(table, df):
    """The compact table with the English gloss of each task's first suggested lead function
    beside the Chinese one, as every other table that names functions."""
    first = df[(df["role"] == "lead") & df["function"].notna()].sort_values("rank").drop_duplicates("task_id")
    table = table.copy()
    table.insert(table.columns.get_loc("lead") + 1, "gloss", table["task_id"].map(dict(zip(first["task_id"], first["gloss"]))).fillna(""))
    return table


def _flat(df):
    """Evidence as JSON text so CSV/JSON output keep it whole."""
    import json

    out = df.copy()
    out["evidence"] = out["evidence"].apply(lambda e: json.dumps(e, ensure_ascii=False))
    return out


def register(app: typer.Typer) -> None:
    app.command("suggest")(suggest_cmd)
