"""Where a labelled clause standing without brackets (``责任单位：A、B等按职责分工``) ends: at
the end of its unit list, a stop, the next item or heading run into it, a complete name before
a line break, or 按职责分工负责 — unless another label of units goes on after it.

The largest concern of labelled clauses: ``_end_unbracketed`` and the tests it asks at each token.
"""

from __future__ import annotations

import re

from respgraph.addressees import ADDRESSING_ALL
from respgraph.grammar.labels import (
    _DUTY_END, _HEADING_PAREN, _ITEM_AFTER_NAME, _MAX_GAP, _NEXT_ITEM, _NUMBER_FOLLOWS, _NUMBER_PAREN,
    _UNBRACKETED_TOKENS, _UNITS_LABEL_NEXT, INHERIT_RE, LABEL_RE, OTHER_LABEL_RE, SENTENCE_STOP_NO_EXCLAMATION, 
    trim_end,
)
from respgraph.grammar.mentions import _label_kind
from respgraph.grammar.roles import _duty_object_cut
from respgraph.grammar.units import CLOSE, DUTY_WORDS, OPEN, display_width, looks_like_unit, skip_ws, split_units, strip_ws

def _mid_list_break(text: str, label_at: int, i: int) -> bool:
    """A PDF line break right after a list separator (``市\n住建局``) does not end the clause."""
    j = i - 1
    while j > label_at and text[j].isspace():
        j -= 1
    return j > label_at and text[j] in "、，,"


_ROLE_IN_LIST = re.compile(r"负责|牵头|配合|参与|协助|落实|按职责|分工")
# units carrying the task out (负责落实 / 具体实施 / 抓好落实): the verb closing a list after its
# semicolon (_CARRY_TAIL) or after its 按职责分工负责 (_CARRIED_OUT)
_CARRY_OUT = r"(?:负\s*责\s*)?(?:具\s*体\s*|抓\s*好\s*|组\s*织\s*)?(?:落\s*实|实\s*施)"
# the units' share closing a list after its semicolon: where they are, or by their duties, carried out
_CARRY_TAIL = re.compile(
    # (a bare 负责 is a unit's own charge: 责任单位：A、B；C负责 stays as it was read)
    r"(?:(?:" + DUTY_WORDS + r"|分\s*别|具\s*体)\s*负\s*责"
    r"|(?:(?:" + DUTY_WORDS + r"|分\s*别)\s*)?" + _CARRY_OUT + r")\s*$"
)


# a body lending its expertise closing a list after its semicolon (配合单位：A；B给予指导支持 / C提供
# 技术支撑): the list goes on, the verb read as in brackets (roles._PHRASE_VERB: a support)
_HELP_TAIL = re.compile(r"(?:给\s*予|提\s*供)?\s*(?:技\s*术\s*(?:支\s*撑|支\s*持|指\s*导)|指\s*导\s*支\s*持|支\s*持\s*指\s*导)\s*$")


def _units_to_stop(text: str, i: int, hi: int, lead_list: bool = False) -> bool:
    """Whether ``text[i:]`` up to its sentence's stop is nothing but names (责任单位：A（牵头）；
    B、C。: the label's list goes on past the semicolon); prose (；加强督查…) ends it. After a lead's
    label (``lead_list``) units with a part of their own go on with it (牵头单位：A；B负责资金保障)."""
    m = SENTENCE_STOP_NO_EXCLAMATION.search(text, i, min(hi, i + 80))
    stop = m.start() if m else min(hi, i + 80)
    n = _ITEM_AFTER_NAME.search(text, i, stop)
    if n and not text[n.end() : n.end() + 1].isdigit():
        m, stop = n, n.start()  # …各街道办事处（2）推进…: the next item, its line break lost
    if m is None and stop < hi:
        return False  # no stop in reach (a long run of text)
    if (help_tail := _HELP_TAIL.search(text, i, stop)) is not None:
        stop = help_tail.start()
    elif _ROLE_IN_LIST.search(text, i, stop):
        # a phrase of its own (B负责治安管理), unless the units only carry the task out where they are
        # (责任单位：A（牵头），B；C、D按属地负责 / 各县（市）区政府负责落实: the list goes on, as in brackets)
        carry = _CARRY_TAIL.search(text, i, stop)
        if carry is not None:
            stop = carry.start()
        elif lead_list and (cut := _duty_object_cut(text, i, stop)) is not None:
            # 牵头单位：A；B负责资金保障: B's part of the task, read as in A牵头，B负责资金保障 (B was
            # lost); after 责任单位：A； B负责治安管理 is a duty of B's own, the list ends
            stop = cut
        else:
            return False
    units = split_units(text, 0, i, stop)
    return bool(units) and all(looks_like_unit(u.text) and not u.marker for u in units)


