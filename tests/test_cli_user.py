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


def _readme_commands(prefixes: tuple[str, ...]) -> list[list[str]]:
    """The README's command lines that start with one of ``prefixes``, comment cut, as argv."""
    import shlex
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    lines = [ln.split("  #")[0].strip() for ln in readme.splitlines()]
    return [shlex.split(ln)[1:] for ln in lines if ln.startswith(prefixes)]


def test_the_readmes_agency_and_tasks_examples_find_something(seed_build):
    # a README example that prints "no task matches" teaches nothing (one did: --no-lead with
    # a deadline, where the only plan without leads has no deadlines)
    cmds = _readme_commands(("respgraph tasks out", "respgraph agency out"))
    assert len(cmds) >= 4
    for argv in cmds:
        argv = [str(seed_build) if a == "out" else a for a in argv]
        r = runner.invoke(app, argv)
        assert r.exit_code == 0, (argv, r.output)
        assert "no task matches" not in r.stdout, argv
        assert (" tasks — " if argv[0] == "tasks" else "leads ") in r.stdout, argv


def test_one_task_is_one_task(seed_build):
    r = runner.invoke(app, ["tasks", str(seed_build), "--no-lead", "--search", "黑臭水体"])
    assert "1 task — no clear lead; holding '黑臭水体'" in r.stdout
    assert "有序开展农村黑臭水体治理" in r.stdout


