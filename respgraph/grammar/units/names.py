"""What one agency name looks like: ``looks_like_unit`` (the test label-less wordings and the
rest of the grammar accept a name by), ``is_collective`` (各乡镇（街道）, 相关部门) and
``all_unit_like`` for a whole list.
"""

from __future__ import annotations

import re

from respgraph.grammar.units.words import CLOSE, NAME_END_CHARS, UNIT_SUFFIXES, Unit, matching_open, strip_ws

_COLLECTIVE_START = ("各", "相关", "有关", "全体", "其他", "其它", "所有",
                     # 属地区县政府 / 事发地乡镇: the governments of wherever the matter is, as 各区县政府
                     # (the resolver read them so, kind collective; the grammar took them for one body)
                     "属地", "事发地", "发生地")
_COLLECTIVE_PARTS = (
    "成员单位", "有关部门", "相关部门", "有关单位", "相关单位", "各部门", "各单位", "各成员", "各级",
    "各有关", "各相关", "职能部门", "直各", "直有关", "直相关",
    # 州级河（湖）长联系部门 / 挂钩联系单位: the departments linked to each chief or place
    "联系部门", "联系单位",
    # 项目所在地人民政府 / 项目所在县（市、区）人民政府: wherever a project lies (resolve.names alike)
    "所在地", "所在县", "所在市", "所在区", "所在乡", "所在镇",
)

# Collectives that end with no unit suffix: the whole name is one of these.
_BARE_COLLECTIVES = frozenset({"各地", "各级", "各地各级", "各方", "各有关方面", "有关方面", "相关方面",
                               # central plans: 有关部门和地方按职责分工负责 (ministries and the provinces)
                               "各地方", "有关地方", "有关部门和地方", "各有关部门和地方", "相关部门和地方",
                               # the villages of a township or 街道: 各村（社区） / 各村（居） / 各嘎查村
                               "各村", "各行政村", "各村居", "各村组", "各嘎查", "各嘎查村"})

# 关中各市、区 / 沿江各市、县人民政府 / 沿河各区县（市）政府: the places of one level within a region, a
# collective as 各市 is (a body's own units, 市局各科室, have a body before 各: no region)
REGION_EACH = re.compile(r"[\u4e00-\u9fff]{1,4}?(?<![局厅委办部处科室])各(?=自治县|自治州|街道|[省市县区州盟旗乡镇])")

_COLLECTIVE_RE = re.compile(
    "^(?:" + "|".join(_COLLECTIVE_START) + ")|" + "|".join(re.escape(p) for p in _COLLECTIVE_PARTS)
    + "|^" + REGION_EACH.pattern
)

# A word every collective's name holds (各 / 有关 / 成员单位 …), blanks allowed between its
# characters (a name is its span with the blanks taken out), searched in running text: a sentence
# without one names no collective (responsibilities reads places before a lead only where one is)
_COLLECTIVE_WORDS = sorted({w for w in _COLLECTIVE_START + _COLLECTIVE_PARTS
                            if not any(v != w and v in w for v in _COLLECTIVE_START + _COLLECTIVE_PARTS)})
COLLECTIVE_WORD = re.compile("|".join(r"\s*".join(map(re.escape, w)) for w in _COLLECTIVE_WORDS))


def is_collective(name: str) -> bool:
    """Whether ``name`` stands for a group of units (各乡镇（街道）, 市环委会成员单位, 相关部门)."""
    return _COLLECTIVE_RE.search(strip_ws(name)) is not None


_NOT_NAME_CHARS = re.compile(r"[。；;，,：:“”\"]")
# 县“双随机、一公开”联席会议办公室 / 市“放管服”改革协调小组办公室: a quoted campaign inside a name
_QUOTED_INSIDE = re.compile(r"[^。；;，,：:“”\"]+“[^。；;，,：:“”\"]{1,12}”[^。；;，,：:“”\"]+")


