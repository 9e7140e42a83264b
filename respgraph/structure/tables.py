"""Task-division tables (任务分工表) of docx/html plans: one body row = one task.

The header names the columns: 牵头单位 (lead, basis ``table``), 责任/配合/协助/参与单位
(support, basis ``table``), 完成时限/时间 (deadline), 序号 (number) and the task text
(重点任务, 工作任务, 主要任务, 工作内容, 具体措施 …; else the widest text column).
"""

from __future__ import annotations

import re

from dataclasses import replace

from respgraph.grammar.units import _STRONG_END, _UNIT_START, looks_like_unit
from respgraph.pdf_tables import _PAGE_NO
from respgraph.records import Cell, Clause, Deadline, Mention, Span, Table
from respgraph.structure.fields import find_deadlines, unique_deadlines

LEAD_COL = re.compile(r"牵头|主办|主责")
# 承办 / 落实 / 实施单位 (a 督办 list's, a 工作台账's): the units doing the work, as 责任单位
_DOING = r"承办|承担|落实|实施|执行|办理"
# 监管部门 / 行业监管单位 (a hazard list's regulator of the site) support, as the 行业监管单位 label does
# (会办 / 支持 with their noun: 安委会办公室 in a 填报单位 row is no column)
# 属地 / 属地政府 (a 重点项目 table's column beside 牵头单位 | 配合单位: the county or district seeing to
# the site's land and works) support, as 属地责任单位 does
SUPPORT_COL = re.compile(rf"(责任|配合|协助|参与|协办|协同|主体)(单位|部门)?|(会办|支持)(单位|部门)|(负责|监管|{_DOING})(单位|部门|处室|科室)"
                         r"|^属地(?:政府|单位|部门|乡镇|镇街)?$")
# 督导单位 / 督办单位 / 监督单位: the bodies supervising a row's work, kept on its clause apart
# from its leads and supports (records.Clause.supervisors), as the same label in prose is
SUPERVISOR_COL = re.compile(r"(督办|督导|督查|督促|监督){1,2}(单位|部门|处室|科室)")
# 责任事项 / 责任内容 / 追究责任情形 (a 权责清单's columns beside its 实施主体): what the duty is, no
# unit column (read as 责任单位, the duty's sentences were its supports)
# (配合单位及配合事项 names the units too: a unit column)
_DUTY_TEXT_COL = re.compile(r"^(?!.*(?:单位|部门|处室|科室)).*(?:责任|主责|配合|协同|主体)(?:事项|内容|清单|情形|范围|要求|标准|依据)", re.S)
# 责任领导 / 牵头领导 / 责任人 / 联系人 columns name people, never agencies.
PERSON_COL = re.compile(r"领导|责任人|联系人|牵头人|负责人|分管")
# ... unless the units are named too: 牵头单位及责任人 / 责任单位、责任人 (the cells' people are
# no units: the splitter drops them)
_UNITS_AND_PEOPLE = re.compile(r"(单位|部门|处室|科室)[及和与、/／]")
# A 责任单位 column holds the responsible units themselves: without a 牵头 column its first
# listed unit leads (the plans' convention), as in a （责任单位：…） clause.
RESP_COL = re.compile(rf"责任|主体|负责|{_DOING}")
DEADLINE_COL = re.compile(r"(时限|时间|期限|进度)")
# (任务编号 / 事项序号: the number of the task, not its text)
NUMBER_COL = re.compile(r"^(?:(?:任务|事项|项目)?(?:序号|编号)|序)$")
# 反馈问题 / 问题清单 / 审计发现问题 (a rectification list): the problem a row's measures answer;
# 二级指标 / 考核指标 (a 目标任务分解表: 一级指标 | 二级指标 | 分值 | 目标任务 | 牵头单位): what the
# row's target is of (its title was the bare target: 增长6%左右)
TASK_COL = re.compile(r"(任务|内容|措施|举措|事项|工作|项目|问题|指标)")
# 任务来源 / 工作依据 / 任务类别 name where a task comes from or what kind it is, not the task
NOT_TASK_COL = re.compile(r"来源|出处|依据|类别|类型|分类|序号|编号")  # 问题编号 / 任务序号: a number
# ... a 类别 column (merged down over its rows) names the rows' section
CATEGORY_COL = re.compile(r"类别|类型|分类|领域")
_SEP = re.compile(r"[、，,；;\n]+")
_YEAR = re.compile(r"(20\d{2})")
# A header label as typed: 序  号 / 牵头\n单位 (a narrow column) lose their blanks; a note in
# brackets (责任单位（排名第一的为牵头单位）) is not the column's name.
_BLANKS = re.compile(r"\s+")
_HEAD_NOTE = re.compile(r"[（(][^（()）]*[)）]")
# ... but says who leads: the first unit listed in the column
_FIRST_LEADS = re.compile(r"(第一|首位|首个|第1)[^，。；]{0,6}(为|是)?牵头")
# a cell meaning "the same as the cell above" (a list typed without merged cells)
_DITTO = re.compile(r"^(同上|〃|″|同前)$")
# a row holding only a short title (一、大气污染防治 / （一）新型基础设施) groups the rows below
_SECTION_TEXT = re.compile(r"^[^。；;]{1,40}$")
_SECTION_MARK = re.compile(r"^(第?[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])")
_SECTION_NUM = re.compile(r"^(第?[一二三四五六七八九十]+[、.．]?|[（(][一二三四五六七八九十]+[)）])$")


