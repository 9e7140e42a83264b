"""Division tables that reached us as plain text (txt/pdf/ofd): ``text_tables`` finds them, a
header (``text_table_header.read_header``) then a row per line (``_Rows.take``; lines joined when a cell runs on),
cells cut at runs of blanks (``line_cells.split_row``) or placed under the header by position
(``_placed``, ``positioned``). How one line is cut into cells (blanks, tabs, bars, CSV) is
``line_cells``; this module reads the tables those lines make.
"""

from __future__ import annotations

import re

from respgraph.grammar.units import NAME_END_CHARS, UNIT_START_CHARS, display_width, looks_like_unit, names_apart
from respgraph.pdf_tables import PAGE_NUMBER_WORD
from respgraph.records import Cell, Span, Table
from respgraph.structure.line_cells import PIPE_ROW, PIPE_RULE_CHARS, csv_pieces, split_row, text_lines
from respgraph.structure.table_cells import _CELL_MARK, _SECTION_MARK, _SECTION_NUM
from respgraph.structure.text_table_header import Header, header_again, positioned, read_header


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
    if sep in ("tab", "pipe"):
        if num_at < len(cells) and cells[num_at][1] > cells[num_at][0] or len(cells) > n:
            return None
        return [(col, c) for col, c in enumerate(cells) if c[1] > c[0]]
    if sep != "spaces" or text[a] not in " \u3000" or len(filled) >= n:
        return None
    best: tuple[int, list] | None = None
    row_a = text.rfind("\n", 0, starts[0][0]) + 1
    head_a = text.rfind("\n", 0, head[0][0]) + 1
    for measure in (len, display_width):
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
        return text[s] in UNIT_START_CHARS or (e - s >= 4 and text[s] not in "（(、，,")
    measure = next((got[k] for k in later if k in got), None)
    return (
        task_at not in got
        and measure is not None
        and (len(got) >= 3 or _CELL_MARK.match(text, measure[0], measure[1]) is not None)  # （2）推进…
        and any(k in got and looks_like_unit(text[got[k][0] : got[k][1]]) for k in units)
    )


_LAST_NAME = re.compile(r"[、，,；;\s]")
_EDGE_SLACK = 2  # screen columns a full cell's last character may stop short of its column's edge


def _filled_to_edge(text: str, row: list, task_at: int | None, places: list[tuple[int, int]]) -> bool:
    """Does the row above's task cell run to the edge of its column on its last line (开展漓江干流
    沿岸违法违规 filling the column up to 漓江风景名胜区)? Then the layout wrapped it, and the line
    below goes on that row (its 管理委员会 is no row of its own though 漓江风景名胜区 reads whole)."""
    if task_at is None or task_at + 1 >= len(places) or not row[task_at]:
        return False
    s, e = row[task_at][-1]
    if e <= s or text[e - 1] in "。；;":
        return False
    line = text.rfind("\n", 0, s) + 1
    ls, cs = places[task_at + 1]
    edge = display_width(text[ls:cs]) - 2  # the next column's start, less the blanks between
    return display_width(text[line:e]) >= edge - _EDGE_SLACK


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


def _numbered_section(text: str, filled: list[tuple[int, int]], num_at: int | None, task_at: int | None) -> bool:
    """A blank-separated line of two cells, a heading's number in the number column and a short
    title (一  生态环境保护): a section row."""
    if len(filled) != 2 or num_at != 0 or task_at is None:
        return False
    (a, b), (c, d) = filled
    return bool(_SECTION_NUM.match(text[a:b])) and d - c <= 40 and not any(ch in text[c:d] for ch in "。；;")


def _joined_cell(text: str, pieces: list[tuple[int, int]]) -> Cell:
    """One cell from its pieces: a wrapped cell's lines joined back, by nothing (the layout cut
    the text: 市财 / 政局) or by a line break between two whole names (市文化广电旅游局 / 市财政局,
    县交通运输局 / 九江海事局彭泽海事处)."""
    (s, e), rest = pieces[0], [p for p in pieces[1:] if p[1] > p[0]]
    if not rest:
        return Cell(text[s:e], Span(s, e))
    out = text[s:e]
    for ps, pe in rest:
        piece = text[ps:pe]
        # (or two whole names, the next opening with no level: 县交通运输局 / 九江海事局彭泽海事处)
        if out and (out[-1] in NAME_END_CHARS and piece[0] in UNIT_START_CHARS or out[-1] in "。；;" or names_apart(out[out.rfind("\n") + 1 :], piece)):
            out += "\n"
        out += piece
    parts = tuple(Span(ps, pe) for ps, pe in [(s, e), *rest] if pe > ps)
    return Cell(out, Span(parts[0].start, parts[-1].end), parts)