# Words that open a sentence of action, never an agency's name (由于: a cause, 由于县财政局资金紧张).
# (强化部门协同 / 深化部门协同: an item's heading, the work of the departments, ending with a verb a
# unit may end with: no unit 强化部门 over that heading, the item split in two at it)
PROSE_START = re.compile(r"(?:由于|积极|密切|争取|主动|努力|大力|全力|加强|加快|推动|督促|鼓励|引导|确保|力争|做好|抓好|切实|认真|及时|定期|配合|会同|强化|深化|健全|完善|提升|建立|规范)")

# Words that open the basis an action follows (按照统一部署 / 根据省委部署 / 围绕中心 / 遵照…):
# what comes after them is a plan or a purpose, never the body that acts
_BASIS_START = re.compile(r"(?:按照|根据|围绕|依照|依据|遵照|对照|结合)")


# a unit by its place in a list (表中第一个单位 / 排在第一位的单位 / 排名第一的单位为牵头单位): a
# note on how to read the list, no body (was read as the lead of A为牵头单位)
_PLACE_IN_LIST = re.compile(r"第一个|第一位|首位|排名第|排在第|排第|列第|列在第")


# a role's word standing for whoever holds it (牵头单位要发挥统筹作用，会同参与单位制定方案 in a
# notice's points): no body (was read as a unit named 牵头单位)
_ROLE_WORD = re.compile(r"(?:牵头|责任|配合|参与|协办|主办|协助|协作|协同|承办|主责)(?:单位|部门)")


def _role_word_inside(n: str) -> bool:
    """A role's word with more after it (各牵头单位对所牵头任务负总责 cut before its 牵头: 各牵头单位对所,
    ending like 派出所): no body's name holds one inside; 各牵头单位 (a collective) ends with it."""
    # (every listed name is asked: each role's word ends in 单位 or 部门, so a name holding neither
    # holds none)
    if "单位" not in n and "部门" not in n:
        return False
    return any(m.end() < len(n) and n[m.end()] not in _ROLE_WORD_JOINS for m in _ROLE_WORD.finditer(n))


_ROLE_WORD_JOINS = "、和及与"  # 各牵头单位、责任单位 / 各牵头单位和配合单位: one collective (units/joins.py)


def looks_like_unit(name: str) -> bool:
    """Whether ``name`` ends like an agency name (used to accept label-less wordings)."""
    n = strip_ws(name)
    if n.endswith("“两委”") and len(n) > 4:
        n = n[:-4] + "两委"  # 各村“两委” / 社区“两委”: a village's party branch and committee, quoted
    # (every name a list is read into is asked: what each pattern needs, first — 第 or 首位 for a
    # place in the list, four characters for a role's word)
    if not n or len(n) > 40 or (("第" in n or "首位" in n) and _PLACE_IN_LIST.search(n)) or (len(n) == 4 and _ROLE_WORD.fullmatch(n)) or _role_word_inside(n):
        return False
    if n[0].isdigit() or (_NOT_NAME_CHARS.search(n) and not _QUOTED_INSIDE.fullmatch(n)):
        return False
    if PROSE_START.match(n) or _BASIS_START.match(n):  # 积极争取国家发展改革委（…支持）: an action on a body, not a body
        return False
    base = _drop_trailing_paren(n)
    if base.endswith("部署"):  # 统一部署 / 决策部署 (按照省委统一部署抓好落实): a plan, ending like 审计署
        return False
    if base.endswith("干部"):  # 各级领导干部 / 广大党员干部 (会议强调，各级领导干部要…): people, not a body
        return False
    if base.endswith("社会"):  # 强化公众参与和社会监督 / 全社会 (…和社会监督 in the safeguards): society,
        return False  # ending like 协会 / 委员会 (was a support named 强化公众参与和社会)
    if base.endswith(UNIT_SUFFIXES) or n.endswith(_COLLECTIVE_PARTS) or _PLACE_FINANCE.match(base) or STREET_SHORT.match(base):
        return True
    if _MINISTRY_DEPARTMENT.match(base) or base.endswith("团中央"):  # 大气环境司, 国家发展改革委价格司
        return True  # (never 区司|法局); 共青团中央 / 团中央 (never 党中央)
    # A collective still ends like a name or a group (各乡镇（街道）, 各地): 各县人民政府对本行政区域
    # …质量 (…负责) and 各地各部门要 (…抓好落实) begin like one and are prose.
    return base in _BARE_COLLECTIVES and is_collective(n)