def _label(h: str) -> str:
    return _BLANKS.sub("", h)


def _column(h: str) -> str:
    """What a header label names the column by: the label without blanks or bracket notes."""
    return _HEAD_NOTE.sub("", _label(h)) or _label(h)


def _people_col(h: str) -> bool:
    return bool(PERSON_COL.search(h)) and not _UNITS_AND_PEOPLE.search(h)


def _unit_col(h: str) -> bool:
    h = _column(h)
    return bool((LEAD_COL.search(h) or SUPPORT_COL.search(h)) and not _people_col(h) and not _DUTY_TEXT_COL.search(h))


def is_division_table(table: Table) -> bool:
    return any(_unit_col(h) for h in table.header)


# A 规划's table of indicators (指标 | 2025年 | 2030年 | 属性, 约束性/预期性), a 责任单位 column or
# not: its rows are targets, not tasks
_INDICATOR_COL = re.compile(r"^(?:主要)?指标(?:名称|内容)?$")
_TARGET_COL = re.compile(r"^(?:(?:19|20)\d{2}年?(?:目标值?|基[准期]值|现状值?)?|(?:指标)?属性|目标值|基[准期]值|现状值)$")


def _indicator_table(h: list[str]) -> bool:
    return any(_INDICATOR_COL.match(x) for x in h) and any(_TARGET_COL.match(x) for x in h)


def _task_col(h: str) -> bool:
    return bool(TASK_COL.search(h)) and not NOT_TASK_COL.search(h)


# How many rows above the header a ledger may hold (填报单位：… | 填报时间：…, a unit's stamp line)
_ROWS_ABOVE_HEADER = 2


def _with_header(table: Table) -> Table:
    """``table`` with its header row where the unit columns are named: a row or two set above
    it with several cells (填报单位：… | 填报时间：…) was taken for the header."""
    if is_division_table(table):
        return table
    for k, row in enumerate(table.rows[:_ROWS_ABOVE_HEADER]):
        if _looks_like_header(row):
            return replace(table, header=[c.text for c in row], rows=table.rows[k + 1 :], head=tuple(row))
    return table


def _position(cell: Cell, i: int) -> int:
    """Document offset of character ``i`` of ``cell.text`` (for a wrapped cell, of its pieces)."""
    if not cell.parts:
        return cell.span.start + i
    j = 0
    for k, part in enumerate(cell.parts):
        if k and cell.text.startswith("\n", j):  # the line break set between two names
            if i == j:
                return cell.parts[k - 1].end
            j += 1
        n = part.end - part.start
        if i < j + n:
            return part.start + i - j
        j += n
    return cell.parts[-1].end


def _cell_span(cell: Cell, a: int, b: int) -> Span:
    """The document span of ``cell.text[a:b]``."""
    return Span(_position(cell, a), _position(cell, b - 1) + 1) if b > a else Span(_position(cell, a), _position(cell, a))


# A unit cell written as a clause (市生态环境局牵头，市水利局配合 / 各县（市、区）人民政府负责落实):
# read by the grammar, so the duty words are not taken into the names; its role words, when it
# sets some units against others, give the roles.
_CELL_DUTY = re.compile(r"牵头|主责|主办|配合|参与|协助|协办|协同|负责")
_CELL_ROLES = re.compile(r"牵头|主责|主办|配合|参与|协助|协办|协同")
_BRACKETED = re.compile(r"[（(][^（()）]*[)）]")


def _worded_units(cell: Cell, role: str) -> list[Mention]:
    """The units of a cell written as a clause; [] when it holds no duty word outside brackets
    (市住建局（牵头） is a marker the splitter reads) or the grammar reads none."""
    bare = _BRACKETED.sub("", cell.text)
    if not _CELL_DUTY.search(bare):
        return []
    from respgraph.responsibilities import find_clauses, task_mentions

    own_roles = bool(_CELL_ROLES.search(bare))  # else (A、B负责落实) the column says the role
    clauses, shift = find_clauses(cell.text, 0, len(cell.text)), 0
    if not clauses:
        # 各单位配合 / 请各单位积极配合: a cell is the task's own, as a bracket after it is (the
        # grammar leaves a sentence naming only 各单位 as prose; the cell was one unit 请各单位配合)
        # (the column, not the bracket's convention, gives the role: 县公安局，请各单位配合 support)
        clauses, shift, own_roles = find_clauses("（" + cell.text + "）"), 1, False
    return [
        Mention(m.text, m.role if own_roles else role, "table", _cell_span(cell, m.span.start - shift, m.span.end - shift), list(m.portfolio), m.collective)
        for m in task_mentions(clauses, [])
        if m.role in ("lead", "support")
    ]


