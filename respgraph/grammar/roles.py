"""Roles: who in a clause leads and who supports.

Verbs beside units (``A牵头，B配合``, ``A会同B``, ``在A的指导下``), the cuts of a phrase into
units and actions; which units are bodies of a place is ``placed_units``, and the assignment of
roles and mentions to a clause's units is ``mentions``.
"""

from __future__ import annotations

import re

from respgraph.grammar.labels import (
    NOT_CPPCC,
    _AMONG,
    _AND,
    _BY,
    BY_DUTY_ACTIONS,
    _GOVERNING,
    _INLINE_PHRASE,
    _PARTY_OR_GOVERNMENT,
    
    _sp,
    subject_start,
    trim_end,
)
from respgraph.grammar.placed_units import PLACED, placed
from respgraph.grammar.units import (
    NAME_END_CHARS,
    CLOSE,
    DUTY_WORDS,
    OPEN,
    Unit,
    looks_like_unit,
    skip_ws, split_units,
    strip_ws,
)


_VERB_CHAR = re.compile(r"[牵负配参协由具抓组落结因按根指撑持]")  # (撑 / 持: 提供技术支撑 / 给予技术支持)
# 结合实际 / 按要求 / 因地制宜: how units carry a task out (各地区结合实际推进落实), between them and the verb
_MANNER_WORDS = (
    r"结合(?:本地区?|地方|各自|当地|本地方)?实际|因地制宜|按照?(?:有关|相关|统一)?(?:要求|部署)|根据(?:本地|当地)?实际"
    # 按照“三管三必须”要求: a quoted rule the units follow
    r"|按照?“[^”]{1,12}”要求"
    # 由A按程序组织实施 / A依法负责…: the way the unit acts by (was no clause: 县人社局按程序 no unit)
    r"|按照?(?:有关|相关)?(?:程序|规定)|依法依规|依法|依规"
    # 各乡镇人民政府属地负责 / 各县（市、区）属地落实: each where it is, as 负属地责任 says (按属地 is a
    # duty note, DUTY_WORDS)
    r"|(?<!按)(?<!照)属地(?:管理)?"
    # 相关区人民政府按属地职责抓好落实 / 各镇按照属地管理职责落实: each by its duty where it is, as 属地
    # 落实 (was no clause: 相关区人民政府按 no unit, the lead before it lost)
    r"|按\s*照?\s*属\s*地\s*(?:管\s*理\s*)?(?:职\s*责|责\s*任)"
)
# 各乡镇（街道）负责本辖区 / 县财政局负责资金保障: units, 负责 and a short object (their part of
# the task) closing a phrase; 县应急局负责人 / 负责同志 are people, not a unit's part.
_DUTY_OBJECT = re.compile(r"负\s*责(?!\s*(?:人|同志))\s*[^，,；;。：:\s（(）)]{2,16}\s*$")
# The same outside a labelled list, with the other clause verbs: 县委组织部牵头制定培训计划 /
# 县人社局配合做好经费保障 / 县住建局要牵头做好… (要 or 应 before the verb: what the unit is to do);
# 各乡镇做好群众工作: the unit's part written with 做好, as with 负责; 县住建局督促施工单位落实…
# (after a lead: 由A负责清理整治，B督促…): B's part is to see the builders do it, as 负责督促.
# 按职责做好… / 按照各自职责抓好… (县公安局、县农业农村局按职责做好监管工作): the units' share of
# the task, as 按职责分工负责 says it (found first: the search takes the leftmost match)
# (…按照各自职责依法查处违法行为: the units' share of the work stated by what the law has them do)
# (…按照各自职责加强监管: the action itself after 职责, labels.BY_DUTY_ACTIONS)
_BY_DUTY_HEAD = r"按\s*照?\s*(?:各\s*自\s*)?职\s*责(?:\s*分\s*工)?\s*"
_BY_DUTY = _BY_DUTY_HEAD + r"(?:做\s*好|抓\s*好|(?=依\s*法|" + BY_DUTY_ACTIONS + "))"
# 统筹 as a verb (县财政局统筹安排资金), not inside a name (市城乡统筹办 / 县统筹委)
OVER_WORD = _sp("统筹") + r"(?!\s*(?:办|委|局|中心|室|处|科))"
# ... after a name's end (县财政局 / 县金融办 / 人民银行XX支行统筹…)
_OVER_AFTER = NAME_END_CHARS | {"行"}
_ROLE_OF = re.compile(r"(?:作用|职能|优势)$")
# a river's or a road's stretch named in brackets inside the object (负责韩江流域（广东段）水环境保护 /
# 负责琼江（安居段）生态护岸建设): part of the object, as plans across a border write whose side is whose
_SECTION_NOTE = r"[（(][\u4e00-\u9fff]{1,6}段[）)]"
# 分别 before the verb: each unit answers for its own part (A、B分别负责生产环节和流通环节的监管)
_EACH = r"分\s*别\s*"


