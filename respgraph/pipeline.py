"""Build orchestration: files -> extract -> resolve -> graph -> store.

``run_build`` is what ``respgraph build`` and ``respgraph.api.build`` call. A file that
cannot be read becomes a ``Failure`` (one line on stderr, at the end); the others go on.

With ``into=DIR`` the plans are added to the build already in DIR without reading its plans
again: a file whose content hash is already in the build is skipped, and a plan whose
``plan_id`` is there with other content replaces that plan's subgraph. Building everything
at once and building part then ``--into`` the rest give the same bytes.

>>> from respgraph.pipeline import collect_paths
>>> files, failures = collect_paths(["data/plans"])
>>> [f.name for f in files][:1], failures
(['changjiang-2018-yangtze-protection.txt'], [])
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

# what a path argument names as plans (importable from here as before they moved)
from respgraph.inputs import SUFFIXES, Failure, collect_paths, display_path, file_sha256, unread_entries

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

    from respgraph.records import ExtractedPlan, ResolvedPlan


@dataclass(frozen=True)
class Copy:
    """A file left out of a build because it reads as a plan the build already holds: ``path``
    is the file, ``plan_id`` the plan kept and ``kept`` its file."""

    path: str
    plan_id: str
    kept: str


@dataclass
class BuildResult:
    """The outcome of ``run_build``.

    ``plans`` is the header's plan list (all plans of the build, old and new); ``added``,
    ``replaced`` and ``skipped`` name what this run did to each plan id (``skipped``: same
    content already in the ``into`` build). ``no_tasks``: for a plan of this run read without a
    task, what ``extract`` says of it (a contact list …; no tasks found).
    """

    graph: "nx.MultiDiGraph"
    plans: list[dict[str, Any]]
    failures: list[Failure] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    out: Path | None = None
    files: int = 0
    no_tasks: dict[str, str] = field(default_factory=dict)
    copies: list[Copy] = field(default_factory=list)

    def summary(self) -> dict[str, int]:
        """Counts of the whole build: plans, tasks, agencies, assignments, unknown agencies,
        and this run's failures."""
        kinds = {"Plan": 0, "Task": 0, "Agency": 0}
        unknown = 0
        for _, d in self.graph.nodes(data=True):
            t = d.get("type")
            if t in kinds:
                kinds[t] += 1
            if t == "Agency" and not d.get("known", True):
                unknown += 1
        assignments = sum(1 for _, _, k in self.graph.edges(keys=True) if k in ("LEADS", "SUPPORTS"))
        return {
            "plans": kinds["Plan"],
            "tasks": kinds["Task"],
            "agencies": kinds["Agency"],
            "assignments": assignments,
            "unknown_agencies": unknown,
            "failures": len(self.failures),
        }


def _problem(exc: BaseException) -> str:
    """One line for an exception: its message, or its class when it has none.

    Not ``extract._problem``: this one names the class of an exception that is no
    ``ExtractError`` (``KeyError: '渝水区'`` from a registry lookup inside resolve, as
    ``extract``'s own resolve warning does) and folds it onto one line, cut at 300 characters;
    ``extract._problem`` gives such a message bare. One helper would change the failure lines
    of one of the two commands."""
    msg = " ".join(str(exc).split())
    if not msg:
        return type(exc).__name__
    # Known library errors already read as sentences (an ExtractError's reason, without the
    # path the failure line names anyway); others get their class for context.
    from respgraph.errors import ExtractError

    if isinstance(exc, ExtractError):
        return exc.reason
    return f"{type(exc).__name__}: {msg}"[:300]


# --------------------------------------------------------------------------- stages


def extract_many(files: list[Path], workers: int | None = None, on_done: Callable[[], None] | None = None,
                 *, slim: bool = False) -> list["ExtractedPlan | Failure"]:
    """Extract each file; a failure becomes a ``Failure`` in its place (order kept).

    ``slim``: drop each document's raw text and offset map (``extract.lean``), which the build
    never reads; at 10,000 plans they are ~1.5 GB.
    """
    return list(iter_extracted(files, workers, on_done, slim=slim))


