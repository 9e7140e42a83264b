"""Resolution of real mentions from the five seed plans to canonical agencies."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from _extract import extract_text
from conftest import CHANGJIANG, JINGDEZHEN, SEEDS, XXZONE, YICHUN, YUSHUI
from respgraph.records import Document, ExtractedPlan, Mention, PlanMeta, Span, Task, Clause
from respgraph.registry import load_registry
from respgraph.resolve import plan_chain, resolve_mention, resolve_plan

PLANS = {
    YUSHUI: PlanMeta("yushui", str(YUSHUI), jurisdiction="渝水区", level="district"),
    CHANGJIANG: PlanMeta("changjiang", str(CHANGJIANG), jurisdiction="昌江区", level="district"),
    JINGDEZHEN: PlanMeta("jingdezhen", str(JINGDEZHEN), jurisdiction="景德镇市", level="city"),
    YICHUN: PlanMeta("yichun", str(YICHUN), jurisdiction="宜春市", level="city"),
    XXZONE: PlanMeta("xxzone", str(XXZONE), jurisdiction="XX投资区", level="zone"),
}
_TEXT: dict = {}


def seed_text(path) -> str:
    if path not in _TEXT:
        _TEXT[path] = re.sub(r"\s+", "", path.read_text(encoding="utf-8"))
    return _TEXT[path]


# (seed, mention as written, portfolio, canonical name, jurisdiction, functions, kind)
CASES = [
    (YUSHUI, "区发改委", [], "渝水区发展和改革委员会", "渝水区", ["发展改革"], "agency"),
    (YUSHUI, "渝水生态环境局", [], "渝水区生态环境局", "渝水区", ["生态环境"], "agency"),
    (YUSHUI, "自然资源局渝水分局", [], "新余市自然资源局渝水分局", "渝水区", ["自然资源"], "agency"),
    (YUSHUI, "公安渝水分局", [], "渝水区公安分局", "渝水区", ["公安"], "agency"),
    (YUSHUI, "城管渝水分局", [], "渝水区城市管理分局", "渝水区", ["城市管理"], "agency"),
    (YUSHUI, "区农粮局", [], "渝水区农粮局", "渝水区", ["农业农村", "粮食"], "agency"),
    (YUSHUI, "区教体局", [], "渝水区教育体育局", "渝水区", ["教育", "体育"], "agency"),
    (YUSHUI, "区人大常委会农业和环境资源保护工委", [], "渝水区人大常委会农业和环境资源保护工委", "渝水区", ["人大"], "legislature"),
    (YUSHUI, "区委组织部", [], "渝水区委组织部", "渝水区", ["党委"], "party"),
    (YUSHUI, "团区委", [], "共青团渝水区委员会", "渝水区", ["群团"], "other"),
    (YUSHUI, "区供电公司", [], "渝水区供电公司", "渝水区", ["能源"], "enterprise"),
    (YUSHUI, "区投控", [], "渝水区投控", "渝水区", ["国有企业"], "enterprise"),
    (YUSHUI, "区政府金融办", [], "渝水区人民政府金融工作办公室", "渝水区", ["金融"], "agency"),
    (YUSHUI, "区融媒体中心", [], "渝水区融媒体中心", "渝水区", ["宣传"], "agency"),
    (YUSHUI, "区法院", [], "渝水区人民法院", "渝水区", ["法院"], "judiciary"),
    (CHANGJIANG, "区环保局", [], "昌江区环境保护局", "昌江区", ["生态环境"], "agency"),
    (CHANGJIANG, "区农业局", [], "昌江区农业局", "昌江区", ["农业农村"], "agency"),
    (CHANGJIANG, "区国土分局", [], "景德镇市国土资源局昌江分局", "昌江区", ["自然资源"], "agency"),
    (CHANGJIANG, "区工信委", [], "昌江区工业和信息化委员会", "昌江区", ["工业和信息化"], "agency"),
    (CHANGJIANG, "昌江公安分局", [], "昌江区公安分局", "昌江区", ["公安"], "agency"),
    (CHANGJIANG, "区河长办", [], "昌江区河长制办公室", "昌江区", ["河长制"], "agency"),
    (CHANGJIANG, "区园区办", [], "昌江区园区办", "昌江区", ["园区"], "government"),
    (CHANGJIANG, "区委宣传部", [], "昌江区委宣传部", "昌江区", ["党委", "宣传"], "party"),
    (JINGDEZHEN, "市发改委", [], "景德镇市发展和改革委员会", "景德镇市", ["发展改革"], "agency"),
    (JINGDEZHEN, "市生态环境局", [], "景德镇市生态环境局", "景德镇市", ["生态环境"], "agency"),
    (JINGDEZHEN, "市自然资源规划局", [], "景德镇市自然资源和规划局", "景德镇市", ["自然资源"], "agency"),
    (JINGDEZHEN, "市市场监管局", [], "景德镇市市场监督管理局", "景德镇市", ["市场监管"], "agency"),
    (JINGDEZHEN, "市政府办公室", [], "景德镇市人民政府办公室", "景德镇市", ["政府办公室"], "government"),
    (JINGDEZHEN, "市人大常委会办公室", [], "景德镇市人大常委会办公室", "景德镇市", ["人大"], "legislature"),
    (JINGDEZHEN, "市信访局", [], "景德镇市信访局", "景德镇市", ["信访"], "agency"),
    (JINGDEZHEN, "省生态环境厅", [], "江西省生态环境厅", "江西省", ["生态环境"], "agency"),
    (YICHUN, "市中级法院", [], "宜春市中级人民法院", "宜春市", ["法院"], "judiciary"),
    (YICHUN, "市检察院", [], "宜春市人民检察院", "宜春市", ["检察院"], "judiciary"),
    (YICHUN, "省生态环境厅", [], "江西省生态环境厅", "江西省", ["生态环境"], "agency"),
    (YICHUN, "宜春经济技术开发区管委会", [], "宜春经开区管委会", "宜春经开区", ["园区"], "government"),  # the zone's own government
    (XXZONE, "区农林水与生态环境局", ["生态环境", "水利"], "XX投资区农林水与生态环境局", "XX投资区", ["生态环境", "水利"], "agency"),
    (XXZONE, "区农林水与生态环境局", [], "XX投资区农林水与生态环境局", "XX投资区", ["农业农村", "林业", "水利", "生态环境"], "agency"),
    (XXZONE, "财政金融与国资局", ["财政", "金融监管"], "XX投资区财政金融与国资局", "XX投资区", ["财政", "金融"], "agency"),
    (XXZONE, "财政金融与国资局", [], "XX投资区财政金融与国资局", "XX投资区", ["财政", "金融", "国资"], "agency"),
    (XXZONE, "自然资源与规划建设交通局", ["资源规划"], "XX投资区自然资源与规划建设交通局", "XX投资区", ["自然资源"], "agency"),
    (XXZONE, "综合执法与应急管理局", ["市政", "环卫"], "XX投资区综合执法与应急管理局", "XX投资区", ["城市管理"], "agency"),
    (XXZONE, "科技经济发展局", ["发改", "工信", "商务"], "XX投资区科技经济发展局", "XX投资区", ["发展改革", "工业和信息化", "商务"], "agency"),
    (XXZONE, "民生保障局", ["卫健"], "XX投资区民生保障局", "XX投资区", ["卫生健康"], "agency"),
    (XXZONE, "区党群工作部", ["宣传", "妇联"], "XX投资区党群工作部", "XX投资区", ["宣传", "群团"], "party"),
    (XXZONE, "公安分局", [], "XX投资区公安分局", "XX投资区", ["公安"], "agency"),
    (XXZONE, "交警大队", [], "XX投资区交通警察大队", "XX投资区", ["公安"], "agency"),
    # one body with 行政审批局 (one_body.csv: its id), named as the plan writes it: the id's spelling is
    # what other provinces call it, not this zone's name (was XX投资区行政审批局)
    (XXZONE, "行政审批服务局", [], "XX投资区行政审批服务局", "XX投资区", ["审批服务"], "agency"),
    (XXZONE, "市场监督管理局", [], "XX投资区市场监督管理局", "XX投资区", ["市场监管"], "agency"),
    (XXZONE, "水务公司", [], "XX投资区水务公司", "XX投资区", ["水利"], "enterprise"),
]


@pytest.mark.parametrize("seed,text,portfolio,name,jur,functions,kind", CASES, ids=[f"{c[0].stem[:6]}-{c[1]}-{len(c[2])}" for c in CASES])
def test_real_mentions(seed, text, portfolio, name, jur, functions, kind):
    assert text in seed_text(seed), "mention must be copied from the document"
    a = resolve_mention(load_registry(), text, PLANS[seed], portfolio)
    assert (a.name, a.jurisdiction, a.functions, a.kind, a.known) == (name, jur, functions, kind, True)
    if name.startswith(jur):  # (a city bureau's branch is named after its city: test_a_land_branch_…)
        short = name[len(jur) :]
        assert a.agency_id == f"{jur}/{load_registry().filed_under(short, jur)}"  # 行政审批服务局: 行政审批局's id, a district's 公安分局 its 公安局's (one_body.csv)
    assert a.aliases == [text]


@pytest.mark.parametrize("place, text, agency_id, name, parent", [
    # a district's land body written as a branch is its city bureau's, named so after the district's
    # short name (were 昌江区国土资源分局, 渝水区自然资源分局, 红花岗区国土资源分局: bodies of the district)
    ("景德镇市昌江区", "区国土分局", "昌江区/国土资源分局", "景德镇市国土资源局昌江分局", "景德镇市/国土资源局"),
    ("新余市渝水区", "自然资源局渝水分局", "渝水区/自然资源局", "新余市自然资源局渝水分局", "新余市/自然资源局"),
    ("遵义市红花岗区", "区国土分局", "红花岗区/国土资源分局", "遵义市国土资源局红花岗分局", "遵义市/国土资源局"),
    ("遵义市红花岗区", "市国土资源局红花岗分局", "红花岗区/国土资源分局", "遵义市国土资源局红花岗分局", "遵义市/国土资源局"),
    ("遵义市", "遵义市国土资源局红花岗分局", "红花岗区/国土资源分局", "遵义市国土资源局红花岗分局", "遵义市/国土资源局"),
    # a county's, by its full name (a county's short name may be its city's: 长沙县)
    ("怀宁县", "县自然资源分局", "怀宁县/自然资源局", "安庆市自然资源局怀宁县分局", "安庆市/自然资源局"),
    # near misses: a body written as the district's or county's own bureau stays theirs, as does one
    # of a province-level city's district (北京's: no city bureau above it) and a police 分局
    ("遵义市红花岗区", "区国土资源局", "红花岗区/国土资源局", "红花岗区国土资源局", None),
    ("怀宁县", "县自然资源局", "怀宁县/自然资源局", "怀宁县自然资源局", None),
    ("北京市朝阳区", "区国土分局", "北京市朝阳区/国土资源分局", "北京市朝阳区国土资源分局", None),
    ("遵义市红花岗区", "区公安分局", "红花岗区/公安局", "红花岗区公安分局", None),
])
def test_a_land_branch_is_its_city_bureaus(place, text, agency_id, name, parent):
    a = resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=place))
    assert (a.agency_id, a.name, a.parent or None) == (agency_id, name, parent)


def test_same_abbreviation_different_jurisdictions():
    reg = load_registry()
    a = resolve_mention(reg, "区发改委", PLANS[YUSHUI])
    b = resolve_mention(reg, "区发改委", PLANS[CHANGJIANG])
    assert a.agency_id == "渝水区/发展和改革委员会"
    assert b.agency_id == "昌江区/发展和改革委员会"
    assert a.functions == b.functions == ["发展改革"]


def test_place_and_level_prefix_name_one_body():
    reg = load_registry()
    ids = {resolve_mention(reg, t, PLANS[YUSHUI]).agency_id for t in ["渝水生态环境局", "区生态环境局", "渝水区生态环境局", "新余市渝水区生态环境局"]}
    assert ids == {"渝水区/生态环境局"}
    # 公安渝水分局 and 渝水公安分局 are the same branch
    assert resolve_mention(reg, "公安渝水分局", PLANS[YUSHUI]).agency_id == resolve_mention(reg, "渝水公安分局", PLANS[YUSHUI]).agency_id


def test_other_jurisdictions_named_in_a_plan():
    reg = load_registry()
    city = resolve_mention(reg, "市生态环境局", PLANS[YUSHUI])
    assert (city.name, city.jurisdiction) == ("新余市生态环境局", "新余市")
    zone_city = resolve_mention(reg, "市直有关部门", PLANS[XXZONE])
    assert (zone_city.jurisdiction, zone_city.kind) == ("XX市", "collective")
    assert "市直有关部门" in seed_text(XXZONE)
    prov = resolve_mention(reg, "省生态环境厅", PLANS[CHANGJIANG])
    assert prov.jurisdiction == "江西省"
    county = resolve_mention(reg, "樟树市生态环境局", PLANS[YICHUN])  # a county of 宜春市 by name
    assert (county.jurisdiction, county.functions) == ("樟树市", ["生态环境"])


def test_unknown_places_and_plans_use_rules():
    reg = load_registry()
    qinghe = PlanMeta("q", "q.txt", jurisdiction="清河区", level="district")
    assert resolve_mention(reg, "清河生态环境局", qinghe).agency_id == "清河区/生态环境局"
    assert resolve_mention(reg, "区住建局", qinghe).name == "清河区住房和城乡建设局"
    assert resolve_mention(reg, "安宁县水利局", qinghe).jurisdiction == "安宁县"
    # an ordinary name containing 乡 or 市 is not a place
    assert resolve_mention(reg, "住房和城乡建设局", qinghe).agency_id == "清河区/住房和城乡建设局"
    assert resolve_mention(reg, "市场监督管理局", qinghe).agency_id == "清河区/市场监督管理局"
    # a zone's department written with its 管理委员会 and a 城市… body: 管理委员会城市 is no place
    # (its jurisdiction was 管理委员会城市); the zone named is its place
    changsha = PlanMeta("c", "c.txt", jurisdiction="长沙市", level="city")
    for text, name in (
        ("湖南湘江新区管理委员会城市建设管理局", "湘江新区城市建设管理局"),
        ("湖南湘江新区管理委员会自然资源和规划局", "湘江新区自然资源和规划局"),
        ("某某新区管理委员会城市更新局", "某某新区城市更新局"),
    ):
        assert resolve_mention(reg, text, changsha).name == name
    # the plan's jurisdiction written with an anonymised or parent qualifier
    xx = PlanMeta("x", "x.txt", jurisdiction="XXXX投资区")
    assert resolve_mention(reg, "财政金融与国资局", xx).agency_id == "XX投资区/财政金融与国资局"


def test_branded_local_company_keeps_its_own_name():
    reg = load_registry()
    ningdu = PlanMeta("n", "n.txt", jurisdiction="宁都县", level="county")
    # not 宁都县国网宁都县供电公司: a brand with no place of its own keeps its name
    mobile = resolve_mention(reg, "中国移动宁都县营业部", ningdu)
    assert (mobile.name, mobile.agency_id, mobile.functions) == ("中国移动宁都县营业部", "宁都县/中国移动宁都县营业部", ["工业和信息化"])
    assert resolve_mention(reg, "县交通运输局", ningdu).name == "宁都县交通运输局"
    # a firm written after its city is the city's: no city 中燃城市 inside 芜湖市 (was 中燃城市/燃气发展有限公司);
    # a district nobody listed inside a city still is the district's
    wuhu = PlanMeta("w", "w.txt", jurisdiction="芜湖市", level="city")
    assert resolve_mention(reg, "芜湖中燃城市燃气发展有限公司", wuhu).jurisdiction == "芜湖市"
    assert resolve_mention(reg, "芜湖市某某区生态环境局", wuhu).jurisdiction == "某某区"


@pytest.mark.parametrize(
    "plan_j,texts,agency_id,name,kind,functions",
    [
        # a national body's local branch is the place's body, however the plan writes it
        ("宁都县", ["国网宁都县供电公司", "国网宁都供电公司", "县供电公司"], "宁都县/供电公司", "宁都县供电公司", "enterprise", ["能源"]),
        ("宁都县", ["国家税务总局宁都县税务局", "县税务局"], "宁都县/税务局", "宁都县税务局", "agency", ["税务"]),
        ("宁都县", ["县人民银行"], "宁都县/人民银行", "宁都县人民银行", "agency", ["金融"]),
        # (the central bank's branch written with its place is named as written, the 中国人民银行's)
        ("宁都县", ["人民银行宁都县支行", "中国人民银行宁都县支行"], "宁都县/人民银行", "中国人民银行宁都县支行", "agency", ["金融"]),
        ("宁都县", ["人行宁都支行"], "宁都县/人民银行", "中国人民银行宁都支行", "agency", ["金融"]),
        ("赣州市", ["国家税务总局宁都县税务局"], "宁都县/税务局", "宁都县税务局", "agency", ["税务"]),
        ("绵阳市", ["人行绵阳市中心支行", "人民银行绵阳市中心支行"], "绵阳市/人民银行", "中国人民银行绵阳市中心支行", "agency", ["金融"]),
        ("绵阳市", ["市人民银行"], "绵阳市/人民银行", "绵阳市人民银行", "agency", ["金融"]),
        ("绵阳市", ["国网绵阳供电公司", "国网四川省电力公司绵阳供电公司", "市供电公司"], "绵阳市/供电公司", "绵阳市供电公司", "enterprise", ["能源"]),
        # China Southern Grid's local unit (its five provinces write 供电局): the place's (was 贵州省/电网有限责任公司凯里供电局)
        # (named by its place without the level, as the grid names them: 凯里供电局, 广州供电局, since stop 28)
        ("黔东南苗族侗族自治州", ["贵州电网有限责任公司凯里供电局"], "凯里市/供电局", "凯里供电局", "agency", ["能源"]),
        ("广州市", ["广东电网有限责任公司广州供电局", "南方电网广州供电局", "市供电局"], "广州市/供电局", "广州供电局", "agency", ["能源"]),
        # a province's telecom company in another province's plan (成渝 plans): the province's (was 重庆市/中国移动四川公司)
        ("重庆市", ["中国移动四川公司", "中国移动通信集团四川有限公司"], "四川省/移动公司", "四川省移动公司", "enterprise", ["工业和信息化"]),
        ("绵阳市", ["国家金融监督管理总局绵阳监管分局", "绵阳金融监管分局"], "绵阳市/金融监管分局", "绵阳金融监管分局", "agency", ["金融"]),
        ("江西省", ["国家金融监督管理总局江西监管局", "江西金融监管局"], "江西省/金融监管局", "江西金融监管局", "agency", ["金融"]),
        # the 2023 reform's county office, written with its city's 分局 or without (three ids before)
        ("三台县", ["国家金融监督管理总局绵阳监管分局三台监管支局", "金融监管总局三台监管支局", "三台金融监管支局", "县金融监管支局"],
         "三台县/金融监管支局", "三台县金融监管支局", "agency", ["金融"]),
        # (named as the national system names them: by the place without its level word)
        ("江西省", ["国家统计局江西调查总队"], "江西省/调查总队", "江西调查总队", "agency", ["统计"]),
        # (the youth league's committee is named as it names itself: 共青团三台县委员会)
        ("三台县", ["共青团三台县委", "团县委", "县团委"], "三台县/团委", "共青团三台县委员会", "other", ["群团"]),
    ],
)
def test_national_branch_is_the_body_of_the_place_it_names(plan_j, texts, agency_id, name, kind, functions):
    reg = load_registry()
    plan = PlanMeta("p", "p.txt", jurisdiction=plan_j)
    for t in texts:
        a = resolve_mention(reg, t, plan)
        assert (t, a.agency_id, a.name, a.kind, a.functions) == (t, agency_id, name, kind, functions)


def test_a_place_inside_a_brand_needs_a_place():
    reg = load_registry()
    plan = PlanMeta("p", "p.txt", jurisdiction="绵阳市")
    # no place in the middle: the name stays as written
    assert resolve_mention(reg, "人民银行支行", plan).agency_id == "绵阳市/人民银行支行"
    assert resolve_mention(reg, "国网客户服务中心供电公司", plan).agency_id == "绵阳市/国网客户服务中心供电公司"


def test_ecology_bodies_of_all_five_plans_share_function():
    reg = load_registry()
    bodies = [
        (YUSHUI, "渝水生态环境局", []),
        (CHANGJIANG, "区环保局", []),
        (JINGDEZHEN, "市生态环境局", []),
        (YICHUN, "省生态环境厅", []),  # the only ecology body the 宜春 plan names (抄送)
        (XXZONE, "区农林水与生态环境局", ["生态环境"]),
    ]
    ids = set()
    for seed, text, pf in bodies:
        assert text in seed_text(seed)
        a = resolve_mention(reg, text, PLANS[seed], pf)
        assert "生态环境" in a.functions, (seed.name, text)
        ids.add(a.agency_id)
    assert len(ids) == 5


@pytest.mark.parametrize(
    "seed,text,jur,functions",
    [
        (YUSHUI, "各乡镇（办）党委、政府", "渝水区", ["乡镇街道"]),
        (JINGDEZHEN, "各县（市、区）党委、政府", "景德镇市", ["下级政府"]),
        (CHANGJIANG, "各乡镇（街道）", "昌江区", ["乡镇街道"]),
        (JINGDEZHEN, "市环委会成员单位", "景德镇市", ["生态环境"]),
        (XXZONE, "区辐射事故应急成员单位", "XX投资区", ["生态环境", "应急管理"]),
        (CHANGJIANG, "各牵头单位、责任单位", "昌江区", []),
        (JINGDEZHEN, "各有关部门", "景德镇市", []),
    ],
)
def test_collectives(seed, text, jur, functions):
    assert text in seed_text(seed)
    a = resolve_mention(load_registry(), text, PLANS[seed], collective=True)
    assert (a.kind, a.jurisdiction, a.functions, a.known) == ("collective", jur, functions, True)
    # recognised as a collective even when the extraction did not flag it
    assert resolve_mention(load_registry(), text, PLANS[seed]).kind == "collective"


def test_unknown_mention_is_not_guessed():
    a = resolve_mention(load_registry(), "区火星探测局", PLANS[YUSHUI])
    assert (a.known, a.functions, a.agency_id) == (False, [], "渝水区/火星探测局")
    # a merged bureau whose name says nothing and no portfolio: unknown, not guessed
    assert resolve_mention(load_registry(), "社会治理办公室", PLANS[XXZONE]).known is False
    assert resolve_mention(load_registry(), "社会治理办公室", PLANS[XXZONE], ["司法"]).functions == ["司法"]


def test_cache_returns_independent_records():
    reg = load_registry()
    a = resolve_mention(reg, "区发改委", PLANS[YUSHUI])
    a.functions.append("x")
    a.aliases.append("y")
    b = resolve_mention(reg, "区发改委", PLANS[YUSHUI])
    assert b.functions == ["发展改革"] and b.aliases == ["区发改委"]


# --------------------------------------------------------------------------- resolve_plan


def _hand_plan(meta: PlanMeta, text: str, clause_raw: str, units: list[tuple[str, str, list[str]]]) -> ExtractedPlan:
    """A one-task plan whose mentions are located in ``text`` by search (no extraction stage)."""
    c0 = text.index(clause_raw)
    mentions = []
    pos = c0
    for written, role, pf in units:
        s = text.index(written, pos)
        pos = s + len(written)
        mentions.append(Mention(text=written, role=role, basis="explicit" if role == "lead" else "first_listed", span=Span(s, pos), portfolio=pf))
    clause = Clause(span=Span(c0, c0 + len(clause_raw)), raw=clause_raw, mentions=mentions)
    task = Task(plan_id=meta.plan_id, task_id=f"{meta.plan_id}:001", seq=1, number="1", title="t", section=[], campaign=None,
                text=text, span=Span(0, len(text)), clauses=[clause], mentions=list(mentions))
    doc = Document(path=meta.path, format="txt", encoding="utf-8", raw_text=text, text=text)
    return ExtractedPlan(meta=meta, tasks=[task], campaigns=[], headings=[], document=doc)


def test_resolve_plan_on_a_real_clause():
    text = YUSHUI.read_text(encoding="utf-8")
    raw = "（责任单位：区发改委、渝水生态环境局、区工信局、区住建局、区交通运输局、区气象局、各乡镇（办）党委、政府，以下均需各乡镇（办）落实，不再列出）"
    assert raw in text
    units = [("区发改委", "lead", []), ("渝水生态环境局", "support", []), ("区工信局", "support", []), ("各乡镇（办）党委、政府", "support", [])]
    plan = _hand_plan(PLANS[YUSHUI], text, raw, units)
    plan.tasks[0].mentions.append(Mention("各乡镇（办）", "support", "inherited", Span(0, 0), collective=True))
    rp = resolve_plan(plan)
    assigns = rp.assignments["yushui:001"]
    assert [a.agency for a in assigns] == ["渝水区发展和改革委员会", "渝水区生态环境局", "渝水区工业和信息化局", "渝水区各乡镇（办）党委、政府", "渝水区各乡镇（办）"]
    assert assigns[0].role == "lead" and assigns[0].agency_id == "渝水区/发展和改革委员会"
    s = assigns[1].source
    assert (s.file, text[s.start : s.end], s.clause) == (str(YUSHUI), "渝水生态环境局", raw)
    assert assigns[4].source.clause == "各乡镇（办）"  # inherited: the mention itself
    assert rp.agencies["渝水区/各乡镇（办）党委、政府"].kind == "collective"
    assert rp.unknown == []


def test_resolve_plan_merges_portfolios_and_lists_unknown():
    text = XXZONE.read_text(encoding="utf-8")
    flat = re.sub(r"\s+", "", text)
    raw = "责任单位:区农林水与生态环境局(生态环境、水利)"
    assert raw in flat
    meta = PLANS[XXZONE]
    units = [("区农林水与生态环境局", "lead", ["生态环境", "水利"]), ("区火星探测局", "support", [])]
    plan = _hand_plan(meta, raw + "、区火星探测局", raw + "、区火星探测局", units)
    rp = resolve_plan(plan)
    a = rp.agencies["XX投资区/农林水与生态环境局"]
    assert a.functions == ["农业农村", "林业", "水利", "生态环境"]  # the body: its name parts and portfolios
    assert rp.assignments["xxzone:001"][0].portfolio == ["生态环境", "水利"]
    assert rp.unknown == ["区火星探测局"]
    assert rp.agencies["XX投资区/火星探测局"].known is False


def test_shared_prefix_carried_over_in_a_list():
    text = "加快产业转型。（责任单位：市发展和改革局、工业和信息化局、区财政局）"
    meta = PLANS[YUSHUI]
    plan = _hand_plan(meta, text, text[7:], [("市发展和改革局", "lead", []), ("工业和信息化局", "support", []), ("区财政局", "support", [])])
    ids = [a.agency_id for a in resolve_plan(plan).assignments["yushui:001"]]
    assert ids == ["新余市/发展和改革委员会", "新余市/工业和信息化局", "渝水区/财政局"]  # (发展和改革局: one_body.csv)


def test_no_prefix_is_carried_to_a_body_naming_its_own_place_or_zone(tmp_path):
    """涪城区税务局、游仙公安分局: 游仙 (a district's short name) is the second body's own, not 涪城区's;
    绵阳经开区管委会、科技城新区管委会 and 泸州市行政审批局、片区综合业务局: a zone's body names its zone
    (they were 涪城区/游仙公安分局, 绵阳经开区/科技城新区管委会 and 泸州市/片区综合业务局, the last
    川南临港片区/片区综合业务局 in the plan's other tasks). The list's own prefix still carries."""
    from respgraph.extract import extract_file

    p = tmp_path / "zone.txt"
    p.write_text(
        "川南临港片区管理委员会关于印发川南临港片区2025年工作要点的通知\n一、任务\n"
        "1.深化改革。（责任单位：片区综合业务局、泸州市商务局）\n"
        "2.深化“证照分离”改革。（责任单位：泸州市行政审批局、片区综合业务局）\n"
        "3.推进通关。（责任单位：泸州市发展改革委、财政局）\n",
        encoding="utf-8",
    )
    rp = resolve_plan(extract_file(p))
    ids = [[a.agency_id for a in rp.assignments[t.task_id]] for t in rp.plan.tasks]
    assert ids == [
        ["川南临港片区/片区综合业务局", "泸州市/商务局"],
        ["泸州市/行政审批局", "川南临港片区/片区综合业务局"],
        ["泸州市/发展和改革委员会", "泸州市/财政局"],
    ]
    p = tmp_path / "city.txt"
    p.write_text(
        "绵阳市人民政府办公室关于印发某方案的通知\n一、任务\n"
        "1.加强治安。（牵头单位：市公安局；配合单位：涪城区税务局、游仙公安分局）\n"
        "2.推进园区建设。（牵头单位：市发展改革委；配合单位：绵阳经开区管委会、科技城新区管委会）\n",
        encoding="utf-8",
    )
    rp = resolve_plan(extract_file(p))
    ids = {a.mention: a.agency_id for v in rp.assignments.values() for a in v}
    assert not ids["游仙公安分局"].startswith("涪城区/")
    assert not ids["科技城新区管委会"].startswith("绵阳经开区/")


def test_a_bare_level_after_a_body_of_a_place_of_that_level_is_that_place(tmp_path):
    """安图县委、县政府 in a prefecture's plan: 县政府 is 安图县's (was 延边朝鲜族自治州所辖县/人民政府);
    a level that does not match the body before it (延吉市委、县政府), or a level the plan names
    itself (县政府 in a county's plan), stays as it was."""
    from respgraph.extract import extract_file

    p = tmp_path / "state.txt"
    p.write_text(
        "延边州人民政府办公室关于印发某整改方案的通知\n一、整改任务\n"
        "1.清理违规建设。（牵头单位：州自然资源局；责任单位：安图县委、县政府）\n"
        "2.整治渗滤液。（牵头单位：州住房城乡建设局；责任单位：延吉市委、县政府）\n"
        "3.加强治安。（牵头单位：州公安局；责任单位：敦化市委、市政府）\n",
        encoding="utf-8",
    )
    rp = resolve_plan(extract_file(p))
    ids = [[a.agency_id for a in rp.assignments[t.task_id]] for t in rp.plan.tasks]
    assert ids[0] == ["延边朝鲜族自治州/自然资源局", "安图县/委", "安图县/人民政府"]
    assert ids[1][2] == "延边朝鲜族自治州所辖县/人民政府"
    assert ids[2][2] == "敦化市/人民政府"
    p = tmp_path / "county.txt"
    p.write_text(
        "三台县人民政府办公室关于印发某方案的通知\n一、任务\n"
        "1.加强治安。（牵头单位：县公安局；配合单位：绵阳市委、县政府）\n",
        encoding="utf-8",
    )
    rp = resolve_plan(extract_file(p))
    assert [a.agency_id for v in rp.assignments.values() for a in v][-1] == "三台县/人民政府"


def test_a_government_written_after_its_party_committee_is_that_places(tmp_path):
    """绥芬河市委、市政府 in 牡丹江市's plan: 市政府 is 绥芬河市's (was 牡丹江市/人民政府, the plan's
    own government), and 东宁市委、市政府 in the same list is 东宁市's (was dropped as 市政府 written
    twice); 东安区委区政府 is 东安区's (was 牡丹江市所辖区/人民政府, one id for every district's);
    各县（市）区委、区政府 is every district's (the collective 各县（市）区政府); 牡丹江市委、市政府 in
    东宁市's plan is the city's government, not 东宁市's own. A government after another body
    (市委宣传部、市政府办), after the plan's own committee (市委、市政府) or of another level
    (绥芬河市委、县政府) stays as it was."""
    from respgraph.extract import extract_file

    p = tmp_path / "city.txt"
    p.write_text(
        "牡丹江市人民政府办公室关于印发2026年全市重点工作任务分解方案的通知\n一、重点任务\n"
        "1.提升口岸通关效率。（牵头单位：市商务局；配合单位：绥芬河市委、市政府，东宁市委、市政府）\n"
        "2.推进老旧小区改造。（牵头单位：市住建局；配合单位：东安区委区政府、阳明区委区政府）\n"
        "3.扩大有效投资。（牵头单位：市发展改革委；配合单位：各县（市）区委、区政府）\n"
        "4.加强宣传引导。（牵头单位：市委、市政府；配合单位：市委宣传部、市政府办）\n"
        "5.推进边境贸易。（牵头单位：市商务局；配合单位：绥芬河市委、县政府）\n",
        encoding="utf-8",
    )
    rp = resolve_plan(extract_file(p))
    ids = [[a.agency_id for a in rp.assignments[t.task_id]] for t in rp.plan.tasks]
    assert ids[0] == ["牡丹江市/商务局", "绥芬河市/委", "绥芬河市/人民政府", "东宁市/委", "东宁市/人民政府"]
    assert ids[1] == ["牡丹江市/住房和城乡建设局", "东安区/委", "东安区/人民政府", "阳明区/委", "阳明区/人民政府"]
    assert ids[2] == ["牡丹江市/发展和改革委员会", "牡丹江市/各县（市）区委", "牡丹江市/各县（市、区）人民政府"]  # (the collective's one spelling)
    assert ids[3] == ["牡丹江市/委", "牡丹江市/人民政府", "牡丹江市/委宣传部", "牡丹江市/人民政府办公室"]
    assert ids[4][2] != "绥芬河市/人民政府"
    p = tmp_path / "county.txt"
    p.write_text(
        "东宁市人民政府办公室关于印发口岸经济发展工作方案的通知\n一、重点任务\n"
        "1.提升口岸通关效率。（牵头单位：市商务局；配合单位：牡丹江市委、市政府）\n",
        encoding="utf-8",
    )
    rp = resolve_plan(extract_file(p))
    assert [a.agency_id for v in rp.assignments.values() for a in v] == ["东宁市/商务局", "牡丹江市/委", "牡丹江市/人民政府"]


def test_a_police_branch_written_with_a_districts_short_name_is_that_districts(tmp_path):
    """公安龙沙分局 / 铁锋公安分局 in 齐齐哈尔市's plan, whose text names 龙沙区 and 铁锋区: the districts'
    police branches, the ids 龙沙区's own plan gives them (were 齐齐哈尔市/公安龙沙分局 and
    齐齐哈尔市/铁锋公安分局); a branch of no place the text names (公安交警分局) stays as it was."""
    from respgraph.extract import extract_file

    p = tmp_path / "city.txt"
    p.write_text(
        "齐齐哈尔市人民政府办公室关于印发社会治安综合治理工作要点的通知\n一、重点任务\n"
        "1.加强社会治安防控。（牵头单位：市公安局；配合单位：公安交警分局、公安龙沙分局、铁锋公安分局）\n"
        "2.推进老旧小区改造。（牵头单位：市住建局；配合单位：龙沙区政府、铁锋区政府）\n",
        encoding="utf-8",
    )
    rp = resolve_plan(extract_file(p))
    ids = {a.mention: a.agency_id for v in rp.assignments.values() for a in v}
    # (a district's police branch is filed as its 公安局: one_body.csv)
    assert ids["公安龙沙分局"] == "龙沙区/公安局" and ids["铁锋公安分局"] == "铁锋区/公安局"
    assert ids["公安交警分局"] == "齐齐哈尔市/公安交警分局"
    assert [a.agency_id for v in resolve_plan(extract_text(tmp_path, "齐齐哈尔市龙沙区人民政府办公室关于印发某方案的通知\n一、任务\n1.加强治安。（责任单位：公安龙沙分局）\n", "district.txt")).assignments.values() for a in v] == ["龙沙区/公安局"]


def test_all_seed_mentions_resolve_to_known_agencies():
    """Through the real extraction: every mention of every seed plan gets a function or is a collective."""
    from respgraph.extract import extract_file

    total = 0
    for seed in SEEDS:
        rp = resolve_plan(extract_file(seed))
        total += sum(len(v) for v in rp.assignments.values())
        assert rp.unknown == [], (seed.name, rp.unknown)
    assert total > 500
    rp = resolve_plan(extract_file(YUSHUI))
    eco = rp.agencies["渝水区/生态环境局"]
    assert "渝水生态环境局" in eco.aliases and eco.functions == ["生态环境"]


# --------------------------------------------------------------------------- CLI


def test_cli_agencies_json_and_unknown(tmp_path):
    from respgraph.cli import app

    runner = CliRunner()
    r = runner.invoke(app, ["agencies", str(YUSHUI), str(CHANGJIANG), "--format", "json"])
    assert r.exit_code == 0, r.output
    rows = {row["agency_id"]: row for row in json.loads(r.stdout)}
    eco = rows["渝水区/生态环境局"]
    assert eco["functions"] == ["生态环境"] and eco["glosses"] == ["ecology and environment"]
    assert eco["mentions"] >= 30 and eco["kind"] == "agency"
    assert rows["昌江区/环境保护局"]["functions"] == ["生态环境"]
    assert rows["昌江区/各乡镇（街道）"]["kind"] == "collective"

    odd = tmp_path / "odd.txt"
    odd.write_text(
        "渝水区深入打好污染防治攻坚战实施方案\n二、主要任务\n（一）深入打好蓝天保卫战\n"
        "1.开展火星大气监测。建立监测网络。（责任单位：区火星探测局、渝水生态环境局）\n",
        encoding="utf-8",
    )
    r = runner.invoke(app, ["agencies", str(odd), "--unknown", "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert "区火星探测局" in r.stdout and "渝水生态环境局" not in r.stdout

    r = runner.invoke(app, ["agencies", str(tmp_path / "missing.txt")])
    assert r.exit_code != 0
    assert "missing.txt: no such file or directory" in r.stderr


def test_cli_agencies_reads_a_build_directory(tmp_path):
    from respgraph.cli import app

    runner = CliRunner()
    out = tmp_path / "out"
    r = runner.invoke(app, ["build", str(YUSHUI), str(XXZONE), "--out", str(out)])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["agencies", str(out), "--format", "json"])
    assert r.exit_code == 0, r.output
    rows = {row["agency_id"]: row for row in json.loads(r.stdout)}
    assert rows["渝水区/生态环境局"]["mentions"] >= 30
    zone = rows["XX投资区/农林水与生态环境局"]
    assert {"生态环境", "水利", "海洋渔业"} <= set(zone["functions"])
    assert len(zone["glosses"]) == len(zone["functions"])
    r = runner.invoke(app, ["agencies", str(out), "--unknown", "--format", "csv"])
    assert r.exit_code == 0 and r.stdout.strip() == "mention,jurisdiction,plan,count,tasks"
    # the table says so in words (it was an empty table with its header only)
    r = runner.invoke(app, ["agencies", str(out), "--unknown"])
    assert r.exit_code == 0 and r.stdout.strip() == "every agency mention was resolved to a function: no unresolved mentions"


def test_api_agencies_frame_counts_mentions():
    from respgraph.commands.agencies import agencies_frame
    from respgraph.extract import extract_file

    rps = [resolve_plan(extract_file(CHANGJIANG)), resolve_plan(extract_file(JINGDEZHEN))]
    df = agencies_frame(rps).set_index("agency_id")
    assert df.loc["昌江区/环境保护局", "glosses"] == ["ecology and environment"]
    assert df.loc["昌江区/环境保护局", "mentions"] == sum(
        a.agency_id == "昌江区/环境保护局" for v in rps[0].assignments.values() for a in v)
    assert df.loc["景德镇市/发展和改革委员会", "jurisdiction"] == "景德镇市"


def test_plan_jurisdiction_falls_back_to_the_issuer():
    from respgraph.resolve import plan_jurisdiction

    meta = PlanMeta("p", "p.txt", title="宁丰党发〔2023〕37号中共宁丰县委宁丰县人民政府关于印发《宁丰县深入打好污染防治攻坚战实施方案》")
    assert plan_jurisdiction(meta) == "宁丰县"
    assert plan_jurisdiction(PlanMeta("p", "p.txt", jurisdiction="新余市渝水区")) == "渝水区"
    assert plan_jurisdiction(PlanMeta("p", "p.txt")) is None


@pytest.mark.parametrize(
    "plan_j,text,agency_id,functions",
    [
        ("昌江区", "市生态环境局昌江分局", "昌江区/生态环境局", ["生态环境"]),
        ("昌江区", "景德镇市生态环境局昌江分局", "昌江区/生态环境局", ["生态环境"]),
        ("景德镇市", "市生态环境局浮梁分局", "浮梁县/生态环境局", ["生态环境"]),
        ("景德镇市", "乐平市人民政府", "乐平市/人民政府", ["政府"]),
        ("景德镇市", "乐平市政府", "乐平市/人民政府", ["政府"]),
        ("景德镇市", "国网景德镇供电公司", "景德镇市/供电公司", ["能源"]),
        ("昌江区", "区政府办", "昌江区/人民政府办公室", ["政府办公室"]),
        ("渝水区", "中共渝水区委宣传部", "渝水区/委宣传部", ["党委", "宣传"]),
    ],
)
def test_general_rules_beyond_the_seeds(plan_j, text, agency_id, functions):
    a = resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=plan_j))
    assert (a.agency_id, a.functions) == (agency_id, functions)


def test_resolved_plan_is_issued_in_its_canonical_place():
    """XXXX投资区 (as the scraped title writes it) is the registry's XX投资区: the resolved plan
    says so, so that the plan and its agencies sit in one Jurisdiction; the extraction is untouched."""
    from respgraph.extract import extract_file

    plan = extract_file(XXZONE)
    assert plan.meta.jurisdiction == "XXXX投资区"
    rp = resolve_plan(plan)
    assert (rp.plan.meta.jurisdiction, rp.plan.meta.level) == ("XX投资区", "zone")
    assert plan.meta.jurisdiction == "XXXX投资区" and rp.plan.tasks is plan.tasks
    assert {a.jurisdiction for a in rp.agencies.values()} >= {"XX投资区"}


def test_divisions_of_the_issuing_department_are_its_parts():
    """A department's own plan hands tasks to its 处/科: they belong to that department and
    work in its field (人事教育处 of a transport department is not an education body)."""
    from respgraph.extract import extract_file

    path = "tests/fixtures/wordings/department-divisions.txt"
    rp = resolve_plan(extract_file(path), load_registry())
    lead = {t: a for t, rows in rp.assignments.items() for a in rows if a.role == "lead"}
    hr = lead["department-divisions:006"]
    assert (hr.agency_id, hr.agency) == ("XX省/交通运输厅/人事教育处", "XX省交通运输厅人事教育处")
    assert rp.agencies[hr.agency_id].functions == ["交通运输"]
    assert rp.agencies[hr.agency_id].kind == "division"
    # the department's own units as a group are its collective (was XX省/厅直各单位)
    support = {a.mention: a.agency_id for a in rp.assignments["department-divisions:006"] if a.role == "support"}
    assert support == {"厅直各单位": "XX省/交通运输厅/厅直各单位", "各市交通运输局": "XX省/各市交通运输局"}
    assert rp.agencies["XX省/交通运输厅/厅直各单位"].kind == "collective"
    # a subordinate bureau named as a body of the province stays one
    assert lead["department-divisions:002"].agency_id == "XX省/公路局"


def test_a_city_bureaus_branches_and_enforcement_arm_are_its_parts():
    """赣州市生态环境局's list: 章贡分局 / 赣县区分局 (a branch named by its district, written with its
    level or not) and 各分局 / 各县（市、区）分局 are the bureau's branches (were 赣州市/章贡分局, a body
    of the city, and 赣州市/各县（市、区）分局); 执法总队 its enforcement arm (was 赣州市/执法总队);
    章贡公安分局 stays the police's, 市生态环境综合行政执法支队 the city's body."""
    from respgraph.extract import extract_file

    rp = resolve_plan(extract_file("tests/fixtures/wordings/city-bureau-branches.txt"), load_registry())
    got = {a.mention: (a.agency_id, rp.agencies[a.agency_id].kind) for rows in rp.assignments.values() for a in rows}
    bureau = "赣州市/生态环境局"
    assert got["章贡分局"] == (f"{bureau}/章贡分局", "division")
    assert got["赣县区分局"] == (f"{bureau}/赣县区分局", "division")
    assert got["南康区分局"] == (f"{bureau}/南康区分局", "division")
    assert got["各分局"] == (f"{bureau}/各分局", "collective")
    assert got["各县（市、区）分局"] == (f"{bureau}/各县（市、区）分局", "collective")
    assert got["执法总队"] == (f"{bureau}/执法总队", "division")
    assert got["章贡公安分局"][0] == "赣州市/章贡公安分局"
    # (the city's body, under its full name: 生态环境保护综合行政执法支队, one id however shortened)
    assert got["市生态环境综合行政执法支队"][0] == "赣州市/生态环境保护综合行政执法支队"


def test_a_departments_own_bureau_written_with_its_word_for_itself_is_its_part():
    """厅生态环境执法局 in XX省生态环境厅's plan is the 厅's enforcement bureau, as 厅办公室 / 厅人事处
    are its divisions (was XX省/厅生态环境执法局, named XX省厅生态环境执法局: a body of the province);
    省公安厅 beside it stays the province's."""
    from respgraph.extract import extract_file

    rp = resolve_plan(extract_file("tests/fixtures/wordings/department-own-enforcement-bureau.txt"), load_registry())
    got = {a.mention: (a.agency_id, rp.agencies[a.agency_id].kind) for rows in rp.assignments.values() for a in rows}
    assert got["厅生态环境执法局"] == ("XX省/生态环境厅/生态环境执法局", "division")
    assert got["厅办公室"] == ("XX省/生态环境厅/办公室", "division")
    assert got["厅人事处"] == ("XX省/生态环境厅/人事处", "division")
    assert got["省公安厅"] == ("XX省/公安厅", "agency")


def test_a_bureaus_party_branches_are_its_parts():
    """机关一支部 / 监测站支部 / 各支部 in a bureau's party work points are its branches (were 甲市/机关一支部,
    bodies of the city); 局党组 the bureau itself; 驻局纪检组 watches the work (a supervisor)."""
    from respgraph.extract import extract_file

    plan = extract_file("tests/fixtures/wordings/bureau-party-branches.txt")
    rp = resolve_plan(plan, load_registry())
    got = {a.mention: (a.agency_id, rp.agencies[a.agency_id].kind) for rows in rp.assignments.values() for a in rows}
    bureau = "甲市/生态环境局"
    assert got["机关一支部"] == (f"{bureau}/机关一支部", "division")
    assert got["监测站支部"] == (f"{bureau}/监测站支部", "division")
    assert got["各支部"] == (f"{bureau}/各支部", "collective")
    assert got["局党组"][0] == bureau
    assert [s.text for c in plan.tasks[2].clauses for s in c.supervisors] == ["驻局纪检组"]


def test_a_county_bureaus_sections_party_committee_and_units_are_its_parts():
    """XX县农业农村局2024年工作要点: its 股, its office (办公室 = 局办公室), its 机关党委, the
    discipline group stationed in it and a unit that names no field (信息中心) are divisions of
    the bureau; 各股室 / 局属各单位 its collectives; other bodies stay the county's (县政府办公室
    is the government's office, not the bureau's)."""
    from respgraph.extract import extract_file

    rp = resolve_plan(extract_file("tests/fixtures/wordings/county-bureau-sections.txt"), load_registry())
    got = {a.mention: (a.agency_id, rp.agencies[a.agency_id].kind) for rows in rp.assignments.values() for a in rows}
    bureau = "XX县/农业农村局"
    assert got["种植业股"] == (f"{bureau}/种植业股", "division")
    assert got["执法股"] == (f"{bureau}/执法股", "division")
    assert got["机关党委"] == (f"{bureau}/机关党委", "division")
    assert got["驻局纪检监察组"] == (f"{bureau}/驻局纪检监察组", "division")
    assert got["局办公室"] == got["办公室"] == (f"{bureau}/办公室", "division")  # one office, two spellings
    assert got["信息中心"] == (f"{bureau}/信息中心", "division")
    assert got["各股室"] == (f"{bureau}/各股室", "collective")
    assert got["局属各单位"] == (f"{bureau}/局属各单位", "collective")
    assert got["县政府办公室"] == ("XX县/人民政府办公室", "government")
    assert got["县公安局"] == ("XX县/公安局", "agency")
    assert rp.agencies[f"{bureau}/种植业股"].functions == ["农业农村"]
    assert rp.agencies[f"{bureau}/种植业股"].parent == rp.agencies[f"{bureau}/各股室"].parent == bureau
    assert rp.agencies["XX县/公安局"].parent is None
    # the bureau is not counted for its divisions' tasks: it is named in none
    assert bureau not in rp.agencies
    # the graph and its agencies table say whose division it is
    from respgraph.graph import agencies_frame, agency_node, build_graph

    G = build_graph([rp])
    assert G.nodes[agency_node(f"{bureau}/执法股")]["parent"] == bureau
    assert "parent" not in G.nodes[agency_node("XX县/公安局")]
    table = agencies_frame(G).set_index("agency_id")
    assert table.loc[f"{bureau}/执法股", "parent"] == bureau and table.loc[f"{bureau}/执法股", "leads"] == 1


def test_a_departments_plan_keeps_other_bodies_and_units_naming_their_field(tmp_path):
    """In a bureau's own plan, a unit that names its field (疾控中心, 公共资源交易中心), the city's
    collectives (市直各单位, 各县（区）应急管理局), the party's bodies and a bureau of another field
    stay what a government plan makes them; a 委 it does not call itself stays the party's."""
    from respgraph.extract import extract_file

    plan = tmp_path / "p.txt"
    plan.write_text(
        "新余市应急管理局2024年安全生产工作要点\n\n"
        "1.开展危险化学品专项整治。（责任科室：危险化学品安全监督管理科；配合单位：疾控中心、公共资源交易中心）\n"
        "2.抓好安全宣传。（牵头单位：市委宣传部；配合单位：市直各单位、各县（区）应急管理局、委办公室）\n"
        "3.做好后勤保障。（责任科室：市应急管理局办公室；配合单位：后勤服务中心、各有关科室）\n",
        encoding="utf-8",
    )
    rp = resolve_plan(extract_file(plan), load_registry())
    got = {a.mention: (a.agency_id, rp.agencies[a.agency_id].kind) for rows in rp.assignments.values() for a in rows}
    bureau = "新余市/应急管理局"
    assert got["危险化学品安全监督管理科"] == (f"{bureau}/危险化学品安全监督管理科", "division")
    assert got["疾控中心"] == ("新余市/疾病预防控制中心", "agency")
    assert got["公共资源交易中心"][0] == "新余市/公共资源交易中心"
    assert got["市委宣传部"] == ("新余市/委宣传部", "party")
    assert got["市直各单位"] == ("新余市/市直各单位", "collective")
    assert got["各县（区）应急管理局"][0] == "新余市/各县（区）应急管理局"
    assert got["委办公室"] == ("新余市/委办公室", "party")
    assert got["市应急管理局办公室"] == (f"{bureau}/办公室", "division")  # written with its place: the same office
    assert got["后勤服务中心"] == (f"{bureau}/后勤服务中心", "division")
    assert got["各有关科室"] == (f"{bureau}/各有关科室", "collective")


def test_a_coordinating_offices_plan_names_the_places_bodies(tmp_path):
    """A rectification list signed by the office of a place's leading group: a bare 街道办事处
    after 各镇人民政府 is every street office of the place, and a 管理中心 is the place's (both were
    read as the office's own parts, 廉江市…领导小组办公室鹤地水库管理中心)."""
    from respgraph.extract import extract_file

    plan = tmp_path / "p.txt"
    plan.write_text(
        "廉江市贯彻落实省生态环境保护督察反馈意见整改清单\n\n"
        "序号\t问题\t牵头单位\t配合单位\t完成时限\n"
        "1\t鹤地水库饮用水水源保护区违建\t市水务局\t鹤地水库管理中心、长山镇\t2023年10月\n"
        "2\t农村生活垃圾收运不及时\t市城市综合管理局\t各镇人民政府、街道办事处\t长期坚持\n\n"
        "廉江市生态环境保护督察整改工作领导小组办公室\n2023年4月6日\n",
        encoding="utf-8",
    )
    rp = resolve_plan(extract_file(plan), load_registry())
    got = {a.mention: rp.agencies[a.agency_id].name for rows in rp.assignments.values() for a in rows}
    assert got["鹤地水库管理中心"] == "廉江市鹤地水库管理中心"
    assert got["街道办事处"] == "廉江市各街道办事处"
    assert got["市水务局"] == "廉江市水务局"


def test_a_party_departments_own_plan_hands_tasks_to_its_sections(tmp_path):
    """中共XX县委组织部2024年工作要点: its 科 and 办公室 are its divisions (were unknown bodies of the
    county); a plan of the party committee itself has none."""
    from respgraph.extract import extract_file
    from respgraph.resolve import issuing_department

    plan = tmp_path / "p.txt"
    plan.write_text("中共三台县委组织部2024年工作要点\n\n1.加强干部队伍建设。（牵头科室：干部科；配合科室：组织科、办公室）\n"
                    "2.抓好基层党组织建设。（牵头科室：组织科；配合单位：县委党校、各乡镇党委）\n", encoding="utf-8")
    rp = resolve_plan(extract_file(plan), load_registry())
    got = {a.mention: (a.agency_id, rp.agencies[a.agency_id].kind) for rows in rp.assignments.values() for a in rows}
    assert got["干部科"] == ("三台县/委组织部/干部科", "division")
    assert got["办公室"] == ("三台县/委组织部/办公室", "division")
    assert got["县委党校"] == ("三台县/委党校", "party")
    assert got["各乡镇党委"] == ("三台县/各乡镇党委", "collective")
    for title in ("中共三台县委2024年工作要点", "中共三台县委三台县人民政府关于印发…的通知"):
        assert issuing_department(PlanMeta("p", "p.txt", title=title, jurisdiction="三台县")) is None


ISSUED_FOR_A_DEPARTMENT = [
    # (title, issuers, the department or None)
    ("新余市生态环境局办公室关于印发2024年工作要点的通知", [], "新余市/生态环境局"),  # its office issues for it
    ("中共新余市生态环境局党组关于印发2024年工作要点的通知", [], "新余市/生态环境局"),  # its party group
    ("2024年工作要点", ["新余市生态环境局", "中共新余市生态环境局党组"], "新余市/生态环境局"),
    ("2024年工作要点", ["新余市生态环境局办公室"], "新余市/生态环境局"),
    ("中共三台县委组织部2024年工作要点", [], "三台县/委组织部"),
    # near misses: two departments; a government's or a party committee's office issuing for it
    ("2024年工作要点", ["新余市生态环境局", "新余市发展和改革委员会"], None),
    ("2024年工作要点", ["新余市生态环境局", "新余市人民政府"], None),
    ("2024年工作要点", ["新余市人民政府办公室"], None),
    ("2024年工作要点", ["中共新余市委办公室"], None),
    ("新余市人民政府办公室关于印发2024年工作要点的通知", [], None),
    ("中共新余市委2024年工作要点", [], None),
    # a public hospital's own plan (was none: its 科室 were read as bodies of the city); near misses:
    # a plan about hospitals, a bureau opening with another verb
    ("新余市人民医院改善就医感受提升患者体验主题活动实施方案", [], "新余市/人民医院"),
    ("新余市公立医院改革实施方案", [], None),
    ("新余市生态环境局开展大气污染防治专项行动方案", [], "新余市/生态环境局"),
    # the office of a place's leading group, committee or chief system issues for the place: its
    # plan names the place's bodies, not the office's parts (街道办事处 / 水库管理中心 were read as
    # its divisions); near miss: a bureau's own office issues for the bureau (above)
    ("2024年整改任务清单", ["新余市生态环境保护督察整改工作领导小组办公室"], None),
    ("2024年整改任务清单", ["新余市生态环境保护委员会办公室"], None),
    ("2024年河长制工作要点", ["新余市河长制办公室"], None),
]


@pytest.mark.parametrize("title,issuers,dept", ISSUED_FOR_A_DEPARTMENT, ids=[f"{t}|{i}" for t, i, _ in ISSUED_FOR_A_DEPARTMENT])
def test_the_department_a_plan_is_issued_for(title, issuers, dept):
    from respgraph.resolve import issuing_department

    place = "三台县" if "三台县" in title else "新余市"
    got = issuing_department(PlanMeta("p", "p.txt", title=title, issuers=issuers, jurisdiction=place))
    assert (got.agency_id if got else None) == dept


def test_a_department_titled_with_a_verb_of_carrying_out_is_the_issuer():
    """江西省财政厅落实2024年《政府工作报告》重点任务分工方案: the department issues it (its 处 were
    bodies of the province, unknown)."""
    from respgraph.resolve import issuing_department

    meta = PlanMeta("p", "p.txt", title="江西省财政厅落实2024年《政府工作报告》重点任务分工方案", jurisdiction="江西省")
    assert issuing_department(meta).name == "江西省财政厅"
    gov = PlanMeta("p", "p.txt", title="江西省落实2024年《政府工作报告》重点任务分工方案", jurisdiction="江西省")
    assert issuing_department(gov) is None


# A division written after its department, in any plan: (plan's place, as written, id, kind)
NAMED_DIVISIONS = [
    ("新余市", "市生态环境局大气科", "新余市/生态环境局/大气科", "division"),
    ("新余市", "市发展改革委价格科", "新余市/发展和改革委员会/价格科", "division"),
    ("新余市", "市卫生健康委员会疾控科", "新余市/卫生健康委员会/疾控科", "division"),
    ("新余市", "市卫健委办公室", "新余市/卫生健康委员会/办公室", "division"),
    ("江西省", "省财政厅债务管理处", "江西省/财政厅/债务管理处", "division"),
    ("江西省", "省教育厅办公室", "江西省/教育厅/办公室", "division"),
    ("三台县", "县农业农村局种植业股", "三台县/农业农村局/种植业股", "division"),
    ("江西省", "国家能源局电力司", "中央/国家能源局/电力司", "division"),
    ("新余市", "市委组织部干部科", "新余市/委组织部/干部科", "division"),  # a party committee's department
    ("新余市", "市委宣传部办公室", "新余市/委宣传部/办公室", "division"),
    ("江西省", "省生态环境厅各处室", "江西省/生态环境厅/各处室", "collective"),  # its divisions as a group
    # a unit naming no field is the department's, as in its own plan; one naming its field stays whole
    ("新余市", "市自然资源局执法支队", "新余市/自然资源局/执法支队", "division"),
    # but an eco bureau's enforcement arm is the 2019 reform's detachment of the city, as a county's
    # 执法大队 is the county's squad (was 新余市/生态环境局/执法支队 beside 新余市/生态环境保护综合行政执法支队)
    ("新余市", "市生态环境局执法支队", "新余市/生态环境保护综合行政执法支队", "agency"),
    ("新余市", "市生态环境局生态环境保护综合行政执法支队", "新余市/生态环境保护综合行政执法支队", "agency"),
    ("新余市", "市生态环境局监测站", "新余市/生态环境局/监测站", "division"),  # (a city's station is the province's)
    ("新余市", "市生态环境局信息中心", "新余市/生态环境局/信息中心", "division"),
    ("新余市", "市公安局交警支队", "新余市/交通警察支队", "agency"),
    ("新余市", "市自然资源局不动产登记中心", "新余市/自然资源局不动产登记中心", "agency"),
    ("新余市", "市水利局水文站", "新余市/水利局水文站", "agency"),
    ("新余市", "市生态环境局渝水分局", "渝水区/生态环境局", "agency"),
    # near misses: a government's, a party committee's, a legislature's office; a committee's or
    # headquarters' standing office; bodies ending in 处 / 中心 / 所
    ("新余市", "市政府办公室", "新余市/人民政府办公室", "government"),
    ("新余市", "市人民政府办公室", "新余市/人民政府办公室", "government"),
    ("江西省", "省政府办公厅", "江西省/人民政府办公厅", "government"),
    ("新余市", "市委办公室", "新余市/委办公室", "party"),
    ("江西省", "省委办公厅", "江西省/委办公厅", "party"),
    ("江西省", "国务院办公厅", "中央/国务院办公厅", "government"),
    ("新余市", "市人大常委会办公室", "新余市/人大常委会办公室", "legislature"),
    ("新余市", "市安全生产委员会办公室", "新余市/安全生产委员会办公室", "agency"),
    ("新余市", "市防汛抗旱指挥部办公室", "新余市/防汛抗旱指挥部办公室", "agency"),
    ("新余市", "市政府金融工作办公室", "新余市/人民政府金融工作办公室", "agency"),
    ("新余市", "市住房公积金管理中心", "新余市/住房公积金管理中心", "agency"),
    ("新余市", "市河道管理处", "新余市/河道管理处", "agency"),  # (its field, 河道, is 水利: was "other", no function)
    ("三台县", "县自然资源局城关自然资源所", "三台县/自然资源局城关自然资源所", "agency"),
    ("三台县", "县扶贫开发领导小组办公室", "三台县/扶贫开发领导小组办公室", "agency"),
    # a party committee's commission written with 委 for 委员会: its 办公室 is its standing office,
    # the body 市委财经办 / 市委外办 name (was a division of the commission: 株洲市/委财经委/办公室);
    # a bureau's 委 (市发改委 / 市卫健委, above) keeps its division, and so do a party department's
    ("株洲市", "市委财经委办公室", "株洲市/委财经委员会办公室", "party"),
    ("株洲市", "株洲市委财经委办公室", "株洲市/委财经委员会办公室", "party"),
    ("株洲市", "市委外事委办公室", "株洲市/委外事工作委员会办公室", "party"),
    ("株洲市", "市委网信委办公室", "株洲市/委网络安全和信息化委员会办公室", "party"),
    ("株洲市", "市委政法委办公室", "株洲市/委政法委员会办公室", "party"),
    ("攸县", "县委编委办公室", "攸县/委机构编制委员会办公室", "party"),
    ("株洲市", "市委教育工委办公室", "株洲市/委教育工委办公室", "party"),  # (no full name known: as written)
    ("株洲市", "市委社工部办公室", "株洲市/委社会工作部/办公室", "division"),
    # a bureau's 股 / 科 after its name is its division, as 处 is
    ("攸县", "县教育局安全股", "攸县/教育局/安全股", "division"),
    ("攸县", "县教育局安全科", "攸县/教育局/安全科", "division"),
]


@pytest.mark.parametrize("place,text,agency_id,kind", NAMED_DIVISIONS, ids=[r[1] for r in NAMED_DIVISIONS])
def test_a_division_named_with_its_department(place, text, agency_id, kind):
    a = resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=place))
    assert (a.agency_id, a.kind) == (agency_id, kind)
    if kind == "division":  # it works in its department's field, and is named after it
        parent = resolve_mention(load_registry(), text[: -len(agency_id.rsplit("/", 1)[1])], PlanMeta("p", "p.txt", jurisdiction=place))
        assert (a.functions, a.name) == (parent.functions, parent.name + agency_id.rsplit("/", 1)[1])


