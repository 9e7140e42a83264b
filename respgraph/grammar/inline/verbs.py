"""The verbs a label-less phrase closes with, and what each makes its units.

Supporting verbs, manners of helping (``积极配合`` as ``配合``), verbs read only in a bracket,
the step of submitting for approval that ends a clause, and the checks over the phrases read so
far (``_named_responsible``, ``_parts_shared``) that ``_read_inline`` asks.
"""

from __future__ import annotations

import re

from respgraph.grammar.inline.watch import _UNDER_WATCH
from respgraph.grammar.labels import TECHNICAL_GUIDANCE, TECHNICAL_SUPPORT
from respgraph.grammar.units import Unit


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


# PROSE_START words that open a phrase of units after the lead's (A牵头，会同B推进 / A牵头，配合…)
_UNITS_AFTER = ("会同", "配合")
# 指导/支持 (A负责，B指导): only beside a unit that carries a clause verb; alone they are prose
_INLINE_SUPPORT = {"配合", "参与", "参加", "协助", "协办", "协同", "指导", "支持", "监督", "督导"}
# 负责落实 / 负责具体落实 after another unit's phrase: carrying the task out locally (support)
_CARRY_OUT = {"落实", "具体落实", "抓好落实", "组织落实"}
_GUIDE_VERBS = {"负责指导", "负责督导", "负责监管"}
# B负责业务指导 / B负责技术指导: read as B负责指导 (roles._GUIDANCE and helpers._GUIDES ask the same of
# a phrase written so)
_GUIDANCE_VERBS = frozenset({"负责业务指导", "负责技术指导"})
_EACH_LEADS = frozenset({"分别负责", "共同负责"})
# the verbs of units answering for the task (A、B负责 / A、B按职责分工负责): set against a
# supporting group, each of them leads
_ANSWER_VERBS = frozenset({"负责", "按职责分工负责", "分工负责", "按各自职责负责"})
# a body lending its expertise (labels.TECHNICAL_SUPPORT / TECHNICAL_GUIDANCE): given by 由, it is the
# unit's own part of the work (由县财政局提供资金，由县水利局提供技术指导:
# each leads its part, read as the given action)
TECHNICAL_HELP = frozenset(TECHNICAL_SUPPORT + TECHNICAL_GUIDANCE)
# the verbs of units trying the work out first (A负责，B、C试点): after a lead only, and never after
# where or how the trial is chosen (选择B、C试点 / 在B开展试点: a site, no unit; _TRIAL_SITE)
_TRIAL_VERBS = ("试点", "先行试点", "开展试点")
_TRIAL_SITE = re.compile(r"\s*(?:在|于|选择|选取|选定|确定|择优|以|由|并|同时|率先|积极|逐步|鼓励|支持|推动)")
# A负责，选择B、C具体落实 / 确定B、C组织实施 / 组织B、C抓好落实 / 在B、C推进: the lead's choosing or
# organising the places that carry the work out; its verb is no part of the first place's name (was
# 选择城关镇, a unit no plan has), the places support as B、C具体落实 does (read.py: _units_span)
CHOSEN_TO_CARRY_OUT = re.compile(r"(?:选择|选取|选定|确定|组织(?!部)|在)(?=[\u4e00-\u9fff])")
# 确定A为牵头单位，B为配合单位 / 明确A为责任主体: the plan naming A's role, its verb no part of A
NAMED_AS = re.compile(r"\s*(?:确定|明确|指定)(?=[\u4e00-\u9fff])")
# 选择B、C作为示范镇具体落实 / 确定B、C为试点镇组织实施: what the chosen places are made, no part of the
# last place's name (was a unit 龙泉镇作为示范镇)
CHOSEN_AS = re.compile(r"(?:作\s*|列\s*)?为")
CARRYING_OUT = frozenset({"具体落实", "落实", "组织落实", "抓好落实", "抓落实", "实施", "具体实施", "组织实施", "推进"})
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
    # B提供技术支撑 / C给予技术支持 / D技术指导 / E给予指导支持: a body lending its expertise (a
    # monitoring centre, the weather bureau, the province's department), as 支持 / 指导 (was no
    # clause: the lead went with it)
    **dict.fromkeys(TECHNICAL_SUPPORT, "支持"),
    **dict.fromkeys(TECHNICAL_GUIDANCE, "指导"),
    **dict.fromkeys(("予以业务指导", "给予业务指导", "予以指导", "给予指导"), "指导"),
    # A、B按职责分别负责 / 依据各自职责分别负责: each leads its part, as 分别负责
    **dict.fromkeys(("按职责分别负责", "按各自职责分别负责", "依据各自职责分别负责", "根据各自职责分别负责"), "分别负责"),
    # A负责，B督促指导: B guides as 指导 alone says (was no clause at all)
    **dict.fromkeys(("督促指导", "指导督促", "业务指导"), "指导"),
    "做好督导": "督导",
    # A负责，B、C试点 / B、C先行试点: the places or bodies trying the work out first carry out what A
    # answers for, as B、C具体落实 (was no clause: the lead lost with them; read.py: _TRIAL_VERBS)
    **dict.fromkeys(_TRIAL_VERBS, "具体落实"),
    "抓好贯彻落实": "抓好落实",
    "贯彻落实": "落实",
}
# Wordings read only inside a bracket: standing as a sentence they state how work is shared
# (各乡镇为责任主体 / 各有关部门要各负其责) more often than assign a task
_BRACKET_ONLY_VERBS = _GUIDE_VERBS | {"为责任主体", "为实施主体", "各负其责", "各司其职", "主抓"}
# ... but given by 由 they assign the task to the unit (会议要求，由A主抓，B、C配合)
_LEAD_BY = frozenset({"负责统筹", "主抓"})
# 报市政府同意后实施 / 报领导小组审定 / 提请县委常委会审议: the step after the units' work, where
# it goes for approval
_SUBMITTED = re.compile(
    r"(?:并|经)?\s*(?:报\s*(?:送|请)?|提\s*交|提\s*请)[^，,；;。]{1,24}?(?:审定|审批|批准|同意|备案|审议|审核|核准|决定)"
)
# 由A负责调查，结果报省政府 / …，情况及时报送市委办公室 / …，报县政府: what the units found goes up
# to a body, no unit of the task (was read as a unit 结果报省政府, the clause lost; 监测数据按月报市滇池管理局
# alike, its data and their schedule); the body after
# 报 must close the phrase (read.py asks looks_like_unit). Bare 报 is held to a body named by its
# level (报省政府 / 报上级部门): a name may hold 报 (报业集团)
REPORTED_UP = re.compile(
    r"^(?:(?:(?:调查|核查|处理|整改|检查|评估|考核|查处|办理|工作|督办|核实|监测)?(?:结果|情况|进展|结论|成果|报告|材料|意见|进度|数据|信息))"
    r"\s*(?:及时|按时|定期|逐级|统一|按程序|并|均|按月|按季度?|每月|每季度?|每半年|每年)*|(?:及时|按时|定期|逐级|按程序|并|均)+)?\s*"
    r"(?:上\s*)?报\s*(?:送|告)?\s*(?P<to>\S.*)$"
)
# ... and after a phrase that names the lead, the others' share of its task (A牵头，B、C各负其责) or
# their guidance or oversight of it (由A牵头，B负责监管 / B负责指导: B supports, was no clause)
_AFTER_LEAD_VERBS = frozenset({"各负其责", "各司其职"}) | _GUIDE_VERBS
# 联席会议由A、B、C等7个部门组成，A为牵头单位。 (a 联席会议制度's 成员单位, a 领导小组's 组成): the body a
# joint mechanism is made of, then which member convenes it; A leads no task by it (the roster was a task
# A led). Held to a paragraph opening with the joint body (an item's sentence, 4.建立…专班。专班由A、B组成，
# A为牵头单位。, gives the item its lead) and ending with the 为牵头单位 right after its 组成 (…组成，A为牵头
# 单位，负责统筹推进… gives A work; 成立由A、B组成的专班 names no joint body's members)
_MEMBERS_BEFORE = re.compile(
    r"[ \t\u3000]*(?:[^。；;\n，,]{0,30}?)(?:联席会议|领导小组|工作小组|工作组|专班|委员会|指挥部|协调机制)"
    r"[^。；;\n]{0,12}?由[^。；;\n]{2,300}?组\s*成\s*[，,]\s*"
)


def members_convener(text: str, pa: int, pb: int, verb: str) -> bool:
    """Whether the phrase ``text[pa:pb]`` (A为牵头单位) names the convener of a joint body whose
    members the paragraph has just listed (联席会议由A、B组成，A为牵头单位。), no lead of a task."""
    if not verb.startswith("为牵头") or not re.match(r"\s*(?:[。；;]|$)", text[pb:pb + 2]):
        return False
    start = text.rfind("\n", 0, pa) + 1  # the paragraph's first sentence: the members and the convener
    return _MEMBERS_BEFORE.fullmatch(text, start, pa) is not None
