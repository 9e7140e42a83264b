"""Where a task sits, as a user cites it (``Task.path``: ``三（二）1``, ``第二章第二节（四）``,
``附件2 · 一1``, a table row's 序号 under its section), carried into every output a user reads and
looked up where tasks are looked up (``tasks --task``, ``b.tasks(task=…)``, ``suggest --task``).

A plan numbers its items afresh under each heading: ``1.`` under ``（一）`` and ``1.`` under
``（二）`` had the same ``number`` and nothing else to cite them by.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from _extract import extract_text

# 三、重点任务 / （一） / （二） over 1. 2. items, the first with （1）（2） parts: five levels with the title
_FIVE_LEVELS = """某市2023年生态环境保护工作方案

为深入打好污染防治攻坚战，制定本方案。

一、总体要求
到2023年底，全市空气质量持续改善。

二、主要目标
细颗粒物浓度控制在35微克/立方米以内。

三、重点任务
（一）深入打好蓝天保卫战
1.强化工业污染治理。
（1）推进钢铁行业超低排放改造。完成3家企业改造。（牵头单位：市生态环境局；配合单位：市工业和信息化局）
（2）开展涉VOCs企业综合治理。（牵头单位：市生态环境局）
2.加强移动源管控。推进老旧车辆淘汰。（牵头单位：市公安局；配合单位：市交通运输局）
（二）深入打好碧水保卫战
1.推进城市黑臭水体治理。完成5条黑臭水体整治。（牵头单位：市住房和城乡建设局；配合单位：市生态环境局）
2.加强饮用水水源地保护。（牵头单位：市生态环境局；配合单位：市水利局）

四、保障措施
（一）加强组织领导。各地各部门要高度重视。

某市人民政府
2023年3月1日
"""

_CHAPTERS = """某县“十四五”生态环境保护规划

第一章 发展基础
“十三五”期间，全县生态环境质量明显改善。

第二章 主要任务
第一节 推进绿色低碳发展
（一）优化产业结构。严格控制高耗能项目。（牵头单位：县发展和改革委员会；配合单位：县工业和信息化局）
（二）调整能源结构。推进清洁能源替代。（牵头单位：县发展和改革委员会）
第二节 改善大气环境质量
（一）加强工业源治理。推进重点行业深度治理。（牵头单位：县生态环境局）
（二）加强扬尘管控。落实“六个百分百”要求。（牵头单位：县住房和城乡建设局；配合单位：县城市管理局）
（三）治理餐饮油烟。（牵头单位：县城市管理局）
（四）强化秸秆禁烧。（牵头单位：县农业农村局；配合单位：各乡镇人民政府）

第三章 保障措施
加强组织领导，落实各方责任。
"""

# titled paragraphs without numbers under （一） / （二）
_PARAGRAPHS = """某区2024年大气污染防治工作要点

一、主要任务
（一）深入打好蓝天保卫战
强化扬尘管控。严格落实施工工地扬尘防治措施。（责任单位：区住房和城乡建设局）
推进VOCs治理。开展重点企业VOCs排查整治。（责任单位：区生态环境分局）
（二）深入打好碧水保卫战
加强黑臭水体治理。巩固建成区黑臭水体治理成效。（责任单位：区水务局）
推进污水管网建设。新建污水管网10公里。（责任单位：区水务局、区住房和城乡建设局）
"""

_TABLE = ("某县2023年农村人居环境整治重点任务分工方案\n\n一、重点任务\n\n"
          "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
          "1\t推进农村厕所革命\t县农业农村局\t县卫生健康委员会\t2023年12月底前\n"
          "2\t推进农村生活垃圾治理\t县城市管理局\t各乡镇人民政府\t2023年12月底前\n"
          "3\t推进农村生活污水治理\t县生态环境局\t县水利局\t2023年12月底前\n\n"
          "二、保障措施\n加强组织领导。\n")

# two attachments, each numbering its items from 一、 and 1. again
_ATTACHMENTS = """某市2023年生态环境保护工作要点

附件1
某市2023年大气污染防治工作要点
一、工业源治理
1.开展钢铁企业超低排放改造。（牵头单位：市生态环境局；配合单位：市工业和信息化局）
2.开展锅炉综合整治。（牵头单位：市市场监督管理局）

