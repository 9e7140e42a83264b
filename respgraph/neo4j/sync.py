"""What a load must change besides its MERGEs, so that the database says what the build says.

A plan in the build is the whole of that plan: when it was loaded before from an older build
(the file edited and rebuilt, a task dropped, a lead changed, the tasks after a dropped one
renumbered), the tasks, campaigns and relationships of that plan the build no longer has are
stale. MERGE alone keeps them, so the plan would count its old tasks and leads as well as the
new ones; they are deleted after the load. Plans the database holds and the build does not (a
second year's build loaded beside the first) are left alone, and so are their agencies'
names: an Agency node's ``aliases``, ``functions`` and ``plans`` keep what other plans gave them (``plans``
drops only the build's plans that no longer name it). With ``prune`` the database is made to
hold exactly the build: every node and relationship of the graph model that the build does not
have is deleted (nodes of other labels, relationships of other types are never touched).

Everything is computed from one read of the database before the load and the build; the
deletions are ``UNWIND $rows`` batches like the load's, with ids as parameters.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("plan:p", type="Plan", plan_id="p"); g.add_node("task:p:001", type="Task", plan_id="p")
>>> db = DatabaseState(nodes={"task:p:002": ("Task", "p"), "task:q:001": ("Task", "q")})
>>> [(k, r) for k, _, r in stale_steps(g, db)]
[('delete:Task', [{'id': 'task:p:002'}])]
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from respgraph.model import EDGE_TYPES, NODE_TYPES, PROPERTIES
from respgraph.neo4j.statements import model_label, model_rel_type, node_query

if TYPE_CHECKING:  # pragma: no cover
    import neo4j
    import networkx as nx

log = logging.getLogger("respgraph.neo4j")

#: Agency list properties that gather what every plan naming the agency gave it (sorted
#: unions, as a build of all those plans gives them; ``known`` is true if any plan's is).
_GATHERED = ("aliases", "plans", "functions")


@dataclass
class DatabaseState:
    """The part of the database a load compares with its build: model nodes (id -> (label,
    plan_id or None)), model relationships ((src, type, dst) -> (start label, end label)),
    agencies' gathered lists and plans' source paths."""

    nodes: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    rels: dict[tuple[str, str, str], tuple[str, str]] = field(default_factory=dict)
    #: property names each node / relationship holds
    node_keys: dict[str, list[str]] = field(default_factory=dict)
    rel_keys: dict[tuple[str, str, str], list[str]] = field(default_factory=dict)
    agencies: dict[str, dict[str, list]] = field(default_factory=dict)
    plan_paths: dict[str, str] = field(default_factory=dict)


def _model_label(labels) -> str | None:
    return next((lb for lb in labels if lb in NODE_TYPES), None)


def read_state(driver: "neo4j.Driver", database: str | None = None) -> DatabaseState:
    """One read of the model's nodes and relationships (ids and labels only)."""
    st = DatabaseState()
    recs, _, _ = driver.execute_query(
        "MATCH (n) RETURN labels(n) AS l, n.id AS id, n.plan_id AS plan, n.aliases AS aliases, n.plans AS plans, "
        "n.functions AS functions, n.known AS known, n.path AS path, keys(n) AS k", database_=database)
    for r in recs:
        label = _model_label(r["l"])
        if label is None or r["id"] is None:
            continue
        st.nodes[r["id"]] = (label, r["plan"] if label != "Agency" else None)
        st.node_keys[r["id"]] = r["k"]
        if label == "Agency":
            st.agencies[r["id"]] = {k: list(r[k] or []) for k in _GATHERED} | {"known": r["known"] is True}
        elif label == "Plan" and r["path"]:
            st.plan_paths[r["plan"] or r["id"]] = r["path"]
    for rtype in EDGE_TYPES:  # the type is one of the model's fixed names
        recs, _, _ = driver.execute_query(
            f"MATCH (a)-[r:{rtype}]->(b) RETURN labels(a) AS la, a.id AS a, labels(b) AS lb, b.id AS b, "
            f"keys(r) AS k",
            database_=database)
        for r in recs:
            la, lb = _model_label(r["la"]), _model_label(r["lb"])
            if la and lb and r["a"] is not None and r["b"] is not None:
                st.rels[(r["a"], rtype, r["b"])] = (la, lb)
                st.rel_keys[(r["a"], rtype, r["b"])] = r["k"]
    return st


def build_plans(graph: "nx.MultiDiGraph") -> set[str]:
    return {d.get("plan_id") for _, d in graph.nodes(data=True) if d.get("type") == "Plan"}


def gather_agency_props(rows: list[dict], db: DatabaseState, plans: set[str]) -> None:
    """Agency rows of the build, their ``aliases``, ``functions`` and ``plans`` joined with
    what the database holds from plans outside the build (in place; sorted, as a build sorts
    them), so that a second build loaded beside a first keeps the names the first's plans write."""
    for row in rows:
        old = db.agencies.get(row["id"])
        if not old:
            continue
        props = row["props"]
        gathered = {k: set(old[k]) for k in _GATHERED}
        gathered["plans"] = {p for p in old["plans"] if p not in plans}
        for k, held in gathered.items():
            if held or k in props:
                props[k] = sorted(set(props.get(k) or ()) | held)
        if old["known"] and "known" in props:
            props["known"] = True


