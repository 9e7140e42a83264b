"""Clean-up of decoded plan text, keeping an offset map back to the raw text.

Every step only deletes characters or replaces a run of characters; each step returns a new
text and an offset list, so ``offsets[i]`` is always the index in the *raw* text of cleaned
character ``i``. Steps are regex passes that collect edits ``(start, end, replacement)`` and
rebuild text and offsets segment by segment (list slices, no per-character Python loop).

Steps, in order:

1. newlines ``\\r\\n``/``\\r`` (and a form feed or vertical tab) -> ``\\n``; zero-width characters,
   direction marks and variation selectors dropped;
2. full-width ASCII letters/digits and the ideographic space -> half-width (Chinese
   punctuation such as ，。：；（）、 is left alone); Kangxi radicals, simplified radicals and
   compatibility ideographs a PDF's fonts put for ideographs (``⽣态环境局``, ``⻓江``) -> the
   ideographs, enclosed item numbers (``⒈`` / ``⑴`` / ``㈠``) -> ``1.`` / ``（1）`` / ``（一）``
   (``clean/glyphs.py``); a font's private-use glyphs are counted in ``problems``;
3. traditional -> simplified characters when the text is mostly traditional; in a simplified
   text, only the stray traditional-only characters (``牽头單位`` -> ``牵头单位``);
4. a bilingual publication's lines in Uyghur, Tibetan, Mongolian, Korean or Yi, each the
   translation of the Chinese paragraph above it, set aside (``clean/translations.py``);
   a text flattened onto one long line gets its paragraph breaks back (a space before 二、/
   （三）/4./【 in a line of 300+ characters holding three or more of them); scraped-site
   boilerplate (download-site and government-portal header/footer lines) around the document;
   a Markdown editor's ``**bold**`` and heading marks (``# 标题`` / ``## 一、总体要求``);
5. line numbers down the margin, one a line before or after its words (a column numbering
   every line one after another, ``clean/line_numbers.py``); a page of two columns copied line by
   line put back in column order (``clean/columns.py``); page-number debris lines (``- 3 -``,
   ``第 3 页``, ``3/22``, lone page numbers) and page numbers run into the text
   (``县农第2页 共9页业农村局``, ``渝水生-6-态环境局``), a portal's page lines (``打印本页 关闭窗口``,
   ``来源：… 发布时间：…``) anywhere in the text, and a running header inside a sentence broken
   across pages (the title page's lines, a letterhead ``XX县人民政府办公室文件``, a document number);
   a division table run together with nothing between its cells (a sharing site's text:
   ``序号工作任务牵头单位配合单位完成时限1推进…``) put on lines, its cells a tab apart
   (``clean/run_together_tables.py``, before the page numbers run into the text: its serials are none);
6. OCR confusions that are never real words (``力口`` -> ``加``, ``2O24年`` -> ``2024年``, ``二O二O年`` -> ``二〇二〇年``,
   a heading's ``—、`` / ``（—）`` -> ``一、`` / ``（一）``, an item's ``l.`` / ``I2.`` / ``2O.`` ->
   ``1.`` / ``12.`` / ``20.``), a bracket pair of two widths
   (``各乡镇(办）`` -> ``各乡镇（办）``), and in agency names between
   separators ``县民政届`` / ``县民政尼`` -> ``县民政局``, ``具财政局`` -> ``县财政局``;
7. OCR spaces inside CJK runs (``污染 防治`` -> ``污染防治``), ``24 .强化`` -> ``24.强化``,
   ``2025年12月31 日`` -> ``31日``, digits spaced apart before a stop or a unit (``1 0 .`` /
   ``2 0 2 5 年`` / ``9 4%`` -> ``10.`` / ``2025年`` / ``94%``); a unit label's lost or
   misread colon put back (``牵头单位县民政局`` / ``牵头单位∶`` / ``牵头单位；县民政局`` / ``牵头单位·县民政局`` ->
   ``牵头单位：县民政局``);
8. a prose line printed twice, one under the other (two-column scans), read once;
   mid-sentence line breaks from PDF export, joined only where that is safe (in text wrapped at
   a fixed width, every full line); a name hyphenated
   at a line's end (``市生态环-`` / ``境局``) loses its hyphen; an item's number wrapped alone at a
   line's end (``…）6.`` / ``加快…``) joins its title.

>>> text, offsets = clean_text("区农 林水与生态环境局\\n- 3 -\\n")
>>> text
'区农林水与生态环境局\\n'
>>> offsets[2]  # 林 sits at index 3 of the raw text (after the removed space)
3
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from respgraph.clean.edits import _Text
from respgraph.clean.columns import _two_column_edits
from respgraph.clean.line_numbers import _margin_number_edits
from respgraph.clean.lines import _doubled_line_edits, _line_join_edits
from respgraph.clean.ocr import _confusion_edits
from respgraph.clean.portal import (
    _PORTAL_FOOTER,
    _PORTAL_FOOTER_LINE,
    _PORTAL_PAGE,
    _PORTAL_PAGE_RE,
    _PORTAL_WORDS,
    _bold_marker_edits,
    _heading_mark_edits,
    _flat_line_edits,
    _flat_page_furniture_edits,
    _inline_page_head_edits,
    _inline_page_number_edits,
    _page_number_edits,
    _portal_line_edits,
    _running_header_edits,
    _site_boilerplate_edits,
    preview_cut_mark,
    site_excerpt_edits,
)
from respgraph.clean.script import (
    _NON_HAN_RE,
    _SEGMENT_T2S,
    _t2s,
    _t2s_changed_re,
    detect_script,
    stray_traditional,
    t2s_char,
    to_simplified,
    traditional_share,
)
from respgraph.clean.flat_tables import _flat_table_edits
from respgraph.clean.run_together_tables import run_together_table_edits
from respgraph.clean.glyphs import GLYPH_FORM_RE, GLYPH_FORMS, GLYPH_OR_PRIVATE_RE, PRIVATE_USE_RE, enclosed_number_edits, inner_bracket_edits
from respgraph.clean.translations import inline_translation_edits, translation_line_edits
from respgraph.clean.spacing import _cjk_space_edits, _label_colon_edits, _number_space_edits


# --------------------------------------------------------------------------- 1-2: newlines, width

# One character class (no alternation) keeps the scan fast.
# (a form feed, pdftotext's page break, and a vertical tab, Word's manual line break in a .doc
# saved or copied as text, are line breaks: left in, \f（3）… opened no item)
# Invisible format characters go too: the direction marks, embeddings and isolates a bilingual
# (Uyghur) document or a right-to-left editor leaves around and inside Chinese words
# (市生态\u200f环境局), invisible operators, and the variation selectors after an ideograph that
# asks for one glyph of it (the ideograph without them is the same character).
_NEWLINES = re.compile(
    "[\r\u200b\u200c\u200d\u2060\ufeff\u00ad\x0b\x0c\u200e\u200f\u202a-\u202e\u2061-\u2064\u2066-\u2069"
    "\ufe00-\ufe0f\U000e0100-\U000e01ef]"
)
_LINE_BREAKS = "\x0b\x0c"

# Full-width digits and letters -> ASCII; ideographic space and no-break space -> space.
# Chinese punctuation stays: the later stages read both ：and : .
_WIDTH = {cp: cp - 0xFEE0 for cp in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]}
_WIDTH[0x3000] = 0x20
_WIDTH[0x00A0] = 0x20
# str.translate looks up every character; a regex finds the (usually few) runs to translate.
# Written X then X* (the same runs as X+): a pattern opening with a class lets the engine skip
# in C to the next such character, a repeat is tried at every position (3x slower).
_WIDE = "[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000\u00a0]"
_WIDTH_RE = re.compile(_WIDE + _WIDE + "*")


# --------------------------------------------------------------------------- API


@dataclass(slots=True)
class Cleaned:
    text: str
    offsets: list[int]
    script: Literal["simplified", "traditional"] = "simplified"
    notes: list[str] = field(default_factory=list)  # what was removed or repaired, for Document.notes
    # what the text lacks, for Document.warnings (the user is told): a site's preview cut off
    problems: list[str] = field(default_factory=list)
    # the text stops before the document does (a site's preview): its last part is missing
    cut_off: bool = False


def clean(raw: str) -> Cleaned:
    """Run all clean-up steps; see the module docstring.

    >>> c = clean("資源ID:1\\n下載積分:5金幣\\n環境保護 工作\\n")
    >>> c.text, c.script
    ('环境保护工作\\n', 'traditional')
    """
    notes: list[str] = []
    t = _Text(raw)
    # \r\n -> \n (drop the \r), a lone \r -> \n; zero-width characters, direction marks and
    # variation selectors dropped (_NEWLINES says which and why)
    text = t.text
    t.apply(
        (m.start(), m.end(), "\n" if c in _LINE_BREAKS or c == "\r" and not text.startswith("\n", m.end()) else "")
        for m in _NEWLINES.finditer(text)
        for c in (m.group(),)
    )
    t.sub(_WIDTH_RE, lambda m: m.group().translate(_WIDTH))  # same length
    private = _glyph_forms(t, notes)

    script = _to_simplified(t, notes)
    _set_aside_translations(t, notes)

    steps = [
        (_flat_page_furniture_edits, "removed portal page furniture run into the first or last line"),
        (_bold_marker_edits, "removed {n} bold markers (**)"),
        (_heading_mark_edits, "removed {n} Markdown heading marks (#)"),
        (_flat_line_edits, "broke {n} paragraphs out of a text flattened onto long lines"),
        (_site_boilerplate_edits, "removed download-site boilerplate lines around the document"),
        (site_excerpt_edits, "removed the site's excerpt of the document printed above it (内容提示：…)"),
        (_margin_number_edits, "removed {n} line numbers down the margin"),
        (_page_number_edits, "removed {n} page-number lines"),
        # (before the page numbers run into the text: a row's serial between a deadline and a task, 持续推进3开展…局、,
        # read as a page number inside a name)
        (run_together_table_edits, "cut {n} times between the cells and rows of a table run together with nothing between them (tabs, line breaks)"),
        (_inline_page_number_edits, "removed {n} page numbers run into the text"),
        (_two_column_edits, "put {n} blocks of two columns copied line by line back in reading order"),
        (_portal_line_edits, "removed {n} portal page lines inside the text (打印本页 ...)"),
        (_running_header_edits, "removed {n} running headers inside sentences"),
        (_inline_page_head_edits, "removed {n} page heads (number and title) run into sentences"),
        (_confusion_edits, "corrected {n} OCR confusions (力口 -> 加 ...)"),
        (inner_bracket_edits, None),  # 市工信局〈牵头〉 / 各县〈区〉: the inner bracket, as （） outside
        (_flat_table_edits, "put {n} rows of a table flattened onto a line or wrapped with the text back on lines of their own"),
        (_cjk_space_edits, "removed {n} OCR spaces inside CJK text"),
        (_number_space_edits, None),
        (_doubled_line_edits, "removed {n} lines printed twice"),
        (_line_join_edits, "joined {n} lines broken mid-sentence"),
        # last: the OCR spaces and line breaks inside a name (责任单位县自然资源 局) are gone
        (_label_colon_edits, "put back {n} colons after unit labels (牵头单位；A -> 牵头单位：A)"),
    ]
    for step, note in steps:
        n = t.apply(step(t.text))
        if n and note:
            notes.append(note.format(n=n))
    offsets = t.offsets()
    mark = preview_cut_mark(raw, t.text, offsets)
    return Cleaned(t.text, offsets, script, notes, _problems(private, mark), cut_off=mark is not None)


def _to_simplified(t: "_Text", notes: list[str]) -> Literal["simplified", "traditional"]:
    """The script ``t`` was written in; its text converted to simplified characters (the whole text
    when traditional, stray traditional characters in a simplified one), noting what was."""
    script: Literal["simplified", "traditional"] = detect_script(t.text)
    if script == "traditional":
        t.text = to_simplified(t.text)  # same length: the map is unchanged
        notes.append("traditional characters converted to simplified")
    else:
        stray = stray_traditional(t.text)
        if stray:  # same length: the map is unchanged
            t.text = t.text.translate(stray)
            notes.append(f"{len(stray)} traditional characters in simplified text converted")
    return script


def _problems(private: list[str], mark: str | None) -> list[str]:
    """What the text lacks, for the user: private-use glyphs nothing maps, or a site's preview
    ``mark`` where the text stops."""
    problems = []
    if private:
        problems.append(f"{len(private)} characters are a font's private-use glyphs ({' '.join(f'U+{ord(c):04X}' for c in sorted(set(private))[:5])}): "
                        "what they stand for is not in the text")
    if mark is not None:
        problems.append(f"the text stops where a site's preview stops ({mark}): the rest of the document "
                        "is not in the file, and its last part is incomplete")
    return problems


def _glyph_forms(t: "_Text", notes: list[str]) -> list[str]:
    """Put the characters a PDF's fonts drew with other code points back (Kangxi radicals and
    compatibility ideographs, same length; enclosed item numbers as plans type them), noting
    each; returns the font's private-use glyphs left, which stand for characters no text gives."""
    if GLYPH_OR_PRIVATE_RE.search(t.text) is None:
        return []  # none of the three kinds of character: nothing to replace, none left
    if n := t.sub(GLYPH_FORM_RE, lambda m: GLYPH_FORMS[ord(m.group())]):  # same length
        notes.append(f"replaced {n} Kangxi radicals and compatibility ideographs by the characters they stand for (⽣ -> 生)")
    if n := t.apply(enclosed_number_edits(t.text)):
        notes.append(f"wrote {n} enclosed item numbers as plans type them (⒈ / ⑴ / ㈠ -> 1. / （1） / （一）)")
    return PRIVATE_USE_RE.findall(t.text)


