"""Word automatic numbering (w:numPr + numbering.xml) rendered into the text of a .docx plan.

The fixtures are built here with python-docx the way Word and WPS save a numbered plan: the
headings take their number from a paragraph style linked to a multi-level list (一、 / （一） /
1.), the items carry ``w:numPr`` themselves, and a task-division table numbers its 序号 column
with a list of its own. No number is typed into the runs; python-docx's ``paragraph.text``
leaves them all out. Plan text: tests/fixtures/docx_pdf/numbered-plan.txt (``=0`` a heading
numbered by its style, ``#1``/``#2`` a paragraph with its own numPr at that level);
division-table.tsv (the table).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from respgraph.docx_numbering import Numbering, format_number
from respgraph.extract import extract_file
from respgraph.read import read_document

docx = pytest.importorskip("docx")
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402

FIX = Path(__file__).parent / "fixtures" / "docx_pdf"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# The multi-level list of Chinese plans: 一、 / （一） / 1. — level 1 restarts after level 0,
# level 2 after level 1 (no lvlRestart: Word's default), and level 0 is linked to a style.
PLAN_LIST = """
<w:abstractNum {ns} w:abstractNumId="90">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/>
    <w:pStyle w:val="PlanHeading1"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
    <w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
    <w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>"""
TABLE_LIST = """
<w:abstractNum {ns} w:abstractNumId="91">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/>
    <w:suff w:val="nothing"/></w:lvl>
