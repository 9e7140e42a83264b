"""The public Python API, for notebooks and scripts: a corpus reads like the domain.

>>> import respgraph
>>> b = respgraph.build("data/plans")                  # or respgraph.load("out")
>>> len(b.plans())                                     # one row per plan file
5
>>> b.workload().query("plan_id == '*'").iloc[0]["name"]     # heaviest agency over all plans
'XX投资区农林水与生态环境局'
>>> b.view("agency", agency="渝水区生态环境局")            # doctest: +SKIP
<interactive view shown inline in Jupyter>
>>> p = b.provenance(b.assignments().iloc[0])          # where an assignment was written
>>> p.clause == p.source_text()                       # the clause, re-read from the file
True

Everything is a thin wrapper over the library: the analyses of ``respgraph.analysis`` (what
every number means: docs/analyses.md), the views of ``respgraph.viz``, ``respgraph.suggest``
and ``respgraph.neo4j``. Each method imports its libraries when called, so ``import
respgraph`` stays fast and loads no pandas, networkx, pyvis, matplotlib or neo4j.

``Build`` tables (pandas DataFrames; Chinese names as written, function glosses in English
in extra columns; list-valued cells are Python lists):

``plans()``
    plan_id, title, issuers (list), doc_number, date, jurisdiction, level, kind, path,
    campaigns, tasks, assignments (counts), sha256 (content hash of the file)
``tasks()``
    task_id, plan_id, seq, number, title, campaign (name as written), campaign_id,
    campaign_type (air, water, … see ``respgraph.campaigns``), section (list), kind
    (numbered | paragraph | table | box: a project a 规划 lists in a 专栏), leads (list of
    agency names), supports (list), n_leads, n_supports, supervisors (list: the bodies named to
    supervise it, 督导单位 / 督办单位, as written; never leads or supports), supervisor_start,
    supervisor_end (lists: each supervisor's span in the cleaned text; empty when it names
    none), supervisor_ids (list: each supervisor's agency_id), deadlines (list), deadline_years (list), targets (list), flags (list), start, end,
    text; provenance: file, clause, clause_start, clause_end (the clause of its first stated
    lead, else support; integers, empty when it names nobody); filtered by agency also
    agency_id, agency, role, basis, mention
``assignments()``  (one row per LEADS/SUPPORTS edge)
    plan_id, task_id, task_title, agency_id, agency (canonical name), role (lead|support),
    basis (explicit|first_listed|inherited|table|suggested), mention (as written),
    portfolio (list), functions (codes), function_names (Chinese), function_glosses
    (English), known, file, start, end (span of the mention in the cleaned text), clause,
    clause_start, clause_end (span of the clause; empty when it cannot be located), occurrences,
    file_start, file_end, clause_file_start, clause_file_end (the same spans in the .txt file
    itself: characters of ``open(file, encoding=<the plan's encoding>, newline="")``; empty
    for .docx/.pdf/.html/.xlsx)
``agencies()``
    agency_id, name, jurisdiction, kind, known, functions, function_names,
    function_glosses, aliases, successor (the agency_id of the body that took over one renamed
    by a reform, successors.csv; else None), parent (a division's department: its agency_id; else
    None), plans (list of plan ids), n_plans, leads, supports, tasks
``functions()``
    code, name, gloss, agencies, leads, supports
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from respgraph.plural import counted

if TYPE_CHECKING:  # pragma: no cover
    from datetime import date

    import neo4j
    import networkx as nx
    import pandas as pd

    from respgraph.analysis.agency import AgencyProfile
    from respgraph.neo4j.load import LoadReport

__all__ = ["Build", "BuildError", "GraphView", "Provenance", "build", "load", "connect_neo4j", "cypher",
           "cypher_library"]


def __getattr__(name: str) -> Any:
    if name == "BuildError":
        from respgraph.store import BuildError

        return BuildError
    raise AttributeError(name)


# --------------------------------------------------------------------------- provenance


@dataclass(frozen=True)
class Provenance:
    """Where one assignment (a LEADS/SUPPORTS edge) was written: the plan file, the span of
    the mention and of its clause in the file's *cleaned* text (``respgraph.read``), and the
    clause as written.

    ``source_text()`` re-reads the file and returns the clause span, so that the claim can be
    checked against the document itself; ``str(p)`` is one readable line.
    """

    plan_id: str
    task_id: str
    task_title: str
    agency: str
    role: str
    basis: str
    mention: str
    file: str
    start: int | None
    end: int | None
    clause: str
    clause_start: int | None
    clause_end: int | None
    path: Path | None = field(default=None, compare=False)  # the file found on this machine

    @property
    def span(self) -> tuple[int, int] | None:
        """(start, end) of the mention in the cleaned text."""
        return None if self.start is None else (self.start, self.end)

    @property
    def clause_span(self) -> tuple[int, int] | None:
        """(start, end) of the clause in the cleaned text; None when it could not be located."""
        return None if self.clause_start is None else (self.clause_start, self.clause_end)

    def document_text(self) -> str:
        """The cleaned text of the plan file (read again; raises ``FileNotFoundError`` with
        the file name when the file is not where the build found it)."""
        path = self.path or Path(self.file)
        if not path.exists():
            raise FileNotFoundError(f"{self.file}: plan file not found (pass base= to Build.provenance)")
        st = path.stat()
        return _cleaned_text(str(path), st.st_mtime_ns, st.st_size)

    def source_text(self, context: int = 0) -> str:
        """The clause span of the cleaned text (the mention's span when the clause has none),
        with ``context`` characters either side."""
        text = self.document_text()
        s, e = self.clause_span or self.span or (0, 0)
        return text[max(0, s - context): e + context]

    def __str__(self) -> str:
        where = f"{self.file}:{self.clause_start}-{self.clause_end}" if self.clause_span else f"{self.file}:{self.start}-{self.end}"
        return f"{self.agency} {self.role}s {self.task_id} ({self.task_title}) — {where} 「{self.clause}」"

    def _repr_html_(self) -> str:
        clause = self.clause or ""

        def esc(v: Any) -> str:
            return html.escape(str(v), quote=True)

        body = esc(clause)
        if self.clause_span and self.span and self.clause_start <= self.start and self.end <= self.clause_end:
            a, b = self.start - self.clause_start, self.end - self.clause_start
            if clause[a:b] == self.mention:  # highlight the mention inside its clause
                body = f"{esc(clause[:a])}<mark>{esc(clause[a:b])}</mark>{esc(clause[b:])}"
        span = self.clause_span or self.span
        return (f"<div><b>{esc(self.agency)}</b> {esc(self.role)} · {esc(self.task_id)} {esc(self.task_title)}<br>"
                f"<code>{esc(self.file)}</code> characters {esc(span[0] if span else '?')}–{esc(span[1] if span else '?')}"
                f" (basis {esc(self.basis)})<br><blockquote>{body}</blockquote></div>")


@lru_cache(maxsize=16)
def _cleaned_text(path: str, mtime_ns: int, size: int) -> str:
    """The cleaned text of a plan file; cached per (path, mtime, size) so that checking every
    assignment of a plan reads the file once, and an edited file is read again."""
    from respgraph.read import read_document

    return read_document(path).text


def _int_or_none(v: Any) -> int | None:
    try:
        if v is None or v != v:  # NaN from a DataFrame column with gaps
            return None
        return int(v)
    except (TypeError, ValueError):
        return None


# --------------------------------------------------------------------------- views


class GraphView:
    """An interactive graph view (one self-contained HTML page, vis-network inlined: works
    offline). Displays inline in Jupyter (an ``<iframe srcdoc>``); ``save(path)`` writes the
    page, ``html`` is its text."""

    def __init__(self, page: str, *, view: str, title: str = "", nodes: int = 0, edges: int = 0, height: int = 620):
        self.html = page
        self.view = view
        self.title = title
        self.nodes = nodes
        self.edges = edges
        self.height = height

    def _repr_html_(self) -> str:
        # srcdoc keeps the page out of the notebook's own DOM (its scripts and styles cannot
        # clash with Jupyter's); html.escape(quote=True) makes it a safe attribute value.
        return (f'<iframe srcdoc="{html.escape(self.html, quote=True)}" title="{html.escape(self.title, quote=True)}" '
                f'style="width:100%;height:{int(self.height)}px;border:1px solid #ddd" '
                f'sandbox="allow-scripts allow-popups"></iframe>')

    def save(self, path: str | os.PathLike) -> Path:
        """Write the page to ``path`` (atomically); returns the path."""
        from respgraph.viz import atomic_write

        return atomic_write(Path(path), self.html)

    def __repr__(self) -> str:
        return f"<GraphView {self.view}: {self.title!r}, {counted(self.nodes, 'node')}, {counted(self.edges, 'edge')}>"


# --------------------------------------------------------------------------- the build


@dataclass
class Build:
    """A built graph with its plan list. See the module docstring for the table columns.

    >>> b = load("out")                                  # doctest: +SKIP
    >>> b.graph.number_of_nodes()                        # a networkx.MultiDiGraph # doctest: +SKIP
    """

    graph: "nx.MultiDiGraph"
    header_plans: list[dict[str, Any]] = field(default_factory=list)
    out: Path | None = None
    failures: list[Any] = field(default_factory=list)
    #: directory the plan paths of the build are relative to (the working directory of the build)
    base: Path | None = None

    # ----------------------------------------------------------------- tables

    @property
    def plan_ids(self) -> list[str]:
        from respgraph.graph import plan_ids

        return plan_ids(self.graph)

    def plans(self) -> "pd.DataFrame":
        """One row per plan (see the module docstring)."""
        from respgraph.graph import plans_frame

        df = plans_frame(self.graph)
        hashes = {p["plan_id"]: p.get("sha256") for p in self.header_plans}
        df["sha256"] = df["plan_id"].map(hashes)
        return df

    def tasks(self, plan: str | None = None, **filters: Any) -> "pd.DataFrame":
        """One row per task with its leads and supports and where its responsibility clause was
        written; filters as ``respgraph tasks``: ``agency`` (a name as any plan writes it;
        adds its role, basis and the name as written), ``role`` (lead | support), ``no_lead``,
        ``search``, ``campaign``, ``deadline_before``, ``supervisor`` (a part of the name, as
        written, of a body named to supervise the task) (``respgraph.analysis.tasks.tasks``).

        >>> b.tasks().set_index("title").loc["持续抓好城区黑臭水体治理", "leads"]   # doctest: +SKIP
        ['渝水区城市管理分局']
        >>> b.tasks(agency="渝水生态环境局", role="lead")[["number", "title", "clause"]]   # doctest: +SKIP
        >>> b.provenance(b.tasks(agency="区农粮局", plan="yushui-2022-pollution-battle").iloc[0])  # doctest: +SKIP
        """
        from respgraph.analysis.tasks import tasks

        return tasks(self.graph, plan=self._plan(plan), **filters)

    def agency(self, name: str, *, plan: str | None = None, **options: Any) -> "AgencyProfile":
        """What one agency does: an ``AgencyProfile`` (``respgraph agency``) with its canonical
        name, jurisdiction, functions and glosses, the tasks it leads and supports with their
        clauses, its partners, its workload with the overload flag and (``supervises``) the tasks
        plans name it to supervise, never in its load. ``name`` as any plan
        writes it (``plan``: as that plan writes it); ``AmbiguousAgency`` / ``UnknownAgency``
        (``ValueError``s naming the candidates) when it stands for several agencies or none.

        >>> p = b.agency("渝水生态环境局")                        # doctest: +SKIP
        >>> print(p.summary()); p.tasks; p.partners; p.workload   # doctest: +SKIP
        >>> p.supervises                                          # doctest: +SKIP
        """
        from respgraph.analysis.agency import agency_profile

        return agency_profile(self.graph, name, plan=self._plan(plan), **options)

    def assignments(self) -> "pd.DataFrame":
        """One row per assignment (agency → task, lead or support) with its provenance."""
        from respgraph.graph import assignments_frame

        return assignments_frame(self.graph)

    def agencies(self) -> "pd.DataFrame":
        """One row per canonical agency with its functions and counts."""
        from respgraph.graph import agencies_frame

        return agencies_frame(self.graph)

    def functions(self) -> "pd.DataFrame":
        """One row per function of the taxonomy (生态环境, 住房城乡建设 …) named in the build."""
        from respgraph.graph import functions_frame

        return functions_frame(self.graph)

    def counts(self) -> dict[str, dict[str, int]]:
        """Nodes and edges per type."""
        from respgraph.graph import count_by_type

        return count_by_type(self.graph)

    def find_plan(self, query: str) -> str:
        """The plan id of the one plan whose id, jurisdiction or title matches ``query``
        (exact id, else a part of it); ``ValueError`` naming the candidates otherwise.

        >>> b.find_plan("景德镇市")                            # doctest: +SKIP
        'jingdezhen-2021-eco-work-points'
        """
        rows = [(str(d.get("plan_id")), str(d.get("jurisdiction") or ""), str(d.get("title") or ""))
                for _, d in self.graph.nodes(data=True) if d.get("type") == "Plan"]
        for pid, _, _ in rows:
            if pid == query:
                return pid
        for test in (lambda r: r[1] == query, lambda r: query in r[0] or query in r[1] or query in r[2]):
            hits = sorted({r[0] for r in rows if test(r)})
            if len(hits) == 1:
                return hits[0]
            if hits:
                raise ValueError(f"{query!r} matches several plans: {', '.join(hits)}")
        raise ValueError(f"no plan matches {query!r} (plans: {', '.join(sorted(r[0] for r in rows))})")

    def _plan(self, plan: str | None) -> str | None:
        """``plan`` when it is a plan id of the build (or None); else ``ValueError`` naming
        the plan it may mean. A mistyped id, or a place (``plan="景德镇市"``), gave an empty
        table without a word, where the command line says 'no such plan'."""
        from respgraph.model import plan_node

        if plan is None or self.graph.nodes.get(plan_node(plan), {}).get("type") == "Plan":
            return plan
        try:
            hint = f"; did you mean {self.find_plan(plan)!r}?"
        except ValueError:
            hint = ""
        raise ValueError(f"no plan {plan!r} in the build{hint} (plan= takes a plan id, b.plan_ids; "
                         f"b.find_plan() turns a place or a part of a title into one)")

    # ----------------------------------------------------------------- provenance

    def provenance(self, assignment: Any, *, base: str | os.PathLike | None = None) -> Provenance:
        """Where an assignment was written. ``assignment`` is a row of ``assignments()`` (a
        Series, a dict or an ``itertuples`` row) or a LEADS/SUPPORTS edge of ``graph``
        (``(u, v, key)`` or ``(u, v, key, data)``). ``base`` is where relative plan paths
        start (default: the directory the build ran in, else the current one).

        >>> row = b.assignments().query("agency == '渝水区生态环境局'").iloc[0]   # doctest: +SKIP
        >>> p = b.provenance(row); p.file, p.clause_span, p.clause        # doctest: +SKIP
        ('data/plans/yushui-2022-pollution-battle.txt', (2519, 2538), '（牵头单位：区生态环境局…）')
        """
        from respgraph.model import ROLE_EDGE, agency_node, task_node

        u = v = key = None
        if isinstance(assignment, tuple) and not hasattr(assignment, "_asdict") and len(assignment) in (3, 4):
            u, v, key = assignment[0], assignment[1], assignment[2]
        else:
            row = assignment._asdict() if hasattr(assignment, "_asdict") else dict(assignment)
            try:
                u, v = agency_node(row["agency_id"]), task_node(row["task_id"])
                key = ROLE_EDGE.get(row["role"], row["role"])
            except KeyError as e:
                raise ValueError(f"not an assignment row: no {e.args[0]!r} (use a row of Build.assignments())") from None
        if key not in ("LEADS", "SUPPORTS") or not self.graph.has_edge(u, v, key):
            raise ValueError(f"no LEADS/SUPPORTS edge {u!r} -> {v!r} ({key}) in this build")
        e, a, t = self.graph.edges[u, v, key], self.graph.nodes[u], self.graph.nodes[v]
        file = str(e.get("file") or "")
        return Provenance(
            plan_id=str(t.get("plan_id")), task_id=str(t.get("task_id")), task_title=str(t.get("title") or ""),
            agency=str(a.get("name")), role=str(e.get("role")), basis=str(e.get("basis")),
            mention=str(e.get("mention") or ""), file=file, start=_int_or_none(e.get("start")),
            end=_int_or_none(e.get("end")), clause=str(e.get("clause") or ""),
            clause_start=_int_or_none(e.get("clause_start")), clause_end=_int_or_none(e.get("clause_end")),
            path=self._locate(file, base),
        )

    def _locate(self, file: str, base: str | os.PathLike | None) -> Path | None:
        if not file:
            return None
        p = Path(file)
        if p.is_absolute():
            return p if p.exists() else None
        roots = [Path(base)] if base is not None else []
        roots += [r for r in (self.base, Path.cwd(), self.out.parent if self.out else None) if r is not None]
        for root in roots:
            if (root / p).exists():
                return (root / p).resolve()
        return None

    # ----------------------------------------------------------------- analyses (docs/analyses.md)

    def workload(self, plan: str | None = None, *, by: str = "agency", **options: Any) -> "pd.DataFrame":
        """Tasks led and supported, lead share and weighted load (lead 1, support 0.5) per
        agency (``by="function"``: per function) and plan; ``plan_id == "*"`` rows sum over
        plans. Options: ``respgraph.analysis.workload.workload``.

        >>> b.workload(b.find_plan("渝水区")).iloc[0][["name", "tasks_led"]]   # doctest: +SKIP
        """
        from respgraph.analysis.workload import workload

        return workload(self.graph, plan=self._plan(plan), by=by, **options)

    def overload(self, plan: str | None = None, **options: Any) -> "pd.DataFrame":
        """Agencies whose load stands out within their own plan (Tukey's fence, or leading
        more than 25% of its tasks), with a ``reason`` in words."""
        from respgraph.analysis.workload import overload

        return overload(self.graph, plan=self._plan(plan), **options)

    def report(self, out: str | os.PathLike, *, today: "date | None" = None, include_collectives: bool = False) -> Path:
        """Write the meeting pack (report.html, its charts and graph views) into ``out``, as
        ``respgraph report`` does; returns the page's path. Deadlines count as of ``today``;
        collective addressees (各乡镇（街道）) are left out of the overload and top-leads tables
        (and listed under them) unless ``include_collectives``.

        >>> b.report("out/report")                              # doctest: +SKIP
        PosixPath('out/report/report.html')
        """
        from respgraph.viz.report import write_report

        return write_report(self.graph, out, today=today, include_collectives=include_collectives)

    def concentration(self, **options: Any) -> "pd.DataFrame":
        """Per plan, the Gini coefficient of tasks led (0 = even, towards 1 = one leads all)."""
        from respgraph.analysis.workload import lead_concentration

        return lead_concentration(self.graph, **options)

    def support_only(self, **options: Any) -> "pd.DataFrame":
        """Agencies that support tasks but lead none."""
        from respgraph.analysis.workload import support_only

        return support_only(self.graph, **options)

    def tasks_without_lead(self, plan: str | None = None, **options: Any) -> "pd.DataFrame":
        """Tasks with no stated lead agency."""
        from respgraph.analysis.workload import tasks_without_lead

        return tasks_without_lead(self.graph, plan=self._plan(plan), **options)

    def shared_leads(self, plan: str | None = None, **options: Any) -> "pd.DataFrame":
        """Tasks led by more than one agency."""
        from respgraph.analysis.workload import shared_leads

        return shared_leads(self.graph, plan=self._plan(plan), **options)

    def deadlines(self, plan: str | None = None, **options: Any) -> "pd.DataFrame":
        """Tasks due per agency per year."""
        from respgraph.analysis.workload import deadline_crunch

        return deadline_crunch(self.graph, plan=self._plan(plan), **options)

    def network(self, plan: str | None = None, **options: Any) -> "pd.DataFrame":
        """Centrality of each agency in the coordination network (agencies linked by shared
        tasks): degree, weighted degree, betweenness, eigenvector, community, broker score."""
        from respgraph.analysis.network import network_metrics

        return network_metrics(self.graph, plan=self._plan(plan), **options)

    def coordination_graph(self, plan: str | None = None, **options: Any) -> "nx.Graph":
        """The agency–agency networkx graph behind ``network()`` (``weight`` = shared tasks)."""
        from respgraph.analysis.network import coordination_graph

        return coordination_graph(self.graph, plan=self._plan(plan), **options)

    def breadth_depth(self, plan: str | None = None, **options: Any) -> "pd.DataFrame":
        """The breadth–depth matrix (Cheng et al. 2022): per plan and agency, breadth
        (campaigns), depth (tasks) and the quadrant leading | key | coordinating | auxiliary."""
        from respgraph.analysis.network import breadth_depth

        return breadth_depth(self.graph, plan=self._plan(plan), **options)

    def overlap(self, threshold: float | None = None, **options: Any) -> "pd.DataFrame":
        """Similar task pairs across different plans (character n-gram TF-IDF cosine ≥
        ``threshold``, default 0.20), with ``score``."""
        from respgraph.analysis.overlap import SIMILARITY_THRESHOLD, similar_tasks

        return similar_tasks(self.graph, SIMILARITY_THRESHOLD if threshold is None else threshold, **options)

    def disagreements(self, threshold: float | None = None, **options: Any) -> "pd.DataFrame":
        """Similar tasks of different plans whose lead functions share nothing."""
        from respgraph.analysis.overlap import SIMILARITY_THRESHOLD, lead_disagreements

        return lead_disagreements(self.graph, SIMILARITY_THRESHOLD if threshold is None else threshold, **options)

    def plan_overlap(self, **options: Any) -> "pd.DataFrame":
        """Plan × plan: shared functions, shared campaign types, similar pairs, counterpart shares."""
        from respgraph.analysis.overlap import plan_overlap

        return plan_overlap(self.graph, **options)

    def coverage(self) -> "pd.DataFrame":
        """Tasks per campaign type (air, water, soil …) per plan."""
        from respgraph.analysis.overlap import campaign_coverage

        return campaign_coverage(self.graph)

    def vertical_pairs(self) -> "pd.DataFrame":
        """Pairs of plans where the lower plan's jurisdiction lies within the upper plan's
        (a district plan and its city's plan), from the graph's PART_OF chain: upper, lower,
        upper_jurisdiction, lower_jurisdiction, steps (1 = the direct parent), nearest first.

        >>> b.vertical_pairs()[["upper_jurisdiction", "lower_jurisdiction"]]   # doctest: +SKIP
          upper_jurisdiction lower_jurisdiction
        0               景德镇市                昌江区
        """
        import pandas as pd

        parent, issued = {}, {}
        for u, v, k in self.graph.edges(keys=True):
            if k == "PART_OF":
                parent[u] = v
            elif k == "ISSUED_IN":
                issued[u] = v
        name = lambda n: self.graph.nodes[n].get("name", n)  # noqa: E731
        pid = lambda n: self.graph.nodes[n].get("plan_id", n)  # noqa: E731
        rows = []
        for low_plan, low_j in issued.items():
            chain, j = [], parent.get(low_j)
            while j is not None and j not in chain:  # a cycle in bad data must not loop
                chain.append(j)
                j = parent.get(j)
            for up_plan, up_j in issued.items():
                if up_j in chain:
                    rows.append((pid(up_plan), pid(low_plan), name(up_j), name(low_j), chain.index(up_j) + 1))
        cols = ["upper", "lower", "upper_jurisdiction", "lower_jurisdiction", "steps"]
        return pd.DataFrame(sorted(rows, key=lambda r: (r[4], r[0], r[1])), columns=cols)

    def vertical(self, upper: str, lower: str, **options: Any) -> "pd.DataFrame":
        """Each task of the ``lower`` plan (a district) matched to its most similar task of
        the ``upper`` plan (its city), with the leads on each side and ``same_function``.
        ``upper``/``lower`` are plan ids or anything ``find_plan`` accepts.

        >>> b.vertical("景德镇市", "昌江区")                    # doctest: +SKIP
        """
        from respgraph.analysis.overlap import vertical_alignment

        return vertical_alignment(self.graph, self.find_plan(upper), self.find_plan(lower), **options)

    def vertical_functions(self, upper: str, lower: str) -> "pd.DataFrame":
        """Functions named in the upper plan, the lower plan, or both."""
        from respgraph.analysis.overlap import vertical_functions

        return vertical_functions(self.graph, self.find_plan(upper), self.find_plan(lower))

    def suggest(self, plan: str | None = None, *, task: str | None = None, **options: Any) -> "pd.DataFrame":
        """Suggested lead and support functions (and agencies) for tasks without a stated
        assignment, with the evidence (similar tasks of other plans, keywords). Options:
        ``respgraph.suggest.suggest``; see docs/suggest.md for how good they are."""
        from respgraph.suggest import suggest

        return suggest(self.graph, plan=self._plan(plan), task=task, **options)

    # ----------------------------------------------------------------- presentation

    def view(self, kind: str = "build", **filters: Any) -> GraphView:
        """An interactive view that displays inline in Jupyter. ``kind``: build | plan |
        campaign | agency | network | overload; filters: plan, campaign, agency, function,
        role (see ``respgraph.viz.views.select_view``).

        >>> b.view("agency", agency="渝水区生态环境局")            # doctest: +SKIP
        >>> b.view("plan", plan="yushui").save("yushui.html")   # doctest: +SKIP
        """
        from respgraph.viz import select_and_render

        selection, html = select_and_render(self.graph, kind, **filters)
        return GraphView(html, view=kind, title=selection.title,
                         nodes=selection.graph.number_of_nodes(), edges=selection.graph.number_of_edges())

    def chart(self, name: str = "workload"):
        """A matplotlib Figure (CJK font set): workload | lead_support | breadth_depth | coverage."""
        from matplotlib import rc_context

        from respgraph.viz import charts

        draw = {"workload": lambda g: charts.workload_chart(g), "lead_support": lambda g: charts.lead_support_chart(g),
                "breadth_depth": lambda g: charts.breadth_depth_chart(g, charts.plan_titles(g)),
                "coverage": lambda g: charts.coverage_chart(g, charts.plan_titles(g))}
        if name not in draw:
            raise ValueError(f"unknown chart {name!r} (choose from {', '.join(draw)})")
        with rc_context(charts._rc()):
            fig = draw[name](self.graph)
        # Jupyter renders the figure after this returns, outside the rc context: pin the CJK
        # font on every text so the Chinese labels still render.
        from matplotlib.text import Text

        font, _ = charts.cjk_font()
        for text in fig.findobj(Text):
            text.set_fontfamily(([font] if font else []) + ["DejaVu Sans"])
        return fig

    def export(self, fmt: str, out: str | os.PathLike) -> str:
        """Export as graphml, gexf, csv (a directory) or xlsx; see ``respgraph.export``."""
        from respgraph.export import export_graph

        return export_graph(self.graph, fmt, out)

    # ----------------------------------------------------------------- Neo4j

    def to_neo4j(self, driver: "neo4j.Driver | None" = None, **options: Any) -> "LoadReport":
        """Load the graph into Neo4j (idempotent MERGE; ``respgraph.neo4j.load.load_graph``).
        Without ``driver`` one is opened with ``connect_neo4j()`` (env settings) and closed.

        >>> report = b.to_neo4j(); report.summary()          # doctest: +SKIP
        """
        from respgraph.neo4j.load import load_graph

        options.setdefault("progress", False)
        if driver is not None:
            return load_graph(self.graph, driver, **options)
        with connect_neo4j() as own:
            return load_graph(self.graph, own, **options)


def build(paths: str | os.PathLike | Iterable[str | os.PathLike], out: str | os.PathLike | None = None, *,
          into: str | os.PathLike | None = None, workers: int | None = None) -> Build:
    """Build the graph of ``paths`` (files or directories). With ``out`` the build is also
    written there (graph.json and CSV tables); with ``into`` the plans are added to that
    existing build. Files that could not be read are in ``Build.failures``.

    >>> b = build("data/plans")                           # doctest: +SKIP
    >>> b.counts()["nodes"]["Plan"]                       # doctest: +SKIP
    5
    """
    from respgraph.pipeline import run_build

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    result = run_build(list(paths), out=out, into=into, workers=workers, write=out is not None or into is not None)
    if result.failures:  # a mistyped folder gave an empty build and empty tables, in silence
        _warn_failures(result.failures)
    return Build(graph=result.graph, header_plans=result.plans, out=result.out, failures=result.failures,
                 base=Path.cwd())


def _warn_failures(failures: list[Any]) -> None:
    """One warning naming what could not be read (the command line prints these on stderr)."""
    import warnings

    shown = "; ".join(f"{f.path}: {f.problem}" for f in failures[:3])
    more = f"; … and {len(failures) - 3} more" if len(failures) > 3 else ""
    from respgraph.errors import UnreadWarning

    warnings.warn(f"respgraph.build: {counted(len(failures), 'file')} could not be read (Build.failures): {shown}{more}",
                  UnreadWarning, stacklevel=3)


def load(out_dir: str | os.PathLike = "out") -> Build:
    """Load a build directory written by ``respgraph build`` (raises ``BuildError`` with one
    clear line when it is missing, corrupt or not a respgraph build).

    >>> b = load("out")                                   # doctest: +SKIP
    """
    from respgraph.store import load_build

    stored = load_build(out_dir)
    return Build(graph=stored.graph, header_plans=stored.plans, out=stored.path)


# --------------------------------------------------------------------------- Neo4j


def connect_neo4j(uri: str | None = None, user: str | None = None, *, database: str | None = None,
                  env: Mapping[str, str] | None = None, attempts: int = 3, **driver_options: Any) -> "neo4j.Driver":
    """A verified ``neo4j.Driver``. ``uri``/``user`` default to ``NEO4J_URI``/``NEO4J_USER``
    (else bolt://localhost:7687 and neo4j); the password is read only from ``NEO4J_PASSWORD``
    (empty = no authentication) — never an argument. Raises
    ``respgraph.neo4j.connect.Neo4jConnectionError`` (password scrubbed) when the server
    cannot be reached after ``attempts`` tries. Use it as a context manager to close it.

    >>> with connect_neo4j() as driver:                    # doctest: +SKIP
    ...     b.to_neo4j(driver); cypher(driver, "agency_workload", limit=5)
    """
    import time

    from respgraph.neo4j.connect import (DEFAULT_URI, DEFAULT_USER, Neo4jConnectionError, Neo4jSettings,
                                         PasswordUnavailable, open_driver)

    env = os.environ if env is None else env
    settings = Neo4jSettings(uri=uri or env.get("NEO4J_URI") or DEFAULT_URI,
                             user=user or env.get("NEO4J_USER") or DEFAULT_USER,
                             database=database or env.get("NEO4J_DATABASE") or None)
    # The driver waits up to connection_acquisition_timeout (60 s) for a handshake answer;
    # a notebook should hear "no server" sooner than that.
    driver_options.setdefault("connection_acquisition_timeout", 2 * driver_options.get("connection_timeout", 10.0))
    for attempt in range(1, attempts + 1):
        try:
            return open_driver(settings, env=env, interactive=False, **driver_options)
        except PasswordUnavailable:
            raise
        except Neo4jConnectionError as e:
            # A server that is starting, or one that drops a handshake (the FalkorDB test
            # server loses the first one after a connection closes), answers the next try;
            # wrong credentials never will.
            if attempt == attempts or "auth" in str(e).lower() or "credential" in str(e).lower():
                raise
            time.sleep(0.5 * attempt)
    raise AssertionError("unreachable")  # pragma: no cover


def cypher(driver: "neo4j.Driver", name: str, database: str | None = None, **params: Any) -> "pd.DataFrame":
    """Run the query ``name`` of the Cypher library (``cypher/NAME.cypher``) with ``params``
    overriding its defaults; rows as a DataFrame.

    >>> cypher(driver, "agency_workload", plan="yushui-2022-pollution-battle")   # doctest: +SKIP
    """
    from respgraph.neo4j.queries import run_query

    return run_query(driver, name, database=database, **params)


def cypher_library() -> "pd.DataFrame":
    """The queries of the Cypher library: name, description, params (name → default)."""
    import pandas as pd

    from respgraph.neo4j.queries import library

    rows = [(q.name, q.description, q.defaults()) for q in library().values()]
    return pd.DataFrame(sorted(rows, key=lambda r: r[0]), columns=["name", "description", "params"])
