"""Graph views: which subgraph each view shows, aggregation, escaping, offline pages, and the
pages as drawn by headless Chromium (``-m browser``)."""

from __future__ import annotations

import json
import re

import pytest

from _browser import EVIL_CLAUSE, EVIL_TITLE, sample_graph
from respgraph.viz import ViewError, select_view, view_html, write_view
from respgraph.viz.render import CSP, script_json


@pytest.fixture(scope="module")
def g():
    return sample_graph()


def _names(view, node_type):
    return sorted(d.get("name") or d.get("title") for _, d in view.graph.nodes(data=True) if d.get("type") == node_type)


# --------------------------------------------------------------------------- selection


def test_plan_view_holds_the_plan_its_campaigns_tasks_and_their_agencies(g):
    v = select_view(g, "plan", plan="p1")
    types = [d["type"] for _, d in v.graph.nodes(data=True)]
    assert types.count("Plan") == 1 and types.count("Campaign") == 2 and types.count("Task") == 5
    assert _names(v, "Agency") == ["渝水区交通运输局", "渝水区发展和改革委员会", "渝水区工业和信息化局", "渝水区水利局", "渝水区生态环境局"]
    assert "agency:景德镇市/生态环境局" not in v.graph  # only in plan p2
    assert v.graph.number_of_nodes() == 13
    # 13 responsibility edges + 2 HAS_CAMPAIGN + 5 HAS_TASK
    assert v.graph.number_of_edges() == 20


def test_agency_view_is_the_ego_network_of_its_tasks(g):
    v = select_view(g, "agency", agency="交通运输局")
    assert _names(v, "Task") == ["加快构建绿色交通运输体系"]
    # the co-lead and the (suggested) supporter of that task, plus the campaign and plan it comes from
    assert _names(v, "Agency") == ["渝水区交通运输局", "渝水区发展和改革委员会", "渝水区生态环境局"]
    assert _names(v, "Campaign") == ["蓝天保卫战"] and _names(v, "Plan") == ["渝水区深入打好污染防治攻坚战实施方案"]


def test_role_and_function_filters(g):
    leads = select_view(g, "plan", plan="p1", role="lead")
    assert {d["type"] for *_, d in leads.graph.edges(keys=True, data=True)} == {"LEADS", "HAS_TASK", "HAS_CAMPAIGN"}
    assert "agency:渝水区/水利局" not in leads.graph  # 水利局 only supports
    water = select_view(g, "build", function="WAT")
    assert _names(water, "Agency") == ["渝水区水利局"]
    assert _names(water, "Task") == ["大力推动能源清洁低碳转型", "持续抓好城区黑臭水体治理"]


def test_campaign_view(g):
    v = select_view(g, "campaign", campaign="p1:c02")
    assert sorted(d["seq"] for _, d in v.graph.nodes(data=True) if d["type"] == "Task") == [3, 4]
    assert select_view(g, "campaign", campaign="蓝天保卫战").graph.number_of_nodes() == v.graph.number_of_nodes()


def test_network_view_matches_the_coordination_graph(g):
    from respgraph.analysis.network import coordination_graph

    v = select_view(g, "network")
    drawn = {frozenset((u, w)): d["count"] for u, w, d in v.graph.edges(data=True)}
    expected = {frozenset((u, w)): d["weight"] for u, w, d in coordination_graph(g).edges(data=True)}
    assert drawn == expected
    # 发改委 and 生态环境局 share tasks 1 and 3; task 4's 生态环境局 edge is only suggested
    assert drawn[frozenset(("agency:渝水区/发展和改革委员会", "agency:渝水区/生态环境局"))] == 2


def test_overload_view_marks_the_agency_the_analysis_flags(g, monkeypatch):
    from respgraph.analysis import workload

    assert select_view(g, "overload", plan="p1").overloaded == {}  # p1 has 5 tasks: it flags no one alone
    monkeypatch.setattr(workload, "MIN_PLAN_TASKS", 0)  # the rules alone, as in a plan of 8 tasks or more
    v = select_view(g, "overload", plan="p1")
    assert set(v.overloaded) == {"agency:渝水区/发展和改革委员会"}
    assert "3 of 5" in v.overloaded["agency:渝水区/发展和改革委员会"]
    assert v.load["agency:渝水区/发展和改革委员会"] == 3.5  # 3 leads + 1 support × 0.5
    # agency -> plan edges carry task counts: 发改委 leads 3 tasks of p1
    counts = {(u, d["type"]): d["count"] for u, _, d in v.graph.edges(data=True)}
    assert counts[("agency:渝水区/发展和改革委员会", "LEADS")] == 3


