"""Adding plans to the graph and removing them: Plan, Campaign, Task, Agency and Function
nodes, the LEADS / SUPPORTS edges with their provenance (mention, clause and their spans in
the cleaned text and the file), and the pruning of shared nodes a removed plan leaves unused.
``build_graph`` puts it together (add every plan, settle places and successors, canonical order).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable

from respgraph.campaigns import campaign_type
from respgraph.gcpolicy import paused_gc
from respgraph.graph._registry import _function_info, _load_registry_quietly
from respgraph.graph.clause_context import THIN_CLAUSE, line_sentence
from respgraph.graph.order import canonical
from respgraph.graph.places import _add_jurisdiction, _used_jurisdictions, settle_jurisdictions, settle_successors
from respgraph.records import OWN_CLAUSE_BASES, file_offsets
from respgraph.responsibilities import task_supervisors
from respgraph.structure.plan_warnings import shown_warnings
from respgraph.model import (
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
        settle_agency_names(G)
    return canonical(G, consume=True)


def settle_agency_names(G: "nx.MultiDiGraph") -> None:
    """Each agency node named by the full name its plans write it by most, counted over its LEADS and
    SUPPORTS edges (a task's naming of it, by its first name there): 县发展和改革局 on two tasks,
    县发展和改革委员会 on one is 县发展和改革局, whichever plan came first, never the id's spelling unless a plan writes it. A tie
    goes to the name of the first plan by id (then the task's order): the same name whatever the
    order the files were read in. A body some plan writes as the branch of another place's department
    (安庆市生态环境局怀宁分局: its ``parent`` 安庆市/生态环境局, itself of 怀宁县) is named so wherever
    the others write it plain (怀宁县生态环境局): that plan says whose branch it is. A node no edge
    names (a build older than the edges' ``name``, a suggestion's body) keeps its name. In place;
    after ``add_plan`` / ``remove_plan``."""
    nodes = G.nodes
    for n, d in G.nodes(data=True):
        if d.get("type") != "Agency":
            continue
        counts: dict[str, list] = {}  # name -> [tasks naming it so, (first plan, task seq, order)]
        for t, keydict in G._succ[n].items():
            for k in ("LEADS", "SUPPORTS"):
                e = keydict.get(k)
                if e is None or not e.get("name"):
                    continue
                first = (str(e.get("plan_id") or ""), nodes[t].get("seq") or 0, e.get("order") or 0)
                c = counts.setdefault(e["name"], [0, first])
                c[0] += 1
                c[1] = min(c[1], first)
        if not counts:
            continue
        parent = d.get("parent")
        home = str(parent).partition("/")[0] if parent else ""
        if home and home != d.get("jurisdiction"):
            counts = {name: c for name, c in counts.items() if name.startswith(home)} or counts
        d["name"] = min(counts, key=lambda name: (-counts[name][0], counts[name][1]))


def add_plan(G: "nx.MultiDiGraph", rp: "ResolvedPlan", registry: Any = None) -> None:
    """Add one resolved plan to ``G`` in place (its plan id must not be in ``G`` yet): its Plan
    node, campaigns, tasks, agencies and their LEADS/SUPPORTS edges, in that order.

    Call ``canonical`` afterwards for a deterministic order.
    """
    import networkx as nx

    pnode = plan_node(rp.plan.meta.plan_id)
    if pnode in G:
        raise ValueError(f"plan {rp.plan.meta.plan_id!r} is already in the graph")
    _add_plan_node(G, rp.plan, registry)
    campaign_of = _add_campaigns(G, rp.plan)
    _add_tasks(G, rp, campaign_of)
    for agency in rp.agencies.values():
        _add_agency(G, agency, rp.plan.meta.plan_id, registry)
    _add_assignments(G, rp, registry)
    nx._clear_cache(G)


def _add_plan_node(G: "nx.MultiDiGraph", plan: Any, registry: Any) -> None:
    """The Plan node, and the jurisdiction it was issued in."""
    meta = plan.meta
    pnode = plan_node(meta.plan_id)
    G.add_node(
        pnode,
        type="Plan",
        plan_id=meta.plan_id,
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
        # what the plan read lacks (a site's preview cut off, glyphs dropped …): said with its tasks
        warnings=shown_warnings(plan.warnings),
    )
    if meta.jurisdiction:
        _add_jurisdiction(G, meta.jurisdiction, registry, level=meta.level)
        G.add_edge(pnode, jurisdiction_node(meta.jurisdiction), key="ISSUED_IN", type="ISSUED_IN")


def _add_campaigns(G: "nx.MultiDiGraph", plan: Any) -> dict[str, str]:
    """The plan's Campaign nodes; returns campaign name -> node, the one a task naming that
    campaign hangs under (a heading campaign of that name wins over an attachment one)."""
    pid = plan.meta.plan_id
    pnode = plan_node(pid)
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
    by_name: dict[str, str] = {}
    for source in ("heading", "attachment"):
        for c in plan.campaigns:
            if c.source == source:
                by_name.setdefault(c.name, campaign_node(c.campaign_id))
    return by_name


def _add_tasks(G: "nx.MultiDiGraph", rp: "ResolvedPlan", campaign_of: dict[str, str]) -> None:
    """A Task node per task of the plan (with its supervisors as written, and their agency ids
    where each resolved), under its campaign or else under the plan."""
    pid = rp.plan.meta.plan_id
    pnode = plan_node(pid)
    for t in rp.plan.tasks:
        tnode = task_node(t.task_id)
        watchers = task_supervisors(t)
        G.add_node(
            tnode,
            type="Task",
            task_id=t.task_id,
            plan_id=pid,
            seq=t.seq,
            number=t.number,
            path=t.path,  # where it sits, as a user cites it (二（一）2)
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
        parent = campaign_of.get(t.campaign) if t.campaign else None
        G.add_edge(parent or pnode, tnode, key="HAS_TASK", type="HAS_TASK")


def _add_assignments(G: "nx.MultiDiGraph", rp: "ResolvedPlan", registry: Any) -> None:
    """A LEADS or SUPPORTS edge per assignment, with its provenance (mention and clause spans
    in the cleaned text and in the file); an agency named twice on one task in one role is one
    edge whose ``occurrences`` counts the mentions."""
    plan = rp.plan
    pid = plan.meta.plan_id
    pnode = plan_node(pid)
    clauses = {t.task_id: t.clauses for t in plan.tasks}
    doc = plan.document
    doc_text = doc.text if doc is not None else ""
    positions = doc.file_positions() if doc is not None else None  # once per plan, not per span

    succ, pred = G._succ, G._pred
    for task_id, assignments in rp.assignments.items():
        tnode = task_node(task_id)
        if tnode not in G:
            _add_missing_task(G, tnode, task_id, pid, pnode)
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
            data = _edge_data(a, etype, order, pid, task_id, _clause_span(clauses.get(task_id, ()), a, doc_text), positions)
            _keep_line_sentence(data, G._node[tnode], doc_text)
            if keydict is None:
                keydict = succ[anode][tnode] = {}
                pred[tnode][anode] = keydict
            keydict[etype] = data


def _add_missing_task(G: "nx.MultiDiGraph", tnode: str, task_id: str, pid: str, pnode: str) -> None:
    """A Task node flagged ``missing_task`` for an assignment to a task the plan does not list:
    that would be an upstream bug; keep it visible rather than drop it."""
    G.add_node(tnode, type="Task", task_id=task_id, plan_id=pid, seq=0, number="", path="", title="",
               section=[], campaign=None, text="", kind="numbered", deadlines=[],
               deadline_years=[], targets=[], flags=["missing_task"], start=0, end=0)
    G.add_edge(pnode, tnode, key="HAS_TASK", type="HAS_TASK")


def _edge_data(a: Any, etype: str, order: int, pid: str, task_id: str, cspan: tuple[int, int] | None, positions: Any) -> dict:
    """The attributes of assignment ``a``'s LEADS / SUPPORTS edge: role and basis, the mention and
    its clause (``cspan``) in the cleaned text and in the file (``positions``), and its order."""
    src = a.source
    file_start, file_end = file_offsets(positions, src.start, src.end)
    clause_file_start, clause_file_end = file_offsets(positions, *cspan) if cspan else (None, None)
    data = {
        "type": etype,
        "role": a.role,
        "basis": a.basis,
        "mention": a.mention,
        "name": a.agency,  # the body's full name as this plan writes it: the node's is the most written
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
    if a.renamed_from:  # the body as written, read as its successor by the plan's year
        data["renamed_from"] = a.renamed_from
    return data


def _keep_line_sentence(data: dict, task: dict, doc_text: str) -> None:
    """Keep on the edge the sentence its thin clause stands in when the clause is written on a
    line above its task (``（以下均需各街道办事处参与，不再列出）`` over items): the task's text does
    not hold it, and the views, provenance and the workbook read the graph, not the plan
    (``clause_context.line_sentence``). A 分工表 cell is no sentence: its row is the task."""
    if data["basis"] == "table" or data["clause_start"] is None or len(data["clause"] or "") >= THIN_CLAUSE:
        return
    sentence = line_sentence(data["clause"], data["clause_start"], data["clause_end"], doc_text, task)
    if sentence:
        data["clause_sentence"] = sentence


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
        if not d.get("parent") and getattr(agency, "parent", None):
            # a plan that names the body as its department's branch (市生态环境局怀宁分局) names it so,
            # whichever plan the graph met first (县生态环境局 in another)
            d["parent"], d["name"] = agency.parent, agency.name
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
        if getattr(agency, "parent", None):  # a division: its department; a county's eco branch: the city's bureau
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
