"""Hostile and broken files at the read stage: every case ends in a Document or in one
ReadError with a reason, and a file cut short keeps what it has.

The plain bad-file cases (empty, NULs, PNG, .doc, zip without document.xml, owner-locked
PDF) are in test_read.py; here are the ones a careless reader loses or crashes on.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from respgraph.extract import extract_file
from respgraph.read import ReadError, decode_text, read_document

from conftest import JINGDEZHEN, YUSHUI

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


def _flat(s: str) -> str:
    return re.sub(r"\s+", "", s)


# --------------------------------------------------------------------------- cut-off text


def _cut_inside_last_char(data: bytes, encoding: str, near: int) -> int:
    """A byte length at or after ``near`` that ends inside a multi-byte character."""
    for cut in range(near, len(data)):
        try:
            data[:cut].decode(encoding)
        except UnicodeDecodeError:
            return cut
    raise AssertionError("no multi-byte character after the cut point")


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_text_cut_inside_a_character_keeps_everything_before_it(tmp_path, encoding):
    # An interrupted download or copy ends mid-character; the whole file must not be lost.
    seed = YUSHUI.read_text(encoding="utf-8")
    data = seed.encode(encoding)
    cut = _cut_inside_last_char(data, encoding, len(data) // 2)
    f = tmp_path / f"cut-{encoding}.txt"
    f.write_bytes(data[:cut])
    doc = read_document(f)
    assert doc.encoding == encoding
    kept = data[:cut].decode(encoding, errors="ignore")
    assert _flat(doc.raw_text) == _flat(kept)
    assert "\ufffd" not in doc.text
    assert any("ends inside a character" in w for w in doc.warnings), doc.warnings
    # and the first half of the plan is still there to extract: the tasks before the cut
    plan = extract_file(f)
    assert plan.tasks[0].title == "大力推进碳达峰碳中和行动"
    assert len(plan.tasks) >= 10


def test_cut_with_bom_and_decode_text_notes():
    notes: list[str] = []
    text, enc = decode_text(b"\xef\xbb\xbf" + "深入打好污染防治攻坚战".encode()[:-2], "x.txt", notes)
    assert (text, enc) == ("深入打好污染防治攻坚", "utf-8-sig")
    assert notes == ["file ends inside a character (1 stray bytes dropped; truncated?)"]


def test_bad_bytes_in_the_middle_are_not_truncation():
    # A bad byte mid-file is no cut: the text after it is read too, the bad bytes are U+FFFD
    # and said in the notes (only an incomplete last character is dropped as truncation).
    data = "深入打好污染防治攻坚战。".encode() * 50
    broken = data[:300] + b"\xff\xfe\xfd" + data[300:]
    notes: list[str] = []
    text, enc = decode_text(broken, "x.txt", notes)
    assert enc == "utf-8" and text.count("\ufffd") == 3 and text.endswith("攻坚战。")
    assert notes == ["3 bytes are not UTF-8 (a damaged file?): each is read as U+FFFD, the text around it is kept"]
    assert not any(n.startswith("file ends inside") for n in notes)


def test_a_plan_with_a_few_bad_utf8_bytes_is_read_whole_and_warned(tmp_path):
    # a UTF-8 plan with two damaged bytes (one inside a task's text) keeps all its tasks and units
    text = ("宁夏回族自治区2025年生态环境工作要点\n一、重点任务\n"
            "1.开展黄河干流入河排污口整治。（牵头单位：自治区生态环境厅；配合单位：自治区水利厅）\n"
            "2.推进宁东能源化工基地减污降碳协同增效。（自治区发展改革委牵头，自治区生态环境厅配合）\n")
    data = text.encode()
    i = data.index("推进宁东".encode()) + 6
    f = tmp_path / "damaged.txt"
    f.write_bytes(data[:12] + b"\xe6\xb0" + data[12:i] + b"\xff" + data[i:])
    plan = extract_file(f)
    assert [(t.number, [(m.text, m.role) for m in t.mentions]) for t in plan.tasks] == [
        ("1", [("自治区生态环境厅", "lead"), ("自治区水利厅", "support")]),
        ("2", [("自治区发展改革委", "lead"), ("自治区生态环境厅", "support")]),
    ]
    assert "\ufffd" in plan.tasks[1].text  # the damage is not hidden: the task that holds it is flagged
    assert [t.flags for t in plan.tasks] == [[], ["unreadable_chars"]]
    assert any("not UTF-8" in w for w in plan.document.warnings)
    assert any(w.startswith("1 task holds characters the file does not give") and ": 2 推进" in w for w in plan.warnings), plan.warnings


@pytest.mark.parametrize("encoding", ["gb18030", "big5"])
def test_another_codecs_bytes_are_never_read_as_damaged_utf8(encoding):
    # near miss: a GB18030 or Big5 plan fails UTF-8 at nearly every Chinese character
    data = "深入打好污染防治攻坚战，推進燃煤鍋爐綜合整治。".encode(encoding, errors="ignore") * 30
    text, enc = decode_text(data, "x.txt")
    assert enc != "utf-8" and "\ufffd" not in text


# --------------------------------------------------------------------------- containers


def _zip(entries: dict[str, bytes | str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize(
    "entries, reason",
    [
        ({"plan.txt": "实施方案"}, "not a valid .docx (zip without word/document.xml)"),
        ({}, "not a valid .docx (zip without word/document.xml)"),
        ({"word/document.xml": "<w:document>不是XML"}, "not a valid .docx"),
        ({"word/document.xml": "", "[Content_Types].xml": ""}, "not a valid .docx"),
    ],
)
def test_zip_renamed_or_broken_docx_is_one_read_error(tmp_path, entries, reason):
    f = tmp_path / "plan.docx"
    f.write_bytes(_zip(entries))
    with pytest.raises(ReadError) as err:
        read_document(f)
    assert err.value.reason.startswith(reason)
    assert "\n" not in err.value.reason
    # the same through extraction: a ReadError, not some other exception type
    with pytest.raises(ReadError):
        extract_file(f)


def test_docx_extension_on_a_text_plan_is_not_read_as_text(tmp_path):
    f = tmp_path / "plan.docx"
    f.write_bytes(YUSHUI.read_bytes())
    # still refused, but the line says what the file is (tests/test_cli_user21.py)
    with pytest.raises(ReadError, match=r": not a valid \.docx \(not a zip file\); it is plain text: name it \.txt$"):
        read_document(f)


def _text_pdf(paragraph: str, **encryption) -> bytes:
    from fpdf import FPDF

    assert FONT.exists(), "fonts-wqy-microhei is needed (scripts/install-system-deps.sh)"
    pdf = FPDF()
    pdf.add_font("wqy", fname=str(FONT))
    pdf.set_font("wqy", size=11)
    pdf.add_page()
    pdf.multi_cell(0, 7, paragraph)
    if encryption:
        pdf.set_encryption(**encryption)
    return bytes(pdf.output())


def test_encrypted_pdf_is_a_read_error_through_extraction(tmp_path):
    f = tmp_path / "locked.pdf"
    f.write_bytes(_text_pdf("1.大力推进碳达峰碳中和行动。（牵头单位：区发改委）", owner_password="o", user_password="u-secret"))
    with pytest.raises(ReadError) as err:
        extract_file(f)
    assert err.value.reason == "encrypted PDF"
    assert "u-secret" not in err.value.reason


def test_image_only_pdf_is_a_scan_without_text(tmp_path):
    # A real scan: one page holding a picture of text and no text layer.
    from fpdf import FPDF
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGB", (800, 200), "white")
    ImageDraw.Draw(img).text((10, 80), "1.大力推进碳达峰碳中和行动。", fill="black", font=ImageFont.truetype(str(FONT), 32))
    png = tmp_path / "page.png"
    img.save(png)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(str(png), x=10, y=10, w=190)
    f = tmp_path / "scan.pdf"
    f.write_bytes(bytes(pdf.output()))
    with pytest.raises(ReadError) as err:
        extract_file(f)
    assert err.value.reason == "PDF has no text layer (scanned image?)"


def test_pdf_cut_in_half_is_a_read_error(tmp_path):
    data = _text_pdf("1.大力推进碳达峰碳中和行动。（牵头单位：区发改委）")
    f = tmp_path / "half.pdf"
    f.write_bytes(data[: len(data) // 2])
    try:
        doc = read_document(f)
    except ReadError as err:
        assert "PDF" in err.reason
    else:  # pypdf may recover the page from half a file; then the text must be right
        assert "碳达峰" in _flat(doc.text)


# --------------------------------------------------------------------------- markup bombs


def test_deeply_nested_html_is_one_read_error_or_text(tmp_path):
    f = tmp_path / "deep.html"
    depth = 50_000
    f.write_text("<html><body>" + "<div>" * depth + "<p>1.加强治理。（责任单位：区发改委）</p>" + "</div>" * depth + "</body></html>", encoding="utf-8")
    try:
        doc = read_document(f)
    except ReadError as err:
        assert err.reason == "document nested too deeply to read" or err.reason.startswith("could not parse HTML")
    else:
        assert "区发改委" in doc.text


def test_html_span_attributes_do_not_blow_up_a_small_file(tmp_path):
    # 60 KB of markup asking for 3,000 rows x 1,000 columns: padding cells carry no text, so
    # the reader must not build millions of them.
    f = tmp_path / "wide.html"
    f.write_text("<html><body><p>实施方案</p><table>" + "<tr><td colspan=1000>加强治理</td></tr>" * 3000 + "</table></body></html>", encoding="utf-8")
    doc = read_document(f)
    assert doc.text.count("加强治理") == 3000
    assert len(doc.text) < 200_000, len(doc.text)


def test_html_rowspan_bomb_is_bounded(tmp_path):
    # 1,000 cells each asking to fill 1,000 rows of 1,000 columns.
    f = tmp_path / "tall.html"
    f.write_text("<html><body><p>实施方案</p><table><tr>" + "<td rowspan=1000>加强</td>" * 1000 + "</tr>" + "<tr></tr>" * 1000 + "</table></body></html>", encoding="utf-8")
    try:
        doc = read_document(f)
    except ReadError as err:
        assert "table" in err.reason
    else:
        assert len(doc.text) < 2_000_000, len(doc.text)


def test_traditional_big5_plan_reads_as_simplified(tmp_path):
    text = JINGDEZHEN.read_text(encoding="utf-8")
    import opencc

    trad = opencc.OpenCC("s2t").convert(text)
    f = tmp_path / "trad.txt"
    f.write_bytes(trad.encode("big5", errors="ignore"))
    doc = read_document(f)
    assert doc.encoding in ("big5", "cp950") and doc.script == "traditional"
    assert "生态环境局" in doc.text


# --------------------------------------------------------------------------- one error type


@pytest.mark.parametrize("fmt, name, target", [("txt", "plan.txt", "decode_text"), ("html", "plan.html", "_extract_html")])
def test_reader_bug_becomes_one_read_error(tmp_path, monkeypatch, fmt, name, target):
    # Whatever goes wrong inside a format reader (a library bug on one odd file) surfaces as
    # ReadError with a reason, so a batch reports it and goes on.
    import respgraph.read as read_mod

    def broken(*a, **k):
        raise KeyError("boom")

    monkeypatch.setattr(read_mod, target, broken)
    f = tmp_path / name
    f.write_text("<html><body><p>某区实施方案</p></body></html>" if fmt == "html" else "某区实施方案\n", encoding="utf-8")
    with pytest.raises(ReadError) as err:
        read_document(f)
    assert err.value.reason == f"could not read {fmt} (KeyError: 'boom')"
    assert err.value.path == str(f)


def test_xlsx_with_one_cell_far_out_is_one_read_error(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "重点任务", "牵头单位"])
    ws["XFD1048576"] = "x"  # the sheet now spans 17 billion cells
    f = tmp_path / "far.xlsx"
    wb.save(f)
    with pytest.raises(ReadError, match=r"too large for a task list"):
        read_document(f)


def test_gb18030_text_of_a_pdf_with_kangxi_radicals_is_decoded(tmp_path):
    # text copied from a PDF whose fonts give Kangxi radicals for common characters, saved as
    # GB18030 (was refused: the radicals are no common characters, the decode looked implausible)
    text = ("延吉市水生态环境保护工作方案\n一、重点任务\n"
            "（⼀）开展⼊河排污⼝排查整治。（牵头单位：市⽣态环境局；配合单位：市⽔利局）\n"
            "（⼆）实施河道⽣态修复，建设⽣态缓冲带。（市⽔利局牵头，市⾃然资源局配合）\n") * 3
    f = tmp_path / "pdf-copied.txt"
    f.write_bytes(text.encode("gb18030"))
    plan = extract_file(f)
    assert plan.document.encoding == "gb18030"
    assert [(t.number, [(m.text, m.role) for m in t.mentions]) for t in plan.tasks[:2]] == [
        ("（一）", [("市生态环境局", "lead"), ("市水利局", "support")]),
        ("（二）", [("市水利局", "lead"), ("市自然资源局", "support")]),
    ]
    # near miss: Big5 bytes are still not taken for GB18030 (the plausibility test stays)
    big5 = "推動燃煤鍋爐綜合整治，加強環境監管。".encode("big5") * 20
    assert decode_text(big5, "x.txt")[1] in ("big5", "cp950")


# --------------------------------------------------------------------------- a long run of blanks


@pytest.mark.parametrize("blank", [" ", "\t", "\u3000", "\xa0"])
@pytest.mark.parametrize("after", ["/", "-", "—", "|", "1", ".", "…"])
def test_a_line_of_20000_blanks_and_punctuation_is_cleaned_as_a_short_one(blank, after):
    # 20,000 blanks then 200 slashes on a line between two tasks took about a minute in the
    # clean-up: its leading blanks were given back one by one to a second run of blanks in the
    # site-line patterns (preview cut mark, table rule) and the portal-head pattern. No timer
    # here: a regression shows as a test run of minutes. The tasks around the junk stay as
    # they were, the junk is left a line of its own, as a short run of it is.
    from respgraph.clean import clean

    head = "XX县2024年生态环境保护工作要点\n一、重点任务\n1.推进污水治理。牵头单位：县水利局；配合单位：县财政局。\n"
    tail = "\n2.加强大气污染防治。牵头单位：县生态环境局。\n"
    for n in (20, 20_000):
        got = clean(head + blank * n + after * 200 + tail).text
        lines = got.split("\n")
        assert lines[2] == "1.推进污水治理。牵头单位：县水利局；配合单位：县财政局。"
        assert lines[4] == "2.加强大气污染防治。牵头单位：县生态环境局。"
        assert lines[3].strip(" \t\u3000\xa0") == after * 200, lines[3][-10:]


@pytest.mark.parametrize("junk", [" " * 20_000 + "/" * 200, "\u3000" * 20_000 + "-" * 200, "\t" * 20_000 + "1" * 200])
def test_a_plan_with_a_line_of_20000_blanks_reads_its_tasks_around_it(tmp_path, junk):
    # past the clean-up the same run was read once per blank by the supervisors' sentence, the
    # units-alone line and the 以上…涉及…的，由 note (minutes for 20,000); no timer here either
    f = tmp_path / "plan.txt"
    f.write_text(
        "XX县2024年生态环境保护工作要点\n一、重点任务\n1.推进污水治理。牵头单位：县水利局；配合单位：县财政局。\n"
        + junk + "\n2.加强大气污染防治。牵头单位：县生态环境局。\n",
        encoding="utf-8",
    )
    plan = extract_file(f)
    assert [t.title for t in plan.tasks] == ["推进污水治理", "加强大气污染防治"]
    assert [[(m.text, m.role) for m in t.mentions] for t in plan.tasks] == [
        [("县水利局", "lead"), ("县财政局", "support")],
        [("县生态环境局", "lead")],
    ]
