"""Label-less (inline) clauses: ``（A牵头，B、C配合）`` / ``。由A牵头，B参与。`` / ``（A负责）``.

When a bracket or sentence without a label assigns work to units, and what stays prose.
"""

from __future__ import annotations

import re

from respgraph.grammar.labelled import _watcher
from respgraph.grammar.labels import (
    GIVEN_ACTIONS,
    _PARTY_OR_GOVERNMENT,
    _BOUNDARY,
    _BY,
    _DATE_PHRASE,
    _INLINE_PHRASE,
    _ITEM_NUMBER,
    _OBJECT_CLOSES,
    _PARTNER_CLOSES,
    _REPORTED,
    _REPORTED_LAST,
    _SCHEDULE_START,
    _SEGMENT_STOP_BACK,
    _SUPERVISING,
    _SUPERVISOR_LABEL,
    _VERB_CLOSES_PHRASE,
    _WINDOW,
    INHERIT_RE,
    OTHER_LABEL_RE,
    GrammarSettings,
    _skip_ws,
    _sp,
    _subject_start,
    is_list_note,
)
from respgraph.grammar.roles import (
    BY_DUTY_VERB,
    _ACTION_START,
    _CLAUSE_VERB,
    _HUITONG,
    _UNDER,
    _all_placed,
    _goes_on_to_act,
    _governs,
    _guiding_units,
    _inherit_mentions,
    _lead_and_support,
    _mention,
    _part_object_cut,
    _placed,
    _provider_units,
    _top_level_cuts,
    _unit_list,
    _units_before_action,
    _with_partners,
    _yao_before,
    _manner_before,
)
from respgraph.grammar.units import (
    CLOSE,
    OPEN,
    PROSE_START,
    Unit,
    all_unit_like,
    is_collective,
    looks_like_unit,
    split_units,
    strip_ws,
)
from respgraph.records import Clause, Mention, Span


def _inline_clause(
    text: str, vs: int, ve: int, lo: int, hi: int, covered: int, settings: GrammarSettings
) -> tuple[Clause | None, int]:
    """``（A牵头，B配合）`` or ``。由A牵头，B参与。`` around the verb at ``vs``; None for narrative.

    Also returns where the next verb is worth a look: after a failure, the verbs up to the
    next bracket or sentence end would fail the same way.
    """
    # Cheap test first: the verb must close its phrase (负责人 does not), or a short object after
    # it (县委组织部负责制定培训计划，…)
    if not _VERB_CLOSES_PHRASE.match(text, ve, hi) and _skip_ws(text, ve, hi) < hi and not (
        (_PARTNER_CLOSES if text[vs] in "会联" else _OBJECT_CLOSES).match(text, ve, hi)
    ):
        return None, ve
    nb = _BOUNDARY.search(text, ve, hi)
    next_boundary = nb.start() if nb else hi
    floor = max(lo, covered, vs - _WINDOW)
    seg_start, bracketed, depth = _walk_back(text, floor, vs)
    if seg_start < 0:
        if floor == max(lo, covered) and depth == 0:
            seg_start = floor - 1  # the start of the range (or the end of a clause) starts a sentence
        else:
            return None, next_boundary
    seg_end, j, depth = _walk_forward(text, ve, min(hi, ve + _WINDOW), bracketed)
    unclosed = bracketed and seg_end >= 0 and text[seg_end] not in CLOSE
    if not bracketed and seg_end >= 0 and text[seg_end] in CLOSE and (seg_start < 0 or text[seg_start] not in _SEGMENT_STOP_BACK):
        return None, next_boundary  # the open was not lost: the walk back stopped at no sentence end
    if seg_end < 0:
        if j >= hi and (not bracketed or depth == 0):
            seg_end, unclosed = hi, bracketed
        else:
            return None, next_boundary
    if not bracketed and text.startswith("负主体责任", vs):
        return None, next_boundary  # 企业负主体责任。: a principle of the safeguards, not a clause
    body_lo = seg_start + 1
    if not bracketed and (number := _OPENING_NUMBER.match(text, _skip_ws(text, body_lo, seg_end), seg_end)) is not None:
        # 1.由县农业农村局负责完善…，县财政局配合。 / 三、县住建局牵头… / 一是A牵头…: an item written as
        # one sentence opens with its number, no part of its first unit (was no clause: 1.由县农业农村局)
        body_lo = number.end()
    # （A牵头，B按职责分工负责，以下均需各设区市人民政府落实，不再列出）: the marker is read apart
    markers = list(INHERIT_RE.finditer(text, body_lo, seg_end)) if text.find("以", body_lo, seg_end) >= 0 else []
    holes = [(im.start(), im.end()) for im in markers]
    supervisors: list[Mention] = []
    mentions = _read_inline(text, body_lo, seg_end, settings, holes, bracketed, supervisors)
    if mentions is None:
        return None, min(next_boundary, seg_end) if next_boundary > ve else ve
    c_start = seg_start if bracketed else _skip_ws(text, body_lo, seg_end)
    # a bracket's close is the clause's; unbracketed, the stray close of one whose open was lost
    closes = seg_end < len(text) and text[seg_end] in CLOSE
    c_end = seg_end + 1 if closes else seg_end
    if not mentions and not bracketed:
        supervisors = []  # those of a reading that failed
        tail = _tail_clause(text, body_lo, seg_end, vs, settings, supervisors)
        if tail is not None:
            (c_start, c_end), mentions = tail
            markers = [im for im in markers if c_start <= im.start() < c_end]
    if not mentions:
        return None, min(next_boundary, seg_end) if next_boundary > ve else ve
    inherit = _inherit_mentions(
        [(strip_ws(im.group("who")), im.start("who"), im.end("who")) for im in markers], mentions
    )
    problems = ["unbalanced bracket"] if unclosed else []
    clause = Clause(span=Span(c_start, c_end), raw=text[c_start:c_end], mentions=mentions, inherit=inherit, problems=problems,
                    supervisors=supervisors if mentions else [])
    return clause, c_end


# the number an item or a point opens with (1. / （三） / 三、 / ① / 一是 before a unit)
_OPENING_NUMBER = re.compile(_ITEM_NUMBER.pattern + r"|[一二三四五六七八九十]{1,3}\s*是(?=\s*[由省市县区州旗盟乡镇])")


