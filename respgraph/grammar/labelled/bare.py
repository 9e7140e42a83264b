"""Bare unit lists: a bracket (or 【】) closing a sentence or opening an item that holds only
agency names (``…增长6%。（市商务局、市财政局）``), read as a clause without a label, the
first listed leading.
"""

from __future__ import annotations

import bisect
import re

from respgraph.grammar.labelled.unbracketed import _item_follows
from respgraph.grammar.labels import _OTHER_LABEL_SCAN, OTHER_LABEL_RE, GrammarSettings, trim_end, is_list_note
from respgraph.grammar.mentions import _assign_roles
from respgraph.grammar.units import looks_like_unit, split_units
from respgraph.grammar.units.names import all_unit_like
from respgraph.grammar.units.people import is_person
from respgraph.records import Clause, Mention, Span

# （市发展改革委、市财政局） closing a sentence: the responsible units of 政府工作报告 分工 lists
# (two characters may stand before a bracket inside: （各县（市、区）人民政府）).
_BARE_BRACKET = re.compile(r"[（(](?P<body>[^（）()\n。]{2,120}?(?:[（(][^（）()\n]{1,12}[）)][^（）()\n。]{0,120}?)*)[）)]")
# 【市发展改革委、市交通运输局】 closing a sentence, or opening an item (3.【示范区执委会】加快推进…)
_BARE_LENTICULAR = re.compile(r"【(?P<body>[^【】\n。]{3,120}?)】")
# what stands before a list in 【】 that opens an item: the item's number or the line's start
_ITEM_OPENS = ".．、）)\n"
_COLON = re.compile(r"[：:]")
# Endings strong enough to take a bracket holding nothing else as a list of agencies.
_BARE_SUFFIXES = (
    "局", "委", "委员会", "办", "厅", "院", "室", "中心", "公司", "政府", "党委", "支队", "大队", "总队", "办事处",
    "管委会", "指挥部", "领导小组", "集团", "银行", "部", "署", "党工委", "检察院", "法院", "团委", "妇联",
    "科协", "工商联", "总工会", "供电公司", "分行", "支行", "海关", "联社", "有关部门", "相关部门", "有关单位",
    "相关单位", "成员单位",
    # the garrisons, the railway's sections and the bodies outside government a plan names beside
    # bureaus (（市应急管理局、宜昌军分区、武警宜昌支队、市消防救援支队） / （县商务局、县供销社） /
    # （县卫健委、县红十字会）): the whole list was refused for the one name ending otherwise
    "军分区", "警备区", "车务段", "工务段", "电务段", "供电段", "机务段", "车辆段", "客运段", "工电段",
    "桥工段", "气象台", "红十字会", "供销社", "供销合作社",
    # a service's own squads, stations and offices, named so only as bodies (（市交通工程质量安全监督站）,
    # （市交通运输局道路运输管理处，市交通运输行政执法队）: were no clause, 站 / 队 / 处 alone being
    # no body's ending strong enough)
    "执法队", "监督站", "管理处",
    # the mass organisations and associations written short beside 妇联 (（县民政局、县残联） /
    # （县委宣传部、县文联、县社科联） / （县市场监管局、县消协） / （县商务局、县个私协会）): were no clause
    "残联", "侨联", "文联", "社科联", "台联", "计生协", "消协", "作协", "协会", "商会", "总会", "联合会",
    "档案馆", "公证处", "监管组",
    # a town's people's congress and union, and the rural banks it names (（镇党政办、镇人大主席团） /
    # （镇党政办、镇农商行、镇信用社） / （镇党政办、镇工会）)
    "人大", "主席团", "人大常委会", "工会", "信用社", "农商行", "农发行",
)
# Endings taken only beside a name ending as above: a collective (（市委宣传部、各县（市、区））)
# or a township's station, office or squad (（经济发展办公室、市场监管所）), not 场所 or 站 alone;
# a school or a broadcaster beside its department (（县教育体育局、县第一中学）: was no clause), not
# alone (试点（县第一中学、县实验小学）: the places of a pilot)
_LISTED_SUFFIXES = ("所", "站", "队", "中学", "小学", "大学", "学校", "党校", "电视台")
# A village named with its name (余村村 / 小岗村村委会 / 鲁家村村民委员会) beside a bureau in a bare
# list (（县委宣传部、县文旅局，余村村）): the village committee carries its part of the work (the
# whole list was refused: 村 ends no agency). Not 乡村 / 农村 / 城中村 (kinds of places), nor the
# collectives 各村 / 所在村, read as collectives are
_NAMED_VILLAGE = re.compile(r"^(?!各|全|本|所在|相关|有关|试点|示范|重点|美丽)[\u4e00-\u9fff]{2,8}?(?<![乡农中])村(?:委会|民委员会)?$")
# A department's own divisions named by its short name (厅宣传教育处 / 厅自然生态保护处 / 局执法科 /
# 委办公室), as a 厅's or a 局's plan for its own offices lists them: names, as a bureau's are
_OWN_DIVISION = re.compile(r"^(?:厅|局|委)[\u4e00-\u9fff]{2,12}?(?:处|科|室)$")
_NOT_IN_NAME = re.compile(r"简称|以下|含|包括|其中|除外|试行|暂行|修订|草案|见|详见|附件|例如|如|等级|\d|(?:主办|(?<!政)协办|承办|牵头|督办)$")
_AFTER_BARE = "。；;\n"
# 共同 and an action closing a bare list (（A、B共同推进） / （A、B共同组织实施）)
_JOINTLY = re.compile(r"共同(?:推进|推动|实施|组织实施|组织|落实|抓好落实|承担|负责|牵头)(?:实施|落实)?")
# A deadline closing a bare list, and nothing else (（A，2023年数据） is a source, not a list)
_BARE_DEADLINE = re.compile(
    r"(?:(?:\d{4}年)?(?:\d{1,2}月)?(?:底|末|中旬|上旬|下旬)?(?:前|以前)?(?:完成)?|年底前?(?:完成)?|年内(?:完成)?"
    r"|全年|上半年|下半年|长期(?:坚持)?|持续(?:推进)?|常态化(?:推进)?)"
)


