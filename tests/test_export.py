"""Exports read back with the same node and edge counts (GraphML, GEXF, CSV, Excel)."""

from __future__ import annotations

import networkx as nx
import pandas as pd
from _graph import Registry, tiny_plan

from respgraph.export import export_graph
from respgraph.graph import build_graph


def _graph():
    return build_graph([tiny_plan("a"), tiny_plan("b", "昌江区")], Registry())


def test_graphml_reads_back(tmp_path):
    G = _graph()
    path = export_graph(G, "graphml", tmp_path / "g.graphml")
    H = nx.read_graphml(path, force_multigraph=True)
    assert H.number_of_nodes() == G.number_of_nodes() and H.number_of_edges() == G.number_of_edges()
    assert H.nodes["task:a:001"]["deadlines"] == "2022年底前"
    leads = [d for u, v, d in H.edges(data=True) if u == "agency:渝水区/发展和改革委员会" and v == "task:a:002"]
    assert leads[0]["type"] == "LEADS" and leads[0]["clause"].startswith("牵头单位：区发改委")
    assert "parent" not in H.nodes["jurisdiction:江西省"]  # None dropped


def test_gexf_reads_back(tmp_path):
    G = _graph()
    path = export_graph(G, "gexf", tmp_path / "g.gexf")
    H = nx.read_gexf(path)
    assert H.number_of_nodes() == G.number_of_nodes() and H.number_of_edges() == G.number_of_edges()
    assert H.nodes["task:a:002"]["node_type"] == "Task"
    assert H.nodes["agency:渝水区/财政局"]["label"] == "渝水区财政局"
    rel = sorted(d["relation"] for u, v, d in H.edges(data=True) if v == "task:a:002")
    assert rel == ["HAS_TASK", "LEADS", "SUPPORTS", "SUPPORTS"]


def test_csv_nodes_and_edges(tmp_path):
    G = _graph()
    export_graph(G, "csv", tmp_path / "csv")
    nodes = pd.read_csv(tmp_path / "csv" / "nodes.csv")
    edges = pd.read_csv(tmp_path / "csv" / "edges.csv")
    assert len(nodes) == G.number_of_nodes() and len(edges) == G.number_of_edges()
    assert (edges.type == "LEADS").sum() == 4


def test_xlsx_one_sheet_per_table(tmp_path):
    G = _graph()
    export_graph(G, "xlsx", tmp_path / "g.xlsx")
    sheets = pd.read_excel(tmp_path / "g.xlsx", sheet_name=None)
    assert list(sheets) == ["plans", "tasks", "assignments", "agencies", "functions", "pairs", "overload", "no_lead"]
    assert len(sheets["assignments"]) == 10 and len(sheets["tasks"]) == 6 and len(sheets["agencies"]) == 8
    eco = sheets["functions"].set_index("code").loc["生态环境"]
    assert eco.gloss == "ecology and environment" and eco.agencies == 2


_CITED = """XX区2023年水污染防治工作方案

三、重点任务
（二）治理黑臭水体
1．推进城市黑臭水体治理。（牵头单位：区住房和城乡建设局；责任单位：区生态环境局）
"""


def test_a_plans_file_and_a_tasks_place_are_two_attributes_where_nodes_share_one_table(tmp_path):
    """GraphML and GEXF declare one key per attribute name and nodes.csv one column: a Plan's
    ``path`` (its file) and a Task's ``path`` (三（二）1) were one column in Gephi. The Plan's file
    is ``file`` there; graph.json and the tables keep ``path`` for both."""
    import respgraph

    (tmp_path / "plans").mkdir()
    plan_file = tmp_path / "plans" / "p.txt"
    plan_file.write_text(_CITED, encoding="utf-8")
    b = respgraph.build(tmp_path / "plans")
    task = "task:p:001"
    assert b.graph.nodes[task]["path"] == "三（二）1" and b.graph.nodes["plan:p"]["path"].endswith("p.txt")
    H = nx.read_graphml(b.export("graphml", tmp_path / "g.graphml"), force_multigraph=True)
    assert H.nodes[task]["path"] == "三（二）1"
    assert "path" not in H.nodes["plan:p"] and H.nodes["plan:p"]["file"].endswith("p.txt")
    G = nx.read_gexf(b.export("gexf", tmp_path / "g.gexf"))
    assert G.nodes[task]["path"] == "三（二）1" and "path" not in G.nodes["plan:p"]
    assert G.nodes["plan:p"]["file"] == H.nodes["plan:p"]["file"]
    b.export("csv", tmp_path / "csv")
    nodes = pd.read_csv(tmp_path / "csv" / "nodes.csv").set_index("id")
    assert nodes.loc[task, "path"] == "三（二）1" and pd.isna(nodes.loc["plan:p", "path"])
    assert nodes.loc["plan:p", "file"].endswith("p.txt")
    # the tables keep the name each has always had
    assert b.plans().set_index("plan_id").loc["p", "path"].endswith("p.txt")
    assert b.tasks().set_index("task_id").loc["p:001", "path"] == "三（二）1"