def iter_extracted(files: list[Path], workers: int | None = None, on_done: Callable[[], None] | None = None,
                   *, slim: bool = False) -> Iterator["ExtractedPlan | Failure"]:
    """``extract_many`` one file at a time, in order, each as soon as it is ready: from
    ``extract.POOL_FROM`` files on, the process pool reads the later files meanwhile."""
    from respgraph import extract as extract_mod

    for path, plan, problem in extract_mod.iter_extract(files, workers, slim=slim):
        if on_done:
            on_done()
        yield plan if plan is not None else Failure(str(path), problem or "could not be extracted")


def _resolve(plan: "ExtractedPlan", registry: Any) -> "ResolvedPlan":
    from respgraph.resolve import resolve_plan

    return resolve_plan(plan, registry)


# what the text of a plan's copy may differ in: spaces and punctuation (a PDF's wrapped lines, a
# portal's full-width blanks and quotes)
_NOT_WORD = re.compile(r"[\W_]+")


def plan_copy_key(rp: "ResolvedPlan") -> tuple | None:
    """What a file must read as to be a copy of another file's plan: the same place and, task by
    task, the same text and the same units in the same roles (a plan published as a portal page,
    a .docx and a PDF, all three in a year's folder). ``None`` for a plan no unit is named in:
    it adds nothing a copy could count twice. Two plans of one place that only share their task
    wording (a district copying the city's list) name their own bodies, so their keys differ."""
    plan = rp.plan
    units = [tuple((a.agency_id, a.role) for a in rp.assignments.get(t.task_id, ())) for t in plan.tasks]
    if not any(units):
        return None
    return plan.meta.jurisdiction, tuple(zip((_NOT_WORD.sub("", t.text) for t in plan.tasks), units))


def same_plan_title(a: str | None, b: str | None) -> bool:
    """Titles of one plan as two files give them: equal, or one ends with the other (a portal's
    page is titled 关于印发X的通知's 印发X, the attachment X), spaces and punctuation aside."""
    a, b = _NOT_WORD.sub("", a or ""), _NOT_WORD.sub("", b or "")
    return a == b or bool(a and b) and (a.endswith(b) or b.endswith(a))


def _load_registry() -> Any:
    from respgraph.registry import load_registry

    return load_registry()


# --------------------------------------------------------------------------- the build


def _files_to_read(files: list[Path], existing: Any, failures: list[Failure]) -> tuple[list[Path], dict[str, str], list[str]]:
    """The files of ``files`` this run must read, each one's sha256 (by path), and the plan ids
    of ``existing`` (the build added ``into``) whose file is there unchanged: those plans are
    skipped, not read again (the same bytes would give the same subgraph). A file that cannot be
    read is added to ``failures``."""
    old_by_hash = {p.get("sha256"): p["plan_id"] for p in existing.plans} if existing else {}
    hashes: dict[str, str] = {}
    todo: list[Path] = []
    skipped: list[str] = []
    for f in files:
        try:
            h = file_sha256(f)
        except OSError as exc:
            failures.append(Failure(str(f), f"cannot read ({exc.strerror or exc})"))
            continue
        if h in old_by_hash:
            skipped.append(old_by_hash[h])
            continue
        hashes[str(f)] = h
        todo.append(f)
    return todo, hashes, skipped


