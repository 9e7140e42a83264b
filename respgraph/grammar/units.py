"""Units: how a list of agencies is written and what one agency name looks like.

A unit list is the text after a label such as ``责任单位：``::

    >>> [u.text for u in split_units("区发改委、各乡镇（办）党委、政府", 0)]
    ['区发改委', '各乡镇（办）党委、政府']
    >>> u = split_units("区农林水与生态环境局(生态环境、水利)", 0)[0]
    >>> (u.text, u.portfolio)
    ('区农林水与生态环境局', ['生态环境', '水利'])

Everything here works on one list at a time and is linear in its length.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field

OPEN = "（(〔【[［"
CLOSE = "）)〕】]］"
BRACKETS = OPEN + CLOSE
WS_RE = re.compile(r"[\s\u3000\u00a0]+")

# Characters that separate units in a list (outside brackets).
LIST_SEPARATORS = "、，,；;"

# How agency names end. Inline wordings (A牵头，B配合) only count when every unit ends so.
UNIT_SUFFIXES = (
    "局", "委", "办", "部", "院", "厅", "室", "中心", "公司", "政府", "党委", "分局", "大队", "支队",
    "委员会", "工委", "办公室", "署", "处", "科", "股", "所", "站", "社", "会", "团", "队", "庭", "馆",
    "集团", "银行", "管委会", "党工委", "街道", "办事处", "指挥部", "领导小组", "法院", "检察院",
    "单位", "部门", "机关", "企业", "机构", "乡镇", "县", "区", "市", "镇", "乡", "监狱", "学校", "医院",
    # (中学 / 小学 / 幼儿园: 各中小学, 县第一中学, 城关小学, the schools an education bureau names)
    "党校", "学校", "中学", "小学", "幼儿园", "公安", "海关", "税务", "供电", "邮政", "电信", "移动", "联通", "投控", "总站", "总队",
    "支行", "分行", "总行", "分公司", "联社", "妇联", "工商联", "党组", "团委", "科协", "残联", "侨联", "文联", "电视台", "大学", "学院",
    "纪检监察组",  # 驻厅纪检监察组: the discipline group stationed in a department
    # places of the autonomous regions, as 市/县 are: 伊犁州 / 湘西州, 阿拉善盟, 鄂托克旗
    "州", "盟", "旗",
)
# Characters an agency name ends with, for the cheap test used when splitting on spaces or 和.
_STRONG_END = set("局委办部院厅室心司府会队所站社署处门位")  # 门/位: 有关部门, 相关单位
# How a jurisdiction-qualified unit name begins (used to split ``区农业局 区环保局``).
_UNIT_START = set("省市区县镇乡各")
# After 和 / 及, a body of a place named without its level first (省商务厅及广州市人民政府 /
# 省财政厅和武汉市发展改革委 / 省商务厅及广州市、深圳市人民政府): the place, its level, a name
# that ends like a unit's (or a 、 to the next place), then the list goes on or ends — two
# units, not 省商务厅及广州市人民政府 as one (市场 / 区域 open no place)
_PLACE_BODY = re.compile(
    r"[\u4e00-\u9fff]{1,5}?[市县区州盟](?:、|(?![场域级])[\u4e00-\u9fff]{0,14}[局委办部院厅室府会](?=$|[、，,；;。）)\s]|等))"
)
# Words whose second character can open a unit's name: a line starting with it after a line
# ending with the first (市住房城 / 乡建设局, 市城 / 市管理局, 各乡 / 镇人民政府) was cut
# inside a name, it does not start a new one; nor do two names meet there (各社区工作站).
_WORDS_ACROSS = frozenset({"城乡", "城市", "城区", "城镇", "乡镇", "社区", "园区", "景区", "地区", "市区", "街镇"})

# A trailing parenthetical with these contents is part of the name, never a portfolio.
_NAME_PARTS = {
    "办", "街道", "乡镇", "镇", "乡", "区", "县", "市", "市、区", "县、区", "县、市、区", "县（市、区）",
    "市、县、区", "区、县", "县市区", "市县区", "场", "管委会", "园区", "开发区", "新区", "社区",
    "党组", "党委", "党工委", "党组织",  # 各级党委（党组）: one collective, not a portfolio
}
LEAD_MARKERS = {"牵头", "牵头单位", "牵头部门", "总牵头", "负责", "主责", "主办"}
SUPPORT_MARKERS = {"配合", "配合单位", "协助", "协办", "参与"}

# Words that form one unit with the piece before them: 各乡镇（办）党委、政府; 各牵头单位、责任单位.
_GENERIC_TAILS = {"政府", "人民政府", "管委会", "管理委员会", "党工委", "办事处"}
_GENERIC_HEADS_END = ("党委", "党工委", "政府", "管委会")
# 各牵头单位、责任单位: one collective (every unit named anywhere in the plan).
_ROLE_TAILS = {"责任单位", "配合单位", "协办单位", "参与单位", "成员单位", "责任部门", "配合部门"}

_COLLECTIVE_START = ("各", "相关", "有关", "全体", "其他", "其它", "所有")
_COLLECTIVE_PARTS = (
    "成员单位", "有关部门", "相关部门", "有关单位", "相关单位", "各部门", "各单位", "各成员", "各级",
    "各有关", "各相关", "职能部门", "直各", "直有关", "直相关",
    # 州级河（湖）长联系部门 / 挂钩联系单位: the departments linked to each chief or place
    "联系部门", "联系单位",
)

# …等 / …等有关部门 / 南昌市、九江市等设区市人民政府 (the kind of body the named places stand for)
# / …等12个行政执法部门 (a count of the bodies the list stands for) / …等市环委会成员单位
_TRAIL_ETC = re.compile(
    # (…等市级有关执法部门 / …等有关职能部门: the level and the kind of the bodies too)
    r"\s*等\s*(?:(?:[省市县区]\s*[直级]\s*)?(?:各\s*)?(?:相\s*关|有\s*关|其\s*他)?\s*"
    r"(?:执\s*法|职\s*能|监\s*管|行\s*政\s*执\s*法|行\s*业\s*主\s*管|主\s*管)?\s*(?:单\s*位|部\s*门)"
    r"|(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*个\s*[^、，,；;等\d]{0,8}?(?:单\s*位|部\s*门)"
    r"|(?<=[市县区州盟旗镇乡]等)[^、，,；;等]{0,8}?(?:人民政府|政府)"
    # …等市人才工作领导小组成员单位: the group the named units stand for
    r"|[^、，,；;等]{2,20}?成\s*员\s*单\s*位"
    # 国家电网有限公司等中央企业 / 三峡集团等中央驻鄂企业 / 国家开发银行湖北省分行等金融机构: the kind
    # of enterprise or institution the named ones stand for (was read into the name)
    r"|[^、，,；;等]{0,8}?(?:企\s*业|金\s*融\s*机\s*构))?$"
)
# 按职责分工 / 按职能分工 / 按职责 / 按照职责分工 / 按各自职责 / 按照各自职责 / 根据职责分工 /
# 依职责 / 依据职责 / 按照职能职责 / 按照部门职责 / 按照干部管理权限: "by their duties".
DUTY_WORDS = (
    r"(?:(?:按\s*(?:照\s*)?|根\s*据\s*|依\s*(?:据\s*|照\s*)?)(?:各\s*自\s*|部\s*门\s*)?(?:职\s*能\s*)?职\s*[责能](?:\s*分\s*工)?"
    # 按照“谁主管、谁负责”原则 / 按照“管行业必须管安全”的要求
    r"|按\s*照?\s*“[^”]{1,30}”\s*的?\s*(?:原\s*则|要\s*求)"
    # 按照属地管理原则 / 按照分级负责原则
    r"|按\s*照?\s*[\u4e00-\u9fff]{2,8}?的?\s*原\s*则"
    # 按照干部管理权限 / 按管理权限 / 依职权
    r"|(?:按\s*(?:照\s*)?|依\s*(?:据\s*|照\s*)?)(?:干\s*部\s*)?(?:管\s*理\s*)?(?:权\s*限|职\s*权)"
    # 按属地 / 按照属地 (…，按属地分别负责: each where it is)
    r"|按\s*(?:照\s*)?属\s*地)"
)
_TRAIL_DUTY = re.compile(
    r"(?:等\s*)?(?:(?:" + DUTY_WORDS + r"|分\s*别|分\s*头|共\s*同|具\s*体|统\s*一|各\s*自)\s*){1,2}"
    r"(?:负\s*责|落\s*实|实\s*施|推\s*进|抓\s*好\s*落\s*实)?\s*$"
)


def strip_ws(s: str) -> str:
    """Remove all whitespace, OCR spaces and line breaks included."""
    return WS_RE.sub("", s)


# 各市、县、自治县 / 各州、市: the levels of a collective written apart, before their bodies
_LEVEL_WORD = r"(?:自治县|自治州|[省市县区州盟旗乡镇])"
_BARE_LEVEL = re.compile(rf"^各{_LEVEL_WORD}(?:、{_LEVEL_WORD})*$")
_ONE_LEVEL = re.compile(rf"^{_LEVEL_WORD}$")
_LEVEL_BODY = re.compile(rf"^{_LEVEL_WORD}(?:[（(][^）)]{{1,8}}[）)])?(?:人民政府|政府|党委|党委和政府|党委和人民政府|党委、政府)$")
# 县委、县政府督查室 / 市委、市政府信访局: one office of the party committee and the government
# (县委县政府督查室), not 县委 and an office of the government; but 县委、县政府办公室 are the
# two general offices (两办) and 县委、县政府 the two bodies, each named.
_PARTY_COMMITTEE = re.compile(r"^(?!团)(?:中共)?[^、，（）()]{0,10}?[省市区县州旗盟]委$")
_GOVERNMENT_OFFICE = re.compile(r"^[^、，（）()]{0,10}?[省市区县州旗盟](?:人民)?政府(?!办)[^、，（）()]+$")
# Collectives that end with no unit suffix: the whole name is one of these.
_BARE_COLLECTIVES = frozenset({"各地", "各级", "各地各级", "各方", "各有关方面", "有关方面", "相关方面",
                               # central plans: 有关部门和地方按职责分工负责 (ministries and the provinces)
                               "各地方", "有关地方", "有关部门和地方", "各有关部门和地方", "相关部门和地方",
                               # the villages of a township or 街道: 各村（社区） / 各村（居） / 各嘎查村
                               "各村", "各行政村", "各村居", "各村组", "各嘎查", "各嘎查村"})

_COLLECTIVE_RE = re.compile(
    "^(?:" + "|".join(_COLLECTIVE_START) + ")|" + "|".join(re.escape(p) for p in _COLLECTIVE_PARTS)
)


def is_collective(name: str) -> bool:
    """Whether ``name`` stands for a group of units (各乡镇（街道）, 市环委会成员单位, 相关部门)."""
    return _COLLECTIVE_RE.search(strip_ws(name)) is not None


_NOT_NAME_CHARS = re.compile(r"[。；;，,：:“”\"]")
# 县“双随机、一公开”联席会议办公室 / 市“放管服”改革协调小组办公室: a quoted campaign inside a name
_QUOTED_INSIDE = re.compile(r"[^。；;，,：:“”\"]+“[^。；;，,：:“”\"]{1,12}”[^。；;，,：:“”\"]+")


# Words that open a sentence of action, never an agency's name (由于: a cause, 由于县财政局资金紧张).
PROSE_START = re.compile(r"(?:由于|积极|争取|主动|努力|大力|全力|加强|加快|推动|督促|鼓励|引导|确保|力争|做好|抓好|切实|认真|及时|定期|配合|会同)")


def looks_like_unit(name: str) -> bool:
    """Whether ``name`` ends like an agency name (used to accept label-less wordings)."""
    n = strip_ws(name)
    if not n or len(n) > 40:
        return False
    if n[0].isdigit() or (_NOT_NAME_CHARS.search(n) and not _QUOTED_INSIDE.fullmatch(n)):
        return False
    if PROSE_START.match(n):  # 积极争取国家发展改革委（…支持）: an action on a body, not a body
        return False
    base = _drop_trailing_paren(n)
    if base.endswith("干部"):  # 各级领导干部 / 广大党员干部 (会议强调，各级领导干部要…): people, not a body
        return False
    if base.endswith(UNIT_SUFFIXES) or n.endswith(_COLLECTIVE_PARTS):
        return True
    if _MINISTRY_DEPARTMENT.match(base) or base.endswith("团中央"):  # 大气环境司, 国家发展改革委价格司
        return True  # (never 区司|法局); 共青团中央 / 团中央 (never 党中央)
    # A collective still ends like a name or a group (各乡镇（街道）, 各地): 各县人民政府对本行政区域
    # …质量 (…负责) and 各地各部门要 (…抓好落实) begin like one and are prose.
    return base in _BARE_COLLECTIVES and is_collective(n)


# A place's government closing a list of places written once for all (广州、深圳、珠海市人民政府 /
# 南宁、钦州市人民政府), and a place written bare before it (its level and suffix are the
# government's: the resolver reads 深圳 as 深圳市人民政府)
_PLACE_GOVERNMENT = re.compile(r"^[\u4e00-\u9fff]{1,10}?(?:自治州|自治县|自治旗|[省市县区州旗盟])(?:人民政府|政府|行政公署)$")
_BARE_PLACE = re.compile(r"^(?![各全本])[\u4e00-\u9fff]{2,6}$")
_LEVEL_ENDS = ("省", "市", "县", "区", "州", "旗", "盟")


def all_unit_like(text: str, units: list[Unit]) -> bool:
    """Whether every unit of a list read from ``text`` looks like one; places written bare before
    the government closing their list (深圳、珠海市人民政府, one 、 between each) count (深圳 alone
    is no name: the clause was dropped, every unit of it lost)."""
    chain = False  # whether the unit after this one is such a government or a place bare before it
    for k in range(len(units) - 1, -1, -1):
        u = units[k]
        joined = chain and strip_ws(text[u.end : units[k + 1].start]) == "、"
        if looks_like_unit(u.text):
            chain = _PLACE_GOVERNMENT.match(u.text) is not None or (
                joined and u.text.endswith(_LEVEL_ENDS) and _BARE_PLACE.match(u.text) is not None
            )
        elif joined and not u.portfolio and _BARE_PLACE.match(u.text):
            chain = True
        else:
            return False
    return True


# A ministry's department (司) has a name of two characters or more before 司: 价格司, 法规与标准司
_MINISTRY_DEPARTMENT = re.compile(r"^[\u4e00-\u9fff]{2,20}司$")


def _drop_trailing_paren(n: str) -> str:
    if n and n[-1] in CLOSE:
        depth = 0
        for i in range(len(n) - 1, -1, -1):
            c = n[i]
            if c in CLOSE:
                depth += 1
            elif c in OPEN:
                depth -= 1
                if depth == 0:
                    return n[:i]
    return n


@dataclass(slots=True)
class Unit:
    """One unit as found in a list; offsets are absolute into the text given to ``split_units``."""

    text: str  # whitespace removed, portfolio stripped
    start: int
    end: int  # includes the portfolio parenthetical
    portfolio: list[str] = field(default_factory=list)
    marker: str | None = None  # "lead" / "support" when written A（牵头） / A（配合）
    collective: bool = False


# remarks on a unit or its list, and the people answering for a unit (（责任人：王XX）)
_NOTE_RE = re.compile(r"下同|牵头|为主|首位|第一|排名|排序|列前|不分先后|按职责|责任人|联系人|负责人|[：:]")
_ALIAS_ENDS = ("局", "委", "办", "厅", "院", "室", "中心", "公司", "委员会", "办公室", "部", "管委会")
# 县委宣传部（挂县文明办牌子）, 县人社局（加挂县医保局牌子）: the second nameplate said in words
_PLATE_WORDS = re.compile(r"^(?:同时)?(?:加挂|增挂|挂)(.+?)(?:的)?牌子$")


def nameplate_names(content: str) -> list[str]:
    """The names a bracket after a unit holds when they are names of bodies (its other
    nameplates: 县委宣传部（县文明办）, （挂县文明办、县网信办牌子）), else [].

    >>> nameplate_names("挂县文明办牌子"), nameplate_names("生态环境、水利")
    (['县文明办'], [])
    """
    m = _PLATE_WORDS.match(content)
    items = [x for x in re.split(r"[、，,；;/]", m.group(1) if m else content) if x]
    if items and all(len(x) >= 3 and x.endswith(_ALIAS_ENDS) for x in items):
        return items
    return []


# A、B（共同牵头）: the mark on the last name is said of the names it closes, each a lead
_JOINT_LEAD = re.compile(r"^(?:共同|联合|并列|双)牵头(?:单位|部门)?$|^共同负责$")


def classify_paren(base: str, content: str) -> str:
    """What a trailing parenthetical is: ``portfolio``, ``alias``, ``lead``, ``support`` or ``name``.

    >>> classify_paren("区农林水与生态环境局", "生态环境、水利")
    'portfolio'
    >>> classify_paren("各乡镇", "街道")
    'name'
    """
    c = strip_ws(content)
    b = strip_ws(base)
    if c in LEAD_MARKERS:
        return "lead"
    if c in SUPPORT_MARKERS:
        return "support"
    if _JOINT_LEAD.match(c):
        return "joint"
    if _NOTE_RE.search(c):
        return "note"  # （列第一位的为牵头单位，下同）: a remark on the list, not part of a name
    if not c or c in _NAME_PARTS or not b:
        return "name"
    if is_collective(b) and not b.endswith(("局", "委", "部", "办", "厅", "院", "室", "中心")):
        return "name"
    if b.endswith(UNIT_SUFFIXES) and b[-1] not in "县区市镇乡":
        if nameplate_names(c):
            return "alias"  # 市生态环境局（市环委办）: another name of the same unit
        return "portfolio"
    return "name"


# after a gap wider than one space, a name that opens with no level (市民政局  云南电网玉溪供电局):
# not a role word, 等 or a bracket that belongs to the name before
_NOT_AFTER_GAP = set("等和及与牵负配协按为（(〔【[［")


def _wide_gap(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` is whitespace a writer puts between two names in a list (two spaces or
    more, a full-width space, a tab) and ``text[b]`` opens a name."""
    return (b - a >= 2 or text[a] in "\u3000\t") and "\u4e00" <= text[b] <= "\u9fff" and text[b] not in _NOT_AFTER_GAP


