"""The embedded store: a build directory holding ``graph.json`` and CSV tables.

``graph.json`` is node-link JSON (``nodes`` with ``id``; ``edges`` with ``source``,
``target``, ``key``) with a ``respgraph`` header::

    {"respgraph": {"format": "respgraph-build", "format_version": 1, "version": "0.1.0",
                   "plans": [{"plan_id": ..., "path": ..., "sha256": ..., "title": ...,
                              "tasks": 12, "unknown": [...]}, ...]},
     "directed": true, "multigraph": true, "graph": {}, "nodes": [...], "edges": [...]}

Nodes and edges are sorted and keys are sorted, with no timestamps, so the same plans
always give the same bytes. Every file is written atomically (a temporary file in the same
directory, then ``os.replace``): an interrupted build leaves the previous ``graph.json``
whole, never half of a new one. ``graph.json`` is written last, after the tables.

>>> import tempfile, networkx as nx
>>> G = nx.MultiDiGraph(); G.add_node("plan:p", type="Plan", plan_id="p")
>>> d = tempfile.mkdtemp()
>>> _ = save_build(G, d, plans=[{"plan_id": "p", "path": "p.txt", "sha256": "00"}])
>>> load_build(d).plan_ids
['p']
"""

from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

FORMAT = "respgraph-build"
FORMAT_VERSION = 1
GRAPH_FILE = "graph.json"
TABLE_FILES = ("tasks.csv", "assignments.csv", "agencies.csv")


class BuildError(Exception):
    """A build directory that cannot be read: missing, corrupt or not a respgraph build.

    ``str(err)`` is one line naming the file and the problem.
    """


@dataclass
class StoredBuild:
    """What ``load_build`` returns: the graph and the header's plan list."""

    graph: "nx.MultiDiGraph"
    plans: list[dict[str, Any]] = field(default_factory=list)
    header: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None

    @property
    def plan_ids(self) -> list[str]:
        return sorted(p["plan_id"] for p in self.plans)


# --------------------------------------------------------------------------- atomic writes


