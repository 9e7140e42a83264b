"""A borderless division table (no ruling lines) read with pdfplumber: its columns from the text's
vertical gaps or the header's labels (or the page before's, where the table runs on), its lines
grouped into rows and each row's lines joined column by column (``_aligned_tables``).
respgraph.ofd reads an OFD's tables with ``aligned_rows`` and ``joined_rows`` too.
"""

from __future__ import annotations

from respgraph.grammar.units import WORDS_ACROSS
from respgraph.pdf_tables.cells import _COMPLETE_NAME
from respgraph.pdf_tables.header import _ROLE_LABEL, SERIAL_LABEL, header_at
from respgraph.pdf_tables.numbered import _UNIT_START


_TEXT_STRATEGY = {"vertical_strategy": "text", "horizontal_strategy": "text"}


def _aligned_tables(page, edges: list[float] | None = None) -> list[tuple[tuple, list[list[str]], list[float]]]:
    """A borderless division table (no ruling lines; pypdf gives it as a stream of cells).
    Its columns are the text's vertical gaps (pdfplumber's text strategy) or, where that finds
    none, the places of the header's labels; on a page the table runs onto without its header,
    the column ``edges`` of the page before. Each line of the page becomes a row of the grid;
    the lines go together into the table's rows where the 序号 column holds something (a
    number, a section's title) — the layout of a table whose cells are set at the top — or,
    when the lines between rows stand further apart than those inside a cell (cell padding),
    at those gaps. Returns (bbox, rows, column edges) for each table."""
    try:
        out = []
        for t in page.find_tables(table_settings=_TEXT_STRATEGY):
            lines = _lines(t)
            at = _aligned_header(lines)
            rows = aligned_rows(lines[at + 1 :]) if at is not None else []
            if rows:
                bbox = (t.bbox[0], lines[at][0][1], t.bbox[2], lines[-1][0][3])
                cols = [c.bbox for c in t.columns]
                out.append((bbox, [lines[at][1], *joined_rows(rows)], [c[0] for c in cols] + [cols[-1][2]]))
        if out:
            return out
        head: tuple[list[str], float, float] | None = None  # its labels, bottom and top
        if edges is None:
            head, edges = _header_edges(page)
            if edges is None:
                return []
        # the outer edges where this page's text begins and ends (pdfplumber needs the lines
        # to meet the text's own horizontal edges)
        words = page.extract_words()
        edges = [min(w["x0"] for w in words) - 1, *edges[1:-1], max(w["x1"] for w in words) + 1]
        settings = {"vertical_strategy": "explicit", "explicit_vertical_lines": edges, "horizontal_strategy": "text"}
        tables = page.find_tables(table_settings=settings)[:1]
        lines = [ln for ln in _lines(tables[0]) if head is None or ln[0][1] > head[1]] if tables else []
        lines = _within_columns(page, lines, edges)
        if head is None and _aligned_header(lines[:1]) == 0:
            # the header repeated over the page the table runs onto: a row of its own (not
            # the head of the row that runs over the page break, cells going on under it)
            head, lines = (lines[0][1], lines[0][0][3], lines[0][0][1]), lines[1:]
        rows = aligned_rows(lines) if lines and len(lines[0][1]) == len(edges) - 1 else []
        if not rows:
            return []
        # the header is the table's: not the prose above it as well
        bbox = (edges[0], head[2] if head else lines[0][0][1], edges[-1], lines[-1][0][3])
        return [(bbox, ([head[0]] if head else []) + joined_rows(rows), edges)]
    except Exception:  # pdfplumber's text strategy on an odd page: the text path reads it
        return []


