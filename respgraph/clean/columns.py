"""Step 5c, a page of two columns copied line by line: a 政府公报 page or a two-column leaflet
printed to text with its layout kept (``pdftotext -layout``, a copy from a PDF viewer) gives each
line of the left column and the line of the right column beside it on one line, a run of blanks
between them::

    （一）加强赤水河流域水生生物保护。全      白酒企业废水排放专项执法，仁怀市名
    面落实赤水河流域十年禁渔，开展增殖放      酒工业园区污水处理厂完成提标改造。

Read as lines, each sentence runs from one column into the other (``市工业和察院``: 市工业和 of the
left column, 察院 of the right). Such a block is put back in reading order: the left column's
lines, then the right column's.

A block is a column layout only when its right-hand parts start at one position (by display
width: a CJK character is two columns wide) and both sides are prose filling their width, line
after line; a table copied as text (``1    推进…    市生态环境局``) has short cells of varying
width on the right, or more than two cells, and stays as it is (the table readers take it).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from statistics import median

from respgraph.clean.edits import Edit, Moved

_GAP = re.compile(r"[ \u3000]{2,}")
_BLANKS = " \u3000"
# the fewest lines of a layout, and of them those holding both columns
MIN_LINES = 4
MIN_PAIRED = 4
# how far a line's right part may start from the column's position, in display columns
_ALIGN = 3
# a column's line fills its width: within this many display columns of the widest
_FILL = 6
_FILLED_SHARE = 0.6
# the columns of a page are about as wide as each other, and wide (ten characters at least)
_EVEN = 0.75
_MIN_COLUMN = "国" * 10
# lines over the columns in their block (a title, a heading): at most these
_HEAD_LINES = 3


def _width(s: str) -> int:
    """Columns ``s`` takes by Unicode East Asian Width (W / F: two). Not units.display_width, which
    counts every character from U+2E80 as two: they agree on Chinese text, full-width punctuation and
    forms, ASCII and ① — …, and part on halfwidth forms (ｱ) and private-use glyphs (one column
    here, two there); tests/test_clean.py pins where."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _parts(line: str, width=_width) -> list[tuple[int, str, int]]:
    """(column, text, index in the line) of each run of text set apart by two blanks or more."""
    out: list[tuple[int, str, int]] = []
    lead = len(line) - len(line.lstrip(_BLANKS))
    col = width(line[:lead])
    pos = lead
    for m in _GAP.finditer(line, lead):
        out.append((col, line[pos : m.start()], pos))
        col += width(line[pos : m.end()])
        pos = m.end()
    if pos < len(line.rstrip(_BLANKS)):
        out.append((col, line[pos:].rstrip(_BLANKS), pos))
    return out


def _layout(lines: list[list[tuple[int, str, int]]], width=_width) -> int | None:
    """The right column's position when ``lines`` (their parts) are two columns, else None."""
    paired = [p for p in lines if len(p) == 2 and p[0][0] <= 4]
    if len(paired) < MIN_PAIRED or any(len(p) > 2 for p in lines):
        return None
    col = int(median(p[1][0] for p in paired))
    for p in lines:
        if len(p) == 2 and (p[0][0] > 4 or abs(p[1][0] - col) > _ALIGN):
            return None
        if len(p) == 1 and p[0][0] > 4 and abs(p[0][0] - col) > _ALIGN:
            return None  # a line of the right column alone starts at the column
        if len(p) == 1 and p[0][0] <= 4 and p[0][0] + width(p[0][1]) > col:
            return None  # …and one of the left alone ends before it
    fulls = []
    for side in (0, 1):
        widths = [width(p[side][1]) for p in paired]
        full = max(widths)
        if sum(w >= full - _FILL for w in widths) < _FILLED_SHARE * len(widths):
            return None  # cells, not a column of prose
        fulls.append(full)
    if min(fulls) < width(_MIN_COLUMN) or min(fulls) < _EVEN * max(fulls):
        return None  # a page is cut in two even columns; a table's unit cells are narrower than its tasks
    return col


# Where a line holds two parts set apart by a gap (``_parts``): a character that is no blank, the
# gap, another. A line of two parts holds one (its first gap follows text, as the scan for gaps
# starts at the line's text, and text follows it, the second part or the trailing text), so a block
# with fewer such lines than MIN_PAIRED is no layout: it is not cut into parts at all.
# Written from the gap's first blank, the character before it asked behind: a pattern opening with
# the class of the text before the gap ([^ \u3000\n], nearly every character) was tried as a match
# at nearly every position of every plan; opening with a blank, the engine skips in C to the next
# blank (4x faster). Only the lines holding a match are read from it, and a line holds one of the
# one form where it holds one of the other (the old form is kept in tests/test_speed_equivalence.py).
_GAP_INSIDE = re.compile(r"[ \u3000](?<=[^ \u3000\n][ \u3000])[ \u3000]+(?=[^ \u3000\n])")
# any text, two blanks or more, text (the same, \S on both sides): a gap a layout may hold
_ANY_GAP = re.compile(r"[ \u3000](?<=\S[ \u3000])[ \u3000]+(?=\S)")


def _two_column_edits(text: str) -> list[Edit]:
    """Put each block of two columns copied line by line back in reading order."""
    if not _ANY_GAP.search(text):
        return []
    edits: list[Edit] = []
    lines = text.split("\n")
    starts = []
    pos = 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    # the lines holding a gap between two parts, in order, each once (a match never crosses a line)
    gapped: list[int] = []
    for m in _GAP_INSIDE.finditer(text):
        n = bisect_right(starts, m.start()) - 1
        if not gapped or gapped[-1] != n:
            gapped.append(n)
    k = 0
    while k < len(lines):
        if not lines[k].strip():
            k += 1
            continue
        j = k
        while j < len(lines) and lines[j].strip():
            j += 1
        if bisect_left(gapped, j) - bisect_left(gapped, k) < MIN_PAIRED:
            k = j  # (most blocks: prose of one column)
            continue
        edit = _block_edit(text, lines, starts, k, j)
        if edit is not None:
            edits.append(edit)
        k = j
    return edits


def _block_edit(text: str, lines: list[str], starts: list[int], k: int, j: int) -> Edit | None:
    """The edit putting lines ``k``..``j`` (a block between blank lines) in column order, if two columns."""
    # (aligned by display width, as a viewer shows them, or by characters, as some copies count)
    for width in (_width, len):
        block = [_parts(ln, width) for ln in lines[k:j]]
        if sum(len(p) == 2 for p in block) < MIN_PAIRED:
            return None  # most blocks: prose of one column, or a table's rows of more cells
        # the block's layout may start below its first lines (a title, a heading over the columns)
        for a in range(0, min(_HEAD_LINES + 1, max(1, j - k - MIN_LINES + 1))):
            col = _layout(block[a:], width) if j - k - a >= MIN_LINES else None
            if col is None:
                continue
            at = list(range(k + a, j))
            left = [(starts[i] + p[0][2], starts[i] + p[0][2] + len(p[0][1])) for i, p in zip(at, block[a:]) if p[0][0] <= 4]
            right = [(starts[i] + p[-1][2], starts[i] + p[-1][2] + len(p[-1][1])) for i, p in zip(at, block[a:]) if len(p) == 2 or p[0][0] > 4]
            pieces: list[tuple[int, int] | str] = []
            for r in left + right:
                pieces += [r, "\n"]
            s, e = starts[k + a], starts[j - 1] + len(lines[j - 1])
            return (s, e, Moved(pieces[:-1], text))
    return None
