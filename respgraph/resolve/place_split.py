"""Where a unit's name splits into its place and its body: 绵阳市三台县|生态环境局, 市生态环境局|昌江分局
(the branch's place), 第八师|团委 (a corps division's city), 安宁县|水利局 (a place nobody listed).

``split_place`` tries each reading in turn; the places a chain knows and the zones they are read
with are ``places``'.
"""

from __future__ import annotations

import re

from respgraph.registry import Registry, default_short, level_of
from respgraph.resolve.issuer_places import nested_places
from respgraph.resolve.names import (
    _AREA,
    _RANK_OF_LEVEL,
    _UNIT_TAIL,
    LEVEL_CHARS,
    LEVEL_WORDS,
    NATIONAL,
    OWN_LEVEL_WORDS,
)
from respgraph.resolve.places import (
    NOT_PLACE_START,
    SHORT_IN_OWN_NAME,
    ZONE_WORDS,
    Chain,
    core_ok,
    names_known_place,
    places_for,
    relative_place,
    zone_body,
    zone_place,
)

_PLACE_SUFFIX = r"(?:自治区|自治州|自治县|开发区|新区|街道|地区|省|市|州|盟|区|县|旗|镇|乡)"
_UNKNOWN_PLACE = re.compile(rf"^(.{{2,6}}?{_PLACE_SUFFIX})(.+)$")


def _short_is_keyword(reg: Registry, text: str, k: int) -> bool:
    """Whether a function keyword opens ``text`` and runs to ``k`` or past it, so that the short
    place name ``text[:k]`` is that keyword: 公安|局 (公安 of 公安县), 公安交警支队."""
    m = reg.keyword_re.match(text)
    return m is not None and m.end() >= k


# What no place name holds (有关 / 相关 as words: 城关镇, 相城区 are places; a body's 管理委员会 or 政府:
# 湘江新区管理委员会|城市建设管理局 opens with no place 管理委员会城市).
_NOT_IN_PLACE_NAME = ("各", "有关", "相关", "有", "直", "级", "（", "）", "、", "委员会", "管委会", "政府")


# a character after a level's that makes a word of it (区域, 县域, 市域, 区划): the level's is no place's end
_WORD_OF_LEVEL_CHAR = ("域", "划")


# Keywords that are levels: a place may end with them (城关街道, 赣县区 holds 县区; a bonded zone
# is governed as a place is, by its 管委会: 天津港保税区, 外高桥保税区, as 东疆保税港区 is)
_LEVEL_KEYWORDS = ("街道", "县区", "保税区")


def _unknown_place(reg: Registry, text: str, places: dict[str, str]) -> tuple[str, str] | None:
    """(place, rest) when ``text`` opens with a place the registry does not know:
    安宁县水利局, 凉山州生态环境局, 成都市青白江区生态环境局 (the innermost place wins)."""
    if text.startswith(NOT_PLACE_START):
        return None
    m = _UNKNOWN_PLACE.match(text)
    if not m:
        return None
    place, core = m.group(1), m.group(2)
    cut = len(place)
    if not (
        core_ok(core)
        and core != "办"  # 城关街道办: the street office, read whole as a place's government
        and not any(
            k.start() < cut < k.end() or k.start() < cut and k.end() <= cut and not (k.end() == cut and k.group(0) in _LEVEL_KEYWORDS)
            for k in reg.keyword_re.finditer(text)
        )  # a keyword inside the place (住房和城乡|建设局), but 城关街道|党工委, 赣县区|生态环境局 end in their level
        and not any(w in place for w in _NOT_IN_PLACE_NAME)
        and not _AREA.match(place)  # 沿海地区人民政府: a kind of area, no place
        and not place.startswith((*ZONE_WORDS, "保税"))  # 新区公园城市建设局: not a place 新区公园城市; 保税区管委会: no place 保税区
        and not place.endswith(_AREA_OF_A_PLACE)  # 中心城区各区人民政府: no place 中心城区
        and place not in _KIND_OF_AREA  # 示范区执委会: the plan's 示范区 (长三角…示范区), no place of that name
        and not any(c in "省市区县旗州盟镇乡" for c in place[2:-1])  # two places run together (but 郑州市, 乡宁县)
        and not any(w in place for w in ("所在", "所辖"))
        and not core.startswith(_WORD_OF_LEVEL_CHAR)  # 长三角区域…中心: 区域 (a region) is a word, no place 长三角区
        and not names_known_place(place, places)  # 国网景德镇|供电公司 is not a place 国网景德镇
        and (reg.keyword_re.search(core) or _UNIT_TAIL.search(core))
    ):
        return None
    inner = _unknown_place(reg, core, places)
    if inner:
        return inner
    # 绵阳市三台生态环境局: a place the plan knows inside an unknown one
    jur, rest, explicit = _split_place_raw(reg, core, (place,), places)
    if explicit and jur in places.values() and rest != core:
        return jur, rest
    return place, core


