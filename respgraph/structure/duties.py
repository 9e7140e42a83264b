"""Duty statements: the clauses of a plan that divides its work by unit (``duty_clauses``).

``1.县发展改革局：负责…`` / ``第五条 县生态环境局负责…`` / the ``A负责…。`` sentences of a 职责分工
section: each a task its unit leads (``TaskBuilder.duty_starts`` marks where they begin).
"""

from __future__ import annotations

import bisect
import re

from respgraph.grammar.labels import SENTENCE_STOP_NO_EXCLAMATION
from respgraph.grammar.units import looks_like_unit
from respgraph.records import Clause, Span
from respgraph.structure.blocks import Block
from respgraph.structure.headings import heading_title, section_path
from respgraph.structure.task_rules import SAFEGUARD, without_areas


# A section that states who does what (二、职责分工 / 第二章 管理职责 / 一、明确部门职责 /
# 二、强化属地责任)
DUTY_SECTION = re.compile(r"职责|分工|职能|(?:属地|部门|工作)责任")
# A section setting up a body's units (第二条 省生态环境厅设下列内设机构： / 三、内设机构职责 /
# 第三条 直属单位 / 二、机构设置): each item names a 处室 or 直属单位 and its standing functions
# (办公室。负责机关日常运转工作…), the body's organisation, no work the plan shares
ROSTER_SECTION = re.compile(
    r"^(?:[^，。；]{0,16}设(?:置)?(?:下列|以下|如下)?)?"
    r"(?:各)?(?:内设机构|直属(?:事业)?单位|派出机构|机构设置|(?:机关)?(?:处室|科室|股室)(?:设置)?)"
    r"(?:及其?)?(?:的)?(?:主要|工作)?(?:职责|职能)?[：:]?$"
)


def duty_clauses(
    text: str, blocks: list[Block], first: int, clauses: list[Clause], skip: list[Span], statement_fn, items_loose: bool = False
) -> list[Clause]:
    """Clauses of duty statements in blocks that hold no clause (``statement_fn``:
    :func:`respgraph.grammar.duty_statements.duty_statement`).

    A plan may divide its work by unit instead of by task: an item, a paragraph or an
    article per unit (``1.县发展改革局：负责…`` / ``第五条 县生态环境局负责…`` / ``县财政局负责
    落实专项资金。县交通运输局负责…。``). Each statement is then a task of the unit that opens
    it (the rules of :func:`respgraph.grammar.duty_statements.duty_statement`): an item whose text
    opens ``A：负责…`` / ``A。负责…`` is one task wherever it stands; in a 职责分工 section and in
    articles (第X条) every sentence opening ``A负责…`` is one (a paragraph of them becomes one
    task per sentence). Elsewhere ``A负责…`` is prose, and so is a 职责分工 inside a safeguard
    chapter (三、保障措施 / （一）明确职责分工): the plan's tasks are elsewhere. With ``items_loose``
    (an emergency plan, whose work is its units' duties) a numbered item opening ``A负责…`` is one
    too (``3.1 市气象局负责暴雨监测预报，…``).
    """
    ordered = sorted(clauses, key=lambda c: c.span.start)
    starts = [c.span.start for c in ordered]
    out: list[Clause] = []
    # what each heading's title says, read once (every block below it asks): a safeguard chapter
    # (the root's), a section of duties
    safeguard: dict[int, bool] = {}
    of_duties: dict[int, bool] = {}
    taken = -1  # a paragraph read with the unit heading over it
    listed = _listed_paragraphs(text, blocks, first, starts, statement_fn)
    for i, b in enumerate(blocks):
        if i == taken or b.start < first or b.style == "plain" or any(s.start <= b.start < s.end for s in skip):
            continue
        k = bisect.bisect_left(starts, b.start)
        if k < len(starts) and starts[k] < b.end:
            # the block has its own clauses; when they name only helpers (3.各街道办事处：负责…，县民政局
            # 予以配合), the unit heading the item leads it, its statement reading the helpers too (the
            # head was lost: no lead)
            whole = _statement_over_helpers(text, b, ordered[k : bisect.bisect_left(starts, b.end)], statement_fn, items_loose)
            if whole is not None:
                out.append(whole)
            continue
        whole = statement_fn(text, b.body, b.end, items_loose) if b.style != "para" or i in listed else None
        path = section_path(text, blocks, i)
        # (an emergency plan's measures: 3.2.1　县卫生健康局组织医疗机构开展伤员救治)
        acts = items_loose and _plan_work(text, blocks, path)
        if whole is None and acts and b.style != "para":
            whole = statement_fn(text, b.body, b.end, True, acts=True)
        if whole is None and b.style != "para" and (duty := _under_unit_heading(text, blocks, i, starts)) is not None and (
            not items_loose or _unit_heading_of_work(text, blocks, i, path, of_duties)
        ):
            whole = statement_fn(text, b.body, duty.end, items_loose)
            taken = i + 1 if whole is not None else taken
        if whole is not None:
            out.append(whole)
            continue
        if path and (root := path[0]) not in safeguard:
            safeguard[root] = SAFEGUARD.search(without_areas(heading_title(text, blocks[root]))) is not None
        if items_loose and path and _COMMAND.search(heading_title(text, blocks[path[-1]])):
            continue  # 2.1　区重污染天气应急指挥部 / 指挥部负责统一领导…: the command, though under 职责
        if path and safeguard[path[0]] and not acts:
            # (an emergency plan's 6　应急保障 is its units' work: 县财政局负责安排应急处置经费)
            # 三、保障措施 / （一）明确职责分工 / 县发展改革委负责…: the plan's tasks are elsewhere
            # (a 五年规划 would lose its paragraph tasks to them); its statements stay prose
            continue
        if b.style != "article" and not (acts and b.style == "para"):
            # (an emergency plan's paragraphs outside its 总则 / 附则 / command state its units'
            # work: 6.1　资金保障 / 县财政局负责安排应急处置所需经费)
            if not _of_duties(text, blocks, path, of_duties):
                continue
        # (an article of a chapter of duties alike: 第七条 州公安局、州交通运输局按照各自职责，做好…)
        measures = acts or (b.style == "article" and _of_duties(text, blocks, path, of_duties))
        out += _sentence_statements(text, b, statement_fn, measures)
    return out


