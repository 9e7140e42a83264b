"""Clean-up of decoded plan text, keeping an offset map back to the raw text.

Every step only deletes characters or replaces a run of characters; each step returns a new
text and an offset list, so ``offsets[i]`` is always the index in the *raw* text of cleaned
character ``i``. Steps are regex passes that collect edits ``(start, end, replacement)`` and
rebuild text and offsets segment by segment (list slices, no per-character Python loop).

Steps, in order:

1. newlines ``\\r\\n``/``\\r`` -> ``\\n``; zero-width characters dropped;
2. full-width ASCII letters/digits and the ideographic space -> half-width (Chinese
   punctuation such as ，。：；（）、 is left alone);
3. traditional -> simplified characters when the text is mostly traditional; in a simplified
   text, only the stray traditional-only characters (``牽头單位`` -> ``牵头单位``);
4. a text flattened onto one long line gets its paragraph breaks back (a space before 二、/
   （三）/4./【 in a line of 300+ characters holding three or more of them); scraped-site
   boilerplate (download-site and government-portal header/footer lines) around the document;
5. page-number debris lines (``- 3 -``, ``第 3 页``, ``3/22``, lone page numbers) and page
   numbers run into the text (``县农第2页 共9页业农村局``, ``渝水生-6-态环境局``), a
   portal's page lines (``打印本页 关闭窗口``, ``来源：… 发布时间：…``) anywhere in the text, and
   a running header inside a sentence broken across pages (the title page's lines, a letterhead
   ``XX县人民政府办公室文件``, a document number);
6. OCR confusions that are never real words (``力口`` -> ``加``, ``2O24年`` -> ``2024年``,
   a heading's ``—、`` / ``（—）`` -> ``一、`` / ``（一）``, an item's ``l.`` / ``I2.`` / ``2O.`` ->
   ``1.`` / ``12.`` / ``20.``), a bracket pair of two widths
   (``各乡镇(办）`` -> ``各乡镇（办）``), and in agency names between
   separators ``县民政届`` / ``县民政尼`` -> ``县民政局``, ``具财政局`` -> ``县财政局``;
7. OCR spaces inside CJK runs (``污染 防治`` -> ``污染防治``), ``24 .强化`` -> ``24.强化``,
   ``2025年12月31 日`` -> ``31日``, digits spaced apart before a stop or a unit (``1 0 .`` /
   ``2 0 2 5 年`` / ``9 4%`` -> ``10.`` / ``2025年`` / ``94%``); a unit label's lost or
   misread colon put back (``牵头单位县民政局`` / ``牵头单位∶`` / ``牵头单位；县民政局`` / ``牵头单位·县民政局`` ->
   ``牵头单位：县民政局``);
8. a prose line printed twice, one under the other (two-column scans), read once;
   mid-sentence line breaks from PDF export, joined only where that is safe (in text wrapped at
   a fixed width, every full line); a name hyphenated
   at a line's end (``市生态环-`` / ``境局``) loses its hyphen; an item's number wrapped alone at a
   line's end (``…）6.`` / ``加快…``) joins its title.

>>> text, offsets = clean_text("区农 林水与生态环境局\\n- 3 -\\n")
>>> text
'区农林水与生态环境局\\n'
>>> offsets[2]  # 林 sits at index 3 of the raw text (after the removed space)
3
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Literal

Edit = tuple[int, int, str]  # replace raw[start:end] by the string (may be empty)

# --------------------------------------------------------------------------- character classes

# CJK ideographs (BMP blocks; extension planes are rare in plans) ...
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# ... and CJK punctuation: ideographic symbols, full-width forms, curly quotes, ellipsis, dashes.
_CJK_PUNCT = "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018-\u201f\u2026\u2014\u00b7"
_CJK = _HAN + _CJK_PUNCT

# --------------------------------------------------------------------------- small edit engine

# The map from the current text back to the raw text is kept as segments
# ``(dst_start, src_start, length, step)``: ``length`` characters from ``dst_start`` map to
# ``src_start, src_start + step, ...`` (step 1: kept run; step 0: a replacement standing for a
# whole raw run). Each pass costs O(edits + segments); the per-character offsets list is built
# once at the end with C-level ``list.extend(range(...))``.
Seg = tuple[int, int, int, int]


class _Text:
    """Text being cleaned, with its segment map back to the raw text."""

    __slots__ = ("text", "segs")

    def __init__(self, raw: str):
        self.text = raw
        self.segs: list[Seg] = [(0, 0, len(raw), 1)] if raw else []

    def apply(self, edits: Iterable[Edit]) -> int:
        """Apply sorted, non-overlapping edits (in current coordinates); return their number.

        A replacement of the same length maps character by character; any other replacement
        maps all its characters to the first replaced raw character.
        """
        text, segs = self.text, self.segs
        parts: list[str] = []
        out: list[Seg] = []
        si = 0  # first segment that may still overlap what is emitted next
        dst = 0

        def push(seg: Seg) -> None:
            if out:
                d0, s0, l0, st0 = out[-1]
                if st0 == 1 and seg[3] == 1 and d0 + l0 == seg[0] and s0 + l0 == seg[1]:
                    out[-1] = (d0, s0, l0 + seg[2], 1)
                    return
            out.append(seg)

        def emit(a: int, b: int) -> None:
            """Map current [a, b) to new positions starting at ``dst``."""
            nonlocal si
            while si < len(segs) and segs[si][0] + segs[si][2] <= a:
                si += 1
            k = si
            while k < len(segs) and segs[k][0] < b:
                d, src, ln, st = segs[k]
                lo, hi = max(a, d), min(b, d + ln)
                if hi > lo:
                    push((dst + lo - a, src + (lo - d) * st, hi - lo, st))
                k += 1

        def src_of(i: int) -> int:
            nonlocal si
            while si < len(segs) and segs[si][0] + segs[si][2] <= i:
                si += 1
            d, src, _, st = segs[si]
            return src + (i - d) * st

        pos = 0
        n = 0
        for start, end, repl in edits:
            if start < pos:  # overlapping edit: the earlier one wins
                continue
            n += 1
            if start > pos:
                parts.append(text[pos:start])
                emit(pos, start)
                dst += start - pos
            if repl:
                parts.append(repl)
                if len(repl) == end - start:
                    emit(start, end)
                else:
                    push((dst, src_of(start), len(repl), 0))
                dst += len(repl)
            pos = end
        if not n:
            return 0
        if pos < len(text):
            parts.append(text[pos:])
            emit(pos, len(text))
        self.text = "".join(parts)
        self.segs = out
        return n

    def sub(self, pattern: re.Pattern[str], repl) -> int:
        """``re.sub`` keeping the map: ``repl`` is a string or a function of the match."""
        if isinstance(repl, str):
            return self.apply((m.start(), m.end(), repl) for m in pattern.finditer(self.text))
        return self.apply((m.start(), m.end(), repl(m)) for m in pattern.finditer(self.text))

    def offsets(self) -> list[int]:
        out: list[int] = []
        for _, src, ln, st in self.segs:
            out.extend(range(src, src + ln) if st else [src] * ln)
        return out


# --------------------------------------------------------------------------- 1-2: newlines, width

# One character class (no alternation) keeps the scan fast.
_NEWLINES = re.compile(r"[\r\u200b\u200c\u200d\u2060\ufeff\u00ad]")

# Full-width digits and letters -> ASCII; ideographic space and no-break space -> space.
# Chinese punctuation stays: the later stages read both ：and : .
_WIDTH = {cp: cp - 0xFEE0 for cp in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]}
_WIDTH[0x3000] = 0x20
_WIDTH[0x00A0] = 0x20
# str.translate looks up every character; a regex finds the (usually few) runs to translate.
# Written X then X* (the same runs as X+): a pattern opening with a class lets the engine skip
# in C to the next such character, a repeat is tried at every position (3x slower).
_WIDE = "[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000\u00a0]"
_WIDTH_RE = re.compile(_WIDE + _WIDE + "*")


# --------------------------------------------------------------------------- 3: script

_NON_HAN_RE = re.compile(f"[^{_HAN}]+")
_HAN_RE = re.compile(f"[{_HAN}]")


@lru_cache(maxsize=1)
def _t2s():
    from opencc import OpenCC

    return OpenCC("t2s")


_T2S_CACHE: dict[str, str] = {}


def _t2s_char(c: str) -> str:
    """Character-level t2s, cached: OpenCC's pure-Python lookup is slow per call."""
    s = _T2S_CACHE.get(c)
    if s is None:
        s = _T2S_CACHE[c] = _t2s().convert(c)
    return s


