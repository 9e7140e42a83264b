"""Duty statements: the clauses of a plan that divides its work by unit (``duty_clauses``).

``1.县发展改革局：负责…`` / ``第五条 县生态环境局负责…`` / the ``A负责…。`` sentences of a 职责分工
section: each a task its unit leads (``TaskBuilder.duty_starts`` marks where they begin).
"""

from __future__ import annotations

import bisect
import re

from respgraph.records import Clause, Span
from respgraph.structure.blocks import Block
from respgraph.structure.headings import heading_title, section_path
from respgraph.structure.task_rules import SAFEGUARD, _without_areas


# A section that states who does what (二、职责分工 / 第二章 管理职责 / 一、明确部门职责 /
# 二、强化属地责任)
DUTY_SECTION = re.compile(r"职责|分工|职能|(?:属地|部门|工作)责任")
_SENTENCE_STOP = re.compile(r"[。；;\n]")


def duty_clauses(
    text: str, blocks: list[Block], first: int, clauses: list[Clause], skip: list[Span], statement_fn, items_loose: bool = False
) -> list[Clause]:
    """Clauses of duty statements in blocks that hold no clause (``statement_fn``:
    :func:`respgraph.responsibilities.duty_statement`).

    A plan may divide its work by unit instead of by task: an item, a paragraph or an
    article per unit (``1.县发展改革局：负责…`` / ``第五条 县生态环境局负责…`` / ``县财政局负责
    落实专项资金。县交通运输局负责…。``). Each statement is then a task of the unit that opens
    it (the rules of :func:`respgraph.responsibilities.duty_statement`): an item whose text
    opens ``A：负责…`` / ``A。负责…`` is one task wherever it stands; in a 职责分工 section and in
    articles (第X条) every sentence opening ``A负责…`` is one (a paragraph of them becomes one
    task per sentence). Elsewhere ``A负责…`` is prose, and so is a 职责分工 inside a safeguard
    chapter (三、保障措施 / （一）明确职责分工): the plan's tasks are elsewhere. With ``items_loose``
    (an emergency plan, whose work is its units' duties) a numbered item opening ``A负责…`` is one
    too (``3.1 市气象局负责暴雨监测预报，…``).
    """
    starts = sorted(c.span.start for c in clauses)
    out: list[Clause] = []
    # what each heading's title says, read once (every block below it asks): a safeguard chapter
    # (the root's), a section of duties
    safeguard: dict[int, bool] = {}
    of_duties: dict[int, bool] = {}
    for i, b in enumerate(blocks):
        if b.start < first or b.style == "plain" or any(s.start <= b.start < s.end for s in skip):
            continue
        k = bisect.bisect_left(starts, b.start)
        if k < len(starts) and starts[k] < b.end:
            continue  # the block has its own clauses
        whole = statement_fn(text, b.body, b.end, items_loose) if b.style != "para" else None
        if whole is not None:
            out.append(whole)
            continue
        path = section_path(text, blocks, i)
        if path and (root := path[0]) not in safeguard:
            safeguard[root] = SAFEGUARD.search(_without_areas(heading_title(text, blocks[root]))) is not None
        if path and safeguard[path[0]]:
            # 三、保障措施 / （一）明确职责分工 / 县发展改革委负责…: the plan's tasks are elsewhere
            # (a 五年规划 would lose its paragraph tasks to them); its statements stay prose
            continue
        if b.style != "article":
            for p in path:
                if p not in of_duties:
                    of_duties[p] = DUTY_SECTION.search(heading_title(text, blocks[p])) is not None
            if not any(of_duties[p] for p in path):
                continue
        s = b.body
        while s < b.end:
            stop = _SENTENCE_STOP.search(text, s, b.end)
            e = stop.start() if stop else b.end
            c = statement_fn(text, s, e, True)
            if c is None and stop is not None and text[e] == "。":
                # 二、成员单位职责 / 省委宣传部。负责…: the unit's name a sentence of its own, its
                # duty the next one (read apart, the name and its duty would part)
                after = _SENTENCE_STOP.search(text, e + 1, b.end)
                c = statement_fn(text, s, after.start() if after else b.end, False)
                e = (after.start() if after else b.end) if c is not None else e
            if c is not None:
                out.append(c)
            s = e + 1
    return out