def test_no_agency_colour_is_the_overload_rings_red():
    """At the overview's zoom an overloaded agency's red ring fills its dot: a red party
    committee read as overloaded (was: party #c0392b beside the ring's #d62728). Every agency
    colour of the legend stays 20° of hue or more away from the ring's red (orange 24°)."""
    import colorsys

    from respgraph.viz.style import AGENCY_KIND_COLOR, OVERLOAD_BORDER

    def hue(c):
        h, _, s = colorsys.rgb_to_hls(*(int(c[i:i + 2], 16) / 255 for i in (1, 3, 5)))
        return h * 360, s

    ring, _ = hue(OVERLOAD_BORDER)
    for kind, colour in AGENCY_KIND_COLOR.items():
        h, sat = hue(colour)
        if sat > 0.2:  # greys have no hue to confuse
            assert min(abs(h - ring), 360 - abs(h - ring)) >= 20, (kind, colour)


def test_bad_requests_raise_view_errors(g):
    with pytest.raises(ViewError, match="no single plan"):
        select_view(g, "plan", plan="nope")
    with pytest.raises(ViewError, match="ambiguous"):
        select_view(g, "agency", agency="生态环境局")  # 渝水区 and 景德镇市 both have one
    with pytest.raises(ViewError, match="needs --plan"):
        select_view(g, "plan")
    with pytest.raises(ViewError, match="unknown view"):
        select_view(g, "pie")


def test_large_view_folds_tasks_into_counts(g):
    v = select_view(g, "plan", plan="p1", max_nodes=10)
    assert v.aggregated and not v.needs_filter
    assert not any(d["type"] == "Task" for _, d in v.graph.nodes(data=True))
    n_tasks = {d["name"]: d["n_tasks"] for _, d in v.graph.nodes(data=True) if d["type"] in ("Campaign", "TaskGroup")}
    assert n_tasks == {"碳达峰碳中和行动": 2, "蓝天保卫战": 2, "未归入攻坚战的任务": 1}
    e = v.graph.get_edge_data("agency:渝水区/发展和改革委员会", "campaign:p1:c01")
    assert e["LEADS"]["count"] == 2


def test_large_agency_views_keep_the_busiest_within_the_node_and_edge_budget(g):
    full = select_view(g, "overload")
    v = select_view(g, "overload", max_nodes=4)
    assert v.aggregated and v.graph.number_of_nodes() <= 4 and v.graph.number_of_edges() <= 4 * 3
    agencies = [n for n, d in v.graph.nodes(data=True) if d["type"] == "Agency"]
    busiest = sorted((n for n, d in full.graph.nodes(data=True) if d["type"] == "Agency"), key=lambda n: (-full.load[n], n))[:2]
    assert agencies == sorted(busiest)
    assert "busiest agencies" in v.notes[-1]
    net = select_view(g, "network", max_nodes=3)
    assert net.graph.number_of_nodes() == 3 and net.aggregated


def test_filterless_build_too_large_asks_for_a_filter(g):
    v = select_view(g, "build", max_nodes=3)
    assert v.needs_filter and v.graph.number_of_nodes() == 0
    assert any("--plan p1" in s for s in v.suggestions)
    from respgraph.viz.render import render_view

    assert "请先选择范围" in render_view(v)


# --------------------------------------------------------------------------- the page as text


def test_page_is_self_contained_with_csp(g):
    page = view_html(g, "plan", plan="p1")
    assert f'<meta http-equiv="Content-Security-Policy" content="{CSP.replace(chr(39), "&#x27;")}">' in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "bootstrap" not in page.lower() and "cdnjs" not in page and "sourceMappingURL" not in page
    assert "vis-network" in page and "new vis.Network" in page


