"""Item and heading markers of Chinese government plans: ``第三章`` ``一、`` ``（一）`` ``1.`` ``（1）``.

A marker is recognised in two settings:

* at the start of a line (ordinary documents), where any well-formed marker counts;
* inside a line (run-together text scraped or OCR'd without line breaks), where a
  marker only counts when it continues the numbering: ``24 .`` after item 23,
  ``(二)`` after ``(一)``, ``1`` after a new section heading. A number followed by a
  unit (``2025年``, ``1公里``, ``100%``) or a digit never starts an item.

>>> [m.number for m in scan_line("1.大力推进碳达峰行动。", 0)]
['1.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN = "一二三四五六七八九十百零〇两"

# the bullets that open an item of a list without numbers (never •, skipped as a blank); one
# style each in STYLE_RANK, so that a bullet added here has its rank
BULLETS = "●◆▲■★"
# Styles, outermost first. The real nesting is found from the document (stack order).
STYLE_RANK = {
    "part": 0,  # 第一篇 / 第一部分
    "chapter": 1,  # 第一章
    "section": 2,  # 第一节
    "article": 2.5,  # 第一条 (rules, 办法, 实施细则): items under chapters and sections
    # Ⅰ　加强源头防控 / Ⅱ、强化治理: a Roman numeral opening a part's title (some offices number
    # their parts so, with ①② or 1. items under them); above 一、 where a plan mixes them
    "roman": 2.8,
    "cn_dun": 3,  # 一、
    "cn_paren": 4,  # （一）
    # 问题1：… (a rectification plan's problems, each over its numbered measures and fields)
    "problem": 4.5,
    # 行动一：产业结构优化行动（牵头单位：…） / 专项行动2　…: a 行动方案's actions, each a group over
    # its （一）/ 1. items; below 一、 (it closes the items of the action before it), but no （一）
    # closes it (headings: only its own style and the chapters do)
    "action": 4.05,
    "arabic": 5,  # 1.  1．  1、
    "arabic_paren": 6,  # （1）  (1)
    "arabic_rparen": 6,  # 1）  1)
    "circled": 7,  # ①
    "box": 8,  # 专栏3
    # ■ 壮大创新主体 / ● 实施…: a bullet opening a line is an item; each bullet character is a
    # style of its own (■ groups over ● items), nested as the document writes them
    **{"bullet" + ch: 7.5 for ch in BULLETS},
    "bracket": 4,  # 【大气污染防治】: a group heading, above its numbered items
    # 1　总则 / 2.1　编制目的 / 2.2.1　…: the decimal outline of 应急预案 and technical plans; under
    # 一、/（一） when a plan mixes them (一、建设任务 / 1.1 …), above 1. / （1） written inside them
    "dec1": 4.1,
    "dec2": 4.2,
    "dec3": 4.3,
    "dec4": 4.4,
}

# A number followed by one of these is a quantity, not an item number.
UNIT_CHARS = set("年月日号个%％‰公米家座万亿千百倍吨项条次天时期届批名户人元度所处只台辆套股份级类周岁")

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"

_LINE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("part", re.compile(rf"第([{CN}]+|\d+)(?:篇|部分)[ \t\u3000]*")),
    ("chapter", re.compile(rf"第([{CN}]+|\d+)章[ \t\u3000]*")),
    ("section", re.compile(rf"第([{CN}]+|\d+)节[ \t\u3000]*")),
    # 第三条【主管部门】…: the article's caption in 【】 is part of its marker, no part of its text
    ("article", re.compile(rf"第([{CN}]+|\d+)条[ \t\u3000]*(?:【[^】\n]{{1,12}}】[ \t\u3000]*)?")),
    # 专栏3-1 / 专栏3.2: a 规划 numbers its boxes by chapter (the number is the whole)
    ("box", re.compile(r"专栏[ \t\u3000]*(\d+|[一二三四五六七八九十]+)(?:[-－—–.．]\d{1,2}(?![\d%％]))?[ \t\u3000:：]*")),
    # 专栏　“十四五”大气污染防治重点工程 / 专栏：重大工程 / 专栏 alone over its title: a box the plan
    # does not number (its 1. 2. projects were read as tasks, and the title-only item above it as
    # a heading over them, its task lost). A blank, a colon or a quote after 专栏 (the clean-up may
    # have taken the blank), or a title closing on what a box lists (专栏重点工程), and no sentence:
    # 专栏报道了… / 专栏文章 are prose
    ("box", re.compile(r"专栏()(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]+|$|(?=[“\"《])"
                       r"|(?=[^。；;，,\n]{2,40}(?:工程|项目|行动|计划|指标|任务|清单|举措|措施)[ \t\u3000]*$))"
                       r"(?=[^。；;\n]{0,40}$)")),
    ("cn_dun", re.compile(rf"([{CN}]{{1,3}})[ \t\u3000]*[、．.][ \t\u3000]*")),
    ("cn_paren", re.compile(rf"[（(][ \t\u3000]*([{CN}]{{1,3}})[ \t\u3000]*[）)][ \t\u3000、]*")),
    ("arabic_paren", re.compile(r"[（(][ \t\u3000]*(\d{1,3})[ \t\u3000]*[）)][ \t\u3000、.．]*")),
    # 1）加强… — a half bracket: the same rank as （1）
    ("arabic_rparen", re.compile(r"(\d{1,3})[ \t\u3000]*[）)][ \t\u3000]*")),
    ("circled", re.compile(rf"([{CIRCLED}])[ \t\u3000]*")),
    # a stop or a blank after the numeral, then the title (Ⅱ类水体 / Ⅳ级响应 / Ⅲ 类 are grades)
    ("roman", re.compile(rf"([{ROMAN}])(?:[ \t\u3000]+|[、.．][ \t\u3000]*)(?=[\u4e00-\u9fff])(?![类级期档型])")),
    # 问题1：/ 问题一：/ 问题2．(not 问题1.5万件); 任务一：/ 任务2． (a phone page's items) alike, and a
    # 若干措施's 措施1　开展… / 举措3：… (a blank after the number as good as a stop: 措施1项 is a count)
    # (not 任务一、二完成后: an enumeration of numerals); a 交办单's / 督办单's 交办事项1 / 督办事项二：
    # (alone on its line, its fields below it: 诉求内容：… / 承办单位：…)
    ("problem", re.compile(rf"(?:问题|任务|措施|举措|(?:交办|督办)事项)[ \t\u3000]*(\d{{1,3}}|[{CN}]{{1,3}})[ \t\u3000]*"
                           rf"(?:[：:]|[.．、](?![\d{CN}])|(?<=[\d{CN}][ \u3000])(?=[\u4e00-\u9fff“\"《])|(?<=项[\d{CN}])$|(?<=项[\d{CN}]{{2}})$|(?<=项[\d{CN}]{{3}})$)[ \t\u3000]*")),
    # 行动一：产业结构优化行动 / 专项行动二　… / 攻坚行动3．… (a blank or a stop after the number: 行动一致 is
    # prose)
    ("action", re.compile(rf"(?:专项|攻坚|重点|提升)?行动[ \t\u3000]*(\d{{1,2}}|[{CN}]{{1,3}})[ \t\u3000]*"
                          rf"(?:[：:]|[.．、](?![\d{CN}])|(?<=[\d{CN}][ \u3000])(?=[\u4e00-\u9fff“\"《]))[ \t\u3000]*")),
    # 【任务一】完善… / 【问题2】…: the same number set in 【】 (the task's text after it; was read as
    # prose, the labels under it joined to the next task)
    ("problem", re.compile(rf"【[ \t\u3000]*(?:问题|任务)[ \t\u3000]*(\d{{1,3}}|[{CN}]{{1,3}})[ \t\u3000]*】[ \t\u3000]*(?=\S)")),
    # 1.  1．  1、  "1 ."  (OCR space)  "25,"  — the separator is required at a line start
    ("arabic", re.compile(r"(\d{1,3})[ \t\u3000]*[.．、,，][ \t\u3000]*")),
]

# Inside a run-together line the separator may be missing ("6加快") and OCR may use a comma.
# The look-behinds come after the first character (the same matches): a pattern that opens with
# a character class lets the regex engine skip along to the next digit or numeral in C instead
# of trying the whole pattern at every position of the line.
# An item may open with a year (1.2024年完成…) when the number has its stop.
_INLINE_ARABIC = re.compile(
    r"(\d(?<![\d.．A-Za-z第]\d)\d{0,2})[ \t\u3000]*([.．、,，]?)[ \t\u3000]*"
    r"(?=[\u4e00-\u9fff“\"]|(?<=[.．、 \t\u3000])(?:19|20)\d\d年)"
)
# 一、二级保护区 / 一、二、三产业 / 三、四季度: an enumeration of numerals, no heading
_INLINE_CN_DUN = re.compile(
    rf"([{CN}](?<![{CN}第（(][{CN}])[{CN}]{{0,2}})、(?=[\u4e00-\u9fff])"
    rf"(?![{CN}]{{1,3}}(?:[、，,至到和及与]|[级类产季档星等期批线次轮号年]))"
)
# a blank may follow the bracket (…。（责任单位：A） (3) 深入推进…: a plan flattened onto one line)
_INLINE_CN_PAREN = re.compile(rf"[（(]([{CN}]{{1,3}})[）)][ \t\u3000]?(?=[\u4e00-\u9fff])")
_INLINE_AR_PAREN = re.compile(r"[（(](\d{1,3})[）)][ \t\u3000]?(?=[\u4e00-\u9fff])")
# 第二章 / 第二条 inside a line: blocks takes them after a stop, a closing bracket or a title only,
# even in run-together text (新建第一条地铁线 / 依照《条例》第一条 are no articles)
_INLINE_CHAPTER = re.compile(rf"第([{CN}]{{1,4}}|\d{{1,3}})章[ \t\u3000]*(?=[\u4e00-\u9fff])")
# 第一节 inside a line (a 规划 flattened onto one line: …蓝天保卫战 第一节 推进…。（…配合）第二节 加强…):
# as 第二章, after a stop, a closing bracket or a title only (第一节课 / 第三节车厢 are no sections)
_INLINE_SECTION = re.compile(rf"第([{CN}]{{1,4}}|\d{{1,3}})节[ \t\u3000]*(?=[\u4e00-\u9fff“])")
# 专栏3 inside a line, after a stop only (…设施建设。专栏3 水环境治理重点工程 1.…): a box in flattened text
_INLINE_BOX = re.compile(r"专栏[ \t\u3000]*(\d{1,2}|[一二三四五六七八九十]{1,3})(?:[-－—–.．]\d{1,2}(?![\d%％]))?[ \t\u3000:：]*(?=[\u4e00-\u9fff])")
_INLINE_ARTICLE = re.compile(rf"第([{CN}]{{1,4}}|\d{{1,3}})条[ \t\u3000]*(?=[\u4e00-\u9fff])")
# 1）推行… / ①加强…: taken inside a line only after a stop or a heading's title (see blocks);
# the look-behind after the first digit, as in _INLINE_ARABIC (the same matches)
_INLINE_AR_RPAREN = re.compile(r"(\d(?<![\d.．A-Za-z第（(]\d)\d{0,2})[）)](?=[\u4e00-\u9fff])")
_INLINE_CIRCLED = re.compile(rf"([{CIRCLED}])(?=[\u4e00-\u9fff])")


@dataclass(slots=True)
class Marker:
    start: int  # absolute offset of the marker
    body: int  # absolute offset where the text after the marker begins
    style: str
    number: str  # as written, stripped: "1.", "（二）", "第三章"
    value: int


def cn_to_int(s: str) -> int:
    """Chinese numeral (up to 999) to int.

    >>> cn_to_int("十二"), cn_to_int("二十"), cn_to_int("三"), cn_to_int("③")
    (12, 20, 3, 3)
    """
    # isdecimal, not isdigit: "①".isdigit() is True but int("①") raises.
    if s.isdecimal():
        return int(s)
    if s in CIRCLED:
        return CIRCLED.index(s) + 1
    if s in ROMAN:
        return ROMAN.index(s) + 1
    total, cur = 0, 0
    for ch in s:
        if ch == "百":
            total += (cur or 1) * 100
            cur = 0
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        else:
            cur = CN_DIGITS.get(ch, 0)
    return total + cur


def _after_ok(text: str, pos: int) -> bool:
    """The character after a numeric marker must not make it a quantity."""
    if pos >= len(text):
        return False
    ch = text[pos]
    return not (ch.isdigit() or ch in UNIT_CHARS or ch in "-—~～至到")


_LEAD_BLANKS = re.compile(r"[ \t\u3000\-•·*]*")
# The characters each line-start pattern opens with ("0": any decimal digit, ``\d`` being
# isdecimal); a pattern is only tried on a line opening with one of them (it cannot match
# otherwise), in the order of _LINE_PATTERNS.
_LINE_OPENS = {
    "part": "第", "chapter": "第", "section": "第", "article": "第", "box": "专", "cn_dun": CN,
    "cn_paren": "（(", "arabic_paren": "（(", "arabic_rparen": "0", "circled": CIRCLED, "roman": ROMAN, "arabic": "0", "problem": "问任措举交督【", "action": "专攻重提行",
}
_LINE_PATTERNS_AT: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    ch: tuple((style, pat) for style, pat in _LINE_PATTERNS if ch in _LINE_OPENS[style])
    for ch in set("".join(_LINE_OPENS.values()))
}
_CN_DUN_NEXT = re.compile(rf"[{CN}]、")
_CN_DIGIT = re.compile(r"[一二三四五六七八九十]")
_YEAR = re.compile(r"(?:19|20)\d\d[ \t\u3000]*年")
# 2.1　编制目的 / 2.2.1．…: a decimal outline number, a blank or a stop after it (1.5万吨 is a
# quantity: no blank); its depth is its style. The title may open with a Roman numeral
# (4.2　Ⅳ级应急响应: an emergency plan's response levels)
_DECIMAL = re.compile(r"(\d{1,2}(?:[.．]\d{1,2}){1,3})(?:[ \t\u3000]+|[.．、][ \t\u3000]*)(?=[\u4e00-\u9fff\u2160-\u216b])")
# 1　总则 / 3　处置力量: the top of a decimal outline, a bare number, a blank (no tab: a table's
# row) and a short title alone on its line
_DECIMAL_TOP = re.compile(r"(\d{1,2})[ \u3000]+(?=[\u4e00-\u9fff]{2,16}[ \u3000]*$)")
_DECIMAL_CUT = re.compile(r"[.．]")


def _decimal(line: str, i: int, offset: int) -> Marker | None:
    """The decimal outline number at ``line[i]`` (``2.2　成员单位职责`` -> dec2, value 2), or the
    bare top of the outline (``2　组织指挥体系`` -> dec1)."""
    m = _DECIMAL.match(line, i)
    if m is not None:
        parts = _DECIMAL_CUT.split(m.group(1))
        if int(parts[0]) == 0 or int(parts[-1]) == 0:
            return None  # 0.5　公里 / 2.0 版: no outline number
        style, value = f"dec{len(parts)}", int(parts[-1])
    else:
        m = _DECIMAL_TOP.match(line, i)
        if m is None or int(m.group(1)) == 0:
            return None
        style, value = "dec1", int(m.group(1))
    return Marker(offset + m.start(), offset + m.end(), style, _number(m.group(0)), value)


_BULLET = re.compile(r"[" + BULLETS + r"][ \t\u3000]*(?=[\u4e00-\u9fff“\"《])")


def match_line_start(line: str, offset: int) -> Marker | None:
    """The marker at the start of ``line`` (leading blanks skipped), if any."""
    m0 = _LEAD_BLANKS.match(line)
    i = m0.end() if m0 else 0
    if i >= len(line):
        return None
    ch = line[i]
    if ch in BULLETS:
        m = _BULLET.match(line, i)
        return Marker(offset + i, offset + m.end(), "bullet" + ch, ch, 1) if m else None
    patterns = _LINE_PATTERNS_AT.get("0" if ch.isdecimal() else ch)
    if patterns is None:
        return None  # most lines: no pattern can match here, none is tried
    for style, pat in patterns:
        m = pat.match(line, i)
        if not m:
            continue
        value = cn_to_int(m.group(1))
        if style in ("arabic", "arabic_paren", "arabic_rparen", "cn_dun", "cn_paren", "circled"):
            # "1. 2020年…" (blank after the separator) is an item; "1.5万吨" / "2025年" are not.
            spaced = line[m.end() - 1] in " \t\u3000"
            nxt = line[m.end() : m.end() + 1]
            if not nxt or (nxt.isdigit() and not spaced and not _YEAR.match(line, m.end())):
                continue  # …but "1.2024年改造…" is item 1: no quantity is written 1.2024年
            if style == "cn_dun" and _CN_DUN_NEXT.match(line[m.end() : m.end() + 2]):
                continue  # 一、二、三产业: an enumeration, not a heading
            if style == "cn_dun" and line[m.end() - 1 : m.end()] in (".", "．") and not _CN_DIGIT.match(line[i]):
                continue
        if style in ("arabic", "arabic_rparen") and value == 0:
            continue
        number = _number(line[m.start() : m.end()])
        return Marker(offset + m.start(), offset + m.end(), style, number.split("【")[0] if style == "article" else number, value)
    return _decimal(line, i, offset) if ch.isdecimal() else None


_BLANKS = re.compile(r"[ \t\u3000]+")
_DIGIT = re.compile(r"\d")


def _number(raw: str) -> str:
    return _BLANKS.sub("", raw).rstrip(":：")


def inline_candidates(line: str, offset: int) -> list[Marker]:
    """Every place inside ``line`` that could start an item; the caller checks the sequence."""
    out: list[Marker] = []
    # A pattern is only run on a line holding the characters every match of it needs: for the
    # bracketed numbers the pair at the bracket (（一 / （1 / 1）), not the bracket alone (an item's
    # line holds （责任单位：…）: scanning it for all three patterns cost more than the rest).
    has_digit = _DIGIT.search(line) is not None
    has_dun = "、" in line
    cn_open, digit_open = _opening_pairs(line) if has_digit or "（" in line or "(" in line else (False, False)
    for style, pat, needed in (
        ("arabic", _INLINE_ARABIC, has_digit),
        ("cn_dun", _INLINE_CN_DUN, has_dun),
        ("cn_paren", _INLINE_CN_PAREN, cn_open),
        ("arabic_paren", _INLINE_AR_PAREN, digit_open),
        ("chapter", _INLINE_CHAPTER, "章" in line),
        ("section", _INLINE_SECTION, "节" in line),
        ("box", _INLINE_BOX, "专栏" in line),
        ("article", _INLINE_ARTICLE, "条" in line),
        ("arabic_rparen", _INLINE_AR_RPAREN, has_digit and _digit_closes(line)),
        ("circled", _INLINE_CIRCLED, True),
    ):
        if not needed:
            continue
        for m in pat.finditer(line):
            if style == "arabic" and not _after_ok(line, m.end()) and not (
                m.group(2) and (not line[m.end() : m.end() + 1].isdigit() or _YEAR.match(line, m.end()))
            ):
                continue
            value = cn_to_int(m.group(1))
            if value == 0:
                continue
            out.append(Marker(offset + m.start(), offset + m.end(), style, _number(m.group(0)), value))
    out.sort(key=lambda mk: (mk.start, -(mk.body - mk.start)))
    return out


def _opening_pairs(line: str) -> tuple[bool, bool]:
    """Whether an opening bracket of ``line`` stands before a Chinese numeral (（一: every match of
    _INLINE_CN_PAREN holds one), and whether one stands before a digit (（1: _INLINE_AR_PAREN)."""
    cn = digit = False
    for bracket in "（(":
        k = line.find(bracket)
        while k >= 0 and not (cn and digit):
            after = line[k + 1 : k + 2]
            cn = cn or (after != "" and after in CN)
            digit = digit or after.isdecimal()
            k = line.find(bracket, k + 1)
    return cn, digit


def _digit_closes(line: str) -> bool:
    """Whether a closing bracket of ``line`` follows a digit (1）: every match of _INLINE_AR_RPAREN)."""
    for bracket in "）)":
        k = line.find(bracket, 1)
        while k >= 0:
            if line[k - 1].isdecimal():
                return True
            k = line.find(bracket, k + 1)
    return False


def scan_line(line: str, offset: int) -> list[Marker]:
    """Markers of a single line taken on its own (start of line only)."""
    mk = match_line_start(line, offset)
    return [mk] if mk else []
