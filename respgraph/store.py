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
from typing import TYPE_CHECKING, Any, Iterator

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


def dumps(data: dict[str, Any]) -> str:
    """JSON text, byte-stable: sorted keys, Chinese as-is, one node or edge per line.

    Each item is encoded on its own (by json's C encoder; ``indent`` would force the slow
    pure-Python one), so a large build stays fast to write and easy to diff.
    """
    def enc(v: Any) -> str:
        return json.dumps(v, ensure_ascii=False, sort_keys=True)

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

    enc = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode  # what json.dumps makes per call

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

    from respgraph.graph import paused_gc

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
        from respgraph.graph import agencies_frame, assignments_frame, tasks_frame

        # One table at a time, its list cells joined as it is built (no flat copy), written
        # straight to the file (pandas writes in chunks: no whole CSV text in memory).
        for name, make in (("tasks.csv", tasks_frame), ("assignments.csv", assignments_frame), ("agencies.csv", agencies_frame)):
            frame = make(G, flat=True)
            with atomic_open(out / name, "w", newline="") as f:
                frame.to_csv(f, index=False, lineterminator="\n")
            del frame
    target = out / GRAPH_FILE
    with atomic_open(target, "w", newline="") as f:
        write_graph_json(f, G, plans)
    return target


def frame_to_csv(frame: Any) -> str:
    """CSV text of a DataFrame with list cells joined by '; ' (UTF-8, '\\n' line ends)."""
    from respgraph.graph import flat_frame

    return flat_frame(frame).to_csv(index=False, lineterminator="\n")


def read_header(out_dir: str | os.PathLike) -> dict[str, Any]:
    """Load and validate only enough to return the header (still parses the whole file)."""
    return load_build(out_dir).header


def load_build(out_dir: str | os.PathLike) -> StoredBuild:
    """Read a build directory (or a ``graph.json`` path) written by ``save_build``.

    Raises ``BuildError`` with one clear line when the directory has no graph.json, when the
    file is corrupt or truncated, or when it is JSON but not a respgraph build.
    """
    p = Path(out_dir)
    path = p if p.is_file() else p / GRAPH_FILE
    if not path.exists():
        if not p.exists():
            raise BuildError(f"{p}: no such build directory (run `respgraph build` first)")
        raise BuildError(f"{path}: no graph.json here (run `respgraph build PATH --out {p}` first)")
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
    try:
        from respgraph.graph import paused_gc

        with paused_gc():
            data = json.loads(text)
    except json.JSONDecodeError as e:
        raise BuildError(f"{path}: graph.json is corrupt or truncated (invalid JSON at line {e.lineno}, column {e.colno}); rebuild it") from None
    header = data.get("respgraph") if isinstance(data, dict) else None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise BuildError(f"{path}: not a respgraph build (no respgraph header); was it written by another tool?")
    version = header.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION or version < 1:
        raise BuildError(f"{path}: unsupported respgraph build format version {version!r} (this respgraph reads {FORMAT_VERSION})")
    plans = header.get("plans")
    if not isinstance(plans, list) or not all(isinstance(x, dict) and "plan_id" in x for x in plans):
        raise BuildError(f"{path}: corrupt respgraph header (bad plan list)")
    if not isinstance(data.get("nodes"), list) or not isinstance(data.get("edges"), list):
        raise BuildError(f"{path}: corrupt graph.json (no node or edge list)")
    try:
        G = data_to_graph(data)
    except (KeyError, TypeError, AttributeError) as e:
        raise BuildError(f"{path}: corrupt graph.json (bad node or edge: {e})") from None
    return StoredBuild(graph=G, plans=plans, header=header, path=path.parent)
