"""Duty statements: a unit that opens a sentence, an item or a heading with its duty.

Plans that divide work by unit write 1.县公安局：负责… / 县财政局要统筹用好… / (an emergency plan's
measures) 县水务局做好水库调度; a heading may name the unit its items belong to (heading_owner), and
an item under it may open by naming its partner (owned_item: 配合区市场监管局做好…). It is part of the
grammar package since it reads with the clauses' own patterns and helpers (roles, phrase_units,
labels); :mod:`respgraph.responsibilities` (the stage's API) re-exports
``heading_owner``, ``owned_item`` and ``duty_statement``, and reads with this module's public
names where a duty may open (``DUTY_CANDIDATE``, ``ACT_CANDIDATE``) and which names are bodies
given an item (``meant_unit``) or only a kind of body (``KIND_OF_BODY``).
"""

from __future__ import annotations

import re

from respgraph.grammar.labels import _AMONG, ATTITUDE
from respgraph.grammar.inline.phrase_units import _BUSINESS, _UNNAMED as _UNNAMED_RE
from respgraph.grammar.placed_units import OWN_UNIT, PLACE_NAMED_BUREAU, SYSTEM_BODY_OF_CITY, placed
from respgraph.grammar.roles import units_before_action
from respgraph.grammar.units import is_collective, looks_like_unit, normalise_mention, split_units
from respgraph.grammar.units.names import written_once_for_places
from respgraph.grammar.units.bodies import BARE_BODY, kind_of_company, named_company
from respgraph.records import Clause, Mention, Span

# A heading that names a body starts with its level or place (区发展改革委, 宜春市林业局, 各街道办事处):
# a heading phrase that merely ends like one (优化水资源配置格局) does not. The network companies a
# place's plans give work to are named by their group and a bare place (国网洛阳供电公司 /
# 中国移动株洲分公司 / 中国铁塔株洲市分公司): bodies as much (国网洛阳供电公司要做好… was prose)
_NAMED_BODY = re.compile(
    r"^(?:各|[省市县区州旗盟镇乡]|[\u4e00-\u9fffA-Za-zＡ-Ｚａ-ｚ×]{1,10}?(?:自治区|自治州|自治县|新区|[省市县区州旗盟镇乡]))(?![场])"
    r"|^(?:国网|国家电网|南方电网|中国(?:移动|电信|联通|铁塔|邮政|石化|石油|广电))(?=[\u4e00-\u9fff]{2,16}(?:公司|局)$)"
    # the forest bureaus and forest farms of the forest regions are named by their own place, no
    # level word (红花尔基林业局 / 巴彦嵯岗林场 / 毕拉河林业局要…: were prose, the item lost its
    # units); a kind (国有林场 / 各林场 / 重点林场) names none
    r"|^(?!国有|各|该|本|全|所属|有关|相关|重点|集体|森工|国营)[\u4e00-\u9fff]{2,6}(?:林业局|林场|林管局)$"
    # a county's bureau named by its county alone (泰和生态环境局要… / 泰和水利局要…: roles.PLACE_NAMED_BUREAU)
    r"|^" + PLACE_NAMED_BUREAU
    # a national system's body named by its city (南宁供电局配合各城区人民政府做好…: was one unit
    # 南宁供电局配合各城区人民政府, read to the 区 inside it)
    + r"|^" + SYSTEM_BODY_OF_CITY
    # a body named by its function alone, the plan's own place's (市场监管局负责… / 住建局要…:
    # units.bodies; were prose, the item's unit lost)
    + r"|" + BARE_BODY.pattern
)
# A town's or a street's station named by its place without a level word (昌宁派出所 / 西江司法所 /
# 城关财政所, 西城街道办事处, 街道应急办 / 街道综合执法队, 综治办 / 文化站): a body, in a duty statement or as its
# partner (a pronoun or a quantifier before the body word is prose: 该中心 / 各所 / 有关站).
# A station of any trade (加油站 / 检测站 / 服务中心) may be a business: only the offices of the
# state (_PLACE_OFFICE) open an item's 要 sentence (duty_statement's ``meant``)
_PLACE_OFFICE = (
    r"街道(?:(?![和与及或])[\u4e00-\u9fff]){1,10}?(?:办事处|[办心站所队室处科委会])"
    r"|(?!该|本|此|各|其|每|全|有关|相关|上述|所属)[\u4e00-\u9fff]{2,3}(?:派出所|司法所|财政所"
    # a street's office named by its street (西城街道办事处要立即组织整改: a 通报's 整改要求)
    r"|街道办事处)"
)
_PLACE_OFFICE_RE = re.compile(r"^(?:" + _PLACE_OFFICE + r")$")
# ... but a station named by its trade, not its place or office, is a business or a facility
# (加油站 / 中转站 / 收费站 / 事务所 / 购物中心 / 汽车站 / 营业所 / 活动中心 负责…: in an item's
# body they were read as its lead): trade, commerce, transport, a venue
_TRADE = (
    r"加油|加气|充电|换电|中转|转运|收费|洗车|维修|快递|物流|配送|事务|招待|托儿|购物|商务|商业|营业|收购|"
    r"健身|培训|检测|活动|汽车|客运|火车|公交|高铁"
)
_PLACE_STATION = re.compile(
    r"^(?:" + _PLACE_OFFICE + r"|(?!该|本|此|各|其|每|全|有关|相关|上述|所属|" + _TRADE + r")[\u4e00-\u9fff]{2}(?:中心|站|所|办))$"
)
# a station's word going on into another word (保障站|点供电 / 政治站|位 / 所|有 / 办|法 /
# 中心|城区 / 办事处|处理): the cut is inside that word, no name ends there (was 配合保障站点供电 read as helping a
# body 保障站, which then led the task)
_STATION_WORD_GOES_ON = re.compile(r"(?<=站)[点位台]|(?<=所)[有属需得]|(?<=办)[法理好]|(?<=中心)[城区]|(?<=处)[理置]")
_NOT_BODIES = ("格局", "布局", "大局", "全局", "新局", "开局", "变局", "结局")


# a heading naming a body and its duties: 市应急管理局职责 / 市水利局主要职责 / 县公安局工作职责
_DUTIES_TAIL = re.compile(r"(?:的)?(?:主要|工作|具体)?职责(?:任务)?$")


