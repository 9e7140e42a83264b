"""Small shared accessors over the responsibility graph, for the analyses.

The graph is the ``networkx.MultiDiGraph`` of ``respgraph.model``. Every analysis reads it
through these helpers so that the same rules apply everywhere:

* only the bases a plan itself states count (``respgraph.records.STATED_BASES``); edges whose
  basis is ``suggested`` (respgraph's own guess) are left out unless asked for;
* the assignment table is built once, with one pass over the edges and vectorised pandas
  after that, so analyses stay fast on hundreds of thousands of tasks.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("task:p:001", type="Task", task_id="p:001", plan_id="p", title="治水")
>>> g.add_node("agency:a", type="Agency", agency_id="a", name="甲局", functions=[], kind="agency")
>>> g.add_edge("agency:a", "task:p:001", key="LEADS", type="LEADS", role="lead", basis="explicit")
'LEADS'
>>> assignments(g)[["agency_id", "task_id", "role"]].values.tolist()
[['a', 'p:001', 'lead']]
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from respgraph.records import STATED_BASES

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import numpy as np
    import pandas as pd

ROLE_EDGES = ("LEADS", "SUPPORTS")
_ROLE_SET = frozenset(ROLE_EDGES)
#: Label used for an agency or task that has no function in the taxonomy.
NO_FUNCTION = "(none)"

ASSIGNMENT_COLUMNS = [
    "agency", "agency_id", "name", "kind", "jurisdiction", "functions",
    "task", "task_id", "plan_id", "role", "basis",
]


def bases(include_suggested: bool = False) -> tuple[str, ...]:
    """The edge bases an analysis counts."""
    return STATED_BASES + ("suggested",) if include_suggested else STATED_BASES


def nodes_of_type(graph: "nx.MultiDiGraph", node_type: str) -> Iterable[tuple[str, dict]]:
    return ((n, d) for n, d in graph.nodes(data=True) if d.get("type") == node_type)


def tasks(graph: "nx.MultiDiGraph", plan: str | None = None) -> "pd.DataFrame":
    """One row per Task node: ``task`` (node id), task_id, plan_id, seq, title, section,
    campaign, text, deadline_years, flags. ``plan`` keeps one plan's tasks."""
    import pandas as pd

    rows = [
        (n, d.get("task_id", n), d.get("plan_id"), d.get("seq"), d.get("title", ""), list(d.get("section") or []),
         d.get("campaign"), d.get("text", ""), list(d.get("deadline_years") or []), list(d.get("flags") or []))
        for n, d in nodes_of_type(graph, "Task")
        if plan is None or d.get("plan_id") == plan
    ]
    cols = ["task", "task_id", "plan_id", "seq", "title", "section", "campaign", "text", "deadline_years", "flags"]
    return pd.DataFrame(rows, columns=cols)


def tasks_of_plan(graph: "nx.MultiDiGraph", plan: str) -> list[str]:
    """Task node ids of one plan, in document order."""
    df = tasks(graph, plan)
    return df.sort_values(["seq", "task_id"], na_position="last")["task"].tolist()


def plans(graph: "nx.MultiDiGraph") -> "pd.DataFrame":
    """One row per Plan node: plan_id, title, jurisdiction, level, date, kind."""
    import pandas as pd

    rows = [(d.get("plan_id", n), d.get("title", ""), d.get("jurisdiction"), d.get("level"), d.get("date"), d.get("kind"))
            for n, d in nodes_of_type(graph, "Plan")]
    return pd.DataFrame(rows, columns=["plan_id", "title", "jurisdiction", "level", "date", "kind"])


class NoPlanOfYear(ValueError):
    """A year no plan of the build is of: the message lists the years there are."""


def plan_years(graph: "nx.MultiDiGraph") -> dict[str, int | None]:
    """Plan id -> its year (``plan_node_year``: the one year its title names, else the year it
    was issued; None when neither says)."""
    from respgraph.structure.meta import plan_node_year

    return {str(d.get("plan_id", n)): plan_node_year(d) for n, d in nodes_of_type(graph, "Plan")}


