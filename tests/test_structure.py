"""Structure stage: headings, tasks, fields, campaigns, metadata — on seed text and small texts."""

from __future__ import annotations

import re
from functools import lru_cache

import pytest

from _extract import extract_text
from conftest import JINGDEZHEN, XXZONE, YICHUN, YUSHUI
from respgraph.extract import extract_file
from respgraph.records import Document
from respgraph.structure import parse
from respgraph.structure.campaigns import campaign_name
from respgraph.structure.fields import find_deadlines, find_targets
from respgraph.structure.blocks import build_blocks
from respgraph.structure.markers import match_line_start


@lru_cache(maxsize=None)
def plan(path):
    return extract_file(path)


def _parse(text: str):
    return parse(Document("t.txt", "txt", "utf-8", text, text), "t")


# --------------------------------------------------------------------------- the issue's facts


def test_yushui_inheritance_explicit_on_task1_inherited_later():
    tasks = plan(YUSHUI).tasks
    who = "各乡镇（办）党委、政府"
    t1 = [(m.role, m.basis) for m in tasks[0].mentions if m.text == who]
    assert t1 == [("support", "explicit")]
    for t in (tasks[1], tasks[33]):
        assert [(m.role, m.basis) for m in t.mentions if m.text == who] == [("support", "inherited")]


def test_yushui_lost_headings_and_campaigns():
    p = plan(YUSHUI)
    titles = [h.title for h in p.headings]
    assert "主要目标" in titles and "主要任务" in titles
    lost = next(h for h in p.headings if h.title.startswith("加快推动绿色低碳发展"))
    second = next(h for h in p.headings if h.number == "（二）")
    assert lost.level == second.level  # the lost （一） stands beside （二）
    assert p.tasks[0].section == ["主要任务", "加快推动绿色低碳发展，实现减污降碳协同增效"]
    assert p.tasks[7].campaign == "蓝天提升攻坚战"
    att = {c.name: c for c in p.campaigns if c.source == "attachment"}
    assert att["能源结构调整专项行动"].parent == "绿色低碳发展攻坚战"
    assert att["入河排污口整治专项行动"].parent == "河湖生态环境保护攻坚战"
    # attachment items and 组织保障 items are not tasks
    assert not any("专项行动" == t.title[-4:] for t in p.tasks)
    assert not any(t.title == "加强组织领导" for t in p.tasks)


def test_xxzone_task24_does_not_swallow_task25_and_no_year_starts_a_task():
    tasks = plan(XXZONE).tasks
    t24 = tasks[23]
    assert t24.number == "24" and t24.title == "强化地下水污染协同防治"
    assert "持续提升生态系统质量" not in t24.text
    assert t24.text.rstrip().endswith("按职责分工")
    assert tasks[24].number == "25" and tasks[24].title == "持续提升生态系统质量"
    assert tasks[5].number == "6" and tasks[5].title == "加快形成绿色低碳生活方式"
    assert [int(t.number) for t in tasks] == list(range(1, 37))
    for t in tasks:
        assert not re.match(r"\d{4}", t.title)
        assert not t.text.lstrip().startswith(("年", "公里", "%"))


def test_jingdezhen_two_clauses_split_and_broken_lines():
    tasks = plan(JINGDEZHEN).tasks
    a, b = tasks[27], tasks[28]
    assert a.number == b.number == "2"
    assert "扎实做好" not in a.text and b.text.startswith("扎实做好中央对我省第二轮")
    # the clause alone on the next line belongs to its item
    t = tasks[9]
    assert t.title == "深入推进集中式饮用水水源保护" and t.text.rstrip().endswith("）")
    assert [m.text for m in t.mentions if m.basis != "inherited"] == ["市生态环境局", "市水利局"]
    # 1.实施环境空气质量提升行动 is a heading, its (1)…(4) are the tasks
    assert not any(t.title == "实施环境空气质量提升行动" for t in tasks)
    assert tasks[5].section[-1] == "实施环境空气质量提升行动"


def test_yichun_tasks_without_assignments():
    p = plan(YICHUN)
    assert len(p.tasks) > 100
    assert all(not t.mentions and t.flags == ["no_clause"] for t in p.tasks)
    assert {t.kind for t in p.tasks} == {"paragraph", "box"}
    assert not any(t.section[0].startswith(("基础与形势", "指导思想")) for t in p.tasks)
    boxes = [c for c in p.campaigns if c.kind == "专栏"]
    assert len(boxes) == 9


def test_deadlines_and_targets_on_seed_task():
    t = plan(YUSHUI).tasks[13]  # 14.持续抓好城区黑臭水体治理
    # 2022年6月底前 is written twice in the task: one deadline, at its first occurrence
    assert [(d.text, d.year, d.month, d.kind) for d in t.deadlines] == [
        ("2022年6月底前", 2022, 6, "by"), ("到2025年", 2025, None, "at")]
    text = plan(YUSHUI).document.text
    assert all(text[d.span.start : d.span.end] == d.text for d in t.deadlines)
    t13 = plan(YUSHUI).tasks[12]
    assert [(x.indicator, x.value, x.unit, x.comparator) for x in t13.targets] == [
        ("全区地表水水质断面达到或好于Ⅱ类水体比例", 100.0, "%", "达到")]


# --------------------------------------------------------------------------- rules on small texts


@pytest.mark.parametrize("line,number", [("1.加强", "1."), ("1．加强", "1．"), ("1、加强", "1、"), ("（1）加强", "（1）"),
                                         ("(1)加强", "(1)"), ("第三章  目标", "第三章"), ("第一节 基础", "第一节"),
                                         ("专栏3  重大工程", "专栏3"), ("（二）深入", "（二）"), ("- 2.森林", "2."),
                                         ("专栏3-1  公路重点项目", "专栏3-1"), ("专栏4.2 重大工程", "专栏4.2"),
                                         ("专栏2：5G基站建设", "专栏2")])
def test_markers(line, number):
    assert match_line_start(line, 0).number == number


@pytest.mark.parametrize("line", ["2025年，全区", "1.5万吨", "一、二、三产业融合", "100%完成",
                                  # a quantity, a table's row (tab), a sentence after a bare number
                                  "3.5万人口以下的乡镇参照执行。", "1\t组织领导", "2 月底前完成排查整治工作。",
                                  "0.5　公里"])
def test_not_markers(line):
    assert match_line_start(line, 0) is None


# the decimal outline of 应急预案: 1　总则 / 2.1　编制目的 / 2.2.1．…, its depth its style
@pytest.mark.parametrize("line,style,number,value", [
    ("1　总则", "dec1", "1", 1), ("12 附则", "dec1", "12", 12), ("2.1　编制目的", "dec2", "2.1", 1),
    ("2.2　成员单位职责", "dec2", "2.2", 2), ("4.2.3　应急响应", "dec3", "4.2.3", 3), ("3.1．预警分级", "dec2", "3.1．", 1),
    ("1.1.1.2 信息报告", "dec4", "1.1.1.2", 2)])
def test_decimal_outline_markers(line, style, number, value):
    mk = match_line_start(line, 0)
    assert (mk.style, mk.number, mk.value) == (style, number, value)


def test_run_together_sequence():
    t = ("二、主要任务(一)绿色发展1 .推进甲。到2025年达到95%。责任单位:区发改委等按职责分工2 .推进乙。"
         "3 公里以内步行。责任单位:区工信局等按职责分工(二)蓝天3加快丙。责任单位:区住建局等按职责分工")
    t = t * 1 if len(t) > 1500 else t + "。" * (1600 - len(t))
    p = _parse(t)
    assert [(k.number, k.title) for k in p.tasks] == [("1", "推进甲"), ("2", "推进乙"), ("3", "加快丙")]
    assert p.tasks[2].campaign is None and p.tasks[2].section == ["主要任务", "蓝天"]


def test_no_clause_flag_and_sections_without_clauses():
    t = "一、主要目标\n1.空气优良。比例达到95%。\n二、主要任务\n1.加强治理。（责任单位：区发改委）\n2.推进转型。\n三、保障措施\n1.加强领导。"
    p = _parse(t)
    assert [(k.title, k.flags) for k in p.tasks] == [("加强治理", []), ("推进转型", ["no_clause"])]


def test_deadline_kinds():
    got = [(d.text, d.year, d.month, d.kind) for d in find_deadlines("2023年底前完成，“十四五”期间推进，至2020年达到，2020年前建成", 0)]
    assert got == [("2023年底前", 2023, 12, "by"), ("“十四五”期间", 2025, None, "during"),
                   ("至2020年", 2020, None, "at"), ("2020年前", 2020, None, "by")]


@pytest.mark.parametrize("text,expected", [
    ("2025年6月30日前完成", ("2025年6月30日前", 2025, 6, "by")),
    ("力争2021年1季度基本整改到位", ("2021年1季度", 2021, 3, "by")),
    ("2024年第三季度末前完成", ("2024年第三季度末前", 2024, 9, "by")),
    ("到2024年上半年", ("到2024年上半年", 2024, 6, "by")),
    ("2023—2025年持续推进", ("2023—2025年", 2025, None, "during")),
    ("2021-2025年", ("2021-2025年", 2025, None, "during")),
])
def test_day_quarter_half_and_range_deadlines(text, expected):
    assert [(d.text, d.year, d.month, d.kind) for d in find_deadlines(text, 0)] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("责任单位：市生态环境局\n完成时限：2024年12月", ("2024年12月", 2024, 12, "by")),
    ("时间节点：2024年6月底", ("2024年6月底", 2024, 6, "by")),
    ("完成期限: 2025年", ("2025年", 2025, None, "by")),
    ("完成时限：二〇二四年六月", ("二〇二四年六月", 2024, 6, "by")),
    # no date under the label, only how long: as written, as a table's 完成时限 cell (was none);
    # work with no end is of its own kind (it was due "by" nothing)
    ("（牵头单位：市发改委；完成时限：持续推进）", ("持续推进", None, None, "ongoing")),
    ("责任人：各级河湖长\n完成时限：全年", ("全年", None, None, "by")),
    ("时间节点：长期坚持。", ("长期坚持", None, None, "ongoing")),
    # a day instead of a date (was the year alone: 2024年)
    ("完成时限：2024年春节前", ("2024年春节前", 2024, 2, "by")),
    # the day kept (was cut to 2024年8月); near miss: a day count after the month is no day
    ("完成时限：2024年8月31日前。", ("2024年8月31日前", 2024, 8, "by")),
    ("时间节点：2024年6月30日", ("2024年6月30日", 2024, 6, "by")),
    ("完成时限：2024年9月，15日内报送", ("2024年9月", 2024, 9, "by")),
])
def test_a_date_under_a_deadline_label_is_due_by_then(text, expected):
    found = find_deadlines(text, 0)
    assert [(d.text, d.year, d.month, d.kind) for d in found] == [expected]
    assert text[found[0].span.start : found[0].span.end] == expected[0]  # the label is not in the span


@pytest.mark.parametrize("text,expected", [
    # a named day: its month (春节 by the lunar calendar: 2024's in February, 2025's in January)
    ("2024年春节前完成欠薪清零", [("2024年春节前", 2024, 2, "by")]),
    ("2025年春节前全部兑付", [("2025年春节前", 2025, 1, "by")]),
    ("到2024年国庆节前建成", [("到2024年国庆节前", 2024, 10, "by")]),
    # the flood season opens in April in the south, June in the north: its year, no month
    ("2025年汛期前完成除险加固", [("2025年汛期前", 2025, None, "by")]),
    ("2024年度内完成", [("2024年度内", 2024, 12, "by")]),
    ("2024年内建成", [("2024年内", 2024, 12, "by")]),
    ("“十五五”期间持续推进", [("“十五五”期间", 2030, None, "during")]),
    # at once / with no end, standing as phrases of their own (a cell, a bracket, a field)
    ("立行立改", [("立行立改", None, None, "immediate")]),
    ("整改时限：即知即改", [("即知即改", None, None, "immediate")]),
    ("整改时限：立行立改，长期坚持", [("立行立改", None, None, "immediate"), ("长期坚持", None, None, "ongoing")]),
    ("立行立改并长期坚持", [("立行立改", None, None, "immediate"), ("长期坚持", None, None, "ongoing")]),
    ("（市商务局负责，长期坚持）", [("长期坚持", None, None, "ongoing")]),
    ("（县住建局牵头；常态化推进）", [("常态化推进", None, None, "ongoing")]),
    # a school term's start (were none); near miss: after it is no deadline
    ("2025年秋季开学前完成", [("2025年秋季开学前", 2025, 9, "by")]),
    ("推进明厨亮灶建设，秋季开学后一周内完成自查", []),
])
def test_named_days_and_deadlines_without_a_date(text, expected):
    found = find_deadlines(text, 0)
    assert [(d.text, d.year, d.month, d.kind) for d in found] == expected
    assert all(text[d.span.start : d.span.end] == d.text for d in found)


@pytest.mark.parametrize("text,expected", [
    ("国庆节前完成", ("国庆节前", 2024, 10, "by")),
    ("春节前发放到位", ("春节前", 2024, 2, "by")),
    ("明年春节前", ("明年春节前", 2025, 1, "by")),
    ("汛期前完成隐患排查", ("汛期前", 2024, None, "by")),
    ("主汛期前", ("主汛期前", 2024, None, "by")),
    ("年度内完成", ("年度内", 2024, 12, "by")),
    ("本年度内完成", ("本年度内", 2024, 12, "by")),
    # the new year's day a year's plan can still reach: the one at its end
    ("元旦前完成", ("元旦前", 2024, 12, "by")),
])
def test_named_days_without_a_year_take_the_plans(text, expected):
    assert [(d.text, d.year, d.month, d.kind) for d in find_deadlines(text, 0, 2024)] == [expected]


@pytest.mark.parametrize("text", [
    # around a day, every year's day, during it: no deadline
    "春节前后开展走访慰问", "每年春节前开展慰问", "春节期间加强巡查", "2024年春节前后",
    # at once / with no end inside a sentence: a principle, not a deadline
    "坚持即知即改、立行立改的原则", "这项工作要长期坚持下去", "立行立改的问题要马上整改",
])
def test_near_misses_of_named_days_and_kinds(text):
    assert find_deadlines(text, 0, 2024) == []


@pytest.mark.parametrize("text,expected", [
    # a 工作要点's schedule under a label, the quarter, half or month alone with no 前 (南平's 河长制
    # 工作要点: （责任单位：市河长办；完成时限：第一季度）; 大理's 时间进度：第四季度): due by its end, in
    # the plan's year (was no deadline)
    ("（责任单位：市河长办；完成时限：第一季度）", [("第一季度", 2024, 3, "by")]),
    ("时间进度：第四季度", [("第四季度", 2024, 12, "by")]),
    ("完成时限：上半年", [("上半年", 2024, 6, "by")]),
    ("时间节点：9月底", [("9月底", 2024, 9, "by")]),
    ("时间进度：全年", [("全年", None, None, "by")]),
    # with its year: the quarter's (was 2024年 alone)
    ("完成时限：2025年第三季度", [("2025年第三季度", 2025, 9, "by")]),
    # near misses: a schedule of steps is no one deadline; a quarter in prose without 前 is when
    # something happens, no deadline
    ("时间进度：第一季度制定年度方案，第二、三季度组织实施，第四季度开展评估。", []),
    ("第一季度召开联席会议", []),
])
def test_a_labelled_quarter_or_month_without_its_year_is_due_by_its_end(text, expected):
    assert [(d.text, d.year, d.month, d.kind) for d in find_deadlines(text, 0, 2024)] == expected


@pytest.mark.parametrize("text", [
    # how long, with no label: prose, no deadline
    "持续推进农村人居环境整治。", "全年接待游客8000万人次。", "坚持长期推进、持续开展。",
    # a label over a longer phrase: only the words of duration alone are read
    "完成时限：持续推进中的项目另行明确",
])
def test_duration_words_are_deadlines_only_under_a_label(text):
    assert find_deadlines(text, 0) == []


@pytest.mark.parametrize("text,expected", [
    # 工作要点 and ledgers write the month alone: it falls in the plan's year (the next for 明年)
    ("6月底前完成摸底排查", ("6月底前", 2024, 6, "by")),
    ("于今年9月30日前全部完成", ("今年9月30日前", 2024, 9, "by")),
    ("明年3月底前全面推开", ("明年3月底前", 2025, 3, "by")),
    ("十月底前完成", ("十月底前", 2024, 10, "by")),
    ("年底前完成验收", ("年底前", 2024, 12, "by")),
    ("年内建成投用", ("年内", 2024, 12, "by")),
    ("一季度前完成", ("一季度前", 2024, 3, "by")),
    ("上半年完成", ("上半年", 2024, 6, "by")),
    ("3月中旬前报送", ("3月中旬前", 2024, 3, "by")),
])
def test_a_deadline_without_its_year_takes_the_plans(text, expected):
    found = find_deadlines(text, 0, 2024)
    assert [(d.text, d.year, d.month, d.kind) for d in found] == [expected]
    assert text[found[0].span.start : found[0].span.end] == expected[0]
    # with no year for the plan, the month stays and the year is unknown
    assert [(d.year, d.month) for d in find_deadlines(text, 0)] == [(None, expected[2])]


@pytest.mark.parametrize("text", [
    "每年6月底前报送年度报告",  # every year, not one deadline
    "每年上半年完成一次评估",
    "三年内完成改造",  # a span of years
    "2 023年 6月底前完成",  # OCR broke the year apart: not the plan's June (the year is unread)
    "6月起施行",
])
def test_no_plan_year_deadline_where_the_text_says_otherwise(text):
    assert [d for d in find_deadlines(text, 0, 2021) if d.year == 2021] == []


def test_plan_year_from_the_title_else_the_date(tmp_path):
    plan = tmp_path / "要点.txt"
    plan.write_text(
        "某县2024年优化营商环境工作要点\n\n一、提升政务服务\n"
        "1.推进“一件事一次办”。6月底前实现20个事项集成办理。（县政务服务中心牵头，县直有关部门配合）\n"
        "2.深化“证照分离”改革。年底前全面推行告知承诺制。（县市场监管局牵头，县司法局配合）\n\n"
        "某县人民政府办公室\n2023年12月28日\n",
        encoding="utf-8",
    )
    first, second = extract_file(plan).tasks
    assert [(d.text, d.year, d.month) for d in first.deadlines] == [("6月底前", 2024, 6)]
    assert [(d.text, d.year, d.month) for d in second.deadlines] == [("年底前", 2024, 12)]
    # a three-year plan's month falls in the year it was issued
    plan.write_text(plan.read_text(encoding="utf-8").replace("2024年优化营商环境工作要点", "优化营商环境三年行动方案（2024—2026年）"), encoding="utf-8")
    first, _ = extract_file(plan).tasks
    assert [(d.text, d.year, d.month) for d in first.deadlines] == [("6月底前", 2023, 6)]


def test_a_dated_event_is_not_a_deadline():
    assert find_deadlines("2022年6月8日印发实施", 0) == []


def test_targets():
    got = [(x.indicator, x.value, x.unit, x.comparator) for x in find_targets("全区森林覆盖率不低于60%，PM2.5浓度控制在29.2μg/m3以内", 0)]
    assert got == [("全区森林覆盖率", 60.0, "%", "不低于"), ("PM2.5浓度", 29.2, "μg/m3", "以内")]


def test_campaign_names():
    assert campaign_name("(三)深入打好碧水保卫战".split(")")[1]) == ("碧水保卫战", "保卫战")
    assert campaign_name("加强组织领导") is None


def test_meta_letter_title_not_cover_letter():
    p = plan(YUSHUI)
    assert p.meta.title == "关于进一步加强生态环境保护深入打好污染防治攻坚战实施方案"
    assert (p.meta.doc_number, p.meta.date, p.meta.jurisdiction, p.meta.level) == ("渝党发〔2022〕9号", "2022-07-07", "渝水区", "district")


def test_doc_number_run_into_the_title_of_a_scraped_page(tmp_path):
    # a page flattened onto one line: the 文号 right after the title (its period between) is the
    # number without the title's last characters (was 境保护工作要点兰环委[2024]2号, or none after a period)
    p = extract_text(tmp_path, "兰考县2024年生态环境保护工作要点兰环委[2024]2号一、大气污染防治1.推进散煤治理。牵头单位:县发展改革委;责任单位:县住建局\n")
    assert p.meta.doc_number == "兰环委[2024]2号"
    p = extract_text(tmp_path, "岳阳市洞庭湖生态环境专项整治三年行动实施方案（2018—2020年）岳政办发〔2019〕4号一、主要任务（一）矮围网围清理。〔牵头单位：市水利局〕\n")
    assert p.meta.doc_number == "岳政办发〔2019〕4号"
    # near misses: a number on its own line as before, and a number quoted in a sentence is none
    p = extract_text(tmp_path, "黔府办发〔2019〕14号\n贵州省赤水河流域保护实施方案\n一、重点任务\n1.开展监测。〔牵头单位：省生态环境厅〕\n")
    assert p.meta.doc_number == "黔府办发〔2019〕14号"
    p = extract_text(tmp_path, "根据《县深入打好污染防治攻坚战方案》县政办〔2022〕3号要求制定本要点的有关内容安排\n一、重点任务\n1.开展监测。（牵头单位：县生态环境分局）\n")
    assert p.meta.doc_number is None


def test_joint_letterhead_on_one_line_is_two_issuers(tmp_path):
    # The letterhead's space between two CJK runs is closed by the clean-up; the signature
    # names the two offices apart, and the joined run is not a third issuer.
    f = tmp_path / "ningdu.txt"
    f.write_text(
        "中共宁都县委办公室 宁都县人民政府办公室\n关于印发《宁都县深入打好污染防治攻坚战实施方案》的通知\n"
        "宁办字〔2022〕45号\n各乡（镇）党委、政府，县直各单位：\n现印发给你们，请认真抓好贯彻落实。\n"
        "中共宁都县委办公室\n宁都县人民政府办公室\n2022年6月8日\n"
        "宁都县深入打好污染防治攻坚战实施方案\n一、主要任务\n1.加强扬尘管控。（牵头单位：县生态环境局）\n",
        encoding="utf-8",
    )
    m = extract_file(f).meta
    assert m.issuers == ["中共宁都县委办公室", "宁都县人民政府办公室"]
    assert (m.doc_number, m.date, m.jurisdiction, m.level) == ("宁办字〔2022〕45号", "2022-06-08", "宁都县", "county")


