"""Frictions users met at stop 22, each asserted on real results through the CLI and the API:
a 分工 table saved as .csv, a quote doubled in a CSV cell, build's line for a file of no task,
the views of plans named in Chinese."""

from __future__ import annotations

import json
import re
from urllib.parse import unquote

from typer.testing import CliRunner

import respgraph
from respgraph.cli import app
from respgraph.extract import extract_file

runner = CliRunner()

# a 分工 table as a spreadsheet saves it as CSV: a title row, quoted cells (commas, a line
# break, quotes doubled inside them)
DIVISION_CSV = (
    '"2024年城区扬尘污染治理重点任务分工",,,,\n'
    "序号,重点任务,牵头单位,配合单位,完成时限\n"
    '1,"落实建筑工地""六个百分之百""要求，加强施工扬尘管控",区住建局,"区城管局,区生态环境分局",2024年6月底\n'
    '2,开展道路扬尘专项整治,区城管局,"区交通运输局\n区公安分局",2024年9月底\n'
    "3,推进裸露土地覆盖绿化,区自然资源局,,2024年12月底\n"
)


def _rows(jsonl: str) -> list[dict]:
    return [json.loads(line) for line in jsonl.splitlines() if line.strip()]


def _who(row: dict) -> list[tuple[str, str]]:
    return [(a["mention"], a["role"]) for a in row["assignments"]]


