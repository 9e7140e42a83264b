"""A :class:`~respgraph.viz.views.View` -> one self-contained, offline HTML page.

pyvis collects the nodes and edges; the page itself is our own template, because pyvis
0.3.2's template always links Bootstrap from a CDN (even with ``cdn_resources="in_line"``)
and embeds its JSON unescaped inside ``<script>``. What we keep from pyvis is its bundled
vis-network 9.1.2 (JS + CSS), inlined here with the source-map comment removed, so the
page makes no request at all; a ``Content-Security-Policy`` meta tag forbids any anyway.

Document text is data, never markup:
- the graph JSON sits in ``<script type="application/json">`` with ``< > &`` and
  U+2028/U+2029 written as ``\\uXXXX``, so no title can close the tag;
- tooltips are built in the page as DOM elements with ``textContent`` (vis-network would
  otherwise take a string title via ``innerText``; we never hand it HTML);
- everything else (heading, notes, legend) goes through ``html.escape``.
Canvas labels are drawn as text by vis-network (no ``font.multi``), so they cannot run.

Physics stabilises (with a progress overlay) and is then switched off, with a hard stop
after 12 s, so a large view never keeps the browser busy.

Example::

    >>> from respgraph.viz.views import select_view
    >>> page = render_view(select_view(g, "plan", plan="p1"))   # doctest: +SKIP
    >>> "cdn" in page.lower()                                    # doctest: +SKIP
    False
"""

from __future__ import annotations

import html
import json
import re
from functools import lru_cache
from pathlib import Path

from respgraph.analysis.renamed import renamed_label
from respgraph.graph.clause_context import edge_sentence, shown_sentence
from respgraph.model import agency_name
from respgraph.viz import style
from respgraph.viz.page_template import PAGE
from respgraph.viz.views import View

CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:"
FONT_STACK = "'Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Micro Hei','Microsoft YaHei','PingFang SC',sans-serif"

ROLE_ZH = {"LEADS": "牵头 lead", "SUPPORTS": "配合 support", "COORDINATES": "共同负责 shared tasks",
           # the structure's edges, named in both languages as the others (a HAS_TASK tooltip read "HAS_TASK")
           "HAS_TASK": "包含任务 has task", "HAS_CAMPAIGN": "包含攻坚战 has campaign", "PART_OF": "隶属 part of",
           "IN": "所在行政区 in", "ISSUED_IN": "印发地 issued in", "HAS_FUNCTION": "职能 has function",
           "SIMILAR_TO": "相似任务 similar to"}
BASIS_ZH = {
    "explicit": "明确写出 stated explicitly",
    "first_listed": "首列单位 first listed",
    "inherited": "继承（以下均需…）inherited",
    "table": "表格 table",
    "suggested": "系统建议（非原文）suggested by respgraph, not in the plan",
    "stated": "原文 stated",
}


# --------------------------------------------------------------------------- escaping


