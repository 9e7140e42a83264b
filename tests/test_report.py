"""The meeting pack and the ``viz`` / ``report`` commands, as text and in Chromium."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from _browser import EVIL_TITLE, chromium_or_skip, sample_graph
from respgraph.cli import app
from respgraph.model import agency_node, plan_node, task_node
from respgraph.viz.render import CSP
from respgraph.viz.report import write_report


def _graph_with_unled_hostile_task():
    g = sample_graph()
    tid = "p1:006"
    g.add_node(task_node(tid), type="Task", task_id=tid, plan_id="p1", seq=6, number="6", title=EVIL_TITLE, section=[], campaign=None,
               text="", kind="numbered", deadlines=[], deadline_years=[], targets=[], flags=[], start=0, end=1)
    g.add_edge(plan_node("p1"), task_node(tid), key="HAS_TASK", type="HAS_TASK")
    g.add_edge(agency_node("渝水区/水利局"), task_node(tid), key="SUPPORTS", type="SUPPORTS", role="support", basis="explicit",
               mention="区水利局", portfolio=[], file="p1.txt", start=0, end=1, clause="（责任单位：区水利局）")
    return g


@pytest.fixture(scope="module")
def report_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    write_report(_graph_with_unled_hostile_task(), out)
    return out


def test_report_files(report_dir):
    names = sorted(p.relative_to(report_dir).as_posix() for p in report_dir.rglob("*") if p.is_file())
    assert names == [
        "charts/breadth_depth.png", "charts/breadth_depth.svg", "charts/coverage.png", "charts/coverage.svg",
        "charts/lead_support.png", "charts/lead_support.svg", "charts/workload.png", "charts/workload.svg",
        "report.html", "views/build.html", "views/network.html", "views/overload.html", "views/plan-p1.html", "views/plan-p2.html",
    ]


def test_report_page_holds_the_tables_and_escapes_text(report_dir):
    page = (report_dir / "report.html").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in page and CSP.replace("'", "&#x27;") in page
    assert len(re.findall(r'<img alt="[^"]*" src="data:image/png;base64,', page)) == 4
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page) and "<script" not in page
    overload = page.split('id="overload"')[1].split("</section>")[0]
    assert "渝水区发展和改革委员会" in overload and "leads 3 of 6 tasks (50%)" in overload
    nolead = page.split('id="no-lead"')[1].split("</section>")[0]
    assert "Tasks without a lead (1)" in nolead
    assert "&lt;img src=x onerror=window.__pwned=1&gt;" in nolead and "<img src=x" not in page
    for href in re.findall(r'href="(views/[^"]+)"', page):
        assert (report_dir / href).exists()


@pytest.mark.browser
def test_report_opens_offline_with_its_charts(report_dir):
    c = chromium_or_skip()
    try:
        page = c.open(report_dir / "report.html", wait_stable=False, height=1000)
        page.wait_for_load_state("load")
        widths = page.evaluate("() => Array.from(document.images).map(i => i.complete ? i.naturalWidth : 0)")
        assert len(widths) == 4 and min(widths) > 0
        assert page.evaluate("() => typeof window.__pwned") == "undefined"
        assert EVIL_TITLE in page.inner_text("#no-lead")
        page.screenshot(path="/tmp/respgraph-report-sample.png", full_page=True)
        assert page.blocked == [] and page.errors == []
        # the linked network view opens and draws from the report's folder
        with page.expect_navigation():
            page.click('a[href="views/network.html"]')
        page.wait_for_function("() => window.__stabilized === true", timeout=30000)
        assert page.evaluate("() => nodes.length") == 6
        assert page.blocked == []
    finally:
        c.close()


# --------------------------------------------------------------------------- CLI


@pytest.fixture(scope="module")
def build_dir(tmp_path_factory):
    from respgraph.store import save_build

    out = tmp_path_factory.mktemp("build")
    save_build(sample_graph(), out, plans=[{"plan_id": "p1", "path": "p1.txt"}, {"plan_id": "p2", "path": "p2.txt"}], tables=False)
    return out


def test_cli_viz_writes_the_requested_view(build_dir, tmp_path):
    r = CliRunner().invoke(app, ["viz", str(build_dir), "--view", "agency", "--agency", "交通运输局", "--out", str(tmp_path / "a.html")])
    assert r.exit_code == 0, r.output
    page = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert "渝水区交通运输局" in page and "加快构建绿色交通运输体系" in page
    assert "持续抓好城区黑臭水体治理" not in page  # a task of another agency


def test_cli_viz_bad_request_is_one_line(build_dir, tmp_path):
    r = CliRunner().invoke(app, ["viz", str(build_dir), "--view", "plan", "--plan", "nope", "--out", str(tmp_path / "x.html")])
    assert r.exit_code == 2
    assert r.stderr.strip().count("\n") == 0 and "nope: no such plan in the build (plans: " in r.stderr
    assert "Traceback" not in r.output and not (tmp_path / "x.html").exists()
    r = CliRunner().invoke(app, ["viz", str(tmp_path / "missing")])
    assert r.exit_code == 1 and r.stderr.startswith("respgraph: ") and "Traceback" not in r.output


def test_cli_report(build_dir, tmp_path):
    r = CliRunner().invoke(app, ["report", str(build_dir), "--out", str(tmp_path / "rep")])
    assert r.exit_code == 0, r.output
    assert r.stdout.strip() == str(tmp_path / "rep" / "report.html")
    assert "渝水区深入打好污染防治攻坚战实施方案" in (tmp_path / "rep" / "report.html").read_text(encoding="utf-8")


def test_seed_report_puts_lead_disagreements_and_plan_dates_on_the_page(seed_build, tmp_path):
    """On the real plans: the 黑臭水体 pair (昌江 2018 vs 渝水 2022) has leads of different
    functions and is on the page with both leads; a plan without a date shows an empty cell."""
    write_report(__import__("respgraph").load(seed_build).graph, tmp_path)
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    dis = page.split('id="disagreements"')[1].split("</section>")[0]
    row = next(r for r in dis.split("<tr>") if "黑臭水体" in r and "昌江区" in r and "渝水区" in r)
    assert "渝水区城市管理分局" in row and "昌江区住房和城乡建设局" in row
    plans = page.split('id="plans"')[1].split("</section>")[0]
    assert ">nan<" not in plans and "2022-07-07" in plans


def test_long_tables_are_cut_with_a_count_and_where_to_find_the_rest(monkeypatch, tmp_path):
    import respgraph.viz.report as report

    monkeypatch.setattr(report, "MAX_TABLE_ROWS", 1)
    write_report(_graph_with_unled_hostile_task(), tmp_path)
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    plans = page.split('id="plans"')[1].split("</section>")[0]
    assert plans.count("<tr>") == 2 and "1 more rows not shown" in plans and "respgraph.load(DIR).plans()" in plans


def test_plans_named_in_chinese_get_a_view_each(tmp_path):
    from respgraph.viz.report import plan_view_names

    # file names in Chinese slug alike (was one view written over, three links to the last plan)
    assert plan_view_names(["修水县甲实施方案", "修水县乙工作方案", "修水县丙方案"]) == [
        "plan-plan.html", "plan-plan-2.html", "plan-plan-3.html"]
    # near miss: distinct ids keep their names (plan-p1.html above)
    assert plan_view_names(["p1", "p2", "2024"]) == ["plan-p1.html", "plan-p2.html", "plan-2024.html"]
    plans = tmp_path / "plans"
    plans.mkdir()
    for name, lead in (("甲区实施方案", "区水利局"), ("乙区工作方案", "区住建局")):
        (plans / f"{name}.txt").write_text(f"{name}\n\n一、重点任务\n\n1.推进河湖治理。（牵头单位：{lead}）\n", encoding="utf-8")
    g = __import__("respgraph").build(plans).graph
    write_report(g, tmp_path / "report")
    page = (tmp_path / "report" / "report.html").read_text(encoding="utf-8")
    links = re.findall(r'href="(views/plan-[^"]+)"', page)
    assert len(links) == len(set(links)) == 2
    views = [(tmp_path / "report" / h).read_text(encoding="utf-8") for h in links]
    assert ["乙区工作方案" in v for v in views] == [True, False] and ["甲区实施方案" in v for v in views] == [False, True]
