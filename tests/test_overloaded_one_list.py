"""One meeting, one list: the overloaded agencies a user sees are the same set in the views'
red rings, the report's overload table, the workbook's overload sheet and ``workload
--overload`` (``analysis.workload.overloaded``: collective addressees left out). The views
counted 各乡镇（街道） (ringing it, and its share lifting its plan's fence) while the report and
the workbook left it out: on 65 plans both said 26, two different 26.

The corpus (tests/fixtures/overload_collectives): a 2024 water plan of 隆回县 whose 各乡镇（街道）
leads 8 of its 10 tasks (counted as an agency it is flagged) and whose 生态环境局 leads 3 (30%,
over the share limit); a 2018 air plan whose 环保局 (the 生态环境局's predecessor) leads 4 of 8."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import respgraph
from respgraph.cli import app

CORPUS = Path(__file__).parent / "fixtures" / "overload_collectives"
COLLECTIVE = "隆回县各乡镇（街道）"
BOTH = {"隆回县环境保护局", "隆回县生态环境局"}
runner = CliRunner()


@pytest.fixture(scope="module")
def build(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("overloaded")
    shutil.copytree(CORPUS, d / "plans")
    r = runner.invoke(app, ["build", str(d / "plans"), "--out", str(d / "out")])
    assert r.exit_code == 0, r.output
    return d / "out"


def _ringed(chromium, page_path: Path) -> set[str]:
    """The agencies the view, opened in headless Chromium, draws with the overload ring."""
    page = chromium.open(page_path)
    names = page.evaluate("() => window.nodes.get().filter(n => n.ntype === 'Agency' && n.borderWidth === 6)"
                          ".map(n => n.label_zh)")
    assert not page.errors and not page.blocked
    return {n.removeprefix("⚠ ") for n in names}


def _report_names(report_html: Path) -> set[str]:
    page = report_html.read_text(encoding="utf-8")
    start = page.index('<section id="overload"')
    section = page[start:page.index("</section>", start)]
    per_plan = pd.read_html(io.StringIO(section))[-1]  # (after the table of agencies flagged in several plans)
    return set(per_plan["单位 Agency"])


def _workbook_names(xlsx: Path) -> set[str]:
    return set(pd.read_excel(xlsx, sheet_name="overload")["name"])


def _cli_names(build: Path, *options: str) -> set[str]:
    r = runner.invoke(app, ["workload", str(build), "--overload", "--format", "csv", *options])
    assert r.exit_code == 0, r.output
    return set(pd.read_csv(io.StringIO(r.stdout))["name"])


def test_the_views_the_report_the_workbook_and_the_cli_name_the_same_overloaded_agencies(build, tmp_path, chromium):
    out = tmp_path / "report"
    assert runner.invoke(app, ["report", str(build), "--out", str(out), "--today", "2024-06-01"]).exit_code == 0
    assert runner.invoke(app, ["export", str(build), "--format", "xlsx", "-o", str(tmp_path / "b.xlsx")]).exit_code == 0
    assert runner.invoke(app, ["viz", str(build), "--view", "overload", "--out", str(tmp_path / "o.html")]).exit_code == 0
    lists = {
        "report": _report_names(out / "report.html"),
        "report's overload view": _ringed(chromium, out / "views" / "overload.html"),
        "report's network view": _ringed(chromium, out / "views" / "network.html"),
        "viz --view overload": _ringed(chromium, tmp_path / "o.html"),
        "workbook": _workbook_names(tmp_path / "b.xlsx"),
        "workload --overload": _cli_names(build),
    }
    assert all(names == BOTH for names in lists.values()), lists
    # the API says the same: its view, its report and its workbook
    b = respgraph.load(build)
    b.view("overload").save(tmp_path / "api.html")
    assert _ringed(chromium, tmp_path / "api.html") == BOTH
    b.report(tmp_path / "api-report", today=pd.Timestamp("2024-06-01").date())
    assert _report_names(tmp_path / "api-report" / "report.html") == BOTH
    b.export("xlsx", tmp_path / "api.xlsx")
    assert _workbook_names(tmp_path / "api.xlsx") == BOTH
    assert set(respgraph.analysis.workload.overloaded(b.graph)["name"]) == BOTH


def test_counting_the_collectives_is_asked_for_and_then_asked_everywhere(build, tmp_path, chromium):
    """Near miss: counted as one body, 各乡镇（街道） (8 of 10 tasks led) is flagged: in the report
    asked with --include-collectives, its views and ``workload --overload --include-collectives``
    alike. The table's command names the option, and the plain table says they were left out."""
    out = tmp_path / "report"
    assert runner.invoke(app, ["report", str(build), "--out", str(out), "--include-collectives"]).exit_code == 0
    want = BOTH | {COLLECTIVE}
    assert _report_names(out / "report.html") == want
    assert _ringed(chromium, out / "views" / "overload.html") == want
    assert _cli_names(build, "--include-collectives") == want
    assert _cli_names(build, "--exclude-collectives") == BOTH  # (the old spelling of the default)
    # viz and the workbook take the option too (viz had none: its rings could not be asked to count them)
    assert runner.invoke(app, ["viz", str(build), "--view", "overload", "--include-collectives",
                               "--out", str(tmp_path / "o.html")]).exit_code == 0
    assert _ringed(chromium, tmp_path / "o.html") == want
    assert runner.invoke(app, ["export", str(build), "--format", "xlsx", "--include-collectives",
                               "-o", str(tmp_path / "b.xlsx")]).exit_code == 0
    assert _workbook_names(tmp_path / "b.xlsx") == want
    b = respgraph.load(build)
    b.view("overload", include_collectives=True).save(tmp_path / "api.html")
    assert _ringed(chromium, tmp_path / "api.html") == want
    b.export("xlsx", tmp_path / "api.xlsx", include_collectives=True)
    assert _workbook_names(tmp_path / "api.xlsx") == want
    r = runner.invoke(app, ["workload", str(build), "--overload"])
    assert "collective addressee (各乡镇（街道）, 各有关部门 …) left out" in r.stderr
    assert "--include-collectives counts them" in r.stderr
    r = runner.invoke(app, ["workload", str(build), "--include-collectives"])
    assert r.exit_code == 2 and "--include-collectives goes with --overload" in r.output


