"""The bodies of national systems that no place's name gives: a ministry's division written after it
(国家能源局电力司) and a system's regional body named after the seat or region it serves (南昌铁路局集团,
成都铁路公安局, 民航西南地区管理局), or a railway unit named by its place (…宜春车务段).

``national_division`` resolves the ministry through the resolver passed to it (``core.resolve_name``),
so that this module does not import ``core``, which calls it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from respgraph.registry import Registry
from respgraph.resolve.body_parts import Resolver
from respgraph.resolve.functions import _name_functions, _national
from respgraph.resolve.names import NATIONAL
from respgraph.resolve.places import Chain, Resolved


_MINISTRY_DIVISION = re.compile(r"[^\W公]{2,10}司")  # 价格司, 法规与标准司 (never 有限公司)


def national_division(reg: Registry, core: str, chain: Chain, resolve_name: Resolver) -> Resolved | None:
    """A national body's department named with it (国家发展改革委价格司, 国家能源局电力司): a
    division of that body, in any plan, as a ministry's own plan names them (中央/生态环境部/大气环境司)."""
    for k in range(3, len(core) - 2):
        body = core[:k]
        if _MINISTRY_DIVISION.fullmatch(core[k:]) and _national(reg, body, chain):
            head = resolve_name(reg, body, chain, (), False)
            return replace(head, agency_id=f"{head.agency_id}/{core[k:]}", name=head.name + core[k:], kind="division", parent=head.agency_id)
    return None


# A national system's regional body is named after the seat or region it serves, and is a body of
# neither that place nor the plan's: the railway's group companies (南昌铁路局集团, 中国铁路南昌局集团有限公司,
# 南昌局集团公司, and 南昌铁路局 as it was called before the 2017 incorporation: one company, serving
# 江西 and 福建) and the civil aviation authority's regional offices (民航西南地区管理局, serving five
# provinces; a province's own office, 民航江西监管局, is the province's: aliases.csv).
# One id in every plan, under 中央; a railway group by its full name, its units after it (…工务段),
# but a unit named by its place (…宜春车务段) is that place's (_railway_unit_place).
_RAILWAY_GROUP = re.compile(r"^(?:中国铁路)?(?P<seat>[\u4e00-\u9fff]{2,4}?)(?:铁路局集团|铁路局|局集团)(?:有限责任公司|有限公司|公司)?(?P<unit>[^、，（）]*)$")
# the railway police of a group's lines (成都铁路公安局, 公安部's), named after the group's seat as it is;
# its units named by their place (南昌铁路公安处) stay that place's, as the group's are
_RAILWAY_POLICE = re.compile(r"^(?P<seat>[\u4e00-\u9fff]{2,4}?)铁路公安局$")
_AVIATION = re.compile(r"^(?:民航|中国民用航空)[\u4e00-\u9fff]{2,4}?地区管理局")


def _railway_unit_place(reg: Registry, unit: str) -> tuple[str, str] | None:
    """(place, the unit's name after it) when a railway group's unit opens with the name of a city
    or a county (连云港车务段 -> 连云港市, 车务段; 弋阳站 -> 弋阳县, 弋阳站); None for a unit named by no
    place (工务段)."""
    for k in range(4, 1, -1):
        # (弋阳站: 弋阳县, listed by its full name; 准格尔车务段: 准格尔旗, a banner)
        for written in (unit[:k], unit[:k] + "市", unit[:k] + "县", unit[:k] + "旗"):
            place = reg.places.get(written)
            if place is not None and len(unit) > k and reg.jurisdiction(place).level in ("city", "county", "district"):
                return place, unit[k:] if len(unit) > k + 1 else unit  # (弋阳站: 弋阳县/弋阳站, not 站)
    return None


def national_system(reg: Registry, t: str) -> Resolved | None:
    """The regional body of a national system ``t`` names (see ``_RAILWAY_GROUP``), or None."""
    m = _RAILWAY_GROUP.match(t)
    if m:
        seat = reg.places.get(m["seat"])
        if seat is None or reg.jurisdiction(seat).level not in ("city", "province"):
            return None  # 县地方铁路局: a place's own
        name = f"中国铁路{reg.jurisdiction(seat).short or m['seat']}局集团有限公司{m['unit']}"
        kind = "enterprise"
        if (local := _railway_unit_place(reg, m["unit"])) is not None:
            # …连云港车务段 / …宜春车务段: the group's unit in a place, a body of that place (as
            # 连云港车务段 written alone is, and 国网宜春供电公司), not of the centre
            place, rest = local
            functions, _ = _name_functions(reg, name)
            return Resolved(agency_id=f"{place}/{rest}", name=name, jurisdiction=place, functions=tuple(functions),
                             kind=kind if functions else "other", known=bool(functions), explicit=True)
    elif (police := _RAILWAY_POLICE.match(t)) and (seat := reg.places.get(police["seat"])) and reg.jurisdiction(seat).level in ("city", "province"):
        name, kind = f"{reg.jurisdiction(seat).short or police['seat']}铁路公安局", ""  # 成都铁路公安局: 公安部's, serving the group's lines
    elif _AVIATION.match(t):
        name, kind = re.sub("^中国民用航空", "民航", t), ""  # 中国民用航空华东地区管理局 = 民航华东地区管理局
    else:
        return None
    functions, _ = _name_functions(reg, name)
    kinds = [reg.functions[c].kind for c in functions if c in reg.functions]
    kind = kind or next((k for k in kinds if k), "agency")
    return Resolved(agency_id=f"{NATIONAL}/{name}", name=name, jurisdiction=NATIONAL, functions=tuple(functions),
                     kind=kind if functions else "other", known=bool(functions), explicit=True)