def _object_to_end(longest: int) -> str:
    """The object after a unit's verb, to the end of the phrase: up to ``longest`` characters, a
    river's stretch in brackets among them; never a person (负责人 / 负责同志) or an attribute (…的)."""
    return r"(?!\s*(?:人(?!员)|同志))\s*(?P<obj>(?!的)(?:[^，,；;。：:\s（(）)]|" + _SECTION_NOTE + r"){2," + str(longest) + r"})\s*$"


# a unit's part is a short object (16 characters: a longer one is the task itself, no part of it) …
_PART_OBJECT = re.compile(
    r"(?P<yao>[要应]\s*)?(?P<each>" + _EACH + r")?(?P<verb>" + "|".join(_sp(v) for v in ("牵头负责", "负责牵头", "牵头", "负责", "配合", "协助", "参与", "做好", "督促"))
    # 协同 with its action after it (B协同推进吴江段建设), never inside a name (县协同创新中心)
    + r"|协\s*同(?=\s*(?:推进|做好|开展|实施|落实|推动|抓好|完成))"
    + "|(?P<over>" + OVER_WORD + r")|(?P<duty>" + _BY_DUTY + r"))"
    + _object_to_end(16)
)
_CLAUSE_VERB = re.compile(r"负责|牵头|配合|协助|参与")
# 业务指导 / 技术指导 after 负责: the guidance of the work, read as 负责指导
_GUIDANCE = re.compile(r"(?:业\s*务|技\s*术)\s*指\s*导")
BY_DUTY_VERB = "按职责分工负责"  # the verb a part written 按职责做好… is read with
_CHECKING = re.compile(r"督\s*导|监\s*督|督\s*查|督\s*办")
# 加强指导 / 做好指导 / 给予业务指导 / 负责指导督促 after 按职责: guidance, the whole of the part
_GUIDING = re.compile(r"(?:加\s*强|做\s*好|给\s*予|予\s*以|负\s*责)?\s*(?:业\s*务|技\s*术)?\s*指\s*导(?:\s*督\s*促|\s*服\s*务)?(?:\s*工\s*作)?")
_PARTNER_OBJECT = re.compile(r"[省市县区各]|有关|相关")
# 要 / 应 / 予以 / 认真 / 积极 … between the units and their verb (B、C予以配合 / 各乡镇认真落实 /
# 县城管局要积极配合): no part of the units (were C予以 / 各乡镇认真 / 县城管局要积极)
_HOW = r"(?:(?:要|应|予以|给予|认真|切实|全面|积极|严格|主动|密切|全力)\s*){0,2}"
_PHRASE_VERB = re.compile(
    _HOW +
    # …；各乡镇人民政府负责抓好落实 / …，各乡镇人民政府具体落实 / …，各市（州）人民政府负责落实 /
    # …，各市（州）人民政府结合实际推进 / …，各县（区）落实: the unit carries the task out where it
    # is; it keeps its list's role (a 负责 here names no lead)
    r"(?:(?P<carry>(?:" + _sp("负责") + r"\s*)?(?:" + "|".join(_sp(v) for v in ("具体", "抓好", "组织")) + r")\s*"
    r"(?:" + _sp("落实") + "|" + _sp("实施") + r")"
    r"|" + _sp("负责落实") + r"|(?:" + _MANNER_WORDS + r")\s*(?:推\s*进\s*落\s*实|抓\s*好\s*落\s*实|组\s*织\s*实\s*施|推\s*进|落\s*实|实\s*施)"
    r"|(?:推\s*进\s*)?落\s*实)"
    # (…，市农业农村局指导: the sector department guiding the units responsible, a support)
    # (…；C负责指导 / 负责技术指导: C guides, a support, its 负责 no part of its name)
    # (…，市生态环境局加强指导: as 指导, 加强 no part of the name; was a unit 市生态环境局加强)
    # (县政协办: the 政协's office, no 协办 of a unit 县政)
    r"|(?P<verb>" + "|".join((NOT_CPPCC if v == "协办" else "") + _sp(v) for v in ("负责业务指导", "负责技术指导", "负责指导", "加强业务指导", "加强技术指导", "加强指导", "牵头负责", "牵头", "负责", "配合", "参与", "协助", "协办", "协同", "业务指导", "指导"))
    # …；省生态环境厅给予指导支持 / …；市环境监测站提供技术支撑: expertise lent, a support (was read
    # into the unit's name)
    + r"|(?:提\s*供\s*)?技\s*术\s*(?:支\s*撑|支\s*持|指\s*导|保\s*障)|指\s*导\s*支\s*持|支\s*持\s*指\s*导)"
    r"\s*(?:督\s*导|实\s*施|落\s*实|推\s*进)?)\s*$"
)


