"""A policy researcher's first afternoon (stop 26, a blind usability probe: a folder of two
cities' plans of two years). Each friction a newcomer met, asserted on real results through
the command line and the notebook API."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from typer.testing import CliRunner

import respgraph
from respgraph.cli import app

runner = CliRunner()

# 株洲's two years: the year in the title, as a year's 工作方案 writes it.
_AIR_2022 = """株洲市2022年大气污染防治工作方案

一、重点任务

1.加快淘汰老旧车辆。淘汰国三及以下排放标准营运柴油货车300辆。（牵头单位：市交通运输局；责任单位：市公安局、市生态环境局）

2.推进重点行业超低排放改造。（牵头单位：市生态环境局；责任单位：市工业和信息化局）

3.加强施工扬尘管控。（牵头单位：市住房和城乡建设局；责任单位：市城市管理和综合执法局）
"""
_AIR_2023 = """株洲市2023年大气污染防治工作方案

一、重点任务

1.加快淘汰老旧车辆。淘汰国三及以下排放标准营运柴油货车200辆。（牵头单位：市公安局；责任单位：市交通运输局、市生态环境局）

2.推进钢铁行业超低排放改造。（牵头单位：市工业和信息化局；责任单位：市生态环境局）

3.推进工业园区污水处理设施建设。
"""
# 湘潭's 2022 plan names its year only where it is signed: its year is the year it was issued.
_WATER_2022 = """湘潭市水污染防治工作方案

一、重点工作

1.推进湘江干流入河排污口排查整治。（牵头单位：市生态环境局；责任单位：市水利局、市住房和城乡建设局）

2.推进城市黑臭水体治理。（牵头单位：市住房和城乡建设局；责任单位：市生态环境局、市水利局）

