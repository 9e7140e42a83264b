"""Tasks: the items that responsibility clauses belong to, or lead-sentence paragraphs.

Rules (documented in the ``structure`` package docstring):

* Plans with clauses. A *task chapter* is a top-level section (``一、``/``第一章``/an
  unnumbered 主要任务 …) holding at least one clause. Every block whose own text holds a
  clause is a task, at whatever depth (``1.`` items, ``（1）`` items under a ``1.`` heading,
  ``（一）`` mechanism paragraphs). Other leaf items of a task chapter are tasks flagged
  ``no_clause``; chapters without any clause (主要目标, 组织保障) hold no task. A heading
  holding only its title and a clause (``（一）…`` / ``牵头单位：A`` / ``1.…`` / ``2.…（责任单位：B）``)
  is not a task when some items below it hold no clause: its clause leads those items (as a
  heading naming one unit does, ``一、区发展改革委``); when none of its items has a clause,
  they are its text and it is one task. Items without a deadline of their own take the one a
  phase heading or line above them states (``（二）集中整治阶段（2025年4月—9月）``: by its end), or a
  sentence of the preamble or their chapter's head (``以下任务均于2025年底前完成``) or after them
  (``上述任务须在2025年11月底前全部完成``). A second
  clause after more text scopes only that text: the item becomes two tasks with the same
  number.
  Paragraphs: two or more titled paragraphs under one heading (``（一）深入打好蓝天保卫战`` /
  ``强化扬尘管控。…`` / ``推进VOCs治理。…（责任单位：…）``) are paragraph tasks, those without a
  clause flagged ``no_clause`` (not in a background section or a safeguard chapter, not prose:
  ``主要目标。…`` / ``近年来，…``); one paragraph under a heading, or the paragraphs of an item
  numbered below （一） closed by its only clause, are the item's text.
  A heading holding only its title and a clause over two or more titled paragraphs
  (``（一）加强源头治理（牵头单位：A）`` / ``强化…。…`` / ``严格…。…``): the paragraphs are the tasks
  and A leads those naming no unit. ``①②`` parts of an item without units, the last closed by
  a clause, are the item's text and the clause its own; ``①②`` with clauses of their own are
  tasks. In a plan numbered without chapters, the items before the first item with a clause
  and after the last are tasks too (not an item naming no work, 其他事项, closing words).
  A plan whose clauses all stand in ``专栏`` boxes or its safeguard chapter (a 规划 naming a
  责任单位 under each project) reads its other chapters as a plan without clauses would. A box's
  units written once (a label line under its title, ``（以上项目由A牵头）`` after its projects)
  lead all its projects.
  Chapters of the plan's principles (``一、总体要求`` / ``工作目标``) and of its safeguards hold
  no task without a clause: ``（三）工作目标。…由A牵头制定…`` is a task, ``（一）指导思想`` beside it
  is none. A 通报's ``三、下一步工作要求`` / ``整改要求`` is work, not a closing 工作要求. The last
  task ends before the plan's closing (its signature with the date under it, a minutes'
  ``出席：`` / ``列席：`` lines: ``meta.closing_start``).
* Plans that divide their work by unit (职责分工 sections, 实施细则/管理办法 articles): each
  duty statement is a task its unit leads (``1.县发展改革局：负责…`` / ``第五条 县生态环境局
  负责…`` / one task per ``A负责…。`` sentence of a 职责分工 paragraph); see ``duty_clauses``.
  When duty statements are a plan's only clauses, its other chapters are read as in a plan
  without clauses (一、主要任务 items, a 规划's titled paragraphs), the duties' chapters apart.
* Plans without any clause (五年规划). Task chapters are those after the last background
  chapter (基础, 形势, 指导思想, 基本原则, 目标, 总体要求) and not a safeguard chapter
  (保障措施, 组织实施; 加强民生保障 is work). Tasks are paragraphs whose first sentence is a
  short title (``深入推进产业结构优化调整。持续…``), numbered leaf items written the same way, and
  the items of ``专栏`` boxes (kind ``box``). A plan that titles none of its paragraphs
  writes a task as a numbered title over paragraphs (``一、优化产业结构`` / ``严控…。``):
  those items are the tasks, their paragraphs the text.

Modules: this one holds ``TaskBuilder``'s state and the making of a task (``add``: units a
heading or a ``…，下同`` clause gives, the deadlines and targets of its text); its passes and
rules are mixins in ``task_clauses`` (plans with clauses), ``task_items`` (which block a clause
belongs to, which blocks are tasks), ``task_paragraphs`` (titled paragraphs, plans without
clauses) and ``task_deadlines`` (deadlines stated once); the title patterns and pure helpers
are in ``task_rules``, duty statements in ``duties``. Names other modules import from here
(``lead_title``, ``safeguard_title``, ``clean_number``, ``duty_clauses`` …) stay importable.
"""