def _set_aside_translations(t: "_Text", notes: list[str]) -> None:
    """Set aside a bilingual publication's translated paragraphs (each after its Chinese one) and
    the translations written beside a unit's name, noting each: a translation repeats the
    Chinese, and read as text it was glued to the task above it or, numbered, became a task of
    its own with no units (``clean/translations.py``)."""
    edits, scripts = translation_line_edits(t.text)
    if t.apply(edits):
        notes.append("set aside the translation of a bilingual publication: "
                     + ", ".join(f"{n} lines in {name}" for name, n in scripts.items()))
    if n := t.apply(inline_translation_edits(t.text)):
        notes.append(f"set aside {n} translations written beside a unit's name (自治区生态环境厅 ئاپتونوم …)")


def clean_text(raw: str) -> tuple[str, list[int]]:
    """Cleaned text and offsets (``offsets[i]`` = index in ``raw`` of cleaned char ``i``).

    >>> clean_text("污染 防治")
    ('污染防治', [0, 1, 3, 4])
    """
    c = clean(raw)
    return c.text, c.offsets


def map_span_to_clean(offsets: list[int], raw_start: int, raw_end: int) -> tuple[int, int]:
    """Map a raw half-open range to the cleaned text (offsets are non-decreasing).

    >>> map_span_to_clean([0, 1, 3, 4], 0, 5)
    (0, 4)
    """
    from bisect import bisect_left

    return bisect_left(offsets, raw_start), bisect_left(offsets, raw_end)
