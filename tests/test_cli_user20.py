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


def test_counts_take_the_number_of_their_noun():
    from respgraph.plural import counted, plural_of

    assert [counted(n, "plan") for n in (0, 1, 2)] == ["0 plans", "1 plan", "2 plans"]
    assert counted(1, "agency") == "1 agency" and counted(3, "unknown agency") == "3 unknown agencies"
    assert counted(2, "batch") == "2 batches" and counted(1.0, "task") == "1 task" and counted(2.5, "task") == "2.5 tasks"
    assert plural_of(1, "plan") == "plan" and plural_of(259, "task") == "tasks"


def test_one_plan_is_one_plan_in_every_summary_line(tmp_path):
    import shutil

    from conftest import YUSHUI

    import respgraph

    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(YUSHUI, plans)
    r = runner.invoke(app, ["build", str(plans), "--out", str(tmp_path / "out")])
    assert r.exit_code == 0 and r.stdout.endswith(": 1 plan, 34 tasks, 39 agencies, 216 assignments, "
                                                  "0 unknown agencies, 0 failures\n"), r.output
    r = runner.invoke(app, ["extract", str(plans / YUSHUI.name), "--format", "jsonl", "-o", str(tmp_path / "t.jsonl")])
    assert r.exit_code == 0 and r.stdout.endswith(": 1 plan, 34 tasks, 216 assignments (jsonl)\n"), r.output
    # the API's summaries read the same: an agency named in one plan
    p = respgraph.load(tmp_path / "out").agency("渝水区生态环境局")
    assert " in 1 plan: " in p.summary() and " in 1 plans" not in p.summary()


def test_no_lead_lines_agree_with_their_count():
    from respgraph.plural import any_of_its_tasks, every_task_has, some_tasks_have

    assert every_task_has(1) == "its one task has" and every_task_has(34) == "every one of 34 tasks has"
    assert any_of_its_tasks(1) == "its one task" and any_of_its_tasks(127) == "any of its 127 tasks"
    assert some_tasks_have(1, 2) == "1 of 2 tasks has" and some_tasks_have(3, 8) == "3 of 8 tasks have"
    assert some_tasks_have(1, 1) == "its one task has" and some_tasks_have(4, 4) == "all 4 tasks have"


def _section(page: str, sid: str) -> str:
    start = page.index(f'<section id="{sid}"')
    return page[start:page.index("</section>", start)]


def test_report_overload_leaves_collectives_out_and_says_which(seed_build, tmp_path):
    """各乡镇（办）党委、政府 supports all 34 tasks of the Yushui plan: as one "agency" it topped
    the meeting pack's overload table. It is left out, listed under the table with its numbers,
    and the table is the one `workload --overload --exclude-collectives` prints."""
    import io

    import pandas as pd

    import respgraph

    b = respgraph.load(seed_build)
    page = b.report(tmp_path / "api").read_text(encoding="utf-8")
    over = _section(page, "overload")
    table, note = over.split('<p class="note">未计入', 1)
    assert "各乡镇" not in table and "各县（市、区）" not in table
    assert "渝水区各乡镇（办）党委、政府（牵头 0，配合 34）" in note and "Left out: 7 collective addressees" in note
    assert "--exclude-collectives" in note and "--include-collectives" in note
    r = runner.invoke(app, ["workload", str(seed_build), "--overload", "--exclude-collectives", "--format", "csv"])
    flagged = pd.read_csv(io.StringIO(r.stdout))
    assert all(f"<td>{name}</td>" in table for name in flagged["name"])
    assert table.count("<tr>") - 1 == len(flagged)  # one header row
    assert "集合性单位未计入" in _section(page, "top-leads")
    # through the CLI, and with them counted on request (the numbers as before: 3 collectives flagged)
    r = runner.invoke(app, ["report", str(seed_build), "--out", str(tmp_path / "cli")])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "cli" / "report.html").read_text(encoding="utf-8") == page.replace(str(tmp_path / "api"), str(tmp_path / "cli"))
    r = runner.invoke(app, ["report", str(seed_build), "--out", str(tmp_path / "with"), "--include-collectives"])
    with_them = _section((tmp_path / "with" / "report.html").read_text(encoding="utf-8"), "overload")
    assert "未计入" not in with_them and "<td>渝水区各乡镇（办）党委、政府</td>" in with_them


