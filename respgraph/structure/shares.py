"""A 责任分工 paragraph sharing out the plan's items by number (``第（一）项、第（三）项由A牵头``):
``_shared_by_number`` gives each piece's units to the items it names.
"""

from __future__ import annotations

import re

from respgraph.grammar.labels import ITEM_REFS, REF_NUMBER
from respgraph.structure.headings import heading_title
from respgraph.structure.hooks import _find_clauses
from respgraph.structure.rows import _leads, _skip_blanks
from respgraph.structure.task_rules import NOT_ITEMS, clean_number
from respgraph.structure.tasks import in_text_order


# 第（一）项、第（三）项由… / 第1项至第3项工作由… / 上述第4、5项任务均由…: a 责任分工 paragraph
# sharing out the items above by number, a sentence or a ；-piece each (the items as the grammar's
# _BY reads them, so that what is given out here is what it leaves out of the units)
_ITEM_REFS = re.compile(ITEM_REFS + r"\s*(?:工作|任务|事项)?\s*(?:均|具体|分别|统一)?\s*由")
_REF_ONE = re.compile(REF_NUMBER)
_REF_RANGE = re.compile(r"[至到—－~-]")


def ref_numbers(refs: str) -> list[tuple[bool, int]] | None:
    """(bracketed, value) of every item ``refs`` names, ranges spelled out (1至3: 1, 2, 3); None
    when a range runs backwards or too far to be one. ``rows`` reads a 分工表 row's bracket of the
    items it merges (（第二部分第（一）至（三）项）) with it too."""
    from respgraph.structure.markers import cn_to_int

    out: list[tuple[bool, int]] = []
    last = 0
    for m in _REF_ONE.finditer(refs):
        raw = m.group().strip()
        value = cn_to_int(raw.strip("（()） "))
        bracketed = raw[:1] in "（("
        if out and _REF_RANGE.search(refs, last, m.start()):
            if not (out[-1][1] < value <= out[-1][1] + 30):
                return None
            out += [(bracketed, v) for v in range(out[-1][1] + 1, value)]
        out.append((bracketed, value))
        last = m.end()
    return out or None


def _item_key(b) -> tuple[bool, int]:
    return (b.style in ("cn_paren", "arabic_paren"), b.value)


def _shared_by_number(builder, settings) -> None:
    """Tasks read from a paragraph that shares out the plan's items by number (二、责任分工 /
    第（一）项、第（三）项由A牵头，B配合；第（二）项由C负责): each piece's units go to the items it
    names, which stay the tasks with their words; the paragraph is no task of its own (was: one
    task of 责任分工 with every unit, the items none). Only when every piece names items one leaf
    item of the body carries each."""
    text, blocks = builder.text, builder.blocks
    for t in list(builder.tasks):
        if not t.clauses:
            continue
        # (the clauses may follow the task's title: 二、责任分工 / 第（一）项…)
        first = min(c.span.start for c in t.clauses)
        if "。" in text[t.span.start : first]:
            continue
        pieces = _ref_pieces(text, first, t.span.end)
        if not pieces:
            continue
        items = _leaf_items(blocks, t.span.start, NOT_ITEMS)
        plan = []
        for a, b, refs in pieces:
            targets = [items.get(r) for r in refs]
            if any(x is None for x in targets):
                plan = []
                break
            plan.append((a, b, targets))
        if not plan:
            continue
        have = {x.span.start: x for x in builder.tasks}
        builder.tasks.remove(t)
        for a, b, targets in plan:
            found = _find_clauses(text, a, b, settings)
            for i in targets:
                blk = blocks[i]
                task = have.get(_skip_blanks(text, blk.body, blk.end))
                if task is None:
                    end = max([blk.end] + [blocks[j].end for j in builder.subtree(i)])
                    task = builder.add(i, clean_number(blk), heading_title(text, blk), blk.body, end, "numbered", found)
                    have[task.span.start] = task
                elif not _leads(task) and found:
                    task.clauses = [*task.clauses, *found]
                    task.mentions = [*task.mentions, *(m for c in found for m in c.mentions)]
                    task.flags = [f for f in task.flags if f != "no_clause"]
    in_text_order(builder)


def _ref_pieces(text: str, start: int, end: int) -> list[tuple[int, int, list[tuple[bool, int]]]]:
    """(start, end, items named) of the pieces of ``text[start:end]`` that open 第…项由: the whole
    text must be such pieces (a sentence or a ；-piece each)."""
    out = []
    i = start
    while i < end:
        while i < end and text[i] in " \t\u3000\r\n；;。":
            i += 1
        if i >= end:
            break
        m = _ITEM_REFS.match(text, i, end)
        refs = ref_numbers(m.group("refs")) if m else None
        if refs is None:
            return []
        j = i
        while j < end and text[j] not in "；;。\n":
            j += 1
        out.append((i, j, refs))
        i = j
    return out


def _leaf_items(blocks, before: int, not_items) -> dict[tuple[bool, int], int]:
    """The body's leaf items before ``before`` by (bracketed, value), those of one item only;
    not the heading holding ``before`` (二、责任分工 / 第2项由…: 二、 is no item 2 the text names)."""
    seen: dict[tuple[bool, int], list[int]] = {}
    for i, b in enumerate(blocks):
        if b.start >= before:
            break
        if b.style in not_items or b.style == "attach" or any(blocks[j].style not in not_items for j in b.children):
            continue
        if b.end > before:
            continue
        seen.setdefault(_item_key(b), []).append(i)
    return {k: v[0] for k, v in seen.items() if len(v) == 1}
