"""Task-division tables in PDFs: pypdf's one-cell-per-line text put back into rows.

The PDFs are written here with fpdf2 and the CJK font scripts/install-system-deps.sh
installs, from tests/fixtures/docx_pdf/division-table.tsv: a ruled table (Word's usual
export: pdfplumber finds it from its lines) and a borderless one whose cells sit at their
own heights, so that pypdf's text layer is the stream real plans give — ``序号`` / ``工作任务``
/ ``牵头单位`` … each on its own line, a long cell wrapped over several lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from respgraph.extract import extract_file
from respgraph.pdf_tables import has_division_header, text_segments
from respgraph.read import read_document

fpdf = pytest.importorskip("fpdf")

FIX = Path(__file__).parent / "fixtures" / "docx_pdf"
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
if not FONT.exists():  # pragma: no cover - scripts/install-system-deps.sh installs it
    pytest.skip("CJK font not installed (scripts/install-system-deps.sh)", allow_module_level=True)

TITLE = "XX区2024年优化营商环境重点任务分工方案"
INTRO = "为确保各项任务落到实处，现将重点任务分解如下。"
OUTRO = "各牵头单位要加强统筹协调，每季度末报送工作进展，确保按期完成任务。"
COLS_MM = (12, 70, 30, 45, 30)  # column widths
COLS_CHARS = (4, 19, 8, 12, 10)  # characters per cell line at 10 pt in those widths


def _rows() -> list[list[str]]:
    return [r.split("\t") for r in (FIX / "division-table.tsv").read_text(encoding="utf-8").splitlines()]


def _pdf():
    pdf = fpdf.FPDF()
    pdf.add_font("wqy", fname=str(FONT))
    pdf.add_font("wqy", style="B", fname=str(FONT))  # table headings are bold
    pdf.set_font("wqy", size=10)
    pdf.add_page()
    return pdf


def _ruled_pdf():
    """The plan with its table ruled (every cell bordered), not yet written."""
    pdf = _pdf()
    pdf.multi_cell(0, 7, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 7, INTRO, new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=COLS_MM) as table:
        for r in _rows():
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.multi_cell(0, 7, OUTRO, new_x="LMARGIN", new_y="NEXT")
    return pdf


def _ruled(path: Path) -> Path:
    path.write_bytes(bytes(_ruled_pdf().output()))
    return path


def _stream(path: Path, rows: list[list[str]] | None = None, per_page: int = 99) -> Path:
    """A borderless table: each cell wrapped at its column width and centred in its row,
    so cells of one row stand at different heights (pypdf then gives one cell per line)."""
    rows = rows or _rows()
    pdf = _pdf()
    pdf.multi_cell(0, 7, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 7, INTRO, new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y() + 6
    xs = [10 + sum(COLS_MM[:k]) for k in range(len(COLS_MM))]
    header, body = rows[0], rows[1:]
    for n, r in enumerate([header, *body]):
        if n and (n - 1) % per_page == 0 and n > 1:  # a new page repeats the header
            pdf.set_y(270)
            pdf.cell(0, 5, f"- {pdf.page_no()} -", align="C")
            pdf.add_page()
            y = 20
            for k, c in enumerate(header):
                pdf.text(xs[k], y + 3 * k, c)
            y += 18
        wrapped = [[c[i : i + w] for i in range(0, len(c), w)] or [""] for c, w in zip(r, COLS_CHARS)]
        height = max(len(w) for w in wrapped) * 5
        for k, lines in enumerate(wrapped):
            top = y + (height - len(lines) * 5) / 2 + 3 * k
            for i, line in enumerate(lines):
                pdf.text(xs[k], top + 5 * i, line)
        y += height + 14
    pdf.text(10, y + 4, OUTRO)
    path.write_bytes(bytes(pdf.output()))
    return path


def _facts(plan) -> list[tuple[str, str, list[tuple[str, str]], list[str]]]:
    return [
        (t.number, t.title, [(m.text, m.role) for m in t.mentions], [d.text for d in t.deadlines])
        for t in plan.tasks
        if t.kind == "table"
    ]


EXPECTED = [
    ("1", "建立重点项目并联审批机制，对区级重点项目实行容缺受理、并联审批，审批时限压缩一半以上",
     [("区住建局", "lead"), ("区自然资源局", "support"), ("区生态环境局", "support")], ["2024年6月底前"]),
    ("2", "推行企业登记全程电子化", [("区市场监管局", "lead"), ("区政务服务中心", "support")], ["2024年9月底前"]),
    ("3", "完善重大项目要素保障协调机制",
     [("区发展改革委", "lead"), ("区财政局", "support"), ("区自然资源局", "support")], ["2024年12月底前"]),
    ("4", "开展涉企收费专项清理", [("区财政局", "lead"), ("区市场监管局", "support"), ("区发展改革委", "support")], ["长期坚持"]),
]  # fmt: skip


def test_stream_pdf_is_one_cell_per_line(tmp_path):
    # the premise: pypdf's text layer of the borderless table is a stream of cells
    from pypdf import PdfReader

    text = PdfReader(_stream(tmp_path / "t.pdf")).pages[0].extract_text()
    assert "序号\n工作任务\n牵头单位\n责任单位\n完成时限\n" in text
    assert "\n2\n推行企业登记全程电子化\n区市场监管局\n" in text
    # wrapped cells, and cells whose lines happen to share a baseline run together
    assert "区自然资源局、区生态环境\n局 2024年6月底前\n" in text


def test_stream_table_rows_reassembled(tmp_path):
    plan = extract_file(_stream(tmp_path / "plan.pdf"))
    assert _facts(plan) == EXPECTED
    doc = plan.document
    (table,) = doc.tables
    assert table.header == ["序号", "工作任务", "牵头单位", "责任单位", "完成时限"]
    # prose around the table is kept, in order
    assert doc.text.index(INTRO) < table.span.start and doc.text.index(OUTRO) > table.span.end
    for t in plan.tasks:
        for m in t.mentions:
            assert doc.text[m.span.start : m.span.end] == m.text


def test_ruled_table_read_with_its_cells(tmp_path):
    plan = extract_file(_ruled(tmp_path / "plan.pdf"))
    assert _facts(plan) == EXPECTED
    third = plan.tasks[2]
    assert [m.text for m in third.mentions if m.role == "lead"] == ["区发展改革委"]
    assert OUTRO in plan.document.text and TITLE in plan.document.text


def _watermarked(path: Path, mark: str = "某区人民政府门户网站", angle: float = 35) -> Path:
    """The ruled table as a portal serves it for download: its name stamped across the page in
    light grey at a slant, over the cells."""
    pdf = _ruled_pdf()
    with pdf.local_context():
        pdf.set_font("wqy", size=40)
        pdf.set_text_color(225, 225, 225)
        with pdf.rotation(angle, x=105, y=110):
            pdf.text(20, 110, mark)
    path.write_bytes(bytes(pdf.output()))
    return path


def test_a_watermark_across_a_ruled_table_is_no_part_of_its_cells(tmp_path):
    # a portal's stamp across the page: its characters fell into the cells it crosses (站区住建局 /
    # 区自然资源门局), and into the lines of prose (test_read.py)
    plan = extract_file(_watermarked(tmp_path / "plan.pdf"))
    assert _facts(plan) == EXPECTED
    assert not any(ch in plan.document.text for ch in "门户网站")


def test_stream_table_across_pages_is_one_table(tmp_path):
    rows = _rows()
    more = [[str(k), f"开展第{k}批政务服务事项标准化梳理", "区政务服务中心", "区司法局、区大数据局", "2024年12月底前"] for k in range(5, 13)]
    doc = read_document(_stream(tmp_path / "long.pdf", rows + more, per_page=6))
    assert len(doc.tables) == 1
    assert [r[0].text for r in doc.tables[0].rows] == [str(k) for k in range(1, 13)]
    assert [c.text for c in doc.tables[0].rows[8]] == ["9", "开展第9批政务服务事项标准化梳理", "区政务服务中心", "区司法局、区大数据局", "2024年12月底前"]


def test_prose_with_unit_clauses_is_left_alone():
    text = "1.推进一网通办。（牵头单位：区政务服务中心；配合单位：区大数据局）\n2.压缩开办时间。（牵头单位：区市场监管局）\n"
    assert not has_division_header(text)
    assert text_segments(text) == [("text", text)]


def test_row_on_one_line_and_wrapped_deadline():
    text = (
        "序号 重点任务 牵头单位 配合单位 完成时限\n"
        "1 开展餐饮油烟专项整治 区城管局 区市场监管局 2023年10月底前\n"
        "2\n加强非道路移动机械管控\n区生态环境局\n区住建局、区交通运\n输局\n2023年12月底\n前\n"
        "各单位要按时报送进展情况，确保任务完成。\n"
    )
    segs = text_segments(text)
    assert [k for k, _ in segs] == ["table", "text"]
    assert segs[0][1][1:] == [
        ["1", "开展餐饮油烟专项整治", "区城管局", "区市场监管局", "2023年10月底前"],
        ["2", "加强非道路移动机械管控", "区生态环境局", "区住建局、区交通运输局", "2023年12月底前"],
    ]
    assert segs[1][1] == "各单位要按时报送进展情况，确保任务完成。\n"


def test_header_labels_wrapped_in_narrow_columns():
    text = (
        "附件\n序号\n重点任务\n牵头\n单位\n配合\n单位\n完成\n时限\n"
        "1\n开展餐饮油烟专项整治\n区城管局\n区市场监管局\n2023年10月底前\n"
        "2\n加强非道路移动机械管控\n区生态环境局\n区住建局\n2023年12月底前\n"
    )
    assert has_division_header(text)
    segs = text_segments(text)
    assert [k for k, _ in segs] == ["text", "table"]
    assert segs[1][1][0] == ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    assert segs[1][1][2] == ["2", "加强非道路移动机械管控", "区生态环境局", "区住建局", "2023年12月底前"]


def test_ruled_table_with_section_rows_and_a_lead_cell_spanning_rows(tmp_path):
    pdf = _pdf()
    pdf.multi_cell(0, 7, TITLE, new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=COLS_MM) as table:
        row = table.row()
        for c in ["序号", "工作任务", "牵头单位", "责任单位", "完成时限"]:
            row.cell(c)
        table.row().cell("一、提升政务服务效能", colspan=5)
        row = table.row()
        for c in ["1", "推进政务服务事项标准化"]:
            row.cell(c)
        row.cell("区政务服务中心", rowspan=2)  # one lead for both tasks
        for c in ["区司法局", "2024年6月底前"]:
            row.cell(c)
        row = table.row()
        for c in ["2", "推行帮办代办服务", "各街道办事处", "长期坚持"]:
            row.cell(c)
        table.row().cell("二、优化投资建设环境", colspan=5)
        row = table.row()
        for c in ["3", "完善重大项目要素保障协调机制", "区发展改革委", "区财政局、区自然资源局", "2024年12月底前"]:
            row.cell(c)
    path = tmp_path / "merged.pdf"
    path.write_bytes(bytes(pdf.output()))
    plan = extract_file(path)
    got = [(t.number, t.title, t.section, [(m.text, m.role) for m in t.mentions]) for t in plan.tasks]
    assert got == [
        ("1", "推进政务服务事项标准化", ["提升政务服务效能"], [("区政务服务中心", "lead"), ("区司法局", "support")]),
        ("2", "推行帮办代办服务", ["提升政务服务效能"], [("区政务服务中心", "lead"), ("各街道办事处", "support")]),
        ("3", "完善重大项目要素保障协调机制", ["优化投资建设环境"],
         [("区发展改革委", "lead"), ("区财政局", "support"), ("区自然资源局", "support")]),
    ]  # fmt: skip


def _two_row_header(table, group: str) -> None:
    """序号 | 工作任务 | ``group`` over 牵头单位 and 配合单位 | 完成时限, the others spanning both rows."""
    row = table.row()
    row.cell("序号", rowspan=2)
    row.cell("工作任务", rowspan=2)
    row.cell(group, colspan=2)
    row.cell("完成时限", rowspan=2)
    row = table.row()
    row.cell("牵头单位")
    row.cell("配合单位")


def test_ruled_table_with_a_two_row_header(tmp_path):
    # 责任分工 spans 牵头单位 | 配合单位; 序号, 工作任务 and 完成时限 span both header rows
    pdf = _pdf()
    with pdf.table(col_widths=COLS_MM, num_heading_rows=2) as table:
        _two_row_header(table, "责任分工")
        for r in _rows()[1:]:
            row = table.row()
            for c in r:
                row.cell(c)
    path = tmp_path / "two-headers.pdf"
    path.write_bytes(bytes(pdf.output()))
    assert _facts(extract_file(path)) == EXPECTED


def test_ruled_table_with_a_two_row_header_and_a_lead_cell_spanning_rows(tmp_path):
    # 责任单位 spans 牵头单位 | 配合单位 in the header, so pdfplumber's column of 牵头单位 reaches
    # under 配合单位 too; the lead cell spanning rows 1 and 2 still leads both (row 2 had no lead)
    pdf = _pdf()
    with pdf.table(col_widths=COLS_MM, num_heading_rows=2) as table:
        _two_row_header(table, "责任单位")
        row = table.row()
        for c in ["1", "推进政务服务事项标准化"]:
            row.cell(c)
        row.cell("区政务服务中心", rowspan=2)
        for c in ["区司法局", "2024年6月底前"]:
            row.cell(c)
        row = table.row()
        for c in ["2", "推行帮办代办服务", "各街道办事处", "长期坚持"]:
            row.cell(c)
        row = table.row()
        for c in ["3", "开展涉企收费专项清理", "区财政局", "区市场监管局", "长期坚持"]:
            row.cell(c)
    path = tmp_path / "two-headers-merged.pdf"
    path.write_bytes(bytes(pdf.output()))
    assert _facts(extract_file(path)) == [
        ("1", "推进政务服务事项标准化", [("区政务服务中心", "lead"), ("区司法局", "support")], ["2024年6月底前"]),
        ("2", "推行帮办代办服务", [("区政务服务中心", "lead"), ("各街道办事处", "support")], ["长期坚持"]),
        ("3", "开展涉企收费专项清理", [("区财政局", "lead"), ("区市场监管局", "support")], ["长期坚持"]),
    ]


def test_ruled_table_units_one_per_paragraph_of_like_length(tmp_path):
    # a .docx cell with one unit per paragraph, printed: lines of like length, none near the cell's
    # edge, are no padded cell's wrapped text but names apart (were joined: 区市场监管局公安青秀分局,
    # one name); a task's text wrapped in its cell still joins
    pdf = _pdf()
    with pdf.table(col_widths=COLS_MM) as table:
        row = table.row()
        for c in ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]:
            row.cell(c)
        row = table.row()
        for c in ["1", "规范沿街商户经营秩序，开展主次干道“十乱”专项整治行动，实现市容秩序明显好转", "区城市管理局",
                  "区市场监管局\n公安青秀分局\n各街道办事处", "长期坚持"]:
            row.cell(c)
        row = table.row()
        for c in ["2", "推进老旧小区物业管理全覆盖", "区住建局\n区委组织部", "区民政局\n区财政局", "2025年10月底"]:
            row.cell(c)
    path = tmp_path / "units-per-line.pdf"
    path.write_bytes(bytes(pdf.output()))
    assert _facts(extract_file(path)) == [
        ("1", "规范沿街商户经营秩序，开展主次干道“十乱”专项整治行动，实现市容秩序明显好转",
         [("区城市管理局", "lead"), ("区市场监管局", "support"), ("公安青秀分局", "support"), ("各街道办事处", "support")], ["长期坚持"]),
        ("2", "推进老旧小区物业管理全覆盖",
         [("区住建局", "lead"), ("区委组织部", "lead"), ("区民政局", "support"), ("区财政局", "support")], ["2025年10月底"]),
    ]  # fmt: skip


def test_support_units_on_lines_of_their_own():
    # 配合单位 with one unit per line (separate paragraphs in the cell, no 、)
    text = (
        "序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
        "1\n加强饮用水水源地保护\n县生态环境局\n县水利局\n县自然资源局\n各乡镇人民政府\n长期坚持\n"
        "2\n推进工业园区污水集中处理\n县工信局\n县生态环境局\n2023年12月底前\n"
    )
    rows = text_segments(text)[0][1][1:]
    assert rows[0][2:] == ["县生态环境局", "县水利局\n县自然资源局\n各乡镇人民政府", "长期坚持"]
    assert rows[1][2:] == ["县工信局", "县生态环境局", "2023年12月底前"]


def test_unit_list_cut_inside_a_name():
    text = (
        "序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
        "1\n加强饮用水水源地保护\n县生态环境局\n县水利局、县自\n然资源局\n长期坚持\n"
        "2\n推进工业园区污水集中处理\n县工信局\n县生态环境局\n2023年12\n月底前\n"
    )
    rows = text_segments(text)[0][1][1:]
    assert rows[0][1:] == ["加强饮用水水源地保护", "县生态环境局", "县水利局、县自然资源局", "长期坚持"]
    assert rows[1][1:] == ["推进工业园区污水集中处理", "县工信局", "县生态环境局", "2023年12月底前"]


def test_unit_name_cut_at_a_word_whose_second_half_opens_names():
    # 市住房城 / 乡建设局: 乡 may open a name (乡人民政府), but 城乡 is one word cut by the line
    text = (
        "序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
        "1\n推进“无废城市”建设\n市生态环境局\n市发展改革委、市住房城\n乡建设局\n2025年底前\n"
        "2\n加强危险废物监管\n市生态环境局\n市公安局\n各乡镇人民政府\n长期坚持\n"
    )
    rows = text_segments(text)[0][1][1:]
    assert rows[0][1:] == ["推进“无废城市”建设", "市生态环境局", "市发展改革委、市住房城乡建设局", "2025年底前"]
    # near miss: a whole name on a line of its own is still a unit of its own
    assert rows[1][1:] == ["加强危险废物监管", "市生态环境局", "市公安局\n各乡镇人民政府", "长期坚持"]


def test_stream_headers_as_word_and_libreoffice_export_them():
    # 责任主体 names the unit column (the page has no 单位/部门); a label wrapped with a long
    # head (省级牵头单 / 位); a label with its note in brackets, wrapped
    text = "序号 工作任务 责任主体 完成时限\n1 推进农村人居环境\n整治\n县农业农村局、县\n住房城乡建设局\n2024 年底\n"
    assert has_division_header(text)
    assert text_segments(text)[0][1] == [
        ["序号", "工作任务", "责任主体", "完成时限"],
        # 2024 / 年底 is one deadline; 县农业农村局、县 was cut after its 县
        ["1", "推进农村人居环境整治", "县农业农村局、县住房城乡建设局", "2024年底"],
    ]
    text = "序号 任务名称 省级牵头单\n位\n市级责任主\n体\n完成时限\n1 推进长江岸线保护修复\n省水利厅\n沿江各市（州）人民政府\n2025 年底前\n"
    assert text_segments(text)[0][1][0] == ["序号", "任务名称", "省级牵头单位", "市级责任主体", "完成时限"]
    text = "序号 工作任务 责任单位（排名第\n一的为牵头单位）\n完成时限\n1 深化文明城市创建 市委宣传部、市文\n明办\n2024 年底\n"
    assert text_segments(text)[0][1] == [
        ["序号", "工作任务", "责任单位（排名第一的为牵头单位）", "完成时限"], ["1", "深化文明城市创建", "市委宣传部、市文明办", "2024年底"]]


def test_stream_header_in_two_rows_and_a_page_break_with_the_header_again():
    # 责任单位 over 牵头 | 配合, read row after row
    text = ("序号 重点任务 责任单位 完成时限\n牵头 配合\n1 推进政务服务一网通办\n市政务服务管\n理局\n市大数据中\n心、市直各部\n门\n"
            "2024 年6 月底\n前\n— 2 —\n序号 重点任务 责任单位 完成时限\n牵头 配合\n2 压减涉企审批事项 市司法局 市政务服务管理局 2024 年9 月底前\n")
    (kind, rows), = text_segments(text)
    assert rows == [
        ["序号", "重点任务", "责任单位牵头", "责任单位配合", "完成时限"],
        ["1", "推进政务服务一网通办", "市政务服务管理局", "市大数据中心、市直各部门", "2024年6月底前"],
        ["2", "压减涉企审批事项", "市司法局", "市政务服务管理局", "2024年9月底前"],
    ]


def test_stream_units_one_per_line_in_the_only_unit_column_and_a_footer_after_the_last_row():
    # an HTML page printed to PDF: 责任单位 one name per line (<br>), 2024 年 12 月 in four
    # pieces; the portal's 主办单位：… line after the last row is not part of it
    text = ("序号 工作任务 责任单位 完成时间\n1 提升城市精细化管理水平\n市城市管理局\n市住房城乡建设局\n各区人民政府\n2024 年 12\n月\n"
            "2 深化移风易俗 县委宣传部、县民政局、各乡镇 2024 年\n主办单位：XX 市人民政府办公室 承办单位：XX 市大数据中心\n")
    segs = text_segments(text)
    assert segs[0] == ("table", [
        ["序号", "工作任务", "责任单位", "完成时间"],
        ["1", "提升城市精细化管理水平", "市城市管理局\n市住房城乡建设局\n各区人民政府", "2024年12月"],
        ["2", "深化移风易俗", "县委宣传部、县民政局、各乡镇", "2024年"],
    ])
    assert segs[1][1].startswith("主办单位")
    # near miss: a task of one line keeps it, whatever it looks like
    rows = text_segments("序号 工作任务 责任单位 完成时间\n1 县城污水处理中心\n县住房城乡建设局\n2024 年\n")[0][1]
    assert rows[1] == ["1", "县城污水处理中心", "县住房城乡建设局", "2024年"]


def _drawn_row(pdf, y: float, cells: list[list[str]], widths: tuple[float, ...] = (12, 50, 40, 45, 30)) -> float:
    """One ruled row drawn as rectangles (as Word and LibreOffice export them), each cell's
    lines written as given from 1 mm inside its left edge; returns the row's bottom."""
    height = max(len(c) for c in cells) * 5 + 4
    x = 10.0
    for w, lines in zip(widths, cells):
        pdf.rect(x, y, w, height)
        for i, line in enumerate(lines):
            pdf.text(x + 1, y + 6 + 5 * i, line)
        x += w
    return y + height


