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
"""

from __future__ import annotations

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
    closes its sentence, or its span does not match the task's text (a clause of another
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
    end = next((i + 1 for i in range(b, len(text)) if text[i] in SENTENCE_END), len(text))
    if end == b or not text[b:end].strip(SENTENCE_END + " 　"):
        return None  # the clause closes its sentence: it is its own quote
    begin = max((text.rfind(c, 0, a) for c in SENTENCE_END), default=-1) + 1
    sentence = text[begin:end].strip()
    return sentence if len(sentence) <= MAX_SENTENCE else sentence[:MAX_SENTENCE - 1] + "…"
