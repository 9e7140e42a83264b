"""Structure stage: cleaned document text -> plan metadata, heading tree, tasks, campaigns.

    >>> from respgraph.records import Document
    >>> t = "一、主要任务\\n1.加强治理。（责任单位：区发改委、区工信局）\\n2.推进转型。"
    >>> plan = parse(Document("p.txt", "txt", "utf-8", t, t), "p")
    >>> [(k.number, k.title, k.flags) for k in plan.tasks]
    [('1', '加强治理', []), ('2', '推进转型', ['no_clause'])]

Modules: ``markers`` (item numbers), ``blocks`` (cutting the body into items, headings and
paragraphs), ``headings`` (the tree), ``tasks`` (which blocks are tasks — the rules are in
its docstring; ``TaskBuilder``'s passes in ``task_clauses``, ``task_items``, ``task_paragraphs``,
``task_deadlines``, their patterns in ``task_rules``), ``duties`` (duty statements), ``fields``
(deadlines, targets), ``campaigns``, ``meta``, ``tables``.
"""

from __future__ import annotations

from types import SimpleNamespace

import re

from respgraph.grammar.labels import ITEM_REFS, REF_NUMBER
from respgraph.records import Campaign, Document, ExtractedPlan, Span
from respgraph.structure.blocks import build_blocks
from respgraph.structure.campaigns import campaign_name
from respgraph.structure.headings import assign_levels, heading_title, headings, is_heading
from respgraph.structure.meta import plan_meta, plan_year
from respgraph.structure.tasks import TaskBuilder, duty_clauses

__all__ = ["parse", "body_regions"]

# 附件 / 附件1：… / 附件：新八大标志性战役… on a line of its own ends the plan body;
# so do the distribution lines (抄送/印发) at the foot of an official document.
# Each is a whole line's head (no match holds a line break). Matched at the text's start, then
# searched for after a line break: a pattern opening with a literal lets the engine skip in C to
# the next break (a ^ of re.M is tried at every position: 8x slower over a plan).
_ATTACHMENT = re.compile(r"[ \t\u3000]*附[ \t\u3000]*件[ \t\u3000]*[\d一二三四五六七八九十]*[ \t\u3000]*(?:[：:].{0,60})?[ \t\u3000]*$", re.M)
_FOOTER = re.compile(r"[ \t\u3000]*(?:抄送|抄报|印发)[ \t\u3000]*[：:]", re.M)
_ATTACHMENT_NL = re.compile("\n" + _ATTACHMENT.pattern, re.M)
_FOOTER_NL = re.compile("\n" + _FOOTER.pattern, re.M)


def _line_heads(at_start: re.Pattern[str], after_nl: re.Pattern[str], text: str, first_only: bool) -> list[tuple[int, int]]:
    """(start, end) of the lines' heads ``at_start`` matches, in order (the first only if asked)."""
    first = at_start.match(text)
    out = [first.span()] if first is not None else []
    if out and first_only:
        return out
    for m in after_nl.finditer(text, out[0][1] if out else 0):
        out.append((m.start() + 1, m.end()))  # (after the break)
        if first_only:
            break
    return out


def body_regions(text: str) -> tuple[int, int, int | None]:
    """(body end, attachment start or None, footer start) — see the module constants."""
    att = _line_heads(_ATTACHMENT, _ATTACHMENT_NL, text, True)
    foot = _line_heads(_FOOTER, _FOOTER_NL, text, True)
    ends = [m[0][0] for m in (att, foot) if m]
    end = min(ends) if ends else len(text)
    att_start = None
    if att:
        # the attachment proper begins at the last 附件 line (the first is often the list of attachments)
        att_start = _line_heads(_ATTACHMENT, _ATTACHMENT_NL, text, False)[-1][1]
    return end, att_start, foot[0][0] if foot else len(text)


def _mention_fn(settings):
    try:
        from respgraph.responsibilities import task_mentions
    except ImportError:  # pragma: no cover - the responsibilities stage is part of the package
        return lambda clauses, inherited: [m for c in clauses for m in c.mentions]
    return task_mentions


def _owner_fn():
    from respgraph.responsibilities import heading_owner

    return heading_owner


def _owned_fn():
    from respgraph.responsibilities import owned_item

    return owned_item


def _supports_fn():
    from respgraph.responsibilities import body_supports

    return body_supports


def _duty_fn():
    from respgraph.responsibilities import duty_statement

    return duty_statement