def heading_owner(text: str, start: int, end: int, among_units: bool = False) -> Clause | None:
    """The clause a heading makes when it is nothing but one agency's name.

    A 任务分工 organised by unit lists each unit's tasks under a heading that names it
    (``一、区发展改革委`` / ``1.推进能源结构调整…``): that unit leads the tasks below. Returns a
    clause spanning the name, with the unit as its explicit lead, or None when the heading
    (its first line, between ``start`` and ``end``) says anything else.

    >>> t = "一、区发展改革委\\n1.推进能源结构调整。"
    >>> c = heading_owner(t, 2, len(t))
    >>> c.raw, [(m.text, m.role, m.basis) for m in c.mentions]
    ('区发展改革委', [('区发展改革委', 'lead', 'explicit')])
    >>> heading_owner("（一）加强组织领导", 3, 9) is None, heading_owner("二、区财政局、各有关部门", 2, 12) is None
    (True, True)

    Two or three bodies sharing a heading (二、市发展改革委、市能源局: an 安委会's members that share
    their duties) are its units as a list is: the first listed leads, the others support.

    >>> t = "二、市发展改革委、市能源局\\n1.负责煤矿安全生产行业管理。"
    >>> [(m.text, m.role, m.basis) for m in heading_owner(t, 2, len(t)).mentions]
    [('市发展改革委', 'lead', 'first_listed'), ('市能源局', 'support', 'explicit')]

    ``among_units``: the heading stands among headings that each name a unit (the caller knows
    its siblings). A name by its end alone is then a unit too, and another short title of no act
    an unread clause (``parsed`` False), so that its items are tasks, flagged, not dropped.

    >>> t = "（二）醴陵气象站\\n1．负责气象灾害预警。"
    >>> heading_owner(t, 3, len(t)) is None, heading_owner(t, 3, len(t), among_units=True).mentions[0].text
    (True, '醴陵气象站')
    >>> heading_owner("（五）工作要求", 3, 7, among_units=True) is None
    True
    """
    nl = text.find("\n", start, end)
    line_end = nl if nl >= 0 else end
    s, e = start, line_end
    while s < e and text[s] in " \t\u3000":
        s += 1
    while e > s and text[e - 1] in " \t\u3000：:。":
        e -= 1
    if (tail := _DUTIES_TAIL.search(text, s, e)) is not None and tail.start() - s >= 2:
        e = tail.start()  # （一）市应急管理局职责 / 醴陵气象站主要职责: the body named, its duties below
    title = text[s:e]
    if "、" in title and not any(c in title for c in "，,；;。"):
        joint = _joint_heading_owner(text, s, e)
        if joint is None and among_units:
            # （五）醴陵气象站、醴陵水文站 among units' headings: names by their form, or an unread clause
            joint = _joint_heading_owner(text, s, e, by_form=True)
            if joint is None and _listed_heading(title.replace("、", ""), "", s, e) is not None:
                joint = Clause(span=Span(s, e), raw=title, parsed=False, problems=[_UNREAD_HEADING])
        return joint
    if not title or len(title) > 30 or any(c in title for c in "、，,；;。"):
        return None
    name = normalise_mention(title)
    if name.endswith(_NOT_BODIES):
        return None
    if not looks_like_unit(name) or not (_NAMED_BODY.match(name) or is_collective(name)):
        return _listed_heading(title, name, s, e) if among_units else None
    mention = Mention(name, "lead", "explicit", Span(s, e), collective=is_collective(name))
    return Clause(span=Span(s, e), raw=title, mentions=[mention])


# A heading among units' headings that is a name by its form only: a short noun phrase, no act
# in it (醴陵气象站 / 醴陵公路中心 / 株洲海事处 beside （一）市应急管理局: bodies named by a bare
# place, or by none, that no level word opens)
_LISTED_NAME = re.compile(r"^[\u4e00-\u9fffA-Za-z（）()]{2,20}$")
# (a chapter's title among them is no body: （五）工作要求 / 其他事项 / 保障措施)
_CHAPTER_WORD = re.compile(r"(?:要求|措施|机制|保障|原则|目标|思想|重点|任务|职责|分工|事项|附则|说明|安排|其他|工作)$|^其他")


def _listed_heading(title: str, name: str, s: int, e: int) -> Clause | None:
    """The clause of heading ``title`` standing among headings that each name a unit, when it names
    none by their rule: a name by its end (站 / 中心 / 大队 …) its unit, leading; any other short
    title of no act an unread clause (the items below it are its unit's, whoever that is: they were
    dropped with no task), kept as written; a title saying something (工作要求) None."""
    if not _LISTED_NAME.match(title) or _COMMITTEE_ACTS.search(title.replace("（", "").replace("）", "")) or _CHAPTER_WORD.search(title):
        return None
    if looks_like_unit(name) and not KIND_OF_BODY.search(name):
        return Clause(span=Span(s, e), raw=title, mentions=[Mention(name, "lead", "explicit", Span(s, e))])
    return Clause(span=Span(s, e), raw=title, parsed=False, problems=[_UNREAD_HEADING])


_UNREAD_HEADING = "a heading among units' headings naming no known unit"


def _joint_heading_owner(text: str, s: int, e: int, by_form: bool = False) -> Clause | None:
    """The clause of a heading naming two or three bodies and nothing else (市发展改革委、市能源局),
    or None: the first listed leads (basis ``first_listed``), the others support. Each name must be
    a body's (a kind or a collective among them: an exhortation's heading, none)."""
    mentions, a = [], s
    pieces = text[s:e].split("、")
    if not 2 <= len(pieces) <= 3:
        return None
    for n, piece in enumerate(pieces):
        name = normalise_mention(piece)
        if not looks_like_unit(name) or not (_NAMED_BODY.match(name) or (by_form and not KIND_OF_BODY.search(name))) or is_collective(name) or name.endswith(_NOT_BODIES):
            return None
        role, basis = ("lead", "first_listed") if n == 0 else ("support", "explicit")
        mentions.append(Mention(name, role, basis, Span(a, a + len(piece))))
        a += len(piece) + 1
    return Clause(span=Span(s, e), raw=text[s:e], mentions=mentions)


# An item under a unit's heading that opens by naming its partner: 配合区市场监管局做好… (the
# heading's unit supports, the partner leads), 会同区司法局推进… (the partner supports).
# (积极配合区市场监管局… / 主动协助…: the manner before the verb, as a duty statement's support
# group allows it; the heading's unit was read as leading the part it helps with)
_OPENING = re.compile(r"[ \t\u3000]*(?:积极|主动|全力|密切|做好)?[ \t\u3000]*(?P<verb>配合|协助|会同|参与)")
_LIST_GOES_ON = "、和及与"


