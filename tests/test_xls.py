"""Task lists and ledgers kept as Excel 97-2003 .xls (and WPS .et, the same format) read as the
same workbook saved as .xlsx does: merged cells, several sheets, a 填报单位 row above the header,
dates stored as Excel serials. The .xls fixture is made by tests/fixtures/xls/make_fixtures.py
(LibreOffice saving the .xlsx these tests build)."""

from __future__ import annotations

import importlib.util
import shutil
import struct
from pathlib import Path

import pytest

from respgraph.extract import extract_file
from respgraph.read import ReadError, read_document

pytest.importorskip("xlrd")

FIXTURES = Path(__file__).parent / "fixtures" / "xls"
XLS = FIXTURES / "division.xls"


def _make():
    spec = importlib.util.spec_from_file_location("make_xls_fixtures", FIXTURES / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _facts(path):
    return [(t.number, t.title, [(m.text, m.role) for m in t.mentions], [d.text for d in t.deadlines]) for t in extract_file(path).tasks]


EXPECTED = [
    ("1", "推进钢铁企业超低排放改造", [("市生态环境局", "lead"), ("市工业和信息化局", "support"), ("市发展改革委", "support")], ["2024年12月31日"]),
    # 市生态环境局 is merged down over tasks 1 and 2
    ("2", "开展工业炉窑综合治理", [("市生态环境局", "lead"), ("市工业和信息化局", "support")], ["2024年10月底前"]),
    ("3", "加强施工扬尘管控", [("市住房城乡建设局", "lead"), ("市城市管理局", "support"), ("市交通运输局", "support")], ["长期坚持"]),
    # the second sheet: a ledger with a 填报单位 row above its header, dates as serials
    ("1", "开展燃气安全专项整治", [("县住建局", "lead"), ("县市场监管局", "support"), ("县消防救援大队", "support")], ["2024年6月30日"]),
    ("2", "开展道路交通安全整治", [("县公安局", "lead"), ("县交通运输局", "support")], ["2024年9月30日"]),
]


def test_xls_reads_as_the_same_workbook_saved_as_xlsx(tmp_path):
    xlsx = tmp_path / "分工表.xlsx"
    _make().division_workbook(xlsx)
    a, b = read_document(xlsx), read_document(XLS)
    assert b.format == "xls" and a.format == "xlsx"
    assert b.text == a.text
    assert [(t.header, [[c.text for c in r] for r in t.rows]) for t in b.tables] == [
        (t.header, [[c.text for c in r] for r in t.rows]) for t in a.tables
    ]
    assert "本表由县农业农村局负责汇总" not in b.text  # a hidden sheet is not the list
    assert _facts(XLS) == _facts(xlsx) == EXPECTED


@pytest.mark.parametrize("name", ["分工表.et", "分工表.doc", "分工表.xlsx", "download"])
def test_a_workbook_is_read_whatever_its_suffix_says(tmp_path, name):
    """WPS saves .et in the .xls format; portals rename 分工表.xls to .doc or .xlsx; a download
    may have no suffix: the OLE file's Workbook stream says it is a spreadsheet."""
    f = tmp_path / name
    shutil.copy(XLS, f)
    assert read_document(f).format == "xls"
    assert _facts(f) == EXPECTED


def test_an_xls_that_is_an_xlsx_html_or_text_is_read_as_what_it_is(tmp_path):
    xlsx = tmp_path / "a.xls"
    _make().division_workbook(xlsx)  # an .xlsx with the old suffix
    assert read_document(xlsx).format == "xlsx" and _facts(xlsx) == EXPECTED
    # systems export "Excel" as an HTML table or tab-separated text named .xls
    row = "<tr><td>1</td><td>开展村庄清洁行动</td><td>县农业农村局</td></tr>"
    page = tmp_path / "b.xls"
    page.write_text(f"<html><body><table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td></tr>{row}</table></body></html>", encoding="utf-8")
    text = tmp_path / "c.xls"
    text.write_bytes("序号\t重点任务\t牵头单位\n1\t开展村庄清洁行动\t县农业农村局\n".encode("gb18030"))
    for f, fmt in ((page, "html"), (text, "txt")):
        assert read_document(f).format == fmt
        assert _facts(f) == [("1", "开展村庄清洁行动", [("县农业农村局", "lead")], [])]


def _encrypt(src: Path, dst: Path) -> None:
    """The workbook as a password-protected .xls: a FILEPASS record after its BOF."""
    import olefile

    shutil.copy(src, dst)
    with olefile.OleFileIO(str(dst), write_mode=True) as ole:
        wb = bytearray(ole.openstream("Workbook").read())
        struct.pack_into("<H", wb, 4 + struct.unpack_from("<H", wb, 2)[0], 0x2F)
        ole.write_stream("Workbook", bytes(wb))


def test_a_bad_xls_is_one_line_naming_the_problem(tmp_path):
    data = XLS.read_bytes()
    cases = {
        "cut.xls": (data[:3000], r"not a readable \.xls \(damaged workbook: IndexError"),
        "empty-ole.et": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, r"not a readable \.et \(damaged OLE compound file"),
        "short.xls": (b"\xd0\xcf\x11\xe0whatever", r"not a valid \.xls \(cut or damaged OLE compound file\)"),
        "old-wps.et": (b"WPS\x00\x01\x02" + bytes(200), r"not a valid \.et \(not an Excel 97-2003 or WPS workbook; save it as \.xlsx\)"),
    }
    for name, (content, reason) in cases.items():
        (tmp_path / name).write_bytes(content)
        with pytest.raises(ReadError, match=reason) as err:
            read_document(tmp_path / name)
        assert "\n" not in err.value.reason and len(err.value.reason) < 140
    _encrypt(XLS, tmp_path / "locked.xls")
    with pytest.raises(ReadError, match=r": encrypted \.xls \(password-protected workbook\)$"):
        read_document(tmp_path / "locked.xls")


