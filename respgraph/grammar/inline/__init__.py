"""Label-less (inline) clauses: ``（A牵头，B、C配合）`` / ``。由A牵头，B参与。`` / ``（A负责）``.

When a bracket or sentence without a label assigns work to units, and what stays prose.

Modules: ``walks`` (from a verb to its bracket's or sentence's ends, and the phrases between),
``read`` (``_read_inline``: the mentions of one clause, phrase by phrase), ``verbs`` (the verbs a
phrase may close with and what each makes its units), ``phrase_units`` (units written otherwise
than a list before the verb, and where the verb begins), ``watch`` (the bodies supervising the
work), ``given`` (work given by 由 to units), ``organising`` (a unit guiding, another organising),
``over`` (统筹: the body over the work) and ``helpers`` (units told what to do, those helping them).
This package holds ``_inline_clause`` and ``_tail_clause``, which bound a clause with those and
read it, and re-exports the names other modules and tests import from ``respgraph.grammar.inline``.
"""

from __future__ import annotations

import re

from respgraph.grammar.inline.helpers import guided_by_named
from respgraph.grammar.inline.organising import _others_acting
from respgraph.grammar.inline.phrase_units import _UNNAMED
from respgraph.grammar.inline.read import _may_read, _read_inline
from respgraph.grammar.inline.verbs import NAMED_AS
from respgraph.grammar.inline.walks import _PHRASE_END_LONG, _PHRASE_END_VERBS, _phrases, _walk_back, _walk_forward
from respgraph.grammar.labels import (
    _BOUNDARY, _ITEM_NUMBER, _OBJECT_CLOSES, _PARTNER_CLOSES, _REPORTED, _SEGMENT_STOP_BACK, _VERB_CLOSES_PHRASE,
    _WINDOW, INHERIT_RE, GrammarSettings, trim_end,
)
from respgraph.grammar.mentions import inherit_mentions, mention_of
from respgraph.grammar.placed_units import placed
from respgraph.grammar.roles import top_level_cuts
from respgraph.grammar.units import CLOSE, Unit, all_unit_like, is_collective, skip_ws, split_units, strip_ws
from respgraph.records import Clause, Mention, Span

__all__ = [
    "_PHRASE_END_LONG", "_PHRASE_END_VERBS", "_UNNAMED", "_inline_clause", "_phrases", "_read_inline", "_walk_back",
    "_walk_forward", "guided_by_named", "is_unit_collective", "led_assignment", "subjects_guided",
]


# units each answering for their own part (A、B、C按照职责分别负责对各街道…的评分): the units stand
# before the verb whatever its object's length, as before 会同 / 联合 (an object over 16 characters
# lost them; roles._each_part_cut reads the phrase)
_EACH_LEADS_BEFORE = re.compile(r"分别负责")
# the first characters of the verbs over the places doing the work (组织 / 指导 / 督促 / 推动 各…)
_OVER_FIRST = frozenset("组指督推")


