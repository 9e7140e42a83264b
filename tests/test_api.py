"""The public Python API (respgraph.api) on the seed build: facts a researcher would check,
provenance back to the clause in the cleaned text, each analysis method against its CLI
command, the inline view, and that ``import respgraph`` pulls in no heavy library."""

from __future__ import annotations

import doctest
import html
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from _falkordb import falkordb  # noqa: F401 - the Bolt test server fixture
from conftest import CHANGJIANG, JINGDEZHEN, ROOT, YUSHUI

import respgraph
from respgraph.cli import app
from respgraph.extract import plan_id_for
from respgraph.read import read_document

HEAVY = ("pandas", "pyvis", "matplotlib", "neo4j", "networkx", "numpy", "scipy", "sklearn", "IPython")


@pytest.fixture(scope="module")
def b(seed_build):
    return respgraph.load(seed_build)


def records(df) -> list[dict]:
    """Rows as the CLI's --format json writes them (so the two compare exactly)."""
    return json.loads(df.to_json(orient="records", force_ascii=False))


def cli_json(*args: str) -> list[dict]:
    res = CliRunner().invoke(app, [*args, "--format", "json"])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


# ----------------------------------------------------------------------------- import cost


def test_import_respgraph_loads_no_heavy_library():
    code = ("import sys, respgraph\n"
            "respgraph.build; respgraph.load; respgraph.Build\n"  # the lazy API itself is light too
            f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "", f"import respgraph pulled in {proc.stdout.strip()}"
    # -X importtime lists every module imported: none of them may be a heavy one.
    imported = {line.split("|")[-1].strip().split(".")[0] for line in proc.stderr.splitlines() if "|" in line}
    assert "respgraph" in imported
    assert not imported & set(HEAVY), sorted(imported & set(HEAVY))


def test_public_names():
    for name in ("Build", "BuildError", "GraphView", "Provenance", "build", "load", "connect_neo4j", "cypher",
                 "cypher_library"):
        assert name in dir(respgraph) and getattr(respgraph, name) is not None
    with pytest.raises(AttributeError):
        respgraph.no_such_thing  # noqa: B018


def test_api_docstring_examples_run(monkeypatch):
    from respgraph import api

    monkeypatch.chdir(ROOT)  # the examples build data/plans
    assert doctest.testmod(api).failed == 0


# ----------------------------------------------------------------------------- tables


def test_build_and_load_give_the_same_tables(b):
    built = respgraph.build([YUSHUI, CHANGJIANG])
    assert sorted(built.plan_ids) == sorted([plan_id_for(YUSHUI), plan_id_for(CHANGJIANG)])
    assert not built.failures
    assert records(built.tasks()) == records(b.tasks()[b.tasks().plan_id.isin(built.plan_ids)].reset_index(drop=True))


def test_named_tasks_have_their_stated_leads(b):
    t = b.tasks().set_index(["plan_id", "title"])
    # 渝水: 持续抓好城区黑臭水体治理（责任单位：城管渝水分局、…）, the first listed leads: 城管, not 生态环境
    leads = t.loc[(plan_id_for(YUSHUI), "持续抓好城区黑臭水体治理"), "leads"]
    assert leads == ["渝水区城市管理分局"]
    # 昌江 2018: 加强生活污水治理 is led by the housing and construction bureau
    assert t.loc[(plan_id_for(CHANGJIANG), "加强生活污水治理"), "leads"] == ["昌江区住房和城乡建设局"]
    plans = b.plans().set_index("plan_id")
    assert plans.loc[plan_id_for(JINGDEZHEN), "jurisdiction"] == "景德镇市"
    assert int(plans["tasks"].sum()) == len(b.tasks())
    assert int(plans["assignments"].sum()) == len(b.assignments())


def test_find_plan(b):
    assert b.find_plan("景德镇市") == plan_id_for(JINGDEZHEN)
    assert b.find_plan("昌江区") == plan_id_for(CHANGJIANG)
    assert b.find_plan(plan_id_for(YUSHUI)) == plan_id_for(YUSHUI)
    with pytest.raises(ValueError, match="several plans"):
        b.find_plan("20")  # every plan id holds a year
    with pytest.raises(ValueError, match="no plan matches"):
        b.find_plan("北京市")


# ----------------------------------------------------------------------------- provenance


def test_provenance_is_the_clause_of_the_cleaned_text(b):
    a = b.assignments()
    texts = {f: read_document(ROOT / f).text for f in a["file"].unique()}
    checked = 0
    for row in a.itertuples():
        p = b.provenance(row)
        assert (p.file, p.task_id, p.role) == (row.file, row.task_id, row.role)
        if p.clause_span is None:
            continue
        s, e = p.clause_span
        assert texts[row.file][s:e] == p.clause == row.clause
        assert s <= p.start < p.end <= e  # the mention sits inside its clause
        checked += 1
    assert checked >= 0.9 * len(a)  # 609 of 642 on the seeds; the rest have no locatable clause


def test_provenance_rereads_the_file_and_names_the_clause(b):
    a = b.assignments()
    row = a[(a.task_title == "持续抓好城区黑臭水体治理") & (a.role == "lead")].iloc[0]
    p = b.provenance(row)
    assert p.agency == "渝水区城市管理分局" and p.path is not None and p.path.exists()
    assert p.source_text() == p.clause
    # 列第一位的为牵头单位: the first agency listed after 责任单位 is the lead
    assert p.basis == "first_listed" and p.mention == "城管渝水分局"
    assert p.clause.startswith("（责任单位：城管渝水分局、")
    assert p.source_text(context=10).endswith(p.clause + read_document(p.path).text[p.clause_end:p.clause_end + 10])
    assert p.file in str(p) and p.clause in str(p)
    shown = p._repr_html_()
    assert f"<mark>{html.escape(p.mention)}</mark>" in shown


def test_provenance_of_an_edge_equals_that_of_its_row(b):
    u, v, k, d = next((u, v, k, d) for u, v, k, d in b.graph.edges(keys=True, data=True) if k == "SUPPORTS")
    by_edge, by_edge4 = b.provenance((u, v, k)), b.provenance((u, v, k, d))
    a = b.assignments()
    row = a[(a.task_id == b.graph.nodes[v]["task_id"]) & (a.agency_id == b.graph.nodes[u]["agency_id"])
            & (a.role == "support")].iloc[0]
    assert by_edge == by_edge4 == b.provenance(row) == b.provenance(row.to_dict())


def test_provenance_rejects_what_is_not_an_assignment(b):
    with pytest.raises(ValueError, match="not an assignment row"):
        b.provenance(b.tasks().iloc[0])
    with pytest.raises(ValueError, match="no LEADS/SUPPORTS edge"):
        b.provenance(("agency:nowhere", "task:nothing", "LEADS"))


# ----------------------------------------------------------------------------- analyses


def test_workload_is_consistent_with_the_assignments(b):
    a = b.assignments()
    a = a[a.basis != "suggested"]
    w = b.workload()
    per_plan = w[w.plan_id != "*"]
    assert len(per_plan) > 0
    for pid, rows in per_plan.groupby("plan_id"):
        pa = a[a.plan_id == pid]
        led = pa[pa.role == "lead"].groupby("agency").task_id.nunique()
        named = pa.groupby("agency").task_id.nunique()
        for r in rows.itertuples():
            assert r.tasks_led == led.get(r.name, 0)
            assert r.tasks_led + r.tasks_supported == named[r.name]  # a lead that also supports counts once
            assert r.weighted_load == pytest.approx(r.tasks_led + 0.5 * r.tasks_supported)
        # rank 1 is the heaviest load of the plan, and ranks follow the loads
        top = rows.sort_values("rank").iloc[0]
        assert top.weighted_load == rows.weighted_load.max()
        assert rows.sort_values("rank").weighted_load.is_monotonic_decreasing
    # the plan that states no responsibilities (宜春 五年规划) gives no rows
    assert set(per_plan.plan_id) == set(a.plan_id)


def test_top_lead_agency_of_each_plan(b):
    a = b.assignments()
    leads = a[(a.role == "lead") & (a.basis != "suggested")]
    for pid, pa in leads.groupby("plan_id"):
        counts = pa.groupby("agency").task_id.nunique()
        w = b.workload(pid)
        assert w.tasks_led.max() == counts.max()
        assert set(w[w.tasks_led == w.tasks_led.max()].name) == set(counts[counts == counts.max()].index)
    xx = b.workload(b.find_plan("XX投资区")).sort_values("tasks_led", ascending=False).iloc[0]
    assert xx["name"] == "XX投资区农林水与生态环境局" and xx.tasks_led == 26


def test_overload_flags_with_reasons(b):
    o = b.overload()
    assert len(o) > 0 and o.flagged.all()
    assert all(r.reason for r in o.itertuples())
    assert (o.name == "XX投资区农林水与生态环境局").any()


@pytest.mark.parametrize("method, args", [
    ("workload", ["workload"]),
    ("overload", ["workload", "--overload"]),
    ("network", ["network"]),
    ("breadth_depth", ["network", "--breadth-depth"]),
    ("pairs", ["network", "--pairs"]),
    ("overlap", ["overlap", "--pairs"]),
    ("disagreements", ["overlap", "--disagreements"]),
    ("plan_overlap", ["overlap", "--plans"]),
    ("coverage", ["overlap", "--coverage"]),
    ("concentration", ["workload", "--report", "concentration"]),
    ("tasks_without_lead", ["workload", "--report", "no-lead"]),
    ("tasks", ["tasks"]),
])
def test_api_method_gives_the_rows_of_its_command(b, seed_build, method, args):
    df = getattr(b, method)()
    if method == "overlap":  # the API keeps the graph node ids of the pair; the command leaves them out
        assert {"node_a", "node_b"} <= set(df.columns)
        df = df.drop(columns=["node_a", "node_b"])
    api_rows = records(df)
    cli_rows = cli_json(args[0], str(seed_build), *args[1:])
    if method == "network":  # the command sorts by its --metric (betweenness by default)
        key = lambda r: r["key"]  # noqa: E731
        api_rows, cli_rows = sorted(api_rows, key=key), sorted(cli_rows, key=key)
    assert api_rows == cli_rows
    assert len(api_rows) > 0


def test_api_plan_filter_gives_the_rows_of_the_command(b, seed_build):
    pid = plan_id_for(YUSHUI)
    assert records(b.workload(pid)) == cli_json("workload", str(seed_build), "--plan", pid)
    assert records(b.breadth_depth(pid)) == cli_json("network", str(seed_build), "--breadth-depth", "--plan", pid)


def test_vertical_matches_the_command(b, seed_build):
    upper, lower = b.find_plan("景德镇市"), b.find_plan("昌江区")
    res = CliRunner().invoke(app, ["overlap", str(seed_build), "--vertical", upper, lower, "--format", "json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert records(b.vertical("景德镇市", "昌江区")) == out["matches"]
    assert records(b.vertical_functions(upper, lower)) == out["functions"]
    sewage = b.vertical(upper, lower).set_index("lower_title").loc["加强生活污水治理"]
    assert sewage.same_function and "住房和城乡建设" in sewage.lower_functions


def test_suggest_matches_the_command(b, seed_build):
    pid = b.find_plan("宜春")  # the plan written as paragraphs: nothing stated, everything suggested
    df = b.suggest(pid)
    assert set(df.plan_id) == {pid}
    assert df.task_id.nunique() == len(b.tasks().query("plan_id == @pid"))  # every task gets suggestions
    flat = df.copy()
    flat["evidence"] = flat["evidence"].apply(lambda e: json.dumps(e, ensure_ascii=False))
    assert records(flat) == cli_json("suggest", str(seed_build), "--plan", pid, "--limit", "0")


# ----------------------------------------------------------------------------- views and charts


def test_view_displays_inline_as_a_self_contained_iframe(b, seed_build, tmp_path):
    v = b.view("agency", agency="渝水区生态环境局")
    assert v.nodes > 1 and v.edges > 0 and "渝水区生态环境局" in v.title
    shown = v._repr_html_()
    m = re.fullmatch(r'<iframe srcdoc="([^"]*)" [^>]*></iframe>', shown, flags=re.S)
    assert m, shown[:200]
    assert html.unescape(m.group(1)) == v.html  # the whole page, attribute-escaped
    # offline: no script or stylesheet is fetched from anywhere
    assert not re.search(r"<script[^>]+src=|<link[^>]+href=", v.html)
    # the same page as `respgraph viz`
    res = CliRunner().invoke(app, ["viz", str(seed_build), "--view", "agency", "--agency", "渝水区生态环境局",
                                   "--out", str(tmp_path / "ego.html")])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "ego.html").read_text(encoding="utf-8") == v.html
    assert v.save(tmp_path / "saved.html").read_text(encoding="utf-8") == v.html


def test_view_rejects_an_unknown_agency(b):
    from respgraph.viz import ViewError

    with pytest.raises(ViewError, match="no agency named"):
        b.view("agency", agency="火星生态环境局")


@pytest.mark.browser
def test_inline_view_draws_in_chromium_offline(b, tmp_path):
    from _browser import chromium_or_skip

    chromium = chromium_or_skip()
    try:
        page_path = tmp_path / "notebook-cell.html"
        page_path.write_text("<!doctype html><meta charset=utf-8><body>"
                             + b.view("agency", agency="渝水区生态环境局")._repr_html_() + "</body>", encoding="utf-8")
        page = chromium.open(page_path, wait_stable=False)
        frame = next(f for f in page.frames if f != page.main_frame)
        frame.wait_for_function("() => window.__stabilized === true", timeout=30000)
        assert frame.evaluate("() => document.querySelectorAll('canvas').length") >= 1
        assert page.blocked == [] and page.errors == []
    finally:
        chromium.close()


def test_charts_are_figures(b):
    fig = b.chart("workload")
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    top = b.workload().query("plan_id == '*'").sort_values(["weighted_load", "tasks_led"], ascending=False).iloc[0]
    assert labels[-1] == top["name"]  # the heaviest bar is drawn at the top
    with pytest.raises(ValueError, match="unknown chart"):
        b.chart("pie")


# ----------------------------------------------------------------------------- Neo4j


def test_connect_neo4j_unreachable_is_one_clear_error():
    from respgraph.neo4j.connect import Neo4jConnectionError

    env = {"NEO4J_URI": "bolt://127.0.0.1:9", "NEO4J_PASSWORD": "pw-never-shown"}
    with pytest.raises(Neo4jConnectionError) as err:
        respgraph.connect_neo4j(env=env, connection_timeout=2)
    assert "127.0.0.1:9" in str(err.value) and "pw-never-shown" not in str(err.value)


def test_cypher_library_lists_the_queries():
    lib = respgraph.cypher_library()
    assert "agency_workload" in set(lib.name)
    assert all(lib.description.str.len() > 0)


@pytest.mark.neo4j
def test_to_neo4j_and_cypher_agree_with_the_api(b, falkordb):
    env = {"NEO4J_URI": falkordb.uri, "NEO4J_PASSWORD": ""}
    with respgraph.connect_neo4j(env=env, connection_timeout=3) as driver:
        driver.execute_query("MATCH (n) DETACH DELETE n")
        report = b.to_neo4j(driver)
        assert report.ok and report.assignments == len(b.assignments())
        rows = respgraph.cypher(driver, "agency_workload", plan=plan_id_for(YUSHUI))
    assert len(rows) > 0
    w = b.workload(plan_id_for(YUSHUI))
    top = w.sort_values("rank").iloc[0]
    name_col = next(c for c in rows.columns if c in ("agency", "name"))
    led_col = next(c for c in rows.columns if "led" in c)
    got = rows.set_index(name_col)[led_col]
    assert int(got[top["name"]]) == int(top.tasks_led)





def test_vertical_pairs_follow_the_jurisdiction_hierarchy(b):
    vp = b.vertical_pairs()
    # 昌江区 is part of 景德镇市; 渝水区's city (新余市) and the investment zone's have no plan here
    assert vp[["upper", "lower", "steps"]].values.tolist() == [[plan_id_for(JINGDEZHEN), plan_id_for(CHANGJIANG), 1]]
    assert (vp.upper_jurisdiction.iloc[0], vp.lower_jurisdiction.iloc[0]) == ("景德镇市", "昌江区")
