"""Clauses: where a responsibility clause stands in running text and who it names in which role.

Two kinds of clause are found by one compiled scanner (so the cost is linear in the text):

* labelled clauses, ``（牵头单位：A；责任单位：B、C）`` / ``责任单位:A(portfolio)、B等按职责分工``;
  a label is ``[level][主要]{牵头|责任|配合|协助|协办|参与|协同|联动|指导|主办|主责|承办|主管|监管…}
  {单位|部门|主体|处室|科室|乡镇}：`` (also ``责任单位（部门）：`` and ``牵头单位为A，配合单位为B``),
  the level or kind of duty being ``市级 / 县直 / 市县 / 第一 / 属地 / 行业 …``; tolerant of OCR
  spaces (``责 任单位``) and line breaks.
* label-less wordings, ``（A牵头，B、C配合）`` / ``。由A牵头，B参与。`` / ``（A负责）``: they
  count only when they fill a whole bracket or sentence and every unit looks like a unit, so
  narrative such as ``积极配合市直有关部门推动…`` is not read as an assignment. A phrase may
  state the unit's part of the task (``县委组织部负责制定培训计划，县人社局配合做好经费保障。``,
  ``A要牵头…``, ``A会同B开展…``, ``在A的指导下，B负责…``): outside a bracket such phrases count
  beside a phrase that assigns, or all together when every unit is a named body of a place
  (``A负责X；B负责Y``), since ``企业负责…，监管部门负责…`` states a principle; a collective
  may work with a named lead (``县住建局会同有关部门，研究制定…``). After a lead and a
  support the action they share ends the clause (``由A牵头，B配合，开展…``); what was done
  (``…开展了检查``), reported speech (``县长指出，…``) and a party committee or government
  leading the work (``县委负总责，县政府具体负责``) stay prose.

    >>> c = find_clauses("加强监管。（牵头单位：区环保局；责任单位：各乡镇（街道））")[0]
    >>> [(m.text, m.role, m.basis) for m in c.mentions]
    [('区环保局', 'lead', 'explicit'), ('各乡镇（街道）', 'support', 'explicit')]

This module is the entry (``find_clauses``, ``find_inherit_markers``; ``fields_only`` and
``GrammarSettings`` are imported from here too); the grammar itself is in ``labels`` (vocabulary,
scanner, settings), ``labelled`` (labelled clauses), ``roles`` (who leads, who supports) and
``inline`` (label-less clauses).
"""

from __future__ import annotations

import bisect
import re

from respgraph.grammar.amendments import amendment_clauses
from respgraph.grammar.directives import directive_clauses
from respgraph.grammar.inline import _inline_clause
from respgraph.grammar.inline.organising import _bodies_acting, _places_acting
from respgraph.grammar.inline.phrase_units import _BODY_FIRST
from respgraph.grammar.labelled import (
    _bare_unit_brackets,
    _bare_unit_lines,
    _item_follows,
    _label_stands_alone,
    _label_start,
    _labelled_clause,
    _opens_field,
    _unit_follows,
    _watcher,
    fields_only,
)
from respgraph.grammar.labels import _SEGMENT_STOP_BACK, DIRECTIVE_RE, GIVEN_ACTIONS, INHERIT_ABOVE_RE, INHERIT_RE, OVER_VERBS, SCAN_RE, GrammarSettings
from respgraph.grammar.mentions import inherit_mentions
from respgraph.grammar.units import looks_like_unit, skip_ws, split_units, strip_ws
from respgraph.records import Clause, Span


# the actions a phrase giving work by 由 may close with (labels.GIVEN_ACTIONS), up to the phrase's
# stop, and how far after the 由 they are looked for (labels._GIVEN: 30 characters)
_ACTION = re.compile("|".join(GIVEN_ACTIONS))
_PHRASE_STOP = re.compile(r"[，,；;。！？!?\n（(）)]")
_GIVEN_REACH = 34


