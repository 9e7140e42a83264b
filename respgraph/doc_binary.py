"""Text and tables of Word 97–2003 ``.doc`` files (and WPS ``.wps`` files saved in that format).

Chinese portals still publish many plans as ``.doc`` attachments. The format ([MS-DOC]) keeps
the text in the ``WordDocument`` stream of an OLE compound file, in pieces listed by a piece
table (the CLX, in the ``0Table``/``1Table`` stream); each piece is UTF-16LE or "compressed"
cp1252. What is read here, and why it is enough for plans:

* the main document's text (the first ``ccpText`` characters; headers, footnotes and text
  boxes come after it and are left out, as page furniture is everywhere else);
* paragraph ends (``\\r``), line breaks (``\\v``) and page breaks (``\\f``) become new lines;
* fields (``\\x13`` code ``\\x14`` result ``\\x15``, nested) keep their displayed result only: a
  ``PAGE`` or ``HYPERLINK`` code is not text of the plan;
* table cells end with ``\\x07``; so does each row, with a paragraph mark whose properties say
  "table row end" (``sprmPFTtp``). The text alone cannot tell an empty cell from a row end,
  so the paragraph properties (the PAPX FKPs) are read for that flag, for "in a table", and
  for the row's cells merged down from the row above (their text repeats, as in .docx);
* Word's automatic list numbers (一、 （一） 1.) are drawn, not stored: the list definitions
  (PlfLst, LVL) and instances (PlfLfo) are read and the counters replayed by the .docx code
  (:class:`respgraph.docx_numbering.Numbering`), so a numbered .doc reads like the same .docx.
  Not read: a number a paragraph takes only from its *style* (a 标题 1 linked to a list):
  LibreOffice writes the list on each paragraph (checked), Word may leave it in the style.

>>> is_ole(b"\\xd0\\xcf\\x11\\xe0\\xa1\\xb1\\x1a\\xe1" + bytes(504))
True
"""

from __future__ import annotations

import bisect
import io
import struct
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field

from respgraph.docx_numbering import Level, NumberedList, Numbering
from respgraph.docx_text import nested_row

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_FIB_IDENT = 0xA5EC
_CELL = "\x07"
# sprmPFInTable / sprmPItap: the paragraph is in a table; sprmPFTtp / sprmPFInnerTtp: its mark
# ends a table row (outer / nested table).
_IN_TABLE_SPRMS = (0x2416,)
_ITAP = 0x6649
_ILFO = 0x460B  # sprmPIlfo: the paragraph is numbered by a Word list
_ILVL = 0x260A  # sprmPIlvl: at this level of it
_NO_LIST = 0x07FF  # ilfo 0x07FF and above: no list (or a Word 6 one)
_TDEF_TABLE = 0xD608  # sprmTDefTable: the row's cells
_VERT_MERGE, _VERT_RESTART = 0x0020, 0x0040  # TC80 flags: in a vertical merge / its first cell
_INNER_ROW_END, _INNER_CELL = 0x244C, 0x244B  # sprmPFInnerTtp, sprmPFInnerTableCell
_ROW_END_SPRMS = (0x2417, _INNER_ROW_END)
_RMARK_DEL = 0x0800  # sprmCFRMarkDel: the characters are a tracked deletion
_STRUCTURE = frozenset("\r\x07\x0c")  # paragraph, cell and page marks
# Characters that stand for objects, notes and marks, not text.
_DROP = dict.fromkeys(map(ord, "\x00\x01\x02\x03\x04\x05\x06\x08\x13\x14\x15\x1f\ufeff"), None)
_DROP.update({0x1E: "-", 0xA0: " "})


class DocError(Exception):
    """The bytes are not a Word binary document this reader understands (the reason says why)."""


@dataclass
class DocContent:
    """What a .doc holds, in reading order: paragraphs (``str``) and tables (rows of cells)."""

    blocks: list[str | list[list[str]]] = field(default_factory=list)
    unresolved_numbers: int = 0  # list-numbered paragraphs whose list the file does not define


def is_ole(data: bytes) -> bool:
    """Whether ``data`` is an OLE compound file (the container of .doc, .xls, .wps, .et)."""
    return data[:8] == OLE_MAGIC