def plans_of_year(graph: "nx.MultiDiGraph", year: int) -> set[str]:
    """The ids of the plans of ``year`` (``plan_years``). ``NoPlanOfYear`` when there is none,
    saying which years the build has: an empty table would read as "nobody leads anything in
    2024", where the build holds no plan of 2024.

    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("plan:a", type="Plan", plan_id="a", title="某市2022年大气污染防治工作方案")
    >>> g.add_node("plan:b", type="Plan", plan_id="b", title="某市实施方案", date="2023-03-01")
    >>> g.add_node("plan:c", type="Plan", plan_id="c", title="某市实施方案")
    >>> sorted(plans_of_year(g, 2023))
    ['b']
    >>> plans_of_year(g, 2024)
    Traceback (most recent call last):
    ...
    respgraph.analysis._graph.NoPlanOfYear: no plan of 2024 in the build; its plans are of 2022 (1 plan), 2023 (1 plan), and 1 of no known year
    """
    years = plan_years(graph)
    ids = {p for p, y in years.items() if y == year}
    if not ids:
        known = Counter(y for y in years.values() if y is not None)
        listed = ", ".join(f"{y} ({n} plan{'s' if n > 1 else ''})" for y, n in sorted(known.items())) or "no known year"
        unknown = sum(1 for y in years.values() if y is None)
        raise NoPlanOfYear(f"no plan of {year} in the build; its plans are of {listed}"
                           + (f", and {unknown} of no known year" if unknown and known else ""))
    return ids


def plans_matching(graph: "nx.MultiDiGraph", query: str) -> list[str]:
    """The plan ids a user may mean by ``query`` where a plan id is wanted (sorted): the plans
    of the place it names exactly, else every plan whose id (in any case), place or title holds
    it — `景德镇市`, `渝水` (渝水区), `共抓大保护`, `yushui`. ``[]`` when none does."""
    rows = [(str(d.get("plan_id", n)), str(d.get("jurisdiction") or ""), str(d.get("title") or ""))
            for n, d in nodes_of_type(graph, "Plan")]
    low = query.lower()
    for test in (lambda r: r[1] == query, lambda r: low in r[0].lower() or query in r[1] or query in r[2]):
        hits = sorted({r[0] for r in rows if test(r)})
        if hits:
            return hits
    return []


def plan_of_file(graph: "nx.MultiDiGraph", given: str) -> tuple[str, str] | None:
    """(plan id, file name) of the one plan read from a file named ``given``: its name, its name
    without the suffix, or a path ending in it (``p09_foshan_2023_huanwei.txt``, whose id is
    ``p09-foshan-2023-huanwei``: what an officer sees in the folder is the file). None when no
    plan or several are."""
    from pathlib import Path

    name = Path(given).name
    files = ((str(d.get("plan_id")), Path(str(d["path"]))) for _, d in nodes_of_type(graph, "Plan") if d.get("path"))
    hits = {(pid, path.name) for pid, path in files if name in (path.name, path.stem)}
    return next(iter(hits)) if len(hits) == 1 else None


def agencies(graph: "nx.MultiDiGraph") -> "pd.DataFrame":
    """One row per Agency node: ``agency`` (node id), agency_id, name, kind, jurisdiction, functions."""
    import pandas as pd

    rows = [(n, d.get("agency_id", n), d.get("name", n), d.get("kind", "agency"), d.get("jurisdiction"),
             list(d.get("functions") or []))
            for n, d in nodes_of_type(graph, "Agency")]
    return pd.DataFrame(rows, columns=["agency", "agency_id", "name", "kind", "jurisdiction", "functions"])


def with_agency_ids(graph: "nx.MultiDiGraph", df: "pd.DataFrame", **columns: str) -> "pd.DataFrame":
    """``df`` with, right after each key column named (``key="agency_id"``, ``key_a="agency_id_a"``),
    the agency's id as ``assignments()`` and ``agencies()`` write it (``株洲市/生态环境局``; the key
    is its node id, ``agency:株洲市/生态环境局``), so that frames join on one column without
    stripping a prefix. A key that is no agency node stays as it is.

    >>> import networkx as nx, pandas as pd
    >>> g = nx.MultiDiGraph(); g.add_node("agency:甲市/公安局", type="Agency", agency_id="甲市/公安局")
    >>> with_agency_ids(g, pd.DataFrame({"key": ["agency:甲市/公安局"], "n": [1]}), key="agency_id").columns.tolist()
    ['key', 'agency_id', 'n']
    """
    df = df.copy()
    for key, column in columns.items():
        ids = {k: graph.nodes[k].get("agency_id", k) if k in graph else k for k in set(df[key])}
        df.insert(df.columns.get_loc(key) + 1, column, df[key].map(ids) if len(df) else [])
    return df


def task_numbers(graph: "nx.MultiDiGraph") -> dict[str, str]:
    """task_id -> the item's number as the plan writes it (``11`` of ``11.强化督查考核``; empty for
    an item without one). The task id counts the tasks (``:010``): where an item is no task
    (``10.加强组织领导``, a safeguard telling only the counties) the two part, so the tables that
    name tasks by id show this number beside it."""
    return {d.get("task_id"): str(d.get("number") or "") for _, d in nodes_of_type(graph, "Task")}