_DUTY_BEFORE = re.compile(r"(?:" + DUTY_WORDS + r"|分\s*别|共\s*同)\s*$")


def _nested(text: str, a: int, i: int) -> bool:
    """Whether ``i`` sits inside a bracket opened after ``a``."""
    depth = 0
    for c in text[a:i]:
        if c in OPEN:
            depth += 1
        elif c in CLOSE:
            depth = max(0, depth - 1)
    return depth > 0


# the characters top_level_cuts reads (the others are skipped in C)
_CUT_OR_BRACKET = re.compile("[" + re.escape(OPEN + CLOSE + "，,；;：:") + "]")


def top_level_cuts(text: str, a: int, b: int, marks: str = "，,；;") -> list[int]:
    """Positions of the ，/；(or other ``marks``) in ``text[a:b]`` outside brackets
    (各县（市、区）stays whole)."""
    cuts: list[int] = []
    depth = 0
    for m in _CUT_OR_BRACKET.finditer(text, a, b):
        i = m.start()
        c = text[i]
        if c in OPEN:
            depth += 1
        elif c in CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and c in marks:
            cuts.append(i)
    return cuts


def _units_with_verbs(text: str, a: int, b: int) -> list[Unit]:
    """Units of a labelled list, reading verbs inside it: ``责任单位：A牵头，B、C配合``."""
    if _VERB_CHAR.search(text, a, b) is None and text.find("会同", a, b) < 0:
        return split_units(text, 0, a, b)
    out: list[Unit] = []
    cuts = top_level_cuts(text, a, b)
    starts = [a] + [i + 1 for i in cuts]
    bounds = list(zip(starts, cuts + [b]))
    pieces: list[tuple[str, list[Unit]]] = []  # each piece's units, and whether names alone or 配合 marked them
    for pa, pb in bounds:
        while pb > pa and text[pb - 1] in "。 \t\u3000\r\n":
            pb -= 1  # …负责落实。以下各项任务均需…不再列出: the stop before the blanked marker
        m = _PHRASE_VERB.search(text, pa, pb)
        marker = None
        own_end = pb
        if (m is None or m.group("carry")) and (cut := _duty_object_cut(text, pa, pb, listed=True)) is not None:
            # …，各乡镇（街道）负责本辖区: their part where they are; the list's role stays (also
            # before 落实: …，县财政局负责资金落实 names 县财政局, not 县财政局负责资金)
            pb = cut
            marker = _PART_AFTER if out else None
        elif m and m.group("carry"):
            pb = m.start()
            marker = _PART_AFTER if out else None
        elif m:
            verb = strip_ws(m.group("verb"))
            marker = "lead" if verb.startswith("牵头") else "responsible" if verb == "负责" else "support"
            if marker == "responsible" and _DUTY_BEFORE.search(text, max(pa, m.start() - 8), m.start()):
                marker = None  # …，B按职责分工负责: a duty note, not a lead (the unit keeps its list role)
            pb = m.start()
        # (a piece with words of its own, a part or a verb, is neither names alone nor helpers)
        how = "names" if m is None and pb == own_end else "helps" if m is not None and not m.group("carry") and marker == "support" else "other"
        pa = skip_ws(text, pa, pb)
        by = _BY.match(text, pa, pb) or _AMONG.match(text, pa, pb)  # …，其中A牵头: 其中 is no part of A
        if by:
            pa = by.end()
        units = _split_huitong(text, pa, pb)
        for u in units:
            if marker and u.marker is None:
                u.marker = marker
            out.append(u)
        pieces.append((how, units))
    _set_against_helpers(pieces)
    return out


