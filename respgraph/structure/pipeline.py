"""The structure stage's pipeline: ``parse`` (document -> metadata, blocks, tasks in their passes,
tables, stated deadlines, headings, campaigns) and the checks it makes between passes.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from respgraph.records import Clause, Document, ExtractedPlan, Span
from respgraph.structure.above import apply_above_markers
from respgraph.structure.blocks import Block, build_blocks
from respgraph.structure.campaigns import _campaigns, _spelled_campaigns
from respgraph.structure.chiefs import on_chief_roster
from respgraph.structure.duties import duty_clauses, in_roster
from respgraph.structure.duty_titles import give_items_named_by_duties
from respgraph.structure.first_lead import apply_stated_first_lead
from respgraph.structure.headings import assign_levels, headings
from respgraph.structure.hooks import (
    _above_markers, _duty_fn, _find_clauses, _inherit_markers, _mention_fn, _owned_fn, _owner_fn, _subjects_fn, _supports_fn,
)
from respgraph.structure.meta import closing_start, plan_meta, plan_year
from respgraph.structure.notes import apply_table_notes, apply_unnamed_notes
from respgraph.structure.parties import give_party_b
from respgraph.structure.parts import mark_plan_parts
from respgraph.structure.plan_warnings import (
    NO_TASKS, cut_task_line, differing_duties_line, differing_rows_line, flag_cut_task, flag_unreadable, left_above_lines, unlined_rows_line, unparsed_line, unreadable_line,
    split_rows_line,
)
from respgraph.structure.regions import body_regions
from respgraph.structure.listed_items import add_listed_items, drop_unlisted
from respgraph.structure.rows import drop_listed_twice, rows_by_number
from respgraph.structure.shares import _shared_by_number
from respgraph.structure.task_rules import assessment_rules
from respgraph.structure.tasks import TaskBuilder, in_text_order


_TOP = ("part", "chapter", "cn_dun")


@dataclass(slots=True)
class _Body:
    """Where a plan's body lies in its text, and its blocks."""

    body_end: int
    att_start: int | None  # where the attachments start, if any
    foot: int
    blocks: list[Block]
    first: int  # where the plan's body opens: its first heading (the head before it: cover letter, title)
    body_blocks_from: int  # the index of the body's first block


def parse(doc: Document, plan_id: str, settings=None, _whole: bool = False) -> ExtractedPlan:
    """Metadata, headings, tasks and campaigns of one document."""
    text = doc.text
    body = _body(text, _whole)
    meta = plan_meta(text, plan_id, doc.path, body.first or None, body.body_end, body.att_start)
    warnings: list[str] = list(doc.warnings)
    tables = list(doc.tables)
    if not tables and doc.format in ("txt", "pdf", "ofd"):
        # a division table that reached us as text: one row per line, tab/space separated
        from respgraph.structure.tables import text_tables

        tables = text_tables(text)
    table_spans = [t.span for t in tables]
    builder = _task_builder(text, plan_id, body, meta, table_spans, settings)
    builder.cut_off = doc.cut_off
    # (clauses end there too: a text run together put the signature on the last clause's line,
    # 配合单位：县市场监管局安吉县人民政府办公室 2020年5月8日)
    found = _find_clauses(text, body.first, min(body.body_end, builder.closing), settings)
    if not found and body.att_start is not None and body.body_end < body.foot and _find_clauses(text, body.body_end, body.foot, settings):
        # a notice with its own numbered points, and the plan (with every clause) attached
        return parse(doc, plan_id, settings, _whole=True)
    clauses = _tasks_of_clauses(builder, body, meta, found, table_spans, settings)
    # 三、职责分工 / 市发展改革委：牵头能源绿色低碳转型行动: the item's units (before the notes on the
    # items naming none: 未明确牵头单位的，由A牵头 is no item's the duties name)
    give_items_named_by_duties(builder)
    if clauses:
        # 以上任务均需A落实，不再列出 under the list: A shares the items above it
        apply_above_markers(builder, _above_markers(text, body.first, body.body_end, found))
        apply_unnamed_notes(builder, lambda t, a, b: _find_clauses(t, a, b, settings), table_spans)  # 以上任务中，未列明责任单位的，由A…: the items naming nobody
        _shared_by_number(builder, settings)
    if tables:
        from respgraph.structure.tables import table_tasks

        table_tasks(builder, tables, settings)
        apply_table_notes(builder, tables, lambda t, a, b: _find_clauses(t, a, b, settings))  # 注：表中未列明牵头单位的，由A牵头
        rows_by_number(builder, table_spans)
        # a body naming no unit, its items one sentence each, the units in the 附件's 分工表: the items
        # the rows list again are the tasks (they were no tasks, the rows alone)
        listed = add_listed_items(builder, [Span(0, body.first), *table_spans])
        drop_listed_twice(builder)
        drop_unlisted(builder, listed, table_spans)
        in_text_order(builder)

    builder.tasks = [
        t for t in builder.tasks if not _in_review(builder, t.span.start) and not _in_roster(builder, t) and not on_chief_roster(text, t)
    ]
    if not builder.tasks:
        from respgraph.structure.empty import empty_reason

        if (why := empty_reason(text, tables)) is not None:
            warnings.append(NO_TASKS + why)  # said beside "no tasks found"
    # 乙方：某县环境保护局 heading a 目标责任书: the items naming no unit are its (they had no lead)
    give_party_b(builder.tasks, text, meta.title)
    apply_stated_first_lead(builder.tasks, text, table_spans)  # 注：责任单位排在首位的为牵头单位: the first unit's lead is stated
    builder.give_stated_deadlines()
    builder.settle_paths()  # 【推进垃圾分类】1 where 1 alone is two tasks (task_paths)
    mark_plan_parts(builder.tasks, text)  # 附件1 XX方案 / 附件3 YY方案, a 汇编's plans: each task's plan opens its section
    cut = flag_cut_task(builder.tasks, text) if doc.cut_off else None
    unreadable = flag_unreadable(builder.tasks)
    warnings += [w for w in (cut_task_line(cut), unparsed_line(builder.tasks), unreadable_line(unreadable),
                             unlined_rows_line(builder.unlined_rows), differing_rows_line(builder.differing_rows), split_rows_line(builder.split_rows),
                             differing_duties_line(builder.differing_duties)) if w]
    warnings += left_above_lines(builder.tasks, body.blocks, text, builder.block_at)  # (nothing dropped unsaid)
    heads = headings(text, body.blocks, body.body_blocks_from)
    campaigns = _campaigns(text, body.blocks, plan_id, body.att_start, body.foot, builder)
    _spelled_campaigns(builder.tasks, campaigns)
    return ExtractedPlan(meta=meta, tasks=builder.tasks, campaigns=campaigns, headings=heads, document=doc, warnings=warnings)


