"""A meeting's directives: the duties its minutes give each unit, written with 要.

Minutes (会议纪要) state what the meeting decided unit by unit, without the clause verbs of a
plan: ``会议要求，市住建局要加快项目前期工作；市财政局要做好资金保障。`` Each ``A要…`` after
会议要求 / 议定 / 决定 / 明确 / 确定 / 同意 / 提出 / 强调 (opening its sentence) is A's duty: A leads it
(``A要配合…`` supports, ``A要会同B…`` leads with B in support, ``A要…，配合B做好…`` / ``A要协助B…``
names B leading the part A helps with), and one directive's duties are one clause; after the
directive a sentence giving a unit its part without 要 (``A负责…`` / ``A做好…``; ``A配合…``
supports) is A's as well. The directive runs to the end of its paragraph, or over the lines after
``会议要求：`` (or a heading ``二、会议要求`` standing alone) that each open ``A要`` (numbered,
``（一）A要…`` / ``1.A要…``, each line is an item of its own and its duty a clause of its own).
Elsewhere ``各部门要…`` / ``县住建局要加强…`` stay prose,
as does what the meeting heard or found (会议听取 / 会议指出 / 会议认为); 各部门 / 有关单位 name
nobody, and a body to follow up the matters (督查室要…跟踪督办) checks them, no duty. Parts
already read as a clause (``由A牵头，B配合``) keep that reading; a paragraph whose units a label
states (``（责任单位：…）``) is left to it.

    >>> t = "会议要求，市住建局要加快前期工作；市财政局要做好资金保障。"
    >>> [[(m.text, m.role) for m in c.mentions] for c in directive_clauses(t, 0, len(t), [])]
    [[('市住建局', 'lead'), ('市财政局', 'lead')]]
"""

from __future__ import annotations

import re

from respgraph.grammar.inline import _UNNAMED
from respgraph.grammar.labels import DIRECTIVE_OPENER, DIRECTIVE_RE, LABEL_RE, _sp
from respgraph.grammar.mentions import mention_of
from respgraph.grammar.placed_units import placed
from respgraph.grammar.roles import OVER_WORD, unit_list, units_before_action, _with_partners
from respgraph.records import Clause, Span

# 会议要求， / 会议议定： / 会议研究决定， / 会议同意，: a directive opening its sentence (按照…会议要求
# refers to another meeting's); a few words may stand before the mark (会议议定以下事项：)
# (or after a comma closing the report the meeting heard: 会议听取了A关于…的汇报，会议要求，A要…)
_OPENER = re.compile(r"(?:(?<![^。；;：:\s])|(?<=汇报[，,])|(?<=报告[，,]))" + DIRECTIVE_OPENER)
# … or opening a numbered matter (一、会议强调，A要… / （二）会议要求，B负责…): DIRECTIVE_RE
# 二、会议要求 / 会议议定事项 on a line of its own (the matter's directives numbered on the lines below)
_HEADING_OPENER = re.compile(
    r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}\s*、|[（(][一二三四五六七八九十]{1,3}[）)])?[ \t\u3000]*"
    r"会议\s*(?:研究\s*)?(?:要求|议定|决定|明确|确定|强调)(?:的?事项)?(?:如下)?[ \t\u3000]*[：:]?[ \t\u3000]*(?=\n)"
)
# What numbers a duty: 一是 / 1. / （1） / （一） / 一、 / ①
_NUMBER = r"(?:[一二三四五六七八九十]是|\d{1,2}[.．、]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}、|[①-⑳])"
# a line's head up to 会议: a matter's number alone
_LINE_NUMBER = re.compile(r"[ \t\u3000]*" + _NUMBER + r"[ \t\u3000]*")
# after the directive, a sentence giving a unit its part without 要 (县城投公司负责项目融资 /
# 县自然资源局做好用地保障) reads as A要负责… / A要做好… (配合 / 协助: A supports; 县住建局负责的项目
# names what it answers for, no duty); A会同B… reads as A要会同B…: A leads, B works with it;
# A统筹安排… as A要统筹安排…: A leads (was lost, the units after it read alone)
_DUTY_VERBS = ("负责", "牵头", "做好", "抓好", "配合", "协助", "会同")
_HELPING = ("配合", "协助")
# ... and a unit's aid to it: A、B给予技术支持 / A予以资金保障 / A提供用地保障 (the lead's partners,
# as 配合 is: they support; were left out, the lead alone). (A要加强指导 stays a duty of its own.)
# (A对需要改造的校舍予以资金支持: what the aid goes to may stand before it)
_AIDING = r"(?P<aid>(?:对[^，,；;。：:\n]{1,20}?)?(?:给予|予以|提供)(?=[^，,；;。\n]{0,8}?(?:支持|保障|配合|协助|指导)))"
# guidance as a unit's whole duty: (要)加强督促指导 / 做好业务指导 / 负责指导(工作)
_GUIDANCE = r"(?:进\s*一\s*步\s*)?(?:加\s*强|做\s*好|负\s*责)?\s*(?:督\s*促|业\s*务|技\s*术)?\s*指\s*导(?:\s*工\s*作)?"
_GUIDANCE_ONLY = re.compile(r"[\s\u3000]*" + _GUIDANCE + r"[\s\u3000]*$")
# One duty: what numbers it, the units, 要 (or a duty's verb) and what they are to do; a named
# body's guidance written without 要 (…，市住建局加强督促指导) is a duty too (was read as the words
# of the duty before it, the body lost)
_DUTY = re.compile(
    r"[\s\u3000]*" + _NUMBER + r"?[\s\u3000]*"
    # (由A负责… in a directive: 由 is no part of A, a body named without its place: 由城市管理办公室负责)
    r"(?:由[\s\u3000]*)?(?P<units>[^，,；;。：:\n要]{2,60}?)[\s\u3000]*(?:要|须|需要|(?P<verb>" + "|".join(_sp(v) for v in _DUTY_VERBS) + "|" + OVER_WORD + r")(?!的)|" + _AIDING
    + r"|(?=(?P<guide>加\s*强\s*(?:督\s*促\s*|业\s*务\s*|技\s*术\s*)?指\s*导)[\s\u3000]*(?:[；;。，,\n]|$)))"
    r"(?P<rest>[^；;。\n]*)"
)
# what stands before a body without naming who is to act (对市住建局要… / 督促各区要…)
_NOT_SUBJECT = re.compile(r"对|向|为|与|在|经|通过|根据|按照?|由于|督促|要求|请|其他|此外|同时")
_HELPS = re.compile(r"[\s\u3000]*(?:积极|主动|全力|密切)?\s*(?:" + "|".join(_sp(v) for v in ("配合", "协助", "参与")) + ")")
# the unit a duty helps (A要…，配合B做好… / A要协助B…): B leads the part A helps with
_HELPED = re.compile(r"(?:^|[，,])[\s\u3000]*(?:并\s*)?(?:积极|主动|全力|密切)?\s*(?:" + _sp("配合") + "|" + _sp("协助") + ")")
_CUTS = "；;。，,"
_WATCHING = re.compile(r"督\s*办|督\s*查")


