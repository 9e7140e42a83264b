"""What does this agency do?: one agency of a build, found by any name a plan writes for it.

* ``find_agency(graph, name)``: the Agency node a name stands for. Tried in order, the first
  step that finds anything decides: (1) the agency id, node id or canonical name
  (``渝水区/生态环境局``, ``渝水区生态环境局``); (2) a name as a plan wrote it (``渝水生态环境局``,
  ``区发改委``: the mentions kept as the agency's aliases) together with the name read as a
  mention by the resolver in each jurisdiction of the build (``昌江区住建局`` -> 昌江区住房和城乡建设局;
  a reading counts only if that agency is in the build); (3) the same body under the name a
  reform gave it or it had before, when the build holds only the other (``渝水区环保局`` ->
  渝水区生态环境局, registry successors.csv), or the body it merged into (``渝水区乡村振兴局`` ->
  渝水区农业农村局; a body merged into the one named is never taken for it, the error names it); (4) a part of a canonical name, id or alias
  (``农林水``). A step that finds several agencies raises ``AmbiguousAgency`` naming
  them — never a guess — and no match at all raises ``UnknownAgency`` with the closest names. Traditional characters and
  spaces are read as the resolver reads them; Latin letters in any case.
* ``agency_profile(graph, name)``: an ``AgencyProfile``: canonical name, jurisdiction, kind,
  functions with their English glosses, the tasks it leads and supports in every plan with
  the clause each came from (``respgraph.analysis.tasks.tasks``), its partners in the
  coordination network (who shares most tasks with it, who leads where it supports and the
  other way round) and its workload per plan with the overload flag and its reason
  (``respgraph.analysis.workload.overload``, the same numbers as ``respgraph workload``).

What counts is what every analysis counts (docs/analyses.md): the responsibilities the plans
state (never respgraph's suggestions), an agency named as lead and support of a task once,
as lead; collective addressees count as partners unless ``include_collectives=False``, and its
overload flags are the overload list's (``workload.overloaded``: collective addressees left out of
the plans' fences unless ``include_collectives=True``), so that a profile and the report never
give one agency two verdicts.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("function:生态环境", type="Function", code="生态环境", name="生态环境保护", gloss="ecology and environment")
>>> g.add_node("plan:p", type="Plan", plan_id="p", path="p.txt", jurisdiction="甲区")
>>> for i in (1, 2):
...     g.add_node(f"task:p:00{i}", type="Task", task_id=f"p:00{i}", plan_id="p", seq=i, title=f"任务{i}")
>>> for aid, name, alias, fn in [("甲区/生态环境局", "甲区生态环境局", "区生态环境局", ["生态环境"]),
...                              ("甲区/水利局", "甲区水利局", "区水利局", []),
...                              ("乙区/水利局", "乙区水利局", "区水利局", [])]:
...     g.add_node(f"agency:{aid}", type="Agency", agency_id=aid, name=name, jurisdiction=aid.split("/")[0],
...                kind="agency", aliases=[alias], functions=fn, plans=["p"])
>>> for a, t, k in [("甲区/生态环境局", 1, "LEADS"), ("甲区/水利局", 1, "SUPPORTS"), ("甲区/生态环境局", 2, "LEADS")]:
...     _ = g.add_edge(f"agency:{a}", f"task:p:00{t}", key=k, role=k[:-1].lower(), basis="explicit", mention=a)
>>> p = agency_profile(g, "区生态环境局")
>>> p.name, p.functions[["name", "gloss"]].values.tolist(), p.tasks["task_id"].tolist()
('甲区生态环境局', [['生态环境保护', 'ecology and environment']], ['p:001', 'p:002'])
>>> p.partners[["name", "shared_tasks", "they_support"]].values.tolist()
[['甲区水利局', 1, 1]]
>>> try:
...     find_agency(g, "区水利局")
... except AmbiguousAgency as e:
...     print(e)
agency '区水利局' is ambiguous: it is written for 2 agencies: 乙区水利局, 甲区水利局
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable

from respgraph.analysis._graph import agency_roles, nodes_of_type, task_roles
from respgraph.model import agency_name
from respgraph.resolve import normalise
from respgraph.plural import counted

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import pandas as pd

#: How many candidates an ambiguous or unknown name lists.
MAX_CANDIDATES = 10

PARTNER_COLUMNS = ["key", "name", "jurisdiction", "kind", "shared_tasks", "they_lead", "they_support", "plans"]
WORKLOAD_COLUMNS = ["plan_id", "rank", "tasks_led", "tasks_supported", "tasks", "plan_tasks", "lead_share",
                    "weighted_load", "fence", "flagged", "reason"]


class AgencyLookupError(ValueError):
    """A name that stands for no agency, or for several: ``candidates`` are the canonical names
    to choose from (the closest ones when nothing matched)."""

    def __init__(self, message: str, query: str, candidates: list[str]):
        super().__init__(message)
        self.query = query
        self.candidates = candidates


class UnknownAgency(AgencyLookupError):
    """No agency of the build has this name in any of the forms ``find_agency`` reads."""


class AmbiguousAgency(AgencyLookupError):
    """The name stands for several agencies (区发改委 in two districts' plans)."""


@dataclass(frozen=True)
class AgencyMatch:
    """The Agency node a name stands for and the step that found it: ``id or name``, ``as
    written``, ``read as`` (by the resolver), ``the same body, renamed by a reform`` or ``part of
    a name``."""

    node: str
    how: str

    @property
    def exact(self) -> bool:
        return self.how in ("id or name", "as written")


def _key(text: Any) -> str:
    return normalise(str(text or "")).casefold()


def match_agency(graph: "nx.MultiDiGraph", name: str, *, plan: str | None = None) -> AgencyMatch:
    """The Agency node ``name`` stands for and how it was found (the steps of the module
    docstring); ``plan`` reads it as that plan writes it (only agencies that plan names).
    Raises ``UnknownAgency`` / ``AmbiguousAgency`` (one line, with the candidates)."""
    q = _key(name)
    agencies = [(n, d) for n, d in nodes_of_type(graph, "Agency") if plan is None or plan in (d.get("plans") or [])]
    where = f" in plan {plan}" if plan else ""
    if not q:
        raise UnknownAgency("no agency name given", name, [])
    exact = [n for n, d in agencies if q in (_key(n), _key(d.get("agency_id")), _key(d.get("name")))]
    if exact:
        return _one(graph, name, where, exact, "id or name", "it names")
    # A name as a plan wrote it and the resolver's reading of it count together: 区环保局 written by
    # one district's plan may be another district's bureau as well, and then it is ambiguous.
    written = ({n for n, _ in agencies if _writes(graph, n, q, plan)} if plan else
               {n for n, d in agencies if q in {_key(a) for a in d.get("aliases") or []}})
    reform = _resolved(graph, name, agencies, plan)
    read = set(reform.read)
    if written or read:
        hits = written | read
        how = "as written" if hits <= written else "read as"
        return _one(graph, name, where, hits, how, "it is written for" if hits <= written else "it is written for or read as")
    if reform.renamed:
        # 渝水区环保局 in a build whose plans name only 渝水区生态环境局 (or the other way round):
        # the same body under the name a reform gave it, or had before
        return _one(graph, name, where, reform.renamed, "the same body, renamed by a reform", "the bodies renamed are")
    if reform.merged_into:
        # 渝水区乡村振兴局 in a build whose plans name only 渝水区农业农村局: the body that took its work over
        return _one(graph, name, where, reform.merged_into, "the body it merged into in a reform", "the bodies it merged into are")
    part = [n for n, d in agencies if any(q in _key(s) for s in _names(n, d))]
    if part:
        return _one(graph, name, where, part, "part of a name", "it is part of the names of")
    close = _closest(q, agencies)
    if reform.merged:
        # 渝水区农业农村局 in a build whose 2022 plan names 渝水区乡村振兴局 (merged into the 农业农村局
        # in 2024-25) and 区农粮局: the body merged into it is not it, and never taken for it (was
        # "taken as 渝水区乡村振兴局, the same body, renamed by a reform", the direction reversed)
        merged = sorted(str(graph.nodes[n].get("name", n)) for n in set(reform.merged))
        working = sorted({str(graph.nodes[n].get("name", n)) for n in reform.same_work} - set(merged))
        close = list(dict.fromkeys(merged + working + close))
        rest = close[len(merged) + len(working):]
        raise UnknownAgency(f"no agency named {name!r}{where}; merged into it in a reform: {_listed(merged)}"
                            + (f"; doing its work there: {_listed(working)}" if working else "")
                            + (f"; closest: {_listed(rest)}" if rest else ""), name, close)
    raise UnknownAgency(f"no agency named {name!r}{where}" + (f"; closest: {_listed(close)}" if close else ""),
                        name, close)


def _writes(graph: "nx.MultiDiGraph", node: str, q: str, plan: str) -> bool:
    """Whether ``plan`` names the agency ``node`` as ``q`` (an agency's aliases are every plan's:
    市财政局 written by the city's plans is not how a county-level city's plan, whose 市财政局 is
    its own, names the city's bureau)."""
    return any(d.get("plan_id") == plan and _key(d.get("mention")) == q
               for _, _, d in graph.out_edges(node, data=True) if "mention" in d)


def _one(graph, name: str, where: str, hits, how: str, verb: str) -> AgencyMatch:
    """The match when ``hits`` holds one agency; ``AmbiguousAgency`` naming them otherwise."""
    hits = sorted(set(hits))
    if len(hits) == 1:
        return AgencyMatch(hits[0], how)
    names = sorted(str(graph.nodes[n].get("name", n)) for n in hits)
    raise AmbiguousAgency(f"agency {name!r} is ambiguous{where}: {verb} {len(hits)} agencies: {_listed(names)}",
                          name, names)


def find_agency(graph: "nx.MultiDiGraph", name: str, *, plan: str | None = None) -> str:
    """The Agency node id ``name`` stands for (``match_agency`` without the how).

    >>> find_agency(respgraph.load("out").graph, "渝水生态环境局")   # doctest: +SKIP
    'agency:渝水区/生态环境局'
    """
    return match_agency(graph, name, plan=plan).node


def _names(n: str, d: dict) -> Iterable[str]:
    yield str(d.get("name") or "")
    yield str(d.get("agency_id") or n)
    yield from (d.get("aliases") or [])
    # a folded graph's (analysis.renamed): the bodies folded into it, 台州市大数据局 finding the 数据局
    yield from (d.get("renamed") or [])
    yield from (d.get("renamed_ids") or [])


def _listed(names: list[str]) -> str:
    shown = ", ".join(names[:MAX_CANDIDATES])
    return shown + (f" … and {len(names) - MAX_CANDIDATES} more" if len(names) > MAX_CANDIDATES else "")


@dataclass
class _Readings:
    """What a name is read as in the build's places (``_resolved``): the agencies it names
    (``read``); else, by successors.csv, the same body renamed, either way (``renamed``: 环境保护局
    <-> 生态环境局, sharing a function), the body a body of that name merged into (``merged_into``:
    乡村振兴局 -> 农业农村局, no function shared) and the bodies merged into one of that name
    (``merged``: 农业农村局 <- 乡村振兴局; never taken for it)."""

    read: list[str] = field(default_factory=list)
    renamed: list[str] = field(default_factory=list)
    merged_into: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    # the bodies of the place of a reading the build does not hold that do its work (渝水区农粮局,
    # 农业农村 and 粮食, for 渝水区农业农村局): named in the error, never taken (水务局 is no 水利局)
    same_work: list[str] = field(default_factory=list)


def _shares_work(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two bodies' functions meet: a reform that renamed one body (环境保护局 -> 生态环境局,
    安全生产监督管理局 -> 应急管理局), not one that merged a body into another's (乡村振兴局 ->
    农业农村局). Without functions on either side, a rename (as successors.csv was read before)."""
    a, b = set(a), set(b)
    return not a or not b or bool(a & b)


def _resolved(graph: "nx.MultiDiGraph", name: str, agencies: list[tuple[str, dict]],
              plan: str | None) -> _Readings:
    """Agencies ``name`` resolves to when read as a mention in a plan of each jurisdiction of
    the build (one plan per jurisdiction: the reading depends on the place, not the plan); and,
    for readings the build does not hold, the agencies it holds that are the same body before or
    after a reform renamed it, or that it merged into or that merged into it (successors.csv:
    环境保护局 -> 生态环境局, 乡村振兴局 -> 农业农村局): see ``_Readings``."""
    from respgraph.records import PlanMeta
    from respgraph.registry import load_registry
    from respgraph.resolve import resolve_mention

    by_id = {d.get("agency_id"): n for n, d in agencies}
    metas: dict[Any, PlanMeta] = {}
    for _, d in nodes_of_type(graph, "Plan"):
        if (plan is None or d.get("plan_id") == plan) and d.get("jurisdiction") not in metas:
            metas[d.get("jurisdiction")] = PlanMeta(str(d.get("plan_id")), str(d.get("path") or ""),
                                                    title=str(d.get("title") or ""), issuers=list(d.get("issuers") or []),
                                                    jurisdiction=d.get("jurisdiction"), level=d.get("level"))
    out = _Readings()
    registry = load_registry()
    for meta in metas.values():
        try:
            agency = resolve_mention(registry, name, meta)
        except Exception:  # noqa: BLE001 - a name the resolver cannot read is simply not found this way
            continue
        aid, work = agency.agency_id, agency.functions
        if aid in by_id:
            out.read.append(by_id[aid])
        elif (heir := registry.successor(aid, by_id)) is not None:
            same = _shares_work(work, graph.nodes[by_id[heir]].get("functions") or [])
            (out.renamed if same else out.merged_into).append(by_id[heir])
        else:  # 昌江区生态环境局 in a build whose 2018 plan names 昌江区环境保护局
            for old, n in by_id.items():
                if old and registry.successor(old, (aid,)) == aid:
                    (out.renamed if _shares_work(work, graph.nodes[n].get("functions") or []) else out.merged).append(n)
        if aid not in by_id and work:
            out.same_work += [n for n, d in agencies if d.get("jurisdiction") == agency.jurisdiction
                              and d.get("kind") == "agency" and set(work) & set(d.get("functions") or [])]
    return out


def _closest(q: str, agencies: list[tuple[str, dict]]) -> list[str]:
    """Canonical names of the agencies whose name or alias is most like ``q`` (difflib)."""
    import difflib

    owner: dict[str, str] = {}
    for n, d in agencies:
        for s in _names(n, d):
            owner.setdefault(_key(s), str(d.get("name") or n))
    close = difflib.get_close_matches(q, list(owner), n=3 * MAX_CANDIDATES, cutoff=0.5)
    return list(dict.fromkeys(owner[c] for c in close))[:5]


# --------------------------------------------------------------------------- the profile


@dataclass
class AgencyProfile:
    """One agency: who it is, what it does and with whom, and whether it carries too much.

    Tables (pandas DataFrames):

    ``functions``
        code, name (Chinese), gloss (English) of each function of the agency
    ``tasks``
        the tasks it is named on: ``respgraph.analysis.tasks.tasks(graph, agency=...)``
        (plan_id, task_id, number, title, leads, supports, …, role, basis, mention, file,
        clause, clause_start, clause_end)
    ``partners``
        PARTNER_COLUMNS: the agencies named on its tasks, most shared tasks first.
        ``shared_tasks`` is their edge weight in ``coordination_graph``; ``they_lead``:
        tasks they lead where this agency supports, ``they_support``: the other way round
        (``coordination_digraph``); ``plans``: the plans they share
    ``supervises``
        the tasks of its jurisdiction's plans that name it (by its name or a name it is written
        as) to supervise them (督导单位 / 督办单位): ``tasks(graph, supervisor=...)`` rows; never
        counted in its tasks, partners or workload
    ``workload``
        WORKLOAD_COLUMNS: one row per plan (``respgraph workload --overload`` numbers:
        ``flagged`` and ``reason`` by that plan's fence and share limit) and, when it is
        named in any plan, a ``*`` row summed over its plans
    """

    agency: str  #: node id
    agency_id: str
    name: str
    jurisdiction: str | None
    kind: str
    known: bool
    aliases: list[str]
    plans: list[str]
    matched_by: str
    functions: "pd.DataFrame"
    tasks: "pd.DataFrame"
    partners: "pd.DataFrame"
    workload: "pd.DataFrame"
    supervises: "pd.DataFrame | None" = None
    parent: str | None = None  #: a division's department (its agency_id), as on the graph node
    notes: list[str] = field(default_factory=list)
    #: the body that took its work over after a reform (agency_id, the node's ``successor``), and
    #: the bodies whose work it took over: its plans before and after the reform, for a place's years
    successor: str | None = None
    predecessors: list[str] = field(default_factory=list)
    #: the bodies that took over the parts of its work when a reform split it (the node's
    #: ``successors``: 海洋与渔业局 -> 自然资源和规划局, 农业农村局); a split body has no one successor
    successors: list[str] = field(default_factory=list)
    #: the names of the bodies it names by id (its parent, successor and predecessors), for the
    #: summary, which is read by people: 泰和县生态环境局, not 泰和县/生态环境局
    names: dict[str, str] = field(default_factory=dict)
    #: of the predecessors, those a folded profile (``fold_renamed``) counts under it
    folded: list[str] = field(default_factory=list)

    def _name(self, agency_id: str) -> str:
        return self.names.get(agency_id) or agency_id

    @property
    def overloaded(self) -> bool:
        """Flagged as overloaded in at least one plan."""
        return bool(self.workload["flagged"].fillna(False).astype(bool).any()) if len(self.workload) else False

    @property
    def reasons(self) -> list[str]:
        """``plan: reason`` for each plan where it is flagged."""
        w = self.workload
        return [f"{r.plan_id}: {r.reason}" for r in w[w["flagged"].fillna(False).astype(bool)].itertuples()]

    def summary(self) -> str:
        """A few lines in words: who it is, what it does, its load and its main partners."""
        fn = "; ".join(f"{r.name} ({r.gloss})" if r.gloss else str(r.name) for r in self.functions.itertuples()) \
            or "none known"
        led = int((self.tasks["role"] == "lead").sum()) if len(self.tasks) else 0
        lines = [f"{self.name} — {self.jurisdiction or 'jurisdiction unknown'} · {self.kind}"
                 + (f" of {self._name(self.parent)}" if self.parent else "") + f" · id {self.agency_id}", f"functions: {fn}"]
        if self.aliases:
            lines.append(f"written as: {'、'.join(self.aliases)}")
        apart = [a for a in self.predecessors if a not in self.folded]
        if apart:
            lines.append(f"took over the work of: {'、'.join(map(self._name, apart))} (their tasks are counted under them)")
        if self.folded:
            lines.append(f"took over the work of: {'、'.join(map(self._name, self.folded))} (counted with it here: --fold-renamed)")
        if self.successor:
            lines.append(f"succeeded by: {self._name(self.successor)}")
        if self.successors:
            lines.append(f"its work split among: {'、'.join(map(self._name, self.successors))}")
        lines.append(f"leads {led} and supports {counted(len(self.tasks) - led, 'task')} in "
                     f"{counted(len(self.plans), 'plan')}: {', '.join(self.plans) or '—'}")
        if self.supervises is not None and len(self.supervises):
            n = len(self.supervises)
            lines.append(f"supervises {counted(n, 'task')} (督导 / 督办, not counted in its load)")
        if len(self.partners):
            top = self.partners.iloc[0]
            line = f"partners: {len(self.partners)}; most often {top['name']} ({counted(top['shared_tasks'], 'shared task')})"
            bodies = self.partners[self.partners["kind"] != "collective"]
            if top["kind"] == "collective" and len(bodies):
                # 各乡镇（办）党委、政府 share nearly every task; the bureau it works with most tells more
                line += f"; of single bodies {bodies.iloc[0]['name']} ({bodies.iloc[0]['shared_tasks']})"
            lines.append(line)
        lines.append("overloaded — " + "; ".join(self.reasons) if self.overloaded else self._not_flagged())
        return "\n".join(lines)

    def _not_flagged(self) -> str:
        """Why the profile names no overload: a collective left out of the overload list is not
        weighed at all (its load is still in the ``*`` row), which "not flagged" would hide."""
        weighed = len(self.workload) and (self.workload["plan_id"] != "*").any()
        if self.kind == "collective" and not weighed:
            return ("not weighed for overload: a collective addressee (a group of bodies), left out of the overload "
                    "list as in the report (include_collectives=True, --include-collectives weighs it)")
        return "not flagged as overloaded"

    def to_dict(self) -> dict:
        """Everything as plain JSON-ready values (the tables as lists of records)."""
        import json

        records = lambda df: json.loads(df.to_json(orient="records", force_ascii=False))  # noqa: E731
        return {"agency": self.agency, "agency_id": self.agency_id, "name": self.name,
                "jurisdiction": self.jurisdiction, "kind": self.kind, "parent": self.parent,
                "parent_name": self._name(self.parent) if self.parent else None, "known": self.known,
                "aliases": self.aliases, "successor": self.successor,
                "successor_name": self._name(self.successor) if self.successor else None,
                "successors": self.successors, "successors_names": [self._name(a) for a in self.successors],
                "predecessors": self.predecessors, "folded": self.folded,
                "plans": self.plans, "matched_by": self.matched_by, "overloaded": self.overloaded,
                "reasons": self.reasons, "functions": records(self.functions), "workload": records(self.workload),
                "tasks": records(self.tasks), "partners": records(self.partners),
                "supervises": records(self.supervises) if self.supervises is not None else []}

    def __str__(self) -> str:
        return self.summary()


def agency_profile(graph: "nx.MultiDiGraph", name: str, *, plan: str | None = None, include_collectives: bool | None = None,
                   fold_renamed: bool = False, **overload_options: Any) -> AgencyProfile:
    """The ``AgencyProfile`` of the agency ``name`` stands for (``match_agency``; ``plan`` reads
    the name as that plan writes it — the profile still covers every plan). Options of
    ``respgraph.analysis.workload.overloaded`` (share_limit, fence_k, min_tasks, min_plan_tasks,
    weights) go to the workload table. ``include_collectives`` as ``respgraph agency``'s options:
    None (the default) counts collective addressees as partners and leaves them out of the
    overload fences, as the overload list does; True counts them in both
    (``--include-collectives``), False in neither (``--exclude-collectives``). ``fold_renamed`` (``renamed.fold_renamed_bodies``): the profile of the
    folded graph, a body a reform renamed counted with the body that took its work over (市环保局
    then names the 生态环境局, its tasks of both names, ``predecessors`` the bodies folded in).

    >>> p = agency_profile(respgraph.load("out").graph, "渝水生态环境局")   # doctest: +SKIP
    >>> p.overloaded, p.reasons[0]                                          # doctest: +SKIP
    (True, 'yushui-2022-pollution-battle: leads 24 of 34 tasks (71%), above the 25% share limit; ...')
    """
    from respgraph.analysis.renamed import folded_if
    from respgraph.analysis.tasks import tasks

    graph = folded_if(graph, fold_renamed)
    m = match_agency(graph, name, plan=plan)
    d = graph.nodes[m.node]
    t = tasks(graph, agency=m.node, fold_renamed=fold_renamed)
    # (the bodies whose work it took over: renamed into it, or split with a part to it)
    predecessors = sorted({str(o.get("agency_id")) for _, o in nodes_of_type(graph, "Agency")
                           if d.get("agency_id") and (o.get("successor") == d.get("agency_id")
                                                      or d.get("agency_id") in (o.get("successors") or ()))}
                          | set(d.get("renamed_ids") or ()))  # (a folded graph's: gone from it, named here)
    successors = list(d.get("successors") or [])
    named = [a for a in (d.get("parent"), d.get("successor"), *successors, *predecessors) if a]
    return AgencyProfile(
        agency=m.node, agency_id=str(d.get("agency_id") or m.node), name=str(d.get("name") or m.node),
        jurisdiction=d.get("jurisdiction"), kind=str(d.get("kind") or "agency"), known=bool(d.get("known", True)),
        aliases=list(d.get("aliases") or []), plans=sorted(set(t["plan_id"])) or sorted(d.get("plans") or []),
        matched_by=m.how, functions=_functions(graph, d.get("functions") or []),
        tasks=t, partners=partners(graph, m.node, include_collectives=include_collectives is not False),
        workload=_workload(graph, m.node, include_collectives=include_collectives, **overload_options),
        supervises=supervised_tasks(graph, m.node), parent=d.get("parent"), successor=d.get("successor"),
        predecessors=predecessors, successors=successors, folded=list(d.get("renamed_ids") or []),
        names={**{a: agency_name(graph, a) for a in named},
               **dict(zip(d.get("renamed_ids") or [], d.get("renamed") or []))},  # (gone from a folded graph)
    )


def supervised_tasks(graph: "nx.MultiDiGraph", agency: str) -> "pd.DataFrame":
    """The tasks that name the agency node ``agency`` to supervise them: a supervisor has no edge;
    it is the agency when its resolved id (``supervisor_ids``) is the agency's, or, in a build
    without ids, when its written name is the agency's name or one of its aliases and the plan is
    of the agency's jurisdiction (县政府督查室 of one county's plan is not another county's)."""
    from respgraph.analysis.tasks import _with_provenance
    from respgraph.graph import tasks_frame

    d = graph.nodes[agency]
    names = {_key(x) for x in [d.get("name"), *(d.get("aliases") or [])] if x}
    where, aid = d.get("jurisdiction"), d.get("agency_id")
    plans = {p.get("plan_id") for _, p in nodes_of_type(graph, "Plan") if p.get("jurisdiction") == where}
    only = {n for n, t in nodes_of_type(graph, "Task") if aid in (t.get("supervisor_ids") or ())
            or (t.get("plan_id") in plans and any(_key(x) in names for x in t.get("supervisors") or ()))}
    return _with_provenance(graph, tasks_frame(graph, only=only).reset_index(drop=True), None, None)


def _functions(graph: "nx.MultiDiGraph", codes: list[str]) -> "pd.DataFrame":
    import pandas as pd

    from respgraph.analysis._graph import functions

    table = functions(graph)
    return pd.DataFrame([(c, *table.get(c, (c, ""))) for c in codes], columns=["code", "name", "gloss"])


def partners(graph: "nx.MultiDiGraph", agency: str, *, include_collectives: bool = True) -> "pd.DataFrame":
    """The agencies sharing tasks with the Agency node ``agency`` (PARTNER_COLUMNS), most
    shared tasks first: its row of the coordination network, read from its own tasks only."""
    import pandas as pd

    nodes = graph._node
    rows: dict[str, list] = {}
    for t, (mine, _) in agency_roles(graph, agency).items():
        for other, (theirs, _) in task_roles(graph, t, include_collectives=include_collectives).items():
            if other == agency:
                continue
            r = rows.setdefault(other, [0, 0, 0, set()])
            r[0] += 1
            r[1] += theirs == "lead" and mine == "support"
            r[2] += theirs == "support" and mine == "lead"
            r[3].add(nodes[t].get("plan_id"))
    df = pd.DataFrame([(n, nodes[n].get("name", n), nodes[n].get("jurisdiction"), nodes[n].get("kind", "agency"),
                        s, tl, ts, sorted(p)) for n, (s, tl, ts, p) in rows.items()], columns=PARTNER_COLUMNS)
    return df.sort_values(["shared_tasks", "name"], ascending=[False, True]).reset_index(drop=True)


def _workload(graph: "nx.MultiDiGraph", agency: str, *, include_collectives: bool | None, **options: Any) -> "pd.DataFrame":
    """Its rows of the overload list (``overloaded``: every plan, flagged or not) and its ``*``
    row of ``workload``. ``include_collectives`` as ``agency_profile``'s: collective addressees
    weigh in the fences only when True (the agency's own counts do not change; its plan's fence
    does), and count in the ``*`` row unless False (a collective's own profile keeps its load)."""
    import pandas as pd

    from respgraph.analysis.workload import ALL_PLANS, overloaded, workload

    weights = {k: options[k] for k in ("lead_weight", "support_weight") if k in options}
    per_plan = overloaded(graph, all_rows=True, include_collectives=bool(include_collectives), **options)
    per_plan = per_plan[per_plan["key"] == agency] if len(per_plan) else per_plan
    total = workload(graph, include_collectives=include_collectives is not False, **weights)
    total = total[(total["key"] == agency) & (total["plan_id"] == ALL_PLANS)].assign(flagged=False, reason="")
    # (a collective left out of the fences has no per-plan row, but its load is still its own)
    parts = [f for f in (per_plan, total) if len(f)]
    df = pd.concat(parts, ignore_index=True) if parts else per_plan
    for c in WORKLOAD_COLUMNS:
        if c not in df.columns:
            df[c] = None
    return df[WORKLOAD_COLUMNS].reset_index(drop=True)
