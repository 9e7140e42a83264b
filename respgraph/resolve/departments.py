"""A plan issued by one department (``issuing_department``), its divisions, and branches named
in the text.
"""

from __future__ import annotations

import re

from respgraph.records import Agency, PlanMeta
from respgraph.registry import Registry, load_registry
from respgraph.resolve.body_parts import OWN_LEADERSHIP
from respgraph.resolve.chain import plan_chain
from respgraph.resolve.core import agency_of, resolve_name
from respgraph.resolve.division_names import (
    _AFFILIATED,
    _DIVISION,
    _GROUP,
    _JOINT_TITLE,
    _LOWER_LEVELS,
    _OWN_PREFIX,
    _OWN_UNITS,
    _SHORT_PART,
    _TITLE_DEPARTMENT,
    _is_department,
    _names_itself,
    _part_of,
)
from respgraph.resolve.names import LEVEL_CHARS, NATIONAL, normalise
from respgraph.resolve.places import Resolved, Chain


def issuing_department(plan_meta: PlanMeta, reg: Registry | None = None) -> Agency | None:
    """The department a plan is issued by, when it is one department (not a government, a party
    committee or several bodies): from its issuers, else from the name its title opens with.

    >>> from respgraph.records import PlanMeta
    >>> issuing_department(PlanMeta("p", "p.txt", title="XX市生态环境局2024年工作要点", jurisdiction="XX市")).name
    'XX市生态环境局'
    >>> issuing_department(PlanMeta("p", "p.txt", title="XX市推进平安建设实施方案", jurisdiction="XX市")) is None
    True
    """
    reg = reg or load_registry()
    if any(_COORDINATING_OFFICE.search(normalise(n)) for n in plan_meta.issuers):
        return None  # the office of a place's leading group or committee: the place's plan
    chain = plan_chain(plan_meta, reg)
    names = list(plan_meta.issuers)
    if not names:
        m = _TITLE_DEPARTMENT.match(re.sub(r"\s+", "", plan_meta.title or ""))
        names = [m.group("name")] if m and not _JOINT_TITLE.search(m.group("name")) else []
    found: dict[str, tuple[str, Resolved]] = {}
    for n in names:
        hit = _department_named(reg, n, chain)
        if hit is None:
            return None  # a government's or a party committee's plan, or a joint one
        found.setdefault(hit[1].agency_id, hit)
    if len(found) != 1:
        return None  # a joint plan: its divisions cannot be told apart
    name, r = next(iter(found.values()))
    return agency_of(r, name)


# The office of a place's leading group, committee or chief system (…整改工作领导小组办公室 /
# 生态环境保护委员会办公室 / 河长制办公室 / 林长办) issues for the place: the units its plan names are
# the place's bodies, not the office's divisions (街道办事处 / 鹤地水库管理中心 were read as the
# office's own parts, 廉江市…领导小组办公室鹤地水库管理中心)
_COORDINATING_OFFICE = re.compile(
    r"(?:领导小组|指挥部|联席会议|(?:河湖长|河长|湖长|林长|田长)制?|(?:保护|安全|管理|建设|治理|工作)委员会)办公室$"
    r"|(?:河长办|河湖长办|林长办|环委办|安委办)$"
)


# A department's leading party group or its office issuing for it (中共新余市生态环境局党组,
# 新余市生态环境局办公室关于印发…): the plan is the department's.
_FOR_DEPARTMENT = re.compile(r"^(?:中共)?(?P<name>.+?(?:局|厅|委员会|委|部))(?:党组|办公室|办公厅)$")


# A university or college issuing its own plan, itself or through its party committee (中共昆明理工
# 大学委员会, 昆明理工大学党委), or a state-owned group (陕西交通控股集团有限公司): it hands its tasks to
# its own offices and departments as a bureau does to its divisions
_INSTITUTION_END = ("大学", "学院", "公司", "集团")
_FOR_INSTITUTION = re.compile(
    r"^(?:中共)?(?P<name>[^\d《》“”（）()]{2,20}?(?:大学|学院|集团有限公司|集团有限责任公司|集团股份有限公司|集团公司|集团))"
    r"(?:委员会|党委)?$"
)


def _department_named(reg: Registry, name: str, chain: Chain) -> tuple[str, Resolved] | None:
    """(the department's name, the department) an issuer names, itself or through its party group
    or office, or a university through its party committee; None for any other issuer."""
    m = _FOR_INSTITUTION.match(normalise(name))
    if m:
        r = resolve_name(reg, m.group("name"), chain, (), False)
        return (m.group("name"), r) if r.jurisdiction is not None and r.kind in ("other", "agency", "enterprise") else None
    m = _FOR_DEPARTMENT.match(normalise(name))
    if m:
        r = resolve_name(reg, m.group("name"), chain, (), False)
        if r.kind == "agency" and _is_department(r):
            return m.group("name"), r
    r = resolve_name(reg, name, chain, (), False)
    return (name, r) if _is_department(r) else None


# A department's branch named by its county or district alone (章贡分局 / 赣县区分局 / 醴陵分局), and
# its branches together (各分局 / 各县（市、区）分局 / 各城区分局) — not a branch of another line
# (公安 / 交警 / 税务 …: 城东公安分局 is the police's)
_OTHER_LINE = re.compile(r"公安|交警|交通|税务|海关|供电|电力|邮政|银行|消防|铁路|气象|自然资源|规划")
_OWN_BRANCH = re.compile(r"^(?!各|有关|相关)[\u4e00-\u9fff]{2,6}分局$")
_OWN_BRANCHES = re.compile(r"^各.{0,10}分局$")