def directive_clauses(text: str, start: int, end: int, clauses: list[Clause]) -> list[Clause]:
    """The duties a meeting's directives in ``text[start:end]`` give, one clause each, where no
    clause of ``clauses`` already reads them."""
    out: list[Clause] = []
    end = min(end, len(text))
    i = text.find("会议", start, end)
    while i >= 0:
        m = _OPENER.match(text, i, end) or _numbered_opener(text, i, end) or _heading_opener(text, i, end)
        if m is None:
            i = text.find("会议", i + 2, end)
            continue
        stop = _stretch_end(text, m.end(), end)
        if not any(c.span.start < stop and c.span.end > m.start() and LABEL_RE.search(c.raw) for c in clauses):
            out += _joined(text, _duties(text, m.end(), stop, clauses), clauses)
        i = text.find("会议", stop, end)
    return out


def _numbered_opener(text: str, i: int, end: int) -> re.Match[str] | None:
    """``会议强调，`` at ``i`` after a matter's number opening the line (一、会议强调，…)."""
    line = text.rfind("\n", 0, i) + 1
    number = _LINE_NUMBER.match(text, line, i)
    return DIRECTIVE_RE.match(text, i, end) if number is not None and number.end() == i else None


def _heading_opener(text: str, i: int, end: int) -> re.Match[str] | None:
    """``二、会议要求`` / ``会议议定事项：`` standing alone on the line where 会议 at ``i`` is."""
    line = text.rfind("\n", 0, i) + 1
    m = _HEADING_OPENER.match(text, line, end)
    return m if m is not None and m.start() <= i < m.end() else None


# a line opening with a number: the directive's duties are items of their own (会议要求：\n（一）A要…)
_NUMBERED_LINE = re.compile(r"\n[\s\u3000]*" + _NUMBER)


def _joined(text: str, duties: list[Clause], clauses: list[Clause]) -> list[Clause]:
    """The duties of one directive as one clause (the matter's units; a duty between them that
    names no body, 县农发行要…, does not part them into two tasks), unless a clause stands between
    or they are numbered lines, each an item of its own."""
    if len(duties) < 2:
        return duties
    a, b = duties[0].span.start, duties[-1].span.end
    if any(a < c.span.end and c.span.start < b for c in clauses) or _NUMBERED_LINE.search(text, a, b):
        return duties
    return [Clause(span=Span(a, b), raw=text[a:b], mentions=[m for d in duties for m in d.mentions])]