def task_paths(graph: "nx.MultiDiGraph") -> dict[str, str]:
    """task_id -> where the task sits as a user cites it (``二（一）2``: its Task node's ``path``;
    empty in a build made before paths were read)."""
    return {d.get("task_id"): str(d.get("path") or "") for _, d in nodes_of_type(graph, "Task")}


def number_parts_from_id(number: str | None, task_id: str) -> bool:
    """Whether the item's ``number`` (Arabic, bare or bracketed: 11, （1）, (3)) is not the count
    that ends its task id, so that a table naming one shows the other beside it. A number in
    Chinese numerals (（三）) or none is not compared.

    >>> number_parts_from_id("11", "p:010"), number_parts_from_id("（1）", "p:006"), number_parts_from_id("9", "p:009")
    (True, True, False)
    """
    import re

    tail = str(task_id).rsplit(":", 1)[-1]
    arabic = re.fullmatch(r"[（(]?\s*(\d+)\s*[)）.、．]?", (number or "").strip())
    return bool(arabic and tail.isdigit() and int(arabic.group(1)) != int(tail))


def functions(graph: "nx.MultiDiGraph") -> dict[str, tuple[str, str]]:
    """Function code -> (Chinese name, English gloss), from the Function nodes."""
    return {d.get("code", n): (d.get("name") or d.get("code", n), d.get("gloss") or "")
            for n, d in nodes_of_type(graph, "Function")}


def function_names(codes: Iterable[str], table: dict[str, tuple[str, str]]) -> list[str]:
    """The Chinese names of function codes, a list (the code where a function has no node): the
    ``function_names`` column of every analysis table, a list as in ``assignments()`` and
    ``agencies()``; a table prints it joined with 、, CSV with '; '."""
    return [table.get(c, (c, ""))[0] for c in codes]


def function_glosses(codes: Iterable[str], table: dict[str, tuple[str, str]]) -> str:
    """The English glosses of function codes, ``; ``-joined (the code where a function has
    none): the ``gloss`` column every analysis table carries beside the Chinese names, one
    text to read (the lists to compute on are ``functions`` and ``function_names``)."""
    return "; ".join(table.get(c, ("", c))[1] or c for c in codes)


def function_label(codes: Iterable[str], table: dict[str, tuple[str, str]], *, english: bool = False) -> str:
    """Readable names of function codes: ``生态环境`` or ``ecology and environment``."""
    out = []
    for c in codes:
        name, gloss = table.get(c, (c, c))
        out.append((gloss or name) if english else name)
    return "、".join(out)


@dataclass
class RoleTable:
    """The stated LEADS/SUPPORTS edges as integer codes, for fast grouping.

    ``frame`` has int columns ``a`` (index into ``agency_nodes``), ``t`` (index into
    ``task_nodes``), ``p`` (index into ``plan_ids``) and bool ``led`` plus str ``basis``.
    """

    frame: "pd.DataFrame"
    agency_nodes: "np.ndarray"
    task_nodes: "np.ndarray"
    plan_ids: "np.ndarray"


def role_table(graph: "nx.MultiDiGraph", *, include_suggested: bool = False, include_collectives: bool = True,
               plan: str | None = None, year: int | None = None) -> RoleTable:
    """Build the ``RoleTable``: one pass over the agencies' out-edges, then numpy/pandas.
    ``plan`` keeps one plan's rows, ``year`` the rows of the plans of that year (``plans_of_year``)."""
    import numpy as np
    import pandas as pd

    allowed = set(bases(include_suggested))
    nodes = graph._node  # plain dicts: several times faster than the edge views on millions of edges
    succ = graph._succ
    ag, tk, led, basis = [], [], [], []
    ag_add, tk_add, led_add, basis_add = ag.append, tk.append, led.append, basis.append
    for u, du in nodes.items():
        if du.get("type") != "Agency" or (not include_collectives and du.get("kind") == "collective"):
            continue
        for v, keys in succ[u].items():
            for k, d in keys.items():
                if k in _ROLE_SET:
                    b = d.get("basis")
                    if b in allowed:
                        ag_add(u)
                        tk_add(v)
                        led_add(k == "LEADS")
                        basis_add(b)
    a_codes, a_labels = pd.factorize(pd.Series(ag, dtype=object))
    t_codes, t_labels = pd.factorize(pd.Series(tk, dtype=object))
    t_plan = pd.Series([nodes[t].get("plan_id") if t in nodes else None for t in t_labels], dtype=object)
    p_codes, p_labels = pd.factorize(t_plan)
    frame = pd.DataFrame({"a": a_codes, "t": t_codes, "p": p_codes[t_codes] if len(t_codes) else np.array([], int),
                          "led": np.asarray(led, dtype=bool), "basis": basis})
    p_labels = np.asarray(p_labels, dtype=object)
    if plan is not None:
        frame = frame[p_labels[frame["p"].to_numpy()] == plan] if len(frame) else frame
    if year is not None:
        keep = np.isin(p_labels, sorted(plans_of_year(graph, year)))
        frame = frame[keep[frame["p"].to_numpy()]] if len(frame) else frame
    return RoleTable(frame.reset_index(drop=True), np.asarray(a_labels, dtype=object),
                     np.asarray(t_labels, dtype=object), p_labels)


