"""Labelled clauses: ``（牵头单位：A；责任单位：B、C）`` and bare unit brackets.

Where a labelled clause begins and ends (in a bracket, or unbracketed up to the end of its
unit list), which fields it holds and the units each field lists.
"""

from __future__ import annotations

import bisect
import re

from respgraph.grammar.labels import (
    _BRACKETED_TOKENS,
    _DUTY_END,
    _HEADING_PAREN,
    _ITEM_AFTER_NAME,
    _LABEL_SCAN,
    _LEVEL_BEFORE,
    _MAX_GAP,
    _NEXT_ITEM,
    _NOT_A_NAME,
    _NOT_A_UNIT_PIECE,
    _NUMBER_FOLLOWS,
    _NUMBER_PAREN,
    _OTHER_LABEL_SCAN,
    _PLACEHOLDER,
    _PLACEHOLDER_FIRST,
    _UNBRACKETED_TOKENS,
    _UNITS_LABEL_NEXT,
    INHERIT_RE,
    LABEL_RE,
    MEMBERS,
    OTHER_LABEL_RE,
    RELATED,
    GrammarSettings,
    _skip_ws,
    _trim_end,
    is_list_note,
)
from respgraph.grammar.roles import (
    _PRIMARY,
    _assign_roles,
    _inherit_mentions,
    _label_kind,
    _mention,
    _minus_holes,
    _nested,
    _units_with_verbs,
)
from respgraph.grammar.units import CLOSE, OPEN, Unit, looks_like_unit, split_units, strip_ws
from respgraph.records import Clause, Mention, Span


_FIRST_PIECE = re.compile(r"[^、，,；;。（(\n]{1,40}")


def _unit_follows(text: str, i: int, hi: int) -> bool:
    """Whether the list after ``牵头单位为`` opens with a unit's name."""
    m = _FIRST_PIECE.match(text, _skip_ws(text, i, hi), hi)
    return m is not None and looks_like_unit(m.group())


def _label_stands_alone(text: str, m: re.Match, lo: int) -> bool:
    """A bare role label (``牵头：``) opens a clause only after a bracket, a separator or a line
    start: ``相关部门要主动配合：及时研究…`` is narrative with a colon, not a label. ``成员单位：``
    / ``副组长单位：`` open none (a 领导小组's roster), they only go on a clause its 组长单位 opened; nor does
    ``参加：`` opening a line: the roster of a meeting's minutes (参加：张三 李四 / 列席：…).
    Nor does ``相关单位：`` / ``相关部门：`` (only after a 主责 label: 主责部门：A\n相关部门：B):
    alone it is narrative with a colon more often than a list (要督促相关单位：一是加强巡查…);
    ``相关责任单位：`` is a 责任单位 label and opens one."""
    if m.group("bare") is None:
        kind = strip_ws(m.group("kind"))
        return kind not in MEMBERS and (kind != RELATED or _related_resp(m))
    return _opens_field(text, m.start(), lo) and not _roster(text, m, lo)


_ROSTER = re.compile(r"参\s*加\s*[：:]")
_RELATED_RESP = re.compile(r"相\s*关\s*责\s*任")


def _related_resp(m: re.Match) -> bool:
    """Whether the label ``m`` is ``相关责任单位：`` (a 责任单位 label)."""
    return _RELATED_RESP.match(m.group(), m.start("kind") - m.start()) is not None


def _roster(text: str, m: re.Match, lo: int) -> bool:
    """Whether the label ``m`` is ``参加：`` opening a line of people's names: the roster of a
    meeting's minutes (参加：张三　李四), not its units (参加：县文旅局、县教育局)."""
    if m.group("bare") is None or _ROSTER.match(text, m.start()) is None or not _line_start(text, m.start(), lo):
        return False
    end = text.find("\n", m.end())
    end = len(text) if end < 0 else end
    return not any(looks_like_unit(u.text) for u in split_units(text, 0, m.end(), end))


