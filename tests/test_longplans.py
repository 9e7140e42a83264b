"""Long plans (五年规划, 专项规划, 三年行动计划): an attached 重点任务分工表 that lists the body's
tasks again, 专栏 projects with their own units, indicator tables, safeguard chapters.

A row and a body item are one task when the row names the item: by its title, written with its
number before (（二）5．…), its quotes lost, run on past a comma, or held in the item's title for
most of it (农村厕所革命 / 推进农村厕所革命). An item no unit leads stays the task, with its
number, text and section, and takes the row's units (the row goes); an item with its own lead
stays, and a row naming no other lead goes (its other units join the item). A row naming a heading gives its units to the
tasks below it that have none. So ``tasks --no-lead`` lists only what neither names.
"""

from pathlib import Path

from respgraph.extract import extract_file

FIX = Path(__file__).parent / "fixtures" / "longplans"


def _read(name):
    return [
        (t.number, t.title, t.kind, [(m.text, m.role) for m in t.mentions])
        for t in extract_file(FIX / name).tasks
    ]


def test_rows_naming_body_items_by_number_title_or_part_of_it():
    assert _read("three-year-numbered-rows.txt") == [
        # an item no unit leads keeps its number, words and place, and takes the units of the row
        # listing it (the row's number and shortened title were the task's, the item's text lost)
        ("1", "推进农村厕所革命", "numbered", [("区农业农村局", "lead"), ("区卫健委", "support")]),
        ("2", "加强农村生活垃圾治理", "numbered", [("区城管局", "lead")]),
        # near miss: 污水处理 is a third of the item's title, so the row stays a task of its own
        ("3", "推进城镇污水处理提质增效", "numbered", []),
        ("4", "加快退出落后产能", "numbered", [("区工信局", "lead")]),
        ("5", "大力发展新能源和清洁能源", "numbered", [("区发展改革委", "lead")]),
        ("6", "推进“口袋公园”建设", "numbered", [("区城管局", "lead")]),
        ("7", "深化平安乡村建设", "numbered", []),  # listed by no row: no lead
        ("3", "污水处理", "table", [("区住建局", "lead")]),
        ("7", "开展秸秆禁烧巡查", "table", [("区农业农村局", "lead")]),  # not in the body
    ]
    tasks = extract_file(FIX / "three-year-numbered-rows.txt").tasks
    # the item keeps its section and text; 任务编号 is the number column, not the task's text
    assert [t.section for t in tasks if t.number == "5"] == [["主要任务", "乡村基础设施建设"]]
    first = tasks[0]
    assert "因地制宜推进农村户厕改造" in first.text and first.clauses[0].mentions[0].basis == "first_listed"
    # the table's 完成时限 first, the item's own dates after it
    assert [d.text for d in tasks[4].deadlines] == ["2026年底", "到2026年"]
    assert [t.section for t in tasks if t.title == "开展秸秆禁烧巡查"] == [[]]


def test_rows_naming_sections_lead_the_paragraphs_below():
    tasks = extract_file(FIX / "rows-name-sections.txt").tasks
    got = [(t.title, t.kind, [m.text for m in t.mentions if m.role == "lead"]) for t in tasks]
    assert got == [
        ("加快高速铁路建设", "paragraph", ["市交通运输局"]),
        ("完善高速公路网络", "paragraph", ["市交通运输局"]),
        ("推进国省道提质改造", "paragraph", ["市交通运输局"]),
        ("加强国省道养护管理", "paragraph", ["市交通运输局"]),
        # a 专栏's projects do not take their section's row (专栏2-1 titles its box)
        ("抚州至南昌高速改扩建工程", "box", []),
        ("G206南城至南丰段改建工程", "box", []),
        # a row naming a safeguard heading whose text holds no task stays a task of its own
        ("加强组织领导", "table", ["市发展改革委"]),
    ]
    assert tasks[0].section == ["构建内畅外联的综合交通网络", "完善对外运输通道"]
    assert [m.text for m in tasks[0].mentions] == ["市交通运输局", "市发展改革委", "市自然资源局"]
    assert tasks[4].section[-1] == "公路重点建设项目"
    assert "no_clause" not in tasks[0].flags and tasks[0].clauses[0].mentions[0].basis == "table"


