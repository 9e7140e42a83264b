"""A view of many agencies opens too small for vis-network to draw any label: the red rings of
the overloaded agencies named nobody on a projector until someone hovered each. The view names
them beside the graph, heaviest first, and a click finds one (selected, zoomed to its label)."""

from __future__ import annotations

import re

from typer.testing import CliRunner

import respgraph
from respgraph.cli import app

runner = CliRunner()


def _names(html: str) -> list[str]:
    box = re.search(r'<div id="overloaded">(.*?)</div>', html, re.S)
    return re.findall(r'<button type="button" data-node="[^"]*" title="[^"]*">([^<]*)</button>', box.group(1)) if box else []


def test_the_overload_view_names_its_overloaded_agencies_and_a_click_finds_one(seed_build, tmp_path, chromium):
    page_path = tmp_path / "overload.html"
    r = runner.invoke(app, ["viz", str(seed_build), "--view", "overload", "--out", str(page_path)])
    assert r.exit_code == 0, r.output
    html = page_path.read_text(encoding="utf-8")
    names = _names(html)
    b = respgraph.load(seed_build)
    # the view's ringed nodes are the agencies the overload list names (collectives left out, as everywhere)
    flagged = b.overload()
    assert sorted(names) == sorted(set(flagged["name"])) and len(names) >= 3
    assert names[0] == "XX投资区农林水与生态环境局"  # heaviest load first (leads 26 of 36 tasks)
    assert _names(b.view("overload").html) == names  # the API's view says the same
    page = chromium.open(page_path)
    box = page.locator("#overloaded")
    assert box.is_visible() and box.locator("h2").inner_text().startswith(f"⚠ 负荷过重 Overloaded ({len(names)})")
    page.locator("#overloaded button", has_text="渝水区生态环境局").first.click()
    assert page.evaluate("window.network.getSelectedNodes()") == ["agency:渝水区/生态环境局"]
    assert page.evaluate("window.network.getScale()") > 1  # zoomed in far enough for labels to be drawn
    assert page.locator("#found").inner_text() == "渝水区生态环境局"
    assert not page.errors and not page.blocked


def test_a_view_without_an_overloaded_agency_has_no_such_list(seed_build, tmp_path):
    """Near miss: the 宜春 plan names no agency; its plan view rings nobody and lists nobody."""
    page_path = tmp_path / "yichun.html"
    r = runner.invoke(app, ["viz", str(seed_build), "--view", "plan", "--plan", "yichun-2021-14th-fyp-eco-plan", "--out", str(page_path)])
    assert r.exit_code == 0, r.output
    assert 'id="overloaded"' not in page_path.read_text(encoding="utf-8")


def _graph_data(html: str) -> dict:
    import json

    return json.loads(re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', html, re.S).group(1))


def test_the_tooltips_say_why_and_what_in_chinese_and_english(seed_build, tmp_path):
    """Beside labels in both languages, an overloaded agency's reason was in English alone (the
    report's table gives it in Chinese first) and a plan's HAS_TASK edge read `HAS_TASK`."""
    page_path = tmp_path / "yushui.html"
    r = runner.invoke(app, ["viz", str(seed_build), "--view", "plan", "--plan", "yushui-2022-pollution-battle", "--out", str(page_path)])
    assert r.exit_code == 0, r.output
    html = page_path.read_text(encoding="utf-8")
    data = _graph_data(html)
    eco = dict(map(tuple, next(n["tip"] for n in data["nodes"] if n["id"] == "agency:渝水区/生态环境局")))
    assert eco["⚠ 负荷过重 Overloaded"] == (
        "牵头本规划 34 项任务中的 11 项（32%），超过 25% 的牵头占比上限；加权负荷 21.5，高于本规划的离群界限 10.2 · "
        "leads 11 of 34 tasks (32%), above the 25% share limit; weighted load 21.5 above the fence 10.2")
    relations = {dict(map(tuple, e["tip"]))["关系 Relation"] for e in data["edges"]}
    assert {"包含任务 has task", "牵头 lead", "配合 support"} <= relations
    assert not {"HAS_TASK", "HAS_CAMPAIGN"} & relations
    # near miss: an agency not overloaded has no such row
    water = dict(map(tuple, next(n["tip"] for n in data["nodes"] if n["id"] == "agency:渝水区/交通运输局")))
    assert "⚠ 负荷过重 Overloaded" not in water
