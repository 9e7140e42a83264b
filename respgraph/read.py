"""Read a plan file (txt/docx/doc/pdf/ofd/html/mht/xlsx/xls) into a cleaned :class:`~respgraph.records.Document`.

>>> from respgraph.read import read_document
>>> doc = read_document("data/plans/yushui-2022-pollution-battle.txt")  # doctest: +SKIP
>>> doc.format, doc.encoding, doc.text[:9]  # doctest: +SKIP
('txt', 'utf-8', '渝党发〔2022〕9号')

Every library error on a bad file becomes a :class:`ReadError` with a short reason, so the
CLI can print one line per bad file and carry on.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from respgraph.clean import clean, map_span_to_clean
from respgraph.doc_binary import OLE_MAGIC, DocError, is_ole, ole_kind, read_doc
from respgraph.docx_numbering import Numbering
from respgraph.docx_text import BodyWalker, nested_row, unwrap_rows, W as _W
from respgraph.grammar.units import _STRONG_END, _UNIT_START
from respgraph.pdf_tables import has_division_header, plumber_segments, text_segments
from respgraph.ofd import OfdError, OfdPage, page_layout, parse_xml, read_ofd
from respgraph.pdf_text import PageText, body_margins, joins, lines_text, read_pages, repair_quotes, strip_running
from respgraph.records import Cell, Document, Span, Table

_W_P, _W_TBL = _W + "p", _W + "tbl"

__all__ = ["ReadError", "read_document", "decode_text"]


class ReadError(Exception):
    """A file that cannot be read as a plan; ``str(err)`` is the short reason."""

    def __init__(self, path: str | Path, reason: str):
        super().__init__(reason)
        self.path = str(path)
        self.reason = reason

    def __str__(self) -> str:
        return self.reason


# --------------------------------------------------------------------------- text decoding

_MAGIC = {
    b"%PDF": "PDF",
    b"PK\x03\x04": "zip archive",
    b"\xd0\xcf\x11\xe0": "old MS Office (.doc/.xls) file",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"\x1f\x8b": "gzip archive",
    b"Rar!": "RAR archive",
    b"7z\xbc\xaf": "7z archive",
    b"{\\rtf": "RTF file",
}
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
_CONTROL_STR = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")


@lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
    """The most frequent Chinese characters: GB2312 level 1 plus Big5 level 1 (~9,000).

    A right decode of a Chinese plan is almost all such characters; a wrong one (Big5 bytes
    read as GB18030 or the reverse) scatters into rare characters, kana, bopomofo, box drawing.
    """
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):  # GB2312 level 1
        chars.update(bytes([lead, t]).decode("gb2312", "ignore") for t in range(0xA1, 0xFF))
    for lead in range(0xA4, 0xC7):  # Big5 level 1 (A440-C67E)
        for t in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]:
            chars.add(bytes([lead, t]).decode("big5", "ignore"))
    chars.discard("")
    # CJK and full-width punctuation plus typographic quotes/dashes used in plans.
    chars.update(chr(c) for c in range(0x3000, 0x3040))
    chars.update(chr(c) for c in range(0xFF01, 0xFF66))
    chars.update("“”‘’…—–·•●■□◆★☆№Ⅰ Ⅱ Ⅲ Ⅳ Ⅴ Ⅵ ①②③④⑤⑥⑦⑧⑨⑩μ×÷±≤≥℃㎡％".replace(" ", ""))
    return frozenset(chars)


@lru_cache(maxsize=1)
def _uncommon_re() -> re.Pattern[str]:
    """A non-ASCII character that is none of ``_common_chars()`` (a class of ~7,000: compiled
    once, 8 ms)."""
    return re.compile("[^\\x00-\\x7f" + "".join(sorted(map(re.escape, _common_chars()))) + "]")


def plausibility(text: str) -> float:
    """Share of non-ASCII characters that are common Chinese characters or punctuation.

    Counted in C: the non-ASCII characters are those an ASCII encoding drops, the uncommon ones
    those the class finds (20x faster than a loop over the characters in Python).

    >>> plausibility("深入打好污染防治攻坚战。")
    1.0
    """
    sample = text[:50000]
    non_ascii = len(sample) - len(sample.encode("ascii", "ignore"))
    if not non_ascii:
        return 1.0
    return (non_ascii - len(_uncommon_re().findall(sample))) / non_ascii


_PLAUSIBLE = 0.9


def _decode_cut(data: bytes, codec: str, notes: list[str] | None) -> str:
    """Strict decode; a file cut off inside its last character (an interrupted download or
    copy) keeps everything before that character and says so in ``notes``."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        # Only an incomplete sequence in the last 3 bytes (GB18030/UTF-8 characters are at most
        # 4 bytes) counts as truncation; any other bad byte means a wrong codec.
        if exc.start < len(data) - 3 or exc.end != len(data):
            raise
        text = data[: exc.start].decode(codec)
        if notes is not None:
            notes.append(f"file ends inside a character ({len(data) - exc.start} stray bytes dropped; truncated?)")
        return text


