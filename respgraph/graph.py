"""Build the responsibility graph (a ``networkx.MultiDiGraph``) from resolved plans.

The model is ``respgraph.model``: node ids come from its functions, every node and edge has
a ``type``, and an edge's key equals its type. Nodes shared between plans (agencies of one
jurisdiction, functions, jurisdictions) are one node, so plans connect through them.

Beyond the model's attributes, respgraph adds:
  Agency:   ``plans`` (sorted list of the plan ids that mention it)
  Campaign: ``source`` ("heading" | "attachment")
  LEADS / SUPPORTS: ``plan_id``, ``task_id``, ``agency_id``, ``occurrences`` (how many
            clauses of the task gave this agency this role; the provenance is the first),
            ``order`` (position among the task's assignments, in clause order),
            ``clause_start``/``clause_end`` (span of ``clause`` in Document.text; None
            when it cannot be located there).
            ``start``/``end`` are the span of the mention itself (records.Source).

Determinism: ``canonical`` re-inserts nodes and edges in sorted order, so two builds of the
same plans are equal node for node and edge for edge, whatever order plans came in.

>>> from respgraph.records import *
>>> doc = Document(path="p.txt", format="txt", encoding="utf-8", raw_text="", text="治理黑臭水体（责任单位：区环保局）")
>>> task = Task(plan_id="p", task_id="p:001", seq=1, number="1", title="治理黑臭水体", section=[],
...             campaign=None, text=doc.text, span=Span(0, 17))
>>> plan = ExtractedPlan(PlanMeta("p", "p.txt", jurisdiction="渝水区"), [task], [], [], doc)
>>> a = Agency("渝水区/生态环境局", "渝水区生态环境局", "渝水区", ["生态环境"])
>>> asg = Assignment(a.name, a.agency_id, "区环保局", "lead", "first_listed", [], Source("p.txt", 6, 16, "责任单位：区环保局"))
>>> G = build_graph([ResolvedPlan(plan, {"p:001": [asg]}, {a.agency_id: a})])
>>> G.edges["agency:渝水区/生态环境局", "task:p:001", "LEADS"]["mention"]
'区环保局'
>>> count_by_type(G)["nodes"]["Function"]
1
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any, Iterable

from respgraph.campaigns import campaign_type
from respgraph.gcpolicy import paused_gc
from respgraph.records import OWN_CLAUSE_BASES
from respgraph.responsibilities import task_supervisors
from respgraph.model import (
    EDGE_TYPES,
    NODE_TYPES,
    ROLE_EDGE,
    agency_node,
    campaign_node,
    function_node,
    jurisdiction_node,
    plan_node,
    task_node,
)

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

    from respgraph.records import ResolvedPlan

__all__ = [
    "build_graph",
    "add_plan",
    "remove_plan",
    "canonical",
    "count_by_type",
    "plan_ids",
]


# --------------------------------------------------------------------------- registry access


def _load_registry_quietly() -> Any:
    """The default registry, or None while ``respgraph.registry`` is not available."""
    try:
        from respgraph.registry import load_registry
    except ImportError:
        return None
    try:
        return load_registry()
    except Exception:  # a broken registry must not stop a build; functions keep their codes
        return None


def _field(obj: Any, name: str, index: int) -> Any:
    """Read ``name`` from a registry entry that may be an object, a dict or a tuple."""
    if obj is None:
        return None
    if isinstance(obj, dict):
        return obj.get(name)
    if isinstance(obj, (tuple, list)):
        return obj[index] if len(obj) > index else None
    if isinstance(obj, str):
        return obj if index == 0 else None
    return getattr(obj, name, None)


def _function_info(registry: Any, code: str) -> tuple[str, str]:
    """(Chinese name, English gloss) of a function code; the code itself when unknown."""
    functions = getattr(registry, "functions", None) if registry is not None else None
    entry = functions.get(code) if isinstance(functions, dict) else None
    name = _field(entry, "name", 0) or code
    gloss = _field(entry, "gloss", 1) or ""
    return str(name), str(gloss)


def _jurisdiction_info(registry: Any, name: str) -> tuple[str | None, str | None]:
    """(level, parent) of a jurisdiction from the registry; (None, None) when not there."""
    lookup = getattr(registry, "jurisdiction", None)
    if callable(lookup):  # respgraph.registry.Registry: infers the level of unlisted places
        j = lookup(name)
        return getattr(j, "level", None), getattr(j, "parent", None)
    jurisdictions = getattr(registry, "jurisdictions", None) if registry is not None else None
    if not isinstance(jurisdictions, dict):
        return None, None
    entry = jurisdictions.get(name)
    level = _field(entry, "level", 0)
    parent = _field(entry, "parent", 1)
    return level, parent


# --------------------------------------------------------------------------- building


def build_graph(resolved: Iterable["ResolvedPlan"], registry: Any = None) -> "nx.MultiDiGraph":
    """One graph of all the plans, in canonical (sorted) order.

    ``registry`` gives function names/glosses and the jurisdiction hierarchy; by default
    ``respgraph.registry.load_registry()``.
    """
    import networkx as nx

    if registry is None:
        registry = _load_registry_quietly()
    G = nx.MultiDiGraph()
    with paused_gc():
        for rp in resolved:
            add_plan(G, rp, registry)
        settle_jurisdictions(G, registry)
        settle_successors(G, registry)
    return canonical(G, consume=True)


def add_plan(G: "nx.MultiDiGraph", rp: "ResolvedPlan", registry: Any = None) -> None:
    """Add one resolved plan to ``G`` in place (its plan id must not be in ``G`` yet).

    Call ``canonical`` afterwards for a deterministic order.
    """
    plan = rp.plan
    meta = plan.meta
    pid = meta.plan_id
    pnode = plan_node(pid)
    if pnode in G:
        raise ValueError(f"plan {pid!r} is already in the graph")

    G.add_node(
        pnode,
        type="Plan",
        plan_id=pid,
        title=meta.title,
        issuers=list(meta.issuers),
        doc_number=meta.doc_number,
        date=meta.date,
        jurisdiction=meta.jurisdiction,
        level=meta.level,
        kind=meta.kind,
        path=meta.path,
        format=plan.document.format if plan.document is not None else None,
        encoding=plan.document.encoding if plan.document is not None else None,
    )
    if meta.jurisdiction:
        _add_jurisdiction(G, meta.jurisdiction, registry, level=meta.level)
        G.add_edge(pnode, jurisdiction_node(meta.jurisdiction), key="ISSUED_IN", type="ISSUED_IN")

    by_name: dict[str, str] = {}
    for c in plan.campaigns:
        cnode = campaign_node(c.campaign_id)
        G.add_node(
            cnode,
            type="Campaign",
            campaign_id=c.campaign_id,
            plan_id=pid,
            name=c.name,
            kind=c.kind,
            campaign_type=campaign_type(c.name, c.kind, c.parent),
            parent=c.parent,
            source=c.source,
        )
        G.add_edge(pnode, cnode, key="HAS_CAMPAIGN", type="HAS_CAMPAIGN")
    # A task names its campaign: a heading campaign of that name wins over an attachment one.
    for source in ("heading", "attachment"):
        for c in plan.campaigns:
            if c.source == source:
                by_name.setdefault(c.name, campaign_node(c.campaign_id))

    for t in plan.tasks:
        tnode = task_node(t.task_id)
        watchers = task_supervisors(t)
        G.add_node(
            tnode,
            type="Task",
            task_id=t.task_id,
            plan_id=pid,
            seq=t.seq,
            number=t.number,
            title=t.title,
            section=list(t.section),
            campaign=t.campaign,
            text=t.text,
            kind=t.kind,
            deadlines=[d.text for d in t.deadlines],
            deadline_years=sorted({d.year for d in t.deadlines if d.year is not None}),
            targets=[x.text for x in t.targets],
            flags=list(t.flags),
            # the bodies supervising the task (督导单位), as written: shown, never counted
            supervisors=[m.text for m in watchers],
            start=t.span.start,
            end=t.span.end,
        )
        if watchers:  # where each is written (cleaned text, as a LEADS edge's start/end); only where named
            G.nodes[tnode].update(supervisor_start=[m.span.start for m in watchers],
                                  supervisor_end=[m.span.end for m in watchers])
            resolved = rp.supervisors.get(t.task_id) or []
            if len(resolved) == len(watchers):  # each one's agency id, as its LEADS edge would name it
                G.nodes[tnode]["supervisor_ids"] = [s.agency_id for s in resolved]
        parent = by_name.get(t.campaign) if t.campaign else None
        G.add_edge(parent or pnode, tnode, key="HAS_TASK", type="HAS_TASK")

    for agency in rp.agencies.values():
        _add_agency(G, agency, pid, registry)

    import networkx as nx

    clauses = {t.task_id: t.clauses for t in plan.tasks}
    doc = plan.document
    doc_text = doc.text if doc is not None else ""
    from respgraph.records import file_offsets

    positions = doc.file_positions() if doc is not None else None  # once per plan, not per span

    succ, pred = G._succ, G._pred
    for task_id, assignments in rp.assignments.items():
        tnode = task_node(task_id)
        if tnode not in G:
            # An assignment for a task the plan does not list would be an upstream bug;
            # keep it visible rather than drop it.
            G.add_node(tnode, type="Task", task_id=task_id, plan_id=pid, seq=0, number="", title="",
                       section=[], campaign=None, text="", kind="numbered", deadlines=[],
                       deadline_years=[], targets=[], flags=["missing_task"], start=0, end=0)
            G.add_edge(pnode, tnode, key="HAS_TASK", type="HAS_TASK")
        for order, a in enumerate(assignments):
            anode = agency_node(a.agency_id)
            if anode not in G:
                from respgraph.records import Agency

                _add_agency(G, Agency(a.agency_id, a.agency, None, [], known=False), pid, registry)
            etype = ROLE_EDGE[a.role]
            # networkx's dicts directly (both nodes exist): add_edge and has_edge per
            # assignment were a third of the graph stage; same dicts, same order
            keydict = succ[anode].get(tnode)
            if keydict is not None and etype in keydict:
                keydict[etype]["occurrences"] += 1
                continue
            cspan = _clause_span(clauses.get(task_id, ()), a, doc_text)
            src = a.source
            file_start, file_end = file_offsets(positions, src.start, src.end)
            clause_file_start, clause_file_end = file_offsets(positions, *cspan) if cspan else (None, None)
            data = {
                "type": etype,
                "role": a.role,
                "basis": a.basis,
                "mention": a.mention,
                "portfolio": list(a.portfolio),
                "file": src.file,
                "start": src.start,
                "end": src.end,
                "clause": src.clause,
                "clause_start": cspan[0] if cspan else None,
                "clause_end": cspan[1] if cspan else None,
                "plan_id": pid,
                "task_id": task_id,
                "agency_id": a.agency_id,
                "occurrences": 1,
                "order": order,
                "file_start": file_start,
                "file_end": file_end,
                "clause_file_start": clause_file_start,
                "clause_file_end": clause_file_end,
            }
            if keydict is None:
                keydict = succ[anode][tnode] = {}
                pred[tnode][anode] = keydict
            keydict[etype] = data
    nx._clear_cache(G)


def _clause_span(clauses: Any, a: Any, text: str) -> tuple[int, int] | None:
    """The span of the clause an assignment came from: the task's clause that holds the
    mention; for a mention that is its own clause (inherited, table cell) the mention's
    span when the text there reads so. None when neither holds."""
    s = a.source.start
    # a table cell's mention is its own clause (resolve._clause_of): the row's clause spans the
    # lead and support cells, whose text is not the edge's clause
    if a.basis not in OWN_CLAUSE_BASES:
        for c in clauses:
            if c.span.start <= s < c.span.end:
                # a row of a 分工表 whose one unit column lists the lead first: its clause is the
                # cells under their labels (责任单位：A、B), longer than the cell its span covers,
                # so no span reads as it (the mention's start/end still do)
                return (c.span.start, c.span.end) if c.span.end - c.span.start == len(c.raw) else None
    if a.source.clause and text[a.source.start : a.source.end] == a.source.clause:
        return a.source.start, a.source.end
    return None


def _add_agency(G: "nx.MultiDiGraph", agency: Any, plan_id: str, registry: Any) -> None:
    anode = agency_node(agency.agency_id)
    if anode in G:
        # The same agency in another plan: merge what each plan knows about it.
        d = G.nodes[anode]
        d["functions"] = sorted(set(d["functions"]) | set(agency.functions))
        d["aliases"] = sorted(set(d["aliases"]) | set(agency.aliases))
        d["plans"] = sorted(set(d["plans"]) | {plan_id})
        d["known"] = bool(d["known"] or agency.known)
        if not d.get("jurisdiction") and agency.jurisdiction:
            d["jurisdiction"] = agency.jurisdiction
    else:
        G.add_node(
            anode,
            type="Agency",
            agency_id=agency.agency_id,
            name=agency.name,
            jurisdiction=agency.jurisdiction,
            functions=sorted(set(agency.functions)),
            kind=agency.kind,
            known=bool(agency.known),
            aliases=sorted(set(agency.aliases)),
            plans=[plan_id],
        )
        if getattr(agency, "parent", None):  # a division: its department (only divisions carry it)
            G.nodes[anode]["parent"] = agency.parent
    for code in agency.functions:
        fnode = function_node(code)
        if fnode not in G:
            name, gloss = _function_info(registry, code)
            G.add_node(fnode, type="Function", code=code, name=name, gloss=gloss)
        G.add_edge(anode, fnode, key="HAS_FUNCTION", type="HAS_FUNCTION")
    if agency.jurisdiction:
        _add_jurisdiction(G, agency.jurisdiction, registry)
        G.add_edge(anode, jurisdiction_node(agency.jurisdiction), key="IN", type="IN")


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
    holds both (a 2016 plan's 三台县/环境保护局 -> a 2022 plan's 三台县/生态环境分局): the Agency
    attribute ``successor``, the successor's id; the first of ``successors.csv``'s names the
    graph holds. Ids stay as each plan names its body. Run after plans are added or removed.

    >>> import networkx as nx
    >>> from respgraph.registry import load_registry
    >>> G = nx.MultiDiGraph()
    >>> for aid in ("三台县/环境保护局", "三台县/生态环境分局", "绵阳市/国土资源局"):
    ...     G.add_node(agency_node(aid), type="Agency", agency_id=aid)
    >>> settle_successors(G, load_registry())
    >>> G.nodes[agency_node("三台县/环境保护局")]["successor"], "successor" in G.nodes[agency_node("绵阳市/国土资源局")]
    ('三台县/生态环境分局', False)
    """
    if not getattr(registry, "successors", None):
        return
    agencies = [d for d in G._node.values() if d.get("type") == "Agency"]
    ids = {d.get("agency_id") for d in agencies}
    for d in agencies:
        found = registry.successor(d.get("agency_id") or "", ids)
        if found:
            d["successor"] = found
        else:
            d.pop("successor", None)


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


