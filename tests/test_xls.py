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
    }
    for name, (content, reason) in cases.items():
        (tmp_path / name).write_bytes(content)
        with pytest.raises(ReadError, match=reason) as err:
            read_document(tmp_path / name)
        assert "\n" not in str(err.value) and len(str(err.value)) < 140
    _encrypt(XLS, tmp_path / "locked.xls")
    with pytest.raises(ReadError, match=r"^encrypted \.xls \(password-protected workbook\)$"):
        read_document(tmp_path / "locked.xls")


def test_a_word_document_named_xls_is_read_as_the_document(tmp_path):
    f = tmp_path / "分工方案.xls"
    shutil.copy(Path(__file__).parent / "fixtures" / "doc" / "division-plan.doc", f)
    assert read_document(f).format == "doc"