def owned_item(text: str, start: int, end: int, owner: Clause) -> list[Clause]:
    """The clauses an item under a unit-naming heading gets from ``owner`` (that heading's clause).

    Usually ``[owner]``: the heading's unit leads. An item opening with 配合/协助 + units makes
    those units lead and the heading's unit support; one opening with 会同 + units adds them as
    support; 参与/配合 with no unit after it leaves the heading's unit a supporter, with no lead
    named. The partner's clause spans its names in the item, so provenance points there.

    >>> t = "一、区发展改革委\\n2.配合区市场监管局做好公平竞争审查工作。"
    >>> owner = heading_owner(t, 2, 8)
    >>> [(m.text, m.role) for c in owned_item(t, 11, len(t), owner) for m in c.mentions]
    [('区市场监管局', 'lead'), ('区发展改革委', 'support')]
    """
    m = _OPENING.match(text, start, end)
    if m is None:
        return [owner] + _mid_partners(text, start, end)
    verb = m.group("verb")
    units = _units_after(text, m.end(), min(end, m.end() + 60))
    if not units and verb == "会同":
        return [owner]
    if verb == "会同":  # the heading's clause stands as it is; the partner works with it
        partner_role, head = "support", owner
    else:  # 配合/协助/参与: whoever the heading names supports here
        partner_role = "lead"
        head = Clause(
            span=owner.span,
            raw=owner.raw,
            mentions=[Mention(x.text, "support", x.basis, x.span, list(x.portfolio), x.collective) for x in owner.mentions],
            supervisors=list(owner.supervisors),  # who supervises the heading's work supervises this too
            parsed=owner.parsed, problems=list(owner.problems),  # (an unread heading stays unread)
        )
    if not units:
        return [head]
    b = units[-1].end
    partner = Clause(
        span=Span(m.start("verb"), b),
        raw=text[m.start("verb") : b],
        mentions=[
            # 配合A、B做好…: as in （A、B负责）, the first listed leads
            Mention(u.text, role, basis, Span(u.start, u.end), list(u.portfolio), u.collective)
            for n, u in enumerate(units)
            for role, basis in [
                (partner_role, "explicit") if partner_role == "support" or len(units) == 1
                else ("lead", "first_listed") if n == 0 else ("support", "explicit")
            ]
        ],
    )
    return [head, partner] if verb == "会同" else [partner, head]


# a partner named after the item's own work: 加强燃气安全管理，配合区市场监管局做好… / …，会同A开展…
_MID_PARTNER = re.compile(r"[，,；;][ \t\u3000]*(?:并\s*)?(?P<verb>配合|协助|会同|协同)")


def _mid_partners(text: str, start: int, end: int) -> list[Clause]:
    """The units an item under a unit-naming heading works with after its own work (the heading's
    unit leads the item): those it helps (…，配合区市场监管局做好…) lead the part they are helped
    with, as in a duty statement; those it works with (…，会同A开展…) support it."""
    out: list[Clause] = []
    for pm in _MID_PARTNER.finditer(text, start, end):
        named = _partners_after(text, pm.group("verb"), pm.end(), end)
        if named:
            a, b = pm.start() + 1, named[-1][0].end
            out.append(Clause(span=Span(a, b), raw=text[a:b],
                              mentions=[Mention(u.text, role, "explicit", Span(u.start, u.end), list(u.portfolio), u.collective) for u, role in named]))
    return out


# 社 and 会 end names (供销社, 总工会) but also open 社会 in one: 人力资源社会保障局, 社会工作部, 社会事业局
_SHEHUI_GOES_ON = re.compile(r"会?(?:保障|工作|事业)(?:局|部|办)")


def _units_after(text: str, a: int, hi: int, collectives: bool = False):
    """The unit list that opens ``text[a:hi]`` (区市场监管局、区司法局 of …做好…), or []: the
    shortest that ends a name, unless that name goes on (县人社|局, 县委|宣传部). ``collectives``:
    a collective is one too (会同有关部门…: those the unit works with)."""
    best, until = [], hi
    for p in range(a + 2, hi + 1):
        if p > until:
            break
        if text[p - 1] not in _PARTNER_END or (p < hi and (text[p] in _LIST_GOES_ON or text[p - 1 : p + 1] == "部门")):
            # (县直有关部|门: 部门 goes on, the collective was cut to a unit of its own)
            continue
        if text[p - 1] in "社会" and _SHEHUI_GOES_ON.match(text, p, hi):
            continue  # 县人力资源社|会|保障局 (was cut to 县人力资源社)
        if text.count("（", a, p) != text.count("）", a, p):
            continue  # inside a bracket: 各村（社|区）
        if p < hi and _STATION_WORD_GOES_ON.match(text, p):
            continue
        units = split_units(text, 0, a, p)
        if units and all(looks_like_unit(u.text) and (
            _NAMED_BODY.match(u.text) or _PLACE_STATION.match(u.text) or (collectives and u.collective)
        ) for u in units):
            best = units
            tail = _name_goes_on(text, units[-1].text, p, hi)
            if not tail:
                break
            until = min(hi, p + tail)
    return best


# A name read so far may be the head of a longer one: 县人社|局, 县委|办公室, 县政府办|公室,
# 县发展改革委|员会, a unit before its portfolio (县人社局|（县医保局）), and a party committee
# before its department (县委|宣传部, 市委|政法委); (were the partners 县委 / 县发展改革委, or
# none: 县人社局配合… was dropped)
_NAME_GOES_ON = ("局", "办", "公室", "公厅", "员会", "事处", "（")  # (街道办|事处: was cut to 属地街道办)
_PARTY_COMMITTEE = re.compile(r"^[\u4e00-\u9fff]{0,8}(?:[省市县区州旗盟]委|党工?委)$")
# … not before what the committee does (会同县委研究部署…)
_COMMITTEE_ACTS = re.compile(r"[^\u4e00-\u9fff]|研究|部署|统一|统筹|开展|制定|做好|配合|协助|协同|会同|负责|牵头|参与|落实|推进|加强|督促|指导|领导")
_NAME_TAIL_MAX = 10  # the characters a name may go on by (县委|社会工作部, 县市场监管局|（县知识产权局）)
# a police bureau's brigade is a unit of its own: 区公安分局|交警大队, 市公安局|交警支队 (was cut
# to the bureau); only the brigades' names, so that 会同县公安局组建专项整治大队 stays the bureau
_BRIGADE = re.compile(r"(?:交警|交巡警|治安|刑侦|刑警|经侦|禁毒|巡特警|特警|网安)(?:大队|支队|中队)")


# a city bureau's branch in a county is named by both (大连市生态环境局|庄河分局, 西安市生态环境局|碑林分局:
# was cut to the city's bureau); not its branches at large (各分局 / 有关分局)
_PLACE_BRANCH = re.compile(r"(?!各|有关|相关|所属|下属|[对在向与和及为从按将把]|督促|指导|加强)[\u4e00-\u9fff]{2,6}?分局")


