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
import pytest

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


# --- pages typeset here (fpdf2, 16 pt, 28 characters a line, as GB/T 9704 lays out a 公文)

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
EM = 16 * 25.4 / 72  # mm
LEFT = 27.0


def _typeset(tmp_path, pages, header=None, footer=None):
    """``pages``: lists of (indent in characters, text) lines; a line of 28 - indent characters
    fills the measure. ``header``/``footer``: a running line over / under every page."""
    placed = []
    for n, lines in enumerate(pages, 1):
        runs = [(80, 22, 10, header)] if header else []
        runs += [(80, 287, 10, footer)] if footer else []
        runs.append((LEFT + 28 * EM - 30 if n % 2 else LEFT + EM, 277, 14, f"— {n} —"))  # odd pages right, even left
        for k, (indent, text) in enumerate(lines):
            assert indent + len(text) <= 28, text
            runs.append((LEFT + indent * EM, 40 + 10 * k, 16, text))
        placed.append(runs)
    return _place(tmp_path, placed)


def _place(tmp_path, pages):
    """A PDF of ``pages``: lists of (x, baseline in mm, size in pt, text)."""
    fpdf = pytest.importorskip("fpdf")
    if not FONT.exists():  # pragma: no cover - scripts/install-system-deps.sh installs it
        pytest.skip("CJK font not installed")
    pdf = fpdf.FPDF(unit="mm")
    pdf.set_auto_page_break(False)
    pdf.add_font("wqy", fname=str(FONT))
    for runs in pages:
        pdf.add_page()
        for x, y, size, text in runs:
            pdf.set_font("wqy", size=size)
            pdf.text(x, y, text)
    path = tmp_path / "plan.pdf"
    path.write_bytes(bytes(pdf.output()))
    return path


def _wrap(text, indent=2):
    """A paragraph laid out: its first line indented, the rest from the left margin."""
    lines, first = [], 28 - indent
    lines.append((indent, text[:first]))
    lines += [(0, text[i : i + 28]) for i in range(first, len(text), 28)]
    return lines


DUTIES = [
    "县发展改革局：负责统筹项目谋划储备和要素保障工作。",  # 25 characters: a character short
    "县财政局：负责落实专项资金保障并加强预算绩效管理工作",  # 26: fills the measure
    "县自然资源局：负责保障重点项目用地和规划审批工作。",
    "县生态环境局：负责项目环评审批和污染防治监督管理。",
    "县住房城乡建设局：负责城镇老旧小区改造项目实施。",
]


def test_one_line_paragraphs_filling_the_measure_stay_apart(tmp_path):
    # a page of duty statements, each one line indented two characters, some filling the
    # measure: the commonest start is the indent, yet they are not wrapped lines of one paragraph
    intro = "为压实工作责任，确保年度目标任务按期完成，现将各成员单位职责分工明确如下，请各单位认真抓好落实。"
    page = [(0, "县重点项目建设工作职责分工")] + _wrap(intro) + [(2, "一、成员单位职责")] + [(2, d) for d in DUTIES]
    plan = extract_file(_typeset(tmp_path, [page]))
    lines = plan.document.text.splitlines()
    assert intro in lines  # the wrapped paragraph is still joined
    assert all(d in lines for d in DUTIES)
    assert [(t.title, [(m.text, m.role) for m in t.mentions]) for t in plan.tasks] == [
        (d.rstrip("。"), [(d.split("：")[0], "lead")]) for d in DUTIES
    ]


def test_one_line_paragraphs_on_a_page_of_their_own_take_the_documents_margins(tmp_path):
    # page 2 shows no wrapped line at all: the margins come from page 1
    intro = "为压实工作责任，确保年度目标任务按期完成，现将各成员单位职责分工明确如下，请各单位认真抓好落实，形成工作合力。"
    first = [(0, "县重点项目建设工作职责分工")] + _wrap(intro) * 1
    doc = read_document(_typeset(tmp_path, [first, [(2, "一、成员单位职责")] + [(2, d) for d in DUTIES]]))
    lines = doc.text.splitlines()
    assert intro in lines and all(d in lines for d in DUTIES)


def test_wrapped_lines_of_a_page_of_short_paragraphs_are_still_joined(tmp_path):
    # near miss: the wrapped paragraph among them is one paragraph, its continuation lines
    # (starting two characters left of the indent) being where the left margin is
    para = "县发展改革局：负责统筹全县重点项目谋划储备、前期工作推进和要素保障协调，牵头建立项目调度机制。"
    page = [(2, d) for d in DUTIES[:3]] + _wrap(para) + [(2, d) for d in DUTIES[3:]]
    lines = read_document(_typeset(tmp_path, [page])).text.splitlines()
    assert para in lines and all(d in lines for d in DUTIES)


