"""What users and carriers of respgraph were left to stumble on at stop 24 (note24, "left
alone"), each asserted on real results through the CLI runner and the API."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from _falkordb import bolt_driver, falkordb  # noqa: F401 - fixtures
from conftest import SEEDS

import respgraph
from respgraph.cli import app

runner = CliRunner()

YUSHUI = "yushui-2022-pollution-battle"
ECO = "渝水区生态环境局"


def test_function_names_is_a_list_in_every_analysis_frame_and_joined_where_printed(seed_build):
    """`b.workload()`'s function_names was a 、-joined text where `b.assignments()` and
    `b.agencies()` give a list (a researcher's `explode("function_names")` split nothing). Every
    analysis frame gives the list now; the table prints it joined with 、, CSV with '; ', JSON as
    an array; ``gloss`` stays one text to read."""
    b = respgraph.load(seed_build)
    frames = {"workload": b.workload(YUSHUI), "overload": b.overload(YUSHUI), "network": b.network(YUSHUI),
              "breadth_depth": b.breadth_depth(YUSHUI)}
    for what, df in frames.items():
        assert len(df) and df["function_names"].map(lambda v: isinstance(v, list)).all(), what
    w = frames["workload"]
    eco = w[w["name"] == ECO].iloc[0]
    assert eco["function_names"] == ["生态环境保护"] and eco["gloss"] == "ecology and environment"
    asg = b.assignments()
    assert asg.loc[asg["agency"] == ECO, "function_names"].iloc[0] == eco["function_names"]
    # an agency with two functions: two names, in the order of its codes
    two = w[w["functions"].map(len) == 2]
    assert len(two), "the seeds' 渝水 plan names a bureau of two functions"
    row = two.iloc[0]
    assert len(row["function_names"]) == 2 and ";" in row["gloss"]
    across = b.plan_overlap()
    assert across["shared_function_names"].map(lambda v: isinstance(v, list)).all()

    r = runner.invoke(app, ["workload", str(seed_build), "--plan", YUSHUI, "--limit", "0"], env={"COLUMNS": "200"})
    assert r.exit_code == 0, r.output
    line = next(ln for ln in r.stdout.splitlines() if row["name"] in ln)
    assert "、".join(row["function_names"]) in line and "[" not in line
    r = runner.invoke(app, ["workload", str(seed_build), "--plan", YUSHUI, "--format", "csv"])
    assert f",{'; '.join(row['function_names'])}," in r.stdout
    rows = json.loads(runner.invoke(app, ["workload", str(seed_build), "--plan", YUSHUI, "--format", "json"]).stdout)
    assert next(x for x in rows if x["name"] == ECO)["function_names"] == ["生态环境保护"]


def test_an_agency_param_the_database_lacks_is_named_not_answered_with_no_rows(falkordb, bolt_driver):
    """`neo4j query agency_ego --param agency=渝水区生太环境局` printed "no rows", exit 0, as if
    the bureau had no partner; `respgraph agency` names the closest. The query says so now in
    one line (exit 2, the agencies it may mean); an agency the database holds is answered as
    before, also by a name a plan writes for it; the API raises the same (a QueryError)."""
    from respgraph.neo4j.queries import QueryError, UnknownAgency

    b = respgraph.build([p for p in SEEDS if p.stem == YUSHUI])
    b.to_neo4j(bolt_driver)
    env = {"NEO4J_URI": falkordb.uri, "NEO4J_PASSWORD": ""}
    r = runner.invoke(app, ["neo4j", "query", "agency_ego", "--param", "agency=渝水区生太环境局"], env=env)
    assert r.exit_code == 2, r.output
    assert r.stderr.strip() == f"respgraph: 渝水区生太环境局: no such agency in the database; did you mean {ECO}?"
    assert r.stdout == ""
    r = runner.invoke(app, ["neo4j", "query", "agency_ego", "--param", "agency=渝水生态环境局"], env=env)
    assert r.exit_code == 0 and ECO in r.stdout, r.output  # a name as the plan writes it
    r = runner.invoke(app, ["neo4j", "query", "agency_ego", "--param", "agency=区生态环境局"], env=env)
    assert r.exit_code == 2 and f"did you mean {ECO}?" in r.stderr  # a part of its name
    r = runner.invoke(app, ["neo4j", "query", "agency_ego", "--param", "agency=不存在的单位"], env=env)
    assert r.exit_code == 2 and len(r.stderr.strip().splitlines()) == 1 and "did you mean" not in r.stderr
    assert "no such agency in the database (--param agency= takes" in r.stderr
    with pytest.raises(UnknownAgency, match=f"did you mean {ECO}"):
        respgraph.cypher(bolt_driver, "agency_ego", agency="渝水区生太环境局")
    assert issubclass(UnknownAgency, QueryError)
    assert len(respgraph.cypher(bolt_driver, "agency_ego", agency=ECO)) > 3

