"""What a plan's own text says its names stand for, read once per plan before its mentions are
resolved (``names_read_as``): a short name it defines (江汉盐化工业园（以下简称“园区”）), a name it calls
a body throughout, an office housed in a body (领导小组办公室设在市生态环境局), a branch or a street
office written short (长兴分局, 白云区金沙街), an OCR misreading, a financial regulator or maritime
office of the plan's year.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from respgraph.registry import Registry
from respgraph.resolve.core import resolve_name
from respgraph.resolve.financial import local_financial_bureaus
from respgraph.resolve.maritime import maritime_offices
from respgraph.resolve.misread import misread_names
from respgraph.resolve.places import Chain
from respgraph.responsibilities import STREET_SHORT
from respgraph.structure.meta.dates import plan_year

if TYPE_CHECKING:  # pragma: no cover
    from respgraph.records import ExtractedPlan


# a name a plan defines for what it has just named: 江汉盐化工业园（以下简称“园区”） / 市生态环境保护
# 委员会(以下简称"市环委会")
_DEFINED = re.compile(r"[（(][ \u3000]*(?:以下|下文)?[ \u3000]*简称[ \u3000]*[“\"「『]?(?P<short>[\u4e00-\u9fff]{2,12})[”\"」』]?[ \u3000]*[）)]")


def _defined_names(reg: Registry, written, doc_text: str) -> dict[str, str]:
    """The full name to resolve for each mention written with a short name the plan defines
    (园区管理办公室 after 江汉盐化工业园（以下简称“园区”）: 江汉盐化工业园管理办公室), of the names
    ``written`` (in the order first written: the first full name found is taken), when the plan
    also names that body in full (the full name's head is what the definition follows); else
    nothing (how far back the defined name reaches is not known without it). Was: two agencies for
    one body, 潜江园区/管理办公室 beside 潜江市/江汉盐化工业园管理办公室."""
    if "简称" not in doc_text:
        return {}
    defs = [(m.group("short"), m.start()) for m in _DEFINED.finditer(doc_text)]
    if not defs:
        return {}
    out: dict[str, str] = {}
    for text in written:
        for short, at in defs:
            if not text.startswith(short):
                continue
            housed = _housed_office(short, written, doc_text, at)
            if housed is not None:
                if housed:
                    out[text] = housed
                break
            rest = text[len(short):]
            full = next((w for w in written if w != text and w.endswith(rest) and len(w) > len(rest) + len(short)
                         and doc_text.endswith(w[: len(w) - len(rest)], 0, at)), None)
            if not full and text == short:
                full = _named_before(reg, doc_text, at)  # (the body named in the plan's prose alone)
            if full:
                out[text] = full
                break
    return out


# the words of a sentence that bring in the body a bracket then names short: 由市生态环境保护委员会办公室（以下简称
# 市环委办）统筹 / 成立市生态环境保护委员会（以下简称…） / 对市城市管理综合行政执法局（以下简称…）
_BRINGING_IN = re.compile(r"^(?:由|经|对|向|将|请|在|与|和|及|同|成立|设立|组建|依托|设在|会同)")
_BODY_END = ("局", "委", "办", "厅", "院", "室", "中心", "委员会", "办公室", "管委会", "公司", "集团")
_LEVEL_OPENINGS = ("省", "市", "县", "区", "州", "盟", "旗")


def _named_before(reg: Registry, doc_text: str, at: int) -> str | None:
    """The body's name written right before the bracket at ``at`` that defines its short name
    (市城市管理综合行政执法局（以下简称“市执法局”）, in the plan's preamble, no task naming it in
    full): the words of its clause back to a punctuation mark, the words bringing it in dropped;
    None when they end in no body's word (江汉盐化工业园: a place, read by its prefix above) or do
    not open as a name does (``_opens_as_name``)."""
    words = re.split(r"[，,。；;：:、\s（）()“”\"]", doc_text[max(0, at - 40):at])[-1]
    words = _BRINGING_IN.sub("", words)
    return words if _opens_as_name(reg, words) and len(words) >= 4 and words.endswith(_BODY_END) else None


def _opens_as_name(reg: Registry, words: str) -> bool:
    """Whether ``words`` open as a body's name does, with its level or a listed place (本方案所称哈尔滨市
    生态环境局五常分局 is no name: a body made of it would be a body nobody has)."""
    return words[:1] in _LEVEL_OPENINGS or any(words[:k] in reg.jurisdictions for k in range(2, min(len(words), 10)))


# a note giving a body its true name and the name the plan calls it by throughout: 注：五常市生态环境局为
# 哈尔滨市生态环境局五常分局，以下均称市生态环境局。 (the county's eco bureau is its city bureau's branch)
_CALLED_THROUGHOUT = re.compile(
    r"(?P<other>[\u4e00-\u9fff]{2,30}?)为(?P<true>[\u4e00-\u9fff]{2,30}?(?:局|委|办|院|室|中心|委员会|办公室|管委会))"
    r"[，,][ \u3000]*(?:以下|下文)(?:均|统一|一律)?(?:简称|称为|称)[“\"「『]?(?P<called>[\u4e00-\u9fff]{2,20}?)[”\"」』]?(?=[。；;，,\n）)]|$)"
)


def _called_throughout(reg: Registry, written, doc_text: str) -> dict[str, str]:
    """The body's true name for the names a note says the plan calls it by (``A为B，以下均称C``: C, and
    A, are B), of the names ``written``: 市生态环境局 in 五常市's plan is 哈尔滨市生态环境局五常分局 (was
    五常市生态环境局, the note not applied). Near miss: A为B alone (no 以下称) says what A is, not a
    name the plan uses (is read as a sentence of the text)."""
    if "以下" not in doc_text and "下文" not in doc_text:
        return {}
    out: dict[str, str] = {}
    for m in _CALLED_THROUGHOUT.finditer(doc_text):
        if not _opens_as_name(reg, m.group("true")):
            continue
        for name in (m.group("called"), m.group("other")):
            if name in written and name != m.group("true"):
                out[name] = m.group("true")
    return out


# an office housed in a body: 市林长制办公室设在市林业和园林局（以下简称市林长办）. The subject (the office)
# runs back to the clause's start; the body it is housed in runs to the bracket.
_HOUSED_IN = re.compile(r"(?P<office>[\u4e00-\u9fff（）()]{2,40}?)(?:下设在|设在|设于|挂靠在|挂靠于|挂靠)"
                        r"(?P<host>[\u4e00-\u9fff（）()]{2,30})$")
# a place or level opening an office's name (市林长制办公室, 贵阳市全民科学素质工作领导小组办公室): a name
# that stands alone (领导小组办公室 does not: it is some 领导小组's; nor do words running into it,
# 为加强组织领导市林长制办公室)
_OF_A_PLACE = re.compile(r"^(?:[省市县区州旗盟]|[\u4e00-\u9fff]{1,4}?[省市县区州旗盟](?![长委])|[\u4e00-\u9fff]{2,10}?自治[州县区旗])")


# ... an office set up under a body the sentence sets up (领导小组下设办公室（以下简称市督察整改办）), and
# the body set up: 成立成都市创建全国文明城市工作指挥部，指挥部办公室设在市委宣传部
_SET_UP_OFFICE = re.compile(r"(?:下设|设立|设)(?P<office>办公室)$")
_SET_UP_BODY = re.compile(r"成立(?:了)?(?P<body>[\u4e00-\u9fff（）()]{2,40}?(?:领导小组|领导组|指挥部|委员会|工作专班))")
# the office of a body set up, named by its kind alone (领导小组办公室, 指挥部办公室, 办公室)
_KIND_OFFICE = re.compile(r"^(?:领导小组|领导组|指挥部|委员会|工作专班)?办公室$")


def _housed_office(short: str, written, doc_text: str, at: int) -> str | None:
    """For a short name an office is given in the sentence that houses it (领导小组办公室设在市发展改革委
    （以下简称市双碳办）; 指挥部办公室设在市委宣传部（市文明办），承担日常工作（以下简称市创文办）;
    领导小组下设办公室（以下简称市督察整改办），办公室设在市生态环境局): the office's full name, the name the
    plan writes it by (市碳达峰碳中和工作领导小组办公室, a written unit ending in the office's), else the
    office's own name when it names its place (市林长制办公室; 成都市创建全国文明城市工作指挥部办公室, an office
    named by its kind being the office of the body the sentence sets up; 市督察整改工作领导小组办公室, the
    short name's level before a body naming none); ``""`` when the office has no such name (the short
    name then resolves as written); None when the sentence houses no office (then the name before the
    bracket is what it defines). The short name of an office (…办) is the office's, never the host's:
    was 市双碳办 = 苏州市发展和改革委员会, the office's tasks moved onto the bureau. Near miss: a short
    name of the host itself (…设在市住房保障和房产管理局（以下简称市房管局）) is the host's, as before."""
    if not short.endswith(("办", "办公室")):
        return None
    sentence = re.split(r"[。；;\n]", doc_text[max(0, at - 160):at])[-1]
    clauses = [c.strip(" \u3000") for c in re.split(r"[，,：:]", sentence)]
    office = None
    if (m := _HOUSED_IN.search(clauses[-1])) is not None or (m := _SET_UP_OFFICE.search(clauses[-1])) is not None:
        office = m.group("office")  # the bracket right after the housing (or the setting up)
    elif len(clauses) > 1 and (m := _HOUSED_IN.search(clauses[-2])) is not None:
        office = m.group("office")  # …设在市委宣传部（市文明办），承担日常工作（以下简称市创文办）: the office's work
    if office is None or not office.endswith(("办公室", "办")):
        return None
    if _KIND_OFFICE.match(office) and (bodies := list(_SET_UP_BODY.finditer(sentence))):
        body = bodies[-1].group("body").rsplit("的", 1)[-1]  # (成立以市长为组长的…领导小组: the group's name)
        if office == "办公室" or body.endswith(office[: -len("办公室")]):
            office = body + "办公室"
            if not _OF_A_PLACE.match(office) and short[0] in "省市县区州旗盟":
                office = short[0] + office  # (市委、市政府成立督察整改工作领导小组: the 市's)
    named = [w for w in written if w != short and (w == office or w.endswith(office))]
    if not named:
        # (按照省里要求市林长制办公室设在…: the office's written name closing the words before 设在)
        named = [w for w in written if w != short and office.endswith(w) and w.endswith("办公室") and _OF_A_PLACE.match(w)]
    if len(named) == 1:
        return named[0]
    return office if _OF_A_PLACE.match(office) else ""


