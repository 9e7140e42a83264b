"""The text Word shows in a .docx, beyond python-docx's ``paragraph.text``: tracked changes,
content controls, smart tags, simple fields, nested tables, text boxes; a table of contents
left out (respgraph/docx_text.py). Each plan is built here with python-docx and raw XML, the
way Word saves it."""

from __future__ import annotations

import pytest

from respgraph.extract import extract_file
from respgraph.read import read_document

docx = pytest.importorskip("docx")
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402

NS = nsdecls("w")
TASK = "（一）推进数据共享工作，建立健全工作机制，确保各项措施落到实处。（{}牵头，{}配合）"


def r(t: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{t}</w:t></w:r>'


def plan(tmp_path, *xml_paragraphs: str, name: str = "plan.docx", table=None):
    """A short plan whose task paragraphs are given as raw ``w:p`` content (or whole elements)."""
    d = docx.Document()
    for line in ("某市推进数字政府建设实施方案", "为深入贯彻落实有关部署，制定本方案。", "一、重点任务"):
        d.add_paragraph(line)
    body = d.element.body
    for xml in xml_paragraphs:
        el = parse_xml(xml if xml.startswith("<w:sdt") else f"<w:p {NS}>{xml}</w:p>")
        body.insert(len(body) - 1, el)
    if table:
        table(d)
    path = tmp_path / name
    d.save(path)
    return path


def roles(path) -> list[tuple[str, str]]:
    p = extract_file(path)
    return [(m.text, m.role) for t in p.tasks for m in t.mentions]


def split(lead="市发展改革委", support="市财政局"):
    pre, rest = TASK.format(lead, support).split(lead)
    return pre, lead, rest


def test_tracked_changes_inserted_read_deleted_not(tmp_path):
    pre, lead, post = split()
    path = plan(
        tmp_path,
        r(pre)
        + '<w:del w:id="1" w:author="a"><w:r><w:delText>市教育局</w:delText></w:r></w:del>'
        + f'<w:ins w:id="2" w:author="a">{r(lead)}</w:ins>'
        + '<w:moveFrom w:id="3" w:author="a"><w:r><w:t>市民政局、</w:t></w:r></w:moveFrom>'
        + r(post),
    )
    text = read_document(path).text
    assert "市教育局" not in text and "市民政局" not in text
    assert roles(path) == [("市发展改革委", "lead"), ("市财政局", "support")]


def test_moved_text_read_at_its_new_place(tmp_path):
    pre, lead, post = split()
    path = plan(tmp_path, r(pre) + f'<w:moveTo w:id="1" w:author="a">{r(lead)}</w:moveTo>' + r(post))
    assert roles(path) == [("市发展改革委", "lead"), ("市财政局", "support")]


@pytest.mark.parametrize(
    "wrap",
    [
        '<w:sdt><w:sdtPr><w:alias w:val="牵头单位"/></w:sdtPr><w:sdtContent>{}</w:sdtContent></w:sdt>',
        '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">{}</w:smartTag>',
        '<w:fldSimple w:instr=" HYPERLINK &quot;http://x.gov.cn&quot; ">{}</w:fldSimple>',
        '<w:customXml w:element="unit">{}</w:customXml>',
    ],
)
def test_unit_inside_inline_wrapper_is_read(tmp_path, wrap):
    pre, lead, post = split()
    path = plan(tmp_path, r(pre) + wrap.format(r(lead)) + r(post))
    assert roles(path) == [("市发展改革委", "lead"), ("市财政局", "support")]


def test_paragraphs_in_block_content_control_are_read(tmp_path):
    inner = f"<w:p>{r(TASK.format('市应急管理局', '市公安局'))}</w:p>"
    path = plan(tmp_path, f"<w:sdt {NS}><w:sdtPr/><w:sdtContent>{inner}</w:sdtContent></w:sdt>")
    assert roles(path) == [("市应急管理局", "lead"), ("市公安局", "support")]


def test_complex_field_result_read_code_not(tmp_path):
    pre, lead, post = split()
    field = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "http://y.gov.cn" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r(lead) + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    path = plan(tmp_path, r(pre) + field + r(post))
    assert "HYPERLINK" not in read_document(path).text
    assert roles(path) == [("市发展改革委", "lead"), ("市财政局", "support")]


def toc_entry(text: str, first: bool, last: bool) -> str:
    begin = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    )
    entry = f'<w:hyperlink w:anchor="_Toc1">{r(text)}<w:r><w:tab/></w:r>{r("2")}</w:hyperlink>'
    return (begin if first else "") + entry + ('<w:r><w:fldChar w:fldCharType="end"/></w:r>' if last else "")