附件2
某市2023年水污染防治工作要点
一、城市水环境治理
1.推进黑臭水体治理。（牵头单位：市住房和城乡建设局）
2.推进工业园区污水处理设施建设。（牵头单位：市生态环境局；配合单位：市工业和信息化局）
"""

# the division table attached after the signature: its rows are the tasks, 序号 under 附件
_ATTACHED_TABLE = ("某县2023年秸秆综合利用工作方案\n\n一、工作目标\n全县秸秆综合利用率稳定在95%以上。\n\n"
                   "二、重点任务\n（一）推进秸秆肥料化利用。\n（二）推进秸秆饲料化利用。\n\n"
                   "附件：某县2023年秸秆综合利用重点任务分工表\n\n某县人民政府办公室\n2023年3月10日\n\n附件\n\n"
                   "某县2023年秸秆综合利用重点任务分工表\n\n序号\t工作任务\t牵头单位\t配合单位\n"
                   "1\t推进秸秆肥料化利用\t县农业农村局\t各乡镇人民政府\n"
                   "2\t推进秸秆饲料化利用\t县农业农村局\t县畜牧兽医局\n"
                   "3\t加强秸秆禁烧监管\t县生态环境局\t各乡镇人民政府\n")


def _paths(tmp_path, text: str) -> dict[str, str]:
    """title -> path of the plan ``text``'s tasks."""
    return {t.title: t.path for t in extract_text(tmp_path, text).tasks}


def _lead(plan, path: str) -> list[str]:
    return [m.text for t in plan.tasks if t.path == path for m in t.mentions if m.role == "lead"]


def test_items_numbered_afresh_under_each_heading_are_cited_by_their_headings(tmp_path):
    plan = extract_text(tmp_path, _FIVE_LEVELS)
    paths = {t.title: t.path for t in plan.tasks}
    assert paths["推进城市黑臭水体治理"] == "三（二）1"
    assert _lead(plan, "三（二）1") == ["市住房和城乡建设局"]
    assert paths["推进钢铁行业超低排放改造"] == "三（一）1（1）"
    assert paths["加强移动源管控"] == "三（一）2"
    # near miss: the two items numbered 2 under （一） and （二） share their number, not their path
    assert [t.number for t in plan.tasks if t.title in ("加强移动源管控", "加强饮用水水源地保护")] == ["2", "2"]
    assert paths["加强饮用水水源地保护"] == "三（二）2"
    assert len(set(paths.values())) == len(plan.tasks)


def test_chapters_and_sections_are_cited_whole(tmp_path):
    paths = _paths(tmp_path, _CHAPTERS)
    assert paths["强化秸秆禁烧"] == "第二章第二节（四）"
    assert paths["优化产业结构"] == "第二章第一节（一）"
    assert paths["加强工业源治理"] == "第二章第二节（一）"  # (the same （一）, under the next 节)


def test_a_titled_paragraph_without_a_number_is_cited_by_its_place(tmp_path):
    paths = _paths(tmp_path, _PARAGRAPHS)
    assert paths["推进VOCs治理"] == "一（一）第2段"
    assert paths["加强黑臭水体治理"] == "一（二）第1段"
    assert paths["推进污水管网建设"] == "一（二）第2段"


def test_a_table_row_is_cited_by_its_serial_under_its_section(tmp_path):
    paths = _paths(tmp_path, _TABLE)
    assert paths["推进农村生活垃圾治理"] == "一 · 2"
    assert paths["推进农村厕所革命"] == "一 · 1"


def test_attachments_numbering_afresh_are_told_apart(tmp_path):
    plan = extract_text(tmp_path, _ATTACHMENTS)
    paths = {t.title: t.path for t in plan.tasks}
    assert paths["开展钢铁企业超低排放改造"] == "附件1 · 一1"
    assert paths["推进黑臭水体治理"] == "附件2 · 一1"
    assert _lead(plan, "附件2 · 一1") == ["市住房和城乡建设局"]
    paths = _paths(tmp_path, _ATTACHED_TABLE)
    assert paths["加强秸秆禁烧监管"] == "附件 · 3"


def test_duties_under_each_unit_and_bulleted_items(tmp_path):
    duties = ("某省河湖长制成员单位职责\n\n省水利厅\n（1）承担省河长制办公室日常工作。\n（2）牵头组织河湖“清四乱”常态化规范化。\n"
              "省生态环境厅\n（1）负责水污染防治的统一监督指导。\n（2）会同省水利厅开展入河排污口监督管理。\n")
    paths = _paths(tmp_path, duties)
    assert paths["负责水污染防治的统一监督指导"] == "省生态环境厅（1）"
    assert paths["承担省河长制办公室日常工作"] == "省水利厅（1）"