# What the walks from a verb to its bracket's or sentence's ends look at (brackets, their depth,
# and the stops): found by the pattern in C, not by a loop over every character between
_BACK_CHARS = re.compile("[" + re.escape(OPEN + CLOSE + _SEGMENT_STOP_BACK) + "]")
_FORWARD_CHARS = re.compile("[" + re.escape(OPEN + CLOSE) + "\n。]")


def _walk_back(text: str, floor: int, vs: int) -> tuple[int, bool, int]:
    """Back from the verb at ``vs`` (no further than ``floor``) to the start of the enclosing
    bracket or sentence: (where it opens or -1, whether a bracket, the depth of brackets closed
    on the way and left open)."""
    depth = 0
    for m in reversed(list(_BACK_CHARS.finditer(text, floor, vs))):
        c = m.group()
        if c in CLOSE:
            depth += 1
        elif c in OPEN:
            if depth == 0:
                return m.start(), True, 0
            depth -= 1
        elif depth == 0:  # a sentence's end: 。！？ or a line's
            return m.start(), False, 0
    return -1, False, depth


def _walk_forward(text: str, ve: int, top: int, bracketed: bool) -> tuple[int, int, int]:
    """Forward from the verb ending at ``ve`` (to ``top`` at most) to the end of the bracket or
    sentence: (where it ends or -1, where the walk stopped, the depth of brackets left open)."""
    depth = 0
    for m in _FORWARD_CHARS.finditer(text, ve, top):
        c = m.group()
        if c in OPEN:
            depth += 1
        elif c in CLOSE:
            if depth == 0:
                # unbracketed, the close of a bracket whose open OCR lost (。A牵头，B配合）)
                # or that opened before the sentence (（一是…。由A牵头，B配合）)
                return m.start(), m.start(), 0
            depth -= 1
        elif depth == 0 and (c == "\n" or not bracketed):
            # a bracket the line leaves open (clean-up joins the lines of a clause broken
            # mid-way, so its close was lost: （A、B按职责分工负责 / 2.…) ends at the line end;
            # a bracket may hold sentences: （A、B按职责分工负责，C负责落实。以下均需C落实，不再列出）
            return m.start(), m.start(), 0
    return -1, max(ve, top), depth


