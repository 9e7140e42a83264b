"""Word 97–2003 .doc plans (and .wps saved in that format): respgraph/doc_binary.py.

The fixtures in tests/fixtures/doc/ were written by LibreOffice from .docx files
(tests/fixtures/doc/make_fixtures.py), the way most .doc attachments are made.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from respgraph.cli import app
from respgraph.doc_binary import DocError, read_doc
from respgraph.extract import extract_file
from respgraph.read import ReadError, read_document

DOC = Path(__file__).parent / "fixtures" / "doc"


def _roles(plan) -> dict[str, list[tuple[str, str]]]:
    return {t.title: [(m.text, m.role) for m in t.mentions] for t in plan.tasks}


def test_paragraph_clauses_and_table_rows_of_a_doc():
    plan = extract_file(DOC / "division-plan.doc")
    assert plan.document.format == "doc"
    roles = _roles(plan)
    assert roles["推进农村厕所革命"] == [("县农业农村局", "lead"), ("县卫生健康局", "support"), ("各乡镇人民政府", "support")]
    assert roles["治理农村生活污水"] == [("县生态环境局", "lead"), ("县住建局", "support"), ("县水利局", "support")]
    # the table: a cell holding two paragraphs names two units; an empty 配合单位 cell is empty,
    # not the end of the row (the row ends are read from the paragraph properties)
    assert roles["开展村庄清洁行动"] == [("县农业农村局", "lead"), ("县住建局", "support"), ("县城管局", "support")]
    assert roles["建立长效管护机制"] == [("县财政局", "lead")]
    assert roles["加强村容村貌管控"] == [("县自然资源局", "lead"), ("县住建局", "support"), ("各乡镇人民政府", "support")]
    deadlines = {t.title: [d.text for d in t.deadlines] for t in plan.tasks}
    assert deadlines["开展村庄清洁行动"] == ["2024年12月底"]
    for task in plan.tasks:
        for m in task.mentions:
            assert plan.document.text[m.span.start : m.span.end] == m.text


def test_a_character_beyond_the_bmp_keeps_the_table_aligned():
    # 𡋾 is two UTF-16 code units in the Word stream and one character in Python: the byte
    # offsets that carry the paragraph properties must stay in step after it
    content = read_doc((DOC / "division-plan.doc").read_bytes())
    assert "（三）整治𡋾塘水系。（牵头单位：县水利局）" in content.blocks
    (table,) = [b for b in content.blocks if isinstance(b, list)]
    assert table[0] == ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    assert [len(r) for r in table] == [5, 5, 5, 5]
    assert table[2] == ["2", "建立长效管护机制", "县财政局", "", "2024年9月底"]


def test_fields_merged_cells_lists_and_many_pages_of_properties():
    doc = read_document(DOC / "numbered-plan.doc")
    # a HYPERLINK field: the result is text of the plan, the code is not
    assert "详见市生态环境局网站（sthjj.example.gov.cn）。" in doc.text
    assert "HYPERLINK" not in doc.text
    # the "List Number" paragraphs get the numbers Word draws for them
    assert doc.text.startswith("XX市2024年生态环境保护工作要点\n1.主要任务\n2.保障措施\n")
    assert doc.warnings == []
    # 300 appendix paragraphs: their properties span several FKP pages, all read in order
    assert "第300项台账记录：按月报送进展情况。" in doc.text
    (table,) = doc.tables
    assert [c.text for c in table.rows[1]] == ["2", "强化扬尘污染管控", "市生态环境局", "市住建局"]
    # the 牵头单位 merged down over tasks 1 and 2 leads both
    roles = _roles(extract_file(DOC / "numbered-plan.doc"))
    assert roles["强化扬尘污染管控"] == [("市生态环境局", "lead"), ("市住建局", "support")]
    assert roles["深入打好蓝天保卫战"][0] == ("市生态环境局", "lead")


def test_word_list_numbers_are_drawn_as_in_the_same_docx(tmp_path):
    # the plan of test_docx_numbering.py (headings 一、 by a style's list, （一） and 1. by the
    # paragraphs' own, a 序号 column by a list of its own), saved as .doc by LibreOffice: the
    # .doc reads to the very text of the .docx, numbers included, so the tasks are the same
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from test_docx_numbering import _build

    as_doc = extract_file(DOC / "auto-numbered-plan.doc")
    as_docx = extract_file(_build(tmp_path / "plan.docx", table=True))
    lines = as_doc.document.text.splitlines()
    assert ["一、总体要求", "二、主要任务", "（一）提升政务服务效能"] == [ln for ln in lines if ln[:1] in "一二（"][:3]
    assert as_doc.document.text == as_docx.document.text

    def facts(plan):
        return [(t.number, t.title, t.section, [(m.text, m.role) for m in t.mentions]) for t in plan.tasks]

    assert facts(as_doc) == facts(as_docx)
    assert facts(as_doc)[0] == ("1", "推进“一网通办”", ["主要任务", "提升政务服务效能"],
                                [("区政务服务中心", "lead"), ("区大数据局", "support")])
    (table,) = as_doc.document.tables
    assert [row[0].text for row in table.rows][:3] == ["1", "2", "3"]  # 序号 drawn by Word


def test_wps_suffix_and_no_suffix_are_read_as_doc(tmp_path):
    for name in ("plan.wps", "plan"):
        shutil.copy(DOC / "division-plan.doc", tmp_path / name)
        plan = extract_file(tmp_path / name)
        assert plan.document.format == "doc"
        assert _roles(plan)["建立长效管护机制"] == [("县财政局", "lead")]


def test_an_ole_file_that_is_not_a_word_document(tmp_path):
    # a workbook named .doc is read as the workbook it is (tests/test_xls.py has the rest)
    shutil.copy(DOC / "workbook.xls", tmp_path / "分工表.doc")
    for f in (tmp_path / "分工表.doc", DOC / "workbook.xls"):
        doc = read_document(f)
        assert doc.format == "xls" and doc.tables[0].header == ["序号", "重点任务", "牵头单位"]
    with pytest.raises(DocError, match=r"OLE file holds an Excel workbook"):
        read_doc((DOC / "workbook.xls").read_bytes())
    with pytest.raises(DocError):
        read_doc(b"not an OLE file at all")


def test_cli_reports_a_damaged_doc_in_one_line_and_reads_the_others(tmp_path):
    good = tmp_path / "good.doc"
    shutil.copy(DOC / "division-plan.doc", good)
    cut = tmp_path / "cut.doc"
    cut.write_bytes((DOC / "division-plan.doc").read_bytes()[:3000])
    res = CliRunner().invoke(app, ["extract", str(good), str(cut), "--format", "csv"])
    assert res.exit_code == 0
    assert "县财政局" in res.stdout
    errors = [line for line in res.stderr.splitlines() if "cut.doc" in line]
    assert len(errors) == 1 and "Traceback" not in res.stderr


def test_damaged_doc_bytes_give_a_document_or_one_read_error():
    # 300 copies of a real .doc with bytes overwritten at random (seeded): each reads, or fails
    # with a ReadError naming the problem; never another exception, a hang or a huge allocation
    import random

    data = (DOC / "numbered-plan.doc").read_bytes()
    rng = random.Random(8)
    outcomes = {"read": 0, "error": 0}
    for k in range(300):
        b = bytearray(data)
        # every third copy is damaged in its first 4 KB (OLE header, directory, FIB)
        size = 4096 if k % 3 == 0 else len(b)
        for _ in range(rng.randint(1, 40)):
            b[rng.randrange(size)] = rng.randrange(256)
        try:
            read_doc(bytes(b))
            outcomes["read"] += 1
        except DocError:
            outcomes["error"] += 1
    assert outcomes["read"] > 0 and outcomes["error"] > 0 and sum(outcomes.values()) == 300


def test_doc_table_of_contents_left_out_other_fields_shown():
    """A .doc keeps a field as \\x13 code \\x14 result \\x15; a TOC's result runs over paragraphs
    (one entry each, with nested HYPERLINK fields) and is no text of the plan, as LibreOffice
    writes it from Word's contents. Other fields show their result (near miss: a HYPERLINK
    around a unit's name outside the contents)."""
    from respgraph.doc_binary import _Fields

    paragraphs = [
        '\x13 TOC \\o "1-3" \\h\x14\x13 HYPERLINK \\l "_Toc0"\x01\x14一、总体要求\t1\x15',
        '\x13 HYPERLINK \\l "_Toc1"\x01\x14（一）推进数据共享工作（市发展改革委牵头）\t3\x15',
        "\x15为深入贯彻落实有关部署，制定本方案。",
        '（一）推进数据共享。（\x13 HYPERLINK "http://x.gov.cn" \x14市发展改革委\x15牵头）',
    ]
    fields = _Fields()
    assert [fields.strip(p) for p in paragraphs] == ["", "", "为深入贯彻落实有关部署，制定本方案。", "（一）推进数据共享。（市发展改革委牵头）"]
    # a damaged field whose code a paragraph mark cuts hides no more than the rest of that paragraph
    fields = _Fields()
    assert [fields.strip(p) for p in ("甲\x13 PAGE 乙", "丙")] == ["甲", "丙"]