def traditional_share(text: str, sample: int = 20000) -> float:
    """Share of Han characters (in a sample) that OpenCC t2s changes.

    Simplified plans score ~0; traditional ones ~0.2-0.3.

    >>> traditional_share("環境保護")  # 環 and 護 change, 境 and 保 are shared
    0.5
    """
    text = text[:sample]
    # the characters t2s changes are Han characters: counted in the sample as among its Han
    # ones, and the Han characters are only gathered when one was found (never, in most plans)
    changed = len(_t2s_changed_re().findall(text))
    return changed / len(_NON_HAN_RE.sub("", text)) if changed else 0.0


@lru_cache(maxsize=1)
def _t2s_changed_re() -> re.Pattern[str]:
    """The Han characters OpenCC t2s changes, as one character class.

    Counting them is one C-level scan of the sample; a set of the sample's characters (to look
    each new one up) cost more than the rest of script detection. Only a character with an
    entry of its own in t2s's tables can change; each is converted by OpenCC itself, all in one
    call (the newlines between them make every character a segment converted on its own).
    """
    from pathlib import Path

    import opencc

    keys: set[str] = set()
    for name in ("TSPhrases.txt", "TSCharacters.txt"):  # the tables of OpenCC's t2s.json
        table = Path(opencc.__file__).parent / "dictionary" / name
        for line in table.read_text(encoding="utf-8").splitlines() if table.exists() else ():
            key = line.partition("\t")[0]
            if len(key) == 1 and _HAN_RE.match(key):
                keys.add(key)
    ordered = sorted(keys)
    converted = _t2s().convert("\n".join(ordered)).split("\n")
    if len(converted) != len(ordered):  # not the library this relies on: one character at a time
        converted = [_t2s_char(c) for c in ordered]
    changed = "".join(c for c, s in zip(ordered, converted) if s != c)
    return re.compile(f"[{changed}]" if changed else "(?!)")


@lru_cache(maxsize=None)
def _simplified_only(c: str) -> bool:
    """Whether ``c`` belongs to the simplified character set (GB2312): 乾 著 於 do, 牽 責 單 do not."""
    try:
        c.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def stray_traditional(text: str) -> dict[int, str]:
    """A translate table for the traditional characters strayed into a simplified text.

    OCR trained on both scripts, or a name pasted from a traditional source, leaves a few
    牽头单位 / 縣財政局 in a simplified plan: too few for ``detect_script``, enough to break a
    label or a name. Only characters outside GB2312 are changed, so a simplified text's own
    乾 / 著 / 於 (which t2s would also change) stay.

    >>> "牽头單位".translate(stray_traditional("牽头單位"))
    '牵头单位'
    """
    found = _stray_re().findall(text)  # one C-level scan: nothing found in almost every plan
    return {ord(c): _t2s_char(c) for c in set(found)} if found else {}


@lru_cache(maxsize=1)
def _stray_re() -> re.Pattern[str]:
    """The traditional-only characters (t2s changes them, GB2312 lacks them), from OpenCC's table."""
    from pathlib import Path

    import opencc

    chars = []
    table = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    for line in table.read_text(encoding="utf-8").splitlines() if table.exists() else ():
        key, _, targets = line.partition("\t")
        target = targets.split(" ")[0]
        # BMP characters only: one outside it turns the class into sre's slow path (100x)
        if len(key) == 1 and key < "\uffff" and len(target) == 1 and target != key and not _simplified_only(key):
            chars.append(key)
    return re.compile("[" + "".join(map(re.escape, chars)) + "]" if chars else "(?!)")


def detect_script(text: str) -> Literal["simplified", "traditional"]:
    return "traditional" if traditional_share(text) >= 0.05 else "simplified"


def to_simplified(text: str) -> str:
    """Traditional -> simplified, always of the same length (so offsets stay valid).

    OpenCC's phrase conversion is used when it keeps the length (it almost always does: it
    picks e.g. 乾淨 -> 干净 vs 乾隆 correctly); otherwise characters are converted one by one.
    """
    out = _phrase_t2s(text)
    if len(out) == len(text):
        return out
    table = {}
    for c in set(text):
        s = _t2s_char(c)
        if len(s) == 1 and s != c:
            table[ord(c)] = s
    return text.translate(table)


#: OpenCC segments already converted (see ``_phrase_t2s``); emptied when it grows past the max.
_SEGMENT_T2S: dict[str, str] = {}
_SEGMENT_T2S_MAX = 50_000


def _phrase_t2s(text: str) -> str:
    """``OpenCC("t2s").convert(text)``, converting each distinct segment once per process.

    OpenCC splits the text at its separators (punctuation, spaces) and converts every segment
    on its own, by a pure-Python longest-match over its phrase dictionaries: the slowest step
    of reading a traditional-character plan. A plan repeats its segments (unit names, labels,
    recurring phrases), so looking a converted segment up gives the same text for less. Falls
    back to ``convert`` if the library's internals are not the ones this relies on.
    """
    conv = _t2s()
    split = getattr(conv, "split_chars_re", None)
    one = getattr(conv, "_convert", None)
    chain = getattr(conv, "_dict_chain_data", None)
    if split is None or one is None or chain is None or not getattr(conv, "_dict_init_done", False):
        return conv.convert(text)
    parts = split.split(text)  # text, separator, text, ...: as OpenCC.convert does
    cache = _SEGMENT_T2S
    if len(cache) >= _SEGMENT_T2S_MAX:
        cache.clear()
    for i in range(0, len(parts), 2):
        seg = parts[i]
        out = cache.get(seg)
        if out is None:
            out = cache[seg] = one(seg, chain)
        parts[i] = out
    return "".join(parts)


# --------------------------------------------------------------------------- 4: site boilerplate

# Keys that download/document-sharing sites print above a document (资源ID: 174391 ...).
_SITE_KEY = re.compile(
    r"^[\s\-|·•]*(?:资源ID|资源大小|资源格式|资源类型|全文页数|文档页数|文档格式|文档大小|文件大小|文件格式"
    r"|下载积分|所需积分|下载次数|浏览次数|下载量|浏览量|收藏次数|上传时间|上传者|上传人|贡献者|文档编号"
    r"|文档分类|文档价格|VIP价格|金币|积分)\s*[:：]",
    re.I,
)
# Words that only a download site's tips use.
_SITE_WORDS = re.compile(
    r"本站|本网站|下载积分|金币|迅雷|浏览器|水印|预览文档|网盘|VIP|立即下载|下载文档|文档下载|上传者|用户上传"
)
# A government portal's page furniture around a copied document: breadcrumbs, font-size and
# print/close links, QR-code and site-registration footers (主办单位：…承办单位：… on one line).
# The operators are named without a list's stops (；，。): 承办单位：A；协办单位：B、C；督办单位：D (a 督办
# notice's clause, its last lines) is no footer.
_PORTAL_FOOTER = r"(?:主办|承办)单位\s*[:：][^；;。，,]{1,40}(?:承办|协办|技术支持|维护)单位?\s*[:：]"
_PORTAL_PAGE = (
    r"打印本页|关闭窗口|【打印】|【关闭】|扫一扫在手机|网站标识码|ICP备|公网安备|网站地图|您当前的位置|当前位置\s*[:：]"
    r"|首页\s*[>＞»]|字号\s*[:：]\s*[【\[]?\s*大|发布时间\s*[:：]\s*\d{4}|责任编辑\s*[:：]|分享到\s*[:：]|[上下]一篇\s*[:：]"
    # a WeChat (政务公众号) article's tail: its source and editor lines, 阅读原文, the follow prompt
    r"|(?m:^)[ \t]*(?:来源|编辑)\s*[:：]|阅读原文|微信扫一扫|关注该公众号"
)
# The characters a match can open with (_PORTAL_PAGE's at a line's head: a blank, 来 or 编): a
# look-ahead for them lets the regex engine reject every other position with one set test
# instead of trying each alternative there (the same matches; scans 2-3x faster).
_PORTAL_PAGE_FIRST = "打关【扫网I公您当首字发责分上下阅微来编 \t"
_PORTAL_FOOTER_FIRST = "主承"


