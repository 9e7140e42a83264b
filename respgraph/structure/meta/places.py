"""The plan's place and level: the jurisdiction an issuer or title opens with (``find_place``:
宜春市袁州区人民政府 -> 袁州区, district), a township speaking as itself, the central
government and its organs' local branches, and the level the registry lists a place at.

Places are read from names alone (and the registry), so this module depends on no other field
reader; titles, issuers and file names all ask it.
"""

from __future__ import annotations

import re

from respgraph.registry import can_be_inside, district_of_short_name, load_registry
from respgraph.structure.meta.head import ORGAN, squash

# the number a 兵团 团场 is named by (一四三团, 一二一团, 二二二团): a township of its division
FARM_NUMBER = r"[一二三四五六七八九十〇零]{2,4}"

_PLACE = re.compile(
    r"^(?:中共|中国共产党)?(?P<place>[\u4e00-\u9fffA-Za-z]{1,10}?"
    r"(?:经济技术开发区|高新技术产业开发区|高新区|经开区|开发区|投资区|新区|园区|试验区|合作区|自治区|自治州|自治县|特别行政区|省|市|州|盟|地区|县|旗|区))"
    # 赣州市 / 通州区: a 州 that names a city is followed by its level (the shortest match stops at 州);
    # 重点区域 / 城区域: a 区 before 域 is a region, not a district
    r"(?P<more>(?<=州)[市区县])?(?!域)"
)
# A township names itself as an issuer (黄坳镇人民政府, 中共黄坳镇委员会), or in a title when the plan's
# year or 关于 follows it (梧桐街道2024年…实施方案 / 金鸡镇关于…的方案); otherwise in a title 城乡 /
# 乡村 would read as places. A template writes its name XX镇 / ××街道: the plan's place all the same.
# (a 兵团 团场, a township of its division, is named by its number: 一四三团党委 / 一二一团2024年…)
_TOWN_NAME = r"(?P<place>[\u4e00-\u9fffXＸ×]{2,8}?(?:镇|乡|街道|苏木)|" + FARM_NUMBER + r"团)"
# (中共苏州工业园区唯亭街道工作委员会: a 街道's party committee signs as its 工作委员会; the plan was
# the zone's, the street's own offices placed in it)
_TOWNSHIP = re.compile(r"^(?:中共)?" + _TOWN_NAME + r"(?:人民政府|党委|委员会|工作委员会|政府|办事处|党工委|(?=(?:19|20)\d{2}\s*年|关于))")
# A title opening with a town and its topic (金鸡镇农村人居环境整治工作方案): the town's plan when
# its text speaks as the town (我镇 / 全镇 / 本街道), never a kind of town (小城镇 / 特色小镇 / 重点镇)
_TOWN_TITLE = re.compile(r"^" + _TOWN_NAME)
_TOWN_KINDS = re.compile(r"城镇|乡镇|小镇|村镇|集镇|城乡|示范|卫生|文明|特色|重点|中心|美丽|旅游|森林|园林|历史|文化|名镇|古镇|强镇|新镇")
_TOWN_SELF = {"镇": ("我镇", "全镇", "本镇"), "乡": ("我乡", "全乡", "本乡"), "街道": ("我街道", "全街道", "本街道"),
              "苏木": ("我苏木", "全苏木", "本苏木"), "团": ("我团", "全团", "本团")}
