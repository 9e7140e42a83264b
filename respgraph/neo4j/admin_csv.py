"""CSV files for ``neo4j-admin database import full`` (the fast offline bulk import).

One node file per label (``nodes_Task.csv``) and one relationship file per type
(``rels_LEADS.csv``). Headers follow the import tool's format::

    id:ID,:LABEL,task_id,plan_id,seq:int,flags:string[],...
    :START_ID,:END_ID,:TYPE,key,basis,portfolio:string[],...

Node ids are the graph's node ids (``task:p:001``), unique across labels, so one global id
space is used; ``id:ID`` also stores them as the ``id`` property, which is what
``cypher/schema.cypher`` constrains and the Bolt loader merges on — both paths give the same
database. Arrays use ``;`` as delimiter (an item containing ``;`` has it replaced by the
full-width ``；``, since the import format cannot escape it). Rows are sorted and columns
ordered, so the same graph always gives byte-identical files.

>>> import networkx as nx, tempfile
>>> g = nx.MultiDiGraph()
>>> g.add_node("task:p:001", type="Task", task_id="p:001", seq=1, flags=["a", "b"])
>>> r = export_admin_csv(g, tempfile.mkdtemp())
>>> print(open(r.files[0], encoding="utf-8").read().strip())
id:ID,:LABEL,flags:string[],seq:int,task_id
task:p:001,Task,a;b,1,p:001
"""

from __future__ import annotations

import csv
import io
import shlex
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from respgraph.neo4j.rows import node_rows, rel_rows

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

ARRAY_DELIMITER = ";"


@dataclass
class AdminCsvExport:
    out: Path
    files: list[Path] = field(default_factory=list)
    node_files: list[Path] = field(default_factory=list)
    rel_files: list[Path] = field(default_factory=list)
    command: str = ""


def _scalar_type(v: Any) -> str:
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int):
        return "long"
    if isinstance(v, float):
        return "double"
    return "string"


def _column_types(rows: list[dict]) -> dict[str, str]:
    """Property name -> import type (``int``, ``float``, ``boolean``, ``string``, ``string[]`` …),
    chosen over all rows so one column has one type (mixed numbers become float, anything
    mixed with text becomes string)."""
    seen: dict[str, set[str]] = {}
    for r in rows:
        for k, v in r["props"].items():
            kinds = seen.setdefault(k, set())
            if isinstance(v, list):
                kinds.add("array")
                kinds.update(f"[]{_scalar_type(x)}" for x in v)
            else:
                kinds.add(_scalar_type(v))
    out = {}
    for k, kinds in seen.items():
        if "array" in kinds:
            items = {x[2:] for x in kinds if x.startswith("[]")}
            out[k] = _merge(items) + "[]"
        else:
            out[k] = _merge(kinds)
    return dict(sorted(out.items()))


def _merge(kinds: set[str]) -> str:
    if kinds == {"long"}:
        return "int"
    if kinds and kinds <= {"long", "double"}:
        return "float"
    if kinds == {"boolean"}:
        return "boolean"
    return "string"


def _cell(v: Any, typ: str) -> str:
    if v is None:
        return ""
    if typ.endswith("[]"):
        items = v if isinstance(v, list) else [v]
        return ARRAY_DELIMITER.join(_cell(x, typ[:-2]).replace(ARRAY_DELIMITER, "；") for x in items)
    if typ == "boolean":
        return "true" if v else "false"
    if typ == "float":
        return repr(float(v))
    return str(v)


def _header(name: str, typ: str) -> str:
    return name if typ == "string" else f"{name}:{typ}"


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    w.writerows(rows)
    _write_text(path, buf.getvalue())


def _write_text(path: Path, text: str) -> None:
    # temporary file, then rename: an interrupted export never leaves a half file that
    # neo4j-admin would import as if it were whole
    from respgraph.store import atomic_open

    with atomic_open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def export_admin_csv(graph: "nx.MultiDiGraph", out: str | Path, *, database: str = "neo4j") -> AdminCsvExport:
    """Write the import files into ``out`` (created) and return them with the import command
    (also written to ``out/import.sh``)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    result = AdminCsvExport(out)
    for label, rows in node_rows(graph).items():
        types = _column_types(rows)
        header = ["id:ID", ":LABEL"] + [_header(k, t) for k, t in types.items()]
        body = [[r["id"], label] + [_cell(r["props"].get(k), t) for k, t in types.items()] for r in rows]
        path = out / f"nodes_{label}.csv"
        _write(path, header, body)
        result.node_files.append(path)
    by_type: dict[str, list[dict]] = {}
    for (rtype, _, _), rows in rel_rows(graph).items():
        by_type.setdefault(rtype, []).extend(rows)
    for rtype, rows in by_type.items():
        rows = sorted(rows, key=lambda r: (r["src"], r["dst"], r["key"]))
        types = _column_types(rows)
        types.pop("key", None)
        header = [":START_ID", ":END_ID", ":TYPE", "key"] + [_header(k, t) for k, t in types.items()]
        body = [[r["src"], r["dst"], rtype, r["key"]] + [_cell(r["props"].get(k), t) for k, t in types.items()]
                for r in rows]
        path = out / f"rels_{rtype}.csv"
        _write(path, header, body)
        result.rel_files.append(path)
    result.files = result.node_files + result.rel_files
    result.command = import_command(result, database=database)
    _write_text(out / "import.sh",
        "#!/bin/sh\n"
        "# Offline bulk import of these files (Neo4j stopped, or the database stopped/dropped),\n"
        "# then start Neo4j and apply the schema: cypher-shell -f cypher/schema.cypher\n"
        "set -e\ncd \"$(dirname \"$0\")\"\n" + result.command + "\n")
    return result


def import_command(result: AdminCsvExport, *, database: str = "neo4j", relative: bool = True) -> str:
    """The ``neo4j-admin database import full`` command line for these files (file names
    relative to the export directory unless ``relative=False``). The database name comes right
    after ``full``: Neo4j 5.19 and later read a trailing name as one more file."""
    def p(path: Path) -> str:
        return shlex.quote(path.name if relative else str(path))

    parts = ["neo4j-admin database import full", shlex.quote(database)]
    parts += [f"--nodes={p(f)}" for f in result.node_files]
    parts += [f"--relationships={p(f)}" for f in result.rel_files]
    parts += [f"--array-delimiter={shlex.quote(ARRAY_DELIMITER)}", "--multiline-fields=true",
              "--overwrite-destination=true"]
    return " ".join(parts)
