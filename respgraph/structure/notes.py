"""A closing note on a task list naming who does the tasks that name nobody.

``以上任务中，未列明责任单位的，由各县（市、区）人民政府按职责抓好落实`` / ``未明确牵头单位的，由X牵头``:
a paragraph of its own under the list's last item, said of the items above it that name no unit
(no lead, for a 牵头单位 note). Read as part of the last item it made that item the note's units'
and left the items it speaks of without any.
"""

from __future__ import annotations

import copy
import re

from respgraph.records import Span
from respgraph.structure.tasks import in_text_order

# the heart of a note: 未明确牵头单位 / 未列明责任部门 (``kind``: whose units it gives)
_UNNAMED = r"未(?:列明|明确列出|明确|注明|标明|列出|写明)(?P<kind>责任|牵头|主责|承办)(?:单位|部门)"
# the note's opening, up to its clause (由A…): a paragraph of its own
_NOTE = re.compile(
    r"(?P<open>[（(])?(?:备?注\s*\d?[：:]\s*(?:\d{1,2}[.．、]\s*)?)?"
    r"(?:(?:以上|上述|本方案|本表|上表|表中|表内)?(?:所列)?(?:各项)?(?:重点)?(?:工作)?(?:任务|事项)?(?:中)?[，,]?)?(?:凡|对)?"
    + _UNNAMED + r"的?(?:任务|事项)?[，,]?(?:均|一律)?"
)


def apply_unnamed_notes(builder, find_clauses, table_spans=()) -> None:
    """Give a closing note's units to the tasks of its list that name none (or no lead), and take
    them from the item it was read with, or drop the task the note was read as.
    ``find_clauses(text, start, end)`` reads the note's clause when the item's did not
    (未明确牵头单位的，由A牵头: its 牵头单位 opens no label)."""
    text = builder.text
    drop: list = []
    read: set[int] = set()  # where the notes read with a task stand
    for k, task in enumerate(builder.tasks):
        for hit in _LOOSE.finditer(text, task.span.start, task.span.end):
            line, m = _note_at(text, hit)
            if m is None or (line > task.span.start and text[line - 1] != "\n" and not _ends(text, m.end(), task.span.end)):
                continue  # (a note within a line closes its item: 4.开展…。以上任务未明确…，由A负责。)
            note = _note_clause(text, task, m, find_clauses)
            if note is not None:
                lead_only = m.group("kind") == "牵头"
                read.add(line)
                if line == task.span.start:  # a task of its own: the note, no work
                    if "\n" in task.text:
                        break  # (and more: left as it is)
                    drop.append(task)
                    _give(_reach(builder.tasks, k, k), note, lead_only)
                else:
                    _take(builder, task, note, line)
                    _give(_reach(builder.tasks, k, k + 1), note, lead_only)
                break
    drop += _concerning_notes(builder)
    if drop:
        builder.tasks[:] = [t for t in builder.tasks if not any(t is d for d in drop)]
        in_text_order(builder)
    _apply_loose_notes(builder, find_clauses, read, table_spans)


# 以上项目中涉及各区县的，由各区县人民政府按照属地管理原则负责组织实施: a note on the items above
# that concern the places (they carry out their share where they are), no work of its own; which
# items it is said of the note does not say, and each names its units already
# (the line's leading blanks taken once, *+: the blanks after an optional （ read the rest of a long
# run again at every split of it)
_CONCERNING = re.compile(
    r"[ \t\u3000]*+[（(]?[ \t\u3000]*(?:以上|上述)(?:各项|所列)?(?:民生实事|实事)?(?:项目|工程|任务|工作|事项|措施)(?:中)?[，,]?[ \t\u3000]*"
    r"(?:凡|对)?(?:涉及|属于|需要?)[^，,。；;\n]{1,20}?的[，,][ \t\u3000]*(?:均|一律)?由"
)


def _concerning_notes(builder) -> list:
    """The tasks read from a note of ``_CONCERNING`` (a paragraph of its own: dropped); a note read
    with the last item is taken out of it (its units were the item's)."""
    text = builder.text
    out = []
    for task in builder.tasks:
        line = task.span.start
        while True:
            if _CONCERNING.match(text, line, task.span.end) is not None:
                break
            nl = text.find("\n", line, task.span.end)
            if nl < 0:
                line = -1
                break
            line = nl + 1
        if line < 0:
            continue
        if line == task.span.start:
            if "\n" not in text[task.span.start : task.span.end].strip():
                out.append(task)  # a task of its own: the note, no work
        elif _ends(text, line, task.span.end):
            _take(builder, task, None, line)
    return out


# the heart of a note, found anywhere: where a note outside every task may stand
_LOOSE = re.compile(_UNNAMED)
# 对未明确责任单位的事项，由县政府办公室协调确定: who decides whose the work is, none doing it
_DECIDES = re.compile(r"确定|指定|明确|认定|裁定|约谈|问责|督办")


def _apply_loose_notes(builder, find_clauses, read: set[int], table_spans) -> None:
    """A note standing apart from every task, a rule of the plan (in its safeguards: （二）明确责任
    分工。未明确牵头单位的，由A牵头 / before its tasks): A for every task naming none (no lead). It was
    not read, the safeguards holding no task."""
    text = builder.text
    for hit in _LOOSE.finditer(text):
        s, note = _note_at(text, hit)
        if note is None:
            continue
        if s in read or any(t.span.start <= s < t.span.end for t in builder.tasks):
            continue  # (a note read above, with a task, or within a task's text)
        if "表" in text[s : note.end()] or any(t.start <= s < t.end + _TABLE_REACH for t in table_spans):
            continue  # 注：表中未列明…: a table's note (apply_table_notes), said of its rows
        stop = _note_end(text, note, len(text))
        if _DECIDES.search(text, note.end(), stop):
            continue
        found = [c for c in find_clauses(text, note.end(), stop) if c.mentions]
        if len(found) == 1:
            _give(builder.tasks, found[0], note.group("kind") == "牵头")


