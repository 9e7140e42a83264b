"""A duty statement's clause is its head alone (`县检察院：负责`): the views' tooltips and
``b.provenance`` quote it with the sentence it stands in, read off the task's text by its span,
so that what the body was made responsible for can be checked. A clause that says the work
itself (`（责任单位：…）`, a long clause) is quoted as it is.

Fixture: tests/fixtures/duty_sentences, a county's 河长制 duty list (成员单位责任分工)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import respgraph
from respgraph.cli import app
from respgraph.graph.clause_context import clause_sentence

FIXTURE = Path(__file__).parent / "fixtures" / "duty_sentences"
PROCURATORATE = "县检察院：负责开展涉水领域公益诉讼检察工作。"


@pytest.fixture(scope="module")
def build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("duty") / "out"
    r = CliRunner().invoke(app, ["build", str(FIXTURE), "--out", str(out)])
    assert r.exit_code == 0, r.output
    return out


def test_a_thin_clause_is_quoted_with_its_sentence():
    text = "县检察院：负责开展涉水领域公益诉讼检察工作。县公安局：负责打击涉河违法犯罪。"
    task = {"text": text, "start": 100}
    assert clause_sentence("县检察院：负责", 100, 107, task) == PROCURATORATE
    # the second sentence's head: its own sentence, not the first's
    assert clause_sentence("县公安局：负责", 122, 129, task) == "县公安局：负责打击涉河违法犯罪。"
    # a clause standing after the work in its sentence: the whole sentence, from its start
    task = {"text": "负责推进工业绿色发展，会同市生态环境局推进工业企业退城入园。", "start": 0}
    assert clause_sentence("会同市生态环境局", 11, 19, task) == task["text"]


def test_a_clause_that_says_its_work_is_its_own_quote():
    closing = "（责任单位：区发改委）"
    task = {"text": "推进清洁能源替代。" + closing, "start": 0}
    assert clause_sentence(closing, 9, 9 + len(closing), task) is None  # (closes its task)
    short = "区水利局牵头。"
    assert clause_sentence("区水利局牵头", 0, 6, {"text": short, "start": 0}) is None  # (closes its sentence)
    # a long clause holds enough to audit
    long = "县农业农村局：负责农业面源污染防治，配合县生态环境局"
    assert clause_sentence(long, 0, len(long), {"text": long + "做好畜禽养殖污染治理。", "start": 0}) is None
    # a span that is not the task's text: nothing is made up
    assert clause_sentence("县检察院：负责", 5, 12, {"text": PROCURATORATE, "start": 0}) is None
    assert clause_sentence("县检察院：负责", None, None, {"text": PROCURATORATE, "start": 0}) is None


def test_provenance_of_a_duty_statement_quotes_its_sentence(build):
    b = respgraph.load(build)
    rows = b.assignments().set_index("agency")
    p = b.provenance(rows.loc["清远县人民检察院"])
    assert (p.clause, p.sentence) == ("县检察院：负责", PROCURATORATE)
    # its line names the task by its title, here that sentence: it is said once, not again after the clause
    assert str(p).count("开展涉水领域公益诉讼检察工作") == 1 and "「县检察院：负责」" in str(p)
    assert p._repr_html_().count("开展涉水领域公益诉讼检察工作") == 1
    # the clause as read stays the span the unit came from
    assert p.source_text() == "县检察院：负责"


def test_the_views_tooltips_quote_the_sentence(build, tmp_path):
    out = tmp_path / "plan.html"
    plan = respgraph.load(build).plans()["plan_id"].iloc[0]
    r = CliRunner().invoke(app, ["viz", str(build), "--view", "plan", "--plan", plan, "--out", str(out)])
    assert r.exit_code == 0, r.output
    page = out.read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S).group(1))
    edge_tips = [dict(map(tuple, e["tip"])) for e in data["edges"] if e.get("etype") == "LEADS"]
    procurator = next(t for t in edge_tips if t.get("原文条款 Clause") == "县检察院：负责")
    assert procurator["原文句子 Sentence"] == PROCURATORATE
    task_tip = next(n["tip"] for n in data["nodes"] if n.get("ntype") == "Task" and "检察" in n["label"])
    # the task's tooltip opens with its title, the paragraph's sentence: not quoted again under it
    assert ["任务 Task", PROCURATORATE.rstrip("。")] in task_tip and not any(k == "原文句子 Sentence" for k, _ in task_tip)
    # near miss: the long clause of 县农业农村局 has no sentence row
    farm = [t for t in edge_tips if str(t.get("原文条款 Clause", "")).startswith("县农业农村局")]
    assert farm and all("原文句子 Sentence" not in t for t in farm)


def test_the_tasks_table_shows_what_a_duty_statement_makes_the_unit_do(build):
    """`respgraph tasks out --plan P` of a duty list showed each unit's name as the task and
    `县检察院：负责` as its clause: nothing of the duty. The table's clause column gives the
    sentence of a thin clause; CSV keeps the clause as read (its text column has the duty)."""
    runner = CliRunner()
    r = runner.invoke(app, ["tasks", str(build), "--limit", "0"], env={"COLUMNS": "240"})
    assert r.exit_code == 0, r.output
    # the paragraph's title is its sentence: the clause column keeps the clause (it said the title again)
    assert r.stdout.count("开展涉水领域公益诉讼检察工作") == 1 and "县检察院：负责 @" in r.stdout
    # near miss: the long clause is shown as it is (its sentence goes on: 做好畜禽养殖污染治理)
    farm = next(line for line in r.stdout.splitlines() if "#003" in line)
    assert farm.rstrip(" │").endswith("县农业农村局：负责农业面源污染防治，配合县生态环境局 @196")
    csv = runner.invoke(app, ["tasks", str(build), "--format", "csv"])
    assert ",县检察院：负责," in csv.stdout


def test_the_workbooks_tasks_sheet_has_the_sentence_beside_the_clause(build, tmp_path):
    import pandas as pd

    book = tmp_path / "b.xlsx"
    assert CliRunner().invoke(app, ["export", str(build), "--format", "xlsx", "-o", str(book)]).exit_code == 0
    sheet = pd.read_excel(book, sheet_name="tasks")
    cols = list(sheet.columns)
    assert cols[cols.index("clause") + 1] == "clause_sentence"
    rows = sheet.set_index("clause")["clause_sentence"]
    assert rows["县检察院：负责"] == PROCURATORATE
    assert rows.isna()["县农业农村局：负责农业面源污染防治，配合县生态环境局"]  # (near miss: long enough)


WORDINGS = Path(__file__).parent / "fixtures" / "wordings"
NOTE = "（以下均需各乡镇人民政府落实，不再列出）"


@pytest.fixture(scope="module")
def lines_build(tmp_path_factory) -> Path:
    """A note line over items (its clause outside the tasks' texts), duty paragraphs titled by
    their whole first sentence, and the near misses: duty items titled by their unit alone, a
    unit's name alone on the line over its duties."""
    import shutil

    plans = tmp_path_factory.mktemp("lines") / "plans"
    plans.mkdir()
    for name in ("note-line-over-items-quoted", "duty-paragraphs-titled-by-their-sentence", "duty-items", "duty-unit-lines"):
        shutil.copy(WORDINGS / f"{name}.txt", plans)
    out = plans.parent / "out"
    r = CliRunner().invoke(app, ["build", str(plans), "--out", str(out)])
    assert r.exit_code == 0, r.output
    return out


def _view_tips(build: Path, plan: str, tmp_path: Path) -> tuple[dict, list[dict]]:
    out = tmp_path / f"{plan}.html"
    r = CliRunner().invoke(app, ["viz", str(build), "--view", "plan", "--plan", plan, "--out", str(out)])
    assert r.exit_code == 0, r.output
    page = out.read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S).group(1))
    nodes = {n["label"]: n["tip"] for n in data["nodes"] if n.get("ntype") == "Task"}
    return nodes, [dict(map(tuple, e["tip"])) for e in data["edges"] if e.get("etype") in ("LEADS", "SUPPORTS")]