def test_a_ministrys_work_points_hand_tasks_to_its_departments():
    """生态环境部2024年工作要点: its 司 are its parts (中央/生态环境部/大气环境司); another
    ministry's 司 named with it is that ministry's; the plan is the central government's."""
    from respgraph.extract import extract_file

    rp = resolve_plan(extract_file("tests/fixtures/wordings/ministry-work-points.txt"), load_registry())
    assert (rp.plan.meta.jurisdiction, rp.plan.meta.level) == ("中央", "national")
    ids = [[(a.agency_id, a.role) for a in rows] for rows in rp.assignments.values()]
    assert ids[0] == [("中央/生态环境部/大气环境司", "lead"), ("中央/生态环境部/法规与标准司", "support"),
                      ("中央/国家发展和改革委员会/环资司", "support")]
    assert rp.agencies["中央/生态环境部/大气环境司"].functions == ["生态环境"]
    assert {rp.agencies[i].kind for i, _ in ids[0]} == {"division"}
    assert ids[2] == [("中央/生态环境部/综合司", "lead")]


def test_a_division_table_without_its_notice_is_the_central_governments(tmp_path):
    """A 重点任务分工表 naming only national bodies and no place is a central plan: its
    collectives are the centre's (中央/各省、自治区、直辖市人民政府), not of an unknown place."""
    from respgraph.extract import extract_file

    rp = resolve_plan(extract_file("tests/fixtures/wordings/central-division-table.txt"), load_registry())
    assert rp.plan.meta.jurisdiction == "中央"
    got = {a.mention: a.agency_id for rows in rp.assignments.values() for a in rows}
    assert got["各省、自治区、直辖市人民政府"] == "中央/各省、自治区、直辖市人民政府"
    assert got["最高人民检察院"] == "中央/最高人民检察院"
    assert got["全国总工会"] == "中央/中华全国总工会"
    # a placeless plan that also names a level's body (市X) is not taken for a central one
    local = tmp_path / "local.txt"
    local.write_text("关于加强河湖管理的实施方案\n\n1.加强河湖管理。（市水利局牵头，水利部指导）\n", encoding="utf-8")
    rp = resolve_plan(extract_file(local), load_registry())
    assert rp.plan.meta.jurisdiction != "中央"
    assert [a.agency_id for a in rp.assignments["local:001"]] == ["（未知市·local）/水利局", "中央/水利部"]


@pytest.mark.parametrize("short, full", [
    ("发展改革委", "国家发展改革委"), ("卫生健康委", "国家卫生健康委"), ("医保局", "国家医保局"),
    ("人民银行", "中国人民银行"), ("国资委", "国务院国资委"), ("能源局", "国家能源局"),
    ("统计局", "国家统计局"), ("数据局", "国家数据局"), ("药监局", "国家药监局"), ("林草局", "国家林草局"),
])
def test_a_central_plan_writes_national_bodies_short(short, full):
    """A 国务院 document's brackets write its bodies without 国家 / 中国 / 国务院 (（发展改革委、人民
    银行按职责分工负责）): the same national body as the full name (was a body of its own,
    中央/发展和改革委员会 beside 中央/国家发展和改革委员会)."""
    reg = load_registry()
    central = PlanMeta("p", "p.txt", jurisdiction="中央")
    assert resolve_mention(reg, short, central).agency_id == resolve_mention(reg, full, central).agency_id


def test_short_national_names_stay_local_outside_central_plans():
    """Only a central plan reads them so: a city's 统计局 / 发展改革委 is its own, and a central
    plan's 地方金融管理局 / 各地区 / 财政部 are as written."""
    reg = load_registry()
    city = PlanMeta("p", "p.txt", jurisdiction="株洲市")
    assert resolve_mention(reg, "统计局", city).agency_id == "株洲市/统计局"
    central = PlanMeta("p", "p.txt", jurisdiction="中央")
    assert resolve_mention(reg, "地方金融管理局", central).agency_id == "中央/地方金融管理局"
    assert resolve_mention(reg, "财政部", central).agency_id == "中央/财政部"
    assert resolve_mention(reg, "各地区", central, collective=True).agency_id == "中央/各地区"


def test_a_basin_authoritys_plan_names_the_provinces_and_cities_bodies_by_their_places(tmp_path):
    """水利部太湖流域管理局's yearly plan is central; the bodies of the basin's provinces and cities it
    names (上海市水务局, 苏州市水务局, 嘉兴市水利局, 上海市青浦区水务局) are those places' (were
    中央/国家上海市水务局: the 国家 a central plan leaves off its own bureaus read into them). Near
    misses: its own 太湖流域管理局 and a national bureau written short (能源局) stay central."""
    from respgraph.extract import extract_file

    p = tmp_path / "taihu.txt"
    p.write_text(
        "太湖流域水环境综合治理省际协调2022年度工作安排\n\n水利部太湖流域管理局\n2022年2月\n\n"
        "一、保障太湖安全度夏\n"
        "1．加强蓝藻水华监测预警。太湖流域管理局负责，江苏省水利厅、上海市水务局配合。\n"
        "2．优化太浦闸调度。太湖流域管理局牵头；苏州市水务局、嘉兴市水利局、上海市青浦区水务局配合。\n"
        "3．保障枯水期供水。太湖流域管理局牵头，能源局配合。\n",
        encoding="utf-8",
    )
    rp = resolve_plan(extract_file(p))
    assert rp.plan.meta.jurisdiction == "中央"
    ids = {a.mention: a.agency_id for v in rp.assignments.values() for a in v}
    assert ids["上海市水务局"] == "上海市/水务局"
    assert ids["苏州市水务局"] == "苏州市/水务局"
    assert ids["嘉兴市水利局"] == "嘉兴市/水利局"
    assert ids["上海市青浦区水务局"] == "青浦区/水务局"
    assert ids["江苏省水利厅"] == "江苏省/水利厅"
    assert ids["太湖流域管理局"].startswith("中央/")
    assert ids["能源局"] == "中央/国家能源局"


def test_provincial_short_names_of_merged_departments():
    """省建设厅 (a province's 住房和城乡建设厅 since 2008) and 省人力社保厅 (浙江's short name, as
    市人力社保局 is) are the departments of the full names (each was a body of its own); a city's
    建设局 may be its own name and stays as written."""
    reg = load_registry()
    zj = PlanMeta("p", "p.txt", jurisdiction="浙江省")
    assert resolve_mention(reg, "省建设厅", zj).agency_id == resolve_mention(reg, "省住房和城乡建设厅", zj).agency_id
    assert resolve_mention(reg, "省人力社保厅", zj).agency_id == resolve_mention(reg, "省人力资源和社会保障厅", zj).agency_id
    sx = PlanMeta("p", "p.txt", jurisdiction="绍兴市")
    assert resolve_mention(reg, "市建设局", sx).agency_id == "绍兴市/建设局"


def test_group_bodies_stay_apart():
    """... and bodies of like names stay apart (a false merge corrupts every count)."""
    reg = load_registry()
    pm = PlanMeta("p", "p.txt", jurisdiction="邯郸市")
    ids = [resolve_mention(reg, n, pm).agency_id for n in
           ("市侨联", "市文联", "市工商联", "市妇联", "市残联", "市科协", "市总工会", "市消防救援支队", "市公安局", "市公共资源交易中心", "市发改委")]
    assert len(set(ids)) == len(ids)


def test_an_autonomous_regions_plan_signed_in_its_cover_letter():
    """广西…方案 printed under 广西壮族自治区人民政府关于印发…的通知: the region's plan; 自治区X is
    the region's, the Party centre's organs stay central."""
    from respgraph.extract import extract_file

    rp = resolve_plan(extract_file("tests/fixtures/wordings/region-cover-letter.txt"), load_registry())
    assert (rp.plan.meta.jurisdiction, rp.plan.meta.level) == ("广西壮族自治区", "province")
    got = {a.mention: a.agency_id for rows in rp.assignments.values() for a in rows}
    assert got["自治区交通运输厅"] == "广西壮族自治区/交通运输厅"
    assert got["中央宣传部"] == "中央/中央宣传部"
    assert got["中央、自治区驻钦有关单位"] == "广西壮族自治区/中央、自治区驻钦有关单位"


def test_a_title_that_writes_the_city_above_gives_it():
    """成都市青白江区2024年招商引资工作要点: 市X is 成都市's, 省X 四川省's (were 青白江区所在市/省)."""
    reg = load_registry()
    meta = PlanMeta("p", "p.txt", title="成都市青白江区2024年招商引资工作要点", jurisdiction="青白江区")
    assert plan_chain(meta, reg) == ("青白江区", "成都市", "四川省")
    assert resolve_mention(reg, "省发展改革委", meta).agency_id == "四川省/发展和改革委员会"
    # 鼓楼区 is the name of four districts: a title naming it alone keeps it, one writing its city gives that
    assert plan_chain(PlanMeta("p", "p.txt", title="鼓楼区2024年工作要点", jurisdiction="鼓楼区"), reg) == ("鼓楼区",)
    meta = PlanMeta("p", "p.txt", title="福州市鼓楼区2024年工作要点", jurisdiction="鼓楼区")
    assert plan_chain(meta, reg) == ("福州市鼓楼区", "福州市", "福建省")  # (its bodies: 福州市鼓楼区/X)


def test_a_campaign_after_the_place_in_a_title_is_no_place_inside_it():
    """洛阳市创建全国文明城市2017年工作任务分解表: the plan is 洛阳市's and 市工商局 洛阳市工商行政管理局
    (the chain was 创建全国文明城市 inside 洛阳市: 创建全国文明城市工商行政管理局); a district after its city
    stays the plan's place."""
    reg = load_registry()
    meta = PlanMeta("p", "p.txt", title="洛阳市创建全国文明城市2017年工作任务分解表", jurisdiction="洛阳市")
    assert plan_chain(meta, reg) == ("洛阳市", "河南省")
    assert resolve_mention(reg, "市工商局", meta).name == "洛阳市工商行政管理局"
    meta = PlanMeta("p", "p.txt", title="嘉兴市争创国家卫生城市2019年工作要点", jurisdiction="嘉兴市")
    assert plan_chain(meta, reg) == ("嘉兴市", "浙江省")
    meta = PlanMeta("p", "p.txt", title="洛阳市西工区2017年创建全国文明城市工作方案", jurisdiction="西工区")
    assert plan_chain(meta, reg) == ("西工区", "洛阳市", "河南省")


def test_joint_party_and_government_offices_name_the_province():
    """中共吉林省委办公厅 吉林省人民政府办公厅关于印发…: the plan is 吉林省's (was 委办公厅吉林省)."""
    from respgraph.structure.meta import find_place

    assert find_place(["中共吉林省委办公厅吉林省人民政府办公厅"]) == ("吉林省", "province")
    assert find_place(["中共三台县委三台县人民政府"])[0] == "三台县"
    assert find_place(["宜春市袁州区人民政府"])[0] == "袁州区"


def test_bare_divisions_in_a_government_plan_stay_bodies_of_the_place():
    from respgraph.resolve import issuing_department

    gov = PlanMeta("p", "p.txt", title="XX市人民政府关于推进平安建设的实施方案", jurisdiction="XX市")
    assert issuing_department(gov) is None
    joint = PlanMeta("p", "p.txt", issuers=["XX市生态环境局", "XX市发展和改革委员会"], jurisdiction="XX市")
    assert issuing_department(joint) is None
    one = PlanMeta("p", "p.txt", issuers=["XX市生态环境局"], jurisdiction="XX市")
    assert issuing_department(one).name == "XX市生态环境局"


# How plans write one body in several ways: every name of a group is that one agency.
ONE_BODY = [
    ("昌江区", ["区法院", "区人民法院"], "昌江区/人民法院", ["法院"]),
    ("昌江区", ["区检察院", "区人民检察院"], "昌江区/人民检察院", ["检察院"]),
    # a court by its place's level: a city's is its 中级人民法院, a province's (and a municipality's
    # under the centre) its 高级人民法院, a county's, a district's and a county-level city's its 人民法院
    # (省法院 was 湖南省人民法院, a court no province has); a procuratorate is 人民检察院 at every level
    ("绵阳市", ["市法院", "市中级人民法院", "市中院", "市中级法院", "市人民法院"], "绵阳市/中级人民法院", ["法院"]),
    ("湖南省", ["省法院", "省高院", "省高级法院", "省高级人民法院", "省人民法院"], "湖南省/高级人民法院", ["法院"]),
    ("湖南省", ["省检察院", "省人民检察院"], "湖南省/人民检察院", ["检察院"]),
    ("北京市", ["市法院", "市高院", "市高级人民法院"], "北京市/高级人民法院", ["法院"]),
    ("瑞金市", ["市法院", "市人民法院"], "瑞金市/人民法院", ["法院"]),
    ("三台县", ["县法院", "县人民法院"], "三台县/人民法院", ["法院"]),
    ("三台县", ["县纪委监委", "县纪委", "县监委", "县纪委县监委", "县纪律检查委员会"], "三台县/纪委监委", ["纪检监察"]),
    ("三台县", ["县公安局交警大队", "县交警大队", "公安交警大队", "县公安局交通警察大队"], "三台县/交通警察大队", ["公安"]),
    ("绵阳市", ["市公安局交通警察支队", "市公安局交警支队", "市交警支队"], "绵阳市/交通警察支队", ["公安"]),
    ("三台县", ["县教育和体育局", "县教体局", "县教育体育局"], "三台县/教育体育局", ["教育", "体育"]),
    ("绵阳市", ["市文广旅局", "市文化广电旅游局", "市文化广电和旅游局", "市文化广播电视和旅游局"], "绵阳市/文化广电旅游局", ["文化和旅游"]),
    ("三台县", ["县移动公司", "县移动分公司"], "三台县/移动公司", ["工业和信息化"]),
    # a place's one business-environment bureau: 营商环境建设局 (辽宁), 营商环境建设监督局 (黑龙江),
    # written 营商环境局 / 营商局 for either (省营商环境局 and 省营商环境建设监督局 were two ids)
    ("黑龙江省", ["省营商环境局", "省营商环境建设监督局", "省营商局"], "黑龙江省/营商环境建设局", ["审批服务"]),
    ("沈阳市", ["市营商局", "市营商环境建设局", "市营商环境局"], "沈阳市/营商环境建设局", ["审批服务"]),
    # the merged housing and transport bureau with 交通局 for 交通运输局 (区住房和城乡建设交通局 was its own id)
    ("龙沙区", ["区住建交通局", "区住房和城乡建设交通局", "区住房城乡建设和交通局", "区住房城乡建设和交通运输局"],
     "龙沙区/住房城乡建设和交通运输局", ["住房城乡建设", "交通运输"]),
    # the local financial regulator's short name (省地方金融监管局 and 省地方金融监督管理局 were two ids),
    # the State Grid provincial company's (国网黑龙江电力 was an agency of its own), the county's
    # rural credit union's (县农信社 and 县农村信用合作联社 were two ids)
    ("黑龙江省", ["省地方金融监管局", "省地方金融监督管理局"], "黑龙江省/地方金融监督管理局", ["金融"]),
    ("黑龙江省", ["国网黑龙江电力", "国网黑龙江省电力有限公司", "省电力公司"], "黑龙江省/电力公司", ["能源"]),
    ("克山县", ["县农信社", "县农村信用合作联社", "县农村信用联社"], "克山县/农村信用合作联社", ["金融"]),
    # a federation of industry and commerce is no 工商局 (省工商业联合会 had the function 市场监管)
    ("黑龙江省", ["省工商联", "省工商业联合会"], "黑龙江省/工商业联合会", ["群团"]),
    # a prefecture's party committee (地委) and its 行署's departments are the 地区's bodies, as 州委 and
    # 地区X are (地委 was a body with no function, 行署发改委 an id beside 地区发改委's)
    ("大兴安岭地区", ["地委", "中共大兴安岭地委", "大兴安岭地委"], "大兴安岭地区/委", ["党委"]),
    ("大兴安岭地区", ["地委宣传部", "大兴安岭地委宣传部"], "大兴安岭地区/委宣传部", ["党委", "宣传"]),
    ("大兴安岭地区", ["行署发改委", "地区发改委", "大兴安岭地区发展和改革委员会"], "大兴安岭地区/发展和改革委员会", ["发展改革"]),
    ("漠河市", ["地委", "大兴安岭地委"], "大兴安岭地区/委", ["党委"]),  # in a plan of one of its counties
    ("锡林郭勒盟", ["行署发改委", "盟发改委"], "锡林郭勒盟/发展和改革委员会", ["发展改革"]),
]