def _find_clauses(text: str, start: int, end: int, settings):
    from respgraph.responsibilities import find_clauses

    return find_clauses(text, start, end, settings)


_TOP = ("part", "chapter", "cn_dun")


def _inherit_markers(text: str, start: int, end: int, clauses):
    from respgraph.responsibilities import find_inherit_markers

    return find_inherit_markers(text, start, end, clauses)


def parse(doc: Document, plan_id: str, settings=None, _whole: bool = False) -> ExtractedPlan:
    """Metadata, headings, tasks and campaigns of one document."""
    text = doc.text
    body_end, att_start, foot = body_regions(text)
    if _whole:
        body_end, att_start = foot, None
    blocks = build_blocks(text, 0, body_end)
    if att_start is not None and body_end < foot and not any(b.style in _TOP for b in blocks):
        # 关于印发…的通知 + 附件：the cover letter has no chapters, so the plan is the attachment
        body_end, att_start = foot, None
        blocks = build_blocks(text, 0, body_end)
    assign_levels(blocks)
    # the plan's first heading (not the cover letter's 附件：1.… list of attachments)
    first = next((b.start for b in blocks if b.style not in ("para", "attach") and (b.style != "plain" or b.vocab)), None)
    if first is None:
        first = next((b.start for b in blocks if b.style != "para"), 0)
    else:
        # 提升市容环境品质 / 责任单位：… / 1.…: the unnumbered heading over the first item opens the body
        k = next(k for k, b in enumerate(blocks) if b.start == first)
        while blocks[k].parent is not None and blocks[blocks[k].parent].style == "plain":
            k = blocks[k].parent
        first = blocks[k].start
    # blocks of the head (cover letter, title) are not part of the plan body
    body_blocks_from = next((k for k, b in enumerate(blocks) if b.start >= first), len(blocks))
    meta = plan_meta(text, plan_id, doc.path, first or None, body_end)
    warnings: list[str] = list(doc.warnings)

    tables = list(doc.tables)
    if not tables and doc.format in ("txt", "pdf", "ofd"):
        # a division table that reached us as text: one row per line, tab/space separated
        from respgraph.structure.tables import text_tables

        tables = text_tables(text)
    table_spans = [t.span for t in tables]
    builder = TaskBuilder(text, blocks, plan_id, _mention_fn(settings))
    builder.owner_fn = _owner_fn()
    builder.owned_fn = _owned_fn()
    builder.supports_fn = _supports_fn()
    builder.stops = sorted(s.start for s in table_spans)
    builder.body_end = body_end
    builder.year = plan_year(meta)
    builder.issued = meta.date
    found = _find_clauses(text, first, body_end, settings)
    if not found and att_start is not None and body_end < foot and _find_clauses(text, body_end, foot, settings):
        # a notice with its own numbered points, and the plan (with every clause) attached
        return parse(doc, plan_id, settings, _whole=True)
    clauses = [c for c in found if not any(s.start <= c.span.start < s.end for s in table_spans)]
    # a plan that divides its work by unit (1.县发展改革局：负责… / 第五条 县生态环境局负责…)
    duties = duty_clauses(text, blocks, first, clauses, table_spans, _duty_fn())
    if duties:
        clauses = sorted(clauses + duties, key=lambda c: c.span.start)
        builder.duty_starts = {c.span.start for c in duties}
    # （以下均需各街道办事处参与，不再列出） standing apart from any clause: every later task inherits
    builder.markers = _inherit_markers(text, first, body_end, found)
    head_skip = [Span(0, first)]
    if clauses and len(duties) == len(clauses):
        # the plan's only clauses are duty statements (一、主要任务 / 二、职责分工 / 县商务局负责…):
        # its tasks are read as a plan without clauses would read them, beside the duties' chapters
        duty_roots = {builder.root(k) for k in (builder.block_at(c.span.start) for c in duties) if k is not None}
        chapters = [Span(blocks[r].start, max([blocks[r].end] + [blocks[j].end for j in builder.subtree(r)])) for r in duty_roots]
        if meta.kind != "预案":
            # (an emergency plan's work is its units' duties: its 预警 / 响应 / 处置 sections are
            # the procedure they follow, no tasks)
            builder.from_paragraphs(head_skip + table_spans + chapters)
        builder.from_clauses(clauses, head_skip + table_spans)
        _in_text_order(builder)
    elif clauses:
        builder.from_clauses(clauses, head_skip + table_spans)
        boxes = _box_spans(blocks)
        if _units_only_aside(builder, clauses):
            # a 规划 naming units only in its 专栏 (责任单位 under each project) and its safeguards:
            # its titled paragraphs are its tasks all the same, as in a plan without clauses
            done = [Span(blocks[k].start, t.span.end) for t in builder.tasks if (k := builder.block_at(t.span.start)) is not None]
            builder.from_paragraphs(head_skip + table_spans + boxes + done)
            _in_text_order(builder)
    else:
        builder.from_paragraphs(head_skip + table_spans)
    if clauses:
        _shared_by_number(builder, settings)
    if tables:
        from respgraph.structure.tables import table_tasks

        table_tasks(builder, tables, settings)
        _rows_by_number(builder, table_spans)
        _drop_listed_twice(builder)
        _in_text_order(builder)

    builder.give_stated_deadlines()
    heads = headings(text, blocks, body_blocks_from)
    campaigns = _campaigns(text, blocks, plan_id, att_start, foot, builder)
    _spelled_campaigns(builder.tasks, campaigns)
    return ExtractedPlan(meta=meta, tasks=builder.tasks, campaigns=campaigns, headings=heads, document=doc, warnings=warnings)


