"""Where a label opens a labelled clause: whether a bare role label (``牵头：``) stands alone
and not in narrative with a colon, whether a unit follows it, a meeting's roster (``参加：``),
and where a label with its level (``县级责任单位：``) begins.
"""

from __future__ import annotations

import re

from respgraph.grammar.labels import _LEVEL_BEFORE, MEMBERS, RELATED
from respgraph.grammar.units import OPEN, looks_like_unit, skip_ws, split_units, strip_ws

_FIRST_PIECE = re.compile(r"[^、，,；;。（(\n]{1,40}")


# a role said of the units a table's column names (各主责单位为任务落实的第一责任单位 / 牵头单位为本
#项工作的责任主体): what they are, not who they are
_ROLE_NOUN = re.compile(r"(?:的|第一)(?:责任|牵头|主责|主体)?(?:单位|部门|主体|责任人)$")


def _unit_follows(text: str, i: int, hi: int) -> bool:
    """Whether the list after ``牵头单位为`` opens with a unit's name."""
    m = _FIRST_PIECE.match(text, skip_ws(text, i, hi), hi)
    return m is not None and looks_like_unit(m.group()) and _ROLE_NOUN.search(m.group()) is None


def _label_stands_alone(text: str, m: re.Match, lo: int) -> bool:
    """A bare role label (``牵头：``) opens a clause only after a bracket, a separator or a line
    start: ``相关部门要主动配合：及时研究…`` is narrative with a colon, not a label. ``成员单位：``
    / ``副组长单位：`` open none (a 领导小组's roster), they only go on a clause its 组长单位 opened; nor does
    ``参加：`` opening a line: the roster of a meeting's minutes (参加：张三 李四 / 列席：…).
    Nor does ``相关单位：`` / ``相关部门：`` (only after a 主责 label: 主责部门：A\n相关部门：B):
    alone it is narrative with a colon more often than a list (要督促相关单位：一是加强巡查…);
    ``相关责任单位：`` is a 责任单位 label and opens one."""
    if m.group("bare") is None:
        kind = strip_ws(m.group("kind"))
        return kind not in MEMBERS and (kind != RELATED or _related_resp(m))
    return _opens_field(text, m.start(), lo) and not _roster(text, m, lo)


_ROSTER = re.compile(r"参\s*加\s*[：:]")
_RELATED_RESP = re.compile(r"相\s*关\s*责\s*任")


def _related_resp(m: re.Match) -> bool:
    """Whether the label ``m`` is ``相关责任单位：`` (a 责任单位 label)."""
    return _RELATED_RESP.match(m.group(), m.start("kind") - m.start()) is not None


def _roster(text: str, m: re.Match, lo: int) -> bool:
    """Whether the label ``m`` is ``参加：`` opening a line of people's names: the roster of a
    meeting's minutes (参加：张三　李四), not its units (参加：县文旅局、县教育局)."""
    if m.group("bare") is None or _ROSTER.match(text, m.start()) is None or not _line_start(text, m.start(), lo):
        return False
    end = text.find("\n", m.end())
    end = len(text) if end < 0 else end
    return not any(looks_like_unit(u.text) for u in split_units(text, 0, m.end(), end))


def _line_start(text: str, at: int, lo: int) -> bool:
    """Whether only blanks stand between ``at`` and its line's start (or ``lo``)."""
    i = at - 1
    while i >= lo and text[i] in " \u3000\t":
        i -= 1
    return i < lo or text[i] == "\n"


def _opens_field(text: str, at: int, lo: int) -> bool:
    """Whether a label at ``at`` opens a field: after the range start, whitespace, a bracket or
    a separator (``加强督导单位：`` inside a phrase does not)."""
    i = at - 1
    while i >= lo and text[i] in " \u3000\t":
        i -= 1
    return i < lo or at - i > 1 or text[i] in OPEN or text[i] in "；;，,。\n"


def _label_start(text: str, i: int, lo: int) -> int:
    """Where the label found at ``i`` begins, its level included: ``县级责任单位：`` begins at 县
    (a level read as a unit would end the list before it: ``A；县级`` named a unit 县级)."""
    m = _LEVEL_BEFORE.search(text, max(lo, i - 6), i)
    return m.start() if m else i