def find_clauses(
    text: str, start: int = 0, end: int | None = None, settings: GrammarSettings | None = None
) -> list[Clause]:
    """Every responsibility clause in ``text[start:end]``, in order, spans absolute into ``text``.

    >>> t = "1.加强治理。（责任单位：区发改委、区工信局）"
    >>> [(m.text, m.role, m.basis) for m in find_clauses(t)[0].mentions]
    [('区发改委', 'lead', 'first_listed'), ('区工信局', 'support', 'explicit')]
    """
    settings = settings or GrammarSettings()
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    clauses: list[Clause] = []
    covered = start
    quiet_until = start  # verbs before this were already judged narrative (keeps the scan linear)
    for m in SCAN_RE.finditer(text, start, end):
        if m.start() < covered:
            continue
        if m.group("label"):
            if not _label_stands_alone(text, m, start):
                continue
            if m.group().endswith("为") and not _unit_follows(text, m.end(), end):
                continue  # 各责任单位为确保…: 为 opens a purpose, not a list
            clause = _labelled_clause(text, _label_start(text, m.start(), covered), covered, end, settings)
        elif m.group("watch"):
            if not _opens_field(text, m.start(), start):
                continue
            clause = _labelled_clause(text, m.start(), covered, end, settings)
        elif m.start() < quiet_until:
            continue
        elif m.group("given"):
            clause = _given_clause(text, m, start, end, covered, settings)
        elif m.group("over"):
            if not _oversees_actors(text, m.end(), end):
                continue  # 县政府督促各企业落实…: no places doing the work (a verb after 督促 reads them)
            clause, _ = _inline_clause(text, m.start(), m.end(), start, end, covered, settings)
        elif m.group("guide"):
            if _in_directive(text, max(start, covered), m.start()):
                continue  # 会议要求，A要做好X，B要加强指导: each unit's duty, read by directive_clauses
            clause, _ = _inline_clause(text, m.start(), m.end(), start, end, covered, settings)  # (likewise)
        else:
            clause, quiet_until = _inline_clause(text, m.start(), m.end(), start, end, covered, settings)
            if clause is None and m.group("verb") in OVER_VERBS:
                # 第1项工作由A统筹调度，本项工作由B负责，C配合: 统筹 read no clause there; a clause
                # verb after it in the sentence may still read its part (only 统筹 itself was judged)
                quiet_until = m.end()
        if clause is not None:
            clauses.append(clause)
            covered = clause.span.end
            if (watch := _watch_sentence(text, covered, end)) is not None:
                clauses.append(watch)
                covered = watch.span.end
    return _with_amendments(text, start, end, _with_unverbed(text, start, end, clauses, settings))


def _with_amendments(text: str, start: int, end: int, clauses: list[Clause]) -> list[Clause]:
    """``clauses`` with a notice's changes of assignment (第5项任务牵头单位由A调整为B) in place of what
    the other readings took there: the unit taken away (A) or the words of the change
    (增加B为配合单位: a unit 增加B) are no assignment; a change of every task at once reads as nothing."""
    changes, quiet = amendment_clauses(text, start, end)
    if not changes and not quiet:
        return clauses
    taken = sorted((t.start, t.end) for t in [c.span for c in changes] + quiet)
    starts = [a for a, _ in taken]
    reach = []  # the furthest end of the spans up to each one (they may overlap: a quiet 增加… inside none)
    for _, b in taken:
        reach.append(max(b, reach[-1]) if reach else b)

    def overlaps(c: Clause) -> bool:
        k = bisect.bisect_left(starts, c.span.end) - 1  # the last span starting before the clause ends
        return k >= 0 and reach[k] > c.span.start

    kept = [c for c in clauses if not overlaps(c)]
    return sorted(kept + changes, key=lambda c: c.span.start)


def _given_clause(text: str, m: re.Match, start: int, end: int, covered: int, settings: GrammarSettings) -> Clause | None:
    """The clause of a part given by 由 (人口数据由县公安局提供), read from its action; a failure
    keeps the later verbs of the sentence worth their own look."""
    clause, _ = _inline_clause(text, m.start("gact"), m.end("gact"), start, end, covered, settings)
    if clause is not None:
        return clause
    stop = _PHRASE_STOP.search(text, m.end("gact"), min(end, m.start() + _GIVEN_REACH))
    for later in _ACTION.finditer(text, m.end("gact"), stop.start() if stop else min(end, m.start() + _GIVEN_REACH)):
        # 由生态环境监测处、省生态环境监测监控中心共同组织: the first action word found stood in a
        # unit's name (监测处); the action closing the phrase is a later one
        clause, _ = _inline_clause(text, later.start(), later.end(), start, end, covered, settings)
        if clause is not None:
            return clause
    return None


