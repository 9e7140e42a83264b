"""What the parts of a department are named like, shared by ``core`` (a division named with its
department anywhere, a commission's office, a body's leadership) and ``departments`` (the divisions
of the department that issues a plan): its divisions (``_DIVISION``: 大气环境科, 人事教育处, 办公室,
机关党委), its affiliated units and their collectives, a party committee's commissions, a department
named in a plan's title, and whether a resolved body is one department (``_is_department``) and its
part (``_part_of``). Patterns and pure helpers only: no name is resolved here.
"""

from __future__ import annotations

import re

from respgraph.resolve.places import Resolved


# A department's own plan (XX市生态环境局2024年工作要点) hands tasks to its divisions: 大气环境科,
# 人事教育处, 综合股, 办公室, its party committee and the discipline group stationed in it
# (机关党委, 驻厅纪检监察组). Named without a place, they are parts of the issuing department, not
# bodies of the jurisdiction (XX市人事教育处 would be read as an education body).
# A ministry's divisions are 司 (生态环境部: 大气环境司, 法规与标准司), its office 办公厅.
# (室: 纪委监委's 第一监督检查室, 案件审理室; never an office of a party committee or government, 委办公室, 政府督查室)
# (纪检监察组: 纪委监委's groups stationed in departments, 县纪委监委派驻第三纪检监察组)
_DIVISION_NAME = r"[\u4e00-\u9fff]{1,12}(?:处|科|股)|[\u4e00-\u9fff]{1,3}(?<![委党政])(?:部|办)|(?!委|政府|人民政府)[\u4e00-\u9fff]{1,12}(?<!办公)室|(?:派?驻)?[\u4e00-\u9fff]{0,8}纪检(?:监察)?组|[\u4e00-\u9fff]{1,10}支部|[\u4e00-\u9fff]{1,11}[^\W公]司|办公室|办公厅"
_DIVISION = re.compile(rf"^(?:{_DIVISION_NAME}|机关(?:党委|纪委|工会)|驻[厅局委部办]?纪检监察组)$")
# The department written before its division as the plan's own word for itself: 厅办公室, 局办公室,
# 委办公室 (in a 委's plan only: elsewhere 委办公室 is the party committee's), 厅机关党委.
_OWN_PREFIX = re.compile(r"^本?([厅局委部])(?=.)")
# Its affiliated units, named without a place and without a field: 信息中心, 执法支队, 后勤服务中心 say
# what they are only inside the department's plan. One whose name says its field (市场监管综合行政
# 执法支队, 疾控中心, 公共资源交易中心) is a body of the place, the id government plans give it.
# A department's enforcement arm named alone alike (执法总队 / 执法局 / 执法监督局 in a 厅's plan: were
# 乙省执法总队 / 江西省执法局, bodies of the province).
_AFFILIATED = re.compile(r"^[\u4e00-\u9fff]{2,16}(?:中心|站|所|总队|支队|大队|中队)$|^[\u4e00-\u9fff]{0,8}(?:执法|执法监督|稽查|监察)局$")
# A collective of the department's own units: 各处室, 各科室, 各股室, 各直属单位, 局属各单位, 厅直各单位,
# 有关处室, 各市场监管所 (never the lower levels' units: 各县（区）监测站, 各乡镇农技站).
_OWN_UNITS = re.compile(
    r"^(?:[厅局委部](?:机关|属|直)?|机关|本)?(?:各|有关|相关)?.{0,8}?"
    r"(?:处室|科室|股室|处|科|股|直属单位|直属机构|属各单位|属单位|直各单位|下属单位|所属单位|二级机构|派出机构|所|站|中心|[大中支]队|支部)$"
)
_GROUP = re.compile(r"^(?:[厅局委部]?机关)?(?:各|有关|相关)")  # 各处室, 有关科室, 局机关各股室
# (各街道办事处, 各街道: the street offices are the place's township-level governments, not a
# department's 处 or its units)
_LOWER_LEVELS = re.compile(r"各(?:级|街道|[省市县区乡镇旗](?!场))|办事处$")
# A division named with its department anywhere (市生态环境局大气科, 省财政厅债务管理处,
# 市发展改革委价格科): the department's name ends before it (委, never 委员会's 委).
_HEAD_END = re.compile(r"(?:局|厅|委员会|委(?!员会)|部)(?=[\u4e00-\u9fff])")
_NAMED_DIVISION = re.compile(rf"^(?:{_DIVISION_NAME})$")
# A short name ending in 部 / 办 the registry knows as a body of the place (网信办, 文明办, 组织部,
# 信访办, 应急办) is that body in a bureau's plan, not the bureau's division; in a hospital's plan
# it is one of its 科室 (门诊部, 护理部, 医保办)
_SHORT_PART = re.compile(r"^[\u4e00-\u9fff]{1,3}(?:部|办)$")
_DIVISION_ENDS = ("处", "科", "股", "室", "司", "厅", "中心", "站", "所", "队", "纪检监察组")
_STANDING_OFFICE_OF = ("委员会", "指挥部")  # 安委办, 防指办: a coordinating body's office is a body
# A party committee's commission written with 委 for 委员会 (市委财经委 / 市委外事委 / 市委政法委): its
# 办公室 is the commission's standing office, a body as 市委财经委员会办公室 (= 市委财经办) is, not a
# division (was 株洲市/委财经委/办公室, a division of the commission)
_COMMISSION = r"[省市县区州旗盟]委[\u4e00-\u9fff]{1,8}委"
_PARTY_COMMISSION = re.compile(_COMMISSION + "$")
_COMMISSION_OFFICE = re.compile(r"^(?P<commission>.*?" + _COMMISSION + r")办公室$")
# (江西省财政厅落实2024年《政府工作报告》重点任务分工方案: a verb of carrying out may follow the name)
# A public hospital's own plan (XX县第一人民医院改善就医感受…实施方案) hands tasks to its 科室 as a
# bureau's does to its 股室 (门诊部, 护理部, 医务科, 医保办).
_TITLE_DEPARTMENT = re.compile(
    r"^(?P<name>[^\d“”《》（）()，,]{2,30}?(?:局|厅|委员会|委|部|医院)(?:党组|办公室|党委)?)"
    r"(?=\d|关于|[“《（(]|$|(?:落实|贯彻|推进|深入|做好|进一步|印发|改善|提升|开展|加强|创建))"
)
# 国家发展改革委国家能源局关于… / 工业和信息化部国家发展改革委…: issuers run together in a title
_JOINT_TITLE = re.compile(r".(?:国家|国务院)|部.")
_DEPARTMENT_NOT = {"政府", "党委", "政府办公室", "下级政府", "乡镇街道"}


