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


def test_an_agency_no_plan_names_says_where_the_names_are(seed_build):
    """README's `respgraph agency out 县委督查室` on the bundled plans (none names a 督查室)
    answered only "no agency named '县委督查室'". With no name like it, the line says which
    command lists the build's agencies; a near miss still lists the closest names instead."""
    for args in (["agency", str(seed_build), "县委督查室"], ["tasks", str(seed_build), "--agency", "县委督查室"]):
        r = runner.invoke(app, args)
        assert r.exit_code == 2 and r.stdout == ""
        assert r.stderr.strip() == (f"respgraph: {seed_build}: no agency named '县委督查室'; no name like it either: "
                                    f"`respgraph agencies {seed_build}` lists the build's agencies, most named first")
    r = runner.invoke(app, ["agency", str(seed_build), "渝水区生态局"])
    assert r.exit_code == 2 and "closest: 渝水区生态环境局" in r.stderr and "respgraph agencies" not in r.stderr
    # (a body's name before the reform is no near miss: 区环境局 is the eco bureau under its old name)
    r = runner.invoke(app, ["agency", str(seed_build), "渝水区环境局"])
    assert r.exit_code == 0 and r.stdout.startswith("渝水区生态环境局 — 渝水区")
    assert "'渝水区环境局' taken as 渝水区生态环境局 (the same body, renamed by a reform)" in r.stderr
    r = runner.invoke(app, ["agencies", str(seed_build)])
    assert r.exit_code == 0 and "渝水区生态环境局" in r.stdout


def test_a_part_of_several_supervisors_names_is_no_one_body(tmp_path):
    """`respgraph agency out 督查室` over rectification plans answered one body named
    县委县政府督查室、县委督查室、…、省政府督查室 (eight offices of several places) with all their
    tasks; for agencies a part of several names lists them and stops. Now it does for
    supervisors too (exit 2), pointing to `tasks --supervisor` for the tasks of all; a name as
    written still answers (exit 0). The API's b.agency(县委督查室), which said only "no agency
    named", says where its tasks are."""
    from respgraph.analysis.agency import UnknownAgency

    from conftest import ROOT

    out = tmp_path / "rect"
    r = runner.invoke(app, ["build", str(ROOT / "tests" / "fixtures" / "rectify"), "--out", str(out), "-j", "1"])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["agency", str(out), "督查室"])
    assert r.exit_code == 2 and r.stdout == ""
    line = r.stderr.strip()
    assert len(line.splitlines()) == 1 and "'督查室' is part of the names of 8 supervising bodies: " in line, line
    assert "县委督查室、" in line and "省政府督查室;" in line and f"`respgraph tasks {out} --supervisor 督查室`" in line
    r = runner.invoke(app, ["agency", str(out), "县委督查室"])
    assert r.exit_code == 0 and r.stdout.startswith("县委督查室 — named to supervise 4 tasks"), r.output
    r = runner.invoke(app, ["tasks", str(out), "--supervisor", "督查室", "-f", "csv"])
    assert r.exit_code == 0 and r.stdout.count("督查室") >= 14

    b = respgraph.load(out)
    with pytest.raises(UnknownAgency, match=r"named to supervise 4 tasks: b.tasks\(supervisor='县委督查室'\)"):
        b.agency("县委督查室")
    assert len(b.tasks(supervisor="县委督查室")) == 4
    with pytest.raises(UnknownAgency) as e:  # near miss: a name nobody supervises with gets no hint
        b.agency("县委组织部")
    assert "supervise" not in str(e.value)


