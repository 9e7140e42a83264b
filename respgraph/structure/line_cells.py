"""How one line of a division table that reached us as plain text is cut into cells: at runs of blanks
or tabs (``split_row``), between bars (a markdown or drawn table: ``pipe_cells``), at commas (a
CSV row: ``_csv_cells``, a quoted cell running over lines: ``quoted_line_end``), and which lines
are a drawn table's rules (``is_rule``); a text's lines, a quoted cell's keeping its row one (``text_lines``).
``text_tables`` reads the tables these lines make.
"""

from __future__ import annotations

import re


# (two blanks or more, written as a class first: the engine skips in C to the next blank; a
# repeat first is tried at every position of every line)
SPACES = re.compile(r"[ \u3000][ \u3000]+")
_SPACE = re.compile(r"[ \u3000]+")
_CELL_WS = " \t\u3000\r"
# a CSV row: three cells or more cut at ASCII commas, no tab (prose cuts with ，)
CSV_ROW = re.compile(r"[^\t\n,]*,[^\t\n,]*,")
# a markdown table's row: | 序号 | 任务 | 牵头单位 | 配合单位 | (three cells or more between pipes);
# an ASCII-art or box-drawing table's (│ 1 │ 推进… │ 区水务局 │) alike
_BARS = "|│┃"
_BAR = re.compile(f"[{_BARS}]")
PIPE_ROW = re.compile(f"[ \u3000]*[{_BARS}](?:[^{_BARS}\n]*[{_BARS}]){{2}}|[^{_BARS}\n]+(?:[{_BARS}][^{_BARS}\n]*){{2}}")
# (…or without its outer pipes, as GFM allows and systems export: 序号|指标名称|牵头单位|配合单位;
# its first cell is what stands before the first pipe, its last what stands after the last one)
# ... and the line under its header: |---|:--:|--|; an ASCII-art table's borders: +----+----+,
# ├────┼────┤, ┌────┬────┐ (between every two rows, and around the table)
PIPE_RULE_CHARS = " \t\u3000|:-+=─━═│┃┌┬┐├┼┤└┴┘┏┳┓┣╋┫┗┻┛╔╦╗╠╬╣╚╩╝╞╪╡"
# the top border of a drawn table (+----+, ┌────┬; ├────┼ under a title row): each row of the
# table between two rules, its cells wrapped onto as many lines as the widest needs (a line that
# fills the number column opens a row of its own: a drawn table without rules between its rows)
TOP_RULE = re.compile(r"[ \u3000]*[+┌┏╔├┣╠][-=─━═+┬┳╦┼╋╬]{3,}")


def is_rule(line: str) -> bool:
    return bool(line.strip()) and not line.strip(PIPE_RULE_CHARS)


def split_row(text: str, a: int, b: int, sep: str) -> list[tuple[int, int]]:
    """Cell spans of the line ``text[a:b]``: ``sep`` "tab" (empty cells kept), "comma" (a
    spreadsheet saved as CSV: empty cells kept, a quoted cell's quotes dropped), "pipe" (a
    markdown row: empty cells kept, nothing outside its outer pipes), "spaces" (2+) or "space"
    (any run of blanks)."""
    if sep == "comma":
        return _csv_cells(text, a, b)
    if sep == "pipe":
        return pipe_cells(text, a, b)
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
        for m in (SPACES if sep == "spaces" else _SPACE).finditer(text, a, b):
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


