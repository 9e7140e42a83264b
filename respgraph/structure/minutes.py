"""Meeting minutes' items: which state what a meeting found or heard (会议指出 / 会议认为 / 会议听取),
no work given, and which direct work (会议要求 / 会议决定, ``grammar.directives``). ``task_clauses``
makes no task of the first.
"""

from __future__ import annotations

import re

from respgraph.grammar.labels import DIRECTIVE_OPENER, DIRECTIVE_RE
from respgraph.structure.blocks import Block
from respgraph.structure.task_rules import NOT_ITEMS


# what a meeting found or heard, opening an item of its minutes (会议指出， / 会议认为， / 会议听取了…),
# or alone on a line over the items listing it (会议指出： / 会议认为：)
_OBSERVED = re.compile(r"[ \t\u3000]*会议(?:还|并|同时|认真)?(?:指出|认为|听取|肯定|通报|分析)")
# ... unless a sentence of the item then gives the work (一、会议听取了市生态环境局关于…的汇报。会议要求，
# 市生态环境局要…；市住建局要…): the item is that directive's (was no task, a document of such items none)
_DIRECTIVE_LATER = re.compile(r"(?:[。；;！!]|(?:汇报|报告)[，,])\s*" + DIRECTIVE_OPENER)
_OBSERVED_LINE = re.compile(r"会议(?:还|并|同时|认真)?(?:指出|认为|听取|肯定|通报|分析)[^。；;：:\n]{0,12}[：:]")


def directs(blocks: list[Block], text: str, k: int) -> bool:
    """Whether item ``k`` gives work itself: a directive on its own line (会议要求， / 会议决定，),
    or one opening a sentence of its text below with the work after it (三、会议听取了A…的汇报。⏎
    会议决定，由A牵头，B配合…); not a line below it that only heads a list (会议要求： over the
    next items, which are the tasks)."""
    b = blocks[k]
    end = text.find("\n", b.body, b.end)
    if DIRECTIVE_RE.search(text, b.body, b.end if end < 0 else end) is not None:
        return True
    return any(m.group().endswith(("，", ",")) for m in _DIRECTIVE_LATER.finditer(text, b.body, b.end))


def observations(blocks: list[Block], text: str) -> set[int]:
    """The items of minutes stating what the meeting found or heard, no work given: opening
    with it (（一）会议指出，市财政局资金拨付缓慢…) or listed under a line that says so alone
    (会议指出： / 1.市住建局要加快…，部分项目进度滞后。 / 2.…). A directive (会议要求 / 会议决定 /
    会议同意 …, grammar.directives) gives work; what the meeting found (会议指出 / 会议认为 /
    会议听取) was the work of a task read from its items."""
    out: set[int] = set()
    for k, b in enumerate(blocks):
        if b.style not in NOT_ITEMS and _OBSERVED.match(text, b.body, b.end) and not directs(blocks, text, k):
            out.add(k)  # (会议听取了A的汇报。会议要求，A要…: the item directs all the same)
        elif b.style == "para" and _OBSERVED_LINE.fullmatch(text[b.body : b.end].strip(" \t\u3000\n")):
            first = k + 1
            if first >= len(blocks) or blocks[first].style in NOT_ITEMS:
                continue
            j = first
            while j < len(blocks) and (blocks[j].style == blocks[first].style and blocks[j].parent == blocks[first].parent or blocks[j].parent in out):
                if j > first and blocks[j].number == blocks[first].number:
                    break  # (会议要求： / 1.…: a list of its own, numbered afresh)
                if not directs(blocks, text, j):
                    out.add(j)
                j += 1
    return out