@contextmanager
def atomic_open(path: str | os.PathLike, mode: str = "w", encoding: str | None = "utf-8", newline: str | None = None) -> Iterator[Any]:
    """Open a temporary file beside ``path``; on success it replaces ``path`` atomically.

    On an exception (or an interrupt) the temporary file is removed and ``path`` is untouched.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual permissions
        if "b" in mode:
            f = os.fdopen(fd, mode)
        else:
            f = os.fdopen(fd, mode, encoding=encoding, newline=newline)
        with f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write_text(path: str | os.PathLike, text: str) -> None:
    with atomic_open(path, "w", newline="") as f:
        f.write(text)


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    with atomic_open(path, "wb", encoding=None) as f:
        f.write(data)


# --------------------------------------------------------------------------- node-link JSON


def graph_to_data(G: "nx.MultiDiGraph", plans: list[dict[str, Any]]) -> dict[str, Any]:
    """The node-link dict of ``G`` with the respgraph header; nodes and edges sorted."""
    from respgraph import __version__

    nodes = [{"id": n, **G.nodes[n]} for n in sorted(G.nodes)]
    edges = [
        {"source": u, "target": v, "key": k, **d}
        for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
    ]
    header = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "version": __version__,
        "plans": sorted(plans, key=lambda p: p["plan_id"]),
    }
    return {"respgraph": header, "directed": True, "multigraph": True, "graph": dict(G.graph), "nodes": nodes, "edges": edges}


def _item_encoder() -> Callable[[Any], str]:
    """``json.dumps(v, ensure_ascii=False, sort_keys=True)``, for encoding many values.

    ``json.dumps`` builds a new C encoder for every call; a build encodes one per node and
    edge (1.9 M at 10,000 plans), and building it was a quarter of the encoding time. The
    circular-reference check is off: graph attributes are plain JSON values, never a
    container holding itself. Without json's C accelerator, ``json.dumps`` itself.

    >>> _item_encoder()({"b": [1.5, None], "a": "牵头"})
    '{"a": "牵头", "b": [1.5, null]}'
    """
    from json import encoder as json_encoder

    base = json.JSONEncoder(ensure_ascii=False, sort_keys=True)
    make = getattr(json_encoder, "c_make_encoder", None)
    if make is None:  # pragma: no cover - CPython always has it
        return base.encode
    c_encode = make(None, base.default, json_encoder.encode_basestring, None, base.key_separator,
                    base.item_separator, True, False, True)
    join = "".join
    return lambda v: join(c_encode(v, 0))


def dumps(data: dict[str, Any]) -> str:
    """JSON text, byte-stable: sorted keys, Chinese as-is, one node or edge per line.

    Each item is encoded on its own (by json's C encoder; ``indent`` would force the slow
    pure-Python one), so a large build stays fast to write and easy to diff.
    """
    enc = _item_encoder()
    parts = ["{"]
    keys = sorted(data)
    for i, k in enumerate(keys):
        v = data[k]
        end = "," if i < len(keys) - 1 else ""
        if isinstance(v, list) and k in ("nodes", "edges"):
            parts.append(f" {enc(k)}: [")
            parts.append(",\n".join("  " + enc(item) for item in v))
            parts.append(f" ]{end}")
        else:
            parts.append(f" {enc(k)}: {enc(v)}{end}")
    parts.append("}")
    return "\n".join(parts) + "\n"


def write_graph_json(f: Any, G: "nx.MultiDiGraph", plans: list[dict[str, Any]]) -> None:
    """Write ``dumps(graph_to_data(G, plans))`` to the text file ``f`` one item at a time.

    The same bytes, without the whole text and a copy of every attribute dict in memory at
    once: at 10,000 plans (1.5 GB of JSON) that was the build's peak, about 12 GB.
    """
    from respgraph import __version__

    enc = _item_encoder()

    # networkx's own dicts, read directly: its edge views cost more than the encoding. A
    # canonical graph is already in this order; sorting sorted lists is a linear pass.
    node, succ = G._node, G._succ

    def nodes() -> Iterator[dict[str, Any]]:
        for n in sorted(node):
            yield {"id": n, **node[n]}

    def edges() -> Iterator[dict[str, Any]]:
        # (u, v, key) order, the same as sorting every edge's triple
        for u in sorted(succ):
            nbrs = succ[u]
            for v in sorted(nbrs) if len(nbrs) > 1 else nbrs:
                keydict = nbrs[v]
                for k in sorted(keydict) if len(keydict) > 1 else keydict:
                    yield {"source": u, "target": v, "key": k, **keydict[k]}

    header = {"format": FORMAT, "format_version": FORMAT_VERSION, "version": __version__,
              "plans": sorted(plans, key=lambda p: p["plan_id"])}
    data: dict[str, Any] = {"respgraph": header, "directed": True, "multigraph": True, "graph": dict(G.graph),
                            "nodes": nodes, "edges": edges}
    keys = sorted(data)
    f.write("{")
    for i, k in enumerate(keys):
        end = "," if i < len(keys) - 1 else ""
        f.write("\n")
        if k in ("nodes", "edges"):
            f.write(f" {enc(k)}: [\n")
            sep, batch = "  ", []  # items joined in batches: one write per 2,000 items
            for item in data[k]():
                batch.append(enc(item))
                if len(batch) >= 2000:
                    f.write(sep + ",\n  ".join(batch))
                    sep, batch = ",\n  ", []
            if batch:
                f.write(sep + ",\n  ".join(batch))
            f.write(f"\n ]{end}")
        else:
            f.write(f" {enc(k)}: {enc(data[k])}{end}")
    f.write("\n}\n")


def data_to_graph(data: dict[str, Any]) -> "nx.MultiDiGraph":
    import networkx as nx

    from respgraph.gcpolicy import paused_gc

    G = nx.MultiDiGraph()
    G.graph.update(data.get("graph") or {})
    with paused_gc():
        G.add_nodes_from((n.pop("id"), n) for n in data["nodes"])
        G.add_edges_from((e.pop("source"), e.pop("target"), e.pop("key"), e) for e in data["edges"])
    return G


# --------------------------------------------------------------------------- save / load


def save_build(G: "nx.MultiDiGraph", out_dir: str | os.PathLike, plans: list[dict[str, Any]], *, tables: bool = True) -> Path:
    """Write ``graph.json`` (and, with ``tables``, tasks/assignments/agencies CSV) into ``out_dir``.

    Returns the path of ``graph.json``.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    if tables:
        from respgraph.graph import AGENCY_COLUMNS, ASSIGNMENT_COLUMNS, TASK_COLUMNS, agency_columns, assignment_columns, task_columns

        # One table at a time, its list cells joined as it is built, written by the csv module
        # straight to the file: no DataFrame, no flat copy, no whole CSV text in memory.
        for name, make, names in (("tasks.csv", task_columns, TASK_COLUMNS),
                                  ("assignments.csv", assignment_columns, ASSIGNMENT_COLUMNS),
                                  ("agencies.csv", agency_columns, AGENCY_COLUMNS)):
            columns = make(G, flat=True)
            with atomic_open(out / name, "w", newline="") as f:
                write_csv(f, names, [columns[c] for c in names])
            del columns
    target = out / GRAPH_FILE
    with atomic_open(target, "w", newline="") as f:
        write_graph_json(f, G, plans)
    return target


