"""OFD plans (GB/T 33190) read as the same plan's text does: glyph runs put into lines by
position, wrapped lines joined into paragraphs, page numbers, templates and annotations left
out, ruled tables cut into rows. The OFDs are written by tests/_ofd.py in the layouts the
writers in use produce (one TextObject per line with compressed DeltaX, one per glyph, runs in
points under a CTM)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from _ofd import write_ofd
from conftest import CHANGJIANG, YUSHUI

from respgraph.extract import extract_file
from respgraph.ofd import _deltas
from respgraph.pipeline import collect_paths
from respgraph.read import ReadError, read_document

STYLES = ("line", "glyph", "runs")


def _facts(plan):
    return [(t.number, t.title, [(m.text, m.role) for m in t.mentions], [d.text for d in t.deadlines]) for t in plan.tasks]


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("seed", [CHANGJIANG, YUSHUI], ids=["changjiang", "yushui"])
def test_a_plan_as_ofd_reads_as_its_text(tmp_path, seed, style):
    paragraphs = Path(seed).read_text(encoding="utf-8").split("\n")
    f = write_ofd(tmp_path / "plan.ofd", paragraphs, style=style)
    doc = read_document(f)
    assert doc.format == "ofd"
    # one line per paragraph, as in the .txt (which has blank lines and indents between them;
    # blanks inside a line are the layout's, and the clean-up takes OCR-like ones out)
    assert [ln.replace(" ", "") for ln in doc.text.splitlines()] == [
        p.replace(" ", "").replace("\u3000", "") for p in read_document(seed).text.splitlines() if p.strip()
    ]
    for furniture in ("内部资料注意保存", "某某印章", "— 1 —", "— 2 —"):  # template, stamp, page numbers
        assert furniture not in doc.text
    assert _facts(extract_file(f)) == _facts(extract_file(seed))


HEADER = ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"]
ROWS = [
    ["1", "推进钢铁企业超低排放改造，完成有组织、无组织排放和清洁运输改造", "市生态环境局", "市工业和信息化局、市发展改革委", "2024年12月31日"],
    ["2", "开展工业炉窑综合治理", None, "市工业和信息化局", "2024年10月底前"],  # lead merged down
    ["3", "加强施工扬尘管控", "市住房城乡建设局", "市城市管理局、市交通运输局", "长期坚持"],
] + [[str(k), f"推进第{k}项重点工作任务落实", "市农业农村局", "市水利局、市自然资源局", "2025年底前"] for k in range(4, 26)]


@pytest.mark.parametrize("style", STYLES)
def test_a_ruled_division_table_over_two_pages_is_one_table(tmp_path, style):
    blocks = ["XX市2024年大气污染防治重点任务分工表", "为抓好各项任务落实，现将重点任务分工如下。", [HEADER, *ROWS], "本表由市生态环境局负责解释。"]
    f = write_ofd(tmp_path / "分工表.ofd", blocks, style=style, widths=[12, 56, 30, 36, 22])
    doc = read_document(f)
    (table,) = doc.tables
    assert table.header == HEADER and len(table.rows) == len(ROWS)
    # the long task wrapped in its cell is one cell again; the merged lead is task 2's too
    assert [c.text for c in table.rows[0]] == ROWS[0]
    assert [c.text for c in table.rows[1]][2] == "市生态环境局"
    got = _facts(extract_file(f))
    assert got[:3] == [
        ("1", ROWS[0][1], [("市生态环境局", "lead"), ("市工业和信息化局", "support"), ("市发展改革委", "support")], ["2024年12月31日"]),
        ("2", "开展工业炉窑综合治理", [("市生态环境局", "lead"), ("市工业和信息化局", "support")], ["2024年10月底前"]),
        ("3", "加强施工扬尘管控", [("市住房城乡建设局", "lead"), ("市城市管理局", "support"), ("市交通运输局", "support")], ["长期坚持"]),
    ]
    # the same table as tab-separated text reads alike
    text = tmp_path / "分工表.txt"
    filled = [ROWS[0], [ROWS[1][0], ROWS[1][1], ROWS[0][2], *ROWS[1][3:]], *ROWS[2:]]
    text.write_text("\n".join(["XX市2024年大气污染防治重点任务分工表", "为抓好各项任务落实，现将重点任务分工如下。", "\t".join(HEADER)]
                              + ["\t".join(r) for r in filled] + ["本表由市生态环境局负责解释。"]), encoding="utf-8")
    assert got == _facts(extract_file(text))
    assert "本表由市生态环境局负责解释。" in doc.text and "— 2 —" not in doc.text


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "aligned"])
def test_a_division_table_of_two_line_rows_over_pages(tmp_path, ruled):
    """Without rules the columns are found in the blanks left of the header's labels, the rows
    by the wider gaps between them, the page after going on in the same columns."""
    rows = [[str(k), f"推进第{k}项重点工作任务落实落地见效，确保取得实效", "市农业农村局", "市水利局、市自然资源局", "2025年底前"] for k in range(1, 31)]
    f = write_ofd(tmp_path / "分工表.ofd", ["XX市重点任务分工表", [HEADER, *rows], "本表由市生态环境局负责解释。"], widths=[12, 56, 30, 36, 22], ruled=ruled)
    (table,) = read_document(f).tables
    assert [[c.text for c in r] for r in table.rows] == rows
    lead = [("市农业农村局", "lead"), ("市水利局", "support"), ("市自然资源局", "support")]
    assert _facts(extract_file(f)) == [(r[0], r[1], lead, ["2025年底前"]) for r in rows]


def test_a_header_like_line_in_prose_is_no_table(tmp_path):
    # near miss: labels without a serial column, and a sentence naming them
    f = write_ofd(tmp_path / "p.ofd", ["XX县2024年农村人居环境整治工作方案", "工作任务 牵头单位 责任单位",
                                       "请各责任单位于每月5日前报送序号、工作任务、牵头单位和责任单位等信息。"])
    doc = read_document(f)
    assert doc.tables == [] and doc.text.splitlines()[1] == "工作任务 牵头单位 责任单位"


def test_deltax_lists_written_out():
    assert _deltas("g 3 1.2 0.5") == [1.2, 1.2, 1.2, 0.5]
    assert _deltas("1 2 g 2 3") == [1.0, 2.0, 3.0, 3.0]
    assert _deltas("1 x 2") == [1.0]  # a damaged list stops where it breaks


def test_an_ofd_without_its_suffix_is_sniffed(tmp_path):
    f = write_ofd(tmp_path / "plan.ofd", ["XX县2024年农村人居环境整治工作方案", "（一）推进农村厕所革命。（牵头单位：县农业农村局）"])
    g = tmp_path / "download"
    g.write_bytes(f.read_bytes())
    assert read_document(g).format == "ofd"
    assert _facts(extract_file(g)) == [("（一）", "推进农村厕所革命", [("县农业农村局", "lead")], [])]


def test_a_folder_expands_to_its_ofd_and_xls_files(tmp_path):
    for name in ("a.ofd", "b.xls", "c.et", "d.png"):
        (tmp_path / name).write_bytes(b"x")
    files, failures = collect_paths([tmp_path])
    assert [f.name for f in files] == ["a.ofd", "b.xls", "c.et"] and not failures


def _package(tmp_path: Path, name: str, parts: dict[str, str | bytes]) -> Path:
    f = tmp_path / name
    with zipfile.ZipFile(f, "w") as zf:
        for part, content in parts.items():
            zf.writestr(part, content)
    return f


_OFD_XML = '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>'
_DOCUMENT = '<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>'


def _page(objects: str) -> str:
    return f'<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="2">{objects}</ofd:Layer></ofd:Content></ofd:Page>'


def test_bad_ofd_files_are_one_line_each(tmp_path):
    scan = _page('<ofd:ImageObject ID="3" Boundary="0 0 210 297" ResourceID="5"/>')
    bomb = '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><p>&b;</p>'
    cases = {
        "cut.ofd": ((tmp_path / "x").write_bytes(b"PK\x03\x04 cut short") and None, "not a valid OFD (not a zip file"),
        "nofd.ofd": ({"Doc_0/Document.xml": _DOCUMENT}, "not a valid OFD (zip without OFD.xml)"),
        "scan.ofd": ({"OFD.xml": _OFD_XML, "Doc_0/Document.xml": _DOCUMENT, "Doc_0/Pages/Page_0/Content.xml": scan}, "OFD has no text (scanned images only?)"),
        "locked.ofd": ({"OFD.xml": _OFD_XML, "Encryptions.xml": "<Encryptions/>"}, "encrypted OFD"),
        "entity.ofd": ({"OFD.xml": _OFD_XML, "Doc_0/Document.xml": _DOCUMENT, "Doc_0/Pages/Page_0/Content.xml": bomb},
                       "Doc_0/Pages/Page_0/Content.xml declares a DTD or entities (not allowed in OFD): not read"),
        "noroot.ofd": ({"OFD.xml": _OFD_XML}, "damaged OFD (its DocRoot names no Document.xml in the package)"),
        "badxml.ofd": ({"OFD.xml": _OFD_XML, "Doc_0/Document.xml": "<ofd:Document"}, "damaged OFD (Doc_0/Document.xml: "),
    }
    for name, (parts, reason) in cases.items():
        f = _package(tmp_path, name, parts) if parts else tmp_path / name
        if parts is None:
            f.write_bytes(b"PK\x03\x04 cut short")
        with pytest.raises(ReadError) as err:
            read_document(f)
        assert err.value.reason.startswith(reason), (name, err.value.reason)
        assert "\n" not in err.value.reason


def test_glyph_codes_kept_instead_of_text(tmp_path):
    """A writer that kept an embedded font's codes (private use characters) wrote no text: a
    page of them is one line; a few among text are dropped with a note. (And a DeltaX run of
    a hundred billion is cut to the glyphs there are; a part named with backslashes found.)"""

    def ofd(name: str, text: str) -> Path:
        obj = f'<ofd:TextObject ID="3" Boundary="20 20 170 10" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="g 99999999999 5">{text}</ofd:TextCode></ofd:TextObject>'
        return _package(tmp_path, name, {"OFD.xml": _OFD_XML, "Doc_0/Document.xml": _DOCUMENT,
                                         "Doc_0\\Pages\\Page_0\\Content.xml": _page(obj)})

    with pytest.raises(ReadError, match=r": OFD text cannot be mapped to characters \(8 unmapped glyphs"):
        read_document(ofd("codes.ofd", "\ue001\ue002\ue003\ue004\ue005\ue006\ue007\ue008"))
    doc = read_document(ofd("few.ofd", "推进农村\ue001厕所革命工作"))
    assert doc.text.strip() == "推进农村厕所革命工作"
    assert "1 glyphs of the OFD could not be mapped to characters and were dropped" in doc.warnings


def test_an_ofd_part_larger_than_the_limit_is_not_read(tmp_path, monkeypatch):
    import respgraph.ofd as ofd

    monkeypatch.setattr(ofd, "_MAX_PART", 1000)
    text = '<ofd:TextObject ID="3" Boundary="20 20 170 10" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="g 9 5">一二三四五六七八九十</ofd:TextCode></ofd:TextObject>'
    f = _package(tmp_path, "big.ofd", {"OFD.xml": _OFD_XML, "Doc_0/Document.xml": _DOCUMENT, "Doc_0/Pages/Page_0/Content.xml": _page(text * 20)})
    with pytest.raises(ReadError, match=r": Doc_0/Pages/Page_0/Content.xml is larger than 0 MB: not read$"):
        read_document(f)


def test_textcodes_placed_by_boundary_ctm_and_running_on(tmp_path):
    """One TextObject in points under a CTM, its second TextCode without X (it goes on where
    the first ended), a second line from another object; a page of images and a page the
    package lacks beside it."""
    k = 25.4 / 72
    objs = (
        f'<ofd:TextObject ID="3" Boundary="28 40 160 10" CTM="{k} 0 0 {k} 0 0" Size="16">'
        '<ofd:TextCode X="0" Y="16" DeltaX="g 4 16">推进农村</ofd:TextCode><ofd:TextCode Y="16" DeltaX="g 3 16">厕所革命。</ofd:TextCode></ofd:TextObject>'
        '<ofd:TextObject ID="4" Boundary="28 50 160 10" Size="5.6"><ofd:TextCode X="0" Y="5.6">（牵头单位：县农业农村局）</ofd:TextCode></ofd:TextObject>'
    )
    scan = _page('<ofd:ImageObject ID="3" Boundary="0 0 210 297" ResourceID="5"/>')
    doc_xml = _DOCUMENT.replace("</ofd:Pages>", '<ofd:Page ID="2" BaseLoc="/Doc_0/Pages/Page_1/Content.xml"/><ofd:Page ID="3" BaseLoc="Pages/Page_9/Content.xml"/></ofd:Pages>')
    f = _package(tmp_path, "p.ofd", {"OFD.xml": _OFD_XML, "Doc_0/Document.xml": doc_xml, "Doc_0/Pages/Page_0/Content.xml": _page(objs),
                                     "Doc_0/Pages/Page_1/Content.xml": scan})
    doc = read_document(f)
    assert doc.text.splitlines() == ["推进农村厕所革命。", "（牵头单位：县农业农村局）"]
    # one TextCode over two lines: a DeltaX back to the left margin with a DeltaY down
    two = '<ofd:TextObject ID="3" Boundary="28 40 160 20" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="g 2 5 -10 g 2 5" DeltaY="g 2 0 8 g 2 0">甲乙丙丁戊己</ofd:TextCode></ofd:TextObject>'
    g = _package(tmp_path, "two.ofd", {"OFD.xml": _OFD_XML, "Doc_0/Document.xml": _DOCUMENT, "Doc_0/Pages/Page_0/Content.xml": _page(two)})
    assert read_document(g).text.splitlines() == ["甲乙丙", "丁戊己"]
    assert doc.warnings == ["1 pages of the OFD are images without text (scanned?); their text is not read",
                            "1 pages listed in the OFD are missing from its package (damaged file?)"]


def test_rules_that_are_no_task_table(tmp_path):
    """A box around a 专栏 and the red line under a 红头 are no table; nor is a grid of
    thousands of cells (a drawing), which is read as text, quickly."""
    text = ('<ofd:TextObject ID="3" Boundary="30 60 150 10" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="g 11 5">专栏1 重点工程项目清单</ofd:TextCode></ofd:TextObject>'
            '<ofd:TextObject ID="4" Boundary="60 30 150 10" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="g 9 5">XX县人民政府办公室文件</ofd:TextCode></ofd:TextObject>')
    box = '<ofd:PathObject ID="5" Boundary="28 55 154 30"><ofd:AbbreviatedData>M 0 0 L 154 0 L 154 30 L 0 30 C</ofd:AbbreviatedData></ofd:PathObject>'
    red = '<ofd:PathObject ID="6" Boundary="28 45 154 1"><ofd:AbbreviatedData>M 0 0.5 L 154 0.5</ofd:AbbreviatedData></ofd:PathObject>'
    grid = "".join(f'<ofd:PathObject ID="7" Boundary="0 0 210 297"><ofd:AbbreviatedData>M 10 {10 + k * 1.8} L 200 {10 + k * 1.8} M {5 + k * 1.3} 5 L {5 + k * 1.3} 280</ofd:AbbreviatedData></ofd:PathObject>'
                   for k in range(150))
    for name, paths in (("box.ofd", box + red), ("grid.ofd", grid)):
        f = _package(tmp_path, name, {"OFD.xml": _OFD_XML, "Doc_0/Document.xml": _DOCUMENT, "Doc_0/Pages/Page_0/Content.xml": _page(text + paths)})
        doc = read_document(f)
        assert doc.tables == [] and "专栏1 重点工程项目清单" in doc.text and "\t" not in doc.text, name


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8"])
def test_a_dtd_is_refused_in_any_encoding(encoding):
    # a UTF-16 part hid <!DOCTYPE from the byte search, and its entities were expanded (review finding)
    from respgraph.ofd import OfdError, parse_xml

    bomb = f'<?xml version="1.0" encoding="{encoding.upper()}"?><!DOCTYPE r [<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;">]><r>&b;</r>'
    raw = bomb.encode(encoding)
    with pytest.raises(OfdError, match="declares a DTD or entities"):
        parse_xml(raw, "Content.xml", "OFD")
    # near miss: the same part without its DTD is read
    plain = f'<?xml version="1.0" encoding="{encoding.upper()}"?><r>文字</r>'
    assert parse_xml(plain.encode(encoding), "Content.xml", "OFD").text == "文字"
    # an encoding expat cannot read is a damaged part, not a traceback
    with pytest.raises(OfdError, match="damaged OFD"):
        parse_xml('<?xml version="1.0" encoding="UTF-16-BE"?><r/>'.encode("utf-16-be"), "Content.xml", "OFD")
