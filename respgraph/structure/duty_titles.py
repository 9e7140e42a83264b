"""A duty statement naming a body item by its title (``市发展改革委：…；牵头能源绿色低碳转型行动；…``).

A plan whose items name no unit (二、重点任务 / （一）能源绿色低碳转型行动。…) may say who does them
in a later list of duties by body (三、职责分工 / 市发展改革委：牵头能源绿色低碳转型行动): a piece of
a statement that is only 牵头 / 负责 / 配合 / 参与 and an item's title points at that item.
``give_items_named_by_duties`` gives the item the statement's unit (lead by 牵头 / 负责, support
by 配合 / 参与 / 协助), its clause the duty statement (the provenance); a statement that does nothing
but point at items is no task of its own (its work is the items': it was counted twice), one with
work of its own stays one. Matching is strict: the piece must be the whole title, or a clear first
phrase of it (up to the title's comma), and name one item only. A piece may name the item by its
number too (牵头（一）能源绿色低碳转型行动 / 牵头第（一）项任务 / 负责第3、5项): the number written
with the title is the title's, a number alone must be one item's (or one heading's over such items).
The list may stand before the items as well as after them (一、职责分工 / 二、重点任务).
"""

from __future__ import annotations

import re

from respgraph.grammar.labels import REF_NUMBER
from respgraph.records import Clause, Mention, Span
from respgraph.structure.duties import DUTY_SECTION
from respgraph.structure.plan_warnings import task_label
from respgraph.structure.shares import ref_numbers
from respgraph.structure.tasks import in_text_order

# the verb of a piece pointing at an item (its role), then an optional verb the title may lack
_POINTER = re.compile(
    r"^(?:并|同时|具体)?(?P<verb>牵头|负责|配合|参与|协助)(?:组织)?(?P<do>实施|推进|开展|落实|抓好|推动)?"
)
_LEAD_VERBS = ("牵头", "负责")
# what a piece may close with beyond the title: 的相关工作 / 各项任务
_TAIL = re.compile(r"的?(?:相关|有关|各项)?(?:工作|任务)$")
# what a title or a piece is compared without: quotes, spaces, its closing stop
_NOISE = re.compile(r"[“”\"《》〈〉\s\u3000]")
# the end of a title's first phrase: a piece naming that phrase names the item
_PHRASE_END = "，,；;：:（("
# an item named by its number: 第（一）项任务 / 第3、5项 / （一）能源绿色低碳转型行动 (a bracketed
# number, or 第, then perhaps the title); the numbers as 责任分工 paragraphs write them (shares)
_BY_NUMBER = re.compile(
    r"^(?:(?P<di>第)\s*)?(?P<refs>" + REF_NUMBER + r"(?:\s*项?\s*[、，,和及至到—－~-]\s*(?:第\s*)?" + REF_NUMBER + r")*)"
    r"\s*(?P<item>项|条)?\s*(?:重点)?(?:任务|工作|事项)?(?P<title>.*)$"
)
# a title shorter than this is a word, not a name a piece could point at (工作目标, 重点任务)
_MIN_TITLE = 5


def _norm(s: str) -> str:
    return _NOISE.sub("", s).rstrip("。；;，,、")


