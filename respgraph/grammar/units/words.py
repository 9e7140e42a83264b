"""The vocabulary of unit lists every other module of ``units`` reads with: brackets, list
separators, the endings of agency names, the words "by their duties" (``DUTY_WORDS``), a
trailing 等…, ``strip_ws`` and the ``Unit`` a list is read into.

Kept below all the readers so that each can share these without importing another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

OPEN = "（(〔【[［"
CLOSE = "）)〕】]］"
BRACKETS = OPEN + CLOSE

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
    "纪检组",  # ... written short in the department's own plan (驻局纪检组监督)
    # a department's party branches (机关一支部 / 监测站支部 / 各党支部), its own plan's units
    "支部",
    # 县委巡察组 / 省委巡视组 / 市政府督查组 / 专项工作组 / 燃气安全整治工作专班: the groups a plan
    # sets up to carry out or check the work
    "巡察组", "巡视组", "督查组", "督导组", "工作组", "工作专班",
    # places of the autonomous regions, as 市/县 are: 伊犁州 / 湘西州, 阿拉善盟, 鄂托克旗
    "州", "盟", "旗",
    # the towns and 街道 of a district written as one (各镇街配合 / 属地镇街负责): 街镇 ends in 镇
    # already (a clause naming 各镇街 was dropped whole, its named units with it)
    "镇街",
    # state forest farms, farms and ranches a county's or 林区's plan names beside its towns
    # (各乡镇、国有林场配合 / 县国有林场总场 / 巴彦嵯岗林场 / 御道口牧场): the clause was dropped whole
    "林场", "农场", "牧场", "团场",
    # a railway bureau's sections and a meteorological observatory, as plans on railway safety,
    # floods or fires name them beside bureaus (柳州工务段 / 准格尔车务段 / 南宁局集团公司柳州供电段 /
    # 县气象台): a clause naming one was read as no clause at all ("段" alone would take 路段 / 河段)
    "车务段", "工务段", "电务段", "供电段", "机务段", "车辆段", "客运段", "工电段", "桥工段", "气象台",
    # mass organisations written short (县社科联 / 县台联 / 县计生协 / 县消协 / 县作协) and a regulator's
    # county group (光山银保监组 / 信阳银保监分局光山监管组): （县社科联牵头，…配合） was no clause
    "社科联", "台联", "计生协", "消协", "作协", "监管组", "银保监组",
    # a town's people's congress (镇人大: its 主席团 ends 团 already) and the rural banks written short
    # (镇农商行 / 县农发行): （镇人大牵头，…配合） was no clause
    "人大", "农商行", "农发行",
)
# Characters an agency name ends with, for the cheap test used when splitting on spaces or 和.
NAME_END_CHARS = set("局委办部院厅室心司府会队所站社署处门位")  # 门/位: 有关部门, 相关单位
# How a jurisdiction-qualified unit name begins (used to split ``区农业局 区环保局``).
UNIT_START_CHARS = set("省市区县镇乡各")

# …等 / …等有关部门 / 南昌市、九江市等设区市人民政府 (the kind of body the named places stand for)
# / …等12个行政执法部门 (a count of the bodies the list stands for) / …等市环委会成员单位
_TRAIL_ETC = re.compile(
    # (…等市级有关执法部门 / …等有关职能部门: the level and the kind of the bodies too; a central
    # plan's …等国家有关部门 / a region's …等自治区有关部门, the level as a central or regional
    # document writes it: was read into the last ministry's name)
    # (…等区直属行政执法部门 / …等相关区直部门 / …等区直综合执法部门: the level written 直属 or 属, or
    # after 相关, and a 综合 kind, as 等区直行政执法部门 is: were read into the last body's name)
    r"\s*等\s*(?:(?:相\s*关|有\s*关|其\s*他)\s*(?=[省市县区]\s*[直级属]))?"
    r"(?:(?:(?:[省市县区]\s*(?:直\s*属?|级|属)|国\s*家|中\s*央|自\s*治\s*区\s*[直级]?)\s*)?(?:各\s*)?(?:相\s*关|有\s*关|其\s*他)?\s*"
    r"(?:执\s*法|职\s*能|监\s*管|(?:综\s*合\s*)?(?:行\s*政\s*)?执\s*法|行\s*业\s*主\s*管|主\s*管)?\s*(?:单\s*位|部\s*门)"
    r"|(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*个\s*[^、，,；;等\d]{0,8}?(?:单\s*位|部\s*门)"
    r"|(?<=[市县区州盟旗镇乡]等)[^、，,；;等]{0,8}?(?:人民政府|政府)"
    # 高新区、经开区、临港区等各功能区 / …等开发区 / …等重点园区: the kind of zone the named zones stand
    # for (was read into the last one's name, 临港区等各功能区, and the list no units)
    r"|(?<=区等)\s*(?:各\s*)?[^、，,；;等]{0,4}?(?:功\s*能\s*区|园\s*区|开\s*发\s*区|片\s*区)"
    # …等市人才工作领导小组成员单位: the group the named units stand for
    r"|[^、，,；;等]{0,20}?成\s*员\s*(?:单\s*位|部\s*门)"
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


def skip_ws(text: str, i: int, hi: int) -> int:
    """The first position from ``i`` (up to ``hi``) that is no blank or line break."""
    while i < hi and text[i] in " \u3000\t\r\n":
        i += 1
    return i


def strip_ws(s: str) -> str:
    """Remove all whitespace, OCR spaces and line breaks included."""
    # (str.split cuts at the blanks the pattern [\s\u3000\u00a0]+ matched — \s is str.isspace,
    # which holds \u3000 and \u00a0 — three times as fast on a short name: ~120 calls per plan)
    return "".join(s.split())


def display_width(s: str) -> int:
    """Columns ``s`` takes on a fixed-width screen, a CJK character or a full-width blank two:
    how a table or a list copied as text lines its columns up. (clean.columns._width reads Unicode
    East Asian Width instead: the same on Chinese text, full-width forms and ASCII; halfwidth forms
    and private-use glyphs are two columns here, one there.)

    >>> display_width("县工信局"), display_width("\u3000 12")
    (8, 5)
    """
    return sum(2 if ord(c) >= 0x2E80 else 1 for c in s)


_HALF_BRACKETS = str.maketrans("()", "（）")


def full_width_brackets(name: str) -> str:
    """A name's brackets as the canonical surface form writes them (各乡镇(街道) -> 各乡镇（街道）):
    a mention is its name so written (``normalise_mention``), whatever width the plan typed, and
    its span points at the text as written."""
    return name.translate(_HALF_BRACKETS) if "(" in name or ")" in name else name


@dataclass(slots=True)
class Unit:
    """One unit as found in a list; offsets are absolute into the text given to ``split_units``."""

    text: str  # whitespace removed, portfolio stripped
    start: int
    end: int  # includes the portfolio parenthetical
    portfolio: list[str] = field(default_factory=list)
    marker: str | None = None  # "lead" / "support" when written A（牵头） / A（配合）
    collective: bool = False


_LEAD_STARS = "*＊★"


def matching_open(text: str, close: int, lo: int = 0) -> int:
    """Where the bracket closing at ``close`` opens, looking back no further than ``lo``; -1
    when it opens before ``lo`` (or never)."""
    depth = 0
    for i in range(close, lo - 1, -1):
        c = text[i]
        if c in CLOSE:
            depth += 1
        elif c in OPEN:
            depth -= 1
            if depth == 0:
                return i
    return -1
