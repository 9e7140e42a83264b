"""The small public Python API, for notebooks and scripts.

>>> import respgraph
>>> b = respgraph.build(["data/plans"], out="out")      # doctest: +SKIP
>>> b = respgraph.load("out")                          # doctest: +SKIP
>>> b.assignments().query("role == 'lead'").agency.value_counts().head()   # doctest: +SKIP

``Build`` tables (pandas DataFrames; Chinese names as written, function glosses in English
in extra columns; list-valued cells are Python lists):

``plans()``
    plan_id, title, issuers (list), doc_number, date, jurisdiction, level, kind, path,
    campaigns, tasks, assignments (counts), sha256 (content hash of the file)
``tasks()``
    task_id, plan_id, seq, number, title, campaign (name as written), campaign_id,
    campaign_type (air, water, … see ``respgraph.campaigns``), section (list), kind,
    leads (list of agency names), supports (list), n_leads, n_supports, deadlines (list),
    deadline_years (list), targets (list), flags (list), start, end, text
``assignments()``  (one row per LEADS/SUPPORTS edge)
    plan_id, task_id, task_title, agency_id, agency (canonical name), role (lead|support),
    basis (explicit|first_listed|inherited|table|suggested), mention (as written),
    portfolio (list), functions (codes), function_names (Chinese), function_glosses
    (English), known, file, start, end (span of the mention in the cleaned text), clause,
    clause_start, clause_end (span of the clause; empty when it cannot be located), occurrences
``agencies()``
    agency_id, name, jurisdiction, kind, known, functions, function_names,
    function_glosses, aliases, plans (list of plan ids), n_plans, leads, supports, tasks
``functions()``
    code, name, gloss, agencies, leads, supports
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import pandas as pd

__all__ = ["Build", "build", "load", "BuildError"]


def __getattr__(name: str) -> Any:
    if name == "BuildError":
        from respgraph.store import BuildError

        return BuildError
    raise AttributeError(name)


@dataclass
class Build:
    """A built graph with its plan list. See the module docstring for the table columns."""

    graph: "nx.MultiDiGraph"
    header_plans: list[dict[str, Any]] = field(default_factory=list)
    out: Path | None = None
    failures: list[Any] = field(default_factory=list)

    @property
    def plan_ids(self) -> list[str]:
        from respgraph.graph import plan_ids

        return plan_ids(self.graph)

    def plans(self) -> "pd.DataFrame":
        from respgraph.graph import plans_frame

        df = plans_frame(self.graph)
        hashes = {p["plan_id"]: p.get("sha256") for p in self.header_plans}
        df["sha256"] = df["plan_id"].map(hashes)
        return df

    def tasks(self) -> "pd.DataFrame":
        from respgraph.graph import tasks_frame

        return tasks_frame(self.graph)

    def assignments(self) -> "pd.DataFrame":
        from respgraph.graph import assignments_frame

        return assignments_frame(self.graph)

    def agencies(self) -> "pd.DataFrame":
        from respgraph.graph import agencies_frame

        return agencies_frame(self.graph)

    def functions(self) -> "pd.DataFrame":
        from respgraph.graph import functions_frame

        return functions_frame(self.graph)

    def counts(self) -> dict[str, dict[str, int]]:
        """Nodes and edges per type."""
        from respgraph.graph import count_by_type

        return count_by_type(self.graph)

    def export(self, fmt: str, out: str | os.PathLike) -> str:
        """Export as graphml, gexf, csv (a directory) or xlsx; see ``respgraph.export``."""
        from respgraph.export import export_graph

        return export_graph(self.graph, fmt, out)


def build(paths: str | os.PathLike | Iterable[str | os.PathLike], out: str | os.PathLike | None = None, *,
          into: str | os.PathLike | None = None, workers: int | None = None) -> Build:
    """Build the graph of ``paths`` (files or directories). With ``out`` the build is also
    written there (graph.json and CSV tables); with ``into`` the plans are added to that
    existing build. Files that could not be read are in ``Build.failures``."""
    from respgraph.pipeline import run_build

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    result = run_build(list(paths), out=out, into=into, workers=workers, write=out is not None or into is not None)
    return Build(graph=result.graph, header_plans=result.plans, out=result.out, failures=result.failures)


def load(out_dir: str | os.PathLike = "out") -> Build:
    """Load a build directory written by ``respgraph build`` (raises ``BuildError`` with one
    clear line when it is missing, corrupt or not a respgraph build)."""
    from respgraph.store import load_build

    stored = load_build(out_dir)
    return Build(graph=stored.graph, header_plans=stored.plans, out=stored.path)
