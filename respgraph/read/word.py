"""Word documents: ``.docx`` (paragraphs, tables, automatic numbering) and ``.doc``/``.wps``.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Iterator

from respgraph.doc_binary import DocError, is_ole, read_doc
from respgraph.docx_numbering import Numbering
from respgraph.docx_text import BodyWalker, W as _W, nested_row, unwrap_rows
from respgraph.read.builder import TextBuilder, ReadError
from respgraph.read.nested_tables import lift_nested_division
from respgraph.records import Table


_W_P, _W_TBL = _W + "p", _W + "tbl"


# --------------------------------------------------------------------------- formats


def _cut_zip(data: bytes) -> bool:
    """Whether ``data`` begins as a zip (a local file header) but holds no end-of-directory
    record: a .docx whose download or copy stopped part way, not a file of another kind."""
    return data[:4] == b"PK\x03\x04" and b"PK\x05\x06" not in data[-(65536 + 22):]


def _extract_docx(data: bytes, path: Path) -> tuple[TextBuilder, list[str]]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = set(zf.namelist())
    except zipfile.BadZipFile:
        if path.suffix.lower() not in (".docx", ""):  # 工作要点.txt that opens as a zip and is none
            raise ReadError(path, "a damaged zip archive or Word file (not a zip file): not a plan document") from None
        if _cut_zip(data):
            raise ReadError(path, "a .docx cut off before its end (its zip directory is missing):"
                                  " the download or copy is incomplete, fetch the file again") from None
        raise ReadError(path, "not a valid .docx (not a zip file)") from None
    if "word/document.xml" not in names:
        if path.suffix.lower() != ".docx":  # plans.zip named on the command line: an archive, not a Word file
            raise ReadError(path, "a zip archive, not a plan document: unpack it and give respgraph its folder")
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


def _docx_body(document, numbering: Numbering, skip_toc: bool) -> tuple[TextBuilder, BodyWalker]:
    """The body of a python-docx ``document`` in order: paragraphs and tables."""
    out = TextBuilder()
    walker = BodyWalker(skip_toc=skip_toc)
    for block in walker.blocks(document.element.body):
        if block.tag == _W_TBL:
            table = _docx_table(block)
            out.table(_nested_division_rows(table, numbering, walker) or _docx_rows(table, numbering, walker))
            continue
        for label, text in _docx_paragraphs(block, numbering, walker):
            out.paragraph(label + text)
    return out, walker


def _extract_doc(data: bytes, path: Path) -> tuple[TextBuilder, list[str]]:
    """A Word 97–2003 .doc (or a .wps saved in that format): see respgraph/doc_binary.py."""
    kind = ".wps" if path.suffix.lower() == ".wps" else ".doc"
    if not is_ole(data):
        # (a WPS file from before WPS 2005 is not a Word-format file either)
        what = "an RTF file" if data.lstrip()[:5] == b"{\\rtf" else "not an OLE compound file"
        raise ReadError(path, f"not a valid {kind} ({what}; save it as .docx)")
    try:
        content = read_doc(data)
    except DocError as exc:
        raise ReadError(path, f"not a readable {kind} ({exc})") from None
    out = TextBuilder()
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


def _nested_division_rows(table, numbering: Numbering, walker: BodyWalker) -> list[list[str]] | None:
    """The rows of a 分工表 nested in ``table``'s cells as one table (respgraph/read/nested_tables.py),
    or ``None`` when ``table`` is no such layout."""
    outer: list[tuple[list[str], list[list[str]] | None]] = []
    for row in table.rows:
        tcs = list(dict.fromkeys(c._tc for c in row.cells))
        nested = [(tc, t) for tc in tcs for t in tc.iterchildren(_W_TBL)]
        if len(nested) > 1:
            return None
        labels = [_docx_cell_text(tc, numbering, walker) for tc in tcs if not nested or tc is not nested[0][0]]
        if not nested:
            outer.append((labels, None))
            continue
        own = nested[0][0].iterchildren(_W_P)  # the cell's paragraphs beside its table (Word ends a cell with one)
        labels.append("".join(label + text for p in own for label, text in _docx_paragraphs(p, numbering, walker)))
        outer.append((labels, _docx_rows(_docx_table(nested[0][1]), numbering, walker)))
    if all(n is None for _, n in outer):
        return None
    return lift_nested_division(outer)


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