def test_a_clause_on_a_line_over_its_items_is_quoted_with_that_line(lines_build, tmp_path):
    """`（以下均需各乡镇人民政府落实，不再列出）` over items 1 and 2 gives each 各乡镇人民政府 as
    written there: the task's text does not hold it, so the tooltip quoted `各乡镇人民政府` with
    no sentence. The build keeps the line's sentence on the edge."""
    b = respgraph.load(lines_build)
    towns = b.assignments().query("plan_id == 'note-line-over-items-quoted' and mention == '各乡镇人民政府'")
    assert sorted(towns["task_id"]) == ["note-line-over-items-quoted:001", "note-line-over-items-quoted:002"]
    p = b.provenance(towns.iloc[0])
    assert (p.clause, p.sentence) == ("各乡镇人民政府", NOTE)
    _, edges = _view_tips(lines_build, "note-line-over-items-quoted", tmp_path)
    towns_tips = [t for t in edges if t.get("原文条款 Clause") == "各乡镇人民政府"]
    assert len(towns_tips) == 2 and all(t["原文句子 Sentence"] == NOTE for t in towns_tips)
    # near miss: a clause closing its item says its work: no sentence
    assert all("原文句子 Sentence" not in t for t in edges if str(t.get("原文条款 Clause", "")).startswith("（县"))
    r = CliRunner().invoke(app, ["tasks", str(lines_build), "--agency", "各乡镇人民政府", "--plan", "note-line-over-items-quoted"],
                           env={"COLUMNS": "240"})
    assert r.exit_code == 0 and NOTE in r.stdout
    # near miss: a unit's name alone on its line over its duties adds nothing to quote
    water = b.assignments().query("plan_id == 'duty-unit-lines' and mention == '县水利局'")
    water = water[water["clause"] == "县水利局"]
    assert len(water) == 2 and all(b.provenance(row).sentence is None for _, row in water.iterrows())