# a signature's full date (2020年3月18日), which no unit list holds
# right after a name (a deadline's date follows a label or a comma, and says 前 / 内 / 起 after it)
_SIGNED_DATE = re.compile(r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?![前内起止以之])")


def _back_ws(text: str, lo: int, i: int) -> int:
    """The last position before ``i`` (not before ``lo``) that holds no blank."""
    j = i - 1
    while j > lo and text[j].isspace():
        j -= 1
    return j
# the signer's name opening with its place (运河区生态环境保护委员会办公室 / 中共XX县委办公室)
_SIGNER_PLACE = re.compile(r"(?:中共)?[\u4e00-\u9fff]{1,8}?[省市区县州旗盟]")


def _signer_at(text: str, lo: int, hi: int) -> int:
    """Where the signer begins in the last name of a list, ``text[lo:hi]``, run on into it without a
    separator (区自然资源局运河区生态环境保护委员会办公室): after the first complete name that leaves
    a body opening with its place; ``hi`` (the name stays whole) when it does not split."""
    if (lm := LABEL_RE.match(text, skip_ws(text, lo, hi), hi)) is not None:
        lo = lm.end()  # (…，责任单位:区自然资源局运河区…: the list's label before its first name)
    for p in range(lo + 2, hi - 3):
        if text[p - 1] in _NUMBER_FOLLOWS and _SIGNER_PLACE.match(text, skip_ws(text, p, hi), hi):
            first, signer = strip_ws(text[lo:p]), strip_ws(text[p:hi])
            if looks_like_unit(first) and looks_like_unit(signer):
                return p
    return hi


def _label_next(text: str, i: int, hi: int) -> int | None:
    """Where another label starts after ``i``, past blanks and the commas or semicolons before
    it (…等；牵头单位：… / …按职责分工负责，配合单位：…), or None."""
    k = skip_ws(text, i, hi)
    while k < hi and text[k] in "；;，,":
        k += 1
    k = skip_ws(text, k, hi)
    return k if LABEL_RE.match(text, k, hi) else None


def _end_unbracketed(text: str, label_at: int, hi: int) -> tuple[int, int]:
    """(body end, clause end) of ``责任单位:A、B等按职责分工`` standing without brackets: a walk
    over the tokens that can end it (``_UNBRACKETED_TOKENS``), each kind asked by its own step;
    ``last_sep`` is where the name being read began (after the last separator), ``depth`` the
    brackets open inside the list (a portfolio: A(生态环境、水利), nothing inside ends it)."""
    m0 = LABEL_RE.match(text, label_at, hi)
    pos = m0.end() if m0 else label_at
    lead_list = m0 is not None and _label_kind(m0.group("kind")) == "lead"
    depth = 0
    last_sep = skip_to = pos
    for t in _UNBRACKETED_TOKENS.finditer(text, pos, hi):
        c = t.group()
        i = t.start()
        if i < skip_to:
            continue
        if c in OPEN:
            if depth == 0:
                if (end := _item_in_brackets(text, label_at, i, hi)) is not None:
                    return end
                if (lm := LABEL_RE.match(text, i, hi)) is not None:  # 【牵头单位】A【责任单位】B
                    skip_to = last_sep = lm.end()
                    continue
            depth += 1
            continue
        if c in CLOSE:
            if depth == 0:
                return _closed_outside(text, label_at, i, c)
            depth -= 1
            continue
        if depth:
            continue
        if c in "、，,":
            if (end := _end_at_separator(text, label_at, i, c, last_sep)) is not None:
                return end
            last_sep = i + 1
            continue
        end, next_sep = _after_names(text, label_at, i, c, hi, last_sep, lead_list)
        if end is not None:
            return end
        if next_sep is not None:
            last_sep = next_sep
    e = trim_end(text, label_at, hi)
    return e, e