def _line_start(text: str, at: int, lo: int) -> bool:
    """Whether only blanks stand between ``at`` and its line's start (or ``lo``)."""
    i = at - 1
    while i >= lo and text[i] in " \u3000\t":
        i -= 1
    return i < lo or text[i] == "\n"


def _opens_field(text: str, at: int, lo: int) -> bool:
    """Whether a label at ``at`` opens a field: after the range start, whitespace, a bracket or
    a separator (``加强督导单位：`` inside a phrase does not)."""
    i = at - 1
    while i >= lo and text[i] in " \u3000\t":
        i -= 1
    return i < lo or at - i > 1 or text[i] in OPEN or text[i] in "；;，,。\n"


def _label_start(text: str, i: int, lo: int) -> int:
    """Where the label found at ``i`` begins, its level included: ``县级责任单位：`` begins at 县
    (a level read as a unit would end the list before it: ``A；县级`` named a unit 县级)."""
    m = _LEVEL_BEFORE.search(text, max(lo, i - 6), i)
    return m.start() if m else i


# --------------------------------------------------------------------------- bare unit lists

# （市发展改革委、市财政局） closing a sentence: the responsible units of 政府工作报告 分工 lists.
_BARE_BRACKET = re.compile(r"[（(](?P<body>[^（）()\n。]{3,120}?(?:[（(][^（）()\n]{1,12}[）)][^（）()\n。]{0,120}?)*)[）)]")
# 【市发展改革委、市交通运输局】 closing a sentence, or opening an item (3.【示范区执委会】加快推进…)
_BARE_LENTICULAR = re.compile(r"【(?P<body>[^【】\n。]{3,120}?)】")
# what stands before a list in 【】 that opens an item: the item's number or the line's start
_ITEM_OPENS = ".．、）)\n"
_COLON = re.compile(r"[：:]")
# Endings strong enough to take a bracket holding nothing else as a list of agencies.
_BARE_SUFFIXES = (
    "局", "委", "办", "厅", "院", "室", "中心", "公司", "政府", "党委", "支队", "大队", "总队", "办事处",
    "管委会", "指挥部", "领导小组", "集团", "银行", "部", "署", "党工委", "检察院", "法院", "团委", "妇联",
    "科协", "工商联", "总工会", "供电公司", "分行", "支行", "海关", "联社", "有关部门", "相关部门", "有关单位",
    "相关单位", "成员单位",
)
_NOT_IN_NAME = re.compile(r"简称|以下|含|包括|其中|除外|试行|暂行|修订|草案|见|详见|附件|例如|如|等级|\d|(?:主办|协办|承办|牵头|督办)$")
_AFTER_BARE = "。；;\n"
# A deadline closing a bare list, and nothing else (（A，2023年数据） is a source, not a list)
_BARE_DEADLINE = re.compile(
    r"(?:(?:\d{4}年)?(?:\d{1,2}月)?(?:底|末|中旬|上旬|下旬)?(?:前|以前)?(?:完成)?|年底前?(?:完成)?|年内(?:完成)?"
    r"|全年|上半年|下半年|长期(?:坚持)?|持续(?:推进)?|常态化(?:推进)?)"
)


