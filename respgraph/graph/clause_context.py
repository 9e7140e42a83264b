"""The sentence a thin clause stands in, for the reader who audits it.

An assignment's clause is what its units were read from, and most clauses say the work with
them (``（责任单位：区发改委、区工信局）`` closing its task, ``由市生态环境局牵头``). A duty
statement's is its head alone: ``县检察院：负责`` of ``县检察院：负责依法履行法律监督职能，开展公益诉讼
检察工作。`` A tooltip or a provenance line quoting only that cannot be checked against
anything: what the body is responsible for is the rest of the sentence. ``clause_sentence``
gives that sentence, read off the task's text by the clause's span (both are spans of the
plan's cleaned text), never rebuilt from the clause.

>>> task = {"text": "县检察院：负责依法履行法律监督职能，开展公益诉讼检察工作。县法院：负责审判。", "start": 253}
>>> clause_sentence("县检察院：负责", 253, 260, task)
'县检察院：负责依法履行法律监督职能，开展公益诉讼检察工作。'
>>> clause_sentence("（责任单位：区发改委、区工信局）", 253, 269, {"text": "（责任单位：区发改委、区工信局）", "start": 253}) is None
True

A paragraph titled by its whole first sentence (``县委政法委：负责平安建设的组织协调、督导检查和考评
工作；``, titled so) already shows its sentence where its title stands beside it (a task's
tooltip, the tasks table, a provenance line): ``shown_sentence`` gives None there, so that one
thing is not said twice; an edge's tooltip, which shows no title, and the workbook's column keep it.

>>> shown_sentence("县检察院：负责依法履行法律监督职能，开展公益诉讼检察工作。", "县检察院：负责依法履行法律监督职能，开展公益诉讼检察工作") is None
True

A clause written on a line above its task (``（以下均需各街道办事处参与，不再列出）`` over items, the
mention its own clause) lies outside the task's text: ``line_sentence`` reads its sentence off the
plan's text when the build has it, and the edge keeps it (``clause_sentence``), where
``edge_sentence`` finds it. A line holding the clause and nothing more (``县水利局：``, ``牵头单位：
县委宣传部``) has no sentence to add.

>>> doc = "二、任务\\n（以下均需各街道办事处参与，不再列出）\\n1.强化扬尘管控。"
>>> line_sentence("各街道办事处", 10, 16, doc, {"text": "1.强化扬尘管控。", "start": 25})
'（以下均需各街道办事处参与，不再列出）'
>>> line_sentence("县水利局", 0, 4, "县水利局：\\n1.负责岸线管理。", {"text": "1.负责岸线管理。", "start": 6}) is None
True
"""

from __future__ import annotations

import re
from typing import Any

#: A clause shorter than this many characters that ends inside its sentence is thin: a head
#: (``X：负责``, ``X牵头``) whose work follows it. (The shortest full clause of the seeds,
#: ``（牵头单位：区林业局）``, is 11 characters and closes its sentence.)
THIN_CLAUSE = 12
#: Where a sentence ends: a full stop, a semicolon, a line break.
SENTENCE_END = "。；;\n"
#: The longest sentence quoted; a longer one is cut with an ellipsis (a tooltip, not the plan).
MAX_SENTENCE = 160


def clause_sentence(clause: Any, clause_start: Any, clause_end: Any, task: dict) -> str | None:
    """The whole sentence of the task's text a thin ``clause`` stands in (spans of the cleaned
    text: ``task['start']`` is where ``task['text']`` begins), or None: the clause is not thin,
    closes its sentence, its span does not match the task's text (a clause of another
    paragraph, a build without spans)."""
    if not clause or len(str(clause)) >= THIN_CLAUSE or clause_start is None or clause_end is None:
        return None
    text, start = task.get("text") or "", task.get("start")
    try:
        a, b = int(clause_start) - int(start), int(clause_end) - int(start)
    except (TypeError, ValueError):  # NaN from a frame, or no span
        return None
    if a < 0 or b > len(text) or text[a:b] != clause:
        return None
    return _sentence_around(text, a, b)


def line_sentence(clause: Any, clause_start: Any, clause_end: Any, doc_text: str, task: dict) -> str | None:
    """The sentence of the plan's cleaned text ``doc_text`` a thin ``clause`` written outside
    its task's text stands in (a line above the task: ``（以下均需各街道办事处参与，不再列出）``),
    or None: the clause is not thin, lies in the task's text (``clause_sentence`` reads that),
    its span does not read as it, or its line holds nothing but the clause and stops
    (``县水利局：``, ``（一）区住房城乡建设局``)."""
    if not clause or len(str(clause)) >= THIN_CLAUSE or clause_start is None or clause_end is None:
        return None
    a, b = int(clause_start), int(clause_end)
    t0 = task.get("start")
    if t0 is not None and int(t0) <= a and b <= int(t0) + len(task.get("text") or ""):
        return None
    if doc_text[a:b] != clause:
        return None
    bounds = _sentence_bounds(doc_text, a, b)
    if bounds is None:
        return None
    sentence = _cut(_own_part(doc_text[bounds[0]:bounds[1]], a - bounds[0]).strip())
    if not _WORD.search(_MARKER.sub("", sentence.replace(str(clause), "", 1), count=1)):
        return None  # the line is the clause and its marker or stops: nothing to add
    return sentence