湘潭市人民政府办公室
2022年3月8日
"""


def _built(tmp_path, **texts: str):
    """``texts`` written as ``NAME.txt`` into one folder and built through the command line
    into ``tmp_path / "o"``; returns the build directory."""
    plans = tmp_path / "plans"
    plans.mkdir()
    for name, text in texts.items():
        (plans / f"{name}.txt").write_text(text, encoding="utf-8")
    r = runner.invoke(app, ["build", str(plans), "--out", str(tmp_path / "o")])
    assert r.exit_code == 0, r.output
    return tmp_path / "o"


def _run(*args: str):
    r = runner.invoke(app, [str(a) for a in args])
    assert r.exit_code == 0, r.output
    return r


def test_who_led_most_in_each_year_is_asked_with_year_in_the_api_and_the_command_line(tmp_path):
    """"Which agencies lead most in each year?" had no path: plans had no year (most carry no
    date; one's year is only in its signature), and neither tasks, workload nor network took one."""
    out = _built(tmp_path, zz2022=_AIR_2022, zz2023=_AIR_2023, xt2022=_WATER_2022)
    b = respgraph.load(out)
    assert b.plans().set_index("plan_id")["year"].to_dict() == {"xt2022": 2022, "zz2022": 2022, "zz2023": 2023}

    rows = json.loads(_run("workload", out, "--year", "2022", "-f", "json").stdout)
    assert {r["plan_id"] for r in rows} == {"zz2022", "xt2022", "*"}
    led = {r["name"]: r["tasks_led"] for r in rows if r["plan_id"] == "*"}
    assert (led["株洲市交通运输局"], led["湘潭市生态环境局"], led.get("株洲市公安局", 0)) == (1, 1, 0)
    api = b.workload(year=2022)
    assert dict(zip(api.loc[api["plan_id"] == "*", "name"], api.loc[api["plan_id"] == "*", "tasks_led"])) == led

    rows = json.loads(_run("workload", out, "-y", "2023", "-f", "json").stdout)
    led23 = {r["name"]: r["tasks_led"] for r in rows if r["plan_id"] == "zz2023"}
    assert led23["株洲市公安局"] == 1 and led23.get("株洲市交通运输局", 0) == 0  # the lead moved
    assert "all plans of 2023" not in _run("workload", out, "--year", "2023").stdout  # one plan: no sum table
    assert "all plans of 2022" in _run("workload", out, "--year", "2022").stdout

    # the tasks of a year, and its pairs
    rows = json.loads(_run("tasks", out, "--year", "2023", "--no-lead", "-f", "json").stdout)
    assert [r["task_id"] for r in rows] == ["zz2023:003"]
    assert b.tasks(year=2023, no_lead=True)["task_id"].tolist() == ["zz2023:003"]
    pairs = json.loads(_run("network", out, "--pairs", "--year", "2022", "-f", "json").stdout)
    assert {r["plans"][0] for r in pairs} == {"zz2022", "xt2022"}
    assert set(b.pairs(year=2023)["plans"].map(tuple)) == {("zz2023",)}


def test_a_year_the_build_has_no_plan_of_is_named_with_the_years_it_has(tmp_path):
    """An empty table would read as "nobody led anything in 2024"."""
    out = _built(tmp_path, zz2022=_AIR_2022, zz2023=_AIR_2023)
    for cmd in (["workload"], ["tasks"], ["network", "--pairs"]):
        r = runner.invoke(app, [cmd[0], str(out), *cmd[1:], "--year", "2024"])
        assert r.exit_code == 2, r.output
        assert "no plan of 2024 in the build; its plans are of 2022 (1 plan), 2023 (1 plan)" in r.output
    with pytest.raises(ValueError, match="no plan of 2024"):  # not a table, empty or of every year
        respgraph.load(out).workload(year=2024)


def test_tracing_a_task_id_says_which_assignment_to_pass_not_a_dict_traceback(tmp_path):
    """`b.provenance("zz2022:001")` (the id a researcher holds after b.tasks()) raised "ValueError:
    dictionary update sequence element #0 has length 1; 2 is required"."""
    out = _built(tmp_path, zz2022=_AIR_2022, zz2023=_AIR_2023)
    b = respgraph.load(out)
    with pytest.raises(TypeError) as raised:  # a task id is not taken for an assignment
        b.provenance("zz2022:001")
    msg = str(raised.value)
    assert "not the task id 'zz2022:001'" in msg
    assert "株洲市交通运输局 (lead), 株洲市公安局 (support), 株洲市生态环境局 (support)" in msg
    # the call it suggests traces the lead, to the file's characters
    p = b.provenance(b.assignments().query("task_id == 'zz2022:001'").iloc[0])
    raw = (tmp_path / "plans" / "zz2022.txt").read_text(encoding="utf-8")
    assert (p.agency, p.mention, raw[p.start:p.end]) == ("株洲市交通运输局", "市交通运输局", "市交通运输局")
    assert raw[p.clause_start:p.clause_end] == "（牵头单位：市交通运输局；责任单位：市公安局、市生态环境局）"
    with pytest.raises(TypeError, match="names no unit: there is no assignment to trace"):
        b.provenance("zz2023:003")
    one = b.assignments().query("task_id == 'zz2022:002' and role == 'lead'")
    assert b.provenance(one).agency == "株洲市生态环境局"  # a table of one row is that row
    # the command line's trace of the same number: the clause and its span, as the file holds them
    rows = json.loads(_run("tasks", out, "--agency", "株洲市交通运输局", "--role", "lead", "-f", "json").stdout)
    assert [(r["task_id"], raw[r["clause_start"]:r["clause_end"]]) for r in rows] == [
        ("zz2022:001", "（牵头单位：市交通运输局；责任单位：市公安局、市生态环境局）")]


def test_the_command_lines_option_names_work_in_the_api_and_a_wrong_one_names_the_method(tmp_path):
    """--help says --exclude-collectives; b.pairs(exclude_collectives=True) raised "TypeError:
    coordination_pairs() got an unexpected keyword argument", naming an internal function and
    none of the options b.pairs() has."""
    city = _AIR_2022.replace("（牵头单位：市住房和城乡建设局；责任单位：市城市管理和综合执法局）",
                             "（牵头单位：市住房和城乡建设局；责任单位：市城市管理和综合执法局，各县市区人民政府）")
    out = _built(tmp_path, zz2022=city)
    b = respgraph.load(out)
    cli = json.loads(_run("network", out, "--pairs", "--exclude-collectives", "-f", "json").stdout)
    api = b.pairs(exclude_collectives=True)
    assert sorted(zip(api["name_a"], api["name_b"])) == sorted((r["name_a"], r["name_b"]) for r in cli)
    # (the collective named as the plan writes it, 各县市区人民政府, not by its id's 各县（市、区）)
    assert not any("各县市区" in r["name_a"] + r["name_b"] for r in cli)
    assert any("株洲市各县市区人民政府" in (a, z) for a, z in zip(b.pairs()["name_a"], b.pairs()["name_b"]))  # the near miss
    assert b.workload(exclude_collectives=True).equals(b.workload(include_collectives=False))
    for call, msg in ((lambda: b.pairs(collectives=False), "b.pairs() has no option 'collectives'; its options: by, "
                       "include_collectives (or exclude_collectives), include_suggested, year"),
                      (lambda: b.tasks(years=2022), "b.tasks() has no option 'years'"),
                      (lambda: b.workload(exclude_collectives=True, include_collectives=True), "not both")):
        with pytest.raises(TypeError, match=re.escape(msg)):
            call()


def test_gephi_files_carry_english_glosses_and_each_edge_the_pair_row_that_audits_its_weight(tmp_path):
    """The whole graph's Agency nodes had function codes only (no English), and a network edge
    only ``weight``: no way to tell who leads on the shared tasks or to find them."""
    import networkx as nx

    out = _built(tmp_path, zz2022=_AIR_2022, zz2023=_AIR_2023)
    _run("export", out, "-f", "gexf", "-o", tmp_path / "all.gexf")
    G = nx.read_gexf(tmp_path / "all.gexf")
    police = G.nodes["agency:株洲市/公安局"]
    assert (police["label"], police["functions"], police["gloss"]) == ("株洲市公安局", "公安", "public security (police)")
    assert "gloss" not in G.nodes["task:zz2022:001"]  # a task has no functions: nothing added
    b = respgraph.load(out)
    b.export("graphml", tmp_path / "all.graphml")
    assert nx.read_graphml(tmp_path / "all.graphml").nodes["agency:株洲市/生态环境局"]["gloss"] == "ecology and environment"

    _run("export", out, "-f", "gexf", "--network", "-o", tmp_path / "net.gexf")
    N = nx.read_gexf(tmp_path / "net.gexf")
    e = N.edges["agency:株洲市/交通运输局", "agency:株洲市/公安局"]
    # 淘汰老旧车辆: 交通运输局 led it in 2022, 公安局 in 2023, each time with the other
    assert (e["name_a"], e["name_b"], e["a_leads"], e["b_leads"], e["weight"]) == ("株洲市交通运输局", "株洲市公安局", 1, 1, 2)
    assert (e["plans"], e["tasks"]) == ("zz2022; zz2023", "zz2022:001; zz2023:001")
    # the same row as the command line's and the API's pairs, for every edge
    rows = json.loads(_run("network", out, "--pairs", "-f", "json").stdout)
    assert len(rows) == N.number_of_edges()
    for r in rows:
        d = N.edges[r["key_a"], r["key_b"]]
        assert (d["key_a"], d["key_b"], d["weight"], d["a_leads"], d["b_leads"], d["tasks"]) == (
            r["key_a"], r["key_b"], r["shared_tasks"], r["a_leads"], r["b_leads"], "; ".join(r["tasks"]))
    b.export("csv", tmp_path / "net-csv", network=True)
    import pandas as pd

    edges = pd.read_csv(tmp_path / "net-csv" / "edges.csv")
    assert list(edges.columns) == ["source", "target", "weight", "key_a", "key_b", "agency_id_a", "agency_id_b",
                                   "name_a", "name_b", "a_leads", "b_leads", "plans", "tasks"]


def test_the_workbook_holds_who_works_with_whom_and_each_plans_year(tmp_path):
    """The Excel a researcher sends on had no who-works-with-whom table and no year."""
    import openpyxl

    out = _built(tmp_path, zz2022=_AIR_2022, xt2022=_WATER_2022)
    _run("export", out, "-f", "xlsx", "-o", tmp_path / "t.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "t.xlsx")
    assert wb.sheetnames == ["plans", "tasks", "assignments", "agencies", "functions", "pairs", "overload", "no_lead"]
    rows = list(wb["pairs"].values)
    assert rows[0] == ("key_a", "key_b", "agency_id_a", "agency_id_b", "name_a", "name_b", "shared_tasks", "a_leads",
                       "b_leads", "plans", "tasks")
    b = respgraph.load(out)
    assert len(rows) - 1 == len(b.pairs())
    pair = {(r[4], r[5]): r for r in rows[1:]}[("湘潭市住房和城乡建设局", "湘潭市水利局")]
    assert pair[6:] == (2, 1, 0, "xt2022", "xt2022:001; xt2022:002")
    plans = list(wb["plans"].values)
    assert {r[0]: r[plans[0].index("year")] for r in plans[1:]} == {"xt2022": 2022, "zz2022": 2022}


def test_tasks_without_a_lead_say_how_many_more_only_the_convention_gave_one(tmp_path):
    """`tasks --no-lead` counted the tasks naming nobody; the tasks whose plan named only a list
    (责任单位：A、B), led by its first unit by convention, went unmentioned, so a newcomer took
    the count for every task no plan gave a lead."""
    listed = _AIR_2023.replace("（牵头单位：市工业和信息化局；责任单位：市生态环境局）", "（责任单位：市工业和信息化局、市生态环境局）")
    out = _built(tmp_path, zz2023=listed)
    r = runner.invoke(app, ["tasks", str(out), "--no-lead"])
    assert r.exit_code == 0 and "1 task — no clear lead" in r.stdout
    assert r.stderr == ("respgraph: note: also without a named lead: 1 task whose plan gave only a list of units "
                        "(责任单位：A、B; A、B按职责分工负责), the first listed leading by convention (`--first-listed` lists them)\n")
    assert respgraph.load(out).tasks(first_listed=True)["task_id"].tolist() == ["zz2023:002"]
    r = runner.invoke(app, ["tasks", str(out), "--no-lead", "-f", "json"])  # CSV/JSON: the rows, nothing else
    assert r.exit_code == 0 and r.stderr == "" and [t["task_id"] for t in json.loads(r.stdout)] == ["zz2023:003"]
    (tmp_path / "named").mkdir()
    near = _built(tmp_path / "named", zz2023=_AIR_2023)
    assert runner.invoke(app, ["tasks", str(near), "--no-lead"]).stderr == ""  # every lead named: no note


def test_the_meeting_packs_plans_table_gives_each_plans_year(tmp_path):
    """The pack's plans table had a date column empty for every plan signed without one."""
    out = _built(tmp_path, zz2022=_AIR_2022, xt2022=_WATER_2022)
    _run("report", out, "--out", tmp_path / "r", "--today", "2024-06-30")
    page = (tmp_path / "r" / "report.html").read_text(encoding="utf-8")
    assert "<th>年份 Year</th><th>日期 Date</th>" in page
    assert "<tr><td>zz2022</td><td>株洲市2022年大气污染防治工作方案</td><td>2022</td><td></td>" in page
    assert "<tr><td>xt2022</td><td>湘潭市水污染防治工作方案</td><td>2022</td><td>2022-03-08</td>" in page
    api = respgraph.load(out).report(tmp_path / "api", today=date(2024, 6, 30))
    assert "<tr><td>xt2022</td><td>湘潭市水污染防治工作方案</td><td>2022</td>" in api.read_text(encoding="utf-8")


def test_a_years_workload_lists_only_that_years_plans_as_naming_nobody(tmp_path):
    """With --year, a plan of another year is no part of the answer: not listed among the plans
    stating no responsibility, not counted among the plans an agency is flagged in."""
    silent = "株洲市2023年生态环境保护工作要点\n\n一、重点任务\n\n1.推进清水塘老工业区环境治理。\n\n2.推进农业面源污染治理。\n"
    out = _built(tmp_path, zz2022=_AIR_2022, zz2023=_AIR_2023, pts2023=silent)
    assert "no stated responsibilities (no rows): pts2023" in _run("workload", out, "--year", "2023").stdout
    assert "no stated responsibilities" not in _run("workload", out, "--year", "2022").stdout
    assert "no stated responsibilities (no rows): pts2023" in _run("workload", out).stdout  # the near miss: every year


def test_workload_rows_join_the_assignments_on_agency_id(tmp_path):
    """workload() named an agency by ``key`` (agency:株洲市/公安局) where assignments() and agencies()
    write ``agency_id`` (株洲市/公安局): joining them needed a string strip."""
    out = _built(tmp_path, zz2022=_AIR_2022, zz2023=_AIR_2023)
    b = respgraph.load(out)
    w = b.workload(year=2023).query("plan_id == 'zz2023'")
    led = b.assignments().query("role == 'lead' and plan_id == 'zz2023'").groupby("agency_id").size()
    joined = w.set_index("agency_id")["tasks_led"]
    assert joined[joined > 0].to_dict() == led.to_dict() == {"株洲市/公安局": 1, "株洲市/工业和信息化局": 1}
    rows = json.loads(_run("workload", out, "-p", "zz2023", "-f", "json").stdout)
    assert {r["agency_id"] for r in rows} == set(w["agency_id"]) and "agency_id" not in b.workload(by="function")


# 株洲's plan whose item 4 is no task (a safeguard telling the counties only, docs/accuracy.md):
# its item 5 is the plan's fourth task, id :004.
_SAFEGUARDS = """株洲市2022年大气污染防治工作方案

一、重点任务

1.加快淘汰老旧车辆。（牵头单位：市交通运输局；责任单位：市公安局、市生态环境局）

2.推进重点行业超低排放改造。（牵头单位：市生态环境局；责任单位：市工业和信息化局）

3.加强餐饮油烟治理。（配合单位：市城市管理和综合执法局、市市场监督管理局）

二、保障措施

4.加强组织领导。各县市区人民政府要落实属地管理责任。

5.强化督查考核。市生态环境局负责对各地工作落实情况进行调度通报。
"""


def test_a_task_without_a_lead_names_its_supports_as_tasks_does(tmp_path):
    """tasks_without_lead() counted a task's supports as ``supporters`` where tasks() lists
    them as ``supports`` and counts them as ``n_supports``; the old name stays (the workbook's
    no_lead sheet, the Cypher query of that name) with the same count."""
    import openpyxl

    out = _built(tmp_path, zz2022=_SAFEGUARDS)
    b = respgraph.load(out)
    row = b.tasks_without_lead().set_index("task_id").loc["zz2022:003"]
    task = b.tasks().set_index("task_id").loc["zz2022:003"]
    assert row["supports"] == task["supports"] == ["株洲市城市管理综合行政执法局", "株洲市市场监督管理局"]
    assert row["n_supports"] == task["n_supports"] == row["supporters"] == 2
    rows = json.loads(_run("workload", out, "--report", "no-lead", "-f", "json").stdout)
    assert [(r["task_id"], r["supports"], r["n_supports"], r["supporters"]) for r in rows] == [
        ("zz2022:003", ["株洲市城市管理综合行政执法局", "株洲市市场监督管理局"], 2, 2)]
    _run("export", out, "-f", "xlsx", "-o", tmp_path / "t.xlsx")
    sheet = list(openpyxl.load_workbook(tmp_path / "t.xlsx")["no_lead"].values)
    assert sheet[0] == ("plan_id", "plan", "task_id", "number", "path", "title", "supports", "n_supports",
                        "plan_has_assignments", "supporters", "缺口", "gap", "collective_leads")
    assert sheet[1][2:] == ("zz2022:003", "3", "一3", "加强餐饮油烟治理", "株洲市城市管理综合行政执法局; 株洲市市场监督管理局", 2, True, 2,
                            "仅配合单位", "support only", None)


_GRID_2024 = """株洲市2024年大气污染防治网格化管理工作方案

一、重点任务
（一）强化建筑工地扬尘管控。落实“六个百分之百”措施。（牵头单位：市住房城乡建设局；责任单位：市城管局）
（二）落实大气污染防治网格化管理。对辖区内露天焚烧、餐饮油烟开展日常巡查。（责任单位：各区人民政府）
（三）完善空气质量监测网络。在重点区域新建微型空气质量监测站。

株洲市人民政府办公室
2024年3月1日
"""


def test_the_no_lead_sheet_says_why_each_task_has_no_lead_as_the_report_does(tmp_path):
    """The workbook's no_lead sheet listed a task told only to 各区人民政府 with nothing in its
    supports and no gap: a colleague read it as naming nobody, where `tasks --no-lead` and the
    report say "collective only" and who was told."""
    import openpyxl

    out = _built(tmp_path, zz2024=_GRID_2024)
    api = respgraph.load(out).tasks_without_lead().set_index("task_id")
    assert api.loc["zz2024:002", "gap"] == "collective only" and api.loc["zz2024:002", "collective_leads"] == ["株洲市各区人民政府"]
    assert api.loc["zz2024:003", "gap"] == "no unit"
    assert "zz2024:001" not in api.index  # near miss: a task with its lead is no row
    _run("export", out, "-f", "xlsx", "-o", tmp_path / "t.xlsx")
    rows = list(openpyxl.load_workbook(tmp_path / "t.xlsx")["no_lead"].values)
    by_task = {r[2]: dict(zip(rows[0], r)) for r in rows[1:]}
    assert set(by_task) == {"zz2024:002", "zz2024:003"}
    assert (by_task["zz2024:002"]["缺口"], by_task["zz2024:002"]["gap"], by_task["zz2024:002"]["collective_leads"]) == (
        "仅写各乡镇/各部门", "collective only", "株洲市各区人民政府")
    assert (by_task["zz2024:003"]["缺口"], by_task["zz2024:003"]["gap"], by_task["zz2024:003"]["collective_leads"]) == (
        "未写单位", "no unit", None)
    # the report's 缺口 column says the same, from the same words
    _run("report", out, "--out", tmp_path / "r")
    page = (tmp_path / "r" / "report.html").read_text(encoding="utf-8")
    assert "仅写各乡镇/各部门 collective only" in page and "未写单位 no unit" in page


def test_every_agency_table_joins_the_assignments_on_agency_id(tmp_path):
    """network, breadth-depth, support-only, deadlines and pairs named an agency only by ``key``
    (agency:株洲市/公安局) where assignments() writes ``agency_id`` (株洲市/公安局)."""
    out = _built(tmp_path, zz2022=_AIR_2022, zz2023=_AIR_2023)
    b = respgraph.load(out)
    ids = set(b.assignments()["agency_id"])
    for frame in (b.network(), b.breadth_depth(), b.support_only()):
        assert set(frame["agency_id"]) <= ids and len(frame)
        assert list(frame["agency_id"]) == [k.removeprefix("agency:") for k in frame["key"]]
    pairs = b.pairs()
    pair = pairs.query("name_a == '株洲市交通运输局' and name_b == '株洲市公安局'").iloc[0]
    assert (pair["agency_id_a"], pair["agency_id_b"], pair["shared_tasks"]) == ("株洲市/交通运输局", "株洲市/公安局", 2)
    rows = json.loads(_run("network", out, "--pairs", "-f", "json").stdout)
    assert [(r["agency_id_a"], r["agency_id_b"]) for r in rows] == list(zip(pairs["agency_id_a"], pairs["agency_id_b"]))
    rows = json.loads(_run("network", out, "-f", "json").stdout)
    assert {r["agency_id"] for r in rows} == set(b.network()["agency_id"])
    assert "agency_id_a" not in b.pairs(by="function")  # functions are no agencies: their codes stay the key


def test_the_workbooks_tasks_sheet_gives_each_tasks_clause_and_file(tmp_path):
    """The tasks sheet lacked the file and clause b.tasks() gives: a count in it could not be
    traced to the plan's words from the workbook alone."""
    import openpyxl

    out = _built(tmp_path, zz2022=_SAFEGUARDS)
    _run("export", out, "-f", "xlsx", "-o", tmp_path / "t.xlsx")
    rows = list(openpyxl.load_workbook(tmp_path / "t.xlsx")["tasks"].values)
    head = rows[0]
    assert {"file", "clause", "clause_start", "clause_end", "clause_sentence"} <= set(head)
    task = {r[0]: dict(zip(head, r)) for r in rows[1:]}["zz2022:001"]
    assert task["clause"] == "（牵头单位：市交通运输局；责任单位：市公安局、市生态环境局）"
    assert task["file"].endswith("zz2022.txt")
    from respgraph.read import read_document

    text = read_document(task["file"]).text
    assert text[task["clause_start"]:task["clause_end"]] == task["clause"]
    assert task["leads"] == "株洲市交通运输局"


def test_a_table_naming_a_task_by_id_shows_the_plans_own_number_beside_it(tmp_path):
    """Item 4 of the plan is no task (各县市区人民政府 told only), so its item 5 is task :004: the
    tasks table showed 5 and no id, the no-lead and shared-lead tables the id and no number."""
    text = _SAFEGUARDS.replace("（牵头单位：市生态环境局；责任单位：市工业和信息化局）", "（牵头单位：市生态环境局、市工业和信息化局）")
    out = _built(tmp_path, zz2022=text)
    b = respgraph.load(out)
    assert b.tasks().set_index("task_id")["number"].to_dict() == {
        "zz2022:001": "1", "zz2022:002": "2", "zz2022:003": "3", "zz2022:004": "5"}
    table = _run("tasks", out, "-n", "0").stdout
    # (then where each sits, as the plan numbers it: item 5 of 二、保障措施)
    assert re.search(r"│ 5 \(#004\) │ 二5 +│ 强化督查考核", table)
    assert re.search(r"│ 2 +│ 一2 +│ 推进重点", table) and "(#002)" not in table  # number and id agree: the number alone
    assert b.shared_leads()[["task_id", "number", "path"]].values.tolist() == [["zz2022:002", "2", "一2"]]
    assert b.tasks_without_lead()[["task_id", "number", "path"]].values.tolist() == [["zz2022:003", "3", "一3"]]
    for report, row in (("no-lead", r"zz2022:003 +│ 3 +│ 加强餐饮"), ("shared-lead", r"zz2022:002 +│ 2 +│ 推进重点")):
        assert re.search(row, _run("workload", out, "--report", report).stdout)


def test_similar_tasks_name_each_side_by_id_and_by_the_plans_own_number(tmp_path):
    """overlap named a task by id alone: 株洲's item 5 (its item 4 is no task) read as :004."""
    other = ("株洲市2023年大气污染防治工作方案\n\n一、重点任务\n\n"
             "1.强化督查考核。市发展和改革委员会负责对各地工作落实情况进行调度通报。\n\n"
             "2.加快淘汰老旧车辆。（牵头单位：市交通运输局；责任单位：市公安局）\n")
    out = _built(tmp_path, zz2022=_SAFEGUARDS, zz2023=other)
    b = respgraph.load(out)
    row = b.disagreements().set_index("task_a").loc["zz2022:004"]
    assert (row["number_a"], row["task_b"], row["number_b"]) == ("5", "zz2023:001", "1")
    assert (row["path_a"], row["path_b"]) == ("二5", "一1")  # (item 5 of 二、保障措施; where each plan writes it)
    sim = b.overlap().set_index("task_a")
    assert sim.loc["zz2022:001", ["number_a", "task_b", "number_b", "path_a", "path_b"]].tolist() == ["1", "zz2023:002", "2", "一1", "一2"]
    table = runner.invoke(app, ["overlap", str(out), "--disagreements"], env={"COLUMNS": "250"}).stdout
    assert "zz2022:004 (no. 5)" in table and "zz2023:001 (no." not in table
    rows = json.loads(_run("overlap", out, "--disagreements", "-f", "json").stdout)
    assert [(r["task_a"], r["number_a"]) for r in rows] == [("zz2022:004", "5")]