def test_ruled_table_padded_cells_and_a_row_running_over_the_page(tmp_path):
    # Cells padded wide (no line reaches within two characters of the cell's edge), one line
    # a character short (改 / 造。: 。 may not open a line); the second row runs over the page,
    # the header repeated above the rest of its cells
    header = [["序号"], ["重点任务"], ["牵头单位"], ["配合单位"], ["完成时限"]]
    pdf = _pdf()
    pdf.text(10, 15, TITLE)
    pdf.text(10, 25, INTRO)
    y = _drawn_row(pdf, 200, header)
    y = _drawn_row(pdf, y, [["1"], ["推进钢铁行业超低排放", "改造。完成年度目标任", "务，建立长效机制。"], ["区生态环境局"],
                            ["区发展改革委、区工", "业和信息化局"], ["2024年底前"]])
    y = _drawn_row(pdf, y, [["2"], ["开展工业炉窑综合治理", "。完成年度目标任务，"], ["区工业和信息化", "局"], ["区生态环境局"], ["长期坚持"]])
    pdf.text(100, 285, "- 1 -")
    pdf.add_page()
    y = _drawn_row(pdf, 20, header)
    y = _drawn_row(pdf, y, [[""], ["建立健全长效管理机制", "。"], [""], [""], [""]])
    y = _drawn_row(pdf, y, [["3"], ["加强扬尘污染管控"], ["区住建局"], ["区城管局"], ["2024年6月底前"]])
    pdf.text(10, y + 8, OUTRO)
    path = tmp_path / "padded.pdf"
    path.write_bytes(bytes(pdf.output()))
    plan = extract_file(path)
    assert _facts(plan) == [
        ("1", "推进钢铁行业超低排放改造", [("区生态环境局", "lead"), ("区发展改革委", "support"), ("区工业和信息化局", "support")],
         ["2024年底前"]),
        ("2", "开展工业炉窑综合治理", [("区工业和信息化局", "lead"), ("区生态环境局", "support")], ["长期坚持"]),
        ("3", "加强扬尘污染管控", [("区住建局", "lead"), ("区城管局", "support")], ["2024年6月底前"]),
    ]
    assert plan.tasks[1].text.endswith("完成年度目标任务，建立健全长效管理机制。")


