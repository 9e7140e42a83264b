"""The analyses of a build (docs/analyses.md) as methods of ``Build``: ``BuildAnalyses``, a
mixin whose every method is a thin call of ``respgraph.analysis``, ``respgraph.viz.report``
or ``respgraph.suggest`` over ``self.graph`` (it uses ``Build``'s ``graph``, ``_plan`` and
``find_plan``). Each imports its libraries when called.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from datetime import date

    import networkx as nx
    import pandas as pd


def checked_options(method: str, options: dict, *fns: Any, internal: tuple[str, ...] = ()) -> dict:
    """``options`` given to ``b.METHOD()``, checked against what ``fns`` take (the analysis it
    calls; for ``overload`` also the ``workload`` it hands the rest to). The command line's
    names work here too: ``exclude_collectives=True`` is ``include_collectives=False`` (a
    researcher reads --exclude-collectives in --help and writes it). An option none of them
    takes is a ``TypeError`` naming ``b.METHOD()`` and its options, where Python named the
    internal function ("coordination_pairs() got an unexpected keyword argument"). ``internal``:
    parameters of ``fns`` the method sets itself.

    >>> from respgraph.analysis.network import coordination_pairs
    >>> checked_options("pairs", {"exclude_collectives": True, "year": 2022}, coordination_pairs)
    {'year': 2022, 'include_collectives': False}
    >>> checked_options("pairs", {"collectives": False}, coordination_pairs)
    Traceback (most recent call last):
    ...
    TypeError: b.pairs() has no option 'collectives'; its options: by, include_collectives (or exclude_collectives), include_suggested, year, fold_renamed
    """
    import inspect

    taken: list[str] = []
    for fn in fns:
        taken += [n for n, p in inspect.signature(fn).parameters.items()
                  if p.kind in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD) and n not in ("graph", "plan", *internal) and n not in taken]
    opts = dict(options)
    if "exclude_collectives" in opts and "include_collectives" in taken:
        if "include_collectives" in opts:
            raise TypeError(f"b.{method}(): give include_collectives or exclude_collectives, not both")
        opts["include_collectives"] = not opts.pop("exclude_collectives")
    unknown = [k for k in opts if k not in taken]
    if unknown:
        listed = ", ".join(n + (" (or exclude_collectives)" if n == "include_collectives" else "") for n in taken)
        raise TypeError(f"b.{method}() has no option {', '.join(map(repr, unknown))}; its options: {listed}")
    return opts


class BuildAnalyses:
    """Workload, overload, concentration, network, overlap, vertical alignment, suggestions:
    the analysis methods of ``Build`` (``respgraph.api.builds``)."""

    def workload(self, plan: str | None = None, *, by: str = "agency", **options: Any) -> "pd.DataFrame":
        """Tasks led and supported, lead share and weighted load (lead 1, support 0.5) per
        agency (``by="function"``: per function) and plan; ``plan_id == "*"`` rows sum over
        plans. Options: ``respgraph.analysis.workload.workload``.

        >>> b.workload(b.find_plan("渝水区")).iloc[0][["name", "tasks_led"]]   # doctest: +SKIP
        """
        from respgraph.analysis.workload import workload

        return workload(self.graph, plan=self._plan(plan), by=by, **checked_options("workload", options, workload))

    def overload(self, plan: str | None = None, **options: Any) -> "pd.DataFrame":
        """Agencies whose load stands out within their own plan (Tukey's fence, or leading
        more than 25% of its tasks), with a ``reason`` in words: the list ``workload --overload``,
        the report, the workbook and the views give (``analysis.workload.overloaded``: collective
        addressees left out unless ``include_collectives=True``)."""
        from respgraph.analysis.workload import overload, overloaded, workload

        return overloaded(self.graph, plan=self._plan(plan), **checked_options("overload", options, overload, workload,
                                                                             internal=("across",)))

    def report(self, out: str | os.PathLike, *, today: "date | None" = None, include_collectives: bool = False,
               min_tasks: int = 0, min_plan_tasks: int | None = None, share_limit: float | None = None,
               fold_renamed: bool = False) -> Path:
        """Write the meeting pack (report.html, its charts and graph views) into ``out``, as
        ``respgraph report`` does; returns the page's path. Deadlines count as of ``today``;
        collective addressees (各乡镇（街道）) are left out of the overload and top-leads tables
        (and listed under them) unless ``include_collectives``; ``min_tasks``, ``min_plan_tasks``
        (default 8) and ``share_limit`` (default 0.25) as ``overload``'s; ``fold_renamed``: a body a reform renamed counted with the body
        that took its work over, in every table, chart and view, which name it beside it
        (``respgraph.analysis.renamed``).

        >>> b.report("out/report")                              # doctest: +SKIP
        PosixPath('out/report/report.html')
        """
        from respgraph.viz.report import write_report

        from respgraph.analysis.workload import MIN_PLAN_TASKS, SHARE_LIMIT

        return write_report(self.graph, out, today=today, include_collectives=include_collectives, min_tasks=min_tasks,
                            min_plan_tasks=MIN_PLAN_TASKS if min_plan_tasks is None else min_plan_tasks,
                            share_limit=SHARE_LIMIT if share_limit is None else share_limit, fold_renamed=fold_renamed)

    def concentration(self, **options: Any) -> "pd.DataFrame":
        """Per plan, the Gini coefficient of tasks led (0 = even, towards 1 = one leads all)."""
        from respgraph.analysis.workload import lead_concentration

        return lead_concentration(self.graph, **checked_options("concentration", options, lead_concentration))

    def support_only(self, **options: Any) -> "pd.DataFrame":
        """Agencies that support tasks but lead none."""
        from respgraph.analysis.workload import support_only

        return support_only(self.graph, **checked_options("support_only", options, support_only))

    def tasks_without_lead(self, plan: str | None = None, **options: Any) -> "pd.DataFrame":
        """Tasks with no clear lead: no stated lead, or only collective addressees leading (``gap`` says which)."""
        from respgraph.analysis.workload import tasks_without_lead

        return tasks_without_lead(self.graph, plan=self._plan(plan), **checked_options("tasks_without_lead", options, tasks_without_lead))

    def shared_leads(self, plan: str | None = None, **options: Any) -> "pd.DataFrame":
        """Tasks led by more than one agency."""
        from respgraph.analysis.workload import shared_leads

        return shared_leads(self.graph, plan=self._plan(plan), **checked_options("shared_leads", options, shared_leads))

    def deadlines(self, plan: str | None = None, **options: Any) -> "pd.DataFrame":
        """Tasks due per agency per year."""
        from respgraph.analysis.workload import deadline_crunch

        return deadline_crunch(self.graph, plan=self._plan(plan), **checked_options("deadlines", options, deadline_crunch))

    def network(self, plan: str | None = None, **options: Any) -> "pd.DataFrame":
        """Centrality of each agency in the coordination network (agencies linked by shared
        tasks): degree, weighted degree, betweenness, eigenvector, community, broker score."""
        from respgraph.analysis.network import network_metrics

        return network_metrics(self.graph, plan=self._plan(plan), **checked_options("network", options, network_metrics))

    def coordination_graph(self, plan: str | None = None, **options: Any) -> "nx.Graph":
        """The agency–agency networkx graph behind ``network()`` (``weight`` = shared tasks)."""
        from respgraph.analysis.network import coordination_graph

        return coordination_graph(self.graph, plan=self._plan(plan), **checked_options("coordination_graph", options, coordination_graph))

    def pairs(self, plan: str | None = None, **options: Any) -> "pd.DataFrame":
        """Who works with whom: agency pairs (``by="function"``: function pairs across places)
        named on the same tasks, with those tasks, as ``respgraph network --pairs``."""
        from respgraph.analysis.network import coordination_pairs

        return coordination_pairs(self.graph, plan=self._plan(plan), **checked_options("pairs", options, coordination_pairs))

    def breadth_depth(self, plan: str | None = None, **options: Any) -> "pd.DataFrame":
        """The breadth–depth matrix (Cheng et al. 2022): per plan and agency, breadth
        (campaigns), depth (tasks) and the quadrant leading | key | coordinating | auxiliary."""
        from respgraph.analysis.network import breadth_depth

        return breadth_depth(self.graph, plan=self._plan(plan), **checked_options("breadth_depth", options, breadth_depth))

    def overlap(self, threshold: float | None = None, *, term_check: bool = True, fold_renamed: bool = False,
                **options: Any) -> "pd.DataFrame":
        """Similar task pairs across different plans (character n-gram TF-IDF cosine ≥
        ``threshold``, default 0.20), with ``score``, ``relation`` (same place / vertical /
        other places) and who leads each side (``leads_a``, ``leads_b``, ``same_function``), as
        `respgraph overlap` prints them; pairs whose titles name different work are left out
        unless ``term_check=False`` (``overlap.without_different_work``); ``fold_renamed``: the leads
        with a body a reform renamed read as the body that took its work over (``same_lead``)."""
        from respgraph.analysis.overlap import SIMILARITY_THRESHOLD, similar_tasks, with_leads, without_different_work

        pairs = similar_tasks(self.graph, SIMILARITY_THRESHOLD if threshold is None else threshold, **options)
        return with_leads(self.graph, without_different_work(pairs) if term_check else pairs, fold_renamed=fold_renamed)

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

        if task is not None and unknown_task(self.graph, task):  # was: an empty frame, as for a task with leads
            from respgraph.analysis.task_lookup import one_task_id

            found, problem = one_task_id(self.graph, task)  # where it sits, as cited: P:三（二）1
            if found is None:
                raise ValueError(unknown_task(self.graph, task) if problem and problem.startswith("no task") else problem)
            task = found
        return suggest(self.graph, plan=self._plan(plan), task=task, **options)


def unknown_task(graph, task: str) -> str | None:
    """None when ``task`` is a task id of the build, else the line saying it is not, with
    '; did you mean P:084?' for an id written with an unpadded number (P:84) or a shortened
    plan id (yushui:001), the plan found as a unique start of its id."""
    node = graph.nodes.get(task if task.startswith("task:") else f"task:{task}")
    if node and node.get("type") == "Task":
        return None
    return f"no task {task!r} in this build{_task_hint(graph, task)}"


def _task_hint(graph, task: str) -> str:
    plan, _, seq = task.removeprefix("task:").rpartition(":")
    if not seq.isdigit():
        return "; a task id is PLAN:NNN (the task_id column of `respgraph tasks DIR --plan PLAN --format csv`)"
    plans = sorted({d.get("plan_id") for _, d in graph.nodes(data=True) if d.get("type") == "Plan"})
    hits = ([p for p in plans if p == plan] or [p for p in plans if p.startswith(plan)]) if plan else []
    for p in hits if len(hits) == 1 else ():
        for width in (3, len(seq)):
            guess = f"{p}:{int(seq):0{width}d}"
            if f"task:{guess}" in graph:
                return f"; did you mean {guess}?"
    return ""
