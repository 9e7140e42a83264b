"""read_document on real plan text in every supported format and encoding, and on bad input."""

from __future__ import annotations

import doctest
import io
import re
import zipfile
from pathlib import Path

import pytest

from conftest import CHANGJIANG, SEEDS, XXZONE, YUSHUI
from respgraph import read as read_module
from respgraph.clean import clean_text
from respgraph.read import ReadError, decode_text, read_document

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


def _seed(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _paragraphs(path: Path, n: int, min_len: int = 30) -> list[str]:
    return [p.strip() for p in _seed(path).split("\n") if len(p.strip()) >= min_len][:n]


# --------------------------------------------------------------------------- txt and encodings


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:12])
def test_seeds_read_as_utf8_text(path):
    doc = read_document(path)
    assert doc.format == "txt"
    assert doc.encoding == "utf-8"
    assert doc.script == "simplified"
    assert doc.raw_text == _seed(path)
    assert (doc.text, doc.offsets) == clean_text(doc.raw_text)


def test_utf8_bom(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes(b"\xef\xbb\xbf" + YUSHUI.read_bytes())
    doc = read_document(f)
    assert doc.encoding == "utf-8-sig"
    assert doc.text == read_document(YUSHUI).text


@pytest.mark.parametrize("encoding", ["gb18030", "gbk"])
def test_gb_encoded_copy_decodes_to_the_same_text(tmp_path, encoding):
    f = tmp_path / f"yushui-{encoding}.txt"
    f.write_bytes(_seed(YUSHUI).encode(encoding))
    doc = read_document(f)
    assert doc.encoding == "gb18030"  # GBK is a subset, decoded as GB18030
    assert doc.raw_text == _seed(YUSHUI)
    assert doc.text == read_document(YUSHUI).text


def test_big5_encoded_traditional_copy(tmp_path):
    from opencc import OpenCC

    traditional = OpenCC("s2tw").convert(_seed(XXZONE))
    data = traditional.encode("big5")  # raises if a character had no Big5 code
    f = tmp_path / "xxzone-big5.txt"
    f.write_bytes(data)
    doc = read_document(f)
    assert doc.encoding == "big5"
    assert doc.raw_text == traditional
    assert doc.script == "traditional"
    assert doc.text.startswith("XXXX投资区深入打好污染防治攻坚战实施方案")
    assert "区农林水与生态环境局" in doc.text and "下载积分" not in doc.text


def test_traditional_text_is_simplified_and_keeps_raw(tmp_path):
    from opencc import OpenCC

    traditional = OpenCC("s2tw").convert(_seed(CHANGJIANG))
    f = tmp_path / "changjiang-trad.txt"
    f.write_text(traditional, encoding="utf-8")
    doc = read_document(f)
    assert doc.script == "traditional"
    assert doc.raw_text == traditional
    assert doc.text == read_document(CHANGJIANG).text
    assert any("traditional" in w for w in doc.notes)
    # offsets still point at the (traditional) raw characters
    i = doc.text.index("区环保局")
    assert doc.raw_text[doc.offsets[i] : doc.offsets[i] + 4] == "區環保局"


def test_scraped_document_reads_from_title(tmp_path):
    doc = read_document(XXZONE)
    assert doc.text.startswith("XXXX投资区深入打好污染防治攻坚战实施方案")
    assert "区农林水与生态环境局" in doc.text and "污染防治" in doc.text
    assert "下载积分" not in doc.text
    assert any("boilerplate" in w for w in doc.notes)
    span = re.search("区农林水与生态环境局", doc.text).span()
    from respgraph.records import Span

    raw = doc.raw_span(Span(*span)).slice(doc.raw_text)
    assert raw.replace(" ", "") == "区农林水与生态环境局"


def test_undecodable_bytes():
    # Shift-JIS Japanese is neither UTF-8 nor plausible Chinese in GB18030/Big5.
    data = ("日本語のテキストです。これは計画書ではありません。" * 20).encode("shift_jis")
    with pytest.raises(ReadError) as err:
        decode_text(data, "x.txt")
    assert err.value.reason.startswith("could not decode text (tried utf-8, gb18030, big5")


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\r\n\t ", "empty file"),
        ("nul.txt", b"\x00\x01\x02\x03binary\x00\x00" * 50, "binary file, not a plan document"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary file, not a plan document (PNG image)"),
        ("cut.doc", b"\xd0\xcf\x11\xe0whatever", "not a valid .doc (not an OLE compound file; save it as .docx)"),
        ("old.wps", b"WPS text of an old version", "not a valid .wps (not an OLE compound file; save it as .docx)"),
        ("old.xls", b"\xd0\xcf\x11\xe0whatever", "not a valid .xls (cut or damaged OLE compound file)"),
        ("broken.xlsx", b"PK\x03\x04not really a zip", "not a valid .xlsx (BadZipFile: File is not a zip file)"),
    ],
)
def test_bad_text_files(tmp_path, name, data, reason):
    f = tmp_path / name
    f.write_bytes(data)
    with pytest.raises(ReadError) as err:
        read_document(f)
    assert err.value.reason == reason and str(err.value) == f"{err.value.path}: {reason}"
    assert err.value.path == str(f)


