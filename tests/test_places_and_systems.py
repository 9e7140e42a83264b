"""Places a plan does not name, kinds of area, bodies of national systems, a list's 各 reaching a
bare level unit, 城管 bodies, one body's name, learned parents and the cache, and supervisors
resolved to agencies (stop 19, the names left open in stop 18's closing note)."""

from __future__ import annotations

import csv
import json

import pytest

from _extract import extract_text
from respgraph.extract import extract_file
from respgraph.records import PlanMeta
from respgraph.registry import load_registry, registry_dir
from respgraph.registry_files import read_registry
from respgraph.resolve import resolve_mention, resolve_plan


def _plan(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    rp = resolve_plan(extract_file(path))
    return rp, {a.mention: a.agency_id for rows in rp.assignments.values() for a in rows}


def _kinds(rp) -> dict:
    return {a.mention: rp.agencies[a.agency_id].kind for rows in rp.assignments.values() for a in rows}


# ----------------------------------------------------------------- a town or zone that names no parent

TOWN = """桃花潭镇2024年森林防火工作方案

为贯彻落实森林防火工作部署，结合我镇实际，制定本方案。

一、重点工作
（一）加强火源管控。（牵头单位：镇应急办；配合单位：镇派出所、县林业局）
（二）开展联合巡查。（牵头单位：镇综合行政执法队；配合单位：市消防救援支队、各村）
"""


def test_a_town_plan_naming_no_county_keeps_honest_stable_ids(tmp_path):
    # the town's own bodies are the town's; 县X / 市X are the county and city it lies in, which
    # nobody names: one stable id each, no county made up
    _, m = _plan(tmp_path, "town.txt", TOWN)
    assert m == {"镇应急办": "桃花潭镇/应急办", "镇派出所": "桃花潭镇/派出所", "县林业局": "桃花潭镇所在县/林业局",
                 "镇综合行政执法队": "桃花潭镇/综合行政执法队", "市消防救援支队": "桃花潭镇所在市/消防救援支队",
                 "各村": "桃花潭镇/各村"}


def test_a_town_plan_whose_text_names_its_county_takes_it(tmp_path):
    # the county its text cites (its document, its government): 县X is 泾县's, 市X 宣城市's (were
    # 桃花潭镇所在县 / 所在市)
    text = TOWN.replace("为贯彻落实森林防火工作部署", "为贯彻落实泾县人民政府森林防火工作部署，根据《泾县2024年森林防火工作方案》")
    _, m = _plan(tmp_path, "town.txt", text)
    assert (m["县林业局"], m["市消防救援支队"], m["镇应急办"]) == ("泾县/林业局", "宣城市/消防救援支队", "桃花潭镇/应急办")


@pytest.mark.parametrize("cited", [
    "为贯彻落实泾县人民政府森林防火工作部署",  # once: not enough to say
    "为贯彻落实泾县人民政府和旌德县人民政府、泾县、旌德县人民政府森林防火工作部署",  # two counties alike
    "为贯彻落实新县城森林防火工作部署，新县城、新县城",  # 新县 (河南) is a word here: a two-character name counts only as an issuer
    # 老城区 (洛阳), 城北区 (西宁) are words here too: a district's three-character name likewise (was 老城区's town)
    "为推进老城区改造，完善老城区基础设施，开展老城区环境整治，城北区域、城北区域",
])
def test_a_town_plan_citing_no_county_clearly_keeps_the_unnamed_one(tmp_path, cited):
    _, m = _plan(tmp_path, "town.txt", TOWN.replace("为贯彻落实森林防火工作部署", cited))
    assert m["县林业局"] == "桃花潭镇所在县/林业局"


STREET = """招商街道2026年生态环境保护工作要点

为全面落实深圳市、南山区生态环境保护工作部署，持续提升辖区生态环境质量，制定本要点。

一、重点工作
（一）加强餐饮油烟治理。牵头单位：街道综合行政执法队；协办单位：南山区市场监督管理局招商所。
（二）推进正本清源。牵头单位：街道城市建设办公室；协办单位：南山区水务局、各社区工作站。
（三）开展企业环境安全隐患排查。牵头单位：深圳市生态环境局南山管理局；协办单位：南山消防救援大队。
"""


def test_a_street_plan_whose_text_names_its_district_short_lies_in_it(tmp_path):
    # a street nobody listed whose text cites its city and names a district of it by its own name
    # (南山区水务局, 南山区市场监督管理局…): the street is that district's, so 南山消防救援大队 is the
    # district's brigade (was the street's: 南山区 is also 鹤岗市's, and a district's bare name was never counted)
    _, m = _plan(tmp_path, "street.txt", STREET)
    assert m["南山消防救援大队"] == "深圳市南山区/消防救援大队"
    assert m["街道综合行政执法队"] == "招商街道/综合行政执法队"
    # near miss: the district named once only is no evidence; 区X stays the unnamed district's
    once = STREET.replace("南山区水务局", "区水务局").replace("南山区市场监督管理局招商所", "区市场监督管理局招商所")
    _, m = _plan(tmp_path, "street.txt", once)
    assert m["区水务局"] == "招商街道所在区/水务局"


ZONE = """滨海湾新区2024年招商引资工作方案

为落实招商引资工作部署，制定本方案。

一、重点任务
（一）优化审批服务。（牵头单位：新区行政审批局；配合单位：新区经济发展局、市市场监管局）
（二）强化要素保障。（牵头单位：新区规划建设局；配合单位：市自然资源局）
"""


def test_a_zone_naming_no_city_takes_the_city_its_text_names(tmp_path):
    _, m = _plan(tmp_path, "zone.txt", ZONE)
    assert (m["新区行政审批局"], m["市市场监管局"]) == ("滨海湾新区/行政审批局", "滨海湾新区所在市/市场监督管理局")
    text = ZONE.replace("为落实招商引资工作部署", "为落实东莞市招商引资工作部署，根据《东莞市2024年招商引资工作要点》")
    _, m = _plan(tmp_path, "zone.txt", text)
    assert (m["新区行政审批局"], m["市市场监管局"], m["市自然资源局"]) == (
        "滨海湾新区/行政审批局", "东莞市/市场监督管理局", "东莞市/自然资源局")


# ----------------------------------------------------------------- kinds of area

FUJIAN = PlanMeta("fj", "fj.txt", jurisdiction="福建省", level="province")


@pytest.mark.parametrize("text", ["沿海地区人民政府", "沿线地区人民政府", "重点地区人民政府", "沿海各设区市人民政府",
                                  "沿江地区", "沿边地区人民政府", "受灾地区人民政府", "沿海各县（市、区）人民政府",
                                  "边境县（市）人民政府", "贫困县人民政府", "有关地区人民政府", "民族地区各县（市）人民政府"])
def test_a_kind_of_area_is_a_collective_no_place(text):
    # was a place named 沿海地区 (or 沿海各设区市) with its own 人民政府
    a = resolve_mention(load_registry(), text, FUJIAN)
    assert (a.agency_id, a.jurisdiction, a.kind) == (f"福建省/{text}", "福建省", "collective")
    if text.endswith("政府"):
        assert a.functions == ["下级政府"]


@pytest.mark.parametrize("text,agency_id", [
    # 沿河县 and 沿滩区 are places: 沿 + a level alone is a name (沿河县: 沿河土家族自治县 written short)
    ("沿河县人民政府", "沿河土家族自治县/人民政府"),
    ("沿滩区", "沿滩区/人民政府"),
    ("塔城地区", "塔城地区/行政公署"),
    ("阿里地区行署", "阿里地区/行政公署"),
])
def test_places_that_open_like_a_kind_of_area_stay_places(text, agency_id):
    a = resolve_mention(load_registry(), text, FUJIAN)
    assert (a.agency_id, a.kind) == (agency_id, "government")


@pytest.mark.parametrize("text,agency_id,kind", [
    ("民族宗教局", "福建省/民族宗教局", "agency"),  # bodies named with such a word stay bodies
    ("农村公路局", "福建省/农村公路局", "agency"),
    ("民族中学", "福建省/民族中学", "agency"),
])
def test_bodies_named_with_an_area_word_stay_bodies(text, agency_id, kind):
    a = resolve_mention(load_registry(), text, FUJIAN)
    assert (a.agency_id, a.kind) == (agency_id, kind)


# ----------------------------------------------------------------- national systems keep their names

RAILWAY = "中央/中国铁路南昌局集团有限公司"


@pytest.mark.parametrize("plan_j", ["宜春市", "福州市", "南昌市", "仙居县"])
@pytest.mark.parametrize("text", ["南昌铁路局集团", "中国铁路南昌局集团有限公司", "南昌局集团公司", "南昌铁路局"])
def test_a_railway_group_is_one_body_in_every_plan(plan_j, text):
    # was 南昌市/铁路局集团 (a body of 南昌市) or <plan's place>/中国铁路南昌局集团有限公司
    a = resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=plan_j))
    assert (a.agency_id, a.jurisdiction, a.kind, a.functions) == (RAILWAY, "中央", "enterprise", ["交通运输"])


