"""Export a build for other tools: GraphML and GEXF (Gephi), CSV, Excel.

GraphML and GEXF hold only scalars, so list attributes are joined with "; " and None values
are dropped. Each edge gets a unique id (``e0``, ``e1`` … in sorted edge order; GraphML and
Gephi need edge ids unique in the file, and our edge keys are only unique per node pair);
its relationship stays in ``type``. GEXF gives ``type``, ``start`` and ``end`` meanings of
its own (edge direction, time), so in GEXF the relationship is ``relation`` (also the edge
``label``) and the character span is ``span_start``/``span_end``.

>>> import networkx as nx, tempfile, os
>>> G = nx.MultiDiGraph()
>>> G.add_node("a", type="Agency", name="区环保局", aliases=["环保局"], jurisdiction=None)
>>> G.add_node("t", type="Task", title="治水", start=0, end=5)
>>> G.add_edge("a", "t", key="LEADS", type="LEADS", portfolio=["水利", "生态环境"], start=1, end=4)
'LEADS'
>>> path = os.path.join(tempfile.mkdtemp(), "g.graphml")
>>> export_graph(G, "graphml", path) == path
True
>>> H = nx.read_graphml(path)
>>> H.nodes["a"]["aliases"], H.number_of_edges()
('环保局', 1)
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from respgraph.graph import (
    agencies_frame,
    assignments_frame,
    flat_frame,
    flat_value,
    functions_frame,
    plans_frame,
)
from respgraph.store import atomic_open, atomic_write_bytes

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

FORMATS = ("graphml", "gexf", "csv", "xlsx")
#: The file (or, for csv, directory) an export writes to by default, inside the build dir.
DEFAULT_NAMES = {"graphml": "graph.graphml", "gexf": "graph.gexf", "csv": "csv", "xlsx": "graph.xlsx"}
#: Excel sheets, in order: the build's tables, then the two a meeting asks for first (who
#: is overloaded, and why; which tasks name no lead), as the report's tables hold them.
SHEETS = ("plans", "tasks", "assignments", "agencies", "functions", "pairs", "overload", "no_lead")
#: The overload sheet's columns (``workload --overload``, with the plan's title).
OVERLOAD_COLUMNS = ("plan_id", "plan", "name", "function_names", "gloss", "tasks_led", "tasks_supported", "plan_tasks",
                    "lead_share", "weighted_load", "fence", "原因", "reason")


#: Node attributes renamed where every kind of node shares one table of attributes (GraphML and
#: GEXF declare a key per attribute name, ``nodes.csv`` has one column per name): a Plan's
#: ``path`` is the file it was read from, a Task's ``path`` where it sits as a reader cites it
#: (``三（二）1``); under one key Gephi showed file paths and 三（二）1 in one column. The Plan's
#: is ``file`` there, as on its LEADS/SUPPORTS edges. The graph, ``graph.json``, the tables
#: (``b.plans()``), the workbook's sheets and Neo4j (properties per label) keep ``path``.
SHARED_TABLE_NAMES = {"Plan": {"path": "file"}}


def _shared_table_attrs(d: dict) -> dict:
    """``d`` with its node kind's attributes renamed as SHARED_TABLE_NAMES says."""
    names = SHARED_TABLE_NAMES.get(str(d.get("type")))
    return {names.get(k, k): v for k, v in d.items()} if names else d


def _label(d: dict) -> str:
    return str(d.get("name") or d.get("title") or d.get("code") or "")


def flat_graph(G: "nx.MultiDiGraph", *, gexf: bool = False) -> "nx.MultiDiGraph":
    """A copy of ``G`` with scalar attributes only, a ``label`` on every node and unique edge keys."""
    import networkx as nx

    from respgraph.analysis._graph import functions as function_table

    table = function_table(G)
    H = nx.MultiDiGraph()
    for n in sorted(G.nodes):
        d = _flat_attrs(_shared_table_attrs(_with_function_names(G.nodes[n], table)), gexf)
        d.setdefault("label", _label(G.nodes[n]) or str(n))
        H.add_node(n, **d)
    edges = sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
    for i, (u, v, k, data) in enumerate(edges):
        d = _flat_attrs(data, gexf)
        if gexf:
            d["relation"] = d.pop("relation", None) or str(k)
            d["label"] = d["relation"]
        else:
            d.setdefault("type", str(k))
        H.add_edge(u, v, key=f"e{i}", **d)
    return H


