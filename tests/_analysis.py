"""Small hand-built responsibility graphs (per respgraph.model) for the analysis tests."""

from __future__ import annotations

import networkx as nx

from respgraph.model import agency_node, campaign_node, function_node, plan_node, task_node

FUNCS = {"生态环境": "ecology and environment", "住房城乡建设": "housing and urban-rural construction",
         "城市管理": "urban management", "财政": "finance"}


def make_graph(plans: dict[str, list[dict]], agencies: dict[str, dict]) -> nx.MultiDiGraph:
    """plans: plan_id -> tasks, each {"seq", "text", "leads", "supports", "campaign", "years",
    "suggested"}; agencies: agency_id -> {"name", "functions", "kind"}."""
    g = nx.MultiDiGraph()
    for code, gloss in FUNCS.items():
        g.add_node(function_node(code), type="Function", code=code, name=code, gloss=gloss)
    for aid, a in agencies.items():
        g.add_node(agency_node(aid), type="Agency", agency_id=aid, name=a["name"], functions=a.get("functions", []),
                   kind=a.get("kind", "agency"), jurisdiction=a.get("jurisdiction"), known=True, aliases=[])
        for f in a.get("functions", []):
            g.add_edge(agency_node(aid), function_node(f), key="HAS_FUNCTION", type="HAS_FUNCTION")
    for pid, tasks in plans.items():
        g.add_node(plan_node(pid), type="Plan", plan_id=pid, title=f"plan {pid}", jurisdiction=None)
        for t in tasks:
            tid = f"{pid}:{t['seq']:03d}"
            tn = task_node(tid)
            g.add_node(tn, type="Task", task_id=tid, plan_id=pid, seq=t["seq"], number=str(t["seq"]),
                       title=t.get("text", "")[:12], section=t.get("section", []), campaign=t.get("campaign"),
                       text=t.get("text", ""), kind="numbered", deadlines=[], deadline_years=t.get("years", []),
                       targets=[], flags=[])
            parent = plan_node(pid)
            if t.get("campaign"):
                cid = f"{pid}:{t['campaign']}"
                cn = campaign_node(cid)
                if cn not in g:
                    g.add_node(cn, type="Campaign", campaign_id=cid, plan_id=pid, name=t["campaign"], kind="攻坚战",
                               campaign_type=t.get("ctype", "other"), parent=None)
                    g.add_edge(parent, cn, key="HAS_CAMPAIGN", type="HAS_CAMPAIGN")
                parent = cn
            g.add_edge(parent, tn, key="HAS_TASK", type="HAS_TASK")
            for role, edge in (("leads", "LEADS"), ("supports", "SUPPORTS"), ("suggested", "LEADS")):
                for aid in t.get(role, []):
                    basis = "suggested" if role == "suggested" else "explicit"
                    g.add_edge(agency_node(aid), tn, key=edge, type=edge, role=edge[:-1].lower(), basis=basis,
                               mention=agencies[aid]["name"], portfolio=[])
    return g


AGENCIES = {
    "P/eco": {"name": "P生态环境局", "functions": ["生态环境"]},
    "P/hous": {"name": "P住建局", "functions": ["住房城乡建设"]},
    "P/city": {"name": "P城管局", "functions": ["城市管理"]},
    "P/fin": {"name": "P财政局", "functions": ["财政"]},
    "P/towns": {"name": "各乡镇", "functions": [], "kind": "collective"},
    "Q/eco": {"name": "Q生态环境局", "functions": ["生态环境"]},
    "Q/hous": {"name": "Q住建局", "functions": ["住房城乡建设"]},
    "Q/city": {"name": "Q城管局", "functions": ["城市管理"]},
}


def sample_graph() -> nx.MultiDiGraph:
    """Plan P: 8 tasks, P生态环境局 leads 5 of them; plan Q: 3 tasks; plan R: no clauses.

    P's black-and-odorous-water task is led by 城管, Q's by 住建.
    """
    p = [
        {"seq": 1, "text": "开展建成区黑臭水体排查，统一公布黑臭水体清单，确保长制久清", "leads": ["P/city"],
         "supports": ["P/eco", "P/fin"], "campaign": "碧水保卫战", "ctype": "water", "years": [2022]},
        {"seq": 2, "text": "推进挥发性有机物和氮氧化物协同减排", "leads": ["P/eco"], "supports": ["P/towns"],
         "campaign": "蓝天保卫战", "ctype": "air", "years": [2022, 2025]},
        {"seq": 3, "text": "全面落实施工工地扬尘治理要求", "leads": ["P/eco", "P/hous"], "supports": ["P/city"],
         "campaign": "蓝天保卫战", "ctype": "air", "years": [2022]},
        {"seq": 4, "text": "强化饮用水水源地保护", "leads": ["P/eco"], "supports": ["P/fin"],
         "campaign": "碧水保卫战", "ctype": "water"},
        {"seq": 5, "text": "加强危险废物监管", "leads": ["P/eco"], "campaign": "净土保卫战", "ctype": "soil"},
        {"seq": 6, "text": "推进垃圾分类", "leads": ["P/eco"], "supports": ["P/city", "P/fin"],
         "campaign": "净土保卫战", "ctype": "soil"},
        {"seq": 7, "text": "建设污水管网", "supports": ["P/hous"], "suggested": ["P/hous"],
         "campaign": "碧水保卫战", "ctype": "water"},
        {"seq": 8, "text": "完善环境监测网络", "leads": ["P/eco"], "supports": ["P/eco"],
         "campaign": "碧水保卫战", "ctype": "water"},
    ]
    q = [
        {"seq": 1, "text": "持续抓好城区黑臭水体治理，公布黑臭水体清单，确保长制久清", "leads": ["Q/hous"],
         "supports": ["Q/eco"], "section": ["水"]},
        {"seq": 2, "text": "加强农村生活垃圾治理", "leads": ["Q/city"], "supports": ["Q/eco"], "section": ["土"]},
        {"seq": 3, "text": "提升空气质量", "leads": ["Q/eco"], "section": ["气"]},
    ]
    r = [{"seq": 1, "text": "以消除农村黑臭水体为目标，科学制定农村黑臭水体治理方案"},
         {"seq": 2, "text": "构建现代环境治理体系"}]
    return make_graph({"P": p, "Q": q, "R": r}, AGENCIES)
