"""``_read_inline``: the mentions of one label-less clause, read phrase by phrase.

Each phrase is units and a verb (``A牵头`` / ``B配合``), or one of the other wordings the sibling
modules read (a part given by 由, units told what to do, partners, supervisors); the roles
follow from the verbs of all the phrases together (``_roles``). Each phrase is read in turn
(``_read_phrase``: does it end the clause, what verb it has, whose units the verb is) into one
``_InlineRead``: what each phrase means depends on those read before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from respgraph.grammar.inline.given import _EXPLAINS, _given_action_cut, _part_given
from respgraph.grammar.inline.helpers import (
    _HELPER_PHRASE, _attitude_asked, _opens_with_units, _oversight_units, _yao_before_helpers, _yao_units, guided_by_named,
)
from respgraph.grammar.inline.organising import (
    _GUIDING, _carried_after, _organised_by_collective, _organises_cut, _over_collective_cut,
)
from respgraph.grammar.inline.over import _OVER, _governs_with_object, _over_named_work
from respgraph.grammar.inline.phrase_units import (
    _LEADER_NAMED, _LEADER_WORD, _PEOPLE, _UNNAMED, _find_verb_end, _partner_acts, _units_around_coordinate, _units_around_handover,
    _units_over_collective, _verb_in_units,
)
from respgraph.grammar.inline.verbs import (
    _ANSWER_VERBS, _BRACKET_ONLY_VERBS, _CARRY_OUT, CARRYING_OUT, CHOSEN_AS, CHOSEN_TO_CARRY_OUT, NAMED_AS, _TRIAL_SITE, _TRIAL_VERBS, _EACH_LEADS, _GUIDANCE_VERBS, _GUIDE_VERBS, _INLINE_SUPPORT, _LEAD_BY,
    _AFTER_LEAD_VERBS, _MANNER_VERBS, _SUBMITTED, REPORTED_UP, _UNITS_AFTER, TECHNICAL_HELP, _named_responsible, _parts_shared,
)
from respgraph.grammar.inline.walks import _first_phrase, _phrases
from respgraph.grammar.inline.watch import _UNDER_WATCH, _WATCH_VERBS, _watched
from respgraph.grammar.labelled import _watcher
from respgraph.grammar.labels import (
    _BY, _DATE_PHRASE, _INLINE_PHRASE, JOINT_ACTIONS, _REPORTED, _REPORTED_LAST, _SCHEDULE_START, OTHER_LABEL_RE, GrammarSettings,
    _skip_ws, _subject_start, _trim_end, is_list_note,
)
from respgraph.grammar.roles import (
    _ACTION_START, _HUITONG, _UNDER, BY_DUTY_VERB, _all_placed, named_township, _goes_on_to_act, _governs, _guiding_units,
    _lead_and_support, _manner_before, _mention, _part_object_cut, _placed, _unit_list, _provider_units, _units_before_action,
    _with_partners, _yao_before,
)
from respgraph.grammar.units import PROSE_START, Unit, all_unit_like, looks_like_unit, may_name_unit, split_units, strip_ws
from respgraph.records import Mention


# a leader by the villages or places in charge of (包村领导 / 挂点领导 / 分管领导): people (not 党委领导,
# how work is led: 坚持党委领导、政府负责 stays prose)
_CADRE_LEADER = re.compile(r"(?:包村|包片|包保|挂点|挂钩|联系|分管|驻村)领导$")


def _shared_by_duty(parsed: list[tuple[str, list[Unit]]]) -> bool:
    """Whether one phrase shares its work among named bodies by their duties (市公安局、市生态环境局
    按照各自职责依法查处…): each does its part, as A负责X，B负责Y says."""
    return len(parsed) == 1 and parsed[0][0] == BY_DUTY_VERB and len(parsed[0][1]) >= 2


@dataclass(slots=True)
class _InlineRead:
    """What ``_read_inline`` carries from one phrase of the clause to the next: the phrases read so
    far and what they said (A牵头 / B配合 / 由A负责 / 在县委的统一领导下)."""

    parsed: list[tuple[str, list[Unit]]] = field(default_factory=list)  # (verb, units) of each phrase read
    pending: list[Unit] = field(default_factory=list)  # （A牵头，B，C配合）: units written before the phrase whose verb they share
    with_object: int = 0  # phrases read as units, a verb and an object (各乡镇负责本辖区工作), or 要
    partnered_n: int = 0  # ... of them, those read as A会同B + action, B named (A and B share one action)
    given: bool = False  # a phrase giving its object to a unit by 由 (该问题由县住建局负责整改)
    led: bool = False  # 在县委的统一领导下 opened the sentence
    over: int = 0  # phrases whose only verb is 统筹 / 协调 / 抓总, outside a bracket and without 由
    shared_action: bool = False  # A会同B，开展…: the next phrase is the action A and B share
    listed: bool = False  # the first phrase's units are a list without a verb of theirs (（A、B，C配合）)
    then: list[Mention] = field(default_factory=list)  # a next step's units, after the approval the clause's work goes up for
    then_watch: list[Mention] = field(default_factory=list)  # ... and those checking it
    jointly: bool = False  # outside a bracket, a phrase A、B共同推进 (no clause verb written)
    told: bool = False  # the first phrase was units told what to do, helpers named later (A要…，B配合)
    last_helper: int | None = None  # the last phrase of units helping the lead (read once)
    # the phrases of ``parsed`` whose units open with their own action, no duty word written
    # (A、B建立…机制，…: read as 负责), by index; A、B负责 / 按职责分工负责 / 牵头 are none
    acted: set[int] = field(default_factory=set)


@dataclass(slots=True)
class _PhraseAt:
    """Phrase ``k`` of a clause as each step of ``_read_phrase`` reads it (one record, not the same seven
    parameters passed down every step): the clause's ``text`` and ``phrases``, the phrase's span
    ``pa``..``pb`` and its text without blanks ``ws``, and whether the clause stands in a bracket."""

    text: str
    phrases: list[tuple[int, int]]
    k: int
    pa: int
    pb: int
    ws: str
    bracketed: bool


@dataclass(slots=True)
class _FoundVerb:
    """The verb ``_phrase_verb`` found in a phrase, as ``_read_verbed`` reads its units: the match (units
    and verb), whether it is weak (a part: units, a verb and an object), where a part's verb written
    otherwise begins (``unwritten``, -1: none), whether 统筹 arranges something, the verb as written."""

    m: re.Match
    weak: bool
    unwritten: int
    arranged: bool
    written: str | None


# what a step of ``_read_inline`` tells its loop: read the next phrase, the clause has ended, there is
# no clause, the clause states a principle
_NEXT, _END, _NO_CLAUSE, _PRINCIPLE = "next", "end", "no clause", "principle"


def _helpers_end(s: _InlineRead, text: str, phrases: list[tuple[int, int]]) -> int:
    """The last phrase of units helping the lead (A要…，严格…，B、C配合: B、C's), found once per clause."""
    if s.last_helper is None:
        s.last_helper = _last_helper(text, phrases, s.told)
    return s.last_helper


def _read_inline(
    text: str,
    a: int,
    b: int,
    settings: GrammarSettings,
    holes: list[tuple[int, int]] | None = None,
    bracketed: bool = False,
    supervisors: list[Mention] | None = None,
) -> list[Mention] | None:
    """The mentions of a label-less clause filling ``text[a:b]``: [] when it is none, None when
    it states a principle (no closing part of it is read either). The bodies it names to
    supervise (督办单位：C / C为督办单位) go to ``supervisors`` when given."""
    phrases = _phrases(text, a, b)
    if holes:  # phrases of an inheritance marker are not units
        phrases = [(pa, pb) for pa, pb in phrases if not any(h0 <= pa + 1 and pb <= h1 + 1 for h0, h1 in holes)]
    s = _InlineRead()
    for k in range(len(phrases)):
        step = _read_phrase(s, text, phrases, k, b, settings, holes, bracketed, supervisors)
        if step is _NEXT:
            continue
        if step is _END:
            break
        return [] if step is _NO_CLAUSE else None
    return _settled(s, settings, bracketed, supervisors)


def _read_phrase(
    s: _InlineRead,
    text: str,
    phrases: list[tuple[int, int]],
    k: int,
    b: int,
    settings: GrammarSettings,
    holes: list[tuple[int, int]] | None,
    bracketed: bool,
    supervisors: list[Mention] | None,
) -> str:
    """Read phrase ``k`` of the clause into ``s``: what ``_read_inline`` does next (_NEXT, _END,
    _NO_CLAUSE or _PRINCIPLE). A phrase is first asked whether it ends the clause or names a leader
    or duty, then what verb it has (``_phrase_verb``), then whose units the verb is (``_read_verbed``)."""
    pa, pb = phrases[k]
    ws = strip_ws(text[pa:pb])
    if not ws:
        return _NEXT
    p = _PhraseAt(text, phrases, k, pa, pb, ws, bracketed)
    if (step := _clause_ended(s, p, b, settings, holes)) is not None or (step := _read_leaders_and_duties(s, p)) is not None:
        return step
    found = _phrase_verb(s, p, supervisors)
    if type(found) is str:
        return found
    return _read_verbed(s, p, found)


def _phrase_verb(s: _InlineRead, p: _PhraseAt, supervisors: list[Mention] | None) -> _FoundVerb | str:
    """The verb of phrase ``p`` (units and a verb, a part, a part given by 由, …), or the step
    ``_read_inline`` takes when the phrase is read without one (supervisors, notes, partners)."""
    text, phrases, k, pa, pb, ws, bracketed = p.text, p.phrases, p.k, p.pa, p.pb, p.ws, p.bracketed
    m = _verb_phrase(text, pa, pb, ws, phrases, k)
    if m is not None and m.group("verb") in _TRIAL_VERBS and (not s.parsed or _TRIAL_SITE.match(text, pa, pb)):
        # 城关镇、龙泉镇试点。 / …，选择城关镇、龙泉镇试点 / 县城管局组织各乡镇开展…试点: no lead
        # whose work they try out, a site, or the trial the object of another reading
        m = None
    weak, unwritten = False, -1  # unwritten: where a part's verb written otherwise (按职责做好…) begins
    arranged = False  # 统筹 with what it arranges (县财政局统筹安排专项资金): a part, not a bare 统筹
    written = None  # the verb as the text writes it, when the phrase is read as another
    if not bracketed and s.parsed and s.parsed[-1][0] in _GUIDING and _organised_by_collective(text, pa, pb):
        return _NO_CLAUSE  # 由县农业农村局指导，各乡镇组织实施: how work is shared, as A负责指导，各乡镇负责组织实施
    if s.parsed and s.parsed[-1][0] in _GUIDING and (cut := _organises_cut(text, pa, pb)) is not None:
        # 由县人社局指导，县文旅局组织开展导游技能培训: the named body organising the work after
        # the unit guiding it leads, as B负责组织开展… does (was no clause)
        m = _INLINE_PHRASE.match(strip_ws(text[pa:cut]) + "负责")
        weak, unwritten = True, cut
    if (not m or m.group("verb") in _WATCH_VERBS) and (watched := _watched(text, pa, pb, bool(s.parsed))) is not None:
        # （A牵头，B配合；督办单位：C） / A为牵头单位，…，C为督办单位: C supervises
        if supervisors is not None:
            supervisors += watched
        return _NEXT
    if not m:
        if (step := _read_notes_and_partners(s, p)) is None:
            step = _read_part(s, p, supervisors, weak, written)
            if type(step) is tuple:
                m, weak, unwritten, arranged, written = step
                step = None
        if step is not None:
            return step
    if not m:
        return _read_unverbed(s, p)
    return _FoundVerb(m, weak, unwritten, arranged, written)


def _read_verbed(s: _InlineRead, p: _PhraseAt, found: _FoundVerb) -> str:
    """Read the units of phrase ``p`` whose verb ``_phrase_verb`` found, and record them in ``s``
    with the role the verb gives them: _NEXT, or _NO_CLAUSE when they are no units given work."""
    text, phrases, k, pa, pb, bracketed = p.text, p.phrases, p.k, p.pa, p.pb, p.bracketed
    m, weak, unwritten, arranged, written = found.m, found.weak, found.unwritten, found.arranged, found.written
    if (meant := _verb_as_meant(s, m, written, arranged, text, pa, pb, phrases, k, bracketed)) is None:
        return _NO_CLAUSE
    verb, written, own_part = meant
    if (span := _units_span(s, text, pa, pb, verb, written, unwritten, weak)) is None:
        return _NO_CLAUSE
    ua, ub, weak = span
    if (verb := _verb_as_role(verb, text, pa, pb)) is None:
        return _NO_CLAUSE
    units, lead_n = _phrase_units(text, ua, ub, s.parsed)
    # (lead_n: before the split, k here was the count of A's units of A会同B…, a name reused; kept as read)
    if (not bracketed and not s.parsed and (k if lead_n is None else lead_n) == len(phrases) - 1 and written == "组织实施" and units
            and not _all_placed([(verb, units)])):
        return _NO_CLAUSE  # 各县区组织实施。 / 按照统一部署组织实施。: how the work goes, no named body given it
    if not units or not all_unit_like(text, units):
        if _LEADER_NAMED.search(strip_ws(text[ua:ub])):
            return _NEXT  # （省政府副省长王某某牵头，A具体负责）: the leader answering for it is no unit
        if s.parsed and _PEOPLE.search(strip_ws(text[ua:ub])):
            return _NEXT  # …，县农业农村局驻镇农技人员给予技术支持: people helping, after the units, are none
        return _NO_CLAUSE
    if verb == "负责" and s.parsed and not s.with_object and not own_part and all(u.collective for u in units) and _named_responsible(s.parsed):
        # （A、B按职责分工负责，各省级人民政府负责属地风险处置） / （A负责，各市州人民政府负责组织
        # 实施）: the localities carry out what the named units answer for, as 负责落实 (was: they
        # led the task and A, B only supported it); after units that each took a part of it
        # (县发改局负责项目谋划；…；各乡镇负责征地拆迁) theirs is a part too, and they lead it,
        # as when the part is named before 由 (县城区域由县城管局负责；乡镇区域由各乡镇负责)
        verb = "落实"
    _record_phrase(s, text, pa, pb, verb, units, weak, acting=unwritten >= 0)
    return _NEXT


def _may_read(text: str, a: int, b: int) -> bool:
    """False when ``_read_inline(text, a, b)`` (outside a bracket, no holes) is sure to be [] by its
    first phrase alone: that phrase holds no word a unit's name holds (units.may_name_unit) and is
    none of those read without a unit (a blank, what was reported, a date or a note, a leader, 在…领导下).

    Every reading of a first phrase that does not end the clause empty rests on one of those: the
    phrase's units (as units and a verb, a part, a part given by 由, partners, supervisors, by duty,
    a government over the work) are each asked ``looks_like_unit`` or ``all_unit_like``; the rest of
    the phrases are only read after it. ``_tail_clause`` asks it of each start before reading there
    (a sentence's comma starts are mostly actions: 加强水源地保护，由市水利局负责。).
    """
    pa, pb = _first_phrase(text, a, b)
    ws = strip_ws(text[pa:pb])
    return (
        not ws or ws[-1] in _REPORTED_LAST or may_name_unit(ws) or _LEADER_WORD.search(ws) is not None
        or _DATE_PHRASE.match(ws) is not None or OTHER_LABEL_RE.match(ws) is not None or is_list_note(ws)
        or _LEADERS_ACT.match(ws) is not None or _UNDER.match(ws) is not None
    )


def _clause_ended(
    s: _InlineRead, p: _PhraseAt, b: int, settings: GrammarSettings, holes: list[tuple[int, int]] | None,
) -> str | None:
    """How the clause ends at phrase ``p`` (the step: _END, _NO_CLAUSE, _PRINCIPLE), or None when it
    goes on: what was done (2022年以来，…), the partners' action (A会同B，开展…), what goes up for
    approval (…，报市政府同意后实施: a next step after it read on its own), the sentence going on after
    a lead and a support (…，积极争取国家支持), the action after the bodies given it (由A、B负责，重点…)."""
    text, phrases, k, pa, pb, ws, bracketed = p.text, p.phrases, p.k, p.pa, p.pb, p.ws, p.bracketed
    if not bracketed and ws[-1] in _REPORTED_LAST and _REPORTED.search(ws):
        return _PRINCIPLE  # 2022年以来，A会同B，… / 县长指出，…: what was done or said, no later part either
    if s.shared_action:
        # A会同B，培育一批高新技术企业: the phrase after the partners is their action
        if not _goes_on_to_act(text, phrases, k):
            return _NO_CLAUSE
        return _END
    if s.parsed and (_SUBMITTED.match(ws) or _reported_up(ws)):
        # …制定具体办法，报市政府同意后实施 / …，报领导小组审定: what the units make goes up
        # for approval, the clause has ended (the whole clause was lost, 报市政府 no unit of it);
        # a next step given to named bodies after it is read as a clause of its own would be
        # (…，报县政府审定后，由县城管局负责组织实施: 县城管局 was lost inside the clause)
        if k + 1 < len(phrases):
            s.then = _read_inline(text, phrases[k + 1][0], b, settings, holes, bracketed, s.then_watch) or []
            s.then = s.then if all(not m.collective for m in s.then) else []
        return _END
    if s.parsed and (PROSE_START.match(ws) or _SCHEDULE_START.match(ws) or _ACTION_START.match(ws)) and (
        _lead_and_support(s.parsed) or (bracketed and not ws.startswith(_UNITS_AFTER))
    ):
        # 由A牵头，B配合，积极争取国家发展改革委支持 / …，开展校园周边环境整治: after a lead and
        # a support the clause has ended and the sentence goes on; in a bracket one unit's phrase is enough
        # (（A负责，积极争取住房城乡建设部支持）), unbracketed one phrase then an action
        # (A牵头组织，定期开展督导) stays prose; …，建立了联防联控机制: what was done, no clause
        if not _goes_on_to_act(text, phrases, k):
            return _NO_CLAUSE
        return _END
    if (not bracketed and k == 1 and len(s.parsed) == 1 and not s.pending and _GIVEN_WHOLE.match(text, *phrases[0])
            and (len(s.parsed[0][1]) > 1 or (_ITEM_OPENS.search(text, max(0, phrases[0][0] - 12), phrases[0][0]) and _all_placed(s.parsed)))
            and not _opens_with_name(ws) and not _opens_with_units(text, pa, pb) and _goes_on_to_act(text, phrases, k)):
        # 由新区投资促进局、新区商务局负责，重点面向日韩企业开展招商: the bodies the work is
        # given to, then the action itself (was no clause). One body so given (由县住建局负责，
        # 保障工作经费) stays prose: it reads as well as its duty beside another's; but opening
        # an item (1.由县水利局负责，推进河道清淤。 / （二）由县农业农村局牵头，推进…) it gives the item
        return _END
    return None


def _read_leaders_and_duties(s: _InlineRead, p: _PhraseAt) -> str | None:
    """Phrases read before any verb of units: a leader's part (县长负责统一指挥，…: _NEXT), bodies
    sharing the work by duty (A、B按照职责分工，推进…: read, _END), the government over the work
    (县委负总责，… a principle; 由县政府统筹，县发改局牵头…: _NEXT); None for any other phrase."""
    text, phrases, k, pa, pb, ws, bracketed = p.text, p.phrases, p.k, p.pa, p.pb, p.ws, p.bracketed
    if not s.parsed and not s.pending and _LEADERS_ACT.match(ws) is not None and k + 1 < len(phrases):
        # 县长负责统一指挥，县应急局具体落实 / 各级河长负责，县水利局…: a leader's part (a person,
        # no unit) before the units' phrases; they are read as the clause (was no clause)
        return _NEXT
    if not bracketed and k == 0 and (by_duty := _by_duty_units(text, phrases)) is not None:
        # 市生态环境局、市住建局按照职责分工，推进扬尘污染治理。 / A、B按照“谁审批谁负责”原则，严格
        # 把关。: the bodies share the work by their duties, the next phrase is that work; read
        # as A、B按职责分工负责 (was no clause: 按照职责分工 closed no phrase, 负责 stood in a
        # quote). Held to named bodies of a place below, as 按职责做好… is
        s.parsed.append((BY_DUTY_VERB, by_duty))
        s.with_object += 1
        return _END
    if not bracketed and (_governs(ws) or _governs_with_object(text, pa, pb, ws)):
        if s.parsed or not any("牵头" in text[qa:qb] for qa, qb in phrases[k + 1 :]):
            return _PRINCIPLE  # 县委负总责，县政府具体负责。: who leads the work, a principle
        # 由县政府统筹，县发改局牵头，县财政局配合: the government over the work opens a sentence
        # that names the task's lead after it; the lead and the others are read, it is not
        return _NEXT
    return None


def _verb_phrase(text: str, pa: int, pb: int, ws: str, phrases: list[tuple[int, int]], k: int) -> re.Match | None:
    """The phrase read as units and a verb (县住建局牵头 / 由A负责), or None when the verb matched
    belongs to the object or the action (县审计局负责审计监督 / 由县水利局提供技术指导 / 分步实施)."""
    m = _INLINE_PHRASE.match(ws)
    if m is not None and _verb_in_units(m.group("units")) and _part_object_cut(text, pa, pb):
        # 县审计局负责审计监督 / 各县区按职责做好落实: the verb matched is in the object (read below)
        m = None
    elif m is not None and (not looks_like_unit(m.group("units")) or (m.group("verb") in TECHNICAL_HELP and ws.startswith("由"))) and _given_action_cut(text, pa, pb) is not None:
        # 由县水利局提供技术指导: the verb matched (指导 / 提供技术指导) is the given action's
        m = None
    elif m is not None and not looks_like_unit(m.group("units")) and m.group("verb").endswith(("实施", "落实", "推进")) and (
        _over_collective_cut(text, pa, pb) is not None
    ):
        # 区生态环境分局指导各街道、各镇编制方案并组织实施: the verb matched closes the places'
        # action (read below, A over the places; was no clause: 各镇编制方案并 no unit)
        m = None
    elif m is not None and m.group("verb") == "实施" and not looks_like_unit(m.group("units")):
        # 实施 alone closes a unit's phrase (A牵头，B实施) only after a unit: 分步实施 /
        # 有序实施 / 2026年起实施 say how the work goes (the clause read before them stays)
        m = None
    elif m is not None and m.group("verb").endswith(("落实", "推进")) and _partner_acts(m.group("units")) and _with_partners(
        text, pa, pb, phrases[k + 1] if k + 1 < len(phrases) else None
    ) is not None:
        # 县财政局会同县税务局做好减税降费政策落实: the object ends as a verb does, the partner
        # wording is read below (was no clause: 县税务局做好减税降费政策 as a unit)
        m = None
    return m


def _read_notes_and_partners(s: _InlineRead, p: _PhraseAt) -> str | None:
    """A phrase of no verb of units read as a note (2025年底前完成 / 下同: _NEXT) or as the lead's
    partners (由A牵头，会同B等部门制定…; 由A负责，B做好资金保障; A会同B开展…: recorded in ``s``); the step
    it tells the loop, None for any other phrase."""
    text, phrases, k, pa, pb, ws = p.text, p.phrases, p.k, p.pa, p.pb, p.ws
    if _DATE_PHRASE.match(ws) or OTHER_LABEL_RE.match(ws) or is_list_note(ws):
        # （2024年6月底前，A牵头，B配合） / （A牵头，2025年底前完成） / （A牵头，B配合，
        # 完成时限：…） / （A负责；责任领导：…） / （A牵头，B配合，下同）
        return _NEXT
    if s.parsed and (hui := _HUITONG.match(text, pa, pb)) is not None:
        # 由A牵头，会同B等部门制定实施方案: B works with the lead; the action after the
        # units ends the clause
        after = _units_before_action(text, hui.end(), pb)
        if after is not None:
            ub, units = after
            for u in units:
                u.marker = u.marker or "support"
            s.parsed.append(("配合", s.pending + units))
            s.pending = []
            if _skip_ws(text, ub, pb) < pb:
                return _END
            return _NEXT
    if s.parsed and (providers := _provider_units(text, pa, pb)):
        # 由A负责，B做好资金保障 / （A牵头，B保障资金）: B supports with the means
        for u in providers:
            u.marker = u.marker or "support"
        s.parsed.append(("配合", s.pending + providers))
        s.pending = []
        return _NEXT
    if (found := _with_partners(text, pa, pb, phrases[k + 1] if k + 1 < len(phrases) else None)) is not None:
        # 县住建局会同县自然资源局开展专项整治: A leads, B works with it; outside a
        # bracket a part stated as the others are (named bodies of a place, or a
        # collective working with one)
        partnered, s.shared_action = found
        s.parsed += partnered
        s.with_object += len(partnered)
        if not any(u.collective for _, units in partnered for u in units):
            s.partnered_n += len(partnered)
        return _NEXT
    return None


def _read_part(
    s: _InlineRead, p: _PhraseAt, supervisors: list[Mention] | None, weak: bool, written: str | None,
) -> str | tuple[re.Match | None, bool, int, bool, str | None]:
    """A phrase of no verb of units read as a part (各乡镇负责本辖区工作 / 所需资金由县财政局保障 /
    县农业农村局组织各乡镇实施… / B要做好Y): the phrase matched as units and a verb, whether it is weak,
    where its verb begins, whether it arranges (统筹安排), the verb as written; or the step it tells the
    loop (在县委的统一领导下 / 由A牵头，各部门要高度重视 / 县委负责统一领导: a principle)."""
    text, phrases, k, pa, pb, ws, bracketed = p.text, p.phrases, p.k, p.pa, p.pb, p.ws, p.bracketed
    m = None
    unwritten = -1
    arranged = False
    if (part := _part_object_cut(text, pa, pb)) is not None and not _over_named_work(text, pa, part) and not (
        # 资金由县财政局统筹安排，项目资金由B争取: a part given by 由, each part's units its lead
        # (read as a 统筹 over the work, the parts after it were its support)
        part[1] == "统筹" and _part_given(text, pa, pb) and _given_action_cut(text, pa, pb) is not None
    ):
        # （A牵头，各乡镇负责本辖区工作）: read as （A牵头，各乡镇负责） — the object is
        # their part of the task (_find_verb_end takes the verb before it)
        cut, part_verb, leadership = part
        if leadership and not bracketed:
            return _PRINCIPLE  # 县委负责统一领导，县政府负责组织实施: the safeguards' principle
        if part_verb in ("做好", "督促"):
            # 县水利局做好水资源论证工作: the unit's part, as 县水利局负责水资源论证
            # (县住建局督促施工单位…: as 县住建局负责督促施工单位…)
            written, part_verb = part_verb, "负责"
        m = _INLINE_PHRASE.match(strip_ws(text[pa:cut]) + part_verb)
        # (分别开展… is read as 分别负责, a verb the text does not write: the units end where 分别 begins)
        weak, unwritten = True, cut if part_verb in (BY_DUTY_VERB, "分别负责") else -1
        arranged = part_verb == "统筹"
    elif (cut := _given_action_cut(text, pa, pb)) is not None:
        # 人口数据由县公安局提供 / 所需资金由县财政局保障: the work given by 由 to the units,
        # an action of theirs closing the phrase, as 由A负责提供 (was no clause: of
        # X由A提供；Y由B负责 only the last part was read). 由A、B共同组织 / 共同承担: they share
        # the work, as A、B共同负责 (was A lead, B support by the first-listed convention)
        s.jointly = text.startswith("共同", cut)
        m = _INLINE_PHRASE.match(strip_ws(text[pa:cut]) + ("共同负责" if s.jointly else "负责"))
        weak, unwritten = True, cut
    elif (cut := _over_collective_cut(text, pa, pb)) is not None:
        # 县农业农村局组织各乡镇实施农村户厕改造: A over the places doing the work, as
        # 县政府督促各乡镇抓好落实 (was no clause: the action's object after the places)
        m = _INLINE_PHRASE.match(strip_ws(text[pa:cut]) + "抓好落实")
        unwritten = cut
    elif not s.parsed and not bracketed and (cut := _yao_before_helpers(text, phrases, k)) is not None:
        # 县商务局要立即开展专项检查，县市场监管局配合。: the unit told what to do leads, those
        # helping it support (was the helpers alone: the lead lost)
        m = _INLINE_PHRASE.match(strip_ws(text[pa:cut]) + "负责")
        weak, unwritten = True, cut
        s.told = True
    elif s.over < len(s.parsed) and any(v.startswith("牵头") or v == "负责" for v, _ in s.parsed) and (
        yao_units := (_yao_units(text, pa, pb) or _oversight_units(text, pa, pb))
    ) is not None:
        # A牵头编制总体规划，县直各部门要制定专项规划: after the lead, the units told what
        # to do carry their share of its task (were no clause: the lead lost), as 负责 would;
        # after A负责X (县财政局负责安排专项资金；县发改局要加快项目前期工作) their own part,
        # as B负责Y / B要做好Y reads: each leads its part, stated as the others are (named
        # bodies of a place: 企业负责…，县商务局要… stays a principle); not after a bare 统筹
        # (A要加强统筹，各部门要提高认识: how work goes). B加强监管 with no 要 (华润燃气南宁公司
        # 负责管网改造，市住建局加强监管) reads as B要加强监管: the regulator's own part (was lost)
        if (more := _attitude_asked(text, phrases, k, yao_units[0])) is not None:
            # 由A牵头，各部门要高度重视: an attitude asked, no share of the task given; the
            # clause ends there, or goes on with the next unit's phrase
            if more:
                return _NEXT
            return _END
        m = _INLINE_PHRASE.match(strip_ws(text[pa : yao_units[0]]) + "负责")
        unwritten = yao_units[0]
        weak = not any(v.startswith("牵头") for v, _ in s.parsed)  # (a part, as A's)
    elif (under := _UNDER.match(ws)) is not None:
        # 在A的指导下，B负责…: A guides the unit that carries the task; 在县委的统一领导下
        # names no unit of the task
        if under.group("guide") and (units := _guiding_units(text, pa, pb)):
            # 在市政府督查室督导下，A牵头…: the 督查室 checks the work, it does none (a
            # phrase of the clause all the same, read as its supervisors at the end)
            watching = under.group("guide") == "督导" and supervisors is not None
            s.parsed.append((_UNDER_WATCH if watching else "指导", units))
        else:
            s.led = True
        return _NEXT
    return m, weak, unwritten, arranged, written


def _read_unverbed(s: _InlineRead, p: _PhraseAt) -> str:
    """The step a phrase read as nothing else tells the loop: units waiting for the next verb
    (（A、B，C配合）: _NEXT), the lead's further action before its helpers (A要健全…，严厉打击…，B配合:
    _NEXT), the action a lead and its support share or one body given the work by 由 goes on to
    (…，谋划储备一批重大项目: _END); otherwise no clause."""
    text, phrases, k, pa, pb, bracketed = p.text, p.phrases, p.k, p.pa, p.pb, p.bracketed
    # a bracket may open with units and no verb (（A、B，C配合））: they wait for the next verb
    alone = split_units(text, 0, pa, pb) if s.parsed or bracketed else []
    if alone and all_unit_like(text, alone):
        s.pending += alone
        return _NEXT
    if len(s.parsed) == 1 and not s.pending and (s.told or s.parsed[0][0].startswith("牵头")) and k < (
        _helpers_end(s, text, phrases)
    ):
        # 市公安局要健全侦查机构，严厉打击…犯罪，市食品药品监管局配合 / A要牵头开展X，严格Y，B、C按职责
        # 分工负责: the lead's further action before the units helping it (the lead was lost,
        # the helpers read alone; or the helpers lost)
        return _NEXT
    if _lead_and_support(s.parsed) and not s.pending and s.with_object == s.partnered_n and _goes_on_to_act(text, phrases, k):
        # …，谋划储备一批重大项目: after a lead and a support, the action they share; after
        # A会同B开展检查 its further action, whatever verb opens it (…，分析研判风险 / …，了解
        # 情况: the whole clause was lost); not after phrases that each stated a part
        # (A负责…，B负责…，形成工作合力), nor after A working with whoever is concerned, a
        # way of working (A要会同有关部门加强统筹协调，重大情况及时报告)
        return _END
    if not bracketed and s.given and len(s.parsed) == 1 and not s.pending and _all_placed(s.parsed) and _goes_on_to_act(text, phrases, k):
        # 由省统计局负责组织开展满意度调查，调查结果计入考核得分 / 由县住建局负责实施，确保按期完成:
        # the work given by 由 with its action to one named body, then more of that work or
        # its aim; the body leads it (was no clause: one phrase then an action read as prose)
        return _END
    return _NO_CLAUSE


def _verb_as_meant(
    s: _InlineRead, m: re.Match, written: str | None, arranged: bool, text: str, pa: int, pb: int,
    phrases: list[tuple[int, int]], k: int, bracketed: bool,
) -> tuple[str, str, bool] | None:
    """The phrase's verb as it is meant (A、B共同推进: 共同负责; B负责技术指导: 负责指导; 负主体责任: 负责),
    the verb as written, and whether the phrase names its own part before 由; None when a verb only
    a bracket assigns by stands alone (各乡镇为责任主体，县农业农村局负责指导。: a principle)."""
    verb = m.group("verb")
    written = written or verb
    if verb in _JOINT_ACTIONS and m.group("units").endswith("共同"):
        # A、B共同推进。 / （A、B共同组织实施）: they share the work, as A、B共同负责 (was no clause,
        # or A lead and B support by the first-listed convention); a sentence so written names
        # bodies of a place (政府、企业、社会共同推进。 states how work goes: checked below)
        verb = "共同负责"
        s.jointly = s.jointly or not bracketed
    if verb == "负责" and _EACH_GIVEN.match(text, pa, pb):
        verb = "分别负责"  # 分别由A、B负责: each its part, as A、B分别负责 (was A by the first-listed convention)
    if verb in _GUIDANCE_VERBS:
        verb = "负责指导"  # B负责业务指导 / B负责技术指导: as B负责指导 (was a lead beside A负责X)
    if verb == "负责监管" and _part_given(text, pa, pb):
        verb = "负责"  # 数据安全由市委网信办负责监管: the part named before 由 is the unit's to answer for
    if verb == "负责指导" and _guides_places(text, pa, pb, s.parsed):
        # 各乡镇要落实属地主体责任，县农业农村局负责指导: A guides the places given their part,
        # as …，县农业农村局加强指导 reads (was prose)
        verb = "指导"
    if not bracketed and verb in _BRACKET_ONLY_VERBS and not (verb in _LEAD_BY and _BY.match(text, _skip_ws(text, pa, pb), pb)) and not (
        verb in _AFTER_LEAD_VERBS and not s.over and any(v.startswith("牵头") for v, _ in s.parsed)
    ) and not (verb == "负责指导" and _carried_after(text, phrases, k)) and not (
        verb == "主抓" and any(_HELPER_PHRASE.match(text, qa, qb) for qa, qb in phrases[k + 1 :])
    ):
        # 各乡镇为责任主体，县农业农村局负责指导。 in the safeguards: a principle; after a
        # lead (A牵头…，B、C各负其责 / B负责监管) the others' share of its task, as in a bracket; before a
        # named body carrying the task (A负责指导，B负责组织开展培训) A guides B's work; before units
        # helping it (市河长办主抓，市水务局配合) A leads (was the helper alone, a support with no lead)
        return None
    if not bracketed and written in _OVER and not arranged and not _BY.match(text, _skip_ws(text, pa, pb), pb):
        s.over += 1  # 县发改局统筹推进。 / 各县区协调推进。 alone say how work goes, no assignment
    if verb in ("负主体责任", "负属地责任"):
        verb = "负责"
    own_part = s.parsed and _part_given(text, pa, pb)  # (…；应急水源由县水利局负责落实: its own part)
    if verb in _CARRY_OUT and s.parsed and _only_guided(s.parsed):
        verb = "负责"  # A指导，B落实 / A指导、B抓好落实: B carries the work A guides, as B负责落实 (was B by the first-listed convention)
    if verb == "负责" and m.group("then") in _CARRY_OUT and s.parsed and not own_part and not _only_guided(s.parsed):
        # …A、B按职责分工负责，各设区市人民政府负责落实: they carry it out locally; after units that
        # only guide (A、B负责指导，各城区人民政府负责落实 / 在A指导下，B负责落实) the work is theirs to
        # answer for, as B负责组织实施 is (was A lead by the first-listed convention, B and the places supporting)
        verb = "落实"
    return verb, written, own_part


# 分别由 opening a phrase: the work given to each unit after it for its own part
_EACH_GIVEN = re.compile(r"\s*分\s*别\s*由")


def _only_guided(parsed: list[tuple[str, list[Unit]]]) -> bool:
    """Whether every phrase read so far only guides the work (A负责指导 / 在A指导下): nobody answers for it yet."""
    return all(v in _GUIDE_VERBS or v == "指导" for v, _ in parsed)


def _units_span(
    s: _InlineRead, text: str, pa: int, pb: int, verb: str, written: str, unwritten: int, weak: bool,
) -> tuple[int, int, bool] | None:
    """Where the phrase's units are written (``ua``, ``ub``: after (具体)由 / 以, before the verb, how
    they act (结合实际) or 要), and whether the phrase is weak (县城管局要积极配合: a part); None when no
    verb ends them."""
    # Map the units part back onto the text: it starts after an optional (具体)由.
    ua = _subject_start(text, _skip_ws(text, pa, pb), pb)
    if verb == "为主" and text.startswith("以", ua):
        ua += 1  # 以A为主，B配合: A leads
    elif verb.startswith("为") and (named := NAMED_AS.match(text, ua, pb)) is not None:
        ua = named.end()  # 确定A为牵头单位: the plan names A so, no part of A's name (was a unit 确定A)
    ub = unwritten if unwritten >= 0 else _find_verb_end(text, ua, pb, written)
    if verb in CARRYING_OUT and (chosen := _places_chosen(s, text, ua, pb, written, unwritten)) is not None:
        # A负责，选择B、C具体落实: the lead chooses the places, they carry it out; 选择B、C具体落实 with
        # no lead before it: the places carry it out (was a lead 选择B)
        ua, ub = chosen
    if ub is None:
        return None
    manner = _manner_before(text, ua, ub)
    if manner >= 0:
        ub = manner  # 各地区结合实际推进落实: the units end before how they carry it out
    yao = _yao_before(text, ua, ub)
    if yao >= 0:
        # 县城管局要积极配合: what the unit is to do, as a part with an object; after a phrase
        # of named bodies of a place (A负责X，各有关部门要积极配合) the help it gives, as
        # 积极配合 is (企业要…，各有关部门要积极配合 / 牵头单位要…，责任单位要密切配合 stay statements)
        ub, weak = yao, not (s.parsed and _MANNER_VERBS.get(verb, verb) in _INLINE_SUPPORT and _all_placed(s.parsed))
    return ua, ub, weak


def _places_chosen(s: _InlineRead, text: str, ua: int, pb: int, written: str, unwritten: int) -> tuple[int, int] | None:
    """Where the places chosen or organised to carry the work out are written (选择B、C具体落实 /
    组织B、C抓好落实 / 在B、C推进: after the verb choosing them, before what they are made, 作为示范镇),
    or None when the phrase is not so written. After a lead's phrase any units so written are read; with
    none before them, only the places (townships by their names, collectives) or named bodies of a place."""
    chosen = CHOSEN_TO_CARRY_OUT.match(text, ua, pb)
    if chosen is None or (ub := unwritten if unwritten >= 0 else _find_verb_end(text, chosen.end(), pb, written)) is None:
        return None
    ua = chosen.end()
    if (made := CHOSEN_AS.search(text, ua + 1, ub)) is not None and all_unit_like(text, split_units(text, 0, ua, made.start())):
        ub = made.start()
    if not s.parsed and not all(u.collective or named_township(u) or _placed(u) for u in split_units(text, 0, ua, ub)):
        return None
    return ua, ub


def _verb_as_role(verb: str, text: str, pa: int, pb: int) -> str | None:
    """The verb read as the role it gives (A为牵头单位: 牵头; B具体承办: 具体落实; 负总责 / 统筹: 牵头;
    各负其责: 按职责分工负责; 积极配合: 配合); None for the plan's note on who interprets it (具体解释工作由A承担)."""
    if verb.startswith("为"):  # A为牵头单位，B为配合单位 / A为责任主体
        lead = "牵头" in verb or "第一" in verb or "主要" in verb or verb == "为主"  # A为第一责任单位 / (以)A为主
        verb = "牵头" if lead else "负责" if ("责任" in verb or "主体" in verb) else "配合"
    elif verb in ("承办", "具体承办", "承担", "具体承担"):
        # A承办，B协办 / A负责，B具体承办 (B carries it out); 由A牵头组织，B承担 / 所需经费由B承担 alike
        if _INTERPRETED_BY.search(text, pa, pb):
            return None  # 具体解释工作由A承担: the plan's own note on who interprets it, no task
        verb = "负责" if verb in ("承办", "承担") else "具体落实"
    if verb in ("负总责", "统筹", "统筹协调", "统筹推进", "牵头抓总", "负责牵头", "主办", "主责", "负责统筹", "主抓", "双牵头", "抓总", "协调"):
        # overall responsibility, coordination: the lead, as 牵头 (only beside a clause verb)
        verb = "牵头"
    elif verb in ("各负其责", "各司其职", "联合开展", "联合实施", "做好相关工作", "做好有关工作"):
        verb = "按职责分工负责"  # …，B、C各负其责: their share, as 按职责分工负责
    elif verb in _MANNER_VERBS:
        verb = _MANNER_VERBS[verb]  # 积极配合 / 做好督导 / 配合做好相关工作: as 配合 / 督导
    return verb


def _phrase_units(text: str, ua: int, ub: int, parsed: list[tuple[str, list[Unit]]]) -> tuple[list[Unit], int | None]:
    """The units of a phrase written in ``text[ua:ub]`` (A、B / A会同B / 会同B、C / A协调B / A督促各乡镇), and
    how many of them lead before 会同 (None when no 会同 splits them)."""
    lead_n = None
    hui = text.find("会同", ua, ub)
    if hui == ua:
        # …A牵头，会同B、C共同推进: B and C work with the lead
        units = split_units(text, 0, ua + 2, ub)
        if (not all_unit_like(text, units) or text.find("督促", ua + 2, ub) >= 0) and (after := _units_before_action(text, ua + 2, ub)) is not None:
            units = after[1]  # …，会同B督促施工单位落实: B's list ends before its own action
        for u in units:
            u.marker = u.marker or "support"
    elif hui > ua:
        # A会同B负责: A leads, B works with it; A要会同B抓好落实: 要 is no part of A (was no
        # clause: B lost, A read alone from the item's sentence)
        lead_end = hui - 1 if text[hui - 1] in "要应" and hui - 1 > ua else hui
        units = split_units(text, 0, ua, lead_end) + split_units(text, 0, hui + 2, ub)
        lead_n = len(split_units(text, 0, ua, lead_end))
        for n, u in enumerate(units):
            u.marker = u.marker or ("lead" if n < lead_n else "support")
    elif (between := _units_around_coordinate(text, ua, ub)) is not None:
        units = between  # A协调B配合实施: A brings B in, both do the phrase's part
    elif (handed := _units_around_handover(text, ua, ub)) is not None:
        units = handed  # 由A转交B核查处理: A leads, B handles it for A (was one unit A转交B)
    elif (over_them := _units_over_collective(text, ua, ub, first=not parsed)) is not None:
        units = over_them  # 县政府督促各乡镇抓好落实: A sees to it, the places carry it out
    else:
        units = split_units(text, 0, ua, ub)
    if units and not all_unit_like(text, units) and (
        bodies := [u for u in units if not _PEOPLE.search(u.text) and not _LEADER_NAMED.search(u.text) and not _CADRE_LEADER.search(u.text)]
    ) and len(bodies) < len(units) and all_unit_like(text, bodies):
        # （镇包村干部、各村“两委”负责） / （包村领导、村“两委”落实）: the cadres or leaders working with
        # the bodies are people, no units; the bodies listed with them are (was no clause at all)
        units = bodies
    return units, lead_n


# the carrying out closing a verb given by 由 (由A负责实施 / 由A负责组织实施 / 由A牵头推进)
_CARRIED_OUT = re.compile(r"(?:实\s*施|落\s*实|推\s*进)$")


def _record_phrase(
    s: _InlineRead, text: str, pa: int, pb: int, verb: str, units: list[Unit], weak: bool, acting: bool = False
) -> None:
    """The phrase read as ``verb`` over ``units`` joins ``s.parsed``, with the units written before it
    (（A、B，C配合）: A、B responsible, C helps), and what it says of the clause (由A负责: given by 由;
    ``acting``: the units' own action, its verb not written, A、B建立…机制)."""
    if s.pending and not s.parsed and (verb in _INLINE_SUPPORT or verb.startswith("牵头")):
        # （A、B，C配合）: the units before the first verb are the responsible ones (as
        # 责任单位：A、B；配合单位：C), not more supporters; （A、B，C牵头）: C leads them
        s.parsed.append(("负责" if verb in _INLINE_SUPPORT else "配合", s.pending))
        s.listed = verb in _INLINE_SUPPORT
        s.pending = []
    s.parsed.append((verb, s.pending + units))
    if acting:
        s.acted.add(len(s.parsed) - 1)
    s.pending = []
    s.with_object += weak
    # (given with no object but the carrying out closing the verb too: 由县住建局负责实施，确保按期完成
    # / 负责组织实施 / 由A组织实施 — the aim after it; was no clause. 由A负责，保障… mid-item stays
    # prose, as before)
    s.given = s.given or ((weak or _CARRIED_OUT.search(text, pa, _trim_end(text, pa, pb)) is not None) and verb in ("负责", "共同负责", "牵头", "牵头负责", "负责牵头", *CARRYING_OUT) and _BY.match(text, _skip_ws(text, pa, pb), pb) is not None
                      and _EXPLAINS.search(text, pa, pb) is None)


def _settled(s: _InlineRead, settings: GrammarSettings, bracketed: bool, supervisors: list[Mention] | None) -> list[Mention] | None:
    """The mentions of the clause once all its phrases are read: [] when the phrases state how work goes
    (县发改局统筹推进。 / 政府、企业、社会共同推进。), None for a principle (在县委的统一领导下，县政府负责组织实施。);
    （A牵头，B、C）: B、C work with A; （A牵头，B配合，C督导）: C supervises."""
    if s.pending and bracketed and s.parsed and all(v.startswith("牵头") for v, _ in s.parsed):
        # （A牵头，B、C） / （A牵头，区直有关部门）: the units after the lead, no verb of their own,
        # work with it (was: no clause, the lead lost)
        s.parsed.append(("配合", s.pending))
        s.pending = []
    if not s.parsed or s.pending or s.over == len(s.parsed):
        return []
    if s.jointly and not _all_placed(s.parsed):
        return []  # 政府、企业、社会共同推进。: who shares the work, no named body given it
    if not bracketed and all(v == "指导" for v, _ in s.parsed):
        return []  # 市农业农村局督促指导。 / …，民政部门予以指导。: guidance with no unit carrying the work
    if s.led and len(s.parsed) == 1 and not bracketed:
        return None  # 在县委的统一领导下，县政府负责组织实施。: who leads whom, a principle
    if not bracketed and all(_UNNAMED.fullmatch(u.text) for _, units in s.parsed for u in units):
        return []  # 各地负责组织发动，各级负责具体实施。: how work is shared, nobody named
    if not bracketed and s.with_object == len(s.parsed) and not (s.given and _all_placed(s.parsed)) and not (
        (_parts_shared(s.parsed) or _shared_by_duty(s.parsed)) and _all_placed(s.parsed)
    ):
        # outside a bracket, 县财政局负责资金保障。 alone states a duty, as prose does; beside
        # another phrase (…，县应急局配合。) it is the clause's lead. Phrases that all state parts
        # assign them when every unit is a named body of a place (县发改局负责项目申报，县财政局
        # 负责资金拨付。); 企业负责…，监管部门负责… states the principle of who does what. Given by
        # 由 to a named body of a place (该问题由县住建局负责整改。) the work is assigned to it
        return []
    if supervisors is not None and any(v in _WATCH_VERBS for v, _ in s.parsed) and not all(
        v in _WATCH_VERBS or v == _UNDER_WATCH for v, _ in s.parsed
    ):
        # （A牵头，B配合，C督导） / （A负责，C监督）: C checks the work the others do, as a 督导单位
        # does (no support, no workload); alone (（C负责督导）) the checking is the task, C its unit
        s.parsed = [(_UNDER_WATCH if v in _WATCH_VERBS else v, us) for v, us in s.parsed]
    mentions = _roles(s.parsed, settings, supervisors, s.listed, s.acted)
    if s.then:
        mentions += [m for m in s.then if all(m.text != x.text for x in mentions)]
        if supervisors is not None:
            supervisors += s.then_watch
    return mentions


# an item's number right before a phrase, at a line's start (1. / （二） / 三、 / 第四条): the phrase opens the item
_ITEM_OPENS = re.compile(
    r"(?:^|\n)[ \t\u3000]*(?:\d{1,3}[.．、]|[（(](?:\d{1,3}|[一二三四五六七八九十]{1,3})[）)]|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十\d]{1,4}条)[ \t\u3000]*$"
)
# a phrase giving the work by 由 and nothing else: 由A、B负责 / 具体由A牵头负责 (the action after it)
_GIVEN_WHOLE = re.compile(r"\s*(?:具\s*体\s*)?由[^，,；;。由]{2,60}?(?:牵\s*头\s*)?负\s*责\s*$|\s*(?:具\s*体\s*)?由[^，,；;。由]{2,60}?牵\s*头\s*$")
# units helping the lead, in a phrase of their own: …，B、C配合 / …，B、C按职责分工负责
_HELPING_TAIL = re.compile(r".*?(?:按\s*(?:照\s*)?(?:各\s*自\s*)?职\s*责(?:\s*分\s*工)?\s*(?:负\s*责|落\s*实))\s*$")


def _reported_up(ws: str) -> bool:
    """Whether the phrase ``ws`` sends what the units found up to a body (结果报省政府 / 情况及时报
    市委办公室 / 报县政府): the clause has ended, the body is none of its units."""
    m = REPORTED_UP.match(ws)
    if m is None or not looks_like_unit(m.group("to")):
        return False
    # bare 报 (no 结果 / 及时 before it): only before a body named by its level
    return ws[: ws.find("报")].strip() not in ("", "上") or m.group("to").startswith(_LEVEL_OPENS)


_LEVEL_OPENS = ("省", "市", "县", "区", "州", "上级", "国家", "自治区", "国务院", "党中央")


def _opens_with_name(ws: str) -> bool:
    """Whether the phrase ``ws`` names units of its own (县卫健委、县公安局配合的机制…: a list, or a
    helper's verb), not the given bodies' action."""
    if _HELPER_VERB.search(ws):
        return True
    pieces = ws.split("、", 1)
    return len(pieces) > 1 and looks_like_unit(pieces[0])


_HELPER_VERB = re.compile(r"配\s*合|参\s*与|协\s*助|协\s*办")


def _last_helper(text: str, phrases: list[tuple[int, int]], told: bool) -> int:
    """The index of the last phrase helping the lead, -1 if none: after units told what to do
    (``told``) any helper's phrase (…，B配合); after a lead named units helping it (…，B、C配合 /
    …，B、C按职责分工负责)."""
    for q in range(len(phrases) - 1, 0, -1):
        qa, qb = phrases[q]
        if told:
            if _HELPER_PHRASE.match(text, qa, qb):
                return q
            continue
        if not (_HELPER_PHRASE.match(text, qa, qb) or _HELPING_TAIL.match(text, qa, qb)):
            if _named_part(text, qa, qb):
                return q
            continue
        ws = strip_ws(text[qa:qb])
        m = _INLINE_PHRASE.match(ws)
        units = split_units(ws, 0, 0, len(m.group("units"))) if m is not None else []
        if units and all_unit_like(ws, units):
            return q
    return -1


# units sharing the work by their duties, or by a principle quoted (按照“谁审批谁负责”原则 / 按照
# “属地管理”的原则), with nothing after it in their phrase
_BY_DUTY_CLOSE = re.compile(
    r"(?P<by>按\s*照?\s*(?:各\s*自\s*)?职\s*责(?:\s*分\s*工)?|按\s*照\s*“[^”“\n]{2,14}”\s*(?:的\s*)?原\s*则)\s*$"
)


def _by_duty_units(text: str, phrases: list[tuple[int, int]]) -> list[Unit] | None:
    """The units of the sentence's first phrase when it is a list of two or more units sharing the
    work by their duties (A、B按照职责分工 / A、B按照“谁审批谁负责”原则) and the next phrase is
    their action (…，推进扬尘污染治理 / …，严格把关); else None."""
    if len(phrases) < 2:
        return None
    (pa, pb), (qa, qb) = phrases[0], phrases[1]
    m = _BY_DUTY_CLOSE.search(text, pa, pb)
    if m is None or _ACTION_START.match(text, qa, qb) is None or not _goes_on_to_act(text, phrases, 1):
        return None
    units = _unit_list(text, _subject_start(text, _skip_ws(text, pa, m.start()), m.start()), m.start())
    return units if len(units) >= 2 and all_unit_like(text, units) else None


def _named_part(text: str, qa: int, qb: int) -> bool:
    """Whether ``text[qa:qb]`` gives named bodies of a place (or places: 各区政府) a part of the
    lead's task (市城管局负责渣土车辆监管 / 各区政府做好属地管理): after A牵头，督促… the others'
    shares, as B配合 is (A's own action between them was the clause's end: no clause at all)."""
    part = _part_object_cut(text, qa, qb)
    if part is None or part[1] not in ("负责", "做好"):
        return False
    units = split_units(text, 0, _subject_start(text, _skip_ws(text, qa, part[0]), part[0]), part[0])
    return bool(units) and all_unit_like(text, units) and all(_placed(u) for u in units)


# 本方案的具体解释工作由A承担 / 解释工作由A承办: who interprets the plan, no work of it
_INTERPRETED_BY = re.compile(r"解\s*释[^，,；;。]{0,8}由")


# the verbs of a group carrying the work out as written (not 负责落实 / 落实属地责任, read as 落实: a
# province's departments 按职责分工负责 beside the cities 负责落实 keep the first-listed convention)
_CARRIED_OUT_SO = frozenset({"具体落实", "具体实施"})


def _roles(
    parsed: list[tuple[str, list[Unit]]], settings: GrammarSettings, supervisors: list[Mention] | None, listed: bool,
    acted: set[int] | frozenset[int] = frozenset(),
) -> list[Mention]:
    """The mentions of a clause's phrases read as ``parsed`` (each phrase's verb and its units),
    each unit's role following from the verbs of all of them; the units checking the work
    (_UNDER_WATCH) go to ``supervisors``. ``listed``: the first phrase's units are a list without
    a verb of theirs (（A、B，C配合）); ``acted``: the phrases whose units open with their own action
    (A、B建立…机制), no duty word written."""
    has_lead = any(v.startswith("牵头") or v == "负责" for v, _ in parsed) or any(
        u.marker == "lead" for _, units in parsed for u in units
    )
    if any(v in _GUIDE_VERBS for v, _ in parsed):
        # A负责指导 beside a unit that leads or carries the task (B为责任主体 / B负责实施) is
        # guidance (support); with nobody else responsible, A is
        parsed = [(("指导" if has_lead else "负责") if v in _GUIDE_VERBS else v, us) for v, us in parsed]
        has_lead = has_lead or any(v == "负责" for v, _ in parsed)
    has_pin = any(v.startswith("牵头") for v, _ in parsed)
    # A、B、C负责，D配合: a supporting group set against the units before 负责 leaves the task to
    # them all, each a lead (was: A lead, B and C supporting beside D by the first-listed convention)
    # … and so does a group carrying it out, so written, after named bodies opening the sentence
    # with an action of their own (A、B建立…机制，C、D具体落实: what they set up, C and D carry
    # out). After a duty word (A、B负责，C具体实施 / A、B按职责分工负责督导，C具体实施) the list
    # answers for the task as one and keeps the first-listed convention: A leads, B and C support
    # (left27 read A and B as leads there too; the plans' golds read A alone)
    against = not has_pin and any(
        v in _INLINE_SUPPORT or (k > 0 and v in _CARRIED_OUT_SO and 0 in acted) for k, (v, _) in enumerate(parsed)
    )
    # A负责X，B、C负责Y: the task shared out in parts, each part's units named to answer for it;
    # they lead it together, as A leads X (was B by the first-listed convention, C supporting:
    # that convention reads one list answering for a whole task, （A、B负责） / 责任单位：A、B)
    parts = not has_pin and sum(v == "负责" for v, _ in parsed) >= 2
    mentions: list[Mention] = []
    first_done = False
    for k, (verb, units) in enumerate(parsed):
        if verb == _UNDER_WATCH:
            supervisors += [_watcher(u) for u in units]  # type: ignore[operator]
            continue
        # （A、B负责）: a list that is responsible together reads like （责任单位：A、B）
        shared = verb == "负责" and not has_pin and not parts and len(units) > 1 and all(u.marker is None for u in units)
        answer = against and len(units) > 1 and verb in _ANSWER_VERBS and not (listed and k == 0) and all(
            u.marker is None for u in units
        )
        for n, u in enumerate(units):
            if (verb in _EACH_LEADS and not has_pin) or answer:
                # （A、B分别负责）: each leads its own part, as 分别牵头; A、B共同负责: they lead
                # together, as 共同牵头 (was: A lead, B support by the first-listed convention);
                # A、B负责，C配合 (not （A、B，C配合）: a list without its verb, as 责任单位：A、B)
                role, basis = "lead", "explicit"
            elif shared and settings.first_listed_is_lead:
                role, basis = ("lead", "first_listed") if n == 0 else ("support", "explicit")
            elif u.marker == "support":
                role, basis = "support", "explicit"
            elif u.marker == "lead" or verb.startswith("牵头") or (verb == "负责" and not has_pin):
                role, basis = "lead", "explicit"
            elif verb in _INLINE_SUPPORT or has_lead or u.marker == "support":
                role, basis = "support", "explicit"
            elif settings.first_listed_is_lead and not first_done:
                # （A、B按职责分工负责）: no lead named, the plans' convention applies
                role, basis = "lead", "first_listed"
            else:
                role, basis = "support", "explicit"
            if verb not in _INLINE_SUPPORT:
                first_done = True
            mentions.append(_mention(u, role, basis))
    return mentions


# the actions units written before 共同 share (labels.JOINT_ACTIONS, as _INLINE_PHRASE reads them)
_JOINT_ACTIONS = frozenset(re.findall(r"[\u4e00-\u9fff]+", JOINT_ACTIONS))


# leaders (persons) and their part opening a sentence: 县长负责统一指挥 / 分管副县长牵头抓总 / 各级河长负责
_LEADER = r"(?:各级|县级|市级|区级|分管|主要|常务)?(?:[河湖林路田]长|领导|负责同志|主要负责人|副?[省市县区州镇乡]长|副?书记)"
_LEADERS_ACT = re.compile(
    rf"^{_LEADER}(?:[、和]{_LEADER})*(?:要|亲自)?(?:负总责|负责|牵头|统一指挥|挂帅|抓总|总负责)"
)


def _guides_places(text: str, pa: int, pb: int, parsed: list[tuple[str, list[Unit]]]) -> bool:
    """Whether phrase ``text[pa:pb]`` is named bodies guiding (负责指导) after phrases that gave
    the task to bodies or places of the plan (各乡镇要落实属地主体责任，县农业农村局负责指导)."""
    return bool(parsed) and _all_placed(parsed) and guided_by_named(text, pa, pb)
