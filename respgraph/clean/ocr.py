"""Step 6, scan and OCR repair: confusions that are never real words (``力口`` -> ``加``), item
numbers, dashes, brackets of two widths, misread name endings; and a phone page's marks before an
item's number (pictographs, bullets: ●（一）), keycap digits as the number (1️⃣ -> 1.).
"""

from __future__ import annotations

import re

from respgraph.clean.edits import Edit
from respgraph.clean.script import _HAN_RE


# --------------------------------------------------------------------------- 6: OCR confusions

# Each pair is a character sequence that is never a real word, so replacing it cannot damage a
# correct text.
_CONFUSIONS: dict[str, str] = {
    "力口": "加",  # 加 split into its two components; 力口 never occurs in Chinese words
    "囗": "口",  # U+56D7 is a dictionary radical only; in running text it is always OCR for 口
    "己经": "已经",  # 己经 is not a word; 已/己 are a classic OCR pair
    "末来": "未来",  # 末来 is not a word; 未/末 differ by stroke length
    "丶": "、",  # U+4E36 is a dictionary radical (the dot); between names it is always OCR for 、
    "ㄧ": "一",  # U+3127 is a bopomofo letter, never in a mainland plan: OCR for 一 (（ㄧ）加强…)
    "巿": "市",  # U+5DFF (fú, an apron) is 市 with the stroke through: never in a plan, OCR for 市 (合肥巿公安局)
    # a label's role word misread: 责 as 贵 and 合 as 台 (neither 贵任 nor 配台 is a word)
    "贵任单位": "责任单位",
    "贵任部门": "责任部门",
    "配台单位": "配合单位",
    "配台部门": "配合部门",
}
# (an OCR blank may stand between the characters: 贵任单 位; in a label, a wrapped line's break too,
# 贵任单 / 位：区市场监管局: the lines are joined later, after this step, and the label was left misread;
# not in 力口 and the like, whose two characters may end one line's word and open the next's)
_LABEL_KEY = re.compile(r".+(?:单位|部门)$")
_CONFUSION_RE = re.compile("|".join(
    ("[ \n]*" if _LABEL_KEY.match(k) else " *").join(map(re.escape, k)) for k in sorted(_CONFUSIONS, key=len, reverse=True)
))
# 曰 (to say) never follows a digit, 日 (day) does: 7月7曰 -> 7月7日.
_YUE_DATE = re.compile("曰")  # literal scan; the digit before is checked per match
# ...nor ends a named day or opens a word of 日 (环境曰 / 工作曰 / 每曰 / 曰常 / 曰益): 曰 is only
# said (子曰, 曰：), never a word with these
_YUE_BEFORE = frozenset("境念传放题动作假待每当次近今明昨翌逐终")
_YUE_AFTER = frozenset("常益期均臻趋报程夜")
# 口 for 日 in a date (2022年8月10口): only after a month's day (打井10口: wells, 口 the measure word)
_KOU_DATE = re.compile(r"月 ?[0-3]?\d ?(口)")


# The letter O (or 〇) after a digit and before a digit or a date unit is a zero: 2O24年, 1O月.
# (CO2, NOx have a letter before; 二〇二四年 has no digit before.)
_ASCII_DIGITS = frozenset("0123456789")
_ZERO_NEXT = frozenset("0123456789年月日号%％")


# ...and so are the letters ending a number before a measure word or a stop (12O个 / 10O家以上 /
# 达到10O。), when a letter does not open the number (H2O / Fe2O3 / CO2 / ISO 14001 stay)
_ZERO_RUN = frozenset("Oo〇")
_COUNT_NEXT = frozenset("个项家户人元万亿千百所处座台辆套名次天条公米吨亩倍批期届件只间栋场岁。，；、")


def _letter_zero_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    seen: set[int] = set()
    for ch in "Oo〇":  # literal finds: a character-class scan over mixed scripts is 5x slower
        i = text.find(ch, 1)
        while i >= 0:
            if i not in seen and text[i - 1] in _ASCII_DIGITS:
                edits += _zero_run_edits(text, i, seen)
            i = text.find(ch, i + 1)
    return edits