# Not a place: 全市 / 本县 (the whole of an unnamed place), 县市 / 市县 (levels, not a name), or a title opening with words no place
# name begins with (关于加强城市… / 推进城区… / 国家生态文明建设示范区创建… / 创建全国文明城区…)
# (城市: the word "city" of 城市更新行动方案, no place's name)
# (民盟市委, 民革县委: a democratic party's committee, 民盟 no league; a proposal's author in a
# 提案办理 table)
# (师市: a 兵团 division-city's offices signing as the division and city, 师市党委办公室, unnamed)
# (美丽湖州 / 健康宜昌: a campaign named for its place, _campaign_place; 平安 opens 平安区 too)
_CAMPAIGN_WORDS = ("美丽", "健康", "数字", "法治", "清廉", "幸福", "智慧")
# (质量强市 / 制造强省 / 教育强县 / 农业强区: a campaign to make the place strong in a field, after
# the place's name in a title or an issuer, 晋江市质量强市工作领导小组办公室: was the plan's place)
_NOT_PLACE = re.compile(
    r"^(?:[全本我各该省市州盟县旗区][省市州盟县旗区]$|[\u4e00-\u9fff]{2,4}强[省市县区镇]$|[全本我各该]?自治[区州县旗]$|城市$|师市$|民革|民盟|民建|民进|台盟|农工党|致公党|九三学社|关于|加强|加快|推进|推动|深入|进一步|做好|开展|实施|促进|支持|建立|健全|完善|强化|创建|国家|全国|"
    + "|".join(_CAMPAIGN_WORDS) + ")"
)

# The central government, as the registry names it (data/registry/jurisdictions.csv), and the
# organs whose plans are its own: the Party centre, the State Council, ministries and national
# bureaus, which name no place.
CENTRAL = "中央"
_CENTRAL = re.compile(
    r"^(?:中共中央|中央(?:办公厅|全面深化改革委员会|财经委员会)|国务院|全国人民代表大会|最高人民(?:法院|检察院)"
    r"|国家[\u4e00-\u9fff]{1,12}?(?:总局|局|委员会|委|署)"
    r"|(?:外交|国防|教育|科学技术|工业和信息化|公安|民政|司法|财政|人力资源和社会保障|自然资源|生态环境|住房和城乡建设"
    r"|交通运输|水利|农业农村|商务|文化和旅游|应急管理|退役军人事务)部)"
)


def _central_or_branch(names: list[str]) -> tuple[str | None, str | None]:
    """A plan issued by a central organ (国务院办公厅, 生态环境部, 国家发展改革委) is the central
    government's; one issued by a central organ's local branch (国家税务总局XX市税务局) is the
    branch's place."""
    for name in names:
        m = _CENTRAL.match(squash(name)) if name else None
        if m:
            branch = find_place([squash(name)[m.end() :]])
            return branch if branch[0] else (CENTRAL, "national")
    return None, None


# a town's name, then words ending in 区 that are no district (a residential compound, a
# community, a scenic area, a campus, a factory's grounds): 东城街道老旧小区 (but 江景区 is one)
_COMPOUND_AFTER_TOWN = re.compile(r"(?:镇|乡|街道).+(?:小区|社区|景区|校区|厂区)$")


# A town whose name ends in 市 (柳市镇, 新市镇, 双市街道): what reads as a city before its 镇 / 乡 / 街道
# is none the registry lists (was the city 柳市, its 镇X offices then 柳市所辖镇X); a listed city's
# 乡镇 / 乡村 words stay its own (高安市乡镇…, 宜春市乡村振兴局)
_TOWN_WORD_AFTER = re.compile(r"镇|街道|乡(?![村镇])")


def _town_named_with_city(m: re.Match, name: str) -> bool:
    """``m`` (a ``_PLACE`` match in ``name``) reads a town's name ending in 市 as a city."""
    place = m.group("place") + (m.group("more") or "")
    return (place.endswith("市") and _TOWN_WORD_AFTER.match(name, m.end()) is not None
            and place not in load_registry().jurisdictions)


# a title that opens with its year before its place (2025年绍兴市医疗保障工作要点)
_YEAR_FIRST = re.compile(r"^(?:19|20)\d{2}年度?")


