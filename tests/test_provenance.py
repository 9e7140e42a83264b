"""Provenance in the plan file itself: a mention's ``Document.file_span`` (the graph's
``file_start``/``file_end``) sliced out of the .txt file as README says
(``open(file, encoding=ENC, newline="").read()``) reads as the mention.

The slice may differ from the name as the grammar reads it only where the file writes it so:
blanks or a line break inside the name (OCR spaces, a wrapped line or table cell), half-width
brackets, traditional characters (the mention is read simplified), a portfolio or a role note in
brackets after it (``县政府办（县大数据中心）（牵头）``: ``normalise_mention`` drops them), and a
name cut by a page's foot and head (``各镇人\\n— 1 —\\n…文件\\n民政府``) or wrapped in a column of
a layout table (the other columns' text between its pieces): one span covers both pieces.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from _extract import extract_text
from respgraph.clean import to_simplified
from respgraph.clean.glyphs import inner_brackets_as_parens
from respgraph.extract import extract_file, lean
from respgraph.grammar.units import normalise_mention
from respgraph.read.builder import file_map

ROOT = Path(__file__).resolve().parent.parent
WORDINGS = ROOT / "tests" / "fixtures" / "wordings"
TXT_PLANS = sorted(WORDINGS.glob("*.txt")) + sorted((ROOT / "data" / "plans").glob("*.txt"))


def _file_text(plan) -> str:
    return open(plan.document.path, encoding=plan.document.encoding, newline="").read()


# a hyphen the scan put where a line breaks a word (县生态环-/境局): the clean-up drops it
_WRAP_HYPHEN = re.compile(r"[-－‐]\s*\n")
# a page's number or counter run into a name (巿水务 2 局, 区工业和信息3/7化局): the clean-up drops it (stop 31)
_PAGE_IN_NAME = re.compile(r"\s*\d{1,3}(?:\s*/\s*\d{1,3})?\s*")


def _reads_as(written: str, name: str) -> bool:
    """``written`` (a slice of the file) is ``name`` up to the documented differences."""
    written = _WRAP_HYPHEN.sub("", written)
    written = written.replace("巿", "市")  # U+5DFF, OCR's 市: the clean-up's (clean/ocr.py)
    written = inner_brackets_as_parens(written)  # (各县〈区〉人民政府: the clean-up's 各县（区）人民政府)
    if to_simplified(normalise_mention(written)) == to_simplified(name):
        return True
    unpaged = _PAGE_IN_NAME.sub("", written)  # a page's number or counter the clean-up took out (巿住建4局, 信息3/7化局)
    if unpaged != written and not any(c.isdigit() for c in name) \
            and to_simplified(normalise_mention(unpaged)) == to_simplified(name):
        return True
    pieces = written.split()  # a page break or a layout table's other columns inside the name
    return "\n" in written and len(pieces) >= 2 and to_simplified(normalise_mention(pieces[0] + pieces[-1])) == to_simplified(name)


def _file_slices(plan) -> list[tuple[str, str]]:
    """(mention, the file's text at its file span) for every mention of the plan; for an
    inherited one, the name its span points at (the marker's: 以下均需各乡镇（办）落实 for the
    units of 各乡镇（办）党委、政府), not the mention."""
    text, doc = _file_text(plan), plan.document
    out = []
    for t in plan.tasks:
        for m in t.mentions:
            span = doc.file_span(m.span)
            assert span is not None, (t.number, m.text)
            name = m.text if m.basis != "inherited" else normalise_mention(doc.text[m.span.start : m.span.end])
            out.append((name, text[span.start : span.end]))
    return out


@pytest.mark.parametrize("path", TXT_PLANS, ids=lambda p: p.name)
def test_every_mention_reads_as_itself_in_the_file(path):
    plan = extract_file(path)
    if plan.document.format != "txt":  # a .txt holding a web page: not text, no file spans
        assert all(plan.document.file_span(m.span) is None for t in plan.tasks for m in t.mentions)
        return
    full = _file_slices(plan)
    wrong = [(name, written) for name, written in full if not _reads_as(written, name)]
    assert not wrong, wrong[:5]
    # a lean plan keeps the offsets of its spans only: the same file spans
    assert _file_slices(lean(plan)) == full


@pytest.mark.parametrize(
    "name, expected",
    [
        # a 巡视整改 清单 pasted one cell per line: the rows are rebuilt (tabs between cells, fewer
        # characters than the file), and the spans must still be the file's (were the rebuilt
        # text's: the slices read ',县财' or '财政局\n' shifted by the lines it joined)
        ("rectify-cells-per-line.txt", ["县卫健委", "县财政局", "县发改委", "县教体局", "县财政局", "相关乡镇人民政府"]),
        # the same with a page's foot and head between two rows (left out of the rebuilt table),
        # a name wrapped in its cell, and one going on after the page break
        ("cells-per-line-page-mark.txt", ["县经信局", "县自然资源和规划局", "各乡镇\n（街道）", "县经信局", "县财政局",
                                          "县科学\n\n— 2 —\n\n宁政办发〔2024〕12号\n\n技术局", "县科技局", "县税务局",
                                          "县市场监管局"]),
    ],
)
def test_a_table_one_cell_per_line_locates_its_units_in_the_file(name, expected):
    plan = extract_file(WORDINGS / name)
    assert plan.document.raw_text != _file_text(plan)  # the text was rebuilt into rows
    assert [written for _, written in _file_slices(plan)] == expected
    assert [written for _, written in _file_slices(lean(plan))] == expected


def test_a_cell_wrapped_over_lines_and_a_page_mark_map_back_to_the_file(tmp_path):
    # as copied out of a PDF viewer: a cell's lines are joined without a blank (园区综合执法 / 局),
    # a page mark between the rows is left out of the rebuilt table
    text = (
        "XX园区2024年重点工作任务分工\n附件\n重点工作任务分工表\n序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
        "1\n深化扬尘污染防控，建筑工地扬尘在\n线监测全覆盖\n园区规建委\n园区生态环境局、园区综合执法\n局\n2024年12月\n底\n"
        "- 2 -\n"
        "2\n推进生活垃圾分类，居民小区分类覆\n盖率保持100%\n园区城市服务中心\n各街道（社工委）、园区综合执\n法局\n长期\n"
    )
    plan = extract_text(tmp_path, text, "p.txt")
    slices = _file_slices(plan)
    assert slices == [
        ("园区规建委", "园区规建委"),
        ("园区生态环境局", "园区生态环境局"),
        ("园区综合执法局", "园区综合执法\n局"),
        ("园区城市服务中心", "园区城市服务中心"),
        ("各街道（社工委）", "各街道（社工委）"),
        ("园区综合执法局", "园区综合执\n法局"),
    ]


def test_file_map_places_each_rebuilt_character_in_the_file():
    raw = "序号\n任务\n单位\n1\n完成重\n点企业改造\n县经信\n局\n- 1 -\n"
    rebuilt = "序号\t任务\t单位\n1\t完成重点企业改造\t县经信局\n\n"
    fm = file_map(rebuilt, raw)
    assert len(fm) == len(rebuilt)
    assert all(raw[fm[i]] == c for i, c in enumerate(rebuilt) if not c.isspace())
    assert fm == sorted(fm)  # in the file's order