def test_yushui_sections_that_spell_out_attachment_battles():
    # 一 加快推动绿色低碳发展… is the attachment's 绿色低碳发展攻坚战, (六) 加强生态环境保护和修复…
    # its 生态保护修复攻坚战; (七) 推进生态环境治理体系建设… spells none of them and stays None.
    tasks = plan(YUSHUI).tasks
    assert {t.campaign for t in tasks[:7]} == {"绿色低碳发展攻坚战"}
    assert {t.campaign for t in tasks[24:30]} == {"生态保护修复攻坚战"}
    assert {t.campaign for t in tasks[30:]} == {None}
    att = {c.name for c in plan(YUSHUI).campaigns if c.source == "attachment"}
    assert {t.campaign for t in tasks if t.campaign} <= att


def test_jingdezhen_title_wrapped_before_its_stop_is_whole():
    titles = [t.title for t in plan(JINGDEZHEN).tasks]
    assert "扎实开展矿山开采环境污染与生态破坏问题大排查整治行动" in titles
    assert not any(t.endswith("整治行") for t in titles)


def test_yichun_paragraphs_after_an_inset_return_to_their_section():
    tasks = plan(YICHUN).tasks
    by_title = {t.title: t for t in tasks}
    for title in ("完善生态产品价值实现机制", "健全生态保护补偿机制"):
        assert by_title[title].section == ["促进产业转型升级，加快绿色低碳发展", "完善绿色低碳发展机制"]
    # the inset's own heading is kept as a heading, not taken for a lost 第二节
    heads = [h.title for h in plan(YICHUN).headings]
    assert "宜春市“三线一单”生态环境分区管控要求" in heads


def test_campaign_names_in_quotes_or_before_a_clause():
    assert campaign_name("深入打好“蓝天保卫战”") == ("蓝天保卫战", "保卫战")
    assert campaign_name("打好碧水保卫战（牵头单位：市生态环境局）") == ("碧水保卫战", "保卫战")


@pytest.mark.parametrize(
    "head, title, kind",
    [
        ("XX市人民政府办公室\nXX市2024年食品安全重点工作安排\n一、强化源头治理", "XX市2024年食品安全重点工作安排", "工作安排"),
        ("关于促进民营经济发展壮大的若干措施\n为深入贯彻…", "关于促进民营经济发展壮大的若干措施", "措施"),
        ("XX县城乡环境整治三年行动\n一、目标", "XX县城乡环境整治三年行动", "行动"),
        ("XX区2024年河湖长制重点任务清单\n序号", "XX区2024年河湖长制重点任务清单", "任务清单"),
        # a plan kind in the same line wins over a division list's
        ("XX市大气污染防治实施方案任务分工表", "XX市大气污染防治实施方案", "实施方案"),
        # a division plan (重点任务分工方案) is of its own kind, not any 方案
        ("隆回县2023年优化营商环境重点任务分工方案\n序号", "隆回县2023年优化营商环境重点任务分工方案", "分工方案"),
        ("2024年《政府工作报告》重点工作分工方案\n一、", "2024年《政府工作报告》重点工作分工方案", "分工方案"),
        # a coordination office's ledger (督查事项台账, 整改台账) is a list of tasks as well
        ("隆回县2024年第一季度县委县政府重点督查事项台账\n县委督查室", "隆回县2024年第一季度县委县政府重点督查事项台账", "台账"),
        ("XX县中央生态环境保护督察反馈问题整改台账（2023年）\n序号", "XX县中央生态环境保护督察反馈问题整改台账（2023年）", "台账"),
        ("隆回县2024年县委县政府重点督办事项清单\n序号", "隆回县2024年县委县政府重点督办事项清单", "任务清单"),
        # a problems' closing-out ledger (销号台账 / 问题台账), its period in brackets (was no title:
        # the place unknown, every unit （未知区）…)
        ("宜宾市叙州区生态环境领域突出问题整改销号台账（2023年第二季度）\n填报单位：区环委办",
         "宜宾市叙州区生态环境领域突出问题整改销号台账（2023年第二季度）", "台账"),
        ("XX县长江经济带警示片披露问题台账（2024年上半年）\n序号", "XX县长江经济带警示片披露问题台账（2024年上半年）", "台账"),
        # the findings a list answers (督察反馈意见 / 审计意见) are not its kind (was titled …反馈意见,
        # kind 意见); near miss: a title closing with them keeps them
        ("廉江市贯彻落实广东省第三生态环境保护督察组督察反馈意见整改清单\n序号",
         "廉江市贯彻落实广东省第三生态环境保护督察组督察反馈意见整改清单", "任务清单"),
        ("XX县审计意见问题清单\n序号", "XX县审计意见问题清单", "任务清单"),
        ("XX市贯彻落实中央第二环境保护督察组督察反馈意见\n一、", "XX市贯彻落实中央第二环境保护督察组督察反馈意见", "意见"),
        # an emergency plan and a list of projects (were no title: the plan had no place, its units
        # （未知市）…; the list's title was a 责任单位 line)
        ("曲靖市森林草原火灾应急预案\n\n1　总则", "曲靖市森林草原火灾应急预案", "预案"),
        ("XX县突发地质灾害应急预案（2024年修订）\n", "XX县突发地质灾害应急预案（2024年修订）", "预案"),
        ("株洲市2024年重点民生实事项目清单\n\n一、教育类", "株洲市2024年重点民生实事项目清单", "任务清单"),
        # a 督查室's notice of supervised matters (督办通知 / 督查通知) lists them as a 督办单 does
        ("县委督查室 县政府督查室关于加快推进农村人居环境整治工作的督办通知\n\n各乡镇",
         "县委督查室县政府督查室关于加快推进农村人居环境整治工作的督办通知", "任务清单"),
        ("湘潭市岳塘区人民政府办公室督办通知\n\n督办事项一：", "湘潭市岳塘区人民政府办公室督办通知", "任务清单"),
        ("岳西县人民政府督查室关于开展安全生产工作的督查通知\n", "岳西县人民政府督查室关于开展安全生产工作的督查通知", "任务清单"),
        # minutes (会议纪要) are titled by their head line (was a sentence of the body ending 方案, and
        # its place 会议同意区: every unit of the minutes resolved there)
        ("凤翔区人民政府常务会议纪要\n\n〔2027〕第3次\n\n会议同意区住建局提出的城区集中供热管网改造方案。\n",
         "凤翔区人民政府常务会议纪要", "会议纪要"),
        ("XX市人民政府专题会议纪要\n\n〔2024〕23号\n", "XX市人民政府专题会议纪要", "会议纪要"),
        ("按照《县委常委会会议纪要》要求，做好以下工作。\n", "", None),
        # lists of each body's duties (…成员单位工作职责 / …职责分工 / …职责清单 / …工作责任规定): were
        # titled by a duty's sentence naming 规划 (（1）负责拟订…发展规划, kind 规划), by a heading
        # reading 区规划和自然资源局 as the kind 规划 (（一）区规划), or not at all
        ("兰州市有关部门生态环境保护职责清单\n兰办发〔2024〕15号\n\n1.市发展改革委：\n（1）负责拟订并组织实施国民经济和社会发展规划中的生态环境保护内容。\n",
         "兰州市有关部门生态环境保护职责清单", "职责分工"),
        ("太原市小店区林长制成员单位工作职责\n\n一、区林长制办公室\n设在区规划和自然资源局，负责具体工作。\n\n二、成员单位职责\n（一）区规划和自然资源局：负责森林资源保护管理。\n",
         "太原市小店区林长制成员单位工作职责", "职责分工"),
        ("哈尔滨市秸秆禁烧工作指挥部各成员单位职责分工\n\n哈尔滨市秸秆禁烧工作指挥部\n2025年9月25日\n", "哈尔滨市秸秆禁烧工作指挥部各成员单位职责分工", "职责分工"),
        ("西安市碑林区生态环境保护工作责任规定\n\n中共西安市碑林区委办公室\n2020年9月1日\n\n第一章 总则\n", "西安市碑林区生态环境保护工作责任规定", "职责分工"),
        ("南宁市生态环境保护委员会工作规则及成员单位职责\n\n第一部分 工作规则\n", "南宁市生态环境保护委员会工作规则及成员单位职责", "职责分工"),
        # a cover letter printing a list of duties without its place: titled after its issuer (was
        # 成员单位职责, every committee's); near miss: a plan's printed title is kept as printed
        ("南京市生态环境保护委员会关于印发成员单位职责的通知\n宁环委〔2022〕2号\n\n各区生态环境保护委员会：\n",
         "南京市生态环境保护委员会成员单位职责", "职责分工"),
        ("厦门市生态环境局关于印发2022年全市生态环境保护工作要点的通知\n\n各处室：\n", "2022年全市生态环境保护工作要点", "工作要点"),
        # near misses: a sentence or a heading naming the duties is no title; a body's name holding
        # 规划 before 和…局 is no 规划
        ("市领导小组负责统筹协调。各成员单位职责如下：\n", "", None),
        ("二、成员单位职责\n（一）区规划和自然资源局：负责森林资源保护管理。\n", "", None),
        # near miss: the word in a sentence is no title
        ("各单位要建立问题整改台账，实行销号管理。\n", "", None),
        ("整改完成后及时更新问题台账。\n", "", None),
        ("梳理形成重点事项清单，逐项明确责任单位。\n", "", None),
    ],
)
def test_title_and_kind_of_plans_that_are_not_named_fang_an(head, title, kind):
    from respgraph.structure.meta import find_kind, find_title

    assert find_title(head) == title
    assert find_kind(title) == kind


@pytest.mark.parametrize(
    "head, title, place",
    [
        # a list of a kind no title rule knows (推进情况表), its first line naming place and year
        ("隆回县2024年重点项目推进情况表\n序号\t项目名称\t责任单位\n1\t县城第二水厂\t县水利局\n", "隆回县2024年重点项目推进情况表", "隆回县"),
        # a table's row is no title, whatever kind a name in it holds (市自然资源和规划局: the row was
        # the title, a 规划 of no place)
        ("泉州市2026年为民办实事项目表\n\n序号\t项目名称\t建设内容\t牵头单位\t配合单位\n"
         "1\t新增公办学位\t新建中小学20所\t市教育局\t市发展改革委、市自然资源和规划局\n", "泉州市2026年为民办实事项目表", "泉州市"),
        ("序号\t项目名称\t责任单位\n1\t编制国土空间规划\t县自然资源和规划局\n", "", None),
        # near misses: a sentence, a signature with its date, a line naming no place
        ("各乡镇2024年要完成以下任务：\n1.县水利局负责。\n", "", None),
        ("隆回县人民政府办公室2024年3月12日\n", "", "隆回县"),
        ("全县2024年重点项目推进表\n", "", None),
        # a phone page (WeChat account) that wraps every 12–20 characters and only cites the plan
        # it posts: titled by the 《…》 joined over its break (was 提质升级行动方案, no place)
        ("🔥重磅！《泾县全域旅游\n提质升级行动方案》来了！\n\n泾县发布  2024-04-02\n\n【重点任务】\n", "泾县全域旅游提质升级行动方案", "泾县"),
        # near misses: a cited plan naming no place is no title; an open 《 never closed joins nothing
        ("重磅！《全域旅游\n提质升级行动方案》来了！\n\n【重点任务】\n", "", None),
        ("学习《泾县全域旅游\n\n【重点任务】\n", "", None),
        # a WeChat headline tag before the title (重磅！/ 【权威发布】) is no part of it: the title
        # names its place (was 重磅！大理州…, no place: the 州's units were 未知州's)
        ("重磅！大理州旅游业高质量发展三年行动计划出炉\n原创 大理发布 2023-04-12\n", "大理州旅游业高质量发展三年行动计划", "大理州"),
        ("【权威发布】赛罕区今冬明春火灾防控工作方案\n", "赛罕区今冬明春火灾防控工作方案", "赛罕区"),
        # near miss: a title holding no tag keeps its words (关注 opens the title, no ！ after it)
        ("关注困难群众基本生活保障工作方案\n", "关注困难群众基本生活保障工作方案", None),
        # a tag naming the place is the title's place: kept, out of its brackets (【宁乡县】 was
        # dropped with the place, the title 2024年… of no place)
        ("【宁乡县】2024年农业农村工作要点\n", "宁乡县2024年农业农村工作要点", "宁乡县"),
        ("宁乡县｜2024年农业农村工作要点\n", "宁乡县｜2024年农业农村工作要点", "宁乡县"),
        ("权威发布｜宁乡县2024年农业农村工作要点\n", "宁乡县2024年农业农村工作要点", "宁乡县"),
    ],
)
def test_title_of_a_dated_list_no_kind_names(head, title, place):
    from respgraph.structure.meta import plan_meta

    meta = plan_meta(head, "p", "p.txt")
    assert (meta.title, meta.jurisdiction) == (title, place)


@pytest.mark.parametrize(
    "head, title, place",
    [
        # a 目标责任书 is titled by its kind (was titled by its first item: （四）中央环保督察问题整改…) and
        # its units are 乙方's, labelled (乙方：广德县人民政府) or named (广德县人民政府（乙方）): the place
        # (its 县环保局 was a （未知县）环境保护局)
        ("2018年度环境保护目标责任书\n\n为落实……，宣城市人民政府（甲方）与广德县人民政府（乙方）签订本责任书。\n"
         "甲方：宣城市人民政府\n乙方：广德县人民政府\n\n一、责任目标\n", "2018年度环境保护目标责任书", "广德县"),
        ("2018年度大气污染防治目标责任书\n\n宣城市人民政府（甲方）与广德县人民政府（乙方）签订本责任书。\n一、目标\n",
         "2018年度大气污染防治目标责任书", "广德县"),
        # a city's book to each district: the district in brackets under the title (the title's place is the city's)
        ("宜昌市2017年度环境保护目标责任书\n（夷陵区）\n\n根据……，特制定本责任书。\n一、目标任务\n",
         "宜昌市2017年度环境保护目标责任书", "夷陵区"),
        # near misses: a 责任书 naming no 乙方 keeps its title's place; a 方案's contractor (乙方：某公司)
        # names no place of the plan
        ("宜昌市2017年度环境保护目标责任书\n\n根据……，特制定本责任书。\n一、目标任务\n", "宜昌市2017年度环境保护目标责任书", "宜昌市"),
        ("XX县农村生活污水设施运维工作方案\n\n运维合同由乡镇人民政府（甲方）与运维公司（乙方）签订。\n乙方：广德县人民政府\n",
         "XX县农村生活污水设施运维工作方案", "XX县"),
    ],
)
def test_a_responsibility_books_place_is_its_party_b(head, title, place):
    from respgraph.structure.meta import plan_meta

    meta = plan_meta(head, "p", "p.txt")
    assert (meta.title, meta.kind, meta.jurisdiction) == (title, "责任书" if "责任书" in title else "工作方案", place)


@pytest.mark.parametrize(
    "head, title, kind, place",
    [
        # minutes headed by the organ over 会议纪要 on a line of its own: the two lines are the
        # title (a preamble sentence naming 市自然资源和规划局 was the title, of kind 规划)
        ("洛阳市人民政府\n会议纪要\n\n〔2024〕第18次\n\n　　2024年7月12日下午，副市长主持召开专题会议。\n"
         "　　会议听取了市住房和城乡建设局关于进展情况的汇报，市自然资源和规划局、市城市管理局作了补充发言。\n",
         "洛阳市人民政府会议纪要", "会议纪要", "洛阳市"),
        ("XX县人民政府\n常务会议纪要\n\n第5次\n", "XX县人民政府常务会议纪要", "会议纪要", "XX县"),
        # a kind's word inside a body's name ends no title: 规划局 / 规划委员会 (was 洛阳市规划)
        ("洛阳市规划局2023年工作要点\n", "洛阳市规划局2023年工作要点", "工作要点", "洛阳市"),
        ("关于加强城乡规划委员会工作的实施意见\n", "关于加强城乡规划委员会工作的实施意见", "实施意见", None),
        # 十件重点民生实事: a list of projects titled by its kind alone (was an item's sentence)
        ("许昌市2024年十件重点民生实事\n\n1．新建城市口袋公园30个。由市城市管理局负责实施，"
         "市自然资源和规划局、市住房城乡建设局配合。\n", "许昌市2024年十件重点民生实事", "任务清单", "许昌市"),
        # near misses: an organ over a kind's line that is a title of its own; a notice naming a
        # list's kind is titled whole (was 关于做好2024年民生实事, cut at the kind)
        ("XX县人民政府办公室\nXX县2024年秸秆禁烧工作方案\n", "XX县2024年秸秆禁烧工作方案", "工作方案", "XX县"),
        ("XX市人民政府办公室\n关于做好2024年民生实事工作的通知\n", "关于做好2024年民生实事工作的通知", "通知", "XX市"),
        ("关于做好2024年项目清单管理工作的通知\n", "关于做好2024年项目清单管理工作的通知", "通知", None),
    ],
)
def test_title_of_minutes_and_lists_headed_by_their_kind(head, title, kind, place):
    from respgraph.structure.meta import plan_meta

    meta = plan_meta(head, "p", "p.txt")
    assert (meta.title, meta.kind, meta.jurisdiction) == (title, kind, place)