_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(obj) -> str:
    """JSON that is safe inside a ``<script>`` element (cannot close it, no JS line breaks).

    >>> script_json({"t": "</script><b>"})
    '{"t": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    text = json.dumps(obj, ensure_ascii=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


def esc(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


# --------------------------------------------------------------------------- assets


@lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str]:
    """(JS, CSS) of the vis-network build pyvis ships, ready to inline."""
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    # Source-map comments would make devtools fetch a file that is not there.
    js = re.sub(r"//[#@]\s*sourceMappingURL=\S*", "", js)
    css = re.sub(r"/\*[#@]\s*sourceMappingURL=[^*]*\*/", "", css)
    if "</script" in js.lower() or "</style" in css.lower():  # pragma: no cover - guards a pyvis upgrade
        raise RuntimeError("bundled vis-network cannot be inlined safely")
    return js, css


# --------------------------------------------------------------------------- labels and tooltips


def _short(text: str, n: int) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _list(v) -> str:
    if isinstance(v, (list, tuple)):
        return "、".join(str(x) for x in v if x not in (None, ""))
    return "" if v is None else str(v)


def _node_label(n: str, d: dict, view: View) -> tuple[str, str]:
    """(Chinese label, label with the English function gloss as a second line)."""
    t = d.get("type")
    if t == "Plan":
        lab = _short(d.get("title") or d.get("plan_id") or n, 22)
    elif t == "Campaign":
        lab = _short(d.get("name") or n, 16)
        if d.get("n_tasks"):
            lab += f"\n{d['n_tasks']} 项任务"
    elif t == "TaskGroup":
        lab = f"{d.get('name')}\n{d.get('n_tasks', 0)} 项"
    elif t == "Task":
        num = str(d.get("number") or "").strip()
        lab = _short(f"{num} {d.get('title') or ''}".strip(), 16)
    elif t == "Agency":
        lab = str(d.get("name") or n)
        if n in view.overloaded:
            lab = "⚠ " + lab
    elif t == "Function":
        return str(d.get("name") or d.get("code")), f"{d.get('name') or d.get('code')}\n{d.get('gloss') or ''}"
    else:
        lab = str(d.get("name") or n)
    if t == "Agency":
        en = [view.function_gloss.get(c, ("", c))[1] or c for c in d.get("functions") or []]
        return lab, lab + ("\n" + ", ".join(en) if en else "\n(no function)")
    return lab, lab


def _plan_tip(g, n: str, d: dict, view: View) -> list[list]:
    return [["规划 Plan", d.get("title") or d.get("plan_id") or n], ["文号 No.", d.get("doc_number") or "—"],
            ["日期 Date", d.get("date") or "—"], ["印发 Issuers", _list(d.get("issuers")) or "—"],
            ["行政区 Jurisdiction", d.get("jurisdiction") or "—"]]


def _campaign_tip(g, n: str, d: dict, view: View) -> list[list]:
    tip = [["攻坚战 Campaign", d.get("name") or n], ["类型 Kind", d.get("campaign_type") or d.get("kind") or "—"]]
    if d.get("n_tasks"):
        tip.append(["任务 Tasks", str(d["n_tasks"])])
    return tip


def _task_group_tip(g, n: str, d: dict, view: View) -> list[list]:
    return [["任务组 Tasks outside any campaign", str(d.get("n_tasks", 0))]]


def _task_tip(g, n: str, d: dict, view: View) -> list[list]:
    """A task's number and title, where it stands, its deadline, who leads and supports it as
    this view shows them, what the plan says besides (supervisors, 专栏 box, indicator targets),
    and the first three clauses its units were read from."""
    leads = sorted({str(g.nodes[a].get("name") or a) for a, _, e in g.in_edges(n, data=True) if e.get("type") == "LEADS"})
    sups = sorted({str(g.nodes[a].get("name") or a) for a, _, e in g.in_edges(n, data=True) if e.get("type") == "SUPPORTS"})
    clauses: dict[str, str | None] = {}  # clause -> its sentence when it is thin
    for _, _, e in g.in_edges(n, data=True):
        c = e.get("clause")
        if c and str(c) not in clauses:
            # a thin clause (县检察院：负责) is quoted with its sentence: what it makes the body do
            clauses[str(c)] = shown_sentence(edge_sentence(e, d), d.get("title"))  # (not the title again)
    tip = [["任务 Task", f"{d.get('number') or ''} {d.get('title') or ''}".strip()],
           ["规划 Plan", str(d.get("plan_id") or "")],
           ["位置 Where", str(d.get("path") or "") or "—"],  # 二（一）2: the task as the plan numbers it
           ["章节 Section", " › ".join(d.get("section") or []) or "—"],
           ["期限 Deadline", _list(d.get("deadlines")) or "—"],
           ["牵头 Lead", "、".join(leads) or "（无 none）"],
           ["配合 Support", "、".join(sups) or "—"]]
    if d.get("supervisors"):  # named to supervise, as written: no edge, so only here
        tip.append(["督导 Supervisors", _list(d.get("supervisors"))])
    if d.get("kind") == "box":
        tip.append(["专栏 Box", "规划专栏所列项目 a project listed in a 专栏 box"])
    elif d.get("kind") == "indicator":
        tip.append(["指标 Indicator", "规划指标表所列指标 an indicator of a 规划's table, with its units"])
    if d.get("targets"):
        tip.append(["指标 Targets", _list(d.get("targets"))])
    for c, sentence in list(clauses.items())[:3]:
        tip.append(["原文条款 Clause", _short(c, 300)])
        if sentence:
            tip.append(["原文句子 Sentence", sentence])
    return tip


def _agency_tip(g, n: str, d: dict, view: View) -> list[list]:
    """An agency's name, functions (Chinese and English), place and department, what it does in
    this view, and its load and overload as the view's plan (or all plans) count them."""
    fn = [f"{view.function_gloss.get(c, (c, ''))[0]} ({view.function_gloss.get(c, ('', c))[1] or c})" for c in d.get("functions") or []]
    leads = sum(1 for _, _, e in g.out_edges(n, data=True) if e.get("type") == "LEADS")
    sups = sum(1 for _, _, e in g.out_edges(n, data=True) if e.get("type") == "SUPPORTS")
    tip = [["单位 Agency", d.get("name") or n], ["职能 Functions", "；".join(fn) or "（未识别 unknown）"],
           ["行政区 Jurisdiction", d.get("jurisdiction") or "—"]]
    if d.get("parent"):  # a division (科室) or group of units: the department it belongs to
        tip.append(["上级部门 Department", agency_name(g, d["parent"])])  # (by name, in a graph without it too)
    if d.get("renamed"):  # a folded graph's (analysis.renamed): the bodies a reform renamed, counted as this one
        tip.append(["含更名前单位 Renamed, counted here", renamed_label(d)])
    if view.view not in ("network", "overload"):
        tip.append(["本视图 In this view", f"牵头 leads {leads} · 配合 supports {sups}"])
    if n in view.load:
        tip.append(["加权负荷 Weighted load", f"{view.load[n]:.1f}"])
    if n in view.overloaded:
        tip.append(["⚠ 负荷过重 Overloaded", view.overloaded[n]])
    return tip