def decode_text(data: bytes, path: str | Path = "<bytes>", notes: list[str] | None = None) -> tuple[str, str]:
    """Decode plan bytes; return ``(text, encoding)`` or raise :class:`ReadError`.

    Strict UTF-8 first (BOM -> ``utf-8-sig``), then GB18030, Big5 and charset-normalizer's
    guess, each decoded strictly and kept only if the result is plausible Chinese text. Never
    returns a decode with replacement characters. A file cut inside its last character is
    read up to that character (with a line in ``notes``), not rejected.

    >>> decode_text("污染防治".encode("gb18030"))
    ('污染防治', 'gb18030')
    >>> decode_text("污染防治".encode("utf-8")[:-1])
    ('污染防', 'utf-8')
    """
    if not data.strip():
        raise ReadError(path, "empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return _decode_cut(data[3:], "utf-8", notes), "utf-8-sig"
        except UnicodeDecodeError:
            pass
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise ReadError(path, "could not decode text (UTF-16 byte-order mark, invalid UTF-16)") from None
    head = data[:8192]
    for magic, what in _MAGIC.items():
        if head.startswith(magic):
            raise ReadError(path, f"binary file, not a plan document ({what})")
    if b"\x00" in head:
        # UTF-16 without BOM has NULs in every other byte; anything else with NULs is binary.
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if "\x00" not in text and plausibility(text) >= _PLAUSIBLE:
                return text, enc
        raise ReadError(path, "binary file, not a plan document")
    if len(_CONTROL.findall(head)) > max(2, len(head) // 100):
        raise ReadError(path, "binary file, not a plan document")
    try:
        return _decode_cut(data, "utf-8", notes), "utf-8"
    except UnicodeDecodeError:
        pass

    tried = ["utf-8"]
    best: tuple[float, str, str, list[str]] | None = None
    for enc in _candidates(data):
        if enc in tried:
            continue
        tried.append(enc)
        cut: list[str] = []
        try:
            text = _decode_cut(data, _CODEC.get(enc, enc), cut)
        except (UnicodeDecodeError, LookupError):
            continue
        # Strict decoding never invents U+FFFD; a few can be in the source (GB18030 encodes
        # it), many mean the bytes were already damaged.
        if text.count("\ufffd") > len(text) // 1000 or _CONTROL_STR.search(text, 0, 8192):
            continue
        score = plausibility(text)
        if best is None or score > best[0]:
            best = (score, text, enc, cut)
        if score >= 0.98:  # clearly right; no need to try the others
            break
    if best is None or best[0] < _PLAUSIBLE:
        raise ReadError(path, f"could not decode text (tried {', '.join(tried)})")
    if notes is not None:
        notes.extend(best[3])
    return best[1], best[2]


# GBK and GB2312 are subsets of GB18030, so GB18030 decodes them all; Big5 is tried as
# Big5-HKSCS's base and then CP950 (Microsoft's Big5 with a few extra characters).
_CODEC = {"big5": "big5", "cp950": "cp950"}
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "big5hkscs": "big5"}


def _candidates(data: bytes) -> Iterator[str]:
    """GB18030, Big5, CP950, then charset-normalizer's guess. A generator: the guess (about a
    third of the decode time of a GB18030 plan) is only computed when no fixed codec fits."""
    out = ["gb18030", "big5", "cp950"]
    yield from out
    try:
        from charset_normalizer import from_bytes

        guess = from_bytes(data[:65536]).best()
        if guess is not None:
            enc = _ALIASES.get(guess.encoding.lower().replace("_", ""), guess.encoding.lower())
            if enc not in out:
                yield enc
    except Exception:  # detection is only a hint; the fixed candidates still run
        pass


# --------------------------------------------------------------------------- text builder


@dataclass(slots=True)
class _RawTable:
    cells: list[list[tuple[int, int]]]  # raw (start, end) of each cell, per row
    header_row: int  # index of the header row in ``cells``


@dataclass(slots=True)
class _Builder:
    """Accumulates extracted text; tables are rendered one row per line, cells tab-separated."""

    parts: list[str] = field(default_factory=list)
    pos: int = 0
    tables: list[_RawTable] = field(default_factory=list)
    line: list[str] = field(default_factory=list)  # pending inline text (HTML)

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
                self.paragraph(s)

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
                text = _cell_text(cell)
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
_NAME_GAP = re.compile(f"(?<=[{''.join(sorted(_STRONG_END))}])[ \u3000\xa0]+(?=[{''.join(sorted(_UNIT_START))}])")


def _cell_text(s: str) -> str:
    # A cell's own paragraphs are joined by two spaces: one line per row must hold, and two
    # spaces survive the OCR-space clean-up, so 市生态环境局 / 市水利局 do not run together;
    # so do the units of a line set apart by one blank.
    lines = [_NAME_GAP.sub("  ", ln.strip()) for ln in re.split(r"[\r\n\t\v\f]+", s)]
    return "  ".join(ln for ln in lines if ln)


def _finish_tables(raw: _Builder, offsets: list[int], text: str) -> list[Table]:
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


# --------------------------------------------------------------------------- formats


def _extract_docx(data: bytes, path: Path) -> tuple[_Builder, list[str]]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = set(zf.namelist())
    except zipfile.BadZipFile:
        raise ReadError(path, "not a valid .docx (not a zip file)") from None
    if "word/document.xml" not in names:
        raise ReadError(path, "not a valid .docx (zip without word/document.xml)")
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        numbering = _docx_numbering(document)
        out, walker = _docx_body(document, numbering, skip_toc=True)
        unended_toc = walker.in_toc
        if unended_toc:
            # a table of contents whose field never ends (a damaged file) would hide the rest
            numbering = _docx_numbering(document)
            out, walker = _docx_body(document, numbering, skip_toc=False)
    except ReadError:
        raise
    except Exception as exc:  # python-docx/lxml raise many types on a damaged file
        raise ReadError(path, f"not a valid .docx ({type(exc).__name__}: {str(exc)[:80]})") from None
    warnings = []
    if numbering.unresolved:
        warnings.append(
            f"{numbering.unresolved} paragraphs use Word automatic numbering that numbering.xml does not define;"
            " their numbers are not in the text"
        )
    if unended_toc:
        warnings.append("a table of contents never ends (a damaged field): read with its entries")
    return out, warnings


def _docx_body(document, numbering: Numbering, skip_toc: bool) -> tuple[_Builder, BodyWalker]:
    """The body of a python-docx ``document`` in order: paragraphs and tables."""
    out = _Builder()
    walker = BodyWalker(skip_toc=skip_toc)
    for block in walker.blocks(document.element.body):
        if block.tag == _W_TBL:
            out.table(_docx_rows(_docx_table(block), numbering, walker))
            continue
        for label, text in _docx_paragraphs(block, numbering, walker):
            out.paragraph(label + text)
    return out, walker


def _extract_doc(data: bytes, path: Path) -> tuple[_Builder, list[str]]:
    """A Word 97–2003 .doc (or a .wps saved in that format): see respgraph/doc_binary.py."""
    kind = ".wps" if path.suffix.lower() == ".wps" else ".doc"
    if not is_ole(data):
        # (a WPS file from before WPS 2005 is not a Word-format file either)
        raise ReadError(path, f"not a valid {kind} (not an OLE compound file; save it as .docx)")
    try:
        content = read_doc(data)
    except DocError as exc:
        raise ReadError(path, f"not a readable {kind} ({exc})") from None
    out = _Builder()
    for block in content.blocks:
        if isinstance(block, str):
            out.paragraph(block)
        else:
            out.table(block)
    warnings = []
    if content.unresolved_numbers:
        warnings.append(
            f"{content.unresolved_numbers} paragraphs use Word automatic numbering that the .doc's list tables"
            " do not define; their numbers are not in the text"
        )
    return out, warnings


def _docx_numbering(document) -> Numbering:
    """Word's list definitions of ``document`` (python-docx ``Document``); none when it has none."""
    try:
        numbering = document.part.numbering_part.element
    except Exception:  # no numbering part (python-docx cannot create one: NotImplementedError)
        numbering = None
    try:
        styles = document.styles.element
    except Exception:
        styles = None
    return Numbering(numbering, styles)


def _docx_paragraphs(p, numbering: Numbering, walker: BodyWalker) -> Iterator[tuple[str, str]]:
    """(label, text) of paragraph ``p`` and of the text boxes anchored in it; nothing for a
    paragraph of a table of contents (text after the contents' end in it is kept)."""
    text, toc = walker.paragraph(p)
    boxes, walker.boxes = walker.boxes, []
    if not toc or text.strip():
        # Word's automatic number (一、 （三） 1.) is drawn, not stored: render it into
        # the text, where a typed number would stand.
        yield numbering.label(p), text
    for box in boxes:
        if box.tag == _W_P:
            yield from _docx_paragraphs(box, numbering, walker)


def _docx_table(tbl):
    from docx.table import Table

    unwrap_rows(tbl)
    return Table(tbl, None)


def _docx_cell_text(tc, numbering: Numbering, walker: BodyWalker) -> str:
    # The cell's paragraphs one per line, with their list numbers (an auto-numbered 序号
    # column holds nothing else); a table nested in the cell, row by row, its cells apart.
    lines = []
    for block in walker.blocks(tc):
        if block.tag == _W_TBL:
            lines.extend(nested_row(row) for row in _docx_rows(_docx_table(block), numbering, walker))
        else:
            lines.extend(label + text for label, text in _docx_paragraphs(block, numbering, walker))
    return "\n".join(lines)


def _docx_rows(table, numbering: Numbering | None = None, walker: BodyWalker | None = None) -> list[list[str]]:
    numbering = numbering or Numbering(None, None)
    walker = walker or BodyWalker()
    rows = []
    for row in table.rows:
        cells: list[str] = [""] * getattr(row, "grid_cols_before", 0)
        prev = None
        for c in row.cells:
            # A horizontally merged cell is repeated once per grid column: keep its text once
            # (the rest empty) so columns stay aligned with the header without duplicating text.
            # A vertically merged cell repeats down the rows: that text belongs to each row.
            # (Numbering.label counts a repeated paragraph once.)
            cells.append("" if c._tc is prev else _docx_cell_text(c._tc, numbering, walker))
            prev = c._tc
        cells.extend([""] * getattr(row, "grid_cols_after", 0))
        rows.append(cells)
    return rows


def _xlsx_value(v) -> str:
    """A cell's value as a plan writes it: 1 not 1.0, a date as 2024年12月31日."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if hasattr(v, "year") and hasattr(v, "month") and hasattr(v, "day"):
        return f"{v.year}年{v.month}月{v.day}日"
    return str(v)


_XLSX_MAX_CELLS = 2_000_000


def _too_large(path: Path, title: str, rows: int, cols: int) -> None:
    if rows * cols > _XLSX_MAX_CELLS:
        # one cell far out (XFD1048576) makes the grid billions of cells: no task list is
        raise ReadError(path, f"sheet {title!r} spans {rows:,} rows x {cols:,} columns: too large for a task list")


def _extract_xlsx(data: bytes, path: Path) -> _Builder:
    """A task-division list kept as a spreadsheet (重点任务分工表.xlsx): see :func:`_sheet`."""
    try:
        import openpyxl

        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # openpyxl raises many types on a damaged or foreign zip
        raise ReadError(path, f"not a valid .xlsx ({type(exc).__name__}: {str(exc)[:80]})") from None
    out = _Builder()
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        _too_large(path, ws.title, ws.max_row, ws.max_column)
        grid = [[_xlsx_value(v) for v in row] for row in ws.iter_rows(values_only=True)]
        merged = [(r.min_row - 1, r.max_row, r.min_col - 1, r.max_col) for r in ws.merged_cells.ranges]
        _sheet(out, grid, merged)
    return out


def _extract_xls(data: bytes, path: Path) -> _Builder:
    """The same list saved as Excel 97–2003 (.xls, BIFF8) or by WPS (.et, the same format):
    read with xlrd into the grid the .xlsx reader builds, so both read alike."""
    kind = ".et" if path.suffix.lower() == ".et" else ".xls"
    if not is_ole(data):
        raise ReadError(path, f"not a valid {kind} (cut or damaged OLE compound file)")
    try:
        import xlrd
    except ImportError:  # pragma: no cover - a runtime dependency
        raise ReadError(path, f"{kind} support needs xlrd") from None
    book = None
    # formatting_info gives the merged cells; a file whose formatting records xlrd cannot
    # parse is read again without them (values only) rather than refused
    for formatting in (True, False):
        try:
            book = xlrd.open_workbook(file_contents=data, formatting_info=formatting, logfile=io.StringIO())
            break
        except xlrd.XLRDError as exc:
            if "encrypt" in str(exc).lower():
                raise ReadError(path, f"encrypted {kind} (password-protected workbook)") from None
            reason = str(exc)
        except xlrd.compdoc.CompDocError as exc:
            reason = f"damaged OLE compound file: {exc}"
        except Exception as exc:  # xlrd raises struct.error, IndexError, ... on damaged records
            reason = f"damaged workbook: {type(exc).__name__}: {exc}"
    if book is None:
        raise ReadError(path, f"not a readable {kind} ({reason[:80]})")
    out = _Builder()
    for sh in book.sheets():
        if sh.visibility:  # hidden or very hidden
            continue
        _too_large(path, sh.name, sh.nrows, sh.ncols)
        grid = [[_xls_value(c, book.datemode) for c in sh.row(r)] for r in range(sh.nrows)]
        _sheet(out, grid, sh.merged_cells)
    return out


_SS = "{urn:schemas-microsoft-com:office:spreadsheet}"
_SS_MARK = b"urn:schemas-microsoft-com:office:spreadsheet"


def _extract_spreadsheetml(data: bytes, path: Path) -> _Builder:
    """An "XML Spreadsheet 2003" named .xls (what many web systems export as Excel): its
    worksheets' rows into the grid the other spreadsheet readers build. A row or cell may
    give its place (``ss:Index``, 1-based), a cell its merge (``ss:MergeAcross``/``MergeDown``)."""
    try:
        root = parse_xml(data, path.name, "XML spreadsheet")
    except OfdError as exc:
        raise ReadError(path, str(exc)) from None
    out = _Builder()
    for ws in root.iter(f"{_SS}Worksheet"):
        if any((v.text or "").strip() in ("SheetHidden", "SheetVeryHidden") for v in ws.iter() if v.tag.endswith("}Visible")):
            continue
        cells: dict[tuple[int, int], str] = {}
        merged = []
        r = -1
        for row in ws.iter(f"{_SS}Row"):
            r = _ss_index(row, r + 1)
            c = -1
            for cell in row.iter(f"{_SS}Cell"):
                c = _ss_index(cell, c + 1)
                data_el = cell.find(f"{_SS}Data")
                if data_el is not None:
                    cells[r, c] = _ss_value(data_el)
                across, down = _ss_int(cell, "MergeAcross"), _ss_int(cell, "MergeDown")
                if across or down:
                    merged.append((r, r + down + 1, c, c + across + 1))
                c += across
        if not cells:
            continue
        rows, cols = max(k[0] for k in cells) + 1, max(k[1] for k in cells) + 1
        _too_large(path, ws.get(f"{_SS}Name", ""), rows, cols)
        grid = [[cells.get((i, j), "") for j in range(cols)] for i in range(rows)]
        _sheet(out, grid, merged)
    return out


def _ss_int(el, name: str) -> int:
    try:
        return max(0, min(int(el.get(f"{_SS}{name}", "0")), 1_000_000))
    except ValueError:
        return 0


def _ss_index(el, default: int) -> int:
    """The 0-based place an ``ss:Index`` gives (1-based; never back), else ``default``."""
    return max(default, _ss_int(el, "Index") - 1)


def _ss_value(el) -> str:
    """A Data element's value as :func:`_xlsx_value` gives the same cell of an .xlsx."""
    import datetime

    text = "".join(el.itertext())
    kind = el.get(f"{_SS}Type", "String")
    try:
        if kind == "Number":
            return _xlsx_value(float(text))
        if kind == "DateTime":
            return _xlsx_value(datetime.datetime.fromisoformat(text.strip()[:19]))
        if kind == "Boolean":
            return _xlsx_value(text.strip() == "1")
    except ValueError:
        pass
    return text


def _xls_value(cell, datemode: int) -> str:
    """An xlrd cell as :func:`_xlsx_value` gives the same cell of an .xlsx (a date is a number
    with a date format in both: openpyxl turns it into a datetime, xlrd into a DATE cell)."""
    import xlrd

    v = cell.value
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            dt = xlrd.xldate_as_datetime(v, datemode)
            v = dt.time() if v < 1 else dt  # a time of day alone, as openpyxl reads it
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            pass
    elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
        v = bool(v)
    elif cell.ctype == xlrd.XL_CELL_ERROR:
        v = xlrd.error_text_from_code.get(v, "")
    elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        v = None
    return _xlsx_value(v)


def _sheet(out: _Builder, grid: list[list[str]], merged) -> None:
    """A sheet of a task-division list: its title rows (one value across the row: the merged
    title cell) become paragraphs, the rest one table.

    ``merged``: the merged ranges as (first row, row after, first column, column after),
    0-based. A merged cell's value belongs to every cell it covers: a 牵头单位 merged down
    three rows leads all three tasks (Excel stores it in the top-left cell only).
    """
    for r0, r1, c0, c1 in merged:
        top = grid[r0][c0] if r0 < len(grid) and c0 < len(grid[r0]) else ""
        for r in range(r0, min(r1, len(grid))):
            for c in range(c0, min(c1, len(grid[r]))):
                # across a row the value is kept once, so columns stay aligned without
                # repeating text; down the rows it is each row's (as in .docx tables)
                grid[r][c] = top if c == c0 else ""
    table: list[list[str]] = []
    for row in grid:
        filled = [c.strip() for c in row if c.strip()]
        if not filled:
            continue
        if len(filled) == 1 and not table:
            out.paragraph(filled[0])  # the sheet's title, a 附件 line, a date
        else:
            table.append(row)
    if table:
        width = max(len(r) for r in table)
        used = [k for k in range(width) if any(k < len(r) and r[k].strip() for r in table)]
        out.table([[r[k] if k < len(r) else "" for k in used] for r in table])


def _extract_pdf(data: bytes, path: Path) -> tuple[_Builder, list[str]]:
    import logging

    # pypdf logs what it repairs ("EOF marker not found"); with no logging configured Python
    # would print that bare on stderr, a line naming no file. The verdict is ours to give.
    logging.getLogger("pypdf").addHandler(logging.NullHandler())
    try:
        from pypdf import PdfReader
        from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError
    except ImportError:  # pragma: no cover - pypdf is a runtime dependency
        raise ReadError(path, "PDF support needs pypdf") from None
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except DependencyError:
                raise ReadError(path, "encrypted PDF (decrypting needs the cryptography package)") from None
            except Exception:
                ok = 0
            if not ok:
                raise ReadError(path, "encrypted PDF")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ReadError:
        raise
    except FileNotDecryptedError:
        raise ReadError(path, "encrypted PDF") from None
    except (PdfReadError, Exception) as exc:
        raise ReadError(path, f"not a valid PDF ({type(exc).__name__}: {str(exc)[:80]})") from None
    if not "".join(pages).strip():
        raise ReadError(path, "PDF has no text layer (scanned image?)")
    warnings = []
    # U+FFFD: glyphs a (damaged or missing) font encoding does not map to text. A few are
    # dropped with a note; when they are a fifth of the text, the text layer is unusable.
    unmapped = sum(p.count("\ufffd") for p in pages)
    if unmapped:
        if unmapped * 5 > sum(len(re.sub(r"\s", "", p)) for p in pages):
            raise ReadError(path, f"PDF text cannot be mapped to characters ({unmapped} unmapped glyphs; damaged font encoding?)")
        pages = [p.replace("\ufffd", "") for p in pages]
        warnings.append(f"{unmapped} glyphs of the PDF could not be mapped to characters and were dropped (damaged font encoding?)")
    out = _Builder()
    hinted = [k for k, p in enumerate(pages) if has_division_header(p)]
    # Pages of prose are read again by character position (respgraph/pdf_text.py): quotes in
    # their place, and the lines the layout wrapped joined into paragraphs, across a page
    # break too (unmapped glyphs are dropped there as they are from pypdf's text).
    laid, running = read_pages(data, [k for k in range(len(pages)) if k not in set(hinted)])
    # glued[k]: page k's first line goes on page k-1's last paragraph (wrapped at the page break)
    glued = [k - 1 in laid and k in laid and joins(laid[k - 1], laid[k]) for k in range(len(pages))]
    for k in range(len(pages)):
        # a table page keeps pypdf's cell stream (as does every page when pdfplumber failed)
        pages[k] = laid[k].text if k in laid else repair_quotes(strip_running(pages[k], running))
    text = _join_pages(pages, glued, range(len(pages)))
    if unmapped or not hinted:  # plain prose
        out.add(text)
        return out, warnings
    # A task-division table: pypdf gives its cells one per line. Pages showing a table header
    # are re-read with pdfplumber (ruled tables); the rest, and tables pdfplumber cannot see,
    # are re-assembled from the text. Rows become tab-separated lines and Document.tables.
    plumbed = plumber_segments(data, hinted, running)
    segments: list[tuple[str, object]] = []
    pending: list[int] = []
    for k in range(len(pages)):
        if k in plumbed:
            if pending:
                segments += text_segments(_join_pages(pages, glued, pending))
                pending = []
            segments += plumbed[k]
        else:
            pending.append(k)
    if pending:
        segments += text_segments(_join_pages(pages, glued, pending))
    _render(segments, out)
    return out, warnings


def _extract_ofd(data: bytes, path: Path) -> tuple[_Builder, list[str]]:
    """An OFD (respgraph/ofd.py): its pages laid out into lines, and the lines joined into
    paragraphs as a PDF's are, across page breaks too; ruled tables become rows, a table
    going on over a page break one table, as for PDFs."""
    try:
        pages = read_ofd(data)
    except OfdError as exc:
        raise ReadError(path, str(exc)) from None
    warnings = _ofd_warnings(pages, path)
    layouts = []
    edges = None  # the columns of an aligned table going on over the page break
    for page in pages:
        segs, edges = page_layout(page, edges)
        layouts.append(segs)
    # the margins of the document's prose pages: a page of short items alone cannot show them
    margins = body_margins([segs[0][1] for segs in layouts if len(segs) == 1 and segs[0][0] == "lines"])  # type: ignore[misc]
    blank = PageText("", False, False, "")
    # prose pages (no ruled table): one run of lines each
    laid = {k: lines_text(segs[0][1], margins) if segs else blank for k, segs in enumerate(layouts) if all(kind == "lines" for kind, _ in segs)}
    texts = [laid[k].text if k in laid else "" for k in range(len(pages))]
    glued = [k - 1 in laid and k in laid and joins(laid[k - 1], laid[k]) for k in range(len(pages))]
    out = _Builder()
    if len(laid) == len(pages):  # plain prose
        out.add(_join_pages(texts, glued, [k for k in range(len(pages)) if texts[k]]))
        return out, warnings
    segments: list[tuple[str, object]] = []
    pending: list[int] = []
    for k, segs in enumerate(layouts):
        if k in laid:
            pending += [k] if texts[k] else []
            continue
        if pending:
            segments += text_segments(_join_pages(texts, glued, pending))
            pending = []
        for kind, seg in segs:
            segments.append(("table", seg) if kind == "table" else ("text", lines_text(seg, margins).text + "\n"))  # type: ignore[arg-type]
    if pending:
        segments += text_segments(_join_pages(texts, glued, pending))
    _render(segments, out)
    return out, warnings


def _ofd_warnings(pages: list[OfdPage], path: Path) -> list[str]:
    """Notes on what of the OFD's pages cannot be read; a ReadError when that is all of it."""
    unmapped = sum(p.unmapped for p in pages)
    if unmapped * 4 > sum(len(p.glyphs) for p in pages):  # a fifth of the glyphs or more
        raise ReadError(path, f"OFD text cannot be mapped to characters ({unmapped} unmapped glyphs; font codes kept instead of text?)")
    if not any(p.glyphs for p in pages):
        if any(p.images for p in pages):
            raise ReadError(path, "OFD has no text (scanned images only?)")
        raise ReadError(path, "no text in document")
    warnings = []
    if unmapped:
        warnings.append(f"{unmapped} glyphs of the OFD could not be mapped to characters and were dropped")
    scanned = sum(1 for p in pages if p.images and not p.glyphs)
    if scanned:
        warnings.append(f"{scanned} pages of the OFD are images without text (scanned?); their text is not read")
    missing = sum(p.missing for p in pages)
    if missing:
        warnings.append(f"{missing} pages listed in the OFD are missing from its package (damaged file?)")
    return warnings


def _render(segments: list[tuple[str, object]], out: _Builder) -> None:
    for kind, seg in _join_continued(segments):
        if kind == "table":
            out.table(seg)  # type: ignore[arg-type]
        else:
            out.add(seg)  # type: ignore[arg-type]


# 序号 alone on its line: the header of a table copied out of a PDF viewer, one cell per line
_SERIAL_LINE = re.compile(r"^[ \t\u3000]*序[ \t\u3000]*号[ \t\u3000]*$", re.M)


def _txt_cell_stream(raw: str) -> _Builder | None:
    """A .txt holding a division table one cell per line (copied out of a PDF viewer): put
    back into rows as a PDF's text layer is; None when there is no such table."""
    if not ("序号" in raw or "序 号" in raw or "序\u3000号" in raw) or not _SERIAL_LINE.search(raw):
        return None  # (substring checks first: most plans hold no such line)
    segments = text_segments(raw)
    if not any(kind == "table" for kind, _ in segments):
        return None
    out = _Builder()
    _render(segments, out)
    return out


def _join_pages(pages: list[str], glued: list[bool], which) -> str:
    """The texts of pages ``which`` (indexes, in order), one after the other; a page glued to
    the one before it goes on that page's last paragraph instead of starting a line."""
    parts = []
    for n, k in enumerate(which):
        p = pages[k].rstrip("\n")
        parts.append(p if glued[k] or not n else "\n" + p)
    return "".join(parts) + "\n"


def _join_continued(segments: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """A table running onto the next page is one table: its rows join the previous table when
    only a page number stands between them (a repeated header row is dropped)."""
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
            head = out[prev_table][1][0]
            rows = seg[1:] if [c.strip() for c in seg[0]] == [c.strip() for c in head] else seg
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


_HTML_DROP = {"script", "style", "nav", "noscript", "template", "head", "iframe", "svg", "object", "embed", "button", "select", "textarea", "footer"}
_HTML_BLOCK = {
    "p", "div", "section", "article", "main", "header", "aside", "blockquote", "pre", "address",
    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "hr", "center",
    "figure", "figcaption", "caption", "form", "fieldset", "body", "html", "tr", "td", "th",
}  # fmt: skip
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


def _decode_html(data: bytes, path: Path, declared: str | None = None) -> tuple[str, str]:
    """Decode an HTML page by the charset ``declared`` for it (an MHTML part's header), else by
    its <meta> declaration, each only when it gives plausible text; else by detection."""
    if declared:
        found = _decode_declared(data, declared)
        if found:
            return found
    m = _META_CHARSET.search(data[:4096])
    if m and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        found = _decode_declared(data, m.group(1).decode("ascii"))
        if found:
            return found
    return decode_text(data, path)


def _decode_declared(data: bytes, charset: str) -> tuple[str, str] | None:
    """``(text, encoding)`` by a declared charset, or None when the declaration is wrong (a
    GBK page saying utf-8) or unknown: detection decides then."""
    enc = charset.lower()
    enc = _ALIASES.get(enc.replace("_", ""), enc)
    try:
        text = data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        return None
    return (text, enc) if plausibility(text) >= _PLAUSIBLE else None


def _mhtml_page(data: bytes, path: Path) -> tuple[bytes, str | None]:
    """The HTML page of an MHTML archive (a browser's "save as single file" .mhtml, Word's
    单个文件网页 .mht): its first text/html part, decoded from quoted-printable or base64, and
    the charset its header declares."""
    import email
    import email.policy

    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
        for part in message.walk():
            if part.get_content_type() == "text/html":
                return part.get_payload(decode=True) or b"", part.get_content_charset()
    except Exception as exc:  # the email parser is lenient; a damaged archive still ends here
        raise ReadError(path, f"not a valid MHTML archive ({type(exc).__name__}: {str(exc)[:80]})") from None
    raise ReadError(path, "MHTML archive without an HTML page")


def _extract_html(data: bytes, path: Path, declared: str | None = None) -> tuple[_Builder, str, list[str]]:
    markup, encoding = _decode_html(data, path, declared)
    try:
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(markup, "html.parser")
        out = _Builder()
        links = _link_stats(soup)
        _walk_html(soup, out, links)
    except Exception as exc:
        raise ReadError(path, f"could not parse HTML ({type(exc).__name__}: {str(exc)[:80]})") from None
    text = out.text()
    if not text.strip() and soup.find("a") is not None:
        raise ReadError(path, "no text in document but links (a list or index page, not a plan?)")
    return out, encoding, _unread_parts(soup, text)


# a link to an attached file (附件：XX方案.pdf), by its address
_ATTACHED = re.compile(r"\.(?:docx?|wps|pdf|ofd|xlsx?|et|zip|rar|7z)(?:[?#].*)?$", re.I)
_SCANNED_IMAGES = 3  # images on a page of little text (a plan scanned into pictures)
_LITTLE_TEXT = 800


def _unread_parts(soup, text: str) -> list[str]:
    """Warnings for what a page holds but the reader does not read: attached files (a portal
    often publishes the plan itself as one) and a plan scanned into images."""
    warnings = []
    names = [a.get_text().strip() or a["href"].rsplit("/", 1)[-1] for a in soup.find_all("a", href=_ATTACHED)]
    if names:
        shown = "、".join(dict.fromkeys(names[:5]))
        warnings.append(f"the page links {len(names)} attached file(s) ({shown}); they are not read: a plan kept in one must be read from the file")
    if len(re.sub(r"\s", "", text)) < _LITTLE_TEXT:
        images = len(soup.find_all("img"))
        if images >= _SCANNED_IMAGES:
            warnings.append(f"the page holds {images} images and little text: a plan scanned into images is not read")
    return warnings


def _walk_html(node, out: _Builder, links: dict[int, tuple[int, int, int]]) -> None:
    from bs4 import NavigableString, Tag
    from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

    for child in node.children:
        if isinstance(child, (Comment, Doctype, Declaration, ProcessingInstruction)):
            continue
        if isinstance(child, NavigableString):
            out.inline(str(child))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name in _HTML_DROP or child.get("role") in ("navigation", "contentinfo") or child.get("hidden") is not None:
            continue
        if _is_page_furniture(child) or _is_link_list(child, links):
            continue
        if name == "table":
            if _is_layout_table(child):
                _walk_html(child, out, links)  # its rows and cells are blocks (tr/td are)
                continue
            rows = _html_rows(child)
            pairs = _metadata_pairs(rows)
            if pairs:
                out.flush()
                for label, value in pairs:
                    out.paragraph(f"{label}：{value}")
            else:
                out.table(rows)
        elif name == "br":
            out.flush()
        elif name == "pre":
            # preformatted text keeps its line breaks (the flush of inline text folds them)
            out.flush()
            for line in child.get_text().splitlines():
                if line.strip():
                    out.paragraph(line.strip())
        elif name == "dt":
            out.flush()  # no break after it: the <dd> after a label ending with ： goes on its line
            _walk_html(child, out, links)
        elif name == "dd" and _after_label(child):
            # 发文机关： / 宜黄县人民政府办公室 of a <dl> of metadata: label and value on one line
            _walk_html(child, out, links)
            out.flush()
        elif name in _HTML_BLOCK:
            out.flush()
            _walk_html(child, out, links)
            out.flush()
        else:
            _walk_html(child, out, links)


def _after_label(dd) -> bool:
    """Whether ``dd`` follows a <dt> label ending with a colon (索 引 号：)."""
    dt = dd.find_previous_sibling(True)
    return dt is not None and dt.name == "dt" and dt.get_text().strip().endswith(("：", ":"))


# class or id words a page's navigation, breadcrumbs, footer, share and print widgets are
# marked with, in English or pinyin (a portal's <div class="footer"> holds its 主办单位：…承办单位：…
# line, which reads like a clause; 导航 daohang, 当前位置 dqwz, 位置 weizhi, 底部 dibu, 版权 banquan,
# 分享 fenxiang, 打印 dayin, 二维码 ewm/erweima).
_FURNITURE = re.compile(
    r"(?:^|[-_])(?:footer|foot|bottom|breadcrumbs?|crumbs?|bread|copyright|navbar|nav|menu|sidebar|location|position"
    r"|share|bdshare|bdsharebuttonbox|print|qrcode|ewm|erweima|daohang|dqwz|weizhi|dibu|banquan|fenxiang|dayin|tabbar)(?:$|[-_])",
    re.I,
)


def _is_page_furniture(tag) -> bool:
    """A container whose class or id says it is page furniture, not the document; or the page's
    own <header>. Only divisions and lists: a paragraph or table inside the document is kept
    whatever its class."""
    if tag.name not in ("div", "ul", "ol", "section", "aside", "header", "span"):
        return False
    if tag.name == "header" and _page_header(tag):
        return True
    words = list(tag.get("class") or []) + [tag.get("id") or ""]
    return any(_FURNITURE.search(w) for w in words if w)


def _page_header(tag) -> bool:
    """A <header> of the page, not of the document: outside any article or section, with links
    (返回, 首页, the site's name) and no heading (an article's <header> holds its <h1> title)."""
    return (
        tag.find_parent(("article", "main", "section")) is None
        and tag.find("a") is not None
        and tag.find(("h1", "h2", "h3")) is None
    )


# Containers that a page's menus, related-link lists and 上一篇/下一篇 boxes are made of.
_LINK_CONTAINERS = frozenset({"div", "ul", "ol", "dl", "li", "table", "tbody", "tr", "td", "section", "aside", "header", "center"})
_CLAUSE_WORDS = re.compile(r"牵头|负责|(?:责任|配合|协同|参与)单位")
_INK = re.compile(r"[^\s\xa0\u3000|>»＞·•/]")


def _link_stats(soup) -> dict[int, tuple[int, int, int]]:
    """Per tag (by id): (characters of text, characters inside links, links), in one pass from
    the leaves up (``descendants`` lists a tag before everything in it). Space, separators
    (| > ·) and the text of dropped tags (script, style) do not count."""
    from bs4 import NavigableString, Tag
    from bs4.element import Comment

    stats: dict[int, tuple[int, int, int]] = {}
    for node in reversed(list(soup.descendants)):
        if not isinstance(node, Tag):
            continue
        if node.name in _HTML_DROP:
            stats[id(node)] = (0, 0, 0)
            continue
        chars = inked = links = 0
        for c in node.children:
            if isinstance(c, Tag):
                a, b, n = stats.get(id(c), (0, 0, 0))
                chars, inked, links = chars + a, inked + b, links + n
            elif isinstance(c, NavigableString) and not isinstance(c, Comment):
                chars += len(_INK.findall(c))
        if node.name == "a" and chars:
            inked, links = chars, links + 1
        stats[id(node)] = (chars, inked, links)
    return stats


def _is_link_list(tag, links: dict[int, tuple[int, int, int]]) -> bool:
    """A container of two or more links whose text is mostly theirs: a menu, a list of related
    documents, 上一篇/下一篇 (a plan's paragraphs link little, and a paragraph is always kept)."""
    if tag.name not in _LINK_CONTAINERS:
        return False
    chars, inked, n = links.get(id(tag), (0, 0, 0))
    # (a menu's item or a related document in a cell or list item of its own is one link)
    linky = n >= 2 and inked * 10 >= chars * 6 or n == 1 and inked == chars and tag.name in ("li", "td", "dd")
    # a clause whose units the site links (配合单位：<a>县水利局</a>、<a>县林业局</a>) is no menu
    return linky and _CLAUSE_WORDS.search(tag.get_text()) is None


def _is_layout_table(table) -> bool:
    """A table that lays out a page (old portals put the whole page in tables): one cell per row
    (a title, an info line and the text in a column), or, unless its first rows are a division
    table's header, one holding another table or a cell of many paragraphs (the text beside a
    menu column)."""
    rows = _own_rows(table)
    if rows and all(len(_own_cells(tr)) <= 1 for tr in rows):
        return True
    if any(_is_header_cell(c) for tr in rows[:3] for c in _own_cells(tr)):
        return False
    return table.find("table") is not None or (
        len(rows) <= 3 and any(len(c.find_all(_PARAGRAPHS)) >= _LAYOUT_PARAGRAPHS for tr in rows for c in _own_cells(tr))
    )


# words of a task-division table's header row (序号 重点任务 牵头单位 配合单位 完成时限)
_DIVISION_HEAD = re.compile(r"序\s*号|牵头|责任单位|配合单位|协同单位|完成时限|时间节点|工作任务|重点任务|主要任务|任务内容")
_PARAGRAPHS = ("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li")
_LAYOUT_PARAGRAPHS = 6


def _is_header_cell(cell) -> bool:
    """A short cell naming a division table's column (a text cell beside a menu names 牵头单位
    too, in its clauses)."""
    if cell.find("table") is not None:
        return False
    text = cell.get_text().strip()
    return len(text) <= 20 and _DIVISION_HEAD.search(text) is not None


def _own_rows(table) -> list:
    """The table's own rows (directly or in thead/tbody/tfoot), not a nested table's."""
    rows = []
    for child in table.children:
        name = getattr(child, "name", None)
        if name == "tr":
            rows.append(child)
        elif name in ("thead", "tbody", "tfoot"):
            rows.extend(c for c in child.children if getattr(c, "name", None) == "tr")
    return rows


def _own_cells(tr) -> list:
    return [c for c in tr.children if getattr(c, "name", None) in ("td", "th")]


# The labels of a 政府信息公开 page's metadata table (索引号/发文机关/成文日期/标题/发文字号/…).
_META_LABELS = frozenset(
    "索引号 信息索引号 主题分类 主题词 体裁分类 组配分类 服务对象 发文机关 发布机构 发文单位 公开主体 成文日期 生成日期 发文日期 印发日期 "
    "标题 名称 文件名称 发文字号 文号 发布日期 公开日期 公开方式 公开范围 有效性 时效性 信息来源 所属机构".split()
)
_LABEL_CHARS = re.compile(r"[\s\xa0\u3000：:]")


def _metadata_pairs(rows: list[list[str]]) -> list[tuple[str, str]]:
    """(label, value) pairs of a metadata table (at least three known labels, each followed by
    its value), else []: read as 标题：… lines, the way the head of a plan states them."""
    pairs = []
    for row in rows:
        k = 0
        while k < len(row):
            label = _LABEL_CHARS.sub("", row[k])
            if label in _META_LABELS and k + 1 < len(row):
                pairs.append((label, _cell_text(row[k + 1])))
                k += 2
            elif label and label not in _META_LABELS and row[k].strip():
                return []  # a cell that is no label: a table of the text
            else:
                k += 1
    return pairs if len(pairs) >= 3 else []


def _html_rows(table) -> list[list[str]]:
    """Rows of an HTML table as a grid: colspan pads with empty cells, rowspan repeats down."""
    trs = _own_rows(table)
    rows: list[list[str]] = []
    carry: dict[int, tuple[str, int]] = {}  # column -> (text, rows still to fill)
    # colspan/rowspan let a few bytes of markup ask for millions of cells. Padding cells are
    # empty and rowspan copies repeat a cell that is already there, so past a budget (20 per
    # real cell) they are dropped: no text is lost, and a 60 KB page stays a 60 KB table.
    real = sum(len(_own_cells(tr)) for tr in trs)
    budget = 20 * real + 10_000
    made = 0
    for tr in trs:
        row: list[str] = []
        cells = _own_cells(tr)
        col = 0

        def fill_carried() -> None:
            nonlocal col, made
            while col in carry:
                text, left = carry.pop(col)
                row.append(text)
                made += 1
                if left > 1 and made < budget:
                    carry[col] = (text, left - 1)
                col += 1

        for cell in cells:
            fill_carried()
            sub = _Builder()
            _walk_html(cell, sub, {})  # (a cell's linked unit names are the table's, not a menu)
            text = _cell_text(sub.text())
            span = _int_attr(cell, "colspan") if made < budget else 1
            down = _int_attr(cell, "rowspan") if made < budget else 1
            for k in range(span):
                row.append(text if k == 0 else "")
                made += 1
                if down > 1:
                    carry[col] = (text if k == 0 else "", down - 1)
                col += 1
        fill_carried()
        rows.append(row)
    return rows


def _int_attr(tag, name: str) -> int:
    try:
        return max(1, min(int(str(tag.get(name, "1")).strip() or 1), 1000))
    except ValueError:
        return 1


# --------------------------------------------------------------------------- dispatch

_FORMATS = {
    ".txt": "txt", ".text": "txt", ".docx": "docx", ".pdf": "pdf", ".html": "html", ".htm": "html", ".shtml": "html", ".xhtml": "html",
    ".xlsx": "xlsx", ".xlsm": "xlsx", ".doc": "doc", ".wps": "doc", ".mht": "mhtml", ".mhtml": "mhtml",
    ".xls": "xls", ".et": "xls", ".ofd": "ofd",
}


# the header lines an MHTML archive opens with (From: <Saved by Blink>, MIME-Version: 1.0, …)
_MHTML = re.compile(rb"(?:(?:From|Subject|Date|MIME-Version|Snapshot-Content-Location|X-[\w-]+|Content-Type):[^\n]*\r?\n)+", re.I)


def _sniff(data: bytes) -> str:
    if data.startswith(b"%PDF"):
        return "pdf"
    if is_ole(data):
        return "doc"  # (_by_content tells a workbook first)
    if data.startswith(b"PK\x03\x04"):
        head = data[:65536]
        if b"xl/workbook.xml" in head:
            return "xlsx"
        return "ofd" if b"OFD.xml" in head else "docx"
    if _MHTML.match(data) and b"multipart/related" in data[:4096].lower():
        return "mhtml"
    if re.search(rb"<(?:!doctype html|html|body|p|div|table)[\s>]", data[:4096], re.I):
        return "html"
    return "txt"


def _by_content(p: Path, data: bytes, fmt: str | None) -> str | None:
    """The format the suffix names, unless the bytes plainly are another office format: an
    OLE file is a workbook or a Word document by its streams, whatever its suffix says
    (portals rename 分工表.xls to .doc, .xlsx, .et), and an .xls is often an .xlsx or an HTML
    table renamed by the system that exported it."""
    if fmt in (None, "doc", "xls", "xlsx", "docx") and is_ole(data):
        kind = ole_kind(data)
        if kind == "encrypted":
            raise ReadError(p, f"encrypted {p.suffix.lower() or 'Office'} file (password-protected)")
        return kind if kind in ("doc", "xls") else fmt or "doc"
    if fmt == "xls":
        if data[:4] == OLE_MAGIC[:4]:
            return fmt  # a cut or damaged OLE file: xlrd says what is wrong
        # not a BIFF workbook: what the bytes are (an .xlsx, an XML spreadsheet, an HTML
        # table, text)
        if data.startswith(b"PK\x03\x04"):
            return "xlsx"
        if _SS_MARK in data[:4096]:
            return "xmlss"
        if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            # binary, yet no known container: a WPS spreadsheet from before 2005, a Lotus file
            raise ReadError(p, f"not a valid {p.suffix.lower()} (not an Excel 97-2003 or WPS workbook; save it as .xlsx)")
        return None
    return fmt


def read_document(path: str | Path) -> Document:
    """Read one file into a :class:`Document` (format by extension, else by content).

    Raises :class:`ReadError` with a short reason for any file that cannot be read.
    """
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise ReadError(p, "file not found") from None
    except IsADirectoryError:
        raise ReadError(p, "is a directory, not a file") from None
    except PermissionError:
        raise ReadError(p, "permission denied") from None
    except OSError as exc:
        raise ReadError(p, f"cannot read file ({exc.strerror or exc})") from None

    suffix = p.suffix.lower()
    if not data.strip():
        raise ReadError(p, "empty file")
    fmt = _by_content(p, data, _FORMATS.get(suffix)) or _sniff(data)
    try:
        return _read(p, data, fmt)
    except ReadError:
        raise
    except RecursionError:
        raise ReadError(p, "document nested too deeply to read") from None
    except Exception as exc:  # last resort: a bad file must never crash the batch
        raise ReadError(p, f"could not read {fmt} ({type(exc).__name__}: {str(exc)[:80]})") from None


def _read(p: Path, data: bytes, fmt: str) -> Document:
    warnings: list[str] = []
    encoding = ""
    if fmt == "txt":
        raw, encoding = decode_text(data, p, warnings)
        builder = _txt_cell_stream(raw)
        if builder is not None:
            raw = builder.text()
    elif fmt == "docx":
        builder, warnings = _extract_docx(data, p)
        raw = builder.text()
    elif fmt == "pdf":
        builder, warnings = _extract_pdf(data, p)
        raw = builder.text()
    elif fmt == "xlsx":
        builder = _extract_xlsx(data, p)
        raw = builder.text()
    elif fmt == "xls":
        builder = _extract_xls(data, p)
        raw = builder.text()
    elif fmt == "xmlss":
        builder = _extract_spreadsheetml(data, p)
        raw = builder.text()
        fmt = "xls"
    elif fmt == "ofd":
        builder, warnings = _extract_ofd(data, p)
        raw = builder.text()
    elif fmt == "doc":
        builder, warnings = _extract_doc(data, p)
        raw = builder.text()
    elif fmt == "mhtml":
        page, declared = _mhtml_page(data, p)
        builder, encoding, warnings = _extract_html(page, p, declared)
        raw = builder.text()
        fmt = "html"
    else:
        builder, encoding, warnings = _extract_html(data, p)
        raw = builder.text()

    if not raw.strip():
        raise ReadError(p, "no text in document")
    cleaned = clean(raw)
    if not re.search(r"[\w\u4e00-\u9fff]", cleaned.text):
        raise ReadError(p, "no text in document")
    tables = _finish_tables(builder, cleaned.offsets, cleaned.text) if builder is not None else []
    return Document(
        path=str(p),
        format=fmt,
        encoding=encoding,
        raw_text=raw,
        text=cleaned.text,
        offsets=cleaned.offsets,
        script=cleaned.script,
        tables=tables,
        warnings=warnings + cleaned.notes,
    )