@dataclass
class _Intake:
    """What a build keeps of each plan as the plans stream in from the pool: the build's plan
    list entries (``entries``, by plan id), the plans read without a task (``no_tasks``: what
    ``extract`` says of each), the files left out as a copy of a plan read before (``copies``)
    and every file that could not be read or resolved (``failures``, shared with the caller)."""

    todo: list[Path]
    hashes: dict[str, str]
    registry: Any
    keep_copies: bool
    failures: list[Failure]
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)
    no_tasks: dict[str, str] = field(default_factory=dict)
    copies: list[Copy] = field(default_factory=list)
    #: plan_copy_key -> (title, plan id) of each plan read with that key
    read_as: dict[tuple, list[tuple[str | None, str]]] = field(default_factory=dict)

    def copy_of(self, rp: "ResolvedPlan") -> tuple[str | None, list | None]:
        """The id of the plan this run read before that ``rp`` is a copy of (or None), and the
        list to remember ``rp`` in once it is built (None: nothing to compare it by)."""
        key = None if self.keep_copies else plan_copy_key(rp)
        if key is None:
            return None, None
        seen = self.read_as.setdefault(key, [])
        title = rp.plan.meta.title
        return next((pid for other, pid in seen if same_plan_title(title, other)), None), seen

    def resolved_plans(self, workers: int | None, on_done: Callable[[], None]) -> Iterator["ResolvedPlan"]:
        """Each extracted plan resolved as it arrives from the pool, and let go of once
        yielded: the graph holds what the build keeps. Streaming lets the main process
        resolve and graph while the workers still extract (the build's wall time was
        extraction, then all of this, one after the other) and never holds every plan's
        records at once. A copy of a plan read before, or a plan id already taken, is not
        yielded (a ``Copy``, a ``Failure``)."""
        from respgraph.structure.plan_warnings import no_tasks_line, shown_warnings

        entries = self.entries
        for f, item in zip(self.todo, iter_extracted(self.todo, workers, on_done, slim=True)):
            if isinstance(item, Failure):
                self.failures.append(item)
                continue
            try:
                rp = _resolve(item, self.registry)
            except Exception as exc:
                self.failures.append(Failure(str(f), f"could not resolve agencies ({_problem(exc)})"))
                continue
            pid = item.meta.plan_id
            kept, seen = self.copy_of(rp)
            if kept is not None:
                self.copies.append(Copy(str(f), kept, entries[kept]["path"]))
                continue
            if pid in entries:
                self.failures.append(Failure(str(f), f"plan id {pid!r} is already taken by {entries[pid]['path']} in this build; rename one of the files"))
                continue
            entries[pid] = {
                "plan_id": pid,
                "path": display_path(item.meta.path or f),
                "sha256": self.hashes[str(f)],
                "title": item.meta.title,
                "tasks": len(item.tasks),
                "unknown": sorted(set(rp.unknown)),
            }
            if warned := shown_warnings(item.warnings):  # only where there is any: headers keep their shape
                entries[pid]["warnings"] = warned
            if seen is not None:
                seen.append((item.meta.title, pid))
            if not item.tasks:
                self.no_tasks[pid] = no_tasks_line(item.warnings)
            item = None  # type: ignore[assignment]
            yield rp


def _graph_into(existing: Any, rps: Iterable["ResolvedPlan"], registry: Any, old_ids: set[str]) -> "nx.MultiDiGraph":
    """The graph of ``existing`` (the build added ``into``) with ``rps`` added: a plan whose id
    it holds replaces that plan's subgraph. The places this run graphed get what all its plans
    taught the registry; the build's own places keep theirs (this registry never saw the plans
    behind them). Ends canonical, so that building part then ``--into`` the rest gives the bytes
    of building everything at once."""
    from respgraph import graph as graph_mod

    G = existing.graph
    known = {n for n, d in G.nodes(data=True) if d.get("type") == "Jurisdiction"}
    for rp in rps:
        pid = rp.plan.meta.plan_id
        if pid in old_ids:
            graph_mod.remove_plan(G, pid)
        graph_mod.add_plan(G, rp, registry)
    graph_mod.settle_jurisdictions(G, registry, [n for n, d in G.nodes(data=True) if d.get("type") == "Jurisdiction" and n not in known])
    graph_mod.settle_successors(G, registry)
    graph_mod.settle_agency_names(G)  # over the old plans' edges and the new
    return graph_mod.canonical(G, consume=True)


