"""Task-division tables (任务分工表) of docx/html plans: one body row = one task.

The header names the columns: 牵头单位 (lead, basis ``table``), 责任/配合/协助/参与单位
(support, basis ``table``), 完成时限/时间 (deadline), 序号 (number) and the task text
(重点任务, 工作任务, 主要任务, 工作内容, 具体措施 …; else the widest text column).

Modules: this one reads a division table's rows into tasks (``table_tasks``: rows running on
across pages, dittos, rows merged down, section rows); the header and its columns are read in
``table_columns``, a cell's units and deadlines in ``table_cells``, tables written as plain
text are found in ``text_tables`` (``text_tables`` stays importable from here).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from respgraph.records import Cell, Clause, Mention, Span, Table, Task
from respgraph.structure import indicators, task_paths
from respgraph.structure.fields import unique_deadlines
from respgraph.structure.table_cells import (
    _CELL_MARK, _PROCESSING_TIME, _SECTION_MARK, _SECTION_NUM, _SECTION_TEXT, _cell_deadlines, _cell_span, _units,
    _written_deadline,
)
from respgraph.structure.table_columns import (
    _DUTY_TEXT_COL, _FIRST_LEADS, _FORMER_COL, CATEGORY_COL, DEADLINE_COL, EACH_COL, LEAD_COL, NOT_TASK_COL, NUMBER_COL, PROJECT_COL, RESP_COL, SUPERVISOR_COL,
    SUPPORT_COL, column_name, _looks_like_header, _merged_header, _people_col, _repeated_header, is_task_column,
    _with_header, form_as_row, is_division_table,
)

# (imported from here by the pipeline and tests)
from respgraph.structure.text_tables import text_tables  # noqa: F401

# a cell meaning "the same as the cell above" (a list typed without merged cells)
_DITTO = re.compile(r"^(同上|〃|″|同前)$")
_BARE_ROW_NUMBER = re.compile(r"\d{1,2}")


# What may stand between a table and its rest after a page break: blanks, a page number
_BETWEEN_PAGES = re.compile(r"[\s\u3000]*(?:[-—－–]*\s*(?:第\s*)?\d{1,4}\s*(?:页)?\s*[-—－–]*)?[\s\u3000]*")



def _handlers(units: list[Mention]) -> list[Mention]:
    """A 承办单位 cell's units: each leads, unless the cell marks its lead (A、B（牵头）)."""
    if any(m.role == "lead" for m in units):
        return units
    return [Mention(m.text, "lead", m.basis, m.span, m.portfolio, m.collective) for m in units]

def _goes_on(text: str, before: Table, table: Table, number: list[int]) -> bool:
    """Is ``table`` the rest of the division table ``before``, cut at a page break (a .docx
    made from a PDF, a page printed as one table per sheet)? It has as many columns, its first
    row, taken for its header, is a row, and it follows with nothing but a page number or a
    续表 line between, or its first row's 序号 (column ``number``) goes on from the last row
    of ``before`` (the rest after a page of the plan's text: its rows were read as no table)."""
    if not table.head or len(table.head) != len(before.header) or _looks_like_header(table.head):
        return False
    between = text[before.span.end : table.span.start]
    return (
        _BETWEEN_PAGES.fullmatch(between) is not None
        or _CONTINUED_LINE.fullmatch(between) is not None
        or _number_goes_on(before, table, number)
    )


# a line saying the table goes on: 续表 / （续表）/ 附表1（续）/ 续上表, a page number beside it
_CONTINUED_LINE = re.compile(
    r"[\s\u3000]*(?:[-—－–]*\s*\d{1,4}\s*[-—－–]*)?[\s\u3000]*(?:附表|附件)?\s*\d{0,2}\s*[（(]?\s*续\s*(?:上\s*)?表?\s*\d{0,2}\s*[）)]?[\s\u3000]*"
)
_ROW_NUMBER = re.compile(r"[\s\u3000]*(\d{1,3})[\s\u3000.、．]*")


def _number_goes_on(before: Table, table: Table, number: list[int]) -> bool:
    """Does ``table``'s first row number the row after ``before``'s last (…4 | 5…)?"""
    last = before.rows[-1] if before.rows else before.head
    if not number or not last or number[0] >= len(last):
        return False
    a = _ROW_NUMBER.fullmatch(last[number[0]].text)
    b = _ROW_NUMBER.fullmatch(table.head[number[0]].text)
    return a is not None and b is not None and int(b.group(1)) == int(a.group(1)) + 1