def _opening_with(chars: str, pattern: str) -> re.Pattern[str]:
    return re.compile("(?=[" + chars + "])(?:" + pattern + ")")


_PORTAL_WORDS = _opening_with(_PORTAL_PAGE_FIRST + _PORTAL_FOOTER_FIRST, _PORTAL_PAGE + "|" + _PORTAL_FOOTER)
# The page's own furniture, without the 主办单位：…协办单位： footer (a clause's labels read alike).
_PORTAL_PAGE_RE = _opening_with(_PORTAL_PAGE_FIRST, _PORTAL_PAGE)
# A site's 主办单位：…承办单位：… footer line is its own evidence, even alone: the grammar would
# read it as a clause naming the site's operators.
_PORTAL_FOOTER_LINE = re.compile(_PORTAL_FOOTER)
_TIP_HEADING = re.compile(r"^[\s\-|·•]*(?:友情提示|温馨提示|特别提示|下载提示|免责声明|相关资源|相关文档|猜你喜欢)\s*[:：]?\s*$")
_NUMBERED = re.compile(r"^\s*\d{1,2}\s*[、.．)）]")
_FILENAME = re.compile(r"^\s*\S.{0,150}\.(?:docx?|pdf|wps|txt|rtf|xlsx?|pptx?|html?)\s*$", re.I)
_DEBRIS = re.compile(r"^[\s\-|_=*~·•—]*$")


def _boilerplate_kind(line: str) -> str | None:
    """'strong' for a line only a download site writes, 'weak' for debris it also leaves."""
    if _SITE_KEY.match(line) or _TIP_HEADING.match(line):
        return "strong"
    # the length first: a paragraph's line of 200 characters or more is not searched for the words
    if (len(line) < 200 or _NUMBERED.match(line)) and (_SITE_WORDS.search(line) or _PORTAL_WORDS.search(line)):
        return "strong"
    if _DEBRIS.match(line) or _FILENAME.match(line):
        return "weak"
    return None


def _lines_forward(text: str):
    pos = 0
    while pos <= len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        yield pos, end
        if nl < 0:
            return
        pos = nl + 1


def _lines_backward(text: str):
    end = len(text)
    while end >= 0:
        nl = text.rfind("\n", 0, end)
        yield nl + 1, end
        if nl < 0:
            return
        end = nl


def _site_block(text: str, lines) -> tuple[int, int] | None:
    """(start, end) of the leading lines (in ``lines`` order) that form a site block."""
    strong = 0
    count = 0
    footer = False
    block: tuple[int, int] | None = None
    in_tips = False
    for s, e in lines:
        line = text[s:e]
        if not line.strip():
            continue
        kind = _boilerplate_kind(line)
        footer = footer or (kind == "strong" and _PORTAL_FOOTER_LINE.search(line) is not None)
        numbered = bool(_NUMBERED.match(line))
        if kind is None and in_tips and numbered and len(line) < 200:
            kind = "weak"  # a further numbered tip of the site's tip list (5、试题试卷类文档…)
        if kind is None:
            break
        in_tips = kind == "strong" and (numbered or bool(_TIP_HEADING.match(line))) or (in_tips and numbered)
        count += 1
        strong += kind == "strong"
        block = (s, e) if block is None else (min(block[0], s), max(block[1], e))
    # A lone file-name or dash line is not enough: a site block has site-only wording.
    return block if block and strong and (count >= 2 or footer) else None


# A document flattened onto one long line (a scraper that joined paragraphs with spaces):
# a space run before a heading or item marker was a paragraph break.
_FLAT_LINE_MIN = 300
_FLAT_BREAK = re.compile(
    r"[ \u3000]+(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?![\d.．])|【|"
    r"(?P<label>(?:牵头|责任|配合)单位\s*[:：]))"
)


_STOP_SPACE = re.compile(r"。[ \u3000]")


def _flat_line_edits(text: str) -> list[Edit]:
    """Space runs before markers -> line breaks, only in lines too long to be one paragraph
    that hold at least three heading or item markers after a space (a real paragraph seldom
    spaces before 二、; labels such as 责任单位： are split too, but do not count)."""
    edits: list[Edit] = []
    for s, e in _lines_forward(text):
        if e - s < _FLAT_LINE_MIN:
            continue
        found = list(_FLAT_BREAK.finditer(text, s, e))
        # counted: heading and item markers (a label after a stop is common in wrapped text);
        # and most full stops must be followed by a space, as where paragraphs were joined
        # with spaces (run-together OCR text has stray spaces, but not after its stops)
        if sum(not m.group("label") for m in found) < 3:
            continue
        stops = text.count("。", s, e)
        if (stops and 2 * len(_STOP_SPACE.findall(text, s, e)) >= stops) or _counts_on(text, found):
            edits.extend((m.start(), m.end(), "\n") for m in found)
    return edits


_SPACED_NUMBER = re.compile(r"[ \u3000]+(\d{1,2})[.．、]")


def _counts_on(text: str, found: list[re.Match]) -> bool:
    """Whether the item numbers after spaces count on, 1 2 3 in a row: paragraphs of several
    sentences joined with spaces (only their last stop is followed by one)."""
    run, prev = 1, None
    for m in found:
        n = _SPACED_NUMBER.match(text, m.start())
        if n is None:
            continue
        v = int(n.group(1))
        run = run + 1 if prev is not None and v == prev + 1 else 1
        prev = v
        if run >= 3:
            return True
    return False


def _site_boilerplate_edits(text: str) -> list[Edit]:
    """Delete download-site lines before the body (from the start) and after it (to the end)."""
    edits: list[Edit] = []
    head = _site_block(text, _lines_forward(text))
    if head:
        edits.append((0, min(head[1] + 1, len(text)), ""))
    tail = _site_block(text, _lines_backward(text))
    if tail:
        start = max(tail[0] - 1, 0)
        if edits and start < edits[0][1]:  # everything is boilerplate: keep the text
            return []
        edits.append((start, len(text), ""))
    return edits


# --------------------------------------------------------------------------- 5: page numbers

_PAGE_BODY = (
    r" *(?:[-—–－─]+ *\d{1,4} *[-—–－─]+"  # - 3 -   — 12 —
    r"|第 *\d{1,4} *页(?: *[,，/ ] *共 *\d{1,4} *页)?"  # 第 3 页, 第3页/共22页
    r"|共 *\d{1,4} *页 *第 *\d{1,4} *页"
    r"|\d{1,4} */ *\d{1,4}"  # 3/22
    r"|[Pp]age *\d{1,4}(?: *(?:of|/) *\d{1,4})?"
    r"|(?P<lone>\d{1,3})"  # a lone number: see _page_number_edits
    r") *"
)
# Patterns that start with a literal newline let the regex engine skip ahead with a fast
# literal search instead of trying every position (re.M ``^`` is tried everywhere).
_PAGE_LINE_NL = re.compile(r"\n(" + _PAGE_BODY + r")(?=\n|\Z)")
_PAGE_LINE_FIRST = re.compile(_PAGE_BODY + r"(?=\n|\Z)")