def test_workload_overload_table_notes_the_collectives_it_flags(seed_build):
    """Counted (--include-collectives), the collectives flagged are named; by default (the
    report's, the workbook's and the views' list) the table says they were left out."""
    r = runner.invoke(app, ["workload", str(seed_build), "--overload", "--include-collectives"])
    assert r.exit_code == 0
    assert "respgraph: note: 3 flagged rows are collective addressees (" in r.stderr
    assert "without --include-collectives they are left out" in r.stderr
    r = runner.invoke(app, ["workload", str(seed_build), "--overload"])
    assert r.exit_code == 0
    assert r.stderr.startswith("respgraph: note: 7 collective addressees (各乡镇（街道）, 各有关部门 …) left out")
    r = runner.invoke(app, ["workload", str(seed_build), "--overload", "--exclude-collectives"])
    assert r.exit_code == 0 and r.stderr == ""


def test_one_error_class_for_a_file_that_cannot_become_a_plan(tmp_path):
    """ReadError (respgraph.read / read.builder) is an ExtractError (respgraph.extract): one
    ``except`` catches both; either prints as one line naming the file, pickles back whole, and
    the command line still says ``respgraph: FILE: reason`` once."""
    import pickle

    import pytest

    from respgraph.errors import ExtractError as Base
    from respgraph.errors import ReadError as Read
    from respgraph.extract import ExtractError, ReadError, extract_file
    from respgraph.read import ReadError as R1
    from respgraph.read.builder import ReadError as R2

    assert ReadError is R1 is R2 is Read and ExtractError is Base and issubclass(ReadError, ExtractError)
    bad = tmp_path / "plan.docx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(ExtractError) as err:
        extract_file(bad)
    e = err.value
    assert type(e) is ReadError and e.path == str(bad) and e.reason == "not a valid .docx (not a zip file)"
    assert str(e) == f"{bad}: not a valid .docx (not a zip file)"
    back = pickle.loads(pickle.dumps(e))
    assert type(back) is ReadError and str(back) == str(e)
    assert str(ExtractError("p.txt", "could not structure\n the text")) == "p.txt: could not structure the text"
    r = runner.invoke(app, ["extract", str(bad)])
    assert r.exit_code == 1 and f"respgraph: {bad}: not a valid .docx (not a zip file)\n" in r.stderr
    assert f"{bad}: {bad}" not in r.stderr  # the path once, not the line's and the message's


def test_report_says_each_step_before_it_takes_it(seed_build, tmp_path):
    """``respgraph report`` on a year of plans is a minute of charts, views and the page: the
    library names each step (the command shows them as a progress bar on a terminal)."""
    import respgraph
    from respgraph.viz.report import write_report

    steps = []
    write_report(respgraph.load(seed_build).graph, tmp_path, on_step=lambda *s: steps.append(s))
    labels = [label for label, _, _ in steps]
    assert labels[0] == "charts" and labels[-2:] == ["report.html", "done"]
    assert "network view" in labels and sum(label.startswith("plan view ") for label in labels) == 5
    assert [done for _, done, _ in steps] == list(range(len(steps))) and {t for *_, t in steps} == {len(steps) - 1}


def test_values_out_of_range_are_usage_errors_not_silent_nonsense(seed_build):
    """--limit -1 printed 258 of 259 tasks and '… 260 more rows'; --share-limit 25 (meaning 25%)
    turned the share rule off in silence; --threshold 2 printed an empty table."""
    for args in (["tasks", str(seed_build), "--limit", "-1"],
                 ["workload", str(seed_build), "--overload", "--share-limit", "25"],
                 ["agency", str(seed_build), "渝水区生态环境局", "--share-limit", "25"],
                 ["overlap", str(seed_build), "--threshold", "2"],
                 ["workload", str(seed_build), "--lead-weight", "-1"],
                 ["suggest", str(seed_build), "--top", "0"],
                 ["build", str(seed_build), "--workers", "0"]):
        r = runner.invoke(app, args)
        assert r.exit_code == 2 and r.stdout == "", (args, r.output)
        line = r.stderr.strip()
        assert "\n" not in line and line.startswith(f"respgraph: {args[0]}: invalid value for '--"), line
    assert runner.invoke(app, ["workload", str(seed_build), "--overload", "--share-limit", "0.5"]).exit_code == 0
    assert runner.invoke(app, ["tasks", str(seed_build), "--limit", "0"]).exit_code == 0  # 0 = all, as before


