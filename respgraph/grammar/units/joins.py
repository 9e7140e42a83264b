"""Pieces of a list that are one unit with the one before them (各乡镇（办）党委、政府;
各市、县人民政府; 县委、县政府督查室; 县安委会 各成员单位; 中央、省驻宜有关单位), and the names
a joint-lead mark (A、B（共同牵头）) is said of.
"""

from __future__ import annotations

import re

from respgraph.grammar.units.names import REGION_EACH, is_collective
from respgraph.grammar.units.words import Unit, strip_ws

# Words that form one unit with the piece before them: 各乡镇（办）党委、政府; 各牵头单位、责任单位.
_GENERIC_TAILS = {"政府", "人民政府", "管委会", "管理委员会", "党工委", "办事处"}
_GENERIC_HEADS_END = ("党委", "党工委", "政府", "管委会")
# 各牵头单位、责任单位: one collective (every unit named anywhere in the plan).
_ROLE_TAILS = {"责任单位", "配合单位", "协办单位", "参与单位", "成员单位", "责任部门", "配合部门"}

# 各市、县、自治县 / 各州、市: the levels of a collective written apart, before their bodies; the
# streets are a level of their own (各街道、镇 / 各镇、街道 in a 分工表 cell: one collective, every
# street and every town, as 各乡、镇 is; was 各街道 and a unit 镇)
_LEVEL_WORD = r"(?:自治县|自治州|街道|[省市县区州盟旗乡镇])"
_BARE_LEVEL = re.compile(rf"^各{_LEVEL_WORD}(?:、{_LEVEL_WORD})*$")
_ONE_LEVEL = re.compile(rf"^{_LEVEL_WORD}$")
# (a bracket after the body names the zones' committees counted with the governments: 各市、区人民政府
# （管委会）, as Jiangsu writes its county-level cities, districts and zones; was 各市 and a unit 区人民政府（管委会）)
_LEVEL_BODY = re.compile(
    rf"^{_LEVEL_WORD}(?:[（(][^）)]{{1,8}}[）)])?(?:人民政府|政府|党委|党委和政府|党委和人民政府|党委、政府)(?:[（(][^（）()]{{1,10}}[）)])?$"
)
# 县委、县政府督查室 / 市委、市政府信访局: one office of the party committee and the government
# (县委县政府督查室), not 县委 and an office of the government; but 县委、县政府办公室 are the
# two general offices (两办) and 县委、县政府 the two bodies, each named.
_PARTY_COMMITTEE = re.compile(r"^(?!团)(?:中共)?[^、，（）()]{0,10}?[省市区县州旗盟]委$")
_GOVERNMENT_OFFICE = re.compile(r"^[^、，（）()]{0,10}?[省市区县州旗盟](?:人民)?政府(?!办)[^、，（）()]+$")


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
    # 关中各市、区 / 沿江各市、县: the levels of a collective within a region written before it
    levels = last[m.end() - 1 :] if not each and "各" in last[:5] and (m := REGION_EACH.match(last)) else last
    return bool(
        (name in _GENERIC_TAILS and last.endswith(_GENERIC_HEADS_END))
        # 各市、县人民政府 / 各县、区党委: one collective of two levels, not 各市 and a county
        or (levels.startswith("各") and _BARE_LEVEL.match(levels) and (_LEVEL_BODY.match(name) or _ONE_LEVEL.match(name)))
        # (_PARTY_COMMITTEE ends with 委, before the end or a final line break)
        # (政府 first: _GOVERNMENT_OFFICE needs it, and most names after a 委 are no government's)
        or ("委" in last[-2:] and "政府" in name and _PARTY_COMMITTEE.match(last) and not prev.portfolio and _GOVERNMENT_OFFICE.match(name))
        or (name in _ROLE_TAILS and each and last.endswith(("单位", "部门")))
        # 各市（州）、县（市、区）人民政府 / 各盟行政公署、市人民政府: one collective of two levels
        or (each and _LEVEL_HEAD.match(last) and _LEVEL_BODY.match(name))
        # 各省、自治区、直辖市人民政府: the province-level kinds of a central plan's collective
        or (each and _PROVINCE_KIND.match(name) and not last.endswith("政府"))
        # 各市州、县市区人民政府 / 各市（州）、县（市、区）林业主管部门 / 各市、县教育行政部门: the bodies of
        # every place of two levels, the higher first (were 各市州 and a body of a place 县市区)
        # (written without 各 before governments: 市州、县市区人民政府, a province's 市、县人民政府; or
        # before departments of counties: 市州、县市区水利部门, was 市州 and a body of a place 县市区)
        or ((each or name.endswith("政府") or (name.endswith("部门") and name[0] not in "乡镇"))
            and _levels_then_lower_body(last, name))
    )


# 各市州 / 各市（州） / 各市: a collective's first levels alone; 县市区 / 县（市、区） / 县 opening the
# body named for them and the levels below; the rank of each level (a county's 各乡镇、县自然资源局 is two
# units: the body's place is above the towns; 县直 / 市直 opens the departments of one place)
_HEAD_LEVELS = re.compile(r"^各?(?:[市州盟县区旗乡镇]{1,3}|[市州盟县区旗](?:[（(][市州盟县区旗乡镇、]{1,6}[）)]))$")
_LOWER_BODY = re.compile(r"^[县区旗乡镇市]{1,3}(?:[（(][市县区旗乡镇、]{1,6}[）)])?(?![直属])[\u4e00-\u9fff]{2,}")
_RANK = {"市": 2, "州": 2, "盟": 2, "县": 3, "区": 3, "旗": 3, "乡": 4, "镇": 4}


def _levels_then_lower_body(last: str, name: str) -> bool:
    """Whether ``last`` is a collective's levels alone (各市州) and ``name`` the body of them and a
    lower level (县市区人民政府): one collective (各市州、县市区人民政府)."""
    if not _HEAD_LEVELS.match(last) or not _LOWER_BODY.match(name):
        return False
    return _RANK[name[0]] > max(_RANK.get(c, 0) for c in last)


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
