"""``_read_inline``: the mentions of one label-less clause, read phrase by phrase.

Each phrase is units and a verb (``A牵头`` / ``B配合``), or one of the other wordings the sibling
modules read (a part given by 由, units told what to do, partners, supervisors); the roles
follow from the verbs of all the phrases together (``settle_roles``). Each phrase is read in turn
(``_read_phrase``: does it end the clause, what verb it has, whose units the verb is) into one
``_InlineRead``: what each phrase means depends on those read before it.

This module is the phrase loop and the steps that find a phrase's verb; the records it passes
are in ``phrase_state``, the reading of a phrase whose verb is found in ``verbed_phrase``, and the
roles settled once every phrase is read in ``settle_roles``.
"""

from __future__ import annotations

import re

from respgraph.grammar.inline.given import _given_action_cut, _part_given
from respgraph.grammar.inline.helpers import (
    _HELPER_PHRASE, _attitude_asked, _opens_with_units, _oversight_units, _yao_before_helpers, _yao_units,
)
from respgraph.grammar.inline.organising import _GUIDING, _organised_by_collective, _organises_cut, _over_collective_cut
from respgraph.grammar.inline.over import _governs_with_object, _over_named_work
from respgraph.grammar.inline.phrase_state import _END, _NEXT, _NO_CLAUSE, _PRINCIPLE, _FoundVerb, _InlineRead, _PhraseAt
from respgraph.grammar.inline.phrase_units import _LEADER_WORD, _partner_acts, _verb_in_units
from respgraph.grammar.inline.settle_roles import _settled
from respgraph.grammar.inline.verbed_phrase import _read_verbed
from respgraph.grammar.inline.verbs import _SUBMITTED, _TRIAL_SITE, _TRIAL_VERBS, _UNITS_AFTER, REPORTED_UP, TECHNICAL_HELP, members_convener
from respgraph.grammar.inline.walks import _first_phrase, _phrases
from respgraph.grammar.inline.watch import _UNDER_WATCH, _WATCH_VERBS, _watched
from respgraph.grammar.labels import (
    _DATE_PHRASE, _INLINE_PHRASE, _REPORTED, _REPORTED_LAST, _SCHEDULE_START, OTHER_LABEL_RE, GrammarSettings,
    subject_start, is_list_note,
)
from respgraph.grammar.placed_units import all_placed, placed
from respgraph.grammar.roles import (
    ACTION_START, _HUITONG, _UNDER, BY_DUTY_VERB, _goes_on_to_act, _governs, _guiding_units,
    _lead_and_support, part_object_cut, unit_list, _provider_units, units_before_action, _with_partners,
)
from respgraph.grammar.units import PROSE_START, Unit, all_unit_like, looks_like_unit, may_name_unit, skip_ws, split_units, strip_ws
from respgraph.records import Mention


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
    if m is not None and not bracketed and members_convener(text, pa, pb, m.group("verb")):
        return _NO_CLAUSE  # 联席会议由A、B组成，A为牵头单位。: who convenes it, no task's lead
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


