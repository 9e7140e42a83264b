"""Bodies outside a local government that plans name beside its bureaus (stop 30's blind probe of
20 plans, 2019-2026): universities and the hospitals named after them, China Southern Grid's local
units written with the company short, the civil aviation and mine safety administrations' offices.
Each with the near misses that must stay as they are."""

from __future__ import annotations

import pytest

from respgraph.records import PlanMeta
from respgraph.registry import load_registry
from respgraph.resolve import resolve_mention


def _resolved(plan_j: str, text: str):
    return resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=plan_j))


@pytest.mark.parametrize("plan_j, text, agency_id, name", [
    # a university named by a name of its own, and a hospital or centre named after it: its
    # province's, one body in the district's plan and the city's (were 岳麓区/中南大学湘雅医院 and
    # 长沙市/中南大学湘雅医院, named 岳麓区中南大学湘雅医院)
    ("岳麓区", "中南大学湘雅医院", "湖南省/中南大学湘雅医院", "中南大学湘雅医院"),
    ("长沙市", "中南大学湘雅医院", "湖南省/中南大学湘雅医院", "中南大学湘雅医院"),
    ("岳麓区", "中南大学", "湖南省/中南大学", "中南大学"),
    ("宜昌市", "三峡大学附属仁和医院", "湖北省/三峡大学附属仁和医院", "三峡大学附属仁和医院"),
    ("南海区", "南方医科大学第七附属医院", "广东省/南方医科大学第七附属医院", "南方医科大学第七附属医院"),
    # near misses: a university named by its place is that place's; a kind of school every place
    # has, written alone or with the level, is the plan's place's own; a plan whose province nobody
    # knows keeps its place; a city's own hospital stays the city's
    ("岳麓区", "湖南大学", "湖南省/湖南大学", "湖南大学"),
    ("西安市", "西安交通大学", "西安市/西安交通大学", "西安交通大学"),
    ("岳麓区", "区老年大学", "岳麓区/老年大学", "岳麓区老年大学"),
    ("岳麓区", "职业技术学院", "岳麓区/职业技术学院", "岳麓区职业技术学院"),
    ("某某县", "中南大学", "某某县/中南大学", "中南大学"),  # (named as it names itself)
    ("宜昌市", "宜昌市中心人民医院", "宜昌市/中心人民医院", "宜昌市中心人民医院"),
])
def test_a_university_named_by_its_own_name_is_its_provinces(plan_j, text, agency_id, name):
    a = _resolved(plan_j, text)
    assert (a.agency_id, a.name) == (agency_id, name)


@pytest.mark.parametrize("plan_j, text, agency_id", [
    # China Southern Grid's provincial company written 广西电网公司 (its name is 广西电网有限责任公司):
    # the city's 供电局, as the full name and 柳州供电局 are (was 广西壮族自治区/电网公司柳州供电局)
    ("柳州市", "广西电网公司柳州供电局", "柳州市/供电局"),
    ("柳州市", "广西电网有限责任公司柳州供电局", "柳州市/供电局"),
    ("柳州市", "柳州供电局", "柳州市/供电局"),
    ("南海区", "广东电网公司佛山供电局", "佛山市/供电局"),
    # near miss: the railway's power section of the same city is another body
    ("柳州市", "柳州供电段", "柳州市/供电段"),
    # the civil aviation administration's office of a province, written with 安全 (its full name
    # 中国民用航空陕西安全监督管理局): the province's, as 民航陕西监管局 (was a body of the plan's place)
    ("西安市", "民航陕西安全监管局", "陕西省/民航监管局"),
    ("西安市", "中国民用航空陕西安全监督管理局", "陕西省/民航监管局"),
    ("西安市", "民航陕西监管局", "陕西省/民航监管局"),
    # near miss: a regional administration serving several provinces stays the centre's
    ("西安市", "民航西北地区管理局", "中央/民航西北地区管理局"),
])
def test_vertical_bodies_written_short_are_one_body(plan_j, text, agency_id):
    assert _resolved(plan_j, text).agency_id == agency_id