def _cell_so_far(text: str, pieces: list[tuple[int, int]]) -> str:
    return "".join(text[a:b] for a, b in pieces)


def _cut_name(cell: str) -> bool:
    """Does a unit cell end inside a name (经济发展局、各园区管 / 市工业和信息化) or after a 、?"""
    cell = cell.rstrip()
    return bool(cell) and (cell[-1] in "、，," or not looks_like_unit(_LAST_NAME.split(cell)[-1]))


def _wrapped_rest(text, row, filled, names, num_at, task_at, unit_cols, next_opens) -> list | None:
    """The pieces of a line under a row of a blank-separated table, each given to a cell of that
    row the layout wrapped, as ``(column, piece)`` pairs, or None (the line is no such rest).
    From the right: a piece goes to the nearest unit cell that ends inside a name, else to the
    task cell, which takes what is left (推进秦创原…新增  科技创新局  经济发展局、各园区管 /
    科技型企业3000家  理办公室). A line under the last row is its rest only when a unit name
    there was cut; between two rows (the next line opens the next row) any piece is."""
    if not filled or len(filled) >= len(names):
        return None
    first = text[filled[0][0] : filled[0][1]]
    if (num_at is not None and first.isdigit()) or _SECTION_NUM.match(first) or _SECTION_MARK.match(first):
        return None  # a row of its own, or a section row (二  基础设施建设)
    out: list[tuple[int, tuple[int, int]]] = []
    pieces = list(filled)
    for c in reversed([c for c in unit_cols if c > task_at]):
        if not pieces:
            break
        piece = text[pieces[-1][0] : pieces[-1][1]]
        if _cut_name(_cell_so_far(text, row[c])) or _name_tail(piece):
            out.insert(0, (c, pieces.pop()))
    if not out and not next_opens:
        # under the last row: one short piece, no sentence and no heading, is the task's rest
        if len(pieces) != 1 or not _TASK_TAIL.fullmatch(text[pieces[0][0] : pieces[0][1]]):
            return None
    if pieces:
        if any(text[a:b].endswith(("。", "；")) for a, b in pieces[:-1]):
            return None  # prose
        out[:0] = [(task_at, p) for p in pieces]
    return out


# the end of a name wrapped onto the next line (各街道办 / 事处, 市住房城乡建设 / 局): a name's
# ending without the place that opens a name
_TAIL_NOT_START = frozenset("省市县区各镇乡")


def _name_tail(piece: str) -> bool:
    first = _LAST_NAME.split(piece, 1)[0]
    return 0 < len(first) <= 10 and "\u4e00" <= first[0] <= "\u9fff" and first[0] not in _TAIL_NOT_START and looks_like_unit(first)


_TASK_TAIL = re.compile(r"(?![一二三四五六七八九十]+、|[（(]|\d+[.．、]|附件)[^。；;：:\s]{1,20}")


def _cut_unit_missed(text: str, row: list, placed: list, unit_cols: list[int]) -> bool:
    """Does the row above end a unit cell inside a name (市生 / 市住房城乡建设) while the pieces
    placed by position give that cell nothing (a scan's text whose columns do not line up)?"""
    got = {col for col, _ in placed}
    if not any(col not in unit_cols and _name_tail(text[a:b]) for col, (a, b) in placed):
        return False  # no name's end placed outside the unit columns: the places hold
    return any(
        c not in got and (_cut_name(cell) or cell.rstrip().endswith(("）", ")")))  # 各县（市、区） / 政府
        for c in unit_cols
        for cell in (_cell_so_far(text, row[c]),)
    )


def _next_opens(text: str, lines: list[tuple[int, int]], k: int, row: list, num_at: int | None) -> bool:
    """Does the next line with text after ``lines[k]`` open the row after ``row`` (its number)?"""
    if num_at is None:
        return False
    num = _cell_so_far(text, row[num_at]).strip()
    if not num.isdigit():
        return False
    for a, b in lines[k + 1 : k + 3]:
        line = text[a:b].strip()
        if line:
            return line.split(" ", 1)[0] == str(int(num) + 1)
    return False