# a case the work is given by 由 in (涉及交通组织的 / 需跨区域协调的 / 属于历史遗留问题的) and the part so given
_CASE_OF = re.compile(r"^[^，,；;。由]{2,30}的$")
_GIVEN_IN_CASE = re.compile(r"\s*(?:则|均|统一)?由[^，,；;。由]{2,40}?(?:牵\s*头|负\s*责)")


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
    if s.parsed and not bracketed and _CASE_OF.match(ws):
        # X由A负责办理；涉及交通组织的，由B负责审批: the case a second body is given its part of the work
        # (B was lost: the clause ended at the case, or was none); another case (…；违反规定擅自挖掘的，
        # 由B依法处罚: what befalls those who break the rule) ends the clause, A's part read (was none)
        return _NEXT if k + 1 < len(phrases) and _GIVEN_IN_CASE.match(text, phrases[k + 1][0], phrases[k + 1][1]) else _END
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
    if s.parsed and (PROSE_START.match(ws) or _SCHEDULE_START.match(ws) or ACTION_START.match(ws)) and (
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
            and (len(s.parsed[0][1]) > 1 or (_ITEM_OPENS.search(text, max(0, phrases[0][0] - 12), phrases[0][0]) and all_placed(s.parsed)))
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
    if m is not None and _verb_in_units(m.group("units")) and part_object_cut(text, pa, pb):
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
        after = units_before_action(text, hui.end(), pb)
        if after is not None:
            ub, units = after
            for u in units:
                u.marker = u.marker or "support"
            s.parsed.append(("配合", s.pending + units))
            s.pending = []
            if skip_ws(text, ub, pb) < pb:
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


# what _read_part and its steps read a phrase as: the match (units and a verb), whether it is weak, where
# its verb begins, whether it arranges (统筹安排), the verb as written (as _FoundVerb holds them)
_PartRead = tuple["re.Match | None", bool, int, bool, "str | None"]


def _read_part(
    s: _InlineRead, p: _PhraseAt, supervisors: list[Mention] | None, weak: bool, written: str | None,
) -> str | _PartRead:
    """A phrase of no verb of units read as a part (各乡镇负责本辖区工作 / 所需资金由县财政局保障 /
    县农业农村局组织各乡镇实施… / B要做好Y): the phrase matched as units and a verb, whether it is weak,
    where its verb begins, whether it arranges (统筹安排), the verb as written; or the step it tells the
    loop (在县委的统一领导下 / 由A牵头，各部门要高度重视 / 县委负责统一领导: a principle)."""
    text, phrases, k, pa, pb, ws, bracketed = p.text, p.phrases, p.k, p.pa, p.pb, p.ws, p.bracketed
    m = None
    unwritten = -1
    arranged = False
    if (part := part_object_cut(text, pa, pb)) is not None and not _over_named_work(text, pa, part) and not (
        # 资金由县财政局统筹安排，项目资金由B争取: a part given by 由, each part's units its lead
        # (read as a 统筹 over the work, the parts after it were its support)
        part[1] == "统筹" and _part_given(text, pa, pb) and _given_action_cut(text, pa, pb) is not None
    ):
        return _part_with_object(p, part, written)
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
        return _told_part(s, p, yao_units[0], written)
    elif (under := _UNDER.match(ws)) is not None:
        return _read_under(s, p, under, supervisors)
    return m, weak, unwritten, arranged, written


def _part_with_object(p: _PhraseAt, part: tuple[int, str, bool], written: str | None) -> str | _PartRead:
    """Phrase ``p`` read as units, a verb and their part of the task (``part``: where the object is
    cut, the verb, whether it is leadership): as ``_read_part`` returns it, or _PRINCIPLE."""
    text, pa, bracketed = p.text, p.pa, p.bracketed
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
    unwritten = cut if part_verb in (BY_DUTY_VERB, "分别负责") else -1
    return m, True, unwritten, part_verb == "统筹", written


def _told_part(s: _InlineRead, p: _PhraseAt, units_end: int, written: str | None) -> str | _PartRead:
    """Phrase ``p``, units told what to do (their list ending at ``units_end``) after a lead, read as
    their share of its task (B要… as B负责): as ``_read_part`` returns it, or the step when the
    phrase only asks an attitude."""
    text, phrases, k, pa = p.text, p.phrases, p.k, p.pa
    if (more := _attitude_asked(text, phrases, k, units_end)) is not None:
        # 由A牵头，各部门要高度重视: an attitude asked, no share of the task given; the
        # clause ends there, or goes on with the next unit's phrase
        if more:
            return _NEXT
        return _END
    m = _INLINE_PHRASE.match(strip_ws(text[pa:units_end]) + "负责")
    weak = not any(v.startswith("牵头") for v, _ in s.parsed)  # (a part, as A's)
    return m, weak, units_end, False, written


def _read_under(s: _InlineRead, p: _PhraseAt, under: re.Match, supervisors: list[Mention] | None) -> str:
    """Phrase ``p`` opening 在…下 (``under``): 在A的指导下，B负责…: A guides the unit that carries the
    task; 在县委的统一领导下 names no unit of the task. Always _NEXT."""
    if under.group("guide") and (units := _guiding_units(p.text, p.pa, p.pb)):
        # 在市政府督查室督导下，A牵头…: the 督查室 checks the work, it does none (a
        # phrase of the clause all the same, read as its supervisors at the end)
        watching = under.group("guide") == "督导" and supervisors is not None
        s.parsed.append((_UNDER_WATCH if watching else "指导", units))
    else:
        s.led = True
    return _NEXT


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
    if not bracketed and s.given and len(s.parsed) == 1 and not s.pending and all_placed(s.parsed) and _goes_on_to_act(text, phrases, k):
        # 由省统计局负责组织开展满意度调查，调查结果计入考核得分 / 由县住建局负责实施，确保按期完成:
        # the work given by 由 with its action to one named body, then more of that work or
        # its aim; the body leads it (was no clause: one phrase then an action read as prose)
        return _END
    return _NO_CLAUSE


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
    if m is None or ACTION_START.match(text, qa, qb) is None or not _goes_on_to_act(text, phrases, 1):
        return None
    units = unit_list(text, subject_start(text, skip_ws(text, pa, m.start()), m.start()), m.start())
    return units if len(units) >= 2 and all_unit_like(text, units) else None


def _named_part(text: str, qa: int, qb: int) -> bool:
    """Whether ``text[qa:qb]`` gives named bodies of a place (or places: 各区政府) a part of the
    lead's task (市城管局负责渣土车辆监管 / 各区政府做好属地管理): after A牵头，督促… the others'
    shares, as B配合 is (A's own action between them was the clause's end: no clause at all)."""
    part = part_object_cut(text, qa, qb)
    if part is None or part[1] not in ("负责", "做好"):
        return False
    units = split_units(text, 0, subject_start(text, skip_ws(text, qa, part[0]), part[0]), part[0])
    return bool(units) and all_unit_like(text, units) and all(placed(u) for u in units)


# leaders (persons) and their part opening a sentence: 县长负责统一指挥 / 分管副县长牵头抓总 / 各级河长负责
_LEADER = r"(?:各级|县级|市级|区级|分管|主要|常务)?(?:[河湖林路田]长|领导|负责同志|主要负责人|副?[省市县区州镇乡]长|副?书记)"
_LEADERS_ACT = re.compile(
    rf"^{_LEADER}(?:[、和]{_LEADER})*(?:要|亲自)?(?:负总责|负责|牵头|统一指挥|挂帅|抓总|总负责)"
)

