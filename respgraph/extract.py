"""Extract orchestration: file -> Document (read) -> ExtractedPlan (structure), and the
JSONL/CSV task records of ``respgraph extract``.

    >>> from respgraph.extract import extract_file, plan_id_for
    >>> plan_id_for("data/plans/yushui-2022-pollution-battle.txt")
    'yushui-2022-pollution-battle'
    >>> plan = extract_file("data/plans/yushui-2022-pollution-battle.txt")
    >>> plan.tasks[13].task_id, plan.tasks[13].title
    ('yushui-2022-pollution-battle:014', '持续抓好城区黑臭水体治理')
"""

from __future__ import annotations

import gc
import os
import re
import unicodedata
from array import array
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from respgraph.errors import ExtractError, ReadError  # noqa: F401 - ReadError: importable from here too
from respgraph.gcpolicy import paused_gc
from respgraph.records import ExtractedPlan, Task, clause_evidence

#: From this many files on, ``extract_files`` uses a process pool (when 2+ cores are free).
POOL_FROM = 8


def plan_id_for(path: str | Path) -> str:
    """Stable slug of the file stem: lower case, runs of other characters -> ``-``.

    >>> plan_id_for("/x/Yushui 2022 (final).txt"), plan_id_for("渝水区 实施方案.docx")
    ('yushui-2022-final', '渝水区-实施方案')
    """
    return _slug(Path(path).stem) or "plan"


def _slug(text: str) -> str:
    return _NOT_SLUG.sub("-", unicodedata.normalize("NFKC", text).lower()).strip("-")


_NOT_SLUG = re.compile(r"[^0-9a-z\u3400-\u9fff]+")


def distinct_plan_ids(paths: Iterable[str | Path]) -> dict[str, str]:
    """The plan ids of files of one run that would share one (``2022/湖南/工作要点.txt`` and
    ``2023/湖州/工作要点.txt``, a folder tree read with ``--recursive``): each is qualified by
    as few of its folders as tell them apart (``湖南-工作要点``, ``湖州-工作要点``). Only those
    files are in the result. Files no folder tells apart (``x.txt`` and ``x.docx`` side by side)
    are told apart by their formats (``x-txt``, ``x-docx``): the build leaves out a file that
    reads as a plan it has already read (one plan in two formats), so two that remain are two
    plans, and neither is refused for its name; files of one name and format in one folder
    (the same path given twice) are left as they are.

    >>> distinct_plan_ids(["a/2022/hunan/工作要点.txt", "a/2023/huzhou/工作要点.txt", "a/x.txt"])
    {'a/2022/hunan/工作要点.txt': 'hunan-工作要点', 'a/2023/huzhou/工作要点.txt': 'huzhou-工作要点'}
    >>> distinct_plan_ids(["a/x.txt", "a/x.docx"])
    {'a/x.txt': 'x-txt', 'a/x.docx': 'x-docx'}
    """
    groups: dict[str, list[str]] = {}
    for p in paths:
        groups.setdefault(plan_id_for(p), []).append(str(p))
    out: dict[str, str] = {}
    for pid, group in groups.items():
        if len(group) < 2:
            continue
        folders = [Path(p).absolute().parent.parts for p in group]
        for k in range(1, max(map(len, folders)) + 1):
            ids = [_slug("-".join((*parts[-k:], pid))) for parts in folders]
            if len(set(ids)) == len(ids):
                out.update(zip(group, ids))
                break
        else:
            ids = [_slug(f"{pid}-{Path(p).suffix.lstrip('.')}") for p in group]
            if len(set(ids)) == len(ids):
                out.update(zip(group, ids))
    return out


def _read(path: str | Path):
    from respgraph.read import read_document

    return read_document(path)


def extract_file(path: str | Path, settings: Any = None, plan_id: str | None = None) -> ExtractedPlan:
    """Read and structure one file. Raises ``ReadError`` (unreadable) or ``ExtractError``.
    ``plan_id``: the plan's id, when not its file name's (``distinct_plan_ids``).

    The garbage collector is paused while the file is read and structured (the previous
    setting is restored): the ~10,000 objects of a plan stay alive until it is returned (a
    plan leaves a handful of cyclic objects to collect), yet the collector would walk them
    every 700 allocations and, when a batch keeps its plans, walk every plan kept so far
    again and again: 15-20 % of the time of extracting 400 plans in one process.
    """
    from respgraph.structure import parse

    with paused_gc():
        return _extract_file(path, settings, parse, plan_id)