@pytest.mark.parametrize(
    "names, place, level",
    [
        (["赣州市“十四五”生态环境保护规划"], "赣州市", "city"),  # the shortest match stopped at 赣州
        # a place inside the first (the issuer writes its city first), a zone named after its city
        (["北京市通州区人民政府"], "通州区", "district"),
        (["宜春市袁州区人民政府办公室"], "袁州区", "district"),
        (["中共宜春市袁州区委"], "袁州区", "district"),
        (["宜春市袁州区2023年河长制工作要点"], "袁州区", "district"),
        (["南康区唐江镇人民政府"], "唐江镇", "township"),
        (["南昌市东湖区豫章街道办事处"], "豫章街道", "subdistrict"),
        # a 街道's offices signing in full under the district's government or committee (was the
        # district: the street's own offices placed in it)
        (["宜春市袁州区人民政府东湖街道办事处"], "东湖街道", "subdistrict"),
        (["中共宜春市袁州区委东湖街道工作委员会"], "东湖街道", "subdistrict"),
        # a street's party committee under a zone or district named right before it (was the zone)
        (["中共苏州工业园区唯亭街道工作委员会"], "唯亭街道", "subdistrict"),
        (["中共苏州市姑苏区平江街道工作委员会"], "平江街道", "subdistrict"),
        (["北京市朝阳区人民政府建外街道办事处"], "建外街道", "subdistrict"),
        (["南昌市人民政府九江市人民政府"], "南昌市", "city"),
        (["赣州经济技术开发区管理委员会"], "赣州经济技术开发区", "zone"),
        (["赣州经开区2023年生态环境保护工作要点"], "赣州经开区", "zone"),
        (["XX市高新区管委会"], "XX市高新区", "zone"),
        # a district's own office signs with its city before it (no 人民政府 after the district)
        (["抚州市临川区河长制办公室"], "临川区", "district"),
        (["抚州市临川区生态环境分局"], "临川区", "district"),
        # near miss: a bureau's branch in a zone is the city's (生态环境局高新区 is no place)
        (["南昌市生态环境局高新区分局"], "南昌市", "city"),
        # near misses: a bureau's name after the city holds no place
        (["XX市城市管理委员会"], "XX市", "city"),
        (["XX市市场监督管理局"], "XX市", "city"),
        (["江西省生态环境厅"], "江西省", "province"),
        (["通州区人民政府办公室"], "通州区", "district"),
        (["黄坳镇人民政府"], "黄坳镇", "township"),
        (["中共黄坳镇委员会"], "黄坳镇", "township"),
        (["全南县人民政府办公室"], "全南县", "county"),
        (["秀山土家族苗族自治县人民政府办公室"], "秀山土家族苗族自治县", "county"),
        # near misses: a region, the whole of an unnamed place, a title opening with 关于/a verb,
        # 城乡 in a title (a township only names itself as an issuer)
        (["重点区域2023—2024年秋冬季大气污染综合治理攻坚方案"], None, None),
        (["全县2023年农村人居环境整治提升工作要点"], None, None),
        (["关于加强城市黑臭水体治理的工作方案"], None, None),
        (["推进城区污水管网建设方案"], None, None),
        (["城乡环境综合整治工作方案"], None, None),
        (["乡村振兴局"], None, None),
        (["国家生态文明建设示范区创建实施方案"], None, None),  # was the place 国家生态文明建设示范区
        (["创建全国文明城区工作方案"], None, None),
        # a district whose one-character name ends in 县 / 市 / 旗 (was 赣县 county, 沙市 city)
        (["赣县区人民政府"], "赣县区", "district"),
        (["赣县区2023年大气污染防治工作方案"], "赣县区", "district"),
        (["中共赣州市赣县区委"], "赣县区", "district"),
        (["荆州市沙市区人民政府"], "沙市区", "district"),
        (["新市区人民政府"], "新市区", "district"),
        (["新乡市红旗区人民政府"], "红旗区", "district"),
        (["市中区人民政府"], "市中区", "district"),
        # near misses: a city's urban area is the city; a county named after its city stays a county
        (["九江市区2023年扬尘治理工作方案"], "九江市", "city"),
        (["吉安县2023年工作要点"], "吉安县", "county"),
        (["和县人民政府"], "和县", "county"),
        (["县市区2023年工作要点"], None, None),
        (["区市场监管局"], None, None),  # was the place 区市 (table-spaces fixture: 区市所辖区城市管理局)
        # a bonded zone, a township of Inner Mongolia (were district, none)
        (["南昌综合保税区管理委员会"], "南昌综合保税区", "zone"),
        (["宝格达乌拉苏木人民政府"], "宝格达乌拉苏木", "township"),
        # a township or 街道 titling its own plan, the year after its name (was none); near miss: no year
        (["梧桐街道2024年生活垃圾分类工作实施方案"], "梧桐街道", "subdistrict"),
        (["城乡环境综合整治实施方案"], None, None),
        (["乡村振兴2024年工作要点"], None, None),
        # ... or 关于 after its name; a template's placeholder name (XX镇 / ××街道) is its place
        # (were none: 镇X were （未知镇）'s)
        (["金鸡镇关于开展人居环境整治的实施方案"], "金鸡镇", "township"),
        (["XX镇人民政府"], "XX镇", "township"),
        (["XX街道办事处"], "XX街道", "subdistrict"),
        (["××镇2024年安全生产工作要点"], "××镇", "township"),
        (["小城镇2024年建设工作要点"], "小城镇", "township"),  # (the year after it: as before)
        (["XX2024年工作要点"], None, None),
        # a residential compound after a town is no district (was the place 东城街道老旧小区)
        (["东城街道老旧小区改造工作方案"], None, None),
        (["东城街道2024年老旧小区改造方案"], "东城街道", "subdistrict"),
        (["江景区人民政府"], "江景区", "district"),  # near miss: a district ending in 景区
        # a county-level city, a forestry and a special district: the registry's level (were city, district)
        (["瑞金市人民政府"], "瑞金市", "county"),
        (["吉安市井冈山市人民政府"], "井冈山市", "county"),
        (["神农架林区人民政府"], "神农架林区", "county"),
        (["六枝特区人民政府"], "六枝特区", "county"),
        # near misses: a prefecture-level city; a city nobody listed keeps the level of its 市
        (["赣州市人民政府"], "赣州市", "city"),
        (["瑞新市人民政府"], "瑞新市", "city"),
        # two places issuing jointly on one line: the first (was the place 人民政府九江市)
        (["南昌市人民政府  九江市人民政府"], "南昌市", "city"),
        (["四川省人民政府重庆市人民政府关于印发成渝地区双城经济圈生态环境保护规划的通知"], "四川省", "province"),
        # a listed district of the city named before it, whatever words follow (were the cities);
        # near misses: words that only look like districts stay the city's
        (["嘉兴市南湖区创建全国文明城市测评体系责任分工表"], "南湖区", "district"),
        (["重庆市九龙坡区城市更新行动方案"], "九龙坡区", "district"),
        (["成都市武侯区全域旅游发展方案"], "武侯区", "district"),
        (["衡阳市老旧小区改造方案"], "衡阳市", "city"),
        (["嘉兴市南湖景区提升方案"], "嘉兴市", "city"),
        # a title opening with its year before its place (was none); near misses: 全市, no place
        (["2025年绍兴市医疗保障工作要点"], "绍兴市", "city"),
        (["2024年度衡阳市大气污染防治实施方案"], "衡阳市", "city"),
        (["2025年全市医疗保障工作要点"], None, None),
        (["2025年政府工作报告重点任务分工"], None, None),
        # 城市 is the word "city", no place (was the place 城市)
        (["城市更新行动方案"], None, None),
        (["2024年城市更新行动方案"], None, None),
        # a democratic party's committee (a proposal's author in a 提案办理 table) names no place
        # (was the league 民盟); the next issuer names it; near miss: a real league stays one
        (["民盟市委", "芜湖市人民政府办公室"], "芜湖市", "city"),
        (["九三学社市委", "民革县委", "灵璧县人民政府"], "灵璧县", "county"),
        (["兴安盟行政公署"], "兴安盟", "city"),
        # a title opening with its issuing offices names no place (was 县委督查室县); a place before
        # its office still does
        (["县委督查室县政府督查室关于加快推进农村人居环境整治工作的督办通知"], None, None),
        (["县政府督查室关于加快推进农村人居环境整治工作的督办通知"], None, None),
        (["湘潭市岳塘区人民政府办公室督办通知"], "岳塘区", "district"),
        (["岳西县委督查室岳西县政府督查室关于开展安全生产督查的通知"], "岳西县", "county"),
        # a 兵团 division and its city (师市合一): the city (was none, or 第一师阿拉尔市)
        (["新疆生产建设兵团第一师阿拉尔市2024年农业节水增效实施方案"], "阿拉尔市", "county"),
        (["第一师阿拉尔市办公室"], "阿拉尔市", "county"),
        # its offices signing as 师市 (the division-city, unnamed, as 全市 is): the title's
        # 第八师石河子市 (was the place 师市); near miss: 师市 alone names none
        (["师市党委办公室", "第八师石河子市2024年乡村振兴实施方案"], "石河子市", "county"),
        (["师市党委办公室", "师市政府办公室"], None, None),
        # a campaign named for its place, its level unwritten: the place (was 美丽湖州, a city no
        # registry lists, and the plan's 市生态环境局 placed in it); near misses: 平安区 is a district,
        # 美丽乡村 and 平安建设 name no place
        (["2022年美丽湖州建设工作要点"], "湖州市", "city"),
        (["健康宜昌行动2021年工作要点"], "宜昌市", "city"),
        (["平安区2023年河湖长制工作要点"], "平安区", "district"),
        (["美丽乡村建设工作方案"], None, None),
        (["平安建设工作要点"], None, None),
        # an autonomous region's department signs its cover letter without the region's name: the
        # title's region (was the place 自治区, and the plan's units left unplaced)
        (["自治区生态环境厅", "新疆维吾尔自治区2023年大气污染防治工作要点"], "新疆维吾尔自治区", "province"),
        (["自治州人民政府办公室", "延边朝鲜族自治州2021年蓝天保卫战实施方案"], "延边朝鲜族自治州", "city"),
        (["自治区人民政府办公厅"], None, None),
        # near miss: a named autonomous county is its place
        (["长阳土家族自治县人民政府"], "长阳土家族自治县", "county"),
        # a town whose name ends in 市 (柳市镇, 新市镇): the town, not a city 柳市 (was 柳市, city,
        # its 镇X offices then 柳市所辖镇X); near misses: a listed city's 乡镇 / 乡村 words, a
        # district whose name ends in 市区 (沙市区)
        (["柳市镇人民政府"], "柳市镇", "township"),
        (["乐清市柳市镇人民政府"], "柳市镇", "township"),
        (["德清县新市镇2025年工作要点"], "新市镇", "township"),
        (["高安市乡镇工作要点"], "高安市", "county"),
        (["宜春市乡村振兴局"], "宜春市", "city"),
        (["荆州市沙市区人民政府"], "沙市区", "district"),
    ],
)
def test_plan_place_from_issuers_or_title(names, place, level):
    from respgraph.structure.meta import find_place

    assert find_place(names) == (place, level)


TOWN_BODY = "\n一、工作任务\n1．开展清洁行动。（牵头单位：镇农业服务中心；配合单位：县农业农村局）\n"


@pytest.mark.parametrize("head,place,level", [
    # a town's title and its topic: its plan when the text speaks as the town (was none)
    ("金鸡镇农村人居环境整治工作方案\n为推进我镇人居环境整治，制定本方案。", "金鸡镇", "township"),
    ("东城街道老旧小区改造工作方案\n结合本街道实际，制定本方案。", "东城街道", "subdistrict"),
    # a signature the plan ends with, as a placeholder
    ("2024年安全生产工作要点\n一、工作任务\n1．开展排查。（牵头单位：镇应急办）\n\nXX镇人民政府\n2024年2月1日", "XX镇", "township"),
    # a town whose name ends in 市, its title opening with it and its topic, signed by its committee
    # for the field (was the city 柳市, unsigned and undated)
    ("柳市镇安全生产治本攻坚三年行动2025年度工作计划\n根据乐清市安委会部署要求，结合我镇实际，制定本计划。\n"
     "一、工作任务\n1．开展排查。（牵头单位：镇应急管理和消防安全办公室）\n\n柳市镇安全生产委员会\n2025年2月18日",
     "柳市镇", "township"),
    # near misses: no word of the town's own; a kind of town, not one
    ("金鸡镇农村人居环境整治工作方案\n为推进人居环境整治，制定本方案。", None, None),
    ("小城镇建设工作方案\n为推进全镇建设，制定本方案。", None, None),
    ("特色小镇培育工作方案\n结合我镇实际。", None, None),
])
def test_town_plans_without_their_county(tmp_path, head, place, level):
    meta = extract_text(tmp_path, head + ("" if "工作任务" in head else TOWN_BODY)).meta
    assert (meta.jurisdiction, meta.level) == (place, level)


def test_a_town_committee_for_a_field_signs_and_dates_the_plan(tmp_path):
    # 乐从镇消防安全委员会 under the body: the issuer and the date (were none: no place read in it);
    # near miss: a committee naming no town signs nothing
    text = ("乐从镇2025年消防安全专项整治工作方案\n结合我镇实际，制定本方案。\n一、工作任务\n"
            "1．开展排查。（牵头部门：镇应急管理办公室）\n\n{signer}\n2025年3月5日\n")
    meta = extract_text(tmp_path, text.format(signer="乐从镇消防安全委员会")).meta
    assert (meta.issuers, meta.date) == (["乐从镇消防安全委员会"], "2025-03-05")
    meta = extract_text(tmp_path, text.format(signer="消防安全委员会")).meta
    assert meta.issuers == []


PLACE_BODY = "\n一、重点任务\n1．开展排查。（牵头单位：生态环境局；配合单位：市场监督管理局）\n"


@pytest.mark.parametrize("head,place,level", [
    # a head naming no place, its opening naming one place of the level its 全区 / 我县 / 全市 says
    # (were none: its units （未知区）'s)
    ("2023年全区大气污染防治工作方案\n为改善天元区环境空气质量，持续打好蓝天保卫战，结合实际，制定本方案。",
     "天元区", "district"),
    ("农村人居环境整治提升工作方案\n为深入推进XX县农村人居环境整治，结合我县实际，制定本方案。", "XX县", "county"),
    ("全市安全生产专项整治三年行动方案\n为进一步加强株洲市安全生产工作，根据省委、省政府部署，制定本方案。",
     "株洲市", "city"),
    ("全区营商环境优化提升方案\n为深化与芦淞区协作，推动天元区高质量发展，制定本方案。", "天元区", "district"),
    ("全市城乡融合发展方案\n为推动醴陵市城乡融合发展，根据株洲市部署，制定本方案。", "醴陵市", "county"),
    # near misses: two districts; only the levels above, or their committees; a district under the
    # city named (a district's plan may say 全市); no word of the plan's own level
    ("2023年全区大气污染防治工作方案\n为改善天元区、芦淞区环境空气质量，制定本方案。", None, None),
    ("2023年全区大气污染防治工作方案\n根据湖南省委、株洲市政府部署，结合实际，制定本方案。", None, None),
    ("全省大气污染防治工作方案\n根据湖南省委、省政府部署，制定本方案。", None, None),
    ("全市工作方案\n按照株洲市部署，结合天元区实际，制定本方案。", None, None),
    ("大气污染防治工作方案\n为改善天元区环境空气质量，制定本方案。", None, None),
    ("本市市场监管工作方案\n为优化市场环境，制定本方案。", None, None),
    ("全市小商品市场提升工作方案\n为学习借鉴义乌市经验，推动全市市场提档升级，制定本方案。", None, None),
])
def test_plan_place_from_the_opening_when_the_head_names_none(tmp_path, head, place, level):
    meta = extract_text(tmp_path, head + PLACE_BODY).meta
    assert (meta.jurisdiction, meta.level) == (place, level)


def test_town_plan_bodies_resolve_to_the_town_and_its_county(tmp_path):
    from respgraph.resolve import resolve_plan

    path = tmp_path / "plan.txt"
    path.write_text("金鸡镇2024年农村人居环境整治工作方案\n一、重点任务\n"
                    "1．开展村庄清洁行动。（牵头单位：镇农业综合服务中心；配合单位：县农业农村局、各村（社区））\n"
                    "2．推进农村改厕。（镇村建办牵头，县城管局、镇派出所配合）\n\n金鸡镇人民政府\n2024年3月1日\n", encoding="utf-8")
    r = resolve_plan(extract_file(path))
    ids = [a.agency_id for xs in r.assignments.values() for a in xs]
    assert ids == ["金鸡镇/农业综合服务中心", "金鸡镇所在县/农业农村局", "金鸡镇/各村（社区）",
                   "金鸡镇/村建办", "金鸡镇所在县/城市管理局", "金鸡镇/派出所"]
    assert r.plan.meta.level == "township"


@pytest.mark.parametrize(
    "head, place, level",
    [
        # the central government's own plans: State Council, its office, a ministry, a national bureau
        ("国务院办公厅关于印发空气质量持续改善行动计划的通知\n国办发〔2023〕24号\n各省、自治区、直辖市人民政府：\n"
         "现印发给你们。\n国务院办公厅\n2023年11月30日\n空气质量持续改善行动计划\n", "中央", "national"),
        ("生态环境部关于印发《重点行业挥发性有机物综合治理方案》的通知\n环大气〔2019〕53号\n", "中央", "national"),
        ("国家发展改革委关于印发《XX专项行动方案》的通知\n", "中央", "national"),
        # near misses: a central organ's local branch is its place; a local plan naming a national title
        ("国家税务总局XX市税务局2024年工作要点\n", "XX市", "city"),
        ("XX市人民政府办公室关于印发XX市创建国家生态文明建设示范市实施方案的通知\n", "XX市", "city"),
        ("国家生态文明建设示范区创建实施方案\n一、总体要求\n", None, None),
    ],
)
def test_plans_of_central_organs_are_the_central_governments(head, place, level):
    from respgraph.structure.meta import plan_meta

    m = plan_meta(head, "p", "p.txt")
    assert (m.jurisdiction, m.level) == (place, level)