def _county_of_city(reg: Registry, chain: Chain, short: str) -> str | None:
    """The county or district of a city of ``chain`` whose short name ``short`` is, even one read
    only in its own plans elsewhere (``Registry.full_only``), or None. For names whose build says
    the place (a bureau's branch, 市生态环境局泰和分局; a vertically managed body the city names
    after its county, 吉安市泰和生态环境局): there a short name is the county, never a word. Never
    a township or street (芦溪生态环境局 in 芦溪县's own plan: the county's, not its seat 芦溪镇's;
    read by ``_place_before_body`` as 渝水生态环境局 is)."""
    for name in chain:
        for child in reg.children.get(name, ()):
            j = reg.jurisdiction(child)
            if j.short == short and j.level not in _BELOW_COUNTY:
                return child
    return None


# the levels under a county's (a county's seat town often shares its short name: 芦溪县's 芦溪镇)
_BELOW_COUNTY = ("township", "subdistrict")


def _only_county_of_short(reg: Registry, short: str) -> str | None:
    """The one county or district of the registry whose short name ``short`` is, else None (长安:
    西安市's 长安区 and 石家庄市's are two, neither is read from it)."""
    got = reg.cache.get("county_shorts")
    if got is None:
        seen: dict[str, list[str]] = {}
        for j in reg.jurisdictions.values():
            if j.short and j.level in ("county", "district"):
                seen.setdefault(j.short, []).append(j.name)
        got = reg.cache["county_shorts"] = {k: v[0] for k, v in seen.items() if len(v) == 1}
    return got.get(short)


# The eco bureau of a county after the 2019 vertical-management reform (生态环境机构监测监察执法
# 垂直管理制度改革) is the city bureau's branch in the county, and its city names it after the
# county's short name (吉安市泰和生态环境局, 泰和生态环境监测站): the county's body
_VERTICAL_ECO = ("生态环境",)


def _branch_head(reg: Registry, head: str, places: dict[str, str]) -> str:
    """The parent bureau of a branch without its own place: 市生态环境局|昌江分局,
    景德镇市生态环境局|昌江分局, 广州市生态环境局|番禺区分局 -> 生态环境."""
    if head.endswith("局"):
        head = head[:-1]
    if len(head) > 2 and head[0] in LEVEL_CHARS and core_ok(head[1:]):
        return head[1:]
    for j in range(min(8, len(head) - 1), 1, -1):
        if head[:j] in places and core_ok(head[j:]):
            return head[j:]
    unknown = _unknown_place(reg, head, places)
    return unknown[1] if unknown else head


# What follows 中央 in a name that is not the central government's: 中央商务区, 中央公园
_NOT_CENTRAL_AFTER = ("商务区", "公园", "大街", "广场", "大道", "商业区", "活力区", "厨房")

_SQUAD_IN_PLACE = re.compile(r"^.*?(?P<kind>交通警察|交通管理|交警|消防救援|森林消防|生态环境保护综合行政执法|生态环境综合行政执法|环境监察)支队(?P<place>[^队]{2,8})大队$")
_DISPATCHED_BUREAU = re.compile(r"^(.+?局)([^局]{2,6}?)(?:监管局|管理局)$")
_BRANCH_IN_PLACE = re.compile(r"^(.+?局)([^局]{2,6}?(?:自治县|县|区|市|旗)|[^局]{2,14}?自治[县旗])分局$")
# a unit of a police branch named by its place (公安金水分局交警大队 / 市公安局金水分局交警大队): the
# branch's unit, as 金水公安分局交警大队 is (was 金水区's 公安金水分局交警大队)
_UNIT_OF_POLICE_BRANCH = re.compile(r"^(?:[市县区州])?公安(?:局)?(?P<place>[^局分]{2,6}?)分局(?P<unit>[^局]{2,10}(?:大队|中队|派出所))$")


# What a place written inside a national body's name may not contain: 国家税务总局|宁都县|税务局,
# never 国家税务|总局宁都县 (but 中江县, 公安县, 会理市 are places).
_NOT_IN_PLACE = ("局", "委", "部", "厅", "办", "司", "队", "站", "中心", "银行", "分行", "支行", *("各", "有关", "相关", "（", "）", "、"))