</w:abstractNum>"""


def _add_lists(d) -> None:
    numbering = d.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    for xml in (PLAN_LIST, TABLE_LIST):
        el = parse_xml(xml.format(ns=nsdecls("w")))
        if first_num is not None:  # schema order: every abstractNum before the first num
            first_num.addprevious(el)
        else:
            numbering.append(el)
    for nid, aid in (("90", "90"), ("91", "91")):
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
    # the heading style carries the list (as 标题 1 does in a Word template with a linked list)
    styles = d.styles.element
    styles.append(parse_xml(
        f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="PlanHeading1"><w:name w:val="Plan Heading 1"/>'
        '<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="90"/></w:numPr></w:pPr></w:style>'
    ))  # fmt: skip


def _numbered(paragraph, num_id: str, level: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def _build(path: Path, *, table: bool = False) -> Path:
    d = docx.Document()
    _add_lists(d)
    for line in (FIX / "numbered-plan.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("=0 "):
            d.add_paragraph(line[3:], style="Plan Heading 1")
        elif line[:1] == "#" and line[1:2].isdigit():
            _numbered(d.add_paragraph(line[3:]), "90", int(line[1]))
        else:
            d.add_paragraph(line)
    if table:
        d.add_paragraph("附件：重点任务分工表")
        rows = [r.split("\t") for r in (FIX / "division-table.tsv").read_text(encoding="utf-8").splitlines()]
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        for r, vals in enumerate(rows):
            for k, v in enumerate(vals):
                cell = t.rows[r].cells[k]
                if r and k == 0:  # 序号: Word's numbering, no typed digit
                    _numbered(cell.paragraphs[0], "91", 0)
                else:
                    cell.text = v
    d.save(path)
    return path


def test_python_docx_alone_loses_the_numbers(tmp_path):
    # the premise: without rendering, the headings reach the structure stage unnumbered
    d = docx.Document(_build(tmp_path / "plan.docx"))
    assert d.paragraphs[2].text == "总体要求"


def test_headings_and_items_are_numbered_in_the_text(tmp_path):
    doc = read_document(_build(tmp_path / "plan.docx"))
    lines = doc.text.splitlines()
    numbered = [ln.split("。")[0] for ln in lines if ln[:1] in "一二三四（123"]
    assert numbered == [
        "一、总体要求",
        "二、主要任务",
        "（一）提升政务服务效能",
        "1.推进“一网通办”",
        "2.压缩企业开办时间",
        "（二）优化投资建设环境",
        "1.深化工程建设项目审批制度改革",
        "2.加强项目要素保障",
        "三、保障措施",
    ]
    # the number is part of the document text: raw text holds it too, nothing is warned
    assert "三、保障措施" in doc.raw_text
    assert not [w for w in doc.warnings if "numbering" in w]


def test_extraction_sees_the_numbered_structure(tmp_path):
    plan = extract_file(_build(tmp_path / "plan.docx"))
    got = [(t.number, t.title, t.section) for t in plan.tasks]
    assert got == [
        ("1", "推进“一网通办”", ["主要任务", "提升政务服务效能"]),
        ("2", "压缩企业开办时间", ["主要任务", "提升政务服务效能"]),
        ("1", "深化工程建设项目审批制度改革", ["主要任务", "优化投资建设环境"]),
        ("2", "加强项目要素保障", ["主要任务", "优化投资建设环境"]),
    ]
    leads = [[m.text for m in t.mentions if m.role == "lead"] for t in plan.tasks]
    assert leads == [["区政务服务中心"], ["区市场监管局"], ["区住建局"], ["区发展改革委"]]
    doc = plan.document
    for t in plan.tasks:
        for m in t.mentions:  # spans index into the text that holds the rendered numbers
            assert doc.text[m.span.start : m.span.end] == m.text


def test_auto_numbered_table_column(tmp_path):
    doc = read_document(_build(tmp_path / "plan.docx", table=True))
    (table,) = doc.tables
    assert [r[0].text for r in table.rows] == ["1", "2", "3", "4"]
    plan = extract_file(tmp_path / "plan.docx")
    rows = [t for t in plan.tasks if t.kind == "table"]
    assert [t.number for t in rows] == ["1", "2", "3", "4"]
    third = rows[2]
    assert third.title == "完善重大项目要素保障协调机制"
    assert [(m.text, m.role) for m in third.mentions] == [("区发展改革委", "lead"), ("区财政局", "support"), ("区自然资源局", "support")]


# --------------------------------------------------------------------------- the counters


def _numbering(abstract: str, nums: str, styles: str = "") -> Numbering:
    xml = f'<w:numbering xmlns:w="{W}">{abstract}{nums}</w:numbering>'
    st = etree.fromstring(f'<w:styles xmlns:w="{W}">{styles}</w:styles>') if styles else None
    return Numbering(etree.fromstring(xml), st)


def _p(num_id: str | None, level: int | None = None, style: str | None = None):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num_id is not None:
        lv = f'<w:ilvl w:val="{level}"/>' if level is not None else ""
        ppr += f'<w:numPr>{lv}<w:numId w:val="{num_id}"/></w:numPr>'
    return etree.fromstring(f'<w:p xmlns:w="{W}"><w:pPr>{ppr}</w:pPr></w:p>')


def _lvl(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>')  # fmt: skip


def test_restart_override_and_shared_abstract_list():
    abstract = '<w:abstractNum w:abstractNumId="0">' + _lvl(0, "decimal", "%1.") + "</w:abstractNum>"
    nums = (
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>'  # continues list 1
        '<w:num w:numId="3"><w:abstractNumId w:val="0"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'  # restarts
    )
    n = _numbering(abstract, nums)
    assert [n.label(_p(i, 0)) for i in ("1", "1", "2", "3", "3", "1")] == ["1.", "2.", "3.", "1.", "2.", "3."]


def test_start_override_of_an_outer_level_used_first_from_an_inner_one():
    # list 2 continues the chapters at 三 (startOverride on level 0) and is first used at
    # level 1: its "%1.%2" shows the overridden start of level 0, and level 0 goes on from it
    abstract = (
        '<w:abstractNum w:abstractNumId="0">'
        + _lvl(0, "chineseCounting", "%1、")
        + _lvl(1, "decimal", "%1.%2", extra='<w:isLgl/>')
        + "</w:abstractNum>"
    )
    nums = (
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="0"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>'
    )
    n = _numbering(abstract, nums)
    got = [n.label(_p(i, lv)) for i, lv in (("1", 0), ("1", 1), ("2", 1), ("2", 0), ("2", 1))]
    assert got == ["一、", "1.1 ", "3.1 ", "三、", "3.1 "]


def test_custom_format_falls_back_to_the_standard_one():
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    lvl = (
        f'<w:lvl w:ilvl="0" xmlns:mc="{mc}"><w:start w:val="1"/><mc:AlternateContent>'
        '<mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="一, 二, 三, ..."/></mc:Choice>'
        '<mc:Fallback><w:numFmt w:val="chineseCounting"/></mc:Fallback></mc:AlternateContent>'
        '<w:lvlText w:val="（%1）"/></w:lvl>'
    )
    n = _numbering(f'<w:abstractNum w:abstractNumId="0">{lvl}</w:abstractNum>', '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    assert [n.label(_p("1", 0)) for _ in range(2)] == ["（一）", "（二）"]


def test_lvl_restart_zero_keeps_counting_across_headings():
    # 第%1条 articles numbered through the whole rules, not per chapter (lvlRestart 0)
    abstract = (
        '<w:abstractNum w:abstractNumId="0">'
        + _lvl(0, "chineseCounting", "第%1章")
        + _lvl(1, "chineseCounting", "第%2条", extra='<w:lvlRestart w:val="0"/>')
        + "</w:abstractNum>"
    )
    n = _numbering(abstract, '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    got = [n.label(_p("1", lv)) for lv in (0, 1, 1, 0, 1)]
    assert got == ["第一章 ", "第一条 ", "第二条 ", "第二章 ", "第三条 "]


def test_style_level_bullets_numid_zero_and_missing_definitions():
    abstract = (
        '<w:abstractNum w:abstractNumId="0">'
        + _lvl(0, "chineseCounting", "%1、")
        + _lvl(1, "chineseCounting", "（%2）", extra='<w:pStyle w:val="H2"/>')
        + _lvl(2, "bullet", "\uf06c")
        + "</w:abstractNum>"
    )
    styles = (
        '<w:style w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
        '<w:style w:styleId="H2"><w:basedOn w:val="H1"/></w:style>'
    )
    n = _numbering(abstract, '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>', styles)
    assert n.label(_p(None, style="H1")) == "一、"
    assert n.label(_p(None, style="H2")) == "（一）"  # level found by the level's pStyle
    assert n.label(_p("1", 2)) == ""  # a bullet is not a number
    assert n.label(_p("0", style="H1")) == ""  # numId 0 switches the style's numbering off
    assert n.label(_p(None, style="H1")) == "二、"
    assert n.label(_p("7", 0)) == "" and n.unresolved == 1


def test_formats_plans_use():
    assert [format_number(n, "chineseCountingThousand") for n in (9, 10, 13, 30, 100, 110)] == [
        "九", "十", "十三", "三十", "一百", "一百一十"]  # fmt: skip
    assert format_number(2, "chineseLegalSimplified") == "贰"
    assert format_number(12, "ideographDigital") == "一二"
    assert format_number(4, "ideographEnclosedCircle") == "㈣"
    assert format_number(3, "decimalFullWidth") == "３"
    assert format_number(28, "lowerLetter") == "bb" and format_number(14, "upperRoman") == "XIV"
    # a hostile start value stays a short label
    assert format_number(10**9, "lowerLetter") == "1000000000" and format_number(10**9, "chineseCounting") == "1000000000"
