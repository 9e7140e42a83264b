"""The units of one phrase when they are not a plain list before its verb.

Units around a verb (``A协调B``, ``A督促各乡镇``), collectives that name nobody (``_UNNAMED``),
leaders and staff named where units would be, what a phrase's pattern took for units that holds
a verb or a partner's action (``_verb_in_units``, ``_partner_acts``), and where the verb begins
(``_find_verb_end``).
"""

from __future__ import annotations

import re

from respgraph.grammar.labels import _sp
from respgraph.grammar.placed_units import named_township, placed
from respgraph.grammar.roles import _CLAUSE_VERB
from respgraph.grammar.units import looks_like_unit, split_units


def _units_around_coordinate(text: str, a: int, b: int) -> list | None:
    """The units of ``text[a:b]`` written ``A协调B`` (市通信发展管理办公室协调各通信运营企业 of
    …配合实施: a verb between units, read into one name before), both lists looking like units; else None."""
    k = text.find("协调", a, b)
    if k <= a:
        return None
    units = split_units(text, 0, a, k) + split_units(text, 0, k + 2, b)
    if len(units) < 2 or not all(looks_like_unit(u.text) for u in units):
        return None
    return units


# A body passing the matter on to another, which handles it for it (由市秦岭保护局转交属地区县政府核查处理 /
# 由市生态环境局移送市公安局依法查处 / 问题线索由市信访局交由市住建局办理; 转 / 交 / 送 / 移 alone between
# a body's name and a place's: 由市信访局转市住建局办理, was one unit 市信访局转市住建局; 由A交B办理 /
# 由A送B审核 / 由A移B处理 alike (市公安局交警支队, 市交通运输局: no place after the verb, a name's own word)
_HANDOVER = re.compile(r"转\s*交|移\s*交|交\s*由|转\s*办|移\s*送|转\s*送|(?<=[局委办府厅室心院])[转交送移](?=[省市县区州旗盟各属])")


def _units_around_handover(text: str, a: int, b: int) -> list | None:
    """The units of ``text[a:b]`` written ``A转交B`` (of 由A转交B核查处理: read as one name before):
    A, given the matter, leads; B, handed it, handles it for A and supports. Both named bodies of a
    place (B may be the places, 属地区县政府 / 各区县政府); else None."""
    for m in _HANDOVER.finditer(text, a + 1, b):
        over, them = split_units(text, 0, a, m.start()), split_units(text, 0, m.end(), b)
        if not (over and them and all(looks_like_unit(u.text) and placed(u) and not u.collective for u in over)
                and all(looks_like_unit(u.text) and (placed(u) or u.collective) for u in them)):
            continue
        for u in over:
            u.marker = u.marker or "lead"
        for u in them:
            u.marker = u.marker or "support"
        return over + them
    return None


# A named body's verb over the places that do the work (县政府督促各乡镇抓好落实 / （县农业农村局组织
# 各乡镇抓好落实） / 市教育局指导各县区抓好落实)
_OVER_COLLECTIVE = re.compile(r"督\s*促\s*指\s*导|指\s*导\s*督\s*促|督\s*促|指\s*导|组\s*织|推\s*动")


def _units_over_collective(text: str, a: int, b: int, first: bool) -> list | None:
    """The units of ``text[a:b]`` written ``A督促各乡镇`` (of 县政府督促各乡镇抓好落实: read as one
    name before): A, a named body, sees to the work the collective after its verb carries out,
    as 负责落实 does (support). A leads when its phrase opens the clause; after a lead's phrase
    (A负责，B督促各乡镇抓好落实) it works with that lead. None when the text is not so written."""
    for m in _OVER_COLLECTIVE.finditer(text, a + 1, b):  # (the verb's words in a name: 县委组织部督促各乡镇)
        if m.group()[0] == "组" and not text.startswith(_BODY_FIRST, m.end()):
            continue  # 县委组织部组织县直各单位…: the 组织 of the name, 部 after it
        # (A要督促各乡镇…: 要 is no part of A's name, was one unit 县农业农村局要指导各乡镇)
        over_end = m.start() - 1 if text[m.start() - 1] in "要应" and m.start() - 1 > a else m.start()
        over, them = split_units(text, 0, a, over_end), split_units(text, 0, m.end(), b)
        if not (over and them and all(looks_like_unit(u.text) and not u.collective for u in over)):
            continue
        if all(u.collective or named_township(u) for u in them):
            # (…指导小溪塔街道、龙泉镇…: townships by their names, as the places of 各乡镇)
            return _over_and_them(over, them, first)
        if m.group()[0] == "组" and any(not u.collective for u in them) and all(organised_body(u) for u in them):
            # 县应急局组织县住建局、县交通局等成员单位开展联合检查: A organises the work, the bodies it
            # gathers support it (was no clause, or one unit 县应急局组织县住建局)
            return _over_and_them(over, them, first)
        if not (_SEES_TO.fullmatch(m.group()) and all(placed(u) for u in over)):
            continue
        if _market_bodies(them):
            # 县政府督促企业抓好落实: the businesses A sees to are no units of the task, A does it
            # (was one unit 县政府督促企业)
            return _over_and_them(over, [], first)
        if all(looks_like_unit(u.text) and placed(u) and not _BUSINESS.search(u.text) for u in them):
            # 市政府督促县住建局抓好落实: A sees to it, the named body carries it out, as the places
            # do after A督促各乡镇 (was one unit 市政府督促县住建局)
            return _over_and_them(over, them, first)
    return None


