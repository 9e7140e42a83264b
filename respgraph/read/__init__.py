"""Read a plan file (txt/docx/doc/pdf/ofd/html/mht/xlsx/xls) into a cleaned :class:`~respgraph.records.Document`.

>>> from respgraph.read import read_document
>>> doc = read_document("data/plans/yushui-2022-pollution-battle.txt")  # doctest: +SKIP
>>> doc.format, doc.encoding, doc.text[:9]  # doctest: +SKIP
('txt', 'utf-8', '渝党发〔2022〕9号')

Every library error on a bad file becomes a :class:`ReadError` with a short reason, so the
CLI can print one line per bad file and carry on.
"""

from __future__ import annotations

import re
from pathlib import Path

from respgraph.clean import clean
from respgraph.read.builder import ReadError, finish_tables, txt_cell_stream, file_map
from respgraph.read.decode import TRUNCATED, _common_chars, _uncommon_re, decode_text, plausibility
from respgraph.read.pdf_ofd import _extract_ofd, _extract_pdf
from respgraph.read.sheets import _extract_spreadsheetml, _extract_xls, _extract_xlsx
from respgraph.read.sniff import _FORMATS, _by_content, _sniff, text_named_as
from respgraph.read.web import _extract_html, _mhtml_page
from respgraph.read.word import _extract_doc, _extract_docx
from respgraph.records import Document


__all__ = ["ReadError", "read_document", "decode_text"]


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
    except ReadError as exc:
        if text_named_as(data, fmt):  # read as text it would be guessing: say what the file is
            raise ReadError(p, f"{exc.reason}; it is plain text: name it .txt") from None
        raise
    except RecursionError:
        raise ReadError(p, "document nested too deeply to read") from None
    except Exception as exc:  # last resort: a bad file must never crash the batch
        raise ReadError(p, f"could not read {fmt} ({type(exc).__name__}: {str(exc)[:80]})") from None


# The readers of the formats held in a builder of text and tables: a document's reader gives what
# it warns of beside the builder, a workbook's the builder alone; a SpreadsheetML workbook is an
# Excel one to the rest of the pipeline, a saved web page (.mht) an HTML one
_DOCUMENT_READERS = {"docx": _extract_docx, "pdf": _extract_pdf, "ofd": _extract_ofd, "doc": _extract_doc}
_SHEET_READERS = {"xlsx": _extract_xlsx, "xls": _extract_xls, "xmlss": _extract_spreadsheetml}
_READ_AS = {"xmlss": "xls", "mhtml": "html"}


def _read(p: Path, data: bytes, fmt: str) -> Document:
    warnings: list[str] = []
    encoding = ""
    rebuilt_map = None  # a .txt rebuilt into rows: the file offset of each rebuilt character
    if fmt == "txt":
        raw, encoding = decode_text(data, p, warnings)
        builder = txt_cell_stream(raw)
        if builder is not None:
            raw, file_text = builder.text(), raw
            rebuilt_map = file_map(raw, file_text)
    else:
        if fmt in _DOCUMENT_READERS:
            builder, warnings = _DOCUMENT_READERS[fmt](data, p)
        elif fmt in _SHEET_READERS:
            builder = _SHEET_READERS[fmt](data, p)
        elif fmt == "mhtml":
            page, declared = _mhtml_page(data, p)
            builder, encoding, warnings = _extract_html(page, p, declared)
        else:
            builder, encoding, warnings = _extract_html(data, p)
        raw = builder.text()
        fmt = _READ_AS.get(fmt, fmt)

    if not raw.strip():
        raise ReadError(p, "no text in document")
    cleaned = clean(raw)
    if not re.search(r"[\w\u4e00-\u9fff]", cleaned.text):
        raise ReadError(p, "no text in document")
    tables = finish_tables(builder, cleaned.offsets, cleaned.text) if builder is not None else []
    return Document(
        path=str(p),
        format=fmt,
        encoding=encoding,
        raw_text=raw,
        text=cleaned.text,
        offsets=cleaned.offsets,
        script=cleaned.script,
        tables=tables,
        warnings=warnings + cleaned.problems,
        notes=cleaned.notes,
        cut_off=cleaned.cut_off or any(w.startswith(TRUNCATED) for w in warnings),
        file_map=rebuilt_map,
    )
