"""The analyses and the build view at a year's scale (stop 23: 757 plans printed 13,430 lines of
per-plan workload tables, and the build view listed plan commands to scroll): above
PER_PLAN_TABLES plans a table format answers across the plans first and says how to get one
plan or every plan; CSV/JSON keep every row; the build view's filter page has a plan picker."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import respgraph
from respgraph.cli import app
from respgraph.commands.analysis import PER_PLAN_TABLES

runner = CliRunner()

PLACES = "东山 西河 南岭 北湖 青石 白水 红岩 黄沙 金川 银滩 铜陵 铁岭 玉泉 石门".split()


def _plan_text(i: int, place: str) -> str:
    """A county's 工作要点: four tasks, the first 1 + i % 2 naming nobody, the others led by its
    生态环境局 (3 or 2 of 4: over the 25% share limit) with its 住建局 supporting."""
    lines = [f"{place}县{2010 + i}年生态环境保护工作要点", "", "一、重点任务"]
    for k in range(1, 5):
        lines += [f"（{'一二三四'[k - 1]}）开展第{k}项整治工作", f"全面排查整治{place}县第{k}类环境问题，建立问题清单。"]
        if k > 1 + i % 2:
            lines.append(f"（责任单位：{place}县生态环境局牵头，{place}县住房和城乡建设局配合）")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def year(tmp_path_factory):
    """14 county plans and one that names no unit at all: 15 plans, over PER_PLAN_TABLES."""
    d = tmp_path_factory.mktemp("year")
    plans = d / "plans"
    plans.mkdir()
    for i, place in enumerate(PLACES):
        (plans / f"plan{i:02d}.txt").write_text(_plan_text(i, place), encoding="utf-8")
    silent = _plan_text(0, "木兰").split("\n")
    (plans / "plan99.txt").write_text("\n".join(ln for ln in silent if "责任单位" not in ln), encoding="utf-8")
    respgraph.build(plans, out=d / "out")
    assert len(PLACES) + 1 > PER_PLAN_TABLES
    return d / "out"


def _run(*args):
    r = runner.invoke(app, [str(a) for a in args])
    assert r.exit_code == 0, r.output
    return r.stdout


def test_workload_table_at_scale_is_the_all_plans_table_and_a_line_on_how_to_get_the_rest(year):
    out = _run("workload", year, "-n", "3")
    titles = [ln.strip() for ln in out.splitlines() if " — " in ln]
    assert titles == ["all plans — top 3 of 28"]  # 14 生态环境局 and 14 住建局, no per-plan table
    rows = [ln for ln in out.splitlines() if ln.startswith("│ 1 ")]
    # the even plans' 生态环境局 lead 3 of 4 tasks, the most (ties by name)
    top = respgraph.load(year).workload().query("plan_id == '*'").sort_values(["weighted_load", "name"], ascending=[False, True])
    assert top.iloc[0]["tasks_led"] == 3 and top.iloc[0]["name"] in rows[0]
    assert "14 plans: one table per plan left out; `--plan ID` for one plan, --per-plan for every plan" in out
    assert "no stated responsibilities (no rows): plan99" in out
    # every plan when asked, the all-plans table last as before
    every = _run("workload", year, "--per-plan")
    per_plan = [ln.strip() for ln in every.splitlines() if "— 4 tasks, top 2 of 2" in ln]
    assert len(per_plan) == 14 and per_plan[0].startswith("plan00 东山县2010年")
    assert "one table per plan left out" not in every
    # one plan: its table only, no hint
    one = _run("workload", year, "--plan", "plan05")
    assert [ln.strip() for ln in one.splitlines() if " — " in ln] == ["plan05 白水县2015年生态环境保护工作要点 — 4 tasks, top 2 of 2"]
    assert "left out" not in one


def test_workload_csv_and_json_keep_every_row_at_scale(year):
    api = respgraph.load(year).workload()
    assert len(api) == 28 + 28  # a row per agency and plan, and one per agency over all plans
    csv_rows = _run("workload", year, "--format", "csv").strip().splitlines()
    assert len(csv_rows) == 1 + len(api)
    rows = json.loads(_run("workload", year, "--format", "json"))
    assert len(rows) == len(api) and {r["plan_id"] for r in rows} == {f"plan{i:02d}" for i in range(14)} | {"*"}


def test_overload_at_scale_is_one_table_heaviest_first_with_the_plan(year):
    """Above PER_PLAN_TABLES flagged plans: one table of the flagged rows with their plan ids.
    (The plans are four tasks each, which flag no one alone by default: MIN_PLAN_TASKS 0 reads
    them as longer plans would be.)"""
    short = ("--min-plan-tasks", "0")
    out = _run("workload", year, "--overload", "-n", "2", *short)
    flagged = respgraph.load(year).overload(min_plan_tasks=0)
    assert len(flagged) == 14 and set(flagged["name"]) == {f"{p}县生态环境局" for p in PLACES}
    assert "Overloaded within their plans: 14 rows in 14 plans, heaviest load first" in out
    assert "Overloaded within plan" not in out  # no table per plan
    body = [ln for ln in out.splitlines() if ln.startswith("│ plan")]
    # the even plans' bureaus lead 3 tasks (load 3.0): 东山 (plan00), 南岭 (plan02), ... by plan id
    assert body[0].startswith("│ plan00") and "东山县生态环" in body[0]
    assert "… 12 more rows" in out
    assert "14 plans: one table per flagged plan left out" in out
    every = _run("workload", year, "--overload", "--per-plan", *short)
    assert sum(ln.strip().startswith("Overloaded within plan") for ln in every.splitlines()) == 14
    assert len(json.loads(_run("workload", year, "--overload", "--format", "json", *short))) == 14
    # as few flagged plans as PER_PLAN_TABLES are a table each, as before
    few = _run("workload", year, "--overload", "--share-limit", "0.6", *short)  # leading 3 of 4: the 7 even plans
    assert sum(ln.strip().startswith("Overloaded within plan") for ln in few.splitlines()) == 7
    assert "left out" not in few


def test_no_lead_report_at_scale_names_the_plans_with_most_gaps(year):
    out = _run("workload", year, "--report", "no-lead", "-n", "3")
    lines = out.splitlines()
    assert lines[0] == "1 plan names no agency for any task (see `respgraph suggest`): plan99"
    assert lines[1] == "14 plans that name agencies leave tasks without a lead; the 3 with most (--per-plan for every plan):"
    assert lines[2:5] == ["plan01: 2 of 4 tasks have no clear lead", "plan03: 2 of 4 tasks have no clear lead",
                          "plan05: 2 of 4 tasks have no clear lead"]
    every = _run("workload", year, "--report", "no-lead", "--per-plan")
    assert sum(": " in ln and "clear lead" in ln for ln in every.splitlines()) == 14
    assert "plan99: names no agency for any of its 4 tasks" in every


def test_breadth_depth_title_at_scale_does_not_list_every_plans_medians(year):
    out = _run("network", year, "--breadth-depth", "-n", "2")
    assert "plan00 breadth≥" not in out
    # the 14 plans that name agencies (plan99 names none); was their 14 medians in the title
    assert "thresholds = each plan's medians (14 plans: columns breadth_median, depth_median in --format csv or json)" in " ".join(out.split())
    rows = json.loads(_run("network", year, "--breadth-depth", "--format", "json"))
    assert {"breadth_median", "depth_median"} <= set(rows[0])


def test_agency_workload_table_keeps_the_all_plans_row_above_the_limit(year, tmp_path):
    """An agency named in more plans than --limit: its all-plans row (*) comes first, never cut."""
    plans = tmp_path / "p"
    plans.mkdir()
    for i, place in enumerate(PLACES[:4]):
        (plans / f"s{i}.txt").write_text(_plan_text(i, place).replace(f"{place}县住房和城乡建设局", "江西省住房和城乡建设厅"), encoding="utf-8")
    respgraph.build(plans, out=tmp_path / "o")
    out = _run("agency", tmp_path / "o", "江西省住房和城乡建设厅", "--only", "workload", "-n", "2")
    rows = [ln for ln in out.splitlines() if ln.startswith("│ ")]
    # it supports 3, 2, 3 and 2 of the four plans' tasks: 10 of 16, load 5 (was: the last row, cut)
    assert [c.strip() for c in rows[0].split("│")[1:7]] == ["*", "0", "10", "16", "0%", "5"], out
    assert [c.strip() for c in rows[1].split("│")[1:4]] == ["s0", "0", "3"], out
    assert "… 3 more rows" in out


# --------------------------------------------------------------------------- the build view's plan picker


def _big_sample(n_extra: int = 0):
    """The presentation tests' graph (p1: 5 tasks, p2: 1) with p2's title hostile markup, and
    ``n_extra`` plans without tasks."""
    from _browser import EVIL_TITLE, sample_graph

    from respgraph.model import plan_node

    g = sample_graph()
    g.nodes[plan_node("p2")]["title"] = EVIL_TITLE
    for i in range(n_extra):
        g.add_node(plan_node(f"x{i:02d}"), type="Plan", plan_id=f"x{i:02d}", title=f"第{i}号方案", jurisdiction="某县")
    return g


def test_filter_page_offers_every_plan_most_tasks_first():
    from _browser import EVIL_TITLE

    from respgraph.viz.views import select_view

    v = select_view(_big_sample(), "build", max_nodes=3)
    assert v.needs_filter
    assert v.plan_choices == [["p1", "渝水区深入打好污染防治攻坚战实施方案", "渝水区", 5], ["p2", EVIL_TITLE, "景德镇市", 1]]
    assert len(select_view(_big_sample(60), "build", max_nodes=3).plan_choices) == 62  # every plan, not the first 50


@pytest.mark.browser
def test_filter_page_plan_picker_searches_every_plan_offline(chromium, tmp_path):
    """757 plans: the page lists the 50 with most tasks and a count, and the search box finds
    any plan by id, title or place; titles are text (p2's markup is shown, never run)."""
    from _browser import EVIL_TITLE

    from respgraph.viz import atomic_write
    from respgraph.viz.render import PICKER_SHOWN, render_view
    from respgraph.viz.views import select_view

    page_html = render_view(select_view(_big_sample(60), "build", max_nodes=3))
    assert EVIL_TITLE not in page_html  # escaped in the page's JSON
    page = chromium.open(atomic_write(tmp_path / "build.html", page_html))

    def items():
        return page.evaluate("() => Array.from(document.querySelectorAll('#plan-list li')).map(li => "
                             "[li.querySelector('code').textContent, li.querySelector('.meta').textContent])")

    shown = items()
    assert len(shown) == PICKER_SHOWN == 50
    assert shown[0] == ["respgraph viz DIR --view plan --plan p1", "渝水区深入打好污染防治攻坚战实施方案 · 渝水区 · 5 项任务 tasks"]
    assert shown[1] == ["respgraph viz DIR --view plan --plan p2", f"{EVIL_TITLE} · 景德镇市 · 1 项任务 tasks"]
    assert page.inner_text("#plan-count") == "62 个规划 · 62 plans, most tasks first；显示前 50 个 · first 50 shown, type to narrow"

    def search(q):
        page.fill("#plan-find", q)
        return [code for code, _ in items()], page.inner_text("#plan-count")

    assert search("第59号") == (["respgraph viz DIR --view plan --plan x59"], "1 / 62 个规划匹配 · 1 of 62 plans match")
    assert search("景德镇") == (["respgraph viz DIR --view plan --plan p2"], "1 / 62 个规划匹配 · 1 of 62 plans match")
    assert search("x0")[0] == [f"respgraph viz DIR --view plan --plan x0{i}" for i in range(10)]
    assert search("某县")[1] == "60 / 62 个规划匹配 · 60 of 62 plans match；显示前 50 个 · first 50 shown, type to narrow"
    assert search("no such plan") == ([], "0 / 62 个规划匹配 · 0 of 62 plans match")
    assert "请先选择范围" in page.inner_text("#filter-needed")
    assert page.evaluate("() => window.__pwned") is None
    assert page.blocked == [] and page.errors == []


def test_agencies_table_at_scale_is_the_most_named_with_a_count(year):
    """`respgraph agencies out` of 757 plans printed all 5,995 agencies (12,265 lines): the
    table holds --limit of them, most named first; CSV keeps every one."""
    out = _run("agencies", year, "-n", "3")
    assert "Agencies — 3 of 28, most named first" in out
    rows = [ln for ln in out.splitlines() if ln.startswith("│ ") and "县" in ln.split("│")[1]]
    assert len(rows) == 3 and "… 25 more rows (use --limit 0 or --format csv for all)" in out
    import io

    import pandas as pd

    every = pd.read_csv(io.StringIO(_run("agencies", year, "--format", "csv")))
    assert len(every) == 28 and every["mentions"].is_monotonic_decreasing
    assert [every["name"][i] in rows[i] for i in range(3)] == [True] * 3
    assert "most named first" not in _run("agencies", year)  # 28 rows: under the default 50, all of them


def test_table_list_cells_show_eight_items_and_a_count(capsys):
    """A pair named together on 22 tasks: its table cell names 8 and '+14 more' (CSV/JSON all)."""
    import pandas as pd

    from respgraph.console import emit_dataframe

    df = pd.DataFrame({"pair": ["a-b"], "tasks": [[f"p{i:02d}:001" for i in range(22)]]})
    emit_dataframe(df, "table")
    cell = "".join(ln.split("│")[2].strip() for ln in capsys.readouterr().out.splitlines() if ln.startswith("│"))
    assert cell == ", ".join(f"p{i:02d}:001" for i in range(8)) + " +14 more"
    emit_dataframe(df, "json")
    assert len(json.loads(capsys.readouterr().out)[0]["tasks"]) == 22