def test_table_of_contents_is_no_task(tmp_path):
    entries = ["一、重点任务", "（一）推进数据共享工作（市发展改革委牵头）", "（二）完善考核机制工作"]
    toc = [toc_entry(e, i == 0, i == len(entries) - 1) for i, e in enumerate(entries)]
    path = plan(tmp_path, *toc, r(TASK.format("市发展改革委", "市财政局")))
    text = read_document(path).text
    assert "完善考核机制" not in text  # the contents' entries are gone
    p = extract_file(path)
    assert len(p.tasks) == 1
    assert [(m.text, m.role) for m in p.tasks[0].mentions] == [("市发展改革委", "lead"), ("市财政局", "support")]


def test_a_table_of_contents_that_never_ends_hides_nothing(tmp_path):
    # a damaged file: the TOC field has no end mark, and every paragraph after it was dropped in
    # silence (review finding); now the body is read with the entries, and a warning says why
    entries = ["一、重点任务", "（二）完善考核机制工作"]
    toc = [toc_entry(e, i == 0, False) for i, e in enumerate(entries)]
    path = plan(tmp_path, *toc, r(TASK.format("市发展改革委", "市财政局")))
    doc = read_document(path)
    assert "推进数据共享工作" in doc.text
    assert any("never ends" in w for w in doc.warnings)
    assert ("市发展改革委", "lead") in [(m.text, m.role) for t in extract_file(path).tasks for m in t.mentions]


def test_contents_control_left_out_and_paragraph_after_field_read(tmp_path):
    # Word wraps its contents in a content control of the gallery "Table of Contents"
    control = (
        f'<w:sdt {NS}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr>'
        f'<w:sdtContent><w:p>{r("（一）完善考核机制工作（市司法局牵头）")}</w:p></w:sdtContent></w:sdt>'
    )
    page = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r("3") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    path = plan(tmp_path, control, page, r(TASK.format("市发展改革委", "市财政局")))
    text = read_document(path).text
    assert "市司法局" not in text
    assert "\n3\n" in text  # a PAGE field's result is text like any other (near miss: not a TOC)
    assert roles(path) == [("市发展改革委", "lead"), ("市财政局", "support")]


def division(rows_of_nested):
    def build(d):
        t = d.add_table(rows=1, cols=3)
        for c, v in zip(t.rows[0].cells, ("序号", "重点任务", "责任单位")):
            c.text = v
        for i, nested in enumerate(rows_of_nested):
            cells = t.add_row().cells
            cells[0].text, cells[1].text = str(i + 1), "推进数据共享工作，建立健全工作机制"
            inner = cells[2].add_table(rows=len(nested), cols=len(nested[0]))
            for row, values in zip(inner.rows, nested):
                for c, v in zip(row.cells, values):
                    c.text = v

    return build


def test_nested_table_label_value_rows(tmp_path):
    path = plan(tmp_path, table=division([[("牵头", "市发展改革委"), ("配合", "市财政局、市审计局")]]))
    assert roles(path) == [("市发展改革委", "lead"), ("市财政局", "support"), ("市审计局", "support")]