#: Node type -> the rows of its tooltip (a row: [label, value]).
_TIPS = {"Plan": _plan_tip, "Campaign": _campaign_tip, "TaskGroup": _task_group_tip, "Task": _task_tip, "Agency": _agency_tip}


def _node_tip(g, n: str, d: dict, view: View) -> list[list[str]]:
    """The tooltip of node ``n``: its type's rows (``_TIPS``), or its type and name."""
    t = d.get("type")
    tips = _TIPS.get(t)
    tip = tips(g, n, d, view) if tips else [[str(t or "node"), str(d.get("name") or d.get("code") or n)]]
    return [[str(k), str(v)] for k, v in tip]


def _edge_tip(g, u: str, v: str, e: dict) -> list[list[str]]:
    typ = e.get("type")
    tip = [["关系 Relation", ROLE_ZH.get(typ, str(typ))]]
    if "count" in e:
        unit = "项共同任务 shared tasks" if typ == "COORDINATES" else "项任务 tasks"
        tip.append(["数量 Count", f"{e['count']} {unit}"])
    if e.get("basis"):
        tip.append(["依据 Basis", BASIS_ZH.get(e["basis"], str(e["basis"]))])
    if e.get("mention"):
        tip.append(["原文写法 As written", str(e["mention"])])
    if e.get("folded_from"):  # the mention named a body a reform renamed (a folded graph's)
        tip.append(["更名前单位 Renamed body", str(e["folded_from"])])
    if e.get("portfolio"):
        tip.append(["分管 Portfolio", _list(e["portfolio"])])
    if e.get("clause"):
        tip.append(["原文条款 Clause", _short(e["clause"], 300)])
        sentence = edge_sentence(e, g.nodes[v])
        if sentence:  # a thin clause (县检察院：负责): the sentence it stands in, to audit it by
            tip.append(["原文句子 Sentence", sentence])
    return tip


# --------------------------------------------------------------------------- vis data


def vis_data(view: View) -> tuple[list[dict], list[dict], dict]:
    """Nodes, edges (vis-network dicts, collected with pyvis) and the legend inputs."""
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    node_types, agency_kinds = _add_nodes(net, view)
    edge_kinds = _add_edges(net, view.graph)
    legend = {"node_types": node_types, "edge_kinds": edge_kinds, "agency_kinds": agency_kinds}
    return net.nodes, net.edges, legend


def _add_nodes(net, view: View) -> tuple[set, set]:
    """Add the view's nodes to ``net``, styled by type (an agency sized by its load when the view
    is sized, an overloaded one bordered, a folded campaign by its task count), each with its
    tooltip and the text the find box matches. Returns the node types and agency kinds drawn,
    for the legend."""
    g = view.graph
    max_load = max((view.load.get(n, 0.0) for n, d in g.nodes(data=True) if d.get("type") == "Agency"), default=0.0)
    node_types, agency_kinds = set(), set()
    for n, d in g.nodes(data=True):
        t = d.get("type") or "Jurisdiction"
        node_types.add(t)
        s = style.node_style(t, kind=d.get("kind") if t == "Agency" else None)
        if t == "Agency":
            agency_kinds.add(d.get("kind") or "agency")
        label, label_gloss = _node_label(n, d, view)
        size = s["size"]
        if t == "Agency" and view.sized:
            size = style.agency_size(view.load.get(n, 0.0), max_load)
        if t in ("Campaign", "TaskGroup") and d.get("n_tasks"):
            size = min(40, 12 + 2 * d["n_tasks"] ** 0.5)
        over = n in view.overloaded and t == "Agency"
        net.add_node(
            n,
            label=label,
            shape=s["shape"],
            color={"background": s["color"], "border": style.OVERLOAD_BORDER if over else s["color"],
                   "highlight": {"background": s["color"], "border": "#000000"}},
            size=size,
            borderWidth=6 if over else 1,
            font={"color": s["font"] if s["shape"] == "box" else "#222222", "size": 11 if t == "Task" else 15,
                  "face": FONT_STACK, "strokeWidth": 3 if s["shape"] != "box" else 0, "strokeColor": "#ffffff",
                  **({"bold": {"color": style.OVERLOAD_BORDER}} if over else {})},
            mass=2 if t in ("Plan", "Campaign") else 1,
            ntype=t,
            label_zh=label,
            label_gloss=label_gloss,
            # what the find box matches besides the labels: an agency as the plans write it
            # (区发改委, 渝水生态环境局), which its canonical label does not contain
            find=" ".join(map(str, [*(d.get("aliases") or ()), *(d.get("renamed") or ())])) if t == "Agency" else "",
            tip=_node_tip(g, n, d, view),
        )
    return node_types, agency_kinds


