"""A PDF page's text in reading order, with the lines the layout wrapped joined back.

pypdf's text layer follows the content stream, one output line per laid-out line. For plans
written in Word, WPS or LibreOffice and saved as PDF, two things then differ from the same plan
kept as .docx, and both reach the structure stage:

* **quotes out of place**: “ ” are set in the Western font, on a slightly different baseline,
  and come out apart from the words they enclose (``5. “ ”打造 河长制 升级版``);
* **wrapped lines**: a paragraph is several lines. A task's first sentence cut at a line end
  loses the rest of its title, and a line that ends a sentence exactly at the right margin
  (``…推进土壤和地下水风险管控。`` / ``将土壤及地下水环境要求纳入…``) reads as a new paragraph, so a
  sentence in the middle of a paragraph can become a task of its own.

pdfplumber gives each character's position, so here lines are put in order by position and a
line is joined to the one before it when the layout wrapped it there: the line before reaches
the right margin, this one starts at the left margin (a new paragraph of a 公文 is indented two
characters), no wider gap stands between them, and this one does not open a numbered item
after a finished sentence. The margins are the whole document's (a page of one-line items
cannot show where its lines would wrap to), and running headers and footers, repeated at the
same height on most pages, are dropped first: they would stand inside the paragraph that
runs over the page break.
"""

from __future__ import annotations

import io
import math
import re
import statistics
from dataclasses import dataclass

__all__ = [
    "PageText", "body_margins", "drop_running_lines", "joins", "lines_text", "page_lines", "page_text", "read_pages",
    "repair_quotes", "running_key", "strip_running",
]

# A line opening a numbered item, a bullet or a heading: - • 一、 （一） 1. 1． （1） ① 第一条 …,
# or an annex's label alone on its line (附件, 附件2：)
_ITEM = re.compile(
    r"^\s*(?:[-—•·●▪■◆]\s*\S|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|[①-⑳]"
    r"|第[一二三四五六七八九十\d]+[章节条部]|附\s*件\s*\d*\s*[:：]?\s*$)"
)
_SENTENCE_END = "。；;：:！？!?）)”"
_SHORT = 3.0  # characters a wrapped line may fall short of the right margin
_INDENT = 4.5  # characters a paragraph's first line may be indented by, at most
_WIDEST = 5000.0  # points: text wider is no page's (A0 is 2384 wide); a damaged file's
_CID = re.compile(r"\(cid:\d+\)")
# A line that is only a page's number, at the top or bottom of a page: — 3 —, --3--, -1024-, 第3页 共10页
# (its dashes any in number, up to four digits). ofd.py reads its pages' furniture with it too;
# pdf_tables.PAGE_NUMBER_WORD is the stricter one for a word among a table's cells.
PAGE_NUMBER_LINE = re.compile(r"^[-—–－]*\s*\d{1,4}\s*[-—–－]*$|^第\s*\d+\s*页(\s*共\s*\d+\s*页)?$")
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")
# the end of an organ's name: a line of a 红头 naming issuers
_ORGAN_END = re.compile(r"(?:办公室|办公厅|政府|委员会|委|局|厅|部|院|文件)\s*$")


@dataclass(frozen=True)
class PageText:
    """A page's paragraphs, and whether its first and last paragraphs run over the page break."""

    text: str
    continues: bool  # the first line starts at the left margin: it may go on the last page's paragraph
    open_end: bool  # the last line reaches the right margin: its paragraph may go on overleaf
    first: str  # the first line (to tell a numbered item from a continuation)


_LEADING_QUOTES = re.compile(r"^[ \t]*((?:[“”‘’][ \t]*)+)(?=\S)")
_GAP = re.compile(r"(?<=\S) (?=\S)")


