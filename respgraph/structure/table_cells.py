"""What a division table's cell says: its units and their roles (``_units``, ``_worded_units``),
its deadlines (``_cell_deadlines``, ``_written_deadline``), where its text sits in the plan
(``_cell_span``), and the marks a cell's text opens with (a measure's number ``_CELL_MARK``, a
section title ``_SECTION_MARK``), shared by ``tables`` and ``text_tables``.
"""

from __future__ import annotations

import re

from dataclasses import replace

from respgraph.records import Cell, Deadline, Mention, Span
from respgraph.grammar.units import names_apart
from respgraph.structure.fields import find_deadlines

_SEP = re.compile(r"[、，,；;\n]+")
_YEAR = re.compile(r"(20\d{2})")
# a row holding only a short title (一、大气污染防治 / （一）新型基础设施) groups the rows below
_SECTION_TEXT = re.compile(r"^[^。；;]{1,40}$")
_SECTION_MARK = re.compile(r"^(第?[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])")
_SECTION_NUM = re.compile(r"^(第?[一二三四五六七八九十]+[、.．]?|[（(][一二三四五六七八九十]+[)）])$")
# a measure's own number in its cell ((1)推行… / 2.推进… / ②…), not part of its title
_CELL_MARK = re.compile(r"(?:[（(]\d{1,2}[)）]|\d{1,2}[.、．](?!\d)|[①-⑳])[ \u3000]*(?=\S)")  # .match only


def _position(cell: Cell, i: int) -> int:
    """Document offset of character ``i`` of ``cell.text`` (for a wrapped cell, of its pieces)."""
    if not cell.parts:
        return cell.span.start + i
    j = 0
    for k, part in enumerate(cell.parts):
        if k and cell.text.startswith("\n", j):  # the line break set between two names
            if i == j:
                return cell.parts[k - 1].end
            j += 1
        n = part.end - part.start
        if i < j + n:
            return part.start + i - j
        j += n
    return cell.parts[-1].end


def _cell_span(cell: Cell, a: int, b: int) -> Span:
    """The document span of ``cell.text[a:b]``."""
    return Span(_position(cell, a), _position(cell, b - 1) + 1) if b > a else Span(_position(cell, a), _position(cell, a))


# A unit cell written as a clause (市生态环境局牵头，市水利局配合 / 各县（市、区）人民政府负责落实):
# read by the grammar, so the duty words are not taken into the names; its role words, when it
# sets some units against others, give the roles.
_CELL_DUTY = re.compile(r"牵头|主责|主办|配合|参与|协助|协办|协同|负责")
_CELL_ROLES = re.compile(r"牵头|主责|主办|配合|参与|协助|协办|协同")
_BRACKETED = re.compile(r"[（(][^（()）]*[)）]")


def _worded_units(cell: Cell, role: str) -> list[Mention]:
    """The units of a cell written as a clause; [] when it holds no duty word outside brackets
    (市住建局（牵头） is a marker the splitter reads) or the grammar reads none."""
    bare = _BRACKETED.sub("", cell.text)
    if not _CELL_DUTY.search(bare):
        return []
    from respgraph.responsibilities import find_clauses, task_mentions

    own_roles = bool(_CELL_ROLES.search(bare))  # else (A、B负责落实) the column says the role
    clauses, shift = find_clauses(cell.text, 0, len(cell.text)), 0
    if not clauses:
        # 各单位配合 / 请各单位积极配合: a cell is the task's own, as a bracket after it is (the
        # grammar leaves a sentence naming only 各单位 as prose; the cell was one unit 请各单位配合)
        # (the column, not the bracket's convention, gives the role: 县公安局，请各单位配合 support)
        clauses, shift, own_roles = find_clauses("（" + cell.text + "）"), 1, False
    return [
        Mention(m.text, m.role if own_roles else role, "table", _cell_span(cell, m.span.start - shift, m.span.end - shift), list(m.portfolio), m.collective)
        for m in task_mentions(clauses, [])
        if m.role in ("lead", "support")
    ]