def _set_against_helpers(pieces: list[tuple[str, list[Unit]]]) -> None:
    """责任单位：A、B，C配合 / A，B，C、D协助: the names the list sets against the units a 配合 (协助,
    参与 …) marks after them answer for the task together, as in A、B负责，C配合 (A was the lead by
    the first-listed convention, B a support): marked responsible. Only two names or more, each
    piece before the helpers nothing but names; one name keeps first-listed, and a group with
    words of its own (A、B按职责分工负责，C负责落实 / A、B，C负责本辖区) keeps its reading."""
    kinds = [how for how, _ in pieces]
    if "helps" not in kinds or kinds[0] != "names":
        return
    first_help = kinds.index("helps")
    named = [u for _, units in pieces[:first_help] for u in units]
    if len(named) < 2 or any(k != "names" for k in kinds[:first_help]) or any(k != "helps" for k in kinds[first_help:]):
        return
    if any(u.marker is not None for u in named):
        return
    for u in named:
        u.marker = "responsible"


# 牵头单位：A会同B (one cell naming the lead and who it works with): B supports, as in A会同B负责
_HUITONG_IN = re.compile(r"(?:并\s*)?会\s*同")


def _split_huitong(text: str, a: int, b: int) -> list[Unit]:
    """The units of ``text[a:b]``, those after a 会同 between two named units marked support."""
    m = _HUITONG_IN.search(text, a, b) if text.find("会同", a, b) >= 0 else None
    if m is not None:
        before, after = split_units(text, 0, a, m.start()), split_units(text, 0, m.end(), b)
        if before and after and all(looks_like_unit(u.text) for u in before + after):
            for u in after:
                u.marker = u.marker or "support"
            return before + after
    return split_units(text, 0, a, b)


# 牵头单位：A；B负责资金保障 / 牵头单位：A；B负责落实: after the units listed, one with its own part
# (or carrying the task out) supports, as in A牵头，B负责资金保障 (was a second lead)
_PART_AFTER = "support"

_HUITONG = re.compile(r"\s*(?:并\s*)?会\s*同\s*")
# 由A负责，B做好资金保障 / （A牵头，B保障资金）: after a unit's phrase, another that provides the
# means (funds, land, staff) supports the task; the verb and what is provided
_MEANS = r"(?:资\s*金|经\s*费|要\s*素|用\s*地|人\s*员|技\s*术|物\s*资|后\s*勤)"
_PROVIDES = re.compile(
    r"(?:[要应]\s*)?(?:负\s*责\s*)?(?:做\s*好|提\s*供|保\s*障|落\s*实)\s*"
    # a step of the paperwork before the means (做好项目申报和资金保障: the units' part is still to
    # provide for the work, as B、C做好资金保障 reads; was the first of them a lead by first-listed)
    r"(?:(?:项\s*目\s*)?(?:申\s*报|审\s*批|立\s*项)\s*[和及与、]\s*)?"
    # the means may be qualified (保障运行经费 / 落实项目资金 / 提供建设用地) or several (经费和用地保障)
    r"(?:(?:运\s*行|工\s*作|项\s*目|专\s*项|建\s*设|配\s*套)?\s*"
    + _MEANS + r"(?:\s*[和及与、]\s*" + _MEANS + r")?\s*(?:保\s*障|支\s*持)?(?:\s*工\s*作)?"
    r"|(?:" + _MEANS + r"(?:\s*[和及与、]\s*" + _MEANS + r")?)?\s*保\s*障\s*(?:工\s*作)?)\s*$"
)


# B负责将所需经费纳入年度预算 / B负责将项目用地纳入国土空间规划 after a unit's phrase: B brings
# the work into its budget or plan, providing for it as B做好资金保障 does (was a lead of its part)
_PROVIDES_INTO = re.compile(r"(?:[要应]\s*)?负\s*责\s*将[^，,；;。：:（(）)\n]{1,30}?纳\s*入[^，,；;。：:（(）)\n]{1,24}$")


def _provider_units(text: str, a: int, b: int) -> list[Unit]:
    """The units of ``text[a:b]`` when it reads ``B做好资金保障`` / ``B保障资金`` (units, then the
    means they provide), else []."""
    m = _PROVIDES.search(text, a, b) or _PROVIDES_INTO.search(text, a, b)
    return unit_list(text, a, m.start()) if m and m.start() > a else []