def test_national_systems_units_and_near_misses():
    reg = load_registry()
    yichun = PlanMeta("p", "p.txt", jurisdiction="宜春市")
    got = {t: resolve_mention(reg, t, yichun).agency_id for t in (
        "南昌铁路局集团宜春车务段", "民航西南地区管理局", "民航江西监管局", "长江水利委员会",
        "国网宜春供电公司", "中国移动宜春分公司", "市铁路护路联防办公室", "南昌海关")}
    assert got == {
        # the group's unit named by its place is that place's, as a national firm's branch is
        # (was 中央/…宜春车务段, filed under the centre)
        "南昌铁路局集团宜春车务段": "宜春市/车务段",
        "民航西南地区管理局": "中央/民航西南地区管理局",
        "民航江西监管局": "江西省/民航监管局",  # near miss: a province's own CAAC office is the province's
        "长江水利委员会": "中央/长江水利委员会",
        # near misses: a national firm's local branch is the place's; a city's railway office is the city's
        "国网宜春供电公司": "宜春市/供电公司",
        "中国移动宜春分公司": "宜春市/移动公司",
        "市铁路护路联防办公室": "宜春市/铁路护路联防办公室",
        "南昌海关": "南昌市/海关",
    }


NATIONAL_LIST = """宜春市人民政府办公室关于印发2024年铁路安全工作方案的通知

一、重点任务
（一）保障铁路运输。（牵头单位：市发改委；配合单位：南昌铁路局集团宜春车务段、南昌铁路局集团、市交通运输局）
（二）推进5G网络建设。（牵头单位：市工信局；配合单位：中国移动宜春分公司、国网宜春供电公司、民航江西监管局）
"""


def test_national_systems_in_a_list_keep_their_names(tmp_path):
    rp, m = _plan(tmp_path, "list.txt", NATIONAL_LIST)
    assert m["南昌铁路局集团"] == RAILWAY and m["南昌铁路局集团宜春车务段"] == "宜春市/车务段"
    assert m["市交通运输局"] == "宜春市/交通运输局"  # near miss: the list's next body is the city's
    assert m["民航江西监管局"] == "江西省/民航监管局"
    assert rp.agencies[RAILWAY].name == "中国铁路南昌局集团有限公司"
    assert rp.agencies[RAILWAY].aliases == ["南昌铁路局集团"]  # found by the name as written


# ----------------------------------------------------------------- 各 reaching the next name

TOWNS = """仙居县人民政府办公室关于印发2024年防汛工作方案的通知

一、重点任务
（一）做好汛前检查。（牵头单位：县水利局；配合单位：各乡镇人民政府、街道办事处）
（二）开展转移演练。（牵头单位：县应急管理局；配合单位：各镇人民政府、街道办事处，县民政局）
（三）推进健康村镇建设。（牵头单位：县卫健局；配合单位：各街道办事处、社区居委会）
（四）开展环境整治。（牵头单位：县卫健局；配合单位：县水利局、街道办事处）
"""


def test_each_reaches_a_bare_level_unit_after_it(tmp_path):
    # 各镇人民政府、街道办事处 is every town's government and every street office (the second was
    # one 街道办事处 of the county); near miss: after a named body a bare 街道办事处 stays as before
    rp, _ = _plan(tmp_path, "towns.txt", TOWNS)
    got = [(a.mention, a.agency_id, rp.agencies[a.agency_id].kind) for rows in rp.assignments.values() for a in rows if a.role == "support"]
    assert got == [
        ("各乡镇人民政府", "仙居县/各乡镇人民政府", "collective"), ("街道办事处", "仙居县/各街道办事处", "collective"),
        ("各镇人民政府", "仙居县/各镇人民政府", "collective"), ("街道办事处", "仙居县/各街道办事处", "collective"),
        ("县民政局", "仙居县/民政局", "agency"),
        ("各街道办事处", "仙居县/各街道办事处", "collective"), ("社区居委会", "仙居县/各社区居委会", "collective"),
        ("县水利局", "仙居县/水利局", "agency"), ("街道办事处", "仙居县/街道办事处", "government"),
    ]
    assert rp.agencies["仙居县/各街道办事处"].functions == ["乡镇街道"]


def test_each_reaches_the_villages_after_the_townships(tmp_path):
    # 各乡镇（街道）、村（社区）: every village too (村（社区） was one body of the county, unknown)
    text = TOWNS.replace("各街道办事处、社区居委会", "各乡镇（街道）、村（社区）")
    rp, m = _plan(tmp_path, "towns.txt", text)
    assert m["村（社区）"] == "仙居县/各村（社区）" and rp.agencies["仙居县/各村（社区）"].kind == "collective"


# ----------------------------------------------------------------- 城管 bodies and one body's name

@pytest.mark.parametrize("plan_j,level", [("莒县", "县"), ("东莞市", "市"), ("广州市", "市"), ("兰考县", "县")])
def test_a_places_city_management_body_is_one_id_however_named(plan_j, level):
    # 城管局 / 城市管理局 / 城市管理综合行政执法局 / 城市管理和综合执法局: one body (were two ids);
    # near miss: 综合行政执法局 stays its own (in some places a bureau beside the 城管局)
    reg = load_registry()
    meta = PlanMeta("p", "p.txt", jurisdiction=plan_j)
    ids = {resolve_mention(reg, level + t, meta).agency_id for t in (
        "城管局", "城市管理局", "城市管理综合行政执法局", "城市管理和综合执法局", "城市管理综合执法局", "城管综合执法局",
        "城管执法局", "城市管理执法局")}
    assert ids == {f"{plan_j}/城市管理局"}
    assert resolve_mention(reg, level + "综合行政执法局", meta).agency_id == f"{plan_j}/综合行政执法局"
    assert resolve_mention(reg, level + "综合执法局", meta).agency_id == f"{plan_j}/综合行政执法局"
    # 城管执法局 is how plans since the 2016-19 reform write that body (was 城市管理行政执法局: two ids);
    # the old full name stays its own id, linked to it by successors.csv
    assert resolve_mention(reg, level + "城市管理行政执法局", meta).agency_id == f"{plan_j}/城市管理行政执法局"


