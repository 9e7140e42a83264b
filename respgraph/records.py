"""Typed records passed between the pipeline stages.

read -> structure -> responsibilities -> resolve -> graph

Each stage takes records of the stage before and returns records of its own; no stage
reaches into another's internals. Every character offset (``Span``) indexes into
``Document.text``, the cleaned text that all stages after ``read`` see; ``Document.offsets``
maps those offsets back to the raw decoded text, so every number can be audited against
the original file.
"""

from __future__ import annotations

import operator
import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

Role = Literal["lead", "support"]
Basis = Literal["explicit", "first_listed", "inherited", "table", "suggested"]

#: The bases a plan itself states. ``suggested`` is respgraph's own guess and is kept apart.
STATED_BASES: tuple[str, ...] = ("explicit", "first_listed", "inherited", "table")
#: Bases whose mention is its own clause (an inherited heading's agency, a table cell): the
#: clause evidence is the mention itself.
OWN_CLAUSE_BASES: frozenset[str] = frozenset({"inherited", "table"})


def _pickled_as_fields(cls: type) -> type:
    """Pickle the instances of a slots dataclass as ``(cls, (field values…))``.

    The default for a slots class sends a dict of its slots per object and sets them back
    one by one; this is a tuple and one ``__init__`` call. The extraction pool pickles every
    plan back to the build (~1,500 of these objects each): unpickling them is work of the
    build's main process, the busier side. Only for classes without ``__post_init__``.
    """
    names = tuple(f.name for f in fields(cls))
    get = operator.attrgetter(*names)
    values = get if len(names) > 1 else (lambda obj: (get(obj),))  # attrgetter of one name: no tuple

    def __reduce__(self: Any) -> tuple:
        return cls, values(self)

    cls.__reduce__ = __reduce__  # type: ignore[method-assign]
    return cls


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range ``[start, end)`` in ``Document.text``."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def __reduce__(self):
        # A frozen slots dataclass otherwise pickles through dataclasses' Python-level
        # __getstate__/__setstate__ (a fields() walk per object): with ~300 spans per plan
        # that was two thirds of unpickling what the extraction pool sends back.
        return (Span, (self.start, self.end))


# A frozen dataclass's __init__ sets each field through object.__setattr__, which looks the
# attribute up on the type first; the slots' own descriptors set them directly (the same
# values, still frozen to assignment). ~80,000 spans are made per 300 synthetic plans, one for
# every mention, clause, deadline and target.
_set_span_start = Span.start.__set__  # type: ignore[attr-defined]
_set_span_end = Span.end.__set__  # type: ignore[attr-defined]


def _span_init(self: Span, start: int, end: int) -> None:
    _set_span_start(self, start)
    _set_span_end(self, end)


_span_init.__name__, _span_init.__qualname__ = "__init__", "Span.__init__"
Span.__init__ = _span_init  # type: ignore[method-assign]


def file_offsets(positions: "dict[int, int] | list[int] | None", start: Any, end: Any) -> tuple[int | None, int | None]:
    """(start, end) in the plan file of the text span ``[start, end)``, from a
    ``Document.file_positions`` table; (None, None) when the span is empty or not located.

    >>> file_offsets({0: 0, 3: 5}, 0, 4), file_offsets([0, 2, 3, 5], 1, 3), file_offsets({0: 0}, 0, 4)
    ((0, 6), (2, 4), (None, None))
    """
    if positions is None or start is None or end is None or end <= start:
        return None, None
    if isinstance(positions, dict):
        a, b = positions.get(start), positions.get(end - 1)
    elif end <= len(positions):
        a, b = positions[start], positions[end - 1]
    else:
        return None, None
    return (a, b + 1) if a is not None and b is not None else (None, None)


# --------------------------------------------------------------------------- read


@dataclass(slots=True)
class Cell:
    text: str
    span: Span
    # a cell wrapped over several lines of a table in plain text: the pieces, in order; ``text``
    # is them joined (by a line break between two whole unit names, else by nothing)
    parts: tuple[Span, ...] = ()


