"""Step 6b, a single-blank division table flattened onto the line of the text around it (a download
site's copy of a 整改清单: …任务清单 序号 反馈问题 责任领导 牵头单位 责任单位 整改时限 1 洱海… 李建华 县水务局 …
2018年12月底前 2 …), or wrapped with that text at a fixed width (牵 / 头单位, a row's cells over two
lines): its header and rows go back on lines of their own, so that the OCR-space step keeps the
blanks between cells (``spacing._single_spaced_tables``) and the table is read.

The header opens with 序号 / 编号, three column names or more one blank apart, a unit column among
them, and row 1 follows it; a row opens where the number counts on (k, a blank, the task's first
character) after the row before has its cells (a task, a unit and a third: a date, or the next
unit). The last row ends after its deadline cell when the header ends with one (the signature or
the site's footer ran on after it).
"""

from __future__ import annotations

import re

from respgraph.clean.edits import Edit
from respgraph.clean.lines import _wrap_width
from respgraph.clean.spacing import _head_words, _is_head

_HEAD_START = re.compile(r"[序编][ \u3000]?号")  # (序 号: an OCR blank inside it too)
_TOKEN = re.compile(r"[^ \u3000\n]+")
_HEAD_TOKENS = 30


def _header(view: str, i: int) -> tuple[int, list[str]] | None:
    """The flattened header opening at ``i`` (序号 …): where it ends and its column names, when
    three names or more, one a unit column, stand one blank apart and row 1 follows (its own
    token, or glued to the last name: 整改时限1 洱海…). A name an OCR blank cut (责任 领导) is read
    whole."""
    tokens: list[re.Match] = []
    pos = i
    while len(tokens) < _HEAD_TOKENS and (m := _TOKEN.match(view, pos)) is not None:
        tokens.append(m)
        pos = m.end()
        if view[pos : pos + 1] not in (" ", "\u3000"):
            break  # the line's end, or no blank: no more of a one-blank run
        pos += 1
    words = [t.group() for t in tokens]
    for r in range(3, len(words)):
        glued = words[r - 1].endswith("1") and len(words[r - 1]) > 1
        if words[r] == "1" or glued:
            head = words[: r - 1] + [words[r - 1][:-1]] if glued and words[r] != "1" else words[:r]
            sizes = _head_words(head)
            if _is_head(head, sizes):
                names, k = [], 0
                for n in sizes:
                    names.append("".join(head[k : k + n]))
                    k += n
                end = tokens[r - 1].end() - (1 if glued and words[r] != "1" else 0)
                return end, names
    return None


_FLAT_ROW_GAP = 600  # how far the next row's number may be: a row is a task, a leader, units, a date
_FLAT_DEADLINE = re.compile(
    r"(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底|中旬|上旬|下旬|末)?(?:前|以前)?(?:完成)?|长期(?:坚持)?|持续推进|立行立改|常态化推进)"
)
_TIME_HEAD = re.compile(r"(?:完成|整改|办结)?(?:时限|时间|期限)$")


def _unwrapped(text: str) -> tuple[str, list[int]]:
    """The text with the breaks of its full lines dropped when it was wrapped at a fixed width
    (else the text itself), and for each of its characters the index in ``text``."""
    wrap = _wrap_width(text)
    if not wrap:
        return text, list(range(len(text)))
    keep: list[int] = []
    parts: list[str] = []
    start = 0
    while start <= len(text):
        nl = text.find("\n", start)
        end = len(text) if nl < 0 else nl
        # the line's break goes where the width ran out (a full line): no break of the text's
        stop = end if nl < 0 or end - start >= wrap else end + 1
        parts.append(text[start:stop])
        keep.extend(range(start, stop))
        if nl < 0:
            break
        start = nl + 1
    return "".join(parts), keep


def _row_starts(view: str) -> list[tuple[int, list[int], int | None]]:
    """Per flattened table in ``view``: where its header starts, where its rows start and where
    its last row ends after its deadline (None: where its line does)."""
    out: list[tuple[int, list[int], int | None]] = []
    for m in _HEAD_START.finditer(view):
        if out and m.start() < out[-1][1][-1]:
            continue
        found = _header(view, m.start())
        if found is None:
            continue
        head_end, heads = found
        rows: list[int] = []
        pos, k = head_end, 1
        while True:
            row = re.compile(rf"(?<![\d.．]){k}[ \u3000](?=[\u4e00-\u9fff“《（(])").search(view, pos, pos + _FLAT_ROW_GAP)
            if row is None or "\n" in view[pos : row.start()]:
                break
            if rows and len(view[pos : row.start()].split()) < min(3, len(heads) - 1):
                break  # 1 新建污水处理厂，今年建成 2 座: a count in the task, its row not ended
            rows.append(row.start())
            pos, k = row.end(), k + 1
        if len(rows) < 2:
            continue  # one number after a header is no table's run of rows
        end = None
        if _TIME_HEAD.match(heads[-1]):
            eol = view.find("\n", rows[-1])
            eol = len(view) if eol < 0 else eol
            # the deadline cell: after a blank, past the row's task (its text may name dates too)
            for gap in list(re.finditer(r"[ \u3000]+", view[rows[-1] : eol]))[len(heads) - 2 :]:
                d = _FLAT_DEADLINE.match(view, rows[-1] + gap.end())
                if d is not None and d.end() < eol:
                    end = d.end()
                    break
        out.append((m.start(), rows, end))
    return out


def _flat_table_edits(text: str) -> list[Edit]:
    if "号" not in text or _HEAD_START.search(text) is None:
        return []  # (fast path: no flattened header can be here)
    view, at = _unwrapped(text)
    edits: list[Edit] = []
    for head, rows, end in _row_starts(view):
        breaks = [at[head], *(at[r] for r in rows)] + ([at[end]] if end is not None and end < len(at) else [])
        for i in breaks:  # a line break before each: the blank before it, or one put in
            if i == 0 or text[i - 1] == "\n":
                continue
            edits.append((i - 1, i, "\n") if text[i - 1] in " \u3000" else (i, i + 1, "\n" + text[i]))
        # the wrap's breaks inside the table go: its rows are its lines now
        last = breaks[-1]
        edits += [(k, k + 1, "") for k in range(breaks[0], last) if text[k] == "\n" and k + 1 not in breaks]
    edits.sort()
    return edits