def test_what_is_given_for_a_build_is_named_with_what_to_give(seed_build, tmp_path):
    """Things a user gives for a build directory, each answered with what it is and what to
    give instead (exit 1, one line): the meeting pack's folder (was: its pages taken for plans,
    "run `respgraph build out/report`"; `neo4j load out/report` loaded report.html as a plan),
    a plan file (was: "graph.json is corrupt or truncated"), another file (README.md: the same),
    a folder whose subfolders hold the plans (data/: was "run `respgraph build PATH --out data`",
    a build written into the data)."""
    import shutil

    from respgraph.store import BuildError

    from conftest import PLANS_DIR, YUSHUI

    build = tmp_path / "out"
    shutil.copytree(seed_build, build)
    assert runner.invoke(app, ["report", str(build), "--today", "2024-06-30"]).exit_code == 0
    report = build / "report"
    assert (report / "report.html").exists()
    readme = tmp_path / "README.md"
    readme.write_text("# notes\n", encoding="utf-8")
    data = tmp_path / "data"
    shutil.copytree(PLANS_DIR, data / "plans")
    expected = {
        report: f"{report}: a folder inside the build {build}, not a build: give `{build}`",
        YUSHUI: f"{YUSHUI}: a plan file, not a build: run `respgraph build {YUSHUI} --out out`, then give `out`",
        readme: f"{readme}: not a build: give the build directory (the one holding graph.json, written by `respgraph build --out`)",
        data: f"{data}: no graph.json here, and its subfolders (plans) hold plans: run `respgraph build {data} --recursive --out out`, then give `out`",
    }
    for given, line in expected.items():
        for args in (["workload", str(given)], ["agency", str(given), "区发改委"], ["report", str(given)]):
            r = runner.invoke(app, args)
            assert r.exit_code == 1 and r.stderr == f"respgraph: {line}\n" and r.stdout == "", (args, r.output)
        with pytest.raises(BuildError, match="not a build|hold plans"):
            respgraph.load(given)
    r = runner.invoke(app, ["neo4j", "export-csv", str(report), "-o", str(tmp_path / "imp")])
    assert r.exit_code == 1 and r.stderr == f"respgraph: {report}: {expected[report].split(': ', 1)[1]}\n", r.output
    assert not (tmp_path / "imp").exists()
    # near misses: the build itself, and its graph.json, still load
    for good in (build, build / "graph.json"):
        assert runner.invoke(app, ["workload", str(good), "-n", "1"]).exit_code == 0
    assert runner.invoke(app, ["neo4j", "export-csv", str(PLANS_DIR), "-o", str(tmp_path / "imp2")]).exit_code == 0


def test_a_server_that_is_not_there_or_a_login_refused_says_what_to_check(seed_build, monkeypatch):
    """A team's first `neo4j load` against a server not yet started printed two lines' worth
    of driver text ("Failed to establish connection to ResolvedIPv4Address…") and nothing to
    do; now the line ends with what to check. A login refused names the user and password
    settings. The password is never in the line."""
    import neo4j

    from respgraph.neo4j.connect import Neo4jConnectionError, _what_to_check

    env = {"NEO4J_URI": "bolt://127.0.0.1:1", "NEO4J_PASSWORD": "s3cret-pw"}
    for args in (["neo4j", "load", str(seed_build)], ["neo4j", "query", "agency_workload"]):
        r = runner.invoke(app, args, env=env)
        assert r.exit_code == 1 and r.stdout == "", r.output
        assert r.stderr.startswith("respgraph: cannot connect to bolt://127.0.0.1:1 as 'neo4j': ServiceUnavailable")
        assert r.stderr.endswith("— no server listens there: is Neo4j running, and is this its Bolt port (--uri, NEO4J_URI)?\n")
        assert "s3cret-pw" not in r.output and len(r.stderr.splitlines()) == 1
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    with pytest.raises(Neo4jConnectionError, match="is Neo4j running"):
        respgraph.connect_neo4j()
    refused = neo4j.exceptions.AuthError("The client is unauthorized due to authentication failure.")
    assert _what_to_check(refused) == " — check the user (--user, NEO4J_USER) and NEO4J_PASSWORD"
    assert _what_to_check(neo4j.exceptions.DatabaseError("An unknown error occurred")) == ""  # no guess


def test_a_cell_of_task_ids_names_each_plan_once(seed_build, capsys):
    """`network --pairs` lists the tasks behind each count: eight ids of one plan, each with
    its 35-character plan id, folded into 17 lines of one cell (379 lines for 15 pairs of the
    bundled plans). The plan is written once before its tasks' numbers now; ids of different
    plans, and lists that are no task ids, read as before."""
    import pandas as pd

    from respgraph.console import emit_dataframe

    r = runner.invoke(app, ["network", str(seed_build), "--pairs", "--by", "function", "-n", "3"], env={"COLUMNS": "400"})
    assert r.exit_code == 0, r.output
    row = next(ln for ln in r.stdout.splitlines() if "township governments" in ln and "ecology and environment" in ln)
    assert "changjiang-2018-yangtze-protection:001, 002, 003, 005, 006, 007, 008, 011 +76 more" in row, row
    full = runner.invoke(app, ["network", str(seed_build), "--pairs", "--by", "function", "-f", "json"])
    first = __import__("json").loads(full.stdout)[0]
    assert first["tasks"][:3] == ["changjiang-2018-yangtze-protection:001", "changjiang-2018-yangtze-protection:002",
                                  "changjiang-2018-yangtze-protection:003"]  # JSON keeps every id whole

    df = pd.DataFrame({"tasks": [["a:001", "a:002", "b:007", "a:009"], ["p0:001", "p1:001"], ["渝水:001", "渝水:004"],
                                 ["water", "soil"], ["区发改委", "区财政局"]]})
    emit_dataframe(df, "table")
    cells = [ln.split("│")[1].strip() for ln in capsys.readouterr().out.splitlines() if ln.startswith("│")]
    assert cells == ["a:001, 002; b:007; a:009", "p0:001, p1:001", "渝水:001, 004", "water, soil", "区发改委、区财政局"]


