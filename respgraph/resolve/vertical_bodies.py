"""The names and parents of the bodies of vertical systems, which their place alone does not give.

A national system's local body named by its place's short name (大连海关, 江西银保监局), a city
bureau's branch in a county or district (市生态环境局泰和分局, 遵义市国土资源局红花岗分局: the city
bureau its parent, its own name built as the bureaus write it), a place's traffic police (its
police the parent, named after it), the central bank's and the exchange administration's branches
written with their place (中国人民银行贵阳中心支行) and a place's youth league committee (共青团成都市委员会).
``core._resolved_body`` asks these once it knows the body and its place; nothing here resolves a name.
"""

from __future__ import annotations

import re

from respgraph.registry import CUSTOMS_BODIES, Registry
from respgraph.resolve.names import LEVEL_START, NATIONAL
from respgraph.resolve.places import Chain


# The bodies of a national system named after their place without its level word, as they name
# themselves and plans write them: a customs district (大连海关, 张家港海关: 海关总署's), a maritime
# safety administration (大连海事局, 江苏海事局), a border inspection station (大连出入境边防检查站),
# the pre-2018 inspection and quarantine bureau (大连出入境检验检疫局), the statistics bureau's survey
# team (国家统计局大连调查队, 江西调查总队) and the financial regulators' local offices (大连金融监管分局,
# 大连银保监分局, 江西银保监局, 辽宁证监局; a province's 金融监管局 only, 江西金融监管局: 市金融监管局 is a
# city's own 地方金融监督管理局 as often, and a plan's 省金融监管局 of before 2024 the province's own,
# ``resolve.financial``), and the coast guard's bureaus (台州海警局). Their ids stay the place's (大连市/海关: 市海关 and 大连市海关 are the same body); only the
# name drops the level (was 大连市海关). The vertical bodies that write it keep it: 大连市气象局,
# 大连市邮政管理局, 国家税务总局大连市税务局, 大连市烟草专卖局, 中国人民银行大连市分行.
_NAMED_BY_SHORT_PLACE = frozenset((
    "海关", "海关缉私局", "海事局", "出入境边防检查站", "边防检查站", "边检站", "出入境检验检疫局", "检验检疫局",
    "调查队", "调查总队", "金融监管分局", "银保监分局", "银保监局", "证监局", "海警局",
    # China Southern Grid's local units, named by their place (广东电网有限责任公司广州供电局: 广州供电局,
    # 南宁供电局, 凯里供电局; were 广州市供电局, a name they do not bear)
    "供电局",
))


# the cities planned separately (计划单列市), given provincial standing in the national systems: the
# national financial regulator has an office in each (国家金融监督管理总局大连监管局 / 青岛监管局 / …)
_SEPARATELY_PLANNED = frozenset(("大连市", "青岛市", "宁波市", "厦门市", "深圳市"))


def named_by_short_place(reg: Registry, jur: str | None, short: str) -> str:
    """The name of the body ``short`` of ``jur`` when its system names it by the place's short name
    (大连市, 海关 -> 大连海关), else ""; a place nobody names (滨海湾新区所在市) keeps its name as it is."""
    if not jur or jur == NATIONAL or "所在" in jur or "所辖" in jur or jur.startswith("（"):
        return ""
    if short in CUSTOMS_BODIES and len(reg.customs_seats.get(jur, ())) > 1:
        return ""  # 山东省海关: the customs in a province several districts serve (青岛, 济南), no 山东海关
    if short in _NAMED_BY_SHORT_PLACE or (short == "金融监管局" and (reg.jurisdiction(jur).level == "province" or jur in _SEPARATELY_PLANNED)):
        # (a province's 金融监管局 is the national regulator's office, 江西金融监管局, once a plan's
        # year has told it from the province's own bureau: ``resolve.financial``; so is a 计划单列
        # city's, which has an office of its own: 国家金融监督管理总局大连监管局, 大连金融监管局)
        return f"{reg.jurisdiction(jur).short or jur}{short}"
    if short.endswith("海关") and short[0] not in "市县区省州旗":
        # 大窑湾海关, 黄埔海关: a customs named after its port or district names itself (was 大连市大窑湾海关);
        # any 海关 is 海关总署's (a 海事局 may be a place's own: 地方海事局)
        return short
    return ""


# A county's or district's eco body written as a branch (市生态环境局泰和分局, 县生态环境分局) or named
# by its city after the county (吉安市泰和生态环境局; 泰和生态环境局 in 吉安市's plan:
# ``place_split._VERTICAL_ECO``) is the city bureau's since the 2019 vertical-management reform
# (生态环境机构监测监察执法垂直管理制度改革): its place the county, its department the city's bureau.
# Written 县生态环境局 / 泰和县生态环境局 it may be a county's own bureau of before the reform: no
# department said.
_ECO_BRANCH = "生态环境分局"