def run_build(
    paths: Iterable[str | os.PathLike],
    out: str | os.PathLike | None = "out",
    *,
    into: str | os.PathLike | None = None,
    workers: int | None = None,
    registry: Any = None,
    progress: bool = False,
    write: bool = True,
    recursive: bool = False,
    keep_copies: bool = False,
) -> BuildResult:
    """Extract, resolve and graph ``paths``; write the build to ``out`` (or into ``into``).

    A file that reads as a plan read before it in this run (``plan_copy_key``, and a title
    ``same_plan_title``) is left out and listed in ``copies``, so that a plan saved twice is
    counted once; ``keep_copies`` builds every file. Plans already in ``into`` are not compared.

    Raises ``store.BuildError`` when ``into`` holds no readable respgraph build. Everything
    else that goes wrong with a file is a ``Failure`` in the result.
    """
    from respgraph import store
    from respgraph.gcpolicy import keep_out_of_collections, paused_gc

    if into is not None:
        existing = store.load_build(into)
        out = into
    else:
        existing = None

    files, failures = collect_paths(paths, recursive=recursive)
    old_ids = {p["plan_id"] for p in existing.plans} if existing else set()
    todo, hashes, skipped = _files_to_read(files, existing, failures)
    if registry is None and todo:
        registry = _load_registry()
    intake = _Intake(todo, hashes, registry, keep_copies, failures)
    entries = intake.entries

    # The collector stays paused from the first plan to the last byte written (see
    # respgraph.gcpolicy), and the graph is frozen before it resumes: resuming first would
    # make its next pass walk every object the build made (2 s at 3,000 plans).
    with paused_gc():
        bar = _Progress(len(todo), enabled=progress)
        with bar:
            G, replaced, plans = _graph_of(intake.resolved_plans(workers, bar.advance), existing, registry, old_ids, entries)

        result = BuildResult(
            graph=G,
            plans=sorted(plans, key=lambda p: p["plan_id"]),
            failures=failures,
            added=sorted(pid for pid in entries if pid not in replaced),
            replaced=replaced,
            skipped=sorted(set(skipped)),
            files=len(files),
            no_tasks=intake.no_tasks,
            copies=intake.copies,
        )
        # Nothing new read: leave what is on disk alone (never replace a build by an empty one).
        if out is not None and (entries or existing is not None):
            result.out = Path(out)
            if write and entries:
                store.save_build(G, out, result.plans)
        keep_out_of_collections()
    return result


def _graph_of(resolved: Iterable["ResolvedPlan"], existing: Any, registry: Any, old_ids: set[str],
              entries: dict[str, dict]) -> tuple["nx.MultiDiGraph", list[str], list[dict]]:
    """(the graph, the ids of the plans it replaced, the plans' records) of the ``resolved`` plans:
    a new build's, or ``existing``'s with them added (a plan read again replaces its old one).
    ``entries`` fills as ``resolved`` is read: the graph is made first, the lists after it."""
    from respgraph import graph as graph_mod

    if existing is None:
        return graph_mod.build_graph(resolved, registry), [], list(entries.values())
    G = _graph_into(existing, resolved, registry, old_ids)
    replaced = sorted(pid for pid in entries if pid in old_ids)
    plans = [p for p in existing.plans if p["plan_id"] not in entries] + list(entries.values())
    return G, replaced, plans


class _Progress:
    """A rich progress bar on stderr, only for a terminal and for more than a few files."""

    def __init__(self, total: int, enabled: bool) -> None:
        import sys

        self.enabled = enabled and total >= 4 and sys.stderr.isatty()
        self.total = total
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> "_Progress":
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self._progress = Progress(TextColumn("building"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                                      console=Console(stderr=True), transient=True)
            self._progress.__enter__()
            self._task = self._progress.add_task("extract", total=self.total)
        return self

    def advance(self) -> None:
        if self._progress is not None:
            self._progress.advance(self._task)

    def __exit__(self, *exc: Any) -> None:
        if self._progress is not None:
            self._progress.__exit__(*exc)
