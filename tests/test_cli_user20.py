"""Stop 20's user round: what a clerk, a researcher and an engineer tripped on — ``--version``,
"1 plans", collectives topping the overload table, one error class for an unreadable file."""

from __future__ import annotations

from typer.testing import CliRunner

from respgraph.cli import app

runner = CliRunner()


def test_version_option_prints_the_installed_version_and_exits():
    from importlib.metadata import version

    import respgraph

    assert respgraph.__version__ == version("respgraph")
    for flag in ("--version", "-V"):
        r = runner.invoke(app, [flag])
        assert r.exit_code == 0 and r.stdout == f"respgraph {respgraph.__version__}\n", r.output
    # eager: it answers before any command is asked for, and the command still works
    assert runner.invoke(app, ["--version", "build"]).stdout.startswith("respgraph ")
    assert runner.invoke(app, ["version"]).stdout == f"{respgraph.__version__}\n"