def _after_names(
    text: str, label_at: int, i: int, c: str, hi: int, last_sep: int, lead_list: bool
) -> tuple[tuple[int, int] | None, int | None]:
    """What a token of the list's own level other than a separator (``c`` at ``i``) does to it:
    (the ends, None) when the list is over there, (None, where the next name begins) when the
    list goes on past it (a stop before another label, 等 before one), (None, None) otherwise."""
    if i - last_sep > _MAX_GAP and _past_any_name(text, last_sep, i):
        e = trim_end(text, label_at, last_sep)
        return (e, e), None
    if c in "；;。":
        # 牵头单位：A；责任单位：B / 牵头单位：A。责任单位：B。督导单位：C (a rectification
        # plan's fields, each closed by a stop): one clause while a unit list follows
        if _units_label_at(text, skip_ws(text, i + 1, hi), hi) or (c in "；;" and _units_to_stop(text, i + 1, hi, lead_list)):
            return None, i + 1
        return (i, _extend_inherit(text, i, hi)), None
    if c == "\n":
        return _end_at_line_break(text, label_at, i, hi), None
    if c.isdigit():
        return _end_at_digit(text, label_at, i, hi, last_sep), None
    if c == "第":
        if text[_back_ws(text, label_at, i)] in _NUMBER_FOLLOWS:
            # …责任单位：区住建局、区城投公司第四章 保障措施: the next chapter or section after a
            # complete name, the break before it lost (a 规划 flattened onto one line)
            e = trim_end(text, label_at, i)
            return (e, e), None
        return None, None
    if c.startswith("以"):
        return None, None  # 以下 (an inheritance marker: 以下任务…) is part of the clause
    if c == "各":
        if ADDRESSING_ALL.match(text, i, hi) is not None:
            # …市教育局、各区人民政府各区、各部门要按照…: the plan's closing words run on after the
            # list's last name (a page flattened onto one line): the list is over before them
            e = trim_end(text, label_at, i)
            return (e, e), None
        return None, None
    # 等 / 按职责分工: the list is over unless another label follows
    return _end_at_list_close(text, i, c, hi)


def _past_any_name(text: str, last_sep: int, i: int) -> bool:
    """Whether the piece read since the last separator is too long to be one name (the list ran
    into prose; blanks of a spaced-out line count only when there are very many)."""
    return i - last_sep > _MAX_GAP and (i - last_sep > 4 * _MAX_GAP or len(strip_ws(text[last_sep:i])) > _MAX_GAP)


def _item_in_brackets(text: str, label_at: int, i: int, hi: int) -> tuple[int, int] | None:
    """The ends when the bracket opening at ``i`` numbers the next item, its line break lost
    (（二）加强… / …各街道办事处（2）推进…); None for a bracket inside the list."""
    if _HEADING_PAREN.match(text, i, hi) or (text[i - 1] in _NUMBER_FOLLOWS and _NUMBER_PAREN.match(text, i, hi)):
        e = trim_end(text, label_at, i)
        return e, e
    return None


def _closed_outside(text: str, label_at: int, i: int, c: str) -> tuple[int, int]:
    """The ends when a bracket that opened before the label closes at ``i``: the clause sat
    inside it (（…；牵头单位：A）); 【责任单位：A】, the label's own bracket, closes the clause with it."""
    e = trim_end(text, label_at, i)
    if c == "】" and text[label_at] == "【":
        return e, i + 1
    return e, e


def _end_at_separator(text: str, label_at: int, i: int, c: str, last_sep: int) -> tuple[int, int] | None:
    """The ends when the separator at ``i`` closes no name but the list: the next heading's
    number (…责任单位：水生态环境科二、加强…) or prose too long for a name; None when the list goes on."""
    if c == "、" and (k := _heading_number_before(text, i, last_sep)) >= 0:
        e = trim_end(text, label_at, k)
        return e, e
    if _past_any_name(text, last_sep, i):
        e = trim_end(text, label_at, last_sep)
        return e, e
    return None


def _end_at_line_break(text: str, label_at: int, i: int, hi: int) -> tuple[int, int] | None:
    """The ends when the line break at ``i`` ends the list: after a complete name, or before a
    task number. A break after a separator or inside a name (市\n住建局) is a PDF wrap, and a next
    line holding one more name of the list, indented to stand under the first (one unit a line),
    goes on with it: None, as do lines flush left holding nothing but names up to the next item,
    heading or label (one unit a line with no indent)."""
    if _aligned_unit_line(text, label_at, i, hi) or _unit_lines_to_next(text, i, hi):
        return None
    if _NEXT_ITEM.match(text, i + 1, hi) or _ends_name(text, label_at, i, hi) or _list_over_at_line(text, label_at, i, hi):
        e = trim_end(text, label_at, i)
        return e, e
    return None