ONE_BODY = """仙居县人民政府办公室关于印发2024年项目建设工作方案的通知

一、重点任务
（一）推进项目建设。（牵头单位：{first}；配合单位：县城管局）
（二）加强要素保障。（牵头单位：{second}；配合单位：县城市管理综合行政执法局、县综合行政执法局）
"""


@pytest.mark.parametrize("plan_j, text, agency_id, name", [
    # 浙江's 2019-21 reform made each place's city-management bureau its 综合行政执法局 (仙居县综合行政执法局
    # （仙居县城市管理局）): one body in 浙江's cities, counties and districts, named as written (were two ids)
    ("台州市", "市综合行政执法局", "台州市/城市管理局", "台州市综合行政执法局"),
    ("台州市", "市城管局", "台州市/城市管理局", "台州市城市管理局"),
    ("天台县", "县综合执法局", "天台县/城市管理局", "天台县综合行政执法局"),
    ("椒江区", "区综合行政执法局", "椒江区/城市管理局", "椒江区综合行政执法局"),
    # near misses: elsewhere a 综合行政执法局 may be an enforcement bureau beside the 城管局: apart
    ("长沙市", "市综合行政执法局", "长沙市/综合行政执法局", "长沙市综合行政执法局"),
    ("莒县", "县综合行政执法局", "莒县/综合行政执法局", "莒县综合行政执法局"),
])
def test_zhejiangs_enforcement_bureau_is_its_city_management_body(plan_j, text, agency_id, name):
    a = resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=plan_j))
    assert (a.agency_id, a.name) == (agency_id, name)


@pytest.mark.parametrize("first,second", [("县发展和改革局", "县发改委"), ("县发改委", "县发展和改革局")])
def test_one_bodys_agency_is_named_as_its_plans_write_it_whichever_name_comes_first(tmp_path, first, second):
    # the agency's name was the first spelling met, so a graph's name depended on the order of its
    # plans; then the id's (仙居县发展和改革委员会 for a 局, which most counties' bodies are). Now: the
    # name its plans write most, in the plan (a tie: its first written) and over the graph's plans
    from respgraph.graph import build_graph

    full = {"县发展和改革局": "仙居县发展和改革局", "县发改委": "仙居县发展和改革委员会"}
    rp, m = _plan(tmp_path, "p.txt", ONE_BODY.format(first=first, second=second))
    assert rp.agencies["仙居县/发展和改革委员会"].name == full[first]
    assert sorted(rp.agencies["仙居县/发展和改革委员会"].aliases) == ["县发展和改革局", "县发改委"]
    names = {a.mention: a.agency for rows in rp.assignments.values() for a in rows}
    assert names["县发展和改革局"] == "仙居县发展和改革局"  # each assignment keeps the name as written
    assert m["县城管局"] == m["县城市管理综合行政执法局"] == "仙居县/城市管理局"
    assert rp.agencies["仙居县/城市管理局"].name == "仙居县城市管理局"  # (县城管局 first of a tie)
    # (in 浙江 the 综合行政执法局 is the 城管局 since the 2019-21 reform: one body, since stop 28)
    assert m["县综合行政执法局"] == "仙居县/城市管理局"
    # another plan writing the second name twice: three to one in the graph, whichever plan comes first
    other, _ = _plan(tmp_path, "q.txt", ONE_BODY.format(first=second, second=second))
    for plans in ([rp, other], [other, rp]):
        assert build_graph(plans).nodes["agency:仙居县/发展和改革委员会"]["name"] == full[second]


def test_a_division_of_one_body_is_filed_under_its_id_and_named_as_written():
    # the id is the body's (one_body.csv: 发展和改革局 is filed as 发展和改革委员会); the name the
    # department's as written, as the department's own is (was 兰考县发展和改革委员会价格股)
    reg = load_registry()
    meta = PlanMeta("p", "p.txt", jurisdiction="兰考县")
    a = resolve_mention(reg, "县发改局价格股", meta)
    assert (a.agency_id, a.name) == ("兰考县/发展和改革委员会/价格股", "兰考县发展和改革局价格股")
    a = resolve_mention(reg, "县发改委价格股", meta)
    assert (a.agency_id, a.name) == ("兰考县/发展和改革委员会/价格股", "兰考县发展和改革委员会价格股")


def test_no_successor_row_is_filed_under_another_id():
    # a successors.csv row for a name one_body.csv files under another name's id is never read (the
    # id is the other name's): 卫生和计划生育局 was such a row
    reg = load_registry()
    dead = [name for name in reg.successors if name in reg.same_body]
    assert dead == []
    assert reg.successor("三台县/卫生和计划生育委员会", {"三台县/卫生健康委员会"}) == "三台县/卫生健康委员会"


# ----------------------------------------------------------------- learned parents and the cache

LEARNING = """{issuer}关于印发2024年防汛工作方案的通知

一、重点任务
（一）做好汛前检查。（牵头单位：镇水利站；配合单位：县水利局、市水利局、区应急管理局、黄坳乡人民政府）
"""


def test_parents_plans_teach_never_change_a_resolution(tmp_path):
    # The resolve cache is keyed by (chain, mention, portfolio, collective), not by the parents the
    # registry learns from plans (遂源县 -> 吉安市 from one plan, -> 赣州市 from another, then none):
    # no resolution reads them, so a cached answer is the answer a fresh registry gives, in any order.
    texts = ["江西省吉安市遂源县黄坳乡人民政府", "江西省赣州市遂源县黄坳乡人民政府", "遂源县黄坳乡人民政府", "黄坳乡人民政府"]

    def read_all(order):
        reg = read_registry(registry_dir())  # a registry of its own: nothing learned, nothing cached
        out = {}
        for i in order:
            path = tmp_path / f"p{i}.txt"
            path.write_text(LEARNING.format(issuer=texts[i]), encoding="utf-8")
            rp = resolve_plan(extract_file(path), reg)
            out[i] = sorted((a.mention, a.agency_id) for rows in rp.assignments.values() for a in rows)
        return out, dict(reg.learned)

    forward, learned = read_all([0, 1, 2, 3])
    backward, _ = read_all([3, 2, 1, 0])
    assert forward == backward
    assert learned["遂源县"] == ""  # two plans disagree: the graph gives it no parent
    alone = {i: read_all([i])[0][i] for i in range(4)}
    assert alone == forward
    assert dict(forward[0])["市水利局"] == "吉安市/水利局" and dict(forward[1])["市水利局"] == "赣州市/水利局"
    assert dict(forward[3])["县水利局"] == "黄坳乡所在县/水利局"


# ----------------------------------------------------------------- supervisors resolved

RECTIFY = """仙居县人民政府办公室关于印发2024年营商环境问题整改方案的通知

一、整改任务
问题1：审批时限过长。
整改措施：压减审批时限。
牵头单位：县行政审批局
责任单位：县发改局、县住建局
督导单位：县委督查室、县政府办督查室、市委督查室

问题2：涉企检查过多。
整改措施：推行综合查一次。
牵头单位：县市场监管局
责任单位：县城管局
督导单位：县纪委监委
"""