def _bare_unit_brackets(text: str, lo: int, hi: int, found: list[Clause], settings: GrammarSettings) -> list[Clause]:
    """Brackets that close a sentence and hold only agency names: ``…增长6%。（市商务局、市财政局）``.

    Read as a clause without label (first listed leads, basis ``first_listed``). A bracket
    right after a name is that name's alias or portfolio (``市生态环境局（市环委办）``), not a list.
    """
    out: list[Clause] = []
    pos = lo
    starts = [c.span.start for c in found]  # found is in text order and non-overlapping
    for ob in _OPEN_PAREN.finditer(text, lo, hi):
        k = ob.start()
        if k < pos:
            continue
        lenticular = text[k] == "【"
        m = (_BARE_LENTICULAR if lenticular else _BARE_BRACKET).match(text, k, hi)
        if not m:
            continue
        close = m.end()
        prev = k - 1
        while prev >= lo and text[prev] in " \u3000\t":
            prev -= 1
        opens_item = lenticular and (prev < lo or text[prev] in _ITEM_OPENS)
        nxt = _skip_spaces(text, close, hi)
        if nxt < hi and text[nxt] not in _AFTER_BARE and not _item_follows(text, nxt, hi) and not opens_item:
            continue
        j = bisect.bisect_left(starts, close) - 1
        if j >= 0 and found[j].span.end > k:
            continue  # inside (or overlapping) a clause already read
        if prev >= lo and (text[prev] not in "。；;，,、%％”\n" and not _CJK_CHAR.match(text[prev])) and not opens_item:
            continue
        body_start = _after_leaders(text, m.start("body"), m.end("body"))
        body_end = _bare_list_end(text, body_start, m.end("body"))
        if body_end < 0:
            continue
        if (helping := _helping_list(text, body_start, body_end, settings)) is not None:
            out.append(Clause(span=Span(k, close), raw=text[k:close], mentions=helping))
            pos = close
            continue
        units = [u for u in split_units(text, 0, body_start, body_end) if not is_list_note(u.text)]
        while len(units) > 1 and _BARE_DEADLINE.fullmatch(units[-1].text):
            units.pop()  # （市发展改革委、市统计局，2024年12月底前）: the list's deadline
        # （A（牵头）、B、各乡镇（配合））: a lead marker makes the bracket a list of units, whatever
        # its names end with
        marked = any(u.marker == "lead" for u in units)
        strong = [marked or u.text.endswith(_BARE_SUFFIXES) or _OWN_DIVISION.match(u.text) is not None for u in units]
        if not any(strong) or any(
            len(u.text) < 3 or _NOT_IN_NAME.search(u.text)
            or not (looks_like_unit(u.text) or _NAMED_VILLAGE.match(u.text))
            or not (s or u.collective or u.text.endswith(_LISTED_SUFFIXES) or _NAMED_VILLAGE.match(u.text))
            for u, s in zip(units, strong)
        ):
            continue
        if _CONTACT_BEFORE.search(text, text.rfind("\n", lo, k) + 1, k):
            continue
        if prev >= lo and _CJK_CHAR.match(text[prev]) and looks_like_unit(text[max(lo, prev - 5) : prev + 1]):
            continue  # 市生态环境局（市环委办）: an alias of the name before
        # （A、B共同推进）: the list shares the work, each a lead, as （A、B共同负责） (was A lead by the
        # first-listed convention, B support)
        jointly = len(units) > 1 and _JOINTLY.fullmatch("".join(text[units[-1].end : body_end].split())) is not None
        mentions = _assign_roles([("lead" if jointly else "resp", units)], settings)
        out.append(Clause(span=Span(k, close), raw=text[k:close], mentions=mentions))
        pos = close
    return out