def _units(cell: Cell, role: str) -> list[Mention]:
    """Split a cell on 、，,；; (not inside brackets) into mentions with spans."""
    worded = _worded_units(cell, role)
    if worded:
        return worded
    try:
        from respgraph.grammar.units import split_units

        units = split_units(cell.text, 0)
        out = []
        for u in units:
            name = getattr(u, "text", None) or getattr(u, "name", "")
            start = getattr(u, "start", 0)
            end = getattr(u, "end", start + len(name))
            marker = getattr(u, "marker", None)  # 市住建局（牵头） in a cell
            r = marker if marker in ("lead", "support") else role
            portfolio = list(getattr(u, "portfolio", []) or [])
            if name:
                out.append(Mention(name, r, "table", _cell_span(cell, start, end), portfolio, bool(getattr(u, "collective", False))))
        if out:
            return out
    except Exception:  # the responsibilities splitter is optional here
        pass
    out, depth, piece_start = [], 0, 0
    text = cell.text
    for k, ch in enumerate(text + "、"):
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        if (k == len(text) or (_SEP.match(ch) and depth == 0)):
            raw = text[piece_start:k]
            name = raw.strip().rstrip("等")
            if name:
                s = piece_start + (len(raw) - len(raw.lstrip()))
                out.append(Mention(name, role, "table", _cell_span(cell, s, s + len(name)), collective=name.startswith("各")))
            piece_start = k + 1
    return out


def _cell_deadlines(cell: Cell, year: int | None, issued: str | None = None) -> list[Deadline]:
    if not cell.parts:
        return find_deadlines(cell.text, cell.span.start, year, issued)
    return [replace(d, span=_cell_span(cell, d.span.start, d.span.end)) for d in find_deadlines(cell.text, 0, year, issued)]


# 1个工作日 / 24小时 / 即时办结 in a 时限 column (办理时限 / 承诺办结时限 / 法定时限): how long a
# service may take, not when work is due. (The column's name does not say it: a ledger's
# 办结时限 holds the date its work is due, 2024年9月.)
_PROCESSING_TIME = re.compile(
    r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十半]{1,3})\s*个?\s*(?:工作日|小时|分钟)\s*(?:内|以内)?(?:办结|办理)?|"
    r"即时办结|即办件?|当场办结|当场办理|当日办结|立即办理"
)


def _written_deadline(cell: Cell) -> Deadline | None:
    """A 完成时限 cell no deadline pattern reads (长期坚持, 持续推进): one deadline as written."""
    text = cell.text.strip()
    if not text:
        return None
    y = _YEAR.search(text)
    return Deadline(text, int(y.group(1)) if y else None, None, "by", cell.span)


def _looks_like_header(row) -> bool:
    texts = [_column(c.text) for c in row]
    return any(_unit_col(t) for t in texts) and all(len(t) <= 12 for t in texts) and not any(
        re.search(r"局|委|办|厅|政府", t) and not _unit_col(t) and not TASK_COL.search(t) for t in texts
    )


def _merged_header(table: Table) -> tuple[list[str], list, set[str]]:
    """Header names, body rows and every header label; a second header row (``责任分工`` over
    ``牵头单位 | 配合单位``) is merged into the first, column by column."""
    h = [_label(x) for x in table.header]
    labels = {x for x in h if x}
    rows = list(table.rows)
    while rows and _looks_like_header(rows[0]):
        for k, c in enumerate(rows[0]):
            t = _label(c.text)
            labels.add(t)
            if k < len(h):
                if t and t != h[k]:
                    h[k] = h[k] + t
            else:
                h.append(t)
        rows.pop(0)
    labels.discard("")
    return h, rows, labels


# What may stand between a table and its rest after a page break: blanks, a page number
_BETWEEN_PAGES = re.compile(r"[\s\u3000]*(?:[-—－–]*\s*(?:第\s*)?\d{1,4}\s*(?:页)?\s*[-—－–]*)?[\s\u3000]*")


def _goes_on(text: str, before: Table, table: Table) -> bool:
    """Is ``table`` the rest of the division table ``before``, cut at a page break (a .docx
    made from a PDF, a page printed as one table per sheet)? It follows with nothing but a page
    number between, has as many columns, and its first row, taken for its header, is a row."""
    return (
        bool(table.head)
        and len(table.head) == len(before.header)
        and _BETWEEN_PAGES.fullmatch(text, before.span.end, table.span.start) is not None
        and not _looks_like_header(table.head)
    )


# a ledger form's fields, at its foot or head: 填报人：/ 审核人：/ 联系电话：/ 填报单位（盖章）：
_FORM_FIELD = re.compile(
    r"^[\s\u3000]*(?:(?:填报|填表|审核|制表|签发|经办)[^：:。，；]{0,8}|联系(?:人|电话|方式)|(?:单位|主要|分管)?负责人)[：:]"
)


