"""The bracket after a unit's name: what it holds (``classify_paren``: a portfolio, another
nameplate, a lead or support mark, a remark, part of the name), the nameplates it names, and
the canonical form of a mention with its brackets peeled (``normalise_mention``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from respgraph.grammar.units.names import is_collective
from respgraph.grammar.units.words import _LEAD_STARS, _TRAIL_ETC, UNIT_SUFFIXES, full_width_brackets, strip_ws

# A trailing parenthetical with these contents is part of the name, never a portfolio.
_NAME_PARTS = {
    "办", "街道", "乡镇", "镇", "乡", "区", "县", "市", "市、区", "县、区", "县、市、区", "县（市、区）",
    "市、县、区", "区、县", "县市区", "市县区", "场", "管委会", "园区", "开发区", "新区", "社区",
    "党组", "党委", "党工委", "党组织",  # 各级党委（党组）: one collective, not a portfolio
}
LEAD_MARKERS = {"牵头", "牵头单位", "牵头部门", "总牵头", "负责", "主责", "主办"}
SUPPORT_MARKERS = {"配合", "配合单位", "协助", "协办", "参与"}

# remarks on a unit or its list, and the people answering for a unit (（责任人：王XX）)
_NOTE_RE = re.compile(r"下同|牵头|为主|首位|第一|排名|排序|列前|不分先后|按职责|责任人|联系人|负责人|[：:]")
_ALIAS_ENDS = ("局", "委", "办", "厅", "院", "室", "中心", "公司", "委员会", "办公室", "部", "管委会")
# 县委宣传部（挂县文明办牌子）, 县人社局（加挂县医保局牌子）: the second nameplate said in words
_PLATE_WORDS = re.compile(r"^(?:同时)?(?:加挂|增挂|挂)(.+?)(?:的)?牌子$")
# the plan's own short name for the body (（以下简称“市房管局”）): that name, not the words defining it
# (was recorded as the alias 以下简称市房管局)
_SHORT_NAME_WORDS = re.compile(r"^(?:以下|下文)?(?:简称|称)[“\"'「]?(.+?)[”\"'」]?$")


def nameplate_names(content: str) -> list[str]:
    """The names a bracket after a unit holds when they are names of bodies (its other
    nameplates: 县委宣传部（县文明办）, （挂县文明办、县网信办牌子）), else [].

    A 原 before the first name is said of every name of the list (（原市国土资源局、市规划局）: both
    the former names of the body, each a predecessor, not the second a nameplate of today's).

    >>> nameplate_names("挂县文明办牌子"), nameplate_names("生态环境、水利")
    (['县文明办'], [])
    >>> nameplate_names("原市国土资源局、市规划局")
    ['原市国土资源局', '原市规划局']
    >>> nameplate_names("以下简称“市房管局”")
    ['市房管局']
    """
    if d := _SHORT_NAME_WORDS.match(content):
        content = d.group(1)
    m = _PLATE_WORDS.match(content)
    items = [x for x in re.split(r"[、，,；;/]", m.group(1) if m else content) if x]
    if items and all(len(x) >= 3 and x.endswith(_ALIAS_ENDS) for x in items):
        if items[0].startswith("原"):
            return [x if x.startswith("原") else "原" + x for x in items]
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


_PORTFOLIO_TAIL = re.compile(r"[（(〔［\[]([^（()）〔〕［］\[\]]*)[）)〕］\]]\s*$")


@lru_cache(maxsize=8192)  # a plan names the same few dozen units over and over
def normalise_mention(s: str) -> str:
    """Canonical surface form of a mention: no whitespace, full-width brackets, no portfolio.

    >>> normalise_mention("区农林水与生态环境 局(生态环境、水利)")
    '区农林水与生态环境局'
    >>> normalise_mention("各县(市、区)党委、政府")
    '各县（市、区）党委、政府'
    """
    n = full_width_brackets(strip_ws(s))
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
