"""Resolving one unit name in a jurisdiction chain, memoised in the registry's cache.

``resolve_name`` (the one cache, ``Registry.cache``) → ``_resolve``, and the ``Agency`` a resolution
becomes. The divisions, units and leadership of a body written after its name are ``body_parts``'s,
which resolve the body through ``resolve_name`` passed to them; what a department's parts are named
like (patterns, no resolving) is ``division_names``, which ``departments`` reads too; how the bodies
of vertical systems are named and whose branch they are (大连海关, 市生态环境局泰和分局) is ``vertical_bodies``'s, and
national systems' bodies no place names (国家能源局电力司, 南昌铁路局集团) ``national_systems``'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from respgraph.records import Agency
from respgraph.registry import CUSTOMS_BODIES, Registry
from respgraph.resolve.body_parts import LEADERSHIP_ENDS, commission_office, leadership_of, named_division
from respgraph.resolve.division_names import _DIVISION_ENDS
from respgraph.resolve.functions import (
    _LEVEL_WORDS,
    _collective_functions,
    _name_functions,
    _national,
    _place_government,
    _portfolio_functions,
)
from respgraph.resolve.names import (
    _DISCIPLINE_PAIR,
    _ENTERPRISE_TAIL,
    _OFFICE_OF_GOVERNMENT,
    _PARTY_AND_GOVERNMENT,
    _PARTY_AND_GOVERNMENT_OFFICE,
    NATIONAL,
    each_of_levels,
    governments_of_levels,
    is_collective,
    nameplates,
    normalise,
    several_places,
    without_former,
)
from respgraph.resolve.national_systems import national_division, national_system
from respgraph.resolve.place_split import PLACE_BRAND, SCHOOL, STATIONED_OFFICE, split_place, written_as_level
from respgraph.resolve.places import (
    LOCAL_NATIONAL_NAMES,
    NOT_PLACE_START,
    core_ok,
    Resolved,
    Chain,
    places_for,
)
from respgraph.resolve.vertical_bodies import (
    branch_name,
    central_bank_branch_name,
    eco_branch_of,
    named_by_short_place,
    police_unit_name,
    police_unit_of,
    youth_league_name,
)


# 管委会经发局 / 高新区管委会建设局: a bureau of the zone's government is the zone's bureau, as 经发局
# written alone is (管委会办公室 stays the government's office)
_BUREAU_OF_ZONE_GOVERNMENT = re.compile(r"^(?:管委会|管理委员会|管委)(?=[\u4e00-\u9fff]{2,}局$)")


# 县公安局金牛派出所 / 公安分局城南派出所: a police station named with its bureau is the station named
# alone (金牛派出所, as the same plan writes it elsewhere: were two ids of one county, 公安局金牛派出所
# beside 金牛派出所); the bureau's other units (公安局交警大队) keep it
_STATION_OF_POLICE = re.compile(r"^公安(?:分)?局(?=[\u4e00-\u9fff]{2,6}派出所$)")


# the branch of a bank named after a place (九江银行, 甘肃银行), in another place: 银行<place>分行
_LOCAL_BANK_BRANCH = re.compile(r"^银行(?P<place>[\u4e00-\u9fff]{2,8}?)(?:分行|中心支行|支行)$")


# the Party, before its committee's name: 中共 or, in the formal name, 中国共产党
_PARTY_IN_FULL = re.compile("中国共产党|中共")
# the 政协's and the Youth League's committees written in full, the body before the place
# (政协绵阳市委员会 / 中国人民政治协商会议绵阳市委员会 / 共青团绵阳市委员会): the 市政协 and the
# 团市委 written short (were ids of their own, 绵阳市/政协绵阳市委员会 beside 绵阳市/政协)
_COMMITTEE_IN_FULL = re.compile(
    r"(?P<body>政协|中国人民政治协商会议|共青团|中国共产主义青年团)(?P<place>[\u4e00-\u9fff]{1,12}?(?:自治州|自治县|[省市县区州旗盟]))委员会"
)


# A prefecture (地区: 大兴安岭地区, 阿克苏地区) is governed by its party committee, the 地委, and its
# administrative office, the 行署 (行政公署), whose departments are the prefecture's: 地委宣传部 is the
# 地区's 委宣传部 as 州委宣传部 is a 州's, 行署发改委 its 发展和改革委员会 as 地区发改委 is (they were
# bodies of their own, 地委 with no function at all). A league (盟) has a 行署 too; its committee is
# the 盟委 already. The 行署 itself (行署, 行署办公室) stays as it is read.
_PREFECTURE_GOVERNED = ("地区", "盟")


def _prefecture_body(jur: str | None, core: str, explicit: bool, chain: Chain) -> tuple[str | None, str, bool]:
    """``(jur, core, explicit)`` with a 地委… / 行署… core read as the prefecture's body."""
    if jur and jur.endswith(_PREFECTURE_GOVERNED):
        place = jur
    elif explicit:
        return jur, core, explicit  # (another place's 行署…: as written)
    else:  # 地委 in a plan of a county of the prefecture: the prefecture's
        place = next((p for p in chain if p.endswith(_PREFECTURE_GOVERNED)), None)
        if place is None:
            return jur, core, explicit
    rest = core[2:]
    if core.startswith("地委") and place.endswith("地区"):
        return place, "委" + rest, True
    if core.startswith("行署") and len(rest) > 1 and not rest.startswith(("办", "专员", "领导")) and core_ok(rest):
        return place, rest, True
    return jur, core, explicit