def _is_prose(line: str) -> bool:
    return len(line.strip()) >= 15 and "\t" not in line


# A page's number the scraper ran into the text with the line breaks around it (县农第2页 共9页业农村局
# / 渝水生-6-态环境局): 第N页 共M页 anywhere, a number between dashes only between two Han
# characters (2021—2025年 / 流域-河口 / G-5 are no page numbers).
_PAGE_OF_INLINE = re.compile(r"第 ?\d{1,4} ?页 ?[,，/]? ?共 ?\d{1,4} ?页")
_PAGE_DASHED_INLINE = re.compile(r"[-—–－─]{1,2} ?\d{1,3} ?[-—–－─]{1,2}")
_PAGE_DASHES = "-—–－─"


def _inline_page_number_edits(text: str) -> list[Edit]:
    edits = [(m.start(), m.end(), "") for m in _PAGE_OF_INLINE.finditer(text)]
    for ch in _PAGE_DASHES:  # literal finds: a class of non-ASCII dashes scans slowly
        i = text.find(ch, 1)
        while i >= 0:
            m = _PAGE_DASHED_INLINE.match(text, i)
            if m:
                a = i - (text[i - 1] == " ")  # one blank either side goes too
                b = m.end() + (text[m.end() : m.end() + 1] == " ")
                if a and _HAN_RE.match(text, a - 1) and _HAN_RE.match(text, b):
                    edits.append((a, b, ""))
            i = text.find(ch, i + 1)
    edits.sort()
    return edits


# A portal's page furniture inside the text (a scraper that took each page of a long document
# with its 打印本页 / 关闭窗口 / 来源：… 发布时间：… lines): such a short line is dropped anywhere.
_PORTAL_LINE_MAX = 80


def _portal_line_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for m in _PORTAL_PAGE_RE.finditer(text):
        s = text.rfind("\n", 0, m.start()) + 1
        if edits and s < edits[-1][1]:
            continue
        e = text.find("\n", m.end())
        e = len(text) if e < 0 else e
        if e - s <= _PORTAL_LINE_MAX and "。" not in text[s:e] and not _NUMBERED.match(text[s:e]):
            edits.append((s, min(e + 1, len(text)), ""))
    return edits


def _page_number_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    first = _PAGE_LINE_FIRST.match(text)
    hits = [(0, first.end(), first.group("lone"))] if first else []
    hits += [(m.start(1), m.end(1), m.group("lone")) for m in _PAGE_LINE_NL.finditer(text)]
    for start, end, lone in hits:
        # A lone number is a page number only between two prose lines; in a table rendered one
        # cell per line (序号 column) it is data.
        if lone is not None:
            before = text[max(0, start - 4000) : start].rstrip("\n ")
            prev = before[before.rfind("\n") + 1 :]
            after = text[end : end + 4000].lstrip("\n ")
            nxt = after[: after.find("\n")] if "\n" in after else after
            if not (_is_prose(prev) and _is_prose(nxt)):
                continue
        edits.append((start, min(end + 1, len(text)), ""))
    return edits


# A scan's running header or footer printed again on each page, inside a sentence broken across
# the page: one of the title page's first lines (the document's title, its number, the issuing
# body), a red-headed letterhead (XX县人民政府办公室文件) or a document number (渝党发〔2022〕9号),
# after the title page, standing alone between a prose line that ends with no stop and a line
# that goes on. Clause
# lines repeat as content (县水利局牵头负责 under each item) and stay: only the title page's lines
# count when they repeat.
_HEADER_MAX = 40
_DOC_NUMBER_LINE = re.compile(r"〕\d{1,4}号[ \t]*\n")
_HEADER_TOP = 5  # the title page's first non-blank lines
_HEADER_NOT = re.compile(r"[。；;：:，,]")
_LETTERHEAD = re.compile(
    r"(?:中共)?[\u4e00-\u9fffXx]{2,20}(?:人民政府|委员会|办公室|办公厅|委|局|厅)文件$"
    r"|[\u4e00-\u9fff]{1,8}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号$"
)


def _goes_on(line: str) -> bool:
    """Whether ``line`` may continue the sentence of the line before: no item or heading opens it."""
    return bool(line) and not _STARTS_MARKER.match(line) and "\t" not in line


def _next_line(lines: list[str], k: int) -> str:
    """The next non-blank line after ``lines[k]``, stripped ("" at the end)."""
    for ln in lines[k + 1 : k + 4]:
        if ln.strip():
            return ln.strip()
    return ""


def _is_running_header(s: str, top: list[str], k: int, top_end: int) -> bool:
    if not 4 <= len(s) <= _HEADER_MAX or _HEADER_NOT.search(s) or _STARTS_MARKER.match(s):
        return False
    return k > top_end and (s in top or _LETTERHEAD.match(s) is not None)


def _title_page(text: str) -> tuple[list[str], int, int]:
    """The first non-blank lines, the index of the last of them and where the text after it starts."""
    top: list[str] = []
    k = pos = 0
    while len(top) < _HEADER_TOP and pos < len(text):
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        if text[pos:nl].strip():
            top.append(text[pos:nl].strip())
            if len(top) == _HEADER_TOP:
                return top, k, nl
        k += 1
        pos = nl + 1
    return top, k, len(text)


def _running_header_edits(text: str) -> list[Edit]:
    top, top_end, after = _title_page(text)
    # most plans print no header inside the text: one scan per title-page line tells (the line loop
    # below is only for those that do)
    if not any(text.find(s, after) >= 0 for s in top if 4 <= len(s) <= _HEADER_MAX) and (
        text.find("文件\n", after) < 0 and _DOC_NUMBER_LINE.search(text, after) is None
    ):
        return []
    lines = text.split("\n")
    edits: list[Edit] = []
    pos = 0
    prev = ""  # the last non-blank line kept
    for k, ln in enumerate(lines):
        s = ln.strip()
        end = pos + len(ln)
        if s and prev and prev[-1] not in _PARAGRAPH_END and _is_prose(prev) and _is_running_header(s, top, k, top_end) and (
            _goes_on(_next_line(lines, k))
        ):  # after a prose line (a table's cells one a line repeat: 县水利局 / 2 / 推进 / 县水利局)
            edits.append((pos, min(end + 1, len(text)), ""))
        elif s:
            prev = s
        pos = end + 1
    return edits


# --------------------------------------------------------------------------- 6: OCR confusions

# Each pair is a character sequence that is never a real word, so replacing it cannot damage a
# correct text.
_CONFUSIONS: dict[str, str] = {
    "力口": "加",  # 加 split into its two components; 力口 never occurs in Chinese words
    "囗": "口",  # U+56D7 is a dictionary radical only; in running text it is always OCR for 口
    "己经": "已经",  # 己经 is not a word; 已/己 are a classic OCR pair
    "末来": "未来",  # 末来 is not a word; 未/末 differ by stroke length
}
_CONFUSION_RE = re.compile("|".join(map(re.escape, sorted(_CONFUSIONS, key=len, reverse=True))))
# 曰 (to say) never follows a digit, 日 (day) does: 7月7曰 -> 7月7日.
_YUE_DATE = re.compile("曰")  # literal scan; the digit before is checked per match


# The letter O (or 〇) after a digit and before a digit or a date unit is a zero: 2O24年, 1O月.
# (CO2, NOx have a letter before; 二〇二四年 has no digit before.)
_ASCII_DIGITS = frozenset("0123456789")
_ZERO_NEXT = frozenset("0123456789年月日号%％")


def _letter_zero_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for ch in "Oo〇":  # literal finds: a character-class scan over mixed scripts is 5x slower
        i = text.find(ch, 1)
        while i >= 0:
            if text[i - 1] in _ASCII_DIGITS and text[i + 1 : i + 2] in _ZERO_NEXT:
                edits.append((i, i + 1, "0"))
            i = text.find(ch, i + 1)
    return edits