def test_a_folder_with_an_xls_an_image_and_a_subfolder_says_what_it_did_not_read(tmp_path):
    import shutil

    from conftest import YUSHUI

    plans = tmp_path / "plans"
    (plans / "2018").mkdir(parents=True)
    shutil.copy(YUSHUI, plans)
    (plans / "重点任务分工.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64)
    (plans / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 32)
    (plans / ".DS_Store").write_bytes(b"\0")
    r = runner.invoke(app, ["build", str(plans), "--out", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    assert "1 plan, 34 tasks" in r.stdout and "1 failure\n" in r.stdout  # was "1 plans", "1 failures"
    err = r.stderr.splitlines()
    assert any("重点任务分工.xls: not a readable .xls (damaged OLE compound file" in ln for ln in err), err
    assert any("not read: 2018/ (folders are not searched" in ln and "scan.png (not a plan format)" in ln for ln in err), err
    assert not any(".DS_Store" in ln for ln in err)
    # --strict makes the unreadable .xls count
    r = runner.invoke(app, ["extract", str(plans), "--strict", "-o", str(tmp_path / "t.jsonl")])
    assert r.exit_code == 1


def _plan_tree(root):
    """plans/ as an office keeps them: one plan at the top, the others under year/place, an
    image and a note beside them, a hidden .git and a build (with its report's pages) inside."""
    import shutil

    from conftest import CHANGJIANG, JINGDEZHEN, YUSHUI

    (root / "2022" / "渝水区").mkdir(parents=True)
    (root / "2021" / "景德镇").mkdir(parents=True)
    shutil.copy(CHANGJIANG, root)
    shutil.copy(YUSHUI, root / "2022" / "渝水区")
    shutil.copy(JINGDEZHEN, root / "2021" / "景德镇")
    (root / "2022" / "渝水区" / "扫描件.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 32)
    (root / ".git").mkdir()
    shutil.copy(YUSHUI, root / ".git" / "old.txt")
    (root / "out" / "report").mkdir(parents=True)
    (root / "out" / "graph.json").write_text("{}")
    (root / "out" / "report" / "report.html").write_text("<html><body>第一条 县环保局负责</body></html>")
    return root


def test_a_folder_tree_is_read_with_recursive(tmp_path):
    plans = _plan_tree(tmp_path / "plans")
    ids = {"changjiang-2018-yangtze-protection", "yushui-2022-pollution-battle", "jingdezhen-2021-eco-work-points"}
    # without --recursive: the top folder's plan, and a note naming the folders and the way to read them
    r = runner.invoke(app, ["build", str(plans), "--out", str(tmp_path / "o1")])
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith(f"{tmp_path / 'o1'}: 1 plan, ")
    assert "not read: 2021/, 2022/, out/ (folders are not searched: name them, or use --recursive, to read" in r.stderr
    # --recursive: every plan of the tree, in folder order, none from .git or the build's report
    r = runner.invoke(app, ["build", str(plans), "-r", "--out", str(tmp_path / "o2")])
    assert r.exit_code == 0, r.output
    assert "3 plans, " in r.stdout and "0 failures" in r.stdout
    assert r.stderr.strip() == f"respgraph: note: {plans}: not read: 2022/渝水区/扫描件.png (not a plan format)"
    import respgraph

    paths = list(respgraph.load(tmp_path / "o2").plans()["path"])
    assert [p.split("/plans/", 1)[1] for p in paths] == [
        "changjiang-2018-yangtze-protection.txt", "2021/景德镇/jingdezhen-2021-eco-work-points.txt",
        "2022/渝水区/yushui-2022-pollution-battle.txt"], paths
    r = runner.invoke(app, ["extract", str(plans), "--recursive", "-o", str(tmp_path / "t.jsonl")])
    assert r.exit_code == 0, r.output
    recs = [json.loads(ln) for ln in (tmp_path / "t.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {x["plan_id"] for x in recs} == ids
    assert sum(x["plan_id"] == "yushui-2022-pollution-battle" for x in recs) == 34
    r = runner.invoke(app, ["agencies", str(plans), "-r", "--format", "csv"])
    assert r.exit_code == 0, r.output
    names = set(pd.read_csv(io.StringIO(r.stdout))["name"])
    assert "渝水区生态环境局" in names and any(n.startswith("景德镇市") for n in names), names
    # neo4j export-csv of a folder of plans (built in memory) reads the tree too
    r = runner.invoke(app, ["neo4j", "export-csv", str(plans), "-r", "--no-similarity", "--out", str(tmp_path / "imp")])
    assert r.exit_code == 0, r.output
    plan_rows = (tmp_path / "imp" / "nodes_Plan.csv").read_text(encoding="utf-8").splitlines()[1:]
    assert sorted(ln.split(",", 1)[0] for ln in plan_rows) == sorted(f"plan:{i}" for i in ids)
    # a tree without a plan anywhere is one failure line naming the subfolders too
    (tmp_path / "empty" / "2023").mkdir(parents=True)
    r = runner.invoke(app, ["build", str(tmp_path / "empty"), "-r", "--out", str(tmp_path / "o3")])
    assert r.exit_code == 1 and "no plan files (.txt, " in r.stderr and "in this directory or its subfolders" in r.stderr


def test_the_api_builds_a_folder_tree_with_recursive(tmp_path):
    import respgraph

    plans = _plan_tree(tmp_path / "plans")
    assert respgraph.build(plans).plan_ids == ["changjiang-2018-yangtze-protection"]
    b = respgraph.build(plans, recursive=True)
    assert sorted(b.plan_ids) == ["changjiang-2018-yangtze-protection", "jingdezhen-2021-eco-work-points",
                                    "yushui-2022-pollution-battle"]
    assert not b.failures
    assert len(b.tasks(plan="yushui-2022-pollution-battle")) == 34
    # a folder whose plans are all in subfolders: the warning says how to read them
    import pytest

    from respgraph.errors import UnreadWarning

    with pytest.warns(UnreadWarning, match=r"2022: no plan files .* in this directory \(its subfolder is not searched without "
                                           r"--recursive / recursive=True\)"):
        assert respgraph.build(plans / "2022").plan_ids == []


def test_a_misspelt_or_shortened_plan_id_is_one_line_naming_the_likely_one(seed_build):
    for cmd in (["tasks"], ["workload"], ["suggest"], ["viz", "--view", "plan"], ["agency", "区农粮局"]):
        argv = [cmd[0], str(seed_build), *cmd[1:], "--plan", "yushui"]
        r = runner.invoke(app, argv)
        assert r.exit_code == 2, argv
        line = r.stderr.strip()
        assert "\n" not in line and line.startswith("respgraph: yushui: no such plan in the build; did you mean "
                                                   "yushui-2022-pollution-battle? (plans: changjiang-2018"), (argv, line)
    r = runner.invoke(app, ["tasks", str(seed_build), "--plan", "yushui-2022-pollution-batle"])
    assert "did you mean yushui-2022-pollution-battle" in r.stderr
    r = runner.invoke(app, ["tasks", str(seed_build), "--plan", "nothing-like-it"])
    assert "did you mean" not in r.stderr and "no such plan in the build (plans: " in r.stderr


def test_every_command_help_has_its_example_in_its_own_paragraph():
    # rich_markup_mode="markdown": an example is `code` in a paragraph of its own, so that it is
    # not run into the sentence before it and its <id> placeholders survive
    cmds = [["extract"], ["build"], ["export"], ["agencies"], ["agency"], ["tasks"], ["workload"], ["network"],
            ["overlap"], ["viz"], ["report"], ["suggest"], ["neo4j", "load"], ["neo4j", "export-csv"],
            ["neo4j", "query"]]
    for cmd in cmds:
        r = runner.invoke(app, [*cmd, "--help"], env={"COLUMNS": "200"}, terminal_width=200)
        lines = [ln.strip() for ln in r.output.splitlines()]
        assert any(ln.startswith("Example: respgraph ") or ln.startswith("Example: NEO4J_PASSWORD") for ln in lines), cmd
    r = runner.invoke(app, ["workload", "--help"], env={"COLUMNS": "200"}, terminal_width=200)
    assert "Example: respgraph workload out --plan <id> --overload" in r.output
    r = runner.invoke(app, ["network", "--help"], env={"COLUMNS": "200"}, terminal_width=200)
    assert "Leave out collective addressees" in r.output and "suggested leads" in r.output
    r = runner.invoke(app, ["neo4j", "query", "--help"], env={"COLUMNS": "200"}, terminal_width=200)
    assert "--list" not in r.output and "respgraph neo4j list names them" in r.output


def test_export_takes_out_like_the_other_commands(seed_build, tmp_path):
    r = runner.invoke(app, ["export", str(seed_build), "--format", "gexf", "--out", str(tmp_path / "g.gexf")])
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith(f"{tmp_path / 'g.gexf'}: ") and (tmp_path / "g.gexf").stat().st_size > 0


def test_neo4j_export_csv_writes_beside_the_build_it_was_given(seed_build, tmp_path):
    import shutil

    build = tmp_path / "b"
    shutil.copytree(seed_build, build)
    r = runner.invoke(app, ["neo4j", "export-csv", str(build)])
    assert r.exit_code == 0, r.output
    assert (build / "neo4j-import" / "nodes_Agency.csv").exists() and (build / "neo4j-import" / "import.sh").exists()


def test_suggest_table_glosses_the_suggested_lead_and_no_lead_table_is_readable(seed_build):
    r = runner.invoke(app, ["suggest", str(seed_build), "--plan", YICHUN, "--limit", "2"], env={"COLUMNS": "200"},
                      terminal_width=200)
    header = next(ln for ln in r.stdout.splitlines() if "lead_agency" in ln)
    assert "gloss" in header
    assert "ecology and environment" in r.stdout  # 001 优化国土空间总体战略格局: 生态环境 first
    r = runner.invoke(app, ["workload", str(seed_build), "--report", "no-lead", "--limit", "2"])
    header = next(ln for ln in r.stdout.splitlines() if "title" in ln)
    assert "plan_has_assignments" not in header and "plan_id" not in header
    assert "yichun-2021-14th-fyp-eco-plan:001" in r.stdout and "优化国土空间总体战略格局" in r.stdout


def test_agency_partners_carry_the_english_gloss_and_say_who_leads(seed_build):
    r = runner.invoke(app, ["agency", str(seed_build), "区农粮局", "--plan", "yushui-2022-pollution-battle",
                            "--only", "partners", "--format", "csv"])
    eco = pd.read_csv(io.StringIO(r.stdout)).set_index("name").loc["渝水区生态环境局"]
    assert (eco.they_lead, eco.they_support) == (2, 4)  # it leads 4 tasks 渝水区生态环境局 supports
    r = runner.invoke(app, ["agency", str(seed_build), "区农粮局", "--plan", "yushui-2022-pollution-battle",
                            "--only", "partners"], env={"COLUMNS": "200"}, terminal_width=200)
    row = next(ln for ln in r.stdout.splitlines() if "渝水区生态环境局" in ln)
    # its function in Chinese (职能) beside the English, as the workload and overload tables give it
    # (was the English alone under the Chinese 单位 column)
    assert [c.strip() for c in row.split("│") if c.strip()] == ["渝水区生态环境局", "生态环境保护", "ecology and environment",
                                                               "agency", "12", "2", "4"]  # one plan: no plans column
    header = next(ln for ln in r.stdout.splitlines() if "单位" in ln)
    assert [c.strip() for c in header.split("┃") if c.strip()][:3] == ["单位", "职能", "function"]
    assert "they lead, it supports" in r.stdout


def test_extract_json_is_one_document_with_the_jsonl_objects(tmp_path):
    from conftest import YUSHUI

    r = runner.invoke(app, ["extract", str(YUSHUI), "--format", "json"])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)  # what `python -m json.tool` reads; jsonl is not one document
    lines = runner.invoke(app, ["extract", str(YUSHUI)]).stdout.splitlines()
    assert doc == [json.loads(ln) for ln in lines] and len(doc) == 34
    assert doc[0]["title"] == "大力推进碳达峰碳中和行动"


def test_neo4j_errors_name_the_query_or_server_once():
    r = runner.invoke(app, ["neo4j", "query", "agency_workload", "--param", "bogus=1"])
    assert r.exit_code == 2  # a parameter the query does not have: the command line is wrong
    assert r.stderr.strip() == ("respgraph: agency_workload: unknown parameter(s) bogus; "
                                "known: plan, lead_weight, support_weight, bases, limit")
    r = runner.invoke(app, ["neo4j", "query", "agency_workload", "--uri", "bolt://127.0.0.1:1"],
                      env={"NEO4J_PASSWORD": "x"})
    assert r.exit_code == 1 and r.stderr.count("\n") == 1
    assert r.stderr.startswith("respgraph: cannot connect to bolt://127.0.0.1:1 as 'neo4j': ")


def test_a_campaign_nothing_is_called_says_which_types_there_are(seed_build):
    r = runner.invoke(app, ["tasks", str(seed_build), "--campaign", "waterr"])
    assert r.exit_code == 0 and r.stdout.strip() == "no task matches: campaign 'waterr'"
    assert "campaign types: air, water, soil" in r.stderr
    r = runner.invoke(app, ["tasks", str(seed_build), "--campaign", "water", "--deadline-before", "2000"])
    assert r.stdout.strip() == "no task matches: campaign 'water'; due before 2000" and r.stderr == ""


def test_a_plans_folder_given_for_a_build_and_a_build_given_for_plans(seed_build, tmp_path):
    from conftest import PLANS_DIR

    for cmd in (["agency", str(PLANS_DIR), "区农粮局"], ["workload", str(PLANS_DIR)], ["report", str(PLANS_DIR)]):
        r = runner.invoke(app, cmd)
        assert r.exit_code != 0 and r.stderr.strip() == (
            f"respgraph: {PLANS_DIR}: a folder of plans, not a build: run `respgraph build {PLANS_DIR} --out out`, "
            "then give `out`"), cmd
    # the other way round: a build folder holds no plan, only a view page read as one with no task
    build = tmp_path / "b"
    build.mkdir()
    (build / "ego.html").write_text("<html><body><p>graph view</p></body></html>", encoding="utf-8")
    r = runner.invoke(app, ["build", str(build), "--out", str(tmp_path / "o")])
    assert "1 plan, 0 tasks" in r.stdout and f"respgraph: {build}/ego.html: no tasks found" in r.stderr


def test_overload_table_is_one_table_per_plan_titled_with_it(seed_build):
    r = runner.invoke(app, ["workload", str(seed_build), "--overload", "--exclude-collectives"],
                      env={"COLUMNS": "120"}, terminal_width=120)
    titles = [ln.strip() for ln in r.stdout.splitlines() if ln.strip().startswith("Overloaded within ")]
    # the plan of the most loaded bureau first (XX投资区农林水与生态环境局, weighted load 31.0), not by id
    assert [t.split()[2] for t in titles] == ["xx-zone-2022-pollution-battle-scraped", "yushui-2022-pollution-battle",
                                             "jingdezhen-2021-eco-work-points", "changjiang-2018-yangtze-protection"]
    assert titles[1].endswith("— 34 tasks")
    row = next(ln for ln in r.stdout.splitlines() if "渝水区生态环境局" in ln)
    assert "ecology and" in row and "│ 11  │ 21 " in row and "32%" in row


def test_tables_of_one_plan_name_it_once_not_in_every_row(seed_build):
    r = runner.invoke(app, ["tasks", str(seed_build), "--agency", "渝水区农粮局", "--role", "lead"],
                      env={"COLUMNS": "120"}, terminal_width=120)
    lines = r.stdout.splitlines()
    assert lines[0].strip() == "5 tasks — led by 渝水区农粮局; all in yushui-2022-pollution-battle"
    assert "plan" not in lines[2] and "no." in lines[2]
    # (its number, where it sits in the plan, its title, the role and the name as written)
    cells = [c.strip() for c in lines[4].split("│")]
    assert cells[1:3] == ["17", "（四）17"] and cells[3].startswith("深入推进耕地污染防治") and cells[4:6] == ["lead", "区农粮局"]
    r = runner.invoke(app, ["tasks", str(seed_build), "--search", "黑臭水体"], env={"COLUMNS": "120"}, terminal_width=120)
    assert "┃ plan" in r.stdout  # several plans: the column stays


def test_agencies_csv_joins_lists_as_every_csv_does(seed_build):
    a = _csv(["agencies", str(seed_build), "--format", "csv"]).set_index("agency_id")
    merged = a.loc["XX投资区/农林水与生态环境局"]
    assert merged.functions == "农业农村; 林业; 水利; 海洋渔业; 生态环境"  # 、 is inside names (党委、政府)
    assert merged.glosses.startswith("agriculture and rural affairs; forestry; ")


def test_plan_overlap_and_network_tables_keep_to_readable_columns(seed_build):
    env = {"COLUMNS": "200"}
    r = runner.invoke(app, ["overlap", str(seed_build), "--plans"], env=env, terminal_width=200)
    assert "similar pairs" in r.stdout and "shared_function_names" not in r.stdout
    assert "ecology, governance" in r.stdout and "ecology、" not in r.stdout
    r = runner.invoke(app, ["network", str(seed_build), "--metric", "broker"], env=env, terminal_width=200)
    header = next(ln for ln in r.stdout.splitlines() if "单位" in ln)
    assert "broker" in header and "betweenness" not in header and "eigenvector" not in header
    r = runner.invoke(app, ["network", str(seed_build), "--format", "csv"])
    assert {"betweenness", "eigenvector", "broker_score", "community"} <= set(r.stdout.splitlines()[0].split(","))


def test_agency_with_its_arguments_swapped_says_which_comes_first(seed_build):
    r = runner.invoke(app, ["agency", "渝水生态环境局", str(seed_build)])
    assert r.exit_code == 2
    assert r.stderr.strip() == (f"respgraph: 渝水生态环境局: no such build directory; the build comes first: "
                                f"`respgraph agency {seed_build} 渝水生态环境局`")


def test_concentration_and_shared_lead_tables_have_readable_headers(seed_build):
    env = {"COLUMNS": "200"}
    r = runner.invoke(app, ["workload", str(seed_build), "--report", "concentration"], env=env, terminal_width=200)
    row = next(ln for ln in r.stdout.splitlines() if "jingdezhen-2021-eco-work-points" in ln)
    assert "top lead" in r.stdout and "景德镇市生态环境局" in row and "43%" in row
    r = runner.invoke(app, ["workload", str(seed_build), "--report", "shared-lead"], env=env, terminal_width=200)
    header = next(ln for ln in r.stdout.splitlines() if "title" in ln)
    assert "plan_id" not in header and "n_leads" not in header and "function" in header
    assert "agriculture and rural" in r.stdout


def test_a_table_fits_the_terminal_it_is_printed_in(seed_build):
    # 80 columns: a table printed 120 wide wraps every one of its lines in the terminal
    import fcntl
    import os
    import pty
    import re
    import struct
    import subprocess
    import sys
    import termios

    from rich.cells import cell_len

    main, sub = pty.openpty()
    fcntl.ioctl(sub, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 80, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    p = subprocess.Popen([sys.executable, "-c", "from respgraph.cli import main; main()", "workload", str(seed_build),
                          "--limit", "3"], stdin=sub, stdout=sub, stderr=sub, env=env)
    os.close(sub)
    out = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.close(main)
    assert p.wait(timeout=60) == 0
    lines = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", out.decode("utf-8")).splitlines()
    # one table per plan that states responsibilities, and the one over all plans
    assert sum("top 3 of" in ln for ln in lines) == 5
    assert sum("all plans — top 3 of" in ln for ln in lines) == 1
    assert max(cell_len(ln) for ln in lines) <= 80


def test_the_excel_export_holds_the_overload_and_no_lead_tables_a_meeting_asks_for(seed_build, tmp_path):
    """A 督查室 exports to Excel for the 领导: besides the build's tables, the overloaded agencies
    (as `workload --overload --exclude-collectives`, with the plan's title and the reason in
    Chinese) and the tasks without a lead (as `tasks --no-lead`), every sheet filterable
    (was: the tables only, no filter; the overload table was in no sheet at all)."""
    from openpyxl import load_workbook

    xlsx = tmp_path / "领导.xlsx"
    r = runner.invoke(app, ["export", str(seed_build), "--format", "xlsx", "-o", str(xlsx)])
    assert r.exit_code == 0, r.output
    sheets = pd.read_excel(xlsx, sheet_name=None)
    assert list(sheets) == ["plans", "tasks", "assignments", "agencies", "functions", "pairs", "overload", "no_lead"]
    flagged = _csv(["workload", str(seed_build), "--overload", "--exclude-collectives", "--format", "csv"])
    ov = sheets["overload"]
    assert sorted(zip(ov["plan_id"], ov["name"])) == sorted(zip(flagged["plan_id"], flagged["name"]))
    yushui = ov[ov["plan_id"] == "yushui-2022-pollution-battle"].iloc[0]
    assert yushui["name"] == "渝水区生态环境局" and yushui["plan"] == "关于进一步加强生态环境保护深入打好污染防治攻坚战实施方案"
    assert yushui["原因"].startswith(f"牵头本规划 {yushui['plan_tasks']} 项任务中的 {yushui['tasks_led']} 项")
    assert yushui["reason"].startswith(f"leads {yushui['tasks_led']} of {yushui['plan_tasks']} tasks")
    assert "各乡镇（街道）" not in set(ov["name"])
    nolead = _csv(["tasks", str(seed_build), "--no-lead", "--format", "csv"])
    assert list(sheets["no_lead"]["task_id"]) == list(nolead["task_id"]) and len(nolead) > 0
    wb = load_workbook(xlsx)
    assert all(ws.auto_filter.ref == ws.dimensions and ws.freeze_panes == "A2" for ws in wb.worksheets)


def test_files_of_one_name_in_different_folders_get_plan_ids_told_apart_by_their_folders(tmp_path):
    """A tree by year and place holds 工作要点.txt in several folders: each is a plan, its id
    qualified by its folder (was: the second refused, 'plan id 工作要点 is already taken …;
    rename one of the files', and `extract` wrote both under one id, task ids twice over).
    Eight files, so that the process pool reads them too (six of them one plan: --keep-copies
    builds each, as a build by default leaves a copy out)."""
    import shutil

    from conftest import JINGDEZHEN, YUSHUI

    plans = tmp_path / "plans"
    for folder, src in (("2022/湖南", YUSHUI), ("2023/湖州", JINGDEZHEN)):
        (plans / folder).mkdir(parents=True)
        shutil.copy(src, plans / folder / "工作要点.txt")
    for i in range(6):
        shutil.copy(JINGDEZHEN, plans / f"p{i}.txt")
    r = runner.invoke(app, ["build", str(plans), "-r", "-j", "2", "--keep-copies", "--out", str(tmp_path / "o")])
    assert r.exit_code == 0, r.output
    assert "8 plans, " in r.stdout and "0 failures" in r.stdout and "already taken" not in r.stderr
    import respgraph

    b = respgraph.load(tmp_path / "o")
    assert {"湖南-工作要点", "湖州-工作要点"} <= set(b.plan_ids)
    assert len(b.tasks(plan="湖南-工作要点")) == 34 and b.plans().set_index("plan_id").loc["湖南-工作要点", "path"].endswith(
        "2022/湖南/工作要点.txt")
    r = runner.invoke(app, ["extract", str(plans), "-r", "-j", "1", "-o", str(tmp_path / "t.jsonl")])
    assert r.exit_code == 0, r.output
    recs = [json.loads(ln) for ln in (tmp_path / "t.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len({x["task_id"] for x in recs}) == len(recs)
    assert sum(x["plan_id"] == "湖南-工作要点" for x in recs) == 34
    assert {x["task_id"] for x in recs if x["plan_id"] == "湖州-工作要点"} >= {"湖州-工作要点:001"}
    # one of them alone keeps its plain id; two plans of one name side by side are told apart by
    # their formats (was: the second refused, 'plan id p0 is already taken … rename one of the files')
    r = runner.invoke(app, ["build", str(plans / "2022"), "-r", "--out", str(tmp_path / "o2")])
    assert respgraph.load(tmp_path / "o2").plan_ids == ["工作要点"]
    shutil.copy(YUSHUI, plans / "p0.htm")
    r = runner.invoke(app, ["build", str(plans / "p0.txt"), str(plans / "p0.htm"), "--out", str(tmp_path / "o3")])
    assert r.exit_code == 0 and "already taken" not in r.stderr, r.output
    b3 = respgraph.load(tmp_path / "o3")
    assert sorted(b3.plan_ids) == ["p0-htm", "p0-txt"]
    assert b3.plans().set_index("plan_id").loc["p0-htm", "path"].endswith("p0.htm")
    assert len(b3.tasks(plan="p0-htm")) == 34 and len(b3.tasks(plan="p0-txt")) == len(b.tasks(plan="湖州-工作要点"))


def test_json_output_writes_an_agency_id_as_it_is(seed_build):
    """pandas writes `/` as `\\/` in JSON: `workload --format json` held `XX投资区\\/农林水与生态环境局`,
    and a user searching it for the id (or the name with its place) found nothing. Same data."""
    r = runner.invoke(app, ["workload", str(seed_build), "--format", "json"])
    assert r.exit_code == 0, r.output
    assert '"agency_id": "渝水区/生态环境局"' in r.stdout and "\\/" not in r.stdout
    rows = json.loads(r.stdout)
    eco = next(x for x in rows if x["agency_id"] == "渝水区/生态环境局" and x["plan_id"] == "*")
    assert eco["functions"] == ["生态环境"] and eco["tasks_led"] == 11  # lists stay arrays, numbers numbers
    r = runner.invoke(app, ["tasks", str(seed_build), "--plan", "yushui-2022-pollution-battle", "--format", "json"])
    assert "data/plans/yushui-2022-pollution-battle.txt" in r.stdout and "\\/" not in r.stdout