_TAIL_CUTS = "，,；;：:"


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
    cuts = [(i, text[i]) for i in _top_level_cuts(text, a, b, _TAIL_CUTS) if i < vs or text[i] not in "：:"]
    if not cuts:
        return None
    # the part's end: the first ；after the verb, else the sentence end
    end = next((i for i, c in cuts if i > vs and c in "；;"), b)
    # candidate starts: after each ，/；/：before the verb, no further back than the last ；/：
    floor = max([i + 1 for i, c in cuts if i < vs and c in "；;：:"], default=a)
    for i in [i for i, _ in cuts if floor <= i + 1 and i < vs]:
        if _REPORTED.search(text, max(a, i - 6), i):
            return None  # 县长在会上指出，A要会同B… / 近日，A会同B…: said or done, not assigned
        watching: list[Mention] = []
        mentions = _read_inline(text, i + 1, end, settings, supervisors=watching)
        if mentions is None:
            return None  # a principle (县委统一领导，县政府具体负责): no later part of it is read
        if mentions:
            supervisors += watching
            lo = _skip_ws(text, i + 1, end)
            return (lo, end), mentions
    return None


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
    parsed: list[tuple[str, list[Unit]]] = []
    pending: list[Unit] = []  # （A牵头，B，C配合）: units written before the phrase whose verb they share
    with_object = 0  # phrases read as units, a verb and an object (各乡镇负责本辖区工作), or 要
    partnered_n = 0  # ... of them, those read as A会同B + action, B named (A and B share one action)
    given = False  # a phrase giving its object to a unit by 由 (该问题由县住建局负责整改)
    led = False  # 在县委的统一领导下 opened the sentence
    over = 0  # phrases whose only verb is 统筹 / 协调 / 抓总, outside a bracket and without 由
    shared_action = False  # A会同B，开展…: the next phrase is the action A and B share
    listed = False  # the first phrase's units are a list without a verb of theirs (（A、B，C配合）)
    then: list[Mention] = []  # a next step's units, after the approval the clause's work goes up for
    then_watch: list[Mention] = []  # ... and those checking it
    for k, (pa, pb) in enumerate(phrases):
        ws = strip_ws(text[pa:pb])
        if not ws:
            continue
        if not bracketed and ws[-1] in _REPORTED_LAST and _REPORTED.search(ws):
            return None  # 2022年以来，A会同B，… / 县长指出，…: what was done or said, no later part either
        if shared_action:
            # A会同B，培育一批高新技术企业: the phrase after the partners is their action
            if not _goes_on_to_act(text, phrases, k):
                return []
            break
        if parsed and _SUBMITTED.match(ws):
            # …制定具体办法，报市政府同意后实施 / …，报领导小组审定: what the units make goes up
            # for approval, the clause has ended (the whole clause was lost, 报市政府 no unit of it);
            # a next step given to named bodies after it is read as a clause of its own would be
            # (…，报县政府审定后，由县城管局负责组织实施: 县城管局 was lost inside the clause)
            if k + 1 < len(phrases):
                then = _read_inline(text, phrases[k + 1][0], b, settings, holes, bracketed, then_watch) or []
                then = then if all(not m.collective for m in then) else []
            break
        if parsed and (PROSE_START.match(ws) or _SCHEDULE_START.match(ws) or _ACTION_START.match(ws)) and (
            _lead_and_support(parsed) or (bracketed and not ws.startswith(_UNITS_AFTER))
        ):
            # 由A牵头，B配合，积极争取国家发展改革委支持 / …，开展校园周边环境整治: after a lead and
            # a support the clause has ended and the sentence goes on; in a bracket one unit's phrase is enough
            # (（A负责，积极争取住房城乡建设部支持）), unbracketed one phrase then an action
            # (A牵头组织，定期开展督导) stays prose; …，建立了联防联控机制: what was done, no clause
            if not _goes_on_to_act(text, phrases, k):
                return []
            break
        if not bracketed and (_governs(ws) or _governs_with_object(text, pa, pb, ws)):
            if parsed or not any("牵头" in text[qa:qb] for qa, qb in phrases[k + 1 :]):
                return None  # 县委负总责，县政府具体负责。: who leads the work, a principle
            # 由县政府统筹，县发改局牵头，县财政局配合: the government over the work opens a sentence
            # that names the task's lead after it; the lead and the others are read, it is not
            continue
        m = _INLINE_PHRASE.match(ws)
        if m is not None and _verb_in_units(m.group("units")) and _part_object_cut(text, pa, pb):
            # 县审计局负责审计监督 / 各县区按职责做好落实: the verb matched is in the object (read below)
            m = None
        elif m is not None and not looks_like_unit(m.group("units")) and _given_action_cut(text, pa, pb) is not None:
            # 由县水利局提供技术指导: the verb matched (指导) is in the object of the given action
            m = None
        elif m is not None and m.group("verb").endswith(("落实", "推进")) and _partner_acts(m.group("units")) and _with_partners(
            text, pa, pb, phrases[k + 1] if k + 1 < len(phrases) else None
        ) is not None:
            # 县财政局会同县税务局做好减税降费政策落实: the object ends as a verb does, the partner
            # wording is read below (was no clause: 县税务局做好减税降费政策 as a unit)
            m = None
        weak, unwritten = False, -1  # unwritten: where a part's verb written otherwise (按职责做好…) begins
        arranged = False  # 统筹 with what it arranges (县财政局统筹安排专项资金): a part, not a bare 统筹
        written = None  # the verb as the text writes it, when the phrase is read as another
        if not bracketed and parsed and parsed[-1][0] in _GUIDING and _organised_by_collective(text, pa, pb):
            return []  # 由县农业农村局指导，各乡镇组织实施: how work is shared, as A负责指导，各乡镇负责组织实施
        if parsed and parsed[-1][0] in _GUIDING and (cut := _organises_cut(text, pa, pb)) is not None:
            # 由县人社局指导，县文旅局组织开展导游技能培训: the named body organising the work after
            # the unit guiding it leads, as B负责组织开展… does (was no clause)
            m = _INLINE_PHRASE.match(strip_ws(text[pa:cut]) + "负责")
            weak, unwritten = True, cut
        if (not m or m.group("verb") in _WATCH_VERBS) and (watched := _watched(text, pa, pb, bool(parsed))) is not None:
            # （A牵头，B配合；督办单位：C） / A为牵头单位，…，C为督办单位: C supervises
            if supervisors is not None:
                supervisors += watched
            continue
        if not m:
            if _DATE_PHRASE.match(ws) or OTHER_LABEL_RE.match(ws) or is_list_note(ws):
                # （2024年6月底前，A牵头，B配合） / （A牵头，2025年底前完成） / （A牵头，B配合，
                # 完成时限：…） / （A负责；责任领导：…） / （A牵头，B配合，下同）
                continue
            if parsed and (hui := _HUITONG.match(text, pa, pb)) is not None:
                # 由A牵头，会同B等部门制定实施方案: B works with the lead; the action after the
                # units ends the clause
                after = _units_before_action(text, hui.end(), pb)
                if after is not None:
                    ub, units = after
                    for u in units:
                        u.marker = u.marker or "support"
                    parsed.append(("配合", pending + units))
                    pending = []
                    if _skip_ws(text, ub, pb) < pb:
                        break
                    continue
            if parsed and (providers := _provider_units(text, pa, pb)):
                # 由A负责，B做好资金保障 / （A牵头，B保障资金）: B supports with the means
                for u in providers:
                    u.marker = u.marker or "support"
                parsed.append(("配合", pending + providers))
                pending = []
                continue
            if (found := _with_partners(text, pa, pb, phrases[k + 1] if k + 1 < len(phrases) else None)) is not None:
                # 县住建局会同县自然资源局开展专项整治: A leads, B works with it; outside a
                # bracket a part stated as the others are (named bodies of a place, or a
                # collective working with one)
                partnered, shared_action = found
                parsed += partnered
                with_object += len(partnered)
                if not any(u.collective for _, units in partnered for u in units):
                    partnered_n += len(partnered)
                continue
            if (part := _part_object_cut(text, pa, pb)) is not None and not _over_named_work(text, pa, part) and not (
                # 资金由县财政局统筹安排，项目资金由B争取: a part given by 由, each part's units its lead
                # (read as a 统筹 over the work, the parts after it were its support)
                part[1] == "统筹" and _part_given(text, pa, pb) and _given_action_cut(text, pa, pb) is not None
            ):
                # （A牵头，各乡镇负责本辖区工作）: read as （A牵头，各乡镇负责） — the object is
                # their part of the task (_find_verb_end takes the verb before it)
                cut, part_verb, leadership = part
                if leadership and not bracketed:
                    return None  # 县委负责统一领导，县政府负责组织实施: the safeguards' principle
                if part_verb in ("做好", "督促"):
                    # 县水利局做好水资源论证工作: the unit's part, as 县水利局负责水资源论证
                    # (县住建局督促施工单位…: as 县住建局负责督促施工单位…)
                    written, part_verb = part_verb, "负责"
                m = _INLINE_PHRASE.match(strip_ws(text[pa:cut]) + part_verb)
                weak, unwritten = True, cut if part_verb == BY_DUTY_VERB else -1
                arranged = part_verb == "统筹"
            elif (cut := _given_action_cut(text, pa, pb)) is not None:
                # 人口数据由县公安局提供 / 所需资金由县财政局保障: the work given by 由 to the units,
                # an action of theirs closing the phrase, as 由A负责提供 (was no clause: of
                # X由A提供；Y由B负责 only the last part was read)
                m = _INLINE_PHRASE.match(strip_ws(text[pa:cut]) + "负责")
                weak, unwritten = True, cut
            elif not parsed and not bracketed and (cut := _yao_before_helpers(text, phrases, k)) is not None:
                # 县商务局要立即开展专项检查，县市场监管局配合。: the unit told what to do leads, those
                # helping it support (was the helpers alone: the lead lost)
                m = _INLINE_PHRASE.match(strip_ws(text[pa:cut]) + "负责")
                weak, unwritten = True, cut
            elif over < len(parsed) and any(v.startswith("牵头") for v, _ in parsed) and (yao_units := _yao_units(text, pa, pb)) is not None:
                # A牵头编制总体规划，县直各部门要制定专项规划: after the lead, the units told what
                # to do carry their share of its task (were no clause: the lead lost), as 负责 would;
                # not after a bare 统筹 (A要加强统筹，各部门要提高认识: how work goes)
                m = _INLINE_PHRASE.match(strip_ws(text[pa : yao_units[0]]) + "负责")
                unwritten = yao_units[0]
            elif (under := _UNDER.match(ws)) is not None:
                # 在A的指导下，B负责…: A guides the unit that carries the task; 在县委的统一领导下
                # names no unit of the task
                if under.group("guide") and (units := _guiding_units(text, pa, pb)):
                    # 在市政府督查室督导下，A牵头…: the 督查室 checks the work, it does none (a
                    # phrase of the clause all the same, read as its supervisors at the end)
                    watching = under.group("guide") == "督导" and supervisors is not None
                    parsed.append((_UNDER_WATCH if watching else "指导", units))
                else:
                    led = True
                continue
        if not m:
            # a bracket may open with units and no verb (（A、B，C配合））: they wait for the next verb
            alone = split_units(text, 0, pa, pb) if parsed or bracketed else []
            if alone and all_unit_like(text, alone):
                pending += alone
                continue
            if _lead_and_support(parsed) and not pending and with_object == partnered_n and _goes_on_to_act(text, phrases, k):
                # …，谋划储备一批重大项目: after a lead and a support, the action they share; after
                # A会同B开展检查 its further action, whatever verb opens it (…，分析研判风险 / …，了解
                # 情况: the whole clause was lost); not after phrases that each stated a part
                # (A负责…，B负责…，形成工作合力), nor after A working with whoever is concerned, a
                # way of working (A要会同有关部门加强统筹协调，重大情况及时报告)
                break
            return []
        verb = m.group("verb")
        written = written or verb
        if verb == "负责监管" and _part_given(text, pa, pb):
            verb = "负责"  # 数据安全由市委网信办负责监管: the part named before 由 is the unit's to answer for
        if not bracketed and verb in _BRACKET_ONLY_VERBS and not (verb in _LEAD_BY and _BY.match(text, _skip_ws(text, pa, pb), pb)) and not (
            verb in _SHARE_VERBS and not over and any(v.startswith("牵头") for v, _ in parsed)
        ) and not (verb == "负责指导" and _carried_after(text, phrases, k)):
            # 各乡镇为责任主体，县农业农村局负责指导。 in the safeguards: a principle; after a
            # lead (A牵头…，B、C各负其责) the others' share of its task, as in a bracket; before a
            # named body carrying the task (A负责指导，B负责组织开展培训) A guides B's work
            return []
        if not bracketed and written in _OVER and not arranged and not _BY.match(text, _skip_ws(text, pa, pb), pb):
            over += 1  # 县发改局统筹推进。 / 各县区协调推进。 alone say how work goes, no assignment
        if verb in ("负主体责任", "负属地责任"):
            verb = "负责"
        own_part = parsed and _part_given(text, pa, pb)  # (…；应急水源由县水利局负责落实: its own part)
        if verb == "负责" and m.group("then") in _CARRY_OUT and parsed and not own_part:
            verb = "落实"  # …A、B按职责分工负责，各设区市人民政府负责落实: they carry it out locally
        # Map the units part back onto the text: it starts after an optional (具体)由.
        ua = _subject_start(text, _skip_ws(text, pa, pb), pb)
        if verb == "为主" and text.startswith("以", ua):
            ua += 1  # 以A为主，B配合: A leads
        ub = unwritten if unwritten >= 0 else _find_verb_end(text, ua, pb, written)
        if ub is None:
            return []
        manner = _manner_before(text, ua, ub)
        if manner >= 0:
            ub = manner  # 各地区结合实际推进落实: the units end before how they carry it out
        yao = _yao_before(text, ua, ub)
        if yao >= 0:
            # 县城管局要积极配合: what the unit is to do, as a part with an object; after a phrase
            # of named bodies of a place (A负责X，各有关部门要积极配合) the help it gives, as
            # 积极配合 is (企业要…，各有关部门要积极配合 / 牵头单位要…，责任单位要密切配合 stay statements)
            ub, weak = yao, not (parsed and _MANNER_VERBS.get(verb, verb) in _INLINE_SUPPORT and _all_placed(parsed))
        if verb.startswith("为"):  # A为牵头单位，B为配合单位 / A为责任主体
            lead = "牵头" in verb or "第一" in verb or "主要" in verb or verb == "为主"  # A为第一责任单位 / (以)A为主
            verb = "牵头" if lead else "负责" if ("责任" in verb or "主体" in verb) else "配合"
        elif verb in ("承办", "具体承办"):  # A承办，B协办 / A负责，B具体承办 (B carries it out)
            verb = "负责" if verb == "承办" else "具体落实"
        if verb in ("负总责", "统筹", "统筹协调", "统筹推进", "牵头抓总", "负责牵头", "主办", "主责", "负责统筹", "主抓", "双牵头", "抓总", "协调"):
            # overall responsibility, coordination: the lead, as 牵头 (only beside a clause verb)
            verb = "牵头"
        elif verb in ("各负其责", "各司其职", "联合开展", "联合实施", "做好相关工作", "做好有关工作"):
            verb = "按职责分工负责"  # …，B、C各负其责: their share, as 按职责分工负责
        elif verb in _MANNER_VERBS:
            verb = _MANNER_VERBS[verb]  # 积极配合 / 做好督导 / 配合做好相关工作: as 配合 / 督导
        hui = text.find("会同", ua, ub)
        if hui == ua:
            # …A牵头，会同B、C共同推进: B and C work with the lead
            units = split_units(text, 0, ua + 2, ub)
            for u in units:
                u.marker = u.marker or "support"
        elif hui > ua:
            # A会同B负责: A leads, B works with it
            units = split_units(text, 0, ua, hui) + split_units(text, 0, hui + 2, ub)
            k = len(split_units(text, 0, ua, hui))
            for n, u in enumerate(units):
                u.marker = u.marker or ("lead" if n < k else "support")
        elif (between := _units_around_coordinate(text, ua, ub)) is not None:
            units = between  # A协调B配合实施: A brings B in, both do the phrase's part
        elif (over_them := _units_over_collective(text, ua, ub, first=not parsed)) is not None:
            units = over_them  # 县政府督促各乡镇抓好落实: A sees to it, the places carry it out
        else:
            units = split_units(text, 0, ua, ub)
        if not units or not all_unit_like(text, units):
            if _LEADER_NAMED.search(strip_ws(text[ua:ub])):
                continue  # （省政府副省长王某某牵头，A具体负责）: the leader answering for it is no unit
            if parsed and _PEOPLE.search(strip_ws(text[ua:ub])):
                continue  # …，县农业农村局驻镇农技人员给予技术支持: people helping, after the units, are none
            return []
        if verb == "负责" and parsed and not with_object and not own_part and all(u.collective for u in units) and _named_responsible(parsed):
            # （A、B按职责分工负责，各省级人民政府负责属地风险处置） / （A负责，各市州人民政府负责组织
            # 实施）: the localities carry out what the named units answer for, as 负责落实 (was: they
            # led the task and A, B only supported it); after units that each took a part of it
            # (县发改局负责项目谋划；…；各乡镇负责征地拆迁) theirs is a part too, and they lead it,
            # as when the part is named before 由 (县城区域由县城管局负责；乡镇区域由各乡镇负责)
            verb = "落实"
        if pending and not parsed and (verb in _INLINE_SUPPORT or verb.startswith("牵头")):
            # （A、B，C配合）: the units before the first verb are the responsible ones (as
            # 责任单位：A、B；配合单位：C), not more supporters; （A、B，C牵头）: C leads them
            parsed.append(("负责" if verb in _INLINE_SUPPORT else "配合", pending))
            listed = verb in _INLINE_SUPPORT
            pending = []
        parsed.append((verb, pending + units))
        pending = []
        with_object += weak
        given = given or (weak and verb in ("负责", "牵头", "牵头负责", "负责牵头") and _BY.match(text, _skip_ws(text, pa, pb), pb) is not None
                          and _EXPLAINS.search(text, pa, pb) is None)
    if pending and bracketed and parsed and all(v.startswith("牵头") for v, _ in parsed):
        # （A牵头，B、C） / （A牵头，区直有关部门）: the units after the lead, no verb of their own,
        # work with it (was: no clause, the lead lost)
        parsed.append(("配合", pending))
        pending = []
    if not parsed or pending or over == len(parsed):
        return []
    if led and len(parsed) == 1 and not bracketed:
        return None  # 在县委的统一领导下，县政府负责组织实施。: who leads whom, a principle
    if not bracketed and all(_UNNAMED.fullmatch(u.text) for _, units in parsed for u in units):
        return []  # 各地负责组织发动，各级负责具体实施。: how work is shared, nobody named
    if not bracketed and with_object == len(parsed) and not (given and _all_placed(parsed)) and not (_parts_shared(parsed) and _all_placed(parsed)):
        # outside a bracket, 县财政局负责资金保障。 alone states a duty, as prose does; beside
        # another phrase (…，县应急局配合。) it is the clause's lead. Phrases that all state parts
        # assign them when every unit is a named body of a place (县发改局负责项目申报，县财政局
        # 负责资金拨付。); 企业负责…，监管部门负责… states the principle of who does what. Given by
        # 由 to a named body of a place (该问题由县住建局负责整改。) the work is assigned to it
        return []
    if supervisors is not None and any(v in _WATCH_VERBS for v, _ in parsed) and not all(
        v in _WATCH_VERBS or v == _UNDER_WATCH for v, _ in parsed
    ):
        # （A牵头，B配合，C督导） / （A负责，C监督）: C checks the work the others do, as a 督导单位
        # does (no support, no workload); alone (（C负责督导）) the checking is the task, C its unit
        parsed = [(_UNDER_WATCH if v in _WATCH_VERBS else v, us) for v, us in parsed]
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
    against = not has_pin and any(v in _INLINE_SUPPORT for v, _ in parsed)
    mentions: list[Mention] = []
    first_done = False
    for k, (verb, units) in enumerate(parsed):
        if verb == _UNDER_WATCH:
            supervisors += [_watcher(u) for u in units]  # type: ignore[operator]
            continue
        # （A、B负责）: a list that is responsible together reads like （责任单位：A、B）
        shared = verb == "负责" and not has_pin and len(units) > 1 and all(u.marker is None for u in units)
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
    if then:
        mentions += [m for m in then if all(m.text != x.text for x in mentions)]
        if supervisors is not None:
            supervisors += then_watch
    return mentions


