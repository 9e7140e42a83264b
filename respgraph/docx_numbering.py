"""Word automatic numbering rendered as text: the ``一、`` ``（三）`` ``1.`` Word draws but does not store.

A .docx paragraph numbered by Word holds no number in its runs: its ``w:numPr`` (on the
paragraph or on its style) names a list (``numId``) and a level (``ilvl``), and
``word/numbering.xml`` says how that level looks (``numFmt`` chineseCounting / decimal …,
``lvlText`` ``%1、`` / ``（%1）`` / ``第%1条``, ``start``, ``lvlRestart``). python-docx's
``paragraph.text`` leaves the number out, so a plan numbered this way would reach the
structure stage without its headings. :class:`Numbering` replays Word's counters in
document order and returns each numbered paragraph's label.

docx2python (the maintained library that renders list numbers) knows only decimal, letters,
roman and bullets, ignores ``lvlText`` and styles, so it cannot produce ``一、`` or ``（三）``.

>>> from lxml import etree
>>> W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
>>> xml = f'''<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0">
...   <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
...   <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
... </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'''
>>> num = Numbering(etree.fromstring(xml), None)
>>> def p(level):
...     return etree.fromstring(f'<w:p xmlns:w="{W}"><w:pPr><w:numPr><w:ilvl w:val="{level}"/>'
...                             f'<w:numId w:val="1"/></w:numPr></w:pPr></w:p>')
>>> [num.label(p(lv)) for lv in (0, 1, 1, 0, 1)]
['一、', '（一）', '（二）', '二、', '（一）']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

__all__ = ["Level", "NumberedList", "Numbering", "format_number"]

_CN_DIGITS = "〇一二三四五六七八九"
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_IDEO_CIRCLED = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"


def _cn_count(n: int, digits: str = "零" + _CN_DIGITS[1:], units: str = "十百千") -> str:
    """一 … 十、十一、二十、一百零五: the counting form plans write (up to 9,999)."""
    if n <= 0 or n > 9999:
        return str(n)
    out, zero = [], False
    for power, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        d = n // power % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append(digits[0])
            zero = False
        out.append(("" if (d == 1 and unit == units[0] and not out) else digits[d]) + unit)
    return "".join(out)


def _roman(n: int) -> str:
    if n <= 0 or n >= 4000:
        return str(n)
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = []
    for v, s in vals:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def _letter(n: int) -> str:
    # Word repeats the letter: a … z, aa … zz, aaa … (a hostile start of 10**9 would ask for
    # a 38-million-letter label: past 20 repeats, digits)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if 0 < n <= 520 else str(n)


def format_number(n: int, fmt: str) -> str:
    """``n`` in Word's ``numFmt``; unknown formats fall back to decimal.

    >>> [format_number(n, "chineseCounting") for n in (1, 10, 11, 20, 105)]
    ['一', '十', '十一', '二十', '一百零五']
    >>> format_number(3, "ideographTraditional"), format_number(12, "decimalEnclosedCircle")
    ('丙', '⑫')
    """
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "taiwaneseCountingThousand", "koreanCounting", "ideographLegalTraditional"):  # fmt: skip
        return _cn_count(n)
    if fmt in ("chineseLegalSimplified", "japaneseLegal"):
        return _cn_count(n, _CN_LEGAL, "拾佰仟")
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join(_CN_DIGITS[int(d)] for d in str(n))
    if fmt == "ideographTraditional":
        return _TIANGAN[(n - 1) % 10] if n > 0 else str(n)
    if fmt == "ideographZodiac":
        return _DIZHI[(n - 1) % 12] if n > 0 else str(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese"):
        return _CIRCLED[n - 1] if 1 <= n <= 20 else str(n)
    if fmt == "ideographEnclosedCircle":
        return _IDEO_CIRCLED[n - 1] if 1 <= n <= 10 else str(n)
    if fmt == "decimalEnclosedParen":
        return chr(0x2474 + n - 1) if 1 <= n <= 20 else f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return chr(0x2488 + n - 1) if 1 <= n <= 20 else f"{n}."
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return "".join(chr(0xFF10 + int(d)) for d in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperLetter":
        return _letter(n).upper()
    if fmt == "lowerLetter":
        return _letter(n)
    if fmt == "none":
        return ""
    return str(n)


@dataclass(slots=True)
class Level:
    """One level of a list definition (``w:lvl`` in .docx, an LVL in .doc)."""

    fmt: str = "decimal"
    text: str | None = None  # lvlText; None: the level defines no text
    start: int = 1
    restart: int | None = None  # lvlRestart (1-based level whose use restarts this one); 0 = never
    legal: bool = False  # isLgl: every %n in decimal
    suffix: str = "tab"  # what Word puts between the number and the text
    style: str | None = None  # w:pStyle: the paragraph style this level belongs to


@dataclass(slots=True)
class NumberedList:
    """A list instance (``w:num`` in .docx, an LFO in .doc) of the definition ``abstract``."""

    abstract: str
    levels: dict[int, Level] = field(default_factory=dict)
    overrides: dict[int, int] = field(default_factory=dict)  # ilvl -> startOverride
    used: bool = False


def _val(el, tag: str) -> str | None:
    child = el.find(W + tag) if el is not None else None
    return None if child is None else child.get(W + "val")


def _int(s: str | None, default: int | None = None) -> int | None:
    try:
        return int(s) if s is not None else default
    except ValueError:
        return default


def _level(lvl) -> Level:
    text_el = lvl.find(W + "lvlText")
    text = None if text_el is None else (text_el.get(W + "val") or "")
    legal = lvl.find(W + "isLgl")
    fmt = _val(lvl, "numFmt")
    if fmt is None:
        # Word 2010+ wraps a custom format in mc:AlternateContent; its Fallback holds a
        # standard numFmt (the last one in document order)
        found = [e.get(W + "val") for e in lvl.iter(W + "numFmt")]
        fmt = found[-1] if found else None
    return Level(
        fmt=fmt or "decimal",
        text=text,
        start=_int(_val(lvl, "start"), 1) or 0,
        restart=_int(_val(lvl, "lvlRestart")),
        legal=legal is not None and legal.get(W + "val", "1") not in ("0", "false", "off"),
        suffix=_val(lvl, "suff") or "tab",
        style=_val(lvl, "pStyle"),
    )


class Numbering:
    """Word's list counters for one document; :meth:`label` must see paragraphs in document order."""

    def __init__(self, numbering, styles) -> None:
        self.abstract: dict[str, dict[int, Level]] = {}
        self.abstract_link: dict[str, str] = {}  # abstractNumId -> numbering style it follows
        self.lists: dict[str, NumberedList] = {}
        self.style_num: dict[str, tuple[str | None, int | None]] = {}
        self.style_based: dict[str, str] = {}
        self.counters: dict[str, dict[int, int]] = {}  # abstractNumId -> ilvl -> current value
        self.cache: dict[object, str] = {}
        self.unresolved = 0  # numbered paragraphs whose definition is missing
        if styles is not None:
            for st in styles.iter(W + "style"):
                sid = st.get(W + "styleId")
                if not sid:
                    continue
                based = _val(st, "basedOn")
                if based:
                    self.style_based[sid] = based
                ppr = st.find(W + "pPr")
                npr = ppr.find(W + "numPr") if ppr is not None else None
                if npr is not None:
                    self.style_num[sid] = (_val(npr, "numId"), _int(_val(npr, "ilvl")))
        if numbering is None:
            return
        for an in numbering.iter(W + "abstractNum"):
            aid = an.get(W + "abstractNumId")
            if aid is None:
                continue
            self.abstract[aid] = {(_int(lv.get(W + "ilvl"), 0) or 0): _level(lv) for lv in an.iter(W + "lvl")}
            link = _val(an, "numStyleLink")
            if link:
                self.abstract_link[aid] = link
        for num in numbering.iter(W + "num"):
            nid = num.get(W + "numId")
            aid = _val(num, "abstractNumId")
            if nid is None or aid is None:
                continue
            lst = NumberedList(aid)
            for ov in num.iter(W + "lvlOverride"):
                ilvl = _int(ov.get(W + "ilvl"), 0) or 0
                so = _int(_val(ov, "startOverride"))
                lvl = ov.find(W + "lvl")
                if lvl is not None:
                    lst.levels[ilvl] = _level(lvl)
                    if so is None and lvl.find(W + "start") is not None:
                        so = lst.levels[ilvl].start
                if so is not None:
                    lst.overrides[ilvl] = so
            self.lists[nid] = lst

    # ------------------------------------------------------------------ lookups

    def _abstract_of(self, nid: str) -> str | None:
        lst = self.lists.get(nid)
        if lst is None:
            return None
        aid = lst.abstract
        # an abstractNum that only links to a numbering style (numStyleLink) takes its levels
        # from the list that style names
        for _ in range(3):
            link = self.abstract_link.get(aid)
            if link is None:
                break
            target = self.style_num.get(link, (None, None))[0]
            if target is None or target not in self.lists:
                break
            aid = self.lists[target].abstract
        return aid

    def _levels(self, nid: str) -> dict[int, Level]:
        aid = self._abstract_of(nid)
        levels = dict(self.abstract.get(aid, {})) if aid is not None else {}
        lst = self.lists[nid]
        levels.update(lst.levels)
        for k, so in lst.overrides.items():  # startOverride: this list's levels start there
            if k in levels:
                lv = levels[k]
                levels[k] = Level(lv.fmt, lv.text, so, lv.restart, lv.legal, lv.suffix, lv.style)
        return levels

    def _style_chain(self, style: str | None) -> list[str]:
        chain: list[str] = []
        while style and style not in chain:  # basedOn loops exist in damaged files
            chain.append(style)
            style = self.style_based.get(style)
        return chain

    def _style_numpr(self, style: str | None) -> tuple[str | None, int | None]:
        for s in self._style_chain(style):
            if s in self.style_num:
                return self.style_num[s]
        return None, None

    def _numpr(self, p) -> tuple[str | None, int | None]:
        ppr = p.find(W + "pPr")
        npr = ppr.find(W + "numPr") if ppr is not None else None
        nid = _val(npr, "numId")
        ilvl = _int(_val(npr, "ilvl"))
        pstyle = _val(ppr, "pStyle")
        snid, silvl = self._style_numpr(pstyle)
        if nid is None:
            nid = snid
        if ilvl is None:
            ilvl = silvl
        if ilvl is None and nid in self.lists:
            # a level tied to a style (w:pStyle in the level): 标题 2 -> level 1, also when
            # 标题 2 inherits the list itself from 标题 1
            by_style = {lv.style: k for k, lv in self._levels(nid).items() if lv.style}
            ilvl = next((by_style[s] for s in self._style_chain(pstyle) if s in by_style), None)
        return nid, ilvl or 0

    # ------------------------------------------------------------------ the label

    def label(self, p) -> str:
        """The number Word shows before paragraph ``p`` (a ``w:p`` element), with its separator; ``""``
        for an unnumbered or bulleted paragraph. Counts ``p`` once however often it is asked."""
        if p in self.cache:
            return self.cache[p]
        out = self._label(p)
        self.cache[p] = out
        return out

    def _label(self, p) -> str:
        nid, ilvl = self._numpr(p)
        return self.label_of(nid, ilvl)

    def label_of(self, nid: str | None, ilvl: int) -> str:
        """The label of the next paragraph of list ``nid`` at level ``ilvl`` (counts it). The
        .doc reader (respgraph/doc_binary.py) fills :attr:`abstract` and :attr:`lists` from the
        binary list tables and asks here, so both formats count and format alike."""
        if nid is None or nid == "0":  # numId 0: numbering switched off
            return ""
        if nid not in self.lists:
            self.unresolved += 1
            return ""
        levels = self._levels(nid)
        lvl = levels.get(ilvl)
        if lvl is None:
            self.unresolved += 1
            return ""
        lst = self.lists[nid]
        aid = self._abstract_of(nid) or lst.abstract
        counters = self.counters.setdefault(aid, {})
        if not lst.used:
            # a list instance with startOverride restarts the shared abstract list there
            lst.used = True
            for k in lst.overrides:
                for d in [d for d in counters if d >= k]:
                    del counters[d]
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else lvl.start
        for d in [d for d in counters if d > ilvl]:
            dl = levels.get(d)
            restart = dl.restart if dl is not None and dl.restart is not None else d
            if restart and ilvl < restart:
                del counters[d]
        if lvl.fmt == "bullet" or not lvl.text:
            return ""

        def sub(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            ref = levels.get(k) or Level()
            value = counters.get(k, ref.start)
            fmt = "decimal" if lvl.legal and ref.fmt != "none" else ref.fmt
            return format_number(value, fmt)

        text = re.sub(r"%([1-9])", sub, lvl.text)
        if not text.strip():
            return ""
        # Word draws a tab (or a space) after the number. A tab would split the line into
        # cells for the text-table reader, and after 、 ． ） it only stands for indentation.
        if lvl.suffix == "nothing" or text[-1] in "、.．）)：:，,":
            return text
        return text + " "
