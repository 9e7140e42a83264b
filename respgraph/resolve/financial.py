"""Which body a plan means by ``省金融监管局`` / ``市金融监管局``: by the plan's year.

Two bodies go by the name. From 2018-19 to the 2023-24 reform a province's or city's own
地方金融监督管理局 was written 省金融监管局 / 市金融监管局 in everyday speech; since 2023 the
national regulator's provincial office (国家金融监督管理总局河南监管局) is 河南金融监管局, and the
local bureau became the party committee's 金融办 with the 地方金融管理局 nameplate (successors.csv:
2024). Filed under one id (``河南省/金融监管局``), the national office and the government's bureau
were one body in a plan of 2022 that wrote 省金融监管局 and in a 2024 plan that wrote 河南金融监管局.

So a plan of 2023 or before (or of no known year: the years the name was most written) reads a
金融监管局 written with a level word or bare (省金融监管局, 河南省金融监管局, 市金融监管局) as the
local bureau (地方金融监管局 -> 地方金融监督管理局), and one of 2022 or before (no national office
then) the place's short name too (河南金融监管局). The national office's own names
(国家金融监督管理总局河南监管局, 金融监管总局河南监管局) are the national office's in any year.
"""

from __future__ import annotations

import re
from typing import Iterable

NATIONAL_OFFICES_SET_UP = 2023  # the 国家金融监督管理总局's local offices (July 2023 on)
LOCAL_BUREAUS_RENAMED = 2024  # the 地方金融监督管理局 -> 委金融办 / 地方金融管理局 (2023-24 reform)

# a 金融监管局 named by a level word or by nothing (省金融监管局, 郑州市金融监管局, 金融监管局), and by a
# place's short name (河南金融监管局); never the national office's full names (…总局…) nor 地方金融监管局
_BY_LEVEL = re.compile(r"^(?:[\u4e00-\u9fff]*(?:省|市|县|区|州|旗|盟|自治区))?金融监管局$")
_BY_SHORT_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,4}金融监管局$")


def local_financial_bureaus(written: Iterable[str], year: int | None) -> dict[str, str]:
    """Mention text -> the name to resolve (省金融监管局 -> 省地方金融监管局) for each 金融监管局 that a
    plan of ``year`` means as the place's own financial bureau (see the module); {} from 2024."""
    if year is not None and year >= LOCAL_BUREAUS_RENAMED:
        return {}
    out: dict[str, str] = {}
    for t in written:
        if "总局" in t or t.endswith("地方金融监管局") or not t.endswith("金融监管局"):
            continue
        if _BY_LEVEL.match(t) or (year is not None and year < NATIONAL_OFFICES_SET_UP and _BY_SHORT_PLACE.match(t)):
            out[t] = t[: -len("金融监管局")] + "地方金融监管局"
    return out
