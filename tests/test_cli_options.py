"""One option, one meaning: every command's options listed, and the ones several commands share
held to the same name, default and help.

`viz` had no --include-collectives (the overload list's option everywhere else), `agency` no
--min-plan-tasks, `report` no --share-limit, and `export --format xlsx` refused --fold-renamed
while its overload sheet is the list every other output counts with it. The overload list
(``analysis.workload.overloaded``) is shown by five commands; each takes its four options."""

from __future__ import annotations

import typer.main

from respgraph.cli import app

#: The commands showing the overload list (a table, a sheet, red rings or a profile's verdict).
SHOW_THE_OVERLOAD_LIST = {"workload", "agency", "viz", "report", "export"}
OVERLOAD_OPTIONS = {"--include-collectives", "--share-limit", "--min-tasks", "--min-plan-tasks"}
#: The commands that count, pair or draw the bodies of a build: each reads it folded on asking.
COUNT_BODIES = {"agency", "tasks", "workload", "network", "overlap", "viz", "report", "export"}
#: Commands reading a build that count no body: suggest proposes leads for tasks (a body a
#: reform renamed is proposed under its plan's name), neo4j loads the build as it is.
READ_A_BUILD_COUNT_NO_BODY = {"suggest", "neo4j load", "neo4j export-csv", "neo4j query", "neo4j schema", "neo4j list"}


def _options() -> dict[str, dict[str, object]]:
    """{command path: {--option: its click parameter}} for every command of respgraph."""
    found: dict[str, dict[str, object]] = {}

    def walk(command, path: list[str]) -> None:
        if hasattr(command, "commands"):
            for name, sub in command.commands.items():
                walk(sub, [*path, name])
            return
        found[" ".join(path)] = {o: p for p in command.params for o in p.opts if o.startswith("--")}

    walk(typer.main.get_command(app), [])
    return found


def test_the_commands_are_all_listed():
    """The lists above name real commands (a renamed command fails here, not silently)."""
    commands = set(_options())
    assert SHOW_THE_OVERLOAD_LIST | COUNT_BODIES | READ_A_BUILD_COUNT_NO_BODY <= commands
    assert {"extract", "build", "agencies", "synth", "version"} <= commands


def test_every_command_showing_the_overload_list_takes_its_options():
    options = _options()
    missing = {c: sorted(OVERLOAD_OPTIONS - set(options[c])) for c in SHOW_THE_OVERLOAD_LIST}
    assert not any(missing.values()), missing
    # nowhere else: a command that shows no overload list has nothing for them to change
    elsewhere = {c: sorted(OVERLOAD_OPTIONS & set(o)) for c, o in options.items() if c not in SHOW_THE_OVERLOAD_LIST}
    assert not any(elsewhere.values()), elsewhere


def test_every_command_counting_bodies_folds_renamed_ones():
    options = _options()
    assert {c for c, o in options.items() if "--fold-renamed" in o} == COUNT_BODIES


def test_a_shared_option_has_one_default_and_one_help():
    """The same default and the same words in every command (one typer.Option object each),
    so that `viz --help` and `report --help` cannot say two things of --min-tasks."""
    options = _options()
    for option in OVERLOAD_OPTIONS:
        params = {c: o[option] for c, o in options.items() if option in o}
        assert len({(p.default, p.help) for p in params.values()}) == 1, (option, {c: (p.default, p.help) for c, p in params.items()})
    # (overlap's says where it applies: only its pairs of tasks name leads)
    folds = {c: o["--fold-renamed"] for c, o in options.items() if "--fold-renamed" in o and c != "overlap"}
    assert len({(p.default, p.help) for p in folds.values()}) == 1
    defaults = {o: options["workload"][o].default for o in OVERLOAD_OPTIONS}
    assert defaults == {"--include-collectives": False, "--share-limit": 0.25, "--min-tasks": 0, "--min-plan-tasks": 8}


