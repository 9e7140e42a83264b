"""Plans held in one file: each task's section opens with the title of the plan it stands in."""

from __future__ import annotations

from _extract import extract_text

TWO_PLANS = (
    "某市人民政府办公室关于印发某市黑臭水体治理实施方案和某市入河排污口整治工作方案的通知\n\n"
    "各区人民政府，市政府各部门：\n　　《某市黑臭水体治理实施方案》《某市入河排污口整治工作方案》已经市政府同意，现印发给你们。\n\n"
    "附件：1.某市黑臭水体治理实施方案\n　　　2.某市入河排污口整治工作方案\n\n某市人民政府办公室\n2020年5月9日\n\n"
    "附件1\n\n某市黑臭水体治理实施方案\n\n一、主要任务\n"
    "（一）控源截污。推进雨污分流改造。（牵头单位：市城乡建设局；配合单位：市城管局）\n"
    "（二）内源治理。实施清淤疏浚。（牵头单位：市城管局；配合单位：市水务局）\n\n"
    "附件2\n\n某市入河排污口整治工作方案\n\n一、主要任务\n"
    "（一）开展排污口排查。（牵头单位：市生态环境局；配合单位：市水务局）\n"
)


def test_each_task_opens_its_section_with_its_plans_title(tmp_path):
    p = extract_text(tmp_path, TWO_PLANS)
    assert [(t.number, t.section) for t in p.tasks] == [
        ("（一）", ["某市黑臭水体治理实施方案", "主要任务"]),
        ("（二）", ["某市黑臭水体治理实施方案", "主要任务"]),
        ("（一）", ["某市入河排污口整治工作方案", "主要任务"]),
    ]


def test_a_compilations_plans_numbered_after_its_contents(tmp_path):
    # a 汇编: its 目录 lists the plans' titles first; each task is the plan's printed after it
    text = (
        "某区生态环境保护工作文件汇编\n\n目录\n一、某区2022年大气污染防治工作方案\n二、某区2022年水污染防治工作方案\n\n"
        "一、某区2022年大气污染防治工作方案\n\n　　一、重点任务\n　　1.加强扬尘管控。牵头单位：区住建局；责任单位：区城管局。\n\n"
        "二、某区2022年水污染防治工作方案\n\n　　一、重点任务\n　　1.推进管网建设。牵头单位：区住建局；责任单位：区发改委。\n"
    )
    p = extract_text(tmp_path, text)
    assert [t.section[0] for t in p.tasks] == ["某区2022年大气污染防治工作方案", "某区2022年水污染防治工作方案"]
    # both number their task 一、1.: the path names the plan (task_paths); near miss below: the
    # attachments' labels already tell TWO_PLANS' tasks apart
    assert [t.path for t in p.tasks] == ["《某区2022年大气污染防治工作方案》一1", "《某区2022年水污染防治工作方案》一1"]
    assert [t.path for t in extract_text(tmp_path, TWO_PLANS).tasks] == ["附件1 · 一（一）", "附件1 · 一（二）", "附件2 · 一（一）"]


def test_near_misses_one_plan_keeps_its_sections(tmp_path):
    # a plan and its own 分工表 (titled by it or as a list after it) are one plan
    text = (
        "某县2023年秸秆禁烧工作方案\n\n一、重点任务\n（一）落实网格化监管。（牵头单位：县农业农村局；配合单位：各乡镇）\n\n"
        "附件\n\n某县2023年秸秆禁烧重点任务分工表\n\n序号\t重点任务\t牵头单位\t配合单位\n1\t开展巡查\t县农业农村局\t县公安局\n"
    )
    p = extract_text(tmp_path, text)
    assert all(not t.section or not t.section[0].startswith("某县2023年秸秆禁烧") for t in p.tasks)
    # a portal's link to another plan names no plan of this file
    linked = TWO_PLANS.split("附件2")[0] + "相关链接：\n1.某市“十四五”生态环境保护规划\n"
    assert [t.section for t in extract_text(tmp_path, linked).tasks] == [["主要任务"], ["主要任务"]]


def test_an_attachments_label_and_title_on_one_line(tmp_path):
    text = TWO_PLANS.replace("附件1\n\n某市黑臭水体治理实施方案", "附件1：某市黑臭水体治理实施方案").replace(
        "附件2\n\n某市入河排污口整治工作方案", "附件2：某市入河排污口整治工作方案")
    assert [t.section[0] for t in extract_text(tmp_path, text).tasks] == [
        "某市黑臭水体治理实施方案", "某市黑臭水体治理实施方案", "某市入河排污口整治工作方案"]
