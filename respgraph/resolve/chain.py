"""A plan's jurisdiction chain: from its issuers, title and text (``plan_jurisdiction``,
``plan_chain``, ``text_parent``).
"""

from __future__ import annotations

import re

from respgraph.records import PlanMeta
from respgraph.registry import Registry, load_registry
from respgraph.resolve.core import resolve_name
from respgraph.resolve.names import _WS, NATIONAL
from respgraph.resolve.issuer_places import ISSUER_PLACE_PATTERNS, NESTED_PLACE, NESTED_PLACE_ANYWHERE, nested_places
from respgraph.resolve.places import ZONE_WORDS, places_for, Resolved, Chain


# Bodies of national systems and regions, not of a place's level (民航西南地区管理局, 成都铁路局, 成都
# 海关, 国网…供电公司): a list's place prefix is not carried to them, nor from them.
_SYSTEM_WORDS = ("民航", "铁路", "海关", "国网", "电网", "电力", "供电", "地区管理局")
# ... nor a body that names its place inside its own name: a national body's office written in full
# (国家外汇管理局陕西省分局, 中国人民银行X分行), a university or school (西安交通大学, 长安大学): the
# place is no prefix the list shares (港务区人社局 after 西安交通大学 was 西安市's, 港务区金融局 after
# 国家外汇管理局陕西省分局 陕西省's)
_NAME_HOLDS_ITS_PLACE = re.compile(r"^(?:国家|中国|中华)|大学|学院|学校")


def _of_a_place(r: Resolved, text: str) -> bool:
    """Whether ``r`` (as ``text`` writes it) is a body of a place's level that a prefix written once
    in a list (市发改委、财政局) can name: no firm, national body or body of a national system."""
    return (r.kind != "enterprise" and r.jurisdiction != NATIONAL and not any(w in text for w in _SYSTEM_WORDS)
            and _NAME_HOLDS_ITS_PLACE.search(text) is None)


# A name of a zone's body (片区综合业务局, 科技城新区管委会) names its zone: no list prefix is carried to it
_ZONE_NAMED = (*ZONE_WORDS, "片区")


# A board of an area that no zone word names (白沟新城管委会, 洱海保护管委会, 景区管委会): its name is its
# area's; a bare 管委会 (高新区党工委、管委会) is not
_AREA_BOARD = re.compile(r"(.*?)(?:管委会|管理委员会)$")


def _names_own_place(reg: Registry, text: str) -> bool:
    """Whether ``text`` opens with a place of its own that the resolver did not place (游仙公安分局
    in a 绵阳市 plan: 游仙区's short name, read only in its own plans) or names a zone, so that the
    prefix of the body before it in a list (涪城区税务局、游仙公安分局) is not its."""
    if any(w in text for w in _ZONE_NAMED):
        return True
    if (area := _AREA_BOARD.match(text)) is not None and len(area.group(1)) >= 2:
        return True  # 保定高新区、白沟新城管委会: a board names its own area (was 保定高新区白沟新城管委会)
    m = reg.keyword_re.search(text)
    return m is not None and m.start() >= 2 and text[: m.start()] in _all_shorts(reg)


def _all_shorts(reg: Registry) -> frozenset[str]:
    """The short names of every place the registry lists, counties.csv's too."""
    shorts = reg.cache.get("all_shorts")
    if shorts is None:
        # (not those of a shared name's places: 西湖 of 杭州市西湖区 is read in its own plans only)
        shorts = reg.cache["all_shorts"] = frozenset(j.short for j in reg.jurisdictions.values() if j.short and j.name not in reg.qualified)
    return shorts


def _only_separator(text: str, a: int, b: int) -> bool:
    gap = _WS.sub("", text[a:b]) if 0 <= a <= b <= len(text) else "x"
    return gap in ("、", "，", ",")