def _box_spans(blocks) -> list[Span]:
    """Where each 专栏 box runs, its items included."""
    out = []
    for i, b in enumerate(blocks):
        if b.style == "box":
            end, todo = b.end, list(b.children)
            while todo:
                j = todo.pop()
                end = max(end, blocks[j].end)
                todo.extend(blocks[j].children)
            out.append(Span(b.start, end))
    return out


def _units_only_aside(builder, clauses) -> bool:
    """Whether every clause stands in a 专栏 box or a safeguard chapter (规划实施保障)."""
    from respgraph.structure.tasks import safeguard_title

    for c in clauses:
        k = builder.block_at(c.span.start)
        if k is None or builder.in_box(k):
            continue
        if not safeguard_title(heading_title(builder.text, builder.blocks[builder.root(k)])):
            return False
    return True


def _in_text_order(builder) -> None:
    """Tasks read in more than one pass, put back in text order and numbered again."""
    builder.tasks.sort(key=lambda t: t.span.start)
    for n, t in enumerate(builder.tasks, 1):
        t.seq, t.task_id = n, f"{builder.plan_id}:{n:03d}"


# A division table's row names a body item as the plan writes it, or with its number before
# (（二）4．大力发展… / 1．… / 第三章第一节…), its blanks and quotes lost (推进“口袋公园”建设), or
# run on past a comma (加快退出落后产能，依法依规…); these are set aside to compare.
_ROW_NUMBER = re.compile(
    r"^(?:第[一二三四五六七八九十百\d]{1,3}[篇章节]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,3}[.．、](?!\d))+"
)
_NOT_COMPARED = re.compile(r"[\s“”‘’\"'「」『』]")
_HEAD_STOP = re.compile(r"[，,：:；;]")
# a title held inside another is the same task when it is most of it (农村厕所革命 / 推进农村厕所革命)
_HELD_SHARE = 0.6
_KEY_MIN = 4


def _key(title: str) -> str:
    return _ROW_NUMBER.sub("", _NOT_COMPARED.sub("", title)).rstrip("，,、；;：:。")


def _head(key: str) -> str:
    m = _HEAD_STOP.search(key)
    return key if m is None else key[: m.start()]


def _leads(t) -> set[str]:
    return {m.text for m in t.mentions if m.role == "lead"}


def _held(a: str, b: str) -> bool:
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= _KEY_MIN and len(short) >= _HELD_SHARE * len(long_) and short in long_


def _one(cands: list, r) -> list:
    """The one candidate, or the one of the row's number among several; else none."""
    if len(cands) > 1:
        cands = [t for t in cands if t.number and t.number.strip("（()）") == r.number.strip("（()）")]
    return cands if len(cands) == 1 else []


def _row_links(rows, body) -> dict[int, list]:
    """Which body tasks each row (by index) lists again: the same title (every item so titled);
    else the same words before the first comma; else a title most of which the other holds
    (one item, or the one of the row's number)."""
    keys = {id(t): _key(t.title) for t in body}
    by_key: dict[str, list] = {}
    by_head: dict[str, list] = {}
    for t in body:
        by_key.setdefault(keys[id(t)], []).append(t)
        by_head.setdefault(_head(keys[id(t)]), []).append(t)
    links: dict[int, list] = {}
    taken: set[int] = set()
    rest = []
    for n, r in enumerate(rows):
        rk = _key(r.title)
        same = [t for t in by_key.get(rk, []) if id(t) not in taken]
        if same:
            links[n] = same
            taken.update(id(t) for t in same)
        else:
            rest.append((n, r, rk))
    for n, r, rk in rest:
        head = _head(rk)
        cands = _one([t for t in by_head.get(head, []) if id(t) not in taken], r) if len(head) >= _KEY_MIN else []
        if cands:
            links[n] = cands
            taken.add(id(cands[0]))
    for n, r, rk in rest:
        if n not in links:
            cands = _one([t for t in body if id(t) not in taken and _held(rk, keys[id(t)])], r)
            if cands:
                links[n] = cands
                taken.add(id(cands[0]))
    return links


