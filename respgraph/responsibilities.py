"""Responsibilities stage: responsibility clauses in plan text -> agency mentions with roles.

The grammar lives in :mod:`respgraph.grammar` (``clauses``: finding and reading clauses;
``units``: unit lists, portfolios, collectives); a unit stating its own duty (县公安局：负责…, a
heading naming its unit, an item opening with its partner) in :mod:`respgraph.grammar.duty_statements`.
This module is the stage's API:

    >>> from respgraph.responsibilities import find_clauses, task_mentions
    >>> t = "2.推动能源转型。（责任单位：区发改委、区科技局）"
    >>> [(m.text, m.role, m.basis) for m in task_mentions(find_clauses(t), [])]
    [('区发改委', 'lead', 'first_listed'), ('区科技局', 'support', 'explicit')]
"""

from __future__ import annotations

import re

from respgraph.grammar.duty_statements import (
    ACT_CANDIDATE, DUTY_CANDIDATE, KIND_OF_BODY, duty_statement, heading_owner, meant_unit, owned_item,
)
from respgraph.grammar.clauses import GrammarSettings, find_above_markers, find_clauses, find_inherit_markers
from respgraph.grammar.inline import guided_by_named, led_assignment, subjects_guided
from respgraph.grammar.labels import SENTENCE_STOP
from respgraph.grammar.roles import top_level_cuts
from respgraph.grammar.units import NUMBERED_BRANCH, ORDINAL_PIECE, is_collective, looks_like_unit, normalise_mention
from respgraph.grammar.units.names import (
    BARE_PLACE, BARE_PROVINCE, COLLECTIVE_WORD, FIELDS_PLACE, LEVEL_ENDS, PLACE_GOVERNMENT, PROVINCE_BODY, STREET_SHORT, fields_before_department, places_before_fields,
)
from respgraph.records import Clause, Mention

__all__ = [
    "GrammarSettings",
    "find_clauses",
    "find_inherit_markers",
    "find_above_markers",
    "task_mentions",
    "heading_owner",
    "owned_item",
    "duty_statement",
    "body_supports",
    "normalise_mention",
    "is_collective",
    "looks_like_unit",
    "fields_before_department",
    "places_before_fields",
    "FIELDS_PLACE",
    "STREET_SHORT",
    "NUMBERED_BRANCH",
    "ORDINAL_PIECE",
    "PLACE_GOVERNMENT",
    "BARE_PLACE",
    "LEVEL_ENDS",
    "PROVINCE_BODY",
    "BARE_PROVINCE",
]

_BASIS_RANK = {"explicit": 0, "table": 1, "first_listed": 2, "inherited": 3, "suggested": 4}


def _stronger(a: Mention, b: Mention) -> bool:
    """Whether ``a`` says more than ``b``: lead beats support, then a stated basis beats a convention."""
    if a.role != b.role:
        return a.role == "lead"
    return _BASIS_RANK.get(a.basis, 9) < _BASIS_RANK.get(b.basis, 9)


# a government written with its level alone (市政府 / 区人民政府 / 县政府办) after a party committee that
# names its place (绥芬河市委、市政府; 各县（市）区委、区政府): that place's, so the same words after
# another place's committee in one task (东宁市委、市政府) are another government, not written twice
# (resolve reads the pair alike: the government is the committee's place's)
GOVERNMENT_OF_LEVEL = re.compile(r"^(?P<level>[省市县区旗州盟])(?:人民)?政府(?P<office>办公室|办)?$")
_NAMED_COMMITTEE = re.compile(r"^(?:各.+|[^省市县区旗州盟团].*[省市县区旗州盟])(?:党)?委(?:办公室|办)?$")