CITY = """台州市人民政府办公室关于印发2024年督查工作要点的通知

一、重点任务
（一）加强督查。（牵头单位：市委督查室；配合单位：市政府督查室）
"""


def test_supervisors_resolve_to_agency_ids_and_count_in_no_workload(tmp_path):
    # supervisors were matched by the name as written: 市委督查室 in a county plan is the city's
    # office (台州市/委督查室), which the city's own plan names as a lead
    from respgraph.extract import plan_records
    from respgraph.graph import build_graph
    from respgraph.analysis.agency import supervised_tasks

    rp, m = _plan(tmp_path, "rectify.txt", RECTIFY)
    got = {t: [(s.mention, s.agency_id) for s in ss] for t, ss in rp.supervisors.items()}
    assert list(got.values()) == [
        [("县委督查室", "仙居县/委督查室"), ("县政府办督查室", "仙居县/人民政府督查室"), ("市委督查室", "台州市/委督查室")],
        [("县纪委监委", "仙居县/纪委监委")],
    ]
    assert not any("督查室" in a or "纪委" in a for a in rp.agencies)  # kept apart: no workload counts them
    assert [s.agency for s in rp.supervisors[next(iter(rp.supervisors))]] == ["仙居县委督查室", "仙居县人民政府督查室", "台州市委督查室"]
    # the JSONL record names each one as an assignment does
    first = plan_records(rp.plan)[0]
    assert [(s["agency"], s["mention"]) for s in first["supervisors"]] == [
        ("仙居县委督查室", "县委督查室"), ("仙居县人民政府督查室", "县政府办督查室"), ("台州市委督查室", "市委督查室")]
    # the graph's Task node carries the ids beside the names, and the city's office finds the
    # county task it supervises
    G = build_graph([rp, resolve_plan(extract_text(tmp_path, CITY, "city.txt"))])
    task = G.nodes["task:rectify:001"]
    assert task["supervisor_ids"] == ["仙居县/委督查室", "仙居县/人民政府督查室", "台州市/委督查室"]
    assert task["supervisors"] == ["县委督查室", "县政府办督查室", "市委督查室"]
    rows = supervised_tasks(G, "agency:台州市/委督查室")
    assert list(rows["task_id"]) == ["rectify:001"]
    assert not any(d.get("type") == "Agency" and d["agency_id"] == "仙居县/委督查室" for _, d in G.nodes(data=True))


# ----------------------------------------------------------------- 委 for 委员会

@pytest.mark.parametrize("plan_j,short,full", [
    ("西城区", "区城市管理委", "区城市管理委员会"), ("西城区", "区城管委", "区城市管理委员会"),
    ("北京市", "市交通委", "市交通委员会"), ("九龙坡区", "区文化旅游委", "区文化旅游委员会"),
    ("铜仁市", "市民族宗教委", "市民族宗教事务委员会"), ("河西区", "区住房建设委", "区住房和建设委员会"),
])
def test_a_committee_written_short_is_the_committee(plan_j, short, full):
    # 区城市管理委 and 区城市管理委员会 were two ids for one body (北京, 上海, 重庆 write both);
    # aliases.csv names each in full (the full name is not always the short one + 员会)
    reg = load_registry()
    meta = PlanMeta("p", "p.txt", jurisdiction=plan_j)
    assert resolve_mention(reg, short, meta).agency_id == resolve_mention(reg, full, meta).agency_id


@pytest.mark.parametrize("text,agency_id", [
    ("区委", "西城区/委"), ("区党工委", "西城区/党工委"),  # party committees
    ("区政法委", "西城区/委政法委员会"),  # the party committee's commission, as 区委政法委 (aliases.csv)
    ("区教委", "西城区/教委"),  # no alias: left as written
    ("区工委", "西城区/工委"),
    ("区水务委", "西城区/水务委"), ("区统计委", "西城区/统计委"),  # not in aliases.csv: as written, not made up
])
def test_committees_that_are_no_short_form_stay_as_written(text, agency_id):
    assert resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction="西城区")).agency_id == agency_id


@pytest.mark.parametrize("text,agency_id", [
    ("国网供电公司", "仙居县/供电公司"), ("国网仙居县供电公司", "仙居县/供电公司"), ("县供电公司", "仙居县/供电公司"),
    ("中国移动分公司", "仙居县/移动公司"), ("中国移动仙居分公司", "仙居县/移动公司"),
    ("国网台州供电公司", "台州市/供电公司"),  # near miss: a branch written with its place is that place's
])
def test_a_national_firms_branch_written_without_a_place_is_the_plans(text, agency_id):
    # 国网供电公司 was an id of its own (仙居县/国网供电公司) beside 国网仙居县供电公司's
    assert resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction="仙居县")).agency_id == agency_id


LISTS = """仙居县人民政府办公室关于印发2024年数字基础设施建设工作方案的通知

一、重点任务
（一）推进5G建设。（牵头单位：县经信局；配合单位：市经信局、国网供电公司、移动公司）
（二）保障铁路安全。（牵头单位：县交通运输局；配合单位：上海铁路局集团台州车务段、市交通运输局、中国移动仙居分公司）
"""


def test_a_lists_city_prefix_reaches_no_national_system(tmp_path):
    _, m = _plan(tmp_path, "lists.txt", LISTS)
    assert m == {"县经信局": "仙居县/经济和信息化局", "市经信局": "台州市/经济和信息化局", "国网供电公司": "仙居县/供电公司",
                 "移动公司": "仙居县/移动公司", "县交通运输局": "仙居县/交通运输局",
                 "上海铁路局集团台州车务段": "台州市/车务段",
                 "市交通运输局": "台州市/交通运输局", "中国移动仙居分公司": "仙居县/移动公司"}


# ----------------------------------------------------------------- places named alone, the cities below a province

@pytest.mark.parametrize("plan_j,text,agency_id", [
    ("四川省", "凉山州", "凉山彝族自治州/人民政府"),  # was 凉山州/人民政府 (凉山州人民政府 was already the 自治州's)
    ("新疆维吾尔自治区", "伊犁州", "伊犁哈萨克自治州/人民政府"),
    ("贵州省", "黔东南州", "黔东南苗族侗族自治州/人民政府"),
    ("仙居县", "城关镇", "城关镇/人民政府"),  # near miss: a place nobody lists stays as written
])
def test_a_prefecture_named_alone_by_its_short_name_is_the_listed_one(plan_j, text, agency_id):
    assert resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=plan_j)).agency_id == agency_id


@pytest.mark.parametrize("text", ["各地级以上市人民政府", "各省辖市人民政府", "各设区的市人民政府", "各设区市人民政府"])
def test_the_cities_below_a_province_are_its_lower_governments(text):
    # 广东 writes 各地级以上市, 河南 各省辖市, laws 各设区的市 (their function was 政府)
    a = resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction="广东省"))
    assert (a.kind, a.functions) == ("collective", ["下级政府"])


XINJIANG = """新疆维吾尔自治区人民政府办公厅关于印发口岸经济发展方案的通知

一、重点任务
（一）发展落地加工产业。（自治区商务厅牵头，伊犁州、博州、塔城地区负责落实）
"""


def test_a_place_in_a_list_gives_its_place_to_no_other_name(tmp_path):
    # 博州 (博尔塔拉) after 伊犁州 was read as a body of 伊犁州 (the list's prefix, meant for 市发改委、财政局)
    _, m = _plan(tmp_path, "xj.txt", XINJIANG)
    assert m["伊犁州"] == "伊犁哈萨克自治州/人民政府"
    assert not m["博州"].startswith("伊犁")
    assert m["塔城地区"] == "塔城地区/行政公署"


