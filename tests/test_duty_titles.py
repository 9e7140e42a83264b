"""A duty statement naming a body item by its title gives the item its unit
(respgraph.structure.duty_titles): provenance to the duty line, the work counted once."""

from __future__ import annotations

import respgraph
from _extract import extract_text

_PLAN = """某市碳达峰工作方案

一、重点任务
（一）能源绿色低碳转型行动。严控煤炭消费增长，大力发展可再生能源。
（二）工业领域碳达峰行动。推动钢铁、建材、化工等行业节能降碳。
（三）交通运输绿色低碳行动。加快新能源汽车推广应用。

二、职责分工
市发展改革委：负责市领导小组办公室日常工作；牵头能源绿色低碳转型行动。
市工业和信息化局：牵头工业领域碳达峰行动。
市科技局：配合工业领域碳达峰行动。
"""


def _tasks(tmp_path, text=_PLAN):
    plan = extract_text(tmp_path, text)
    return plan, {t.title: t for t in plan.tasks}


def test_the_item_takes_the_unit_with_the_duty_line_as_its_clause(tmp_path):
    plan, tasks = _tasks(tmp_path)
    item = tasks["能源绿色低碳转型行动"]
    assert [(m.text, m.role) for m in item.mentions] == [("市发展改革委", "lead")]
    assert "no_clause" not in item.flags
    # the clause quotes the statement up to the piece naming the item, and its span locates both
    (clause,) = item.clauses
    assert clause.raw == "市发展改革委：负责市领导小组办公室日常工作；牵头能源绿色低碳转型行动"
    assert plan.document.text[clause.span.start : clause.span.end] == clause.raw
    m = item.mentions[0]
    assert plan.document.text[m.span.start : m.span.end] == "市发展改革委"


def test_a_statement_only_pointing_at_items_is_no_task_and_one_with_its_own_work_stays(tmp_path):
    _, tasks = _tasks(tmp_path)
    assert not any(t.startswith("市工业和信息化局") or t.startswith("市科技局") for t in tasks)
    # 配合 gives a support, 牵头 the lead, to one item
    assert [(m.text, m.role) for m in tasks["工业领域碳达峰行动"].mentions] == [("市工业和信息化局", "lead"), ("市科技局", "support")]
    own = tasks["市发展改革委：负责市领导小组办公室日常工作"]
    assert [(m.text, m.role) for m in own.mentions] == [("市发展改革委", "lead")]
    # an item no statement names keeps naming nobody
    assert tasks["交通运输绿色低碳行动"].mentions == []


def test_helpers_of_the_piece_naming_an_item_support_it_and_helpers_with_work_stay_a_duty(tmp_path):
    text = _PLAN.replace("市工业和信息化局：牵头工业领域碳达峰行动。", "市工业和信息化局：牵头工业领域碳达峰行动，市能源局配合。").replace(
        "市发展改革委：负责市领导小组办公室日常工作；牵头能源绿色低碳转型行动。", "市发展改革委：牵头能源绿色低碳转型行动，市财政局做好资金保障。"
    )
    _, tasks = _tasks(tmp_path, text)
    industry = tasks["工业领域碳达峰行动"]
    assert [(m.text, m.role) for m in industry.mentions] == [("市工业和信息化局", "lead"), ("市能源局", "support"), ("市科技局", "support")]
    assert industry.clauses[1].raw == "市工业和信息化局：牵头工业领域碳达峰行动，市能源局配合"
    assert not any(t.startswith("市工业和信息化局") for t in tasks)
    # 市财政局做好资金保障 is work of its own: the statement stays, the item takes the lead alone
    assert [(m.text, m.role) for m in tasks["能源绿色低碳转型行动"].mentions] == [("市发展改革委", "lead")]
    assert any(t.startswith("市发展改革委") for t in tasks)


def test_two_items_of_one_title_are_named_by_neither(tmp_path):
    text = _PLAN.replace("（三）交通运输绿色低碳行动。", "（三）能源绿色低碳转型行动。")
    plan, _ = _tasks(tmp_path, text)
    items = [t for t in plan.tasks if t.title == "能源绿色低碳转型行动"]
    assert len(items) == 2 and all(t.mentions == [] for t in items)
    assert any(t.title.startswith("市发展改革委") for t in plan.tasks)