def _inline_clause(
    text: str, vs: int, ve: int, lo: int, hi: int, covered: int, settings: GrammarSettings
) -> tuple[Clause | None, int]:
    """``（A牵头，B配合）`` or ``。由A牵头，B参与。`` around the verb at ``vs``; None for narrative.

    Also returns where the next verb is worth a look: after a failure, the verbs up to the
    next bracket or sentence end would fail the same way.
    """
    # Cheap test first: the verb must close its phrase (负责人 does not), or a short object after
    # it (县委组织部负责制定培训计划，…)
    if not _VERB_CLOSES_PHRASE.match(text, ve, hi) and skip_ws(text, ve, hi) < hi and not (
        (_PARTNER_CLOSES if text[vs] in "会联" or _EACH_LEADS_BEFORE.search(text, max(lo, vs - 2), ve) else _OBJECT_CLOSES).match(text, ve, hi)
    ) and not (text[vs] in _OVER_FIRST and _others_acting(text, vs, skip_ws(text, ve, hi), min(hi, ve + 60))):
        # (县城管局组织各乡镇（街道）开展…: the places and their work after the verb, of any length;
        # clauses.find_clauses asks the same of the verb it found, this asks it of any other)
        return None, ve
    nb = _BOUNDARY.search(text, ve, hi)
    next_boundary = nb.start() if nb else hi
    if (segment := _clause_segment(text, vs, ve, lo, hi, covered)) is None:
        return None, next_boundary
    seg_start, seg_end, bracketed, unclosed = segment
    body_lo = seg_start + 1
    if not bracketed and (number := _OPENING_NUMBER.match(text, skip_ws(text, body_lo, seg_end), seg_end)) is not None:
        # 1.由县农业农村局负责完善…，县财政局配合。 / 三、县住建局牵头… / 一是A牵头…: an item written as
        # one sentence opens with its number, no part of its first unit (was no clause: 1.由县农业农村局)
        body_lo = number.end()
    # （A牵头，B按职责分工负责，以下均需各设区市人民政府落实，不再列出）: the marker is read apart
    markers = list(INHERIT_RE.finditer(text, body_lo, seg_end)) if text.find("以", body_lo, seg_end) >= 0 else []
    holes = [(im.start(), im.end()) for im in markers]
    supervisors: list[Mention] = []
    if bracketed or holes or _may_read(text, body_lo, seg_end):
        mentions = _read_inline(text, body_lo, seg_end, settings, holes, bracketed, supervisors)
    else:
        mentions = []  # 加强水源地保护，由市水利局负责。: its opening phrase names no unit (the tail may)
    if mentions is None:
        return None, min(next_boundary, seg_end) if next_boundary > ve else ve
    c_start = seg_start if bracketed else skip_ws(text, body_lo, seg_end)
    # a bracket's close is the clause's; unbracketed, the stray close of one whose open was lost
    closes = seg_end < len(text) and text[seg_end] in CLOSE
    c_end = seg_end + 1 if closes else seg_end
    if not mentions and not bracketed:
        supervisors = []  # those of a reading that failed
        if (tail := _tail_with_subjects(text, body_lo, seg_end, vs, settings, supervisors)) is not None:
            (c_start, c_end), mentions = tail
            markers = [im for im in markers if c_start <= im.start() < c_end]
    if not mentions:
        if not bracketed and _opens_phrase(text, body_lo, vs) and (later := _next_phrase(text, ve, seg_end)) is not None:
            # 负责牵头推进节能降耗工作，区工业和信息化局配合。: a verb opening the sentence without its
            # units fails, but a later phrase may name its own (its verb was never looked at)
            return None, later
        return None, min(next_boundary, seg_end) if next_boundary > ve else ve
    inherit = inherit_mentions(
        [(strip_ws(im.group("who")), im.start("who"), im.end("who")) for im in markers], mentions
    )
    problems = ["unbalanced bracket"] if unclosed else []
    clause = Clause(span=Span(c_start, c_end), raw=text[c_start:c_end], mentions=mentions, inherit=inherit, problems=problems,
                    supervisors=supervisors if mentions else [])
    return clause, c_end


def _clause_segment(text: str, vs: int, ve: int, lo: int, hi: int, covered: int) -> tuple[int, int, bool, bool] | None:
    """The bracket or sentence around the verb at ``vs``..``ve``: (the character before it, its end,
    whether it is a bracket, whether that bracket is left unclosed); None when there is none to read
    (too long, a close whose open was not lost, 负主体责任 of the safeguards)."""
    floor = max(lo, covered, vs - _WINDOW)
    seg_start, bracketed, depth = _walk_back(text, floor, vs)
    if seg_start < 0:
        if floor == max(lo, covered) and depth == 0:
            seg_start = floor - 1  # the start of the range (or the end of a clause) starts a sentence
        else:
            return None
    seg_end, j, depth = _walk_forward(text, ve, min(hi, ve + _WINDOW), bracketed)
    unclosed = bracketed and seg_end >= 0 and text[seg_end] not in CLOSE
    if not bracketed and seg_end >= 0 and text[seg_end] in CLOSE and (seg_start < 0 or text[seg_start] not in _SEGMENT_STOP_BACK):
        return None  # the open was not lost: the walk back stopped at no sentence end
    if seg_end < 0:
        if j >= hi and (not bracketed or depth == 0):
            seg_end, unclosed = hi, bracketed
        else:
            return None
    if not bracketed and text.startswith("负主体责任", vs):
        return None  # 企业负主体责任。: a principle of the safeguards, not a clause
    return seg_start, seg_end, bracketed, unclosed


def _tail_with_subjects(
    text: str, body_lo: int, seg_end: int, vs: int, settings: GrammarSettings, supervisors: list[Mention]
) -> tuple[tuple[int, int], list[Mention]] | None:
    """``_tail_clause`` of a sentence whose opening failed, with the places named before it as the
    bodies carrying the work out ((start, end), mentions); None when there is no tail clause."""
    tail = _tail_clause(text, body_lo, seg_end, vs, settings, supervisors)
    if tail is None:
        return None
    (c_start, c_end), mentions = tail
    if subjects := _subjects_before(text, body_lo, c_start):
        # 各镇（街道）为实施主体，区X局负责统筹协调，区财政局负责资金保障。: the places carry
        # the work out beside the named bodies' parts, as in a bracket (were lost: the
        # opening phrase read as a principle)
        mentions = subjects + mentions
        c_start = subjects[0].span.start
    return (c_start, c_end), mentions


