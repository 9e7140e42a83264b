"""Body items a division table lists again, in a body that names no unit (the tables pass of ``parse``).

A 工作要点 may write its items as one sentence of work each and leave every unit to the 分工表 in its
附件 (长沙经开区's: ``1.开展工程机械涂装企业VOCs综合治理，完成30家企业治理设施升级改造。`` … ``以上任务分工详见附件。``,
the row ``1  工程机械涂装企业VOCs综合治理  安全环保局  经济发展局``). Items that short are no tasks of a plan
without clauses (they read as an outline), so the rows stood alone, the body's wording on none. Here the
body's leaf items are offered to ``rows.drop_listed_twice`` as tasks (``add_listed_items``); those a
row lists again (by title or words) stay the task, with their number and words, and take the row's
units; the others go again (``drop_unlisted``), and the rows naming no item stay as they were.
Only where the body names no unit: a body with units has its items read already.
"""

from __future__ import annotations

import re

from respgraph.records import Span
from respgraph.structure.headings import heading_title
from respgraph.structure.task_rules import clean_number

_CJK = re.compile(r"[\u4e00-\u9fff]")
# headings, paragraphs and 专栏: no item of work a row could list
_NOT_ITEMS = frozenset({"para", "plain", "bracket", "box", "part", "chapter", "section", "attach"})
# what may stand between a heading and its table: blanks and a drawn rule (────)
_RULE = re.compile(r"[\s─━—＝=_\-]*")


def add_listed_items(builder, skip: list[Span]) -> list:
    """The body's numbered leaf items, outside ``skip`` (the head, the tables) and the chapters of
    no tasks (background, safeguards), added to ``builder.tasks`` as tasks naming no unit, when the
    body named no unit (its tasks so far, if any, name none: an item titled 加强工地扬尘管控，严格落实…
    is one); the tasks added (none otherwise)."""
    tasks = builder.tasks
    body = [t for t in tasks if t.kind not in ("table", "indicator")]
    if not any(t.kind == "table" for t in tasks) or any(t.mentions for t in body):
        return []
    blocks, text = builder.blocks, builder.text
    _, roots = builder._chapters_of_tasks()
    read = {builder.block_at(t.span.start) for t in body}  # (an item with a title sentence is a task already)
    added = []
    for i, b in enumerate(blocks):
        if b.style in _NOT_ITEMS or i in read or any(blocks[c].style != "para" for c in b.children):
            continue
        if builder.root(i) not in roots or any(s.start <= b.start < s.end for s in skip) or builder.in_box(i):
            continue
        end = max([b.end] + [blocks[c].end for c in b.children])
        if any(b.start < s.start < end for s in skip):
            continue  # 一、重点任务 over the table itself: a heading, its rows no words of its own
        added.append(builder.add(i, clean_number(b), heading_title(text, b), b.body, end, "numbered", []))
    return added


def drop_unlisted(builder, added: list, tables: list[Span]) -> None:
    """The items ``add_listed_items`` added that no row listed again (they took no row's unit) go
    again: units a standing note gave them (以下均需各乡镇落实，不再列出) do not make them tasks.
    Where some stay, a heading over the table naming nothing (三、任务分工 / the table) goes too: its
    rows were its tasks, grouped under it, and now give the items their units."""
    gone = {id(t) for t in added if not any(m.basis == "table" for m in t.mentions)}
    if len(gone) < len(added):
        mine = {id(t) for t in added}
        gone |= {id(t) for t in builder.tasks if id(t) not in mine and _title_over_table(builder.text, t, tables)}
    if gone:
        builder.tasks[:] = [t for t in builder.tasks if id(t) not in gone]


def _title_over_table(text: str, t, tables: list[Span]) -> bool:
    """Whether task ``t`` is a title alone (no clause, no words after it) right over a table."""
    if t.mentions or t.clauses or t.kind not in ("numbered", "paragraph"):
        return False
    if _CJK.search(t.text, len(t.title)) is not None:
        return False
    end = _RULE.match(text, t.span.end).end()
    return any(s.start <= end < s.end for s in tables)