# a ledger form's fields, at its foot or head: 填报人：/ 审核人：/ 联系电话：/ 填报单位（盖章）：
_FORM_FIELD = re.compile(
    r"^[\s\u3000]*(?:(?:填报|填表|审核|制表|签发|经办)[^：:。，；]{0,8}|联系(?:人|电话|方式)|(?:单位|主要|分管)?负责人)[：:]"
)


def _form_row(row) -> bool:
    """A row of the form's fields (填报人：| 张某 | 审核人：| 李某), not a task."""
    return any(_FORM_FIELD.match(c.text) for c in row)


def _dittos_filled(body: list, columns: list[int]) -> list:
    """Rows with each 同上 / 〃 cell of ``columns`` replaced by the cell above it."""
    above: dict[int, Cell] = {}
    out = []
    for row in body:
        row = list(row)
        for k in columns:
            if k < len(row):
                if _DITTO.match(row[k].text.strip()) and k in above:
                    row[k] = above[k]
                elif row[k].text.strip():
                    above[k] = row[k]
        out.append(row)
    return out


# a note beside the table saying a blank unit cell repeats the row above (注：牵头单位栏为空的，与上一项
# 相同 / 责任单位空白的同上): the column it names, and the saying
_BLANK_SAME = re.compile(
    r"(?P<col>牵头|配合|协办|责任)?\s*(?:单位|部门)\s*(?:栏|列)?\s*(?:为空|空白|未填写?|未列)[^。；;\n]{0,6}?"
    r"(?:与|同)\s*上(?:一?[项行栏])?(?:相同|一致)?"
)
# how far around a table its note may stand
_NOTE_REACH = 300


def _blank_same_columns(text: str, table: Table, lead: list[int], support: list[int]) -> list[int]:
    """The unit columns whose blank cells the plan says repeat the row above (its note near the
    table names the column: 牵头 its lead columns, 配合 / 协办 its support, else both); [] when none."""
    lo, hi = max(0, table.span.start - _NOTE_REACH), min(len(text), table.span.end + _NOTE_REACH)
    if text.find("上", lo, hi) < 0:
        return []
    m = _BLANK_SAME.search(text, lo, hi)
    if m is None:
        return []
    col = m.group("col")
    return lead if col == "牵头" else support if col in ("配合", "协办") else lead + support


def _blanks_filled(body: list, columns: list[int], task_cols: list[int]) -> list:
    """Rows of a task (text in a task column) with each blank cell of ``columns`` taken from the
    task row above, as the plan's note says (a section row between keeps its blanks)."""
    above: dict[int, Cell] = {}
    out = []
    for row in body:
        if any(_text(row, k) for k in task_cols):
            row = list(row)
            for k in columns:
                if k < len(row):
                    if row[k].text.strip():
                        above[k] = row[k]
                    elif k in above:
                        row[k] = above[k]
        out.append(row)
    return out


def _text(row, k: int) -> str:
    return row[k].text.strip() if k < len(row) else ""


def _continued(body: list, task_cols: list[int]) -> list[bool]:
    """For each row: does it go on the group of the row above, its merged cells left empty (a
    table pasted as text keeps a merged cell's text in its first row only)? It has no group
    task (主要任务), only a later task column's text (its own 具体措施)."""
    first, later = task_cols[0], task_cols[1:]
    return [
        n > 0
        and not _text(row, first)
        and any(_text(row, k) for k in later)
        and any(_text(body[n - 1], k) for k in task_cols)
        for n, row in enumerate(body)
    ]


def _grouping(body: list, k: int, continued: list[bool]) -> list[bool]:
    """For each row: does its cell of column ``k`` repeat a neighbour's (a 主要任务 cell merged
    down over the rows of its 具体内容), or do the next rows go on its group?"""
    texts = [_text(row, k) for row in body]
    return [
        bool(t)
        and ((n > 0 and texts[n - 1] == t) or (n + 1 < len(texts) and (texts[n + 1] == t or continued[n + 1])))
        for n, t in enumerate(texts)
    ]


def _merged_down(body: list, continued: list[bool], columns: list[int]) -> list:
    """Rows going on a group with each empty cell of ``columns`` (its lead, merged over the
    group's rows) taken from the row above."""
    out: list = []
    for row, cont in zip(body, continued):
        if cont and out:
            row = list(row)
            for k in columns:
                if k < len(row) and k < len(out[-1]) and not row[k].text.strip():
                    row[k] = out[-1][k]
        out.append(row)
    return out