def _form_row(row) -> bool:
    """A row of the form's fields (填报人：| 张某 | 审核人：| 李某), not a task."""
    return any(_FORM_FIELD.match(c.text) for c in row)


def _repeated_header(row, labels: set[str]) -> bool:
    """The header again inside the body (a table that ran over a page, copied out of a PDF)."""
    texts = [_label(c.text) for c in row if c.text.strip()]
    return len(texts) >= 2 and all(t in labels for t in texts)


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


def table_tasks(builder, tables: list[Table], settings=None) -> None:
    """Append one task per body row of every task-division table to ``builder``."""
    last: tuple[Table, list[str], set[str]] | None = None  # the division table before, its header
    for table in tables:
        table = _with_header(table)
        if is_division_table(table):
            h, body, labels = _merged_header(table)
        elif last is not None and _goes_on(builder.text, last[0], table):
            h, body, labels = list(last[1]), [list(table.head), *table.rows], last[2]
        else:
            last = None
            continue
        last = (table, list(h), labels)
        if _indicator_table([_column(x) for x in h]):
            continue
        first_leads = any(_FIRST_LEADS.search(x) for x in h)  # 责任单位（排名第一的为牵头单位）
        h = [_column(x) for x in h]
        # people's columns, and the text of a duty (责任事项), hold no units
        people = [k for k, x in enumerate(h) if _people_col(x) or _DUTY_TEXT_COL.search(x)]
        named_people = any(_people_col(x) for x in h)
        lead = [k for k, x in enumerate(h) if LEAD_COL.search(x) and k not in people]
        support = [k for k, x in enumerate(h) if k not in lead + people and SUPPORT_COL.search(x)]
        watch = [k for k, x in enumerate(h) if k not in lead + support + people and SUPERVISOR_COL.search(x)]
        deadline = [k for k, x in enumerate(h) if DEADLINE_COL.search(x) and k not in lead + support + people]
        number = [k for k, x in enumerate(h) if NUMBER_COL.match(x)]
        taken = set(lead + support + deadline + number + people + watch)
        first_listed = not lead and (first_leads or bool(getattr(settings, "first_listed_is_lead", True)))
        task_cols = [k for k, x in enumerate(h) if k not in taken and _task_col(x)]
        if not task_cols:
            rest = [k for k in range(len(h)) if k not in taken and not NOT_TASK_COL.search(h[k])]
            task_cols = rest[:1]
        body = _dittos_filled([r for r in body if not _repeated_header(r, labels)], lead + support + deadline)
        grouped = {}
        continued = [False] * len(body)
        if len(task_cols) > 1:
            continued = _continued(body, task_cols)
            grouped = {k: _grouping(body, k, continued) for k in task_cols[:-1]}
            if any(continued):
                body = _merged_down(body, continued, lead)
        group: list[str] = []  # the title of the section row above, for rows no heading holds
        kinds = [k for k, x in enumerate(h) if k not in taken and k not in task_cols and CATEGORY_COL.search(x)]
        at = builder.block_at(table.span.start)
        kind = ""  # the 类别 cell of the row or the last above (pasted as text, merged cells are empty)
        parent = ""  # the group task (主要任务) merged over the row's measure
        for n, row in enumerate(body):
            cells = {k: c for k, c in enumerate(row)}
            kind = next((cells[k].text.strip() for k in kinds if k in cells and cells[k].text.strip()), kind)
            if grouped:
                top = _text(row, task_cols[0])
                parent = top if top and grouped[task_cols[0]][n] else parent if continued[n] else ""
            main = [cells[k] for k in task_cols if k in cells and cells[k].text.strip()]
            # (not beside people: 序号 | 责任单位 | 联系人 is a contact list, its rows are no tasks)
            by_number = not task_cols and not main and not named_people
            if by_number:
                # 序号 | 牵头单位 | 配合单位 with the tasks in the body: the row stands by its number
                # (structure._rows_by_number gives its units to the body item so numbered)
                main = [cells[k] for k in number if k in cells and cells[k].text.strip()]
            if not main:
                spanning = _spanning_title(row)
                group = [spanning] if spanning else group
                continue
            if _form_row(row):
                continue
            if _section_row(cells, main, lead + support + deadline, number):
                group = [_SECTION_MARK.sub("", main[0].text.strip()).strip()]
                continue
            # the title is the row's own task: a group cell merged over several rows is not
            own = [cells[k] for k in task_cols if k in cells and cells[k].text.strip() and not (k in grouped and grouped[k][n])]
            mentions: list[Mention] = []
            for k in lead:
                if k in cells:
                    mentions += _units(cells[k], "lead")
            for k in support:
                if k in cells:
                    mentions += _units(cells[k], "support")
            if first_listed and mentions and not any(m.role == "lead" for m in mentions) and RESP_COL.search(
                h[support[0]]
            ):
                first = mentions[0]
                mentions[0] = Mention(first.text, "lead", "first_listed", first.span, first.portfolio, first.collective)
            supervisors = [m for k in watch if k in cells for m in _units(cells[k], "support")]
            named = [k for k in lead + support + watch if k in cells]
            used = [cells[k] for k in named if cells[k].text.strip()]
            clauses = []
            if used:
                span = Span(min(c.span.start for c in used), max(c.span.end for c in used))
                raw = "；".join(f"{h[k]}：{cells[k].text}" for k in named)
                clauses = [Clause(span=span, raw=raw, mentions=mentions, supervisors=supervisors)]
            start, end = main[0].span.start, main[-1].span.end
            title = "" if by_number else re.split(r"[。；\n]", _unmarked((own or main)[0].text.strip()))[0][:200]
            num = next((cells[k].text.strip() for k in number if k in cells), "")
            # under the headings above the table: a row's own lines are no headings (a pasted row
            # opening （2）推进… is read as one, and the rows below were put under it)
            task = builder.add(at or 0, num, title, start, end, "table", clauses)
            task.section = [] if at is None else task.section
            task.section = [*task.section, *(group or ([kind] if kind else []))]
            if parent:
                task.section = [*task.section, _SECTION_MARK.sub("", parent).strip()]
            if any(c.parts for c in main):  # wrapped: the pieces, not the lines they lie on
                task.text = "\t".join(c.text for c in main)
            for k in deadline:
                if k in cells:
                    found = _cell_deadlines(cells[k], builder.year, builder.issued)
                    if not found and _PROCESSING_TIME.fullmatch(cells[k].text.strip()):
                        # 承诺办结时限 | 1个工作日: no due date, the task's text says it (it was a
                        # deadline without a date)
                        task.text = f"{task.text}（{h[k]}：{cells[k].text.strip()}）"
                        continue
                    written = None if found else _written_deadline(cells[k])
                    if found:
                        task.deadlines = unique_deadlines(found + task.deadlines)
                    elif written is not None:
                        task.deadlines.insert(0, written)