# An item's number with 1 read as l / I / 丨 / | and 0 as O / o / 〇 (l.加快… / I2.推进… / 2O.强化…),
# at a line's start or after a stop or a closing bracket, before its stop and a Han character (a
# blank between them allowed: 3丨、 强化…). I alone (or II) may be a Roman numeral and stays; a
# number does not open with 0.
_ONE_LIKE = "lI丨|"
_ZERO_LIKE = "Oo〇"
_NUMBER_LIKE = frozenset("0123456789" + _ONE_LIKE + _ZERO_LIKE)
_ITEM_BEFORE = frozenset("\n。；;）)")
_ITEM_STOP = frozenset(".．、")


def _item_number_edits(text: str) -> list[Edit]:
    starts: set[int] = set()
    edits: list[Edit] = []
    for ch in _ONE_LIKE + _ZERO_LIKE:  # literal finds: these characters are rare in a plan
        i = text.find(ch)
        while i >= 0:
            a = i
            while a > 0 and text[a - 1] in _NUMBER_LIKE and i - a < 2:
                a -= 1
            b = i + 1
            while b < len(text) and text[b] in _NUMBER_LIKE and b - a < 3:
                b += 1
            token = text[a:b]
            j = a - 1
            while j >= 0 and text[j] == " ":
                j -= 1
            if (
                a not in starts and len(token) <= 2 and text[b : b + 1] in _ITEM_STOP
                and _HAN_RE.match(text, b + 1 + (text[b + 1 : b + 2] == " ")) and (j < 0 or text[j] in _ITEM_BEFORE)
                and token[0] not in _ZERO_LIKE + "0" and token.strip("I")
            ):
                starts.add(a)
                fixed = "".join("1" if c in _ONE_LIKE else "0" if c in _ZERO_LIKE else c for c in token)
                edits.append((a, b, fixed))
            i = text.find(ch, i + 1)
    return edits


# A heading numbered 一 read as a dash: —、加强组织领导 / （—）推进… at a line's start.
_DASH_BODY = r"[ \u3000]*(?P<open>[（(])?(?P<dash>[—－\-─–])(?P<end>[）)]|、)"
_DASH_MARKER = re.compile(r"\n" + _DASH_BODY)
_DASH_MARKER_FIRST = re.compile(_DASH_BODY)


# Agency names misread at their ends: 局 as 屆 (simplified to 届 above) or 尼 (县民政届), and 县 as
# 具 (具财政局). Read so only for a piece between separators that opens with a jurisdiction
# (or is the 具 itself) and ends like a name: 第十四届 / 换届 / 具体 / 具备条件的企业 stay.
_NAME_SEP = "、，,；;：:（(〔【[［】］]〕\n。 \u3000\t"
_NAME_AFTER = frozenset("、，,；;）)〕】]］【\n。等 \u3000\t")
_JU_WORDS_BEFORE = frozenset("换本历上首每应往当同两下各新前后界一二三四五六七八九十百零〇0123456789第")
_JURISDICTION = frozenset("省市县区州盟旗")
_XIAN_NOT_AFTER = frozenset("体备有结")
_NAME_SUFFIX = re.compile(r"(?:局|委|办|院|厅|府|中心|队|站|所|社|会|部|室)$")
# what follows a name in a label-less clause: 县民政届牵头，… / 具财政局配合
_VERB_AFTER_NAME = ("牵头", "负责", "配合", "参与", "协助", "协办", "按职责", "会同", "主办")


def _ends_name(text: str, i: int) -> bool:
    """Whether a name may end before ``i``: a separator, a close, 等, or a clause verb follows."""
    return text[i : i + 1] in _NAME_AFTER or text.startswith(_VERB_AFTER_NAME, i)


def _piece_start(text: str, i: int) -> int:
    """Start of the list piece ending at ``i`` (after the last separator, at most 15 back)."""
    k = i
    floor = max(0, i - 15)
    while k > floor and text[k - 1] not in _NAME_SEP:
        k -= 1
    return k if k == 0 or text[k - 1] in _NAME_SEP else -1


def _name_end_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for ch in "届尼":
        i = text.find(ch, 3)
        while i >= 0:
            if text[i - 1] not in _JU_WORDS_BEFORE and _ends_name(text, i + 1):
                k = _piece_start(text, i)
                if k >= 0 and i - k >= 3 and text[k] in _JURISDICTION:
                    edits.append((i, i + 1, "局"))
            i = text.find(ch, i + 1)
    i = text.find("具")
    while i >= 0:
        if text[i + 1 : i + 2] in "（〔(" and text[i - 1 : i] == "各":
            edits.append((i, i + 1, "县"))  # 各具（市、区）: 各具特色 has no bracket after
        elif (i == 0 or text[i - 1] in _NAME_SEP) and text[i + 1 : i + 2] not in _XIAN_NOT_AFTER:
            e = i + 1
            while e < len(text) and e - i < 15 and text[e] not in _NAME_SEP and not _ends_name(text, e):
                e += 1
            if e - i >= 3 and _NAME_SUFFIX.search(text, i, e) and _ends_name(text, e):
                edits.append((i, i + 1, "县"))
        i = text.find("具", i + 1)
    return edits


# A bracket pair OCR read half in one width, half in the other: (办） / （生态环境). The grammar
# pairs a bracket with its own width, so 各乡镇(办）党委 lost its close; the odd half takes the
# width of the Chinese one. Only a short pair with no bracket inside (a line break may fall in it).
_MIXED_PAIR = re.compile(r"\((?=[^（()）]{0,30}）)|（(?=[^（()）]{0,30}\))")


def _mixed_bracket_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    if "(" not in text and ")" not in text:  # most plans write every bracket full-width
        return edits
    for m in _MIXED_PAIR.finditer(text):
        if m.group() == "(":
            edits.append((m.start(), m.end(), "（"))
        else:
            close = text.index(")", m.end())
            edits.append((close, close + 1, "）"))
    return edits


# Pictographs a phone page (a WeChat account) opens its lines with (✅任务一 / 👉1. / 📌（一）): they
# hide the item's number from the structure; dropped at a line's start only. (Inside a line they
# are decoration too, but harmless.)
_EMOJI_AT_LINE_START = re.compile(r"(?:^|(?<=\n))[ \t\u3000]*((?:[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\u2705]\ufe0f?)+)")


def _emoji_edits(text: str) -> list[Edit]:
    return [(m.start(1), m.end(1), "") for m in _EMOJI_AT_LINE_START.finditer(text)]


def _confusion_edits(text: str) -> list[Edit]:
    edits = [(m.start(), m.end(), _CONFUSIONS[m.group()]) for m in _CONFUSION_RE.finditer(text)]
    edits += _emoji_edits(text)
    edits += _mixed_bracket_edits(text)
    edits += [(m.start(), m.end(), "日") for m in _YUE_DATE.finditer(text) if m.start() and text[m.start() - 1].isdigit()]
    edits += _letter_zero_edits(text)
    edits += _item_number_edits(text)
    edits += _name_end_edits(text)
    first = _DASH_MARKER_FIRST.match(text)
    for m in ([first] if first else []) + list(_DASH_MARKER.finditer(text)):
        if (m.group("open") is None) == (m.group("end") == "、"):  # （—） or —、, not （—、
            edits.append((m.start("dash"), m.end("dash"), "一"))
    edits.sort()
    return edits


# --------------------------------------------------------------------------- 7: OCR spaces