def task_mentions(clauses: list[Clause], inherited: list[Mention]) -> list[Mention]:
    """A task's final mentions: its clauses' mentions, then inherited collectives.

    Mentions are deduplicated by normalised text, keeping the first position and the strongest
    role; an inherited collective (role support, basis ``inherited``) is added unless the task
    already names the same unit.

    >>> from respgraph.records import Span
    >>> c = find_clauses("（责任单位：市生态环境局、市水利局）")
    >>> inh = [Mention("各县（市、区）党委、政府", "support", "inherited", Span(0, 0), collective=True)]
    >>> [(m.text, m.basis) for m in task_mentions(c, inh)][-1]
    ('各县（市、区）党委、政府', 'inherited')
    """
    out: list[Mention] = []
    index: dict[str, int] = {}
    for clause in clauses:
        prev_key = ""
        for m in clause.mentions:
            key = own_key = normalise_mention(m.text)
            # (政府 first: every mention is asked, a government's name holds it)
            if "政府" in key and GOVERNMENT_OF_LEVEL.match(key) and _NAMED_COMMITTEE.match(prev_key):
                key = prev_key + "·" + key  # 绥芬河市委、市政府，东宁市委、市政府: two governments
            prev_key = own_key
            if key in index:
                k = index[key]
                if _stronger(m, out[k]):
                    out[k] = m
                continue
            index[key] = len(out)
            out.append(m)
    for m in inherited:
        key = normalise_mention(m.text)
        if key in index:
            continue
        index[key] = len(out)
        out.append(
            Mention(
                text=m.text,
                role="support",
                basis="inherited",
                span=m.span,
                portfolio=list(m.portfolio),
                collective=m.collective,
            )
        )
    return out


def task_supervisors(task) -> list[Mention]:
    """The bodies a task's clauses name to supervise it (督导单位 / 督办单位), once each, in
    clause order. They are no part of ``task.mentions``: no role, no workload.

    >>> from respgraph.records import Span, Task
    >>> c = find_clauses("（牵头单位：市林业局；督办单位：市委督查室、市政府督查室）")
    >>> t = Task("p", "p:001", 1, "1", "", [], None, "", Span(0, 0), clauses=c)
    >>> [m.text for m in task_supervisors(t)], [m.text for m in c[0].mentions]
    (['市委督查室', '市政府督查室'], ['市林业局'])
    """
    seen: set[str] = set()
    out = []
    for clause in task.clauses:
        for m in clause.supervisors:
            key = normalise_mention(m.text)
            if key not in seen:
                seen.add(key)
                out.append(m)
    return out




# a supporter's sentence in a task's body: B、C按职责配合做好… / B协助开展… (a cheap look first);
# B负责将所需经费纳入年度预算 / B负责将项目用地纳入国土空间规划: B brings the work into its budget
# or its plan, a part for the task's lead, as B做好资金保障 is
_SUPPORT_WORD = re.compile(r"配合|协助|负责将(?=[^。；;！!\n]{1,30}?纳入)")


def body_supports(text: str, start: int, end: int, clauses: list[Clause]) -> list[Clause]:
    """Clauses of the sentences in ``text[start:end]`` (a task led by one of ``clauses``) in which
    units support: ``（三）推进医保支付改革（县卫健委牵头）\n县医保局、县财政局按职责配合做好…``.

    Alone such a sentence states a duty as prose does (a lead's 县财政局负责资金保障。 stays so
    everywhere); beside the task's lead it names who works with it. Only sentences that open
    with the units and their 配合 / 协助 count, and no clause of the task may lie in them.

    >>> t = "推进医保支付改革（县卫健委牵头）。县医保局配合做好基金测算。"
    >>> [(m.text, m.role) for c in body_supports(t, 0, len(t), find_clauses(t)) for m in c.mentions]
    [('县医保局', 'support')]
    """
    out: list[Clause] = []
    s = start
    for w in _SUPPORT_WORD.finditer(text, start, end):
        if w.start() < s:
            continue  # within the sentence just read
        back = max(text.rfind(x, s, w.start()) for x in "。；;！!\n")
        a = back + 1 if back >= 0 else s
        # （A牵头，B配合）C负责将…: the sentence opens after the clause closing the item's text
        a = max([a] + [c.span.end for c in clauses if a <= c.span.end <= w.start()])
        stop = SENTENCE_STOP.search(text, w.end(), end)
        e = stop.start() if stop else end
        if any(c.span.start < e and a < c.span.end for c in clauses):
            s = w.end()  # (a sentence after the clause, past its verbs, may still be read)
            continue
        s = e
        c = duty_statement(text, a, s, True)
        if c is not None and c.mentions and (w.group() == "负责将" or min(c.mentions, key=lambda x: x.span.start).role == "support"):
            # B配合C做好…: C leads that part, not the task its title gives to its lead; C supports it
            out.append(Clause(span=c.span, raw=c.raw, supervisors=c.supervisors, mentions=[
                Mention(x.text, "support", "explicit", x.span, list(x.portfolio), x.collective) for x in c.mentions]))
    return sorted(out + _places_before_lead(text, start, end, clauses), key=lambda c: c.span.start)


