"""A plan's place in one prefecture-level city's plans (stop 27's blind probe of 台州市): a street's
two issuers run together on one line, a zone named after a bay of its city or after the city alone."""

from __future__ import annotations

import pytest

from respgraph.records import PlanMeta
from respgraph.registry import load_registry
from respgraph.resolve import resolve_mention
from respgraph.resolve.chain import plan_chain
from respgraph.structure.meta.places import find_place


def _id(plan_j: str, text: str, **meta) -> str:
    return resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=plan_j, **meta)).agency_id


def test_a_streets_two_issuers_run_together_give_its_district():
    # 中共…街道工作委员会 and …街道办事处 signing on one line: the street's chain is its district's and
    # city's (was 海门街道, 市椒江区, 海门街道工作委员会台州, …: 区住建局 there was 市椒江区's)
    issuer = "中共台州市椒江区海门街道工作委员会　台州市椒江区海门街道办事处"
    meta = PlanMeta("p", "p.txt", issuers=[issuer], jurisdiction="椒江区")
    assert plan_chain(meta, load_registry())[:3] == ("海门街道", "椒江区", "台州市")
    assert resolve_mention(load_registry(), "区住建局", meta).agency_id == _id("椒江区", "区住建局") == "椒江区/住房和城乡建设局"
    # near miss: a street signing alone under its district's government
    alone = PlanMeta("p", "p.txt", issuers=["台州市椒江区人民政府海门街道办事处"], jurisdiction="椒江区")
    assert plan_chain(alone, load_registry())[:2] == ("海门街道", "椒江区")


@pytest.mark.parametrize("issuer, place", [
    # a zone named after a bay of its city (台州|湾新区): the zone whole (was the place 湾新区)
    ("台州湾新区管理委员会", "台州湾新区"),
    ("宁波杭州湾新区管委会", "宁波杭州湾新区"),
    # ... and a new area named after its city alone (兰州|新区: was the city 兰州)
    ("兰州新区管委会", "兰州新区"),
    # near misses: a zone whose own name is two characters or more, a place's generic zone
    ("天津市滨海新区人民政府", "滨海新区"),
    ("赣州经济技术开发区管委会", "赣州经济技术开发区"),
])
def test_a_zone_named_after_a_bay_is_one_place(issuer, place):
    assert find_place([issuer])[0] == place


def test_a_bay_zones_bodies_are_its_own_and_its_citys():
    meta = PlanMeta("p", "p.txt", issuers=["台州湾新区管理委员会"], jurisdiction=find_place(["台州湾新区管理委员会"])[0])
    assert plan_chain(meta, load_registry())[:2] == ("台州湾新区", "台州市")
    assert resolve_mention(load_registry(), "新区规划建设局", meta).agency_id == "台州湾新区/规划建设局"
    assert resolve_mention(load_registry(), "市港航口岸和渔业局", meta).agency_id == "台州市/港航口岸和渔业管理局"  # aliases.csv: one body
    # a zone's enforcement team is its body, as its bureaus are (was 台州湾新区/新区综合行政执法队)
    assert resolve_mention(load_registry(), "新区综合行政执法队", meta).agency_id == "台州湾新区/综合行政执法队"
