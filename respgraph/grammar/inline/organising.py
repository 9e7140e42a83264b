"""A unit guiding the work and another organising it: ``由县人社局指导，县文旅局组织开展…``.

The verbs of guiding (``_GUIDING``), where a named body's 组织开展 / 组织实施 begins
(``_organises_cut``), a collective organising (``_organised_by_collective``: how work is shared),
and whether the next phrase carries a part to named bodies (``_carried_after``).
"""

from __future__ import annotations

import re

from respgraph.grammar.labels import _skip_ws, _subject_start
from respgraph.grammar.roles import _part_object_cut, _placed, _unit_list
from respgraph.grammar.units import split_units


# the verbs of a unit guiding the work another carries (由A指导 / A负责指导 / A业务指导)
_GUIDING = frozenset({"指导", "负责指导", "业务指导"})
_ORGANISES = re.compile(r"组\s*织\s*(?:开\s*展|实\s*施|落\s*实)")


def _organises_cut(text: str, a: int, b: int) -> int | None:
    """Where 组织开展 / 组织实施 / 组织落实 begins when ``text[a:b]`` is named bodies of a place
    organising the work (``县文旅局组织开展导游技能培训``), not a collective (``各乡镇组织实施``)
    nor a name holding 组织 (``县委组织部组织开展…``: the second is the verb); None otherwise."""
    ua = _subject_start(text, _skip_ws(text, a, b), b)
    for m in _ORGANISES.finditer(text, ua + 2, b):
        units = _unit_list(text, ua, m.start())
        if units:
            return m.start() if all(_placed(u) and not u.collective for u in units) else None
    return None


def _organised_by_collective(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is a collective organising the work (``各乡镇组织实施``)."""
    ua = _subject_start(text, _skip_ws(text, a, b), b)
    m = _ORGANISES.search(text, ua + 2, b)
    units = _unit_list(text, ua, m.start()) if m else []
    return bool(units) and all(u.collective for u in units)


def _carried_after(text: str, phrases: list[tuple[int, int]], k: int) -> bool:
    """Whether the phrase after the ``k``-th gives its part to named bodies of a place
    (``…，县文旅局负责组织开展导游培训`` / ``…，县文旅局组织开展导游培训``), not to a collective
    (``…，各乡镇负责组织实施``)."""
    if k + 1 >= len(phrases):
        return False
    qa, qb = phrases[k + 1]
    if _organises_cut(text, qa, qb) is not None:
        return True
    part = _part_object_cut(text, qa, qb)
    if part is None or part[1] != "负责":
        return False
    units = split_units(text, 0, _subject_start(text, _skip_ws(text, qa, qb), qb), part[0])
    return bool(units) and all(_placed(u) and not u.collective for u in units)