def _body(text: str, whole: bool) -> _Body:
    """The plan's body and its blocks: the cover letter's attachment when the letter has no
    chapters, the whole text when ``whole``; the body opens at its first heading."""
    body_end, att_start, foot = body_regions(text)
    if whole:
        body_end, att_start = foot, None
    blocks = build_blocks(text, 0, body_end)
    if att_start is not None and body_end < foot and not any(b.style in _TOP for b in blocks):
        # 关于印发…的通知 + 附件：the cover letter has no chapters, so the plan is the attachment
        body_end, att_start = foot, None
        blocks = build_blocks(text, 0, body_end)
    assign_levels(blocks)
    first = _duty_paragraphs_over_units(text, blocks, _body_start(blocks))
    # blocks of the head (cover letter, title) are not part of the plan body
    body_blocks_from = next((k for k, b in enumerate(blocks) if b.start >= first), len(blocks))
    return _Body(body_end, att_start, foot, blocks, first, body_blocks_from)


def _body_start(blocks: list[Block]) -> int:
    """Where the plan's body opens: its first heading (not the cover letter's 附件：1.… list of
    attachments), or the unnumbered heading over it."""
    first = next((b.start for b in blocks if b.style not in ("para", "attach") and (b.style != "plain" or b.vocab)), None)
    if first is None:
        return next((b.start for b in blocks if b.style != "para"), 0)
    # 提升市容环境品质 / 责任单位：… / 1.…: the unnumbered heading over the first item opens the body
    k = next(k for k, b in enumerate(blocks) if b.start == first)
    while blocks[k].parent is not None and blocks[blocks[k].parent].style == "plain":
        k = blocks[k].parent
    return blocks[k].start


def _duty_paragraphs_over_units(text: str, blocks: list[Block], first: int) -> int:
    """Where the body opens when its first heading is a unit's name alone over its numbered duties
    and paragraphs of duty statements run right above it, each opening with its unit standing apart
    (县水利局：负责河湖管理范围划定和岸线管理。 / 县公安局：负责… / 县农业农村局： / 1.负责…): the first
    of those paragraphs, for they are the same list written a unit a paragraph (they were the head,
    three units' duties dropped unsaid). The title above them, and paragraphs not so opening, stay
    the head; a plan whose unit headings are numbered (（一）县水利局) is left as it was."""
    # (the body opens at the unit's line, read as the heading of the items right below it: task_paths)
    k = next((k for k, b in enumerate(blocks) if b.start == first), 0)
    if k == 0 or blocks[k].style != "plain" or not blocks[k].unit:
        return first
    j, duty = k, _duty_fn()
    while j > 0 and blocks[j - 1].style == "para" and not blocks[j - 1].closing and duty(text, blocks[j - 1].body, blocks[j - 1].end, False) is not None:
        j -= 1
    return blocks[j].start