def test_document_text_cannot_break_out_of_the_script(g):
    page = view_html(g, "plan", plan="p1")
    data = page.split('<script type="application/json" id="graph-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and ">" not in data and "\u2028" not in data
    nodes = json.loads(data)["nodes"]
    task = next(n for n in nodes if n["id"] == "task:p1:003")
    assert [EVIL_TITLE in v for k, v in task["tip"]].count(True) == 1
    assert any(EVIL_CLAUSE[:40] in v for k, v in task["tip"])
    assert "<img src=x" not in page and "<script>window.__pwned" not in page
    assert script_json("</script>\u2028") == '"\\u003c/script\\u003e\\u2028"'


def test_write_view_is_atomic_and_readable(g, tmp_path):
    path = write_view(g, tmp_path / "sub" / "net.html", view="network")
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in path.parent.iterdir()] == ["net.html"]  # no temp file left
    assert path.stat().st_mode & 0o044  # group/other can read it


# --------------------------------------------------------------------------- in Chromium


@pytest.mark.browser
def test_plan_view_draws_in_chromium_offline_and_escaped(g, chromium, tmp_path):
    v = select_view(g, "plan", plan="p1")
    path = write_view(g, tmp_path / "plan.html", view="plan", plan="p1")
    page = chromium.open(path)
    counts = page.evaluate("() => [nodes.length, edges.length, network.body.data.nodes.length, Object.keys(network.body.nodes).length]")
    assert counts == [v.graph.number_of_nodes(), v.graph.number_of_edges(), 13, 13]
    # hover the hostile task so vis-network shows its tooltip
    xy = page.evaluate("() => network.canvasToDOM(network.getPosition('task:p1:003'))")
    box = page.locator("#mynetwork canvas").bounding_box()
    page.mouse.move(box["x"] + xy["x"], box["y"] + xy["y"])
    page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
    shown = page.locator("div.vis-tooltip").inner_text()
    assert EVIL_TITLE in shown and "javascript:window.__pwned=1" in shown
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    assert page.evaluate("() => document.querySelectorAll('.vis-tooltip img, .vis-tooltip a, .vis-tooltip script').length") == 0
    assert page.evaluate("() => nodes.get('task:p1:003').title.textContent").count("<img src=x") == 1
    assert page.blocked == [] and page.errors == []
    page.screenshot(path="/tmp/respgraph-view-plan-sample.png")


@pytest.mark.browser
def test_gloss_toggle_and_network_view(g, chromium, tmp_path):
    v = select_view(g, "network")
    page = chromium.open(write_view(g, tmp_path / "net.html", view="network"))
    assert page.evaluate("() => [nodes.length, edges.length]") == [v.graph.number_of_nodes(), v.graph.number_of_edges()]
    page.check("#gloss")
    assert page.evaluate("() => nodes.get('agency:渝水区/水利局').label") == "渝水区水利局\nwater resources"
    assert page.blocked == [] and page.errors == []


@pytest.mark.browser
def test_find_box_knows_names_as_written_and_says_how_many(g, chromium, tmp_path):
    """An officer types the agency as the plan writes it (区发改委), or an English function:
    the box finds it and says how many it found, or that it found none (was: canonical
    labels only, and silence on no hit)."""
    page = chromium.open(write_view(g, tmp_path / "net.html", view="network"))

    def find(q):
        page.fill("#find", q)
        page.press("#find", "Enter")
        return sorted(page.evaluate("() => network.getSelectedNodes()")), page.inner_text("#found")

    assert find("区发改委") == (["agency:渝水区/发展和改革委员会"], "找到 1 found")
    assert find("Water") == (["agency:渝水区/水利局"], "找到 1 found")
    assert find("渝水区生态环境局") == (["agency:渝水区/生态环境局"], "找到 1 found")
    assert find("区统计局") == ([], "未找到 none found")
    assert page.blocked == [] and page.errors == []


