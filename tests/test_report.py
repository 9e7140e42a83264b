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
    g.add_node(task_node(tid), type="Task", task_id=tid, plan_id="p1", seq=6, number="6", path="三（二）6", title=EVIL_TITLE, section=[], campaign=None,
               text="", kind="numbered", deadlines=[], deadline_years=[], targets=[], flags=[], start=0, end=1)
    g.add_edge(plan_node("p1"), task_node(tid), key="HAS_TASK", type="HAS_TASK")
    g.add_edge(agency_node("渝水区/水利局"), task_node(tid), key="SUPPORTS", type="SUPPORTS", role="support", basis="explicit",
               mention="区水利局", portfolio=[], file="p1.txt", start=0, end=1, clause="（责任单位：区水利局）")
    return g


@pytest.fixture(scope="module")
def report_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    write_report(_graph_with_unled_hostile_task(), out, min_plan_tasks=0)  # its plans are a few tasks each: the rules alone, as in a plan of 8 tasks or more
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
    assert plans.count("<tr>") == 2 and "1 more row not shown" in plans and "respgraph.load(DIR).plans()" in plans


def test_plans_named_in_chinese_get_a_view_each(tmp_path):
    from urllib.parse import unquote

    from respgraph.viz.report import plan_view_names

    # file names in Chinese keep their characters (was plan-plan.html, plan-plan-2.html …)
    assert plan_view_names(["修水县甲实施方案", "修水县乙工作方案", "2023-修水县丙方案"]) == [
        "plan-修水县甲实施方案.html", "plan-修水县乙工作方案.html", "plan-2023-修水县丙方案.html"]
    # ids that slug alike still get a view each: numbered (no path separator, no blank kept)
    assert plan_view_names(["修水县 方案", "修水县/方案", "../方案", "（一）", "【】"]) == [
        "plan-修水县_方案.html", "plan-修水县_方案-2.html", "plan-方案.html", "plan-一.html", "plan-plan.html"]
    assert len(plan_view_names(["关于" * 100])[0].encode()) < 255  # a long Chinese id: a name a file system takes
    # near miss: distinct ids keep their names (plan-p1.html above)
    assert plan_view_names(["p1", "p2", "2024"]) == ["plan-p1.html", "plan-p2.html", "plan-2024.html"]
    plans = tmp_path / "plans"
    plans.mkdir()
    for name, lead in (("甲区实施方案", "区水利局"), ("乙区工作方案", "区住建局")):
        (plans / f"{name}.txt").write_text(f"{name}\n\n一、重点任务\n\n1.推进河湖治理。（牵头单位：{lead}）\n", encoding="utf-8")
    g = __import__("respgraph").build(plans).graph
    write_report(g, tmp_path / "report")
    page = (tmp_path / "report" / "report.html").read_text(encoding="utf-8")
    links = [unquote(h) for h in re.findall(r'href="(views/plan-[^"]+)"', page)]
    assert links == ["views/plan-乙区工作方案.html", "views/plan-甲区实施方案.html"]
    views = [(tmp_path / "report" / h).read_text(encoding="utf-8") for h in links]
    assert ["乙区工作方案" in v for v in views] == [True, False] and ["甲区实施方案" in v for v in views] == [False, True]


# --------------------------------------------------------------------------- what to take to the meeting


def _section(page: str, sid: str) -> str:
    return page.split(f'id="{sid}"')[1].split("</section>")[0]