def _listed_paragraphs(text: str, blocks: list[Block], first: int, starts: list[int], statement_fn) -> set[int]:
    """The paragraphs of a list of bodies' duties written without numbers, a paragraph a body
    (``市水利局：负责…。`` / ``市生态环境局：负责…。``, under a title ending 成员单位工作职责, in no
    section of duties): two or more paragraphs side by side, each opening with its body standing
    apart (the strict statement), no clause of its own, or one right above a unit's line over its
    numbered duties (县水利局：负责…。 / 县农业农村局： / 1.负责…). One such paragraph alone stays prose, and
    so do those of a section setting up a body's own units (二、直属单位 / 甲市监测站：承担…) and of a
    safeguard chapter (三、保障措施 / 县财政局：负责资金保障。: the plan's tasks are elsewhere)."""
    roster: dict[int, bool] = {}

    def framed(i: int) -> bool:
        path = section_path(text, blocks, i)
        if path and SAFEGUARD.search(without_areas(heading_title(text, blocks[path[0]]))):
            return True
        return in_roster(text, blocks, path, roster)

    opens = [
        b.style == "para" and b.start >= first and not b.closing
        and not (k < len(starts) and starts[k] < b.end)
        and statement_fn(text, b.body, b.end, False) is not None
        and not _holds_another(text, b, statement_fn)
        and not framed(i)
        for i, b, k in ((i, b, bisect.bisect_left(starts, b.start)) for i, b in enumerate(blocks))
    ]
    return {
        i for i, ok in enumerate(opens)
        if ok and any(
            0 <= j < len(blocks) and (opens[j] or j == i + 1 and _unit_line(blocks[j])) and blocks[j].parent == blocks[i].parent
            for j in (i - 1, i + 1)
        )
    }


def _unit_line(b: Block) -> bool:
    """Whether ``b`` is a unit's name alone on its line over its numbered duties (县农业农村局： /
    1.负责…): the same list written another way, so the paragraph right above it (县水利局：负责…。)
    is one of the list, not one paragraph alone."""
    return b.style == "plain" and b.unit


def _holds_another(text: str, b: Block, statement_fn) -> bool:
    """Whether paragraph ``b`` runs on over a line opening another body's statement (a duty filling
    the measure with no full stop, 县财政局：负责…管理工作, joined to 县自然资源局：负责…。 below it): read
    whole, the second body's duty was lost; such a block is left to the lines' own reading."""
    nl = text.find("\n", b.body, b.end)
    while nl != -1 and nl + 1 < b.end:
        if statement_fn(text, nl + 1, b.end, False) is not None:
            return True
        nl = text.find("\n", nl + 1, b.end)
    return False


def _statement_over_helpers(text: str, b: Block, own: list[Clause], statement_fn, items_loose: bool) -> Clause | None:
    """The duty statement of item ``b`` (``A：负责…，B配合``) when the block's own clauses (``own``)
    name only helpers and the statement covers them all; else None. The caller's clauses it
    covers give way."""
    if b.style == "para" or not own or any(m.role != "support" for c in own for m in c.mentions) or not all(c.mentions for c in own):
        return None
    whole = statement_fn(text, b.body, b.end, items_loose)
    if whole is None or not any(m.role == "lead" for m in whole.mentions):
        return None
    if not all(whole.span.start <= c.span.start for c in own):
        return None
    # the statement runs on over the helpers' verb (…，县民政局予以配合), as their clause did; helpers
    # labelled after it (（三）市城市管理局：负责…。配合单位：市住房保障局、市园林局。) are read with it:
    # the item is the unit's (was: the label's clause alone, the item's lead lost)
    after = [m for c in own if c.span.start >= whole.span.end for m in c.mentions]
    end = max([whole.span.end] + [c.span.end for c in own])
    return Clause(span=Span(whole.span.start, end), raw=text[whole.span.start : end], mentions=whole.mentions + after,
                  inherit=whole.inherit, supervisors=whole.supervisors)


