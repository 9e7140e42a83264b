"""Shared CLI helpers: exit codes, one-line errors (usage errors too), DataFrame output in
table/csv/json."""

from __future__ import annotations

import re
import sys
from contextlib import contextmanager
from enum import Enum
from typing import TYPE_CHECKING

from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError
from typer.core import TyperCommand, TyperGroup, TyperOption
from typer.exceptions import Abort

from respgraph.plural import counted

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable, Iterable, Iterator

    import pandas as pd


# Exit codes: one scheme for every command (README "Exit codes", the epilog of `respgraph --help`).
#: The command did what was asked; an empty answer ("no task matches") is an answer.
EXIT_OK = 0
#: The command line was right but the run failed on a file, a directory or a server it needs: no
#: plan could be read (or, with --strict, one could not), a build that is missing or damaged,
#: output that cannot be written, a Neo4j server that cannot be reached. stderr names which.
EXIT_FAILED = 1
#: The command line is wrong (click's usage errors: an unknown option, a bad value, a missing
#: argument), or a value names nothing the build has: a plan, task, agency, view, query or
#: query parameter; or options that exclude or need each other. Fixing the command line fixes it.
EXIT_USAGE = 2
#: A bug (cli.main's last line of defence).
EXIT_INTERNAL = 70
#: Ctrl-C.
EXIT_INTERRUPTED = 130


class OutputFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def error_line(path: object, problem: str) -> None:
    """Print one clear line naming the file and the problem (never a traceback)."""
    print(f"respgraph: {path}: {problem}", file=sys.stderr)


#: warning lines a command prints at most; a count says the rest (the output keeps them all)
WARNING_LINES = 20


def warning_lines(command: str, warned: "list[tuple[object, list[str]]]", kept_in: str) -> None:
    """One line per file and problem for the plans read with warnings (a site's preview cut off,
    glyphs dropped, a clause that could not be read …), at most ``WARNING_LINES`` of them, then
    a count naming where every warning is kept (``kept_in``)."""
    lines = [(path, w) for path, ws in warned for w in ws]
    for path, w in lines[:WARNING_LINES]:
        error_line(f"warning: {path}", " ".join(w.split()))
    if not lines:
        return
    from respgraph.plural import counted

    more = f", {len(lines) - WARNING_LINES} not shown above" if len(lines) > WARNING_LINES else ""
    error_line(f"warning: {command}", f"{counted(len(warned), 'plan')} read with {counted(len(lines), 'warning')}{more}; "
               f"each is kept in {kept_in}")


# pydantic's prefix on typer's conversion errors ("Value error, 'x' is not one of …")
_VALUE_NOISE = re.compile(r"\bValue error, ")
# pydantic's wording of a bad number, said as a person would ("Input should be a valid
# integer, unable to parse string as an integer" for `--limit ten` or `--deadline-before 2026-06`)
_PLAIN = [
    (re.compile(r"Input should be a valid integer, unable to parse string as an integer"), "not a whole number"),
    (re.compile(r"Input should be a valid integer, got a number with a fractional part"), "not a whole number"),
    (re.compile(r"Input should be a valid number, unable to parse string as a number"), "not a number"),
    (re.compile(r"Input should be greater than or equal to (\S+)"), r"must be \1 or more"),
    (re.compile(r"Input should be less than or equal to (\S+)"), r"must be \1 or less"),
    (re.compile(r"Input should be greater than (\S+)"), r"must be more than \1"),
    (re.compile(r"Input should be less than (\S+)"), r"must be less than \1"),
]