def test_nested_table_grid_row_is_no_label(tmp_path):
    # near miss: a row of three cells is no label and its value; its cells stay apart
    path = plan(tmp_path, table=division([[("1", "市发展改革委", "2024年底")]]))
    cell = read_document(path).tables[0].rows[0][2].text
    assert "：" not in cell and "市发展改革委" in cell


def fields_of_nested_division(fields, outer_head=("领域", "任务分工")):
    """An outer table of fields (领域 | 任务分工) whose second cell holds the 分工表 of that field,
    each nested table with its own header (序号 | 任务 | 牵头单位 | 配合单位 | 完成时限)."""

    def build(d):
        t = d.add_table(rows=1, cols=len(outer_head))
        for c, v in zip(t.rows[0].cells, outer_head):
            c.text = v
        for labels, rows in fields:
            cells = t.add_row().cells
            for c, v in zip(cells, labels):
                c.text = v
            inner = cells[-1].add_table(rows=1 + len(rows), cols=5)
            for c, v in zip(inner.rows[0].cells, ("序号", "任务", "牵头单位", "配合单位", "完成时限")):
                c.text = v
            for row, values in zip(inner.rows[1:], rows):
                for c, v in zip(row.cells, values):
                    c.text = v

    return build


def test_division_table_nested_in_field_cells_is_read_as_its_rows(tmp_path):
    # 成都/大连-style 分工方案: 领域 | [the field's 分工表]. Before, the nested rows were lines of one
    # cell of the outer table: "no tasks found".
    path = plan(tmp_path, table=fields_of_nested_division([
        (("企业全生命周期服务",), [
            ("1", "推行企业开办“一日办结”，全面实现企业开办全程网上办理", "市市场监管局", "市公安局、市税务局", "2020年6月底"),
            ("2", "压缩工程建设项目审批时间，全流程审批控制在80个工作日以内", "市住建局", "市规划和自然资源局", "2020年12月底"),
        ]),
        (("开放和法治环境",), [
            ("3", "优化跨境贸易通关流程，压缩整体通关时间", "成都海关", "市口岸物流办、市商务局", "持续推进"),
        ]),
    ]))
    p = extract_file(path)
    assert [(t.number, t.section[-1]) for t in p.tasks] == [("1", "企业全生命周期服务"), ("2", "企业全生命周期服务"), ("3", "开放和法治环境")]
    assert [[(m.text, m.role) for m in t.mentions] for t in p.tasks] == [
        [("市市场监管局", "lead"), ("市公安局", "support"), ("市税务局", "support")],
        [("市住建局", "lead"), ("市规划和自然资源局", "support")],
        [("成都海关", "lead"), ("市口岸物流办", "support"), ("市商务局", "support")],
    ]
    assert p.tasks[1].text.startswith("压缩工程建设项目审批时间") and "一日办结" not in p.tasks[1].text
    assert [d.text for d in p.tasks[1].deadlines] == ["2020年12月底"]
    text = read_document(path).text
    for t in p.tasks:  # each mention's span is its nested cell's text
        assert all(text[m.span.start : m.span.end] == m.text for m in t.mentions)


def test_nested_division_outer_number_and_field_make_the_section(tmp_path):
    # 序号 | 领域 | 任务分工 (一 | 水环境 | …): the field as a heading 一、水环境, the outer 序号 no task number
    path = plan(tmp_path, table=fields_of_nested_division([
        (("一", "水环境"), [("1", "推进河道综合整治，消除劣Ⅴ类水体", "区生态环境局", "区建设交通委", "2026年12月"),
                          ("2", "实施雨污混接改造", "区建设交通委", "区水务局", "2026年10月")]),
    ], outer_head=("序号", "领域", "任务分工")))
    p = extract_file(path)
    assert [(t.number, t.section[-1], t.mentions[0].text) for t in p.tasks] == [("1", "一、水环境", "区生态环境局"), ("2", "一、水环境", "区建设交通委")]


