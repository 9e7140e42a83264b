"""Reading a labelled clause's fields once its bounds are known: each label's list of units
(the inheritance marker blanked out), its kind (lead, support, responsible, primary), notes and
placeholders set aside, and supervisors (督导单位) kept apart as watchers.
"""

from __future__ import annotations

import re

from respgraph.grammar.labelled.starts import _label_start, _related_resp, _roster
from respgraph.grammar.labels import (
    _LABEL_SCAN, _NOT_A_NAME_CHARS, _NOT_A_UNIT_PIECE, _OTHER_LABEL_SCAN, _PLACEHOLDER, _PLACEHOLDER_FIRST, INHERIT_RE,
    GrammarSettings, is_list_note,
)
from respgraph.grammar.mentions import _PRIMARY, _assign_roles, inherit_mentions, _label_kind, mention_of, _minus_holes
from respgraph.grammar.roles import _nested, _units_with_verbs
from respgraph.grammar.units import CLOSE, OPEN, Unit, looks_like_unit, split_units, strip_ws
from respgraph.records import Clause, Mention, Span

# 承办单位: the units handling a matter (a 督办 notice's), each its part (_read_labelled)
_EACH = re.compile(r"承\s*办$")


def _read_labelled(
    text: str,
    clause_start: int,
    label_at: int,
    body_end: int,
    clause_end: int,
    problems: list[str],
    settings: GrammarSettings,
    prefix_units: list[Unit] | None = None,
) -> Clause:
    """The clause ``text[clause_start:clause_end]`` whose labels start at ``label_at`` and whose
    lists end at ``body_end``: each label's units in their roles, notes and supervisors apart.
    ``prefix_units`` were written before the first label (they are responsible units)."""
    raw = text[clause_start:clause_end]
    inherit_names, holes = _inherit_holes(text, label_at, body_end, clause_end)
    notes: list[str] = []
    supervisors: list[Mention] = []
    sections: list[tuple[str, list[Unit]]] = [("resp", prefix_units)] if prefix_units else []
    sections += _sections(text, _field_labels(text, raw, label_at, body_end), label_at, body_end, holes, notes, supervisors)
    # Units written after 按职责分工 but before the inheritance marker (seed 004 item 1).
    if body_end < clause_end and inherit_names and text[clause_start] not in OPEN:
        extra_lo = body_end
        extra_hi = min(h[0] for h in holes)
        extra = split_units(text, 0, extra_lo, extra_hi) if extra_hi > extra_lo else []
        extra = [u for u in extra if looks_like_unit(u.text)]
        if sections and extra:
            sections[-1] = (sections[-1][0], sections[-1][1] + extra)
    sections = _set_against_supporters(_primary_placed(sections), labelled_from=1 if prefix_units else 0)
    mentions = _assign_roles(sections, settings)
    if not mentions and not supervisors:  # 督导单位：A alone is read: A supervises
        problems.append("no units")
    for u in mentions:
        # A label makes its list units; only flag what cannot be a name at all.
        if len(u.text) > 40 or not _NOT_A_NAME_CHARS.isdisjoint(u.text):
            problems.append(f"not a unit: {u.text}")
    inherit = inherit_mentions(inherit_names, mentions)
    return Clause(
        span=Span(clause_start, clause_end),
        raw=raw,
        mentions=mentions,
        inherit=inherit,
        parsed=not problems,
        problems=problems + notes,
        supervisors=supervisors,
    )


def _inherit_holes(
    text: str, label_at: int, body_end: int, clause_end: int
) -> tuple[list[tuple[str, int, int]], list[tuple[int, int]]]:
    """The inheritance markers' units (name, start, end), read apart, and the spans blanked out of
    the lists, sorted: each marker, and each stop inside the lists."""
    inherit_names: list[tuple[str, int, int]] = []
    holes: list[tuple[int, int]] = []
    has_marker = text.find("以", label_at, clause_end) >= 0
    for im in INHERIT_RE.finditer(text, label_at, clause_end) if has_marker else ():
        who = im.group("who")
        inherit_names.append((strip_ws(who), im.start("who"), im.end("who")))
        holes.append(_marker_hole(text, im.start(), im.end(), label_at, clause_end))
    # a stop inside the bracket parts two lists as ；does (（责任单位：A。B、C管委会参照执行）)
    holes += _stops_outside(text, label_at, body_end, holes)
    holes.sort()
    return inherit_names, holes


