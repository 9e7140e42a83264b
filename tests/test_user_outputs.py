"""What the three users take away from respgraph and open elsewhere: the meeting pack read in
Chinese and jumped through by its agenda links, the command line's answers, and a plan named by
its place where the command line wants its id."""

from __future__ import annotations

import json
import pytest
from typer.testing import CliRunner

from _browser import chromium_or_skip, sample_graph
from conftest import YUSHUI
from respgraph.cli import app
from respgraph.viz.report import write_report

runner = CliRunner()
YUSHUI_ID = "yushui-2022-pollution-battle"


@pytest.fixture(scope="module")
def yushui_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    r = runner.invoke(app, ["build", str(YUSHUI), "--out", str(out)])
    assert r.exit_code == 0, r.output
    return out


# --------------------------------------------------------------------------- the meeting pack


@pytest.fixture(scope="module")
def report_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    write_report(sample_graph(), out, min_plan_tasks=0)  # its plans are a few tasks each: the rules alone, as in a plan of 8 tasks or more
    return out


def test_report_says_why_an_agency_is_overloaded_in_chinese_then_english(report_dir):
    page = (report_dir / "report.html").read_text(encoding="utf-8")
    overload = page.split('id="overload"')[1].split("</section>")[0]
    row = next(r for r in overload.split("<tr>") if "渝水区发展和改革委员会" in r)
    # 区发改委 leads 3 of plan p1's 5 tasks: 60% of them
    assert "发展改革 (development and reform)" in row
    assert "牵头本规划 5 项任务中的 3 项（60%），超过 25% 的牵头占比上限" in row
    assert row.index("牵头本规划") < row.index("leads 3 of 5 tasks (60%), above the 25% share limit")


def test_reason_in_chinese_names_the_same_numbers():
    from types import SimpleNamespace

    from respgraph.analysis.workload import overload_reason

    r = SimpleNamespace(over_share=True, over_fence=True, tasks_led=11, plan_tasks=34, lead_share=11 / 34,
                        weighted_load=21.5, fence=10.5)
    assert overload_reason(r, 0.25) == ("leads 11 of 34 tasks (32%), above the 25% share limit; "
                                "weighted load 21.5 above the fence 10.5")
    assert overload_reason(r, 0.25, "zh") == ("牵头本规划 34 项任务中的 11 项（32%），超过 25% 的牵头占比上限；"
                                      "加权负荷 21.5，高于本规划的离群界限 10.5")
    only_fence = SimpleNamespace(**{**vars(r), "over_share": False})
    assert overload_reason(only_fence, 0.25, "zh") == "加权负荷 21.5，高于本规划的离群界限 10.5"


@pytest.mark.browser
def test_agenda_links_land_on_their_heading_below_the_sticky_bar(report_dir):
    """A link of 会议要点 scrolls its section's heading into view below the navigation bar that
    stays at the top (was: the heading hidden under it), on a wide and a narrow window."""
    c = chromium_or_skip()
    try:
        for width in (1400, 800):
            page = c.open(report_dir / "report.html", width=width, height=700, wait_stable=False)
            for sid in ("overload", "deadlines"):
                page.click(f'ul.agenda a[href="#{sid}"]')
                page.wait_for_timeout(200)
                nav = page.eval_on_selector("nav", "e => e.getBoundingClientRect().bottom")
                h2 = page.eval_on_selector(f"#{sid} h2", "e => e.getBoundingClientRect().top")
                assert h2 >= nav, (width, sid, h2, nav)
            page.close()
    finally:
        c.close()


# --------------------------------------------------------------------------- a plan named by its place


def test_a_plan_named_by_its_place_is_answered_with_its_id(seed_build):
    r = runner.invoke(app, ["tasks", str(seed_build), "--plan", "景德镇市"])
    assert r.exit_code == 2
    assert "景德镇市: no such plan in the build; did you mean jingdezhen-2021-eco-work-points?" in r.stderr
    r = runner.invoke(app, ["overlap", str(seed_build), "--vertical", "景德镇市", "昌江区"])
    assert r.exit_code == 2 and "did you mean jingdezhen-2021-eco-work-points?" in r.stderr
    # a part of a title names its plan too; the ids themselves run
    r = runner.invoke(app, ["workload", str(seed_build), "--plan", "共抓大保护"])
    assert "did you mean changjiang-2018-yangtze-protection?" in r.stderr
    r = runner.invoke(app, ["overlap", str(seed_build), "--vertical", "jingdezhen-2021-eco-work-points",
                            "changjiang-2018-yangtze-protection", "--format", "csv"])
    assert r.exit_code == 0 and "changjiang-2018-yangtze-protection:" in r.stdout


def test_overlap_help_says_vertical_takes_plan_ids():
    text = " ".join(runner.invoke(app, ["overlap", "--help"], terminal_width=200).stdout.split())
    assert "UPPER LOWER: two plan ids" in text