def test_agenda_comes_first_and_counts_what_the_tables_hold(tmp_path):
    from datetime import date

    write_report(_graph_with_unled_hostile_task(), tmp_path, today=date(2023, 5, 10), min_plan_tasks=0)
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    ids = re.findall(r'<section id="([a-z-]+)"', page)
    assert ids[:4] == ["agenda", "overload", "no-lead", "deadlines"] and ids[-1] == "views"
    agenda = _section(page, "agenda")
    assert "负荷过重：1 个单位（1 个规划）：渝水区发展和改革委员会" in agenda
    assert "无牵头单位的任务：1 项" in agenda and "Tasks without a lead: 1" in agenda
    assert "已过期限：1 项；本季度到期：0 项" in agenda and 'href="#deadlines"' in agenda
    # one line per busiest agency, its function in English beside the Chinese name
    assert "渝水区发展和改革委员会 <span class=en>(development and reform)</span>：牵头 3 项，配合 1 项" in agenda
    assert "截至 as of 2023-05-10" in page.split("</header>")[0]
    # a task without a lead names its number as written and where it sits beside its id
    assert "<td>6</td><td>三（二）6</td><td>p1:006</td>" in _section(page, "no-lead")


def test_deadlines_past_and_this_quarter_as_of_the_given_day(tmp_path):
    from datetime import date

    g = _graph_with_unled_hostile_task()
    g.nodes[next(n for n, d in g.nodes(data=True) if d.get("title") == "大力推动能源清洁低碳转型")]["path"] = "（一）2"
    write_report(g, tmp_path / "may", today=date(2023, 5, 10))
    dl = _section((tmp_path / "may" / "report.html").read_text(encoding="utf-8"), "deadlines")
    past = dl.split("Past their deadline")[1]
    row = next(r for r in past.split("<tr>") if "大力推动能源清洁低碳转型" in r)
    # the row names its due month, the deadline as written, its plan, task number, where it sits and lead
    assert re.findall(r"<td[^>]*>([^<]*)</td>", row) == ["2022-06", "2022年6月底前", "渝水区深入打好污染防治攻坚战实施方案", "2", "（一）2",
                                                    "大力推动能源清洁低碳转型", "渝水区发展和改革委员会"]
    assert "<td class=nw>2022-06</td>" in row  # a printed A4 column never splits 2022-|06
    assert "Nothing falls due this quarter" in dl and "持续抓好城区黑臭水体治理" not in dl  # due 2023-12
    write_report(g, tmp_path / "nov", today=date(2023, 11, 1))
    dl = _section((tmp_path / "nov" / "report.html").read_text(encoding="utf-8"), "deadlines")
    soon = dl.split("Due this quarter, to 2023-12 (1)")[1].split("Past their deadline")[0]
    assert "持续抓好城区黑臭水体治理" in soon and "2023年底前" in soon and "渝水区生态环境局" in soon


def test_a_month_without_a_year_falls_in_the_plans_year():
    from respgraph.viz.due import quarter_end, task_due

    assert task_due(["6月底前"], 2024) == ((2024, 6), "6月底前")
    assert task_due(["2023年6月底前", "2025年底前"], 2023) == ((2023, 6), "2023年6月底前")  # the first milestone
    assert task_due(["长期坚持"], 2023) is None and task_due(["6月底前"], None) is None
    assert quarter_end(__import__("datetime").date(2024, 1, 31)) == (2024, 3)