@pytest.mark.parametrize("plan_j,texts,agency_id,functions", ONE_BODY, ids=[g[2] for g in ONE_BODY])
def test_names_of_one_body_are_one_agency(plan_j, texts, agency_id, functions):
    reg = load_registry()
    plan = PlanMeta("p", "p.txt", jurisdiction=plan_j)
    got = {t: (a.agency_id, a.functions) for t in texts for a in [resolve_mention(reg, t, plan)]}
    assert got == {t: (agency_id, functions) for t in texts}


def test_the_culture_and_tourism_body_with_its_broadcasting_written_last_is_one_body():
    """长沙市文化旅游广电局 (市文旅广电局) is the city's culture, broadcasting and tourism body, written
    文化广电旅游局 in most places and by the same plans (was its own id beside 长沙市/文化广电旅游局);
    each keeps the name written."""
    reg = load_registry()
    plan = PlanMeta("p", "p.txt", jurisdiction="长沙市")
    got = {t: (r.agency_id, r.name) for t in ("市文化旅游广电局", "市文旅广电局", "市文化广电旅游局")
           for r in [resolve_mention(reg, t, plan)]}
    assert got == {
        "市文化旅游广电局": ("长沙市/文化广电旅游局", "长沙市文化旅游广电局"),
        "市文旅广电局": ("长沙市/文化广电旅游局", "长沙市文化旅游广电局"),
        "市文化广电旅游局": ("长沙市/文化广电旅游局", "长沙市文化广电旅游局"),
    }


@pytest.mark.parametrize(
    "plan_j,a,b",
    [
        ("三台县", "县公安局", "县交警大队"),  # the traffic division is a unit of the police, not the police
        ("三台县", "县人民法院", "县人民检察院"),
        ("湖南省", "省法院", "省检察院"),
        ("绵阳市", "市中院", "市检察院"),
        ("北京市", "市高院", "市中院"),  # (a municipality's 中级人民法院 are not its 高级人民法院)
        ("三台县", "县纪委监委", "县委"),
        ("三台县", "县纪委监委", "县委组织部"),
        ("三台县", "县文化和旅游局", "县教育体育局"),
        ("长沙市", "市文旅广电局", "市广电局"),  # the culture and tourism body is no broadcasting bureau
        ("长沙市", "市文化旅游广电局", "市文化旅游广电体育局"),  # (one with sport is another body's name)
        ("黑龙江省", "省营商环境局", "省营商办"),  # the office (often inside the 发改委) is no bureau
        ("龙沙区", "区住建交通局", "区住建局"),  # the merged bureau is not the housing bureau of a place that has one
        ("黑龙江省", "省地方金融监管局", "黑龙江金融监管局"),  # the province's regulator, not the national one's office
        ("黑龙江省", "省地方金融监管局", "省委金融办"),  # (its 2023-24 successor: linked, not merged)
        ("黑龙江省", "黑龙江银保监局", "黑龙江金融监管局"),
        ("黑龙江省", "省乡村振兴局", "省农业农村厅"),
        ("大兴安岭地区", "地委", "行署"),
        ("大兴安岭地区", "地委办公室", "行署办公室"),
        ("三台县", "县委", "地委"),  # (no prefecture above: 地委 stays as written)
    ],
)
def test_different_bodies_stay_apart(plan_j, a, b):
    reg = load_registry()
    plan = PlanMeta("p", "p.txt", jurisdiction=plan_j)
    assert resolve_mention(reg, a, plan).agency_id != resolve_mention(reg, b, plan).agency_id


@pytest.mark.parametrize(
    "plan_j,text,agency_id",
    [
        # a zone's collective written with the zone's word (园区各部门 / 新区各街道 in the zone's own plan) is
        # the zone's, as 县各部门 is the county's (was one unit 园区各部门 of the zone, of function 园区)
        ("苏州工业园区", "园区各部门", "苏州工业园区/各部门"),
        ("苏州工业园区", "园区各街道", "苏州工业园区/各街道"),
        ("长春新区", "新区各有关单位", "长春新区/各有关单位"),
        ("绵阳市", "高新区各部门", "绵阳高新区/各部门"),
        # near misses: the zone's bodies and the plain collective as before
        ("苏州工业园区", "园区生态环境局", "苏州工业园区/生态环境局"),
        ("苏州工业园区", "各部门", "苏州工业园区/各部门"),
    ],
)
def test_a_zones_collective_written_with_its_word(plan_j, text, agency_id):
    a = resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=plan_j))
    assert a.agency_id == agency_id


@pytest.mark.parametrize(
    "text,functions",
    [("区政务服务和数据管理局", ["审批服务", "数据"]), ("县农信社", ["金融"]), ("县纪律检查委员会", ["纪检监察"]),
     # 太原's 城乡管理局 and 上海's 城运中心 / 城市运行管理中心 run the city's upkeep (were bodies of no function);
     # 城乡建设局 / 城乡规划管理局 keep theirs
     ("市城乡管理局", ["城市管理"]), ("镇城运中心", ["城市管理"]), ("区城市运行管理中心", ["城市管理"]),
     ("市城乡建设局", ["住房城乡建设"]), ("市城乡规划管理局", ["自然资源"])],
)
def test_function_keywords_of_common_bodies(text, functions):
    a = resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction="昌江区"))
    assert (a.functions, a.known) == (functions, True)


@pytest.mark.parametrize(
    "plan_j,text,agency_id,functions",
    [
        # a campaign office whose name says its work has that function (each was a body of none)
        ("长沙市", "市两型办", "长沙市/两型办", ["发展改革"]),
        ("长沙市", "市城改办", "长沙市/城改办", ["住房城乡建设"]),
        ("长沙市", "市治污办", "长沙市/治污办", ["生态环境"]),
        ("杭州市", "市黄标车淘汰办", "杭州市/黄标车淘汰办", ["生态环境"]),
        ("杭州市", "市治气办", "杭州市/治气办", ["生态环境"]),
        ("杭州市", "市三改一拆办", "杭州市/三改一拆办", ["住房城乡建设"]),
        # 浙江's 五水共治 office is its 治水办: one office
        ("杭州市", "市五水共治办", "杭州市/治水办", ["水利"]),
        ("杭州市", "市治水办", "杭州市/治水办", ["水利"]),
        # near misses: the words inside others say nothing (市污水处理厂 is no 治污 office)
        ("长沙市", "市污水处理厂", "长沙市/污水处理厂", []),
        ("长沙市", "市两新工委", "长沙市/两新工委", []),
    ],
)
def test_a_campaign_office_named_by_its_work_has_that_function(plan_j, text, agency_id, functions):
    a = resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=plan_j))
    assert (a.agency_id, a.functions, a.known) == (agency_id, functions, bool(functions))


@pytest.mark.parametrize(
    "plan_j,texts,agency_id",
    [
        # a zone's 管委会 is the zone's own body, in the city's plans and in its own
        ("绵阳市", ["高新区管委会", "绵阳高新区管委会", "绵阳高新技术产业开发区管委会"], "绵阳高新区/管委会"),
        # a bureau of the zone's government (管委会经发局) is the zone's bureau, as 经发局 alone is (was
        # …/管委会经发局); the government's own office stays its office
        ("芜湖经济技术开发区", ["管委会经发局", "经发局", "经开区管委会经济发展局"], "芜湖经开区/经济发展局"),
        ("芜湖经济技术开发区", ["管委会办公室"], "芜湖经开区/管委会办公室"),
        # written in full or cut to 管委 (青岛西海岸新区管委): one body (were …/管理委员会 and …/管委)
        ("绵阳市", ["高新区管理委员会", "绵阳高新区管理委员会", "高新区管委"], "绵阳高新区/管委会"),
        ("青岛市", ["青岛西海岸新区管委", "西海岸新区管委会", "青岛西海岸新区管理委员会"], "西海岸新区/管委会"),
        ("绵阳高新区", ["高新区管委会", "管委会"], "绵阳高新区/管委会"),
        ("宜春市", ["宜春经济技术开发区管委会", "经开区管委会", "经济技术开发区管委会"], "宜春经开区/管委会"),
        ("宜春市", ["经济技术开发区生态环境分局", "宜春经开区生态环境分局"], "宜春经开区/生态环境局"),
        # a city bureau's branch in the zone written with the zone's long word (was 芜湖市/公安局经济技术开发区分局)
        ("芜湖市", ["芜湖市公安局经济技术开发区分局", "市公安局经开区分局"], "芜湖经开区/公安分局"),
        ("芜湖经济技术开发区", ["芜湖市公安局经济技术开发区分局", "市公安局经开区分局"], "芜湖经开区/公安分局"),
        # (its own plan files it as the city's plans do: 宜春经济技术开发区/管委会 was a second id)
        ("宜春经济技术开发区", ["经开区管委会", "管委会", "宜春经济技术开发区管委会"], "宜春经开区/管委会"),
    ],
)
def test_zone_government_is_the_zones(plan_j, texts, agency_id):
    reg = load_registry()
    plan = PlanMeta("p", "p.txt", jurisdiction=plan_j)
    assert {t: resolve_mention(reg, t, plan).agency_id for t in texts} == {t: agency_id for t in texts}


@pytest.mark.parametrize(
    "plan_j,texts,agency_id",
    [
        # a zone whose own name opens with its city's short name and one character (天津港保税区: the
        # port's) is that zone, its 管委会 the zone's, named alone too (was 天津市/港保税区管委会, and
        # 天津港保税区 alone a place 港保税区's government)
        ("天津市", ["天津港保税区管委会", "天津港保税区"], "天津港保税区/管委会"),
        ("滨海新区", ["天津港保税区管委会"], "天津港保税区/管委会"),
        ("上海市", ["上海外高桥保税区管委会", "外高桥保税区管委会"], "外高桥保税区/管委会"),
        ("青岛市", ["青岛前湾保税港区管委会"], "前湾保税港区/管委会"),
        ("大连市", ["大连长兴岛经济区管委会"], "长兴岛经济区/管委会"),
        # ... and named alone as a unit, an 经济区 (长兴岛经济区、金普新区) is its 管委会 too, as a bonded
        # zone is (was 长兴岛经济区/人民政府: no such government)
        ("大连市", ["长兴岛经济区", "大连长兴岛经济区", "长兴岛经济区管理委员会"], "长兴岛经济区/管委会"),
        ("滨海新区", ["东疆保税港区", "天津东疆保税港区", "东疆保税港区管委会"], "东疆保税港区/管委会"),
        # ... and a port area named alone (东疆港区: a zone its 管委会 runs, since stop 28; was
        # 东疆港区/人民政府), the districts so named (泉港区, 海港区) listed places with governments
        ("滨海新区", ["东疆港区", "东疆港区管委会"], "东疆港区/管委会"),
        # a city's 起步区 written with what it is for is the 起步区 (济南新旧动能转换起步区管委会 beside
        # 起步区管委会 in one plan were two ids; since stop 28)
        ("济南市", ["济南新旧动能转换起步区管委会", "新旧动能转换起步区管委会", "起步区管委会"], "济南起步区/管委会"),
        ("泉州市", ["泉港区", "泉港区人民政府"], "泉港区/人民政府"),
        ("秦皇岛市", ["海港区"], "海港区/人民政府"),
        # near misses: the city's own bonded zone written after its name stays the city's body (no
        # place 保税区), and other zone words as they were
        ("天津市", ["天津保税区管委会", "保税区管委会", "市保税区管委会"], "天津市/保税区管委会"),
        ("苏州市", ["张家港保税区管委会"], "张家港市/保税区管委会"),
        ("天津市", ["天津经济技术开发区管委会"], "天津经开区/管委会"),
        ("鄂托克前旗", ["上海庙镇"], "上海庙镇/人民政府"),
    ],
)
def test_a_zone_named_with_its_citys_short_name_is_the_zone(plan_j, texts, agency_id):
    reg = load_registry()
    plan = PlanMeta("p", "p.txt", jurisdiction=plan_j)
    assert {t: resolve_mention(reg, t, plan).agency_id for t in texts} == {t: agency_id for t in texts}


@pytest.mark.parametrize(
    "plan_j,text,agency_id",
    [
        # a city detachment's unit in a county or zone is that place's, as 县交警大队 is (was the city's
        # body 绵阳市/公安局交通警察支队三台大队)
        ("三台县", "绵阳市公安局交通警察支队三台大队", "三台县/交通警察大队"),
        ("三台县", "县交警大队", "三台县/交通警察大队"),
        ("三台县", "市消防救援支队三台大队", "三台县/消防救援大队"),
        ("芜湖市", "市交警支队经开区大队", "芜湖经开区/交通警察大队"),
        # a unit named by number or road is the city's detachment's, no place's
        ("绵阳市", "市交警支队一大队", "绵阳市/交警支队一大队"),
        ("绵阳市", "市公安局交警支队高速公路大队", "绵阳市/公安局交警支队高速公路大队"),
    ],
)
def test_a_detachments_unit_in_a_county_is_the_countys(plan_j, text, agency_id):
    assert resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=plan_j)).agency_id == agency_id


@pytest.mark.parametrize(
    "plan_j,text,agency_id,name,functions,kind",
    [
        # the central government's bodies named in a local plan: jurisdiction 中央, wherever the plan is
        ("渝水区", "生态环境部", "中央/生态环境部", "生态环境部", ["生态环境"], "agency"),
        ("渝水区", "国家发改委", "中央/国家发展和改革委员会", "国家发展和改革委员会", ["发展改革"], "agency"),
        ("江西省", "国家发展改革委", "中央/国家发展和改革委员会", "国家发展和改革委员会", ["发展改革"], "agency"),
        ("江西省", "工信部", "中央/工业和信息化部", "工业和信息化部", ["工业和信息化"], "agency"),
        ("江西省", "国务院", "中央/国务院", "国务院", ["政府"], "government"),
        ("江西省", "国家能源局", "中央/国家能源局", "国家能源局", ["能源"], "agency"),  # 国家…局: no row needed
        ("江西省", "国家林草局", "中央/国家林业和草原局", "国家林业和草原局", ["林业"], "agency"),
        ("江西省", "中国人民银行", "中央/中国人民银行", "中国人民银行", ["金融"], "agency"),
        ("江西省", "中国证监会", "中央/中国证券监督管理委员会", "中国证券监督管理委员会", ["金融"], "agency"),
        ("昌江区", "环保部", "中央/环境保护部", "环境保护部", ["生态环境"], "agency"),  # pre-2018, kept as named
        # … but a branch that names its place is that place's, and a level prefix is the plan's level
        ("江西省", "国家能源局江西监管办", "江西省/能源监管办", "江西省能源监管办", ["能源"], "agency"),
        ("江西省", "省发展改革委", "江西省/发展和改革委员会", "江西省发展和改革委员会", ["发展改革"], "agency"),
        ("江西省", "人民银行", "江西省/人民银行", "江西省人民银行", ["金融"], "agency"),
        ("江西省", "国家级自然保护区管理局", "江西省/国家级自然保护区管理局", "国家级自然保护区管理局", ["林业"], "agency"),
        ("XX投资区", "经济发展部", "XX投资区/经济发展部", "XX投资区经济发展部", ["发展改革"], "agency"),  # a zone's 部
        ("江西省", "省委办公厅", "江西省/委办公厅", "江西省委办公厅", ["党委"], "party"),
        # the Party centre's organs keep 中央 in their name (were 中央/宣传部, an agency)
        ("江西省", "中央宣传部", "中央/中央宣传部", "中央宣传部", ["党委", "宣传"], "party"),
        ("四川省", "中央网信办", "中央/中央网络安全和信息化委员会办公室", "中央网络安全和信息化委员会办公室", ["党委", "宣传"], "party"),
        # national bodies whose names start with neither 国家 nor 国务院 (were the plan's own)
        ("广东省", "外交部", "中央/外交部", "外交部", ["外事"], "agency"),
        ("广东省", "最高人民检察院", "中央/最高人民检察院", "最高人民检察院", ["检察院"], "judiciary"),
        ("广东省", "中国科学院", "中央/中国科学院", "中国科学院", ["科技"], "agency"),
        ("广东省", "全国妇联", "中央/中华全国妇女联合会", "中华全国妇女联合会", ["群团"], "other"),
        ("江西省", "税务总局", "中央/国家税务总局", "国家税务总局", ["税务"], "agency"),
        ("江西省", "国家药监局", "中央/国家药品监督管理局", "国家药品监督管理局", ["市场监管"], "agency"),
        ("江西省", "国家移民局", "中央/国家移民管理局", "国家移民管理局", ["公安"], "agency"),
        ("江西省", "省药品监督管理局", "江西省/药品监督管理局", "江西省药品监督管理局", ["市场监管"], "agency"),
        # a garrison named after its city is no place's government (was 军分区/人民政府)
        ("绵阳市", "绵阳军分区", "绵阳市/军分区", "绵阳市军分区", ["军事"], "other"),
        ("广州市", "广州警备区", "广州市/警备区", "广州市警备区", ["军事"], "other"),
        ("江西省", "中央军委政治工作部", "中央/中央军委政治工作部", "中央军委政治工作部", ["军事"], "other"),
        # the 兵团 is a province-level place of its own (was 新疆's 生产建设兵团发展改革委)
        ("新疆维吾尔自治区", "新疆生产建设兵团发展改革委", "新疆生产建设兵团/发展和改革委员会", "新疆生产建设兵团发展和改革委员会", ["发展改革"], "agency"),
        ("新疆维吾尔自治区", "自治区发展改革委", "新疆维吾尔自治区/发展和改革委员会", "新疆维吾尔自治区发展和改革委员会", ["发展改革"], "agency"),
        # the committees' financial office since 2023 (was 委金融办, no expansion)
        ("河南省", "省委金融办", "河南省/委金融委员会办公室", "河南省委金融委员会办公室", ["党委", "金融"], "party"),
        # a national body's 司 is a division of that body, in any plan (was the plan's own body)
        ("江西省", "国家发展改革委价格司", "中央/国家发展和改革委员会/价格司", "国家发展和改革委员会价格司", ["发展改革"], "division"),
        # near misses: the central bodies stationed in a province are the plan's collective (was
        # 中央/驻粤有关单位); a city's central business district is the city's
        ("广东省", "中央驻粤有关单位", "广东省/中央驻粤有关单位", "广东省中央驻粤有关单位", [], "collective"),
        ("宜春市", "中央、省驻宜有关单位", "宜春市/中央、省驻宜有关单位", "宜春市中央、省驻宜有关单位", [], "collective"),
        ("成都市", "中央商务区管委会", "成都市/中央商务区管委会", "成都市中央商务区管委会", ["商务", "园区"], "government"),
        ("江西省", "国家电网有限公司", "江西省/国家电网有限公司", "国家电网有限公司", ["能源"], "enterprise"),
    ],
)
def test_national_bodies(plan_j, text, agency_id, name, functions, kind):
    a = resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=plan_j))
    assert (a.agency_id, a.name, a.functions, a.kind) == (agency_id, name, functions, kind)


def test_local_bodies_named_national_stay_local():
    # 市国家安全局 / 国家保密局: local bodies carry these names too
    reg = load_registry()
    assert resolve_mention(reg, "市国家安全局", PlanMeta("p", "p.txt", jurisdiction="绵阳市")).agency_id == "绵阳市/国家安全局"
    assert resolve_mention(reg, "国家保密局", PlanMeta("p", "p.txt", jurisdiction="绵阳市")).agency_id == "绵阳市/国家保密局"
    # ... and are named with their place (were named 国家保密局 / 国家安全局, the national bodies' names)
    assert resolve_mention(reg, "市国家保密局", PlanMeta("p", "p.txt", jurisdiction="台州市")).name == "台州市国家保密局"
    assert resolve_mention(reg, "市国家安全局", PlanMeta("p", "p.txt", jurisdiction="绵阳市")).name == "绵阳市国家安全局"
    # near misses: a national body's branch names its own place, a bare national body none
    assert resolve_mention(reg, "国家税务总局台州市税务局", PlanMeta("p", "p.txt", jurisdiction="台州市")).name == "台州市税务局"
    assert resolve_mention(reg, "国家能源局", PlanMeta("p", "p.txt", jurisdiction="台州市")).name == "国家能源局"


def test_issuers_run_together_still_give_the_places_above():
    # 中共三台县委 and 四川省绵阳市三台县人民政府 on one line, read as one issuer
    reg = load_registry()
    meta = PlanMeta("p", "p.txt", jurisdiction="三台县", issuers=["中共三台县委四川省绵阳市三台县人民政府"])
    assert plan_chain(meta, reg) == ("三台县", "绵阳市", "四川省")
    assert resolve_mention(reg, "市生态环境局", meta).agency_id == "绵阳市/生态环境局"
    assert resolve_mention(reg, "省生态环境厅", meta).agency_id == "四川省/生态环境厅"
    # a city and its district issuing together: the plan stays the city's
    joint = PlanMeta("p", "p.txt", jurisdiction="成都市", issuers=["成都市人民政府成都市青白江区人民政府"])
    assert plan_chain(joint, reg)[0] == "成都市"


@pytest.mark.parametrize(
    "plan_j,texts,agency_id,functions,kind",
    [
        ("江西省", ["省政府办公厅", "省人民政府办公厅"], "江西省/人民政府办公厅", ["政府办公室"], "government"),
        ("江西省", ["民航江西监管局"], "江西省/民航监管局", ["交通运输"], "agency"),
        ("江西省", ["省烟草专卖局"], "江西省/烟草专卖局", ["烟草"], "agency"),
        ("三台县", ["县人武部", "县人民武装部"], "三台县/人民武装部", ["军事"], "other"),
        ("景德镇市", ["武警景德镇支队"], "景德镇市/武警支队", ["军事"], "other"),
    ],
)
def test_provincial_and_vertical_bodies(plan_j, texts, agency_id, functions, kind):
    reg = load_registry()
    plan = PlanMeta("p", "p.txt", jurisdiction=plan_j)
    for t in texts:
        a = resolve_mention(reg, t, plan)
        assert (t, a.agency_id, a.functions, a.kind) == (t, agency_id, functions, kind)


ONE_BODY_OLD_AND_OFFICES = [
    ("三台县", ["县卫计局", "县卫生计生局", "县卫生和计划生育局", "县卫计委"], "三台县/卫生和计划生育委员会", ["卫生健康"]),  # one_body.csv
    ("三台县", ["县农委", "县农业委员会"], "三台县/农业委员会", ["农业农村"]),
    ("三台县", ["县食药监局", "县食药局", "县食品药品监管局"], "三台县/食品药品监督管理局", ["市场监管"]),
    ("三台县", ["县安监局", "县安全监管局"], "三台县/安全生产监督管理局", ["应急管理"]),
    ("三台县", ["县国资局", "县国有资产监督管理局"], "三台县/国有资产监督管理局", ["国资"]),
    ("三台县", ["县扶贫办", "县扶贫开发办公室"], "三台县/扶贫开发办公室", ["乡村振兴"]),
    ("三台县", ["县安委办", "县安全生产委员会办公室"], "三台县/安全生产委员会办公室", ["应急管理"]),
    ("三台县", ["县食安办", "县食品安全委员会办公室"], "三台县/食品安全委员会办公室", ["市场监管"]),
    ("三台县", ["县爱卫办", "县爱国卫生运动委员会办公室"], "三台县/爱国卫生运动委员会办公室", ["卫生健康"]),
    # short names of real plans (合肥市林园局, 重庆 区生环委办) were bodies of their own
    ("三台县", ["县林园局", "县林业和园林局"], "三台县/林业和园林局", ["林业", "城市管理"]),
    ("三台县", ["县生环委办", "县环委办", "县生态环境保护委员会办公室"], "三台县/生态环境保护委员会办公室", ["生态环境"]),
    ("三台县", ["县田长办", "县田长制办公室"], "三台县/田长制办公室", ["农业农村"]),
    ("三台县", ["县双碳办", "县碳达峰碳中和工作领导小组办公室"], "三台县/碳达峰碳中和工作领导小组办公室", ["发展改革"]),
    ("三台县", ["县妇联", "县妇女联合会"], "三台县/妇女联合会", ["群团"]),  # (the full name had no function)
    # the league's committee after its place's short name (宜昌团市委, 江北团区委; was 宜昌市/团市委)
    ("江北区", ["团区委", "江北团区委", "共青团江北区委"], "江北区/团委", ["群团"]),
    # 长江海事局's branch named after its city, written with and without 长江 (宜昌海事局)
    ("宜昌市", ["宜昌海事局", "长江宜昌海事局"], "宜昌市/海事局", ["交通运输"]),
    # a district's natural resources body written as the city bureau's branch and by its own level
    # in one plan (重庆 区规划自然资源局 / 市规划自然资源局江北区分局): was two agencies (one_body.csv)
    ("江北区", ["区规划自然资源局", "市规划自然资源局江北区分局"], "江北区/规划和自然资源局", ["自然资源"]),
    ("怀宁县", ["县自然资源和规划局", "安庆市自然资源和规划局怀宁分局"], "怀宁县/自然资源和规划局", ["自然资源"]),
    # a district's police is the city bureau's branch, written 区公安分局 and 区公安局 in one
    # district's plans (重庆市公安局江北区分局): was two agencies (one_body.csv, districts only)
    ("江北区", ["区公安分局", "区公安局", "重庆市公安局江北区分局", "江北公安分局"], "江北区/公安局", ["公安"]),
    ("涪城区", ["区公安分局", "区公安局", "市公安局涪城区分局", "涪城公安分局"], "涪城区/公安局", ["公安"]),
]


@pytest.mark.parametrize(
    "plan_j,text,agency_id",
    [
        # a county's (or county-level city's) 公安局 is its own bureau: a 公安分局 there is no
        # name of it and stays apart
        ("三台县", "县公安局", "三台县/公安局"),
        ("三台县", "市公安局三台分局", "三台县/公安分局"),
        ("昆山市", "市公安局", "昆山市/公安局"),
        # a zone's police branch has no 公安局 beside it and keeps its id
        ("绵阳市", "市公安局高新区分局", "绵阳高新区/公安分局"),
        # a district's other police bodies stay apart from its police
        ("江北区", "区森林公安分局", "江北区/森林公安分局"),
        ("江北区", "区公安分局派出所", "江北区/公安分局派出所"),
        ("金水区", "区交警大队", "金水区/交通警察大队"),
        ("合肥市", "市公安局交警支队", "合肥市/交通警察支队"),
        ("合肥市", "合肥铁路公安处", "合肥市/铁路公安处"),
        # the city's own bureau in the district's plan stays the city's
        ("涪城区", "市公安局", "绵阳市/公安局"),
    ],
)
def test_only_a_districts_police_branch_is_its_police(plan_j, text, agency_id):
    assert resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=plan_j)).agency_id == agency_id


@pytest.mark.parametrize("plan_j,text,functions", [
    # offices and bodies of real plans whose names said no function (were unknown agencies)
    ("昆明市", "市河（湖）长制工作领导小组办公室", ["河长制"]),
    ("太原市", "市城乡管理局", ["城市管理"]),
    ("苏州市", "市碳达峰碳中和工作领导小组办公室", ["发展改革"]),
    ("五常市", "市秸秆禁烧工作指挥部", ["农业农村"]),
    # near misses: the planning and the construction bodies named for town and country keep theirs
    ("某县", "县城乡规划局", ["自然资源"]),
    ("某县", "县城乡建设局", ["住房城乡建设"]),
])
def test_offices_named_by_their_campaign_have_its_function(plan_j, text, functions):
    a = resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=plan_j))
    assert a.functions == functions and a.known


def test_a_natural_resources_branch_is_its_places_not_its_citys():
    """Near misses of the branch rule: the city's own bureau in the county's plan stays the city's, and
    the branch is the county's, not the city bureau (市自然资源和规划局 / 市自然资源和规划局怀宁分局)."""
    plan = PlanMeta("p", "p.txt", jurisdiction="怀宁县")
    reg = load_registry()
    assert resolve_mention(reg, "市自然资源和规划局", plan).agency_id == "安庆市/自然资源和规划局"
    assert resolve_mention(reg, "市自然资源和规划局怀宁分局", plan).agency_id == "怀宁县/自然资源和规划局"


def test_the_yangtze_maritime_bureau_is_no_citys_branch():
    """Near miss of 长江*海事局: 长江海事局 itself is the ministry's, in any plan."""
    plan = PlanMeta("p", "p.txt", jurisdiction="九江市")
    assert resolve_mention(load_registry(), "长江海事局", plan).agency_id == "中央/交通运输部长江海事局"


@pytest.mark.parametrize("plan_j,texts,agency_id,functions", ONE_BODY_OLD_AND_OFFICES, ids=[g[2] for g in ONE_BODY_OLD_AND_OFFICES])
def test_old_names_and_offices_are_one_agency(plan_j, texts, agency_id, functions):
    test_names_of_one_body_are_one_agency(plan_j, texts, agency_id, functions)


def test_zone_plan_bodies_and_the_city_its_name_gives():
    reg = load_registry()
    zone = PlanMeta("z", "z.txt", jurisdiction="绵阳高新区")
    # a zone named after a listed city is that city's: 市X in its plan is 绵阳市's, not 绵阳高新区所在市
    assert plan_chain(zone, reg) == ("绵阳高新区", "绵阳市", "四川省")
    assert resolve_mention(reg, "市生态环境局", zone).agency_id == "绵阳市/生态环境局"
    assert plan_chain(PlanMeta("z", "z.txt", jurisdiction="赣江新区"), reg) == ("赣江新区",)  # no listed place in its name
    # the zone's 大队 / 支队 are its bodies too, and its firms a collective that keeps the level
    tp = resolve_mention(reg, "高新区交警大队", zone)
    assert (tp.agency_id, tp.functions, tp.kind) == ("绵阳高新区/交通警察大队", ["公安"], "agency")
    soe = resolve_mention(reg, "区属国有企业", zone)
    assert (soe.agency_id, soe.functions, soe.kind) == ("绵阳高新区/区属国有企业", ["国有企业"], "collective")
    city_soe = resolve_mention(reg, "市属国企", PlanMeta("p", "p.txt", jurisdiction="绵阳市"))
    assert (city_soe.agency_id, city_soe.kind) == ("绵阳市/市属国企", "collective")
    old = resolve_mention(reg, "县监察局", PlanMeta("p", "p.txt", jurisdiction="三台县"))
    assert (old.agency_id, old.functions) == ("三台县/监察局", ["纪检监察"])  # pre-2018, kept as named


def test_party_committee_and_government_named_together_is_one_id():
    reg = load_registry()
    plan = PlanMeta("p", "p.txt", jurisdiction="三台县")
    texts = ["县委、县政府", "县委县政府", "县委和县政府", "县委、县人民政府", "中共三台县委、三台县人民政府"]
    got = {t: (a.agency_id, a.functions, a.kind) for t in texts for a in [resolve_mention(reg, t, plan)]}
    assert got == {t: ("三台县/委、政府", ["党委", "政府"], "party") for t in texts}
    assert resolve_mention(reg, "县委", plan).agency_id == "三台县/委"
    assert resolve_mention(reg, "县政府", plan).agency_id == "三台县/人民政府"


@pytest.mark.parametrize(
    "plan_j,text,agency_id,functions,kind",
    [
        # 城关 / 关岭 / 中江 / 公安县 are places: 关, 中, 公 are no signs of a collective or a body
        ("三台县", "城关街道党工委", "城关街道/党工委", ["党委"], "party"),
        ("三台县", "城关镇党委", "城关镇/党委", ["党委"], "party"),
        ("三台县", "城关街道办", "城关街道/办事处", ["乡镇街道"], "government"),
        # (关岭县 is 关岭布依族苗族自治县 written short, one id since stop 22)
        ("黔南州", "市生态环境局关岭县分局", "关岭布依族苗族自治县/生态环境局", ["生态环境"], "agency"),
        # an autonomous county written in full in its branch's name, longer than eight characters
        # (was the city bureau's, named 大庆市生态环境局杜尔伯特蒙古族自治县分局)
        ("杜尔伯特蒙古族自治县", "大庆市生态环境局杜尔伯特蒙古族自治县分局", "杜尔伯特蒙古族自治县/生态环境局", ["生态环境"], "agency"),
        ("大庆市", "市生态环境局杜尔伯特蒙古族自治县分局", "杜尔伯特蒙古族自治县/生态环境局", ["生态环境"], "agency"),
        ("德阳市", "国家税务总局中江县税务局", "中江县/税务局", ["税务"], "agency"),
        ("荆州市", "国网公安县供电公司", "公安县/供电公司", ["能源"], "enterprise"),
        # towns in general and a county's departments in general are collectives, not a place
        ("三台县", "乡镇人民政府", "三台县/乡镇人民政府", ["乡镇街道"], "collective"),
        ("三台县", "县直部门", "三台县/县直部门", [], "collective"),
        # (县直机关工委: a party body, no collective; filed under its full name, as 县委直属机关工委 is)
        ("三台县", "县直机关工委", "三台县/直属机关工作委员会", ["党委"], "party"),
    ],
)
def test_town_bodies_and_places_with_common_characters(plan_j, text, agency_id, functions, kind):
    a = resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=plan_j))
    assert (a.agency_id, a.functions, a.kind) == (agency_id, functions, kind)


@pytest.mark.parametrize(
    "texts,agency_id,functions",
    [
        (["市社保局", "市社会保险事业管理局"], "绵阳市/社会保险事业管理局", ["人力社保"]),
        (["市外办", "市外事办"], "绵阳市/外事办公室", ["外事"]),
        (["市委外办", "市委外事工作委员会办公室"], "绵阳市/委外事工作委员会办公室", ["党委", "外事"]),
        (["市妇幼保健院"], "绵阳市/妇幼保健院", ["卫生健康"]),
        (["市老干部局"], "绵阳市/老干部局", ["党委"]),
        (["市贸促会"], "绵阳市/贸促会", ["商务"]),
    ],
)
def test_city_service_bodies(texts, agency_id, functions):
    test_names_of_one_body_are_one_agency("绵阳市", texts, agency_id, functions)


# --------------------------------------------------------------------------- second nameplates

NAMEPLATE_PLAN = """三台县人民政府办公室关于印发三台县2022年生态环境保护工作要点的通知

一、重点任务
（一）加强宣传引导。开展生态文明宣传教育活动。（牵头单位：县委宣传部（县文明办）；责任单位：县人社局（县医保局）、县融媒体中心）
（二）优化机构编制。完善机构设置。（牵头单位：县委组织部（县委编办）；责任单位：县政府办（县大数据中心）、县发展改革委（县粮食和物资储备局））
（三）推进农业面源污染治理。（牵头单位：县农林水与生态环境局（农业、水利）；责任单位：县文明办、县医保局、各乡镇（街道）、县水利局（牵头））
（四）推进园区建设。（牵头单位：县工业园区管委会（加挂县经开区管委会牌子）；责任单位：县委编办（县委组织部）、县行政审批局（县政务服务中心）（牵头））
"""


def test_second_nameplate_is_one_body_that_also_goes_by_it(tmp_path):
    """县委宣传部（县文明办）: one office under two names (or one housed in the other): one
    assignment to the unit written first, counted once; the bracket's name is an alias of that body
    and its functions are the body's too. Near misses: a portfolio, a collective's bracket and a
    role marker are no nameplates, and the bracket's body named alone stays its own id."""
    from respgraph.extract import extract_file

    rp = resolve_plan(extract_text(tmp_path, NAMEPLATE_PLAN, "三台县2022.txt"))
    by_task = {tid.rsplit(":", 1)[1]: [(a.agency_id, a.mention, a.role) for a in assigns] for tid, assigns in rp.assignments.items()}
    assert by_task["001"] == [
        ("三台县/委宣传部", "县委宣传部", "lead"),
        ("三台县/人力资源和社会保障局", "县人社局", "support"),
        ("三台县/融媒体中心", "县融媒体中心", "support"),
    ]
    assert [i for i, _, _ in by_task["002"]] == ["三台县/委组织部", "三台县/人民政府办公室", "三台县/发展和改革委员会"]
    ag = rp.agencies
    assert (ag["三台县/委宣传部"].functions, ag["三台县/委宣传部"].aliases) == (["党委", "宣传"], ["县委宣传部", "县文明办"])
    assert (ag["三台县/人力资源和社会保障局"].functions, ag["三台县/人力资源和社会保障局"].aliases) == (["人力社保", "医疗保障"], ["县人社局", "县医保局"])
    assert ag["三台县/委组织部"].aliases == ["县委组织部", "县委编办"]
    assert ag["三台县/人民政府办公室"].functions == ["政府办公室", "数据"]
    assert ag["三台县/发展和改革委员会"].functions == ["发展改革", "粮食"]
    # near misses: the bracket's body alone is its own id; portfolio, collective, role marker unchanged
    assert [i for i, _, _ in by_task["003"]] == [
        "三台县/农林水与生态环境局", "三台县/委精神文明建设办公室", "三台县/医疗保障局", "三台县/各乡镇（街道）", "三台县/水利局",
    ]
    assert rp.assignments[next(t for t in rp.assignments if t.endswith("003"))][0].portfolio == ["农业", "水利"]
    assert ag["三台县/水利局"].aliases == ["县水利局"]
    assert ag["三台县/各乡镇（街道）"].aliases == ["各乡镇（街道）"]
    # said in words, before a role marker, or ending in 部 / 管委会
    assert [(i, r) for i, _, r in by_task["004"]] == [
        ("三台县/工业园区管委会", "lead"), ("三台县/委机构编制委员会办公室", "support"), ("三台县/行政审批局", "lead"),
    ]
    assert ag["三台县/工业园区管委会"].aliases == ["县工业园区管委会", "县经开区管委会"]
    assert ag["三台县/委机构编制委员会办公室"].aliases == ["县委编办", "县委组织部"]
    assert ag["三台县/行政审批局"].aliases == ["县行政审批局", "县政务服务中心"]
    assert all(a.portfolio == [] for a in rp.assignments[next(t for t in rp.assignments if t.endswith("004"))])


