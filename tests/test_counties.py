"""counties.csv: China's counties and districts with their cities, so that a county plan whose
issuer writes only the county (仙居县人民政府办公室) files 市X under its real city."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from respgraph.registry import DEFAULT_DIR, load_registry
from respgraph.resolve import resolve_plan


def _rows() -> list[dict[str, str]]:
    with (DEFAULT_DIR / "counties.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_the_file_lists_the_counties_of_every_province_with_listed_cities():
    rows, reg = _rows(), load_registry()
    assert len(rows) >= 2300
    hand = {line.split(",")[0] for line in (DEFAULT_DIR / "jurisdictions.csv").read_text(encoding="utf-8").splitlines()}
    assert not {r["name"] for r in rows} & hand  # the hand-written file keeps its own rows
    assert all(r["parent"] in hand for r in rows)
    provinces = {reg.ancestors(r["name"])[-1] for r in rows}
    assert len(provinces) == 31  # every province-level division on the mainland
    by_name = {r["name"]: r for r in rows}
    assert (by_name["仙居县"]["parent"], by_name["仙居县"]["level"]) == ("台州市", "county")
    assert (by_name["海淀区"]["parent"], by_name["海淀区"]["level"]) == ("北京市", "district")
    assert by_name["赣县区"]["parent"] == "赣州市"  # the 2016 district, not the old 赣县
    assert by_name["钢城区"]["parent"] == "济南市"  # 莱芜市 was merged into 济南市 in 2019
    # names several places share are left out: a plan writing one alone does not say which
    assert not {"鼓楼区", "朝阳区", "城关区", "新城区", "市中区"} & set(by_name)
    # the statistical zones are no administrative division
    assert not [n for n in by_name if n.endswith(("开发区", "管理区"))]


def test_a_listed_county_brings_its_city_and_province():
    reg = load_registry()
    assert reg.ancestors("隆回县") == ["隆回县", "邵阳市", "湖南省"]
    assert reg.ancestors("正蓝旗") == ["正蓝旗", "锡林郭勒盟", "内蒙古自治区"]
    # a hand-written row wins
    assert reg.ancestors("渝水区") == ["渝水区", "新余市", "江西省"]
    # a duplicated name stays unlisted: its level from its suffix (a parent only as plans write
    # one, learned by the registry while plans are resolved: not asserted here)
    gulou = reg.jurisdiction("鼓楼区")
    assert "鼓楼区" not in reg.jurisdictions and (gulou.known, gulou.level) == (False, "district")


PLAN = """仙居县人民政府办公室关于印发仙居县2024年交通运输安全生产专项整治工作方案的通知
各乡镇人民政府、街道办事处，县政府直属各单位：
现将《仙居县2024年交通运输安全生产专项整治工作方案》印发给你们，请认真贯彻执行。
仙居县人民政府办公室
2024年3月8日
仙居县2024年交通运输安全生产专项整治工作方案
一、重点任务
1.开展道路运输企业隐患排查。（牵头单位：县交通运输局；配合单位：市交通运输局、省交通运输厅、县应急管理局）
2.加强农村公路安全防护。（牵头单位：县交通运输局；责任单位：各乡镇人民政府、街道办事处）
"""


def _agencies(path: Path, reg=None) -> dict[str, str]:
    from respgraph.extract import extract_file

    rp = resolve_plan(extract_file(path), reg or load_registry())
    return {a.mention: a.agency_id for rows in rp.assignments.values() for a in rows}


def test_a_county_plan_naming_only_its_county_files_city_and_province_bodies_under_them(tmp_path):
    plan = tmp_path / "xianju.txt"
    plan.write_text(PLAN, encoding="utf-8")
    got = _agencies(plan)
    assert got["县交通运输局"] == "仙居县/交通运输局"
    assert got["市交通运输局"] == "台州市/交通运输局"  # was 仙居县所在市/交通运输局
    assert got["省交通运输厅"] == "浙江省/交通运输厅"  # was 仙居县所在省/交通运输厅
    assert got["县应急管理局"] == "仙居县/应急管理局"


def test_without_counties_csv_the_county_is_unlisted_as_before(tmp_path):
    reg_dir = tmp_path / "registry"
    shutil.copytree(DEFAULT_DIR, reg_dir)
    (reg_dir / "counties.csv").unlink()
    plan = tmp_path / "xianju.txt"
    plan.write_text(PLAN, encoding="utf-8")
    got = _agencies(plan, load_registry(reg_dir))
    assert got["市交通运输局"] == "仙居县所在市/交通运输局"


def test_a_duplicated_district_name_takes_the_city_its_issuer_writes(tmp_path):
    plan = tmp_path / "gulou.txt"
    text = PLAN.replace("仙居县人民政府办公室", "福州市鼓楼区人民政府办公室").replace("仙居县", "鼓楼区").replace("县", "区")
    plan.write_text(text, encoding="utf-8")
    got = _agencies(plan)
    assert got["市交通运输局"] == "福州市/交通运输局"
    assert got["区交通运输局"] == "福州市鼓楼区/交通运输局"  # (was 鼓楼区/…, one id for four districts)
    # the letter's heading writes the city, the signature only the district: the heading's full name
    plan.write_text(text.replace("福州市鼓楼区人民政府办公室\n2024", "鼓楼区人民政府办公室\n2024"), encoding="utf-8")
    from respgraph.extract import extract_file

    assert extract_file(plan).meta.issuers == ["福州市鼓楼区人民政府办公室"]
    assert _agencies(plan)["市交通运输局"] == "福州市/交通运输局"
    # written alone, 鼓楼区 names no city: none is guessed
    plan.write_text(plan.read_text(encoding="utf-8").replace("福州市鼓楼区", "鼓楼区"), encoding="utf-8")
    assert _agencies(plan)["市交通运输局"] == "鼓楼区所在市/交通运输局"
    assert _agencies(plan)["区交通运输局"] == "鼓楼区/交通运输局"


def _shared_rows() -> list[dict[str, str]]:
    with (DEFAULT_DIR / "shared_names.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_the_places_of_a_shared_name_are_listed_under_their_cities_names():
    rows, reg = _shared_rows(), load_registry()
    counties = {r["name"] for r in rows if r["level"] in ("district", "county")}
    assert len(counties) == 28 and not counties & {r["name"] for r in _rows()}
    assert reg.shared["鼓楼区"] == ("南京市鼓楼区", "徐州市鼓楼区", "福州市鼓楼区", "开封市鼓楼区")
    assert reg.ancestors("杭州市西湖区") == ["杭州市西湖区", "杭州市", "浙江省"]
    assert reg.ancestors("北京市朝阳区") == ["北京市朝阳区", "北京市"]  # a municipality's district
    assert "西湖区" not in reg.jurisdictions and "西湖" not in reg.shorts  # the bare name says no city


XIHU = """{city}西湖区人民政府办公室关于印发西湖区2025年老旧小区改造工作方案的通知
各街道办事处，区直各单位：
现将方案印发给你们，请认真执行。
{city}西湖区人民政府办公室
2025年4月1日
西湖区2025年老旧小区改造工作方案
一、重点任务
（一）完成老旧小区改造20个。（牵头单位：区住建局；配合单位：区财政局、市住建局、西湖区城管局）
（二）加强施工扬尘管控。（牵头单位：区住建局；配合单位：市生态环境局西湖分局）
"""


def _build(tmp_path: Path, plans: dict[str, str]):
    from respgraph.extract import extract_file
    from respgraph.graph import build_graph

    for name, text in plans.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return build_graph([resolve_plan(extract_file(tmp_path / f"{name}.txt")) for name in plans])


def test_two_plans_of_same_named_districts_of_two_cities_give_two_agencies(tmp_path):
    """杭州市西湖区 and 南昌市西湖区: each bureau of its own city (was one 西湖区/住房和城乡建设局
    whose workload added both)."""
    g = _build(tmp_path, {"hz": XIHU.format(city="杭州市"), "nc": XIHU.format(city="南昌市")})
    for city in ("杭州市", "南昌市"):
        for short in ("住房和城乡建设局", "财政局", "城市管理局", "生态环境局"):  # (生态环境分局: one_body.csv)
            node = g.nodes[f"agency:{city}西湖区/{short}"]
            assert node["jurisdiction"] == f"{city}西湖区"
        assert g.nodes[f"jurisdiction:{city}西湖区"]["parent"] == city
        assert f"agency:{city}/住房和城乡建设局" in g
    assert "agency:西湖区/住房和城乡建设局" not in g and "jurisdiction:西湖区" not in g


def test_a_shared_name_written_alone_stays_as_it_was(tmp_path):
    g = _build(tmp_path, {"alone": XIHU.format(city="")})
    assert "agency:西湖区/住房和城乡建设局" in g and "agency:西湖区所在市/住房和城乡建设局" in g
    assert g.nodes["jurisdiction:西湖区"]["parent"] is None


@pytest.mark.parametrize(
    "issuer,mention,agency_id",
    [
        # near misses: a city that has no place of that name, a name no city is given for
        ("上海市鼓楼区人民政府", "区住建局", "鼓楼区/住房和城乡建设局"),
        ("上海市鼓楼区人民政府", "市住建局", "上海市/住房和城乡建设局"),
        ("南京市人民政府办公厅", "西湖区住建局", "西湖区/住房和城乡建设局"),
        ("南京市人民政府办公厅", "南京市市中区住建局", "市中区/住房和城乡建设局"),  # 南京 has no 市中区
        ("阳泉市人民政府", "城区住建局", "阳泉市/城区住建局"),  # a two-character name only in full
        # the city's plan and its districts' read the city's place; a place written in full is it
        ("南京市人民政府办公厅", "鼓楼区住建局", "南京市鼓楼区/住房和城乡建设局"),
        ("北京市海淀区人民政府", "朝阳区住建局", "北京市朝阳区/住房和城乡建设局"),
        ("南昌市西湖区人民政府办公室", "杭州市西湖区住建局", "杭州市西湖区/住房和城乡建设局"),
        ("南昌市西湖区人民政府办公室", "西湖生态环境分局", "南昌市西湖区/生态环境局"),
        ("阳泉市人民政府", "阳泉市城区住建局", "阳泉市城区/住房和城乡建设局"),
        ("福州市鼓楼区东街街道办事处", "区住建局", "福州市鼓楼区/住房和城乡建设局"),  # a street office's district
    ],
)
def test_a_shared_name_is_a_citys_place_only_where_the_city_is_written(issuer, mention, agency_id):
    from respgraph.records import PlanMeta
    from respgraph.resolve import resolve_mention
    from respgraph.structure.meta import find_place

    meta = PlanMeta("p", "p.txt", issuers=[issuer], jurisdiction=find_place([issuer])[0])
    assert resolve_mention(None, mention, meta).agency_id == agency_id


def test_a_plan_whose_text_keeps_citing_its_city_is_that_citys_place(tmp_path):
    text = XIHU.format(city="").replace("现将方案", "为落实《杭州市老旧小区改造实施意见》和杭州市部署，现将方案")
    g = _build(tmp_path, {"cited": text})
    assert "agency:杭州市西湖区/住房和城乡建设局" in g and "agency:杭州市/住房和城乡建设局" in g


@pytest.mark.parametrize(
    "mention,place",
    [
        ("宁县水利局", "宁县"),  # 甘肃 庆阳市's 宁县, now listed (was the plan's own 宁县水利局)
        ("安宁县水利局", "安宁县"),  # no such county, but no 宁县 either: a listed tail is no place of its own
        ("新和县水利局", "新和县"),
    ],
)
def test_a_short_county_name_inside_a_longer_one_is_not_that_county(mention, place):
    from respgraph.records import PlanMeta
    from respgraph.resolve import resolve_mention

    meta = PlanMeta("q", "q.txt", jurisdiction="清河区", level="district")
    assert resolve_mention(load_registry(), mention, meta).jurisdiction == place


@pytest.mark.parametrize(
    "plan_j,level,mention,agency_id",
    [
        # its short name is no place: 公安 of 公安县 is the police (公安局), 三门 of 三门县 a company's name
        ("荆州市", "city", "公安交警支队", "荆州市/交通警察支队"),
        ("荆州市", "city", "公安县公安局", "公安县/公安局"),
        ("公安县", "county", "公安局", "公安县/公安局"),
        ("公安县", "county", "县公安局", "公安县/公安局"),
        ("台州市", "city", "三门核电有限公司", "台州市/三门核电有限公司"),
        ("台州市", "city", "仙居县教育局", "仙居县/教育局"),
    ],
)
def test_a_listed_county_is_read_only_as_written_in_full(plan_j, level, mention, agency_id):
    from respgraph.records import PlanMeta
    from respgraph.resolve import resolve_mention

    meta = PlanMeta("q", "q.txt", jurisdiction=plan_j, level=level)
    assert resolve_mention(load_registry(), mention, meta).agency_id == agency_id


TOWN = """{county}城关镇人民政府关于印发城关镇2025年人居环境整治工作方案的通知
各村（居）委会，镇直各单位：
现将方案印发给你们，请认真执行。
{county}城关镇人民政府
2025年3月1日
一、重点任务
（一）整治村庄环境。（牵头单位：镇农业综合服务中心；配合单位：镇财政所、县农业农村局、各村（居）委会）
"""


def test_two_plans_of_same_named_towns_of_two_counties_give_two_agencies(tmp_path):
    """城关镇 of 霍邱县 and of 和林格尔县 (one of 88): each town's own bodies (were one 城关镇/财政所)."""
    g = _build(tmp_path, {"a": TOWN.format(county="霍邱县"), "b": TOWN.format(county="和林格尔县")})
    for county in ("霍邱县", "和林格尔县"):
        assert g.nodes[f"agency:{county}城关镇/财政所"]["jurisdiction"] == f"{county}城关镇"
        assert g.nodes[f"jurisdiction:{county}城关镇"]["parent"] == county
        assert f"agency:{county}/农业农村局" in g
    assert "agency:城关镇/财政所" not in g


