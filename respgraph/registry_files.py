"""Reading the registry's CSV files into a ``Registry`` (``read_registry``): each file checked
as it is read, a ``RegistryError`` naming the file and row of the first fault. The model and its
queries live in ``respgraph.registry``, which calls this once per directory (``load_registry``).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from respgraph.registry import (
    KINDS, LEVELS, LOCAL_LEVELS, Function, Jurisdiction, Keyword, Registry, RegistryError, default_short, level_of,
)


def read_registry_csv(path: Path, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """Rows of a CSV file with their line numbers; blank lines and ``#`` comments skipped."""
    if not path.is_file():
        raise RegistryError(f"{path}: file missing")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise RegistryError(f"{path}: cannot read ({e})") from None
    reader = csv.reader(text.splitlines())
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise RegistryError(f"{path}: empty file, expected header {','.join(required)}") from None
    missing = [c for c in required if c not in header]
    if missing:
        raise RegistryError(f"{path}: row 1: header lacks column(s) {', '.join(missing)}")
    out: list[tuple[int, dict[str, str]]] = []
    try:
        for cells in reader:
            row_no = reader.line_num
            if not cells or all(not c.strip() for c in cells) or cells[0].lstrip().startswith("#"):
                continue
            if len(cells) > len(header):
                raise RegistryError(f"{path}: row {row_no}: {len(cells)} fields, header has {len(header)} (quote fields that hold commas)")
            row = {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header)}
            out.append((row_no, row))
    except csv.Error as e:
        raise RegistryError(f"{path}: row {reader.line_num}: {e}") from None
    return out


def _need(path: Path, row_no: int, row: dict[str, str], col: str) -> str:
    v = row.get(col, "")
    if not v:
        raise RegistryError(f"{path}: row {row_no}: empty {col!r}")
    return v


def _add_counties(c_path: Path, jurisdictions: dict[str, Jurisdiction]) -> set[str]:
    """The optional counties.csv: every county and district whose name is China's only one, with
    its city (scripts/make_counties.py writes it from the statistical division codes). Their short
    names are read in their own plans only (see ``Registry.full_only``). A place jurisdictions.csv
    lists keeps that row, a county whose city it does not list is left out, and without the file
    only the listed places are known. Returns the names added."""
    added: set[str] = set()
    if not c_path.is_file():
        return added
    for row_no, row in read_registry_csv(c_path, ("name", "level", "parent")):
        name = _need(c_path, row_no, row, "name")
        if name in jurisdictions:
            continue
        level, parent = _need(c_path, row_no, row, "level"), _need(c_path, row_no, row, "parent")
        if level not in LOCAL_LEVELS:
            raise RegistryError(f"{c_path}: row {row_no}: level {level!r} is not one of {', '.join(LOCAL_LEVELS)}")
        if parent not in jurisdictions:
            continue  # a registry whose jurisdictions.csv was cut down keeps only its own cities' counties
        jurisdictions[name] = Jurisdiction(name, level, parent, default_short(name))
        added.add(name)
    return added


def _add_shared(s_path: Path, jurisdictions: dict[str, Jurisdiction]) -> dict[str, tuple[str, ...]]:
    """The optional shared_names.csv: the places of a name several share (鼓楼区 of 南京市, 徐州市,
    福州市, 开封市), each listed as its city's name and its own (南京市鼓楼区, parent 南京市, short
    鼓楼). The bare name stays unlisted: a plan that writes it alone does not say which. Returns
    name -> the qualified names of its places whose city is listed."""
    shared: dict[str, list[str]] = {}
    shorts: dict[str, str] = {}  # (12,000 places of 3,700 names: 城关镇 of 88 counties)
    if not s_path.is_file():
        return {}
    for row_no, row in read_registry_csv(s_path, ("name", "level", "parent")):
        name, parent = _need(s_path, row_no, row, "name"), _need(s_path, row_no, row, "parent")
        level = _need(s_path, row_no, row, "level")
        if level not in LOCAL_LEVELS:
            raise RegistryError(f"{s_path}: row {row_no}: level {level!r} is not one of {', '.join(LOCAL_LEVELS)}")
        if name in jurisdictions or parent not in jurisdictions:
            continue  # a listed name is the hand-written row's; a cut-down registry keeps its own cities'
        q = parent + name
        short = shorts.get(name)
        if short is None:
            short = shorts[name] = default_short(name)
        jurisdictions[q] = Jurisdiction(q, level, parent, short)
        shared.setdefault(name, []).append(q)
    return {name: tuple(places) for name, places in shared.items()}