def _sentence_statements(text: str, b: Block, statement_fn, measures: bool) -> list[Clause]:
    """The duty statement each sentence of block ``b`` opens (``A负责…``), with ``measures`` also
    a unit's part in a measure (``县水务局做好水库调度，县交通运输局做好…``)."""
    out: list[Clause] = []
    s = b.body
    while s < b.end:
        stop = SENTENCE_STOP_NO_EXCLAMATION.search(text, s, b.end)
        e = stop.start() if stop else b.end
        c = statement_fn(text, s, e, True)
        if c is None and measures:
            c = statement_fn(text, s, e, True, acts=True)
        if c is None and stop is not None and text[e] == "。":
            # 二、成员单位职责 / 省委宣传部。负责…: the unit's name a sentence of its own, its
            # duty the next one (read apart, the name and its duty would part)
            after = SENTENCE_STOP_NO_EXCLAMATION.search(text, e + 1, b.end)
            c = statement_fn(text, s, after.start() if after else b.end, False)
            e = (after.start() if after else b.end) if c is not None else e
        if c is not None:
            out.append(c)
        s = e + 1
    return out


def _heading_says(pattern: re.Pattern, text: str, blocks: list[Block], path: list[int], said: dict[int, bool]) -> bool:
    """Whether the title of a heading of ``path`` matches ``pattern``; ``said`` keeps each heading's
    answer (asked for every block under it)."""
    for p in path:
        if p not in said:
            said[p] = pattern.search(heading_title(text, blocks[p])) is not None
    return any(said[p] for p in path)


def in_roster(text: str, blocks: list[Block], path: list[int], roster: dict[int, bool]) -> bool:
    """Whether a heading of ``path`` opens a section setting up a body's units (``ROSTER_SECTION``);
    ``roster`` holds what each heading's title said."""
    return _heading_says(ROSTER_SECTION, text, blocks, path, roster)


def _unit_heading_of_work(text: str, blocks: list[Block], i: int, path: list[int], of_duties: dict[int, bool]) -> bool:
    """Whether in an emergency plan heading ``i``, naming a unit alone over its duty, is one of its
    units at work: not the command it sets up (2.1　县防汛防台抗旱指挥部 / 县防指负责领导…), and in
    its work or a section of duties."""
    return not _COMMAND.search(heading_title(text, blocks[i])) and (
        _plan_work(text, blocks, path + [i]) or _of_duties(text, blocks, path, of_duties)
    )


def _of_duties(text: str, blocks: list[Block], path: list[int], of_duties: dict[int, bool]) -> bool:
    """Whether a heading of ``path`` opens a section of duties (二、职责分工 / 2.2　成员单位职责);
    ``of_duties`` holds what each heading's title said."""
    return _heading_says(DUTY_SECTION, text, blocks, path, of_duties)


# an emergency plan's chapters that frame it (1　总则 / 7　附则: its purpose, basis, scope, who
# interprets it, when it takes effect), no part of its work
_FRAME = re.compile(r"总\s*则|附\s*则")
# …and the sections setting up its command (2　组织指挥体系 / 2.1　市森林草原防灭火指挥部 / 2.2
# 指挥部办公室: who commands, its office; its members' duties are read in its 职责 section)
# (a title naming the command last: 县防汛抗旱指挥部成员单位职责 is its members' duties)
_COMMAND = re.compile(r"(?:指挥部|领导小组|办公室)(?:及其?办公室)?(?:职责)?$|指挥机构|应急机构|组织(?:指挥)?体系|组织机构|指挥体系")


def _plan_work(text: str, blocks: list[Block], path: list[int]) -> bool:
    """Whether the headings ``path`` (top first) of an emergency plan hold its work: not its
    总则 / 附则, nor a section of its command (the nearest heading's title)."""
    return bool(path) and not _FRAME.search(heading_title(text, blocks[path[0]])) and not _COMMAND.search(heading_title(text, blocks[path[-1]]))


def _under_unit_heading(text: str, blocks: list[Block], i: int, starts: list[int]) -> Block | None:
    """The paragraph stating the duty of the unit a heading names alone (``2.2.1　县水务局`` /
    ``承担县防指日常工作，负责…``: an emergency plan's members, a heading each), when it is the
    heading's only child and holds no clause of its own; the heading and it read as one
    statement (the unit's line, then its duty: ``duty_statement``)."""
    b = blocks[i]
    if i + 1 >= len(blocks) or b.children != [i + 1] or blocks[i + 1].style != "para" or not looks_like_unit(text[b.body : b.end].strip()):
        return None  # (资金保障 / 县财政局负责…: a heading naming the work, no unit)
    p = blocks[i + 1]
    k = bisect.bisect_left(starts, p.start)
    return p if not (k < len(starts) and starts[k] < p.end) else None

