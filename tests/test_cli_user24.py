"""What a 督查室 clerk, a researcher and a Neo4j team met following the README from a fresh
clone at stop 24, each asserted on real results through the CLI runner and the API."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from _falkordb import bolt_driver, falkordb  # noqa: F401 - fixtures
from conftest import SEEDS

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


def test_a_plan_param_the_database_lacks_is_named_not_answered_with_no_rows(falkordb, bolt_driver, tmp_path):
    """`neo4j query agency_workload --param plan=yushui` printed "no rows" and exit 0, as if
    渝水's plan had no agencies; `tasks --plan yushui` says there is no such plan. Now the
    query says so too (exit 2, the plan it may mean, the database's plans); a plan of the
    database with no rows is still "no rows", exit 0. The API raises the same (a ValueError)."""
    from respgraph.neo4j.queries import UnknownPlan

    b = respgraph.build([p for p in SEEDS if p.stem in (YUSHUI, "yichun-2021-14th-fyp-eco-plan")])
    b.to_neo4j(bolt_driver)
    env = {"NEO4J_URI": falkordb.uri, "NEO4J_PASSWORD": ""}
    r = runner.invoke(app, ["neo4j", "query", "agency_workload", "--param", "plan=yushui"], env=env)
    assert r.exit_code == 2, r.output
    assert r.stderr.strip() == (f"respgraph: yushui: no such plan in the database; did you mean {YUSHUI}? "
                                f"(plans: yichun-2021-14th-fyp-eco-plan, {YUSHUI})")
    assert r.stdout == ""
    r = runner.invoke(app, ["neo4j", "query", "tasks_without_lead", "--param", f"plan={YUSHUI}"], env=env)
    assert r.exit_code == 0 and r.stdout.startswith("no rows: tasks_without_lead"), r.output  # every task has a lead
    r = runner.invoke(app, ["neo4j", "query", "agency_workload", "--param", f"plan={YUSHUI}", "-f", "csv"], env=env)
    assert r.exit_code == 0 and "渝水区生态环境局,11,21," in r.stdout, r.output
    with pytest.raises(UnknownPlan, match="did you mean yushui-2022-pollution-battle"):
        respgraph.cypher(bolt_driver, "overloaded_agencies", plan="yushui-2022")
    assert len(respgraph.cypher(bolt_driver, "overloaded_agencies", plan=YUSHUI)) == 1


def test_a_plan_loaded_from_a_relative_and_an_absolute_path_is_one_file(falkordb, bolt_driver, tmp_path, monkeypatch, caplog):
    """`respgraph build data/plans` records data/plans/x.txt, a notebook's build the absolute
    path of the same file: loading one after the other said "plan x: replaces the database's
    plan of that id read from /…/data/plans/x.txt (now data/plans/x.txt)", a warning about two
    files where there is one. Another file of that id is still named."""
    import shutil

    plans = tmp_path / "data" / "plans"
    plans.mkdir(parents=True)
    yushui = next(p for p in SEEDS if p.stem == YUSHUI)
    shutil.copy(yushui, plans / yushui.name)
    monkeypatch.chdir(tmp_path)
    respgraph.build([plans / yushui.name]).to_neo4j(bolt_driver)  # absolute, as the notebooks build
    r = runner.invoke(app, ["build", "data/plans", "-o", "out", "-j", "1"])
    assert r.exit_code == 0, r.output
    env = {"NEO4J_URI": falkordb.uri, "NEO4J_PASSWORD": ""}

    def replaced(*args) -> list[str]:
        caplog.clear()
        with caplog.at_level("WARNING", logger="respgraph.neo4j"):
            r = runner.invoke(app, ["neo4j", "load", *args, "--no-progress"], env=env)
        assert r.exit_code == 0, r.output
        return [m for m in caplog.messages if "replaces the database's plan" in m]

    assert replaced("out") == []
    other = tmp_path / "2023"
    other.mkdir()
    shutil.copy(yushui, other / yushui.name)
    assert replaced("2023") == [f"plan {YUSHUI}: replaces the database's plan of that id read from "
                                f"data/plans/{yushui.name} (now 2023/{yushui.name})"]
