"""Load a respgraph graph into Neo4j over Bolt: schema, then idempotent batched MERGEs.

* Schema first: ``cypher/schema.cypher`` (a uniqueness constraint on ``id`` for every node
  label, indexes for the lookups the query library uses). A server that rejects
  ``CREATE CONSTRAINT`` (FalkorDB, an old Neo4j) gets a logged notice and the schema step is
  skipped; plain ``CREATE INDEX FOR (n:L) ON (n.id)`` lookup indexes are tried instead so
  MERGE stays index-backed there.
* Nodes, one label at a time: ``UNWIND $rows AS row MERGE (n:Label {id: row.id}) SET n += row.props``.
* Relationships, one (type, start label, end label) at a time:
  ``UNWIND $rows AS row MATCH (a:S {id: row.src}) MATCH (b:E {id: row.dst})
  MERGE (a)-[r:TYPE {key: row.key}]->(b) SET r += row.props``.

Labels and types come only from ``respgraph.model`` (checked before they are formatted into
a query); every value is a parameter. ``id`` is the NetworkX node id (``task:p:001``), the
relationship ``key`` the edge key (= its type in the model), so the same graph loaded twice
leaves the database unchanged, and a load that stopped midway is resumed by running it again
(or, faster, with ``resume=`` the failed report, which skips the batches already done).
The rows come from ``respgraph.neo4j.rows`` (what a graph's nodes and edges become as
properties Neo4j can store).
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from respgraph.model import NODE_TYPES
from respgraph.neo4j.connect import FALKORDB_QUERY_TEXT_BYTES, escape_strings, server_unescapes_strings, spliced_bytes
# (neo4j_value / properties / node_rows / rel_rows stay importable from here, as before they moved)
from respgraph.neo4j.rows import neo4j_value, node_rows, properties, rel_rows  # noqa: F401
# (node_query / rel_query stay importable from here, as before they moved)
from respgraph.neo4j.statements import fit_long_texts, model_label, node_query, rel_query, spliced_budget
from respgraph.neo4j.sync import (DatabaseState, build_plans, clear_dropped_properties, gather_agency_props, stale_steps,
                                  warn_replaced_plans)
from respgraph.neo4j.sync import read_state as sync_state
from respgraph.plural import counted

if TYPE_CHECKING:  # pragma: no cover
    import neo4j
    import networkx as nx

log = logging.getLogger("respgraph.neo4j")

CYPHER_DIR = Path(__file__).resolve().parents[2] / "cypher"
SCHEMA_FILE = CYPHER_DIR / "schema.cypher"
DEFAULT_BATCH_SIZE = 5000
#: Steps computed from the database as it is when the load starts (deletions of stale rows):
#: a resumed load computes them again rather than skipping batches of an older list.
_RECOMPUTED = ("delete:", "update:")


def schema_statements(path: Path = SCHEMA_FILE) -> list[str]:
    """The statements of ``schema.cypher`` (``;``-separated, ``//`` comments dropped)."""
    text = "\n".join(line.split("//", 1)[0] for line in path.read_text(encoding="utf-8").splitlines())
    return [s.strip() for s in text.split(";") if s.strip()]


# ----------------------------------------------------------------------------- report


@dataclass
class LoadReport:
    """What a load did. ``batches_done``/``batches_total`` per step (``node:Task``,
    ``rel:LEADS:Agency->Task``); ``failed`` names the step and batch that could not be written."""

    schema: str = ""
    nodes: dict[str, int] = field(default_factory=dict)
    relationships: dict[str, int] = field(default_factory=dict)
    batches_done: dict[str, int] = field(default_factory=dict)
    batches_total: dict[str, int] = field(default_factory=dict)
    retries: int = 0
    seconds: float = 0.0
    assignments: int = 0
    failed: str | None = None
    #: How the rows were cut into batches; a resume cuts them the same way.
    batch_size: int = 0
    max_batch_bytes: int | None = None
    #: Stale nodes and relationships deleted (see ``sync``), by step.
    removed: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.failed is None

    @property
    def assignments_per_s(self) -> float:
        return self.assignments / self.seconds if self.seconds > 0 else 0.0

    def progress_line(self) -> str:
        done = sum(self.batches_done.values())
        total = sum(self.batches_total.values())
        return f"{done}/{counted(total, 'batch')}"

    def summary(self) -> str:
        n, r = sum(self.nodes.values()), sum(self.relationships.values())
        head = (f"loaded {counted(n, 'node')}, {counted(r, 'relationship')} ({counted(self.assignments, 'assignment')}) in {self.seconds:.2f}s, "
                f"{self.assignments_per_s:,.0f} assignments/s; schema: {self.schema}")
        if self.ok:
            return head + self._removed_line()
        steps = ", ".join(f"{k} {self.batches_done.get(k, 0)}/{t}" for k, t in self.batches_total.items())
        return f"load FAILED at {self.failed}; batches done: {steps}. Run the same load again to resume."

    def _removed_line(self) -> str:
        nodes = sum(n for k, n in self.removed.items() if k.startswith("delete:") and k.count(":") == 1)
        rels = sum(n for k, n in self.removed.items() if k.startswith("delete:") and k.count(":") > 1)
        if not (nodes or rels):
            return ""
        return f"; removed what the build no longer has: {counted(nodes, 'node')}, {counted(rels, 'relationship')}"


class LoadError(RuntimeError):
    """A batch failed after its retries; ``report`` says how far the load got."""

    def __init__(self, message: str, report: LoadReport) -> None:
        super().__init__(message)
        self.report = report


# ----------------------------------------------------------------------------- schema


def apply_schema(driver: "neo4j.Driver", database: str | None = None, path: Path = SCHEMA_FILE) -> str:
    """Run ``schema.cypher``. Returns ``"applied (N statements)"``, or ``"skipped: …"`` when the
    server rejects ``CREATE CONSTRAINT`` (not Neo4j), after creating plain id indexes there."""
    statements = schema_statements(path)
    done = 0
    for stmt in statements:
        try:
            driver.execute_query(stmt, database_=database)
            done += 1
        except Exception as e:  # noqa: BLE001
            from neo4j.exceptions import ServiceUnavailable, SessionExpired

            if isinstance(e, (ServiceUnavailable, SessionExpired)):
                raise
            if done == 0 and stmt.upper().startswith("CREATE CONSTRAINT"):
                msg = (f"server rejected CREATE CONSTRAINT ({type(e).__name__}); schema step skipped "
                       f"(not Neo4j 5?)")
                log.warning(msg)
                n = _fallback_id_indexes(driver, database)
                return f"skipped: {msg}; {n} plain id indexes"
            raise
    return f"applied ({counted(done, 'statement')})"


def _fallback_id_indexes(driver, database) -> int:
    """``CREATE INDEX FOR (n:L) ON (n.id)`` per label, for servers without constraints; an
    index that already exists is fine."""
    made = 0
    for label in NODE_TYPES:
        try:
            driver.execute_query(f"CREATE INDEX FOR (n:{model_label(label)}) ON (n.id)", database_=database)
            made += 1
        except Exception as e:  # noqa: BLE001 - 'already indexed'
            from neo4j.exceptions import ServiceUnavailable, SessionExpired

            if isinstance(e, (ServiceUnavailable, SessionExpired)):
                raise  # the server went away: not an 'already indexed'
            log.debug("id index on %s: %s", label, e)
    return made


# ----------------------------------------------------------------------------- load


_RETRYABLE_NAMES = ("ServiceUnavailable", "SessionExpired", "TransientError", "IncompleteCommit")


def _retryable(e: BaseException) -> bool:
    from neo4j.exceptions import DriverError, ServiceUnavailable, SessionExpired, TransientError

    return isinstance(e, (ServiceUnavailable, SessionExpired, TransientError, ConnectionError, OSError)) or (
        isinstance(e, DriverError) and type(e).__name__ in _RETRYABLE_NAMES)


class _Session:
    """One session for the whole load (a new session per batch costs a round trip or more),
    replaced after an error so that a retry starts on a fresh connection."""

    def __init__(self, driver, database) -> None:
        self.driver, self.database, self._s = driver, database, None

    def get(self):
        if self._s is None:
            self._s = self.driver.session(database=self.database)
        return self._s

    def reset(self) -> None:
        if self._s is not None:
            try:
                self._s.close()
            except Exception:  # noqa: BLE001 - closing a broken session may fail too
                pass
            self._s = None


def _run_batch(session: _Session, query: str, rows: list[dict], *, retries: int, backoff: float,
               report: LoadReport, escape: bool = False) -> None:
    """One batch in one auto-commit transaction (all of it or none of it is written); retried
    ``retries`` times with exponential backoff on connection/transient errors (re-running a
    MERGE batch is harmless)."""
    if escape:
        rows = escape_strings(rows)
    attempt = 0
    while True:
        try:
            session.get().run(query, rows=rows).consume()
            return
        except Exception as e:  # noqa: BLE001
            session.reset()
            if attempt >= retries or not _retryable(e):
                raise
            delay = backoff * (2 ** attempt)
            attempt += 1
            report.retries += 1
            log.warning("batch failed (%s), retry %d/%d in %.1fs", type(e).__name__, attempt, retries, delay)
            time.sleep(delay)


def _json_bytes(row) -> int:
    return len(json.dumps(row, ensure_ascii=False, default=str).encode("utf-8"))


def _batches(rows: list, size: int, max_bytes: int | None = None,
             measure: Callable[[Any], int] = _json_bytes) -> list[list]:
    """Consecutive batches of at most ``size`` rows and, with ``max_bytes``, at most that many
    bytes of parameter text: ``measure(row)`` each, plus 2 for the ``", "`` between rows and
    the brackets around them (JSON size by default; the exact text on FalkorDB). A single row
    over ``max_bytes`` is an error: no batching can send it to such a server."""
    if max_bytes is None:
        return [rows[i:i + size] for i in range(0, len(rows), size)]
    out: list[list] = []
    cur: list = []
    cur_bytes = 0
    for row in rows:
        n = measure(row) + 2
        if n > max_bytes:
            ident = row.get("id") or f"{row.get('src')} -> {row.get('dst')}"
            raise ValueError(f"{ident}: {n} bytes of properties, over this server's parameter limit "
                             f"of {max_bytes} bytes")
        if cur and (len(cur) >= size or cur_bytes + n > max_bytes):
            out.append(cur)
            cur, cur_bytes = [], 0
        cur.append(row)
        cur_bytes += n
    if cur:
        out.append(cur)
    return out


def _counted(nodes: dict[str, list[dict]], rels: dict[tuple[str, str, str], list[dict]]) -> LoadReport:
    """A new report counting what the load writes: nodes by label, relationships by type, and
    the assignments (LEADS and SUPPORTS) its speed is given in."""
    report = LoadReport()
    report.nodes = {k: len(v) for k, v in nodes.items()}
    report.relationships = {}
    for (t, _, _), rows in rels.items():
        report.relationships[t] = report.relationships.get(t, 0) + len(rows)
    report.assignments = report.relationships.get("LEADS", 0) + report.relationships.get("SUPPORTS", 0)
    return report


def _merge_steps(nodes: dict[str, list[dict]], rels: dict[tuple[str, str, str], list[dict]]):
    """The MERGE steps, nodes first (a relationship MATCHes its ends): (step, query, rows) each,
    and step -> what its rows write, ``("node", label)`` or ``("rel", type, start, end)`` (how
    FalkorDB's long texts are cut off and written apart, ``statements.fit_long_texts``)."""
    steps: list[tuple[str, str, list[dict]]] = []
    targets: dict[str, tuple] = {}
    for label, rows in nodes.items():
        steps.append((f"node:{label}", node_query(label), rows))
        targets[f"node:{label}"] = ("node", label)
    for (t, s, e), rows in rels.items():
        steps.append((f"rel:{t}:{s}->{e}", rel_query(t, s, e), rows))
        targets[f"rel:{t}:{s}->{e}"] = ("rel", t, s, e)
    return steps, targets


def _planned_batches(steps, report: LoadReport, batch_size: int, max_batch_bytes: int | None,
                     escape: bool) -> dict[str, list[list]]:
    """Each step's rows cut into batches before anything is written (so the report can say
    ``done/total`` and a resume skips the same batches); on a server that splices parameters
    into query text (``escape``) each batch's text is kept within its buffer. A row too long for
    any batch fails the load here, nothing written."""
    planned: dict[str, list[list]] = {}
    for key, query, rows in steps:
        try:
            if escape:
                planned[key] = _batches(rows, batch_size, spliced_budget(query, max_batch_bytes), spliced_bytes)
            else:
                planned[key] = _batches(rows, batch_size, max_batch_bytes)
        except ValueError as e:
            report.failed = f"{key}: {e}"
            raise LoadError(report.summary(), report) from None
        report.batches_total[key] = len(planned[key])
        report.batches_done[key] = 0
    return planned


def _schema_step(driver, database, report: LoadReport, schema: bool, resume: LoadReport | None, start: float) -> None:
    """Apply the schema (not on a resumed load: the load it resumes did), saying in ``report`` what was done."""
    if schema and resume is None:
        try:
            report.schema = apply_schema(driver, database)
        except Exception as e:  # noqa: BLE001 - one line in the report, no traceback
            report.failed = f"schema ({type(e).__name__})"
            report.seconds = time.perf_counter() - start
            raise LoadError(report.summary(), report) from None
    elif resume is not None:
        report.schema = resume.schema or "resumed"
    else:
        report.schema = "not run"


def _write_batches(session: _Session, steps, planned: dict[str, list[list]], report: LoadReport, *,
                   skip: dict[str, int], escape: bool, retries: int, backoff: float, start: float,
                   progress: bool, on_batch: Callable[[str, int], None] | None) -> None:
    """Write every batch of every step in order, counting each in ``report``; the batches a
    resumed load already wrote (``skip``) are counted, not written, except for the steps computed
    from the database as it is now (``_RECOMPUTED``). A batch failing after its retries raises
    ``LoadError`` naming it."""
    bar = _progress(progress)
    total_rows = sum(len(r) for _, _, r in steps)
    with bar:
        task = bar.add_task("loading", total=total_rows) if bar else None
        for key, query, rows in steps:
            if bar:
                bar.update(task, description=key)
            for i, batch in enumerate(planned[key]):
                if i < skip.get(key, 0) and not key.startswith(_RECOMPUTED):
                    report.batches_done[key] = i + 1
                    if bar:
                        bar.advance(task, len(batch))
                    continue
                try:
                    _run_batch(session, query, batch, retries=retries, backoff=backoff, report=report,
                               escape=escape)
                except Exception as e:  # noqa: BLE001
                    session.reset()
                    report.failed = f"{key} batch {i + 1}/{report.batches_total[key]} ({type(e).__name__})"
                    report.seconds = time.perf_counter() - start
                    raise LoadError(report.summary(), report) from None
                report.batches_done[key] = i + 1
                if key.startswith(_RECOMPUTED):
                    report.removed[key] = report.removed.get(key, 0) + len(batch)
                if bar:
                    bar.advance(task, len(batch))
                if on_batch:
                    on_batch(key, i)


def load_graph(graph: "nx.MultiDiGraph", driver: "neo4j.Driver", database: str | None = None,
               batch_size: int = DEFAULT_BATCH_SIZE, progress: bool = True, *, schema: bool = True,
               retries: int = 3, backoff: float = 0.5, resume: LoadReport | None = None,
               max_batch_bytes: int | None = None, on_batch: Callable[[str, int], None] | None = None,
               sync: bool = True, prune: bool = False) -> LoadReport:
    """Write ``graph`` into the database behind ``driver``; returns a ``LoadReport``.

    Idempotent: loading the same graph again changes nothing; a graph with more plans adds only
    the new nodes and relationships (and updates changed properties). A batch failing after
    ``retries`` raises ``LoadError`` whose ``report`` tells how many batches of each step were
    written; pass it as ``resume=`` to skip those (or just run the load again).
    ``on_batch(step, batch_index)`` is called after each batch (used by tests and progress).

    ``sync`` (default): each plan of the graph replaces what the database held for that plan
    id: its tasks, campaigns and relationships the graph no longer has are deleted after the
    load, and agencies keep the names and plans other plans gave them (``respgraph.neo4j.sync``).
    ``prune``: the database is made to hold exactly the graph's model nodes and relationships.

    ``batch_size`` rows go in one ``UNWIND`` and one auto-commit transaction, cut further at
    ``max_batch_bytes`` of parameter text when given (none by default). On a server that
    splices parameters into query text (FalkorDB 4.16) every batch is also kept within that
    server's 4,095 bytes of query text (``connect.FALKORDB_QUERY_TEXT_BYTES``).

    >>> from respgraph.neo4j.connect import driver_from_env          # doctest: +SKIP
    >>> with driver_from_env() as driver:                            # doctest: +SKIP
    ...     report = load_graph(respgraph.load("out").graph, driver, progress=False)
    ...     print(report.summary())
    loaded 487 nodes, 1208 relationships (642 assignments) in 1.66s, 387 assignments/s; schema: applied (12 statements)
    >>> try:                                                          # doctest: +SKIP
    ...     load_graph(graph, driver)
    ... except LoadError as e:              # e.g. the server went away after its retries
    ...     load_graph(graph, driver, resume=e.report)   # skips the batches already written
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    nodes = node_rows(graph)
    rels = rel_rows(graph)
    report = _counted(nodes, rels)
    steps, targets = _merge_steps(nodes, rels)
    skip = dict(resume.batches_done) if resume is not None else {}
    if resume is not None and resume.batch_size:
        # The skipped batches must be the ones that were written: cut the rows as before.
        batch_size, max_batch_bytes = resume.batch_size, resume.max_batch_bytes

    start = time.perf_counter()
    escape, db = _server_state(driver, database, sync or prune, report)
    if db is not None:
        # after the MERGEs: a load that fails midway has deleted nothing
        steps += _synced_rows_and_stale_steps(graph, nodes, rels, db, prune)
    if escape:
        # FalkorDB splices parameters into query text: quotes and backslashes must be escaped,
        # and the whole text must fit its 4,096-byte buffer (see connect.py).
        log.warning("server unescapes string parameters (FalkorDB?): escaping them and keeping "
                    "each batch's query text within %d bytes", FALKORDB_QUERY_TEXT_BYTES)
    report.batch_size, report.max_batch_bytes = batch_size, max_batch_bytes
    if escape:
        steps = fit_long_texts(steps, targets, max_batch_bytes)
    planned = _planned_batches(steps, report, batch_size, max_batch_bytes, escape)
    _schema_step(driver, database, report, schema, resume, start)

    session = _Session(driver, database)
    try:
        _write_batches(session, steps, planned, report, skip=skip, escape=escape, retries=retries, backoff=backoff,
                       start=start, progress=progress, on_batch=on_batch)
    finally:
        session.reset()
    report.seconds = time.perf_counter() - start
    log.info(report.summary())
    return report


def _server_state(driver: "neo4j.Driver", database: str | None, synced: bool, report: LoadReport) -> tuple[bool, DatabaseState | None]:
    """Whether the server splices parameters into query text (their strings must be escaped), and
    what it holds of the graph's plans when the load syncs or prunes (else None); a server that does
    not answer fails the load with a ``LoadError`` whose report says so."""
    try:
        escape = server_unescapes_strings(driver, database)
        return escape, (sync_state(driver, database) if synced else None)
    except Exception as e:  # noqa: BLE001 - the server is not there: say so in the report
        report.failed = f"connection check ({type(e).__name__})"
        raise LoadError(report.summary(), report) from None


def _synced_rows_and_stale_steps(graph: "nx.MultiDiGraph", nodes: dict[str, list[dict]], rels: dict[tuple, list[dict]], db: DatabaseState,
                                 prune: bool) -> list[tuple[str, str, list]]:
    """Rows made to replace what the database ``db`` holds of each plan of the graph (an agency's
    names and plans from other plans kept, properties the graph dropped cleared; with ``prune``, of
    the whole database), and the steps deleting what the graph no longer has."""
    plans = None if prune else build_plans(graph)
    if plans is not None:
        gather_agency_props(nodes.get("Agency", []), db, plans)
    clear_dropped_properties(nodes, rels, db, plans)
    warn_replaced_plans(db, graph)
    return stale_steps(graph, db, prune=prune)


class _NoBar:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False

    def __bool__(self):
        return False


def _progress(enabled: bool):
    if not enabled:
        return _NoBar()
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from rich.console import Console

    return Progress(TextColumn("{task.description:<32}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=Console(stderr=True), transient=False)


# ----------------------------------------------------------------------------- inspection


def database_counts(driver: "neo4j.Driver", database: str | None = None) -> dict[str, dict[str, int]]:
    """``{"nodes": {label: n}, "relationships": {type: n}}`` of what is in the database."""
    nodes: dict[str, int] = {}
    recs, _, _ = driver.execute_query("MATCH (n) RETURN labels(n) AS labels, count(*) AS c", database_=database)
    for r in recs:
        key = ":".join(sorted(r["labels"]))
        nodes[key] = nodes.get(key, 0) + r["c"]
    recs, _, _ = driver.execute_query("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c", database_=database)
    rels = {r["t"]: r["c"] for r in recs}
    return {"nodes": dict(sorted(nodes.items())), "relationships": dict(sorted(rels.items()))}


def database_checksum(driver: "neo4j.Driver", database: str | None = None) -> str:
    """A SHA-256 over every node (labels, properties) and relationship (ends, type, properties),
    independent of storage order: equal checksums mean equal graph contents."""
    import hashlib

    def canon(x) -> str:
        return json.dumps(x, ensure_ascii=False, sort_keys=True, default=str)

    items = []
    recs, _, _ = driver.execute_query("MATCH (n) RETURN labels(n) AS l, properties(n) AS p", database_=database)
    items += sorted(canon(["N", sorted(r["l"]), r["p"]]) for r in recs)
    recs, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p", database_=database)
    items += sorted(canon(["R", r["a"], r["t"], r["b"], r["p"]]) for r in recs)
    h = hashlib.sha256()
    for it in items:
        h.update(it.encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()