# how a line's names are cut from each other (a list's separators, blanks)
_NAMES_CUT = re.compile(r"[、，,；;\s\u3000]+")


def names_apart(before: str, after: str) -> bool:
    """Are ``before`` (a cell's line, up to its break) and ``after`` (the next line) two whole
    names set one a line (县交通运输局 / 九江海事局彭泽海事处: a name opening with no level), not one
    name cut by a layout or a writer's break? The line before closes a whole name; the next opens
    one that stands alone: three characters or more and no bare office word, which names no body
    without the words before it (县人民政府 / 办公室, 县发展和改革委 / 员会). A cut inside a word
    (县生态环 / 境局) closes no name."""
    last = _NAMES_CUT.split(before.rstrip())[-1]
    first = _NAMES_CUT.split(after.lstrip(), 1)[0]
    return (
        bool(last) and (last[-1] in NAME_END_CHARS or last[-1] in CLOSE) and looks_like_unit(last)
        and len(first) >= 3 and first not in UNIT_SUFFIXES and looks_like_unit(first)
    )


# What every name ``looks_like_unit`` accepts holds (its suffix, a collective's word, the bare
# collective itself; 财政 of _PLACE_FINANCE, 街 of STREET_SHORT, 司 of _MINISTRY_DEPARTMENT; 团中央 and
# 两委 end in suffixes): text holding none of these names no unit, and a label-less reading of a
# phrase without them finds none there (grammar.inline.read._may_read). Keep it beside the tests of
# looks_like_unit: a name accepted another way must add its word here
# (tests/test_speed_equivalence.py fuzzes looks_like_unit against it).
_NAME_WORDS = re.compile("|".join(
    re.escape(w) for w in sorted({*UNIT_SUFFIXES, *_COLLECTIVE_PARTS, *_BARE_COLLECTIVES, "财政", "街", "司"}, key=len, reverse=True)
))


def may_name_unit(s: str) -> bool:
    """False when ``s`` holds no word every name ``looks_like_unit`` accepts holds one of (so no
    part of ``s`` is a unit); True does not say it names one. ``s`` is taken without its blanks
    (``strip_ws``, as ``looks_like_unit`` reads a name and ``_may_read`` passes its phrase): a blank
    inside a word (各 村) hides it from this test."""
    return _NAME_WORDS.search(s) is not None


# A place's government closing a list of places written once for all (广州、深圳、珠海市人民政府 /
# 南宁、钦州市人民政府), and a place written bare before it (its level and suffix are the
# government's: the resolver reads 深圳 as 深圳市人民政府). The grammar accepts such a list by these
# patterns and the resolver names each bare place by them (resolve: _shared_names), so both read one list.
PLACE_GOVERNMENT = re.compile(
    r"^[\u4e00-\u9fff]{1,10}?(?P<level>自治州|自治县|自治旗|[省市县区州旗盟])(?P<suffix>人民政府|政府|行政公署)$"
)
BARE_PLACE = re.compile(r"^(?![各全本])[\u4e00-\u9fff]{2,6}$")
LEVEL_ENDS = ("省", "市", "县", "区", "州", "旗", "盟")
# ... and a province's body closing a list of provinces written once for all (浙江省、江苏省自然资源部门 /
# 云南省、贵州省生态环境厅, a plan across a provincial border): a province written bare before it is
# no name alone (浙江省), but the body's place of the list (the clause was dropped, every unit lost);
# the resolver names it the province's ``body`` (浙江省自然资源部门)
PROVINCE_BODY = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:省|自治区)(?P<body>[\u4e00-\u9fff（）()]{1,16}?(?:厅|局|委|办|部门))$")
BARE_PROVINCE = re.compile(r"^(?![各全本])[\u4e00-\u9fff]{2,8}?(?:省|自治区)$")


