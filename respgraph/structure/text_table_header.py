"""A text table's header (``read_header``): the line that names its columns, with a sub-header's
or a drawn header's wrapped lines read with it, and the columns its rows are read by (``Header``);
``positioned`` places a row's cells under the header's columns by where they stand. The rows are
``text_tables``'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from respgraph.grammar.units import display_width
from respgraph.structure.line_cells import CSV_ROW, PIPE_ROW, SPACES, TOP_RULE, is_rule, pipe_cells, split_row
from respgraph.structure.table_columns import DEADLINE_COL, NUMBER_COL, UNIT_COL_CHARS, column_name, label_without_blanks, is_task_column, is_unit_column


_POSITION_SLACK = 4  # how far (characters or screen columns) a cell may stand from its column


def positioned(text: str, a: int, b: int, cells: list[tuple[int, int]], places: list[tuple[int, int]]) -> list | None:
    """The cells of a blank-separated row that holds fewer cells than the header (a cell left
    empty, so no blank run marks it), each in the column it lines up with, an empty cell where
    none stands; counted in characters or in screen columns (whichever lines the row up best).
    ``places``: per column, (line start, cell start) of the last row or header showing it. None
    when the cells do not stand one to a column, in order, near their columns."""
    best: tuple[int, list[int]] | None = None
    for measure in (len, display_width):
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


_TIME_LABEL = re.compile(r"^(第?[一二三四1-4]季度|[上下]半年|\d{1,2}月|[一二三四五六七八九十]{1,3}月)$")


def _sub_header(text: str, lines: list[tuple[int, int]], k: int, head: list, names: list[str], sep: str):
    """A second header line of a table copied as blank-separated text (``牵头单位  配合单位``
    under 责任单位, ``一季度 … 四季度`` under 时间节点): its labels take the place of the one
    they stand under, when the first row below has that many cells more (a quarter's column
    holds its milestone, not a deadline). Returns the header's
    cells, its names and the line the body starts at."""
    a, b = lines[k]
    sub = split_row(text, a, b, sep)
    labels = [text[s:e] for s, e in sub]
    if len(sub) < 2 or any(len(column_name(x)) > 8 for x in labels):
        return head, names, k
    if any(is_unit_column(x) for x in labels):
        over = [n for n, x in enumerate(names) if is_unit_column(x)]
    elif all(_TIME_LABEL.match(x) for x in labels):
        over = [n for n, x in enumerate(names) if DEADLINE_COL.search(x)]
    else:
        return _header_rest(text, lines, k, head, names, sub)
    body = next((lines[j] for j in range(k + 1, len(lines)) if text[lines[j][0] : lines[j][1]].strip()), None)
    if not over or body is None or len(split_row(text, body[0], body[1], sep)) != len(names) - 1 + len(sub):
        return head, names, k
    g = over[0]
    return head[:g] + sub + head[g + 1 :], names[:g] + labels + names[g + 1 :], k + 1


def _drawn_header_rest(text: str, lines: list[tuple[int, int]], k: int, head: list, names: list[str]) -> int:
    """A drawn table's header wrapped over several lines before its rule (│ 牵头 │ / │ 单位 │):
    each label's rest joined to it in ``names``; returns the line the rule stands on."""
    while k < len(lines):
        a, b = lines[k]
        if not text[a:b].strip() or is_rule(text[a:b]) or not PIPE_ROW.match(text, a, b):
            break
        cells = pipe_cells(text, a, b)
        if len(cells) != len(head):
            break
        for col, (s, e) in enumerate(cells):
            names[col] += text[s:e]
        k += 1
    return k


# the second line of labels a narrow column's header was wrapped onto (牵头 / 单位, 完成 / 时限)
_LABEL_REST = re.compile(r"单位|部门|时限|时间|任务|内容|领导|责任人|措施|事项|目标")


def _header_rest(text: str, lines: list[tuple[int, int]], k: int, head: list, names: list[str], sub: list):
    """A blank-separated header wrapped onto a second line (牵头  配合  完成时限 / 单位  单位):
    each piece, the rest of a label (单位, 时限), joined to the label it stands under; the header
    unchanged when the line holds anything else or its pieces stand under no label."""
    if not all(_LABEL_REST.fullmatch(text[s:e]) for s, e in sub) or len(sub) > len(head):
        return head, names, k
    a = lines[k][0]
    head_line = text.rfind("\n", 0, head[0][0]) + 1
    row = positioned(text, a, lines[k][1], sub, [(head_line, c[0]) for c in head])
    if row is None:
        return head, names, k
    return head, [n + text[s:e] for n, (s, e) in zip(names, row)], k + 1


def _is_column_label(s: str) -> bool:
    return len(s) <= 8 and bool(NUMBER_COL.match(s) or is_unit_column(s) or DEADLINE_COL.search(s) or is_task_column(s))