def _bare_unit_brackets(text: str, lo: int, hi: int, found: list[Clause], settings: GrammarSettings) -> list[Clause]:
    """Brackets that close a sentence and hold only agency names: ``…增长6%。（市商务局、市财政局）``.

    Read as a clause without label (first listed leads, basis ``first_listed``). A bracket
    right after a name is that name's alias or portfolio (``市生态环境局（市环委办）``), not a list.
    """
    out: list[Clause] = []
    pos = lo
    starts = [c.span.start for c in found]  # found is in text order and non-overlapping
    for ob in _OPEN_PAREN.finditer(text, lo, hi):
        k = ob.start()
        if k < pos:
            continue
        lenticular = text[k] == "【"
        m = (_BARE_LENTICULAR if lenticular else _BARE_BRACKET).match(text, k, hi)
        if not m:
            continue
        close = m.end()
        prev = k - 1
        while prev >= lo and text[prev] in " \u3000\t":
            prev -= 1
        opens_item = lenticular and (prev < lo or text[prev] in _ITEM_OPENS)
        nxt = _skip_spaces(text, close, hi)
        if nxt < hi and text[nxt] not in _AFTER_BARE and not _item_follows(text, nxt, hi) and not opens_item:
            continue
        j = bisect.bisect_left(starts, close) - 1
        if j >= 0 and found[j].span.end > k:
            continue  # inside (or overlapping) a clause already read
        if prev >= lo and (text[prev] not in "。；;，,、%％”\n" and not _CJK_CHAR.match(text[prev])) and not opens_item:
            continue
        body_end = _bare_list_end(text, m.start("body"), m.end("body"))
        if body_end < 0:
            continue
        units = [u for u in split_units(text, 0, m.start("body"), body_end) if not is_list_note(u.text)]
        while len(units) > 1 and _BARE_DEADLINE.fullmatch(units[-1].text):
            units.pop()  # （市发展改革委、市统计局，2024年12月底前）: the list's deadline
        # （A（牵头）、B、各乡镇（配合））: a lead marker makes the bracket a list of units, whatever
        # its names end with
        marked = any(u.marker == "lead" for u in units)
        names = [u.text for u in units]
        if not units or any(
            len(n) < 3 or _NOT_IN_NAME.search(n) or not (marked or n.endswith(_BARE_SUFFIXES)) or not looks_like_unit(n)
            for n in names
        ):
            continue
        if prev >= lo and _CJK_CHAR.match(text[prev]) and looks_like_unit(text[max(lo, prev - 5) : prev + 1]):
            continue  # 市生态环境局（市环委办）: an alias of the name before
        mentions = _assign_roles([("resp", units)], settings)
        out.append(Clause(span=Span(k, close), raw=text[k:close], mentions=mentions))
        pos = close
    return out


def _bare_list_end(text: str, a: int, b: int) -> int:
    """End of the unit list of a bare bracket ``text[a:b]``: fields after it (（A，责任领导：王XX）
    / （A、B；完成时限：2024年底）) are cut off; -1 when a colon stands anywhere else."""
    if _COLON.search(text, a, b) is None:
        return b
    f = _OTHER_LABEL_SCAN.search(text, a, b)
    if f is None:
        return -1
    e = _trim_end(text, a, f.start())
    if e <= a or text[e - 1] not in "，,；;":
        return -1
    if len(_COLON.findall(text, f.start(), b)) != len(OTHER_LABEL_RE.findall(text, f.start(), b)):
        return -1
    return e - 1


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_OPEN_PAREN = re.compile(r"[（(【]")


def _skip_spaces(text: str, i: int, hi: int) -> int:
    while i < hi and text[i] in " \u3000\t\r":
        i += 1
    return i


def _opening_bracket_before(text: str, pos: int, lo: int) -> int:
    """Index of the bracket that opens right before ``pos`` (whitespace allowed), else -1."""
    i = pos - 1
    while i >= lo and text[i] in " \u3000\t\r\n":
        i -= 1
    if i >= lo and text[i] in OPEN:
        return i
    return -1


def _labelled_clause(text: str, label_at: int, lo: int, hi: int, settings: GrammarSettings) -> Clause:
    problems: list[str] = []
    open_at = _opening_bracket_before(text, label_at, lo)
    if open_at < 0:
        # （牵头领导：王XX；牵头单位：A）: other fields before the first label, same bracket
        open_at = _fields_before(text, label_at, lo)
    if open_at >= 0:
        body_end, clause_end, closed = _close_bracket(text, label_at, hi)
        if not closed:
            problems.append("unbalanced bracket")
        clause_start = open_at
    else:
        prefix = _unit_prefix(text, label_at, lo)
        if prefix is not None:
            # （A牵头；配合单位：B）: a bracket opened before the label, with units in front of it
            open_at, units = prefix
            body_end, clause_end, closed = _close_bracket(text, label_at, hi)
            if not closed:
                problems.append("unbalanced bracket")
            return _read_labelled(text, open_at, label_at, body_end, clause_end, problems, settings, units)
        body_end, clause_end = _end_unbracketed(text, label_at, hi)
        clause_start = label_at
    return _read_labelled(text, clause_start, label_at, body_end, clause_end, problems, settings)