def ole_kind(data: bytes) -> str | None:
    """What an OLE compound file holds, by its streams: ``"doc"`` (a Word document),
    ``"xls"`` (an Excel or WPS spreadsheet: a ``Workbook`` stream, or ``Book`` for Excel 5/95),
    ``"encrypted"`` (a password-protected .docx/.xlsx: Office wraps the encrypted zip in OLE),
    ``"other"``; None when the container cannot be parsed (its reader then says why).

    The suffix can say otherwise: a 分工表.xls renamed .doc, or saved by a portal as .doc."""
    import olefile

    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            if ole.exists("EncryptedPackage"):
                return "encrypted"
            if ole.exists("WordDocument"):
                return "doc"
            if ole.exists("Workbook") or ole.exists("Book"):
                return "xls"
            return "other"
    except Exception:  # olefile raises OSError and others on damaged containers
        return None


def read_doc(data: bytes) -> DocContent:
    """Read a Word 97–2003 binary document.

    Raises :class:`DocError` for an OLE file without a Word document (e.g. an .xls), an
    encrypted document, or a damaged piece table.
    """
    word, table, fib = _streams(data)
    try:
        pieces = _pieces(word, table, fib)
        text, fcs = _main_text(word, pieces, fib.ccp_text)
        runs = _para_runs(word, table, fib)
        text = _drop_deleted(text, fcs, _deleted_runs(word, table, fib))
        numbering = _numbering(table, fib)
    except (struct.error, IndexError) as exc:  # offsets pointing outside their stream
        raise DocError(f"damaged Word stream ({type(exc).__name__})") from None
    return _blocks(text, fcs, runs, numbering)


def _streams(data: bytes) -> tuple[bytes, bytes, _Fib]:
    """The Word stream, the table stream it names, and the Word stream's FIB."""
    import olefile

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception as exc:  # olefile raises OSError and others on damaged containers
        raise DocError(f"not a valid OLE file ({type(exc).__name__})") from None
    with ole:
        if not ole.exists("WordDocument"):
            kind = "an Excel workbook" if ole.exists("Workbook") or ole.exists("Book") else "not a Word document"
            raise DocError(f"OLE file holds {kind}")
        try:
            word = ole.openstream("WordDocument").read()
            fib = _Fib.parse(word)
            table_name = "1Table" if fib.which_table else "0Table"
            if not ole.exists(table_name):
                raise DocError(f"no {table_name} stream")
            table = ole.openstream(table_name).read()
        except DocError:
            raise
        except Exception as exc:  # a stream's sectors outside the file, a short FIB, ...
            raise DocError(f"damaged OLE file ({type(exc).__name__})") from None
    return word, table, fib


@dataclass(frozen=True)
class _Fib:
    which_table: bool
    ccp_text: int
    fc_clx: int
    lcb_clx: int
    fc_bte_papx: int
    lcb_bte_papx: int
    fc_bte_chpx: int = 0
    lcb_bte_chpx: int = 0
    fc_plf_lst: int = 0
    lcb_plf_lst: int = 0
    fc_plf_lfo: int = 0
    lcb_plf_lfo: int = 0

    @classmethod
    def parse(cls, word: bytes) -> _Fib:
        if len(word) < 0x1AA:
            raise DocError("Word stream too short")
        ident, nfib = struct.unpack_from("<HH", word, 0)
        if ident != _FIB_IDENT:
            raise DocError("not a Word document (bad FIB)")
        if nfib < 0xC1:  # Word 6/95 keep text and tables differently (no piece table of this kind)
            raise DocError("Word 6/95 format is not supported (save it as .docx)")
        flags = struct.unpack_from("<H", word, 0x0A)[0]
        if flags & 0x0100:
            raise DocError("document is encrypted")
        # FibBase (32 bytes), then csw + FibRgW, cslw + FibRgLw, cbRgFcLcb + FibRgFcLcb.
        pos = 32
        csw = struct.unpack_from("<H", word, pos)[0]
        pos += 2 + 2 * csw
        cslw = struct.unpack_from("<H", word, pos)[0]
        lw = pos + 2
        ccp_text = struct.unpack_from("<i", word, lw + 3 * 4)[0]
        pos = lw + 4 * cslw
        cb_rg = struct.unpack_from("<H", word, pos)[0]
        rg = pos + 2
        if cb_rg < 34 or rg + 8 * 34 > len(word):
            raise DocError("FIB too short")

        def pair(i: int) -> tuple[int, int]:
            return struct.unpack_from("<II", word, rg + 8 * i)

        fc_clx, lcb_clx = pair(33)
        fc_bte, lcb_bte = pair(13)
        lists = (*pair(73), *pair(74)) if cb_rg >= 75 and rg + 8 * 75 <= len(word) else (0, 0, 0, 0)
        chpx = pair(12)  # fcPlcfBteChpx: character properties (a tracked deletion is one)
        return cls(bool(flags & 0x0200), ccp_text, fc_clx, lcb_clx, fc_bte, lcb_bte, *chpx, *lists)


