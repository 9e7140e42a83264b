"""Deadlines and quantitative targets in task text.

>>> [(d.text, d.year, d.month, d.kind) for d in find_deadlines("2022年6月底前完成；到2025年，比例达到96%", 0)]
[('2022年6月底前', 2022, 6, 'by'), ('到2025年', 2025, None, 'at')]
>>> [(t.indicator, t.value, t.unit, t.comparator) for t in find_targets("全区细颗粒物（PM2.5）平均浓度控制在29.2μg/m3以内", 0)]
[('全区细颗粒物（PM2.5）平均浓度', 29.2, 'μg/m3', '以内')]
"""

from __future__ import annotations

import re

from respgraph.records import Deadline, Span, Target

_CN_YEAR = str.maketrans("〇○零一二三四五六七八九", "00012345678 9".replace(" ", ""))
# (each alternative opens with its literal: the scan for a year+年, _YEAR_NIAN, then skips in C to
# the next 1, 2 or 二 instead of trying the pattern at every position)
_YEAR = r"(19\d{2}|20\d{2}|二[〇○零][一二三四五六七八九〇○零][〇○零一二三四五六七八九])"
_MONTH = r"(?:(\d{1,2}|[一二三四五六七八九十]{1,2})月)?"
_FYP = {"十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030}

# Work with no end (长期坚持 / 持续推进 / 常态化) and work done at once (立行立改 / 即知即改):
# deadlines of their own kinds, no date. Unlabelled they are read standing as a phrase of their
# own (（A负责，长期坚持） / 整改时限：立行立改，长期坚持 / a 完成时限 cell), not inside a
# sentence (要长期坚持… / 坚持即知即改、立行立改的原则).
_ONGOING = r"长期(?:坚持|推进|开展)?|持续(?:推进|开展|实施)|常态化(?:推进|开展)?"
_AT_ONCE = r"立行立改|即知即改|即查即改|立即整改"
# (one set of alternatives, each opening with its literal, so that the scan skips in C to their
# first characters; a match of _AT_ONCE opens with 立 / 即, one of _ONGOING never does. What stands
# before a match is checked per match, _STANDS_AFTER or a blank: a match refused so hides no other,
# since none of its own characters may stand before one.)
_STANDING = re.compile(r"(?:" + _AT_ONCE + "|" + _ONGOING + r")(?=$|[\s；;，,。）)并])")
_STANDS_AFTER = frozenset("：:，,；;。（(并")
# (kind, a character every match contains — a text without it is not scanned —, pattern).
# Each pattern opens with a look-ahead for the characters a match can start with: the
# same matches, but the regex engine rejects every other position with one set test
# instead of trying each alternative (most of the cost of scanning a task).
# How a deadline without its year ends: 前 / 以前 / 之前, or the 完成 after it (6月底完成)
_DUE = r"(?:前|以前|之前|(?=\s*(?:全面|基本)?\s*完成))"
# Days a deadline may name instead of a date (2024年春节前 / 国庆节前 / 汛期前): the month the
# day falls in (春节: by the lunar calendar, _SPRING_FESTIVAL). The flood season opens in April
# in the south and in June in the north: 汛期前 keeps its year and no month.
# (a school term's start: 秋季开学前 in September, 春季开学前 by the end of February; 开学前 alone none)
_FEST = r"(?P<fest>春节|元旦|国庆节?|五一|劳动节|主汛期|汛期|汛|秋季开学|春季开学|开学)"
_FEST_MONTH = {"元旦": 1, "五一": 5, "劳动节": 5, "国庆": 10, "国庆节": 10, "秋季开学": 9, "春季开学": 2}
# 正月初一 (the lunar new year) by the Gregorian calendar, 2010–2040: (month, day); the month is
# the one 春节前 is due in
_SPRING_FESTIVAL_DAY = {y: tuple(map(int, md.split("-"))) for y, md in zip(range(2010, 2041), (
    "2-14", "2-03", "1-23", "2-10", "1-31", "2-19", "2-08", "1-28", "2-16", "2-05",  # 2010–2019
    "1-25", "2-12", "2-01", "1-22", "2-10", "1-29", "2-17", "2-06", "1-26", "2-13",  # 2020–2029
    "2-03", "1-23", "2-11", "1-31", "2-19", "2-08", "1-28", "2-15", "2-04", "1-24",  # 2030–2039
    "2-12",
))}
_SPRING_FESTIVAL = {y: md[0] for y, md in _SPRING_FESTIVAL_DAY.items()}
# the days of the festivals a plan may find already past when it is issued (元旦前 in a year's plan
# is the new year at its end; 汛期 has no one day)
_FEST_DAY = {"五一": (5, 1), "劳动节": (5, 1), "国庆": (10, 1), "国庆节": (10, 1), "秋季开学": (9, 1), "春季开学": (2, 15)}
_ISO_DATE = re.compile(r"((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})")
_DEADLINE_RES = [
    # 2024年春节前 / 2025年汛期前 / 到2024年国庆节前 (before a labelled date reads only the year);
    # 2024年内 / 2024年度内: by the year's end
    ("by", "年", re.compile(r"(?=[到至截12二])(?:(?:到|至|截至|截止到?)\s*)?" + _YEAR + r"\s*年\s*"
                           r"(?:" + _FEST + r"\s*(?:前|以前|之前)(?!\s*后)|(?P<inyear>度?\s*内))")),
    # 完成时限：2024年12月 / 时间节点：2024年6月底: a date under a deadline label is due by then,
    # with or without 前 (the label is kept out of the deadline's text and span); its day kept
    # (完成时限：2024年8月31日前 was cut to 2024年8月)
    ("by", "年", re.compile(r"(?=[完时])(?:完成时限|完成时间|完成期限|时间节点|时限要求|时限)\s*[：:]\s*(?P<date>" + _YEAR + r"\s*年\s*" + _MONTH + r"\s*(?:\d{1,2}\s*日|底|末)?\s*(?:前|以前|之前)?)"
                           # (完成时限：2024年第三季度 / 2024年上半年: the quarter's or half's, read below; was 2024年)
                           r"(?!\s*(?:第?\s*[一二三四1-4]\s*季\s*度|[上下]\s*半\s*年))")),
    # 2025年6月30日前 / 到2024年3月31日
    ("by", "年", re.compile(r"(?=[到至截12二])(?:(?:到|至|截至|截止到?)\s*)?" + _YEAR + r"\s*年\s*" + _MONTH + r"\s*\d{1,2}\s*日\s*(?:前|以前|之前)")),
    # 2024年上半年 / 2024年第三季度(末)(前): the half or quarter's last month
    ("by", "年", re.compile(r"(?=[到至截12二])(?:(?:到|至|截至|截止到?)\s*)?" + _YEAR + r"\s*年\s*(?P<part>上半年|下半年|第?[一二三四1-4]季度)\s*(?:末|底)?\s*(?:前|以前|之前)?")),
    # 2023—2025年 / 2023-2025年: during the range, due by its last year
    ("during", "年", re.compile(r"(?=[12])" + r"(?:19|20)\d{2}\s*年?\s*[—–\-－~～至到]\s*" + _YEAR + r"\s*年")),
    # 到2025年底前 / 2022年6月底前 / 2020年前 / 2023年底 以前
    ("by", "年", re.compile(r"(?=[到至截12二])(?:(?:到|至|截至|截止到?)\s*)?" + _YEAR + r"\s*年\s*" + _MONTH + r"\s*(?:底|末)?\s*(?:前|以前|之前)")),
    ("at", "年", re.compile(r"(?:到|至|截至|截止到?)\s*" + _YEAR + r"\s*年\s*" + _MONTH + r"\s*(?:底|末)?")),
    ("at", "年", re.compile(r"(?=[12二])" + _YEAR + r"\s*年\s*" + _MONTH + r"\s*(?:底|末)(?!前)")),
    ("during", "十", re.compile(r"[“\"]?(?P<fyp>十[一二三四五]五)[”\"]?\s*(?:期间|时期|末)")),
    # 完成时限：持续推进 / 长期坚持 / 全年: a labelled deadline with no date, as written (a table's
    # 完成时限 cell says so too); every label here holds 时, the character the text is checked for
    # (its labels open with their literals: the scan skips in C to the next 完 or 时)
    ("by", "时", re.compile(r"(?:完成时限|完成时间|时间节点|时限要求|时间进度|时间安排|时限)\s*[：:]\s*"
                           r"(?P<ongoing>" + _ONGOING + r"|全年(?:推进|开展)?)(?=$|[\s；;，,。）)])")),
    # 完成时限：第一季度 / 时间进度：第四季度 / 完成时限：上半年 / 时间节点：6月底: a quarter, a half or a
    # month of the plan's year under a deadline label, due by its end though no 前 follows (a 工作要点's
    # schedule column; was no deadline). Standing alone: 时间进度：第一季度制定方案，第二季度… is a
    # schedule of steps, no one deadline
    ("by", "时", re.compile(r"(?=[完时])(?:完成时限|完成时间|完成期限|时间节点|时限要求|时间进度|时间安排|时限)\s*[：:]\s*"
                           r"(?P<nodate>(?:今年|本年度?)?\s*(?:第?\s*(?P<lq>[一二三四1-4])\s*季\s*度|(?P<lhalf>[上下])\s*半\s*年"
                           r"|(?P<lmonth>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月\s*份?)\s*(?:末|底)?)(?=$|[\s；;，,。）)])")),
]

# Deadlines written without their year (工作要点 of one year, ledgers): 6月底前 / 今年9月30日前 /
# 明年3月底前 / 一季度 / 上半年 / 年底前 / 年内. They fall in the plan's year (plan_year). Each
# pattern opens with its literal anchor (月 / 季度 / 半年 / 年底), which the regex engine finds
# fast; what stands before the anchor (the month, 今年/明年) is read back from it with ``head``,
# and a match is dropped when a year or a count stands before that (2024年6月 is read above;
# 每年6月底前 recurs; 三年内 is a span).
_REL = r"(?P<rel>今年|明年|本年度?|当年)?\s*"
_NO_YEAR = [
    # (a character the anchor holds, anchor, head ending at the anchor, characters that may
    # not stand before the head)
    ("月", re.compile(r"月\s*份?\s*(?:\d{1,2}\s*日|[上中下]\s*旬|底|末)?\s*" + _DUE),
     re.compile(_REL + r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*$"), "年月日0123456789一二三四五六七八九十"),
    ("季", re.compile(r"季\s*度\s*(?:末|底)?\s*" + _DUE),
     re.compile(_REL + r"第?\s*(?P<q>[一二三四1-4])\s*$"), "年0123456789"),
    ("半", re.compile(r"半\s*年\s*(?:末|底)?\s*" + _DUE),
     re.compile(_REL + r"(?P<half>[上下])\s*$"), "年0123456789"),
    # 年底前 / 年内: 今年底前 writes 今 and the anchor's 年
    ("年", re.compile(r"年\s*(?:[底末]\s*" + _DUE + r"|度?\s*内)"),
     re.compile(r"(?P<rel>今年|明年|本年度?|当年|今|明|当|本)?\s*$"), "年0123456789一二三四五六七八九十两几每"),
    # 春节前 / 国庆节前 / 汛期前 (每年春节前 recurs; 春节前后 is around it)
    # (no one character every match holds: the anchor opens with _FEST's alternatives, each a
    # literal, so that the scan skips in C to their first characters instead)
    (None, re.compile(_FEST + r"\s*(?:前|以前|之前)(?!\s*后)"),
     re.compile(r"(?P<rel>今年|明年|本年度?|当年)?\s*$"), "年0123456789"),
]
_HEAD_REACH = 12  # 本年度 + blanks + 十二 + blanks
_REL_YEAR = {"明年": 1, "明": 1}
_PART_MONTH = {"上半年": 6, "下半年": 12, "一": 3, "1": 3, "二": 6, "2": 6, "三": 9, "3": 9, "四": 12, "4": 12}
_CN_MONTH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}


def _year(s: str) -> int:
    return int(s.translate(_CN_YEAR)) if not s.isdigit() else int(s)


def _month(s: str | None, whole: str) -> int | None:
    if s:
        return int(s) if s.isdigit() else _CN_MONTH.get(s)
    if "年底" in whole or "年末" in whole:
        return 12
    return None


# Every pattern needing 年 holds a year followed by 年; before it a match holds only a prefix
# (到/至/截至/截止, a 完成时限： label, or the first year and dash of a range) and blanks. So
# a match starts in the run of such characters that ends at some year+年 of the text, or at
# that year itself: the patterns are tried at those positions only, in order, each from the
# end of its last match on, which is what a scan would find (a text of 130 characters holds
# one or two such runs of a few characters: six scans of the whole text cost more).
# Two year+年 never overlap (a year's four characters cannot hold the blanks and 年 that end
# another), so the scan for them finds every one.
_YEAR_NIAN = re.compile(_YEAR + r"\s*年")
_BEFORE_YEAR = frozenset("到至截止完成时限间期节点要求：:年—–-－~～")


def _year_starts(text: str) -> list[int]:
    """Where a match of the 年 patterns may start, in order (empty: the text holds no year+年)."""
    starts: list[int] = []
    for m in _YEAR_NIAN.finditer(text):
        lo = y = m.start()
        while lo > 0 and (text[lo - 1] in _BEFORE_YEAR or text[lo - 1].isspace() or text[lo - 1].isdecimal()):
            lo -= 1
        starts.extend(range(max(lo, starts[-1] + 1) if starts else lo, y + 1))
    return starts


def _matches_at(rx: re.Pattern[str], text: str, starts: list[int]):
    """The matches ``rx.finditer(text)`` yields when no match can start outside ``starts``."""
    end = 0
    for s in starts:
        if s >= end and (m := rx.match(text, s)) is not None:
            end = m.end()
            yield m


# a date that says which things are meant, not when the work is due: 2000年底前建成的老旧小区 /
# 2019年以前已纳入的项目 (a verb and 的 after it, the noun it qualifies next)
_MODIFIES_NOUN = re.compile(r"[已未]?(?:建成|竣工|开工|建设|投用|投运|出生|登记|注册|纳入|认定|批准|设立|成立|交付|交房|入住|出厂|购买|购置|发放|签订|取得)的")


# A character every deadline holds: the 年 / 十 / 时 each pattern of _DEADLINE_RES needs, the first
# characters of _STANDING's words (立即 / 长期 / 持续 / 常态化) and the anchors of _NO_YEAR (月 / 季 /
# 半 / 年 and _FEST's first characters). A task's text without one holds no deadline (more than half
# of the wordings' tasks, a tenth of the seeds'): one scan instead of every pattern's.
_ANY_DEADLINE = re.compile("[年十时立即长持常月季半春元国五劳主汛秋开]")


def find_deadlines(text: str, offset: int, year_of_plan: int | None = None, issued: str | None = None) -> list[Deadline]:
    """Deadlines in ``text`` (spans shifted by ``offset``), earliest first, no overlaps.

    ``year_of_plan`` is the plan's own year (``plan_year``): a deadline written without one
    (6月底前, 年底前, 明年3月) falls in it (the year after for 明年); without it, it has none.
    ``issued`` is the plan's ISO date: a day named without a year (春节前, 国庆节前) already past
    in the plan's year when the plan was issued is the next year's.

    >>> [(d.text, d.year, d.month) for d in find_deadlines("6月底前完成；明年3月底前全面推开", 0, 2024)]
    [('6月底前', 2024, 6), ('明年3月底前', 2025, 3)]
    """
    if _ANY_DEADLINE.search(text) is None:
        return []
    found: list[tuple[int, int, Deadline]] = []
    taken: list[tuple[int, int]] = []
    starts = _year_starts(text) if "年" in text else []
    for kind, needs, rx in _DEADLINE_RES:
        if needs == "年":
            if not starts:
                continue
            matches = _matches_at(rx, text, starts)
        elif needs not in text:
            continue
        else:
            matches = rx.finditer(text)
        for m in matches:
            if _overlaps(taken, m.start(), m.end()) or _MODIFIES_NOUN.match(text, m.end()):
                continue
            groups = m.groupdict()
            part = groups.get("part")
            if groups.get("inyear"):
                year, month = _year(m.group(1)), 12
            elif groups.get("fest"):
                year = _year(m.group(1))
                month = _fest_month(groups["fest"], year)
            elif groups.get("fyp"):
                year, month = _FYP.get(groups["fyp"]), None
            elif kind == "during":
                year, month = _year(m.group(1)), None
            elif part:
                year, month = _year(m.group(1)), _PART_MONTH.get(part if "半年" in part else part.strip("第季度"))
            elif groups.get("ongoing"):
                year, month = None, None
            elif groups.get("nodate"):  # the label's quarter, half or month of the plan's year
                year = year_of_plan
                month = (_PART_MONTH[groups["lq"]] if groups.get("lq") else 6 if groups.get("lhalf") == "上"
                         else 12 if groups.get("lhalf") else _month(groups["lmonth"], ""))
            elif groups.get("date"):  # the labelled date: its year and month come after the label group
                year, month = _year(m.group(2)), _month(m.group(3), m.group("date"))
            else:
                year, month = _year(m.group(1)), _month(m.group(2), m.group(0))
            a = (m.start("date") if groups.get("date") else m.start("ongoing") if groups.get("ongoing")
                 else m.start("nodate") if groups.get("nodate") else m.start())
            whole = _WS.sub("", text[a : m.end()])
            taken.append((m.start(), m.end()))
            how = "ongoing" if groups.get("ongoing") and not whole.startswith("全年") else kind
            found.append((a, m.end(), Deadline(whole, year, month, how, Span(offset + a, offset + m.end()))))
    found += _standing(text, offset, taken)
    found += _without_year(text, offset, year_of_plan, taken, issued)
    return [d for _, _, d in sorted(found, key=lambda x: x[0])]


def _fest_month(fest: str, year: int | None) -> int | None:
    """The month of the day a deadline names (春节 by the lunar calendar; 汛期 none)."""
    return _SPRING_FESTIVAL.get(year) if fest == "春节" else _FEST_MONTH.get(fest)


def _standing(text: str, offset: int, taken: list[tuple[int, int]]):
    """(start, end, Deadline) of 长期坚持 / 立行立改 standing as phrases of their own."""
    out = []
    for m in _STANDING.finditer(text):
        before = text[m.start() - 1] if m.start() else ""
        if before and not (before in _STANDS_AFTER or before.isspace()):
            continue  # inside a sentence (要长期坚持…)
        if _overlaps(taken, m.start(), m.end()):
            continue
        taken.append((m.start(), m.end()))
        kind = "immediate" if m.group()[0] in "立即" else "ongoing"
        out.append((m.start(), m.end(), Deadline(m.group(), None, None, kind, Span(offset + m.start(), offset + m.end()))))
    return out


def _overlaps(taken: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether ``[a, b)`` overlaps a span already taken by a deadline."""
    return any(x < b and a < y for x, y in taken)


def _fest_past(fest: str, year: int, issued: str | None) -> bool:
    """Whether festival ``fest`` of ``year`` was past on the ISO date ``issued`` (a plan issued
    2025-03-05 asking for 春节前 means the festival of 2026)."""
    m = _ISO_DATE.match(issued) if issued else None
    if m is None or int(m.group(1)) != year:
        return False
    day = _SPRING_FESTIVAL_DAY.get(year) if fest == "春节" else _FEST_DAY.get(fest)
    return day is not None and (int(m.group(2)), int(m.group(3))) > day


def _without_year(text: str, offset: int, year_of_plan: int | None, taken: list[tuple[int, int]], issued: str | None = None):
    """(start, end, Deadline) of the deadlines written without their year (see _NO_YEAR)."""
    out = []
    for needs, anchor, head_rx, not_before in _NO_YEAR:
        if needs is not None and needs not in text:
            continue
        for m in anchor.finditer(text):
            if _overlaps(taken, m.start(), m.end()):
                continue  # 2024年6月底前, read above (before the head is searched for)
            h = head_rx.search(text, max(0, m.start() - _HEAD_REACH), m.start())
            if h is None:
                continue  # no month, quarter or half before the anchor
            rel = h.group("rel")
            j = h.start() - 1
            while j >= 0 and text[j].isspace():
                j -= 1
            if not rel and j >= 0 and text[j] in not_before:
                continue  # 2024年6月 / 2 023年 6月 / 每年6月 / 三年内
            a, b = h.start(), m.end()
            if _overlaps(taken, a, b):
                continue
            groups = h.groupdict()
            year = None if year_of_plan is None else year_of_plan + _REL_YEAR.get(rel or "", 0)
            if groups.get("m"):
                month = _month(groups["m"], "")
            elif groups.get("q") or groups.get("half"):  # 一季度 / 上半年: its last month
                month = _PART_MONTH[groups.get("q") or groups["half"] + "半年"]
            elif (fest := m.groupdict().get("fest")) == "元旦":
                month = 12  # 元旦前 in a year's plan: the new year at its end, as 年底前
            elif fest:
                if not rel and year is not None and _fest_past(fest, year, issued):
                    year += 1  # 春节前 in a plan issued after this year's: the next one
                month = _fest_month(fest, year)  # 春节前 / 国庆节前 / 汛期前
            else:
                month = 12  # 年底前 / 年内
            taken.append((a, b))
            out.append((a, b, Deadline(_WS.sub("", text[a:b]), year, month, "by", Span(offset + a, offset + b))))
    return out


# A phase's period (2025年4月—9月 / 2025年11月至次年3月 / 3月1日—3月31日): due by its end
_PERIOD = re.compile(
    r"(?:(?P<y1>" + _YEAR + r")\s*年\s*)?(?P<m1>1[0-2]|0?[1-9])\s*月(?:\s*\d{1,2}\s*日)?(?:[上中下]旬|初|中|底|末)?\s*"
    r"[—–\-－~～至到]{1,2}\s*(?:(?P<y2>(?:19|20)\d{2})\s*年\s*|(?P<next>次年|翌年|明年))?(?P<m2>1[0-2]|0?[1-9])\s*月"
    r"(?:\s*\d{1,2}\s*日)?(?:[上中下]旬|初|中|底|末)?\s*(?:前|以前|之前)?"
)
# ... or its one month (2025年11月 / 6月上旬 / 9月)
_ONE_MONTH = re.compile(r"(?:(?P<y>(?:19|20)\d{2})\s*年\s*)?(?P<m>1[0-2]|0?[1-9])\s*月\s*(?:[上中下]旬|初|中|底|末)?\s*(?:前|以前|之前)?")
# What a phase line holds besides its period or date: a phase's name (第一阶段：动员部署 /
# 集中整治阶段 / 防火期) or nothing (一、2025年3月—6月)
_PHASE_NAME = re.compile(r"(?:第[一二三四五六七八九十\d]{1,2}阶段[\u4e00-\u9fff]{0,8}|[\u4e00-\u9fff]{0,8}?(?:阶段|期))?")
# what every phase line holds: a phase's name, or its date first (2025年3月—6月 / （3月—6月）)
_PHASE_HINT = re.compile(r"阶段(?!性)|期|^[（(]?(?:\d{4}\s*年|\d{1,2}\s*月)")
_PHASE_PUNCT = re.compile(r"[\s（）()：:、，,。；;.]+")


def phase_deadline(line: str, offset: int, year_of_plan: int | None) -> Deadline | None:
    """The deadline a phase line sets for the items below it (``（一）动员部署阶段（2025年3月底
    前）`` / ``第二阶段：排查整治（2025年4月至8月）`` / ``一、2025年3月—6月``): the line holds a
    period (due by its end), one month or one dated deadline, and else only a phase's name;
    None for any other line (``（一）2025年底前完成改造的小区`` names no phase)."""
    if len(line) > 40 or ("月" not in line and "年" not in line) or not _PHASE_HINT.search(line):
        return None  # (a phase line holds its date)
    m = _PERIOD.search(line)
    if m is not None:
        y1 = _year(m.group("y1")) if m.group("y1") else year_of_plan
        if m.group("y2"):
            year = int(m.group("y2"))
        elif y1 is not None and (m.group("next") or int(m.group("m2")) < int(m.group("m1"))):
            year = y1 + 1  # 2025年11月—3月: the next year's March
        else:
            year = y1
        a, b = m.span()
        found = Deadline(_WS.sub("", m.group()), year, int(m.group("m2")), "by", Span(offset + a, offset + b))
    else:
        dated = [d for d in find_deadlines(line, offset, year_of_plan) if d.year is not None]
        one = _ONE_MONTH.search(line) if not dated else None
        if one is not None and (one.group("y") or year_of_plan):
            # 总结验收阶段：2025年11月 / 自查自纠阶段（6月上旬）: by that month's end
            year = int(one.group("y")) if one.group("y") else year_of_plan
            a, b = one.span()
            dated = [Deadline(_WS.sub("", one.group()), year, int(one.group("m")), "by", Span(offset + a, offset + b))]
        if len(dated) != 1:
            return None
        found = dated[0]
        a, b = found.span.start - offset, found.span.end - offset
    rest = _PHASE_PUNCT.sub("", line[:a] + line[b:])
    return found if _PHASE_NAME.fullmatch(rest) else None


# a heading naming only a phase, without its period (二、非防火期 / （三）总结提升阶段)
_PHASE_ONLY = re.compile(r"第[一二三四五六七八九十\d]{1,2}阶段[\u4e00-\u9fff]{0,8}|[\u4e00-\u9fff]{2,6}阶段|非?(?:森林)?(?:防火|主汛|汛|禁渔|禁牧|休渔|枯水|高火险)期")


def phase_title(title: str) -> bool:
    """Whether a heading's title names only a phase or a period (no work): 一、2025年3月—6月 /
    二、非防火期 / 第一阶段：动员部署（2025年3月底前）."""
    return _PHASE_ONLY.fullmatch(title) is not None or phase_deadline(title, 0, None) is not None


# 以下任务均于2025年底前完成 / 各项任务须于6月底前完成: a deadline stated once, in a plan's
# preamble or at the head of a chapter, for the items after it; 上述任务须在2025年11月底前全部完成
# after items, for those before it
_TASKS_DUE = r"(?:各项)?(?:重点|主要|整治|整改|工作)?(?:任务|工作|措施|事项|项目)[^。；;\n]{0,16}?(?:于|在)(?P<when>[^。；;\n]{2,24}?)(?:全面|基本|全部)?(?:完成|落实到位|办结)"
_GOVERNS = re.compile(r"(?:以下|下列|各项|所有|全部|本(?:方案|通知|计划|清单)(?:所列|确定的?|中的?))" + _TASKS_DUE)
_GOVERNS_ABOVE = re.compile(r"(?:以上|上述)" + _TASKS_DUE)


def governing_deadline(text: str, start: int, end: int, year_of_plan: int | None, above: bool = False) -> Deadline | None:
    """The deadline a sentence of ``text[start:end]`` states for every task after it (_GOVERNS),
    or with ``above`` for every task before it (上述任务…)."""
    m = (_GOVERNS_ABOVE if above else _GOVERNS).search(text, start, end)
    if m is None:
        return None
    dated = [d for d in find_deadlines(m.group("when"), m.start("when"), year_of_plan) if d.year is not None]
    return dated[0] if len(dated) == 1 else None


def unique_deadlines(found: list[Deadline]) -> list[Deadline]:
    """One deadline per text: ``2022年6月底前`` said twice in a task is one deadline (the
    first occurrence keeps its span).

    >>> [d.text for d in unique_deadlines(find_deadlines("2022年底前完成A，2022年底前完成B，到2025年", 0))]
    ['2022年底前', '到2025年']
    """
    seen: set[str] = set()
    out = []
    for d in found:
        if d.text not in seen:
            seen.add(d.text)
            out.append(d)
    return out


_UNITS = (
    "μg/m³|μg/m3|ug/m3|ugm3|微克/立方米|毫克/升|mg/L|mg/l|万千瓦时|万千瓦|千瓦|万吨标准煤|吨标准煤|万吨|万立方米|立方米|"
    "万亩|公顷|平方公里|平方米|公里|千米|万元|亿元|蒸吨|起/万枚|起／每万枚|起|%|％|‰|座|个|家|处|项|条|吨|亩|米|天|倍|辆|台|套|户|所|名|人|分贝|dB"
)
_CMP_VERBS = (
    "达到或好于|达到或优于|好于或达到|达到|达|控制在|稳定在|稳定保持在|保持在|保持|提高到|提高至|提升至|提升到|提高|"
    "降低到|降低至|降至|下降到|下降至|下降|减少|不低于|不高于|不少于|不超过|低于|高于|优于|超过|大于|小于|增加到|增长到|为"
)
_TARGET_RE = re.compile(
    # look-ahead: a match starts with a comparator's first character, a space or a digit
    "(?=[" + "".join(sorted({v[0] for v in _CMP_VERBS.split("|")})) + r"\s\d])"
    r"(?P<cmp>" + _CMP_VERBS + r")?\s*(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>" + _UNITS + r")(?P<suffix>以上|以内|以下|左右)?"
)
# What every target match holds: the value's last digit, then its unit (a fast scan: it opens
# with a character class, which the regex engine can skip along).
_CMP_MAX = max(len(v) for v in _CMP_VERBS.split("|"))
_TARGET_NEEDS = re.compile(r"\d\s*(?:" + _UNITS + r")")
_WS = re.compile(r"\s+")
_YEAR_END = re.compile(r"(?:19|20)\d{2}$")
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
_DELIM = set("，。；;：:,、！？\n")
_INDICATOR_END = re.compile(r"(率|比例|比重|浓度|指数|天数|面积|总量|数量|覆盖率|利用率|普及率|处理率|排放量|用量|能耗|强度)$")
_LEADING = re.compile(r"^(?:(?:到|至)\s*\d{4}\s*年(?:底)?|力争|确保|基本|实现|全面|累计|年均)+")


def _target_matches(text: str):
    """The matches ``_TARGET_RE.finditer(text)`` yields, each searched for only near the next
    number followed by a unit (``_TARGET_NEEDS``) instead of by trying the pattern at every
    comparator's first character, blank and digit between them (提 / 保 / 不 / 高 / 为 … stand
    all over a task's text; most of the scan's cost).

    No match starts before ``lo``: a match's value ends at a digit ``v`` where ``_TARGET_NEEDS``
    matches, so at or after the next such digit ``h``; between the match start and ``v`` stand a
    comparator (no digit in it, at most ``_CMP_MAX`` characters) and one run of digits, dots and
    blanks, which holds ``h`` when ``v`` lies beyond it. And one match starts at or before ``h``
    (a single digit, then the unit), so the search from ``lo`` ends near ``h``."""
    pos = 0
    while (need := _TARGET_NEEDS.search(text, pos)) is not None:
        lo = need.start()
        while lo > pos and (text[lo - 1].isdecimal() or text[lo - 1] == "." or text[lo - 1].isspace()):
            lo -= 1
        m = _TARGET_RE.search(text, max(pos, lo - _CMP_MAX))
        if m is None:  # (cannot be: see above)
            return
        yield m
        pos = m.end()


def find_targets(text: str, offset: int) -> list[Target]:
    """Quantitative targets: an indicator, a comparator and a value with its unit."""
    out: list[Target] = []
    for m in _target_matches(text):
        cmp_, suffix = m.group("cmp"), m.group("suffix")
        # back to the previous delimiter for the indicator
        i = m.start()
        depth = 0
        while i > 0:
            ch = text[i - 1]
            if ch in "）)":
                depth += 1
            elif ch in "（(":
                if depth == 0:
                    break
                depth -= 1
            elif ch in _DELIM and depth == 0:
                break
            i -= 1
        indicator = _LEADING.sub("", _WS.sub("", text[i : m.start()]))
        if _YEAR_END.search(indicator):
            continue
        if not cmp_ and not suffix and not (m.group("unit") in "%％" and _INDICATOR_END.search(indicator)):
            continue
        if not indicator or len(indicator) > 40 or not _HAN_CHAR.search(indicator):
            continue
        comparator = suffix if suffix in ("以上", "以内", "以下") else (cmp_ or suffix or "")
        start = i + (len(text[i : m.start()]) - len(text[i : m.start()].lstrip()))
        out.append(
            Target(
                text=_WS.sub("", text[start : m.end()]),
                indicator=indicator,
                value=float(m.group("value")),
                unit=m.group("unit"),
                comparator=comparator,
                span=Span(offset + start, offset + m.end()),
            )
        )
    return out
