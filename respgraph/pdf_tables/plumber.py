"""Pages re-read with pdfplumber (``plumber_segments``): each page's prose and tables in reading
order, a table running on over a page break followed onto the next page, the running heads and
feet left out. The tables themselves are read in ``cells`` (ruled tables) and ``aligned``
(borderless ones).
"""

from __future__ import annotations

import io
import re

from respgraph.pdf_tables.aligned import _aligned_tables
from respgraph.pdf_tables.cells import table_with_open_row
from respgraph.pdf_tables.header import PAGE_NUMBER_WORD, Segment, header_at, _tokens
from respgraph.pdf_text import running_key, without_slanted


def plumber_segments(data: bytes, pages: list[int], running: set[str] | frozenset[str] = frozenset()) -> dict[int, list[Segment]]:
    """Pages (0-based indexes) re-read with pdfplumber: their prose and tables in reading
    order; so is each page after one that ends in a table (a table runs on without its header
    repeated). A page where pdfplumber finds no table is left out; so is everything when
    pdfplumber is not installed or cannot read the file. ``running``: the running heads and
    feet of the document (respgraph.pdf_text.drop_running_lines), left out of the pages."""
    try:
        import pdfplumber
    except ImportError:
        return {}
    out: dict[int, list[Segment]] = {}
    wanted = set(pages)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            edges: list[float] | None = None  # the columns of a borderless table going on
            for k in range(min(wanted, default=len(pdf.pages)), len(pdf.pages)):
                going_on = k - 1 in out and _ends_in_table(out[k - 1])
                if k not in wanted and not going_on:
                    continue
                page = _without_running(without_slanted(pdf.pages[k]), running)
                segs, edges = _page_segments(page, edges if going_on else None)
                if segs:
                    out[k] = segs
    except Exception:  # pdfminer fails on some files pypdf reads: keep pypdf's text
        return out
    return out


def _without_running(page, running: set[str] | frozenset[str]):
    """The page without its running heads and feet, and its page number: under a borderless
    table, a foot would be read as the continuation of the last row's cells."""
    lines = page.extract_text_lines()
    boxes = [
        (ln["x0"] - 0.5, ln["top"] - 0.5, ln["x1"] + 0.5, ln["bottom"] + 0.5)
        for ln in lines[:3] + lines[-3:] if running_key(ln["text"]) in running or PAGE_NUMBER_WORD.match(ln["text"].strip())
    ]  # fmt: skip
    if not boxes:
        return page
    return page.filter(
        lambda o: o.get("object_type") != "char"
        or not any(x0 <= o["x0"] and o["x1"] <= x1 and top <= o["top"] and o["bottom"] <= bottom for x0, top, x1, bottom in boxes)
    )


_PAGE_FOOT = re.compile(r"[\s\-—–－第页共\d]*")


def _ends_in_table(segs: list[Segment]) -> bool:
    """Does a page end in a table (nothing after it but its page number)?"""
    last = max((k for k, (kind, _) in enumerate(segs) if kind == "table"), default=None)
    return last is not None and all(_PAGE_FOOT.fullmatch(str(seg)) for _, seg in segs[last + 1 :])


def _page_segments(page, edges: list[float] | None = None) -> tuple[list[Segment], list[float] | None]:
    """The page's prose and tables, and the column edges of a borderless table it ends with.
    ``edges``: those of the borderless table the previous page ended with."""
    tables = [t for t in page.find_tables() if len(t.columns) >= 3 and (len(t.rows) >= 2 or _header_row(t))]
    found = [(*table_with_open_row(page, t), None) for t in tables] or _aligned_tables(page, edges)
    if not found:
        return [], None
    found.sort(key=lambda t: t[0][1])
    segs: list[Segment] = []
    top = page.bbox[1]
    x0, _, x1, bottom = page.bbox
    for bbox, rows, _ in found:
        if bbox[1] > top:
            segs.append(("text", _text(_band(page, top, bbox[1]))))
        segs.append(("table", rows))
        top = max(top, bbox[3])
    if bottom > top:
        segs.append(("text", _text(_band(page, top, bottom))))
    return [s for s in segs if s[0] == "table" or s[1]], found[-1][2]


def _header_row(table) -> bool:
    """Is a one-row table a division table's header (序号 | 工作任务 | 责任单位)? Word lets a
    table start at the foot of a page with only its header row there, the body on the next
    page: kept as a table, the body is followed onto that page and joined to it."""
    cells = (table.extract() or [[]])[0]
    toks = [t for c in cells for line in (c or "").splitlines() for t in _tokens(line)]
    return bool(toks) and header_at(toks, 0)[1] == len(toks)


def _band(page, top: float, bottom: float):
    """The page's characters whose centre lies between ``top`` and ``bottom``: the table's cells
    take theirs by centre too, so a line standing across the table's foot (注：牵头单位栏为空的，
    与上一项相同 set just under the last rule) is prose, not lost between the two (was: a
    line had to lie wholly inside the band, ``within_bbox``)."""
    return page.filter(lambda o: o.get("object_type") != "char" or top <= (o["top"] + o["bottom"]) / 2 < bottom)


def _text(region) -> str:
    s = region.extract_text() or ""
    return s + "\n" if s.strip() else ""