def assignments(graph: "nx.MultiDiGraph", *, include_suggested: bool = False,
                include_collectives: bool = True, plan: str | None = None, year: int | None = None) -> "pd.DataFrame":
    """Every LEADS/SUPPORTS edge as a row (columns ``ASSIGNMENT_COLUMNS``).

    ``basis`` is restricted to the stated bases unless ``include_suggested``; collective
    addressees (各乡镇（办）, 成员单位: agencies of kind ``collective``) are dropped when
    ``include_collectives`` is False. One Python pass over the edges; the agency and task
    attributes are joined on afterwards by integer codes.
    """
    import numpy as np
    import pandas as pd

    rt = role_table(graph, include_suggested=include_suggested, include_collectives=include_collectives, plan=plan,
                    year=year)
    f = rt.frame
    nodes = graph._node
    a_attr = [nodes.get(n, {}) for n in rt.agency_nodes]
    a_code = f["a"].to_numpy()
    pick = lambda vals: np.asarray(vals + [None], dtype=object)[a_code] if len(f) else np.array([], dtype=object)  # noqa: E731
    df = pd.DataFrame({
        "agency": rt.agency_nodes[a_code] if len(f) else np.array([], dtype=object),
        "agency_id": pick([d.get("agency_id", n) for d, n in zip(a_attr, rt.agency_nodes)]),
        "name": pick([d.get("name", n) for d, n in zip(a_attr, rt.agency_nodes)]),
        "kind": pick([d.get("kind", "agency") for d in a_attr]),
        "jurisdiction": pick([d.get("jurisdiction") for d in a_attr]),
        "functions": pick([list(d.get("functions") or []) for d in a_attr]),
        "task": rt.task_nodes[f["t"].to_numpy()] if len(f) else np.array([], dtype=object),
        "task_id": np.asarray([nodes.get(t, {}).get("task_id", t) for t in rt.task_nodes] + [None],
                              dtype=object)[f["t"].to_numpy()] if len(f) else np.array([], dtype=object),
        "plan_id": rt.plan_ids[f["p"].to_numpy()] if len(f) else np.array([], dtype=object),
        "role": np.where(f["led"].to_numpy(), "lead", "support") if len(f) else np.array([], dtype=object),
        "basis": f["basis"].to_numpy(),
    })
    return df[ASSIGNMENT_COLUMNS]


#: Why a task has no clear lead (``lead_gaps``), the cases a coordination office tells apart.
GAP_COLLECTIVE = "collective only"   # led only by collective addressees: 由各乡镇（街道）负责, 责任单位：各有关部门
GAP_SUPPORT = "support only"         # units named, none of them leading
GAP_SUPERVISOR = "supervisor only"   # only a body to supervise it (督导单位：市纪委市监委)
GAP_NONE = "no unit"                 # nobody named


def lead_gaps(graph: "nx.MultiDiGraph", *, plan: str | None = None,
              include_suggested: bool = False) -> dict[str, tuple[str, list[str]]]:
    """Task node -> (why, collective leads by name) for each task (of ``plan``) with no clear
    lead: no lead that is one body. A task whose only leads are collective addressees (各乡镇（街道）,
    各有关部门, 区直各有关单位: agencies of kind ``collective``, read as leads by the first-listed
    convention or by 由…负责) has none a meeting can hold to account, as one with no unit named;
    ``why`` is one of ``GAP_COLLECTIVE``, ``GAP_SUPPORT``, ``GAP_SUPERVISOR``, ``GAP_NONE``."""
    a = assignments(graph, include_suggested=include_suggested, plan=plan)
    leads = a[a["role"] == "lead"]
    clear = set(leads.loc[leads["kind"] != "collective", "task"])
    collective: dict[str, list[str]] = {}
    for t, name in zip(leads["task"], leads["name"]):
        if t not in clear and name not in collective.setdefault(t, []):
            collective[t].append(name)
    supported = set(a.loc[a["role"] == "support", "task"])
    out = {}
    for n, d in nodes_of_type(graph, "Task"):
        if n in clear or (plan is not None and d.get("plan_id") != plan):
            continue
        why = (GAP_COLLECTIVE if n in collective else GAP_SUPPORT if n in supported else
               GAP_SUPERVISOR if d.get("supervisors") else GAP_NONE)
        out[n] = (why, collective.get(n, []))
    return out


