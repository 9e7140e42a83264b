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
    assert "yushui-2022-pollution-battle: every one of 34 tasks has a clear lead" in r.output


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


# --------------------------------------------------------------------------- one behaviour in every command

import re  # noqa: E402

import pytest  # noqa: E402
import typer.main  # noqa: E402

from respgraph.console import EXIT_FAILED, EXIT_OK, EXIT_USAGE  # noqa: E402

runner = CliRunner()
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _command_paths() -> list[list[str]]:
    """Every command of the CLI, neo4j's too: a command added later is checked without a test of its own."""
    paths = []
    for name, cmd in typer.main.get_command(app).commands.items():
        subs = getattr(cmd, "commands", None)
        paths.extend([[name, sub] for sub in subs] if subs else [[name]])
    return paths


COMMANDS = _command_paths()


def test_every_command_is_listed():
    assert ["workload"] in COMMANDS and ["neo4j", "query"] in COMMANDS and len(COMMANDS) >= 19


@pytest.mark.parametrize("cmd", COMMANDS, ids=" ".join)
def test_a_usage_error_is_one_line_naming_the_command(cmd):
    r = runner.invoke(app, [*cmd, "--no-such-option"])
    where = " ".join(cmd)
    assert r.exit_code == EXIT_USAGE and r.stdout == ""
    assert r.stderr.count("\n") == 1 and "╭" not in r.stderr and "Usage:" not in r.stderr, r.stderr
    assert r.stderr.startswith(f"respgraph: {where}: no such option: --no-such-option")
    assert r.stderr.endswith(f" (see 'respgraph {where} --help')\n")


@pytest.mark.parametrize("cmd", COMMANDS, ids=" ".join)
def test_every_help_explains_itself_with_an_example(cmd):
    r = runner.invoke(app, [*cmd, "--help"], terminal_width=100)
    assert r.exit_code == EXIT_OK and "╭─ Options" in r.stdout  # the rich help, boxes and all
    assert "<bool>" not in r.stdout and "list[" not in r.stdout  # flags take no value; no typer noise
    assert "Example:" in r.stdout or cmd == ["version"], r.stdout


@pytest.mark.parametrize("argv, message", [
    (["workload", "out", "--by", "nope"], "respgraph: workload: invalid value for '--by': 'nope' is not one of 'agency', 'function'"),
    (["agency"], "respgraph: agency: missing argument 'DIR'"),
    (["tasks", "out", "--limit", "x"], "respgraph: tasks: invalid value for '--limit' / '-n': not a whole number (got 'x')"),
    (["tasks", "out", "--deadline-before", "2026-06"], "respgraph: tasks: invalid value for '--deadline-before': not a whole "
                                                       "number (got '2026-06')"),
    (["tasks", "out", "--deadline-before", "26"], "respgraph: tasks: invalid value for '--deadline-before': must be 1900 or more (got '26')"),
    (["overlap", "out", "-t", "2"], "respgraph: overlap: invalid value for '--threshold' / '-t': must be 1 or less (got '2')"),
    (["overlap", "--vertical", "a"], "respgraph: overlap: option '--vertical' requires 2 arguments"),  # click gives it no command
    (["export", "out"], "respgraph: export: missing option '--format' / '-f'. Choose from: graphml, gexf, csv, xlsx"),
    (["viz", "out", "--view", "nope"], "respgraph: viz: invalid value for '--view': 'nope' is not one of 'build', 'plan'"),
    (["wrokload"], "respgraph: no such command 'wrokload'. Did you mean 'workload'?"),
    (["neo4j", "frob"], "respgraph: neo4j: no such command 'frob'"),
    # options that exclude each other, and one that needs another: the command line alone is wrong
    (["overlap", "out", "--plans", "--coverage"], "respgraph: overlap: --plans and --coverage cannot be combined: give one"),
    (["workload", "out", "--overload", "--report", "no-lead"], "respgraph: workload: --overload and --report cannot be combined"),
    (["tasks", "/nonexistent", "--role", "lead"], "respgraph: tasks: --role needs --agency (the role of which agency?) (see "),
])
def test_usage_errors_say_what_is_wrong_in_one_line(argv, message):
    r = runner.invoke(app, argv)
    assert r.exit_code == EXIT_USAGE and r.stderr.count("\n") == 1 and r.stderr.startswith(message), r.stderr
    assert "Value error" not in r.stderr  # pydantic's prefix on typer's messages