def remove_plan(G: "nx.MultiDiGraph", plan_id: str) -> None:
    """Remove a plan's subgraph in place: its Plan, Campaign and Task nodes, and the shared
    nodes (agencies, functions, jurisdictions) that nothing else refers to any more."""
    pnode = plan_node(plan_id)
    if pnode not in G:
        return
    own = [n for n, d in G.nodes(data=True) if d.get("plan_id") == plan_id and d.get("type") in ("Plan", "Campaign", "Task")]
    G.remove_nodes_from(own)
    for n, d in list(G.nodes(data=True)):
        if d.get("type") == "Agency" and plan_id in d.get("plans", []):
            d["plans"] = [p for p in d["plans"] if p != plan_id]
    _prune(G)


def _prune(G: "nx.MultiDiGraph") -> None:
    """Drop shared nodes left without a plan: agencies with no plan, then functions nobody
    has, then jurisdictions no agency or plan sits in (nor any such one's parents)."""
    G.remove_nodes_from([n for n, d in G.nodes(data=True) if d.get("type") == "Agency" and not d.get("plans")])
    G.remove_nodes_from([n for n, d in G.nodes(data=True) if d.get("type") == "Function" and G.in_degree(n) == 0])
    used = _used_jurisdictions(G)
    G.remove_nodes_from([n for n, d in G.nodes(data=True) if d.get("type") == "Jurisdiction" and n not in used])