def _stretch_end(text: str, a: int, end: int) -> int:
    """Where the directive opening at ``a`` ends: its paragraph's end, or after ``会议要求：`` at a
    line's end the last of the lines below that open with a unit's 要."""
    line_end = text.find("\n", a, end)
    line_end = end if line_end < 0 else line_end
    if text[a:line_end].strip():
        return line_end
    stop = line_end
    while stop < end:
        nxt = text.find("\n", stop + 1, end)
        nxt = end if nxt < 0 else nxt
        d = _DUTY.match(text, stop + 1, nxt)
        if d is None or not unit_list(text, d.start("units"), d.end("units")):
            break
        stop = nxt
    return stop


def _duties(text: str, a: int, b: int, clauses: list[Clause]) -> list[Clause]:
    """One clause per piece (cut at ，；。) of ``text[a:b]`` that opens ``A要…``."""
    out: list[Clause] = []
    p = a
    while p < b:
        q = p
        while q < b and text[q] not in _CUTS and text[q] != "\n":
            q += 1
        clause = _duty(text, p, _piece_end(text, q, b), clauses, bool(out))
        if clause is not None:
            out.append(clause)
            q = clause.span.end
        p = q + 1
    return out


def _piece_end(text: str, q: int, b: int) -> int:
    """A duty runs on after ， to the end of its ；-part or sentence (A要加快…，确保…), up to the
    next unit's 要 (A要加快…，B要做好…)."""
    while q < b and text[q] in "，,":
        r = q + 1
        while r < b and text[r] not in _CUTS and text[r] != "\n":
            r += 1
        d = _DUTY.match(text, q + 1, r)
        if d is not None and not _NOT_SUBJECT.match(text, d.start("units")) and unit_list(text, d.start("units"), d.end("units")):
            break
        q = r
    return q


def _duty(text: str, p: int, q: int, clauses: list[Clause], after: bool = False) -> Clause | None:
    """The duty opening at ``p`` (``after``: another unit's duty comes first in the directive)."""
    d = _DUTY.match(text, p, q)
    aid = d is not None and d.group("aid") is not None
    if d is None or _NOT_SUBJECT.match(text, d.start("units")) or not (aid or d.group("rest").strip()):
        return None  # (A给予支持。 is whole: its aid is to the lead's work)
    if _WATCHING.search(d.group("rest")):
        return None  # 县政府督查室要对上述议定事项跟踪督办: it checks the work, no duty of it
    ua, ub = d.start("units"), d.end("units")
    if any(c.span.start < q and c.span.end > ua for c in clauses):
        return None  # 由A牵头，B配合 / 请A牵头，会同B…: read as a clause already
    units = unit_list(text, ua, ub)
    if not units or all(_UNNAMED.search(u.text) for u in units):
        # 各部门 / 有关单位 / 全县各级各部门 / 县直各部门 / 各级党委政府: everyone, nobody named
        return None
    partnered = _with_partners(text, ua, q)
    if partnered is not None and not partnered[1]:
        mentions = [mention_of(u, "lead" if verb == "牵头" else "support", "explicit") for verb, us in partnered[0] for u in us]
    else:
        helping = d.group("verb") in _HELPING
        # guidance as the whole duty after another unit's (各区政府要压实属地责任，市住建局(要)加强督促
        # 指导): it guides the work the other does, a support (alone, 市住建局要加强指导 is its own duty)
        guiding = after and _GUIDANCE_ONLY.match(text, d.start("rest"), q) is not None
        role = "support" if helping or aid or guiding or _HELPS.match(text, d.start("rest")) else "lead"
        # (A配合B做好…: the unit helped is read from the verb on, as after A要配合)
        at = d.start("verb") if helping else d.start("rest")
        mentions = [mention_of(u, role, "explicit") for u in units] + _helped(text, at, q, units)
    return Clause(span=Span(ua, q), raw=text[ua:q], mentions=mentions)


def _helped(text: str, a: int, q: int, units: list) -> list:
    """The named bodies the duty ``text[a:q]`` helps (配合B做好… / …，协助B开展…), each leading the
    part it is helped with (was: left out)."""
    out: list = []
    for h in _HELPED.finditer(text[a:q]):
        after = units_before_action(text, a + h.end(), q)
        if after is not None and all(placed(u) and not u.collective for u in after[1]):
            out += [mention_of(u, "lead", "explicit") for u in after[1] if all(u.text != x.text for x in units)]
    return out