def _place_inside(reg: Registry, mid: str, places: dict[str, str]) -> str | None:
    """The place ``mid`` names, the innermost when it names several (四川省绵阳市 -> 绵阳市;
    四川省电力公司绵阳 -> 绵阳市), or None: 宁都县 (by its suffix), 绵阳 (listed), 三台 (the plan's)."""
    for k in range(min(8, len(mid)), 1, -1):
        if mid[-k:] in places:
            return places[mid[-k:]]
    parts = nested_places(mid)
    if parts and 2 < len(parts[-1]) <= 8 and not any(w in parts[-1] for w in _NOT_IN_PLACE):
        return reg.canonical_place(parts[-1])
    return None


_LOCAL_BRANCH = ("供电公司", "供电分公司", "分公司")  # a firm's branch in the place that names it


def _placed_alias(reg: Registry, text: str, chain: Chain) -> tuple[str, str] | None:
    """(place, canonical) of a national body's local branch that writes its place in the middle
    (国家税务总局宁都县税务局, 人行绵阳市中心支行, 国网三台供电公司, 共青团三台县委): the same body
    as 县税务局, 市人民银行, 县供电公司, 团县委. The forms are ``aliases.csv`` rows with a ``*``.
    Written with no place, a firm's local branch (国网供电公司, 中国移动分公司) is the plan's place's, as
    供电公司 is (it was an id of its own, 仙居县/国网供电公司, beside 国网仙居县供电公司's); a level's
    (人民银行支行 in a city plan: its counties' branches) or a province's (国网电力公司) stays as written."""
    for head, tail, canonical in reg.place_aliases:
        if chain and tail.endswith(_LOCAL_BRANCH) and len(text) == len(head) + len(tail) and text == head + tail:
            return chain[0], canonical
        if text.startswith(head) and text.endswith(tail) and len(text) > len(head) + len(tail) + 1:
            place = _place_inside(reg, text[len(head) : len(text) - len(tail)], places_for(reg, chain))
            if place:
                return place, canonical
    return None


# A kind of area written bare, the one the plan is about, no place of that name: 示范区执委会 in
# 青浦区's plan is the 长三角生态绿色一体化发展示范区's (its executive committee, as written; was a
# place 示范区, one for every plan's 示范区 in the graph)
_KIND_OF_AREA = frozenset(("示范区", "先行区", "先导区", "试验区", "实验区", "核心区", "功能区", "合作区", "集聚区", "示范带"))
# Parts of a place a name may open with that are no place of their own (中心城区各区人民政府)
_AREA_OF_A_PLACE = ("中心城区", "主城区", "老城区", "市区", "辖区", "片区", "景区", "社区", "小区")
# levels named together (市县两级政府, 省市县三级): the name keeps its first level
_LEVELS_TOGETHER = re.compile(r"^[省市县区乡镇]{2,4}[两三四五]级")


# A body's word that names no field: after a place's short name it is no body of that place but a
# body named after a lake, a mountain or a park of that name (巢湖管理局, 合肥市's)
_NO_FIELD_BODY = ("管理局", "管理处")


def split_place(reg: Registry, text: str, chain: Chain) -> tuple[str | None, str, bool]:
    """(jurisdiction, rest of the name, explicit?) of a mention."""
    placed = _placed_alias(reg, text, chain) if reg.place_aliases else None
    if placed:
        return placed[0], placed[1], True
    jur, core, explicit = _split_place_raw(reg, text, chain)
    zone = zone_body(reg, jur, core, chain)
    if zone:
        return zone[0], zone[1], True
    return jur, core, explicit