# --------------------------------------------------------------------------- order and counts


def canonical(G: "nx.MultiDiGraph", *, consume: bool = False) -> "nx.MultiDiGraph":
    """A copy of ``G`` with nodes and edges inserted in sorted order (ids, then edge keys).

    ``consume=True`` empties ``G`` while copying, so the two graphs never coexist in full
    (networkx copies every attribute dict): at 10,000 plans that is gigabytes of peak memory.

    >>> import networkx as nx
    >>> g = nx.MultiDiGraph(); g.add_edge("b", "a", key="X", w=1); g.add_node("c")
    'X'
    >>> h = canonical(g, consume=True)
    >>> list(h.nodes), list(h.edges(keys=True, data=True)), g.number_of_nodes()
    (['a', 'b', 'c'], [('b', 'a', 'X', {'w': 1})], 0)
    """
    import networkx as nx

    with paused_gc():
        H = nx.MultiDiGraph()
        H.graph.update(sorted(G.graph.items()))
        nodes = sorted(G.nodes(data=True), key=lambda x: x[0])
        if consume and type(G) is nx.MultiDiGraph:
            # Hand G's own attribute dicts to H in sorted order: nothing is copied, and H's
            # adjacency is exactly what inserting the sorted nodes then edges would build.
            _adopt_sorted(H, G, nodes)
            G.clear()
            return H
        edges = sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
        if not consume:
            H.add_nodes_from(nodes)
            H.add_edges_from(edges)
            return H
        G.clear()  # the attribute dicts live on in the two lists until copied
        for items, add in ((nodes, H.add_nodes_from), (edges, H.add_edges_from)):
            step = 20_000
            for i in range(0, len(items), step):
                add(items[i : i + step])
                items[i : i + step] = [None] * len(items[i : i + step])  # let the old dicts go
    return H