def test_a_division_table_saved_as_csv_is_a_plan(tmp_path):
    """A folder's .csv 分工 table is read (was: 'not read: 分工表.csv (not a plan format)'), by
    extract and build alike; respgraph's own CSV tables (English columns) in the folder are not."""
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "扬尘治理分工表.csv").write_text(DIVISION_CSV, encoding="utf-8-sig")
    r = runner.invoke(app, ["extract", str(plans), "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    rows = _rows(r.stdout)
    assert [x["number"] for x in rows] == ["1", "2", "3"]
    assert _who(rows[0]) == [("区住建局", "lead"), ("区城管局", "support"), ("区生态环境分局", "support")]
    assert _who(rows[1]) == [("区城管局", "lead"), ("区交通运输局", "support"), ("区公安分局", "support")]
    assert _who(rows[2]) == [("区自然资源局", "lead")]
    assert [[d["text"] for d in x["deadlines"]] for x in rows] == [["2024年6月底"], ["2024年9月底"], ["2024年12月底"]]
    # extract's own CSV written beside it is no plan: the next run reads the same one file
    r = runner.invoke(app, ["extract", str(plans), "--format", "csv", "-o", str(plans / "tasks.csv")])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["extract", str(plans), "--format", "jsonl"])
    assert [x["task_id"] for x in _rows(r.stdout)] == ["扬尘治理分工表:001", "扬尘治理分工表:002", "扬尘治理分工表:003"]
    assert "not read: tasks.csv" in r.stderr
    # build: the plan graphed; a build's CSV tables given back are no plans
    r = runner.invoke(app, ["build", str(plans), "--out", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    assert "1 plan, 3 tasks" in r.stdout
    tasks = respgraph.load(tmp_path / "out").tasks()
    assert sorted(tasks["task_id"]) == ["扬尘治理分工表:001", "扬尘治理分工表:002", "扬尘治理分工表:003"]
    r = runner.invoke(app, ["export", str(tmp_path / "out"), "--format", "csv", "-o", str(tmp_path / "exp")])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["report", str(tmp_path / "exp")])  # an export's folder: no build, and no folder of plans
    assert r.exit_code != 0 and "no graph.json here" in r.stderr
    # the API reads it as the CLI does
    plan = extract_file(plans / "扬尘治理分工表.csv")
    assert [t.number for t in plan.tasks] == ["1", "2", "3"]
    # as Excel saves it on a Chinese Windows: GBK, CRLF lines; read alike
    gbk = tmp_path / "gbk" / "分工表.csv"
    gbk.parent.mkdir()
    gbk.write_bytes(DIVISION_CSV.replace("\n", "\r\n").encode("gbk"))
    r = runner.invoke(app, ["extract", str(gbk.parent), "--format", "jsonl"])
    assert [(x["title"], _who(x)) for x in _rows(r.stdout)] == [(x["title"], _who(x)) for x in rows]


def test_a_quote_doubled_in_a_csv_cell_is_one_quote(tmp_path):
    """A quote in a quoted CSV cell is written twice (""六个百分之百""): the title and text hold
    it once, as the table's author wrote it (was ""六个百分之百"" in the title)."""
    p = tmp_path / "分工表.csv"
    p.write_text(DIVISION_CSV, encoding="utf-8")
    r = runner.invoke(app, ["extract", str(p), "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    first = _rows(r.stdout)[0]
    assert first["title"] == '落实建筑工地"六个百分之百"要求，加强施工扬尘管控'
    assert first["text"] == '落实建筑工地"六个百分之百"要求，加强施工扬尘管控'
    # the API: the same title, and the lead's span still slices its name out of the text
    plan = extract_file(p)
    task = plan.tasks[0]
    assert task.title == first["title"]
    from respgraph.read import read_document

    text = read_document(p).text
    assert [text[m.span.start : m.span.end] for c in task.clauses for m in c.mentions] == ["区住建局", "区城管局", "区生态环境分局"]
    # a cell quoted only in part (a quote opening its text, no comma inside) is as written
    q = tmp_path / "near.csv"
    q.write_text('序号,重点任务,牵头单位,配合单位\n1,"六个百分之百"落实到位,区住建局,区城管局\n', encoding="utf-8")
    near = _rows(runner.invoke(app, ["extract", str(q), "--format", "jsonl"]).stdout)
    assert [(x["title"], _who(x)) for x in near] == [('"六个百分之百"落实到位', [("区住建局", "lead"), ("区城管局", "support")])]


def test_build_says_why_a_file_holds_no_task(tmp_path):
    """build's line for a file of no task says what the file is, as extract's does (was a bare
    'no tasks found' beside extract's 'a contact list …; no tasks found')."""
    contacts = tmp_path / "联络员名单.txt"
    contacts.write_text("XX街道防汛联络员一览表\n序号\t单位\t姓名\t职务\t手机\n1\t街道党政办\t唐勇\t主任\t13908260001\n"
                        "2\t街道应急办\t邓华\t副主任\t13908260002\n", encoding="utf-8")
    notice = tmp_path / "notice.txt"
    notice.write_text("关于召开会议的通知\n各单位：\n定于明天开会，请准时参加。\n", encoding="utf-8")
    said = runner.invoke(app, ["extract", str(contacts), str(notice)]).stderr
    r = runner.invoke(app, ["build", str(contacts), str(notice), "--out", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    line = f"{contacts}: a contact list (names and phone numbers), no work; no tasks found"
    assert line in said and line in r.stderr
    assert f"{notice}: no tasks found" in said and f"{notice}: no tasks found" in r.stderr  # near miss: no reason to give
    # the library: the same words in the build's result
    from respgraph.pipeline import run_build

    res = run_build([contacts, notice], out=None, write=False)
    assert res.no_tasks == {"联络员名单": "a contact list (names and phone numbers), no work; no tasks found",
                            "notice": "no tasks found"}


def test_plan_views_keep_chinese_names(tmp_path):
    """The report's view of a plan named in Chinese is named as the plan is (was plan-plan.html
    for every such plan, numbered)."""
    plans = tmp_path / "plans"
    plans.mkdir()
    for name, lead in (("修水县河长制实施方案", "县水利局"), ("修水县扬尘治理工作方案", "县住建局")):
        (plans / f"{name}.txt").write_text(f"{name}\n\n一、重点任务\n\n1.推进重点工作。（牵头单位：{lead}）\n", encoding="utf-8")
    r = runner.invoke(app, ["build", str(plans), "--out", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["report", str(tmp_path / "out"), "-o", str(tmp_path / "rep")])
    assert r.exit_code == 0, r.output
    views = sorted(p.name for p in (tmp_path / "rep" / "views").glob("plan-*.html"))
    assert views == ["plan-修水县扬尘治理工作方案.html", "plan-修水县河长制实施方案.html"]
    page = (tmp_path / "rep" / "report.html").read_text(encoding="utf-8")
    hrefs = [unquote(h) for h in re.findall(r'href="(views/plan-[^"]+)"', page)]  # %-encoded in the page
    assert sorted(hrefs) == [f"views/{v}" for v in views]
    for href in hrefs:  # each link opens its own plan's view
        view = (tmp_path / "rep" / href).read_text(encoding="utf-8")
        own = href[len("views/plan-") : -len(".html")]
        other = ({"修水县河长制实施方案", "修水县扬尘治理工作方案"} - {own}).pop()
        assert own in view and other not in view