from __future__ import annotations

import bisect
import re

from respgraph.grammar.labels import SAME_BELOW_NOTE
from respgraph.records import Clause, Deadline, Mention, Span, Task
from respgraph.structure.blocks import Block
from respgraph.structure.campaigns import BATTLE_KINDS, campaign_name
from respgraph.structure.fields import find_deadlines, find_targets, unique_deadlines
from respgraph.structure.headings import heading_title, is_heading, section_path
from respgraph.structure.task_clauses import ClauseTasks
from respgraph.structure.task_deadlines import StatedDeadlines
from respgraph.structure.task_items import ItemRules, names_own_lead
from respgraph.structure.task_paragraphs import ParagraphTasks
from respgraph.structure import task_paths

# (imported from here by the pipeline, tables and tests: the rules live in these modules)
from respgraph.structure.duties import DUTY_SECTION, duty_clauses  # noqa: F401
from respgraph.structure.task_items import _ABOVE_ALL  # noqa: F401
from respgraph.structure.task_rules import (  # noqa: F401
    BACKGROUND, LEAD_TITLE_MAX, SAFEGUARD, SAFEGUARD_CHAPTER, clean_number, lead_title, safeguard_title,
)

# （责任单位：A、B，下同） / （A牵头，B配合。下同） / （责任单位：A，以下均同）: the clause holds for the items after it in its
# section that name no unit of their own
_SAME_BELOW = re.compile(r"[，,；;。、\s]" + SAME_BELOW_NOTE + r"\s*[）)〕】\]］]?\s*$")
_OPENS, _CLOSES = "（(〔【[［", "）)〕】]］"


def _same_below(raw: str) -> bool:
    """Whether clause ``raw`` ends with 下同 said of the whole clause, not of a note on its last unit
    (责任单位：A、B（按职责分工负责，下同）: the note holds below, not the units)."""
    if "同" not in raw:
        return False  # (every clause is asked; the pattern opens with a class of stops and blanks)
    m = _SAME_BELOW.search(raw)
    if m is None:
        return False
    depth = sum(c in _OPENS for c in raw[: m.start()]) - sum(c in _CLOSES for c in raw[: m.start()])
    return depth == (1 if raw[:1] in _OPENS else 0)


def _first_listed_support(c: Clause) -> Clause:
    """``c`` with its first-listed lead supporting: a heading's 牵头单位 leads instead."""
    if not any(m.basis == "first_listed" for m in c.mentions):
        return c
    ms = [Mention(m.text, "support", "explicit", m.span, list(m.portfolio), m.collective) if m.basis == "first_listed" else m
          for m in c.mentions]
    return Clause(span=c.span, raw=c.raw, mentions=ms, inherit=c.inherit, parsed=c.parsed, problems=c.problems, supervisors=c.supervisors)