def _extract_file(path: str | Path, settings: Any, parse: Callable, plan_id: str | None = None) -> ExtractedPlan:
    doc = _read(path)
    doc.path = str(path)
    try:
        return parse(doc, plan_id or plan_id_for(path), settings)
    except RecursionError:
        raise ExtractError(path, "document structure nested too deeply") from None
    except Exception as exc:  # a bug on one odd file must not stop a batch: report it
        raise ExtractError(path, f"could not structure the text ({type(exc).__name__}: {str(exc)[:80]})") from None


def clear_caches() -> None:
    """Forget what the grammar remembers between plans (heading titles, campaign names,
    normalised mentions, read unit pieces, listed names' notes, OpenCC segments), as in a fresh
    process: for benchmarks that repeat a run.

    The caches only ever save time; results are the same with or without them.
    """
    import importlib

    from respgraph import clean
    from respgraph.grammar import units
    from respgraph.grammar.labelled import fields
    from respgraph.structure import campaigns

    headings = importlib.import_module("respgraph.structure.headings")  # the package re-exports a function of that name
    clean._SEGMENT_T2S.clear()
    units.normalise_mention.cache_clear()
    units._PIECES.clear()
    fields._NOTE_KINDS.clear()
    campaigns.campaign_name.cache_clear()
    headings._title.cache_clear()


def _problem(exc: BaseException) -> str:
    """Why a file could not be extracted, as ``on_error`` and the failure lines give it: an
    ``ExtractError``'s (or ``ReadError``'s) one-line reason, which is all ``extract_file`` raises
    save a reader's own bug. Not ``pipeline._problem``: the two read the same for those, but
    for any other exception they part (``KeyError('渝水区')``: ``'渝水区'`` here, ``KeyError:
    '渝水区'`` there; a ``UnicodeDecodeError``: its ``reason`` alone here), and the failure
    lines of ``extract`` and ``build`` were kept as they are rather than one changed."""
    return getattr(exc, "reason", None) or str(exc) or type(exc).__name__


def lean(plan: ExtractedPlan) -> ExtractedPlan:
    """Drop the document's pre-clean text and offset map, in place; returns the plan.

    They are about half of an extracted plan's memory (the offset map is one Python int per
    character) and nothing after extraction reads them: resolve, graph and store work on the
    cleaned ``Document.text`` (``Document.raw_span`` then returns spans unchanged). The
    offsets of the task, clause and mention spans are kept (``Document.kept_offsets``), so
    every assignment can still be located in the file (``Document.file_span``).
    """
    doc = plan.document
    if doc.offsets and doc.format == "txt":
        offsets = doc.file_offset_map()
        kept: set[int] = set()

        def keep(span) -> None:
            if span.start < span.end <= len(offsets):
                kept.add(span.start)
                kept.add(span.end - 1)

        for t in plan.tasks:
            for c in t.clauses:
                keep(c.span)
                for m in c.mentions:
                    keep(m.span)
                for m in c.inherit:
                    keep(m.span)
            for m in t.mentions:
                keep(m.span)
        positions = sorted(kept)
        code = "i" if len(doc.raw_text) < 2**31 else "q"
        doc.kept_offsets = (array(code, positions), array(code, [offsets[p] for p in positions]))
    doc.raw_text = ""
    doc.offsets = None
    doc.file_map = None
    return plan


def _extract_one(args: tuple[str, Any, bool, str | None]) -> tuple[str, ExtractedPlan | None, str | None]:
    path, settings, slim, plan_id = args
    try:
        plan = extract_file(path, settings, plan_id)
        return path, lean(plan) if slim else plan, None
    except Exception as exc:
        return path, None, _problem(exc)


def _extract_in_worker(args: tuple[str, Any, bool, str | None]) -> tuple[str, ExtractedPlan | None, str | None]:
    """``_extract_one`` in a pool worker: the offset map travels back as one ``array``.

    A plain list of ~10,000 ints per plan pickles int by int (a quarter of pickling a plan);
    an array pickles as one bytes block, and ``_unpack`` turns it back into the same list.
    """
    path, plan, problem = _extract_one(args)
    if plan is not None and plan.document.offsets:
        code = "i" if len(plan.document.raw_text) < 2**31 else "q"
        plan.document.offsets = array(code, plan.document.offsets)  # type: ignore[assignment]
    return path, plan, problem


