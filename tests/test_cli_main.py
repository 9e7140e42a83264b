"""The console entry point: a bug shows one line and exit code 70, not a traceback."""

from __future__ import annotations

import os
import subprocess
import sys

from typer.testing import CliRunner

from respgraph.cli import app

# A command that hits a bug, registered only in this child process.
_BOOM = """
import sys
from respgraph import cli
@cli.app.command("boom")
def boom():
    {}["missing"]
sys.argv = ["respgraph", "boom"]
cli.main()
"""


def _run(env_extra: dict[str, str]) -> subprocess.CompletedProcess:
    env = {**os.environ, **env_extra}
    env.pop("RESPGRAPH_DEBUG", None) if not env_extra else None
    return subprocess.run([sys.executable, "-c", _BOOM], capture_output=True, text=True, env=env, timeout=60)


def test_bug_is_one_line_without_traceback():
    r = _run({})
    assert r.returncode == 70
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "internal error: KeyError" in lines[0] and "RESPGRAPH_DEBUG" in lines[0]


def test_debug_shows_the_traceback():
    r = _run({"RESPGRAPH_DEBUG": "1"})
    assert r.returncode != 0 and "Traceback" in r.stderr and "KeyError" in r.stderr


def test_no_lead_report_tells_unassigned_plans_apart(seed_build):
    r = CliRunner().invoke(app, ["workload", str(seed_build), "--report", "no-lead", "--limit", "2"])
    assert r.exit_code == 0, r.output
    assert "yichun-2021-14th-fyp-eco-plan: names no agency for any of its 127 tasks" in r.output
    assert "yushui-2022-pollution-battle: every one of 34 tasks has a stated lead" in r.output


def test_help_reflows_docstring_paragraphs_and_keeps_placeholders():
    # Docstrings are hard-wrapped in the source; the help must join a paragraph's lines and
    # wrap them to the terminal, not break at the source's newlines (which at 80 columns cut
    # sentences in two), and an example's <id> placeholder must survive the markup.
    runner = CliRunner()
    wide = runner.invoke(app, ["extract", "--help"], env={"COLUMNS": "200"}, terminal_width=200)
    assert wide.exit_code == 0
    assert "each is reported at the end as one line on stderr, with a count." in wide.output
    narrow = runner.invoke(app, ["workload", "--help"], env={"COLUMNS": "80"}, terminal_width=80)
    assert "respgraph workload out --plan <id> --overload" in narrow.output
    assert max(len(line) for line in narrow.output.splitlines()) <= 80
