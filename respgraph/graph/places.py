"""Jurisdictions and successors in the graph: a place's chain of parents (PART_OF) from the
registry, re-settled once the whole set of plans has taught the registry where unlisted places
lie (``settle_jurisdictions``); agencies renamed by a reform linked to their successors
(``settle_successors``); the jurisdictions still in use after a plan is removed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Iterable

from respgraph.graph._registry import _jurisdiction_info
from respgraph.model import agency_node, jurisdiction_node, plan_node
from respgraph.records import PlanMeta
from respgraph.structure.meta import plan_node_year

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx


def _add_jurisdiction(G: "nx.MultiDiGraph", name: str, registry: Any, level: str | None = None) -> None:
    """Add a jurisdiction and its chain of parents (PART_OF) from the registry."""
    seen: set[str] = set()
    while name and name not in seen:
        seen.add(name)
        jnode = jurisdiction_node(name)
        d = G._node.get(jnode)
        if d is not None and d.get("type") == "Jurisdiction" and d.get("level") is not None:
            break  # there with its level (the usual case: no registry look-up); parents too
        reg_level, parent = _jurisdiction_info(registry, name)
        if d is not None and d.get("type") == "Jurisdiction":
            if reg_level or level:
                d["level"] = reg_level or level
            break  # its parents are already there
        G.add_node(jnode, type="Jurisdiction", name=name, level=reg_level or level, parent=parent)
        if not parent:
            break
        G.add_edge(jnode, jurisdiction_node(parent), key="PART_OF", type="PART_OF")
        name, level = parent, None


def settle_jurisdictions(G: "nx.MultiDiGraph", registry: Any, nodes: Iterable[str] | None = None) -> None:
    """Give the jurisdictions (all, or ``nodes``) the parents the registry knows *now*, in place.

    Plans teach the registry where an unlisted place lies (``Registry.learn_parent``: a plan
    that writes 四川省绵阳市三台县), and a place two plans put in different parents loses its
    learned parent. A build graphs each plan as soon as it is resolved, so a place may be
    graphed before a later plan teaches (or contradicts) its parent: this pass makes the
    hierarchy what the whole set of plans says, whatever order they were read in. Parents
    no longer anybody's are removed.

    >>> import networkx as nx
    >>> from respgraph.registry import load_registry
    >>> reg = load_registry(); G = nx.MultiDiGraph()
    >>> _add_jurisdiction(G, "三台县", reg)  # a plan of 三台县 graphed before anyone said where it is
    >>> _ = G.add_edge("plan:p", "jurisdiction:三台县", key="ISSUED_IN")
    >>> reg.learn_parent("三台县", "绵阳市")
    >>> settle_jurisdictions(G, reg)
    >>> G.nodes["jurisdiction:三台县"]["parent"], list(G.successors("jurisdiction:三台县"))
    ('绵阳市', ['jurisdiction:绵阳市'])
    """
    node = G._node
    if nodes is None:
        todo = [n for n, d in node.items() if d.get("type") == "Jurisdiction"]
    else:
        todo = [n for n in nodes if n in node]
    candidates = set(todo)
    changed = False
    for n in todo:
        d = node[n]
        _, parent = _jurisdiction_info(registry, d.get("name") or n)
        parent = parent or None
        old = d.get("parent") or None
        if parent == old:
            continue
        changed = True
        if old is not None and G.has_edge(n, jurisdiction_node(old), key="PART_OF"):
            G.remove_edge(n, jurisdiction_node(old), key="PART_OF")
            candidates.add(jurisdiction_node(old))
        d["parent"] = parent
        if parent:
            before = set(node)
            _add_jurisdiction(G, parent, registry)
            candidates.update(set(node) - before)
            G.add_edge(n, jurisdiction_node(parent), key="PART_OF", type="PART_OF")
    if changed:
        used = _used_jurisdictions(G)
        G.remove_nodes_from([n for n in candidates if n in node and node[n].get("type") == "Jurisdiction" and n not in used])


def settle_successors(G: "nx.MultiDiGraph", registry: Any) -> None:
    """Link each agency renamed by a reform to its successor in the same place, when the graph
    holds both (a 2016 plan's 三台县/环境保护局 -> a 2022 plan's 三台县/生态环境局, its 市生态环境局三台分局): the Agency
    attribute ``successor``, the successor's id: the body a plan names with the old one's name in
    brackets (``declared_predecessors``: 市水利局（原市水务局）), else the first of ``successors.csv``'s
    names the graph holds; unless every plan naming the old body is later than every plan naming that one
    (``named_only_after``: a link never runs back in time). Ids stay as each plan names its body.
    Run after plans are added or removed.

    >>> import networkx as nx
    >>> from respgraph.registry import load_registry
    >>> G = nx.MultiDiGraph()
    >>> for aid in ("三台县/环境保护局", "三台县/生态环境局", "绵阳市/国土资源局"):
    ...     G.add_node(agency_node(aid), type="Agency", agency_id=aid)
    >>> settle_successors(G, load_registry())
    >>> G.nodes[agency_node("三台县/环境保护局")]["successor"], "successor" in G.nodes[agency_node("绵阳市/国土资源局")]
    ('三台县/生态环境局', False)
    """
    agencies = [(n, d) for n, d in G._node.items() if d.get("type") == "Agency"]
    ids = {d.get("agency_id") for _, d in agencies}
    declared = declared_predecessors(registry, ((d.get("agency_id"), d.get("jurisdiction"), d.get("aliases")) for _, d in agencies), ids)
    if not declared and not getattr(registry, "successors", None) and not getattr(registry, "split", None):
        return
    years: dict[str, int | None] = {}  # plan id -> its year, read once a link needs it
    plans: dict[str, set] = {}  # agency node -> the plans naming it, read once a link needs it
    for node, d in agencies:
        aid = d.get("agency_id") or ""
        found = successor_of(registry, aid, ids, declared, lambda s: _named_only_after(G, node, agency_node(s), years),
                             lambda s: renamed_beside(d.get("functions"), G._node[agency_node(s)].get("functions"),
                                                      _plans_naming(G, node, plans), _plans_naming(G, agency_node(s), plans)))
        if found:
            d["successor"] = found
        else:
            d.pop("successor", None)
        # a body a reform split (海洋与渔业局: 海洋 to the 自然资源局, 渔业 to the 农业农村局) has no one
        # successor: the bodies that took over its parts, as the graph holds them (never back in time)
        parts = [] if found else [s for s in registry_split(registry, aid, ids) if not _named_only_after(G, node, agency_node(s), years)]
        if parts:
            d["successors"] = parts
        else:
            d.pop("successors", None)


def registry_split(registry: Any, aid: str, ids) -> list[str]:
    """``Registry.split_successors`` of a registry that has it (a stand-in may not)."""
    split = getattr(registry, "split_successors", None)
    return split(aid, ids) if split is not None else []


def successor_of(registry: Any, aid: str, ids, declared: dict[str, str], only_after: Callable[[str], bool],
                 named_together: Callable[[str], bool] | None = None) -> str | None:
    """The body among ``ids`` that took over the work of ``aid``: the one a plan states
    (``declared``, from ``declared_predecessors``), else the first of successors.csv's; not one
    ``only_after(successor)`` says every plan of ``aid`` is later than (``named_only_after``), nor
    a successors.csv one ``named_together(successor)`` says a plan names beside ``aid`` as the same
    work (``renamed_beside``). A link a plan states is made all the same."""
    stated = declared.get(aid)
    if stated and not only_after(stated):
        return stated
    listed = registry.successor(aid, ids)
    if listed and not only_after(listed) and not (named_together is not None and named_together(listed)):
        return listed
    return None


def declared_predecessors(registry: Any, agencies: Iterable, ids) -> dict[str, str]:
    """The links plans state themselves: a body written with its former name in brackets
    (市水利局（原市水务局）, 市数据和政务服务局（原市行政审批局）: the bracket's name, kept as an alias,
    begins with 原) took over the work of the body that name reads as in its place, when ``ids``
    holds it: {old id: new id}. ``agencies`` gives (agency_id, jurisdiction, aliases). Comes before
    successors.csv, which guesses what most places did (水务局 and 水利局 are never linked there)."""
    from respgraph.resolve import resolve_mention

    out: dict[str, str] = {}
    agencies = list(agencies)
    written: dict[tuple[str, str], set[str]] = {}  # (place, name) -> the bodies written so
    for aid, place, aliases in agencies:
        for alias in aliases or ():
            written.setdefault((place, alias), set()).add(aid)
    for aid, place, aliases in agencies:
        # (a name of another body of the place: 市水利局, written alone and in 市水务局（市水利局）)
        others = {o for a in aliases or () if not a.startswith("原") for o in written[(place, a)] if o != aid}
        if place and others:
            renamed = _renamed_in_brackets(registry, aid, place, aliases, others)
            if renamed is not None:
                out.setdefault(aid, renamed)
        for alias in aliases or ():
            if not place or not alias.startswith("原"):
                continue
            old = resolve_mention(registry, alias, PlanMeta("successors", "", jurisdiction=place)).agency_id
            if old not in ids:  # the county's body, before it became this county-level city (邹平县/水务局)
                where, _, short = old.partition("/")
                old = next((i for f in _formerly(registry, where) if (i := f"{f}/{short}") in ids), old)
            if old != aid and old in ids:
                out.setdefault(old, aid)
    return out


def _renamed_in_brackets(registry: Any, aid: str, place: str, aliases, ids) -> str | None:
    """The body a bracket without 原 names as this one's new name in the middle of a reform
    (市水务局（市水利局） / 市环保局（市生态环境局）, the old name written first, the new one in brackets):
    a body of the same place among ``ids`` (those written by one of this one's names), doing the same work (a function in common), as
    written alone in a plan. Bodies of different work so written share one office, two nameplates
    (市人社局（市医保局） / 市发展改革委（市粮食和储备局）): no link; nor where successors.csv has the
    link the other way (the outer name the new one)."""
    from respgraph.resolve import resolve_mention

    if aid.endswith("部"):
        # a party committee's department houses offices and bureaus under its nameplate (市委宣传部
        # （市文明办）, 市委组织部（市编办）, 市委统战部（市民宗局）): its bracket names one of them,
        # never the department's new name (宣传部's work was 文明办's, its tasks counted there)
        return None
    meta = PlanMeta("successors", "", jurisdiction=place)
    found = [resolve_mention(registry, alias, meta) for alias in aliases if not alias.startswith("原")]
    own = {f for r in found if r.agency_id == aid for f in r.functions}
    for r in found:
        new = r.agency_id
        if new != aid and new in ids and own & set(r.functions) and registry.successor(new, {aid}) != aid:
            return new
    return None


def _formerly(registry: Any, place: str) -> list[str]:
    """The counties ``place`` was before it became a district or county-level city (``Registry.became``)."""
    return [f for f, now in (getattr(registry, "formerly", None) or {}).items() if now == place]


def _named_only_after(G: "nx.MultiDiGraph", old: str, new: str, years: dict) -> bool:
    """``named_only_after`` of the years of the plans naming ``old`` and ``new`` in ``G``."""
    return named_only_after(_plan_years(G, old, years), _plan_years(G, new, years))


def named_only_after(old_years, new_years) -> bool:
    """Whether every plan naming a body (``old_years``) is of a later year than every plan naming
    the body successors.csv says took its work over (``new_years``): then it did not (a 2022
    plan's 市城市管理行政执法局, the name a reform renamed, after the 2014-19 plans'
    市城管局: the later body is no predecessor of the earlier), and no link is made. Plans of no
    known year (None) decide nothing.

    >>> named_only_after([2022], [2014, 2019]), named_only_after([2016], [2022]), named_only_after([2022], [None])
    (True, False, False)
    """
    old_years = [y for y in old_years if y is not None]
    new_years = [y for y in new_years if y is not None]
    return bool(old_years and new_years) and min(old_years) > max(new_years)


def renamed_beside(old_functions, new_functions, old_plans, new_plans) -> bool:
    """Whether a body and the one successors.csv says it was renamed to (sharing a function: the
    same work) are named side by side in a plan (``old_plans`` and ``new_plans`` meet): two bodies
    of one time, so the rename did not happen there (北京 keeps its 城市管理委员会 beside its
    城管执法局, filed as 城市管理局). A body merged into another (no function shared: 乡村振兴局 ->
    农业农村局, 海洋局 -> 自然资源局) was one beside it until the merge: that says nothing.

    >>> renamed_beside(["城市管理"], ["城市管理"], {"p1", "p2"}, {"p2"}), renamed_beside(["城市管理"], ["城市管理"], {"p1"}, {"p2"})
    (True, False)
    >>> renamed_beside(["乡村振兴"], ["农业农村"], {"p1"}, {"p1"})
    False
    """
    return bool(set(old_functions or ()) & set(new_functions or ())) and bool(set(old_plans) & set(new_plans))


def _plans_naming(G: "nx.MultiDiGraph", node: str, plans: dict[str, set]) -> set:
    """The ids of the plans whose tasks the agency ``node`` leads or supports by a name of its own
    (cached in ``plans``): not by an old name the plan's year read as its (``renamed_from``: a 2012
    plan's 市建设局 names no 住建局 beside its 城乡建设委)."""
    if node not in plans:
        plans[node] = {G._node[task].get("plan_id") for _, task, key, ed in G.out_edges(node, keys=True, data=True)
                       if key in ("LEADS", "SUPPORTS") and not ed.get("renamed_from")}
    return plans[node]


def _plan_years(G: "nx.MultiDiGraph", node: str, years: dict) -> list[int]:
    """The years of the plans whose tasks the agency ``node`` leads or supports."""
    out = []
    for _, task, key in G.out_edges(node, keys=True):
        if key not in ("LEADS", "SUPPORTS"):
            continue
        pid = G._node[task].get("plan_id")
        if pid not in years:
            plan = G._node.get(plan_node(pid)) or {}
            years[pid] = plan_node_year(plan)
        out.append(years[pid])
    return out


def _used_jurisdictions(G: "nx.MultiDiGraph") -> set[str]:
    """Jurisdictions a plan is issued in or an agency sits in, and their parents."""
    used: set[str] = set()
    for u, v, k in G.edges(keys=True):
        if k in ("IN", "ISSUED_IN"):
            used.add(v)
    frontier = list(used)
    while frontier:
        n = frontier.pop()
        for _, parent, k in G.out_edges(n, keys=True):
            if k == "PART_OF" and parent not in used:
                used.add(parent)
                frontier.append(parent)
    return used
