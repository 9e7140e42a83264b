"""A phrase whose verb ``read._phrase_verb`` found, read into the clause (``_read_verbed``): the verb as
it is meant (``_verb_as_meant``: A、B共同推进 is 共同负责), where its units stand (``_units_span``),
the role the verb gives (``_verb_as_role``), the units themselves (``_phrase_units``), and the
phrase recorded in the clause read so far (``_record_phrase``).
"""

from __future__ import annotations

import re

from respgraph.grammar.inline.given import _EXPLAINS, _part_given, given_by
from respgraph.grammar.inline.helpers import guided_by_named, _HELPER_PHRASE
from respgraph.grammar.inline.organising import _carried_after
from respgraph.grammar.inline.over import _OVER
from respgraph.grammar.inline.phrase_state import _FoundVerb, _InlineRead, _NEXT, _NO_CLAUSE, _PhraseAt
from respgraph.grammar.inline.phrase_units import (
    _find_verb_end, _LEADER_NAMED, _PEOPLE, _units_around_coordinate, _units_around_handover, _units_over_collective,
)
from respgraph.grammar.inline.verbs import (
    _AFTER_LEAD_VERBS, _BRACKET_ONLY_VERBS, _CARRY_OUT, CARRYING_OUT, CHOSEN_AS, CHOSEN_TO_CARRY_OUT, _GUIDANCE_VERBS, _GUIDE_VERBS, _INLINE_SUPPORT, _LEAD_BY, _MANNER_VERBS, NAMED_AS, _named_responsible,
)
from respgraph.grammar.labels import _BY, JOINT_ACTIONS, subject_start, trim_end
from respgraph.grammar.placed_units import all_placed, named_township, placed
from respgraph.grammar.roles import (
    _manner_before, units_before_action, _yao_before,
)
from respgraph.grammar.units import all_unit_like, skip_ws, split_units, strip_ws, Unit


# a leader by the villages or places in charge of (包村领导 / 挂点领导 / 分管领导): people (not 党委领导,
# how work is led: 坚持党委领导、政府负责 stays prose)
_CADRE_LEADER = re.compile(r"(?:包村|包片|包保|挂点|挂钩|联系|分管|驻村)领导$")


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
            and not all_placed([(verb, units)])):
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
    if verb == "协同" and m.group("then") in _JOINT_ACTIONS and not s.parsed:
        # 市生态环境局、市公安局、市检察院协同推进。 opening the clause: they share the work, as A、B共同推进
        # (each was a support, the task led by nobody); after a lead (A牵头，B协同推进) B still supports
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
    if not bracketed and verb in _BRACKET_ONLY_VERBS and not (verb in _LEAD_BY and _BY.match(text, skip_ws(text, pa, pb), pb)) and not (
        verb in _AFTER_LEAD_VERBS and not s.over and any(v.startswith("牵头") for v, _ in s.parsed)
    ) and not (verb == "负责指导" and _carried_after(text, phrases, k)) and not (
        verb == "主抓" and any(_HELPER_PHRASE.match(text, qa, qb) for qa, qb in phrases[k + 1 :])
    ):
        # 各乡镇为责任主体，县农业农村局负责指导。 in the safeguards: a principle; after a
        # lead (A牵头…，B、C各负其责 / B负责监管) the others' share of its task, as in a bracket; before a
        # named body carrying the task (A负责指导，B负责组织开展培训) A guides B's work; before units
        # helping it (市河长办主抓，市水务局配合) A leads (was the helper alone, a support with no lead)
        return None
    if not bracketed and written in _OVER and not arranged and not _BY.match(text, skip_ws(text, pa, pb), pb):
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
    ua = subject_start(text, skip_ws(text, pa, pb), pb)
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
        ub, weak = yao, not (s.parsed and _MANNER_VERBS.get(verb, verb) in _INLINE_SUPPORT and all_placed(s.parsed))
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
    if not s.parsed and not all(u.collective or named_township(u) or placed(u) for u in split_units(text, 0, ua, ub)):
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
        if (not all_unit_like(text, units) or text.find("督促", ua + 2, ub) >= 0) and (after := units_before_action(text, ua + 2, ub)) is not None:
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
        if _HANDED_ON_CONDITION.search(text, max(0, ua - 8), ua) is not None and not _HELPED_AFTER.match(text, ub):
            # 发现问题的，移交市公安局依法处理: the body handed what the work finds deals with it, a
            # part of the task; the work itself is not its (a support, no lead). Helped by a body
            # after it (…，移送市公安局依法查处，市城管局配合做好证据移交) it leads, as 由A查处，B配合
            for u in units:
                u.marker = u.marker or "support"
    if units and not all_unit_like(text, units) and (
        bodies := [u for u in units if not _PEOPLE.search(u.text) and not _LEADER_NAMED.search(u.text) and not _CADRE_LEADER.search(u.text)]
    ) and len(bodies) < len(units) and all_unit_like(text, bodies):
        # （镇包村干部、各村“两委”负责） / （包村领导、村“两委”落实）: the cadres or leaders working with
        # the bodies are people, no units; the bodies listed with them are (was no clause at all)
        units = bodies
    return units, lead_n


# a handover after a condition's comma, right before the units (发现问题的，移交… / 涉嫌犯罪的，移送…)
# a phrase of the sentence after it helping (…，市城管局配合 / …，B协助做好…)
_HELPED_AFTER = re.compile(r"[^。；;！!\n]{0,40}?[，,][^，,。；;！!\n]{2,30}?(?:配合|协助)")
_HANDED_ON_CONDITION = re.compile(r"的[，,][ \t\u3000]*(?:转\s*交|移\s*交|移\s*送|转\s*送|转\s*办|交|转)[ \t\u3000]*$")


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
    s.given = s.given or ((weak or _CARRIED_OUT.search(text, pa, trim_end(text, pa, pb)) is not None) and verb in ("负责", "共同负责", "牵头", "牵头负责", "负责牵头", *CARRYING_OUT) and given_by(text, pa, pb)
                      and _EXPLAINS.search(text, pa, pb) is None)


# 本方案的具体解释工作由A承担 / 解释工作由A承办: who interprets the plan, no work of it
_INTERPRETED_BY = re.compile(r"解\s*释[^，,；;。]{0,8}由")


# the actions units written before 共同 share (labels.JOINT_ACTIONS, as _INLINE_PHRASE reads them)
_JOINT_ACTIONS = frozenset(re.findall(r"[\u4e00-\u9fff]+", JOINT_ACTIONS))


def _guides_places(text: str, pa: int, pb: int, parsed: list[tuple[str, list[Unit]]]) -> bool:
    """Whether phrase ``text[pa:pb]`` is named bodies guiding (负责指导) after phrases that gave
    the task to bodies or places of the plan (各乡镇要落实属地主体责任，县农业农村局负责指导)."""
    return bool(parsed) and all_placed(parsed) and guided_by_named(text, pa, pb)