def _name_goes_on(text: str, name: str, p: int, hi: int) -> int:
    """How many characters past ``p`` the name read so far may go on by (0: it ends there); a
    brigade's name is known whole, and the list may go on after it (A交警支队、B开展…)."""
    if p >= hi:
        return 0
    if name[-1] == "局" and (brigade := _BRIGADE.match(text, p, hi)):
        return brigade.end() - p + _NAME_TAIL_MAX
    if name[-1] == "局" and (branch := _PLACE_BRANCH.match(text, p, hi)):
        return branch.end() - p
    if text.startswith(_NAME_GOES_ON, p):
        return _NAME_TAIL_MAX
    return _NAME_TAIL_MAX if _PARTY_COMMITTEE.match(name) is not None and _COMMITTEE_ACTS.match(text, p) is None else 0


_NAME_END = set("局委办部院厅室心司府会队所站社署处科股门位")
_PARTNER_END = _NAME_END | set("）)")  # a partner may close with its bracket: 各村（社区）协助做好…
# a duty statement's unit may also be a collective of places (各乡镇、各街道积极参与…) or close
# with its portfolio (市发展改革委（市粮食和储备局）负责…), and bodies named for what they are
# rather than by an office word: 曲靖军分区 / XX高新区, 人民银行XX市分行, 市妇联, 市科协, 长春海关
# (各团场 / 县国有林场 / XX农场: a farm of the state, its name read as a unit's: units.words)
_DUTY_NAME_END = _NAME_END | set("镇乡道）)区行联协关校学场政团")  # (政: 县财政要…, grammar.units.names)
# (团: a company group named as itself, 南宁建宁水务集团配合…: units.bodies.named_company)


# What follows the unit of a duty statement. Loose (in a 职责分工 section or an article):
# 县财政局负责落实… / 县公安局依法查处… is not enough, a duty verb must open the rest:
# 负责 / 牵头 / 承担 / 对…负总责 / 是…主管部门 / 落实属地管理责任 / 按照职责分工负责 / 配合做好 /
# 派员参加 (the unit supports).
# Strict (anywhere else): the unit stands apart first, 1.县发展改革局：负责… / （三）县生态环境局。负责….
_DUTY_VERB = (
    r"(?:要|应当?)?(?:按照?(?:各自|有关|职责|职能|各自职能)?(?:职责|职能)?(?:分工)?[，,]?|根据职责(?:分工)?[，,]?"
    # the principle or rule the unit's duty follows (按照“谁主管、谁负责”原则，负责… / 按照“三管三必须”
    # 要求，负责… / 根据有关规定，负责…: the statement was not read, its unit lost)
    r"|(?:按照?|根据|依照|依据)[^。；;：:\n，,]{1,24}?(?:原则|要求|规定)[，,])?"
    # (A、B共同推进X / 共同负责X: named bodies sharing the work, each a lead)
    r"(?:(?P<jointly>共同(?=负责|推进|推动|组织|实施|开展|做好|抓好|落实|完成))|"
    # (负责人 is a person, 负责人民调解 a duty: 县司法局：负责人民调解和社区矫正工作 was prose, its task lost)
    r"(?P<lead>(?:主要|具体|统一)?负责(?!人(?!民)|同志)|(?P<sees>督促(?!指导[。；;，,]|检查[。；;，,])(?:指导)?|指导督促(?![。；;，,])|指导(?=各))|(?P<heads>牵头)|WITH承担|(?P<whole>对[^。；;，,\n]{1,30}负(?:总|主体|属地|直接)?(?:管理|监管)?责(?:任)?|"
    r"负(?:总|主体|属地|直接)(?:管理|监管)?责(?:任)?|是[^。；;，,\n]{1,30}(?:主管|责任)(?:部门|单位|主体)|"
    # 落实属地管理责任 / 履行行业监管责任 / 压实主体责任: the kind of duty the unit bears
    r"(?:落实|履行|压实)(?:属地|主体|行业|监管|管理|直接){1,3}责任|"
    # 依法履行消防监督检查职责 / 履行本行业安全监管职责: the duties the unit holds, named
    r"(?:依法|依规|依法依规)?履行[^。；;，,\n]{1,30}?(?:职责|职能)))|"
    # (市政府协助分管副秘书长、A局局长任副组长: 协助分管 opens a person's title, no help given)
    r"(?P<support>(?:积极|做好|派员)?(?:配合|协助(?!分管)|参加|参与)))"
)
# A会同B… leads (县公安局会同县市场监管局开展…); standing apart, A：会同B… opens an item of A's list
# that B leads, as A：配合B… does (owned_item)
_DUTY_LOOSE = re.compile(r"[ \t\u3000]*" + _DUTY_VERB.replace("WITH", "(?P<with>会同)|"))
# (the unit may stand alone on its line, its duty on the next: 2.2.1　县水务局 / 承担…，负责…, an
# emergency plan's unit headings)
_DUTY_STRICT = re.compile(r"[ \t\u3000]*[：:。．\n][ \t\u3000]*(?P<rest>" + _DUTY_VERB.replace("WITH", "") + r"|(?P<opening>配合|协助(?!分管)|会同|参与))")
# a partner named inside the statement: …，配合县生态环境局开展联合执法 / 会同A制定…
_PARTNER = re.compile(r"(?:配合|协助|会同|协同|移送|移交|转交|转办)")
# the unit a statement's 配合 / 协助 names is the one it helps: that unit leads the part it helps
# with (…，配合县交通运输局做好运输保障: 县交通运输局 leads it); 会同 / 协同 name who works with it, and
# so does a handover (…将涉嫌犯罪案件移送市公安局依法查处: the body handed the matter handles it for
# the unit, as in 由A移送B依法查处; was lost)
_HELPED = ("配合", "协助")
_HANDOVERS = ("移送", "移交", "转交", "转办")


def _partner_role(verb: str) -> str:
    """The role of the units a partner verb inside a unit's statement names (see ``_HELPED``)."""
    return "lead" if verb in _HELPED else "support"


def _partners_named(verb: str, units: list) -> list:
    """(unit, role) of the units after a partner verb: a collective helped (…，配合县直有关部门
    做好…) names nobody, as 配合各乡镇 does."""
    role = _partner_role(verb)
    return [(u, role) for u in units if role != "lead" or not is_collective(u.text)]


def _partners_after(text: str, verb: str, at: int, end: int) -> list:
    """(unit, role) of the units the partner verb ``verb`` ending at ``at`` names: those a unit
    works with may be a collective (…会同有关部门开展评估: 有关部门 support, as in a clause's
    A会同有关部门推进…; was lost), those it helps are named bodies (_partners_named)."""
    together = verb not in _HELPED
    return _partners_named(verb, _units_after(text, at, min(end, at + 60), collectives=together))