def test_county_year_report_names_the_office_its_overdue_tasks(tmp_path):
    """A county's year of plans as a 督查室 reads it in July 2023: 县住建局 is overloaded in plan
    after plan, the 2023 扬尘 task (6月底前) is past its deadline and the 燃气 one due in August."""
    from datetime import date
    from pathlib import Path

    import respgraph

    plans = tmp_path / "plans"
    plans.mkdir()
    for p in (Path(__file__).parent / "fixtures" / "county").glob("*.txt"):
        (plans / p.name).write_bytes(p.read_bytes())
    # the county's plans are cut to 5 tasks each (README): read as the whole plans would be
    write_report(respgraph.build(plans).graph, tmp_path / "r", today=date(2023, 7, 15), min_plan_tasks=0)
    page = (tmp_path / "r" / "report.html").read_text(encoding="utf-8")
    assert "在多个规划中均过重：隆回县住房和城乡建设局" in _section(page, "agenda")
    dl = _section(page, "deadlines")
    soon, past = dl.split("Past their deadline")
    assert "城镇燃气安全专项整治" in soon and "2023-08" in soon and "隆回县2023年安全生产专项整治工作实施方案" in soon
    # and on the first screen, the next task due with its plan and lead
    assert ('<div class="due">2023-08 · （一） 城镇燃气安全专项整治 · 隆回县2023年安全生产专项整治工作实施方案 · 牵头 隆回县住房和城乡建设局</div>'
            in _section(page, "agenda"))
    assert "加强建筑工地扬尘管控" in past and "2023年6月底前" in past and "加强建筑工地扬尘管控" not in soon
    assert "housing and urban-rural development" in _section(page, "overload")
    # 扬尘管控 led by 住建局 in 2023 and by 城管局 in 2024: both tasks by number, each lead's function in English
    row = next(r for r in _section(page, "disagreements").split("<tr>") if "扬尘管控" in r)
    assert re.findall(r"<td>([^<]*)</td>", row)[:6] == [
        "隆回县2023年大气污染防治工作实施方案", "1. 加强建筑工地扬尘管控", "隆回县住房和城乡建设局 (housing and urban-rural development)",
        "隆回县2024年大气污染防治工作实施方案", "1. 加强建筑工地扬尘管控", "隆回县城市管理局 (urban management and law enforcement)"]
    assert "<td>4. 严格秸秆禁烧管控</td><td>隆回县2024年大气污染防治工作实施方案</td><td>4. 严格秸秆禁烧管控</td>" in _section(page, "overlaps")


def test_cli_report_today_option(build_dir, tmp_path):
    r = CliRunner().invoke(app, ["report", str(build_dir), "--out", str(tmp_path / "rep"), "--today", "2022-07-01"])
    assert r.exit_code == 0, r.output
    dl = _section((tmp_path / "rep" / "report.html").read_text(encoding="utf-8"), "deadlines")
    assert "As of 2022-07-01" in dl and "Due this quarter, to 2022-09 (0)" in dl
    r = CliRunner().invoke(app, ["report", str(build_dir), "--out", str(tmp_path / "x"), "--today", "July"])
    assert r.exit_code == 2 and not (tmp_path / "x").exists()


@pytest.mark.browser
def test_report_prints_on_a4_without_anything_cut_off(report_dir):
    """Printed (A4 portrait, 12 mm margins: a 718 px wide page) the navigation bar is gone and
    no table, chart or paragraph runs past the page's right edge."""
    c = chromium_or_skip()
    try:
        page = c.open(report_dir / "report.html", wait_stable=False, width=718, height=1000)
        page.wait_for_load_state("load")
        page.emulate_media(media="print")
        wide = page.evaluate("""() => { const W = document.documentElement.clientWidth;
            return Array.from(document.querySelectorAll('table, figure, img, ul, p, h1, h2'))
              .filter(e => e.getBoundingClientRect().right > W + 0.5).map(e => e.tagName + ' in #' + (e.closest('section') || {}).id); }""")
        assert wide == []
        assert page.evaluate("() => getComputedStyle(document.querySelector('nav')).display") == "none"
        assert page.inner_text("section").startswith("会议要点")
        assert page.blocked == [] and page.errors == []
    finally:
        c.close()


def test_seed_report_lists_past_deadlines_of_plans_that_name_their_agencies(seed_build, tmp_path):
    """The seeds as of 2026-12-06: 昌江区's 2020年底前 tasks are past with their leads; the 宜春
    规划 names no agency, so its 到2025年 targets are counted in a note, not listed as "no lead"."""
    from datetime import date

    write_report(__import__("respgraph").load(seed_build).graph, tmp_path, today=date(2026, 12, 6))
    dl = _section((tmp_path / "report.html").read_text(encoding="utf-8"), "deadlines")
    past = dl.split("Past their deadline")[1]
    assert "2020年底前" in past and "昌江区" in past and "无牵头 no lead" not in past and "宜春市" not in past
    assert "另有 1 个规划未写明任何责任单位" in _section((tmp_path / "report.html").read_text(encoding="utf-8"), "agenda")
    n = int(re.search(r"(\d+) more tasks due by now are in plans that name no responsible agency", dl).group(1))
    assert n > 10