def _with_function_names(d: dict, table: dict[str, tuple[str, str]]) -> dict:
    """An Agency node's attributes with its functions' Chinese ``function_names`` and English
    ``gloss`` beside their codes, as the network export and the tables have them: in Gephi a
    researcher colours and labels agencies by function, and the codes alone (公安, 生态环境) gave
    no English. Other nodes as they are."""
    if d.get("type") != "Agency" or not d.get("functions"):
        return d
    codes = list(d["functions"])
    return {**d, "function_names": [table.get(c, (c, ""))[0] for c in codes],
            "gloss": [table.get(c, ("", c))[1] or c for c in codes]}


def _flat_attrs(d: dict, gexf: bool) -> dict:
    out = {}
    for k, v in sorted(d.items()):
        v = flat_value(v)
        if v is None:
            continue
        if gexf and k in ("type", "start", "end"):
            k = {"type": "relation", "start": "span_start", "end": "span_end"}[k]
            # A node's ``type`` is its kind (Plan, Task …), an edge's its relationship: both
            # become ``relation`` here; to_gexf renames the nodes' one ``node_type``.
        out[k] = v
    return out


def to_graphml(G: "nx.MultiDiGraph", path: str | os.PathLike) -> None:
    import networkx as nx

    # Serialise in memory, then write atomically: lxml's incremental writer left holding a file
    # whose write failed (disk full) can crash the interpreter when it is garbage-collected.
    buf = io.BytesIO()
    nx.write_graphml(flat_graph(G), buf, encoding="utf-8")
    atomic_write_bytes(path, buf.getvalue())


def to_gexf(G: "nx.MultiDiGraph", path: str | os.PathLike) -> None:
    import networkx as nx

    H = flat_graph(G, gexf=True)
    # Nodes: GEXF has no node ``type``; keep the node kind as ``node_type`` so Gephi can
    # partition by it (``relation`` on nodes would read oddly).
    for _, d in H.nodes(data=True):
        if "relation" in d:
            d["node_type"] = d.pop("relation")
    buf = io.BytesIO()
    nx.write_gexf(H, buf, encoding="utf-8")
    atomic_write_bytes(path, buf.getvalue())


def nodes_frame(G: "nx.MultiDiGraph") -> Any:
    """One row per node: ``id``, ``type``, then every attribute (sorted), lists joined; a Plan's
    file in ``file``, apart from a Task's ``path`` (SHARED_TABLE_NAMES)."""
    import pandas as pd

    from respgraph.analysis._graph import functions as function_table

    table = function_table(G)
    rows = [{"id": n, **_shared_table_attrs(_with_function_names(G.nodes[n], table))} for n in sorted(G.nodes)]
    cols = ["id", "type"] + sorted({k for r in rows for k in r} - {"id", "type"})
    return flat_frame(pd.DataFrame(rows, columns=cols))


def edges_frame(G: "nx.MultiDiGraph") -> Any:
    """One row per edge: ``source``, ``target``, ``key``, ``type``, then every attribute."""
    import pandas as pd

    rows = [{"source": u, "target": v, "key": k, **d} for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))]
    cols = ["source", "target", "key", "type"] + sorted({k for r in rows for k in r} - {"source", "target", "key", "type"})
    return flat_frame(pd.DataFrame(rows, columns=cols))


