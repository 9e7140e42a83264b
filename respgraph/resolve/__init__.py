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
from respgraph.grammar.units import Unit
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
from respgraph.resolve.names import EACH_REACHES, NATIONAL, is_collective, nameplates, normalise
from respgraph.resolve.places import Chain, Resolved
from respgraph.resolve.plan_names import names_read_as
from respgraph.resolve.renamed import renamed_by_year
from respgraph.responsibilities import (
    BARE_PLACE, BARE_PROVINCE, FIELDS_PLACE, GOVERNMENT_OF_LEVEL, LEVEL_ENDS, NUMBERED_BRANCH, PLACE_GOVERNMENT, PROVINCE_BODY, ORDINAL_PIECE, fields_before_department, looks_like_unit,
    places_before_fields, task_supervisors,
)


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


# every county's and district's government, or the office a list of them closes with (各县（市）区人民政府,
# 各县（市、区）政府, 各县（市）区 before 开发区林长办); and a development zone written with no name
# or kind of its own (开发区, 开发区管委会, 开发区林长办: not 经开区, 高新区, 合肥经济技术开发区)
_EACH_PLACE_GOVERNMENT = re.compile(r"^各(?:[区县市旗]|[（(][区县市旗、]{1,5}[）)]){1,4}(?P<suffix>人民政府|政府|[\u4e00-\u9fff]{0,12})$")
_BARE_ZONE = re.compile(r"^开发区(?P<suffix>管委会|管理委员会|[\u4e00-\u9fff]{0,12}?(?:河长办|林长办|河长制办公室|林长制办公室|办公室))?$")


def _zones_after_each_place(prev: "Mention | None", prev_r: Resolved | None, m: "Mention", doc_text: str) -> str | None:
    """The name to resolve for a bare 开发区 (开发区管委会, 开发区林长办) written right after a collective
    of the levels' governments or offices (各县（市）区人民政府、开发区管委会; 各县（市）区、开发区林长办):
    the 各 reaches it, every zone of the plan's place (各开发区管委会, as plans write it too), or None.
    A city has several zones, and a list of its counties' and districts' governments goes on with the
    zones' committees, their peers; 开发区 names no zone of its own (it was 合肥开发区/管委会, a zone
    nobody has); after a collective of the places' bureaus (各县（市）区教育局、开发区管委会) the zones' 管委会
    too. Bare 开发区管委会 with no such list before it is left as read: in a county's plan it is
    the county's one zone (a county keeps one 开发区, written 县开发区管委会 too); a zone named with its
    kind or name (经开区管委会, 合肥经济技术开发区管委会) is that zone."""
    if prev is None or prev_r is None or prev_r.kind != "collective":
        return None
    each, zone = _EACH_PLACE_GOVERNMENT.match(normalise(prev.text)), _BARE_ZONE.match(normalise(m.text))
    if each is None or zone is None or not _only_separator(doc_text, prev.span.end, m.span.start):
        return None
    office = zone.group("suffix") or ""
    if office in ("", "管委会", "管理委员会"):
        # (开发区 alone: the zones' governments, as 各县（市）区 is theirs; after the places' bureaus too,
        # 各县（市）区教育局、开发区管委会: a zone's 管委会 does the work its bureaus do in a county, was
        # 合肥开发区/管委会)
        return "各开发区管委会"
    # an office: after the governments or the bare places (各县（市）区、开发区林长办) or the same office
    return "各开发区" + office if each.group("suffix") in ("", "人民政府", "政府", office) else None


def _each_reaches(prev: "Mention | None", prev_r: Resolved | None, m: "Mention", r: Resolved, doc_text: str) -> bool:
    """Whether the 各 of the collective before ``m`` in a list reaches ``m``, a bare unit of a
    lower level (各镇人民政府、街道办事处; see ``EACH_REACHES``)."""
    return (
        prev is not None
        and prev_r is not None
        and prev_r.kind == "collective"
        and not r.explicit
        and r.kind != "collective"
        and normalise(prev.text).startswith("各")
        and EACH_REACHES.match(normalise(m.text)) is not None
        and _only_separator(doc_text, prev.span.end, m.span.start)
    )