# A numbered party branch closing a list of the numbers written once for all (第一、第二、第三党支部 /
# 机关第一、第二党支部), and a number written bare before it (the resolver reads 第一 as 第一党支部)
NUMBERED_BRANCH = re.compile(r"^(?P<head>[\u4e00-\u9fff]{0,8}?第[一二三四五六七八九十\d]{1,3})(?P<tail>党?(?:支部|总支)|党小组)$")
ORDINAL_PIECE = re.compile(r"^[\u4e00-\u9fff]{0,8}?第[一二三四五六七八九十\d]{1,3}$")


# Fields written once for a place's departments (县发展改革、财政、自然资源部门 / 两市生态环境、公安部门 /
# 潼南区公安、水利、农业农村部门): each field bare before the 部门 closing the list, the first opening
# with the place (a level, 两市 / 三地, 各级, or a place's name); each is that place's department of the
# field (resolve: _field_departments). A field is a few characters, no action (加强监管、执法部门负责 is prose).
_FIELDS_DEPARTMENT = re.compile(r"^[\u4e00-\u9fff]{2,8}部门$")
_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,8}$")
# the kinds of body a name ends with (县林业局、水利部门: two bodies, no field before 部门)
_BODY_ENDS = ("局", "委", "办", "厅", "院", "室", "中心", "所", "站", "队", "处", "科", "股", "会", "部", "署", "司", "社",
              "公司", "政府", "党委", "集团", "银行", "街道", "办事处", "镇", "乡", "村")
FIELDS_PLACE = re.compile(r"^(?:[省市县区州旗盟](?!场|直|级|属)|各级|[两三四][省市区县地]|[\u4e00-\u9fff]{2,6}?(?:省|市|区|县|旗))")


def fields_before_department(text: str, units: list[Unit]) -> set[int]:
    """The indices of ``units`` that are fields written bare before the 部门 closing their list
    (县发展改革、财政、自然资源部门: 县发展改革 and 财政), the first opening with its place; empty when none."""
    return {k for first, e, _ in _department_lists(text, units) for k in range(first, e)}


def places_before_fields(text: str, units: list[Unit]) -> dict[int, tuple[int, int]]:
    """The places written bare before a place's fields or department (安居区、潼南区公安、水利部门 /
    安居区、潼南区水利部门: 安居区), each the place of every field of the list as the place the list
    opens with is, by index: (the first field's index, the 部门's index)."""
    return {p: (first, e) for first, e, places in _department_lists(text, units) for p in places}


def written_once_for_places(text: str, units: list[Unit]) -> bool:
    """Whether ``units`` are all places' departments written once (县公安、水利部门 / 安居区、潼南区
    公安、水利部门 / 安居区、潼南区水利部门): every unit a place bare before the fields, a field or
    the 部门 closing their list, the first field opening with its place."""
    covered: set[int] = set()
    for first, e, places in _department_lists(text, units):
        covered.update(places, range(first, e + 1))
    return bool(units) and covered == set(range(len(units)))


def _department_lists(text: str, units: list[Unit]) -> list[tuple[int, int, range]]:
    """Each list of fields closed by a 部门 (县发展改革、财政、自然资源部门): the index of its first
    field (opening with the place), of the 部门, and the places named bare before it (安居区、 of
    安居区、潼南区公安、水利部门: each place's departments of the fields)."""
    out: list[tuple[int, int, range]] = []
    for e, u in enumerate(units):
        if not _FIELDS_DEPARTMENT.match(u.text) or u.portfolio:
            continue
        k = e - 1
        while k >= 0 and strip_ws(text[units[k].end : units[k + 1].start]) == "、" and _FIELD.match(units[k].text) and not units[k].portfolio \
                and not units[k].text.endswith(_BODY_ENDS) and not PROSE_START.match(units[k].text):
            k -= 1  # (县公安 / 县财政 read as bodies alone, but no body's kind ends them: fields here)
        first = k + 1
        while first < e and _named_place_alone(units[first].text) and _opens_with_named_place(units[first + 1].text):
            first += 1  # 安居区、潼南区公安、…: a place bare before the one the fields open with
        places = range(k + 1, first)
        if first < e and FIELDS_PLACE.match(units[first].text) and len(units[first].text) > len(FIELDS_PLACE.match(units[first].text).group(0)):
            out.append((first, e, places))
        elif first == e and places:
            out.append((e, e, places))  # 安居区、潼南区水利部门: one field, written with its department
    return out


