"""Text and ruled tables of OFD files (GB/T 33190, China's fixed-layout format).

Portals publish many 公文 as ``.ofd`` beside or instead of a PDF. An OFD is a zip of XML:
``OFD.xml`` names each document's ``Document.xml``, which lists its pages; a page's
``Content.xml`` draws text as ``TextObject`` elements, each with one or more ``TextCode`` runs
placed at ``X``/``Y`` (the baseline, Y growing downwards, in millimetres) with the advance of
each glyph after the first in ``DeltaX`` (``g 3 1.2`` stands for ``1.2 1.2 1.2``), inside the
object's ``Boundary`` and through its ``CTM``. Lines are drawn as ``PathObject`` elements.

The text is Unicode already (the fonts in ``PublicRes`` only draw it), so reading is laying
out: glyphs are put in lines by baseline and position, the lines handed to the PDF reader's
paragraph joining (:func:`respgraph.pdf_text.lines_text`: wrapped lines joined, page numbers
dropped), and a table ruled by path lines is cut into its cells along the rules. Template
pages (headers and footers drawn on every page) and annotations are not the plan's text.

XML is parsed with the standard library, with the care defusedxml takes: a part declaring a
DTD or an entity is refused (so no entity is expanded or fetched), and parts and pages are
read up to a size limit whatever the zip's directory claims.
"""

from __future__ import annotations

import bisect
import io
import posixpath
import zipfile
from dataclasses import dataclass, field
from xml.etree import ElementTree
from xml.parsers import expat

from respgraph.pdf_tables import SERIAL_LABEL, aligned_rows, cell_text, has_division_header, header_at, joined_rows
from respgraph.pdf_text import PAGE_NUMBER_LINE

__all__ = ["OfdError", "OfdPage", "page_layout", "parse_xml", "read_ofd"]

_MAX_PART = 32 << 20  # bytes of one XML part (a real page is at most a few MB)
_MAX_TOTAL = 256 << 20  # bytes of all parts read
_MAX_PAGES = 5000
_MAX_GLYPHS = 2_000_000


class OfdError(Exception):
    """The bytes are not an OFD this reader can read (the reason says why)."""


@dataclass
class OfdPage:
    glyphs: list[dict] = field(default_factory=list)  # pdfplumber-like chars, page coordinates
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)  # x0, y0, x1, y1
    images: int = 0
    missing: bool = False  # listed in Document.xml, not in the package
    unmapped: int = 0  # glyphs whose code is no character (U+FFFD, private use): dropped


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(el, name: str):
    return (c for c in el if _local(c.tag) == name)


def _child(el, name: str):
    return next(_children(el, name), None)


def _floats(s: str | None) -> list[float]:
    try:
        return [float(v) for v in (s or "").split()]
    except ValueError:
        return []


def _number(s: str | None, default: float) -> float:
    values = _floats(s)
    return values[0] if values else default


def _deltas(s: str | None, n: int = 1 << 20) -> list[float]:
    """A DeltaX/DeltaY list with its ``g N v`` runs written out, up to ``n`` values (the
    glyphs there are: a run of a billion would otherwise fill the memory)."""
    out: list[float] = []
    toks = (s or "").split()
    i = 0
    try:
        while i < len(toks) and len(out) < n:
            if toks[i] == "g" and i + 2 < len(toks):
                out.extend([float(toks[i + 2])] * max(0, min(int(toks[i + 1]), n - len(out))))
                i += 3
            else:
                out.append(float(toks[i]))
                i += 1
    except ValueError:
        pass  # a damaged list: the glyphs it does not place fall back to the font size
    return out