# ... and a place's office closing such a list (延平区、建阳区河长办 / 开发区、高新区管委会): the
# office is every place's of its kind (碑林区、曲江新区管委会: a district is governed by no 管委会).
# A place's government (南宁、钦州市人民政府) and a province's body (浙江省、江苏省自然资源部门) closing
# a list are read by the grammar's patterns (PLACE_GOVERNMENT, PROVINCE_BODY), which accept the list.
_PLACE_OFFICE = re.compile(
    r"^[\u4e00-\u9fff]{2,6}?[区县市旗](?P<suffix>[\u4e00-\u9fff]{0,12}(?:河长办|河长制办公室|局|委|办|院|所|队|站|中心|管委会|管理委员会))$"
)
_ZONE = re.compile(r"(?:开发|高新|新|园|保税|综保|经开|示范|试验|管理|度假|风景)区")
# every place of a level or two, written as a collective (各县（市）区, 各区县, 各县（市、区）)
_EACH_PLACE = re.compile(r"^各(?:[区县市旗]|[（(][区县市旗、]{1,5}[）)]){1,4}$")


# a division's or an office's party branch closing a list of its kind (大气环境科、水生态环境科、土壤科党支部:
# each 科's branch), and the divisions and offices written bare before it; 机关党支部 (the bureau's own
# branch) and a 科 before a body of another kind (局办公室、机关党支部) are two units
_DIVISION_KINDS = ("处", "科", "股", "室", "站", "所", "队", "中心")
_DIVISION_BRANCH = re.compile(
    r"^(?P<stem>(?![各有相其])[\u4e00-\u9fff]{1,14}?(?:" + "|".join(_DIVISION_KINDS) + r"))(?P<suffix>党支部|党总支|党小组|支部)$"
)
_BARE_DIVISION = re.compile(r"^(?![各有相其本该])[\u4e00-\u9fff]{2,14}(?:" + "|".join(_DIVISION_KINDS) + r")$")


def _shared_names(mentions: list, doc_text: str) -> dict[int, str]:
    """The names to resolve for places written bare before a government that closes their list
    (南宁、钦州市人民政府: 南宁 is 南宁市人民政府; 大理市、洱源县人民政府: 大理市人民政府), or an
    office (延平区、建阳区河长办: 延平区 is 延平区河长办), and for divisions or numbers before the party
    branch closing theirs (大气环境科、土壤科党支部: 大气环境科 is 大气环境科党支部; 第一、第二党支部), by index."""
    out: dict[int, str] = {}
    for k in range(len(mentions) - 2, -1, -1):
        m, nxt = mentions[k], mentions[k + 1]
        following = out.get(k + 1, normalise(nxt.text))
        name = normalise(m.text)
        if (numbered := NUMBERED_BRANCH.match(following)) is not None and ORDINAL_PIECE.match(name):
            # 第一、第二、第三党支部 (the grammar reads the bare numbers): 第一 is 第一党支部
            if not m.portfolio and _gap(doc_text, m.span.end, nxt.span.start) == "、":
                out[k] = name + numbered.group("tail")
            continue
        if (branch := _DIVISION_BRANCH.match(following)) is not None:
            if _BARE_DIVISION.match(name) and not m.portfolio and _gap(doc_text, m.span.end, nxt.span.start) == "、":
                out[k] = name + branch.group("suffix")
            continue
        if m.portfolio or _gap(doc_text, m.span.end, nxt.span.start) != "、":
            continue
        if (province := PROVINCE_BODY.match(following)) is not None and BARE_PROVINCE.match(name):
            out[k] = name + province.group("body")  # 浙江省、江苏省自然资源部门: 浙江省自然资源部门
            continue
        if _EACH_PLACE.match(name):
            # 各县（市）区、开发区林长办: every county's and district's office as the zone's (was 各县（市）区,
            # the governments); a 管委会 governs the zones alone (各县（市）区、开发区管委会)
            o = _PLACE_OFFICE.match(following)
            if o is not None and not o.group("suffix").endswith(("管委会", "管理委员会")):
                out[k] = name + o.group("suffix")
            continue
        if not BARE_PLACE.match(name):
            continue
        g = PLACE_GOVERNMENT.match(following)
        if g is None:
            o = _PLACE_OFFICE.match(following)
            if o is not None and name.endswith(("区", "县", "市", "旗")) and bool(_ZONE.search(name)) == bool(_ZONE.search(following, 0, o.start("suffix"))):
                out[k] = name + o.group("suffix")
            continue
        if looks_like_unit(name) and not name.endswith(LEVEL_ENDS):
            continue
        out[k] = name + g.group("suffix") if name.endswith(LEVEL_ENDS) else name + g.group("level") + g.group("suffix")
    return out