@pytest.mark.parametrize(
    "text, agency_id, functions",
    [
        ("县发展和改革局（县粮食和物资储备局）", "三台县/发展和改革委员会", ["发展改革", "粮食"]),
        ("县委办（县政府办）", "三台县/委办公室", ["党委", "政府办公室"]),
        ("县农林水与生态环境局（农业、水利）", "三台县/农林水与生态环境局（农业、水利）", ["农业农村", "林业", "水利", "生态环境"]),  # a portfolio: unchanged (resolve_mention gets portfolios apart)
        ("各乡镇（街道）", "三台县/各乡镇（街道）", ["乡镇街道"]),
    ],
)
def test_resolve_mention_reads_a_nameplate_bracket(text, agency_id, functions):
    a = resolve_mention(None, text, PlanMeta("p", "p.txt", jurisdiction="三台县"))
    assert (a.agency_id, a.functions) == (agency_id, functions)


# --------------------------------------------------------------------------- renamed bodies

PLAN_2016 = """三台县人民政府办公室关于印发三台县2016年环境保护工作要点的通知

一、重点任务
（一）强化执法监管。开展环境执法专项行动。（牵头单位：县环保局；责任单位：县国土资源局、县农业局、县卫计局、县安监局、县工商局、县质监局、县水务局、县民政局）
"""
PLAN_2022 = """三台县人民政府办公室关于印发三台县2022年生态环境保护工作要点的通知

一、重点任务
（一）强化执法监管。开展环境执法专项行动。（牵头单位：市生态环境局三台分局；责任单位：县自然资源和规划局、县农业农村局、县卫生健康局、县应急管理局、县市场监管局、县水利局、县民政局）
"""
OTHER_2016 = """盐亭县人民政府办公室关于印发盐亭县2016年环境保护工作要点的通知

一、重点任务
（一）强化执法监管。开展环境执法专项行动。（牵头单位：县环保局；责任单位：县国土资源局）
"""


def test_bodies_of_the_2023_reforms_link_to_their_successors():
    """Renamed or merged by the 2023-25 reforms, linked (not merged) where a graph holds both: a
    province's 乡村振兴局 to its 农业农村厅 (only a 农业农村局 was listed), the 银保监局 and 银保监分局 to
    the 国家金融监督管理总局's 金融监管局 / 金融监管分局, the 地方金融监督管理局 to the 委金融办."""
    reg = load_registry()
    present = {"黑龙江省/农业农村厅", "黑龙江省/金融监管局", "齐齐哈尔市/金融监管分局", "黑龙江省/委金融委员会办公室", "克山县/农业农村局"}
    assert reg.successor("黑龙江省/乡村振兴局", present) == "黑龙江省/农业农村厅"
    assert reg.successor("克山县/乡村振兴局", present) == "克山县/农业农村局"
    assert reg.successor("黑龙江省/银保监局", present) == "黑龙江省/金融监管局"
    assert reg.successor("齐齐哈尔市/银保监分局", present) == "齐齐哈尔市/金融监管分局"
    assert reg.successor("黑龙江省/地方金融监督管理局", present) == "黑龙江省/委金融委员会办公室"
    assert reg.successor("黑龙江省/乡村振兴局", {"克山县/农业农村局"}) is None  # another place's body: no link
    # 广东's 政务服务数据管理局 (政数局), renamed 政务服务和数据管理局 by the 2024-25 data reform: linked, not merged
    assert reg.successor("南海区/政务服务数据管理局", {"南海区/政务服务和数据管理局"}) == "南海区/政务服务和数据管理局"
    assert reg.successor("南海区/政务服务数据管理局", {"南海区/数据局"}) == "南海区/数据局"


_HENAN_FINANCE = """河南省人民政府办公厅关于印发河南省{year}年金融支持实体经济工作要点的通知
一、重点任务
（一）加强普惠金融服务。（牵头单位：省金融监管局；配合单位：人行河南省分行、国家金融监督管理总局河南监管局）
（二）防范化解金融风险。（牵头单位：河南金融监管局；配合单位：省地方金融监管局、省财政厅）
"""


@pytest.mark.parametrize("year, level_word, short_place", [
    (2022, "河南省/地方金融监督管理局", "河南省/地方金融监督管理局"),  # no national office yet: both the local bureau
    (2023, "河南省/地方金融监督管理局", "河南省/金融监管局"),  # the national office names itself 河南金融监管局
    (2024, "河南省/金融监管局", "河南省/金融监管局"),  # the local bureau is the 委金融办 / 地方金融管理局 now
])
def test_a_provinces_financial_regulator_is_told_from_the_national_office_by_the_plans_year(tmp_path, year, level_word, short_place):
    """省金融监管局 was the province's own 地方金融监督管理局 until the 2023-24 reform, and the
    国家金融监督管理总局's 河南 office is 河南金融监管局 since 2023: one id for both (河南省/金融监管局)
    merged two bodies. The national office's full name is the national office's in any year; the
    written 省地方金融监管局 the local bureau's in any year."""
    rp = resolve_plan(extract_text(tmp_path, _HENAN_FINANCE.format(year=year)))
    ids = {a.mention: a.agency_id for rows in rp.assignments.values() for a in rows}
    assert ids["省金融监管局"] == level_word
    assert ids["河南金融监管局"] == short_place
    assert ids["国家金融监督管理总局河南监管局"] == "河南省/金融监管局"
    assert ids["省地方金融监管局"] == "河南省/地方金融监督管理局"
    assert ids["省财政厅"] == "河南省/财政厅"
    # named as each names itself: the national office by the province's short name, the local bureau in full
    names = {a.agency_id: a.agency for rows in rp.assignments.values() for a in rows}
    assert names["河南省/金融监管局"] == "河南金融监管局"
    assert names["河南省/地方金融监督管理局"] == "河南省地方金融监督管理局"


_DALIAN_FINANCE = """大连市人民政府办公室关于印发大连市{year}年金融支持实体经济工作要点的通知
一、重点任务
（一）加强普惠金融服务。（牵头单位：市金融监管局；配合单位：国家金融监督管理总局大连监管局）
（二）防范化解金融风险。（牵头单位：大连金融监管局；配合单位：市地方金融监管局、市财政局）
"""


@pytest.mark.parametrize("year, level_word", [
    (2022, "大连市地方金融监督管理局"),  # the city's own bureau, as before
    (2024, "大连金融监管局"),  # (was 大连市金融监管局: a name no body bears)
])
def test_a_separately_planned_citys_national_financial_office_is_named_as_a_provinces(tmp_path, year, level_word):
    """A 计划单列 city (大连, 青岛, 宁波, 厦门, 深圳) has an office of the national financial regulator of
    its own (国家金融监督管理总局大连监管局), named by the city's short name as a province's is
    (大连金融监管局; was 大连市金融监管局); the year rule that tells it from the city's own bureau is the
    province's. Near misses: the city's own bureau keeps its full name, and an ordinary city's national
    office is a 金融监管分局 (test above)."""
    rp = resolve_plan(extract_text(tmp_path, _DALIAN_FINANCE.format(year=year)))
    names = {a.mention: a.agency for rows in rp.assignments.values() for a in rows}
    assert names["市金融监管局"] == level_word
    assert names["国家金融监督管理总局大连监管局"] == "大连金融监管局"
    assert names["市地方金融监管局"] == "大连市地方金融监督管理局"
    assert names["市财政局"] == "大连市财政局"


def test_a_citys_financial_bureau_before_2024_is_the_citys_own(tmp_path):
    """市金融监管局 in a 2021 city plan is the city's 地方金融监督管理局 (the national system has a
    金融监管分局 there, 郑州金融监管分局, kept apart); a plan of no known year reads it so too."""
    text = "郑州市{year}金融工作要点\n一、重点任务\n（一）推进金融改革。（牵头单位：市金融监管局；配合单位：郑州金融监管分局）\n"
    for year in ("2021年", ""):
        rp = resolve_plan(extract_text(tmp_path, text.format(year=year)))
        ids = {a.mention: a.agency_id for rows in rp.assignments.values() for a in rows}
        assert ids == {"市金融监管局": "郑州市/地方金融监督管理局", "郑州金融监管分局": "郑州市/金融监管分局"}, year


def test_livestock_machinery_and_finance_offices_link_to_their_successors():
    """The 2018 reform merged the 畜牧(兽医/水产)局 and the 农机局 into the 农业农村局; the
    government's 金融办 became the 地方金融监督管理局 (市金融局), whose work the 委金融办 took over
    in 2023-24: linked where a graph holds both (were linked to nothing). 水务局 stays unlinked."""
    reg = load_registry()
    present = {"邢台市/农业农村局", "宁晋县/农业农村局", "南和区/农业农村局", "邢台市/委金融委员会办公室",
               "某市/地方金融监督管理局", "宁晋县/水利局"}
    assert reg.successor("邢台市/畜牧水产局", present) == "邢台市/农业农村局"
    assert reg.successor("宁晋县/畜牧局", present) == "宁晋县/农业农村局"
    assert reg.successor("宁晋县/畜牧兽医局", present) == "宁晋县/农业农村局"
    assert reg.successor("宁晋县/农机局", present) == "宁晋县/农业农村局"
    assert reg.successor("邢台市/金融局", present) == "邢台市/委金融委员会办公室"
    assert reg.successor("某市/金融工作办公室", present) == "某市/地方金融监督管理局"
    assert reg.successor("柏乡县/畜牧局", present) is None  # another place's body: no link
    assert reg.successor("宁晋县/水务局", present) is None


def test_bodies_the_2018_reform_merged_away_link_to_their_successors(tmp_path):
    """A 2016 plan's 法制办, 公安消防支队, 国税局 / 地税局, 地震局, 粮食局, 物价局, 老龄办 and 银监分局 and
    a 2021 plan's 司法局, 消防救援支队, 税务局, 应急局, 发改委, 卫健委 and 银保监分局 of one city: linked
    (were linked to nothing); the 银监分局 is a financial body (was of no known function). Bodies
    never merged away (公安局, 财政局) link to nothing."""
    from respgraph.extract import extract_file
    from respgraph.graph import build_graph

    old = tmp_path / "a.txt"
    old.write_text("邢台市人民政府办公室关于印发邢台市2016年重点工作任务分工的通知\n一、重点任务\n"
                   "（一）规范执法。（牵头单位：市政府法制办；责任单位：市公安消防支队、市国税局、市地税局、市地震局、市公安局）\n"
                   "（二）保障粮食安全。（牵头单位：市粮食局；责任单位：市物价局、市老龄办、邢台银监分局、市财政局）\n", encoding="utf-8")
    new = tmp_path / "b.txt"
    new.write_text("邢台市人民政府办公室关于印发邢台市2021年重点工作任务分工的通知\n一、重点任务\n"
                   "（一）规范执法。（牵头单位：市司法局；责任单位：市消防救援支队、国家税务总局邢台市税务局、市应急局、市公安局）\n"
                   "（二）保障粮食安全。（牵头单位：市发展改革委；责任单位：市卫健委、邢台银保监分局、市财政局）\n", encoding="utf-8")
    G = build_graph([resolve_plan(extract_file(f)) for f in (old, new)])
    agencies = {d["agency_id"]: d for _, d in G.nodes(data=True) if d.get("type") == "Agency"}
    assert {a: d["successor"] for a, d in agencies.items() if "successor" in d} == {
        "邢台市/人民政府法制办公室": "邢台市/司法局",
        "邢台市/公安消防支队": "邢台市/消防救援支队",
        "邢台市/国税局": "邢台市/税务局",
        "邢台市/地税局": "邢台市/税务局",
        "邢台市/地震局": "邢台市/应急管理局",
        "邢台市/粮食局": "邢台市/发展和改革委员会",  # no 粮食和物资储备局 in the build: the 发改委 took it in
        "邢台市/物价局": "邢台市/发展和改革委员会",
        "邢台市/老龄办": "邢台市/卫生健康委员会",
        "邢台市/银监分局": "邢台市/银保监分局",
    }
    assert agencies["邢台市/银监分局"]["functions"] == ["金融"]


def test_bodies_renamed_before_and_by_the_2018_reform_link_to_todays(tmp_path):
    """A 2012 plan's 卫生局, 人口计生委, 城乡建设委 (济南's, written with 委 for 委员会), 经贸委, 经委 and
    监察局 and a 2022 plan's 卫健委, 住建局, 工信局 and 纪委监委 of one city: the first five linked to
    the body that does their work today (were linked to nothing; 经贸委 and 经委 were of no known
    function), the 监察局 to the 纪委监委 it merged into. A body never renamed (公安局) and one whose
    work was split (海洋与渔业局: the sea to 自然资源, fisheries to 农业农村) link to nothing."""
    from respgraph.extract import extract_file
    from respgraph.graph import build_graph

    old = tmp_path / "a.txt"
    old.write_text("济南市人民政府办公厅关于印发济南市2012年环境保护重点工作分工的通知\n一、重点任务\n"
                   "（一）加强医疗废物监管。（牵头单位：市卫生局；配合单位：市人口计生委、市环保局、市公安局）\n"
                   "（二）推进建筑节能。（牵头单位：市城乡建设委；配合单位：市建设局、市经贸委、市经委）\n"
                   "（三）加强执法监督。（牵头单位：市监察局；配合单位：市海洋与渔业局）\n", encoding="utf-8")
    new = tmp_path / "b.txt"
    new.write_text("济南市人民政府办公厅关于印发济南市2022年生态环境保护重点工作分工的通知\n一、重点任务\n"
                   "（一）加强医疗废物监管。（牵头单位：市卫健委；配合单位：市生态环境局、市公安局）\n"
                   "（二）推进建筑节能。（牵头单位：市住建局；配合单位：市工信局、市农业农村局）\n"
                   "（三）加强执法监督。（牵头单位：市纪委监委；配合单位：市自然资源和规划局）\n", encoding="utf-8")
    G = build_graph([resolve_plan(extract_file(f)) for f in (old, new)])
    agencies = {d["agency_id"]: d for _, d in G.nodes(data=True) if d.get("type") == "Agency"}
    assert {a: d["successor"] for a, d in agencies.items() if "successor" in d} == {
        "济南市/卫生局": "济南市/卫生健康委员会",
        "济南市/人口和计划生育委员会": "济南市/卫生健康委员会",
        "济南市/城乡建设委员会": "济南市/住房和城乡建设局",
        "济南市/经济贸易委员会": "济南市/工业和信息化局",
        "济南市/经济委员会": "济南市/工业和信息化局",
        "济南市/监察局": "济南市/纪委监委",
        "济南市/环境保护局": "济南市/生态环境局",
    }
    assert sorted(agencies["济南市/经济贸易委员会"]["functions"]) == ["商务", "工业和信息化"]
    # the 2012 plan's 市建设局, two years past the 2010 reform, is the 住建局 (test_renamed_by_year.py):
    # no body of its own to link; it names no 住建局 beside the 城乡建设委, which keeps its link
    edge = G.edges["agency:济南市/住房和城乡建设局", "task:a:002", "SUPPORTS"]
    assert (edge["mention"], edge["renamed_from"]) == ("市建设局", "济南市/建设局")


FUZHOU_2016 = """福州市人民政府办公厅关于印发福州市2016年海洋经济发展重点工作分工的通知
一、重点任务
（一）加强海域管理。（牵头单位：市海洋与渔业局；配合单位：市国土资源局、市公安局）
"""
FUZHOU_2021 = """福州市人民政府办公厅关于印发福州市2021年海洋经济发展重点工作分工的通知
一、重点任务
（一）加强海域管理。（牵头单位：市自然资源和规划局；配合单位：市公安局）
（二）发展远洋渔业。（牵头单位：市农业农村局；配合单位：市财政局）
"""