# A blank between two cells follows what ends a cell (a stop, a close, a name's last character, a
# date) or comes before what opens one (a level opening a name, 各, a digit); any other blank in a
# row one blank apart is an OCR blank inside a word.
_CELL_END = frozenset("。；;）)」”』局委办院厅府心站所队部室会社司处组团馆镇街村前日月年期止成%0123456789")
_CELL_OPEN = frozenset("省市县区州盟旗各沿全相0123456789")


def _ocr_blanks_joined(text: str, cells: list[tuple[int, int]], extra: int) -> list[tuple[int, int]] | None:
    """``cells`` with the blanks inside words joined when there are exactly ``extra`` of them (a
    single-blank row holding more pieces than its header), else None."""
    inside = [
        j for j in range(len(cells) - 1)
        if text[cells[j][1] - 1] not in _CELL_END and text[cells[j + 1][0]] not in _CELL_OPEN
    ]
    if len(inside) != extra:
        return None
    out = [cells[0]]
    for j in range(1, len(cells)):
        if j - 1 in inside:
            out[-1] = (out[-1][0], cells[j][1])
        else:
            out.append(cells[j])
    return out


# the mark opening an attachment, alone on its line: 附件2 / 附件 / 附表3 / 附件2：
_ATTACHMENT_MARK = re.compile(r"附[件表][ \u3000]*\d{0,2}[ \u3000]*[：:]?")


# a contacts list's column labels (单位 | 姓名 | 职务 | 联系电话): two on a line head no division table's rows
_CONTACT_LABEL = re.compile(r"姓[ \u3000]*名|联系人|联络员|(?:联系|办公|手机)?电话|手机(?:号码)?|职[ \u3000]*务|电子邮箱|邮箱|传真")