# A sentence without a collective's word (grammar.units.names.COLLECTIVE_WORD) names no collective,
# so _places_before_lead need not read it. (Of the 300 synthetic plans' 24,477 sentences before a
# lead, about a third hold one; each read costs two duty_statement calls.)


def _places_before_lead(text: str, start: int, end: int, clauses: list[Clause]) -> list[Clause]:
    """The places doing the work in a sentence before the task's led clause, as its supporters:
    ``（一）全面摸底排查。各街道（镇）对辖区内自建房逐栋开展排查，…。区住建局负责统筹，区自然资源
    分局…等区直有关单位配合。`` (the streets were lost: the item's sentences were read apart, and a
    collective acting alone is urged). Only a sentence of places alone (各乡镇 / 各街道（镇）, no kind
    of body: 各有关部门加强… stays urged) opening with their action (``duty_statement`` acts, or
    负责), before the first clause naming a lead and apart from every clause."""
    first_lead = min((c.span.start for c in clauses if any(m.role == "lead" for m in c.mentions)), default=None)
    if first_lead is None:
        return []
    out: list[Clause] = []
    a = start
    before = min(end, first_lead)
    if COLLECTIVE_WORD.search(text, start, before) is None:
        return out  # (every sentence read lies in text[start:before]: none holds a collective)
    while a < before:
        stop = SENTENCE_STOP.search(text, a, end)
        e = stop.start() if stop else end
        if e > first_lead or any(c.span.start < e and a < c.span.end for c in clauses):
            if (places := _places_under_coordinator(text, a, first_lead, clauses)) is not None:
                out.append(places)  # 各乡镇组织开展排查，县住建局负责统筹，县财政局配合: one sentence
            elif (places := _places_beside_own_duty(text, a, first_lead, clauses)) is not None:
                out.append(places)  # 各乡镇组织开展排查，县生态环境局负责汇总建档: each leads its part
            break
        if COLLECTIVE_WORD.search(text, a, e) is not None and _NARRATED.search(text, a, e) is None:
            c = duty_statement(text, a, e, True, acts=True) or duty_statement(text, a, e, True, meant=True)
            if c is not None and c.mentions and all(m.collective and not KIND_OF_BODY.search(m.text) for m in c.mentions):
                out.append(Clause(span=c.span, raw=c.raw, mentions=[
                    Mention(x.text, "support", "explicit", x.span, list(x.portfolio), x.collective) for x in c.mentions]))
        a = e + 1
    return out


def body_subjects(text: str, start: int, end: int, item: bool = False) -> list[Clause]:
    """Clauses of the sentences of ``text[start:end]`` (an item naming no unit anywhere) that open
    with a unit and its duty: ``（二）健全人民调解组织网络。镇司法所负责指导各村（社区）…`` /
    ``（五）做好信访积案化解。镇信访办牵头，对重复信访…``. A town's or a street's plan writes who
    does the item so, in its body; the rules of :func:`duty_statement` (loose, ``meant``: also
    ``区财政局要统筹用好各类资金…``) apply, and a sentence of supporters alone (县医保局配合做好…)
    names nobody who does the item. A sentence may name its unit after a comma
    (``积极争取上级资金，县财政局负责资金保障``: :func:`_after_comma`), or help a named body there
    (``…，市公安局配合市生态环境局开展联合执法``: the body helped leads).

    ``item`` (a numbered item of the plan's tasks, not of its safeguards): a sentence naming the
    work's 责任主体 and the bodies guiding it (``各区县人民政府为责任主体，市安委会各成员单位按职责加强
    指导``) is the item's assignment, the 主体 leading (``grammar.inline.subjects_guided``); in the
    safeguards or the principles it states how work is shared. So does a sentence opening with the
    leadership the work is done under (``在县委统一领导下，由县住建局组织实施``): in an item the body
    given the work leads it (``grammar.inline.led_assignment``), elsewhere it states who leads whom.

    >>> t = "健全人民调解组织网络。镇司法所负责指导各村（社区）人民调解委员会规范化建设。"
    >>> [(m.text, m.role) for c in body_subjects(t, 0, len(t)) for m in c.mentions]
    [('镇司法所', 'lead')]
    """
    out: list[Clause] = []
    a = start
    while a < end:
        stop = SENTENCE_STOP.search(text, a, end)
        s = stop.start() if stop else end
        if item and ((guided := subjects_guided(text, a, s)) is not None or (guided := led_assignment(text, a, s)) is not None):
            out.append(guided)
            a = s + 1
            continue
        acts = ACT_CANDIDATE.search(text, a, s) is not None and _NARRATED.search(text, a, s) is None
        if DUTY_CANDIDATE.search(text, a, s) is None and not acts:
            a = s + 1  # no unit's name before a duty anywhere in it: prose (neither reading finds one)
            continue
        c = duty_statement(text, a, s, True, meant=True)
        if c is None and _LEAD_WORD.search(text, a, s):
            c = _after_comma(text, a, s)
            if c is not None and acts and (first := _bodies_acting_first(text, a, c.span.start)) is not None:
                out.append(first)  # 各市生态环境局组织核查…，厅生态环境执法局负责抽查复核: both lead their part
            elif c is not None and acts and (places := _places_acting_first(text, a, c, s)) is not None:
                out += places  # 各乡镇组织排查…，县农业农村局负责技术指导: the places do the work
                a = s + 1
                continue
        if c is None and acts and (places := _places_before_acting_guide(text, a, s)) is not None:
            out += places  # 各乡镇组织…，县农业农村局加强业务指导: the guide's words no duty's
            a = s + 1
            continue
        if c is None and acts:
            # 县住建局加强施工扬尘监管，督促落实…: a named body opening the item's sentence with
            # its action, no duty word, as an emergency plan's measures give each unit its part
            # (was no unit: the item named nobody); a kind of body (各有关部门加强…) names none,
            # and what was done (…加强了… / 2024年以来…) is no task's
            c = duty_statement(text, a, s, True, acts=True)
            if c is not None and not all(not m.collective and meant_unit(m.text) for m in c.mentions if m.role == "lead"):
                c = None  # 各乡镇做好… / 中心城区加强… / 城关镇人民政府组织…: places urged, as with 要
            # (the places a named body works with or hands the matter to support it: 市信访局将问题转交
            # 属地区县政府核查处理 was dropped whole)
        if c is not None and c.mentions and c.mentions[0].role == "lead":
            out.append(c)  # (县医保局配合做好…: a supporter alone names no one who does the item)
        a = s + 1
    return out