def test_a_body_a_reform_split_lists_the_bodies_that_took_its_parts(tmp_path):
    # 海洋与渔业局 (2018: the sea to the 自然资源 bureau, fisheries to 农业农村) has no one successor
    # (one would give all its work to one half): it lists both as ``successors`` (was linked to nothing)
    from respgraph.extract import extract_file
    from respgraph.graph import build_graph

    files = []
    for name, text in (("a.txt", FUZHOU_2016), ("b.txt", FUZHOU_2021)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        files.append(tmp_path / name)
    G = build_graph([resolve_plan(extract_file(f)) for f in files])
    agencies = {d["agency_id"]: d for _, d in G.nodes(data=True) if d.get("type") == "Agency"}
    split = agencies["福州市/海洋与渔业局"]
    assert "successor" not in split and split["successors"] == ["福州市/自然资源和规划局", "福州市/农业农村局"]
    # near misses: a renamed body keeps its one successor and no list; a body never reformed has neither
    assert agencies["福州市/国土资源局"]["successor"] == "福州市/自然资源和规划局" and "successors" not in agencies["福州市/国土资源局"]
    assert not {"successor", "successors"} & set(agencies["福州市/公安局"])
    # ... and none in a graph without the later plan
    G = build_graph([resolve_plan(extract_file(files[0]))])
    assert "successors" not in G.nodes["agency:福州市/海洋与渔业局"]


def test_the_profile_and_the_agencies_table_show_a_split_bodys_successors(tmp_path):
    """respgraph agency and respgraph agencies show where a split body's work went, as they show a
    renamed body's successor (they showed nothing): 福州市海洋与渔业局's profile names both halves,
    each half's profile names it among the bodies whose work it took over, and the agencies table
    has the list (from plans and from a build alike, and so has a build's agencies table); a renamed
    body keeps its one successor and no list."""
    from respgraph.analysis.agency import agency_profile
    from respgraph.commands.agencies import agencies_frame, graph_frames
    from respgraph.extract import extract_file
    from respgraph.graph import build_graph

    files = []
    for name, text in (("a.txt", FUZHOU_2016), ("b.txt", FUZHOU_2021)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        files.append(tmp_path / name)
    resolved = [resolve_plan(extract_file(f)) for f in files]
    G = build_graph(resolved)
    old = agency_profile(G, "福州市海洋与渔业局")
    assert old.successors == ["福州市/自然资源和规划局", "福州市/农业农村局"] and old.successor is None
    assert "its work split among: 福州市自然资源和规划局、福州市农业农村局" in old.summary()
    assert old.to_dict()["successors_names"] == ["福州市自然资源和规划局", "福州市农业农村局"]
    farming = agency_profile(G, "福州市农业农村局")
    assert "福州市/海洋与渔业局" in farming.predecessors and farming.successors == []
    from respgraph.graph.tables import agencies_frame as build_agencies  # (Build.agencies(), export's agencies table)

    for df in (agencies_frame(resolved), graph_frames(G)[0], build_agencies(G)):
        rows = {r.agency_id: r for r in df.itertuples()}
        assert list(rows["福州市/海洋与渔业局"].successors) == ["福州市/自然资源和规划局", "福州市/农业农村局"]
        assert list(rows["福州市/国土资源局"].successors) == [] and rows["福州市/国土资源局"].successor == "福州市/自然资源和规划局"


def test_split_bodies_are_optional_and_checked(tmp_path):
    import shutil

    from respgraph.registry import DEFAULT_DIR, RegistryError

    assert load_registry().split["海洋与渔业局"][1] == ("农业农村局", "农业农村和水利局")
    copy = tmp_path / "reg"
    shutil.copytree(DEFAULT_DIR, copy)
    (copy / "split_bodies.csv").unlink()
    assert load_registry(copy).split == {}
    bad = tmp_path / "bad"  # (a registry is loaded once per directory)
    shutil.copytree(DEFAULT_DIR, bad)
    (bad / "split_bodies.csv").write_text("name,part,successors\n海洋与渔业局,海洋,\n", encoding="utf-8")
    with pytest.raises(RegistryError, match=r"split_bodies.csv: row 2: empty 'successors'"):
        load_registry(bad)


def _successor_links(tmp_path, plans: dict[str, str]) -> dict[str, str]:
    """The successor links of a graph of ``plans`` (file name -> text), the same as
    ``respgraph agencies`` gives them."""
    from respgraph.commands.agencies import agencies_frame
    from respgraph.extract import extract_file
    from respgraph.graph import build_graph

    files = []
    for name, text in plans.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        files.append(tmp_path / name)
    resolved = [resolve_plan(extract_file(f)) for f in files]
    G = build_graph(resolved)
    links = {d["agency_id"]: d["successor"] for _, d in G.nodes(data=True) if d.get("type") == "Agency" and "successor" in d}
    listed = {r.agency_id: r.successor for r in agencies_frame(resolved).itertuples() if isinstance(r.successor, str)}
    assert listed == links
    return links


def test_city_bodies_of_the_land_housing_and_transport_reforms_link_to_their_successors(tmp_path):
    """广州's 国土房管局 (to 2015) became the 国土规划委, which became the 规划和自然资源局 (2019); its 交委
    the 交通运输局; 大连's 国土房屋局 the 自然资源局; 杭州's 城管委 the 城市管理局 (all were linked to
    nothing). Each links to the next the graph holds."""
    head = "{city}人民政府办公厅关于印发{city}{year}年环境保护重点工作分工的通知\n一、重点任务\n"
    links = _successor_links(tmp_path, {
        "gz2014.txt": head.format(city="广州市", year=2014) + "（一）加强用地管理。（牵头单位：市国土房管局；配合单位：市交委）\n",
        "gz2017.txt": head.format(city="广州市", year=2017) + "（一）加强用地管理。（牵头单位：市国土规划委）\n",
        "gz2021.txt": head.format(city="广州市", year=2021) + "（一）加强用地管理。（牵头单位：市规划和自然资源局；配合单位：市交通运输局）\n",
        "dl2016.txt": head.format(city="大连市", year=2016) + "（一）加强用地管理。（牵头单位：市国土房屋局）\n",
        "dl2021.txt": head.format(city="大连市", year=2021) + "（一）加强用地管理。（牵头单位：市自然资源局）\n",
        "hz2016.txt": head.format(city="杭州市", year=2016) + "（一）整治道路扬尘。（牵头单位：市城管委）\n",
        "hz2021.txt": head.format(city="杭州市", year=2021) + "（一）整治道路扬尘。（牵头单位：市城市管理局）\n",
    })
    assert links == {
        "广州市/国土资源和房屋管理局": "广州市/国土资源和规划委员会",
        "广州市/国土资源和规划委员会": "广州市/规划和自然资源局",
        "广州市/交通委员会": "广州市/交通运输局",
        "大连市/国土资源和房屋局": "大连市/自然资源局",
        "杭州市/城市管理委员会": "杭州市/城市管理局",
    }


def test_a_body_named_beside_its_listed_successor_in_one_plan_is_not_succeeded_by_it(tmp_path):
    """北京 keeps its 城管委 beside the 城管执法局 (filed as its 城市管理局): a plan giving tasks to both,
    bodies of the same work, shows two bodies of one time, so successors.csv's rename is not made (it
    was, 北京市/城市管理委员会 -> 北京市/城市管理局, from a 2016 plan's 城管委). Near misses: the same
    names in plans of two periods, never side by side, still link; a body merged into another (no
    work shared: 乡村振兴局 -> 农业农村局) is one beside it until the merge, and keeps its link (a link
    a plan states is made even beside the old name: test_a_new_name_in_brackets_mid_reform_links_the_old_body_to_it)."""
    head = "{city}人民政府办公厅关于印发{city}{year}年环境保护重点工作分工的通知\n一、重点任务\n"
    together = _successor_links(tmp_path, {
        "bj2016.txt": head.format(city="北京市", year=2016) + "（一）整治道路扬尘。（牵头单位：市城管委）\n",
        "bj2021.txt": head.format(city="北京市", year=2021) + "（一）整治道路扬尘。（牵头单位：市城管委；配合单位：市城管执法局）\n",
        "xm2022.txt": head.format(city="厦门市", year=2022) + "（一）改善农村人居环境。（牵头单位：市农业农村局；配合单位：市乡村振兴局）\n",
    })
    assert together == {"厦门市/乡村振兴局": "厦门市/农业农村局"}
    (tmp_path / "apart").mkdir()
    apart = _successor_links(tmp_path / "apart", {
        "bj2016.txt": head.format(city="北京市", year=2016) + "（一）整治道路扬尘。（牵头单位：市城管委）\n",
        "bj2021.txt": head.format(city="北京市", year=2021) + "（一）整治道路扬尘。（牵头单位：市城管执法局）\n",
    })
    assert apart == {"北京市/城市管理委员会": "北京市/城市管理局"}


def test_a_body_named_as_it_was_or_as_just_set_up():
    """原市环保局 / 新组建的市医疗保障局 (a plan of the 2019 reforms naming a body as it was before,
    or as just set up): the body so named in the plan's city (were a body 邢台市/原市环保局 and a
    place 新组建的市); a place whose name begins with 原 (原州区, 原平市, 原阳县) keeps it."""
    reg = load_registry()
    city = PlanMeta("p", "p.txt", jurisdiction="邢台市")
    assert resolve_mention(reg, "原市环保局", city).agency_id == "邢台市/环境保护局"
    assert resolve_mention(reg, "原邢台市环保局", city).agency_id == "邢台市/环境保护局"
    assert resolve_mention(reg, "新组建的市医疗保障局", city).agency_id == "邢台市/医疗保障局"
    assert resolve_mention(reg, "原州区生态环境局", PlanMeta("p", "p.txt", jurisdiction="固原市")).agency_id == "原州区/生态环境局"
    assert resolve_mention(reg, "原平市生态环境局", PlanMeta("p", "p.txt", jurisdiction="忻州市")).agency_id == "原平市/生态环境局"
    assert resolve_mention(reg, "原阳县人民政府", city).agency_id == "原阳县/人民政府"
    assert resolve_mention(reg, "新区管委会", city).agency_id == "邢台新区/管委会"  # no 新组建: as before
    # the body taking the work over, or in formation: the body (were 邢台市/承接相关职能的市生态环境局
    # and 邢台市/医疗保障局筹备组); a collective narrowed by a …的 stays as it is
    assert resolve_mention(reg, "承接相关职能的市生态环境局", city).agency_id == "邢台市/生态环境局"
    assert resolve_mention(reg, "市医疗保障局筹备组", city).agency_id == "邢台市/医疗保障局"
    county = PlanMeta("p", "p.txt", jurisdiction="宁晋县")
    assert resolve_mention(reg, "负有监管职责的县直部门", county).agency_id == "宁晋县/负有监管职责的县直部门"
    assert resolve_mention(reg, "各设区的市人民政府", PlanMeta("p", "p.txt", jurisdiction="河北省")).kind == "collective"
    assert resolve_mention(reg, "区各负有安全生产监管职责的部门", city).agency_id == "邢台市所辖区/各负有安全生产监管职责的部门"


def test_a_plan_stating_a_body_s_former_name_links_it(tmp_path):
    """市水利局（原市水务局） / 市数据和政务服务局（原市行政审批局） / 市城管执法局（原市城管局） in a 2024
    plan: the plan says which body took over which, and the earlier plan's 市水务局, 市行政审批局 and
    市城管局 link to them (were linked to nothing: successors.csv never links 水务局 and 水利局, nor
    the 行政审批局, whose successor differs by province); ``respgraph agencies`` the same. A
    nameplate without 原 (县人社局（县医保局）) states no link, nor does 原 naming the body itself."""
    from respgraph.commands.agencies import agencies_frame
    from respgraph.extract import extract_file
    from respgraph.graph import build_graph

    old = tmp_path / "a.txt"
    old.write_text("邢台市人民政府办公室关于印发邢台市2017年重点工作任务分工的通知\n一、重点任务\n"
                   "（一）推进节水。（牵头单位：市水务局；责任单位：市行政审批局、市城管局、市医保局）\n", encoding="utf-8")
    new = tmp_path / "b.txt"
    new.write_text("邢台市人民政府办公室关于印发邢台市2024年重点工作任务分工的通知\n一、重点任务\n"
                   "（一）推进节水。（牵头单位：市水利局（原市水务局）；责任单位：市数据和政务服务局（原市行政审批局）、"
                   "市城管执法局（原市城管局）、市人社局（市医保局）、原市环保局）\n", encoding="utf-8")
    resolved = [resolve_plan(extract_file(f)) for f in (old, new)]
    G = build_graph(resolved)
    links = {d["agency_id"]: d["successor"] for _, d in G.nodes(data=True) if d.get("type") == "Agency" and "successor" in d}
    assert links == {
        "邢台市/水务局": "邢台市/水利局",
        "邢台市/行政审批局": "邢台市/数据和政务服务局",
    }  # 市城管执法局（原市城管局）: since the 城管执法局 is the 城市管理局's id (one_body.csv), one body, no link
    df = agencies_frame(resolved)
    assert {a: s for a, s in zip(df.agency_id, df.successor) if isinstance(s, str)} == links
    # respgraph agency says so both ways: the body's years before and after the reform
    from respgraph.analysis.agency import agency_profile

    water = agency_profile(G, "邢台市水利局")
    assert water.predecessors == ["邢台市/水务局"] and water.successor is None
    assert "took over the work of: 邢台市水务局 (" in water.summary()  # by name (was its raw id, 邢台市/水务局)
    old_water = agency_profile(G, "邢台市水务局")
    assert old_water.successor == "邢台市/水利局" and old_water.to_dict()["successor"] == "邢台市/水利局"
    assert "succeeded by: 邢台市水利局" in old_water.summary()
    assert old_water.to_dict()["successor_name"] == "邢台市水利局"


def test_a_bracket_of_former_names_makes_each_a_predecessor(tmp_path):
    """（原市行政审批局、市大数据局）: the 原 is said of both names, each the body's former name (was:
    only the first a predecessor, the second recorded as a nameplate of today's body, so that
    ``市大数据局`` found it as an alias and no link was made). A nameplate without 原 stays one."""
    from respgraph.extract import extract_file
    from respgraph.graph import build_graph
    from respgraph.grammar.units import nameplate_names

    assert nameplate_names("原市国土资源局、市规划局") == ["原市国土资源局", "原市规划局"]
    assert nameplate_names("市文明办、市网信办") == ["市文明办", "市网信办"]  # near miss: no 原
    old = tmp_path / "a.txt"
    old.write_text("邢台市人民政府办公室关于印发邢台市2020年重点工作任务分工的通知\n一、重点任务\n"
                   "（一）推进审批改革。（牵头单位：市行政审批局；责任单位：市大数据局）\n", encoding="utf-8")
    new = tmp_path / "b.txt"
    new.write_text("邢台市人民政府办公室关于印发邢台市2024年重点工作任务分工的通知\n一、重点任务\n"
                   "（一）推进审批改革。（牵头单位：市数据和政务服务局（原市行政审批局、市大数据局）；责任单位：市住建局）\n",
                   encoding="utf-8")
    G = build_graph([resolve_plan(extract_file(f)) for f in (old, new)])
    links = {d["agency_id"]: d["successor"] for _, d in G.nodes(data=True) if d.get("type") == "Agency" and "successor" in d}
    assert links == {"邢台市/行政审批局": "邢台市/数据和政务服务局", "邢台市/大数据局": "邢台市/数据和政务服务局"}


def test_a_county_made_a_district_is_succeeded_there():
    """撤县设区 / 撤县设市 under the same name: a body of the county (南和县, in no file since 2020)
    is succeeded in the district (南和区) by its successors.csv names or its own name (were linked
    to nothing, the places differing), and so is one of a county renamed as well (任县 -> 任泽区,
    横县 -> 横州市: former_counties.csv's list; was linked to nothing); a listed county and a name
    some place is written as today (昌江县: 昌江黎族自治县) are no one's past."""
    reg = load_registry()
    present = {"南和区/生态环境局", "南和区/教育局", "南和区/市场监督管理局", "任泽区/教育局", "昌江区/教育局",
               "宁晋县/教育局", "赣县区/农业农村局", "邹平市/应急管理局"}
    assert reg.became("南和县") == "南和区" and reg.became("赣县") == "赣县区" and reg.became("邹平县") == "邹平市"
    assert reg.successor("南和县/环境保护局", present) == "南和区/生态环境局"
    assert reg.successor("南和县/教育局", present) == "南和区/教育局"
    assert reg.successor("南和县/工商行政管理局", present) == "南和区/市场监督管理局"
    assert reg.successor("赣县/农业局", present) == "赣县区/农业农村局"
    assert reg.successor("邹平县/安全生产监督管理局", present) == "邹平市/应急管理局"
    assert reg.became("任县") == "任泽区" and reg.successor("任县/教育局", present) == "任泽区/教育局"
    assert reg.became("横县") == "横州市" and reg.became("安县") == "安州区"
    assert reg.became("昌江县") is None and reg.became("宁晋县") is None
    assert reg.successor("宁晋县/教育局", present) is None  # its own body, no successor
    # a plan of the county-level city naming its body's former name (市水利局（原市水务局）) links
    # the county's body of that name
    from respgraph.graph.places import declared_predecessors

    ids = {"邹平县/水务局", "邹平市/水利局"}
    assert declared_predecessors(reg, [("邹平市/水利局", "邹平市", ["原市水务局", "市水利局"])], ids) == {"邹平县/水务局": "邹平市/水利局"}


def test_renamed_bodies_keep_their_names_and_link_to_their_successor(tmp_path):
    """A 2016 and a 2022 plan of one county: the 2016 bodies keep the names of 2016 (their own
    ids), share the function of their successor and link to it (``successor``); bodies never
    renamed (民政局) are one id, and 水务局 / 水利局 (both in use today) are not linked. Another
    county's 环保局 links to nothing of 三台县."""
    from respgraph.extract import extract_file
    from respgraph.graph import agency_node, build_graph

    files = []
    for name, text in (("三台县2016.txt", PLAN_2016), ("三台县2022.txt", PLAN_2022), ("盐亭县2016.txt", OTHER_2016)):
        files.append(tmp_path / name)
        files[-1].write_text(text, encoding="utf-8")
    G = build_graph([resolve_plan(extract_file(f)) for f in files])
    agencies = {d["agency_id"]: d for _, d in G.nodes(data=True) if d.get("type") == "Agency"}
    successor = {a: d["successor"] for a, d in agencies.items() if "successor" in d}
    assert successor == {
        "三台县/环境保护局": "三台县/生态环境局",
        "三台县/国土资源局": "三台县/自然资源和规划局",
        "三台县/农业局": "三台县/农业农村局",
        "三台县/卫生和计划生育委员会": "三台县/卫生健康委员会",  # 县卫计局 -> 县卫健局, filed as 委员会 (one_body.csv)
        "三台县/安全生产监督管理局": "三台县/应急管理局",
        "三台县/工商行政管理局": "三台县/市场监督管理局",
        "三台县/质量技术监督局": "三台县/市场监督管理局",
    }
    for old, new in successor.items():
        assert agencies[old]["functions"] == agencies[new]["functions"]
    assert agencies["三台县/民政局"]["plans"] == ["三台县2016", "三台县2022"]
    assert "successor" not in agencies["三台县/水务局"] and "successor" not in agencies["盐亭县/环境保护局"]
    # the 2022 plan's 市生态环境局三台分局 is the county's one eco body since the vertical reform
    assert agencies["三台县/生态环境局"]["aliases"] == ["市生态环境局三台分局"]
    # respgraph agencies FILES says the same
    from respgraph.commands.agencies import agencies_frame

    df = agencies_frame([resolve_plan(extract_file(f)) for f in files])
    assert {a: s for a, s in zip(df.agency_id, df.successor) if isinstance(s, str)} == successor
    # a build that drops the 2022 plan (respgraph build --into) unlinks them again
    from respgraph.graph import remove_plan, settle_successors

    remove_plan(G, "三台县2022")
    settle_successors(G, load_registry())
    assert not any("successor" in d for _, d in G.nodes(data=True))


CITY_2016 = """邢台市人民政府办公室关于印发邢台市2016年城市管理工作要点的通知

一、重点任务
（一）整治占道经营。集中整治占道经营、店外经营。（牵头单位：市城管局；责任单位：市公安局）
"""
CITY_2022 = """邢台市人民政府办公室关于印发邢台市2022年自建房安全专项整治工作实施方案的通知

一、主要任务
（一）查处违法建设。依法查处违法建设行为。（牵头单位：市城市管理行政执法局；责任单位：市住建局）
"""
CITY_2014 = """邢台市人民政府办公室关于印发邢台市2014年城市执法工作要点的通知

一、重点任务
（一）规范执法行为。（牵头单位：市城市管理行政执法局；责任单位：市公安局）
"""


def test_no_successor_link_runs_back_in_time(tmp_path):
    """successors.csv renames the 城市管理行政执法局 to the 城市管理综合行政执法局, which
    one_body.csv files under the 城市管理局's id: a 2022 plan's 市城市管理行政执法局 is then no predecessor
    of a 2016 plan's 市城管局, every plan naming it being later (was linked 2022 -> 2016, in the
    graph and in ``respgraph agencies``); a 2014 plan's 市城市管理行政执法局 still links to it."""
    from respgraph.commands.agencies import agencies_frame
    from respgraph.extract import extract_file
    from respgraph.graph import build_graph

    def links(*texts):
        files = []
        for k, text in enumerate(texts):
            files.append(tmp_path / f"p{len(texts)}{k}.txt")
            files[-1].write_text(text, encoding="utf-8")
        resolved = [resolve_plan(extract_file(f)) for f in files]
        G = build_graph(resolved)
        graph = {d["agency_id"]: d["successor"] for _, d in G.nodes(data=True) if d.get("type") == "Agency" and "successor" in d}
        df = agencies_frame(resolved)
        assert {a: s for a, s in zip(df.agency_id, df.successor) if isinstance(s, str)} == graph
        return graph

    assert links(CITY_2016, CITY_2022) == {}
    assert links(CITY_2016, CITY_2014) == {"邢台市/城市管理行政执法局": "邢台市/城市管理局"}


def test_district_whose_name_holds_a_level_named_from_another_plan():
    """赣县区生态环境局 in a 南康区 plan is 赣县区's (was 南康区/赣县区生态环境局: the keyword 县区
    inside the place stopped it being read as one)."""
    reg = load_registry()
    meta = PlanMeta("p", "p.txt", issuers=["赣州市南康区人民政府"], jurisdiction="南康区")
    assert resolve_mention(reg, "赣县区生态环境局", meta).agency_id == "赣县区/生态环境局"
    assert resolve_mention(reg, "南康区生态环境局", meta).agency_id == "南康区/生态环境局"
    # near miss: 各县区 stays a collective of the plan
    assert resolve_mention(reg, "各县区人民政府", meta).agency_id == "南康区/各县（区）人民政府"


def test_forest_and_special_district_prefix_their_own_bodies():
    """林区X in 神农架林区's plan, 特区X in 六枝特区's (were 神农架林区/林区生态环境局); elsewhere 林区 /
    特区 is part of a name."""
    reg = load_registry()
    forest = PlanMeta("p", "p.txt", issuers=["神农架林区人民政府"], jurisdiction="神农架林区")
    assert resolve_mention(reg, "林区生态环境局", forest).agency_id == "神农架林区/生态环境局"
    special = PlanMeta("p", "p.txt", issuers=["六盘水市六枝特区人民政府"], jurisdiction="六枝特区")
    assert resolve_mention(reg, "特区生态环境局", special).agency_id == "六枝特区/生态环境局"
    assert resolve_mention(reg, "市生态环境局", special).agency_id == "六盘水市/生态环境局"
    city = PlanMeta("p", "p.txt", jurisdiction="赣州市")
    assert resolve_mention(reg, "林区道路管理站", city).agency_id == "赣州市/林区道路管理站"


def test_a_township_plan_written_inside_its_county_gives_the_county():
    """井冈山市黄坳镇人民政府: 市X in the town's plan is 井冈山市's (was 黄坳镇所在市)."""
    reg = load_registry()
    town = PlanMeta("p", "p.txt", issuers=["井冈山市黄坳镇人民政府"], jurisdiction="黄坳镇")
    assert plan_chain(town, reg)[:2] == ("黄坳镇", "井冈山市")
    assert resolve_mention(reg, "市生态环境局", town).agency_id == "井冈山市/生态环境局"
    assert resolve_mention(reg, "镇农业综合服务中心", town).agency_id == "黄坳镇/农业综合服务中心"
    street = PlanMeta("p", "p.txt", issuers=["南昌市东湖区豫章街道办事处"], jurisdiction="豫章街道")
    assert plan_chain(street, reg) == ("豫章街道", "东湖区", "南昌市", "江西省")
    # near miss: a city whose name holds 镇 is no township
    assert plan_chain(PlanMeta("p", "p.txt", issuers=["景德镇市浮梁县人民政府"], jurisdiction="浮梁县"), reg)[:2] == ("浮梁县", "景德镇市")


def test_districts_named_with_the_city_level_character():
    """市中区 (济南, 乐山), 市南区 / 市北区 (青岛) are districts, not 市 + 中区 (was 济南市/中区人民政府)."""
    reg = load_registry()
    jinan = PlanMeta("p", "p.txt", jurisdiction="济南市")
    # (市中区 is also 枣庄's, 内江's and 乐山's: in a 济南市 plan it is 济南市市中区, shared_names.csv)
    assert resolve_mention(reg, "市中区人民政府", jinan).agency_id == "济南市市中区/人民政府"
    assert resolve_mention(reg, "市生态环境局市中区分局", jinan).agency_id == "济南市市中区/生态环境局"
    qingdao = PlanMeta("p", "p.txt", jurisdiction="青岛市")
    assert resolve_mention(reg, "市北区生态环境分局", qingdao).agency_id == "市北区/生态环境局"
    # near misses: the city's own bodies
    assert resolve_mention(reg, "市中心医院", jinan).agency_id == "济南市/中心医院"
    assert resolve_mention(reg, "市政府", jinan).agency_id == "济南市/人民政府"


def test_autonomous_region_prefix_in_a_district_or_prefecture_plan():
    """自治区X in a plan of 阿里地区 or 南宁市青秀区 is the autonomous region's (was 阿里地区/生态环境厅,
    青秀区/生态环境厅: the 区 of a district taken for the region's)."""
    reg = load_registry()
    ali = PlanMeta("p", "p.txt", jurisdiction="阿里地区", issuers=["阿里地区行政公署"])
    assert resolve_mention(reg, "自治区生态环境厅", ali).agency_id == "西藏自治区/生态环境厅"
    assert resolve_mention(reg, "地区生态环境局", ali).agency_id == "阿里地区/生态环境局"
    qingxiu = PlanMeta("p", "p.txt", jurisdiction="青秀区", issuers=["南宁市青秀区人民政府"])
    assert resolve_mention(reg, "自治区生态环境厅", qingxiu).agency_id == "广西壮族自治区/生态环境厅"
    assert resolve_mention(reg, "区生态环境局", qingxiu).agency_id == "青秀区/生态环境局"
    # near misses: 自治州X / 自治县X in a plan that writes its place short
    assert resolve_mention(reg, "自治州生态环境局", PlanMeta("p", "p.txt", jurisdiction="凉山州")).agency_id == "凉山彝族自治州/生态环境局"
    assert resolve_mention(reg, "自治县生态环境局", PlanMeta("p", "p.txt", jurisdiction="秀山县")).agency_id == "秀山土家族苗族自治县/生态环境局"


def test_prefectures_and_leagues_named_alone_are_their_governments():
    """A prefecture, league or autonomous prefecture named alone in a list of units (伊犁州、博州、塔城地区
    负责落实 / 阿拉善盟、鄂托克旗) is its government, a 地区 or 盟 its 行政公署, and 行署 is 行政公署
    (were 塔城地区/地区, 新疆维吾尔自治区/伊犁州 unknown, 阿拉善盟 unknown, 阿里地区/行署 beside
    阿里地区/行政公署)."""
    reg = load_registry()
    xj = PlanMeta("p", "p.txt", jurisdiction="新疆维吾尔自治区", level="province")
    got = {m: resolve_mention(reg, m, xj).agency_id for m in ["塔城地区", "伊犁州", "阿拉善盟", "伊犁哈萨克自治州", "鄂托克旗"]}
    # (伊犁州 alone is the listed 伊犁哈萨克自治州, as 伊犁州人民政府 is: one id since stop 19)
    assert got == {"塔城地区": "塔城地区/行政公署", "伊犁州": "伊犁哈萨克自治州/人民政府", "阿拉善盟": "阿拉善盟/行政公署",
                   "伊犁哈萨克自治州": "伊犁哈萨克自治州/人民政府", "鄂托克旗": "鄂托克旗/人民政府"}
    xz = PlanMeta("p", "p.txt", jurisdiction="西藏自治区", level="province")
    assert {resolve_mention(reg, m, xz).agency_id for m in ["阿里地区行署", "阿里地区", "阿里地区行政公署"]} == {"阿里地区/行政公署"}
    # near misses: a prefecture's government written in full stays so; a city written short with
    # one character before 州 is no place read (杭州 alone: unknown, as before)
    assert resolve_mention(reg, "塔城地区人民政府", xj).agency_id == "塔城地区/人民政府"
    assert resolve_mention(reg, "杭州", xj).known is False
    assert resolve_mention(reg, "长沙市", xj).agency_id == "长沙市/人民政府"


def test_autonomous_places_written_short():
    """长阳土家族自治县 is written 长阳县 / 长阳 (市生态环境局长阳分局), 鄂伦春自治旗 鄂伦春旗, and 自治旗X
    is the banner's own (were 长阳县/水利局, 宜昌市/生态环境局长阳分局, 自治旗/林业局)."""
    from respgraph.registry import default_short

    assert [default_short(n) for n in ["长阳土家族自治县", "巴里坤哈萨克自治县", "龙胜各族自治县", "东乡族自治县", "鄂伦春自治旗"]] == [
        "长阳", "巴里坤", "龙胜", "东乡", "鄂伦春"]
    reg = load_registry()
    changyang = PlanMeta("p", "p.txt", jurisdiction="长阳土家族自治县", issuers=["宜昌市长阳土家族自治县人民政府"])
    assert resolve_mention(reg, "长阳县水利局", changyang).agency_id == "长阳土家族自治县/水利局"
    assert resolve_mention(reg, "长阳县人民政府", changyang).agency_id == "长阳土家族自治县/人民政府"
    assert resolve_mention(reg, "市生态环境局长阳分局", changyang).agency_id == "长阳土家族自治县/生态环境局"
    assert resolve_mention(reg, "市生态环境局", changyang).agency_id == "宜昌市/生态环境局"
    banner = PlanMeta("p", "p.txt", jurisdiction="鄂伦春自治旗", issuers=["呼伦贝尔市鄂伦春自治旗人民政府"])
    assert resolve_mention(reg, "鄂伦春旗水利局", banner).agency_id == "鄂伦春自治旗/水利局"
    assert resolve_mention(reg, "自治旗林业局", banner).agency_id == "鄂伦春自治旗/林业局"
    assert resolve_mention(reg, "自治区生态环境厅", banner).agency_id == "内蒙古自治区/生态环境厅"
    # near misses: a county named after its city, a county beside the city of its name
    assert resolve_mention(reg, "南昌县水利局", PlanMeta("p", "p.txt", jurisdiction="南昌市")).agency_id == "南昌县/水利局"
    assert resolve_mention(reg, "和田县", PlanMeta("p", "p.txt", jurisdiction="和田地区")).agency_id == "和田县/人民政府"


def test_bonded_zones_and_township_level_prefixes():
    """南昌综合保税区管委会 / 综保区管委会 in a city plan are the bonded zone's (was 南昌市/综合保税区管委会,
    综保区/管委会); 苏木X / 街道X in a 苏木's or street's own plan are its bodies (were 宝格达乌拉苏木/
    苏木综合保障…, 豫章街道/街道综治中心)."""
    reg = load_registry()
    city = PlanMeta("p", "p.txt", jurisdiction="南昌市", issuers=["南昌市人民政府"])
    assert resolve_mention(reg, "南昌综合保税区管委会", city).agency_id == "南昌综保区/管委会"
    assert resolve_mention(reg, "综保区管委会", city).agency_id == "南昌综保区/管委会"
    sumu = PlanMeta("p", "p.txt", jurisdiction="宝格达乌拉苏木", issuers=["正蓝旗宝格达乌拉苏木人民政府"])
    assert resolve_mention(reg, "苏木综合保障和技术推广中心", sumu).agency_id == "宝格达乌拉苏木/综合保障和技术推广中心"
    assert resolve_mention(reg, "旗生态环境局", sumu).agency_id == "正蓝旗/生态环境局"
    street = PlanMeta("p", "p.txt", jurisdiction="豫章街道", issuers=["南昌市东湖区豫章街道办事处"])
    assert resolve_mention(reg, "街道综治中心", street).agency_id == "豫章街道/综治中心"
    assert resolve_mention(reg, "区城管局", street).agency_id == "东湖区/城市管理局"
    # near miss: 街道办事处 in a district plan stays the district's word for its streets
    district = PlanMeta("p", "p.txt", jurisdiction="东湖区", issuers=["南昌市东湖区人民政府"])
    assert resolve_mention(reg, "街道办事处", district).agency_id == "东湖区/街道办事处"


def test_a_city_bureaus_branch_named_short_is_in_the_county_the_text_names(tmp_path):
    """市生态环境局盐亭分局 in a 绵阳市 plan whose text names 盐亭县 is 盐亭县's branch (was
    绵阳市/生态环境局盐亭分局); a branch named after no place of the text stays whole."""
    from respgraph.extract import extract_file

    plan = tmp_path / "mianyang.txt"
    plan.write_text(
        "绵阳市2023年大气污染防治工作方案\n\n一、重点任务\n"
        "1.加强工业污染治理。推进盐亭县、梓潼县工业园区污水处理设施建设。（牵头单位：市生态环境局；"
        "配合单位：市生态环境局盐亭分局、市生态环境局梓潼分局、市公安局交警分局）\n"
        "2.加强扬尘管控。（牵头单位：市住建委；配合单位：市生态环境局游仙分局、游仙区人民政府）\n",
        encoding="utf-8",
    )
    rp = resolve_plan(extract_file(plan))
    got = {a.mention: a.agency_id for rows in rp.assignments.values() for a in rows}
    assert got["市生态环境局盐亭分局"] == "盐亭县/生态环境局"
    assert got["市生态环境局梓潼分局"] == "梓潼县/生态环境局"
    assert got["市生态环境局游仙分局"] == "游仙区/生态环境局"
    assert got["市生态环境局"] == "绵阳市/生态环境局"
    assert got["市公安局交警分局"] == "绵阳市/公安局交警分局"  # near miss: no place 交警县


def test_a_town_plan_whose_county_is_unlisted_takes_the_city_its_text_names(tmp_path):
    """遂源县黄坳乡 (遂源县 is no place, so no registry file lists it): 县X is 遂源县's, 市X the city
    the text keeps naming (was 黄坳乡所在市)."""
    from respgraph.extract import extract_file

    plan = tmp_path / "town.txt"
    plan.write_text(
        "遂源县黄坳乡人民政府关于印发黄坳乡2023年农村人居环境整治工作方案的通知\n黄坳乡2023年农村人居环境整治工作方案\n\n"
        "为贯彻落实《吉安市农村人居环境整治提升五年行动实施方案》和吉安市、遂源县有关部署，结合吉安市要求，制定本方案。\n"
        "一、工作任务\n1.开展村庄清洁行动。（牵头单位：乡农业综合服务站；配合单位：县农业农村局、市农业农村局）\n",
        encoding="utf-8",
    )
    rp = resolve_plan(extract_file(plan))
    got = {a.mention: a.agency_id for rows in rp.assignments.values() for a in rows}
    assert got == {"乡农业综合服务站": "黄坳乡/农业综合服务站", "县农业农村局": "遂源县/农业农村局", "市农业农村局": "吉安市/农业农村局"}
    # near miss: a text naming no city more than others leaves the city unnamed
    plan.write_text(plan.read_text(encoding="utf-8").replace("吉安市", "某地"), encoding="utf-8")
    rp = resolve_plan(extract_file(plan))
    got = {a.mention: a.agency_id for rows in rp.assignments.values() for a in rows}
    assert got["市农业农村局"] == "黄坳乡所在市/农业农村局"
    # a county counties.csv lists needs no text: 遂川县 is 吉安市's
    plan.write_text(plan.read_text(encoding="utf-8").replace("遂源县", "遂川县"), encoding="utf-8")
    rp = resolve_plan(extract_file(plan))
    got = {a.mention: a.agency_id for rows in rp.assignments.values() for a in rows}
    assert (got["县农业农村局"], got["市农业农村局"]) == ("遂川县/农业农村局", "吉安市/农业农村局")


@pytest.mark.parametrize("written", ["区疾控中心", "疾控中心", "区疾病预防控制中心"])
def test_the_disease_control_centre_is_one_id_however_written(written):
    """疾控中心 / 疾病预防控制中心 were two ids for one body (and 疾控局 / 疾病预防控制局)."""
    reg = load_registry()
    assert resolve_mention(reg, written, PLANS[YUSHUI]).agency_id == "渝水区/疾病预防控制中心"
    assert resolve_mention(reg, "区疾控局", PLANS[YUSHUI]).agency_id == "渝水区/疾病预防控制局"


@pytest.mark.parametrize("text", ["沿河各乡镇", "沿线各乡镇人民政府", "城区各街道"])
def test_townships_a_qualifier_picks_are_a_collective_of_the_plan_s_place(text):
    # was a place named 沿河各乡镇 with its own 人民政府 (a jurisdiction made up from the mention)
    a = resolve_mention(load_registry(), text, PLANS[YUSHUI])
    assert (a.kind, a.jurisdiction, a.functions, a.agency_id) == ("collective", "渝水区", ["乡镇街道"], f"渝水区/{text}")
    assert resolve_mention(load_registry(), "沿江各镇", PLANS[YUSHUI]).agency_id == "渝水区/沿江各镇"


def test_a_town_is_no_collective_of_townships():
    # near miss: a named town's government is one body of that town, not a group
    a = resolve_mention(load_registry(), "罗坊镇人民政府", PLANS[YUSHUI])
    assert a.kind != "collective"
def test_a_school_named_after_its_place_keeps_the_name():
    # 乐山师范学院 is the college of that name in 乐山市, no 师范学院 of 乐山市's (was named
    # 乐山市师范学院); near misses: a school written with its level, a bureau written short
    reg = load_registry()
    plan = PlanMeta("p", "p.txt", jurisdiction="乐山市")
    a = resolve_mention(reg, "乐山师范学院", plan)
    assert (a.agency_id, a.name) == ("乐山市/乐山师范学院", "乐山师范学院")
    assert resolve_mention(reg, "市职业技术学院", plan).name == "乐山市职业技术学院"
    assert resolve_mention(reg, "乐山教育局", plan).name == "乐山市教育局"


def test_a_town_or_zone_whose_name_opens_with_another_places_short_name():
    # 上海庙镇 and 上海庙经济开发区 (鄂托克前旗), 北京路街道 (越秀区): a short place name and one
    # character before the township's, street's or zone's word is that place's own name (were
    # 上海市/庙经济开发区管委会, 上海市/庙镇人民政府, 北京市/路街道办事处); near misses: a zone written with
    # its city's short name, a body written short, a city's full name, 城镇 after a short name
    reg = load_registry()
    plan = PlanMeta("p", "p.txt", jurisdiction="鄂托克前旗", level="county")
    assert resolve_mention(reg, "上海庙经济开发区管委会", plan).agency_id == "鄂托克前旗/上海庙经济开发区管委会"
    assert not resolve_mention(reg, "上海庙镇人民政府", plan).agency_id.startswith("上海市")
    assert not resolve_mention(reg, "北京路街道办事处", plan).agency_id.startswith("北京市")
    assert resolve_mention(reg, "上海市经信委", plan).agency_id == "上海市/经济和信息化委员会"
    city = PlanMeta("q", "q.txt", jurisdiction="宜春市")
    assert resolve_mention(reg, "宜春经开区管委会", city).agency_id.startswith("宜春经开区")
    assert resolve_mention(reg, "宜春生态环境局", city).agency_id == "宜春市/生态环境局"


def test_a_park_named_after_its_place_keeps_the_name():
    # 武夷山国家公园管理局 in 南平市's plan is the park's body, no 国家公园管理局 of 武夷山市 (named as the
    # national bureau), and its province's, as a park's authority is (was 武夷山市's, where the park
    # lies); near misses: the national bureau written alone, a bureau of the place written short
    reg = load_registry()
    plan = PlanMeta("p", "p.txt", jurisdiction="南平市")
    a = resolve_mention(reg, "武夷山国家公园管理局", plan)
    assert (a.agency_id, a.jurisdiction) == ("福建省/武夷山国家公园管理局", "福建省")
    assert resolve_mention(reg, "武夷山林业局", plan).agency_id == "武夷山市/林业局"
    assert resolve_mention(reg, "国家公园管理局", plan).agency_id != a.agency_id


def test_a_firm_named_by_its_places_short_name_keeps_the_name():
    # 唐山港集团股份有限公司 is the port's group, named as written (was 唐山市港集团股份有限公司);
    # 宁波舟山港股份有限公司 is a firm of 宁波市, 舟山 a word of its name, no place inside 宁波市 (was
    # 舟山市/港股份有限公司…). Near misses: a firm of a function named by its place (绵阳供电公司)
    # is the place's 供电公司 as 市供电公司 is; a district named after its city stays inside it
    reg = load_registry()
    a = resolve_mention(reg, "唐山港集团股份有限公司", PlanMeta("p", "p.txt", jurisdiction="唐山市"))
    # (its id without the company form, as a firm of a function's is: 唐山港集团 is the same firm)
    assert (a.agency_id, a.name) == ("唐山市/港集团", "唐山港集团股份有限公司")
    a = resolve_mention(reg, "宁波舟山港股份有限公司北仑第二集装箱码头分公司", PlanMeta("p", "p.txt", jurisdiction="北仑区"))
    assert (a.jurisdiction, a.name) == ("宁波市", "宁波舟山港股份有限公司北仑第二集装箱码头分公司")
    plan = PlanMeta("p", "p.txt", jurisdiction="绵阳市")
    assert resolve_mention(reg, "绵阳供电公司", plan).name == resolve_mention(reg, "市供电公司", plan).name == "绵阳市供电公司"
    assert resolve_mention(reg, "新余市渝水区生态环境局", PLANS[YUSHUI]).agency_id == "渝水区/生态环境局"


def test_a_firm_of_a_function_naming_its_place_keeps_the_name_as_written():
    # 南宁建宁水务集团 (a water group with a name of its own) and 华润燃气南宁公司 (a brand's company of
    # the place) already name 南宁: named as written (were 南宁市建宁水务集团, 南宁市华润燃气南宁公司), their
    # ids the city's firms, one id however the group's form is written. Near misses: a firm with no
    # place written (市水务集团) and one named as its trade alone (绵阳供电公司) take the place's name
    reg = load_registry()
    nanning = PlanMeta("p", "p.txt", jurisdiction="南宁市")
    got = {t: (r.agency_id, r.name, r.kind) for t in ("南宁建宁水务集团", "华润燃气南宁公司", "南宁华润燃气有限公司", "市水务集团")
           for r in [resolve_mention(reg, t, nanning)]}
    assert got == {"南宁建宁水务集团": ("南宁市/建宁水务集团", "南宁建宁水务集团", "enterprise"),
                   "华润燃气南宁公司": ("南宁市/华润燃气南宁公司", "华润燃气南宁公司", "enterprise"),
                   "南宁华润燃气有限公司": ("南宁市/华润燃气有限公司", "南宁华润燃气有限公司", "enterprise"),
                   "市水务集团": ("南宁市/水务集团", "南宁市水务集团", "enterprise")}
    full = resolve_mention(reg, "南宁市建宁水务集团有限责任公司", nanning)
    assert (full.agency_id, full.name) == ("南宁市/建宁水务集团", "南宁市建宁水务集团有限责任公司")
    assert resolve_mention(reg, "绵阳供电公司", PlanMeta("p", "p.txt", jurisdiction="绵阳市")).name == "绵阳市供电公司"


def test_village_committees_quoted_or_not_are_one_collective():
    # 各村“两委” and 各村两委 are the villages' party branches and committees, one id (the quotes
    # made a second); a named village's stays its own
    reg = load_registry()
    plan = PlanMeta("p", "p.txt", jurisdiction="麦积区")
    a, b = resolve_mention(reg, "各村“两委”", plan), resolve_mention(reg, "各村两委", plan)
    assert a.agency_id == b.agency_id == "麦积区/各村两委" and a.kind == "collective"
    assert resolve_mention(reg, "甘泉村“两委”", plan).agency_id != a.agency_id


def test_a_new_area_named_alone_is_its_management_committee():
    # 两江新区、西部科学城重庆高新区管委会 writes 管委会 once for both: 两江新区 alone is the zone's
    # government, one id with 两江新区管委会 (was 重庆市/两江新区). Near misses: a listed district
    # named 新区 (滨海新区) is a place, and 各新区 a collective
    reg = load_registry()
    plan = PlanMeta("p", "p.txt", jurisdiction="重庆市")
    assert resolve_mention(reg, "两江新区", plan).agency_id == resolve_mention(reg, "两江新区管委会", plan).agency_id == "两江新区/管委会"
    assert resolve_mention(reg, "滨海新区", PlanMeta("p", "p.txt", jurisdiction="天津市")).agency_id == "天津市/滨海新区"
    assert resolve_mention(reg, "各新区", plan).agency_id != "各新区/管委会"


def test_a_board_named_by_its_own_area_takes_no_prefix_from_the_list(tmp_path):
    # 保定高新区、白沟新城管委会: 白沟新城's board names its own area, not one of 保定高新区 (was
    # 保定高新区白沟新城管委会); near misses: the zone before it keeps the board's word, and a bureau
    # after the zone's (保定高新区经济发展局、建设局) is still the zone's
    text = ("保定市人民政府办公室关于印发保定市新污染物治理工作方案的通知\n二、重点任务\n"
            "（一）开展化学物质环境信息调查。\n牵头单位：市生态环境局\n"
            "责任单位：市工业和信息化局，保定高新区、白沟新城管委会\n"
            "（二）推进园区新污染物排查。\n牵头单位：保定高新区经济发展局、建设局\n")
    rp = resolve_plan(extract_text(tmp_path, text, "保定.txt"))
    got = {a.mention: rp.agencies[a.agency_id].name for rows in rp.assignments.values() for a in rows}
    assert got["白沟新城管委会"] == "保定市白沟新城管委会"
    assert got["保定高新区"] == "保定高新区管委会"
    assert got["建设局"] == "保定高新区建设局"


def test_a_town_named_alone_is_the_plans_own_countys_town():
    # 水东镇 alone in a plan of 章贡区 is 章贡区水东镇's government, one id with 水东镇人民政府 (was a
    # town of no county: the name is many counties' towns); near misses: a town the county does not
    # list stays unplaced (no county made up), and in its city's plan the bare name stays unplaced
    reg = load_registry()
    plan = PlanMeta("p", "p.txt", jurisdiction="章贡区")
    assert resolve_mention(reg, "水东镇", plan).agency_id == resolve_mention(reg, "水东镇人民政府", plan).agency_id == "章贡区水东镇/人民政府"
    assert resolve_mention(reg, "水南街道", plan).agency_id == "章贡区水南街道/办事处"
    assert resolve_mention(reg, "水南镇", plan).agency_id == "水南镇/人民政府"
    assert resolve_mention(reg, "水东镇", PlanMeta("p", "p.txt", jurisdiction="赣州市")).agency_id == "水东镇/人民政府"


def test_a_unit_of_a_police_branch_named_by_its_place_is_the_branchs():
    # 公安金水分局交警大队 / 市公安局金水分局交警大队 are the 金水 branch's traffic squad, one id with
    # 金水公安分局交警大队 (were 金水区公安金水分局交警大队, the place written twice); the branch
    # itself stays 金水区's police (its 公安局's id, a district having one: one_body.csv)
    reg = load_registry()
    plan = PlanMeta("p", "p.txt", jurisdiction="金水区")
    ids = {resolve_mention(reg, m, plan).agency_id for m in ("公安金水分局交警大队", "市公安局金水分局交警大队", "金水公安分局交警大队")}
    assert ids == {"金水区/交通警察大队"}
    assert resolve_mention(reg, "公安金水分局", plan).agency_id == "金水区/公安局"


def test_a_hospitals_own_plan_hands_tasks_to_its_departments(tmp_path):
    """门诊部, 护理部, 医保办, 医务科 in 霍邱县第一人民医院's own plan are its parts (were
    霍邱县门诊部, 霍邱县护理部…); a body naming its place stays the county's."""
    from respgraph.extract import extract_file

    f = tmp_path / "h.txt"
    f.write_text("霍邱县第一人民医院改善就医感受提升患者体验主题活动实施方案\n\n一、主要任务\n"
                 "（一）优化门诊服务流程。牵头科室：门诊部；配合科室：信息科、医保办、县医保局。\n"
                 "（二）改善住院服务。牵头科室：护理部；配合科室：财务科。\n", encoding="utf-8")
    rp = resolve_plan(extract_file(f), load_registry())
    got = {a.mention: a.agency_id for rows in rp.assignments.values() for a in rows}
    h = "霍邱县/第一人民医院"
    assert got == {"门诊部": f"{h}/门诊部", "信息科": f"{h}/信息科", "医保办": f"{h}/医保办",
                   "县医保局": got["县医保局"], "护理部": f"{h}/护理部", "财务科": f"{h}/财务科"}
    assert not got["县医保局"].startswith(h)


@pytest.mark.parametrize(
    "text,functions",
    [
        # 各市|政府: the cities' governments (was 城市管理, read as 市政 works); near misses: 市政 bodies
        ("各市政府", ["下级政府"]),
        ("各县市政府", ["下级政府"]),
        ("各市人民政府", ["下级政府"]),
        ("各市市政部门", ["城市管理"]),
        ("县市政工程管理处", ["城市管理"]),
    ],
)
def test_a_government_is_no_municipal_works(text, functions):
    reg = load_registry()
    meta = PlanMeta("p", "p.txt", title="安徽省节能降耗工作方案", jurisdiction="安徽省")
    assert resolve_mention(reg, text, meta, collective=text.startswith("各")).functions == functions


@pytest.mark.parametrize(
    "text,functions,kind",
    [
        # schools an education bureau names (were no function, unknown): 中小学 holds no 学校
        ("各中小学", ["教育"], "collective"),
        ("县第一中学", ["教育"], "agency"),
        ("城关小学", ["教育"], "agency"),
        # near misses: schools named as 学校 / 幼儿园 as before
        ("各学校", ["教育"], "collective"),
        ("县实验幼儿园", ["教育"], "agency"),
    ],
)
def test_schools_work_in_education(text, functions, kind):
    reg = load_registry()
    meta = PlanMeta("p", "p.txt", title="宿松县深化双减工作重点任务清单", jurisdiction="宿松县")
    a = resolve_mention(reg, text, meta, collective=text.startswith("各"))
    assert (a.functions, a.kind, a.known) == (functions, kind, True)


def test_a_bureaus_plan_keeps_the_places_own_short_offices(tmp_path):
    """In a bureau's own plan, a short name ending in 部 / 办 the registry knows as a body of the
    place (网信办, 文明办, 组织部, 人武部) is that body, not the bureau's division (they were
    台州市生态环境局网信办 …); a division (法规科) and the bureau's office stay the bureau's."""
    from respgraph.extract import extract_file

    plan = tmp_path / "台州市生态环境局2024年工作要点.txt"
    plan.write_text(
        "台州市生态环境局2024年工作要点\n一、重点工作\n1.加强生态环境宣传。（责任单位：办公室，网信办、文明办配合）\n"
        "2.做好国防动员有关工作。（责任单位：法规科，组织部、人武部配合）\n",
        encoding="utf-8",
    )
    rp = resolve_plan(extract_file(plan))
    got = {a.mention: a.agency_id for rows in rp.assignments.values() for a in rows}
    assert got["办公室"] == "台州市/生态环境局/办公室" and got["法规科"] == "台州市/生态环境局/法规科"
    assert not [m for m in ("网信办", "文明办", "组织部", "人武部") if got[m].startswith("台州市/生态环境局/")]
    assert got["网信办"] == "台州市/委网络安全和信息化委员会办公室"


@pytest.mark.parametrize("written", ["重点地区", "贫困地区", "民族地区"])
def test_a_kind_of_area_is_no_prefecture(written):
    """重点地区 / 贫困地区 were read as prefectures governed by a 行政公署 (review finding); 塔城地区
    is one."""
    reg = load_registry()
    meta = PlanMeta("q", "q.txt", jurisdiction="新余市", level="city")
    assert resolve_mention(reg, written, meta).agency_id == f"新余市/{written}"
    assert resolve_mention(reg, "塔城地区", meta).agency_id == "塔城地区/行政公署"


def test_places_written_bare_before_the_government_closing_their_list(tmp_path):
    """南宁、钦州市人民政府: the level and suffix written once are both places' (南宁 alone was a
    made-up body 广西壮族自治区南宁); 大理市、洱源县人民政府 likewise. The names stay as written;
    a body before a government (县财政局、钦州市人民政府) is no place."""
    from respgraph.extract import extract_file

    plan = tmp_path / "广西壮族自治区平陆运河建设工作要点.txt"
    plan.write_text(
        "广西壮族自治区平陆运河建设工作要点\n一、重点任务\n"
        "（一）加快推进运河建设。责任单位：自治区交通运输厅，南宁、北海、钦州市人民政府。\n"
        "（二）加强沿线生态保护。责任单位：自治区生态环境厅，大理市、洱源县人民政府。\n"
        "（三）做好资金保障。责任单位：自治区财政厅，钦州市财政局、钦州市人民政府。\n",
        encoding="utf-8",
    )
    rp = resolve_plan(extract_file(plan))
    got = {a.mention: (a.agency, a.role) for rows in rp.assignments.values() for a in rows}
    assert got["南宁"] == ("南宁市人民政府", "support") and got["北海"] == ("北海市人民政府", "support")
    assert got["钦州市人民政府"] == ("钦州市人民政府", "support")
    assert got["大理市"] == ("大理市人民政府", "support") and got["洱源县人民政府"] == ("洱源县人民政府", "support")
    assert got["钦州市财政局"][0] == "钦州市财政局"


@pytest.mark.parametrize("text", ["州级河（湖）长联系部门", "县级河长联系单位", "州级挂钩联系单位"])
def test_the_departments_linked_to_chiefs_are_a_collective(text):
    """州级河（湖）长联系部门: the departments linked to each river chief, a group (was read as one
    agency of the prefecture); the grammar flags it as a collective too."""
    from respgraph.grammar.units import is_collective

    meta = PlanMeta("q", "q.txt", jurisdiction="大理白族自治州", level="city")
    assert resolve_mention(load_registry(), text, meta).kind == "collective"
    assert is_collective(text)
    assert resolve_mention(load_registry(), "州河长制办公室", meta).kind != "collective"


@pytest.mark.parametrize("text", ["属地区县政府", "属地政府", "属地乡镇", "事发地区县政府", "项目所在县人民政府"])
def test_the_governments_of_wherever_a_matter_is_are_a_collective(text):
    """属地区县政府 (由市秦岭保护局转交属地区县政府核查处理): the lower governments where the matter is,
    a group as 各区县政府 is, for the grammar as for the resolver (the grammar flagged it one body);
    a named district's government and a bureau's principle word stay what they were."""
    from respgraph.grammar.units import is_collective

    meta = PlanMeta("q", "q.txt", jurisdiction="西安市", level="city")
    assert resolve_mention(load_registry(), text, meta).kind == "collective"
    assert is_collective(text)
    assert not is_collective("长安区人民政府") and not is_collective("市秦岭保护局")


@pytest.mark.parametrize("text", ["关中各市、区", "沿江各市、县人民政府", "沿河各区县（市）政府"])
def test_the_places_of_a_level_within_a_region_are_a_collective(text):
    """关中各市、区具体落实 (陕西's 2017 铁腕治霾 工作要点): the cities and districts of a region, a group as
    各市、区 is, for the grammar as for the resolver (the grammar flagged it no collective, and the
    build listed it among the unknown agencies); a body's own units (市局各科室) stay none."""
    from respgraph.grammar.units import is_collective

    meta = PlanMeta("q", "q.txt", jurisdiction="陕西省", level="province")
    assert resolve_mention(load_registry(), text, meta, collective=is_collective(text)).kind == "collective"
    assert is_collective(text)
    assert not is_collective("市局各科室") and not is_collective("县环保局各股室")


def test_chengdus_park_city_bureau_holds_forestry_and_parks():
    """成都's 公园城市建设管理局 (2019: the forestry and parks bureau), written 市公园城市局 in its 林长制
    工作要点: one body under its full name, with forestry among its functions (was unknown); a
    district's own 区公园城市局 stays the district's, with no function read into it."""
    city = PlanMeta("q", "q.txt", jurisdiction="成都市", level="city")
    short, full = (resolve_mention(load_registry(), m, city) for m in ("市公园城市局", "市公园城市建设管理局"))
    assert short.name == full.name == "成都市公园城市建设管理局" and "林业" in short.functions
    county = PlanMeta("q", "q.txt", jurisdiction="双流区", level="county")
    district = resolve_mention(load_registry(), "区公园城市局", county)
    assert district.name == "双流区公园城市局" and district.functions == []


@pytest.mark.parametrize("text, function", [
    # 陕西's 铁腕治霾办 (in its environment department, as a 大气污染防治办公室) and a province's
    # 推动长江经济带发展领导小组办公室 (in its development and reform commission): offices with the
    # function of the body housing them (were unknown agencies)
    ("省铁腕治霾办", "生态环境"), ("省推动长江经济带发展领导小组办公室", "发展改革"),
])
def test_campaign_offices_have_their_houses_function(text, function):
    meta = PlanMeta("q", "q.txt", jurisdiction="陕西省", level="province")
    a = resolve_mention(load_registry(), text, meta)
    assert a.known and a.functions == [function]
    # near miss: the campaign named in a task is no office (长江经济带 alone names no body)
    assert not resolve_mention(load_registry(), "省长江经济带", meta).known


def test_a_bingtuan_division_citys_own_bodies(tmp_path):
    """师市X in a plan of 第一师阿拉尔市 (a 兵团 division and its city, one administration) is the
    city's X (was （未知）/师市农业农村局 or 第一师阿拉尔市/师市农业农村局); names stay as written."""
    from respgraph.extract import extract_file

    plan = tmp_path / "plan.txt"
    plan.write_text(
        "新疆生产建设兵团第一师阿拉尔市2024年农业节水增效实施方案\n一、重点任务\n"
        "（一）推进高效节水灌溉。（牵头单位：师市农业农村局；配合单位：师市水利局、各团场）\n",
        encoding="utf-8",
    )
    p = extract_file(plan)
    assert p.meta.jurisdiction == "阿拉尔市"
    rp = resolve_plan(p)
    got = [(a.mention, a.agency_id, a.role) for rows in rp.assignments.values() for a in rows]
    assert got == [("师市农业农村局", "阿拉尔市/农业农村局", "lead"), ("师市水利局", "阿拉尔市/水利局", "support"),
                   ("各团场", "阿拉尔市/各团场", "support")]


def test_a_division_city_issuer_signing_as_shishi_takes_the_titles_city(tmp_path):
    """A portal page whose issuer signs as 师市党委办公室 (the division-city unnamed, as 市委办公室
    is): the place is the title's 第八师石河子市, its 师市X the city's (was the place 师市: 师市/农业农村局)."""
    from respgraph.extract import extract_file

    plan = tmp_path / "plan.txt"
    plan.write_text(
        "标题：第八师石河子市2024年乡村振兴重点工作实施方案\n发文机关：师市党委办公室\n成文日期：2024年03月01日\n\n"
        "第八师石河子市2024年乡村振兴重点工作实施方案\n一、重点任务\n"
        "（一）推进高效节水灌溉。（牵头单位：师市农业农村局；配合单位：师市水利局、各团场）\n",
        encoding="utf-8",
    )
    rp = resolve_plan(extract_file(plan))
    assert rp.plan.meta.jurisdiction == "石河子市"
    got = [(a.mention, a.agency_id) for rows in rp.assignments.values() for a in rows]
    assert got == [("师市农业农村局", "石河子市/农业农村局"), ("师市水利局", "石河子市/水利局"), ("各团场", "石河子市/各团场")]


def test_a_division_citys_bodies_written_with_the_divisions_number():
    """第八师石河子市生态环境局 (the division's number before its city, as a 师市 duty list writes its
    bodies) is the city's 生态环境局, the node 师市生态环境局 has (was 石河子市/第八师石河子市生态环境局,
    another agency); a 兵团 plan's 第一师阿拉尔市人民政府 the city's government. Near miss: a body of a
    division with no city of that name stays as written."""
    reg = load_registry()
    plan = PlanMeta("p", "p.txt", jurisdiction="石河子市", title="第八师石河子市2024年采暖季保障工作方案")
    for text, want in [("第八师石河子市生态环境局", "石河子市/生态环境局"), ("师市生态环境局", "石河子市/生态环境局"),
                       ("第八师石河子市发展和改革委员会", "石河子市/发展和改革委员会"),
                       ("第八师石河子市住房和城乡建设局", "石河子市/住房和城乡建设局")]:
        assert resolve_mention(reg, text, plan).agency_id == want, text
    corps = PlanMeta("q", "q.txt", jurisdiction="新疆生产建设兵团")
    assert resolve_mention(reg, "第一师阿拉尔市人民政府", corps).agency_id == "阿拉尔市/人民政府"
    assert "第八师" not in resolve_mention(reg, "第八师石河子市水利局", corps).agency_id
    # a school whose name opens like a division's number is no division-city's body
    assert not resolve_mention(reg, "第一师范大学城市学院", plan).agency_id.startswith("范大学城市")


@pytest.mark.parametrize("plan_place,text,want", [
    ("阿拉善盟", "阿左旗人民政府", "阿拉善左旗/人民政府"),
    ("阿拉善盟", "阿拉善左旗人民政府", "阿拉善左旗/人民政府"),
    ("阿拉善左旗", "阿左旗林草局", "阿拉善左旗/林业和草原局"),
    ("包头市", "达茂旗人民政府", "达尔罕茂明安联合旗/人民政府"),
    ("喀什地区", "塔县人民政府", "塔什库尔干塔吉克自治县/人民政府"),
    # (达旗 / 鄂前旗 / 杜蒙县 / 前郭县: were places of their own, 杜蒙县/农业农村局 beside the
    # county's 杜尔伯特蒙古族自治县/农业农村局)
    ("鄂尔多斯市", "达旗人民政府", "达拉特旗/人民政府"),
    ("达拉特旗", "达旗农牧局", "达拉特旗/农牧局"),
    ("鄂托克前旗", "鄂前旗林草局", "鄂托克前旗/林业和草原局"),
    ("杜尔伯特蒙古族自治县", "杜蒙县农业农村局", "杜尔伯特蒙古族自治县/农业农村局"),
    ("松原市", "前郭县生态环境局", "前郭尔罗斯蒙古族自治县/生态环境局"),
])
def test_a_banner_or_county_written_by_its_own_short_name(plan_place, text, want):
    """阿左旗 / 达茂旗 / 塔县: the short names banners and some autonomous counties are written by,
    level included (as 凉山州 is 凉山彝族自治州's), in plans of the place, above it or beside it (was
    another place, 阿左旗, or the prefecture's body 塔县人民政府: two nodes for one government)."""
    reg = load_registry()
    assert resolve_mention(reg, text, PlanMeta("p", "p.txt", jurisdiction=plan_place)).agency_id == want


def test_a_banners_short_name_is_read_only_near_it():
    """Near miss: 伊旗 (伊金霍洛旗 of 鄂尔多斯市) in a plan of 呼和浩特市 is not read as that banner."""
    got = resolve_mention(load_registry(), "伊旗人民政府", PlanMeta("p", "p.txt", jurisdiction="呼和浩特市")).agency_id
    assert not got.startswith("伊金霍洛旗")
    got = resolve_mention(load_registry(), "达旗人民政府", PlanMeta("p", "p.txt", jurisdiction="宜春市")).agency_id
    assert not got.startswith("达拉特旗")


def test_a_bingtuan_regiment_farms_own_plan(tmp_path):
    """A 团场's plan (issuer 一四三团党委办公室, a township of its division named by its number): the
    团场 is the place and its 团X bodies are its own (团经济发展办公室, 团城镇管理服务中心: were
    （未知）/团经济发展办公室 and a place 团城镇); 团委 stays the youth league's committee of the
    团场. Near miss: 团X in a county's plan is not read so (its place ends with no 团)."""
    from respgraph.extract import extract_file

    plan = tmp_path / "plan.txt"
    plan.write_text(
        "第八师\n2024年生态环境保护工作要点\n\n一四三团党委办公室\n（2024年3月12日）\n\n一、持续改善团场空气质量\n"
        "　　1.完成团部燃煤锅炉清洁能源替代。牵头单位：团经济发展办公室；配合单位：团城镇管理服务中心、各连队。\n"
        "　　2.开展“六五”环境日宣传。牵头单位：团党委宣传部；配合单位：团工会、团委，各连队。\n",
        encoding="utf-8",
    )
    rp = resolve_plan(extract_file(plan))
    assert (rp.plan.meta.jurisdiction, rp.plan.meta.level) == ("一四三团", "township")
    got = {a.mention: a.agency_id for rows in rp.assignments.values() for a in rows}
    assert got["团经济发展办公室"] == "一四三团/经济发展办公室"
    assert got["团城镇管理服务中心"] == "一四三团/城镇管理服务中心"
    assert got["团党委宣传部"] == "一四三团/党委宣传部"
    assert got["团委"] == "一四三团/团委"
    county = PlanMeta("q", "q.txt", jurisdiction="三台县")
    assert not resolve_mention(load_registry(), "团县委", county).agency_id.startswith("一四三团")


def test_a_regiment_farms_plan_signed_or_titled_under_its_division(tmp_path):
    """A 团场's plan titled under its division (第六师一〇二团 / 深入打好…实施方案) and signed at its end
    by its party committee (中共第六师一〇二团委员会办公室): the 团场 is the place, its 团X bodies its
    own (团综合执法大队 had no place: the division before the farm's number, and 中共 before the
    division, hid it). A title opening with the division leads to the 团场 when the text speaks as
    it (我团). Near miss: the division-city's own plan (中共第八师石河子市委员会) stays the city's."""
    from respgraph.extract import extract_file

    body = (
        "一、工作任务\n"
        "　　1.冬季清洁取暖。完成团部城镇200户居民“煤改电”。团综合执法大队牵头，社会事务服务中心、各连队配合。\n"
        "　　2.城镇生活污水处理。确保团场污水处理厂稳定运行。社会事务服务中心负责。\n"
    )
    signed = tmp_path / "signed.txt"
    signed.write_text("第六师一〇二团\n深入打好污染防治攻坚战2023年度实施方案\n\n　　为改善团场生态环境质量，制定本方案。\n"
                      + body + "\n中共第六师一〇二团委员会办公室\n2023年3月10日\n", encoding="utf-8")
    titled = tmp_path / "titled.txt"
    titled.write_text("第六师一〇二团2023年生态环境保护工作方案\n\n　　结合我团实际，制定本方案。\n" + body, encoding="utf-8")
    for plan in (signed, titled):
        rp = resolve_plan(extract_file(plan))
        assert (rp.plan.meta.jurisdiction, rp.plan.meta.level) == ("一〇二团", "township")
        got = {a.mention: a.agency_id for rows in rp.assignments.values() for a in rows}
        assert got["团综合执法大队"] == "一〇二团/综合执法大队"
    city = tmp_path / "city.txt"
    city.write_text("第八师石河子市2023年生态环境保护工作要点\n\n" + body.replace("团综合执法大队", "师市生态环境局")
                    + "\n中共第八师石河子市委员会\n2023年3月10日\n", encoding="utf-8")
    assert resolve_plan(extract_file(city)).plan.meta.jurisdiction == "石河子市"


def test_a_body_written_with_a_short_name_the_plan_defines(tmp_path):
    """江汉盐化工业园（以下简称“园区”）, then 园区管理办公室 beside 江汉盐化工业园管理办公室: one body
    (was two agencies, 潜江园区/管理办公室 and 潜江市/江汉盐化工业园管理办公室). Near miss: a defined
    short name whose full form the plan never names as a unit stays as it resolves (how far back
    the definition reaches is not known)."""
    from respgraph.extract import extract_file

    plan = tmp_path / "plan.txt"
    plan.write_text(
        "潜江市江汉盐化工业园安全风险防控能力提升工作方案\n\n为全面提升江汉盐化工业园（以下简称“园区”）本质安全水平，"
        "制定本方案。\n一、主要任务\n（一）完善园区安全管理机构。（牵头单位：江汉盐化工业园管理办公室；责任单位：市应急管理局）\n"
        "（二）建设智能化管控平台。（牵头单位：园区管理办公室；责任单位：市数据局）\n",
        encoding="utf-8",
    )
    rp = resolve_plan(extract_file(plan))
    got = {a.mention: a.agency_id for rows in rp.assignments.values() for a in rows}
    assert got["园区管理办公室"] == got["江汉盐化工业园管理办公室"]
    got = {a.mention: a.agency_id for rows in resolve_plan(extract_text(tmp_path, plan.read_text(encoding="utf-8").replace("江汉盐化工业园管理办公室", "市应急管理局"), "alone.txt")).assignments.values() for a in rows}
    assert "江汉" not in got["园区管理办公室"]


def test_a_short_name_defined_for_a_body_named_in_the_preamble_alone(tmp_path):
    """由市城市管理综合行政执法局（以下简称“市执法局”）… in the preamble, then 牵头单位：市执法局: the body
    named before the bracket, as if written in full (was an unknown 执法局 of the city); the words
    bringing it in (由, 成立) are no part of it. Near misses: without the definition 市执法局 stays as it
    resolves, and a short name defined for a list of places (各县（市、区）人民政府（以下简称各地）) is
    no body's."""
    head = "沈阳市2023年大气污染防治工作要点\n\n　　为做好全市大气污染防治工作，由市城市管理综合行政执法局（以下简称“市执法局”）、"
    tail = ("各县（市、区）人民政府（以下简称各地）抓好落实。\n\n一、重点任务\n（一）加强扬尘执法。牵头单位：市执法局；责任单位：各地。\n"
            "（二）加强渣土车管理。牵头单位：市执法局；责任单位：市公安局。\n")
    rp = resolve_plan(extract_text(tmp_path, head + tail, "sy.txt"))
    got = {a.mention: a.agency_id for rows in rp.assignments.values() for a in rows}
    assert got["市执法局"] == "沈阳市/城市管理局"  # (as 市城市管理综合行政执法局 resolves)
    assert got["各地"] != got["市执法局"]
    alone = head.replace("（以下简称“市执法局”）", "")
    got = {a.mention: a.agency_id for rows in resolve_plan(extract_text(tmp_path, alone + tail, "sy2.txt")).assignments.values() for a in rows}
    assert got["市执法局"] != "沈阳市/城市管理局"


def test_a_units_short_name_defined_in_brackets_is_its_alias(tmp_path):
    """市住房保障和房产管理局（以下简称“市房管局”）, then 市房管局: one body (as before), whose alias is the
    short name defined, 市房管局 (was 以下简称市房管局, the words defining it kept). Near miss: a second
    nameplate in brackets (市人社局（市医保局）) is recorded as it was."""
    plan = extract_text(tmp_path, "杭州市人民政府办公厅关于印发杭州市2023年住房保障工作方案的通知\n一、重点任务\n"
                        "（一）推进保障性租赁住房建设。（牵头单位：市住房保障和房产管理局（以下简称“市房管局”）；配合单位：市人社局（市医保局））\n"
                        "（二）加强物业管理。（牵头单位：市房管局）\n", "hz.txt")
    rp = resolve_plan(plan)
    got = {a.mention: a.agency_id for rows in rp.assignments.values() for a in rows}
    assert got["市房管局"] == "杭州市/住房保障和房产管理局"
    assert rp.agencies["杭州市/住房保障和房产管理局"].aliases == ["市住房保障和房产管理局", "市房管局"]
    assert "市医保局" in rp.agencies["杭州市/人力资源和社会保障局"].aliases


def test_a_maritime_office_named_by_its_place_is_its_maritime_bureaus(tmp_path):
    """万州海事处 in 万州区's plan is 重庆海事局万州海事处 (the maritime system's office, one body with the
    name written in full: was 万州区/海事处, the district's own body, beside 重庆市/海事局/万州海事处);
    区海事处 and a neighbour's 涪陵海事处 likewise, and 如皋海事处 in 南通市's plan is 南通海事局's. Near
    misses: a 海事局 named by its place stays the place's, a local maritime office (区地方海事处) the
    district's own."""
    wanzhou = extract_text(tmp_path, "重庆市万州区2023年长江水上交通安全整治工作方案\n\n一、重点任务\n"
                           "（一）加强船舶污染防治。（牵头单位：万州海事处；配合单位：区交通局、区地方海事处）\n"
                           "（二）加强水上搜救。（牵头单位：区交通局；配合单位：重庆海事局万州海事处、涪陵海事处、万州海事局）\n"
                           "（三）加强渡口管理。（牵头单位：区海事处）\n", "wz.txt")
    rp = resolve_plan(wanzhou)
    got = {a.mention: (a.agency_id, a.agency) for rows in rp.assignments.values() for a in rows}
    assert got["万州海事处"] == got["重庆海事局万州海事处"] == got["区海事处"] == ("重庆市/海事局/万州海事处", "重庆海事局万州海事处")
    assert got["涪陵海事处"][0] == "重庆市/海事局/涪陵海事处"
    assert got["万州海事局"][0] == "万州区/海事局" and got["区地方海事处"][0].startswith("万州区/")
    nantong = extract_text(tmp_path, "南通市2023年水上交通安全工作要点\n\n一、重点任务\n（一）加强船舶污染防治。（牵头单位：如皋海事处）\n"
                           "（二）加强航道管理。（牵头单位：南通海事局如皋海事处）\n", "nt.txt")
    got = {a.mention: a.agency_id for rows in resolve_plan(nantong).assignments.values() for a in rows}
    assert got["如皋海事处"] == got["南通海事局如皋海事处"] == "南通市/海事局/如皋海事处"
    rugao = extract_text(tmp_path, "如皋市2023年水上交通安全工作要点\n\n一、重点任务\n（一）加强渡口管理。（牵头单位：市海事处）\n"
                         "（二）加强执法。（牵头单位：市海事局）\n", "rg.txt")
    got = {a.mention: a.agency_id for rows in resolve_plan(rugao).assignments.values() for a in rows}
    assert got["市海事处"] == "南通市/海事局/如皋海事处" and got["市海事局"] != got["市海事处"]
    # near miss: 市海事处 in a city's plan names no county's office
    got = {a.mention: a.agency_id for rows in resolve_plan(extract_text(tmp_path, "南通市2023年水上交通安全工作要点\n\n一、重点任务\n"
                                                                        "（一）加强渡口管理。（牵头单位：市海事处）\n", "nt2.txt")).assignments.values() for a in rows}
    assert "/海事局/" not in got["市海事处"]


def test_a_note_naming_the_body_the_plan_calls_by_a_name_throughout(tmp_path):
    """注：五常市生态环境局为哈尔滨市生态环境局五常分局，以下均称市生态环境局。: every 市生态环境局 of the plan
    is that branch, named so (was 五常市生态环境局, the note not applied); its id stays the county's
    body's. Near misses: a note saying what the body is with no name to call it by (…为…派出机构) and
    the plan without the note keep 五常市生态环境局."""
    head = ("五常市人民政府办公室关于印发五常市2019年秸秆综合利用工作实施方案的通知\n\n各乡（镇）人民政府，市政府各有关部门：\n"
            "　　现将《五常市2019年秸秆综合利用工作实施方案》印发给你们，请认真贯彻执行。\n")
    body = ("\n五常市人民政府办公室\n2019年6月10日\n\n一、重点任务\n（一）加强秸秆禁烧巡查。市生态环境局牵头，市农业农村局配合。\n"
            "（二）推进秸秆还田。市农业农村局负责，市生态环境局、市财政局配合。\n")
    note = "　　注：五常市生态环境局为哈尔滨市生态环境局五常分局，以下均称市生态环境局。\n"
    for name, text, agency in (
        ("called.txt", head + note + body, "哈尔滨市生态环境局五常分局"),
        ("said.txt", head + "　　注：五常市生态环境局为哈尔滨市生态环境局派出机构。\n" + body, "五常市生态环境局"),
        ("none.txt", head + body, "五常市生态环境局"),
    ):
        rp = resolve_plan(extract_text(tmp_path, text, name))
        eco = [a for rows in rp.assignments.values() for a in rows if a.mention == "市生态环境局"]
        assert [a.role for a in eco] == ["lead", "support"]
        assert {(a.agency, a.agency_id) for a in eco} == {(agency, "五常市/生态环境局")}, name
        assert {a.agency for rows in rp.assignments.values() for a in rows if a.mention == "市农业农村局"} == {"五常市农业农村局"}
    # a short name defined after words that are no name (本方案所称…): the body as before, no name made of the words
    prose = head + "　　本方案所称哈尔滨市生态环境局五常分局（以下简称市生态环境局）负责具体组织。\n" + body
    eco = {(a.agency, a.agency_id) for rows in resolve_plan(extract_text(tmp_path, prose, "prose.txt")).assignments.values()
           for a in rows if a.mention == "市生态环境局"}
    assert eco == {("五常市生态环境局", "五常市/生态环境局")}


def test_an_offices_short_name_defined_after_the_body_housing_it_is_the_offices(tmp_path):
    """市林长制办公室设在市林业和园林局（以下简称市林长办）: 市林长办 is the office (one body with 市林长制
    办公室), not the bureau housing it (was 合肥市/林业和园林局: the office's tasks were the bureau's);
    领导小组办公室设在市发展改革委（以下简称市双碳办）: the office the plan names in full. Near miss: a short
    name of the host itself (…设在市住房保障和房产管理局（以下简称市房管局）) stays the host's."""
    hefei = extract_text(tmp_path, "合肥市林长制改革示范区建设2022年工作要点\n\n"
                         "　　市林长制办公室设在市林业和园林局（以下简称市林长办），具体负责组织实施。\n一、压实各级林长责任\n"
                         "　　（一）开展林长巡林。\n　　牵头单位：市林长办\n　　责任单位：市公安局\n"
                         "　　（二）完善“林长+检察长”协作机制。\n　　牵头单位：市林长制办公室\n　　责任单位：市检察院\n"
                         "　　（三）严格林地保护管理。\n　　牵头单位：市林业和园林局\n　　责任单位：市自然资源和规划局\n", "hf.txt")
    got = {a.mention: a.agency_id for rows in resolve_plan(hefei).assignments.values() for a in rows}
    assert got["市林长办"] == got["市林长制办公室"] == "合肥市/林长制办公室"
    assert got["市林业和园林局"] == "合肥市/林业和园林局"
    # the words before the office ran into it (no comma): its written name closing them
    run_on = extract_text(tmp_path, hefei.document.text.replace("　　市林长制办公室设在", "　　为加强组织领导市林长制办公室设在"), "hf2.txt")
    got = {a.mention: a.agency_id for rows in resolve_plan(run_on).assignments.values() for a in rows}
    assert got["市林长办"] == "合肥市/林长制办公室"
    suzhou = extract_text(tmp_path, "苏州市2022年碳达峰碳中和工作要点\n\n　　领导小组办公室设在市发展改革委（以下简称市双碳办），"
                          "承担领导小组日常工作。\n一、加强统筹协调\n"
                          "　　（一）编制碳达峰实施方案。牵头单位：市双碳办，责任单位：市工信局。\n"
                          "　　（二）大力发展光伏发电。牵头单位：市发展改革委；责任单位：市住房城乡建设局。\n"
                          "　　（三）开展节能宣传周活动。牵头单位：市碳达峰碳中和工作领导小组办公室；责任单位：市科协。\n", "sz.txt")
    got = {a.mention: a.agency_id for rows in resolve_plan(suzhou).assignments.values() for a in rows}
    assert got["市双碳办"] == got["市碳达峰碳中和工作领导小组办公室"] != got["市发展改革委"]
    # the office named after the sentence housing it, and the office a leading group sets up: the
    # office of the body the sentence sets up (were 成都市/创文办 and 泉州市/督察整改办, names of no body)
    chengdu = extract_text(tmp_path, "成都市创建全国文明城市2023年工作方案\n一、组织领导\n　　成立成都市创建全国文明城市工作指挥部，"
                           "指挥部办公室设在市委宣传部（市文明办），承担日常工作（以下简称市创文办）。\n二、重点任务\n"
                           "　　（一）组织实地测评模拟检查。（牵头单位：市创文办；配合单位：市委督查室）\n"
                           "　　（二）开展公益广告宣传。（牵头单位：市委宣传部；配合单位：市城管委）\n", "cd.txt")
    got = {a.mention: a.agency_id for rows in resolve_plan(chengdu).assignments.values() for a in rows}
    assert got["市创文办"] == "成都市/创建全国文明城市工作指挥部办公室" and got["市委宣传部"] == "成都市/委宣传部"
    quanzhou = extract_text(tmp_path, "泉州市第二轮省级生态环境保护督察反馈意见整改方案\n\n　　市委、市政府成立督察整改工作领导小组，"
                            "领导小组下设办公室（以下简称市督察整改办），办公室设在市生态环境局。\n一、整改任务\n"
                            "（一）建立整改销号制度。责任单位：市督察整改办\n（二）晋江流域畜禽养殖污染问题。牵头单位：市生态环境局\n", "qz.txt")
    got = {a.mention: a.agency_id for rows in resolve_plan(quanzhou).assignments.values() for a in rows}
    assert got["市督察整改办"] == "泉州市/督察整改工作领导小组办公室" and got["市生态环境局"] == "泉州市/生态环境局"
    led = extract_text(tmp_path, quanzhou.document.text.replace("成立督察整改工作领导小组", "成立以市长为组长的督察整改工作领导小组"), "qz2.txt")
    got = {a.mention: a.agency_id for rows in resolve_plan(led).assignments.values() for a in rows}
    assert got["市督察整改办"] == "泉州市/督察整改工作领导小组办公室"
    host = extract_text(tmp_path, "杭州市2023年住房保障工作要点\n\n　　领导小组办公室设在市住房保障和房产管理局（以下简称市房管局）。\n"
                        "一、重点任务\n（一）推进保障性租赁住房建设。（牵头单位：市房管局）\n"
                        "（二）加强物业管理。（牵头单位：市住房保障和房产管理局）\n", "hz.txt")
    got = {a.mention: a.agency_id for rows in resolve_plan(host).assignments.values() for a in rows}
    assert got["市房管局"] == got["市住房保障和房产管理局"] == "杭州市/住房保障和房产管理局"


def test_a_street_office_named_with_its_district_government():
    """北京市朝阳区人民政府劲松街道办事处 (the formal name of a street office in Beijing and
    Shanghai): the street's plan is 劲松街道's and its offices are the street's (was a place
    人民政府劲松街道)."""
    reg = load_registry()
    plan = PlanMeta("p", "p.txt", issuers=["北京市朝阳区人民政府劲松街道办事处"], jurisdiction="朝阳区")
    assert plan_chain(plan, reg) == ("劲松街道", "北京市朝阳区", "北京市")
    assert resolve_mention(reg, "城市管理办公室", plan).agency_id == "劲松街道/城市管理办公室"
    assert resolve_mention(reg, "朝阳区生态环境局", plan).agency_id == "北京市朝阳区/生态环境局"
    # near miss: a district government issuing alone stays the district's
    district = PlanMeta("p", "p.txt", issuers=["北京市朝阳区人民政府"], jurisdiction="朝阳区")
    assert plan_chain(district, reg) == ("北京市朝阳区", "北京市")


def test_the_park_in_a_zones_own_plan_is_that_zone():
    """园区经济发展局 / 园区党政办 in a 高新区's own plan: 园区 is the plan's zone whatever its kind
    (was a zone 株洲园区 made of the city's short name); a 高新区 body stays the zone's too."""
    reg = load_registry()
    zone = PlanMeta("z", "z.txt", jurisdiction="株洲高新技术产业开发区", issuers=["株洲高新技术产业开发区管理委员会"])
    own = plan_chain(zone, reg)[0]
    assert resolve_mention(reg, "园区经济发展局", zone).agency_id == f"{own}/经济发展局"
    assert resolve_mention(reg, "园区党政办", zone).agency_id == f"{own}/党政办"
    assert resolve_mention(reg, "高新区经济发展局", zone).agency_id == f"{own}/经济发展局"
    # 开发区, no kind of zone, is the plan's zone as 园区 is (开发区管委会 in 芜湖经开区's plan was a
    # zone 芜湖开发区 of its own); in a city's plan it stays the zone named after the city
    assert resolve_mention(reg, "开发区管委会", zone).agency_id == resolve_mention(reg, "高新区管委会", zone).agency_id
    wuhu = PlanMeta("w", "w.txt", jurisdiction="芜湖经开区")
    assert resolve_mention(reg, "开发区管委会", wuhu).agency_id == "芜湖经开区/管委会"
    assert resolve_mention(reg, "开发区管委会", PlanMeta("c", "c.txt", jurisdiction="株洲市")).agency_id == "株洲开发区/管委会"


def test_a_universitys_own_plan_hands_tasks_to_its_offices(tmp_path):
    """A university's plan issued by its party committee (中共昆明理工大学委员会): 教务处, 校长办公室,
    党委宣传部, 各学院 are its own (were 昆明市/理工大学委员会/教务处, the committee read as a city's
    body, and （未知）/党委宣传部); a body naming its place stays the government's. Near miss: a
    city's government issuing stays no department."""
    from respgraph.extract import extract_file

    f = tmp_path / "u.txt"
    f.write_text("中共昆明理工大学委员会文件\n\n中共昆明理工大学委员会关于印发《昆明理工大学2025年党政工作要点》的通知\n\n"
                 "各学院（部）党委，各部门：\n现印发给你们。\n\n中共昆明理工大学委员会\n2025年2月25日\n\n"
                 "昆明理工大学2025年党政工作要点\n\n一、主要任务\n"
                 "1.深化本科教育教学改革。（牵头单位：教务处；责任单位：各学院）\n"
                 "2.修订议事规则。（牵头单位：党委办公室、校长办公室；责任单位：党委宣传部）\n"
                 "3.推进校地合作。（牵头单位：科学技术处；责任单位：昆明市教育局）\n", encoding="utf-8")
    rp = resolve_plan(extract_file(f), load_registry())
    got = {a.mention: a.agency_id for rows in rp.assignments.values() for a in rows}
    u = got["教务处"].rpartition("/")[0]
    assert u.endswith("昆明理工大学") and "委员会" not in u
    assert {m: got[m] for m in ("各学院", "党委办公室", "校长办公室", "党委宣传部", "科学技术处")} == {
        m: f"{u}/{m}" for m in ("各学院", "党委办公室", "校长办公室", "党委宣传部", "科学技术处")}
    assert got["昆明市教育局"] == "昆明市/教育局"
    from respgraph.resolve import issuing_department

    assert issuing_department(PlanMeta("p", "p.txt", issuers=["昆明市人民政府"], jurisdiction="昆明市")) is None


def test_a_state_owned_groups_own_plan_hands_tasks_to_its_departments(tmp_path):
    """A group's plan (陕西交通控股集团有限公司文件): the group is its issuer (was none: the plan had no
    place and every unit was （未知）/安全监督部), and its departments, party offices and subsidiaries
    named without a place are its own; a ministry named bare stays the central one, a government's
    bureau named bare (财政局) the place's."""
    from respgraph.extract import extract_file

    f = tmp_path / "g.txt"
    f.write_text("陕西交通控股集团有限公司文件\n\n陕交控发〔2025〕41号\n\n关于印发《集团公司2025年安全生产工作要点》的通知\n\n"
                 "集团各部门，各子（分）公司：\n现印发给你们。\n\n陕西交通控股集团有限公司\n2025年3月5日\n\n"
                 "集团公司2025年安全生产工作要点\n\n一、主要任务\n"
                 "（一）修订全员安全生产责任清单。\n牵头部门：安全监督部\n配合部门：人力资源部、各子（分）公司\n"
                 "（二）开展“安全生产月”活动。\n牵头部门：党委宣传部\n配合部门：工会、交通运输部\n", encoding="utf-8")
    plan = extract_file(f)
    assert plan.meta.issuers == ["陕西交通控股集团有限公司"]
    rp = resolve_plan(plan, load_registry())
    got = {a.mention: a.agency_id for rows in rp.assignments.values() for a in rows}
    g = got["安全监督部"].rpartition("/")[0]
    assert g.endswith("交通控股集团")  # (the group's id without its legal form: 陕西交控集团有限公司 and 陕西交控集团 are one)
    assert {m: got[m] for m in ("人力资源部", "各子（分）公司", "党委宣传部", "工会")} == {
        m: f"{g}/{m}" for m in ("人力资源部", "各子（分）公司", "党委宣传部", "工会")}
    assert got["交通运输部"] == "中央/交通运输部"
    # near miss: a government's plan addressing groups keeps its own issuer only
    f2 = tmp_path / "c.txt"
    f2.write_text("宝鸡市人民政府办公室\n关于印发宝鸡市安全生产工作要点的通知\n\n各县区人民政府，陕西交通控股集团有限公司宝鸡分公司：\n现印发给你们。\n\n"
                  "宝鸡市人民政府办公室\n2025年3月5日\n\n一、主要任务\n（一）开展隐患排查。（牵头单位：市应急管理局）\n", encoding="utf-8")
    assert extract_file(f2).meta.issuers == ["宝鸡市人民政府办公室"]
@pytest.mark.parametrize("short, full", [
    ("国家外汇局", "国家外汇管理局"),
    ("国家广电总局", "国家广播电视总局"),
    ("国家自然科学基金委", "国家自然科学基金委员会"),
    ("供销合作总社", "中华全国供销合作总社"),
    ("国务院安委会办公室", "国务院安全生产委员会办公室"),
    ("国家网信办", "国家互联网信息办公室"),
    ("中央网信办", "中央网络安全和信息化委员会办公室"),
    ("中央编办", "中央机构编制委员会办公室"),
    ("中央统战部", "中央统一战线工作部"),
])
def test_a_national_body_written_short_or_in_full_is_one_agency(short, full):
    """The short names of the State Council's and the Party centre's documents and the full names
    are one body (国家外汇局 and 国家外汇管理局 were two agencies; 中央网络安全和信息化委员会办公室
    in full lost its 中央, a body of no place unlike 中央网信办's)."""
    reg = load_registry()
    for place, level in (("中央", "national"), ("湖北省", "province")):
        meta = PlanMeta("q", "q.txt", jurisdiction=place, level=level)
        a, b = resolve_mention(reg, short, meta).agency_id, resolve_mention(reg, full, meta).agency_id
        assert a == b and a.startswith("中央/"), (place, a, b)


@pytest.mark.parametrize("short, full, expected", [
    ("武警湖北省总队", "中国人民武装警察部队湖北省总队", "湖北省/武警总队"),
    ("湖北证监局", "中国证券监督管理委员会湖北监管局", "湖北省/证监局"),
    ("国家外汇管理局湖北省分局", "外汇局湖北省分局", "湖北省/外汇管理局分局"),
    ("省纪委监委", "省纪委监委机关", "湖北省/纪委监委"),
    ("省妇联", "湖北省妇女联合会", "湖北省/妇女联合会"),
    ("全国妇联", "中华全国妇女联合会", "中央/中华全国妇女联合会"),
    ("全国总工会", "中华全国总工会", "中央/中华全国总工会"),
    ("中央纪委国家监委", "中央纪委国家监委机关", "中央/中央纪委国家监委"),
])
def test_a_provincial_plans_branch_or_organ_written_short_or_in_full_is_one_agency(short, full, expected):
    """A provincial plan names central bodies' branches and its mass organisations short or in full:
    one agency (中国人民武装警察部队湖北省总队 and 武警湖北省总队 were two; 国家外汇管理局湖北省分局 was
    国家外汇管理分局; 中华全国妇女联合会 in full was the province's)."""
    reg = load_registry()
    meta = PlanMeta("q", "q.txt", jurisdiction="湖北省", level="province")
    assert resolve_mention(reg, short, meta).agency_id == expected
    assert resolve_mention(reg, full, meta).agency_id == expected


def test_a_departments_plan_leaves_the_street_offices_to_the_place(tmp_path):
    """株洲市荷塘区…工作要点 issued by a bureau's (or a committee's) office: 各街道办事处 are the
    district's township-level governments (was 荷塘区/生态环境保护委员会/各街道办事处, read as the
    issuer's 各…处); its own 各科室 stay its collective."""
    from respgraph.extract import extract_file

    plan = tmp_path / "p.txt"
    plan.write_text("荷塘区2023年生态环境保护工作要点\n\n株洲市荷塘区生态环境局文件\n\n"
                    "1.落实河长制，推进河道保洁。（牵头单位：区农林水与生态环境局；责任单位：各街道办事处、各街道、各科室）\n\n"
                    "株洲市荷塘区生态环境局\n2023年3月15日\n", encoding="utf-8")
    rp = resolve_plan(extract_file(plan), load_registry())
    got = {a.mention: (a.agency_id, rp.agencies[a.agency_id].kind) for rows in rp.assignments.values() for a in rows}
    assert got["各街道办事处"] == ("荷塘区/各街道办事处", "collective")
    assert got["各街道"] == ("荷塘区/各街道", "collective")
    assert got["各科室"] == ("荷塘区/生态环境局/各科室", "collective")


DISPATCHED_NATIONAL = [
    # (plan's place, as written, id): a ministry's body named after the basin or region it serves
    ("湖南省", "生态环境部长江流域生态环境监督管理局", "中央/生态环境部长江流域生态环境监督管理局"),
    ("株洲市", "生态环境部长江流域生态环境监督管理局", "中央/生态环境部长江流域生态环境监督管理局"),
    ("株洲市", "生态环境部华南督察局", "中央/生态环境部华南督察局"),
    ("株洲市", "交通运输部长江航务管理局", "中央/交通运输部长江航务管理局"),
    ("湖南省", "水利部长江水利委员会", "中央/长江水利委员会"),  # as 长江水利委员会 / 长江委 written alone
    ("湖南省", "长江委", "中央/长江水利委员会"),
    # a national body's branch named after its place is the place's, written short or in full
    ("株洲市", "国家能源局湖南监管办公室", "湖南省/能源监管办"),
    ("株洲市", "国家能源局湖南监管办", "湖南省/能源监管办"),
    # near misses: a ministry's 司 is its division; a local 部门 stays the place's
    ("株洲市", "国家发展改革委价格司", "中央/国家发展和改革委员会/价格司"),
    ("株洲市", "公安部门", "株洲市/公安部门"),
    ("株洲市", "生态环境部", "中央/生态环境部"),
]


@pytest.mark.parametrize("place,text,agency_id", DISPATCHED_NATIONAL, ids=[f"{p}|{t}" for p, t, _ in DISPATCHED_NATIONAL])
def test_a_ministrys_dispatched_body_is_national_in_every_plan(place, text, agency_id):
    """生态环境部长江流域生态环境监督管理局 in a 湖南省 plan was 湖南省's, in a 株洲市 plan 株洲市's (two
    agencies for one body); 国家能源局湖南监管办公室 in full was the plan's place's."""
    assert resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=place)).agency_id == agency_id


