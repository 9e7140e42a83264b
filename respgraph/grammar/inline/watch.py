"""The bodies that supervise the work: ``督办单位：C`` / ``C为督办单位`` / ``在C督导下``.

A phrase naming who checks the work the other phrases' units do (``_watched``), the verbs of
checking (``_WATCH_VERBS``) and the mark of ``在…督导下`` among a clause's phrases.
"""

from __future__ import annotations

import re

from respgraph.grammar.labelled import _watcher
from respgraph.grammar.labels import _SUPERVISING, _SUPERVISOR_LABEL
from respgraph.grammar.units import looks_like_unit, split_units
from respgraph.records import Mention


# C为督办单位 / C督办 / C负责跟踪督办, a phrase beside those of the units doing the work
_UNDER_WATCH = "在…督导下"  # the phrase of 在A督导下 among a clause's phrases: A supervises
# (督查 / 全程监督 / 跟踪督导 as 督办)
_AS_SUPERVISOR = re.compile(
    r"(?:为\s*" + _SUPERVISING + r"|(?:负\s*责\s*)?(?:(?:跟\s*踪|全\s*程)\s*)?(?:督\s*办|督\s*查|督\s*导|监\s*督))\s*$"
)
_SUPERVISOR_FIELD = re.compile(r"\s*" + _SUPERVISOR_LABEL)


def _watched(text: str, a: int, b: int, after_units: bool) -> list[Mention] | None:
    """The bodies of a phrase naming who supervises (督办单位：C、D, or after the phrases of the
    units doing the work C为督办单位 / C督办), else None."""
    field = _SUPERVISOR_FIELD.match(text, a, b)
    if field is not None:
        lo, hi = field.end(), b
    elif after_units and (m := _AS_SUPERVISOR.search(text, a, b)) is not None:
        lo, hi = a, m.start()
    else:
        return None
    units = split_units(text, 0, lo, hi)
    if not units or not all(looks_like_unit(u.text) for u in units):
        return None
    return [_watcher(u) for u in units]


# A phrase whose only verb checks the work (督导 / 监督, 负责督导, 做好督导): its units supervise
# where other phrases name the units doing the work
_WATCH_VERBS = {"督导", "监督", "负责督导"}