def read_registry(path: Path) -> Registry:
    """The registry of the directory ``path``, each file checked as it is read (a RegistryError
    naming the file and row of the first fault)."""
    if not path.is_dir():
        raise RegistryError(f"{path}: registry directory missing")
    functions = _functions(path)
    keywords = _keywords(path, functions)
    jurisdictions = _jurisdictions(path)
    full_only = _add_counties(path / "counties.csv", jurisdictions)
    shared = _add_shared(path / "shared_names.csv", jurisdictions)
    full_only |= {q for places in shared.values() for q in places}
    aliases, scoped, place_aliases = _aliases(path)
    same_body, same_body_in, same_body_at = _one_body_rows(path)
    return Registry(
        functions, jurisdictions, keywords, aliases, scoped, place_aliases, path=path, successors=_successors(path),
        reform_years=_reform_years(path), successors_in=_place_successors(path, jurisdictions), same_body=same_body, same_body_in=same_body_in,
        same_body_at=same_body_at, split=_split_bodies(path),
        customs_seats=_customs_seats(path, jurisdictions), full_only=frozenset(full_only),
        former_counties=_former_counties(path, jurisdictions), shared=shared, qualified={q: name for name, places in shared.items() for q in places},
    )


def _functions(path: Path) -> dict[str, Function]:
    """functions.csv: code -> the function (its name, English gloss and kind)."""
    functions: dict[str, Function] = {}
    f_path = path / "functions.csv"
    for row_no, row in read_registry_csv(f_path, ("code", "name", "gloss")):
        code = _need(f_path, row_no, row, "code")
        if code in functions:
            raise RegistryError(f"{f_path}: row {row_no}: duplicate function code {code!r}")
        kind = row.get("kind", "")
        if kind and kind not in KINDS:
            raise RegistryError(f"{f_path}: row {row_no}: kind {kind!r} is not one of {', '.join(KINDS)}")
        functions[code] = Function(code, _need(f_path, row_no, row, "name"), _need(f_path, row_no, row, "gloss"), kind)
    return functions


def _keywords(path: Path, functions: dict[str, Function]) -> dict[str, Keyword]:
    """function_keywords.csv: keyword -> the functions it names (each code one of ``functions``)."""
    keywords: dict[str, Keyword] = {}
    k_path = path / "function_keywords.csv"
    for row_no, row in read_registry_csv(k_path, ("keyword", "functions")):
        kw = _need(k_path, row_no, row, "keyword")
        codes = tuple(c.strip() for c in re.split(r"[;；]", _need(k_path, row_no, row, "functions")) if c.strip())
        bad = [c for c in codes if c not in functions]
        if bad or not codes:
            raise RegistryError(f"{k_path}: row {row_no}: unknown function code(s) {', '.join(bad) or '(none)'}; add them to functions.csv")
        if kw in keywords:
            raise RegistryError(f"{k_path}: row {row_no}: duplicate keyword {kw!r}")
        excl = row.get("exclusive", "").lower()
        if excl not in ("", "0", "1", "yes", "no", "true", "false", "weak"):
            raise RegistryError(f"{k_path}: row {row_no}: exclusive must be 1, weak or empty, not {excl!r}")
        keywords[kw] = Keyword(kw, codes, excl in ("1", "yes", "true"), excl == "weak")
    return keywords


def _jurisdictions(path: Path) -> dict[str, Jurisdiction]:
    """jurisdictions.csv: name -> the place (its level, parent and short name), every parent listed."""
    jurisdictions: dict[str, Jurisdiction] = {}
    j_path = path / "jurisdictions.csv"
    parents: list[tuple[int, str, str]] = []
    for row_no, row in read_registry_csv(j_path, ("name", "level", "parent")):
        name = _need(j_path, row_no, row, "name")
        level = row.get("level") or level_of(name)
        if level not in LEVELS:
            raise RegistryError(f"{j_path}: row {row_no}: level {level!r} is not one of {', '.join(LEVELS)}")
        if name in jurisdictions:
            raise RegistryError(f"{j_path}: row {row_no}: duplicate jurisdiction {name!r}")
        parent = row.get("parent") or None
        if parent:
            parents.append((row_no, name, parent))
        jurisdictions[name] = Jurisdiction(name, level, parent, row.get("short") or default_short(name))
    for row_no, name, parent in parents:
        if parent not in jurisdictions:
            raise RegistryError(f"{j_path}: row {row_no}: parent {parent!r} of {name!r} is not listed")
    return jurisdictions


