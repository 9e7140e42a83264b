"""The places an issuer's name or a plan's title writes: an issuer's place as its name writes it
(``ISSUER_PLACE_PATTERNS``: 中共XX县委 / XX高新区管委会 / XX市人民政府), a place written with the places
above it (``NESTED_PLACE``: 四川省绵阳市三台县人民政府; ``NESTED_PLACE_ANYWHERE`` in an issuer line of
several issuers) and the places such a name is built of (``nested_places``). ``resolve.chain`` finds a
plan's jurisdiction chain with them; ``places`` splits a unit's name into its place and body.
"""

from __future__ import annotations

import re

from respgraph.registry import can_be_inside


_PLACE_CHARS = r"[^委府党发号〔〕《》（）()\s\d，。、：:“”省市区县旗州盟]"
_PLACE_END = r"(?:自治区|自治州|自治县|地区|省|市|州|盟|区|县|旗)"
_ZONE_END = r"(?:高新技术产业开发区|经济技术开发区|综合保税区|高新区|经开区|综保区|开发区|新区|投资区)"
# An issuer's place as its name writes it (中共XX县委 / XX高新区管委会 / XX市人民政府 / 《XX市…》): the
# plan's place when no registry entry names it (resolve.chain)
ISSUER_PLACE_PATTERNS = [
    re.compile(rf"中共({_PLACE_CHARS}{{2,10}}?{_PLACE_END})委"),
    re.compile(rf"({_PLACE_CHARS}{{2,10}}?{_ZONE_END})(?:管理委员会|管委会|党工委)"),
    re.compile(rf"({_PLACE_CHARS}{{2,10}}?{_PLACE_END})(?:人民政府|行政公署)"),
    re.compile(rf"《({_PLACE_CHARS}{{2,10}}?{_PLACE_END})"),
]


# A place written with the places above it: 四川省绵阳市三台县, 成都市青白江区, 隆回县桃洪镇.
# (also a title: 成都市青白江区2024年招商引资工作要点)
# A township may close the run: 井冈山市黄坳镇人民政府; a street's party committee signs as its
# 工作委员会 (中共台州市椒江区海门街道工作委员会: without it the run went on into the next issuer).
_TOWNSHIP_END = r"(?:镇|乡|街道|苏木)"
NESTED_PLACE = re.compile(rf"^(?:中共)?((?:[^\s，。、：:“”《》（）()]{{2,10}}?{_PLACE_END}){{1,3}}?(?:[^\s，。、：:“”《》（）()]{{2,8}}?{_TOWNSHIP_END})?)(?:人民政府|行政公署|办事处|委|党工委|工作委员会|管委会|管理委员会|政府|(?=(?:19|20)\d\d年))")


# The same, anywhere in an issuer line that holds several issuers run together
# (中共三台县委四川省绵阳市三台县人民政府): no digits or brackets of a document number inside.
NESTED_PLACE_ANYWHERE = re.compile(rf"(?:中共)?((?:[^\s\d〔〕\[\]号，。、：:“”《》（）()]{{2,10}}?{_PLACE_END}){{1,3}}?(?:[^\s\d〔〕\[\]号，。、：:“”《》（）()]{{2,8}}?{_TOWNSHIP_END})?)(?:人民政府|行政公署|办事处|委|党工委|工作委员会|管委会|管理委员会|政府)")


_NESTED_PART = re.compile(rf"(.{{2,10}}?{_PLACE_END})")
_NESTED_TOWNSHIP = re.compile(rf"(.{{2,8}}?{_TOWNSHIP_END})")  # only the last, inside a place: 井冈山市|黄坳镇


# A title's words after its place that end like one (洛阳市|创建全国文明城市|2017年工作任务分解表,
# XX市|争创国家卫生城市): the campaign the plan is for, never a place inside it (its bodies were
# filed under the place 创建全国文明城市)
_CAMPAIGN_NOT_PLACE = re.compile(r"^(?:创建|争创|巩固|建设|打造|迎接|推进|推动|加快|深化|实施|开展|全国|国家|全省|全市)")


def nested_places(text: str) -> list[str]:
    """The places a name is built of, outermost first: 四川省绵阳市三台县 -> 四川省, 绵阳市, 三台县;
    [] when a part cannot be inside the one before it (延边州落实省) or is a campaign's words
    (洛阳市创建全国文明城市)."""
    out: list[str] = []
    rest = text
    while rest:
        m = _NESTED_PART.match(rest) or (_NESTED_TOWNSHIP.fullmatch(rest) if out else None)
        if not m or (out and not can_be_inside(out[-1], m.group(1))) or (out and _CAMPAIGN_NOT_PLACE.match(m.group(1))):
            return []
        out.append(m.group(1))
        rest = rest[len(m.group(1)) :]
    return out