# … or supporting after a comma: A负责…，B配合开展… / ，B、C协助做好…
_PHRASE_START = re.compile(r"[，,]")
# (A负责统筹，B具体落实 / B负责具体实施: B carries out what A answers for, as in a bracket;
# …，B要积极配合: 要 before the verb as without)
_SUPPORTS_NEXT = re.compile(r"[ \t\u3000]*(?:(?:要|应)?(?:积极|做好|负责|予以|给予)?(?:配合|协助|协同|参与)|(?:负责)?具体(?:落实|实施))")
# … or sharing the duty after a comma: A负责统筹协调，B负责日常保洁 (each leads its part, as
# 由A负责X，B负责Y does in a clause); B督促施工单位… is B's part as B负责督促… is
_LEADS_NEXT = re.compile(r"[ \t\u3000]*(?:(?:具体)?负责(?!人(?!民)|同志)|督促)[\u4e00-\u9fff“]{2}")
# … or overseeing it after a comma, no duty word written: A负责管网改造，B加强监管 / B要加强日常监管
# (B's own part, as B负责监管 is; grammar.inline reads the clause so); a collective (各有关部门加强
# 监管) names nobody
_OVERSEES_NEXT = re.compile(r"[ \t\u3000]*(?:要|应)?[ \t\u3000]*加强(?:日常|行业|安全)?(?:监管|监督|执法)")
# … or only checking it, the verb ending the phrase: A、B负责统筹安排，C负责督导。 (C supervises the
# work the others do, as （A负责，C督导） in a clause: no part of its own, no workload; was a lead by
# _LEADS_NEXT); C负责督导整改落实 / C督促各乡镇… name C's own part and stay with _LEADS_NEXT
_WATCHES_NEXT = re.compile(r"[ \t\u3000]*(?:负责)?(?:督导|监督|督查)(?:检查)?[ \t\u3000]*(?:[，,；;。]|$)")
# what a duty verb needs after it to be a duty, not an exhortation (要密切配合。/ 负责。)
# (or an item of the plan by its number: 牵头第（二）项任务 / 负责第3、5项 / 牵头（一）能源…, which
# structure.duty_titles gives the unit; the statement was lost)
_ITEM_NUMBERED = r"第?[ \t\u3000]*[（(][ \t\u3000]*[一二三四五六七八九十\d]|第[ \t\u3000]*\d"
# (or a count or a year opening the object: 负责3个乡镇的农村环境整治 / 牵头10项重点工程建设 /
# 负责2024年预算安排; the statement was lost)
_COUNTED = r"(?:\d{1,5}(?:\.\d+)?[ \t\u3000]*(?:个|项|家|所|座|条|处|万|亿|千|户|亩|公里|台|套|批|类)|(?:19|20)\d\d[ \t\u3000]*年度?)[\u4e00-\u9fff]"
_DUTY_OBJECT = re.compile(r"(?!的)(?:[\u4e00-\u9fff“]{2}|" + _ITEM_NUMBERED + "|" + _COUNTED + ")")
# 是…主管部门，负责… / 对…负总责，负责… are whole and the duty may go on after a comma
# (要积极配合，形成合力 / A负责，B各负其责 do not)
_DUTY_OBJECT_ON = re.compile(r"[，,]?(?!的)(?:[\u4e00-\u9fff“]{2}|" + _ITEM_NUMBERED + "|" + _COUNTED + ")")


# 根据县委县政府要求，… / 按照市里统一部署，…: the basis the sentence's units act on, no part of
# it; the sentence is read from after the comma, as without (要求 alone after a speaker, 会议要求，…,
# is a directive: _PRINCIPLE)
# (在Ⅲ级响应基础上，A对…实施限行: what the sentence builds on, alike)
_BASIS_LEAD_IN = re.compile(r"\s*(?:(?:根据|按照?|依据|遵照)[^，,。；;：:]{1,25}?(?:要求|部署|安排|精神)|在[^，,。；;：:]{1,20}?基础上)[，,]")

# An item's body may state who does it with 要 alone: （二）加大资金投入。区财政局要统筹用好各类
# 资金，… / 县发改局、县工信局要加强政策指导 (the unit's work, in a plan's voice; body_subjects).
# 要求 (A要求B…) and 要点 are other words; 要 must open a verb phrase, and one of the attitude
# asked of leaders (县委县政府要高度重视 / 要统一思想) gives no work
_MEANT = re.compile(
    r"[ \t\u3000]*(?P<lead>要|应当?)(?!求|点|是|有|" + ATTITUDE + r")(?=[\u4e00-\u9fff“][^\s。；;，,])"
)

# Where a unit's name may end (p) with its duty after it: every pattern tried at p opens, after its
# blanks, with one of these characters (_DUTY_VERB's optional 要/应, 按/根据, and the first character
# of each verb; _DUTY_STRICT's stop; _MEANT's 要/应), so only such places are tried (the sentences
# of item bodies are mostly prose: was every character of the first 45)
_DUTY_FIRST = "要应按根主具统负牵会承对是落履压依积做派配协参督指共：:。．\n"
# (…企业配合: a kind of business helping a named body, 各供水企业配合县水利局做好…: _helps_named)
DUTY_CANDIDATE = re.compile(
    "[" + "".join(sorted(_DUTY_NAME_END)) + "](?=[ \t\u3000]*[" + _DUTY_FIRST + "])|(?<=企)业(?=[ \t\u3000]*(?:配合|协助))"
)


# An emergency plan's measures (4.1.2　响应行动 / 6.2　通信保障) give each unit its part with a
# verb of the response, no duty word: 县水务局做好水库调度，县交通运输局做好道路巡查 / 县卫生健康局
# 组织医疗机构开展伤员救治 / 县应急管理局、县水务局按照分级储备原则储备防汛物资 (not 县气象局发布
# 预警时启动…: a condition)
_ACTS = re.compile(
    # (加强 before a verb its sentence goes on after is the verb itself, the other its object: 县城管局加强
    # 巡查，发现…的，移送县公安局… was read as 巡查 with no object, the body no unit; a sentence of that
    # alone, 领导小组办公室加强调度。 in the safeguards, stays an exhortation)
    r"[ \t\u3000]*(?:要|应当?)?(?:按照?[^，,。；;]{2,16}?(?:原则|要求|规定|职责|分工)[，,]?)?(?:立即|及时|迅速|依法|全力|加强(?![\u4e00-\u9fff]{2}[，,]))?"
    # (依法对燃气经营企业安全生产工作实施综合监督管理 / 对重型柴油货车实施限行: what it acts on first)
    r"(?:对[^，,。；;]{2,30}?(?=实施|开展|进行|加强|做好))?"
    # (市生态环境局将涉嫌犯罪案件移送市公安局: what it hands over first, the handover its action)
    r"(?:将[^，,。；;]{2,30}?(?=移送|移交|转交|转办))?"
    r"(?P<lead>做好|组织|开展|协调|指导|派出|派员|落实|实施|储备|提供|保障|封存|调度|抢修|加强|启用|调拨|"
    r"督促|督导|增加|加密|暂停|停止|限制|关闭|疏散|管控|巡查|检查|执行|进行|移送|移交|转交|转办)"
)
ACT_CANDIDATE = re.compile("[" + "".join(sorted(_DUTY_NAME_END)) + "](?=[ \t\u3000]*[要应按立及迅依全做组开协指派落实储提保封调抢加启督增暂停限关疏管巡检执进对将移转])")