def test_missing_file(tmp_path):
    with pytest.raises(ReadError, match="file not found"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(ReadError, match="directory"):
        read_document(tmp_path)


# --------------------------------------------------------------------------- docx

HEADER = ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"]


def _task_rows() -> list[list[str]]:
    """Task rows taken from the 昌江 plan's real 〔牵头单位：…；责任单位：…〕 clauses."""
    rows = []
    for line in _seed(CHANGJIANG).split("\n"):
        m = re.match(r"(\d+)\.([^。]+)。.*〔牵头单位[：:]([^；;]+)[；;]责任单位[：:]([^〕]+)〕", line)
        if m:
            rows.append([m.group(1), m.group(2), m.group(3), m.group(4), "2020年底前"])
    assert len(rows) >= 10
    return rows[:4]


def _build_docx(path: Path) -> tuple[list[str], list[list[str]]]:
    import docx

    paras = _paragraphs(YUSHUI, 3)
    rows = _task_rows()
    d = docx.Document()
    d.add_paragraph(paras[0])
    d.add_paragraph(paras[1])
    t = d.add_table(rows=1 + len(rows), cols=len(HEADER))
    for j, h in enumerate(HEADER):
        t.cell(0, j).text = h
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    # a cell with two paragraphs: two agencies on two lines
    cell = t.cell(1, 3)
    cell.text = "区工信委"
    cell.add_paragraph("区发改委")
    d.add_paragraph(paras[2])
    d.save(str(path))
    return paras, rows


def test_docx_paragraphs_and_task_table_in_order(tmp_path):
    f = tmp_path / "plan.docx"
    paras, rows = _build_docx(f)
    doc = read_document(f)
    assert doc.format == "docx" and doc.encoding == ""
    assert len(doc.tables) == 1
    table = doc.tables[0]
    assert table.header == HEADER
    assert "牵头单位" in table.header and "责任单位" in table.header
    assert len(table.rows) == len(rows)
    lead = table.header.index("牵头单位")
    assert [r[lead].text for r in table.rows] == [r[2] for r in rows]
    assert table.rows[0][3].text == "区工信委  区发改委"
    # every cell span slices its text out of Document.text
    for row in table.rows:
        for c in row:
            assert c.span.slice(doc.text) == c.text
    # document order: paragraph, paragraph, table, paragraph
    p0 = doc.text.index(clean_text(paras[0])[0])
    p2 = doc.text.index(clean_text(paras[2])[0])
    assert p0 < table.span.start < table.span.end < p2
    # rendered one row per line, tab-separated, with a blank line around the table
    block = table.span.slice(doc.text)
    lines = block.split("\n")
    assert lines[0] == "\t".join(HEADER)
    assert lines[1].split("\t")[2] == rows[0][2]
    assert doc.text[table.span.start - 2 : table.span.start] == "\n\n"
    assert doc.text[table.span.end : table.span.end + 2] == "\n\n"


def test_docx_merged_cells(tmp_path):
    import docx

    d = docx.Document()
    t = d.add_table(rows=3, cols=3)
    for j, h in enumerate(["任务", "牵头单位", "配合单位"]):
        t.cell(0, j).text = h
    t.cell(1, 0).text = "推进燃煤锅炉淘汰"
    t.cell(2, 0).text = "加强扬尘污染防治"
    lead = t.cell(1, 1).merge(t.cell(2, 1))  # one lead for both rows
    lead.text = "区生态环境局"
    t.cell(1, 2).text = "区市场监管局"
    t.cell(2, 2).text = "区住建局"
    f = tmp_path / "merged.docx"
    d.save(str(f))
    doc = read_document(f)
    rows = doc.tables[0].rows
    assert [r[1].text for r in rows] == ["区生态环境局", "区生态环境局"]
    assert [r[2].text for r in rows] == ["区市场监管局", "区住建局"]


def test_zip_renamed_docx(tmp_path):
    f = tmp_path / "fake.docx"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", _seed(YUSHUI)[:200])
    f.write_bytes(buf.getvalue())
    with pytest.raises(ReadError) as err:
        read_document(f)
    assert err.value.reason == "not a valid .docx (zip without word/document.xml)"


def test_corrupt_docx(tmp_path):
    good = tmp_path / "plan.docx"
    _build_docx(good)
    data = good.read_bytes()
    bad = tmp_path / "corrupt.docx"
    bad.write_bytes(data[: len(data) // 2])
    # half a zip (a download stopped part way) says it was cut off, not that it is of the wrong kind
    with pytest.raises(ReadError, match=r": a \.docx cut off before its end \(its zip directory is missing\)"):
        read_document(bad)
    text_as_docx = tmp_path / "text.docx"
    text_as_docx.write_bytes(YUSHUI.read_bytes())
    with pytest.raises(ReadError, match="not a zip file"):
        read_document(text_as_docx)


# --------------------------------------------------------------------------- pdf


def _pdf(paragraphs: list[str], *, user_password: str | None = None, owner_password: str | None = None) -> bytes:
    from fpdf import FPDF

    assert FONT.exists(), "fonts-wqy-microhei is needed (scripts/install-system-deps.sh)"
    pdf = FPDF()
    pdf.add_font("wqy", fname=str(FONT))
    pdf.set_font("wqy", size=11)
    for p in paragraphs:
        pdf.add_page()
        pdf.multi_cell(0, 7, p)
    if owner_password is not None:
        pdf.set_encryption(owner_password=owner_password, user_password=user_password)
    return bytes(pdf.output())


def test_pdf_with_cjk_text_round_trips(tmp_path):
    paras = _paragraphs(YUSHUI, 3, min_len=60)
    f = tmp_path / "plan.pdf"
    f.write_bytes(_pdf(paras))
    doc = read_document(f)
    assert doc.format == "pdf" and doc.encoding == ""
    flat = re.sub(r"\s+", "", doc.text)
    for p in paras:
        assert re.sub(r"\s+", "", p) in flat
    # pages come in order
    assert flat.index(re.sub(r"\s+", "", paras[0])) < flat.index(re.sub(r"\s+", "", paras[2]))


def test_a_watermark_across_pdf_prose_is_left_out(tmp_path):
    # a portal's stamp set across each page at a slant: its glyphs were read into the lines they
    # cross (市站水务局 / 牵头单民位)
    from fpdf import FPDF

    paras = _paragraphs(YUSHUI, 3, min_len=60)
    pdf = FPDF()
    pdf.add_font("wqy", fname=str(FONT))
    pdf.add_page()
    pdf.set_font("wqy", size=14)
    for p in paras:
        pdf.multi_cell(0, 9, p, new_x="LMARGIN", new_y="NEXT")
    with pdf.local_context():
        pdf.set_font("wqy", size=40)
        pdf.set_text_color(220, 220, 220)
        with pdf.rotation(35, x=105, y=100):
            pdf.text(30, 100, "某市人民政府网站")
    f = tmp_path / "stamped.pdf"
    f.write_bytes(bytes(pdf.output()))
    flat = re.sub(r"\s+", "", read_document(f).text)
    assert "".join(re.sub(r"\s+", "", p) for p in paras) == flat
    # a glyph turned a quarter (a landscape table on a portrait page) or set in italic is no watermark
    from respgraph.pdf_text import _slanted

    assert not _slanted({"matrix": (0, 1, -1, 0, 0, 0)}) and not _slanted({"matrix": (1, 0, 0.2, 1, 0, 0)})
    assert _slanted({"matrix": (0.82, 0.57, -0.57, 0.82, 0, 0)})


def test_pdf_with_empty_user_password_opens(tmp_path):
    paras = _paragraphs(YUSHUI, 1, min_len=60)
    f = tmp_path / "owner-only.pdf"
    f.write_bytes(_pdf(paras, owner_password="owner"))
    assert re.sub(r"\s+", "", paras[0]) in re.sub(r"\s+", "", read_document(f).text)


def test_encrypted_pdf(tmp_path):
    f = tmp_path / "locked.pdf"
    f.write_bytes(_pdf(_paragraphs(YUSHUI, 1), owner_password="owner", user_password="secret"))
    with pytest.raises(ReadError) as err:
        read_document(f)
    assert err.value.reason == "encrypted PDF"


def test_pdf_without_text_layer(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")  # a "scan": graphics only
    f = tmp_path / "scan.pdf"
    f.write_bytes(bytes(pdf.output()))
    with pytest.raises(ReadError) as err:
        read_document(f)
    assert err.value.reason == "PDF has no text layer (scanned image?)"


def test_truncated_pdf(tmp_path):
    f = tmp_path / "broken.pdf"
    f.write_bytes(b"%PDF-1.7\n" + b"garbage " * 100)
    with pytest.raises(ReadError, match="PDF"):
        read_document(f)


# --------------------------------------------------------------------------- html


def _html(paras: list[str], rows: list[list[str]], charset: str) -> str:
    body_rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"""<!DOCTYPE html><html><head><meta charset="{charset}"><title>站点标题</title>
<style>p {{ color: red }}</style><script>var x = "脚本里的字";</script></head>
<body><nav><a href="/">首页</a> | <a href="/xw">新闻中心</a></nav>
<div class="article"><h1>{paras[0]}</h1>
<p>{paras[1][:20]}
{paras[1][20:]}</p><p>{paras[2]}<br>第二行</p>
<table><thead><tr>{"".join(f"<th>{h}</th>" for h in HEADER)}</tr></thead>
<tbody>{body_rows}<tr><td colspan="5">以下均需各乡镇（街道）落实</td></tr></tbody></table>
<p>{paras[3]}</p></div><footer>版权所有 网站标识码</footer></body></html>"""


def test_html_blocks_tables_and_dropped_chrome(tmp_path):
    paras = _paragraphs(YUSHUI, 4)
    rows = _task_rows()
    f = tmp_path / "plan.html"
    f.write_bytes(_html(paras, rows, "gb2312").encode("gb18030"))
    doc = read_document(f)
    assert doc.format == "html" and doc.encoding == "gb18030"
    for gone in ("脚本里的字", "color", "首页", "新闻中心", "站点标题", "网站标识码"):
        assert gone not in doc.text
    lines = doc.text.split("\n")
    assert clean_text(paras[0])[0] in lines  # the h1 is its own line
    assert clean_text(paras[1])[0] in lines  # the source line break inside <p> is no break
    assert "第二行" in lines  # <br> is a line break
    table = doc.tables[0]
    assert table.header == HEADER
    assert [r[2].text for r in table.rows[:-1]] == [r[2] for r in rows]
    assert [c.text for c in table.rows[-1]] == ["以下均需各乡镇（街道）落实", "", "", "", ""]
    for row in table.rows:
        for c in row:
            assert c.span.slice(doc.text) == c.text
    assert doc.text.index(clean_text(paras[2])[0]) < table.span.start
    assert table.span.end < doc.text.index(clean_text(paras[3])[0])


def test_html_rowspan_repeats_down(tmp_path):
    f = tmp_path / "rowspan.htm"
    f.write_text(
        "<table><tr><th>任务</th><th>牵头单位</th></tr>"
        "<tr><td>推进燃煤锅炉淘汰</td><td rowspan='2'>区生态环境局</td></tr>"
        "<tr><td>加强扬尘污染防治</td></tr></table>",
        encoding="utf-8",
    )
    doc = read_document(f)
    assert [[c.text for c in r] for r in doc.tables[0].rows] == [
        ["推进燃煤锅炉淘汰", "区生态环境局"],
        ["加强扬尘污染防治", "区生态环境局"],
    ]


def test_doctests():
    assert doctest.testmod(read_module).failed == 0


@pytest.mark.parametrize("footer", [
    '<div class="footer">主办单位：XX县人民政府办公室 承办单位：XX县大数据中心</div>',  # marked as furniture
    '<div>主办单位：XX县人民政府办公室 承办单位：XX县大数据中心</div>',  # one bare footer line
])
def test_portal_page_furniture_is_not_read_as_a_clause(tmp_path, footer):
    """A portal's breadcrumb and 主办单位：…承办单位：… footer are page furniture: before, the
    footer became a task led by the site's operator."""
    from respgraph.extract import extract_file

    f = tmp_path / "portal.html"
    f.write_text(
        '<html><body><div class="breadcrumb">首页 > 政务公开 > 政策文件</div><div class="article">'
        "<h2>XX县2024年大气污染防治工作方案</h2><p>一、重点任务</p>"
        "<p>1.开展燃煤锅炉综合整治。（牵头单位：县生态环境局；责任单位：县市场监管局）</p>"
        "<p>二、保障措施</p><p>各乡镇、各部门要高度重视，加强组织领导。</p></div>"
        f"{footer}</body></html>", encoding="utf-8")
    doc = read_document(f)
    assert "主办单位" not in doc.text and "政务公开" not in doc.text
    plan = extract_file(f)
    assert [(t.title, [m.text for m in t.mentions]) for t in plan.tasks] == [
        ("开展燃煤锅炉综合整治", ["县生态环境局", "县市场监管局"])]


# Portal pages as researchers save them: pinyin-class menus and breadcrumbs (导航 daohang,
# 位置 weizhi), a 政府信息公开 metadata table above the text, a TRS editor's <style>, old
# pages laid out in tables, <dl> metadata, <pre> text, 责任编辑/上一篇/下一篇 under the text.
_PORTAL_TASKS = (
    "<p style='text-indent:2em'>一、重点任务</p>"
    "<p style='text-indent:2em'>（一）推进燃煤锅炉综合整治。全面淘汰10蒸吨以下燃煤锅炉。（牵头单位：市生态<span>环境局</span>；配合单位：市市场监管局）</p>"
    "<p style='text-indent:2em'>（二）加强扬尘污染管控。（责任单位：市住房城乡建设局、市城市管理局）</p>"
)
_PORTAL_FACTS = [
    ("推进燃煤锅炉综合整治", [("市生态环境局", "lead"), ("市市场监管局", "support")]),
    ("加强扬尘污染管控", [("市住房城乡建设局", "lead"), ("市城市管理局", "support")]),
]
_PORTAL_NAV = (
    '<div class="dh"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zjgz/">走进赣州</a></li></ul></div>'
    '<div class="weizhi">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>'
)
_PORTAL_META = (
    '<table class="xxgk_table"><tr><td>索&nbsp;引&nbsp;号：</td><td>11360700MB1E38924K/2023-00123</td><td>主题分类：</td><td>环境保护</td></tr>'
    "<tr><td>发文机关：</td><td>赣州市人民政府办公室</td><td>成文日期：</td><td>2023-03-20</td></tr>"
    '<tr><td>标&nbsp;&nbsp;&nbsp;&nbsp;题：</td><td colspan="3">赣州市2023年大气污染防治工作方案</td></tr>'
    "<tr><td>发文字号：</td><td>赣市府办字〔2023〕15号</td><td>发布日期：</td><td>2023-03-24</td></tr></table>"
)


def _facts(plan):
    return [(t.title, [(m.text, m.role) for m in t.mentions]) for t in plan.tasks]


def test_portal_page_metadata_table_and_pinyin_chrome(tmp_path):
    """Before: the menu line 走进赣州 ran into the title, the title was 标题：赣州市…, no date."""
    from respgraph.extract import extract_file

    f = tmp_path / "trs.html"
    f.write_text(
        f"<html><body>{_PORTAL_NAV}{_PORTAL_META}<div class='title'><h1>赣州市2023年大气污染防治工作方案</h1></div>"
        "<div class='TRS_Editor'><style>.TRS_Editor P{font-family:宋体;}</style>" + _PORTAL_TASKS + "</div>"
        "<div class='dyan'>【<a href='javascript:window.print()'>打印本页</a>】【<a href='javascript:window.close()'>关闭窗口</a>】</div>"
        "<div class='dibu'>主办单位：赣州市人民政府办公室 承办单位：赣州市大数据中心</div></body></html>",
        encoding="utf-8",
    )
    doc = read_document(f)
    assert doc.text.startswith("索引号：11360700MB1E38924K/2023-00123\n主题分类：环境保护\n发文机关：赣州市人民政府办公室\n")
    assert not doc.tables  # the metadata table is read as labelled lines, not a table of tasks
    for gone in ("首页", "政务公开", "走进", "宋体", "打印", "主办单位"):
        assert gone not in doc.text
    plan = extract_file(f)
    m = plan.meta
    assert (m.title, m.issuers, m.date, m.jurisdiction, m.doc_number) == (
        "赣州市2023年大气污染防治工作方案", ["赣州市人民政府办公室"], "2023-03-20", "赣州市", "赣市府办字〔2023〕15号")
    assert _facts(plan) == _PORTAL_FACTS
    for t in plan.tasks:
        for mention in t.mentions:
            assert mention.span.slice(doc.text) == mention.text


def test_portal_layout_tables_are_read_as_blocks(tmp_path):
    """An old portal lays the whole page out in nested tables: before, the text cell became one
    cell of a table (the plan one line) and no task was read."""
    from respgraph.extract import extract_file

    f = tmp_path / "old.htm"
    f.write_bytes(
        ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=gb2312'></head><body>"
         "<table width='1000'><tr><td class='nav_bg'><a href='/'>首页</a> | <a href='/zwgk'>政务公开</a></td></tr></table>"
         "<table><tr><td width='240'><table><tr><td>信息公开目录</td></tr><tr><td><a href='/a'>机构概况</a></td></tr>"
         "<tr><td><a href='/b'>政策文件</a></td></tr></table></td>"
         "<td><table><tr><td align='center'><b>安福县2023年大气污染防治工作方案</b></td></tr>"
         "<tr><td>" + _PORTAL_TASKS.replace("市", "县")
         + "<p align='right'>安福县人民政府办公室</p><p align='right'>2023年5月16日</p></td></tr></table></td></tr></table>"
         "</body></html>").encode("gb18030"))
    plan = extract_file(f)
    assert not plan.document.tables
    assert (plan.meta.title, plan.meta.jurisdiction, plan.meta.date) == ("安福县2023年大气污染防治工作方案", "安福县", "2023-05-16")
    assert _facts(plan) == [(t, [(n.replace("市", "县"), r) for n, r in ms]) for t, ms in _PORTAL_FACTS]


_NESTED_FIELDS = (
    "<tr><td>大气环境</td><td colspan=5><table border=1>{head}"
    "<tr><td>1</td><td>推进VOCs深度治理</td><td>区生态环境局</td><td>区科经委</td><td>2026年11月</td></tr>"
    "<tr><td>2</td><td>加强非道路移动机械监管</td><td>区建设交通委</td><td>区城管执法局</td><td>持续推进</td></tr></table></td></tr>"
    "<tr><td>水环境</td><td colspan=5><table border=1>{head}"
    "<tr><td>3</td><td>实施雨污混接改造</td><td>区水务局</td><td>各街镇</td><td>2026年10月</td></tr></table></td></tr>"
)
_NESTED_FACTS = [
    ("1", "大气环境", [("区生态环境局", "lead"), ("区科经委", "support")]),
    ("2", "大气环境", [("区建设交通委", "lead"), ("区城管执法局", "support")]),
    ("3", "水环境", [("区水务局", "lead"), ("各街镇", "support")]),
]


@pytest.mark.parametrize("outer_head, nested_head", [
    # each field's rows nested with their own header, the outer header naming the fields
    ("<tr><td>领域</td><td colspan=5>任务分工</td></tr>",
     "<tr><td>序号</td><td>任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>"),
    # the header typed once, in the outer table, the nested rows without one
    ("<tr><td>领域</td><td>序号</td><td>任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>", ""),
])
def test_portal_division_table_nested_in_field_cells(tmp_path, outer_head, nested_head):
    """A portal's 分工表 laid out as fields (领域 | [the field's rows]): before, the rows under one
    outer header were one cell each (no tasks), and nested rows with their own header lost their field."""
    from respgraph.extract import extract_file

    f = tmp_path / "nested.html"
    f.write_text("<html><head><meta charset='utf-8'><title>浦东新区2026年生态环境保护任务分工</title></head><body>"
                 "<p>浦东新区2026年生态环境保护任务分工</p><table border=1>" + outer_head
                 + _NESTED_FIELDS.format(head=nested_head) + "</table></body></html>", encoding="utf-8")
    plan = extract_file(f)
    assert [(t.number, t.section[-1], [(m.text, m.role) for m in t.mentions]) for t in plan.tasks] == _NESTED_FACTS
    text = plan.document.text
    assert all(text[m.span.start : m.span.end] == m.text for t in plan.tasks for m in t.mentions)


def test_portal_link_grid_beside_a_label_is_no_division_table(tmp_path):
    # near miss: a page laid out in a table, a short label beside a grid of links (no unit column):
    # the page's text is read as before, the grid no table of tasks
    from respgraph.extract import extract_file

    f = tmp_path / "grid.html"
    f.write_text("<html><head><meta charset='utf-8'></head><body><table><tr><td>相关链接</td><td><table>"
                 "<tr><td><a href='/a'>政策文件</a></td><td><a href='/b'>政策解读</a></td><td><a href='/c'>通知公告</a></td></tr>"
                 "<tr><td><a href='/d'>工作动态</a></td><td><a href='/e'>人事信息</a></td><td><a href='/f'>统计数据</a></td></tr>"
                 "</table></td></tr></table>" + _PORTAL_TASKS + "</body></html>", encoding="utf-8")
    assert _facts(extract_file(f)) == _PORTAL_FACTS


def test_portal_dl_metadata_pre_text_and_editor_line(tmp_path):
    from respgraph.extract import extract_file

    body = "\n".join(["宜黄县2023年大气污染防治工作方案", "一、重点任务",
                      "　　（一）推进燃煤锅炉综合整治。（牵头单位：县生态环境局；配合单位：县市场监管局）",
                      "", "　　　　宜黄县人民政府", "　　　　2023年9月15日"])
    f = tmp_path / "dl.html"
    f.write_text(
        "<html><body><div class='xxgk_top'><dl><dt>索 引 号：</dt><dd>361026/2023-0019</dd><dt>发布机构：</dt>"
        "<dd>宜黄县人民政府办公室</dd><dt>生成日期：</dt><dd>2023-09-14</dd></dl></div>"
        f"<pre>{body}</pre><div class='editor'>责任编辑：李明</div>"
        "<div class='pn'><p>上一篇：<a href='/1'>关于开展世界环境日宣传活动的通知</a></p><p>下一篇：<a href='/2'>宜黄县土壤污染防治工作要点</a></p></div>"
        "</body></html>", encoding="utf-8")
    doc = read_document(f)
    assert "发布机构：宜黄县人民政府办公室" in doc.text.split("\n")
    assert "宜黄县人民政府" in doc.text.split("\n")  # <pre> keeps its lines
    assert "责任编辑" not in doc.text and "上一篇" not in doc.text
    plan = extract_file(f)
    assert (plan.meta.title, plan.meta.date, plan.meta.jurisdiction) == ("宜黄县2023年大气污染防治工作方案", "2023-09-14", "宜黄县")
    assert _facts(plan) == [("推进燃煤锅炉综合整治", [("县生态环境局", "lead"), ("县市场监管局", "support")])]


def test_portal_near_misses_stay_text(tmp_path):
    """What looks like chrome but is the document's: a division table whose first column is
    labelled 名称, a paragraph with two links, an attachment line with one link, a two-column
    table of tasks (no layout table: two cells a row)."""
    f = tmp_path / "near.html"
    f.write_text(
        "<html><body><div class='content'><p>某县2024年水污染防治工作方案</p>"
        "<p>依据<a href='/l1'>《水污染防治法》</a>和<a href='/l2'>《河长制条例》</a>，制定本方案。</p>"
        "<table><tr><td>名称</td><td>牵头单位</td></tr><tr><td>开展入河排污口排查</td><td>县生态环境局</td></tr></table>"
        "<div>附件：<a href='/f.docx'>重点任务分工表.docx</a></div>"
        "<ul><li>推进城镇污水管网建设</li><li>加强饮用水水源地保护</li></ul>"
        # a site that links unit names wherever they stand (站内关键词链接)
        "<p>1.开展河道清障。（牵头单位：<span><a href='/j/1'>县水利局</a>、<a href='/j/2'>县林业局</a></span>）</p>"
        "<div>配合单位：<a href='/j/3'>县公安局</a>、<a href='/j/4'>县交通运输局</a>、<a href='/j/5'>县城管局</a></div></div></body></html>",
        encoding="utf-8")
    doc = read_document(f)
    lines = doc.text.split("\n")
    assert "依据《水污染防治法》和《河长制条例》，制定本方案。" in lines
    assert [[c.text for c in r] for r in doc.tables[0].rows] == [["开展入河排污口排查", "县生态环境局"]]
    assert "附件：重点任务分工表.docx" in lines
    assert "推进城镇污水管网建设" in lines
    assert "1.开展河道清障。（牵头单位：县水利局、县林业局）" in lines
    assert "配合单位：县公安局、县交通运输局、县城管局" in lines


def test_portal_division_tables_stay_tables(tmp_path):
    """Near misses of the menu and layout rules: unit names linked to their pages (one link a
    line in a cell's <div>), and a division table holding a small table in a task cell."""
    from respgraph.extract import extract_file

    f = tmp_path / "division.html"
    f.write_text(
        "<html><body><div class='TRS_Editor'><p>南城县2023年生态环境保护重点任务分工方案</p><table border=1>"
        "<tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th></tr>"
        "<tr><td>1</td><td><a href='/rw/1'>推进工业园区污水处理设施建设</a></td><td><a href='/jg/1'>县工业和信息化局</a></td>"
        "<td><div><a href='/jg/2'>县生态环境局</a><br><a href='/jg/3'>县住房城乡建设局</a></div></td></tr>"
        "<tr><td>2</td><td>推进黎滩河综合治理<table><tr><td>（1）城区段</td></tr><tr><td>（2）乡镇段</td></tr></table></td>"
        "<td>县水利局</td><td>县林业局</td></tr></table></div></body></html>", encoding="utf-8")
    plan = extract_file(f)
    assert len(plan.document.tables) == 1  # the division table (the small one is text of its cell)
    assert [[(m.text, m.role) for m in t.mentions] for t in plan.tasks] == [
        [("县工业和信息化局", "lead"), ("县生态环境局", "support"), ("县住房城乡建设局", "support")],
        [("县水利局", "lead"), ("县林业局", "support")],
    ]


def test_portal_text_beside_a_menu_column(tmp_path):
    """A one-row table laying out a menu column beside the text (no nested table): before, the
    whole plan was one cell and no task was read."""
    from respgraph.extract import extract_file

    f = tmp_path / "two-columns.html"
    f.write_text(
        "<html><body><table><tr><td class='left'><p><a href='/1'>机构概况</a></p><p><a href='/2'>政策文件</a></p></td>"
        "<td><p align='center'><b>金溪县2023年大气污染防治工作方案</b></p><p>为持续改善空气质量，制定本方案。</p>"
        + _PORTAL_TASKS.replace("市", "县") + "<p>二、保障措施</p><p>各乡镇要加强组织领导。</p>"
        "<p align='right'>金溪县人民政府</p><p align='right'>2023年10月10日</p></td></tr></table></body></html>", encoding="utf-8")
    plan = extract_file(f)
    assert not plan.document.tables
    assert (plan.meta.title, plan.meta.date) == ("金溪县2023年大气污染防治工作方案", "2023-10-10")
    assert _facts(plan) == [(t, [(n.replace("市", "县"), r) for n, r in ms]) for t, ms in _PORTAL_FACTS]


def test_portal_page_header_goes_and_a_document_header_stays(tmp_path):
    """A mobile page's <header> (返回, the site's name, 首页) is the page's; a <header> holding
    the document's <h1> is the document's, whether or not it sits in an <article>."""
    f = tmp_path / "m.html"
    f.write_text(
        "<html><body><header class='m-top'><a href='javascript:history.back()'>返回</a><span>吉安市人民政府</span><a href='/'>首页</a></header>"
        "<div class='art'><header><h1>吉安市2023年大气污染防治工作方案</h1></header><p>为持续改善空气质量，制定本方案。</p></div>"
        "</body></html>", encoding="utf-8")
    assert read_document(f).text.split("\n")[:2] == ["吉安市2023年大气污染防治工作方案", "为持续改善空气质量，制定本方案。"]


def test_ordered_list_items_carry_the_numbers_the_browser_draws(tmp_path):
    """A web editor (UEditor on a 政府网) writes numbered tasks as <ol><li>: the numbers are drawn
    by the browser, not in the text. Before: the tasks were read without numbers and the last
    chapter's only item ran into its heading (task 二 in place of task 3)."""
    from respgraph.extract import extract_file

    f = tmp_path / "ueditor.html"
    f.write_text(
        "<html><body><div class='TRS_Editor'><p style='text-align:center'>抚州市2019年河长制湖长制工作要点</p>"
        "<ol style='list-style-type: cjk-ideographic;' class=' list-paddingleft-2'><li><p>完善河湖长制组织体系</p></li></ol>"
        "<ol style='list-style-type: decimal;' class=' list-paddingleft-2'>"
        "<li><p>健全市、县、乡、村四级河湖长体系。（市河长办负责，各县区落实）</p></li>"
        "<li><p>完善河湖长制部门联动机制。（市河长办牵头，市公安局、市检察院配合）</p></li></ol>"
        "<ol start='2' style='list-style-type: cjk-ideographic;'><li>推进河湖生态修复</li></ol>"
        "<ol start='3'><li>实施抚河流域生态保护及综合治理工程。（市发改委牵头，各县区政府具体实施）</li></ol>"
        "<ul><li>各地各部门要于每季度末将工作进展情况报市河长办。</li></ul>"
        "<ol style='list-style-type:none'><li>附件：抚州市河湖名录</li></ol>"
        # near miss: a list inside a table cell is the row's text, unnumbered
        "<table border='1'><tr><td>序号</td><td>重点任务</td><td>牵头单位</td></tr>"
        "<tr><td>1</td><td><ol><li>开展排查</li><li>建立台账</li></ol></td><td>市水利局</td></tr></table>"
        "</div></body></html>", encoding="utf-8")
    doc = read_document(f)
    assert doc.text.split("\n")[1:8] == [
        "一、完善河湖长制组织体系", "1.健全市、县、乡、村四级河湖长体系。（市河长办负责，各县区落实）",
        "2.完善河湖长制部门联动机制。（市河长办牵头，市公安局、市检察院配合）", "二、推进河湖生态修复",
        "3.实施抚河流域生态保护及综合治理工程。（市发改委牵头，各县区政府具体实施）",
        "各地各部门要于每季度末将工作进展情况报市河长办。", "附件：抚州市河湖名录"]
    assert [[c.text for c in r] for r in doc.tables[0].rows] == [["1", "开展排查  建立台账", "市水利局"]]
    plan = extract_file(f)
    assert [(t.number, t.section, [(m.text, m.role) for m in t.mentions]) for t in plan.tasks] == [
        ("1", ["完善河湖长制组织体系"], [("市河长办", "lead"), ("各县区", "support")]),
        ("2", ["完善河湖长制组织体系"], [("市河长办", "lead"), ("市公安局", "support"), ("市检察院", "support")]),
        ("3", ["推进河湖生态修复"], [("市发改委", "lead"), ("各县区政府", "support")]),
        ("1", [], [("市水利局", "lead")]),
    ]


def test_portal_list_page_is_no_plan(tmp_path):
    """A page that only lists documents (a 政策文件 column page): no plan title from a link."""
    f = tmp_path / "list.html"
    f.write_text(
        "<html><body><div class='list'><ul>"
        + "".join(f"<li><a href='/{i}'>关于印发某区2023年第{i}项工作方案的通知</a><span>2023-0{i}-01</span></li>" for i in range(1, 5))
        + "</ul></div></body></html>", encoding="utf-8")
    with pytest.raises(ReadError, match="list or index page"):
        read_document(f)


def _mhtml(html: bytes, charset: str | None, transfer: str) -> bytes:
    """An MHTML archive as Chrome ('save as single file', quoted-printable, no charset in the
    part's header) or Word (单个文件网页 .mht, base64, charset gb2312) writes it."""
    import base64
    import quopri

    body = quopri.encodestring(html) if transfer == "quoted-printable" else base64.encodebytes(html)
    ctype = "text/html" + (f'; charset="{charset}"' if charset else "")
    b = "----MultipartBoundary--x1----"
    return (
        f'From: <Saved by Blink>\r\nSnapshot-Content-Location: https://www.example.gov.cn/a.shtml\r\nMIME-Version: 1.0\r\n'
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{b}"\r\n\r\n--{b}\r\n'
        f"Content-Type: {ctype}\r\nContent-Transfer-Encoding: {transfer}\r\nContent-Location: https://www.example.gov.cn/a.shtml\r\n\r\n"
    ).encode("ascii") + body + (
        f"\r\n--{b}\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        f".TRS_Editor P{{font-family:=E5=AE=8B=E4=BD=93;}}\r\n--{b}--\r\n"
    ).encode("ascii")


@pytest.mark.parametrize("name, encoding, charset, transfer", [
    ("chrome.mhtml", "utf-8", None, "quoted-printable"),  # the page's <meta> says utf-8
    ("word.mht", "gb18030", "gb2312", "base64"),
    ("no-suffix", "utf-8", None, "quoted-printable"),  # sniffed by its MIME header
])
def test_mhtml_single_file_pages(tmp_path, name, encoding, charset, transfer):
    """A browser's 'save as single file' and Word's 单个文件网页 wrap the page in MIME: before,
    the quoted-printable or base64 body was read as text (=E8=B5=A3…) and no task was found."""
    from respgraph.extract import extract_file

    page = ("<html><head><meta charset='utf-8'></head><body>" if encoding == "utf-8" else "<html><body>")
    page += ("<div class='TRS_Editor'><p>赣州市2023年大气污染防治工作方案</p>" + _PORTAL_TASKS
             + "<p align='right'>赣州市人民政府办公室</p><p align='right'>2023年3月20日</p></div></body></html>")
    f = tmp_path / name
    f.write_bytes(_mhtml(page.encode("utf-8" if encoding == "utf-8" else "gbk"), charset, transfer))
    plan = extract_file(f)
    assert (plan.document.format, plan.document.encoding) == ("html", encoding)
    assert "font-family" not in plan.document.text and "Content-Type" not in plan.document.text
    assert (plan.meta.title, plan.meta.date) == ("赣州市2023年大气污染防治工作方案", "2023-03-20")
    assert _facts(plan) == _PORTAL_FACTS


def test_mhtml_without_a_page_is_one_read_error(tmp_path):
    f = tmp_path / "images.mht"
    f.write_bytes(b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
                  b"Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n")
    with pytest.raises(ReadError, match="MHTML archive without an HTML page"):
        read_document(f)


# --------------------------------------------------------------------------- xlsx


def _division_workbook(path):
    """A 重点任务分工表 as offices keep it in Excel: a merged title row, a header, a 牵头单位
    cell merged down two rows, a real date in the deadline column, an empty second sheet."""
    import datetime

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任务分工"
    ws.append(["XX市2024年大气污染防治重点任务分工表"])
    ws.merge_cells("A1:E1")
    ws.append(HEADER)
    ws.append([1, "推进钢铁企业超低排放改造", "市生态环境局", "市工业和信息化局、市发展改革委", datetime.datetime(2024, 12, 31)])
    ws.append([2, "开展工业炉窑综合治理", None, "市工业和信息化局", "2024年10月底前"])
    ws.append([3, "加强施工扬尘管控", "市住房城乡建设局", "市城市管理局、市交通运输局", "长期坚持"])
    ws.merge_cells("C3:C4")
    wb.create_sheet("Sheet2")
    wb.save(path)


def test_xlsx_division_table_with_a_lead_merged_down_two_rows(tmp_path):
    from respgraph.extract import extract_file

    f = tmp_path / "分工表.xlsx"
    _division_workbook(f)
    doc = read_document(f)
    assert doc.format == "xlsx"
    assert doc.text.splitlines()[0] == "XX市2024年大气污染防治重点任务分工表"
    (table,) = doc.tables
    assert table.header == HEADER
    # the merged cell's value is the second row's too, and its span points at the one written
    lead2 = table.rows[1][2]
    assert lead2.text == "市生态环境局" and doc.text[lead2.span.start : lead2.span.end] == "市生态环境局"
    plan = extract_file(f)
    assert plan.meta.title == "XX市2024年大气污染防治重点任务分工表"
    got = [(t.number, t.title, [(m.text, m.role) for m in t.mentions], [d.text for d in t.deadlines]) for t in plan.tasks]
    assert got == [
        ("1", "推进钢铁企业超低排放改造", [("市生态环境局", "lead"), ("市工业和信息化局", "support"), ("市发展改革委", "support")], ["2024年12月31日"]),
        ("2", "开展工业炉窑综合治理", [("市生态环境局", "lead"), ("市工业和信息化局", "support")], ["2024年10月底前"]),
        ("3", "加强施工扬尘管控", [("市住房城乡建设局", "lead"), ("市城市管理局", "support"), ("市交通运输局", "support")], ["长期坚持"]),
    ]


def test_xlsx_units_on_lines_of_a_cell_after_a_group_name_are_two(tmp_path):
    """Units typed one a line in a cell (Alt+Enter), the first a company or bank whose name ends in
    集团 / 银行: before, 天津港集团⏎区发展改革委 was one unit (天津港集团区发展改革委)."""
    import openpyxl

    from respgraph.extract import extract_file

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["滨海新区2022年深入打好污染防治攻坚战重点任务清单"])
    ws.merge_cells("A1:E1")
    ws.append(["序号", "重点任务", "牵头单位", "配合单位", "完成时限"])
    ws.append([1, "加快港口集疏运结构调整，提高铁路运输比例", "区交通运输局", "天津港集团\n区发展改革委", "2022年12月"])
    ws.append([2, "加强涉企金融服务，落实普惠小微贷款支持政策", "区金融局", "人民银行滨海中心支行\n区财政局", "2022年12月"])
    ws.append([3, "推进城镇污水处理设施建设", "区水务局", "区城市管理委\n区生态环境局", "2022年10月"])
    f = tmp_path / "清单.xlsx"
    wb.save(f)
    got = [[(m.text, m.role) for m in t.mentions] for t in extract_file(f).tasks]
    assert got == [
        [("区交通运输局", "lead"), ("天津港集团", "support"), ("区发展改革委", "support")],
        [("区金融局", "lead"), ("人民银行滨海中心支行", "support"), ("区财政局", "support")],
        [("区水务局", "lead"), ("区城市管理委", "support"), ("区生态环境局", "support")],
    ]


def test_a_name_broken_over_a_wide_gap_stays_one():
    # near misses: a gap inside a name (市水利  局, an OCR or wrap gap) and one blank after 集团
    from respgraph.grammar.units import split_units

    assert [u.text for u in split_units("市水利  局", 0)] == ["市水利局"]
    assert [u.text for u in split_units("市城投集团  市政公用", 0)] == ["市城投集团市政公用"]
    assert [u.text for u in split_units("市城投集团  市水务局", 0)] == ["市城投集团", "市水务局"]


def test_xlsx_without_its_suffix_is_sniffed(tmp_path):
    f = tmp_path / "分工表.xlsx"
    _division_workbook(f)
    g = tmp_path / "download"
    g.write_bytes(f.read_bytes())
    assert read_document(g).format == "xlsx"


def test_a_directory_of_saved_pages_expands_to_them(tmp_path):
    """A site mirrored with wget keeps its .shtml names; a browser's single file is .mhtml."""
    from respgraph.pipeline import collect_paths

    for name in ("a.shtml", "b.mhtml", "c.mht", "d.html", "e.png"):
        (tmp_path / name).write_bytes(b"x")
    files, failures = collect_paths([tmp_path])
    assert [f.name for f in files] == ["a.shtml", "b.mhtml", "c.mht", "d.html"] and not failures
    f = tmp_path / "plan.shtml"
    f.write_text("<html><body><p>XX县2024年大气污染防治工作方案</p></body></html>", encoding="utf-8")
    assert read_document(f).format == "html"


def test_a_page_warns_of_what_it_does_not_read(tmp_path):
    """A portal often publishes the plan as an attached file, or as scanned pictures under the
    notice: the page reads as a notice without tasks, and says why."""
    notice = ("<html><body><p>章贡区人民政府办公室关于印发章贡区2023年大气污染防治工作方案的通知</p>"
              "<p>现将《章贡区2023年大气污染防治工作方案》印发给你们，请认真组织实施。</p>")
    f = tmp_path / "attached.html"
    f.write_text(notice + "<p>附件：<a href='./P020230301.pdf'>章贡区2023年大气污染防治工作方案.pdf</a></p></body></html>", encoding="utf-8")
    assert read_document(f).warnings == [
        "the page links 1 attached file (章贡区2023年大气污染防治工作方案.pdf); they are not read: a plan kept in one must be read from the file"]
    f = tmp_path / "scanned.html"
    f.write_text(notice + "".join(f"<p><img src='W2023{i}.jpg'></p>" for i in range(4)) + "</body></html>", encoding="utf-8")
    assert read_document(f).warnings == ["the page holds 4 images and little text: a plan scanned into images is not read"]
    # near miss: a plan in the page with a logo, a QR code and a banner is not 'scanned'
    f = tmp_path / "plan.html"
    f.write_text("<html><body><img src='logo.png'><img src='banner.jpg'><p>XX县2024年大气污染防治工作方案</p>"
                 + "<p>（一）推进燃煤锅炉综合整治。全面淘汰每小时10蒸吨及以下燃煤锅炉。（牵头单位：县生态环境局）</p>" * 20
                 + "<img src='qr.png'></body></html>", encoding="utf-8")
    assert read_document(f).warnings == []