@dataclass(slots=True)
class _Columns:
    """What each column of a division table holds, read from its header's names (``h``)."""

    h: list[str]
    indicator: bool  # a 规划's indicators with their units (指标 | 2025年 | 属性 | 责任单位): a task per row naming units
    people: list[int]  # people's columns, and the text of a duty (责任事项): they hold no units
    named_people: bool
    lead: list[int]
    support: list[int]
    each: list[int]  # support columns whose every unit handles the task (承办单位), without a lead column
    watch: list[int]
    deadline: list[int]
    number: list[int]
    first_listed: bool  # without a lead column, the first unit of a 责任单位 cell leads
    task_cols: list[int]
    kinds: list[int]  # 类别 columns
    goals: list[int] = field(default_factory=list)  # an indicator table's targets ...
    measures: list[int] = field(default_factory=list)  # ... and its measures
    projects: bool = False  # a project list (项目名称 | 总投资 | 责任单位): its rows are projects (rows.py)


def _columns(raw: list[str], settings, year: int | None) -> _Columns:
    """The columns of a division table by its header's cells ``raw``."""
    first_leads = any(_FIRST_LEADS.search(x) for x in raw)  # 责任单位（排名第一的为牵头单位）
    h = [column_name(x) for x in raw]
    indicator = indicators.indicator_table(h)
    people = [k for k, x in enumerate(h) if _people_col(x) or _DUTY_TEXT_COL.search(x)]
    named_people = any(_people_col(x) for x in h)
    former = [k for k, x in enumerate(h) if _FORMER_COL.match(x)]  # 原牵头单位: the units a change took the task from
    lead = [k for k, x in enumerate(h) if LEAD_COL.search(x) and k not in people + former]
    support = [k for k, x in enumerate(h) if k not in lead + people + former and SUPPORT_COL.search(x)]
    each = [k for k in support if EACH_COL.search(h[k])] if not lead else []
    watch = [k for k, x in enumerate(h) if k not in lead + support + people and SUPERVISOR_COL.search(x)]
    deadline = [k for k, x in enumerate(h) if DEADLINE_COL.search(x) and k not in lead + support + people]
    number = [k for k, x in enumerate(h) if NUMBER_COL.match(x)]
    taken = set(lead + support + deadline + number + people + watch + former)
    first_listed = not lead and (first_leads or bool(getattr(settings, "first_listed_is_lead", True)))
    task_cols = [k for k, x in enumerate(h) if k not in taken and is_task_column(x)]
    goals: list[int] = []
    measures: list[int] = []
    if indicator:
        task_cols = indicators.indicator_columns(h)
        goals = indicators.target_columns(h, year)
        measures = indicators.measure_columns(h)
    if not task_cols:
        rest = [k for k in range(len(h)) if k not in taken and not NOT_TASK_COL.search(h[k])]
        task_cols = rest[:1]
    kinds = [k for k, x in enumerate(h) if k not in taken and k not in task_cols and CATEGORY_COL.search(x)]
    return _Columns(h, indicator, people, named_people, lead, support, each, watch, deadline, number, first_listed,
                    task_cols, kinds, goals, measures, any(PROJECT_COL.search(x) for x in h))


@dataclass(slots=True)
class _Rows:
    """A division table's body rows as read (dittos and blanks filled), and how they group: for each
    row, whether each task column but the last repeats a neighbour's (``grouped``) and whether the
    row goes on the group above (``continued``)."""

    body: list
    grouped: dict[int, list[bool]]
    continued: list[bool]


def _rows(text: str, table: Table, body: list, labels: set[str], cols: _Columns) -> _Rows:
    """The table's body rows without repeated headers, 同上 cells and blanks the plan's note says
    repeat the row above filled, rows going on a group given its lead."""
    lead, support, task_cols = cols.lead, cols.support, cols.task_cols
    body = _dittos_filled([r for r in body if not _repeated_header(r, labels)], lead + support + cols.deadline)
    if blank_same := _blank_same_columns(text, table, lead, support):
        body = _blanks_filled(body, blank_same, task_cols)  # 注：牵头单位栏为空的，与上一项相同
    grouped = {}
    continued = [False] * len(body)
    if len(task_cols) > 1:
        continued = _continued(body, task_cols)
        # (the rows going on a group are the first task column's: a later column's cell with a
        # neighbour going on that group is the row's own, 项目名称 beside a 重点任务 merged down; the
        # project was titled by its 建设内容)
        grouped = {k: _grouping(body, k, continued if k == task_cols[0] else [False] * len(body)) for k in task_cols[:-1]}
        if any(continued):
            body = _merged_down(body, continued, lead)
    return _Rows(body, grouped, continued)