def test_an_agencys_fence_is_the_reports(seed_build):
    """`agency out 渝水生态环境局` said "weighted load 21.5 above the fence 10.5" where the
    meeting pack (and `workload --overload`) says "above the fence 10.2" for the same bureau:
    the agency view counted 各乡镇（办）党委、政府 among its plan's agencies, the report does not.
    A profile now gives the overload list's verdict; --include-collectives gives the figures
    with them counted, as `workload --overload --include-collectives` does, and says so."""
    r = runner.invoke(app, ["agency", str(seed_build), "渝水生态环境局"])
    assert r.exit_code == 0 and "above the fence 10.2" in r.stdout and "collective addressees" not in r.stderr
    wl = runner.invoke(app, ["workload", str(seed_build), "--overload", "-p", YUSHUI, "-f", "json"])
    row = next(x for x in __import__("json").loads(wl.stdout) if x["name"] == "渝水区生态环境局")
    assert row["reason"].endswith("above the fence 10.2")
    b = respgraph.load(seed_build)
    assert b.agency("渝水生态环境局").reasons == [f"{YUSHUI}: {row['reason']}"]
    assert b.agency("渝水生态环境局", include_collectives=False).reasons == [f"{YUSHUI}: {row['reason']}"]
    # near miss: counted, the fence is 10.5 in the profile and in the list alike
    inc = runner.invoke(app, ["agency", str(seed_build), "渝水生态环境局", "--include-collectives"])
    assert inc.exit_code == 0 and "above the fence 10.5" in inc.stdout
    assert "respgraph: note: its load is weighed with the collective addressees of its plans counted" in inc.stderr
    wl = runner.invoke(app, ["workload", str(seed_build), "--overload", "--include-collectives", "-p", YUSHUI, "-f", "json"])
    row = next(x for x in __import__("json").loads(wl.stdout) if x["name"] == "渝水区生态环境局")
    assert row["reason"].endswith("above the fence 10.5")
    assert b.agency("渝水生态环境局", include_collectives=True).reasons == [f"{YUSHUI}: {row['reason']}"]
    # the partners still count 各乡镇（办）… unless --exclude-collectives
    p = b.agency("渝水生态环境局")
    assert (p.partners["kind"] == "collective").any()
    assert not (b.agency("渝水生态环境局", include_collectives=False).partners["kind"] == "collective").any()
    both = runner.invoke(app, ["agency", str(seed_build), "渝水生态环境局", "--include-collectives", "--exclude-collectives"])
    assert both.exit_code == 2 and "cannot be combined" in both.output


def test_build_into_and_out_together_is_a_usage_error(seed_build, tmp_path):
    """`build new.txt --into out --out out2` wrote into out and said nothing of out2 (which
    was never written). Both given is a usage error now; --into alone, and --out alone, as before."""
    import shutil

    from conftest import YUSHUI

    build = tmp_path / "out"
    shutil.copytree(seed_build, build)
    for out in (["--out", str(tmp_path / "o2")], ["-o", str(tmp_path / "o2")]):
        r = runner.invoke(app, ["build", str(YUSHUI), "--into", str(build), *out])
        assert r.exit_code == 2 and r.stderr.startswith("respgraph: build: --into and --out cannot be combined: give one"), r.output
        assert not (tmp_path / "o2").exists()
    r = runner.invoke(app, ["build", str(YUSHUI), "--into", str(build)])
    assert r.exit_code == 0 and r.stdout.startswith(f"{build}: unchanged yushui-2022-pollution-battle"), r.output
    r = runner.invoke(app, ["build", str(YUSHUI), "--out", str(tmp_path / "o3"), "-j", "1"])
    assert r.exit_code == 0 and (tmp_path / "o3" / "graph.json").exists()
    with pytest.raises(ValueError, match="out and into cannot be combined"):
        respgraph.build([YUSHUI], out=tmp_path / "o4", into=build)
    assert not (tmp_path / "o4").exists()