def test_ruled_table_two_row_header_repeated_over_a_row_running_over_the_page(tmp_path):
    # Word repeats both header rows (责任单位 over 牵头单位 | 配合单位) on the next page, above
    # the rest of a row that runs over the page: both are dropped and the row goes on (was: the
    # second header row stayed a row, and the rest of the row a task of its own, 区 / 自然资源局
    # cut apart)
    head1, head2 = [["序号"], ["重点任务"], ["责任单位"], ["完成时限"]], [[""], [""], ["牵头单位"], ["配合单位"], [""]]
    wide = (12, 50, 85, 30)
    pdf = _pdf()
    pdf.text(10, 15, TITLE)
    y = _drawn_row(pdf, 200, head1, wide)
    y = _drawn_row(pdf, y, head2)
    y = _drawn_row(pdf, y, [["1"], ["推进政务服务事项标准化"], ["区政务服务中心"], ["区司法局"], ["2024年6月底前"]])
    y = _drawn_row(pdf, y, [["2"], ["完善重大项目要素保障", "协调机制。"], ["区发展改革委"], ["区财政局、区"], ["2024年12月底前"]])
    pdf.text(100, 285, "- 1 -")
    pdf.add_page()
    y = _drawn_row(pdf, 20, head1, wide)
    y = _drawn_row(pdf, y, head2)
    y = _drawn_row(pdf, y, [[""], ["建立健全长效机制。"], [""], ["自然资源局"], [""]])
    y = _drawn_row(pdf, y, [["3"], ["开展涉企收费专项清理"], ["区财政局"], ["区市场监管局"], ["长期坚持"]])
    pdf.text(10, y + 8, OUTRO)
    path = tmp_path / "two-headers-two-pages.pdf"
    path.write_bytes(bytes(pdf.output()))
    plan = extract_file(path)
    assert _facts(plan) == [
        ("1", "推进政务服务事项标准化", [("区政务服务中心", "lead"), ("区司法局", "support")], ["2024年6月底前"]),
        ("2", "完善重大项目要素保障协调机制", [("区发展改革委", "lead"), ("区财政局", "support"), ("区自然资源局", "support")],
         ["2024年12月底前"]),
        ("3", "开展涉企收费专项清理", [("区财政局", "lead"), ("区市场监管局", "support")], ["长期坚持"]),
    ]  # fmt: skip
    assert plan.tasks[1].text.endswith("协调机制。建立健全长效机制。")


