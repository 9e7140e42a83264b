"""A 分工表 laid out inside an outer table's cells, as Word and portal pages hold it: the outer
table lists the fields (领域 | 任务分工, or 序号 | 领域 | …), a cell of each row holds that field's
rows as a table of their own. Read as one table, the outer field as a first column beside each
nested row, as a vertically merged 重点任务 column is read (respgraph/read/word.py and web.py give
each outer row's cells here; before, the nested rows were lines of one cell: "no tasks found").
"""

from __future__ import annotations

import re

from respgraph.grammar.units import looks_like_unit

# What an outer table's row may hold beside the nested table: its 序号 and the field the nested
# rows belong to (一 | 水环境 / 企业全生命周期服务), never a task's text or a unit.
_OUTER_LABEL_MAX = 20
_CN_ORDINAL = re.compile(r"[一二三四五六七八九十]{1,3}|[0-9]{1,2}")
_NUMBER_HEADS = ("序号", "编号", "序列")
# a division table's header names who does the work (a grid of targets or contacts does not)
_UNIT_HEAD = re.compile(r"牵头|责任单位|责任部门|配合|协同|协办|参与|主办|承办")


def lift_nested_division(outer: list[tuple[list[str], list[list[str]] | None]]) -> list[list[str]] | None:
    """The rows of one table for ``outer``: each outer row's label cells (its other cells and
    the text beside the nested table) and the rows of the table nested in it (``None``: no
    nested table). The nested header is written once under the outer header's label for the
    field, or the outer header is taken when it names the nested columns (领域 | 序号 | 任务 |
    牵头单位 | …, the nested tables without a header). ``None`` when this is no such layout: a
    nested table of fewer than three columns (牵头 | 单位 pairs in a unit cell), one row under no
    header of its columns, an outer row holding a task's text or a unit, or no unit column."""
    out: list[list[str]] = []
    header: list[str] | None = None
    field_head = ""
    outer_head: list[str] = []
    for labels, nested in outer:
        labels = [x.strip() for x in labels if x.strip()]
        if any(len(x) > _OUTER_LABEL_MAX or "\n" in x for x in labels):
            return None
        if nested is None:
            if header is not None:
                return None  # a row of its own between nested tables: not this layout
            # the outer header (序号 | 领域 | 任务分工): its field's label
            field_head = "  ".join(x for x in labels[:-1] if x not in _NUMBER_HEADS)
            outer_head = labels
            continue
        # (a 分工表's own row with a grid in one cell, 1 | 加强扬尘管控 | 市住建局 | [单位|联系人|电话],
        # names a unit beside it: its row, not a field of rows)
        if len(labels) > 2 or any(looks_like_unit(x) for x in labels):
            return None
        rows = [r for r in nested if any(c.strip() for c in r)]
        if not rows or max(len(r) for r in rows) < 3:
            return None
        if header is None:
            if len(outer_head) >= 4 and all(len(r) == len(outer_head) - 1 for r in rows) and rows[0] != outer_head[1:]:
                header, field_head = outer_head[1:], outer_head[0]
            elif len(rows) >= 2:
                header = rows[0]
            else:
                return None
            if not any(_UNIT_HEAD.search(h) for h in header):
                return None
            out.append([field_head or "类别"] + header)
        if rows[0] == header:
            rows = rows[1:]
        field = _group_label(labels)
        out.extend([field] + r for r in rows)
    return out if header is not None else None


def _group_label(labels: list[str]) -> str:
    """An outer row's cells as the field of its nested rows: 一 | 水环境 → 一、水环境."""
    if len(labels) > 1 and _CN_ORDINAL.fullmatch(labels[0]):
        return labels[0] + ("、" if labels[0][0] in "一二三四五六七八九十" else ".") + "".join(labels[1:])
    return "  ".join(labels)