def test_document_text_in_the_agenda_and_deadline_rows_is_escaped(tmp_path):
    from datetime import date

    g = _graph_with_unled_hostile_task()
    g.nodes["task:p1:003"]["deadlines"] = ["2022年6月底前"]  # the task titled with markup
    g.nodes["agency:渝水区/发展和改革委员会"]["name"] = "区发改委<script>window.__pwned=1</script>"
    write_report(g, tmp_path, today=date(2023, 5, 10))
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<script" not in page and "<img src=x" not in page
    assert "&lt;img src=x onerror=window.__pwned=1&gt;" in _section(page, "deadlines")
    assert "区发改委&lt;script&gt;" in _section(page, "agenda")


def test_a_year_of_plans_gets_views_of_its_largest_plans_and_says_how_many_have_none(monkeypatch, tmp_path):
    """Above MAX_PLAN_VIEWS plans the views are those of the plans with the most tasks, still listed
    by plan id, and the page counts the plans left without one (was: the first 40 plan ids, 01-… to
    b1-… of 800 plans, mostly two-task probes, and nothing said the other 760 had no view)."""
    from urllib.parse import unquote

    from respgraph.viz import report

    plans = tmp_path / "plans"
    plans.mkdir()
    for name, n in (("甲区实施方案", 3), ("乙区工作方案", 1), ("丙区工作要点", 2)):
        items = "".join(f"{i}.推进第{i}项治理工作。（牵头单位：区水利局）\n" for i in range(1, n + 1))
        (plans / f"{name}.txt").write_text(f"{name}\n\n一、重点任务\n\n{items}", encoding="utf-8")
    g = __import__("respgraph").build(plans).graph
    monkeypatch.setattr(report, "MAX_PLAN_VIEWS", 2)
    write_report(g, tmp_path / "report")
    page = (tmp_path / "report" / "report.html").read_text(encoding="utf-8")
    links = [unquote(h) for h in re.findall(r'href="(views/plan-[^"]+)"', page)]
    assert links == ["views/plan-丙区工作要点.html", "views/plan-甲区实施方案.html"]  # (the first two ids: 丙, 乙)
    views = page.split('id="views"')[1].split("</section>")[0]
    assert "另有 1 个规划未生成视图" in views and "1 more plan without one here: respgraph viz DIR --view plan --plan ID" in views
    # near miss: as many plans as views, no note
    monkeypatch.setattr(report, "MAX_PLAN_VIEWS", 3)
    write_report(g, tmp_path / "report2")
    assert "未生成视图" not in (tmp_path / "report2" / "report.html").read_text(encoding="utf-8")