# How the action after a list of units opens (县财政局制定…管理办法: the list ends before 制定, not
# at 管理办)
ACTION_START = re.compile(
    r"\s*(?:共同|联合|一起|研究|制定|开展|推进|推动|实施|组织|加强|做好|抓好|建立|完善|落实|编制|出台|印发|督促|指导|对|做|抓|负责|按"
    # the manner of the action: 全面开展 / 严厉打击 / 依法查处 / 进一步完善
    r"|全面|深入|严厉|严格|依法|进一步|持续|扎实|着力|集中|加快|加大|切实|认真|积极"
    # 召开专题会议 / 成立工作专班: 会 / 班 would end a name (县应急局召开专题会 was one unit)
    r"|召开|举办|成立|组建|设立"
    # 办理 / 办结 / 办好: 办 would end a name (区住建交通局办理 was a unit 区住建交通局办)
    r"|办[理结好]"
    # 会同B打造… / 会同B争取… / 会同B根据…拟定: more actions, and the basis an action opens with
    r"|打造|培育|提升|谋划|争取|引导|支持|鼓励|探索|健全|规范|提出|起草|修订|排查|核查|梳理|拟定"
    # 会同B约谈其主要负责人 / 会同B通报批评: an assessment's or an inspection's consequences
    r"|约谈|通报"
    r"|根据|结合|围绕|针对|依托|依据|通过"
    # 会同B定期会商 / 会同B每季度会商一次 / 会同B不定期、适时、及时会商: 会 would end a name
    # (县财政局定期会 was a unit)
    r"|定期|不定期|适时|及时|随时|会商|每(?:年|半年|季度|月|周|旬)"
    # 会同B统筹全市排涝抢险队伍: 队 would end a name (市城管执法委统筹全市排涝抢险队 was a unit); not
    # a 统筹办 / 统筹委 named so, nor a unit's role (发挥A统筹协调作用: no unit 发挥A)
    r"|统筹(?!办|委|局|中心|室|处|科)(?![^，,；;。]{0,8}?(?:作用|职能|优势)))"
)
# 县委组织部 / 县委依法治县办 / 市委政策研究室: an action word (组织, 依法, 研究) inside a name that
# closes a few characters after it, at the end of the list or before its next name
_NAME_TAIL = 3
_LIST_SEPARATORS = "、，,；;和及与"


def _inside_name(text: str, verb_end: int, b: int) -> bool:
    """Whether the action word ending at ``verb_end`` is part of a name closing within
    ``_NAME_TAIL`` characters (``会同县委组织部，…``: the list is not cut at 县委)."""
    e, stop = verb_end, min(b, verb_end + _NAME_TAIL + 1)
    while e < stop and text[e] not in _LIST_SEPARATORS:
        e += 1
    closes = e == b or text[e] in _LIST_SEPARATORS
    # (…依法查处 / 严肃查处: the action's own 处, no division's; 稽查处 is one)
    return verb_end < e <= verb_end + _NAME_TAIL and closes and text[e - 1] in NAME_END_CHARS and _PUNISHES.search(text, verb_end, e) is None


_PUNISHES = re.compile(r"(?<!稽)[查惩]处$")


def unit_list(text: str, a: int, b: int) -> list[Unit]:
    """The units of ``text[a:b]`` when it is a list of them, each looking like a unit; else []."""
    units = split_units(text, 0, a, b)
    return units if units and all(looks_like_unit(u.text) for u in units) else []


def units_before_action(text: str, a: int, b: int) -> tuple[int, list[Unit]] | None:
    """(end, units) of the list of units opening ``text[a:b]`` before an action (``县财政局等部门``
    of ``县财政局等部门研究制定``; an action right after a name's end first, then the longest), else
    filling it (``县财政局、县残联``: 联 is no strong end), else of the longest list (never cut before
    a 、); None when it opens with no unit."""
    before_action = [
        j for j in range(b - 1, a, -1) if (m := ACTION_START.match(text, j, b)) and not _inside_name(text, m.end(), b)
    ]
    # an action right after a name's end first (会同市工信局督促企业加快实施: the list ends at 局, not
    # before 加快 with 市工信局督促企业 taken for a name)
    before_action.sort(key=lambda j: text[j - 1] not in NAME_END_CHARS)
    # (办事处|处理: the 处 of 处理 / 处置 ends no name, was 属地街道办事处处 before an action 理)
    ends = [j for j in range(b - 1, a, -1) if text[j - 1] in NAME_END_CHARS and text[j] not in "、和及与"
            and not (text[j - 1] == "处" and text[j] in "理置")]
    for j in before_action + [b] + ends:  # longest first within each kind
        if text.find("督促", a, j) >= 0:
            continue  # 会同市城管局督促施工单位落实…: the list ends before 督促 (no name holds it)
        if units := unit_list(text, a, j):
            return j, units
    return None