@pytest.mark.parametrize("plan_j, text, agency_id, kind, functions", [
    # the mine safety administration's offices: a city's and a province's, mine safety (were
    # 鄂尔多斯市/国家矿山安全监察局内蒙古分局, a party body of 纪检监察, read from its 监察局)
    ("准格尔旗", "国家矿山安全监察局内蒙古局鄂尔多斯分局", "鄂尔多斯市/矿山安全监察分局", "agency", ("应急管理",)),
    ("内蒙古自治区", "国家矿山安全监察局内蒙古局", "内蒙古自治区/矿山安全监察局", "agency", ("应急管理",)),
    ("内蒙古自治区", "国家矿山安全监察局", "中央/国家矿山安全监察局", "agency", ("应急管理",)),
    # near misses: the discipline commission and a pre-2018 supervision bureau stay 纪检监察
    ("准格尔旗", "旗纪委监委", "准格尔旗/纪委监委", "party", ("纪检监察",)),
    ("准格尔旗", "旗监察局", "准格尔旗/监察局", "party", ("纪检监察",)),
])
def test_the_mine_safety_administration_is_no_supervision_bureau(plan_j, text, agency_id, kind, functions):
    a = _resolved(plan_j, text)
    assert (a.agency_id, a.kind, tuple(a.functions)) == (agency_id, kind, functions)


@pytest.mark.parametrize("plan_j, text, agency_id", [
    # the party committee's working committee of the bodies under it, every way plans write it: one
    # body (were five: 县直机关工委, 委直属机关工委, 直属机关工作委员会, 县直工委 of no function, 委县直机关工委)
    ("光山县", "县直机关工委", "光山县/直属机关工作委员会"),
    ("光山县", "县委直属机关工委", "光山县/直属机关工作委员会"),
    ("光山县", "中共光山县直属机关工作委员会", "光山县/直属机关工作委员会"),
    ("光山县", "县直工委", "光山县/直属机关工作委员会"),
    ("光山县", "县委县直机关工委", "光山县/直属机关工作委员会"),
    ("吴兴区", "区直属机关工委", "吴兴区/直属机关工作委员会"),
    ("河南省", "省直机关工委", "河南省/直属机关工作委员会"),
    # the 人大 standing committee's and the 政协's offices written short (were ids of their own)
    ("光山县", "县人大办", "光山县/人大常委会办公室"),
    ("光山县", "县人大常委会办公室", "光山县/人大常委会办公室"),
    ("光山县", "县政协办", "光山县/政协办公室"),
    ("光山县", "政协光山县委员会办公室", "光山县/政协办公室"),
    # near misses: the care committee for the young (关工委) and the women and children's working
    # committee (妇儿工委) are other bodies; the 人大 standing committee itself is no office
    ("光山县", "县关工委", "光山县/关工委"),
    ("光山县", "县妇儿工委", "光山县/妇儿工委"),
    ("光山县", "县人大常委会", "光山县/人大常委会"),
])
def test_party_and_congress_offices_written_short_are_one_body(plan_j, text, agency_id):
    assert _resolved(plan_j, text).agency_id == agency_id


def test_the_working_committee_of_the_bodies_is_a_party_body():
    a = _resolved("光山县", "县直工委")
    assert (a.kind, tuple(a.functions)) == ("party", ("党委",))


@pytest.mark.parametrize("text, agency_id", [
    # the social science federation and the Taiwan compatriots' association written short: one body
    # with the full name, a mass organisation (were 光山县/社科联 and 光山县/台联, of no function)
    ("县社科联", "光山县/社会科学界联合会"),
    ("县社会科学界联合会", "光山县/社会科学界联合会"),
    ("县台联", "光山县/台湾同胞联谊会"),
    ("县台湾同胞联谊会", "光山县/台湾同胞联谊会"),
])
def test_mass_organisations_written_short(text, agency_id):
    a = _resolved("光山县", text)
    assert (a.agency_id, tuple(a.functions)) == (agency_id, ("群团",))


def test_the_party_committees_taiwan_office_is_no_taiwan_association():
    # near miss: 县委台办 is the party committee's office, not the 台联
    assert _resolved("光山县", "县委台办").agency_id == "光山县/委台湾工作办公室"


@pytest.mark.parametrize("plan_j, text, agency_id", [
    # China Southern Grid's provincial company with and without its legal form: one body (were
    # 贵州省/电网有限责任公司 beside 贵州省/电网公司)
    ("贵州省", "贵州电网有限责任公司", "贵州省/电网公司"),
    ("贵州省", "贵州电网公司", "贵州省/电网公司"),
    # near miss: its city unit is the city's 供电局
    ("贵州省", "贵州电网有限责任公司贵阳供电局", "贵阳市/供电局"),
    # a province's 人大 standing committee's general office written short: one body
    ("贵州省", "省人大办公厅", "贵州省/人大常委会办公厅"),
    ("贵州省", "省人大常委会办公厅", "贵州省/人大常委会办公厅"),
])
def test_provincial_outside_bodies_written_two_ways(plan_j, text, agency_id):
    assert _resolved(plan_j, text).agency_id == agency_id


