"""Amendments: a notice changing who does a task of a plan already issued.

关于调整…责任分工的通知 and the 调整事项 of a 补充通知 name a task of the earlier plan and say who
does it now: ``第5项任务牵头单位由市环保局调整为市生态环境局`` / ``第12项任务配合单位市农业局调整为
市农业农村局，增加市水利局为配合单位`` / ``原方案第7项“…”的牵头单位由A调整为B，A作为配合单位``.
The unit a change names last is the task's unit now, in the role the label gives (牵头单位: lead;
配合/协办/参与单位: support); the unit it was taken from (由A调整为…) is no longer assigned and is
no mention. Such a change counts only where its sentence (or numbered item) opens by naming the
task (第N项 / 原方案第N项“…” / 方案第二部分第N项) and every unit it names looks like a unit:
a 修改说明 or 起草说明 telling how a draft changed (``根据A意见，在第（三）项中增加B为配合单位`` /
``A建议第2项增加B为责任单位``) opens otherwise and stays prose.

A change of every task at once (``原由市环保局牵头的其他任务，统一调整为市生态环境局牵头``) names no
task, and a unit added where no task opens the sentence (the 修改说明's ``增加B为配合单位``) assigns
nothing: both are read as nothing (no other reading may take ``统一调整为市生态环境局`` or
``在第（三）项中增加B`` for a unit).

    >>> t = "二、第8项任务牵头单位由市城乡建设委调整为市住房城乡建设局，增加市城管局为配合单位。"
    >>> [(m.text, m.role) for c in amendment_clauses(t, 0, len(t))[0] for m in c.mentions]
    [('市住房城乡建设局', 'lead'), ('市城管局', 'support')]
"""

from __future__ import annotations

import bisect
import re

from respgraph.grammar.mentions import mention_of
from respgraph.grammar.units import looks_like_unit, split_units
from respgraph.records import Clause, Mention, Span

_WS = r"[ \t\u3000]*"
# an item's number opening the sentence (二、 / （二） / 2. / 2、)
_NUMBER = r"(?:(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|\d{1,3}\s*[、.．]))?"
# the task's number (第5项 / 第（三）项 / 第三条), which every change names
_TASK_NUMBER = r"第\s*[（(]?[\d一二三四五六七八九十百]{1,4}[）)]?\s*(?:项|条|点)"
# the task of the earlier plan the change is about: 第5项任务 / 原方案第7项“打造冰雪文化品牌”的 /
# 方案第二部分第3项“…”， / 《…》第三条中的 / 在第3项任务中 / 将第5项任务
_TASK_REF = (
    r"(?:将|对|在)?(?:原|本)?(?:《[^》\n]{1,80}》|方案|计划|文件|要点|分工表?)?"
    r"(?:第[一二三四五六七八九十]{1,3}(?:部分|章|节))?"
    + _TASK_NUMBER + r"(?:重点)?(?:任务|工作|内容)?"
    r"(?:“[^”\n]{1,80}”)?(?:中的|中|的)?[，,]?"
)
_ROLE = r"(?P<label>牵头|主责|配合|协办|协助|参与|责任)(?:单位|部门)"
_CHANGED = r"(?:调整|变更|更改|修改|改)为"
_UNITS = r"[^，,；;。\n]{2,80}?"
_STOP = r"(?=[，,；;。\n]|$)"
# one change, each with the units it names now (``new``) and their role (the label, or a verb after them)
_CHANGES = [
    # 牵头单位由A调整为B / 配合单位A调整为B / 牵头单位调整为B(牵头)
    re.compile(_ROLE + r"(?:由?(?P<old>" + _UNITS + r"))?" + _CHANGED + r"(?P<new>" + _UNITS + r")(?P<verb>牵头|配合|负责)?" + _STOP),
    # 增加B为配合单位 / 新增B为牵头单位
    re.compile(r"(?:增加|增补|新增|增列|增设)(?P<new>" + _UNITS + r")为" + _ROLE + _STOP),
    # 配合单位增加B、C
    re.compile(_ROLE + r"(?:增加|增补|新增|增列|增设)(?P<new>" + _UNITS + r")" + _STOP),
    # 由A牵头改由B牵头 / 改由B负责
    re.compile(r"(?:由(?P<old>" + _UNITS + r")(?:牵头|负责|配合))?改由(?P<new>" + _UNITS + r")(?P<verb>牵头|负责|配合)" + _STOP),
    # 由A调整为B牵头
    re.compile(r"由(?P<old>" + _UNITS + r")" + _CHANGED + r"(?P<new>" + _UNITS + r")(?P<verb>牵头|配合)" + _STOP),
    # A作为配合单位 / A调整为配合单位 (the unit taken from the lead stays in support)
    re.compile(r"(?P<new>" + _UNITS + r")(?:调整为|改为|作为)" + _ROLE + _STOP),
]
# where a sentence or item opens: after 。；\n (or the start), its number, then the task named (an
# item's text may be given from after its number: 一、|第5项…)
_OPENS = re.compile(r"(?<![^。；;\n、）)．.])" + _WS + _NUMBER + _WS + r"(?P<ref>" + _TASK_REF + r")" + _WS)
# a change of every task a unit had (原由A牵头的其他任务，统一调整为B牵头): no task named
_EVERY_TASK = re.compile(
    r"(?<![^。；;\n])" + _WS + _NUMBER + _WS + r"原由[^，,；;。\n]{2,40}?(?:牵头|配合|负责|承担)的(?:其他|其余|全部|所有)?(?:任务|工作|事项)"
    r"[，,]?[^。；;\n]{0,10}?统一" + _CHANGED + r"[^。；;\n]{0,60}"
)
# a unit added to a task anywhere else (根据A意见，在第（三）项中增加A为配合单位: a 修改说明 telling how a
# draft changed): no assignment, and not a unit 在第（三）项中增加A for the other readings
_ADDED = re.compile(r"(?:增加|增补|新增|增列|增设)[^，,；;。\n]{2,80}?为" + _ROLE)
# (a sentence opening is sought only where a task's number is written: _OPENS, tried at every
# position, is most of a plan's cost here and finds nothing in a plan naming no task so)
_HAS_TASK_NUMBER = re.compile(_TASK_NUMBER)
_NEXT = re.compile(r"[，,]" + _WS + r"(?:并|同时)?" + _WS)