class TaskBuilder(ClauseTasks, ItemRules, ParagraphTasks, StatedDeadlines):
    """The tasks of one plan, built in passes (``from_clauses``, ``from_paragraphs``, the
    tables') and given the deadlines stated once (``give_stated_deadlines``). The rules of each
    pass are in its mixin: ``task_clauses``, ``task_items``, ``task_paragraphs``, ``task_deadlines``."""

    def __init__(self, text: str, blocks: list[Block], plan_id: str, mention_fn):
        self.text = text
        self.blocks = blocks
        self.plan_id = plan_id
        self.mention_fn = mention_fn  # (clauses, inherited) -> mentions
        self.tasks: list[Task] = []
        self.inherited: list[Mention] = []
        self.starts = [b.start for b in blocks]
        self.markers: list[Clause] = []  # stand-alone inheritance markers, in text order
        self._scoped: dict[int, list[Mention]] = {}  # heading -> the units its own marker gives its items
        self.stops: list[int] = []  # where tables start
        self.unlined_rows: list[str] = []  # a table's rows naming units but no task (plan_warnings)
        self.differing_rows: list[str] = []  # items whose 分工表 row names another lead (plan_warnings)
        self.split_rows: list[str] = []  # items divided into rows that name none of its leads (plan_warnings)
        self.differing_duties: list[str] = []  # items whose list of duties names another lead (plan_warnings)
        self.project_rows: set[int] = set()  # ids of the rows of a project list (项目名称 | 总投资 …): no body item's
        self.body_end: int | None = None  # past it (an attachment) no block of the body holds a position
        self.closing = len(text)  # where the plan's signature or a minutes' attendance lines begin
        # the text stops where a site's preview or a truncated file stops (Document.cut_off): the
        # item it stops in may be cut inside its first sentence (_cut_item)
        self.cut_off = False
        # (text, start, end) -> Clause | None: a heading that only names a unit (一、区发展改革委)
        # leads the tasks below it (duty_statements.heading_owner)
        self.owner_fn = None
        self.owned_fn = None  # (text, start, end, owner clause) -> the clauses the item gets
        # (text, start, end, clauses) -> the body's supporters of a led task (responsibilities.body_supports)
        self.supports_fn = None
        # (text, start, end) -> the clauses of a numbered item naming no unit whose body's sentences
        # open with one: 镇司法所负责指导… (responsibilities.body_subjects)
        self.subjects_fn = None
        self._owners: dict[int, Clause | None] = {}
        self._own_owners: dict[int, Clause | None] = {}  # heading -> the unit its own words name (owner_fn)
        self._root_list: list[int] | None = None
        self._by_form: dict[int, bool] = {}  # heading -> it names a body by its form (_named_by_form)
        # heading block -> its clause, when items below it have clauses of their own and others
        # have none: （一）…\n牵头单位：A\n1.…\n2.…（责任单位：B）: A leads 1.
        self.heading_clauses: dict[int, Clause] = {}
        # headings whose clause's lead leads items that name only 责任单位 (see _leads_responsible_items)
        self.lead_over: set[int] = set()
        self.duty_starts: set[int] = set()  # where duty statements (duty_clauses) begin
        self.year: int | None = None  # the plan's year, for deadlines written without one (plan_year)
        self.issued: str | None = None  # the plan's ISO date (春节前 after this year's festival: find_deadlines)
        # the plan is an assessment's rules (…考核实施细则 / …考核办法): its 考核 chapters (考核程序) are
        # its work, not the closing checks of a plan of other work (set by pipeline from the title)
        self.assessment_rules = False
        # (section path, clauses) of the last clause written …，下同: see same_below
        self._same_below: tuple[tuple[int, ...], list[Clause]] | None = None
        self._titled: dict[int | None, dict[int, str]] = {}  # heading -> its titled paragraphs
        self._chapters_with_text: dict[tuple[int, str], bool] = {}  # (chapter, item style) -> an item of it sets out work, none points to the attachment
        self._top_blocks: list[int] | None = None
        self._para_clauses: set[int] = set()  # paragraphs holding clauses of their own (from_clauses)
        self._several: set[int] = set()  # blocks holding several clauses (from_clauses)
        self._own_stated: dict[int, Deadline | None] = {}  # heading -> the deadline its own line or text states
        self._stated: dict[int | None, dict[int, Deadline | None]] = {}  # see _stated_before
        self._hints: list[int] | None = None  # see _hint_in
        # block -> the headings above it (section_path) and heading -> its title: asked by every
        # task several times over (section, campaign, box, owner, 下同), computed once per block
        # (the blocks and their tree are fixed before the builder gets them)
        self._paths: dict[int, tuple[int, ...]] = {}
        self._titles: dict[int, str] = {}
        self._markers: dict[tuple[int, bool], str] = {}  # (heading, titled) -> heading_marker
        # (the headings above, titled) -> heading_markers: asked twice for every task (cited_path's
        # two paths), the same for every task under one heading
        self._marker_paths: dict[tuple[tuple[int, ...], bool], str] = {}
        self.titled_paths: dict[int, tuple[Task, str]] = {}  # id(task) -> (task, its path with untitled headings' titles)
        self._attachments: tuple[list[int], list[str]] | None = None  # task_paths.attachment_lines, once per plan
        # (heading, style) -> its blocks of that style, paragraphs or a bullet's items (_place)
        self._paragraphs: dict[tuple[int | None, str], list[int]] = {}
        self._heads: dict[int, bool] = {}  # block -> is_heading: asked for each item's siblings (_title_only_item)
        # heading -> whether its title opens a section of a body's units (duties.in_roster), asked
        # for every task under it (pipeline._in_roster)
        self.roster_headings: dict[int, bool] = {}

    # ----------------------------------------------------------------- helpers
    def root(self, i: int) -> int:
        while self.blocks[i].parent is not None:
            i = self.blocks[i].parent
        return i

    def block_at(self, pos: int) -> int | None:
        if self.body_end is not None and pos >= self.body_end:
            return None  # 附件1：…任务分工表 after the body is in no section of the body
        k = bisect.bisect_right(self.starts, pos) - 1
        return k if k >= 0 else None

    def path(self, i: int) -> tuple[int, ...]:
        """``section_path`` of block ``i``: the headings above it, top first."""
        path = self._paths.get(i)
        if path is None:
            path = self._paths[i] = tuple(section_path(self.text, self.blocks, i))
        return path

    def title(self, i: int) -> str:
        """``heading_title`` of block ``i``."""
        title = self._titles.get(i)
        if title is None:
            title = self._titles[i] = heading_title(self.text, self.blocks[i])
        return title

    def heads(self, i: int) -> bool:
        """``is_heading`` of block ``i``."""
        heads = self._heads.get(i)
        if heads is None:
            heads = self._heads[i] = is_heading(self.text, self.blocks, i)
        return heads

    def section(self, i: int) -> list[str]:
        return [self.title(p) for p in self.path(i)]

    def attachment(self, pos: int) -> str:
        """The label of the attachment ``pos`` stands in (附件1), "" in the plan's body."""
        if self._attachments is None:
            self._attachments = task_paths.attachment_lines(self.text)
        return task_paths.attachment_at(self._attachments, pos)

    def heading_markers(self, i: int | None, under: bool = False, titled: bool = False) -> str:
        """The path of the headings above block ``i`` (二（一）; ``under``: and of ``i`` itself;
        ``titled``: those without a number by their titles, task_paths.marker)."""
        blocks = (self.path(i) + (i,) if under else self.path(i)) if i is not None else ()
        got = self._marker_paths.get((blocks, titled))
        if got is None:  # (a pure function of the fixed blocks: once per heading, not per task)
            units = [p for p in blocks if self.blocks[p].style == "plain" and self.blocks[p].unit]
            # (units' lines read nested, 县林业局： over 县财政局：: each heads its own duties, the last counts)
            got = self._marker_paths[blocks, titled] = task_paths.join([self.heading_marker(p, titled) for p in blocks if p not in units[:-1]])
        return got

    def heading_marker(self, p: int, titled: bool = False) -> str:
        """``task_paths.marker`` of heading block ``p`` (one without a number: by its title; a
        unit's line without its colon)."""
        got = self._markers.get((p, titled))
        if got is None:  # (asked for every task under the heading)
            b = self.blocks[p]
            title = self.title(p).rstrip("：:") if b.style in ("plain", "bracket", "box") or b.style.startswith("bullet") else ""
            got = self._markers[p, titled] = task_paths.marker(b, title, titled)
        return got

    def cited_path(self, i: int | None, number: str, pos: int, under: int | None = None) -> tuple[str, str]:
        """Where the task of block ``i`` numbered ``number`` (at ``pos``) sits, as a user cites it
        (task_paths): the attachment it stands in, its headings' markers and its own number; a
        paragraph without one, its place among its heading's paragraphs (第2段). ``under``: the
        heading it is read under, when not the one above it (a paragraph after an inset box).
        Two paths: without the titles of headings that have no number, and with them (``settle``
        keeps the first where it tells the task apart)."""
        own = task_paths.own_number(number)
        if i is not None and 0 <= i < len(self.blocks):
            b = self.blocks[i]
            if task_paths.is_bullet(own) or (not own and b.style.startswith("bullet")):
                own = f"第{self._place(i, under, lambda j: self.blocks[j].style == b.style)}项"
            elif not own:
                own = task_paths.marker(b) if b.style != "para" else f"第{self._place(i, under)}段"
        at = (under, True) if under is not None else (i, False)
        attachment = self.attachment(pos)
        path = task_paths.with_attachment(attachment, task_paths.join([self.heading_markers(*at), own]))
        return path, task_paths.with_attachment(attachment, task_paths.join([self.heading_markers(*at, titled=True), own]))

    def set_path(self, task: Task, paths: tuple[str, str]) -> None:
        """Give ``task`` its path (``cited_path``'s two: ``settle`` picks one when all are read)."""
        task.path = paths[0]
        self.titled_paths[id(task)] = (task, paths[1])  # (the task held: its id is not reused)

    def settle_paths(self) -> None:
        """``task_paths.settle`` over the plan's tasks, once every task is read."""
        task_paths.settle(self.tasks, {k: titled for k, (_, titled) in self.titled_paths.items()})

    def _place(self, i: int, under: int | None = None, alike=None) -> int:
        """Block ``i``'s place (1 first) among its heading's paragraphs (``alike``: among the blocks
        that pass it, a bullet's items); ``under``: the heading it is read under, when not its
        parent (a paragraph after an inset: the heading's paragraphs and the inset's, in order)."""
        alike = alike or (lambda j: self.blocks[j].style == "para")
        if under is not None:
            return sum(1 for j in self.subtree(under) if j <= i and alike(j))
        parent = self.blocks[i].parent
        key = (parent, self.blocks[i].style)
        places = self._paragraphs.get(key)
        if places is None:
            siblings = self.blocks[parent].children if parent is not None else [j for j, b in enumerate(self.blocks) if b.parent is None]
            places = self._paragraphs[key] = [j for j in siblings if alike(j)]
        return bisect.bisect_right(places, i)

    def campaign(self, i: int) -> str | None:
        for p in reversed(self.path(i)):
            b = self.blocks[p]
            if b.style == "box":
                return self.title(p)
            found = campaign_name(self.title(p))
            if found:
                return found[0]
        own = self.blocks[i]
        if own.style not in ("para", "plain"):
            # （一）深入打好碧水保卫战。一是…（责任单位：…） under no campaign heading: the item
            # is itself the battle (a heading above it, when there is one, wins: gold of 004)
            found = campaign_name(self.title(i))
            if found and found[1] in BATTLE_KINDS:
                return found[0]
        return None

    def owner(self, p: int) -> Clause | None:
        """The clause heading block ``p`` makes when it only names a unit, else None."""
        if p in self.heading_clauses:
            return self.heading_clauses[p]
        if p not in self._owners:
            self._owners[p] = self._own_owner(p)
            if self._owners[p] is None and self._among_owned(p):
                # （二）醴陵气象站 / 1．负责… beside （一）市应急管理局: a heading no rule names a unit
                # by, among those that do, is its items' unit all the same (their items were dropped)
                b = self.blocks[p]
                self._owners[p] = self.owner_fn(self.text, b.body, b.end, among_units=True)
        return self._owners[p]

    def _own_owner(self, p: int) -> Clause | None:
        """The clause heading block ``p`` makes by its own words (owner_fn), else None."""
        b = self.blocks[p]
        if self.owner_fn is None or b.style in ("para", "box") or (b.style == "plain" and not b.unit):
            return None
        if p not in self._own_owners:
            self._own_owners[p] = self.owner_fn(self.text, b.body, b.end)
        return self._own_owners[p]

    def _among_owned(self, p: int) -> bool:
        """Whether heading ``p`` (holding items, no chapter's title) stands among headings of its
        style of which one or more name their unit by rule, and two or more, at least half of those
        holding items (``p`` among them), name one by rule or by form (醴陵气象站)."""
        b = self.blocks[p]
        if not b.children or b.style in ("para", "box") or (b.style == "plain" and not b.unit) or safeguard_title(self.title(p)):
            return False
        siblings = [
            j for j in (self.blocks[b.parent].children if b.parent is not None else self._roots())
            if j != p and self.blocks[j].style == b.style and self.blocks[j].children
        ]
        owned = {j for j in siblings if self._own_owner(j) is not None}
        if not owned:
            return False
        named = len(owned) + sum(self._named_by_form(j) for j in [*siblings, p] if j not in owned)
        return named >= 2 and 2 * named >= len(siblings) + 1

    def _named_by_form(self, j: int) -> bool:
        """Whether heading ``j`` names a body by its form among units' headings (醴陵气象站)."""
        if j not in self._by_form:
            b = self.blocks[j]
            c = self.owner_fn(self.text, b.body, b.end, among_units=True)
            self._by_form[j] = c is not None and c.parsed
        return self._by_form[j]

    def _roots(self) -> list[int]:
        if self._root_list is None:
            self._root_list = [j for j, x in enumerate(self.blocks) if x.parent is None]
        return self._root_list

    def _lead_over_of(self, i: int) -> Clause | None:
        """The clause of the heading above block ``i`` whose lead leads its 责任单位 items."""
        for p in reversed(self.path(i)):
            if p in self.lead_over and p != i:
                return self.heading_clauses[p]
        return None

    def owner_of(self, i: int) -> Clause | None:
        """The nearest unit-naming heading above block ``i``."""
        for p in reversed(self.path(i)):
            c = self.owner(p)
            if c is not None:
                return c
        return None

    def in_box(self, i: int) -> bool:
        return any(self.blocks[p].style == "box" for p in self.path(i))

    def same_below(self, i: int, clauses: list[Clause]) -> list[Clause]:
        """``clauses``, or for an item naming no unit after a clause written ``…，下同`` in the
        same section, that clause's units (roles kept, basis inherited)."""
        if clauses:
            if any(_same_below(c.raw) for c in clauses):
                self._same_below = (self.path(i), clauses)
            return clauses
        if self._same_below is None or self._same_below[0] != self.path(i):
            return clauses
        return [
            Clause(span=c.span, raw=c.raw, mentions=[
                Mention(m.text, m.role, "inherited", m.span, list(m.portfolio), m.collective) for m in c.mentions])
            for c in self._same_below[1]
        ]

    def add(self, i: int, number: str, title: str, start: int, end: int, kind: str, clauses: list[Clause]) -> Task:
        """The task of item ``number`` (block ``i``) over ``text[start:end]`` with its own
        ``clauses``, added to ``tasks``: its span kept off the tables and the signature, the units
        said for it elsewhere (inheritance markers, the heading above it, its body) joined to its own."""
        start, end = self._task_bounds(start, end)
        self._take_markers(i, start)
        inherited = self._inherited_by(i, clauses)
        clauses = self._with_heading_units(i, start, end, clauses)
        clauses = self._with_body_units(i, start, end, kind, clauses, inherited)
        mentions = self.mention_fn(clauses, inherited)
        body = self.text[start:end]
        flags = []
        if not clauses:
            flags.append("no_clause")
        elif any(not c.parsed for c in clauses):
            flags.append("unparsed_clause")
        seq = len(self.tasks) + 1
        task = Task(
            plan_id=self.plan_id,
            task_id=f"{self.plan_id}:{seq:03d}",
            seq=seq,
            number=number,
            title=title,
            section=self.section(i),
            campaign=self.campaign(i),
            text=body,
            span=Span(start, end),
            kind=kind,
            clauses=list(clauses),
            mentions=mentions,
            deadlines=unique_deadlines(find_deadlines(body, start, self.year, self.issued)),
            targets=find_targets(body, start),
            flags=flags,
        )
        self.set_path(task, self.cited_path(i, number, start))
        self.tasks.append(task)
        return task

    def _task_bounds(self, start: int, end: int) -> tuple[int, int]:
        """A task's span: never into a table that follows it (the table's rows are tasks of their
        own), nor over the signature under the plan (pipeline: closing_start); without the
        punctuation and blanks at its edges."""
        k = bisect.bisect_right(self.stops, start)
        if k < len(self.stops) and self.stops[k] < end:
            end = self.stops[k]
        if start < self.closing < end:
            end = self.closing
        while start < end and self.text[start] in " \t\u3000\r\n。；;，,":
            start += 1
        while end > start and self.text[end - 1] in " \t\u3000\r\n":
            end -= 1
        return start, end

    def _take_markers(self, i: int, start: int) -> None:
        """Read the inheritance markers standing before a task at ``start`` (block ``i``): it and
        every later task inherit their units; one written on a heading above this task
        (二、…（以下均需各乡镇落实，不再列出）) is said of that heading's items alone."""
        while self.markers and self.markers[0].span.start < start:
            marker = self.markers.pop(0)
            h = self.block_at(marker.span.start)
            # (…，下同 is said of every later task, wherever it stands)
            scoped = h is not None and h in self.path(i) and not marker.raw.endswith(("下同）", "下同)"))
            into = self._scoped.setdefault(h, []) if scoped else self.inherited
            for m in marker.inherit:
                if all(m.text != x.text for x in into):
                    into.append(m)

    def _inherited_by(self, i: int, clauses: list[Clause]) -> list[Mention]:
        """The units the task of block ``i`` inherits (the plan's, then its headings'); a marker
        closing its own ``clauses`` is said of it and of the tasks below it (以下均需A落实，不再列出:
        listed here, not again; a task naming A itself keeps its own mention)."""
        inherited = list(self.inherited)
        for h in self.path(i) if self._scoped else ():
            inherited += [m for m in self._scoped.get(h, ()) if all(m.text != x.text for x in inherited)]
        for c in clauses:
            for m in c.inherit:
                if all(m.text != h.text for h in self.inherited):
                    self.inherited.append(m)
                # (…，以下均需A落实，不再列出 in this task's own clause: "no longer listed" after this
                # one, A carries this task out too; was given to the tasks below only)
                if all(m.text != h.text for h in inherited):
                    inherited.append(m)
        if inherited and i is not None and safeguard_title(self.title(root := self.root(i))):
            # 以下均需各设区市人民政府落实，不再列出 in the first task is said of the plan's work: an item
            # of its safeguards chapter (三、保障措施 / （一）加大财政投入。省财政厅要…) inherits only what
            # is said in that chapter (was a support 各设区市人民政府, and the item's own 省财政厅 lost)
            inherited = [m for m in inherited if (b := self.block_at(m.span.start)) is not None and self.root(b) == root]
        return inherited

    def _with_heading_units(self, i: int, start: int, end: int, clauses: list[Clause]) -> list[Clause]:
        """``clauses`` with the units the headings above block ``i`` give it: a clause written
        ``…，下同`` before it (``same_below``), a heading whose lead leads its items, or one that
        names only its unit (that unit leads)."""
        clauses = self.same_below(i, clauses)
        if self.lead_over and (led := self._lead_over_of(i)) is not None and clauses and not names_own_lead(
            [m for c in clauses for m in c.mentions]
        ):
            # the heading's lead leads the item: its 责任单位 all support
            return [led, *(_first_listed_support(c) for c in clauses)]
        if (self.owner_fn is not None or self.heading_clauses) and not any(
            m.role == "lead" for c in clauses for m in c.mentions
        ):
            owner = self.owner_of(i)
            if owner is not None:  # listed under a heading that names its unit: that unit leads
                # (unless the item opens 配合A… / 会同A…: duty_statements.owned_item)
                head = self.owned_fn(self.text, start, end, owner) if self.owned_fn is not None else [owner]
                return [*head, *clauses]
        return clauses

    def _with_body_units(
        self, i: int, start: int, end: int, kind: str, clauses: list[Clause], inherited: list[Mention]
    ) -> list[Clause]:
        """``clauses`` with the units the task's body names outside any clause: who does the work of
        an item naming no unit anywhere (镇司法所负责指导…), and the supports of its lead in the
        paragraphs below it (（三）…（县卫健委牵头）\n县医保局、县财政局按职责配合做好…)."""
        if self.subjects_fn is not None and kind in ("numbered", "paragraph") and not inherited and not any(
            m.role == "lead" for c in clauses for m in c.mentions
        ):
            # a numbered item of the work (not of the safeguards) by its 责任主体 too (各开发区管委会为
            # 责任主体，市应急局按职责加强指导); an item naming only those it supports or hands a matter
            # to (县城管局加强巡查，发现…的，移送县公安局依法查处) by the body doing it (it was lost)
            item = kind == "numbered" and not (i is not None and safeguard_title(self.title(self.root(i))))
            named = {m.text for c in clauses for m in c.mentions}
            doers = [c for c in self.subjects_fn(self.text, start, end, item=item)
                     if not any(m.text in named for m in c.mentions if m.role == "lead")]
            # (a doer's sentence holding the handover reads it again: that clause gives way to the doer's;
            # one it only overlaps stays, and the doer with it does not)
            inside = [x for x in clauses if x.mentions and any(
                all(d.span.start <= m.span.start and m.span.end <= d.span.end for m in x.mentions) for d in doers)]
            kept = [x for x in clauses if x not in inside]
            doers = [d for d in doers if not any(d.span.start < x.span.end and x.span.start < d.span.end for x in kept)]
            if doers:
                clauses = sorted([*kept, *doers], key=lambda c: c.span.start)
        if self.supports_fn is not None and any(m.role == "lead" for c in clauses for m in c.mentions):
            more = [c for a, b in self._body_ranges(i, start, end) for c in self.supports_fn(self.text, a, b, clauses)]
            clauses = sorted([*clauses, *more], key=lambda c: c.span.start) if more else clauses
        return clauses

    def _body_ranges(self, i: int, start: int, end: int) -> list[tuple[int, int]]:
        """The task's text and the paragraphs below its item holding no clause of their own
        (（三）…（县卫健委牵头） / 县医保局配合做好…: the item's text, closed by its clause)."""
        out = [(start, end)]
        if i is not None and 0 <= i < len(self.blocks):
            for j in self.blocks[i].children:
                b = self.blocks[j]
                if b.style == "para" and j not in self._para_clauses and b.start >= end:
                    out.append((b.start, b.end))
        return out

    def subtree(self, i: int) -> list[int]:
        out, todo = [], list(self.blocks[i].children)
        while todo:
            j = todo.pop()
            out.append(j)
            todo.extend(self.blocks[j].children)
        return out


def in_text_order(builder) -> None:
    """Tasks read in more than one pass, put back in text order and numbered again."""
    builder.tasks.sort(key=lambda t: t.span.start)
    for n, t in enumerate(builder.tasks, 1):
        t.seq, t.task_id = n, f"{builder.plan_id}:{n:03d}"