def split_units(text: str, offset: int, start: int = 0, end: int | None = None) -> list[Unit]:
    """Split the unit list ``text[start:end]``; ``offset`` is added to every position.

    Separators inside brackets do not split (``各县（市、区）``); ``党委、政府`` and
    ``牵头单位、责任单位`` pairs stay one unit; a trailing ``等`` is dropped.
    """
    if end is None:
        end = len(text)
    pieces: list[tuple[int, int]] = []
    depth = 0
    piece_start = start
    skip_to = start
    for t in _SPLIT_TOKENS.finditer(text, start, end):
        i = t.start()
        if i < skip_to:
            continue
        c = text[i]
        if c in OPEN or c == "“":  # 县“双随机、一公开”联席会议成员单位: one name
            depth += 1
        elif c in CLOSE or c == "”":
            depth = max(0, depth - 1)
        elif depth == 0:
            if c in LIST_SEPARATORS:
                pieces.append((piece_start, i))
                piece_start = i + 1
            else:
                # 区农业局 区环保局 / 区发改委和区财政局 / 市生态环境局/市水利局: split only
                # between two complete names, never inside an OCR-broken name such as
                # 农林水与生态环境 局 (nor at a slash in other text). A name's bracket closes one
                # too: 区城管局（牵头） 区商务局 (a cell's lines).
                j = i + 1
                while j < end and text[j] in " \u3000\t\n\r":
                    j += 1
                k = i - 1
                while k >= piece_start and text[k] in " \u3000\t\n\r":
                    k -= 1
                if k >= piece_start and (text[k] in _STRONG_END or text[k] in CLOSE) and j < end and (
                    text[j] in _UNIT_START or _wide_gap(text, k + 1, j)
                    or (c in "和及" and _PLACE_BODY.match(text, j, end) is not None)
                ):
                    pieces.append((piece_start, i))
                    piece_start = j
                    skip_to = j
                elif c in " \u3000\t\n\r":
                    # the rest of this run of blanks has the same name before and after it: the
                    # same answer (a long run was read once per blank, quadratic)
                    skip_to = j
    pieces.append((piece_start, end))

    units: list[Unit] = []
    for a, b in _unglued(text, pieces):
        u = _read_piece(text, a, b, offset)
        if u is None:
            continue
        if units and not u.portfolio and (_one_with_previous(units[-1], u.text) or _members_of_previous(text, offset, units[-1], u)):
            prev = units[-1]
            prev.end = u.end
            _merge_text(text, offset, prev)
            continue
        # (自治区驻: a stationed unit's 驻 stands within its first four characters)
        if "驻" in u.text[:4] and _STATIONED.match(u.text) and units and units[-1].text in _STATIONED_HEADS and not units[-1].portfolio:
            # 中央、省驻宜有关单位 / 中央、省、市驻县单位: the levels share the stationed units
            while len(units) > 1 and units[-2].text in _STATIONED_HEADS and not units[-2].portfolio:
                units.pop()
            prev = units[-1]
            prev.end = u.end
            _merge_text(text, offset, prev)
            continue
        units.append(u)
    _mark_joint_leads(units)
    return units