@pytest.mark.parametrize(
    "head, title, kind",
    [
        # a title broken over two lines
        ("上饶市2023年深入打好污染防治攻坚战\n工作要点\n\n一、深入打好蓝天保卫战", "上饶市2023年深入打好污染防治攻坚战工作要点", "工作要点"),
        # the years (试行) after the kind are the title's; the kind is read before them
        ("抚州市空气质量持续改善行动计划（2023—2025年）\n为持续改善…", "抚州市空气质量持续改善行动计划（2023—2025年）", "行动计划"),
        ("XX市生态环境损害赔偿管理办法（试行）\n第一条", "XX市生态环境损害赔偿管理办法（试行）", "管理办法"),
        # the quotes of “十四五” belong to the title
        ("国家发展改革委 生态环境部关于印发《“十四五”塑料污染治理行动方案》的通知\n", "“十四五”塑料污染治理行动方案", "行动方案"),
        ("关于印发“XX县2023年秸秆禁烧工作方案”的通知\n", "XX县2023年秸秆禁烧工作方案", "工作方案"),
        # a kind inside 《》 or （） is another document's; a line ending with a kind is titled whole
        ("永丰县贯彻落实《吉安市深入打好污染防治攻坚战实施方案》的工作方案\n为贯彻落实…",
         "永丰县贯彻落实《吉安市深入打好污染防治攻坚战实施方案》的工作方案", "工作方案"),
        ("萍乡市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n",
         "萍乡市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "规划"),
        ("XX市城市更新实施方案（征求意见稿）\n", "XX市城市更新实施方案（征求意见稿）", "实施方案"),
        ("XX市城市更新实施方案（2023年修订）\n", "XX市城市更新实施方案（2023年修订）", "实施方案"),
        # a run-together head: the plan the cover letter prints
        ("明林党发〔2018〕23号中共明林区委明林区人民政府关于印发《明林区深入打好污染防治攻坚战实施方案》的通知各乡镇党委、政府，"
         "区直各单位：现将《明林区深入打好污染防治攻坚战实施方案》印发给你们，请认真抓好贯彻落实。",
         "明林区深入打好污染防治攻坚战实施方案", "实施方案"),
        # near misses: a title running into its preamble ends at its kind; a signature date or a
        # document number above the title is not its first line
        ("XXXX投资区深入打好污染防治攻坚战实施方案为深入贯彻落实中共中央、国务院关于深入打好污染防治攻坚战的意见，制定本方案。",
         "XXXX投资区深入打好污染防治攻坚战实施方案", "实施方案"),
        ("中共全南县委办公室\n2023年2月20日\n全县2023年农村人居环境整治提升工作要点\n", "全县2023年农村人居环境整治提升工作要点", "工作要点"),
        ("X府办发〔2023〕12号\n工作要点\n", "", None),
        ("XX市人民政府办公室\nXX市2024年食品安全重点工作安排\n", "XX市2024年食品安全重点工作安排", "工作安排"),
        # a division list titled without 表 (its first row in a spreadsheet) is titled, not the
        # first row naming a 专项行动 task
        ("临川区2022年生态环境保护重点任务分工\n序号\t工作任务\t牵头单位\t责任单位\n1\t开展河湖“清四乱”专项行动\t区水利局\t区公安分局\n",
         "临川区2022年生态环境保护重点任务分工", "分工表"),
        # near miss: a plan kind before it still names the plan
        ("XX县2023年污染防治攻坚战实施方案重点任务分工\n", "XX县2023年污染防治攻坚战实施方案", "实施方案"),
        # …重点工作任务分解 (no 表) is a division list too (a task's line was taken for the title, its
        # place lost: every 区X局 unplaced)
        # a department's 督办清单 of its year's work names it (was no title: the 厅's 处室 unplaced)
        ("福建省生态环境厅2021年重点工作督办清单\n一、深入打好污染防治攻坚战\n", "福建省生态环境厅2021年重点工作督办清单", "任务清单"),
        ("湖州市吴兴区2018年“五水共治”重点工作任务分解\n吴兴治水办〔2018〕7号\n一、治污水\n", "湖州市吴兴区2018年“五水共治”重点工作任务分解", "分工表"),
    ],
)
def test_titles_on_two_lines_with_years_or_quotes(head, title, kind):
    from respgraph.structure.meta import find_kind, find_title

    assert find_title(head) == title
    assert find_kind(title) == kind


@pytest.mark.parametrize(
    "head, title",
    [
        # menu lines a saved portal page leaves above the title: no first line of it
        ("走进九江\n九江市2023年大气污染防治工作方案\n为持续改善…\n", "九江市2023年大气污染防治工作方案"),
        ("政策文件\n安福县2023年大气污染防治工作方案\n", "安福县2023年大气污染防治工作方案"),
        # a WeChat article's head: the account, its posting time, the follow prompt (关注 / “宜昌发布”
        # / 了解宜昌最新资讯), then the headline with its tag and verb (was 了解宜昌最新资讯【政策】…:
        # no place, every 市 body unplaced)
        ("宜昌发布\n2021-07-02 19:30\n关注\n“宜昌发布”\n了解宜昌最新资讯\n【政策】宜昌市长江大保护十大标志性战役2021年工作方案印发\n",
         "宜昌市长江大保护十大标志性战役2021年工作方案"),
        # a news report over the plan: its headline (the place and 出台 / 部署) is no title; the plan
        # it names in 《》 is (was 赣州市出台蓝天保卫战三年行动计划: no year; or the report's sentence
        # …制定本地实施方案, no place). Near miss: a title naming 信息发布 is a title
        ("赣州市出台蓝天保卫战三年行动计划\n记者日前从市环保局获悉，我市已出台《赣州市打赢蓝天保卫战三年行动计划（2018—2020年）》。\n"
         "市环保局有关负责人介绍，各县（市、区）也将对照计划，制定本地实施方案。\n",
         "赣州市打赢蓝天保卫战三年行动计划（2018—2020年）"),
        ("萍乡出台水污染防治攻坚行动方案\n以下为方案全文：\n萍乡市2019年水污染防治攻坚行动方案\n", "萍乡市2019年水污染防治攻坚行动方案"),
        ("某市突发环境事件信息发布工作方案\n", "某市突发环境事件信息发布工作方案"),
        # near misses: the second line of a broken title is short, or opens with no place, or
        # the first names the place: joined
        ("上饶市2023年深入打好污染防治攻坚战\n工作要点\n", "上饶市2023年深入打好污染防治攻坚战工作要点"),
        ("关于深入打好污染防治攻坚战\n进一步加强生态环境保护的实施意见\n", "关于深入打好污染防治攻坚战进一步加强生态环境保护的实施意见"),
        ("宁都县创建国家生态文明\n示范区建设三年行动实施方案\n", "宁都县创建国家生态文明示范区建设三年行动实施方案"),
        # a letterhead with no document number below it (a .docx's text box read above the title)
        ("某市人民政府办公室文件\n某市推进数字政府建设实施方案\n", "某市推进数字政府建设实施方案"),
        ("中共某县委办公室文件\n某县2024年乡村振兴工作要点\n", "某县2024年乡村振兴工作要点"),
        # near miss: a title broken after 规范性文件 (no organ before 文件) is joined
        ("某县加强行政规范性文件\n合法性审核工作方案\n", "某县加强行政规范性文件合法性审核工作方案"),
        # a title the layout wrapped, its last character alone (an OFD's or PDF's lines): joined
        # (was no title; …任务分工 without its 表)
        ("萍乡市2025年萍水河流域生态环境综合治理工作方\n案\n为持续推进…\n", "萍乡市2025年萍水河流域生态环境综合治理工作方案"),
        ("附件\n株洲市2022年大气污染防治重点工作任务分工\n表\n序号\t重点工作任务\t责任单位\n", "株洲市2022年大气污染防治重点工作任务分工表"),
        # near miss: a chapter's number alone below a whole title stays apart
        ("某县2023年河长制工作方案\n一\n", "某县2023年河长制工作方案"),
    ],
)
def test_a_whole_title_is_not_joined_to_the_line_above(head, title):
    from respgraph.structure.meta import find_title

    assert find_title(head) == title


@pytest.mark.parametrize(
    "head, title",
    [
        # an attachment published as a file of its own opens with its label: no first line of its
        # title (was 附件四川省…, placed in 附件四川省), and its title may stand in 《》 (was none)
        ("附件\n《四川省推进新型工业化重点任务分工》\n序号\t重点任务\t牵头单位\n", "四川省推进新型工业化重点任务分工"),
        ("附件1\n\n四川省推进新型工业化重点任务分工\n序号\t重点任务\t牵头单位\n", "四川省推进新型工业化重点任务分工"),
        ("附件2：\n湖北省促进消费扩容提质实施方案\n", "湖北省促进消费扩容提质实施方案"),
        # near miss: a 《》 line below a title's first line (no label above it) stays quoted
        ("湖北省贯彻落实\n《促进消费扩容提质实施方案》的工作方案\n", "湖北省贯彻落实《促进消费扩容提质实施方案》的工作方案"),
    ],
)
def test_an_attachment_label_above_the_title_is_no_part_of_it(head, title):
    from respgraph.structure.meta import find_place, find_title

    assert find_title(head) == title
    assert find_place([title])[0] in ("四川省", "湖北省")


def test_labelled_fields_of_a_portal_page_head():
    """标题：/发文机关：/成文日期： lines of a 政府信息公开 page (or text copied from one) state the
    plan's title, issuer and date; 发布日期 (put online) is not the date; 项目名称： is no label."""
    from respgraph.structure.meta import plan_meta

    head = ("索引号：014100523/2023-05120\n发文机关：抚州市人民政府办公室\n成文日期：2023年05月08日\n"
            "标  题：抚州市人民政府办公室关于印发抚州市2023年大气污染防治工作方案的通知\n"
            "发文字号：抚府办字〔2023〕21号\n发布日期：2023-05-12\n一、重点任务\n")
    m = plan_meta(head, "p", "p.html")
    assert (m.title, m.issuers, m.date, m.jurisdiction, m.doc_number) == (
        "抚州市2023年大气污染防治工作方案", ["抚州市人民政府办公室"], "2023-05-08", "抚州市", "抚府办字〔2023〕21号")
    m = plan_meta("发布日期：2023-05-12\n吉安县2023年秸秆禁烧工作方案\n项目名称：秸秆综合利用\n", "p", "p.txt")
    assert (m.title, m.date) == ("吉安县2023年秸秆禁烧工作方案", "2023-05-12")


def test_a_notice_that_is_the_plan_is_titled_by_itself():
    from respgraph.structure.meta import find_kind, notice_title

    head = "宜丰县人民政府办公室关于做好2023年秸秆禁烧工作的通知\n各乡镇人民政府，县直有关单位：\n为切实做好…\n"
    assert notice_title(head) == "宜丰县人民政府办公室关于做好2023年秸秆禁烧工作的通知"
    assert find_kind(notice_title(head)) == "通知"
    # a cover letter (印发) is no plan, nor is a sentence citing a notice
    assert notice_title("XX县人民政府办公室关于印发XX方案的通知\n") == ""
    assert notice_title("根据《关于做好2023年秸秆禁烧工作的通知》，现将有关事项通知如下：\n") == ""


def test_a_plan_signed_at_its_end_takes_its_issuers_and_date_from_the_signature():
    t = ("关于全面推行林长制的实施方案\n为深入贯彻落实《关于全面推行林长制的意见》，制定本方案。\n"
         "一、主要任务\n（一）加强森林资源保护。严格林地用途管制。（责任单位：县林业局）\n"
         "（二）加强森林火灾防控。（责任单位：县林业局、县应急管理局）\n\n"
         "中共石城县委\n石城县人民政府\n（此件公开发布）\n二〇二三年五月六日\n")
    m = _parse(t).meta
    assert (m.issuers, m.jurisdiction, m.level, m.date) == (["中共石城县委", "石城县人民政府"], "石城县", "county", "2023-05-06")
    # a date cited in the preamble is not the signature when the end holds one
    t2 = ("关于加强城市黑臭水体治理的工作方案\n根据2022年9月15日市政府常务会议精神，制定本方案。\n"
          "一、重点任务\n（一）开展黑臭水体排查。（责任单位：区住建局）\n\n樟树市人民政府办公室\n2023年2月28日\n"
          "抄送：市委办公室。\n樟树市人民政府办公室  2023年3月1日印发\n")
    m = _parse(t2).meta
    assert (m.jurisdiction, m.date) == ("樟树市", "2023-02-28")


def test_a_signature_after_the_list_of_attachments_dates_the_plan():
    # GB/T 9704 lays a 公文 out so: the body, the 附件说明 (附件：…分工表), then the signature and the
    # date, then the attachment; the date after the 附件说明 was not read (no date)
    body = ("袁府办发〔2023〕12号\n宜春市袁州区人民政府办公室关于印发袁州区2023年空气质量持续改善行动方案的通知\n"
            "各乡镇人民政府、街道办事处，区政府有关部门：\n经区政府同意，现将《袁州区2023年空气质量持续改善行动方案》印发给你们。\n"
            "一、工作目标\n2023年，全区PM2.5平均浓度控制在32微克/立方米以内。\n二、主要任务\n重点任务分工详见附件。\n"
            "附件：1．袁州区2023年空气质量持续改善重点任务分工表\n　　　2．袁州区大气污染防治网格化监管责任清单\n")
    table = ("附件1\n袁州区2023年空气质量持续改善重点任务分工表\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
             "1\t淘汰35蒸吨/小时以下燃煤锅炉\t区生态环境局\t区市场监管局\t2023年9月30日\n")
    m = _parse(body + "宜春市袁州区人民政府办公室\n2023年3月6日\n" + table).meta
    assert (m.issuers, m.date) == (["宜春市袁州区人民政府办公室"], "2023-03-06")
    # no signature after the 附件说明: nothing dated (the table's 2023年9月30日 is a deadline)
    assert _parse(body + table).meta.date is None


def test_units_ending_a_plan_are_not_its_signature():
    from respgraph.structure.meta import closing_lines

    for t in ("3.推进完整社区建设。\n责任单位：市民政局（牵头）、市住建局、市商务局\n",
              "3\t加强饮用水水源地保护\t县生态环境局\t县水利局\n",
              "（二）加强组织领导。各乡镇要高度重视。\n"):
        assert closing_lines(t, len(t)) == []
    m = _parse("XX市2023年城市更新工作要点\n一、重点任务\n1.推进完整社区建设。\n责任单位：市民政局、市住建局\n").meta
    assert m.issuers == [] and m.date is None


def test_a_list_of_attachments_in_the_cover_letter_is_not_the_plan_body():
    t = ("大余县人民政府办公室关于印发大余县2023年水污染防治工作方案的通知\n各乡镇人民政府：\n"
         "现将《大余县2023年水污染防治工作方案》印发给你们，请认真组织实施。\n"
         "附件：1.大余县2023年水污染防治工作方案\n2.大余县2023年水污染防治重点任务清单\n"
         "大余县人民政府办公室\n2023年4月3日\n附件1\n大余县2023年水污染防治工作方案\n"
         "一、主要任务\n（一）加强饮用水水源保护。（责任单位：县水利局）\n")
    p = _parse(t)
    assert (p.meta.issuers, p.meta.date) == (["大余县人民政府办公室"], "2023-04-03")
    assert [h.title for h in p.headings] == ["主要任务"]
    # near miss: a numbered heading right under a bare 附件 line opens the attachment's body
    from respgraph.structure.blocks import build_blocks

    t2 = "附件2\n1.重点工程清单\n（1）建设污水管网。\n"
    assert [b.style for b in build_blocks(t2, 0, len(t2))] == ["attach", "arabic", "arabic_paren"]
    t3 = "附件：1.XX方案\n2.XX清单\n附件1\n一、主要任务\n"
    assert [b.style for b in build_blocks(t3, 0, len(t3))] == ["attach", "attach", "cn_dun"]


@pytest.mark.parametrize(
    "body, style, title",
    [
        ("加强市容环境整治：全面清理城区卫生死角。（责任单位：市城管局）", "arabic", "加强市容环境整治"),
        ("工作目标：到2025年，全县污水处理率达到95%。", "cn_paren", "工作目标"),
        # near misses: a label's colon, a list of attachments, a colon deep in a long first sentence
        ("责任单位：市城管局", "arabic", "责任单位：市城管局"),
        ("XX市2023年大气污染防治重点任务分工表：", "attach", "XX市2023年大气污染防治重点任务分工表："),
        ("附件：XX市2023年大气污染防治工作方案", "attach", "附件：XX市2023年大气污染防治工作方案"),
        ("按照省委省政府关于深入打好污染防治攻坚战的决策部署和市委市政府的工作要求：持续推进。", "arabic",
         "按照省委省政府关于深入打好污染防治攻坚战的决策部署和市委市政府的工作要求：持续推进"),
    ],
)
def test_a_title_ends_at_its_colon(body, style, title):
    from respgraph.structure.headings import _title

    assert _title(body, style) == title


def test_run_together_item_after_a_lost_number():
    # OCR lost item 3's number: 4 . (written with its stop) continues the list; a bare 6 does not
    items = [("1 .", "推进甲"), ("2 .", "推进乙"), ("4 .", "推进丁"), ("6", "推进己")]
    t = "二、主要任务" + "".join(
        f"{n}{title}。全面推进相关工作落实，确保按期完成。责任单位:区发改委等按职责分工" for n, title in items)
    t += "。" * (1600 - len(t))
    p = _parse(t)
    assert [(k.number, k.title) for k in p.tasks] == [("1", "推进甲"), ("2", "推进乙"), ("4", "推进丁"), ("4", "6推进己")]


def test_an_attached_division_table_lists_the_body_items_once(tmp_path):
    body = ("XX区2023年大气污染防治工作方案\n\n一、工作目标\nPM2.5平均浓度控制在30微克/立方米以内。\n二、重点任务\n"
            "（一）推进工业企业深度治理。完成5家企业挥发性有机物综合治理。\n（二）加强扬尘污染管控。落实“六个百分之百”要求。\n"
            "（三）推进餐饮油烟整治。完成城区餐饮油烟净化设施安装。\n三、保障措施\n各单位要按照任务分工表抓好落实。\n\n"
            "附件1：XX区2023年大气污染防治重点任务分工表\n\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
            "1\t推进工业企业深度治理\t区生态环境局\t区工信局\t2023年12月底前\n"
            "2\t加强扬尘污染管控\t区住建局\t区城管局\t长期坚持\n"
            "3\t开展秸秆禁烧巡查\t区农业农村局\t各街道办事处\t2023年11月底前\n")
    tasks = extract_text(tmp_path, body).tasks
    # the body's items a row lists keep their number, words and section and take the row's units
    # (not counted twice); a row the body does not name is in no section of the body (not 保障措施);
    # a body item the table does not list stays a task of its own, without a lead
    assert [(t.number, t.title, t.section, t.kind) for t in tasks] == [
        ("（一）", "推进工业企业深度治理", ["重点任务"], "numbered"),
        ("（二）", "加强扬尘污染管控", ["重点任务"], "numbered"),
        ("（三）", "推进餐饮油烟整治", ["重点任务"], "numbered"),
        ("3", "开展秸秆禁烧巡查", [], "table"),
    ]
    assert [m.text for m in tasks[0].mentions] == ["区生态环境局", "区工信局"]
    assert not tasks[2].mentions


def test_a_sentence_of_the_preamble_names_no_issuer():
    from respgraph.structure.meta import find_issuers

    assert find_issuers("为贯彻落实市委、市政府决策部署，结合我县实际，制定本工作方案。\n") == []
    assert find_issuers("中共永丰县委办公室 永丰县人民政府办公室\n") == ["中共永丰县委办公室", "永丰县人民政府办公室"]
    # a department's 党组 issuing to its own 处室 and 直属单位 (its letterhead over the 关于印发 line)
    assert find_issuers("中共湖南省生态环境厅党组\n关于印发《2020年党风廉政建设工作任务分工》的通知\n") == ["中共湖南省生态环境厅党组"]


def test_an_inspection_office_issuing_its_inspection_plan_gives_the_plan_its_place():
    # 郑州市人民政府督查室 sending the year's 生态环境保护重点工作督查安排 (郑政督): its 市X局 are 郑州's
    # (the office was no organ, the plan of no place, its units （未知市）X局); signed at the end only too
    from respgraph.structure.meta import find_issuers, plan_meta

    head = ("郑州市人民政府督查室\n关于2021年度生态环境保护重点工作督查安排的通知\n\n郑政督〔2021〕12号\n\n"
            "各区县（市）人民政府，市直有关部门：\n　　为确保重点工作落到实处，现将督查安排通知如下。\n")
    meta = plan_meta(head, "p", "p.txt")
    assert (meta.issuers, meta.jurisdiction) == (["郑州市人民政府督查室"], "郑州市")
    assert find_issuers("中共永丰县委督查室\n") == ["中共永丰县委督查室"]
    assert find_issuers("某区委区政府督查督办室\n") == ["某区委区政府督查督办室"]
    # near misses: a field naming the office that inspects (督查单位：市政府督查室) and a sentence naming
    # it are no issuers
    assert find_issuers("督查单位：市政府督查室\n") == []
    assert find_issuers("市政府督查室将会同市生态环境局，采取“四不两直”方式开展明查暗访。\n") == []


def test_a_forms_fields_name_no_issuer_and_no_signing_date():
    # a 督办单's fields (承办单位\t… / 协办单位\t… / 办结时限\t…): the units handed the matter sign
    # nothing, the date it is due is not the date it was signed (were the issuers and the date)
    from respgraph.structure.meta import find_date, find_issuers

    head = ("督办通知单\n督办事项\t关于伊河沿岸违规排污问题整改\n承办单位\t洛阳市生态环境局\n"
            "协办单位\t洛阳市水利局、洛龙区人民政府\n办结时限\t2025年7月31日前\n签发：王卫东　2025年6月20日\n")
    assert find_issuers(head) == []
    assert find_date(head) == "2025-06-20"


def test_plan_in_parts_reads_background_and_safeguards_by_chapter():
    t = ("XX市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
         "第一篇  开启全面建设社会主义现代化新征程\n第一章  发展基础\n“十三五”时期，全市经济社会发展取得显著成效，综合实力明显增强。\n"
         "第二章  指导思想和主要目标\n坚持新发展理念。到2025年，全市地区生产总值年均增长7%左右，城镇调查失业率控制在5.5%以内。\n"
         "第二篇  坚持创新驱动发展\n第三章  提升科技创新能力\n"
         "建设高能级创新平台。支持企业建设重点实验室和工程技术研究中心，新增省级以上创新平台30个。\n"
         "第三篇  强化规划实施保障\n第四章  健全实施机制\n加强规划实施监测评估。开展年度监测分析和中期评估，确保目标任务落实。\n")
    p = _parse(t)
    assert [(k.title, k.section) for k in p.tasks] == [("建设高能级创新平台", ["坚持创新驱动发展", "提升科技创新能力"])]
    assert (p.meta.title[-4:], p.meta.kind) == ("目标纲要", "规划")


def test_a_box_titled_on_the_next_line():
    t = ("XX市“十四五”城市更新规划\n第一章  重点任务\n（一）推进老旧小区改造。（责任单位：市住建局）\n"
         "专栏1\n城市更新重点工程\n1.老旧小区改造工程。（责任单位：市住建局）\n"
         "专栏2\n2.城市道路提升工程。（责任单位：市城管局）\n")
    p = _parse(t)
    assert [k.section for k in p.tasks] == [["重点任务"], ["重点任务", "城市更新重点工程"], ["重点任务", ""]]
    # near miss: an item right under an untitled box is not its title
    assert p.tasks[2].title == "城市道路提升工程"


def test_chapter_titles_on_the_next_line_and_a_table_of_contents():
    t = ("XX县“十四五”生态环境保护规划\n目  录\n第一章  发展基础……………………1\n第二章  主要任务……………………3\n"
         "第一节  推进绿色发展…………………3\n第三章  保障措施……………………8\n"
         "第一章\n发展基础\n“十三五”以来，全县生态环境质量持续改善。\n第二章\n主要任务\n第一节\n推进绿色发展\n"
         "严控高耗能项目。严格落实产能置换要求，坚决遏制“两高”项目盲目发展。\n第三章\n保障措施\n"
         "强化组织领导。各乡镇要把规划实施摆上重要议程，认真抓好落实。\n")
    p = _parse(t)
    assert [(h.number, h.title) for h in p.headings] == [
        ("第一章", "发展基础"), ("第二章", "主要任务"), ("第一节", "推进绿色发展"), ("第三章", "保障措施")]
    assert [(k.title, k.section) for k in p.tasks] == [("严控高耗能项目", ["主要任务", "推进绿色发展"])]
    # near miss: a chapter whose next line is a sentence keeps it as its text
    t2 = "第二章\n严控高耗能项目。严格落实产能置换要求。\n"
    assert [b.style for b in build_blocks(t2, 0, len(t2))] == ["chapter", "para"]


def test_a_dash_bullet_is_no_part_of_a_paragraph_title():
    from respgraph.structure.tasks import lead_title

    assert lead_title("——推进花炮产业转型。实施花炮企业机械化、自动化改造，建设花炮产业集聚区。") == "推进花炮产业转型"
    assert lead_title("●发展电子信息产业。引进电子元器件项目10个以上，打造电子信息产业园。") == "发展电子信息产业"
    # near miss: a bullet before a target sentence does not make it a title
    assert lead_title("——到2025年，全县规上工业增加值年均增长8%。力争工业总产值突破500亿元。") is None


def test_a_title_alone_on_a_paragraphs_first_line():
    from respgraph.structure.tasks import lead_title

    # the title set in bold on a line of its own, its text below it (its first sentence no title)
    assert lead_title("强化工业源治理\n对全市25家重点排污企业实施在线监控全覆盖，推进钢铁、水泥行业超低排放改造。") == "强化工业源治理"
    assert lead_title("推广新能源汽车\n新增及更新的公交车全部使用新能源汽车。") == "推广新能源汽车"
    # near misses: a title wrapped onto the next line (the sentence is the title), a signature over
    # its date, a notice's title over a leader's line, a list's title over its table
    assert lead_title("建立以“三线一单”\n为核心的生态环境分区管控体系。严格落实生态保护红线、环境质量底线要求。") == (
        "建立以“三线一单”为核心的生态环境分区管控体系")
    assert lead_title("宁海县人民政府办公室\n2024年3月5日\n宁海县2024年制造业提质扩量重点任务分工") is None
    assert lead_title("关于调整镇领导班子成员工作分工的通知\n郑国华：镇党委书记，主持镇党委全面工作。") is None
    assert lead_title("黄岛区住房和城乡建设局权责清单\n序号\t职权类型\t职权名称\t实施主体\n1\t行政许可\t施工许可\t区住建局") is None


def test_a_signature_on_one_line_with_its_date():
    from respgraph.structure.meta import closing_lines

    t = "（二）推进农村人居环境整治。（责任单位：县农业农村局）\n\n安福县人民政府办公室        2023年7月3日\n"
    assert closing_lines(t, len(t)) == ["安福县人民政府办公室", "2023年7月3日"]
    m = _parse("关于进一步加强城乡环境卫生整治的工作方案\n一、整治任务\n" + t).meta
    assert (m.jurisdiction, m.date) == ("安福县", "2023-07-03")
    # near miss: a task line ending with a date is no signature
    t2 = "（二）完成农村改厕任务    2023年7月3日\n"
    assert closing_lines(t2, len(t2)) == []


def test_a_signature_dated_by_month_ends_the_last_task():
    """An office's 工作要点 and many a 方案 are signed with the year and month only
    (株洲市生态环境保护委员会办公室 / 2024年3月): the signature is the plan's closing, no part of
    the last task's text (was run into it: two plans' last tasks, 严格考核督察 and 加强固体废物和
    新污染物治理, shared only their signatures and came out as one work led by two bureaus)."""
    from respgraph.structure.meta import closing_lines

    t = ("株洲市生态环境保护委员会2024年工作要点\n一、重点任务\n（一）推进城镇污水管网建设。牵头单位：市住房和城乡建设局；配合单位：市发展改革委。\n"
         "（二）加强固体废物和新污染物治理。牵头单位：市生态环境局；配合单位：市工业和信息化局。\n\n"
         "株洲市生态环境保护委员会办公室\n2024年3月\n")
    p = _parse(t)
    assert p.tasks[-1].text == "加强固体废物和新污染物治理。牵头单位：市生态环境局；配合单位：市工业和信息化局。"
    assert p.meta.jurisdiction == "株洲市"
    # on one line, and in Chinese numerals
    for sig in ("株洲市人民政府办公室    2022年7月", "中共株洲市委办公室\n二〇二二年七月"):
        t2 = "XX工作方案\n一、重点任务\n1.严格考核督察。（市委督查室、市生态环境局按职责分工负责）\n\n" + sig + "\n"
        assert _parse(t2).tasks[-1].text == "严格考核督察。（市委督查室、市生态环境局按职责分工负责）", sig
    # near misses: a month that is the task's deadline, and a month under no signature, stay the task's
    for tail in ("1.完成清水塘土壤修复。（市生态环境局负责）\n完成时限：2024年3月\n",
                 "1.完成清水塘土壤修复。（市生态环境局负责）\n2024年3月\n"):
        t3 = "XX工作方案\n一、重点任务\n" + tail
        assert closing_lines(t3, len(t3)) in ([], ["2024年3月"]) and "2024年3月" in _parse(t3).tasks[-1].text, tail
    # near miss: a division table's last cells a line, a bureau and its deadline month, are no
    # signature (its place would have become the plan's, the bureau its issuer)
    t4 = ("XX县2023年水污染防治重点任务清单\n一、重点任务\n1.推进污水管网建设。（责任单位：县住建局）\n"
          "序号\n重点任务\n责任单位\n完成时限\n1\n加强饮用水水源地保护\n宁乡县水利局\n2023年12月\n")
    assert closing_lines(t4, len(t4)) == [] and _parse(t4).meta.issuers == []


def test_a_signature_run_on_after_the_last_list_of_a_text_run_together():
    """A plan scraped with its line breaks lost: the last item's label list, with no bracket or
    stop to close it, runs into the signature and its date (配合单位：县市场监管局安吉县人民政府办公室
    2020年5月8日): the signature is the plan's, not a unit of the item (was the support
    县市场监管局安吉县人民政府办公室)."""
    t = ("安吉县生活垃圾分类工作实施方案为深入推进生活垃圾分类工作，制定本方案。一、主要任务"
         "1.推进学校垃圾分类。将垃圾分类知识纳入教育内容。牵头单位：县教育局 配合单位：团县委"
         "2.强化执法检查。对未按规定分类投放的依法查处。牵头单位：县综合行政执法局 配合单位：县市场监管局安吉县人民政府办公室 2020年5月8日\n")
    p = _parse(t)
    last = p.tasks[-1]
    assert [(m.text, m.role) for m in last.mentions] == [("县综合行政执法局", "lead"), ("县市场监管局", "support")]
    assert (p.meta.issuers, p.meta.date) == (["安吉县人民政府办公室"], "2020-05-08")
    # the label's line alone, the signature run on after its names (a wrapped scrape)
    t3 = t.replace("牵头单位：县综合行政执法局 配合单位：", "\n牵头单位：县综合行政执法局\n配合单位：")
    p3 = _parse(t3)
    assert [(m.text, m.role) for m in p3.tasks[-1].mentions] == [("县综合行政执法局", "lead"), ("县市场监管局", "support")]
    # near miss: a long last item ending with its deadline date names no signature
    t2 = ("XX县工作方案一、主要任务1.推进学校垃圾分类。将垃圾分类知识纳入教育内容，完成时限为2020年5月8日\n")
    assert _parse(t2).meta.date is None


def test_an_items_number_run_into_the_names_of_a_label_before_it_opens_the_item():
    """牵头单位：A  配合单位：县级各部门2推进学校垃圾分类。 (a scrape lost the break and the number's
    stop): after a label's names alone, the number that continues the items opens the next one,
    in a line of ordinary length too (it was read into the unit 县级各部门2推进学校垃圾分类)."""
    t = ("三、主要任务\n1.推进党政机关垃圾分类全覆盖。各级党政机关率先实行生活垃圾强制分类。\n"
         "牵头单位：县机关事务管理中心  配合单位：县级各部门2推进学校垃圾分类。将垃圾分类知识纳入教育内容。"
         "牵头单位：县教育局  配合单位：团县委3,完善分类收运体系。配齐车辆。牵头单位：县综合行政执法局\n")
    assert [(b.number, t[b.body : b.body + 8]) for b in build_blocks(t, 0, len(t)) if b.number[:1].isdigit()] == [
        ("1.", "推进党政机关垃圾"), ("2", "推进学校垃圾分类"), ("3,", "完善分类收运体系")]
    # near misses: a count after the names (2个以上乡镇), and a number after words that are no names
    for near in ("牵头单位：县机关事务管理中心  配合单位：县级各部门2个以上乡镇开展试点。",
                 "牵头单位：县教育局，开展活动2推进学校工作。"):
        t2 = "三、主要任务\n1.推进垃圾分类。\n" + near + "\n"
        assert [b.number for b in build_blocks(t2, 0, len(t2))] == ["三、", "1."]


def test_the_last_cells_of_a_table_are_no_signature():
    t = ("XX县2023年水污染防治重点任务清单\n一、重点任务\n1.推进污水管网建设。（责任单位：县住建局）\n"
         "序号\n重点任务\n责任单位\n完成时限\n1\n加强饮用水水源地保护\n县水利局\n2023年12月31日前\n")
    m = _parse(t).meta
    assert (m.issuers, m.date) == ([], None)
    # a signature naming its place, even an ad hoc headquarters, is one
    t2 = "XX县2023年森林防灭火工作方案\n一、工作任务\n（一）压实防火责任。（责任单位：县林业局）\n\n万载县森林防灭火指挥部\n2023年1月16日\n"
    m = _parse(t2).meta
    assert (m.issuers, m.date) == (["万载县森林防灭火指挥部"], "2023-01-16")


def test_an_item_wrapped_after_a_comma_goes_on():
    t = ("一、加强河湖水域岸线管理\n（一）推进“清四乱”常态化\n①开展河湖“四乱”问题排查，建立问题清单，\n"
         "实行销号管理。（责任单位：县水利局）\n②加强河道采砂管理。（责任单位：县水利局、县公安局）\n")
    p = _parse(t)
    assert [(k.number, k.title) for k in p.tasks] == [
        ("①", "开展河湖“四乱”问题排查，建立问题清单，实行销号管理"), ("②", "加强河道采砂管理")]
    # near miss: a short item closed by its own line keeps the next line apart (a paragraph of its own)
    t2 = "一、主要任务\n1.加强组织领导\n成立工作专班，统筹推进各项工作。\n"
    assert [b.style for b in build_blocks(t2, 0, len(t2))] == ["cn_dun", "arabic", "para"]


def test_an_enumeration_inside_an_item_is_no_items():
    t = ("一、重点任务\n1.推进城镇污水治理：（1）完成县城污水处理厂提标改造；（2）新建污水管网10公里。（责任单位：县住建局、县生态环境局）\n"
         "2.加强农村水环境整治。（责任单位：县生态环境局）\n")
    p = _parse(t)
    assert [(k.number, k.title, [m.text for m in k.mentions if m.role == "lead"]) for k in p.tasks] == [
        ("1", "推进城镇污水治理", ["县住建局"]), ("2", "加强农村水环境整治", ["县生态环境局"])]
    # near misses: after a full stop a deeper number opens an item; items of the line's own style do
    t2 = "（一）加强工业污染治理。1.推进超低排放改造。\n"
    assert [b.style for b in build_blocks(t2, 0, len(t2))] == ["cn_paren", "arabic"]
    t3 = "（1）推进甲；（2）推进乙。\n"
    assert [b.number for b in build_blocks(t3, 0, len(t3))] == ["（1）", "（2）"]


def test_the_print_date_of_the_footer_dates_a_plan_dated_nowhere_else():
    foot = "\n抄送：县委各部门。\nXX县人民政府办公室    2023年5月8日印发\n"
    t = "XX县2023年秸秆禁烧工作方案\n一、工作任务\n（一）加强巡查。（责任单位：县生态环境局）\n" + foot
    assert _parse(t).meta.date == "2023-05-08"
    # near miss: the signature's date wins over the print date
    t2 = t.replace(foot, "\nXX县人民政府办公室\n2023年5月6日\n" + foot)
    assert _parse(t2).meta.date == "2023-05-06"


def test_run_together_item_whose_number_is_repeated():
    # OCR read item 3's number as 2 again: written with its stop, it still opens an item
    items = [("1 .", "推进甲"), ("2 .", "推进乙"), ("2 .", "推进丙"), ("4 .", "推进丁")]
    t = "二、主要任务" + "".join(
        f"{n}{title}。全面推进相关工作落实，确保按期完成。责任单位:区发改委等按职责分工" for n, title in items)
    t += "。" * (1600 - len(t))
    assert [(k.number, k.title) for k in _parse(t).tasks] == [
        ("1", "推进甲"), ("2", "推进乙"), ("2", "推进丙"), ("4", "推进丁")]


def test_a_county_forwarding_its_city_plan():
    from respgraph.structure.meta import find_issuers, find_title

    head = "遂川县人民政府办公室关于转发《吉安市2023年大气污染防治工作方案》的通知\n各乡镇人民政府：\n"
    assert find_title(head) == "吉安市2023年大气污染防治工作方案"
    assert find_issuers(head) == ["遂川县人民政府办公室"]
    # the city's own cover letter forwarded: the plan it prints
    head2 = "遂川县人民政府办公室关于转发《吉安市人民政府办公室关于印发吉安市2023年大气污染防治工作方案的通知》的通知\n"
    assert find_title(head2) == "吉安市2023年大气污染防治工作方案"
    # near miss: 转发 without the 《》 of a document is read as before
    assert find_title("关于转发上级文件的通知\n") == ""


def test_unnumbered_heading_after_items_that_start_again():
    from respgraph.structure.headings import assign_levels

    t = "主要任务\n绿色发展\n1.甲。\n2.乙。\n蓝天保卫\n1.丙。\n"
    bl = build_blocks(t, 0, len(t))
    assign_levels(bl)
    assert [(b.style, b.level) for b in bl] == [("plain", 1), ("plain", 2), ("arabic", 3), ("arabic", 3), ("plain", 2), ("arabic", 3)]
    # near miss: a heading over items of a deeper style stays inside the item before it
    t2 = "主要任务\n绿色发展\n1.甲。\n2.乙。\n重点工程\n（1）丙。\n"
    bl = build_blocks(t2, 0, len(t2))
    assign_levels(bl)
    assert [(b.style, b.level) for b in bl][-2:] == [("plain", 4), ("arabic_paren", 5)]


def test_an_item_broken_inside_a_title_mark_goes_on():
    t = "一、主要任务\n1.推进大气治理，落实《XX市大气污染防治行动计划\n》要求。（责任单位：市生态环境局）\n2.加强扬尘管控。（责任单位：市住建局）\n"
    p = _parse(t)
    assert [(k.number, k.title) for k in p.tasks] == [
        ("1", "推进大气治理，落实《XX市大气污染防治行动计划》要求"), ("2", "加强扬尘管控")]
    # near miss: the document's title line stands apart from an unnumbered heading under it
    t2 = "XX区2023年城市管理工作要点\n提升市容环境品质\n1.甲。\n"
    assert [b.style for b in build_blocks(t2, 0, len(t2))] == ["para", "plain", "arabic"]


def test_unit_line_heads_items_but_a_lead_in_line_does_not():
    """县水利局： alone over items heads them (its unit leads); 具体安排如下： is the text before them."""
    t = "一、主要任务\n具体安排如下：\n1.推进甲工作。\n2.推进乙工作。（责任单位：区发改委）\n"
    assert [(k.number, k.title, [m.text for m in k.mentions]) for k in _parse(t).tasks] == [
        ("1", "推进甲工作", []), ("2", "推进乙工作", ["区发改委"])]
    t = "一、主要任务\n区水利局：\n1.推进甲工作。\n2.推进乙工作。\n区财政局：\n3.推进丙工作。\n"
    assert [(k.number, [m.text for m in k.mentions]) for k in _parse(t).tasks] == [
        ("1", ["区水利局"]), ("2", ["区水利局"]), ("3", ["区财政局"])]


def test_duty_sections_by_their_heading():
    """A 部门职责 / 属地责任 section's duty sentences are tasks; a 保障措施 or 组织领导 one's are prose."""
    t = ("一、明确部门职责\n县住房城乡建设局负责技术指导。县自然资源局负责建房规划许可。\n"
         "二、强化属地责任\n各乡镇人民政府负责本辖区农村自建房安全管理。\n"
         "三、加强组织领导\n县委政法委负责日常协调工作。\n四、保障措施\n县财政局负责经费保障。\n")
    assert [(k.title, [(m.text, m.role) for m in k.mentions]) for k in _parse(t).tasks] == [
        ("县住房城乡建设局负责技术指导", [("县住房城乡建设局", "lead")]),
        ("县自然资源局负责建房规划许可", [("县自然资源局", "lead")]),
        ("各乡镇人民政府负责本辖区农村自建房安全管理", [("各乡镇人民政府", "lead")]),
    ]


def test_meta_of_a_division_table_signed_by_a_district_office():
    # a .docx 工作要点 whose body is a division table, signed by the district's own office under
    # its city's name: the table's rows name no issuers, the district is the plan's place
    from respgraph.structure.meta import plan_meta

    text = ("临川区2023年河长制工作要点\n为深入推进河长制工作，制定本要点。\n\n序号\t工作任务\t牵头单位\t配合单位\n"
            "1\t落实河长巡河制度，加强河长履职考核\t区河长办\t区水利局\n2\t开展河湖“清四乱”常态化整治\t区水利局\t区自然资源局、区公安分局\n"
            "3\t加强农业面源污染治理\t区农业农村局\t区生态环境分局\n\n抚州市临川区河长制办公室\n2023年3月20日\n")
    m = plan_meta(text, "p", "p.docx")
    assert (m.title, m.issuers, m.jurisdiction, m.level, m.date) == (
        "临川区2023年河长制工作要点", ["抚州市临川区河长制办公室"], "临川区", "district", "2023-03-20")
    # near miss: a signature line of two organs is still two issuers
    m = plan_meta("中共XX县委办公室  XX县人民政府办公室\n关于印发《XX县2023年河长制工作方案》的通知\n", "p", "p.txt")
    assert m.issuers == ["中共XX县委办公室", "XX县人民政府办公室"] and m.jurisdiction == "XX县"


_FLAT_PLAN = (
    "XX县2024年农村人居环境整治工作要点\n一、重点任务\n（一）推进厕所革命\n"
    "1.推进农村户厕改造。2024年底前卫生厕所普及率达到85%。责任单位：县农业农村局、县卫生健康委\n"
    "2.加强厕所粪污治理。牵头单位：县生态环境局；配合单位：各乡镇人民政府\n"
    "（二）提升村容村貌，建设美丽乡村\n3.开展村庄清洁行动。【牵头单位】县住建局【完成时限】2024年12月底\n"
    "4.加强农房风貌管控。（县自然资源局牵头，县住建局配合）\n"
    "二、保障措施\n1.加强组织领导。各乡镇要压实责任。\n"
)


def _flat_ways(text: str):
    lines = [ln for ln in text.splitlines() if ln]
    yield "".join(lines)
    yield " ".join(lines)
    # breaks kept only before the headings 一、 / （一）
    yield "\n".join(re.split(r"(?=[一二]、|（[一二]）)", "".join(lines))).strip()


def _tasks_read(text: str):
    return [(k.number, k.title, k.section, [(m.text, m.role) for m in k.mentions]) for k in _parse(text).tasks]


def test_flattened_plan_reads_as_the_clean_one():
    """Line breaks lost: a heading's title runs into its first item (一、重点任务（一）推进…1.推进…),
    a clause label's value into the next item (责任单位：县卫生健康委2.加强… / 【完成时限】2024年12月底3.…),
    a stop is followed by a space (…普及率达到85%。 2.加强…): every item is found as in the clean text."""
    clean = _tasks_read(_FLAT_PLAN)
    assert [k[0] for k in clean] == ["1", "2", "3", "4"]
    for flat in _flat_ways(_FLAT_PLAN):
        assert _tasks_read(flat) == clean, flat


_PERSON_FIELD_PLAN = (
    "XX镇2024年乡村振兴重点工作任务清单\n一、巩固拓展脱贫攻坚成果\n1.健全防止返贫动态监测和帮扶机制\n"
    "（1）常态化开展防止返贫监测排查。牵头单位：镇乡村振兴工作站；配合单位：镇民政办；责任人：王立新\n"
    "（2）用好衔接推进乡村振兴补助资金。牵头单位：镇财政所；配合单位：镇农业服务中心；责任人：陈晓红\n"
    "2.促进脱贫人口持续增收\n（3）加强劳务输出组织。牵头单位：镇社会事务办；责任人：刘芳、张伟\n"
    "二、推动乡村产业高质量发展\n3.做强茶产业\n（4）新建标准化茶园示范基地2个。牵头单位：镇农业服务中心；责任人：杨明\n"
)


def test_flattened_item_after_a_person_field():
    """Line breaks lost after an item's last field naming people (…；责任人：王立新（2）用好… /
    责任人：刘芳二、推动…3.做强…): the next item and headings are found as in the clean text
    (were read as the start of the next task's text)."""
    clean = _tasks_read(_PERSON_FIELD_PLAN)
    assert [k[0] for k in clean] == ["（1）", "（2）", "（3）", "（4）"]
    assert _parse(_PERSON_FIELD_PLAN).tasks[2].section == ["巩固拓展脱贫攻坚成果", "促进脱贫人口持续增收"]
    flat = "".join(ln for ln in _PERSON_FIELD_PLAN.splitlines() if ln)
    assert _tasks_read(flat) == clean
    assert not _parse(flat).tasks[1].text.startswith("责任人")
    # near miss: a person label's value that is no bare name keeps the number in the text
    t = "（1）推进治理。牵头单位：镇财政所；责任人：各村负责同志要按期完成（2）项工作。"
    assert [b.number for b in build_blocks(t, 0, len(t))] == ["（1）"]


def test_flattened_numbers_in_running_text_start_no_item():
    """Near misses: numbers inside a heading's title or after a label are quantities, dates and lists."""
    for t, numbers in (
        ("一、重点任务1.推进轨道交通1、2号线建设。责任单位：市交通局2.完成PM2.5浓度下降目标。", ["一、", "1.", "2."]),
        ("（一）推进1、2号线建设。责任单位：市交通局", ["（一）"]),
        ("一、重点任务1.落实第1.2条要求，3、4月完成。责任单位：市交通局2.5微克以下", ["一、", "1."]),
        ("一、重点任务1.推进治理。完成时限：2024年3、4月", ["一、", "1."]),
        ("（一）到2025年1.5万吨以上", ["（一）"]),
        ("一、重点任务 1.推进治理，3.5亿元。", ["一、", "1."]),
        # an item may open with a year; a decimal before a unit stays a quantity
        ("一、重点任务1.2024年完成20个村治理，投入1.2万元。2. 2025年全面完成。", ["一、", "1.", "2."]),
    ):
        assert [b.number for b in build_blocks(t, 0, len(t))] == numbers, t


def test_flattened_chapters_and_articles():
    """A 实施细则 flattened: 第一章 after the document's title, 第一条 after a chapter's title, 第二条
    after a stop; 新建第一条地铁线 / 《条例》第二条 / a 第二条 out of sequence are running text."""
    t = ("XX县生态环境损害赔偿制度改革实施细则第一章 总则第一条 为规范工作，制定本细则。第二条 本细则适用于本县。"
         "第二章 职责分工第三条 县生态环境局是主管部门。")
    assert [b.number for b in build_blocks(t, 0, len(t))] == ["", "第一章", "第一条", "第二条", "第二章", "第三条"]
    t = "1.推进建设。新建第一条地铁线。依照《条例》第二条规定。第二条要求落实。" * 40  # run-together too
    assert not any(b.style in ("article", "chapter") for b in build_blocks(t, 0, len(t)))


def test_run_together_numeral_enumerations_are_no_headings():
    """In run-together text (a line of 1500+ characters) 一、二级保护区 / 一、二、三产业 / 三、四季度
    enumerate numerals: no heading (一、二级 opened heading 一、). 一、二氧化碳… after a stop is one."""
    pad = "加强生态环境保护，持续改善环境质量，" * 60
    for s in ("确保一、二级保护区清理到位。", "推动一、二、三产业融合发展。", "三、四季度开展检查。",
              "近岸海域水质优良（一、二类）面积比例达到93%。", "轨道交通1、2号线建成通车。", "PM2.5浓度下降到2.5微克。",
              "按照第1.2条要求。", "3、4月份开展检查。", "完成1.2万吨。"):
        t = "XX县实施方案\n" + pad + s + pad
        assert [b.style for b in build_blocks(t, 0, len(t))] == ["para", "para"], s
    t = "XX县实施方案\n" + pad + "完成。一、二氧化碳排放控制。" + pad
    assert [b.number for b in build_blocks(t, 0, len(t))] == ["", "", "一、"]


def test_run_together_bare_number_counts_on_only_after_a_clause():
    """A number without its stop continuing the numbering (OCR's 6加快…) opens an item in
    run-together text after a stop, a bracket or a clause's end (…等按职责分工6加快…); inside a
    sentence it is a count (实施3大工程 / 打造3张名片 / 覆盖3镇 cut item 2 there)."""
    pad = "加强生态环境保护，持续改善环境质量，" * 60
    for s, numbers in (("实施3大工程。", ["", "1.", "2."]), ("打造3张名片。", ["", "1.", "2."]), ("覆盖3镇。", ["", "1.", "2."]),
                       ("（县财政局负责）3加快推进。", ["", "1.", "2.", "3"]),
                       ("县财政局等按职责分工3加快推进。", ["", "1.", "2.", "3"])):
        t = "XX县实施方案\n1.推进工作。" + pad + "2.加强管理。" + pad + s + pad
        assert [b.number for b in build_blocks(t, 0, len(t))] == numbers, s


def test_flattened_half_bracket_and_circled_items_after_a_title():
    """1） and ① open items after a heading's title run into them (提升政务服务效能1）推行… /
    强化移动源污染防治①加强…), and the next ones after a stop; after an item's first sentence they
    enumerate inside the item (1.加快水利工程建设。①推进…；②实施…)."""
    t = "一、提升政务服务效能1）推行“一件事一次办”。（县政务服务中心负责）2）深化“证照分离”改革。（县市场监管局负责）"
    assert [b.number for b in build_blocks(t, 0, len(t))] == ["一、", "1）", "2）"]
    t = "（二）强化移动源污染防治①加强机动车排放检验。（市公安局负责）②推进老旧车辆淘汰。（市商务局负责）"
    assert [b.number for b in build_blocks(t, 0, len(t))] == ["（二）", "①", "②"]
    t = "一、重点工作1.加快水利工程建设。①推进灌区改造，完成投资1.2亿元；②实施水库除险加固工程5座。（责任单位：县水利局）"
    assert [b.number for b in build_blocks(t, 0, len(t))] == ["一、", "1."]
    t = "一、重点工作1.推进治理。全年达标率达到3）。2.加强监管。"
    assert [b.number for b in build_blocks(t, 0, len(t))] == ["一、", "1.", "2."]


def test_safeguard_items_without_a_clause_are_no_tasks_beside_one_with_a_clause(tmp_path):
    # 三、保障措施 with one item that assigns (（三）强化资金保障。…（责任单位：县财政局）): that item
    # is a task; 加强组织领导 / 严格督查考核 beside it assign nothing and were tasks without a
    # lead (the no-lead report of a coordination office listed them)
    plan = tmp_path / "整治方案.txt"
    plan.write_text(
        "某县城乡环境整治实施方案\n\n一、重点任务\n"
        "（一）完善收运体系。建立垃圾收运体系。（牵头单位：县城管局；责任单位：各乡镇人民政府）\n"
        "（二）推进农村污水治理。由县生态环境局负责，县农业农村局配合。\n"
        "二、保障措施\n"
        "（一）加强组织领导。成立以县长为组长的工作领导小组。\n"
        "（二）严格督查考核。对工作不力的严肃问责。\n"
        "（三）强化资金保障。统筹安排整治资金。（责任单位：县财政局）\n",
        encoding="utf-8",
    )
    tasks = extract_file(plan).tasks
    assert [(t.title, [m.text for m in t.mentions if m.role == "lead"]) for t in tasks] == [
        ("完善收运体系", ["县城管局"]), ("推进农村污水治理", ["县生态环境局"]), ("强化资金保障", ["县财政局"]),
    ]
    # a chapter of tasks about 保障 as a policy area (二、加强民生保障) keeps its items
    plan.write_text(plan.read_text(encoding="utf-8").replace("二、保障措施", "二、加强民生保障"), encoding="utf-8")
    assert [t.title for t in extract_file(plan).tasks][2:] == ["加强组织领导", "严格督查考核", "强化资金保障"]
def test_first_item_run_into_an_unnumbered_heading_mid_line():
    """The breaks around an unnumbered heading lost (…现制定如下实施方案。主要任务加快推动绿色低碳
    发展，实现减污降碳协同增效1.大力推进…): item 1 with its stop after a short title that follows a
    sentence's end opens the item (tasks 1 and 2 were read into the preamble)."""
    t = ("XX区实施方案\n为改善环境质量，现制定如下实施方案。主要任务加快推动绿色低碳发展，实现减污降碳协同增效"
         "1.大力推进碳达峰行动。开展低碳试点。（责任单位：区发改委）2.大力推动能源清洁低碳转型。（责任单位：区发改委）")
    assert [b.number for b in build_blocks(t, 0, len(t))] == ["", "", "1.", "2."]
    # near misses: 1. far into a sentence (41+ characters), a count before a digit, no sentence before
    for t in ("XX区实施方案\n现制定方案。到2025年全区空气质量优良天数比例持续提升，细颗粒物浓度持续下降，主要污染物排放总量持续减少并完成1.加强…的任务。",
              "XX区实施方案\n现制定方案。推进轨道交通1、2号线建设。完成PM2.5浓度下降目标。",
              "XX区实施方案\n加快推动绿色低碳发展1.大力推进碳达峰行动。"):
        assert "1." not in [b.number for b in build_blocks(t, 0, len(t))], t


def test_one_line_plan_bracket_items_run_on_after_an_inline_heading():
    """A plan flattened onto one line with no blanks: a heading opened inside the line (…）二、深化…)
    runs into the next bracket item, whose numbering runs on across sections (（三） under 二、: it
    was read into the heading's title, 二 / 深化移动源污染治理（三）加快淘汰老旧车辆)."""
    t = ("XX县2023年大气污染防治工作要点为改善空气质量，制定本要点。一、调整优化产业结构（一）严格项目准入。"
         "坚决遏制两高项目。（牵头单位：县发展改革局）（二）推进提标改造。（牵头单位：县工业和信息化局）"
         "二、深化移动源污染治理（三）加快淘汰老旧车辆。（牵头单位：县交通运输局）")
    assert [b.number for b in build_blocks(t, 0, len(t))] == ["", "一、", "（一）", "（二）", "二、", "（三）"]
    # near miss: a bracket number that does not run on is no item
    t = t.replace("（三）加快", "（五）号文件加快")
    assert [b.number for b in build_blocks(t, 0, len(t))] == ["", "一、", "（一）", "（二）", "二、"]


def test_bracket_item_with_a_blank_after_its_number_inside_a_line():
    """…（责任单位：A） (3) 深入推进…: a flattened plan whose items were written (3) 深入… with a blank
    (the item was read into the one before)."""
    t = ("（三）深入打好碧水保卫战（1）推进饮用水源保护。（责任单位：市生态环境局）（2）推进污水收集处理。"
         "（责任单位：市住建局） (3) 深入推进工业污水处理达标排放。（责任单位：市生态环境局）")
    assert [b.number for b in build_blocks(t, 0, len(t))] == ["（三）", "（1）", "（2）", "(3)"]
    # near miss: a number out of sequence after a blank stays text
    t = t.replace("(3) 深入", "(5) 深入")
    assert [b.number for b in build_blocks(t, 0, len(t))] == ["（三）", "（1）", "（2）"]


def test_a_box_ends_at_the_next_item_of_the_list_it_interrupts():
    t = ("XX县2024年农村人居环境整治提升实施方案\n二、重点任务\n"
         "（一）扎实推进农村厕所革命。逐步普及农村卫生厕所。（牵头单位：县农业农村局）\n"
         "专栏1  农村人居环境重点工程\n1.农村改厕提质工程。完成改厕5000户。（责任单位：县农业农村局）\n"
         "2.农村生活污水治理工程。新增治理行政村30个。（责任单位：县生态环境局）\n"
         "（二）推动村容村貌整体提升。开展村庄清洁行动。（牵头单位：县住建局）\n"
         "三、保障措施\n（一）加强组织领导。县委农办负责统筹协调。\n")
    p = _parse(t)
    # （二） numbers on from （一） above the box: the list's next task, in its chapter (was a
    # box project in 农村人居环境重点工程); the safeguard giving its work to 县委农办 is one too
    assert [(k.number, k.kind, k.section) for k in p.tasks] == [
        ("（一）", "numbered", ["重点任务"]), ("1", "box", ["农村人居环境重点工程"]),
        ("2", "box", ["农村人居环境重点工程"]), ("（二）", "numbered", ["重点任务"]),
        ("（一）", "numbered", ["保障措施"])]
    # near miss: a box's own （一）（二） items stay in the box
    t2 = ("XX县2024年农村人居环境整治提升实施方案\n二、重点任务\n"
          "（一）扎实推进农村厕所革命。逐步普及农村卫生厕所。（牵头单位：县农业农村局）\n"
          "专栏1  农村人居环境重点工程\n（一）农村改厕提质工程。完成改厕5000户。（责任单位：县农业农村局）\n"
          "（二）农村生活污水治理工程。新增治理行政村30个。（责任单位：县生态环境局）\n")
    assert [(k.number, k.kind) for k in _parse(t2).tasks] == [("（一）", "numbered"), ("（一）", "box"), ("（二）", "box")]
    # near miss: boxes that number their projects on (专栏2 2.…) after an outer 1. keep them
    t3 = ("XX市“十四五”城市更新规划\n第一章  重点任务\n1.推进老旧小区改造。（责任单位：市住建局）\n"
          "专栏1  城市更新重点工程\n1.老旧小区改造工程。（责任单位：市住建局）\n"
          "专栏2  道路提升重点工程\n2.城市道路提升工程。（责任单位：市城管局）\n")
    assert [(k.number, k.kind) for k in _parse(t3).tasks] == [("1", "numbered"), ("1", "box"), ("2", "box")]


@pytest.mark.parametrize("number", ["X府办发〔2024〕5号", "XX环发〔2022〕3号", "江府办发〔2024〕5号"])
def test_an_anonymised_document_number_keeps_its_placeholder(number):
    # (X府办发〔2024〕5号 was read 府办发〔2024〕5号: the issuer's code lost its placeholder)
    from respgraph.structure.meta import plan_meta

    head = f"江城市人民政府办公室文件\n{number}\n江城市人民政府办公室关于印发江城市2024年数字政府建设工作要点的通知\n"
    assert plan_meta(head, "p", "p.txt").doc_number == number
def test_plan_place_from_signature_when_metadata_issuer_names_none():
    """A portal's metadata names the issuer without its place (发布机构：市政府办公室) and the title
    names none: the signature at the end gives the place (was none, every 市X unplaced)."""
    from respgraph.structure.meta import plan_meta

    text = ("索引号：\t002391048/2025-00123\n发布机构：\t市政府办公室\n\n2025年医疗保障工作要点\n"
            "一、健全医疗保障体系\n1.巩固全民参保成果。（市医保局负责）\n"
            "绍兴市人民政府办公室 2025年2月18日\n")
    m = plan_meta(text, "p", "p.html")
    assert (m.jurisdiction, m.level) == ("绍兴市", "city")
    # near miss: no signature, no place
    m = plan_meta(text.replace("绍兴市人民政府办公室 2025年2月18日\n", ""), "p", "p.html")
    assert m.jurisdiction is None


@pytest.mark.parametrize(
    "path, place",
    [
        # a task table whose rows write only 区X, saved under its title (was no place)
        ("/d/p13_贵阳市花溪区生态环境保护督察反馈问题整改清单.xlsx", "花溪区"),
        ("附件2：衡阳市重点任务分工表.docx", "衡阳市"),
        # near misses: a portal's code, a serial, a title naming no place
        ("/d/W020240312593214.pdf", None),
        ("/d/1.xlsx", None),
        ("/d/关于印发城市更新行动方案的通知.docx", None),
    ],
)
def test_plan_place_from_file_name_when_text_names_none(path, place):
    from respgraph.structure.meta import plan_meta

    text = "序号\t重点任务\t牵头单位\n1\t整治建筑垃圾\t区城管局\n"
    assert plan_meta(text, "p", path).jurisdiction == place
    # near miss: a place the text names wins over the file's
    assert plan_meta("南明区建筑垃圾整治方案\n" + text, "p", path).jurisdiction == "南明区"


def test_closing_words_after_the_last_item_are_no_part_of_it(tmp_path):
    # 若干措施 end with 本措施自印发之日起施行，有效期至…。由…负责解释。 on lines of their own: they
    # were read into the last item (its deadline 至2027年12月, its text the closing words)
    plan = tmp_path / "若干措施.txt"
    items = (
        "某市促进文旅融合发展若干措施\n\n"
        "一、培育市场主体。对新评定的5A级景区给予奖励。（市文化广电旅游局牵头，市财政局配合）\n\n"
        "二、加强金融支持。鼓励金融机构开发信贷产品。（市财政局牵头，市地方金融管理局配合）\n\n"
    )
    plan.write_text(items + "本措施自印发之日起施行，有效期至2027年12月31日。由市文化广电旅游局负责解释。\n", encoding="utf-8")
    last = extract_file(plan).tasks[-1]
    assert (last.title, last.text.endswith("配合）"), last.deadlines) == ("加强金融支持", True, [])
    # near miss: an item's second paragraph that opens with 本 but is no closing words stays the item's
    plan.write_text(items.rstrip("\n") + "\n本地区自2025年起对贷款给予贴息。\n", encoding="utf-8")
    assert extract_file(plan).tasks[-1].text.endswith("给予贴息。")


def test_a_headings_lead_leads_items_that_name_only_responsible_units(tmp_path):
    # 一、…（牵头单位：A）/ 1.…（责任单位：B、C）: A leads each item and B, C support (the heading
    # was a task of its own led by A, and each item was led by its first-listed B)
    plan = tmp_path / "工作要点.txt"
    head = "某区2025年生态环境保护工作要点\n\n"
    plan.write_text(
        head + "一、深入打好蓝天保卫战（牵头单位：区生态环境局）\n"
        "1.推进VOCs综合治理。完成重点企业治理提升。（责任单位：区工信局，各镇人民政府）\n"
        "2.加强扬尘管控。严格落实工地扬尘管控措施。（责任单位：区住建局、区城管局）\n"
        "二、深入打好净土保卫战\n"
        "3.加强土壤污染源头防控。开展隐患排查。（牵头单位：区自然资源局；责任单位：区农业农村局）\n",
        encoding="utf-8",
    )
    got = [(t.number, [(m.text, m.role) for m in t.mentions]) for t in extract_file(plan).tasks]
    assert got == [
        ("1", [("区生态环境局", "lead"), ("区工信局", "support"), ("各镇人民政府", "support")]),
        ("2", [("区生态环境局", "lead"), ("区住建局", "support"), ("区城管局", "support")]),
        ("3", [("区自然资源局", "lead"), ("区农业农村局", "support")]),
    ]
    # near miss: a heading naming only 责任单位 leads nothing over its items' own units
    plan.write_text(
        head + "一、深入打好蓝天保卫战（责任单位：区生态环境局）\n"
        "1.推进VOCs综合治理。完成重点企业治理提升。（责任单位：区工信局，各镇人民政府）\n"
        "2.加强扬尘管控。严格落实工地扬尘管控措施。（责任单位：区住建局、区城管局）\n",
        encoding="utf-8",
    )
    leads = [[m.text for m in t.mentions if m.role == "lead"] for t in extract_file(plan).tasks]
    assert ["区工信局"] in leads and ["区住建局"] in leads


def test_a_headings_lead_leads_items_that_name_only_supports(tmp_path):
    # （一）…\n牵头单位：A / 1.… 配合单位：B。: A leads each item, B supports (the heading was a task
    # of its own led by A, and each item had supports and no lead); the label in the heading's
    # bracket alike
    plan = tmp_path / "行动计划.txt"
    plan.write_text(
        "某县旅游消费提质扩容行动计划\n\n一、重点行动\n（一）旅游产品提质行动\n牵头单位：县旅游和文化广电体育局\n"
        "1.打造滨海度假精品。推动度假区提质升级。配合单位：县发展和改革委员会、县自然资源和规划局。\n"
        "2.发展黎族文化体验游。建设技艺传承体验基地。配合单位：县民族宗教事务局、本号镇。\n"
        "（二）消费场景拓展行动（牵头单位：县商务局）\n3.培育夜间经济集聚区。打造夜间消费街区2个。（配合单位：县综合行政执法局）\n"
        # near miss: an item naming its own lead keeps it, the heading's lead stays the heading's
        "（三）旅游服务提升行动（牵头单位：县市场监督管理局）\n"
        "4.提升旅游市场秩序。开展综合整治。（牵头单位：县公安局；配合单位：县综合行政执法局）\n"
        "5.加强从业人员培训。每年培训3000人次。（配合单位：县人力资源和社会保障局）\n",
        encoding="utf-8",
    )
    got = [(t.number, [(m.text, m.role) for m in t.mentions]) for t in extract_file(plan).tasks]
    assert got[:3] == [
        ("1", [("县旅游和文化广电体育局", "lead"), ("县发展和改革委员会", "support"), ("县自然资源和规划局", "support")]),
        ("2", [("县旅游和文化广电体育局", "lead"), ("县民族宗教事务局", "support"), ("本号镇", "support")]),
        ("3", [("县商务局", "lead"), ("县综合行政执法局", "support")]),
    ]
    # ... and the heading's lead leads its other items all the same (5. was supports alone, the
    # heading a task of its own, when a sibling named its own lead)
    assert got[3:] == [
        ("4", [("县公安局", "lead"), ("县综合行政执法局", "support")]),
        ("5", [("县市场监督管理局", "lead"), ("县人力资源和社会保障局", "support")]),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a date qualifying the things meant (…建成的老旧小区 / …已纳入的项目) is no deadline (was one:
        # 2000年底前 due in 2000)
        ("2027年底前完成2000年底前建成的老旧小区改造任务", ["2027年底前"]),
        ("对2019年以前已纳入的项目进行清理，2025年6月底前完成", ["2025年6月底前"]),
        # near misses: the work due by then, a verb without 的
        ("2025年底前建成投用", ["2025年底前"]),
        ("2025年底前建成5个示范点", ["2025年底前"]),
    ],
)
def test_a_date_qualifying_a_noun_is_no_deadline(text, expected):
    from respgraph.structure.fields import find_deadlines

    assert [d.text for d in find_deadlines(text, 0, 2025)] == expected


def test_an_item_that_only_points_to_the_attachment_is_no_task(tmp_path):
    # （三）全面提升…水平。具体任务分工见附件。: the pointer adds no work to the item's title (it was
    # a task without a lead, the attachment's table holding the real ones); near miss: an item
    # with work of its own before the pointer stays a task
    plan = tmp_path / "实施方案.txt"
    head = "某市农村人居环境整治实施方案\n一、重点任务\n（一）扎实推进农村厕所革命。（二）加快推进农村生活污水治理。"
    plan.write_text(head + "（三）全面提升农村生活垃圾治理水平。具体任务分工见附件。\n", encoding="utf-8")
    assert extract_file(plan).tasks == []
    plan.write_text(head + "（三）全面提升农村生活垃圾治理水平。健全收运体系，推进源头减量，重点任务见附件。\n", encoding="utf-8")
    assert [t.number for t in extract_file(plan).tasks] == ["（三）"]
def test_a_linking_word_opens_a_paragraph_after_a_heading():
    # 为此，要做好以下工作。 under 二、重点工作: a sentence of its own, no heading's broken tail
    t = "二、重点工作\n为此，要做好以下工作。\n推进超低排放改造。完成钢铁企业改造。"
    assert [b.style for b in build_blocks(t, 0, len(t))] == ["cn_dun", "para", "para"]
    # near miss: a fragment of a title broken mid-word (推进产业转型升 / 级，…) goes on the heading
    t2 = "一、推进产业转型升\n级，全面提升竞争力\n二、加强创新"
    assert [b.style for b in build_blocks(t2, 0, len(t2))] == ["cn_dun", "cn_dun"]


@pytest.mark.parametrize(
    "line,numbers",
    [
        # a phone page numbers its items 任务一：/ 任务2． as a rectification plan does 问题1：
        # (the items were lost: each clause line became a task of its own)
        ("任务一：打造精品景区", ["任务一"]),
        ("任务2．完善旅游交通", ["任务2．"]),
        ("问题3：整改不到位", ["问题3"]),
        # near misses: a quantity, an enumeration of numerals, the word in prose
        ("任务1.5万亩完成", []),
        ("任务一、二完成后开展验收", []),
        ("任务艰巨，责任重大", []),
        # a 若干措施's 措施1　开展… / 举措3：…, a 行动方案's 行动一：… / 专项行动2　… (a blank after the
        # number as good as a stop); near misses: a count, the words in prose
        ("措施1　开展汽车以旧换新", ["措施1"]),
        ("举措3：打造消费新场景", ["举措3"]),
        ("行动一：产业结构优化行动", ["行动一"]),
        ("专项行动2　交通运输清洁行动", ["专项行动2"]),
        ("措施1项已落实到位", []),
        ("行动一致，形成合力", []),
        ("行动方案由市政府印发", []),
    ],
)
def test_task_and_problem_numbers_open_items(line, numbers):
    from respgraph.structure.markers import scan_line

    assert [m.number for m in scan_line(line, 0)] == numbers


def test_an_item_between_items_with_clauses_is_a_task_unless_it_names_no_work(tmp_path):
    # 二、总体目标 between two assigned items was made a task without a lead (review finding); an
    # item of work there is one
    from respgraph.extract import extract_file

    f = tmp_path / "p.txt"
    body = ("XX县校园安全专项整治方案\n一、加强校园周边治安巡逻。由县公安局负责。\n二、{}\n"
            "三、整治校园周边食品摊点。由县市场监管局负责。\n")
    f.write_text(body.format("总体目标。到2025年，校园安全事故明显下降。"), encoding="utf-8")
    assert [t.number for t in extract_file(f).tasks] == ["一", "三"]
    f.write_text(body.format("加强校园欺凌防治。开展专项整治。"), encoding="utf-8")
    assert [(t.number, t.title) for t in extract_file(f).tasks][1] == ("二", "加强校园欺凌防治")


def test_a_sentence_ending_in_a_project_list_is_no_title():
    from respgraph.structure.meta import _kind_title

    assert _kind_title("各村要建立民生项目清单，实行销号管理。") == ""


@pytest.mark.parametrize("text, issued, expected", [
    # issued after this year's festival: the next one
    ("春节前完成", "2025-03-10", ("春节前", 2026, 2)),
    ("国庆节前完成", "2025-11-02", ("国庆节前", 2026, 10)),
    # near misses: issued before it, a year or 今年/明年 written, issued in another year, no date
    ("春节前完成", "2024-12-20", ("春节前", 2025, 1)),
    ("春节前完成", "2025-01-10", ("春节前", 2025, 1)),
    ("今年春节前完成", "2025-03-10", ("今年春节前", 2025, 1)),
    ("明年春节前完成", "2025-03-10", ("明年春节前", 2026, 2)),
    ("2025年春节前完成", "2025-03-10", ("2025年春节前", 2025, 1)),
    ("春节前完成", None, ("春节前", 2025, 1)),
    ("元旦前完成", "2025-03-10", ("元旦前", 2025, 12)),
])
def test_a_named_day_past_when_the_plan_was_issued_is_next_years(text, issued, expected):
    assert [(d.text, d.year, d.month) for d in find_deadlines(text, 0, 2025, issued)] == [expected]


def test_the_report_reads_a_festival_by_the_plans_date():
    from respgraph.viz.due import task_due

    assert task_due(["春节前"], 2025, "2025-03-10") == ((2026, 2), "春节前")
    assert task_due(["春节前"], 2025, "2024-12-20") == ((2025, 1), "春节前")


@pytest.mark.parametrize("line, expected", [
    ("动员部署阶段（2025年3月底前）", ("2025年3月底前", 2025, 3)),
    ("第二阶段：排查整治（2025年4月至8月）。", ("2025年4月至8月", 2025, 8)),
    ("2025年3月—6月", ("2025年3月—6月", 2025, 6)),
    ("2025年11月—次年3月", ("2025年11月—次年3月", 2026, 3)),
    ("巩固提升阶段（9月—12月）", ("9月—12月", 2025, 12)),
    ("总结验收阶段：2025年11月", ("2025年11月", 2025, 11)),
    ("自查自纠阶段（6月上旬）", ("6月上旬", 2025, 6)),
    ("防火期（2025年1月1日至4月30日）", ("2025年1月1日至4月30日", 2025, 4)),
])
def test_a_phase_line_states_its_end(line, expected):
    from respgraph.structure.fields import phase_deadline

    d = phase_deadline(line, 0, 2025)
    assert (d.text, d.year, d.month) == expected


@pytest.mark.parametrize("line", [
    "防火期", "加强组织领导", "（一）2025年底前完成改造的小区", "加强11月巡查", "到2025年底前完成老旧小区改造50个以上",
    "第一阶段（2023年），完成改造30个；第二阶段（2024年），完成改造40个。",
])
def test_lines_that_state_no_phase(line):
    from respgraph.structure.fields import phase_deadline

    assert phase_deadline(line, 0, 2025) is None


@pytest.mark.parametrize("text, expected", [
    ("为持续优化营商环境，制定本清单，以下任务均于2025年底前完成。", ("2025年底前", 2025, 12)),
    ("各项任务须于6月底前完成。", ("6月底前", 2025, 6)),
    ("各项整改任务必须在2025年9月30日前全部完成。", ("2025年9月30日前", 2025, 9)),
])
def test_a_sentence_states_the_deadline_of_the_tasks_after_it(text, expected):
    from respgraph.structure.fields import governing_deadline

    d = governing_deadline(text, 0, len(text), 2025)
    assert (d.text, d.year, d.month) == expected


@pytest.mark.parametrize("text", [
    "2024年底前已完成的项目不再列入。", "各项工作于每月5日前报送进展情况。", "请于2025年3月15日前将实施方案报送县农业农村局。",
])
def test_sentences_that_state_no_deadline_for_the_tasks(text):
    from respgraph.structure.fields import governing_deadline

    assert governing_deadline(text, 0, len(text), 2025) is None


def test_the_report_reads_a_phase_period_as_due_at_its_end():
    from respgraph.viz.due import task_due

    assert task_due(["2025年4月—9月"], 2025) == ((2025, 9), "2025年4月—9月")
    assert task_due(["6月上旬"], 2025) == ((2025, 6), "6月上旬")


def test_a_sentence_after_items_states_their_deadline():
    from respgraph.structure.fields import governing_deadline

    text = "上述任务须在2025年11月底前全部完成。"
    d = governing_deadline(text, 0, len(text), 2025, above=True)
    assert (d.text, d.year, d.month) == ("2025年11月底前", 2025, 11)
    assert governing_deadline(text, 0, len(text), 2025) is None  # (not of the items after it)
    assert governing_deadline("以上项目由市交通运输局牵头。", 0, 14, 2025, above=True) is None



def test_a_matter_of_minutes_about_the_means_of_the_work_is_a_task(tmp_path):
    """二、关于改造资金保障 (a matter the meeting decided: the funds of the work itself) is a task (was
    dropped: 保障 in a title marked a safeguards chapter); 关于保障措施 / 关于组织保障 still are none."""
    from respgraph.extract import extract_file

    path = tmp_path / "纪要.txt"
    path.write_text(
        "洛阳市人民政府会议纪要\n　　会议议定以下事项：\n"
        "　　一、关于老旧小区改造项目审批。会议要求，由市住建局牵头，市城管局配合，于7月底前出台联合审查办法。\n"
        "　　二、关于改造资金保障。会议同意，市财政局要加快补助资金拨付，9月底前拨付到位。\n"
        "　　三、关于管线迁改。会议明确，管线迁改由洛阳供电公司负责。\n"
        "　　四、关于组织保障。会议强调，各单位要高度重视，加强协作。\n", encoding="utf-8")
    titles = [t.title for t in extract_file(path).tasks]
    assert titles == ["关于老旧小区改造项目审批", "关于改造资金保障", "关于管线迁改"]


def test_a_matter_of_minutes_about_other_matters_is_no_task(tmp_path):
    """三、关于其他事项 (minutes write each matter 关于…) names no work, as 其他事项 does: no task
    without a lead (was one, flagged no_clause, beside the matters the meeting directed)."""
    from respgraph.extract import extract_file

    path = tmp_path / "纪要.txt"
    path.write_text(
        "XX市人民政府专题会议纪要\n\n现将会议议定事项纪要如下：\n\n"
        "一、关于老旧小区改造进度\n会议要求，市住建局要加快项目前期工作；市财政局要做好资金保障。\n"
        "二、关于城市道路积水点整治\n会议议定，市城管局要会同市水利局制定积水点整治方案。\n"
        "三、关于其他事项\n会议指出，近年来各部门密切配合，工作取得明显成效。\n", encoding="utf-8")
    titles = [t.title for t in extract_file(path).tasks]
    assert titles == ["关于老旧小区改造进度", "关于城市道路积水点整治"]


def test_a_cell_left_empty_on_purpose_names_no_unit(tmp_path):
    """— / ／ / 无 in a unit column (a row without supporters, an indicator no unit answers for)
    is no unit (was the unit —, the lead of its row, or / a supporter); 无锡市 still is one."""
    from respgraph.extract import extract_file

    path = tmp_path / "分工.txt"
    path.write_text(
        "XX县2025年工作任务分工\n\n序号\t工作任务\t牵头单位\t配合单位\n"
        "1\t推进节水型社会建设\t县水利局\t—\n2\t加强污水处理\t县住建局\t／\n3\t开展水质监测\t县生态环境局\t无\n"
        "4\t做好资金保障\t—\t县财政局\n5\t推进对口协作\t县发改局\t无锡市发展改革委\n\n"
        "表1 主要指标\n序号\t指标名称\t2020年\t2025年\t属性\t责任单位\n"
        "1\t用水总量（亿立方米）\t1.2\t≤1.5\t约束性\t县水利局\n2\t城镇污水处理率（%）\t90\t95\t约束性\t/\n",
        encoding="utf-8")
    got = [(t.title, [(m.text, m.role) for m in t.mentions]) for t in extract_file(path).tasks]
    assert got == [
        ("推进节水型社会建设", [("县水利局", "lead")]),
        ("加强污水处理", [("县住建局", "lead")]),
        ("开展水质监测", [("县生态环境局", "lead")]),
        ("做好资金保障", [("县财政局", "support")]),
        ("推进对口协作", [("县发改局", "lead"), ("无锡市发展改革委", "support")]),
        ("用水总量（亿立方米）", [("县水利局", "lead")]),
    ]


def test_a_plans_boxes_stay_tasks_when_only_its_safeguards_name_a_unit(tmp_path):
    # 专栏 projects naming no unit are tasks of kind box (lead unnamed) in a 规划 whose one clause
    # stands in its safeguards, as in a 规划 naming none (they were dropped: 30 of the 宜春 plan's
    # projects went when one safeguard sentence named 市生态环境局)
    plan = tmp_path / "规划纲要.txt"
    body = ("某某县国民经济和社会发展第十五个五年规划纲要\n\n第一章　建设现代化产业体系\n第一节　做强工程机械产业\n"
            "推动工程机械向高端化发展。支持龙头企业做大做强。\n"
            "专栏1　先进制造业重大工程\n1.智能制造升级工程：建设灯塔工厂10家。\n2.零部件产业园：建设零部件产业园。\n"
            "第二章　强化规划实施保障\n第一节　健全规划实施机制\n")
    plan.write_text(body + "县发展改革局负责规划实施的综合协调，会同县统计局建立规划指标统计监测体系。\n", encoding="utf-8")
    got = [(t.number, t.kind, t.title, [(m.text, m.role) for m in t.mentions]) for t in extract_file(plan).tasks]
    assert got == [
        ("", "paragraph", "推动工程机械向高端化发展", []),
        ("1", "box", "智能制造升级工程", []),
        ("2", "box", "零部件产业园", []),
        ("", "paragraph", "县发展改革局负责规划实施的综合协调，会同县统计局建立规划指标统计监测体系",
         [("县发展改革局", "lead"), ("县统计局", "support")]),
    ]
    # the same plan naming no unit anywhere reads the same tasks
    plan.write_text(body + "建立规划实施监测评估机制。\n", encoding="utf-8")
    assert [(t.number, t.kind) for t in extract_file(plan).tasks][:3] == [("", "paragraph"), ("1", "box"), ("2", "box")]


def test_a_preamble_sentence_is_no_title():
    """A preamble sentence naming a kind of plan (为贯彻落实《XX市…实施方案》，结合我县实际，制定本
    方案。) is no title: it names the plan this one follows, or this one's kind (it was the title of
    plans printed without one, and of a notice titled 关于开展…的通知 above it); a title broken
    before its kind word (XX县农村供水保障三年行动 / 实施方案) is read whole (was cut at 三年行动)."""
    from respgraph.structure.meta import plan_meta

    body = "\n一、重点任务\n（一）推进企业开办便利化。（责任单位：县市场监管局）\n"
    for head in ("为贯彻落实《XX市优化营商环境三年行动实施方案》，结合我县实际，制定本方案。",
                 "XX县人民政府办公室\n\n为贯彻落实《XX市2024年大气污染防治工作要点》，结合我县实际，现制定如下工作要点。",
                 "根据《XX市乡村振兴规划》，结合我区实际，制定本实施方案。",
                 "为贯彻落实市委市政府工作部署，结合我县实际，制定本实施方案。"):
        assert plan_meta(head + body, "p", "p.txt").title == "", head
    t = "关于开展2024年农村人居环境整治的通知\n各乡镇人民政府：\n为贯彻落实全省农村人居环境整治提升五年行动方案，结合我县实际，现就有关事项通知如下：" + body
    assert plan_meta(t, "p", "p.txt").title == "关于开展2024年农村人居环境整治的通知"
    t = "XX县农村供水保障三年行动\n实施方案\n为贯彻落实全省农村供水保障规划，结合我县实际，制定本方案。" + body
    assert plan_meta(t, "p", "p.txt").title == "XX县农村供水保障三年行动实施方案"
    # near misses: a title line above the preamble, a cover letter's 《》, a title with its own kind
    t = "XX县2024年优化营商环境工作方案\n为贯彻落实省市优化营商环境实施方案，结合我县实际，制定本方案。" + body
    assert plan_meta(t, "p", "p.txt").title == "XX县2024年优化营商环境工作方案"
    t = ("关于印发XX县2024年秸秆禁烧工作方案的通知\n各乡镇人民政府：\n现将《XX县2024年秸秆禁烧工作方案》印发给你们。\n"
         "为贯彻落实市秸秆禁烧工作方案，结合我县实际，制定本方案。" + body)
    assert plan_meta(t, "p", "p.txt").title == "XX县2024年秸秆禁烧工作方案"
    t = "XX县2024年安全生产三年行动\n为认真贯彻落实县安全生产工作计划，制定本方案。" + body
    assert plan_meta(t, "p", "p.txt").title == "XX县2024年安全生产三年行动"


def test_task_numbers_set_in_lenticular_brackets(tmp_path):
    """【任务一】完善… with its 【牵头单位】 / 【责任单位】 lines under it: a numbered task as 任务一：
    is (was read as prose: the label lines made tasks of their own titled 【牵头单位】…, the next
    task's text joined to them). Near miss: 【任务分工】 / 【工作目标】 before text are no numbers."""
    from respgraph.extract import extract_file

    plan = tmp_path / "plan.txt"
    plan.write_text(
        "某市化工园区安全风险防控能力提升工作方案\n\n一、工作目标\n【工作目标】到2024年底，园区安全风险等级保持D类。\n"
        "二、主要任务\n【任务一】完善园区安全管理机构。配齐配强安全监管力量。\n【牵头单位】园区管理办公室\n"
        "【责任单位】市委编办、市应急管理局\n\n【任务二】建设智能化管控平台。整合重大危险源监测数据。\n"
        "【牵头单位】市应急管理局\n【责任单位】市数据局\n",
        encoding="utf-8",
    )
    tasks = extract_file(plan).tasks
    got = [(t.title, [(m.text, m.role) for m in t.mentions]) for t in tasks]
    assert got == [
        ("完善园区安全管理机构", [("园区管理办公室", "lead"), ("市委编办", "support"), ("市应急管理局", "support")]),
        ("建设智能化管控平台", [("市应急管理局", "lead"), ("市数据局", "support")]),
    ]


_GROUPED_TABLE = (
    "XX区2025年优化营商环境重点任务清单\n序号\t重点任务\t具体举措\t牵头单位\t配合单位\t完成时限\n"
    "1-1\t一、提升政务服务效能\t深化“一件事”集成改革，新增高频“一件事”10项以上。\t区政务服务中心\t区市场监管局\t2025年12月底\n"
    "1-2\t一、提升政务服务效能\t推进“一网通办”提质扩面，网办率达到95%以上。\t区政务服务中心\t区数据局\t2025年10月底\n"
    "2-1\t二、强化要素保障\t全面推行工业用地“标准地”出让。\t区自然资源和规划分局\t区经信局\t2025年12月底\n"
    "2-2\t\t深入开展低效用地再开发，全年完成低效工业用地整治1000亩以上。\t区自然资源和规划分局\t区经信局\t2025年12月底\n"
)


def test_group_cell_of_a_table_is_the_section_not_the_text():
    """A 重点任务 cell merged over its rows (repeated, or left blank below) is the tasks' section;
    each task's text is its own 具体举措 (was: 一、提升政务服务效能\\t深化…)."""
    got = [(t.number, t.section, t.text) for t in _parse(_GROUPED_TABLE).tasks]
    assert got == [
        ("1-1", ["提升政务服务效能"], "深化“一件事”集成改革，新增高频“一件事”10项以上。"),
        ("1-2", ["提升政务服务效能"], "推进“一网通办”提质扩面，网办率达到95%以上。"),
        ("2-1", ["强化要素保障"], "全面推行工业用地“标准地”出让。"),
        ("2-2", ["强化要素保障"], "深入开展低效用地再开发，全年完成低效工业用地整治1000亩以上。"),
    ]
    # near miss: a task column whose cells differ row by row is the task's own text, kept
    text = ("XX区重点任务清单\n序号\t工作任务\t具体内容\t牵头单位\n"
            "1\t提升政务服务效能\t深化“一件事”集成改革。\t区政务服务中心\n"
            "2\t强化要素保障\t全面推行工业用地“标准地”出让。\t区自然资源和规划分局\n")
    assert [t.text for t in _parse(text).tasks] == [
        "提升政务服务效能\t深化“一件事”集成改革。", "强化要素保障\t全面推行工业用地“标准地”出让。"]


@pytest.mark.parametrize(
    "text,last",
    [
        # closing words addressed to all units after the last item's bracketed labels
        ("XX区2024年优化营商环境工作要点\n一、重点任务\n1.压缩企业开办时间。（责任单位：区市场监管局）\n"
         "2.加强知识产权保护。（牵头单位：区市场监管局；配合单位：区公安分局）\n"
         "各地各部门要对照工作要点，细化工作举措，年底前报送落实情况。\n",
         "加强知识产权保护。（牵头单位：区市场监管局；配合单位：区公安分局）"),
        # ... after its units named in brackets, a blank line between
        ("XX州2026年重点任务\n一、民生\n1．推进医共体建设。（州卫生健康委，州医保局、州财政局）\n\n"
         "各牵头单位要于每季度末将落实情况报州人民政府督查室。\n",
         "推进医共体建设。（州卫生健康委，州医保局、州财政局）"),
        # ... after units written out (A牵头实施。 / A牵头，B配合。), the addressees with a note in brackets
        ("XX街道2024年工作要点\n一、重点任务\n1.开展技能培训，全年培训5万人次。街道社保中心牵头实施。\n"
         "2.做好矛盾纠纷化解。综治中心牵头，司法所、派出所配合。\n\n各部门（中心）要对照工作要点，细化工作措施。\n",
         "做好矛盾纠纷化解。综治中心牵头，司法所、派出所配合。"),
        # ... run into the last item's line after its units' bracket (a break lost, or one line)
        ("XX省工作措施\n一、重点任务\n1.支持科技创新。（省科技厅牵头，省发展改革委配合）\n"
         "2.规范民营资本发展。健全法律制度。（省发展改革委、省市场监管局等按职责分工负责）  各地各部门要结合实际抓好贯彻落实。\n",
         "规范民营资本发展。健全法律制度。（省发展改革委、省市场监管局等按职责分工负责）"),
        ("XX省2024年促进民营经济发展工作要点一、重点任务1.支持科技创新。(省科技厅牵头,省发展改革委配合)"
         "2.规范民营资本发展。健全法律制度。(省发展改革委、省市场监管局等按职责分工负责)各地各部门要结合实际抓好贯彻落实。",
         "规范民营资本发展。健全法律制度。(省发展改革委、省市场监管局等按职责分工负责)"),
        # near miss: a bracket naming no units before the words: the item's own text
        ("XX县工作要点\n一、重点任务\n1.开展隐患排查（见附件）各乡镇要组织开展隐患排查整治。（县应急局负责）\n",
         "开展隐患排查（见附件）各乡镇要组织开展隐患排查整治。（县应急局负责）"),
        # near miss: after a line that names no units in a closing clause, the paragraph is the item's
        ("XX县工作要点\n一、重点任务\n1.开展隐患排查。县应急局牵头组织开展隐患排查整治\n各乡镇要组织开展隐患排查整治。\n",
         "开展隐患排查。县应急局牵头组织开展隐患排查整治\n各乡镇要组织开展隐患排查整治。"),
    ],
)
def test_closing_words_after_the_last_item_end_it(text, last):
    """各地各部门要… / 各牵头单位要于… after an item whose line ends with its units: the plan's
    closing words, no part of that item's text (was joined to it, its 年底前 read as its deadline)."""
    tasks = _parse(text).tasks
    assert tasks[-1].text == last
    assert not any(w in "".join(t.text for t in tasks) for w in ("各地各部门要", "各部门（中心）要"))


def test_a_drawn_table_joins_the_lines_between_two_rules():
    # a table drawn with box characters (a PDF or mail copied as text): the lines between two rules
    # are one row, each cell's pieces joined (区住房建设和交 / 通局 is one name); a markdown table
    # (no border above its header) keeps a row a line
    from respgraph.structure.text_tables import text_tables

    drawn = (
        "┌──────┬────────────────────────┬────────────────┬──────────────────┐\n"
        "│ 序号 │ 主要任务               │ 主责单位       │ 协同单位         │\n"
        "├──────┼────────────────────────┼────────────────┼──────────────────┤\n"
        "│ 1    │ 推进建筑废弃物综合利用 │ 区住房建设和交 │ 区城市管理和综合 │\n"
        "│      │ ，资源化利用率达到60%  │ 通局           │ 执法局           │\n"
        "├──────┼────────────────────────┼────────────────┼──────────────────┤\n"
        "│ 2    │ 推广新能源公交车       │ 区发展和改革局 │                  │\n"
        "└──────┴────────────────────────┴────────────────┴──────────────────┘\n"
    )
    (t,) = text_tables(drawn)
    assert t.header == ["序号", "主要任务", "主责单位", "协同单位"]
    assert [[c.text for c in r] for r in t.rows] == [
        ["1", "推进建筑废弃物综合利用，资源化利用率达到60%", "区住房建设和交通局", "区城市管理和综合执法局"],
        ["2", "推广新能源公交车", "区发展和改革局", ""],
    ]
    assert t.span.start == 0 and drawn[t.span.end - 1] == "┘"  # its borders are the table's, no paragraph
    # drawn without rules between its rows, under a title row: a line with its number opens a row
    unruled = (
        "┌──────────────────────────────────────┐\n"
        "│ 重点任务分工表                       │\n"
        "├──────┬──────────────┬────────────────┤\n"
        "│ 序号 │ 重点任务     │ 牵头单位       │\n"
        "├──────┼──────────────┼────────────────┤\n"
        "│ 1    │ 推进垃圾分类 │ 县城管局       │\n"
        "│ 2    │ 开展清洁行动 │ 县农业农村局   │\n"
        "│      │ ，整治村容   │                │\n"
        "└──────┴──────────────┴────────────────┘\n"
    )
    (u,) = text_tables(unruled)
    assert [[c.text for c in r] for r in u.rows] == [["1", "推进垃圾分类", "县城管局"], ["2", "开展清洁行动，整治村容", "县农业农村局"]]
    markdown = "| 序号 | 重点任务 | 牵头单位 |\n|---|---|---|\n| 1 | 推进垃圾分类 | 县城管局 |\n| 2 | 开展清洁行动 | 县农业农村局 |\n"
    (m,) = text_tables(markdown)
    assert [[c.text for c in r] for r in m.rows] == [["1", "推进垃圾分类", "县城管局"], ["2", "开展清洁行动", "县农业农村局"]]


def test_a_second_tables_header_opens_a_table_of_its_own():
    # two tables of one layout, a chapter heading and a caption between them (skipped as section
    # rows of the first): the second's header opens a table (was a row of the first, 牵头单位 and
    # 配合单位 its units); a section row inside a table still is one, a row whose unit cell
    # names a body ending as a label does (市环委会成员单位) still a row
    from respgraph.structure.text_tables import text_tables

    text = (
        "序号\t重点任务\t牵头单位\t配合单位\n"
        "1\t开展燃煤锅炉专项整治\t市生态环境局\t市市场监管局\n"
        "一、移动源\n"
        "2\t开展餐饮油烟专项整治\t市城管局\t市环委会成员单位\n"
        "\n三、专项行动\n表3：柴油货车污染治理专项行动分工\n"
        "序号\t专项行动\t牵头单位\t配合单位\n"
        "1\t开展柴油货车路检路查\t市公安局\t市生态环境局\n"
    )
    first, second = text_tables(text)
    assert [r[1].text for r in first.rows] == ["开展燃煤锅炉专项整治", "开展餐饮油烟专项整治"]
    assert second.header == ["序号", "专项行动", "牵头单位", "配合单位"]
    assert [[c.text for c in r] for r in second.rows] == [["1", "开展柴油货车路检路查", "市公安局", "市生态环境局"]]


def test_a_tab_row_whose_cell_broke_onto_the_next_line_is_one_row():
    # a Word table saved as text: a line break inside a cell ends the line, the rest of the cell
    # and the row's other cells on the next (written from the line's start, or under their
    # columns after empty cells). One row each (the short line ended the table: no row, no task);
    # near miss: a row short of a cell followed by the next numbered row still ends the table
    from respgraph.structure.text_tables import text_tables

    text = (
        "序号\t整治内容\t牵头单位\t配合单位\t完成时限\n"
        "1\t非法码头整治\t县交通运输局\t县水利局、县环保局、\n"
        "马当镇、芙蓉墩镇\t2018年9月底\n"
        "2\t非法采砂整治\t县水利局\t县公安局、\n"
        "\t\t\t九江海事局彭泽海事处\t2018年10月底\n"
        "3\t岸线复绿\t县林业局\t沿江各乡镇\t2018年12月底\n"
    )
    (t,) = text_tables(text)
    assert [[c.text for c in r] for r in t.rows] == [
        ["1", "非法码头整治", "县交通运输局", "县水利局、县环保局、马当镇、芙蓉墩镇", "2018年9月底"],
        ["2", "非法采砂整治", "县水利局", "县公安局、九江海事局彭泽海事处", "2018年10月底"],
        ["3", "岸线复绿", "县林业局", "沿江各乡镇", "2018年12月底"],
    ]
    unit = t.rows[0][3]
    assert [text[p.start : p.end] for p in unit.parts] == ["县水利局、县环保局、", "马当镇、芙蓉墩镇"]
    short = (
        "序号\t整治内容\t牵头单位\t配合单位\t完成时限\n"
        "1\t非法码头整治\t县交通运输局\t县水利局\t2018年9月底\n"
        "2\t非法采砂整治\t县水利局\t2018年10月底\n"
        "3\t岸线复绿\t县林业局\t沿江各乡镇\t2018年12月底\n"
    )
    (u,) = text_tables(short)
    assert [r[1].text for r in u.rows] == ["非法码头整治"]


def test_a_markdown_table_after_a_tab_table_is_a_table_of_its_own():
    # a tab table, then a chapter heading, a caption and a markdown table: each of its lines is one
    # cell for the tab table, under 40 characters, and was skipped as a section row of it (the
    # second table lost, no warning); a section row of the tab table itself still is one
    from respgraph.structure.text_tables import text_tables

    text = (
        "序号\t重点任务\t牵头单位\t配合单位\n"
        "1\t开展燃煤锅炉专项整治\t市生态环境局\t市市场监管局\n"
        "二、移动源\n"
        "2\t开展餐饮油烟专项整治\t市城管局\t市生态环境局\n"
        "\n三、专项行动\n表3：专项行动分工\n\n"
        "| 序号 | 专项行动 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- |\n"
        "| 1 | 开展柴油货车路检路查 | 市公安局 | 市生态环境局 |\n"
    )
    first, second = text_tables(text)
    assert [r[1].text for r in first.rows] == ["开展燃煤锅炉专项整治", "开展餐饮油烟专项整治"]
    assert [[c.text for c in r] for r in second.rows] == [["1", "开展柴油货车路检路查", "市公安局", "市生态环境局"]]


def test_a_wrapped_row_whose_task_cell_runs_to_its_columns_edge_goes_on():
    # a PDF copy, columns aligned with blanks: the task cell filled to its column's edge was
    # wrapped, so the line below goes on that row, though the lead's first piece (漓江风景名胜区)
    # reads as a whole name (管理委员会 was a row of its own, leading it); a line under a task
    # that stops short (推进污水处理) with a name of its own is still a row whose number was merged
    from respgraph.structure.text_tables import text_tables

    text = (
        "序号   工作任务                   牵头单位         配合单位\n"
        "1      开展漓江干流沿岸违法违规   漓江风景名胜区   市国土资源局\n"
        "       建筑清理整治               管理委员会\n"
        "2      推进污水处理               县住建局         县财政局\n"
        "       推进管网建设               县水务局         县财政局\n"
    )
    (t,) = text_tables(text)
    assert [[c.text for c in r] for r in t.rows] == [
        ["1", "开展漓江干流沿岸违法违规建筑清理整治", "漓江风景名胜区管理委员会", "市国土资源局"],
        ["2", "推进污水处理", "县住建局", "县财政局"],
        ["", "推进管网建设", "县水务局", "县财政局"],
    ]


def test_a_policy_interpretation_ends_the_plan_once_the_plan_has_given_out_work():
    """政策解读 under a plan restates its tasks (1.推进…，由A牵头): the plan ends at its heading. A
    news report's 由A牵头负责 over a 【解读】 heading and the plan under it is no plan's work: the
    heading there ends nothing (the plan below would be lost); nor does 加强政策解读 inside a task."""
    from respgraph.structure import body_regions

    plan = "某县方案\n一、重点任务\n1.加强政策解读。（牵头单位：县生态环境局）\n政策解读：\n1.加强政策解读，由县生态环境局牵头。\n"
    assert plan[body_regions(plan)[0]:].startswith("政策解读：")
    news = ("本报讯 据了解，方案由县生态环境局牵头负责。\n【解读】《某县方案》政策解读\n" + "方案明确了目标。" * 40
            + "\n一、重点任务\n1.推进治理。（牵头单位：县生态环境局）\n")
    assert body_regions(news)[0] == len(news)
    # a page run together onto one line: the heading inside it, marked by its colon (and a task's
    # 加强政策解读。 on a line of its own length is no heading)
    flat = ("（一）实施劣V类水体销号管理。全市劣V类小微水体6月底前全部完成剿灭。责任单位：市治水办、市环保局。" * 6
            + "（二）加强政策解读。牵头单位：市委宣传部。相关链接：台州市治水办政策解读：《台州市治水工作要点》解读（一）全面剿灭劣V类水，由市治水办负责。")
    assert flat[body_regions(flat)[0]:].startswith("相关链接：")
    assert "加强政策解读" in flat[: body_regions(flat)[0]]


def test_roman_numeral_parts_head_their_circled_items(tmp_path):
    # Ⅰ　… / Ⅱ　…: parts numbered with Roman numerals, ① items under them (the second part's title
    # was glued to item ②'s text and ③–⑤ kept under the first part)
    f = tmp_path / "roman.txt"
    f.write_text(
        "重庆市2026年噪声污染防治工作要点\n"
        "Ⅰ　加强源头防控\n"
        "①开展声环境功能区划评估调整。（牵头单位：市生态环境局；配合单位：各区县（自治县）政府）\n"
        "Ⅱ、强化重点领域治理\n"
        "②加强建筑施工噪声监管。（市住房城乡建委牵头，市城市管理局配合）\n"
        # near misses: a grade opening a line is no part (Ⅱ类 / Ⅳ级)
        "Ⅱ类水体比例保持稳定，Ⅳ级响应时由区县组织处置。\n"
        "③治理交通运输噪声。（市交通运输委牵头）\n",
        encoding="utf-8",
    )
    plan = extract_file(f)
    assert [(t.number, t.section, [(m.text, m.role) for m in t.mentions]) for t in plan.tasks] == [
        ("①", ["加强源头防控"], [("市生态环境局", "lead"), ("各区县（自治县）政府", "support")]),
        ("②", ["强化重点领域治理"], [("市住房城乡建委", "lead"), ("市城市管理局", "support")]),
        ("③", ["强化重点领域治理"], [("市交通运输委", "lead")]),
    ]
    assert plan.tasks[0].text.endswith("政府）")
    assert "Ⅱ类水体比例保持稳定" in plan.tasks[1].text
def test_duty_sentences_and_label_lists_end_at_a_stop_or_semicolon_not_at_an_exclamation_mark():
    """structure.duties (a duty section's sentences) and grammar.labelled.unbracketed (a label's list
    running on past its semicolon) read one stop, SENTENCE_STOP without ！ / !: the twins folded kept
    what each read (an exclamation mark never ended either)."""
    from respgraph.grammar.labelled import unbracketed
    from respgraph.grammar.labels import SENTENCE_STOP, SENTENCE_STOP_NO_EXCLAMATION
    from respgraph.structure import duties

    assert duties.SENTENCE_STOP_NO_EXCLAMATION is unbracketed.SENTENCE_STOP_NO_EXCLAMATION is SENTENCE_STOP_NO_EXCLAMATION
    text = "县财政局负责资金保障！县教育局负责校舍安全；县卫健委负责防疫。县民政局，\n"
    assert [m.group() for m in SENTENCE_STOP_NO_EXCLAMATION.finditer(text)] == ["；", "。", "\n"]
    assert [m.group() for m in SENTENCE_STOP.finditer(text)] == ["！", "；", "。", "\n"]


_RIVER_POINTS = (
    "吴江区2020年河湖长制工作要点\n\n"
    "一、强化河湖长履职\n"
    "    1．落实河湖长巡河制度。区级河湖长每季度巡河不少于1次。责任单位：区河长办、各区镇。\n"
    "二、加强河湖水域岸线管理\n"
    "    2．推进幸福河湖建设。建成幸福河湖20条。责任单位：区水务局、区住建局、各区镇。\n\n"
    "三、工作要求\n"
)


@pytest.mark.parametrize(
    ("closing", "tasks_after"),
    [
        # a paragraph under 工作要求 opening by telling units what to do, then a unit checking the work:
        # closing words, no task (it was the chapter's item, read twice: the chapter 三 led by 区河长办
        # and the paragraph led by 区河长办联合区委、区政府督查室)
        ("    各区镇、各部门要于每月底前将工作推进情况报区河长办。区河长办联合区委、区政府督查室开展明察暗访。\n", []),
        ("    各区镇要于每月底前将工作推进情况报区河长办。区河长办会同区委督查室开展明察暗访。\n", []),
        # near miss: a titled paragraph of the chapter giving its work to a unit stays its one task
        ("    严格督查考核。区河长办会同区委督查室开展明察暗访。\n", [("严格督查考核", ["区河长办", "区委督查室"])]),
    ],
)
def test_a_paragraph_telling_units_what_to_do_under_requirements_is_no_item(tmp_path, closing, tasks_after):
    plan = tmp_path / "工作要点.txt"
    plan.write_text(_RIVER_POINTS + closing, encoding="utf-8")
    tasks = extract_file(plan).tasks
    assert [t.title for t in tasks[:2]] == ["落实河湖长巡河制度", "推进幸福河湖建设"]
    assert [(t.title, [m.text for m in t.mentions]) for t in tasks[2:]] == tasks_after


def test_closing_words_to_all_units_after_a_label_line_with_no_stop(tmp_path):
    # 牵头单位：A / 责任单位：B (label lines end with no stop) and then the plan's closing words to
    # all units (各单位要于…前报… / 各省辖市、省直管县（市）政府要… / 各牵头单位为…第一责任单位，要…):
    # they were the last item's text, and where the list ran on into them (相关街道各牵头单位为…)
    # its units (相关街道各, 民生实事项目第一责任单位, 要细化实施方案 as leads)
    plan = tmp_path / "工作要点.txt"
    items = (
        "某区2022年安全生产工作要点\n"
        "1.严格落实安全生产责任制，制定重点工作清单。\n牵头单位：区应急管理局\n责任单位：区级各部门\n"
        "2.修订完善区级总体应急预案。\n牵头单位：区应急管理局\n责任单位：各专项指挥部成员单位\n"
    )
    for closing in ("各单位要于2022年12月10日前将全年工作总结报区安委会办公室。",
                    "各乡镇、省直管县（市）政府要根据本方案，制定本地具体实施方案。"):
        plan.write_text(items + closing + "\n某区安全生产委员会\n2022年2月18日\n", encoding="utf-8")
        last = extract_file(plan).tasks[-1]
        assert last.text.endswith("各专项指挥部成员单位"), last.text
        assert [(m.text, m.role) for m in last.mentions] == [("区应急管理局", "lead"), ("各专项指挥部成员单位", "support")]
    plan.write_text(
        "某区2024年民生实事工作任务分工方案\n"
        "一、新建社区养老服务站10个。牵头单位：区民政局；责任单位：区财政局、各街道\n"
        "二、建设口袋公园8个，新建绿道10公里。牵头单位：区林业和园林局；责任单位：区城乡建设局、相关街道\n"
        "各牵头单位为民生实事项目第一责任单位，要细化实施方案，每月5日前报送进展情况。\n",
        encoding="utf-8",
    )
    last = extract_file(plan).tasks[-1]
    assert [(m.text, m.role) for m in last.mentions] == [("区林业和园林局", "lead"), ("区城乡建设局", "support"), ("相关街道", "support")]
    assert "细化" not in last.text
    # near misses: a wrapped list going on after its separator, and a label written with 为 (not
    # addressed to 各…), stay as they were
    plan.write_text(
        "某区2022年安全生产工作要点\n1.严格落实安全生产责任制。\n牵头单位：区应急管理局\n责任单位：区住建局、\n各街道办事处\n"
        "2.开展燃气安全专项整治。牵头单位为区城管局，配合单位为区市场监管局。\n",
        encoding="utf-8",
    )
    got = [[(m.text, m.role) for m in t.mentions] for t in extract_file(plan).tasks]
    assert got == [[("区应急管理局", "lead"), ("区住建局", "support"), ("各街道办事处", "support")],
                   [("区城管局", "lead"), ("区市场监管局", "support")]]


def test_closing_words_run_into_the_last_label_list_of_a_flattened_page(tmp_path):
    # a page flattened onto one line: the plan's closing words run on after the last item's list with
    # no break (…各区人民政府各区、各部门要按照… / …区海洋与渔业局各责任单位要明确…): they were read as
    # names of the list (各区人民政府各区, 各部门要; 区海洋与渔业局各责任单位要明确分管领导和具体联系人)
    plan = tmp_path / "方案.txt"
    head = "某市创建国家食品安全示范城市工作方案\n二、主要任务\n（一）加强源头治理。严格农业投入品管理。牵头单位：市农委 责任单位：市市场监管局"
    for tail, last in (
        ("（二）开展宣传教育。组织宣传周活动。牵头单位：市委宣传部 责任单位：市教育局、各区人民政府各区、各部门要按照职责分工，抓紧制定本单位工作方案。",
         [("市委宣传部", "lead"), ("市教育局", "support"), ("各区人民政府", "support")]),
        ("（二）加强海洋环境监测。完善预警报系统。责任单位：区海洋与渔业局各责任单位要明确分管领导和具体联系人，于3月20日前报区领导小组办公室。",
         [("区海洋与渔业局", "lead")]),
    ):
        plan.write_text(head + tail + "\n", encoding="utf-8")
        t = extract_file(plan).tasks[-1]
        assert [(m.text, m.role) for m in t.mentions] == last
        assert "要" not in t.text[t.text.rfind("：") :]
    # near misses: a collective named after a name in the list (各镇人民政府 after 区财政局) and 各
    # opening the list's next name stay names of the list
    plan.write_text(head + "（二）开展宣传教育。组织宣传周活动。责任单位：区财政局各镇人民政府、各街道办事处\n", encoding="utf-8")
    assert [m.text for m in extract_file(plan).tasks[-1].mentions] == ["区财政局", "各镇人民政府", "各街道办事处"]


def test_a_strong_in_a_field_campaign_after_the_place_is_no_place():
    # 晋江市2025年质量强市工作要点, signed 晋江市质量强市工作领导小组办公室: the plan's place was 质量强市
    # (its bodies 质量强市工业和信息化局); 制造强省 / 教育强县 alike
    from respgraph.structure.meta import plan_meta

    head = ("晋江市2025年质量强市工作要点\n一、推动产业质量提升\n（一）实施制造业质量提升行动。（市工信局牵头，市市场监管局配合）\n"
            "晋江市质量强市工作领导小组办公室\n2025年3月12日\n")
    assert plan_meta(head, "p", "p.txt").jurisdiction == "晋江市"
    assert plan_meta(head.replace("晋江市", "某某县").replace("质量强市", "教育强县"), "p", "p.txt").jurisdiction == "某某县"
    # near misses: a county whose name holds 强 (武强县, 枣强县) and a district inside a city stay places
    assert plan_meta("武强县2025年质量强县工作要点\n一、重点任务\n", "p", "p.txt").jurisdiction == "武强县"
    assert plan_meta("宜春市袁州区2025年质量强区工作要点\n一、重点任务\n", "p", "p.txt").jurisdiction == "袁州区"


def test_closing_words_after_an_items_line_with_its_labels_run_together():
    # （七）…。牵头单位：A 责任单位：B、C (the blank between the labels gone in cleaning: A责任单位：) and the
    # plan's closing words on the next line (各区、各部门要按照职责分工…): they were the item's text
    t = ("某市创建食品安全示范城市工作方案\n二、主要任务\n"
         "（一）加强源头治理。严格农业投入品管理。牵头单位：市农委 责任单位：市市场监管局\n"
         "（二）开展宣传教育。组织宣传周活动。牵头单位：市委宣传部 责任单位：市教育局、各区人民政府\n"
         "各区、各部门要按照职责分工，抓紧制定本单位工作方案，于8月底前报市食安办。\n")
    last = _parse(t).tasks[-1]
    assert last.text.endswith("各区人民政府"), last.text
    # near miss: a sentence of the item after its labels with no closing words stays the item's
    assert _parse(t.replace("各区、各部门要按照职责分工", "宣传周期间要按照职责分工")).tasks[-1].text.endswith("报市食安办。")
@pytest.mark.parametrize(
    "head, title, kind, place",
    [
        # a compilation of plans (文件汇编) is titled by its own name, above its 目录 (was 目录一、太原市2025年
        # 优化营商环境重点任务清单: the 目录 line run into the first plan's title, and no place: 27 units （未知市）)
        ("太原市营商环境优化提升文件汇编（2025年）\n\n太原市营商环境工作领导小组办公室编印\n\n目录\n"
         "一、太原市2025年优化营商环境重点任务清单\n二、太原市政务服务“高效办成一件事”2025年工作方案\n",
         "太原市营商环境优化提升文件汇编（2025年）", "汇编", "太原市"),
        ("某县生态环境保护工作文件汇编\n（2022年）\n\n目　录\n一、某县2022年大气污染防治工作实施方案\n", "某县生态环境保护工作文件汇编", "汇编", "某县"),
        # near miss: a plan with a 目录 (a long 规划) keeps its own title; the contents' heading is no part of any
        ("目录\n第一章 总体要求\n\n某县“十四五”生态环境保护规划\n\n第一章 总体要求\n", "某县“十四五”生态环境保护规划", "规划", "某县"),
    ],
)
def test_a_compilation_is_titled_by_its_own_name_not_its_contents(head, title, kind, place):
    from respgraph.structure.meta import plan_meta

    meta = plan_meta(head, "p", "p.txt")
    assert (meta.title, meta.kind, meta.jurisdiction) == (title, kind, place)


@pytest.mark.parametrize(
    "head, title",
    [
        # a report titled with no plan kind: its numbered items' sentences are no title (was 1.漓江干流生态修复工程
        # （责任单位：市自然资源局、市林业局）。已完成投资3.2亿元，占年度计划, by 计划 in the sentence after the stop)
        ("桂林市漓江流域生态保护和修复提升工程2022年工作进展情况报告\n\n自治区发展改革委：\n\n一、重点任务推进情况\n"
         "1.漓江干流生态修复工程（责任单位：市自然资源局、市林业局）。已完成投资3.2亿元，占年度计划的85%。\n",
         "桂林市漓江流域生态保护和修复提升工程2022年工作进展情况报告"),
        # near miss: a title line with a kind before any stop is read as before
        ("某县2023年秸秆禁烧工作方案\n\n一、工作任务。各乡镇要落实网格化监管，完成年度计划。\n", "某县2023年秸秆禁烧工作方案"),
    ],
)
def test_no_title_runs_past_a_full_stop(head, title):
    from respgraph.structure.meta import plan_meta

    assert plan_meta(head, "p", "p.txt").title == title


def test_a_heading_citing_another_plans_item_keeps_its_title_whole(tmp_path):
    # 一、…（落实《行动方案》第三部分第（一）项）: （一） after 第 cites the three-year plan's item, no item
    # run into the heading (was the section 项） under a heading cut at 第, by a block （一） opened there)
    text = (
        "某市2023年美丽县城建设工作计划\n\n"
        "　　一、加快补齐县城基础设施短板（落实《行动方案》第三部分第（一）项）\n"
        "　　1.完成县城老旧小区改造120个。由市住房城乡建设局牵头，各县（市、区）人民政府负责。\n"
        "　　二、提升县城环境品质（落实《行动方案》第三部分第（二）项）\n"
        "　　2.实施县城绿化美化。由市林草局牵头，市住房城乡建设局配合。\n"
    )
    p = extract_text(tmp_path, text)
    assert [t.section for t in p.tasks] == [
        ["加快补齐县城基础设施短板（落实《行动方案》第三部分第（一）项）"], ["提升县城环境品质（落实《行动方案》第三部分第（二）项）"]]
    assert [t.number for t in p.tasks] == ["1", "2"]
    # near miss: a heading run into its first item (一、重点任务（一）推进…) still opens that item
    q = extract_text(tmp_path, "某县工作要点\n\n一、重点任务（一）推进污水治理。（责任单位：县住建局）\n（二）加强扬尘管控。（责任单位：县城管局）\n")
    assert [t.number for t in q.tasks] == ["（一）", "（二）"]


def test_a_signature_after_an_attachment_announced_but_not_printed_dates_the_plan(tmp_path):
    # 附件：…（略） then the signature and date: they close the document (the signature was taken for the
    # attachment's first line: no date, no issuer, and a plan whose head names no place had none)
    text = (
        "某市农村人居环境整治提升五年行动实施方案任务分解\n\n某农领办〔2022〕7号\n\n各县区人民政府，市直有关单位：\n"
        "　　现将2022年目标任务分解如下。\n一、市直部门任务分解\n"
        "　　（一）农村厕所革命。牵头单位：市农业农村局；配合单位：市卫健委。\n"
        "三、工作要求\n　　各县区要将任务分解到乡镇。\n\n附件：2022年各县区目标任务表（略）\n\n"
        "中共某市委农村工作领导小组办公室\n2022年2月28日\n"
    )
    m = extract_text(tmp_path, text).meta
    assert (m.date, m.issuers) == ("2022-02-28", ["中共某市委农村工作领导小组办公室"])
    # near miss: an attachment printed at length after the 附件说明 keeps the signature before it
    long = text.replace("（略）\n\n中共某市委农村工作领导小组办公室\n2022年2月28日\n", "\n\n中共某市委农村工作领导小组办公室\n2022年2月28日\n\n附件\n\n"
                        + "".join(f"{i}. 某县完成户厕改造{i}00户，牵头单位：某县农业农村局。\n" for i in range(1, 40)))
    assert extract_text(tmp_path, long).meta.date == "2022-02-28"


@pytest.mark.parametrize(
    "head, title, kind",
    [
        # a report on a plan's work is titled as the report (was the plan it quotes in 《》, kind 行动方案)
        ("佛山市关于《佛山市水污染防治攻坚行动方案》2023年上半年工作进展情况的报告\n\n市人民政府：\n　　现将进展情况报告如下。\n",
         "佛山市关于《佛山市水污染防治攻坚行动方案》2023年上半年工作进展情况的报告", "报告"),
        ("泉州市2022年乡村振兴战略实绩考核工作总结\n\n　　2022年，全市各级各部门认真落实《泉州市2022年乡村振兴重点任务分工方案》。\n",
         "泉州市2022年乡村振兴战略实绩考核工作总结", "总结"),
        # near misses: a plan for the 政府工作报告's work, and a plan whose title names a report, keep their kinds
        ("某市2024年《政府工作报告》重点工作分工方案\n\n一、重点工作\n", "某市2024年《政府工作报告》重点工作分工方案", "分工方案"),
        ("某县落实环保督察反馈意见整改情况报告制度实施方案\n\n一、工作任务\n", "某县落实环保督察反馈意见整改情况报告制度实施方案", "实施方案"),
    ],
)
def test_a_report_on_work_is_titled_as_the_report(head, title, kind):
    from respgraph.structure.meta import plan_meta

    meta = plan_meta(head, "p", "p.txt")
    assert (meta.title, meta.kind) == (title, kind)


@pytest.mark.parametrize(
    "head, title, kind",
    [
        # a notice changing or adding to an issued plan is titled whole (was titled by the plan it amends:
        # its items listed as that plan's tasks)
        ("成都市人民政府办公厅关于印发《成都市2021年大气污染防治工作行动方案》的补充通知\n\n成办函〔2021〕58号\n\n各区（市）县政府：\n",
         "成都市人民政府办公厅关于印发《成都市2021年大气污染防治工作行动方案》的补充通知", "通知"),
        ("哈尔滨市人民政府办公厅关于《哈尔滨市2026年冰雪经济高质量发展工作方案》有关事项的补充通知\n\n各区、县（市）人民政府：\n",
         "哈尔滨市人民政府办公厅关于《哈尔滨市2026年冰雪经济高质量发展工作方案》有关事项的补充通知", "通知"),
        ("遵义市播州区人民政府办公室关于调整和补充《播州区2021年巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作方案》任务分工的通知\n\n各镇人民政府：\n",
         "遵义市播州区人民政府办公室关于调整和补充《播州区2021年巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作方案》任务分工的通知", "通知"),
        # near miss: a notice printing the adjusted plan is titled by that plan, as any cover letter
        ("某县人民政府办公室关于印发调整后的《某县污染防治攻坚战实施方案》的通知\n\n各乡镇人民政府：\n",
         "某县污染防治攻坚战实施方案", "实施方案"),
    ],
)
def test_a_notice_amending_a_plan_is_titled_whole(head, title, kind):
    from respgraph.structure.meta import plan_meta

    meta = plan_meta(head, "p", "p.txt")
    assert (meta.title, meta.kind) == (title, kind)
