"""Stop 18's new fields through every output, on a real build: a task's supervisors (督导单位 /
督办单位), divisions (kind division, ``parent``) and 专栏 projects (kind box) — the agency and
tasks commands, the exports, the graph views in Chromium, the report and Neo4j (FalkorDB).

The plans are the rectification and long-plan fixtures plus one with hostile supervisor names
(markup, quotes, ampersands), as a scraped page may hold."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from _falkordb import bolt_driver, falkordb  # noqa: F401 - fixtures
from respgraph.cli import app

FIX = Path(__file__).parent / "fixtures"
HOSTILE_PLAN = """XX县生态环境局2024年整改工作方案

一、整改任务
1.关于扬尘问题。整改措施：加强工地管理。牵头单位：县住建局；配合单位：县城管局；督办单位：县委督查室<script>window.__pwned=1</script>；完成时限：2024年6月底前。
2.关于污水问题。整改措施：新建管网。牵头单位：县水利局；配合单位：县住建局；督办单位：县委"督查室"&<img src=x onerror=alert(2)>、县政府督查室；完成时限：2024年9月底前。
3.关于噪声问题。整改措施：加强执法。牵头单位：县生态环境局；配合单位：县公安局。
"""
HOSTILE_SUPERVISOR = "县委督查室<script>window.__pwned=1</script>"
runner = CliRunner()


@pytest.fixture(scope="module")
def build(tmp_path_factory) -> Path:
    plans = tmp_path_factory.mktemp("plans")
    for f in ["rectify/problems-measures-lines.txt", "rectify/ledger-tab.txt", "rectify/supervision-notice.txt",
              "longplans/units-in-boxes.txt", "wordings/department-divisions.txt", "wordings/duty-short-sentences.txt",
              "wordings/supervise-and-time-labels.txt"]:
        shutil.copy(FIX / f, plans / Path(f).name)
    (plans / "hostile.txt").write_text(HOSTILE_PLAN, encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    r = runner.invoke(app, ["build", str(plans), "--out", str(out)])
    assert r.exit_code == 0, r.output
    return out


@pytest.fixture(scope="module")
def graph(build) -> nx.MultiDiGraph:
    from respgraph import api

    return api.load(build).graph


def test_the_build_holds_supervisors_divisions_and_boxes(graph):
    task = graph.nodes["task:hostile:001"]
    assert task["supervisors"] == [HOSTILE_SUPERVISOR]
    assert graph.nodes["task:hostile:002"]["supervisors"][-1] == "县政府督查室"
    kinds = {d.get("kind") for _, d in graph.nodes(data=True) if d.get("type") == "Task"}
    assert "box" in kinds
    divisions = [d for _, d in graph.nodes(data=True) if d.get("type") == "Agency" and d.get("kind") == "division"]
    assert divisions and all(d.get("parent") for d in divisions)


def test_agency_names_a_supervisor_that_leads_nothing_and_lists_its_tasks(build):
    r = runner.invoke(app, ["agency", str(build), "县委督查室", "--format", "csv"])
    assert r.exit_code == 0, r.output
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    # problems-measures-lines 问题1 and 问题2, ledger-tab row 2, the notice's 一 and the hostile plan's 1
    # (its 2 names 县委"督查室", another name as written)
    assert sorted((x["plan_id"], x["number"]) for x in rows) == [
        ("hostile", "1"), ("ledger-tab", "2"), ("problems-measures-lines", "问题1"),
        ("problems-measures-lines", "问题2"), ("supervision-notice", "一")]
    assert all("县委" in x["supervisors"] for x in rows)
    table = runner.invoke(app, ["agency", str(build), "县委督查室", "--plan", "ledger-tab"])
    assert table.exit_code == 0 and "县委督查室 — named to supervise 1 task (督导 / 督办) in 1 plan" in table.stdout
    missing = runner.invoke(app, ["agency", str(build), "县委巡察办"])
    assert missing.exit_code == 2 and "no agency named '县委巡察办'" in missing.output


def test_an_agency_that_also_supervises_lists_those_tasks_apart(build, graph):
    # duty-short-sentences makes XX县人民政府督查室 an agency (县政府督查室负责跟踪督办, a duty it
    # leads); supervise-and-time-labels and the hostile plan, both of XX县, name it to supervise;
    # the notice's 县政府督查室 is of another (unknown) county and is not its
    from respgraph.analysis.agency import agency_profile

    p = agency_profile(graph, "县政府督查室", plan="duty-short-sentences")
    assert p.agency == "agency:XX县/人民政府督查室"
    assert sorted(zip(p.supervises["plan_id"], p.supervises["number"])) == [("hostile", "2"), ("supervise-and-time-labels", "1")]
    assert list(p.tasks["plan_id"]) == ["duty-short-sentences"]  # what it leads: the supervised tasks are not there
    assert "supervises 2 tasks (督导 / 督办, not counted in its load)" in p.summary()
    assert sorted(x["plan_id"] for x in p.to_dict()["supervises"]) == ["hostile", "supervise-and-time-labels"]
    r = runner.invoke(app, ["agency", str(build), "XX县人民政府督查室", "--only", "supervises", "--format", "csv"])
    assert r.exit_code == 0 and r.stdout.count("\n") == 3  # header and two tasks


def test_tasks_filter_by_supervisor(build):
    r = runner.invoke(app, ["tasks", str(build), "--supervisor", "督查室", "--plan", "hostile", "--format", "json"])
    assert r.exit_code == 0
    rows = json.loads(r.stdout)
    assert [x["number"] for x in rows] == ["1", "2"]
    assert rows[0]["supervisors"] == [HOSTILE_SUPERVISOR]
    assert isinstance(rows[0]["clause_start"], int)  # a span, never 176.0


def test_tasks_csv_spans_are_integers(build):
    r = runner.invoke(app, ["tasks", str(build), "--format", "csv"])
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert all(x["clause_start"] == "" or x["clause_start"].isdigit() for x in rows)
    assert any(x["clause_start"] == "" for x in rows) and any(x["clause_start"] for x in rows)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graphml_and_gexf_hold_the_lists_joined(build, graph, fmt, tmp_path):
    path = tmp_path / f"g.{fmt}"
    assert runner.invoke(app, ["export", str(build), "--format", fmt, "-o", str(path)]).exit_code == 0
    H = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert H.nodes["task:hostile:002"]["supervisors"] == "; ".join(graph.nodes["task:hostile:002"]["supervisors"])
    div = next(n for n, d in graph.nodes(data=True) if d.get("kind") == "division")
    assert H.nodes[div]["parent"] == graph.nodes[div]["parent"] and H.nodes[div]["kind"] == "division"
    assert H.nodes["task:hostile:003"]["supervisors"] == ""  # an empty list: an empty text
    # a county plan's county lies in its city (counties.csv): 汝城县 -> 郴州市 -> 湖南省
    part_of = {(u, v) for u, v, d in H.edges(data=True) if (d.get("type") or d.get("relation")) == "PART_OF"}
    assert {("jurisdiction:汝城县", "jurisdiction:郴州市"), ("jurisdiction:郴州市", "jurisdiction:湖南省")} <= part_of


def test_excel_sheets_carry_the_new_columns(build, tmp_path):
    import pandas as pd

    path = tmp_path / "g.xlsx"
    assert runner.invoke(app, ["export", str(build), "--format", "xlsx", "-o", str(path)]).exit_code == 0
    x = pd.read_excel(path, sheet_name=None)
    tasks = x["tasks"].set_index("task_id")
    assert tasks.loc["hostile:001", "supervisors"] == HOSTILE_SUPERVISOR
    assert "box" in set(tasks["kind"])
    ag = x["agencies"]
    assert set(ag.loc[ag["kind"] == "division", "parent"].dropna()) and ag.loc[ag["kind"] == "division", "parent"].notna().all()


def test_report_has_a_supervision_section_escaped(build, tmp_path):
    assert runner.invoke(app, ["report", str(build), "--out", str(tmp_path / "r")]).exit_code == 0
    page = (tmp_path / "r" / "report.html").read_text(encoding="utf-8")
    section = page[page.index('<section id="supervision">'):]
    section = section[:section.index("</section>")]
    assert "督导单位 · Supervised tasks (" in section
    assert "县委督查室&lt;script&gt;window.__pwned=1&lt;/script&gt;" in section
    assert "<script" not in page and "<img src=x" not in page
    assert '<a href="#supervision">' in page
    # the no-lead table tells 专栏 projects apart
    assert "专栏 box" in page


@pytest.mark.browser
def test_plan_view_shows_hostile_supervisors_as_text(build, graph, chromium, tmp_path):
    from respgraph.viz import write_view

    path = write_view(graph, tmp_path / "plan.html", view="plan", plan="hostile")
    page = chromium.open(path)
    tip = page.evaluate("() => nodes.get('task:hostile:002').title.textContent")
    assert "督导 Supervisors" in tip and '县委"督查室"&<imgsrc=xonerror=alert（2）>' in tip  # the name as kept: brackets full-width
    xy = page.evaluate("() => network.canvasToDOM(network.getPosition('task:hostile:001'))")
    box = page.locator("#mynetwork canvas").bounding_box()
    page.mouse.move(box["x"] + xy["x"], box["y"] + xy["y"])
    page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
    assert HOSTILE_SUPERVISOR in page.locator("div.vis-tooltip").inner_text()
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    assert page.evaluate("() => document.querySelectorAll('.vis-tooltip img, .vis-tooltip script').length") == 0
    assert page.blocked == [] and page.errors == []


@pytest.mark.browser
def test_every_view_draws_the_new_kinds(build, graph, chromium, tmp_path):
    from respgraph.viz import write_view

    div = next(n for n, d in graph.nodes(data=True) if d.get("kind") == "division")
    for view, opts in [("build", {}), ("network", {}), ("overload", {}), ("plan", {"plan": "units-in-boxes"}),
                       ("agency", {"agency": div})]:
        page = chromium.open(write_view(graph, tmp_path / f"{view}.html", view=view, **opts))
        assert page.evaluate("() => nodes.length") > 0, view
        assert page.blocked == [] and page.errors == [], view
        if view == "agency":
            tip = page.evaluate(f"() => nodes.get({json.dumps(div)}).title.textContent")
            assert "上级部门 Department" in tip
            # its department by name, though no plan here names it (was its raw id, XX省/交通运输厅)
            parent = graph.nodes[div]["parent"]
            assert parent.replace("/", "", 1) in tip and parent not in tip
        page.close()


@pytest.mark.neo4j
def test_neo4j_holds_supervisors_and_parent_as_scalars_or_lists(graph, bolt_driver):
    from respgraph.neo4j.load import load_graph

    assert load_graph(graph, bolt_driver, progress=False).ok
    recs, _, _ = bolt_driver.execute_query("MATCH (t:Task {id: $id}) RETURN t.supervisors AS s, t.kind AS k",
                                           id="task:hostile:002")
    assert recs[0]["s"] == graph.nodes["task:hostile:002"]["supervisors"]
    div = next(n for n, d in graph.nodes(data=True) if d.get("kind") == "division")
    recs, _, _ = bolt_driver.execute_query("MATCH (a:Agency {id: $id}) RETURN a.parent AS p", id=div)
    assert recs[0]["p"] == graph.nodes[div]["parent"]
    recs, _, _ = bolt_driver.execute_query("MATCH (t:Task {kind: 'box'}) RETURN count(t) AS n")
    assert recs[0]["n"] == sum(1 for _, d in graph.nodes(data=True) if d.get("kind") == "box")
    recs, _, _ = bolt_driver.execute_query("MATCH (:Jurisdiction {name: $n})-[:PART_OF*]->(j) RETURN j.name AS j ORDER BY j",
                                           n="汝城县")
    assert [r["j"] for r in recs] == sorted(["郴州市", "湖南省"])
    # the query docs/neo4j.md gives for a 督查室's tasks
    recs, _, _ = bolt_driver.execute_query("MATCH (t:Task) WHERE any(s IN t.supervisors WHERE s CONTAINS $name) "
                                           "RETURN t.task_id AS id ORDER BY id", name="县委督查室")
    assert [r["id"] for r in recs] == ["hostile:001", "ledger-tab:002", "problems-measures-lines:001",
                                       "problems-measures-lines:002", "supervision-notice:001"]
    recs, _, _ = bolt_driver.execute_query("MATCH (t:Task {id: $id}) RETURN t.supervisor_start AS s", id="task:hostile:001")
    assert recs[0]["s"] == graph.nodes["task:hostile:001"]["supervisor_start"]


def test_each_supervisor_is_traced_to_its_span_in_the_plan(build, graph):
    # the Task node (and so tasks.csv, the exports and Neo4j) says where each supervisor is
    # written, as the JSONL record's supervisors[].source does
    from respgraph.extract import extract_file, task_to_dict
    from respgraph.grammar.units import full_width_brackets

    for pid in ("hostile", "problems-measures-lines", "ledger-tab", "supervision-notice"):
        plan = extract_file(next((build.parent).glob("plans*/" + pid + ".txt")))
        text = plan.document.text
        for t in plan.tasks:
            d = graph.nodes[f"task:{t.task_id}"]
            record = task_to_dict(t, plan)
            assert [s["mention"] for s in record.get("supervisors", [])] == d["supervisors"]
            if not d["supervisors"]:
                assert "supervisor_start" not in d
                continue
            spans = list(zip(d["supervisor_start"], d["supervisor_end"]))
            assert [(s["source"]["start"], s["source"]["end"]) for s in record["supervisors"]] == spans
            # the name as kept drops the blanks inside it (a line break in a name, OCR spaces) and
            # writes its brackets full-width (alert(2) -> alert（2）), as every mention is written
            assert [full_width_brackets("".join(text[a:b].split())) for a, b in spans] == d["supervisors"]
            if t.kind != "table":  # a table row's clause is its cells under their labels, not text
                assert all(text.find(s["source"]["clause"]) != -1 for s in record["supervisors"])


def test_tables_show_markup_like_text_as_written(tmp_path):
    # rich reads [b] / [/red] as markup: a title or supervisor a plan wrote so was an internal
    # error (exit 70, 'closing tag [/b] doesn't match') in every table
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "r.txt").write_text("XX县2024年整改工作方案\n\n一、整改任务\n1.关于扬尘问题[/b]。整改措施：加强工地管理。"
                                 "牵头单位：县住建局；配合单位：县城管局；督办单位：县委督查室[red]x[/red]；完成时限：2024年6月底前。\n",
                                 encoding="utf-8")
    out = tmp_path / "out"
    assert runner.invoke(app, ["build", str(plans), "--out", str(out)]).exit_code == 0
    for args in (["tasks", str(out), "--limit", "0"], ["agency", str(out), "督查室"], ["workload", str(out)],
                 ["agency", str(out), "县住建局"]):
        r = runner.invoke(app, args, env={"COLUMNS": "400"})
        assert r.exit_code == 0, (args, r.output)
    assert "关于扬尘问题[/b]" in runner.invoke(app, ["tasks", str(out)], env={"COLUMNS": "400"}).stdout
    assert "县委督查室[red]x[/red]: supervises 1 task" in runner.invoke(app, ["agency", str(out), "督查室"]).stdout


def test_a_supervisors_json_is_an_object_as_a_profile_is(build):
    r = runner.invoke(app, ["agency", str(build), "县委督查室", "--plan", "ledger-tab", "--format", "json"])
    assert r.exit_code == 0
    got = json.loads(r.stdout)
    assert got["name"] == "县委督查室" and got["supervisors"] == ["县委督查室"]
    assert [(t["plan_id"], t["number"], t["supervisors"]) for t in got["supervises"]] == [("ledger-tab", "2", ["县委督查室"])]
    profile = json.loads(runner.invoke(app, ["agency", str(build), "XX县人民政府督查室", "--format", "json"]).stdout)
    assert sorted(t["plan_id"] for t in profile["supervises"]) == ["hostile", "supervise-and-time-labels"]


def test_a_divisions_profile_names_its_department(build, graph):
    from respgraph.analysis.agency import agency_profile

    div = "agency:XX省/交通运输厅/人事教育处"  # (department-divisions.txt: 省交通运输厅人事教育处)
    p = agency_profile(graph, div)
    assert p.parent == graph.nodes[div]["parent"] and p.to_dict()["parent"] == p.parent
    # the summary names its department by name, as it names the division (was its raw id)
    # (its department is named by no plan here: its name as ids are made, place then name)
    department = (graph.nodes.get(f"agency:{p.parent}") or {}).get("name") or p.parent.replace("/", "", 1)
    assert department != p.parent and "/" not in department
    assert f"division of {department} · id {p.agency_id}" in p.summary().splitlines()[0]
    assert p.names[p.parent] == department and p.name.startswith(department)
    assert p.parent == graph.nodes[div]["parent"] == "XX省/交通运输厅" and p.to_dict()["parent"] == p.parent
    # the summary names its department by name, as it names the division (was its raw id,
    # XX省/交通运输厅); no plan here names the department itself: its name as ids are made
    assert p.summary().splitlines()[0] == (
        "XX省交通运输厅人事教育处 — XX省 · division of XX省交通运输厅 · id XX省/交通运输厅/人事教育处"
    )


def test_a_division_table_rows_clause_span_reads_as_its_clause(tmp_path):
    # an attached 分工表 with one unit column (责任单位：lead first): the row's clause is its cells
    # under their labels (责任单位：区农业农村局、区卫健委), not text of the plan; its span was the
    # cell, so text[clause_start:clause_end] was not the clause. Now every clause span reads as
    # its clause, and such a row's edge locates the agency by its own start/end
    from respgraph.read import read_document

    out = tmp_path / "out"
    plan = FIX / "longplans" / "three-year-numbered-rows.txt"
    assert runner.invoke(app, ["build", str(plan), "--out", str(out)]).exit_code == 0
    from respgraph import api

    g = api.load(out).graph
    text = read_document(plan).text
    source = plan.read_text(encoding="utf-8")
    rows = 0
    for _, v, k, d in g.edges(keys=True, data=True):
        if k not in ("LEADS", "SUPPORTS"):
            continue
        assert text[d["start"]:d["end"]] == d["mention"] == source[d["file_start"]:d["file_end"]]
        if d["clause_start"] is not None:
            assert text[d["clause_start"]:d["clause_end"]] == d["clause"]
            assert source[d["clause_file_start"]:d["clause_file_end"]] == d["clause"]
        else:  # a row's first-listed lead (on the row's task, or on the body item the row lists)
            rows += 1
            assert d["basis"] == "first_listed" and d["clause"].startswith("责任单位：")
    assert rows == 7  # the seven rows' leads
    # the tables show such a clause without '@ start' (a missing span was an internal error)
    r = runner.invoke(app, ["tasks", str(out), "--limit", "0"], env={"COLUMNS": "300"})
    assert r.exit_code == 0 and "│ 责任单位：区城管局" in r.stdout
    r = runner.invoke(app, ["agency", str(out), "区住建局"], env={"COLUMNS": "300"})
    assert r.exit_code == 0 and "责任单位：区住建局 │" in r.stdout
    p = api.load(out).provenance(api.load(out).tasks(agency="区住建局").iloc[0])
    assert p.clause_span is None and p.span == (p.start, p.end) and p.clause == "责任单位：区住建局"


def test_the_api_and_the_command_give_the_same_supervised_tasks(build):
    from respgraph import api

    b = api.load(build)
    df = b.tasks(supervisor="督查室")
    r = runner.invoke(app, ["tasks", str(build), "--supervisor", "督查室", "--format", "json"])
    assert [x["task_id"] for x in json.loads(r.stdout)] == list(df["task_id"])
    assert len(df) == 10 and list(df["plan_id"]) == sorted(df["plan_id"])  # plan and document order
    assert b.tasks(supervisor="督查室", plan="hostile")["number"].tolist() == ["1", "2"]
    assert b.tasks(supervisor="督查室", no_lead=True).empty