def test_rows_repeating_items_with_their_own_clauses_are_one_task():
    assert _read("body-clauses-repeated.txt") == [
        # the row's other unit joins the item
        ("（一）", "开展新污染物调查监测", "numbered",
         [("县生态环境局", "lead"), ("县工信局", "support"), ("县农业农村局", "support")]),
        ("（二）", "严格源头管控", "numbered", [("县生态环境局", "lead"), ("县市场监管局", "support")]),
        # the row names another lead: one task, the item's units (the row as a task of its own
        # counted 县生态环境局 twice); the office sees the two readings in the flag, the warning
        # and the row's clause kept with the item
        ("（三）", "强化过程控制", "numbered", [("县工信局", "lead"), ("县生态环境局", "support")]),
        ("（四）", "加强能力建设", "numbered", [("县生态环境局", "lead"), ("县疾控中心", "support")]),
    ]
    plan = extract_file(FIX / "body-clauses-repeated.txt")
    third = next(t for t in plan.tasks if t.number == "（三）")
    assert third.flags == ["table_differs"] and third.clauses[-1].raw.startswith("牵头单位：县发展改革委")
    assert any("（三） 强化过程控制: 县工信局 (table: 县发展改革委)" in w for w in plan.warnings)


def test_a_plan_naming_units_only_in_its_boxes_keeps_its_paragraph_tasks():
    assert _read("units-in-boxes.txt") == [
        # the indicator table's rows with their 责任单位 (指标 | 2025年 | 2030年 | 属性 | 责任单位) are
        # tasks of kind indicator, titled by the indicator as written (a coordination office
        # counts its 指标 responsibilities; they were dropped as targets only)
        ("1", "用水总量（亿立方米）", "indicator", [("市水利局", "lead")]),
        ("2", "农村自来水普及率（%）", "indicator", [("市水利局", "lead")]),
        ("", "加快袁河干流防洪治理", "paragraph", []),
        ("", "推进中小河流系统治理", "paragraph", []),
        # a 专栏's projects are kind box, with their units or without
        ("1", "袁河干流防洪治理工程", "box", [("市水利局", "lead"), ("渝水区人民政府", "support")]),
        ("2", "山洪灾害防治工程", "box", []),
        # 保障城乡供水安全 is a chapter of tasks, not the plan's safeguards
        ("", "推进江口水库灌区续建配套", "paragraph", []),
        # a 专栏's project lines, each with its 责任单位 closing the line, are a task each, named
        # by the words before the colon
        ("", "城乡供水一体化工程", "box", [("市水利局", "lead"), ("各县区人民政府", "support")]),
        ("", "应急备用水源工程", "box", [("市水利局", "lead")]),
        # a safeguard sentence that assigns is a task, titled by itself
        ("", "市水利局牵头建立规划实施协调机制，各有关部门按职责分工抓好落实", "paragraph",
         [("市水利局", "lead"), ("各有关部门", "support")]),
    ]