def repair_quotes(text: str) -> str:
    """Put back quotes pypdf emitted at the start of a line, where they are missing: its text
    keeps a blank at each place a quote stood, in order (pages read by position need no
    repair; this is for the pages whose pypdf text is kept, table pages among them).

    >>> repair_quotes("“ ”打造 河长制 升级版。\\n“ ”务 一网通办")
    '打造“河长制”升级版。\\n务“一网通办”'
    >>> repair_quotes("“ ”两个 quoted 词 多 了")  # four blanks for two quotes: left alone
    '“ ”两个 quoted 词 多 了'
    """
    if "“" not in text and "‘" not in text:
        return text
    out = []
    for line in text.split("\n"):
        m = _LEADING_QUOTES.match(line)
        if m:
            quotes = [c for c in m.group(1) if c in "“”‘’"]
            rest = line[m.end() :]
            gaps = [g.start() for g in _GAP.finditer(rest)]
            # a closing quote at the end of the line leaves no blank behind it
            if len(gaps) == len(quotes) - 1 and quotes[-1] in "”’":
                rest, quotes = rest + quotes[-1], quotes[:-1]
            if len(gaps) == len(quotes):
                chars = list(rest)
                for at, q in zip(gaps, quotes):
                    chars[at] = q
                line = line[: m.start(1)] + "".join(chars)
        out.append(line)
    return "\n".join(out)


def read_pages(data: bytes, pages: list[int]) -> tuple[dict[int, PageText], set[str]]:
    """Pages (0-based indexes) read with pdfplumber, and the running heads and feet dropped
    from them (:func:`drop_running_lines`). Empty when pdfplumber cannot read the file
    (pdfminer fails on some files pypdf reads): the caller keeps pypdf's text."""
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover - a runtime dependency
        return {}, set()
    layouts: dict[int, list[dict]] = {}
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for k in pages:
                layouts[k] = page_lines(pdf.pages[k])
                pdf.pages[k].close()  # drop the page's cached objects: a long PDF stays small
    except Exception:
        return {}, set()
    running = drop_running_lines(list(layouts.values()))
    # the margins of the whole document: a page of one-line items alone cannot show them
    margins = body_margins(list(layouts.values()))
    return {k: lines_text(lines, margins) for k, lines in layouts.items()}, running


def joins(prev: PageText, cur: PageText) -> bool:
    """Whether ``cur``'s first line goes on ``prev``'s last paragraph (wrapped at the page end)."""
    return prev.open_end and cur.continues and not (prev.text.rstrip()[-1:] in _SENTENCE_END and _ITEM.match(cur.first))


def page_text(page) -> PageText:
    """The text of a pdfplumber ``page``: one line per paragraph, wrapped lines joined."""
    return lines_text(page_lines(page))


# A glyph set at a slant (a watermark across the page: 某某市人民政府网站 / 仅供参考 stamped at 30-45°
# by the portal the PDF was downloaded from) is no text of the plan: its characters fell into the
# lines they cross (市站水务局 / 牵头单民位). Text turned a quarter (a landscape table on a portrait
# page) and an italic's skew (no turn) stay. _SLANT: the sine of the turn (about 3°) past which a
# glyph is slanted.
_SLANT = 0.05


def _slanted(char: dict) -> bool:
    """Whether a pdfplumber ``char`` is set at a slant: its text matrix turns it by more than
    ``_SLANT``, not a quarter (a landscape table) and not by an italic's skew alone.

    >>> _slanted({"matrix": (0.82, 0.57, -0.57, 0.82, 0, 0)})  # a watermark at 35°
    True
    >>> _slanted({"matrix": (0, 1, -1, 0, 0, 0)}), _slanted({"matrix": (1, 0, 0.2, 1, 0, 0)})
    (False, False)
    """
    a, b = char.get("matrix", (1, 0, 0, 1, 0, 0))[:2]
    norm = math.hypot(a, b)
    return norm > 0 and min(abs(a), abs(b)) / norm > _SLANT


def without_slanted(page):
    """``page`` without its slanted glyphs (:func:`_slanted`), or ``page`` itself when it has none."""
    if not any(_slanted(c) for c in page.chars):
        return page
    return page.filter(lambda o: o.get("object_type") != "char" or not _slanted(o))