def _aliases(path: Path) -> tuple[dict[str, str], dict[tuple[str, str], str], tuple[tuple[str, str, str], ...]]:
    """aliases.csv: (alias -> canonical name, (place, alias) -> canonical name for an alias of one
    place, (head, tail, canonical) for an alias written around a place: 国家税务总局*税务局, longest first)."""
    aliases: dict[str, str] = {}
    scoped: dict[tuple[str, str], str] = {}
    placed: dict[tuple[str, str], str] = {}
    a_path = path / "aliases.csv"
    for row_no, row in read_registry_csv(a_path, ("alias", "canonical")):
        alias = _need(a_path, row_no, row, "alias")
        canonical = _need(a_path, row_no, row, "canonical")
        scope = row.get("jurisdiction", "")
        if "*" in alias:
            head, _, tail = alias.partition("*")
            if not head or "*" in tail:
                raise RegistryError(f"{a_path}: row {row_no}: {alias!r}: one * for the place, after the body's own name (国家税务总局*税务局)")
            placed[(head, tail)] = canonical
        elif scope:  # one place, or several separated by ';' (深圳市 and its districts)
            for place in (p.strip() for p in re.split(r"[;；]", scope) if p.strip()):
                scoped[(place, alias)] = canonical
        else:
            if alias in aliases and aliases[alias] != canonical:
                raise RegistryError(f"{a_path}: row {row_no}: alias {alias!r} already maps to {aliases[alias]!r}")
            aliases[alias] = canonical
    place_aliases = tuple(sorted(((h, t, c) for (h, t), c in placed.items()), key=lambda r: (-len(r[0]) - len(r[1]), r)))
    return aliases, scoped, place_aliases


def _successors(path: Path) -> dict[str, tuple[str, ...]]:
    """successors.csv: name -> its successors' names, most usual first; {} when the file is absent
    (a registry copied before it existed)."""
    s_path = path / "successors.csv"
    if not s_path.is_file():
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for row_no, row in read_registry_csv(s_path, ("name", "successors")):
        if row.get("place"):
            continue  # a place's own rename: _place_successors
        name = _need(s_path, row_no, row, "name")
        names = tuple(n.strip() for n in re.split(r"[;；]", _need(s_path, row_no, row, "successors")) if n.strip())
        if name in out or name in names:
            raise RegistryError(f"{s_path}: row {row_no}: {name!r} listed twice or as its own successor")
        out[name] = names
    return out


def _reform_years(path: Path) -> dict[str, int]:
    """successors.csv's ``year`` column: name -> the year of the reform that renamed it; {} when
    the file or the column is absent, a row without a year left out (the old body survives in places)."""
    s_path = path / "successors.csv"
    if not s_path.is_file():
        return {}
    out: dict[str, int] = {}
    for row_no, row in read_registry_csv(s_path, ("name", "successors")):
        year = row.get("year", "")
        if not year or row.get("place"):
            continue
        out[_need(s_path, row_no, row, "name")] = _year(s_path, row_no, year)
    return out


def _year(s_path: Path, row_no: int, year: str) -> int:
    """successors.csv's ``year`` cell as a year, or a RegistryError naming the row."""
    if not re.fullmatch(r"(?:19|20)\d\d", year):
        raise RegistryError(f"{s_path}: row {row_no}: year {year!r} is no year (write 2018, or leave it empty)")
    return int(year)


def _place_successors(path: Path, jurisdictions: dict[str, Jurisdiction]) -> dict[tuple[str, str], tuple[tuple[str, ...], int | None]]:
    """successors.csv's rows with a ``place`` (one or more listed places separated by ';'): (place,
    name) -> the names that body bears there since its rename (empty: the place kept the old name as
    its own, 厦门市's 建设局) and the year the place renamed it (None: the general row's). Such a
    row holds in its place and the places under it; {} when the file or the column is absent."""
    s_path = path / "successors.csv"
    if not s_path.is_file():
        return {}
    out: dict[tuple[str, str], tuple[tuple[str, ...], int | None]] = {}
    for row_no, row in read_registry_csv(s_path, ("name", "successors")):
        if not row.get("place"):
            continue
        name = _need(s_path, row_no, row, "name")
        names = tuple(n.strip() for n in re.split(r"[;；]", row.get("successors", "")) if n.strip())
        year = _year(s_path, row_no, row["year"]) if row.get("year") else None
        if name in names or (year and not names):
            raise RegistryError(f"{s_path}: row {row_no}: {name!r} as its own successor, or a year for a name kept")
        for place in (p.strip() for p in re.split(r"[;；]", row["place"]) if p.strip()):
            if place not in jurisdictions:
                if not (path / "counties.csv").is_file() and _county_level(place):
                    continue  # a registry trimmed of counties (思明区's row), as former_counties.csv's rows are
                raise RegistryError(f"{s_path}: row {row_no}: place {place!r} is not listed in jurisdictions.csv")
            if (place, name) in out:
                raise RegistryError(f"{s_path}: row {row_no}: {name!r} listed twice for {place}")
            out[place, name] = (names, year)
    return out