def to_csv(G: "nx.MultiDiGraph", out_dir: str | os.PathLike) -> list[Path]:
    """Write ``nodes.csv`` and ``edges.csv`` into ``out_dir``; returns their paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in (("nodes.csv", nodes_frame(G)), ("edges.csv", edges_frame(G))):
        with atomic_open(out / name, "w", newline="") as f:
            f.write(frame.to_csv(index=False, lineterminator="\n"))
        written.append(out / name)
    return written


def _excel_safe(v: Any) -> Any:
    # openpyxl refuses control characters (IllegalCharacterError) and Excel cuts cells at 32767.
    if isinstance(v, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        v = ILLEGAL_CHARACTERS_RE.sub("", v)
        return v if len(v) <= 32767 else v[:32766] + "…"
    return v


def _text_not_formula(cells) -> None:
    # openpyxl stores a text beginning with '=' as a formula, which Excel runs on opening: a
    # plan's text (=HYPERLINK(…) on a scraped page) stays the text it is.
    for c in cells:
        if c.data_type == "f":
            c.data_type = "s"


def _meeting_frames(G: "nx.MultiDiGraph", **overload_options: Any) -> dict[str, Any]:
    """The overloaded agencies (the overload list, ``overloaded`` with ``overload_options``:
    collective addressees left out unless ``include_collectives``, as in the report; the plan of
    the heaviest first) and the tasks without a lead (plans that state responsibilities
    first), each row with its plan's title: the sheets a 领导 reads without the others."""
    from respgraph.analysis.workload import GAP_ZH, SHARE_LIMIT, heaviest_first, overload_reason, overloaded, tasks_without_lead

    titles = {str(d.get("plan_id")): str(d.get("title") or d.get("plan_id")) for _, d in G.nodes(data=True)
              if d.get("type") == "Plan"}
    ov = overloaded(G, **overload_options)
    share_limit = overload_options.get("share_limit", SHARE_LIMIT)
    order = {p: i for i, p in enumerate(heaviest_first(ov))}
    ov = ov.assign(plan=ov["plan_id"].map(titles), 原因=[overload_reason(r, share_limit, "zh") for r in ov.itertuples()]).sort_values(
        ["plan_id", "rank"], key=lambda c: c.map(order) if c.name == "plan_id" else c, kind="stable")
    nolead = tasks_without_lead(G)
    # why each has no lead, as the report's 缺口 column: without it a task whose only lead is
    # 各街道 read as one naming nobody (its collective_leads say who was told)
    nolead = nolead.assign(plan=nolead["plan_id"].map(titles), 缺口=nolead["gap"].map(GAP_ZH))
    # supports / n_supports as in the tasks sheet; 'supporters' (the count's old name) keeps its
    # column, the why after it, for the filters and lookups a 办公室 built on this sheet before
    return {"overload": ov[list(OVERLOAD_COLUMNS)],
            "no_lead": nolead[["plan_id", "plan", "task_id", "number", "path", "title", "supports", "n_supports",
                               "plan_has_assignments", "supporters", "缺口", "gap", "collective_leads"]]}


def to_xlsx(G: "nx.MultiDiGraph", path: str | os.PathLike, **overload_options: Any) -> None:
    """One sheet per table: plans, tasks (with the clause each task's lead was read from, its
    file and span, as ``Build.tasks()``: every number audited from the sheet), assignments,
    agencies, functions, pairs (who works with whom: ``respgraph network --pairs``, the rows a
    researcher sends on without the graph), overload and no_lead; each with its header frozen
    and a filter on it. ``overload_options``: the overload sheet's (``workload.overloaded``)."""
    from respgraph.analysis.network import coordination_pairs
    from respgraph.analysis.tasks import tasks

    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    frames = {
        "plans": plans_frame(G),
        "tasks": _with_clause_sentences(tasks(G), G),
        "assignments": assignments_frame(G),
        "agencies": agencies_frame(G),
        "functions": functions_frame(G),
        "pairs": coordination_pairs(G),
        **_meeting_frames(G, **overload_options),
    }
    wb = Workbook()
    wb.remove(wb.active)
    for sheet in SHEETS:
        frame = flat_frame(frames[sheet])
        ws = wb.create_sheet(sheet)
        ws.append(list(frame.columns))
        for row in frame.itertuples(index=False):
            values = [_excel_safe(None if _isna(v) else v) for v in row]
            ws.append(values)
            if any(isinstance(v, str) and v.startswith("=") for v in values):
                _text_not_formula(ws[ws.max_row])
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = ws.dimensions  # Excel's filter on every column: n_leads = 0, one plan, one agency
        for i, col in enumerate(frame.columns, start=1):
            ws.column_dimensions[get_column_letter(i)].width = _WIDTHS.get(col, 16)
    buf = io.BytesIO()
    wb.save(buf)  # in memory first: a zip writer that fails midway is left half-closed
    atomic_write_bytes(path, buf.getvalue())