# 新疆生产建设兵团第一师阿拉尔市: a division of the 兵团 and its city, one administration (师市合一):
# the city is the place (was none: the name too long to read as one)
# (and before a 团场 of the division: 第八师一四三团, the 团场 is the place)
# (signed by its party committee too: 中共第六师一〇二团委员会 / 中共第八师石河子市委员会)
_DIVISION_CITY = re.compile(r"^(?:中共)?(?:新疆生产建设兵团|兵团)?第[一二三四五六七八九十]{1,3}师(?=[\u4e00-\u9fff]{2,5}市|" + FARM_NUMBER + r"团)")
# an office's word inside what reads as a place: the name opens with an office, no place
_OFFICE_IN_PLACE = re.compile(r"[委室局厅办](?!$)|督查|督办")


# A campaign named for its place (2022年美丽湖州建设工作要点 / 平安宜昌建设… / 健康赣州行动…): the
# place is the plan's (was 美丽湖州, a city's bodies then placed in no known city); its level is
# often unwritten (湖州: 湖州市, as the registry lists it). 平安区 is a place of its own.
_CAMPAIGN = re.compile("^(?:" + "|".join(("平安", *_CAMPAIGN_WORDS)) + r")(?=[\u4e00-\u9fff]{2})")


def _campaign_place(name: str) -> str | None:
    """The place a campaign is named for at the start of ``name`` (its level from the registry
    where unwritten), or None: the name opens with no campaign, or the campaign's words are a
    place's own name.

    >>> _campaign_place("美丽湖州建设工作要点"), _campaign_place("健康宜昌行动2021年工作要点")
    ('湖州市', '宜昌市')
    >>> _campaign_place("平安区2023年河湖长制工作要点"), _campaign_place("美丽乡村建设工作方案")
    (None, None)
    """
    m = _CAMPAIGN.match(name)
    if m is None:
        return None
    places = load_registry().jurisdictions
    rest = name[m.end() :]
    pm = _PLACE.match(rest)
    if pm is not None:
        if name[: m.end() + pm.end()] in places:
            return None
        place = pm.group("place") + (pm.group("more") or "")
        return place if place in places else place + "市" if place + "市" in places else None
    # 健康宜昌行动: the city by its short name
    return next((rest[:k] + "市" for k in (2, 3) if rest[:k] + "市" in places), None)


def find_place(names: list[str]) -> tuple[str | None, str | None]:
    """The jurisdiction named at the start of an issuer or title, and its level."""
    for name in names:
        name = _DIVISION_CITY.sub("", _YEAR_FIRST.sub("", squash(name), 1), 1)
        if (campaign := _campaign_place(name)) is not None:
            return campaign, _level(campaign)
        m = _PLACE.match(name)
        if m is None or _COMPOUND_AFTER_TOWN.search(m.group("place")) or _town_named_with_city(m, name):
            m = _TOWNSHIP.match(name)  # 柳市镇…: a town; 东城街道老旧小区改造…: a compound, no district
        if not m or _NOT_PLACE.match(m.group("place")) or _OFFICE_IN_PLACE.search(m.group("place")):
            continue  # 县委督查室县政府督查室关于…: an office opens the name, no place (was 县委督查室县)
        place, end = _matched_place(m, name)
        if place.endswith(("区委", "市委", "县委")):
            place = place[:-1]
        place = _inner_place(place, name[end:])
        return place, _level(place)
    return None, None


def _town_of_title(title: str, text: str) -> tuple[str | None, str | None]:
    """The town a title opens with when the plan's text speaks as that town (金鸡镇农村人居环境
    整治工作方案 / …结合我镇实际…), with its level."""
    m = _TOWN_TITLE.match(_DIVISION_CITY.sub("", squash(title), 1))  # (第六师一〇二团…: the 团场's)
    if m is None or _TOWN_KINDS.search(m.group("place")) or _NOT_PLACE.match(m.group("place")):
        return None, None
    place = m.group("place")
    level_word = next(w for w in _TOWN_SELF if place.endswith(w))
    if not any(w in text for w in _TOWN_SELF[level_word]):
        return None, None
    return place, _level(place)