# ----------------------------------------------------------------- wherever it happens, levels together

@pytest.mark.parametrize("text,functions", [
    ("属地乡镇", ["乡镇街道"]),  # was a place 属地乡镇 with its own 人民政府
    ("中心城区各区人民政府", ["政府"]),  # was a place 中心城区各区
    ("项目所在地人民政府", ["下级政府"]), ("事发地人民政府", ["下级政府"]),
    ("项目所在县（市、区）人民政府", ["下级政府"]), ("属地政府", []),
    ("市县两级政府", []),  # was 宜春市/县两级政府
])
def test_wherever_it_happens_is_a_collective_of_the_plans_place(text, functions):
    a = resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction="宜春市"))
    assert (a.agency_id, a.kind, a.functions) == (f"宜春市/{text}", "collective", functions)


@pytest.mark.parametrize("text,agency_id,kind", [
    ("市场监管局", "宜春市/市场监督管理局", "agency"), ("城区人民政府", "宜春市/城区人民政府", "government"),
    ("县人民政府", "宜春市所辖县/人民政府", "government"), ("罗坊镇人民政府", "罗坊镇/人民政府", "government"),
])
def test_bodies_near_those_words_stay_bodies(text, agency_id, kind):
    a = resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction="宜春市"))
    assert (a.agency_id, a.kind) == (agency_id, kind)


def test_a_county_made_a_city_or_district_since_2015_is_its_city_s():
    """宁乡县 (宁乡市 since 2017), 南和县 (南和区 since 2020): a plan of the old county, its name in no
    list of today, files 市X under the city of the place it became (were 宁乡县所在市/X), from
    former_counties.csv (the 2015 division codes), a county renamed as well too (任县 -> 任泽区,
    郫县 -> 郫都区: the file's list; was 任县所在市/X). Near miss: a county no list ever held, whose
    stem a real district bears (东河县: 包头市 has a 东河区), gets no city."""
    reg = load_registry()
    for county, city in (("宁乡县", "长沙市"), ("南和县", "邢台市"), ("赣县", "赣州市"), ("任县", "邢台市"), ("郫县", "成都市")):
        meta = PlanMeta("p", "p.txt", jurisdiction=county)
        assert resolve_mention(reg, "市发改委", meta).agency_id == f"{city}/发展和改革委员会"
        assert resolve_mention(reg, "县发改局", meta).agency_id == f"{county}/发展和改革委员会"
    assert resolve_mention(reg, "市发改委", PlanMeta("p", "p.txt", jurisdiction="东河县")).agency_id == "东河县所在市/发展和改革委员会"


def test_a_railway_groups_unit_named_by_its_place_is_that_places():
    """中国铁路上海局集团有限公司连云港车务段 in a 连云港 plan: a body of 连云港市, one with 连云港车务段
    written alone and with the group's old name (was 中央/…连云港车务段 beside 连云港市/车务段); its
    name stays the group's full one. Near misses: the group itself and a unit named by no place
    (工务段) stay the centre's; a station named by its county (弋阳站) is the county's."""
    reg = load_registry()
    lyg = PlanMeta("p", "p.txt", jurisdiction="连云港市")
    got = {t: resolve_mention(reg, t, lyg) for t in (
        "中国铁路上海局集团有限公司连云港车务段", "上海铁路局连云港车务段", "连云港车务段",
        "中国铁路上海局集团有限公司", "上海铁路局集团工务段")}
    assert {t: r.agency_id for t, r in got.items()} == {
        "中国铁路上海局集团有限公司连云港车务段": "连云港市/车务段",
        "上海铁路局连云港车务段": "连云港市/车务段",
        "连云港车务段": "连云港市/车务段",
        "中国铁路上海局集团有限公司": "中央/中国铁路上海局集团有限公司",
        "上海铁路局集团工务段": "中央/中国铁路上海局集团有限公司工务段",
    }
    unit = got["中国铁路上海局集团有限公司连云港车务段"]
    assert (unit.name, unit.jurisdiction, unit.kind) == ("中国铁路上海局集团有限公司连云港车务段", "连云港市", "enterprise")
    assert resolve_mention(reg, "南昌铁路局弋阳站", PlanMeta("p", "p.txt", jurisdiction="江西省")).agency_id == "弋阳县/弋阳站"


def test_a_bureau_named_after_a_street_is_its_districts():
    """陆家嘴金融城发展局 in a plan of 陆家嘴街道: a street office has no bureaus, the bureau named after
    the area is 浦东新区's (was 陆家嘴街道/金融城发展局, and so was 浦东新区陆家嘴金融城发展局, its
    district written out). Near misses: the street's own 派出所, 市场监管所 and 办事处 stay the street's."""
    reg = load_registry()
    street = PlanMeta("p", "p.txt", jurisdiction="陆家嘴街道", issuers=["上海市浦东新区人民政府陆家嘴街道办事处"])
    got = {t: resolve_mention(reg, t, street).agency_id for t in (
        "陆家嘴金融城发展局", "浦东新区陆家嘴金融城发展局", "陆家嘴派出所", "陆家嘴市场监管所", "陆家嘴街道办事处")}
    assert got == {
        "陆家嘴金融城发展局": "浦东新区/陆家嘴金融城发展局",
        "浦东新区陆家嘴金融城发展局": "浦东新区/陆家嘴金融城发展局",
        "陆家嘴派出所": "陆家嘴街道/派出所",
        "陆家嘴市场监管所": "陆家嘴街道/市场监管所",
        "陆家嘴街道办事处": "陆家嘴街道/办事处",
    }


# ----------------------------------------------------------------- bodies named by their place's short name

@pytest.mark.parametrize("plan_j, text, agency_id, name", [
    ("大连市", "大连海关", "大连市/海关", "大连海关"),
    ("大连市", "市海关", "大连市/海关", "大连海关"),  # (was 大连市海关, a name no body bears)
    ("大连市", "大连市海关", "大连市/海关", "大连海关"),
    ("苏州市", "张家港海关", "张家港市/海关", "张家港海关"),  # a county-level city's customs
    ("大连市", "大连海事局", "大连市/海事局", "大连海事局"),
    ("南宁市", "南宁供电局", "南宁市/供电局", "南宁供电局"),  # China Southern Grid's (was 南宁市供电局)
    ("南宁市", "市供电局", "南宁市/供电局", "南宁供电局"),
    ("大连市", "大连出入境边防检查站", "大连市/出入境边防检查站", "大连出入境边防检查站"),
    ("大连市", "国家统计局大连调查队", "大连市/调查队", "大连调查队"),
    ("大连市", "大连检验检疫局", "大连市/出入境检验检疫局", "大连出入境检验检疫局"),
    ("大连市", "大连海关缉私局", "大连市/海关缉私局", "大连海关缉私局"),
    ("大连市", "大连边防检查站", "大连市/边防检查站", "大连边防检查站"),
    # a customs named after its port or district names itself (was 大连市大窑湾海关)
    ("大连市", "大窑湾海关", "大连市/大窑湾海关", "大窑湾海关"),
    ("广州市", "黄埔海关", "广州市/黄埔海关", "黄埔海关"),
    # near misses: the vertical bodies whose names keep the level, and a place's own maritime office
    ("大连市", "市气象局", "大连市/气象局", "大连市气象局"),
    ("大连市", "市邮政管理局", "大连市/邮政管理局", "大连市邮政管理局"),
    ("大连市", "国家税务总局大连市税务局", "大连市/税务局", "大连市税务局"),
    ("大连市", "市地方海事局", "大连市/地方海事局", "大连市地方海事局"),
    ("大连市", "海关总署", "中央/海关总署", "海关总署"),
])
def test_a_systems_body_named_after_its_place_keeps_that_name(plan_j, text, agency_id, name):
    a = resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=plan_j))
    assert (a.agency_id, a.name) == (agency_id, name)