# a university, college or school: its place's short name is part of its own (乐山师范学院 is
# no 师范学院 of 乐山市's)
SCHOOL = re.compile(r"(?:大学|学院|学校)$")
# ... nor is a bank's named after its city (长沙银行, 贵阳银行: a city commercial bank, whose brand the
# place's short name is; 长沙银行岳麓山支行 was 长沙市's 银行岳麓山支行, a bank of no such name). Not
# 银行业 (成都银行业协会: the place's banking association), nor a kind of bank every place has
# (光山农商银行: the county's 农村商业银行, one firm with 县农商行)
# ... and so is an exchange's (大连商品交易所, 上海证券交易所: was 大连市商品交易所)
PLACE_BRAND = re.compile(r"银行(?!业)|(?:商品|期货|证券)交易所")
# ... nor is a park or reserve's (武夷山国家公园 / 梵净山国家级自然保护区): its body is no 国家公园管理局
# of the place's
_PROTECTED_AREA = re.compile(r"国家(?:级)?(?:公园|自然保护区|森林公园|湿地公园|地质公园|风景名胜区)")
# ... and a scenic area's named after a mountain, lake or bay that bears a place's short name and one
# character more (天台山景区管委会 in 天台县's plan: 天台山's, was 天台县's 山景区管委会; 普陀山风景名胜区)
_SCENIC_FEATURE = re.compile(r"[山湖江河海湾岛溪峰](?:风景名胜区|风景区|景区|旅游区|旅游度假区|度假区)")


_Split = tuple[str | None, str, bool]  # (the place, the body's name within it, whether the text names the place)


def _split_place_raw(reg: Registry, text: str, chain: Chain, places: dict[str, str] | None = None) -> _Split:
    """The place ``text`` names and the body's name within it, by the first reading that fits (a
    division's city, a bureau's branch in a place, a police or squad unit in one, 团区委, a county's
    vertical bureau, a place's name before the body's, a level word); else the plan's place, not
    named in the text."""
    places = places if places is not None else places_for(reg, chain)
    # (each reading is tried only when the text has what it reads: the division's 第, the branch's
    # 分局, the squad's 大队, 团X委's three characters; most names are read by a place before them)
    if text.startswith("第") and (found := _in_division_city(reg, text, chain, places)):
        return found
    if text.startswith(_CORPS) and (corps := _CORPS_DIVISION.match(text)) and (
        found := _in_division_city(reg, text[corps.end("corps") :], chain, places)
    ):
        return found  # 兵团第八师团委 / 新疆生产建设兵团第八师X: the division's, as 第八师X
    if len(text) > 7 and (found := _dispatched_bureau(reg, text, chain, places)):
        return found
    if text.endswith("分局") and (found := _branch_in_place(reg, text, chain, places)):
        return found
    if (found := _police_branch_unit(reg, text, chain, places)):
        return found
    if text.endswith("大队") and (found := _squad_in_place(reg, text, chain, places)):
        return found
    if len(text) == 3 and (found := _youth_league(reg, text, chain, places)):
        return found
    if "驻" in text and (found := _stationed_office(reg, text, chain, places)):
        return found
    for reading in (_county_vertical_bureau, _place_before_body, _level_before_body, _unknown_place_named):
        if (found := reading(reg, text, chain, places)) is not None:
            return found
    return (chain[0] if chain else None), text, False


def _in_division_city(reg: Registry, text: str, chain: Chain, places: dict[str, str]) -> _Split | None:
    """第一师阿拉尔市X: the body of the division's listed city; 第八师X (the division named alone, as
    its own plans and the corps' write it): the body of the city it is one administration with."""
    if text.startswith("第") and (d := _DIVISION_NUMBER.match(text)):
        city = _split_place_raw(reg, text[d.end() :], chain, places)
        # (a listed division-city only: 第一师范大学城市学院 is a school, no division's city)
        if city[2] and city[1] != text[d.end() :] and city[0] in reg.jurisdictions and text.startswith(city[0], d.end()):
            return city
    if text.startswith("第") and (d := _DIVISION_ALONE.match(text)) and (city := _DIVISION_CITIES.get(d["division"])):
        rest = text[d.end() :]
        if city in reg.jurisdictions and len(rest) >= 2 and core_ok(rest):
            return city, rest, True
    return None


def _dispatched_bureau(reg: Registry, text: str, chain: Chain, places: dict[str, str]) -> _Split | None:
    """X<place>监管局 / X<place>管理局: a city bureau's branch in its district named as a bureau of its
    own (深圳's 市场监管局龙岗监管局, 市规划和自然资源局龙岗管理局): the branch, as X<place>分局 is. A
    district's only: a county-level city's short name is often what a 管理局 manages (市林业局巢湖管理局)."""
    if len(text) > 7 and (b := _DISPATCHED_BUREAU.match(text)) and reg.keyword_re.search(b.group(1)):
        branch = _split_place_raw(reg, b.group(1) + b.group(2) + "分局", chain, places)
        if branch[0] and branch[1].endswith("分局") and reg.jurisdiction(branch[0]).level == "district":
            return branch
    return None


