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
"""

from __future__ import annotations

import bisect
import re

from respgraph.grammar.clauses import fields_only
from respgraph.records import Clause, Deadline, Mention, Span, Task
from respgraph.structure.blocks import _CLOSING_LINE, Block
from respgraph.structure.headings import heading_title, is_heading, section_path
from respgraph.structure.markers import STYLE_RANK
from respgraph.structure.campaigns import BATTLE_KINDS, campaign_name
from respgraph.structure.fields import (
    find_deadlines, find_targets, governing_deadline, phase_deadline, phase_title, unique_deadlines,
)

# (基础设施 / 基础教育 / 基础研究 name a policy area: 第二章 构建现代化综合交通基础设施网络 is a chapter of tasks)
BACKGROUND = re.compile(r"(基础(?!设施|教育|研究|医疗|公共|能力|工程|网络)|形势|现状|回顾|成效|面临|指导思想|基本原则|工作原则|目标|总体要求|总体思路|背景|总则)")
SAFEGUARD = re.compile(r"(保障|组织实施|组织领导|实施机制|工作要求|附则)")
# ... but 保障 opening a policy area (第四章 保障城乡供水安全 / 保障粮食安全 / 保障和改善民生) is a
# chapter of tasks: a safeguard's 保障 closes its title or is followed by 措施/机制/体系
_SAFEGUARD_NAMED = re.compile(r"保障(?:措施|机制|体系)?$|组织实施|组织领导|实施机制|工作要求")


# ... and 保障 after a field of people's welfare or supply (二、加强民生保障 / 完善社会保障体系 /
# 强化能源保障) names the work of that field, not the plan's safeguards (民生保障措施 are): the
# phrase is set aside before a title is read for 保障 (those chapters' items were no tasks,
# dropped without a lead)
_AREA_BAOZHANG = re.compile(
    r"(?:民生|社会|住房|医疗|养老|就业|粮食|能源|电力|供水|用水|用电|用气|物资|生活|兜底|供应|基本医疗|基本生活)保障(?!措施)"
)


def _without_areas(title: str) -> str:
    if "保障" not in title:
        return title
    if title.startswith("关于") and not SAFEGUARD_CHAPTER.match(title[2:]):
        # 二、关于改造资金保障 (a matter of minutes): the means of the work decided on, no
        # safeguards chapter (关于保障措施 / 关于组织保障 still are)
        return title.replace("保障", "")
    return _AREA_BAOZHANG.sub("", title)


def safeguard_title(title: str) -> bool:
    """Whether a chapter so titled is the plan's safeguards (规划实施保障, 保障措施, 组织实施)."""
    title = _without_areas(title)
    return SAFEGUARD.search(title) is not None and (
        _SAFEGUARD_NAMED.search(title) is not None or not title.startswith("保障")
    )


# A chapter that is only a plan's safeguards (三、保障措施 / 四、组织实施): its items without a
# clause (（一）加强组织领导。成立…) are no tasks even when another of its items assigns one
SAFEGUARD_CHAPTER = re.compile(
    r"^(?:(?:强化|加强|完善|健全)?(?:组织|工作|实施|政策|要素)?保障(?:措施|机制)?|组织(?:实施|领导|推进)|工作要求|实施机制|推进机制)$"
)
# Blocks that are no numbered item a clause or a paragraph could belong to
_NOT_ITEMS = ("para", "plain", "bracket", "part", "chapter", "section", "box")
LEAD_TITLE_MAX = 30
_BULLETS = "—－–●◆■▲★•· \t\u3000"
_CJK = re.compile(r"[\u4e00-\u9fff]")
# a note after a heading's items naming them all: （以上项目由… / 上述任务均由…
_ABOVE_ALL = re.compile(r"[ \t\u3000]*[（(]?[ \t\u3000]*(?:以上|上述)(?:各项|所列|\d+个)?(?:项目|工程|任务|工作|事项|措施)")


def clean_number(b: Block) -> str:
    """Item number as written, without the trailing separator: ``14``, ``（3）``, ``二``."""
    if b.style in ("arabic", "cn_dun", "circled", "problem"):  # 问题1． as 问题1
        return re.sub(r"[\s.．、,，]+$", "", b.number)
    return b.number


def lead_title(body: str) -> str | None:
    """The short title sentence that opens a paragraph, if it is written that way."""
    body = body.strip().lstrip(_BULLETS)  # ——推进花炮产业转型。… : a 规划's dash bullet is no part of the title
    k = body.find("。")
    if k < 4 or k > LEAD_TITLE_MAX:
        return None
    title = body[:k]
    if title.count("，") + title.count(",") > 1 or "：" in title or len(body) <= k + 6 or _SEE_ATTACHMENT.fullmatch(body, k + 1):
        return None
    if re.match(r"^(?:\d|[（(]|到|至|截至|“十)", title) or _PURPOSE.search(title):
        return None
    return "".join(title.split())


# …。具体任务分工见附件。 / 详见附件2。: the text says where the work is set out, it adds no work
_SEE_ATTACHMENT = re.compile(r"\s*[^。；;]{0,12}?(?:详|参)?见附(?:件|表)\s*[0-9一二三四五六七八九十]*[。.]?\s*")
# 为持续改善全市环境空气质量，制定本要点。: the preamble's purpose sentence, never a task's title
_PURPOSE = re.compile(r"(?:制定|制订|编制)本")
# a paragraph's first sentence that names no work: a goal or principle (主要目标。到2025年…), or
# prose opening with a time or a link to what came before (近年来，… / 同时，… / 总体上看，…)
_NOT_TASK_TITLE = re.compile(
    r"^(?:主要|工作|发展|总体|基本|重要|重大|预期|阶段性?|年度)?(?:目标|原则|意义|思路|要求|形势|背景)$|"
    r"^(?:近年来|近几年|多年来|目前|当前|同时|此外|另外|为此|因此|对此|其中|总之|总体上看|总的来看|从[^，]{1,8}看)"
)
# what a phase line (phase_deadline) or a governing sentence (governing_deadline) holds, one at least
# (以上 / 以下 before what they name: not 95%以上)
_STATED_HINT = re.compile(
    r"阶段(?!性)|期[（(：:]|以[下上](?=[各重主整工任措事项])|下列|上述|各项|所有|全部|本方案|本通知|本计划|本清单|\n[ \t\u3000]*[（(]?\d{1,4}[年月]"
)
# what a phase line without a number names (阶段 / 防火期), see _phase_line_in
_PHASE_NAMED = re.compile(r"阶段(?!性)|期")
# 其他事项 / 有关要求: an item of a notice's closing, no work
_OTHER_MATTERS = re.compile(r"(?:其他|其它|有关|相关)(?:事项|要求|说明)$")
# 充分认识…的重要意义 / 提高思想认识 / 统一思想: a notice's opening item, urging, no work
_AWARENESS = re.compile(r"(?:充分|深刻|切实|进一步)?(?:认识|把握)[^，。]{0,20}(?:意义|必要性|紧迫性)$|^(?:提高|统一|深化)(?:思想)?认识|^统一思想")
# the chapters that can hold more of a plan's tasks, and the titles of those that never do
_CHAPTER_STYLES = ("part", "chapter", "section", "cn_dun", "dec1")
_NOT_WORK = re.compile(
    r"保障|组织实施|组织领导|实施机制|要求|步骤|阶段|进度|时间安排|附则|附件|考核|督查|督导|问责|监督|说明|"
    r"总则|目标|原则|指导思想|发展基础|工作基础|形势|背景|职责|机构|组织体系|指挥体系|应急响应|预警|"
    r"后期处置|恢复重建|调查评估|结果运用|奖惩|责任追究"
)


