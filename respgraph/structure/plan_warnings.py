"""What the structure stage tells the user of a plan beside its tasks (``ExtractedPlan.warnings``):
the task a cut-off text stops in, flagged ``cut_off``; the tasks holding a clause that could not
be read (``unparsed_clause``); the tasks whose text holds characters the file does not give
(``unreadable_chars``: bytes not UTF-8, read as U+FFFD; a font's private-use glyphs); a table's
rows naming units but no task; the items whose 分工表 row names another lead (``table_differs``);
an item whose text stands in no task because a field line under it opened a task of its own.
Each is one line; the task keeps its text and flag, so nothing read is dropped and nothing unread
goes unsaid.
"""

from __future__ import annotations

import re
from collections import Counter

from respgraph.clean.glyphs import PRIVATE_USE_RE
from respgraph.grammar.units import looks_like_unit
from respgraph.plural import counted
from respgraph.records import Task

#: the flag of the task a cut-off text (a site's preview, a truncated file) stops in
CUT_OFF = "cut_off"
#: the flag of a task whose text holds characters the file does not give (U+FFFD for bytes that
#: are not UTF-8, a font's private-use glyphs): a name or a deadline there may be misread
UNREADABLE = "unreadable_chars"
# tasks named in a warning line, at most (a count says the rest)
_SHOWN = 5

# the warning saying what a document without tasks is (structure.empty)
NO_TASKS = "no tasks: "


def shown_warnings(warnings: list[str]) -> list[str]:
    """A plan's warnings as the user is told them beside its tasks (``extract`` / ``build``, the
    JSONL's ``plan_warnings``, the plans table): all but what a plan without tasks is, which
    ``no_tasks_line`` says."""
    return [w for w in warnings if not w.startswith(NO_TASKS)]


def no_tasks_line(warnings: list[str]) -> str:
    """What ``extract`` and ``build`` say of a document read without a task: what it is, when
    a kind naming no work (a contact list …; no tasks found), else "no tasks found"."""
    why = next((w[len(NO_TASKS) :] + "; " for w in warnings if w.startswith(NO_TASKS)), "")
    return why + "no tasks found"


def task_label(task: Task) -> str:
    """A task as a warning names it: its number and the head of its title (or its id)."""
    title = task.title[:16] + ("…" if len(task.title) > 16 else "")
    return " ".join(x for x in (task.number, title) if x) or task.task_id


def flag_cut_task(tasks: list[Task], text: str) -> Task | None:
    """Flag ``cut_off`` the task a cut-off ``text`` stops in: the task read last, when nothing
    of the text follows it (a text cut in its safeguards or signature cuts no task)."""
    if not tasks:
        return None
    last = max(tasks, key=lambda t: t.span.end)
    if text[last.span.end :].strip():
        return None
    if CUT_OFF not in last.flags:
        last.flags.append(CUT_OFF)
    _drop_cut_name(last, text)
    return last


def _drop_cut_name(task: Task, text: str) -> None:
    """A name the cut stops inside (…；责任单位：市城管局、市生态环境|) is no unit: it leaves the task's
    mentions (it was read as a body of its own, 市生态环境, a lead when it stood alone); its clause
    keeps it as written, with the problem said (``cut: 市生态环境``)."""
    for c in task.clauses:
        cut = [m for m in c.mentions if not text[m.span.end :].strip() and not looks_like_unit(m.text)]
        if not cut:
            continue
        c.mentions = [m for m in c.mentions if m not in cut]
        c.problems += [f"cut: {m.text}" for m in cut]
        task.mentions = [m for m in task.mentions if all(m is not x for x in cut)]


def cut_task_line(task: Task | None) -> str | None:
    """The warning naming the task a cut-off text stops in."""
    if task is None:
        return None
    return f"task {task_label(task)} is cut off where the text stops: flagged {CUT_OFF}, its units may be missing"


def _shown(names: list[str], sep: str) -> str:
    """The first ``_SHOWN`` of what a warning names, joined by ``sep``, and how many more there are
    (one line however many tasks or rows a plan holds)."""
    more = f" and {len(names) - _SHOWN} more" if len(names) > _SHOWN else ""
    return sep.join(names[:_SHOWN]) + more


def unparsed_line(tasks: list[Task]) -> str | None:
    """The warning naming the tasks holding a clause that could not be read (kept as written in
    the record's ``unparsed_clauses``), with what was wrong (an unbalanced bracket …)."""
    hit = [t for t in tasks if "unparsed_clause" in t.flags]
    if not hit:
        return None
    why = Counter(p for t in hit for c in t.clauses if not c.parsed for p in (c.problems or ["unread"]))
    shown = _shown([task_label(t) for t in hit], ", ")
    return (f"{counted(len(hit), 'task')} {'holds' if len(hit) == 1 else 'hold'} a clause that could not be read ({', '.join(why)}): {shown}; "
            "flagged unparsed_clause, the clause kept as written")


