"""A body a reform renamed counted with the body that took its work over, everywhere it is asked
(``respgraph.analysis.renamed.fold_renamed_bodies``; ``--fold-renamed``, ``fold_renamed=True``).

The build: 株洲's 2017 air plan names 市环保局 (the 环境保护局, before the 2018 reform) and its
2020 plan 市生态环境局; the build links the first to the second (``successor``). Each analysis,
export and view keeps them apart as the plans name them, and folds them into one body when asked,
naming the old one beside it. Near misses: bodies never renamed (市公安局, 市交通运输局) count the same
either way.
"""

from __future__ import annotations

import json

import networkx as nx
import pytest
from typer.testing import CliRunner

import respgraph
from respgraph.analysis.renamed import fold_renamed_bodies, renamed_by_plan
from respgraph.cli import app

ZZ2017 = """株洲市2017年大气污染防治工作方案
一、重点任务
    （一）强化工业源治理。开展重点行业挥发性有机物综合治理，2017年底前完成10家企业治理。牵头单位：市环保局；配合单位：市工信局、市公安局。
    （二）加强机动车排气污染防治。严格执行黄标车限行规定，开展路检路查。牵头单位：市公安局；配合单位：市环保局、市交通运输局。
    （三）推进扬尘污染治理。落实施工工地六个百分之百要求。牵头单位：市住建局；配合单位：市城管局。
"""
ZZ2020 = """株洲市2020年大气污染防治工作方案
一、重点任务
    （一）强化工业源治理。开展重点行业挥发性有机物综合治理，2020年底前完成12家企业治理。牵头单位：市生态环境局；配合单位：市工信局、市公安局。
    （二）加强柴油货车污染治理。开展路检路查和入户检查。牵头单位：市公安局；配合单位：市生态环境局、市交通运输局。
    （三）推进秸秆禁烧。牵头单位：市农业农村局；配合单位：市生态环境局。
"""
OLD, NEW = "株洲市/环境保护局", "株洲市/生态环境局"