def duty_statement(text: str, start: int, end: int, loose: bool, meant: bool = False, acts: bool = False) -> Clause | None:
    """The clause of a duty statement opening at ``start``: a unit, then its duty, to ``end``.

    Plans that divide work by unit rather than by task write a paragraph, an article or an
    item per unit: ``1.县发展改革局：负责统筹推进…，牵头做好…。`` / ``第五条 县生态环境局负责…`` /
    ``县财政局负责落实专项资金。``. The statement is a task the unit leads (a unit list: the
    first listed leads, as in ``A、B按职责分工负责``); ``县邮政管理局配合做好…`` names a
    supporter with no lead. Units the statement works with (``会同县市场监管局…``) support it;
    the unit it helps (``…，配合县生态环境局开展联合执法``) leads that part; a statement that opens ``A：配合B做好…`` is
    read as an item under A's heading (:func:`owned_item`: B leads, A supports).
    ``loose`` (a 职责分工 section, an article) accepts ``A负责…``; otherwise the unit must
    stand apart first (``A：负责…`` / ``A。负责…``). Exhortations stay prose: the verb must
    have an object (``各部门要密切配合。`` is no statement) and ``要按照职责分工，抓好落实``
    has no duty verb. ``meant`` (the body of an item naming no unit) also accepts a named unit's
    ``要`` before its work (``区财政局要统筹用好各类资金``), but not a collective's
    (``各村（社区）要加强宣传``: an exhortation). ``acts`` (an emergency plan's measures) reads a
    named unit opening its sentence with a verb of the response (``_ACTS``) as leading it, and so
    each unit after a comma opening so (``A加强值班，B做好水库调度``); a kind of body
    (``各有关部门做好…``) names nobody.

    >>> t = "1.县公安局：负责路检路查，会同县生态环境局开展联合执法。"
    >>> [(m.text, m.role) for m in duty_statement(t, 2, len(t), False).mentions]
    [('县公安局', 'lead'), ('县生态环境局', 'support')]
    >>> duty_statement("各乡镇、各部门要按照职责分工，抓好落实。", 0, 20, True) is None
    True
    """
    while start < end and text[start] in " \t\u3000":
        start += 1
    if (among := _AMONG.match(text, start, end)) is not None:
        # 三、请甘井子区政府落实属地责任 (a 督办通知's request) / 其中A负责…: no part of the unit
        start = among.end()
    if (basis := _BASIS_LEAD_IN.match(text, start, end)) is not None:
        start = basis.end()  # 根据县委县政府要求，各乡镇负责…: read from its units
    hi = min(end, start + 45)
    for cand in (ACT_CANDIDATE if acts else DUTY_CANDIDATE).finditer(text, start + 1, end):
        # (市发展改革委（市粮食和储备局）负责…: a portfolio bracket may close the name)
        p = cand.end()
        if p > hi:
            break
        if p < hi and text[p] in _LIST_GOES_ON and not text.startswith("及时", p):
            continue  # (A、B / A及B: the list goes on; A及时… is A's action, no list)
        m = (_DUTY_LOOSE.match(text, p, end) if loose else None) or _DUTY_STRICT.match(text, p, end)
        if m is None and meant:
            m = _MEANT.match(text, p, end)
        if m is None and acts:
            m = _ACTS.match(text, p, end)
        if m is None:
            continue
        if (found := _opening_units(text, start, p, m, end)) is None:
            continue
        units, once = found
        if _urged_only(text, start, p, m, units, once) or _no_duty_object(text, m, end, loose):
            return None
        return _duty_clause(text, start, m, units, end)
    return None


def _opening_units(text: str, start: int, p: int, m: re.Match, end: int) -> tuple[list, bool] | None:
    """The units ``text[start:p]`` opening the duty ``m`` when each may open one (and whether they
    are places' departments written once), else None: the next candidate is tried."""
    units = split_units(text, 0, start, p)
    apart = m.re is _DUTY_STRICT  # 长春海关。负责… / 1.吉林海事局：负责…: the name stands apart
    # (潼南区公安、水利部门负责… / 安居区、潼南区公安、水利部门要…: places' departments written once,
    # 水利部门 and 安居区 no names alone; the clause was dropped)
    once = len(units) > 1 and written_once_for_places(text, units)
    if not units or not (once or all(_duty_unit(u.text, apart) or (named_company(u.text) and _own_duty(m)) or ((named_company(u.text) or kind_of_company(u.text)) and _helps_named(text, m, end)) for u in units)):
        return None
    return units, once


def _urged_only(text: str, start: int, p: int, m: re.Match, units: list, once: bool) -> bool:
    """Whether the duty ``m`` of ``units`` only urges, naming nobody: a kind of body told to act, a
    place or a business told what it should do, collectives sharing or seeing to the work."""
    if m.re is _ACTS and any(KIND_OF_BODY.search(u.text) for u in units):
        return True  # 各有关部门做好… / 县直单位做好…: urged, nobody named
    zones = m.re is _MEANT and _ZONES_LISTED.fullmatch(text, units[-1].end if units else start, p) is not None
    if m.re is _MEANT and not once and not all(meant_unit(u.text) or _shares_office(text, units, k) or (zones and _ZONE_NAME.match(u.text))
                                               for k, u in enumerate(units)):
        return True  # 中心城区要… (a place) / 加油站要落实… (a business)
    if m.groupdict().get("jointly") and any(is_collective(u.text) for u in units) and not _named_among(units):
        # 各部门共同推进… / 各乡镇、县直各部门共同做好…: an exhortation, nobody named (县住建局、
        # 各乡镇共同做好… / 各乡镇、县住建局共同做好…: a named body and the places' own bodies
        # sharing the work, in either order, is read)
        return True
    if (m.re is _MEANT or m.groupdict().get("sees")) and any(is_collective(u.text) for u in units) and not _named_with_places(m, units):
        return True  # 各村（社区）要加强宣传 / 各部门要(督促)…: an exhortation, nobody named
    return False


