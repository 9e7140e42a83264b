"""What users and carriers of respgraph were left to stumble on at stop 24 (note24, "left
alone"), each asserted on real results through the CLI runner and the API."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

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