@dataclass(slots=True)
class Table:
    """A table found in the document (docx/html), also rendered into ``Document.text``.

    ``header`` holds the header cells' texts; ``rows`` the body rows. Each cell knows its
    span in the rendered text, so a task built from a row keeps its provenance.
    """

    header: list[str]
    rows: list[list[Cell]]
    span: Span
    # the header row's cells (docx/html/xlsx): a table cut at a page break goes on in another
    # table whose first row is taken for its header
    head: tuple[Cell, ...] = ()


@dataclass(slots=True)
class Document:
    """Output of ``respgraph.read``: one file decoded and cleaned."""

    path: str
    format: str  # "txt" | "docx" | "pdf" | "html"
    encoding: str  # e.g. "utf-8", "utf-8-sig", "gb18030", "big5"; "" for binary formats
    raw_text: str  # decoded text before clean-up (docx/pdf/html: the extracted text)
    text: str  # cleaned text; every Span indexes into this
    offsets: list[int] | None = None  # offsets[i] = index in raw_text of text[i]
    script: Literal["simplified", "traditional"] = "simplified"
    tables: list[Table] = field(default_factory=list)
    # what the user must be told: parts of the file not read or lost (glyphs without characters,
    # a truncated file, a site's preview cut off …); ``notes``: what the clean-up removed or
    # repaired (page numbers, portal lines, traditional characters …), for the curious
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # the text stops before the document does (a site's preview cut off, a truncated file): the
    # task read last is incomplete (``structure`` flags it ``cut_off``)
    cut_off: bool = False
    # offsets[i] for the positions provenance needs (span starts and last characters), kept
    # when a lean plan drops the full map: (sorted positions, their offsets), two int arrays
    # (8 bytes an entry; a dict would cost ~90 and a 10,000-plan build holds ~3 M of them)
    kept_offsets: tuple[Any, Any] | None = None
    # a .txt whose table, one cell per line, was put back into rows: ``raw_text`` is the rebuilt
    # text, not the file, and file_map[j] is the index in the file of raw_text[j] (None: the file)
    file_map: list[int] | None = None

    def file_span(self, span: Span) -> Span | None:
        """The span in the plan *file* of a span of ``text``: character offsets into the file
        decoded with ``encoding`` and newlines untranslated (``open(path, encoding=…,
        newline="")``). Only for ``.txt`` plans (a .docx/.pdf/.html/.xlsx file is not text); None
        when the position is not known.
        """
        start, end = file_offsets(self.file_positions(), span.start, span.end)
        return Span(start, end) if start is not None else None

    def file_positions(self) -> "dict[int, int] | list[int] | None":
        """``file_span``'s table for many look-ups: the file offset of each position of
        ``text`` that has one (a dict built from ``kept_offsets``; the full offset map, a list
        indexed by position, before ``extract.lean``), or None (not a .txt plan). Build it
        once per plan and call ``file_offsets`` per span: the graph locates ~1.6 M
        assignments of a 10,000-plan build that way."""
        if self.format != "txt":
            return None
        if self.offsets:
            return self.file_offset_map()
        if not self.kept_offsets:
            return None
        keys, values = self.kept_offsets
        return dict(zip(keys, values))

    def file_offset_map(self) -> "list[int] | None":
        """The file offset of every position of ``text`` (``offsets`` through ``file_map``, when
        the text was rebuilt from the file); None after ``extract.lean``."""
        if not self.offsets or self.file_map is None:
            return self.offsets
        fm = self.file_map
        return [fm[o] for o in self.offsets]

    def raw_span(self, span: Span) -> Span:
        """Map a span of ``text`` back to ``raw_text``."""
        if not self.offsets:
            return span
        start = self.offsets[span.start] if span.start < len(self.offsets) else len(self.raw_text)
        end = self.offsets[span.end - 1] + 1 if span.end > span.start else start
        return Span(start, end)


# --------------------------------------------------------------------------- structure


