"""Deadlines stated once for several tasks: the ``StatedDeadlines`` rules of ``TaskBuilder``.

A task without a deadline of its own takes the one a phase heading or phase line above it
states (``（二）集中整治阶段（2025年4月—9月）`` / ``第一阶段：…（2025年3月底前）``), or a sentence of
the preamble, of its chapter's head or after its items (``以下任务均于2025年底前完成`` /
``上述任务须在2025年11月底前全部完成``), the nearest first (see ``give_stated_deadlines``).
"""

from __future__ import annotations

import bisect
import re

from respgraph.records import Deadline
from respgraph.structure.fields import governing_deadline, phase_deadline


# what a phase line (phase_deadline) or a governing sentence (governing_deadline) holds, one at least
# (以上 / 以下 before what they name: not 95%以上)
_STATED_HINT = re.compile(
    r"阶段(?!性)|期[（(：:]|以[下上](?=[各重主整工任措事项])|下列|上述|各项|所有|全部|本方案|本通知|本计划|本清单|\n[ \t\u3000]*[（(]?\d{1,4}[年月]"
)
# what a phase line without a number names (阶段 / 防火期), see _phase_line_in
_PHASE_NAMED = re.compile(r"阶段(?!性)|期")


class StatedDeadlines:
    """Mixin of ``TaskBuilder`` (its text, blocks, tasks, year, and the caches ``_own_stated``,
    ``_stated``, ``_hints`` it sets up)."""

    # ----------------------------------------------------------------- deadlines stated once
    def give_stated_deadlines(self) -> None:
        """Tasks without a deadline of their own take the one stated once above them: by the
        phase they are listed under (（二）集中整治阶段（2025年4月—9月） / 第一阶段：动员部署（2025年
        3月底前）on a line before them / 一、2025年3月—6月), or by a sentence of the preamble or
        their chapter's head (以下任务均于2025年底前完成。 / 各项任务须于6月底前完成。), the nearest
        first. (Their items had no deadline.)"""
        for t in self.tasks:
            if t.deadlines:
                continue
            k = self.block_at(t.span.start)
            if k is not None and (d := self._stated_deadline(k)) is not None:
                t.deadlines = [d]

    def _stated_deadline(self, i: int) -> Deadline | None:
        """The deadline stated for block ``i``: before it among its siblings, else by its heading's
        own line or text (a phase heading, a chapter opening 各项任务须于…完成), else the same a
        level up."""
        j = i
        while True:
            p = self.blocks[j].parent
            d = self._stated_before(p).get(j)
            if d is not None:
                return d
            if p is None:
                return None
            if p not in self._own_stated:
                b = self.blocks[p]
                nl = self.text.find("\n", b.body, b.end)
                line = self.text[b.body : b.end if nl < 0 else nl]
                self._own_stated[p] = phase_deadline(line, b.body, self.year) or governing_deadline(self.text, b.body, b.end, self.year)
            if self._own_stated[p] is not None:
                return self._own_stated[p]
            j = p

    def _hint_in(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds a match of _STATED_HINT (the text is scanned once)."""
        if self._hints is None:
            self._hints = [m.start() for m in _STATED_HINT.finditer(self.text)]
        k = bisect.bisect_left(self._hints, start)
        return k < len(self._hints) and self._hints[k] < end

    def _subtree_end(self, i: int) -> int:
        """Where the text of block ``i`` and the blocks below it ends."""
        while self.blocks[i].children:
            i = self.blocks[i].children[-1]
        return self.blocks[i].end

    def _phase_line_in(self, start: int, end: int) -> Deadline | None:
        """The deadline of the last phase line (phase_deadline) in ``text[start:end]`` that names
        its phase (第二阶段：排查整治（2025年4月至8月）): a date alone on a line of an item's text
        (1.推行… / 2025年6月底前 / 牵头单位：…) is the item's own deadline, not the next items'."""
        found = None
        while 0 <= start < end:
            nl = self.text.find("\n", start + 1, end)
            stop = end if nl < 0 else nl
            raw = self.text[start:stop]
            if len(raw) <= 64 and ("月" in raw or "年" in raw) and _PHASE_NAMED.search(raw):
                line = raw.strip()
                found = phase_deadline(line, start + len(raw) - len(raw.lstrip()), self.year) or found
            start = nl
        return found

    def _stated_before(self, p: int | None) -> dict[int, Deadline | None]:
        """Block -> the deadline the nearest phase line or governing sentence before it among
        the blocks right under ``p`` (None: the top level) states (computed once per heading)."""
        if p not in self._stated:
            kids = self.blocks[p].children if p is not None else self._top()
            out, carry = {}, None
            if kids and not self._hint_in(max(0, self.blocks[kids[0]].start - 1), self._subtree_end(kids[-1])):
                kids = []  # (no phase line nor governing sentence can stand there: no block is read)
            for c in kids:
                out[c] = carry
                b = self.blocks[c]
                if b.style == "para":
                    carry = governing_deadline(self.text, b.body, b.end, self.year) or carry
                # a phase line of its own (a paragraph, or a line or paragraph under the item before it)
                end = max([b.end] + [self.blocks[j].end for j in b.children if self.blocks[j].style == "para"])
                carry = self._phase_line_in(b.body if b.style == "para" else self.text.find("\n", b.body, end), end) or carry
            carry = None
            for c in reversed(kids):
                # 上述任务须在…前全部完成 after items (a paragraph, or one under the last of them):
                # said of those before it, nearer than the preamble's
                b = self.blocks[c]
                for j in [c] if b.style == "para" else [j for j in b.children if self.blocks[j].style == "para"]:
                    carry = governing_deadline(self.text, self.blocks[j].body, self.blocks[j].end, self.year, above=True) or carry
                if b.style != "para" and carry is not None:
                    out[c] = carry
            self._stated[p] = out
        return self._stated[p]