def test_doc_tracked_deletion_and_contents_not_read():
    """revised-plan.doc (make_fixtures.revised_plan): 县教育局 deleted in review and 县农业农村局
    inserted; a TOC field repeats the headings. Word keeps deleted text in a .doc's text,
    marked in its character properties (sprmCFRMarkDel); inserted text is the text."""
    plan = extract_file(DOC / "revised-plan.doc")
    assert "县教育局" not in plan.document.text
    assert [t.title for t in plan.tasks] == ["建设数字乡村平台", "推进智慧农业"]
    roles = _roles(plan)
    assert roles["建设数字乡村平台"] == [("县农业农村局", "lead"), ("县财政局", "support")]
    # near miss: a HYPERLINK field's result is text (县科技局 leads)
    assert roles["推进智慧农业"] == [("县科技局", "lead"), ("县农业农村局", "support")]


def test_doc_nested_table_rows_are_lines_of_their_cell():
    """A table nested in a cell (LibreOffice from a .docx with 牵头 | 单位 / 配合 | 单位 in the
    责任单位 cell): its cells end in paragraph marks flagged sprmPFInnerTableCell, its rows in
    sprmPFInnerTtp. Each row is one line of the cell, a label and its value as 牵头：…"""
    plan = extract_file(DOC / "nested-table-plan.doc")
    rows = plan.document.tables[0].rows
    assert rows[0][2].text.split() == ["牵头：县农业农村局", "配合：县财政局、县水利局"]
    # near miss: a nested row of three cells is no label and its value
    assert rows[1][2].text.split() == ["1", "县自然资源局", "2024年底"]
    assert _roles(plan)["推进高标准农田建设"] == [("县农业农村局", "lead"), ("县财政局", "support"), ("县水利局", "support")]
