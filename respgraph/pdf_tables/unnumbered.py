"""A table one cell a line with no 序号 column (a WeChat or web copy of a 重点任务 | 牵头单位 |
配合单位 list), read a header's width of lines at a time: ``unnumbered_segments``.
"""

from __future__ import annotations

import re

from respgraph.pdf_tables.header import _DEADLINE, SERIAL_LABEL, _UNIT, Segment, header_at, _is_label
from respgraph.pdf_tables.numbered import _AGENCY


# A table one cell a line with no 序号 column (a WeChat or web copy of a 重点任务 | 牵头单位 |
# 配合单位 list): no serial number marks where a row starts, so its rows are read a header's
# width of lines at a time, as long as each row's unit cells read as units and its task cell
# does not (a unit cell holding a task, or a blank or a wrapped cell, ends the table there).
_UNIT_PIECE = re.compile(r"[、，,；;]")
# ... a collective too (区直各执法部门 / 各相关单位 / 各乡镇)
_COLLECTIVE_PIECE = re.compile(r"^(各|[区市县省州盟旗镇乡])[^，。；：\s]{0,18}(部门|单位|乡镇|镇街)$")


# a header's task column (重点任务 / 问题描述, not a unit's) and its deadline column
_TASK_HEAD = re.compile(r"任务|内容|措施|事项|工作|举措|问题")
_DEADLINE_HEAD = re.compile(r"时限|时间|期限")


def _unit_piece(p: str) -> bool:
    return bool(_AGENCY.match(p) or _COLLECTIVE_PIECE.match(p))


def _unnumbered_row(cells: list[str], header: list[str], task: int) -> bool:
    for k, (c, h) in enumerate(zip(cells, header)):
        if not c or " " in c or "\u3000" in c:
            return False
        if _UNIT.search(h) and not all(_unit_piece(p) for p in _UNIT_PIECE.split(c) if p):
            return False
        if k == task and (len(c) < 4 or _AGENCY.match(c) or _is_label(c)):
            return False
        if _DEADLINE_HEAD.search(h) and not _DEADLINE.search(c):
            return False
    return True


def unnumbered_segments(text: str) -> list[Segment]:
    """Cut ``text`` into prose and the tables one cell a line that have no 序号 column; [] when
    there is none."""
    lines = text.splitlines(keepends=True)
    words = [ln.strip() for ln in lines]
    out: list[Segment] = []
    done = k = 0
    while k < len(words):
        w = words[k]
        if not w or SERIAL_LABEL.match(w) or not _is_label(w) or (k and words[k - 1] and _is_label(words[k - 1])):
            k += 1
            continue
        header, size = header_at(words, k)
        task = next((n for n, h in enumerate(header) if _TASK_HEAD.search(h) and not _UNIT.search(h)), None)
        if not size or task is None or any(not x for x in words[k : k + size]):
            k += 1
            continue
        n, j, rows = len(header), k + size, []
        while j + n <= len(words) and _unnumbered_row(words[j : j + n], header, task):
            rows.append(words[j : j + n])
            j += n
        if len(rows) < 2:
            k += 1
            continue
        out.append(("text", "".join(lines[done:k])))
        out.append(("table", [header, *rows]))
        done = k = j
    if not out:
        return []
    out.append(("text", "".join(lines[done:])))
    return [s for s in out if s[0] == "table" or s[1]]