def test_ruled_table_running_over_a_page_without_its_header(tmp_path):
    # Word repeats a table's header on each page only when asked: here page 2 goes straight on
    header = [["序号"], ["重点任务"], ["牵头单位"], ["配合单位"], ["完成时限"]]
    pdf = _pdf()
    pdf.text(10, 15, TITLE)
    y = _drawn_row(pdf, 230, header)
    y = _drawn_row(pdf, y, [["1"], ["推进政务服务事项标准化"], ["区政务服务中心"], ["区司法局"], ["2024年6月底前"]])
    y = _drawn_row(pdf, y, [["2"], ["推行帮办代办服务"], ["区政务服务中心"], ["各街道办事处"], ["长期坚持"]])
    pdf.add_page()
    y = _drawn_row(pdf, 20, [["3"], ["完善重大项目要素保障", "协调机制"], ["区发展改革委"], ["区财政局、区自然资", "源局"], ["2024年12月底前"]])
    y = _drawn_row(pdf, y, [["4"], ["开展涉企收费专项清理"], ["区财政局"], ["区市场监管局"], ["长期坚持"]])
    pdf.text(10, y + 8, OUTRO)
    path = tmp_path / "two-pages.pdf"
    path.write_bytes(bytes(pdf.output()))
    plan = extract_file(path)
    assert _facts(plan) == [
        ("1", "推进政务服务事项标准化", [("区政务服务中心", "lead"), ("区司法局", "support")], ["2024年6月底前"]),
        ("2", "推行帮办代办服务", [("区政务服务中心", "lead"), ("各街道办事处", "support")], ["长期坚持"]),
        ("3", "完善重大项目要素保障协调机制", [("区发展改革委", "lead"), ("区财政局", "support"), ("区自然资源局", "support")],
         ["2024年12月底前"]),
        ("4", "开展涉企收费专项清理", [("区财政局", "lead"), ("区市场监管局", "support")], ["长期坚持"]),
    ]
    assert OUTRO in plan.document.text


