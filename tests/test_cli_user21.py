"""Stop 21's user round: what an officer with a folder of plans, a researcher in Jupyter and a
team loading Neo4j tripped on — each checked through the command line and through the API."""

from __future__ import annotations

import json
import re

from typer.testing import CliRunner

import respgraph
from respgraph.cli import app

runner = CliRunner()
YUSHUI_ID = "yushui-2022-pollution-battle"


def _view_nodes(html: str) -> dict[str, dict]:
    data = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', html, re.S).group(1)
    return {n["id"]: n for n in json.loads(data)["nodes"]}


def test_view_find_box_carries_the_names_the_plans_write(seed_build, tmp_path):
    """The view's find box matches an agency as the plans write it (区发改委), which its
    canonical label (渝水区发展和改革委员会) does not contain: the page carries those names,
    written by `respgraph viz` and by `Build.view` alike (was: canonical labels only)."""
    out = tmp_path / "plan.html"
    r = runner.invoke(app, ["viz", str(seed_build), "--view", "plan", "--plan", YUSHUI_ID, "--out", str(out)])
    assert r.exit_code == 0, r.output
    from_cli = _view_nodes(out.read_text(encoding="utf-8"))
    from_api = _view_nodes(respgraph.load(seed_build).view("plan", plan=YUSHUI_ID).html)
    for nodes in (from_cli, from_api):
        dev = nodes["agency:渝水区/发展和改革委员会"]
        assert "区发改委" in dev["find"].split() and "区发改委" not in dev["label_zh"]
        assert all(n["find"] == "" for i, n in nodes.items() if not i.startswith("agency:"))
    assert from_cli == from_api