# (plan's place, spellings of one collective of the lower levels' governments, its id)
LEVELS_GOVERNMENTS = [
    ("株洲市", ["各县（市、区）人民政府", "各县市区人民政府", "各县（市区）人民政府", "各县〔市、区〕政府", "各县(市、区)政府"],
     "株洲市/各县（市、区）人民政府"),
    ("株洲市", ["各县（市、区）党委、政府", "各县市区党委政府", "各县（市、区）党委和人民政府"], "株洲市/各县（市、区）党委、政府"),
    # 合肥's and 牡丹江's spelling, a level after the bracket (were 各县（市）区人民政府 and 各县（市）区政府, two ids)
    ("合肥市", ["各县（市）区人民政府", "各县（市）区政府", "各县（市、区）政府"], "合肥市/各县（市、区）人民政府"),
    ("湖南省", ["各市州人民政府", "各市（州）人民政府", "各市州政府"], "湖南省/各市（州）人民政府"),
    ("攸县", ["各乡镇人民政府", "各乡镇政府"], "攸县/各乡镇人民政府"),
]


@pytest.mark.parametrize("place,spellings,agency_id", LEVELS_GOVERNMENTS, ids=[s[0] for _, s, _ in LEVELS_GOVERNMENTS])
def test_a_collective_of_governments_is_one_agency_however_spelt(place, spellings, agency_id):
    """A city's plans write the same addressees 各县（市、区）人民政府, 各县市区人民政府, 各县〔市、区〕政府:
    one collective (was one agency per spelling, so that the city's plans split its counties' work)."""
    reg = load_registry()
    for s in spellings:
        a = resolve_mention(reg, s, PlanMeta("p", "p.txt", jurisdiction=place))
        assert (a.agency_id, a.kind) == (agency_id, "collective"), s


def test_collectives_of_other_levels_or_bodies_stay_apart():
    """Near misses: two groups of levels, the townships with their street offices, the party
    committees and governments, the lower levels' bureaus. (The levels written bare, 各县（市）区, are
    their governments since r2ids: test_a_provinces_levels_written_bare_are_their_governments.)"""
    reg = load_registry()
    ids = {s: resolve_mention(reg, s, PlanMeta("p", "p.txt", jurisdiction="株洲市")).agency_id for s in (
        "各县（市、区）人民政府", "各县（市、区）党委、政府", "各市（州）、县（市、区）人民政府", "各乡镇（街道）",
        "各乡镇人民政府", "各乡镇", "各县市区住建局", "各县（市、区）政府办公室", "各县（市）区委")}
    assert len(set(ids.values())) == len(ids), ids
    assert ids["各市（州）、县（市、区）人民政府"] == "株洲市/各市（州）、县（市、区）人民政府"
    bare = resolve_mention(reg, "各县（市）区", PlanMeta("p", "p.txt", jurisdiction="株洲市")).agency_id
    assert bare == ids["各县（市、区）人民政府"]


def test_development_and_reform_commission_written_without_he():
    """市发展改革委员会 (some plans write the full name without 和) is the 发展和改革委员会 (was
    株洲市/发展改革委员会, an agency beside 市发改委's)."""
    reg = load_registry()
    meta = PlanMeta("p", "p.txt", jurisdiction="株洲市")
    for s in ("市发展改革委员会", "市发改委", "株洲市发展和改革委员会"):
        assert resolve_mention(reg, s, meta).agency_id == "株洲市/发展和改革委员会", s


def test_a_merged_housing_and_transport_bureau_is_one_agency_however_spelt():
    """县住建交通局 / 县住房城乡建设和交通运输局 / 攸县住房和城乡建设交通运输局: one merged bureau with
    both functions (were three agencies); near misses: the 住建局 and the 交通运输局 stay apart."""
    reg = load_registry()
    meta = PlanMeta("p", "p.txt", jurisdiction="攸县")
    for s in ("县住建交通局", "县住房城乡建设和交通运输局", "攸县住房和城乡建设交通运输局", "县住房城乡建设交通运输局"):
        a = resolve_mention(reg, s, meta)
        assert (a.agency_id, a.functions) == ("攸县/住房城乡建设和交通运输局", ["住房城乡建设", "交通运输"]), s
    assert resolve_mention(reg, "县住建局", meta).agency_id == "攸县/住房和城乡建设局"
    assert resolve_mention(reg, "县交通运输局", meta).agency_id == "攸县/交通运输局"