def agency_roles(graph: "nx.MultiDiGraph", agency: str, *, include_suggested: bool = False) -> dict[str, tuple[str, dict]]:
    """Task node -> (role, edge) for each task one agency node is named on, by the counted bases:
    the LEADS edge when it both leads and supports the task (it counts once, as lead). Reads
    only the agency's own edges, so a question about one agency costs nothing at any size."""
    allowed = set(bases(include_suggested))
    out: dict[str, tuple[str, dict]] = {}
    for t, keys in graph._succ[agency].items():
        for k in ROLE_EDGES:  # LEADS first
            e = keys.get(k)
            if e is not None and e.get("basis") in allowed:
                out.setdefault(t, ("lead" if k == "LEADS" else "support", e))
    return out


def task_roles(graph: "nx.MultiDiGraph", task: str, *, include_suggested: bool = False,
               include_collectives: bool = True) -> dict[str, tuple[str, dict]]:
    """Agency node -> (role, edge) for each agency named on one task node (as ``agency_roles``)."""
    allowed = set(bases(include_suggested))
    nodes = graph._node
    out: dict[str, tuple[str, dict]] = {}
    for a, keys in graph._pred[task].items():
        if not include_collectives and nodes[a].get("kind") == "collective":
            continue
        for k in ROLE_EDGES:
            e = keys.get(k)
            if e is not None and e.get("basis") in allowed:
                out.setdefault(a, ("lead" if k == "LEADS" else "support", e))
    return out


def campaign_types(graph: "nx.MultiDiGraph") -> dict[str, str]:
    """Task node id -> campaign type (or campaign kind/name) of the campaign that holds it."""
    out: dict[str, str] = {}
    for n, d in nodes_of_type(graph, "Campaign"):
        label = d.get("campaign_type") or d.get("name") or d.get("kind") or n
        for _, t, k in graph.out_edges(n, keys=True):
            if k == "HAS_TASK":
                out[t] = label
    return out


def task_topics(graph: "nx.MultiDiGraph") -> dict[str, tuple[str, str]]:
    """Task node id -> (campaign type, source): what the task is about, for plans with and
    without 攻坚战 headings.

    The campaign that holds the task decides (source ``campaign``: ``campaign_types``). A
    task outside any campaign takes the type of its nearest section heading that names a
    topic (``section``: 持续改善农村人居环境 -> rural), else of its plan's title (``plan
    title``: XX市2022年大气污染防治工作方案 -> air), by the keyword rules of
    ``respgraph.campaigns.campaign_type``; a task none of these place is left out (a 工作要点
    with 重点任务 as its only heading).
    """
    from respgraph.campaigns import campaign_type

    out = {t: (label, "campaign") for t, label in campaign_types(graph).items()}
    plan_type = {d.get("plan_id"): campaign_type(d.get("title")) for _, d in nodes_of_type(graph, "Plan")}
    heading_type: dict[str, str] = {}  # headings such as 重点任务 recur in every plan
    for n, d in nodes_of_type(graph, "Task"):
        if n in out:
            continue
        for heading in reversed(d.get("section") or []):
            if heading not in heading_type:
                heading_type[heading] = campaign_type(heading)
            if heading_type[heading] != "other":
                out[n] = (heading_type[heading], "section")
                break
        else:
            code = plan_type.get(d.get("plan_id"), "other")
            if code != "other":
                out[n] = (code, "plan title")
    return out


def task_campaign(graph: "nx.MultiDiGraph") -> dict[str, str]:
    """Task node id -> campaign node id, following HAS_TASK edges (falls back to the task's
    ``campaign`` attribute)."""
    out: dict[str, str] = {}
    for n, d in nodes_of_type(graph, "Campaign"):
        for _, t, k in graph.out_edges(n, keys=True):
            if k == "HAS_TASK":
                out[t] = n
    for n, d in nodes_of_type(graph, "Task"):
        if n not in out and d.get("campaign"):
            out[n] = str(d["campaign"])
    return out