# One space between two CJK characters is an OCR/line-wrap artefact; runs of two or more spaces
# are layout (e.g. 第一章  基础与形势, 中共渝水区委  渝水区人民政府) and are kept. The patterns
# start with the literal space (fast scan); the character before is checked per match.
_SPACE_BEFORE_CJK = re.compile(f" (?=[{_CJK}])")
_CJK_CHAR = re.compile(f"[{_CJK}]")
# ... except after a chapter/section marker, where the space separates number from title.
_MARKER_BEFORE = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,4}[章节条部分篇编]$")
# 24 .强化 -> 24.强化 (task numbers with OCR spaces before the dot).
_NUMBER_DOT = re.compile(f"  *(?=[.．、] *[{_CJK}])")
_NUMBER_BEFORE = re.compile(r"(?:^|[^\d.])\d{1,3}$")
# 2021 年 / 31 日 -> 2021年 / 31日
_DATE_SPACE = re.compile(r"  *(?=[年月日号])")
# A line spaced out character by character (1 0 . 大 力 推 进 / 2 0 2 5 年): the digits of an item
# number or a date come apart too; joined only before a stop or a date unit.
_SPACE_THEN_DIGIT = re.compile(r" (?=\d)")  # a literal first: a digit class scans slowly
_DIGIT_BEFORE_NOT = frozenset("0123456789.．")
_SPACED_DIGITS_END = frozenset(".．、年月日号%")


def _spaced_digit_edits(text: str) -> list[Edit]:
    """The blanks of ``d d d`` (single digits) before a stop or a unit (``1 0 .`` -> ``10.``)."""
    edits: list[Edit] = []
    done = 0
    for m in _SPACE_THEN_DIGIT.finditer(text):
        i = m.start()
        if i < done or not i or text[i - 1] not in _ASCII_DIGITS or (i >= 2 and text[i - 2] in _DIGIT_BEFORE_NOT):
            continue
        j = i
        while text[j : j + 1] == " " and text[j + 1 : j + 2] in _ASCII_DIGITS and text[j + 2 : j + 3] not in _ASCII_DIGITS:
            j += 2
        done = j
        k = j + (text[j : j + 1] == " ")
        if j > i and text[k : k + 1] in _SPACED_DIGITS_END:
            edits += [(p, p + 1, "") for p in range(i, j, 2)]
    return edits


# A task-division table copied as text with ONE blank between cells (序号 重点任务 牵头单位 配合单位):
# its blanks separate cells, so they are kept on the header line and on the rows under it.
_TABLE_HEAD_CELL = re.compile(
    r"(?:序号|编号|(?:重点|主要|工作|具体|目标)?(?:任务|措施|内容|事项|目标)(?:名称)?|"
    r"(?:牵头|责任|配合|协办|参与|主办|主责|协助|负责)(?:单位|部门)|(?:完成)?(?:时限|时间|期限)|"
    r"(?:责任|牵头|分管)?领导|责任人|备注)"
)
_UNIT_HEAD_CELL = re.compile(r"(?:牵头|责任|配合|协办|参与|主办|主责|协助|负责)(?:单位|部门)")


def _single_spaced_tables(text: str) -> list[tuple[int, int]]:
    """Spans of single-blank tables: a header line of 3+ column names, one a unit column, and
    the lines under it with as many blanks (short one-cell section rows and blank lines allowed)."""
    if "单位 " not in text and "部门 " not in text:
        return []  # no header can be here (fast path for almost every plan)
    out: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos < n:
        eol = text.find("\n", pos)
        eol = n if eol < 0 else eol
        cells = text[pos:eol].split()
        if (
            len(cells) >= 3
            and "  " not in text[pos:eol].strip()
            and all(_TABLE_HEAD_CELL.fullmatch(c) for c in cells)
            and any(_UNIT_HEAD_CELL.fullmatch(c) for c in cells)
        ):
            start, end = pos, eol
            q = eol + 1
            while q < n:
                e = text.find("\n", q)
                e = n if e < 0 else e
                line = text[q:e].strip()
                if len(line.split()) >= len(cells) - 1:
                    end = e
                elif line and (len(line) > 40 or " " in line):
                    break
                q = e + 1
            out.append((start, end))
            pos = end + 1
        else:
            pos = eol + 1
    return out


# 责任单位：县发改局 县财政局 — one blank between two unit names after a unit label on the same
# line, or in a cell of a tab-separated row, separates them (joined, they read as one unit 县发改局县财政局). Kept only between a name's
# last character and a jurisdiction that opens the next name, after such a label; and after a
# lead verb before such a name: （县文旅局牵头 县财政局配合）.
_NAME_END = frozenset("局委办厅院室心司府会队所站社署处门位")
_NAME_START = frozenset("省市县区各")
_UNIT_LABEL_BEFORE = re.compile(r"(?:单位|部门|牵头|配合|协办|参与)\s*[：:]")


def _separates_units(text: str, s: int) -> bool:
    if s + 1 >= len(text) or text[s + 1] not in _NAME_START:
        return False
    if text[s - 2 : s] in ("牵头", "负责"):
        return True
    if text[s - 1] not in _NAME_END:
        return False
    floor = max(0, s - 120)
    lo = max(floor, text.rfind("\n", floor, s) + 1, text.rfind("。", floor, s) + 1)
    # ... or in a cell of a tab-separated row (1\t任务\t市民政局 各县（市、区）人民政府\t2025年12月)
    return _UNIT_LABEL_BEFORE.search(text, lo, s) is not None or text.find("\t", lo, s) >= 0


def _cjk_space_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    cjk_at = _CJK_CHAR.match
    tables = _single_spaced_tables(text)
    for m in _SPACE_BEFORE_CJK.finditer(text):
        s = m.start()
        if s == 0 or not cjk_at(text, s - 1) or text[s - 1] == " ":
            continue
        if tables and any(a <= s < b for a, b in tables):
            continue
        if text[s - 1] in "章节条分篇编" and _MARKER_BEFORE.search(text, max(0, s - 8), s):
            continue
        if _separates_units(text, s):
            continue
        edits.append((s, s + 1, ""))
    return edits


def _number_space_edits(text: str) -> list[Edit]:
    edits = [
        (m.start(), m.end(), "")
        for m in _NUMBER_DOT.finditer(text)
        if m.start() and _NUMBER_BEFORE.search(text, max(0, m.start() - 5), m.start())
    ]
    edits += [(m.start(), m.end(), "") for m in _DATE_SPACE.finditer(text) if m.start() and text[m.start() - 1].isdigit()]
    edits += _spaced_digit_edits(text)
    edits.sort()
    return edits


# --------------------------------------------------------------------------- 7b: label colons

# A unit label whose colon OCR read as another mark or lost (牵头单位∶A / 牵头单位；A / 牵头单位A):
# the grammar reads a label by its colon, so the colon is put back. The ratio and small colons
# (∶ ︰ ﹕) after a label are always its colon; a separator, a dot (the colon's other dot lost:
# 牵头单位·A / 牵头单位.A), a blank or nothing only where the label stands alone (after a
# bracket, a separator or a line start) and a unit's name follows.
_LABEL_COLON = re.compile(
    r"(?:牵头|责任|配合|协办|主办|参与|协助|主责)(?:单位|部门)"
    r"(?:(?P<ratio>[∶︰﹕])|(?P<sep>[；;，,.．·•・]|[ \u3000]{1,2}|[ \u3000]*\n[ \u3000]*)(?P<wrap>[ \u3000]*\n[ \u3000]*)?|(?=[^：:】\]］）)为\s]))"
)
_LABEL_ALONE_BEFORE = "（(〔【[［；;，,。 \u3000\n"  # not 、: 各牵头单位、责任单位，各乡镇 lists them
# the label's level or kind of duty (县级 / 具体 / 其他 / 属地 责任单位), as the grammar reads them
_LABEL_LEVEL_BEFORE = re.compile(r"(?:[省市县区][级直]|主要|其他|其它|具体|属地|直接|行业|第[一二三])$")
# The first name after the label: up to a separator, one bracket allowed (各县（市、区）人民政府).
_NAME_STOP = r"、，,；;。：:\n（()）〔〕【】［］\[\]\s"
_FIRST_NAME = re.compile(f"[^{_NAME_STOP}]{{2,30}}(?:[（(][^（()）\n]{{1,12}}[）)][^{_NAME_STOP}]{{0,20}})?")
_LABEL_WORD = re.compile(r"(?:牵头|责任|配合|协办|主办|参与|协助|主责)(?:单位|部门)")
_NOT_NAME_START = frozenset("为中的均是要应需须由在和及与")


