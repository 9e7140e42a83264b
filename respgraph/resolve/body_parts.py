"""The parts of a named body written after its name: its divisions (市生态环境局大气科), a county's
eco units (县生态环境局监测站), a commission's standing office (市委财经委办公室) and its leadership
(局党组, 局务会).

Each reader resolves the body's own name first, so it takes the resolver (``core.resolve_name``,
memoised) as a parameter: this module holds no cache and does not import ``core``, which calls it.
"""

from __future__ import annotations

import re
from typing import Protocol

from respgraph.registry import Registry
from respgraph.resolve.division_names import (
    _AFFILIATED,
    _COMMISSION_OFFICE,
    _GROUP,
    _HEAD_END,
    _NAMED_DIVISION,
    _PARTY_COMMISSION,
    _STANDING_OFFICE_OF,
    _is_department,
    _part_of,
)
from respgraph.resolve.places import Chain, Resolved


class Resolver(Protocol):
    """``core.resolve_name``: what a unit name resolves to in a chain (with its portfolio, and
    whether it is a collective)."""

    def __call__(self, reg: Registry, text: str, chain: Chain, portfolio: tuple[str, ...], collective: bool) -> Resolved: ...


def named_division(reg: Registry, t: str, chain: Chain, resolve_name: Resolver) -> Resolved | None:
    """A division written after its department's name, in any plan (市生态环境局大气科, 省财政厅债务
    管理处, 市发展改革委价格科, 国家能源局电力司), or None: the head must be a department of a named
    place (市政府办公室, 县委办公室, 区人大常委会办公室 stay whole, and so do the standing office of a
    committee or headquarters, 市安全生产委员会办公室 / 市防汛抗旱指挥部办公室, a body of its own).
    A group of its divisions (省生态环境厅各处室) is its collective; a unit that names no field
    (市生态环境局执法支队, 信息中心) its division as in its own plan (but 市公安局交警支队,
    县自然资源局城关自然资源所 name theirs and stay whole)."""
    for m in reversed(list(_HEAD_END.finditer(t))):  # the longest head: 县纪委监委|第一监督检查室, not 县纪委|监委…
        tail = t[m.end() :]
        if tail in _ECO_UNITS and (unit := _written_eco_unit(reg, t[: m.end()], tail, chain, resolve_name)):
            return unit
        if tail == "办公室" and (t[: m.end()].endswith(_STANDING_OFFICE_OF) or _PARTY_COMMISSION.search(t[: m.end()])) or "驻" in t[: m.end()]:
            continue  # (县纪委监委驻县卫健局|纪检监察组: the group is 纪委监委's, stationed there)
        if t[: m.end()].endswith("分局") and _AFFILIATED.match(tail):
            # 市生态环境局泰和分局生态环境监测站 / …分局生态环境保护综合行政执法大队: a unit naming its field
            # under the county's eco branch is the county's unit, as 县生态环境监测站 is (was the city's
            # body 生态环境局泰和分局生态环境监测站); one naming none (…分局监测站) stays the branch's division
            head = resolve_name(reg, t[: m.end()], chain, (), False)
            if head.parent and head.kind == "agency" and head.jurisdiction:
                county = chain[chain.index(head.jurisdiction) :] if head.jurisdiction in chain else tuple(reg.ancestors(head.jurisdiction))
                unit = resolve_name(reg, tail, county, (), False)
                if unit.known and unit.jurisdiction == head.jurisdiction:
                    return unit
        if not _NAMED_DIVISION.match(tail) and not (_AFFILIATED.match(tail) and not resolve_name(reg, tail, chain, (), False).known):
            continue
        head = resolve_name(reg, t[: m.end()], chain, (), False)
        if head.explicit and _is_department(head):
            return _part_of(head, tail, "collective" if _GROUP.match(tail) else "division")
    return None