def _adopt_sorted(H: "nx.MultiDiGraph", G: "nx.MultiDiGraph", nodes: list[tuple[str, dict]]) -> None:
    """Fill the empty ``H`` with ``G``'s nodes and edges (the same attribute dicts) in
    canonical order: ``nodes`` is ``G``'s (node, dict) list sorted by node; successors of each
    node sorted, edge keys sorted; each node's predecessors in sorted order (as
    ``add_edges_from`` of the sorted edges inserts them). ``G`` must be cleared afterwards."""
    succ, pred = G._succ, G._pred
    new_node = {n: d for n, d in nodes}
    new_succ: dict[Any, dict] = {n: {} for n in new_node}
    new_pred: dict[Any, dict] = {n: {} for n in new_node}
    for u in new_node:
        nbrs = succ[u]
        out = new_succ[u]
        for v in sorted(nbrs) if len(nbrs) > 1 else nbrs:
            keydict = nbrs[v]
            if len(keydict) > 1:
                keydict = {k: keydict[k] for k in sorted(keydict)}
            out[v] = keydict
            new_pred[v][u] = keydict
    del pred
    H._node = new_node
    H._adj = new_succ  # networkx's setter makes this _succ too and resets its cached views
    H._pred = new_pred


def count_by_type(G: "nx.MultiDiGraph") -> dict[str, dict[str, int]]:
    """Node and edge counts per type, every type of the model listed (zeros included).

    >>> import networkx as nx
    >>> count_by_type(nx.MultiDiGraph())["edges"]["LEADS"]
    0
    """
    nodes = Counter(d.get("type") for _, d in G.nodes(data=True))
    edges = Counter(d.get("type") for _, _, d in G.edges(data=True))
    return {
        "nodes": {t: nodes.get(t, 0) for t in NODE_TYPES},
        "edges": {t: edges.get(t, 0) for t in EDGE_TYPES},
    }