def _label_colon_edits(text: str) -> list[Edit]:
    """``：`` for the misread or missing colon after each unit label (see ``_LABEL_COLON``)."""
    edits: list[Edit] = []
    for m in _LABEL_COLON.finditer(text):
        if m.group("ratio"):
            edits.append((m.start("ratio"), m.end("ratio"), "："))
            continue
        s = m.start()
        level = _LABEL_LEVEL_BEFORE.search(text, max(0, s - 2), s)
        s = level.start() if level else s
        if s and text[s - 1] not in _LABEL_ALONE_BEFORE:
            continue  # 县水利局为第一责任单位，B…: the label is what A is, not a list's head
        name = _FIRST_NAME.match(text, m.end())
        if name is None or name.group()[0] in _NOT_NAME_START or (
            _LABEL_WORD.search(name.group()) and name.group()[0] != "各"  # 各牵头单位 is a collective
        ):
            # 配合单位\n为A (a wrapped 配合单位为A), a table header's next label, a note on the
            # list (（责任单位中第一个为牵头单位）)
            continue
        if not _looks_like_unit(name.group().removesuffix("等")):
            continue
        if m.group("sep"):
            edits.append((m.start("sep"), m.end("sep"), "："))
        else:  # put the colon after the label's last character (both map to that character)
            edits.append((m.end() - 1, m.end(), text[m.end() - 1] + "："))
    return edits


def _looks_like_unit(name: str) -> bool:
    from respgraph.grammar.units import looks_like_unit  # the grammar's own test, loaded late

    return looks_like_unit(name)


# --------------------------------------------------------------------------- 8: line joining

_SENTENCE_END = re.compile(r"[。；;：:！？!?）)”」』》〕】\]…]\s*$")
_SENTENCE_INSIDE = re.compile(r"[。；]")
_STARTS_MARKER = re.compile(
    r"^\s*(?:[一二三四五六七八九十百]+\s*[、.．]"
    r"|[（(]\s*[一二三四五六七八九十\d]+\s*[）)]"
    r"|\d+\s*[.．、]|\d+\s*[）)]"
    r"|第[一二三四五六七八九十百\d]+[章节条部分篇编]"
    r"|专栏|附件|附表|附录|[-—•·●■□◆【]"
    r")"
)


_END_CHARS = frozenset("。；;：:！？!?）)”」』》〕】]…")
# what a paragraph may end with (a running header stands only inside one): a line ending with ；
# goes on (…〔牵头单位：区农业局； / 责任单位：…〕)
_PARAGRAPH_END = _END_CHARS - {"；", ";"}
# The newline(s) and indentation up to the next visible character.
_TO_NEXT_LINE = re.compile(r"(?:\n[ ]*)+(?=\S)")
_NEWLINE = re.compile("\n")
# A line of a table laid out with blanks (copied from a PDF), never a mid-sentence break: two
# gaps of two or more blanks between visible characters (three cells), or one of four or more
# (a cell wrapped onto the next line, the columns between it and the next piece empty).
_COLUMN_GAPS = re.compile(r"\S {2,}\S.*? {2,}\S|\S {4,}\S")


_LABEL_ROLES = frozenset(("牵头", "责任", "配合", "协办", "主办", "参与", "协助", "主责"))
_LABEL_NOUNS = ("单位", "部门")


