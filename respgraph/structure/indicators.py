"""A 规划's table of indicators (指标 | 2020年 | 2025年 | 属性 | 责任单位).

Its rows are the plan's targets. A table with a unit column (责任单位 / 牵头单位 / 配合单位) says
who answers for each: each row with units is a task of kind ``indicator``, titled by the
indicator as written (``用水总量（亿立方米）``), its units read as a division table's are (牵头单位
leads, a bare 责任单位 lists them by the plan's convention), its target cells its targets. A
row naming no unit, and a table without a unit column, stay targets only: no task.

    >>> h = ["序号", "指标名称", "2020年", "2025年", "属性", "责任单位"]
    >>> indicator_table(h), target_columns(h, 2021)
    (True, [3])
"""

from __future__ import annotations

import re

from respgraph.records import Target

_INDICATOR_COL = re.compile(r"^(?:主要)?指标(?:名称|内容)?$")
_TARGET_COL = re.compile(r"^(?:(?:19|20)\d{2}年?(?:目标值?|基[准期]值|现状值?)?|(?:指标)?属性|目标值|基[准期]值|现状值)$")
# the columns of a row's values: a year's (2025年), a goal's (目标值 / 规划目标值 / 2025年目标),
# not the base's (2020年现状值 / 基期值 / 基准值)
_YEAR = re.compile(r"((?:19|20)\d{2})")
_GOAL = re.compile(r"目标")
_BASE = re.compile(r"基[准期]|现状")
_ATTRIBUTE = re.compile(r"属性")
# 单位 / 计量单位: what the values are counted in (no body's unit)
_MEASURE_COL = re.compile(r"^(?:计量)?单位$")
# 用水总量（亿立方米） / 万元GDP用水量下降（%）: the unit its values are in, closing the name
_MEASURE = re.compile(r"[（(]([^（()）]{1,12})[)）]$")
_VALUE = re.compile(
    r"^(?P<cmp>[≥≤＞＜><]=?|不低于|不高于|不少于|不超过|大于|小于|低于|高于|达到)?\s*"
    r"(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>%|％|‰)?\s*(?P<suffix>以上|以内|以下|左右)?$"
)
_COMPARATOR = {"≥": "不低于", ">=": "不低于", "≤": "不高于", "<=": "不高于", ">": "高于", "＞": "高于", "<": "低于", "＜": "低于"}


def indicator_table(h: list[str]) -> bool:
    """Whether the header ``h`` (column names) is an indicator table's."""
    return any(_INDICATOR_COL.match(x) for x in h) and any(_TARGET_COL.match(x) for x in h)


def indicator_columns(h: list[str]) -> list[int]:
    """The column naming each row's indicator (指标 / 指标名称)."""
    return [k for k, x in enumerate(h) if _INDICATOR_COL.match(x)]


def measure_columns(h: list[str]) -> list[int]:
    return [k for k, x in enumerate(h) if _MEASURE_COL.match(x)]


def target_columns(h: list[str], year: int | None) -> list[int]:
    """The columns holding a row's targets: those named a goal (目标值), and the years not before
    the plan's (2020年 | 2025年 in a plan of 2021: 2025年); without the plan's year, every year but
    the earliest of two or more (the base's)."""
    goals = [k for k, x in enumerate(h) if _GOAL.search(x) and not _BASE.search(x) and not _ATTRIBUTE.search(x)]
    years = {k: int(m.group(1)) for k, x in enumerate(h) if k not in goals and not _BASE.search(x) and (m := _YEAR.search(x)) and _TARGET_COL.match(x)}
    if year is not None:
        bare = [k for k, y in years.items() if y >= year]
    else:
        bare = [k for k, y in years.items() if len(years) < 2 or y > min(years.values())]
    return sorted(goals + bare)


def row_targets(cells: dict, columns: list[int], h: list[str], title: str, measure: str, span_of) -> list:
    """The targets of an indicator row: one per target cell holding a value (≤7.5 / 85 / 16%);
    a cell of words (完成省下达任务) stays in the task's text. ``span_of(cell)`` is the cell's span."""
    m = _MEASURE.search(title)
    indicator = title[: m.start()] if m else title
    unit = measure.strip("—-－ ") or (m.group(1) if m else "")  # (单位 | — : counted in nothing)
    out = []
    for k in columns:
        cell = cells.get(k)
        v = _VALUE.match(cell.text.strip()) if cell is not None else None
        if v is None:
            continue
        suffix = v.group("suffix")
        written = v.group("cmp") or ""
        comparator = suffix or _COMPARATOR.get(written, written or "达到")  # (7左右 / ≥150 / 85: 达到)
        out.append(Target(text=f"{title}（{h[k]}）{cell.text.strip()}", indicator=indicator, value=float(v.group("value")),
                          unit=v.group("unit") or unit, comparator=comparator, span=span_of(cell)))
    return out


def row_text(cells: dict, h: list[str], skip: set[int]) -> str:
    """An indicator row as its cells say it (用水总量（亿立方米） 2025年：7.5 属性：约束性), its unit
    cells aside."""
    parts = []
    for k, cell in sorted(cells.items()):
        text = cell.text.strip()
        if k in skip or not text or k >= len(h):
            continue
        parts.append(text if _INDICATOR_COL.match(h[k]) else f"{h[k]}：{text}")
    return "\t".join(parts)
