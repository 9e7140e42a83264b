"""Coordination network: exact projections on a hand-built graph, then the seed plans."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from typer.testing import CliRunner

from _analysis import sample_graph
from respgraph.analysis import network as nw


@pytest.fixture()
def g():
    return sample_graph()


def test_projection_weights_are_shared_tasks(g):
    cg = nw.coordination_graph(g)
    # P生态环境局 and P财政局 share tasks 1, 4 and 6.
    assert cg["agency:P/eco"]["agency:P/fin"]["weight"] == 3
    assert cg["agency:P/eco"]["agency:P/city"]["weight"] == 3  # tasks 1, 3, 6
    assert not cg.has_edge("agency:P/eco", "agency:Q/eco")  # different plans, no shared task
    assert cg.nodes["agency:P/eco"]["tasks"] == 7 and cg.nodes["agency:P/eco"]["tasks_led"] == 6
    assert not cg.has_edge("agency:P/hous", "agency:P/fin")  # task 7's 住建 lead is only suggested
    assert nw.coordination_graph(g, include_suggested=True).nodes["agency:P/hous"]["tasks_led"] == 2
    assert nw.coordination_graph(g, min_weight=3).number_of_edges() == 2


def test_digraph_supporter_to_lead(g):
    dg = nw.coordination_digraph(g)
    assert dg["agency:P/fin"]["agency:P/eco"]["weight"] == 2  # supports tasks 4 and 6 led by 生态环境
    assert dg["agency:P/eco"]["agency:P/city"]["weight"] == 1  # task 1
    # Task 8 names 生态环境局 as lead and support: no self-loop, no support edge.
    assert not any(u == v for u, v in dg.edges)
    assert not dg.has_edge("agency:P/fin", "agency:P/fin")


def test_metrics(g):
    m = nw.network_metrics(g).set_index("name")
    assert m.loc["P生态环境局", "degree"] == 4
    assert m.loc["P生态环境局", "weighted_degree"] == 8
    # Agencies of P and of Q fall into different communities.
    assert m.loc["P生态环境局", "community"] != m.loc["Q生态环境局", "community"]
    assert m.loc["P城管局", "community"] == m.loc["P生态环境局", "community"]
    # Betweenness: P生态环境局 is the only path from 各乡镇 to everyone else.
    assert m.index[0] == "P生态环境局"
    assert m.loc["各乡镇", "betweenness"] == 0
    # broker score = share of betweenness / share of tasks.
    share_b = m.loc["P生态环境局", "betweenness"] / m["betweenness"].sum()
    share_t = m.loc["P生态环境局", "tasks"] / m["tasks"].sum()
    assert m.loc["P生态环境局", "broker_score"] == pytest.approx(share_b / share_t)
    # Same answer on every run (fixed Louvain seed).
    assert nw.network_metrics(g)["community"].tolist() == nw.network_metrics(g)["community"].tolist()


def test_betweenness_is_sampled_above_threshold(monkeypatch):
    big = nx.MultiDiGraph()
    for i in range(40):
        big.add_node(f"t{i}", type="Task", task_id=f"t{i}", plan_id="p")
        for a in (f"a{i}", f"a{i + 1}"):
            big.add_node(a, type="Agency", agency_id=a, name=a)
            big.add_edge(a, f"t{i}", key="SUPPORTS", type="SUPPORTS", basis="explicit")
    exact = nw.network_metrics(big).set_index("key")["betweenness"]
    monkeypatch.setattr(nw, "EXACT_BETWEENNESS_MAX_NODES", 10)
    monkeypatch.setattr(nw, "BETWEENNESS_SAMPLES", 20)
    approx1 = nw.network_metrics(big).set_index("key")["betweenness"]
    approx2 = nw.network_metrics(big).set_index("key")["betweenness"]
    assert approx1.equals(approx2)  # seeded
    assert not approx1.equals(exact)
    # The middle of a path is still the top broker.
    assert exact.idxmax() == "a20"


def test_betweenness_equals_networkx_exact_and_sampled(g):
    for graph in (nw.coordination_graph(g), nx.gnp_random_graph(120, 0.03, seed=1)):
        for k in (None, 5):
            ref = nx.betweenness_centrality(graph, k=k, normalized=True, seed=nw.SEED)
            ours = nw._betweenness(graph, k, nw.SEED, batch=7)  # several batches
            assert max(abs(ours[v] - ref[v]) for v in graph) < 1e-12
            assert max(ref.values()) > 0


def test_eigenvector_equals_networkx_power_iteration(g):
    cg = nw.coordination_graph(g)
    ours = nw._eigenvector(cg)
    for comp in nx.connected_components(cg):
        if len(comp) < 2:
            assert all(ours[n] == 0.0 for n in comp)
            continue
        ref = nx.eigenvector_centrality(cg.subgraph(comp), weight="weight", max_iter=1000, tol=1e-8)
        assert max(abs(ours[n] - ref[n]) for n in comp) < 1e-6


def test_eigenvector_falls_back_when_power_iteration_fails(g):
    cg = nw.coordination_graph(g)
    # Two steps are not enough to converge: every component goes to the ARPACK solver.
    e = nw._eigenvector(cg, max_iter=2)
    ref = nw._eigenvector(cg)
    assert all(abs(e[n] - ref[n]) < 1e-6 for n in cg)
    m = nw.network_metrics(g).set_index("name")
    assert m["eigenvector"].notna().all()
    # Within plan P's component 生态环境局 is the most central; Q's component has its own scale.
    assert m.loc[[n for n in m.index if n.startswith("P") or n == "各乡镇"], "eigenvector"].idxmax() == "P生态环境局"
    assert m.loc[["Q生态环境局", "Q住建局", "Q城管局"], "eigenvector"].idxmax() == "Q生态环境局"


def test_breadth_depth_quadrants(g):
    bd = nw.breadth_depth(g)
    p = bd[bd["plan_id"] == "P"].set_index("name")
    # P: breadth = campaigns (碧水, 蓝天, 净土); medians over 5 agencies: breadth 2, depth 3.
    assert p.loc["P生态环境局", ["breadth", "depth"]].tolist() == [3, 7]
    assert (p["breadth_median"].iloc[0], p["depth_median"].iloc[0]) == (2.0, 3.0)
    assert p.loc["P生态环境局", "quadrant"] == "leading"
    assert p.loc["P城管局", "quadrant"] == "coordinating"  # 3 campaigns, 3 tasks (= median depth)
    assert p.loc["各乡镇", "quadrant"] == "auxiliary"
    q = bd[bd["plan_id"] == "Q"].set_index("name")
    assert set(q["area"]) == {"section"}  # Q has no campaigns: breadth counts top-level sections
    assert q.loc["Q生态环境局", "breadth"] == 3


def test_cli_missing_build():
    from respgraph.cli import app

    res = CliRunner().invoke(app, ["network", "/nonexistent/build"])
    assert res.exit_code == 1 and "Traceback" not in res.output


# --------------------------------------------------------------------------- the seed plans

@pytest.fixture(scope="module")
def seed_graph(request):
    try:
        out = request.getfixturevalue("seed_build")
    except pytest.FixtureLookupError:
        pytest.skip("seed_build fixture not available yet")
    from respgraph.api import load

    return out, load(out).graph


def test_seed_network_ecology_bureau_is_central(seed_graph):
    out, graph = seed_graph
    m = nw.network_metrics(graph, include_collectives=False)
    top5 = m.sort_values("weighted_degree", ascending=False).head(5)
    assert top5["function_names"].map(lambda names: any("生态环境" in n for n in names)).any()
    # every agency's functions carry their English gloss, as in workload's rows
    eco = m[m["function_names"].map(lambda names: names == ["生态环境保护"])]
    assert len(eco) and (eco["gloss"] == "ecology and environment").all()
    assert m["community"].nunique() >= 4  # the plans of different jurisdictions do not merge
    # The batched Brandes and the vectorised power iteration give networkx's values.
    cg0 = nw.coordination_graph(graph, include_collectives=False)
    ref = nx.betweenness_centrality(cg0, normalized=True)
    assert max(abs(b - ref[k]) for k, b in zip(m["key"], m["betweenness"])) < 1e-12
    cg = nw.coordination_graph(graph, include_collectives=False)
    eig = m.set_index("key")["eigenvector"]
    for comp in nx.connected_components(cg):
        if len(comp) > 1:
            ref = nx.eigenvector_centrality(cg.subgraph(comp), weight="weight", max_iter=1000, tol=1e-8)
            assert max(abs(eig[n] - ref[n]) for n in comp) < 1e-6
    bd = nw.breadth_depth(graph, include_collectives=False)
    lead = bd[bd["quadrant"] == "leading"]
    assert lead["name"].str.contains("生态环境").any()
    from respgraph.cli import app

    res = CliRunner().invoke(app, ["network", str(out), "--format", "json", "--metric", "degree"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert rows[0]["degree"] == max(r["degree"] for r in rows)
    res = CliRunner().invoke(app, ["network", str(out), "--breadth-depth"])
    assert res.exit_code == 0 and "breadth≥" in res.output


def test_network_and_overload_tables_show_the_english_gloss(tmp_path):
    # a 局 leading most of a small plan's tasks: the tables give 职能 and its English gloss
    from typer.testing import CliRunner

    from respgraph.cli import app

    plan = tmp_path / "xx-2023-air.txt"
    plan.write_text("XX县2023年大气污染防治工作方案\n\n一、重点任务\n\n"
                    "（一）加强施工扬尘管控。（牵头单位：县住建局；责任单位：县城管局）\n"
                    "（二）推进燃煤锅炉淘汰。（牵头单位：县住建局；责任单位：县发展改革委）\n"
                    "（三）加强餐饮油烟治理。（牵头单位：县城管局；责任单位：县住建局）\n", encoding="utf-8")
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(app, ["build", str(plan), "--out", str(out)]).exit_code == 0
    net = runner.invoke(app, ["network", str(out), "--format", "csv"])
    assert "XX县住房和城乡建设局,住房和城乡建设,housing and urban-rural development," in net.output
    over = runner.invoke(app, ["workload", str(out), "--overload", "--min-plan-tasks", "0"],  # 3 tasks: the rules alone
                         env={"COLUMNS": "200"})
    assert "XX县住房和城乡建设局" in over.output and "housing and urban-rural development" in over.output


def test_breadth_depth_shows_the_functions_and_their_english_gloss(topics_build):
    # 抚州市2022年大气污染防治工作方案: 抚州市公安局 co-leads 强化机动车尾气污染防治
    import json

    from typer.testing import CliRunner

    import respgraph
    from respgraph.cli import app

    bd = respgraph.load(topics_build).breadth_depth(plan="fuzhou-2022-air").set_index("name")
    assert bd.loc["抚州市公安局", ["function_names", "gloss"]].tolist() == [["公安"], "public security (police)"]
    assert bd.loc["抚州市生态环境局", "gloss"] == "ecology and environment"
    runner = CliRunner()
    rows = json.loads(runner.invoke(app, ["network", str(topics_build), "--breadth-depth", "--format", "json"]).stdout)
    assert {"function_names", "gloss"} <= set(rows[0])
    table = runner.invoke(app, ["network", str(topics_build), "--breadth-depth", "--plan", "fuzhou-2022-air",
                                "--limit", "0"], env={"COLUMNS": "200"})
    assert table.exit_code == 0 and "function" in table.output and "public security (police)" in table.output


def test_pairs_say_who_works_with_whom_and_on_which_tasks(tmp_path):
    # The probe corpus (tests/fixtures/overlap): 生态环境 and 公安 share the 机动车 task in the city's
    # 大气 plan and in both districts' plans: three agencies pairs of one task each, one function
    # pair over three plans. Every count lists the tasks behind it.
    from pathlib import Path

    import respgraph
    from respgraph.cli import app

    out = tmp_path / "out"
    graph = respgraph.build(Path(__file__).parent / "fixtures" / "overlap", out=out).graph
    p = nw.coordination_pairs(graph)
    row = p[(p["name_a"] == "临川区住房和城乡建设局") & (p["name_b"] == "临川区财政局")].iloc[0]
    assert (row["shared_tasks"], row["a_leads"], row["b_leads"]) == (2, 2, 0)
    assert row["tasks"] == ["lc-2024-fengong:004", "lc-2024-fengong:005"] and row["plans"] == ["lc-2024-fengong"]
    # the weight is the coordination graph's, pair for pair
    cg = nw.coordination_graph(graph)
    assert len(p) == cg.number_of_edges()
    assert all(cg[a][b]["weight"] == n == len(t) for a, b, n, t in zip(p["key_a"], p["key_b"], p["shared_tasks"], p["tasks"]))
    f = nw.coordination_pairs(graph, by="function")
    police = f[(f["names_a"] == "公安") & (f["names_b"] == "生态环境保护")].iloc[0]
    assert police["plans"] == ["dx-2024-gongjianzhan", "fz-2024-daqi", "lc-2024-shengtai-yaodian"]
    assert police["tasks"] == ["dx-2024-gongjianzhan:001", "fz-2024-daqi:002", "lc-2024-shengtai-yaodian:001"]
    assert set(police["agencies"]) == {"东乡区公安局", "抚州市公安局", "临川区公安局",
                                       "东乡区生态环境局", "抚州市生态环境局", "临川区生态环境局"}
    assert police["gloss_a"] == "public security (police)"
    assert list(f["shared_tasks"]) == sorted(f["shared_tasks"], reverse=True)
    runner = CliRunner()
    rows = json.loads(runner.invoke(app, ["network", str(out), "--pairs", "--by", "function", "--format", "json"]).stdout)
    assert len(rows) == len(f) and rows[0]["shared_tasks"] == f["shared_tasks"].max()
    both = runner.invoke(app, ["network", str(out), "--pairs", "--breadth-depth"])
    assert both.exit_code == 2