def test_a_town_name_alone_or_under_a_county_without_it_stays_as_it_was(tmp_path):
    # 仙居县's towns hold no 城关镇 (2023 codes): the county is kept, the town's name as written
    g = _build(tmp_path, {"alone": TOWN.format(county=""), "xianju": TOWN.format(county="仙居县")})
    assert "agency:城关镇/财政所" in g and "agency:城关镇所在县/农业农村局" in g
    assert "agency:仙居县/农业农村局" in g and "agency:仙居县城关镇/财政所" not in g
    # a town whose name is China's only one keeps its id (桃洪镇 of 隆回县)
    g = _build(tmp_path, {"taohong": TOWN.format(county="隆回县").replace("城关镇", "桃洪镇")})
    assert "agency:桃洪镇/财政所" in g and "agency:隆回县/农业农村局" in g


def test_a_street_office_of_a_shared_district_is_under_that_citys_district(tmp_path):
    text = TOWN.format(county="福州市鼓楼区").replace("城关镇", "东街街道").replace("镇", "街道").replace("县", "区")
    g = _build(tmp_path, {"dongjie": text})
    assert g.nodes["jurisdiction:福州市鼓楼区东街街道"]["parent"] == "福州市鼓楼区"
    assert "agency:福州市鼓楼区/农业农村局" in g