def test_an_indicator_table_with_units_holds_indicator_tasks_a_division_table_with_a_year_column_tasks(tmp_path):
    """An indicator row with a unit column is a task of kind indicator (its units per the column:
    牵头单位 leads, 配合单位 supports, a bare 责任单位 lists them first-listed-leads), titled by the
    indicator, its target cells its targets; without a unit column (or a unit) a row is a target
    only, no task; a division table with a year column stays a division table."""
    head = "XX县2025年工作方案\n\n一、重点任务\n（一）推进项目建设。加快推进重点项目。\n\n附件\n\n"
    indicators = "序号\t指标名称\t2025年\t2030年\t属性\t责任单位\n1\t用水总量（亿立方米）\t7.5\t≤7.8\t约束性\t县水利局、县发展改革委\n"
    division = "序号\t重点任务\t2025年目标\t牵头单位\n1\t推进项目建设\t开工10个\t县发展改革委\n"
    f = tmp_path / "a.txt"
    f.write_text(head + indicators, encoding="utf-8")
    plan = extract_file(f)
    assert [(t.title, t.kind) for t in plan.tasks] == [("推进项目建设", "numbered"), ("用水总量（亿立方米）", "indicator")]
    assert not plan.tasks[0].mentions
    row = plan.tasks[1]
    assert [(m.text, m.role, m.basis) for m in row.mentions] == [("县水利局", "lead", "first_listed"), ("县发展改革委", "support", "table")]
    # a plan of 2025: its 2025 and 2030 columns are both targets, in the unit the name gives
    assert [(x.indicator, x.comparator, x.value, x.unit) for x in row.targets] == [
        ("用水总量", "达到", 7.5, "亿立方米"), ("用水总量", "不高于", 7.8, "亿立方米")]
    assert [plan.document.text[x.span.start : x.span.end] for x in row.targets] == ["7.5", "≤7.8"]
    assert row.text == "用水总量（亿立方米）\t2025年：7.5\t2030年：≤7.8\t属性：约束性"
    # 牵头单位 | 配合单位 columns give the roles; the base year (2020年, before the plan's) and a
    # target in words are no targets; a row without units is none
    f.write_text(head.replace("2025年工作方案", "“十四五”规划").replace("附件", "附件\n\n2021年12月1日")
                 + "指标\t单位\t2020年\t2025年\t指标属性\t牵头单位\t配合单位\n"
                 "地表水达到或好于Ⅲ类水体比例\t%\t80\t85\t约束性\t县生态环境局\t县水利局\n"
                 "单位地区生产总值能耗降低\t%\t—\t完成市下达任务\t约束性\t县发展改革委\t\n"
                 "森林覆盖率\t%\t60\t62\t约束性\t\t\n", encoding="utf-8")
    rows = [t for t in extract_file(f).tasks if t.kind == "indicator"]
    assert [(t.title, [(m.text, m.role) for m in t.mentions], [(x.value, x.unit) for x in t.targets]) for t in rows] == [
        ("地表水达到或好于Ⅲ类水体比例", [("县生态环境局", "lead"), ("县水利局", "support")], [(85.0, "%")]),
        ("单位地区生产总值能耗降低", [("县发展改革委", "lead")], []),
    ]
    # without a unit column the rows stay targets only
    f.write_text(head + indicators.replace("\t责任单位", "").replace("\t县水利局、县发展改革委", ""), encoding="utf-8")
    assert [t.title for t in extract_file(f).tasks] == ["推进项目建设"]
    f.write_text(head + division, encoding="utf-8")
    assert [(t.title, t.kind, [m.text for m in t.mentions]) for t in extract_file(f).tasks] == [
        ("推进项目建设", "numbered", ["县发展改革委"])  # the body's item, led by the row
    ]


def test_safeguard_chapters_and_chapters_of_tasks_about_security():
    from respgraph.structure.tasks import safeguard_title

    for title in ("规划实施保障", "保障措施", "组织实施", "保障机制", "加强组织保障", "强化民生保障措施",
                  "强化工作保障", "强化政策保障", "强化资金保障", "提供有力保障",
                  # the last chapter of a reform's 工作要点: the reform's safeguards
                  "强化改革保障", "加强改革保障",
                  # 保障 opening a second clause, securing the plan itself
                  "强化组织实施，保障规划落实", "完善政策措施，保障规划实施", "加强组织领导，保障各项任务落实"):
        assert safeguard_title(title), title
    for title in ("保障城乡供水安全", "保障粮食等重要农产品稳定安全供给", "保障和改善民生", "推动绿色低碳转型",
                  # 保障 after a field of work names that work
                  "加强民生保障", "完善社会保障体系", "强化能源保障", "做好住房保障",
                  "加强法治保障", "强化要素保障", "加强教育保障", "强化服务保障",
                  # ... and 保障 opening a second clause, securing a field (the 土十条's chapters)
                  "实施农用地分类管理，保障农业生产环境安全", "加强饮用水水源保护，保障饮水安全"):
        assert not safeguard_title(title), title


def test_a_reforms_closing_chapter_of_safeguards_is_no_task(tmp_path):
    # 四、强化改革保障 with one paragraph (the leading group's office will inspect) was read as task 四
    # without a unit; 强化要素保障 (land, energy and funds for projects) stays a chapter of work
    head = ("丽水市2025年生态产品价值实现机制改革工作要点\n一、完善生态产品保护补偿机制\n"
            "（一）深化瓯江流域上下游横向生态保护补偿。（市财政局牵头，市生态环境局、市水利局配合）\n")
    f = tmp_path / "reform.txt"
    f.write_text(head + "四、强化改革保障\n各地各部门要加强改革协同，市生态产品价值实现机制改革领导小组办公室适时开展督查。\n"
                 "丽水市生态产品价值实现机制改革领导小组办公室\n2025年3月3日\n", encoding="utf-8")
    assert [t.number for t in extract_file(f).tasks] == ["（一）"]
    f.write_text(head + "二、强化要素保障\n（一）保障重大项目用地。（牵头单位：市自然资源和规划局；配合单位：市发展改革委）\n",
                 encoding="utf-8")
    assert [(t.number, t.title) for t in extract_file(f).tasks] == [("（一）", "深化瓯江流域上下游横向生态保护补偿"), ("（一）", "保障重大项目用地")]


