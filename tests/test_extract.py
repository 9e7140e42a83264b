"""Extract orchestration and ``respgraph extract``: through the API and through the CLI."""

from __future__ import annotations

import csv
import io
import json
import shutil

import pytest
from typer.testing import CliRunner

from conftest import SEEDS, XXZONE, YUSHUI
from respgraph.cli import app
from respgraph.extract import extract_file, extract_files, iter_extract, plan_id_for, task_to_dict
from respgraph.read import ReadError

runner = CliRunner()


def test_extract_file_ids_are_stable():
    a, b = extract_file(YUSHUI), extract_file(YUSHUI)
    assert a.meta.plan_id == "yushui-2022-pollution-battle"
    assert [t.task_id for t in a.tasks] == [t.task_id for t in b.tasks]
    assert a.tasks[0].task_id == "yushui-2022-pollution-battle:001"
    assert a.tasks[-1].task_id == "yushui-2022-pollution-battle:034"


def test_extract_file_unreadable_raises(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    with pytest.raises(ReadError):
        extract_file(bad)


def _seed_copies(tmp_path, rounds: int) -> list:
    """``rounds`` copies of the five seed plans, named ``<k>-<seed file name>``, in order."""
    paths = []
    for k in range(rounds):
        for s in SEEDS:
            p = tmp_path / f"{k}-{s.name}"
            shutil.copy(s, p)
            paths.append(p)
    return paths


def test_extract_files_order_errors_and_pool(tmp_path):
    paths = _seed_copies(tmp_path, 2)
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    paths.insert(3, bad)
    errors = []
    plans = extract_files(paths, workers=2, on_error=lambda p, r: errors.append((p, r)))
    assert [p.meta.path for p in plans] == [str(p) for p in paths if p != bad]
    assert len(errors) == 1 and errors[0][0] == str(bad) and errors[0][1]
    serial = extract_files(paths[:4], workers=1)
    assert [len(p.tasks) for p in serial] == [len(p.tasks) for p in plans[:3]]
    # what the workers send back is the very plan a serial run builds (offset map included)
    assert serial[:3] == plans[:3] and type(plans[0].document.offsets) is list


def test_iter_extract_streams_in_order_and_survives_a_killed_worker(tmp_path):
    """The pool hands plans on one by one, in input order; when a worker dies (here: killed
    for real after the first plan came back, as the out-of-memory killer would) the files
    not yet returned are extracted in this process and every one still gets its verdict."""
    import multiprocessing
    import os
    import signal

    paths = _seed_copies(tmp_path, 6)
    stream = iter_extract(paths, workers=2)
    first = next(stream)
    assert first[0] == str(paths[0]) and first[1].meta.title and first[2] is None
    workers = multiprocessing.active_children()
    assert workers, "the pool should be running while the stream is read"
    os.kill(workers[0].pid, signal.SIGKILL)
    rest = list(stream)
    assert [r[0] for r in [first, *rest]] == [str(p) for p in paths]
    assert all(plan is not None and problem is None for _, plan, problem in rest)
    serial = {s.name: len(extract_file(s).tasks) for s in SEEDS}
    assert [len(plan.tasks) for _, plan, _ in rest] == [serial[p.name.split("-", 1)[1]] for p in paths[1:]]


_OLDEST_GENERATION_CHECK = """
import gc, sys
from respgraph.extract import iter_extract
yushui, xxzone = sys.argv[1:3]
assert gc.get_freeze_count() == 0 and gc.isenabled()
plans, seen = [], []
for _, plan, _ in iter_extract([yushui, xxzone], workers=1):
    seen.append(gc.isenabled())
    plans.append(plan)
assert seen == [False, False] and gc.isenabled()
oldest = {id(o) for o in gc.get_objects(generation=2)}
assert len(plans) == 2 and all(id(p) in oldest for p in plans) and gc.get_freeze_count() == 0
gc.freeze()
frozen = gc.get_freeze_count()
assert [p is not None for _, p, _ in iter_extract([yushui], workers=1)] == [True]
# neither frozen again nor handed back: an unfreeze would empty the permanent generation; a few
# frozen objects freed meanwhile (an entry the re module's cache of patterns drops) leave it by
# deallocation, which is no handing back
assert frozen - 100 < gc.get_freeze_count() <= frozen, (frozen, gc.get_freeze_count())
print("ok")
"""


def test_a_serial_batch_runs_paused_and_hands_its_plans_to_the_oldest_generation():
    """One core: the collector stays paused across the batch (resumed between plans it walked
    every plan the caller keeps, again and again) and comes back after. The plans the batch
    made are long-lived: when it ends they are in the oldest generation (freeze, unfreeze), not
    left young for a pass that walks them all; and nothing someone kept out of the collector's
    sight (a built graph) is handed back to it. In a fresh interpreter: this process's collector
    state is the other tests' (a build freezes)."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _OLDEST_GENERATION_CHECK, str(YUSHUI), str(XXZONE)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]


def test_task_to_dict_contract():
    plan = extract_file(YUSHUI)
    d = task_to_dict(plan.tasks[13], plan)
    assert d["task_id"] == "yushui-2022-pollution-battle:014" and d["number"] == "14"
    assert d["title"] == "持续抓好城区黑臭水体治理"
    assert d["section"][-1] == "加强河湖系统治理，深入打好碧水提升攻坚战"
    assert d["campaign"] == "碧水提升攻坚战"
    assert {"text": "2022年6月底前", "year": 2022, "month": 6, "kind": "by"} in d["deadlines"]
    first = d["assignments"][0]
    assert (first["mention"], first["role"], first["basis"]) == ("城管渝水分局", "lead", "first_listed")
    src = first["source"]
    assert plan.document.text[src["start"] : src["end"]] == "城管渝水分局"
    assert src["clause"].startswith("（责任单位：城管渝水分局") and src["file"] == plan.meta.path
    assert d["assignments"][-1]["basis"] == "inherited"
    json.dumps(d, ensure_ascii=False)


def test_cli_jsonl_and_errors(tmp_path):
    bad = tmp_path / "nothing.txt"
    bad.write_bytes(b"\x00\x01\x02" * 10)
    result = runner.invoke(app, ["extract", str(XXZONE), str(bad), "--format", "jsonl"])
    assert result.exit_code == 0  # one plan was read; non-zero only with --strict (tests/test_hostile_cli.py)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 36 and rows[23]["number"] == "24"
    assert str(bad) in result.stderr and "Traceback" not in result.stderr


def test_cli_no_tasks_found(tmp_path):
    p = tmp_path / "letter.txt"
    p.write_text("关于召开会议的通知\n各单位：\n定于明天开会，请准时参加。\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(p)])
    assert result.exit_code == 0
    assert f"{p}: no tasks found" in result.stderr


def test_cli_no_tasks_says_what_was_read(tmp_path):
    # a contact list and a division of work among leaders name no unit's work: the note says what
    # the file is (was only "no tasks found"); a notice's 联系人：… line makes it no contact list
    contacts = tmp_path / "contacts.txt"
    contacts.write_text("XX街道防汛联络员一览表\n序号\t单位\t姓名\t职务\t手机\n1\t街道党政办\t唐勇\t主任\t13908260001\n"
                        "2\t街道应急办\t邓华\t副主任\t13908260002\n", encoding="utf-8")
    leaders = tmp_path / "leaders.txt"
    leaders.write_text("关于调整镇领导班子成员工作分工的通知\n郑国华：镇党委书记，主持镇党委全面工作。\n"
                       "徐卫东：镇党委副书记、镇长，主持镇政府全面工作。分管财政所。\n"
                       "周涛：镇党委委员、副镇长，负责农业农村工作。分管农业服务中心。联系新湾村。\n"
                       "陈晓：副镇长，负责安全生产工作。分管应急管理办。\n", encoding="utf-8")
    notice = tmp_path / "notice.txt"
    notice.write_text("关于召开会议的通知\n各单位：\n定于明天开会，请准时参加。\n联系人：张三，联系电话：13800000000\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(contacts), str(leaders), str(notice)])
    assert result.exit_code == 0
    assert f"{contacts}: a contact list (names and phone numbers), no work; no tasks found" in result.stderr
    assert f"{leaders}: a division of work among leaders (persons and the units each oversees), no unit's task; no tasks found" in result.stderr
    assert f"{notice}: no tasks found" in result.stderr


def test_cli_csv_one_row_per_assignment(tmp_path):
    out = tmp_path / "out.csv"
    result = runner.invoke(app, ["extract", str(YUSHUI), str(SEEDS[3]), "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    yushui = [r for r in rows if r["plan_id"] == "yushui-2022-pollution-battle"]
    plan = extract_file(YUSHUI)
    assert len(yushui) == sum(len(t.mentions) for t in plan.tasks)
    yichun = [r for r in rows if r["plan_id"] == plan_id_for(SEEDS[3])]
    assert yichun and all(r["agency"] == "" and r["flags"] == "no_clause" for r in yichun)
    assert len(yichun) == len(extract_file(SEEDS[3]).tasks)


def test_docx_division_table(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("某区大气污染防治工作方案")
    d.add_paragraph("一、重点任务分工")
    table = d.add_table(rows=3, cols=5)
    for k, h in enumerate(["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]):
        table.rows[0].cells[k].text = h
    for k, v in enumerate(["1", "推进燃煤锅炉淘汰。全面淘汰10蒸吨以下燃煤锅炉", "区生态环境局", "区发改委、区市场监管局；各街道", "2023年底前"]):
        table.rows[1].cells[k].text = v
    for k, v in enumerate(["2", "加强扬尘管控", "区住建局，区城管局", "区交通运输局", "2024年6月"]):
        table.rows[2].cells[k].text = v
    path = tmp_path / "division.docx"
    d.save(path)
    plan = extract_file(path)
    rows = [t for t in plan.tasks if t.kind == "table"]
    assert [(t.number, t.title) for t in rows] == [("1", "推进燃煤锅炉淘汰"), ("2", "加强扬尘管控")]
    first = [(m.text, m.role, m.basis) for m in rows[0].mentions]
    assert first == [("区生态环境局", "lead", "table"), ("区发改委", "support", "table"),
                     ("区市场监管局", "support", "table"), ("各街道", "support", "table")]
    assert [m.text for m in rows[1].mentions if m.role == "lead"] == ["区住建局", "区城管局"]
    assert (rows[0].deadlines[0].year, rows[0].deadlines[0].kind) == (2023, "by")
    assert rows[1].deadlines[0].year == 2024


def test_docx_table_plan_purpose_sentence_is_no_task(tmp_path):
    # 为…，制定本要点。重点任务分工如下。 above the division table: the preamble, not a task titled
    # 为持续改善全市环境空气质量，制定本要点 without a lead (it was one)
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("抚州市2023年大气污染防治工作要点")
    d.add_paragraph("为持续改善全市环境空气质量，制定本要点。重点任务分工如下。")
    table = d.add_table(rows=3, cols=4)
    for r, row in enumerate([["序号", "重点任务", "牵头单位", "责任单位"], ["1", "强化施工扬尘管控", "市城管局", "市住建局、市交通运输局"],
                             ["2", "开展餐饮油烟整治", "", ""]]):
        for k, v in enumerate(row):
            table.rows[r].cells[k].text = v
    d.add_paragraph("抚州市生态环境保护委员会办公室")
    path = tmp_path / "points.docx"
    d.save(path)
    plan = extract_file(path)
    assert [(t.kind, t.number, t.title) for t in plan.tasks] == [("table", "1", "强化施工扬尘管控"), ("table", "2", "开展餐饮油烟整治")]
    assert [(m.text, m.role) for m in plan.tasks[0].mentions] == [("市城管局", "lead"), ("市住建局", "support"), ("市交通运输局", "support")]


def test_paragraph_task_titles_keep_their_sentence():
    # near miss of the purpose sentence: a paragraph task's own title sentence is still read
    from respgraph.structure.tasks import lead_title

    assert lead_title("推进本地区燃煤锅炉淘汰。全面淘汰10蒸吨以下燃煤锅炉，市发改委负责。") == "推进本地区燃煤锅炉淘汰"
    assert lead_title("为持续改善全市环境空气质量，制定本要点。重点任务分工如下。") is None
    # a cover letter's note on the table's units is no title; a title naming 牵头单位 still is
    assert lead_title("责任单位栏中标注“牵头”的为牵头单位，其余为配合单位。各牵头单位每半年报送进展。") is None
    assert lead_title("清单中责任部门有多个的，排在第一位的为牵头部门。请认真落实。") is None
    assert lead_title("压实牵头单位责任。各牵头单位要会同配合单位细化措施，按月报送进展。") == "压实牵头单位责任"
    assert lead_title("明确县发改局为牵头单位。县发改局要统筹推进项目前期工作。") == "明确县发改局为牵头单位"
    # nor is the sentence passing the plan on (a paragraph task of a table-only notice, no lead)
    assert lead_title("现将《安福县2026年乡村振兴重点工作清单》印发给你们。责任单位栏中排第一位的为牵头单位。") is None
    assert lead_title("现将《实施方案》印发给你们，请认真贯彻落实。各单位每季度报送进展。") is None
    assert lead_title("印发配套实施细则。年底前制定出台5项配套政策，明确操作流程。") == "印发配套实施细则"


def test_a_bureaus_division_of_work_among_its_leaders_is_said_so():
    # 林海副局长：负责…，分管… (the title after the name, before the colon): a bureau's leaders and the
    # units each oversees (was only "no tasks found"); a 联系人 line or a task naming a 局长 is none
    from respgraph.structure.empty import empty_reason

    leaders = ("宁德市生态环境局关于调整局领导工作分工的通知\n陈建国局长：主持局全面工作，分管办公室、人事科。\n"
               "林海副局长：负责大气、水生态环境保护工作，分管大气环境科、水生态环境科。\n"
               "郑丽副局长：负责环评、固体废物管理工作，分管固体废物与化学品科。\n黄斌党组成员：负责执法监督工作，分管执法支队。\n")
    assert empty_reason(leaders, []) == "a division of work among leaders (persons and the units each oversees), no unit's task"
    notice = "关于报送材料的通知\n各科室：\n请于月底前报送。\n联系人：李明，电话：0791-86866000\n分管领导：王局长\n"
    assert empty_reason(notice, []) is None


def test_a_roster_of_a_bodys_units_is_said_so(tmp_path):
    # a 三定 规定's 内设机构 (（一）办公室。负责机关日常运转…): no task found, and the note says what the
    # file is; a plan whose 处室 lead tasks (牵头处室：…) is no roster
    from respgraph.structure.empty import empty_reason

    roster = tmp_path / "sanding.txt"
    roster.write_text("某省生态环境厅职能配置、内设机构和人员编制规定\n第一条 省生态环境厅是省政府组成部门。\n"
                      "第二条 省生态环境厅设下列内设机构：\n（一）办公室。负责机关日常运转工作。\n"
                      "（二）大气环境处。负责全省大气污染防治的监督管理。\n（三）水生态环境处。负责全省水环境质量改善工作。\n"
                      "第三条 直属单位\n省生态环境监测中心：承担全省生态环境监测工作。\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(roster)])
    assert f"{roster}: a roster of a body's units and their standing functions (内设机构), no work; no tasks found" in result.stderr
    assert not result.stdout.strip()
    plan = "某省生态环境厅2022年工作要点\n直属单位要抓好落实。\n1.推进臭氧污染防治。（牵头处室：大气环境处；配合处室：执法局）\n"
    assert empty_reason(plan, []) is None