def town_signer(name: str) -> bool:
    """``name`` opens with a town's name and signs as its committee or office for a field
    (乐从镇消防安全委员会, 柳市镇安全生产委员会): find_place names no place in it, the title and
    the text speaking as the town do (_town_of_title)."""
    m = _TOWN_TITLE.match(squash(name))
    return m is not None and not _TOWN_KINDS.search(m.group("place")) and not _NOT_PLACE.match(m.group("place"))


def _matched_place(m: re.Match, name: str) -> tuple[str, int]:
    """(the place a ``_PLACE`` / ``_TOWNSHIP`` match names in ``name``, where it ends), with the
    区 of 赣县区."""
    place = m.group("place") + (m.groupdict().get("more") or "")
    if m.re is _PLACE and district_of_short_name(place, name[m.end() :]):
        return place + "区", m.end() + 1
    return place, m.end()


# what follows the inner place of 宜春市袁州区人民政府 / 中共宜春市袁州区委 / 宜春市袁州区2023年…
_AFTER_INNER = re.compile(r"(?:人民政府|政府|管理委员会|管委会|党工委|党委|委|\d|“)")
_ORGAN_NEXT = re.compile(r"(?:人民政府|政府|行政公署|管理委员会|管委会|党工委|委员会|办公室|办公厅)")
_GENERIC_ZONE = re.compile(r"^(?:经济技术|高新技术|高新|经济|经开|工业|产业|综合保税)")
# a zone word alone or after one character (兰州|新区, 台州|湾新区, 宁波杭州|湾新区): no zone's name is
# that short, the zone is named after the place before it (兰州新区 was 兰州, a city) or a bay of it
# (the zone 台州湾新区 was the place 湾新区, its bodies 湾新区规划建设局 and its city 湾新区所在市)
_ONE_CHAR_ZONE = re.compile(r"[\u4e00-\u9fff]?(?:新区|开发区|园区|投资区|试验区|合作区)")


# a 街道's offices as they sign in full, under the district's government or committee: XX区人民政府
# XX街道办事处 / 中共XX区委XX街道工作委员会 (the plan was the district's, the street's own offices
# placed in the district)
_STREET_OFFICE = re.compile(r"(?:人民政府|政府|委)(?P<street>[\u4e00-\u9fff]{2,8}?街道)(?:办事处|工作委员会|党工委)")


def _inner_place(outer: str, rest: str) -> str:
    """The place an issuer or title names inside ``outer``: 宜春市袁州区人民政府 -> 袁州区; a zone
    named after its city (赣州 + 经济技术开发区, XX市 + 高新区) is the whole; else ``outer``."""
    if (street := _STREET_OFFICE.match(rest)) is not None:
        return street.group("street")  # 袁州区人民政府东湖街道办事处 -> 东湖街道
    if _ORGAN_NEXT.match(rest):
        return outer  # 南昌市人民政府九江市人民政府: the issuer is whole, the next place another issuer's
    m = _PLACE.match(rest)
    if m is None or _town_named_with_city(m, rest):
        m = _TOWNSHIP.match(rest)  # 乐清市柳市镇人民政府: the town, no city 柳市 inside 乐清市
    if m is None:
        return outer
    inner = _matched_place(m, rest)[0]
    if not can_be_inside(outer, inner):
        return outer  # XX县贯彻落实省委…: a verb and the level above, no place inside XX县
    if _ORGAN_IN_PLACE.search(inner):
        return outer  # 中共吉林省委办公厅吉林省人民政府办公厅: 委办公厅吉林省 is no place inside 吉林省
    deeper = _inner_place(inner, rest[len(inner) :]) if m.re is _PLACE else inner
    if deeper != inner:
        return deeper  # 南昌市东湖区豫章街道办事处 -> 豫章街道
    if not (_AFTER_INNER.match(rest, len(inner)) or _organ_of(inner, rest[len(inner):]) or _listed_in(inner, outer)) and m.re is _PLACE:
        return outer
    if _GENERIC_ZONE.match(inner) or _ONE_CHAR_ZONE.fullmatch(inner):
        return outer + inner
    return inner if len(inner) >= 3 and not _NOT_PLACE.match(inner) else outer