def test_options_of_one_name_share_their_default():
    """Near miss: options that differ by command on purpose (a table's --limit, a file's --out,
    --format's choices, neo4j's --database) are the only ones whose defaults differ."""
    differ = {}
    for command, opts in _options().items():
        for option, p in opts.items():
            differ.setdefault(option, set()).add(repr(p.default))
    assert {o for o, d in differ.items() if len(d) > 1} == {"--format", "--limit", "--out", "--plans", "--database"}


# --------------------------------------------------------------------------- --plan by its file


def test_plan_takes_the_name_of_the_file_it_was_read_from(tmp_path):
    """The officer's folder shows p09_foshan_2023_huanwei.txt; the build's id is
    p09-foshan-2023-huanwei, and `--plan p09_foshan_2023_huanwei` was 'no such plan'. Every
    command taking --plan (and the API's plan=) reads the file's name, or its stem, as the
    plan read from it, and says so on stderr."""
    import shutil
    from pathlib import Path

    from typer.testing import CliRunner

    import respgraph

    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(Path(__file__).parent / "fixtures" / "duty_sentences" / "qingyuan-2023-duties.txt",
                plans / "qingyuan_2023_duties.txt")
    runner = CliRunner()
    out = tmp_path / "out"
    assert runner.invoke(app, ["build", str(plans), "--out", str(out)]).exit_code == 0
    b = respgraph.load(out)
    (pid,) = b.plans()["plan_id"]
    assert pid != "qingyuan_2023_duties"
    for command in (["tasks"], ["workload"], ["network"], ["viz", "--view", "plan", "--out", str(tmp_path / "v.html")],
                    ["agency", "清远县水利局"]):
        for given in ("qingyuan_2023_duties.txt", "qingyuan_2023_duties", str(plans / "qingyuan_2023_duties.txt")):
            r = runner.invoke(app, [command[0], str(out), *command[1:], "--plan", given])
            assert r.exit_code == 0, (command, given, r.output)
            assert f"the plan read from qingyuan_2023_duties.txt, id {pid}" in r.stderr
    assert b.tasks(plan="qingyuan_2023_duties.txt").equals(b.tasks(plan=pid))
    # near miss: a part of the name is no file's name (it is still offered as the plan meant)
    r = runner.invoke(app, ["tasks", str(out), "--plan", "qingyuan_2023"])
    assert r.exit_code == 2 and f"did you mean {pid}?" in r.stderr


def test_the_reports_share_limit_is_the_lists(seed_build, tmp_path):
    """report had no --share-limit: its table could not be the one `workload --overload
    --share-limit 0.4` prints. Now the page's reasons and its agencies are that list's."""
    import io

    import pandas as pd
    from typer.testing import CliRunner

    runner = CliRunner()
    out = tmp_path / "report"
    assert runner.invoke(app, ["report", str(seed_build), "--out", str(out), "--share-limit", "0.4",
                               "--today", "2024-06-01"]).exit_code == 0
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "超过 40% 的牵头占比上限" in page and "超过 25% 的牵头占比上限" not in page
    listed = pd.read_csv(io.StringIO(runner.invoke(app, ["workload", str(seed_build), "--overload", "--share-limit", "0.4",
                                                        "-f", "csv"]).stdout))
    names = set(listed["name"])
    assert listed["reason"].str.contains("above the 40% share limit").any()
    section = page[page.index('<section id="overload"'):]
    shown = set(pd.read_html(io.StringIO(section[:section.index("</section>")]))[-1]["单位 Agency"])
    assert shown == names
    # near miss: the default's reasons are of the 25% limit
    default = pd.read_csv(io.StringIO(runner.invoke(app, ["workload", str(seed_build), "--overload", "-f", "csv"]).stdout))
    assert default["reason"].str.contains("above the 25% share limit").any()
    assert not default["reason"].str.contains("40%").any()