def test_grid_table_nested_in_a_task_row_stays_in_its_cell(tmp_path):
    # near miss: a 分工表 row whose task cell's neighbour holds a small grid (年度 | 目标 | 单位): the
    # row's task and units are the outer row's; the grid is no 分工表 of its own
    def build(d):
        t = d.add_table(rows=2, cols=3)
        for c, v in zip(t.rows[0].cells, ("序号", "重点任务", "牵头单位")):
            c.text = v
        cells = t.rows[1].cells
        cells[0].text, cells[1].text, cells[2].text = "1", "推进城镇污水管网建设，全年新建改造污水管网120公里", "市水务局"
        inner = cells[1].add_table(rows=3, cols=3)
        for row, values in zip(inner.rows, [("年度", "目标", "单位"), ("2024", "60", "公里"), ("2025", "60", "公里")]):
            for c, v in zip(row.cells, values):
                c.text = v

    p = extract_file(plan(tmp_path, table=build))
    assert [(t.number, [(m.text, m.role) for m in t.mentions]) for t in p.tasks] == [("1", [("市水务局", "lead")])]


def test_nested_division_rows_under_the_outer_header(tmp_path):
    # the header typed once, in the outer table (领域 | 序号 | 任务 | 牵头单位 | 配合单位 | 完成时限, its
    # first cell over the field column), each field's rows nested without a header of their own
    def build(d):
        head = ("领域", "序号", "任务", "牵头单位", "配合单位", "完成时限")
        t = d.add_table(rows=3, cols=6)
        for c, v in zip(t.rows[0].cells, head):
            c.text = v
        fields = [("大气环境", [("1", "推进VOCs深度治理", "区生态环境局", "区科经委", "2026年11月"),
                                ("2", "加强非道路移动机械监管", "区建设交通委", "区城管执法局", "持续推进")]),
                  ("水环境", [("3", "实施雨污混接改造", "区水务局", "各街镇", "2026年10月")])]
        for row, (name, rows) in zip(t.rows[1:], fields):
            row.cells[0].text = name
            cell = row.cells[1].merge(row.cells[5])
            inner = cell.add_table(rows=len(rows), cols=5)
            for irow, values in zip(inner.rows, rows):
                for c, v in zip(irow.cells, values):
                    c.text = v

    p = extract_file(plan(tmp_path, table=build))
    assert [(t.number, t.section[-1], [(m.text, m.role) for m in t.mentions], [x.text for x in t.deadlines]) for t in p.tasks] == [
        ("1", "大气环境", [("区生态环境局", "lead"), ("区科经委", "support")], ["2026年11月"]),
        ("2", "大气环境", [("区建设交通委", "lead"), ("区城管执法局", "support")], ["持续推进"]),
        ("3", "水环境", [("区水务局", "lead"), ("各街镇", "support")], ["2026年10月"]),
    ]


def test_contacts_grid_nested_beside_a_short_task_and_its_lead_stays_in_its_row(tmp_path):
    # near miss: a 分工表 row of short cells (1 | 加强施工扬尘管控 | 市住建局) with a grid of the
    # support units' contacts nested in its last cell: the row is a task, not a field of rows
    def build(d):
        t = d.add_table(rows=2, cols=4)
        for c, v in zip(t.rows[0].cells, ("序号", "重点任务", "牵头单位", "配合单位")):
            c.text = v
        cells = t.rows[1].cells
        cells[0].text, cells[1].text, cells[2].text = "1", "加强施工扬尘管控", "市住建局"
        inner = cells[3].add_table(rows=3, cols=3)
        for row, values in zip(inner.rows, [("单位", "联系人", "电话"), ("市城管局", "王某", "0000001"), ("市交通局", "李某", "0000002")]):
            for c, v in zip(row.cells, values):
                c.text = v

    p = extract_file(plan(tmp_path, table=build))
    assert [(t.number, t.title, t.mentions[0].text, t.mentions[0].role) for t in p.tasks] == [("1", "加强施工扬尘管控", "市住建局", "lead")]


