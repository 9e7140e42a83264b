"""Bodies named and placed as they name themselves (stop 30's second probe round): the traffic
police by their police, the youth league's committees, the central bank's branches and a city's
own bank, offices stationed in a place, a province's firms' units in a city or banner, banners
written without 旗. Each with the near misses that must stay as they are."""

from __future__ import annotations

import pytest

from respgraph.records import PlanMeta
from respgraph.registry import load_registry
from respgraph.resolve import resolve_mention


def _resolved(plan_j: str, text: str):
    return resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=plan_j))


@pytest.mark.parametrize("plan_j, texts, agency_id, name", [
    # a traffic police unit is named after its police (长沙市公安局交通警察支队), one id however the
    # plan writes it (was 长沙市交通警察支队, a body of no such name)
    ("长沙市", ["市公安局交警支队", "市交警支队", "长沙市公安局交通警察支队"], "长沙市/交通警察支队", "长沙市公安局交通警察支队"),
    ("三台县", ["县交警大队", "县公安局交警大队"], "三台县/交通警察大队", "三台县公安局交通警察大队"),
    ("四川省", ["省交警总队"], "四川省/交通警察总队", "四川省公安厅交通警察总队"),
    ("上海市", ["市交警总队"], "上海市/交通警察总队", "上海市公安局交通警察总队"),  # (a municipality's police is a 局)
    # the traffic bureau written short is the 公安交通管理局 (was 长沙市/公安局交管局)
    ("长沙市", ["市公安局交管局", "市公安交管局"], "长沙市/公安交通管理局", "长沙市公安局公安交通管理局"),
    # a city detachment's brigade in a banner, the detachment under its 交通管理 name, the banner
    # written in full or without 旗: the banner's (was 鄂尔多斯市/公安局交通管理支队准格尔旗大队)
    ("鄂尔多斯市", ["鄂尔多斯市公安局交通管理支队准格尔旗大队", "市公安局交通管理支队准格尔大队"], "准格尔旗/交通警察大队", "准格尔旗公安局交通警察大队"),
    # near miss: a district's brigade may be its 公安分局's or a unit of the city's detachment: as it was
    ("渝水区", ["区交警大队"], "渝水区/交通警察大队", "渝水区交通警察大队"),
])
def test_a_traffic_police_unit_is_named_after_its_police(plan_j, texts, agency_id, name):
    for text in texts:
        a = _resolved(plan_j, text)
        assert (text, a.agency_id, a.name, a.functions) == (text, agency_id, name, ["公安"])


@pytest.mark.parametrize("plan_j, text, agency_id, name", [
    # the youth league's committee of a place, at every level alike (were 成都市团委, 三台县团委)
    ("成都市", "团市委", "成都市/团委", "共青团成都市委员会"),
    ("厦门市", "团市委", "厦门市/团委", "共青团厦门市委员会"),
    ("三台县", "团县委", "三台县/团委", "共青团三台县委员会"),
    ("渝水区", "团区委", "渝水区/团委", "共青团渝水区委员会"),
    ("四川省", "团省委", "四川省/团委", "共青团四川省委员会"),
    # near miss: a 兵团 division's committee is no place's league committee by that name
    ("石河子市", "兵团第八师团委", "石河子市/团委", "石河子市团委"),
])
def test_a_youth_league_committee_is_named_as_it_names_itself(plan_j, text, agency_id, name):
    a = _resolved(plan_j, text)
    assert (a.agency_id, a.name, a.functions) == (agency_id, name, ["群团"])


