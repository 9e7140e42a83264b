"""Where an assignment was written: ``Provenance`` (file, spans, clause; re-reads the clause
from the plan file), what ``Build.provenance`` returns."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Provenance:
    """Where one assignment (a LEADS/SUPPORTS edge) was written: the plan file, the span of
    the mention and of its clause in the file's *cleaned* text (``respgraph.read``), and the
    clause as written.

    ``source_text()`` re-reads the file and returns the clause span, so that the claim can be
    checked against the document itself; ``str(p)`` is one readable line.
    """

    plan_id: str
    task_id: str
    task_title: str
    agency: str
    role: str
    basis: str
    mention: str
    file: str
    start: int | None
    end: int | None
    clause: str
    clause_start: int | None
    clause_end: int | None
    path: Path | None = field(default=None, compare=False)  # the file found on this machine
    # the id of the body the mention names, when the plan's year read it as the body a reform
    # renamed that one to (a 2024 plan's 市建设局: 台州市/建设局, the edge the 住房和城乡建设局's)
    renamed_from: str | None = None
    #: the whole sentence a thin clause stands in (``县检察院：负责`` of ``县检察院：负责依法履行法律监督
    #: 职能，…。``: ``graph.clause_context.clause_sentence``), None when the clause says the work itself
    sentence: str | None = None

    @property
    def _shown_sentence(self) -> str | None:
        # the sentence, unless the task's title (shown beside it) reads it already
        from respgraph.graph.clause_context import shown_sentence

        return shown_sentence(self.sentence, self.task_title)

    @property
    def span(self) -> tuple[int, int] | None:
        """(start, end) of the mention in the cleaned text."""
        return None if self.start is None else (self.start, self.end)

    @property
    def clause_span(self) -> tuple[int, int] | None:
        """(start, end) of the clause in the cleaned text; None when it could not be located."""
        return None if self.clause_start is None else (self.clause_start, self.clause_end)

    def document_text(self) -> str:
        """The cleaned text of the plan file (read again; raises ``FileNotFoundError`` with
        the file name when the file is not where the build found it)."""
        path = self.path or Path(self.file)
        if not path.exists():
            raise FileNotFoundError(f"{self.file}: plan file not found (pass base= to Build.provenance)")
        st = path.stat()
        return _cleaned_text(str(path), st.st_mtime_ns, st.st_size)

    def source_text(self, context: int = 0) -> str:
        """The clause span of the cleaned text (the mention's span when the clause has none),
        with ``context`` characters either side."""
        text = self.document_text()
        s, e = self.clause_span or self.span or (0, 0)
        return text[max(0, s - context): e + context]

    def __str__(self) -> str:
        where = f"{self.file}:{self.clause_start}-{self.clause_end}" if self.clause_span else f"{self.file}:{self.start}-{self.end}"
        renamed = (f" ({self.mention} is {self.renamed_from}: read by the plan's year as the body a reform renamed it to)"
                   if self.renamed_from else "")
        sentence = f" in 「{self._shown_sentence}」" if self._shown_sentence else ""
        return f"{self.agency} {self.role}s {self.task_id} ({self.task_title}) — {where} 「{self.clause}」{sentence}{renamed}"

    def _repr_html_(self) -> str:
        clause = self.clause or ""

        def esc(v: Any) -> str:
            return html.escape(str(v), quote=True)

        body = esc(clause)
        if self.clause_span and self.span and self.clause_start <= self.start and self.end <= self.clause_end:
            a, b = self.start - self.clause_start, self.end - self.clause_start
            if clause[a:b] == self.mention:  # highlight the mention inside its clause
                body = f"{esc(clause[:a])}<mark>{esc(clause[a:b])}</mark>{esc(clause[b:])}"
        span = self.clause_span or self.span
        return (f"<div><b>{esc(self.agency)}</b> {esc(self.role)} · {esc(self.task_id)} {esc(self.task_title)}<br>"
                f"<code>{esc(self.file)}</code> characters {esc(span[0] if span else '?')}–{esc(span[1] if span else '?')}"
                f" (basis {esc(self.basis)})<br><blockquote>{body}</blockquote>"
                + (f"<small>in the sentence</small><blockquote>{esc(self._shown_sentence)}</blockquote>" if self._shown_sentence else "")
                + "</div>")


@lru_cache(maxsize=16)
def _cleaned_text(path: str, mtime_ns: int, size: int) -> str:
    """The cleaned text of a plan file; cached per (path, mtime, size) so that checking every
    assignment of a plan reads the file once, and an edited file is read again."""
    from respgraph.read import read_document

    return read_document(path).text


def _int_or_none(v: Any) -> int | None:
    try:
        if v is None or v != v:  # NaN from a DataFrame column with gaps
            return None
        return int(v)
    except (TypeError, ValueError):
        return None