# a measure's own number in its cell ((1)推行… / 2.推进… / ②…), not part of its title
_CELL_MARK = re.compile(r"(?:[（(]\d{1,2}[)）]|\d{1,2}[.、．](?!\d)|[①-⑳])[ \u3000]*(?=\S)")  # .match only


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


def _section_row(cells: dict, main: list, units: list[int], number: list[int]) -> bool:
    """A row naming a group of tasks (（一）新型基础设施建设 in the task column), not a task:
    one short text, no unit, no deadline, and no number where the other rows have one, or a
    heading's number (一 / （二）); in a table without numbers the text opens with one."""
    text = main[0].text.strip()
    nums = [cells[k].text.strip() for k in number if k in cells]
    return (
        len(main) == 1
        and not any(cells[k].text.strip() for k in units if k in cells)
        and bool(_SECTION_TEXT.match(text))
        and (bool(_SECTION_MARK.match(text)) if not number else all(not n or _SECTION_NUM.match(n) for n in nums))
    )


# --------------------------------------------------------------------------- tables in plain text

# (two blanks or more, written as a class first: the engine skips in C to the next blank; a
# repeat first is tried at every position of every line)
_SPACES = re.compile(r"[ \u3000][ \u3000]+")
_SPACE = re.compile(r"[ \u3000]+")
_CELL_WS = " \t\u3000\r"


def _split_row(text: str, a: int, b: int, sep: str) -> list[tuple[int, int]]:
    """Cell spans of the line ``text[a:b]``: ``sep`` "tab" (empty cells kept), "spaces" (2+)
    or "space" (any run of blanks)."""
    tabs = sep == "tab"
    cells: list[tuple[int, int]] = []
    if tabs:
        p = a
        while True:
            q = text.find("\t", p, b)
            cells.append((p, b if q < 0 else q))
            if q < 0:
                break
            p = q + 1
    else:
        p = a
        for m in (_SPACES if sep == "spaces" else _SPACE).finditer(text, a, b):
            cells.append((p, m.start()))
            p = m.end()
        cells.append((p, b))
    out = []
    for s, e in cells:
        while s < e and text[s] in _CELL_WS:
            s += 1
        while e > s and text[e - 1] in _CELL_WS:
            e -= 1
        if tabs and e - s >= 2 and text[s] == '"' and text[e - 1] == '"' and "\n" in text[s:e]:
            s, e = s + 1, e - 1  # a spreadsheet's quoted cell of several lines
        out.append((s, e))
    if not tabs:
        out = [c for c in out if c[1] > c[0]]
    return out


