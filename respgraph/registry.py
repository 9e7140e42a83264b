"""The agency registry: function taxonomy, keyword rules, aliases and jurisdictions.

The registry is plain CSV in ``respgraph/data/registry/`` (shipped with the package; the
repository's ``data/registry`` points there) so users can read and extend it (see the README
there). To use an edited copy, set ``RESPGRAPH_REGISTRY=/path/to/dir`` or pass ``--registry DIR``
to ``respgraph agencies``. It holds only what rules cannot know: the function taxonomy with English
glosses, the keywords that reveal a function inside a name (``环保`` -> 生态环境), the
abbreviations and historical names (``发改委`` -> 发展和改革委员会) and the jurisdiction
hierarchy (渝水区 PART_OF 新余市). Everything else is inferred by ``respgraph.resolve``.

    >>> reg = load_registry()
    >>> reg.functions["生态环境"].gloss
    'ecology and environment'
    >>> reg.jurisdiction("渝水区").parent
    '新余市'
    >>> reg.jurisdiction("安宁县").level      # not in the data: level from the suffix
    'county'
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

DEFAULT_DIR = Path(__file__).resolve().parent / "data" / "registry"  # shipped with the package
ENV_VAR = "RESPGRAPH_REGISTRY"  # a directory with the same files, used instead of DEFAULT_DIR

# Levels whose short names are read only in plans near them (Registry.local_shorts): too many
# counties share a short name with a word or another place (合作, 东方, 龙泉, 沙河).
LOCAL_LEVELS = ("county", "district", "township", "subdistrict")
# a customs district's bodies: in a province's plan the district serving it (``Registry.customs_seat``)
CUSTOMS_BODIES = ("海关", "海关缉私局")
LEVELS = ("national", "province", "city", "district", "county", "zone", "township", "subdistrict")
KINDS = ("agency", "division", "party", "legislature", "judiciary", "government", "collective", "enterprise", "other")

# How a place name ends -> its level. Longest suffix first (开发区 before 区).
LEVEL_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("自治区", "province"),
    ("自治州", "city"),
    ("自治县", "county"),
    ("自治旗", "county"),
    ("地区", "city"),
    ("开发区", "zone"),
    ("投资区", "zone"),
    ("保税区", "zone"),  # 综合保税区
    ("高新区", "zone"),
    ("经开区", "zone"),
    ("新区", "zone"),
    ("起步区", "zone"),  # 济南起步区 (新旧动能转换起步区): a zone, no district
    ("街道", "subdistrict"),
    ("省", "province"),
    ("市", "city"),
    ("区", "district"),
    ("县", "county"),
    ("旗", "county"),
    ("州", "city"),  # 凉山州: an autonomous prefecture written short
    ("盟", "city"),
    ("镇", "township"),
    ("乡", "township"),
    ("苏木", "township"),  # a township of Inner Mongolia
)


class RegistryError(ValueError):
    """A registry file is missing, malformed or inconsistent; the message names file and row."""


@dataclass(frozen=True, slots=True)
class Function:
    code: str  # e.g. 生态环境
    name: str  # Chinese name, e.g. 生态环境保护
    gloss: str  # English, e.g. "ecology and environment"
    kind: str = ""  # agency kind this function implies ("party", "judiciary", …) or ""


@dataclass(frozen=True, slots=True)
class Jurisdiction:
    name: str  # 渝水区
    level: str | None  # one of LEVELS, None when it cannot be told
    parent: str | None = None  # 新余市
    short: str = ""  # 渝水: how the place is written in front of a bureau (渝水生态环境局)
    known: bool = True  # False: not in the registry, level inferred from the suffix


@dataclass(frozen=True, slots=True)
class Keyword:
    keyword: str
    functions: tuple[str, ...]
    exclusive: bool = False  # the name gets these functions only (人大…工委 is 人大, not 农业)
    weak: bool = False  # counts only when no other keyword is in the name (生态环境…综合行政执法支队)


@dataclass(slots=True)
class Registry:
    functions: dict[str, Function]
    jurisdictions: dict[str, Jurisdiction]
    keywords: dict[str, Keyword]
    aliases: dict[str, str]  # written short name -> canonical short name, any jurisdiction
    scoped_aliases: dict[tuple[str, str], str]  # (jurisdiction, written) -> canonical
    # a national body's local branch, the place in the middle (国家税务总局*税务局 -> 税务局):
    # (head, tail, canonical), longest first
    place_aliases: tuple[tuple[str, str, str], ...] = ()
    path: Path | None = None
    # a body renamed or merged by a reform -> the names that took over its work (环境保护局 ->
    # 生态环境局, 生态环境分局), from the optional successors.csv; only the graph reads them
    successors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # the year of the reform that renamed such a body, where the old name then means its successor
    # everywhere (successors.csv's optional ``year``): a plan of a later year that writes the old
    # name means today's body (``named_in_year``). No year: the old body survives in places.
    reform_years: dict[str, int] = field(default_factory=dict)
    # ... and where a place did otherwise, successors.csv's rows with a ``place``: (place, name) ->
    # the names that body bears there ((深圳市, 建设局) -> 住房和建设局) and the year the place renamed
    # it (None: the reform's); no names where the place kept the old name as its own (厦门市's 建设局).
    # A row holds in its place and the places under it (``place_successors``).
    successors_in: dict[tuple[str, str], tuple[tuple[str, ...], int | None]] = field(default_factory=dict)
    # one body under two names in any place (发展和改革局 / 发展和改革委员会: a place has one
    # development and reform body, and plans write 委 or 局 for it whatever its nameplate): name ->
    # the name its id is filed under, from the optional one_body.csv; the agency's name stays as written
    same_body: dict[str, str] = field(default_factory=dict)
    # ... and by province, for names one body bears in one province only ((浙江省, 综合行政执法局) ->
    # 城市管理局): one_body.csv rows with a ``province``
    same_body_in: dict[tuple[str, str], str] = field(default_factory=dict)
    # ... and by level of place, for names one body bears at one level only ((district, 公安分局) ->
    # 公安局): one_body.csv rows with a ``level``
    same_body_at: dict[tuple[str, str], str] = field(default_factory=dict)
    # a body split by a reform -> for each part of its work, the names that took it over (海洋与渔业局
    # -> (自然资源局, 自然资源和规划局, …), (农业农村局, …)), from the optional split_bodies.csv; only the graph reads them
    split: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # a province -> the seats of the customs districts serving it (四川省 -> 成都市; 山东省 -> 青岛市,
    # 济南市), from the optional customs_districts.csv: a province has no customs of its own
    customs_seats: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # places of counties.csv: outside their own plans read only as written in full. Many short
    # names are words (公安 of 公安县 in 公安局, 三门 of 三门县 in 三门核电, 互助 of 互助土族自治县)
    # and nobody has checked them one by one as jurisdictions.csv's were.
    full_only: frozenset[str] = frozenset()
    # a name several places share (西湖区 of 杭州市 and of 南昌市, from the optional shared_names.csv)
    # -> each of them, filed under its city's name (杭州市西湖区, 南昌市西湖区): a plan that names the
    # city is that place's (``plan_chain``), one naming neither stays the bare, unlisted name
    shared: dict[str, tuple[str, ...]] = field(default_factory=dict)
    qualified: dict[str, str] = field(default_factory=dict)  # 杭州市西湖区 -> 西湖区
    # derived lookups, built once
    # full or short -> name; the short names of counties and below only in plans near them, see
    # ``local_shorts`` (龙泉 of 龙泉市 is no place in 龙泉驿区, 合作 of 合作市 none in 合作社)
    places: dict[str, str] = field(default_factory=dict, repr=False)
    children: dict[str, list[str]] = field(default_factory=dict, repr=False)  # listed places under a place
    shorts: dict[str, str] = field(default_factory=dict, repr=False)  # every short name -> name (the first listed)
    keyword_re: re.Pattern | None = field(default=None, repr=False)
    longest_place: int = field(default=8, repr=False)  # the longest name in ``places`` (双江拉祜族佤族布朗族傣族自治县)
    # a city -> its places of a shared name, read as written in full in plans of the city and of
    # the places under it (西湖区 in a 杭州市 plan); not 城区 / 郊区, words more than places
    shared_children: dict[str, list[str]] = field(default_factory=dict, repr=False)
    cache: dict = field(default_factory=dict, repr=False)  # resolve cache, see respgraph.resolve
    # parents of unlisted places as plans write them (成都市青白江区人民政府: 青白江区 -> 成都市);
    # "" when two plans disagree. Only the graph's PART_OF reads them, never resolution.
    learned: dict[str, str] = field(default_factory=dict, repr=False)
    # a county's name no place bears today -> the listed district or county-level city its
    # 撤县设区 / 撤县设市 made of it (南和县 -> 南和区, 赣县 -> 赣县区, 邹平县 -> 邹平市): ``became``;
    # only successors read it (a link needs plans of both places), never a place's parent
    formerly: dict[str, str] = field(default_factory=dict, repr=False)
    # a real county of 2015 since made a district or county-level city of its name (宁乡县 -> 宁乡市),
    # from the optional former_counties.csv: a plan of the old county is of the new place's city
    former_counties: dict[str, str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for j in self.jurisdictions.values():
            self.places[j.name] = j.name
            if j.parent:
                self.children.setdefault(j.parent, []).append(j.name)
        for j in self.jurisdictions.values():
            if j.short and j.short not in self.places and j.name not in self.full_only:
                self.shorts.setdefault(j.short, j.name)
                if j.level not in LOCAL_LEVELS:
                    self.places[j.short] = j.name
        self.places.update(self._autonomous_written_short())
        self.formerly = self._former_counties()
        self.longest_place = max(map(len, self.places), default=8)
        for q, name in self.qualified.items():
            if len(name) > 2:
                self.shared_children.setdefault(self.jurisdictions[q].parent, []).append(q)
        kws = sorted(self.keywords, key=lambda k: (-len(k), k))
        self.keyword_re = re.compile("|".join(map(re.escape, kws))) if kws else re.compile(r"(?!)")

    def _autonomous_written_short(self) -> dict[str, str]:
        """An autonomous place written as its short name and its level (乳源县 for 乳源瑶族自治县,
        长阳县, 鄂伦春旗, 恩施州), as plans write it in any plan, not only its own: the form names a place
        of that level, no word (互助县 as 互助 alone might be). Never a name another place bears
        (a listed 和田县, a shared name) nor one two autonomous places would write alike."""
        out: dict[str, str] = {}
        twice: set[str] = set()
        for j in self.jurisdictions.values():
            short = default_short(j.name) if j.name.endswith(_AUTONOMOUS_ENDS) else ""
            if not short:
                continue
            written = short + j.name[-1]
            if written in self.jurisdictions or written in self.shared:
                continue
            if out.setdefault(written, j.name) != j.name:
                twice.add(written)
        return {w: name for w, name in out.items() if w not in twice and w not in self.places}

    def _former_counties(self) -> dict[str, str]:
        """The county name each listed district (南和区) or county-level city (邹平市) would have
        borne before it was made one (南和县; 赣县区's 赣县), when no place bears or is written as it
        today (昌江县: 昌江黎族自治县) and no other place would claim it."""
        out: dict[str, str] = {}
        twice: set[str] = set()
        for j in self.jurisdictions.values():
            if j.level not in ("district", "county") or len(j.name) < 3 or not j.name.endswith(("区", "市")):
                continue
            stem = j.name[:-1]
            former = stem if stem.endswith("县") else stem + "县"
            if former in self.places or former in self.shared:  # (昌江县: 昌江黎族自治县 written short)
                continue
            if out.setdefault(former, j.name) != j.name:
                twice.add(former)
        return {f: name for f, name in out.items() if f not in twice}

    def became(self, name: str) -> str | None:
        """The listed place an unlisted county became (撤县设区 / 撤县设市, the name kept: 南和县 ->
        南和区, 赣县 -> 赣县区, 邹平县 -> 邹平市), or None. A county renamed as well (任县 -> 任泽区) is
        found by former_counties.csv's list alone."""
        return None if name in self.jurisdictions else self.formerly.get(name) or self.former_counties.get(name)

    def local_shorts(self, chain: tuple[str, ...]) -> dict[str, str]:
        """The short names of the listed counties a plan of ``chain`` reads: those of its own places
        and of the places under them (昌江 and 浮梁 in a 景德镇市 plan, 分宜 in a 渝水区 plan)."""
        out: dict[str, str] = {}
        for name in chain:
            for child in self.children.get(name, ()):
                j = self.jurisdictions[child]
                if j.short and j.level in LOCAL_LEVELS and j.short not in self.places and child not in self.full_only:
                    out.setdefault(j.short, child)
                    # a banner listed by its abbreviation (准格尔旗: 准旗, 伊金霍洛旗: 伊旗) is written by
                    # its name without 旗 too, as other places are without their level
                    # (准格尔应急管理局, 支队准格尔大队: were bodies of a name nobody bears)
                    bare = default_short(child) if child.endswith("旗") and j.short.endswith("旗") else ""
                    if len(bare) >= 3 and bare not in self.places:
                        out.setdefault(bare, child)
        return out

    def successor(self, agency_id: str, present) -> str | None:
        """The id of the body that took over ``agency_id`` (a body renamed by a reform) among the
        ids ``present`` (any container), in the same place: the first of its successors.csv
        names found, or None. ``三台县/环境保护局`` -> ``三台县/生态环境局`` (the id of the city bureau's
        branch 生态环境分局 too: one_body.csv). A body of a county since made a district (``became``: 南和县) is succeeded in
        that district too, by those names or its own (南和县/民政局 -> 南和区/民政局). A place's own row
        of successors.csv wins (``place_successors``)."""
        jur, _, short = agency_id.partition("/")
        own = self.place_successors(short, jur)  # (厦门市/建设局: kept, no successor; 深圳市's 住房和建设局)
        # each name's id as the place files it (卫生健康局: 卫生健康委员会's; in 浙江 综合行政执法局: 城市管理局's)
        names = [self.filed_under(s, jur) for s in (own[0] if own else self.successors.get(short, ()))]
        ids = [f"{jur}/{n}" for n in names]
        if (seat := self.customs_seat(jur)) and seat != jur:  # 四川出入境检验检疫局 -> 成都海关 (成都市/海关)
            ids += [f"{seat}/{n}" for n in names if n in CUSTOMS_BODIES]
        if now := self.became(jur):  # 南和县/环境保护局 -> 南和区/生态环境局, 南和县/民政局 -> 南和区/民政局
            ids += [f"{now}/{n}" for n in names] + [f"{now}/{short}"]
        # (a rename within one id, 城市管理局 -> 城市管理和综合执法局 filed under it, is no successor:
        # the plan's year names it, ``resolve.renamed``)
        return next((i for i in ids if i in present and i != agency_id), None)

    def split_successors(self, agency_id: str, present) -> list[str]:
        """The ids among ``present`` of the bodies that took over the parts of ``agency_id``'s work,
        in the same place, when a reform split it (split_bodies.csv): the first of each part's names
        found, in the file's order of parts. ``福州市/海洋与渔业局`` -> ``[福州市/自然资源和规划局,
        福州市/农业农村局]``; [] for a body no reform split or whose successors ``present`` lacks."""
        jur, _, short = agency_id.partition("/")
        out = []
        for names in self.split.get(short, ()):
            found = next((i for n in names if (i := f"{jur}/{self.same_body.get(n, n)}") in present), None)
            if found and found not in out:
                out.append(found)
        return out

    def filed_under(self, short: str, jur: str | None) -> str:
        """The name whose id the body ``short`` of ``jur`` is filed under (one_body.csv): a row of the
        province ``jur`` lies in first (浙江省: 综合行政执法局 -> 城市管理局), then one of ``jur``'s level
        (a district: 公安分局 -> 公安局), then one of every place (发展和改革局 -> 发展和改革委员会), else
        ``short`` itself."""
        if self.same_body_in and jur:
            for place in self.ancestors(jur):
                if (body := self.same_body_in.get((place, short))) is not None:
                    return body
        if self.same_body_at and jur and (body := self.same_body_at.get((self.jurisdiction(jur).level, short))) is not None:
            return body
        return self.same_body.get(short, short)

    def customs_seat(self, province: str) -> str | None:
        """The seat of the one customs district serving ``province`` (四川省 -> 成都市; 北京市 ->
        北京市), or None: a province several districts serve (山东省), a place that is no province."""
        seats = self.customs_seats.get(province, ())
        return seats[0] if len(seats) == 1 else None
    def named_in_year(self, short: str, year: int, place: str | None = None) -> tuple[str, ...]:
        """The names (most usual first) of the one body a plan of ``year`` means by the canonical
        short name ``short`` of a body a reform renamed before it, or () when it means that body
        itself. The reform's ``reform_years`` and one year's margin: a plan of the reform's year or
        the next names old and new bodies alike (a 2019 plan's 环保局 is no 2018 reform's
        生态环境局), one of two years after or later writes the old name for today's body (a
        2024 plan's 市建设局, renamed in 2010, is the 住房和城乡建设局). Renames run on
        (卫生局 -> 卫生和计划生育委员会 in 2013 -> 卫生健康委员会 in 2018); successors that are not
        one body (国土资源局 -> 自然资源局 or 自然资源和规划局, by place) give (); a name a later reform
        gave to a listed successor is reached through it, by that reform's year (a 2016 plan's 卫生局 is
        the 卫计委, not yet the 卫健委). In ``place`` its own row
        of successors.csv wins (``place_successors``): a name the place kept gives (), a name it
        renamed its way gives its names, from two years after the year it did.

        >>> reg = load_registry()
        >>> reg.named_in_year("建设局", 2024), reg.named_in_year("环境保护局", 2019)
        (('住房和城乡建设局', '住房和城乡建设委员会'), ())
        >>> reg.named_in_year("国土资源局", 2024), reg.named_in_year("卫生局", 2024)[0]
        ((), '卫生健康委员会')
        >>> reg.named_in_year("卫生局", 2016), reg.named_in_year("卫生局", 2014)
        (('卫生和计划生育委员会',), ())
        >>> reg.named_in_year("建设局", 2025, "厦门市"), reg.named_in_year("建设局", 2025, "深圳市")
        ((), ('住房和建设局',))
        """
        names = self._named_in_year(short, year, frozenset(), place)
        return () if names is None or names == (short,) else names

    def _named_in_year(self, short: str, year: int, seen: frozenset, place: str | None) -> tuple[str, ...] | None:
        """``named_in_year``'s names; (short,) for a body not renamed by then, None for no one body."""
        own = self.place_successors(short, place) if place else None
        reform = (own[1] or self.reform_years.get(short)) if own else self.reform_years.get(short)
        if reform is None or year <= reform + 1 or short in seen or (own and not own[0]):
            return (short,)
        listed = own[0] if own else self.successors.get(short, ())
        # a name listed that a reform gave another listed name later (卫生局's 卫健委, the 卫计委's
        # successor) is reached through that one, by its own year: a 2016 plan's 卫生局 is the 卫计委
        later_ones = {n for s in listed for n in self._renamed_to(s, place, seen | {short})}
        names: list[str] = []
        for successor in (s for s in listed if s not in later_ones):
            later = self._named_in_year(successor, year, seen | {short}, place)
            if later is None:
                return None
            names += [n for n in later if n not in names]
        if len({self.filed_under(n, place) for n in names}) != 1:
            return None
        return tuple(names)

    def _renamed_to(self, short: str, place: str | None, seen: frozenset) -> set[str]:
        """Every name successors.csv gives ``short``'s work in ``place`` after it, in any later reform
        (卫生和计划生育委员会 -> 卫生健康委员会, 卫生健康局), the place's own rows first."""
        if short in seen:
            return set()
        own = self.place_successors(short, place) if place else None
        out: set[str] = set()
        for s in (own[0] if own else self.successors.get(short, ())):
            out |= {s} | self._renamed_to(s, place, seen | {short})
        return out

    def place_successors(self, short: str, place: str) -> tuple[tuple[str, ...], int | None] | None:
        """The names the body ``short`` bears in ``place`` since the place renamed it, and the year it
        did (None: the reform's), from successors.csv's row of ``place`` or the innermost place above
        it (a district of 厦门市 as 厦门市); ((), None) where the place kept the old name as its own
        (厦门市's 建设局); None where no row names the place: successors.csv's general row holds."""
        if not self.successors_in or not place:
            return None
        return next((row for p in self.ancestors(place) if (row := self.successors_in.get((p, short))) is not None), None)

    def may_be_renamed(self, short: str) -> bool:
        """Whether a plan's year may read ``short`` as another body's name: a reform's year is known for
        it, everywhere or in some place (``named_in_year``)."""
        return short in self.reform_years or any(n == short and row[0] for (_, n), row in self.successors_in.items())

    # ------------------------------------------------------------------ jurisdictions

    def jurisdiction(self, name: str) -> Jurisdiction:
        """The jurisdiction ``name``; for a place not in the data, its level from its suffix."""
        j = self.jurisdictions.get(name)
        if j is not None:
            return j
        parent = self.learned.get(name) or None
        return Jurisdiction(name=name, level=level_of(name), parent=parent, short=default_short(name), known=False)

    def learn_parent(self, name: str, parent: str) -> None:
        """Record that a plan writes ``name`` inside ``parent`` (四川省绵阳市三台县). Listed places
        keep their registry parent; a place two plans put in different parents gets none."""
        if name in self.jurisdictions or not parent or parent == name:
            return
        have = self.learned.get(name)
        if have is None:
            self.learned[name] = parent
        elif have != parent:
            self.learned[name] = ""

    def canonical_place(self, name: str | None) -> str | None:
        """The registry's name for a place written with extra qualifiers.

        ``新余市渝水区`` -> 渝水区; ``XXXX投资区`` (an anonymised prefix) -> XX投资区; a place
        the registry does not know is returned as it is.
        """
        if not name or name in self.jurisdictions:
            return name
        if self.places.get(name) and (level_of(name) or len(name) > 2):  # 凉山州 -> 凉山彝族自治州
            return self.places[name]
        hit = self.cache.get(("canonical_place", name))
        if hit is None:
            hit = name
            for k in range(1, len(name) - 2):
                head = name[:k]
                # only a qualifier may be dropped: a parent place (新余市) or an anonymised run (XX)
                if name[k:] in self.jurisdictions and (head in self.jurisdictions or level_of(head) or set(head) <= set("XＸx×*＊某")):
                    hit = name[k:]
                    break
            self.cache[("canonical_place", name)] = hit
        return hit

    def ancestors(self, name: str) -> list[str]:
        """``name`` and its parents, innermost first: 渝水区 -> [渝水区, 新余市, 江西省]."""
        out: list[str] = []
        cur: str | None = name
        while cur and cur not in out:
            out.append(cur)
            j = self.jurisdictions.get(cur)
            cur = j.parent if j else None
        return out

    # ------------------------------------------------------------------ functions

    def gloss(self, code: str) -> str:
        f = self.functions.get(code)
        return f.gloss if f else ""

    def function_name(self, code: str) -> str:
        """A function's Chinese name (生态环境 -> 生态环境保护), as every table prints it; the
        code itself for one the taxonomy lacks."""
        f = self.functions.get(code)
        return f.name if f else code

    def match_keywords(self, text: str) -> tuple[list[str], list[tuple[int, int]], bool]:
        """Functions named in ``text`` by keyword (leftmost-longest, non-overlapping).

        Returns (function codes in order of appearance, matched spans, exclusive?).

        >>> load_registry().match_keywords("自然资源与规划建设交通局")[0]
        ['自然资源', '住房城乡建设', '交通运输']
        """
        codes: list[str] = []
        spans: list[tuple[int, int]] = []
        exclusive: list[str] | None = None
        matches = [(m, self.keywords[m.group(0)]) for m in self.keyword_re.finditer(text)]
        for m, kw in matches:
            spans.append(m.span())
            if kw.weak and weak_keyword_qualifies(text, m.start(), matches):
                continue
            if kw.exclusive and exclusive is None:
                exclusive = list(kw.functions)
            for c in kw.functions:
                if c not in codes:
                    codes.append(c)
        if exclusive is not None:
            return exclusive, spans, True
        return codes, spans, False


def weak_keyword_qualifies(text: str, start: int, matches: list) -> bool:
    """Whether a weak keyword at ``start`` only qualifies an earlier function keyword of the same
    phrase: 生态环境保护|综合行政执法 (yes) but 综合执法|与|应急管理, 城管|和|综合执法 (no)."""
    for m, kw in matches:
        if m.end() <= start and not kw.weak and not any(c in "与和及、" for c in text[m.end() : start]):
            return True
    return False


def level_of(name: str) -> str | None:
    """Level of a place from how its name ends: 安宁县 -> county, XX投资区 -> zone."""
    for suffix, level in LEVEL_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return level
    return None


# 赣县区 / 沙市区 / 新市区 / 红旗区: a district whose one-character name ends in 县 / 市 / 旗, where a
# shortest match of a place stops; no city or county has a one-character name, so 赣县 + 区 is one
# place (but 九江市 + 区 is the city's urban area, and 县市区 / 全县区 are no places)
_ONE_CHAR_STEM = re.compile(r"^[^全本我各该省市县区旗州盟乡镇][县市旗]$")


# A place that cannot sit inside the one written before it: a province or region anywhere but
# outermost, a city inside a county, banner or district (延边州落实省委… / XX县贯彻落实省委… /
# 某区落实市委…: a title's verb and the level above it, which read as 延边州|落实省 made 落实省
# the plan's place); 自治区 and 地区 hold cities (广西壮族自治区南宁市, 阿克苏地区库车市)
_OUTER_ONLY = ("省", "自治区")


def can_be_inside(outer: str, inner: str) -> bool:
    """Whether the place ``inner`` may be written inside ``outer`` (绵阳市 + 三台县, not 延边州 + 落实省)."""
    if inner.endswith(_OUTER_ONLY):
        return False
    county_like = outer.endswith(("县", "旗")) or (outer.endswith("区") and not outer.endswith(("自治区", "地区")))
    return not (inner.endswith("市") and county_like)


def district_of_short_name(place: str, after: str) -> bool:
    """Whether ``place`` read so far (赣县) with ``after`` it (区生态环境局) is a district (赣县区)."""
    return after[:1] == "区" and _ONE_CHAR_STEM.match(place) is not None


# The peoples an autonomous place names after its own name (长阳|土家族自治县, 巴里坤|哈萨克自治县,
# 龙胜|各族自治县): plans write the place without them (长阳县, 市生态环境局长阳分局).
_PEOPLES = (
    "蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇"
    "|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|鄂温克|德昂|保安|裕固|独龙|鄂伦春|各"
)
_AUTONOMOUS_ENDS = ("自治县", "自治旗", "自治州")
_AUTONOMOUS = re.compile(rf"^(.{{2,}}?)族?(?:(?:{_PEOPLES})族?)*自治[县州旗]$")  # 东乡|族自治县


def default_short(name: str) -> str:
    """How a place is written without its suffix: 渝水区 -> 渝水, 长阳土家族自治县 -> 长阳; 2-character
    names keep theirs."""
    autonomous = _AUTONOMOUS.match(name)
    if autonomous:
        return autonomous.group(1)
    for suffix, _ in LEVEL_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return ""


def registry_dir(path: Path | str | None = None) -> Path:
    """The registry directory: ``path`` if given, else ``$RESPGRAPH_REGISTRY``, else the
    package's own ``respgraph/data/registry``."""
    if path is not None:
        return Path(path).resolve()
    env = os.environ.get(ENV_VAR, "").strip()
    return Path(env).expanduser().resolve() if env else DEFAULT_DIR


def registry_file(name: str) -> Path:
    """A registry file (``task_keywords.csv``…) from the registry directory in use, or the
    package's own when a user directory does not hold that file."""
    p = registry_dir() / name
    return p if p.is_file() else DEFAULT_DIR / name


@lru_cache(maxsize=8)
def _load_cached(path: Path) -> Registry:
    # (imported here: registry_files builds the classes above, so it imports this module)
    from respgraph.registry_files import read_registry

    return read_registry(path)


def load_registry(path: Path | str | None = None) -> Registry:
    """Load (once per directory) the registry in ``path``; default ``$RESPGRAPH_REGISTRY`` or
    the package's ``respgraph/data/registry/``.

    Raises ``RegistryError`` naming the file and row of the first malformed row.
    """
    return _load_cached(registry_dir(path))


def function_gloss(code: str, reg: Registry | None = None) -> str:
    """English gloss of a function code: ``function_gloss("生态环境")`` -> 'ecology and environment'."""
    return (reg or load_registry()).gloss(code)


def functions_table(reg: Registry | None = None) -> "pd.DataFrame":
    """The function taxonomy as a DataFrame (code, name, gloss, kind)."""
    import pandas as pd

    reg = reg or load_registry()
    return pd.DataFrame(
        [{"code": f.code, "name": f.name, "gloss": f.gloss, "kind": f.kind} for f in reg.functions.values()],
        columns=["code", "name", "gloss", "kind"],
    )


def jurisdictions_table(reg: Registry | None = None) -> "pd.DataFrame":
    """The jurisdiction hierarchy as a DataFrame (name, level, parent, short)."""
    import pandas as pd

    reg = reg or load_registry()
    return pd.DataFrame(
        [{"name": j.name, "level": j.level, "parent": j.parent, "short": j.short} for j in reg.jurisdictions.values()],
        columns=["name", "level", "parent", "short"],
    )