# how a central plan (a 国务院 document's brackets) writes a national body without the word its
# name opens with: 发展改革委 / 卫生健康委 / 医保局 / 人民银行 / 网信办 / 国资委 for 国家发展改革委,
# 国家卫生健康委, 国家医保局, 中国人民银行, 中央网信办, 国务院国资委 (each was a body of its own,
# 中央/发展和改革委员会 beside 中央/国家发展和改革委员会)
_CENTRAL_OPENINGS = ("国家", "中国", "中央", "国务院")


# ... and a national bureau the registry does not list by its short name (能源局 / 统计局 / 数据局
# / 文物局 / 新闻出版署): 国家 before it, as 国家…局 is read anyway; never a name opening with a
# level or a place's word (地方金融管理局 / 省级… / 各…)
_CENTRAL_BUREAU = re.compile(r"^(?!地方|[省市县区乡镇各]|有关|相关|国家|中国|中央|国务院)[\u4e00-\u9fff]{1,8}(?:局|署)$")


# A national body named 中国… that names no place (中国环境监测总站, 中国地质调查局, 中国环境科学研究院):
# the centre's in any plan (was the plan's province's: 福建省/中国环境监测总站); not the firms and
# banks whose local branch a plan names so (中国移动, 中国银行, 中国邮政, 中国铁塔…), nor the Party
_CENTRAL_BY_NAME = re.compile(
    r"^中国(?!共产党|共青团|人民银行|[\u4e00-\u9fff]{0,4}银行|邮政|移动|电信|联通|铁塔|石油|石化|海油|人寿|人保|平安|太平|烟草|铁路|铁建|中铁|建筑|电建|能建|华能|大唐|华电|国电|三峡|广核|核电)"
    r"[\u4e00-\u9fff]{2,14}(?:总站|总局|局|研究院|科学院|研究中心|监测中心|总队)$"
)


def _names_a_place(reg: Registry, t: str, chain: Chain) -> bool:
    """Does ``t`` open with a place below the centre (上海市水务局, 苏州市水务局 in a 流域管理局's
    plan of the basin's provinces and cities)? Such a body is that place's, never a national body
    written short (was 国家上海市水务局)."""
    jur, _core, explicit = split_place(reg, t, chain)
    return explicit and jur is not None and jur != NATIONAL


def _central_short(reg: Registry, t: str) -> str:
    """``t`` as a national body is listed, when a central plan writes it short, else ``t``."""
    for opening in _CENTRAL_OPENINGS:
        if not t.startswith(opening) and (NATIONAL, opening + t) in reg.scoped_aliases:
            return opening + t
    return "国家" + t if _CENTRAL_BUREAU.match(t) else t


# a national or provincial new area named alone (两江新区, 江北新区, 天府新区); not 本新区 / 各新区
# (高新区 is a kind of zone, as 国家级新区 / 省级新区 are: 国家高新区 stays one)
_NAMED_NEW_AREA = re.compile(r"(?![各本该全]|国家|省级)[\u4e00-\u9fff]{2,6}(?<!高)新区"
                             # ... and a bonded zone named alone (天津港保税区, 东疆保税港区) and an 经济区 listed as a
                             # unit (长兴岛经济区: 大连's zone, governed by its 管委会; was 长兴岛经济区/人民政府). A
                             # region (海峡西岸经济区, 淮海经济区) has no government either: named as a unit it is no
                             # 人民政府, and its longer names (…经济区建设领导小组) are not read here; a port area
                             # (东疆港区, 南沙港区: a zone its 管委会 runs; was 东疆港区人民政府) likewise, the
                             # districts named so (泉港区, 海港区) being listed places
                             r"|(?![各本该全]|综合)[\u4e00-\u9fff]{2,6}(?:保税港区|保税区|经济区|港区)")