def _oversees_actors(text: str, verb_end: int, end: int) -> bool:
    """Whether a verb setting others to work (组织 / 指导 / 督促 / 推动) ending at ``verb_end`` is followed by the
    places or bodies doing the work (县政府督促各乡镇落实…), so that a clause may be read there."""
    at, to = skip_ws(text, verb_end, end), min(end, verb_end + 60)
    # (after 组织 and no 各, named bodies: 县委组织部组织县直各单位… stays how work goes)
    return not (
        (_places_acting if text.startswith("各", at) else _bodies_acting)(text, at, to) is None and (
            # (…指导龙泉镇、…开展…: townships by their names; 县委组织部组织县直各单位… stays how work goes)
            text.startswith(_BODY_FIRST, at) or _places_acting(text, at, to) is None
        )
    )


def _with_unverbed(text: str, start: int, end: int, clauses: list[Clause], settings: GrammarSettings) -> list[Clause]:
    """``clauses`` with those read without a clause verb added in order: bare unit brackets, bare
    unit lines (…机制。\n  市财政局、市水务局) and a meeting's directives (会议要求，A要…；B要…)."""
    bare = _bare_unit_brackets(text, start, end, clauses, settings)
    if bare:
        clauses = sorted(clauses + bare, key=lambda c: c.span.start)
    lines = _bare_unit_lines(text, start, end, clauses, settings)
    if lines:
        clauses = sorted(clauses + lines, key=lambda c: c.span.start)
    directives = directive_clauses(text, start, end, clauses)
    if directives:
        clauses = sorted(clauses + directives, key=lambda c: c.span.start)
    return clauses


def _in_directive(text: str, lo: int, i: int) -> bool:
    """Whether the sentence holding ``i`` (from ``lo`` at the earliest) holds a meeting's directive
    before ``i`` (会议要求，A要…，B要加强指导)."""
    a = max([lo] + [text.rfind(c, lo, i) + 1 for c in _SEGMENT_STOP_BACK])
    return text.find("会议", a, i) >= 0 and DIRECTIVE_RE.search(text, a, i) is not None


# 市委督查室、市政府督查室跟踪督办。 / 县纪委监委全程监督。 right after a task's clause: the bodies
# checking that work, as a 督导单位： line after it would name them (alone in prose, no clause)
# The blanks before the names are given back to them at most 61 (the names hold 60 characters: a
# match whose names open deeper in a run of blanks has one opening two blanks before its end, tried
# first), and those after them never (the next word opens on no blank): a long run of blanks was
# read once per blank of it, 4,000 blanks between two tasks took two minutes.
_WATCH_SENTENCE = re.compile(
    r"[。；;]?(?:[ \u3000\t\r\n](?=[ \u3000\t\r\n]{61}))*+[ \u3000\t\r\n]*(?P<units>[^。；;！？!?\n，,：:（(）)]{2,60}?)[ \u3000\t]*+"
    r"(?:负\s*责\s*)?(?:(?:跟\s*踪|全\s*程|定\s*期)\s*)?(?:督\s*办|督\s*查|督\s*导|监\s*督)(?:\s*(?:检\s*查|落\s*实))?"
    r"[ \u3000\t]*(?=[。；;\n]|$)"
)


def names_only_supervisors(s: str) -> bool:
    """Whether the sentence ``s`` only names bodies that supervise the work (市12345热线办负责督导。 /
    县纪委监委全程监督。), as a sentence right after a clause is read (``_watch_sentence``).

    >>> names_only_supervisors("市12345热线办负责督导。"), names_only_supervisors("县住建局负责督导企业整改。")
    (True, False)
    """
    m = _WATCH_SENTENCE.match(s)
    if m is None or m.end() < len(s.rstrip(" \u3000\t\r\n。；;")):
        return False
    units = split_units(s, 0, m.start("units"), m.end("units"))
    return bool(units) and all(looks_like_unit(u.text) for u in units)


