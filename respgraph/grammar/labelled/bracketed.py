"""A labelled clause inside a bracket: the bracket that opens before its label (right before
it, before other fields ``（责任领导：…；牵头单位：A）``, or before units ``（A牵头；配合单位：B）``)
and where it closes; ``fields_only``, whether a span holds nothing but other fields.
"""

from __future__ import annotations

import re

from respgraph.grammar.labels import (
    _BRACKETED_TOKENS, _NEXT_ITEM, INHERIT_RE, LABEL_RE, OTHER_LABEL_RE, trim_end, is_list_note,
)
from respgraph.grammar.roles import _units_with_verbs
from respgraph.grammar.units import CLOSE, OPEN, Unit, looks_like_unit, skip_ws, split_units
from respgraph.grammar.units.people import _TITLE

def _opening_bracket_before(text: str, pos: int, lo: int) -> int:
    """Index of the bracket that opens right before ``pos`` (whitespace allowed), else -1."""
    i = pos - 1
    while i >= lo and text[i] in " \u3000\t\r\n":
        i -= 1
    if i >= lo and text[i] in OPEN:
        return i
    return -1


_FIELDS_ONLY = re.compile(r"(?:\s*" + OTHER_LABEL_RE.pattern + r"[^；;。\n（）()]{0,30}[；;，,\s]*)+")


# Lines of other fields only (责任领导：刘某某（副县长）/【牵头省领导】分管副省长), or nothing
# (possessive: a run of blanks could be split between the value, its separators and the next
# line's blanks in every way, and a long one took seconds to fail)
# ... or a line of any short label whose value is leaders by their posts (调度领导：副县长 张某某 /
# 协调人：县长 李某，副县长 王某): people, whatever the plan calls the field (an unknown label
# opened a paragraph of its own, the item above it made a section and its text dropped)
_LEADERS_VALUE = (
    r"[\u4e00-\u9fff]{2,8}[：:][ \t\u3000]*+(?:" + _TITLE + r")[ \t\u3000]*+[\u4e00-\u9fffXx×＊*]{1,3}"
    r"(?:[，,、][ \t\u3000]*+(?:" + _TITLE + r")[ \t\u3000]*+[\u4e00-\u9fffXx×＊*]{1,3})*+[ \t\u3000]*+(?=\n|$)"
)
# ... or a line of a short label named for a person (化解人 / 攻坚负责人 / 专班组长 / 联络干部 / 联络员) whose
# value is names alone (张某某 / 王立新、李某): people with no post written, whatever the field is
# called (it opened a paragraph of its own, the item above it became a section and its text was
# dropped); a name never ends as a body's name does (化解人：县信访局 is no person)
_PERSON_NAME = r"[\u4e00-\u9fff](?:[\u4e00-\u9fffXx×＊*]{1,2}?同志|[\u4e00-\u9fffXx×＊*]{1,2}+(?<![局委办府室所站队院心司会组部厅处科镇乡街区县市]))"
_NAMES_VALUE = (
    r"[\u4e00-\u9fff]{0,6}(?:人|员|领导|组长|干部|同志)[：:][ \t\u3000]*+" + _PERSON_NAME
    + r"(?:[，,、][ \t\u3000]*+" + _PERSON_NAME + r")*+[ \t\u3000]*+(?=\n|$)"
)
_FIELD_LINES = re.compile(
    r"(?:\s*+(?:" + OTHER_LABEL_RE.pattern.replace("(?P<sup>", "(?:") + r"[^；;。\n]{0,40}+|" + _LEADERS_VALUE + "|" + _NAMES_VALUE
    + r")[；;。，,\s]*+)*+\s*+"
)
# fields before a clause are a few short lines
_FIELD_LINES_MAX = 400


