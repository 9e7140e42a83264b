"""The ``Build`` object (a built graph with its plan list: tables, plan look-up, provenance,
views, charts, export, Neo4j) and the two ways to get one: ``build`` (run a build) and
``load`` (read a build directory). Its analysis methods are in ``respgraph.api.analyses``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from respgraph.api.analyses import BuildAnalyses
from respgraph.api.database import connect_neo4j
from respgraph.api.provenance import Provenance, _int_or_none
from respgraph.api.views import GraphView
from respgraph.plural import counted

if TYPE_CHECKING:  # pragma: no cover
    import neo4j
    import networkx as nx
    import pandas as pd

    from respgraph.analysis.agency import AgencyProfile
    from respgraph.neo4j.load import LoadReport


@dataclass
class Build(BuildAnalyses):
    """A built graph with its plan list. See ``respgraph.api``'s docstring for the table columns;
    the analyses are ``BuildAnalyses``'s methods.

    >>> b = load("out")                                  # doctest: +SKIP
    >>> b.graph.number_of_nodes()                        # a networkx.MultiDiGraph # doctest: +SKIP
    """

    graph: "nx.MultiDiGraph"
    header_plans: list[dict[str, Any]] = field(default_factory=list)
    out: Path | None = None
    failures: list[Any] = field(default_factory=list)
    #: files left out as copies of a plan of the build (``pipeline.Copy``: path, plan_id, kept)
    copies: list[Any] = field(default_factory=list)
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
        written, of a body named to supervise the task), ``task`` (a task id, or where it sits as a
        user cites it: ``二（一）2``, ``PLAN:二（一）2``; a heading's, ``二（一）``, its tasks) (``respgraph.analysis.tasks.tasks``).

        >>> b.tasks().set_index("title").loc["持续抓好城区黑臭水体治理", "leads"]   # doctest: +SKIP
        ['渝水区城市管理分局']
        >>> b.tasks(agency="渝水生态环境局", role="lead")[["number", "path", "title", "clause"]]   # doctest: +SKIP
        >>> b.tasks(task="yushui-2022-pollution-battle:三（二）1")                       # doctest: +SKIP
        >>> b.provenance(b.tasks(agency="区农粮局", plan="yushui-2022-pollution-battle").iloc[0])  # doctest: +SKIP
        """
        from respgraph.analysis.tasks import tasks
        from respgraph.api.analyses import checked_options

        return tasks(self.graph, plan=self._plan(plan), **checked_options("tasks", filters, tasks))

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
        from respgraph.analysis.agency import UnknownAgency, agency_profile
        from respgraph.analysis.tasks import tasks

        plan = self._plan(plan)
        try:
            return agency_profile(self.graph, name, plan=plan, **options)
        except UnknownAgency as e:
            # a 督查室 that leads and supports nothing is no agency, but `respgraph agency` answers
            # it with its tasks: say where they are (was: only "no agency named '县委督查室'")
            n = len(tasks(self.graph, plan=plan, supervisor=name))
            if not n:
                raise
            raise UnknownAgency(f"{e}; it is named to supervise {counted(n, 'task')}: b.tasks(supervisor={name!r})",
                                e.query, e.candidates) from None

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
        from respgraph.analysis._graph import plans_matching
        from respgraph.model import plan_node

        if self.graph.nodes.get(plan_node(query), {}).get("type") == "Plan":
            return query
        hits = plans_matching(self.graph, query)
        if len(hits) == 1:
            return hits[0]
        if hits:
            raise ValueError(f"{query!r} matches several plans: {', '.join(hits)}")
        raise ValueError(f"no plan matches {query!r} (plans: {', '.join(sorted(self.plan_ids))})")

    def _plan(self, plan: str | None) -> str | None:
        """``plan`` when it is a plan id of the build (or None), the id of the plan read from the
        file of that name (``p09_foshan_2023_huanwei.txt`` or its stem); else ``ValueError`` naming
        the plan it may mean. A mistyped id, or a place (``plan="景德镇市"``), gave an empty
        table without a word, where the command line says 'no such plan'."""
        from respgraph.model import plan_node

        if plan is not None and not isinstance(plan, str):
            # a researcher asking for a province's four plans at once (plan=[...]) met
            # "AttributeError: 'list' object has no attribute 'lower'" from deep inside
            raise TypeError(f"plan= takes one plan id (a str), not {type(plan).__name__}; for several plans "
                            "filter the rows by plan_id (e.g. b.workload().query('plan_id in @ids'))")
        if plan is None or self.graph.nodes.get(plan_node(plan), {}).get("type") == "Plan":
            return plan
        from respgraph.analysis._graph import plan_of_file, plans_matching

        by_file = plan_of_file(self.graph, plan)  # the file's name, as the folder shows it
        if by_file is not None:
            return by_file[0]

        hits = plans_matching(self.graph, plan)
        hint = f"; did you mean {hits[0]!r}?" if len(hits) == 1 else f"; {len(hits)} plans match: {', '.join(hits)}" if hits else ""
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
        from respgraph.graph.clause_context import edge_sentence
        from respgraph.model import ROLE_EDGE, agency_node, task_node

        assignment = self._one_assignment(assignment)
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
            path=self._locate(file, base), renamed_from=e.get("renamed_from"),
            sentence=edge_sentence(e, t),
        )

    def _one_assignment(self, assignment: Any) -> Any:
        """``assignment`` as ``provenance`` reads it, or a ``TypeError`` saying what to pass: a
        task id (what a researcher holds after ``b.tasks()``) met ``dict('p:004')``'s "dictionary
        update sequence element #0 has length 1" and a table of rows a KeyError deep inside. A
        table of one row is that row."""
        import pandas as pd

        if isinstance(assignment, pd.DataFrame):
            if len(assignment) == 1:
                return assignment.iloc[0]
            raise TypeError(f"provenance() takes one assignment, not a table of {len(assignment)} rows: "
                            "pass one row (e.g. df.iloc[0]) or loop over df.itertuples()")
        if isinstance(assignment, str):
            from respgraph.model import task_node

            if self.graph.nodes.get(task_node(assignment), {}).get("type") != "Task":
                raise TypeError(f"provenance() takes an assignment (a row of b.assignments()), not the text {assignment!r}")
            rows = [(self.graph.nodes[u].get("name", u), d.get("role")) for u, _, k, d in
                    self.graph.in_edges(task_node(assignment), keys=True, data=True) if k in ("LEADS", "SUPPORTS")]
            if not rows:
                raise TypeError(f"provenance() takes one assignment, not a task id; task {assignment!r} names no unit: "
                                "there is no assignment to trace (b.tasks() has its text, start and end)")
            named = ", ".join(f"{n} ({r})" for n, r in rows)
            raise TypeError(f"provenance() takes one assignment, not the task id {assignment!r}; its assignments: {named}. "
                            f"Pick one: b.provenance(b.assignments().query(\"task_id == '{assignment}'\").iloc[0])")
        return assignment

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

    # ----------------------------------------------------------------- presentation

    def view(self, kind: str = "build", **filters: Any) -> GraphView:
        """An interactive view that displays inline in Jupyter. ``kind``: build | plan |
        campaign | agency | network | overload; filters: plan, campaign, agency, function,
        role (see ``respgraph.viz.views.select_view``); ``fold_renamed=True``: a body a reform renamed
        drawn as the body that took its work over, whose tooltip names it; the red rings are
        ``b.overload()``'s list, with its options (include_collectives, share_limit, min_tasks,
        min_plan_tasks).

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

    def export(self, fmt: str, out: str | os.PathLike, *, network: bool = False, include_collectives: bool | None = None,
               fold_renamed: bool = False, **overload_options: Any) -> str:
        """Export as graphml, gexf, csv (a directory) or xlsx; see ``respgraph.export``.
        ``network=True``: the agency coordination network only (agencies joined by the tasks
        they share, ``weight``; graphml, gexf or csv), as ``respgraph export --network``;
        there ``include_collectives=False`` leaves out collective addressees (各有关部门, 各区县人民政府),
        as ``--exclude-collectives``. ``fold_renamed=True``: a body a reform renamed one node with
        the body that took its work over, as ``--fold-renamed``. The workbook's overload sheet is
        the overload list (``b.overload()``): ``include_collectives=True``, ``share_limit``,
        ``min_tasks`` and ``min_plan_tasks`` as its options.

        >>> b.export("gexf", "out/network.gexf", network=True)   # doctest: +SKIP
        >>> b.export("xlsx", "out/plans.xlsx", min_tasks=5)      # doctest: +SKIP
        """
        from respgraph.export import export_graph, export_network

        if network:
            if overload_options:
                raise ValueError(f"{', '.join(sorted(overload_options))}: the overload list's options go with xlsx")
            export_network(self.graph, fmt, out, include_collectives=include_collectives is not False, fold_renamed=fold_renamed)
            return str(out)
        if include_collectives is not None:
            overload_options["include_collectives"] = include_collectives
        return export_graph(self.graph, fmt, out, fold_renamed=fold_renamed, **overload_options)

    # ----------------------------------------------------------------- Neo4j

    def to_neo4j(self, driver: "neo4j.Driver | None" = None, *, similarity: bool = False,
                 **options: Any) -> "LoadReport":
        """Load the graph into Neo4j (idempotent MERGE; ``respgraph.neo4j.load.load_graph``).
        Without ``driver`` one is opened with ``connect_neo4j()`` (env settings) and closed.
        ``similarity``: also load the cross-plan SIMILAR_TO pairs that ``respgraph neo4j load``
        adds (computed as ``b.overlap()`` finds them when the build has none; ``b.graph`` is
        left as it is), which the library's similar_tasks query reads.

        >>> report = b.to_neo4j(); report.summary()          # doctest: +SKIP
        >>> b.to_neo4j(driver, similarity=True)               # doctest: +SKIP
        """
        from respgraph.analysis.overlap import add_similarity_edges, has_similarity_edges
        from respgraph.neo4j.load import load_graph

        graph = self.graph
        if similarity and not has_similarity_edges(graph):
            graph = graph.copy()
            add_similarity_edges(graph)
        options.setdefault("progress", False)
        if driver is not None:
            return load_graph(graph, driver, **options)
        with connect_neo4j() as own:
            return load_graph(graph, own, **options)


def build(paths: str | os.PathLike | Iterable[str | os.PathLike], out: str | os.PathLike | None = None, *,
          into: str | os.PathLike | None = None, workers: int | None = None, recursive: bool = False,
          keep_copies: bool = False) -> Build:
    """Build the graph of ``paths`` (files or directories; with ``recursive`` a directory's
    subfolders too). With ``out`` the build is also written there (graph.json and CSV
    tables); with ``into`` the plans are added to that existing build. Files that could not
    be read are in ``Build.failures``; files left out as copies of a plan read before them (one
    plan saved as .docx and .pdf: same place, title, tasks and units) in ``Build.copies``, unless
    ``keep_copies``.

    >>> b = build("data/plans")                           # doctest: +SKIP
    >>> b.counts()["nodes"]["Plan"]                       # doctest: +SKIP
    5
    """
    from respgraph.pipeline import run_build

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    if out is not None and into is not None:  # one would win in silence, as `build --into X --out Y` did
        raise ValueError("respgraph.build: out and into cannot be combined: give one")
    result = run_build(list(paths), out=out, into=into, workers=workers, write=out is not None or into is not None,
                       recursive=recursive, keep_copies=keep_copies)
    if result.failures:  # a mistyped folder gave an empty build and empty tables, in silence
        _warn_failures(result.failures)
    new = set(result.added) | set(result.replaced)
    if warned := [p for p in result.plans if p.get("plan_id") in new and p.get("warnings")]:
        _warn_incomplete(warned)
    return Build(graph=result.graph, header_plans=result.plans, out=result.out, failures=result.failures,
                 copies=result.copies, base=Path.cwd())


def _warn_failures(failures: list[Any]) -> None:
    """One warning naming what could not be read (the command line prints these on stderr)."""
    import warnings

    shown = "; ".join(f"{f.path}: {f.problem}" for f in failures[:3])
    more = f"; … and {len(failures) - 3} more" if len(failures) > 3 else ""
    from respgraph.errors import UnreadWarning

    warnings.warn(f"respgraph.build: {counted(len(failures), 'file')} could not be read (Build.failures): {shown}{more}",
                  UnreadWarning, stacklevel=3)


def _warn_incomplete(plans: list[dict[str, Any]]) -> None:
    """One warning naming the plans read with warnings (the command line prints each on stderr)."""
    import warnings

    from respgraph.errors import IncompletePlanWarning

    shown = "; ".join(f"{p['plan_id']}: {p['warnings'][0]}" for p in plans[:3])
    more = f"; … and {len(plans) - 3} more" if len(plans) > 3 else ""
    warnings.warn(f"respgraph.build: {counted(len(plans), 'plan')} read with warnings (Build.plans()['warnings']): {shown}{more}",
                  IncompletePlanWarning, stacklevel=3)


def load(out_dir: str | os.PathLike = "out") -> Build:
    """Load a build directory written by ``respgraph build`` (raises ``BuildError`` with one
    clear line when it is missing, corrupt or not a respgraph build).

    >>> b = load("out")                                   # doctest: +SKIP
    """
    from respgraph.store import load_build

    stored = load_build(out_dir)
    return Build(graph=stored.graph, header_plans=stored.plans, out=stored.path)
