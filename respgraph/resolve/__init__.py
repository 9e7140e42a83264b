"""Resolve agency mentions to canonical agencies of a jurisdiction, with their functions.

A mention is read in three steps, all by general rules over the registry (``respgraph/data/registry/``):

1. *where*: the jurisdiction prefix, read against the plan's *chain* of places (its own place
   and those above it: from the registry, else from how its issuers write it, 成都市青白江区人民政府,
   else from the city its text keeps citing). ``区X`` / ``市X`` / ``县X`` / ``省X`` / ``州X`` /
   ``盟X`` / ``旗X`` / ``自治区X`` are relative (``市X`` in a district plan is the parent city's;
   one nobody can name is ``<place>所在市``); ``<place>X`` (渝水生态环境局, 安宁县水利局,
   成都市青白江生态环境局: the innermost place) names a place; ``X<place>分局`` (自然资源局渝水分局,
   市生态环境局三台县分局) is the branch there; ``高新区X`` is the zone's body; a bare place
   (城关镇, 涪城区) is that place's government; no prefix at all is the plan's own jurisdiction,
   except that in one department's own plan (XX市生态环境局2024年工作要点) a bare division
   (大气环境科, 人事教育处, 综合股, 办公室 = 局办公室, 机关党委, 信息中心) is part of that department
   (``XX市/生态环境局/大气环境科``, kind ``division``, with its functions) and 各科室 / 局属各单位
   its collective; a division written after its department (市生态环境局大气科) is one in any plan.
2. *who*: the canonical short name: abbreviations and historical names expanded by the alias
   table (发改委 -> 发展和改革委员会, 环保局 -> 环境保护局: the name as of the plan is kept, the
   graph links it to its successor; traditional characters read as simplified); one body under a
   委 and a 局 name (县发改委 / 县发改局) is filed under one id (``one_body.csv``), the name kept as
   written; a department's party group or leadership meeting (县发改局党组, 局务会) is the
   department. A list's prefix is carried to the next body (市发改委、财政局) but never to or from
   a firm or a body of a national system (成都铁路局、民航西南地区管理局). A second
   nameplate in brackets (县委宣传部（县文明办）) is the same unit: the id of the name written
   first, with the bracket's functions (and, in a plan, its name as an alias). What is merged
   and what is not: ``data/registry/README.md``, "One body, one id".
3. *what*: the functions: a portfolio parenthetical wins (区农林水与生态环境局(生态环境、水利)
   -> 生态环境, 水利); otherwise keywords in the name (环保 -> 生态环境, 国土 -> 自然资源; a *weak*
   keyword such as 综合行政执法 only when it does not qualify another) and, for merged bureaus,
   the one-character parts (农林水 -> 农业农村, 林业, 水利); collectives of governments get the
   level they name (各区县人民政府 -> 下级政府, 各镇（乡） -> 乡镇街道). No keyword, no
   function: the agency is ``known=False``, never guessed.

    >>> from respgraph.records import PlanMeta
    >>> reg = load_registry()
    >>> a = resolve_mention(reg, "区发改委", PlanMeta("p", "p.txt", jurisdiction="渝水区"))
    >>> a.agency_id, a.name, a.functions
    ('渝水区/发展和改革委员会', '渝水区发展和改革委员会', ['发展改革'])
    >>> resolve_mention(reg, "区环保局", PlanMeta("p", "p.txt", jurisdiction="昌江区")).name
    '昌江区环境保护局'
    >>> resolve_mention(reg, "市生态环境局三台县分局", PlanMeta("p", "p.txt", jurisdiction="绵阳市")).agency_id
    '三台县/生态环境局'

Results are cached per (place chain, mention, portfolio, collective flag) on the registry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from respgraph.records import (
    OWN_CLAUSE_BASES,
    Agency,
    Assignment,
    PlanMeta,
    ResolvedPlan,
    Source,
    Supervision,
    clause_evidence,
)
from respgraph.registry import Registry, RegistryError, function_gloss, functions_table, load_registry
from respgraph.resolve.body_parts import eco_county_unit
from respgraph.resolve.chain import (
    _names_own_place,
    _of_a_place,
    _only_separator,
    _sub_chain,
    plan_chain,
    plan_jurisdiction,
    shared_place_of_city,
    text_parent,
    town_parent,
    zone_parent,
)
from respgraph.resolve.core import agency_of, merge_functions, resolve_name, with_nameplates
from respgraph.resolve.departments import (
    _BRANCH_OF_UNKNOWN,
    _branch_named_in_text,
    _division,
    _names_national_only,
    issuing_department,
    own_prefixed,
)
from respgraph.resolve.list_neighbours import (
    each_reaches, field_departments, government_paired, level_of_the_place_before, one_sentence, places_departments,
    shared_names, unit_list_head, zones_after_each_place,
)
from respgraph.resolve.names import NATIONAL, is_collective, nameplates, normalise
from respgraph.resolve.places import Chain, Resolved
from respgraph.resolve.plan_names import names_read_as
from respgraph.resolve.renamed import renamed_by_year
from respgraph.responsibilities import task_supervisors


if TYPE_CHECKING:  # pragma: no cover
    from respgraph.records import ExtractedPlan, Mention, Task

__all__ = [
    "resolve_mention",
    "resolve_plan",
    "issuing_department",
    "normalise",
    "plan_jurisdiction",
    "plan_chain",
    "function_gloss",
    "functions_table",
    "load_registry",
    "RegistryError",
]


def resolve_mention(
    reg: Registry | None,
    mention_text: str,
    plan: PlanMeta | None,
    portfolio: list[str] | tuple[str, ...] = (),
    collective: bool = False,
) -> Agency:
    """The canonical agency a mention names in a plan of ``plan.jurisdiction``.

    ``functions`` are those of this mention: a portfolio narrows a merged bureau to the
    portfolios named. A collective (各乡镇（街道）) has kind ``collective`` and is ``known``
    even when it names no function; any other mention without a function is ``known=False``.

    >>> from respgraph.records import PlanMeta
    >>> zone = PlanMeta("z", "z.txt", jurisdiction="XX投资区", level="zone")
    >>> a = resolve_mention(None, "区农林水与生态环境局", zone, ["生态环境", "水利"])
    >>> a.name, a.functions
    ('XX投资区农林水与生态环境局', ['生态环境', '水利'])
    >>> resolve_mention(None, "区火星探测局", zone).known
    False
    """
    reg = reg or load_registry()
    r = resolve_name(reg, mention_text, plan_chain(plan, reg) if plan else (), tuple(portfolio), bool(collective))
    return agency_of(r, mention_text)


def _clause_of(task, mention) -> str:
    if mention.basis in OWN_CLAUSE_BASES:
        return mention.text
    s = mention.span.start
    for c in task.clauses:
        if c.span.start <= s < c.span.end:
            return clause_evidence(c.raw, s - c.span.start, mention.span.end - c.span.start)
    return mention.text


def _written_nameplates(text: str, mention) -> list[str]:
    """The nameplates written in brackets after a mention (the unit's span holds them)."""
    e = mention.span.end
    if not (0 < e <= len(text)) or text[e - 1] not in "）)" or mention.portfolio:
        return []
    return nameplates(normalise(text[mention.span.start : e]))[1]


# a place's government named as the place (伊犁州, 城关镇人民政府): its place is no prefix of a list
_PLACE_ITSELF = ("/人民政府", "/行政公署", "/办事处")


_UNKNOWN_PLACE = re.compile(r"^（未知[^）]*(?=）)")


def _own_unknown(r: Resolved, plan_id: str) -> Resolved:
    """``r`` of a place its plan cannot name, its id and place qualified by the plan's id
    (（未知县）/市场监督管理局 -> （未知县·p1）/市场监督管理局): two plans naming no place are no
    one county, so their 县市场监督管理局 are two bodies (were one, merging unrelated plans'
    workloads, overloads and partners). Its name stays as written, its place unknown."""
    if not r.agency_id.startswith("（未知"):
        return r
    own = f"·{plan_id}"
    return replace(r, agency_id=_qualified(r.agency_id, own), jurisdiction=_qualified(r.jurisdiction, own),
                   parent=_qualified(r.parent, own))


def _qualified(s: str | None, own: str) -> str | None:
    return _UNKNOWN_PLACE.sub(lambda m: m.group() + own, s, 1) if s else s


def _supervisions(reg: Registry, task, chain, dept: Resolved | None, path: str, plan_id: str, branches: dict[str, str]) -> list[Supervision]:
    """The task's supervisors (县委督查室, 县纪委监委) resolved as its other mentions are (a division in
    its department's own plan), each with where it is written; one written as its city bureau's
    branch is added to ``branches``, the plan's names for such bodies."""
    out = []
    for m in task_supervisors(task):
        r = resolve_name(reg, m.text, chain, (), m.collective)
        if dept is not None and not r.explicit:
            r = _division(dept, m.text, r) or r
        r = _own_unknown(r, plan_id)
        if r.canonical:
            branches.setdefault(r.agency_id, r.canonical)
        source = Source(file=path, start=m.span.start, end=m.span.end, clause=_clause_of(task, m))
        # (a branch of its city's bureau by the branch's name, 安庆市生态环境局怀宁分局, as an assignment)
        out.append(Supervision(agency=r.canonical or r.name, agency_id=r.agency_id, mention=m.text, source=source))
    return out


def _plan_place(reg: Registry, plan: "ExtractedPlan", doc_text: str) -> tuple[Chain, str | None]:
    """The place chain the plan's mentions are resolved in, and the plan's own place."""
    chain = plan_chain(plan.meta, reg)
    plan_j = chain[0] if chain else None
    top = chain[-1] if chain else None
    if top and top not in reg.jurisdictions and doc_text:
        # a county plan whose issuers do not say its city (or a town's, 遂川县黄坳乡, whose county is
        # not listed): the city its text keeps naming; a town's that names no county (桃花潭镇): the
        # county its text cites (泾县人民政府, 《泾县…》); a zone named after no place (滨海湾新区): its city
        parent = text_parent(reg, top, doc_text)
        if parent:
            # 鼓楼区 of a plan that keeps citing 福州市: 福州市鼓楼区, listed with its parent (the bare
            # name learns none: another plan's 鼓楼区 may be another city's)
            chain = shared_place_of_city(reg, (*chain, *reg.ancestors(parent)))
            plan_j = chain[0]
            if top in chain:
                reg.learn_parent(top, parent)
    if not chain and _names_national_only(reg, plan):
        chain, plan_j = (NATIONAL,), NATIONAL
    return chain, plan_j


def _resolved_mention(
    reg: Registry, m: "Mention", name: str, chain: Chain, plan_j: str | None, dept: Resolved | None,
    doc_text: str, prev: "Mention | None", prev_r: Resolved | None,
) -> tuple[Resolved, Chain]:
    """Mention ``m`` of a task (resolved as ``name``) bound to its body, and the place chain it was
    found in: read after ``prev`` (resolved ``prev_r``), the mention before it in its list."""
    portfolio = tuple(m.portfolio)
    used = chain
    r = resolve_name(reg, name, chain, portfolio, m.collective)
    if r.agency_id.endswith("分局") and _BRANCH_OF_UNKNOWN.search(r.agency_id):
        r = _branch_named_in_text(reg, m.text, chain, portfolio, doc_text) or r
    if dept is not None and not r.explicit and (unit := eco_county_unit(reg, dept, normalise(m.text), chain, resolve_name)):
        r = unit  # 监测站 in the county eco branch's own plan: the county's station, as 县生态环境监测站 is
    elif dept is not None and (not r.explicit or r.agency_id.endswith("分局") or own_prefixed(dept, name)):
        # (赣县区分局 in its city bureau's plan names its place, and is the bureau's branch there;
        # a division is resolved as the list names it: 大气环境科、土壤科党支部 -> 大气环境科党支部)
        r = _division(dept, name, r) or r
    paired = government_paired(prev, prev_r, m, doc_text)
    if paired is not None and prev_r is not None:
        if prev_r.kind == "collective":  # 各县（市）区委、区政府: every district's government
            r = resolve_name(reg, paired, chain, portfolio, True)
        else:  # 绥芬河市委、市政府: that city's government
            used = _sub_chain(reg, prev_r.jurisdiction, chain)
            r = resolve_name(reg, paired, used, portfolio, m.collective)
    elif (head := unit_list_head(prev, prev_r, m, r, doc_text)) is not None:
        # 保护区管理局马蹄保护站、隆畅河保护站: the second station is the same body's
        r = resolve_name(reg, head + normalise(m.text), chain, portfolio, m.collective)
    elif (
        (not r.explicit or level_of_the_place_before(prev_r, r, m.text))
        and r.kind != "collective"  # 市生态环境局、各镇（街道）: the plan's own towns
        and prev_r is not None
        and prev_r.explicit
        and prev_r.kind != "collective"
        and prev_r.jurisdiction != plan_j
        and not prev_r.agency_id.endswith(_PLACE_ITSELF)  # 伊犁州、博州: another place, no body of 伊犁州
        and prev is not None
        and _only_separator(doc_text, prev.span.end, m.span.start)
        and _of_a_place(r, m.text)
        and _of_a_place(prev_r, prev.text)
        and not _names_own_place(reg, m.text)
    ):
        used = _sub_chain(reg, prev_r.jurisdiction, chain)
        r = resolve_name(reg, m.text, used, portfolio, m.collective)
    elif (
        prev is not None
        and prev_r is not None
        and prev_r.explicit
        and level_of_the_place_before(prev_r, r, m.text)
        and one_sentence(doc_text, prev.span.end, m.span.start)
    ):
        # (河北省环境保护厅牵头，省发展改革委、省质监局配合) in a plan of a region across provinces
        # (京津冀及周边地区), whose chain names no province: the 省 of the body leading the sentence
        # (was 京津冀及周边地区所在省/发展和改革委员会)
        used = _sub_chain(reg, prev_r.jurisdiction, chain)
        r = resolve_name(reg, name, used, portfolio, m.collective)
    elif (zones := zones_after_each_place(prev, prev_r, m, doc_text)) is not None:
        # 各县（市）区人民政府、开发区管委会: every zone's committee (was 合肥开发区/管委会, a zone nobody has)
        r = resolve_name(reg, zones, chain, portfolio, True)
    elif each_reaches(prev, prev_r, m, r, doc_text):  # 各镇人民政府、街道办事处: every street office
        r = resolve_name(reg, "各" + m.text, chain, portfolio, True)
    return r, used


def _record_agency(reg: Registry, agencies: dict[str, Agency], r: Resolved, m: "Mention", used: Chain, plates: list[str]) -> None:
    """The body ``r`` that mention ``m`` names, added to ``agencies`` or its record there grown by
    the name, functions and other nameplates written."""
    a = agencies.get(r.agency_id)
    if a is None:
        agencies[r.agency_id] = a = agency_of(r, m.text)
        if m.portfolio:  # the body's own functions: its name parts and every portfolio seen
            base = resolve_name(reg, m.text, used, (), m.collective)
            a.functions = merge_functions(reg, list(base.functions), r.functions)
            a.known = a.known or base.known
    else:
        if m.text not in a.aliases:
            a.aliases.append(m.text)
        if a.parent is None and r.parent is not None:
            # 县生态环境局 then 市生态环境局怀宁分局: the body is the city bureau's branch (named so by
            # _named_as_written)
            a.parent = r.parent
        for f in r.functions:
            if f not in a.functions:
                a.functions = merge_functions(reg, a.functions, r.functions)
                break
        a.known = a.known or r.known
    for p in plates:  # the other nameplate is a name of this body: found by it
        if p not in a.aliases:
            a.aliases.append(p)


def _named_as_written(assignments: dict[str, list[Assignment]], agencies: dict[str, Agency], branches: dict[str, str]) -> None:
    """One name per body in a plan, the full name the plan writes: a body's agency record takes the
    name its assignments are written by most (县发展和改革局 twice, 县发改委 once: 县发展和改革局; a tie:
    the first written), never the spelling of its id (one_body.csv's 县发展和改革委员会 for 县发展和改革局)
    unless the plan writes it. A body the plan writes as its city bureau's branch (``branches``: id ->
    安庆市生态环境局怀宁分局) is named so, its record and each of its assignments (怀宁县生态环境局 too):
    the plan says whose branch it is. In place."""
    written: dict[str, dict[str, int]] = {}
    for task_id, out in assignments.items():
        if any(a.agency_id in branches and a.agency != branches[a.agency_id] for a in out):
            out = assignments[task_id] = [replace(a, agency=branches.get(a.agency_id, a.agency)) for a in out]
        for a in out:
            counts = written.setdefault(a.agency_id, {})
            counts[a.agency] = counts.get(a.agency, 0) + 1
    for aid, counts in written.items():
        if (record := agencies.get(aid)) is not None:
            record.name = max(counts, key=counts.__getitem__)  # (max keeps the first of equals: first written)


def _one_role_per_body(out: list[Assignment]) -> list[Assignment]:
    """A task's assignments with a body that leads it leading under every name it is written by:
    国网三台县供电公司牵头，…，县供电公司负责做好线路巡检 names one body twice, and it was both
    the task's lead and its support (a graph edge of each). Each mention keeps its assignment and
    its source; the support's becomes a second occurrence of the lead."""
    leads = {a.agency_id for a in out if a.role == "lead"}
    return [replace(a, role="lead") if a.role != "lead" and a.agency_id in leads else a for a in out]


@dataclass(slots=True)
class _PlanResolving:
    """What resolving each task of one plan reads (its registry, the plan's place chain and own place,
    its issuing department, the names its text redefines, the text itself) and gathers across its tasks
    (every agency met, the unknown names in the order first met, the plan's names for branches)."""

    reg: Registry
    meta: PlanMeta
    chain: Chain
    plan_j: str | None
    dept: Resolved | None
    read_as: dict[str, str]
    doc_text: str
    agencies: dict[str, Agency] = field(default_factory=dict)
    unknown: list[str] = field(default_factory=list)
    seen_unknown: set[str] = field(default_factory=set)
    branches: dict[str, str] = field(default_factory=dict)  # id -> the name of a body the plan writes as a city bureau's branch


def resolve_plan(plan: "ExtractedPlan", reg: Registry | None = None) -> ResolvedPlan:
    """Bind every mention of every task of ``plan`` to its canonical agency.

    A prefix shared across a list is carried over: in ``市发展和改革局、工业和信息化局`` of a
    district plan the second body is the city's too.
    """
    reg = reg or load_registry()
    meta = plan.meta
    doc_text = plan.document.text if plan.document is not None else ""
    chain, plan_j = _plan_place(reg, plan, doc_text)
    dept_agency = issuing_department(meta, reg)
    dept = resolve_name(reg, dept_agency.aliases[0], chain, (), False) if dept_agency else None
    st = _PlanResolving(reg, meta, chain, plan_j, dept, names_read_as(reg, plan, chain, doc_text), doc_text)
    assignments: dict[str, list] = {}
    supervisors: dict[str, list[Supervision]] = {}
    for task in plan.tasks:
        assignments[task.task_id] = _one_role_per_body(_task_assignments(st, task))
        watchers = _supervisions(reg, task, chain, dept, meta.path, meta.plan_id, st.branches)
        if watchers:
            supervisors[task.task_id] = watchers
    agencies, branches = st.agencies, st.branches
    # an old name in a plan dated well after the reform that took it: today's body (2024's 市建设局)
    if renamed_by_year(reg, meta, chain, assignments, agencies, supervisors):
        # (two old names of one successor on a task, 市建设局牵头、市城乡建设委配合: it leads)
        assignments = {t: _one_role_per_body(rows) for t, rows in assignments.items()}
    _named_as_written(assignments, agencies, branches)
    for task_id, watchers in supervisors.items():  # a supervisor the plan writes as a branch elsewhere: so named
        supervisors[task_id] = [replace(s, agency=branches.get(s.agency_id, s.agency)) for s in watchers]
    if plan_j and plan_j != meta.jurisdiction:
        # the plan is issued in the place its agencies are in: 成都市青白江区人民政府 -> 青白江区,
        # XXXX投资区 -> XX投资区 (a copy: the extracted plan is left as it was read)
        level = meta.level if reg.canonical_place(meta.jurisdiction) == plan_j else None
        j = reg.jurisdiction(plan_j)
        plan = replace(plan, meta=replace(meta, jurisdiction=plan_j, level=j.level if j.known else (level or j.level)))
    return ResolvedPlan(plan=plan, assignments=assignments, agencies=agencies, unknown=st.unknown, supervisors=supervisors)


def _task_assignments(st: _PlanResolving, task: "Task") -> list[Assignment]:
    """The assignments of ``task``'s mentions in order, each bound to its agency (recorded in
    ``st``), before one role per body is kept; a place's list of departments (安居区、潼南区公安、
    水利部门) gives one assignment a department."""
    reg, meta, chain, plan_j, dept, doc_text = st.reg, st.meta, st.chain, st.plan_j, st.dept, st.doc_text
    agencies, branches = st.agencies, st.branches
    out: list[Assignment] = []
    prev: Mention | None = None
    prev_r: Resolved | None = None
    shared = {**shared_names(task.mentions, doc_text), **field_departments(task.mentions, doc_text)} if len(task.mentions) > 1 else {}
    each_place = places_departments(task.mentions, doc_text) if len(task.mentions) > 1 else {}
    shared.update({n: names[0] for n, names in each_place.items()})
    for n, m in enumerate(task.mentions):
        r, used = _resolved_mention(
            reg, m, shared.get(n, st.read_as.get(m.text, m.text)), chain, plan_j, dept, doc_text, prev, prev_r
        )
        prev, prev_r = m, r
        r = _own_unknown(r, meta.plan_id)
        if r.canonical:  # the branch of its city's bureau (市生态环境局怀宁分局): the plan's name for the body
            branches.setdefault(r.agency_id, r.canonical)
        out.append(
            Assignment(
                agency=r.name,  # (the plan's one name for the body: _named_as_written)
                agency_id=r.agency_id,
                mention=m.text,
                role=m.role,
                basis=m.basis,
                portfolio=list(m.portfolio),
                source=Source(file=meta.path, start=m.span.start, end=m.span.end, clause=_clause_of(task, m)),
            )
        )
        if (zone := zone_parent(reg, r, normalise(m.text), used)) is not None:
            reg.learn_parent(r.jurisdiction, zone)  # (the graph's PART_OF; no resolution reads it)
        elif (county := town_parent(reg, r, normalise(m.text), used)) is not None:
            reg.learn_parent(r.jurisdiction, county)
        plates = _written_nameplates(doc_text, m)
        if plates:
            r = with_nameplates(reg, r, plates, used)
        _record_agency(reg, agencies, r, m, used, plates)
        if not r.known and m.text not in st.seen_unknown:
            st.seen_unknown.add(m.text)
            st.unknown.append(m.text)
        for name in each_place.get(n, [])[1:]:
            # 安居区、潼南区公安、水利部门: 安居区 names its 公安 and its 水利 departments, the
            # second an assignment of the same mention and source
            r2, used2 = _resolved_mention(reg, m, name, chain, plan_j, dept, doc_text, prev, prev_r)
            r2 = _own_unknown(r2, meta.plan_id)
            role, basis = ("support", "explicit") if m.basis == "first_listed" else (m.role, m.basis)
            out.append(replace(out[-1], agency=r2.name, agency_id=r2.agency_id, role=role, basis=basis))
            _record_agency(reg, agencies, r2, m, used2, [])
    return out