def test_the_workload_counts_the_pointed_work_once_and_the_item_has_a_lead(tmp_path):
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "p.txt").write_text(_PLAN, encoding="utf-8")
    b = respgraph.build(plans)
    assert list(b.tasks(agency="市工业和信息化局", role="lead")["title"]) == ["工业领域碳达峰行动"]
    # (the Development and Reform Commission: the item it leads and its own office work)
    assert sorted(b.tasks(agency="市发展改革委", role="lead")["title"]) == ["市发展改革委：负责市领导小组办公室日常工作", "能源绿色低碳转型行动"]
    assert list(b.tasks_without_lead()["title"]) == ["交通运输绿色低碳行动"]


_LONG_TITLES = """某市碳达峰实施方案

一、重点任务
（一）推进能源绿色低碳转型，构建清洁低碳安全高效能源体系。严控煤炭消费增长，大力发展可再生能源。
（二）推动工业领域碳达峰，加快产业结构优化升级。推动钢铁、建材、化工等行业节能降碳。

二、职责分工
市发展改革委：牵头推进能源绿色低碳转型，构建清洁低碳安全高效能源体系。
市工业和信息化局：牵头推动工业领域碳达峰，推广节能技术。
"""


def test_a_title_with_a_comma_is_named_whole_or_by_its_first_phrase(tmp_path):
    plan, tasks = _tasks(tmp_path, _LONG_TITLES)
    energy = tasks["推进能源绿色低碳转型，构建清洁低碳安全高效能源体系"]
    assert [(m.text, m.role) for m in energy.mentions] == [("市发展改革委", "lead")]
    # the whole title over two pieces: the statement only points, no task of its own
    assert energy.clauses[0].raw == "市发展改革委：牵头推进能源绿色低碳转型，构建清洁低碳安全高效能源体系"
    assert not any(t.startswith("市发展改革委") for t in tasks)
    # the first phrase names the item; 推广节能技术 is work of the statement's own
    assert [(m.text, m.role) for m in tasks["推动工业领域碳达峰，加快产业结构优化升级"].mentions] == [("市工业和信息化局", "lead")]
    assert "市工业和信息化局：牵头推动工业领域碳达峰，推广节能技术" in tasks


_BY_NUMBER = """某县2024年重点工作实施方案

一、重点任务
1.推进产业升级。实施技术改造项目20个。
2.扩大有效投资。新开工亿元以上项目50个。
3.优化营商环境。开展营商环境提升专项行动。

二、职责分工
县工业和信息化局：负责第1项。
县发展改革局：牵头第2、3项任务。
"""


def test_items_named_by_number_take_the_unit_and_the_clause_quotes_the_statement(tmp_path):
    plan, tasks = _tasks(tmp_path, _BY_NUMBER)
    assert [(t.number, [(m.text, m.role) for m in t.mentions]) for t in plan.tasks] == [
        ("1", [("县工业和信息化局", "lead")]), ("2", [("县发展改革局", "lead")]), ("3", [("县发展改革局", "lead")])]
    (clause,) = tasks["扩大有效投资"].clauses
    assert clause.raw == "县发展改革局：牵头第2、3项任务"
    assert plan.document.text[clause.span.start : clause.span.end] == clause.raw


def test_a_number_no_one_item_holds_names_nothing(tmp_path):
    """Near misses: a number two chapters' items share (第（一）项 of 一、 and of 二、), an item the plan
    lacks (第6项), a bare count (负责全市3个乡镇…) and a number with another item's title stay statements."""
    two = """某市2024年生态环境保护工作方案

一、大气污染防治
（一）推进燃煤锅炉淘汰。淘汰10蒸吨以下燃煤锅炉。
（二）加强扬尘管控。落实建筑工地“六个百分百”。
二、水污染防治
（一）推进黑臭水体治理。完成5条黑臭水体整治。
（二）加强饮用水源保护。完成水源地规范化建设。

三、职责分工
市住房城乡建设局：牵头第（一）项任务。
市水利局：负责第6项。
市农业农村局：负责全市3个乡镇的农村环境整治。
市城管局：牵头（二）推进黑臭水体治理。
"""
    plan, tasks = _tasks(tmp_path, two)
    assert all(t.mentions == [] for t in plan.tasks if t.number)
    assert [t.title for t in plan.tasks if not t.number] == [
        "市住房城乡建设局：牵头第（一）项任务", "市水利局：负责第6项", "市农业农村局：负责全市3个乡镇的农村环境整治", "市城管局：牵头（二）推进黑臭水体治理"]


