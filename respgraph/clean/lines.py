"""Step 8, layout: lines printed twice, and mid-sentence line breaks joined where that is safe
(wrapped text, hyphenated names, an item number wrapped alone).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from respgraph.addressees import ADDRESSING_ALL
from respgraph.clean.edits import Edit
from respgraph.clean.ocr import _JURISDICTION, _NAME_SEP, _NAME_SUFFIX, _ends_name, _piece_start
from respgraph.clean.script import _HAN_RE
from respgraph.clean.spacing import _single_spaced_tables


# --------------------------------------------------------------------------- 8: line joining

_SENTENCE_END = re.compile(r"[。；;：:！？!?）)”」』》〕】\]…]\s*$")
_SENTENCE_INSIDE = re.compile(r"[。；]")
_STARTS_MARKER = re.compile(
    r"^\s*(?:[一二三四五六七八九十百]+\s*[、.．]"
    r"|[（(]\s*[一二三四五六七八九十\d]+\s*[）)]"
    r"|\d+\s*[.．、]|\d+\s*[）)]"
    r"|第[一二三四五六七八九十百\d]+[章节条部分篇编]"
    r"|专栏|附件|附表|附录|[-—•·●■□◆【]"
    # ①推行… / ⑴ / ㈠ / ❶ / ▲ ★ ▶: an item's mark of its own, never the rest of a sentence (was
    # …【责任单位】区级各部门 / ②限制过度包装 joined, ② read into the unit's name)
    r"|[①-⒛㈠-㈩❶-❿▲△★☆◇▶►]"
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
_LIST_GOES_ON = ("，", "、", ",")


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


def _wrap_width(text: str, skip: Sequence[tuple[int, int]] = ()) -> int:
    """The shortest length of a full line when the text is wrapped at a fixed width, else 0.
    ``skip``: spans whose lines are not measured (a table's rows, put back on lines of their own)."""
    if skip:
        kept, pos = [], 0
        for a, b in skip:
            kept.append(text[pos:a])
            pos = b
        text = "".join(kept) + text[pos:]
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
# text not wrapped at a fixed width (in such text, before a blank line), and not before a
# separator (a list wrapped after a name); a name ends as a body's does (各街道办事处 / XX集团 /
# XX公司 / 领导小组 too), and so does an addressee (各有关部门 / 区直各有关单位: was joined to the
# paragraph after a blank line, 各有关部门各单位要…)
_LABEL_LIST_AT_END = re.compile(
    # (the label in 【】 without a colon too, as portals print them: 【配合单位】区发改委、区城管局)
    r"(?:牵头|责任|配合|协办|主办|参与|协助|主责)(?:单位|部门)(?:[：:]|[】\]])[^。；;：:（）()\n]{2,80}?"
    r"(?:局|委|办|院|厅|府|中心|队|站|所|社|会|部|室|政府|处|司|团|组|校|馆|部门|单位)$"
)


# a unit label's list on the line (the line's last label: its list runs to the line's end)
_LABEL_LIST_IN_LINE = re.compile(r"(?:牵头|责任|配合|协办|主办|参与|协助|主责)(?:单位|部门)[：:][^。；;：:\n]{2,80}$")


# A rectification item's fields, one a line (责任单位：A牵头，B配合；C负责落实 / 整改目标：… / 整改时限：…):
# a line holding a unit label is not wrapped into a line opening with a field's label of its own (the
# ； inside the list made it look like prose; joined, 整改目标 ran into C's list and C was lost)
_UNITS_LABEL_IN = re.compile(r"(?:牵头|责任|配合|协办|主办|参与|协助|主责)(?:单位|部门)(?:[：:]|[】\]])")
# (not a unit label's rest, 牵头单位：A；配 / 合单位：B: a label broken at the line's end)
_FIELD_OPENS = re.compile(r"(?![\u4e00-\u9fff]{0,4}(?:单位|部门)[：:])[\u4e00-\u9fff]{2,6}[：:]")


# The plan's signature under its last item (吉安市生态环境保护委员会办公室 / 2024年4月8日): a line of
# organs alone (a joint signature two of them, a date may close the line), a place's name
# written in full before its body (吉安市…, 中共石城县委: the place's character after the first,
# so a wrapped name's rest, 乡建设局 / 农村局, is none), under it a date, an attachment, or
# nothing more. A line stopping before it (…责任单位：各有关部门) is never joined to it: the
# signature was read as the last unit's name (各有关部门吉安市生态环境保护委员会办公室).
# (a quoted campaign and a bracket inside the organ's name: 珠海市“无废城市”建设工作领导小组办公室,
# 临平区“五水共治”（河长制）工作领导小组办公室; the last line of a table's cell over it was joined to it)
_SIGN_ORGAN = r"(?:中共)?[\u4e00-\u9fff]{1,30}?[省市县区州盟旗镇乡][\u4e00-\u9fff“”（）]{0,30}?(?:局|委|办|院|厅|府|会|部|室|组|处|办事处|街道)"
_SIGN_DATE = (
    r"(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|[〇○零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十]{1,3}\s*日)"
)
_SIGN_LINE = re.compile(
    r"[ \u3000\t]*(?!各)" + _SIGN_ORGAN + r"(?:[ \u3000\t]+" + _SIGN_ORGAN + r")?"
    r"(?P<date>[ \u3000\t]*" + _SIGN_DATE + r")?[ \u3000\t]*(?:\n|$)"
)
_AFTER_SIGNATURE = re.compile(r"\s*(?:$|" + _SIGN_DATE + r"[ \u3000\t]*(?:\n|$)|附\s*件)")


def _signature_at(text: str, i: int) -> bool:
    """Whether the line at ``i`` opens the plan's signature (one or two lines of organs, then a
    date, an attachment or the end of the text)."""
    for _ in range(2):
        m = _SIGN_LINE.match(text, i)
        if m is None:
            return False
        if m.group("date") or _AFTER_SIGNATURE.match(text, m.end()):
            return True
        i = m.end()
    return False


# A Markdown (or box-drawn) table's row, a bar at both ends and between its cells (| 1 | 推进… |
# 区水务局（牵头）；区城管局 |): a row is one line, never a sentence's wrap (its cell's ； read as a
# sentence inside, the table's rows were joined into one line and read as one paragraph)
_BAR_ROW = re.compile(r"[ \u3000]*[|│┃][^\n]*[|│┃][^\n]*[|│┃][ \u3000]*$")


def _line_join_edits(text: str) -> list[Edit]:
    """Join a prose line that stops mid-sentence with the line that continues it.

    Only when the line holds a sentence (。 or ； inside, so it is no heading or title) or
    leaves a bracket open, does not end with sentence-final punctuation or a closing bracket,
    and the next non-blank line does not start with a heading/number marker. A line joined to
    the one before is judged with it (the paragraph's third line may hold no 。 of its own).
    Table lines (cells apart by a tab or by a column gap of blanks) are never joined.
    """
    edits: list[Edit] = []
    # a single-blank table's rows (1 推进… 县水务局 县财政局 2024年12月底前 / 2 开展…): each
    # ends its row, though no stop closes it and 2 opens the next without one; nor is its header
    # the rest of the line above it (and its rows, long, tell nothing of the width the text around
    # it was wrapped at)
    tables = _single_spaced_tables(text)
    wrap = _wrap_width(text, tables)
    start = 0
    para = 0  # where the paragraph of the line starts: a line joined to the one before goes on it
    for m in _NEWLINE.finditer(text):
        nl = m.start()
        line_start, start = start, nl + 1
        if not edits or edits[-1][1] != line_start:
            para = line_start
        edit = _line_join(text, line_start, nl, para, wrap, tables)
        if edit is not None:
            edits.append(edit)
    return edits


def _line_join(text: str, line_start: int, nl: int, para: int, wrap: int, tables: list[tuple[int, int]]) -> Edit | None:
    """The edit joining the line ``text[line_start:nl]`` (of the paragraph from ``para``) with
    the next, or None: an item's number wrapped alone, a name hyphenated or a label broken at the
    line's end, else a sentence wrapped mid-way (``_wrapped_sentence``)."""
    end = nl
    while end > line_start and text[end - 1] == " ":
        end -= 1
    if end > line_start and text[end - 1] in _MARKER_LAST and _MARKER_AT_END.search(text, max(line_start, end - 8), end):
        gap = _TO_NEXT_LINE.match(text, nl)
        if gap and _HAN_RE.match(text, gap.end()):
            return (end, gap.end(), "")  # …）6. / 加快形成…: the item's number wrapped alone
    if end > line_start and text[end - 1] in "）)〕" and text.startswith(_LIST_GOES_ON, nl + 1):
        # 责任单位：市环保局（牵头） / ，市工信委、市住建局: a wrap right after the bracket, the list's
        # separator opening the next line (no line opens with one): the list goes on
        return (end, nl + 1, "")
    if end <= line_start or text[end - 1] in _END_CHARS or text[end - 1].isspace():
        return None
    if text[end - 1] in _HYPHENS and _hyphen_in_name(text, end - 1, nl + 1):
        return (end - 1, nl + 1, "")  # 市生态环- / 境局: a name hyphenated at the line's end
    if text.startswith(_LABEL_NOUNS, nl + 1) and text[max(line_start, end - 2) : end] in _LABEL_ROLES:
        return (end, nl + 1, "")  # 牵头 / 单位：A, a label broken at the line's end
    if text.startswith(_LABEL_NOUNS, nl + 2) and text[end - 1] + text[nl + 1 : nl + 2] in _LABEL_ROLES:
        return (end, nl + 1, "")  # …；责 / 任单位：B, a label broken inside its role word
    return _wrapped_sentence(text, line_start, end, nl, para, wrap, tables)


def _wrapped_sentence(
    text: str, line_start: int, end: int, nl: int, para: int, wrap: int, tables: list[tuple[int, int]]
) -> Edit | None:
    """The edit joining a prose line that stops mid-sentence (its text ends at ``end``) with the
    next line continuing it, or None: a table's line, a heading, the next field or a signature
    after it stays apart."""
    # a line that leaves its bracket open (1.…。（县农业 / 农村局…）) stops mid-clause; in text
    # wrapped at a fixed width, a full line stops where the width ran out
    if end - para < 20 or not _SENTENCE_INSIDE.search(text, para, end):
        if not _open_bracket_left(text, para, end) and not (wrap and end - line_start >= wrap):
            return None
    if "\t" in text[line_start:end] or any(a <= nl + 1 and nl <= b for a, b in tables):
        return None
    if _BAR_ROW.match(text, line_start, end):
        return None
    if _COLUMN_GAPS.search(text, line_start, end):
        return None
    gap = _TO_NEXT_LINE.match(text, nl)
    if not gap:
        return None
    nxt_end = text.find("\n", gap.end())
    nxt = text[gap.end() : nxt_end if nxt_end >= 0 else len(text)]
    if "\t" in nxt or _COLUMN_GAPS.search(nxt):
        return None
    if (
        (not wrap or "\n" in text[nl + 1 : gap.end()]) and nxt[:1] not in "、，,；;"
        and _LABEL_LIST_AT_END.search(text, max(para, end - 90), end)
    ):
        return None
    if text[end - 1] not in "、，," and ADDRESSING_ALL.match(nxt) and _LABEL_LIST_IN_LINE.search(text, line_start, end):
        return None  # 责任单位：A、相关街道 / 各牵头单位为…，要…: the plan's closing words, not the list's rest
    if _STARTS_MARKER.match(nxt) and not _number_split(text, line_start, end, nxt):
        return None
    if text[end - 1] not in "、，," and _FIELD_OPENS.match(nxt) and _UNITS_LABEL_IN.search(text, line_start, end):
        return None  # 责任单位：A牵头，B配合；C负责落实 / 整改目标：…: the next field, not the list's wrap
    if text[end - 1] not in "、，," and _signature_at(text, gap.end()):
        return None  # …责任单位：各有关部门 / 吉安市生态环境保护委员会办公室 / 2024年4月8日
    return (end, gap.end(), "")


# --------------------------------------------------------------------------- 8a: doubled lines

# A two-column scan or a scraper's overlapping pages print a line twice, one under the other: the
# copy is dropped (it made a second task, or read a clause's units twice). Only a line long
# enough to be prose (a table's short cells may repeat: 县财政局 / 县财政局), and only two copies
# (a line written three times or more in a row is the text's own).
_DOUBLED_MIN = 12


def _line_at(text: str, pos: int, start: int, size: int) -> bool:
    """Whether a whole line at ``pos`` is the line ``text[start:start + size]``."""
    end = pos + size
    # (past the text's end there is no line: a third copy looked for after two lines that end the
    # text without a line break was an IndexError)
    return (
        0 <= pos <= len(text) and (pos == 0 or text[pos - 1] == "\n") and (end == len(text) or text[end : end + 1] == "\n")
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
