"""What an agency does: functions read from its name or portfolio, national bodies, governments.
"""

from __future__ import annotations

import re

from respgraph.registry import Registry, weak_keyword_qualifies
from respgraph.resolve.names import _AREA, _CONNECTORS, _UNIT_TAIL, AREA_MODIFIERS, MERGED_PARTS, NATIONAL, WHEREVER, normalise
from respgraph.resolve.place_split import STATIONED_OFFICE
from respgraph.resolve.places import LOCAL_NATIONAL_NAMES, ZONE_WORDS, Chain, names_known_place, places_for


# --------------------------------------------------------------------------- functions


def _name_functions(reg: Registry, core: str) -> tuple[list[str], bool]:
    """Functions read from a name: keywords, then one-character merged parts (memoised on the
    registry per name: the same names recur in every jurisdiction)."""
    key = ("name_functions", core)
    hit = reg.cache.get(key)
    if hit is None:
        codes, exclusive = _read_name_functions(reg, core)
        hit = reg.cache[key] = (tuple(codes), exclusive)
    return list(hit[0]), hit[1]


# The level keywords of collectives (各县（市、区）…, 各区县…) name the lower governments, unless
# the name goes on to a body of theirs; these functions are the governments' own.
_LOWER_GOVERNMENTS = "下级政府"
_GOVERNMENT_FUNCTIONS = frozenset({"政府", "党委", "政府办公室", "下级政府", "乡镇街道"})


def _keyword_matches(reg: Registry, core: str) -> list:
    """The function keywords of ``core``, leftmost-longest, but a keyword ending in 政 before 府
    gives way to 政府 (各市|政府 is the cities' governments, not 市政 works: was 城市管理)."""
    out = []
    pos = 0
    while (m := reg.keyword_re.search(core, pos)) is not None:
        if m.group(0).endswith("政") and core.startswith("府", m.end()):
            pos = m.end() - 1
            continue
        out.append((m, reg.keywords[m.group(0)]))
        pos = m.end()
    return out


# A leading group named for a campaign it builds (数字四川建设领导小组, 平安建设领导小组): its 建设 is
# the campaign's, not the 住建 field's (was 住房城乡建设); the campaign's own keyword, where the
# registry has one (平安建设, 生态文明建设, 数字政府), names the field
_CAMPAIGN_GROUP = re.compile(r"建设(?:工作)?(?:领导小组|推进小组|工作专班)")


def _read_name_functions(reg: Registry, core: str) -> tuple[list[str], bool]:
    if "驻" in core and (stationed := STATIONED_OFFICE.match(core)):
        # 南昌海关驻宜春办事处: the customs' office, not a street's 办事处 (was 乡镇街道)
        sender = stationed["sender"]
        return (["政府"], True) if sender in ("政府", "人民政府") else _read_name_functions(reg, sender)
    found: list[tuple[int, str]] = []
    spans: list[tuple[int, int]] = []
    exclusive: list[str] | None = None
    matches = _keyword_matches(reg, core) if "政府" in core else [(m, reg.keywords[m.group(0)]) for m in reg.keyword_re.finditer(core)]
    for m, kw in matches:
        spans.append(m.span())
        if m.group(0) == "建设" and _CAMPAIGN_GROUP.match(core, m.start()):
            continue
        if kw.weak and weak_keyword_qualifies(core, m.start(), matches):  # 生态环境保护综合行政执法支队 is 生态环境 only
            continue
        if kw.exclusive and exclusive is None:
            exclusive = list(kw.functions)
        for c in kw.functions:
            found.append((m.start(), c))
    if exclusive is not None:
        if exclusive == [_LOWER_GOVERNMENTS]:  # 各县（市、区）生态环境分局: the lower levels' bureaus, not their governments
            bodies = [c for m, kw in matches if not kw.exclusive for c in kw.functions if c not in _GOVERNMENT_FUNCTIONS]
            if bodies:
                return list(dict.fromkeys(bodies)), False
        return exclusive, True
    # unconsumed runs: 农林水|与|生态环境|局
    pos = 0
    for a, b in spans + [(len(core), len(core))]:
        seg = core[pos:a]
        pos = b
        seg = _UNIT_TAIL.sub("", seg).strip(_CONNECTORS)
        if len(seg) >= 2 and all(ch in MERGED_PARTS for ch in seg):
            off = core.find(seg)
            for i, ch in enumerate(seg):
                found.append((off + i, MERGED_PARTS[ch]))
    found.sort(key=lambda t: t[0])
    out: list[str] = []
    for _, c in found:
        if c not in out:
            out.append(c)
    return out, False