def _add_edges(net, g) -> set:
    """Add ``g``'s edges to ``net``, styled by type and basis (a suggested one apart), a folded
    edge as wide as its count among the view's; returns the edge kinds drawn, for the legend."""
    edge_kinds = set()
    max_count = max((e.get("count", 1) for *_, e in g.edges(keys=True, data=True)), default=1)
    for i, (u, v, k, e) in enumerate(g.edges(keys=True, data=True)):
        typ = e.get("type")
        s = style.edge_style(typ, basis=e.get("basis"))
        kind = "SUGGESTED" if typ in ("LEADS", "SUPPORTS") and e.get("basis") == "suggested" else (
            "STRUCTURE" if typ in style.STRUCTURE_TYPES else typ)
        edge_kinds.add(kind)
        width = s["width"]
        if "count" in e and max_count > 1:
            width = s["width"] * (1 + 3 * (e["count"] - 1) / (max_count - 1))
        opts = dict(
            id=f"e{i}",
            color={"color": s["color"], "highlight": "#000000", "opacity": 0.85},
            width=round(width, 2),
            dashes=s["dashes"],
            arrows={"to": {"enabled": typ != "COORDINATES", "scaleFactor": 0.5}},
            etype=typ,
            tip=_edge_tip(g, u, v, e),
        )
        if "count" in e and e["count"] > 1 and typ != "COORDINATES":  # the network shows width only
            opts["label"] = str(e["count"])
            opts["font"] = {"size": 11, "align": "middle", "color": "#333333", "strokeWidth": 3}
        net.add_edge(u, v, **opts)
    return edge_kinds


def vis_options(n_nodes: int, n_edges: int) -> dict:
    big = n_nodes > 400 or n_edges > 1200
    return {
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -70, "centralGravity": 0.008, "springLength": 110,
                                 "springConstant": 0.06, "damping": 0.5, "avoidOverlap": 0.6},
            "maxVelocity": 60,
            "minVelocity": 1.0,
            "stabilization": {"enabled": True, "iterations": 250 if big else 500, "updateInterval": 20, "fit": True},
        },
        "edges": {"smooth": False if big else {"enabled": True, "type": "continuous", "roundness": 0.3}},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big, "keyboard": {"enabled": True, "bindToWindow": False}},
        "layout": {"improvedLayout": n_nodes < 300, "randomSeed": 7},
    }


# --------------------------------------------------------------------------- page


def _legend_html(items: list[dict]) -> str:
    rows = []
    for it in items:
        c = esc(it["color"])
        if it["kind"] == "edge":
            dash = ""
            if it["dashes"]:
                dash = f' stroke-dasharray="{",".join(str(x) for x in it["dashes"])}"'
            icon = f'<svg width="44" height="14"><line x1="2" y1="7" x2="42" y2="7" stroke="{c}" stroke-width="{it["width"]}"{dash}/></svg>'
        elif it["kind"] == "size":
            icon = f'<svg width="44" height="22"><circle cx="7" cy="13" r="4" fill="{c}"/><circle cx="30" cy="11" r="10" fill="{c}"/></svg>'
        elif it["kind"] == "overload":
            icon = f'<svg width="44" height="22"><circle cx="22" cy="11" r="8" fill="#27ae60" stroke="{c}" stroke-width="3.5"/></svg>'
        else:
            icon = _shape_svg(it["shape"], c)
        rows.append(f'<li>{icon}<span><b>{esc(it["zh"])}</b><br><small>{esc(it["en"])}</small></span></li>')
    return "<ul>" + "".join(rows) + "</ul>"