RUNNING = "江城县人民政府公报　2024年第5期"


def test_running_header_and_footer_go_and_a_paragraph_runs_over_the_page_break(tmp_path):
    task = "1．加快推进县城污水管网改造，新建和改造雨污分流管网30公里，补齐城镇污水收集处理短板。（牵头单位：县住房城乡建设局；配合单位：县生态环境局、县财政局）"
    lines = _wrap(task)
    page1 = [(2, "一、重点任务")] + _wrap("为持续改善县城人居环境，补齐基础设施短板，结合我县实际，制定本方案。") + lines[:2]
    page2 = lines[2:] + [(2, "2．开展城市体检评估。（责任单位：县住房城乡建设局）")]
    page3 = [(2, "二、保障措施"), (2, "各单位要加强协调配合，确保各项任务按期完成。")]
    plan = extract_file(_typeset(tmp_path, [page1, page2, page3], header=RUNNING, footer="江城县人民政府办公室编印"))
    text = plan.document.text
    assert "公报" not in text and "编印" not in text and "— 2 —" not in text
    assert task in text.splitlines()
    assert [(t.number, [(m.text, m.role) for m in t.mentions]) for t in plan.tasks] == [
        ("1", [("县住房城乡建设局", "lead"), ("县生态环境局", "support"), ("县财政局", "support")]),
        ("2", [("县住房城乡建设局", "lead")]),
    ]


def test_lines_at_the_head_of_pages_that_are_no_running_header_stay(tmp_path):
    # near misses: annexes each heading a page (附件1, 附件2 at the same height) after a page
    # whose last sentence ends at the right margin, and a title repeated at the top of only
    # one page in three
    close = _wrap("各单位要加强协调配合，建立健全工作调度机制，及时研究解决项目推进中的各类困难问题，确保各项任务按期保质完成。")
    assert len(close[-1][1]) == 28  # the last line fills the measure
    pages = [
        [(0, "江城县重点项目建设工作方案")] + close,
        [(0, "附件1"), (0, "江城县重点项目清单")] + close,
        [(0, "附件2"), (0, "江城县重点项目建设工作方案")] + close,
    ]
    para = "".join(text for _, text in close)
    assert read_document(_typeset(tmp_path, pages)).text.splitlines() == [
        "江城县重点项目建设工作方案", para, "附件1", "江城县重点项目清单", para, "附件2", "江城县重点项目建设工作方案", para,
    ]


def _centred(text, size, y):
    return (LEFT + 14 * EM - len(text) * size * 25.4 / 72 / 2, y, size, text)


def test_a_title_broken_over_centred_lines_is_one_line(tmp_path):
    # a 公文 title (22 pt, centred) broken by hand over two lines; near miss: a 红头 of two
    # issuers, one under the other, in the same size, stays two lines
    runs = [_centred("中共江城县委办公室", 26, 40), _centred("江城县人民政府办公室", 26, 52),
            _centred("江城县人民政府办公室关于印发江城县", 22, 75), _centred("数字乡村建设三年行动方案的通知", 22, 86)]
    body = ("经县人民政府同意，现将《江城县数字乡村建设三年行动方案》印发给你们，请结合实际认真贯彻落实。各乡镇、各部门要"
            "加强组织领导，细化工作措施，确保各项任务按期完成，工作进展情况每季度末报县农业农村局。")
    runs.append((LEFT, 100, 16, "各乡镇人民政府，县直各单位："))
    runs += [(LEFT + indent * EM, 110 + 10 * k, 16, text) for k, (indent, text) in enumerate(_wrap(body))]
    lines = read_document(_place(tmp_path, [runs])).text.splitlines()
    assert lines[:3] == ["中共江城县委办公室", "江城县人民政府办公室", "江城县人民政府办公室关于印发江城县数字乡村建设三年行动方案的通知"]


COLUMN = 13  # characters a column line holds: two columns of 10.5 pt, a gutter of two characters
SMALL = 10.5 * 25.4 / 72