def test_a_duty_paragraph_titled_by_its_sentence_is_not_quoted_again(lines_build, tmp_path):
    """`县水利局：负责河湖管理范围划定和岸线管理。` is titled by that sentence: the task's tooltip, the
    tasks table and the provenance line quoted it a second time beside its title. The edge's
    tooltip (no title) and the workbook's column keep it; a duty item titled by its unit alone
    (`1.县发展改革局：负责…`) keeps its sentence everywhere."""
    import pandas as pd

    plan = "duty-paragraphs-titled-by-their-sentence"
    nodes, edges = _view_tips(lines_build, plan, tmp_path)
    water = next(tip for label, tip in nodes.items() if label.startswith("县水利局"))
    assert ["原文条款 Clause", "县水利局：负责"] in water and not any(k == "原文句子 Sentence" for k, _ in water)
    # an edge's tooltip shows no title: it keeps the sentence
    assert any(t.get("原文句子 Sentence") == "县水利局：负责河湖管理范围划定和岸线管理。" for t in edges)
    r = CliRunner().invoke(app, ["tasks", str(lines_build), "--plan", plan], env={"COLUMNS": "240"})
    assert re.search(r"│ 县水利局：负责 @\d+ ", r.stdout) and r.stdout.count("岸线管理") == 1
    book = tmp_path / "b.xlsx"
    assert CliRunner().invoke(app, ["export", str(lines_build), "--format", "xlsx", "-o", str(book)]).exit_code == 0
    sheet = pd.read_excel(book, sheet_name="tasks").set_index("task_id")
    assert sheet.loc[f"{plan}:001", "clause_sentence"] == "县水利局：负责河湖管理范围划定和岸线管理。"  # (a column of data)
    # near miss: titled by its unit alone, the duty is its sentence
    assert sheet.loc["duty-items:001", "clause_sentence"] == "县发展改革局：负责统筹推进能源结构调整，牵头做好煤炭消费总量控制工作。"
    assert sheet.loc["note-line-over-items-quoted:001", "clause"] == "（县城管局牵头，县财政局配合）"
    b = respgraph.load(lines_build)
    lead = b.assignments().query("task_id == 'duty-items:001'").iloc[0]
    assert b.provenance(lead).sentence == "县发展改革局：负责统筹推进能源结构调整，牵头做好煤炭消费总量控制工作。"
