"""Task-division tables (任务分工表) of docx/html plans: one body row = one task.

The header names the columns: 牵头单位 (lead, basis ``table``), 责任/配合/协助/参与单位
(support, basis ``table``), 完成时限/时间 (deadline), 序号 (number) and the task text
(重点任务, 工作任务, 主要任务, 工作内容, 具体措施 …; else the widest text column).
"""

from __future__ import annotations

import re

from respgraph.records import Clause, Mention, Span, Table
from respgraph.structure.fields import find_deadlines

LEAD_COL = re.compile(r"牵头")
SUPPORT_COL = re.compile(r"(责任|配合|协助|参与|协办|主体)(单位|部门)?")
DEADLINE_COL = re.compile(r"(时限|时间|期限|进度)")
NUMBER_COL = re.compile(r"^(序号|编号|序)$")
TASK_COL = re.compile(r"(任务|内容|措施|事项|工作)")
_SEP = re.compile(r"[、，,；;\n]+")


def is_division_table(table: Table) -> bool:
    return any(LEAD_COL.search(h) or SUPPORT_COL.search(h) for h in table.header)


def _units(cell, role: str) -> list[Mention]:
    """Split a cell on 、，,；; (not inside brackets) into mentions with spans."""
    try:
        from respgraph.grammar.units import split_units

        units = split_units(cell.text, cell.span.start)
        out = []
        for u in units:
            name = getattr(u, "text", None) or getattr(u, "name", "")
            start = getattr(u, "start", cell.span.start)
            end = getattr(u, "end", start + len(name))
            if name:
                out.append(Mention(name, role, "table", Span(start, end), list(getattr(u, "portfolio", []) or []), bool(getattr(u, "collective", False))))
        if out:
            return out
    except Exception:  # the responsibilities splitter is optional here
        pass
    out, depth, piece_start = [], 0, 0
    text = cell.text
    for k, ch in enumerate(text + "、"):
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        if (k == len(text) or (_SEP.match(ch) and depth == 0)):
            raw = text[piece_start:k]
            name = raw.strip().rstrip("等")
            if name:
                s = cell.span.start + piece_start + (len(raw) - len(raw.lstrip()))
                out.append(Mention(name, role, "table", Span(s, s + len(name)), collective=name.startswith("各")))
            piece_start = k + 1
    return out


def table_tasks(builder, tables: list[Table], settings=None) -> None:
    """Append one task per body row of every task-division table to ``builder``."""
    for table in tables:
        if not is_division_table(table):
            continue
        h = table.header
        lead = [k for k, x in enumerate(h) if LEAD_COL.search(x)]
        support = [k for k, x in enumerate(h) if k not in lead and SUPPORT_COL.search(x)]
        deadline = [k for k, x in enumerate(h) if DEADLINE_COL.search(x) and k not in lead + support]
        number = [k for k, x in enumerate(h) if NUMBER_COL.match(x.strip())]
        taken = set(lead + support + deadline + number)
        task_cols = [k for k, x in enumerate(h) if k not in taken and TASK_COL.search(x)]
        if not task_cols:
            rest = [k for k in range(len(h)) if k not in taken]
            task_cols = rest[:1]
        for row in table.rows:
            cells = {k: c for k, c in enumerate(row)}
            main = [cells[k] for k in task_cols if k in cells and cells[k].text.strip()]
            if not main:
                continue
            mentions: list[Mention] = []
            for k in lead:
                if k in cells:
                    mentions += _units(cells[k], "lead")
            for k in support:
                if k in cells:
                    mentions += _units(cells[k], "support")
            used = [cells[k] for k in lead + support if k in cells and cells[k].text.strip()]
            clauses = []
            if used:
                span = Span(min(c.span.start for c in used), max(c.span.end for c in used))
                clauses = [Clause(span=span, raw="；".join(f"{h[k]}：{cells[k].text}" for k in lead + support if k in cells), mentions=mentions)]
            start, end = main[0].span.start, main[-1].span.end
            title = re.split(r"[。；\n]", main[0].text.strip())[0][:200]
            num = next((cells[k].text.strip() for k in number if k in cells), "")
            task = builder.add(builder.block_at(start) or 0, num, title, start, end, "table", clauses)
            task.section = [] if builder.block_at(start) is None else task.section
            for k in deadline:
                if k in cells:
                    found = find_deadlines(cells[k].text, cells[k].span.start)
                    if found:
                        task.deadlines = found + [d for d in task.deadlines if d not in found]
                    elif cells[k].text.strip():
                        from respgraph.records import Deadline

                        y = re.search(r"(20\d{2})", cells[k].text)
                        task.deadlines.insert(0, Deadline(cells[k].text.strip(), int(y.group(1)) if y else None, None, "by", cells[k].span))