def _two_columns(paragraphs, rows, top=40.0, x=LEFT):
    """Runs of paragraphs set in two columns of ``rows`` lines, each indented two characters."""
    lines = [ln for p in paragraphs for ln in _wrap_at(p, COLUMN)]
    runs = []
    for k, (indent, text) in enumerate(lines):
        col, row = divmod(k, rows)
        runs.append((x + col * (COLUMN + 2) * SMALL + indent * SMALL, top + 6 * row, 10.5, text))
    return runs


def _wrap_at(text, width, indent=2):
    out = [(indent, text[: width - indent])]
    return out + [(0, text[i : i + width]) for i in range(width - indent, len(text), width)]


def test_a_page_in_two_columns_is_read_column_after_column(tmp_path):
    # a gazette's page: the title across both columns, then the plan in two columns; the
    # third item runs from the foot of the left column to the head of the right one
    paras = [
        "为加快数字乡村建设，结合我县实际，制定本要点。",
        "1．推进农村宽带网络建设，实现行政村千兆光网全覆盖。（牵头单位：县工业和信息化局；配合单位：县财政局）",
        "2．建设县级农产品电商服务中心，培育农村电商带头人一百名。（牵头单位：县商务局；配合单位：县农业农村局）",
        "3．推广智慧农业应用，建设数字农业示范基地五个，提升农业生产智能化水平。县农业农村局牵头，县科技局、县气象局配合。",
        "4．完善乡村治理数字平台，推动村务公开上网。（责任单位：县民政局）",
        "5．推进农村公共服务数字化，扩大远程医疗和在线教育覆盖面。（牵头单位：县卫生健康局；配合单位：县教育局）",
    ]
    lines = [ln for p in paras for ln in _wrap_at(p, COLUMN)]
    assert lines[14][0] == lines[15][0] == 0 and lines[12][1].startswith("3．")  # item 3 runs over the column break
    title = "江城县数字乡村建设工作要点"
    head = "江城县人民政府公报"  # the gazette's head over the page, across the gutter as well
    runs = [(LEFT + 14 * SMALL - len(head) * 5 * 25.4 / 72, 20, 10, head)]
    runs += [(LEFT + 14 * SMALL - len(title) * 8 * 25.4 / 72, 30, 16, title)] + _two_columns(paras, rows=15)
    plan = extract_file(_place(tmp_path, [runs]))
    assert plan.document.text.splitlines() == [head, title, *paras]
    assert [(t.number, [(m.text, m.role) for m in t.mentions]) for t in plan.tasks] == [
        ("1", [("县工业和信息化局", "lead"), ("县财政局", "support")]),
        ("2", [("县商务局", "lead"), ("县农业农村局", "support")]),
        ("3", [("县农业农村局", "lead"), ("县科技局", "support"), ("县气象局", "support")]),
        ("4", [("县民政局", "lead")]),
        ("5", [("县卫生健康局", "lead"), ("县教育局", "support")]),
    ]


def test_a_table_of_tasks_and_units_is_no_two_column_page(tmp_path):
    # near miss: a division table going on over a page without its header, tasks wrapped in
    # a wide column and units in a narrower one beside them: read by columns, every task
    # would come before every unit; its rows stay rows (each task's first line beside its unit)
    rows = [
        ("推进农村宽带网络建设，实现行政村千兆光网全覆盖", "县工业和信息化局"),
        ("建设县级农产品电商服务中心，培育农村电商带头人", "县商务局"),
        ("推广智慧农业应用，建设数字农业示范基地，提升农业生产智能化水平", "县农业农村局"),
        ("完善乡村治理数字平台，推动村务公开和党务公开上网", "县民政局"),
        ("推进农村公共服务数字化，扩大远程医疗覆盖面", "县卫生健康局"),
        ("建设农村人居环境监测平台，实现农村生活污水设施在线监测", "县生态环境局"),
    ]
    runs, y = [], 40.0
    for task, unit in rows * 2:
        parts = [task[k : k + 16] for k in range(0, len(task), 16)]
        for k, part in enumerate(parts):
            runs.append((LEFT, y + 6 * k, 10.5, part))
        runs.append((LEFT + 18 * SMALL, y, 10.5, unit))
        y += 6 * len(parts) + 4
    lines = read_document(_place(tmp_path, [runs])).text.splitlines()
    assert all(any(task[:16] in ln and unit in ln for ln in lines) for task, unit in rows)


