"""A database kept over several loads, over a REAL Bolt connection (FalkorDB, see _falkordb.py):
a plan edited and rebuilt replaces its old tasks and leads, a second year's build loaded beside
the first keeps the first whole (its agencies' names as written too), ``prune`` makes the
database the build. Each is checked against a fresh load of the build it should equal."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from _falkordb import bolt_driver, clear, falkordb  # noqa: F401 - fixtures
from conftest import CHANGJIANG, JINGDEZHEN, SEEDS, YUSHUI

pytestmark = pytest.mark.neo4j

YUSHUI_PLAN = "yushui-2022-pollution-battle"


def _state(driver) -> tuple:
    from respgraph.neo4j.load import database_checksum, database_counts

    return database_counts(driver), database_checksum(driver)


def _fresh(driver, graph) -> tuple:
    """The database a load of ``graph`` into an empty database gives."""
    from respgraph.neo4j.load import load_graph

    clear(driver)
    load_graph(graph, driver, progress=False)
    return _state(driver)


@pytest.fixture(scope="module")
def edited(tmp_path_factory) -> Path:
    """The 渝水 plan edited as a user would before rebuilding: task 15 deleted (the tasks after it
    are renumbered, so their ids change) and task 17's units changed (区农粮局 no longer named)."""
    d = tmp_path_factory.mktemp("edited")
    text = YUSHUI.read_text(encoding="utf-8")
    lines = [ln for ln in text.split("\n") if not ln.startswith("15.巩固提升饮用水")]
    assert len(lines) == len(text.split("\n")) - 1
    old = "（责任单位：区农粮局、渝水生态环境局、自然资源局渝水分局）"
    assert sum(old in ln for ln in lines) == 1
    lines = [ln.replace(old, "（责任单位：区林业局、渝水生态环境局）") for ln in lines]
    (d / YUSHUI.name).write_text("\n".join(lines), encoding="utf-8")
    shutil.copy(CHANGJIANG, d / CHANGJIANG.name)
    return d


def test_a_plan_rebuilt_replaces_its_old_tasks_and_leads(bolt_driver, edited):
    """Was: MERGE kept the old plan's 34th task and every lead of the renumbered tasks, so the
    plan counted 34 tasks and 渝水区农业农村局 still led the task it no longer leads."""
    from respgraph import api
    from respgraph.analysis.workload import workload
    from respgraph.neo4j.load import load_graph
    from respgraph.neo4j.queries import run_query

    old = api.build([YUSHUI, CHANGJIANG, JINGDEZHEN]).graph
    new = api.build(edited).graph  # 渝水 rebuilt, 长江 unchanged; 景德镇 not in this build
    mixed = api.build([edited / YUSHUI.name, edited / CHANGJIANG.name, JINGDEZHEN]).graph
    want = _fresh(bolt_driver, mixed)
    clear(bolt_driver)
    load_graph(old, bolt_driver, progress=False)
    report = load_graph(new, bolt_driver, progress=False)
    assert "removed what the build no longer has" in report.summary()
    assert _state(bolt_driver) == want  # 渝水 as rebuilt, 长江 as is, 景德镇 kept
    got = run_query(bolt_driver, "agency_workload", plan=YUSHUI_PLAN, limit=10000)
    expect = workload(new, plan=YUSHUI_PLAN, across=False)
    cols = ["key", "tasks_led", "tasks_supported", "plan_tasks"]
    assert sorted(map(tuple, got[cols].astype(str).values)) == sorted(map(tuple, expect[cols].astype(str).values))
    assert set(got["plan_tasks"]) == {33}
    # and loading the rebuilt build again changes nothing
    assert "removed" not in load_graph(new, bolt_driver, progress=False).summary()
    assert _state(bolt_driver) == want


