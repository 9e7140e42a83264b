"""The ``respgraph`` command line: a thin layer over the library API.

Each command group lives in ``respgraph/commands/<group>.py`` and registers itself on
``app``; heavy libraries are imported inside the commands, so ``respgraph --help`` is fast.
"""

from __future__ import annotations

import typer
from typer.core import TyperCommand

from respgraph.console import EXIT_FAILED, EXIT_INTERNAL, EXIT_INTERRUPTED, Command, Group

app = typer.Typer(
    cls=Group,
    name="respgraph",
    help=(
        "Read Chinese government action plans (实施方案, 工作要点, 规划), extract who leads and "
        "who supports each task, build a graph of agency responsibilities, and analyse it.\n\n"
        "Typical use: `respgraph build data/plans --out out`; `respgraph agency out 渝水生态环境局`; "
        "`respgraph tasks out --no-lead`; `respgraph workload out`; `respgraph report out --out out/report`\n\n"
        "`respgraph COMMAND --help` explains each command, with an example."
    ),
    # the same in every command (respgraph/console.py EXIT_*; README "Exit codes")
    epilog=(
        "Exit codes: **0** done (an empty answer too); **1** the run failed on a file, directory or "
        "server, named on stderr (no plan could be read, a missing or damaged build, output that "
        "cannot be written, Neo4j unreachable); **2** usage: the command line is wrong (an unknown "
        "option, a bad value, a plan, task, agency, view or query the build does not have); "
        "**70** internal error (please report it); **130** interrupted."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # docstrings are hard-wrapped: markdown joins a paragraph's lines and re-wraps them to the
    # terminal ("rich" keeps every newline, which breaks lines mid-sentence at 80 columns)
    rich_markup_mode="markdown",
)


def _register() -> None:
    from respgraph.commands import agencies, analysis, extract, graph, lookup, neo4j, suggest, synth, views

    for module in (extract, graph, agencies, lookup, analysis, views, suggest, neo4j, synth):
        module.register(app)
    # every command's class (no `<bool>` beside flags, usage errors that know their command),
    # set here once rather than in each module's decorators
    for typer_app in (app, *(g.typer_instance for g in app.registered_groups)):
        for info in typer_app.registered_commands:
            if info.cls in (None, TyperCommand):  # typer fills in its own class
                info.cls = Command


def _print_version(value: bool) -> None:
    if value:
        from respgraph import __version__

        print(f"respgraph {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: bool = typer.Option(False, "--version", "-V", is_eager=True, callback=_print_version,
                                 help="Print the respgraph version and exit."),
) -> None:
    # the group's own options; the help text is the Typer(help=...) above
    pass


@app.command()
def version() -> None:
    """Print the respgraph version."""
    from respgraph import __version__

    print(__version__)


_register()


def main() -> None:
    """Console entry point. Expected problems (bad files, missing builds) are reported by the
    commands as one line; this is the last line of defence against a bug, so that a user sees
    one line and an exit code, not a traceback. ``RESPGRAPH_DEBUG=1`` shows the traceback."""
    import os
    import sys

    try:
        app()
    except KeyboardInterrupt:
        print("respgraph: interrupted", file=sys.stderr)
        sys.exit(EXIT_INTERRUPTED)
    except SystemExit as e:
        # typer turns Ctrl-C into a silent exit 130; say why the run stopped
        if e.code == EXIT_INTERRUPTED:
            print("respgraph: interrupted", file=sys.stderr)
        raise
    except Exception as e:  # noqa: BLE001 - see docstring
        if os.environ.get("RESPGRAPH_DEBUG"):
            raise
        from respgraph.registry import RegistryError

        if isinstance(e, RegistryError):  # a malformed $RESPGRAPH_REGISTRY: bad input, not a bug
            print(f"respgraph: {e}", file=sys.stderr)  # the message names file and row
            sys.exit(EXIT_FAILED)
        print(f"respgraph: internal error: {type(e).__name__}: {e} "
              "(set RESPGRAPH_DEBUG=1 for the traceback, and please report it)", file=sys.stderr)
        sys.exit(EXIT_INTERNAL)


if __name__ == "__main__":  # pragma: no cover
    main()