# （市公安局配合市生态环境局） / （A、B协助C）: the units helping and the one they help, no action
_HELPING = re.compile(r"(?:积极|主动|全力)?(?:配合|协助)")


def _helping_list(text: str, a: int, b: int, settings: GrammarSettings) -> list[Mention] | None:
    """The mentions of a bracket ``text[a:b]`` naming units that help a unit (A配合B: B leads, A
    supports), or None (was one unit, 市公安局配合市生态环境局, the lead)."""
    hm = _HELPING.search(text, a, b)
    if hm is None:
        return None
    helpers, helped = split_units(text, 0, a, hm.start()), split_units(text, 0, hm.end(), b)
    if not helpers or not helped or not all_unit_like(text, helpers + helped) or any(
        len(u.text) < 3 or _NOT_IN_NAME.search(u.text) or u.marker for u in helpers + helped
    ):
        return None
    return _assign_roles([("lead" if len(helped) == 1 else "resp", helped), ("support", helpers)], settings)


# The leaders answering for an item, before its units and a semicolon, a comma or a blank, as
# 政府工作报告 分工 lists write them: （刘运；市发展改革委、市财政局） / （王卫东、李兰；市商务局） /
# （责任领导：王卫东；市商务局） / （刘运，市发展改革委） / （刘运　市发展改革委）. The names are people
# (two to four characters, or a title: 张伟副市长), never units nor places (（高新区，市商务局））.
_LEADERS_FIELD = re.compile(
    r"[ \u3000]*(?P<label>(?:责任|牵头|分管|联系|包保|包联|督办)?(?:[省市县区]级?)?领导[ \u3000]*[：:])?"
    r"(?P<names>[^；;：:（）()【】\n，,\s]{2,40}?)(?:[ \u3000]*[；;，,]|[ \u3000]+)"
)
_PLACE_ENDS = ("省", "市", "区", "县", "州", "旗", "盟", "镇", "乡", "村", "街道", "社区", "园区")
_GIVEN_NAME = re.compile(r"[\u4e00-\u9fff·]{2,4}(?:同志)?")