def _note_at(text: str, hit) -> tuple[int, re.Match | None]:
    """(where its sentence starts, the note's opening) for a ``_LOOSE`` hit: a note when the
    sentence opens with it (以上任务中，未列明… / （以上任务未明确…） / 注：表中未列明…), and 由 follows."""
    s = max(text.rfind(c, 0, hit.start()) for c in "。；;\n") + 1
    while s < hit.start() and text[s] in " \t\u3000":
        s += 1
    m = _NOTE.match(text, s) if hit.start() - s <= 24 else None
    if m is None or m.end() < hit.end() or not text.startswith("由", m.end()):
        return s, None
    return s, m


def _note_end(text: str, m, end: int) -> int:
    """Where the note opened by ``m`` ends (its sentence; a bracketed note's close is none of it)."""
    stop = _sentence_stop(text, m.end(), end)
    if m.group("open") and text[stop - 1] in "）)":
        stop -= 1
    return stop


def _ends(text: str, at: int, end: int) -> bool:
    """Whether the sentence from ``at`` is the last of ``text[:end]`` (only blanks after it)."""
    return not text[_sentence_stop(text, at, end) + 1 : end].strip(" \t\u3000\r\n）)")


def _sentence_stop(text: str, at: int, end: int) -> int:
    """Where the sentence from ``at`` stops (its 。 / ； / line break), or ``end``."""
    return min((i for i in (text.find(c, at, end) for c in "。；;\n") if i >= 0), default=end)


def _note_clause(text: str, task, m, find_clauses):
    """The clause of the note opened by ``m`` (由A…), one the item was read with or one read from
    the note's sentence."""
    at = m.end()
    end = _note_end(text, m, task.span.end)
    own = next((c for c in task.clauses if at <= c.span.start < end and c.mentions), None)
    if own is not None:
        return own
    found = [c for c in find_clauses(text, at, end) if c.mentions]
    return found[0] if len(found) == 1 else None


def _inherited(m):
    """The note's unit as a task of its list has it: said of the list, not of the item."""
    m = copy.copy(m)
    m.basis = "inherited"
    return m


def _names_unit(task, lead_only: bool) -> bool:
    return any(m.role == "lead" for m in task.mentions) if lead_only else bool(task.mentions)


def _take(builder, task, note, line: int) -> None:
    """The item the note was read with: its own units stay, the note and its text go."""
    # (the note runs from ``line`` to the item's end: any clause read there is the note's, one
    # read from a wider span than the note's clause too: 以上工作任务，未注明…的，均由A负责落实)
    task.clauses = [c for c in task.clauses if c is not note and c.span.start < line]
    task.mentions = [m for m in task.mentions if m.span.start < line and not any(m.span == n.span for n in note.mentions)]
    end = line
    while end > task.span.start and builder.text[end - 1] in " \t\u3000\r\n":
        end -= 1
    task.text = builder.text[task.span.start : end]
    task.span = Span(task.span.start, end)
    if not task.clauses and "no_clause" not in task.flags:
        task.flags = [f for f in task.flags if f != "unparsed_clause"] + ["no_clause"]


def _reach(tasks, k: int, end: int) -> list:
    """The items a note read with task ``k`` is said of, of ``tasks[:end]``: its own section's when
    more items of its chapter follow (a subsection's note), else every item above it (以上任务 under
    the last item of a list in several chapters or subsections is said of them all; it reached the
    last subsection's alone)."""
    section = tasks[k].section
    if any(t.section[:1] == section[:1] for t in tasks[k + 1 :]):
        return [t for t in tasks[:end] if t.section == section]
    return tasks[:end]


def _give(tasks, note, lead_only: bool) -> None:
    """The note's units to the items it is said of that name none (no lead). An item naming units
    of its own (（县税务局配合） under 未明确牵头单位的，由A牵头，相关单位配合) takes the note's lead
    and named units, not its collective support: those the item names are the 相关单位 (they were
    read beside them, a 相关单位 on every such task)."""
    for u in tasks:
        if _names_unit(u, lead_only):
            continue
        own = bool(u.mentions)
        # (inherited, as from a 以下均需A落实 marker: the units point at the note, no clause of the item)
        u.mentions = [*u.mentions, *(_inherited(m) for m in note.mentions if not (own and m.collective and m.role == "support"))]


# how far under a table its note may stand (one or two 注 lines)
_TABLE_REACH = 300


def apply_table_notes(builder, tables, find_clauses) -> None:
    """A note under a division table, or in its last row (注：表中未列明牵头单位的，由A牵头): its units
    to the table's rows naming none (no lead). Table rows are read after the notes of the text, so
    they were left out."""
    text = builder.text
    starts = sorted(t.span.start for t in tables)
    for table in tables:
        rows = [t for t in builder.tasks if t.kind in ("table", "box") and table.span.start <= t.span.start < table.span.end]
        if not rows:
            continue
        end = min([table.span.end + _TABLE_REACH, len(text)] + [s for s in starts if s > table.span.start])
        for hit in _LOOSE.finditer(text, table.span.start, end):
            _, m = _note_at(text, hit)
            if m is not None:
                found = [c for c in find_clauses(text, m.end(), _note_end(text, m, end)) if c.mentions]
                if len(found) == 1:
                    _give(rows, found[0], m.group("kind") == "牵头")
                break