def test_a_usage_error_is_coloured_on_a_terminal_only():
    plain = runner.invoke(app, ["workload", "--bogus"], env={"NO_COLOR": None, "FORCE_COLOR": None})
    assert "\x1b[" not in plain.stderr
    tty = runner.invoke(app, ["workload", "--bogus"], env={"FORCE_COLOR": "1", "NO_COLOR": None, "TERM": "xterm-256color"})
    assert "\x1b[" in tty.stderr and _ANSI.sub("", tty.stderr) == plain.stderr


def test_no_command_shows_the_help():
    r = runner.invoke(app, [])
    assert r.exit_code == EXIT_USAGE and "Commands" in r.output and "Error" not in r.output


def test_the_top_help_states_the_exit_codes():
    r = runner.invoke(app, ["--help"], terminal_width=200)
    text = " ".join(r.stdout.split())
    for code in ("0 done", "1 the run failed on a file, directory or server", "2 usage: the command line is wrong",
                 "70 internal error", "130 interrupted"):
        assert code in text, code


@pytest.fixture(scope="module")
def broken(tmp_path_factory):
    d = tmp_path_factory.mktemp("broken")
    (d / "corrupt").mkdir()
    (d / "corrupt" / "graph.json").write_text("{not json", encoding="utf-8")
    (d / "a-file").write_text("x", encoding="utf-8")
    return d


# what each command does with a build that is not there or damaged: exit 1, one line
_BUILD_READERS = [["workload"], ["network"], ["overlap"], ["tasks"], ["suggest"], ["viz"], ["report"],
                  ["export", "-f", "csv"], ["agency", "{B}", "区发改委"], ["agencies"], ["neo4j", "load"],
                  ["neo4j", "export-csv"]]


def _argv(cmd: list[str], build) -> list[str]:
    """cmd with the build path after the command name (or where ``{B}`` stands)."""
    if "{B}" in cmd:
        return [str(build) if a == "{B}" else a for a in cmd]
    n = 2 if cmd[0] == "neo4j" else 1
    return [*cmd[:n], str(build), *cmd[n:]]


@pytest.mark.parametrize("cmd", _BUILD_READERS, ids=lambda c: " ".join(c))
@pytest.mark.parametrize("which", ["missing", "corrupt"])
def test_a_missing_or_damaged_build_is_exit_1_in_every_command(cmd, which, broken):
    r = runner.invoke(app, _argv(cmd, broken / which), env={"NEO4J_PASSWORD": "x"})
    assert r.exit_code == EXIT_FAILED, r.output
    assert r.stderr.count("\n") == 1 and r.stderr.startswith(f"respgraph: {broken / which}"), r.stderr
    assert "Traceback" not in r.output


def test_the_cli_line_is_the_api_error(broken):
    """The library raises what the command prints: ``respgraph.load`` and ``BuildError``."""
    import respgraph
    from respgraph.store import BuildError

    for which in ("missing", "corrupt"):
        with pytest.raises(BuildError) as e:
            respgraph.load(broken / which)
        r = runner.invoke(app, ["workload", str(broken / which)])
        assert r.stderr == f"respgraph: {e.value}\n"


@pytest.mark.parametrize("argv", [
    ["workload", "{B}", "--plan", "nope"], ["network", "{B}", "--plan", "nope"], ["tasks", "{B}", "--plan", "nope"],
    ["suggest", "{B}", "--plan", "nope"], ["viz", "{B}", "--view", "plan", "--plan", "nope"],
    ["overlap", "{B}", "--vertical", "nope", "yushui-2022-pollution-battle"],
    ["agency", "{B}", "没有这个局"], ["tasks", "{B}", "--agency", "没有这个局"], ["tasks", "{B}", "--role", "lead"],
    ["suggest", "{B}", "--task", "nope"], ["viz", "{B}", "--view", "agency"],
    ["neo4j", "query", "nope"], ["neo4j", "query", "agency_workload", "--param", "bogus=1"],
    ["neo4j", "query", "agency_workload", "--param", "plan"],
], ids=lambda a: " ".join(x for x in a if x != "{B}"))
def test_a_name_the_build_does_not_have_is_a_usage_error(argv, seed_build):
    r = runner.invoke(app, [str(seed_build) if a == "{B}" else a for a in argv], env={"NEO4J_PASSWORD": "x"})
    assert r.exit_code == EXIT_USAGE and r.stdout == "", r.output
    assert r.stderr.count("\n") == 1 and r.stderr.startswith("respgraph: "), r.stderr