def _branch_in_place(reg: Registry, text: str, chain: Chain, places: dict[str, str]) -> _Split | None:
    """X<place>分局: 自然资源局渝水分局, 公安渝水分局: the bureau's branch in that place."""
    if not (text.endswith("分局") and len(text) > 4):
        return None
    mid = text[:-2]
    # (as long as a place's name: 大庆市生态环境局杜尔伯特蒙古族自治县分局, ten characters, was the
    # city's bureau's branch named so, not the county's, as 伊犁州生态环境局霍城县分局 is)
    for k in range(min(reg.longest_place, len(mid) - 1), 1, -1):
        place = places.get(mid[-k:])
        if place:
            head = _branch_head(reg, mid[:-k], places)
            if head:
                return place, head + "分局", True
    # 市生态环境局泰和分局 in 吉安市's plan: the bureau's branch in the city's county 泰和县
    for k in range(min(6, len(mid) - 2), 1, -1):
        if mid[:-k].endswith("局") and (place := _county_of_city(reg, chain, mid[-k:])):
            head = _branch_head(reg, mid[:-k], places)
            if head:
                return place, head + "分局", True
    # 市生态环境局三台县分局: the branch in a place the registry does not know
    m = _BRANCH_IN_PLACE.match(text)
    if m and reg.keyword_re.search(m.group(1)) and not any(w in m.group(2) for w in _NOT_IN_PLACE_NAME):
        head, place = _branch_head(reg, m.group(1), places), m.group(2)
        if place in ZONE_WORDS:  # 市公安局高新区分局: the zone's branch
            place = zone_place(reg, chain[0] if chain else None, place, chain) or ""
        # (the boundary as written: the zone's name, 芜湖经开区, is not 经济技术开发区's length)
        if place and not any(k.start() < m.end(2) < k.end() for k in reg.keyword_re.finditer(text)):
            return place, head + "分局", True
    return None


def _police_branch_unit(reg: Registry, text: str, chain: Chain, places: dict[str, str]) -> _Split | None:
    """A unit of a place's police branch, read as <place>公安分局<unit>."""
    if (pb := _UNIT_OF_POLICE_BRANCH.match(text)) and (
        (place := places.get(pb.group("place"))) or (place := places.get(pb.group("place")[:-1]))
    ):
        return _split_place_raw(reg, f"{reg.jurisdiction(place).short or place}公安分局{pb.group('unit')}", chain, places)
    return None


def _squad_in_place(reg: Registry, text: str, chain: Chain, places: dict[str, str]) -> _Split | None:
    """X支队<place>大队: 市公安局交通警察支队三台大队, 市交警支队经开区大队, 市消防救援支队三台大队:
    the city detachment's unit in that county or zone, as 县交警大队 / 县消防救援大队 is."""
    if text.endswith("大队") and (sub := _SQUAD_IN_PLACE.match(text)):
        place = places.get(sub.group("place")) or _county_of_city(reg, chain, sub.group("place"))
        if place is None and sub.group("place") in ZONE_WORDS:
            place = zone_place(reg, chain[0] if chain else None, sub.group("place"), chain)
        if place:
            return place, sub.group("kind") + "大队", True
    return None


# an office a body keeps in another place (南昌海关驻宜春办事处, 省生态环境厅驻赣州办事处): named as
# written, its sender's functions (``functions.stationed_sender``)
STATIONED_OFFICE = re.compile(r"^(?P<sender>[^驻、，]{2,20}?)驻(?P<place>[^驻、，]{1,8}?)(?P<office>办事处|办公室|联络处|工作站)$")


def _stationed_office(reg: Registry, text: str, chain: Chain, places: dict[str, str]) -> _Split | None:
    """X驻<place>办事处 in a plan of that place or of a place above it: the plan's own body, stationed
    there (南昌海关驻宜春办事处 in 宜春市's plan: 宜春市's; was 南昌市's, a city the plan is not about).
    An office in a place outside the plan's (市政府驻京办事处) stays its sender's."""
    m = STATIONED_OFFICE.match(text)
    place = _place_inside(reg, m["place"], places) if m else None
    if place is None or not chain or (place not in chain and reg.jurisdiction(place).parent not in chain):
        return None
    return place, text, True


def _youth_league(reg: Registry, text: str, chain: Chain, places: dict[str, str]) -> _Split | None:
    """团区委 / 团市委 / 团州委: the youth league committee of that level."""
    if len(text) == 3 and text[0] == "团" and text[2] == "委" and text[1] in LEVEL_CHARS:
        return relative_place(reg, chain, text[1]), "团委", True
    return None


