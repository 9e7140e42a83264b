"""One prefecture-level city's bodies written every way (stop 27's blind probe of 台州市, 2022-2026):
a scenic area named after a mountain, the coast guard beside the maritime bureau, a group with and
without its legal form, 浙江's 文化和广电旅游体育局, a party department's nameplates. Each with the
near misses that must stay apart."""

from __future__ import annotations

import pytest

from respgraph.extract import extract_file
from respgraph.graph import build_graph
from respgraph.records import PlanMeta
from respgraph.registry import load_registry
from respgraph.resolve import resolve_mention, resolve_plan


def _id(plan_j: str, text: str, **meta) -> str:
    return resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=plan_j, **meta)).agency_id


@pytest.mark.parametrize("plan_j, text, agency_id", [
    # a scenic area named after a mountain bearing the county's short name (天台|山): the area's body
    ("天台县", "天台山景区管委会", "天台县/天台山景区管委会"),
    ("台州市", "天台山风景名胜区管委会", "台州市/天台山风景名胜区管委会"),  # (the county's short name is read in its own plans)
    # near misses: the county's own bureaus, and a national park's authority (its province's)
    ("天台县", "天台县文化和广电旅游体育局", "天台县/文化广电旅游体育局"),
    ("天台县", "天台应急管理局", "天台县/应急管理局"),
    ("武夷山市", "武夷山国家公园管理局", "福建省/武夷山国家公园管理局"),
])
def test_a_scenic_area_named_after_a_mountain_is_no_body_of_the_county_named_short(plan_j, text, agency_id):
    assert _id(plan_j, text) == agency_id


def test_the_coast_guard_is_no_misread_maritime_bureau(tmp_path):
    # 台州海警局 beside 台州海事局 in one list: two bodies (was read as a misreading of 海事局, one
    # character apart, and lost from the task in the build)
    path = tmp_path / "p.txt"
    path.write_text(
        "台州市安全生产治本攻坚三年行动2025年工作要点\n一、专项整治\n"
        "（一）开展渔业船舶安全整治。【牵头单位】市港航口岸和渔业局【配合单位】台州海事局、市公安局、台州海警局\n",
        encoding="utf-8",
    )
    rp = resolve_plan(extract_file(path))
    ids = {a.mention: a.agency_id for rows in rp.assignments.values() for a in rows}
    assert ids["台州海警局"] == "台州市/海警局" and ids["台州海事局"] == "台州市/海事局"
    assert rp.agencies["台州市/海警局"].name == "台州海警局"


@pytest.mark.parametrize("texts, same", [
    # a place's group with and without its legal form: one firm
    (("市水务集团", "市水务集团有限公司", "市水务集团股份有限公司"), True),
    (("市交投集团", "市交投集团有限公司"), True),
    # near misses: the water bureau is no firm; a group and a company of it are two; a company's
    # 有限公司 stays in its id (as the national groups' do)
    (("市水务集团", "市水利局"), False),
    (("市水务集团", "市水务集团供水公司"), False),
    (("路桥燃气公司", "路桥燃气有限公司"), False),
])
def test_a_firm_with_and_without_its_legal_form_is_one(texts, same):
    ids = {_id("台州市", t) for t in texts}
    assert (len(ids) == 1) is same


def test_a_firm_keeps_the_name_it_is_written_with():
    a = resolve_mention(load_registry(), "市水务集团股份有限公司", PlanMeta("p", "p.txt", jurisdiction="台州市"))
    assert (a.agency_id, a.name) == ("台州市/水务集团", "台州市水务集团股份有限公司")


@pytest.mark.parametrize("a, b, same", [
    # 浙江's 文化和广电旅游体育局 and its short name 文广旅体局: one body (were two)
    ("市文化和广电旅游体育局", "市文广旅体局", True),
    ("县文化和广电旅游体育局", "县文广旅体局", True),
    # near misses: a culture and tourism bureau without 体育, and a sport bureau, stay apart
    ("市文化和广电旅游体育局", "市文化广电旅游局", False),
    ("市文化和广电旅游体育局", "市体育局", False),
])
def test_culture_tourism_and_sport_with_and_without_he(a, b, same):
    assert (_id("台州市", a) == _id("台州市", b)) is same


def test_a_party_departments_nameplate_is_no_new_name(tmp_path):
    # 市委宣传部（市文明办）: the office the department houses, not its new name: no successor link
    # (宣传部's leads were folded into 文明办's); near miss: 市水务局（市水利局）, a rename, still links
    path = tmp_path / "p.txt"
    path.write_text(
        "台州市2025年全国文明城市建设常态长效工作实施方案\n一、重点任务\n"
        "1.深化志愿服务。（市文明办牵头，市民政局配合）\n"
        "2.开展文明实践活动。（市委宣传部（市文明办）牵头，市教育局配合）\n"
        "3.营造尊商重企氛围。（市委宣传部牵头，市工商联配合）\n"
        "4.加强饮用水源保护。（市水务局（市水利局）牵头，市生态环境局配合）\n"
        "5.推进河道治理。（市水利局牵头）\n",
        encoding="utf-8",
    )
    G = build_graph([resolve_plan(extract_file(path))])
    links = {d["agency_id"]: d["successor"] for _, d in G.nodes(data=True) if d.get("type") == "Agency" and "successor" in d}
    assert links == {"台州市/水务局": "台州市/水利局"}


@pytest.mark.parametrize("plan_j, text, agency_id", [
    # 台州's port, border-port and fisheries body, written in full, without 管理 and without 口岸和:
    # one body (were three), in the city's plans and its districts' and zone's
    ("台州市", "市港航口岸和渔业管理局", "台州市/港航口岸和渔业管理局"),
    ("台州市", "市港航口岸和渔业局", "台州市/港航口岸和渔业管理局"),
    ("台州市", "市港航渔业局", "台州市/港航口岸和渔业管理局"),
    ("椒江区", "市港航渔业局", "台州市/港航口岸和渔业管理局"),
    # near misses: a county-level city's and another city's body of that name stay their own
    ("玉环市", "市港航口岸和渔业局", "玉环市/港航口岸和渔业局"),
    ("舟山市", "市港航口岸和渔业局", "舟山市/港航口岸和渔业局"),
])
def test_a_citys_body_written_three_ways_is_one(plan_j, text, agency_id):
    assert _id(plan_j, text) == agency_id
