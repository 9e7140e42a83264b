"""Old names in a plan dated well after the reform that renamed them: today's body.

A plan names the bodies of its own time. A 2016 plan's 县环保局 is the 环境保护局 of 2016, linked
by the graph to the 生态环境局 that took its work over (``successors.csv``, ``settle_successors``).
But a plan dated two years or more after the reform that writes the old name writes it in
everyday speech: a 2024 台州 plan's 市建设局 (renamed in 2010) is the 住房和城乡建设局, a 2024
plan's 黄岩区环境分局 the district's 生态环境分局. Read as the old body, ``workload`` counts one
body in two places. ``renamed_by_year`` files such a mention under the successor's id, its text
kept as written and the old body's id on the assignment (``renamed_from``: why it was moved).

Nothing moves where the plan's year is unknown or not two years past the reform (a 2019 plan of the
2018 reform names old and new bodies alike), where the successors are not one body (国土资源局 ->
自然资源局 or 自然资源和规划局, by place: ``Registry.named_in_year``, unless successors.csv gives the
place's own: 台州市's 自然资源和规划局), where the place kept the old name as its own (厦门市's 建设局:
successors.csv's row of the place, no successors), where the old body survives in
places (no ``year`` in successors.csv: 北京's 城管委), where the plan names the successor too (it
tells the two apart, as 北京's plans do their 城管委 and 城管执法局: were they one, the plan would
not need both), for a name written with 原 (原市环保局: the plan recounts the old body), and for a
zone's bodies (a 开发区's 建设局 is its own name, no rename of a 住建局).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from respgraph.resolve.core import resolve_name
from respgraph.resolve.places import Chain, Resolved
from respgraph.structure.meta.dates import plan_year

if TYPE_CHECKING:  # pragma: no cover
    from respgraph.records import Agency, Assignment, PlanMeta, Supervision
    from respgraph.registry import Registry


def renamed_by_year(
    reg: "Registry", meta: "PlanMeta", chain: Chain, assignments: dict[str, list["Assignment"]],
    agencies: dict[str, "Agency"], supervisors: dict[str, list["Supervision"]],
) -> bool:
    """Move the assignments (and supervisions) of ``meta``'s plan that name a body by the name a
    reform took from it before the plan's year to the successor (see the module), in place:
    ``agency``/``agency_id`` the successor's, ``renamed_from`` the old body's id, the mention
    as written; ``agencies`` gets the successor's record with the old one's names and loses the
    old one's when nothing names it any more. Whether any assignment was moved."""
    year = plan_year(meta)
    if year is None or not (getattr(reg, "reform_years", None) or getattr(reg, "successors_in", None)):
        return False
    named = {a.agency_id for rows in assignments.values() for a in rows}
    named |= {s.agency_id for rows in supervisors.values() for s in rows}
    _renamed_within_one_id(reg, year, chain, named, assignments, supervisors)
    moved: dict[str, tuple[str, ...]] = {}  # old body's id -> the names of its successor in the plan's year
    for aid in sorted(named):
        agency = agencies.get(aid)
        if agency is None or agency.kind != "agency" or not agency.jurisdiction:
            continue
        names = _successor_names(reg, aid, year)
        if names and _successor(reg, aid, names, names[0], chain) is not None \
                and _successor_id(aid, names, reg) not in named:
            moved[aid] = names
    if not moved:
        return False
    found: dict[str, Resolved] = {}  # successor id -> its resolved record, for the plan's agencies
    for rows in assignments.values():
        rows[:] = [_moved(reg, a, moved, chain, found) for a in rows]
    for rows in supervisors.values():
        rows[:] = [_moved(reg, s, moved, chain, found) for s in rows]
    _move_records(agencies, assignments, supervisors, found)
    return bool(found)