def test_a_clause_only_in_the_safeguards_does_not_hide_the_plans_tasks():
    # one 牵头单位 in 三、保障措施 made it the plan's only task (重点任务 held no clause)
    assert _read("clause-only-in-safeguards.txt") == [
        ("（一）", "扎实推进农村厕所革命", "numbered", []),
        ("（二）", "加快推进农村生活垃圾治理", "numbered", []),
        ("（三）", "梯次推进农村生活污水治理", "numbered", []),
        ("（四）", "持续提升村容村貌", "numbered", []),
        ("（一）", "加强组织领导", "numbered", [("县农业农村局", "lead")]),
        # the safeguard giving its work to a unit in the sentence after its title (强化资金保障。
        # 县财政局负责统筹…) is that unit's task (was dropped); 严格督查考核 names nobody
        ("（二）", "强化资金保障", "numbered", [("县财政局", "lead")]),
    ]


def test_one_row_naming_two_items_of_the_same_title_leads_both(tmp_path):
    # 加强监测能力建设 under the air and the soil chapters, one row: two tasks, each led (the second
    # was dropped with the first)
    f = tmp_path / "p.txt"
    f.write_text(
        "XX区“十四五”生态环境保护规划\n\n第一章  深入打好蓝天保卫战\n加强扬尘综合治理。严格落实建筑工地扬尘管控措施。\n"
        "加强监测能力建设。新建空气质量自动监测站5个。\n第二章  深入打好净土保卫战\n加强监测能力建设。完善土壤环境监测网络。\n\n"
        "附件：重点任务分工表\n序号\t重点任务\t牵头单位\t配合单位\n1\t加强监测能力建设\t区生态环境分局\t区农业农村局\n",
        encoding="utf-8",
    )
    got = [(t.title, t.section, [m.text for m in t.mentions]) for t in extract_file(f).tasks]
    assert got == [
        ("加强扬尘综合治理", ["深入打好蓝天保卫战"], []),
        ("加强监测能力建设", ["深入打好蓝天保卫战"], ["区生态环境分局", "区农业农村局"]),
        ("加强监测能力建设", ["深入打好净土保卫战"], ["区生态环境分局", "区农业农村局"]),
    ]


def test_a_boxs_units_above_or_below_its_projects_lead_them_all():
    got = [(t.title, [m.text for m in t.mentions if m.role == "lead"]) for t in extract_file(FIX / "boxes-with-units.txt").tasks]
    assert got == [
        # 构建现代化综合交通基础设施网络 is a chapter of tasks (基础设施 is no 发展基础)
        ("加快高速铁路建设", []),
        # 专栏1 / 牵头单位：市发展改革委；配合单位：… / 1．… 2．…: the label under the box's title
        ("长赣高铁赣州段", ["市发展改革委"]),
        ("赣州至龙岩铁路扩能改造", ["市发展改革委"]),
        ("加快高速公路扩容", []),
        # each project's own 责任单位 line (near miss: no box-wide reading)
        ("大广高速扩容工程", ["市交通运输局"]),
        ("国道G323瑞金段改建", ["市公路发展中心"]),
        ("推进赣江航道建设", []),
        # （以上项目由市交通运输局牵头，…配合） after the projects
        ("赣江高等级航道提升工程", ["市交通运输局"]),
        ("瑞金机场建设工程", ["市交通运输局"]),
    ]


def test_a_note_naming_one_item_is_not_a_boxs():
    from respgraph.structure.tasks import _ABOVE_ALL

    assert _ABOVE_ALL.match("（以上项目由市交通运输局牵头）") and _ABOVE_ALL.match("上述任务均由县政府负责")
    assert not _ABOVE_ALL.match("（由市交通运输局牵头）") and not _ABOVE_ALL.match("以上率先完成改造")


def test_the_no_lead_summary_counts_box_projects_apart(tmp_path):
    from typer.testing import CliRunner

    from respgraph.cli import app

    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(app, ["build", str(FIX / "units-in-boxes.txt"), "--out", str(out)]).exit_code == 0
    r = runner.invoke(app, ["workload", str(out), "--report", "no-lead"])
    # 3 titled paragraphs and one 专栏 project (山洪灾害防治工程) name no unit (the two indicator
    # rows have theirs)
    assert "units-in-boxes: 4 of 10 tasks have no clear lead (1 of them 专栏 projects)" in r.output
