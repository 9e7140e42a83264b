"""Shared CLI helpers: one-line errors, DataFrame output in table/csv/json."""

from __future__ import annotations

import sys
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Iterable

    import pandas as pd


class OutputFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def error_line(path: object, problem: str) -> None:
    """Print one clear line naming the file and the problem (never a traceback)."""
    print(f"respgraph: {path}: {problem}", file=sys.stderr)


def note_unread(paths: "Iterable[object]", shown: int = 5) -> None:
    """One note line per directory argument naming what in it is not read (subfolders,
    images, notes), so that a plan in a subfolder is not missed in silence."""
    from respgraph.pipeline import unread_entries

    def few(names: list[str]) -> str:
        return ", ".join(names[:shown]) + (f" +{len(names) - shown}" if len(names) > shown else "")

    for d, names in unread_entries(paths).items():
        folders = [n for n in names if n.endswith("/")]
        files = [n for n in names if not n.endswith("/")]
        parts = ([f"{few(folders)} (folders are not searched: name them to read their plans)"] if folders else []) + (
            [f"{few(files)} (not a plan format)"] if files else [])
        print(f"respgraph: note: {d}: not read: {'; '.join(parts)}", file=sys.stderr)


def emit_dataframe(df: "pd.DataFrame", fmt: OutputFormat | str, *, title: str | None = None, limit: int | None = None) -> None:
    """Write a DataFrame to stdout as a rich table, CSV or JSON records.

    In CSV a list cell is its items joined by '; ', as in the build's own CSV tables (a
    spreadsheet or ``pandas.read_csv`` would otherwise get Python's ``['a', 'b']``); JSON keeps
    lists as arrays."""
    fmt = OutputFormat(fmt)
    if fmt is OutputFormat.csv:
        from respgraph.graph import flat_frame

        sys.stdout.write(flat_frame(df).to_csv(index=False))
        return
    if fmt is OutputFormat.json:
        sys.stdout.write(df.to_json(orient="records", force_ascii=False, indent=1))
        sys.stdout.write("\n")
        return
    from rich.console import Console
    from rich.table import Table

    shown = df if limit is None else df.head(limit)
    table = Table(title=title, show_lines=False)
    for col in shown.columns:
        table.add_column(str(col), overflow="fold")
    for row in shown.itertuples(index=False):
        table.add_row(*("" if v is None else _fmt(v) for v in row))
    console = Console(soft_wrap=False)
    # a terminal gets its own width (a wider table wraps every line in it); a pipe or file 120
    # columns at least, rich's default 80 squeezes the Chinese names
    console.width = console.width if console.is_terminal else max(120, console.width)
    console.print(table)
    if limit is not None and len(df) > limit:
        print(f"… {len(df) - limit} more rows (use --limit 0 or --format csv for all)")


def _fmt(v: object) -> str:
    if isinstance(v, float):
        return f"{v:.3g}" if abs(v) < 1000 else f"{v:,.0f}"
    if isinstance(v, (list, tuple)):  # 、 between Chinese names, ", " between codes such as water, soil
        items = [str(x) for x in v]
        return (", " if all(x.isascii() for x in items) else "、").join(items)
    return str(v)
