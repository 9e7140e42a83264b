"""Helpers for the presentation tests: a hand-built graph per respgraph/model.py and a
headless Chromium with the network switched off.

``Chromium`` launches Debian's /usr/bin/chromium through Playwright (never a downloaded
browser) and routes every request: file:// and data: are served, anything else is aborted
and recorded in ``page.blocked`` so a test can assert that nothing left the page.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import networkx as nx
import pytest

from respgraph.model import agency_node, campaign_node, function_node, plan_node, task_node

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

EVIL_TITLE = '加强"><img src=x onerror=window.__pwned=1>管理<script>window.__pwned=1</script>'
EVIL_CLAUSE = '（责任单位：<a href="javascript:window.__pwned=1">区环保局</a>）\u2028</script>'


# --------------------------------------------------------------------------- a graph built by hand


FUNCTIONS = {
    "ENV": ("生态环境", "ecology and environment"),
    "DEV": ("发展改革", "development and reform"),
    "IND": ("工业和信息化", "industry and IT"),
    "WAT": ("水利", "water resources"),
    "TRN": ("交通运输", "transport"),
}


def sample_graph() -> nx.MultiDiGraph:
    """Two plans in the shape of the seeds: plan p1 with two campaigns and 5 tasks, plan p2
    with one task outside any campaign. Agencies: 区发改委 leads 3 tasks (the busiest),
    渝水生态环境局 leads 2 and supports 2, ... One SUPPORTS edge is ``suggested``; task 3's
    title and clause are hostile markup.
    """
    g = nx.MultiDiGraph()
    for code, (name, gloss) in FUNCTIONS.items():
        g.add_node(function_node(code), type="Function", code=code, name=name, gloss=gloss)
    g.add_node(plan_node("p1"), type="Plan", plan_id="p1", title="渝水区深入打好污染防治攻坚战实施方案", issuers=["中共渝水区委", "渝水区人民政府"],
               doc_number="渝党发〔2022〕9号", date="2022-07-07", jurisdiction="渝水区", level="district", kind="实施方案", path="p1.txt")
    g.add_node(plan_node("p2"), type="Plan", plan_id="p2", title="景德镇市生态环境保护工作要点", issuers=["景德镇市生态环境保护委员会办公室"],
               doc_number=None, date="2021", jurisdiction="景德镇市", level="city", kind="工作要点", path="p2.txt")
    for cid, name in (("p1:c01", "碳达峰碳中和行动"), ("p1:c02", "蓝天保卫战")):
        g.add_node(campaign_node(cid), type="Campaign", campaign_id=cid, plan_id="p1", name=name, kind="攻坚战", campaign_type="climate" if cid.endswith("1") else "air", parent=None)
        g.add_edge(plan_node("p1"), campaign_node(cid), key="HAS_CAMPAIGN", type="HAS_CAMPAIGN")
    agencies = {
        "渝水区/发展和改革委员会": ("区发改委", "渝水区", ["DEV"]),
        "渝水区/生态环境局": ("渝水生态环境局", "渝水区", ["ENV"]),
        "渝水区/工业和信息化局": ("区工信局", "渝水区", ["IND"]),
        "渝水区/水利局": ("区水利局", "渝水区", ["WAT"]),
        "渝水区/交通运输局": ("区交通运输局", "渝水区", ["TRN"]),
        "景德镇市/生态环境局": ("市生态环境局", "景德镇市", ["ENV"]),
    }
    for aid, (short, jur, fns) in agencies.items():
        g.add_node(agency_node(aid), type="Agency", agency_id=aid, name=jur + aid.split("/")[1], jurisdiction=jur, functions=fns, kind="agency", known=True, aliases=[short])
        for f in fns:
            g.add_edge(agency_node(aid), function_node(f), key="HAS_FUNCTION", type="HAS_FUNCTION")
    tasks = [
        # plan, seq, campaign, number, title, deadlines, [(agency, role, basis)]
        ("p1", 1, "p1:c01", "1", "大力推进碳达峰碳中和行动", ["2025年"], [("渝水区/发展和改革委员会", "lead", "first_listed"), ("渝水区/生态环境局", "support", "explicit"), ("渝水区/工业和信息化局", "support", "explicit")]),
        ("p1", 2, "p1:c01", "2", "大力推动能源清洁低碳转型", ["2022年6月底前"], [("渝水区/发展和改革委员会", "lead", "first_listed"), ("渝水区/水利局", "support", "explicit")]),
        ("p1", 3, "p1:c02", "3", EVIL_TITLE, [], [("渝水区/工业和信息化局", "lead", "first_listed"), ("渝水区/发展和改革委员会", "support", "explicit"), ("渝水区/生态环境局", "support", "explicit")]),
        ("p1", 4, "p1:c02", "4", "加快构建绿色交通运输体系", [], [("渝水区/交通运输局", "lead", "first_listed"), ("渝水区/发展和改革委员会", "lead", "explicit"), ("渝水区/生态环境局", "support", "suggested")]),
        ("p1", 5, None, "5", "持续抓好城区黑臭水体治理", ["2023年底前"], [("渝水区/生态环境局", "lead", "first_listed"), ("渝水区/水利局", "support", "explicit")]),
        ("p2", 1, None, "（1）", "深入打好蓝天保卫战", [], [("景德镇市/生态环境局", "lead", "explicit"), ("渝水区/生态环境局", "lead", "explicit")]),
    ]
    for pid, seq, camp, num, title, deadlines, resp in tasks:
        tid = f"{pid}:{seq:03d}"
        g.add_node(task_node(tid), type="Task", task_id=tid, plan_id=pid, seq=seq, number=num, title=title, section=["二、重点任务"], campaign=camp,
                   text=title + "。", kind="numbered", deadlines=deadlines, deadline_years=[], targets=[], flags=[], start=0, end=10)
        g.add_edge(campaign_node(camp) if camp else plan_node(pid), task_node(tid), key="HAS_TASK", type="HAS_TASK")
        clause = EVIL_CLAUSE if seq == 3 and pid == "p1" else "（责任单位：" + "、".join(agencies[a][0] for a, _, _ in resp) + "）"
        for a, role, basis in resp:
            et = "LEADS" if role == "lead" else "SUPPORTS"
            g.add_edge(agency_node(a), task_node(tid), key=et, type=et, role=role, basis=basis, mention=agencies[a][0], portfolio=[], file=f"{pid}.txt",
                       start=0, end=10, clause=clause if basis != "suggested" else "")
    return g


# --------------------------------------------------------------------------- the browser


class Chromium:
    """One headless Chromium for a test session; ``open(path)`` returns a page with ``blocked``."""

    def __init__(self) -> None:
        from playwright.sync_api import sync_playwright

        self._pw = sync_playwright().start()
        self.browser = self._pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)

    def open(self, path: Path, *, width: int = 1400, height: int = 900, wait_stable: bool = True):
        page = self.browser.new_page(viewport={"width": width, "height": height})
        blocked: list[str] = []
        errors: list[str] = []

        def route(r):
            url = r.request.url
            if url.startswith(("file://", "data:")):
                r.continue_()
            else:
                blocked.append(url)
                r.abort()

        page.route("**/*", route)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.blocked = blocked  # type: ignore[attr-defined]
        page.errors = errors  # type: ignore[attr-defined]
        page.goto(Path(path).resolve().as_uri())
        if wait_stable:
            page.wait_for_function("() => window.__stabilized === true", timeout=30000)
        return page

    def close(self) -> None:
        self.browser.close()
        self._pw.stop()


def chromium_or_skip() -> Chromium:
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip("Debian chromium is not installed (scripts/install-system-deps.sh)")
    return Chromium()