def _unpack(result: tuple[str, ExtractedPlan | None, str | None]) -> tuple[str, ExtractedPlan | None, str | None]:
    plan = result[1]
    if plan is not None and isinstance(plan.document.offsets, array):
        plan.document.offsets = plan.document.offsets.tolist()
    return result


#: The format libraries ``read`` imports on first use, by file suffix.
_FORMAT_MODULES = {
    ".docx": "docx", ".doc": "olefile", ".wps": "olefile", ".pdf": "pypdf",
    ".html": "bs4", ".htm": "bs4", ".shtml": "bs4", ".mht": "bs4", ".mhtml": "bs4",
    ".xlsx": "openpyxl", ".xls": "xlrd", ".et": "xlrd",
}


# A small plan in every wording the grammar reads: extracted once in the parent before the
# pool forks, so that each worker starts with what a first extraction builds lazily (the
# ``re`` module's cache of patterns compiled on first use, OpenCC's character cache, ...).
_WARM_UP_PLAN = """关于深入打好污染防治攻坚战的实施方案
一、主要目标
到2025年，全区空气质量优良天数比例达到96%以上，细颗粒物（PM2.5）浓度控制在29.2μg/m3以内。
二、主要任务
（一）深入打好蓝天保卫战
1．加强工业污染治理。2023年底前完成钢铁企业超低排放改造。（牵头单位：区生态环境局；责任单位：区发改委、区工信局、各乡镇（街道））
2. 推进 扬尘 治理。由区住建局牵头，区城管局、区交通局配合，2022年6月底前完成。
（二）持续打好碧水保卫战
3、加强河湖治理，“十四五”期间消除黑臭水体。责任单位：区水利局（河长办）、区农业农村局等按职责分工负责，以下均需各乡镇人民政府落实，不再列出。
（1）开展入河排污口排查整治（区生态环境局牵头）。
专栏1 重点工程
①城区污水管网建设工程。
三、保障措施
加强组织领导。各地要落实主体责任。
附件：任务分工表
"""


_warmed_up = False


def _warm_up() -> None:
    global _warmed_up
    if _warmed_up:  # what it fills stays filled for the life of the process
        return
    _warmed_up = True
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / "warm-up.txt"
        f.write_text(_WARM_UP_PLAN, encoding="utf-8")
        try:
            extract_file(f)
        except Exception:  # noqa: BLE001 - a warm-up only: whatever fails here fails per file later
            pass


def _prime(paths: Iterable[str] = ()) -> None:
    """Import the reader and the grammar and fill their one-off caches, in this process.

    Called before the pool forks, so every worker starts with them (copy-on-write) instead
    of importing ~40 modules and loading OpenCC's dictionaries itself: that start-up, paid
    once per worker per call, was a third of the pool's CPU time. The format libraries
    (python-docx, pypdf, bs4) are imported only when some of ``paths`` need them.
    """
    import importlib

    from respgraph import clean, read, responsibilities, structure  # noqa: F401
    from respgraph.grammar import clauses, units  # noqa: F401

    clean._t2s()
    _warm_up()
    common = getattr(read, "_uncommon_re", None)  # the common characters and their class
    if common is not None:
        common()
    for mod in {_FORMAT_MODULES[s] for s in {Path(p).suffix.lower() for p in paths} if s in _FORMAT_MODULES}:
        try:
            importlib.import_module(mod)
        except ImportError:  # the reader says so, per file, with a clear line
            pass