# The action closing a phrase that gives work by 由 (X由A提供 / 由A统一调配 / 由A组织实施): a verb of
# providing, carrying out or managing (labels.GIVEN_ACTIONS), with a short object at most
_GIVEN_ACTION = re.compile(
    r"(?:统一|具体|统筹|集中|分别|共同|及时)?(?:" + "|".join(GIVEN_ACTIONS) + r")[^，,；;。：:\s（(）)]{0,12}$"
)


# what names no part of the work before 由: the article's number, a reference to the task as a
# whole (此项工作 / 上述任务) and the adverbs before 由 (具体由A负责 / 均由A负责)
_NO_PART_BEFORE_BY = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇\d]{1,4}条)?(?:(?:此项|该项|这项|上述|以上|相关|具体|各项)(?:工作|任务|项目|工程|事项))?"
    r"(?:具体|均|分别|统一|主要|并|仍|另)*由$"
)


def _part_given(text: str, pa: int, pb: int) -> bool:
    """Whether ``text[pa:pb]`` names a part of the work before the 由 giving it to its units
    (``乡镇区域由各乡镇人民政府负责`` / ``应急水源由县水利局负责落实``), not 由 alone (``具体由A负责``)."""
    a = _skip_ws(text, pa, pb)
    by = _BY.match(text, a, pb)
    return by is not None and _NO_PART_BEFORE_BY.match(strip_ws(text[a : by.end()])) is None