def _listed_in(inner: str, outer: str) -> bool:
    """The registry lists ``inner`` as a county or district of ``outer`` (嘉兴市 + 南湖区): the
    title names the inner place whatever words follow (嘉兴市南湖区创建全国文明城市…), unlike a
    word that only looks like a place (衡阳市老旧小区改造…)."""
    listed = load_registry().jurisdictions.get(inner)
    return listed is not None and listed.parent == outer


# an organ's name after a place (临川区 + 河长制办公室 / 生态环境分局): the place is the organ's own; a
# "place" holding an organ's word (生态环境局高新区) is a bureau's branch, not a place
_ORGAN_WORD = re.compile(r"[局厅委办部府院]")
# no place name holds these (府 does: 府谷县, 天府新区)
_ORGAN_IN_PLACE = re.compile(r"[局厅委办部]")


def _organ_of(inner: str, after: str) -> bool:
    return bool(after) and len(after) <= 20 and ORGAN.search(after) is not None and not _ORGAN_WORD.search(inner)


_FARM = re.compile(FARM_NUMBER + "团")


def _level(place: str) -> str:
    """The level the registry lists ``place`` at (瑞金市, a county-level city: county; 神农架林区:
    county), else the level its name ends with."""
    listed = load_registry().jurisdictions.get(place)
    if listed is not None and listed.level:
        return listed.level
    if re.search(r"(经济技术开发区|高新技术产业开发区|高新区|经开区|开发区|投资区|新区|园区|试验区|合作区|保税区)$", place):
        return "zone"
    if place.endswith(("省", "自治区", "特别行政区")):
        return "province"
    if place.endswith(("市", "州", "盟", "地区")):
        return "city"
    if place.endswith(("县", "旗", "自治县")):
        return "county"
    if place.endswith(("镇", "乡", "苏木")) or _FARM.fullmatch(place):  # 苏木: a township of Inner Mongolia;
        return "township"  # 一四三团: a 兵团 团场
    if place.endswith("街道"):
        return "subdistrict"
    return "district"


# The plan's own level as its title (2023年全区大气污染防治工作方案 / 本县…) or its opening
# (结合我县实际 / 全市…) says it, unnamed: 区 / 县 / 市 / 旗 / 州 / 盟 / 省
_SELF_LEVEL = re.compile(r"(?:(?P<own>我|本)|全)(?P<ch>[区县市旗州盟省])(?![委政长级直属内外场域])")
# a place the opening names at that level: the characters before its level (天元区 / XX县)
_LEVEL_CHAR = re.compile(r"[区县市旗州盟省]")
_TEMPLATE_PLACE = re.compile(r"[XＸ×]{2,4}$")
# a place named as a partner, a neighbour or a model, not the plan's own (与醴陵市共建 / 对口支援XX县 /
# 学习借鉴义乌市经验)
_PARTNER_BEFORE = re.compile(r"(?:与|和|同|对口|支援|协作|帮扶|联合|毗邻|邻近|周边|援助|借鉴|学习|参照|对标|赴|对接)$")
# a place named by its party committee or government (按照株洲市委、市政府部署): whose directive the
# plan follows, as likely the level above (a county-level city's 全市 plan) as its own
_ORGAN_AFTER = re.compile(r"(?:委|党委|人民政府|政府|党工委|管委会)")
BODY_PLACE_CHARS = 600


def body_place(title: str, text: str) -> tuple[str | None, str | None]:
    """The place a plan whose head names none names in its opening (2023年全区大气污染防治工作方案 /
    为改善天元区环境空气质量…): the one listed place (or template XX县) of the level the title's
    全区 / 本县, else the opening's 我县 / 本区, else its 全市 says, in the first ``BODY_PLACE_CHARS``
    characters after the title; none when the opening names two of that level (a partner, a
    neighbour) or none. A place above another named (株洲市天元区) is no candidate."""
    squashed = squash(title)
    tail = squashed[-6:]
    at = text.find(tail) if tail else -1
    opening = text[at + len(tail) if at >= 0 else 0 :][:BODY_PLACE_CHARS]
    ch = _self_level(squashed) or _self_level(opening, own=True) or _self_level(opening)
    if ch is None:
        return None, None
    places = _places_of_level(opening, ch)
    if len(places) != 1:
        return None, None
    place = places.pop()
    return place, _level(place)