# (plan's place, a body's short and full names): one agency (were two)
SHORT_AND_FULL = [
    ("株洲市", "市科协", "株洲市科学技术协会"),
    ("株洲市", "市工商联", "市工商业联合会"),
    ("株洲市", "市残联", "市残疾人联合会"),
    ("株洲市", "市委政研室", "中共株洲市委政策研究室"),
    ("株洲市", "市委军民融合办", "市委军民融合发展委员会办公室"),
    ("株洲市", "市住房公积金中心", "市住房公积金管理中心"),
    ("株洲市", "株洲市通信管理办", "市通信管理办公室"),
    # the mass organisations by their short names (侨联, 文联; 总商会 the 工商联's other nameplate),
    # the fire brigades by their pre-2018 names, a town's 党政办, a city's one trading and one
    # registry centre: one body each (each was two; test_group_bodies_stay_apart: the near misses)
    ("邯郸市", "市侨联", "市归国华侨联合会"), ("邯郸市", "市文联", "市文学艺术界联合会"),
    ("邯郸市", "市总商会", "市工商联"), ("邯郸市", "市消防支队", "市消防救援支队"),
    ("弋阳县", "县消防大队", "县消防救援大队"), ("浙江省", "省消防总队", "省消防救援总队"),
    ("龙泉镇", "镇党政办公室", "镇党政办"), ("邯郸市", "市公共资源交易服务中心", "市公共资源交易中心"),
    ("邯郸市", "市不动产登记服务中心", "市不动产登记中心"),
    # a city-management 委 written short (武汉, 宜昌) and a government's legal office however written
    # (were two ids, and four: 法制办, 法制办公室, 人民政府法制办, 人民政府法制办公室)
    ("宜昌市", "市城管执法委", "市城市管理执法委员会"),
    ("哈尔滨市", "市法制办", "哈尔滨市人民政府法制办公室"), ("哈尔滨市", "市政府法制办", "市法制办公室"),
]


@pytest.mark.parametrize("place,short,full", SHORT_AND_FULL, ids=[s for _, s, _ in SHORT_AND_FULL])
def test_a_body_written_short_or_in_full_is_one_agency(place, short, full):
    reg = load_registry()
    meta = PlanMeta("p", "p.txt", jurisdiction=place)
    assert resolve_mention(reg, short, meta).agency_id == resolve_mention(reg, full, meta).agency_id


def test_mass_organisations_and_the_legal_office_are_named_in_full():
    # the name a graph shows is the body's full name, as for the bureaus (were 株洲市妇联, 株洲市法制办)
    reg = load_registry()
    meta = PlanMeta("p", "p.txt", jurisdiction="株洲市")
    names = {s: resolve_mention(reg, s, meta).name for s in ("市妇联", "市残联", "市法制办", "市城管执法委")}
    assert names == {"市妇联": "株洲市妇女联合会", "市残联": "株洲市残疾人联合会",
                     "市法制办": "株洲市人民政府法制办公室", "市城管执法委": "株洲市城市管理执法委员会"}
    # near misses: the city-management committee (北京's 城管委) and the enforcement bureau stay two
    # bodies of their own; a party committee's 法制办 is no government's
    ids = {s: resolve_mention(reg, s, meta).agency_id for s in ("市城管委", "市城管执法局", "市委法制办")}
    assert ids == {"市城管委": "株洲市/城市管理委员会", "市城管执法局": "株洲市/城市管理局", "市委法制办": "株洲市/委法制办"}


def test_short_names_near_misses_stay_apart():
    """The government's 研究室 is not the party committee's 政研室; the national 科协 is not the city's."""
    reg = load_registry()
    meta = PlanMeta("p", "p.txt", jurisdiction="株洲市")
    ids = {s: resolve_mention(reg, s, meta).agency_id for s in ("市委政研室", "市政府研究室", "市科协", "中国科学技术协会")}
    assert ids == {"市委政研室": "株洲市/委政策研究室", "市政府研究室": "株洲市/人民政府研究室",
                   "市科协": "株洲市/科学技术协会", "中国科学技术协会": "中央/中国科学技术协会"}


def test_a_zone_named_alone_or_with_its_national_rank_is_its_government():
    """A city's plans write its zone 高新区, 株洲高新区, 株洲国家高新区 or 株洲国家高新技术产业开发区管理委员会,
    as a bare place stands for its government: one agency, 株洲高新区/管委会 (were 株洲市/高新区 and
    株洲市/国家高新区管委会 beside it); its bureaus the zone's. Near misses: 新区, 园区, 开发区 alone
    name no one zone and stay as written."""
    reg = load_registry()
    meta = PlanMeta("p", "p.txt", jurisdiction="株洲市")
    for s in ("高新区", "株洲高新区", "高新区管委会", "株洲国家高新区", "株洲国家高新技术产业开发区管理委员会"):
        assert resolve_mention(reg, s, meta).agency_id == "株洲高新区/管委会", s
    assert resolve_mention(reg, "株洲国家高新区生态环境分局", meta).agency_id == "株洲高新区/生态环境局"
    assert resolve_mention(reg, "国家级经开区", meta).agency_id == "株洲经开区/管委会"
    for s in ("新区", "园区", "开发区"):
        assert resolve_mention(reg, s, meta).agency_id == f"株洲市/{s}", s


def test_a_zone_named_alone_in_a_provinces_or_the_nations_plan_is_a_kind_of_zone():
    """In a province's or the nation's plan 高新区 / 国家高新区 / 国家级经开区 named alone is a kind of
    zone, kept as written (was 湖南高新区/管委会, 中央高新区/管委会: a zone nobody has); a zone named
    after its city is that zone in any plan, and a county's 高新区 its own."""
    reg = load_registry()
    for place, pid in (("湖南省", "湖南省"), ("中央", "中央")):
        meta = PlanMeta("p", "p.txt", jurisdiction=place)
        for s in ("高新区", "国家高新区", "国家级经开区", "经开区"):
            assert resolve_mention(reg, s, meta).agency_id == f"{pid}/{s}", (place, s)
        assert resolve_mention(reg, "株洲高新区", meta).agency_id == "株洲高新区/管委会", place
    county = PlanMeta("p", "p.txt", jurisdiction="攸县")
    assert resolve_mention(reg, "高新区", county).agency_id == "攸县高新区/管委会"


def test_a_carriers_branch_written_without_its_brands_china_is_the_same_branch():
    """移动株洲分公司 (was 株洲市/移动株洲分公司, an unknown body) is 中国移动株洲分公司, the city's
    移动公司; in a county-level city's plan its own branch (电信醴陵分公司 = 醴陵市/电信公司)."""
    reg = load_registry()
    city = PlanMeta("p", "p.txt", jurisdiction="株洲市")
    for short, full, aid in (("移动株洲分公司", "中国移动株洲分公司", "株洲市/移动公司"),
                             ("联通株洲分公司", "中国联通株洲分公司", "株洲市/联通公司"),
                             ("电信醴陵分公司", "中国电信醴陵分公司", "醴陵市/电信公司")):
        assert resolve_mention(reg, short, city).agency_id == resolve_mention(reg, full, city).agency_id == aid, short


# (plan's place, a party committee's office or department written short or in full): one agency
PARTY_SHORT_AND_FULL = [
    ("株洲市", "市委统战部", "中共株洲市委统一战线工作部"),
    ("攸县", "县委依法治县办", "县委全面依法治县委员会办公室"),
    ("株洲市", "市委依法治市办", "市委全面依法治市委员会办公室"),
    ("株洲市", "市委农办", "市委农村工作领导小组办公室"),
    ("株洲市", "市委科技办", "市委科技委员会办公室"),
    ("株洲市", "市委财经办", "市委财经委员会办公室"),
    # a commission written with 委 for 委员会, and its office so written (were 委财经委 and a division
    # of it)
    ("株洲市", "市委财经委", "市委财经委员会"),
    ("株洲市", "市委财经委办公室", "市委财经委员会办公室"),
    ("株洲市", "市委外事委办公室", "市委外办"),
    ("株洲市", "市委深改委办公室", "市委深改办"),
    ("株洲市", "市委金融委办公室", "市委金融办"),
    ("攸县", "县委编委", "县委机构编制委员会"),
]


@pytest.mark.parametrize("place,short,full", PARTY_SHORT_AND_FULL, ids=[s for _, s, _ in PARTY_SHORT_AND_FULL])
def test_a_party_office_written_short_or_in_full_is_one_agency(place, short, full):
    """市委统战部 and 中共株洲市委统一战线工作部 were two agencies, and so were each office's short and full
    names; the near miss: the party committee's 统战部 is not its 组织部."""
    reg = load_registry()
    meta = PlanMeta("p", "p.txt", jurisdiction=place)
    a, b = resolve_mention(reg, short, meta), resolve_mention(reg, full, meta)
    assert a.agency_id == b.agency_id and a.kind == "party", (a.agency_id, b.agency_id)
    assert resolve_mention(reg, "市委组织部", meta).agency_id != resolve_mention(reg, "市委统战部", meta).agency_id


def test_bodies_of_plans_naming_no_place_are_each_plans_own(tmp_path):
    """Two plans that name no place are no one county: each one's 县市场监督管理局 is its own body,
    its id's place qualified by the plan's id (was one （未知县）/市场监督管理局 for both, merging
    unrelated plans' workloads and partners); its name stays as written. A plan naming its place
    keeps its ids."""
    from respgraph.extract import extract_file
    from respgraph.graph import build_graph

    body = "\n一、重点任务\n1.开展食品安全排查。（牵头单位：县市场监督管理局；配合单位：县公安局）\n"
    plans = []
    for stem, head in (("a1", "食品安全专项整治工作方案"), ("b2", "校园周边环境整治工作方案"),
                       ("c3", "分宜县食品安全专项整治工作方案")):
        path = tmp_path / f"{stem}.txt"
        path.write_text(head + body, encoding="utf-8")
        plans.append(resolve_plan(extract_file(path), load_registry()))
    ids = [[a.agency_id for a in rp.assignments[f"{rp.plan.meta.plan_id}:001"]] for rp in plans]
    assert ids == [["（未知县·a1）/市场监督管理局", "（未知县·a1）/公安局"],
                   ["（未知县·b2）/市场监督管理局", "（未知县·b2）/公安局"],
                   ["分宜县/市场监督管理局", "分宜县/公安局"]]
    a = plans[0].agencies["（未知县·a1）/市场监督管理局"]
    assert (a.name, a.jurisdiction, a.functions) == ("（未知县）市场监督管理局", "（未知县·a1）", ["市场监管"])
    G = build_graph(plans)
    assert sum(1 for n in G if str(n).endswith("/市场监督管理局")) == 3
def test_places_written_bare_before_an_office_closing_their_list(tmp_path):
    """延平区、建阳区河长办 (one office named once for two places): 延平区 is 延平区河长办, as 南宁、
    钦州市人民政府 names each government; the names stay as written. An item's 要 sentence so
    written reads too (was no lead: 延平区 alone is a place, urged). Near misses: districts before a
    new area's committee (碑林区、曲江新区管委会), places alone (延平区、建阳区要…)."""
    from respgraph.extract import extract_file

    plan = tmp_path / "南平市2024年河长制工作要点.txt"
    plan.write_text(
        "南平市2024年河长制工作要点\n一、重点任务\n"
        "（一）加强河湖巡查。延平区、建阳区河长办要加强巡河督导，确保问题及时发现。\n"
        "（二）推进河道清淤。（责任单位：顺昌县、浦城县水利局）\n"
        "（三）加强水质监测。延平区、建阳区要加强水质监测。\n"
        "（四）打造消费街区。（责任单位：碑林区、曲江新区管委会）\n",
        encoding="utf-8",
    )
    rp = resolve_plan(extract_file(plan))
    got = [[(a.mention, a.agency, a.role) for a in rows] for rows in rp.assignments.values()]
    assert got[0] == [("延平区", "延平区河长制办公室", "lead"), ("建阳区河长办", "建阳区河长制办公室", "support")]
    assert got[1] == [("顺昌县", "顺昌县水利局", "lead"), ("浦城县水利局", "浦城县水利局", "support")]
    assert got[2] == []
    assert got[3][0][0] == "碑林区" and not got[3][0][1].endswith("管委会") and got[3][1][:2] == ("曲江新区管委会", "曲江新区管委会")


def test_every_county_written_before_an_office_closing_their_list(tmp_path):
    """各县（市）区、开发区林长办 (合肥's places, then the office of each): 各县（市）区 is every county's and
    district's 林长办 (was 各县（市）区, the governments, beside the zones' office). Near misses: the
    zones' committee (各县（市）区、开发区管委会: the counties are governed by no 管委会) and a city
    bureau after them (各县（市）区、市林业和园林局)."""
    plan = extract_text(tmp_path, "合肥市2022年林长制工作要点\n一、重点任务\n"
                        "（一）开展林长巡林。（牵头单位：市林长办；责任单位：各县（市）区、开发区林长办）\n"
                        "（二）开展林业招商。（牵头单位：市投资促进局；责任单位：各县（市）区、开发区管委会）\n"
                        "（三）加强松材线虫病防控。（牵头单位：市林业和园林局；责任单位：各县（市）区、市财政局）\n", "hf.txt")
    rp = resolve_plan(plan)
    got = [{a.mention: a.agency_id for a in rows} for rows in rp.assignments.values()]
    assert got[0]["各县（市）区"] == "合肥市/各县（市）区林长办"
    assert "林长" not in got[1]["各县（市）区"] and "管委会" not in got[1]["各县（市）区"]
    assert got[2]["各县（市）区"] == got[1]["各县（市）区"] and got[2]["市财政局"] == "合肥市/财政局"
    assert got[1]["开发区管委会"] == "合肥市/各开发区管委会"  # (every zone's: the 各 reaches it)


def test_a_provinces_bodies_written_by_level_after_its_named_body_in_a_regional_plan(tmp_path):
    """A plan of a region across provinces (京津冀及周边地区) names no province of its own: in
    （河北省环境保护厅牵头，省发展改革委、省质监局配合） the 省 is 河北省, whose body leads the sentence
    (were 京津冀及周边地区所在省/…). Near misses: a 省X opening a sentence of its own keeps the
    unnamed province, and in a province's own plan 省X stays that province's after another's body."""
    from respgraph.extract import extract_file

    plan = tmp_path / "京津冀及周边地区2017年大气污染联防联控重点工作分工方案.txt"
    plan.write_text(
        "京津冀及周边地区2017年大气污染联防联控重点工作分工方案\n一、重点工作\n"
        "1．淘汰燃煤小锅炉。全面淘汰10蒸吨及以下燃煤锅炉。（河北省环境保护厅牵头，省发展改革委、省质监局配合）\n"
        "2．严格煤质管控。天津市市场和质量监督管理委员会、河北省质量技术监督局按职责分工负责。\n"
        "3．推进清洁取暖。省发展改革委负责。\n",
        encoding="utf-8",
    )
    rp = resolve_plan(extract_file(plan))
    got = [[(a.mention, a.agency_id) for a in rows] for rows in rp.assignments.values()]
    assert got[0] == [("河北省环境保护厅", "河北省/环境保护厅"), ("省发展改革委", "河北省/发展和改革委员会"),
                      ("省质监局", "河北省/质量技术监督局")]
    assert not got[2][0][1].startswith("河北省/")
    own = tmp_path / "浙江省2022年工作要点.txt"
    own.write_text(
        "浙江省人民政府办公厅关于印发浙江省2022年工作要点的通知\n一、重点工作\n"
        "1．推进跨省断头路打通。上海市交通委牵头，省交通运输厅配合。\n",
        encoding="utf-8",
    )
    rp = resolve_plan(extract_file(own))
    assert [a.agency_id for rows in rp.assignments.values() for a in rows] == ["上海市/交通委员会", "浙江省/交通运输厅"]


def test_provinces_written_bare_before_a_provincial_body_closing_their_list(tmp_path):
    """A plan across provincial borders names one kind of body once for several provinces
    (浙江省、江苏省自然资源部门指导 / 云南省、贵州省、四川省生态环境厅负责): each province is that
    province's body (the clause was dropped: 浙江省 alone is no name, every unit of it lost). Near
    misses: provinces alone (浙江省、江苏省配合: no body named) read no clause, and provinces before
    a government (浙江省、江苏省人民政府) stay each province's government."""
    from respgraph.extract import extract_file

    plan = tmp_path / "太湖流域2022年度工作安排.txt"
    plan.write_text(
        "太湖流域水环境综合治理2022年度工作安排\n一、重点任务\n"
        "1．推进环太湖湖滨带生态修复。湖州市人民政府、无锡市人民政府按职责分工负责，浙江省、江苏省自然资源部门指导。\n"
        "2．开展联合执法。云南省、贵州省、四川省生态环境厅负责。\n"
        "3．加强协调。湖州市人民政府负责，浙江省、江苏省配合。\n"
        "4．召开协作会议。浙江省、江苏省人民政府负责。\n"
        "5．开展草原联合执法。山西省、内蒙古自治区林业和草原局负责。\n"
        "6．开展联合监测。宁夏回族自治区、甘肃省生态环境厅负责。\n",
        encoding="utf-8",
    )
    rp = resolve_plan(extract_file(plan))
    got = [[(a.mention, a.agency_id, a.role) for a in rows] for rows in rp.assignments.values()]
    assert got[0] == [("湖州市人民政府", "湖州市/人民政府", "lead"), ("无锡市人民政府", "无锡市/人民政府", "lead"),
                      ("浙江省", "浙江省/自然资源部门", "support"), ("江苏省自然资源部门", "江苏省/自然资源部门", "support")]
    assert [(m, i) for m, i, _ in got[1]] == [("云南省", "云南省/生态环境厅"), ("贵州省", "贵州省/生态环境厅"),
                                               ("四川省生态环境厅", "四川省/生态环境厅")]
    assert "浙江省" not in [m for m, _, _ in got[2]]
    assert [(m, i) for m, i, _ in got[3]] == [("浙江省", "浙江省/人民政府"), ("江苏省人民政府", "江苏省/人民政府")]
    # the resolver names a bare province by the grammar's pattern that accepted the list: an
    # autonomous region's body (内蒙古自治区林业和草原局, read as a district's office were it another
    # pattern) and a region's name of seven characters (宁夏回族自治区) were the plan's place or no place
    assert [(m, i) for m, i, _ in got[4]] == [("山西省", "山西省/林业和草原局"), ("内蒙古自治区林业和草原局", "内蒙古自治区/林业和草原局")]
    assert [(m, i) for m, i, _ in got[5]] == [("宁夏回族自治区", "宁夏回族自治区/生态环境厅"), ("甘肃省生态环境厅", "甘肃省/生态环境厅")]


def test_divisions_written_bare_before_the_party_branch_closing_their_list(tmp_path):
    """大气环境科、水生态环境科、土壤科党支部 (one kind of body named once for three divisions): each is
    that 科's party branch, as 延平区、建阳区河长办 names each office (大气环境科 was the division
    itself, beside the one branch), and 第一、第二、第三党支部 each numbered branch; the names stay as written. Near misses: the bureau's own branch
    closing a list of divisions (局办公室、大气科、机关党支部: three bodies), divisions alone."""
    from respgraph.extract import extract_file

    plan = tmp_path / "甲市生态环境局2024年党建工作要点.txt"
    plan.write_text(
        "甲市生态环境局2024年党建工作要点\n一、加强基层组织建设\n"
        "1.开展结对共建。（局机关党委牵头，大气环境科、水生态环境科、土壤科党支部配合）\n"
        "2.加强党建宣传。（局机关党委牵头，局办公室、大气科、机关党支部配合）\n"
        "3.开展业务培训。（局人事科牵头，大气环境科、水生态环境科配合）\n"
        "4.开展主题党日。（局机关党委牵头，第一、第二、第三党支部配合）\n",
        encoding="utf-8",
    )
    rp = resolve_plan(extract_file(plan))
    got = [[(a.mention, a.agency_id.rsplit("/", 1)[-1], a.role) for a in rows] for rows in rp.assignments.values()]
    assert got[0][1:] == [("大气环境科", "大气环境科党支部", "support"), ("水生态环境科", "水生态环境科党支部", "support"),
                          ("土壤科党支部", "土壤科党支部", "support")]
    assert [x[1] for x in got[1][1:]] == ["办公室", "大气科", "机关党支部"]
    assert [x[1] for x in got[2]] == ["人事科", "大气环境科", "水生态环境科"]
    # numbers written bare before a numbered branch: each its branch (第一 is 第一党支部)
    assert [x[:2] for x in got[3][1:]] == [("第一", "第一党支部"), ("第二", "第二党支部"), ("第三党支部", "第三党支部")]


def test_autonomous_places_written_short_in_any_plan(tmp_path):
    """乳源县 / 长阳县 / 连南县 / 石柱县 / 双江县 written in a city's or a province's plan are the autonomous
    counties (were 乳源县/发展和改革委员会 beside 乳源瑶族自治县/…, one county under two ids), and a full
    name longer than 8 characters opens a mention (were 湖北省/恩施土家族苗族自治州发展改革委,
    临沧市/双江拉祜族佤族布朗族傣族自治县人民政府)."""
    import shutil

    reg = load_registry()
    shaoguan = PlanMeta("p", "p.txt", jurisdiction="韶关市")
    ruyuan = PlanMeta("p", "p.txt", jurisdiction="乳源瑶族自治县", issuers=["乳源瑶族自治县人民政府"])
    for plan in (shaoguan, ruyuan, PlanMeta("p", "p.txt", jurisdiction="广东省")):
        assert resolve_mention(reg, "乳源县发展改革局", plan).agency_id == "乳源瑶族自治县/发展和改革委员会"
    assert resolve_mention(reg, "乳源瑶族自治县发展改革局", shaoguan).agency_id == "乳源瑶族自治县/发展和改革委员会"
    assert resolve_mention(reg, "乳源县人民政府", shaoguan).agency_id == "乳源瑶族自治县/人民政府"
    # a plan whose place is written short is the autonomous county's, its city above it
    short_plan = PlanMeta("p", "p.txt", jurisdiction="乳源县")
    assert plan_chain(short_plan, reg) == ("乳源瑶族自治县", "韶关市", "广东省")
    assert resolve_mention(reg, "县发展改革局", short_plan).agency_id == "乳源瑶族自治县/发展和改革委员会"
    got = {
        ("宜昌市", "长阳县水利局"): "长阳土家族自治县/水利局",
        ("湖北省", "长阳县人民政府"): "长阳土家族自治县/人民政府",
        ("清远市", "连南县教育局"): "连南瑶族自治县/教育局",
        ("重庆市", "石柱县发展改革委"): "石柱土家族自治县/发展和改革委员会",
        ("临沧市", "双江县教育体育局"): "双江拉祜族佤族布朗族傣族自治县/教育体育局",
        ("临沧市", "双江拉祜族佤族布朗族傣族自治县人民政府"): "双江拉祜族佤族布朗族傣族自治县/人民政府",
        ("湖北省", "恩施州发展改革委"): "恩施土家族苗族自治州/发展和改革委员会",
        ("湖北省", "恩施土家族苗族自治州发展改革委"): "恩施土家族苗族自治州/发展和改革委员会",
        ("贵州省", "黔东南州教育局"): "黔东南苗族侗族自治州/教育局",
        # near misses: a county that bears the name, a county named after its city, a place nobody listed
        ("和田地区", "和田县"): "和田县/人民政府",
        ("南昌市", "南昌县水利局"): "南昌县/水利局",
        ("昆明市", "安宁县水利局"): "安宁县/水利局",
    }
    assert {k: resolve_mention(reg, k[1], PlanMeta("p", "p.txt", jurisdiction=k[0])).agency_id for k in got} == got
    # near miss: two autonomous counties that would both be written 乳源县 -> neither is read from it
    own = tmp_path / "registry"
    shutil.copytree(reg.path, own)
    with open(own / "counties.csv", "a", encoding="utf-8") as f:
        f.write("乳源苗族自治县,county,清远市,999999\n")
    two = load_registry(own)
    assert resolve_mention(two, "乳源县发展改革局", shaoguan).agency_id == "乳源县/发展和改革委员会"
    assert resolve_mention(two, "乳源瑶族自治县发展改革局", shaoguan).agency_id == "乳源瑶族自治县/发展和改革委员会"


def test_a_name_ocr_misread_in_one_character_is_the_body_it_misreads(tmp_path):
    """A scan's OCR misreads a character inside a name (县农业农材局, 县住房城多建设局, 城市管埋办公室):
    the body is the one the plan writes elsewhere (it was a second agency of the same function, the
    misread name its id); the mention keeps its spelling. Near misses: two real bodies one
    character apart (县党建办 / 县党政办: other functions; 县水利局 / 县水务局: four characters), a
    name of another level (市财政局 / 县财政局), and a real local name one character from a
    registry name with no pair in its plan (区科技工贸和信息化局) stay as they are."""
    from respgraph.extract import extract_file

    p = tmp_path / "scan.txt"
    p.write_text(
        "XX县人民政府办公室关于印发XX县耕地保护工作方案的通知\n二、主要任务\n"
        "（一）稳定粮食面积。（牵头单位：县农业农村局；责任单位：县财政局、县住房城乡建设局）\n"
        "（二）建设高标准农田。（牵头单位：县农业农村局；责任单位：县水利局、县水务局）\n"
        "（三）严管耕地用途。（牵头单位：县自然资源局；责任单位：县农业农材局、县住房城多建设局）\n"
        "（四）整治农村环境。（牵头单位：城市管理办公室；责任单位：城市管埋办公室、县党建办、县党政办）\n"
        "（五）推进数字乡村。（牵头单位：县科技工贸和信息化局；责任单位：市财政局）\n",
        encoding="utf-8",
    )
    rp = resolve_plan(extract_file(p))
    ids = {a.mention: a.agency_id for v in rp.assignments.values() for a in v}
    assert ids["县农业农材局"] == ids["县农业农村局"]
    assert ids["县住房城多建设局"] == ids["县住房城乡建设局"]
    assert ids["城市管埋办公室"] == ids["城市管理办公室"]
    assert ids["县党建办"] != ids["县党政办"] and ids["县水利局"] != ids["县水务局"]
    assert ids["市财政局"] != ids["县财政局"]
    assert ids["县科技工贸和信息化局"].endswith("科技工贸和信息化局")
    mentions = {a.mention for v in rp.assignments.values() for a in v}
    assert {"县农业农材局", "县住房城多建设局", "城市管埋办公室"} <= mentions  # as written


def test_two_cities_one_character_apart_are_two_bodies_not_a_misreading(tmp_path):
    """A province's plan names its cities' bureaus: 南京市生态环境局 three times, 南通市生态环境局
    once. The two differ in one character, but inside the places they open with, both listed: two
    cities' bureaus (南通's was filed as 南京市/生态环境局, a misreading of the name written more
    often). Near miss: a name misread inside its body (市住房城多建设局) is still the body it misreads."""
    from respgraph.extract import extract_file

    p = tmp_path / "js.txt"
    p.write_text(
        "江苏省推进长三角生态环境共保联治2023年工作要点\n一、重点任务\n"
        "1.推进交界地区联防联控。南京市生态环境局、苏州市生态环境局按职责分工负责。\n"
        "2.推进近岸海域污染防治。南通市生态环境局、盐城市生态环境局负责，省海洋处指导。\n"
        "3.推进石臼湖保护。（牵头单位：南京市生态环境局；配合单位：市住房城乡建设局）\n"
        "4.推进固城湖保护。南京市生态环境局牵头，市住房城多建设局配合。\n",
        encoding="utf-8",
    )
    rp = resolve_plan(extract_file(p))
    ids = {a.mention: a.agency_id for v in rp.assignments.values() for a in v}
    assert ids["南通市生态环境局"] == "南通市/生态环境局"
    assert ids["南京市生态环境局"] == "南京市/生态环境局"
    assert ids["市住房城多建设局"] == ids["市住房城乡建设局"]


def test_one_body_written_two_ways_in_a_task_leads_it_once(tmp_path):
    """国网三台县供电公司牵头 … 县供电公司负责做好线路巡检: two names of one body in one task; it
    leads (it was the task's lead and its support, a LEADS and a SUPPORTS edge); each mention
    keeps its assignment and source. Near misses: another body beside it keeps its support, and a
    body that only supports stays a support."""
    from respgraph.extract import extract_file, plan_records

    path = tmp_path / "三台县迎峰度夏方案.txt"
    path.write_text(
        "三台县2025年迎峰度夏电力保供工作方案\n\n一、重点任务\n"
        "（一）加强电网运维。国网三台县供电公司牵头，县发展改革局配合，县供电公司负责做好线路巡检。\n"
        "（二）保障重点用户供电。（牵头单位：县经信局；责任单位：县供电公司）\n",
        encoding="utf-8",
    )
    plan = extract_file(path)
    rp = resolve_plan(plan, load_registry())
    first, second = (rp.assignments[t.task_id] for t in plan.tasks)
    assert [(a.mention, a.agency_id, a.role) for a in first] == [
        ("国网三台县供电公司", "三台县/供电公司", "lead"),
        ("县发展改革局", "三台县/发展和改革委员会", "support"),
        ("县供电公司", "三台县/供电公司", "lead"),
    ]
    assert [(a.mention, a.role) for a in second] == [("县经信局", "lead"), ("县供电公司", "support")]
    # the extract's records say the same
    records = plan_records(plan)
    assert [(a["mention"], a["role"]) for a in records[0]["assignments"]] == [
        ("国网三台县供电公司", "lead"), ("县发展改革局", "support"), ("县供电公司", "lead")]


def test_a_new_name_in_brackets_mid_reform_links_the_old_body_to_it(tmp_path):
    """市水务局（市水利局） in a 2019 plan, the reform under way: the bracket gives the body's new name
    (the old one written first), and 市水务局 links to 市水利局, which the plan names alone too (was
    no link: the bracket read as a second nameplate of 市水务局). Near misses: two nameplates of
    bodies doing different work (市发展改革委（市粮食和储备局）, 市人社局（市医保局）) state no link, and
    市环保局（市生态环境局） keeps successors.csv's link."""
    from respgraph.extract import extract_file
    from respgraph.graph import build_graph

    plan = tmp_path / "a.txt"
    plan.write_text(
        "邢台市人民政府办公室关于印发邢台市2019年水污染防治工作方案的通知\n一、重点任务\n"
        "（一）加强饮用水源保护。（牵头单位：市水务局（市水利局）；配合单位：市环保局（市生态环境局））\n"
        "（二）推进河道治理。（牵头单位：市水利局）\n"
        "（三）加强排污口监管。（牵头单位：市生态环境局）\n"
        "（四）统筹项目资金。（牵头单位：市发展改革委（市粮食和储备局）；配合单位：市粮食和储备局）\n"
        "（五）落实参保补贴。（牵头单位：市人社局（市医保局）；配合单位：市医保局）\n",
        encoding="utf-8",
    )
    G = build_graph([resolve_plan(extract_file(plan))])
    links = {d["agency_id"]: d["successor"] for _, d in G.nodes(data=True) if d.get("type") == "Agency" and "successor" in d}
    assert links == {"邢台市/水务局": "邢台市/水利局", "邢台市/环境保护局": "邢台市/生态环境局"}


@pytest.mark.parametrize(
    "plan_j,text",
    [
        ("吉安市", "吉安市泰和生态环境局"),
        ("吉安市", "泰和生态环境局"),
        ("吉安市", "市生态环境局泰和分局"),
        ("吉安市", "泰和县生态环境局"),
        ("泰和县", "县生态环境局"),
        ("泰和县", "泰和生态环境局"),
        ("泰和县", "吉安市泰和生态环境局"),
        ("泰和县", "市生态环境局泰和分局"),
        ("泰和县", "县生态环境分局"),
    ],
)
def test_a_countys_eco_branch_is_one_body_however_its_city_and_it_write_it(plan_j, text):
    """Since the 2019 vertical-management reform a county's eco bureau is the city bureau's branch
    in the county: 吉安市泰和生态环境局, 泰和生态环境局 (in the city's plan too, where 泰和 alone is
    otherwise no place), 市生态环境局泰和分局 and 县生态环境局 are one id, the county's (were
    吉安市/泰和生态环境局, 吉安市/生态环境局泰和分局 and 泰和县/生态环境分局 beside 泰和县/生态环境局)."""
    a = resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=plan_j))
    assert (a.agency_id, a.jurisdiction, a.functions) == ("泰和县/生态环境局", "泰和县", ["生态环境"])


@pytest.mark.parametrize(
    "plan_j,text",
    [
        # an autonomous prefecture's county-level city: the branch written with the 州's short name,
        # its full one or 州, with 市 or without, and the city's own bureau are one id
        ("延吉市", "延边州生态环境局延吉市分局"),
        ("延吉市", "延边朝鲜族自治州生态环境局延吉分局"),
        ("延吉市", "州生态环境局延吉市分局"),
        ("延吉市", "市生态环境局"),
        ("延边朝鲜族自治州", "延吉市生态环境局"),
        ("延边朝鲜族自治州", "延吉生态环境局"),
        ("吉林省", "延边州生态环境局延吉市分局"),
    ],
)
def test_a_prefectures_eco_branch_in_its_county_city_is_that_citys_bureau(plan_j, text):
    a = resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=plan_j))
    assert a.agency_id == "延吉市/生态环境局"
    # near miss: another county-level city of the 州 keeps its own bureau
    assert resolve_mention(load_registry(), "州生态环境局珲春市分局", PlanMeta("p", "p.txt", jurisdiction=plan_j)).agency_id == "珲春市/生态环境局"


@pytest.mark.parametrize(
    "plan_j,text,agency_id",
    [
        # a plan across a provincial border names its partner's county eco bureau the way its city
        # does: in a 青浦区 plan 吴江生态环境局 is 吴江区's (was 青浦区/吴江生态环境局)
        ("青浦区", "吴江生态环境局", "吴江区/生态环境局"),
        ("长兴县", "宜兴生态环境局", "宜兴市/生态环境局"),
        # a county-level city after its city is that county's (was 无锡市/宜兴生态环境局)
        ("长兴县", "无锡市宜兴生态环境局", "宜兴市/生态环境局"),
        ("江苏省", "无锡市宜兴生态环境局", "宜兴市/生态环境局"),
        ("青浦区", "苏州市吴江生态环境局", "吴江区/生态环境局"),
        # near misses: a short name two districts share (长安区 of 西安市 and of 石家庄市) names
        # neither; a firm named after no place inside its city stays the city's
        ("青浦区", "长安生态环境局", "青浦区/长安生态环境局"),
        ("江苏省", "芜湖中燃城市燃气发展有限公司", "芜湖市/中燃城市燃气发展有限公司"),
    ],
)
def test_a_partners_county_eco_bureau_is_placed_in_its_own_county(plan_j, text, agency_id):
    assert resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=plan_j)).agency_id == agency_id


@pytest.mark.parametrize(
    "plan_j,text,agency_id",
    [
        ("三门峡市", "三门峡市生态环境局陕州分局", "陕州区/生态环境局"),
        ("陕州区", "陕州区生态环境分局", "陕州区/生态环境局"),
        ("吉安市", "市生态环境局吉州区分局", "吉州区/生态环境局"),
        ("吉安市", "市生态环境局高新区分局", "吉安高新区/生态环境局"),
        ("吉安市", "市生态环境保护综合行政执法支队泰和大队", "泰和县/生态环境保护综合行政执法大队"),
        # the branch's station and squad named by no field are the county's (the 2016-19 reform moved
        # the county's station up with its bureau): were divisions, 泰和县/生态环境局/监测站
        ("吉安市", "市生态环境局泰和分局监测站", "泰和县/生态环境监测站"),
        ("吉安市", "市生态环境局泰和分局执法大队", "泰和县/生态环境保护综合行政执法大队"),
        ("泰和县", "县生态环境局监测站", "泰和县/生态环境监测站"),
        # near misses: the branch's other units stay its divisions; a city's station (the province's
        # since the reform) and another bureau's squad stay divisions too
        ("吉安市", "市生态环境局泰和分局办公室", "泰和县/生态环境局/办公室"),
        ("吉安市", "市生态环境局监测站", "吉安市/生态环境局/监测站"),
        ("吉安市", "市自然资源局泰和分局执法大队", "泰和县/自然资源局/执法大队"),  # (the branch is the county's body: one_body.csv)
        ("泰和县", "县环保局监测站", "泰和县/环境保护局/监测站"),
        # near misses: the city's own bodies stay the city's; the old name keeps its own id
        ("泰和县", "市生态环境局", "吉安市/生态环境局"),
        ("吉安市", "市生态环境保护综合行政执法支队", "吉安市/生态环境保护综合行政执法支队"),
        ("泰和县", "县环保局", "泰和县/环境保护局"),
        ("吉安市", "市生态环境监测中心", "吉安市/生态环境监测中心"),
        # a county's short name before another bureau stays no place in its city's plan
        ("吉安市", "泰和水利局", "吉安市/泰和水利局"),
    ],
)
def test_eco_branches_and_their_units_are_the_countys(plan_j, text, agency_id):
    a = resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=plan_j))
    assert a.agency_id == agency_id


@pytest.mark.parametrize("text", ["县环境监察大队", "市固体废物管理中心", "市固废中心", "市辐射站"])
def test_eco_units_named_by_their_work_are_eco(text):
    a = resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction="泰和县"))
    assert a.functions == ["生态环境"] and a.known


@pytest.mark.parametrize(
    "plan_j,text,parent",
    [
        ("吉安市", "泰和生态环境局", "吉安市/生态环境局"),
        ("泰和县", "吉安市泰和生态环境局", "吉安市/生态环境局"),
        ("泰和县", "市生态环境局泰和分局", "吉安市/生态环境局"),
        ("陕州区", "区生态环境分局", "三门峡市/生态环境局"),
        # near misses: written as the county's own bureau, no department said (it may be of before
        # the reform); a zone's branch has no city listed above it
        ("泰和县", "县生态环境局", None),
        ("泰和县", "泰和生态环境局", None),
        ("吉安市", "市生态环境局高新区分局", None),
    ],
)
def test_an_eco_body_written_as_the_city_bureaus_branch_says_its_department(plan_j, text, parent):
    a = resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=plan_j))
    assert (a.kind, a.parent) == ("agency", parent)