def _end_at_digit(text: str, label_at: int, i: int, hi: int, last_sep: int) -> tuple[int, int] | None:
    """The ends when the digit at ``i`` opens what follows the list, its break lost: the plan's
    signature date, or a task number after a complete name; None for a digit inside a name (区第1中学)."""
    j = _back_ws(text, label_at, i)
    if _SIGNED_DATE.match(text, i, hi) and text[j] in _NUMBER_FOLLOWS:
        # …责任单位:区自然资源局 运河区生态环境保护委员会办公室 2020年3月18日: the plan's signature
        # and date run into its last list (a page flattened onto one line, the blank between the
        # two names lost): the list ends before the signer
        e = trim_end(text, label_at, i)
        e = trim_end(text, label_at, _signer_at(text, last_sep, e))
        return e, e
    # 3 .坚持… / 6加快…: a task number right after a complete name ends the list (a name of another
    # ending too — 绵阳海关6.推进… / 各成员单位3.落实… — when an item number with its stop follows)
    if text[j] in _NUMBER_FOLLOWS or (_item_follows(text, i, hi) and looks_like_unit(_last_name(text, last_sep, j + 1))):
        e = trim_end(text, label_at, i)
        return e, _extend_inherit(text, e, hi)
    return None


def _end_at_list_close(text: str, i: int, c: str, hi: int) -> tuple[tuple[int, int] | None, int | None]:
    """At 等 or 按职责分工 (``c`` at ``i``): (the ends, None) when the list is over there, (None,
    where another label starts) when one follows (…等；牵头单位：…), (None, None) when neither (等
    inside a name's words)."""
    d = _DUTY_END.match(text, i, hi)
    if c == "等" and not d:
        j = skip_ws(text, i + 1, hi)
        if (k := _label_next(text, j, hi)) is not None:
            return None, k
        if j >= hi or text[j] in "。；;，,、" or text[j].isdigit() or text[j] in OPEN:
            return (i + 1, _extend_inherit(text, i + 1, hi)), None
        return None, None
    if d:
        e = _carried_out_after(text, d.end(), hi)
        if (k := _label_next(text, e, hi)) is not None:
            return None, k
        return (e, _extend_inherit(text, e, hi)), None
    return None, None


# …按职责分工负责，各县（市、区）人民政府负责落实 closing the label's line or sentence: the units
# carrying the task out where they are
_CARRIED_OUT = re.compile(
    r"[，,]\s*(?P<units>[^，,；;。\n]{2,40}?)\s*" + _CARRY_OUT + r"[ \t\u3000]*(?=[。；;\n]|$)"
)


def _carried_out_after(text: str, e: int, hi: int) -> int:
    """Where a list ending in 按职责分工负责 at ``e`` ends: past ``，C负责落实`` when C are units
    (责任单位：A、B按职责分工负责，各县（市、区）人民政府负责落实 is one clause, as it is in a
    bracket: C was read as a clause of its own, a lead, and left to the next item)."""
    m = _CARRIED_OUT.match(text, e, hi)
    if not m:
        return e
    units = split_units(text, 0, m.start("units"), m.end("units"))
    return m.end() if units and all(looks_like_unit(u.text) for u in units) else e


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
    if _units_label_at(text, skip_ws(text, i, hi), hi):
        return False
    return text[j] in _NUMBER_FOLLOWS


def _aligned_unit_line(text: str, label_at: int, i: int, hi: int) -> bool:
    """Whether the line after the break at ``i`` carries on the list of the label at ``label_at``
    as a rectification list's field writes it, one name a line, each indented to the column where
    the first name stands (责任单位：县环保局（牵头）\n　　　　　县工信局\n　　　　　各乡镇人民政府):
    the line is a name alone and its indent reaches that column (give or take a blank: one blank
    a character where the clean-up made full-width blanks half-width ones, two where the office
    typed half-width blanks). A line flush left, a field (责任人：…) or a sentence ends the list."""
    m = LABEL_RE.match(text, label_at, hi)
    if m is None:
        return False
    line_at = text.rfind("\n", 0, label_at) + 1
    head = text[line_at : m.end()]
    j = i + 1
    while j < hi and text[j] in " \u3000":
        j += 1
    indent = j - i - 1
    if indent < 3 or not (abs(indent - len(head)) <= 1 or abs(indent - display_width(head)) <= 2 or abs(display_width(text[i + 1 : j]) - display_width(head)) <= 2):
        return False
    end = text.find("\n", j, hi)
    name = text[j : hi if end < 0 else end].strip()
    return bool(name) and not _FIELD_LINE.match(name) and looks_like_unit(name)