def _self_level(s: str, own: bool = False) -> str | None:
    """The one level char ``s`` speaks of itself at (全区 / 我县; with ``own``, only 我X / 本X)."""
    chars = {m.group("ch") for m in _SELF_LEVEL.finditer(s) if m.group("own") or not own}
    return chars.pop() if len(chars) == 1 else None


def _places_of_level(s: str, ch: str) -> set[str]:
    """The listed places (and template XX县) ending with ``ch`` that ``s`` names, not as a partner,
    less those another names inside it (株洲市 of 株洲市醴陵市); none when ``s`` also names a place
    under the one left (全市… 株洲市… 天元区: a district's plan may speak of its city's 全市)."""
    jurisdictions = load_registry().jurisdictions
    named: set[str] = set()
    for m in _LEVEL_CHAR.finditer(s):
        end = m.end()
        name = next((s[i:end] for i in range(max(0, end - 9), end - 1)
                     if s[i:end] in jurisdictions or _TEMPLATE_PLACE.match(s[i : end - 1])), None)
        if (name and not _NOT_PLACE.match(name) and not _ORGAN_AFTER.match(s, end)
                and not _PARTNER_BEFORE.search(s[max(0, end - len(name) - 4) : end - len(name)])):
            named.add(name)
    parent = {q: jurisdictions[q].parent for q in named if q in jurisdictions}
    same = {p for p in named if p.endswith(ch)}
    found = same - {parent.get(q) for q in same}
    return set() if any(p in parent.values() for p in found) else found


# A 目标责任书 is signed by two governments: 甲方 (the one above) gives the work, 乙方 answers for
# it, and its 县X局 / 区X局 are 乙方's. 乙方 is named by its label (乙方：广德县人民政府 / 广德县人民
# 政府（乙方）) or, in a book a city issues to each district, in brackets under the title
# (宜昌市2017年度环境保护目标责任书 / （夷陵区）)
_PARTY_B = re.compile(
    r"乙\s*方\s*[：:]\s*(?P<labelled>[\u4e00-\u9fff]{2,20}?(?:人民政府|政府|管委会|管理委员会))"
    r"|(?:[与和同]\s*)?(?P<bracketed>[\u4e00-\u9fff]{2,20}?(?:人民政府|政府|管委会|管理委员会))\s*[（(]\s*乙\s*方\s*[）)]"
)
_UNDER_TITLE = re.compile(r"[ \t\u3000]*[（(][ \t\u3000]*(?P<place>[\u4e00-\u9fff]{2,12}?(?:区|县|市|旗))[ \t\u3000]*[）)][ \t\u3000]*$")
PARTY_CHARS = 1500


def party_b_place(title: str, text: str) -> tuple[str | None, str | None]:
    """The place of a 责任书's 乙方 (see _PARTY_B): labelled in its first ``PARTY_CHARS``
    characters, or in brackets on the line under the title; (None, None) when neither."""
    m = _PARTY_B.search(text, 0, PARTY_CHARS)
    if m is not None:
        place, level = find_place([m.group("labelled") or m.group("bracketed")])
        if place is not None:
            return place, level
    squashed = squash(title)
    for k, line in enumerate(text[:PARTY_CHARS].split("\n")[:-1]):
        if squashed and squash(line).endswith(squashed):
            nxt = text[:PARTY_CHARS].split("\n")[k + 1]
            if (u := _UNDER_TITLE.match(nxt)) is not None:
                return find_place([u.group("place")])
            break
    return None, None