def _names_no_work_title(title: str) -> bool:
    """Whether a chapter so titled holds no work (_NOT_WORK; 加强民生保障 does)."""
    return _NOT_WORK.search(_without_areas(title)) is not None


# 第一条 为…，制定本办法。 / 第二条 本办法适用于… / 本预案所称…: a rule's own purpose, scope and
# terms, no task (an item without a clause so opening)
_OWN_RULES = re.compile(
    r"\s*(?:为[^。；;]{2,120}?(?:特)?(?:制定|制订)本|本(?:办法|方案|预案|细则|规定|规则|制度|意见|计划|要点)(?:适用于|所称|中的))"
)
# （责任单位：A、B，下同） / （A牵头，B配合。下同）: the clause holds for the items after it in its
# section that name no unit of their own
_SAME_BELOW = re.compile(r"[，,；;。、\s]下\s*同\s*[）)〕】\]］]?\s*$")
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


# 一是 / 二是 / 三要 opening a part of an item (after a stop, or at the start of the part).
_ENUM = re.compile(r"(?:(?<=[。；;，,：:\s])|^)[一二三四五六七八九十]{1,3}(?:是|要|抓)(?=[\u4e00-\u9fff])", re.M)


def _first_sentence(s: str) -> str:
    s = s.strip().lstrip("。；;，,")
    for stop in ("。", "；", "\n"):
        k = s.find(stop)
        if k > 0:
            s = s[:k]
    # the text before a clause closing its sentence (…保护，市水利局负责) ends at that comma
    return "".join(s.split()).rstrip("，,、：:")[:200]


def _first_listed_support(c: Clause) -> Clause:
    """``c`` with its first-listed lead supporting: a heading's 牵头单位 leads instead."""
    if not any(m.basis == "first_listed" for m in c.mentions):
        return c
    ms = [Mention(m.text, "support", "explicit", m.span, list(m.portfolio), m.collective) if m.basis == "first_listed" else m
          for m in c.mentions]
    return Clause(span=c.span, raw=c.raw, mentions=ms, inherit=c.inherit, parsed=c.parsed, problems=c.problems, supervisors=c.supervisors)