def _after_leaders(text: str, a: int, b: int) -> int:
    """Where a bare list's units begin in ``text[a:b]``: after the leaders' names and their
    semicolon (``刘运；``), else ``a``."""
    m = _LEADERS_FIELD.match(text, a, b)
    if m is None:
        return a
    names = [n.strip(" \u3000") for n in re.split(r"[、，,]", m.group("names"))]
    for n in names:
        if looks_like_unit(n) or _NOT_IN_NAME.search(n) or n.endswith(_PLACE_ENDS):
            return a  # （市商务局；市财政局）: a unit before the semicolon, the list itself
        if not (is_person(n) or (m.group("label") and len(n) <= 12) or _GIVEN_NAME.fullmatch(n)):
            return a
    return m.end()


def _bare_list_end(text: str, a: int, b: int) -> int:
    """End of the unit list of a bare bracket ``text[a:b]``: fields after it (（A，责任领导：王XX）
    / （A、B；完成时限：2024年底）) are cut off; -1 when a colon stands anywhere else."""
    if _COLON.search(text, a, b) is None:
        return b
    f = _OTHER_LABEL_SCAN.search(text, a, b)
    if f is None:
        return -1
    e = trim_end(text, a, f.start())
    if e <= a or text[e - 1] not in "，,；;":
        return -1
    if len(_COLON.findall(text, f.start(), b)) != len(OTHER_LABEL_RE.findall(text, f.start(), b)):
        return -1
    return e - 1


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_OPEN_PAREN = re.compile(r"[（(【]")


def _skip_spaces(text: str, i: int, hi: int) -> int:
    while i < hi and text[i] in " \u3000\t\r":
        i += 1
    return i


# A line of agency names alone right under an item's sentence, the next line blank or the next
# item (…建立横向补偿机制。\n    市财政局、市生态环境局，湟中区、大通县人民政府\n\n（二）…): the
# item's units as a 分工方案 written from its table sets them (排在第一位的单位牵头), read like a
# bare bracket. Not a signature (a date on the line below: 西宁市人民政府办公室\n2024年4月3日), an
# addressee or label line (a colon), a heading (一、/（二）/ 3. opening it) or a unit heading its
# own duties (市生态环境局\n负责…: prose on the line below).
# Its leading blanks are given back to the names at most 121 (a match whose names open deeper in a
# run of blanks has one opening three blanks before its end, tried first), its trailing ones never
# (the line's end is no blank): a long run of blanks was read once per blank of it (4,000 blanks
# and a few slashes between two tasks: 25 s).
_UNITS_LINE = re.compile(r"(?m)^(?:[ \t\u3000](?=[ \t\u3000]{121}))*+[ \t\u3000]*(?P<body>[^\n：:。；;|｜]{3,120}?)[ \t\u3000]*+$")
_LINE_OPENS_ITEM = re.compile(r"[（(【〔\[]|\d|[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十\d]+[章节条部分]")
# the first item of a list (1. / （1） / （一） / 一、 / ①): a units line over it heads the list
# (省水利厅 / （1）承担… / （2）… / 省生态环境厅 / （1）负责…: a 职责 list by body, each body over its
# duties), where an item's units under it stand before the item numbering on (…。 / 市财政局 / 3.…)
_FIRST_ITEM = re.compile(r"[ \t\u3000]*(?:[（(][1一][）)]|1[.．、）)]|一、|①)(?!\d)")
# a contact named on the line (联络员：张华（区市场监管局） / 联系人：李明（省水利厅河湖处）): the
# bracket says where that person works, no list of units given work (was the lead of the item above)
_CONTACT_BEFORE = re.compile(r"(?:联络员|联系人|负责人|经办人|责任人)[ \t\u3000]*[：:][^\n：:。；;]{1,30}$")
_DATE_LINE = re.compile(r"[ \t\u3000]*(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d〇○零一二三四五六七八九十]{1,3}月(?:[\d〇○零一二三四五六七八九十]{1,3}日)?[ \t\u3000]*$")