def usage_line(e: ClickException) -> str:
    """A usage error as one line naming the command and the problem, with where to read more:
    ``respgraph: workload: no such option: --bogus (see 'respgraph workload --help')``.
    (click prints the usage, a hint and a boxed message: three to six lines for one mistake.)"""
    ctx = getattr(e, "ctx", None)
    # one line: click lists choices one per line ("Choose from:\n\tgraphml,\n\tgexf …")
    msg = " ".join(_VALUE_NOISE.sub("", e.format_message()).split()).rstrip(".")
    for pattern, plain in _PLAIN:
        msg = pattern.sub(plain, msg)
    got = _bad_input(e)
    if got is not None and repr(got) not in msg:  # pydantic's message does not say which value
        msg += f" (got {got!r})"
    if len(msg) > 1 and msg[0].isupper() and msg[1].islower():  # "No such option" -> as our lines
        msg = msg[0].lower() + msg[1:]
    if ctx is None:
        return f"respgraph: {msg} (see 'respgraph --help')"
    names = []
    c = ctx
    while c.parent is not None:  # the subcommands, without the program name
        names.append(c.info_name)
        c = c.parent
    where = " ".join(reversed(names))
    return f"respgraph: {where + ': ' if where else ''}{msg} (see '{ctx.command_path} --help')"


def _bad_input(e: ClickException) -> str | None:
    """The value typer could not convert (``--limit x``): pydantic's error, the exception's cause,
    holds it."""
    errors = getattr(e.__cause__, "errors", None)
    try:
        value = errors()[0].get("input") if callable(errors) else None
    except (IndexError, TypeError, AttributeError):  # some other cause: say nothing more
        return None
    return value if isinstance(value, str) else None


def print_usage_error(e: ClickException) -> None:
    """``usage_line`` on stderr, coloured on a terminal (rich leaves a pipe and NO_COLOR plain)."""
    from rich.console import Console
    from rich.text import Text

    line = usage_line(e)
    head, _, rest = line.partition(": ")
    hint_at = rest.rfind(" (see '")
    text = Text.assemble((head + ": ", "bold red"), rest[:hint_at] if hint_at >= 0 else rest,
                         (rest[hint_at:] if hint_at >= 0 else "", "dim"))
    Console(stderr=True, soft_wrap=True, highlight=False).print(text)


def exclusive(**given: object) -> None:
    """A usage error, printed as every other (one line naming the command, exit 2), when more
    than one of these options is given: without it one would win in silence."""
    chosen = [f"--{name.rstrip('_').replace('_', '-')}" for name, value in given.items() if value]
    if len(chosen) > 1:
        raise UsageError(f"{' and '.join(chosen)} cannot be combined: give one")


# typer's label of a list: list[Path], list[str]
_LIST_TYPE = re.compile(r"list\[(\w+)\]")
_RANGE_TYPE = re.compile(r"<(int|float) range>")


def _plain_types(params: list) -> list:
    """The type column of the rich help as a user reads it: nothing beside a flag (it takes no
    value; typer writes ``<bool>``), and the item's type for a repeatable option or an argument
    of several values (``<path>``, not ``<list[Path]>``: the ``...`` after the name and the help
    say there can be several). ``metavar`` is what the help shows for an option's type."""
    for p in params:
        if getattr(p, "_plain_types", False):  # get_params runs several times per invocation
            continue
        p._plain_types = True
        if isinstance(p, TyperOption) and p.is_flag and not p.count and p.metavar is None:
            p.metavar = ""
        elif getattr(getattr(p, "type_descriptor", None), "is_list", False):
            shown = p.display_type_rich
            p.display_type_rich = lambda ctx, shown=shown: _LIST_TYPE.sub(lambda m: m[1].lower(), shown(ctx) or "")
        elif hasattr(p, "display_type_rich"):  # a bounded number: <int> [x>=0], not <int range> [x>=0]
            shown = p.display_type_rich
            p.display_type_rich = lambda ctx, shown=shown: _RANGE_TYPE.sub(r"<\1>", shown(ctx) or "")
    return params