def _profile_flagged(build: Path, name: str, *options: str) -> bool:
    r = runner.invoke(app, ["agency", str(build), name, "--format", "json", *options])
    assert r.exit_code == 0, r.output
    return __import__("json").loads(r.stdout)["overloaded"]


def test_an_agencys_profile_gives_the_lists_verdict(build):
    """`respgraph agency` and ``b.agency`` weighed its plans with 各乡镇（街道） counted: the
    collective was overloaded in its profile and absent from the list, and every other body's
    fence was the list's plus the collective's load. A profile now says what the list says,
    and --include-collectives what the list with --include-collectives says."""
    flagged = {n: _profile_flagged(build, n) for n in (*BOTH, COLLECTIVE)}
    assert flagged == {**{n: True for n in BOTH}, COLLECTIVE: False}
    assert _profile_flagged(build, COLLECTIVE, "--include-collectives")
    b = respgraph.load(build)
    assert not b.agency(COLLECTIVE).overloaded and b.agency(COLLECTIVE, include_collectives=True).overloaded
    # its load is still its own: the * row counts the tasks it is told, flagged or not
    total = b.workload().query("plan_id == '*'").set_index("name").loc[COLLECTIVE, "tasks_led"]
    assert b.agency(COLLECTIVE).workload.query("plan_id == '*'")["tasks_led"].tolist() == [total] and total >= 8
    for n in BOTH:
        p = b.agency(n)
        listed = respgraph.analysis.workload.overloaded(b.graph, all_rows=True)
        row = listed[listed["name"] == n]
        assert p.workload.query("plan_id != '*'")["fence"].tolist() == row["fence"].tolist()


def test_fold_renamed_keeps_the_lists_one(build, tmp_path, chromium):
    """With --fold-renamed the 2018 plan's 环境保护局 is counted as the 生态环境局 that took its
    work over: every list names the 生态环境局 alone (flagged in both plans)."""
    out = tmp_path / "report"
    assert runner.invoke(app, ["report", str(build), "--out", str(out), "--fold-renamed"]).exit_code == 0
    assert runner.invoke(app, ["viz", str(build), "--view", "overload", "--fold-renamed",
                               "--out", str(tmp_path / "o.html")]).exit_code == 0
    want = {"隆回县生态环境局"}
    assert _report_names(out / "report.html") == want
    assert _ringed(chromium, out / "views" / "overload.html") == want
    assert _ringed(chromium, tmp_path / "o.html") == want
    assert _cli_names(build, "--fold-renamed") == want
    # the workbook folds too (was: "--fold-renamed goes with --network")
    assert runner.invoke(app, ["export", str(build), "--format", "xlsx", "--fold-renamed",
                               "-o", str(tmp_path / "b.xlsx")]).exit_code == 0
    assert _workbook_names(tmp_path / "b.xlsx") == want
    assert re.search(r"在多个规划中负荷过重", (out / "report.html").read_text(encoding="utf-8"))