def _field_departments(mentions: list, doc_text: str) -> dict[int, str]:
    """The names to resolve for fields written once for a place's departments (县发展改革、财政、
    自然资源部门: 县发展改革部门, 县财政部门, 县自然资源部门; 潼南区公安、水利部门: 潼南区公安部门,
    潼南区水利部门), by index: the place the first field opens with is every field's, and the 部门
    closing the list every field's kind of body (were 县发展改革 and 财政 as written, 自然资源部门 the
    plan's own place's)."""
    # the mentions as the grammar's units, their names normalised (fields_before_department reads units)
    pieces = [Unit(text=normalise(m.text), start=m.span.start, end=m.span.end, portfolio=m.portfolio) for m in mentions]
    fields = fields_before_department(doc_text, pieces)
    out: dict[int, str] = {}
    for k in sorted(fields):
        if k - 1 in fields:
            continue  # not the first field of its list
        place = FIELDS_PLACE.match(pieces[k].text)
        if place is None:
            continue
        prefix, e = place.group(0), k
        while e in fields:
            text = pieces[e].text
            out[e] = (text if text.startswith(prefix) else prefix + text) + "部门"
            e += 1
        if not pieces[e].text.startswith(prefix):
            out[e] = prefix + pieces[e].text
    return out


def _places_departments(mentions: list, doc_text: str) -> dict[int, list[str]]:
    """The names to resolve for places written bare before a place's fields or department, one per
    field (安居区、潼南区公安、水利部门: 安居区 is 安居区公安部门 and 安居区水利部门, as 潼南区公安 and
    水利部门 are 潼南区's; 安居区、潼南区水利部门: 安居区水利部门), by index (it was 安居区's government)."""
    # the mentions as the grammar's units, their names normalised (places_before_fields reads units)
    pieces = [Unit(text=normalise(m.text), start=m.span.start, end=m.span.end, portfolio=m.portfolio) for m in mentions]
    out: dict[int, list[str]] = {}
    for p, (first, e) in places_before_fields(doc_text, pieces).items():
        prefix = FIELDS_PLACE.match(pieces[first].text).group(0)
        fields = [pieces[k].text[len(prefix):] if pieces[k].text.startswith(prefix) else pieces[k].text for k in range(first, e + 1)]
        out[p] = [pieces[p].text + f + ("" if k == e else "部门") for k, f in zip(range(first, e + 1), fields)]
    return out


def _gap(text: str, a: int, b: int) -> str:
    """What stands between two mentions, blanks dropped."""
    return "".join(text[a:b].split()) if 0 <= a <= b <= len(text) else "x"


# a place the resolver could not name, of a level of the plan's (延边州's 所辖县)
_UNNAMED_LEVEL = ("所辖", "所在")


def _level_of_the_place_before(prev_r: Resolved | None, r: Resolved, text: str) -> bool:
    """Whether ``text`` (县政府 / 市政府 / 区委), written with a bare level the plan's chain cannot name,
    follows a body of a place of that level (安图县委、县政府 in a prefecture's plan: 安图县's
    government, as a list's prefix carries; was 延边朝鲜族自治州所辖县人民政府)."""
    return (
        prev_r is not None
        and any(w in (r.jurisdiction or "") for w in _UNNAMED_LEVEL)
        and not any(w in (prev_r.jurisdiction or "") for w in _UNNAMED_LEVEL)
        and normalise(text)[:1] in "省市县区旗"
        and (prev_r.jurisdiction or "").endswith(normalise(text)[0])
    )


# a government written with its level alone (市政府, 区人民政府; its office 县政府办) right after a party
# committee (绥芬河市委、市政府, 东安区委区政府; 县委办、县政府办): the committee and the government of one place
# (GOVERNMENT_OF_LEVEL, as task_mentions tells such a pair from the same words after another committee)
# what may stand between the two: a list's separator, 和 / 及, or nothing (区委区政府)
_PAIR_GAPS = ("", "、", "，", ",", "和", "及")