class _Package:
    """The zip, its parts read with limits and parsed safely."""

    def __init__(self, data: bytes):
        try:
            self.zf = zipfile.ZipFile(io.BytesIO(data))
            self.names = {n.replace("\\", "/").lstrip("/"): n for n in self.zf.namelist()}
        except (zipfile.BadZipFile, ValueError, OSError) as exc:
            raise OfdError(f"not a valid OFD (not a zip file: {str(exc)[:60]})") from None
        self.total = 0

    def find(self, loc: str, base: str = "") -> str | None:
        """A part named ``loc`` relative to the folder ``base`` (writers give paths relative to
        the document, to the package root, or absolute; on Windows in any case)."""
        loc = loc.strip().replace("\\", "/")
        tries = [loc.lstrip("/")] if loc.startswith("/") else [posixpath.normpath(posixpath.join(base, loc)), loc]
        for name in tries:
            if name in self.names:
                return name
        lower = {n.lower(): n for n in self.names}
        return next((lower[n.lower()] for n in tries if n.lower() in lower), None)

    def xml(self, name: str):
        info = self.zf.getinfo(self.names[name])
        if info.flag_bits & 0x1:
            raise OfdError("encrypted OFD (the zip is password-protected)")
        try:
            with self.zf.open(info) as f:
                raw = f.read(_MAX_PART + 1)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
            raise OfdError(f"damaged OFD ({name}: {type(exc).__name__})") from None
        if len(raw) > _MAX_PART:
            raise OfdError(f"{name} is larger than {_MAX_PART >> 20} MB: not read")
        self.total += len(raw)
        if self.total > _MAX_TOTAL:
            raise OfdError(f"OFD unpacks to more than {_MAX_TOTAL >> 20} MB: not read")
        return parse_xml(raw, name, "OFD")


class _Prolog(Exception):
    """Raised by the prolog scan: ``dtd`` says whether a DTD came before the root element."""

    def __init__(self, dtd: bool) -> None:
        self.dtd = dtd


def _declares_dtd(raw: bytes) -> bool:
    """Whether the prolog of ``raw`` declares a DTD, in whatever encoding it is written (a UTF-16
    part hides ``<!DOCTYPE`` from a byte search): expat reads up to the root element only."""

    def stop(dtd: bool):
        def handler(*_args):
            raise _Prolog(dtd)

        return handler

    scan = expat.ParserCreate()
    scan.StartDoctypeDeclHandler = stop(True)
    scan.StartElementHandler = stop(False)
    try:
        scan.Parse(raw, True)
    except _Prolog as p:
        return p.dtd
    except (expat.ExpatError, ValueError):
        return False  # damaged, or an encoding expat lacks: the parse below says so
    return False


def parse_xml(raw: bytes, name: str, kind: str):
    """``raw`` parsed with the standard library, as defusedxml would allow: a part that
    declares a DTD or an entity is refused (no entity is expanded, none fetched).
    ``name``, ``kind``: the part and the format, for the reason of an :class:`OfdError`."""
    if b"<!DOCTYPE" in raw or b"<!ENTITY" in raw or _declares_dtd(raw):
        raise OfdError(f"{name} declares a DTD or entities (not allowed in {kind}): not read")
    try:
        return ElementTree.fromstring(raw)
    except (ElementTree.ParseError, ValueError) as exc:  # (ValueError: an encoding expat lacks)
        raise OfdError(f"damaged {kind} ({name}: {exc})") from None


def read_ofd(data: bytes) -> list[OfdPage]:
    """The pages of every document of an OFD package, in order."""
    pkg = _Package(data)
    if "OFD.xml" not in pkg.names:
        raise OfdError("not a valid OFD (zip without OFD.xml)")
    root = pkg.xml("OFD.xml")
    if any(n.lower().startswith("encrypt") or "/encrypt" in n.lower() for n in pkg.names) or any(
        _local(e.tag).startswith("Encrypt") for e in root.iter()
    ):
        raise OfdError("encrypted OFD")
    pages: list[OfdPage] = []
    for body in _children(root, "DocBody"):
        doc_root = _child(body, "DocRoot")
        name = pkg.find(doc_root.text or "") if doc_root is not None else None
        if name is None:
            raise OfdError("damaged OFD (its DocRoot names no Document.xml in the package)")
        base = posixpath.dirname(name)
        document = pkg.xml(name)
        listed = _child(document, "Pages")
        for page in _children(listed, "Page") if listed is not None else ():
            if len(pages) >= _MAX_PAGES:
                raise OfdError(f"more than {_MAX_PAGES} pages: not read")
            part = pkg.find(page.get("BaseLoc", ""), base)
            pages.append(_page(pkg.xml(part)) if part else OfdPage(missing=True))
    if not pages:
        raise OfdError("OFD lists no pages")
    return pages