def write_csv(f: Any, names: list[str], columns: list[Any]) -> None:
    """Write columns (sequences of cells, lists already joined) as ``frame_to_csv`` of their
    DataFrame would: the same bytes, without pandas.

    pandas' rules, which the csv module shares for the rest: None and NaN are empty cells,
    other values are ``str(v)``; a column of only integers and None is float64 in pandas, so
    its integers read 12.0 (as do the float columns).

    >>> import io; f = io.StringIO()
    >>> write_csv(f, ["a", "b", "c"], [[1, None], [1, 2], ["x, y", True]])
    >>> f.getvalue()
    'a,b,c\\n1.0,1,"x, y"\\n,2,True\\n'
    """
    import csv

    out = []
    for col in columns:
        kinds = set(map(type, col))
        if float in kinds or (int in kinds and type(None) in kinds):
            if kinds <= {int, float, type(None)}:
                col = [None if v is None or v != v else float(v) for v in col]
            else:  # an object column: str() of each number, NaN empty
                col = [None if v.__class__ is float and v != v else v for v in col]
        out.append(col)
    writer = csv.writer(f, lineterminator="\n")
    writer.writerow(names)
    writer.writerows(zip(*out))


def frame_to_csv(frame: Any) -> str:
    """CSV text of a DataFrame with list cells joined by '; ' (UTF-8, '\\n' line ends)."""
    from respgraph.graph import flat_frame

    return flat_frame(frame).to_csv(index=False, lineterminator="\n")


def read_header(out_dir: str | os.PathLike) -> dict[str, Any]:
    """Load and validate only enough to return the header (still parses the whole file)."""
    return load_build(out_dir).header