def test_prune_makes_the_database_the_build(bolt_driver, edited):
    from respgraph import api
    from respgraph.neo4j.load import load_graph

    new = api.build(edited).graph
    want = _fresh(bolt_driver, new)
    clear(bolt_driver)
    load_graph(api.build([YUSHUI, CHANGJIANG, JINGDEZHEN]).graph, bolt_driver, progress=False)
    bolt_driver.execute_query("CREATE (:Note {id: 'mine', text: 'not respgraph'})")
    load_graph(new, bolt_driver, progress=False, prune=True)
    recs, _, _ = bolt_driver.execute_query("MATCH (n:Note) RETURN n.id AS id")
    assert [r["id"] for r in recs] == ["mine"]  # labels outside the model are never touched
    bolt_driver.execute_query("MATCH (n:Note) DELETE n")
    assert _state(bolt_driver) == want  # the 3-plan database is now the 2-plan build, exactly


def test_a_second_build_beside_the_first_keeps_both(bolt_driver, tmp_path):
    """Two builds of different plans (a district's plan, then its next year's) in one database
    are one fresh load of both: an agency both name keeps every name the plans write it by and
    both plans (was: the second load's SET replaced its aliases and plans, so agency_ego found
    nothing under the name only the first year's plan writes)."""
    from respgraph import api
    from respgraph.neo4j.load import load_graph
    from respgraph.neo4j.queries import run_query

    text = YUSHUI.read_text(encoding="utf-8")
    assert "渝水生态环境局" in text and "区生态环境局" not in text
    year2 = tmp_path / "yushui-2023-pollution-battle.txt"
    year2.write_text(text.replace("渝水生态环境局", "区生态环境局"), encoding="utf-8")
    both = api.build([YUSHUI, year2, CHANGJIANG]).graph
    eco = both.nodes["agency:渝水区/生态环境局"]
    assert set(eco["aliases"]) >= {"渝水生态环境局", "区生态环境局"} and len(eco["plans"]) == 2
    want = _fresh(bolt_driver, both)
    clear(bolt_driver)
    load_graph(api.build([YUSHUI, CHANGJIANG]).graph, bolt_driver, progress=False)
    load_graph(api.build([year2]).graph, bolt_driver, progress=False)
    assert _state(bolt_driver) == want
    for name in ("渝水生态环境局", "区生态环境局"):
        got = run_query(bolt_driver, "agency_ego", agency=name)
        assert set(got["agency"]) == {"agency:渝水区/生态环境局"}, name


def test_a_property_the_build_no_longer_gives_is_removed(bolt_driver):
    """SET += keeps a property the row does not carry: a task that left its campaign kept its
    old ``campaign`` (and a lead its old file span). Now the load removes what respgraph wrote
    there before and the build no longer gives; a property respgraph never writes stays."""
    import networkx as nx

    from respgraph.neo4j.load import load_graph

    def graph(campaign):
        g = nx.MultiDiGraph()
        g.add_node("plan:p", type="Plan", plan_id="p", title="方案")
        g.add_node("task:p:001", type="Task", task_id="p:001", plan_id="p", campaign=campaign, title="任务")
        g.add_node("agency:a", type="Agency", agency_id="a", name="甲局", aliases=["甲局"], plans=["p"])
        g.add_edge("agency:a", "task:p:001", key="LEADS", type="LEADS", basis="explicit",
                   file_start=3 if campaign else None)
        return g

    load_graph(graph("p:c01"), bolt_driver, progress=False)
    bolt_driver.execute_query("MATCH (t:Task) SET t.note = 'mine'")
    load_graph(graph(None), bolt_driver, progress=False)
    rec = bolt_driver.execute_query("MATCH (:Agency)-[r:LEADS]->(t:Task) RETURN properties(t) AS t, properties(r) AS r").records[0]
    assert "campaign" not in rec["t"] and rec["t"]["note"] == "mine" and rec["t"]["title"] == "任务"
    assert "file_start" not in rec["r"]