@dataclass(slots=True)
class _Reading:
    """A unit's name as ``_resolve`` reads it, step by step: where, who, in which words."""

    t: str  # the name, normalised, a party or 政协 committee written in full read short
    party: bool  # a party body (中共…, 县委…, 县网信办)
    collective: bool  # a collective (各乡镇, 县直有关部门)
    jur: str | None = None  # its place
    core: str = ""  # the name after its place
    explicit: bool = False  # the name says its place
    place_gov: tuple | None = None  # (place, core, functions): the name is a place's government itself
    short: str = ""  # the canonical short name (aliases.csv)
    expanded: str = ""  # an abbreviation's full name (文广旅体局 -> 文化广电旅游体育局), read for functions too
    office: re.Match | None = None  # 县委、县政府督查室: the joint office's own name


# what names a national system's regional body (``national_system``)
_SYSTEM_MARKS = ("铁路", "局集团", "民航", "民用航空")


def _resolve(reg: Registry, text: str, chain: Chain, portfolio: tuple[str, ...], collective: bool) -> Resolved:
    r = _read_as_written(reg, text, collective)
    if not r.collective and not r.party and any(w in r.t for w in _SYSTEM_MARKS):
        system = national_system(reg, r.t)
        if system:
            return system
    _read_place(reg, r, chain)
    division = _read_national(reg, r, chain)
    if division:
        return division
    _read_place_itself(reg, r, chain)
    _read_short_name(reg, r)
    functions, name_functions = _read_functions(reg, r, portfolio)
    kind, known = _read_kind(reg, r, functions, name_functions)
    return _resolved_body(reg, r, chain, functions, kind, known)


def _read_as_written(reg: Registry, text: str, collective: bool) -> _Reading:
    """The name with a party or 政协 / 团 committee written in full read short, and a named new area
    written alone read as its government; whether it is a party body or a collective."""
    t = normalise(text)
    party = False
    if (p := _PARTY_IN_FULL.match(t)) is not None:  # 中共昆明市委员会 / 中国共产党昆明市委员会
        t, party = t[p.end():], True
    elif (c := _COMMITTEE_IN_FULL.match(t)) is not None:  # 政协绵阳市委员会办公室 -> 绵阳市政协办公室
        t = c.group("place") + ("团委" if "团" in c.group("body") else "政协") + t[c.end():]
    t = each_of_levels(t)  # 县市区人民政府 in a province's plan: 各县（市、区）人民政府
    collective = collective or is_collective(t)
    if not collective and _NAMED_NEW_AREA.fullmatch(t) and t not in reg.jurisdictions:
        # 两江新区 written alone (两江新区、西部科学城重庆高新区管委会: the 管委会 written once for both)
        # is the zone's government, as 两江新区管委会 is (was 重庆市/两江新区, a second id); a listed
        # district (浦东新区, 滨海新区) is a place whose government the bare name already is
        t += "管委会"
    return _Reading(t=t, party=party, collective=collective)


def _read_place(reg: Registry, r: _Reading, chain: Chain) -> None:
    """``r.jur``, ``r.core``, ``r.explicit``: the place the name says (or the plan's) and the name
    after it; a national body as listed first, a zone's or a prefecture's body, a party committee's."""
    plan_j = chain[0] if chain else None
    t = r.t
    if plan_j == NATIONAL and not r.collective and (NATIONAL, t) not in reg.scoped_aliases and not _names_a_place(reg, t, chain):
        t = r.t = _central_short(reg, t)
    if (NATIONAL, t) in reg.scoped_aliases:
        # a national body as listed, before any place is read into it: 中央宣传部 (not 宣传部 of 中央)
        jur, core, explicit = NATIONAL, t, True
        r.party = r.party or (t.startswith("中央") and not t.startswith("中央军委"))  # the Party centre's organs
    else:
        jur, core, explicit = split_place(reg, t, chain) if t and not (r.collective and several_places(t)) else (plan_j, t, False)
        if not explicit and not r.collective and _CENTRAL_BY_NAME.match(t):
            jur, explicit = NATIONAL, True  # 中国环境监测总站 in a province's plan: the national body
    core = _BUREAU_OF_ZONE_GOVERNMENT.sub("", core, 1)
    core = _STATION_OF_POLICE.sub("", core, 1)
    if explicit and jur and (branch := _LOCAL_BANK_BRANCH.match(core)) and (
        there := places_for(reg, chain).get(branch["place"]) or reg.places.get(branch["place"])
    ) and there != jur:
        # 九江银行宜春分行 / 甘肃银行天水分行: a bank named after its home place, its branch in another:
        # that place's branch of the bank (was 九江市/银行宜春分行, a body of the bank's home, named
        # 九江市银行宜春分行)
        jur, core = there, t[: len(t) - len(core)] + "银行"
    if core.startswith(("地委", "行署")) and not r.collective:
        jur, core, explicit = _prefecture_body(jur, core, explicit, chain)
    if r.party and core.startswith("委员会"):
        # 中共昆明市委员会 / 中共昆明市委员会办公室 is the 市委 / 市委办公室 written in full (one id, not
        # 昆明市/委员会 beside 昆明市/委); without 中共 a place's 委员会 may be the 政协's
        core = "委" + core[3:]
    if core.startswith("委") and len(core) >= 1:  # 区委宣传部, 市委办公室, 区委
        r.party = True
    if jur and jur != NATIONAL and _PARK_AUTHORITY.match(core) and (province := _province_of(reg, jur, chain)):
        jur, explicit = province, True
    elif (jur and jur != NATIONAL and not explicit and not r.collective and not r.party and _named_university(core)
          and (province := _province_of(reg, jur, chain))):
        jur, explicit = province, True
    r.jur, r.core, r.explicit = jur, core, explicit