def pipe_cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Cell spans of a markdown row ``text[a:b]`` (| 1 | 推进… | 县住建局 | |): the pieces between
    its pipes, blanks trimmed, an empty cell kept empty (a row of three cells filled in four was
    cut short and every row after it lost)."""
    m = _BAR.search(text, a, b)
    open_row = m is not None and bool(text[a : m.start()].strip(_CELL_WS))  # no outer pipes
    p = a if open_row else (m.start() if m else -1) + 1
    out: list[tuple[int, int]] = []
    while p <= b:
        m = _BAR.search(text, p, b)
        q = m.start() if m else -1
        e = b if q < 0 else q
        s = p
        while s < e and text[s] in _CELL_WS:
            s += 1
        while e > s and text[e - 1] in _CELL_WS:
            e -= 1
        if q < 0:
            if s < e or open_row:  # text after the last pipe (a row whose closing pipe is left off;
                out.append((s, e))  # without outer pipes, the last cell, left empty or not)
            return out
        out.append((s, e))
        p = q + 1
    return out


def _csv_cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Cell spans of a CSV row ``text[a:b]``: cut at commas outside quotes; a quoted cell
    ("县财政局,各乡镇人民政府") spans what stands inside its quotes (its doubled quotes, each one
    quote as written, are taken apart by ``csv_pieces``)."""
    out: list[tuple[int, int]] = []
    p = a
    while True:
        while p < b and text[p] in _CELL_WS:
            p += 1
        if p < b and text[p] == '"':
            close = p + 1
            while (close := text.find('"', close, b)) >= 0 and text.startswith('""', close):
                close += 2
            q = text.find(",", close, b) if close >= 0 else -1
            if close >= 0 and not text[close + 1 : b if q < 0 else q].strip(_CELL_WS):
                out.append((p + 1, close))
                if q < 0:
                    return out
                p = q + 1
                continue
        q = text.find(",", p, b)
        e = b if q < 0 else q
        while e > p and text[e - 1] in _CELL_WS:
            e -= 1
        out.append((p, e))
        if q < 0:
            return out
        p = q + 1


def csv_pieces(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A CSV cell ``text[s:e]`` as pieces that leave out the second quote of each doubled one:
    落实扬尘治理""六个百分之百""要求 is 落实扬尘治理"六个百分之百"要求 (a quote in a quoted cell is
    written twice)."""
    out = []
    while (k := text.find('""', s, e)) >= 0:
        out.append((s, k + 1))
        s = k + 2
    out.append((s, e))
    return out


# what the walk along a row of a pasted spreadsheet stops at: a quote or the line's end (the
# characters between only tell whether a quote after them opens a cell: the one before it)
_QUOTE_OR_BREAK = re.compile('["\n]')


def quoted_line_end(text: str, p: int, q: int, end: int, sep: str = "\t") -> int:
    """End of the row opening at ``p`` of a table pasted out of a spreadsheet (cells cut at
    ``sep``, a tab or a CSV's comma): a cell holding line breaks comes quoted ("区住建局\n区财政局"),
    its lines part of the row; ``q`` when no quoted cell stays open at the line's end."""
    i, cell_start = p, True
    while (m := _QUOTE_OR_BREAK.search(text, i, end)) is not None:
        j = m.start()
        if text[j] == "\n":
            return j
        if j > i:
            cell_start = text[j - 1] == sep  # (a quote opens a cell at the row's start or after a sep)
        if not cell_start:
            i = j + 1  # a quote inside a cell's text
            continue
        close = j + 1
        while True:
            close = text.find('"', close, end)
            if close < 0:
                return q
            if text.startswith('""', close):  # a quote inside the cell, doubled
                close += 2
                continue
            break
        if close + 1 < end and text[close + 1] not in sep + "\n":
            return q  # a quote opening the cell's text, not the spreadsheet's
        i = close + 1
        cell_start = False
    return end


def text_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines of ``text[start:end]`` as (start, end) pairs; a spreadsheet's quoted cell of
    several lines keeps its row one line.

    >>> t = '序号\\t任务\\n1\\t"整治\\n黑臭水体"\\n'
    >>> [t[a:b] for a, b in text_lines(t, 0, len(t))]
    ['序号\\t任务', '1\\t"整治\\n黑臭水体"']
    """
    lines: list[tuple[int, int]] = []
    p = start
    while p < end:
        q = text.find("\n", p, end)
        q = end if q < 0 else q
        if text.find('"', p, q) >= 0 and (text[p] == '"' or text.find("\t", p, q) >= 0 or CSV_ROW.match(text, p, q)):
            # a spreadsheet's cell of several lines (cells cut at tabs; else a CSV's, at commas)
            row_end = quoted_line_end(text, p, q, end)
            if text.find("\t", p, row_end) >= 0:
                q = row_end
            elif (row_end := quoted_line_end(text, p, q, end, ",")) > q and text.count(",", p, row_end) >= 2:
                q = row_end
        lines.append((p, q))
        p = q + 1
    return lines