def test_a_plan_of_the_same_id_from_another_file_is_named(bolt_driver, edited, caplog):
    from respgraph import api
    from respgraph.neo4j.load import load_graph

    load_graph(api.build([YUSHUI]).graph, bolt_driver, progress=False)
    with caplog.at_level("WARNING", logger="respgraph.neo4j"):
        load_graph(api.build([edited / YUSHUI.name]).graph, bolt_driver, progress=False)
    said = [r.getMessage() for r in caplog.records if "replaces the database's plan" in r.getMessage()]
    assert len(said) == 1 and said[0].startswith(f"plan {YUSHUI_PLAN}: replaces the database's plan of that id read from ")
    assert said[0].endswith(f"{YUSHUI.name} (now {edited / YUSHUI.name})")


def test_cli_load_of_a_rebuilt_build_then_prune(falkordb, bolt_driver, edited, tmp_path):
    """As a user runs it: build, load; edit a plan, rebuild into another directory, load (the
    plan replaced, the plan the new build lacks kept); then --prune (the database is the build)."""
    from typer.testing import CliRunner

    from respgraph import api
    from respgraph.cli import app

    runner, env = CliRunner(), {"NEO4J_PASSWORD": ""}

    def run(*args):
        res = runner.invoke(app, list(map(str, args)), env=env)
        assert res.exit_code == 0, res.output
        return res.output

    run("build", YUSHUI, CHANGJIANG, JINGDEZHEN, "--out", tmp_path / "v1", "-j", 1)
    run("build", edited, "--out", tmp_path / "v2", "-j", 1)
    load = ["--uri", falkordb.uri, "--no-progress", "--no-similarity"]
    run("neo4j", "load", tmp_path / "v1", *load)
    out = run("neo4j", "load", tmp_path / "v2", *load)
    assert "removed what the build no longer has" in out
    plans = {r["p"] for r in bolt_driver.execute_query("MATCH (p:Plan) RETURN p.plan_id AS p").records}
    assert plans == {YUSHUI.stem, CHANGJIANG.stem, JINGDEZHEN.stem}
    run("neo4j", "load", tmp_path / "v2", *load, "--prune")
    assert _state(bolt_driver) == _fresh(bolt_driver, api.load(tmp_path / "v2").graph)


def test_an_agency_keeps_what_another_builds_plans_gave_it(bolt_driver):
    """What a build derives for an agency from its own plans (a reform's successor, a function
    one plan's wording adds) is kept when a build of other plans that name it is loaded after:
    only what belongs to the build's own plans is replaced. Found loading 810 probe plans as
    two builds: the second cleared the first's successors, and its functions replaced the
    first's (发展改革 for 发展改革 + 粮食)."""
    import networkx as nx

    from respgraph.neo4j.load import load_graph

    def graph(plan, functions, **extra):
        g = nx.MultiDiGraph()
        g.add_node(f"plan:{plan}", type="Plan", plan_id=plan)
        g.add_node(f"task:{plan}:001", type="Task", task_id=f"{plan}:001", plan_id=plan)
        g.add_node("agency:x/发改委", type="Agency", agency_id="x/发改委", name="x发改委", functions=functions,
                   known=True, aliases=[f"{plan}发改委"], plans=[plan], **extra)
        g.add_edge("agency:x/发改委", f"task:{plan}:001", key="LEADS", type="LEADS", basis="explicit")
        return g

    load_graph(graph("p", ["发展改革", "粮食"], successor="x/新局"), bolt_driver, progress=False)
    load_graph(graph("q", ["发展改革"]), bolt_driver, progress=False)
    got = bolt_driver.execute_query("MATCH (a:Agency) RETURN properties(a) AS a").records[0]["a"]
    assert got["successor"] == "x/新局" and got["functions"] == ["发展改革", "粮食"]
    assert got["aliases"] == ["p发改委", "q发改委"] and got["plans"] == ["p", "q"]