def _shape_svg(shape: str, c: str) -> str:
    body = {
        "box": f'<rect x="6" y="4" width="32" height="14" rx="3" fill="{c}"/>',
        "diamond": f'<polygon points="22,1 31,11 22,21 13,11" fill="{c}"/>',
        "square": f'<rect x="16" y="5" width="12" height="12" fill="{c}"/>',
        "dot": f'<circle cx="22" cy="11" r="8" fill="{c}"/>',
        "triangle": f'<polygon points="22,2 31,19 13,19" fill="{c}"/>',
        "triangleDown": f'<polygon points="13,3 31,3 22,20" fill="{c}"/>',
    }.get(shape, f'<circle cx="22" cy="11" r="8" fill="{c}"/>')
    return f'<svg width="44" height="22">{body}</svg>'


#: Plans listed at once by the filter page's picker (the search box narrows all of them).
PICKER_SHOWN = 50

_PICKER = ('<p><label>查找规划 Find a plan: <input type="search" id="plan-find" placeholder="id, 标题 title, 地区 place"></label>'
           '<span id="plan-count"></span></p><ul id="plan-list"></ul>')


#: Overloaded agencies named beside the graph at most (the rest: a count, and the find box).
OVERLOADED_SHOWN = 30


def _overloaded_html(view: View) -> str:
    """The view's overloaded agencies by name, heaviest load first, each a button that finds
    it: a graph of hundreds of agencies opens too small for any label to be drawn, and a red
    ring on a projector names nobody until someone hovers it."""
    g = view.graph
    over = [n for n in view.overloaded if n in g and g.nodes[n].get("type") == "Agency"]
    if not over:
        return ""
    named = sorted(((str(g.nodes[n].get("name") or n), n) for n in over), key=lambda x: (-view.load.get(x[1], 0.0), x[0]))
    items = "".join(f'<li><button type="button" data-node="{esc(n)}" title="{esc(view.overloaded[n])}">{esc(name)}</button></li>'
                    for name, n in named[:OVERLOADED_SHOWN])
    more = len(named) - OVERLOADED_SHOWN
    rest = f"<small>另有 {more} 个，请用查找框 · {more} more: use Find</small>" if more > 0 else ""
    return (f'<div id="overloaded"><h2>⚠ 负荷过重 Overloaded ({len(named)})</h2><ul>{items}</ul>{rest}'
            "<small>点击单位在图中定位 · click a name to find it in the graph</small></div>")


def render_view(view: View) -> str:
    """The complete HTML page for a view (one string, no external reference)."""
    nodes, edges, legend = vis_data(view)
    js, css = vis_assets()
    items = style.legend_items(legend["node_types"], legend["edge_kinds"], sized=view.sized and "Agency" in legend["node_types"],
                               overloaded=any(n in view.graph for n in view.overloaded), agency_kinds=legend["agency_kinds"])
    n_tasks = sum(1 for _, d in view.graph.nodes(data=True) if d.get("type") == "Task")
    n_ag = sum(1 for _, d in view.graph.nodes(data=True) if d.get("type") == "Agency")
    sub = f"{view.subtitle} · {n_ag} 个单位 agencies · " + (f"{n_tasks} 项任务 tasks · " if n_tasks else "") + f"{len(nodes)} 节点 nodes · {len(edges)} 连线 edges"
    notes = "".join(f"<p>{esc(n)}</p>" for n in view.notes)
    filt = ""
    if view.needs_filter:
        filt = ('<div class="filter-needed" id="filter-needed"><p><b>图太大，请先选择范围。</b> This build is too large to draw at once; '
                "choose a plan, campaign or agency:</p>" + (_PICKER if view.plan_choices else
                                                            "<pre>" + esc("\n".join(view.suggestions)) + "</pre>") + "</div>")
    data = {"nodes": nodes, "edges": edges, "options": vis_options(len(nodes), len(edges))}
    if view.needs_filter and view.plan_choices:
        data["plans"] = view.plan_choices
    parts = {
        "__CSP__": esc(CSP),
        "__TITLE__": esc(view.title),
        "__SUBTITLE__": esc(sub),
        "__FONT__": FONT_STACK,
        "__NOTES__": f'<div class="notes">{notes}</div>' if notes else "",
        "__FILTER__": filt,
        "__LEGEND__": _legend_html(items),
        "__OVERLOADED__": _overloaded_html(view),
        "__DATA__": script_json(data),
        "__VISCSS__": css,
        "__VISJS__": js,
        "__PICKER_SHOWN__": str(PICKER_SHOWN),
    }
    # one pass, so a replacement text can never be re-scanned for another placeholder
    return re.sub("|".join(re.escape(k) for k in parts), lambda m: parts[m.group()], PAGE)