def _not_a_build(p: Path, path: Path) -> str:
    """The line for a directory without graph.json: what it is, and what to give instead."""
    from respgraph.inputs import is_plan_file

    if (p.parent / GRAPH_FILE).exists() and p.resolve() != Path.cwd().resolve():
        # out/report, out/views, out/neo4j-import: a folder respgraph wrote inside a build
        # (was: out/report's pages taken for plans, "run `respgraph build out/report`")
        return f"{p}: a folder inside the build {p.parent}, not a build: give `{p.parent}`"
    if p.is_dir() and any(is_plan_file(c) for c in p.iterdir()):  # plans given for a build
        return f"{p}: a folder of plans, not a build: run `respgraph build {p} --out out`, then give `out`"
    if p.is_dir():
        folders = sorted(c.name for c in p.iterdir() if c.is_dir() and not c.name.startswith(".")
                         and any(is_plan_file(x) for x in c.iterdir()))
        if folders:  # data/ (its plans/), or plans kept by year (plans/2023/…)
            shown = ", ".join(folders[:5]) + (f" +{len(folders) - 5} more" if len(folders) > 5 else "")
            return (f"{p}: no graph.json here, and its subfolders ({shown}) hold plans: run "
                    f"`respgraph build {p} --recursive --out out`, then give `out`")
    return f"{path}: no graph.json here (run `respgraph build PATH --out {p}` first)"


def load_build(out_dir: str | os.PathLike) -> StoredBuild:
    """Read a build directory (or a ``graph.json`` path) written by ``save_build``.

    Raises ``BuildError`` with one clear line when the directory has no graph.json, when the
    file is corrupt or truncated, or when it is JSON but not a respgraph build.
    """
    p = Path(out_dir)
    path = p if p.is_file() else p / GRAPH_FILE
    if p.is_file() and p.name != GRAPH_FILE:
        from respgraph.inputs import is_plan_file

        if is_plan_file(p):  # a plan given for a build (was: "graph.json is corrupt or truncated")
            raise BuildError(f"{p}: a plan file, not a build: run `respgraph build {p} --out out`, then give `out`")
        if p.suffix.lower() != ".json":  # README.md, report.html: no build's file, whatever it holds
            raise BuildError(f"{p}: not a build: give the build directory (the one holding {GRAPH_FILE}, written by `respgraph build --out`)")
    if not path.exists():
        if not p.exists():
            from respgraph.errors import close_path

            hint = close_path(p, lambda c: (c / GRAPH_FILE).is_file())  # a build beside it: out for ou
            raise BuildError(f"{p}: no such build directory" + (hint or " (run `respgraph build` first)"))
        raise BuildError(_not_a_build(p, path))
    from respgraph.gcpolicy import keep_out_of_collections, paused_gc

    try:
        with paused_gc():
            streamed = _load_lines(path)
    except OSError as e:
        raise BuildError(f"{path}: cannot read graph.json ({e.strerror or e})") from None
    if streamed is not None:
        data, G = streamed
        header, plans = _check_header(path, data)
        keep_out_of_collections()  # long-lived and acyclic: see respgraph.gcpolicy
        return StoredBuild(graph=G, plans=plans, header=header, path=path.parent)
    return _load_whole(path)