def test_a_build_that_could_not_read_a_file_says_so_in_a_notebook(tmp_path):
    """respgraph.build("plnas") gave an empty build and empty tables without a word; the CLI
    says it on stderr, the API now warns with the same lines (and Build.failures holds them)."""
    import pytest

    import respgraph

    from respgraph.errors import UnreadWarning

    with pytest.warns(UnreadWarning, match=r"^respgraph\.build: 1 file could not be read \(Build\.failures\): .*plnas: no such file or directory$"):
        b = respgraph.build(tmp_path / "plnas")
    assert [f.problem for f in b.failures] == ["no such file or directory"] and b.plan_ids == []


def test_a_bounded_option_shows_its_type_and_its_bounds():
    r = runner.invoke(app, ["workload", "--help"], env={"COLUMNS": "160"})
    assert "<float> [0.0<=x<=1.0]" in r.stdout and "<int> [x>=0]" in r.stdout and " range>" not in r.stdout


def test_flagged_in_several_plans_table_glosses_the_function():
    from pathlib import Path

    import respgraph
    from respgraph.viz.report import report_html

    county = Path(__file__).parent / "fixtures" / "county"
    page = report_html(respgraph.build(sorted(county.glob("*.txt"))).graph, {}, [])
    across = page[page.index("Flagged in more than one plan"):page.index("各规划内")]
    assert "<th>职能 Function</th>" in across
    assert "<td>隆回县住房和城乡建设局</td><td>住房和城乡建设 (housing and urban-rural development)</td>" in across


def test_file_bar_is_silent_off_a_terminal_and_counts_files_on_one(monkeypatch):
    import io
    import sys

    from respgraph.console import file_bar

    with file_bar("reading plans", 300) as done:  # pytest's stderr is no terminal
        assert done is None

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stderr", Tty())
    with file_bar("reading plans", 3) as done:  # a few files: no bar
        assert done is None
    with file_bar("reading plans", 5) as done:
        for _ in range(5):
            done()


def test_busy_spinner_is_silent_off_a_terminal(capsys):
    from respgraph.console import busy

    with busy("comparing the tasks of every plan"):
        pass
    assert capsys.readouterr().err == ""


def test_a_cut_overload_table_names_the_command_that_prints_all_of_it(seed_build, monkeypatch):
    import respgraph
    from respgraph.viz import report

    monkeypatch.setattr(report, "MAX_TABLE_ROWS", 1)
    g = respgraph.load(seed_build).graph
    over = _section(report.report_html(g, {}, []), "overload")
    assert "more rows not shown: respgraph workload DIR --overload --exclude-collectives --format csv" in over
    over = _section(report.report_html(g, {}, [], include_collectives=True), "overload")
    assert "more rows not shown: respgraph workload DIR --overload --include-collectives --format csv" in over


def test_a_docx_cut_off_mid_download_says_so(tmp_path):
    """A .docx whose download stopped part way began as a zip and has no zip directory: it was
    refused as 'not a valid .docx (not a zip file)', which reads as a file of the wrong kind."""
    import shutil
    import warnings

    import docx

    import respgraph
    from conftest import XXZONE

    d = docx.Document()
    d.add_paragraph("XX县2024年大气污染防治工作方案")
    for i in range(1, 40):
        d.add_paragraph(f"{i}.强化第{i}片区扬尘管控。（牵头单位：县住房城乡建设局；责任单位：县城管局）")
    whole = tmp_path / "whole.docx"
    d.save(whole)
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "下载中断.docx").write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    shutil.copy(XXZONE, plans / "good.txt")
    r = runner.invoke(app, ["build", str(plans), "--out", str(tmp_path / "o")])
    assert r.exit_code == 0
    assert (f"respgraph: {plans / '下载中断.docx'}: a .docx cut off before its end (its zip directory is missing):"
            " the download or copy is incomplete, fetch the file again\n") in r.stderr
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        b = respgraph.build(plans)
    assert [f.problem.startswith("a .docx cut off before its end") for f in b.failures] == [True]
    # near misses: the whole file reads; bytes that never were a zip keep their own reason
    r = runner.invoke(app, ["extract", str(whole), "-o", str(tmp_path / "t.jsonl")])
    assert r.exit_code == 0 and "39 tasks" in r.stdout
    (plans / "下载中断.docx").write_bytes(b"\x00\x01 not a zip")
    r = runner.invoke(app, ["extract", str(plans / "下载中断.docx")])
    assert r.exit_code == 1 and "not a valid .docx (not a zip file)" in r.stderr