@dataclass(slots=True)
class _Above:
    """What a row takes from the rows above it."""

    group: list[str] = field(default_factory=list)  # the title of the section row above, for rows no heading holds
    kind: str = ""  # the 类别 cell of the row or the last above (pasted as text, merged cells are empty)
    parent: str = ""  # the group task (主要任务) merged over the row's measure
    mark: str = ""  # the number of the section row above (一 / （二）), for the rows' paths


def table_tasks(builder, tables: list[Table], settings=None) -> None:
    """Append one task per body row of every task-division table to ``builder``."""
    last: tuple[Table, list[str], set[str], list[int]] | None = None  # the division table before, its header, 序号 column
    placed: list[tuple[Task, int]] = []  # each row's task and its table's place among the plan's (1 first)
    n_tables = 0
    for table in tables:
        table = form_as_row(_with_header(table))
        if is_division_table(table):
            h, body, labels = _merged_header(table)
            n_tables += 1
        elif last is not None and _goes_on(builder.text, last[0], table, last[3]):
            h, body, labels = list(last[1]), [list(table.head), *table.rows], last[2]
        else:
            last = None
            continue
        cols = _columns(h, settings, builder.year)
        last = (table, list(h), labels, cols.number)
        rows = _rows(builder.text, table, body, labels, cols)
        at = builder.block_at(table.span.start)
        above = _Above()
        before = len(builder.tasks)
        for n, row in enumerate(rows.body):
            _row_task(builder, cols, rows, n, row, above, at)
        placed += [(t, n_tables) for t in builder.tasks[before:]]
    _tables_apart(builder, placed)


def _tables_apart(builder, placed: list[tuple[Task, int]]) -> None:
    """Where two tables of a plan number their rows alike under the same headings (a 民生实事 list
    and its projects' table, each from 1), each row's path names its table (``表2 · 1``): a path
    is what a user tells one task by."""
    tables_at: dict[str, set[int]] = {}
    for t, k in placed:
        tables_at.setdefault(t.path, set()).add(k)
    if all(len(ks) < 2 for ks in tables_at.values()):
        return
    for t, k in placed:
        own = task_paths.own_number(t.number) or t.path.rpartition(task_paths.SEPARATOR)[2]
        if own and t.path.endswith(own):
            titled = builder.titled_paths.get(id(t), (t, t.path))[1]
            builder.set_path(t, (_in_table(t.path, own, k), _in_table(titled, own, k)))


def _in_table(path: str, own: str, k: int) -> str:
    """``path`` of a row numbered ``own`` with its table ``k`` named before its number."""
    return path[: len(path) - len(own)] + f"表{k}" + task_paths.SEPARATOR + own if path.endswith(own) else path


