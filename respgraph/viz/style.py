"""The visual language of the graph views: one place that says how things look.

A reader should get it without a manual, so every choice maps one visual channel to one
fact, and the legend (``legend_items``) is generated from the same tables:

- node *shape and colour* say the node type (plan = dark box, campaign = orange diamond,
  task = small blue square, agency = green dot, ...);
- agency *size* says weighted load (area grows with load, so big = busy);
- an agency with a *thick red ring* and a ⚠ in its label is overloaded;
- edge *line* says the role: lead = solid, heavy, dark blue; support = thin, dashed, grey;
  a respgraph suggestion (basis ``suggested``) = dotted purple, never mistaken for what the
  plan states; structure (plan → campaign → task) = faint grey.

Example::

    >>> node_style("Task")["shape"]
    'square'
    >>> edge_style("LEADS", basis="explicit")["dashes"]
    False
"""

from __future__ import annotations

import math

NODE_STYLE: dict[str, dict] = {
    "Plan": {"shape": "box", "color": "#34495e", "font": "#ffffff", "size": 30, "zh": "规划/方案", "en": "plan"},
    "Campaign": {"shape": "diamond", "color": "#f39c12", "font": "#5a3a00", "size": 18, "zh": "攻坚战/专项行动", "en": "campaign"},
    "Task": {"shape": "square", "color": "#7fb3e0", "font": "#1c3d5a", "size": 8, "zh": "任务", "en": "task"},
    "Agency": {"shape": "dot", "color": "#27ae60", "font": "#14532d", "size": 14, "zh": "责任单位", "en": "agency"},
    "Function": {"shape": "triangle", "color": "#8e7cc3", "font": "#3b2c6b", "size": 12, "zh": "职能", "en": "function"},
    "Jurisdiction": {"shape": "triangleDown", "color": "#95a5a6", "font": "#333333", "size": 12, "zh": "行政区", "en": "jurisdiction"},
    # Aggregated views fold tasks into counts on these.
    "TaskGroup": {"shape": "square", "color": "#7fb3e0", "font": "#1c3d5a", "size": 14, "zh": "任务组（计数）", "en": "tasks folded into a count"},
}

#: Agencies of other kinds keep the dot shape but change colour, so a party committee or
#: a whole tier of government stands out from line bureaus.
AGENCY_KIND_COLOR = {
    "agency": "#27ae60",
    "division": "#82c99b",  # a department's 处 / 科 / 股: its bureau's green, lighter
    # gold, not the party's red: the overload ring is red, and at the overview's zoom a
    # ringed agency is a red dot (a red party committee was read as overloaded, and back)
    "party": "#b7950b",
    "government": "#8e44ad",
    "legislature": "#16a085",
    "judiciary": "#16a085",
    "collective": "#7f8c8d",
    "enterprise": "#d35400",
    "other": "#7f8c8d",
}
OVERLOAD_BORDER = "#d62728"

LEAD_COLOR = "#1f4e79"
SUPPORT_COLOR = "#8da9c4"
SUGGESTED_COLOR = "#8e44ad"
STRUCTURE_COLOR = "#c8ccd0"

EDGE_STYLE: dict[str, dict] = {
    "LEADS": {"color": LEAD_COLOR, "width": 3.5, "dashes": False, "zh": "牵头", "en": "lead (solid, heavy)"},
    "SUPPORTS": {"color": SUPPORT_COLOR, "width": 1.2, "dashes": [7, 5], "zh": "配合/责任", "en": "support (thin, dashed)"},
    "SUGGESTED": {"color": SUGGESTED_COLOR, "width": 1.5, "dashes": [2, 4], "zh": "系统建议", "en": "suggested by respgraph (dotted)"},
    "STRUCTURE": {"color": STRUCTURE_COLOR, "width": 1.0, "dashes": False, "zh": "包含", "en": "contains (plan → campaign → task)"},
    "COORDINATES": {"color": "#9aa5b1", "width": 1.0, "dashes": False, "zh": "共同负责", "en": "share tasks (width = number)"},
}