def _worker_start() -> None:
    """Pool initializer: the inherited modules and caches never change, so move them out of
    the garbage collector's sight; its full passes would otherwise walk (and copy-on-write
    touch) every page the worker shares with its parent."""
    gc.freeze()


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def iter_extract(
    paths: Iterable[str | Path],
    workers: int | None = None,
    settings: Any = None,
    *,
    slim: bool = False,
) -> Iterator[tuple[str, ExtractedPlan | None, str | None]]:
    """Extract many files lazily, in input order: ``(path, plan, None)`` or ``(path, None, reason)``.

    With ``POOL_FROM`` or more files and at least two cores (``workers`` unset or > 1) the
    files go to a process pool, and each result is handed on as soon as it (and every file
    before it) is done, so the caller resolves and graphs plan *k* while the workers read
    the later ones: the build's main process no longer waits for the last file before it
    starts. If the pool breaks (a worker killed, say, by the kernel's out-of-memory killer)
    the files not yet returned are extracted here, one at a time: every file still gets
    its own verdict. ``slim=True`` yields ``lean`` plans, made lean in the worker. Files
    whose names would give them one plan id get ids qualified by their folders
    (``distinct_plan_ids``).

    >>> [(p, plan.meta.plan_id) for p, plan, _ in iter_extract(["data/plans/yushui-2022-pollution-battle.txt"])]
    [('data/plans/yushui-2022-pollution-battle.txt', 'yushui-2022-pollution-battle')]
    """
    items = [str(p) for p in paths]
    ids = distinct_plan_ids(items)
    n = workers if workers is not None else _cores()
    done = 0
    if len(items) >= POOL_FROM and n > 1:
        workers = min(n, len(items))
        # Small chunks: results come back in order, chunk by chunk, and the caller works on
        # each as it arrives; one big chunk per worker would keep it idle until the first
        # ended. 16 files (~0.2 s of work) keep the pool's per-chunk cost below 1 %.
        chunk = max(1, min(16, len(items) // (workers * 4)))
        from respgraph.procpool import ordered_map

        # The plans (~1,500 objects each) are unpickled as they arrive, so the collector stays
        # paused while the pool lives (see respgraph.gcpolicy): the caller's work between two
        # results runs paused too, and the plans go to the oldest generation unwalked when it
        # ends (paused_gc's keep). Workers fork from this process once it is primed.
        try:
            _prime(items)
            with paused_gc(keep=True):
                jobs = [(p, settings, slim, ids.get(p)) for p in items]
                for r in ordered_map(_extract_in_worker, jobs, workers, chunk, initializer=_worker_start):
                    done += 1
                    yield _unpack(r)
        except Exception:  # noqa: BLE001 - a worker killed, a result that could not come back, no fork/pipes here
            pass  # the files not yet returned, one at a time, below
    # One at a time here too with the collector paused for the whole batch, not only inside each
    # plan: resumed between plans it walked every plan the caller keeps (each ~1,000 objects that
    # hold no garbage) again and again — 8-13 % of extracting 300 synthetic plans on one core
    # (two full passes over the kept plans alone 0.24 s of 2.0 s). The caller's work between two
    # results runs paused too, as with the pool's; at the end the plans go to the oldest
    # generation unwalked (paused_gc's keep: the young pass over them was 5-7 % more).
    with paused_gc(keep=True):
        for p in items[done:]:
            yield _extract_one((p, settings, slim, ids.get(p)))


def extract_files(
    paths: Iterable[str | Path],
    workers: int | None = None,
    on_error: Callable[[str, str], None] | None = None,
    settings: Any = None,
    on_done: Callable[[], None] | None = None,
    *,
    slim: bool = False,
) -> list[ExtractedPlan]:
    """Extract many files, in input order, never stopping at a bad one.

    Every failure is reported as ``on_error(path, reason)`` and left out of the result.
    With ``POOL_FROM`` or more files and at least two cores (``workers`` unset or > 1)
    the work is spread over a process pool (``iter_extract``); the order of the result is
    the input order. ``slim=True`` returns ``lean`` plans (no raw text or offset map),
    dropped in the worker so they are not sent back either.
    """
    out: list[ExtractedPlan] = []
    for path, plan, problem in iter_extract(paths, workers, settings, slim=slim):
        if plan is None:
            if on_error:
                on_error(path, problem or "could not be extracted")
        else:
            out.append(plan)
        if on_done:
            on_done()
    return out


# --------------------------------------------------------------------------- records


def _agency_names(plan: ExtractedPlan) -> tuple[dict[tuple, str], str]:
    """Canonical names from the resolver, keyed by mention (task id, start, end); under the same
    key and ``"role"`` the role the resolver gives it (a body leading a task leads it under each
    of its names: resolve._one_role_per_body). With them, what went wrong when the resolver
    failed on this plan ("" when it did not): the records then give each mention as written,
    and say why, rather than stop the other plans of a batch."""
    from respgraph.registry import load_registry
    from respgraph.resolve import resolve_plan

    try:
        resolved = resolve_plan(plan, load_registry())
    except Exception as exc:  # noqa: BLE001 - one plan the resolver trips on must not stop a batch
        problem = " ".join(f"{type(exc).__name__}: {exc}".split())[:120]
        return {}, f"could not resolve agencies ({problem}); each agency is given as written"
    names: dict[tuple, Any] = {}
    for task_id, assignments in resolved.assignments.items():
        for a in assignments:
            key = (task_id, a.source.start, a.source.end)
            if key in names and a.mention == names[key + ("mention",)]:
                # 安居区、潼南区公安、水利部门: one mention naming a body for each field (its 公安 and
                # its 水利 departments), each assignment a record of its own
                names.setdefault(key + ("also",), []).append((a.agency, a.role, a.basis, a.renamed_from))
                continue
            names[key] = a.agency
            names[key + ("role",)] = a.role
            names[key + ("mention",)] = a.mention
            if a.renamed_from:
                names[key + ("renamed_from",)] = a.renamed_from
    for task_id, supervisors in resolved.supervisors.items():  # their names too
        for a in supervisors:
            names[(task_id, a.source.start, a.source.end)] = a.agency
    return names, ""


def _as_written(plan: ExtractedPlan) -> Callable[[Any], str]:
    """The mention in the document's own script.

    A traditional-character plan is read through its simplified form (``Document.text``);
    the mention the user sees is the original (``市發展改革委``), taken from ``raw_text``
    through the offset map when the two agree character for character.
    """
    doc = plan.document
    if getattr(doc, "script", "simplified") != "traditional" or not doc.offsets:
        return lambda m: m.text

    from respgraph.clean import to_simplified
    from respgraph.grammar.units import normalise_mention

    def written(m) -> str:
        span = doc.raw_span(m.span)
        raw = normalise_mention(doc.raw_text[span.start : span.end])
        return raw if len(raw) == len(m.text) and to_simplified(raw) == m.text else m.text

    return written


def task_to_dict(task: Task, plan: ExtractedPlan, names: dict | None = None, unresolved: str = "") -> dict:
    """One task as the JSON object of ``respgraph extract --format jsonl``.

    ``assignments[].agency`` is the resolver's canonical name (``names``, read here when not
    given), else the mention as written; ``unresolved`` says why the resolver gave none, and
    joins the record's ``plan_warnings``.
    """
    if names is None:
        names, unresolved = _agency_names(plan)
    written = _as_written(plan)
    assignments = _assignment_dicts(task, plan, written, names)
    record = {
        "plan_id": task.plan_id,
        "task_id": task.task_id,
        "number": task.number,
        # where it sits, as a user cites it (二（一）2, 附件1 · 12): its headings' markers and number
        "path": task.path,
        "title": task.title,
        "section": list(task.section),
        "campaign": task.campaign,
        "kind": task.kind,
        "text": re.sub(r"[ \t\u3000]*\n\s*", "", task.text),
        "deadlines": [{"text": d.text, "year": d.year, "month": d.month, "kind": d.kind} for d in task.deadlines],
        "targets": [
            {"text": t.text, "indicator": t.indicator, "value": t.value, "unit": t.unit, "comparator": t.comparator}
            for t in task.targets
        ],
        "flags": list(task.flags),
        "assignments": assignments,
        # clauses that looked like responsibility clauses but could not be read: kept as
        # written, so nothing in a task is silently dropped (the task has ``unparsed_clause``)
        "unparsed_clauses": [{"clause": c.raw, "problems": list(c.problems)} for c in task.clauses if not c.parsed],
    }
    supervisors = _supervisor_dicts(task, plan, written, names)
    if supervisors:  # only where a plan names them: other plans' records keep their shape
        record["supervisors"] = supervisors
    from respgraph.structure.plan_warnings import shown_warnings

    if warned := shown_warnings(plan.warnings) + [unresolved] * bool(unresolved):
        # what the plan lacks (a site's preview cut off, glyphs dropped …) on each of its tasks'
        # records, only where there is any: a record is read alone, and this one may be incomplete
        record["plan_warnings"] = warned
    return record


def _assignment_dicts(task: Task, plan: ExtractedPlan, written, names: dict) -> list[dict]:
    """The task's assignments as ``task_to_dict`` writes them: one per mention (the resolver's
    name and role, the mention as written, its clause as evidence), then one per other body the
    resolver reads the same mention as (``also``)."""
    clause_of = {}
    for c in task.clauses:
        for m in list(c.mentions) + list(c.inherit):
            a, b = m.span.start - c.span.start, m.span.end - c.span.start
            clause_of[(m.span.start, m.span.end)] = clause_evidence(c.raw, a, b)
    assignments = []
    for m in task.mentions:
        asg = {
            "agency": names.get((task.task_id, m.span.start, m.span.end), m.text),
            "mention": written(m),
            "role": names.get((task.task_id, m.span.start, m.span.end, "role"), m.role),
            "basis": m.basis,
            "portfolio": list(m.portfolio),
            "source": {
                "file": plan.meta.path,
                "start": m.span.start,
                "end": m.span.end,
                "clause": clause_of.get((m.span.start, m.span.end), ""),
            },
        }
        if renamed := names.get((task.task_id, m.span.start, m.span.end, "renamed_from")):
            # the body the name as written is, read as its successor by the plan's year (only where
            # so: other assignments keep their shape)
            asg["renamed_from"] = renamed
        assignments.append(asg)
        for agency, role, basis, renamed in names.get((task.task_id, m.span.start, m.span.end, "also"), []):
            also = {**asg, "agency": agency, "role": role, "basis": basis}
            also.pop("renamed_from", None)
            if renamed:
                also["renamed_from"] = renamed
            assignments.append(also)
    return assignments


def _supervisor_dicts(task: Task, plan: ExtractedPlan, written, names: dict) -> list[dict]:
    """The task's supervising bodies (督导单位 / 督办单位): the canonical name (as an assignment's
    ``agency``), as written, and where each stands."""
    from respgraph.responsibilities import task_supervisors

    out = []
    for m in task_supervisors(task):
        c = next((c for c in task.clauses if c.span.start <= m.span.start and m.span.end <= c.span.end), None)
        evidence = clause_evidence(c.raw, m.span.start - c.span.start, m.span.end - c.span.start) if c else ""
        source = {"file": plan.meta.path, "start": m.span.start, "end": m.span.end, "clause": evidence}
        out.append({"agency": names.get((task.task_id, m.span.start, m.span.end), m.text), "mention": written(m), "source": source})
    return out


def plan_records(plan: ExtractedPlan, on_problem: Callable[[str], None] | None = None) -> list[dict]:
    """``task_to_dict`` for every task of a plan (the resolver is consulted once). When the
    resolver fails on the plan, each record gives its mentions as written and says so in its
    ``plan_warnings``, and ``on_problem`` is told the same line."""
    names, unresolved = _agency_names(plan)
    if unresolved and on_problem:
        on_problem(unresolved)
    return [task_to_dict(t, plan, names, unresolved) for t in plan.tasks]


CSV_COLUMNS = [
    "plan_id", "task_id", "number", "path", "title", "section", "campaign", "kind", "deadlines", "targets", "flags",
    "supervisors", "agency", "mention", "role", "basis", "portfolio", "file", "start", "end", "clause", "text",
]


def csv_rows(records: list[dict]) -> list[dict]:
    """One row per assignment; a task without assignments gets one row with empty agency columns."""
    rows = []
    for r in records:
        base = {
            "plan_id": r["plan_id"], "task_id": r["task_id"], "number": r["number"], "path": r.get("path", ""), "title": r["title"],
            "section": " / ".join(r["section"]), "campaign": r["campaign"] or "", "kind": r["kind"],
            "deadlines": "；".join(d["text"] for d in r["deadlines"]),
            "targets": "；".join(t["text"] for t in r["targets"]),
            "flags": ";".join(r["flags"]), "text": r["text"],
            "supervisors": "、".join(x["mention"] for x in r.get("supervisors", ())),  # the task's, on each row
        }
        if not r["assignments"]:
            rows.append({**base, **{k: "" for k in ("agency", "mention", "role", "basis", "portfolio", "file", "start", "end", "clause")}})
        for a in r["assignments"]:
            rows.append({
                **base, "agency": a["agency"], "mention": a["mention"], "role": a["role"], "basis": a["basis"],
                "portfolio": "、".join(a["portfolio"]), "file": a["source"]["file"], "start": a["source"]["start"],
                "end": a["source"]["end"], "clause": a["source"]["clause"],
            })
    return [{k: row.get(k, "") for k in CSV_COLUMNS} for row in rows]