def test_a_heading_in_fake_bold_reads_once(tmp_path):
    # WPS and some printer drivers embolden a font without a bold face by drawing the text
    # twice, a fraction of a point apart; near miss: a character repeated in the text (常常,
    # 人人) is set a character's width on and stays
    lines = [(2, "一、重点任务"), (2, "一、重点任务")] + _wrap("1．开展人人讲安全、个个会应急宣传活动，常常抓、抓常态。（牵头单位：县应急管理局；配合单位：县教育局）")
    runs = [(LEFT + indent * EM + (0.1 if k == 1 else 0), 40 + 10 * max(k - 1, 0), 16, text) for k, (indent, text) in enumerate(lines)]
    plan = extract_file(_place(tmp_path, [runs]))
    assert plan.document.text.splitlines()[0] == "一、重点任务"
    assert [(t.title, t.section, [(m.text, m.role) for m in t.mentions]) for t in plan.tasks] == [
        ("开展人人讲安全、个个会应急宣传活动，常常抓、抓常态", ["重点任务"], [("县应急管理局", "lead"), ("县教育局", "support")])
    ]


def test_a_centred_title_is_not_wrapped_onto_the_heading_under_it(tmp_path):
    # a short plan in Word's default style (11 pt, no indents, the title centred in 16 pt): on
    # a page of few lines the title reaches as far right as most, yet a centred line is no
    # line the layout wrapped, and the heading under it stays a heading
    small = 11 * 25.4 / 72
    title = "江城县2024年河湖长制工作要点"
    runs = [(LEFT + 20 * small - 7 * 16 * 25.4 / 72, 30, 16, title), (LEFT, 38, 11, "一、重点工作"),
            (LEFT, 50, 11, "（一）加强河湖水域岸线空间管控。完成河湖管理范围划界成果复核。"), (LEFT, 58, 11, "责任单位：县水利局")]
    plan = extract_file(_place(tmp_path, [runs]))
    assert plan.document.text.splitlines()[:2] == [title, "一、重点工作"]
    assert [(t.section, [(m.text, m.role) for m in t.mentions]) for t in plan.tasks] == [(["重点工作"], [("县水利局", "lead")])]


def test_text_across_an_enormous_page_is_read_without_looking_for_columns(tmp_path):
    # a damaged or hostile file: a page 5 m wide with text at both ends; the search for a
    # gutter would take a list the width of the page in points, so it is not made
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF(unit="mm", format=(5000, 297))
    pdf.add_font("wqy", fname=str(FONT))
    pdf.set_font("wqy", size=16)
    pdf.add_page()
    for k in range(12):
        pdf.text(LEFT, 40 + 10 * k, DUTIES[k % len(DUTIES)])
        pdf.text(4900, 40 + 10 * k, DUTIES[k % len(DUTIES)])
    path = tmp_path / "wide.pdf"
    path.write_bytes(bytes(pdf.output()))
    assert DUTIES[0] in read_document(path).text


def test_an_ocr_text_layer_ragged_at_the_right_is_joined_into_paragraphs(tmp_path):
    # a scan's text layer: a blank between every two characters, each line stretched to the
    # box OCR found for it, a character or two short of the margin where the scan's line was:
    # the blanks are no characters of the measure, and the lines still wrap
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF(unit="mm")
    pdf.add_font("wqy", fname=str(FONT))
    pdf.set_font("wqy", size=16)
    pdf.add_page()
    paras = [
        "1．推进城镇污水管网建设，新建和改造雨污分流管网三十公里，进一步补齐城镇污水收集处理设施短板，全面提升污水收集处理效能。（牵头单位：县住房城乡建设局；配合单位：县生态环境局）",
        "2．开展黑臭水体整治，建立健全长效管护机制，巩固提升整治成效。（责任单位：县水利局）",
    ]
    y = 40
    for p in paras:
        for k, (indent, text) in enumerate(_wrap(p)):
            spaced = " ".join(text)
            pdf.set_stretching(100)
            pdf.set_stretching(100 * len(text) * EM * (0.91 if k % 2 else 0.98) / pdf.get_string_width(spaced))
            pdf.text(LEFT + indent * EM, y, spaced)
            y += 10
    path = tmp_path / "ocr.pdf"
    path.write_bytes(bytes(pdf.output()))
    plan = extract_file(path)
    assert [(t.number, [(m.text, m.role) for m in t.mentions]) for t in plan.tasks] == [
        ("1", [("县住房城乡建设局", "lead"), ("县生态环境局", "support")]),
        ("2", [("县水利局", "lead")]),
    ]
    assert len([ln for ln in plan.document.text.splitlines() if ln.strip()]) == 2