def test_ruled_table_whose_header_row_alone_ends_the_page(tmp_path):
    # The table starts at the foot of page 1 with only its header row there (序 / 号 wrapped in
    # the narrow number column), its body on page 2 without the header repeated; one unit
    # column whose first unit leads, as the note above the table says (was: 序 alone ended the
    # header, the one-row table was dropped and page 2 read as prose: no task)
    pdf = _pdf()
    pdf.text(10, 15, TITLE)
    pdf.text(10, 25, "说明：责任单位有多个的，排在第一位的为牵头单位，其他为配合单位。")
    _drawn_row(pdf, 260, [["序", "号"], ["目标任务"], ["责任单位"]], (12, 100, 60))
    pdf.text(100, 285, "- 1 -")
    pdf.add_page()
    y = _drawn_row(pdf, 20, [["1"], ["壮大花木产业，建设全国花木产业交易中心"], ["县农业农村局、县商务", "局"]], (12, 100, 60))
    y = _drawn_row(pdf, y, [["2"], ["完善县乡村三级医疗卫生服务体系"], ["县卫健委"]], (12, 100, 60))
    pdf.text(10, y + 8, OUTRO)
    path = tmp_path / "header-alone.pdf"
    path.write_bytes(bytes(pdf.output()))
    plan = extract_file(path)
    assert [(t.number, [(m.text, m.role) for m in t.mentions]) for t in plan.tasks if t.kind == "table"] == [
        ("1", [("县农业农村局", "lead"), ("县商务局", "support")]),
        ("2", [("县卫健委", "lead")]),
    ]


def test_one_row_table_of_prose_is_no_header(tmp_path):
    # a boxed note of three cells is not a division table's header: left as prose
    pdf = _pdf()
    pdf.text(10, 15, TITLE)
    _drawn_row(pdf, 30, [["注"], ["本方案由区发展改革委负责解释"], ["自印发之日起施行"]], (12, 100, 60))
    path = tmp_path / "boxed-note.pdf"
    path.write_bytes(bytes(pdf.output()))
    assert not read_document(path).tables


def _aligned_pdf(path: Path, pages: list[list[list[list[str]]]], xs=(10, 22, 62, 97, 137)) -> Path:
    """A borderless table: each cell's lines set at its column's left edge from the top of its
    row (rows 4 mm apart); ``pages`` holds each page's rows; the header only on page one."""
    pdf = _pdf()
    for n, rows in enumerate(pages):
        if n:
            pdf.add_page()
        y = 20.0
        if not n:
            pdf.text(10, 15, TITLE)
        for row in rows:
            for x, lines in zip(xs, row):
                for i, line in enumerate(lines):
                    pdf.text(x, y + 5 * i, line)
            y += 5 * max(len(c) for c in row) + 4
        if n == len(pages) - 1:
            pdf.text(10, y + 4, OUTRO)
    path.write_bytes(bytes(pdf.output()))
    return path


