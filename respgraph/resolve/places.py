"""Places in a name: what the resolver's modules pass each other (``Resolved``, ``Chain``), the places
a jurisdiction chain knows by name, and zones (开发区, 新区…: a zone's own bodies).

Where a unit's name splits into its place and its body (``绵阳市三台县生态环境局``, places nobody
listed) is ``place_split``; the place patterns of issuers' names are ``issuer_places``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from respgraph.registry import Registry
from respgraph.resolve.names import (
    _LEVEL_RANK,
    _RANK_OF_LEVEL,
    _UNIT_TAIL,
    LEVEL_CHARS,
)


@dataclass(frozen=True, slots=True)
class Resolved:
    """What the resolver's modules pass each other for one name read in one chain of places (cached
    per name on the registry); ``core.agency_of`` makes the public ``Agency`` of a mention from it."""

    agency_id: str
    name: str
    jurisdiction: str | None
    functions: tuple[str, ...]
    kind: str
    known: bool
    explicit: bool  # the mention named its jurisdiction (prefix or place)
    parent: str | None = None  # a division's (or its group's) department: agency id
    # the name the body is shown by over every spelling a plan writes, else "": a county's eco body a
    # plan writes as its city bureau's branch (市生态环境局怀宁分局 -> 安庆市生态环境局怀宁分局, ``name``
    # 怀宁县生态环境分局 being no body's). A body one_body.csv files under another name's id has none:
    # it is named as written (县发展和改革局, never the id's 县发展和改革委员会)
    canonical: str = ""


# --------------------------------------------------------------------------- jurisdiction

# A plan's place and the places above it, innermost first: ("青白江区", "成都市", "四川省").
# From the registry when it knows the place, else from how the plan's issuers write it.
Chain = tuple[str, ...]

# Words that name a development zone: in a zone plan 高新区X / 新区X is the zone's own body.
# (起步区: a new area's first district run as a zone, 济南 新旧动能转换起步区, 雄安新区's: named after its city)
# (台商投资区: a kind of zone, as 高新区 is, that 泉州, 漳州 and 厦门 each have one of, named with its city)
ZONE_WORDS = ("高新技术产业开发区", "经济技术开发区", "高新技术开发区", "经济开发区", "综合保税区", "高新区", "经开区", "综保区", "开发区", "新区", "台商投资区", "投资区", "起步区", "园区")
# What may follow a zone word and still be the zone itself, not one of its bodies.
_ZONE_SELF = ("管委会", "管理委员会", "党工委", "党委", "管委", "工委")
# Names that begin with a national brand, not a place: 国网四川省电力公司, 中国移动三台分公司.
NOT_PLACE_START = ("国网", "国家", "中国", "中石", "中铁", "中建", "中共")
# ... but these 国家… are also the names of a place's own bodies (市国家保密局, one body with 市委保密办)
LOCAL_NATIONAL_NAMES = ("国家保密局", "国家安全局", "国家密码管理局")


def core_ok(core: str) -> bool:
    """A prefix may only be cut where the rest still reads as a name: 市场监管局 keeps its 市."""
    if not core:
        return False
    if core[:2] in ("中区", "南区", "北区"):  # 市|中区: the districts 市中区 (济南, 乐山), 市南区, 市北区 (青岛)
        return False
    if core[0] in "场容" or core == "监局":  # 市|场监管局, 市|容环境卫生管理局, 市|监局 (市监局: 市场监管局)
        return False
    if core[0] == "镇" or core.startswith("街道"):  # 乡|镇人民政府, 区|街道办事处: towns in general, not a level's body
        return False
    if core[0] == "政" and not core.startswith(("政府", "政协", "政务", "政法", "政数")) and not (
        core.startswith("政治") and not core.startswith("政治理")
    ):  # 市|政公用局 (but 市|政府办公室, 市|政协, 市|政数局, 市|政治部: a political department, no 市政 works; 市政|治理中心 stays)
        return False
    if core[0] in "直级属" and len(core) < 2:
        return False
    if core in ("省", "市", "区", "县", "旗", "州", "盟", "镇", "乡", "街道"):  # 三台|县 is the place itself
        return False
    return True


def relative_place(reg: Registry, chain: Chain, ch: str) -> str:
    """The jurisdiction ``区``/``市``/``县``/``省``/``州``/``盟``/``旗`` means in a plan of ``chain[0]``."""
    if not chain:
        return f"（未知{ch}）"
    plan_j = chain[0]
    for name in chain:
        # 自治州X in 凉山州's plan, 自治县X in 秀山县's; but 自治区X is never a district's (阿里地区,
        # 青秀区 in a plan of 西藏 / 广西: their 自治区)
        if name.endswith(ch) or (ch in ("自治州", "自治县", "自治旗") and name.endswith(ch[-1])):
            return name
    # 区 in a zone plan (XX投资区, 天府新区) is the zone; otherwise a place above or below that we cannot name
    j = reg.jurisdiction(plan_j)
    if ch == "区" and j.level == "zone":
        return plan_j
    above = _LEVEL_RANK.get(ch, 9) < _RANK_OF_LEVEL.get(j.level or "", 9)
    return f"{plan_j}所在{ch}" if above else f"{plan_j}所辖{ch}"


def places_for(reg: Registry, chain: Chain) -> dict[str, str]:
    """Every name a plan of ``chain`` may write a place with (its full name, its short one, the local
    short names; 杭州市西湖区 for 杭州市's 西湖区), to that place; the plan's own places win a short
    name they share with another. Cached on the registry per chain (read by resolve.chain and
    resolve.functions too)."""
    key = ("places", chain)
    places = reg.cache.get(key)
    if places is None:
        places = {**reg.local_shorts(chain), **reg.places}
        for name in reversed(chain):  # the plan's own place wins a shared short name
            for q in reg.shared_children.get(name, ()):  # 西湖区 in a plan of 杭州市: 杭州市西湖区
                places[reg.qualified[q]] = q
            places[name] = name
            short = reg.jurisdiction(name).short
            if short:
                places[short] = name
            if name in reg.qualified:  # 西湖区 and 西湖 in 杭州市西湖区's plan
                places[reg.qualified[name]] = name
        reg.cache[key] = places
    return places


def names_known_place(text: str, places: dict[str, str]) -> bool:
    """Whether a known place is inside ``text`` (国网景德镇: not a place of its own), other than
    a county named after its city (南昌|县, 吉安|县), a place whose own name opens with its city's
    short name and one character (天津港保税区, 上海庙镇: ``SHORT_IN_OWN_NAME``) and a listed place
    that is only the tail of a longer name (安|宁县 is no 宁县, 新|和县 no 和县: such a name is another
    place's)."""
    n = len(text)
    for i in range(n):
        for k in range(2, min(8, n - i) + 1):
            sub = text[i : i + k]
            if sub in places and not (i == 0 and (_named_after(sub, text[k:], places) or SHORT_IN_OWN_NAME.fullmatch(text, k))):
                if i and i + k == n and places[sub] == sub and text[i - 1] not in LEVEL_CHARS:
                    continue
                return True
    return False


def _named_after(short: str, rest: str, places: dict[str, str]) -> bool:
    """南昌 + 县: a short place name followed by a level that makes another place."""
    return short != places[short] and rest in ("县", "区", "市", "旗")


# A national-level zone written with its rank: 株洲国家高新技术产业开发区 = 株洲国家高新区 = 株洲高新区,
# 国家级经开区 = 经开区
_NATIONAL_ZONE = re.compile(r"^国家级?(?=高新|经济技术开发区|经开区|经济开发区|综合保税区|综保区|新区)")
# a city's 起步区 written with what it is for (济南新旧动能转换起步区管委会): one zone with 起步区管委会 (were two
# ids in one plan: 济南市/新旧动能转换起步区管委会 beside 济南起步区/管委会); a city has one 起步区
_STARTING_AREA = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?=起步区)")


def _names_one_zone(reg: Registry, jur: str | None) -> bool:
    """Whether 高新区 / 国家级经开区 named alone in a plan of ``jur`` is one zone (its 管委会): not in a
    province's or the nation's plan, where it is a kind of zone, kept as written (was 湖南高新区/管委会,
    中央高新区/管委会: a zone nobody has)."""
    return jur is not None and reg.jurisdiction(jur).level not in ("province", "national")


def zone_body(reg: Registry, jur: str | None, core: str, chain: Chain) -> tuple[str | None, str] | None:
    """高新区生态环境分局: the body of a development zone. In that zone's own plan it is the
    plan's jurisdiction; elsewhere the zone is named after the place (绵阳 + 高新区)."""
    core = _STARTING_AREA.sub("", _NATIONAL_ZONE.sub("", core, 1), 1)
    for w in ZONE_WORDS:
        if core.startswith(w):
            rest = core[len(w) :]
            if rest.startswith(_ZONE_SELF) or not rest and w in _NAMED_ZONES and _names_one_zone(reg, jur):
                # 高新区管委会: the zone's own government, in every plan; 高新区 / 经开区 named alone as
                # a unit (株洲高新区、各县市区) is that government too (not 新区, 园区, 开发区: which one)
                place = zone_place(reg, jur, w, chain)
                return (place, rest or "管委会") if place else None
            if not core_ok(rest):
                return None
            # (园区各部门 / 新区各街道 in the zone's plan: the zone's collective, as 县各部门 is the county's;
            # was one unit 园区各部门 of the zone, of function 园区)
            if len(rest) < 2 or not (_UNIT_TAIL.search(rest) or rest.startswith("各")):  # 高新区社会事业局: the zone's, even when unknown
                return None
            place = zone_place(reg, jur, w, chain)
            return (place, rest) if place else None
    return None


def zone_place(reg: Registry, jur: str | None, w: str, chain: Chain) -> str | None:
    """The zone ``w`` (高新区) of ``jur``: the plan's own place in that zone's plan, else the
    zone named after the place (绵阳市 -> 绵阳高新区)."""
    if chain and jur == chain[0] and (_is_zone(chain[0], w) or w in ("园区", "开发区") and reg.jurisdiction(jur).level == "zone"):
        # (园区经济发展局 / 开发区管委会 in a 高新区's or 经开区's own plan: 园区 and 开发区, no kind of
        # zone, are the plan's zone; 开发区管委会 in 芜湖经开区's plan was a zone 芜湖开发区 of its own)
        return jur
    if jur and not _is_zone(jur, w) and "所" not in jur:
        return f"{reg.jurisdiction(jur).short or jur}{_ZONE_SHORT.get(w, w)}"
    return None


# A zone word and its short form name one zone: 宜春经济技术开发区 is 宜春经开区.
_ZONE_SHORT = {"高新技术产业开发区": "高新区", "高新技术开发区": "高新区", "经济技术开发区": "经开区", "经济开发区": "经开区", "综合保税区": "综保区"}


_NAMED_ZONES = frozenset((*_ZONE_SHORT, *_ZONE_SHORT.values(), "台商投资区"))


def _is_zone(place: str, w: str) -> bool:
    """Whether ``place`` is a zone of kind ``w`` (高新区), in either form."""
    short = _ZONE_SHORT.get(w, w)
    return place.endswith((w, short)) or any(place.endswith(long) for long, s in _ZONE_SHORT.items() if s == short)


# A short place name and one character before a township's, street's or zone's word: the place's
# own name (上海庙镇 and 上海庙经济开发区 in 鄂托克前旗, 北京路街道 in 越秀区), never a body of the place
# the short name names (town and zone names take two characters or more: 庙镇 is none of 上海市's).
# Not 城镇 / 乡镇 / 各镇 (上海城镇燃气…), nor a zone word itself (宜春高新区, 兰州新区).
# A port's zones are named so too: 天津港保税区 (天津港's, no 港保税区 of 天津市), and an 经济区.
SHORT_IN_OWN_NAME = re.compile(
    r"[^城乡集村小重各全本该市县区省州旗]\s*(?:镇|街道|苏木|保税港区|保税区|经济区|" + "|".join(ZONE_WORDS) + r")"
)