def names_read_as(reg: Registry, plan: "ExtractedPlan", chain: Chain, doc_text: str) -> dict[str, str]:
    """Mention text -> the name to resolve in its place: the full name of a short name the plan
    defines (_defined_names), else the name an OCR misreading stands for (县农业农材局 beside
    县农业农村局: misread_names); a 2022 plan's 省金融监管局 the province's own 地方金融监督管理局
    (local_financial_bureaus: the name is the national regulator's office's since 2024)."""
    written = Counter(m.text for task in plan.tasks for m in task.mentions)
    if not written:
        return {}
    misread = misread_names(reg, written, lambda t: resolve_name(reg, t, chain, (), False).functions)
    return {
        **local_financial_bureaus(written, plan_year(plan.meta)), **misread, **_street_offices(reg, written, chain),
        **_branches_written_short(written), **_defined_names(reg, written, doc_text), **_called_throughout(reg, written, doc_text),
        **maritime_offices(reg, written, chain),
    }


# a branch written by its place alone (长兴分局, 安居分局)
_SHORT_BRANCH = re.compile(r"[\u4e00-\u9fff]{2,4}分局")


def _branches_written_short(written: Counter) -> dict[str, str]:
    """长兴分局 -> 湖州市生态环境局长兴分局: a branch the plan writes by its place alone after naming it
    in full with its bureau (was an unknown 分局 of the plan's place); left as written when the plan
    names two bureaus' branches there (生态环境局长兴分局 and 自然资源局长兴分局)."""
    out: dict[str, str] = {}
    for t in written:
        if _SHORT_BRANCH.fullmatch(t):
            full = {w for w in written if len(w) > len(t) + 1 and w.endswith(t) and w[: len(w) - len(t)].endswith("局")}
            if len(full) == 1:
                out[t] = full.pop()
    return out


def _street_offices(reg: Registry, written: Counter, chain: Chain) -> dict[str, str]:
    """白云区金沙街 -> 白云区金沙街道: a district's street office as 广州 and 佛山 write it, when the
    registry lists the street (was an unknown body 白云区/金沙街)."""
    out: dict[str, str] = {}
    for t in written:
        if (m := STREET_SHORT.match(t)) is not None and _listed(reg, t[m.end("place"):] + "道"):
            out[t] = t + "道"
    return out


def _listed(reg: Registry, name: str) -> bool:
    """Whether the registry lists a place of ``name`` (alone, or several of one name)."""
    return name in reg.jurisdictions or name in reg.shared
