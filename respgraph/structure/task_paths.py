"""Where a task sits, as a user cites it: ``二（一）2``, ``第三章第二节（四）``, ``附件1 · 12``.

A task's ``number`` is its own marker and its ``section`` the titles of the headings above it,
so two items ``1.`` under ``（一）`` and ``（二）`` read the same in a table, and nobody can say
"task 二（一）2". ``Task.path`` is the markers of the headings above the task, top first, and its
own number, as the plan writes them without their stops (``一、`` -> 一, ``1.`` -> 1; brackets
kept: ``（一）``, ``(1)``); ``第X章`` / ``第X节`` / ``专栏3`` whole. Headings without a marker
(主要任务, 【大气污染防治】) add nothing. Joined without a separator, except that `` · `` stands
between two numbers that would run together (``1.`` over ``1)``: ``1 · 1)``), after an
attachment's label (its numbering starts afresh: ``附件1 · 一1``) and before a table row's 序号
(``三 · 12``: a row, not an item of ``三、``). A decimal outline writes its own path
(``2.1`` over ``2.1.3``: ``2.1.3``). A titled paragraph without a number is cited by its place
among its heading's paragraphs (``一（二）第2段``), a bulleted item (● ◆) by its place among its
heading's items (``二第1项``), a table row without a 序号 by its row (``第3行``); a unit's line over
its duties (``县林业局：`` / ``（1）负责…``) by the unit's name (``县林业局（1）``).
"""

from __future__ import annotations

import bisect
import re

from respgraph.structure.blocks import ATTACHMENT_LINE, Block
from respgraph.structure.markers import BULLETS

#: between two parts of a path that would otherwise run together
SEPARATOR = " · "

# the stop after a number and the blanks around it (一、 1. 1． 1、 第三章　)
_STOP = re.compile(r"[\s.．、,，:：]+$")
_BLANKS = re.compile(r"[ \t\u3000]+")
# 附件1 / 附件 2： / 附表一: the attachment's label, its title after the colon left out
_ATTACHMENT = re.compile(r"附[ \t\u3000]*([件表])[ \t\u3000]*([\d一二三四五六七八九十]*)")
_ATTACHMENT_START = re.compile(r"^[ \t\u3000]*附[ \t\u3000]*[件表]", re.M)
# styles whose marker is no number a user cites (a 【title】, an unnumbered heading, a paragraph)
_UNNUMBERED = ("plain", "para", "bracket", "attach")
_DIGITS = "0123456789０１２３４５６７８９"
_NUMERALS = "一二三四五六七八九十"


def marker(b: Block, title: str = "", titled: bool = True) -> str:
    """The marker of heading block ``b`` as a path cites it: ``一、`` -> 一, ``（一）``, ``第三章``,
    ``专栏3``. A heading without a number, over items its plan numbers afresh under each, by its
    ``title``: a unit's line over its duties bare (``县林业局：`` / ``省水利厅``: 省水利厅), any other in
    【】 (``推进垃圾分类`` / ``【大气污染防治】`` / ``■ 强化产业链招商`` / an unnumbered ``专栏``:
    【推进垃圾分类】, 专栏【…】; ``titled`` False: nothing, 专栏 alone, as where its plan numbers on across
    them, ``settle``); a chapter's standard name (主要任务) and a paragraph add nothing.

    >>> marker(Block(0, 3, 9, "cn_dun", "三、", 3)), marker(Block(0, 0, 9, "plain", unit=True), "省水利厅")
    ('三', '省水利厅')
    >>> marker(Block(0, 0, 9, "plain"), "推进垃圾分类"), marker(Block(0, 0, 9, "plain", vocab=True), "主要任务")
    ('【推进垃圾分类】', '')
    """
    if b.style in ("para", "attach") or (b.style == "plain" and b.vocab):
        return ""
    if b.style == "plain" and b.unit:
        return title
    number = _BLANKS.sub("", _STOP.sub("", b.number))
    if b.style == "box" and not any(ch.isdigit() or ch in _NUMERALS for ch in number):
        return f"专栏【{title}】" if title and titled else "专栏"
    if b.style in _UNNUMBERED or is_bullet(b.number):
        return f"【{title}】" if title and titled else ""
    return number


