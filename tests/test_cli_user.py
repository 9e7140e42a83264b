"""What a new user meets on the command line with the bundled plans: CSV that pandas reads
as values, every row in CSV/JSON whatever the table's --limit, one clear line for a slip."""

from __future__ import annotations

import io
import json

import pandas as pd
from typer.testing import CliRunner

from respgraph.cli import app

runner = CliRunner()
YICHUN = "yichun-2021-14th-fyp-eco-plan"


def _csv(args: list[str]) -> pd.DataFrame:
    r = runner.invoke(app, args)
    assert r.exit_code == 0, r.output
    return pd.read_csv(io.StringIO(r.stdout))


def test_csv_list_cells_are_joined_not_python_reprs(seed_build):
    # a spreadsheet or pandas user gets '生态环境', not "['生态环境']", as in the build's CSVs
    w = _csv(["workload", str(seed_build), "--format", "csv"])
    merged = w[(w.plan_id == "*") & (w.name == "XX投资区农林水与生态环境局")].iloc[0]
    assert merged.functions == "农业农村; 林业; 水利; 海洋渔业; 生态环境"
    assert w.functions.str.contains(r"\[", regex=True).sum() == 0
    d = _csv(["overlap", str(seed_build), "--disagreements", "--format", "csv"])
    assert (d.leads_a + d.leads_b).str.contains(r"\['", regex=True).sum() == 0
    assert "渝水区发展和改革委员会" in set(d.leads_b)


def test_suggest_csv_and_json_hold_every_task_not_the_tables_first_20(seed_build):
    s = _csv(["suggest", str(seed_build), "--plan", YICHUN, "--format", "csv"])
    assert s.task_id.nunique() == 127  # the 宜春 plan names no agency for any of its 127 tasks
    r = runner.invoke(app, ["suggest", str(seed_build), "--plan", YICHUN, "--format", "json"])
    assert len({row["task_id"] for row in json.loads(r.stdout)}) == 127
    # the table still shows the first --limit tasks and says how many more
    r = runner.invoke(app, ["suggest", str(seed_build), "--plan", YICHUN, "--limit", "5"])
    assert "… 122 more tasks" in r.stdout
