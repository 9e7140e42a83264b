"""The responsibility graph: model types, ids, provenance, cross-plan sharing, determinism."""

from __future__ import annotations

from _graph import Registry, tiny_plan

from respgraph.campaigns import CAMPAIGN_TYPES, campaign_type
from respgraph.graph import (
    add_plan,
    assignments_frame,
    build_graph,
    canonical,
    count_by_type,
    remove_plan,
    tasks_frame,
)
from respgraph.model import EDGE_TYPES, NODE_TYPES
from respgraph.store import dumps, graph_to_data


def test_hand_made_plan_counts_and_model_types():
    rp = tiny_plan("a")
    G = build_graph([rp], Registry())
    c = count_by_type(G)
    assert c["nodes"]["Plan"] == 1
    assert c["nodes"]["Task"] == len(rp.plan.tasks) == 3
    assert c["nodes"]["Campaign"] == 2  # the attachment campaign is a node too
    assert c["edges"]["LEADS"] == 2 and c["edges"]["SUPPORTS"] == 3
    # 区环保局 and 区生态环境局 resolve to one agency: 4 agencies, not 5
    assert c["nodes"]["Agency"] == 4
    assert c["edges"]["HAS_TASK"] == 3 and c["edges"]["HAS_CAMPAIGN"] == 2
    # jurisdiction chain 渝水区 -> 新余市 -> 江西省
    assert c["nodes"]["Jurisdiction"] == 3 and c["edges"]["PART_OF"] == 2
    for _, d in G.nodes(data=True):
        assert d["type"] in NODE_TYPES
    for _, _, k, d in G.edges(keys=True, data=True):
        assert d["type"] in EDGE_TYPES and k == d["type"]


def test_task_in_campaign_hangs_under_campaign_and_others_under_plan():
    G = build_graph([tiny_plan("a")], Registry())
    assert G.has_edge("campaign:a:c01", "task:a:001", "HAS_TASK")
    assert G.has_edge("plan:a", "task:a:002", "HAS_TASK")
    assert not G.has_edge("plan:a", "task:a:001", "HAS_TASK")
    assert G.nodes["campaign:a:c01"]["campaign_type"] == "air"
    assert G.nodes["campaign:a:c02"]["source"] == "attachment"


def test_provenance_slices_the_clause_from_the_text():
    rp = tiny_plan("a")
    G = build_graph([rp], Registry())
    e = G.edges["agency:渝水区/发展和改革委员会", "task:a:002", "LEADS"]
    assert e["basis"] == "explicit" and e["mention"] == "区发改委"
    text = rp.plan.document.text
    assert text[e["clause_start"]:e["clause_end"]] == e["clause"] == "牵头单位：区发改委；责任单位：区财政局、区环保局"
    assert text[e["start"]:e["end"]] == "区发改委"
    assert e["file"] == "a.txt"


def test_function_and_jurisdiction_nodes_are_shared_across_plans():
    G = build_graph([tiny_plan("a", "渝水区"), tiny_plan("b", "昌江区")], Registry())
    eco = [u for u, _, k in G.in_edges("function:生态环境", keys=True) if k == "HAS_FUNCTION"]
    assert sorted(eco) == ["agency:昌江区/生态环境局", "agency:渝水区/生态环境局"]
    assert G.nodes["function:生态环境"]["gloss"] == "ecology and environment"
    # both districts hang under the one province node
    assert G.in_degree("jurisdiction:江西省") == 2


def test_same_agency_in_two_plans_is_one_node_listing_both():
    G = build_graph([tiny_plan("a"), tiny_plan("b")], Registry())
    assert G.nodes["agency:渝水区/财政局"]["plans"] == ["a", "b"]
    assert G.out_degree("agency:渝水区/财政局") == 2 + 1 + 1  # two SUPPORTS, HAS_FUNCTION, IN


def test_repeated_role_in_one_task_is_one_edge_with_occurrences():
    rp = tiny_plan("a")
    first = rp.assignments["a:002"][0]
    rp.assignments["a:002"].append(first)
    G = build_graph([rp], Registry())
    assert G.number_of_edges("agency:渝水区/发展和改革委员会", "task:a:002") == 1
    assert G.edges["agency:渝水区/发展和改革委员会", "task:a:002", "LEADS"]["occurrences"] == 2


def test_order_of_plans_does_not_change_the_bytes():
    a = dumps(graph_to_data(build_graph([tiny_plan("a"), tiny_plan("b", "昌江区")], Registry()), []))
    b = dumps(graph_to_data(build_graph([tiny_plan("b", "昌江区"), tiny_plan("a")], Registry()), []))
    assert a == b