def _issuer_chain(reg: Registry, texts: list[str], place: str) -> list[str]:
    """The longest chain of places, innermost first, that an issuer writes around ``place``
    (四川省绵阳市三台县人民政府 -> 三台县, 绵阳市, 四川省); [] when none names it. The first issuer
    that opens with one wins (成都市青白江区 for 成都市: the plan is the inner one's); else the places
    above ours written by any issuer of a line that runs several together."""
    for text in texts:
        m = NESTED_PLACE.match(text)
        parts = [reg.canonical_place(p) or p for p in nested_places(m.group(1))] if m else []
        if place in parts and len(parts) > 1:
            return list(reversed(parts))
    best: list[str] = []
    for text in texts:
        for m in NESTED_PLACE_ANYWHERE.finditer(text):
            parts = [reg.canonical_place(p) or p for p in nested_places(m.group(1))]
            if parts and parts[-1] == place and len(parts) > len(best):  # only the places above ours
                best = parts
    return list(reversed(best))


def _named_after_place(reg: Registry, zone: str) -> list[str]:
    """The listed place an unlisted development zone is named after (绵阳高新区, 宜春经济技术开发区
    -> 绵阳市, 宜春市) with its parents, or [] (赣江新区, 天府新区 name no listed place)."""
    for k in range(min(8, len(zone) - 2), 1, -1):
        listed = reg.places.get(zone[:k]) or reg.shorts.get(zone[:k])  # 樟树 + 高新区: a county's zone
        if listed and listed != zone and reg.jurisdiction(listed).level in ("province", "city", "district", "county"):
            return reg.ancestors(listed)
    return []


# A zone's government (江北新区管委会, 起步区管委会, 临港新片区管委会): a place so governed is a zone,
# whatever its name ends with (起步区 reads as a district by its suffix)
_ZONE_GOVERNMENT = ("/管委会", "/党工委", "/管理委员会")


def zone_parent(reg: Registry, r: Resolved, written: str, chain: Chain) -> str | None:
    """The place the zone ``r`` is a body of lies in, for the graph's PART_OF, when a plan of
    ``chain`` names it as ``written``: the place written before it (南京江北新区管委会 -> 南京市), the
    one it is named after (南京高新区 -> 南京市; 浦口经开区 in 南京市's plan -> 浦口区), else the plan's
    own city (江北新区管委会 in 南京市's plan, 起步区管委会 in 济南市's, 两江新区 in 重庆市's): a zone named
    bare in a city's plan is that city's, as its bureaus named bare are. None for a place that is no
    zone, one the registry lists or the plan's own, and a bare zone in any other plan (a province's
    names several cities' zones; a district's plan may name its own or its city's)."""
    zone = r.jurisdiction
    if not zone or zone in chain or zone in reg.jurisdictions or "所" in zone or zone.startswith("（"):
        return None
    if reg.jurisdiction(zone).level != "zone" and not r.agency_id.endswith(_ZONE_GOVERNMENT):
        return None
    places = places_for(reg, chain)
    at = written.find(zone)
    if at >= 2 and (before := places.get(written[:at])):
        return before
    for k in range(min(8, len(zone) - 2), 1, -1):
        named = places.get(zone[:k])
        if named and named != zone and reg.jurisdiction(named).level in ("province", "city", "district", "county"):
            return named
    own = reg.jurisdiction(chain[0]) if chain else None
    if own is not None and (own.level == "city" or own.level == "province" and own.name.endswith("市")):
        return own.name
    return None


# The levels a town or street office lies directly in (a city's plan names its counties' towns)
_TOWN_PARENT_LEVELS = ("county", "district")


