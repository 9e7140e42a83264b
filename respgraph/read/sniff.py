"""Format sniffing: a file's format by its suffix, unless its bytes plainly say otherwise.
"""

from __future__ import annotations

import re
from pathlib import Path

from respgraph.doc_binary import OLE_MAGIC, is_ole, ole_kind
from respgraph.read.builder import ReadError
from respgraph.read.decode import decode_text
from respgraph.read.sheets import _SS_MARK


# --------------------------------------------------------------------------- dispatch

_FORMATS = {
    ".txt": "txt", ".text": "txt", ".csv": "txt", ".docx": "docx", ".pdf": "pdf", ".html": "html", ".htm": "html", ".shtml": "html", ".xhtml": "html",
    ".xlsx": "xlsx", ".xlsm": "xlsx", ".doc": "doc", ".wps": "doc", ".mht": "mhtml", ".mhtml": "mhtml",
    ".xls": "xls", ".et": "xls", ".ofd": "ofd",
}


# the magic each container format's bytes open with: a file whose suffix names one of them and
# whose bytes are another, or text, was saved under the wrong name
_MAGIC = {"docx": b"PK\x03\x04", "xlsx": b"PK\x03\x04", "ofd": b"PK\x03\x04", "pdf": b"%PDF"}
_ZIP_KINDS = {"docx": b"word/document.xml", "xlsx": b"xl/workbook.xml", "ofd": b"OFD.xml"}
_CJK = re.compile(r"[\u4e00-\u9fff]")


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
    """The format the suffix names, unless the bytes plainly are another format: an
    OLE file is a workbook or a Word document by its streams, whatever its suffix says
    (portals rename 分工表.xls to .doc, .xlsx, .et), an .xls is often an .xlsx or an HTML
    table renamed by the system that exported it, and a folder a clerk gathers holds a Word
    file saved as 工作要点.txt, a PDF named .docx, a .docx or a Word web page (HTML, MHTML) named
    .doc, a plain-text plan named .docx."""
    if fmt in (None, "doc", "xls", "xlsx", "docx", "txt", "html", "pdf", "ofd") and is_ole(data):
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
    if fmt in ("txt", "html") and data.startswith((b"%PDF", b"PK\x03\x04")):
        return _sniff(data)  # a PDF, a Word file or a zip named .txt (a plain zip is named so)
    if fmt in _MAGIC:
        return _misnamed(data, fmt)
    if fmt == "doc":  # not OLE (tested above): a .docx, PDF or Word web page saved as .doc
        return _other_format(data, fmt)
    return fmt


def _other_format(data: bytes, fmt: str) -> str:
    """The format bytes that are not ``fmt``'s plainly are (a PDF, a zip, a web page), else
    ``fmt``: text stays its suffix's format, so that its reader says what is wrong with it."""
    found = _sniff(data)
    return found if found != "txt" else fmt


def _misnamed(data: bytes, fmt: str) -> str:
    """A container suffix's format, or the other format its bytes plainly are (a container by
    its magic, a zip by the part only that format has, a web page by its tags). A damaged
    file, or text, stays its suffix's format, so that its reader says what is wrong with it."""
    if data.startswith(_MAGIC[fmt]):
        head = data[:65536]
        if fmt in _ZIP_KINDS and _ZIP_KINDS[fmt] not in head:
            return next((k for k, part in _ZIP_KINDS.items() if part in head), fmt)
        return fmt
    return _other_format(data, fmt)  # (a web page named .docx / .pdf is read as one, as for .doc)


def text_named_as(data: bytes, fmt: str) -> bool:
    """Whether bytes that a container suffix's reader refused are a plain-text plan (Chinese
    text, not the container's magic): 河长制方案.docx saved from a text editor. Asked only of a
    file that failed, so a good file never pays for the decode."""
    magic = OLE_MAGIC if fmt == "doc" else _MAGIC.get(fmt)
    if magic is None or data.startswith(magic):
        return False
    try:
        text, _ = decode_text(data[:65536])
    except ReadError:
        return False
    return _CJK.search(text) is not None
