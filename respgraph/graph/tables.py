"""Tables of a graph (what ``respgraph build`` writes as CSV and the notebooks show).

Plain functions over a graph returning pandas DataFrames, one row per node or edge of a
kind, sorted by id. Chinese names stay as written; English glosses sit in extra columns.
List-valued cells are Python lists (``flat_frame`` joins them with "; " for CSV/Excel).
The ``*_columns`` functions give the same columns as plain lists (the store writes them
without a DataFrame).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from respgraph.model import function_node
from respgraph.structure.meta import plan_node_year

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx


PLAN_COLUMNS = ["plan_id", "title", "issuers", "doc_number", "date", "year", "jurisdiction", "level", "kind", "path", "format", "encoding",
                "warnings", "campaigns", "tasks", "assignments"]
TASK_COLUMNS = ["task_id", "plan_id", "seq", "number", "path", "title", "campaign", "campaign_id", "campaign_type",
                "section", "kind", "leads", "supports", "n_leads", "n_supports", "supervisors",
                "supervisor_start", "supervisor_end", "supervisor_ids", "deadlines", "deadline_years",
                "targets", "flags", "start", "end", "text"]
ASSIGNMENT_COLUMNS = ["plan_id", "task_id", "task_title", "agency_id", "agency", "role", "basis", "mention",
                      "portfolio", "functions", "function_names", "function_glosses", "known", "file", "start",
                      "end", "clause", "clause_start", "clause_end", "occurrences", "file_start", "file_end",
                      "clause_file_start", "clause_file_end", "renamed_from", "task_path"]
#: The character spans of an assignment (``assignments_frame``): integers, or none.
SPAN_COLUMNS = ["start", "end", "clause_start", "clause_end", "file_start", "file_end", "clause_file_start",
                "clause_file_end"]
AGENCY_COLUMNS = ["agency_id", "name", "jurisdiction", "kind", "known", "functions", "function_names",
                  "function_glosses", "aliases", "successor", "successors", "parent", "plans", "n_plans", "leads", "supports", "tasks"]
FUNCTION_COLUMNS = ["code", "name", "gloss", "agencies", "leads", "supports"]


def _frame(rows: list[dict], columns: list[str]) -> "Any":
    import pandas as pd

    return pd.DataFrame(rows, columns=columns)


def _nodes_of(G: "nx.MultiDiGraph", kind: str) -> list[tuple[str, dict]]:
    return sorted((n, d) for n, d in G.nodes(data=True) if d.get("type") == kind)


def _function_cols(G: "nx.MultiDiGraph", codes: list[str]) -> dict[str, list[str]]:
    names, glosses = [], []
    for c in codes:
        d = G.nodes.get(function_node(c), {})
        names.append(d.get("name", c))
        glosses.append(d.get("gloss", ""))
    return {"functions": list(codes), "function_names": names, "function_glosses": glosses}


def plans_frame(G: "nx.MultiDiGraph") -> "Any":
    """One row per plan: PLAN_COLUMNS (campaigns, tasks, assignments are counts; ``year`` the
    one year its title names, else the year it was issued: ``plan_node_year``, what a
    researcher groups a folder of plans by, most of which carry no date)."""
    rows = []
    for n, d in _nodes_of(G, "Plan"):
        campaigns = [v for _, v, k in G.out_edges(n, keys=True) if k == "HAS_CAMPAIGN"]
        tasks = _plan_tasks(G, n, campaigns)
        n_asg = sum(1 for t in tasks for _, _, k in G.in_edges(t, keys=True) if k in ("LEADS", "SUPPORTS"))
        # (a build made before plans kept their warnings has none to say: an empty list, as a whole plan's)
        rows.append({**{c: d.get(c) for c in PLAN_COLUMNS}, "warnings": list(d.get("warnings") or ()),
                     "year": plan_node_year(d), "campaigns": len(campaigns), "tasks": len(tasks), "assignments": n_asg})
    df = _frame(rows, PLAN_COLUMNS)
    df["year"] = df["year"].astype("Int64")  # a plan of no known year: <NA>, the others stay integers
    return df


def _plan_tasks(G: "nx.MultiDiGraph", pnode: str, campaigns: list[str]) -> list[str]:
    out = [v for _, v, k in G.out_edges(pnode, keys=True) if k == "HAS_TASK"]
    for c in campaigns:
        out += [v for _, v, k in G.out_edges(c, keys=True) if k == "HAS_TASK"]
    return out


def _columns_frame(columns: dict[str, list], names: list[str]) -> "Any":
    """A DataFrame from column lists (far less memory than one dict per row; pandas infers
    the same dtypes from a column as from the rows holding it)."""
    import pandas as pd

    return pd.DataFrame({c: list(columns[c]) for c in names}, columns=names)


def _function_cells(G: "nx.MultiDiGraph", flat: bool) -> Any:
    """``codes -> (functions, function_names, function_glosses)``, memoised per list of codes
    (an agency's cells are the same on each of its rows); lists joined when ``flat``."""
    memo: dict[tuple, tuple] = {}
    node = G._node

    def cells(codes: list[str]) -> tuple:
        key = tuple(codes)
        hit = memo.get(key)
        if hit is None:
            names, glosses = [], []
            for c in codes:
                d = node.get(function_node(c), {})
                names.append(d.get("name", c))
                glosses.append(d.get("gloss", ""))
            hit = memo[key] = (flat_value(list(codes)), flat_value(names), flat_value(glosses)) if flat else (list(codes), names, glosses)
        return hit if flat else (list(hit[0]), list(hit[1]), list(hit[2]))

    return cells


def tasks_frame(G: "nx.MultiDiGraph", *, flat: bool = False, only: "set[str] | None" = None) -> "Any":
    """One row per task: TASK_COLUMNS. ``leads``/``supports`` are agency names in clause
    order (the edges' ``order``), as the plan states them: suggested edges (basis
    ``suggested``, from ``respgraph suggest --apply``) are never mixed in here, they are in
    ``assignments_frame`` with their basis. ``campaign_id``/``campaign_type`` are empty for
    tasks outside any campaign. ``flat``: list cells joined by '; ' (as ``flat_frame``).
    ``only``: just these Task nodes (one agency's tasks: their edges alone are read)."""
    return _columns_frame(task_columns(G, flat=flat, only=only), TASK_COLUMNS)


def task_columns(G: "nx.MultiDiGraph", *, flat: bool = False, only: "set[str] | None" = None) -> dict[str, list]:
    """``tasks_frame`` as one list per column (TASK_COLUMNS), without building the frame."""
    node, pred = G._node, G._pred
    cols: dict[str, list] = {c: [] for c in TASK_COLUMNS}
    plain = [c for c in TASK_COLUMNS if c not in ("leads", "supports", "n_leads", "n_supports", "campaign_id", "campaign_type")]
    fv = flat_value if flat else (lambda v: v)
    chosen = node.items() if only is None else ((n, node[n]) for n in only if n in node)
    tasks = sorted(((n, d) for n, d in chosen if d.get("type") == "Task"),
                   key=lambda x: (x[1].get("plan_id", ""), x[1].get("seq", 0), x[0]))
    for n, d in tasks:
        leads: list[tuple[int, str]] = []
        supports: list[tuple[int, str]] = []
        camp = None
        for u, keydict in pred[n].items():
            for k, ed in keydict.items():
                if k == "LEADS" or k == "SUPPORTS":
                    if ed.get("basis") != "suggested":
                        (leads if k == "LEADS" else supports).append((ed.get("order", 0), node[u].get("name", u)))
                elif k == "HAS_TASK" and camp is None and node[u].get("type") == "Campaign":
                    camp = u
        for c in plain:
            v = d.get(c)
            cols[c].append(flat_value(v) if flat and isinstance(v, (list, tuple, set)) else v)
        lead_names = [name for _, name in sorted(leads)]
        support_names = [name for _, name in sorted(supports)]
        cols["leads"].append(fv(lead_names))
        cols["supports"].append(fv(support_names))
        cols["n_leads"].append(len(lead_names))
        cols["n_supports"].append(len(support_names))
        cols["campaign_id"].append(node[camp]["campaign_id"] if camp else None)
        cols["campaign_type"].append(node[camp]["campaign_type"] if camp else None)
    return cols


def assignments_frame(G: "nx.MultiDiGraph", *, flat: bool = False) -> "Any":
    """One row per LEADS/SUPPORTS edge, with provenance: ASSIGNMENT_COLUMNS.

    ``file``/``start``/``end`` locate the mention, ``clause_start``/``clause_end`` the
    clause, in the cleaned text of the plan (``Document.text``); ``file_start``/``file_end``
    and ``clause_file_start``/``clause_file_end`` locate them in the .txt file itself
    (characters of ``open(file, encoding=<plan encoding>, newline="")``; empty for other
    formats); ``function_glosses`` are the English glosses of ``functions``; ``renamed_from`` the
    id of the body the mention names, when the plan's year read it as its successor (else empty).
    ``flat``: list cells joined by '; ' (as ``flat_frame``). The spans are integers
    (pandas' nullable ``Int64``, ``<NA>`` where there is none), so ``text[r.start:r.end]``
    slices as it is (was: float columns wherever one span was missing, ``text[12.0:15.0]``
    a TypeError).
    """
    df = _columns_frame(assignment_columns(G, flat=flat), ASSIGNMENT_COLUMNS)
    for c in SPAN_COLUMNS:
        df[c] = df[c].astype("Int64")
    return df


def assignment_columns(G: "nx.MultiDiGraph", *, flat: bool = False) -> dict[str, Any]:
    """``assignments_frame`` as one sequence per column (ASSIGNMENT_COLUMNS), without the frame."""
    node = G._node
    fv = flat_value if flat else (lambda v: v)
    cells = _function_cells(G, flat)
    # One tuple per row (sort key first): a dict per row was most of the memory of the tables.
    rows = []
    for u, nbrs in G._succ.items():
        a = node[u]
        agency_id, agency, known = a.get("agency_id"), a.get("name"), a.get("known")
        if flat:  # the agency's cells are strings: the same for each of its rows
            fn, fnames, fglosses = cells(a.get("functions", []))
        for v, keydict in nbrs.items():
            for k, ed in keydict.items():
                if k != "LEADS" and k != "SUPPORTS":
                    continue
                t = node[v]
                plan_id, task_id = t.get("plan_id"), t.get("task_id")
                if not flat:
                    fn, fnames, fglosses = cells(a.get("functions", []))
                portfolio = ed.get("portfolio", [])
                if flat:
                    portfolio = "" if portfolio == [] else fv(portfolio)
                rows.append((
                    (plan_id or "", task_id or "", ed.get("order", 0), agency_id or ""),
                    plan_id, task_id, t.get("title"), agency_id, agency, ed.get("role"), ed.get("basis"),
                    ed.get("mention"), portfolio, fn, fnames, fglosses, known,
                    ed.get("file"), ed.get("start"), ed.get("end"), ed.get("clause"), ed.get("clause_start"),
                    ed.get("clause_end"), ed.get("occurrences", 1), ed.get("file_start"), ed.get("file_end"),
                    ed.get("clause_file_start"), ed.get("clause_file_end"), ed.get("renamed_from"),
                    t.get("path"),  # (last: the columns before it keep their places)
                ))
    rows.sort(key=lambda r: r[0])
    columns = list(zip(*rows)) if rows else [() for _ in range(len(ASSIGNMENT_COLUMNS) + 1)]
    del rows
    return dict(zip(ASSIGNMENT_COLUMNS, columns[1:]))  # tuples: no second copy of each column


def agencies_frame(G: "nx.MultiDiGraph", *, flat: bool = False) -> "Any":
    """One row per agency: AGENCY_COLUMNS (``leads``/``supports``/``tasks`` are counts).
    ``flat``: list cells joined by '; ' (as ``flat_frame``)."""
    return _columns_frame(agency_columns(G, flat=flat), AGENCY_COLUMNS)


def agency_columns(G: "nx.MultiDiGraph", *, flat: bool = False) -> dict[str, list]:
    """``agencies_frame`` as one list per column (AGENCY_COLUMNS), without building the frame."""
    cols: dict[str, list] = {c: [] for c in AGENCY_COLUMNS}
    plain = [c for c in AGENCY_COLUMNS if c not in ("functions", "function_names", "function_glosses", "n_plans", "leads", "supports", "tasks")]
    cells = _function_cells(G, flat)
    succ = G._succ
    for n, d in _nodes_of(G, "Agency"):
        leads = supports = 0
        tasks = set()
        for v, keydict in succ[n].items():
            for k in keydict:
                if k == "LEADS":
                    leads += 1
                    tasks.add(v)
                elif k == "SUPPORTS":
                    supports += 1
                    tasks.add(v)
        for c in plain:
            v = d.get(c)
            if v is None and c == "successors":
                v = []  # (a body no reform split: no list on its node, an empty one in the table)
            cols[c].append(flat_value(v) if flat and isinstance(v, (list, tuple, set)) else v)
        fn, fnames, fglosses = cells(d.get("functions", []))
        cols["functions"].append(fn)
        cols["function_names"].append(fnames)
        cols["function_glosses"].append(fglosses)
        cols["n_plans"].append(len(d.get("plans", [])))
        cols["leads"].append(leads)
        cols["supports"].append(supports)
        cols["tasks"].append(len(tasks))
    return cols


def functions_frame(G: "nx.MultiDiGraph") -> "Any":
    """One row per function: FUNCTION_COLUMNS (counts of agencies and of their edges)."""
    rows = []
    for n, d in _nodes_of(G, "Function"):
        agencies = [u for u, _, k in G.in_edges(n, keys=True) if k == "HAS_FUNCTION"]
        leads = sum(1 for a in agencies for _, _, k in G.out_edges(a, keys=True) if k == "LEADS")
        supports = sum(1 for a in agencies for _, _, k in G.out_edges(a, keys=True) if k == "SUPPORTS")
        rows.append({"code": d.get("code"), "name": d.get("name"), "gloss": d.get("gloss"),
                     "agencies": len(agencies), "leads": leads, "supports": supports})
    return _frame(rows, FUNCTION_COLUMNS)


def flat_value(v: Any) -> Any:
    """A cell for CSV/GraphML/Excel: lists joined with '; ', None kept as None."""
    if isinstance(v, (list, tuple, set)):
        return "; ".join(str(x) for x in v)
    return v


def flat_frame(frame: "Any") -> "Any":
    """A copy of ``frame`` with list cells joined by '; '."""
    out = frame.copy()
    for c in out.columns:
        if out[c].dtype == object:
            out[c] = out[c].map(flat_value)
    return out