def _given_action_cut(text: str, pa: int, pb: int) -> int | None:
    """Where the action begins when ``text[pa:pb]`` gives work by 由 to named units and closes with
    their action (``人口数据由县公安局提供`` / ``应急车辆由县交通运输局统一调配``); None otherwise.
    (Given to a named body of a place only: the caller's ``given`` check.)"""
    by = _BY.match(text, _skip_ws(text, pa, pb), pb)
    if by is None or _EXPLAINS.search(text, pa, pb):
        return None  # (本办法由A解释: the rule's own note)
    found = _units_before_action(text, _skip_ws(text, by.end(), pb), pb)
    if found is None:
        return None
    cut = _skip_ws(text, found[0], pb)
    if cut >= pb or not _GIVEN_ACTION.match(action := strip_ws(text[cut:pb])):
        return None
    if action.startswith("统筹") and all(_PARTY_OR_GOVERNMENT.match(u.text) for u in found[1]):
        return None  # 由市政府统筹安排资金: the government over the work, a principle (县委统筹)
    return cut


# the verbs of a unit guiding the work another carries (由A指导 / A负责指导 / A业务指导)
_GUIDING = frozenset({"指导", "负责指导", "业务指导"})
_ORGANISES = re.compile(r"组\s*织\s*(?:开\s*展|实\s*施|落\s*实)")