def test_flags_of_short_plans_are_counted_and_min_tasks_leaves_them_out(tmp_path):
    """A year's folder holds many short notices, where leading two of six tasks is over the 25%
    share: when most flags are of agencies carrying fewer than 5 tasks of their plan the page says
    so and names `respgraph report DIR --min-tasks 5` (was: 558 agencies 'overloaded' in 503 of 810
    plans, with nothing to tell a meeting why); --min-tasks 5 keeps only agencies carrying 5 or more,
    and the table's command carries the option."""
    plans = tmp_path / "plans"
    plans.mkdir()
    for i, town in enumerate(("甲", "乙", "丙")):  # three short plans: 区水利局 leads 2 of 4
        items = "".join(f"{k}.推进{town}片第{k}项治理工作。（牵头单位：{'区水利局' if k < 3 else f'区{town}局'}）\n" for k in range(1, 5))
        (plans / f"{town}区方案.txt").write_text(f"渝水区{town}片{i}号工作方案\n\n一、重点任务\n\n{items}", encoding="utf-8")
    items = "".join(f"{k}.推进全区第{k}项工作。（牵头单位：区住建局；配合单位：区财政局）\n" for k in range(1, 8))
    (plans / "全区方案.txt").write_text(f"渝水区重点工作方案\n\n一、重点任务\n\n{items}", encoding="utf-8")
    b = __import__("respgraph").build(plans)
    b.report(tmp_path / "r", min_plan_tasks=0)  # short plans: by default they flag no one alone
    default = b.report(tmp_path / "r8").read_text(encoding="utf-8").split('id="overload"')[1].split("</section>")[0]
    # flagged in no plan alone, but standing out in all three: the pattern is listed
    assert "渝水区水利局" not in default.split("各规划内")[1] and "渝水区水利局" in default.split("各规划内")[0]
    page = (tmp_path / "r" / "report.html").read_text(encoding="utf-8")
    over = page.split('id="overload"')[1].split("</section>")[0]
    assert "respgraph report DIR --min-tasks 5 leaves them out" in over and "渝水区水利局" in over
    b.report(tmp_path / "r5", min_tasks=5, min_plan_tasks=0)
    over = (tmp_path / "r5" / "report.html").read_text(encoding="utf-8").split('id="overload"')[1].split("</section>")[0]
    assert "渝水区水利局" not in over and "渝水区住房和城乡建设局" in over and "--min-tasks 5 leaves them out" not in over
    b = __import__("respgraph").build(plans, out=tmp_path / "o")
    r = CliRunner().invoke(app, ["report", str(tmp_path / "o"), "--min-tasks", "5", "--min-plan-tasks", "0", "--out",
                                    str(tmp_path / "r6")])
    assert r.exit_code == 0, r.output
    assert "渝水区水利局" not in (tmp_path / "r6" / "report.html").read_text(encoding="utf-8").split('id="overload"')[1].split("</section>")[0]


def test_top_overlaps_leave_out_one_plan_in_two_files_read_differently(tmp_path):
    """Two files of one plan (one place, one title) whose readings differ somewhere are both built:
    their task pairs (score 1) are not cross-plan overlaps for a meeting; the page counts them and
    names the plan pair, a reading to check (was: at 757 plans 11 of the 15 top rows, 黄岩区's plan
    against its OCR'd copy, 12O for 120); two places' plans of like tasks stay in the table."""
    from conftest import CHANGJIANG, JINGDEZHEN, YUSHUI

    text = YUSHUI.read_text(encoding="utf-8")
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "方案.txt").write_text(text, encoding="utf-8")
    assert text.count("区国资局、区林业局") == 1
    (plans / "方案-扫描.txt").write_text(text.replace("区国资局、区林业局", "区林业局"), encoding="utf-8")
    (plans / "景德镇.txt").write_text(JINGDEZHEN.read_text(encoding="utf-8"), encoding="utf-8")
    (plans / "昌江.txt").write_text(CHANGJIANG.read_text(encoding="utf-8"), encoding="utf-8")
    g = __import__("respgraph").build(plans).graph
    write_report(g, tmp_path / "r")
    page = (tmp_path / "r" / "report.html").read_text(encoding="utf-8")
    sec = page.split('id="overlaps"')[1].split("</section>")[0]
    table = sec.split("<tbody>")[1].split("</tbody>")[0]
    rows = table.split("<tr>")[1:]
    assert rows and not any(r.count("关于进一步加强生态环境保护深入打好污染防治攻坚战实施方案") == 2 for r in rows)
    assert any("景德镇" in r or "昌江" in r for r in rows)
    assert "between plans of one place and title (one plan in two files, read differently somewhere) left out: 方案 / 方案-扫描" in sec