# what a labelled list's piece before its 负责 may not hold to be a name (…按职责负责… / …对…负责…)
_NOT_LISTED_NAME = re.compile(r"[按由要对应在]|负\s*责|牵\s*头|配\s*合")


def _duty_object_cut(text: str, a: int, b: int, listed: bool = False) -> int | None:
    """Where ``负责`` begins in ``text[a:b]`` when units stand before it and a short object after
    (``各乡镇负责本辖区工作``); None otherwise. In a labelled list (``listed``) whatever names the
    piece before it is a unit of the list all the same (责任主体为…，村集体经济组织负责日常管护:
    the list would take the piece whole)."""
    m = _DUTY_OBJECT.search(text, a, b)
    if m is None:
        return None
    if unit_list(text, a, m.start()):
        return m.start()
    if listed and split_units(text, 0, a, m.start()) and not _NOT_LISTED_NAME.search(text, a, m.start()):
        return m.start()
    return None


def part_object_cut(text: str, a: int, b: int) -> tuple[int, str, bool] | None:
    """(where the verb or its 要 begins, the verb, whether the object is leadership) when
    ``text[a:b]`` is units, a clause verb and a short object: ``县委组织部牵头制定培训计划`` /
    ``县人社局配合做好经费保障`` / ``县住建局要牵头做好改造工作`` / ``县财政局统筹安排专项资金``
    (the unit over the work, as 统筹 alone); None otherwise."""
    m = _PART_OBJECT.search(text, a, b)
    while m is not None and m.group("over") and not (text[m.start() - 1] in _OVER_AFTER and unit_list(text, a, m.start())):
        m = _PART_OBJECT.search(text, m.end("over"), b)  # 市统筹城乡发展办公室负责…: 统筹 in a name
    if m is not None and m.group("over") and _ROLE_OF.search(m.group("obj")):
        return None  # 发挥市发改委统筹协调作用: the part it plays, said of it
    if m is None:
        return _each_part_cut(text, a, b)
    if m.group("duty") and _CHECKING.match(m.group("obj")):
        return None  # …按职责做好督导: they check the work (做好督导, as a 督导单位), no share of it
    if m.group("duty") and _GUIDING.fullmatch(m.group("obj")) and unit_list(text, a, m.start()):
        # …，市应急局、市商务局按职责加强指导: they guide the work of those doing it, as …加强指导 /
        # 负责指导 read (a support beside them; was 按职责分工负责, the first a lead by the convention)
        return m.start(), "指导", False
    if m.group("duty") and _DONE_OR_ATTRIBUTE.match(m.group("obj")):
        return None  # …按照各自职责依法查处了一批案件: what was done, no share of the work
    verb = BY_DUTY_VERB if m.group("duty") else strip_ws(m.group("verb"))
    if verb == "负责" and _GUIDANCE.fullmatch(m.group("obj")):
        return None  # B负责业务指导: B guides, as B负责指导 (verbs._GUIDE_VERBS), no part of its own
    if verb in ("配合", "协助") and _PARTNER_OBJECT.match(m.group("obj")):
        return None  # 县交通运输局配合县生态环境局…: a partner, not a part of the task
    if not unit_list(text, a, m.start()):
        return None
    if m.group("each") and verb == "负责":
        verb = "分别负责"  # A、B分别负责生产环节和流通环节的监管: each leads its part
    return m.start(), verb, m.group("obj").endswith("领导")