def _row_task(builder, cols: _Columns, rows: _Rows, n: int, row, above: _Above, at: int | None) -> None:
    """The task of body row ``n``, added to ``builder``; a section row, a units' row without a task
    and a form's fields add none."""
    h, task_cols, grouped = cols.h, cols.task_cols, rows.grouped
    cells = {k: c for k, c in enumerate(row)}
    above.kind = next((cells[k].text.strip() for k in cols.kinds if k in cells and cells[k].text.strip()), above.kind)
    if grouped:
        top = _text(row, task_cols[0])
        above.parent = top if top and grouped[task_cols[0]][n] else above.parent if rows.continued[n] else ""
    main = [cells[k] for k in task_cols if k in cells and cells[k].text.strip()]
    # (not beside people: 序号 | 责任单位 | 联系人 is a contact list, its rows are no tasks)
    by_number = not task_cols and not main and not cols.named_people
    if by_number:
        # 序号 | 牵头单位 | 配合单位 with the tasks in the body: the row stands by its number
        # (structure.rows_by_number gives its units to the body item so numbered)
        main = [cells[k] for k in cols.number if k in cells and cells[k].text.strip()]
    if not _is_task_row(builder, cols, row, cells, main, above, _heads_sub_rows(cols, rows.body, n)):
        return
    # the title is the row's own task: a group cell merged over several rows is not
    own = [cells[k] for k in task_cols if k in cells and cells[k].text.strip() and not (k in grouped and grouped[k][n])]
    clauses = _row_clauses(cols, cells)
    if clauses is None:
        return  # a target no unit answers for: no task
    # the group cell merged over the rows (一、提升政务服务效能 | 深化…) is the task's section,
    # no part of its text (was: every task's text opened with it)
    text_cells = [c for c in main if not (above.parent and c is cells.get(task_cols[0]))] or main
    start, end = text_cells[0].span.start, text_cells[-1].span.end
    title = "" if by_number else re.split(r"[。；\n]", _unmarked((own or main)[0].text.strip()))[0][:200]
    num = next((cells[k].text.strip() for k in cols.number if k in cells), "")
    # under the headings above the table: a row's own lines are no headings (a pasted row
    # opening （2）推进… is read as one, and the rows below were put under it)
    # (a 专栏's table of projects, 专栏3 …重大工程 / 项目名称 | 建设内容 | 责任单位: its rows are the box's
    # projects, kind box as its numbered projects are; they were counted as tasks of a 分工表)
    kind = "indicator" if cols.indicator else "box" if at is not None and (builder.blocks[at].style == "box" or builder.in_box(at)) else "table"
    task = builder.add(at or 0, num, title, start, end, kind, clauses)
    if cols.projects:
        builder.project_rows.add(id(task))  # (rows.py: a project stands in for no body item)
    if cols.indicator:
        measure = next((cells[k].text.strip() for k in cols.measures if k in cells), "")
        task.targets = indicators.row_targets(cells, cols.goals, h, title, measure, lambda c: _cell_span(c, 0, len(c.text)))
        task.text = indicators.row_text(cells, h, set(cols.lead + cols.support + cols.watch + cols.number))
    task.section = [] if at is None else task.section
    task.section = [*task.section, *(above.group or ([above.kind] if above.kind else []))]
    if above.parent:
        task.section = [*task.section, _SECTION_MARK.sub("", above.parent).strip()]
    builder.set_path(task, _row_path(builder, at, start, above, num or f"第{n + 1}行"))  # (no 序号: its row)
    # wrapped: the pieces, not the lines they lie on; a CSV's quoted cell: not its quotes
    if any(c.parts or c.span.start and builder.text[c.span.start - 1] == '"' for c in text_cells):
        task.text = "\t".join(c.text for c in text_cells)
    _row_deadlines(builder, task, cols, cells)


def _section_mark(text: str) -> str:
    """The number a section row's title opens with (一、大气污染防治 -> 一), "" for none."""
    m = _SECTION_MARK.match(text.strip())
    return task_paths.own_number(m.group()) if m else ""


def _row_path(builder, at: int | None, pos: int, above: _Above, number: str) -> tuple[str, str]:
    """Where a row stands, as a user cites it: the headings above the table, the section rows above
    it, then its 序号 (三 · 一2; in an attachment 附件1 · 12: task_paths); without and with the titles
    of headings that have no number (as ``cited_path``)."""
    groups = task_paths.join([above.mark if above.group else "", _section_mark(above.parent) if above.parent else ""])
    own = task_paths.own_number(number)
    attachment = builder.attachment(pos)

    def path(titled: bool) -> str:
        inside = task_paths.join([builder.heading_markers(at, titled=titled), groups]) if at is not None else groups
        row = inside + task_paths.SEPARATOR + own if inside and own else inside or own
        return task_paths.with_attachment(attachment, row)

    return path(False), path(True)


def _heads_sub_rows(cols: _Columns, body: list, n: int) -> bool:
    """Whether row ``n`` is numbered N and the row after it N-1 / N.1 (1 | 调整产业结构 over 1-1 |
    压减钢铁产能…, 1-2 | …): the rows below are its measures, numbered under its number."""
    if not cols.number or n + 1 >= len(body):
        return False
    k = cols.number[0]
    here = body[n][k].text.strip() if k < len(body[n]) else ""
    after = body[n + 1][k].text.strip() if k < len(body[n + 1]) else ""
    return bool(_BARE_ROW_NUMBER.fullmatch(here)) and re.match(re.escape(here) + r"[-－—.．]\d", after) is not None


