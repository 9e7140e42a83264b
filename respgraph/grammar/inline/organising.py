"""A unit guiding the work and another organising it: ``由县人社局指导，县文旅局组织开展…``.

The verbs of guiding (``_GUIDING``), where a named body's 组织开展 / 组织实施 begins
(``_organises_cut``), a collective of no place organising (``_organised_by_collective``: how work
is shared), and whether the next phrase carries a part to named bodies or places
(``_carried_after``).
"""

from __future__ import annotations

import re

from respgraph.grammar.labels import subject_start
from respgraph.grammar.inline.phrase_units import _BODY_FIRST, _OVER_COLLECTIVE, organised_body
from respgraph.grammar.placed_units import named_township, placed
from respgraph.grammar.roles import ACTION_START, part_object_cut, unit_list, units_before_action
from respgraph.grammar.units import skip_ws, split_units


# the verbs of a unit guiding the work another carries (由A指导 / A负责指导 / A业务指导)
_GUIDING = frozenset({"指导", "负责指导", "业务指导"})
_ORGANISES = re.compile(r"组\s*织\s*(?:开\s*展|实\s*施|落\s*实)")


def _organises_cut(text: str, a: int, b: int) -> int | None:
    """Where 组织开展 / 组织实施 / 组织落实 begins when ``text[a:b]`` is named bodies or places
    organising the work (``县文旅局组织开展导游技能培训`` / ``各乡镇组织实施``), not a collective of
    no place (``各部门组织实施``) nor a name holding 组织 (``县委组织部组织开展…``: the second is
    the verb); None otherwise."""
    ua = subject_start(text, skip_ws(text, a, b), b)
    for m in _ORGANISES.finditer(text, ua + 2, b):
        units = unit_list(text, ua, m.start())
        if units:
            return m.start() if all(placed(u) for u in units) else None
    return None


def _over_collective_cut(text: str, a: int, b: int) -> int | None:
    """Where the action begins when ``text[a:b]`` is named bodies of a place organising or
    guiding the places that do the work (``_places_acting``), then the work (``县农业农村局组织各乡镇实施农村户厕改造`` /
    ``市生态环境局指导各区县开展排查整治``): read as 县政府督促各乡镇抓好落实 is, A leading and the
    places supporting; None otherwise (a name holding the verb, 县委组织部…, looks on past it)."""
    ua = subject_start(text, skip_ws(text, a, b), b)
    for m in _OVER_COLLECTIVE.finditer(text, ua + 2, b):
        # (区生态环境分局要指导各街道…: 要 is no part of the body's name)
        over = unit_list(text, ua, m.start() - 1 if text[m.start() - 1] in "要应" and m.start() - 1 > ua else m.start())
        if not over or not all(placed(u) and not u.collective for u in over):
            continue
        found = _places_acting(text, m.end(), b)
        if found is None and m.group()[0] == "组":
            found = _bodies_acting(text, m.end(), b)
        if found is not None:
            return found
    return None


def _bodies_acting(text: str, a: int, b: int) -> int | None:
    """Where the action begins when ``text[a:b]`` opens with named bodies of a place, a collective
    of the government among them (县住建局、县交通局等成员单位 / 县住建局和各有关部门), then what they
    do (…开展联合检查: organised by the body before 组织, they support it); None otherwise (辖区企业 /
    各企业: no bodies of the government; 各部门 alone: how work goes)."""
    if a >= b or not text.startswith(_BODY_FIRST, a):
        return None  # (县委组织部组织…: the 组织 of the name is followed by 部, no body)
    found = units_before_action(text, a, b)
    if found is not None and found[0] >= b and b + 1 < len(text) and text[b] in "，," and ACTION_START.match(text, b + 1):
        pass  # …等成员单位，对重点行业开展检查: the work after a comma (the phrase ends with the bodies)
    elif found is None or found[0] >= b or not ACTION_START.match(text, found[0], b):
        return None
    units = found[1]
    # (a collective alone, 县政府组织各部门开展…, stays how work goes: a named body among them)
    return found[0] if any(not u.collective for u in units) and all(organised_body(u) for u in units) else None



def _others_acting(text: str, verb: int, a: int, b: int) -> bool:
    """Whether ``text[a:b]``, after the verb at ``verb`` (组织 / 指导 / 督促 / 推动), opens with those
    doing the work, then the work: places after any of them (县农业农村局组织各乡镇实施…), bodies of
    the government after 组织 (县应急局组织县住建局、县交通局等成员单位开展…)."""
    return _places_acting(text, a, b) is not None or (text[verb] == "组" and _bodies_acting(text, a, b) is not None)


def _places_acting(text: str, a: int, b: int) -> int | None:
    """Where the action begins when ``text[a:b]`` opens with places (各乡镇 / 各区县 / 各村), then
    what they do (各乡镇实施农村户厕改造); None otherwise (各部门 / 各企业 / 各施工单位: no place)."""
    found = units_before_action(text, a, b)
    if found is None or found[0] >= b or not ACTION_START.match(text, found[0], b):
        return None
    # (小溪塔街道、龙泉镇: townships by their names are places doing the work, as 各乡镇 are)
    return found[0] if all((u.collective and placed(u)) or named_township(u) for u in found[1]) else None


def _organised_by_collective(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is a collective of no place organising the work (``各部门组织实施``:
    how work is shared; the places, ``各乡镇组织实施``, are those doing it)."""
    ua = subject_start(text, skip_ws(text, a, b), b)
    m = _ORGANISES.search(text, ua + 2, b)
    units = unit_list(text, ua, m.start()) if m else []
    return bool(units) and all(u.collective and not placed(u) for u in units)


def _carried_after(text: str, phrases: list[tuple[int, int]], k: int) -> bool:
    """Whether the phrase after the ``k``-th gives its part to named bodies or to places
    (``…，县文旅局负责组织开展导游培训`` / ``…，各乡镇负责组织实施``: A负责业务指导 before it guides
    their work, it was read the lead and the places lost), not to a collective of no place
    (``…，各部门负责组织实施``) nor to businesses (``…，企业负责具体实施``)."""
    if k + 1 >= len(phrases):
        return False
    qa, qb = phrases[k + 1]
    if _organises_cut(text, qa, qb) is not None:
        return True
    part = part_object_cut(text, qa, qb)
    if part is None or part[1] != "负责":
        return False
    units = split_units(text, 0, subject_start(text, skip_ws(text, qa, qb), qb), part[0])
    return bool(units) and all(placed(u) for u in units)
