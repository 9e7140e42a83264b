"""A ruled table's cells as pdfplumber finds them: each cell's text from the characters inside it
(``cell_text``: lines the cell's width wrapped joined, its paragraphs kept apart; respgraph.ofd
uses it for OFD tables too) and a table's rows (``_table_rows``: a merged cell's text repeated
down the rows it covers).
"""

from __future__ import annotations

import re

from respgraph.grammar.units import looks_like_unit


_COMPLETE_NAME = re.compile(r"[局委办厅府心院队室处站所会部社]$")
# a unit's role note closing a line (区交通局（牵头） / 各镇街): the unit list goes on with the
# next unit on the next line, whatever the line's length (no layout wraps a list there without
# its 、)
_ROLE_NOTE_END = re.compile(r"[（(](?:共同)?(?:牵头|主办|主责)(?:单位|部门)?[)）]$")


def _table_rows(page, table) -> list[list[str]]:
    tx0, ttop, tx1, tbottom = table.bbox
    # the table's characters with their centres, once: selecting them per cell is cheap,
    # cropping the page per cell (pdfplumber clips every object each time) is not
    chars = [
        ((c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2, c)
        for c in page.chars
        if tx0 <= (c["x0"] + c["x1"]) / 2 <= tx1 and ttop <= (c["top"] + c["bottom"]) / 2 <= tbottom
    ]
    # each grid column's middle: between its left edge and the next column's (pdfplumber widens
    # a column to a cell spanning columns, 责任单位 over 牵头单位 | 配合单位, so that its middle
    # falls in the next column)
    lefts = [c.bbox[0] for c in table.columns]
    mids = [(x + (lefts[j + 1] if j + 1 < len(lefts) else table.columns[j].bbox[2])) / 2 for j, x in enumerate(lefts)]
    rows: list[list[str]] = []
    for r in table.rows:
        row = []
        for j, cell in enumerate(r.cells):
            if cell is None:
                # covered by a merged cell: one reaching down from a row above repeats its
                # text (as a vertically merged .docx cell does); one across the row is empty
                cx = mids[j] if j < len(mids) else -1
                cy = (r.bbox[1] + r.bbox[3]) / 2
                owner = next((c for c in table.cells if c[0] <= cx <= c[2] and c[1] <= cy <= c[3]), None)
                if owner is None:
                    # a cell merged down over rows that runs over the page break has no bottom
                    # edge, so pdfplumber finds no cell there: its text is what stands in the
                    # column within the row (the rows on the next page go on its group)
                    right = lefts[j + 1] if j + 1 < len(lefts) else tx1
                    row.append(cell_text(chars, (lefts[j], r.bbox[1], right, r.bbox[3])) if j < len(lefts) else "")
                else:
                    row.append(cell_text(chars, owner) if owner[1] < r.bbox[1] - 0.5 else "")
            else:
                row.append(cell_text(chars, cell))
        rows.append(row)
    return rows


# a row running over the page break: the column rules go on below the last ruled row, no rule
# closes them (points: how near the table's foot they must reach, how far past it at least)
_RULE_SLACK = 2.0
_OPEN_ROW_MIN = 6.0


def table_with_open_row(page, table) -> tuple[tuple[float, float, float, float], list[list[str]]]:
    """The table's bounding box and rows, with the row running over the page break that the
    table finder left out (its cells have no bottom rule): its text, cell by cell, from the
    characters between the table's foot and the foot of the column rules going on below it."""
    rows = _table_rows(page, table)
    x0, top, x1, bottom = table.bbox
    bounds = [c.bbox[0] for c in table.columns] + [x1]
    feet = []
    for x in bounds:
        below = [
            e["bottom"] for e in page.edges
            if e["orientation"] == "v" and abs(e["x0"] - x) <= _RULE_SLACK and e["top"] <= bottom + _RULE_SLACK < e["bottom"]
        ]  # fmt: skip
        if below:
            feet.append(max(below))
    # every column's rules go on (both sides of the table and at least all but one inside)
    if len(feet) < len(bounds) - 1 or not feet:
        return table.bbox, rows
    foot = min(feet)
    if foot - bottom < _OPEN_ROW_MIN:
        return table.bbox, rows
    chars = [
        ((c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2, c)
        for c in page.chars
        if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and bottom <= (c["top"] + c["bottom"]) / 2 <= foot
    ]
    if not chars:
        return table.bbox, rows
    row = [cell_text(chars, (bounds[j], bottom, bounds[j + 1], foot)) for j in range(len(bounds) - 1)]
    return (x0, top, x1, foot), rows + [row]


# marks that may not end a line: a line stopping before a character that such a mark follows
# (…以上，实 / 现“一次…) stopped because the two would not fit
_OPENING = frozenset("“‘（(《〈【「『〔")


def _cell_lines(chars, bbox) -> list[tuple[str, float, float, float]]:
    """The text lines of one cell as ``(text, right edge, character width, opening width)``: the
    opening width is what the line's first character needs (with an opening mark after it)."""
    x0, top, x1, bottom = bbox
    inside = sorted((c for cx, cy, c in chars if x0 <= cx <= x1 and top <= cy <= bottom), key=lambda c: c["top"])
    groups: list[list[dict]] = []
    for c in inside:
        if groups and abs(c["top"] - groups[-1][0]["top"]) <= 0.5 * max(c["size"], 1.0):
            groups[-1].append(c)
        else:
            groups.append([c])
    lines = []
    for g in groups:
        g.sort(key=lambda c: c["x0"])
        text, prev = "", None
        for c in g:
            if prev is not None:
                if c["text"] == prev["text"] and abs(c["x0"] - prev["x0"]) < 1:
                    continue  # fake bold: the glyph drawn twice
                gap = c["x0"] - prev["x1"]
                if gap > 0.5 * (prev["x1"] - prev["x0"]) and not text.endswith(" ") and c["text"] != " ":
                    text += " "
            text += c["text"]
            prev = c
        text = text.strip()
        if text:
            width = max((c["x1"] - c["x0"] for c in g), default=10.0)
            shown = [c for c in g if c["text"].strip()]
            opening = sum(c["x1"] - c["x0"] for c in shown[: 2 if len(shown) > 1 and shown[1]["text"] in _OPENING else 1])
            lines.append((text, max(c["x1"] for c in g), width, opening))
    return lines


def _units_apart(prev: str, line: str) -> bool:
    """Are two lines of a cell two whole unit names, one per paragraph (区市场监管局 / 公安潞州分局)?
    Lines of like length would otherwise pass for a padded cell's wrapped text and be joined."""
    return bool(_COMPLETE_NAME.search(prev)) and looks_like_unit(prev) and looks_like_unit(line)


def cell_text(chars, bbox) -> str:
    """The text of the cell ``bbox`` (x0, top, x1, bottom): of ``chars``, (centre x, centre y,
    char) with each char a dict of ``text``, ``x0``, ``x1``, ``top``, ``size`` as pdfplumber
    gives them, those whose centre is inside; lines the cell wrapped joined, its paragraphs
    on lines of their own (respgraph/ofd.py uses it for OFD tables too)."""
    lines = _cell_lines(chars, bbox)
    out = ""
    full = max((right for _, right, _, _ in lines), default=bbox[2])
    for k, (text, _, _, opening) in enumerate(lines):
        if k:
            prev, right, width, _ = lines[k - 1]
            # a line that reaches the right edge was wrapped by the layout: the next line
            # goes on without a separator (区生态环境 / 局); a shorter one ended a paragraph.
            # The edge is the cell's, or its longest line's (a padded cell); a line may stop a
            # character short of it when the next one may not open a line (改 / 造。).
            # …or where the next line's first character with the opening mark after it would
            # not have fitted (…10项以上，实 / 现“一次告知…: was read as two paragraphs, 实  现)
            wrapped = not _ROLE_NOTE_END.search(prev) and (
                bbox[2] - right < 2.0 * width
                or ((full - right < 1.5 * width or right + opening > full - 0.25 * width) and not _units_apart(prev, text))
            )
            ascii_join = prev[-1:].isascii() and prev[-1:].isalnum() and text[:1].isascii()
            out += (" " if ascii_join else "") if wrapped else "\n"
        out += text
    return out