# a cell left empty on purpose: — / ／ / 无 / 暂无 / 不涉及 (no unit: was the unit ―, the lead of its row)
_NO_UNIT = re.compile(r"[\s\u3000]*(?:[—–―─\-－_/／\\…·]+|无|暂无|空|不涉及)[\s\u3000]*")


def _names_set_apart(text: str) -> str:
    """A cell's text with each line break between two whole names (县交通运输局 / 九江海事局彭泽海事处:
    one name a line, the next opening with no level, which the splitter would join as a wrap)
    made the list's separator; a name cut across lines (县生态环 / 境局) stays as it is. One
    character for one: the names' places in the cell hold."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    return "".join(
        line + ("" if k == len(lines) - 1 else "、" if names_apart(line, lines[k + 1]) else "\n")
        for k, line in enumerate(lines)
    )


def _units(cell: Cell, role: str) -> list[Mention]:
    """Split a cell on 、，,；; (not inside brackets) into mentions with spans."""
    if _NO_UNIT.fullmatch(cell.text):
        return []
    worded = _worded_units(cell, role)
    if worded:
        return worded
    try:
        from respgraph.grammar.units import split_units

        units = split_units(_names_set_apart(cell.text), 0)
        out = []
        # 市教育局（牵头）、市财政局、市民政局 in a 牵头单位 column: the unit marked leads, the others work
        # with it, as 责任单位：A（牵头）、B reads (each was a lead of the row)
        marked_lead = role == "lead" and any(getattr(u, "marker", None) == "lead" for u in units)
        for u in units:
            name = getattr(u, "text", None) or getattr(u, "name", "")
            start = getattr(u, "start", 0)
            end = getattr(u, "end", start + len(name))
            marker = getattr(u, "marker", None)  # 市住建局（牵头） in a cell
            r = marker if marker in ("lead", "support") else "support" if marked_lead else role
            portfolio = list(getattr(u, "portfolio", []) or [])
            if name:
                out.append(Mention(name, r, "table", _cell_span(cell, start, end), portfolio, bool(getattr(u, "collective", False))))
        if out:
            return out
    except Exception:  # the responsibilities splitter is optional here
        pass
    out, depth, piece_start = [], 0, 0
    text = cell.text
    for k, ch in enumerate(text + "、"):
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        if (k == len(text) or (_SEP.match(ch) and depth == 0)):
            raw = text[piece_start:k]
            name = raw.strip().rstrip("等")
            if name:
                s = piece_start + (len(raw) - len(raw.lstrip()))
                out.append(Mention(name, role, "table", _cell_span(cell, s, s + len(name)), collective=name.startswith("各")))
            piece_start = k + 1
    return out


def _cell_deadlines(cell: Cell, year: int | None, issued: str | None = None) -> list[Deadline]:
    if not cell.parts:
        return find_deadlines(cell.text, cell.span.start, year, issued)
    return [replace(d, span=_cell_span(cell, d.span.start, d.span.end)) for d in find_deadlines(cell.text, 0, year, issued)]


# 1个工作日 / 24小时 / 即时办结 in a 时限 column (办理时限 / 承诺办结时限 / 法定时限): how long a
# service may take, not when work is due. (The column's name does not say it: a ledger's
# 办结时限 holds the date its work is due, 2024年9月.)
_PROCESSING_TIME = re.compile(
    r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十半]{1,3})\s*个?\s*(?:工作日|小时|分钟)\s*(?:内|以内)?(?:办结|办理)?|"
    r"即时办结|即办件?|当场办结|当场办理|当日办结|立即办理"
)


def _written_deadline(cell: Cell) -> Deadline | None:
    """A 完成时限 cell no deadline pattern reads (长期坚持, 持续推进): one deadline as written."""
    text = cell.text.strip()
    if not text:
        return None
    y = _YEAR.search(text)
    return Deadline(text, int(y.group(1)) if y else None, None, "by", cell.span)