def _fold_option_help() -> None:
    """Option help wraps, never cuts: rich cuts a cell's line that fills its column exactly
    (its trailing space counted) with an ellipsis, so at 80 columns `agency --help` read
    'writes it (区发改委 o… one district)' and `tasks --help` 'or it… type'. typer builds each
    option's help as a ``Columns``; ours renders it with overflow 'fold' (a line too long for
    the column is wrapped, as the rest of the text is)."""
    from rich.columns import Columns
    from typer import rich_utils

    if getattr(rich_utils.Columns, "_folds", False):
        return

    class Folded:
        """One help item, rendered with overflow 'fold' whatever the cell around it says."""

        def __init__(self, inner):  # noqa: ANN001
            self.inner = inner

        def __rich_console__(self, console, options):  # noqa: ANN001, ANN204
            yield from console.render(self.inner, options.update(overflow="fold"))

        def __rich_measure__(self, console, options):  # noqa: ANN001, ANN204
            from rich.measure import Measurement

            return Measurement.get(console, options, self.inner)

    class FoldingColumns(Columns):
        _folds = True

        def __init__(self, renderables=None, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
            super().__init__([Folded(r) for r in renderables or ()], *args, **kwargs)

    rich_utils.Columns = FoldingColumns


_fold_option_help()


class Command(TyperCommand):
    """Every respgraph command: flags without ``<bool>``, usage errors that know their command."""

    def get_params(self, ctx):  # noqa: ANN001
        return _plain_types(super().get_params(ctx))

    def parse_args(self, ctx, args):  # noqa: ANN001
        try:
            return super().parse_args(ctx, args)
        except UsageError as e:  # some parser errors ("requires 2 arguments") come without it
            if e.ctx is None:
                e.ctx, e.cmd = ctx, ctx.command
            raise


class Group(TyperGroup):
    """The ``respgraph`` group (and ``neo4j``): as ``Command``, and a usage error anywhere below
    is printed by ``print_usage_error`` as one line, exit 2, instead of typer's boxed panel."""

    def get_params(self, ctx):  # noqa: ANN001
        return _plain_types(super().get_params(ctx))

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):  # noqa: ANN001
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            rv = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except NoArgsIsHelpError as e:  # `respgraph` alone: the rich help is printed already
            if e.format_message().strip():  # (without rich, the message is the help)
                e.show()
            sys.exit(e.exit_code)
        except ClickException as e:
            print_usage_error(e)
            sys.exit(e.exit_code)
        except Abort:  # Ctrl-D at the password prompt
            print("respgraph: aborted", file=sys.stderr)
            sys.exit(EXIT_FAILED)
        # without standalone mode typer returns an Exit's code, or the command's value (None)
        sys.exit(rv if isinstance(rv, int) else EXIT_OK)


def recursive_option():  # noqa: ANN201
    """``--recursive / -r`` of every command that reads plan files and folders."""
    import typer

    return typer.Option(False, "--recursive", "-r",
                        help="Read the plans in the subfolders of each directory too (a tree by year or place).")


def note_unread(paths: "Iterable[object]", shown: int = 5, *, recursive: bool = False) -> None:
    """One note line per directory argument naming what in it is not read (subfolders,
    images, notes), so that a plan in a subfolder is not missed in silence."""
    from respgraph.pipeline import unread_entries

    def few(names: list[str]) -> str:
        return ", ".join(names[:shown]) + (f" +{len(names) - shown}" if len(names) > shown else "")

    for d, names in unread_entries(paths, recursive=recursive).items():
        folders = [n for n in names if n.endswith("/")]
        files = [n for n in names if not n.endswith("/")]
        parts = ([f"{few(folders)} (folders are not searched: name them, or use --recursive, to read their plans)"] if folders else []) + (
            [f"{few(files)} (not a plan format)"] if files else [])
        print(f"respgraph: note: {d}: not read: {'; '.join(parts)}", file=sys.stderr)


