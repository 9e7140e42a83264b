"""Which 海事局 a ``X海事处`` belongs to: the maritime safety system's offices are no county's bodies.

A county's or district's maritime office (万州海事处, 如皋海事处) is an office of the city-level
海事局 of the maritime safety system (重庆海事局万州海事处, 南通海事局如皋海事处), a body of 交通运输部's
vertical system named by the place it serves. A plan writes it by its place alone; read so, it was
the district's own body (``万州区/海事处``), apart from the same office written in full
(``重庆市/海事局/万州海事处``): one office counted as two. Here the office written by its place, or by
its plan's level word (区海事处 in 万州区's plan), is read as its 海事局's office written in full. The
place must be the plan's own or one under it or beside it (the children of its places): an office
named after no place (朝天门海事处) stays as written.
"""

from __future__ import annotations

import re
from typing import Iterable

from respgraph.registry import Registry

# an office of the system named by a place or a level word: 万州海事处, 区海事处 (never one written with
# its 海事局, 重庆海事局万州海事处, nor a 海事局 itself)
_OFFICE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{1,6}?)海事处$")
_OFFICE_LEVELS = ("county", "district")


def maritime_offices(reg: Registry, written: Iterable[str], chain: tuple[str, ...]) -> dict[str, str]:
    """Mention text -> the office's name in full (万州海事处 -> 重庆海事局万州海事处) for each
    海事处 of ``written`` named by a county or district of the plan's places ``chain``."""
    out: dict[str, str] = {}
    for t in written:
        m = _OFFICE.match(t)
        if m is None or "海事局" in t:
            continue
        place = _place_named(reg, m.group("place"), chain)
        up = reg.jurisdiction(place.parent) if place is not None and place.parent else None
        if place is None or up is None or not up.known:
            continue
        out[t] = f"{up.short or up.name}海事局{place.short or place.name}海事处"
    return out


def _place_named(reg: Registry, name: str, chain: tuple[str, ...]):
    """The county or district ``name`` stands for in a plan of ``chain``: the plan's own (by a level
    word, 区, or its name), or one under the plan's places or beside it (涪陵 in 万州区's plan), else None."""
    own = reg.jurisdiction(chain[0]) if chain else None
    # (市海事处 in a county-level city's plan, 如皋市's: its own; in a city's, no county's)
    levels = ("区", "县", "市") if own is not None and own.name.endswith("市") else ("区", "县")
    if own is not None and own.known and own.level in _OFFICE_LEVELS and name in (*levels, own.short, own.name):
        return own
    for up in chain:
        for child in reg.children.get(up, ()):
            j = reg.jurisdiction(child)
            if j.level in _OFFICE_LEVELS and name in (j.short, j.name):
                return j
    return None