# Two names run together where OCR or a copy dropped the 、 between them (区经信局区财政局 /
# 镇卫生院各村（居）委会 / 区财政局（牵头）区发改委), or a PDF cell's lines were joined with no
# separator (市生态环境局市水务局): one name's last character, then a level that opens the next.
# 社区 / 城区 … (_WORDS_ACROSS) and 市场 / 区域 / 县域 … (_GLUE_NOT) go on inside one name; 各 opens a
# name of its own only before a level or a place (县安委会各成员单位 / 市政府各部门 are one).
_GLUE = re.compile(f"[{re.escape(''.join(sorted(_STRONG_END)) + CLOSE)}](?=[{''.join(sorted(_UNIT_START))}])")
_GLUE_NOT = ("市场", "区域", "县域", "市政公", "市政工", "乡村", "镇村", "各类", "各级", "各项")
_EACH_PLACE = frozenset("省市县区乡镇村街社园州盟旗嘎")
# (each cut point reads the piece's rest and its opened brackets: a longer piece, no unit list,
# took time quadratic in its length — 32,000 characters of 县公安局县公安局… 13 s)
_GLUE_PIECE_MAX = 240
_GLUE_MIN = 2  # (县委县政府: two bodies; 县委县政府督查室 is made one again as 县委、县政府督查室 is)