def _role_of(m: re.Match) -> str:
    verb = m.groupdict().get("verb")
    if verb:
        return "support" if verb == "配合" else "lead"
    return "lead" if m.groupdict().get("label") in ("牵头", "主责") else "support"


def _change_at(text: str, i: int, end: int) -> tuple[re.Match, list[Mention]] | None:
    """The change written at ``i`` and the mentions of the units it names now, or None."""
    for pattern in _CHANGES:
        m = pattern.match(text, i, end)
        if m is None:
            continue
        units = split_units(text, 0, m.start("new"), m.end("new"))
        if not units or not all(looks_like_unit(u.text) for u in units):
            continue
        role = _role_of(m)
        if m.groupdict().get("label") == "责任" and not m.groupdict().get("verb"):
            # 责任单位由A调整为B、C: a list with no lead marked, read as every such list (first listed leads)
            return m, [mention_of(units[0], "lead", "first_listed")] + [mention_of(u, "support", "explicit") for u in units[1:]]
        return m, [mention_of(u, role, "explicit") for u in units]
    return None


def amendment_clauses(text: str, start: int, end: int) -> tuple[list[Clause], list[Span]]:
    """The changes of assignment in ``text[start:end]``, one clause per sentence naming a task,
    and the spans of changes naming no task (read as nothing)."""
    clauses: list[Clause] = []
    quiet: list[Span] = []
    seg = text[start:end]
    if "为" not in seg and "改由" not in seg and "增" not in seg:
        return clauses, quiet  # (every change is written with one of them)
    opens = _OPENS.finditer(text, start, end) if _HAS_TASK_NUMBER.search(text, start, end) else ()
    for o in opens:
        found = _change_at(text, o.end(), end)
        if found is None:
            continue
        m, mentions = found
        first, last = m.start(), m.end()
        while (n := _NEXT.match(text, last, end)) is not None and (more := _change_at(text, n.end(), end)) is not None:
            m, got = more
            mentions += got
            last = m.end()
        clauses.append(Clause(span=Span(first, last), raw=text[first:last], mentions=mentions))
    for b in _EVERY_TASK.finditer(text, start, end) if "原由" in seg else ():
        quiet.append(Span(b.start(), b.end()))
    starts = [c.span.start for c in clauses]  # (in text order, none overlapping)
    for a in _ADDED.finditer(text, start, end):
        k = bisect.bisect_right(starts, a.start()) - 1
        if k < 0 or a.start() >= clauses[k].span.end:
            quiet.append(Span(a.start(), a.end()))
    return clauses, quiet