def fields_only(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` holds nothing but other fields (责任领导：…) before a clause."""
    return b - a <= _FIELD_LINES_MAX and _FIELD_LINES.fullmatch(text, a, b) is not None


def _fields_before(text: str, label_at: int, lo: int) -> int:
    """The bracket opening before ``label_at`` when only other fields (责任领导：…；) stand between."""
    floor = max(lo, label_at - 80)
    k = max(text.rfind("（", floor, label_at), text.rfind("(", floor, label_at))
    if k < 0:
        return -1
    m = _FIELDS_ONLY.fullmatch(text, k + 1, label_at)
    return k if m else -1


def _unit_prefix(text: str, label_at: int, lo: int) -> tuple[int, list[Unit]] | None:
    """(bracket, units) when ``label_at`` sits in a bracket that opens with a unit list."""
    depth = 0
    i = label_at - 1
    floor = max(lo, label_at - 200)
    while i >= floor:
        c = text[i]
        if c in CLOSE:
            depth += 1
        elif c in OPEN:
            if depth == 0:
                break
            depth -= 1
        elif c in "。\n":
            return None
        i -= 1
    else:
        return None
    j = label_at
    while j > i + 1 and text[j - 1] in " \u3000\t\r\n；;，,":
        j -= 1
    units = _units_with_verbs(text, i + 1, j)
    if not units or not all(looks_like_unit(u.text) for u in units):
        return None
    return i, units


def _close_bracket(text: str, label_at: int, hi: int) -> tuple[int, int, bool]:
    """(body end, clause end, closed) for a clause opened by a bracket before ``label_at``."""
    depth = 1
    for t in _BRACKETED_TOKENS.finditer(text, label_at, hi):
        c = t.group()
        i = t.start()
        if c in OPEN:
            # A second labelled clause opening means this one was never closed.
            if LABEL_RE.match(text, i + 1, hi) and depth == 1:
                return trim_end(text, label_at, i), trim_end(text, label_at, i), False
            depth += 1
        elif c in CLOSE:
            depth -= 1
            if depth == 0:
                return i, i + 1, True
        elif c == "。":
            nxt = skip_ws(text, i + 1, hi)
            if depth == 1 and (INHERIT_RE.match(text, nxt, hi) or LABEL_RE.match(text, nxt, hi) or OTHER_LABEL_RE.match(text, nxt, hi)):
                # （牵头单位：A；责任单位：B。以下均需B落实，不再列出） / （牵头单位：A。责任单位：B）: one clause
                continue
            if depth == 1 and _units_then_close(text, nxt, hi):
                # （责任单位：A。B、C管委会参照执行）: more units of the list after a stop, the bracket
                # closing after them (was cut at the stop and flagged unbalanced, B and C lost)
                continue
            if depth == 1 and _note_then_close(text, nxt, hi):
                # （责任单位：A、B，C。列第一位的为牵头单位，下同）: a remark on the list after a stop, the
                # bracket closing after it (was cut at the stop and flagged unbalanced)
                continue
            return i, i, False
        elif c == "\n" and depth >= 1:
            if _NEXT_ITEM.match(text, i + 1, hi):
                e = trim_end(text, label_at, i)
                return e, e, False
    e = trim_end(text, label_at, hi)
    return e, e, False


def _note_then_close(text: str, a: int, hi: int) -> bool:
    """Whether ``text[a:]`` is only remarks on the list (列第一位的为牵头单位，下同) closing its
    bracket before any other stop or line break."""
    k = a
    while k < hi and text[k] not in "）)。\n（(":
        k += 1
    if k >= hi or text[k] not in "）)" or k - a < 2:
        return False
    pieces = [p for p in re.split(r"[，,；;、]", text[a:k]) if p.strip()]
    return bool(pieces) and all(is_list_note(p.strip()) for p in pieces)


def _units_then_close(text: str, a: int, hi: int) -> bool:
    """Whether ``text[a:]`` is a list of units (its 参照执行 tail set aside) closing its bracket
    before any other stop or line break."""
    k = a
    while k < hi and text[k] not in "）)。\n（(":
        k += 1
    if k >= hi or text[k] not in "）)" or k - a < 3:
        return False
    units = split_units(text, 0, a, k)
    return bool(units) and all(looks_like_unit(u.text) for u in units)