# … but units that each answer for their part, 分别负责, say it of an object of any length
# (A、B、C按照职责分别负责对各街道环境卫生和市容秩序管理工作的评分: one over 16 characters lost the
# units), read only where _PART_OBJECT finds none
_EACH_PART_OBJECT = re.compile(
    # (分别开展 / 分别承担 / 分别做好: each carries out its part, as 分别负责: 市秦岭保护局负责统筹协调，市生态环境局、
    # 市林业局分别开展生态环境、林业执法 lost the bodies enforcing)
    "(?:" + _BY_DUTY_HEAD + ")?" + _EACH + "(?:" + "|".join(_sp(v) for v in ("负责", "开展", "承担", "做好", "抓好")) + ")"
    + _object_to_end(80)
)


def _each_part_cut(text: str, a: int, b: int) -> tuple[int, str, bool] | None:
    """``part_object_cut`` of units 分别负责 a long object (``_EACH_PART_OBJECT``)."""
    m = _EACH_PART_OBJECT.search(text, a, b)
    if m is None or not unit_list(text, a, m.start()):
        return None
    return m.start(), "分别负责", False


# …印发了《实施意见》 / …已完成排查 / …开展检查时发现问题 (what was done), …累计排查1.2万户 /
# …共排查隐患326处 (a tally), …开展的专项行动 / 在A会同B的推动下 (an attribute): no assignment
_DONE_OR_ATTRIBUTE = re.compile(
    r"\s*(?:[\u4e00-\u9fff]{0,2}的|已|正在|累计|先后|取得|共(?=[\u4e00-\u9fff]{0,6}\d))"
    r"|[^，,；;。]*?(?:(?<![为除])了(?!解)|[时中]发现)"
)
# …，取得明显成效 / …，成效显著 / …，隐患数量明显下降: a result, the sentence tells what was
# done (确保/力争/到2025年… before it make it a target)
_RESULT = re.compile(
    r"(?!确保|力争|实现|推动|促进|努力|使|到)"
    r"(?:取得|成效|[^，,；;。]{0,8}?(?:明显|显著|大幅)(?:下降|提升|改善|减少|增强|提高))"
)
# A preposition before a named body (经县住建局… / 通过县住建局… / 根据县住建局…; not 经开区管委会)
_BY_MEANS = re.compile(r"(?:经|通过|根据|依据|按照|在)\s*(?=[省市县区州旗盟各])")
# 本办法由A会同B负责解释: who interprets the rule, no task's units (as 本办法由A负责解释)
_INTERPRETS = re.compile(r"\s*(?:负\s*责\s*)?解\s*释")
_WITH_PARTNER = re.compile(r"(?:[要应]\s*)?(?:会\s*同|联\s*合)\s*")
# 会议听取了A会同B开展…的汇报 / 会议审议了A会同B起草的…: what the meeting heard, no lead (was
# 会议听取了区水务局 read as a unit)
_HEARD = re.compile(r"听\s*取|审\s*议")


def _with_partners(
    text: str, a: int, b: int, then: tuple[int, int] | None = None
) -> tuple[list[tuple[str, list[Unit]]], bool] | None:
    """([("牵头", A), ("配合", B)], False) when ``text[a:b]`` is ``(由)A(要)会同B + action`` /
    ``A联合B + action``; (…, True) when it is ``A会同B`` alone and the next phrase ``then``, opening
    with no unit, is the action (``A会同B、C，开展…``); None otherwise (联合开展执法 names no
    partner: an action must follow B; 各地要会同有关部门… names no lead)."""
    m = _WITH_PARTNER.search(text, a, b)
    if m is None:
        return None
    ua = subject_start(text, skip_ws(text, a, m.start()), m.start())
    if _BY_MEANS.match(text, ua, m.start()) or _HEARD.search(text, ua, m.start()):
        return None  # 经A会同B，对…进行检查 / 通过A会同B…: the means of what is said, not who is to act
    if ACTION_START.match(text, m.end(), b):
        return None  # A和B要联合推进网格整合 / A会同开展…: acting together, no partner named (was 推进网格员队)
    leads = unit_list(text, ua, m.start())
    if any(u.collective for u in leads):
        return None  # 各地要会同有关部门… / 各县区要会同…: who works with whom, no named lead
    after = units_before_action(text, m.end(), b) if leads else None
    if after is None:
        return None
    ub, partners = after
    action_next = skip_ws(text, ub, b) >= b
    if action_next:
        if then is None or text.startswith("是", skip_ws(text, *then)):
            return None  # no action (…会同B。), or a judgement (…会同B，是…的重要举措)
        if not ACTION_START.match(text, *then) and _opens_with_units(text, *then):
            if _INLINE_PHRASE.match(strip_ws(text[then[0] : then[1]])) is None:
                return None
            return _partnered(leads, partners), False  # …会同B，C配合，开展…: C's phrase reads on its own
        ub, b = then
    if _DONE_OR_ATTRIBUTE.match(text, ub, b) or _INTERPRETS.match(text, ub, b):
        return None
    return _partnered(leads, partners), action_next