def own_prefixed(dept: Resolved, text: str) -> bool:
    """Whether ``text`` opens with the word the plan's issuing department calls itself (厅生态环境执法局
    / 厅办公室 in a 生态环境厅's plan): a part of it, however the name reads without its department
    (省厅… was a body of the province)."""
    prefix = _OWN_PREFIX.match(normalise(text))
    return prefix is not None and _names_itself(dept.name, prefix.group(1))


def _division(dept: Resolved, text: str, r: Resolved) -> Resolved | None:
    """``text`` (read as ``r`` without its department) as a part of ``dept``, the plan's issuer: a
    division (大气环境科; 厅办公室 = 办公室), an affiliated unit that names no field (信息中心,
    执法支队), a collective of its units (各处室, 局属各单位); None for any other body."""
    t = normalise(text)
    if dept.name.endswith(_INSTITUTION_END):
        # a university's plan: its offices (教务处, 校长办公室, 研究生院), its party committee's
        # (党委宣传部, 纪委办公室) and its schools (各学院); a group's: its departments (安全监督部)
        # and subsidiaries (各子（分）公司); a government's bureau named bare stays one
        if r.known and r.kind == "agency" and t.endswith(("局", "厅", "委")) and not _DIVISION.match(t):
            return None
        return _part_of(dept, t, "collective" if r.kind == "collective" else "division")
    if r.kind == "collective" or _GROUP.match(t):  # (局机关各股室: not read as a collective)
        own = _OWN_UNITS.match(t) and t[0] not in LEVEL_CHARS and not _LOWER_LEVELS.search(t)  # (市直各单位: the city's)
        # 各分局 / 各县（市、区）分局 in a bureau's plan: its own branches in the counties
        own = own or (_OWN_BRANCHES.match(t) is not None and not _OTHER_LINE.search(t))
        return _part_of(dept, t, "collective") if own else None
    if _OWN_BRANCH.match(t) and not r.known and not _OTHER_LINE.search(t):
        # 章贡分局 / 赣县区分局 in 赣州市生态环境局's plan: its branch in that county or district (the
        # county bureaus became the city bureau's 分局), not a body of the place named 分局
        return _part_of(dept, t, "division")
    if OWN_LEADERSHIP.match(t):  # 局党组, 局务会: the department itself
        return dept
    prefix = _OWN_PREFIX.match(t)
    if prefix and _names_itself(dept.name, prefix.group(1)) and (
        _DIVISION.match(t[prefix.end() :]) or _AFFILIATED.match(t[prefix.end() :])
    ):
        # 厅办公室 / 厅生态环境执法局 in the 厅's plan: its division, its enforcement arm
        t = t[prefix.end() :]
        if _AFFILIATED.match(t):
            return _part_of(dept, t, "division")
    if _DIVISION.match(t) and not (_SHORT_PART.match(t) and r.known and not dept.name.endswith("医院")):
        return _part_of(dept, t, "division")
    if _AFFILIATED.match(t) and not r.known:
        return _part_of(dept, t, "division")
    return None


def _names_national_only(reg: Registry, plan: "ExtractedPlan") -> bool:
    """Whether a plan that names no place of its own is the central government's: the bodies it
    names with a jurisdiction are national ones (国家发展改革委, 中央网信办, 教育部) and none is a
    level's (省X / 市X / 县X, whose place the plan would have to tell). A 重点任务分工表 posted
    without its notice names no issuer."""
    national = False
    for task in plan.tasks:
        for m in task.mentions:
            r = resolve_name(reg, m.text, (), (), m.collective)
            if r.jurisdiction == NATIONAL:
                national = True
            elif r.explicit:
                return False
    return national


# A bureau's branch left whole (绵阳市/生态环境局盐亭分局): the branch of a place the plan writes
# short and the registry does not list; a police branch written with the place's short name either
# side of 公安 (公安龙沙分局 / 铁锋公安分局 in 齐齐哈尔市's plan: were 齐齐哈尔市/公安龙沙分局, another id
# than 龙沙区/公安分局, which 龙沙区's own plan reads)
_BRANCH_OF_UNKNOWN = re.compile(
    r"/(?:[^/]+?局(?P<name>[\u4e00-\u9fff]{2,4})|公安(?P<police>[\u4e00-\u9fff]{2,4})|(?P<police_before>[\u4e00-\u9fff]{2,4})公安)分局$"
)


def _branch_named_in_text(reg: Registry, text: str, chain: Chain, portfolio: tuple[str, ...], doc_text: str) -> Resolved | None:
    """市生态环境局盐亭分局 in a 绵阳市 plan whose text names 盐亭县: the branch in 盐亭县, as if the
    plan had written 市生态环境局盐亭县分局; 公安龙沙分局 / 龙沙公安分局 in a 齐齐哈尔市 plan whose text names
    龙沙区: 龙沙区公安分局. None when the text names no county, district, city or banner of that name
    (市公安局交警分局)."""
    t = normalise(text)
    stem = _BRANCH_OF_UNKNOWN.search("/" + t)
    if stem is None:
        return None
    name = stem.group("name") or stem.group("police") or stem.group("police_before")
    for level in "县区市旗":
        if name + level in doc_text:
            if stem.group("name"):  # ("/" + t: offsets one past t's)
                written = f"{t[: stem.start('name') - 1]}{name}{level}分局"
            else:  # 公安龙沙分局 / 龙沙公安分局: 龙沙区公安分局
                written = f"{name}{level}公安分局"
            r = resolve_name(reg, written, chain, portfolio, False)
            return None if _BRANCH_OF_UNKNOWN.search(r.agency_id) else r  # (高新 + 区: the zone's branch)
    return None