# a sentence telling what was done, not what is to be (body_subjects' reading of a unit's action)
_NARRATED = re.compile(r"了|已经|已|先后|累计|近年来|以来|去年|上半年|\d+\s*(?:余|多)?\s*(?:次|家|个|起|件|人次|处|宗)")
_WATCHES = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:监督|督查|督导|督办|考核)")  # (负责|做好)日常监督检查
_DOER = re.compile(r"要|应|负责")  # (the part before the comma has its own doer: 物业服务企业要…)
# (a cheap look before reading a sentence's phrases; 配合 / 协助: …，A配合B开展…)
_LEAD_WORD = re.compile(r"负责|牵头|会同|要|应|配合|协助")
# what before a comma makes the unit after it one of a principle's parties, not the item's doer:
# 各乡镇为责任主体，县农业农村局负责指导 / 在县委统一领导下，县政府负责… / 坚持属地管理，…;
# nor one said or asked of (县长指出，A要… / 会议要求，…: grammar/directives.py reads minutes).
# A doer's 主体责任 is its duty, not a principle: 施工企业要落实主体责任，县住建局要加强监管 names
# the bureau's own part (was: no unit, read as 各乡镇为责任主体 is)
_PRINCIPLE = re.compile(r"主体(?!责任)|领导|原则|坚持|指导下|统筹下|指出|强调|表示|要求|认为|提出")


# a collective of bodies (各市生态环境局 / 各县（市、区）水利局 / 各分局), not of places (各乡镇) nor
# a kind of body (各有关部门)
_BODY_COLLECTIVE_END = re.compile(r"(?:局|委|厅|办|中心|站|所|队)$")


def _bodies_acting_first(text: str, a: int, b: int) -> Clause | None:
    """The statement opening a sentence before a named body's duty after a comma (at ``b``) when
    it gives every place's body of a kind its action: ``各市生态环境局组织核查…，厅生态环境执法局
    负责抽查复核`` (the cities' bureaus carry out the checks the 厅's bureau samples; they were
    dropped, urged as places are). Places (各乡镇组织…，县农业农村局负责指导) and kinds of body
    (各有关部门…) stay urged."""
    # (对监测发现的疑似问题点位，各市生态环境局组织核查…: what it acts on may open the sentence)
    for i in [a - 1, *(i for i in top_level_cuts(text, a, b) if i < b - 1)]:
        if i >= a and _PRINCIPLE.search(text, a, i):
            return None
        c = duty_statement(text, i + 1, b, True, acts=True)
        if c is None or not c.mentions or c.span.end > b:
            continue
        ok = all(m.collective and _BODY_COLLECTIVE_END.search(m.text) and not KIND_OF_BODY.search(m.text) for m in c.mentions)
        return c if ok and c.mentions[0].role == "lead" else None
    return None