def settle(tasks: list, titled: dict[int, str]) -> None:
    """The plan's paths as short as tell its tasks apart: its headings without a number are left
    out (``1`` of a plan whose items number on under 加快推动绿色低碳发展 / 深入打好蓝天保卫战), unless
    two tasks would share a path their titles tell apart (``【推进垃圾分类】1`` beside
    ``【提升市容环境品质】1``): then every task is cited with them, alike across the plan.
    ``titled``: id(task) -> its path with those titles."""
    short: dict[str, set[str]] = {}
    for t in tasks:
        short.setdefault(t.path, set()).add(titled.get(id(t), t.path))
    if any(len(told) > 1 for told in short.values()):
        for t in tasks:
            t.path = titled.get(id(t), t.path)
    _enumerated_parts(tasks)


# 一是… / 二是…: the parts of one item a plan enumerates in its text, each a task of its own
_ENUMERATED = re.compile(r"(?:^|[。；;，,：:\s])([一二三四五六七八九十]{1,3}是)")


def _enumerated_parts(tasks: list) -> None:
    """Tasks of one item that share its path, each opening one of its 一是 / 二是 parts: the path
    names the part (``一（一）二是``), as a reader cites it."""
    by_path: dict[str, list] = {}
    for t in tasks:
        by_path.setdefault(t.path, []).append(t)
    for path, same in by_path.items():
        if len(same) < 2:
            continue
        parts = [_ENUMERATED.search(t.text[:80]) for t in same]
        named = [m.group(1) if m else "" for m in parts]
        if all(named) and len(set(named)) == len(named):
            for t, part in zip(same, named):
                t.path = path + part


def is_bullet(number: str) -> bool:
    """Whether an item's marker is a bullet (● ◆): no number a user can cite."""
    s = number.strip()
    return bool(s) and all(ch in BULLETS for ch in s)


def own_number(number: str) -> str:
    """A task's ``number`` as a path cites it (``14.`` -> 14, ``（3）`` kept).

    >>> own_number("14．"), own_number("（3）"), own_number(" 12 ")
    ('14', '（3）', '12')
    """
    return _BLANKS.sub("", _STOP.sub("", number.strip()))


def join(parts: list[str]) -> str:
    """The parts of a path, top first, as one string.

    >>> join(["二", "（一）", "2"]), join(["第三章", "第二节", "（四）"]), join(["1", "1)"])
    ('二（一）2', '第三章第二节（四）', '1 · 1)')
    >>> join(["2.1", "2.1.3"]), join(["", "三", "", "（二）"])
    ('2.1.3', '三（二）')
    """
    out: list[str] = []
    for part in parts:
        if not part:
            continue
        if out and part.startswith(out[-1] + "."):
            out[-1] = part  # 2.1 over 2.1.3: the outline number holds its parents
            continue
        out.append(part)
    path = ""
    for part in out:
        if path and path[-1] in _DIGITS and part[0] in _DIGITS:
            path += SEPARATOR
        path += part
    return path


def attachment_label(line: str) -> str:
    """The label of an attachment's line (``附件1`` / ``附件 2：XX任务清单`` / ``附表一``).

    >>> attachment_label("附件 2：某市任务清单"), attachment_label("附件")
    ('附件2', '附件')
    """
    m = _ATTACHMENT.match(line.strip())
    return f"附{m.group(1)}{m.group(2)}" if m else ""


def attachment_lines(text: str) -> tuple[list[int], list[str]]:
    """Where each attachment of ``text`` starts (its line ``附件1`` / ``附件2：…``) and its label,
    in text order: for ``attachment_at``, one scan per plan.

    >>> attachment_lines("一、任务\\n附件1\\n任务清单\\n附件 2：分工表\\n")
    ([5, 14], ['附件1', '附件2'])
    """
    starts, labels = [], []
    for m in _ATTACHMENT_START.finditer(text):
        end = text.find("\n", m.start())
        line = text[m.start() : end if end >= 0 else len(text)].strip()
        if ATTACHMENT_LINE.match(line):
            starts.append(m.start())
            labels.append(attachment_label(line))
    return starts, labels


def attachment_at(lines: tuple[list[int], list[str]], pos: int) -> str:
    """The label of the attachment position ``pos`` stands in (``lines``: ``attachment_lines``),
    "" before any (the plan's body)."""
    k = bisect.bisect_right(lines[0], pos) - 1
    return lines[1][k] if k >= 0 else ""


def with_attachment(label: str, path: str) -> str:
    """``path`` inside the attachment ``label`` (``附件1 · 一1``)."""
    if not label:
        return path
    return label + SEPARATOR + path if path else label
