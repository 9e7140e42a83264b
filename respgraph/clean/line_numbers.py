"""Step 5b, line numbers down the margin: a PDF printed with line numbers (a draft for comment, a
政府公报 page, a reader's copy) gives them to its text, one a line, before or after the line's
words (``17  保局；配合单位：市住建委…`` / ``…配合单位：市生态环境局、       8``); left there they
are read into the names a wrapped line joins (``市环18保局``, ``26市国土资源局``).

A column of them is told from the document's own numbers by counting on every line: the lines
of a run are numbered one after another (1, 2, 3 … or 001, 002 …, a wrapped sentence's lines and
blank numbered lines too), which item numbers never are. OCR letters in them (``l`` for 1, ``O``
for 0: ``1O  市生态环境局``) count as the digits they stand for.
"""

from __future__ import annotations

import re

from respgraph.clean.edits import Edit

# a number at the line's head with a blank (or the line's end) after it: one blank is enough, the
# run's count and the heading or blank line it numbers tell a margin (at the line's end it stands
# after two blanks: _at_tail)
_HEAD = re.compile(r"[ \t\u3000]*([0-9lIO]{1,4})(?:[ \t\u3000]+|[ \t\u3000]*$)")
_OCR_DIGITS = str.maketrans("lIO", "110")
# a number a margin's column may hold, at a line's head or after two blanks: one pattern each (each
# opens with its characters, so that the scan skips in C to the next line break or blank; as one
# pattern of two alternatives, the second opening with a class, it was tried at every position)
_ANY_HEAD = re.compile(r"\n[ \t\u3000]*\d{1,4}[ \t\u3000\n]")
_ANY_TAIL = re.compile(r"[ \t\u3000]{2}\d")
# the fewest lines numbered in a row that make a margin's column (a list's items numbered one a
# line stop long before: 一、 headings and wrapped sentences break them)
MIN_RUN = 8
# a column at the lines' head: its run must number a line that is no item of a list (a blank
# line, or a heading 一、 / （一） / 第一章 after the number), as a margin does and a list of
# items numbered 1–8 one a line (a division table's 序号) never does
_NOT_A_ROW = re.compile(r"$|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+[章节篇]")


def _value(digits: str) -> int | None:
    if not any(c.isdigit() for c in digits) and digits not in ("l", "I"):
        return None  # O / OO alone: a letter, not a number
    return int(digits.translate(_OCR_DIGITS))


_BLANKS = " \t\u3000"
_NUMBER_CHARS = frozenset("0123456789lIO")
Found = tuple[int, int, str]  # the span to drop within the line, and the number as written


def _at_head(line: str) -> Found | None:
    m = _HEAD.match(line)
    return (0, m.end(), m.group(1)) if m else None


def _at_tail(line: str) -> Found | None:
    """The number closing ``line`` after two blanks (scanned back from the end: a regex searched
    for it tries every blank of a long run)."""
    body = line.rstrip(_BLANKS)
    i = j = len(body)
    while i > 0 and j - i < 4 and body[i - 1] in _NUMBER_CHARS:
        i -= 1
    if i == j:
        return None
    if not body[:i].strip(_BLANKS):
        return _at_head(line)  # a numbered blank line: its number alone
    if i < 2 or body[i - 1] not in _BLANKS or body[i - 2] not in _BLANKS:
        return None
    return (len(body[:i].rstrip(_BLANKS)), len(line), body[i:j])


def _runs(lines: list[tuple[int, str]], find, head: bool) -> list[Edit]:
    edits: list[Edit] = []
    run: list[tuple[int, str, Found]] = []

    def close() -> None:
        if len(run) >= MIN_RUN and (not head or any(_NOT_A_ROW.match(line, f[1]) for _, line, f in run)):
            edits.extend((start + f[0], start + f[1], "") for start, _, f in run)
        run.clear()

    prev: int | None = None
    for start, line in lines:
        if not line.strip():
            continue  # a blank line the copy left unnumbered: the run goes on
        f = find(line)
        v = _value(f[2]) if f else None
        if v is None or prev is None or v != prev + 1:
            close()
        if f is not None and v is not None:
            run.append((start, line, f))
        prev = v
    close()
    return edits


def _margin_number_edits(text: str) -> list[Edit]:
    """Drop the line numbers of a margin's column (see the module docstring)."""
    if not (_ANY_HEAD.search(text) or _ANY_TAIL.search(text)):
        return []  # most plans: no line opening with a number and a blank, none closing with one
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    edits = _runs(lines, _at_head, True)
    numbered = {e[0] for e in edits}
    edits += [e for e in _runs(lines, _at_tail, False) if e[0] not in numbered]
    return sorted(edits)