def _places_acting_first(text: str, a: int, c: Clause, s: int) -> tuple[Clause, Clause] | None:
    """The places opening the sentence ``text[a:s]`` with their action before the named body's
    guidance after a comma (its clause ``c``), and that clause as it then reads: ``各乡镇组织开展设施
    运行情况排查，县农业农村局负责技术指导`` (the towns do the work the sentence opens with and lead,
    the body guiding it supports, as in 各乡镇负责组织实施，县农业农村局负责技术指导; the towns were
    dropped, urged as places alone are). None before another duty (各镇要加强辖区巡查，县商务局…
    负责行业内排查: shares side by side, the places' urged as before). Only places (各乡镇 /
    各街道（镇）), never a kind of body (各有关部门组织…) nor a principle before the comma
    (各乡镇为责任主体，…: _PRINCIPLE)."""
    if (first := _places_opening(text, a, c.span.start)) is None:
        return None
    stop = _PHRASE_STOP.search(text, c.span.start, s)
    if not guided_by_named(text, c.span.start, stop.start() if stop else s):
        return None
    return (first, _leads_as_supports(c))


def _places_opening(text: str, a: int, b: int) -> Clause | None:
    """The places (各乡镇 / 各街道（镇）, never a kind of body: 各有关部门组织…) opening ``text[a:b]``
    with their action, read as leading it; None when another reading opens it or a principle
    does (各乡镇为责任主体，…: _PRINCIPLE)."""
    if _PRINCIPLE.search(text, a, b):
        return None
    first = duty_statement(text, a, b, True, acts=True)
    if first is None or not first.mentions or first.span.end > b or first.mentions[0].role != "lead":
        return None
    if not all(m.collective and not KIND_OF_BODY.search(m.text) for m in first.mentions):
        return None
    return first


# the lead's phrase arranging the work, nothing after its verb (…，县住建局负责统筹，… / 县住建局牵头，…):
# 统筹 read as 牵头 (grammar.inline), an object after it (县财政局统筹安排资金) a part of its own
_COORDINATES = re.compile(r"\s*(?:负责统筹协调|负责统筹|统筹协调|统筹推进|统筹|牵头负责|牵头抓总|牵头|负总责)\s*(?:[，,；;。]|$)")


def _places_under_coordinator(text: str, a: int, lead_at: int, clauses: list[Clause]) -> Clause | None:
    """The places opening the sentence at ``a`` with their action before the task's led clause
    after a comma (at ``lead_at``), its lead arranging the work: ``各乡镇组织开展排查，县住建局负责统筹，
    县财政局配合`` (the towns were dropped: the clause's sentence was read from the lead). The body
    arranging it leads, as 统筹 reads everywhere, and the places carry the work out, supporting, as
    they do when the same words stand in two sentences (:func:`_places_before_lead`: 各街道…开展排查。
    区住建局负责统筹，…配合). A named body's own duty after the comma (…，县商务局负责行业内排查) leaves
    the places urged, as before; a guide's is ``body_subjects``' (the places lead)."""
    if (leads := _named_leads_after_places(text, a, lead_at, clauses)) is None:
        return None
    if not _COORDINATES.match(text, max(m.span.end for m in leads)):
        return None
    first = _places_opening(text, a, lead_at)
    return _leads_as_supports(first) if first is not None else None


def _named_leads_after_places(text: str, a: int, lead_at: int, clauses: list[Clause]) -> list[Mention] | None:
    """The leads of the task's led clause at ``lead_at`` when the sentence at ``a`` may open with the
    places before it: a comma between, a collective's word, nothing narrated, no other clause, and
    every lead a named body; else None."""
    lead = next((c for c in clauses if c.span.start == lead_at), None)
    if lead is None or any(a < c.span.end <= lead_at for c in clauses) or _NARRATED.search(text, a, lead_at):
        return None
    if not text[a:lead_at].rstrip().endswith(("，", ",")) or COLLECTIVE_WORD.search(text, a, lead_at) is None:
        return None
    leads = [m for m in lead.mentions if m.role == "lead"]
    if not leads or not all(not m.collective and meant_unit(m.text) for m in leads):
        return None
    return leads