STRUCTURE_TYPES = {"HAS_CAMPAIGN", "HAS_TASK", "HAS_FUNCTION", "IN", "PART_OF", "ISSUED_IN"}


def node_style(node_type: str, *, kind: str | None = None) -> dict:
    """Shape, colour, font colour and base size of a node type (agency kind picks the colour)."""
    style = dict(NODE_STYLE.get(node_type, NODE_STYLE["Jurisdiction"]))
    if node_type == "Agency" and kind:
        style["color"] = AGENCY_KIND_COLOR.get(kind, style["color"])
    return style


def edge_style(edge_type: str, *, basis: str | None = None) -> dict:
    """Line colour, width and dash pattern of an edge; ``suggested`` always wins (dotted)."""
    if edge_type in ("LEADS", "SUPPORTS") and basis == "suggested":
        return dict(EDGE_STYLE["SUGGESTED"])
    if edge_type in STRUCTURE_TYPES:
        return dict(EDGE_STYLE["STRUCTURE"])
    return dict(EDGE_STYLE.get(edge_type, EDGE_STYLE["COORDINATES"]))


def agency_size(load: float, max_load: float) -> float:
    """Dot radius for a weighted load: the *area* grows with load (radius ~ sqrt), 10..48 px."""
    if max_load <= 0 or load <= 0:
        return 10.0
    return round(10.0 + 38.0 * math.sqrt(load / max_load), 1)


def legend_items(node_types: set[str], edge_kinds: set[str], *, sized: bool, overloaded: bool, agency_kinds: set[str] = frozenset()) -> list[dict]:
    """The legend entries for what a view actually shows (never entries for absent things)."""
    items: list[dict] = []
    for t, s in NODE_STYLE.items():
        if t in node_types:
            items.append({"kind": "node", "shape": s["shape"], "color": s["color"], "zh": s["zh"], "en": s["en"]})
    seen = {NODE_STYLE["Agency"]["color"]}
    for k in ("division", "party", "government", "legislature", "judiciary", "enterprise", "collective", "other"):
        c = AGENCY_KIND_COLOR[k]
        if k in agency_kinds and c not in seen:  # one entry per colour
            seen.add(c)
            zh, en = AGENCY_KIND_LEGEND[c]
            items.append({"kind": "node", "shape": "dot", "color": c, "zh": zh, "en": en})
    if sized:
        items.append({"kind": "size", "color": NODE_STYLE["Agency"]["color"], "zh": "圆点越大，工作负荷越重", "en": "bigger dot = heavier weighted load"})
    if overloaded:
        items.append({"kind": "overload", "color": OVERLOAD_BORDER, "zh": "⚠ 红圈：负荷过重", "en": "red ring: overloaded"})
    for k in ("LEADS", "SUPPORTS", "SUGGESTED", "STRUCTURE", "COORDINATES"):
        if k in edge_kinds:
            s = EDGE_STYLE[k]
            items.append({"kind": "edge", "color": s["color"], "width": s["width"], "dashes": s["dashes"], "zh": s["zh"], "en": s["en"]})
    return items


#: legend text per agency colour (kinds that share a colour share an entry)
AGENCY_KIND_LEGEND = {
    AGENCY_KIND_COLOR["division"]: ("内设机构（处室、科室、股室）", "a department's division"),
    AGENCY_KIND_COLOR["party"]: ("党委机构", "party organ"),
    AGENCY_KIND_COLOR["government"]: ("政府（各级）", "a government as a whole"),
    AGENCY_KIND_COLOR["legislature"]: ("人大、法院、检察院", "legislature / judiciary"),
    AGENCY_KIND_COLOR["enterprise"]: ("企业", "enterprise"),
    AGENCY_KIND_COLOR["collective"]: ("泛指（各乡镇、成员单位）或其他", "collective addressee or other"),
}
