"""The Cypher text of a load's statements: the MERGE of a label's nodes or of a relationship
type's rows, and on FalkorDB (which splices parameters into a query text of 4,096 bytes) the
budget a batch has and long texts written in parts.

Labels and types come only from ``respgraph.model`` (checked before they are formatted into a
query: ``model_label``, ``model_rel_type``); every value is a parameter. ``load`` and ``sync``
use what is public here.
"""

from __future__ import annotations

import re

from respgraph.model import EDGE_TYPES, NODE_TYPES
from respgraph.neo4j.connect import FALKORDB_QUERY_TEXT_BYTES, spliced_bytes


def model_label(name: str | None) -> str:
    # Labels are formatted into Cypher text: only the model's fixed names may get there.
    if name not in NODE_TYPES:
        raise ValueError(f"not a model node label: {name!r}")
    return name


def model_rel_type(name: str) -> str:
    if name not in EDGE_TYPES:
        raise ValueError(f"not a model relationship type: {name!r}")
    return name


def node_query(label: str) -> str:
    return f"UNWIND $rows AS row MERGE (n:{model_label(label)} {{id: row.id}}) SET n += row.props"


def rel_query(rtype: str, start: str, end: str) -> str:
    return (f"UNWIND $rows AS row "
            f"MATCH (a:{model_label(start)} {{id: row.src}}) MATCH (b:{model_label(end)} {{id: row.dst}}) "
            f"MERGE (a)-[r:{model_rel_type(rtype)} {{key: row.key}}]->(b) SET r += row.props")



_PROPERTY_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _append_query(target: tuple, prop: str) -> str:
    """The query that appends ``row.part`` to one text property of the row's node or
    relationship (the name is checked before it is formatted into the query)."""
    if not _PROPERTY_NAME.match(prop):
        raise ValueError(f"not a property name: {prop!r}")
    if target[0] == "node":
        return f"UNWIND $rows AS row MATCH (n:{model_label(target[1])} {{id: row.id}}) SET n.{prop} = n.{prop} + row.part"
    _, t, s, e = target
    return (f"UNWIND $rows AS row MATCH (a:{model_label(s)} {{id: row.src}})-[r:{model_rel_type(t)}]->(b:{model_label(e)} "
            f"{{id: row.dst}}) SET r.{prop} = r.{prop} + row.part")


def _text_parts(text: str, room: int) -> list[str]:
    """``text`` cut into consecutive parts of at most ``room`` bytes as FalkorDB splices them."""
    parts, cur, used = [], [], 0
    for ch in text:
        n = len(ch.encode("utf-8")) + (ch in "\\'")
        if cur and used + n > room:
            parts.append("".join(cur))
            cur, used = [], 0
        cur.append(ch)
        used += n
    parts.append("".join(cur))
    return parts


def fit_long_texts(steps: list, targets: dict, max_batch_bytes: int | None) -> list:
    """FalkorDB only: a row whose text properties make it longer than the server's query text
    (a task of 1,300 characters and more) is written as the row with those texts empty, then
    each text appended in parts that fit (``append:`` steps right after its step). Neo4j takes
    the row whole; a row that still does not fit fails the load with its id, as before."""
    out = []
    for key, query, rows in steps:
        target = targets.get(key)
        budget = spliced_budget(query, max_batch_bytes)
        kept, appends = [], {}
        for row in rows:
            if target is None or spliced_bytes(row) + 2 <= budget:
                kept.append(row)
                continue
            props = dict(row["props"])
            held = []
            for k in sorted((k for k, v in props.items() if type(v) is str), key=lambda k: -len(props[k])):
                held.append((k, props[k]))
                props[k] = ""
                if spliced_bytes({**row, "props": props}) + 2 <= budget:
                    break
            if spliced_bytes({**row, "props": props}) + 2 > budget:
                kept.append(row)  # lists or many small values: _batches says which row and why
                continue
            kept.append({**row, "props": props})
            ident = {x: row[x] for x in ("id", "src", "dst") if x in row}
            for k, text in held:
                q = _append_query(target, k)
                room = spliced_budget(q, max_batch_bytes) - spliced_bytes({**ident, "part": ""}) - 2
                appends.setdefault((k, q), []).extend({**ident, "part": p} for p in _text_parts(text, room))
        out.append((key, query, kept))
        out.extend((f"append:{key}:{k}", q, parts) for (k, q), parts in appends.items())
    return out


def spliced_budget(query: str, max_batch_bytes: int | None) -> int:
    """Bytes left for the ``rows`` parameter in FalkorDB's query text ``CYPHER rows=… <query>``."""
    room = FALKORDB_QUERY_TEXT_BYTES - len(f"CYPHER rows= {query}".encode("utf-8"))
    return room if max_batch_bytes is None else min(room, max_batch_bytes)