class _Rows:
    """The rows of one text table, read a line at a time under its header (``take``)."""

    def __init__(self, text: str, lines: list[tuple[int, int]], h: Header) -> None:
        self.text, self.lines, self.h = text, lines, h
        self.ruled = True  # a rule stands between the last row and this line: a line opens a row
        self.rows: list[list[list[tuple[int, int]]]] = []  # per row, per column: the cell's pieces
        self.starts = h.head  # where the cells of the last row began: the columns' places
        self.places = [(h.a, c[0]) for c in h.head]  # per column, (line start, cell start) where it last showed
        self.last = h.b  # where the table's last line ends
        self._skip_to = -1  # the last line a wrapped tab row ran onto

    def take(self, k: int) -> bool:
        """Read line ``k`` into the table; False where the line ends it."""
        ra, rb = self.lines[k]
        if k <= self._skip_to or self._passed_over(ra, rb):
            return True  # (a line a wrapped row ran onto was read with it: _tab_row_wrapped)
        cells = split_row(self.text, ra, rb, self.h.sep)
        if self.rows and header_again(self.text, cells, self.h.unit_at, self.h.num_at):
            # 三、专项行动 / 表3：… / 序号 专项行动 牵头单位 配合单位: the next table's header (the
            # lines between were skipped as section rows); it opens a table of its own (was a
            # row of this one: 牵头单位 and 配合单位 its units)
            return False
        if sum(bool(_CONTACT_LABEL.fullmatch(self.text, a, b)) for a, b in cells) >= 2:
            return False  # 单位 | 姓名 | 职务 | 手机: a contacts list's header (its rows were this table's, 赵敏 a lead)
        filled = [c for c in cells if c[1] > c[0]]
        if self._drawn_row_goes_on(rb, cells):
            return True
        self.ruled = False
        if self._row_above_goes_on(k, ra, rb, cells, filled):
            return True
        if len(filled) == 1 and (self.h.tabs or len(cells) == 1):
            return self._section_row(ra, rb, filled[0])
        if not self.h.tabs and _numbered_section(self.text, filled, self.h.num_at, self.h.task_at):
            row = [[(rb, rb)] for _ in self.h.head]  # 一  生态环境保护: a section row, its number and title
            row[self.h.num_at], row[self.h.task_at] = [filled[0]], [filled[1]]
            self.rows.append(row)
            self.last = rb
            return True
        cells = self._cells_to_header(ra, rb, cells)
        if self.h.sep == "tab" and 2 <= len(cells) < len(self.h.head) and self._tab_row_wrapped(k, cells):
            return True
        if len(cells) != len(self.h.head):
            return False
        self.rows.append([csv_pieces(self.text, *c) for c in cells] if self.h.sep == "comma" else [[c] for c in cells])
        self.starts = cells
        self.places = [(ra, c[0]) if c[1] > c[0] else at for c, at in zip(cells, self.places)]
        self.last = rb
        return True

    def _tab_row_wrapped(self, k: int, cells: list[tuple[int, int]]) -> bool:
        """A tab row short of cells whose cell broke onto the next lines (a Word table saved as
        text: a line break inside a cell ends the line; 1→非法码头整治→县交通运输局→县水利局、县环保局、 /
        马当镇、芙蓉墩镇→2018年9月底): the next line's first cell goes on with the last one, its
        other cells are the row's next (or, the line opening with empty cells, each stands under
        its column). Taken, with the lines it ran onto, when they fill the row exactly; else
        nothing is (the row ends the table as before)."""
        text, width = self.text, len(self.h.head)
        row = [[c] for c in cells]
        j = k
        while len(row) < width and j + 1 < len(self.lines):
            j += 1
            na, nb = self.lines[j]
            if not text[na:nb].strip() or self.lines[j - 1][1] != na - 1:
                return False  # (a blank line, or lines not next to each other: no cell goes on)
            more = split_row(text, na, nb, "tab")
            empty = len(row) - 1
            if len(more) == width and all(e == s0 for s0, e in more[:empty]) and more[empty][1] > more[empty][0]:
                row[-1].append(more[empty])  # \t\t\t马当镇、芙蓉墩镇\t2018年9月底: placed under its columns
                row += [[c] for c in more[empty + 1 :]]
            elif len(row) + len(more) - 1 <= width and more[0][1] > more[0][0]:
                row[-1].append(more[0])  # 马当镇、芙蓉墩镇\t2018年9月底: the broken cell's rest first
                row += [[c] for c in more[1:]]
            else:
                return False
        if len(row) != width or self.h.num_at is not None and not text[row[self.h.num_at][0][0] : row[self.h.num_at][0][1]].strip():
            return False
        self.rows.append(row)
        self.starts = [pieces[0] for pieces in row]
        self.last = self.lines[j][1]
        self._skip_to = j
        return True

    def _passed_over(self, ra: int, rb: int) -> bool:
        """A blank line, a page number between two pages of the table, a markdown table's rule."""
        row_text = self.text[ra:rb]
        if not row_text.strip() or (self.rows and PAGE_NUMBER_WORD.match(row_text.strip())):
            return True
        if self.h.sep == "pipe" and not row_text.strip(PIPE_RULE_CHARS):
            # |---|---|: the rule under a markdown table's header (a drawn table's: between rows)
            self.ruled = True
            if self.h.drawn and self.rows:
                self.last = rb
            return True
        return False

    def _drawn_row_goes_on(self, rb: int, cells: list[tuple[int, int]]) -> bool:
        """A drawn row's cells wrapped onto its next line (no rule between, no number): added to it."""
        h = self.h
        if not (h.drawn and self.rows and not self.ruled and len(cells) == len(h.head) and (h.num_at is None or cells[h.num_at][1] == cells[h.num_at][0])):
            return False
        for col, piece in enumerate(cells):
            if piece[1] > piece[0]:
                self.rows[-1][col].append(piece)
        self.last = rb
        return True

    def _row_above_goes_on(self, k: int, ra: int, rb: int, cells: list[tuple[int, int]], filled: list[tuple[int, int]]) -> bool:
        """A line right under the last row holding the rest of its cells (placed under their
        columns, or the pieces the layout wrapped), or a row of its own with its number cell
        empty: taken."""
        text, h = self.text, self.h
        # a cell goes on on the very next line
        placed = _placed(text, ra, cells, filled, self.starts, h.head, h.num_at, h.sep) if self.rows and self.last == ra - 1 else None
        above = text[self.rows[-1][h.unit_at][-1][0] : self.rows[-1][h.unit_at][-1][1]] if placed is not None and h.unit_at is not None else ""
        if placed is not None and not h.tabs and _cut_unit_missed(text, self.rows[-1], placed, h.unit_cols):
            placed = None  # the pieces did not line up with their columns: read them as cut
        if placed is None and self.rows and self.last == ra - 1 and h.sep in ("space", "spaces") and h.task_at is not None:
            # pieces that stand in no column (one blank apart, or not lined up): the rest of
            # the row above's cells the layout wrapped, given to the cells it cut
            wrapped = _wrapped_rest(
                text, self.rows[-1], filled, h.names, h.num_at, h.task_at, h.unit_cols, _next_opens(text, self.lines, k, self.rows[-1], h.num_at)
            )
            if wrapped is not None:
                for col, piece in wrapped:
                    self.rows[-1][col].append(piece)
                self.last = rb
                return True
        if placed is not None and (
            h.sep == "spaces" and _filled_to_edge(text, self.rows[-1], h.task_at, self.places) or not _opens_row(text, placed, h.task_at, h.unit_at, h.later, h.unit_cols, above)
        ):
            for col, piece in placed:  # the rest of the last row's cells, wrapped onto this line
                self.rows[-1][col].append(piece)
            self.last = rb
            return True
        if placed is not None and not h.tabs:  # a row of its own, its number cell empty
            row = [[(rb, rb)] for _ in h.head]
            for col, piece in placed:
                row[col] = [piece]
            self.rows.append(row)
            self.last = rb
            return True
        return False

    def _section_row(self, ra: int, rb: int, cell: tuple[int, int]) -> bool:
        """A line of one cell: a section row spanning the table (一、大气污染防治), passed over;
        a longer line, or a markdown table's line after a tab table, ends the table."""
        s0, e0 = cell
        if self.h.sep != "pipe" and PIPE_ROW.match(self.text[ra:rb]):
            return False  # a markdown table's line after a tab table: a table of its own (its lines were skipped as section rows, lost)
        if _ATTACHMENT_MARK.fullmatch(self.text, s0, e0):
            # 附件2 over the next attachment's title and table (整改工作联络员名单 / 单位 | 姓名 | 职务 |
            # 手机): no group row; its lines were read as this table's rows wrapped two a row (赵敏 a lead)
            return False
        return e0 - s0 <= 40 and "。" not in self.text[s0:e0]

    def _cells_to_header(self, ra: int, rb: int, cells: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A row's cells fitted to the header's columns where the blanks parted them otherwise."""
        text, h = self.text, self.h
        if h.sep == "space" and len(cells) > len(h.head):
            # one blank between cells, and an OCR blank inside a cell (2018年12月底 前 / 佛山市生态环境
            # 局南海分局): the blanks inside a word are the extra ones
            cells = _ocr_blanks_joined(text, cells, len(cells) - len(h.head)) or cells
        if not h.tabs and len(cells) > len(h.head) and h.task_at is not None:
            # the task text held a double space: its pieces are one cell
            extra = len(cells) - len(h.head)
            cells = cells[: h.task_at] + [(cells[h.task_at][0], cells[h.task_at + extra][1])] + cells[h.task_at + extra + 1 :]
        if not h.tabs and len(cells) < len(h.head) and all(_NOTE_COL.search(x) for x in h.names[len(cells) :]):
            cells = cells + [(rb, rb)] * (len(h.head) - len(cells))  # the 备注 left empty: no cell between blanks
        if not h.tabs and 3 <= len(cells) < len(h.head) and text[cells[0][0] : cells[0][1]].isdigit():
            cells = positioned(text, ra, rb, cells, self.places) or cells  # a cell left empty: no 配合单位
        return cells

    def table(self) -> Table:
        return Table(header=self.h.names, rows=[[_joined_cell(self.text, pieces) for pieces in row] for row in self.rows], span=Span(self.h.top, self.last))


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
    lines = text_lines(text, start, end)
    tables: list[Table] = []
    k = 0
    while k < len(lines):
        k += 1
        if (read := read_header(text, lines, k)) is None:
            continue
        header, k = read
        rows = _Rows(text, lines, header)
        while k < len(lines) and rows.take(k):
            k += 1
        if rows.rows:
            tables.append(rows.table())
    return tables