def page_lines(page) -> list[dict]:
    """A pdfplumber ``page``'s laid-out lines, as :func:`lines_text` takes them; a page set in
    two columns as one column, the right one below the left (:func:`_columns`); a watermark
    across it left out (:func:`without_slanted`)."""
    page = without_slanted(page)
    lines = _clean_lines(page.extract_text_lines())
    if any(_doubled(ln["chars"]) for ln in lines):
        # fake bold: a heading drawn twice, a fraction of a point apart (一一、、总总体体要要求求)
        page = page.dedupe_chars()
        lines = _clean_lines(page.extract_text_lines())
    gutter = _gutter(lines)
    return lines if gutter is None else _columns(page, lines, gutter)


def _doubled(chars: list[dict]) -> bool:
    """Whether a line holds a character drawn twice over itself."""
    return any(a["text"] == b["text"] and abs(b["x0"] - a["x0"]) < 0.25 * (a["x1"] - a["x0"]) for a, b in zip(chars, chars[1:]))


def _clean_lines(found: list[dict]) -> list[dict]:
    lines = []
    for ln in found:
        if "(cid:" in ln["text"] or "\ufffd" in ln["text"]:
            # a glyph its font does not map to a character: dropped (as from pypdf's text; the
            # reader warns with their count, or refuses a page of them)
            ln["text"] = _CID.sub("", ln["text"]).replace("\ufffd", "")
        if ln["text"].strip():
            lines.append(ln)
    return lines


def _gutter(lines: list[dict]) -> tuple[float, float] | None:
    """The gutter of a page set in two columns: the widest band, at least a character wide,
    in the middle fifth of the text's width that no line covers but a few across it (a
    running head, a title over both columns), between two columns of about the same
    measure, most lines of each filling it (a table's columns differ in measure, and the
    names in a column of units end short of its edge)."""
    chars = [c for ln in lines for c in ln["chars"]]
    if len(chars) < 200 or len(lines) < 10:
        return None
    lo, hi = min(c["x0"] for c in chars), max(c["x1"] for c in chars)
    if not 0 < hi - lo < _WIDEST:
        return None
    width = statistics.median(c["x1"] - c["x0"] for c in chars)
    cover = [0] * (int(hi - lo) + 2)
    for ln in lines:  # how many lines cover each point of the width with their runs of text
        for x0, x1 in _runs(ln["chars"], 0.5 * width):
            cover[int(x0 - lo)] += 1
            cover[int(x1 - lo) + 1] -= 1
    for k in range(1, len(cover)):
        cover[k] += cover[k - 1]
    mid = range(int(0.4 * (hi - lo)), int(0.6 * (hi - lo)) + 1)
    least = min(cover[k] for k in mid)
    if least > max(3, 0.1 * len(lines)):
        return None
    start, end = _widest_run([k for k in mid if cover[k] == least])
    g0, g1 = lo + start, lo + end
    if g1 - g0 < width:
        return None
    if not 0.75 < (g0 - lo) / (hi - g1) < 1.33:
        return None  # columns of unequal measure: a table's
    left, right = [], []
    for ln in lines:
        if any(c["x1"] > g0 + 0.5 and c["x0"] < g1 - 0.5 for c in ln["chars"]):
            continue  # a line across the gutter
        for side, part in ((left, [c for c in ln["chars"] if c["x1"] <= g0 + 0.5]), (right, [c for c in ln["chars"] if c["x0"] >= g1 - 0.5])):
            if part:
                side.append((min(c["x0"] for c in part), max(c["x1"] for c in part)))
    # both columns are justified prose: most lines of each start at its left edge and end at
    # its right one (a paragraph's first line is indented, its last short)
    for side, (start, end) in ((left, (lo, g0)), (right, (g1, hi))):
        flush = sum(x0 < start + 3 * width and x1 > end - 3 * width for x0, x1 in side)
        if len(side) < 5 or flush < 0.5 * len(side):
            return None
    return g0, g1


def _runs(chars: list[dict], gap: float) -> list[list[float]]:
    """The stretches of a line's text: its characters' spans, those less than ``gap`` apart
    as one."""
    runs: list[list[float]] = []
    for c in sorted(chars, key=lambda c: c["x0"]):
        if runs and c["x0"] - runs[-1][1] < gap:
            runs[-1][1] = max(runs[-1][1], c["x1"])
        else:
            runs.append([c["x0"], c["x1"]])
    return runs