def test_remove_plan_then_add_gives_the_same_graph():
    full = build_graph([tiny_plan("a"), tiny_plan("b", "昌江区")], Registry())
    G = full.copy()
    remove_plan(G, "b")
    only_a = build_graph([tiny_plan("a")], Registry())
    assert dumps(graph_to_data(canonical(G), [])) == dumps(graph_to_data(only_a, []))
    add_plan(G, tiny_plan("b", "昌江区"), Registry())
    assert dumps(graph_to_data(canonical(G), [])) == dumps(graph_to_data(full, []))


def test_tables_list_leads_and_supports():
    G = build_graph([tiny_plan("a")], Registry())
    t = tasks_frame(G).set_index("task_id")
    assert t.loc["a:002", "leads"] == ["渝水区发展和改革委员会"]
    assert t.loc["a:002", "supports"] == ["渝水区财政局", "渝水区生态环境局"]
    assert t.loc["a:001", "campaign_type"] == "air"
    assert t.loc["a:003", "n_leads"] == 0
    a = assignments_frame(G)
    assert len(a) == 5
    row = a[(a.task_id == "a:001") & (a.role == "lead")].iloc[0]
    assert row.agency == "渝水区生态环境局" and row.function_glosses == ["ecology and environment"]


def test_campaign_types_match_across_wordings():
    assert campaign_type("坚决打赢蓝天保卫战") == campaign_type("大气污染防治攻坚行动") == "air"
    assert campaign_type("着力打好碧水保卫战") == campaign_type("黑臭水体治理专项行动") == "water"
    assert campaign_type("扎实推进净土保卫战") == campaign_type("固体废物污染防治") == "soil"
    assert campaign_type("农村人居环境整治提升行动") == "rural"
    assert campaign_type("长江保护修复攻坚战") == "water"
    assert campaign_type("生物多样性保护") == "ecology"
    assert campaign_type("碳达峰行动") == "low-carbon"
    assert campaign_type("中央生态环境保护督察反馈问题整改") == "inspection-rectification"
    assert campaign_type("加强环境风险防控") == "risk"
    assert campaign_type("构建现代环境治理体系") == "governance"
    assert campaign_type("重点海域综合治理攻坚战") == "sea"
    assert campaign_type("全民行动") == "other"
    assert set(CAMPAIGN_TYPES) >= {"air", "water", "soil", "sea", "rural", "ecology", "low-carbon", "risk",
                                   "governance", "inspection-rectification", "other"}


def test_canonical_consume_orders_like_a_sorted_reinsert_and_empties_the_source():
    import networkx as nx

    def shuffled() -> nx.MultiDiGraph:
        g = nx.MultiDiGraph()
        g.add_node("c", type="X", n=3)
        g.add_edge("b", "a", key="Z", w=1)
        g.add_edge("b", "a", key="A", w=2)
        g.add_edge("c", "a", key="K", w=3)
        g.add_edge("a", "c", key="K", w=4)
        return g

    want = canonical(shuffled())  # the copying path: networkx inserts sorted nodes, then sorted edges
    src = shuffled()
    got = canonical(src, consume=True)
    assert src.number_of_nodes() == 0 and src.number_of_edges() == 0
    assert list(got.nodes(data=True)) == list(want.nodes(data=True)) == [("a", {}), ("b", {}), ("c", {"type": "X", "n": 3})]
    assert list(got.edges(keys=True, data=True)) == list(want.edges(keys=True, data=True))
    assert [k for _, _, k in got.edges(keys=True)] == ["K", "A", "Z", "K"]
    # predecessors in sorted order too, sharing the successor's key dicts as networkx does
    assert list(got.pred["a"]) == list(want.pred["a"]) == ["b", "c"]
    assert got._pred["a"]["b"] is got._succ["b"]["a"]
    got.add_edge("a", "b", key="NEW")
    assert got.has_edge("a", "b", key="NEW") and list(got.pred["b"]) == ["a"]


def test_tables_flat_cells_are_the_joined_lists():
    import pandas as pd

    G = build_graph([tiny_plan("a")], Registry())
    for frame in (tasks_frame, assignments_frame):
        rows, flat = frame(G), frame(G, flat=True)
        assert list(rows.columns) == list(flat.columns) and len(rows) == len(flat) > 0
        for col in rows.columns:
            for v, fv in zip(rows[col], flat[col]):
                if isinstance(v, list):
                    assert fv == "; ".join(map(str, v))
                else:  # a missing span is <NA> in both (Int64 columns), a None None
                    assert (pd.isna(v) and pd.isna(fv)) if pd.isna(v) else fv == v