@pytest.mark.parametrize("plan_j, text, agency_id, name", [
    # a province has no customs of its own: its 海关 is the district serving it, seated in a city
    # (was 四川省/海关 named 四川海关, a body nobody has), as the district's own name is in any plan
    ("四川省", "海关", "成都市/海关", "成都海关"),
    ("四川省", "省海关", "成都市/海关", "成都海关"),
    ("四川省", "四川省海关", "成都市/海关", "成都海关"),
    ("四川省", "成都海关", "成都市/海关", "成都海关"),
    ("绵阳市", "省海关", "成都市/海关", "成都海关"),
    ("湖南省", "海关缉私局", "长沙市/海关缉私局", "长沙海关缉私局"),
    # a province several districts serve: which one is not said; the province's, named with its
    # level (no 山东海关), beside the districts named
    ("山东省", "海关", "山东省/海关", "山东省海关"),
    ("山东省", "青岛海关", "青岛市/海关", "青岛海关"),
    # near misses: a municipality's customs is its own (北京海关), and the province's pre-2018
    # inspection bureau kept the province's name (四川出入境检验检疫局 was one)
    ("北京市", "市海关", "北京市/海关", "北京海关"),
    ("四川省", "省出入境检验检疫局", "四川省/出入境检验检疫局", "四川出入境检验检疫局"),
])
def test_a_provinces_customs_is_the_district_serving_it(plan_j, text, agency_id, name):
    a = resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=plan_j))
    assert (a.agency_id, a.name) == (agency_id, name)


@pytest.mark.parametrize("plan_j, text, agency_id, name", [
    # a county's or a district's bare 海关 is the customs of the city it lies in (was 三台海关 / 金州海关,
    # customs nobody has; a county is served by its city's, or a branch the plan does not name)
    ("三台县", "海关", "绵阳市/海关", "绵阳海关"),
    ("三台县", "县海关", "绵阳市/海关", "绵阳海关"),
    ("三台县", "县海关缉私局", "绵阳市/海关缉私局", "绵阳海关缉私局"),
    ("金州区", "区海关", "大连市/海关", "大连海关"),
    ("浦东新区", "区海关", "上海市/海关", "上海海关"),  # (a municipality's district: the municipality's)
    # near misses: a customs named by its place is as written (三台海关 / 浦东海关), a county-level
    # city keeps its own (昆山海关, 张家港海关), a city's is its own
    ("三台县", "三台海关", "三台县/海关", "三台海关"),
    ("浦东新区", "浦东海关", "浦东新区/海关", "浦东海关"),
    ("昆山市", "市海关", "昆山市/海关", "昆山海关"),
    ("绵阳市", "市海关", "绵阳市/海关", "绵阳海关"),
])
def test_a_countys_bare_customs_is_its_citys(plan_j, text, agency_id, name):
    a = resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=plan_j))
    assert (a.agency_id, a.name) == (agency_id, name)


def test_a_provinces_inspection_bureau_is_succeeded_by_its_customs_district():
    reg = load_registry()
    assert reg.successor("四川省/出入境检验检疫局", {"成都市/海关"}) == "成都市/海关"
    # (in a province several districts serve, no district is its successor)
    assert reg.successor("山东省/出入境检验检疫局", {"青岛市/海关", "济南市/海关"}) is None


def test_the_inspection_bureau_is_the_customs_work_and_its_predecessor():
    # 出入境检验检疫局 (merged into the customs in 2018) works in the customs' field (had none) and
    # is succeeded by the place's 海关 when a graph holds both
    reg = load_registry()
    a = resolve_mention(reg, "大连出入境检验检疫局", PlanMeta("p", "p.txt", jurisdiction="大连市"))
    assert a.functions == ["海关"] and a.known
    assert reg.successor("大连市/出入境检验检疫局", {"大连市/海关"}) == "大连市/海关"
    # near miss: the 质检 bureau it was part of before 2001 stays a market regulator
    q = resolve_mention(reg, "市质监局", PlanMeta("p", "p.txt", jurisdiction="大连市"))
    assert "海关" not in q.functions


# ----------------------------------------------------------------- a zone named without its city

ZONES = """{issuer}关于印发2024年生态环境保护工作要点的通知

一、重点任务
（一）推进长江岸线整治。（牵头单位：{zone}；配合单位：市生态环境局）
"""


def _zone_parent(tmp_path, issuer: str, zone: str) -> tuple[str, str | None]:
    reg = read_registry(registry_dir())  # nothing learned from other tests' plans
    path = tmp_path / "zone.txt"
    path.write_text(ZONES.format(issuer=issuer, zone=zone), encoding="utf-8")
    rp = resolve_plan(extract_file(path), reg)
    aid = next(a.agency_id for rows in rp.assignments.values() for a in rows if a.mention == zone)
    place = aid.partition("/")[0]
    return aid, reg.jurisdiction(place).parent


@pytest.mark.parametrize("issuer, zone, agency_id, parent", [
    # a zone named bare in a city's plan is the city's, as its bureaus named bare are (had no parent)
    ("南京市人民政府办公厅", "江北新区管委会", "江北新区/管委会", "南京市"),
    # 起步区, a kind of zone as 高新区 is, named after the plan's city (济南's and 雄安新区's are two)
    ("济南市人民政府", "起步区管委会", "济南起步区/管委会", "济南市"),
    ("重庆市人民政府", "两江新区管委会", "两江新区/管委会", "重庆市"),  # a municipality's
    # written with its city, or named after a place, in any plan
    ("江苏省人民政府", "南京江北新区管委会", "江北新区/管委会", "南京市"),
    ("南京市人民政府办公厅", "高新区管委会", "南京高新区/管委会", "南京市"),
    # near misses: a province's plan names several cities' zones; a district's may name its own
    ("江苏省人民政府", "江北新区管委会", "江北新区/管委会", None),
    ("南京市浦口区人民政府", "江北新区管委会", "江北新区/管委会", None),
])
def test_a_zone_named_without_its_city_lies_in_the_plans_city(tmp_path, issuer, zone, agency_id, parent):
    assert _zone_parent(tmp_path, issuer, zone) == (agency_id, parent)


@pytest.mark.parametrize("issuer, town, agency_id, parent", [
    # a town or street the registry does not list, named in its county's or district's plan, lies in
    # that place (had no parent, while a listed one, 霍邱县城关镇, had its county)
    ("北京市延庆区人民政府", "黄土店镇人民政府", "黄土店镇/人民政府", "延庆区"),
    ("博罗县人民政府", "罗州街道办事处", "罗州街道/办事处", "博罗县"),
    # written after its county, in any plan
    ("惠州市人民政府", "博罗县罗州街道办事处", "罗州街道/办事处", "博罗县"),
    # near misses: a city's plan names its counties' towns (no county to give); a listed town keeps its row
    ("北京市人民政府", "黄土店镇人民政府", "黄土店镇/人民政府", None),
    ("霍邱县人民政府", "城关镇人民政府", "霍邱县城关镇/人民政府", "霍邱县"),
])
def test_a_town_named_in_its_countys_plan_lies_in_that_county(tmp_path, issuer, town, agency_id, parent):
    assert _zone_parent(tmp_path, issuer, town) == (agency_id, parent)


