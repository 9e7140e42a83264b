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
        "Typical use: respgraph build data/plans --out out; respgraph workload out; "
        "respgraph report out --out out/report"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register() -> None:
    from respgraph.commands import agencies, analysis, extract, graph, neo4j, suggest, synth, views

    for module in (extract, graph, agencies, analysis, views, suggest, neo4j, synth):
        module.register(app)


@app.command()
def version() -> None:
    """Print the respgraph version."""
    from respgraph import __version__

    print(__version__)


_register()


def main() -> None:
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