def test_a_password_protected_xlsx_or_docx_is_one_line(tmp_path):
    """Office encrypts an .xlsx or .docx into an OLE file holding an EncryptedPackage stream
    (made here by renaming the fixture's Workbook stream: the name has room in its entry)."""
    data = bytearray(XLS.read_bytes())
    old = "Workbook".encode("utf-16-le") + b"\0\0"
    at = data.index(old)
    name = "EncryptedPackage".encode("utf-16-le") + b"\0\0"
    data[at : at + len(name)] = name
    struct.pack_into("<H", data, at + 64, len(name))  # the entry's name length
    for suffix in (".xlsx", ".docx", ".xls"):
        f = tmp_path / f"locked{suffix}"
        f.write_bytes(bytes(data))
        with pytest.raises(ReadError, match=rf": encrypted \{suffix} file \(password-protected\)$"):
            read_document(f)
    (tmp_path / "locked").write_bytes(bytes(data))
    with pytest.raises(ReadError, match=r": encrypted Office file \(password-protected\)$"):
        read_document(tmp_path / "locked")


def test_a_word_document_named_xls_is_read_as_the_document(tmp_path):
    f = tmp_path / "分工方案.xls"
    shutil.copy(Path(__file__).parent / "fixtures" / "doc" / "division-plan.doc", f)
    assert read_document(f).format == "doc"


def _cell(v, attrs: str = "") -> str:
    if v is None:
        return ""
    kind, text = ("Number", str(v)) if isinstance(v, int) else ("DateTime", v[5:]) if v.startswith("date:") else ("String", v)
    return f'<Cell{attrs}><Data ss:Type="{kind}">{text}</Data></Cell>'


def test_an_xml_spreadsheet_named_xls_reads_as_the_workbook(tmp_path):
    """What web systems export as Excel: "XML Spreadsheet 2003" text named .xls. Cells give
    their place (ss:Index) where one is skipped, their merges (MergeAcross, MergeDown)."""
    h = "".join(_cell(v) for v in ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"])
    down, at4 = ' ss:MergeDown="1"', ' ss:Index="4"'
    sheet1 = (
        '<Worksheet ss:Name="任务分工"><Table>'
        '<Row><Cell ss:MergeAcross="4"><Data ss:Type="String">XX市2024年大气污染防治重点任务分工表</Data></Cell></Row>'
        f"<Row>{h}</Row>"
        f'<Row>{_cell(1)}{_cell("推进钢铁企业超低排放改造")}{_cell("市生态环境局", down)}'
        f'{_cell("市工业和信息化局、市发展改革委")}{_cell("date:2024-12-31T00:00:00.000")}</Row>'
        f'<Row>{_cell(2)}{_cell("开展工业炉窑综合治理")}{_cell("市工业和信息化局", at4)}{_cell("2024年10月底前")}</Row>'
        f'<Row>{_cell(3)}{_cell("加强施工扬尘管控")}{_cell("市住房城乡建设局")}{_cell("市城市管理局、市交通运输局")}{_cell("长期坚持")}</Row>'
        "</Table></Worksheet>"
    )
    sheet2 = (
        '<Worksheet ss:Name="工作台账"><Table>'
        '<Row><Cell ss:MergeAcross="4"><Data ss:Type="String">XX县2024年安全生产重点工作台账</Data></Cell></Row>'
        '<Row><Cell ss:MergeAcross="2"><Data ss:Type="String">填报单位：XX县安委会办公室</Data></Cell>'
        '<Cell ss:MergeAcross="1"><Data ss:Type="String">填报时间：2024年3月5日</Data></Cell></Row>'
        f'<Row>{"".join(_cell(v) for v in ["序号", "重点工作", "主责单位", "协同单位", "完成时间"])}</Row>'
        f'<Row ss:Index="5">{_cell(1)}{_cell("开展燃气安全专项整治")}{_cell("县住建局")}{_cell("县市场监管局、县消防救援大队")}{_cell("date:2024-06-30T00:00:00.000")}</Row>'
        f'<Row>{_cell(2)}{_cell("开展道路交通安全整治")}{_cell("县公安局")}{_cell("县交通运输局")}{_cell("date:2024-09-30T00:00:00.000")}</Row>'
        "</Table></Worksheet>"
    )
    hidden = ('<Worksheet ss:Name="填表说明"><Table><Row>{}</Row></Table><WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">'
              "<Visible>SheetHidden</Visible></WorksheetOptions></Worksheet>").format(_cell("本表由县农业农村局负责汇总。"))
    f = tmp_path / "分工表.xls"
    f.write_text('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"'
                 ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">' + sheet1 + sheet2 + hidden + "</Workbook>", encoding="utf-8")
    xlsx = tmp_path / "分工表.xlsx"
    _make().division_workbook(xlsx)
    doc = read_document(f)
    assert doc.format == "xls" and doc.text == read_document(xlsx).text
    assert _facts(f) == EXPECTED
    # one declaring entities is refused, in one line
    bomb = tmp_path / "bomb.xls"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">&a;</Workbook>')
    with pytest.raises(ReadError, match=r": bomb\.xls declares a DTD or entities \(not allowed in XML spreadsheet\): not read$"):
        read_document(bomb)