# --------------------------------------------------------------------------- the Neo4j address


def _respgraph(*args: str, env: dict) -> "subprocess.CompletedProcess":
    import os
    import subprocess
    import sys

    from conftest import ROOT

    return subprocess.run([sys.executable, "-m", "respgraph.cli", *args], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **env}, cwd=str(ROOT), timeout=120)


def test_a_browser_address_for_neo4j_is_refused_with_the_bolt_one(yushui_build):
    """Neo4j Browser shows http://host:7474; the driver would try its preview HTTP API (a
    PreviewWarning with a source line on stderr, then 'No module named aiohttp')."""
    from respgraph.neo4j.connect import Neo4jConnectionError, Neo4jSettings, open_driver

    r = _respgraph("neo4j", "load", str(yushui_build), "--uri", "http://localhost:7474", "--no-progress",
                   env={"NEO4J_PASSWORD": ""})
    assert r.returncode == 1
    assert r.stderr.splitlines() == [
        "respgraph: http://localhost:7474: cannot use http://localhost:7474: not a Bolt address; give "
        "bolt://HOST:7687 or neo4j://HOST:7687 (Neo4j Browser's http://HOST:7474 is not it)"]
    with pytest.raises(Neo4jConnectionError, match="not a Bolt address"):
        open_driver(Neo4jSettings(uri="localhost:7687", password=""))


def test_an_unreachable_routing_address_is_one_line(yushui_build):
    """neo4j:// with nobody listening: the driver logs 'Unable to retrieve routing information'
    before raising it; only respgraph's line naming the server reaches stderr."""
    from _falkordb import free_port

    uri = f"neo4j://127.0.0.1:{free_port()}"
    for args in (("neo4j", "query", "agency_workload", "--uri", uri),
                 ("neo4j", "load", str(yushui_build), "--uri", uri, "--no-progress")):
        r = _respgraph(*args, env={"NEO4J_PASSWORD": ""})
        assert r.returncode == 1
        (line,) = r.stderr.splitlines()
        assert line.startswith(f"respgraph: cannot connect to {uri} as 'neo4j': ServiceUnavailable")


# --------------------------------------------------------------------------- the API's plan=


def test_api_plan_that_is_no_plan_id_is_an_error_not_an_empty_table(seed_build):
    import respgraph

    b = respgraph.load(seed_build)
    with pytest.raises(ValueError, match=r"no plan '景德镇市' in the build; did you mean 'jingdezhen-2021-eco-work-points'\?"):
        b.tasks(plan="景德镇市")  # was: an empty DataFrame
    for call in (lambda: b.workload("yushui"), lambda: b.overload(plan="yushui"), lambda: b.network(plan="yushui"),
                 lambda: b.tasks_without_lead(plan="yushui"), lambda: b.agency("区农粮局", plan="yushui")):
        with pytest.raises(ValueError, match="did you mean 'yushui-2022-pollution-battle'"):
            call()
    # a plan id runs as before: the 渝水 plan's 34 tasks, 区农粮局 leading five of them
    assert len(b.tasks(plan=YUSHUI_ID)) == 34
    assert len(b.tasks(agency="区农粮局", plan=YUSHUI_ID, role="lead")) == 5


# --------------------------------------------------------------------------- a zip of plans


def test_a_zip_of_plans_named_on_the_command_line_says_to_unpack_it(tmp_path):
    import zipfile

    archive = tmp_path / "plans.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(YUSHUI, YUSHUI.name)
    r = runner.invoke(app, ["extract", str(archive), str(YUSHUI), "-o", str(tmp_path / "t.jsonl")])
    assert r.exit_code == 0  # the plan beside it is read
    assert (f"respgraph: {archive}: a zip archive, not a plan document: unpack it and give respgraph its folder"
            in r.stderr.splitlines())  # was: not a valid .docx (zip without word/document.xml)
    assert (tmp_path / "t.jsonl").read_text(encoding="utf-8").count('"plan_id": "yushui-2022-pollution-battle"') == 34
    # a .docx that is a zip without a document keeps its own reason
    bad = tmp_path / "plan.docx"
    bad.write_bytes(archive.read_bytes())
    r = runner.invoke(app, ["extract", str(bad)])
    assert r.exit_code == 1 and "not a valid .docx (zip without word/document.xml)" in r.stderr


# --------------------------------------------------------------------------- Excel workbooks