# A national park's authority named after its park (钱江源国家公园管理局, 武夷山国家公园管理局,
# 三江源国家公园管理局) is its province's body (the pilot parks' authorities are set up by the province,
# under its government or forestry department), not the county's or city's the park lies in, in
# whichever plan names it; the national 国家公园管理局 (国家林草局's nameplate) names no park.
_PARK_AUTHORITY = re.compile(r"^[^省市县区]{2,8}国家公园管理局$")


# A university or college named by a name of its own, no place's (中南大学, 长安大学, 南方医科大学), and
# the hospitals and centres named after it (中南大学湘雅医院, 三峡大学附属仁和医院, 中南大学技术转移中心):
# a body of its province, in whichever plan of the province names it (was the plan's place's:
# 岳麓区/中南大学湘雅医院 in a district's plan beside 长沙市/中南大学湘雅医院 in the city's, one hospital
# two bodies, and 西安国际港务区长安大学). One named by its place (湖南大学, 西安交通大学, 宜春学院) is
# that place's already; a kind of school every place has (老年大学, 开放大学, 职业技术学院, 干部学院)
# written alone is the plan's place's own.
_UNIVERSITY_NAMED = re.compile(r"^(?!中国|国家)(?P<own>[\u4e00-\u9fff]{2,8}?)(?:大学|学院)(?![\u4e00-\u9fff]*(?:党委|党校))")
_SCHOOL_KIND = re.compile(
    r"(?:老年|开放|广播电视|电视|职业|技术|技师|技工|师范|医学|医科|卫生|护理|社区|干部|行政|农民|市民|家长|党员|乡村"
    r"|网络|企业|妇女|青年|工人|职工|城市|科技|工程|理工|财经|体育|艺术|幼儿|高等|专科|中等|继续教育|成人|应用|文明实践"
    r"|社会主义|新时代|红色|商|农|林|工|警官|警察|消防)+"
)


def _named_university(core: str) -> bool:
    """Whether ``core`` is a university or college named by a name of its own, or a body named after
    one (see ``_UNIVERSITY_NAMED``)."""
    m = _UNIVERSITY_NAMED.match(core)
    return m is not None and not _SCHOOL_KIND.fullmatch(m["own"])


def _province_of(reg: Registry, jur: str, chain: Chain) -> str | None:
    """The province ``jur`` lies in, by the registry or by the plan's chain of places, or None."""
    places = reg.ancestors(jur) if jur in reg.jurisdictions else list(chain) if jur in chain else [jur]
    return next((p for p in places if reg.jurisdiction(p).level == "province"), None)


def _read_national(reg: Registry, r: _Reading, chain: Chain) -> Resolved | None:
    """A name of no place that is a national body's: ``r`` made the centre's; a national body's
    department (国家能源局电力司) is returned whole, a division of that body."""
    if r.explicit or r.collective or r.party:
        return None
    national = _national(reg, r.core, chain)
    if national:
        r.jur, r.core, r.explicit = NATIONAL, national, True
    elif r.core.endswith("司"):
        return national_division(reg, r.core, chain, resolve_name)
    return None


def _read_place_itself(reg: Registry, r: _Reading, chain: Chain) -> None:
    """A name that is a place, not one of its bodies: 塔城地区 (its 地区), 凉山州 (its government)."""
    if r.explicit and r.jur and r.core in _LEVEL_WORDS and r.jur.endswith(r.core):
        r.core = r.jur  # 塔城地区 read as the place 塔城地区 and its 地区: the place itself
    r.place_gov = _place_government(reg, r.core) if not r.collective and not r.party else None
    if r.place_gov:
        # 凉山州 alone is 凉山彝族自治州, as 凉山州人民政府 is (its short name, as the registry lists it)
        place = reg.canonical_place(r.place_gov[0]) or r.place_gov[0]
        if place not in reg.jurisdictions and (own := places_for(reg, chain).get(place)) in reg.jurisdictions:
            # 水东镇 alone in a plan of 章贡区: 章贡区水东镇, as 水东镇人民政府 is read there (the name is
            # many counties' towns: it was a town of no county, a second id beside 章贡区水东镇's)
            place = own
        r.jur, r.core, r.explicit = written_as_level(reg, chain, place), r.place_gov[1], True


