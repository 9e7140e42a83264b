"""The mentions of a clause's units and their roles once its labels or verbs are read: the kind a label
gives (``_label_kind``: 牵头单位 lead, 配合单位 support, 责任单位 either), the roles within one clause
(``_assign_roles``: 牵头 pins the lead, the first listed leads a bare 责任单位 list), a unit made a
``Mention`` (``mention_of``), the units an inheritance marker names (``inherit_mentions``), and a
range less the holes markers leave (``_minus_holes``). ``roles`` reads the verbs beside units;
``labelled`` and ``inline`` read clauses into the sections these settle.
"""

from __future__ import annotations

import re

from respgraph.grammar.labels import _LEAD_NOUN_ONLY, _LEAD_WORDS, _SUPPORT_NOUN_ONLY, _SUPPORT_WORDS, GrammarSettings
from respgraph.grammar.units import Unit, full_width_brackets, looks_like_unit, split_units, strip_ws
from respgraph.records import Mention, Span


def _minus_holes(a: int, b: int, holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    cur = a
    for h0, h1 in holes:
        if h1 <= cur or h0 >= b:
            continue
        if h0 > cur:
            out.append((cur, h0))
        cur = max(cur, h1)
    if cur < b:
        out.append((cur, b))
    return out


# a 责任 label's rank that makes its units the leads: 主要责任单位 / 主要负责单位 / 第一责任单位 (not
# 主体责任单位, the bodies bearing the duty, nor 第二责任单位)
_PRIMARY = re.compile(r"(?:主\s*要|第\s*一)\s*$")


def _label_kind(kind: str) -> str:
    k = strip_ws(kind)
    if k in _LEAD_WORDS or k in _LEAD_NOUN_ONLY:
        return "lead"
    if k in _SUPPORT_WORDS or k in _SUPPORT_NOUN_ONLY:
        return "support"
    return "resp"


def _assign_roles(sections: list[tuple[str, list[Unit]]], settings: GrammarSettings) -> list[Mention]:
    """Roles within one clause.

    牵头 (label or marker) -> lead/explicit; 负责 -> lead/explicit unless someone 牵头;
    配合/协助/… -> support/explicit; a 责任单位 list in a clause naming a lead -> support/explicit;
    otherwise the first listed unit leads (``first_listed``) and the rest support.
    """
    # (one pass over the units: a unit pins the lead when its marker says 牵头, or it has none in a
    # 牵头 list; any 负责 marker makes a lead)
    has_pin = has_responsible = False
    for kind, units in sections:
        for u in units:
            if u.marker == "lead" or (u.marker is None and kind == "lead"):
                has_pin = True
            elif u.marker == "responsible":
                has_responsible = True
    has_lead = has_pin or has_responsible
    mentions: list[Mention] = []
    first_done = False
    for kind, units in sections:
        for u in units:
            if u.marker == "lead" or (kind == "lead" and u.marker is None):
                role, basis = "lead", "explicit"
            elif u.marker == "responsible" and not has_pin:
                role, basis = "lead", "explicit"
            elif kind == "support" or has_lead or u.marker is not None:
                role, basis = "support", "explicit"
            elif settings.first_listed_is_lead and not first_done:
                role, basis = "lead", "first_listed"
            else:
                role, basis = "support", "explicit"
            if kind == "resp":
                first_done = True
            mentions.append(mention_of(u, role, basis))
    return mentions


def mention_of(u: Unit, role: str, basis: str) -> Mention:
    """The ``Mention`` of unit ``u`` in ``role``, read by ``basis``: its span, portfolio and
    collectiveness as the unit had them."""
    return Mention(
        text=u.text,
        role=role,  # type: ignore[arg-type]
        basis=basis,  # type: ignore[arg-type]
        span=Span(u.start, u.end),
        portfolio=list(u.portfolio),
        collective=u.collective,
    )


def inherit_mentions(names: list[tuple[str, int, int]], mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for whole, a, b in names:
        for who, wa, wb, collective in _inherited_names(whole, a, b):
            # 以下均需各乡镇（办）落实 in a clause naming 各乡镇（办）党委、政府 means the latter.
            named = next((m for m in mentions if m.text == who), None) or next(
                (m for m in mentions if m.collective and m.text.startswith(who)), None
            )
            text = named.text if named else who
            out.append(Mention(text=text, role="support", basis="inherited", span=Span(wa, wb), collective=collective))
    return out


def _inherited_names(who: str, a: int, b: int) -> list[tuple[str, int, int, bool]]:
    """The units a marker names, each with whether it is a collective: 以下均需各乡镇（街道）、
    富滩产业园管委会落实 names two, a collective and a body (was one collective of both names);
    each is spanned where it stands when ``who`` is the marker's text as written (no blank taken
    out of it), else each has the marker's span. One name is a collective, as it always was."""
    if not who:
        return []
    units = split_units(who, 0)
    if len(units) < 2 or not all(looks_like_unit(u.text) for u in units):
        return [(full_width_brackets(who), a, b, True)]  # (各乡镇(街道): named as split_units names it)
    exact = b - a == len(who)
    return [(u.text, a + u.start, a + u.end, u.collective) if exact else (u.text, a, b, u.collective) for u in units]
