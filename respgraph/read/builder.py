"""What every format reader fills: ``ReadError`` (respgraph/errors.py), the text and table builder, and page rendering.

A reader appends paragraphs and table rows to a ``TextBuilder``; ``finish_tables`` maps the tables
onto the cleaned text. Page lines (PDF, OFD, a serial text table) are rendered into a builder
here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from respgraph.clean import map_span_to_clean
from respgraph.errors import ReadError  # noqa: F401 - the readers import it from here
from respgraph.grammar.units import NAME_END_CHARS, UNIT_START_CHARS
from respgraph.pdf_tables import text_segments, unnumbered_segments
from respgraph.records import Cell, Span, Table


# --------------------------------------------------------------------------- text builder


@dataclass(slots=True)
class _RawTable:
    cells: list[list[tuple[int, int]]]  # raw (start, end) of each cell, per row
    header_row: int  # index of the header row in ``cells``


@dataclass(slots=True)
class TextBuilder:
    """Accumulates extracted text; tables are rendered one row per line, cells tab-separated."""

    parts: list[str] = field(default_factory=list)
    pos: int = 0
    tables: list[_RawTable] = field(default_factory=list)
    line: list[str] = field(default_factory=list)  # pending inline text (HTML)
    # the number a browser draws before an <ol>'s item (1. / 一、): written before the item's first
    # line, which may come in a block of its own (<li><p>…</p></li>)
    marker: str = ""

    def add(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def ends_with(self, suffix: str) -> bool:
        tail = "".join(self.parts[-3:])
        return tail.endswith(suffix)

    def paragraph(self, s: str) -> None:
        self.add(s.replace("\r", "") + "\n")

    def inline(self, s: str) -> None:
        self.line.append(s)

    def flush(self) -> None:
        if self.line:
            s = re.sub(r"[ \t\r\n\f]+", " ", "".join(self.line)).strip()
            self.line.clear()
            if s:
                self.paragraph(self.marker + s)
                self.marker = ""

    def table(self, rows: list[list[str]]) -> None:
        rows = [r for r in rows if any(c.strip() for c in r)]
        if not rows:
            return
        self.flush()
        if self.pos and not self.ends_with("\n\n"):
            self.add("\n" if self.ends_with("\n") else "\n\n")
        spans: list[list[tuple[int, int]]] = []
        for row in rows:
            row_spans = []
            for k, cell in enumerate(row):
                if k:
                    self.add("\t")
                text = one_line_cell(cell)
                row_spans.append((self.pos, self.pos + len(text)))
                self.add(text)
            self.add("\n")
            spans.append(row_spans)
        self.add("\n")
        header = next((i for i, r in enumerate(rows) if len({c.strip() for c in r if c.strip()}) >= 2), 0)
        self.tables.append(_RawTable(spans, header))

    def text(self) -> str:
        self.flush()
        return "".join(self.parts)


# One blank between two names in a cell (市农业农村局 市生态环境局): typed, not an OCR gap.
_NAME_GAP = re.compile(f"(?<=[{''.join(sorted(NAME_END_CHARS))}])[ \u3000\xa0]+(?=[{''.join(sorted(UNIT_START_CHARS))}])")


def one_line_cell(s: str) -> str:
    # A cell's own paragraphs are joined by two spaces: one line per row must hold, and two
    # spaces survive the OCR-space clean-up, so 市生态环境局 / 市水利局 do not run together;
    # so do the units of a line set apart by one blank.
    lines = [_NAME_GAP.sub("  ", ln.strip()) for ln in re.split(r"[\r\n\t\v\f]+", s)]
    return "  ".join(ln for ln in lines if ln)


def finish_tables(raw: TextBuilder, offsets: list[int], text: str) -> list[Table]:
    tables = []
    for rt in raw.tables:

        def cell(se: tuple[int, int]) -> Cell:
            a, b = map_span_to_clean(offsets, *se)
            return Cell(text[a:b], Span(a, b))

        rows = [[cell(se) for se in r] for r in rt.cells]
        first = rt.cells[0][0][0]
        last = rt.cells[-1][-1][1]
        a, b = map_span_to_clean(offsets, first, last)
        header = [c.text for c in rows[rt.header_row]]
        tables.append(Table(header=header, rows=rows[rt.header_row + 1 :], span=Span(a, b), head=tuple(rows[rt.header_row])))
    return tables


def render_segments(segments: list[tuple[str, object]], out: TextBuilder) -> None:
    """Add a document's text and table segments to ``out`` in order, a table continued over a page
    break joined to its first part."""
    for kind, seg in _join_continued(segments):
        if kind == "table":
            out.table(seg)  # type: ignore[arg-type]
        else:
            out.add(seg)  # type: ignore[arg-type]


# 序号 alone on its line: the header of a table copied out of a PDF viewer, one cell per line
_SERIAL_LINE = re.compile(r"^[ \t\u3000]*序[ \t\u3000]*号[ \t\u3000]*$", re.M)


# a unit column's label alone on its line: perhaps the header of such a table without 序号
_UNIT_LABEL_LINE = re.compile(r"^[ \t\u3000]*(?:牵头|责任|配合|协办|主办|主责)(?:单位|部门)[ \t\u3000]*$", re.M)


# the header of a Word table printed to PDF and copied as its text: its labels on one line, one
# blank between them (序号 重点任务 具体措施 牵头单位 配合单位 完成时限), and under it each row's
# cells wrapped by their columns' widths, one piece a line (1 加强土壤污染 / 源头防控 / 更新…): a
# cell stream, not a row a line (a blank-separated table's rows fill its columns on their line)
_SERIAL_HEADER = re.compile(
    r"^[ \t\u3000]*序号(?:[ \u3000]+[^\s]{2,8}){2,8}[ \t\u3000]*\n"
    r"(?:[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])[^\s。；]{2,24}[ \t\u3000]*\n)?"  # 一、严格草原保护: a group row
    r"[ \t\u3000]*1[ \u3000][^ \t\u3000\n]+[ \t\u3000]*$",
    re.M,
)


def _stream_under_header(raw: str) -> bool:
    """Does a one-line header (``_SERIAL_HEADER``) naming a unit column stand over a cell stream?"""
    return any(_UNIT_LABEL.search(m.group(0).split("\n", 1)[0]) for m in _SERIAL_HEADER.finditer(raw))


_UNIT_LABEL = re.compile(r"(?:牵头|责任|配合|协办|主办|主责|协同)(?:单位|部门)")


def txt_cell_stream(raw: str) -> TextBuilder | None:
    """A .txt holding a division table one cell per line (copied out of a PDF viewer, or a web
    page's table pasted as text), or its header on one line over its rows' cells wrapped one piece
    a line (a Word table printed to PDF, copied): put back into rows as a PDF's text layer is;
    None when there is no such table."""
    if ("序号" in raw or "序 号" in raw or "序\u3000号" in raw) and (_SERIAL_LINE.search(raw) or _stream_under_header(raw)):
        segments = text_segments(raw)  # (substring checks first: most plans hold no such line)
    elif ("单位\n" in raw or "部门\n" in raw) and _UNIT_LABEL_LINE.search(raw):
        segments = unnumbered_segments(raw)
    else:
        return None
    if not any(kind == "table" for kind, _ in segments):
        return None
    out = TextBuilder()
    render_segments(segments, out)
    return out


_NON_BLANK = re.compile(r"[^\s\u3000\xa0]+")
_NON_BLANK_CHAR = re.compile(r"[^\s\u3000\xa0]")


def file_map(rebuilt: str, raw: str) -> list[int]:
    """The index in ``raw`` of each character of ``rebuilt``: a .txt's table put back into rows
    (``txt_cell_stream``) is the file's own characters re-spaced (cells joined by tabs, a cell's
    lines joined, by blanks or by nothing), with page marks and repeated headers left out. So
    each run of non-blank characters is looked for in the file's non-blank characters, from
    where the run before it ended (a row cut by a page break and joined to its start: before
    that); a run not found whole (a cell going on after a page's foot and head) is placed piece
    by piece, each the longest start of the rest found. A blank put between cells stands at the
    file position after the run before it."""
    pos = [m.start() for m in _NON_BLANK_CHAR.finditer(raw)]  # the file's non-blank characters
    dense = "".join(raw[i] for i in pos)
    out = [0] * len(rebuilt)
    last = max(len(raw) - 1, 0)
    j = k = 0  # where the last piece ended: in ``dense``; in ``rebuilt``

    def after() -> int:  # the file position after the last piece placed
        return min(pos[j - 1] + 1, last) if j else 0

    for m in _NON_BLANK.finditer(rebuilt):
        a, run = m.start(), m.group()
        out[k:a] = [after()] * (a - k)
        while run:
            n, at = _placed(dense, run, j)
            if at < 0:  # never expected: the rest keeps the place after the last piece
                out[a : a + len(run)] = [after()] * len(run)
                break
            out[a : a + n] = pos[at : at + n]
            j, a, run = at + n, a + n, run[n:]
        k = m.end()
    out[k:] = [after()] * (len(rebuilt) - k)
    return out


def _placed(dense: str, run: str, j: int) -> tuple[int, int]:
    """(length, index in ``dense``) of the longest start of ``run`` found from ``j`` on, else
    before it; (0, -1) when not even its first character is there. A start found is found
    shorter too, so the length is searched by halves (a long paragraph not found whole costs
    a few searches, not one per character)."""

    def find(n: int) -> int:
        at = dense.find(run[:n], j)
        return at if at >= 0 else dense.rfind(run[:n], 0, j)

    at = find(len(run))
    if at >= 0:
        return len(run), at
    lo, hi, at = 0, len(run), -1  # run[:lo] found (at ``at``), run[:hi] not
    while hi - lo > 1:
        mid = (lo + hi) // 2
        found = find(mid)
        if found >= 0:
            lo, at = mid, found
        else:
            hi = mid
    return lo, at


def join_pages(pages: list[str], glued: list[bool], which) -> str:
    """The texts of pages ``which`` (indexes, in order), one after the other; a page glued to
    the one before it goes on that page's last paragraph instead of starting a line."""
    parts = []
    for n, k in enumerate(which):
        p = pages[k].rstrip("\n")
        parts.append(p if glued[k] or not n else "\n" + p)
    return "".join(parts) + "\n"


def _without_repeated_header(rows: list[list[str]], table: list[list[str]]) -> list[list[str]]:
    """``rows`` without the header rows of ``table`` they repeat at their top: the header's
    one row, or both of a header of two (责任单位 over 牵头单位 | 配合单位)."""
    k = 0
    while k < min(len(rows), len(table) - 1) and [c.strip() for c in rows[k]] == [c.strip() for c in table[k]]:
        k += 1
    return rows[k:]


def _join_continued(segments: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """A table running onto the next page is one table: its rows join the previous table when
    only a page number stands between them (its header rows repeated there are dropped)."""
    out: list[tuple[str, object]] = []
    for kind, seg in segments:
        prev_table = next((k for k in range(len(out) - 1, -1, -1) if out[k][0] == "table"), None)
        between = "".join(str(s) for _, s in out[prev_table + 1 :]) if prev_table is not None else ""
        if (
            kind == "table"
            and prev_table is not None
            and len(seg[0]) == len(out[prev_table][1][0])
            and re.fullmatch(r"[\s\-—–－第页共\d]*", between)
        ):
            rows = _without_repeated_header(seg, out[prev_table][1])
            last = out[prev_table][1][-1]
            if rows and len(out[prev_table][1]) > 1 and not rows[0][0].strip() and rows[0][0] != last[0]:
                # the last row ran over the page: its cells go on, the number cell empty
                last[:] = [a + b for a, b in zip(last, rows[0])]
                rows = rows[1:]
            out[prev_table][1].extend(rows)
            del out[prev_table + 1 :]
            continue
        out.append((kind, seg))
    return out