def _organises_cut(text: str, a: int, b: int) -> int | None:
    """Where 组织开展 / 组织实施 / 组织落实 begins when ``text[a:b]`` is named bodies of a place
    organising the work (``县文旅局组织开展导游技能培训``), not a collective (``各乡镇组织实施``)
    nor a name holding 组织 (``县委组织部组织开展…``: the second is the verb); None otherwise."""
    ua = _subject_start(text, _skip_ws(text, a, b), b)
    for m in _ORGANISES.finditer(text, ua + 2, b):
        units = _unit_list(text, ua, m.start())
        if units:
            return m.start() if all(_placed(u) and not u.collective for u in units) else None
    return None


def _organised_by_collective(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is a collective organising the work (``各乡镇组织实施``)."""
    ua = _subject_start(text, _skip_ws(text, a, b), b)
    m = _ORGANISES.search(text, ua + 2, b)
    units = _unit_list(text, ua, m.start()) if m else []
    return bool(units) and all(u.collective for u in units)


def _over_named_work(text: str, pa: int, part: tuple[int, str, bool]) -> bool:
    """Whether a 统筹 part is given by 由 over items the phrase names first (第1项至第3项工作由A统筹
    调度，本项工作由B负责: A is over other items, no unit of this one; 资金由A统筹安排 is A's)."""
    if part[1] != "统筹":
        return False
    by = text.find("由", pa, part[0])
    return by > pa and _OTHER_ITEMS.search(text, pa, by) is not None


_OTHER_ITEMS = re.compile(r"第\s*[\d一二三四五六七八九十]+\s*[项条点]")


def _governs_with_object(text: str, pa: int, pb: int, ws: str) -> bool:
    """Whether the phrase is a party committee or government over the work with what it arranges
    (县委统筹安排，县政府具体负责 / 县政府统筹安排专项资金，县发改局牵头…), as 县委统筹 is."""
    if "统筹" not in ws:
        return False
    part = _part_object_cut(text, pa, pb)
    return part is not None and part[1] == "统筹" and _governs(strip_ws(text[pa : part[0]]) + "统筹")


def _carried_after(text: str, phrases: list[tuple[int, int]], k: int) -> bool:
    """Whether the phrase after the ``k``-th gives its part to named bodies of a place
    (``…，县文旅局负责组织开展导游培训`` / ``…，县文旅局组织开展导游培训``), not to a collective
    (``…，各乡镇负责组织实施``)."""
    if k + 1 >= len(phrases):
        return False
    qa, qb = phrases[k + 1]
    if _organises_cut(text, qa, qb) is not None:
        return True
    part = _part_object_cut(text, qa, qb)
    if part is None or part[1] != "负责":
        return False
    units = split_units(text, 0, _subject_start(text, _skip_ws(text, qa, qb), qb), part[0])
    return bool(units) and all(_placed(u) and not u.collective for u in units)


# A phrase's units and what they are to do (县商务局要立即开展…; not 要求 / 要点 / 要素 / 要件), and
# a later phrase helping them (…，县市场监管局配合 / 协助 / 参与), or helping with a short object of
# its own (…，县市场监管局配合做好执法检查 / 协助开展排查), as A负责X，B配合做好Y reads
_YAO_ACTION = re.compile(r"\s*要(?!求|点|素|件)\s*[\u4e00-\u9fff]")
_HELPER_PHRASE = re.compile(
    r".*(?:配\s*合|协\s*助|参\s*与)(?:\s*(?:做\s*好|开\s*展|抓\s*好)[^，,；;。：:（(）)\n]{2,16})?\s*$"
)


def _yao_units(text: str, pa: int, pb: int) -> tuple[int, list[Unit]] | None:
    """(where 要 stands, the units before it) when ``text[pa:pb]`` reads ``A要`` + action, A a list
    of units; else None."""
    y = text.find("要", pa, pb)
    if y < 0 or not _YAO_ACTION.match(text, y, pb):
        return None
    units = _unit_list(text, _subject_start(text, _skip_ws(text, pa, y), y), y)
    return (y, units) if units else None


def _yao_before_helpers(text: str, phrases: list[tuple[int, int]], k: int) -> int | None:
    """Where 要 (or the action) stands in phrase ``k`` when it reads ``A要`` + action, or A +
    action opening the sentence (县财政局及时拨付资金), A a list of named units (no collective),
    and a later phrase ends with 配合 / 协助 / 参与; else None."""
    if not any(_HELPER_PHRASE.match(text, qa, qb) for qa, qb in phrases[k + 1 :]):
        return None
    pa, pb = phrases[k]
    y = text.find("要", pa, pb)
    if y < 0 or not _YAO_ACTION.match(text, y, pb):
        return _action_after_units(text, pa, pb)
    found = _yao_units(text, pa, pb)
    return found[0] if found and not any(u.collective for u in found[1]) else None


# what may not follow the units a sentence opens with for the rest to be their action: a
# possessive, a list going on, a place or time (县财政局的资金 / 县财政局和… / 县财政局在…)
_NO_ACTION = re.compile(r"\s*(?:[的和与、等在于对为是已被从向]|及(?!时)|牵头|负责|配合|协助|参与|会同|$)")


# how promptly or how often the units act, opening their action (及时拨付 / 定期开展 / 尽快完成)
_TIMELY = re.compile(r"\s*(?:及时|定期|按时|按期|尽快|限期|同步|逐步|全力|大力|主动|广泛|分批|每[年季月周])")
# a lead-in naming the basis of the work, not its doer (依据省厅工作安排，… / 根据市局部署，…)
_LEAD_IN = re.compile(r"(?:依据|根据|按照|遵照|对照|参照|围绕|结合|通过|针对|为了?|在|经|对|向|与|由于)")


def _action_after_units(text: str, pa: int, pb: int) -> int | None:
    """Where the action begins when phrase ``text[pa:pb]`` opens with named units of a place (no
    collective) and goes on with what they do (县财政局及时拨付资金); else None."""
    a = _skip_ws(text, pa, pb)
    if a >= pb or text[a] in OPEN or _LEAD_IN.match(text, a, pb):
        return None
    found = _units_before_action(text, a, pb)
    if found is None:
        return None
    end, units = found
    if end - a < 3 or pb - end < 2 or _NO_ACTION.match(text, end, pb):
        return None
    if not (_ACTION_START.match(text, end, pb) or _TIMELY.match(text, end, pb)):
        return None  # (县政府常务会 / 议研究决定: a name cut inside a word is no doer)
    if any(u.collective or not _placed(u) for u in units):
        return None
    return end


# The characters _phrases acts on (brackets, the stops between phrases): it looks at these alone,
# found by the pattern in C, not at every character of the clause
_PHRASE_CHARS = re.compile("[" + re.escape(OPEN + CLOSE) + "，,；;。、 ]")


def _phrases(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """``text[a:b]`` split into phrases at depth-0 ，；。, and at 、 right after a verb (A牵头、B配合)."""
    phrases: list[tuple[int, int]] = []
    depth = 0
    p = a
    for m in _PHRASE_CHARS.finditer(text, a, b):
        c = m.group()
        if c in OPEN:
            depth += 1
        elif c in CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            i = m.start()
            # A牵头、B配合 / A牵头 B配合 (a blank the clean-up kept after the verb)
            if c in "，,；;。" or text[max(a, i - 2) : i] in _PHRASE_END_VERBS or text[max(a, i - 4) : i] in _PHRASE_END_LONG:
                phrases.append((p, i))
                p = i + 1
    phrases.append((p, b))
    return phrases


def _named_responsible(parsed: list[tuple[str, list[Unit]]]) -> bool:
    """Whether a phrase read so far makes named units (not collectives) answer for the task:
    牵头, 负责, 按职责分工负责 — not 配合 / 指导 (A负责指导，各市州人民政府负责: they lead)."""
    return any(
        v not in _INLINE_SUPPORT and v not in _GUIDE_VERBS and v != _UNDER_WATCH and any(not u.collective for u in us)
        for v, us in parsed
    )


def _parts_shared(parsed: list[tuple[str, list[Unit]]]) -> bool:
    """Whether the phrases share the task out among units: two phrases or more (A负责X，B负责Y),
    or one naming two units or more with 分别 (A、B分别负责X和Y, each its part)."""
    return len(parsed) >= 2 or any(v == "分别负责" and len(us) >= 2 for v, us in parsed)


def _units_around_coordinate(text: str, a: int, b: int) -> list | None:
    """The units of ``text[a:b]`` written ``A协调B`` (市通信发展管理办公室协调各通信运营企业 of
    …配合实施: a verb between units, read into one name before), both lists looking like units; else None."""
    k = text.find("协调", a, b)
    if k <= a:
        return None
    units = split_units(text, 0, a, k) + split_units(text, 0, k + 2, b)
    if len(units) < 2 or not all(looks_like_unit(u.text) for u in units):
        return None
    return units


# A named body's verb over the places that do the work (县政府督促各乡镇抓好落实 / （县农业农村局组织
# 各乡镇抓好落实） / 市教育局指导各县区抓好落实)
_OVER_COLLECTIVE = re.compile(r"督\s*促\s*指\s*导|指\s*导\s*督\s*促|督\s*促|指\s*导|组\s*织|推\s*动")


def _units_over_collective(text: str, a: int, b: int, first: bool) -> list | None:
    """The units of ``text[a:b]`` written ``A督促各乡镇`` (of 县政府督促各乡镇抓好落实: read as one
    name before): A, a named body, sees to the work the collective after its verb carries out,
    as 负责落实 does (support). A leads when its phrase opens the clause; after a lead's phrase
    (A负责，B督促各乡镇抓好落实) it works with that lead. None when the text is not so written."""
    for m in _OVER_COLLECTIVE.finditer(text, a + 1, b):  # (the verb's words in a name: 县委组织部督促各乡镇)
        over, them = split_units(text, 0, a, m.start()), split_units(text, 0, m.end(), b)
        if over and them and all(looks_like_unit(u.text) and not u.collective for u in over) and all(
            u.collective for u in them
        ):
            for u in over:
                u.marker = u.marker or ("lead" if first else None)
            for u in them:
                u.marker = u.marker or "support"
            return over + them
    return None


# Collectives that name no body, level or place (各地 / 各级 / 各方 / 各部门 / 有关单位 /
# 各地各部门): a sentence naming only them states how work is shared, as prose does; in a
# bracket after a task they are its units all the same
_UNNAMED = re.compile(r"(?:各\s*(?:地区?|级|方|部门|单位|(?:有关|相关|责任|成员)\s*(?:部门|单位))|(?:有关|相关)\s*(?:部门|单位))+")

# C为督办单位 / C督办 / C负责跟踪督办, a phrase beside those of the units doing the work
_UNDER_WATCH = "在…督导下"  # the phrase of 在A督导下 among a clause's phrases: A supervises
# (督查 / 全程监督 / 跟踪督导 as 督办)
_AS_SUPERVISOR = re.compile(
    r"(?:为\s*" + _SUPERVISING + r"|(?:负\s*责\s*)?(?:(?:跟\s*踪|全\s*程)\s*)?(?:督\s*办|督\s*查|督\s*导|监\s*督))\s*$"
)
_SUPERVISOR_FIELD = re.compile(r"\s*" + _SUPERVISOR_LABEL)


def _watched(text: str, a: int, b: int, after_units: bool) -> list[Mention] | None:
    """The bodies of a phrase naming who supervises (督办单位：C、D, or after the phrases of the
    units doing the work C为督办单位 / C督办), else None."""
    field = _SUPERVISOR_FIELD.match(text, a, b)
    if field is not None:
        lo, hi = field.end(), b
    elif after_units and (m := _AS_SUPERVISOR.search(text, a, b)) is not None:
        lo, hi = a, m.start()
    else:
        return None
    units = split_units(text, 0, lo, hi)
    if not units or not all(looks_like_unit(u.text) for u in units):
        return None
    return [_watcher(u) for u in units]


# A leader named by title and name: 省政府副省长王某某 / 市委常委、副市长李XX / 县长张三同志
# staff, not bodies: 驻镇农技人员 / 包村干部 / 驻村工作队员 / 网格员
_PEOPLE = re.compile(r"(?:人员|干部|队员|网格员|联络员|志愿者|专家)$")
_LEADER_NAMED = re.compile(r"(?:省长|市长|县长|区长|州长|书记|秘书长|常委|主任|主席)[\u4e00-\u9fff某XＸ×*＊]{2,4}$")
# PROSE_START words that open a phrase of units after the lead's (A牵头，会同B推进 / A牵头，配合…)
_UNITS_AFTER = ("会同", "配合")
# 指导/支持 (A负责，B指导): only beside a unit that carries a clause verb; alone they are prose
_INLINE_SUPPORT = {"配合", "参与", "参加", "协助", "协办", "协同", "指导", "支持", "监督", "督导"}
# 负责落实 / 负责具体落实 after another unit's phrase: carrying the task out locally (support)
_CARRY_OUT = {"落实", "具体落实", "抓好落实", "组织落实"}
_PHRASE_END_VERBS = {"牵头", "负责", "配合", "参与", "参加", "协助", "协办", "协同", "落实"}
_PHRASE_END_LONG = {"牵头组织", "牵头抓总", "负责统筹"}  # A牵头组织、B配合
_GUIDE_VERBS = {"负责指导", "负责督导", "负责监管"}
_EACH_LEADS = frozenset({"分别负责", "共同负责"})
# the verbs of units answering for the task (A、B负责 / A、B按职责分工负责): set against a
# supporting group, each of them leads
_ANSWER_VERBS = frozenset({"负责", "按职责分工负责", "分工负责", "按各自职责负责"})
# A phrase whose only verb checks the work (督导 / 监督, 负责督导, 做好督导): its units supervise
# where other phrases name the units doing the work
_WATCH_VERBS = {"督导", "监督", "负责督导"}
_MANNER_VERBS = {
    **dict.fromkeys(
        ("积极配合", "密切配合", "协同配合", "全力配合", "主动配合", "做好配合", "参与配合", "协助配合", "负责配合",
         "配合做好相关工作", "配合做好有关工作", "做好配合工作"),
        "配合",
    ),
    "做好指导": "指导",
    # B予以配合 / C给予支持 / D给予业务指导: the help a unit is to give, as 配合 / 支持 / 指导 (was
    # 予以 read into the unit's name, or no clause at all)
    **dict.fromkeys(("予以配合", "给予配合", "予以协助", "给予协助"), "配合"),
    **dict.fromkeys(("予以支持", "给予支持"), "支持"),
    **dict.fromkeys(("予以业务指导", "给予业务指导", "予以指导", "给予指导"), "指导"),
    # A、B按职责分别负责 / 依据各自职责分别负责: each leads its part, as 分别负责
    **dict.fromkeys(("按职责分别负责", "按各自职责分别负责", "依据各自职责分别负责", "根据各自职责分别负责"), "分别负责"),
    # A负责，B督促指导: B guides as 指导 alone says (was no clause at all)
    **dict.fromkeys(("督促指导", "指导督促", "业务指导"), "指导"),
    "做好督导": "督导",
    "抓好贯彻落实": "抓好落实",
    "贯彻落实": "落实",
}
# Wordings read only inside a bracket: standing as a sentence they state how work is shared
# (各乡镇为责任主体 / 各有关部门要各负其责) more often than assign a task
_BRACKET_ONLY_VERBS = _GUIDE_VERBS | {"为责任主体", "为实施主体", "各负其责", "各司其职", "主抓"}
# ... but given by 由 they assign the task to the unit (会议要求，由A主抓，B、C配合)
_LEAD_BY = frozenset({"负责统筹", "主抓"})
# 本办法由A负责解释: the rule's interpreter, no task's unit
_EXPLAINS = re.compile(r"解\s*释")
# 报市政府同意后实施 / 报领导小组审定 / 提请县委常委会审议: the step after the units' work, where
# it goes for approval
_SUBMITTED = re.compile(
    r"(?:并|经)?\s*(?:报\s*(?:送|请)?|提\s*交|提\s*请)[^，,；;。]{1,24}?(?:审定|审批|批准|同意|备案|审议|审核|核准|决定)"
)
# ... and after a phrase that names the lead, the others' share of its task (A牵头，B、C各负其责)
_SHARE_VERBS = frozenset({"各负其责", "各司其职"})
# the verbs of the unit over the work (A统筹，B配合 / A协调，B配合 / A负责统筹，B具体实施):
# outside a bracket a lead only beside another phrase, or given by 由 (由A协调，B配合); alone
# (县财政局负责统筹。) they say how work goes
_OVER = frozenset({"统筹", "统筹协调", "统筹推进", "协调", "抓总", "负责统筹"})


_VERB_AT_END: dict[str, re.Pattern[str]] = {}


def _find_verb_end(text: str, ua: int, pb: int, verb: str) -> int | None:
    """Position in ``text[ua:pb]`` where the verb of the phrase begins (whitespace tolerant).

    The last time it is written: 各乡镇按照“谁主管、谁负责”原则负责 quotes it before.
    """
    pattern = _VERB_AT_END.get(verb)
    if pattern is None:
        pattern = _VERB_AT_END[verb] = re.compile(r"(?s:.*)(" + _sp(verb) + r")[^，,；;]*$")
    m = pattern.match(text, ua, pb)
    return None if m is None else m.start(1)


def _partner_acts(units: str) -> bool:
    """Whether what a phrase's pattern took for its units is A会同B and an action (县财政局会同县
    税务局做好减税降费政策 before 落实), not A会同B alone (A会同B落实: the units, read as such)."""
    _, hui, after = units.partition("会同")
    if not hui:
        return False
    listed = split_units(after, 0)
    return not (listed and all(looks_like_unit(u.text) for u in listed))


def _verb_in_units(units: str) -> bool:
    """Whether what a phrase's pattern took for its units holds a clause verb (县审计局负责审计 before
    监督), or 按职责做好 where they are then no list of units (各县区按职责做好 before 落实; …按照各自
    职责 before 抓好落实 is one)."""
    if _CLAUSE_VERB.search(units):
        return True
    if "职" not in units:
        return False
    listed = split_units(units, 0)
    return not (listed and all(looks_like_unit(u.text) for u in listed))


def is_unit_collective(name: str) -> bool:
    return is_collective(name)