def clear_dropped_properties(nodes: dict[str, list[dict]], rels: dict[tuple, list[dict]], db: DatabaseState,
                             plans: set[str] | None = None) -> None:
    """Rows of nodes and relationships the database holds, given ``None`` (which ``SET +=``
    turns into removing the property) for each property respgraph writes on their label or
    type (``model.PROPERTIES``, and any the build writes) that the build no longer gives them:
    a task that left its campaign has no ``campaign`` any more, as in a fresh load. Only what
    belongs to the build's ``plans`` (their plans, campaigns, tasks and the relationships of
    those), or everything when ``plans`` is None (``prune``): an agency or a place other
    builds' plans name keeps what they gave it (a reform's successor another build holds).
    Properties respgraph never writes there (a user's own) stay."""
    def ours(n: str) -> bool:
        return plans is None or db.nodes.get(n, (None, None))[1] in plans

    def clear(rows: list[dict], held: dict, ident, kind: str, mine) -> None:
        written = set(PROPERTIES.get(kind, ())) | {k for row in rows for k in row["props"]}
        for row in rows:
            old = held.get(ident(row))
            if old and mine(row):
                for k in old:
                    if k in written and k not in row["props"]:
                        row["props"][k] = None

    for label, rows in nodes.items():
        clear(rows, db.node_keys, lambda r: r["id"], label, lambda r: ours(r["id"]))
    for (rtype, _, _), rows in rels.items():
        clear(rows, db.rel_keys, lambda r, t=rtype: (r["src"], t, r["dst"]), rtype,
              lambda r: ours(r["src"]) or ours(r["dst"]))


def same_file(a: str, b: str) -> bool:
    """Two paths recorded for a plan's file name the same file: equal, or equal once made
    absolute from here (the notebook built /home/u/plans/x.txt, `respgraph build plans` from
    /home/u wrote plans/x.txt: the load said the plan of that id was replaced by another file's)."""
    return a == b or os.path.abspath(a) == os.path.abspath(b)


def warn_replaced_plans(db: DatabaseState, graph: "nx.MultiDiGraph") -> None:
    """A plan id the database holds from another file: the build's plan replaces it (a plan
    read from two files of one name in different builds would otherwise be mixed up)."""
    for _, d in graph.nodes(data=True):
        if d.get("type") != "Plan":
            continue
        old = db.plan_paths.get(d.get("plan_id"))
        if old and d.get("path") and not same_file(old, d.get("path")):
            log.warning("plan %s: replaces the database's plan of that id read from %s (now %s)",
                        d.get("plan_id"), old, d.get("path"))


def stale_steps(graph: "nx.MultiDiGraph", db: DatabaseState, *, prune: bool = False) -> list[tuple[str, str, list]]:
    """(step name, query, rows) that delete what the database holds and the build does not:
    within the build's plans, or everything of the model with ``prune``; and the ``plans``
    of agencies the build no longer names in some of its plans."""
    plans = build_plans(graph)
    have_nodes = set(graph.nodes)
    have_rels = {(str(u), d.get("type", k), str(v)) for u, v, k, d in graph.edges(keys=True, data=True)}

    def in_scope(plan: str | None) -> bool:
        return prune or plan in plans

    dead: dict[str, list[str]] = {}
    fix_plans: list[dict] = []
    for n, (label, plan) in db.nodes.items():
        if n in have_nodes:
            continue
        if label == "Agency" and not prune:
            old = db.agencies.get(n, {}).get("plans", [])
            kept = sorted(p for p in old if p not in plans)
            if len(kept) == len(old):
                continue  # named only by plans outside the build
            if kept:
                fix_plans.append({"id": n, "props": {"plans": kept}})
                continue
            dead.setdefault(label, []).append(n)  # named only by the build's plans, which dropped it
        elif plan is not None and in_scope(plan) or prune:
            dead.setdefault(label, []).append(n)
    gone = {n for ids in dead.values() for n in ids}

    def scoped(n: str) -> bool:  # a node of a build plan, or one that belongs to no plan
        plan = db.nodes.get(n, (None, None))[1]
        return plan is None or plan in plans

    cut: dict[tuple[str, str, str], list[dict]] = {}
    for (a, rtype, b), (la, lb) in db.rels.items():
        if (a, rtype, b) in have_rels or a in gone or b in gone:
            continue
        if not prune:
            pa, pb = db.nodes.get(a, (None, None))[1], db.nodes.get(b, (None, None))[1]
            if not (pa in plans or pb in plans) or not (scoped(a) and scoped(b)):
                continue
        cut.setdefault((rtype, la, lb), []).append({"src": a, "dst": b})

    steps = []
    for (rtype, la, lb), rows in sorted(cut.items()):
        steps.append((f"delete:{rtype}:{la}->{lb}",
                      f"UNWIND $rows AS row MATCH (a:{model_label(la)} {{id: row.src}})-[r:{model_rel_type(rtype)}]->"
                      f"(b:{model_label(lb)} {{id: row.dst}}) DELETE r", sorted(rows, key=lambda r: (r["src"], r["dst"]))))
    for label in NODE_TYPES:
        if dead.get(label):
            steps.append((f"delete:{label}", f"UNWIND $rows AS row MATCH (n:{model_label(label)} {{id: row.id}}) DETACH DELETE n",
                          [{"id": n} for n in sorted(dead[label])]))
    if fix_plans:
        steps.append(("update:Agency.plans", node_query("Agency"), sorted(fix_plans, key=lambda r: r["id"])))
    return steps