def _widest_run(points: list[int]) -> tuple[int, int]:
    """The widest run of consecutive integers among sorted ``points``: its first and last."""
    best = start = prev = points[0]
    best_end = prev
    for k in points[1:]:
        if k != prev + 1:
            start = k
        prev = k
        if k - start > best_end - best:
            best, best_end = start, k
    return best, best_end


def _columns(page, lines: list[dict], gutter: tuple[float, float]) -> list[dict]:
    """A two-column page's lines in reading order: lines across the gutter (a title) where
    they stand, and between them the left column's lines, then the right one's moved below
    them and to the left column's margin, so that a paragraph going on from the foot of the
    left column to the head of the right one is joined as over a page break."""
    g0, g1 = gutter
    across = [ln for ln in lines if any(c["x1"] > g0 + 0.5 and c["x0"] < g1 - 0.5 for c in ln["chars"])]
    bands = [(ln["top"], ln["bottom"]) for ln in across]

    def column(keep) -> list[dict]:
        part = page.filter(lambda o: o.get("object_type") != "char" or (keep(o) and not any(t <= o["top"] < b for t, b in bands)))
        return _clean_lines(part.extract_text_lines())

    out: list[dict] = []
    sides = column(lambda o: o["x1"] <= g0 + 0.5), column(lambda o: o["x0"] >= g1 - 0.5)
    edges = [ln["top"] for ln in across] + [float("inf")]
    above = float("-inf")
    for k, edge in enumerate(edges):
        left, right = ([ln for ln in side if above <= ln["top"] < edge] for side in sides)
        out += left + _moved(right, left)
        if k < len(across):
            out.append(across[k])
            above = across[k]["top"]
    return out


def _moved(right: list[dict], left: list[dict]) -> list[dict]:
    """The right column's lines placed under the left column's, at its margin."""
    if not right or not left:
        return right
    pitches = [b["top"] - a["top"] for a, b in zip(left, left[1:]) if b["top"] > a["top"]]
    dy = left[-1]["top"] + (statistics.median(pitches) if pitches else 0.0) - right[0]["top"]
    dx = min(ln["x0"] for ln in left) - min(ln["x0"] for ln in right)
    return [
        {**ln, "x0": ln["x0"] + dx, "x1": ln["x1"] + dx, "top": ln["top"] + dy, "bottom": ln["bottom"] + dy,
         "chars": [{"text": c["text"], "x1": c["x1"] + dx, "size": c.get("size", 0.0)} for c in ln["chars"]]}
        for ln in right
    ]  # fmt: skip


def drop_running_lines(pages: list[list[dict]]) -> set[str]:
    """Take out of ``pages`` (lists of lines, top to bottom) the running heads and feet: a line
    among the first or last three of more than half of the pages with the same text (its
    numbers aside: a page number, an issue's date) at the same height: a gazette's 《XX市人民政府公报》 over each
    page, 'XX办公室编印' under it. Left in, they break the paragraph that runs over the page
    break, or are glued into it. A numbered item or an annex's label (附件1, 附件2 at the
    head of their pages) is no running line. Returns their texts as :func:`strip_running`
    takes them."""
    if len(pages) < 2:
        return set()
    seen: dict[str, list[float]] = {}
    for lines in pages:
        for ln in {id(ln): ln for ln in lines[:3] + lines[-3:]}.values():
            seen.setdefault(running_key(ln["text"]), []).append(ln["top"])
    running = {
        key for key, tops in seen.items()
        if key and len(tops) >= 2 and 2 * len(tops) > len(pages) and max(tops) - min(tops) <= 2.0
    }  # fmt: skip
    if running:
        for lines in pages:
            edge = {id(ln) for ln in lines[:3] + lines[-3:]}
            lines[:] = [ln for ln in lines if id(ln) not in edge or running_key(ln["text"]) not in running]
    return running