def flag_unreadable(tasks: list[Task]) -> list[Task]:
    """Flag ``unreadable_chars`` the tasks whose text holds a character the file does not give
    (U+FFFD, a private-use glyph), and return them."""
    hit = [t for t in tasks if "\ufffd" in t.text or PRIVATE_USE_RE.search(t.text)]
    for t in hit:
        if UNREADABLE not in t.flags:
            t.flags.append(UNREADABLE)
    return hit


def unreadable_line(hit: list[Task]) -> str | None:
    """The warning naming the tasks ``flag_unreadable`` flagged (the plan's read warning says how
    many such characters the file has; this says which tasks they fall in)."""
    if not hit:
        return None
    shown = _shown([task_label(t) for t in hit], ", ")
    return (f"{counted(len(hit), 'task')} {'holds' if len(hit) == 1 else 'hold'} characters the file does not give "
            f"(bytes not UTF-8, a font's private-use glyphs): {shown}; flagged {UNREADABLE}, the text kept as read")


def unlined_rows_line(rows: list[str]) -> str | None:
    """The warning naming a table's rows that name units but no task (their units are not read)."""
    if not rows:
        return None
    shown = _shown(rows, "; ")
    return f"{counted(len(rows), 'table row')} {'names' if len(rows) == 1 else 'name'} units but no task, and could not be lined up with one: {shown}"


# a field's label opening a line (化解人：张某某 / 督办事项：…): a task so titled, numbered nothing,
# is a field line read as a paragraph of its own
_FIELD_TITLE = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,8})[：:]")


def left_above_lines(tasks: list[Task], blocks: list, text: str, block_at) -> list[str]:
    """Warnings naming the numbered items whose text stands in no task because a field line under
    it (a label no rule knows: 化解人：张某某) opened a task of its own, numbered nothing: the item
    became a heading over it and the paragraphs above the line were dropped, unsaid. ``block_at``
    gives the block holding a position (``TaskBuilder.block_at``)."""
    spans = [t.span for t in tasks]

    def in_task(a: int, b: int) -> bool:
        return any(sp.start <= a and b <= sp.end for sp in spans)

    out = []
    for t in tasks:
        m = _FIELD_TITLE.match(t.title)
        if t.number or m is None or looks_like_unit(m.group("label")):
            continue  # (县应急管理局：负责…: a unit's duty statement, a task of its own)
        k = block_at(t.span.start)
        p = blocks[k].parent if k is not None else None
        if p is None or blocks[p].style in ("para", "plain"):
            continue
        left = [j for j in blocks[p].children if j < k and blocks[j].style == "para" and not in_task(blocks[j].body, blocks[j].end)
                and text[blocks[j].body : blocks[j].end].strip()]
        if left:
            head = text[blocks[left[0]].body : blocks[left[0]].end].strip()[:16]
            out.append(f"item {blocks[p].number} holds text in no task ({head}…): the line {m.group()} under it opened a task of its own")
    return out


def differing_rows_line(items: list[str]) -> str | None:
    """The warning naming the items whose 分工表 row names another lead (flagged table_differs)."""
    if not items:
        return None
    shown = _shown(items, "; ")
    return (f"{counted(len(items), 'task')} {'names' if len(items) == 1 else 'name'} another lead in the text than in the division table: {shown}; "
            "the text's units kept, the row's clause with them, flagged table_differs")


def differing_duties_line(items: list[str]) -> str | None:
    """The warning naming the items whose list of duties by body names another lead (flagged duty_differs)."""
    if not items:
        return None
    shown = _shown(items, "; ")
    return (f"{counted(len(items), 'task')} {'names' if len(items) == 1 else 'name'} another lead in the item than in the list of duties: {shown}; "
            "the item's units kept, the duty's clause with them, flagged duty_differs")


def split_rows_line(items: list[str]) -> str | None:
    """The warning naming the items the division table divides into rows, whose own lead no row
    names (the rows kept as the tasks, flagged table_differs)."""
    if not items:
        return None
    shown = _shown(items, "; ")
    return (f"{counted(len(items), 'task')} divided into rows by the division table {'names' if len(items) == 1 else 'name'} a lead in the text "
            f"that no row names: {shown}; the rows kept as the tasks, the item's clause with each, flagged table_differs")