@pytest.mark.parametrize("argv", [
    ["extract", "{Y}", "-o", "{W}/x.jsonl"], ["build", "{Y}", "--out", "{W}/out"], ["export", "{B}", "-f", "gexf", "-o", "{W}/g"],
    ["viz", "{B}", "-o", "{W}/v.html"], ["report", "{B}", "-o", "{W}/r"], ["neo4j", "export-csv", "{B}", "--out", "{W}/n"],
], ids=lambda a: a[0] if a[0] != "neo4j" else "neo4j export-csv")
def test_output_that_cannot_be_written_is_exit_1(argv, seed_build, broken):
    from conftest import YUSHUI

    subst = {"{Y}": str(YUSHUI), "{B}": str(seed_build)}
    argv = [subst.get(a, a.replace("{W}", str(broken / "a-file"))) for a in argv]
    r = runner.invoke(app, argv)
    assert r.exit_code == EXIT_FAILED, r.output
    assert r.stderr.strip().splitlines()[-1].startswith(f"respgraph: {broken / 'a-file'}"), r.stderr


def test_an_empty_answer_is_exit_0(seed_build):
    r = runner.invoke(app, ["tasks", str(seed_build), "--search", "没有这种任务"])
    assert r.exit_code == EXIT_OK and r.stdout.startswith("no task matches")


def test_neo4j_query_p_still_reads_a_param_with_a_warning():
    """-p meant --param in `neo4j query` and --plan everywhere else: old scripts keep working, told so."""
    warning = ("respgraph: warning: neo4j query: -p is deprecated, write --param NAME=VALUE "
               "(-p means --plan in the other commands)")
    r = runner.invoke(app, ["neo4j", "query", "agency_workload", "-p", "plan=x", "--describe"])
    assert r.exit_code == EXIT_OK and r.stderr == warning + "\n" and "agency_workload:" in r.stdout
    r = runner.invoke(app, ["neo4j", "query", "agency_workload", "-p", "bogus=1"])
    assert r.exit_code == EXIT_USAGE and r.stderr.splitlines() == [
        warning, "respgraph: agency_workload: unknown parameter(s) bogus; known: plan, lead_weight, support_weight, bases, limit"]
    r = runner.invoke(app, ["neo4j", "query", "agency_workload", "--param", "plan=x", "--describe"])
    assert r.exit_code == EXIT_OK and r.stderr == ""
    assert " -p " not in runner.invoke(app, ["neo4j", "query", "--help"]).stdout  # not offered any more


def test_neo4j_refuses_a_password_in_the_uri():
    for cmd in (["query", "agency_workload"], ["schema", "--apply"], ["load", "nowhere"]):
        r = runner.invoke(app, ["neo4j", *cmd, "--uri", "bolt://neo4j:s3cret@127.0.0.1:1"], env={"NEO4J_PASSWORD": "x"})
        if cmd[0] == "load":  # the build is read first
            assert r.exit_code == EXIT_FAILED
            continue
        assert r.exit_code == EXIT_USAGE and "s3cret" not in r.output
        assert r.stderr.startswith("respgraph: bolt://127.0.0.1:1: the URI holds a password") and "NEO4J_PASSWORD" in r.stderr


def test_neo4j_on_a_folder_of_plans_says_why_a_file_was_not_read(tmp_path):
    import shutil

    from conftest import YUSHUI

    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(YUSHUI, plans / "a.txt")
    (plans / "b.docx").write_bytes(b"\x00\x01")
    r = runner.invoke(app, ["neo4j", "export-csv", str(plans), "--out", str(tmp_path / "csv")])
    assert r.exit_code == EXIT_OK  # was 'could not be read', the reason lost
    assert r.stderr == f"respgraph: {plans / 'b.docx'}: not a valid .docx (not a zip file)\n"


def test_the_small_commands_print_what_the_library_holds():
    """version, neo4j list and neo4j schema (no server needed) against their library sources."""
    import respgraph
    from respgraph.neo4j.load import SCHEMA_FILE
    from respgraph.neo4j.queries import library

    r = runner.invoke(app, ["version"])
    assert r.exit_code == EXIT_OK and r.stdout == f"{respgraph.__version__}\n"
    r = runner.invoke(app, ["neo4j", "list"])
    assert r.exit_code == EXIT_OK and r.stderr == ""
    listed = [ln.split(":", 1)[0] for ln in r.stdout.splitlines() if not ln.startswith(" ")]
    assert listed == list(library()) and listed
    r = runner.invoke(app, ["neo4j", "schema"])
    assert r.exit_code == EXIT_OK and r.stdout == SCHEMA_FILE.read_text(encoding="utf-8")