def _read_short_name(reg: Registry, r: _Reading) -> None:
    """``r.short``: the canonical short name of ``r.core`` (aliases.csv, by the place's level too;
    a branch by its bureau's; the party and government written together; a government's office)."""
    jur, core = r.jur, r.core
    short = reg.scoped_aliases.get((jur or "", core)) or reg.aliases.get(core) or core
    if jur and (by_level := reg.scoped_aliases.get((reg.jurisdiction(jur).level or "", short))):
        short = by_level  # a name by the place's level (aliases.csv): 省法院 is the 高级人民法院
    r.expanded = short
    if short == core and core.endswith("分局") and reg.aliases.get(core[:-2] + "局", "").endswith("局"):
        short = reg.aliases[core[:-2] + "局"][:-1] + "分局"  # 市场监管分局 as 市场监管局 -> 市场监督管理分局
    # A committee written short (市交通委, 区城市管理委) is named in full by aliases.csv only: the
    # full name is not always the short one + 员会 (市民族宗教委 is the 民族宗教事务委员会, 区住房建设委
    # 天津's 住房和建设委员会), so one the registry does not know stays as written, its functions
    # read from its words (was: core + 员会 for any field before 委, inventing 民族宗教委员会).
    if short.startswith("委") and not core.startswith("委") and not r.collective:
        r.party = True  # 县网信办 = 县委网信办: the party committee's office, written without its 委
    if _PARTY_AND_GOVERNMENT.match(core):  # 县委、县政府 = 县委县政府 = 县委和县人民政府
        short = "委、政府"
    elif _DISCIPLINE_PAIR.match(core):  # 中共仙居县纪律检查委员会仙居县监察委员会: one body since 2018
        short = "纪委监委"
    if short == core and core.startswith(("政府", "人民政府")) and not core.startswith(("政府办", "人民政府办")):
        # 市政府国资委 = 人民政府 + 国资委 expanded; 县政府督查室 = 县人民政府督查室
        rest = core[4:] if core.startswith("人民政府") else core[2:]
        if rest in reg.aliases:
            short = "人民政府" + reg.aliases[rest]
        elif not r.collective and _OFFICE_OF_GOVERNMENT.match(rest):
            short = "人民政府" + rest
    r.office = _PARTY_AND_GOVERNMENT_OFFICE.match(core) if short == core else None
    if r.office:  # 县委、县政府督查室 = 县委县政府督查室 = 县委、县人民政府督查室: one joint office
        short = "委、政府" + r.office.group(1)
    r.short = short