# how the name of a body of a place, or a collective, begins
_BODY_FIRST = tuple("省市县区州盟旗乡镇各")
_BUSINESS = re.compile(r"(?:企业|公司|单位|机构)$")  # (辖区企业: a place's word, a business all the same)


def _over_and_them(over: list, them: list, first: bool) -> list:
    """``over`` (the bodies that direct the work) lead when their list comes first in the
    clause, ``them`` (the bodies they direct) support; a role already marked stays."""
    for u in over:
        u.marker = u.marker or ("lead" if first else None)
    for u in them:
        u.marker = u.marker or "support"
    return over + them


def organised_body(u) -> bool:
    """Whether ``u`` is a body of a place another gathers to do the work (县住建局 / 各乡镇), not a
    business (辖区企业) nor a body of no place (施工单位)."""
    if u.collective:
        return placed(u) or _GOV_COLLECTIVE.search(u.text) is not None
    return placed(u) and looks_like_unit(u.text) and not _BUSINESS.search(u.text)


# a collective of government bodies named by no place (各成员单位 / 各有关部门 / 县直各单位)
_GOV_COLLECTIVE = re.compile(r"(?:部门|成员单位|[有相]关单位|直各单位|直单位)$")


_SEES_TO = re.compile(r"督\s*促(?:\s*指\s*导)?|指\s*导\s*督\s*促")


def _market_bodies(units: list) -> bool:
    """Whether ``units`` are bodies of no place and no collective (企业 / 施工单位 / 医疗机构):
    those a government body sees to, not bodies of the government."""
    return all(looks_like_unit(u.text) and not u.collective and (not placed(u) or _BUSINESS.search(u.text)) for u in units)


# Collectives that name no body, level or place (各地 / 各级 / 各方 / 各部门 / 有关单位 /
# 各地各部门): a sentence naming only them states how work is shared, as prose does; in a
# bracket after a task they are its units all the same
_UNNAMED = re.compile(r"(?:各\s*(?:地区?|级|方|部门|单位|(?:有关|相关|责任|成员)\s*(?:部门|单位))|(?:有关|相关)\s*(?:部门|单位))+")


# A leader named by title and name: 省政府副省长王某某 / 市委常委、副市长李XX / 县长张三同志;
# or by title alone: 市政府分管副市长 / 县委常委、组织部长 / 县委副书记 / 分管领导 / 主要负责同志
# staff, not bodies: 驻镇农技人员 / 包村干部 / 驻村工作队员 / 网格员
_PEOPLE = re.compile(r"(?:人员|干部|队员|网格员|联络员|志愿者|专家)$")
_LEADER_TITLES = r"省长|市长|县长|区长|州长|镇长|乡长|书记|秘书长|常委|部长"
_LEADER_BY_NAME = _LEADER_TITLES + r"|主任|主席"  # (before the leader's name)
_LEADER_BY_TITLE = _LEADER_TITLES + r"|盟长|旗长|分管领导|主要领导|负责同志"
_LEADER_NAMED = re.compile(r"(?:" + _LEADER_BY_NAME + r")[\u4e00-\u9fff某XＸ×*＊]{2,4}$|(?:" + _LEADER_BY_TITLE + r")$")
# a title _LEADER_NAMED needs, anywhere (read.may_read: a phrase without one names no leader)
_LEADER_WORD = re.compile(_LEADER_BY_NAME + r"|" + _LEADER_BY_TITLE)


_VERB_AT_END: dict[str, re.Pattern[str]] = {}


def _find_verb_end(text: str, ua: int, pb: int, verb: str) -> int | None:
    """Position in ``text[ua:pb]`` where the verb of the phrase begins (whitespace tolerant).

    The last time it is written: 各乡镇按照“谁主管、谁负责”原则负责 quotes it before.
    """
    pattern = _VERB_AT_END.get(verb)
    if pattern is None:
        pattern = _VERB_AT_END[verb] = re.compile(r"(?s:.*)(" + _sp(verb) + r")[^，,；;]*$")
    m = pattern.match(text, ua, pb)
    return None if m is None else m.start(1)


def _partner_acts(units: str) -> bool:
    """Whether what a phrase's pattern took for its units is A会同B and an action (县财政局会同县
    税务局做好减税降费政策 before 落实), not A会同B alone (A会同B落实: the units, read as such)."""
    _, hui, after = units.partition("会同")
    if not hui:
        return False
    listed = split_units(after, 0)
    return not (listed and all(looks_like_unit(u.text) for u in listed))


def _verb_in_units(units: str) -> bool:
    """Whether what a phrase's pattern took for its units holds a clause verb (县审计局负责审计 before
    监督), or 按职责做好 where they are then no list of units (各县区按职责做好 before 落实; …按照各自
    职责 before 抓好落实 is one)."""
    if _CLAUSE_VERB.search(units):
        return True
    if "职" not in units:
        return False
    listed = split_units(units, 0)
    return not (listed and all(looks_like_unit(u.text) for u in listed))