def test_borderless_table_read_by_its_columns_over_two_pages(tmp_path):
    # two unit columns both wrapped: only the columns' places tell which line is whose
    path = _aligned_pdf(tmp_path / "aligned.pdf", [
        [[["序号"], ["重点任务"], ["牵头单位"], ["配合单位"], ["完成时限"]],
         [["1"], ["推进城镇污水管网建设"], ["区住建局、区水", "利局"], ["区发展改革委、区", "财政局"], ["2024年底前"]],
         [["2"], ["开展黑臭水体整治"], ["区生态环境局"], ["区水利局、各街道", "办事处"], ["长期坚持"]]],
        [[["3"], ["加强饮用水水源地保护"], ["区水利局"], ["区生态环境局"], ["2024年6月底前"]]],
    ])
    plan = extract_file(path)
    assert _facts(plan) == [
        ("1", "推进城镇污水管网建设", [("区住建局", "lead"), ("区水利局", "lead"), ("区发展改革委", "support"), ("区财政局", "support")],
         ["2024年底前"]),
        ("2", "开展黑臭水体整治", [("区生态环境局", "lead"), ("区水利局", "support"), ("各街道办事处", "support")], ["长期坚持"]),
        ("3", "加强饮用水水源地保护", [("区水利局", "lead"), ("区生态环境局", "support")], ["2024年6月底前"]),
    ]
    assert OUTRO in plan.document.text and "各牵头单位" not in plan.tasks[-1].text


def test_running_head_foot_and_page_number_under_a_borderless_table_are_no_cells(tmp_path):
    # a gazette's pages: its head, its foot and the page number on each, prose pages first; under
    # the table they stood in its columns and went on the last row's cells (区水利局— 4 —)
    pdf = _pdf()
    prose = "为加快补齐城镇污水收集处理设施短板，持续改善水环境质量，结合我区实际，制定本方案。"
    pages = [None, None, [[["序号"], ["重点任务"], ["牵头单位"], ["配合单位"], ["完成时限"]],
                          [["1"], ["推进城镇污水管网建设"], ["区住建局"], ["区发展改革委、区", "财政局"], ["2024年底前"]]],
             [[["2"], ["加强饮用水水源地保护"], ["区水利局"], ["区生态环境局"], ["2024年6月底前"]]]]
    for n, rows in enumerate(pages, 1):
        if n > 1:
            pdf.add_page()
        pdf.text(80, 10, "江城区人民政府公报")
        pdf.text(100, 280, f"— {n} —")
        pdf.text(75, 287, "江城区人民政府办公室编印")
        if rows is None:
            for k in range(12):
                pdf.text(10, 25 + 8 * k, prose[:44] if k % 2 == 0 else prose[44:])
            continue
        y = 25.0
        for row in rows:
            for x, lines in zip((10, 22, 62, 97, 137), row):
                for i, line in enumerate(lines):
                    pdf.text(x, y + 5 * i, line)
            y += 5 * max(len(c) for c in row) + 4
    path = tmp_path / "gazette.pdf"
    path.write_bytes(bytes(pdf.output()))
    plan = extract_file(path)
    assert _facts(plan) == [
        ("1", "推进城镇污水管网建设", [("区住建局", "lead"), ("区发展改革委", "support"), ("区财政局", "support")], ["2024年底前"]),
        ("2", "加强饮用水水源地保护", [("区水利局", "lead"), ("区生态环境局", "support")], ["2024年6月底前"]),
    ]
    assert "公报" not in plan.document.text and "编印" not in plan.document.text


def test_borderless_table_header_repeated_over_a_row_running_over_the_page(tmp_path):
    # the header is repeated at the top of page two, and the last row of page one goes on
    # under it (its deadline 2024年12月 / 底前): the header is no head of that row's remainder
    head = [["序号"], ["重点任务"], ["牵头单位"], ["配合单位"], ["完成时限"]]
    path = _aligned_pdf(tmp_path / "aligned.pdf", [
        [head,
         [["1"], ["推进城镇污水管网建设"], ["区住建局"], ["区发展改革委、区", "财政局"], ["2024年底前"]],
         [["2"], ["开展黑臭水体整治"], ["区生态环境局"], ["区水利局"], ["2024年12月"]]],
        [head, [[""], [""], [""], [""], ["底前"]],
         [["3"], ["加强饮用水水源地保护"], ["区水利局"], ["区生态环境局"], ["2024年6月底前"]]],
    ])
    assert _facts(extract_file(path)) == [
        ("1", "推进城镇污水管网建设", [("区住建局", "lead"), ("区发展改革委", "support"), ("区财政局", "support")], ["2024年底前"]),
        ("2", "开展黑臭水体整治", [("区生态环境局", "lead"), ("区水利局", "support")], ["2024年12月底前"]),
        ("3", "加强饮用水水源地保护", [("区水利局", "lead"), ("区生态环境局", "support")], ["2024年6月底前"]),
    ]


def _ruled_table(path: Path, rows: list[list[str]], widths: tuple[int, ...]) -> Path:
    pdf = _pdf()
    pdf.multi_cell(0, 7, TITLE, new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=widths) as table:
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)
    path.write_bytes(bytes(pdf.output()))
    return path


def test_project_list_header_and_a_person_column_make_division_tables(tmp_path):
    # a 重点项目 list (项目名称) and a 分管领导 column (people) were labels the PDF reader did not
    # know, so the page was never read as a table and its rows lost their units
    assert has_division_header("附件\n序号 项目名称 牵头单位 配合单位\n1 圭塘河综合治理工程 雨花区人民政府 市水务局\n")
    assert has_division_header("序\n号 工作任务 分管领导 责任部门 完成 时限\n1 推进产业园建设 张涛（副主任） 经济发展办、规划建设办 12月\n")
    assert not has_division_header("请各单位填报项目名称、分管领导、责任部门、完成时限等信息。\n")
    path = _ruled_table(tmp_path / "projects.pdf", [
        ["序号", "项目名称", "牵头单位", "配合单位"],
        ["1", "圭塘河流域综合治理和生态修复工程", "雨花区人民政府", "市水务局、长沙水业集团有限公司"],
        ["2", "潮宗街历史文化街区保护提升工程", "开福区人民政府", "市住房城乡建设局、市文化旅游广电局"],
    ], (12, 80, 40, 55))  # fmt: skip
    got = [[(m.text, m.role) for m in t.mentions] for t in extract_file(path).tasks]
    assert got == [
        [("雨花区人民政府", "lead"), ("市水务局", "support"), ("长沙水业集团有限公司", "support")],
        [("开福区人民政府", "lead"), ("市住房城乡建设局", "support"), ("市文化旅游广电局", "support")],
    ]
    path = _ruled_table(tmp_path / "leaders.pdf", [
        ["序号", "工作任务", "分管领导", "牵头部门", "配合部门", "完成时限"],
        ["1", "推进产业园项目建设，完成固定资产投资3亿元", "张涛（党工委委员、副主任）", "经济发展办", "规划建设办", "12月"],
        ["2", "开展隐患排查整治专项行动", "陈刚（武装部长）", "应急管理办", "综合执法办、派出所", "全年"],
    ], (10, 60, 35, 30, 40, 15))  # fmt: skip
    got = [[(m.text, m.role) for m in t.mentions] for t in extract_file(path).tasks]
    assert got == [
        [("经济发展办", "lead"), ("规划建设办", "support")],
        [("应急管理办", "lead"), ("综合执法办", "support"), ("派出所", "support")],
    ]


