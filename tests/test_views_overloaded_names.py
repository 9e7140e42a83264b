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
