"""What a 督查室 clerk, a researcher and a Neo4j team met following the README from a fresh
clone at stop 24, each asserted on real results through the CLI runner and the API."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

import respgraph
from respgraph.cli import app
from respgraph.viz import ViewError

runner = CliRunner()

YUSHUI = "yushui-2022-pollution-battle"
XX = "xx-zone-2022-pollution-battle-scraped"


def test_campaign_view_takes_a_part_of_a_name_and_lists_the_candidates(seed_build, tmp_path):
    """`viz --view campaign --campaign 碧水` (as `tasks --campaign 碧水` takes it) said only
    "no single campaign with id or name '碧水'", and nothing printed the ids it wanted. A part
    of one campaign's name draws it; several are listed by id and name (with --plan, that
    plan's); none lists the build's campaigns. The API says the same."""
    out = tmp_path / "v.html"
    r = runner.invoke(app, ["viz", str(seed_build), "--view", "campaign", "--campaign", "碧水", "-p", XX, "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert "碧水保卫战" in out.read_text(encoding="utf-8")

    r = runner.invoke(app, ["viz", str(seed_build), "--view", "campaign", "--campaign", "碧水", "-o", str(out)])
    assert r.exit_code == 2
    line = r.stderr.strip()
    assert len(line.splitlines()) == 1 and "matches 3 campaigns" in line, line
    assert f"{XX}:c02 碧水保卫战" in line and f"{YUSHUI}:c02 碧水提升攻坚战" in line and "--plan" in line
    assert "专项行动" not in line  # its 专项行动 are under it, not candidates beside it

    r = runner.invoke(app, ["viz", str(seed_build), "--view", "campaign", "--campaign", "不存在", "-p", "jingdezhen-2021-eco-work-points"])
    assert r.exit_code == 2 and "campaigns: jingdezhen-2021-eco-work-points:c01 污染防治攻坚战" in r.stderr, r.stderr
    assert XX not in r.stderr  # the plan's own campaigns only

    b = respgraph.load(seed_build)
    assert "碧水保卫战" in b.view("campaign", campaign="碧水", plan=XX).title
    with pytest.raises(ViewError, match="matches 3 campaigns"):
        b.view("campaign", campaign="碧水")
    # an exact name or id still wins over a part of another's
    r = runner.invoke(app, ["viz", str(seed_build), "--view", "campaign", "--campaign", f"{YUSHUI}:c02", "-o", str(out)])
    assert r.exit_code == 0 and "碧水提升攻坚战" in out.read_text(encoding="utf-8")


def test_function_filter_takes_the_name_the_tables_print(seed_build, tmp_path):
    """The 职能 columns of `agency` / `workload` print 生态环境保护 (ecology and environment);
    `viz --function 生态环境保护` answered "no agency has function" (only the code 生态环境 was
    taken). The Chinese name and the English gloss name the code now; a part of one does not."""
    codes = {}
    for name in ("生态环境", "生态环境保护", "Ecology and environment"):
        out = tmp_path / f"{len(codes)}.html"
        r = runner.invoke(app, ["viz", str(seed_build), "--view", "network", "--function", name, "-o", str(out)])
        assert r.exit_code == 0, r.output
        page = out.read_text(encoding="utf-8")
        assert "渝水区生态环境局" in page and "渝水区财政局" not in page
        codes[name] = page.count("生态环境局")
    assert len(set(codes.values())) == 1, codes  # one filter, three spellings
    r = runner.invoke(app, ["viz", str(seed_build), "--function", "生态", "-o", str(tmp_path / "x.html")])
    assert r.exit_code == 2 and "no agency has function '生态'" in r.stderr and "English gloss" in r.stderr
    b = respgraph.load(seed_build)
    assert "渝水区生态环境局" in b.view("network", function="生态环境保护").html