def _no_duty_object(text: str, m: re.Match, end: int, loose: bool) -> bool:
    """Whether the duty ``m`` has no object after its verb (the statement is no duty)."""
    # (A牵头，对…实行…: the lead's work may follow a comma, as after 对…负总责)
    whole = m.groupdict().get("whole") or ""
    return m.re is not _MEANT and not (_DUTY_OBJECT_ON if whole or m.groupdict().get("heads") else _DUTY_OBJECT).match(text, m.end(), end) and not (
        loose and whole.startswith("对") and "总责" not in whole and not text[m.end() : end].strip(" \t\u3000。；;")
    )  # (in an article or a section of duties A对X负属地管理责任。 is whole: X is what it answers for;
    # 县委、县政府对全县…负总责。 is the principle of leadership, no duty)


# 本办法由A负责解释 / 考核工作由A负责…: a subject before 由 is no unit (the 由 wording is the
# grammar's, labels._BY);
# 各牵头单位负责制定具体方案: the units of other clauses, by their role, not a unit (prose)
# 各学科 / 专科 / 全科: a field of study or of medicine, no division (科 closes a name: 县教育局安全科)
_NOT_DUTY_NAME = re.compile(r"由|^本|^各(?:牵头|责任|配合|成员|协办|参与)(?:单位|部门)$|^各?(?:学|专|全)科$")


_MEANT_END = _NAME_END | set("行联协关场政")  # (县财政要加大投入: a place's finance bureau by its field)  # (… / 巴彦嵯岗林场: _NAMED_BODY's forest farms)  # (县人民银行 / 县妇联 / 县科协 / XX海关)


# a kind of body rather than one (市级部门 / 县直单位 / 县级医院 / 乡镇卫生院 / 市场监管部门) or a
# region's (区域医疗中心 / 县域…): urged, no one named
KIND_OF_BODY = re.compile(r"^(?:[省市县区乡镇村]{1,2}(?:级|直|属)|乡镇|县乡|市县|镇村|区域|县域|市域|区内|县内|市内|省内)|(?:部门|单位|机构)$")


# 延平区、建阳区河长办要…: a place named alone before another place with its office (the office
# named once for both; the resolver names it for each)
_BARE_PLACE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,6}[区县市旗]$")
_PLACE_WITH_OFFICE = re.compile(r"^[\u4e00-\u9fff]{2,6}?[区县市旗][\u4e00-\u9fff]{0,12}(?:河长办|局|委|办|院|所|队|站|中心)$")


def _shares_office(text: str, units: list, k: int) -> bool:
    """Whether ``units[k]`` is a place alone whose office the next unit names (延平区、建阳区河长办)."""
    if k + 1 >= len(units) or not _BARE_PLACE_NAME.match(units[k].text):
        return False
    nxt = units[k + 1]
    return (_PLACE_WITH_OFFICE.match(nxt.text) is not None and text[units[k].end : nxt.start].strip() == "、"
            and (meant_unit(nxt.text) or _shares_office(text, units, k + 1)))


def _named_with_places(m: re.Match, units: list) -> bool:
    """Whether the units before an item's 要 (``m``) are a named body first and then the places'
    own bodies (旗森林消防大队、各苏木乡镇半专业扑火队要… / 县应急管理局、各乡镇要…): the item is
    given to them, as to the named body alone (was an exhortation: a collective among them); a
    kind of body among them (县财政局、各有关部门要…) or none named first stays one."""
    return m.re is _MEANT and _named_first(units)


def _named_first(units: list) -> bool:
    """Whether a list of units opens with a named body and holds no kind of body (县应急管理局、各乡镇
    / not 各乡镇、县直各部门, nor 县财政局、各有关部门): the places' own bodies after a named one share
    its work."""
    return not is_collective(units[0].text) and not any(KIND_OF_BODY.search(u.text) or _UNNAMED_RE.search(u.text) for u in units)


def _named_among(units: list) -> bool:
    """Whether a list of units sharing the work (共同做好…) names a body anywhere in it and holds no
    kind of body (各乡镇、县住建局 as 县住建局、各乡镇: the towns and the bureau do it together; not
    各乡镇、各街道, places alone, nor 各乡镇、县直各部门)."""
    return any(not is_collective(u.text) for u in units) and not any(
        KIND_OF_BODY.search(u.text) or _UNNAMED_RE.search(u.text) for u in units)


# 高新区、经开区、临港区等各功能区要…: the named places are zones, by the kind the list closes with
# (their 管委会 given the item, as 高新区管委会要… is; was urged as a place alone, no units)
_ZONES_LISTED = re.compile(r"\s*等\s*(?:各\s*)?[\u4e00-\u9fff]{0,4}?(?:功能区|开发区|园区)\s*")
_ZONE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,10}区$")


def meant_unit(name: str) -> bool:
    """Whether ``name`` may open an item's 要 sentence: a body of the state, named (县财政局要… /
    大坪派出所要…); a place alone (中心城区要… / 城关镇要…) or a kind of body (市级部门要… /
    县级医院要…) is urged, not given the item."""
    return (name[-1] in _MEANT_END and bool(_NAMED_BODY.match(name) or _PLACE_OFFICE_RE.match(name))
            and not KIND_OF_BODY.search(name))


def _meant_after(text: str, a: int, end: int) -> list:
    """The named bodies opening ``text[a:end]`` before their 要 (…，县纪委监委要严肃问责), or []."""
    y = text.find("要", a, min(end, a + 30))
    if y < 0 or _MEANT.match(text, y, end) is None:
        return []
    units = split_units(text, 0, a, y)
    return units if units and all(looks_like_unit(u.text) and meant_unit(u.text) and not is_collective(u.text) for u in units) else []


def _acting(name: str) -> bool:
    """Whether ``name``, after a comma of an emergency plan's measure, is a unit doing its part
    (…，县水务局做好水库调度), not a kind of body (各有关部门) or a verb's phrase (…，指导事发地镇
    人民政府开展…: 指导 opens it)."""
    return _duty_unit(name) and not KIND_OF_BODY.search(name) and _ACTS.match(name) is None


def _helps_named(text: str, m: re.Match, end: int) -> bool:
    """Whether the duty ``m`` is help given to named bodies (…配合各城区人民政府做好… / 配合市住建局
    开展…): companies named as themselves (华润燃气南宁公司、南宁建宁水务集团配合…) support there, as
    bodies of the state do, and so do kinds of company (燃气公司、物业服务公司配合县住建局开展排查: the
    body they help was lost with them; they support as after a lead, 县住建局牵头，各燃气企业配合);
    a company's own duty (某公司负责… / 要… / 各供水企业负责…) stays its business."""
    return m.groupdict().get("support") is not None and bool(_units_after(text, m.end(), min(end, m.end() + 60)))