def _quoted_line_end(text: str, p: int, q: int, end: int) -> int:
    """End of the row opening at ``p`` of a table pasted out of a spreadsheet: a cell holding
    line breaks comes quoted ("区住建局\n区财政局"), its lines part of the row; ``q`` when no
    quoted cell stays open at the line's end."""
    i, cell_start = p, True
    while i < end:
        c = text[i]
        if cell_start and c == '"':
            close = i + 1
            while True:
                close = text.find('"', close, end)
                if close < 0:
                    return q
                if text.startswith('""', close):  # a quote inside the cell, doubled
                    close += 2
                    continue
                break
            if close + 1 < end and text[close + 1] not in "\t\n":
                return q  # a quote opening the cell's text, not the spreadsheet's
            i = close + 1
            cell_start = False
            continue
        if c == "\n":
            return i
        cell_start = c == "\t"
        i += 1
    return end


def _width(s: str) -> int:
    """Columns ``s`` takes on a fixed-width screen: a Chinese character two."""
    return sum(2 if ord(c) >= 0x2E80 else 1 for c in s)


def _placed(text, a, cells, filled, starts, head, num_at, sep) -> list[tuple[int, tuple[int, int]]] | None:
    """The cells of a line that leaves the number column empty, as ``(column, piece)`` pairs,
    or None (the line opens a row at its number, or is no such line). Tab-separated, the pieces
    stand in their columns; blank-separated, each goes to the column whose place (in the row
    above) it lines up with, counted in characters or in screen columns: the count under which
    the header, the row above and the pieces line up best."""
    n = len(head)
    if num_at is None or not filled:
        return None
    if len(filled) == 1 and _SECTION_MARK.match(text[filled[0][0] : filled[0][1]]):
        return None  # （二）产业数字化: a section row
    if sep == "tab":
        if num_at < len(cells) and cells[num_at][1] > cells[num_at][0] or len(cells) > n:
            return None
        return [(col, c) for col, c in enumerate(cells) if c[1] > c[0]]
    if sep != "spaces" or text[a] not in " \u3000" or len(filled) >= n:
        return None
    best: tuple[int, list] | None = None
    row_a = text.rfind("\n", 0, starts[0][0]) + 1
    head_a = text.rfind("\n", 0, head[0][0]) + 1
    for measure in (len, _width):
        places = [measure(text[row_a:s]) for s, _ in starts]
        cost, out = sum(abs(p - measure(text[head_a:s])) for p, (s, _) in zip(places, head)), []
        for piece in filled:
            at = measure(text[a : piece[0]])
            col = min(range(len(places)), key=lambda c: abs(places[c] - at))
            room = places[col + 1] - places[col] if col + 1 < n else measure(text[starts[col][0] : starts[col][1]]) + 4
            if measure(text[piece[0] : piece[1]]) > room:
                break  # wider than its column: a paragraph after the table
            cost += abs(places[col] - at)
            out.append((col, piece))
        else:
            if best is None or cost < best[0]:
                best = (cost, out)
    if best is None:
        return None
    cols = [col for col, _ in best[1]]
    if num_at in cols or cols != sorted(cols):
        return None
    return best[1]


_POSITION_SLACK = 4  # how far (characters or screen columns) a cell may stand from its column


def _positioned(text: str, a: int, b: int, cells: list[tuple[int, int]], places: list[tuple[int, int]]) -> list | None:
    """The cells of a blank-separated row that holds fewer cells than the header (a cell left
    empty, so no blank run marks it), each in the column it lines up with, an empty cell where
    none stands; counted in characters or in screen columns (whichever lines the row up best).
    ``places``: per column, (line start, cell start) of the last row or header showing it. None
    when the cells do not stand one to a column, in order, near their columns."""
    best: tuple[int, list[int]] | None = None
    for measure in (len, _width):
        cols_at = [measure(text[ls:cs]) for ls, cs in places]
        cols, cost = [], 0
        for s, _ in cells:
            at = measure(text[a:s])
            col = min(range(len(cols_at)), key=lambda c: abs(cols_at[c] - at))
            cols.append(col)
            cost += abs(cols_at[col] - at)
        if cols == sorted(set(cols)) and cost <= _POSITION_SLACK * len(cells) and (best is None or cost < best[0]):
            best = (cost, cols)
    if best is None:
        return None
    row = [(b, b)] * len(places)
    for col, cell in zip(best[1], cells):
        row[col] = cell
    return row


def _opens_row(text: str, placed: list[tuple[int, tuple[int, int]]], task_at: int | None, unit_at: int | None,
               later: list[int], units: list[int], above: str = "") -> bool:
    """Does a line without a number hold a task of its own (its number merged with the row
    above's), not the rest of the row above's cells (市财 / 政局)? It has the task and a whole
    unit name in the first unit column; or, its group task (主要任务) merged with the row
    above's too, its own measure in a later task column and a whole unit name in a unit
    column, among three cells or more or with the measure's own number. ``above``: the row
    above's unit cell so far; a name cut there (园区党群工作 / 部（宣传部）) goes on here."""
    got = dict(placed)
    if task_at in got and unit_at in got:
        s, e = got[unit_at]
        if _closes_unopened(text[s:e]) or (above and not looks_like_unit(_LAST_NAME.split(above)[-1])):
            return False  # 宣传部） / 水务局）: the rest of a name the row above began
        return text[s] in _UNIT_START or (e - s >= 4 and text[s] not in "（(、，,")
    measure = next((got[k] for k in later if k in got), None)
    return (
        task_at not in got
        and measure is not None
        and (len(got) >= 3 or _CELL_MARK.match(text, measure[0], measure[1]) is not None)  # （2）推进…
        and any(k in got and looks_like_unit(text[got[k][0] : got[k][1]]) for k in units)
    )


