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


def test_function_codes_give_way_to_the_names_the_other_tables_print(seed_build):
    """`agencies` printed the codes (生态环境 (ecology and environment)) where `agency` and
    `workload` print 生态环境保护, and `suggest` its lead and support functions as codes
    (发展改革、自然资源). Both print the names now; CSV/JSON keep the codes and add
    ``function_names``."""
    r = runner.invoke(app, ["agencies", str(seed_build), "--limit", "0"], env={"COLUMNS": "250"})
    assert r.exit_code == 0, r.output
    line = next(ln for ln in r.stdout.splitlines() if f" {ECO} " in ln)
    assert "生态环境保护 (ecology and environment)" in line
    assert "生态环境 (" not in r.stdout  # no code printed as a name
    rows = json.loads(runner.invoke(app, ["agencies", str(seed_build), "--format", "json"]).stdout)
    eco = next(x for x in rows if x["name"] == ECO)
    assert (eco["functions"], eco["function_names"], eco["glosses"]) == (
        ["生态环境"], ["生态环境保护"], ["ecology and environment"])
    r = runner.invoke(app, ["suggest", str(seed_build), "--plan", "yichun-2021-14th-fyp-eco-plan", "--limit", "0",
                            "--format", "table"], env={"COLUMNS": "400"})
    assert r.exit_code == 0, r.output
    assert "生态环境保护 0." in r.stdout and "自然资源和规划" in r.stdout
    assert "生态环境 0." not in r.stdout and "发展改革、" not in r.stdout


DIVISION_PLAN = """新余市生态环境局2023年大气污染防治工作要点

一、重点任务
（一）加强臭氧污染防治。开展夏季臭氧专项行动。（牵头单位：市生态环境局大气环境科；配合单位：市工信局）
"""


@pytest.mark.parametrize("names_department", [True, False])
def test_an_agency_profile_names_its_department_and_successor_by_name(tmp_path, names_department):
    """`agency 大气环境科` said "division of 新余市/生态环境局" (an id the reader never typed).
    The profile says the department's name, from its node, or (when no plan names the
    department itself) from the division's own name; JSON keeps the id and adds the name."""
    plan = DIVISION_PLAN + ("（二）强化扬尘管控。加强施工工地扬尘治理。（牵头单位：市住建局；配合单位：市生态环境局）\n"
                            if names_department else "")
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "xinyu.txt").write_text(plan, encoding="utf-8")
    out = tmp_path / "out"
    assert runner.invoke(app, ["build", str(tmp_path / "plans"), "-o", str(out)]).exit_code == 0
    r = runner.invoke(app, ["agency", str(out), "新余市生态环境局大气环境科"])
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines()[0] == ("新余市生态环境局大气环境科 — 新余市 · division of 新余市生态环境局 · "
                                        "id 新余市/生态环境局/大气环境科")
    got = json.loads(runner.invoke(app, ["agency", str(out), "新余市生态环境局大气环境科", "-f", "json"]).stdout)
    assert (got["parent"], got["parent_name"]) == ("新余市/生态环境局", "新余市生态环境局")
    p = respgraph.load(out).agency("新余市生态环境局大气环境科")
    assert p.names == {"新余市/生态环境局": "新余市生态环境局"}