def test_a_number_of_a_heading_names_the_items_under_it(tmp_path):
    """第（二）项 where （二） heads 1. 2. naming no unit: both items take the unit; 第2项 the item 2."""
    text = """某市碳达峰实施方案

一、重点任务
（一）能源绿色低碳转型行动。严控煤炭消费增长，大力发展可再生能源。
（二）城乡建设碳达峰行动
1.推进城乡建设绿色低碳转型。推广绿色低碳建材和绿色建造方式。
2.加快提升建筑能效水平。全面推行绿色建筑设计标准。

二、职责分工
市发展改革委：牵头第（一）项任务。
市住房城乡建设局：牵头第（二）项任务。
市工业和信息化局：配合第2项。
"""
    plan, _ = _tasks(tmp_path, text)
    assert [(t.number, [(m.text, m.role) for m in t.mentions]) for t in plan.tasks] == [
        ("（一）", [("市发展改革委", "lead")]),
        ("1", [("市住房城乡建设局", "lead")]),
        ("2", [("市住房城乡建设局", "lead"), ("市工业和信息化局", "support")]),
    ]


_LED = """某市2024年能源绿色低碳发展工作方案

一、重点任务
（一）能源绿色低碳转型行动。大力发展风电、光伏发电，推进煤电节能降碳改造。（牵头单位：市发展改革委）
（二）工业领域碳达峰行动。推动钢铁、建材等重点行业节能降碳。
（三）城乡建设碳达峰行动。推广绿色建筑，推进既有建筑节能改造。（牵头单位：市住房城乡建设局）

二、职责分工
市发展改革委：牵头能源绿色低碳转型行动。
市工业和信息化局：牵头工业领域碳达峰行动；参与能源绿色低碳转型行动。
市自然资源和规划局：参与城乡建设碳达峰行动。
市生态环境局：牵头城乡建设碳达峰行动。
市财政局：负责统筹安排碳达峰专项资金。
"""


def test_a_duty_pointing_at_an_item_that_names_its_own_lead_supports_it_or_is_flagged(tmp_path):
    """An item naming its own lead ((一)…（牵头单位：市发展改革委）) pointed at by the list of duties:
    参与 adds a supporter, 牵头 by its own lead says it again, neither a task of its own (each was one,
    unflagged, the work counted twice); 牵头 by another body keeps the item's lead, the duty's clause
    with it, flagged duty_differs and said in the warnings. A duty with work of its own stays one."""
    plan, tasks = _tasks(tmp_path, _LED)
    units = {title: [(m.text, m.role) for m in t.mentions] for title, t in tasks.items()}
    assert units == {
        "能源绿色低碳转型行动": [("市发展改革委", "lead"), ("市工业和信息化局", "support")],
        "工业领域碳达峰行动": [("市工业和信息化局", "lead")],
        "城乡建设碳达峰行动": [("市住房城乡建设局", "lead"), ("市自然资源和规划局", "support")],
        "市财政局：负责统筹安排碳达峰专项资金": [("市财政局", "lead")],
    }
    building = tasks["城乡建设碳达峰行动"]
    assert building.flags == ["duty_differs"] and tasks["能源绿色低碳转型行动"].flags == []
    assert building.clauses[-1].raw == "市生态环境局：牵头城乡建设碳达峰行动"
    assert any("duty_differs" in w and "市生态环境局" in w for w in plan.warnings)
    # the supporter's clause is the duty line, its span locating it
    joined = tasks["能源绿色低碳转型行动"].clauses[-1]
    assert plan.document.text[joined.span.start : joined.span.end] == joined.raw == "市工业和信息化局：牵头工业领域碳达峰行动；参与能源绿色低碳转型行动"