def records_json(df: "pd.DataFrame") -> str:
    """``df`` as a JSON array of records, as pandas writes them (NaN null, dates ISO) but with
    ``/`` as itself: pandas writes it ``\\/``, so an agency id (``渝水区/生态环境局``) a user
    searched the output for was not in it."""
    import json

    return json.dumps(json.loads(df.to_json(orient="records", force_ascii=False)), ensure_ascii=False, indent=1)


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
        sys.stdout.write(records_json(df))
        sys.stdout.write("\n")
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    shown = df if limit is None else df.head(limit)
    # Text, never a markup string: a title or name a plan wrote with [b] or [/red] in it is
    # shown as written (rich read it as markup: a stray closing tag was an internal error)
    table = Table(title=Text(title) if title else None, show_lines=False)
    for col in shown.columns:
        table.add_column(Text(str(col)), overflow="fold")
    for row in shown.itertuples(index=False):
        table.add_row(*(Text("" if v is None else _fmt(v)) for v in row))
    console = Console(soft_wrap=False)
    # a terminal gets its own width (a wider table wraps every line in it); a pipe or file 120
    # columns at least, rich's default 80 squeezes the Chinese names
    console.width = console.width if console.is_terminal else max(120, console.width)
    console.print(table)
    if limit is not None and len(df) > limit:
        print(f"… {counted(len(df) - limit, 'more row')} (use --limit 0 or --format csv for all)")


#: Items of a list cell a table shows (CSV/JSON: all): a pair of ministries named together on 22
#: tasks of 10 plans made one row of 40 lines of task ids at 757 plans.
TABLE_LIST_ITEMS = 8


def _fmt(v: object) -> str:
    if isinstance(v, float):
        return f"{v:.3g}" if abs(v) < 1000 else f"{v:,.0f}"
    if isinstance(v, (list, tuple)):  # 、 between Chinese names, ", " between codes such as water, soil
        items = [str(x) for x in v]
        more = f" +{len(items) - TABLE_LIST_ITEMS} more" if len(items) > TABLE_LIST_ITEMS else ""
        shown = items[:TABLE_LIST_ITEMS]
        return (_task_ids_by_plan(shown) or (", " if all(x.isascii() for x in items) else "、").join(shown)) + more
    return str(v)


_TASK_ID = re.compile(r"(.+):(\d{3,})")


def _task_ids_by_plan(items: list[str]) -> str | None:
    """Task ids of one plan written once with the plan: 'changjiang-2018-yangtze-protection:001,
    002, 005; yushui-2022-pollution-battle:003' (was each id whole: eight ids of one plan folded
    into 17 lines of a network --pairs cell). None unless they are task ids, some of one plan."""
    parts = [_TASK_ID.fullmatch(x) for x in items]
    if not all(parts) or len({m.group(1) for m in parts}) == len(parts):
        return None
    groups: list[tuple[str, list[str]]] = []
    for m in parts:
        if groups and groups[-1][0] == m.group(1):
            groups[-1][1].append(m.group(2))
        else:
            groups.append((m.group(1), [m.group(2)]))
    return "; ".join(f"{plan}:{', '.join(seqs)}" for plan, seqs in groups)


class StepBar:
    """A progress bar on stderr for a long command's steps, on a terminal only (a pipe or a log
    gets nothing): ``with StepBar("report") as bar: write_report(..., on_step=bar)``, where the
    library calls ``bar(label, done, total)`` before each step."""

    def __init__(self, what: str) -> None:
        self.what = what
        self._progress = None
        self._task = None

    def __enter__(self) -> "StepBar":
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._progress = Progress(TextColumn(self.what), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                      TextColumn("{task.description}"), console=Console(stderr=True), transient=True)
            self._progress.__enter__()
            self._task = self._progress.add_task("", total=None)
        return self

    def __call__(self, label: str, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.update(self._task, description=label, completed=done, total=total)

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.__exit__(*exc)


@contextmanager
def file_bar(what: str, total: int) -> "Iterator[Callable[[], None] | None]":
    """A bar of files done on stderr, for a terminal and four files or more: yields the callback
    to call as each file is done (``extract_files(on_done=)``), or None."""
    if total < 4 or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(TextColumn(what), BarColumn(), MofNCompleteColumn(), console=Console(stderr=True),
                  transient=True) as progress:
        task = progress.add_task(what, total=total)
        yield lambda: progress.advance(task)


@contextmanager
def busy(what: str) -> "Iterator[None]":
    """A spinner with ``what`` on stderr while a long computation runs, on a terminal only
    (overlap over a year of plans: half a minute with nothing on the screen)."""
    if not sys.stderr.isatty():
        yield
        return
    from rich.console import Console

    with Console(stderr=True).status(what):
        yield