@dataclass(frozen=True)
class _Piece:
    cp_start: int
    cp_end: int
    fc: int  # byte offset in the WordDocument stream
    compressed: bool  # one byte per character (cp1252) instead of two (UTF-16LE)


def _pieces(word: bytes, table: bytes, fib: _Fib) -> list[_Piece]:
    clx = table[fib.fc_clx : fib.fc_clx + fib.lcb_clx]
    i = 0
    while i < len(clx) and clx[i] == 0x01:  # Prc: property modifiers, skipped
        if i + 3 > len(clx):
            break
        (cb,) = struct.unpack_from("<h", clx, i + 1)
        if cb < 0:
            raise DocError("damaged piece table")
        i += 3 + cb
    if i + 5 > len(clx) or clx[i] != 0x02:
        raise DocError("damaged piece table")
    (lcb,) = struct.unpack_from("<I", clx, i + 1)
    plc = clx[i + 5 : i + 5 + lcb]
    n = (len(plc) - 4) // 12
    if n <= 0:
        raise DocError("empty piece table")
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    out = []
    for k in range(n):
        (fc_raw,) = struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * k + 2)
        compressed = bool(fc_raw & 0x40000000)
        fc = fc_raw & 0x3FFFFFFF
        out.append(_Piece(cps[k], cps[k + 1], fc // 2 if compressed else fc, compressed))
    return out


def _main_text(word: bytes, pieces: list[_Piece], ccp_text: int) -> tuple[str, array]:
    """The main document's characters and, for each, its byte offset in the Word stream."""
    chars: list[str] = []
    fcs = array("q")  # 8 bytes a character (a list of ints would hold ~36)
    for p in pieces:
        if p.cp_start >= ccp_text:
            break
        count = min(p.cp_end, ccp_text) - p.cp_start
        if p.compressed:
            raw = word[p.fc : p.fc + count]
            chars.append(raw.decode("cp1252", errors="replace"))
            fcs.extend(range(p.fc, p.fc + len(raw)))
        else:
            raw = word[p.fc : p.fc + 2 * count]
            piece = raw.decode("utf-16-le", errors="replace")
            chars.append(piece)
            if len(piece) == len(raw) // 2:
                fcs.extend(range(p.fc, p.fc + len(raw) - 1, 2))
            else:  # a character beyond the BMP (CJK extension B names) takes two code units
                fc = p.fc
                for ch in piece:
                    fcs.append(fc)
                    fc += 4 if ord(ch) > 0xFFFF else 2
    return "".join(chars), fcs


@dataclass(frozen=True)
class _Para:
    """What the reader needs of one paragraph's properties."""

    in_table: bool = False
    row_end: bool = False  # its mark ends a table row
    ilfo: int = 0  # the Word list numbering it (1-based LFO index; 0: none)
    ilvl: int = 0  # its level in that list
    merged_down: tuple[int, ...] = ()  # on a row end: cells continuing the merged cell above
    nested: int = 0  # in a table nested in a cell: 1, its mark ends a cell of it; 2, a row; 3, neither


_PLAIN = _Para()


@dataclass(frozen=True)
class _ParaRuns:
    """Paragraph properties by byte range of the Word stream."""

    starts: list[int]
    ends: list[int]
    props: list[_Para]

    def at(self, fc: int) -> _Para:
        k = bisect.bisect_right(self.starts, fc) - 1
        return self.props[k] if k >= 0 and fc < self.ends[k] else _PLAIN


def _para_runs(word: bytes, table: bytes, fib: _Fib) -> _ParaRuns:
    """The PlcBtePapx lists 512-byte FKP pages; each page maps ranges of paragraph text (by
    byte offset) to property lists (PAPX), in which "in a table" and "row end" are sprms."""
    runs: list[tuple[int, int, _Para]] = []
    for page in _fkp_pages(word, table, fib.fc_bte_papx, fib.lcb_bte_papx):
        crun = page[511]
        if 4 * (crun + 1) + 13 * crun > 511:
            continue  # not an FKP page
        rgfc = struct.unpack_from(f"<{crun + 1}I", page, 0)
        for r in range(crun):
            b_offset = page[4 * (crun + 1) + 13 * r]
            props = _paragraph(page, 2 * b_offset) if b_offset else _PLAIN
            runs.append((rgfc[r], rgfc[r + 1], props))
    runs.sort(key=lambda run: run[0])
    return _ParaRuns([a for a, _, _ in runs], [b for _, b, _ in runs], [f for _, _, f in runs])


def _fkp_pages(word: bytes, table: bytes, fc: int, lcb: int) -> Iterator[bytes]:
    """The 512-byte FKP pages a PlcBteChpx / PlcBtePapx lists."""
    plc = table[fc : fc + lcb]
    n = (len(plc) - 4) // 8
    for k in range(max(n, 0)):
        (pn,) = struct.unpack_from("<I", plc, 4 * (n + 1) + 4 * k)
        page = word[pn * 512 : pn * 512 + 512]
        if len(page) == 512:
            yield page


def _deleted_runs(word: bytes, table: bytes, fib: _Fib) -> list[tuple[int, int]]:
    """Byte ranges of the Word stream whose characters are a tracked deletion (sprmCFRMarkDel):
    Word keeps deleted text in the text, marked, until the change is accepted."""
    out = []
    for page in _fkp_pages(word, table, fib.fc_bte_chpx, fib.lcb_bte_chpx):
        crun = page[511]
        if 4 * (crun + 1) + crun > 511:
            continue  # not an FKP page
        rgfc = struct.unpack_from(f"<{crun + 1}I", page, 0)
        for r in range(crun):
            at = 2 * page[4 * (crun + 1) + r]
            if at and at < 511 and _marked_deleted(page[at + 1 : at + 1 + page[at]]):
                out.append((rgfc[r], rgfc[r + 1]))
    return out


def _marked_deleted(grpprl: bytes) -> bool:
    i = 0
    while i + 2 <= len(grpprl):
        (sprm,) = struct.unpack_from("<H", grpprl, i)
        i += 2
        if sprm == _RMARK_DEL and i < len(grpprl):
            return grpprl[i] in (1, 0x81)  # on, or the opposite of the style's (which is off)
        i += _operand_size(sprm, grpprl, i)
    return False


def _drop_deleted(text: str, fcs: array, deleted: list[tuple[int, int]]) -> str:
    """``text`` without its deleted characters; paragraph, cell and page marks stay, so the
    paragraph and table structure holds (a deleted paragraph is left empty)."""
    if not deleted:
        return text
    deleted.sort()
    starts = [a for a, _ in deleted]
    chars = list(text)
    for i, ch in enumerate(chars):
        k = bisect.bisect_right(starts, fcs[i]) - 1
        if k >= 0 and fcs[i] < deleted[k][1] and ch not in _STRUCTURE:
            chars[i] = "\x00"  # dropped with the other object characters (_DROP); keeps offsets
    return "".join(chars)


def _paragraph(page: bytes, at: int) -> _Para:
    """The properties of one PAPX of an FKP page."""
    if at + 2 > len(page):
        return _PLAIN
    cb = page[at]
    if cb == 0:
        size, start = 2 * page[at + 1], at + 2
    else:
        size, start = 2 * cb - 1, at + 1
    grpprl = page[start + 2 : start + size]  # after the 2-byte style index
    in_table = row_end = False
    ilfo = ilvl = nested = 0
    merged_down: tuple[int, ...] = ()
    i = 0
    while i + 2 <= len(grpprl):
        (sprm,) = struct.unpack_from("<H", grpprl, i)
        i += 2
        if i < len(grpprl):
            if sprm == _ITAP:  # table depth, 4 bytes
                depth = int.from_bytes(grpprl[i : i + 4], "little")
                in_table = in_table or depth >= 1
                nested = nested or (3 if depth >= 2 else 0)
            elif sprm in _IN_TABLE_SPRMS:
                in_table = in_table or grpprl[i] == 1
            elif sprm in _ROW_END_SPRMS:
                row_end = row_end or grpprl[i] == 1
                if sprm == _INNER_ROW_END and grpprl[i] == 1:
                    nested = 2
            elif sprm == _INNER_CELL and grpprl[i] == 1 and nested != 2:
                nested = 1
            elif sprm == _ILFO:  # the paragraph's list (0: none)
                ilfo = int.from_bytes(grpprl[i : i + 2], "little")
            elif sprm == _ILVL:
                ilvl = grpprl[i] if grpprl[i] < 9 else 0
            elif sprm == _TDEF_TABLE:
                merged_down = _merged_down(grpprl, i)
        i += _operand_size(sprm, grpprl, i)
    return _Para(in_table or row_end, row_end, ilfo, ilvl, merged_down, nested)


def _merged_down(grpprl: bytes, i: int) -> tuple[int, ...]:
    """Cells of a row that continue a vertically merged cell (TDefTableOperand: cb, itcMac,
    itcMac+1 cell edges, then one 20-byte TC80 per cell opening with its flags)."""
    if i + 3 > len(grpprl):
        return ()
    n = grpprl[i + 2]
    tcs = i + 3 + 2 * (n + 1)
    out = []
    for k in range(n):
        if tcs + 20 * k + 2 > len(grpprl):
            break
        (tcgrf,) = struct.unpack_from("<H", grpprl, tcs + 20 * k)
        if tcgrf & _VERT_MERGE and not tcgrf & _VERT_RESTART:
            out.append(k)
    return tuple(out)


def _operand_size(sprm: int, grpprl: bytes, i: int) -> int:
    spra = sprm >> 13  # the operand's size class ([MS-DOC] 2.2.5.1)
    if spra in (0, 1):
        return 1
    if spra in (2, 4, 5):
        return 2
    if spra == 3:
        return 4
    if spra == 7:
        return 3
    if sprm == _TDEF_TABLE and i + 2 <= len(grpprl):  # a 2-byte size, counting itself minus 1
        return 1 + struct.unpack_from("<H", grpprl, i)[0]
    if i >= len(grpprl):  # 6: variable length, its size in the first byte
        return 0
    if sprm == 0xC615 and grpprl[i] == 255:  # sprmPChgTabs may carry a larger operand
        return len(grpprl)  # rare; stop reading this PAPX
    return 1 + grpprl[i]


# Word's number formats (LVLF.nfc) in the order of OOXML's ST_NumberFormat, which .docx
# names; [MS-DOC] gives the same numbers (0 decimal, 22 decimalZero, 23 bullet, 255 none).
_NFC = (
    "decimal upperRoman lowerRoman upperLetter lowerLetter ordinal cardinalText ordinalText hex chicago "
    "ideographDigital japaneseCounting aiueo iroha decimalFullWidth decimalHalfWidth japaneseLegal "
    "japaneseDigitalTenThousand decimalEnclosedCircle decimalFullWidth2 aiueoFullWidth irohaFullWidth "
    "decimalZero bullet ganada chosung decimalEnclosedFullstop decimalEnclosedParen "
    "decimalEnclosedCircleChinese ideographEnclosedCircle ideographTraditional ideographZodiac "
    "ideographZodiacTraditional taiwaneseCounting ideographLegalTraditional taiwaneseCountingThousand "
    "taiwaneseDigital chineseCounting chineseLegalSimplified chineseCountingThousand"
).split()
_FOLLOW = {0: "tab", 1: "space", 2: "nothing"}


def _numbering(table: bytes, fib: _Fib) -> Numbering:
    """Word's lists as a :class:`~respgraph.docx_numbering.Numbering`: each list definition
    (an LSTF of the PlfLst; its LVLs follow the PlfLst in the table stream, one for a simple
    list, else nine) under its ``lsid``, each list instance (an LFO of the PlfLfo, with its
    start-at and level overrides) under its 1-based index, the ``ilfo`` paragraphs name."""
    num = Numbering(None, None)
    plf = table[fib.fc_plf_lst : fib.fc_plf_lst + fib.lcb_plf_lst]
    count = struct.unpack_from("<h", plf, 0)[0] if len(plf) >= 2 else 0
    pos = fib.fc_plf_lst + fib.lcb_plf_lst
    for k in range(max(0, min(count, (len(plf) - 2) // 28))):
        at = 2 + 28 * k
        (lsid,) = struct.unpack_from("<i", plf, at)
        levels = {}
        for ilvl in range(1 if plf[at + 26] & 1 else 9):  # fSimpleList
            level, pos = _lvl(table, pos)
            if level is None:
                return num  # a damaged LVL: the lists read so far stand
            levels[ilvl] = level
        num.abstract[str(lsid)] = levels
    lfo = table[fib.fc_plf_lfo : fib.fc_plf_lfo + fib.lcb_plf_lfo]
    n = struct.unpack_from("<I", lfo, 0)[0] if len(lfo) >= 4 else 0
    n = min(n, (len(lfo) - 4) // 16)
    pos = 4 + 16 * n  # the LFOData, one per LFO: a cp, then its LFOLVL overrides
    for k in range(n):
        (lsid,) = struct.unpack_from("<i", lfo, 4 + 16 * k)
        instance = NumberedList(str(lsid))
        pos += 4
        for _ in range(lfo[4 + 16 * k + 12]):  # clfolvl
            if pos + 8 > len(lfo):
                break
            start, bits = struct.unpack_from("<iI", lfo, pos)
            pos += 8
            if bits & 0x20:  # fFormatting: a whole LVL replaces the level
                level, pos = _lvl(lfo, pos)
                if level is None:
                    break
                instance.levels[bits & 0x0F] = level
            if bits & 0x10:  # fStartAt
                instance.overrides[bits & 0x0F] = start
        num.lists[str(k + 1)] = instance
    return num


def _lvl(buf: bytes, pos: int) -> tuple[Level | None, int]:
    """One LVL at ``pos``: its LVLF (28 bytes), two property lists, then the number text,
    whose placeholder characters (0–8, at the positions rgbxchNums lists) stand for levels."""
    if pos + 30 > len(buf):
        return None, pos
    start, nfc, flags = struct.unpack_from("<iBB", buf, pos)
    places = buf[pos + 6 : pos + 15]
    follow, cb_chpx, cb_papx, restart_lim = buf[pos + 15], buf[pos + 24], buf[pos + 25], buf[pos + 26]
    pos += 28 + cb_papx + cb_chpx
    if pos + 2 > len(buf):
        return None, pos
    (cch,) = struct.unpack_from("<H", buf, pos)
    chars = list(buf[pos + 2 : pos + 2 + 2 * cch].decode("utf-16-le", errors="replace"))
    pos += 2 + 2 * cch
    for x in places:
        if x == 0:
            break
        if x <= len(chars) and len(chars[x - 1]) == 1 and ord(chars[x - 1]) < 9:  # once each
            chars[x - 1] = f"%{ord(chars[x - 1]) + 1}"
    level = Level(
        fmt="none" if nfc == 255 else (_NFC[nfc] if nfc < len(_NFC) else "decimal"),
        text="".join(chars),
        start=start,
        # fNoRestart: restarts only after levels above ilvlRestartLim (0: never), as lvlRestart
        restart=restart_lim if flags & 0x08 else None,
        legal=bool(flags & 0x04),
        suffix=_FOLLOW.get(follow, "tab"),
    )
    return level, pos


class _Fields:
    """Each field's displayed result kept, its code dropped (fields nest). A field's result may
    run over paragraphs: the result of a table of contents (TOC), one entry per paragraph, is
    dropped too (the plan's headings again, with page numbers: no text of the plan)."""

    def __init__(self) -> None:
        # per open field: its code while still in it (before \x14), else None; is it a TOC?
        self.stack: list[list] = []

    def strip(self, text: str) -> str:
        """``text`` (one paragraph) as shown."""
        if "\x13" not in text and not self.stack:
            return text
        out: list[str] = []
        stack = self.stack
        for ch in text:
            if ch == "\x13":
                stack.append([[], False])
            elif ch == "\x14" and stack and stack[-1][0] is not None:
                top = stack[-1]
                top[1] = "".join(top[0]).split()[:1] == ["TOC"]
                top[0] = None
            elif ch == "\x15" and stack:
                stack.pop()
            elif stack and stack[-1][0] is not None:
                stack[-1][0].append(ch)
            elif not stack or not any(f[0] is not None or f[1] for f in stack):
                out.append(ch)
        # a code cut by a paragraph mark (a damaged field) ends there, as a result would not
        self.stack = [f for f in stack if f[0] is None]
        return "".join(out)


def _blocks(text: str, fcs: array, runs: _ParaRuns, numbering: Numbering) -> DocContent:
    """Paragraphs and tables, in order. A paragraph mark inside a table is a line break of
    its cell; a cell mark on a row-end paragraph closes the row. A paragraph numbered by a
    Word list gets its number (一、 （一） 1.) in front, as Word draws it."""
    reader = _BlockReader(numbering)
    para = reader.para
    for i, ch in enumerate(text):
        if ch != _CELL and ch not in "\r\f":
            para.append(ch)
            continue
        props = runs.at(fcs[i])
        if ch == _CELL and props.row_end:
            reader.end_row(props)
        elif ch == _CELL:
            reader.end_nested_row()
            reader.end_cell(props)
        elif props.nested:
            reader.nested_paragraph(props)
        elif props.in_table:
            reader.cell.append(reader.take(props))
        else:
            reader.end_table()
            reader.paragraph(reader.take(props))
    reader.end_table()
    reader.paragraph(reader.take())
    reader.content.unresolved_numbers = numbering.unresolved
    return reader.content


class _BlockReader:
    """What ``_blocks`` has read of a paragraph, a cell, a row and a table (and of a table nested
    in a cell) while it walks the text's marks, and the blocks finished."""

    def __init__(self, numbering: Numbering) -> None:
        self.numbering = numbering
        self.content = DocContent()
        self.fields = _Fields()
        self.para: list[str] = []  # characters since the last paragraph or cell mark
        self.cell: list[str] = []  # finished paragraphs of the cell being read
        self.row: list[str] = []
        self.rows: list[list[str]] = []
        self.inner_cell: list[str] = []  # paragraphs of the nested table's cell being read
        self.inner_row: list[str] = []  # the nested table's row being read

    def take(self, props: _Para = _PLAIN) -> str:
        """The paragraph read since the last mark, as shown (fields' results, its list number)."""
        s = self.fields.strip("".join(self.para)).translate(_DROP).replace("\v", "\n")
        self.para.clear()
        if 0 < props.ilfo < _NO_LIST:
            s = self.numbering.label_of(str(props.ilfo), props.ilvl) + s
        return s

    def paragraph(self, s: str) -> None:
        """A paragraph of the body: its lines (\v breaks) are paragraphs of their own."""
        self.content.blocks.extend(line for line in s.split("\n") if line.strip())

    def end_cell(self, props: _Para) -> None:
        self.cell.append(self.take(props))
        self.row.append("\n".join(self.cell))
        self.cell.clear()

    def end_row(self, props: _Para) -> None:
        rest = self.take()  # the row-end mark holds no text of its own (else keep it as a cell)
        if rest.strip():
            self.row.append(rest)
        # a cell merged down from the row above repeats its text: a 牵头单位 merged over
        # two tasks leads both (as in .docx and .xlsx)
        row, rows = self.row, self.rows
        for k in props.merged_down:
            if rows and k < len(row) and k < len(rows[-1]) and not row[k].strip():
                row[k] = rows[-1][k]
        rows.append(list(row))
        row.clear()

    def nested_paragraph(self, props: _Para) -> None:
        """A paragraph of a table nested in a cell: its cells end in paragraph marks; each of its
        rows becomes one line of the outer cell (牵头 | 市发展改革委 -> 牵头：市发展改革委, as in .docx)."""
        if props.nested == 2:
            self.take()  # the row-end mark holds no text
            self.end_nested_row()
            return
        self.inner_cell.append(self.take(props))
        if props.nested == 1:
            self.inner_row.append("\n".join(self.inner_cell))
            self.inner_cell.clear()

    def end_nested_row(self) -> None:
        """Close the nested table's row being read into one line of the outer cell (also when a
        damaged nested row is cut off by its cell's end)."""
        if self.inner_cell:
            self.inner_row.append("\n".join(self.inner_cell))
            self.inner_cell.clear()
        if self.inner_row:
            self.cell.append(nested_row(self.inner_row))
            self.inner_row.clear()

    def end_table(self) -> None:
        self.end_nested_row()
        if self.cell:  # a damaged table whose last cell has no cell mark: keep its text
            self.row.append("\n".join(self.cell))
            self.cell.clear()
        if self.row:
            self.rows.append(list(self.row))
            self.row.clear()
        if self.rows:
            self.content.blocks.append([list(r) for r in self.rows])
            self.rows.clear()