def _own_duty(m: re.Match) -> bool:
    """Whether the duty ``m`` is one a plan gives a company named as itself, as it gives its bodies
    (南宁建宁水务集团负责做好城区供水保障 / 华润燃气南宁公司负责…: the firm answers for it, as
    国网南宁供电公司负责… was read; was no clause): 负责 / 牵头 and their kin, not help alone
    (:func:`_helps_named`) nor 要 (an exhortation, ``meant``)."""
    return m.re is not _MEANT and m.groupdict().get("support") is None


def _duty_unit(name: str, apart: bool = False) -> bool:
    """Whether ``name`` may open a duty statement: a named body of a place, a department's own unit
    (``roles.OWN_UNIT``) or a collective; standing
    apart (a sentence or a field of its own), any name ending like a unit's, since bodies of the
    central line are named by a bare place (长春海关, 吉林海事局) or none (海关总署)."""
    return (
        looks_like_unit(name)
        # (a department's own 处室 in its own plan: 大气环境处负责…)
        and bool(apart or _NAMED_BODY.match(name) or _PLACE_STATION.match(name) or OWN_UNIT.match(name) or is_collective(name))
        and not _NOT_DUTY_NAME.search(name)
    )


def _duty_clause(text: str, start: int, m: re.Match, units: list, end: int) -> Clause:
    support = m.groupdict().get("support") is not None
    # A、B共同推进X: they share the work, each a lead (as 共同负责 in a clause)
    jointly = m.groupdict().get("jointly") is not None
    mentions = [
        Mention(u.text, "lead" if jointly else "support" if support or n else "lead",
                "explicit" if jointly or support or len(units) == 1 or n else "first_listed",
                Span(u.start, u.end), list(u.portfolio), is_collective(u.text))
        for n, u in enumerate(units)
    ]
    head = Clause(span=Span(start, m.end()), raw=text[start : m.end()], mentions=mentions)
    if m.groupdict().get("opening") or (support and _units_after(text, m.end(), min(end, m.end() + 60))):
        # A：配合B做好… / A配合B做好… — the item of A's list that B leads
        at = m.start("support") if support else m.start("rest")
        return _merged(text, owned_item(text, at, end, _as_lead(head)), start, m.end())
    partners = []
    at = m.start("with") if m.groupdict().get("with") else m.end()  # A会同B制定…: B right after the verb
    named = [x for pm in _PARTNER.finditer(text, at, end) for x in _partners_after(text, pm.group(), pm.end(), end)]
    if m.groupdict().get("lead") in _HANDOVERS:
        # A将X移送B…: the handover is A's action, B (right after it) handles the matter for A
        named += _partners_after(text, m.group("lead"), m.end(), end)
    sees = -1
    if m.groupdict().get("sees"):
        sees = m.end()
    elif m.groupdict().get("lead") and (after := _SEES.match(text, m.end(), end)) is not None:
        sees = after.end()
    if sees >= 0 and (them := units_before_action(text, sees, _phrase_end(text, sees, end))):
        # A(负责)督促各乡镇做好… / A督促县住建局抓好落实: the places or the named body carry it out and
        # support, as in a clause (phrase_units._units_over_collective); businesses seen to are none
        named += [(u, "support") for u in them[1] if is_collective(u.text) or (placed(u) and not _BUSINESS.search(u.text))]
    watchers = []
    for pm in _PHRASE_START.finditer(text, m.end(), end):
        us = _units_after(text, pm.end(), min(end, pm.end() + 45))
        if us and _WATCHES_NEXT.match(text, us[-1].end, end):
            watchers += us
        elif us and _SUPPORTS_NEXT.match(text, us[-1].end, end):
            named += [(u, "support") for u in us]
        elif us and _LEADS_NEXT.match(text, us[-1].end, end):
            named += [(u, "lead") for u in us]  # A负责统筹协调，B负责日常保洁: each leads its part
        elif us and _OVERSEES_NEXT.match(text, us[-1].end, end) and not any(is_collective(u.text) for u in us):
            named += [(u, "lead") for u in us]  # 华润燃气南宁公司负责…，市住建局加强监管: the regulator's part
        elif m.re is _MEANT:
            named += [(u, "lead") for u in _meant_after(text, pm.end(), end)]  # A要加强审计监督，B要严肃问责
        elif m.re is _ACTS and us and _ACTS.match(text, us[-1].end, end) and all(_acting(u.text) for u in us):
            named += [(u, "lead") for u in us]  # A加强值班，B做好水库调度: each leads its part
    for u, role in sorted(named, key=lambda x: x[0].start):
        if all(u.text != x.text for x in mentions + partners):
            partners.append(Mention(u.text, role, "explicit", Span(u.start, u.end), list(u.portfolio), is_collective(u.text)))
    if len(mentions) > 1 and not support and any(x.role == "support" for x in partners):
        # A、B：负责…，C配合 / A、B负责…，C配合做好…: a supporting group set against the list makes
        # each unit of it a lead, as in a clause (was A by the first-listed convention)
        mentions = [Mention(x.text, "lead", "explicit", x.span, list(x.portfolio), x.collective) for x in mentions]
    # the clause runs on to the last partner named, so that every mention lies in it
    b = max([m.end()] + [x.span.end for x in partners] + [u.end for u in watchers])
    supervisors = [Mention(u.text, "support", "explicit", Span(u.start, u.end), list(u.portfolio), is_collective(u.text)) for u in watchers]
    return Clause(span=Span(start, b), raw=text[start:b], mentions=mentions + partners, supervisors=supervisors)


_PHRASE_STOP = re.compile(r"[，,；;。]")
_SEES = re.compile(r"督促(?:指导)?|指导督促")  # after 负责: A负责督促各乡镇… / A负责指导督促各乡镇…


def _phrase_end(text: str, a: int, end: int) -> int:
    """Where the phrase going on at ``a`` ends (its ，；。), ``end`` at most."""
    stop = _PHRASE_STOP.search(text, a, end)
    return stop.start() if stop else end


def _as_lead(c: Clause) -> Clause:
    """``c`` with its first unit leading, as a unit's heading would (owned_item turns it)."""
    return Clause(span=c.span, raw=c.raw, mentions=[
        Mention(x.text, "lead" if n == 0 else x.role, x.basis, x.span, list(x.portfolio), x.collective)
        for n, x in enumerate(c.mentions)], supervisors=list(c.supervisors))


def _merged(text: str, clauses: list[Clause], start: int, end: int) -> Clause:
    """One clause holding the mentions of ``clauses``, from the statement's opening to its last name."""
    mentions = [x for c in clauses for x in c.mentions]
    end = max([end] + [x.span.end for x in mentions])
    return Clause(span=Span(start, end), raw=text[start:end], mentions=mentions, supervisors=[x for c in clauses for x in c.supervisors])