def plan_ids(G: "nx.MultiDiGraph") -> list[str]:
    """The plan ids in the graph, sorted."""
    return sorted(d["plan_id"] for _, d in G.nodes(data=True) if d.get("type") == "Plan")


# --------------------------------------------------------------------------- tables
#
# Plain functions over a graph returning pandas DataFrames, one row per node or edge of a
# kind, sorted by id. Chinese names stay as written; English glosses sit in extra columns.
# List-valued cells are Python lists (``flat_frame`` joins them with "; " for CSV/Excel).

PLAN_COLUMNS = ["plan_id", "title", "issuers", "doc_number", "date", "jurisdiction", "level", "kind", "path",
                "campaigns", "tasks", "assignments"]
TASK_COLUMNS = ["task_id", "plan_id", "seq", "number", "title", "campaign", "campaign_id", "campaign_type",
                "section", "kind", "leads", "supports", "n_leads", "n_supports", "supervisors",
                "supervisor_start", "supervisor_end", "supervisor_ids", "deadlines", "deadline_years",
                "targets", "flags", "start", "end", "text"]
ASSIGNMENT_COLUMNS = ["plan_id", "task_id", "task_title", "agency_id", "agency", "role", "basis", "mention",
                      "portfolio", "functions", "function_names", "function_glosses", "known", "file", "start",
                      "end", "clause", "clause_start", "clause_end", "occurrences", "file_start", "file_end",
                      "clause_file_start", "clause_file_end"]