@pytest.mark.parametrize(
    "plan_j,text,name",
    [
        # a county's eco body written as the city bureau's branch is named so, as 安徽's plans name it
        # (was 怀宁县生态环境分局 / 怀宁县生态环境局, names no body bears); by its city so (江西's nameplates)
        ("安庆市", "市生态环境局怀宁分局", "安庆市生态环境局怀宁分局"),
        ("安庆市", "市生态环境局迎江分局", "安庆市生态环境局迎江分局"),
        ("吉安市", "泰和生态环境局", "吉安市泰和生态环境局"),
        ("泰和县", "吉安市泰和生态环境局", "吉安市泰和生态环境局"),
        # a branch written in full with its city keeps the name written, its county's as written
        # (were rebuilt from the registry's short names: 长沙市生态环境局长沙分局, which reads as
        # the city's own, …达旗分局, …杜蒙县分局, …南山分局 for a 管理局)
        ("长沙县", "长沙市生态环境局长沙县分局", "长沙市生态环境局长沙县分局"),
        ("长沙市", "市生态环境局长沙县分局", "长沙市生态环境局长沙县分局"),
        ("达拉特旗", "鄂尔多斯市生态环境局达拉特旗分局", "鄂尔多斯市生态环境局达拉特旗分局"),
        ("杜尔伯特蒙古族自治县", "大庆市生态环境局杜尔伯特蒙古族自治县分局", "大庆市生态环境局杜尔伯特蒙古族自治县分局"),
        ("珲春市", "延边州生态环境局珲春市分局", "延边州生态环境局珲春市分局"),
        ("深圳市", "深圳市生态环境局南山管理局", "深圳市生态环境局南山管理局"),
        ("繁昌区", "芜湖市繁昌区生态环境分局", "芜湖市繁昌区生态环境分局"),
        # one written by its level alone is built with its county's full name (was 怀宁分局,
        # 夷陵分局, 达旗分局: the registry's short forms)
        ("怀宁县", "县生态环境分局", "安庆市生态环境局怀宁县分局"),
        ("夷陵区", "区生态环境分局", "宜昌市生态环境局夷陵区分局"),
        ("达拉特旗", "旗生态环境分局", "鄂尔多斯市生态环境局达拉特旗分局"),
        # (the county's name opening with its city's short name is no city written: 长沙县 of 长沙)
        ("长沙县", "长沙县生态环境分局", "长沙市生态环境局长沙县分局"),
        # written with its place between the field and 分局 (台州's way), the place as written (was
        # 台州市生态环境局临海市分局, the county's full name put back)
        ("临海市", "生态环境临海分局", "台州市生态环境局临海分局"),
        ("夷陵区", "生态环境夷陵分局", "宜昌市生态环境局夷陵分局"),
        # near misses: written as the county's own bureau it keeps the county's name (no department
        # said); a branch of a place whose city is not listed keeps its branch's name
        ("怀宁县", "县生态环境局", "怀宁县生态环境局"),
        ("安庆市", "怀宁县生态环境局", "怀宁县生态环境局"),
        ("某县", "县生态环境分局", "某县生态环境分局"),
    ],
)
def test_an_eco_branch_is_named_as_the_plans_name_it(plan_j, text, name):
    a = resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=plan_j))
    assert (a.agency_id.partition("/")[2], a.name) == ("生态环境局", name)


ANQING = """安庆市人民政府办公室关于印发安庆市2023年大气污染防治工作方案的通知

一、重点任务
（一）加强扬尘管控。（牵头单位：怀宁县生态环境局；配合单位：市住建局）
（二）推进秸秆禁烧。（牵头单位：市生态环境局怀宁分局；配合单位：市农业农村局）
"""

HUAINING = """怀宁县人民政府办公室关于印发怀宁县2023年秸秆禁烧工作方案的通知

一、重点任务
（一）加强巡查。（牵头单位：县生态环境局；配合单位：各乡镇人民政府）
"""


def test_an_eco_branch_has_one_name_in_its_plans_and_their_graph(tmp_path):
    # 怀宁县生态环境局 and 市生态环境局怀宁分局 in one plan are one body (怀宁县/生态环境局), the city
    # bureau's branch: both assignments and the agency are named as the branch, whichever comes first,
    # and so is the graph's node whichever plan it meets first
    from respgraph.graph import build_graph

    city = resolve_plan(extract_text(tmp_path, ANQING, "anqing.txt"))
    rows = [a for t in city.assignments.values() for a in t if a.agency_id == "怀宁县/生态环境局"]
    assert sorted(a.mention for a in rows) == ["市生态环境局怀宁分局", "怀宁县生态环境局"]
    assert {a.agency for a in rows} == {city.agencies["怀宁县/生态环境局"].name} == {"安庆市生态环境局怀宁分局"}
    assert city.agencies["怀宁县/生态环境局"].parent == "安庆市/生态环境局"
    county = resolve_plan(extract_text(tmp_path, HUAINING, "huaining.txt"))
    assert county.agencies["怀宁县/生态环境局"].name == "怀宁县生态环境局"  # (near miss: no branch written)
    for plans in ([county, city], [city, county]):
        node = build_graph(plans).nodes["agency:怀宁县/生态环境局"]
        assert (node["name"], node["parent"]) == ("安庆市生态环境局怀宁分局", "安庆市/生态环境局")


@pytest.mark.parametrize(
    "plan_j,text,agency_id,parent",
    [
        # a place's traffic police stays a body of its own, its department the police of its place
        ("绵阳市", "市公安局交通警察支队", "绵阳市/交通警察支队", "绵阳市/公安局"),
        ("绵阳市", "市公安局交警支队", "绵阳市/交通警察支队", "绵阳市/公安局"),
        ("绵阳市", "市交警支队", "绵阳市/交通警察支队", "绵阳市/公安局"),
        ("三台县", "县公安局交通警察大队", "三台县/交通警察大队", "三台县/公安局"),
        ("绵阳市", "市公安局交通警察支队三台大队", "三台县/交通警察大队", "三台县/公安局"),
        ("四川省", "省公安厅交警总队", "四川省/交通警察总队", "四川省/公安厅"),
        # a municipality's police is a 局 (was 上海市/公安局交通警察总队, no department)
        ("上海市", "市公安局交通警察总队", "上海市/交通警察总队", "上海市/公安局"),
        # its other name, 交通管理 (was 吉安市/公安局交通管理支队, a second id; 北京's bureau had 交通运输 too)
        ("吉安市", "市公安局交通管理支队", "吉安市/交通警察支队", "吉安市/公安局"),
        ("三台县", "县交管大队", "三台县/交通警察大队", "三台县/公安局"),
        ("北京市", "市公安局公安交通管理局", "北京市/公安交通管理局", "北京市/公安局"),
        ("天津市", "市公安交管局", "天津市/公安交通管理局", "天津市/公安局"),
        # 重庆's traffic police, 交巡警 (交通巡逻警察): its one traffic police (was a division of 公安局,
        # 重庆市/公安局/交巡警总队, and written without it a body of no function)
        ("重庆市", "重庆市公安局交巡警总队", "重庆市/交通警察总队", "重庆市/公安局"),
        ("重庆市", "市交巡警总队", "重庆市/交通警察总队", "重庆市/公安局"),
        # a district's traffic unit is its police's, written 公安分局 or 公安局, one id X区/公安局
        # (one_body.csv's district row; were left without a department)
        ("渝中区", "区公安分局交巡警支队", "渝中区/交通警察支队", "渝中区/公安局"),
        ("金水区", "区交警大队", "金水区/交通警察大队", "金水区/公安局"),
        # near misses: the police itself and the transport bureau have none
        ("绵阳市", "市公安局", "绵阳市/公安局", None),
        ("绵阳市", "市交通运输局", "绵阳市/交通运输局", None),
        ("吉安市", "市交通运输综合行政执法支队", "吉安市/交通运输综合行政执法支队", None),
    ],
)
def test_a_traffic_police_unit_is_its_own_body_with_its_police_as_department(plan_j, text, agency_id, parent):
    a = resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=plan_j))
    assert (a.agency_id, a.kind, a.parent, a.functions) == (agency_id, "agency", parent, ["公安"] if "交通运输" not in text else ["交通运输"])


@pytest.mark.parametrize(
    "plan_j,text,agency_id",
    [
        # a unit naming its field under the county's branch is the county's, as 县生态环境监测站 is
        ("泰和县", "市生态环境局泰和分局生态环境监测站", "泰和县/生态环境监测站"),
        ("吉安市", "吉安市泰和生态环境监测站", "泰和县/生态环境监测站"),
        ("泰和县", "县生态环境监测站", "泰和县/生态环境监测站"),
        # the enforcement squad and detachment as plans shorten them
        ("泰和县", "县生态环境综合执法大队", "泰和县/生态环境保护综合行政执法大队"),
        ("吉安市", "市生态环境保护综合执法支队", "吉安市/生态环境保护综合行政执法支队"),
        ("吉安市", "市固废中心", "吉安市/固体废物管理中心"),
        # a unit naming no field is the county's station too (was the branch's division)
        ("泰和县", "市生态环境局泰和分局监测站", "泰和县/生态环境监测站"),
        ("泰和县", "县生态环境执法大队", "泰和县/生态环境保护综合行政执法大队"),
        # near misses: the old names keep theirs
        ("泰和县", "县环境监察大队", "泰和县/环境监察大队"),
        ("泰和县", "县环境监测站", "泰和县/环境监测站"),
    ],
)
def test_the_eco_branchs_units_are_the_countys(plan_j, text, agency_id):
    a = resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=plan_j))
    assert (a.agency_id, a.functions) == (agency_id, ["生态环境"])


@pytest.mark.parametrize("issuer, station", [
    ("吉安市生态环境局泰和分局", "泰和县/生态环境监测站"),
    ("泰和县生态环境局", "泰和县/生态环境监测站"),
    # near miss: a city bureau's own plan keeps its 监测站 a division (the city's station went to the province)
    ("吉安市生态环境局", "吉安市/生态环境局/监测站"),
])
def test_the_county_eco_branchs_own_plan_names_the_countys_station(tmp_path, issuer, station):
    from respgraph.extract import extract_file

    path = tmp_path / "own.txt"
    path.write_text(f"{issuer}2024年工作要点\n\n一、重点任务\n"
                    "（一）开展水质监测。（牵头单位：监测站；配合单位：办公室）\n", encoding="utf-8")
    rp = resolve_plan(extract_file(path))
    got = {a.mention: a.agency_id for rows in rp.assignments.values() for a in rows}
    assert got["监测站"] == station
    assert got["办公室"].endswith("/生态环境局/办公室")  # its other units stay its divisions


def test_the_old_eco_units_link_to_the_reforms_names():
    reg = load_registry()
    assert reg.successor("泰和县/环境监察大队", {"泰和县/生态环境保护综合行政执法大队"}) == "泰和县/生态环境保护综合行政执法大队"
    assert reg.successor("泰和县/环境监测站", {"泰和县/生态环境监测站"}) == "泰和县/生态环境监测站"
    assert reg.successor("泰和县/环境监测站", {"吉安市/生态环境监测站"}) is None  # another place's


def test_a_regions_body_is_no_body_of_a_place_ending_in_its_qu():
    """长三角区域空气质量预测预报中心: 区域 (a region) is a word, so 长三角区 is no district whose body
    it is (was 长三角区/域空气质量预测预报中心). Near misses: a place the registry does not know still
    opens its body (安宁县水利局), and a listed one too (凉山州生态环境局)."""
    reg = load_registry()
    sh = PlanMeta("p", "p.txt", jurisdiction="上海市")
    assert resolve_mention(reg, "长三角区域空气质量预测预报中心", sh).jurisdiction == "上海市"
    assert resolve_mention(reg, "京津冀区域环境监测中心", sh).agency_id == "上海市/京津冀区域环境监测中心"
    assert resolve_mention(reg, "安宁县水利局", sh).agency_id == "安宁县/水利局"
    assert resolve_mention(reg, "凉山州生态环境局", sh).agency_id == "凉山彝族自治州/生态环境局"


def test_fields_written_once_for_a_places_departments(tmp_path):
    """县发展改革、财政、自然资源部门 (the fields of a place's departments written once, 部门 closing the
    list): each is that place's department of the field (the inline clause was dropped, 财政 alone no
    name; labelled, 县发展改革 was an agency of its own); 两市生态环境、公安部门 likewise. Near misses:
    actions before a 部门 (加强监管、执法部门负责) and fields with no place (发展改革、财政部门负责) read no
    clause; departments each written whole stay as written."""
    from respgraph.extract import extract_file

    plan = tmp_path / "某县2023年大气污染防治工作方案.txt"
    plan.write_text(
        "泰和县2023年大气污染防治工作方案\n一、重点任务\n"
        "（一）推进清洁取暖。县生态环境局牵头，县发展改革、财政、自然资源部门配合。\n"
        "（二）建立案件移送机制。两市生态环境、公安部门负责。\n"
        "（三）强化扬尘管控。（牵头单位：县住建局；配合单位：县发展改革、财政部门）\n"
        "（四）加强执法。加强监管、执法部门负责。\n"
        "（五）保障资金。发展改革、财政部门负责。\n"
        "（六）整治餐饮油烟。县生态环境局牵头，县市场监管部门、城管部门配合。\n"
        "（七）开展联合执法。县公安、水利、农业农村部门负责。\n"
        "（八）保护森林资源。县林业局、水利部门负责。\n",
        encoding="utf-8",
    )
    rp = resolve_plan(extract_file(plan))
    got = [[(a.mention, a.agency_id, a.role) for a in rows] for rows in rp.assignments.values()]
    assert got[0] == [("县生态环境局", "泰和县/生态环境局", "lead"), ("县发展改革", "泰和县/发展改革部门", "support"),
                      ("财政", "泰和县/财政部门", "support"), ("自然资源部门", "泰和县/自然资源部门", "support")]
    assert [(m, r) for m, _, r in got[1]] == [("两市生态环境", "lead"), ("公安部门", "support")]
    assert [i for _, i, _ in got[1]] == ["泰和县/两市生态环境部门", "泰和县/两市公安部门"]
    assert [(m, i) for m, i, _ in got[2][1:]] == [("县发展改革", "泰和县/发展改革部门"), ("财政部门", "泰和县/财政部门")]
    assert got[3] == [] and got[4] == []
    assert [m for m, _, _ in got[5]] == ["县生态环境局", "县市场监管部门", "城管部门"]
    # a field a body is named by alone (县公安) is a field here too; a body's kind (县林业局) is none
    assert [i for _, i, _ in got[6]] == ["泰和县/公安部门", "泰和县/水利部门", "泰和县/农业农村部门"]
    assert [(m, i) for m, i, _ in got[7]] == [("县林业局", "泰和县/林业局"), ("水利部门", "泰和县/水利部门")]


def test_places_written_bare_before_a_places_fields_name_each_places_departments(tmp_path):
    """安居区、潼南区公安、水利部门 (two places, their 公安 and 水利 departments written once): 安居区 names
    安居区's 公安 and 水利 departments, one assignment each from its mention (it was 安居区's
    government, 潼南区公安 a body 潼南区/公安); 安居区、潼南区水利部门 likewise with one field. The first
    listed leads as in any list, the place's other department supports. Near misses: the places'
    governments (安居区、潼南区人民政府) and departments each written whole stay as written."""
    import pathlib

    from respgraph.extract import extract_file

    plan = tmp_path / "遂宁市 重庆市潼南区琼江流域跨界联防联控2023年工作方案.txt"
    plan.write_text((pathlib.Path(__file__).parent / "fixtures" / "wordings" / "places-times-fields-departments.txt").read_text(encoding="utf-8"),
                    encoding="utf-8")
    rp = resolve_plan(extract_file(plan))
    got = [[(a.mention, a.agency_id, a.role) for a in rows] for rows in rp.assignments.values()]
    assert got[0] == [("安居区", "安居区/公安部门", "lead"), ("安居区", "安居区/水利部门", "support"),
                      ("潼南区公安", "潼南区/公安部门", "support"), ("水利部门", "潼南区/水利部门", "support")]
    # each of 安居区's assignments keeps the place's span and its clause
    (t0, rows0) = next(iter(rp.assignments.items()))
    assert rows0[0].source == rows0[1].source and rp.plan.document.text[rows0[1].source.start : rows0[1].source.end] == "安居区"
    assert got[1] == [("安居区", "安居区/水利部门", "lead"), ("潼南区水利部门", "潼南区/水利部门", "support")]
    assert got[2] == [("潼南区生态环境", "潼南区/生态环境部门", "lead"), ("水利部门", "潼南区/水利部门", "support")]
    assert [i for _, i, _ in got[3]] == ["安居区/生态环境局", "潼南区/水利部门"]
    assert [i for _, i, _ in got[4]] == ["安居区/人民政府", "潼南区/人民政府"]
    assert got[5] == []
    # the jsonl record gives each of 安居区's departments its own assignment, on the same mention
    from respgraph.extract import task_to_dict

    record = task_to_dict(rp.plan.tasks[0], extract_file(plan))
    assert [(a["mention"], a["agency"], a["role"], a["source"]["start"]) for a in record["assignments"]][:2] == [
        ("安居区", "安居区公安部门", "lead", rows0[0].source.start), ("安居区", "安居区水利部门", "support", rows0[0].source.start)]


@pytest.mark.parametrize(
    "name, agency_id",
    [
        # national bodies named 中国… with no place: the centre's in a province's plan (were 福建省/…)
        ("中国环境监测总站", "中央/中国环境监测总站"),
        ("中国地质调查局", "中央/中国地质调查局"),
        ("中国环境科学研究院", "中央/中国环境科学研究院"),
        # near misses: a firm's or a bank's local branch stays the plan's place's
        ("中国铁塔股份有限公司", "福建省/中国铁塔股份有限公司"),
        ("中国移动福建分公司", "福建省/移动公司"),
    ],
)
def test_a_national_body_named_zhongguo_is_central_in_any_plan(name, agency_id):
    assert resolve_mention(load_registry(), name, PlanMeta("p", "p.txt", jurisdiction="福建省")).agency_id == agency_id


@pytest.mark.parametrize(
    "name, collective",
    [
        # the bodies of the several places a plan across a border is for: a group, not a body of the
        # plan's own place (三地生态环境部门 was 北京市/三地生态环境部门, an agency of Beijing)
        ("三地生态环境部门", True), ("两省生态环境厅", True), ("川渝两地水利部门", True),
        ("两省（市）生态环境部门", True), ("两区一县人民政府", True), ("双方河长办", True),
        # a province's cities named by their count (秦岭六市人民政府: was the government of a place 秦岭六市)
        ("秦岭六市人民政府", True), ("沿黄九市人民政府", True), ("珠三角九市人民政府", True),
        # near misses: places whose names open with a number stay bodies of their own
        ("三河市生态环境局", False), ("两当县水利局", False), ("三门峡市生态环境局", False), ("两江新区管委会", False),
        ("六盘水市人民政府", False), ("七台河市人民政府", False), ("十堰市人民政府", False), ("九台区人民政府", False),
        ("六枝特区人民政府", False), ("八步区人民政府", False),
    ],
)
def test_the_bodies_of_several_places_are_a_group(name, collective):
    a = resolve_mention(load_registry(), name, PlanMeta("p", "p.txt", jurisdiction="北京市"))
    assert (a.kind == "collective") == collective


@pytest.mark.parametrize(
    "name, agency_id",
    [
        # the group is the plan's province's, no place of its own (were 秦岭六市/人民政府, 关中五市/人民政府)
        ("秦岭六市人民政府", "陕西省/秦岭六市人民政府"),
        ("关中五市人民政府", "陕西省/关中五市人民政府"),
        # near misses: a city's own government stays its place's
        ("宝鸡市人民政府", "宝鸡市/人民政府"),
        ("西安市人民政府", "西安市/人民政府"),
    ],
)
def test_a_provinces_cities_by_count_are_its_group(name, agency_id):
    a = resolve_mention(load_registry(), name, PlanMeta("p", "p.txt", jurisdiction="陕西省"))
    assert a.agency_id == agency_id


@pytest.mark.parametrize(
    "name, jurisdiction, agency_id",
    [
        # the governments of two levels or more written without 各 in a province's plan: the collective the
        # 各 form names (were a government of 湖南省所辖县 named 市区人民政府, and 湖南省所辖市/县人民政府)
        ("县市区人民政府", "湖南省", "湖南省/各县（市、区）人民政府"),
        ("县（市、区）人民政府", "湖南省", "湖南省/各县（市、区）人民政府"),
        ("市州人民政府", "湖南省", "湖南省/各市（州）人民政府"),
        ("市县人民政府", "湖南省", "湖南省/各市（县）人民政府"),
        ("市州、县市区人民政府", "湖南省", "湖南省/各市州、县市区人民政府"),
        # near misses: one level alone stays the place reading's (a county's own government in its plan),
        # and 市区 (the city proper) is no two levels
        ("县人民政府", "湖南省", "湖南省所辖县/人民政府"),
        ("县人民政府", "桑植县", "桑植县/人民政府"),
        ("市区人民政府", "湖南省", "湖南省所辖市/区人民政府"),
    ],
)
def test_governments_of_levels_written_without_each_are_the_collective(name, jurisdiction, agency_id):
    a = resolve_mention(load_registry(), name, PlanMeta("p", "p.txt", jurisdiction=jurisdiction))
    assert a.agency_id == agency_id


@pytest.mark.parametrize(
    "name, jurisdiction, agency_id",
    [
        # a province's levels written bare are their governments, one collective with the 人民政府 form
        # (以下均需各设区市落实: were 江西省/各设区市 beside 江西省/各设区市人民政府 in one plan)
        ("各设区市", "江西省", "江西省/各设区市人民政府"),
        ("各设区市政府", "江西省", "江西省/各设区市人民政府"),
        ("各设区的市人民政府", "江西省", "江西省/各设区市人民政府"),
        ("各设区市人民政府", "江西省", "江西省/各设区市人民政府"),
        ("各地市", "山东省", "山东省/各地级市人民政府"),
        ("各地级市人民政府", "山东省", "山东省/各地级市人民政府"),
        ("各市（州）", "湖南省", "湖南省/各市（州）人民政府"),
        ("各市州", "湖南省", "湖南省/各市（州）人民政府"),
        ("各县（市、区）", "湖南省", "湖南省/各县（市、区）人民政府"),
        ("各县市区", "湖南省", "湖南省/各县（市、区）人民政府"),
        ("各区", "西安市", "西安市/各区人民政府"),
        # near misses: the cities' bureaus are no governments; the towns (各乡镇: party committees and
        # governments both) and two groups of levels stay as written; party and government stays so
        ("各设区市生态环境局", "江西省", "江西省/各设区市生态环境局"),
        ("沿海各设区市人民政府", "福建省", "福建省/沿海各设区市人民政府"),
        ("各乡镇", "桑植县", "桑植县/各乡镇"),
        ("各市（州）、县（市、区）", "湖南省", "湖南省/各市（州）、县（市、区）"),
        ("各县（市、区）党委、政府", "湖南省", "湖南省/各县（市、区）党委、政府"),
    ],
)
def test_a_provinces_levels_written_bare_are_their_governments(name, jurisdiction, agency_id):
    a = resolve_mention(load_registry(), name, PlanMeta("p", "p.txt", jurisdiction=jurisdiction))
    assert a.agency_id == agency_id


@pytest.mark.parametrize(
    "name, jurisdiction, agency_id",
    [
        # departments of two levels or more written without 各 in a province's plan: the collective the 各
        # form names (were 湖南省所辖市/州、县市区水利部门 and a body of a place 湖南省所辖县/市区水利部门)
        ("市州、县市区水利部门", "湖南省", "湖南省/各市州、县市区水利部门"),
        ("县市区水利部门", "湖南省", "湖南省/各县市区水利部门"),
        ("各县市区水利部门", "湖南省", "湖南省/各县市区水利部门"),
        ("县（市、区）教育行政部门", "湖南省", "湖南省/各县（市、区）教育行政部门"),
        ("市州水利部门", "湖南省", "湖南省/各市州水利部门"),
        # near misses: one level alone is the place reading's, 市区 is the city proper, and 县直 / 市直
        # are the departments of one place
        ("县水利部门", "桑植县", "桑植县/水利部门"),
        ("市区水利部门", "湖南省", "湖南省所辖市/区水利部门"),
        ("县直有关部门", "桑植县", "桑植县/县直有关部门"),
    ],
)
def test_departments_of_levels_written_without_each_are_the_collective(name, jurisdiction, agency_id):
    a = resolve_mention(load_registry(), name, PlanMeta("p", "p.txt", jurisdiction=jurisdiction))
    assert a.agency_id == agency_id


def test_a_plans_cities_bare_and_their_governments_are_one_collective():
    """江西省's plan hands work to 各设区市人民政府, 各设区市 and 各设区市政府 (and to 各县（市、区） beside
    各县（市、区）人民政府): one id each group, its bureaus (各设区市生态环境局) another."""
    from respgraph.extract import extract_file

    rp = resolve_plan(extract_file("tests/fixtures/wordings/province-cities-bare-and-governments.txt"), load_registry())
    ids = {k[-1]: [a.agency_id for a in v if a.role == "support"] for k, v in rp.assignments.items()}
    assert ids["1"] == ids["2"] == ["江西省/各设区市人民政府"]
    assert ids["3"][-1] == "江西省/各设区市人民政府"
    assert ids["4"] == ["江西省/各设区市生态环境局"]
    assert ids["5"] == ids["6"] == ["江西省/各县（市、区）人民政府"]


def test_departments_of_two_levels_without_each_are_one_unit():
    """市州、县市区水利部门 in 湖南省's plan is one collective of the province (was 市州 and a body of a
    place 县市区); 市州、县市区人民政府 stays one too."""
    from respgraph.extract import extract_file

    rp = resolve_plan(extract_file("tests/fixtures/wordings/province-departments-of-levels-without-each.txt"), load_registry())
    ids = {k[-1]: [a.agency_id for a in v if a.role == "support"] for k, v in rp.assignments.items()}
    assert ids["1"] == ["湖南省/各市州、县市区水利部门"]
    assert ids["2"] == ["湖南省/各市州、县市区财政部门"]
    assert ids["3"] == ["湖南省/各县市区水利部门"]
    assert ids["5"][-1] == "湖南省/各市州、县市区人民政府"


@pytest.mark.parametrize(
    "name, agency_id",
    [
        # an alliance ends like a league (盟) but is none: no place, no 行政公署 (were
        # 示范区开发者联盟/行政公署, a government)
        ("示范区开发者联盟", "青浦区/示范区开发者联盟"),
        ("长三角产业创新联盟", "青浦区/长三角产业创新联盟"),
        # near misses: the leagues of 内蒙古 stay places governed by their 行政公署
        ("兴安盟", "兴安盟/行政公署"),
        ("阿拉善盟", "阿拉善盟/行政公署"),
    ],
)
def test_an_alliance_is_no_league(name, agency_id):
    assert resolve_mention(load_registry(), name, PlanMeta("p", "p.txt", jurisdiction="青浦区")).agency_id == agency_id


def test_a_districts_street_written_jie_is_its_street_office(tmp_path):
    """广州 and 佛山 write a street office 白云区金沙街 (街 for 街道): the listed street's office, as
    白云区金沙街道 is (was an unknown body 白云区/金沙街, and no unit in a sentence). Near misses: a
    street of shops (北京路步行街) is no body, and a street the registry does not list stays as written."""
    from respgraph.extract import extract_file

    plan = tmp_path / "白云区2019年河涌整治工作计划.txt"
    plan.write_text(
        "广州市白云区2019年河涌整治工作计划\n一、重点任务\n"
        "1.清理河道水面垃圾。白云区金沙街负责，区城管局配合。\n"
        "2.整治沿河商铺。越秀区北京路步行街负责。\n"
        "3.开展联合巡查。白云区某某街负责，区水务局配合。\n",
        encoding="utf-8",
    )
    rp = resolve_plan(extract_file(plan))
    got = [[(a.mention, a.agency_id) for a in rows] for rows in rp.assignments.values()]
    assert got[0][0][0] == "白云区金沙街" and got[0][0][1].endswith("金沙街道/办事处")
    assert got[1] == []
    assert got[2][0][0] == "白云区某某街" and not got[2][0][1].endswith("/办事处")


def test_a_branch_written_by_its_place_after_its_full_name(tmp_path):
    """An agreement names 湖州市生态环境局长兴分局 in full, then 长兴分局: the same branch (was an
    unknown 分局 of the plan's place). Near miss: where the plan names two bureaus' branches there
    (生态环境局长兴分局 and 自然资源局长兴分局) 长兴分局 stays as written."""
    from respgraph.extract import extract_file

    one = tmp_path / "宜兴市 长兴县跨界河道联防联控联保合作协议.txt"
    one.write_text(
        "宜兴市 长兴县跨界河道联防联控联保合作协议\n二、合作内容\n"
        "（一）联合监测。无锡市宜兴生态环境局牵头，湖州市生态环境局长兴分局配合。\n"
        "（二）联合应急。宜兴市应急管理局、长兴县应急管理局负责，宜兴生态环境局、长兴分局配合。\n",
        encoding="utf-8",
    )
    ids = {a.mention: a.agency_id for rows in resolve_plan(extract_file(one)).assignments.values() for a in rows}
    assert ids["长兴分局"] == ids["湖州市生态环境局长兴分局"] == "长兴县/生态环境局"
    two = tmp_path / "another.txt"
    two.write_text(
        "宜兴市 长兴县跨界联保合作协议\n二、合作内容\n"
        "（一）联合监测。无锡市宜兴生态环境局牵头，湖州市生态环境局长兴分局配合。\n"
        "（二）联合执法。宜兴市自然资源和规划局牵头，湖州市自然资源和规划局长兴分局配合。\n"
        "（三）联合应急。宜兴市应急管理局负责，长兴分局配合。\n",
        encoding="utf-8",
    )
    ids = {a.mention: a.agency_id for rows in resolve_plan(extract_file(two)).assignments.values() for a in rows}
    assert ids["长兴分局"] not in (ids["湖州市生态环境局长兴分局"], ids["湖州市自然资源和规划局长兴分局"])


# 长沙's plans write its city-management body 城市管理综合行政执法局; one_body.csv files it under
# 城市管理局's id (a place has one), whose spelling is another city's name for it
CHANGSHA_A = """长沙市人民政府办公厅关于印发长沙市2023年扬尘污染防治工作方案的通知

一、重点任务
（一）加强工地扬尘管控。（牵头单位：市城市管理综合行政执法局；配合单位：市住房城乡建设局）
（二）加强道路扬尘管控。（牵头单位：市城管局；配合单位：市公安局）
（三）推进渣土车规范运输。（牵头单位：市城市管理综合行政执法局；配合单位：市交通运输局）
（四）推进文旅场所清洁。（牵头单位：市文化和旅游局；配合单位：市城市管理综合行政执法局）
"""

CHANGSHA_B = """长沙市人民政府办公厅关于印发长沙市2024年城市精细化管理工作要点的通知

一、重点任务
（一）推进背街小巷整治。（牵头单位：市城市管理局；配合单位：市城市管理综合行政执法局）
"""


def test_a_body_filed_under_another_names_id_is_named_as_its_plan_writes_it(tmp_path):
    # 市城市管理综合行政执法局 three times and 市城管局 (read 城市管理局) once name one body, 长沙市/城市管理局:
    # its record is named by the full name the plan writes most, each assignment by its own (the
    # spelling written is the mention), never 长沙市城市管理局 unless a plan writes it
    rp = resolve_plan(extract_text(tmp_path, CHANGSHA_A, "a.txt"))
    rows = [a for t in rp.assignments.values() for a in t if a.agency_id == "长沙市/城市管理局"]
    assert [(a.mention, a.agency) for a in rows] == [
        ("市城市管理综合行政执法局", "长沙市城市管理综合行政执法局"), ("市城管局", "长沙市城市管理局"),
        ("市城市管理综合行政执法局", "长沙市城市管理综合行政执法局"), ("市城市管理综合行政执法局", "长沙市城市管理综合行政执法局")]
    assert rp.agencies["长沙市/城市管理局"].name == "长沙市城市管理综合行政执法局"
    # 文化和旅游局, filed under 文化广电旅游局's id, which the plan never writes: named as written
    culture = rp.agencies["长沙市/文化广电旅游局"]
    assert culture.name == "长沙市文化和旅游局" and culture.aliases == ["市文化和旅游局"]
    # near miss: a plan writing the id's spelling as often as the other (a tie) is named by the first written
    other = resolve_plan(extract_text(tmp_path, CHANGSHA_B, "b.txt"))
    assert [a.agency for a in other.assignments["b:001"]] == ["长沙市城市管理局", "长沙市城市管理综合行政执法局"]
    assert other.agencies["长沙市/城市管理局"].name == "长沙市城市管理局"


def test_a_graphs_agency_is_named_by_the_full_name_its_plans_write_most(tmp_path):
    # over plans: 长沙市城市管理综合行政执法局 is written on three tasks of one plan, 长沙市城市管理局 on
    # one of each (b's task writes both: its first counts): the node is named by the first whichever
    # plan is added first, and every output reading the node (the agencies table, the tasks' leads) says so
    from respgraph.graph import agencies_frame, build_graph, tasks_frame

    a = resolve_plan(extract_text(tmp_path, CHANGSHA_A, "a.txt"))
    b = resolve_plan(extract_text(tmp_path, CHANGSHA_B, "b.txt"))
    for plans in ([a, b], [b, a]):
        G = build_graph(plans)
        assert G.nodes["agency:长沙市/城市管理局"]["name"] == "长沙市城市管理综合行政执法局"
        names = dict(zip(agencies_frame(G)["agency_id"], agencies_frame(G)["name"]))
        assert names["长沙市/城市管理局"] == "长沙市城市管理综合行政执法局"
        assert tasks_frame(G).set_index("task_id").loc["b:001", "leads"] in (["长沙市城市管理综合行政执法局"], "长沙市城市管理综合行政执法局")
    # near miss: alone, plan b writes 城市管理局 as often as the long name: a tie, to its first written
    assert build_graph([b]).nodes["agency:长沙市/城市管理局"]["name"] == "长沙市城市管理局"
    # a tie between plans (each writes one name once) goes to the plan first by id, whichever is added first
    one_line = "（一）推进背街小巷整治。（牵头单位：{}）\n"
    head = CHANGSHA_B[: CHANGSHA_B.index("（一）")]
    x = resolve_plan(extract_text(tmp_path, head + one_line.format("市城市管理综合行政执法局"), "x.txt"))
    y = resolve_plan(extract_text(tmp_path, head + one_line.format("市城市管理局"), "y.txt"))
    for plans in ([x, y], [y, x]):
        assert build_graph(plans).nodes["agency:长沙市/城市管理局"]["name"] == "长沙市城市管理综合行政执法局"


def test_a_political_department_written_with_its_level_is_no_municipal_works_body():
    """市政治部 is 市 + 政治部, a political department (was one body 市政治部 with 市政's 城市管理, the
    keyword read across the level); 市政局, 市政公用局 and 市政治理中心 keep their 市政 and its function."""
    reg = load_registry()
    plan = PlanMeta("p", "p.txt", jurisdiction="成都市")
    r = resolve_mention(reg, "市政治部", plan)
    assert (r.agency_id, r.functions) == ("成都市/政治部", [])
    for text in ("市政局", "市政公用局", "市政治理中心"):
        r = resolve_mention(reg, text, plan)
        assert (r.agency_id, r.functions) == (f"成都市/{text}", ["城市管理"]), text


def test_the_autonomous_regions_energy_base_is_no_body_of_the_city_whose_plan_names_it():
    """宁东基地管委会 in 银川's plan governs 宁东能源化工基地, the autonomous region's base beside 银川
    and 吴忠 (was 银川市/宁东基地管委会, a body of the city): the base's own 管委会, the base a zone of
    宁夏回族自治区, by its full name or short and in any plan; 银川's own bodies stay the city's."""
    reg = load_registry()
    for plan_j in ("银川市", "宁夏回族自治区", "灵武市"):
        plan = PlanMeta("p", "p.txt", jurisdiction=plan_j)
        for text in ("宁东基地管委会", "宁东能源化工基地管委会", "宁东能源化工基地管理委员会"):
            assert resolve_mention(reg, text, plan).agency_id == "宁东能源化工基地/管委会", (plan_j, text)
    assert reg.jurisdiction("宁东能源化工基地").parent == "宁夏回族自治区"
    yinchuan = PlanMeta("p", "p.txt", jurisdiction="银川市")
    assert resolve_mention(reg, "市发改委", yinchuan).agency_id == "银川市/发展和改革委员会"
    assert resolve_mention(reg, "宁东镇", yinchuan).agency_id == "宁东镇/人民政府"  # a town, no base


def test_a_central_bank_branchs_office_is_filed_under_the_branchs_place():
    """人行四川省分行营业管理部 (the 四川省分行's office serving 成都) is one body in the plans of 成都,
    of 四川 and of 锦江区, filed under the branch's province and named with it (was
    成都市/人行四川省分行营业管理部 named 成都市人行四川省分行营业管理部, and 四川省/… in the province's
    plan); the branch itself stays 四川省/人民银行, the 1998-2023 regional 成都分行 a national body."""
    reg = load_registry()
    for plan_j in ("成都市", "四川省", "锦江区"):
        plan = PlanMeta("p", "p.txt", jurisdiction=plan_j)
        for text in ("人行四川省分行营业管理部", "中国人民银行四川省分行营业管理部"):
            r = resolve_mention(reg, text, plan)
            assert (r.agency_id, r.name, r.functions) == ("四川省/人民银行营业管理部", "四川省人民银行营业管理部", ["金融"]), (plan_j, text)
    chengdu = PlanMeta("p", "p.txt", jurisdiction="成都市")
    assert resolve_mention(reg, "人行四川省分行", chengdu).agency_id == "四川省/人民银行"
    assert resolve_mention(reg, "人行成都分行", chengdu).agency_id == "中央/中国人民银行成都分行"
    assert resolve_mention(reg, "市人民银行", chengdu).name == "成都市人民银行"
    # the same office under the regional branch's name it bore until 2023 (人行成都分行营业管理部): one
    # body (since stop 28; was 成都市/人民银行营业管理部 beside it); a municipality's stays its own
    for plan_j in ("成都市", "四川省"):
        r = resolve_mention(reg, "人行成都分行营业管理部", PlanMeta("p", "p.txt", jurisdiction=plan_j))
        assert r.agency_id == "四川省/人民银行营业管理部", plan_j
    assert resolve_mention(reg, "人行天津分行营业管理部", PlanMeta("p", "p.txt", jurisdiction="天津市")).agency_id == "天津市/人民银行营业管理部"


def test_a_firm_named_by_its_place_is_one_firm_however_its_company_form_is_written():
    """天津港集团, 天津港集团有限公司 and 天津港（集团）有限公司 (its registered name) are one firm, the
    city's port group as 市港集团 is, each mention keeping its name (were three ids: 天津市/港集团,
    天津市/港集团有限公司, 天津市/港（集团）有限公司); 唐山港集团股份有限公司 is 唐山港集团. Near miss:
    a firm that is no group keeps its form (宁波舟山港股份有限公司)."""
    reg = load_registry()
    tianjin = PlanMeta("p", "p.txt", jurisdiction="天津市")
    got = {t: (r.agency_id, r.name) for t in ("天津港集团", "天津港集团有限公司", "天津港（集团）有限公司", "市港集团")
           for r in [resolve_mention(reg, t, tianjin)]}
    assert got == {"天津港集团": ("天津市/港集团", "天津港集团"), "天津港集团有限公司": ("天津市/港集团", "天津港集团有限公司"),
                   "天津港（集团）有限公司": ("天津市/港集团", "天津港（集团）有限公司"), "市港集团": ("天津市/港集团", "天津市港集团")}
    tangshan = PlanMeta("p", "p.txt", jurisdiction="唐山市")
    assert resolve_mention(reg, "唐山港集团股份有限公司", tangshan).agency_id == resolve_mention(reg, "唐山港集团", tangshan).agency_id
    ningbo = PlanMeta("p", "p.txt", jurisdiction="宁波市")
    assert resolve_mention(reg, "宁波舟山港股份有限公司", ningbo).agency_id == "宁波市/舟山港股份有限公司"
