"""The walks from a verb to the ends of its bracket or sentence, and the phrases between.

``_walk_back`` / ``_walk_forward`` bound the clause around the verb ``_inline_clause`` found;
``_phrases`` cuts it at depth-0 stops (and at 、 after a verb) for ``_read_inline`` to read one
by one. Each visits only the characters a pattern finds, not every character of the text.
"""

from __future__ import annotations

import re
from typing import Iterator

from respgraph.grammar.labels import _SEGMENT_STOP_BACK
from respgraph.grammar.units import CLOSE, OPEN


# What the walks from a verb to its bracket's or sentence's ends look at (brackets, their depth,
# and the stops): found by the pattern in C, not by a loop over every character between
_BACK_CHARS = re.compile("[" + re.escape(OPEN + CLOSE + _SEGMENT_STOP_BACK) + "]")
_FORWARD_CHARS = re.compile("[" + re.escape(OPEN + CLOSE) + "\n。]")


def _walk_back(text: str, floor: int, vs: int) -> tuple[int, bool, int]:
    """Back from the verb at ``vs`` (no further than ``floor``) to the start of the enclosing
    bracket or sentence: (where it opens or -1, whether a bracket, the depth of brackets closed
    on the way and left open)."""
    depth = 0
    for m in reversed(list(_BACK_CHARS.finditer(text, floor, vs))):
        c = m.group()
        if c in CLOSE:
            depth += 1
        elif c in OPEN:
            if depth == 0:
                return m.start(), True, 0
            depth -= 1
        elif depth == 0:  # a sentence's end: 。！？ or a line's
            return m.start(), False, 0
    return -1, False, depth


def _walk_forward(text: str, ve: int, top: int, bracketed: bool) -> tuple[int, int, int]:
    """Forward from the verb ending at ``ve`` (to ``top`` at most) to the end of the bracket or
    sentence: (where it ends or -1, where the walk stopped, the depth of brackets left open)."""
    depth = 0
    for m in _FORWARD_CHARS.finditer(text, ve, top):
        c = m.group()
        if c in OPEN:
            depth += 1
        elif c in CLOSE:
            if depth == 0:
                # unbracketed, the close of a bracket whose open OCR lost (。A牵头，B配合）)
                # or that opened before the sentence (（一是…。由A牵头，B配合）)
                return m.start(), m.start(), 0
            depth -= 1
        elif depth == 0 and (c == "\n" or not bracketed):
            # a bracket the line leaves open (clean-up joins the lines of a clause broken
            # mid-way, so its close was lost: （A、B按职责分工负责 / 2.…) ends at the line end;
            # a bracket may hold sentences: （A、B按职责分工负责，C负责落实。以下均需C落实，不再列出）
            return m.start(), m.start(), 0
    return -1, max(ve, top), depth


# The characters _phrases acts on (brackets, the stops between phrases): it looks at these alone,
# found by the pattern in C, not at every character of the clause
_PHRASE_CHARS = re.compile("[" + re.escape(OPEN + CLOSE) + "，,；;。、 ]")


def _phrase_ends(text: str, a: int, b: int) -> Iterator[int]:
    """Where the phrases of ``text[a:b]`` end: at depth-0 ，；。, and at 、 or a blank right after a
    verb (A牵头、B配合 / A牵头 B配合, a blank the clean-up kept after the verb); lazily, so that a
    reader of the first phrase alone cuts no more."""
    depth = 0
    for m in _PHRASE_CHARS.finditer(text, a, b):
        c = m.group()
        if c in OPEN:
            depth += 1
        elif c in CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            i = m.start()
            if c in "，,；;。" or text[max(a, i - 2) : i] in _PHRASE_END_VERBS or text[max(a, i - 4) : i] in _PHRASE_END_LONG:
                yield i


def _phrases(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """``text[a:b]`` split into phrases at depth-0 ，；。, and at 、 right after a verb (A牵头、B配合)."""
    phrases: list[tuple[int, int]] = []
    p = a
    for i in _phrase_ends(text, a, b):
        phrases.append((p, i))
        p = i + 1
    phrases.append((p, b))
    return phrases


def _first_phrase(text: str, a: int, b: int) -> tuple[int, int]:
    """``_phrases(text, a, b)[0]`` without cutting the rest (a test of the first phrase alone)."""
    return a, next(_phrase_ends(text, a, b), b)


_PHRASE_END_VERBS = {"牵头", "负责", "配合", "参与", "参加", "协助", "协办", "协同", "落实", "指导"}
_PHRASE_END_LONG = {"牵头组织", "牵头抓总", "负责统筹"}  # A牵头组织、B配合