AGENCY_COLUMNS = ["agency_id", "name", "jurisdiction", "kind", "known", "functions", "function_names",
                  "function_glosses", "aliases", "successor", "parent", "plans", "n_plans", "leads", "supports", "tasks"]
FUNCTION_COLUMNS = ["code", "name", "gloss", "agencies", "leads", "supports"]


def _frame(rows: list[dict], columns: list[str]) -> "Any":
    import pandas as pd

    return pd.DataFrame(rows, columns=columns)


def _nodes_of(G: "nx.MultiDiGraph", kind: str) -> list[tuple[str, dict]]:
    return sorted((n, d) for n, d in G.nodes(data=True) if d.get("type") == kind)


def _function_cols(G: "nx.MultiDiGraph", codes: list[str]) -> dict[str, list[str]]:
    names, glosses = [], []
    for c in codes:
        d = G.nodes.get(function_node(c), {})
        names.append(d.get("name", c))
        glosses.append(d.get("gloss", ""))
    return {"functions": list(codes), "function_names": names, "function_glosses": glosses}


def plans_frame(G: "nx.MultiDiGraph") -> "Any":
    """One row per plan: PLAN_COLUMNS (campaigns, tasks, assignments are counts)."""
    rows = []
    for n, d in _nodes_of(G, "Plan"):
        campaigns = [v for _, v, k in G.out_edges(n, keys=True) if k == "HAS_CAMPAIGN"]
        tasks = _plan_tasks(G, n, campaigns)
        n_asg = sum(1 for t in tasks for _, _, k in G.in_edges(t, keys=True) if k in ("LEADS", "SUPPORTS"))
        rows.append({**{c: d.get(c) for c in PLAN_COLUMNS}, "campaigns": len(campaigns), "tasks": len(tasks), "assignments": n_asg})
    return _frame(rows, PLAN_COLUMNS)


def _plan_tasks(G: "nx.MultiDiGraph", pnode: str, campaigns: list[str]) -> list[str]:
    out = [v for _, v, k in G.out_edges(pnode, keys=True) if k == "HAS_TASK"]
    for c in campaigns:
        out += [v for _, v, k in G.out_edges(c, keys=True) if k == "HAS_TASK"]
    return out


def _columns_frame(columns: dict[str, list], names: list[str]) -> "Any":
    """A DataFrame from column lists (far less memory than one dict per row; pandas infers
    the same dtypes from a column as from the rows holding it)."""
    import pandas as pd

    return pd.DataFrame({c: list(columns[c]) for c in names}, columns=names)


def _function_cells(G: "nx.MultiDiGraph", flat: bool) -> Any:
    """``codes -> (functions, function_names, function_glosses)``, memoised per list of codes
    (an agency's cells are the same on each of its rows); lists joined when ``flat``."""
    memo: dict[tuple, tuple] = {}
    node = G._node

    def cells(codes: list[str]) -> tuple:
        key = tuple(codes)
        hit = memo.get(key)
        if hit is None:
            names, glosses = [], []
            for c in codes:
                d = node.get(function_node(c), {})
                names.append(d.get("name", c))
                glosses.append(d.get("gloss", ""))
            hit = memo[key] = (flat_value(list(codes)), flat_value(names), flat_value(glosses)) if flat else (list(codes), names, glosses)
        return hit if flat else (list(hit[0]), list(hit[1]), list(hit[2]))

    return cells