def _unglued(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pieces`` with each piece that holds two or more whole names run together cut apart."""
    # (one scan over the whole list first — the pieces are in order — as almost no list holds two
    # names run together: a piece's scan, in a narrower window, finds nothing this one does not)
    if not pieces or _GLUE.search(text, pieces[0][0], pieces[-1][1]) is None:
        return pieces
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        last = a
        if b - a > _GLUE_PIECE_MAX:
            out.append((a, b))
            continue
        for m in _GLUE.finditer(text, a + _GLUE_MIN - 1, b - _GLUE_MIN):
            i = m.end()
            if (
                text[i - 1 : i + 1] in _WORDS_ACROSS
                or text.startswith(_GLUE_NOT, i)
                or (text[i] == "各" and text[i + 1 : i + 2] not in _EACH_PLACE)
                or _opened(text, last, i)
            ):
                continue
            left, right = strip_ws(text[last:i]), strip_ws(text[i:b])
            if (
                min(len(left), len(right)) >= _GLUE_MIN
                and (len(left) > _GLUE_MIN or left[0] in _UNIT_START)  # 县委 / 市委, not a place's 南部 (南部县) or 海门 (海门区)
                and looks_like_unit(left)
                and looks_like_unit(right)
            ):
                out.append((last, i))
                last = i
        out.append((last, b))
    return out


def _opened(text: str, a: int, b: int) -> bool:
    """Whether a bracket opened in ``text[a:b]`` is not closed there (a cut inside 各县（市、区）)."""
    d = 0
    for c in text[a:b]:
        if c in OPEN:
            d += 1
        elif c in CLOSE:
            d -= 1
    return d > 0


def _mark_joint_leads(units: list[Unit]) -> None:
    """A、B（共同牵头），C: A and B lead, each by the mark after B (the names after the last mark
    before it, to it)."""
    first = 0
    for k, u in enumerate(units):
        if u.marker == "joint":
            for x in units[first : k + 1]:
                if x.marker in (None, "joint"):
                    x.marker = "lead"
        if u.marker is not None:
            first = k + 1
def _one_with_previous(prev: Unit, name: str) -> bool:
    """Whether the piece read as ``name`` is one unit with the unit before it (``prev``).

    Each pattern is tried only when a character every match holds is where it must stand (the
    first tests below): most pieces are whole names, and no pattern is run on them.
    """
    last = prev.text
    each = last.startswith("各")  # _BARE_LEVEL and _LEVEL_HEAD open with 各
    return bool(
        (name in _GENERIC_TAILS and last.endswith(_GENERIC_HEADS_END))
        # 各市、县人民政府 / 各县、区党委: one collective of two levels, not 各市 and a county
        or (each and _BARE_LEVEL.match(last) and (_LEVEL_BODY.match(name) or _ONE_LEVEL.match(name)))
        # (_PARTY_COMMITTEE ends with 委, before the end or a final line break)
        or ("委" in last[-2:] and _PARTY_COMMITTEE.match(last) and not prev.portfolio and _GOVERNMENT_OFFICE.match(name))
        or (name in _ROLE_TAILS and each and last.endswith(("单位", "部门")))
        # 各市（州）、县（市、区）人民政府 / 各盟行政公署、市人民政府: one collective of two levels
        or (each and _LEVEL_HEAD.match(last) and _LEVEL_BODY.match(name))
        # 各省、自治区、直辖市人民政府: the province-level kinds of a central plan's collective
        or (each and _PROVINCE_KIND.match(name) and not last.endswith("政府"))
    )


# a body with members (县安委会 / 市减灾委 / 领导小组 / 指挥部) and its 各成员单位 broken over a cell's
# lines or a blank: one collective, the members
_MEMBERS = ("各成员单位", "成员单位", "各成员")
_HAS_MEMBERS = ("会", "委", "小组", "指挥部")


def _members_of_previous(text: str, offset: int, prev: Unit, u: Unit) -> bool:
    """Whether ``u`` (各成员单位) names the members of ``prev`` written just before it, only a
    blank or a line break between (县安委会\n各成员单位: was 县安委会 and 各成员单位); after 、 they
    are two (the committee and its members)."""
    return (
        u.text in _MEMBERS
        and prev.text.endswith(_HAS_MEMBERS)
        and not prev.portfolio
        and not text[prev.end - offset : u.start - offset].strip()
    )


def _merge_text(text: str, offset: int, unit: Unit) -> None:
    """``unit`` extended over the pieces after it: its name is the whole span."""
    unit.text = strip_ws(text[unit.start - offset : unit.end - offset])
    unit.collective = unit.collective or is_collective(unit.text)


# 各市（州） / 各盟行政公署 before 县（市、区）人民政府 / 市人民政府: the first level of a collective
_LEVEL_HEAD = re.compile(r"^各[省市县区州盟旗乡镇](?:[（(][^）)]{1,8}[）)]|行政公署|人民政府)$")
_PROVINCE_KINDS = r"(?:自治区|直辖市|计划单列市|新疆生产建设兵团)"
_PROVINCE_KIND = re.compile(rf"^{_PROVINCE_KINDS}(?:[及和]{_PROVINCE_KINDS})*(?:人民政府|政府|党委)?$")
# 省驻宜有关单位 / 驻县单位: bodies stationed in the place, and the levels they belong to
_STATIONED = re.compile(r"^(?:自治区|自治州|[省市县区州])?驻")
_STATIONED_HEADS = frozenset({"中央", "省", "自治区", "市", "自治州", "县", "区", "州"})


_SPLIT_TOKENS = re.compile(r"[（(〔【\[［）)〕】\]］“”、，,；;/／\s\u3000和及]")
# A piece without any of these is a plain name and needs no further reading.
_NEEDS_WORK = re.compile(r"[\s\u3000（(〔【\[［）)〕】\]］等：:。\"“”'*＊★/／|｜]|按照?各?自?职|权限|职权|原则|根据|依据?照?职|分别|分头|共同|具体$|统一$|各自$")
# ... nor does one without a character of a leader's title (副县长王某 / 县水利局局长张某)
_TITLE_HINT = re.compile(r"[长记任理席常]")

# People listed among units (a ledger's 责任单位 cell: 县水利局、张某（副县长） / 副县长王某 /
# 县水利局局长张某): a leader's title before or after a name of one to three characters, or alone.
_TITLE = (
    r"(?:党组书记|党委书记|党工委书记|副?书记|常务副[省市县区州]长|副?[省市县区州镇乡]长|副?[局厅处科部]长"
    r"|股长|所长|站长|大?队长|副?院长|副?校长|副?主任|总?经理|董事长|副?主席|秘书长|[省市县区]委常委|常委)"
)
_GIVEN = r"[\u4e00-\u9fffXx×＊*]{1,3}"
_BARE_TITLE = re.compile(f"{_TITLE}$")  # 县委常委 / 副县长 (matched at the start, as the next two)
_TITLED = re.compile(f"(?:{_TITLE}[：:]?{_GIVEN}(?:同志)?|{_GIVEN}{_TITLE})$")  # 副县长王某 / 李某副县长
# 张某（副县长） / 王某某（县委常委、常务副县长）
_BRACKETED_PERSON = re.compile(
    f"{_GIVEN}[XxＸ×某]*(?:同志)?[（(](?:{_TITLE}(?:[、，,]{_TITLE})*|责任人|负责人|联系人)[)）]$"
)
# 县水利局局长张某: the unit, and its head named after it; a leader of the place's government or party
# committee (省政府副省长王某某, 市委书记王某某) answers for the place, and is no unit at all
_LEADER_OF_PLACE = re.compile(r"(?:常务)?副?[省市县区州镇乡]长|(?:党委|党工委)?副?书记|[省市县区]委常委|常委|秘书长")
_PERSON_TAIL = re.compile(f"(?<=[{''.join(sorted(_STRONG_END))}]){_TITLE}[：:]?{_GIVEN}(?:同志)?$")


# 县住建局/张某 (a 责任单位/责任人 column): after the slash, a name of two or three characters
_SLASHED_PERSON = re.compile(r"[/／][\u4e00-\u9fffXx×＊*]{2,3}$")


def _person(name: str) -> bool:
    """Whether a listed piece names a person (副县长王某 / 张某（副县长） / 县委常委), not a unit."""
    if _BARE_TITLE.match(name):
        return True
    held = _TITLED.match(name) or (name[-1] in "）)" and _BRACKETED_PERSON.match(name))
    return bool(held) and not looks_like_unit(_PORTFOLIO_TAIL.sub("", name))


#: Pieces already read: the piece's text -> (name, start and end relative to the piece,
#: portfolio, marker, collective), or None for no unit. ``_read_piece`` reads only the
#: characters between its bounds, so a piece reads the same wherever it stands; a plan names
#: the same units in list after list (seeds: 605 pieces, 181 distinct; 300 synthetic plans:
#: 52,152, 2,721 distinct). Emptied when it grows past the max.
_PIECES: dict[str, tuple[str, int, int, tuple[str, ...], str | None, bool] | None] = {}
_PIECES_MAX = 20_000


def _read_piece(text: str, a: int, b: int, offset: int) -> Unit | None:
    """The unit written in ``text[a:b]`` (offsets shifted by ``offset``), or None."""
    piece = text[a:b]
    read = _PIECES.get(piece, False)
    if read is False:
        if len(_PIECES) >= _PIECES_MAX:
            _PIECES.clear()
        u = _read_new_piece(piece)
        read = _PIECES[piece] = None if u is None else (u.text, u.start, u.end, tuple(u.portfolio), u.marker, u.collective)
    if read is None:
        return None
    name, start, end, portfolio, marker, collective = read
    return Unit(name, a + start + offset, a + end + offset, list(portfolio), marker, collective)


def _read_new_piece(text: str) -> Unit | None:
    """The unit written in ``text`` (a piece of a list), offsets relative to it, or None."""
    a, b = 0, len(text)
    if b > a and _NEEDS_WORK.search(text) is None:
        if _TITLE_HINT.search(text) is None or not (_person(text) or _PERSON_TAIL.search(text)):
            return Unit(text, a, b, [], None, _COLLECTIVE_RE.search(text) is not None)
    # trim whitespace and stray punctuation at both ends (a cell rule | of a table pasted as text:
    # 牵头单位：A | 配合单位：B)
    while a < b and (text[a].isspace() or text[a] in "：:。\"“”'|｜"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in "。\"“”'|｜"):
        if text[b - 1] == "”" and text.count("“", a, b - 1) > text.count("”", a, b - 1):
            break  # 村“两委”: the quote closes one the name opened
        b -= 1
    # ★区发改局: a star before the name marks the lead as one after it does (标★的为牵头单位)
    starred = b - a > 1 and text[a] in _LEAD_STARS
    while starred and a < b and (text[a] in _LEAD_STARS or text[a].isspace()):
        a += 1
    raw = text[a:b]
    m = _TRAIL_DUTY.search(raw)
    if m:
        b = a + m.start()
        raw = text[a:b]
    m = _TRAIL_ETC.search(raw)
    if m:
        b = a + m.start()
    while b > a and text[b - 1].isspace():
        b -= 1
    if b <= a:
        return None
    raw = text[a:b]
    name_end = b
    portfolio: list[str] = []
    marker: str | None = "lead" if starred else None
    # 省工业和信息化厅*: a star after a name marks the lead unit (the legend says 带*的为牵头单位)
    stripped = raw.rstrip()
    if len(stripped) > 1 and stripped[-1] in _LEAD_STARS:
        marker = "lead"
        name_end = a + len(stripped.rstrip(_LEAD_STARS))
        raw = text[a:name_end]
    # Peel trailing parentheticals: 区财政局（牵头）, 区农林水与生态环境局(生态环境、水利).
    for _ in range(2):
        stripped = raw.rstrip()
        if not stripped or stripped[-1] not in CLOSE:
            break
        close = a + len(stripped) - 1
        depth = 0
        open_at = -1
        for i in range(close, a - 1, -1):
            c = text[i]
            if c in CLOSE:
                depth += 1
            elif c in OPEN:
                depth -= 1
                if depth == 0:
                    open_at = i
                    break
        if open_at <= a:
            break
        base = text[a:open_at]
        content = text[open_at + 1 : close]
        kind = classify_paren(base, content)
        if kind == "name":
            break
        if kind == "portfolio":
            portfolio = [p for p in (strip_ws(x) for x in re.split(r"[、，,；;/]", content)) if p]
        elif kind in ("lead", "support", "joint"):
            marker = kind
        name_end = open_at
        raw = text[a:open_at]
        m = _TRAIL_ETC.search(raw)
        if m:
            name_end = a + m.start()
            raw = text[a:name_end]
    name = strip_ws(text[a:name_end])
    if not name:
        return None
    person = _SLASHED_PERSON.search(name)
    if person and looks_like_unit(name[: person.start()]) and not looks_like_unit(person.group()[1:]):
        name = name[: person.start()]  # 县住建局/张某: a unit and the person answering for it
        name_end = b = _end_of(text, a, len(name))
    if _TITLE_HINT.search(name):
        if _person(name):
            return None
        tail = _PERSON_TAIL.search(name)
        if tail and _LEADER_OF_PLACE.match(tail.group()):
            return None  # 省政府副省长王某某 / 市委书记王某某: a leader of the place, no unit
        if tail and looks_like_unit(name[: tail.start()]):
            name = name[: tail.start()]
            name_end = b = _end_of(text, a, len(name))
    return Unit(
        text=name,
        start=a,
        end=b,
        portfolio=portfolio,
        marker=marker,
        collective=is_collective(name),
    )


def _end_of(text: str, a: int, n: int) -> int:
    """Where the first ``n`` non-blank characters from ``text[a]`` end (a name typed with blanks)."""
    i = a
    while n:
        if not text[i].isspace():
            n -= 1
        i += 1
    return i


_LEAD_STARS = "*＊★"
_PORTFOLIO_TAIL = re.compile(r"[（(〔［\[]([^（()）〔〕［］\[\]]*)[）)〕］\]]\s*$")


@lru_cache(maxsize=8192)  # a plan names the same few dozen units over and over
def normalise_mention(s: str) -> str:
    """Canonical surface form of a mention: no whitespace, full-width brackets, no portfolio.

    >>> normalise_mention("区农林水与生态环境 局(生态环境、水利)")
    '区农林水与生态环境局'
    >>> normalise_mention("各县(市、区)党委、政府")
    '各县（市、区）党委、政府'
    """
    n = strip_ws(s).replace("(", "（").replace(")", "）")
    if len(n) > 1 and (n[-1] in _LEAD_STARS or n[0] in _LEAD_STARS):  # 省工业和信息化厅* / ★省工业和信息化厅 (the lead)
        n = n.strip(_LEAD_STARS)
    n = _TRAIL_ETC.sub("", n)
    for _ in range(2):  # as split_units peels: 县政府办（县大数据中心）（牵头）
        m = _PORTFOLIO_TAIL.search(n)
        if not m or classify_paren(n[: m.start()], m.group(1)) == "name":
            break
        n = n[: m.start()]
        n = _TRAIL_ETC.sub("", n)
    return n