def _watch_sentence(text: str, i: int, hi: int) -> Clause | None:
    """A sentence right after a clause at ``i`` naming only the bodies that supervise the work
    (县纪委监委全程监督。): a clause of supervisors, no lead or support."""
    m = _WATCH_SENTENCE.match(text, i, hi)
    if m is None or _item_follows(text, m.start("units"), hi):
        return None
    units = split_units(text, 0, m.start("units"), m.end("units"))
    if not units or not all(looks_like_unit(u.text) for u in units):
        return None
    a, b = m.start("units"), m.end()
    return Clause(span=Span(a, b), raw=text[a:b], supervisors=[_watcher(u) for u in units])


# --------------------------------------------------------------------------- labelled


def find_inherit_markers(
    text: str, start: int = 0, end: int | None = None, clauses: list[Clause] | None = None
) -> list[Clause]:
    """Stand-alone ``以下各项任务均需各县（市、区）落实，不再列出`` outside any clause.

    Each is returned as a Clause with no mentions and the named collective in ``inherit``
    (markers inside a clause are already in that clause's ``inherit``).

    >>> [m.text for c in find_inherit_markers("以下均需各乡镇落实，不再列出。") for m in c.inherit]
    ['各乡镇']
    """
    end = len(text) if end is None else min(end, len(text))
    # ``clauses``: the clauses of the same range when the caller already has them
    inside = [c.span for c in (find_clauses(text, start, end) if clauses is None else clauses)]
    starts = [s.start for s in inside]
    out = _markers_outside(INHERIT_RE, text, start, end, inside, starts)
    if text.find("责任主体", start, end) >= 0:
        # 一、加强隐患排查（各乡镇（街道）为责任主体，下同）: said of the tasks from there on
        out += _markers_outside(_BODY_BELOW, text, start, end, inside, starts)
        out.sort(key=lambda c: c.span.start)
    return out


def find_above_markers(
    text: str, start: int = 0, end: int | None = None, clauses: list[Clause] | None = None
) -> list[Clause]:
    """Stand-alone ``以上任务均需各乡镇（街道）落实，不再列出`` outside any clause: as
    ``find_inherit_markers``, the collective said of the tasks above it.

    >>> [m.text for c in find_above_markers("以上各项任务，各乡镇（街道）均为责任单位，不再一一列出。") for m in c.inherit]
    ['各乡镇（街道）']
    """
    end = len(text) if end is None else min(end, len(text))
    inside = [c.span for c in (find_clauses(text, start, end) if clauses is None else clauses)]
    return _markers_outside(INHERIT_ABOVE_RE, text, start, end, inside, [s.start for s in inside])


def _markers_outside(pattern: re.Pattern, text: str, start: int, end: int, inside: list[Span], starts: list[int]) -> list[Clause]:
    """The markers ``pattern`` finds in ``text[start:end]`` outside the clause spans ``inside``
    (sorted, ``starts`` their starts), each a Clause inheriting its ``who``."""
    out: list[Clause] = []
    for im in pattern.finditer(text, start, end):
        j = bisect.bisect_right(starts, im.start()) - 1
        if j >= 0 and inside[j].start <= im.start() < inside[j].end:
            continue
        inherit = inherit_mentions([(strip_ws(im.group("who")), im.start("who"), im.end("who"))], [])
        out.append(Clause(span=Span(im.start(), im.end()), raw=im.group(), inherit=inherit))
    return out


# （A为责任主体，下同）: a collective answering for the work of the tasks below, as 以下均需A落实，不再列出;
# without 下同, closing a heading's line (（一）推进农村厕所革命（各乡镇为责任主体）), the remark covers
# that heading's section (structure.tasks scopes a marker on a heading to its items; they were
# read without it)
_BODY_BELOW = re.compile(
    r"[（(](?P<who>各[^（）()，,。；;\n]{1,12}(?:[（(][^（）()]{1,10}[）)])?)\s*为\s*(?:责任|实施)\s*主\s*体\s*"
    r"(?:[，,、]\s*下\s*同\s*[）)]|[）)](?=[ \t\u3000]*(?:\n|$)))"
)