def _heading_links(rows, body, links) -> dict[int, list]:
    """Rows naming a heading of the body (完善对外运输通道 over its paragraphs): the tasks below
    that one heading which no unit leads and no row lists (a 专栏's projects aside)."""
    under: dict[str, dict[tuple, list]] = {}
    linked = {id(t) for ts in links.values() for t in ts}
    for t in body:
        if t.kind == "box" or _leads(t) or id(t) in linked:
            continue
        for d, title in enumerate(t.section):
            under.setdefault(_key(title), {}).setdefault(tuple(t.section[: d + 1]), []).append(t)
    out = {}
    for n, r in enumerate(rows):
        heads = under.get(_key(r.title)) if n not in links else None
        if heads and len(heads) == 1 and len(_key(r.title)) >= _KEY_MIN:
            out[n] = next(iter(heads.values()))
    return out


def _add_missing(into, other) -> None:
    """``into`` also names the units ``other`` names and it does not (with their clauses)."""
    have = {m.text for m in into.mentions}
    extra = [m for m in other.mentions if m.text not in have]
    if extra:
        into.mentions = [*into.mentions, *extra]
        into.clauses = [*into.clauses, *(c for c in other.clauses if c not in into.clauses)]
        into.flags = [f for f in into.flags if f != "no_clause"]


def _give_units(row, t) -> None:
    """Task ``t`` (no unit leads it) takes the units of a row listing it."""
    if row.clauses:
        t.clauses, t.mentions = list(row.clauses), list(row.mentions)
        t.flags = [f for f in t.flags if f != "no_clause"]
        t.deadlines = t.deadlines or list(row.deadlines)


_WORD = re.compile(r"\w")  # a row's title of separators only (| between cells) is no title
_ITEM_NUMBER = re.compile(r"\d{1,3}|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}")


def _rows_by_number(builder, table_spans) -> None:
    """A 分工表 whose rows give a number and units only (序号 | 牵头单位 | 配合单位, the tasks
    written in the body as 1.… 2.…): each row's units go to the body item of that number, which
    stays the task with its words (was: the body items were no tasks, the rows tasks without a
    title). Only numbers that one leaf item of the body carries (numbering that runs on across
    chapters); rows of other numbers stay as they are."""
    from respgraph.structure.tasks import _NOT_ITEMS, clean_number

    rows = [t for t in builder.tasks if t.kind == "table" and not _WORD.search(t.title) and _ITEM_NUMBER.fullmatch(t.number or "")]
    if not rows:
        return
    blocks, text = builder.blocks, builder.text
    items: dict[str, list[int]] = {}
    for i, b in enumerate(blocks):
        if b.style in _NOT_ITEMS or b.style == "attach" or b.start >= builder.body_end:
            continue
        if any(blocks[j].style not in _NOT_ITEMS for j in b.children) or any(s.start <= b.start < s.end for s in table_spans):
            continue  # a heading over items, or a line of a table
        items.setdefault(clean_number(b), []).append(i)
    have = {t.span.start: t for t in builder.tasks if t.kind != "table"}
    drop: set[int] = set()
    for r in rows:
        found = items.get(r.number.strip())
        if not found or len(found) != 1 or not r.clauses:
            continue
        i = found[0]
        b = blocks[i]
        t = have.get(b.body) or have.get(_skip_blanks(text, b.body, b.end))
        if t is None:
            end = max([b.end] + [blocks[j].end for j in builder.subtree(i)])
            t = builder.add(i, clean_number(b), heading_title(text, b), b.body, end, "numbered", [])
        elif _leads(t):
            continue
        _give_units(r, t)
        t.deadlines = [*r.deadlines, *(d for d in t.deadlines if d not in r.deadlines)]
        drop.add(id(r))
    builder.tasks[:] = [t for t in builder.tasks if id(t) not in drop]