def _grid_page(pdf, rows: list[list[str]], open_cols: set[int], y0: float = 20) -> None:
    """One page of a ruled table drawn line by line (widths COLS_MM, rows 12 mm): the last
    row's cells in ``open_cols`` get no bottom edge (a merged cell going on over the page break,
    as Word and browsers print it); a cell "" above a cell "" of its column is merged with it."""
    xs = [10 + sum(COLS_MM[:k]) for k in range(len(COLS_MM) + 1)]
    h = 12
    bottom = y0 + h * len(rows)
    for k, x in enumerate(xs):
        pdf.line(x, y0, x, bottom)
    pdf.line(xs[0], y0, xs[-1], y0)
    for n, r in enumerate(rows):
        y = y0 + h * (n + 1)
        for k, c in enumerate(r):
            if c:
                pdf.text(xs[k] + 1, y - h / 2 + 1.5, c)
            last = n == len(rows) - 1
            if not (last and k in open_cols):
                pdf.line(xs[k], y, xs[k + 1], y)


def test_ruled_table_with_a_merged_lead_cell_running_over_the_page(tmp_path):
    # 企业培育 and its lead 区经信局 are merged over rows 2-3, row 3 on the next page: the cells
    # of row 2 have no bottom edge, pdfplumber found no cell there and row 2 took the lead of row 1
    head = ["序号", "重点工作", "具体任务", "牵头单位", "责任单位"]
    pdf = _pdf()
    _grid_page(pdf, [head, ["1", "创新驱动", "引育人才团队", "区委人才办", "区科技局"],
                     ["2", "企业培育", "实施雄鹰行动", "区经信局", "区发改局"]], {1, 3})
    pdf.add_page()
    _grid_page(pdf, [head, ["3", "", "培育专精特新", "", "区科技局"],
                     ["4", "", "推进企业上市", "区金融服务中心", "区司法局"]], set())
    path = tmp_path / "over.pdf"
    path.write_bytes(bytes(pdf.output()))
    got = [(t.number, [(m.text, m.role) for m in t.mentions]) for t in extract_file(path).tasks]
    assert got == [
        ("1", [("区委人才办", "lead"), ("区科技局", "support")]),
        ("2", [("区经信局", "lead"), ("区发改局", "support")]),
        ("3", [("区经信局", "lead"), ("区科技局", "support")]),
        ("4", [("区金融服务中心", "lead"), ("区司法局", "support")]),
    ]


def test_ruled_table_lead_marked_in_brackets_and_the_next_unit_on_its_own_line(tmp_path):
    # one 责任单位 column, the lead marked （牵头） and each unit a paragraph of the cell: the
    # first line, the cell's longest, was taken as wrapped and 区交通局（牵头）各镇街 read as one name
    path = _ruled_table(tmp_path / "marked.pdf", [
        ["序号", "工作类别", "具体任务", "责任单位", "完成时限"],
        ["1", "乡村建设", "新改建农村公路200公里", "区交通局（牵头）\n各镇街", "12月底"],
        ["2", "农村改革", "发展新型农村集体经济", "区委农办（牵头）\n区农业农村委\n区财政局", "12月底"],
    ], (12, 25, 60, 50, 25))  # fmt: skip
    got = [[(m.text, m.role) for m in t.mentions] for t in extract_file(path).tasks]
    assert got == [
        [("区交通局", "lead"), ("各镇街", "support")],
        [("区委农办", "lead"), ("区农业农村委", "support"), ("区财政局", "support")],
    ]


def test_project_list_with_columns_of_its_own_is_a_division_table(tmp_path):
    # a 重点项目 list's header holds labels no task table has (建设内容及规模, 总投资（万元）): the
    # page was never re-read as a table and the projects lost their units
    line = "序号 项目名称 建设内容及规模 总投资（万 元） 2026年计划投资 （万元） 责任单位 配合单位"
    assert has_division_header(line + "\n1 城北污水处理厂三期扩建工程 新增处理规模5万吨/日 62000 25000 区水务局 区城投公司\n")
    assert not has_division_header("序号、项目名称、建设内容、责任单位等信息由各单位如实填写。\n")
    assert not has_division_header("序号 问题描述 整改情况说明：已完成，责任单位已销号\n")
    path = _ruled_table(tmp_path / "projects.pdf", [
        ["序号", "项目名称", "建设内容及规模", "总投资（万元）", "计划投资（万元）", "责任单位", "配合单位"],
        ["1", "城北污水厂扩建", "新增5万吨/日", "62000", "25000", "区水务局", "区城投公司"],
        ["2", "智慧交通项目", "智能信号灯120个", "18000", "9000", "区交通运输局", "区公安分局"],
    ], (8, 30, 32, 24, 28, 30, 38))  # fmt: skip
    got = [(t.title, [(m.text, m.role) for m in t.mentions]) for t in extract_file(path).tasks]
    assert got == [
        ("城北污水厂扩建", [("区水务局", "lead"), ("区城投公司", "support")]),
        ("智慧交通项目", [("区交通运输局", "lead"), ("区公安分局", "support")]),
    ]


def test_ruled_table_row_running_over_the_page_without_a_rule_under_it(tmp_path):
    # row 2 runs over the page break: its column rules go on to the foot of the page and no rule
    # closes them, so the table finder left it out (its first half was read as prose after the
    # table and its second half became a row of its own, with no number and half its units)
    head = ["序号", "重点工作", "具体任务", "牵头单位", "责任单位"]
    pdf = _pdf()
    _grid_page(pdf, [head, ["1", "创新驱动", "引育人才团队", "区委人才办", "区科技局"],
                     ["2", "企业培育", "实施雄鹰行动", "区经信局", "区发改局、"]], set(range(5)))
    pdf.add_page()
    _grid_page(pdf, [head, ["", "", "培育龙头企业", "", "区财政局"],
                     ["3", "", "推进企业上市", "区金融服务中心", "区司法局"]], set())
    path = tmp_path / "split.pdf"
    path.write_bytes(bytes(pdf.output()))
    got = [(t.number, [(m.text, m.role) for m in t.mentions]) for t in extract_file(path).tasks]
    assert got == [
        ("1", [("区委人才办", "lead"), ("区科技局", "support")]),
        ("2", [("区经信局", "lead"), ("区发改局", "support"), ("区财政局", "support")]),
        ("3", [("区金融服务中心", "lead"), ("区司法局", "support")]),
    ]