@pytest.mark.parametrize("plan_j, text, agency_id", [
    # vertical bodies' names in full, with their province before the city: the city's body, as the
    # short names are (were ids of their own)
    ("宜春市", "中国人民武装警察部队江西省总队宜春支队", "宜春市/武警支队"),
    ("宜春市", "武警宜春支队", "宜春市/武警支队"),
    ("宜春市", "中国银行保险监督管理委员会宜春监管分局", "宜春市/银保监分局"),
    ("宜春市", "宜春银保监分局", "宜春市/银保监分局"),
    # near misses: the province's corps and bureau stay the province's
    ("江西省", "中国人民武装警察部队江西省总队", "江西省/武警总队"),
    ("江西省", "中国银行保险监督管理委员会江西监管局", "江西省/银保监局"),
])
def test_vertical_bodies_named_in_full_are_the_citys(plan_j, text, agency_id):
    assert _resolved(plan_j, text).agency_id == agency_id


@pytest.mark.parametrize("plan_j, text, agency_id", [
    # a police station named with its bureau is the station named alone: one body in the county's
    # plan (were 宾川县/公安局金牛派出所 beside 宾川县/金牛派出所), and in the district's
    ("宾川县", "宾川县公安局金牛派出所", "宾川县/金牛派出所"),
    ("宾川县", "县公安局金牛派出所", "宾川县/金牛派出所"),
    ("宾川县", "金牛派出所", "宾川县/金牛派出所"),
    ("章贡区", "赣州市公安局章贡分局水东派出所", "章贡区/水东派出所"),
    ("章贡区", "区公安分局水东派出所", "章贡区/水东派出所"),
    # near misses: the bureau's stations named by no name stay as written; its traffic police
    # brigade is the bureau's unit
    ("宾川县", "县公安局派出所", "宾川县/公安局派出所"),
    ("宾川县", "县公安局交警大队", "宾川县/交通警察大队"),
])
def test_a_police_station_named_with_its_bureau_is_the_station(plan_j, text, agency_id):
    assert _resolved(plan_j, text).agency_id == agency_id


@pytest.mark.parametrize("text, agency_id", [
    # the state banks' county branches, every way plans write them: one firm each (were an id per
    # spelling, 农发行光山县支行 and 农行光山支行 of no function, 县农行 an agency)
    ("中国农业发展银行光山县支行", "光山县/农业发展银行"),
    ("农发行光山县支行", "光山县/农业发展银行"),
    ("县农发行", "光山县/农业发展银行"),
    ("中国农业银行光山县支行", "光山县/农业银行"),
    ("农行光山支行", "光山县/农业银行"),
    ("县农行", "光山县/农业银行"),
    ("中国邮政储蓄银行光山县支行", "光山县/邮政储蓄银行"),
    ("邮储银行光山县支行", "光山县/邮政储蓄银行"),
    ("光山农商银行", "光山县/农村商业银行"),
    ("县农商行", "光山县/农村商业银行"),
    ("河南光山农村商业银行股份有限公司", "光山县/农村商业银行"),
])
def test_state_bank_branches_are_one_firm_each(text, agency_id):
    a = _resolved("光山县", text)
    assert (a.agency_id, a.kind, "金融" in a.functions) == (agency_id, "enterprise", True)


@pytest.mark.parametrize("text, functions", [
    # a bank whose name holds another field's word is a bank only (were 住房城乡建设 / 市场监管 too)
    ("中国建设银行光山支行", ("金融",)),
    ("县工行", ("金融",)),
    # near misses: the bureaus those words name keep their field
    ("县住建局", ("住房城乡建设",)),
    ("县工商局", ("市场监管",)),
])
def test_a_bank_is_no_bureau_of_the_word_in_its_name(text, functions):
    assert tuple(_resolved("光山县", text).functions) == functions


def test_the_central_bank_is_no_firm():
    # near miss: the central bank's branch written short stays an agency
    assert (_resolved("光山县", "县人民银行").kind, _resolved("光山县", "人行光山县支行").kind) == ("agency", "agency")