def _field_labels(text: str, raw: str, label_at: int, body_end: int) -> list[re.Match]:
    """The labels of the clause's lists in order: the role labels, and the other fields (督导单位,
    a roster) where the clause holds a colon or a 】."""
    labels = list(_LABEL_SCAN.finditer(text, label_at, body_end))
    if text.find("：", label_at, body_end) >= 0 or text.find(":", label_at, body_end) >= 0 or "】" in raw:
        # a field inside a unit's own bracket (A（责任人：王XX）) is a note on that unit
        labels += [m for m in _OTHER_LABEL_SCAN.finditer(text, label_at, body_end) if not _nested(text, label_at, m.start())]
        labels.sort(key=lambda m: m.start())
    return labels


def _sections(
    text: str,
    labels: list[re.Match],
    label_at: int,
    body_end: int,
    holes: list[tuple[int, int]],
    notes: list[str],
    supervisors: list[Mention],
) -> list[tuple[str, list[Unit]]]:
    """Each role label's (kind, units), in order; the supervisors a 督导单位 field names go to
    ``supervisors`` and the notes among the lists to ``notes``."""
    sections: list[tuple[str, list[Unit]]] = []
    for k, lm in enumerate(labels):
        s_start = lm.end()
        s_end = _label_start(text, labels[k + 1].start(), s_start) if k + 1 < len(labels) else body_end
        if lm.re is _OTHER_LABEL_SCAN:
            if lm.group("sup"):  # 督导单位：A、B: kept on the clause, never a lead or support
                supervisors += _supervisors(text, _minus_holes(s_start, s_end, holes), notes)
            continue
        if _roster(text, lm, label_at):
            continue  # …办结时限：…\n参加：张三 李四: the minutes' roster after the fields
        units: list[Unit] = []
        for a, b in _minus_holes(s_start, s_end, holes):
            units += _listed_units(_units_with_verbs(text, a, b), notes)
        sections.append((_section_kind(text, lm), units))
    return sections


def _section_kind(text: str, lm: re.Match) -> str:
    """The kind of a role label's list: lead, support, resp, or primary (the label says who leads)."""
    kind = _label_kind(lm.group("kind"))
    if kind == "support" and _related_resp(lm):
        kind = "resp"  # 相关责任单位：A、B: the responsible units, as 责任单位 (A leads when no one else does)
    if kind == "resp" and _PRIMARY.search(text, max(0, lm.start() - 4), lm.start("kind")):
        kind = "primary"  # 主要负责单位：A、B / 第一责任单位：A: the label says who leads
    elif kind == "resp" and _EACH.match(lm.group("kind")):
        # 承办单位：A、B、C (a 督办 notice's matter): each handles its part of it and leads, as with
        # 主要负责单位 (was the first listed alone); beside a 牵头 label they are 责任单位
        kind = "primary"
    return kind


def _primary_placed(sections: list[tuple[str, list[Unit]]]) -> list[tuple[str, list[Unit]]]:
    """The primary units lead, unless a 牵头 label names the lead (then they are 责任单位)."""
    if not any(kind == "primary" for kind, _ in sections):
        return sections
    pinned = any(kind == "lead" for kind, _ in sections)
    return [("resp" if pinned else "lead", us) if kind == "primary" else (kind, us) for kind, us in sections]


def _marker_hole(text: str, lo: int, hi: int, floor: int, ceil: int) -> tuple[int, int]:
    """The span blanked for an inheritance marker: with the bracket around it when the marker is a
    remark of its own in brackets after the list (…，各开发区管委会（以下均需各区县政府…落实，不再列出）),
    so that neither bracket is left on the unit before it (was 各开发区管委会（ and a unit ）)."""
    if lo <= floor or text[lo - 1] not in OPEN:
        return lo, hi
    j = hi
    while j < ceil and text[j] in "。.，, \t\u3000":
        j += 1
    if j < ceil and text[j] in CLOSE:
        return lo - 1, j + 1
    return lo, hi