# 第（一）项、第（三）项由… / 第1项至第3项工作由… / 上述第4、5项任务均由…: a 责任分工 paragraph
# sharing out the items above by number, a sentence or a ；-piece each (the items as the grammar's
# _BY reads them, so that what is given out here is what it leaves out of the units)
_ITEM_REFS = re.compile(ITEM_REFS + r"\s*(?:工作|任务|事项)?\s*(?:均|具体|分别|统一)?\s*由")
_REF_ONE = re.compile(REF_NUMBER)
_REF_RANGE = re.compile(r"[至到—－~-]")


def _ref_numbers(refs: str) -> list[tuple[bool, int]] | None:
    """(bracketed, value) of every item ``refs`` names, ranges spelled out (1至3: 1, 2, 3)."""
    from respgraph.structure.markers import cn_to_int

    out: list[tuple[bool, int]] = []
    last = 0
    for m in _REF_ONE.finditer(refs):
        raw = m.group().strip()
        value = cn_to_int(raw.strip("（()） "))
        bracketed = raw[:1] in "（("
        if out and _REF_RANGE.search(refs, last, m.start()):
            if not (out[-1][1] < value <= out[-1][1] + 30):
                return None
            out += [(bracketed, v) for v in range(out[-1][1] + 1, value)]
        out.append((bracketed, value))
        last = m.end()
    return out or None


def _item_key(b) -> tuple[bool, int]:
    return (b.style in ("cn_paren", "arabic_paren"), b.value)


def _shared_by_number(builder, settings) -> None:
    """Tasks read from a paragraph that shares out the plan's items by number (二、责任分工 /
    第（一）项、第（三）项由A牵头，B配合；第（二）项由C负责): each piece's units go to the items it
    names, which stay the tasks with their words; the paragraph is no task of its own (was: one
    task of 责任分工 with every unit, the items none). Only when every piece names items one leaf
    item of the body carries each."""
    from respgraph.structure.tasks import _NOT_ITEMS, clean_number

    text, blocks = builder.text, builder.blocks
    for t in list(builder.tasks):
        if not t.clauses:
            continue
        # (the clauses may follow the task's title: 二、责任分工 / 第（一）项…)
        first = min(c.span.start for c in t.clauses)
        if "。" in text[t.span.start : first]:
            continue
        pieces = _ref_pieces(text, first, t.span.end)
        if not pieces:
            continue
        items = _leaf_items(blocks, t.span.start, _NOT_ITEMS)
        plan = []
        for a, b, refs in pieces:
            targets = [items.get(r) for r in refs]
            if any(x is None for x in targets):
                plan = []
                break
            plan.append((a, b, targets))
        if not plan:
            continue
        have = {x.span.start: x for x in builder.tasks}
        builder.tasks.remove(t)
        for a, b, targets in plan:
            found = _find_clauses(text, a, b, settings)
            for i in targets:
                blk = blocks[i]
                task = have.get(_skip_blanks(text, blk.body, blk.end))
                if task is None:
                    end = max([blk.end] + [blocks[j].end for j in builder.subtree(i)])
                    task = builder.add(i, clean_number(blk), heading_title(text, blk), blk.body, end, "numbered", found)
                    have[task.span.start] = task
                elif not _leads(task) and found:
                    task.clauses = [*task.clauses, *found]
                    task.mentions = [*task.mentions, *(m for c in found for m in c.mentions)]
                    task.flags = [f for f in task.flags if f != "no_clause"]
    _in_text_order(builder)


def _ref_pieces(text: str, start: int, end: int) -> list[tuple[int, int, list[tuple[bool, int]]]]:
    """(start, end, items named) of the pieces of ``text[start:end]`` that open 第…项由: the whole
    text must be such pieces (a sentence or a ；-piece each)."""
    out = []
    i = start
    while i < end:
        while i < end and text[i] in " \t\u3000\r\n；;。":
            i += 1
        if i >= end:
            break
        m = _ITEM_REFS.match(text, i, end)
        refs = _ref_numbers(m.group("refs")) if m else None
        if refs is None:
            return []
        j = i
        while j < end and text[j] not in "；;。\n":
            j += 1
        out.append((i, j, refs))
        i = j
    return out