def give_items_named_by_duties(builder) -> None:
    """The units of duty statements naming a body item by its title, to that item (see the module)."""
    duties = [t for t in builder.tasks if _duty_statement(builder, t)]
    if not duties:
        return
    text = builder.text
    # what a statement may name: the tasks naming no unit before any duty gave them one (two
    # duties may name one item: 牵头 in one statement, 参与 in another), and their headings
    titles = _TitleIndex(builder, [t for t in builder.tasks if not t.clauses and not t.mentions])
    # …and the items naming units of their own (（一）…（牵头单位：市发展改革委） / 市工业和信息化局：参与…):
    # a statement pointing at one gives it a supporter, or says its lead again, or names another
    duty_ids = {id(d) for d in duties}
    led = _TitleIndex(builder, [t for t in builder.tasks if t.mentions and id(t) not in duty_ids and t.kind in ("numbered", "paragraph")])
    if not titles.keys and not led.keys:
        return
    drop = []
    for d in duties:
        clause = d.clauses[0]
        unit = _statement_unit(clause)
        if unit is None:
            continue
        # (a statement under its unit's heading, （一）市发展改革委 / 1.牵头…: its pieces are its own text)
        pieces = _pieces(text, unit.span.end if unit.span.end > d.span.start else d.span.start, d.span.end)
        linked = 0
        used = {unit.span}  # the statement's mentions given to items
        last: list[list] | None = None  # the items the piece before named
        k = 0
        while k < len(pieces):
            a, b = pieces[k]
            k += 1
            found = _pointed(text[a:b], titles, d.span)
            if found is None and (named := _pointed(text[a:b], led, d.span)) is not None:
                _give_led_items(builder, d, clause, unit, named, text, b)
                linked += 1
                last = None
                continue
            if found is not None:
                targets, role = found
                # a title with a comma of its own (牵头推进能源绿色低碳转型，构建清洁低碳安全高效能源体系):
                # the pieces after the first phrase are the title's too
                while k < len(pieces) and (more := _pointed(text[a : pieces[k][1]], titles, d.span)) is not None and more[0] == targets:
                    b = pieces[k][1]
                    k += 1
                    linked += 1
                mentions = [Mention(unit.text, role, "explicit", unit.span, list(unit.portfolio), unit.collective)]
            elif last is not None and (helpers := _helpers(text, a, b, [m for c in d.clauses for m in c.mentions])):
                # 牵头能源绿色低碳转型行动，市能源局配合: the helpers of the item just named
                targets, mentions = last, helpers
            else:
                last = None
                continue
            linked += 1
            last = targets
            used.update(m.span for m in mentions)
            # (the statement up to the piece naming the item, as the clause: its quote says which item)
            given = Clause(Span(clause.span.start, b), text[clause.span.start : b], mentions)
            for t in (t for group in targets for t in group):
                t.clauses = [*t.clauses, given]
                t.mentions = [*t.mentions, *mentions]
                t.flags = [f for f in t.flags if f != "no_clause"]
        if linked and linked == len(pieces) and all(m.span in used for m in d.mentions):
            drop.append(d)  # the statement only points at items: their work, no task of its own
    if drop:
        gone = {id(x) for x in drop}
        builder.tasks[:] = [t for t in builder.tasks if id(t) not in gone]
        in_text_order(builder)


#: the flag of an item whose own clause names another lead than a list of duties gives it (kept: the item's)
DUTY_DIFFERS = "duty_differs"


def _give_led_items(builder, d, clause: Clause, unit: Mention, named: tuple[list[list], str], text: str, b: int) -> None:
    """A duty statement's piece pointing at items that name their own units (``named``: the groups
    and the piece's role): 参与 / 配合 makes the statement's unit a supporter of each (it was a task of
    its own, unflagged, beside the item); 牵头 / 负责 by the item's own lead says it again (one task);
    by another unit the item keeps its own lead, the statement's clause with it, flagged
    ``duty_differs`` and said in the plan's warnings (as a 分工表 row naming another lead is)."""
    targets, role = named
    given_span = Span(clause.span.start, b)
    for t in (t for group in targets for t in group):
        have = {m.text for m in t.mentions}
        leads = {m.text for m in t.mentions if m.role == "lead"}
        if role == "support":
            if unit.text not in have:
                m = Mention(unit.text, "support", "explicit", unit.span, list(unit.portfolio), unit.collective)
                t.clauses = [*t.clauses, Clause(given_span, text[given_span.start : b], [m])]
                t.mentions = [*t.mentions, m]
        elif unit.text not in leads:
            # (the clause holds the duty's unit, as a differing row's does; the task's mentions do not)
            said = Mention(unit.text, "lead", "explicit", unit.span, list(unit.portfolio), unit.collective)
            t.clauses = [*t.clauses, Clause(given_span, text[given_span.start : b], [said])]
            if DUTY_DIFFERS not in t.flags:
                t.flags = [*t.flags, DUTY_DIFFERS]
            builder.differing_duties.append(f"{task_label(t)}: {'、'.join(sorted(leads))} (duties: {unit.text})")