def test_an_items_enumerated_parts_are_cited_by_their_part(tmp_path):
    text = ("某市2023年生态环境保护工作要点\n\n一、持续深入打好污染防治攻坚战\n"
            "（一）深入打好碧水保卫战。一是推进城镇污水处理提质增效，新建改造污水管网80公里（责任单位：市城管局）；"
            "二是加强工业园区污水整治，完成园区污水管网排查（责任单位：市生态环境局）。\n"
            "（二）深入打好净土保卫战。推进受污染耕地安全利用。（责任单位：市农业农村局）\n")
    plan = extract_text(tmp_path, text)
    assert [(t.number, t.path) for t in plan.tasks] == [("（一）", "一（一）一是"), ("（一）", "一（一）二是"), ("（二）", "一（二）")]
    assert _lead(plan, "一（一）二是") == ["市生态环境局"]


def test_a_path_is_found_as_people_type_it(tmp_path):
    import networkx as nx

    from respgraph.analysis.task_lookup import normalised, one_task_id, task_ids_at

    assert normalised("三、(二) 1.") == "三（二）1" and normalised("附件1 · 12") == "附件1·12"
    g = nx.MultiDiGraph()
    for plan in ("p", "q"):
        for seq, path in enumerate(["三（二）1", "三（二）12", "附件1 · 2"], 1):
            g.add_node(f"task:{plan}:{seq:03d}", type="Task", task_id=f"{plan}:{seq:03d}", plan_id=plan, seq=seq, path=path)
    assert task_ids_at(g, "p:三(二)1") == ["p:001"]  # near miss: not 三（二）12
    assert task_ids_at(g, "q:三（二）") == ["q:001", "q:002"]  # a heading's: its tasks
    assert task_ids_at(g, "p:附件12") == []  # (附件1 · 2 is no 附件12)
    assert one_task_id(g, "三（二）1") == (None, "三（二）1 is 2 tasks: p:001, q:001 (give PLAN:三（二）1 or the task id)")


def _run(*args):
    from typer.testing import CliRunner

    from respgraph.cli import app

    result = CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("paths")
    plans = root / "plans"
    plans.mkdir()
    (plans / "five.txt").write_text(_FIVE_LEVELS, encoding="utf-8")
    (plans / "table.txt").write_text(_TABLE, encoding="utf-8")
    _run("build", plans, "--out", root / "out")
    return root


def test_every_output_carries_the_path(built):
    import openpyxl

    import respgraph

    out, plans = built / "out", built / "plans"
    records = [json.loads(x) for x in _run("extract", plans / "five.txt", "--format", "jsonl").splitlines() if x.strip()]
    assert {r["title"]: r["path"] for r in records}["推进城市黑臭水体治理"] == "三（二）1"
    rows = list(csv.DictReader(io.StringIO(_run("extract", plans / "table.txt", "--format", "csv"))))
    assert {r["title"]: r["path"] for r in rows}["推进农村生活垃圾治理"] == "一 · 2"
    b = respgraph.load(out)
    assert b.graph.nodes["task:five:004"]["path"] == "三（二）1"
    assert set(b.assignments().query("task_id == 'five:004'")["task_path"]) == {"三（二）1"}
    assert b.tasks(task="five:三（二）1")["title"].tolist() == ["推进城市黑臭水体治理"]
    assert b.tasks(task="三（一）", plan="five")["path"].tolist() == ["三（一）1（1）", "三（一）1（2）", "三（一）2"]
    got = json.loads(_run("tasks", out, "--task", "five:三(二)1", "-f", "json"))
    assert [(r["path"], r["leads"]) for r in got] == [("三（二）1", ["某市住房和城乡建设局"])]
    assert "三（二）1" in _run("tasks", out, "--plan", "five")  # the table's "where" column
    from typer.testing import CliRunner

    from respgraph.cli import app

    missed = CliRunner().invoke(app, ["tasks", str(out), "--task", "five:三（三）1"])
    assert "no task matches" in missed.stdout and "the where column" in missed.stderr
    _run("export", out, "-f", "graphml", "-o", built / "g.graphml")
    assert "三（二）1" in (built / "g.graphml").read_text(encoding="utf-8")
    _run("export", out, "-f", "xlsx", "-o", built / "t.xlsx")
    sheet = list(openpyxl.load_workbook(built / "t.xlsx")["tasks"].values)
    assert "一 · 2" in [r[sheet[0].index("path")] for r in sheet[1:]]


def test_the_view_tooltip_says_where_the_task_sits(built):
    from respgraph.viz.render import _task_tip

    import respgraph

    b = respgraph.load(built / "out")
    tip = dict(_task_tip(b.graph, "task:five:004", b.graph.nodes["task:five:004"], None))
    assert tip["位置 Where"] == "三（二）1"