# ... and so is a county's or district's land body written as a branch (区国土分局, 市国土资源局红花岗分局,
# 县自然资源分局): a city's land bureau ran the offices of its districts (and of many counties) as its
# branches, named after them (遵义市国土资源局红花岗分局, 佛山市自然资源局南海分局; was 红花岗区国土资源分局,
# a body of the district). The branch's name -> its bureau's.
_LAND_BRANCHES = {
    "国土资源分局": "国土资源局", "自然资源分局": "自然资源局",
    "自然资源和规划分局": "自然资源和规划局", "规划和自然资源分局": "规划和自然资源局",
}


def eco_branch_of(reg: Registry, jur: str | None, short: str, written: str, chain: Chain) -> str | None:
    """The id of the city bureau whose branch the body ``short`` of ``jur``, as ``written``, is, or None."""
    if short not in (_ECO_BRANCH, "生态环境局", *_LAND_BRANCHES) or not jur:
        return None
    j = reg.jurisdiction(jur)
    up = reg.jurisdiction(j.parent) if j.parent else None
    if j.level not in ("county", "district") or up is None or up.level != "city":
        return None
    if short in _LAND_BRANCHES:
        return f"{up.name}/{reg.filed_under(_LAND_BRANCHES[short], up.name)}"
    city_named = written.startswith((up.name, up.short or up.name)) and not written.startswith(jur)
    by_short = bool(chain) and chain[0] == up.name and bool(j.short) and written.startswith(j.short) and not written.startswith(jur)
    if short == _ECO_BRANCH or city_named or by_short:
        return f"{up.name}/{reg.same_body.get(short, short)}"
    return None


# A branch written in full, its bureau's place (the city's name, its short name, a bare 市 / 州 / 盟,
# or none) before 生态环境局 and its own place before 分局 or 管理局: 长沙市生态环境局长沙县分局,
# 市生态环境局三台分局, 延边州生态环境局珲春市分局, 深圳市生态环境局南山管理局
_WRITTEN_BRANCH = re.compile(r"^(?P<city>[\u4e00-\u9fff]{0,12}?)生态环境局[\u4e00-\u9fff]{1,12}?(?:分局|管理局)$")
# ... and one written with its place between the field and 分局, no 局 (生态环境临海分局)
_PLACE_IN_BRANCH = re.compile(r"^(?:[\u4e00-\u9fff]{0,12}?[市州盟])?生态环境(?P<place>[\u4e00-\u9fff]{2,8}?)分局$")


def branch_name(reg: Registry, jur: str | None, bureau: str, short: str, written: str) -> str:
    """The name of the city bureau ``bureau``'s branch in ``jur`` as the plan ``written`` names it.
    A branch written in full with its city is named as written (长沙市生态环境局长沙县分局,
    深圳市生态环境局南山管理局, 延边州生态环境局珲春市分局), the city in full where the plan writes a bare
    level word or none (市生态环境局怀宁分局 -> 安庆市生态环境局怀宁分局). One written by its level alone (县生态环境分局,
    区生态环境分局) is built with its place's full name, 长沙市生态环境局长沙县分局 (never the registry's
    short form: 长沙分局 reads as the city's own, 达旗 / 杜蒙县 are nicknames). One named by its city
    (吉安市泰和生态环境局: 江西's and 江苏's nameplates; 芜湖市繁昌区生态环境分局) is named as written, and so with its city in
    front when the plan leaves it out (泰和生态环境局 in 吉安市's plan). One id whichever way it is written."""
    city, _, body = bureau.partition("/")
    up = reg.jurisdiction(city)
    if short in _LAND_BRANCHES:
        return _land_branch_name(reg, jur or "", city, _LAND_BRANCHES[short], written)
    m = _WRITTEN_BRANCH.match(written) if short == _ECO_BRANCH or written.endswith("管理局") else None
    if m is not None and m["city"] in (up.name, up.short):
        return written
    if m is not None and m["city"] in ("", *LEVEL_START):
        return city + written[m.end("city"):]
    county = reg.jurisdiction(jur or "").name or jur or ""
    county = county[len(city):] if county.startswith(city) and len(county) > len(city) else county  # 深圳市南山区 -> 南山区
    if written.startswith(up.name) or (up.short and written.startswith(up.short) and not written.startswith(county)):
        return written  # 吉安市泰和生态环境局 / 芜湖市繁昌区生态环境分局: named with its city, as written
    if short == _ECO_BRANCH:
        # (生态环境临海分局, 台州's way of writing 台州市生态环境局临海分局: the place as written)
        p = _PLACE_IN_BRANCH.match(written)
        place = p["place"] if p is not None and p["place"] in (county, reg.jurisdiction(jur or "").short) else county
        return f"{city}{body}{place}分局"
    return f"{city}{reg.jurisdiction(jur or '').short or jur}{body}"  # 泰和生态环境局 in 吉安市's plan