def _header_edges(page) -> tuple[tuple[list[str], float, float] | None, list[float] | None]:
    """A header line of labels (序号 first) and the column edges it gives: each column starts
    in the blank nearest its label's left, among the lines under it; and the header's bottom
    and top."""
    words = page.extract_words()
    for w in words:
        if not SERIAL_LABEL.match(w["text"]):
            continue
        line = sorted((v for v in words if abs(v["top"] - w["top"]) < 2), key=lambda v: v["x0"])
        texts = [v["text"] for v in line]
        if line[0] is not w or len(texts) < 3 or header_at(texts, 0)[0] != texts:
            continue
        below = [v for v in words if v["top"] > w["bottom"]]
        nxt = min((v["top"] for v in below), default=None)
        if nxt is not None and all(_ROLE_LABEL.match(v["text"]) for v in below if abs(v["top"] - nxt) < 2):
            return None, None  # a second header row (牵头 | 配合 under 责任单位): columns unknown
        edges = [page.bbox[0]]
        for prev, label in zip(line, line[1:]):
            x = label["x0"] - 1
            while x > prev["x1"] and any(v["x0"] < x < v["x1"] for v in below):
                x -= 1  # a word lies across: the column starts further left
            if x <= prev["x1"]:
                return None, None  # no blank between the labels (centred labels): columns unknown
            edges.append(x)
        edges.append(page.bbox[2])  # the last column runs to the page's edge
        return (texts, w["bottom"], w["top"]), edges
    return None, None


def _within_columns(page, lines: list, edges: list[float]) -> list:
    """The lines of a table running on at the top of a page: after any line set across the
    columns (a running head) and up to the next (the prose after the table)."""
    inner = edges[1:-1]
    words = page.extract_words()

    def across(bbox) -> bool:
        return any(
            bbox[1] - 1 <= w["top"] <= bbox[3] and any(w["x0"] < e - 2 and w["x1"] > e + 2 for e in inner) for w in words
        )

    k = 0
    while k < len(lines) and across(lines[k][0]):
        k += 1
    end = next((j for j in range(k, len(lines)) if across(lines[j][0])), len(lines))
    return lines[k:end]


def _lines(table) -> list[tuple[tuple, list[str]]]:
    """The table's rows that hold text: (bbox, cell texts)."""
    return [(r.bbox, [(c or "").strip() for c in cells]) for r, cells in zip(table.rows, table.extract()) if any(c and c.strip() for c in cells)]


def _aligned_header(lines) -> int | None:
    return next((k for k, (_, cells) in enumerate(lines) if all(cells) and SERIAL_LABEL.match(cells[0]) and header_at(cells, 0)[0] == cells), None)


def aligned_rows(lines: list) -> list[list[list[str]]]:
    """The body lines (bbox, cells) grouped into the table's rows."""
    if not lines:
        return []
    gaps = [b[0][1] - a[0][3] for a, b in zip(lines, lines[1:])]
    small = min(gaps, default=0.0)
    # padded rows: the gaps between rows are clearly wider than the narrowest; they are the
    # rows' bounds when each part between them holds one serial number (wherever the cell
    # sets it: at the top or in the middle)
    wide = [False, *(g > small + 2.0 for g in gaps)]
    parts: list[list[list[str]]] = []
    for w, (_, cells) in zip(wide, lines):
        if w or not parts:
            parts.append([cells])
        else:
            parts[-1].append(cells)
    if len(parts) > 1 and all(sum(1 for c in part if c[0]) == 1 for part in parts[1:]):
        return parts
    rows: list[list[list[str]]] = []
    for _, cells in lines:  # cells set at the top: a row starts at its number (or section title)
        if cells[0] or not rows:
            rows.append([cells])
        else:
            rows[-1].append(cells)
    return rows


def joined_rows(rows: list[list[list[str]]]) -> list[list[str]]:
    """Each row's lines joined column by column: a cell's lines were wrapped by its width
    (市发展改革 / 委、市商务局), except between two whole names (市城市管理局 / 市水务局)."""
    out = []
    for lines in rows:
        cells = []
        for col in zip(*lines):
            text = ""
            for piece in (c for c in col if c):
                if text and _COMPLETE_NAME.search(text) and _UNIT_START.match(piece) and text[-1] + piece[0] not in WORDS_ACROSS:
                    text += "\n"
                text += piece
            cells.append(text)
        out.append(cells)
    return out