def strip_running(text: str, running: set[str]) -> str:
    """A page's text (pypdf's, one laid-out line a line) without the ``running`` heads and
    feet :func:`drop_running_lines` found on the pages read by position (a table page's
    would be glued into the cell of the row they stand beside)."""
    if not running:
        return text
    lines = text.split("\n")
    edge = set(range(3)) | set(range(len(lines) - 3, len(lines)))
    return "\n".join(ln for k, ln in enumerate(lines) if k not in edge or running_key(ln) not in running)


def running_key(text: str) -> str:
    """A line's text as running heads and feet are told by: blanks out, numbers as #; empty
    for a numbered item or an annex's label."""
    text = text.strip()
    if _ITEM.match(text):
        return ""
    return _DIGITS.sub("#", _SPACE.sub("", text))


def lines_text(lines: list[dict], margins: tuple[float, float] | None = None) -> PageText:
    """A page's laid-out lines, top to bottom, as paragraphs: each line a dict with its
    ``text``, left and right edges ``x0``/``x1``, ``top``, and ``chars`` (dicts with ``text``
    and ``x1``), as pdfplumber gives them (respgraph/ofd.py builds the same from an OFD).
    ``margins``: the body's left and right margins of the whole document
    (:func:`body_margins`), taken for a page whose lines all lie within them; else the
    page's own are found."""
    # page numbers at the top or bottom are furniture, not part of the paragraphs they split
    while lines and PAGE_NUMBER_LINE.match(lines[-1]["text"].strip()):
        lines.pop()
    while lines and PAGE_NUMBER_LINE.match(lines[0]["text"].strip()):
        lines.pop(0)
    long = [ln for ln in lines if len(ln["text"]) >= 5]
    if len(long) < 2:
        return PageText("\n".join(ln["text"] for ln in lines), False, False, lines[0]["text"] if lines else "")
    width = _char_width(long)
    if margins and all(ln["x0"] >= margins[0] - width and ln["x1"] <= margins[1] + width for ln in long):
        left, right = margins
    else:  # (a page laid out otherwise: a landscape annex)
        left, right = _margins([lines], long, width)
    pitches = [b["top"] - a["top"] for a, b in zip(lines, lines[1:]) if b["top"] > a["top"]]
    pitch = statistics.median(pitches) if pitches else 0.0
    sizes = [_size(ln) for ln in long]
    body = statistics.median(sizes) if all(sizes) else 0.0
    out = [lines[0]["text"]]
    for prev, cur in zip(lines, lines[1:]):
        if _wrapped(prev, cur, left, right, width, pitch) or (body and _title_goes_on(prev, cur, (left + right) / 2, width, body)):
            out[-1] += _glue(out[-1], cur["text"]) + cur["text"]
        else:
            out.append(cur["text"])
    return PageText(
        "\n".join(out),
        continues=lines[0]["x0"] <= left + 0.8 * width,
        open_end=lines[-1]["x1"] >= right - _SHORT * width,
        first=lines[0]["text"],
    )


def _size(line: dict) -> float:
    chars = line.get("chars")
    return chars[0].get("size", 0.0) if chars else 0.0


def _title_goes_on(prev: dict, cur: dict, middle: float, width: float, body: float) -> bool:
    """Whether ``cur`` goes on the title ``prev`` began: a title set larger than the body and
    centred is broken over lines by hand, each centred (江城市人民政府办公室关于印发江城市… /
    …的通知). Lines of a 红头 naming issuers one under the other (中共江城市委办公室 /
    江城市人民政府办公室) stay apart: both end with an organ's name."""
    size = _size(cur)
    return (
        size > 1.15 * body
        and abs(_size(prev) - size) < 0.5
        and 0 < cur["top"] - prev["top"] < 2 * size
        and all(abs((ln["x0"] + ln["x1"]) / 2 - middle) < width for ln in (prev, cur))
        and prev["text"].rstrip()[-1:] not in _SENTENCE_END
        and not (_ORGAN_END.search(prev["text"]) and _ORGAN_END.search(cur["text"]))
        and not _ITEM.match(cur["text"])
    )


def _glue(before: str, after: str) -> str:
    # Chinese runs on without a space; two Latin words or numbers split by the wrap need one
    a, b = before[-1:], after[:1]
    return " " if a.isascii() and a.isalnum() and b.isascii() and b.isalnum() else ""


