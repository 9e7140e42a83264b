"""Clean-up of decoded plan text, keeping an offset map back to the raw text.

Every step only deletes characters or replaces a run of characters; each step returns a new
text and an offset list, so ``offsets[i]`` is always the index in the *raw* text of cleaned
character ``i``. Steps are regex passes that collect edits ``(start, end, replacement)`` and
rebuild text and offsets segment by segment (list slices, no per-character Python loop).

Steps, in order:

1. newlines ``\\r\\n``/``\\r`` -> ``\\n``; zero-width characters dropped;
2. full-width ASCII letters/digits and the ideographic space -> half-width (Chinese
   punctuation such as ，。：；（）、 is left alone);
3. traditional -> simplified characters when the text is mostly traditional;
4. scraped-site boilerplate (download-site header/footer lines) around the document;
5. page-number debris lines (``- 3 -``, ``第 3 页``, ``3/22``, lone page numbers);
6. OCR confusions that are never real words (``力口`` -> ``加``);
7. OCR spaces inside CJK runs (``污染 防治`` -> ``污染防治``), ``24 .强化`` -> ``24.强化``,
   ``2025年12月31 日`` -> ``31日``;
8. mid-sentence line breaks from PDF export, joined only where that is safe.

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


def _apply(text: str, offsets: list[int], edits: Iterable[Edit]) -> tuple[str, list[int]]:
    """Apply sorted, non-overlapping edits; offsets follow the kept characters.

    A replacement of the same length maps character by character; any other replacement maps
    all its characters to the first replaced raw character (it stands for that whole run).
    """
    parts: list[str] = []
    new_offsets: list[int] = []
    pos = 0
    changed = False
    for start, end, repl in edits:
        changed = True
        if start > pos:
            parts.append(text[pos:start])
            new_offsets.extend(offsets[pos:start])
        if repl:
            parts.append(repl)
            if len(repl) == end - start:
                new_offsets.extend(offsets[start:end])
            else:
                new_offsets.extend([offsets[start]] * len(repl))
        pos = end
    if not changed:
        return text, offsets
    parts.append(text[pos:])
    new_offsets.extend(offsets[pos:])
    return "".join(parts), new_offsets


def _sub(pattern: re.Pattern[str], repl, text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """``re.sub`` that keeps offsets: ``repl`` is a string or a function of the match."""
    if isinstance(repl, str):
        edits = ((m.start(), m.end(), repl) for m in pattern.finditer(text))
    else:
        edits = ((m.start(), m.end(), repl(m)) for m in pattern.finditer(text))
    return _apply(text, offsets, edits)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, end excluding the newline."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


# --------------------------------------------------------------------------- 1-2: newlines, width

_NEWLINES = re.compile(r"\r\n?|[\u200b\u200c\u200d\u2060\ufeff\u00ad]")

# Full-width digits and letters -> ASCII; ideographic space and no-break space -> space.
# Chinese punctuation stays: the later stages read both ：and : .
_WIDTH = {cp: cp - 0xFEE0 for cp in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]}
_WIDTH[0x3000] = 0x20
_WIDTH[0x00A0] = 0x20


# --------------------------------------------------------------------------- 3: script

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
    han = "".join(_HAN_RE.findall(text[:sample]))
    if not han:
        return 0.0
    changed = {c for c in set(han) if _t2s_char(c) != c}
    if not changed:
        return 0.0
    return sum(1 for c in han if c in changed) / len(han)


def detect_script(text: str) -> Literal["simplified", "traditional"]:
    return "traditional" if traditional_share(text) >= 0.05 else "simplified"


def to_simplified(text: str) -> str:
    """Traditional -> simplified, always of the same length (so offsets stay valid).

    OpenCC's phrase conversion is used when it keeps the length (it almost always does: it
    picks e.g. 乾淨 -> 干净 vs 乾隆 correctly); otherwise characters are converted one by one.
    """
    conv = _t2s()
    out = conv.convert(text)
    if len(out) == len(text):
        return out
    table = {}
    for c in set(text):
        s = _t2s_char(c)
        if len(s) == 1 and s != c:
            table[ord(c)] = s
    return text.translate(table)


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
_TIP_HEADING = re.compile(r"^[\s\-|·•]*(?:友情提示|温馨提示|特别提示|下载提示|免责声明|相关资源|相关文档|猜你喜欢)\s*[:：]?\s*$")
_NUMBERED = re.compile(r"^\s*\d{1,2}\s*[、.．)）]")
_FILENAME = re.compile(r"^\s*\S.{0,150}\.(?:docx?|pdf|wps|txt|rtf|xlsx?|pptx?|html?)\s*$", re.I)
_DEBRIS = re.compile(r"^[\s\-|_=*~·•—]*$")


def _boilerplate_kind(line: str) -> str | None:
    """'strong' for a line only a download site writes, 'weak' for debris it also leaves."""
    if _SITE_KEY.match(line) or _TIP_HEADING.match(line):
        return "strong"
    if _SITE_WORDS.search(line) and (len(line) < 200 or _NUMBERED.match(line)):
        return "strong"
    if _DEBRIS.match(line) or _FILENAME.match(line):
        return "weak"
    return None


def _site_block(text: str, spans: list[tuple[int, int]]) -> int:
    """Number of leading lines (in ``spans`` order) that form a site block; 0 if none."""
    strong = 0
    count = 0
    last = 0
    in_tips = False
    for i, (s, e) in enumerate(spans):
        line = text[s:e]
        if not line.strip():
            continue
        kind = _boilerplate_kind(line)
        numbered = bool(_NUMBERED.match(line))
        if kind is None and in_tips and numbered and len(line) < 200:
            kind = "weak"  # a further numbered tip of the site's tip list (5、试题试卷类文档…)
        if kind is None:
            break
        in_tips = kind == "strong" and (numbered or bool(_TIP_HEADING.match(line))) or (in_tips and numbered)
        count += 1
        strong += kind == "strong"
        last = i + 1
    # A lone file-name or dash line is not enough: a site block has site-only wording.
    return last if strong and count >= 2 else 0


def _strip_site_boilerplate(text: str, offsets: list[int]) -> tuple[str, list[int], int]:
    spans = _lines(text)
    head = _site_block(text, spans)
    tail = _site_block(text, spans[::-1])
    if head + tail >= len(spans):  # everything looks like boilerplate: keep the text
        return text, offsets, 0
    edits: list[Edit] = []
    if head:
        edits.append((0, spans[head - 1][1] + 1, ""))
    if tail:
        start = spans[len(spans) - tail][0]
        edits.append((max(start - 1, edits[0][1] if edits else 0), len(text), ""))
    text, offsets = _apply(text, offsets, edits)
    return text, offsets, head + tail


# --------------------------------------------------------------------------- 5: page numbers

_PAGE_LINE = re.compile(
    r"^ *(?:[-—–－─]+ *\d{1,4} *[-—–－─]+"  # - 3 -   — 12 —
    r"|第 *\d{1,4} *页(?: *[,，/ ] *共 *\d{1,4} *页)?"  # 第 3 页, 第3页/共22页
    r"|共 *\d{1,4} *页 *第 *\d{1,4} *页"
    r"|\d{1,4} */ *\d{1,4}"  # 3/22
    r"|[Pp]age *\d{1,4}(?: *(?:of|/) *\d{1,4})?"
    r") *$",
    re.M,
)
_LONE_NUMBER = re.compile(r"^ *\d{1,3} *$", re.M)


def _is_prose(line: str) -> bool:
    return len(line.strip()) >= 15 and "\t" not in line


def _strip_page_numbers(text: str, offsets: list[int]) -> tuple[str, list[int], int]:
    edits: list[Edit] = [(m.start(), min(m.end() + 1, len(text)), "") for m in _PAGE_LINE.finditer(text)]
    # A lone number is a page number only between two prose lines; in a table rendered one cell
    # per line (序号 column) it is data.
    for m in _LONE_NUMBER.finditer(text):
        before = text[max(0, m.start() - 4000) : m.start()].rstrip("\n ")
        prev = before[before.rfind("\n") + 1 :]
        after = text[m.end() : m.end() + 4000].lstrip("\n ")
        nxt = after[: after.find("\n")] if "\n" in after else after
        if _is_prose(prev) and _is_prose(nxt):
            edits.append((m.start(), min(m.end() + 1, len(text)), ""))
    edits.sort()
    return (*_apply(text, offsets, edits), len(edits))


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
_YUE_DATE = re.compile(r"(?<=\d)曰")


# --------------------------------------------------------------------------- 7: OCR spaces

# One space between two CJK characters is an OCR/line-wrap artefact; runs of two or more spaces
# are layout (e.g. 第一章  基础与形势, 中共渝水区委  渝水区人民政府) and are kept.
_CJK_SPACE = re.compile(f"(?<=[{_CJK}]) (?=[{_CJK}])")
# ... except after a chapter/section marker, where the space separates number from title.
_MARKER_BEFORE = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,4}[章节条部分篇编]$")
# 24 .强化 -> 24.强化 (task numbers with OCR spaces before the dot).
_NUMBER_DOT = re.compile(f"(?<![\\d.])(\\d{{1,3}})( +)(?=[.．、] *[{_CJK}])")
# 2021 年 / 31 日 -> 2021年 / 31日
_DATE_SPACE = re.compile(r"(?<=\d) +(?=[年月日号])")


def _drop_cjk_spaces(text: str, offsets: list[int]) -> tuple[str, list[int], int]:
    edits: list[Edit] = []
    for m in _CJK_SPACE.finditer(text):
        s = m.start()
        if text[s - 1] in "章节条分篇编" and _MARKER_BEFORE.search(text, max(0, s - 8), s):
            continue
        edits.append((s, s + 1, ""))
    n = len(edits)
    text, offsets = _apply(text, offsets, edits)
    text, offsets = _apply(text, offsets, ((m.start(2), m.end(2), "") for m in _NUMBER_DOT.finditer(text)))
    text, offsets = _sub(_DATE_SPACE, "", text, offsets)
    return text, offsets, n


# --------------------------------------------------------------------------- 8: line joining

_SENTENCE_END = re.compile(r"[。；;：:！？!?）)”」』》〕】\]…]\s*$")
_SENTENCE_INSIDE = re.compile(r"[。；]")
_STARTS_MARKER = re.compile(
    r"^\s*(?:[一二三四五六七八九十百]+\s*[、.．]"
    r"|[（(]\s*[一二三四五六七八九十\d]+\s*[）)]"
    r"|\d+\s*[.．、]|\d+\s*[）)]"
    r"|第[一二三四五六七八九十百\d]+[章节条部分篇编]"
    r"|专栏|附件|附表|附录|[-—•·●■□◆]"
    r")"
)


def _join_broken_lines(text: str, offsets: list[int]) -> tuple[str, list[int], int]:
    """Join a prose line that stops mid-sentence with the line that continues it.

    Only when the line holds a sentence (。 or ； inside, so it is no heading or title), does
    not end with sentence-final punctuation or a closing bracket, and the next non-blank line
    does not start with a heading/number marker. Tab lines (tables) are never joined.
    """
    spans = _lines(text)
    edits: list[Edit] = []
    i = 0
    n = len(spans)
    while i < n - 1:
        s, e = spans[i]
        line = text[s:e]
        stripped = line.rstrip()
        if (
            len(stripped) >= 20
            and "\t" not in line
            and _SENTENCE_INSIDE.search(stripped, 0, len(stripped) - 1)
            and not _SENTENCE_END.search(stripped)
        ):
            j = i + 1
            while j < n and not text[spans[j][0] : spans[j][1]].strip():
                j += 1
            if j < n:
                nxt = text[spans[j][0] : spans[j][1]]
                if "\t" not in nxt and not _STARTS_MARKER.match(nxt):
                    lead = len(nxt) - len(nxt.lstrip())
                    edits.append((s + len(stripped), spans[j][0] + lead, ""))
                    i = j
                    continue
        i += 1
    return (*_apply(text, offsets, edits), len(edits))


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
    offsets = list(range(len(raw)))
    text, offsets = _sub(_NEWLINES, lambda m: "\n" if m.group().startswith("\r") else "", raw, offsets)
    text = text.translate(_WIDTH)  # same length: offsets unchanged

    script: Literal["simplified", "traditional"] = detect_script(text)
    if script == "traditional":
        text = to_simplified(text)
        notes.append("traditional characters converted to simplified")

    text, offsets, n = _strip_site_boilerplate(text, offsets)
    if n:
        notes.append(f"removed {n} lines of download-site boilerplate")
    text, offsets, n = _strip_page_numbers(text, offsets)
    if n:
        notes.append(f"removed {n} page-number lines")
    text, offsets = _sub(_CONFUSION_RE, lambda m: _CONFUSIONS[m.group()], text, offsets)
    text, offsets = _sub(_YUE_DATE, "日", text, offsets)
    text, offsets, n = _drop_cjk_spaces(text, offsets)
    if n:
        notes.append(f"removed {n} OCR spaces inside CJK text")
    text, offsets, n = _join_broken_lines(text, offsets)
    if n:
        notes.append(f"joined {n} lines broken mid-sentence")
    return Cleaned(text, offsets, script, notes)


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