def test_export_network_gives_gephi_the_agencies_and_who_works_with_whom(seed_build, tmp_path):
    """A researcher's Gephi file: `export --format gexf` is the whole graph (plans, tasks,
    agencies, functions, places), and `networkx.write_gexf(b.coordination_graph())` fails on its
    list attributes. `export --network` writes the coordination network: one node per agency,
    labelled with its Chinese name, its functions with their English glosses, one undirected
    edge per pair with the tasks they share as Gephi's weight — the counts of `network --pairs`."""
    import networkx as nx
    import pandas as pd

    b = respgraph.load(seed_build)
    coord = b.coordination_graph()
    with pytest.raises(Exception):  # why the option is there
        nx.write_gexf(coord, tmp_path / "raw.gexf")
    r = runner.invoke(app, ["export", str(seed_build), "--format", "gexf", "--network", "-o", str(tmp_path / "n.gexf")])
    assert r.exit_code == 0, r.output
    assert r.stdout == f"{tmp_path / 'n.gexf'}: 107 agencies, 614 pairs sharing tasks (gexf, the coordination network)\n"
    g = nx.read_gexf(tmp_path / "n.gexf")
    assert not g.is_directed() and g.number_of_nodes() == coord.number_of_nodes() == 107
    assert {(min(u, v), max(u, v)): d["weight"] for u, v, d in g.edges(data=True)} == \
        {(min(u, v), max(u, v)): d["weight"] for u, v, d in coord.edges(data=True)}
    node = g.nodes["agency:渝水区/生态环境局"]
    assert (node["label"], node["function_names"], node["gloss"]) == ("渝水区生态环境局", "生态环境保护", "ecology and environment")
    pairs = b.pairs(by="agency")
    top = pairs.iloc[0]
    assert g.edges[top["key_a"], top["key_b"]]["weight"] == top["shared_tasks"] == 36

    r = runner.invoke(app, ["export", str(seed_build), "-f", "csv", "--network", "-o", str(tmp_path / "csv")])
    assert r.exit_code == 0, r.output
    edges = pd.read_csv(tmp_path / "csv" / "edges.csv")
    assert list(edges.columns)[:3] == ["source", "target", "weight"] and len(edges) == 614
    r = runner.invoke(app, ["export", str(seed_build), "-f", "xlsx", "--network"])
    assert r.exit_code == 2 and "--network writes graphml, gexf, csv, not xlsx" in r.stderr
    # the API, and the whole graph still as before
    assert b.export("graphml", tmp_path / "n.graphml", network=True) == str(tmp_path / "n.graphml")
    assert nx.read_graphml(tmp_path / "n.graphml").number_of_edges() == 614
    r = runner.invoke(app, ["export", str(seed_build), "-f", "gexf", "-o", str(tmp_path / "all.gexf")])
    assert r.exit_code == 0 and "487 nodes, 1210 edges (gexf)" in r.stdout


def test_a_task_without_a_number_shows_its_place_in_the_plan(seed_build):
    """README's `tasks out --no-lead --plan yichun-…` printed a blank no. for 96 of the plan's
    127 tasks (a 规划's paragraphs have no number of their own): rows with no handle to give
    `suggest --task`. They show their place, the end of the task id (#084); a numbered task its
    number as written; CSV/JSON keep the number as it is (empty)."""
    plan = "yichun-2021-14th-fyp-eco-plan"
    r = runner.invoke(app, ["tasks", str(seed_build), "--no-lead", "--plan", plan, "--search", "农村黑臭水体"], env={"COLUMNS": "200"})
    assert r.exit_code == 0, r.output
    row = next(ln for ln in r.stdout.splitlines() if "有序开展农村黑臭水体治理" in ln)
    assert row.split("│")[1].strip() == "#084"
    s = runner.invoke(app, ["suggest", str(seed_build), "--task", f"{plan}:084", "-f", "json"])
    assert __import__("json").loads(s.stdout)[0]["title"] == "有序开展农村黑臭水体治理"
    r = runner.invoke(app, ["tasks", str(seed_build), "--plan", plan, "-n", "0"], env={"COLUMNS": "200"})
    numbers = [ln.split("│")[1].strip() for ln in r.stdout.splitlines() if ln.startswith("│")]
    assert "（一）" in numbers and "#001" in numbers and "" not in numbers
    csv = runner.invoke(app, ["tasks", str(seed_build), "--plan", plan, "-f", "csv"]).stdout
    # (its number empty, where it sits: the 3rd paragraph under 第八章第三节, found so by suggest --task too)
    assert f"{plan}:084,{plan},84,,第八章第三节第3段,有序开展农村黑臭水体治理" in csv
    s = runner.invoke(app, ["suggest", str(seed_build), "--task", f"{plan}:第八章第三节第3段", "-f", "json"])
    assert {r["task_id"] for r in __import__("json").loads(s.stdout)} == {f"{plan}:084"}
    assert respgraph.load(seed_build).tasks(plan=plan).set_index("task_id").loc[f"{plan}:084", "number"] in ("", None)