def _is_task_row(builder, cols: _Columns, row, cells: dict, main: list[Cell], above: _Above, heads_sub: bool = False) -> bool:
    """Whether the row holds a task: a row without task text (a title spanning the row, units named
    without a task: said on the builder, not dropped unsaid), a form's fields and a section row
    (its title kept for the rows below it) do not."""
    number, lead, support = cols.number, cols.lead, cols.support
    if not main:
        spanning = _spanning_title(row)
        if spanning:
            above.group, above.mark = [spanning], _section_mark(next(c.text for c in row if c.text.strip()))
        named = [f"{cols.h[k]}：{cells[k].text.strip()}" for k in number + lead + support if k in cells and cells[k].text.strip()]
        if len(named) > len([k for k in number if k in cells and cells[k].text.strip()]) and not spanning:
            builder.unlined_rows.append("；".join(named))  # units with no task to give them to: said, not dropped unsaid
        return False
    if _form_row(row):
        return False
    if _section_row(cells, main, lead + support + cols.deadline, number, heads_sub):
        above.group = [_SECTION_MARK.sub("", main[0].text.strip()).strip()]
        above.mark = _section_mark(main[0].text) or task_paths.own_number(
            next((cells[k].text for k in number if k in cells and cells[k].text.strip()), ""))
        return False
    return True


def _row_clauses(cols: _Columns, cells: dict) -> list[Clause] | None:
    """The row's clause: its lead, support and supervising columns' units (the first listed leading
    without a lead column); [] when it names none, None for an indicator's target no unit answers for."""
    h, lead, support, watch = cols.h, cols.lead, cols.support, cols.watch
    mentions: list[Mention] = []
    for k in lead:
        if k in cells:
            mentions += _units(cells[k], "lead")
    for k in support:
        if k in cells:
            mentions += _handlers(_units(cells[k], "support")) if k in cols.each else _units(cells[k], "support")
    if cols.first_listed and mentions and not any(m.role == "lead" for m in mentions) and RESP_COL.search(
        h[support[0]]
    ):
        first = mentions[0]
        mentions[0] = Mention(first.text, "lead", "first_listed", first.span, first.portfolio, first.collective)
    if cols.indicator and not mentions:
        return None
    supervisors = [m for k in watch if k in cells for m in _units(cells[k], "support")]
    named = [k for k in lead + support + watch if k in cells]
    used = [cells[k] for k in named if cells[k].text.strip()]
    if not used:
        return []
    span = Span(min(c.span.start for c in used), max(c.span.end for c in used))
    raw = "；".join(f"{h[k]}：{cells[k].text}" for k in named)
    return [Clause(span=span, raw=raw, mentions=mentions, supervisors=supervisors)]


def _row_deadlines(builder, task, cols: _Columns, cells: dict) -> None:
    """The task's deadlines from the row's deadline columns (a processing time, 1个工作日, goes to
    its text: no due date)."""
    for k in cols.deadline:
        if k in cells:
            found = _cell_deadlines(cells[k], builder.year, builder.issued)
            if not found and _PROCESSING_TIME.fullmatch(cells[k].text.strip()):
                # 承诺办结时限 | 1个工作日: no due date, the task's text says it (it was a
                # deadline without a date)
                task.text = f"{task.text}（{cols.h[k]}：{cells[k].text.strip()}）"
                continue
            written = None if found else _written_deadline(cells[k])
            if found:
                task.deadlines = unique_deadlines(found + task.deadlines)
            elif written is not None:
                task.deadlines.insert(0, written)


def _unmarked(s: str) -> str:
    m = _CELL_MARK.match(s)
    return s[m.end() :] if m else s


def _spanning_title(row) -> str:
    """The title of a section row merged across the table (一、大气污染防治: its text kept in its
    first cell only), without its number; "" for any other row."""
    texts = [c.text.strip() for c in row if c.text.strip()]
    if len(texts) != 1 or not _SECTION_TEXT.match(texts[0]) or not _SECTION_MARK.match(texts[0]):
        return ""
    return _SECTION_MARK.sub("", texts[0]).strip()


def _section_row(cells: dict, main: list, units: list[int], number: list[int], heads_sub: bool = False) -> bool:
    """A row naming a group of tasks (（一）新型基础设施建设 in the task column), not a task:
    one short text, no unit, no deadline, and no number where the other rows have one, or a
    heading's number (一 / （二）) or one the rows below are numbered under (1 over 1-1, 1-2:
    ``heads_sub``); in a table without numbers the text opens with one."""
    text = main[0].text.strip()
    nums = [cells[k].text.strip() for k in number if k in cells]
    return (
        len(main) == 1
        and not any(cells[k].text.strip() for k in units if k in cells)
        and bool(_SECTION_TEXT.match(text))
        and (heads_sub or (bool(_SECTION_MARK.match(text)) if not number else all(not n or _SECTION_NUM.match(n) for n in nums)))
    )