def town_parent(reg: Registry, r: Resolved, written: str, chain: Chain) -> str | None:
    """The county a town or street office the registry does not list lies in, for the graph's
    PART_OF, when a plan of ``chain`` names it as ``written``: the county or district written before
    it (博罗县罗州街道办事处 -> 博罗县), else the plan's own, when that is a county or district: a
    county's plan names its own towns (黄土店镇人民政府 in 延庆区's plan), as the towns listed under
    their county (shared_names.csv: 霍邱县城关镇) have it. None for a listed town (its row says), the
    plan's own, and one named bare in a city's or a province's plan (no county to give)."""
    town = r.jurisdiction
    if not town or town in chain or town in reg.jurisdictions or "所" in town or town.startswith("（"):
        return None
    if reg.jurisdiction(town).level not in ("township", "subdistrict"):
        return None
    at = written.find(town)
    if at >= 2 and (before := places_for(reg, chain).get(written[:at])):
        return before if reg.jurisdiction(before).level in _TOWN_PARENT_LEVELS else None
    own = reg.jurisdiction(chain[0]) if chain else None
    return own.name if own is not None and own.level in _TOWN_PARENT_LEVELS else None


def plan_jurisdiction(meta: PlanMeta, reg: Registry | None = None) -> str | None:
    """The plan's jurisdiction: ``meta.jurisdiction`` in the registry's spelling or, when the
    structure stage found none, the place its issuers or title name (中共宁丰县委 -> 宁丰县).
    When an issuer names a place inside the one found (成都市青白江区人民政府 for 成都市), the
    inner place is the plan's.

    >>> plan_jurisdiction(PlanMeta("p", "p.txt", title="宁丰党发〔2023〕37号中共宁丰县委宁丰县人民政府关于印发"))
    '宁丰县'
    >>> plan_jurisdiction(PlanMeta("p", "p.txt", issuers=["成都市青白江区人民政府"], jurisdiction="成都市"))
    '青白江区'
    """
    chain = plan_chain(meta, reg)
    return chain[0] if chain else None


# A street office's full name holds the government it is the agent of (北京市朝阳区人民政府劲松街道
# 办事处, 上海市浦东新区人民政府花木街道办事处): that 人民政府 is no part of the street's name (the
# street was the place 人民政府劲松街道)
_DISTRICT_SEAT = re.compile(r"(?<=[区县市旗])人民政府(?=[\u4e00-\u9fff]{2,8}?(?:街道|镇|乡)(?:办事处|人民政府|党工委|工委))")


def plan_chain(meta: PlanMeta, reg: Registry | None = None) -> Chain:
    """The plan's place and the places above it, innermost first.

    From the registry when it lists the place; otherwise from how the plan's issuers or title
    write it (``四川省绵阳市三台县人民政府`` -> 三台县, 绵阳市, 四川省), so that ``市X`` in a county
    plan of a place nobody listed is still the right city's.

    >>> plan_chain(PlanMeta("p", "p.txt", issuers=["绵阳市三台县人民政府"], jurisdiction="三台县"))
    ('三台县', '绵阳市', '四川省')
    >>> plan_chain(PlanMeta("p", "p.txt", jurisdiction="渝水区"))
    ('渝水区', '新余市', '江西省')
    >>> plan_chain(PlanMeta("p", "p.txt", issuers=["北京市朝阳区人民政府劲松街道办事处"], jurisdiction="朝阳区"))
    ('劲松街道', '北京市朝阳区', '北京市')
    """
    reg = reg or load_registry()
    key = ("plan_chain", meta.jurisdiction, tuple(meta.issuers), meta.title)
    hit = reg.cache.get(key)
    if hit is not None:
        return hit
    texts = [_DISTRICT_SEAT.sub("", re.sub(r"\s+", "", t or "")) for t in (*meta.issuers, meta.title)]
    place = reg.canonical_place(meta.jurisdiction) if meta.jurisdiction else None
    if place is None:
        for text in texts:
            for pat in ISSUER_PLACE_PATTERNS:
                m = pat.search(text)
                if m:
                    place = reg.canonical_place(m.group(1))
                    break
            if place:
                break
    chain: list[str] = [place] if place else []
    if place:
        best = _issuer_chain(reg, texts, place)
        if best:
            # an issuer writing a place inside ours (成都市青白江区 for 成都市): the plan is the inner one's
            chain = best
        if len(chain) == 1 and place not in reg.jurisdictions and reg.jurisdiction(place).level == "zone":
            chain = [place, *_named_after_place(reg, place)]  # 绵阳高新区 is 绵阳市's
        if len(chain) == 1 and (now := reg.former_counties.get(place)):
            chain = [place, *reg.ancestors(now)[1:]]  # 宁乡县 (since 2017 宁乡市) is 长沙市's
        for i, p in enumerate(chain):  # the innermost listed place brings its own parents
            if p in reg.jurisdictions:
                chain = [*chain[:i], *reg.ancestors(p)]
                break
    out = _zone_as_named(reg, shared_place_of_city(reg, tuple(dict.fromkeys(chain))))
    for child, parent in zip(out, out[1:]):  # for the graph's PART_OF of places nobody listed
        reg.learn_parent(child, parent)
    reg.cache[key] = out
    return out