# the number an item or a point opens with (1. / （三） / 三、 / ① / 一是 before a unit)
_OPENING_NUMBER = re.compile(_ITEM_NUMBER.pattern + r"|[一二三四五六七八九十]{1,3}\s*是(?=\s*[由省市县区州旗盟乡镇])")


_TAIL_CUTS = "，,；;：:"


def _opens_phrase(text: str, lo: int, vs: int) -> bool:
    """Whether the verb at ``vs`` opens its phrase (no units before it: a duty list's 负责…)."""
    j = vs - 1
    while j >= lo and text[j] in " \t\u3000":
        j -= 1
    return j < lo or text[j] in "，,；;"


def _next_phrase(text: str, ve: int, seg_end: int) -> int | None:
    """Where the next phrase of the sentence after the verb ending at ``ve`` starts (after a
    top-level ，or ；), or None when the verb's phrase closes the sentence."""
    cuts = [i for i in top_level_cuts(text, ve, seg_end, "，,；;") if i >= ve]
    return cuts[0] + 1 if cuts else None


def _tail_clause(
    text: str, a: int, b: int, vs: int, settings: GrammarSettings, supervisors: list[Mention]
) -> tuple[tuple[int, int], list[Mention]] | None:
    """The closing phrases of a sentence or of a ；-part when they alone are units and verbs:
    ``加强水源地保护，由市水利局负责。`` / ``一是…，市水利局牵头，市生态环境局配合；二是…``.

    The part runs from the phrase holding the verb at ``vs`` to the next ``；`` (or the end of
    the sentence); it starts at the earliest phrase after which everything reads as units.
    Returns ((start, end), mentions) or None; the part's supervisors go to ``supervisors``.
    """
    # a ：before the verb ends a lead-in (会议要求：由A牵头，B配合… / 综合协调组：由A牵头，B参加)
    cuts = [(i, text[i]) for i in top_level_cuts(text, a, b, _TAIL_CUTS) if i < vs or text[i] not in "：:"]
    if not cuts:
        return None
    # the part's end: the first ；after the verb, else the sentence end
    end = next((i for i, c in cuts if i > vs and c in "；;"), b)
    # candidate starts: after each ，/；/：before the verb, no further back than the last ；/：
    floor = max([i + 1 for i, c in cuts if i < vs and c in "；;：:"], default=a)
    for i in [i for i, _ in cuts if floor <= i + 1 and i < vs]:
        if _REPORTED.search(text, max(a, i - 6), i):
            return None  # 县长在会上指出，A要会同B… / 近日，A会同B…: said or done, not assigned
        if not _may_read(text, i + 1, end):
            continue  # (its first phrase names no unit: the reading would find none)
        watching: list[Mention] = []
        mentions = _read_inline(text, i + 1, end, settings, supervisors=watching)
        if mentions is None:
            return None  # a principle (县委统一领导，县政府具体负责): no later part of it is read
        if mentions:
            supervisors += watching
            lo = skip_ws(text, i + 1, end)
            return (lo, end), mentions
    return None


# 各镇（街道）为实施主体 / 各乡镇为责任主体 opening a sentence: the units named to carry the work out
_SUBJECTS = re.compile(r"(?P<units>[^，,；;。：:]+?)[ \t\u3000]*(?:为|是)[ \t\u3000]*(?:实施|责任|工作)[ \t\u3000]*主[ \t\u3000]*体[ \t\u3000]*[，,]")


def _subjects_before(text: str, a: int, b: int) -> list[Mention]:
    """The units the phrase of ``text[a:b]`` right before a sentence's closing clause (at ``b``)
    names as the work's 实施主体 / 责任主体 (places or named bodies of a place), each a lead; [] for
    any other phrase (各乡镇为责任主体，县农业农村局负责指导。 alone reads no clause, and nothing
    is asked here)."""
    e = trim_end(text, a, b)
    if e <= a or text[e - 1] not in "，,":
        return []
    cuts = top_level_cuts(text, a, e - 1, "，,；;")
    lo = skip_ws(text, cuts[-1] + 1 if cuts else a, e)
    m = _SUBJECTS.fullmatch(text, lo, e)
    if m is None:
        return []
    units = split_units(text, 0, m.start("units"), m.end("units"))
    if not units or not all_unit_like(text, units) or not all(u.collective or placed(u) for u in units):
        return []
    return [mention_of(u, "lead", "explicit") for u in units]


# …，B、C按职责加强指导 / B负责指导 / B要做好业务指导: the bodies guiding the 责任主体's work
_GUIDES = re.compile(
    r"(?P<units>[^，,；;。：:]+?)[ \t\u3000]*(?:要|应)?[ \t\u3000]*(?:按照?(?:各自)?职责(?:分工)?|依职责)?[ \t\u3000]*"
    r"(?:负责|加强|做好|给予|予以)?[ \t\u3000]*(?:业务|技术)?指导(?:督促|服务)?[^，,；;。：:]{0,30}?[ \t\u3000]*"
)