@pytest.mark.browser
def test_filter_page_draws_nothing_and_says_why(g, chromium, tmp_path):
    from respgraph.viz import atomic_write
    from respgraph.viz.render import render_view

    path = atomic_write(tmp_path / "big.html", render_view(select_view(g, "build", max_nodes=3)))
    page = chromium.open(path)
    assert page.evaluate("() => nodes.length") == 0
    assert "请先选择范围" in page.inner_text("#filter-needed")


# --------------------------------------------------------------------------- the real seeds


@pytest.fixture(scope="module")
def seed_graph(seed_build):
    from respgraph.api import load

    return load(seed_build).graph


def test_yushui_plan_view_on_the_seed_build(seed_graph):
    v = select_view(seed_graph, "plan", plan="yushui")
    tasks = {d["number"]: n for n, d in v.graph.nodes(data=True) if d["type"] == "Task"}
    assert len(tasks) == 34  # every task of the 渝水 plan, nothing from the other four plans
    assert {d.get("plan_id") for _, d in v.graph.nodes(data=True) if d["type"] in ("Task", "Campaign")} == {"yushui-2022-pollution-battle"}
    # task 14 (持续抓好城区黑臭水体治理) is led by 渝水区城市管理分局, first listed
    leads = {v.graph.nodes[a]["name"] for a, _, k in v.graph.in_edges(tasks["14"], keys=True) if k == "LEADS"}
    assert leads == {"渝水区城市管理分局"}
    assert v.graph.nodes[tasks["14"]]["title"] == "持续抓好城区黑臭水体治理"
    assert "agency:渝水区/生态环境局" in v.overloaded


@pytest.mark.browser
def test_seed_views_draw_in_chromium(seed_graph, chromium, tmp_path):
    for view, filters, shot in (("plan", {"plan": "yushui-2022-pollution-battle"}, "plan"), ("network", {}, "network")):
        v = select_view(seed_graph, view, **filters)
        page = chromium.open(write_view(seed_graph, tmp_path / f"{view}.html", view=view, **filters), width=1600, height=1000)
        assert page.evaluate("() => [nodes.length, edges.length]") == [v.graph.number_of_nodes(), v.graph.number_of_edges()]
        assert page.evaluate("() => network.physics.physicsEnabled") is False  # settled and stopped
        assert page.blocked == [] and page.errors == []
        page.screenshot(path=f"/tmp/respgraph-seed-{shot}.png")


def test_trimmed_agency_views_are_cut_again_to_the_page_budget(seed_build, monkeypatch):
    """A network/overload page over MAX_VIEW_BYTES is selected again with a smaller node
    budget until it fits; a page within it is left as it is."""
    import respgraph.viz as viz
    from respgraph.store import load_build

    G = load_build(seed_build).graph
    first, page = viz.select_and_render(G, "overload", max_nodes=80)
    _, small = viz.select_and_render(G, "overload", max_nodes=20)
    assert first.aggregated and len(small.encode()) < len(page.encode())
    budget = (len(small.encode()) + len(page.encode())) // 2
    monkeypatch.setattr(viz, "MAX_VIEW_BYTES", budget)
    v, smaller = viz.select_and_render(G, "overload", max_nodes=80)
    assert len(smaller.encode()) <= budget
    assert 0 < v.graph.number_of_nodes() < first.graph.number_of_nodes()
    assert "busiest agencies" in v.notes[-1]
    # a task view is never cut by the page budget (it folds tasks into counts instead)
    plan_view, plan_page = viz.select_and_render(G, "plan", plan="yushui-2022-pollution-battle")
    assert len(plan_page.encode()) > budget
    assert plan_view.graph.number_of_nodes() == select_view(G, "plan", plan="yushui-2022-pollution-battle").graph.number_of_nodes()


def test_filterless_build_view_of_a_large_build_skips_the_task_graph(seed_build):
    """Plans and agencies alone over the budget: the page asks for a filter, and says how
    many tasks, plans and agencies there are."""
    from respgraph.store import load_build

    G = load_build(seed_build).graph
    v = select_view(G, "build", max_nodes=50)  # 5 plans + 107 agencies > 50
    assert v.needs_filter and v.graph.number_of_nodes() == 0
    assert "259 tasks, 5 plans and 107 agencies" in v.notes[-1]
    assert len(v.suggestions) == 5


