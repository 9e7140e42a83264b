"""The text of a .docx body as Word shows it, which python-docx's ``paragraph.text`` does not give.

python-docx reads only the ``w:r`` and ``w:hyperlink`` children of a paragraph and only the
``w:p`` and ``w:tbl`` children of the body or a cell. A plan edited with tracked changes, or
filled into a template, keeps much of its text deeper:

- tracked changes: inserted text (``w:ins``, ``w:moveTo``) is the text; deleted text
  (``w:del`` with ``w:delText``, ``w:moveFrom``) is not;
- content controls (``w:sdt``), smart tags, ``w:customXml`` and simple fields
  (``w:fldSimple``, a HYPERLINK around a unit's name) wrap runs, and whole paragraphs or
  tables (a template's 牵头单位 box);
- a table nested in a cell (牵头 / 配合 in a small table of their own);
- text boxes (``w:txbxContent``: a 红头 or a boxed paragraph), whose DrawingML form Word
  saves twice (``mc:Choice`` and the VML ``mc:Fallback``): the fallback is skipped.

A table of contents (a ``TOC`` field, or the content control Word wraps around it) repeats the
headings with page numbers; its paragraphs are left out, so its entries do not become tasks.
Comments, footnotes and endnotes live in parts of their own and are not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

_P, _TBL, _T = W + "p", W + "tbl", W + "t"
_TXBX = W + "txbxContent"
_FLDCHAR, _INSTR = W + "fldChar", W + "instrText"
# text a run draws besides w:t (as python-docx renders them)
_CHARS = {W + "tab": "\t", W + "ptab": "\t", W + "cr": "\n", W + "noBreakHyphen": "-"}
_BR = W + "br"
# subtrees that are no text of the body: deleted and moved-away runs, properties, and the
# parts of a field or a drawing Word shows no text for
_SKIP = frozenset(
    {W + "del", W + "moveFrom", W + "delText", W + "pPr", W + "rPr", W + "sdtPr", W + "sdtEndPr", W + "instrText",
     W + "delInstrText", _MC_FALLBACK}  # fmt: skip
)
# block-level wrappers whose content is the body's own
_BLOCK_WRAPPERS = frozenset({W + "sdt", W + "sdtContent", W + "customXml", W + "ins", W + "moveTo", W + "smartTag"})
_TOC_GALLERY = W + "docPartGallery"


@dataclass(slots=True)
class BodyWalker:
    """Walks a body in document order; keeps the open fields, which may span paragraphs."""

    fields: list[bool] = field(default_factory=list)  # per open field: is it a TOC?
    instr: list[str] = field(default_factory=list)  # the instruction of the field being begun
    boxes: list = field(default_factory=list)  # text-box paragraphs met in the current paragraph
    in_toc: bool = False  # inside the result of a TOC field: its entries are not read
    skip_toc: bool = True  # False: read a TOC's entries too (one that never ends hid the rest)

    def blocks(self, container):
        """The ``w:p`` and ``w:tbl`` elements of ``container`` (body, cell, content control)
        in order, through content controls and custom XML; a table of contents left out."""
        for el in container:
            tag = el.tag
            if tag == _P or tag == _TBL:
                yield el
            elif tag in _BLOCK_WRAPPERS and not _is_toc_control(el):
                yield from self.blocks(el)

    def paragraph(self, p) -> tuple[str, bool]:
        """The text of ``p`` outside any table of contents, and whether ``p`` held an entry of one."""
        toc = self.in_toc
        parts: list[str] = []
        toc = self._walk(p, parts) or toc
        return "".join(parts), toc

    def _walk(self, el, parts: list[str]) -> bool:
        toc = False
        for child in el:
            tag = child.tag
            if tag == _T:
                if not self.in_toc:
                    parts.append(child.text or "")
            elif tag in _SKIP:
                if tag == _INSTR and self.instr:
                    self.instr[-1] += child.text or ""
            elif tag == _FLDCHAR:
                toc = self._field(child.get(W + "fldCharType")) or toc
            elif tag in _CHARS:
                if not self.in_toc:
                    parts.append(_CHARS[tag])
            elif tag == _BR:
                if not self.in_toc and child.get(W + "type", "textWrapping") == "textWrapping":
                    parts.append("\n")
            elif tag == _TXBX:
                if not self.in_toc:
                    self.boxes.extend(self.blocks(child))
            elif tag == W + "fldSimple" and child.get(W + "instr", "").split()[:1] == ["TOC"]:
                toc = True
            elif len(child):
                toc = self._walk(child, parts) or toc
        return toc or self.in_toc

    def _field(self, kind: str | None) -> bool:
        if kind == "begin":
            self.instr.append("")
        elif kind == "separate" and self.instr:
            self.fields.append(self.instr.pop().split()[:1] == ["TOC"])
        elif kind == "end":
            if self.instr:  # a field without a result
                self.instr.pop()
            elif self.fields:
                self.fields.pop()
        toc, self.in_toc = self.in_toc, self.skip_toc and any(self.fields)
        return toc or self.in_toc


def _is_toc_control(el) -> bool:
    if el.tag != W + "sdt":
        return False
    pr = el.find(W + "sdtPr")
    if pr is None:
        return False
    return any((g.get(W + "val") or "").startswith("Table of Contents") for g in pr.iter(_TOC_GALLERY))


_WRAPPERS = frozenset({W + "sdt", W + "customXml"})
_TR, _TC = W + "tr", W + "tc"


def unwrap_rows(tbl) -> None:
    """Rows and cells wrapped in a content control (a repeating section of a template's
    分工表) or custom XML, put in their place, where python-docx looks for rows and cells
    (it reads only a table's own ``w:tr`` and a row's own ``w:tc``). Changes ``tbl`` in place."""
    for parent in [tbl, *(tr for tr in tbl if tr.tag == _TR)]:
        for el in [c for c in parent if c.tag in _WRAPPERS]:
            _unwrap(el)


def _unwrap(el) -> None:
    content = el.find(W + "sdtContent") if el.tag == W + "sdt" else el
    for child in [] if content is None else list(content):
        if child.tag in _WRAPPERS:
            _unwrap(child)  # (its rows or cells now stand in content)
    for child in [] if content is None else list(content):
        if child.tag in (_TR, _TC):
            el.addprevious(child)
            if child.tag == _TR:  # a wrapped row may wrap its cells too
                for c in [c for c in child if c.tag in _WRAPPERS]:
                    _unwrap(c)
    el.getparent().remove(el)


_LABEL_CELL = re.compile(r"[^\s，,。；;、：:0-9０-９]{1,6}")


def nested_row(row: list[str]) -> str:
    """A row of a table nested in a cell (.docx or .doc) as one line of that cell. A row of a
    label and its value (牵头 | 市发展改革委) is a key-value pair: 牵头：市发展改革委, as a plan
    would type it; other rows keep their cells apart."""
    cells = [c.strip() for c in row if c.strip()]
    if len(cells) == 2 and _LABEL_CELL.fullmatch(cells[0]):
        return cells[0] + "：" + cells[1]
    return "  ".join(cells)