def test_report_puts_a_places_own_disagreements_first_and_says_why_a_task_has_no_lead(tmp_path):
    # A city's two plans give 餐饮油烟 to 城管 and to 生态环境; five counties' 落实方案 copy the first
    # (score ~1 against it, their leads 城管 too) and one copies the second with 城管 leading: that
    # vertical pair scores 1.0 and led the table. The city's pair, the one to settle, comes first now.
    # 由各乡镇（街道）负责 names a group: a task without a lead, "collective only".
    import respgraph

    city = ("吉安市{title}\n\n二、重点任务\n\n"
            "1.{work}（{lead}牵头，市市场监管局配合）\n\n吉安市人民政府办公室\n2024年5月20日\n")
    work_a = "加强餐饮油烟污染治理。城市建成区产生油烟的餐饮服务单位全部安装油烟净化装置并保持正常运行，推广第三方治理。"
    work_b = "加强餐饮油烟管控。开展城区餐饮油烟专项整治，推动餐饮服务单位油烟净化装置规范安装并保持正常运行。"
    (tmp_path / "ja-air.txt").write_text(city.format(title="空气质量持续改善行动实施方案", work=work_a, lead="市城市管理局"), encoding="utf-8")
    (tmp_path / "ja-points.txt").write_text(city.format(title="生态环境保护委员会2024年工作要点", work=work_b, lead="市生态环境局"),
                                            encoding="utf-8")
    for k, (name, work) in enumerate((("吉州区", work_a), ("青原区", work_a), ("泰和县", work_b))):
        (tmp_path / f"c{k}-air.txt").write_text(
            f"{name}空气质量持续改善行动落实方案\n\n二、主要任务\n\n1.{work}（{name[-1]}城管局牵头，{name[-1]}市场监管局配合）\n"
            f"2.推进生态环境网格化监管。由各乡镇（街道）负责。\n\n{name}人民政府办公室\n2024年6月28日\n", encoding="utf-8")
    b = respgraph.build(tmp_path, out=tmp_path / "out")
    b.report(tmp_path / "report")
    page = (tmp_path / "report" / "report.html").read_text(encoding="utf-8")
    rows = [r.split("</tr>")[0] for r in _section(page, "disagreements").split("<tr>")[1:] if "<td" in r]
    assert "同一地区 same place" in rows[0] and "吉安市城市管理局" in rows[0] and "吉安市生态环境局" in rows[0]
    assert all("同一地区" not in r for r in rows[1:]) and "上下级 vertical" in rows[1]
    assert "其中 1 组为同一地区的两个规划" in _section(page, "disagreements")
    nolead = _section(page, "no-lead")
    assert nolead.count("仅写各乡镇/各部门 collective only") == 3 and "推进生态环境网格化监管" in nolead


def test_the_agenda_says_how_many_disagreements_are_of_one_place():
    """blind29d's 65 plans of many places: '相似任务牵头不一致：124 组' to take to the meeting,
    of which 3 are two plans of one place (what a 环委办 settles; the table lists them first).
    The line says so; where every pair is of one place it says only the count."""
    import pandas as pd

    from respgraph.viz.report import _agenda

    def line(n_dis, here):
        page = _agenda(pd.DataFrame(), pd.DataFrame(), [], n_dis, [], [], pd.DataFrame(), 0, here)
        return re.search(r'<a href="#disagreements">(.*?)</a><br><span class="en">(.*?)</span>', page).groups()

    assert line(124, 3) == ("相似任务牵头不一致：124 组，其中同一地区 3 组",
                            "Similar tasks led by different functions: 124 pairs, 3 of them of two plans of one place")
    assert line(7, 0)[0] == "相似任务牵头不一致：7 组，其中同一地区 0 组"
    assert line(4, 4) == ("相似任务牵头不一致：4 组", "Similar tasks led by different functions: 4 pairs")  # (near miss)