def _task_builder(text: str, plan_id: str, body: _Body, meta, table_spans: list[Span], settings) -> TaskBuilder:
    """The task builder over the body's blocks, with the readers of units it calls and where the
    plan's text stops (its tables, its body's end, its signature)."""
    builder = TaskBuilder(text, body.blocks, plan_id, _mention_fn(settings))
    builder.owner_fn = _owner_fn()
    builder.owned_fn = _owned_fn()
    builder.supports_fn = _supports_fn()
    builder.subjects_fn = _subjects_fn()
    builder.stops = sorted(s.start for s in table_spans)
    builder.body_end = body.body_end
    # the signature with its date, a minutes' 出席：/ 列席：lines: the last task's text ends before
    # them (it ran over them, and the attendees could be read as its units)
    builder.closing = closing_start(text, body.body_end)
    builder.year = plan_year(meta)
    builder.issued = meta.date
    builder.assessment_rules = assessment_rules(meta.title)
    return builder


def _tasks_of_clauses(builder: TaskBuilder, body: _Body, meta, found: list[Clause], table_spans: list[Span], settings) -> list[Clause]:
    """The tasks of the clauses ``found`` outside the tables and of the duty statements, or of the
    plan's paragraphs where they name no units; the clauses read (duties among them)."""
    text, blocks, first = builder.text, body.blocks, body.first
    clauses = [c for c in found if c.span.start < builder.closing and not any(s.start <= c.span.start < s.end for s in table_spans)]
    # a plan that divides its work by unit (1.县发展改革局：负责… / 第五条 县生态环境局负责…)
    duties = duty_clauses(text, blocks, first, clauses, table_spans, _duty_fn(), items_loose=meta.kind == "预案")
    if duties:
        # (a statement over an item's helpers, 各街道办事处：负责…，县民政局予以配合, reads them itself)
        clauses = _outside(clauses, duties)
        clauses = sorted(clauses + duties, key=lambda c: c.span.start)
        builder.duty_starts = {c.span.start for c in duties}
    # （以下均需各街道办事处参与，不再列出） standing apart from any clause: every later task inherits;
    # searched from the plan's head, for the note is often written before the first heading, closing
    # the preamble (…为全面建设…提供生态支撑。（以下各项工作均需各设区市人民政府落实，不再列出）) or as a
    # line of its own (说明：以下工作均需各乡镇人民政府落实，不再列出；列第一位的为牵头单位。)
    builder.markers = _inherit_markers(text, 0, body.body_end, found)
    head_skip = [Span(0, first)]
    if clauses and (len(duties) == len(clauses) or _under_duty_units(builder, clauses, duties)):
        # the plan's only clauses are duty statements (一、主要任务 / 二、职责分工 / 县商务局负责…):
        # its tasks are read as a plan without clauses would read them, beside the duties' chapters
        duty_roots = {builder.root(k) for k in (builder.block_at(c.span.start) for c in duties) if k is not None}
        # …and the chapters organised by unit beside them (二、市政府有关部门 / （一）市发展和改革局 /
        # 1.负责…): from_clauses reads their items under the unit's heading (they were tasks twice)
        duty_roots |= {builder.root(p) for p, b in enumerate(blocks) if b.children and builder.owner(p) is not None}
        chapters = [Span(blocks[r].start, max([blocks[r].end] + [blocks[j].end for j in builder.subtree(r)])) for r in duty_roots]
        # a list of bodies' duties written as paragraphs alone, no heading (县委政法委：负责… / 县司法局：
        # 负责…): its other paragraphs are its frame (各成员单位要于每季度末将工作开展情况报县委平安办。
        # was a task naming nobody)
        headed = any(b.style != "para" for b in blocks if b.start >= first)
        if meta.kind != "预案" and headed:
            # (an emergency plan's work is its units' duties: its 预警 / 响应 / 处置 sections are
            # the procedure they follow, no tasks)
            builder.from_paragraphs(head_skip + table_spans + chapters)
        # (the items read so are not read again: a duty list placed before the items, 一、职责分工 /
        # 二、重点任务, had every item twice, once from each pass)
        read = [Span(blocks[k].start, t.span.end) for t in builder.tasks if (k := builder.block_at(t.span.start)) is not None]
        builder.from_clauses(clauses, head_skip + table_spans + read)
        in_text_order(builder)
    elif clauses:
        builder.from_clauses(clauses, head_skip + table_spans)
        if _units_only_aside(builder, clauses):
            # a 规划 naming units only in its 专栏 (责任单位 under each project) and its safeguards:
            # its titled paragraphs are its tasks all the same, as in a plan without clauses, and
            # so are the projects of its 专栏 naming no unit (they were lost when one sentence of
            # the safeguards named a unit: 县发展改革局负责规划实施的综合协调)
            done = [Span(blocks[k].start, t.span.end) for t in builder.tasks if (k := builder.block_at(t.span.start)) is not None]
            builder.from_paragraphs(head_skip + table_spans + done)
            in_text_order(builder)
    else:
        builder.from_paragraphs(head_skip + table_spans)
    return clauses