def _portfolio_functions(reg: Registry, portfolio: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for item in portfolio:
        codes, _ = _name_functions(reg, normalise(item))
        if not codes and item in reg.functions:
            codes = [item]
        for c in codes:
            if c not in out:
                out.append(c)
    return out
_NATIONAL_START = ("国家", "国务院", "中央军委")  # 中央军委政治工作部, 中央军委国防动员部
_NATIONAL_TAIL = re.compile(r"(?:部|委|委员会|局|署|办|办公室|办公厅|会|院)$")


def _national(reg: Registry, core: str, chain: Chain) -> str | None:
    """The national body a name without a place writes, or None: one listed in ``aliases.csv``
    with jurisdiction 中央 (生态环境部, 工信部), or 国家…局/委/署 and 国务院… (国家能源局, 国务院安委办)
    that names no place (国家能源局江西监管办 is a branch in 江西)."""
    listed = reg.scoped_aliases.get((NATIONAL, core))
    if listed:
        return listed
    dispatched = _dispatched(reg, core, chain)
    if dispatched:
        return dispatched
    if (
        core.startswith(_NATIONAL_START)
        and not core.startswith(("国家级", *LOCAL_NATIONAL_NAMES))
        and _NATIONAL_TAIL.search(core)
        and not any(c in core for c in "省县、（")
        and not names_known_place(core[2:], places_for(reg, chain))
    ):
        return core
    return None


# A ministry's dispatched body, named after the ministry and the basin or region it serves, not a
# place (生态环境部长江流域生态环境监督管理局, 生态环境部华南督察局, 交通运输部长江航务管理局,
# 水利部长江水利委员会 = 长江水利委员会): national, in every plan. Its 司 is a division
# (_national_division); one that names a place (国家能源局湖南监管办) is a branch there.
_DISPATCHED_TAIL = re.compile(r"^[\u4e00-\u9fff]{2,20}(?:局|委员会|办公室|院|所|中心)$")


def _dispatched(reg: Registry, core: str, chain: Chain) -> str | None:
    """The national body ``core`` writes as a listed national body (the longest) followed by a
    dispatched body of it that names no place, or None (公安部门, 财政部湖南监管局)."""
    for k in range(len(core) - 2, 1, -1):
        ministry = reg.scoped_aliases.get((NATIONAL, core[:k]))
        if ministry is None:
            continue
        tail = core[k:]
        listed = reg.scoped_aliases.get((NATIONAL, tail))
        if listed:
            return listed
        if _DISPATCHED_TAIL.match(tail) and not names_known_place(tail, places_for(reg, chain)):
            return ministry + tail
        return None
    return None


# A mention that is a place, or a place's government: 城关镇, 涪城区, 潼川镇人民政府, 西城街道办事处,
# 黔东南州, 阿拉善盟, 塔城地区 (a prefecture's: its 行政公署).
_PLACE_GOVERNMENT = re.compile(
    r"^(?!各|有关|相关|其他|所有)([^、（）()]{2,8}?(?:自治县|自治州|街道|苏木|镇|乡|县|地区|区|市|旗|州|盟))(人民政府|政府|街道办事处|办事处|办)?$"
)
# a prefecture (地区) and a league (盟) are governed by a 行政公署, not a 人民政府
_PREFECTURE = ("地区", "盟")
# what is left of a place's name once the registry has read the place from its head
_LEVEL_WORDS = frozenset({"地区", "盟", "州", "自治州", "市", "县", "区", "旗"})


def _place_government(reg: Registry, core: str) -> tuple[str, str, list[str]] | None:
    """(place, short name, functions) when ``core`` names a place rather than a body: that
    place's government. Towns and street offices are 乡镇街道; counties, districts and cities 政府."""
    m = _PLACE_GOVERNMENT.match(core)
    if not m:
        return None
    place = m.group(1)
    if "各" in place:  # 中心城区各区人民政府: the districts of a part of the city, no place
        return None
    if place.endswith(("联盟", "同盟")):  # 示范区开发者联盟 / 产业创新联盟: an alliance, no 盟 (was its 行政公署)
        return None
    if m.group(2) == "办" and not place.endswith("街道"):  # 城关街道办, never 三台县办
        return None
    if place.endswith(ZONE_WORDS + ("中心城区", "主城区", "老城区", "市区", "景区", "社区", "小区", "辖区", "矿区", "林区", "片区", "保护区", "示范区", "经开区", "分区", "警备区")):  # 绵阳军分区: the garrison
        return None
    stem = place[:-2] if place.endswith(("街道", "苏木", "自治县", "自治州", "地区")) else place[:-1]
    if len(stem) < 2 or reg.keyword_re.search(stem) or stem.endswith(("直", "级", "全", "本")):  # 住房和城乡… is no place
        return None
    if place.endswith("地区") and place not in reg.jurisdictions and stem.endswith(AREA_MODIFIERS):
        return None  # 重点地区 / 贫困地区 / 沿海地区: a kind of area, no prefecture
    if place.endswith(("镇", "乡", "街道", "苏木")):
        return place, ("办事处" if place.endswith("街道") else "人民政府"), ["乡镇街道"]
    if place.endswith(_PREFECTURE) and not m.group(2):
        return place, "行政公署", ["政府"]
    return place, "人民政府", ["政府"]


# (各地级以上市 in 广东, 各省辖市 in 河南, 各设区的市 as laws write it: the cities below a province)
_COLLECTIVE_LEVEL = re.compile(r"^各(?:级|设区的|设|地级以上|地级|省辖|省直管)?[（(]?(乡|镇|街道|苏木|[县市区州旗盟])(?![直级场])")
# 有关区（县、市）政府 / 相关区市县政府, as 宁波 and 大连 write their districts first: the same, of the
# places concerned (were no function, though 各区（县、市）政府 and 有关区县政府 had 下级政府); 有关区域 /
# 相关区块 are areas, no level
_CONCERNED_LEVEL = re.compile(r"^各?(?:有关|相关)[（(]?(乡|镇|街道|苏木|[县市区州旗盟])(?![直级场域块])")


def _collective_functions(t: str, functions: list[str]) -> list[str]:
    """各区县人民政府 / 各市（州）人民政府 -> 下级政府; 各镇（乡）人民政府 -> 乡镇街道: the level a
    collective of governments names, when its name says nothing more specific."""
    m = _COLLECTIVE_LEVEL.match(t) or _CONCERNED_LEVEL.match(t)
    if not set(functions) <= {"政府", "党委", "政府办公室"}:
        return functions
    if not m:  # 沿海地区人民政府: the governments of the places of a kind, below the plan's
        return ["下级政府"] if functions and (_AREA.match(t) or WHEREVER.search(t)) else functions
    return ["乡镇街道"] if m.group(1) in ("乡", "镇", "街道", "苏木") else ["下级政府"]