def _leaf_items(blocks, before: int, not_items) -> dict[tuple[bool, int], int]:
    """The body's leaf items before ``before`` by (bracketed, value), those of one item only;
    not the heading holding ``before`` (二、责任分工 / 第2项由…: 二、 is no item 2 the text names)."""
    seen: dict[tuple[bool, int], list[int]] = {}
    for i, b in enumerate(blocks):
        if b.start >= before:
            break
        if b.style in not_items or b.style == "attach" or any(blocks[j].style not in not_items for j in b.children):
            continue
        if b.end > before:
            continue
        seen.setdefault(_item_key(b), []).append(i)
    return {k: v[0] for k, v in seen.items() if len(v) == 1}


def _skip_blanks(text: str, i: int, end: int) -> int:
    while i < end and text[i] in " \t\u3000\r\n":
        i += 1
    return i


def _drop_listed_twice(builder) -> None:
    """A division table's rows and the body items they list again (see ``_row_links``) are one
    task each. An item no unit leads stays the task, with its number, words and section, and takes
    the row's units (its own beside them) and the row's 完成时限 first; the row goes. An item with a
    lead of its own stays, and the row goes when it names no other lead (the same assignment
    written twice). Items of the same title after the first, and the tasks below a heading a row
    names, take the row's units when they have no lead (the row goes in the second case)."""
    rows = [t for t in builder.tasks if t.kind == "table" and t.title]
    if not rows:
        return
    body = [t for t in builder.tasks if t.kind != "table"]
    links = _row_links(rows, body)
    drop: set[int] = set()
    for n, items in links.items():
        r = rows[n]
        replaced = False
        for t in items:
            if not _leads(t) and replaced:
                _give_units(r, t)  # 加强监测能力建设 in two chapters, one row: both items are tasks
            elif not _leads(t) and r.clauses:
                # the item stays the task, with its number, words and place in the plan (the
                # row's number and shortened title were kept, its text and 村庄清洁行动 lost) and
                # takes the row's units, its own beside them (各县区配合); the row goes
                replaced = True
                drop.add(id(r))
                own = SimpleNamespace(mentions=t.mentions, clauses=t.clauses)
                _give_units(r, t)
                _add_missing(t, own)
                # the table's 完成时限 first, the item's own dates after it
                t.deadlines = [*r.deadlines, *(d for d in t.deadlines if d not in r.deadlines)]
            elif _leads(r) <= {m.text for m in t.mentions}:
                drop.add(id(r))
                _add_missing(t, r)
    for n, items in _heading_links(rows, body, links).items():
        r = rows[n]
        if r.clauses:
            for t in items:
                _give_units(r, t)
            drop.add(id(r))
    builder.tasks[:] = [t for t in builder.tasks if id(t) not in drop]


def _spelled_campaigns(tasks, campaigns) -> None:
    """Tasks under a section that spells out an attachment battle get that battle (000)."""
    from respgraph.structure.campaigns import spelled_campaign

    battles = [(c.name, c.kind) for c in campaigns if c.source == "attachment" and c.parent is None]
    if not battles:
        return
    cache: dict[str, str | None] = {}
    for t in tasks:
        if t.campaign is not None:
            continue
        for title in reversed(t.section):
            if title not in cache:
                cache[title] = spelled_campaign(title, battles)
            if cache[title]:
                t.campaign = cache[title]
                break


def _campaigns(text, blocks, plan_id, att_start, foot, builder) -> list:
    found: list[tuple[str, str, str | None, str]] = []
    used = {t.campaign for t in builder.tasks if t.campaign}
    for i, b in enumerate(blocks):
        if b.style == "para" or not is_heading(text, blocks, i):
            continue
        title = heading_title(text, b)
        if b.style == "box":
            if title in used:
                found.append((title, "专栏", None, "heading"))
            continue
        c = campaign_name(title)
        if c:
            found.append((c[0], c[1], None, "heading"))
    if att_start is not None and att_start < foot:
        ab = build_blocks(text, att_start, foot)
        assign_levels(ab)
        names: dict[int, str] = {}
        for i, b in enumerate(ab):
            if b.style == "para":
                continue
            c = campaign_name(heading_title(text, b))
            if not c:
                continue
            names[i] = c[0] if b.style != "arabic" else heading_title(text, b)
            p = b.parent
            while p is not None and p not in names:
                p = ab[p].parent
            found.append((names[i], c[1], names.get(p) if p is not None else None, "attachment"))
    out: list[Campaign] = []
    seen = set()
    for name, kind, parent, source in found:
        if (name, parent, source) in seen:
            continue
        seen.add((name, parent, source))
        out.append(Campaign(f"{plan_id}:c{len(out) + 1:02d}", name, kind, parent, source))  # type: ignore[arg-type]
    return out