def test_two_row_header_with_short_role_labels(tmp_path):
    # 责任分工 over 牵头 | 配合 (no 单位 under the group, as Word tables often have it): the header
    # was not known as a division table's, the page stayed prose and its rows lost their units
    assert has_division_header("序号 重点工作 工作措施 责任分工 完成时限\n牵头 配合\n1 宋都古城保护提升 推进古城保护 市文物局 市住建局 12月\n")
    assert not has_division_header("序号 重点工作 工作措施 完成时限\n牵头 配合\n")  # no group over them
    pdf = _pdf()
    with pdf.table(col_widths=(12, 60, 35, 45, 30), num_heading_rows=2) as table:
        row = table.row()
        row.cell("序号", rowspan=2)
        row.cell("工作措施", rowspan=2)
        row.cell("责任分工", colspan=2)
        row.cell("完成时限", rowspan=2)
        row = table.row()
        row.cell("牵头")
        row.cell("配合")
        for r in (["1", "推进古城城墙本体修缮", "市文物局", "市住房城乡建设局", "2026年12月"],
                  ["2", "打造夜经济集聚区", "市文化广电和旅游局", "市商务局、市公安局", "2026年12月"]):
            row = table.row()
            for c in r:
                row.cell(c)
    path = tmp_path / "short.pdf"
    path.write_bytes(bytes(pdf.output()))
    got = [(t.number, [(m.text, m.role) for m in t.mentions]) for t in extract_file(path).tasks]
    assert got == [
        ("1", [("市文物局", "lead"), ("市住房城乡建设局", "support")]),
        ("2", [("市文化广电和旅游局", "lead"), ("市商务局", "support"), ("市公安局", "support")]),
    ]


def test_cell_stream_with_short_role_labels_under_a_group():
    # the same header in a text layer one cell a line (a .txt copied out of a PDF viewer too)
    text = (
        "附件\n序号\n工作措施\n责任分工\n完成时限\n牵头\n配合\n"
        "1\n推进古城城墙本体修缮\n市文物局\n市住房城乡建设局\n2026年12月\n"
        "2\n打造夜经济集聚区\n市文化广电和旅游局\n市商务局、市公安局\n2026年12月\n"
    )
    segs = text_segments(text)
    assert [k for k, _ in segs] == ["text", "table"]
    assert segs[1][1][0] == ["序号", "工作措施", "责任分工牵头", "责任分工配合", "完成时限"]
    assert segs[1][1][2] == ["2", "打造夜经济集聚区", "市文化广电和旅游局", "市商务局、市公安局", "2026年12月"]


def test_note_set_just_under_a_ruled_table_is_kept(tmp_path):
    """A note under the table's last rule, its glyphs reaching over the rule (注：牵头单位栏为空
    的，与上一项相同, as Word exports it): read as prose, so a blank lead cell takes the row
    above's (was lost between the table and the text under it: tasks 2 and 3 had no lead)."""
    pdf = _pdf()
    pdf.multi_cell(0, 7, TITLE, new_x="LMARGIN", new_y="NEXT")
    y = _drawn_row(pdf, 30, [["序号"], ["任务内容"], ["牵头单位"], ["配合单位"], ["完成时限"]])
    y = _drawn_row(pdf, y, [["1"], ["完成村级工业园改造提升"], ["区城市更新局"], ["区自然资源局"], ["12月31日"]])
    y = _drawn_row(pdf, y, [["2"], ["推进村级工业园连片改造"], [], ["区农业农村局"], ["12月31日"]])
    y = _drawn_row(pdf, y, [["3"], ["加大城市更新财政金融支持"], ["区财政局"], ["区金融工作局"], ["12月31日"]])
    pdf.text(11, y + 1.6, "注：牵头单位栏为空的，与上一项相同。")
    path = tmp_path / "note.pdf"
    path.write_bytes(bytes(pdf.output()))
    assert "注：牵头单位栏为空的，与上一项相同。" in read_document(path).text
    got = [(t.number, [(m.text, m.role) for m in t.mentions]) for t in extract_file(path).tasks]
    assert got == [
        ("1", [("区城市更新局", "lead"), ("区自然资源局", "support")]),
        ("2", [("区城市更新局", "lead"), ("区农业农村局", "support")]),
        ("3", [("区财政局", "lead"), ("区金融工作局", "support")]),
    ]


def _wrapped_cell_text(tmp_path, second: str, third: str) -> str:
    pdf = _pdf()
    pdf.multi_cell(0, 7, TITLE, new_x="LMARGIN", new_y="NEXT")
    y = _drawn_row(pdf, 30, [["序号"], ["工作任务"], ["牵头单位"], ["配合单位"], ["完成时限"]])
    y = _drawn_row(pdf, y, [["1"], ["深化集成改革，企业开办项目", second, third], ["区政务服务中心"], ["区市场监管局"], ["12月31日"]])
    _drawn_row(pdf, y, [["2"], ["推进一网通办提质扩面。"], ["区数据局"], ["区市场监管局"], ["12月31日"]])
    path = tmp_path / "wrap.pdf"
    path.write_bytes(bytes(pdf.output()))
    return extract_file(path).tasks[0].text


def test_cell_line_stopping_before_a_character_and_its_opening_quote_is_wrapped(tmp_path):
    """A cell's line stopping two characters short of the edge, the next opening 现“: the two
    did not fit, the line was wrapped (was read as two paragraphs: 实  现“一次告知…)."""
    got = _wrapped_cell_text(tmp_path, "招聘等领域新增事项，实", "现“一次告知、一表申请”。")
    assert got == "深化集成改革，企业开办项目招聘等领域新增事项，实现“一次告知、一表申请”。"
    # near miss: the next line's first character alone would have fitted: a paragraph ended
    got = _wrapped_cell_text(tmp_path, "招聘等领域新增事项。", "一次告知、一表申请。")
    assert got == "深化集成改革，企业开办项目招聘等领域新增事项。  一次告知、一表申请。"