def _load_whole(path: Path) -> StoredBuild:
    """A graph.json not laid out as save_build writes it (or damaged), parsed whole: slower and
    holding the text and its parse at once, but json says where a corrupt or truncated file
    goes wrong, and each way it can be wrong is a ``BuildError`` of one line."""
    from respgraph.gcpolicy import paused_gc

    try:
        raw = path.read_bytes()
    except OSError as e:
        raise BuildError(f"{path}: cannot read graph.json ({e.strerror or e})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        # A build cut inside its last character (an interrupted copy) is truncated, not foreign.
        if e.start >= len(raw) - 3 and e.reason == "unexpected end of data":
            raise BuildError(f"{path}: graph.json is corrupt or truncated (cut inside a character at byte {e.start}); rebuild it") from None
        raise BuildError(f"{path}: not a respgraph build (graph.json is not UTF-8 text)") from None
    del raw
    try:
        with paused_gc():
            data = json.loads(text)
    except json.JSONDecodeError as e:
        raise BuildError(f"{path}: graph.json is corrupt or truncated (invalid JSON at line {e.lineno}, column {e.colno}); rebuild it") from None
    del text
    header, plans = _check_header(path, data)
    if not isinstance(data.get("nodes"), list) or not isinstance(data.get("edges"), list):
        raise BuildError(f"{path}: corrupt graph.json (no node or edge list)")
    try:
        G = data_to_graph(data)
    except (KeyError, TypeError, AttributeError) as e:
        raise BuildError(f"{path}: corrupt graph.json (bad node or edge: {e})") from None
    return StoredBuild(graph=G, plans=plans, header=header, path=path.parent)


def _check_header(path: Path, data: Any) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The header and its plan list, or a ``BuildError`` saying what is wrong with them."""
    header = data.get("respgraph") if isinstance(data, dict) else None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise BuildError(f"{path}: not a respgraph build (no respgraph header); was it written by another tool?")
    version = header.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION or version < 1:
        raise BuildError(f"{path}: unsupported respgraph build format version {version!r} (this respgraph reads {FORMAT_VERSION})")
    plans = header.get("plans")
    if not isinstance(plans, list) or not all(isinstance(x, dict) and "plan_id" in x for x in plans):
        raise BuildError(f"{path}: corrupt respgraph header (bad plan list)")
    return header, plans


#: Edge and node attributes whose values repeat (types, roles, ids, the clause shared by a
#: task's agencies): read once per distinct value instead of once per edge. A loaded
#: 10,000-plan graph held a separate copy of each, gigabytes in all.
_SHARED_EDGE = ("type", "role", "basis", "file", "plan_id", "task_id", "agency_id", "mention", "clause")
_SHARED_NODE = ("type", "plan_id", "kind", "jurisdiction", "campaign", "level")
_BATCH = 2000


class _NotLines(Exception):
    """graph.json is not in the one-item-per-line layout of ``write_graph_json``."""


def _load_lines(path: Path) -> "tuple[dict[str, Any], nx.MultiDiGraph] | None":
    """Read a graph.json in ``write_graph_json``'s layout (one node or edge per line) into a
    graph without holding the file's bytes, its text and a parsed copy at once.

    Items are parsed 2,000 lines at a time and go straight into networkx's dicts in file
    order, which gives the same graph as ``data_to_graph`` of the whole parse (nodes in the
    order of the node list, adjacency in edge order). Returns the top-level values other
    than the two lists, and the graph; None when the file is laid out differently or does
    not parse (the caller then reads it whole, and reports what is wrong).
    """
    try:
        return _read_lines(path)
    except (_NotLines, ValueError, KeyError, TypeError, AttributeError):
        return None


class _GraphParts:
    """The dicts of a ``nx.MultiDiGraph`` filled item by item as graph.json's lines are read,
    the way networkx would fill them (nodes in node-list order, adjacency in edge order), but
    without its per-item checks and with each repeated value (``_SHARED_EDGE`` /
    ``_SHARED_NODE``, node ids) held once. An item networkx would treat by its own rules (a
    null id or key) raises ``_NotLines``: the caller then reads the file through networkx."""

    def __init__(self) -> None:
        self.node: dict[Any, dict] = {}
        self.succ: dict[Any, dict] = {}
        self.pred: dict[Any, dict] = {}
        self.met: dict[Any, None] = {}  # nodes in the order edges first name them (u before v)
        self.memo: dict[Any, Any] = {}

    def add_edges(self, items: list) -> None:
        share = self.memo.setdefault
        succ, pred, met = self.succ, self.pred, self.met
        for e in items:
            u = e.pop("source")
            u = share(u, u)
            v = e.pop("target")
            v = share(v, v)
            k = e.pop("key")
            if u is None or v is None or k is None:
                raise _NotLines  # networkx's own rules (errors, new keys) apply
            for f in _SHARED_EDGE:
                x = e.get(f)
                if x.__class__ is str:
                    e[f] = share(x, x)
            su = succ.get(u)
            if su is None:
                su = succ[u] = {}
                pred[u] = {}
                met[u] = None
            if v not in succ:
                succ[v] = {}
                pred[v] = {}
                met[v] = None
            keydict = su.get(v)
            if keydict is None:
                keydict = su[v] = {}
                pred[v][u] = keydict
            old = keydict.get(k)
            if old is None:
                keydict[k] = e
            else:
                old.update(e)

    def add_nodes(self, items: list) -> None:
        share = self.memo.setdefault
        node = self.node
        for d in items:
            n = d.pop("id")
            if n is None:
                raise _NotLines
            n = share(n, n)
            for f in _SHARED_NODE:
                x = d.get(f)
                if x.__class__ is str:
                    d[f] = share(x, x)
            old = node.get(n)
            if old is None:
                node[n] = d
            else:
                old.update(d)

    def graph(self, graph_attrs: dict | None) -> "nx.MultiDiGraph":
        """The graph of what was added: the node list's nodes first, then those only edges name."""
        import networkx as nx

        node, succ, pred = self.node, self.succ, self.pred
        order = list(node) + [n for n in self.met if n not in node]
        G = nx.MultiDiGraph()
        G.graph.update(graph_attrs or {})
        G._node = {n: node.get(n) or {} for n in order}
        # networkx's setters: _adj is also _succ; cached views are reset
        G._adj = {n: succ.get(n) or {} for n in order}
        G._pred = {n: pred.get(n) or {} for n in order}
        return G


def _scan_layout(f: Any, add_nodes: Callable[[list], None], add_edges: Callable[[list], None]) -> dict[str, Any]:
    """Walk an open graph.json in ``write_graph_json``'s layout: ``{``, then one top-level
    value a line, the node and edge lists one item a line, ``}``. The lists' items go to
    ``add_nodes`` / ``add_edges`` parsed ``_BATCH`` lines at a time; returns the other top-level
    values. Any other layout (a list twice, a line after the closing brace, a file ending
    inside a list) raises ``_NotLines``."""
    top: dict[str, Any] = {}
    lists = {"nodes": False, "edges": False}
    if f.readline() != b"{\n":
        raise _NotLines
    closed = False
    for line in f:
        if closed:
            raise _NotLines  # anything after the closing brace
        if line == b"}\n":
            closed = True
            continue
        if not line.startswith(b' "'):
            raise _NotLines
        body = line.rstrip(b"\n").rstrip(b",")
        if body in (b' "nodes": [', b' "edges": ['):
            name = body[2:7].decode()
            if lists[name]:
                raise _NotLines
            lists[name] = True
            add = add_nodes if name == "nodes" else add_edges
            batch: list[bytes] = []
            for item in f:
                if item.startswith(b"  {"):
                    batch.append(item.rstrip(b"\n").rstrip(b","))
                    if len(batch) >= _BATCH:
                        add(json.loads(b"[" + b",".join(batch) + b"]"))
                        batch = []
                elif item in (b" ]\n", b" ],\n"):
                    break
                elif item != b"\n":
                    raise _NotLines
            else:
                raise _NotLines  # the file ends inside the list
            if batch:
                add(json.loads(b"[" + b",".join(batch) + b"]"))
            continue
        one = json.loads(b"{" + body + b"}")
        if not isinstance(one, dict) or len(one) != 1 or set(one) & set(top) or set(one) & set(lists):
            raise _NotLines
        top.update(one)
    if not closed or not all(lists.values()):
        raise _NotLines
    return top


def _read_lines(path: Path) -> "tuple[dict[str, Any], nx.MultiDiGraph]":
    """``_load_lines`` without its fallback: the layout walked by ``_scan_layout``, the items
    gathered into a graph by ``_GraphParts``."""
    parts = _GraphParts()
    with open(path, "rb") as f:
        top = _scan_layout(f, parts.add_nodes, parts.add_edges)
    return top, parts.graph(top.get("graph"))