def _county_vertical_bureau(reg: Registry, text: str, chain: Chain, places: dict[str, str]) -> _Split | None:
    """泰和生态环境局 in 吉安市's plan (and 吉安市泰和生态环境局 anywhere): the branch in its county
    (泰和生态环境局 in 泰和县's own plan is read by ``_place_before_body``, as 县生态环境局 is)."""
    for k in (2, 3, 4):
        if text.startswith(_VERTICAL_ECO, k) and (place := _county_of_city(reg, chain[:1], text[:k])):
            return place, text[k:], True
    # ... and in a plan of another place (a 青浦区 plan's partner 吴江生态环境局, a 宜兴—长兴 agreement's
    # 宜兴生态环境局): the county or district of that short name, when only one has it and the plan's
    # own places do not (was 青浦区/吴江生态环境局, a bureau of the plan's own district)
    for k in (2, 3, 4):
        if text.startswith(_VERTICAL_ECO, k) and text[:k] not in places and (place := _only_county_of_short(reg, text[:k])):
            return place, text[k:], True
    return None


def _place_before_body(reg: Registry, text: str, chain: Chain, places: dict[str, str]) -> _Split | None:
    """<place>X: 渝水生态环境局, 景德镇市发改委, 昌江公安分局 (恩施土家族苗族自治州发展改革委: a full
    name may be longer than any short one); the longest place name the text opens with that names
    the body's place."""
    n = len(text)
    for k in range(min(reg.longest_place, n - 1), 1, -1):
        place = places.get(text[:k])
        if place and text[k] in "县区旗" and place != text[:k] and not text[:k + 1] in places:
            if written_as_level(reg, chain, text[: k + 1]) == place and core_ok(text[k + 1 :]):
                return place, text[k + 1 :], True  # 长阳县水利局: 长阳土家族自治县 written as a 县
            continue  # 南昌县水利局: the county named after 南昌市, not 南昌市's 县X
        if place and place != text[:k] and SHORT_IN_OWN_NAME.match(text, k) and not text.startswith(ZONE_WORDS, k):
            continue  # 上海庙镇 / 上海庙经济开发区 / 北京路街道: a place of its own, no 庙镇 of 上海市
        if place and place != text[:k] and _short_is_keyword(reg, text, k):
            continue  # 公安局 in 公安县's plan: the police, not 公安县's 局
        if place and place != text[:k] and text[k:] in _NO_FIELD_BODY:
            continue  # 巢湖管理局 in 合肥市's plan: the lake's authority, no 管理局 of 巢湖市 (a place's bureau names its field)
        if place == NATIONAL and ("驻" in text[k : k + 6] or text.startswith(_NOT_CENTRAL_AFTER + ("军委",), k)):
            # 中央驻粤有关单位 / 中央、省驻宜有关单位: the bodies stationed in the plan's place;
            # 中央商务区管委会: a city's central business district
            continue
        if place and place != text[:k] and SCHOOL.search(text, k) and text[k] not in LEVEL_CHARS:
            return place, text, True  # 乐山师范学院: a school named after its place, the place's own
        if place and place != text[:k] and PLACE_BRAND.match(text, k) and not _branch_in_other_place(text[k + 2 :], place, places):
            return place, text, True  # 长沙银行岳麓山支行: a bank named after its place (九江银行宜春分行: the branch's place's, core.py)
        if place and place != text[:k] and (_PROTECTED_AREA.match(text, k) or _SCENIC_FEATURE.match(text, k)):
            # 武夷山国家公园管理局 / 神农架国家公园管理局: the park's body, named after its place (was
            # 武夷山市's 国家公园管理局, read as the national bureau of that name)
            return place, text, True
        if place and chain and (lower := _firm_of_plan_place(reg, text[k:], place, chain, places)):
            return lower, text, True  # 山东港口青岛港集团有限公司 in 青岛市's plan: 青岛市's firm, named as written
        if place and core_ok(text[k:]) and _bureau_of_street(reg, place, text[k:]) and (up := _outer(chain, place)):
            return up, text, True  # 陆家嘴金融城发展局 in 陆家嘴街道's plan: the district's, named after the area
        if place and core_ok(text[k:]):
            return _inside_named_place(reg, text, k, place, places)
    return None