def _leading_word_width(line: dict) -> float:
    """The width of the run of Latin letters, digits and their punctuation opening ``line``
    (0 when it opens with a Chinese character)."""
    end = None
    for ch in line.get("chars", ()):
        if not (ch["text"].isascii() and (ch["text"].isalnum() or ch["text"] in ".%-/:,")) and ch["text"] not in "％‰":
            break
        end = ch["x1"]
    return 0.0 if end is None else end - line["x0"]


def body_margins(pages: list[list[dict]]) -> tuple[float, float] | None:
    """The body's margins over all ``pages`` (lists of lines as :func:`lines_text` takes them):
    every page of a document has the same, and a page of short items alone cannot show them."""
    pages = [[ln for ln in lines if not PAGE_NUMBER_LINE.match(ln["text"].strip())] for lines in pages]
    long = [ln for lines in pages for ln in lines if len(ln["text"]) >= 5]
    if len(long) < 2:
        return None
    return _margins(pages, long, _char_width(long))


def _char_width(long: list[dict]) -> float:
    # blanks aside: an OCR text layer has one between every two characters
    return statistics.median((ln["x1"] - ln["x0"]) / max(1, len(ln["text"]) - ln["text"].count(" ")) for ln in long)


def _margins(pages: list[list[dict]], long: list[dict], width: float) -> tuple[float, float]:
    """The body's left and right margins on ``pages`` (lists of lines), from their ``long``
    lines: the right edge most long lines reach (justified CJK lines end within a character
    of it), and the start of the lines that go on a paragraph (:func:`_continued_starts`);
    where none shows, the commonest start of the long lines."""
    right = _high(ln["x1"] for ln in long)
    starts = [x for lines in pages for x in _continued_starts(lines, right, width)]
    return (statistics.mode(starts) if starts else statistics.mode(round(ln["x0"]) for ln in long)), right


def _continued_starts(lines: list[dict], right: float, width: float) -> list[int]:
    """Where the lines start that surely go on the paragraph of the line above: it reached the
    right margin, and this one starts one to four characters further left (the first line of
    a paragraph was indented), in the same size (not under a title). The commonest start of a page's lines is no measure: on a page
    of one-line paragraphs, each indented, it is the indent, and every line that fills the
    measure would be taken for wrapped onto the next."""
    return [
        round(cur["x0"]) for prev, cur in zip(lines, lines[1:])
        if prev["x1"] >= right - _SHORT * width and 0.8 * width < prev["x0"] - cur["x0"] <= _INDENT * width
        and cur["top"] > prev["top"] and abs(_size(prev) - _size(cur)) < 0.5
    ]  # fmt: skip


def _high(values) -> float:
    """The 80th percentile: a margin most full lines reach, unmoved by a few overlong ones."""
    vs = sorted(values)
    return vs[min(len(vs) - 1, int(len(vs) * 0.8))]


def _wrapped(prev: dict, cur: dict, left: float, right: float, width: float, pitch: float) -> bool:
    # The line before ended short: a paragraph ended. A wrapped line may end up to two
    # characters short: a closing quote or bracket may not open a line, so the character
    # before it moves down with it (山”的理念), and unjustified lines end ragged.
    # A number or Latin word is not broken, so it may leave a wider gap (…保护率达到 / 56.45%):
    # the line was wrapped when that word would not have fitted after it.
    short = right - prev["x1"]
    if short > _SHORT * width and _leading_word_width(cur) < short - width:
        return False
    if cur["x0"] > left + 0.8 * width:  # indented (a new paragraph) or centred
        return False
    if prev["x0"] > left + (right - left) / 4:  # a centred or right-aligned line (a title) is not wrapped
        return False
    gap = cur["top"] - prev["top"]
    if gap <= 0 or (pitch and gap > 1.4 * pitch):  # a new block, or a new page region
        return False
    # a finished sentence at the margin, then a numbered item: two paragraphs
    return not (prev["text"].rstrip()[-1:] in _SENTENCE_END and _ITEM.match(cur["text"]))