def _zero_run_edits(text: str, i: int, seen: set[int]) -> list[Edit]:
    """The letters of the number whose first letter is at ``i`` (after a digit), as zeros: a letter
    before a digit or a date unit (2O24年), or the number's letters before a measure word or a
    stop; none where a letter opens the number (a formula or a model: Fe2O3 / A1O0型)."""
    a = i - 1
    while a > 0 and (text[a - 1] in _ASCII_DIGITS or text[a - 1] in _ZERO_RUN):
        a -= 1
    if text[a] in _ZERO_RUN or a > 0 and text[a - 1].isascii() and text[a - 1].isalpha():
        return []
    if text[i + 1 : i + 2] in _ZERO_NEXT:
        return [(i, i + 1, "0")]
    b = i
    while b < len(text) and (text[b] in _ZERO_RUN or text[b] in _ASCII_DIGITS):
        b += 1
    seen.update(range(i, b))
    if text[b : b + 1] not in _COUNT_NEXT:
        return []
    return [(k, k + 1, "0") for k in range(i, b) if text[k] in _ZERO_RUN]
# A year written in Chinese numerals with its zero typed as the letter O, the digit 0 or a large
# circle (二O二O年 / 二0二五年 / 二◯二三年): 〇, as the other readers of dates expect (二〇二〇年;
# ○ U+25CB is read as it is). Only a four-numeral year before 年 (二O二O年, never 二O号 or a model).
_CN_YEAR_ZERO = re.compile("(?:二|一九)[〇○零Oo0◯一二三四五六七八九]{2,3}(?=年)")
_ZERO_LOOKALIKE = frozenset("Oo0◯")


def _cn_year_zero_edits(text: str) -> list[Edit]:
    """The zeros of Chinese-numeral years typed as O / 0 / ◯, as 〇.

    >>> _cn_year_zero_edits("二O二O年四月十日，二0二五年底前，二〇二三年")
    [(1, 2, '〇'), (3, 4, '〇'), (11, 12, '〇')]
    """
    return [(m.start() + k, m.start() + k + 1, "〇") for m in _CN_YEAR_ZERO.finditer(text)
            if len(m.group()) == 4 for k, c in enumerate(m.group()) if c in _ZERO_LOOKALIKE]


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
# ...and inside a line of a copy run together (a sharing site's text with its line breaks lost):
# `…制定本方案。—、工作目标到2023年底…` / `二、主要任务（—）加强土壤…`. Only before a title (a Han
# character), after a sentence's stop or a closing bracket or quote, or (（—）) right after a
# heading's title (`二、主要任务（—）…`): a dash between figures (2021—2025年) or standing for a
# missing value in a sentence (收集率（—）较上年提高) is no heading.
_DASH_INLINE = re.compile(
    r"(?:(?<=[。；;！？）)〕”\]])[ \u3000]?(?P<dash1>[—－─–])、"
    r"|(?P<open>[（(])(?P<dash2>[—－─–])[）)])(?=[\u4e00-\u9fff])"
)
_AFTER_STOP = frozenset("。；;！？）)〕”]")
# the heading whose title a （—） follows: 二、主要任务 (its title short, no stop inside)
_HEADING_BEFORE = re.compile(r"[一二三四五六七八九十]{1,3}、[^。；;，,！？\n]{1,24}$")


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
# are decoration too, but harmless.) Not ★ / ☆ (U+2605, U+2606): a government text's own bullet
# (★实施胶州湾氮磷总量控制。（A牵头） under （三）★重点攻坚: structure's bullet★ items; dropped, the
# items were read as paragraphs without a number) and its mark of a lead (★区发改局)
_PICTOGRAPH = r"[\U0001F300-\U0001FAFF\u2600-\u2604\u2607-\u27BF\u2B50\u2B55\u2705]"
_EMOJI_AT_LINE_START = re.compile(r"(?:^|(?<=\n))[ \t\u3000]*((?:" + _PICTOGRAPH + r"\ufe0f?)+)")
# (the pattern above opens with a line start, which the regex engine tries at every position of
# the text: it is tried only at the start of the lines holding a pictograph, found by the class)
_PICTOGRAPH_RE = re.compile(_PICTOGRAPH)


def _emoji_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    line_end = 0
    for p in _PICTOGRAPH_RE.finditer(text):
        if p.start() < line_end:
            continue  # a line already tried
        line_end = text.find("\n", p.start())
        if line_end < 0:
            line_end = len(text)
        m = _EMOJI_AT_LINE_START.match(text, text.rfind("\n", 0, p.start()) + 1)
        if m is not None:
            edits.append((m.start(1), m.end(1), ""))
    return edits


# A keycap digit opening an item of a phone page (1️⃣ 压紧… / 🔟 …): the digit, the variation
# selector and U+20E3 (the enclosing keycap) are the item's number, written 1. so that the
# structure sees it (left, the digit was read as the text of a paragraph, and the item's own-line
# clauses went to the item after it)
_KEYCAPS = re.compile(r"(?:^|(?<=\n))[ \t\u3000]*((?:[0-9]\ufe0f?\u20e3)+|\U0001F51F)")