def _read_functions(reg: Registry, r: _Reading, portfolio: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """(functions, those its name gives): read from the name's words, a party body's with 党委, a
    collective's by the level it names, a place's government's its level's; a portfolio wins."""
    core, short, party = r.core, r.short, r.party
    # the government as a whole prefixes some offices: 区政府金融办 is a 金融 office
    read = core[1:] if party and core.startswith("委") else core
    if r.office:
        read = r.office.group(1)
    elif read.startswith(("人民政府", "政府")):
        rest = read[4:] if read.startswith("人民政府") else read[2:]
        if rest and not rest.startswith(("办", "驻")):  # (政府驻京办事处: the government's office, not a street's)
            read = rest
    functions, exclusive = _name_functions(reg, read) if read else ([], False)
    if not functions and (short != core or short.startswith("人民政府")):  # 县人民政府研究室 as 县政府研究室
        functions, exclusive = _name_functions(reg, short)
    elif r.expanded != core and not exclusive:  # 文广旅体局 -> 文化广电旅游体育局: the full name says 体育 too
        more, more_exclusive = _name_functions(reg, re.sub(r"^(?:人民)?政府(?!办)", "", r.expanded))  # (政府金融办: not 政府's)
        if not more_exclusive:
            functions += [f for f in more if f not in functions]
    if read in ("人民政府", "政府", "政府、党委", "党委、政府", "党委和政府", "党委和人民政府"):
        functions = ["政府"]
    elif _PARTY_AND_GOVERNMENT.match(core):
        functions, exclusive = ["党委", "政府"], True
    if party and not exclusive and not any(reg.functions[c].kind == "party" for c in functions if c in reg.functions):
        functions = ["党委", *functions]  # (中共XX县纪律检查委员会 is 纪检监察, a party body already, as 县纪委 is)
    if party and "政府办公室" in functions and not any(w in short for w in ("政府", "党政")):
        # 县委督查室: the party committee's own office (督查 names an office's work, not whose);
        # 县政府督查室 and 县委县政府督查室 keep the government office's function
        functions = [f for f in functions if f != "政府办公室"]
    if r.collective:
        functions = _collective_functions(r.t, functions)
    if r.place_gov:
        functions, exclusive = list(r.place_gov[2]), True
    elif functions == ["政府"] and (r.jur or "").endswith(("镇", "乡", "街道", "苏木")):  # 镇政府: a town's
        functions = ["乡镇街道"]
    elif not functions and (r.jur or "").endswith(("镇", "乡", "街道", "苏木")) and core.endswith(("办公室", "办")):
        # 镇公共服务办公室 / 镇党政综合办公室: an office of the town's government, whose name says
        # whose it is and no field (was a body of no function)
        functions = ["乡镇街道"]
    name_functions = functions
    from_portfolio = _portfolio_functions(reg, portfolio) if portfolio else []
    if from_portfolio:
        functions = from_portfolio if not party else ["党委", *[f for f in from_portfolio if f != "党委"]]
    return functions, name_functions


# a bank's branch written in full (长沙银行岳麓山支行, 贵阳银行观山湖支行): the bank's, a firm as it is
_BANK_BRANCH = re.compile(r"银行[^银行]{1,12}[分支]行$")


def _read_kind(reg: Registry, r: _Reading, functions: list[str], name_functions: list[str]) -> tuple[str, bool]:
    """(kind, known): a collective, a firm, a party body, else the kind its functions imply; a name
    of no function is ``other`` and not known."""
    if r.collective:
        kind = "collective"
    elif (r.core.endswith(_ENTERPRISE_TAIL) or "公司" in r.core or r.short.endswith(_ENTERPRISE_TAIL) or _BANK_BRANCH.search(r.core)) and "人民银行" not in r.core:
        # (the central bank is no firm; a firm written short, 县农行 / 县农发行, is one as its full name,
        # 农业银行, says: it was an agency beside the enterprise 农行光山支行, one id)
        kind = "enterprise"
    elif r.party:
        kind = "party"
    else:
        kinds = [reg.functions[c].kind for c in (*name_functions, *functions) if c in reg.functions]
        kind = next((k for k in kinds if k), "agency")
    known = bool(functions) or r.collective
    if not known:
        kind = "other"
    return kind, known


# A place's group written with its legal form or without (市水务集团, 市水务集团有限公司, 市水务集团股份
# 有限公司): one firm (were two agencies). Its id drops the form; its name stays as the plan writes it.
# (Only a group of a place, as plans name their 城投 / 水务 / 交投 groups both ways: a company's
# 有限公司 stays in its id, and so do the national groups' names, 中国铁路成都局集团有限公司.)
_GROUP_FORM = re.compile(r"(?<=集团)(?:股份有限公司|有限责任公司|有限公司)$")


# ... written with its 集团 in brackets (天津港（集团）有限公司): the group as 天津港集团 is
_BRACKETED_GROUP = re.compile(r"[（(]集团[）)](?=(?:股份有限公司|有限责任公司|有限公司)$)")


def _without_company_form(body: str) -> str:
    return _GROUP_FORM.sub("", _BRACKETED_GROUP.sub("集团", body)) if len(body) > 6 else body


# a central bank branch's office serving its seat (中国人民银行四川省分行营业管理部, aliases.csv): filed
# under the branch's place, whose name its own name no longer says (四川省人民银行营业管理部)
_PBOC_BRANCH_OFFICE = "人民银行营业管理部"


def _customs_place(reg: Registry, jur: str, written: str) -> str:
    """The place whose customs a county's or a district's plan means by its bare 海关 (``written`` 海关 /
    县海关 / 区海关, no place's name): the city's (三台县 -> 绵阳市: 绵阳海关; was 三台海关, a customs
    nobody has), or the province-level city's (浦东新区 -> 上海市: 上海海关). A customs named by its
    place (三台海关 / 洋山海关) is as written; a county-level city keeps its own (昆山市 / 张家港市
    have one; which others do is not known), and so does any other place."""
    j = reg.jurisdiction(jur)
    if j.level not in ("county", "district") or jur.endswith("市") or not j.parent or (j.short and j.short in written):
        return jur
    return j.parent if reg.jurisdiction(j.parent).level in ("city", "province") else jur


def _resolved_body(reg: Registry, r: _Reading, chain: Chain, functions: list[str], kind: str, known: bool) -> Resolved:
    """The agency read: its id (place / the one body's name) and its name as it names itself."""
    jur, short, t = r.jur, r.short, r.t
    if short in CUSTOMS_BODIES and jur:
        jur = _customs_place(reg, jur, t)  # 海关 / 县海关 in a county's plan: the city's (三台县: 绵阳海关)
    if short == _PBOC_BRANCH_OFFICE and jur and reg.jurisdiction(jur).level == "city" and (up := reg.jurisdiction(jur).parent):
        # 人行成都分行营业管理部: the office of a former regional branch (成都分行, 2023: 四川省分行) serving
        # its seat, the province branch's since, one body with 人行四川省分行营业管理部 (were 成都市's and 四川省's)
        jur = up if reg.jurisdiction(up).level == "province" else jur
    if short in CUSTOMS_BODIES and jur and (seat := reg.customs_seat(jur)):
        jur = seat  # 海关 / 省海关 / 四川省海关 in a province's plan: 成都海关 (成都市/海关), the district serving it
    jid = jur if jur else "（未知）"
    # 国网宁都县供电公司, 中国移动XX分公司, 人民银行XX分行, 国家税务总局XX税务局: a national body's
    # local branch already names its place; the plan's jurisdiction in front
    # (宁都县国网宁都县供电公司) would misname it.
    # (a bare brand, 市人民银行, is that place's branch: 绵阳市人民银行)
    jshort = reg.jurisdiction(jur).short if jur is not None else ""
    branded = (jur is not None and (SCHOOL.search(short) is not None or bool(jshort) and PLACE_BRAND.match(short, len(jshort)) is not None) and short.startswith(jshort)) or any(
        short.startswith(b) and len(short) > len(b) for b in NOT_PLACE_START + ("人民银行",)) and not (
        jur and short.startswith(LOCAL_NATIONAL_NAMES)
    ) and short != _PBOC_BRANCH_OFFICE or _named_university(short)  # 中南大学湘雅医院: named as it names itself
    # 唐山港集团股份有限公司 / 宁波舟山港股份有限公司: a firm of no known function named by its place's
    # short name, the name kept as written (was 唐山市港集团…), its id the place's firm as 唐山市港集团…
    # is (a firm of a function, 绵阳供电公司, is named as the place's 供电公司 whatever the spelling)
    # ... and so is a firm of a function whose own name comes before its trade (南宁建宁水务集团, 南宁华润
    # 燃气有限公司: was 南宁市建宁水务集团); a firm named as its trade alone, 绵阳供电公司, stays the
    # place's 供电公司. A firm naming its place inside its name (华润燃气南宁公司: a brand's company
    # of the place) is named as written too (was 南宁市华润燃气南宁公司); its id is the place's firm.
    firm = (kind == "enterprise" or not known and short.endswith(("公司", "集团"))) and jur is not None and not branded and jur != NATIONAL
    js = reg.jurisdiction(jur).short if firm else ""
    firm_named = (
        firm and bool(js) and t.startswith(js) and not t.startswith(jur) and t[len(js):].startswith(short)
        and (not known or not _named_as_its_trade(reg, short))
    )
    firm_holds_place = firm and len(js) >= 2 and js in short[1:]
    # 三峡大学 / 北部湾港集团 written bare, no place or level before it (宜昌市's, 南宁市's plan): a
    # university's or a firm's own name, which no place's name belongs in (a university is a
    # province's or a ministry's, a group named without its place may be the province's): named as
    # written (were 宜昌市三峡大学, 南宁市北部湾港集团), its id the plan's place's as a brand's branch is.
    # A firm named as its trade alone (水务集团, 城投公司) is the place's and named so (南宁市水务集团).
    # (a firm by a group's or a company's name: a generic firm, 物业公司, stays the place's)
    own_name = t == short and jur is not None and not _named_as_its_trade(reg, short) and (
        firm and (short.endswith("集团") or "有限" in short) or short.endswith(("大学", "学院")) and _named_university(short))  # (not 中心学校, 职业技术学院: the place's)
    body = reg.filed_under(short, jur)  # 县发展和改革局 is filed as 县发展和改革委员会
    if r.collective:
        body = governments_of_levels(body)
    by_short = not branded and not firm_named and named_by_short_place(reg, jur, short)
    eco_bureau = eco_branch_of(reg, jur, short, t, chain)
    police = None if eco_bureau else police_unit_of(reg, jur, body)
    return Resolved(
        parent=eco_bureau or police,
        # (a firm named by its place, 天津港集团 / 天津港（集团）有限公司, is one firm however its form is written)
        agency_id=f"{jid}/{_own_bank(jshort, body) or (_without_company_form(body) if (kind == 'enterprise' or firm_named) and jur != NATIONAL else body)}",
        name=short if branded or own_name or jur == NATIONAL or firm_holds_place or (t == short and STATIONED_OFFICE.match(short)) else f"{js}{short}" if firm_named else by_short or (
            police and police_unit_name(reg, jur, police, body)) or youth_league_name(reg, jur, body, t) or central_bank_branch_name(short, t) or f"{jur or ''}{_full_name(short, body)}",
        jurisdiction=jur,
        functions=tuple(functions),
        kind=kind,
        known=known,
        explicit=r.explicit,
        # (a branch of a city bureau the registry cannot name keeps its branch's name: 某县生态环境分局;
        # a body one_body.csv files under another name's id keeps the name written: 县发展和改革局 is
        # no 县发展和改革委员会 however the id is spelt)
        canonical=branch_name(reg, jur, eco_bureau, short, t) if eco_bureau else "",
    )


def _own_bank(place_short: str, body: str) -> str:
    """The city's own bank whose branch ``body`` is (长沙银行岳麓山支行 -> 长沙银行: one firm in its
    city, as a state bank's branches in a place are, 九江银行宜春分行 in 宜春市's), or ""."""
    if not place_short or not body.startswith(place_short + "银行"):
        return ""
    return body[: len(place_short) + 2] if _BANK_BRANCH.search(body) else ""


def _named_as_its_trade(reg: Registry, short: str) -> bool:
    """A firm's name that starts with its trade (供电公司, 水务集团, 城投集团): the place's firm of
    that trade, as 市供电公司 is; one with a name of its own before it (建宁水务集团) is not."""
    m = reg.keyword_re.search(short)
    return m is not None and m.start() == 0


def _full_name(short: str, body: str) -> str:
    """The body's name as written (``short``), or its id's (``body``) when that only adds whose the
    body is: 法制办公室 -> 人民政府法制办公室 (the government's legal office; the written name in full).
    A body one_body.csv files under another name (发展和改革局 as 发展和改革委员会, 行政审批服务局 as
    行政审批局) keeps the name written: the id's spelling is another body's name in most places."""
    return body if body != short and body.endswith(short) else short


_CACHE_LIMIT = 1_000_000


def resolve_name(reg: Registry, text: str, chain: Chain, portfolio: tuple[str, ...], collective: bool) -> Resolved:
    """What the unit name ``text`` resolves to in the jurisdiction ``chain`` (with the portfolio
    its brackets listed, and whether it is a collective), memoised in ``reg.cache``: the one way
    the other resolve modules ask for a name."""
    # The key holds all a resolution reads: the registry's files (fixed for its life) and these.
    # The parents plans teach (``Registry.learned``) are not in it because no resolution reads them:
    # a chain takes only listed places' parents (``Registry.ancestors``) and a level from a name's
    # suffix; only the graph's PART_OF reads learned ones (tests/test_places_and_systems.py).
    key = (chain, text, portfolio, collective)
    hit = reg.cache.get(key)
    if hit is None:
        if len(reg.cache) > _CACHE_LIMIT:
            reg.cache.clear()
        unit, plates = nameplates(normalise(text)) if text.endswith(("）", ")")) else (text, [])
        unit = without_former(reg, unit) if unit.startswith(("原", "新")) or "的" in unit or "筹" in unit else unit
        hit = (
            (commission_office(reg, normalise(unit), chain, resolve_name) if unit.endswith("委办公室") and not collective else None)
            or (named_division(reg, normalise(unit), chain, resolve_name) if unit.endswith(_DIVISION_ENDS) and not collective else None)
            or (leadership_of(reg, normalise(unit), chain, portfolio, resolve_name) if unit.endswith(LEADERSHIP_ENDS) else None)
            or _resolve(reg, unit, chain, portfolio, collective)
        )
        if plates:
            hit = with_nameplates(reg, hit, plates, chain)
        reg.cache[key] = hit
    return hit


def with_nameplates(reg: Registry, r: Resolved, plates: list[str], chain: Chain) -> Resolved:
    """``r`` holding the functions of its other nameplates too (县人社局（县医保局）: 人力社保 and
    卫生健康); its id stays the unit's: one office, counted once."""
    more = [f for p in plates for f in resolve_name(reg, p, chain, (), False).functions]
    functions = tuple(merge_functions(reg, list(r.functions), more))
    return r if functions == r.functions else replace(r, functions=functions, known=True)


def agency_of(r: Resolved, mention_text: str) -> Agency:
    """The ``Agency`` (what the later stages see) a resolution ``r`` of ``mention_text`` stands for."""
    return Agency(
        agency_id=r.agency_id,
        name=r.canonical or r.name,
        jurisdiction=r.jurisdiction,
        functions=list(r.functions),
        kind=r.kind,  # type: ignore[arg-type]
        aliases=[mention_text],
        known=r.known,
        parent=r.parent,
    )


def merge_functions(reg: Registry, have: list[str], more) -> list[str]:
    """``have`` then the new codes of ``more`` in taxonomy order, so that the result does not
    depend on the order in which portfolios happen to be met."""
    order = {c: i for i, c in enumerate(reg.functions)}
    extra = sorted((f for f in set(more) if f not in have), key=lambda c: order.get(c, len(order)))
    return [*have, *extra]