def test_plan_view_pages_are_the_same_in_every_run_and_in_the_report(tmp_path):
    # the tasks of a view were a set: the page's node order followed the hash seed, so two runs
    # of `respgraph viz` (or two reports) of one build differed. The report now computes the
    # loads once for all its views: its plan pages are still `viz`'s pages
    import os
    import subprocess
    import sys

    import respgraph
    from respgraph.viz.views import loads_computed_once

    plan = tmp_path / "nancheng-2022-air.txt"
    plan.write_text(
        "南城县2022年大气污染防治工作方案\n\n一、重点任务\n\n"
        "（一）加强施工扬尘污染管控。（牵头单位：县住建局；责任单位：县城管局）\n"
        "（二）推进燃煤锅炉淘汰。（牵头单位：县发展改革委；责任单位：县生态环境局、县工信局）\n"
        "（三）强化机动车尾气污染防治。（牵头单位：县公安局；责任单位：县生态环境局、县交通运输局）\n"
        "（四）加强餐饮油烟治理。（牵头单位：县城管局；责任单位：县市场监管局）\n", encoding="utf-8")
    out = tmp_path / "out"
    respgraph.build([plan], out=out)
    pages = []
    for seed in ("1", "2"):
        page = tmp_path / f"view{seed}.html"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "respgraph.cli", "viz", str(out), "--view", "plan", "--plan",
                        "nancheng-2022-air", "-o", str(page)], check=True, env=env, capture_output=True)
        pages.append(page.read_bytes())
    assert pages[0] == pages[1]
    g = respgraph.load(out).graph
    alone = view_html(g, "plan", plan="nancheng-2022-air")
    with loads_computed_once(g):
        shared = view_html(g, "plan", plan="nancheng-2022-air")
    assert shared == alone and "南城县城市管理局" in alone
    v = select_view(g, "plan", plan="nancheng-2022-air")
    tasks = [n for n, d in v.graph.nodes(data=True) if d.get("type") == "Task"]
    assert tasks == sorted(tasks) and len(tasks) == 4


def test_the_build_views_plan_boxes_stand_at_their_clusters_centres(seed_graph, chromium, tmp_path):
    """The layout's repulsion pushed each plan's wide box to the rim of its own cluster: on the
    five seeds 1.8-2.3 times the cluster's median radius from its centre (a box read as the
    next cluster's). Each now stands at the centre of what it holds (its campaigns and tasks),
    drawn over them; a task keeps the place the layout gave it."""
    page = chromium.open(write_view(seed_graph, tmp_path / "build.html", view="build"))
    drawn = page.evaluate("""() => {
      const pos = window.network.getPositions(), holds = {};
      window.edges.forEach(e => { if (e.etype === 'HAS_CAMPAIGN' || e.etype === 'HAS_TASK') (holds[e.from] = holds[e.from] || []).push(e.to); });
      return window.nodes.get().map(n => ({id: n.id, t: n.ntype, x: pos[n.id].x, y: pos[n.id].y, holds: holds[n.id] || []}));
    }""")
    assert not page.errors and not page.blocked
    at = {n["id"]: n for n in drawn}
    plans = [n for n in drawn if n["t"] == "Plan"]
    assert len(plans) == 5
    for p in plans:
        inside, todo = set(), list(p["holds"])
        while todo:
            n = todo.pop()
            if n not in inside:
                inside.add(n)
                todo += at[n]["holds"]
        assert len(inside) >= 30, p["id"]
        cx = sum(at[n]["x"] for n in inside) / len(inside)
        cy = sum(at[n]["y"] for n in inside) / len(inside)
        radius = sorted(((at[n]["x"] - cx) ** 2 + (at[n]["y"] - cy) ** 2) ** 0.5 for n in inside)[len(inside) // 2]
        assert ((p["x"] - cx) ** 2 + (p["y"] - cy) ** 2) ** 0.5 < 0.05 * radius, p["id"]
        # near miss: its cluster is not gathered onto it (the tasks keep their spread)
        assert radius > 100
    assert [n["t"] for n in drawn][-5:] == ["Plan"] * 5  # drawn last: over the cluster, not under it
