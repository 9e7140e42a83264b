"""Rectification plans (整改方案 / 整改清单): who leads, who supports, who supervises.

A 督察 / 巡察 / 审计 / 信访 rectification plan gives each problem its 牵头单位 and 责任单位, and
often a 督导单位 / 督办单位 (a 督查室, a 纪委监委, an 审计局) that checks the work. The
supervisors are kept on the task's clause (``Clause.supervisors``, the ``supervisors`` of a
JSONL record), never as a lead or support: no workload counts them. People (责任领导：张某某),
dates and 完成情况 notes are no units.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _extract import extract_text
from respgraph.extract import extract_file, plan_records
from respgraph.grammar.clauses import find_clauses
from respgraph.responsibilities import task_supervisors

HERE = Path(__file__).parent / "fixtures" / "rectify"
L, S = "lead", "support"


def _roles(task):
    return [(m.text, m.role) for m in task.mentions]


def _supervisors(task):
    return [m.text for m in task_supervisors(task)]


def _task(plan, words):
    (t,) = [t for t in plan.tasks if words in t.text]
    return t


# ------------------------------------------------------------------------- clauses


# (text, leads and supports, supervisors, the clause as it stands)
FIELDS = [
    # fields each closed by a stop: one clause (责任单位 was a second clause whose first unit led)
    ("责任领导：张某某。牵头单位：县自然资源局。责任单位：县林业局、相关乡镇人民政府。整改时限：2025年12月底前。",
     [("县自然资源局", L), ("县林业局", S), ("相关乡镇人民政府", S)], [],
     "牵头单位：县自然资源局。责任单位：县林业局、相关乡镇人民政府"),
    # a supervisors' field after them (was dropped with the other fields)
    ("牵头单位：县住建局。责任单位：县水利局。督导单位：县委县政府督查室。整改时限：2024年9月底前。",
     [("县住建局", L), ("县水利局", S)], ["县委县政府督查室"],
     "牵头单位：县住建局。责任单位：县水利局。督导单位：县委县政府督查室"),
    # ... after a deadline's field
    ("责任单位：市人社局（牵头），市住建局。完成时限：2024年春节前。督办单位：市委市政府督查室、市信访局。",
     [("市人社局", L), ("市住建局", S)], ["市委市政府督查室", "市信访局"],
     "责任单位：市人社局（牵头），市住建局。完成时限：2024年春节前。督办单位：市委市政府督查室、市信访局"),
    # one field a line
    ("牵头单位：县住建局\n责任单位：县财政局、各乡镇人民政府\n督导单位：县委督查室、县政府督查室\n整改时限：2024年12月底前\n",
     [("县住建局", L), ("县财政局", S), ("各乡镇人民政府", S)], ["县委督查室", "县政府督查室"],
     "牵头单位：县住建局\n责任单位：县财政局、各乡镇人民政府\n督导单位：县委督查室、县政府督查室"),
    # in a bracket; the 督办领导 is a person
    ("（承办单位：县生态环境分局；协办单位：县自然资源局；督办单位：县委督查室；督办领导：县政府办公室主任）",
     [("县生态环境分局", L), ("县自然资源局", S)], ["县委督查室"],
     "（承办单位：县生态环境分局；协办单位：县自然资源局；督办单位：县委督查室；督办领导：县政府办公室主任）"),
    ("（牵头单位：县财政局；配合单位：县机关事务服务中心；监督单位：县审计局；整改时限：2024年12月底前）",
     [("县财政局", L), ("县机关事务服务中心", S)], ["县审计局"],
     "（牵头单位：县财政局；配合单位：县机关事务服务中心；监督单位：县审计局；整改时限：2024年12月底前）"),
    # the supervisors' field first in the bracket (was dropped: the clause opened at 牵头单位)
    ("（督办单位：市委督查室；牵头单位：市政务服务中心；配合单位：市直各窗口单位；完成时限：2024年5月底前）",
     [("市政务服务中心", L), ("市直各窗口单位", S)], ["市委督查室"],
     "（督办单位：市委督查室；牵头单位：市政务服务中心；配合单位：市直各窗口单位；完成时限：2024年5月底前）"),
    # a supervisors' line alone (after a measure's own clause): a clause of supervisors only
    ("督导单位：县委督查室\n整改时限：2024年12月底前", [], ["县委督查室"], "督导单位：县委督查室"),
    ("（督导部门：县政府督查室）", [], ["县政府督查室"], "（督导部门：县政府督查室）"),
    # 督查督办单位 is one label (督查 was read as a unit of the list before it)
    ("（牵头单位：县住建局；责任单位：县财政局；督查督办单位：县委督查室）",
     [("县住建局", L), ("县财政局", S)], ["县委督查室"], "（牵头单位：县住建局；责任单位：县财政局；督查督办单位：县委督查室）"),
    # without labels: a field or a phrase naming the supervisor beside the units' phrases (the
    # whole clause was dropped, or the 督查室 supported)
    ("（市林业局牵头，市自然资源局配合；督办单位：市委督查室、市政府督查室）",
     [("市林业局", L), ("市自然资源局", S)], ["市委督查室", "市政府督查室"],
     "（市林业局牵头，市自然资源局配合；督办单位：市委督查室、市政府督查室）"),
    ("（市林业局牵头，市自然资源局配合，市委督查室督办）", [("市林业局", L), ("市自然资源局", S)], ["市委督查室"],
     "（市林业局牵头，市自然资源局配合，市委督查室督办）"),
    ("市林业局为牵头单位，市自然资源局为配合单位，市委督查室为督办单位。", [("市林业局", L), ("市自然资源局", S)], ["市委督查室"],
     "市林业局为牵头单位，市自然资源局为配合单位，市委督查室为督办单位"),
    ("由市林业局牵头，市委督查室负责跟踪督办。", [("市林业局", L)], ["市委督查室"], "由市林业局牵头，市委督查室负责跟踪督办"),
    # 在A督导下 opening the clause: A supervises (it supported)
    ("在市政府督查室督导下，市公安局交警支队牵头，市教育局配合，2024年9月底前完成。",
     [("市公安局交警支队", L), ("市教育局", S)], ["市政府督查室"],
     "在市政府督查室督导下，市公安局交警支队牵头，市教育局配合，2024年9月底前完成"),
    ("在县委督查室的督导下，县住建局负责项目建设。", [("县住建局", L)], ["县委督查室"], "在县委督查室的督导下，县住建局负责项目建设"),
    # ... and in the closing phrases of a sentence
    ("开展专项整治，由市林业局牵头，市委督查室督办。", [("市林业局", L)], ["市委督查室"], "由市林业局牵头，市委督查室督办"),
    # a body whose only verb checks the work (督导 / 监督 / 督查, 全程监督, 按职责做好督导) beside
    # units doing it supervises, as its 督导单位 would (it supported, and 市住建局督办 was a name)
    ("（市住建局牵头，市城管局督导）", [("市住建局", L)], ["市城管局"], "（市住建局牵头，市城管局督导）"),
    ("（市水利局负责，市生态环境局监督）", [("市水利局", L)], ["市生态环境局"], "（市水利局负责，市生态环境局监督）"),
    ("（市住建局牵头，县纪委监委全程监督）", [("市住建局", L)], ["县纪委监委"], "（市住建局牵头，县纪委监委全程监督）"),
    ("（市住建局牵头，市委督查室督查）", [("市住建局", L)], ["市委督查室"], "（市住建局牵头，市委督查室督查）"),
    ("（市城管局督导，市住建局牵头）", [("市住建局", L)], ["市城管局"], "（市城管局督导，市住建局牵头）"),
    ("（各乡镇负总责，县生态环境局、县农业农村局按职责做好督导）", [("各乡镇", L)], ["县生态环境局", "县农业农村局"],
     "（各乡镇负总责，县生态环境局、县农业农村局按职责做好督导）"),
    ("县住建局牵头，县城管局配合，县委督查室督导。", [("县住建局", L), ("县城管局", S)], ["县委督查室"],
     "县住建局牵头，县城管局配合，县委督查室督导"),
    # near misses: 配合督导 supports the supervision the task is; 牵头督导 leads it; alone the
    # supervising body is the unit of the task (the checking is its work)
    ("（市住建局牵头，市城管局配合督导）", [("市住建局", L), ("市城管局", S)], [], "（市住建局牵头，市城管局配合督导）"),
    ("开展专项督查。（市发展改革委、市财政局牵头督导）", [("市发展改革委", L), ("市财政局", L)], [], "（市发展改革委、市财政局牵头督导）"),
    ("（市住建局负责督导）", [("市住建局", L)], [], "（市住建局负责督导）"),
    # near miss: 在A的指导下 is guidance, support as before
    ("在县农业农村局的指导下，各乡镇负责组织实施。", [("县农业农村局", S), ("各乡镇", L)], [], "在县农业农村局的指导下，各乡镇负责组织实施"),
    # near miss: alone in its bracket the 督查室 is the unit of the task, as before
    ("（市委督查室负责督办）", [("市委督查室", L)], [], "（市委督查室负责督办）"),
    # near misses: a stop ends the clause when no unit list follows it, after fields or not
    ("牵头单位：县住建局。加强监督检查，确保整改到位。", [("县住建局", L)], [], "牵头单位：县住建局"),
    ("牵头单位：县住建局。完成时限：2024年底前。县水利局要加强配合。", [("县住建局", L)], [], "牵头单位：县住建局"),
    ("牵头单位：县住建局；整改时限：长期坚持。问题2：县城管局对占道经营监管不力。", [("县住建局", L)], [], "牵头单位：县住建局"),
]


# no clause: the label inside a phrase, or no label at all
NOT_FIELDS = ["要加强督导单位：县委督查室", "加强对督导单位的管理，县委督查室跟踪督办。", "市委督查室跟踪督办。",
              # a supervising sentence only counts right after a clause
              "县纪委监委全程监督。", "开展专项整治。县纪委监委全程监督。",
              # a body and its verb in a bracket of their own are no unit's name (市住建局督办 led)
              "开展专项整治。（市住建局督办）"]


@pytest.mark.parametrize("text", NOT_FIELDS)
def test_not_rectification_fields(text):
    assert find_clauses(text) == []


@pytest.mark.parametrize("text,roles,supervisors,raw", FIELDS, ids=[t for t, *_ in FIELDS])
def test_rectification_fields(text, roles, supervisors, raw):
    (c,) = find_clauses(text)
    assert [(m.text, m.role) for m in c.mentions] == roles
    assert [m.text for m in c.supervisors] == supervisors
    assert c.raw == raw and c.parsed
    for m in c.supervisors:
        assert text[m.span.start : m.span.end] == m.text


# ------------------------------------------------------------------------- plans


def test_numbered_problems_with_fields_a_line():
    plan = extract_file(HERE / "numbered-problems.txt")
    t = _task(plan, "自然保护地内违规开发")
    assert _roles(t) == [("市林业局", L), ("市自然资源局", S), ("市生态环境局", S), ("各县（市、区）人民政府", S)]
    assert _supervisors(t) == ["市委督查室", "市政府督查室"]
    assert [d.text for d in t.deadlines] == ["2024年9月底前"]
    # the 责任领导 (市政府分管副市长) is a person: no unit
    assert all("副市长" not in m.text for t in plan.tasks for m in t.mentions)
    assert [_supervisors(t) for t in plan.tasks] == [["市委督查室", "市政府督查室"], ["市政府督查室"], ["市委督查室"]]


def test_fields_as_sentences_and_supervisors_in_jsonl():
    plan = extract_file(HERE / "fields-as-sentences.txt")
    t = _task(plan, "农民工工资拖欠")
    assert _roles(t) == [("市人社局", L), ("市住建局", S), ("市交通运输局", S), ("市水利局", S)]
    assert _supervisors(t) == ["市委市政府督查室", "市信访局"]
    records = plan_records(plan)
    # only a task naming supervisors carries the key; each says where it stands
    assert ["supervisors" in r for r in records] == [False, True, False]
    (r,) = [r for r in records if "supervisors" in r]
    assert [s["mention"] for s in r["supervisors"]] == ["市委市政府督查室", "市信访局"]
    assert all(s["source"]["clause"].endswith("督办单位：市委市政府督查室、市信访局") for s in r["supervisors"])
    assert not {a["mention"] for a in r["assignments"]} & {"市委市政府督查室", "市信访局"}


def test_hazard_list_fields_a_line():
    plan = extract_file(HERE / "hazard-fields-lines.txt")
    t = _task(plan, "消防车通道被占用")
    # 行业监管单位 supports; the 督导单位 supervises; 整改责任人 is people
    assert _roles(t) == [("各镇人民政府", L), ("各街道办事处", S), ("区住房城乡建委", S)]
    assert _supervisors(t) == ["区消防救援支队"]
    t = _task(plan, "三合一")
    assert _roles(t) == [("区市场监管局", L), ("区应急局", S)] and _supervisors(t) == ["区安委会办公室"]


def test_ledger_pasted_from_excel():
    plan = extract_file(HERE / "ledger-tab.txt")
    # the 反馈问题 column names the task (was dropped: the task was only its measures); the
    # 督导单位 column supervises; 责任领导 and 完成情况 are no units
    assert [t.title for t in plan.tasks] == ["县林业局对林地违规占用查处不力", "城区生活污水处理厂超负荷运行", "农村黑臭水体治理进度滞后"]
    assert "开展林地违法专项整治" in plan.tasks[0].text
    assert [_roles(t) for t in plan.tasks] == [
        [("县林业局", L), ("县自然资源局", S), ("各乡镇人民政府", S)],
        [("县住建局", L), ("县发改局", S), ("县财政局", S)],
        [("郴州市生态环境局汝城分局", L), ("县农业农村局", S), ("县水利局", S)],
    ]
    assert [_supervisors(t) for t in plan.tasks] == [["县纪委监委"], ["县委督查室"], ["县政府督查室"]]
    assert [[d.text for d in t.deadlines] for t in plan.tasks] == [["2024年12月底前"], ["2025年6月底前"], ["2024年10月底前"]]


def _tab(tmp_path, header, rows):
    return extract_text(tmp_path, "某某县整改清单\n\n" + "\n".join("\t".join(r) for r in [header, *rows]) + "\n", "list.txt")


def test_regulator_column_supports_and_problem_column_beside_a_task_column(tmp_path):
    plan = _tab(tmp_path, ["序号", "隐患单位", "隐患内容", "整改措施", "责任单位", "监管部门", "整改时限", "整改责任人"], [
        ["1", "某某商业广场", "疏散通道堵塞", "清理疏散通道", "区消防救援大队", "区商务局", "立行立改", "陈某某"],
    ])
    assert [_roles(t) for t in plan.tasks] == [[("区消防救援大队", L), ("区商务局", S)]]
    # near miss: a 问题 column after the task's own column does not take the title
    plan = _tab(tmp_path, ["序号", "重点任务", "存在问题", "牵头单位", "完成时限"], [
        ["1", "推进老旧小区改造", "资金缺口大", "县住建局", "2024年底前"],
    ])
    assert [t.title for t in plan.tasks] == ["推进老旧小区改造"]
    # near miss: 问题类型 is a category, not the task
    plan = _tab(tmp_path, ["序号", "问题类型", "反映问题", "整改措施", "承办单位", "督办单位", "办结时限"], [
        ["1", "城市管理", "夜间施工噪声扰民", "加强执法巡查", "市城市管理和综合执法局", "市政务服务中心", "2024年6月底前"],
    ])
    assert [t.title for t in plan.tasks] == ["夜间施工噪声扰民"]
    assert [_roles(t) for t in plan.tasks] == [[("市城市管理和综合执法局", L)]]
    assert [_supervisors(t) for t in plan.tasks] == [["市政务服务中心"]]


def test_supervisors_on_the_graph_count_in_no_workload():
    from respgraph.graph import build_graph
    from respgraph.resolve import resolve_plan

    G = build_graph([resolve_plan(extract_file(HERE / "fields-as-sentences.txt"))])
    tasks = {d["task_id"]: d for _, d in G.nodes(data=True) if d.get("type") == "Task"}
    assert [tasks[k]["supervisors"] for k in sorted(tasks)] == [[], ["市委市政府督查室", "市信访局"], []]
    # no edge reaches a supervising body: it is no agency of the plan
    agencies = {d.get("name") for _, d in G.nodes(data=True) if d.get("type") == "Agency"}
    assert not any("督查室" in a or "信访局" in a for a in agencies)


def test_rectification_list_titles(tmp_path):
    # a list named 整改清单 / 问题清单 / 整改措施清单 is titled by its first line (was a row's
    # text ending in 方案, or nothing)
    plan = extract_file(HERE / "ledger-tab.txt")
    assert (plan.meta.title, plan.meta.kind) == ("汝城县中央生态环境保护督察反馈问题整改清单", "任务清单")
    path = tmp_path / "list.txt"
    path.write_text("攸县省生态环境保护督察反馈问题整改措施清单\n\n序号\t反馈问题\t整改措施\t牵头单位\n1\t渗滤液超标\t实施提标改造\t县城管局\n", encoding="utf-8")
    assert extract_file(path).meta.title == "攸县省生态环境保护督察反馈问题整改措施清单"
    # near miss: the words in a sentence are no title
    path.write_text("各乡镇要建立问题清单，实行销号管理。\n1.开展排查。（牵头单位：县住建局）\n", encoding="utf-8")
    assert extract_file(path).meta.title != "各乡镇要建立问题清单"


def test_supervision_notice_items_are_no_portal_footer(tmp_path):
    # 承办单位：A；协办单位：B；督办单位：C in the notice's last lines read like a portal's
    # 主办单位：…承办单位：… footer: they were cut off as site furniture, and the notice had no task
    plan = extract_file(HERE / "supervision-notice.txt")
    assert [(t.title, _roles(t), _supervisors(t)) for t in plan.tasks] == [
        ("信访件D3201001", [("县生态环境分局", L), ("县自然资源局", S), ("城关镇人民政府", S)], ["县委督查室"]),
        ("信访件D3201002", [("县住建局", L), ("县水利局", S)], ["县政府督查室"]),
    ]
    assert not any("boilerplate" in w for w in plan.warnings)
    # near miss: the footer itself, its operators named without a list's stops, still goes
    path = tmp_path / "page.txt"
    path.write_text("XX县2024年整改工作方案\n一、主要任务\n1.开展排查。（牵头单位：县住建局）\n"
                    "主办单位：XX县人民政府办公室 承办单位：XX县大数据中心\n网站标识码：3607000001\n", encoding="utf-8")
    plan = extract_file(path)
    assert "大数据中心" not in plan.document.text
    assert [_roles(t) for t in plan.tasks] == [[("县住建局", L)]]
    # ... its operators may be listed with 、
    from respgraph.clean import _PORTAL_FOOTER_LINE

    assert _PORTAL_FOOTER_LINE.search("主办单位：中共某某县委、某某县人民政府 承办单位：某某县融媒体中心")
    assert not _PORTAL_FOOTER_LINE.search("承办单位：县生态环境分局；协办单位：县自然资源局")


def test_fields_paragraph_closes_its_item(tmp_path):
    # （一）关于“…”问题 / 整改目标：… / 整改措施：… / 【牵头省领导】…【牵头单位】…: the item is the
    # task, its paragraphs its text (the fields paragraph was the task, titled 【牵头省领导】分管副省长,
    # and the target and measures were in no task)
    plan = extract_file(HERE / "fields-paragraph.txt")
    assert [(t.number, t.title) for t in plan.tasks] == [
        ("（一）", "关于“祁连山自然保护区矿业权退出进展缓慢”问题"), ("（二）", "关于“湟水河流域水质改善不稳定”问题")]
    t = plan.tasks[0]
    assert "制定矿业权分类退出办法" in t.text and "整改目标" in t.text
    assert _roles(t) == [("省自然资源厅", L), ("省林业和草原局", S), ("省财政厅", S), ("海北州人民政府", S)]
    assert _supervisors(t) == ["省委督查室", "省政府督查室"] and [d.text for d in t.deadlines] == ["2025年12月底前"]
    # the measures' places (推进西宁市、海东市污水处理厂…) are no units
    assert _roles(plan.tasks[1])[-2:] == [("西宁市人民政府", S), ("海东市人民政府", S)]
    # near miss: a paragraph whose clause closes its own prose stays the task
    path = tmp_path / "plan.txt"
    path.write_text("XX县2024年整改工作方案\n一、整改任务\n（一）加强扬尘污染治理\n各建筑工地要落实扬尘防治措施。\n"
                    "开展工地扬尘专项检查，依法查处违法行为。（牵头单位：县住建局；责任单位：县城管局）\n", encoding="utf-8")
    (t,) = extract_file(path).tasks
    assert (t.number, t.title, _roles(t)) == ("", "开展工地扬尘专项检查，依法查处违法行为", [("县住建局", L), ("县城管局", S)])


def test_problems_over_measures_and_fields_lines(tmp_path):
    # 问题1：… / 整改目标：… / 整改措施： / 1．… 2．… 3．… / 责任领导：… / 牵头单位：… …: the problem
    # is the task and its fields its clause (the measures were tasks, the last one taking the
    # fields, the others no unit; the next problem's line ran into the last measure)
    plan = extract_file(HERE / "problems-measures-lines.txt")
    assert [(t.number, t.title) for t in plan.tasks] == [
        ("问题1", "部分乡镇生活污水处理设施建成后长期闲置，运行率低"),
        ("问题2", "县城建成区仍有黑臭水体反弹现象"),
        ("问题3", "县住建局对建筑工地扬尘监管不力，部分工地未落实“六个百分之百”要求"),
    ]
    assert [_roles(t) for t in plan.tasks] == [
        [("县住建局", L), ("县生态环境分局", S), ("县财政局", S), ("各乡镇人民政府", S)],
        [("县城市管理局", L), ("县住建局", S), ("县水利局", S), ("东坪镇人民政府", S)],
        # the problem names 县住建局 as the culprit: it leads as its 牵头单位 says, not from that
        [("县住建局", L), ("县交通运输局", S), ("县城市管理局", S)],
    ]
    assert [_supervisors(t) for t in plan.tasks] == [["县委督查室", "县政府督查室"], ["县委督查室"], ["县政府督查室"]]
    assert "按月通报运行情况" in plan.tasks[0].text and "问题2" not in plan.tasks[0].text
    assert [[d.text for d in t.deadlines] for t in plan.tasks][2] == ["2024年6月底前"]


def test_problems_one_paragraph_each():
    # 问题1：…。整改目标：…。整改措施：1．…；2．…。责任领导：张某某。牵头单位：A。责任单位：B、C。
    # (the measures were cut into tasks and each problem's 整改时限 fell to the next problem)
    plan = extract_file(HERE / "problems-one-paragraph.txt")
    assert [t.number for t in plan.tasks] == ["问题1", "问题2", "问题3"]
    assert [_roles(t) for t in plan.tasks] == [
        [("县自然资源局", L), ("县林业局", S), ("县生态环境分局", S), ("相关乡镇人民政府", S)],
        [("邵阳市生态环境局隆回分局", L), ("县工业和信息化局", S), ("县市场监督管理局", S)],
        [("县城市管理和综合执法局", L), ("县农业农村局", S), ("各乡镇人民政府", S)],
    ]
    assert [[d.text for d in t.deadlines] for t in plan.tasks][1] == ["2024年9月底前"]
    assert [_supervisors(t) for t in plan.tasks] == [[], ["县委县政府督查室"], []]


NEAR_LISTS = [
    # the measures carry their own clauses: each is its task
    ("问题1：管网建设滞后。\n整改措施：\n1．编制管网规划。（牵头单位：市住建局）\n2．实施雨污分流。（牵头单位：市城管局）\n",
     [("1", [("市住建局", L)]), ("2", [("市城管局", L)])]),
    # a heading over items with one label line after the last (no list opened by a colon): since
    # 16c3669 the heading owns the label, one task with the items its measures (was item 2 led by
    # the label and item 1 without a unit), as a titled section carrying labels over its items is read
    ("一、重点任务\n（一）加强大气治理\n1．推进工业治理。\n2．推进扬尘治理。\n牵头单位：市住建局\n",
     [("（一）", [("市住建局", L)])]),
    # the clause closes the last measure's own line: the measure's
    ("问题1：管网建设滞后。\n整改措施：\n1．编制管网规划。\n2．实施雨污分流。（牵头单位：市城管局）\n",
     [("1", []), ("2", [("市城管局", L)])]),
]


@pytest.mark.parametrize("body,expected", NEAR_LISTS, ids=[b[:12] for b, _ in NEAR_LISTS])
def test_measure_lists_that_keep_their_items(tmp_path, body, expected):
    assert [(t.number, _roles(t)) for t in extract_text(tmp_path, "XX市2024年整改工作方案\n" + body).tasks] == expected


def test_tasks_command_shows_supervisors_beside_the_units(tmp_path):
    import json

    from typer.testing import CliRunner

    from respgraph.cli import app

    def run(*args):
        return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"}, terminal_width=200)

    out = tmp_path / "out"
    assert run("build", str(HERE / "fields-as-sentences.txt"), str(HERE / "ledger-tab.txt"), "--out", str(out)).exit_code == 0
    rows = json.loads(run("tasks", str(out), "--format", "json").stdout)
    assert [r["supervisors"] for r in rows] == [[], ["市委市政府督查室", "市信访局"], [], ["县纪委监委"], ["县委督查室"], ["县政府督查室"]]
    # never in the units, never in the workload
    assert not any("督查室" in x or "纪委" in x for r in rows for x in r["leads"] + r["supports"])
    workload = run("workload", str(out), "--format", "csv").stdout
    assert "督查室" not in workload and "纪委监委" not in workload
    # the table names them in a column of their own, only where some task has them
    assert "督导 supervisors" in run("tasks", str(out)).stdout
    assert "督导 supervisors" not in run("tasks", str(out), "--search", "房产证").stdout


def test_heading_over_measures_and_fields_lines():
    # （一）关于…的问题 / 整改措施： / 1．… 2．… / 责任领导：… 牵头单位：… : the numbered problem is
    # the task (the list opens on a line of its own after the colon)
    plan = extract_file(HERE / "heading-measures-lines.txt")
    assert [(t.number, t.title, _roles(t), _supervisors(t)) for t in plan.tasks] == [
        ("（一）", "关于落实意识形态工作责任制不到位的问题", [("县委宣传部", L), ("县委网信办", S), ("各乡镇党委", S)], []),
        ("（二）", "关于国有企业监管存在薄弱环节的问题", [("县国资中心", L), ("县审计局", S), ("县财政局", S)], ["县纪委监委"]),
    ]
    assert all("孙某" not in m.text and "钱某" not in m.text for t in plan.tasks for m in t.mentions)


def test_supervisors_line_after_measures_with_clauses(tmp_path):
    # the measures keep their own clauses; the 督导单位 line after them is read (it was dropped)
    # and checks the work of the whole list, every measure's (it reached only the last one)
    path = tmp_path / "plan.txt"
    path.write_text("某某县整改方案\n问题1：县城区黑臭水体治理不彻底。\n整改措施：\n"
                    "1．实施截污纳管工程。（牵头单位：县住建局；配合单位：县水利局）\n"
                    "2．开展河道清淤疏浚。（牵头单位：县水利局；配合单位：县城管局）\n"
                    "督导单位：县委督查室\n整改时限：2024年12月底前\n", encoding="utf-8")
    plan = extract_file(path)
    assert [(t.number, _roles(t), _supervisors(t)) for t in plan.tasks] == [
        ("1", [("县住建局", L), ("县水利局", S)], ["县委督查室"]),
        ("2", [("县水利局", L), ("县城管局", S)], ["县委督查室"]),
    ]
    assert not any("unparsed_clause" in t.flags for t in plan.tasks)
    # the record says where the supervisor stands (the line after the list)
    (s,) = plan_records(plan)[0]["supervisors"]
    assert s["source"]["clause"] == "督导单位：县委督查室"


def _plan_supervisors(tmp_path, body):
    return [(t.number, _roles(t), _supervisors(t)) for t in extract_text(tmp_path, "某某县整改方案\n" + body).tasks]


SUPERVISING_SENTENCES = [
    # a sentence naming only who supervises, right after a task's clause: that task's supervisors
    # (it was dropped); after the last of several measures with units, every measure's
    ("一、整改任务\n1．开展排查整治。（牵头单位：市住建局；配合单位：市城管局）\n市委督查室、市政府督查室跟踪督办。\n"
     "2．建立长效机制。（牵头单位：市城管局）\n",
     [("1", [("市住建局", L), ("市城管局", S)], ["市委督查室", "市政府督查室"]), ("2", [("市城管局", L)], [])]),
    ("一、整改任务\n1．办理群众诉求。（牵头单位：市信访局）\n市12345热线办负责督导。\n",
     [("1", [("市信访局", L)], ["市12345热线办"])]),
    ("问题1：黑臭水体治理不彻底。\n整改措施：\n1．实施截污纳管工程。（牵头单位：县住建局）\n"
     "2．开展河道清淤疏浚。（牵头单位：县水利局）\n县纪委监委全程监督。\n问题2：扬尘。\n整改措施：\n"
     "1．开展检查。（牵头单位：县住建局）\n2．加强执法。（牵头单位：县城管局）\n",
     [("1", [("县住建局", L)], ["县纪委监委"]), ("2", [("县水利局", L)], ["县纪委监委"]),
      ("1", [("县住建局", L)], []), ("2", [("县城管局", L)], [])]),
    # near miss: the supervisors in the last measure's own bracket are that measure's only
    ("问题1：黑臭水体。\n整改措施：\n1．实施截污纳管工程。（牵头单位：县住建局）\n"
     "2．开展河道清淤疏浚。（牵头单位：县水利局；督导单位：县委督查室）\n",
     [("1", [("县住建局", L)], []), ("2", [("县水利局", L)], ["县委督查室"])]),
    # near miss: a sentence with an action after the body is prose
    ("一、整改任务\n1．开展排查整治。（牵头单位：市住建局）\n县纪委监委加强监督执纪问责。\n",
     [("1", [("市住建局", L)], [])]),
]


@pytest.mark.parametrize("body,expected", SUPERVISING_SENTENCES, ids=range(len(SUPERVISING_SENTENCES)))
def test_supervising_sentences_after_a_clause(tmp_path, body, expected):
    assert _plan_supervisors(tmp_path, body) == expected


def test_csv_rows_carry_the_tasks_supervisors():
    from respgraph.extract import CSV_COLUMNS, csv_rows

    rows = csv_rows(plan_records(extract_file(HERE / "fields-as-sentences.txt")))
    assert "supervisors" in CSV_COLUMNS
    assert {r["supervisors"] for r in rows if r["task_id"].endswith(":002")} == {"市委市政府督查室、市信访局"}
    assert {r["supervisors"] for r in rows if not r["task_id"].endswith(":002")} == {""}


def test_problem_numbers_and_number_columns(tmp_path):
    # 问题2．… as 问题2：… ; 问题1.5万件 opens nothing
    path = tmp_path / "plan.txt"
    path.write_text("某某县整改方案\n问题1．管网建设滞后。\n整改措施：\n1．编制管网规划。\n2．实施雨污分流。\n"
                    "牵头单位：县住建局\n问题2．群众投诉较多。\n整改措施：集中办理。\n牵头单位：县信访局\n", encoding="utf-8")
    plan = extract_file(path)
    assert [(t.number, _roles(t)) for t in plan.tasks] == [("问题1", [("县住建局", L)]), ("问题2", [("县信访局", L)])]
    # a 问题编号 column is a number, not the task (was the title)
    plan = _tab(tmp_path, ["问题编号", "反馈问题", "整改措施", "牵头单位", "整改时限"], [
        ["D3201001", "砖厂粉尘污染", "责令停产整治", "县生态环境分局", "2024年5月底前"],
    ])
    assert [t.title for t in plan.tasks] == ["砖厂粉尘污染"]


def test_item_opening_with_a_field_name_is_titled_by_what_it_says(tmp_path):
    # 1．整改措施：完善…。 was titled 整改措施
    path = tmp_path / "plan.txt"
    path.write_text("某某局巡察整改方案\n（一）落实审计监督职责不到位的问题\n1．整改措施：完善审计项目计划管理办法。\n"
                    "整改牵头部门：局办公室\n2．主要措施：\n（1）加强跟踪检查。（牵头单位：审计整改督查科）\n", encoding="utf-8")
    plan = extract_file(path)
    assert plan.tasks[0].title == "完善审计项目计划管理办法"
    assert _roles(plan.tasks[0]) == [("局办公室", L)]
    # near miss: a field name alone on its line stays the title of its heading
    assert [t.section[-1] for t in plan.tasks[1:]] == ["主要措施"]


def test_heading_supervisors_reach_its_items(tmp_path):
    # a heading's clause leads its items without one; its supervisors go with it, also to an
    # item opening 配合A… (where the heading's units support: the clause copy had none)
    path = tmp_path / "plan.txt"
    path.write_text("XX县整改方案\n一、整改任务\n（一）城区黑臭水体治理（牵头单位：县住建局；督办单位：县委督查室）\n"
                    "1．配合县水利局开展清淤疏浚。\n2．实施截污纳管。（配合单位：县城管局）\n", encoding="utf-8")
    plan = extract_file(path)
    assert [(_roles(t), _supervisors(t)) for t in plan.tasks] == [
        ([("县水利局", L), ("县住建局", S)], ["县委督查室"]),
        ([("县住建局", L), ("县城管局", S)], ["县委督查室"]),
    ]


def test_a_long_run_of_blanks_after_a_field_is_no_field_line():
    # 备注： then thousands of blanks (a form pasted from a PDF): the field-lines pattern tried
    # every split of the run and took seconds per call (review finding); it is not fields only
    from respgraph.grammar.clauses import fields_only

    for blanks in (" " * 3000, "\u3000" * 3000):
        s = "备注：" + blanks + "说明。X"
        assert not fields_only(s, 0, len(s))
    assert fields_only("责任领导：刘某某（副县长）\n完成时限：2024年底\n", 0, 27)
