"""Plans held in one file: which plan each task belongs to.

A 通知 may print two or three plans at once (附件1 XX实施方案, 附件2 XX分工表, 附件3 another 方案),
a 文件汇编 holds plans one after the other (一、XX区2022年大气污染防治工作实施方案 … 二、XX区2022年
水污染防治工作实施方案 …), a notice may print a 三年行动方案 and its 年度工作方案 one under the other.
Each of those plans opens with its title on a line of its own: a place, what the plan is about
and its kind (``湖州市新污染物治理工作方案``), perhaps numbered as a part of a 汇编. Where a file
holds two or more such titles, each task's ``section`` opens with the title of the plan it
stands in (the last title line before it), so that a reader (the ``section`` column of
``tasks --format csv`` and ``b.tasks()``) tells apart the tasks of plans that share chapter names (二、重点任务 in each).

A file with one plan is left as it is: its own title, its cover letter's, or its 分工表 titled by
it (``XX实施方案重点任务分工表`` is titled ``XX实施方案``) name one plan.
"""

from __future__ import annotations

import bisect
import re

from respgraph.records import Task
from respgraph.structure.meta import _kind_title, find_kind, find_place
from respgraph.structure.meta.kinds import _KIND_NORMAL, _LIST_KINDS, KINDS

# the last character of a whole title: its kind's, or the bracket after the kind (（2023—2025年）)
_TITLE_ENDS = frozenset(k[-1] for k in KINDS) | {"）", ")"}
# the kinds a division list's title is normalised to (分工表, 任务清单, 台账 …)
_LIST_NORMAL = frozenset(_KIND_NORMAL.get(k, k) for k in _LIST_KINDS)

# a line standing alone, perhaps numbered as a part (一、 / （一） / 1.) or labelled as an attachment
# (附件2：XX工作方案, the label and the title on one line): a plan's title when it is
# a whole title naming a place (no sentence, no quoted plan, no label)
_PART_MARK = re.compile(
    r"(?:附\s*件\s*[\d一二三四五六七八九十]{0,2}\s*[：:]?[ \t\u3000]*)?"
    r"(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}\s*[.．、])?[ \t\u3000]*"
)
_BLANK = " \t\u3000\r"
_NOT_TITLE = re.compile(r"[，,。；;：:《》！？!?]|关于|通知$")


def plan_titles(text: str) -> list[tuple[int, str]]:
    """(where, title) of every line of ``text`` that is a plan's whole title naming its place.

    A division list's title (XX重点任务分工表) after a plan's is that plan's table, no plan of its
    own; a 汇编's own title names the plans it holds, none of them."""
    lines = [(start, t) for start, t in _title_lines(text) if _kind_title(t) == t and find_place([t])[0] is not None]
    # (a title written twice: its entry in a 目录 or the cover letter's list of attachments, then the
    # plan itself, the last)
    last = {t: a for a, t in lines}
    out: list[tuple[int, str]] = []
    plan_seen = False
    for a, t in lines:
        if last[t] != a:
            continue
        kind = find_kind(t)
        if kind == "汇编":
            continue
        listed = t.endswith(_LIST_KINDS) or kind in _LIST_NORMAL
        if listed and plan_seen:
            continue
        plan_seen = plan_seen or not listed
        out.append((a, t))
    return out


def _title_lines(text: str) -> list[tuple[int, str]]:
    """(where, text) of every line of ``text`` shaped as a title (its kind and place not yet asked)."""
    lines = []
    at = 0
    for raw in text.split("\n"):
        start, at = at, at + len(raw) + 1
        line = raw.strip(_BLANK)
        # (a title ends with its kind or the bracket after it: most lines are asked no more)
        if not 6 <= len(line) <= 90 or line[-1] not in _TITLE_ENDS or "，" in line or "。" in line or "；" in line:
            continue
        t = line[_PART_MARK.match(line).end():]
        if 6 <= len(t) <= 70 and not _NOT_TITLE.search(t):
            lines.append((start, t))
    return lines


def mark_plan_parts(tasks: list[Task], text: str) -> None:
    """Open each task's section with the title of the plan it stands in, when ``text`` holds two or
    more plans' titles (a notice printing several, a 汇编); a task before every title keeps its own.
    Where the plans number their tasks alike, each task's path opens with its plan's title too."""
    if len({t for _, t in _title_lines(text)}) < 2:
        return  # (most plans: one line shaped as a title, its kind and place not asked)
    titles = plan_titles(text)
    if len({t for _, t in titles}) < 2:
        return
    # (a title over no task names no plan here: a portal's 相关链接：1.己县“十四五”生态环境保护规划)
    owned = {_part_of(titles, task) for task in tasks} - {-1}
    titles = [x for k, x in enumerate(titles) if k in owned]
    if len({t for _, t in titles}) < 2:
        return
    parts: dict[str, set[int]] = {}  # path -> the plans its tasks stand in
    for task in tasks:
        k = _part_of(titles, task)
        parts.setdefault(task.path, set()).add(k)
        if k >= 0 and titles[k][1] not in task.section:
            task.section = [titles[k][1], *task.section]
    if any(len(ks) > 1 for ks in parts.values()):
        # two plans of the file number alike (each 一、1.): each task's path names its plan
        # (《某区2022年水污染防治工作方案》一1), as a reader citing one of them would
        for task in tasks:
            if (k := _part_of(titles, task)) >= 0:
                task.path = f"《{titles[k][1]}》{task.path}"


def _part_of(titles: list[tuple[int, str]], task: Task) -> int:
    """The index of the last title before ``task`` (-1: none)."""
    return bisect.bisect_right([a for a, _ in titles], task.span.start) - 1