# a place by its name and level alone (安居区 / 潼南区 / 铜梁县), and a name opening with one
_NAMED_PLACE = r"(?![各全本两三四])[\u4e00-\u9fff]{2,6}?(?:省|市|区|县|旗)"
_NAMED_PLACE_ALONE = re.compile(r"^" + _NAMED_PLACE + r"$")
_OPENS_WITH_NAMED_PLACE = re.compile(r"^" + _NAMED_PLACE + r"[\u4e00-\u9fff]{2}")


def _named_place_alone(name: str) -> bool:
    return _NAMED_PLACE_ALONE.match(name) is not None and not name.endswith(("新区", "园区", "开发区", "社区", "城区", "景区", "矿区", "林区", "牧区", "库区", "湖区", "山区"))


def _opens_with_named_place(name: str) -> bool:
    return _OPENS_WITH_NAMED_PLACE.match(name) is not None


def all_unit_like(text: str, units: list[Unit]) -> bool:
    """Whether every unit of a list read from ``text`` looks like one; places written bare before
    the government closing their list (深圳、珠海市人民政府, one 、 between each) count (深圳 alone
    is no name: the clause was dropped, every unit of it lost), as do provinces bare before the
    province's body closing theirs (浙江省、江苏省自然资源部门) and the numbers before a numbered
    party branch (第一、第二、第三党支部)."""
    chain = False  # whether the unit after this one is such a government or a place bare before it
    province_chain = False  # ... or a province's body (浙江省、江苏省自然资源部门), or a province bare before it
    numbered = False  # ... or a numbered branch, or a number bare before it
    fields = fields_before_department(text, units) if len(units) > 1 else set()
    for k in range(len(units) - 1, -1, -1):
        u = units[k]
        if k in fields:
            chain = numbered = province_chain = False
            continue
        after = k + 1 < len(units) and strip_ws(text[u.end : units[k + 1].start]) == "、"
        joined = chain and after
        if numbered and after and not u.portfolio and ORDINAL_PIECE.match(u.text):
            chain = False
            continue
        if looks_like_unit(u.text):
            province_chain = PROVINCE_BODY.match(u.text) is not None
            chain = PLACE_GOVERNMENT.match(u.text) is not None or (
                joined and u.text.endswith(LEVEL_ENDS) and BARE_PLACE.match(u.text) is not None
            )
            numbered = NUMBERED_BRANCH.match(u.text) is not None
        elif joined and not u.portfolio and BARE_PLACE.match(u.text):
            chain, numbered, province_chain = True, False, False
        elif province_chain and after and not u.portfolio and BARE_PROVINCE.match(u.text):
            numbered = False  # 浙江省、江苏省自然资源部门: the province bare before its body (and before another such)
        else:
            return False
    return True


# A district's street office written as 广州 and 佛山 write it, 街 for 街道 (白云区金沙街, 荔湾区东沙街):
# the place's name before it (a street of shops, 北京路步行街 / 中山大街, is none)
STREET_SHORT = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,6}?[区县市])[\u4e00-\u9fff]{2,3}(?<![大行业老古食])街$")


# A place's finance bureau written by its field, as plans write who funds the work (县财政要加大
# 生态环境保护资金投入 / 泰和县财政负责落实经费): a body, as 县税务 is (the sentence naming it was
# prose, its item under 保障措施 dropped); the finances of a level or of the whole place (省级财政 /
# 全市财政 / 各级财政) are none
_PLACE_FINANCE = re.compile(r"^(?![全各本])[\u4e00-\u9fff]{0,10}[省市县区州旗盟]财政$")


# A ministry's department (司) has a name of two characters or more before 司: 价格司, 法规与标准司
_MINISTRY_DEPARTMENT = re.compile(r"^[\u4e00-\u9fff]{2,20}司$")


def _drop_trailing_paren(n: str) -> str:
    if n and n[-1] in CLOSE and (i := matching_open(n, len(n) - 1)) >= 0:
        return n[:i]
    return n