def _county_level(place: str) -> bool:
    """Whether ``place`` is named as a county, district or banner (counties.csv's places)."""
    return level_of(place) in ("county", "district")


def _former_counties(path: Path, jurisdictions: dict[str, Jurisdiction]) -> dict[str, str]:
    """former_counties.csv: a county's old name -> the listed place it became; {} when the file
    is absent. A row naming a place not listed is skipped (a registry trimmed of counties)."""
    f_path = path / "former_counties.csv"
    if not f_path.is_file():
        return {}
    out: dict[str, str] = {}
    for row_no, row in read_registry_csv(f_path, ("name", "became")):
        name, now = _need(f_path, row_no, row, "name"), _need(f_path, row_no, row, "became")
        if now in jurisdictions and name not in jurisdictions:
            out[name] = now
    return out


def _split_bodies(path: Path) -> dict[str, tuple[tuple[str, ...], ...]]:
    """split_bodies.csv: name -> for each part of its work, its successors' names, most usual
    first; {} when the file is absent."""
    s_path = path / "split_bodies.csv"
    if not s_path.is_file():
        return {}
    out: dict[str, list[tuple[str, ...]]] = {}
    parts: set[tuple[str, str]] = set()
    for row_no, row in read_registry_csv(s_path, ("name", "part", "successors")):
        name, part = _need(s_path, row_no, row, "name"), _need(s_path, row_no, row, "part")
        names = tuple(n.strip() for n in re.split(r"[;；]", _need(s_path, row_no, row, "successors")) if n.strip())
        if (name, part) in parts or name in names:
            raise RegistryError(f"{s_path}: row {row_no}: {name!r} {part!r} listed twice or {name!r} as its own successor")
        parts.add((name, part))
        out.setdefault(name, []).append(names)
    return {name: tuple(p) for name, p in out.items()}


def _customs_seats(path: Path, jurisdictions: dict[str, Jurisdiction]) -> dict[str, tuple[str, ...]]:
    """customs_districts.csv: a province -> the seats of the customs districts serving it, in the
    file's order; {} when the file is absent. A row naming a place not listed is skipped."""
    c_path = path / "customs_districts.csv"
    if not c_path.is_file():
        return {}
    out: dict[str, list[str]] = {}
    names: set[str] = set()
    for row_no, row in read_registry_csv(c_path, ("customs", "seat", "province")):
        name = _need(c_path, row_no, row, "customs")
        seat, province = _need(c_path, row_no, row, "seat"), _need(c_path, row_no, row, "province")
        if name in names:
            raise RegistryError(f"{c_path}: row {row_no}: customs {name!r} listed twice")
        names.add(name)
        if seat in jurisdictions and province in jurisdictions:
            out.setdefault(province, []).append(seat)
    return {p: tuple(seats) for p, seats in out.items()}


def _one_body_rows(path: Path) -> tuple[dict[str, str], dict[tuple[str, str], str], dict[tuple[str, str], str]]:
    """one_body.csv, read once: name -> the name of the id it shares in every place (rows with
    neither a province nor a level); (province, name) -> that name in one province's places
    (浙江省: 综合行政执法局 -> 城市管理局); (level, name) -> that name in places of one level (district:
    公安分局 -> 公安局, a district's police being the city bureau's branch there while a county's
    公安局 is its own). Three empty maps when the file is absent."""
    b_path = path / "one_body.csv"
    everywhere: dict[str, str] = {}
    in_province: dict[tuple[str, str], str] = {}
    at_level: dict[tuple[str, str], str] = {}
    if not b_path.is_file():
        return everywhere, in_province, at_level
    for row_no, row in read_registry_csv(b_path, ("name", "id")):
        province, level = row.get("province", ""), row.get("level", "")
        name, body = _need(b_path, row_no, row, "name"), _need(b_path, row_no, row, "id")
        if province and level:
            raise RegistryError(f"{b_path}: row {row_no}: {name!r} given both a province and a level")
        if level:
            if (level, name) in at_level or name == body:
                raise RegistryError(f"{b_path}: row {row_no}: {name!r} listed twice at level {level} or as its own id")
            at_level[level, name] = body
        elif province:
            if (province, name) in in_province or name == body:
                raise RegistryError(f"{b_path}: row {row_no}: {name!r} listed twice in {province} or as its own id")
            in_province[province, name] = body
        else:
            if name in everywhere or name == body:
                raise RegistryError(f"{b_path}: row {row_no}: {name!r} listed twice or as its own id")
            everywhere[name] = body
    for name, body in everywhere.items():
        if body in everywhere:
            raise RegistryError(f"{b_path}: {name!r} -> {body!r}, itself filed under {everywhere[body]!r}: give the last name")
    return everywhere, in_province, at_level