@pytest.mark.parametrize("plan_j, text, agency_id, name, kind", [
    # the central bank's branch written with its place: named as written, the 中国人民银行's (was
    # 贵阳市人民银行); one id with 市人民银行, which keeps the place's name
    ("贵阳市", "人民银行贵阳中心支行", "贵阳市/人民银行", "中国人民银行贵阳中心支行", "agency"),
    ("贵阳市", "人行贵阳中心支行", "贵阳市/人民银行", "中国人民银行贵阳中心支行", "agency"),
    ("贵阳市", "市人民银行", "贵阳市/人民银行", "贵阳市人民银行", "agency"),
    # a city's commercial bank is a brand named after its city (was 长沙市银行岳麓山支行, an agency);
    # its branch in the city is the bank there, one firm as a state bank's branches in a place are
    ("长沙市", "长沙银行岳麓山支行", "长沙市/长沙银行", "长沙银行岳麓山支行", "enterprise"),
    ("长沙市", "长沙银行", "长沙市/长沙银行", "长沙银行", "enterprise"),
    # near misses: a bank named after its home place, its branch in another, is that place's; a
    # kind of bank every place has (农商银行) is the place's; the banking association is no bank
    ("宜春市", "九江银行宜春分行", "宜春市/九江银行", "宜春市九江银行", "enterprise"),
    ("光山县", "光山农商银行", "光山县/农村商业银行", "光山县农村商业银行", "enterprise"),
    ("成都市", "成都银行业协会", "成都市/银行业协会", "成都市银行业协会", "agency"),
])
def test_banks_are_named_as_they_name_themselves(plan_j, text, agency_id, name, kind):
    a = _resolved(plan_j, text)
    assert (a.agency_id, a.name, a.kind, a.functions) == (agency_id, name, kind, ["金融"])


@pytest.mark.parametrize("plan_j, text, agency_id, name, functions", [
    # an office stationed in the plan's place (or in a place under it) is that place's, its sender's
    # functions (was 南昌市/海关驻宜春办事处, a street office of 南昌市)
    ("宜春市", "南昌海关驻宜春办事处", "宜春市/南昌海关驻宜春办事处", "南昌海关驻宜春办事处", ["海关"]),
    ("江西省", "南昌海关驻宜春办事处", "宜春市/南昌海关驻宜春办事处", "南昌海关驻宜春办事处", ["海关"]),
    # near miss: an office in a place outside the plan's stays its sender's
    ("宜春市", "市政府驻京办", "宜春市/人民政府驻京办", "宜春市人民政府驻京办", ["政府"]),
    ("宜春市", "市政府驻京办事处", "宜春市/政府驻京办事处", "宜春市政府驻京办事处", ["政府"]),  # (was 乡镇街道, by 办事处)
])
def test_an_office_stationed_in_the_plans_place_is_that_places(plan_j, text, agency_id, name, functions):
    a = _resolved(plan_j, text)
    assert (a.agency_id, a.name, a.functions) == (agency_id, name, functions)


@pytest.mark.parametrize("plan_j, text, jurisdiction, name", [
    # a firm named after a province that names the plan's place inside, or a branch of it named
    # after a place nobody listed in a banner's plan: the plan's place's (were 山东省's, 内蒙古自治区's)
    ("青岛市", "山东港口青岛港集团有限公司", "青岛市", "山东港口青岛港集团有限公司"),
    ("黄岛区", "山东港口青岛港集团有限公司", "青岛市", "山东港口青岛港集团有限公司"),
    ("准格尔旗", "内蒙古电力（集团）有限责任公司薛家湾供电分公司", "准格尔旗", "内蒙古电力（集团）有限责任公司薛家湾供电分公司"),
    # near misses: the provincial group itself, and the firm in the province's own plan, stay the province's
    ("青岛市", "山东港口集团", "山东省", "山东省港口集团"),
    ("山东省", "山东港口青岛港集团有限公司", "山东省", "山东省港口青岛港集团有限公司"),
    # a brand's provincial company written without 中国 (was 贵阳市's 移动贵州公司, no function)
    ("贵阳市", "移动贵州公司", "贵州省", "贵州省移动公司"),
    ("贵阳市", "移动互联网公司", "贵阳市", "贵阳市移动互联网公司"),  # (no place inside: no brand's company)
])
def test_a_provinces_firm_naming_a_lower_place_is_that_places(plan_j, text, jurisdiction, name):
    a = _resolved(plan_j, text)
    assert (a.jurisdiction, a.name) == (jurisdiction, name)


