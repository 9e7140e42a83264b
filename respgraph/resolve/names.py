"""Agency names as written: normalising a mention, nameplates in brackets, collectives.

The level words (``市``/``县``/``区``…), merged-office parts and the per-string normalisation
(memoised) that every other part of the resolver reads names through; the one spelling of the
lower levels' governments (各县（市、区）人民政府) and a body named as it was or as it is being set up
(原市环保局, 市医疗保障局筹备组).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from respgraph.grammar.units import classify_paren, nameplate_names

if TYPE_CHECKING:  # pragma: no cover
    from respgraph.registry import Registry


_WS = re.compile(r"[\s\u3000\u00a0]+")
_TRAIL_ETC = re.compile(r"(?:等(?:单位|部门)?)+$")
LEVEL_CHARS = "省市区县镇乡州盟旗"
# the level words a body's name may open with, a town's left out (市环保局, 县生态环境分局)
LEVEL_START = tuple("省市县区州盟旗")
_LEVEL_RANK = {"省": 0, "市": 1, "州": 1, "盟": 1, "区": 2, "县": 2, "旗": 2, "镇": 3, "乡": 3,
               "自治区": 0, "自治州": 1, "地区": 1, "自治县": 2, "自治旗": 2}
# Level prefixes longer than one character: 自治区生态环境厅 in a 广西壮族自治区 plan.
LEVEL_WORDS = ("自治区", "自治州", "自治县", "自治旗", "地区")
# Levels only a few places have (神农架林区, 六枝特区) or whose word is common (苏木, 街道): 林区X /
# 特区X / 苏木X / 街道X is the plan's own body in such a place's plan, never elsewhere (林区道路 /
# 街道办事处 of another plan are no prefix).
# (苏木X / 街道X in a township's or street's own plan; 团X in a 兵团 团场's, 一四三团: its place alone
# ends with 团, so 团 is read so in no other plan)
OWN_LEVEL_WORDS = ("林区", "特区", "苏木", "街道", "团")
_RANK_OF_LEVEL = {"national": -1, "province": 0, "city": 1, "district": 2, "county": 2, "zone": 2, "township": 3, "subdistrict": 3}

# One-character parts of merged bureau names (农林水与生态环境局): only read when a whole
# run of the name consists of them, never inside an ordinary word.
MERGED_PARTS = {"农": "农业农村", "林": "林业", "水": "水利", "牧": "农业农村", "渔": "海洋渔业"}
_UNIT_TAIL = re.compile(r"(?:局|委员会|委|办公室|办|中心|部|厅|处|科|站|所|分局|大队|支队|总队|中队|执法队)$")
_CONNECTORS = "与和及、"

_COLLECTIVE_START = ("各", "相关", "有关", "全体", "其他", "其它", "所有", "乡镇",  # 乡镇人民政府: no town is named 乡镇
                     "属地", "事发地", "发生地")  # 属地乡镇, 事发地人民政府: wherever it happens (属地乡镇 was a place)
_COLLECTIVE_PARTS = (
    "成员单位", "有关部门", "相关部门", "有关单位", "相关单位", "各部门", "各单位", "职能部门",
    "直有关", "直相关", "直各", "责任单位", "牵头单位", "配合单位",
    "联系部门", "联系单位",  # 州级河（湖）长联系部门: the departments linked to each river chief
    "属国有企业", "属国企",  # 区属国有企业, 市属国企: the level's firms
    "直部门", "直单位",  # 县直部门 (but 县直机关工委 is one body)
    "局各",  # 市生态环境局各县（市、区）分局, 市教育局各直属学校: the bureau's units
    # 沿河各乡镇, 城区各街道: the townships a qualifier picks (was a place named 沿河各乡镇 and its government)
    "各乡镇", "各乡", "各镇", "各街道", "各社区", "各村", "各县", "各区",
    # 项目所在地人民政府, 项目所在县（市、区）人民政府: the governments of wherever a project lies
    "所在地", "所在县", "所在市", "所在区", "所在乡", "所在镇",
    # 市县两级政府, 省市县三级; 县级人民政府 in a city plan: the governments of a level, not one
    "两级", "三级", "四级", "五级", "级人民政府", "级政府",
)
# What a kind of area is called (重点地区, 贫困地区, 沿海地区, 沿线地区, 民族地区): no place of that name.
# Written with 地区 / 地方 or with 各 (沿海各设区市人民政府) it stands for the places of that kind, a
# collective of the plan's place (was a place 沿海地区 with its own 人民政府); so is a level after a
# modifier (贫困县, 边境县（市）人民政府: no county is named so), but not a body of such a place's
# level written with it (民族区域…局). 沿 + one or two characters is such a kind (沿海, 沿江, 沿黄河)
# only before 地区 / 地方 / 各: 沿河县, 沿滩区 are places.
AREA_MODIFIERS = ("重点", "贫困", "沿海", "沿边", "边境", "民族", "欠发达", "发达", "偏远", "山区", "农村", "城乡", "相关", "有关", "其他", "周边", "受灾", "灾区", "试点", "毗邻", "相邻", "邻近", "脱贫", "革命老区", "老区", "牧区", "库区", "林区")
_AREA = re.compile(rf"^(?:沿[\u4e00-\u9fff]{{1,2}}?(?:地区|地方|各)|(?:{'|'.join(AREA_MODIFIERS)})(?:地区|地方|各|[县市区乡镇](?![\u4e00-\u9fff]{{0,8}}[局委办]$)))")
# wherever something happens or lies (属地政府, 事发地人民政府, 项目所在县（市、区）人民政府): the
# governments of those places, below the plan's
WHEREVER = re.compile(r"^(?:属地|事发地|发生地)|所在[地县市区乡镇]")
# A bare unit of a lower level, with no name of its own (街道办事处, 社区居委会, 管委会): right after a
# collective of 各 in a list (各镇人民政府、街道办事处) the 各 reaches it too, every street office
# (it was one 街道办事处 of the plan's place).
EACH_REACHES = re.compile(
    r"^(?:(?:乡镇|乡|镇|街道|社区|村|村（居）|村（社区）|园区|开发区)(?:人民政府|政府|党委|党工委|管委会|居委会|村委会|办事处)"
    r"|街道办事处|街道办|办事处|管委会|党工委|居委会|村委会|居民委员会|村民委员会|村（居）委会|社区|村|街道|村（社区）|村（居）)$"
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
    if n.endswith(("“两委”", '"两委"')):
        n = n[:-4] + "两委"  # 各村“两委” is 各村两委: one body however it is quoted
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
            from respgraph.clean import t2s_char

            s = t2s_char(c) if ord(c) >= 0x3400 else c
            _T2S[c] = s = s if len(s) == 1 else c
        out.append(s)
    return "".join(out)


# the bodies of the several places a plan across a border is for (两省生态环境厅, 三地生态环境部门,
# 川渝两地水利部门, 两省（市）生态环境部门, 两区一县人民政府, 双方河长办): one body of each place, never a
# body of the plan's own place (was 北京市/三地生态环境部门); a province's group of its cities named by
# their count (秦岭六市人民政府, 沿黄九市人民政府, 珠三角九市: was a place 秦岭六市 of its own, its government)
_SEVERAL_PLACES = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,3}?)?[两三四五六七八九十][省市区县地](?:（市）|[一二三][省市区县])?(?=[\u4e00-\u9fff（])|^双方")


def several_places(text: str) -> bool:
    """Whether a name stands for one body of each of several places counted (两省生态环境厅,
    秦岭六市人民政府): a group no place split may read a place into (秦岭六市 is none)."""
    return _SEVERAL_PLACES.match(text) is not None


@lru_cache(maxsize=1 << 16)
def is_collective(text: str) -> bool:
    """Whether a mention stands for a group: 各乡镇（街道）, 市环委会成员单位, 市直有关部门, 沿海地区人民政府,
    两省生态环境厅."""
    return (text.startswith(_COLLECTIVE_START) or any(p in text for p in _COLLECTIVE_PARTS) or _AREA.match(text) is not None
            or several_places(text))


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


# --------------------------------------------------------------------------- resolve

# The central government: 生态环境部, 国家发展改革委, 国务院 named in a local plan are its bodies.
NATIONAL = "中央"


# The governments (or party committees and governments) of the levels below, spelt with or without
# brackets around the levels after the first, 、 between them and 人民 before 政府: 各县市区人民政府 =
# 各县（市区）人民政府 = 各县〔市、区〕政府 = 各县（市、区）人民政府 = 各县（市）区人民政府 (合肥's, a level
# after the bracket); 各县市区党委政府 = 各县（市、区）党委和
# 人民政府 = 各县（市、区）党委、政府; 各市州人民政府 = 各市（州）人民政府 (were one agency per spelling).
# Two groups of levels (各市（州）、县（市、区）人民政府), 各乡镇（街道） (no government named) and 各乡镇
# stay as written.
_LEVEL = r"(?:乡镇|[县市区州旗盟乡镇])"
_LEVELS_GOVERNMENT = re.compile(
    rf"^各(?P<first>{_LEVEL}+?)(?:[（(〔](?P<bracket>{_LEVEL}(?:[、，,]?{_LEVEL})*)[）)〕](?P<after>{_LEVEL}*)|(?P<rest>{_LEVEL}*))"
    r"(?:(?P<party>党委[、和及]?)?(?:人民)?政府)$"
)
_LEVEL_TOKEN = re.compile(_LEVEL)


# A province's cities written as their kind (各设区市 / 各设区的市 / 各地级市 / 各地市, bare or before
# 政府 / 人民政府): one collective, the cities' governments, spelt 各设区市人民政府 / 各地级市人民政府 (地市
# is the short of 地级市: 各地市人民政府 and 各地级市人民政府 are one group of cities)
_CITY_KINDS = re.compile(r"^各(?P<kind>设区的?市|地级?市)(?:(?:人民)?政府)?$")
# the levels alone, no body after them (各县（市、区）, 各市州, 各区), towns left out (各乡镇 is the
# towns' party committees and governments both, as a county's plan sets them work)
_NO_TOWN = re.compile(r"[乡镇]")


def governments_of_levels(body: str) -> str:
    """The one spelling of a collective of the lower levels' governments (the levels after the
    first in brackets, separated by 、; 人民政府), ``body`` itself for any other collective.

    The levels written alone (以下均需各设区市落实 / 由各县（市、区）依法处理 / 各市（州）) are the same
    collective as their governments: a 督查室 counts the work handed to 各设区市 as the cities'
    governments' (were two ids in one plan, 江西省/各设区市 and 江西省/各设区市人民政府); a body of
    theirs (各设区市生态环境局) is no government and stays as written."""
    if (k := _CITY_KINDS.match(body)) is not None:
        return f"各{'设区市' if k['kind'].startswith('设区') else '地级市'}人民政府"
    if not _NO_TOWN.search(body) and _LEVELS_GOVERNMENT.match(body + "人民政府") is not None:
        body += "人民政府"  # 各县（市、区） -> 各县（市、区）人民政府
    m = _LEVELS_GOVERNMENT.match(body)
    if m is None:
        return body
    first = m["first"] if m["bracket"] else m["first"] + (m["rest"] or "")
    first, *rest = _LEVEL_TOKEN.findall(first) if not m["bracket"] else [first, *_LEVEL_TOKEN.findall(m["bracket"] + (m["after"] or ""))]
    levels = f"{first}（{'、'.join(rest)}）" if rest else first
    return f"各{levels}{'党委、政府' if m['party'] else '人民政府'}"


# The governments of two levels or more below the plan's, written without 各 (市州人民政府, 县市区人民政府,
# 县（市、区）人民政府, 市县人民政府, 市州、县市区人民政府: a province's plan): the collective 各… names (were
# one government of a place 湖南省所辖县 named 市区人民政府); one level alone (县人民政府: in a county's plan
# its own government) is left to the place reading
_BARE_LEVELS_GOVERNMENT = re.compile(
    rf"^(?:{_LEVEL}(?:[（(〔]{_LEVEL}(?:[、，,]?{_LEVEL})*[）)〕])?(?:、(?=[县市区州旗盟乡镇]))?){{2,}}(?:党委[、和及]?)?(?:人民)?政府$"
    rf"|^{_LEVEL}[（(〔]{_LEVEL}(?:[、，,]?{_LEVEL})*[）)〕](?:党委[、和及]?)?(?:人民)?政府$"
)


# The departments of two levels or more written without 各 (市州、县市区水利部门, 县市区水利部门, 县（市、区）
# 教育行政部门, 市县有关部门: a province's plan): the collective 各… names (were 湖南省所辖市/州、县市区水利部门
# and a body of a place 县市区); towns' levels left out (乡镇 have no 部门 of their own), as are one level
# alone (县水利部门: in a county's plan its own) and 县直 / 市属 (the departments of one place)
_CITY_COUNTY = "[县市区州旗盟]"
_LEVELS_DEPARTMENTS = re.compile(
    rf"^(?P<levels>(?:{_CITY_COUNTY}(?:[（(〔]{_CITY_COUNTY}(?:[、，,]?{_CITY_COUNTY})*[）)〕])?(?:、(?={_CITY_COUNTY}))?){{2,}}"
    rf"|{_CITY_COUNTY}[（(〔]{_CITY_COUNTY}(?:[、，,]?{_CITY_COUNTY})*[）)〕])(?![直属])[\u4e00-\u9fff]{{2,12}}部门$"
)


def each_of_levels(t: str) -> str:
    """``t`` with the 各 a collective of two levels or more is written with elsewhere (县市区人民政府 ->
    各县（市、区）人民政府, 市州、县市区水利部门 -> 各市州、县市区水利部门), ``t`` itself for any other name."""
    if t.startswith("市区"):
        return t  # (市区人民政府: 市区 is a word, the city proper)
    if t.endswith("部门") and (m := _LEVELS_DEPARTMENTS.match(t)) is not None and len(_LEVEL_TOKEN.findall(m["levels"])) >= 2:
        return "各" + t
    if len(_LEVEL_TOKEN.findall(t.split("政府")[0])) < 2 or not _BARE_LEVELS_GOVERNMENT.match(t):
        return t
    return governments_of_levels("各" + t)


# a body named as it was before a reform, as just set up or as the one taking work over (原市环保局 /
# 新组建的市医疗保障局 / 承接相关职能的市生态环境局 / 市医疗保障局筹备组 in a plan of the 2019 reforms):
# the body so named (was the place 新组建的市, a body 原市环保局 or 医疗保障局筹备组)
_FORMER = re.compile(r"^(?:原|新组建的?|新成立的?|[^的]{1,16}的)")
_IN_FORMATION = re.compile(r"(?<=[局委办部厅])(?:筹备组|筹建组|筹备办公室|筹建办公室|筹建办)$")


def without_former(reg: Registry, unit: str) -> str:
    """``unit`` without a 原 / 新组建的 / …的 before its place (原市环保局 -> 市环保局, 原邢台市环保局 ->
    邢台市环保局, 承接相关职能的市生态环境局 -> 市生态环境局) and without 筹备组 after it (市医疗保障局
    筹备组 -> 市医疗保障局); a place whose name begins so (原阳县, 原州区, 原平市) keeps it, and so
    do a name whose rest is no place's (各负有安全生产监管职责的部门) and a collective with a …的
    (各设区的市人民政府, 负有监管职责的县直部门)."""
    unit = _IN_FORMATION.sub("", unit)
    m = _FORMER.match(unit)
    if m is None or any(unit[:k] in reg.places for k in range(2, 6)):
        return unit
    rest = unit[m.end():]
    if unit[m.end() - 1] == "的" and (is_collective(unit) or is_collective(rest)):
        return unit  # 各设区的市人民政府 / 负有监管职责的县直部门: a collective, or a narrower one
    return rest if rest.startswith(LEVEL_START) or any(rest[:k] in reg.places for k in range(2, 6)) else unit