def _with_clause_sentences(df: Any, G: "nx.MultiDiGraph") -> Any:
    """The tasks sheet with ``clause_sentence`` after ``clause``: the sentence a thin clause
    stands in (a duty statement's ``市委宣传部。负责``, a line over the items ``（以下均需各街道办事处
    参与，不再列出）``: ``graph.clause_context``), empty where the clause says the work itself or
    the task's title says the sentence already. A 职责分工's row is titled by its unit alone:
    without it the sheet a 领导 filters showed nothing of the duty but in the text column, far to the right."""
    from respgraph.graph.clause_context import kept_sentences, row_sentence

    if "clause" not in df.columns or not len(df):
        return df
    kept = kept_sentences(G)
    sentences = [row_sentence(r, kept) for r in df.itertuples(index=False)]
    return df.assign(clause_sentence=sentences)[[*df.columns[:df.columns.get_loc("clause") + 1], "clause_sentence",
                                                 *df.columns[df.columns.get_loc("clause") + 1:]]]


#: Columns wider than the 16 characters of the others: texts, titles and reasons.
_WIDTHS = {"text": 40, "clause": 40, "clause_sentence": 40, "title": 40, "task_title": 40, "plan": 30, "原因": 50, "reason": 50}


def _isna(v: Any) -> bool:
    import pandas as pd

    try:
        return v is None or v is pd.NA or (isinstance(v, float) and v != v)
    except Exception:
        return False


def export_graph(G: "nx.MultiDiGraph", fmt: str, out: str | os.PathLike, *, fold_renamed: bool = False,
                 **overload_options: Any) -> str:
    """Export ``G`` in ``fmt`` (one of FORMATS) to ``out`` (a file; a directory for csv).
    ``fold_renamed``: the folded graph (``analysis.renamed.fold_renamed_bodies``), a body a reform
    renamed one node with the body that took its work over. ``overload_options``
    (include_collectives, share_limit, min_tasks, min_plan_tasks): the workbook's overload sheet,
    as ``workload.overloaded`` takes them; xlsx only (no other format holds that list).

    Returns ``out`` as a string.
    """
    from respgraph.analysis.renamed import folded_if

    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    G = folded_if(G, fold_renamed)
    if fmt == "xlsx":
        to_xlsx(G, out, **overload_options)
    elif overload_options:
        raise ValueError(f"{', '.join(sorted(overload_options))}: the overload list's options go with xlsx (its overload sheet)")
    else:
        {"graphml": to_graphml, "gexf": to_gexf, "csv": to_csv}[fmt](G, out)
    return str(out)


#: What ``--network`` writes (a table of agencies and their links: no Excel meeting sheets).
NETWORK_FORMATS = ("graphml", "gexf", "csv")
#: Its default file (for csv, directory) inside the build dir, beside the full graph's.
NETWORK_NAMES = {"graphml": "network.graphml", "gexf": "network.gexf", "csv": "network-csv"}
#: What a network edge carries besides ``weight``: its row of ``b.pairs()``.
NETWORK_EDGE_COLUMNS = ("key_a", "key_b", "agency_id_a", "agency_id_b", "name_a", "name_b", "a_leads", "b_leads",
                        "plans", "tasks")