@pytest.mark.parametrize("plan_j, text, agency_id, name", [
    # a banner listed by its abbreviation (准旗) is written without 旗 too (was 准格尔旗/准格尔应急管理局)
    ("准格尔旗", "准格尔应急管理局", "准格尔旗/应急管理局", "准格尔旗应急管理局"),
    ("鄂尔多斯市", "准格尔应急管理局", "准格尔旗/应急管理局", "准格尔旗应急管理局"),
    ("鄂尔多斯市", "准旗应急管理局", "准格尔旗/应急管理局", "准格尔旗应急管理局"),
    # 和 written keeps 和: one body with 海洋与渔业局 (one_body.csv), named as written (was 海口市海洋与渔业局)
    ("海口市", "市海洋和渔业局", "海口市/海洋与渔业局", "海口市海洋和渔业局"),
    ("海口市", "市海洋渔业局", "海口市/海洋与渔业局", "海口市海洋与渔业局"),
    # a place's own name for its data bureau (湖州, 芜湖); elsewhere as written
    ("湖州市", "市大数据局", "湖州市/大数据发展管理局", "湖州市大数据发展管理局"),
    ("芜湖市", "市数据资源局", "芜湖市/数据资源管理局", "芜湖市数据资源管理局"),
    ("贵阳市", "市大数据局", "贵阳市/大数据局", "贵阳市大数据局"),
    # a kind of area written bare is the plan's, no place of that name (was 示范区/执委会: one id for
    # every plan's 示范区)
    ("青浦区", "示范区执委会", "青浦区/示范区执委会", "青浦区示范区执委会"),
])
def test_places_and_names_as_written(plan_j, text, agency_id, name):
    a = _resolved(plan_j, text)
    assert (a.agency_id, a.name, a.known) == (agency_id, name, True)


@pytest.mark.parametrize("plan_j, text, functions", [
    # the 医疗保障局 is a department of its own since 2018 (国家医保局 is the State Council's): a
    # function of its own, as 退役军人 split from 民政 (was 卫生健康: a 医保 plan's workload table
    # counted the 医保局 and the 卫健委 as one function)
    ("长沙市", "市医保局", ["医疗保障"]),
    ("长沙市", "市医疗保障局", ["医疗保障"]),
    ("望城区", "区医疗保险服务中心", ["医疗保障"]),
    ("长沙市", "市人社局（市医保局）", ["人力社保", "医疗保障"]),
    # near misses: the 疾控局 is a bureau the 卫健委 runs (国家疾控局 is 国家卫健委's), the 疾控中心
    # and a hospital its units: 卫生健康
    ("长沙市", "市疾控局", ["卫生健康"]),
    ("长沙市", "市疾控中心", ["卫生健康"]),
    ("长沙市", "市卫健委", ["卫生健康"]),
])
def test_medical_security_is_a_function_of_its_own(plan_j, text, functions):
    assert _resolved(plan_j, text).functions == functions


@pytest.mark.parametrize("plan_j, text, functions", [
    # a function only where the name says it: a town's own office names the town (was no function),
    # a ceramics bureau its industry
    ("醴陵市", "镇公共服务办公室", ["乡镇街道"]),
    ("景德镇市", "市陶瓷局", ["工业和信息化"]),
    # near misses: a county's office of no field and names that say no field stay unknown
    ("三台县", "县公共服务办公室", []),
    ("长沙市", "市攻坚办", []),
    ("长沙市", "市企业服务中心", []),
    ("湖州市", "两山合作社", []),
])
def test_a_function_only_where_the_name_says_it(plan_j, text, functions):
    a = _resolved(plan_j, text)
    assert (a.functions, a.known) == (functions, bool(functions))


@pytest.mark.parametrize("plan_j, text, agency_id, name, functions", [
    # the foreign exchange administration's branch named as written (was 陕西省外汇管理局分局, no function)
    ("陕西省", "国家外汇管理局陕西省分局", "陕西省/外汇管理局分局", "国家外汇管理局陕西省分局", ["金融"]),
    ("陕西省", "外汇局陕西省分局", "陕西省/外汇管理局分局", "国家外汇管理局陕西省分局", ["金融"]),
    # an exchange named after its city is its own name (was 大连市商品交易所, no function)
    ("大连市", "大连商品交易所", "大连市/大连商品交易所", "大连商品交易所", ["金融"]),
    # the consumer protection committee the 市场监管局 houses (was no function)
    ("金寨县", "县消保委", "金寨县/消保委", "金寨县消保委", ["市场监管"]),
    # near miss: a property rights exchange says no field
    ("长沙市", "市产权交易所", "长沙市/产权交易所", "长沙市产权交易所", []),
])
def test_financial_and_consumer_bodies(plan_j, text, agency_id, name, functions):
    a = _resolved(plan_j, text)
    assert (a.agency_id, a.name, a.functions) == (agency_id, name, functions)