@pytest.mark.parametrize("plan_j, text, agency_id", [
    # 深圳's city bureaus' branches in its districts are named as bureaus (龙岗监管局, 龙岗管理局): the
    # branch there, as 市场监管局龙岗分局 is (were 深圳市/市场监管局龙岗监管局, the city's)
    ("深圳市", "市场监管局龙岗监管局", "龙岗区/市场监督管理分局"),
    ("龙岗区", "市市场监管局龙岗监管局", "龙岗区/市场监督管理分局"),
    ("深圳市", "市规划和自然资源局龙岗管理局", "龙岗区/规划和自然资源局"),  # (a place has one: one_body.csv)
    ("深圳市", "市生态环境局龙岗管理局", "龙岗区/生态环境局"),  # the eco branch is the district's bureau
    # near misses: a 管理局 named after a county-level city (a lake's, a park's) and the city's own bureau
    ("合肥市", "市林业局巢湖管理局", "合肥市/林业局巢湖管理局"),
    ("深圳市", "市市场监管局", "深圳市/市场监督管理局"),
])
def test_a_city_bureaus_branch_named_as_a_bureau_is_the_districts(plan_j, text, agency_id):
    assert resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=plan_j)).agency_id == agency_id


@pytest.mark.parametrize("plan_j, text, agency_id", [
    # the nine regional branches of the central bank (1998-2023) are named after their seat and serve
    # several provinces: the centre's (人民银行广州分行 was 广州市/人民银行)
    ("广州市", "人民银行广州分行", "中央/中国人民银行广州分行"),
    ("广东省", "人行广州分行", "中央/中国人民银行广州分行"),
    # near misses: written with its level it is its place's (2023's provincial branches; a city's)
    ("广东省", "中国人民银行广东省分行", "广东省/人民银行"),
    ("大连市", "中国人民银行大连市分行", "大连市/人民银行"),
    ("绵阳市", "人行绵阳市中心支行", "绵阳市/人民银行"),
])
def test_a_central_bank_regional_branch_is_the_centres(plan_j, text, agency_id):
    assert resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=plan_j)).agency_id == agency_id


@pytest.mark.parametrize("plan_j, text, agency_id", [
    # 台商投资区 is a kind of zone (泉州's, 漳州's), named with its city as 高新区 is (both were one
    # 台商投资区/管委会)
    ("泉州市", "泉州台商投资区管委会", "泉州台商投资区/管委会"),
    ("泉州市", "台商投资区管委会", "泉州台商投资区/管委会"),
    ("福建省", "泉州台商投资区管委会", "泉州台商投资区/管委会"),
    ("漳州市", "漳州台商投资区管委会", "漳州台商投资区/管委会"),
    # near miss: a zone with a name of its own stays so named
    ("南京市", "南京江北新区管委会", "江北新区/管委会"),
])
def test_a_taiwanese_investment_zone_is_named_with_its_city(plan_j, text, agency_id):
    assert resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=plan_j)).agency_id == agency_id


@pytest.mark.parametrize("plan_j, text, agency_id", [
    # a national park's authority is its province's body in any plan (were 开化县's, 武夷山市's: the
    # county the park lies in, or the city its name was read as)
    ("开化县", "钱江源国家公园管理局", "浙江省/钱江源国家公园管理局"),
    ("衢州市", "钱江源国家公园管理局", "浙江省/钱江源国家公园管理局"),
    ("武夷山市", "武夷山国家公园管理局", "福建省/武夷山国家公园管理局"),
    ("福建省", "武夷山国家公园管理局", "福建省/武夷山国家公园管理局"),
    # near misses: the national 国家公园管理局 names no park; a county's own forestry bureau; a plan
    # whose province nobody knows keeps its place
    ("开化县", "国家公园管理局", "中央/国家公园管理局"),
    ("开化县", "县林业局", "开化县/林业局"),
    ("某某县", "钱江源国家公园管理局", "某某县/钱江源国家公园管理局"),
])
def test_a_national_parks_authority_is_its_provinces(plan_j, text, agency_id):
    assert resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=plan_j)).agency_id == agency_id


UNITS = """肃南裕固族自治县人民政府关于印发祁连山生态环境问题整改方案的通知

一、整改任务
（一）拆除保护区内违规设施。（牵头单位：县林业局；配合单位：{units}）
"""


@pytest.mark.parametrize("units, mention, agency_id", [
    # a list of one body's units names the body once: the second station is the 管理局's too (was
    # 甘肃省/隆畅河保护站, the province's carried alone)
    ("甘肃祁连山国家级自然保护区管理局马蹄保护站、隆畅河保护站", "隆畅河保护站", "甘肃省/祁连山国家级自然保护区管理局/隆畅河保护站"),
    ("甘肃祁连山国家级自然保护区管理局马蹄保护站、隆畅河保护站", "甘肃祁连山国家级自然保护区管理局马蹄保护站",
     "甘肃省/祁连山国家级自然保护区管理局/马蹄保护站"),
    # near misses: a unit of another kind, or one written with its own place, is no unit of that body
    ("甘肃祁连山国家级自然保护区管理局马蹄保护站、县林业站", "县林业站", "肃南裕固族自治县/林业站"),
    ("甘肃祁连山国家级自然保护区管理局马蹄保护站、县国土资源局", "县国土资源局", "肃南裕固族自治县/国土资源局"),
])
def test_a_list_of_one_bodys_units_names_the_body_once(tmp_path, units, mention, agency_id):
    path = tmp_path / "units.txt"
    path.write_text(UNITS.format(units=units), encoding="utf-8")
    rp = resolve_plan(extract_file(path), read_registry(registry_dir()))
    assert {a.mention: a.agency_id for rows in rp.assignments.values() for a in rows}[mention] == agency_id


@pytest.mark.parametrize("text, agency_id", [
    # a ministry's body on the Yangtze written without the ministry is the centre's, as with it
    # (were 宜宾市/长江海事局, 宜宾市/长江航务管理局 of no function)
    ("长江海事局", "中央/交通运输部长江海事局"),
    ("长江航务管理局", "中央/交通运输部长江航务管理局"),
    ("长江航道局", "中央/交通运输部长江航道局"),
    # the railway police of a group's lines, named after its seat as the group is (was 成都市's)
    ("成都铁路公安局", "中央/成都铁路公安局"),
    # near misses: a unit named by its place is that place's; the city's own maritime body and a
    # 海事局 named after the city stay the city's
    ("南昌铁路公安处", "南昌市/铁路公安处"),
    ("宜宾车务段", "宜宾市/车务段"),
    ("市地方海事局", "宜宾市/地方海事局"),
    ("宜宾海事局", "宜宾市/海事局"),
])
def test_a_national_systems_regional_body_is_the_centres(text, agency_id):
    a = resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction="宜宾市"))
    assert a.agency_id == agency_id and "交通运输" in a.functions