def test_a_task_id_written_otherwise_is_named_with_the_one_meant(seed_build):
    """`suggest --task yichun-…:84` (the number as the table shows it, unpadded) said only "no
    task … in this build", and the API returned an empty frame, as for a task whose plan names
    its leads. Now both say which id is meant (PLAN:084, or a shortened plan id's task); an id
    of no task anywhere, and text that is no id, get no guess."""
    plan = "yichun-2021-14th-fyp-eco-plan"
    cases = {f"{plan}:84": f"; did you mean {plan}:084?", "yushui:1": f"; did you mean {YUSHUI}:001?",
             f"{plan}:999": "", "有序开展": "; a task id is PLAN:NNN (the task_id column of `respgraph tasks DIR --plan PLAN --format csv`)"}
    b = respgraph.load(seed_build)
    for task, hint in cases.items():
        r = runner.invoke(app, ["suggest", str(seed_build), "--task", task])
        assert r.exit_code == 2 and r.stderr == f"respgraph: {seed_build}: no task {task!r} in this build{hint}\n", r.stderr
        with pytest.raises(ValueError) as e:
            b.suggest(task=task)
        assert str(e.value) == f"no task {task!r} in this build{hint}"
    assert b.suggest(task=f"{plan}:084")["title"].iloc[0] == "有序开展农村黑臭水体治理"
    assert b.suggest(task=f"{YUSHUI}:001").empty  # a task with its leads stated: nothing to suggest, no error


def test_a_mistyped_path_is_answered_with_the_one_beside_it(seed_build, tmp_path, monkeypatch):
    """`respgraph build data/plan` (for data/plans) said "no such file or directory" and two
    more lines; `workload ou` "no such build directory (run `respgraph build` first)" beside
    the build out. Each now names the path meant; a build directory is only suggested where a
    build is (a folder of plans beside it is not one), and a name like nothing gets no guess."""
    import shutil

    from conftest import PLANS_DIR

    monkeypatch.chdir(tmp_path)
    shutil.copytree(PLANS_DIR, tmp_path / "data" / "plans")
    shutil.copytree(seed_build, tmp_path / "out")
    (tmp_path / "outline").mkdir()  # close to 'out' too, but no build
    r = runner.invoke(app, ["build", "data/plan", "-o", "o2"])
    assert r.exit_code == 1 and r.stderr.splitlines()[0] == "respgraph: data/plan: no such file or directory; did you mean data/plans?"
    r = runner.invoke(app, ["extract", "data/plans/yushui-2022-pollution-battle.tx"])
    assert "did you mean data/plans/yushui-2022-pollution-battle.txt?" in r.stderr
    for typed in ("ou", "OUT"):
        r = runner.invoke(app, ["workload", typed])
        assert r.exit_code == 1 and r.stderr == f"respgraph: {typed}: no such build directory; did you mean out?\n", r.stderr
    r = runner.invoke(app, ["workload", "outlin"])  # only 'outline' is close: no build, no guess
    assert r.stderr == "respgraph: outlin: no such build directory (run `respgraph build` first)\n"
    with pytest.warns(UserWarning, match="did you mean data/plans"):
        b = respgraph.build("data/plan")
    assert [f.problem for f in b.failures] == ["no such file or directory; did you mean data/plans?"]
    with pytest.raises(respgraph.BuildError, match="did you mean out"):
        respgraph.load("ou")


def test_option_help_wraps_and_is_never_cut_at_80_columns():
    """On an 80-column terminal rich cut an option's help line that filled its column exactly:
    `agency --help` read "writes it (区发改委 o… one district)", `tasks --help` "or it… type",
    `viz --help` "yushui-2022-pollution-batt…". The help wraps instead; wider, as before."""
    import re

    cut = re.compile(r"[A-Za-z,;(]…")
    for cmd in (["agency"], ["tasks"], ["viz"], ["workload"], ["neo4j", "load"]):
        for width in (80, 100, 120):
            out = runner.invoke(app, [*cmd, "--help"], terminal_width=width).stdout
            assert not cut.search(out), (cmd, width, [ln for ln in out.splitlines() if cut.search(ln)])
    out = runner.invoke(app, ["agency", "--help"], terminal_width=80).stdout
    assert "writes it (区发改委 of" in out and "one district)" in out
    out = runner.invoke(app, ["tasks", "--help"], terminal_width=80).stdout
    assert "type (air, water, soil …)" in out