@dataclass(slots=True)
class PlanMeta:
    plan_id: str  # slug of the file name, stable across runs
    path: str
    title: str = ""
    issuers: list[str] = field(default_factory=list)
    doc_number: str | None = None  # e.g. 渝党发〔2022〕9号
    date: str | None = None  # ISO date, e.g. 2022-07-07
    jurisdiction: str | None = None  # e.g. 渝水区
    level: str | None = None  # "province" | "city" | "district" | "county" | "zone" | "township" | "subdistrict"
    kind: str | None = None  # 实施方案 | 工作要点 | 规划 | 行动方案 | ...


@_pickled_as_fields
@dataclass(slots=True)
class Heading:
    level: int  # 1 = top (一、 / 第一章), deeper numbers are deeper
    number: str  # as written: "一、", "（三）", "第二节", "专栏3"
    title: str
    span: Span


@_pickled_as_fields
@dataclass(slots=True)
class Deadline:
    text: str  # as written: "2022年6月底前"
    year: int | None
    month: int | None
    # 前/底前 = by; 到2025年 = at; 期间 = during; 长期坚持/持续推进/常态化 = ongoing (no end, no
    # date); 立行立改/即知即改 = immediate (at once, no date)
    kind: Literal["by", "at", "during", "ongoing", "immediate"]
    span: Span


@_pickled_as_fields
@dataclass(slots=True)
class Target:
    text: str  # the phrase, e.g. "空气质量优良天数比例达到96%"
    indicator: str  # "空气质量优良天数比例"
    value: float
    unit: str  # "%", "μg/m3", "座", ...
    comparator: str  # "达到" | "以上" | "以内" | "低于" | ...
    span: Span


# --------------------------------------------------------------------------- responsibilities


@_pickled_as_fields
@dataclass(slots=True)
class Mention:
    """An agency as written in a clause."""

    text: str  # whitespace/OCR spaces removed, without the portfolio parenthetical
    role: Role
    basis: Basis
    span: Span
    portfolio: list[str] = field(default_factory=list)  # 区农林水与生态环境局(生态环境、水利)
    collective: bool = False  # 各乡镇（办）党委、政府; 市环委会成员单位


@_pickled_as_fields
@dataclass(slots=True)
class Clause:
    """A responsibility clause such as （牵头单位：A；责任单位：B、C）."""

    span: Span
    raw: str  # the clause text as it stands in Document.text
    mentions: list[Mention] = field(default_factory=list)
    inherit: list[Mention] = field(default_factory=list)  # 以下均需…落实，不再列出
    parsed: bool = True  # False: looked like a clause but could not be read; raw is kept
    problems: list[str] = field(default_factory=list)
    # the bodies named to supervise the work (督导单位：县委督查室 / a 督办单位 column): not in
    # ``mentions``, so no workload or network counts them; ``role`` is unused ("support")
    supervisors: list[Mention] = field(default_factory=list)


@_pickled_as_fields
@dataclass(slots=True)
class Task:
    plan_id: str
    task_id: str  # stable across runs: f"{plan_id}:{seq:03d}"
    seq: int
    number: str  # as written: "14", "（3）", "" for lead-sentence paragraphs
    title: str  # the first sentence, e.g. 持续抓好城区黑臭水体治理
    section: list[str]  # heading titles from the top down
    campaign: str | None  # the 攻坚战/保卫战/专项行动 the task sits under
    text: str
    span: Span
    kind: Literal["numbered", "paragraph", "box", "table", "indicator"] = "numbered"
    clauses: list[Clause] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)  # final, after inheritance
    deadlines: list[Deadline] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)  # e.g. "unparsed_clause", "no_clause", "cut_off", "unreadable_chars", "table_differs"
    # where it sits, as a user cites it: the markers of the headings above it and its own number
    # (二（一）2, 第三章第二节（四）, 附件1 · 12; respgraph.structure.task_paths)
    path: str = ""


@_pickled_as_fields
@dataclass(slots=True)
class Campaign:
    campaign_id: str  # f"{plan_id}:c{n:02d}"
    name: str
    kind: str  # 攻坚战 | 保卫战 | 专项行动 | 专栏 | ...
    parent: str | None = None  # a 专项行动 listed under a 攻坚战 in an attachment
    source: Literal["heading", "attachment"] = "heading"