def _renamed_within_one_id(reg: "Registry", year: int, chain: Chain, named: set[str], assignments: dict, supervisors: dict) -> None:
    """A body a place renamed within its id (西安市's 城市管理局, since 2019 the 城市管理和综合执法局,
    one_body.csv filing the new name under the old): in a plan of a year after the place's rename
    (successors.csv's row of the place), its assignments and supervisions name it by the new name
    (a 2020 plan's 市城管局: 西安市城市管理和综合执法局; a 2018 plan's stays 西安市城市管理局). Only the
    name changes: the body and its id are the same. Not for a mention written with 原. In place."""
    renamed: dict[tuple[str, str], str] = {}  # (id, its old name) -> the name a plan of ``year`` gives it
    for aid in named:
        place, _, short = aid.partition("/")
        own = reg.place_successors(short, place) if short and "/" not in short else None
        if not own or not own[0] or own[1] is None or year <= own[1] or reg.filed_under(own[0][0], place) != short:
            continue
        new = resolve_name(reg, place + own[0][0], chain, (), False)
        if new.agency_id == aid and new.known:
            renamed[(aid, resolve_name(reg, place + short, chain, (), False).name)] = new.name
    if renamed:
        # (only a mention read as the old name: one written by another name of the body, 市城市管理综合
        # 行政执法局, keeps the name the plan writes)
        for rows in (*assignments.values(), *supervisors.values()):
            rows[:] = [replace(a, agency=renamed[(a.agency_id, a.agency)]) if (a.agency_id, a.agency) in renamed and not a.mention.startswith("原") else a for a in rows]


def _successor_names(reg: "Registry", aid: str, year: int) -> tuple[str, ...]:
    """The names of the one body a plan of ``year`` means by the body ``aid``
    (``Registry.named_in_year``, the place's own rename where successors.csv gives one: 厦门市
    kept its 建设局, 深圳市's is the 住房和建设局); () for none, and for a zone's bodies."""
    place, _, short = aid.partition("/")
    if not short or "/" in short or not reg.may_be_renamed(short):  # (most bodies: never renamed)
        return ()
    names = reg.named_in_year(short, year, place)
    return names if names and reg.jurisdiction(place).level != "zone" else ()


def _successor_id(aid: str, names: tuple[str, ...], reg: "Registry") -> str:
    """The successor's id in ``aid``'s place, as the registry files it (one_body.csv)."""
    place = aid.partition("/")[0]
    return f"{place}/{reg.filed_under(names[0], place)}"


def _successor(reg: "Registry", aid: str, names: tuple[str, ...], written: str, chain: Chain) -> Resolved | None:
    """The successor of the body ``aid`` written ``written``, resolved in its place as its own name
    would be, a branch named as a branch where it has such a name (黄岩区环境保护分局 ->
    黄岩区生态环境分局); None where the resolver names the place otherwise (台州市所辖区)."""
    place = aid.partition("/")[0]
    name = next((n for n in names if written.endswith("分局") == n.endswith("分局")), names[0])
    new = resolve_name(reg, place + name, chain, (), False)
    return new if new.agency_id == _successor_id(aid, names, reg) and new.known else None


def _moved(reg: "Registry", a, moved: dict[str, tuple[str, ...]], chain: Chain, found: dict[str, Resolved]):
    """Assignment or supervision ``a`` filed under its body's successor when ``moved`` holds one and
    its name is not written with 原 (原市环保局: the old body itself); the successor in ``found``."""
    names = moved.get(a.agency_id)
    if names is None or a.mention.startswith("原"):
        return a
    new = _successor(reg, a.agency_id, names, a.agency, chain)
    if new is None:
        return a
    found.setdefault(new.agency_id, new)
    return replace(a, agency=new.name, agency_id=new.agency_id, renamed_from=a.agency_id)


def _move_records(agencies: dict, assignments: dict, supervisors: dict, found: dict[str, Resolved]) -> None:
    """The plan's agencies once assignments were moved: each successor's record (made from ``found``
    when the plan named it by its old name only) with the names the old body was written by (but
    原…); an old body's record dropped when nothing names it any more."""
    from respgraph.resolve.core import agency_of

    moved = [a for rows in assignments.values() for a in rows if a.renamed_from]
    for a in moved:
        rec = agencies.get(a.agency_id)
        if rec is None:
            rec = agencies[a.agency_id] = agency_of(found[a.agency_id], a.mention)
        old = agencies.get(a.renamed_from)
        for alias in [a.mention, *(old.aliases if old else ())]:
            if alias not in rec.aliases and not alias.startswith("原"):
                rec.aliases.append(alias)
    still = {a.agency_id for rows in assignments.values() for a in rows}
    for old_id in {a.renamed_from for a in moved}:
        if old_id not in still:
            agencies.pop(old_id, None)