@pytest.mark.parametrize("text, agency_id", [
    # a railway group's section named after a banner: the banner's, as a county's (was the centre's,
    # 中央/中国铁路呼和浩特局集团有限公司准格尔车务段)
    ("呼和浩特局集团公司准格尔车务段", "准格尔旗/车务段"),
    ("中国铁路呼和浩特局集团有限公司准格尔车务段", "准格尔旗/车务段"),
    ("准格尔旗车务段", "准格尔旗/车务段"),
    # near miss: the group itself stays the centre's
    ("中国铁路呼和浩特局集团有限公司", "中央/中国铁路呼和浩特局集团有限公司"),
])
def test_a_railway_section_named_after_a_banner_is_the_banners(text, agency_id):
    assert _resolved("准格尔旗", text).agency_id == agency_id


@pytest.mark.parametrize("plan_j, text, agency_id", [
    # a bank named after its home place, its branch in another: that place's branch (was a body of
    # the bank's home, 九江市/银行宜春分行, named 九江市银行宜春分行)
    ("宜春市", "九江银行宜春分行", "宜春市/九江银行"),
    ("宜春市", "九江银行宜春市分行", "宜春市/九江银行"),
    ("秦州区", "甘肃银行天水分行", "天水市/甘肃银行"),
    # the Bank of China's branches, as the other state banks'
    ("宜春市", "中国银行宜春分行", "宜春市/中国银行"),
    ("宜春市", "中行宜春分行", "宜春市/中国银行"),
    # near misses: the central bank's branch and the banking regulator named in full stay theirs
    ("宜春市", "人民银行宜春市中心支行", "宜春市/人民银行"),
    ("宜春市", "中国银行保险监督管理委员会宜春监管分局", "宜春市/银保监分局"),
])
def test_a_banks_branch_is_the_branchs_place(plan_j, text, agency_id):
    assert _resolved(plan_j, text).agency_id == agency_id


LIST_AFTER_NAMED_BODY = """荆州市沙市区2024年稳外贸工作方案

一、重点任务
（一）加强外贸金融服务。（责任单位：{first}、商务局）
"""


@pytest.mark.parametrize("first", [
    # a body naming its place inside its own name (a national body's office written in full, a
    # university) lends the next body in the list no prefix: a 商务局 written with none is the plan's
    # own (was the province's after the 外汇 office, the city's after the bank and the university)
    "国家外汇管理局湖北省分局",
    "中国人民银行荆州市分行",
    "武汉大学",
])
def test_a_name_holding_its_place_lends_no_prefix(tmp_path, first):
    from respgraph.extract import extract_file
    from respgraph.resolve import resolve_plan

    path = tmp_path / "p.txt"
    path.write_text(LIST_AFTER_NAMED_BODY.format(first=first), encoding="utf-8")
    rp = resolve_plan(extract_file(path), load_registry())
    ids = {a.mention: a.agency_id for rows in rp.assignments.values() for a in rows}
    assert ids["商务局"] == "沙市区/商务局"


def test_a_city_prefix_still_carries_in_a_list(tmp_path):
    # near miss: 市发改委、财政局 in a district's plan: the second is the city's too
    from respgraph.extract import extract_file
    from respgraph.resolve import resolve_plan

    path = tmp_path / "p.txt"
    path.write_text("荆州市沙市区2024年稳外贸工作方案\n\n一、重点任务\n（一）加强外贸金融服务。（责任单位：荆州市发改委、财政局）\n",
                    encoding="utf-8")
    rp = resolve_plan(extract_file(path), load_registry())
    ids = {a.mention: a.agency_id for rows in rp.assignments.values() for a in rows}
    assert ids["财政局"] == "荆州市/财政局"


@pytest.mark.parametrize("plan_j, text, agency_id", [
    # a 兵团 division named alone, or after the corps, is the city it is one administration with, as
    # 师市X and 第八师石河子市X are (were 石河子市/第八师团委 and 新疆生产建设兵团/第八师团委)
    ("石河子市", "兵团第八师团委", "石河子市/团委"),
    ("石河子市", "新疆生产建设兵团第八师团委", "石河子市/团委"),
    ("石河子市", "第八师团委", "石河子市/团委"),
    ("石河子市", "师市团委", "石河子市/团委"),
    ("石河子市", "第八师党委组织部", "石河子市/党委组织部"),
    ("阿拉尔市", "第一师党委组织部", "阿拉尔市/党委组织部"),
    # near misses: the corps' own body stays the corps'; a school whose name opens with 第一师范 is
    # no body of 第一师's city
    ("石河子市", "兵团团委", "新疆生产建设兵团/团委"),
    ("石河子市", "第一师范学院", "新疆维吾尔自治区/第一师范学院"),
])
def test_a_corps_division_named_alone_is_its_citys(plan_j, text, agency_id):
    assert _resolved(plan_j, text).agency_id == agency_id