def _duty_statement(builder, t) -> bool:
    """Whether task ``t`` is a duty statement: read as one (``duty_starts``: 市发展改革委：负责…), or
    an item of a 职责分工 section under the heading of the unit it is led by (二、职责分工 /
    （一）市发展改革委 / 1.牵头…: its first clause is that heading, any other its own text's)."""
    if not t.clauses:
        return False
    if t.clauses[0].span.start in builder.duty_starts:
        return True
    (c, *more) = t.clauses
    return (
        all(t.span.start <= x.span.start and x.span.end <= t.span.end for x in more)  # (its own: 县能源局配合)
        and c.span.end <= t.span.start
        and bool(t.section)
        and DUTY_SECTION.search(t.section[0]) is not None
        and len(c.mentions) == 1
        and c.mentions[0].role == "lead"
        and t.section[-1] == c.raw.strip()
    )


class _TitleIndex:
    """The titles a statement may name, each of a task naming no unit or of a heading over such
    tasks (（一）能源绿色低碳转型行动 / 1.… / 2.…: the items under it), by the forms a piece may
    write it in: whole, or its first phrase up to a comma (推进能源绿色低碳转型，构建…)."""

    def __init__(self, builder, tasks: list) -> None:
        named: list[tuple[str, list]] = [(t.title, [t]) for t in tasks]
        under: dict[tuple[str, ...], list] = {}
        for t in tasks:
            for j in range(len(t.section)):
                under.setdefault(tuple(t.section[: j + 1]), []).append(t)
        named += [(key[-1], group) for key, group in under.items()]
        self.keys: dict[str, list[list]] = {}
        for title, group in named:
            title = _norm(title)
            if len(title) < _MIN_TITLE:
                continue
            forms = {title} | {title[:k] for k, ch in enumerate(title) if ch in _PHRASE_END and k >= _MIN_TITLE}
            for f in forms:
                self.keys.setdefault(f, []).append(group)
        # by number ((bracketed, value) as ref_numbers reads them): the items, and the headings over them
        self.items: dict[tuple[bool, int], list[list]] = {}
        self.heads: dict[tuple[bool, int], dict[int, list]] = {}
        blocks = builder.blocks
        for t in tasks:
            k = builder.block_at(t.span.start)
            if k is None:
                continue
            if (key := _number_key(blocks[k])) is not None:
                self.items.setdefault(key, []).append([t])
            p = blocks[k].parent
            while p is not None:
                if (key := _number_key(blocks[p])) is not None:
                    self.heads.setdefault(key, {}).setdefault(p, []).append(t)
                p = blocks[p].parent

    def one(self, name: str, outside: Span) -> list | None:
        """The tasks of the one title ``name`` writes (with or without a closing 相关工作) among
        those outside the statement's span ``outside``; None when none or several are."""
        forms = {f for f in (_norm(name), _TAIL.sub("", _norm(name))) if len(f) >= _MIN_TITLE}
        hits: list[list] = []
        for f in forms:
            for group in self.keys.get(f, ()):
                if all(t.span.end <= outside.start or t.span.start >= outside.end for t in group) and not any(group is h for h in hits):
                    hits.append(group)
        return hits[0] if len(hits) == 1 else None

    def numbered(self, key: tuple[bool, int]) -> list | None:
        """The tasks of the one item numbered ``key`` (an item before a heading: 第3项 is the third
        task where the tasks are 1. 2. 3. under 一、), or of the one heading so numbered over items
        (第（三）项 over its 1. 2.); None when none or several are."""
        items = self.items.get(key, [])
        if items:
            return items[0] if len(items) == 1 else None
        heads = list(self.heads.get(key, {}).values())
        return heads[0] if len(heads) == 1 else None

    def numbered_so(self, group: list, key: tuple[bool, int]) -> bool:
        """Whether ``group`` (found by its title) is an item or a heading numbered ``key``."""
        ids = {id(t) for t in group}
        return any({id(t) for t in g} == ids for g in [*self.items.get(key, []), *self.heads.get(key, {}).values()])