def tasks_frame(G: "nx.MultiDiGraph", *, flat: bool = False, only: "set[str] | None" = None) -> "Any":
    """One row per task: TASK_COLUMNS. ``leads``/``supports`` are agency names in clause
    order (the edges' ``order``), as the plan states them: suggested edges (basis
    ``suggested``, from ``respgraph suggest --apply``) are never mixed in here, they are in
    ``assignments_frame`` with their basis. ``campaign_id``/``campaign_type`` are empty for
    tasks outside any campaign. ``flat``: list cells joined by '; ' (as ``flat_frame``).
    ``only``: just these Task nodes (one agency's tasks: their edges alone are read)."""
    return _columns_frame(task_columns(G, flat=flat, only=only), TASK_COLUMNS)


def task_columns(G: "nx.MultiDiGraph", *, flat: bool = False, only: "set[str] | None" = None) -> dict[str, list]:
    """``tasks_frame`` as one list per column (TASK_COLUMNS), without building the frame."""
    node, pred = G._node, G._pred
    cols: dict[str, list] = {c: [] for c in TASK_COLUMNS}
    plain = [c for c in TASK_COLUMNS if c not in ("leads", "supports", "n_leads", "n_supports", "campaign_id", "campaign_type")]
    fv = flat_value if flat else (lambda v: v)
    chosen = node.items() if only is None else ((n, node[n]) for n in only if n in node)
    tasks = sorted(((n, d) for n, d in chosen if d.get("type") == "Task"),
                   key=lambda x: (x[1].get("plan_id", ""), x[1].get("seq", 0), x[0]))
    for n, d in tasks:
        leads: list[tuple[int, str]] = []
        supports: list[tuple[int, str]] = []
        camp = None
        for u, keydict in pred[n].items():
            for k, ed in keydict.items():
                if k == "LEADS" or k == "SUPPORTS":
                    if ed.get("basis") != "suggested":
                        (leads if k == "LEADS" else supports).append((ed.get("order", 0), node[u].get("name", u)))
                elif k == "HAS_TASK" and camp is None and node[u].get("type") == "Campaign":
                    camp = u
        for c in plain:
            v = d.get(c)
            cols[c].append(flat_value(v) if flat and isinstance(v, (list, tuple, set)) else v)
        lead_names = [name for _, name in sorted(leads)]
        support_names = [name for _, name in sorted(supports)]
        cols["leads"].append(fv(lead_names))
        cols["supports"].append(fv(support_names))
        cols["n_leads"].append(len(lead_names))
        cols["n_supports"].append(len(support_names))
        cols["campaign_id"].append(node[camp]["campaign_id"] if camp else None)
        cols["campaign_type"].append(node[camp]["campaign_type"] if camp else None)
    return cols


def assignments_frame(G: "nx.MultiDiGraph", *, flat: bool = False) -> "Any":
    """One row per LEADS/SUPPORTS edge, with provenance: ASSIGNMENT_COLUMNS.

    ``file``/``start``/``end`` locate the mention, ``clause_start``/``clause_end`` the
    clause, in the cleaned text of the plan (``Document.text``); ``file_start``/``file_end``
    and ``clause_file_start``/``clause_file_end`` locate them in the .txt file itself
    (characters of ``open(file, encoding=<plan encoding>, newline="")``; empty for other
    formats); ``function_glosses`` are the English glosses of ``functions``.
    ``flat``: list cells joined by '; ' (as ``flat_frame``).
    """
    return _columns_frame(assignment_columns(G, flat=flat), ASSIGNMENT_COLUMNS)