def _keycap_edits(text: str) -> list[Edit]:
    if "\u20e3" not in text and "\U0001F51F" not in text:
        return []
    out: list[Edit] = []
    for m in _KEYCAPS.finditer(text):
        digits = "10" if m.group(1) == "\U0001F51F" else re.sub(r"[^0-9]", "", m.group(1))
        out.append((m.start(1), m.end(1), digits + "."))
    return out


# A bullet before an item's number (●（一）化工… / ◆ 3.加强… / ▶1、…): the number is the item's mark
# and the bullet decoration (a phone page's); left, ●（一） was neither a bullet item (the bullet
# opens a title, not a number) nor a numbered one. A bullet before a title stays (● 实施…: a list
# without numbers).
_BULLETS = "●◆◇■□▲△▶►▸▷▪◎◉★☆※▍▎▌▋█"
_BULLET_BEFORE_NUMBER = re.compile(
    r"(?:^|(?<=\n))[ \t\u3000]*([" + _BULLETS + r"]+[ \t\u3000]*)"
    r"(?=[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,3}、)"
)


def _bullet_number_edits(text: str) -> list[Edit]:
    # (every match holds a bullet; the pattern opens with a line start looked behind for, which the
    # scan tries at every position of the text: a text without a bullet is not scanned)
    if not any(b in text for b in _BULLETS):
        return []
    return [(m.start(1), m.end(1), "") for m in _BULLET_BEFORE_NUMBER.finditer(text)]


def _is_day(text: str, i: int) -> bool:
    """Whether the 曰 at ``i`` is an OCR 日 (after a digit, or in a word of 日)."""
    before = text[i - 1] if i else ""  # "" is in neither set
    return before.isdigit() or before in _YUE_BEFORE or text[i + 1 : i + 2] in _YUE_AFTER


def _overlaps(e: Edit, edits: list[Edit]) -> bool:
    return any(a < e[1] and e[0] < b for a, b, _ in edits)


def _confusion_fix(found: str) -> str:
    """The right reading of a confusion found with its blanks and breaks (贵任单\n位 -> 责任单位\n: the
    line break kept after it, for the line joining to judge)."""
    fixed = _CONFUSIONS[found.replace(" ", "").replace("\n", "")]
    return fixed + "\n" if "\n" in found else fixed


def _confusion_edits(text: str) -> list[Edit]:
    edits = [(m.start(), m.end(), _confusion_fix(m.group())) for m in _CONFUSION_RE.finditer(text)]
    edits += _keycap_edits(text)
    edits += _bullet_number_edits(text)
    edits += [e for e in _emoji_edits(text) if not _overlaps(e, edits)]
    edits += _mixed_bracket_edits(text)
    edits += [(m.start(), m.end(), "日") for m in _YUE_DATE.finditer(text) if _is_day(text, m.start())]
    if "口" in text:
        edits += [(m.start(1), m.end(1), "日") for m in _KOU_DATE.finditer(text)]
    edits += _letter_zero_edits(text)
    edits += _cn_year_zero_edits(text)
    edits += _item_number_edits(text)
    edits += _name_end_edits(text)
    first = _DASH_MARKER_FIRST.match(text)
    for m in ([first] if first else []) + list(_DASH_MARKER.finditer(text)):
        if (m.group("open") is None) == (m.group("end") == "、"):  # （—） or —、, not （—、
            edits.append((m.start("dash"), m.end("dash"), "一"))
    edits += _inline_dash_edits(text, edits)
    edits.sort()
    return edits


def _inline_dash_edits(text: str, edits: list[Edit]) -> list[Edit]:
    """A heading's 一 read as a dash inside a run-together line (`。—、工作目标`, `任务（—）加强`),
    where a copy lost its line breaks; those at a line's start are edited already."""
    if "—" not in text and "－" not in text and "─" not in text and "–" not in text:
        return []
    done = {a for a, _, _ in edits}
    out: list[Edit] = []
    for m in _DASH_INLINE.finditer(text):
        g = "dash1" if m.group("dash1") else "dash2"
        if g == "dash2":
            a = m.start("open")
            before = text[a - 1 : a].strip(" \u3000")
            if before not in _AFTER_STOP and not _HEADING_BEFORE.search(text, max(0, a - 30), a):
                continue
        if m.start(g) not in done:
            out.append((m.start(g), m.end(g), "一"))
    return out