def _name_line_below(text: str, below: int, hi: int) -> int | None:
    """The end of the line at ``below`` when it holds one agency's name alone (县工信局 under 县住建局,
    a list written a name a line), else None."""
    if below >= hi:
        return None
    m = _UNITS_LINE.match(text, below, hi)
    if m is None or _LINE_OPENS_ITEM.match(text, m.start("body")):
        return None
    units = split_units(text, 0, m.start("body"), m.end("body"))
    if len(units) != 1 or not all_unit_like(text, units) or _NOT_IN_NAME.search(units[0].text) or not units[0].text.endswith(_BARE_SUFFIXES):
        return None
    return m.end("body")


def _bare_unit_lines(text: str, lo: int, hi: int, found: list[Clause], settings: GrammarSettings) -> list[Clause]:
    """Lines holding only agency names under an item's sentence (see ``_UNITS_LINE``), read as a
    clause without label (first listed leads, basis ``first_listed``)."""
    out: list[Clause] = []
    spans = [(c.span.start, c.span.end) for c in found]
    for m in _UNITS_LINE.finditer(text, lo, hi):
        a, b = m.start("body"), m.end("body")
        if _LINE_OPENS_ITEM.match(text, a) or any(s < b and a < e for s, e in spans):
            continue
        # the line above: an item's sentence, closed, with no blank line between
        above_end = m.start() - 1
        if above_end <= lo or text[above_end] != "\n":
            continue
        above = text[text.rfind("\n", lo, above_end) + 1 : above_end].rstrip(" \t\u3000\r")
        if not above.endswith(("。", "；", ";")):
            continue
        # the line below: blank, the end, or the next item; a name a line (县住建局 / 县工信局) runs on
        # over the lines below holding names alone (was no clause: the second line was no item)
        below = m.end() + 1
        while (more := _name_line_below(text, below, hi)) is not None:
            b, below = more, more + 1
        date_below = below < hi and _DATE_LINE.match(text[below : text.find("\n", below) if "\n" in text[below:hi] else hi])
        if date_below and text[b - 1] == "、":
            # 市财政局、市生态环境局、\n2024年12月: the list's date on the line under it, the list broken
            # after its last 、 (no signature ends so); the units are read, the line after the date is
            # the one to look at (was no clause: the units lost)
            b = trim_end(text, a, b - 1)
            below = text.find("\n", below, hi) + 1 or hi
        elif date_below:
            continue  # 西宁市人民政府办公室\n2024年4月3日: a signature
        nxt = _skip_spaces(text, below, hi) if below < hi else hi
        if not text[below:hi].strip():
            continue  # the text's last line: a signature's place, never an item's units
        if nxt < hi and text[nxt] not in "\n" and not _item_follows(text, nxt, hi) and not _LINE_OPENS_ITEM.match(text, nxt):
            continue
        if nxt < hi and _FIRST_ITEM.match(text, nxt):
            continue  # the body heading the duties below it (structure.blocks: a unit's line)
        units = [u for u in split_units(text, 0, a, b) if not is_list_note(u.text)]
        if not units or not all_unit_like(text, units) or any(len(u.text) < 2 or _NOT_IN_NAME.search(u.text) for u in units):
            continue
        if not units[-1].text.endswith(_BARE_SUFFIXES) and not units[-1].collective:
            continue  # 大通县、湟源县 alone: places, not the bodies of a list
        mentions = _assign_roles([("resp", units)], settings)
        out.append(Clause(span=Span(a, b), raw=text[a:b], mentions=mentions))
    return out