def _unmatched(sentence: str, positions: range, wanted: str, other: str) -> int | None:
    """The first position of ``positions`` holding a ``wanted`` bracket no ``other`` bracket met
    on the way pairs with (walking left for the opening bracket around a point, right for its
    closing one); None when there is none."""
    depth = 0
    for i in positions:
        if sentence[i] in other:
            depth += 1
        elif sentence[i] in wanted:
            if depth == 0:
                return i
            depth -= 1
    return None


def _own_part(sentence: str, at: int) -> str:
    """The part of a line's sentence that holds the clause at ``at``: the bracket it stands in
    (``…。（以下均需各设区市人民政府落实，不再列出）`` closes a task's clause that holds a 。: the
    sentence began inside it), and in a page whose lines were run together up to the next
    item's number (``…，不再列出2 .推动能源清洁低碳转型。``)."""
    opened = _unmatched(sentence, range(at - 1, -1, -1), "（(", "）)")
    closed = _unmatched(sentence, range(at, len(sentence)), "）)", "（(")
    if closed is not None:  # (a bracket opened in the sentence before: the part up to its close)
        return sentence[opened: closed + 1] if opened is not None else sentence[:closed]
    item = _NEXT_ITEM.search(sentence, at)
    return sentence[:item.start()] if item else sentence


def edge_sentence(edge: dict, task: dict) -> str | None:
    """The sentence an assignment edge's thin clause stands in: the one the build kept on the
    edge (a clause on a line above its task, ``line_sentence``), else the one its task's text
    holds (``clause_sentence``)."""
    kept = edge.get("clause_sentence")
    if isinstance(kept, str) and kept:
        return kept
    return clause_sentence(edge.get("clause"), edge.get("clause_start"), edge.get("clause_end"), task)


#: A word of a sentence: what a line holding only its clause, a heading marker and stops lacks.
_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
#: The next item's number in a page whose lines were run together (``不再列出2 .推动``).
_NEXT_ITEM = re.compile(r"(?<=[\u4e00-\u9fff）)])\s*\d{1,3}\s*[.．、](?=\s*[\u4e00-\u9fff])")
_MARKER = re.compile(r"^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．])")


def _sentence_around(text: str, a: int, b: int) -> str | None:
    """The sentence of ``text`` holding ``text[a:b]`` (cut at MAX_SENTENCE), None when the span
    closes its sentence."""
    bounds = _sentence_bounds(text, a, b)
    return None if bounds is None else _cut(text[bounds[0]:bounds[1]].strip())


def _sentence_bounds(text: str, a: int, b: int) -> tuple[int, int] | None:
    """Where the sentence of ``text`` holding ``text[a:b]`` begins and ends, None when the span
    closes its sentence."""
    end = next((i + 1 for i in range(b, len(text)) if text[i] in SENTENCE_END), len(text))
    if end == b or not text[b:end].strip(SENTENCE_END + " 　"):
        return None  # the clause closes its sentence: it is its own quote
    return max((text.rfind(c, 0, a) for c in SENTENCE_END), default=-1) + 1, end


def _cut(sentence: str) -> str:
    return sentence if len(sentence) <= MAX_SENTENCE else sentence[:MAX_SENTENCE - 1] + "…"


def shown_sentence(sentence: str | None, title: Any) -> str | None:
    """The sentence to show beside a task's ``title``: None when the title reads it already (a
    duty paragraph titled by its first sentence: ``县检察院：负责开展涉水领域公益诉讼检察工作``),
    stops and spaces aside."""
    if not sentence or not isinstance(title, str) or not title:
        return sentence or None
    core = sentence.rstrip("…").strip(SENTENCE_END + "，, 　")
    return None if core and core in title else sentence


def kept_sentences(graph: Any, task_ids: Any = None) -> dict[tuple[str, int], str]:
    """(task id, clause start) -> the sentence the build kept on an edge (``line_sentence``) of
    the tasks ``task_ids`` (all when None): for the tables built from frames (``b.tasks()``: the
    workbook, ``respgraph tasks``), whose rows carry the clause and its span but not the edge."""
    from respgraph.model import task_node

    if task_ids is None:
        edges = ((k, e) for _, _, k, e in graph.edges(keys=True, data=True))
    else:
        edges = ((k, e) for t in dict.fromkeys(map(str, task_ids)) if task_node(t) in graph
                 for _, keys in graph._pred[task_node(t)].items() for k, e in keys.items())
    out: dict[tuple[str, int], str] = {}
    for k, e in edges:
        if k in ("LEADS", "SUPPORTS") and e.get("clause_sentence") and e.get("clause_start") is not None:
            out[(str(e.get("task_id")), int(e["clause_start"]))] = e["clause_sentence"]
    return out


def row_sentence(row: Any, kept: dict[tuple[str, int], str] | None = None) -> str | None:
    """``edge_sentence`` of a row of ``b.tasks()`` (its task's clause, span, text and title),
    with the sentences ``kept_sentences`` found on the graph."""
    start = getattr(row, "clause_start", None)
    try:
        key = (str(getattr(row, "task_id", "")), int(start))
    except (TypeError, ValueError):  # no span: None, NaN or pandas' NA
        key = None
    edge = {"clause": getattr(row, "clause", None), "clause_start": start, "clause_end": getattr(row, "clause_end", None),
            "clause_sentence": (kept or {}).get(key) if key else None}
    task = {"text": getattr(row, "text", ""), "start": getattr(row, "start", None)}
    return edge_sentence(edge, task)