@pytest.mark.parametrize("text, agency_id", [
    # 生态环境部's basin (sea-area) supervision bureaus written without the ministry are the centre's, as with
    # it (长江流域生态环境监督管理局 in a 湖北 plan was 湖北省's: a province's bureau)
    ("长江流域生态环境监督管理局", "中央/生态环境部长江流域生态环境监督管理局"),
    ("生态环境部长江流域生态环境监督管理局", "中央/生态环境部长江流域生态环境监督管理局"),
    ("海河流域北海海域生态环境监督管理局", "中央/生态环境部海河流域北海海域生态环境监督管理局"),
    # near misses: the province's own bureau and its monitoring centre stay the province's
    ("省生态环境厅", "湖北省/生态环境厅"),
    ("省生态环境监测中心站", "湖北省/生态环境监测中心站"),
])
def test_a_basin_eco_supervision_bureau_is_the_centres(text, agency_id):
    a = resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction="湖北省"))
    assert a.agency_id == agency_id and "生态环境" in a.functions


def test_a_build_into_names_a_body_by_its_plans_old_and_new(tmp_path):
    # a build of p (县发改委 once, 县发展和改革局 once: a tie, the first written) taking q (县发展和改革局
    # twice) with --into names the body 仙居县发展和改革局, three tasks to one, as building both at
    # once does (the node's name is settled over the old plans' edges too, not the new plan's alone)
    from typer.testing import CliRunner

    import respgraph
    from respgraph.cli import app

    runner = CliRunner()
    for name, (first, second) in {"p": ("县发改委", "县发展和改革局"), "q": ("县发展和改革局", "县发展和改革局")}.items():
        (tmp_path / name).mkdir()
        (tmp_path / name / f"{name}.txt").write_text(ONE_BODY.format(first=first, second=second), encoding="utf-8")
    out = tmp_path / "b"
    assert runner.invoke(app, ["build", str(tmp_path / "p"), "--out", str(out)]).exit_code == 0
    names = lambda: dict(zip(respgraph.load(out).agencies()["agency_id"], respgraph.load(out).agencies()["name"]))
    assert names()["仙居县/发展和改革委员会"] == "仙居县发展和改革委员会"  # (p alone: its first written)
    r = runner.invoke(app, ["build", str(tmp_path / "q"), "--into", str(out)])
    assert r.exit_code == 0, r.output
    assert names()["仙居县/发展和改革委员会"] == "仙居县发展和改革局"


ANQING_RECTIFY = """安庆市人民政府办公室关于印发2024年环保督察反馈问题整改方案的通知

一、整改任务
问题1：秸秆焚烧管控不力。
整改措施：加强巡查。
牵头单位：怀宁县人民政府
责任单位：市农业农村局
督导单位：市生态环境局怀宁分局

问题2：扬尘管控不到位。
整改措施：加强工地监管。
牵头单位：市住房城乡建设局
责任单位：怀宁县人民政府
督导单位：怀宁县生态环境局、市城管局
"""


def test_a_supervisor_written_as_an_eco_branch_is_named_so_in_its_plan(tmp_path):
    # 市生态环境局怀宁分局 supervising in 安庆's plan is named as the branch (was 怀宁县生态环境分局, no
    # body's name), and so is 怀宁县生态环境局 there: one body; near miss: 市城管局 keeps its written name
    rp, _ = _plan(tmp_path, "anqing.txt", ANQING_RECTIFY)
    got = [(s.mention, s.agency, s.agency_id) for ss in rp.supervisors.values() for s in ss]
    assert got == [("市生态环境局怀宁分局", "安庆市生态环境局怀宁分局", "怀宁县/生态环境局"),
                   ("怀宁县生态环境局", "安庆市生态环境局怀宁分局", "怀宁县/生态环境局"),
                   ("市城管局", "安庆市城市管理局", "安庆市/城市管理局")]


def test_a_bare_development_zone_after_the_counties_governments_is_every_zone(tmp_path):
    """开发区管委会 / 开发区 / 开发区林长办 right after 各县（市）区人民政府 (or 各县（市、区）政府, or the bare
    各县（市）区 closing with the office) in a city's plan: the 各 reaches it, every zone's committee or
    office of the city, one id with 各开发区管委会 as plans also write it (was 合肥开发区/管委会 and
    合肥开发区/林长制办公室, a zone nobody has, and 合肥市/开发区). Near misses: a zone named by its kind or
    its name stays that zone; 开发区管委会 alone, no list before it, stays as read. After the places' bureaus
    (各县（市）区教育局、开发区管委会) every zone's 管委会 too (was 合肥开发区/管委会)."""
    rp = resolve_plan(extract_text(tmp_path, (
        "合肥市人民政府办公室关于印发合肥市林长制工作方案的通知\n一、重点任务\n"
        "1.加强森林防火。（牵头单位：市林业局；责任单位：各县（市）区人民政府、开发区管委会）\n"
        "2.推进造林绿化。（责任单位：各县（市、区）政府、开发区管委会）\n"
        "3.落实林长巡林制度。（责任单位：各县（市）区、开发区林长办）\n"
        "4.加强森林资源巡查。（责任单位：各县（市）区人民政府、各开发区管委会）\n"
        "5.推进国土绿化项目。（责任单位：各县（市）区政府、开发区）\n"
        "6.推进林业产业招商。（责任单位：各县（市）区政府、经开区管委会、高新区管委会、合肥经济技术开发区管委会）\n"
        "7.推进校园绿化。（责任单位：各县（市）区教育局、开发区管委会）\n"
        "8.推进园区绿化。（责任单位：开发区管委会）\n"
    ), "hefei.txt"))
    got = [[(a.mention, a.agency_id) for a in v] for v in rp.assignments.values()]
    assert got[0][1:] == [("各县（市）区人民政府", "合肥市/各县（市、区）人民政府"), ("开发区管委会", "合肥市/各开发区管委会")]
    assert got[1][1] == ("开发区管委会", "合肥市/各开发区管委会")
    assert got[2][1] == ("开发区林长办", "合肥市/各开发区林长办")
    assert got[3][1] == ("各开发区管委会", "合肥市/各开发区管委会")
    assert got[4][1] == ("开发区", "合肥市/各开发区管委会")
    assert [i for _, i in got[5][1:]] == ["合肥经开区/管委会", "合肥高新区/管委会", "合肥经开区/管委会"]
    assert got[6][1] == ("开发区管委会", "合肥市/各开发区管委会")
    assert got[7] == [("开发区管委会", "合肥开发区/管委会")]
    assert {a.kind for a in rp.agencies.values() if a.agency_id.startswith("合肥市/各开发区")} == {"collective"}


def test_a_bare_development_zone_in_a_countys_plan_is_its_one_zone(tmp_path):
    """开发区管委会 in a county's plan, no zone named: the county's zone, one body with 县开发区管委会
    (a county keeps one 开发区; its plans write 开发区管委会 for it beside 各乡镇人民政府, whose 各
    reaches towns, not zones)."""
    rp = resolve_plan(extract_text(tmp_path, (
        "长丰县人民政府办公室关于印发长丰县林长制工作方案的通知\n一、重点任务\n"
        "1.加强森林防火。（牵头单位：县林业局；责任单位：各乡镇人民政府、开发区管委会）\n"
        "2.推进造林绿化。（责任单位：县开发区管委会）\n"
    ), "changfeng.txt"))
    ids = [a.agency_id for v in rp.assignments.values() for a in v]
    assert ids[-2:] == ["长丰开发区/管委会", "长丰开发区/管委会"]