def network_graph(G: "nx.MultiDiGraph", **options: Any) -> "nx.Graph":
    """The agency coordination network of ``G`` as a file-ready undirected graph: one node per
    agency (``label`` its name; ``functions`` and their Chinese ``function_names`` and English
    ``gloss`` joined with '; '; ``kind``, ``jurisdiction``, ``tasks``, ``tasks_led``), one edge
    per pair named on the same tasks, ``weight`` the tasks they share
    (``respgraph.analysis.network.coordination_graph``, whose ``options`` it takes). A
    researcher's Gephi asked for this: the full graph is plans, tasks and agencies, and
    ``networkx.write_gexf(b.coordination_graph())`` fails on its list attributes. Each edge
    also carries its row of ``b.pairs()`` (``network --pairs``), under the same names, so that a
    weight can be checked and the roles told apart: ``key_a``/``key_b`` (the two agencies' node
    ids, in that order whatever order a reader gives the ends), ``agency_id_a``/``agency_id_b``
    (their ids as ``assignments()`` and the nodes' ``agency_id`` write them), ``name_a``/``name_b``,
    ``a_leads``/``b_leads`` (of the shared tasks, those each leads), ``plans`` and ``tasks``
    (task ids, joined with '; ').
    ``fold_renamed=True`` (``respgraph.analysis.renamed.fold_renamed_bodies``): a body a reform
    renamed is one node with the body that took its work over, which names it in ``renamed``
    (with ``renamed_ids``), and each edge's ``renamed_a`` / ``renamed_b`` as ``b.pairs()``'s."""
    import networkx as nx

    from respgraph.analysis._graph import functions as function_table
    from respgraph.analysis.network import coordination_graph, coordination_pairs
    from respgraph.analysis.renamed import folded_if

    G = folded_if(G, bool(options.get("fold_renamed")))  # once: the graph and the pairs read it again for free
    C = coordination_graph(G, **options)
    pair_options = {k: v for k, v in options.items() if k != "min_weight"}
    pairs = {(r.key_a, r.key_b): r for r in coordination_pairs(G, **pair_options).itertuples(index=False)}
    table = function_table(G)
    H = nx.Graph()
    for n, d in sorted(C.nodes(data=True)):
        codes = list(d.get("functions") or [])
        src = G.nodes[n] if n in G else {}
        attrs = {"label": str(d.get("name") or n), "agency_id": src.get("agency_id"), "name": d.get("name"),
                 "kind": d.get("kind"), "jurisdiction": src.get("jurisdiction"), "functions": codes,
                 "function_names": [table.get(c, (c, ""))[0] for c in codes],
                 "gloss": [table.get(c, ("", c))[1] or c for c in codes],
                 "tasks": d.get("tasks"), "tasks_led": d.get("tasks_led"),
                 **{c: d[c] for c in ("renamed", "renamed_ids") if c in d}}
        H.add_node(n, **{k: flat_value(v) for k, v in attrs.items() if v is not None})
    for u, v, d in sorted(C.edges(data=True), key=lambda e: (min(e[0], e[1]), max(e[0], e[1]))):
        a, b = min(u, v), max(u, v)
        row = pairs.get((a, b))
        attrs = {"weight": int(d.get("weight", 1))}
        if row is not None:
            attrs.update(key_a=a, key_b=b, agency_id_a=row.agency_id_a, agency_id_b=row.agency_id_b, name_a=row.name_a, name_b=row.name_b, a_leads=int(row.a_leads),
                         b_leads=int(row.b_leads), plans=flat_value(list(row.plans)), tasks=flat_value(list(row.tasks)),
                         **{c: flat_value(list(getattr(row, c))) for c in ("renamed_a", "renamed_b") if hasattr(row, c)})
        H.add_edge(u, v, **attrs)
    return H


def export_network(G: "nx.MultiDiGraph", fmt: str, out: str | os.PathLike, **options: Any) -> "nx.Graph":
    """Write the agency coordination network (``network_graph``) as GraphML, GEXF (undirected,
    ``weight`` read by Gephi as the edge weight) or CSV (``nodes.csv`` and ``edges.csv`` in the
    directory ``out``); returns the graph written."""
    import networkx as nx
    import pandas as pd

    if fmt not in NETWORK_FORMATS:
        raise ValueError(f"the network is written as {', '.join(NETWORK_FORMATS)}, not {fmt!r}")
    H = network_graph(G, **options)
    if fmt == "csv":
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        nodes = pd.DataFrame([{"id": n, **d} for n, d in H.nodes(data=True)])
        edges = pd.DataFrame([{"source": u, "target": v, **d} for u, v, d in H.edges(data=True)],
                             columns=["source", "target", "weight", *NETWORK_EDGE_COLUMNS,
                                      *(("renamed_a", "renamed_b") if options.get("fold_renamed") else ())])
        for name, frame in (("nodes.csv", nodes), ("edges.csv", edges)):
            with atomic_open(out / name, "w", newline="") as f:
                f.write(frame.to_csv(index=False, lineterminator="\n"))
        return H
    buf = io.BytesIO()
    (nx.write_gexf if fmt == "gexf" else nx.write_graphml)(H, buf, encoding="utf-8")
    atomic_write_bytes(out, buf.getvalue())
    return H