def _number_key(block) -> tuple[bool, int] | None:
    """A numbered block's number as ref_numbers reads a reference to it: (bracketed, value)."""
    if block.value <= 0 or block.style in ("para", "plain", "attach"):
        return None
    return (block.style in ("cn_paren", "arabic_paren"), block.value)


# what a piece naming only helpers holds besides their names: 市能源局配合 / 由市统计局、市能源局协助
_HELPERS_LEFT = re.compile(r"^(?:由)?[、，,和及与\s]*(?:配合|协助|参与|协同|共同参与|予以配合|协助配合)$")


def _helpers(text: str, a: int, b: int, mentions: list[Mention]) -> list[Mention]:
    """The supports (of the statement's ``mentions``) a piece ``text[a:b]`` names and does nothing
    else (市能源局配合): none when it holds work or words of its own (市财政局负责资金保障)."""
    inside = [m for m in mentions if a <= m.span.start and m.span.end <= b]
    if not inside or any(m.role != "support" for m in inside):
        return []
    left, at = [], a
    for m in sorted(inside, key=lambda m: m.span.start):
        left.append(text[at : m.span.start])
        at = m.span.end
    left.append(text[at:b])
    return inside if _HELPERS_LEFT.match("".join(left).strip()) else []


def _statement_unit(clause: Clause) -> Mention | None:
    """The unit opening a duty statement (市发展改革委：…): its first mention, written at the
    statement's head (a number may stand before it); its role there is the statement's first
    verb's (市商务局：参与…: a support), each piece pointing at an item says its own."""
    if not clause.mentions:
        return None
    m = min(clause.mentions, key=lambda x: x.span.start)
    if m.span.start - clause.span.start > 6:
        return None
    return m


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ；/，/。 pieces of a statement's text after its unit (and its colon)."""
    out = []
    i = start
    while i < end and text[i] in "：: \t\u3000":
        i += 1
    while i < end:
        j = i
        while j < end and text[j] not in "；;，,。\n":
            j += 1
        if text[i:j].strip():
            out.append((i, j))
        i = j + 1
    return out


def _pointed(piece: str, titles: _TitleIndex, outside: Span) -> tuple[list[list], str] | None:
    """(the groups of tasks, role) a piece points at: 牵头 / 负责 / 配合 / 参与 and nothing but an
    item's or a heading's title (or a list of titles joined by 、), each naming one, or its number
    (``_by_number``); None for a piece with work of its own."""
    m = _POINTER.match(piece.strip())
    if m is None:
        return None
    role = "lead" if m.group("verb") in _LEAD_VERBS else "support"
    rest = piece.strip()[m.end():]
    names = [rest] if not m.group("do") else [rest, m.group("do") + rest]
    for name in names:
        one = titles.one(name, outside)
        if one is not None:
            return [one], role
    if (found := _by_number(rest, titles, outside)) is not None:
        return found, role
    for name in names:
        parts = name.split("、")
        if len(parts) < 2:
            continue
        found = [titles.one(p, outside) for p in parts]
        if all(x is not None for x in found) and len({id(x) for x in found}) == len(found):
            return found, role
    return None


def _by_number(rest: str, titles: _TitleIndex, outside: Span) -> list[list] | None:
    """The groups of tasks a piece names by number after its verb: （一）能源绿色低碳转型行动 (the
    title after the number must name the item so numbered: a title of another number names none), 第（一）项任务
    or 第3、5项 (a number alone: each must be one item's or one heading's); None otherwise."""
    m = _BY_NUMBER.match(rest)
    if m is None or not (m.group("di") or m.group("refs").lstrip()[:1] in "（("):
        return None  # (a bare 3 or 一 is no reference: 负责3个乡镇…)
    refs = ref_numbers(m.group("refs"))
    if refs is None:
        return None
    if m.group("title"):
        one = titles.one(m.group("title"), outside) if len(refs) == 1 else None
        return [one] if one is not None and titles.numbered_so(one, refs[0]) else None
    if not m.group("di") and not m.group("item"):
        return None  # （一） alone, no 第…项: too little to name an item
    found = [titles.numbered(r) for r in refs]
    if any(x is None for x in found) or len({id(x) for x in found}) != len(found):
        return None
    return found