# a firm's name (a group's or a company's) after a province's, and its branch named after a place nobody listed
# (内蒙古电力（集团）有限责任公司薛家湾供电分公司: 薛家湾, the banner's seat)
_FIRM_NAME = re.compile(r"(?:公司|集团)$")
_FIRM_BRANCH = re.compile(r"(?:有限责任公司|有限公司|集团)(?P<place>[^公司]{2,6}?)(?:供电|供水|燃气)?分公司$")


def _branch_in_other_place(tail: str, place: str, places: dict[str, str]) -> bool:
    """Whether a bank's name after its 银行 (宜春分行, 宜春市分行) is a branch in a place other than ``place``."""
    m = re.match(r"^(?P<place>[\u4e00-\u9fff]{2,8}?)(?:分行|中心支行|支行)$", tail)
    return m is not None and places.get(m["place"], place) != place


def _firm_of_plan_place(reg: Registry, rest: str, place: str, chain: Chain, places: dict[str, str]) -> str | None:
    """The plan's own place whose firm a firm named after a place above it is: one naming the
    plan's place or a place between it and the province inside its name (山东港口青岛港集团有限公司
    in 青岛市's plan and in 黄岛区's: the provincial port group's 青岛 company, 青岛市's) or a branch named after a place nobody listed (内蒙古电力（集团）有限责任公司
    薛家湾供电分公司 in 准格尔旗's plan: its branch there). Was the province's, a firm it does not
    run. In a plan of the province itself, or naming a place outside the plan's, None; a city's
    firm stays the city's wherever its unit is (宁波舟山港股份有限公司北仑…分公司 in 北仑区's plan)."""
    own = chain[0]
    if not _FIRM_NAME.search(rest) or own == place or place not in chain or reg.jurisdiction(place).level != "province":
        return None
    for p in chain[: chain.index(place)]:  # the plan's place or one between it and the province (黄岛区's 青岛市)
        names = {n for n in (p, reg.jurisdiction(p).short, default_short(p)) if n and len(n) >= 2}
        if any(n in rest[1:] for n in names):
            return p
    branch = _FIRM_BRANCH.search(rest)
    if branch and _place_inside(reg, branch["place"], places) is None and reg.jurisdiction(own).level in ("county", "district"):
        return own
    return None


def _inside_named_place(reg: Registry, text: str, k: int, place: str, places: dict[str, str]) -> _Split:
    """The body after the place ``text[:k]`` names, in that place or in the innermost place named after it."""
    shared = _shared_place(reg, place, text[k:])
    if shared:
        return shared[0], shared[1], True
    # 新余市渝水区生态环境局, 绵阳市三台生态环境局: the innermost place named wins
    inner, core, explicit = _split_place_raw(reg, text[k:], (place,), places)
    # (a place of the same level after it is no place inside it: 宁波舟山港股份有限公司 is a firm
    # of 宁波市, not one of 舟山市 named 港股份有限公司; 浦东新区陆家嘴金融城发展局: 浦东新区's,
    # no bureau of 陆家嘴街道)
    if explicit and inner in places.values() and core != text[k:] and _below(reg, inner, place) and not _bureau_of_street(reg, inner, core):
        return inner, core, True
    unknown = _unknown_place(reg, text[k:], places)
    if unknown and _below(reg, unknown[0], place):
        return unknown[0], unknown[1], True
    return place, text[k:], True


def _level_before_body(reg: Registry, text: str, chain: Chain, places: dict[str, str]) -> _Split | None:
    """A level word before the body's name: 自治区X / 自治州X / 地区X, 师市X in a division's plan, the
    plan's own level in its own plan (林区X / 苏木X / 街道X / 团X), 区X / 市X / 县X / 省X (市直有关部门, 县级各部门: the level
    stays part of the name)."""
    for w in LEVEL_WORDS:
        if text.startswith(w) and core_ok(text[len(w) :]) and len(text) > len(w) + 1:
            return relative_place(reg, chain, w), text[len(w) :], True
    if text.startswith(_DIVISION_CITY) and chain and core_ok(text[2:]) and len(text) > 3:
        # 师市农业农村局 in a 兵团 division's plan (第一师阿拉尔市): the division-city's own body
        return chain[0], text[2:], True
    for w in OWN_LEVEL_WORDS:
        if text.startswith(w) and core_ok(text[len(w) :]) and len(text) > len(w) + 1:
            own = next((p for p in chain if p.endswith(w)), None)
            if own:
                return own, text[len(w) :], True
    if len(text) > 1 and text[0] in LEVEL_CHARS and core_ok(text[1:]):
        return relative_place(reg, chain, text[0]), (text if text[1] in "直级属" or _LEVELS_TOGETHER.match(text) else text[1:]), True
    return None


