"""Resolve agency mentions to canonical agencies of a jurisdiction, with their functions.

A mention is read in three steps, all by general rules over the registry (``respgraph/data/registry/``):

1. *where*: the jurisdiction prefix, read against the plan's *chain* of places (its own place
   and those above it: from the registry, else from how its issuers write it, 成都市青白江区人民政府,
   else from the city its text keeps citing). ``区X`` / ``市X`` / ``县X`` / ``省X`` / ``州X`` /
   ``盟X`` / ``旗X`` / ``自治区X`` are relative (``市X`` in a district plan is the parent city's;
   one nobody can name is ``<place>所在市``); ``<place>X`` (渝水生态环境局, 安宁县水利局,
   成都市青白江生态环境局: the innermost place) names a place; ``X<place>分局`` (自然资源局渝水分局,
   市生态环境局三台县分局) is the branch there; ``高新区X`` is the zone's body; a bare place
   (城关镇, 涪城区) is that place's government; no prefix at all is the plan's own jurisdiction,
   except that in one department's own plan (XX市生态环境局2024年工作要点) a bare division
   (大气环境科, 人事教育处, 综合股, 办公室 = 局办公室, 机关党委, 信息中心) is part of that department
   (``XX市/生态环境局/大气环境科``, kind ``division``, with its functions) and 各科室 / 局属各单位
   its collective; a division written after its department (市生态环境局大气科) is one in any plan.
2. *who*: the canonical short name: abbreviations and historical names expanded by the alias
   table (发改委 -> 发展和改革委员会, 环保局 -> 环境保护局: the name as of the plan is kept, the
   graph links it to its successor; traditional characters read as simplified); one body under a
   委 and a 局 name (县发改委 / 县发改局) is filed under one id (``one_body.csv``), the name kept as
   written; a department's party group or leadership meeting (县发改局党组, 局务会) is the
   department. A list's prefix is carried to the next body (市发改委、财政局) but never to or from
   a firm or a body of a national system (成都铁路局、民航西南地区管理局). A second
   nameplate in brackets (县委宣传部（县文明办）) is the same unit: the id of the name written
   first, with the bracket's functions (and, in a plan, its name as an alias). What is merged
   and what is not: ``data/registry/README.md``, "One body, one id".
3. *what*: the functions: a portfolio parenthetical wins (区农林水与生态环境局(生态环境、水利)
   -> 生态环境, 水利); otherwise keywords in the name (环保 -> 生态环境, 国土 -> 自然资源; a *weak*
   keyword such as 综合行政执法 only when it does not qualify another) and, for merged bureaus,
   the one-character parts (农林水 -> 农业农村, 林业, 水利); collectives of governments get the
   level they name (各区县人民政府 -> 下级政府, 各镇（乡） -> 乡镇街道). No keyword, no
   function: the agency is ``known=False``, never guessed.

    >>> from respgraph.records import PlanMeta
    >>> reg = load_registry()
    >>> a = resolve_mention(reg, "区发改委", PlanMeta("p", "p.txt", jurisdiction="渝水区"))
    >>> a.agency_id, a.name, a.functions
    ('渝水区/发展和改革委员会', '渝水区发展和改革委员会', ['发展改革'])
    >>> resolve_mention(reg, "区环保局", PlanMeta("p", "p.txt", jurisdiction="昌江区")).name
    '昌江区环境保护局'
    >>> resolve_mention(reg, "市生态环境局三台县分局", PlanMeta("p", "p.txt", jurisdiction="绵阳市")).agency_id
    '三台县/生态环境分局'

Results are cached per (place chain, mention, portfolio, collective flag) on the registry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from respgraph.grammar.units import classify_paren, nameplate_names
from respgraph.records import OWN_CLAUSE_BASES, Agency, Assignment, PlanMeta, ResolvedPlan, Source, clause_evidence
from respgraph.registry import Registry, RegistryError, _qualified, function_gloss, functions_table, level_of, load_registry  # noqa: F401

if TYPE_CHECKING:  # pragma: no cover
    from respgraph.records import ExtractedPlan, Mention

__all__ = [
    "resolve_mention",
    "resolve_plan",
    "issuing_department",
    "normalise",
    "plan_jurisdiction",
    "plan_chain",
    "function_gloss",
    "functions_table",
    "load_registry",
    "RegistryError",
]

_WS = re.compile(r"[\s\u3000\u00a0]+")
_TRAIL_ETC = re.compile(r"(?:等(?:单位|部门)?)+$")
LEVEL_CHARS = "省市区县镇乡州盟旗"
_LEVEL_RANK = {"省": 0, "市": 1, "州": 1, "盟": 1, "区": 2, "县": 2, "旗": 2, "镇": 3, "乡": 3,
               "自治区": 0, "自治州": 1, "地区": 1, "自治县": 2, "自治旗": 2}
# Level prefixes longer than one character: 自治区生态环境厅 in a 广西壮族自治区 plan.
LEVEL_WORDS = ("自治区", "自治州", "自治县", "自治旗", "地区")
# Levels only a few places have (神农架林区, 六枝特区) or whose word is common (苏木, 街道): 林区X /
# 特区X / 苏木X / 街道X is the plan's own body in such a place's plan, never elsewhere (林区道路 /
# 街道办事处 of another plan are no prefix).
OWN_LEVEL_WORDS = ("林区", "特区", "苏木", "街道")  # (苏木X / 街道X in a township's or street's own plan)
_RANK_OF_LEVEL = {"national": -1, "province": 0, "city": 1, "district": 2, "county": 2, "zone": 2, "township": 3, "subdistrict": 3}

# One-character parts of merged bureau names (农林水与生态环境局): only read when a whole
# run of the name consists of them, never inside an ordinary word.
MERGED_PARTS = {"农": "农业农村", "林": "林业", "水": "水利", "牧": "农业农村", "渔": "海洋渔业"}
_UNIT_TAIL = re.compile(r"(?:局|委员会|委|办公室|办|中心|部|厅|处|科|站|所|分局|大队|支队|总队)$")
_CONNECTORS = "与和及、"

_COLLECTIVE_START = ("各", "相关", "有关", "全体", "其他", "其它", "所有", "乡镇")  # 乡镇人民政府: no town is named 乡镇
_COLLECTIVE_PARTS = (
    "成员单位", "有关部门", "相关部门", "有关单位", "相关单位", "各部门", "各单位", "职能部门",
    "直有关", "直相关", "直各", "责任单位", "牵头单位", "配合单位",
    "属国有企业", "属国企",  # 区属国有企业, 市属国企: the level's firms
    "直部门", "直单位",  # 县直部门 (but 县直机关工委 is one body)
    "局各",  # 市生态环境局各县（市、区）分局, 市教育局各直属学校: the bureau's units
    # 沿河各乡镇, 城区各街道: the townships a qualifier picks (was a place named 沿河各乡镇 and its government)
    "各乡镇", "各乡", "各镇", "各街道", "各社区", "各村",
)
_ENTERPRISE_TAIL = ("公司", "集团", "投控", "银行", "有限", "股份", "厂")
# 县委、县政府 / 区委区政府: the party committee and the government named together
# (中共三台县委、三台县人民政府: the place written again); all its spellings are one id, 委、政府
_PARTY_AND_GOVERNMENT = re.compile(r"^委[、和及与]?(?:[^、，（）()]{0,8}?[省市区县州旗盟])?(?:人民)?政府$")
# 县委县政府督查室: an office of both (but 县委、县政府办公室 are the two general offices, left as written)
_PARTY_AND_GOVERNMENT_OFFICE = re.compile(
    r"^委[、和及与]?(?:[^、，（）()]{0,8}?[省市区县州旗盟])?(?:人民)?政府((?!办)[^、，和与及（）()]{1,10}(?:室|局|中心|组|委员会))$"
)
# The discipline commission and the supervision commission written together, the place repeated
# between them (纪委县监委 is in aliases.csv; 纪律检查委员会仙居县监察委员会 as an issuer writes it)
_DISCIPLINE_PAIR = re.compile(r"^(?:纪律检查委员会|纪委)[^、，（）()]{1,10}?(?:监察委员会|监委)$")
# What may follow 政府 in the name of one of its offices: 督查室, 研究室, 金融工作局 (not 政府有关部门).
_OFFICE_OF_GOVERNMENT = re.compile(r"^[^、，和与及（）()]{1,10}(?:室|局|中心|组|委员会|办)$")


@lru_cache(maxsize=1 << 16)
def normalise(text: str) -> str:
    """Surface form used for lookup: no whitespace, full-width brackets, no trailing 等.
    Memoised: the same mention strings recur in plan after plan.

    >>> normalise("区农林水与生态环境 局(生态环境)等")
    '区农林水与生态环境局（生态环境）'
    """
    n = _simplified(_WS.sub("", text).replace("(", "（").replace(")", "）"))
    return _TRAIL_ETC.sub("", n)


_T2S: dict[str, str] = {}


def _simplified(text: str) -> str:
    """Character-level traditional -> simplified (環保局 -> 环保局), cached per character:
    plans are converted by ``respgraph.clean``, but a mention may come from anywhere."""
    if text.isascii():
        return text
    out = []
    for c in text:
        s = _T2S.get(c)
        if s is None:
            from respgraph.clean import _t2s_char

            s = _t2s_char(c) if ord(c) >= 0x3400 else c
            _T2S[c] = s = s if len(s) == 1 else c
        out.append(s)
    return "".join(out)


@lru_cache(maxsize=1 << 16)
def is_collective(text: str) -> bool:
    """Whether a mention stands for a group: 各乡镇（街道）, 市环委会成员单位, 市直有关部门."""
    return text.startswith(_COLLECTIVE_START) or any(p in text for p in _COLLECTIVE_PARTS)


_TRAILING_BRACKET = re.compile(r"^(.+?)（([^（）]+)）$")


def nameplates(text: str) -> tuple[str, list[str]]:
    """(the unit, its other nameplates) of a unit written with a second name in brackets, the
    same office under two names or a body housed in it (一个机构两块牌子): 县委宣传部（县文明办）,
    县人社局（县医保局）, 县委组织部（县委编办）. A portfolio (区农林水局（农业、水利）) or any other
    bracket is no nameplate: ``(text, [])``.

    >>> nameplates("县委宣传部（县文明办）")
    ('县委宣传部', ['县文明办'])
    >>> nameplates("区农林水与生态环境局（生态环境、水利）")
    ('区农林水与生态环境局（生态环境、水利）', [])
    """
    unit, plates = text, []
    for _ in range(2):  # 县政府办（县大数据中心）（牵头）: a role marker may follow
        m = _TRAILING_BRACKET.match(unit) if unit.endswith("）") else None
        kind = classify_paren(m.group(1), m.group(2)) if m else None
        if kind == "alias":
            unit, plates = m.group(1), nameplate_names(m.group(2))
            break
        if kind not in ("lead", "support", "note"):
            break
        unit = m.group(1)
    return (unit, plates) if plates else (text, [])


@dataclass(frozen=True, slots=True)
class _Resolved:
    agency_id: str
    name: str
    jurisdiction: str | None
    functions: tuple[str, ...]
    kind: str
    known: bool
    explicit: bool  # the mention named its jurisdiction (prefix or place)
    parent: str | None = None  # a division's (or its group's) department: agency id


# --------------------------------------------------------------------------- jurisdiction

# A plan's place and the places above it, innermost first: ("青白江区", "成都市", "四川省").
# From the registry when it knows the place, else from how the plan's issuers write it.
Chain = tuple[str, ...]

# Words that name a development zone: in a zone plan 高新区X / 新区X is the zone's own body.
ZONE_WORDS = ("高新技术产业开发区", "经济技术开发区", "高新技术开发区", "经济开发区", "综合保税区", "高新区", "经开区", "综保区", "开发区", "新区", "投资区", "园区")
# What may follow a zone word and still be the zone itself, not one of its bodies.
_ZONE_SELF = ("管委会", "管理委员会", "党工委", "党委", "管委", "工委")
# Names that begin with a national brand, not a place: 国网四川省电力公司, 中国移动三台分公司.
_NOT_PLACE_START = ("国网", "国家", "中国", "中石", "中铁", "中建", "中共")
# ... but these 国家… are also the names of a place's own bodies (市国家保密局, one body with 市委保密办)
_LOCAL_NATIONAL_NAMES = ("国家保密局", "国家安全局", "国家密码管理局")


def _core_ok(core: str) -> bool:
    """A prefix may only be cut where the rest still reads as a name: 市场监管局 keeps its 市."""
    if not core:
        return False
    if core[:2] in ("中区", "南区", "北区"):  # 市|中区: the districts 市中区 (济南, 乐山), 市南区, 市北区 (青岛)
        return False
    if core[0] in "场容" or core == "监局":  # 市|场监管局, 市|容环境卫生管理局, 市|监局 (市监局: 市场监管局)
        return False
    if core[0] == "镇" or core.startswith("街道"):  # 乡|镇人民政府, 区|街道办事处: towns in general, not a level's body
        return False
    if core[0] == "政" and not core.startswith(("政府", "政协", "政务", "政法", "政数")):  # 市|政公用局 (but 市|政府办公室, 市|政协, 市|政数局)
        return False
    if core[0] in "直级属" and len(core) < 2:
        return False
    if core in ("省", "市", "区", "县", "旗", "州", "盟", "镇", "乡", "街道"):  # 三台|县 is the place itself
        return False
    return True


def _relative(reg: Registry, chain: Chain, ch: str) -> str:
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


def _places_for(reg: Registry, chain: Chain) -> dict[str, str]:
    key = ("places", chain)
    places = reg.cache.get(key)
    if places is None:
        places = {**reg.local_shorts(chain), **reg.places}
        for name in reversed(chain):  # the plan's own place wins a shared short name
            places[name] = name
            short = reg.jurisdiction(name).short
            if short:
                places[short] = name
        reg.cache[key] = places
    return places


_PLACE_SUFFIX = r"(?:自治区|自治州|自治县|开发区|新区|街道|地区|省|市|州|盟|区|县|旗|镇|乡)"
_UNKNOWN_PLACE = re.compile(rf"^(.{{2,6}}?{_PLACE_SUFFIX})(.+)$")


def _short_is_keyword(reg: Registry, text: str, k: int) -> bool:
    """Whether a function keyword opens ``text`` and runs to ``k`` or past it, so that the short
    place name ``text[:k]`` is that keyword: 公安|局 (公安 of 公安县), 公安交警支队."""
    m = reg.keyword_re.match(text)
    return m is not None and m.end() >= k


def _names_known_place(text: str, places: dict[str, str]) -> bool:
    """Whether a known place is inside ``text`` (国网景德镇: not a place of its own), other than
    a county named after its city (南昌|县, 吉安|县) and a listed place that is only the tail of
    a longer name (安|宁县 is no 宁县, 新|和县 no 和县: such a name is another place's)."""
    n = len(text)
    for i in range(n):
        for k in range(2, min(8, n - i) + 1):
            sub = text[i : i + k]
            if sub in places and not (i == 0 and _named_after(sub, text[k:], places)):
                if i and i + k == n and places[sub] == sub and text[i - 1] not in LEVEL_CHARS:
                    continue
                return True
    return False


def _named_after(short: str, rest: str, places: dict[str, str]) -> bool:
    """南昌 + 县: a short place name followed by a level that makes another place."""
    return short != places[short] and rest in ("县", "区", "市", "旗")


# What no place name holds (有关 / 相关 as words: 城关镇, 相城区 are places).
_NOT_IN_PLACE_NAME = ("各", "有关", "相关", "有", "直", "级", "（", "）", "、")


# Keywords that are levels: a place may end with them (城关街道, 赣县区 holds 县区)
_LEVEL_KEYWORDS = ("街道", "县区")


def _unknown_place(reg: Registry, text: str, places: dict[str, str]) -> tuple[str, str] | None:
    """(place, rest) when ``text`` opens with a place the registry does not know:
    安宁县水利局, 凉山州生态环境局, 成都市青白江区生态环境局 (the innermost place wins)."""
    if text.startswith(_NOT_PLACE_START):
        return None
    m = _UNKNOWN_PLACE.match(text)
    if not m:
        return None
    place, core = m.group(1), m.group(2)
    cut = len(place)
    if not (
        _core_ok(core)
        and core != "办"  # 城关街道办: the street office, read whole as a place's government
        and not any(
            k.start() < cut < k.end() or k.start() < cut and k.end() <= cut and not (k.end() == cut and k.group(0) in _LEVEL_KEYWORDS)
            for k in reg.keyword_re.finditer(text)
        )  # a keyword inside the place (住房和城乡|建设局), but 城关街道|党工委, 赣县区|生态环境局 end in their level
        and not any(w in place for w in _NOT_IN_PLACE_NAME)
        and not place.startswith(ZONE_WORDS)  # 新区公园城市建设局: not a place 新区公园城市
        and not any(c in "省市区县旗州盟镇乡" for c in place[2:-1])  # two places run together (but 郑州市, 乡宁县)
        and not any(w in place for w in ("所在", "所辖"))
        and not _names_known_place(place, places)  # 国网景德镇|供电公司 is not a place 国网景德镇
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


def _zone_body(reg: Registry, jur: str | None, core: str, chain: Chain) -> tuple[str | None, str] | None:
    """高新区生态环境分局: the body of a development zone. In that zone's own plan it is the
    plan's jurisdiction; elsewhere the zone is named after the place (绵阳 + 高新区)."""
    for w in ZONE_WORDS:
        if core.startswith(w):
            rest = core[len(w) :]
            if rest.startswith(_ZONE_SELF):  # 高新区管委会: the zone's own government, in every plan
                place = _zone_place(reg, jur, w, chain)
                return (place, rest) if place else None
            if not rest or not _core_ok(rest):
                return None
            if len(rest) < 2 or not _UNIT_TAIL.search(rest):  # 高新区社会事业局: the zone's, even when unknown
                return None
            place = _zone_place(reg, jur, w, chain)
            return (place, rest) if place else None
    return None


def _zone_place(reg: Registry, jur: str | None, w: str, chain: Chain) -> str | None:
    """The zone ``w`` (高新区) of ``jur``: the plan's own place in that zone's plan, else the
    zone named after the place (绵阳市 -> 绵阳高新区)."""
    if chain and jur == chain[0] and _is_zone(chain[0], w):
        return jur
    if jur and not _is_zone(jur, w) and "所" not in jur:
        return f"{reg.jurisdiction(jur).short or jur}{_ZONE_SHORT.get(w, w)}"
    return None


# A zone word and its short form name one zone: 宜春经济技术开发区 is 宜春经开区.
_ZONE_SHORT = {"高新技术产业开发区": "高新区", "高新技术开发区": "高新区", "经济技术开发区": "经开区", "经济开发区": "经开区", "综合保税区": "综保区"}


def _is_zone(place: str, w: str) -> bool:
    """Whether ``place`` is a zone of kind ``w`` (高新区), in either form."""
    short = _ZONE_SHORT.get(w, w)
    return place.endswith((w, short)) or any(place.endswith(long) for long, s in _ZONE_SHORT.items() if s == short)


def _branch_head(reg: Registry, head: str, places: dict[str, str]) -> str:
    """The parent bureau of a branch without its own place: 市生态环境局|昌江分局,
    景德镇市生态环境局|昌江分局, 广州市生态环境局|番禺区分局 -> 生态环境."""
    if head.endswith("局"):
        head = head[:-1]
    if len(head) > 2 and head[0] in LEVEL_CHARS and _core_ok(head[1:]):
        return head[1:]
    for j in range(min(8, len(head) - 1), 1, -1):
        if head[:j] in places and _core_ok(head[j:]):
            return head[j:]
    unknown = _unknown_place(reg, head, places)
    return unknown[1] if unknown else head


# What follows 中央 in a name that is not the central government's: 中央商务区, 中央公园
_NOT_CENTRAL_AFTER = ("商务区", "公园", "大街", "广场", "大道", "商业区", "活力区", "厨房")

_BRANCH_IN_PLACE = re.compile(r"^(.+?局)([^局]{2,6}?(?:自治县|县|区|市|旗))分局$")


# What a place written inside a national body's name may not contain: 国家税务总局|宁都县|税务局,
# never 国家税务|总局宁都县 (but 中江县, 公安县, 会理市 are places).
_NOT_IN_PLACE = ("局", "委", "部", "厅", "办", "司", "队", "站", "中心", "银行", "分行", "支行", *("各", "有关", "相关", "（", "）", "、"))


def _place_inside(reg: Registry, mid: str, places: dict[str, str]) -> str | None:
    """The place ``mid`` names, the innermost when it names several (四川省绵阳市 -> 绵阳市;
    四川省电力公司绵阳 -> 绵阳市), or None: 宁都县 (by its suffix), 绵阳 (listed), 三台 (the plan's)."""
    for k in range(min(8, len(mid)), 1, -1):
        if mid[-k:] in places:
            return places[mid[-k:]]
    parts = _nested_places(mid)
    if parts and 2 < len(parts[-1]) <= 8 and not any(w in parts[-1] for w in _NOT_IN_PLACE):
        return reg.canonical_place(parts[-1])
    return None


def _placed_alias(reg: Registry, text: str, chain: Chain) -> tuple[str, str] | None:
    """(place, canonical) of a national body's local branch that writes its place in the middle
    (国家税务总局宁都县税务局, 人行绵阳市中心支行, 国网三台供电公司, 共青团三台县委): the same body
    as 县税务局, 市人民银行, 县供电公司, 团县委. The forms are ``aliases.csv`` rows with a ``*``."""
    for head, tail, canonical in reg.place_aliases:
        if text.startswith(head) and text.endswith(tail) and len(text) > len(head) + len(tail) + 1:
            place = _place_inside(reg, text[len(head) : len(text) - len(tail)], _places_for(reg, chain))
            if place:
                return place, canonical
    return None


def _split_place(reg: Registry, text: str, chain: Chain) -> tuple[str | None, str, bool]:
    """(jurisdiction, rest of the name, explicit?) of a mention."""
    placed = _placed_alias(reg, text, chain) if reg.place_aliases else None
    if placed:
        return placed[0], placed[1], True
    jur, core, explicit = _split_place_raw(reg, text, chain)
    zone = _zone_body(reg, jur, core, chain)
    if zone:
        return zone[0], zone[1], True
    return jur, core, explicit


# a university, college or school: its place's short name is part of its own (乐山师范学院 is
# no 师范学院 of 乐山市's)
_SCHOOL = re.compile(r"(?:大学|学院|学校)$")


def _split_place_raw(reg: Registry, text: str, chain: Chain, places: dict[str, str] | None = None) -> tuple[str | None, str, bool]:
    plan_j = chain[0] if chain else None
    places = places if places is not None else _places_for(reg, chain)
    n = len(text)
    # X<place>分局: 自然资源局渝水分局, 公安渝水分局
    if text.endswith("分局") and n > 4:
        mid = text[:-2]
        for k in range(min(8, len(mid) - 1), 1, -1):
            place = places.get(mid[-k:])
            if place:
                head = _branch_head(reg, mid[:-k], places)
                if head:
                    return place, head + "分局", True
        # 市生态环境局三台县分局: the branch in a place the registry does not know
        m = _BRANCH_IN_PLACE.match(text)
        if m and reg.keyword_re.search(m.group(1)) and not any(w in m.group(2) for w in _NOT_IN_PLACE_NAME):
            head, place = _branch_head(reg, m.group(1), places), m.group(2)
            if place in ZONE_WORDS:  # 市公安局高新区分局: the zone's branch
                place = _zone_place(reg, chain[0] if chain else None, place, chain) or ""
            if place and not any(k.start() < len(m.group(1)) + len(place) < k.end() for k in reg.keyword_re.finditer(text)):
                return place, head + "分局", True
    # 团区委 / 团市委 / 团州委: the youth league committee of that level
    if n == 3 and text[0] == "团" and text[2] == "委" and text[1] in LEVEL_CHARS:
        return _relative(reg, chain, text[1]), "团委", True
    # <place>X: 渝水生态环境局, 景德镇市发改委, 昌江公安分局
    for k in range(min(8, n - 1), 1, -1):
        place = places.get(text[:k])
        if place and text[k] in "县区旗" and place != text[:k] and not text[:k + 1] in places:
            if _written_as_level(reg, chain, text[: k + 1]) == place and _core_ok(text[k + 1 :]):
                return place, text[k + 1 :], True  # 长阳县水利局: 长阳土家族自治县 written as a 县
            continue  # 南昌县水利局: the county named after 南昌市, not 南昌市's 县X
        if place and place != text[:k] and _short_is_keyword(reg, text, k):
            continue  # 公安局 in 公安县's plan: the police, not 公安县's 局
        if place == NATIONAL and ("驻" in text[k : k + 6] or text.startswith(_NOT_CENTRAL_AFTER + ("军委",), k)):
            # 中央驻粤有关单位 / 中央、省驻宜有关单位: the bodies stationed in the plan's place;
            # 中央商务区管委会: a city's central business district
            continue
        if place and place != text[:k] and _SCHOOL.search(text, k) and text[k] not in LEVEL_CHARS:
            return place, text, True  # 乐山师范学院: a school named after its place, the place's own
        if place and _core_ok(text[k:]):
            # 新余市渝水区生态环境局, 绵阳市三台生态环境局: the innermost place named wins
            inner, core, explicit = _split_place_raw(reg, text[k:], (place,), places)
            if explicit and inner in places.values() and core != text[k:]:
                return inner, core, True
            unknown = _unknown_place(reg, text[k:], places)
            if unknown:
                return unknown[0], unknown[1], True
            return place, text[k:], True
    # 自治区X / 自治州X / 地区X
    for w in LEVEL_WORDS:
        if text.startswith(w) and _core_ok(text[len(w) :]) and len(text) > len(w) + 1:
            return _relative(reg, chain, w), text[len(w) :], True
    for w in OWN_LEVEL_WORDS:
        if text.startswith(w) and _core_ok(text[len(w) :]) and len(text) > len(w) + 1:
            own = next((p for p in chain if p.endswith(w)), None)
            if own:
                return own, text[len(w) :], True
    # 区X / 市X / 县X / 省X (市直有关部门, 县级各部门: the level stays part of the name)
    if n > 1 and text[0] in LEVEL_CHARS and _core_ok(text[1:]):
        return _relative(reg, chain, text[0]), (text if text[1] in "直级属" else text[1:]), True
    # a place the registry does not know: 安宁县水利局 (never 住房和城乡|建设局)
    unknown = _unknown_place(reg, text, places)
    if unknown:
        return unknown[0], unknown[1], True
    return plan_j, text, False


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


def _read_name_functions(reg: Registry, core: str) -> tuple[list[str], bool]:
    found: list[tuple[int, str]] = []
    spans: list[tuple[int, int]] = []
    exclusive: list[str] | None = None
    matches = _keyword_matches(reg, core) if "政府" in core else [(m, reg.keywords[m.group(0)]) for m in reg.keyword_re.finditer(core)]
    for m, kw in matches:
        spans.append(m.span())
        if kw.weak and _qualified(core, m.start(), matches):  # 生态环境保护综合行政执法支队 is 生态环境 only
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


# --------------------------------------------------------------------------- resolve

# The central government: 生态环境部, 国家发展改革委, 国务院 named in a local plan are its bodies.
NATIONAL = "中央"
_NATIONAL_START = ("国家", "国务院", "中央军委")  # 中央军委政治工作部, 中央军委国防动员部
_NATIONAL_TAIL = re.compile(r"(?:部|委|委员会|局|署|办|办公室|办公厅|会|院)$")


def _national(reg: Registry, core: str, chain: Chain) -> str | None:
    """The national body a name without a place writes, or None: one listed in ``aliases.csv``
    with jurisdiction 中央 (生态环境部, 工信部), or 国家…局/委/署 and 国务院… (国家能源局, 国务院安委办)
    that names no place (国家能源局江西监管办 is a branch in 江西)."""
    listed = reg.scoped_aliases.get((NATIONAL, core))
    if listed:
        return listed
    if (
        core.startswith(_NATIONAL_START)
        and not core.startswith(("国家级", *_LOCAL_NATIONAL_NAMES))
        and _NATIONAL_TAIL.search(core)
        and not any(c in core for c in "省县、（")
        and not _names_known_place(core[2:], _places_for(reg, chain))
    ):
        return core
    return None



_MINISTRY_DIVISION = re.compile(r"[^\W公]{2,10}司")  # 价格司, 法规与标准司 (never 有限公司)


def _national_division(reg: Registry, core: str, chain: Chain) -> _Resolved | None:
    """A national body's department named with it (国家发展改革委价格司, 国家能源局电力司): a
    division of that body, in any plan, as a ministry's own plan names them (中央/生态环境部/大气环境司)."""
    for k in range(3, len(core) - 2):
        body = core[:k]
        if _MINISTRY_DIVISION.fullmatch(core[k:]) and _national(reg, body, chain):
            head = _cached(reg, body, chain, (), False)
            return replace(head, agency_id=f"{head.agency_id}/{core[k:]}", name=head.name + core[k:], kind="division", parent=head.agency_id)
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


# what a kind of area is called (重点地区, 贫困地区, 沿海地区, 民族地区): no prefecture of that name
_AREA_MODIFIERS = ("重点", "贫困", "沿海", "沿边", "边境", "民族", "欠发达", "发达", "偏远", "山区", "农村", "城乡", "相关", "有关", "其他", "周边", "受灾", "灾区", "试点")


def _place_government(reg: Registry, core: str) -> tuple[str, str, list[str]] | None:
    """(place, short name, functions) when ``core`` names a place rather than a body: that
    place's government. Towns and street offices are 乡镇街道; counties, districts and cities 政府."""
    m = _PLACE_GOVERNMENT.match(core)
    if not m:
        return None
    place = m.group(1)
    if m.group(2) == "办" and not place.endswith("街道"):  # 城关街道办, never 三台县办
        return None
    if place.endswith(ZONE_WORDS + ("中心城区", "主城区", "老城区", "市区", "景区", "社区", "小区", "辖区", "矿区", "林区", "片区", "保护区", "示范区", "经开区", "分区", "警备区")):  # 绵阳军分区: the garrison
        return None
    stem = place[:-2] if place.endswith(("街道", "苏木", "自治县", "自治州", "地区")) else place[:-1]
    if len(stem) < 2 or reg.keyword_re.search(stem) or stem.endswith(("直", "级", "全", "本")):  # 住房和城乡… is no place
        return None
    if place.endswith("地区") and place not in reg.jurisdictions and stem.endswith(_AREA_MODIFIERS):
        return None  # 重点地区 / 贫困地区 / 沿海地区: a kind of area, no prefecture
    if place.endswith(("镇", "乡", "街道", "苏木")):
        return place, ("办事处" if place.endswith("街道") else "人民政府"), ["乡镇街道"]
    if place.endswith(_PREFECTURE) and not m.group(2):
        return place, "行政公署", ["政府"]
    return place, "人民政府", ["政府"]


def _written_as_level(reg: Registry, chain: Chain, place: str) -> str:
    """The autonomous place a short name and a level name (长阳县 for 长阳土家族自治县, 鄂伦春旗) write,
    when it is known there, else ``place`` as written (和田县 beside 和田市 is another county)."""
    known = _places_for(reg, chain).get(place[:-1]) if place not in reg.jurisdictions else None
    if known and "自治" in known and reg.jurisdiction(known).level == level_of(place):
        return known
    return place


_COLLECTIVE_LEVEL = re.compile(r"^各(?:级|设)?[（(]?(乡|镇|街道|苏木|[县市区州旗盟])(?![直级])")


def _collective_functions(t: str, functions: list[str]) -> list[str]:
    """各区县人民政府 / 各市（州）人民政府 -> 下级政府; 各镇（乡）人民政府 -> 乡镇街道: the level a
    collective of governments names, when its name says nothing more specific."""
    m = _COLLECTIVE_LEVEL.match(t)
    if not m or not set(functions) <= {"政府", "党委", "政府办公室"}:
        return functions
    return ["乡镇街道"] if m.group(1) in ("乡", "镇", "街道", "苏木") else ["下级政府"]


def _resolve(reg: Registry, text: str, chain: Chain, portfolio: tuple[str, ...], collective: bool) -> _Resolved:
    plan_j = chain[0] if chain else None
    t = normalise(text)
    party = False
    if t.startswith("中共"):
        t, party = t[2:], True
    collective = collective or is_collective(t)
    if (NATIONAL, t) in reg.scoped_aliases:
        # a national body as listed, before any place is read into it: 中央宣传部 (not 宣传部 of 中央)
        jur, core, explicit = NATIONAL, t, True
        party = party or (t.startswith("中央") and not t.startswith("中央军委"))  # the Party centre's organs
    else:
        jur, core, explicit = _split_place(reg, t, chain) if t else (plan_j, t, False)
    if core.startswith("委") and len(core) >= 1:  # 区委宣传部, 市委办公室, 区委
        party = True

    if not explicit and not collective and not party:
        national = _national(reg, core, chain)
        if national:
            jur, core, explicit = NATIONAL, national, True
        elif core.endswith("司"):
            division = _national_division(reg, core, chain)
            if division:
                return division
    if explicit and jur and core in _LEVEL_WORDS and jur.endswith(core):
        core = jur  # 塔城地区 read as the place 塔城地区 and its 地区: the place itself
    place_gov = _place_government(reg, core) if not collective and not party else None
    if place_gov:
        jur, core, explicit = _written_as_level(reg, chain, place_gov[0]), place_gov[1], True
    short = reg.scoped_aliases.get((jur or "", core)) or reg.aliases.get(core) or core
    expanded = short  # an abbreviation's full name (文广旅体局 -> 文化广电旅游体育局), read for functions too
    if short == core and core.endswith("分局") and reg.aliases.get(core[:-2] + "局", "").endswith("局"):
        short = reg.aliases[core[:-2] + "局"][:-1] + "分局"  # 市场监管分局 as 市场监管局 -> 市场监督管理分局
    if short.startswith("委") and not core.startswith("委") and not collective:
        party = True  # 县网信办 = 县委网信办: the party committee's office, written without its 委
    if _PARTY_AND_GOVERNMENT.match(core):  # 县委、县政府 = 县委县政府 = 县委和县人民政府
        short = "委、政府"
    elif _DISCIPLINE_PAIR.match(core):  # 中共仙居县纪律检查委员会仙居县监察委员会: one body since 2018
        short = "纪委监委"
    if short == core and core.startswith(("政府", "人民政府")) and not core.startswith(("政府办", "人民政府办")):
        # 市政府国资委 = 人民政府 + 国资委 expanded; 县政府督查室 = 县人民政府督查室
        rest = core[4:] if core.startswith("人民政府") else core[2:]
        if rest in reg.aliases:
            short = "人民政府" + reg.aliases[rest]
        elif not collective and _OFFICE_OF_GOVERNMENT.match(rest):
            short = "人民政府" + rest
    office = _PARTY_AND_GOVERNMENT_OFFICE.match(core) if short == core else None
    if office:  # 县委、县政府督查室 = 县委县政府督查室 = 县委、县人民政府督查室: one joint office
        short = "委、政府" + office.group(1)
    # the government as a whole prefixes some offices: 区政府金融办 is a 金融 office
    read = core[1:] if party and core.startswith("委") else core
    if office:
        read = office.group(1)
    elif read.startswith(("人民政府", "政府")):
        rest = read[4:] if read.startswith("人民政府") else read[2:]
        if rest and not rest.startswith("办"):
            read = rest
    functions, exclusive = _name_functions(reg, read) if read else ([], False)
    if not functions and (short != core or short.startswith("人民政府")):  # 县人民政府研究室 as 县政府研究室
        functions, exclusive = _name_functions(reg, short)
    elif expanded != core and not exclusive:  # 文广旅体局 -> 文化广电旅游体育局: the full name says 体育 too
        more, more_exclusive = _name_functions(reg, re.sub(r"^(?:人民)?政府(?!办)", "", expanded))  # (政府金融办: not 政府's)
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
    if collective:
        functions = _collective_functions(t, functions)
    if place_gov:
        functions, exclusive = list(place_gov[2]), True
    elif functions == ["政府"] and (jur or "").endswith(("镇", "乡", "街道", "苏木")):  # 镇政府: a town's
        functions = ["乡镇街道"]
    name_functions = functions
    from_portfolio = _portfolio_functions(reg, portfolio) if portfolio else []
    if from_portfolio:
        functions = from_portfolio if not party else ["党委", *[f for f in from_portfolio if f != "党委"]]

    if collective:
        kind = "collective"
    elif (core.endswith(_ENTERPRISE_TAIL) or "公司" in core) and "人民银行" not in core:  # the central bank is no firm
        kind = "enterprise"
    elif party:
        kind = "party"
    else:
        kinds = [reg.functions[c].kind for c in (*name_functions, *functions) if c in reg.functions]
        kind = next((k for k in kinds if k), "agency")
    known = bool(functions) or collective
    if not known:
        kind = "other"
    jid = jur if jur else "（未知）"
    # 国网宁都县供电公司, 中国移动XX分公司, 人民银行XX分行, 国家税务总局XX税务局: a national body's
    # local branch already names its place; the plan's jurisdiction in front
    # (宁都县国网宁都县供电公司) would misname it.
    # (a bare brand, 市人民银行, is that place's branch: 绵阳市人民银行)
    branded = (jur is not None and _SCHOOL.search(short) is not None and short.startswith(reg.jurisdiction(jur).short)) or any(
        short.startswith(b) and len(short) > len(b) for b in _NOT_PLACE_START + ("人民银行",)) and not (
        jur and short.startswith(_LOCAL_NATIONAL_NAMES)
    )
    return _Resolved(
        agency_id=f"{jid}/{reg.same_body.get(short, short)}",  # 县发展和改革局 is filed as 县发展和改革委员会
        name=short if branded or jur == NATIONAL else f"{jur or ''}{short}",
        jurisdiction=jur,
        functions=tuple(functions),
        kind=kind,
        known=known,
        explicit=explicit,
    )


_CACHE_LIMIT = 1_000_000


def _cached(reg: Registry, text: str, chain: Chain, portfolio: tuple[str, ...], collective: bool) -> _Resolved:
    key = (chain, text, portfolio, collective)
    hit = reg.cache.get(key)
    if hit is None:
        if len(reg.cache) > _CACHE_LIMIT:
            reg.cache.clear()
        unit, plates = nameplates(normalise(text)) if text.endswith(("）", ")")) else (text, [])
        hit = (
            (_named_division(reg, normalise(unit), chain) if unit.endswith(_DIVISION_ENDS) and not collective else None)
            or (_leadership_of(reg, normalise(unit), chain, portfolio) if unit.endswith(_LEADERSHIP_ENDS) else None)
            or _resolve(reg, unit, chain, portfolio, collective)
        )
        if plates:
            hit = _with_nameplates(reg, hit, plates, chain)
        reg.cache[key] = hit
    return hit


def _with_nameplates(reg: Registry, r: _Resolved, plates: list[str], chain: Chain) -> _Resolved:
    """``r`` holding the functions of its other nameplates too (县人社局（县医保局）: 人力社保 and
    卫生健康); its id stays the unit's: one office, counted once."""
    more = [f for p in plates for f in _cached(reg, p, chain, (), False).functions]
    functions = tuple(_merge_functions(reg, list(r.functions), more))
    return r if functions == r.functions else replace(r, functions=functions, known=True)


def _agency(r: _Resolved, mention_text: str) -> Agency:
    return Agency(
        agency_id=r.agency_id,
        name=r.name,
        jurisdiction=r.jurisdiction,
        functions=list(r.functions),
        kind=r.kind,  # type: ignore[arg-type]
        aliases=[mention_text],
        known=r.known,
        parent=r.parent,
    )


def resolve_mention(
    reg: Registry | None,
    mention_text: str,
    plan: PlanMeta | None,
    portfolio: list[str] | tuple[str, ...] = (),
    collective: bool = False,
) -> Agency:
    """The canonical agency a mention names in a plan of ``plan.jurisdiction``.

    ``functions`` are those of this mention: a portfolio narrows a merged bureau to the
    portfolios named. A collective (各乡镇（街道）) has kind ``collective`` and is ``known``
    even when it names no function; any other mention without a function is ``known=False``.

    >>> from respgraph.records import PlanMeta
    >>> zone = PlanMeta("z", "z.txt", jurisdiction="XX投资区", level="zone")
    >>> a = resolve_mention(None, "区农林水与生态环境局", zone, ["生态环境", "水利"])
    >>> a.name, a.functions
    ('XX投资区农林水与生态环境局', ['生态环境', '水利'])
    >>> resolve_mention(None, "区火星探测局", zone).known
    False
    """
    reg = reg or load_registry()
    r = _cached(reg, mention_text, plan_chain(plan, reg) if plan else (), tuple(portfolio), bool(collective))
    return _agency(r, mention_text)


def _merge_functions(reg: Registry, have: list[str], more) -> list[str]:
    """``have`` then the new codes of ``more`` in taxonomy order, so that the result does not
    depend on the order in which portfolios happen to be met."""
    order = {c: i for i, c in enumerate(reg.functions)}
    extra = sorted((f for f in set(more) if f not in have), key=lambda c: order.get(c, len(order)))
    return [*have, *extra]


def _clause_of(task, mention) -> str:
    if mention.basis in OWN_CLAUSE_BASES:
        return mention.text
    s = mention.span.start
    for c in task.clauses:
        if c.span.start <= s < c.span.end:
            return clause_evidence(c.raw, s - c.span.start, mention.span.end - c.span.start)
    return mention.text


def _written_nameplates(text: str, mention) -> list[str]:
    """The nameplates written in brackets after a mention (the unit's span holds them)."""
    e = mention.span.end
    if not (0 < e <= len(text)) or text[e - 1] not in "）)" or mention.portfolio:
        return []
    return nameplates(normalise(text[mention.span.start : e]))[1]


# Bodies of national systems and regions, not of a place's level (民航西南地区管理局, 成都铁路局, 成都
# 海关, 国网…供电公司): a list's place prefix is not carried to them, nor from them.
_SYSTEM_WORDS = ("民航", "铁路", "海关", "国网", "电网", "电力", "供电", "地区管理局")


def _of_a_place(r: _Resolved, text: str) -> bool:
    """Whether ``r`` (as ``text`` writes it) is a body of a place's level that a prefix written once
    in a list (市发改委、财政局) can name: no firm, national body or body of a national system."""
    return r.kind != "enterprise" and r.jurisdiction != NATIONAL and not any(w in text for w in _SYSTEM_WORDS)


def _only_separator(text: str, a: int, b: int) -> bool:
    gap = _WS.sub("", text[a:b]) if 0 <= a <= b <= len(text) else "x"
    return gap in ("、", "，", ",")


_PLACE_CHARS = r"[^委府党发号〔〕《》（）()\s\d，。、：:“”省市区县旗州盟]"
_PLACE_END = r"(?:自治区|自治州|自治县|地区|省|市|州|盟|区|县|旗)"
_ZONE_END = r"(?:高新技术产业开发区|经济技术开发区|综合保税区|高新区|经开区|综保区|开发区|新区|投资区)"
_ISSUER_PLACE = [
    re.compile(rf"中共({_PLACE_CHARS}{{2,10}}?{_PLACE_END})委"),
    re.compile(rf"({_PLACE_CHARS}{{2,10}}?{_ZONE_END})(?:管理委员会|管委会|党工委)"),
    re.compile(rf"({_PLACE_CHARS}{{2,10}}?{_PLACE_END})(?:人民政府|行政公署)"),
    re.compile(rf"《({_PLACE_CHARS}{{2,10}}?{_PLACE_END})"),
]
# A place written with the places above it: 四川省绵阳市三台县, 成都市青白江区, 隆回县桃洪镇.
# (also a title: 成都市青白江区2024年招商引资工作要点)
# A township may close the run: 井冈山市黄坳镇人民政府.
_TOWNSHIP_END = r"(?:镇|乡|街道|苏木)"
_NESTED = re.compile(rf"^(?:中共)?((?:[^\s，。、：:“”《》（）()]{{2,10}}?{_PLACE_END}){{1,3}}?(?:[^\s，。、：:“”《》（）()]{{2,8}}?{_TOWNSHIP_END})?)(?:人民政府|行政公署|办事处|委|党工委|管委会|管理委员会|政府|(?=(?:19|20)\d\d年))")


# The same, anywhere in an issuer line that holds several issuers run together
# (中共三台县委四川省绵阳市三台县人民政府): no digits or brackets of a document number inside.
_NESTED_ANY = re.compile(rf"(?:中共)?((?:[^\s\d〔〕\[\]号，。、：:“”《》（）()]{{2,10}}?{_PLACE_END}){{1,3}}?(?:[^\s\d〔〕\[\]号，。、：:“”《》（）()]{{2,8}}?{_TOWNSHIP_END})?)(?:人民政府|行政公署|办事处|委|党工委|管委会|管理委员会|政府)")


def _issuer_chain(reg: Registry, texts: list[str], place: str) -> list[str]:
    """The longest chain of places, innermost first, that an issuer writes around ``place``
    (四川省绵阳市三台县人民政府 -> 三台县, 绵阳市, 四川省); [] when none names it. The first issuer
    that opens with one wins (成都市青白江区 for 成都市: the plan is the inner one's); else the places
    above ours written by any issuer of a line that runs several together."""
    for text in texts:
        m = _NESTED.match(text)
        parts = [reg.canonical_place(p) or p for p in _nested_places(m.group(1))] if m else []
        if place in parts and len(parts) > 1:
            return list(reversed(parts))
    best: list[str] = []
    for text in texts:
        for m in _NESTED_ANY.finditer(text):
            parts = [reg.canonical_place(p) or p for p in _nested_places(m.group(1))]
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


_NESTED_PART = re.compile(rf"(.{{2,10}}?{_PLACE_END})")
_NESTED_TOWNSHIP = re.compile(rf"(.{{2,8}}?{_TOWNSHIP_END})")  # only the last, inside a place: 井冈山市|黄坳镇


def _nested_places(text: str) -> list[str]:
    """The places a name is built of, outermost first: 四川省绵阳市三台县 -> 四川省, 绵阳市, 三台县."""
    out: list[str] = []
    rest = text
    while rest:
        m = _NESTED_PART.match(rest) or (_NESTED_TOWNSHIP.fullmatch(rest) if out else None)
        if not m:
            return []
        out.append(m.group(1))
        rest = rest[len(m.group(1)) :]
    return out


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


def plan_chain(meta: PlanMeta, reg: Registry | None = None) -> Chain:
    """The plan's place and the places above it, innermost first.

    From the registry when it lists the place; otherwise from how the plan's issuers or title
    write it (``四川省绵阳市三台县人民政府`` -> 三台县, 绵阳市, 四川省), so that ``市X`` in a county
    plan of a place nobody listed is still the right city's.

    >>> plan_chain(PlanMeta("p", "p.txt", issuers=["绵阳市三台县人民政府"], jurisdiction="三台县"))
    ('三台县', '绵阳市', '四川省')
    >>> plan_chain(PlanMeta("p", "p.txt", jurisdiction="渝水区"))
    ('渝水区', '新余市', '江西省')
    """
    reg = reg or load_registry()
    key = ("plan_chain", meta.jurisdiction, tuple(meta.issuers), meta.title)
    hit = reg.cache.get(key)
    if hit is not None:
        return hit
    texts = [re.sub(r"\s+", "", t or "") for t in (*meta.issuers, meta.title)]
    place = reg.canonical_place(meta.jurisdiction) if meta.jurisdiction else None
    if place is None:
        for text in texts:
            for pat in _ISSUER_PLACE:
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
        for i, p in enumerate(chain):  # the innermost listed place brings its own parents
            if p in reg.jurisdictions:
                chain = [*chain[:i], *reg.ancestors(p)]
                break
    out = tuple(dict.fromkeys(chain))
    for child, parent in zip(out, out[1:]):  # for the graph's PART_OF of places nobody listed
        reg.learn_parent(child, parent)
    reg.cache[key] = out
    return out


def _city_pattern(reg: Registry) -> re.Pattern:
    pat = reg.cache.get("city_pattern")
    if pat is None:
        names = sorted((j.name for j in reg.jurisdictions.values() if j.level == "city" and len(j.name) >= 3), key=lambda n: (-len(n), n))
        pat = reg.cache["city_pattern"] = re.compile("|".join(map(re.escape, names)) or r"(?!)")
    return pat


def text_parent(reg: Registry, place: str, text: str) -> str | None:
    """The listed city a county or district plan nobody listed belongs to, when its text names
    one city far more than any other (根据《绵阳市…》…绵阳市…): at least twice, and more than
    twice as often as the next. None when the text does not tell.

    >>> text_parent(load_registry(), "三台县", "按照《绵阳市实施方案》…绵阳市生态环境局…绵阳市…成都市")
    '绵阳市'
    """
    if reg.jurisdiction(place).level not in ("county", "district"):
        return None
    counts: dict[str, int] = {}
    for m in _city_pattern(reg).finditer(text[:50_000]):
        counts[m.group(0)] = counts.get(m.group(0), 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] <= 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def _sub_chain(reg: Registry, name: str | None, chain: Chain) -> Chain:
    """The chain of a place met in a plan of ``chain``: its tail when the place is in it."""
    if not name:
        return ()
    if name in chain:
        return chain[chain.index(name) :]
    return tuple(reg.ancestors(name)) if name in reg.jurisdictions else (name,)


# A department's own plan (XX市生态环境局2024年工作要点) hands tasks to its divisions: 大气环境科,
# 人事教育处, 综合股, 办公室, its party committee and the discipline group stationed in it
# (机关党委, 驻厅纪检监察组). Named without a place, they are parts of the issuing department, not
# bodies of the jurisdiction (XX市人事教育处 would be read as an education body).
# A ministry's divisions are 司 (生态环境部: 大气环境司, 法规与标准司), its office 办公厅.
# (室: 纪委监委's 第一监督检查室, 案件审理室; never an office of a party committee or government, 委办公室, 政府督查室)
# (纪检监察组: 纪委监委's groups stationed in departments, 县纪委监委派驻第三纪检监察组)
_DIVISION_NAME = r"[\u4e00-\u9fff]{1,12}(?:处|科|股)|[\u4e00-\u9fff]{1,3}(?<![委党政])(?:部|办)|(?!委|政府|人民政府)[\u4e00-\u9fff]{1,12}(?<!办公)室|(?:派?驻)?[\u4e00-\u9fff]{0,8}纪检监察组|[\u4e00-\u9fff]{1,11}[^\W公]司|办公室|办公厅"
_DIVISION = re.compile(rf"^(?:{_DIVISION_NAME}|机关(?:党委|纪委|工会)|驻[厅局委部办]?纪检监察组)$")
# The department written before its division as the plan's own word for itself: 厅办公室, 局办公室,
# 委办公室 (in a 委's plan only: elsewhere 委办公室 is the party committee's), 厅机关党委.
_OWN_PREFIX = re.compile(r"^本?([厅局委部])(?=.)")
# Its affiliated units, named without a place and without a field: 信息中心, 执法支队, 后勤服务中心 say
# what they are only inside the department's plan. One whose name says its field (市场监管综合行政
# 执法支队, 疾控中心, 公共资源交易中心) is a body of the place, the id government plans give it.
_AFFILIATED = re.compile(r"^[\u4e00-\u9fff]{2,16}(?:中心|站|所|支队|大队|中队)$")
# A collective of the department's own units: 各处室, 各科室, 各股室, 各直属单位, 局属各单位, 厅直各单位,
# 有关处室, 各市场监管所 (never the lower levels' units: 各县（区）监测站, 各乡镇农技站).
_OWN_UNITS = re.compile(
    r"^(?:[厅局委部](?:机关|属|直)?|机关|本)?(?:各|有关|相关)?.{0,8}?"
    r"(?:处室|科室|股室|处|科|股|直属单位|直属机构|属各单位|属单位|直各单位|下属单位|所属单位|二级机构|派出机构|所|站|中心|[大中支]队)$"
)
_GROUP = re.compile(r"^(?:[厅局委部]?机关)?(?:各|有关|相关)")  # 各处室, 有关科室, 局机关各股室
_LOWER_LEVELS = re.compile(r"各(?:级|[省市县区乡镇旗](?!场))")
# A division named with its department anywhere (市生态环境局大气科, 省财政厅债务管理处,
# 市发展改革委价格科): the department's name ends before it (委, never 委员会's 委).
_HEAD_END = re.compile(r"(?:局|厅|委员会|委(?!员会)|部)(?=[\u4e00-\u9fff])")
_NAMED_DIVISION = re.compile(rf"^(?:{_DIVISION_NAME})$")
# A short name ending in 部 / 办 the registry knows as a body of the place (网信办, 文明办, 组织部,
# 信访办, 应急办) is that body in a bureau's plan, not the bureau's division; in a hospital's plan
# it is one of its 科室 (门诊部, 护理部, 医保办)
_SHORT_PART = re.compile(r"^[\u4e00-\u9fff]{1,3}(?:部|办)$")
_DIVISION_ENDS = ("处", "科", "股", "室", "司", "厅", "中心", "站", "所", "队", "纪检监察组")
_STANDING_OFFICE_OF = ("委员会", "指挥部")  # 安委办, 防指办: a coordinating body's office is a body
# (江西省财政厅落实2024年《政府工作报告》重点任务分工方案: a verb of carrying out may follow the name)
# A public hospital's own plan (XX县第一人民医院改善就医感受…实施方案) hands tasks to its 科室 as a
# bureau's does to its 股室 (门诊部, 护理部, 医务科, 医保办).
_TITLE_DEPARTMENT = re.compile(
    r"^(?P<name>[^\d“”《》（）()，,]{2,30}?(?:局|厅|委员会|委|部|医院)(?:党组|办公室|党委)?)"
    r"(?=\d|关于|[“《（(]|$|(?:落实|贯彻|推进|深入|做好|进一步|印发|改善|提升|开展|加强|创建))"
)
# 国家发展改革委国家能源局关于… / 工业和信息化部国家发展改革委…: issuers run together in a title
_JOINT_TITLE = re.compile(r".(?:国家|国务院)|部.")
_DEPARTMENT_NOT = {"政府", "党委", "政府办公室", "下级政府", "乡镇街道"}


def issuing_department(plan_meta: PlanMeta, reg: Registry | None = None) -> Agency | None:
    """The department a plan is issued by, when it is one department (not a government, a party
    committee or several bodies): from its issuers, else from the name its title opens with.

    >>> from respgraph.records import PlanMeta
    >>> issuing_department(PlanMeta("p", "p.txt", title="XX市生态环境局2024年工作要点", jurisdiction="XX市")).name
    'XX市生态环境局'
    >>> issuing_department(PlanMeta("p", "p.txt", title="XX市推进平安建设实施方案", jurisdiction="XX市")) is None
    True
    """
    reg = reg or load_registry()
    chain = plan_chain(plan_meta, reg)
    names = list(plan_meta.issuers)
    if not names:
        m = _TITLE_DEPARTMENT.match(re.sub(r"\s+", "", plan_meta.title or ""))
        names = [m.group("name")] if m and not _JOINT_TITLE.search(m.group("name")) else []
    found: dict[str, tuple[str, _Resolved]] = {}
    for n in names:
        hit = _department_named(reg, n, chain)
        if hit is None:
            return None  # a government's or a party committee's plan, or a joint one
        found.setdefault(hit[1].agency_id, hit)
    if len(found) != 1:
        return None  # a joint plan: its divisions cannot be told apart
    name, r = next(iter(found.values()))
    return _agency(r, name)


# A department's leading party group or its office issuing for it (中共新余市生态环境局党组,
# 新余市生态环境局办公室关于印发…): the plan is the department's.
_FOR_DEPARTMENT = re.compile(r"^(?:中共)?(?P<name>.+?(?:局|厅|委员会|委|部))(?:党组|办公室|办公厅)$")


def _department_named(reg: Registry, name: str, chain: Chain) -> tuple[str, _Resolved] | None:
    """(the department's name, the department) an issuer names, itself or through its party group
    or office; None for any other issuer."""
    m = _FOR_DEPARTMENT.match(normalise(name))
    if m:
        r = _cached(reg, m.group("name"), chain, (), False)
        if r.kind == "agency" and _is_department(r):
            return m.group("name"), r
    r = _cached(reg, name, chain, (), False)
    return (name, r) if _is_department(r) else None


# A party committee itself, not one of its departments (县委, 党工委, 县委、县政府), and its general
# office, which issues for it as a government's office does (中共XX市委办公室关于印发…)
_PARTY_ITSELF = ("委", "党委", "党工委", "工委", "党组", "委办公室", "委办公厅")


def _is_department(r: _Resolved) -> bool:
    """Whether ``r`` is one department, with divisions of its own: a government's bureau (not a
    government, its office or a place's), or a party committee's (组织部, 宣传部, 纪委监委; not
    the committee itself)."""
    if not r.known:
        return False
    if r.kind == "party":
        short = r.agency_id.partition("/")[2]
        return short not in _PARTY_ITSELF and not short.startswith("委、")
    return r.kind == "agency" and not set(r.functions) & _DEPARTMENT_NOT


def _part_of(dept: _Resolved, part: str, kind: str) -> _Resolved:
    """``part`` of ``dept``: id and name under the department's, its place; a division works in
    its department's field, a collective of its units names none (and is known)."""
    return _Resolved(
        agency_id=f"{dept.agency_id}/{part}",
        name=dept.name + part,
        jurisdiction=dept.jurisdiction,
        functions=dept.functions if kind == "division" else (),
        kind=kind,
        known=dept.known or kind == "collective",
        explicit=True,
        parent=dept.agency_id,
    )


def _division(dept: _Resolved, text: str, r: _Resolved) -> _Resolved | None:
    """``text`` (read as ``r`` without its department) as a part of ``dept``, the plan's issuer: a
    division (大气环境科; 厅办公室 = 办公室), an affiliated unit that names no field (信息中心,
    执法支队), a collective of its units (各处室, 局属各单位); None for any other body."""
    t = normalise(text)
    if r.kind == "collective" or _GROUP.match(t):  # (局机关各股室: not read as a collective)
        own = _OWN_UNITS.match(t) and t[0] not in LEVEL_CHARS and not _LOWER_LEVELS.search(t)  # (市直各单位: the city's)
        return _part_of(dept, t, "collective") if own else None
    if _OWN_LEADERSHIP.match(t):  # 局党组, 局务会: the department itself
        return dept
    prefix = _OWN_PREFIX.match(t)
    if prefix and _DIVISION.match(t[prefix.end() :]) and _names_itself(dept.name, prefix.group(1)):
        t = t[prefix.end() :]
    if _DIVISION.match(t) and not (_SHORT_PART.match(t) and r.known and not dept.name.endswith("医院")):
        return _part_of(dept, t, "division")
    if _AFFILIATED.match(t) and not r.known:
        return _part_of(dept, t, "division")
    return None


def _names_itself(name: str, word: str) -> bool:
    """Whether a department of ``name`` calls itself ``word`` (厅 for 生态环境厅, 委 for
    发展和改革委员会)."""
    return name.endswith(word) or (word == "委" and name.endswith("委员会"))


def _named_division(reg: Registry, t: str, chain: Chain) -> _Resolved | None:
    """A division written after its department's name, in any plan (市生态环境局大气科, 省财政厅债务
    管理处, 市发展改革委价格科, 国家能源局电力司), or None: the head must be a department of a named
    place (市政府办公室, 县委办公室, 区人大常委会办公室 stay whole, and so do the standing office of a
    committee or headquarters, 市安全生产委员会办公室 / 市防汛抗旱指挥部办公室, a body of its own).
    A group of its divisions (省生态环境厅各处室) is its collective; a unit that names no field
    (市生态环境局执法支队, 信息中心) its division as in its own plan (but 市公安局交警支队,
    县自然资源局城关自然资源所 name theirs and stay whole)."""
    for m in reversed(list(_HEAD_END.finditer(t))):  # the longest head: 县纪委监委|第一监督检查室, not 县纪委|监委…
        tail = t[m.end() :]
        if tail == "办公室" and t[: m.end()].endswith(_STANDING_OFFICE_OF) or "驻" in t[: m.end()]:
            continue  # (县纪委监委驻县卫健局|纪检监察组: the group is 纪委监委's, stationed there)
        if not _NAMED_DIVISION.match(tail) and not (_AFFILIATED.match(tail) and not _cached(reg, tail, chain, (), False).known):
            continue
        head = _cached(reg, t[: m.end()], chain, (), False)
        if head.explicit and _is_department(head):
            return _part_of(head, tail, "collective" if _GROUP.match(tail) else "division")
    return None


# A department's leading party group and its leadership meetings (局党组, 县委宣传部部务会, 局务会,
# 局长办公会议) decide for it: a task given to them is the department's, not a body of its own.
_LEADERSHIP_WORDS = r"(?:党组(?:会议?)?|[部局厅委办]务会(?:议)?|(?:[局厅部]长|主任)办公会(?:议)?)"
_LEADERSHIP = re.compile(rf"^(?:中共)?(?P<head>.+?(?:局|厅|委员会|委|部|办))(?<!政府办){_LEADERSHIP_WORDS}$")
_OWN_LEADERSHIP = re.compile(rf"^本?[厅局委部办]?{_LEADERSHIP_WORDS}$")  # in its own plan: 局党组, 党组, 局务会
_LEADERSHIP_ENDS = ("党组", "会", "会议")


def _leadership_of(reg: Registry, t: str, chain: Chain, portfolio: tuple[str, ...]) -> _Resolved | None:
    """The department whose party group or leadership meeting ``t`` names (县发改局党组, 市生态环境局
    党组, 县委宣传部部务会), or None: the head must be a department of a named place (县委常委会,
    县政府常务会议 and 县人大常委会党组 are not read so)."""
    m = _LEADERSHIP.match(t)
    if m is None:
        return None
    head = _cached(reg, m.group("head"), chain, portfolio, False)
    return head if head.explicit and _is_department(head) else None


def _names_national_only(reg: Registry, plan: "ExtractedPlan") -> bool:
    """Whether a plan that names no place of its own is the central government's: the bodies it
    names with a jurisdiction are national ones (国家发展改革委, 中央网信办, 教育部) and none is a
    level's (省X / 市X / 县X, whose place the plan would have to tell). A 重点任务分工表 posted
    without its notice names no issuer."""
    national = False
    for task in plan.tasks:
        for m in task.mentions:
            r = _cached(reg, m.text, (), (), m.collective)
            if r.jurisdiction == NATIONAL:
                national = True
            elif r.explicit:
                return False
    return national


# A bureau's branch left whole (绵阳市/生态环境局盐亭分局): the branch of a place the plan writes
# short and the registry does not list.
_BRANCH_OF_UNKNOWN = re.compile(r"/[^/]+?局([\u4e00-\u9fff]{2,4})分局$")


def _branch_named_in_text(reg: Registry, text: str, chain: Chain, portfolio: tuple[str, ...], doc_text: str) -> _Resolved | None:
    """市生态环境局盐亭分局 in a 绵阳市 plan whose text names 盐亭县: the branch in 盐亭县, as if the
    plan had written 市生态环境局盐亭县分局. None when the text names no county, district, city or
    banner of that name (市公安局交警分局)."""
    t = normalise(text)
    stem = _BRANCH_OF_UNKNOWN.search("/" + t)
    if stem is None:
        return None
    head, name = t[: stem.start(1) - 1], stem.group(1)
    for level in "县区市旗":
        if name + level in doc_text:
            r = _cached(reg, f"{head}{name}{level}分局", chain, portfolio, False)
            return None if _BRANCH_OF_UNKNOWN.search(r.agency_id) else r  # (高新 + 区: the zone's branch)
    return None


def resolve_plan(plan: "ExtractedPlan", reg: Registry | None = None) -> ResolvedPlan:
    """Bind every mention of every task of ``plan`` to its canonical agency.

    A prefix shared across a list is carried over: in ``市发展和改革局、工业和信息化局`` of a
    district plan the second body is the city's too.
    """
    reg = reg or load_registry()
    meta = plan.meta
    chain = plan_chain(meta, reg)
    plan_j = chain[0] if chain else None
    doc_text = plan.document.text if plan.document is not None else ""
    top = chain[-1] if chain else None
    if top and top not in reg.jurisdictions and doc_text:
        # a county plan whose issuers do not say its city (or a town's, 遂川县黄坳乡, whose county is
        # not listed): the city its text keeps naming
        parent = text_parent(reg, top, doc_text)
        if parent:
            chain = (*chain, *reg.ancestors(parent))
            reg.learn_parent(top, parent)
    if not chain and _names_national_only(reg, plan):
        chain, plan_j = (NATIONAL,), NATIONAL
    dept_agency = issuing_department(meta, reg)
    dept = _cached(reg, dept_agency.aliases[0], chain, (), False) if dept_agency else None
    assignments: dict[str, list] = {}
    agencies: dict[str, Agency] = {}
    unknown: list[str] = []
    seen_unknown: set[str] = set()
    for task in plan.tasks:
        out: list[Assignment] = []
        prev: Mention | None = None
        prev_r: _Resolved | None = None
        for m in task.mentions:
            portfolio = tuple(m.portfolio)
            used = chain
            r = _cached(reg, m.text, chain, portfolio, m.collective)
            if r.agency_id.endswith("分局") and _BRANCH_OF_UNKNOWN.search(r.agency_id):
                r = _branch_named_in_text(reg, m.text, chain, portfolio, doc_text) or r
            if dept is not None and not r.explicit:
                r = _division(dept, m.text, r) or r
            if (
                not r.explicit
                and r.kind != "collective"  # 市生态环境局、各镇（街道）: the plan's own towns
                and prev_r is not None
                and prev_r.explicit
                and prev_r.kind != "collective"
                and prev_r.jurisdiction != plan_j
                and prev is not None
                and _only_separator(doc_text, prev.span.end, m.span.start)
                and _of_a_place(r, m.text)
                and _of_a_place(prev_r, prev.text)
            ):
                used = _sub_chain(reg, prev_r.jurisdiction, chain)
                r = _cached(reg, m.text, used, portfolio, m.collective)
            prev, prev_r = m, r
            out.append(
                Assignment(
                    agency=r.name,
                    agency_id=r.agency_id,
                    mention=m.text,
                    role=m.role,
                    basis=m.basis,
                    portfolio=list(m.portfolio),
                    source=Source(file=meta.path, start=m.span.start, end=m.span.end, clause=_clause_of(task, m)),
                )
            )
            plates = _written_nameplates(doc_text, m)
            if plates:
                r = _with_nameplates(reg, r, plates, used)
            a = agencies.get(r.agency_id)
            if a is None:
                agencies[r.agency_id] = a = _agency(r, m.text)
                if portfolio:  # the body's own functions: its name parts and every portfolio seen
                    base = _cached(reg, m.text, used, (), m.collective)
                    a.functions = _merge_functions(reg, list(base.functions), r.functions)
                    a.known = a.known or base.known
            else:
                if m.text not in a.aliases:
                    a.aliases.append(m.text)
                for f in r.functions:
                    if f not in a.functions:
                        a.functions = _merge_functions(reg, a.functions, r.functions)
                        break
                a.known = a.known or r.known
            for p in plates:  # the other nameplate is a name of this body: found by it
                if p not in a.aliases:
                    a.aliases.append(p)
            if not r.known and m.text not in seen_unknown:
                seen_unknown.add(m.text)
                unknown.append(m.text)
        assignments[task.task_id] = out
    if plan_j and plan_j != meta.jurisdiction:
        # the plan is issued in the place its agencies are in: 成都市青白江区人民政府 -> 青白江区,
        # XXXX投资区 -> XX投资区 (a copy: the extracted plan is left as it was read)
        level = meta.level if reg.canonical_place(meta.jurisdiction) == plan_j else None
        j = reg.jurisdiction(plan_j)
        plan = replace(plan, meta=replace(meta, jurisdiction=plan_j, level=j.level if j.known else (level or j.level)))
    return ResolvedPlan(plan=plan, assignments=assignments, agencies=agencies, unknown=unknown)