TEXTBOX = (
    '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps">'
    '<w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="x">'
    '<wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent><w:p>{0}</w:p>'
    "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
    '<v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p>{0}</w:p></w:txbxContent></v:textbox>'
    "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
)


def test_text_box_read_once(tmp_path):
    path = plan(tmp_path, TEXTBOX.format(r(TASK.format("市应急管理局", "市公安局"))))
    assert read_document(path).text.count("推进数据共享") == 1
    assert roles(path) == [("市应急管理局", "lead"), ("市公安局", "support")]


def test_comment_text_is_not_read(tmp_path):
    d = docx.Document()
    d.add_paragraph("某市推进数字政府建设实施方案")
    p = d.add_paragraph(TASK.format("市发展改革委", "市财政局"))
    d.add_comment(p.runs, text="建议增加市审计局为配合单位", author="a")
    path = tmp_path / "c.docx"
    d.save(path)
    assert "市审计局" not in read_document(path).text
    assert roles(path) == [("市发展改革委", "lead"), ("市财政局", "support")]


def test_text_after_contents_end_in_same_paragraph_is_read(tmp_path):
    # the contents' field may end in the paragraph that goes on with the plan's text
    entries = ["一、重点任务", "（一）完善考核机制工作"]
    toc = [toc_entry(e, i == 0, False) for i, e in enumerate(entries)]
    end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + r(TASK.format("市发展改革委", "市财政局"))
    path = plan(tmp_path, *toc, end)
    assert "完善考核机制" not in read_document(path).text
    assert roles(path) == [("市发展改革委", "lead"), ("市财政局", "support")]


def division_table(d, units):
    t = d.add_table(rows=1, cols=4)
    for c, v in zip(t.rows[0].cells, ("序号", "重点任务", "牵头单位", "配合单位")):
        c.text = v
    for i, (task, lead, support) in enumerate(units):
        for c, v in zip(t.add_row().cells, (str(i + 1), task, lead, support)):
            c.text = v
    return t


def wrap(elements, tag="w:sdt"):
    el = parse_xml(f"<{tag} {NS}><w:sdtPr/><w:sdtContent/></{tag}>" if tag == "w:sdt" else f"<{tag} {NS} w:element='x'/>")
    elements[0].addprevious(el)
    content = el[-1] if tag == "w:sdt" else el
    for e in elements:
        content.append(e)


UNITS = [("推进数据共享工作", "市发展改革委", "市财政局"), ("完善考核机制工作", "市司法局", "市人力资源社会保障局"),
         ("加强安全监管工作", "市应急管理局", "市公安局")]  # fmt: skip


def table_roles(path):
    p = extract_file(path)
    return {t.title: [(m.text, m.role) for m in t.mentions] for t in p.tasks}


def test_rows_in_repeating_section_are_read(tmp_path):
    # a template's 分工表 with its task rows in a repeating-section content control
    def build(d):
        t = division_table(d, UNITS)
        wrap(t._tbl.tr_lst[1:])

    roles = table_roles(plan(tmp_path, table=build))
    assert roles["完善考核机制工作"] == [("市司法局", "lead"), ("市人力资源社会保障局", "support")]
    assert len(roles) == 3


def test_cells_in_content_control_or_custom_xml_are_read(tmp_path):
    def build(d):
        t = division_table(d, UNITS)
        for k, tr in enumerate(t._tbl.tr_lst[1:]):
            wrap([tr.tc_lst[2]], "w:sdt" if k % 2 else "w:customXml")

    roles = table_roles(plan(tmp_path, table=build))
    assert roles == {task: [(lead, "lead"), (sup, "support")] for task, lead, sup in UNITS}
