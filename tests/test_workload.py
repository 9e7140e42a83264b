"""Workload analyses: exact numbers on a hand-built graph, then findings on the seed plans."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from _analysis import sample_graph
from respgraph.analysis import workload as w


@pytest.fixture()
def g():
    return sample_graph()


def row(df, plan, name):
    sub = df[(df["plan_id"] == plan) & (df["name"] == name)]
    assert len(sub) == 1, (plan, name, df)
    return sub.iloc[0]


def test_counts_shares_and_weighted_load(g):
    df = w.workload(g)
    eco = row(df, "P", "P生态环境局")
    # Leads 1..6 except 1, plus 8 where it is named as both lead and support: counts as lead once.
    assert (eco.tasks_led, eco.tasks_supported, eco.plan_tasks) == (6, 1, 8)
    assert eco.lead_share == pytest.approx(6 / 8)
    assert eco.weighted_load == pytest.approx(6 + 0.5 * 1)
    assert eco["rank"] == 1
    fin = row(df, "P", "P财政局")
    assert (fin.tasks_led, fin.tasks_supported, fin.weighted_load) == (0, 3, 1.5)
    # Across plans: Q生态环境局 is its own agency; the "*" row of P生态环境局 equals its P row.
    assert row(df, w.ALL_PLANS, "P生态环境局").weighted_load == 6.5
    # Plan R has no stated responsibilities: no rows.
    assert "R" not in set(df["plan_id"])


def test_weights_and_suggested_and_collectives(g):
    df = w.workload(g, plan="P", lead_weight=2.0, support_weight=1.0)
    assert row(df, "P", "P生态环境局").weighted_load == 13.0
    # P住建局 is a stated supporter of task 7 and only a *suggested* lead there.
    assert row(w.workload(g, plan="P"), "P", "P住建局").tasks_led == 1
    assert row(w.workload(g, plan="P", include_suggested=True), "P", "P住建局").tasks_led == 2
    assert "各乡镇" in set(w.workload(g, plan="P")["name"])
    assert "各乡镇" not in set(w.workload(g, plan="P", include_collectives=False)["name"])


def test_by_function_sums_over_agencies(g):
    df = w.workload(g, by="function")
    eco = row(df, w.ALL_PLANS, "生态环境")
    assert (eco.tasks_led, eco.tasks_supported, eco.agencies) == (7, 3, 2)
    assert eco.gloss == "ecology and environment"
    assert eco.plan_tasks == 11  # P's 8 + Q's 3 (R names no agency)


def test_overload_reason_names_the_numbers(g):
    df = w.overload(g, plan="P")
    assert list(df["name"]) == ["P生态环境局"]
    r = df.iloc[0]
    # P's loads 6.5, 2, 1.5, 1.5, 0.5: Q1 1.5, Q3 2.0, fence 2.0 + 1.5 * 0.5 = 2.75.
    assert r.fence == pytest.approx(2.75)
    assert r.reason == ("leads 6 of 8 tasks (75%), above the 25% share limit; "
                        "weighted load 6.5 above the fence 2.8")
    # A higher share limit leaves only the fence reason.
    r2 = w.overload(g, plan="P", share_limit=0.8).iloc[0]
    assert r2.reason == "weighted load 6.5 above the fence 2.8"


def test_small_plan_leads_are_not_overload(g):
    # Q has 3 tasks, each led by another agency: each lead is 33% of it, above the share limit,
    # but leading one task is no concentration (all three were flagged), nor is anyone above
    # the fence
    q = w.overload(g, plan="Q", all_rows=True)
    assert (q["lead_share"] > w.SHARE_LIMIT).all() and (q["tasks_led"] == 1).all()
    assert w.overload(g, plan="Q").empty
    assert w.overload(g, plan="Q", min_tasks=5).empty
    # P生态环境局 carries 7 of P's 8 tasks: still flagged with the floor
    assert list(w.overload(g, plan="P", min_tasks=5)["name"]) == ["P生态环境局"]


def test_seed_cli_min_tasks_floor(seed_graph):
    out, graph = seed_graph
    from respgraph.cli import app

    flagged = w.overloaded(graph)  # the CLI's list: collective addressees left out
    # every agency the seeds flag carries 15+ tasks: a floor of 30 keeps only the busiest
    busiest = set(flagged.loc[flagged["tasks"] >= 30, "name"])
    assert busiest and busiest < set(flagged["name"])
    res = CliRunner().invoke(app, ["workload", str(out), "--overload", "--min-tasks", "30", "--format", "json"])
    assert res.exit_code == 0, res.output
    assert {r["name"] for r in json.loads(res.output)} == busiest


def test_gini_and_concentration(g):
    assert w.gini([2, 2, 2]) == 0.0
    assert w.gini([0, 0, 0, 4]) == pytest.approx(0.75)
    c = w.lead_concentration(g).set_index("plan_id")
    # P: leads per agency 6, 1, 1, 0, 0 -> Gini 0.65; Q: 1, 1, 1 -> 0.
    assert c.loc["P", "gini"] == pytest.approx(0.65)
    assert c.loc["Q", "gini"] == 0.0
    assert c.loc["P", "top_name"] == "P生态环境局"


def test_support_only_no_lead_shared_lead_deadlines(g):
    assert list(w.support_only(g)["name"]) == ["P财政局", "各乡镇"]
    nl = w.tasks_without_lead(g)
    assert list(nl["task_id"]) == ["P:007", "R:001", "R:002"]
    assert list(nl["plan_has_assignments"]) == [True, False, False]
    sl = w.shared_leads(g)
    assert list(sl["task_id"]) == ["P:003"] and sorted(sl.iloc[0]["leads"]) == ["P住建局", "P生态环境局"]
    dc = w.deadline_crunch(g)
    top = dc.iloc[0]
    assert (top["name"], top.year, top.tasks_due, top.led_due, top.supported_due) == ("P生态环境局", 2022, 3, 2, 1)


# --------------------------------------------------------------------------- CLI on a stored build

def test_cli_missing_build_is_one_line():
    from respgraph.cli import app

    res = CliRunner().invoke(app, ["workload", "/nonexistent/build"])
    assert res.exit_code == 1  # the run failed on its input (exit 2 is a wrong command line)
    assert "Traceback" not in res.output


# --------------------------------------------------------------------------- the seed plans

@pytest.fixture(scope="module")
def seed_graph(request):
    try:
        out = request.getfixturevalue("seed_build")
    except pytest.FixtureLookupError:
        pytest.skip("seed_build fixture not available yet")
    from respgraph.api import load

    return out, load(out).graph


def _plan_id(graph, prefix):
    ids = sorted({d["plan_id"] for _, d in graph.nodes(data=True) if d.get("type") == "Plan"})
    hits = [p for p in ids if p.startswith(prefix)]
    assert len(hits) == 1, (prefix, ids)
    return hits[0]


@pytest.mark.parametrize("prefix", ["yushui", "changjiang", "jingdezhen", "xx-zone"])
def test_seed_ecology_bureau_leads_most(seed_graph, prefix):
    _, graph = seed_graph
    pid = _plan_id(graph, prefix)
    df = w.workload(graph, plan=pid, include_collectives=False)
    top = df.sort_values(["tasks_led", "name"], ascending=[False, True]).iloc[0]
    assert "生态环境" in top.functions, df.head()
    assert top.tasks_led > df["tasks_led"].iloc[1:].max() or top.tasks_led >= df["tasks_led"].max()


def test_seed_yichun_has_tasks_but_no_workload_rows(seed_graph):
    _, graph = seed_graph
    pid = _plan_id(graph, "yichun")
    from respgraph.analysis._graph import tasks

    assert len(tasks(graph, pid)) > 20
    assert pid not in set(w.workload(graph)["plan_id"])


def test_seed_concentration_and_overload(seed_graph):
    _, graph = seed_graph
    pid = _plan_id(graph, "yushui")
    c = w.lead_concentration(graph).set_index("plan_id")
    assert ((c["gini"] >= 0) & (c["gini"] < 1)).all()
    assert c.loc[pid, "gini"] > 0.3  # far from uniform (0): a few bureaus lead most tasks
    ov = w.overload(graph, plan=pid)
    assert len(ov) >= 1
    r = ov.sort_values("weighted_load", ascending=False).iloc[0]
    assert f"leads {r.tasks_led} of {r.plan_tasks} tasks" in r.reason or f"{r.weighted_load:.1f}" in r.reason


def test_seed_cli_table_and_json(seed_graph):
    out, graph = seed_graph
    from respgraph.cli import app

    pid = _plan_id(graph, "yushui")
    res = CliRunner().invoke(app, ["workload", str(out), "--plan", pid, "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    api = w.workload(graph, plan=pid)
    assert [r["name"] for r in rows] == list(api["name"])
    res = CliRunner().invoke(app, ["workload", str(out), "--plan", pid, "--limit", "5"])
    assert res.exit_code == 0 and api.iloc[0]["name"] in res.output and "ecology" in res.output.lower()
    res = CliRunner().invoke(app, ["workload", str(out), "--overload", "--format", "csv"])
    assert res.exit_code == 0 and "share limit" in res.output
    res = CliRunner().invoke(app, ["workload", str(out), "--report", "concentration", "--format", "json"])
    assert {r["plan_id"] for r in json.loads(res.output)} >= {pid}


def test_overload_of_small_plans_read_from_text(tmp_path):
    # 南城县2023年河长制工作方案: three tasks, 县水利局 leads two (67%), 县河长办 one (33%). Only the
    # 水利局 is overloaded; the 河长办's single task was flagged "leads 1 of 3 tasks (33%)"
    import respgraph

    plan = tmp_path / "nancheng-2023-river.txt"
    plan.write_text(
        "南城县2023年河长制工作方案\n\n一、重点任务\n\n"
        "（一）完善河长制工作机制。落实县、乡、村三级河长巡河制度。（牵头单位：县河长办；责任单位：县水利局）\n"
        "（二）开展河湖“清四乱”常态化整治。持续清理整治乱占、乱采、乱堆、乱建问题。（牵头单位：县水利局；责任单位：县自然资源局、县公安局）\n"
        "（三）加强水资源保护。落实最严格水资源管理制度。（牵头单位：县水利局；责任单位：县发展和改革委员会）\n"
        "\n南城县人民政府办公室\n2023年3月8日\n", encoding="utf-8")
    b = respgraph.build([plan])
    df = b.overload(min_plan_tasks=0)  # the rules alone, in a plan of any size
    assert [(r.name, r.tasks_led, r.plan_tasks) for r in df.itertuples()] == [("南城县水利局", 2, 3)]
    assert df.iloc[0].reason.startswith("leads 2 of 3 tasks (67%), above the 25% share limit")
    # by default a plan of under 8 tasks flags no one alone (two of three tasks is the 水利局's own
    # plan, not its overload); the row says it stands out and why it is not flagged
    assert b.overload().empty
    every = b.overload(all_rows=True).set_index("name")
    assert every.loc["南城县水利局", "stands_out"] and not every["flagged"].any()
    assert every.loc["南城县水利局", "reason"].endswith("; not flagged: a plan of 3 tasks (under 8) flags no one alone")
    assert every.loc["南城县河长制办公室", "reason"] == ""


def test_a_short_plan_flags_no_one_but_a_longer_one_does(tmp_path):
    """An agency leading 3 of 4 tasks of a 工作方案 was flagged overloaded (75%, over the 25%
    share limit and its plan's fence): noise in a year's table. Plans of fewer than
    MIN_PLAN_TASKS (8) flag no one alone; the same bureau leading 3 of 8 is flagged."""
    from respgraph.analysis.workload import MIN_PLAN_TASKS

    import respgraph
    from respgraph.cli import app

    def plan(n: int) -> str:
        works = ["加强施工扬尘管控", "推进老旧小区改造", "加强建筑垃圾管理", "推进海绵城市建设", "加强燃气安全管理",
                 "推进城镇污水管网建设", "加强物业服务管理", "推进装配式建筑发展"]
        leads = ["县住建局"] * 3 + ["县城管局", "县发改局", "县应急局", "县财政局", "县自然资源局"]
        items = "".join(f"（{'一二三四五六七八'[i]}）{works[i]}。按年度计划推进。（牵头单位：{leads[i]}；配合单位：各乡镇）\n"
                        for i in range(n))
        return f"隆回县2024年城乡建设工作方案\n\n一、重点任务\n\n{items}\n隆回县人民政府办公室\n2024年3月1日\n"

    assert MIN_PLAN_TASKS == 8
    for n, flagged in ((4, False), (8, True)):
        d = tmp_path / str(n)
        d.mkdir()
        (d / "longhui-2024-build.txt").write_text(plan(n), encoding="utf-8")
        b = respgraph.build(d, out=d / "out")
        every = b.overload(all_rows=True, include_collectives=False).set_index("name")
        assert (every.loc["隆回县住房和城乡建设局", ["tasks_led", "plan_tasks"]].tolist()) == [3, n]
        assert every.loc["隆回县住房和城乡建设局", "stands_out"]
        assert every["flagged"].tolist() == [name == "隆回县住房和城乡建设局" and flagged for name in every.index]
        r = CliRunner().invoke(app, ["workload", str(d / "out"), "--overload", "--exclude-collectives"],
                               env={"COLUMNS": "200"})
        assert r.exit_code == 0, r.output
        assert ("隆回县住房和城乡建设局" in r.stdout) is flagged
        if not flagged:
            assert "plans of fewer than 8 tasks flag no one" in r.stdout
            r = CliRunner().invoke(app, ["workload", str(d / "out"), "--overload", "--exclude-collectives",
                                         "--min-plan-tasks", "0"], env={"COLUMNS": "200"})
            assert "隆回县住房和城乡建设局" in r.stdout


def test_shared_lead_shows_the_english_gloss(topics_build):
    # 强化机动车尾气污染防治 is led by 公安 and 生态环境 together, in the city's and in the province's plan
    import respgraph
    from respgraph.cli import app

    sl = respgraph.load(topics_build).shared_leads().set_index("task_id")
    assert sl.loc["fuzhou-2022-air:004", "lead_functions"] == ["公安", "生态环境保护"]
    assert sl.loc["fuzhou-2022-air:004", "gloss"] == "public security (police); ecology and environment"
    assert sl.loc["jiangxi-2022-air-dept:004", "leads"] == ["江西省公安厅", "江西省生态环境厅"]
    rows = json.loads(CliRunner().invoke(app, ["workload", str(topics_build), "--report", "shared-lead",
                                              "--format", "json"]).stdout)
    assert {r["gloss"] for r in rows} == {"public security (police); ecology and environment"}
    table = CliRunner().invoke(app, ["workload", str(topics_build), "--report", "shared-lead"], env={"COLUMNS": "220"})
    assert table.exit_code == 0 and "public security (police); ecology and environment" in table.output


def test_overload_tables_open_with_the_plan_of_the_most_loaded_bureau(tmp_path):
    # The probe corpus (tests/fixtures/overlap): 临川区住建局 leads 9 of the 14 tasks of
    # lc-2024-fengong; six-task plans whose ids sort before it flag a bureau for 2–5 tasks. The
    # tables plan by plan (the command's, the meeting pack's) open with the heaviest, not by id.
    from pathlib import Path

    from typer.testing import CliRunner

    import respgraph
    from respgraph.analysis import workload as wl
    from respgraph.cli import app

    out = tmp_path / "out"
    graph = respgraph.build(Path(__file__).parent / "fixtures" / "overlap", out=out).graph
    flagged = wl.overload(graph, min_plan_tasks=0)  # the corpus' six-task plans flag too
    order = wl.heaviest_first(flagged)
    assert order[:2] == ["lc-2024-fengong", "jx-2024-chengshigengxin"] and sorted(order) == sorted(set(flagged["plan_id"]))
    top = flagged[flagged["plan_id"] == "lc-2024-fengong"].iloc[0]
    assert (top["name"], top["tasks_led"], top["plan_tasks"]) == ("临川区住房和城乡建设局", 9, 14)
    text = CliRunner().invoke(app, ["workload", str(out), "--overload", "--min-plan-tasks", "0"],
                              env={"COLUMNS": "200"}).output
    titles = [line.split("Overloaded within ")[1].split()[0] for line in text.splitlines() if "Overloaded within" in line]
    assert titles == order
    assert wl.heaviest_first(flagged.iloc[0:0]) == []


#: One district's 要点: tasks with a lead that is one body, and tasks with no clear lead — led only
#: by collective addressees (由各乡镇（街道）负责, 责任单位：各有关部门), supervised only, or naming nobody.
GAPS_PLAN = ("吉州区生态环境保护委员会2025年工作要点\n\n一、重点工作\n\n"
             "    1.推进生态环境网格化监管。由各乡镇（街道）负责。\n"
             "    2.加强生态环境法治建设。（责任单位：各有关部门）\n"
             "    3.推进省生态环境保护督察反馈问题整改。区直各有关单位、各乡镇（街道）按职责抓好落实。\n"
             "    4.推进“无废城市”建设。有关部门要按照职责分工抓好落实。\n"
             "    5.个别地方生态环境问题整改敷衍应付。对整改不力的严肃追责问责。督导单位：区纪委区监委\n"
             "    6.加强餐饮油烟治理。由区城管局牵头，各乡镇（街道）配合。\n"
             "    7.严格秸秆禁烧。（责任单位：区农业农村局、各乡镇（街道））\n\n"
             "吉州区生态环境保护委员会\n2025年2月18日\n")


@pytest.fixture(scope="module")
def gaps_build(tmp_path_factory):
    import respgraph

    d = tmp_path_factory.mktemp("gaps")
    (d / "jizhou-2025-points.txt").write_text(GAPS_PLAN, encoding="utf-8")
    return respgraph.build(d, out=d / "out")


def test_a_task_led_only_by_collectives_has_no_clear_lead(gaps_build):
    # 由各乡镇（街道）负责 names a group, no body a 环委办 can hold to account: listed with why; a
    # task one bureau leads with the townships helping (6, 7) is led.
    from respgraph.analysis.tasks import tasks

    nl = w.tasks_without_lead(gaps_build.graph)
    assert [(t.split(":")[1], gap) for t, gap in zip(nl["task_id"], nl["gap"])] == [
        ("001", "collective only"), ("002", "collective only"), ("003", "collective only"), ("004", "no unit"),
        ("005", "supervisor only")]
    assert nl["collective_leads"].tolist()[:3] == [["吉州区各乡镇（街道）"], ["吉州区各有关部门"], ["吉州区区直各有关单位"]]
    listed = tasks(gaps_build.graph, no_lead=True)
    assert listed["task_id"].tolist() == nl["task_id"].tolist() and listed["gap"].tolist() == nl["gap"].tolist()
    assert gaps_build.tasks(no_lead=True)["task_id"].tolist() == nl["task_id"].tolist()


def test_no_lead_commands_say_why(gaps_build):
    from respgraph.cli import app

    runner, out = CliRunner(), str(gaps_build.out)
    table = runner.invoke(app, ["tasks", out, "--no-lead"], env={"COLUMNS": "220"}).output
    assert "5 tasks — no clear lead" in table and "collective only" in table and "supervisor only" in table
    assert "加强餐饮油烟治理" not in table and "严格秸秆禁烧" not in table
    report = runner.invoke(app, ["workload", out, "--report", "no-lead"], env={"COLUMNS": "220"}).output
    assert "jizhou-2025-points: 5 of 7 tasks have no clear lead (3 led only by collective addressees)" in report
    rows = json.loads(runner.invoke(app, ["tasks", out, "--no-lead", "--format", "json"]).stdout)
    assert [r["gap"] for r in rows] == ["collective only"] * 3 + ["no unit", "supervisor only"]
