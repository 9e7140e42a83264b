"""Tasks by deadline for the meeting pack: what is overdue and what falls due this quarter.

The graph keeps each task's deadlines as written (``2023年6月底前``, ``6月底前``) and their
years; the month is read back from the text with the extractor's own ``find_deadlines`` and the
plan's year (``plan_year``), so a 6月底前 in a 2024 work plan is due 2024-06 here as it is in
``respgraph extract``. A deadline without a month (到2025年) is due at the end of its year.

Example::

    >>> from datetime import date
    >>> quarter_end(date(2026, 12, 6)), quarter_end(date(2026, 4, 1))
    ((2026, 12), (2026, 6))
"""

from __future__ import annotations

from datetime import date

from respgraph.structure.fields import find_deadlines, phase_deadline
from respgraph.structure.meta import plan_node_year

# kinds that name a date the work is due by (期间 / 长期坚持 / 立行立改 name none)
_DUE_KINDS = frozenset({"by", "at"})


def quarter_end(today: date) -> tuple[int, int]:
    """The (year, month) the quarter of ``today`` ends in."""
    return today.year, (today.month - 1) // 3 * 3 + 3


def task_due(deadlines, year_of_plan: int | None, issued: str | None = None) -> tuple[tuple[int, int], str] | None:
    """The earliest (year, month) a task's deadlines name, with the deadline as written; None
    when none names a year. A task due 2023年6月底前 and 2025年底前 is due at its first milestone.
    A phase's period the task took from its heading (2025年4月—9月) is due at its end."""
    best = None
    for text in deadlines or ():
        found = find_deadlines(str(text), 0, year_of_plan, issued)
        if not found and (phase := phase_deadline(str(text), 0, year_of_plan)) is not None:
            found = [phase]
        for d in found:
            if d.year is None or d.kind not in _DUE_KINDS:
                continue
            key = (d.year, d.month or 12)
            if best is None or key < best[0]:
                best = (key, str(text))
    return best


def due_rows(graph, titles: dict, today: date, skip_plans=frozenset()) -> tuple[list[dict], list[dict], int]:
    """(overdue, due this quarter): one row per task, with its plan, number, title, the deadline
    as written, the month it is due (YYYY-MM) and its leads. Overdue: due in a month before
    ``today``'s, the most recently due first (the ones a meeting can still chase); this quarter:
    due from ``today``'s month to the quarter's end, soonest first. Tasks of ``skip_plans`` (plans
    that name no agency at all: a 规划's targets, 到2025年, by the dozen, each without a lead) are
    only counted, the third value."""
    plans = [d for _, d in graph.nodes(data=True) if d.get("type") == "Plan"]
    years = {d.get("plan_id"): plan_node_year(d) for d in plans}
    issued = {d.get("plan_id"): d.get("date") for d in plans}
    now, end = (today.year, today.month), quarter_end(today)
    overdue, soon, skipped = [], [], 0
    for node, d in graph.nodes(data=True):
        if d.get("type") != "Task" or not d.get("deadlines"):
            continue
        due = task_due(d["deadlines"], years.get(d.get("plan_id")), issued.get(d.get("plan_id")))
        if due is None or due[0] > end:
            continue
        if d.get("plan_id") in skip_plans:
            skipped += 1
            continue
        leads = sorted({graph.nodes[a].get("name") or str(a) for a, _, e in graph.in_edges(node, data=True) if e.get("type") == "LEADS"})
        row = {"plan": titles.get(d.get("plan_id"), d.get("plan_id")), "number": d.get("number") or d.get("task_id"),
               "path": d.get("path") or "",  # 二（一）2: where the plan numbers it
               "title": d.get("title"), "deadline": due[1], "due": f"{due[0][0]}-{due[0][1]:02d}",
               "leads": leads or ["无牵头 no lead"], "_key": due[0], "_seq": (str(d.get("plan_id")), d.get("seq") or 0)}
        (overdue if due[0] < now else soon).append(row)
    overdue.sort(key=lambda r: (tuple(-x for x in r["_key"]), r["_seq"]))
    soon.sort(key=lambda r: (r["_key"], r["_seq"]))
    return overdue, soon, skipped