def test_a_county_government_named_without_its_city_is_one_body_in_its_city(tmp_path):
    """A city's or prefecture's plan names its counties' governments without the city (水磨沟区人民政府
    in 乌鲁木齐's, 刚察县人民政府 in 海北州's, 正蓝旗人民政府 in 锡林郭勒盟's): one id with the name written
    after the city and with the district's own plan's 区人民政府, named as the county names itself and
    PART_OF its city. Near miss: a shared name (鼓楼区) written alone names no city (test above)."""
    head = "{issuer}关于印发{place}2023年大气污染防治工作方案的通知\n一、重点任务\n（一）整治扬尘。（牵头单位：{units}）\n"
    g = _build(tmp_path, {
        "city": head.format(issuer="乌鲁木齐市人民政府办公厅", place="乌鲁木齐市", units="水磨沟区人民政府、乌鲁木齐市水磨沟区人民政府"),
        "district": head.format(issuer="水磨沟区人民政府办公室", place="水磨沟区", units="区人民政府"),
        "prefecture": head.format(issuer="海北藏族自治州人民政府办公室", place="海北州", units="刚察县人民政府"),
        "league": head.format(issuer="锡林郭勒盟行政公署办公室", place="锡林郭勒盟", units="正蓝旗人民政府、正蓝旗政府"),
    })
    governments = {d["agency_id"]: d for _, d in g.nodes(data=True) if d.get("type") == "Agency" and d["agency_id"].endswith("/人民政府")}
    assert set(governments) == {"水磨沟区/人民政府", "刚察县/人民政府", "正蓝旗/人民政府"}
    assert governments["水磨沟区/人民政府"]["name"] == "水磨沟区人民政府"
    assert len(governments["水磨沟区/人民政府"]["plans"]) == 2
    for county, city in (("水磨沟区", "乌鲁木齐市"), ("刚察县", "海北藏族自治州"), ("正蓝旗", "锡林郭勒盟")):
        assert g.nodes[f"jurisdiction:{county}"]["parent"] == city