def _partnered(leads: list[Unit], partners: list[Unit]) -> list[tuple[str, list[Unit]]]:
    for u in leads:
        u.marker = u.marker or "lead"
    for u in partners:
        u.marker = u.marker or "support"
    return [("牵头", leads), ("配合", partners)]


def _opens_with_units(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` opens with named bodies of a place or collectives (县市场监管局配合 /
    各乡镇负责…), not with an action whose object ends like a unit (培育一批高新技术企业)."""
    after = units_before_action(text, skip_ws(text, a, b), b)
    return after is not None and all(placed(u) or u.collective for u in after[1])


def _lead_and_support(parsed: list[tuple[str, list[Unit]]]) -> bool:
    """Whether the phrases read so far name a lead and a support: two phrases, or one whose
    units work with others (由A会同B、C负责)."""
    return len(parsed) >= 2 or any(u.marker == "support" for _, units in parsed for u in units)


def _goes_on_to_act(text: str, phrases: list[tuple[int, int]], k: int) -> bool:
    """Whether the sentence goes on at ``phrases[k]`` with the action its units are to take:
    not what was done (…，建立了联防联控机制), a judgement (…，是…的重要举措) nor a result, there or
    later (…，取得明显成效 / …，隐患数量明显下降)."""
    pa, pb = phrases[k]
    if _DONE_OR_ATTRIBUTE.match(text, pa, pb) or text.startswith("是", skip_ws(text, pa, pb)):
        return False
    return not any(_RESULT.match(text, skip_ws(text, qa, qb), qb) for qa, qb in phrases[k:])


def _governs(ws: str) -> bool:
    """Whether the phrase ``ws`` is a party committee or government leading the work (县委负总责)."""
    g = _GOVERNING.match(ws) if ws.endswith(("责", "导", "筹", "调", "总")) else None
    if g is None:
        return False
    units = _AND.split(g.group("units"))
    return all(_PARTY_OR_GOVERNMENT.match(u) for u in units)


def _yao_before(text: str, ua: int, ub: int) -> int:
    """Where 要 (应) begins when it stands between the units ``text[ua:ub]`` and their verb, else -1."""
    j = trim_end(text, ua, ub)
    return j - 1 if j - 1 > ua and text[j - 1] in "要应" else -1


# 各地区结合实际推进落实 / 各市（州）按要求落实 / 各地因地制宜组织实施: how the units carry the task
# out, written between them and their verb; no part of the units; 加强 / 做好 before the verb (…，
# 市征迁办加强统筹协调 / 做好统筹协调: as 市征迁办统筹协调; was 市征迁办加强, no unit, the clause lost)
_MANNER = re.compile(r"(?:" + _MANNER_WORDS + r"|加\s*强|做\s*好)$")


def _manner_before(text: str, ua: int, ub: int) -> int:
    """Where a manner phrase (结合实际, 按要求) begins when it stands between the units ``text[ua:ub]``
    and their verb, else -1."""
    m = _MANNER.search(text, ua, trim_end(text, ua, ub))
    return m.start() if m and m.start() > ua else -1


# 在县农业农村局的指导下 / 在县委的统一领导下: a phrase opening a sentence
_UNDER = re.compile(r"^在.{2,40}?(?:(?P<guide>指导|督导|业务指导)|领导)下$")
_UNDER_UNITS = re.compile(r"\s*在\s*(?P<units>.{2,40}?)\s*(?:的\s*)?(?:业务\s*)?(?:指\s*导|督\s*导)\s*下")


def _guiding_units(text: str, a: int, b: int) -> list[Unit]:
    """The units of 在A、B的指导下 in ``text[a:b]``, when each is a named body of a place."""
    m = _UNDER_UNITS.match(text, a, b)
    if m is None:
        return []
    units = split_units(text, 0, m.start("units"), m.end("units"))
    return units if units and all(looks_like_unit(u.text) and PLACED.match(u.text) for u in units) else []