def _land_branch_name(reg: Registry, jur: str, city: str, bureau: str, written: str) -> str:
    """The name of the city land bureau's branch in ``jur``: as written where the plan writes it with its
    city (遵义市国土资源局红花岗分局), the city in full for a bare level word (市国土资源局红花岗分局 ->
    遵义市国土资源局红花岗分局); one written by its level alone (区国土分局, 国土资源分局) is built with the
    bureau's name as the branch's (an alias's, 国土: 国土资源局) and a district's short name, as the
    bureaus name them (遵义市国土资源局红花岗分局), a county's full one as an eco branch's (安庆市国土资源局
    怀宁县分局: a county's short name may be its city's, 长沙县)."""
    up = reg.jurisdiction(city)
    if written.startswith(up.name) or (up.short and written.startswith(up.short) and bureau in written):
        return written
    if written[:1] in LEVEL_START and bureau in written:
        return city + written[1:]
    if written.startswith(bureau):  # 自然资源局渝水分局: the bureau's branch written without its city
        return city + written
    j = reg.jurisdiction(jur)
    county = j.name or jur
    county = county[len(city):] if county.startswith(city) and len(county) > len(city) else county  # 深圳市南山区 -> 南山区
    if j.level == "district" and j.short and len(j.short) >= 2 and county == j.short + "区":
        county = j.short  # a district's branch bears its short name (红花岗分局, 南海分局); a county's its full one
    return f"{city}{bureau}{county}分局"


# A place's traffic police is a unit of its police, whose full name says so (绵阳市公安局交通警察支队,
# 三台县公安局交通警察大队, 四川省公安厅交通警察总队): it stays a body of its own (its own id, as plans
# give it tasks of its own beside the 公安局's), its ``parent`` the police of its place by the name
# that level's police bears, however the unit is written (市交警支队 too). A district's 大队 (重庆's
# districts: 支队) is its police's too: written 公安分局 or 公安局 by place, that police is one id,
# X区/公安局 (one_body.csv's district row).
_POLICE_UNIT_OF = {
    ("交通警察总队", "province"): "公安厅", ("公安交通管理局", "province"): "公安厅",
    ("交通警察支队", "city"): "公安局", ("交通警察大队", "county"): "公安局",
    ("交通警察大队", "district"): "公安局", ("交通警察支队", "district"): "公安局",
    ("公安交通管理局", "city"): "公安局",
}
# the levels whose traffic unit is named after its police (长沙市公安局交通警察支队, 三台县公安局交通警察
# 大队, 四川省公安厅交通警察总队; was 长沙市交通警察支队, a body of no name): a district's brigade may be
# its 公安分局's or a unit of the city's 支队 (长沙市公安局交通警察支队岳麓大队), so it stays as it is
_POLICE_NAMED_LEVELS = ("province", "city", "county")


# the central bank's branch written with its place (人民银行贵阳中心支行, 人行绵阳市中心支行), and the
# foreign exchange administration's (国家外汇管理局陕西省分局, 外汇局陕西省分局): named as written, the
# national body's (were 贵阳市人民银行, 陕西省外汇管理局分局: names they do not bear); the id the
# place's, one body with 市人民银行
_NATIONAL_BRANCH_WRITTEN = {
    "人民银行": (re.compile(r"^(?:中国人民银行|人民银行|人行)(?P<rest>[^银行]{2,12}?(?:中心支行|支行|分行))$"), "中国人民银行"),
    "外汇管理局分局": (re.compile(r"^(?:国家外汇管理局|外汇局)(?P<rest>[^局]{2,12}?分局)$"), "国家外汇管理局"),
}


def central_bank_branch_name(short: str, written: str) -> str:
    pattern, head = _NATIONAL_BRANCH_WRITTEN.get(short, (None, ""))
    m = pattern.match(written) if pattern else None
    return head + m["rest"] if m else ""


def youth_league_name(reg: Registry, jur: str | None, body: str, written: str) -> str:
    """The name a place's youth league committee bears (共青团成都市委员会, 共青团三台县委员会), however
    it is written (团市委, 团县委, 县团委, 共青团三台县委; were 成都市团委, a name it does not bear), or "".
    A 兵团 division's (第八师团委) or a regiment's (一四三团's 团委) is not a place's: as it is."""
    if body != "团委" or not jur or reg.jurisdiction(jur).level not in _LEAGUE_LEVELS or "师" in written or "兵团" in written:
        return ""
    return f"共青团{jur}委员会"


# the places with a youth league committee of their own named 共青团<place>委员会
_LEAGUE_LEVELS = ("province", "city", "county", "district")


def police_unit_name(reg: Registry, jur: str, police_id: str, body: str) -> str:
    """The full name of the traffic unit ``body`` of ``jur`` whose police is ``police_id``, or ""."""
    if reg.jurisdiction(jur).level not in _POLICE_NAMED_LEVELS:
        return ""
    return f"{jur}{police_id.partition('/')[2]}{body}"




def police_unit_of(reg: Registry, jur: str | None, body: str) -> str | None:
    """The id of the police body whose traffic unit ``body`` of ``jur`` is, or None."""
    if not jur or not body.startswith(("交通警察", "公安交通管理")):
        return None
    police = _POLICE_UNIT_OF.get((body, reg.jurisdiction(jur).level))
    if police == "公安厅" and jur.endswith("市"):  # a municipality's police is a 局: 上海市公安局交通警察总队
        police = "公安局"
    return f"{jur}/{police}" if police else None