# 一、2025年工作开展情况 / 二、重点任务推进情况 / 一、工作回顾 / 一、主要成效: a chapter reporting
# the work done (a 总结 or 情况报告, or the review opening a year's 工作要点): the units it names
# did that work, its items are no tasks (市发改委会同A建立… was read as an assignment)
_REVIEW_CHAPTER = re.compile(
    r"(?:工作|任务|目标|规划|方案)?(?:开展|推进|完成|进展|实施|执行)情况$|工作回顾$|^(?:\d{4}年)?(?:主要)?(?:工作)?(?:成效|成绩)$"
)


def _in_review(builder, at: int) -> bool:
    """Whether position ``at`` (a task's start) stands in a top-level chapter reporting the work done."""
    k = builder.block_at(at)
    if k is None:
        return False
    root = builder.root(k)
    return builder.blocks[root].style in _TOP and _REVIEW_CHAPTER.search(builder.title(root)) is not None


# a clause giving a unit a part in work (牵头单位：/ 责任处室：/ 配合：/ 会同): no roster's
_SHARES_WORK = re.compile(r"牵头|责任|配合|协助|协同|会同|参与")


def _in_roster(builder, t) -> bool:
    """Whether task ``t`` is a unit a section setting up a body's units names with its standing
    functions (第二条 省生态环境厅设下列内设机构： / （一）办公室。负责机关日常运转工作…; 第三条
    直属单位 / 省生态环境监测中心：承担…), no work: unless a clause of its own shares work (a
    task there with its 牵头处室 stays one)."""
    k = builder.block_at(t.span.start)
    if k is None or any(_SHARES_WORK.search(c.raw) for c in t.clauses):
        return False
    return in_roster(builder.text, builder.blocks, [*builder.path(k), k], builder.roster_headings)


def _under_duty_units(builder, clauses: list[Clause], duties: list[Clause]) -> bool:
    """Whether every clause that is no duty statement stands under a unit's heading in a section
    of duties (二、职责分工 / （二）县工业和信息化局 / 1.牵头…，县能源局配合。): the plan's clauses are
    its duty list's, as when it holds duties only (its body's items naming no unit were no tasks
    when one helper stood there)."""
    from respgraph.structure.duties import DUTY_SECTION

    starts = {c.span.start for c in duties}
    for c in clauses:
        if c.span.start in starts:
            continue
        k = builder.block_at(c.span.start)
        if k is None or builder.owner_of(k) is None or DUTY_SECTION.search(builder.title(builder.root(k))) is None:
            return False
    return True


def _units_only_aside(builder, clauses) -> bool:
    """Whether every clause stands in a 专栏 box or a safeguard chapter (规划实施保障)."""
    from respgraph.structure.tasks import safeguard_title

    for c in clauses:
        k = builder.block_at(c.span.start)
        if k is None or builder.in_box(k):
            continue
        if not safeguard_title(builder.title(builder.root(k))):
            return False
    return True


def _outside(clauses: list[Clause], duties: list[Clause]) -> list[Clause]:
    """``clauses`` less those lying inside a duty statement (duties do not overlap one another;
    a 50 MB plan has 100,000 clauses: one search each, not a pass over every duty)."""
    spans = sorted((d.span.start, d.span.end) for d in duties)
    starts = [a for a, _ in spans]
    out = []
    for c in clauses:
        j = bisect.bisect_right(starts, c.span.start) - 1
        if j >= 0 and c.span.end <= spans[j][1]:
            continue
        out.append(c)
    return out