def _two_labels_split(text: str, head: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Header cells of a blank-separated table with two labels one blank apart (序号 重点任务
    over narrow columns, the wider ones two blanks or more apart) cut in two."""
    out = []
    for s, e in head:
        k = text.find(" ", s, e)
        if k > 0 and text.find(" ", k + 1, e) < 0 and _is_column_label(text[s:k]) and _is_column_label(text[k + 1 : e]):
            out += [(s, k), (k + 1, e)]
        else:
            out.append((s, e))
    return out


# how a unit column's label ends (牵头单位 / 配合部门 / 责任处室), never a unit's name
_UNIT_LABEL_END = ("单位", "部门", "处室", "科室")


def header_again(text: str, cells: list[tuple[int, int]], unit_at: int | None, num_at: int | None) -> bool:
    """Whether a line read as a table's row is a header: its unit column's cell is a label
    (牵头单位), its number column's no number (序号), every cell short (a task's text is no label);
    or its number column's cell is the label 序号 (附件2's contact list under the 分工表 of 附件1,
    序号 | 单位 | 姓名 | 职务 | 联系电话: no row of a table holds 序号 where its number stands)."""
    if unit_at is None or unit_at >= len(cells) or any(len(column_name(text[s:e])) > 12 for s, e in cells):
        return False
    if num_at is not None and num_at < len(cells) and NUMBER_COL.match(column_name(text[cells[num_at][0] : cells[num_at][1]])):
        return True
    label = column_name(text[cells[unit_at][0] : cells[unit_at][1]])
    if not (len(label) <= 8 and label.endswith(_UNIT_LABEL_END) and is_unit_column(label)):
        return False
    return num_at is None or num_at >= len(cells) or not text[cells[num_at][0] : cells[num_at][1]].strip().isdigit()


def separator(line: str) -> tuple[str, bool] | None:
    """How a line that may be a table's header parts its cells (``tab``, ``pipe``, ``comma``,
    ``spaces``, ``space``) and whether its cells are marked (by tabs or pipes, not by blanks);
    None for a line with nothing between cells.

    >>> separator("序号 重点任务 牵头单位"), separator("| 序号 | 任务 | 牵头单位 |"), separator("一、总体要求")
    (('space', False), ('pipe', True), None)
    """
    tabs = "\t" in line
    if tabs:
        sep = "tab"
    elif ("|" in line or "│" in line or "┃" in line) and PIPE_ROW.match(line):
        sep, tabs = "pipe", True  # a markdown table: its cells stand between pipes, as between tabs
    # (every line of the plan is asked: the comma and the blanks the patterns need, first)
    elif "," in line and CSV_ROW.match(line):
        sep = "comma"  # 序号,重点任务,牵头单位,…: a spreadsheet saved as CSV (.txt)
    elif (blank := " " in line or "\u3000" in line) and SPACES.search(line):
        sep = "spaces"
    elif blank and (" " in line.strip() or "\u3000" in line.strip()):
        sep = "space"  # 序号 重点任务 牵头单位 配合单位: one blank between cells (a PDF's text)
    else:
        return None
    return sep, tabs


@dataclass
class Header:
    """A text table's header: its cells, their labels, and the columns its rows are read by."""

    a: int  # the header line's start and end
    b: int
    head: list[tuple[int, int]]  # the header's cells
    names: list[str]  # their labels
    sep: str  # how cells are parted (``separator``)
    tabs: bool  # cells marked by tabs or pipes, not placed by blanks
    drawn: bool  # a drawn table (a rule above its header): the lines between two rules are one row
    top: int  # where the table starts (a drawn table's own border is part of it)
    task_at: int | None = field(init=False)  # the task column
    num_at: int | None = field(init=False)  # the 序号 column
    unit_at: int | None = field(init=False)  # the first unit column
    later: list[int] = field(init=False)  # task-like columns other than the task column
    unit_cols: list[int] = field(init=False)  # every unit column

    def __post_init__(self) -> None:
        names = self.names
        self.task_at = next((n for n, x in enumerate(names) if is_task_column(x) and not is_unit_column(x)), None)
        self.num_at = next((n for n, x in enumerate(names) if NUMBER_COL.match(label_without_blanks(x))), None)
        self.unit_at = next((n for n, x in enumerate(names) if is_unit_column(x)), None)
        self.later = [n for n, x in enumerate(names) if n != self.task_at and is_task_column(x) and not is_unit_column(x)]
        self.unit_cols = [n for n, x in enumerate(names) if is_unit_column(x)]


def read_header(text: str, lines: list[tuple[int, int]], k: int) -> tuple[Header, int] | None:
    """The table header on line ``k - 1`` and the line its rows start at (a sub-header's or a
    drawn header's lines read with it); None when that line heads no table: a header names a
    unit column among three short labels or more.

    >>> from respgraph.structure.line_cells import text_lines
    >>> t = "序号　重点任务　牵头单位\\n1　整治黑臭水体　县住建局"
    >>> h, k = read_header(t, text_lines(t, 0, len(t)), 1)
    >>> h.names, h.sep, h.task_at, h.unit_at, k
    (['序号', '重点任务', '牵头单位'], 'space', 1, 2, 1)
    """
    a, b = lines[k - 1]
    if UNIT_COL_CHARS.search(text, a, b) is None:
        return None  # no cell of the line can name a unit column (its cells lie within it)
    found = separator(text[a:b])
    if found is None:
        return None
    sep, tabs = found
    head = split_row(text, a, b, sep)
    if sep == "spaces":
        head = _two_labels_split(text, head)
    names = [text[s:e] for s, e in head]
    if len([n for n in names if n]) < 3 or not any(is_unit_column(n) for n in names):
        return None
    if any(len(column_name(n)) > 12 for n in names):  # header cells are short labels (notes aside)
        return None
    if not tabs and k < len(lines):
        head, names, k = _sub_header(text, lines, k, head, names, sep)
    drawn = sep == "pipe" and k >= 2 and TOP_RULE.match(text, *lines[k - 2]) is not None
    top = lines[k - 2][0] if drawn else a
    if drawn:
        k = _drawn_header_rest(text, lines, k, head, names)
    return Header(a, b, head, names, sep, tabs, drawn, top), k