_FIELDS_ONLY = re.compile(r"(?:\s*" + OTHER_LABEL_RE.pattern + r"[^；;。\n（）()]{0,30}[；;，,\s]*)+")


# Lines of other fields only (责任领导：刘某某（副县长）/【牵头省领导】分管副省长), or nothing
# (possessive: a run of blanks could be split between the value, its separators and the next
# line's blanks in every way, and a long one took seconds to fail)
_FIELD_LINES = re.compile(r"(?:\s*+" + OTHER_LABEL_RE.pattern.replace("(?P<sup>", "(?:") + r"[^；;。\n]{0,40}+[；;。，,\s]*+)*+\s*+")
# fields before a clause are a few short lines
_FIELD_LINES_MAX = 400


def fields_only(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` holds nothing but other fields (责任领导：…) before a clause."""
    return b - a <= _FIELD_LINES_MAX and _FIELD_LINES.fullmatch(text, a, b) is not None


def _fields_before(text: str, label_at: int, lo: int) -> int:
    """The bracket opening before ``label_at`` when only other fields (责任领导：…；) stand between."""
    floor = max(lo, label_at - 80)
    k = max(text.rfind("（", floor, label_at), text.rfind("(", floor, label_at))
    if k < 0:
        return -1
    m = _FIELDS_ONLY.fullmatch(text, k + 1, label_at)
    return k if m else -1


def _unit_prefix(text: str, label_at: int, lo: int) -> tuple[int, list[Unit]] | None:
    """(bracket, units) when ``label_at`` sits in a bracket that opens with a unit list."""
    depth = 0
    i = label_at - 1
    floor = max(lo, label_at - 200)
    while i >= floor:
        c = text[i]
        if c in CLOSE:
            depth += 1
        elif c in OPEN:
            if depth == 0:
                break
            depth -= 1
        elif c in "。\n":
            return None
        i -= 1
    else:
        return None
    j = label_at
    while j > i + 1 and text[j - 1] in " \u3000\t\r\n；;，,":
        j -= 1
    units = _units_with_verbs(text, i + 1, j)
    if not units or not all(looks_like_unit(u.text) for u in units):
        return None
    return i, units


def _close_bracket(text: str, label_at: int, hi: int) -> tuple[int, int, bool]:
    """(body end, clause end, closed) for a clause opened by a bracket before ``label_at``."""
    depth = 1
    for t in _BRACKETED_TOKENS.finditer(text, label_at, hi):
        c = t.group()
        i = t.start()
        if c in OPEN:
            # A second labelled clause opening means this one was never closed.
            if LABEL_RE.match(text, i + 1, hi) and depth == 1:
                return _trim_end(text, label_at, i), _trim_end(text, label_at, i), False
            depth += 1
        elif c in CLOSE:
            depth -= 1
            if depth == 0:
                return i, i + 1, True
        elif c == "。":
            nxt = _skip_ws(text, i + 1, hi)
            if depth == 1 and (INHERIT_RE.match(text, nxt, hi) or LABEL_RE.match(text, nxt, hi) or OTHER_LABEL_RE.match(text, nxt, hi)):
                # （牵头单位：A；责任单位：B。以下均需B落实，不再列出） / （牵头单位：A。责任单位：B）: one clause
                continue
            return i, i, False
        elif c == "\n" and depth >= 1:
            if _NEXT_ITEM.match(text, i + 1, hi):
                e = _trim_end(text, label_at, i)
                return e, e, False
    e = _trim_end(text, label_at, hi)
    return e, e, False


def _mid_list_break(text: str, label_at: int, i: int) -> bool:
    """A PDF line break right after a list separator (``市\n住建局``) does not end the clause."""
    j = i - 1
    while j > label_at and text[j].isspace():
        j -= 1
    return j > label_at and text[j] in "、，,"


# what ends the sentence a label's list may go on into after a semicolon
_SENTENCE_STOP = re.compile(r"[。\n；;]")
_ROLE_IN_LIST = re.compile(r"负责|牵头|配合|参与|协助|落实|按职责|分工")


def _units_to_stop(text: str, i: int, hi: int) -> bool:
    """Whether ``text[i:]`` up to its sentence's stop is nothing but names (责任单位：A（牵头）；
    B、C。: the label's list goes on past the semicolon); prose (；加强督查…) ends it."""
    m = _SENTENCE_STOP.search(text, i, min(hi, i + 80))
    stop = m.start() if m else min(hi, i + 80)
    n = _ITEM_AFTER_NAME.search(text, i, stop)
    if n and not text[n.end() : n.end() + 1].isdigit():
        m, stop = n, n.start()  # …各街道办事处（2）推进…: the next item, its line break lost
    if (m is None and stop < hi) or _ROLE_IN_LIST.search(text, i, stop):
        return False  # no stop in reach (a long run of text), or a phrase of its own (B按职责分工负责)
    units = split_units(text, 0, i, stop)
    return bool(units) and all(looks_like_unit(u.text) and not u.marker for u in units)


def _label_next(text: str, i: int, hi: int) -> int | None:
    """Where another label starts after ``i``, past blanks and the commas or semicolons before
    it (…等；牵头单位：… / …按职责分工负责，配合单位：…), or None."""
    k = _skip_ws(text, i, hi)
    while k < hi and text[k] in "；;，,":
        k += 1
    k = _skip_ws(text, k, hi)
    return k if LABEL_RE.match(text, k, hi) else None


def _end_unbracketed(text: str, label_at: int, hi: int) -> tuple[int, int]:
    """(body end, clause end) of ``责任单位:A、B等按职责分工`` standing without brackets."""
    depth = 0
    last_sep = label_at
    m0 = LABEL_RE.match(text, label_at, hi)
    pos = m0.end() if m0 else label_at
    last_sep = pos
    skip_to = pos
    for t in _UNBRACKETED_TOKENS.finditer(text, pos, hi):
        c = t.group()
        i = t.start()
        if i < skip_to:
            continue
        if c in OPEN:
            if depth == 0:
                # （二）加强… / …各街道办事处（2）推进…: the next item, its line break lost
                if _HEADING_PAREN.match(text, i, hi) or (text[i - 1] in _NUMBER_FOLLOWS and _NUMBER_PAREN.match(text, i, hi)):
                    e = _trim_end(text, label_at, i)
                    return e, e
                lm = LABEL_RE.match(text, i, hi)
                if lm:  # 【牵头单位】A【责任单位】B
                    skip_to = last_sep = lm.end()
                    continue
            depth += 1
            continue
        if c in CLOSE:
            if depth == 0:
                # the clause sat inside a bracket that opened before its label: （…；牵头单位：A）
                e = _trim_end(text, label_at, i)
                if c == "】" and text[label_at] == "【":
                    return e, i + 1  # 【责任单位：A】: the label's own bracket closes the clause
                return e, e
            depth -= 1
            continue
        if depth:
            continue
        if c in "、，,":
            if c == "、" and (k := _heading_number_before(text, i, last_sep)) >= 0:
                e = _trim_end(text, label_at, k)  # …责任单位：水生态环境科二、加强…: the next heading
                return e, e
            if i - last_sep > _MAX_GAP and (i - last_sep > 4 * _MAX_GAP or len(strip_ws(text[last_sep:i])) > _MAX_GAP):
                e = _trim_end(text, label_at, last_sep)
                return e, e
            last_sep = i + 1
            continue
        if i - last_sep > _MAX_GAP and (i - last_sep > 4 * _MAX_GAP or len(strip_ws(text[last_sep:i])) > _MAX_GAP):
            e = _trim_end(text, label_at, last_sep)
            return e, e
        if c in "；;。":
            # 牵头单位：A；责任单位：B / 牵头单位：A。责任单位：B。督导单位：C (a rectification
            # plan's fields, each closed by a stop): one clause while a unit list follows
            if _units_label_at(text, _skip_ws(text, i + 1, hi), hi) or (c in "；;" and _units_to_stop(text, i + 1, hi)):
                last_sep = i + 1
                continue
            return i, _extend_inherit(text, i, hi)
        if c == "\n":
            # A line break after a separator or inside a name (市\n住建局) is a PDF wrap; after a
            # complete name, or before a task number, the clause is over.
            if _NEXT_ITEM.match(text, i + 1, hi) or _ends_name(text, label_at, i, hi) or _list_over_at_line(text, label_at, i, hi):
                e = _trim_end(text, label_at, i)
                return e, e
            continue
        if c.isdigit():
            # 3 .坚持… / 6加快…: a task number right after a complete name ends the list;
            # a digit inside a name (区第1中学) does not.
            j = i - 1
            while j > label_at and text[j].isspace():
                j -= 1
            # (a name of another ending too — 绵阳海关6.推进… / 各成员单位3.落实… — when an item
            # number with its stop follows)
            if text[j] in _NUMBER_FOLLOWS or (_item_follows(text, i, hi) and looks_like_unit(_last_name(text, last_sep, j + 1))):
                e = _trim_end(text, label_at, i)
                return e, _extend_inherit(text, e, hi)
            continue
        if c.startswith("以"):
            if INHERIT_RE.match(text, i, hi):
                continue  # the inheritance marker is part of the clause; keep walking
            continue
        # 等 / 按职责分工: the list is over unless another label follows.
        d = _DUTY_END.match(text, i, hi)
        if c == "等" and not d:
            j = _skip_ws(text, i + 1, hi)
            if (k := _label_next(text, j, hi)) is not None:
                last_sep = k
                continue
            if j >= hi or text[j] in "。；;，,、" or text[j].isdigit() or text[j] in OPEN:
                e = i + 1
                return e, _extend_inherit(text, e, hi)
            continue
        if d:
            e = d.end()
            if (k := _label_next(text, e, hi)) is not None:
                last_sep = k
                continue
            return e, _extend_inherit(text, e, hi)
    e = _trim_end(text, label_at, hi)
    return e, e


_CN_NUMERALS = frozenset("一二三四五六七八九十")


def _last_name(text: str, a: int, b: int) -> str:
    """The last piece of a list ending at ``b``: after its separator at ``a`` or after the
    colon of a label run into it (…指挥室配合单位：各社区)."""
    piece = text[a:b]
    return strip_ws(piece[max(piece.rfind("："), piece.rfind(":")) + 1 :])


def _heading_number_before(text: str, i: int, lo: int) -> int:
    """Where a heading number 二、 ending at ``i`` (its 、) starts when it follows a complete name
    with the line break lost (…水生态环境科二、加强生态保护监管); -1 when it does not."""
    j = i
    while j > lo and text[j - 1] in _CN_NUMERALS:
        j -= 1
    if not (1 <= i - j <= 3 and j - 1 > lo):
        return -1
    return j if text[j - 1] in _NUMBER_FOLLOWS or looks_like_unit(strip_ws(text[lo:j])) else -1


def _item_follows(text: str, i: int, hi: int) -> bool:
    """Whether an item number starts at ``i`` (the line break before it lost: …（市商务局）2.落实…);
    1.5万 is a quantity."""
    m = _NEXT_ITEM.match(text, i, hi)
    return m is not None and not (m.end() < hi and text[m.end()].isdigit())


def _ends_name(text: str, lo: int, i: int, hi: int) -> bool:
    j = i - 1
    while j > lo and text[j].isspace():
        j -= 1
    if j <= lo:
        return False
    if _units_label_at(text, _skip_ws(text, i, hi), hi):
        return False
    return text[j] in _NUMBER_FOLLOWS


# A line opening with a field of its own (包片领导：王副主任 / 网格员：李娜 / 联络员：…): a field
# the labels do not know, naming people or notes, never a unit of the list above it
_FIELD_LINE = re.compile(r"[ \u3000\t]*[\u4e00-\u9fff]{2,8}[：:]")


# the signature after a plan's last item: a line, then its date (宜昌市卫生健康委员会\n2025年1月28日)
_SIGNED_NEXT = re.compile(r"[^\n、，,；;。]{2,40}\n[ \u3000\t]*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


def _list_over_at_line(text: str, lo: int, i: int, hi: int) -> bool:
    """Whether the line break at ``i`` ends a label's list whose last name closes with no office
    word (各社区, 局属各医疗卫生单位): a blank line follows, or the signature after a plan's last
    item (a line and its date), or a line of another field (包片领导：…); not after a separator (a wrapped list), nor
    before another label of units or a known field (完成时限：…), which the clause takes in."""
    if _mid_list_break(text, lo, i):
        return False
    j = _skip_ws(text, i + 1, hi)
    if j >= hi or _units_label_at(text, j, hi) or OTHER_LABEL_RE.match(text, j, hi):
        return False
    return _blank_line(text, i, hi) or _FIELD_LINE.match(text, i + 1, hi) is not None or _SIGNED_NEXT.match(text, i + 1, hi) is not None


def _units_label_at(text: str, i: int, hi: int) -> bool:
    """Does a label of units (牵头单位：, or a supervisors' 督导单位：) stand at ``i``, or after
    other fields there (完成时限：…。督办单位：)?"""
    # (fields before the label are a few short sentences: a longer run of them is read no further)
    return bool(LABEL_RE.match(text, i, hi) or _UNITS_LABEL_NEXT.match(text, i, min(hi, i + 300)))


def _blank_line(text: str, i: int, hi: int) -> bool:
    j = i + 1
    while j < hi and text[j] in " \u3000\t\r":
        j += 1
    return j >= hi or text[j] == "\n"


_AFTER_DUTY = re.compile(r"[\s，,；;]*(?P<extra>[^。；;\n\d]{0,40}?)[\s。，,；;]*(?=以\s*下)")


def _extend_inherit(text: str, e: int, hi: int) -> int:
    """Extend a clause over ``，各乡镇党委和人民政府。以下均需…落实，不再列出`` right after it."""
    m = _AFTER_DUTY.match(text, e, hi)
    if not m:
        return e
    inh = INHERIT_RE.match(text, m.end(), hi)
    if not inh:
        return e
    return inh.end()


def _read_labelled(
    text: str,
    clause_start: int,
    label_at: int,
    body_end: int,
    clause_end: int,
    problems: list[str],
    settings: GrammarSettings,
    prefix_units: list[Unit] | None = None,
) -> Clause:
    raw = text[clause_start:clause_end]
    # The inheritance marker is read apart and blanked out of the lists.
    inherit_names: list[tuple[str, int, int]] = []
    holes: list[tuple[int, int]] = []
    has_marker = text.find("以", label_at, clause_end) >= 0
    for im in INHERIT_RE.finditer(text, label_at, clause_end) if has_marker else ():
        who = im.group("who")
        inherit_names.append((strip_ws(who), im.start("who"), im.end("who")))
        holes.append((im.start(), im.end()))
    labels = list(_LABEL_SCAN.finditer(text, label_at, body_end))
    if text.find("：", label_at, body_end) >= 0 or text.find(":", label_at, body_end) >= 0 or "】" in raw:
        # a field inside a unit's own bracket (A（责任人：王XX）) is a note on that unit
        labels += [m for m in _OTHER_LABEL_SCAN.finditer(text, label_at, body_end) if not _nested(text, label_at, m.start())]
        labels.sort(key=lambda m: m.start())
    sections: list[tuple[str, list[Unit]]] = [("resp", prefix_units)] if prefix_units else []
    notes: list[str] = []
    supervisors: list[Mention] = []
    for k, lm in enumerate(labels):
        s_start = lm.end()
        s_end = _label_start(text, labels[k + 1].start(), s_start) if k + 1 < len(labels) else body_end
        if lm.re is _OTHER_LABEL_SCAN:
            if lm.group("sup"):  # 督导单位：A、B: kept on the clause, never a lead or support
                supervisors += _supervisors(text, _minus_holes(s_start, s_end, holes), notes)
            continue
        if _roster(text, lm, label_at):
            continue  # …办结时限：…\n参加：张三 李四: the minutes' roster after the fields
        kind = _label_kind(lm.group("kind"))
        if kind == "support" and _related_resp(lm):
            kind = "resp"  # 相关责任单位：A、B: the responsible units, as 责任单位 (A leads when no one else does)
        if kind == "resp" and _PRIMARY.search(text, max(0, lm.start() - 4), lm.start("kind")):
            kind = "primary"  # 主要负责单位：A、B / 第一责任单位：A: the label says who leads
        units: list[Unit] = []
        for a, b in _minus_holes(s_start, s_end, holes):
            units += _listed_units(_units_with_verbs(text, a, b), notes)
        sections.append((kind, units))
    # Units written after 按职责分工 but before the inheritance marker (seed 004 item 1).
    if open_ended := (body_end < clause_end and inherit_names and text[clause_start] not in OPEN):
        extra_lo = body_end
        extra_hi = min(h[0] for h in holes)
        extra = split_units(text, 0, extra_lo, extra_hi) if extra_hi > extra_lo else []
        extra = [u for u in extra if looks_like_unit(u.text)]
        if sections and extra:
            sections[-1] = (sections[-1][0], sections[-1][1] + extra)
    del open_ended
    if any(kind == "primary" for kind, _ in sections):
        # the primary units lead, unless a 牵头 label names the lead (then they are 责任单位)
        pinned = any(kind == "lead" for kind, _ in sections)
        sections = [("resp" if pinned else "lead", us) if kind == "primary" else (kind, us) for kind, us in sections]
    mentions = _assign_roles(sections, settings)
    if not mentions and not supervisors:  # 督导单位：A alone is read: A supervises
        problems.append("no units")
    for u in mentions:
        # A label makes its list units; only flag what cannot be a name at all.
        if len(u.text) > 40 or _NOT_A_NAME.search(u.text):
            problems.append(f"not a unit: {u.text}")
    inherit = _inherit_mentions(inherit_names, mentions)
    return Clause(
        span=Span(clause_start, clause_end),
        raw=raw,
        mentions=mentions,
        inherit=inherit,
        parsed=not problems,
        problems=problems + notes,
        supervisors=supervisors,
    )


def _listed_units(found: list[Unit], notes: list[str]) -> list[Unit]:
    """The units of a labelled list; a remark, a date or a placeholder among them is a note."""
    units = []
    for u in found:
        if is_list_note(u.text):
            notes.append(f"note: {u.text}")
        elif _NOT_A_UNIT_PIECE.search(u.text):
            notes.append(f"ignored: {u.text}")
        elif u.text[0] in _PLACEHOLDER_FIRST and _PLACEHOLDER.fullmatch(u.text):
            notes.append(f"no unit named: {u.text}")  # alone, the clause has "no units"
        else:
            units.append(u)
    return units


def _supervisors(text: str, pieces: list[tuple[int, int]], notes: list[str]) -> list[Mention]:
    """The bodies of a 督导单位 / 督办单位 list (its people and remarks dropped as in any list),
    as mentions the clause keeps apart from its leads and supports: they check the work, and
    counting them as support would load a 督查室 with every task it follows."""
    return [_watcher(u) for a, b in pieces for u in _listed_units(split_units(text, 0, a, b), notes)]


def _watcher(u: Unit) -> Mention:
    """A supervising body as a mention (kept in ``Clause.supervisors``; its role unused)."""
    return _mention(u, "support", "explicit")
