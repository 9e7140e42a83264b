"""How a mention is read from the mentions beside it in its list: a 各 that reaches the next unit
(各镇人民政府、街道办事处), a government or office closing a list of places (南宁、钦州市人民政府,
延平区、建阳区河长办), a bare 开发区 after the places' governments, fields or places before a
department (发改、财政局), a level word paired with the place before it, a body's units named after
it once (…管理局马蹄保护站、隆畅河保护站). ``resolve_plan`` asks these per mention.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from respgraph.grammar.units import Unit
from respgraph.resolve.chain import _only_separator
from respgraph.resolve.names import EACH_REACHES, normalise
from respgraph.resolve.places import Resolved
from respgraph.responsibilities import (
    BARE_PLACE, BARE_PROVINCE, FIELDS_PLACE, GOVERNMENT_OF_LEVEL, LEVEL_ENDS, NUMBERED_BRANCH, ORDINAL_PIECE, PLACE_GOVERNMENT,
    PROVINCE_BODY, fields_before_department, looks_like_unit, places_before_fields,
)

if TYPE_CHECKING:  # pragma: no cover
    from respgraph.records import Mention

# every county's and district's government, or the office a list of them closes with (各县（市）区人民政府,
# 各县（市、区）政府, 各县（市）区 before 开发区林长办); and a development zone written with no name
# or kind of its own (开发区, 开发区管委会, 开发区林长办: not 经开区, 高新区, 合肥经济技术开发区)
_EACH_PLACE_GOVERNMENT = re.compile(r"^各(?:[区县市旗]|[（(][区县市旗、]{1,5}[）)]){1,4}(?P<suffix>人民政府|政府|[\u4e00-\u9fff]{0,12})$")
_BARE_ZONE = re.compile(r"^开发区(?P<suffix>管委会|管理委员会|[\u4e00-\u9fff]{0,12}?(?:河长办|林长办|河长制办公室|林长制办公室|办公室))?$")


def zones_after_each_place(prev: "Mention | None", prev_r: Resolved | None, m: "Mention", doc_text: str) -> str | None:
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


def each_reaches(prev: "Mention | None", prev_r: Resolved | None, m: "Mention", r: Resolved, doc_text: str) -> bool:
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


def shared_names(mentions: list, doc_text: str) -> dict[int, str]:
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


def field_departments(mentions: list, doc_text: str) -> dict[int, str]:
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


def places_departments(mentions: list, doc_text: str) -> dict[int, list[str]]:
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


def level_of_the_place_before(prev_r: Resolved | None, r: Resolved, text: str) -> bool:
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


def government_paired(prev: "Mention | None", prev_r: Resolved | None, m: "Mention", doc_text: str) -> str | None:
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


def one_sentence(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` (between two mentions) closes no sentence and no line."""
    return 0 <= a <= b <= len(text) and not any(c in "。\n！？!?" for c in text[a:b])


def unit_list_head(prev: "Mention | None", prev_r: Resolved | None, m: "Mention", r: Resolved, doc_text: str) -> str | None:
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