def _government_paired(prev: "Mention | None", prev_r: Resolved | None, m: "Mention", doc_text: str) -> str | None:
    """Whether ``m`` (市政府 / 区人民政府 / 县政府办) is the government of the place whose party
    committee (or its office) it follows, as idiom writes the pair: ``绥芬河市委、市政府`` in 牡丹江市's
    plan is 绥芬河市's government, not the plan's city's; ``牡丹江市委、市政府`` in 东宁市's plan the
    city's, not 东宁市's own; ``各县（市）区委、区政府`` every district's. Returns the name to resolve
    (``各县（市）区政府`` for a collective's pair, else ``m``'s own text under the place's chain), or None."""
    if prev is None or prev_r is None or _gap(doc_text, prev.span.end, m.span.start) not in _PAIR_GAPS:
        return None
    g = GOVERNMENT_OF_LEVEL.match(normalise(m.text))
    if g is None:
        return None
    before = normalise(prev.text)
    committee = "委办公室" if g.group("office") else "委"
    if prev_r.kind == "collective":
        stem = before.removesuffix("办公室" if g.group("office") else "").removesuffix("委办" if g.group("office") else "")
        stem = stem.removesuffix("党委").removesuffix("委")
        if stem.startswith("各") and stem != before and stem.endswith(g.group("level")):
            return stem + normalise(m.text)[1:]
        return None
    if not prev_r.agency_id.endswith("/" + committee) or not (prev_r.jurisdiction or "").endswith(g.group("level")):
        return None
    return normalise(m.text)


# the place of a body a plan naming no place cannot name: （未知县） / （未知）
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
    paired = _government_paired(prev, prev_r, m, doc_text)
    if paired is not None and prev_r is not None:
        if prev_r.kind == "collective":  # 各县（市）区委、区政府: every district's government
            r = resolve_name(reg, paired, chain, portfolio, True)
        else:  # 绥芬河市委、市政府: that city's government
            used = _sub_chain(reg, prev_r.jurisdiction, chain)
            r = resolve_name(reg, paired, used, portfolio, m.collective)
    elif (head := _unit_list_head(prev, prev_r, m, r, doc_text)) is not None:
        # 保护区管理局马蹄保护站、隆畅河保护站: the second station is the same body's
        r = resolve_name(reg, head + normalise(m.text), chain, portfolio, m.collective)
    elif (
        (not r.explicit or _level_of_the_place_before(prev_r, r, m.text))
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
        and _level_of_the_place_before(prev_r, r, m.text)
        and _one_sentence(doc_text, prev.span.end, m.span.start)
    ):
        # (河北省环境保护厅牵头，省发展改革委、省质监局配合) in a plan of a region across provinces
        # (京津冀及周边地区), whose chain names no province: the 省 of the body leading the sentence
        # (was 京津冀及周边地区所在省/发展和改革委员会)
        used = _sub_chain(reg, prev_r.jurisdiction, chain)
        r = resolve_name(reg, name, used, portfolio, m.collective)
    elif (zones := _zones_after_each_place(prev, prev_r, m, doc_text)) is not None:
        # 各县（市）区人民政府、开发区管委会: every zone's committee (was 合肥开发区/管委会, a zone nobody has)
        r = resolve_name(reg, zones, chain, portfolio, True)
    elif _each_reaches(prev, prev_r, m, r, doc_text):  # 各镇人民政府、街道办事处: every street office
        r = resolve_name(reg, "各" + m.text, chain, portfolio, True)
    return r, used


def _one_sentence(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` (between two mentions) closes no sentence and no line."""
    return 0 <= a <= b <= len(text) and not any(c in "。\n！？!?" for c in text[a:b])


def _unit_list_head(prev: "Mention | None", prev_r: Resolved | None, m: "Mention", r: Resolved, doc_text: str) -> str | None:
    """The body written before the unit ``prev`` names (甘肃祁连山国家级自然保护区管理局 of
    …管理局马蹄保护站) when ``m``, written right after it in a list, is a bare unit of the same kind
    (隆畅河保护站: both …保护站): a list of one body's units names the body once. None otherwise (a
    unit of another kind, 局办公室、机关党支部; one that names its own place or body)."""
    if prev is None or prev_r is None or prev_r.parent is None or r.explicit or r.kind == "collective":
        return None
    unit = prev_r.agency_id.rpartition("/")[2]
    written, name = normalise(prev.text), normalise(m.text)
    if prev_r.agency_id.count("/") < 2 or not written.endswith(unit) or len(written) == len(unit):
        return None
    if len(name) < 4 or name[-2:] != unit[-2:] or name[-1] not in _UNIT_KINDS or not _only_separator(doc_text, prev.span.end, m.span.start):
        return None
    return written[: len(written) - len(unit)]


# the kinds of a body's units a list may name after one head (马蹄保护站、隆畅河保护站; 一大队、二大队)
_UNIT_KINDS = ("站", "所", "队", "科", "处", "股", "室")


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
    shared = {**_shared_names(task.mentions, doc_text), **_field_departments(task.mentions, doc_text)} if len(task.mentions) > 1 else {}
    each_place = _places_departments(task.mentions, doc_text) if len(task.mentions) > 1 else {}
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
