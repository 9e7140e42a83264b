"""PDF text in reading order with wrapped lines joined (respgraph/pdf_text.py).

The fixture (tests/fixtures/pdf/make_fixtures.py) is the 昌江 plan of data/plans laid out as a
公文 (16 pt, paragraphs indented two characters, page numbers in the footer) and saved as PDF
by LibreOffice: its quotes are set in a Western font and every paragraph wraps over lines
and pages. Read, it must give what the same plan as .txt gives.
"""

from __future__ import annotations

import re
from pathlib import Path

import pypdf

from respgraph.extract import extract_file
from respgraph.read import read_document

from conftest import PLANS_DIR

PDF = Path(__file__).parent / "fixtures" / "pdf" / "official-layout.pdf"
TXT = PLANS_DIR / "changjiang-2018-yangtze-protection.txt"


def _facts(plan):
    return [(t.number, t.title, t.section, [(m.text, m.role, m.basis) for m in t.mentions]) for t in plan.tasks]


def test_pypdf_alone_displaces_quotes_and_breaks_paragraphs():
    # the premise: content-stream order puts “ ” apart from the words they enclose, and each
    # laid-out line is a line of text
    pages = [p.extract_text() for p in pypdf.PdfReader(PDF).pages]
    assert sum(len(re.findall(r"“\s*”", p)) for p in pages) >= 10
    assert "打造“河长制”升级版" not in "".join(pages)


def test_the_pdf_reads_to_the_tasks_of_the_same_plan_as_text():
    as_pdf = extract_file(PDF)
    as_txt = extract_file(TXT)
    assert _facts(as_pdf) == _facts(as_txt)
    titles = [t.title for t in as_pdf.tasks]
    assert "打造“河长制”升级版" in titles and "大力推进乡村“厕所革命”" in titles
    for task in as_pdf.tasks:
        for m in task.mentions:
            assert as_pdf.document.text[m.span.start : m.span.end] == m.text


def test_paragraphs_are_whole_across_lines_and_pages_and_page_numbers_go():
    doc = read_document(PDF)
    source = [ln.strip() for ln in TXT.read_text(encoding="utf-8").splitlines() if ln.strip()]
    lines = [ln for ln in doc.text.splitlines() if ln.strip()]
    # every paragraph of the plan is one line of the PDF's text, as in the .txt (spaces aside)
    def norm(s):
        return re.sub(r"\s+", "", s)
    assert [norm(ln) for ln in lines] == [norm(ln) for ln in source]
    assert not any(re.fullmatch(r"[—\-\s\d]+", ln) for ln in lines)  # no "— 3 —" left


def test_quotes_of_a_table_page_read_from_pypdf_are_put_back():
    # a borderless table keeps pypdf's cell stream, where “ ” stand at the start of the line
    # and blanks where they belong (“ ”务 一网通办)
    plan = extract_file(PDF.parent / "borderless-table.pdf")
    got = [(t.number, t.title, [(m.text, m.role) for m in t.mentions], [d.text for d in t.deadlines]) for t in plan.tasks]
    assert got == [
        ("1", "推进政务服务“一网通办”", [("市政务服务管理局", "lead"), ("市大数据中心", "support"), ("市直各部门", "support")],
         ["2024年6月底前"]),
        ("2", "压减涉企审批事项", [("市司法局", "lead"), ("市政务服务管理局", "support")], ["2024年9月底前"]),
    ]