# A party committee itself, not one of its departments (县委, 党工委, 县委、县政府), and its general
# office, which issues for it as a government's office does (中共XX市委办公室关于印发…)
_PARTY_ITSELF = ("委", "党委", "党工委", "工委", "党组", "委办公室", "委办公厅")


def _is_department(r: Resolved) -> bool:
    """Whether ``r`` is one department, with divisions of its own: a government's bureau (not a
    government, its office or a place's), or a party committee's (组织部, 宣传部, 纪委监委; not
    the committee itself)."""
    if not r.known:
        return False
    if r.kind == "party":
        short = r.agency_id.partition("/")[2]
        return short not in _PARTY_ITSELF and not short.startswith("委、")
    return r.kind == "agency" and not set(r.functions) & _DEPARTMENT_NOT


def _part_of(dept: Resolved, part: str, kind: str) -> Resolved:
    """``part`` of ``dept``: id and name under the department's, its place; a division works in
    its department's field, a collective of its units names none (and is known)."""
    return Resolved(
        agency_id=f"{dept.agency_id}/{part}",
        name=dept.name + part,
        canonical=dept.canonical + part if dept.canonical else "",
        jurisdiction=dept.jurisdiction,
        functions=dept.functions if kind == "division" else (),
        kind=kind,
        known=dept.known or kind == "collective",
        explicit=True,
        parent=dept.agency_id,
    )


def _names_itself(name: str, word: str) -> bool:
    """Whether a department of ``name`` calls itself ``word`` (厅 for 生态环境厅, 委 for
    发展和改革委员会)."""
    return name.endswith(word) or (word == "委" and name.endswith("委员会"))