def subjects_guided(text: str, a: int, b: int) -> Clause | None:
    """The clause of a sentence ``text[a:b]`` naming the work's 责任主体 / 实施主体 and the bodies
    guiding it: ``各开发区管委会为责任主体，市应急局、市商务局按职责加强指导`` (the zones lead, the
    bureaus support). Standing as a sentence this states a principle as often as it assigns (a
    bracket's wording, read.py's bracket-only verbs): the structure asks it of a numbered task item
    naming no unit, where it is the item's assignment, never of the safeguards or the principles.
    The 主体 must be places or named bodies of a place (企业为责任主体 names none), the guides
    named bodies or their collective (市安委会各成员单位).

    >>> t = "各开发区管委会为责任主体，市应急局、市商务局按职责加强指导"
    >>> [(m.text, m.role) for m in subjects_guided(t, 0, len(t)).mentions]
    [('各开发区管委会', 'lead'), ('市应急局', 'support'), ('市商务局', 'support')]
    >>> subjects_guided("企业为责任主体，县应急局负责指导", 0, 16) is None
    True
    """
    a = skip_ws(text, a, b)
    if (named := NAMED_AS.match(text, a, b)) is not None:
        a = named.end()  # 明确各乡镇为责任主体: the plan naming them so, no part of their name
    m = _SUBJECTS.match(text, a, b)
    if m is None:
        return None
    g = _GUIDES.fullmatch(text, skip_ws(text, m.end(), b), trim_end(text, m.end(), b))
    if g is None:
        return None
    subjects = split_units(text, 0, m.start("units"), m.end("units"))
    guides = split_units(text, 0, g.start("units"), g.end("units"))
    if not subjects or not all_unit_like(text, subjects) or not all(u.collective or placed(u) for u in subjects):
        return None
    if not guides or not all_unit_like(text, guides) or not all(u.collective or placed(u) for u in guides):
        return None
    mentions = [mention_of(u, "lead", "explicit") for u in subjects] + [mention_of(u, "support", "explicit") for u in guides]
    return Clause(span=Span(a, g.end()), raw=text[a : g.end()], mentions=mentions)


# 在县委统一领导下， / 在市委、市政府的坚强领导下，: the leadership a sentence opens with (not 在A的
# 指导下, which names a guide of the work: read.py reads it as the clause's)
_LED_OPENER = re.compile(r"\s*在[^，,；;。：:]{1,40}?领\s*导\s*下\s*[，,]")
# a government or party committee of the level: 县政府 / 市人民政府 / 县委 / 乡镇党委 (县发改委 /
# 县纪委 are bodies of the work)
_GOVERNS = re.compile(r"(?:人民政府|政府|党委|党工委|管委会|[省市县区州盟旗乡镇]委)$")


def led_assignment(text: str, a: int, b: int) -> Clause | None:
    """The clause of a sentence ``text[a:b]`` opening with the leadership it is done under and
    giving the work to a named body: ``在县委统一领导下，由县住建局组织实施`` / ``在县委县政府领导下，
    县应急局具体负责`` (the bureau leads; as a sentence it reads as a principle, who leads whom).
    The structure asks it of a numbered task item naming no unit, never of the safeguards or the
    principles, where the same sentence states how work is led. Under the party committee the
    government organising (在县委统一领导下，县政府负责组织实施) is that leadership's own shape,
    a principle wherever it stands; 在党的领导下，全面推进… names nobody.

    >>> t = "在县委统一领导下，由县住建局组织实施"
    >>> [(m.text, m.role) for m in led_assignment(t, 0, len(t)).mentions]
    [('县住建局', 'lead')]
    >>> led_assignment("在县委统一领导下，县政府负责组织实施", 0, 18) is None
    True
    """
    if (opener := _LED_OPENER.match(text, a, b)) is None:
        return None
    tail, end = skip_ws(text, opener.end(), b), trim_end(text, opener.end(), b)
    if tail >= end:
        return None
    mentions = _read_inline(text, tail, end, GrammarSettings())  # (the plan's settings do not reach the structure's hooks)
    leads = [m for m in mentions or [] if m.role == "lead"]
    if not leads or any(m.collective or not placed(Unit(m.text, m.span.start, m.span.end)) or _GOVERNS.search(m.text) for m in leads):
        return None
    return Clause(span=Span(tail, end), raw=text[tail:end], mentions=mentions)


def is_unit_collective(name: str) -> bool:
    return is_collective(name)