def _unknown_place_named(reg: Registry, text: str, chain: Chain, places: dict[str, str]) -> _Split | None:
    """A place the registry does not know: 安宁县水利局 (never 住房和城乡|建设局)."""
    unknown = _unknown_place(reg, text, places)
    if unknown:
        return unknown[0], unknown[1], True
    return None


def _bureau_of_street(reg: Registry, place: str, core: str) -> bool:
    """Whether ``core`` is a bureau (…局, not a branch: …分局) named after the street ``place``: a
    street office has no bureaus (its bodies are 科, 所, 中心, 站), so a 局 so named is its district's
    (陆家嘴金融城发展局: 浦东新区's, was 陆家嘴街道/金融城发展局). A town's may (经济发达镇)."""
    return core.endswith("局") and not core.endswith("分局") and reg.jurisdiction(place).level == "subdistrict"


def _outer(chain: Chain, place: str) -> str | None:
    """The place of ``chain`` right above ``place``, or None."""
    k = chain.index(place) if place in chain else -1
    return chain[k + 1] if 0 <= k < len(chain) - 1 else None


def _shared_place(reg: Registry, city: str, rest: str) -> tuple[str, str] | None:
    """(place, rest) when ``rest`` opens with a name several places share that ``city`` has one of:
    杭州市|西湖区住建局 is 杭州市西湖区's in any plan, 南昌市西湖区's included (shared_names.csv)."""
    for n in (3, 2):
        q = city + rest[:n]
        if q in reg.qualified and core_ok(rest[n:]):
            return q, rest[n:]
    return None


_DIVISION_CITY = "师市"  # a 兵团 division and its city, one administration (第一师阿拉尔市)
# the division's number written before its city (第八师石河子市生态环境局, 第一师阿拉尔市发展改革委):
# the city's body, as 师市生态环境局 is (was 石河子市/第八师石河子市生态环境局, another node)
_DIVISION_NUMBER = re.compile(r"^第[一二三四五六七八九十]{1,3}师(?=[\u4e00-\u9fff]{2,5}市)")
# the divisions that are one administration with a city (师市合一): 第八师团委, 第八师党委组织部 are 石河子市's
# as 师市团委 is (were bodies of their own, 石河子市/第八师团委 and 新疆生产建设兵团/第八师团委). Not 第一师范…
_DIVISION_CITIES = {
    "第一师": "阿拉尔市", "第二师": "铁门关市", "第三师": "图木舒克市", "第四师": "可克达拉市", "第五师": "双河市",
    "第六师": "五家渠市", "第七师": "胡杨河市", "第八师": "石河子市", "第九师": "白杨市", "第十师": "北屯市",
    "第十三师": "新星市", "第十四师": "昆玉市",
}
_DIVISION_ALONE = re.compile(r"^(?P<division>第[一二三四五六七八九十]{1,3}师)(?!范|[\u4e00-\u9fff]{2,5}市)")
# the corps before its division (兵团第八师团委 / 新疆生产建设兵团第八师X)
_CORPS = ("兵团第", "新疆生产建设兵团第")
_CORPS_DIVISION = re.compile(r"^(?P<corps>新疆生产建设兵团|兵团)第")


def _below(reg: Registry, inner: str, outer: str) -> bool:
    """Whether a place nobody listed, written after a known one, can lie inside it: 成都市|青白江区,
    but no city inside a city (芜湖|中燃城市燃气发展有限公司 is a firm of 芜湖市, not of a city 中燃城市).
    A listed place has its listed level: 宜兴市 is a county-level city of 无锡市 (无锡市宜兴生态环境局,
    the county's eco bureau, was read as 无锡市's bureau named 宜兴生态环境局)."""
    listed = reg.jurisdictions.get(inner)
    level = listed.level if listed is not None and listed.parent == outer else level_of(inner)
    return _RANK_OF_LEVEL.get(level or "", 9) > _RANK_OF_LEVEL.get(reg.jurisdiction(outer).level or "", -1)


def written_as_level(reg: Registry, chain: Chain, place: str) -> str:
    """The autonomous place a short name and a level name (长阳县 for 长阳土家族自治县, 鄂伦春旗) write,
    when it is known there, else ``place`` as written (和田县 beside 和田市 is another county)."""
    known = places_for(reg, chain).get(place[:-1]) if place not in reg.jurisdictions else None
    if known and "自治" in known and reg.jurisdiction(known).level == level_of(place):
        return known
    return place

