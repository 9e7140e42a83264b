"""The ``respgraph`` command line: a thin layer over the library API.

Each command group lives in ``respgraph/commands/<group>.py`` and registers itself on
``app``; heavy libraries are imported inside the commands, so ``respgraph --help`` is fast.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="respgraph",
    help=(
        "Read Chinese government action plans (实施方案, 工作要点, 规划), extract who leads and "
        "who supports each task, build a graph of agency responsibilities, and analyse it.\n\n"
        "Typical use: `respgraph build data/plans --out out`; `respgraph agency out 渝水生态环境局`; "
        "`respgraph tasks out --no-lead`; `respgraph workload out`; `respgraph report out --out out/report`"
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
        sys.exit(130)
    except SystemExit as e:
        # typer turns Ctrl-C into a silent exit 130; say why the run stopped
        if e.code == 130:
            print("respgraph: interrupted", file=sys.stderr)
        raise
    except Exception as e:  # noqa: BLE001 - see docstring
        if os.environ.get("RESPGRAPH_DEBUG"):
            raise
        from respgraph.registry import RegistryError

        if isinstance(e, RegistryError):  # a malformed $RESPGRAPH_REGISTRY: bad input, not a bug
            print(f"respgraph: {e}", file=sys.stderr)  # the message names file and row
            sys.exit(2)
        print(f"respgraph: internal error: {type(e).__name__}: {e} "
              "(set RESPGRAPH_DEBUG=1 for the traceback, and please report it)", file=sys.stderr)
        sys.exit(70)


if __name__ == "__main__":  # pragma: no cover
    main()