def _page(root) -> OfdPage:
    out = OfdPage()
    content = _child(root, "Content")
    for layer in _children(content, "Layer") if content is not None else ():
        _objects(layer, out)
        if len(out.glyphs) > _MAX_GLYPHS:
            raise OfdError(f"a page of more than {_MAX_GLYPHS:,} glyphs: not read")
    return out


def _objects(block, out: OfdPage) -> None:
    """The objects of a layer or a PageBlock (which nests more of them)."""
    for obj in block:
        kind = _local(obj.tag)
        if kind == "TextObject":
            _text_object(obj, out)
        elif kind == "PathObject":
            _path_object(obj, out.rules)
        elif kind == "ImageObject":
            out.images += 1
        elif kind == "PageBlock":
            _objects(obj, out)


class _Place:
    """An object's coordinates to the page's: through the CTM, then by the Boundary's origin."""

    __slots__ = ("a", "b", "c", "d", "e", "f", "scale")

    def __init__(self, obj):
        box = _floats(obj.get("Boundary"))
        ctm = _floats(obj.get("CTM"))
        a, b, c, d, e, f = ctm if len(ctm) == 6 else (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        bx, by = (box[0], box[1]) if len(box) >= 2 else (0.0, 0.0)
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e + bx, f + by
        self.scale = abs(a * d - b * c) ** 0.5 or 1.0

    def __call__(self, x: float, y: float) -> tuple[float, float]:
        return self.a * x + self.c * y + self.e, self.b * x + self.d * y + self.f


def _wide(ch: str) -> bool:
    return ord(ch) >= 0x2E80 or ch in "“”‘’…—"


def _unmapped(ch: str) -> bool:
    # a writer that kept an embedded font's glyph codes instead of text: U+FFFD or private use
    return ch == "\ufffd" or "\ue000" <= ch <= "\uf8ff"


def _text_object(obj, out: OfdPage) -> None:
    place = _Place(obj)
    size = _number(obj.get("Size"), 0.0) or 3.5
    x = y = 0.0
    for code in _children(obj, "TextCode"):
        text = code.text or ""
        # a TextCode without X or Y goes on where the one before it ended
        x, y = _number(code.get("X"), x), _number(code.get("Y"), y)
        dx, dy = _deltas(code.get("DeltaX"), len(text)), _deltas(code.get("DeltaY"), len(text))
        for i, ch in enumerate(text):
            adv = size * (1.0 if _wide(ch) else 0.5)
            px, py = place(x, y)
            h = size * place.scale
            w = adv * place.scale
            if _unmapped(ch):
                out.unmapped += 1
            elif not ch.isspace():
                out.glyphs.append({"text": ch, "x0": px, "x1": px + w, "top": py - h * 0.88, "bottom": py + h * 0.12, "size": h, "y": py})
            x += dx[i] if i < len(dx) else (0.0 if dy else adv)
            y += dy[i] if i < len(dy) else 0.0


# Path commands with the number of coordinates each takes (GB/T 33190 9.3.2).
_PATH_ARGS = {"S": 2, "M": 2, "L": 2, "Q": 4, "B": 6, "A": 7, "C": 0}
_RULE_THIN = 0.8  # mm: a segment within this of level (or upright) is a rule


def _path_object(obj, rules: list[tuple[float, float, float, float]]) -> None:
    """The straight horizontal and vertical segments of a path: the rules of a table (a thin
    filled rectangle gives two close parallel rules, merged later)."""
    data = _child(obj, "AbbreviatedData")
    toks = (data.text or "").split() if data is not None else []
    place = _Place(obj)
    start = cur = None
    i = 0
    while i < len(toks):
        op = toks[i]
        n = _PATH_ARGS.get(op)
        if n is None:
            i += 1
            continue
        nums = _floats(" ".join(toks[i + 1 : i + 1 + n]))
        i += 1 + n
        if len(nums) != n:
            break
        if op in ("S", "M"):
            start = cur = place(*nums)
            continue
        end = place(*nums[-2:]) if n else start
        if op in ("L", "C") and cur is not None and end is not None:
            (x0, y0), (x1, y1) = cur, end
            if (abs(y1 - y0) <= _RULE_THIN < abs(x1 - x0)) or (abs(x1 - x0) <= _RULE_THIN < abs(y1 - y0)):
                rules.append((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
        cur = end
    if not toks:
        # no path data: a Boundary drawn as a rule (some writers give table borders so)
        box = _floats(obj.get("Boundary"))
        if len(box) == 4 and (box[2] <= _RULE_THIN < box[3] or box[3] <= _RULE_THIN < box[2]):
            rules.append((box[0], box[1], box[0] + box[2], box[1] + box[3]))


# --------------------------------------------------------------------------- layout


def text_lines(glyphs: list[dict]) -> list[dict]:
    """Glyphs into lines, top to bottom, each as :func:`respgraph.pdf_text.lines_text` takes
    them: glyphs on one baseline (within a third of their size) left to right, a blank where
    a gap wider than half a glyph stands between two; the runs between blanks are the
    line's ``words`` ([text, x0, x1])."""
    rows: list[list[dict]] = []
    for g in sorted(glyphs, key=lambda g: (g["y"], g["x0"])):
        if rows and abs(g["y"] - rows[-1][0]["y"]) <= g["size"] / 3:
            rows[-1].append(g)
        else:
            rows.append([g])
    out = []
    for row in rows:
        row.sort(key=lambda g: g["x0"])
        text, prev, words = "", None, []
        for g in row:
            if prev is not None:
                if g["text"] == prev["text"] and abs(g["x0"] - prev["x0"]) < 0.2:
                    continue  # fake bold: the glyph drawn twice
                if g["x0"] - prev["x1"] > 0.5 * prev["size"]:
                    text += " "
            if prev is None or text.endswith(" "):
                words.append([g["text"], g["x0"], g["x1"]])
            else:
                words[-1][0] += g["text"]
                words[-1][2] = max(words[-1][2], g["x1"])
            text += g["text"]
            prev = g
        out.append({
            "text": text, "x0": row[0]["x0"], "x1": max(g["x1"] for g in row), "top": min(g["top"] for g in row),
            "bottom": max(g["bottom"] for g in row), "chars": row, "words": words,
        })
    return out


_TOL = 1.0  # mm: rules this close are one
_MAX_CELLS = 20_000


def _cluster(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= _TOL:
            continue
        out.append(v)
    return out


@dataclass
class _Grid:
    xs: list[float]
    ys: list[float]
    rules: list[tuple[float, float, float, float]]

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]

    def ruled(self, x0: float, y0: float, x1: float, y1: float) -> bool:
        """Whether a rule covers the segment (a cell's side)."""
        mx, my = (x0 + x1) / 2, (y0 + y1) / 2
        if y0 == y1:
            return any(abs(r[1] - y0) <= _TOL and r[3] - r[1] <= _RULE_THIN and r[0] - _TOL <= mx <= r[2] + _TOL for r in self.rules)
        return any(abs(r[0] - x0) <= _TOL and r[2] - r[0] <= _RULE_THIN and r[1] - _TOL <= my <= r[3] + _TOL for r in self.rules)


def _grids(rules: list[tuple[float, float, float, float]]) -> list[_Grid]:
    """Tables: sets of rules that cross or touch one another, with at least two rows and two
    columns, or one row of three (a box around a 专栏, the red line under a 红头 are none)."""
    n = len(rules)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    horiz = [i for i, r in enumerate(rules) if r[3] - r[1] <= _RULE_THIN]
    vert = [i for i, r in enumerate(rules) if r[3] - r[1] > _RULE_THIN]
    if len(horiz) * len(vert) > 1_000_000:
        return []  # a drawing, not a table
    for h in horiz:
        hx0, hy, hx1, _ = rules[h]
        for v in vert:
            vx, vy0, _, vy1 = rules[v]
            if hx0 - _TOL <= vx <= hx1 + _TOL and vy0 - _TOL <= hy <= vy1 + _TOL:
                parent[find(h)] = find(v)
    groups: dict[int, list[int]] = {}
    for i in horiz + vert:
        groups.setdefault(find(i), []).append(i)
    out = []
    for members in groups.values():
        rs = [rules[i] for i in members]
        hs = [r for r in rs if r[3] - r[1] <= _RULE_THIN]
        vs = [r for r in rs if r[3] - r[1] > _RULE_THIN]
        # a table without outer side rules (or top and bottom ones) still ends where its rules do
        xs = _cluster([r[0] for r in vs] + [min(r[0] for r in hs), max(r[2] for r in hs)]) if hs and vs else []
        ys = _cluster([r[1] for r in hs] + [min(r[1] for r in vs), max(r[3] for r in vs)]) if hs and vs else []
        # one row is a table too when it has three columns or more: the last row of a table
        # that ran onto the next page
        # (a grid of thousands of cells is a drawing, a chart or a form, not a task list)
        if len(ys) >= 2 and len(xs) >= 3 and (len(ys) >= 3 or len(xs) >= 4) and len(xs) * len(ys) <= _MAX_CELLS:
            out.append(_Grid(xs, ys, rs))
    return sorted(out, key=lambda g: g.ys[0])


def _grid_rows(grid: _Grid, chars: list[tuple[float, float, dict]]) -> list[list[str]]:
    """The table's rows: grid cells not parted by a rule are one merged cell; a cell merged
    down repeats its text on each row (as in .docx), one merged across is kept once."""
    xs, ys = grid.xs, grid.ys
    nr, nc = len(ys) - 1, len(xs) - 1
    owner = [[(r, c) for c in range(nc)] for r in range(nr)]
    for r in range(nr):
        for c in range(nc):
            if c and not grid.ruled(xs[c], ys[r], xs[c], ys[r + 1]):
                owner[r][c] = owner[r][c - 1]  # no rule on its left: one cell with its left neighbour
            elif r and not grid.ruled(xs[c], ys[r], xs[c + 1], ys[r]) and owner[r - 1][c][1] == c:
                owner[r][c] = owner[r - 1][c]  # no rule above: one cell with the cell above
    extent: dict[tuple[int, int], list[int]] = {}
    for r in range(nr):
        for c in range(nc):
            e = extent.setdefault(owner[r][c], [r, c, r, c])
            e[2], e[3] = max(e[2], r), max(e[3], c)
    texts = {o: cell_text(chars, (xs[e[1]], ys[e[0]], xs[e[3] + 1], ys[e[2] + 1])) for o, e in extent.items()}
    rows = []
    for r in range(nr):
        rows.append([texts[owner[r][c]] if c == owner[r][c][1] else "" for c in range(nc)])
    return [row for row in rows if any(cell.strip() for cell in row)]


def _aligned(lines: list[dict], edges: list[float] | None = None) -> tuple[int, int, list[list[str]], list[float]] | None:
    """A division table without rules among a page's ``lines``: a header line of labels
    (序号 first), each column starting in the blank left of its label that no word below
    crosses, and the lines under it down to one set across the columns (prose, a page
    number); or, given the column ``edges`` of a table the page before ended in, the lines
    that go on in those columns at the top of the page. Returns (first line, line after the
    table, rows, edges) or None. The lines go together into rows as a borderless PDF
    table's do (by the 序号 column, or by the wider gaps of padded rows:
    respgraph/pdf_tables/aligned.py)."""
    head: list[list[str]] = []
    if edges is None:
        k = next((k for k, ln in enumerate(lines) if _is_header([w[0] for w in ln["words"]])), None)
        if k is None:
            return None
        labels = lines[k]["words"]
        starts = [lab[1] for lab in labels[1:]]
        end = _table_end(lines, k + 1, starts)
        edges = _label_edges(labels, lines[k + 1 : end])
        if edges is None:
            return None
        head, start = [[w[0] for w in labels]], k + 1
    else:
        k = start = 0
        end = _table_end(lines, 0, edges)
    cells = []
    for ln in lines[start:end]:
        row = [""] * (len(edges) + 1)
        for text, x0, x1 in ln["words"]:
            c = bisect.bisect(edges, (x0 + x1) / 2)
            row[c] += (" " if row[c] else "") + text
        cells.append(((ln["x0"], ln["top"], ln["x1"], ln["bottom"]), row))
    rows = joined_rows(aligned_rows(cells)) if cells else []
    return (k, end, head + rows, edges) if rows else None


def _is_header(texts: list[str]) -> bool:
    return len(texts) >= 3 and bool(SERIAL_LABEL.match(texts[0])) and header_at(texts, 0)[0] == texts


def _table_end(lines: list[dict], start: int, xs: list[float]) -> int:
    """The first line from ``start`` on that is no table row: a page number, or a line with a
    word across one of ``xs`` (the labels' starts, or the columns' edges)."""
    end = start
    while end < len(lines) and not PAGE_NUMBER_LINE.match(lines[end]["text"].strip()) and not any(
        w[1] < x - _TOL and w[2] > x + _TOL for w in lines[end]["words"] for x in xs
    ):
        end += 1
    return end


def _label_edges(labels: list[list], body: list[dict]) -> list[float] | None:
    """Where each column after the first starts: in the blank left of its label that no word
    of the table crosses; None when there is none (labels set without blanks between)."""
    edges = []
    for prev, label in zip(labels, labels[1:]):
        x = label[1] - 0.2
        while x > prev[2] and any(w[1] < x < w[2] for ln in body for w in ln["words"]):
            x -= 0.25  # a word lies across: the column starts further left
        if x <= prev[2]:
            return None
        edges.append(x)
    return edges


def page_layout(page: OfdPage, edges: list[float] | None = None) -> tuple[list[tuple[str, object]], list[float] | None]:
    """A page as segments in reading order: ``("lines", lines)`` of prose (for
    :func:`respgraph.pdf_text.lines_text`) and ``("table", rows)`` of each table, ruled or
    aligned under a header of labels; and the column edges of an aligned table the page ends
    in (to give the next page, where it goes on without its header). ``edges``: those of
    the page before."""
    grids = _grids(page.rules)
    if not grids:
        lines = text_lines(page.glyphs)
        found = _aligned(lines, edges) if edges else None
        if found is None and has_division_header("\n".join(ln["text"] for ln in lines)):
            found = _aligned(lines)
        if found is None:
            return ([("lines", lines)] if lines else []), None
        k, end, rows, edges = found
        segs: list[tuple[str, object]] = [("lines", lines[:k])] if k else []
        segs.append(("table", rows))
        rest = lines[end:]
        ends_page = all(PAGE_NUMBER_LINE.match(ln["text"].strip()) for ln in rest)
        return segs + ([("lines", rest)] if rest else []), edges if ends_page else None
    segs: list[tuple[str, object]] = []
    rest = page.glyphs
    for grid in grids:
        x0, y0, x1, y1 = grid.bbox
        inside, above, below = [], [], []
        for g in rest:
            cx, cy = (g["x0"] + g["x1"]) / 2, (g["top"] + g["bottom"]) / 2
            if x0 <= cx <= x1 and y0 <= cy <= y1:
                inside.append((cx, cy, g))
            elif cy < y0:
                above.append(g)
            else:
                below.append(g)
        if above:
            segs.append(("lines", text_lines(above)))
        rows = _grid_rows(grid, inside)
        if rows:
            segs.append(("table", rows))
        rest = below
    if rest:
        segs.append(("lines", text_lines(rest)))
    return segs, None