def shared_place_of_city(reg: Registry, chain: Chain) -> Chain:
    """The chain of a plan of a name several places share (西湖区: ``shared_names.csv``) whose
    issuer, title or text names its city: that city's place, 杭州市西湖区 (its agencies'
    ids ``杭州市西湖区/X``), with the city's parents. Else the chain as it is: 西湖区 written alone,
    or under a city that has no such place, says no city, and none is guessed. So for a place
    inside it: a street office of 福州市鼓楼区 (福州市鼓楼区东街街道办事处) has 福州市鼓楼区 above it."""
    for i in range(len(chain) - 2, -1, -1):  # outermost first: 鼓楼区 of 福州市, then its 东街街道
        if chain[i] in reg.shared and reg.qualified.get(q := chain[i + 1] + chain[i]) == chain[i]:
            chain = (*chain[:i], *reg.ancestors(q))
    return chain


def _zone_as_named(reg: Registry, chain: Chain) -> Chain:
    """A development zone's own plan under the name other plans give it: 芜湖经济技术开发区 and
    宜春经济技术开发区 are 芜湖经开区 and 宜春经开区, 湖南湘江新区 and 陕西省西咸新区 are 湘江新区 and
    西咸新区 (its bodies were filed under one name in its own plans and another in its city's)."""
    if not chain or chain[0] in reg.jurisdictions or reg.jurisdiction(chain[0]).level != "zone":
        return chain
    named = resolve_name(reg, chain[0] + "管委会", chain[1:], (), False).jurisdiction
    if named and named != chain[0] and reg.jurisdiction(named).level == "zone":
        return (named, *chain[1:])
    return chain


def _city_pattern(reg: Registry) -> re.Pattern:
    pat = reg.cache.get("city_pattern")
    if pat is None:
        names = sorted((j.name for j in reg.jurisdictions.values() if j.level == "city" and len(j.name) >= 3), key=lambda n: (-len(n), n))
        pat = reg.cache["city_pattern"] = re.compile("|".join(map(re.escape, names)) or r"(?!)")
    return pat


_LEVEL_END = re.compile(r"[县区市旗]")
_ISSUER_AFTER = re.compile(r"人民政府|县委|委员会|政府|(?:19|20)\d\d年")


def _counties_cited(reg: Registry, text: str) -> dict[str, int]:
    """How often a town plan's text cites each listed county or district: names of three characters
    or more anywhere; a two-character one (泾县, 莒县; but 新县, 和县 are also words: 新县城, 区和县)
    only as an issuer or a document's place (泾县人民政府, 中共泾县县委, 《泾县2024年…》), and so a
    district's of three (老城区: _named_anywhere). Read at
    the level characters only, against a set (an alternation of 2,800 names would try each at
    every character)."""
    names = reg.cache.get("county_names")
    if names is None:
        names = reg.cache["county_names"] = frozenset(
            j.name for j in reg.jurisdictions.values() if j.level in ("county", "district"))
        reg.cache["county_longest"] = max(map(len, names), default=0)
    longest = reg.cache["county_longest"]
    counts: dict[str, int] = {}
    for m in _LEVEL_END.finditer(text):
        e = m.end()
        for k in range(min(longest, e), 1, -1):
            name = text[e - k : e]
            if name in names and (_named_anywhere(name) or text[e - k - 1 : e - k] == "《" or _ISSUER_AFTER.match(text, e)):
                counts[name] = counts.get(name, 0) + 1
                break
    return counts