def test_xlsx_export_keeps_text_that_begins_with_equals_as_text(tmp_path):
    """A plan's text that begins with '=' (a scraped page's =HYPERLINK(…)) is a formula Excel
    would run on opening: the workbook holds it as the text it is."""
    from openpyxl import load_workbook

    from respgraph.export import to_xlsx
    from respgraph.model import task_node

    g = sample_graph()
    evil = '=HYPERLINK("http://example.org/x","点击查看")'
    g.nodes[task_node("p1:002")]["title"] = evil
    to_xlsx(g, tmp_path / "g.xlsx")
    ws = load_workbook(tmp_path / "g.xlsx")["tasks"]
    header = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[header.index("task_id")].value == "p1:002")
    cell = row[header.index("title")]
    assert cell.value == evil and cell.data_type == "s"
    # the other rows are as before: numbers stay numbers
    assert row[header.index("seq")].value == 2


# --------------------------------------------------------------------------- a sheet without a title row


def _sheet(path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "反馈问题", "整改措施", "牵头单位", "责任单位", "整改时限"])
    ws.append(["1", "部分工业园区污水收集处理设施不完善", "完善园区污水管网", "区生态环境分局", "区住房城乡建设局", "2025年6月底前"])
    ws.append(["2", "建筑垃圾违规倾倒问题突出", "开展建筑垃圾专项整治", "区城管局", "区公安分局、各街道办事处", "长期坚持"])
    wb.save(path)
    return path


def test_a_sheet_without_a_title_row_takes_its_file_name_as_title(tmp_path):
    """A 整改清单 kept as a bare sheet (its first row the header) saved under its title: the
    report, the views and the notebooks name it by that title (was: an empty title, no kind)."""
    import respgraph

    named = _sheet(tmp_path / "p13_贵阳市花溪区生态环境保护督察反馈问题整改清单.xlsx")
    unnamed = _sheet(tmp_path / "新建 Microsoft Excel 工作表.xlsx")  # a name that is no title
    plans = {r.path.rsplit("/", 1)[-1]: r for r in respgraph.build([named, unnamed]).plans().itertuples()}
    row = plans[named.name]
    assert (row.title, row.kind, row.jurisdiction, row.tasks, row.assignments) == (
        "贵阳市花溪区生态环境保护督察反馈问题整改清单", "任务清单", "花溪区", 2, 5)
    assert not plans[unnamed.name].title and plans[unnamed.name].tasks == 2  # no title made up
    r = runner.invoke(app, ["tasks", str(_built(tmp_path, named)), "--format", "json"])
    # (区生态环境分局: the district's one eco body, the city bureau's branch, named so since stop 27
    # with the district's full name, 花溪区, never the registry's short 花溪)
    assert r.exit_code == 0 and ["贵阳市生态环境局花溪区分局"] in [t["leads"] for t in json.loads(r.stdout)]


def _built(tmp_path, plan):
    out = tmp_path / "b"
    assert runner.invoke(app, ["build", str(plan), "--out", str(out)]).exit_code == 0
    return out


def test_extract_to_a_file_says_what_it_wrote(tmp_path):
    out = tmp_path / "t.jsonl"
    r = runner.invoke(app, ["extract", str(YUSHUI), "-o", str(out)])
    assert r.exit_code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    n_assign = sum(len(__import__("json").loads(ln)["assignments"]) for ln in lines)
    assert r.stdout == f"{out}: 1 plan, {len(lines)} tasks, {n_assign} assignments (jsonl)\n"  # was: nothing
    assert len(lines) == 34
    # without -o stdout is the records alone
    r = runner.invoke(app, ["extract", str(YUSHUI)])
    assert r.stdout.count("\n") == 34 and "assignments (jsonl)" not in r.stdout


def test_no_lead_report_over_many_complete_plans_says_so_in_one_line(tmp_path):
    """A year's plans that lead every task: one line for them, then the plans with gaps (was:
    one line per plan, the gaps lost among them)."""
    import shutil

    plans = tmp_path / "plans"
    plans.mkdir()
    for i in range(11):  # eleven plans that lead every task
        shutil.copy(YUSHUI, plans / f"yushui-{i:02d}.txt")
    (plans / "gaps.txt").write_text(
        "某县2024年生态环境保护工作要点\n一、重点任务\n（一）加强大气污染防治。（牵头单位：县生态环境局）\n"
        "（二）加强水污染防治。推进污水处理设施建设。\n", encoding="utf-8")
    out = tmp_path / "b"
    # (eleven copies of one plan: --keep-copies builds each, as a build by default leaves a copy out)
    assert runner.invoke(app, ["build", str(plans), "--keep-copies", "--out", str(out)]).exit_code == 0
    r = runner.invoke(app, ["workload", str(out), "--report", "no-lead"], terminal_width=200)
    lines = r.stdout.splitlines()
    assert lines[0] == "11 plans: every task has a clear lead (yushui-00, yushui-01, yushui-02 +8 more)"
    assert lines[1] == "gaps: 1 of 2 tasks has no clear lead"
    assert "加强水污染防治" in r.stdout and not any("every one of" in ln for ln in lines)