def _stops_outside(text: str, a: int, b: int, holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each 。 of ``text[a:b]`` outside ``holes``, as a hole of its own character.

    (found by ``str.find``: a walk over every character of every labelled clause in Python was
    ~1 % of extracting, and a clause's body seldom holds a stop at all)"""
    out = []
    i = text.find("。", a, b)
    while i >= 0:
        if not any(h[0] <= i < h[1] for h in holes):
            out.append((i, i + 1))
        i = text.find("。", i + 1, b)
    return out


def _set_against_supporters(
    sections: list[tuple[str, list[Unit]]], labelled_from: int
) -> list[tuple[str, list[Unit]]]:
    """责任单位：A、B；配合单位：C: a 责任单位 list the clause sets against a labelled supporting
    group names the units answering for the task together, each a lead (explicit), as
    责任单位：A、B，C配合 and A、B负责，C配合 are read (roles._set_against_helpers); it was A by the
    first-listed convention and B a support beside C. Only a labelled list of two names or more,
    none with a word of its own (A、B按职责分工负责), in a clause naming no lead: beside a 牵头 label
    a 责任单位 list supports, one name keeps first-listed, and a 责任单位 list with no supporting
    group after it (责任单位：A、B) keeps the convention."""
    if any(kind == "lead" for kind, _ in sections) or any(
        u.marker in ("lead", "responsible") for _, us in sections for u in us
    ):
        return sections
    resp = [k for k, (kind, us) in enumerate(sections) if kind == "resp" and us]
    if len(resp) != 1 or resp[0] < labelled_from:
        return sections
    k = resp[0]
    units = sections[k][1]
    helped = any(kind == "support" and us for kind, us in sections[k + 1 :])
    if not helped or len(units) < 2 or any(u.marker is not None for u in units):
        return sections
    return [("lead", us) if j == k else (kind, us) for j, (kind, us) in enumerate(sections)]


def _listed_units(found: list[Unit], notes: list[str]) -> list[Unit]:
    """The units of a labelled list; a remark, a date or a placeholder among them is a note."""
    units = []
    for u in found:
        kind = _NOTE_KINDS.get(u.text, False)
        if kind is False:
            kind = _note_kind(u.text)
        if kind is None:
            units.append(u)
        else:
            notes.append(f"{kind}: {u.text}")
    return units


#: A listed name -> the note it is instead of a unit, or None for a unit (``_note_kind``): every
#: name of every labelled list is asked, and a plan names the same few dozen units list after list
#: (seeds: 433 of 544 names were asked before in the same plan). Emptied past the max.
_NOTE_KINDS: dict[str, str | None] = {}
_NOTE_KINDS_MAX = 20_000


def _note_kind(name: str) -> str | None:
    """What a listed name is when it is no unit: "note" (a remark on the list), "ignored" (a date,
    an action) or "no unit named" (a placeholder: alone, the clause has "no units"); else None."""
    if len(_NOTE_KINDS) >= _NOTE_KINDS_MAX:
        _NOTE_KINDS.clear()
    if is_list_note(name):
        kind = "note"
    elif _NOT_A_UNIT_PIECE.search(name):
        kind = "ignored"
    elif name[0] in _PLACEHOLDER_FIRST and _PLACEHOLDER.fullmatch(name):
        kind = "no unit named"
    else:
        kind = None
    _NOTE_KINDS[name] = kind
    return kind


def _supervisors(text: str, pieces: list[tuple[int, int]], notes: list[str]) -> list[Mention]:
    """The bodies of a 督导单位 / 督办单位 list (its people and remarks dropped as in any list),
    as mentions the clause keeps apart from its leads and supports: they check the work, and
    counting them as support would load a 督查室 with every task it follows."""
    return [_watcher(u) for a, b in pieces for u in _listed_units(split_units(text, 0, a, b), notes)]


def _watcher(u: Unit) -> Mention:
    """A supervising body as a mention (kept in ``Clause.supervisors``; its role unused)."""
    return mention_of(u, "support", "explicit")