def _open_bracket_left(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` leaves a bracket open: a short line that stops inside its clause
    (1.健全长效管护机制。（县农业 / 农村局、…）) is broken mid-sentence all the same."""
    return text.count("（", a, b) + text.count("(", a, b) > text.count("）", a, b) + text.count(")", a, b)


# An item's number left at a line's end, its title on the next line (…（责任单位：A）6. / 加快形成…;
# a scan or a scraper wrapped the line there): only after a stop or a closing bracket (or alone
# on its line), so a count at a line's end (…达到3、) is no number.
_MARKER_AT_END = re.compile(
    r"(?:^|(?<=\n)|(?<=[。；;！？!?）)】〕]))[ ]*"
    r"(?:\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}、|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)])$"
)
_MARKER_LAST = frozenset(".．、）)")


# A name a scan broke at the line's end with a hyphen (市生态环- / 境局、市水利局): Chinese words
# take no hyphen, but 流域-河口-近岸海域 / X江-黄塘溪 do between words, so the hyphen goes only
# inside one piece of a list that ends like an agency's name before a separator or clause verb.
_HYPHENS = frozenset("-－‐‑")


def _hyphen_in_name(text: str, h: int, nxt: int) -> bool:
    k = _piece_start(text, h)
    if k < 0 or h - k < 1 or not _HAN_RE.match(text, h - 1) or not _HAN_RE.match(text, nxt):
        return False
    if text[k] == "由" and h - k > 2:  # 由县行政审- / 批局牵头
        k += 1
    # a name opens with its jurisdiction or follows a label or another name (、科技经济发-);
    # a jurisdiction alone before the hyphen is a level pair (市-县两级协调办)
    if not (text[k] in _JURISDICTION and h - k > 1 or k and text[k - 1] in "、：:"):
        return False
    e = nxt
    while e < len(text) and e - nxt < 15 and text[e] not in _NAME_SEP and not _ends_name(text, e):
        if text[e] in _HYPHENS:
            return False
        e += 1
    return e > nxt and _ends_name(text, e) and h - k + e - nxt >= 3 and bool(_NAME_SUFFIX.search(text, nxt, e))


# Text a scan or scraper wrapped at a fixed width (every line of a paragraph but its last one
# full, headings glued to prose: XX市…分工方案一、加强水资源保护1.落实最严 / 格水资源管理制度。…):
# most lines are within a few characters of the longest common length. A line that long stops
# where the width ran out, whatever it holds.
_WRAP_MIN_LINES = 8
_WRAP_BAND = 6
_WRAP_SHARE = 0.5


def _wrap_width(text: str) -> int:
    """The shortest length of a full line when the text is wrapped at a fixed width, else 0."""
    if len(text) > 90 * (text.count("\n") + 1):
        return 0  # a paragraph a line: no wrapped text (and no need to measure every line)
    lens = sorted(len(ln.rstrip()) for ln in text.split("\n") if ln.strip())
    if len(lens) < _WRAP_MIN_LINES:
        return 0
    width = lens[int(0.9 * len(lens))]
    if width < 24 or width > 80:  # a short list of short lines is no wrapped text
        return 0
    full = sum(1 for n in lens if width - _WRAP_BAND <= n <= width + 1)
    return width - _WRAP_BAND if full >= _WRAP_SHARE * len(lens) else 0


# An item's number a wrap cut in two (…（责任单位：A）1 / 4.持续抓好…): the first digit after a
# sentence's or a clause's end, the rest with its stop opening the next line.
_SPLIT_NUMBER_NEXT = re.compile(r"\d{1,2}[.．、]")


def _number_split(text: str, line_start: int, end: int, nxt: str) -> bool:
    return (
        end - line_start >= 2 and text[end - 1].isdigit() and text[end - 2] in _END_CHARS
        and _SPLIT_NUMBER_NEXT.match(nxt) is not None
    )


# 城乡供水工程：…。责任单位：市水利局、各县区人民政府 / 应急备用水源工程：…: a unit label's list
# closing its line on a whole name ends there (a 专栏 gives each project line its own); only in
# text not wrapped at a fixed width, and not before a separator (a list wrapped after a name)
_LABEL_LIST_AT_END = re.compile(
    r"(?:牵头|责任|配合|协办|主办|参与|协助|主责)(?:单位|部门)[：:][^。；;：:（）()\n]{2,80}?"
    r"(?:局|委|办|院|厅|府|中心|队|站|所|社|会|部|室|政府)$"
)


def _line_join_edits(text: str) -> list[Edit]:
    """Join a prose line that stops mid-sentence with the line that continues it.

    Only when the line holds a sentence (。 or ； inside, so it is no heading or title) or
    leaves a bracket open, does not end with sentence-final punctuation or a closing bracket,
    and the next non-blank line does not start with a heading/number marker. A line joined to
    the one before is judged with it (the paragraph's third line may hold no 。 of its own).
    Table lines (cells apart by a tab or by a column gap of blanks) are never joined.
    """
    edits: list[Edit] = []
    wrap = _wrap_width(text)
    start = 0
    para = 0  # where the paragraph of the line starts: a line joined to the one before goes on it
    for m in _NEWLINE.finditer(text):
        nl = m.start()
        line_start, start = start, nl + 1
        if not edits or edits[-1][1] != line_start:
            para = line_start
        end = nl
        while end > line_start and text[end - 1] == " ":
            end -= 1
        if end > line_start and text[end - 1] in _MARKER_LAST and _MARKER_AT_END.search(text, max(line_start, end - 8), end):
            gap = _TO_NEXT_LINE.match(text, nl)
            if gap and _HAN_RE.match(text, gap.end()):
                edits.append((end, gap.end(), ""))  # …）6. / 加快形成…: the item's number wrapped alone
                continue
        if end <= line_start or text[end - 1] in _END_CHARS or text[end - 1].isspace():
            continue
        if text[end - 1] in _HYPHENS and _hyphen_in_name(text, end - 1, nl + 1):
            edits.append((end - 1, nl + 1, ""))  # 市生态环- / 境局: a name hyphenated at the line's end
            continue
        if text.startswith(_LABEL_NOUNS, nl + 1) and text[max(line_start, end - 2) : end] in _LABEL_ROLES:
            edits.append((end, nl + 1, ""))  # 牵头 / 单位：A, a label broken at the line's end
            continue
        # a line that leaves its bracket open (1.…。（县农业 / 农村局…）) stops mid-clause; in text
        # wrapped at a fixed width, a full line stops where the width ran out
        if end - para < 20 or not _SENTENCE_INSIDE.search(text, para, end):
            if not _open_bracket_left(text, para, end) and not (wrap and end - line_start >= wrap):
                continue
        if "\t" in text[line_start:end]:
            continue
        if _COLUMN_GAPS.search(text, line_start, end):
            continue
        gap = _TO_NEXT_LINE.match(text, nl)
        if not gap:
            continue
        nxt_end = text.find("\n", gap.end())
        nxt = text[gap.end() : nxt_end if nxt_end >= 0 else len(text)]
        if "\t" in nxt or _COLUMN_GAPS.search(nxt):
            continue
        if not wrap and nxt[:1] not in "、，,；;" and _LABEL_LIST_AT_END.search(text, max(para, end - 90), end):
            continue
        if _STARTS_MARKER.match(nxt) and not _number_split(text, line_start, end, nxt):
            continue
        edits.append((end, gap.end(), ""))
    return edits


# --------------------------------------------------------------------------- 8a: doubled lines

# A two-column scan or a scraper's overlapping pages print a line twice, one under the other: the
# copy is dropped (it made a second task, or read a clause's units twice). Only a line long
# enough to be prose (a table's short cells may repeat: 县财政局 / 县财政局), and only two copies
# (a line written three times or more in a row is the text's own).
_DOUBLED_MIN = 12


def _line_at(text: str, pos: int, start: int, size: int) -> bool:
    """Whether a whole line at ``pos`` is the line ``text[start:start + size]``."""
    end = pos + size
    return (
        pos >= 0 and (pos == 0 or text[pos - 1] == "\n") and (end == len(text) or text[end : end + 1] == "\n")
        and text.startswith(text[start : start + size], pos)
    )


def _doubled_line_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    start = 0
    n = len(text)
    while start < n:
        nl = text.find("\n", start)
        if nl < 0:
            break
        size = nl - start
        if (
            size >= _DOUBLED_MIN
            and text[nl + 1 : nl + 2] == text[start]  # cheap test before the line's copy
            and _line_at(text, nl + 1, start, size)
            and not _line_at(text, start - 1 - size, start, size)  # a third copy before
            and not _line_at(text, nl + 2 + size, start, size)  # or after
            and "\t" not in text[start:nl]
            and _HAN_RE.search(text, start, nl)
        ):
            edits.append((start, nl + 1, ""))
        start = nl + 1
    return edits


# --------------------------------------------------------------------------- API


@dataclass(slots=True)
class Cleaned:
    text: str
    offsets: list[int]
    script: Literal["simplified", "traditional"] = "simplified"
    notes: list[str] = field(default_factory=list)  # what was removed, for Document.warnings


def clean(raw: str) -> Cleaned:
    """Run all clean-up steps; see the module docstring.

    >>> c = clean("資源ID:1\\n下載積分:5金幣\\n環境保護 工作\\n")
    >>> c.text, c.script
    ('环境保护工作\\n', 'traditional')
    """
    notes: list[str] = []
    t = _Text(raw)
    # \r\n -> \n (drop the \r), a lone \r -> \n, zero-width characters dropped
    text = t.text
    t.apply(
        (m.start(), m.end(), "" if c != "\r" or text.startswith("\n", m.end()) else "\n")
        for m in _NEWLINES.finditer(text)
        for c in (m.group(),)
    )
    t.sub(_WIDTH_RE, lambda m: m.group().translate(_WIDTH))  # same length

    script: Literal["simplified", "traditional"] = detect_script(t.text)
    if script == "traditional":
        t.text = to_simplified(t.text)  # same length: the map is unchanged
        notes.append("traditional characters converted to simplified")
    else:
        stray = stray_traditional(t.text)
        if stray:  # same length: the map is unchanged
            t.text = t.text.translate(stray)
            notes.append(f"{len(stray)} traditional characters in simplified text converted")

    steps = [
        (_flat_line_edits, "broke {n} paragraphs out of a text flattened onto long lines"),
        (_site_boilerplate_edits, "removed download-site boilerplate lines around the document"),
        (_page_number_edits, "removed {n} page-number lines"),
        (_inline_page_number_edits, "removed {n} page numbers run into the text"),
        (_portal_line_edits, "removed {n} portal page lines inside the text (打印本页 ...)"),
        (_running_header_edits, "removed {n} running headers inside sentences"),
        (_confusion_edits, "corrected {n} OCR confusions (力口 -> 加 ...)"),
        (_cjk_space_edits, "removed {n} OCR spaces inside CJK text"),
        (_number_space_edits, None),
        (_doubled_line_edits, "removed {n} lines printed twice"),
        (_line_join_edits, "joined {n} lines broken mid-sentence"),
        # last: the OCR spaces and line breaks inside a name (责任单位县自然资源 局) are gone
        (_label_colon_edits, "put back {n} colons after unit labels (牵头单位；A -> 牵头单位：A)"),
    ]
    for step, note in steps:
        n = t.apply(step(t.text))
        if n and note:
            notes.append(note.format(n=n))
    return Cleaned(t.text, t.offsets(), script, notes)


def clean_text(raw: str) -> tuple[str, list[int]]:
    """Cleaned text and offsets (``offsets[i]`` = index in ``raw`` of cleaned char ``i``).

    >>> clean_text("污染 防治")
    ('污染防治', [0, 1, 3, 4])
    """
    c = clean(raw)
    return c.text, c.offsets


def map_span_to_clean(offsets: list[int], raw_start: int, raw_end: int) -> tuple[int, int]:
    """Map a raw half-open range to the cleaned text (offsets are non-decreasing).

    >>> map_span_to_clean([0, 1, 3, 4], 0, 5)
    (0, 4)
    """
    from bisect import bisect_left

    return bisect_left(offsets, raw_start), bisect_left(offsets, raw_end)