_LAST_NAME = re.compile(r"[、，,；;\s]")


def _closes_unopened(piece: str) -> bool:
    """Whether ``piece`` closes a bracket it did not open."""
    depth = 0
    for c in piece:
        if c in "（(":
            depth += 1
        elif c in "）)":
            depth -= 1
            if depth < 0:
                return True
    return False


# columns a ledger mostly leaves empty, last in the row
_NOTE_COL = re.compile(r"备注|说明|进展|完成情况|推进情况|落实情况")


_TIME_LABEL = re.compile(r"^(第?[一二三四1-4]季度|[上下]半年|\d{1,2}月|[一二三四五六七八九十]{1,3}月)$")


def _sub_header(text: str, lines: list[tuple[int, int]], k: int, head: list, names: list[str], sep: str):
    """A second header line of a table copied as blank-separated text (``牵头单位  配合单位``
    under 责任单位, ``一季度 … 四季度`` under 时间节点): its labels take the place of the one
    they stand under, when the first row below has that many cells more (a quarter's column
    holds its milestone, not a deadline). Returns the header's
    cells, its names and the line the body starts at."""
    a, b = lines[k]
    sub = _split_row(text, a, b, sep)
    labels = [text[s:e] for s, e in sub]
    if len(sub) < 2 or any(len(_column(x)) > 8 for x in labels):
        return head, names, k
    if any(_unit_col(x) for x in labels):
        over = [n for n, x in enumerate(names) if _unit_col(x)]
    elif all(_TIME_LABEL.match(x) for x in labels):
        over = [n for n, x in enumerate(names) if DEADLINE_COL.search(x)]
    else:
        return head, names, k
    body = next((lines[j] for j in range(k + 1, len(lines)) if text[lines[j][0] : lines[j][1]].strip()), None)
    if not over or body is None or len(_split_row(text, body[0], body[1], sep)) != len(names) - 1 + len(sub):
        return head, names, k
    g = over[0]
    return head[:g] + sub + head[g + 1 :], names[:g] + labels + names[g + 1 :], k + 1


def _numbered_section(text: str, filled: list[tuple[int, int]], num_at: int | None, task_at: int | None) -> bool:
    """A blank-separated line of two cells, a heading's number in the number column and a short
    title (一  生态环境保护): a section row."""
    if len(filled) != 2 or num_at != 0 or task_at is None:
        return False
    (a, b), (c, d) = filled
    return bool(_SECTION_NUM.match(text[a:b])) and d - c <= 40 and not any(ch in text[c:d] for ch in "。；;")


def _joined_cell(text: str, pieces: list[tuple[int, int]]) -> Cell:
    """One cell from its pieces: a wrapped cell's lines joined back, by nothing (the layout cut
    the text: 市财 / 政局) or by a line break between two whole names (市文化广电旅游局 / 市财政局)."""
    (s, e), rest = pieces[0], [p for p in pieces[1:] if p[1] > p[0]]
    if not rest:
        return Cell(text[s:e], Span(s, e))
    out = text[s:e]
    for ps, pe in rest:
        piece = text[ps:pe]
        if out and (out[-1] in _STRONG_END and piece[0] in _UNIT_START or out[-1] in "。；;"):
            out += "\n"
        out += piece
    parts = tuple(Span(ps, pe) for ps, pe in [(s, e), *rest] if pe > ps)
    return Cell(out, Span(parts[0].start, parts[-1].end), parts)