def assignment_columns(G: "nx.MultiDiGraph", *, flat: bool = False) -> dict[str, Any]:
    """``assignments_frame`` as one sequence per column (ASSIGNMENT_COLUMNS), without the frame."""
    node = G._node
    fv = flat_value if flat else (lambda v: v)
    cells = _function_cells(G, flat)
    # One tuple per row (sort key first): a dict per row was most of the memory of the tables.
    rows = []
    for u, nbrs in G._succ.items():
        a = node[u]
        agency_id, agency, known = a.get("agency_id"), a.get("name"), a.get("known")
        if flat:  # the agency's cells are strings: the same for each of its rows
            fn, fnames, fglosses = cells(a.get("functions", []))
        for v, keydict in nbrs.items():
            for k, ed in keydict.items():
                if k != "LEADS" and k != "SUPPORTS":
                    continue
                t = node[v]
                plan_id, task_id = t.get("plan_id"), t.get("task_id")
                if not flat:
                    fn, fnames, fglosses = cells(a.get("functions", []))
                portfolio = ed.get("portfolio", [])
                if flat:
                    portfolio = "" if portfolio == [] else fv(portfolio)
                rows.append((
                    (plan_id or "", task_id or "", ed.get("order", 0), agency_id or ""),
                    plan_id, task_id, t.get("title"), agency_id, agency, ed.get("role"), ed.get("basis"),
                    ed.get("mention"), portfolio, fn, fnames, fglosses, known,
                    ed.get("file"), ed.get("start"), ed.get("end"), ed.get("clause"), ed.get("clause_start"),
                    ed.get("clause_end"), ed.get("occurrences", 1), ed.get("file_start"), ed.get("file_end"),
                    ed.get("clause_file_start"), ed.get("clause_file_end"),
                ))
    rows.sort(key=lambda r: r[0])
    columns = list(zip(*rows)) if rows else [() for _ in range(len(ASSIGNMENT_COLUMNS) + 1)]
    del rows
    return dict(zip(ASSIGNMENT_COLUMNS, columns[1:]))  # tuples: no second copy of each column


def agencies_frame(G: "nx.MultiDiGraph", *, flat: bool = False) -> "Any":
    """One row per agency: AGENCY_COLUMNS (``leads``/``supports``/``tasks`` are counts).
    ``flat``: list cells joined by '; ' (as ``flat_frame``)."""
    return _columns_frame(agency_columns(G, flat=flat), AGENCY_COLUMNS)


def agency_columns(G: "nx.MultiDiGraph", *, flat: bool = False) -> dict[str, list]:
    """``agencies_frame`` as one list per column (AGENCY_COLUMNS), without building the frame."""
    cols: dict[str, list] = {c: [] for c in AGENCY_COLUMNS}
    plain = [c for c in AGENCY_COLUMNS if c not in ("functions", "function_names", "function_glosses", "n_plans", "leads", "supports", "tasks")]
    cells = _function_cells(G, flat)
    succ = G._succ
    for n, d in _nodes_of(G, "Agency"):
        leads = supports = 0
        tasks = set()
        for v, keydict in succ[n].items():
            for k in keydict:
                if k == "LEADS":
                    leads += 1
                    tasks.add(v)
                elif k == "SUPPORTS":
                    supports += 1
                    tasks.add(v)
        for c in plain:
            v = d.get(c)
            cols[c].append(flat_value(v) if flat and isinstance(v, (list, tuple, set)) else v)
        fn, fnames, fglosses = cells(d.get("functions", []))
        cols["functions"].append(fn)
        cols["function_names"].append(fnames)
        cols["function_glosses"].append(fglosses)
        cols["n_plans"].append(len(d.get("plans", [])))
        cols["leads"].append(leads)
        cols["supports"].append(supports)
        cols["tasks"].append(len(tasks))
    return cols


def functions_frame(G: "nx.MultiDiGraph") -> "Any":
    """One row per function: FUNCTION_COLUMNS (counts of agencies and of their edges)."""
    rows = []
    for n, d in _nodes_of(G, "Function"):
        agencies = [u for u, _, k in G.in_edges(n, keys=True) if k == "HAS_FUNCTION"]
        leads = sum(1 for a in agencies for _, _, k in G.out_edges(a, keys=True) if k == "LEADS")
        supports = sum(1 for a in agencies for _, _, k in G.out_edges(a, keys=True) if k == "SUPPORTS")
        rows.append({"code": d.get("code"), "name": d.get("name"), "gloss": d.get("gloss"),
                     "agencies": len(agencies), "leads": leads, "supports": supports})
    return _frame(rows, FUNCTION_COLUMNS)


def flat_value(v: Any) -> Any:
    """A cell for CSV/GraphML/Excel: lists joined with '; ', None kept as None."""
    if isinstance(v, (list, tuple, set)):
        return "; ".join(str(x) for x in v)
    return v


def flat_frame(frame: "Any") -> "Any":
    """A copy of ``frame`` with list cells joined by '; '."""
    out = frame.copy()
    for c in out.columns:
        if out[c].dtype == object:
            out[c] = out[c].map(flat_value)
    return out