# (a run of name lines longer than this is no label's list: a roster or a signature block)
_MAX_UNIT_LINES = 30


def _unit_lines_to_next(text: str, i: int, hi: int) -> bool:
    """Whether the lines after the break at ``i`` carry on the label's list one name a line flush
    left (责任单位：县住建局\n县工信局\n县工业园管委会\n（三）…): see ``_unit_lines_after``."""
    lines, closed_by = _unit_lines_after(text, i, hi)
    return lines > 0 and closed_by == "next"


def names_left_under(text: str, e: int, hi: int) -> str | None:
    """The lines of names right under a list ending at ``e`` that it could not take, prose
    following them before the next item (责任单位：县住建局\n县工信局\n加强督查考核…): a list
    going on, or names of some other kind? Neither is sure, so they are returned (as written) to be
    flagged on the clause; None when there are none."""
    j = e
    while j < hi and text[j] in " \u3000\t\r":
        j += 1
    if j >= hi or text[j] != "\n":
        return None
    lines, closed_by = _unit_lines_after(text, j, hi)
    if not lines or closed_by != "prose":
        return None
    k = j
    for _ in range(lines):
        k = text.find("\n", skip_ws(text, k, hi), hi)
    return " / ".join(strip_ws(ln) for ln in text[j:k if k >= 0 else hi].split("\n") if ln.strip())


def _unit_lines_after(text: str, i: int, hi: int) -> tuple[int, str]:
    """How many lines after the break at ``i`` hold nothing but unit names, and what follows them:
    ``"next"`` the next item, heading or label (or, past a blank line, the plan's signature and
    its date or the end of the task's text: the names stand above the signature); ``"prose"`` a line of other text right under them;
    ``"other"`` the text's end, a field (责任人：…), a date or, past a blank line, anything else.
    A line that goes on with a verb (县工信局要加强…) holds no name alone: prose. Names closing
    the text, or a date under them, are a plan's signature, no list's (吉安市生态环境保护委员会办公室
    \n2024年4月8日 under the last item's label)."""
    k, lines = i, 0  # (k: where the line before ends, at its break)
    while lines <= _MAX_UNIT_LINES:
        line_end, k = k, skip_ws(text, k, hi)
        if k >= hi:
            # a blank line closing the task's text: what follows (the signature) was set apart
            # from it, the names are the task's
            return lines, "next" if lines and text.count("\n", line_end, k) > 1 else "other"
        if _NEXT_ITEM.match(text, k, hi) or _units_label_at(text, k, hi) or OTHER_LABEL_RE.match(text, k, hi):
            return lines, "next"
        if text.count("\n", line_end, k) > 1:  # a blank line
            return lines, "next" if lines and _SIGNED_NEXT.match(text, k, hi) else "other"
        end = text.find("\n", k, hi)
        end = hi if end < 0 else end
        if _FIELD_LINE.match(text, k, end) or _SIGNED_DATE.search(text, k, end):
            return lines, "other"
        units = split_units(text, 0, k, end)
        if not units or not all(looks_like_unit(u.text) and not u.marker for u in units):
            return lines, "prose"
        lines, k = lines + 1, end
    return lines, "other"


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
    j = skip_ws(text, i + 1, hi)
    if j >= hi or _units_label_at(text, j, hi) or OTHER_LABEL_RE.match(text, j, hi):
        return False
    return (
        _blank_line(text, i, hi) or _FIELD_LINE.match(text, i + 1, hi) is not None or _SIGNED_NEXT.match(text, i + 1, hi) is not None
        # (责任单位：区城乡建设局、相关街道 / 各牵头单位为…第一责任单位，要…: the plan's closing words)
        or ADDRESSING_ALL.match(text, j, hi) is not None
    )


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