def text_tables(text: str, start: int = 0, end: int | None = None) -> list[Table]:
    """Task-division tables written as text, one row per line, cells separated by tabs or by
    two or more spaces (a table copied out of Word or a PDF into a .txt).

    The header row must name a unit column (牵头单位, 责任单位 …) and hold three or more
    cells; body rows are the following lines with the same number of cells. A line with a
    single cell (``一、大气污染防治``) or a blank line inside the table is skipped, any other
    line ends it.

    >>> t = "序号\\t重点任务\\t牵头单位\\t配合单位\\n1\\t整治黑臭水体\\t县住建局\\t县水利局、县生态环境局\\n"
    >>> tb = text_tables(t)[0]
    >>> tb.header, [[c.text for c in r] for r in tb.rows]
    (['序号', '重点任务', '牵头单位', '配合单位'], [['1', '整治黑臭水体', '县住建局', '县水利局、县生态环境局']])
    """
    end = len(text) if end is None else end
    lines: list[tuple[int, int]] = []
    p = start
    while p < end:
        q = text.find("\n", p, end)
        q = end if q < 0 else q
        if text.find('"', p, q) >= 0 and (text[p] == '"' or text.find("\t", p, q) >= 0):
            row_end = _quoted_line_end(text, p, q, end)  # a spreadsheet's cell of several lines
            q = row_end if text.find("\t", p, row_end) >= 0 else q
        lines.append((p, q))
        p = q + 1
    tables: list[Table] = []
    k = 0
    while k < len(lines):
        a, b = lines[k]
        k += 1
        line = text[a:b]
        tabs = "\t" in line
        if tabs:
            sep = "tab"
        elif _SPACES.search(line):
            sep = "spaces"
        elif " " in line.strip() or "\u3000" in line.strip():
            sep = "space"  # 序号 重点任务 牵头单位 配合单位: one blank between cells (a PDF's text)
        else:
            continue
        head = _split_row(text, a, b, sep)
        names = [text[s:e] for s, e in head]
        if len([n for n in names if n]) < 3 or not any(_unit_col(n) for n in names):
            continue
        if any(len(_column(n)) > 12 for n in names):  # header cells are short labels (notes aside)
            continue
        if not tabs and k < len(lines):
            head, names, k = _sub_header(text, lines, k, head, names, sep)
        rows: list[list[list[tuple[int, int]]]] = []  # per row, per column: the cell's pieces
        starts = head  # where the cells of the last row began: the columns' places
        places = [(a, c[0]) for c in head]  # per column, (line start, cell start) where it last showed
        last = b
        task_at = next((n for n, x in enumerate(names) if _task_col(x) and not _unit_col(x)), None)
        num_at = next((n for n, x in enumerate(names) if NUMBER_COL.match(_label(x))), None)
        unit_at = next((n for n, x in enumerate(names) if _unit_col(x)), None)
        later = [n for n, x in enumerate(names) if n != task_at and _task_col(x) and not _unit_col(x)]
        unit_cols = [n for n, x in enumerate(names) if _unit_col(x)]
        while k < len(lines):
            ra, rb = lines[k]
            row_text = text[ra:rb]
            if not row_text.strip() or (rows and _PAGE_NO.match(row_text.strip())):
                k += 1  # a blank line, a page number between two pages of the table
                continue
            cells = _split_row(text, ra, rb, sep)
            filled = [c for c in cells if c[1] > c[0]]
            # a cell goes on on the very next line
            placed = _placed(text, ra, cells, filled, starts, head, num_at, sep) if rows and last == ra - 1 else None
            above = text[rows[-1][unit_at][-1][0] : rows[-1][unit_at][-1][1]] if placed is not None and unit_at is not None else ""
            if placed is not None and not _opens_row(text, placed, task_at, unit_at, later, unit_cols, above):
                for col, piece in placed:  # the rest of the last row's cells, wrapped onto this line
                    rows[-1][col].append(piece)
                last = rb
                k += 1
                continue
            if placed is not None and not tabs:  # a row of its own, its number cell empty
                row = [[(rb, rb)] for _ in head]
                for col, piece in placed:
                    row[col] = [piece]
                rows.append(row)
                last = rb
                k += 1
                continue
            if len(filled) == 1 and (tabs or len(cells) == 1):
                s0, e0 = filled[0]
                if e0 - s0 <= 40 and "。" not in text[s0:e0]:
                    k += 1  # a section row spanning the table (一、大气污染防治)
                    continue
                break
            if not tabs and _numbered_section(text, filled, num_at, task_at):
                row = [[(rb, rb)] for _ in head]  # 一  生态环境保护: a section row, its number and title
                row[num_at], row[task_at] = [filled[0]], [filled[1]]
                rows.append(row)
                last = rb
                k += 1
                continue
            if not tabs and len(cells) > len(head) and task_at is not None:
                # the task text held a double space: its pieces are one cell
                extra = len(cells) - len(head)
                cells = cells[:task_at] + [(cells[task_at][0], cells[task_at + extra][1])] + cells[task_at + extra + 1 :]
            if not tabs and len(cells) < len(head) and all(_NOTE_COL.search(x) for x in names[len(cells) :]):
                cells = cells + [(rb, rb)] * (len(head) - len(cells))  # the 备注 left empty: no cell between blanks
            if not tabs and 3 <= len(cells) < len(head) and text[cells[0][0] : cells[0][1]].isdigit():
                cells = _positioned(text, ra, rb, cells, places) or cells  # a cell left empty: no 配合单位
            if len(cells) != len(head):
                break
            rows.append([[c] for c in cells])
            starts = cells
            places = [(ra, c[0]) if c[1] > c[0] else at for c, at in zip(cells, places)]
            last = rb
            k += 1
        if rows:
            tables.append(Table(header=names, rows=[[_joined_cell(text, pieces) for pieces in row] for row in rows], span=Span(a, last)))
    return tables