# what urges the places rather than states their work (各乡镇要加强辖区巡查，…: as 各乡镇做好… alone)
_URGED = re.compile(r"\s*(?:要|应当?(?!急)|须|必须|需要?)")


def _places_beside_own_duty(text: str, a: int, lead_at: int, clauses: list[Clause]) -> Clause | None:
    """The places opening the sentence at ``a`` with the work they do, stated, before a named body's
    own part of it after a comma (the task's led clause at ``lead_at``): ``各乡镇组织开展排查，县生态
    环境局负责汇总建档`` (the towns were dropped). Each leads its part, as in 各乡镇负责组织排查，县生态环境局
    负责汇总建档 (and as 各市生态环境局组织核查…，厅生态环境执法局负责抽查复核: body_subjects). The
    places urged (各乡镇要加强辖区巡查，县商务局负责行业内排查), what was done, a kind of body (各有关部门
    组织…) or a principle stay out, as before; a body arranging or guiding the work is
    :func:`_places_under_coordinator`'s and ``body_subjects``'."""
    if _named_leads_after_places(text, a, lead_at, clauses) is None:
        return None
    first = _places_opening(text, a, lead_at)
    if first is None or _URGED.match(text, first.mentions[-1].span.end):
        return None
    return first


def _places_before_acting_guide(text: str, a: int, s: int) -> tuple[Clause, ...] | None:
    """:func:`_places_acting_first` where the guide after the comma is written with an action, no
    duty word (各乡镇（街道）组织…，县农业农村局加强业务指导 / 做好技术指导): a named body's clause read
    as an emergency plan's measure is (duty_statement ``acts``). A named body's own action there
    (各乡镇组织开展养殖污染排查，县农业农村局加强执法监管) is its part beside the places': each leads
    (both were dropped), as beside its duty (:func:`_places_beside_own_duty`); beside urged places
    (各乡镇要加强巡查，…) the body alone leads its part, as 各乡镇要…，县商务局负责… reads."""
    for i in top_level_cuts(text, a, s):
        guide = duty_statement(text, i + 1, s, True, acts=True)
        if guide is not None and guide.mentions and all(not m.collective and meant_unit(m.text) for m in guide.mentions):
            if (guided := _places_acting_first(text, a, guide, s)) is not None:
                return guided
            first = _places_opening(text, a, guide.span.start)
            if first is None or _NARRATED.search(text, a, s):
                return None
            if _URGED.match(text, first.mentions[-1].span.end):
                return (guide,)  # 各乡镇要加强山塘巡查，县水利局加强执法检查: the body's part, as beside its duty
            return first, guide
    return None


def _leads_as_supports(c: Clause) -> Clause:
    """``c`` with its leads supporting, stated (basis explicit); its other mentions as they are."""
    return Clause(span=c.span, raw=c.raw, supervisors=c.supervisors, mentions=[
        Mention(x.text, "support", "explicit", x.span, list(x.portfolio), x.collective) if x.role == "lead" else x
        for x in c.mentions])


# where a phrase of a sentence ends (the guide's phrase: …，县农业农村局负责技术指导，…)
_PHRASE_STOP = re.compile(r"[，,；;。]")


def _after_comma(text: str, a: int, s: int) -> Clause | None:
    """The duty statement after a comma in the sentence ``text[a:s]`` (an item's body naming no
    unit before it): ``开展“双随机、一公开”监管，县市场监管局负责统一受理投诉举报`` /
    ``积极争取上级资金，县财政局负责资金保障，…``: the unit does the item's work, written after
    what is to be done, or its 要 (``加大用地保障力度，县自然资源局要优先保障重点项目用地``). Only
    a named body (no collective: 各乡镇负责… is a share, 各部门要… an exhortation), and no
    principle before it."""
    for i in top_level_cuts(text, a, s):
        if _PRINCIPLE.search(text, a, i):
            return None
        c = duty_statement(text, i + 1, s, True, meant=True)
        if c is not None and _WATCHES.match(text, c.span.end, s) and _DOER.search(text, a, i):
            return None  # 物业服务企业要…，社区居委会负责日常监督: it watches the doer, no doer itself
        if c is not None and c.mentions and c.mentions[0].role == "lead" and not any(
            m.collective or KIND_OF_BODY.search(m.text) for m in c.mentions if m.role == "lead"
        ):
            return c  # (…，各乡镇负责… / …，县直部门负责…: a share or a kind, no one named)
    return None
