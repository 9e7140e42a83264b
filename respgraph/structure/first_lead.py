"""A plan that says its lists' first unit leads (列第一位的为牵头单位): that lead is stated.

Where a list of units names no lead (责任单位：A、B), respgraph takes the first listed as its lead
by convention (basis ``first_listed``), and ``tasks --first-listed`` and ``overlap``'s lead basis
list such tasks as ones whose plan named no lead. Many plans state the convention themselves, once:
in a bracket after a list (（列第一位的为牵头单位，下同）), in a note under the task list or a
分工表 (注：责任单位排在首位的为牵头单位 / 责任单位中第一个为牵头单位), or in a column's label
(责任单位（排名第一的为牵头单位）). There the plan names the lead: the first unit's basis is the one
its list's other units have (``explicit`` in text, ``table`` in a table's row), its clause as before.
Near misses: 排名不分先后 (no lead by place), A为第一牵头单位 (a lead named, not a convention),
第一责任人 (a person).
"""

from __future__ import annotations

import re

# the first of a list is its lead: 列第一位的为牵头单位 / 排在首位的为牵头单位 / 第一个为牵头单位 /
# 排名第一的单位牵头 / 首位单位为牵头部门 (a 的 or a 为 between: never 第一牵头单位, a lead's rank)
STATES_FIRST_LEADS = re.compile(
    r"(?:第一位|第1位|首位|第一个|排名第一|排第一|列第一|排在第一)(?:的|者)?(?:单位|部门)?(?:为|是)(?:主要)?牵头"
    r"|(?:第一位|第1位|首位|第一个|第一)(?:的|者)(?:单位|部门)?(?:负责)?牵头"
)


# Every match ends with 牵头, and holds at most this many characters before it (排名第一 / 排在第一,
# 的, 单位, 为, 主要: 10): the pattern is tried only there. Its alternatives open with groups, so a
# scan of the whole text tried it at every position (~3 % of a pass over the seeds).
_FIRST_LEADS_REACH = 10


def states_first_leads(text: str) -> bool:
    """Whether the plan's ``text`` says the first unit of its lists leads."""
    k = text.find("牵头")
    while k >= 0:
        if STATES_FIRST_LEADS.search(text, max(0, k - _FIRST_LEADS_REACH), k + 2) is not None:
            return True
        k = text.find("牵头", k + 1)
    return False


def apply_stated_first_lead(tasks, text: str, table_spans=()) -> None:
    """The first-listed leads of ``tasks`` given the basis their lists' other units have when the
    plan states the convention (see the module): ``table`` in a row (beside a table's units, or in
    one of ``table_spans``), else ``explicit``; in place."""
    if not states_first_leads(text):
        return
    for task in tasks:
        mentions = [*task.mentions, *(m for c in task.clauses for m in c.mentions)]
        if _lead_by_place(task, mentions):
            continue
        if not any(m.basis == "first_listed" for m in mentions):
            continue
        in_table = any(s.start <= task.span.start < s.end for s in table_spans)
        basis = "table" if in_table or any(m.basis == "table" for m in mentions) else "explicit"
        for m in mentions:
            if m.basis == "first_listed":
                m.basis = basis


# a table's column label a lead may stand under: its row's empty lead cell gives no list's first a lead
_LEAD_LABEL = re.compile(r"牵头|主办|主责|分办")


def _lead_by_place(task, mentions) -> bool:
    """A row of a table whose one unit column is no 责任单位 (参与单位 | 配合单位: A、B、C), read as
    supports, in a plan that says its lists' first unit leads (表2 重点任务分工 ... 注：参与单位中排在
    第一位的为牵头单位，其余为配合单位): the first of its cell leads, basis ``table``; in place. Not
    where the table has a lead column (its row's lead cell left empty: no list's first is meant)."""
    if any(m.role == "lead" for m in mentions):
        return False
    rows = [c for c in task.clauses if c.mentions]
    if len(rows) != 1 or any(m.role != "support" or m.basis != "table" for m in mentions):
        return False
    if any(_LEAD_LABEL.search(part.split("：", 1)[0]) for part in rows[0].raw.split("；")):
        return False
    first = rows[0].mentions[0]
    for m in mentions:
        if m.span == first.span:
            m.role = "lead"
    return True