class TaskBuilder:
    def __init__(self, text: str, blocks: list[Block], plan_id: str, mention_fn):
        self.text = text
        self.blocks = blocks
        self.plan_id = plan_id
        self.mention_fn = mention_fn  # (clauses, inherited) -> mentions
        self.tasks: list[Task] = []
        self.inherited: list[Mention] = []
        self.starts = [b.start for b in blocks]
        self.markers: list[Clause] = []  # stand-alone inheritance markers, in text order
        self.stops: list[int] = []  # where tables start
        self.body_end: int | None = None  # past it (an attachment) no block of the body holds a position
        # (text, start, end) -> Clause | None: a heading that only names a unit (一、区发展改革委)
        # leads the tasks below it (responsibilities.heading_owner)
        self.owner_fn = None
        self.owned_fn = None  # (text, start, end, owner clause) -> the clauses the item gets
        # (text, start, end, clauses) -> the body's supporters of a led task (responsibilities.body_supports)
        self.supports_fn = None
        self._owners: dict[int, Clause | None] = {}
        # heading block -> its clause, when items below it have clauses of their own and others
        # have none: （一）…\n牵头单位：A\n1.…\n2.…（责任单位：B）: A leads 1.
        self.heading_clauses: dict[int, Clause] = {}
        # headings whose clause's lead leads items that name only 责任单位 (see _leads_responsible_items)
        self.lead_over: set[int] = set()
        self.duty_starts: set[int] = set()  # where duty statements (duty_clauses) begin
        self.year: int | None = None  # the plan's year, for deadlines written without one (plan_year)
        self.issued: str | None = None  # the plan's ISO date (春节前 after this year's festival: find_deadlines)
        # (section path, clauses) of the last clause written …，下同: see same_below
        self._same_below: tuple[tuple[int, ...], list[Clause]] | None = None
        self._titled: dict[int | None, dict[int, str]] = {}  # heading -> its titled paragraphs
        self._top_blocks: list[int] | None = None
        self._para_clauses: set[int] = set()  # paragraphs holding clauses of their own (from_clauses)
        self._own_stated: dict[int, Deadline | None] = {}  # heading -> the deadline its own line or text states
        self._stated: dict[int | None, dict[int, Deadline | None]] = {}  # see _stated_before
        self._hints: list[int] | None = None  # see _hint_in

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

    def section(self, i: int) -> list[str]:
        return [heading_title(self.text, self.blocks[p]) for p in section_path(self.text, self.blocks, i)]

    def campaign(self, i: int) -> str | None:
        for p in reversed(section_path(self.text, self.blocks, i)):
            b = self.blocks[p]
            if b.style == "box":
                return heading_title(self.text, b)
            found = campaign_name(heading_title(self.text, b))
            if found:
                return found[0]
        own = self.blocks[i]
        if own.style not in ("para", "plain"):
            # （一）深入打好碧水保卫战。一是…（责任单位：…） under no campaign heading: the item
            # is itself the battle (a heading above it, when there is one, wins: gold of 004)
            found = campaign_name(heading_title(self.text, own))
            if found and found[1] in BATTLE_KINDS:
                return found[0]
        return None

    def owner(self, p: int) -> Clause | None:
        """The clause heading block ``p`` makes when it only names a unit, else None."""
        if p in self.heading_clauses:
            return self.heading_clauses[p]
        if p not in self._owners:
            b = self.blocks[p]
            self._owners[p] = (self.owner_fn(self.text, b.body, b.end)
                               if self.owner_fn is not None and b.style not in ("para", "box")
                               and (b.style != "plain" or b.unit) else None)
        return self._owners[p]

    def _lead_over_of(self, i: int) -> Clause | None:
        """The clause of the heading above block ``i`` whose lead leads its 责任单位 items."""
        for p in reversed(section_path(self.text, self.blocks, i)):
            if p in self.lead_over and p != i:
                return self.heading_clauses[p]
        return None

    def owner_of(self, i: int) -> Clause | None:
        """The nearest unit-naming heading above block ``i``."""
        for p in reversed(section_path(self.text, self.blocks, i)):
            c = self.owner(p)
            if c is not None:
                return c
        return None

    def in_box(self, i: int) -> bool:
        return any(self.blocks[p].style == "box" for p in section_path(self.text, self.blocks, i))

    def same_below(self, i: int, clauses: list[Clause]) -> list[Clause]:
        """``clauses``, or for an item naming no unit after a clause written ``…，下同`` in the
        same section, that clause's units (roles kept, basis inherited)."""
        if clauses:
            if any(_same_below(c.raw) for c in clauses):
                self._same_below = (tuple(section_path(self.text, self.blocks, i)), clauses)
            return clauses
        if self._same_below is None or self._same_below[0] != tuple(section_path(self.text, self.blocks, i)):
            return clauses
        return [
            Clause(span=c.span, raw=c.raw, mentions=[
                Mention(m.text, m.role, "inherited", m.span, list(m.portfolio), m.collective) for m in c.mentions])
            for c in self._same_below[1]
        ]

    def add(self, i: int, number: str, title: str, start: int, end: int, kind: str, clauses: list[Clause]) -> Task:
        # a task never runs into a table that follows it (the table's rows are tasks of their own)
        k = bisect.bisect_right(self.stops, start)
        if k < len(self.stops) and self.stops[k] < end:
            end = self.stops[k]
        while start < end and self.text[start] in " \t\u3000\r\n。；;，,":
            start += 1
        while end > start and self.text[end - 1] in " \t\u3000\r\n":
            end -= 1
        while self.markers and self.markers[0].span.start < start:
            # a marker standing before this task: it and every later task inherit its units
            for m in self.markers.pop(0).inherit:
                if all(m.text != h.text for h in self.inherited):
                    self.inherited.append(m)
        # 以下均需A落实，不再列出 closing this task's own clause is said of the tasks below it: the
        # plans that mean this one too name A in it (…，各设区市人民政府负责落实。以下均需…)
        inherited = list(self.inherited)
        for c in clauses:
            for m in c.inherit:
                if all(m.text != h.text for h in self.inherited):
                    self.inherited.append(m)
        clauses = self.same_below(i, clauses)
        if self.lead_over and (led := self._lead_over_of(i)) is not None and clauses:
            # the heading's lead leads the item: its 责任单位 all support
            clauses = [led, *(_first_listed_support(c) for c in clauses)]
        elif (self.owner_fn is not None or self.heading_clauses) and not any(
            m.role == "lead" for c in clauses for m in c.mentions
        ):
            owner = self.owner_of(i)
            if owner is not None:  # listed under a heading that names its unit: that unit leads
                # (unless the item opens 配合A… / 会同A…: responsibilities.owned_item)
                head = self.owned_fn(self.text, start, end, owner) if self.owned_fn is not None else [owner]
                clauses = [*head, *clauses]
        if self.supports_fn is not None and any(m.role == "lead" for c in clauses for m in c.mentions):
            # （三）…（县卫健委牵头）\n县医保局、县财政局按职责配合做好…: they support the lead
            more = [c for a, b in self._body_ranges(i, start, end) for c in self.supports_fn(self.text, a, b, clauses)]
            clauses = sorted([*clauses, *more], key=lambda c: c.span.start) if more else clauses
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
        self.tasks.append(task)
        return task

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

    # ----------------------------------------------------------------- deadlines stated once
    def give_stated_deadlines(self) -> None:
        """Tasks without a deadline of their own take the one stated once above them: by the
        phase they are listed under (（二）集中整治阶段（2025年4月—9月） / 第一阶段：动员部署（2025年
        3月底前）on a line before them / 一、2025年3月—6月), or by a sentence of the preamble or
        their chapter's head (以下任务均于2025年底前完成。 / 各项任务须于6月底前完成。), the nearest
        first. (Their items had no deadline.)"""
        for t in self.tasks:
            if t.deadlines:
                continue
            k = self.block_at(t.span.start)
            if k is not None and (d := self._stated_deadline(k)) is not None:
                t.deadlines = [d]

    def _stated_deadline(self, i: int) -> Deadline | None:
        """The deadline stated for block ``i``: before it among its siblings, else by its heading's
        own line or text (a phase heading, a chapter opening 各项任务须于…完成), else the same a
        level up."""
        j = i
        while True:
            p = self.blocks[j].parent
            d = self._stated_before(p).get(j)
            if d is not None:
                return d
            if p is None:
                return None
            if p not in self._own_stated:
                b = self.blocks[p]
                nl = self.text.find("\n", b.body, b.end)
                line = self.text[b.body : b.end if nl < 0 else nl]
                self._own_stated[p] = phase_deadline(line, b.body, self.year) or governing_deadline(self.text, b.body, b.end, self.year)
            if self._own_stated[p] is not None:
                return self._own_stated[p]
            j = p

    def _hint_in(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds a match of _STATED_HINT (the text is scanned once)."""
        if self._hints is None:
            self._hints = [m.start() for m in _STATED_HINT.finditer(self.text)]
        k = bisect.bisect_left(self._hints, start)
        return k < len(self._hints) and self._hints[k] < end

    def _subtree_end(self, i: int) -> int:
        """Where the text of block ``i`` and the blocks below it ends."""
        while self.blocks[i].children:
            i = self.blocks[i].children[-1]
        return self.blocks[i].end

    def _phase_line_in(self, start: int, end: int) -> Deadline | None:
        """The deadline of the last phase line (phase_deadline) in ``text[start:end]`` that names
        its phase (第二阶段：排查整治（2025年4月至8月）): a date alone on a line of an item's text
        (1.推行… / 2025年6月底前 / 牵头单位：…) is the item's own deadline, not the next items'."""
        found = None
        while 0 <= start < end:
            nl = self.text.find("\n", start + 1, end)
            stop = end if nl < 0 else nl
            raw = self.text[start:stop]
            if len(raw) <= 64 and ("月" in raw or "年" in raw) and _PHASE_NAMED.search(raw):
                line = raw.strip()
                found = phase_deadline(line, start + len(raw) - len(raw.lstrip()), self.year) or found
            start = nl
        return found

    def _stated_before(self, p: int | None) -> dict[int, Deadline | None]:
        """Block -> the deadline the nearest phase line or governing sentence before it among
        the blocks right under ``p`` (None: the top level) states (computed once per heading)."""
        if p not in self._stated:
            kids = self.blocks[p].children if p is not None else self._top()
            out, carry = {}, None
            if kids and not self._hint_in(max(0, self.blocks[kids[0]].start - 1), self._subtree_end(kids[-1])):
                kids = []  # (no phase line nor governing sentence can stand there: no block is read)
            for c in kids:
                out[c] = carry
                b = self.blocks[c]
                if b.style == "para":
                    carry = governing_deadline(self.text, b.body, b.end, self.year) or carry
                # a phase line of its own (a paragraph, or a line or paragraph under the item before it)
                end = max([b.end] + [self.blocks[j].end for j in b.children if self.blocks[j].style == "para"])
                carry = self._phase_line_in(b.body if b.style == "para" else self.text.find("\n", b.body, end), end) or carry
            carry = None
            for c in reversed(kids):
                # 上述任务须在…前全部完成 after items (a paragraph, or one under the last of them):
                # said of those before it, nearer than the preamble's
                b = self.blocks[c]
                for j in [c] if b.style == "para" else [j for j in b.children if self.blocks[j].style == "para"]:
                    carry = governing_deadline(self.text, self.blocks[j].body, self.blocks[j].end, self.year, above=True) or carry
                if b.style != "para" and carry is not None:
                    out[c] = carry
            self._stated[p] = out
        return self._stated[p]

    # ----------------------------------------------------------------- plans with clauses
    def from_clauses(self, clauses: list[Clause], skip: list[Span]) -> None:
        blocks = self.blocks
        own: dict[int, list[Clause]] = {}
        extend: dict[int, int] = {}
        merged: set[int] = set()  # paragraphs that are an item's text or fields (extend)
        at = [self.block_at(c.span.start) for c in clauses]
        with_clause = {k for k in at if k is not None}
        para_with_clause = {k for k in with_clause if blocks[k].style == "para"}
        self._para_clauses = para_with_clause
        for c, k in zip(clauses, at):
            if k is None:
                continue
            group = self._closing_note(k, c)
            if group is not None:
                self.heading_clauses[group] = c  # 专栏 … 1．… 2．… / （以上项目由A牵头）: A leads them all
                continue
            # a clause alone on the line after its item belongs to the item; so does the one
            # paragraph that carries an item's text — not one of several paragraph tasks
            # under a heading (一、坚决打好蓝天保卫战 / 持续推进…（责任单位：…） / 强化…（…）)
            # (a paragraph of duty statements is no item's text: 二、职责分工 / 县商务局负责…)
            # (not a paragraph after an item that named its units: 市统计局要会同…建立会商机制 closes the plan)
            if c.span.start not in self.duty_starts and blocks[k].style == "para" and not blocks[k].closing and k > 0 and blocks[k - 1].style not in _NOT_ITEMS and (
                not self.text[blocks[k].start : c.span.start].strip()
                or (
                    not any(blocks[j].style != "para" for j in blocks[k - 1].children)
                    and not any(j in para_with_clause for j in blocks[k - 1].children if j != k)
                    and not self._titled_paragraphs(k - 1)
                )
            ):
                extend[k - 1] = max(extend.get(k - 1, 0), blocks[k].end)
                merged.add(k)
                k -= 1
            elif (p := self._fields_of_item(k, c, para_with_clause)) is not None or (
                (p := self._fields_of_list(k, c, with_clause)) is not None
            ) or (p := self._text_of_item(k, c, para_with_clause)) is not None:
                # the fields closing an item's paragraphs, or its list of measures: the item's
                extend[p] = max(extend.get(p, 0), blocks[k].end)
                merged.add(k)
                k = p
            own.setdefault(k, []).append(c)
        for k in [k for k in own if self._label_under_heading(k, own[k])]:
            # 提升市容环境品质 / 责任单位：区城管局 / 1.… 2.…: the label line is its heading's clause
            self.heading_clauses[blocks[k].parent] = own.pop(k)[0]
        roots = {self.root(k) for k in own}
        # a section organised by unit (一、区发展改革委 / 1.… / 2.…) holds tasks without clauses
        roots |= {self.root(p) for p, b in enumerate(blocks) if b.children and self.owner(p) is not None}
        roots |= self._task_chapters_after(roots) | self._items_between(roots)
        # blocks with a clause somewhere below them
        above: set[int] = set()
        for k in own:
            p = blocks[k].parent
            while p is not None and p not in above:
                above.add(p)
                p = blocks[p].parent
        absorbed: set[int] = set()
        safeguards = {r for r in roots if SAFEGUARD_CHAPTER.match(heading_title(self.text, blocks[r]))}
        for i in sorted(own):
            # a top-level section (一、提升市容环境品质 / 责任单位：区城管局 / （一）… （二）…) is never one
            # task: its clause leads the items below it, as a 牵头单位 line under a (一) does
            top = blocks[i].parent is None and i not in above
            if (i in above or top) and len(own[i]) == 1 and self._clause_only_heading(i, own[i][0]):
                bare = [j for j in self.subtree(i) if j not in own and j not in above and self._item(j)]
                if bare:
                    # the heading is the clause of its items that have none: they are the tasks
                    self.heading_clauses[i] = own.pop(i)[0]
                elif self._leads_responsible_items(i, own):
                    # 一、…（牵头单位：A）/ 1.…（责任单位：B、C）: A leads every item, B and C support
                    self.heading_clauses[i] = own.pop(i)[0]
                    self.lead_over.add(i)
            elif len(own[i]) == 1 and self._titled_paragraphs(i) and self._clause_over_paragraphs(i, own[i][0]):
                # （一）加强源头治理（牵头单位：A）/ 强化…。…。/ 严格…。…。: the titled paragraphs are the
                # tasks and A leads those naming no unit (the heading was one task, its paragraphs its text)
                self.heading_clauses[i] = own.pop(i)[0]
        for i, b in enumerate(blocks):
            if i in absorbed or self.root(i) not in roots or any(s.start <= b.start < s.end for s in skip):
                continue
            end = max(b.end, extend.get(i, 0))
            cl = own.get(i, [])
            if cl and i not in above and any(blocks[c].style != "para" for c in b.children):
                # （一）市容秩序整治（牵头单位：A）/ 1.… / 2.…: the clause is the heading's, its items
                # (no clause of their own) are the task's content, not tasks apart
                sub = self.subtree(i)
                absorbed.update(sub)
                end = max([end] + [max(blocks[j].end, extend.get(j, 0)) for j in sub])
            if cl:
                self._split(i, b, end, cl)
            elif self._item(i) and self.root(i) not in safeguards and not _OWN_RULES.match(self.text, b.body, end):
                self.add(i, clean_number(b), heading_title(self.text, b), b.body, end, "box" if self.in_box(i) else "numbered", [])
            elif self._titled_over_text(i, above, own) and self.root(i) not in safeguards:
                # （三）加强农业农村污染治理 / 推进化肥农药减量增效。推广…。: a title over its text
                # without a clause, beside items that have one (as 五年规划 write a task)
                sub = self.subtree(i)
                absorbed.update(sub)
                end = max([end] + [blocks[j].end for j in sub])
                self.add(i, clean_number(b), heading_title(self.text, b), b.body, end, "numbered", [])
            elif b.style == "para" and i not in merged and b.parent not in own and (title := self._paragraph_task(i)):
                # 强化扬尘管控。严格落实…。 beside 推进VOCs治理。…（责任单位：…）: a titled paragraph
                # among its section's paragraph tasks is one, its lead unnamed
                self.add(i, "", title, b.body, end, "paragraph", [])
        self._supervisors_over_list(own)

    def _supervisors_over_list(self, own: dict[int, list[Clause]]) -> None:
        """A clause naming only supervisors (督导单位：县委督查室 / 县纪委监委全程监督。) on a line
        of its own after the last of several items with units of their own checks the work of
        the list, not of the last item only: the earlier items' tasks take it too."""
        blocks, text = self.blocks, self.text
        for k, cl in own.items():
            b = blocks[k]
            if b.parent is None or b.style == "para" or blocks[b.parent].children[-1] != k:
                continue
            for c in cl:
                line = text.rfind("\n", 0, c.span.start) + 1
                if c.mentions or not c.supervisors or line <= b.body or text[line : c.span.start].strip(" \t\u3000（(【"):
                    continue
                items = [j for j in blocks[b.parent].children if j != k and blocks[j].style not in ("para", "plain")]
                if not items or not all(any(x.mentions for x in own.get(j, ())) for j in items):
                    continue  # (measures without units: the fields are their problem's, _fields_of_list)
                spans = [(blocks[j].start, blocks[j].end) for j in items]
                for t in self.tasks:
                    if c not in t.clauses and any(a <= t.span.start < z for a, z in spans):
                        t.clauses.append(c)

    def _fields_of_item(self, k: int, c: Clause, para_with_clause: set[int]) -> int | None:
        """The numbered item whose fields paragraph ``k`` is, else None: a paragraph of fields
        only (【牵头省领导】…/【牵头单位】…/【完成时限】…) closing paragraphs without a clause under
        an item (（一）关于“…”问题 / 整改目标：… / 整改措施：…): the paragraphs are the item's text
        and the fields its clause (the fields alone were the task, the rest dropped)."""
        b = self.blocks[k]
        if b.style != "para" or b.parent is None or c.span.start in self.duty_starts:
            return None
        p = self.blocks[b.parent]
        if p.style in _NOT_ITEMS:
            return None
        if any(self.blocks[j].style != "para" or (j != k and j in para_with_clause) for j in p.children):
            return None
        return b.parent if fields_only(self.text, b.start, c.span.start) else None

    def _fields_of_list(self, k: int, c: Clause, with_clause: set[int]) -> int | None:
        """The item whose fields close its list of measures in block ``k``, else None.

        问题1：…。整改目标：…。整改措施：/ 1．… / 2．… / 3．…\n责任领导：…\n牵头单位：A\n…: the
        measures are the list of the item's 整改措施, and the field lines after the last one
        are the item's (they were the last measure's; the others had no unit). Only when the
        item is a problem (问题1：) or its text opens the list with a colon, the fields stand on
        lines of their own after the measure's text, and no other measure has a clause; or the
        list is of two ①②-parts or more, and the clause closes the last (on its line or not)."""
        b = self.blocks[k]
        if b.style == "para" or b.parent is None or c.span.start in self.duty_starts:
            return None
        p = self.blocks[b.parent]
        if p.style in _NOT_ITEMS or p.children[-1] != k:
            return None
        # the list opens after a colon (整改措施：) in the item's text or a line of its own
        parts = [j for j in p.children if self.blocks[j].style != "para"]
        circled = b.style == "circled" and len(parts) >= 2 and all(self.blocks[j].style == "circled" for j in parts)
        first = parts[0]
        if p.style != "problem" and not circled and not self.text[p.body : self.blocks[first].start].rstrip().endswith(("：", ":")):
            return None
        if any(j != k and j in with_clause for j in p.children) or b.parent in with_clause:
            return None
        if circled and self._closes_block(b, c):
            # 2.加强移动源污染防治。/ ①淘汰…；/ ②加强…。（责任单位：A、B）: ①② are parts of item 2,
            # the clause closing the last part is the item's (① was dropped, ② the task)
            return b.parent
        nl = self.text.find("\n", b.body, c.span.start)
        while nl >= 0 and not fields_only(self.text, nl, c.span.start):
            nl = self.text.find("\n", nl + 1, c.span.start)
        return b.parent if nl >= 0 and self.text[b.body : nl].strip() else None

    def _closes_block(self, b: Block, c: Clause) -> bool:
        """Whether clause ``c`` ends block ``b``'s text (nothing but stops after it)."""
        return not self.text[c.span.end : b.end].strip(" \t\u3000\r\n。；;，,")

    def _task_chapters_after(self, roots: set[int]) -> set[int]:
        """Chapters after the first one holding clauses that hold none themselves but are more of the
        plan's work (一、…（责任单位：…） / 二、推进基础设施互联互通 / 3.… 4.…: its items are tasks
        whose lead the plan does not name), not its safeguards, steps, requirements or closing."""
        if not roots:
            return set()
        first = min(roots)
        return {
            r for r, b in enumerate(self.blocks)
            if r > first and r not in roots and b.parent is None and b.children
            and b.style in _CHAPTER_STYLES and not _names_no_work_title(heading_title(self.text, b))
        }

    def _top(self) -> list[int]:
        """The blocks at the top level (computed once: asked of every top-level block)."""
        if self._top_blocks is None:
            self._top_blocks = [j for j, b in enumerate(self.blocks) if b.parent is None]
        return self._top_blocks

    def _titled_paragraphs(self, p: int | None) -> dict[int, str]:
        """The paragraphs right under heading ``p`` (None: the top level) opening with a short
        title sentence (强化扬尘管控。严格落实…), with their titles, when there are two or more:
        a section's paragraph tasks, not one paragraph carrying its heading's text. Under an item
        numbered below （一） (1. / （1）) paragraphs are its text unless two of them hold clauses."""
        if p not in self._titled:
            kids = self.blocks[p].children if p is not None else self._top()
            found = {}
            for j in kids:
                b = self.blocks[j]
                title = lead_title(self.text[b.body : b.end]) if b.style == "para" else None
                if title:
                    found[j] = title
            if p is not None and STYLE_RANK.get(self.blocks[p].style, 9) > STYLE_RANK["cn_paren"] and (
                len(self._para_clauses.intersection(self.blocks[p].children)) < 2
            ):
                found = {}  # 1.加强扬尘管控 / 严格落实…。/ 加强裸土覆盖…。（责任单位：A）: the item's text
            self._titled[p] = found if len(found) >= 2 else {}
        return self._titled[p]

    def _paragraph_task(self, i: int) -> str | None:
        """The title of paragraph ``i`` (no clause, in a chapter of tasks) when it is a task of
        its own: one of two or more titled paragraphs of its section (_titled_paragraphs), its
        title naming work (not 主要目标。到2025年… / 近年来，…), its section and chapter no
        background or safeguards (（一）发展目标 / 四、规划实施保障 / 三、工作要求)."""
        title = self._titled_paragraphs(self.blocks[i].parent).get(i)
        if title is None or _NOT_TASK_TITLE.search(title) or self.in_box(i):
            return None
        path = section_path(self.text, self.blocks, i)
        if any(BACKGROUND.search(heading_title(self.text, self.blocks[p])) for p in path):
            return None
        root = heading_title(self.text, self.blocks[path[0]]) if path else ""
        return None if safeguard_title(root) or SAFEGUARD_CHAPTER.match(root) or _names_no_work_title(root) else title

    def _text_of_item(self, k: int, c: Clause, para_with_clause: set[int]) -> int | None:
        """The item numbered below （一） whose text paragraph ``k`` closes with the item's only
        clause (1.加强施工扬尘管控 / 严格落实…。/ 加强裸土覆盖。…（责任单位：A）: A leads the item,
        both paragraphs its text), else None."""
        b = self.blocks[k]
        if b.style != "para" or b.parent is None or c.span.start in self.duty_starts:
            return None
        p = self.blocks[b.parent]
        if p.style in _NOT_ITEMS or STYLE_RANK.get(p.style, 9) <= STYLE_RANK["cn_paren"] or p.children[-1] != k:
            return None
        if any(self.blocks[j].style != "para" or (j != k and j in para_with_clause) for j in p.children):
            return None
        return b.parent

    def _titled_over_text(self, i: int, above: set[int], own: dict[int, list[Clause]]) -> bool:
        """Whether block ``i`` is a numbered title whose text is the paragraphs below it, no
        clause among them, fewer than two of them titled (those would be tasks of their own),
        beside items of its rank with clauses below them or on their own title line
        (（一）推进…（县卫健委牵头） / 深化…。), and its title names work (not （一）发展目标 /
        （三）工作要求)."""
        b = self.blocks[i]
        if b.style in _NOT_ITEMS or not b.children or i in above or self._titled_paragraphs(i) or self.duty_starts:
            return False  # (a plan dividing its work by unit: 2.1 市防汛抗旱指挥部 / …负责领导… is no task)
        if any(self.blocks[j].style != "para" for j in b.children):
            return False
        # beside items of the same rank that hold clauses (（二）… / 推进…（责任单位：…）)
        kin = self.blocks[b.parent].children if b.parent is not None else self._top()
        if not any((j in above or j in own) and self.blocks[j].style == b.style for j in kin):
            return False
        title = heading_title(self.text, b)
        return not (BACKGROUND.search(title) or _names_no_work_title(title) or _OTHER_MATTERS.match(title)
                    or _OWN_RULES.match(self.text, b.body, b.end))

    def _items_between(self, roots: set[int]) -> set[int]:
        """Top-level items without a clause beside items with one, in a plan numbered without
        chapters (1.…责任单位：A / 2.加强校园欺凌防治。开展专项整治。 / 3.…B负责): tasks whose lead the
        plan does not name (item 2 was dropped, not even a task without a lead). So are the items
        of that numbering before the first item with a clause and after the last (1.稳定粮食播种
        面积。… / 2.…（责任单位：A） / 3.… / 4.做好防灾减灾工作。…: 1 and 4 were dropped) when
        every item with a clause is such an item, up to the first block of another kind (the
        preamble, the closing words, the signature) or an item naming no work (5.加强组织领导)."""
        if not roots:
            return set()
        blocks = self.blocks
        styles = {blocks[r].style for r in roots}
        lo, hi = min(roots), max(roots)

        def bare(r: int) -> bool:
            b = blocks[r]
            return b.parent is None and not b.children and b.style in styles and self._item(r) and not self._names_no_work(r)

        def outside(r: int) -> bool:
            # (3.其他事项。本通知自印发之日起施行。: the plan's closing words)
            b = blocks[r]
            title = heading_title(self.text, b)
            return (bare(r) and not _OTHER_MATTERS.match(title) and not _AWARENESS.search(title)
                    and not _CLOSING_LINE.search(self.text, b.body, b.end))

        out = {r for r in range(lo + 1, hi) if r not in roots and bare(r)} if len(roots) >= 2 else set()
        if len(styles) == 1 and all(not blocks[r].children for r in roots):
            for step, r in ((-1, lo - 1), (1, hi + 1)):
                while 0 <= r < len(blocks) and outside(r):
                    out.add(r)
                    r += step
        return out

    def _names_no_work(self, i: int) -> bool:
        """Whether block ``i``'s title names no work: 二、总体目标 / （三）工作要求 / 近年来，…"""
        title = heading_title(self.text, self.blocks[i])
        return bool(BACKGROUND.search(title) or _names_no_work_title(title) or _NOT_TASK_TITLE.search(title))

    def _item(self, i: int) -> bool:
        """A numbered block that is a task when it holds no clause (a leaf, not a heading)."""
        return self.blocks[i].style not in ("para", "plain") and not is_heading(self.text, self.blocks, i)

    def _closing_note(self, k: int, clause: Clause) -> int | None:
        """The heading whose items a note after them assigns (（以上项目由市交通运输局牵头，…配合）
        closing a 专栏): a line of block ``k`` (its own paragraph, or a line after the last
        item's first) opening with 以上/上述 + the items' name and holding nothing but ``clause``,
        after two items or more of that heading."""
        blocks, text = self.blocks, self.text
        b = blocks[k]
        line = text.rfind("\n", 0, clause.span.start) + 1
        if b.parent is None or (line <= b.body and b.style != "para") or not _ABOVE_ALL.match(text, max(line, b.body)):
            return None
        end = text.find("\n", clause.span.end, b.end)
        rest = text[max(line, b.body) : clause.span.start] + text[clause.span.end : b.end if end < 0 else end]
        if len(_CJK.findall(rest)) >= 8:
            return None
        p = b.parent if b.style == "para" else k
        if blocks[p].style not in ("plain", "box", "part", "chapter", "section") and not any(blocks[j].style != "para" for j in blocks[p].children):
            if self._titles_paragraphs(p, k):
                return None  # （四）强化金融支持 / …。 / …。 / 以上工作由A牵头: the item's own paragraphs
            p = blocks[p].parent  # the note stands under the last item: the items' heading
        if p is None:
            return None
        items = [j for j in blocks[p].children if j <= k and blocks[j].style not in ("para", "plain")]
        return p if len(items) >= 2 else None

    def _titles_paragraphs(self, p: int, k: int) -> bool:
        """Whether item ``p`` is a title alone on its line (no stop) over paragraphs of its own
        before block ``k``: a note in it closes those paragraphs, not a list of items."""
        title = self.text[self.blocks[p].body : self.blocks[p].end].strip()
        return "。" not in title and any(j < k and self.blocks[j].style == "para" for j in self.blocks[p].children)

    def _label_under_heading(self, k: int, clauses: list[Clause]) -> bool:
        """Whether block ``k`` is a paragraph holding only one clause, right under an unnumbered
        heading or a 专栏's title (专栏1 铁路重点项目 / 牵头单位：… / 1．… 2．…) whose numbered items
        follow it and hold no clause of their own."""
        b = self.blocks[k]
        if b.style != "para" or len(clauses) != 1 or b.parent is None or self.blocks[b.parent].style not in ("plain", "box"):
            return False
        rest = self.text[b.body : clauses[0].span.start] + self.text[clauses[0].span.end : b.end]
        if len(_CJK.findall(rest)) >= 6:
            return False
        siblings = [j for j in self.blocks[b.parent].children if j > k]
        return bool(siblings) and all(self.blocks[j].style not in ("para", "plain") for j in siblings)

    def _leads_responsible_items(self, i: int, own: dict[int, list[Clause]]) -> bool:
        """Whether the clause of heading ``i`` names a lead in so many words (牵头单位：A) and the
        items below it name units only as 责任单位 (each led by its first-listed unit alone)."""
        if not any(m.role == "lead" and m.basis == "explicit" for m in own[i][0].mentions):
            return False
        below = [own[j] for j in self.subtree(i) if j in own]
        return bool(below) and all(
            m.basis != "explicit" or m.role != "lead" for cl in below for c in cl for m in c.mentions
        ) and all(any(m.basis == "first_listed" for c in cl for m in c.mentions) for cl in below)

    def _clause_over_paragraphs(self, i: int, clause: Clause) -> bool:
        """Whether block ``i`` (a numbered heading over paragraphs only) holds nothing but its
        title and ``clause`` before its first paragraph."""
        b = self.blocks[i]
        if b.style in _NOT_ITEMS or not b.children or any(self.blocks[j].style != "para" for j in b.children):
            return False
        first_child = self.blocks[b.children[0]].start
        if not (b.body <= clause.span.start and clause.span.end <= first_child):
            return False
        rest = self.text[b.body : clause.span.start] + self.text[clause.span.end : first_child]
        rest = "".join(rest.split()).replace(heading_title(self.text, b), "", 1)
        return len(_CJK.findall(rest)) < 6

    def _clause_only_heading(self, i: int, clause: Clause) -> bool:
        """Whether block ``i`` holds nothing but its title and ``clause`` before its first child."""
        b = self.blocks[i]
        if b.style in ("para", "plain", "box") or not b.children:
            return False
        # the clause may stand on its own lines (a paragraph child) before the first item
        items = [j for j in b.children if self.blocks[j].style != "para"]
        if not items:
            return False
        first_child = self.blocks[items[0]].start
        if not (b.body <= clause.span.start and clause.span.end <= first_child):
            return False
        title = heading_title(self.text, b)
        rest = self.text[b.body : clause.span.start] + self.text[clause.span.end : first_child]
        rest = "".join(rest.split()).replace(title, "", 1)
        return len(_CJK.findall(rest)) < 6

    def subtree(self, i: int) -> list[int]:
        out, todo = [], list(self.blocks[i].children)
        while todo:
            j = todo.pop()
            out.append(j)
            todo.extend(self.blocks[j].children)
        return out

    def _split(self, i: int, b: Block, end: int, cl: list[Clause]) -> None:
        groups: list[list[Clause]] = [[cl[0]]]
        for prev, c in zip(cl, cl[1:]):
            between = self.text[prev.span.end : c.span.start]
            if len(_CJK.findall(between)) >= 6 or c.span.start in self.duty_starts:  # (A负责督办。B负责…)
                groups.append([c])
            else:
                groups[-1].append(c)
        kind = "box" if self.in_box(i) else "paragraph" if b.style == "para" else "numbered"
        start = b.body
        phase = None
        for n, g in enumerate(groups):
            seg_end = end if n == len(groups) - 1 else g[-1].span.end
            if n < len(groups) - 1 and groups[n + 1][0].span.start in self.duty_starts:
                seg_end = groups[n + 1][0].span.start  # a duty statement runs to the next one
            enum = _ENUM.search(self.text, start, g[0].span.start) if len(groups) > 1 else None
            if g[0].span.start in self.duty_starts and (b.style == "para" or n > 0):
                # 县商务局负责统筹推进…。县交通运输局负责…。: a duty statement is titled by itself
                title = _first_sentence(self.text[g[0].span.start : seg_end])
            elif enum:
                # 一是…（责任单位：A）；二是…（责任单位：B）: each part is titled by its own words
                title = _first_sentence(self.text[enum.end() : g[0].span.start])
            elif n == 0:
                title = lead_title(self.text[b.body : end]) if b.style == "para" else heading_title(self.text, b)
                if title and b.style != "para":
                    # 推进港口岸电建设，市交通运输局负责，2023年底前完成。: a clause inside the
                    # first sentence ends the title (a bracketed one is cut by heading_title)
                    head = self.text[b.body : g[0].span.start]
                    before = "".join(head.split()).rstrip("，,、：:")
                    if before and not any(c in head for c in "。；;") and len(before) < len(title) and title.startswith(before):
                        title = before
                # (市水利局牵头建立…机制，各有关部门…。: a sentence opening with its clause is its own title)
                title = title or _first_sentence(self.text[b.body : g[0].span.start]) or _first_sentence(self.text[b.body : seg_end])
                if b.style != "para" and phase_title(title) and (nl := self.text.find("\n", b.body, g[0].span.start)) > 0:
                    # 二、非防火期 / 开展防火道路建设。（责任单位：A）: the phase is no title, its work
                    # is; the phase is the task's section
                    phase, title = title, _first_sentence(self.text[nl : g[0].span.start]) or title
            else:
                title = _first_sentence(self.text[start : g[0].span.start])
            if b.style == "para" and 2 <= title.find("：") <= LEAD_TITLE_MAX and self.in_box(i):
                title = title[: title.find("：")]  # 专栏: 城乡供水一体化工程：新建水厂3座…, the project's name
            task = self.add(i, clean_number(b) if b.style != "para" else "", title, start, seg_end, kind, g)
            if phase is not None:
                task.section = [*task.section, phase]
            start = seg_end  # (the clause's end, or the next duty statement's start)

    def _inset_owner(self, i: int) -> int | None:
        """The section a lead-title paragraph returns to after an unnumbered inset.

        五年规划 print insets (a titled box of requirements, ``宜春市“三线一单”…管控要求`` with
        its own （一）（二）（三）) inside a 第X节 whose tasks are lead-title paragraphs. The
        inset has no end marker, so a lead-title paragraph after its items belongs to the
        section above the inset when that section already holds lead-title paragraphs.
        """
        blocks, text = self.blocks, self.text
        path = section_path(text, blocks, i)
        for n in range(len(path) - 1, 0, -1):
            inset = blocks[path[n]]
            if inset.style != "plain" or inset.vocab or n == len(path) - 1:
                continue  # the paragraph must sit below an item of the inset, not in its lead
            owner = path[n - 1]
            if any(
                blocks[c].style == "para" and c < path[n] and lead_title(text[blocks[c].body : blocks[c].end])
                for c in blocks[owner].children
            ):
                return owner
        return None

    # ----------------------------------------------------------------- plans without clauses
    def from_paragraphs(self, skip: list[Span]) -> None:
        blocks, text = self.blocks, self.text
        roots = [i for i, b in enumerate(blocks) if b.parent is None and b.style != "para"]
        parts = bool(roots) and all(blocks[r].style == "part" for r in roots)
        if parts:
            # a 纲要 in 篇 (第一篇 开启…新征程): its background chapters (发展基础, 主要目标) sit in
            # the first 篇, whose title names none; the rule is read on the chapters
            units = [c for r in roots for c in blocks[r].children if blocks[c].style != "para"]
        else:
            units = roots
        last_bg = max((n for n, r in enumerate(units) if BACKGROUND.search(heading_title(text, blocks[r]))), default=-1)
        task_roots = {
            r for n, r in enumerate(units) if n > last_bg and not any(
                safeguard_title(heading_title(text, blocks[p])) for p in (r, self.root(r)))
        }
        if not roots:
            task_roots = {None}

        def in_tasks(i: int) -> bool:
            b = blocks[i]
            if parts:
                path = section_path(text, blocks, i) + [i]
                r = path[1] if len(path) > 1 else None
            else:
                r = self.root(i) if b.parent is not None or b.style != "para" else None
            return r in task_roots and not any(s.start <= b.start < s.end for s in skip)

        titled_paragraphs = any(
            b.style == "para" and in_tasks(i) and lead_title(text[b.body : b.end]) for i, b in enumerate(blocks)
        )
        for i, b in enumerate(blocks):
            if not in_tasks(i):
                continue
            if b.style == "para":
                if self.in_box(i):
                    continue
                title = lead_title(text[b.body : b.end])
                if title:
                    task = self.add(i, "", title, b.body, b.end, "paragraph", [])
                    back = self._inset_owner(i)
                    if back is not None:
                        task.section = self.section(back) + [heading_title(text, blocks[back])]
                        task.campaign = self.campaign(back)
            elif b.style not in ("plain", "bracket", "box", "part", "chapter", "section"):
                if any(blocks[c].style != "para" for c in b.children):
                    continue
                end = max([b.end] + [blocks[c].end for c in b.children])
                if self.in_box(i):
                    self.add(i, clean_number(b), heading_title(text, b), b.body, end, "box", [])
                elif lead_title(text[b.body : b.end]) or self.owner_of(i) is not None:
                    # (an item under a heading that names its unit is a task however short)
                    self.add(i, clean_number(b), heading_title(text, b), b.body, end, "numbered", [])
                elif not titled_paragraphs and any(
                    not any(s.start <= blocks[c].start < s.end for s in skip) for c in b.children
                ):
                    # 一、优化产业结构 / 严控…。推动…。: a titled item whose text is the paragraphs
                    # below it, in a plan that does not title its paragraphs (the two ways
                    # 五年规划 write a task; a plan writing both keeps its titled paragraphs)
                    self.add(i, clean_number(b), heading_title(text, b), b.body, end, "numbered", [])


# A section that states who does what (二、职责分工 / 第二章 管理职责 / 一、明确部门职责 /
# 二、强化属地责任)
DUTY_SECTION = re.compile(r"职责|分工|职能|(?:属地|部门|工作)责任")
_SENTENCE_STOP = re.compile(r"[。；;\n]")


def duty_clauses(text: str, blocks: list[Block], first: int, clauses: list[Clause], skip: list[Span], statement_fn) -> list[Clause]:
    """Clauses of duty statements in blocks that hold no clause (``statement_fn``:
    :func:`respgraph.responsibilities.duty_statement`).

    A plan may divide its work by unit instead of by task: an item, a paragraph or an
    article per unit (``1.县发展改革局：负责…`` / ``第五条 县生态环境局负责…`` / ``县财政局负责
    落实专项资金。县交通运输局负责…。``). Each statement is then a task of the unit that opens
    it (the rules of :func:`respgraph.responsibilities.duty_statement`): an item whose text
    opens ``A：负责…`` / ``A。负责…`` is one task wherever it stands; in a 职责分工 section and in
    articles (第X条) every sentence opening ``A负责…`` is one (a paragraph of them becomes one
    task per sentence). Elsewhere ``A负责…`` is prose, and so is a 职责分工 inside a safeguard
    chapter (三、保障措施 / （一）明确职责分工): the plan's tasks are elsewhere.
    """
    starts = sorted(c.span.start for c in clauses)
    out: list[Clause] = []
    for i, b in enumerate(blocks):
        if b.start < first or b.style == "plain" or any(s.start <= b.start < s.end for s in skip):
            continue
        k = bisect.bisect_left(starts, b.start)
        if k < len(starts) and starts[k] < b.end:
            continue  # the block has its own clauses
        whole = statement_fn(text, b.body, b.end, False) if b.style != "para" else None
        if whole is not None:
            out.append(whole)
            continue
        path = section_path(text, blocks, i)
        if path and SAFEGUARD.search(_without_areas(heading_title(text, blocks[path[0]]))):
            # 三、保障措施 / （一）明确职责分工 / 县发展改革委负责…: the plan's tasks are elsewhere
            # (a 五年规划 would lose its paragraph tasks to them); its statements stay prose
            continue
        if b.style != "article" and not any(DUTY_SECTION.search(heading_title(text, blocks[p])) for p in path):
            continue
        s = b.body
        while s < b.end:
            stop = _SENTENCE_STOP.search(text, s, b.end)
            e = stop.start() if stop else b.end
            c = statement_fn(text, s, e, True)
            if c is None and stop is not None and text[e] == "。":
                # 二、成员单位职责 / 省委宣传部。负责…: the unit's name a sentence of its own, its
                # duty the next one (read apart, the name and its duty would part)
                after = _SENTENCE_STOP.search(text, e + 1, b.end)
                c = statement_fn(text, s, after.start() if after else b.end, False)
                e = (after.start() if after else b.end) if c is not None else e
            if c is not None:
                out.append(c)
            s = e + 1
    return out