@pytest.fixture(scope="module")
def plans(tmp_path_factory):
    d = tmp_path_factory.mktemp("plans")
    (d / "zz2017.txt").write_text(ZZ2017, encoding="utf-8")
    (d / "zz2020.txt").write_text(ZZ2020, encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def out(plans, tmp_path_factory):
    out = tmp_path_factory.mktemp("build") / "out"
    result = CliRunner().invoke(app, ["build", str(plans), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def b(out):
    return respgraph.load(out)


def _json(*args):
    result = CliRunner().invoke(app, [*map(str, args), "-f", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# --------------------------------------------------------------------------- the one function


def test_the_build_links_the_old_body_to_its_successor(b):
    assert b.graph.nodes[f"agency:{OLD}"]["successor"] == NEW


def test_fold_moves_every_assignment_with_its_provenance_and_leaves_the_build_alone(b):
    g = b.graph
    f = fold_renamed_bodies(g)
    assert f"agency:{OLD}" not in f and f"agency:{OLD}" in g  # the build's own graph is not changed
    eco = f.nodes[f"agency:{NEW}"]
    assert (eco["renamed"], eco["renamed_ids"]) == (["株洲市环境保护局"], [OLD])
    assert {"市环保局", "市生态环境局"} <= set(eco["aliases"]) and eco["plans"] == ["zz2017", "zz2020"]
    e = f.edges[f"agency:{NEW}", "task:zz2017:001", "LEADS"]
    before = g.edges[f"agency:{OLD}", "task:zz2017:001", "LEADS"]
    assert (e["mention"], e["clause"], e["start"], e["folded_from"], e["agency_id"]) == (
        "市环保局", before["clause"], before["start"], OLD, NEW)
    assert renamed_by_plan(f) == {f"agency:{NEW}": {"zz2017": {OLD}}}
    assert fold_renamed_bodies(f) is f  # nothing left to fold: the same graph, not a copy


def test_a_chain_of_renames_and_a_task_named_to_both_fold_once():
    """环境保护局 -> 环境保护和生态局 -> 生态环境局 (a chain) all fold into the last; a task naming the
    first and the last as leads has one lead edge, counting both mentions; a division whose
    parent was folded names the successor. Near miss: a body whose successor is not in the graph
    stays as it is."""
    g = nx.MultiDiGraph()
    g.add_node("task:p:001", type="Task", task_id="p:001", plan_id="p")
    for aid, succ in (("甲市/环境保护局", "甲市/环境保护和生态局"), ("甲市/环境保护和生态局", "甲市/生态环境局"),
                      ("甲市/生态环境局", None), ("甲市/林业局", "甲市/林业和草原局")):
        g.add_node(f"agency:{aid}", type="Agency", agency_id=aid, name=aid.replace("/", ""),
                   **({"successor": succ} if succ else {}))
    g.add_node("agency:甲市/环境保护局/大气科", type="Agency", agency_id="甲市/环境保护局/大气科", parent="甲市/环境保护局")
    for aid in ("甲市/环境保护局", "甲市/生态环境局"):
        g.add_edge(f"agency:{aid}", "task:p:001", key="LEADS", type="LEADS", basis="explicit", occurrences=1, plan_id="p")
    f = fold_renamed_bodies(g)
    assert sorted(n for n, d in f.nodes(data=True) if d.get("type") == "Agency") == [
        "agency:甲市/林业局", "agency:甲市/环境保护局/大气科", "agency:甲市/生态环境局"]
    assert f.nodes["agency:甲市/生态环境局"]["renamed_ids"] == ["甲市/环境保护和生态局", "甲市/环境保护局"]
    assert f.edges["agency:甲市/生态环境局", "task:p:001", "LEADS"]["occurrences"] == 2
    assert "folded_from" not in f.edges["agency:甲市/生态环境局", "task:p:001", "LEADS"]  # the successor's own edge stays
    assert f.nodes["agency:甲市/环境保护局/大气科"]["parent"] == "甲市/生态环境局"
    # the graph given is as it was: the fold changed its own copies of what it changed
    assert g.edges["agency:甲市/生态环境局", "task:p:001", "LEADS"]["occurrences"] == 1
    assert "renamed_ids" not in g.nodes["agency:甲市/生态环境局"] and g.has_edge("agency:甲市/环境保护局", "task:p:001")
    assert g.nodes["agency:甲市/环境保护局/大气科"]["parent"] == "甲市/环境保护局"
    f.add_edge("agency:甲市/林业局", "task:p:001", key="SUPPORTS")  # its adjacency is its own
    assert not g.has_edge("agency:甲市/林业局", "task:p:001")


def test_the_folded_graph_shares_what_the_fold_leaves_and_a_copy_of_it_shares_nothing():
    """The fold copies the structure and the few attribute dicts it changes (the successor's node,
    an edge it merges into, an agency whose parent it renames); every other node and edge keeps the
    given graph's own dict, as a networkx view does (a whole copy cost 1.4 s on 300 plans). A caller
    that changes attributes does so on ``copy()``. Near miss: the merged edge is not shared."""
    g = nx.MultiDiGraph()
    g.add_node("task:p:001", type="Task", task_id="p:001", plan_id="p")
    g.add_node("agency:甲市/环境保护局", type="Agency", agency_id="甲市/环境保护局", successor="甲市/生态环境局")
    g.add_node("agency:甲市/生态环境局", type="Agency", agency_id="甲市/生态环境局")
    g.add_node("agency:甲市/财政局", type="Agency", agency_id="甲市/财政局")
    for aid in ("甲市/环境保护局", "甲市/生态环境局"):
        g.add_edge(f"agency:{aid}", "task:p:001", key="LEADS", type="LEADS", occurrences=1)
    g.add_edge("agency:甲市/财政局", "task:p:001", key="SUPPORTS", type="SUPPORTS", occurrences=1)
    f = fold_renamed_bodies(g)
    assert f.nodes["agency:甲市/财政局"] is g.nodes["agency:甲市/财政局"]  # left as it was: shared
    assert f.edges["agency:甲市/财政局", "task:p:001", "SUPPORTS"] is g.edges["agency:甲市/财政局", "task:p:001", "SUPPORTS"]
    assert f.nodes["agency:甲市/生态环境局"] is not g.nodes["agency:甲市/生态环境局"]  # changed: its own
    assert f.edges["agency:甲市/生态环境局", "task:p:001", "LEADS"] is not g.edges["agency:甲市/生态环境局", "task:p:001", "LEADS"]
    mine = f.copy()
    mine.nodes["agency:甲市/财政局"]["name"] = "甲市财政局"
    mine.edges["agency:甲市/财政局", "task:p:001", "SUPPORTS"]["occurrences"] = 5
    assert "name" not in g.nodes["agency:甲市/财政局"]
    assert g.edges["agency:甲市/财政局", "task:p:001", "SUPPORTS"]["occurrences"] == 1


# --------------------------------------------------------------------------- workload


def test_workload_counts_the_old_names_tasks_on_the_successor_only_when_folded(out):
    apart = {(r["plan_id"], r["agency_id"]): r for r in _json("workload", out)}
    assert (apart["*", NEW]["tasks_led"], apart["*", NEW]["tasks_supported"]) == (1, 2)
    assert (apart["*", OLD]["tasks_led"], apart["*", OLD]["tasks_supported"]) == (1, 1)
    folded = {(r["plan_id"], r["agency_id"]): r for r in _json("workload", out, "--fold-renamed")}
    assert not any(aid == OLD for _, aid in folded)
    eco = folded["*", NEW]
    assert (eco["tasks_led"], eco["tasks_supported"], eco["renamed"], eco["renamed_ids"]) == (2, 3, ["株洲市环境保护局"], [OLD])
    # per plan: the 2017 row carries the old body's tasks and names it, the 2020 row is the body's own
    assert (folded["zz2017", NEW]["tasks"], folded["zz2017", NEW]["renamed"]) == (2, ["株洲市环境保护局"])
    assert (folded["zz2020", NEW]["tasks"], folded["zz2020", NEW]["renamed"]) == (3, [])
    police = folded["*", "株洲市/公安局"]  # never renamed: as before
    assert (police["tasks_led"], police["tasks_supported"], police["renamed"]) == (2, 2, [])
    table = CliRunner().invoke(app, ["workload", str(out), "--fold-renamed", "--plan", "zz2017"], env={"COLUMNS": "250"})
    assert table.exit_code == 0 and "counted with (renamed)" in table.stdout and "株洲市环境保护局" in table.stdout


def test_workload_sub_reports_read_the_folded_graph(out):
    """--report deadlines with --fold-renamed: the 2017 task the 环保局 leads is due in the
    生态环境局's 2017; as built, in the 环境保护局's."""
    def due(*opts):
        return sorted((r["agency_id"], r["year"], r["led_due"]) for r in _json("workload", out, "--report", "deadlines", *opts)
                      if r["agency_id"] in (OLD, NEW))

    assert due() == [(OLD, 2017, 1), (NEW, 2020, 1)]
    assert due("--fold-renamed") == [(NEW, 2017, 1), (NEW, 2020, 1)]


# --------------------------------------------------------------------------- tasks


def test_tasks_of_the_old_name_are_the_successors_when_folded(out):
    """``tasks --agency 市环保局``: the 2017 plan's two tasks; folded, 市环保局 finds the 生态环境局 and
    its five tasks, the two named 市环保局 marked ``renamed``. ``--agency 市生态环境局`` alone: three."""
    assert [r["task_id"] for r in _json("tasks", out, "--agency", "市环保局")] == ["zz2017:001", "zz2017:002"]
    assert len(_json("tasks", out, "--agency", "市生态环境局")) == 3
    rows = _json("tasks", out, "--agency", "市环保局", "--fold-renamed")
    assert [(r["task_id"], r["agency_id"], r["mention"], r["renamed"]) for r in rows] == [
        ("zz2017:001", NEW, "市环保局", "株洲市环境保护局"), ("zz2017:002", NEW, "市环保局", "株洲市环境保护局"),
        ("zz2020:001", NEW, "市生态环境局", ""), ("zz2020:002", NEW, "市生态环境局", ""), ("zz2020:003", NEW, "市生态环境局", "")]
    leads = {r["task_id"]: r["leads"] for r in _json("tasks", out, "--plan", "zz2017", "--fold-renamed")}
    assert leads["zz2017:001"] == ["株洲市生态环境局"] and leads["zz2017:002"] == ["株洲市公安局"]
    assert {r["task_id"]: r["leads"] for r in _json("tasks", out, "--plan", "zz2017")}["zz2017:001"] == ["株洲市环境保护局"]


# --------------------------------------------------------------------------- network


def test_a_pair_with_the_old_and_the_new_name_is_one_pair_when_folded(out):
    """公安局–环境保护局 (2017, 2 tasks) and 公安局–生态环境局 (2020, 2 tasks) are one pair of 4 tasks
    over both plans, naming the folded body; 公安局–交通运输局 stays a pair of 2."""
    def pairs(*opts):
        return {(r["name_a"], r["name_b"]): r for r in _json("network", out, "--pairs", *opts)}

    apart = pairs()
    assert apart["株洲市公安局", "株洲市环境保护局"]["shared_tasks"] == 2
    assert apart["株洲市公安局", "株洲市生态环境局"]["shared_tasks"] == 2
    folded = pairs("--fold-renamed")
    assert ("株洲市公安局", "株洲市环境保护局") not in folded
    one = folded["株洲市公安局", "株洲市生态环境局"]
    assert (one["shared_tasks"], one["plans"], one["renamed_a"], one["renamed_b"]) == (
        4, ["zz2017", "zz2020"], [], ["株洲市环境保护局"])
    assert folded["株洲市交通运输局", "株洲市公安局"]["shared_tasks"] == apart["株洲市交通运输局", "株洲市公安局"]["shared_tasks"] == 2


def test_breadth_depth_and_metrics_fold_too(out):
    bd = {(r["plan_id"], r["agency_id"]): r for r in _json("network", out, "--breadth-depth", "--fold-renamed")}
    assert (bd["zz2017", NEW]["depth"], bd["zz2017", NEW]["renamed"]) == (2, ["株洲市环境保护局"])
    assert not any(aid == OLD for _, aid in bd)
    assert ("zz2017", OLD) in {(r["plan_id"], r["agency_id"]) for r in _json("network", out, "--breadth-depth")}
    nodes = {r["agency_id"]: r for r in _json("network", out, "--fold-renamed")}
    assert (nodes[NEW]["tasks"], nodes[NEW]["renamed"]) == (5, ["株洲市环境保护局"]) and OLD not in nodes


# --------------------------------------------------------------------------- overlap


def test_overlap_same_lead_when_the_one_body_is_named_old_and_new(out):
    """The 2017 and 2020 强化工业源治理 tasks: led by the 环境保护局 and the 生态环境局, two bodies as
    built (same_lead False), one folded; the pair itself is the same either way."""
    def pair(*opts):
        return {(r["task_a"], r["task_b"]): r for r in _json("overlap", out, *opts)}["zz2017:001", "zz2020:001"]

    assert (pair()["same_lead"], pair()["leads_a"]) == (False, ["株洲市环境保护局"])
    folded = pair("--fold-renamed")
    assert (folded["same_lead"], folded["leads_a"], folded["lead_mentions_a"]) == (True, ["株洲市生态环境局"], ["市环保局"])
    assert pair("--fold-renamed")["score"] == pair()["score"]
    bad = CliRunner().invoke(app, ["overlap", str(out), "--plans", "--fold-renamed"])
    assert bad.exit_code == 2 and "--fold-renamed goes with --pairs or --disagreements" in bad.output


# --------------------------------------------------------------------------- export


def test_network_export_folds_from_the_command_line_and_from_python(out, b, tmp_path):
    """``export --network --fold-renamed`` (Gephi): one node for the 生态环境局, naming the old body;
    ``export.network_graph(G, fold_renamed=True)`` from Python (was a TypeError in the pairs)."""
    from respgraph.export import network_graph

    csv_dir = tmp_path / "net"
    result = CliRunner().invoke(app, ["export", str(out), "--format", "csv", "--network", "--fold-renamed", "-o", str(csv_dir)])
    assert result.exit_code == 0, result.output
    import pandas as pd

    nodes = pd.read_csv(csv_dir / "nodes.csv").set_index("agency_id")
    assert OLD not in nodes.index and nodes.loc[NEW, "renamed"] == "株洲市环境保护局"
    edges = pd.read_csv(csv_dir / "edges.csv")
    police = edges[(edges.name_a == "株洲市公安局") & (edges.name_b == "株洲市生态环境局")]
    assert (police["weight"].tolist(), police["renamed_b"].tolist()) == ([4], ["株洲市环境保护局"])
    H = network_graph(b.graph, fold_renamed=True)
    assert f"agency:{OLD}" not in H and H.nodes[f"agency:{NEW}"]["renamed_ids"] == OLD
    assert f"agency:{OLD}" in network_graph(b.graph)
    gexf = tmp_path / "n.gexf"
    b.export("gexf", gexf, network=True, fold_renamed=True)
    assert "株洲市环境保护局" in gexf.read_text(encoding="utf-8") and "agency:株洲市/环境保护局" not in gexf.read_text(encoding="utf-8")
    # the whole graph and the workbook fold too (was: "--fold-renamed goes with --network")
    whole = tmp_path / "g.gexf"
    folded = CliRunner().invoke(app, ["export", str(out), "--format", "gexf", "--fold-renamed", "-o", str(whole)])
    assert folded.exit_code == 0, folded.output
    assert "agency:株洲市/环境保护局" not in whole.read_text(encoding="utf-8")
    # the line names the counts of the graph written (one body fewer than the build's)
    written = nx.read_gexf(whole)
    assert f"{written.number_of_nodes()} nodes" in folded.stdout
    assert written.number_of_nodes() == b.graph.number_of_nodes() - 1
    b.export("gexf", whole, fold_renamed=True)
    assert "agency:株洲市/环境保护局" not in whole.read_text(encoding="utf-8")
    b.export("gexf", whole)  # near miss: unfolded, the old body is its own node
    assert "agency:株洲市/环境保护局" in whole.read_text(encoding="utf-8")
    book = tmp_path / "b.xlsx"
    assert CliRunner().invoke(app, ["export", str(out), "--format", "xlsx", "--fold-renamed", "-o", str(book)]).exit_code == 0
    assert OLD not in set(pd.read_excel(book, sheet_name="agencies")["agency_id"])


# --------------------------------------------------------------------------- the API


def test_the_api_folds_each_analysis_with_fold_renamed(b):
    wl = b.workload(fold_renamed=True).query("plan_id == '*'").set_index("agency_id")
    assert (wl.loc[NEW, "tasks_led"], wl.loc[NEW, "renamed"]) == (2, ["株洲市环境保护局"]) and OLD not in wl.index
    assert OLD in set(b.workload().agency_id) and "renamed" not in b.workload()
    pairs = b.pairs(fold_renamed=True).set_index(["name_a", "name_b"])
    assert pairs.loc[("株洲市公安局", "株洲市生态环境局"), "shared_tasks"] == 4
    assert len(b.tasks(agency="市环保局", fold_renamed=True)) == 5 and len(b.tasks(agency="市环保局")) == 2
    assert b.network(fold_renamed=True).set_index("agency_id").loc[NEW, "renamed"] == ["株洲市环境保护局"]
    assert OLD not in set(b.breadth_depth(fold_renamed=True).agency_id)
    assert OLD not in set(b.overload(fold_renamed=True, all_rows=True).agency_id)
    assert OLD not in set(b.deadlines(fold_renamed=True).agency_id)
    ov = b.overlap(fold_renamed=True).set_index(["task_a", "task_b"])
    assert bool(ov.loc[("zz2017:001", "zz2020:001"), "same_lead"]) is True
    assert f"agency:{OLD}" in b.coordination_graph() and f"agency:{OLD}" not in b.coordination_graph(fold_renamed=True)


# --------------------------------------------------------------------------- report and views


@pytest.fixture(scope="module")
def packs(out, tmp_path_factory):
    """The meeting pack of the build, as built and folded (as of a given day: the same every run)."""
    base = tmp_path_factory.mktemp("packs")
    runner = CliRunner()
    for name, opts in (("apart", []), ("folded", ["--fold-renamed"])):
        result = runner.invoke(app, ["report", str(out), "--out", str(base / name), "--today", "2021-01-01", *opts])
        assert result.exit_code == 0, result.output
    return base


def test_the_folded_report_names_the_old_body_beside_its_successor(packs):
    folded = (packs / "folded" / "report.html").read_text(encoding="utf-8")
    apart = (packs / "apart" / "report.html").read_text(encoding="utf-8")
    assert "含更名前单位 Renamed, counted here" in folded and "含更名前单位" not in apart
    assert "株洲市环境保护局 (ecology and environment)" in folded
    assert "<td>株洲市环境保护局</td>" in apart and "<td>株洲市环境保护局</td>" not in folded  # its own row, as built
    net = (packs / "folded" / "views" / "network.html").read_text(encoding="utf-8")
    assert "agency:株洲市/环境保护局" not in net and "agency:株洲市/环境保护局" in (packs / "apart" / "views" / "network.html").read_text(encoding="utf-8")


@pytest.mark.browser
def test_report_and_network_view_show_the_folded_bodys_old_name_in_chromium(packs, chromium):
    """In a browser: the folded pack's top-leads table and agenda name 株洲市环境保护局 beside the
    生态环境局, and its network view's tooltip for the 生态环境局 does; the find box takes the old
    name as written (市环保局) to the 生态环境局's node."""
    page = chromium.open(packs / "folded" / "report.html", wait_stable=False, height=1000)
    page.wait_for_load_state("load")
    top = page.inner_text("#top-leads")
    assert "含更名前单位 Renamed, counted here" in top and "株洲市环境保护局 (ecology and environment)" in top
    assert "含更名前的 株洲市环境保护局" in page.inner_text("#agenda")
    assert page.blocked == [] and page.errors == []
    view = chromium.open(packs / "folded" / "views" / "network.html")
    tip = view.evaluate("() => nodes.get('agency:株洲市/生态环境局').title.textContent")
    assert "含更名前单位 Renamed, counted here" in tip and "株洲市环境保护局" in tip
    view.fill("#find", "市环保局")
    view.press("#find", "Enter")
    assert view.evaluate("() => network.getSelectedNodes()") == ["agency:株洲市/生态环境局"]
    apart = chromium.open(packs / "apart" / "views" / "network.html")
    assert "含更名前单位" not in apart.evaluate("() => nodes.get('agency:株洲市/生态环境局').title.textContent")
    assert view.blocked == [] and view.errors == []


def test_a_view_folds_from_python_and_from_viz(b, out, tmp_path):
    v = b.view("network", fold_renamed=True)
    assert "株洲市环境保护局" in v.html and "agency:株洲市/环境保护局" not in v.html
    result = CliRunner().invoke(app, ["viz", str(out), "--view", "agency", "--agency", "市环保局", "--fold-renamed",
                                      "--out", str(tmp_path / "ego.html")])
    assert result.exit_code == 0, result.output
    assert "zz2020:003" in (tmp_path / "ego.html").read_text(encoding="utf-8")  # the successor's own tasks too


def test_the_agency_profile_of_an_old_name_folded_is_its_successors(out, b):
    """``agency 市环保局 --fold-renamed``: the 生态环境局's profile, its five tasks, the old body
    among its predecessors; as built, the 环境保护局's own two tasks. ``b.agency(…, fold_renamed=True)``
    alike."""
    apart = _json("agency", out, "市环保局")
    assert (apart["agency_id"], len(apart["tasks"])) == (OLD, 2)
    folded = _json("agency", out, "市环保局", "--fold-renamed")
    assert (folded["agency_id"], len(folded["tasks"]), folded["predecessors"], folded["folded"]) == (NEW, 5, [OLD], [OLD])
    summary = CliRunner().invoke(app, ["agency", str(out), "市环保局", "--fold-renamed"]).stdout
    assert "took over the work of: 株洲市环境保护局 (counted with it here: --fold-renamed)" in summary
    assert "(their tasks are counted under them)" in CliRunner().invoke(app, ["agency", str(out), "市生态环境局"]).stdout
    p = b.agency("市环保局", fold_renamed=True)
    assert (p.agency_id, len(p.tasks), sorted(p.partners["name"])[:1]) == (NEW, 5, ["株洲市交通运输局"])
