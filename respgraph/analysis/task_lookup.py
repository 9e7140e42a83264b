"""Find tasks as a user names them: by task id (``p:004``), or by where they sit in their plan,
the ``path`` a Task node carries (``二（一）2``, ``第三章第二节（四）``, ``附件1 · 12``), with its
plan before it or not (``p:二（一）2``).

A path is compared as people type it: blanks, the stops after numbers (二、（一）2.) and
half-width brackets (二(一)2) do not matter. A path that is a heading's (``二（一）``) names the
tasks under it; it never stops inside a number (``二（一）1`` is not ``二（一）12``).

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> for seq, path in enumerate(["二（一）1", "二（一）12", "二（二）1", "附件1 · 12"], 1):
...     g.add_node(f"task:p:{seq:03d}", type="Task", task_id=f"p:{seq:03d}", plan_id="p", seq=seq, path=path)
>>> task_ids_at(g, "二(一)1"), task_ids_at(g, "p:二（一）"), task_ids_at(g, "附件1·12"), task_ids_at(g, "p:003")
(['p:001'], ['p:001', 'p:002'], ['p:004'], ['p:003'])
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from respgraph.analysis._graph import nodes_of_type

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

_WIDE = str.maketrans({"(": "（", ")": "）"})
# blanks and the separator between parts (附件1 · 12): one boundary mark
_GAP = re.compile(r"[\s\u3000·・•]+")
# the stop after a number, as people type it (二、 / 1. / 1．), not a decimal outline's dot (2.1)
_STOP = re.compile(r"[、，,]|[.．](?![0-9])")
_NUMERALS = "〇一二三四五六七八九十百零两"
# a mark not between two digits nor two numerals
_LOOSE_GAP = re.compile(rf"(?<![0-9])·(?![{_NUMERALS}])|(?<![{_NUMERALS}])·(?![0-9])")


def normalised(path: str) -> str:
    """``path`` as compared: brackets full width, stops dropped, blanks and separators one ``·``.

    >>> normalised(" 二、(一) 2. "), normalised("附件1 · 12"), normalised("2.1.3")
    ('二（一）2', '附件1·12', '2.1.3')
    """
    s = _GAP.sub("·", _STOP.sub("", str(path).translate(_WIDE))).strip("·")
    # a mark between two parts that cannot run together says nothing (二（一） 2 is 二（一）2)
    return _LOOSE_GAP.sub("", s)


def _kind(ch: str) -> str:
    return "digit" if ch.isdigit() else "numeral" if ch in _NUMERALS else "other"


def _under(path: str, query: str) -> bool:
    """Whether normalised ``path`` is ``query`` or lies under it (a boundary after it)."""
    if path == query:
        return True
    if not query or not path.startswith(query):
        return False
    nxt = path[len(query)]
    return nxt in "·（第" or _kind(nxt) != _kind(query[-1])


def task_ids_at(graph: "nx.MultiDiGraph", query: str, plan: str | None = None) -> list[str]:
    """The ids of the tasks ``query`` names (see the module docstring), in plan and document
    order; ``plan`` (or ``PLAN:`` before the path) keeps that plan's. [] when none."""
    query = str(query).strip().removeprefix("task:")
    if f"task:{query}" in graph and graph.nodes[f"task:{query}"].get("type") == "Task":
        return [query]
    plans = {str(d.get("plan_id")) for _, d in nodes_of_type(graph, "Plan")} | {
        str(d.get("plan_id")) for _, d in nodes_of_type(graph, "Task")}
    head, sep, rest = query.rpartition(":")
    if sep and head in plans:
        if plan is not None and plan != head:
            return []
        plan, query = head, rest
    q = normalised(query)
    if not q:
        return []
    found = [(str(d.get("plan_id")), d.get("seq") or 0, str(d.get("task_id"))) for _, d in nodes_of_type(graph, "Task")
             if (plan is None or d.get("plan_id") == plan) and d.get("path") and _under(normalised(d["path"]), q)]
    return [t for _, _, t in sorted(found)]


def one_task_id(graph: "nx.MultiDiGraph", query: str) -> tuple[str | None, str | None]:
    """(the id of the one task ``query`` names, None) or (None, the line saying why none: no task
    sits there, or several do, listed with how to tell them apart).

    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> for plan in ("p", "q"):
    ...     g.add_node(f"task:{plan}:001", type="Task", task_id=f"{plan}:001", plan_id=plan, seq=1, path="三（二）1")
    >>> one_task_id(g, "p:三（二）1"), one_task_id(g, "三（二）1")[1]
    (('p:001', None), '三（二）1 is 2 tasks: p:001, q:001 (give PLAN:三（二）1 or the task id)')
    """
    found = task_ids_at(graph, query)
    if len(found) == 1:
        return found[0], None
    if not found:
        return None, f"no task {query!r} in this build"
    shown = ", ".join(found[:8]) + (" …" if len(found) > 8 else "")
    path = str(query).rpartition(":")[2] if ":" in str(query) else str(query)
    return None, f"{query} is {len(found)} tasks: {shown} (give PLAN:{path} or the task id)"