@dataclass(slots=True)
class ExtractedPlan:
    meta: PlanMeta
    tasks: list[Task]
    campaigns: list[Campaign]
    headings: list[Heading]
    document: Document
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- resolve


@dataclass(slots=True)
class Agency:
    agency_id: str  # deterministic, e.g. "渝水区/发展和改革委员会"
    name: str  # canonical name, e.g. 渝水区发展和改革委员会
    jurisdiction: str | None
    functions: list[str]  # function codes of the taxonomy
    kind: Literal["agency", "division", "party", "legislature", "judiciary", "government", "collective", "enterprise", "other"] = "agency"
    aliases: list[str] = field(default_factory=list)
    known: bool = True  # False: no function could be assigned; listed by `agencies --unknown`
    # the department a division or a group of its units belongs to (生态环境局 of 大气科), else None
    parent: str | None = None


#: Longest clause kept whole as the evidence of each of its assignments. A longer one (a list
#: of thousands of units) is cut to its head and a window around the mention: repeating a
#: 30,000-unit clause in each of its 30,000 assignments would make the output grow with the
#: square of the clause (20 GB for a 680 KB file). The span still locates the whole clause.
CLAUSE_EVIDENCE_MAX = 400


def clause_evidence(raw: str, start: int, end: int, limit: int = CLAUSE_EVIDENCE_MAX) -> str:
    """The clause ``raw`` as evidence for the mention at ``raw[start:end]``.

    >>> clause_evidence("（责任单位：区发改委）", 6, 10)
    '（责任单位：区发改委）'
    >>> long = "（责任单位：" + "、".join(f"区第{i}局" for i in range(100)) + "）"
    >>> i = long.index("区第50局"); clause_evidence(long, i, i + 5, limit=30)
    '（责任单位：…8局、区第49局、区第50局、区第51局、区第…'
    """
    if len(raw) <= limit:
        return raw
    label = re.match(r"[（(【〔]?[^：:]{0,10}[：:]", raw)  # "（牵头单位：" says which role the list is
    head = label.group() if label and label.end() <= start else ""
    half = max(0, (limit - len(head) - (end - start)) // 2)
    a, b = max(len(head), start - half), min(len(raw), end + half)
    return head + ("…" if a > len(head) else "") + raw[a:b] + ("…" if b < len(raw) else "")


@dataclass(frozen=True, slots=True)
class Source:
    file: str
    start: int
    end: int
    clause: str


@dataclass(slots=True)
class Assignment:
    agency: str  # canonical name
    agency_id: str
    mention: str
    role: Role
    basis: Basis
    portfolio: list[str]
    source: Source
    # the id of the body the name as written is, when the plan's year read it as the body a reform
    # renamed that one to (a 2024 plan's 市建设局: 台州市/建设局, the assignment 住房和城乡建设局's;
    # respgraph.resolve.renamed); else None
    renamed_from: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class Supervision:
    """A body a task names to supervise it (督导单位 / 督办单位), resolved as any mention is: its
    agency id and canonical name beside the name as written. No role: it is shown, never counted."""

    agency: str  # canonical name
    agency_id: str
    mention: str
    source: Source
    renamed_from: str | None = None  # as an assignment's

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class ResolvedPlan:
    """Output of ``respgraph.resolve``: a plan whose mentions are bound to canonical agencies."""

    plan: ExtractedPlan
    assignments: dict[str, list[Assignment]]  # task_id -> assignments, in clause order
    agencies: dict[str, Agency]  # agency_id -> Agency (only those this plan mentions)
    unknown: list[str] = field(default_factory=list)  # mentions that resolved to no known function
    # task_id -> its supervisors (``task_supervisors(task)``, in that order), only for tasks naming any:
    # not in ``agencies`` unless they also lead or support (no workload, no network counts them)
    supervisors: dict[str, list[Supervision]] = field(default_factory=dict)