# A county's eco body's units written with no field (市生态环境局泰和分局监测站, 县生态环境局执法大队) are
# the county's station and squad, one body each however written (县生态环境监测站, 泰和生态环境监测站,
# 市生态环境保护综合行政执法支队泰和大队): the 2016-19 vertical-management reform moved the county's
# monitoring station up with its bureau to become the city bureau's branch's (现有县级环境监测机构…随
# 县级环保局一并上收到市级), and the 2019 enforcement reform made its squad the 生态环境保护综合行政执法
# 大队 (were divisions of the branch, 泰和县/生态环境局/监测站, beside the station). Only a county's or a
# district's: a city's station went to the province (省生态环境厅驻市监测站), and other bureaus'
# units stay their divisions.
_ECO_COUNTY_UNITS = {
    "监测站": "生态环境监测站", "执法大队": "生态环境保护综合行政执法大队",
    "综合执法大队": "生态环境保护综合行政执法大队", "综合行政执法大队": "生态环境保护综合行政执法大队",
}
# A city's: its enforcement detachment, which the 2019 reform made the city bureau's 生态环境保护综合行政
# 执法支队 (its station is the province's, above), written with no field (市生态环境局执法支队) or in full
# after the bureau, is that one body (were 吉安市/生态环境局/执法支队 and 吉安市/生态环境局生态环境保护综合行政
# 执法支队 beside 吉安市/生态环境保护综合行政执法支队, three ids for the one detachment).
_ECO_CITY_UNITS = {
    "执法支队": "生态环境保护综合行政执法支队", "综合执法支队": "生态环境保护综合行政执法支队",
    "综合行政执法支队": "生态环境保护综合行政执法支队", "生态环境保护综合行政执法支队": "生态环境保护综合行政执法支队",
}
_ECO_UNITS = {**_ECO_COUNTY_UNITS, **_ECO_CITY_UNITS}


def _written_eco_unit(reg: Registry, head_text: str, tail: str, chain: Chain, resolve_name: Resolver) -> Resolved | None:
    """The county's (or city's) unit ``tail`` of the eco body ``head_text`` names (see ``_ECO_COUNTY_UNITS``), or None."""
    return eco_county_unit(reg, resolve_name(reg, head_text, chain, (), False), tail, chain, resolve_name)


def eco_county_unit(reg: Registry, head: Resolved, tail: str, chain: Chain, resolve_name: Resolver) -> Resolved | None:
    """The county's unit ``tail`` (监测站, 执法大队) of the county eco body ``head`` (see
    ``_ECO_COUNTY_UNITS``), or the city's enforcement detachment (执法支队) of the city's bureau
    (``_ECO_CITY_UNITS``): named after it, or bare in its own plan; None for any other."""
    place = head.jurisdiction
    if tail not in _ECO_UNITS:
        return None
    if not head.explicit or not head.agency_id.endswith("/生态环境局") or not place:
        return None
    level = reg.jurisdiction(place).level
    units = _ECO_COUNTY_UNITS if level in ("county", "district") else _ECO_CITY_UNITS if level == "city" else {}
    if tail not in units:
        return None
    county = chain[chain.index(place) :] if place in chain else tuple(reg.ancestors(place))
    unit = resolve_name(reg, units[tail], county, (), False)
    return unit if unit.known and unit.jurisdiction == place else None


def commission_office(reg: Registry, t: str, chain: Chain, resolve_name: Resolver) -> Resolved | None:
    """The standing office of a party committee's commission written short (市委财经委办公室 /
    市委外事委办公室): the office of the commission's full name (市委财经委员会办公室, the id of
    市委财经办), or None when the registry gives no full name (it then stays whole, as written)."""
    m = _COMMISSION_OFFICE.match(t)
    if m is None:
        return None
    written = m.group("commission")
    head = resolve_name(reg, written, chain, (), False)
    short = head.agency_id.partition("/")[2]
    if head.kind != "party" or not short.startswith("委") or not short.endswith("委员会"):
        return None
    place = written[: _PARTY_COMMISSION.search(written).start() + 1]  # (市 / 株洲市)
    return resolve_name(reg, place + short + "办公室", chain, (), False)


# A department's leading party group and its leadership meetings (局党组, 县委宣传部部务会, 局务会,
# 局长办公会议) decide for it: a task given to them is the department's, not a body of its own.
_LEADERSHIP_WORDS = r"(?:党组(?:会议?)?|[部局厅委办]务会(?:议)?|(?:[局厅部]长|主任)办公会(?:议)?)"
_LEADERSHIP = re.compile(rf"^(?:中共)?(?P<head>.+?(?:局|厅|委员会|委|部|办))(?<!政府办){_LEADERSHIP_WORDS}$")
OWN_LEADERSHIP = re.compile(rf"^本?[厅局委部办]?{_LEADERSHIP_WORDS}$")  # in its own plan: 局党组, 党组, 局务会
LEADERSHIP_ENDS = ("党组", "会", "会议")


def leadership_of(reg: Registry, t: str, chain: Chain, portfolio: tuple[str, ...], resolve_name: Resolver) -> Resolved | None:
    """The department whose party group or leadership meeting ``t`` names (县发改局党组, 市生态环境局
    党组, 县委宣传部部务会), or None: the head must be a department of a named place (县委常委会,
    县政府常务会议 and 县人大常委会党组 are not read so)."""
    m = _LEADERSHIP.match(t)
    if m is None:
        return None
    head = resolve_name(reg, m.group("head"), chain, portfolio, False)
    return head if head.explicit and _is_department(head) else None
