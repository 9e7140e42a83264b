"""The edit engine of the clean-up: character classes, edits ``(start, end, replacement)`` and
``_Text``, the text being cleaned with its segment map (the offsets) back to the raw text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterable


Edit = tuple[int, int, str]  # replace raw[start:end] by the string (may be empty)


class Moved(str):
    """A replacement made of the replaced range's own pieces in another order (two columns copied
    line by line, read one column after the other): ``pieces`` are ranges ``(a, b)`` of the
    current text, or short strings put between them (a line break). Each moved character keeps its
    place in the raw text, so that what is read from it points at it in the file."""

    pieces: tuple[tuple[int, int] | str, ...]

    def __new__(cls, pieces: list[tuple[int, int] | str], text: str) -> "Moved":
        obj = super().__new__(cls, "".join(p if isinstance(p, str) else text[p[0] : p[1]] for p in pieces))
        obj.pieces = tuple(pieces)
        return obj

# --------------------------------------------------------------------------- character classes

# CJK ideographs (BMP blocks; extension planes are rare in plans) ...
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# ... and CJK punctuation: ideographic symbols, full-width forms, curly quotes, ellipsis, dashes.
_CJK_PUNCT = "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018-\u201f\u2026\u2014\u00b7"
_CJK = _HAN + _CJK_PUNCT

# --------------------------------------------------------------------------- small edit engine

# The map from the current text back to the raw text is kept as segments
# ``(dst_start, src_start, length, step)``: ``length`` characters from ``dst_start`` map to
# ``src_start, src_start + step, ...`` (step 1: kept run; step 0: a replacement standing for a
# whole raw run). Each pass costs O(edits + segments); the per-character offsets list is built
# once at the end with C-level ``list.extend(range(...))``.
Seg = tuple[int, int, int, int]


class _SegmentMap:
    """The segment map ``_Text.apply`` writes: the old map ``segs`` read in order (``si``, the
    first segment that may still overlap what is emitted next) into the new one ``out``, whose
    next character is ``dst`` of the new text."""

    __slots__ = ("segs", "out", "si", "dst", "starts")

    def __init__(self, segs: list[Seg], moved: bool):
        self.segs = segs
        self.out: list[Seg] = []
        self.si = 0
        self.dst = 0
        # segment starts, to find where a moved piece lies (it may lie before the last emitted)
        self.starts = [sg[0] for sg in segs] if moved else []

    def push(self, seg: Seg) -> None:
        """Append ``seg``, joined to the last segment when both are kept runs that follow on."""
        out = self.out
        if out:
            d0, s0, l0, st0 = out[-1]
            if st0 == 1 and seg[3] == 1 and d0 + l0 == seg[0] and s0 + l0 == seg[1]:
                out[-1] = (d0, s0, l0 + seg[2], 1)
                return
        out.append(seg)

    def emit_from(self, k: int, a: int, b: int) -> None:
        """Map current [a, b) to new positions starting at ``dst``, from segment ``k`` on."""
        segs, dst = self.segs, self.dst
        while k < len(segs) and segs[k][0] < b:
            d, src, ln, st = segs[k]
            lo, hi = max(a, d), min(b, d + ln)
            if hi > lo:
                self.push((dst + lo - a, src + (lo - d) * st, hi - lo, st))
            k += 1

    def _advance(self, i: int) -> None:
        """Move ``si`` to the first segment that does not end at or before ``i``."""
        segs, si = self.segs, self.si
        while si < len(segs) and segs[si][0] + segs[si][2] <= i:
            si += 1
        self.si = si

    def keep(self, a: int, b: int) -> None:
        """Map current [a, b), kept as it is and read in order, to the new text at ``dst``."""
        self._advance(a)
        self.emit_from(self.si, a, b)
        self.dst += b - a

    def src_of(self, i: int) -> int:
        """The raw position of current position ``i`` (read in order)."""
        self._advance(i)
        d, src, _, st = self.segs[self.si]
        return src + (i - d) * st

    def replace(self, start: int, end: int, repl: str) -> None:
        """Map ``repl``, written over current [start, end), to the new text at ``dst``."""
        if isinstance(repl, Moved):
            anchor = self.src_of(start)
            for piece in repl.pieces:
                if isinstance(piece, str):
                    self.push((self.dst, anchor, len(piece), 0))
                    self.dst += len(piece)
                else:
                    a, b = piece
                    self.emit_from(max(0, bisect_right(self.starts, a) - 1), a, b)
                    self.dst += b - a
        elif len(repl) == end - start:
            self.keep(start, end)
        else:
            self.push((self.dst, self.src_of(start), len(repl), 0))
            self.dst += len(repl)


class _Text:
    """Text being cleaned, with its segment map back to the raw text."""

    __slots__ = ("text", "segs")

    def __init__(self, raw: str):
        self.text = raw
        self.segs: list[Seg] = [(0, 0, len(raw), 1)] if raw else []

    def apply(self, edits: Iterable[Edit]) -> int:
        """Apply sorted, non-overlapping edits (in current coordinates); return their number.

        A replacement of the same length maps character by character; any other replacement
        maps all its characters to the first replaced raw character.
        """
        text = self.text
        edits = list(edits)
        new_map = _SegmentMap(self.segs, any(isinstance(e[2], Moved) for e in edits))
        parts: list[str] = []
        pos = 0
        n = 0
        for start, end, repl in edits:
            if start < pos:  # overlapping edit: the earlier one wins
                continue
            n += 1
            if start > pos:
                parts.append(text[pos:start])
                new_map.keep(pos, start)
            if repl or isinstance(repl, Moved):  # (an empty Moved still places its anchor)
                parts.append(repl)
                new_map.replace(start, end, repl)
            pos = end
        if not n:
            return 0
        if pos < len(text):
            parts.append(text[pos:])
            new_map.keep(pos, len(text))
        self.text = "".join(parts)
        self.segs = new_map.out
        return n

    def sub(self, pattern: re.Pattern[str], repl) -> int:
        """``re.sub`` keeping the map: ``repl`` is a string or a function of the match."""
        if isinstance(repl, str):
            return self.apply((m.start(), m.end(), repl) for m in pattern.finditer(self.text))
        return self.apply((m.start(), m.end(), repl(m)) for m in pattern.finditer(self.text))

    def offsets(self) -> list[int]:
        out: list[int] = []
        for _, src, ln, st in self.segs:
            out.extend(range(src, src + ln) if st else [src] * ln)
        return out