def _named_anywhere(name: str) -> bool:
    """Whether a county's name is cited wherever it stands: one of three characters or more, but
    not a district's of three (老城区, 城北区, 江南区, 河西区 are also words: 推进老城区改造,
    城北区域)."""
    return len(name) > 3 or (len(name) == 3 and not name.endswith("区"))


def _cities_cited(reg: Registry, text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for m in _city_pattern(reg).finditer(text):
        counts[m.group(0)] = counts.get(m.group(0), 0) + 1
    return counts


# what a plan of a place nobody listed may find its parent among, by the place's level: a county or
# district its city; a town its county, else its city (东莞, 中山 and 儋州 have no counties); a zone
# nobody named after a place (滨海湾新区) its city
_PARENTS_CITED = {
    "county": (_cities_cited,), "district": (_cities_cited,), "zone": (_cities_cited,),
    "township": (_counties_cited, _cities_cited), "subdistrict": (_counties_cited, _cities_cited),
}


def text_parent(reg: Registry, place: str, text: str) -> str | None:
    """The listed place a plan of a place nobody listed belongs to, when its text names one far
    more than any other (根据《绵阳市…》…绵阳市…): at least twice, and more than twice as often as
    the next. A county or district plan's city, a town's county (else city), a zone's city; None
    when the text does not tell: 桃花潭镇所在县 stays the county nobody named, never a guess.

    >>> text_parent(load_registry(), "三台县", "按照《绵阳市实施方案》…绵阳市生态环境局…绵阳市…成都市")
    '绵阳市'
    >>> text_parent(load_registry(), "桃花潭镇", "根据《泾县2024年森林防火工作方案》和泾县人民政府部署")
    '泾县'
    """
    level = reg.jurisdiction(place).level or ""
    for cited in _PARENTS_CITED.get(level, ()):
        top = _most_cited(cited(reg, text[:50_000]))
        if top is not None:
            if cited is _cities_cited and level in ("township", "subdistrict"):
                # a street of a city's district that its text names short (粤海街道: 深圳市…南山区水务局…
                # 南山区市场监督管理局): the district, not the city (南山区 is two cities' and was never
                # counted, so 南山消防救援大队 was placed in the street)
                return _most_cited(_districts_cited(reg, top, text[:50_000])) or top
            return top
    return None


def _most_cited(counts: dict[str, int]) -> str | None:
    """The place cited at least twice and more than twice as often as the next, or None."""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > 2 * ranked[1][1]):
        return ranked[0][0]
    return None


def _districts_cited(reg: Registry, city: str, text: str) -> dict[str, int]:
    """How often the text cites each county or district of ``city`` by its own name (南山区 for
    深圳市南山区), of three characters or more: among one city's places the name is no other's."""
    children = reg.cache.get("counties_of_city")
    if children is None:
        children = reg.cache["counties_of_city"] = {}
        for j in reg.jurisdictions.values():
            if j.level in ("county", "district") and j.parent:
                children.setdefault(j.parent, []).append(j.name)
    counts: dict[str, int] = {}
    for name in children.get(city, ()):
        own = name[len(city):] if name.startswith(city) and len(name) > len(city) else name
        if len(own) >= 3 and (n := text.count(own)):
            counts[name] = n
    return counts


def _sub_chain(reg: Registry, name: str | None, chain: Chain) -> Chain:
    """The chain of a place met in a plan of ``chain``: its tail when the place is in it."""
    if not name:
        return ()
    if name in chain:
        return chain[chain.index(name) :]
    return tuple(reg.ancestors(name)) if name in reg.jurisdictions else (name,)
