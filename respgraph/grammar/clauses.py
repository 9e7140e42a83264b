"""Clauses: where a responsibility clause stands in running text and who it names in which role.

Two kinds of clause are found by one compiled scanner (so the cost is linear in the text):

* labelled clauses, ``（牵头单位：A；责任单位：B、C）`` / ``责任单位:A(portfolio)、B等按职责分工``;
  a label is ``[level][主要]{牵头|责任|配合|协助|协办|参与|协同|联动|指导|主办|主责|承办|主管|监管…}
  {单位|部门|主体|处室|科室|乡镇}：`` (also ``责任单位（部门）：`` and ``牵头单位为A，配合单位为B``),
  the level or kind of duty being ``市级 / 县直 / 市县 / 第一 / 属地 / 行业 …``; tolerant of OCR
  spaces (``责 任单位``) and line breaks.
* label-less wordings, ``（A牵头，B、C配合）`` / ``。由A牵头，B参与。`` / ``（A负责）``: they
  count only when they fill a whole bracket or sentence and every unit looks like a unit, so
  narrative such as ``积极配合市直有关部门推动…`` is not read as an assignment. A phrase may
  state the unit's part of the task (``县委组织部负责制定培训计划，县人社局配合做好经费保障。``,
  ``A要牵头…``, ``A会同B开展…``, ``在A的指导下，B负责…``): outside a bracket such phrases count
  beside a phrase that assigns, or all together when every unit is a named body of a place
  (``A负责X；B负责Y``), since ``企业负责…，监管部门负责…`` states a principle; a collective
  may work with a named lead (``县住建局会同有关部门，研究制定…``). After a lead and a
  support the action they share ends the clause (``由A牵头，B配合，开展…``); what was done
  (``…开展了检查``), reported speech (``县长指出，…``) and a party committee or government
  leading the work (``县委负总责，县政府具体负责``) stay prose.

    >>> c = find_clauses("加强监管。（牵头单位：区环保局；责任单位：各乡镇（街道））")[0]
    >>> [(m.text, m.role, m.basis) for m in c.mentions]
    [('区环保局', 'lead', 'explicit'), ('各乡镇（街道）', 'support', 'explicit')]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from respgraph.grammar.units import (
    _STRONG_END,
    CLOSE,
    DUTY_WORDS,
    OPEN,
    PROSE_START,
    Unit,
    is_collective,
    looks_like_unit,
    split_units,
    strip_ws,
)
from respgraph.records import Clause, Mention, Span


@dataclass
class GrammarSettings:
    """Conventions of the plans being read.

    ``first_listed_is_lead``: where a clause names no lead, the first listed unit leads
    (basis ``first_listed``); when False every unit of such a clause is support.
    """

    first_listed_is_lead: bool = True


def _sp(word: str) -> str:
    """Regex for ``word`` allowing OCR whitespace between its characters."""
    return r"\s*".join(re.escape(c) for c in word)


_LEAD_WORDS = ("牵头负责", "牵头", "主办", "主责")
# 联动单位 / 指导单位 (the sector department guiding a 责任主体) support, as 指导 beside a verb does
_SUPPORT_WORDS = ("配合", "协助", "协办", "参与", "协同", "协作", "参加", "联动", "指导")
# Support words only with their noun: 会办单位 (江苏's 主办 / 会办 pair: a bare 会办： is 安委会办：),
# 支持单位 (a bare 支持： ends a heading: 加大资金支持：…)
_SUPPORT_NOUN_ONLY = ("会办", "支持")
# 负责单位 / 主要负责单位; 行业主管部门 / 行业监管部门 beside 属地责任单位 (安全生产 plans)
_RESP_WORDS = ("责任", "承办", "实施", "落实", "负责", "主管", "监管", "管理")
# 单位 / 部门 / 主体, and inside one department's plan its divisions: 牵头处室 / 责任科室 / 牵头股室 /
# 牵头部室; the lower bodies it names by kind: 责任乡镇：各乡镇 / 责任镇街：各镇街 / 责任学校：各中小学
# (an education bureau's plan)
_LABEL_NOUNS = ("单位", "部门", "主体", "处室", "科室", "股室", "部室", "乡镇", "镇街", "学校")
# A label's level or rank before it: 市级责任单位 / 县级责任单位 in one bracket (two levels),
# 省直牵头单位, 第一责任单位. Scans start at the role word (市/县 open too much text to be a
# cheap first character); _label_start steps back over the prefix.
_LEVEL = (
    r"(?:(?:各\s*)?(?:[省市县区]\s*[级直]|(?:市\s*县|县\s*乡|县\s*区|区\s*县|市\s*区)(?:\s*两\s*级)?)"
    r"|乡\s*镇\s*级|第\s*[一二三]"
    # the kind of duty: 属地责任单位 / 主体责任单位 / 直接责任单位 / 整改责任单位 / 行业主管部门
    r"|" + "|".join(_sp(w) for w in ("属地", "主体", "直接", "整改", "具体", "行业")) + r")\s*"
)
_LEVEL_BEFORE = re.compile(_LEVEL + "$")
# A label: ``牵头单位：`` / ``【责任单位】`` / ``[配合单位]``, or a bare role word and a colon
# (``（牵头：A；配合：B）``). The bare form is allowed only after a lead or support word (the
# look-behind on its last character), since ``落实：`` / ``实施：`` open narrative too.
_LABEL = (
    r"(?:[【\[［]\s*)?(?:" + _LEVEL + r")?(?:" + _sp("主要") + r"\s*|" + _sp("次要") + r"\s*|" + _sp("其他") + r"\s*)?"
    r"(?P<kind>" + "|".join(_sp(w) for w in _LEAD_WORDS + _SUPPORT_WORDS + _SUPPORT_NOUN_ONLY + _RESP_WORDS) + r")"
    r"(?:\s*(?:" + _sp("责任") + r"\s*)?(?:" + "|".join(_sp(w) for w in _LABEL_NOUNS) + r")"
    # 责任单位（部门）： / 牵头单位为A，配合单位为B (not 以牵头单位为主)
    r"(?:\s*[（(]\s*(?:" + _sp("部门") + "|" + _sp("单位") + r")\s*[）)])?"
    r"\s*(?:[：:]|[】\]］]\s*[：:]?|为(?![主准依重核抓]))"
    r"|(?P<bare>(?<=[" + "".join(w[-1] for w in _LEAD_WORDS + _SUPPORT_WORDS) + r"])\s*[：:]))"
)
LABEL_RE = re.compile(_LABEL)
_VERBS = ("牵头", "负总责", "负主体责任", "负责", "主办", "配合", "参与", "协助", "协办", "协同", "抓好落实", "会同", "联合")
_FIRST_CHARS = "".join(
    sorted({w[0] for w in _LEAD_WORDS + _SUPPORT_WORDS + _SUPPORT_NOUN_ONLY + _RESP_WORDS + _VERBS} | {"主", "次", "其", "【", "［", "\\["})
)
# What a supervising body's label says: 督办单位 / 督导部门 / 督查督办单位 / 监督单位
_SUPERVISING = r"(?:(?:督办|督导|督查|督促|监督)\s*){1,2}(?:单位|部门|处室|科室)"
# Labels of other fields that may share a clause (（牵头单位：A；完成时限：2022年底）): they end a
# unit list and their content is not read as units.
OTHER_LABEL_RE = re.compile(
    r"(?:【\s*)?(?:(?:完成|整改|办结)(?:时限|时间|期限)|时间节点|时间|时间安排|时限要求|工作时限|推进时限|截止时间|进度要求|时限|进度安排|"
    # an assessment's fields beside its units: 分值：20分 / 考核方式：查阅资料 / 计分方法：… / 备注：…
    r"分值|(?:考核|计分|评分)(?:方式|方法|标准|细则|要点)|备注|"
    # 责任领导 / 牵头县领导 / 包联市领导 / 县级领导: people, never units
    r"(?:责任|牵头|分管|联系|包保|包联|挂点|督导|督办)\s*(?:[省市县区]\s*级?)?\s*领导|[省市县区]\s*级\s*领导|联系人|责任人|牵头人|"
    # 督导单位 / 督办单位 / 督查督办单位 / 监督单位: the bodies supervising the work (a 督查室, a
    # 纪委监委, an 审计局), neither lead nor support; read apart as the clause's supervisors
    r"(?P<sup>" + _SUPERVISING + r"))\s*(?:[：:]|】)"
)
# A supervising body's label on its own (a line or a sentence of a clause going on after it)
_SUPERVISOR_LABEL = r"(?:【\s*)?" + _SUPERVISING + r"\s*(?:[：:]|】)"
SUPERVISOR_LABEL_RE = re.compile(_SUPERVISOR_LABEL)
# The look-ahead on first characters lets the engine skip most positions cheaply (~5x faster).
# A supervisors' label opens a clause of its own where no unit list stands before it
# (1．…（牵头单位：A）\n督导单位：B): its bodies are kept, not dropped with the line.
SCAN_RE = re.compile(
    r"(?=[" + _FIRST_CHARS + r"督监])(?:(?P<label>" + _LABEL + r")|(?P<watch>" + _SUPERVISOR_LABEL + r")|(?P<verb>" + "|".join(_VERBS) + r"))"
)
# A piece of a unit list that is a date or an action, not a unit (…，2022年底前完成).
# A piece of a unit list that remarks on the list (…；列第一位的为牵头单位 / …，下同).
LIST_NOTE = re.compile(r"列(?:在)?第一位|排(?:在|名)?第一|列首位|首位|为牵头单位|^下同$|不分先后|排名不分")
_NOT_A_UNIT_PIECE = re.compile(r"\d{4}\s*年|\d\s*月|年底|月底|年内|全年|长期|持续|完成|落实$|推进$")
# A unit slot that names nobody (责任单位：见附件2 / 附件1所列单位 / 待定 / 另行明确 / 无 / ／): no
# unit is read from it (a lead "见附件2" would be counted as an agency); the clause keeps a note,
# and one naming nobody else is flagged (no units).
_PLACEHOLDER = re.compile(
    r"(?:详\s*)?见?\s*附\s*[件表]\s*[\d一二三四五六七八九十]*(?:\s*[^\s]{0,8})?"
    r"|待\s*(?:定|明确|确定)|另\s*行?\s*(?:确定|明确|通知|安排|指定)|暂\s*(?:无|缺|定)|无|略|[/／—\-－、]+"
)
_PLACEHOLDER_FIRST = frozenset("详见附待另暂无略/／—-－、")

# The same two patterns for scanning (finditer), with a look-ahead on the characters a match
# opens with: every other position is rejected by one set test (see SCAN_RE).
_LABEL_SCAN = re.compile(r"(?=[" + _FIRST_CHARS + r"])" + _LABEL)
_OTHER_LABEL_SCAN = re.compile(r"(?=[【完整办时工推截进责牵分联包挂督监省市县区考计评备])" + OTHER_LABEL_RE.pattern)

# Where a clause's fields go on past a stop: a unit list's label (牵头单位：… 。责任单位：…), or a
# supervisors' label after other fields (…。完成时限：2024年春节前。督办单位：A): a
# rectification plan writes each field as a sentence or a line of its own.
_UNITS_LABEL_NEXT = re.compile(
    r"(?:" + OTHER_LABEL_RE.pattern.replace("(?P<sup>", "(?:") + r"[^；;。\n（）()：:]{0,30}[；;。]?\s*)*"
    r"(?:" + _LABEL + "|" + _SUPERVISOR_LABEL + ")"
)

# 以下均需各乡镇（办）落实，不再列出 — the units named here inherit every later task.
# (以下均需各街道办事处参与，不再列出 says the same of a supporting collective.)
_INHERIT_VERBS = ("抓好落实", "组织落实", "贯彻落实", "落实", "负责", "实施", "参与", "配合", "协助", "参加")
INHERIT_RE = re.compile(
    # 以下均需 / 以下各项任务均需 / 以下各项工作均需 / 以下任务均需
    _sp("以下") + r"\s*(?:各\s*项\s*)?(?:(?:任\s*务|工\s*作)\s*)?(?:" + _sp("均需") + "|" + _sp("均由") + "|" + _sp("需") + r")\s*"
    r"(?P<who>[^。；;]{1,40}?)\s*(?:" + "|".join(_sp(w) for w in _INHERIT_VERBS) + r")"
    r"[\s，,]*(?:" + _sp("不再列出") + "|" + _sp("不再一一列出") + "|" + _sp("不再重复列出") + ")"
)
# How a following task / heading begins: it ends an unclosed clause.
_NEXT_ITEM = re.compile(
    r"\s*(?:\d{1,3}\s*[.．、]|[（(]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[）)]"
    r"|\d{1,3}\s*[）)]|[①-⑳]"
    r"|[一二三四五六七八九十]{1,3}\s*、|第[一二三四五六七八九十\d]{1,3}[章节条部分])"
)
_HEADING_PAREN = re.compile(r"[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]")
_DUTY_END = re.compile(
    r"(?:等\s*)?(?:" + DUTY_WORDS + r")"
    r"(?:\s*(?:" + _sp("负责") + "|" + _sp("落实") + "|" + _sp("实施") + "|" + _sp("抓好落实") + "))?"
)
# Interesting characters while walking an unbracketed clause.
_UNBRACKETED_TOKENS = re.compile(r"[（(〔【\[［）)〕】\]］。；;\n\d、，,]|等|按\s*[职照各]|以\s*下")
_BRACKETED_TOKENS = re.compile(r"[（(〔【\[［）)〕】\]］。\n]")
_MAX_GAP = 45
_NOT_A_NAME = re.compile(r"[。：:；;！？]")
_NUMBER_FOLLOWS = set("局委办部院厅室心司府会队所站社署处校工等" + CLOSE)  # longest run of name characters between two separators in a real unit list


def find_clauses(
    text: str, start: int = 0, end: int | None = None, settings: GrammarSettings | None = None
) -> list[Clause]:
    """Every responsibility clause in ``text[start:end]``, in order, spans absolute into ``text``.

    >>> t = "1.加强治理。（责任单位：区发改委、区工信局）"
    >>> [(m.text, m.role, m.basis) for m in find_clauses(t)[0].mentions]
    [('区发改委', 'lead', 'first_listed'), ('区工信局', 'support', 'explicit')]
    """
    settings = settings or GrammarSettings()
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    clauses: list[Clause] = []
    covered = start
    quiet_until = start  # verbs before this were already judged narrative (keeps the scan linear)
    for m in SCAN_RE.finditer(text, start, end):
        if m.start() < covered:
            continue
        if m.group("label"):
            if not _label_stands_alone(text, m, start):
                continue
            if m.group().endswith("为") and not _unit_follows(text, m.end(), end):
                continue  # 各责任单位为确保…: 为 opens a purpose, not a list
            clause = _labelled_clause(text, _label_start(text, m.start(), covered), covered, end, settings)
        elif m.group("watch"):
            if not _opens_field(text, m.start(), start):
                continue
            clause = _labelled_clause(text, m.start(), covered, end, settings)
        elif m.start() < quiet_until:
            continue
        else:
            clause, quiet_until = _inline_clause(text, m.start(), m.end(), start, end, covered, settings)
        if clause is not None:
            clauses.append(clause)
            covered = clause.span.end
            if (watch := _watch_sentence(text, covered, end)) is not None:
                clauses.append(watch)
                covered = watch.span.end
    bare = _bare_unit_brackets(text, start, end, clauses, settings)
    if bare:
        clauses = sorted(clauses + bare, key=lambda c: c.span.start)
    return clauses


# 市委督查室、市政府督查室跟踪督办。 / 县纪委监委全程监督。 right after a task's clause: the bodies
# checking that work, as a 督导单位： line after it would name them (alone in prose, no clause)
_WATCH_SENTENCE = re.compile(
    r"[。；;]?[ \u3000\t\r\n]*(?P<units>[^。；;！？!?\n，,：:（(）)]{2,60}?)[ \u3000\t]*"
    r"(?:负\s*责\s*)?(?:(?:跟\s*踪|全\s*程|定\s*期)\s*)?(?:督\s*办|督\s*查|督\s*导|监\s*督)(?:\s*(?:检\s*查|落\s*实))?"
    r"[ \u3000\t]*(?=[。；;\n]|$)"
)


def _watch_sentence(text: str, i: int, hi: int) -> Clause | None:
    """A sentence right after a clause at ``i`` naming only the bodies that supervise the work
    (县纪委监委全程监督。): a clause of supervisors, no lead or support."""
    m = _WATCH_SENTENCE.match(text, i, hi)
    if m is None or _item_follows(text, m.start("units"), hi):
        return None
    units = split_units(text, 0, m.start("units"), m.end("units"))
    if not units or not all(looks_like_unit(u.text) for u in units):
        return None
    a, b = m.start("units"), m.end()
    return Clause(span=Span(a, b), raw=text[a:b], supervisors=[_watcher(u) for u in units])


_FIRST_PIECE = re.compile(r"[^、，,；;。（(\n]{1,40}")


def _unit_follows(text: str, i: int, hi: int) -> bool:
    """Whether the list after ``牵头单位为`` opens with a unit's name."""
    m = _FIRST_PIECE.match(text, _skip_ws(text, i, hi), hi)
    return m is not None and looks_like_unit(m.group())


def _label_stands_alone(text: str, m: re.Match, lo: int) -> bool:
    """A bare role label (``牵头：``) opens a clause only after a bracket, a separator or a line
    start: ``相关部门要主动配合：及时研究…`` is narrative with a colon, not a label."""
    return m.group("bare") is None or _opens_field(text, m.start(), lo)


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
        units = [u for u in split_units(text, 0, m.start("body"), body_end) if not LIST_NOTE.search(u.text)]
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


# --------------------------------------------------------------------------- labelled


def find_inherit_markers(
    text: str, start: int = 0, end: int | None = None, clauses: list[Clause] | None = None
) -> list[Clause]:
    """Stand-alone ``以下各项任务均需各县（市、区）落实，不再列出`` outside any clause.

    Each is returned as a Clause with no mentions and the named collective in ``inherit``
    (markers inside a clause are already in that clause's ``inherit``).

    >>> [m.text for c in find_inherit_markers("以下均需各乡镇落实，不再列出。") for m in c.inherit]
    ['各乡镇']
    """
    end = len(text) if end is None else min(end, len(text))
    # ``clauses``: the clauses of the same range when the caller already has them
    inside = [c.span for c in (find_clauses(text, start, end) if clauses is None else clauses)]
    starts = [s.start for s in inside]
    out: list[Clause] = []
    for im in INHERIT_RE.finditer(text, start, end):
        j = bisect.bisect_right(starts, im.start()) - 1
        if j >= 0 and inside[j].start <= im.start() < inside[j].end:
            continue
        inherit = _inherit_mentions([(strip_ws(im.group("who")), im.start("who"), im.end("who"))], [])
        out.append(Clause(span=Span(im.start(), im.end()), raw=im.group(), inherit=inherit))
    return out


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


def _trim_end(text: str, lo: int, e: int) -> int:
    while e > lo and text[e - 1].isspace():
        e -= 1
    return e


# what ends the sentence a label's list may go on into after a semicolon
_SENTENCE_STOP = re.compile(r"[。\n；;]")
_ROLE_IN_LIST = re.compile(r"负责|牵头|配合|参与|协助|落实|按职责|分工")


def _units_to_stop(text: str, i: int, hi: int) -> bool:
    """Whether ``text[i:]`` up to its sentence's stop is nothing but names (责任单位：A（牵头）；
    B、C。: the label's list goes on past the semicolon); prose (；加强督查…) ends it."""
    m = _SENTENCE_STOP.search(text, i, min(hi, i + 80))
    stop = m.start() if m else min(hi, i + 80)
    if (m is None and stop < hi) or _ROLE_IN_LIST.search(text, i, stop):
        return False  # no stop in reach (a long run of text), or a phrase of its own (B按职责分工负责)
    units = split_units(text, 0, i, stop)
    return bool(units) and all(looks_like_unit(u.text) and not u.marker for u in units)


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
                if _HEADING_PAREN.match(text, i, hi):
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
            if _NEXT_ITEM.match(text, i + 1, hi) or _ends_name(text, label_at, i, hi):
                e = _trim_end(text, label_at, i)
                return e, e
            continue
        if c.isdigit():
            # 3 .坚持… / 6加快…: a task number right after a complete name ends the list;
            # a digit inside a name (区第1中学) does not.
            j = i - 1
            while j > label_at and text[j].isspace():
                j -= 1
            if text[j] in _NUMBER_FOLLOWS:
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
            k = j
            while k < hi and text[k] in "；;，,":
                k += 1
            k = _skip_ws(text, k, hi)
            if LABEL_RE.match(text, k, hi):
                last_sep = k
                continue
            if j >= hi or text[j] in "。；;，,、" or text[j].isdigit() or text[j] in OPEN:
                e = i + 1
                return e, _extend_inherit(text, e, hi)
            continue
        if d:
            e = d.end()
            k = _skip_ws(text, e, hi)
            while k < hi and text[k] in "；;，,":
                k += 1
            k = _skip_ws(text, k, hi)
            if LABEL_RE.match(text, k, hi):
                last_sep = k
                continue
            return e, _extend_inherit(text, e, hi)
    e = _trim_end(text, label_at, hi)
    return e, e


_CN_NUMERALS = frozenset("一二三四五六七八九十")


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


def _skip_ws(text: str, i: int, hi: int) -> int:
    while i < hi and text[i] in " \u3000\t\r\n":
        i += 1
    return i


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
        kind = _label_kind(lm.group("kind"))
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
        if LIST_NOTE.search(u.text):
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


_VERB_CHAR = re.compile(r"[牵负配参协由具抓组]")
# 各乡镇（街道）负责本辖区 / 县财政局负责资金保障: units, 负责 and a short object (their part of
# the task) closing a phrase; 县应急局负责人 / 负责同志 are people, not a unit's part.
_DUTY_OBJECT = re.compile(r"负\s*责(?!\s*(?:人|同志))\s*[^，,；;。：:\s（(）)]{2,16}\s*$")
# The same outside a labelled list, with the other clause verbs: 县委组织部牵头制定培训计划 /
# 县人社局配合做好经费保障 / 县住建局要牵头做好… (要 or 应 before the verb: what the unit is to do).
_PART_OBJECT = re.compile(
    r"(?P<yao>[要应]\s*)?(?P<verb>" + "|".join(_sp(v) for v in ("牵头负责", "负责牵头", "牵头", "负责", "配合", "协助", "参与")) + r")"
    r"(?!\s*(?:人(?!员)|同志))\s*(?P<obj>(?!的)[^，,；;。：:\s（(）)]{2,16})\s*$"
)
_CLAUSE_VERB = re.compile(r"负责|牵头|配合|协助|参与")
_PARTNER_OBJECT = re.compile(r"[省市县区各]|有关|相关")
_PHRASE_VERB = re.compile(
    r"(?:(?P<verb>" + "|".join(_sp(v) for v in ("牵头负责", "牵头", "负责", "配合", "参与", "协助", "协办", "协同")) + r")"
    r"\s*(?:督\s*导|实\s*施|落\s*实|推\s*进)?"
    # …；各乡镇人民政府负责抓好落实 / …，各乡镇人民政府具体落实: the unit carries the task out
    # where it is; it keeps its list's role (a 负责 here names no lead)
    r"|(?P<carry>(?:" + _sp("负责") + r"\s*)?(?:" + "|".join(_sp(v) for v in ("具体", "抓好", "组织")) + r")\s*"
    r"(?:" + _sp("落实") + "|" + _sp("实施") + r")))\s*$"
)


_DUTY_BEFORE = re.compile(r"(?:" + DUTY_WORDS + r"|分\s*别|共\s*同)\s*$")


def _nested(text: str, a: int, i: int) -> bool:
    """Whether ``i`` sits inside a bracket opened after ``a``."""
    depth = 0
    for c in text[a:i]:
        if c in OPEN:
            depth += 1
        elif c in CLOSE:
            depth = max(0, depth - 1)
    return depth > 0


def _top_level_cuts(text: str, a: int, b: int) -> list[int]:
    """Positions of the ，/；in ``text[a:b]`` outside brackets (各县（市、区）stays whole)."""
    cuts: list[int] = []
    depth = 0
    for i in range(a, b):
        c = text[i]
        if c in OPEN:
            depth += 1
        elif c in CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and c in "，,；;":
            cuts.append(i)
    return cuts


def _units_with_verbs(text: str, a: int, b: int) -> list[Unit]:
    """Units of a labelled list, reading verbs inside it: ``责任单位：A牵头，B、C配合``."""
    if _VERB_CHAR.search(text, a, b) is None:
        return split_units(text, 0, a, b)
    out: list[Unit] = []
    cuts = _top_level_cuts(text, a, b)
    starts = [a] + [i + 1 for i in cuts]
    bounds = list(zip(starts, cuts + [b]))
    for pa, pb in bounds:
        while pb > pa and text[pb - 1] in "。 \t\u3000\r\n":
            pb -= 1  # …负责落实。以下各项任务均需…不再列出: the stop before the blanked marker
        m = _PHRASE_VERB.search(text, pa, pb)
        marker = None
        if m is None and (cut := _duty_object_cut(text, pa, pb)) is not None:
            pb = cut  # …，各乡镇（街道）负责本辖区: their part where they are; the list's role stays
        elif m and m.group("carry"):
            pb = m.start()
        elif m:
            verb = strip_ws(m.group("verb"))
            marker = "lead" if verb.startswith("牵头") else "responsible" if verb == "负责" else "support"
            if marker == "responsible" and _DUTY_BEFORE.search(text, max(pa, m.start() - 8), m.start()):
                marker = None  # …，B按职责分工负责: a duty note, not a lead (the unit keeps its list role)
            pb = m.start()
        pa = _skip_ws(text, pa, pb)
        by = _BY.match(text, pa, pb)
        if by:
            pa = by.end()
        for u in split_units(text, 0, pa, pb):
            if marker and u.marker is None:
                u.marker = marker
            out.append(u)
    return out


_HUITONG = re.compile(r"\s*(?:并\s*)?会\s*同\s*")


# How the action after a list of units opens (县财政局制定…管理办法: the list ends before 制定, not
# at 管理办)
_ACTION_START = re.compile(
    r"\s*(?:共同|联合|一起|研究|制定|开展|推进|推动|实施|组织|加强|做好|抓好|建立|完善|落实|编制|出台|印发|督促|指导|对|做|抓|负责|按"
    # the manner of the action: 全面开展 / 严厉打击 / 依法查处 / 进一步完善
    r"|全面|深入|严厉|严格|依法|进一步|持续|扎实|着力|集中|加快|加大|切实|认真|积极"
    # 召开专题会议 / 成立工作专班: 会 / 班 would end a name (县应急局召开专题会 was one unit)
    r"|召开|举办|成立|组建|设立)"
)


def _unit_list(text: str, a: int, b: int) -> list[Unit]:
    """The units of ``text[a:b]`` when it is a list of them, each looking like a unit; else []."""
    units = split_units(text, 0, a, b)
    return units if units and all(looks_like_unit(u.text) for u in units) else []


def _units_before_action(text: str, a: int, b: int) -> tuple[int, list[Unit]] | None:
    """(end, units) of the longest list of units opening ``text[a:b]`` (``县财政局等部门`` of
    ``县财政局等部门研究制定``) before an action, else filling it (``县财政局、县残联``: 联 is no
    strong end), else of the longest list (never cut before a 、); None when it opens with no unit."""
    before_action = [j for j in range(b - 1, a, -1) if _ACTION_START.match(text, j, b)]
    ends = [j for j in range(b - 1, a, -1) if text[j - 1] in _STRONG_END and text[j] not in "、和及与"]
    for j in before_action + [b] + ends:  # longest first within each kind
        if units := _unit_list(text, a, j):
            return j, units
    return None


def _duty_object_cut(text: str, a: int, b: int) -> int | None:
    """Where ``负责`` begins in ``text[a:b]`` when units stand before it and a short object after
    (``各乡镇负责本辖区工作``); None otherwise."""
    m = _DUTY_OBJECT.search(text, a, b)
    return m.start() if m is not None and _unit_list(text, a, m.start()) else None


def _part_object_cut(text: str, a: int, b: int) -> tuple[int, str, bool] | None:
    """(where the verb or its 要 begins, the verb, whether the object is leadership) when
    ``text[a:b]`` is units, a clause verb and a short object: ``县委组织部牵头制定培训计划`` /
    ``县人社局配合做好经费保障`` / ``县住建局要牵头做好改造工作``; None otherwise."""
    m = _PART_OBJECT.search(text, a, b)
    if m is None:
        return None
    verb = strip_ws(m.group("verb"))
    if verb in ("配合", "协助") and _PARTNER_OBJECT.match(m.group("obj")):
        return None  # 县交通运输局配合县生态环境局…: a partner, not a part of the task
    if not _unit_list(text, a, m.start()):
        return None
    return m.start(), verb, m.group("obj").endswith("领导")


# …印发了《实施意见》 / …已完成排查 / …开展检查时发现问题 (what was done), …累计排查1.2万户 /
# …共排查隐患326处 (a tally), …开展的专项行动 / 在A会同B的推动下 (an attribute): no assignment
_DONE_OR_ATTRIBUTE = re.compile(
    r"\s*(?:[\u4e00-\u9fff]{0,2}的|已|正在|累计|先后|取得|共(?=[\u4e00-\u9fff]{0,6}\d))"
    r"|[^，,；;。]*?(?:(?<![为除])了(?!解)|[时中]发现)"
)
# …，取得明显成效 / …，成效显著 / …，隐患数量明显下降: a result, the sentence tells what was
# done (确保/力争/到2025年… before it make it a target)
_RESULT = re.compile(
    r"(?!确保|力争|实现|推动|促进|努力|使|到)"
    r"(?:取得|成效|[^，,；;。]{0,8}?(?:明显|显著|大幅)(?:下降|提升|改善|减少|增强|提高))"
)
# A preposition before a named body (经县住建局… / 通过县住建局… / 根据县住建局…; not 经开区管委会)
_BY_MEANS = re.compile(r"(?:经|通过|根据|依据|按照|在)\s*(?=[省市县区州旗盟各])")
_WITH_PARTNER = re.compile(r"(?:[要应]\s*)?(?:会\s*同|联\s*合)\s*")


def _with_partners(
    text: str, a: int, b: int, then: tuple[int, int] | None = None
) -> tuple[list[tuple[str, list[Unit]]], bool] | None:
    """([("牵头", A), ("配合", B)], False) when ``text[a:b]`` is ``(由)A(要)会同B + action`` /
    ``A联合B + action``; (…, True) when it is ``A会同B`` alone and the next phrase ``then``, opening
    with no unit, is the action (``A会同B、C，开展…``); None otherwise (联合开展执法 names no
    partner: an action must follow B; 各地要会同有关部门… names no lead)."""
    m = _WITH_PARTNER.search(text, a, b)
    if m is None:
        return None
    ua = _subject_start(text, _skip_ws(text, a, m.start()), m.start())
    if _BY_MEANS.match(text, ua, m.start()):
        return None  # 经A会同B，对…进行检查 / 通过A会同B…: the means of what is said, not who is to act
    leads = _unit_list(text, ua, m.start())
    if any(u.collective for u in leads):
        return None  # 各地要会同有关部门… / 各县区要会同…: who works with whom, no named lead
    after = _units_before_action(text, m.end(), b) if leads else None
    if after is None:
        return None
    ub, partners = after
    action_next = _skip_ws(text, ub, b) >= b
    if action_next:
        if then is None or text.startswith("是", _skip_ws(text, *then)):
            return None  # no action (…会同B。), or a judgement (…会同B，是…的重要举措)
        if not _ACTION_START.match(text, *then) and _opens_with_units(text, *then):
            if _INLINE_PHRASE.match(strip_ws(text[then[0] : then[1]])) is None:
                return None
            return _partnered(leads, partners), False  # …会同B，C配合，开展…: C's phrase reads on its own
        ub, b = then
    if _DONE_OR_ATTRIBUTE.match(text, ub, b):
        return None
    return _partnered(leads, partners), action_next


def _partnered(leads: list[Unit], partners: list[Unit]) -> list[tuple[str, list[Unit]]]:
    for u in leads:
        u.marker = u.marker or "lead"
    for u in partners:
        u.marker = u.marker or "support"
    return [("牵头", leads), ("配合", partners)]


def _opens_with_units(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` opens with named bodies of a place or collectives (县市场监管局配合 /
    各乡镇负责…), not with an action whose object ends like a unit (培育一批高新技术企业)."""
    after = _units_before_action(text, _skip_ws(text, a, b), b)
    return after is not None and all(_placed(u) or u.collective for u in after[1])


def _lead_and_support(parsed: list[tuple[str, list[Unit]]]) -> bool:
    """Whether the phrases read so far name a lead and a support: two phrases, or one whose
    units work with others (由A会同B、C负责)."""
    return len(parsed) >= 2 or any(u.marker == "support" for _, units in parsed for u in units)


def _goes_on_to_act(text: str, phrases: list[tuple[int, int]], k: int) -> bool:
    """Whether the sentence goes on at ``phrases[k]`` with the action its units are to take:
    not what was done (…，建立了联防联控机制) nor with a result later (…，取得明显成效)."""
    pa, pb = phrases[k]
    if _DONE_OR_ATTRIBUTE.match(text, pa, pb):
        return False
    return not any(_RESULT.match(text, _skip_ws(text, qa, qb), qb) for qa, qb in phrases[k + 1 :])


def _governs(ws: str) -> bool:
    """Whether the phrase ``ws`` is a party committee or government leading the work (县委负总责)."""
    g = _GOVERNING.match(ws) if ws.endswith(("责", "导")) else None
    if g is None:
        return False
    units = _AND.split(g.group("units"))
    return all(_PARTY_OR_GOVERNMENT.match(u) for u in units)


def _yao_before(text: str, ua: int, ub: int) -> int:
    """Where 要 (应) begins when it stands between the units ``text[ua:ub]`` and their verb, else -1."""
    j = _trim_end(text, ua, ub)
    return j - 1 if j - 1 > ua and text[j - 1] in "要应" else -1


# 在县农业农村局的指导下 / 在县委的统一领导下: a phrase opening a sentence
_UNDER = re.compile(r"^在.{2,40}?(?:(?P<guide>指导|督导|业务指导)|领导)下$")
_UNDER_UNITS = re.compile(r"\s*在\s*(?P<units>.{2,40}?)\s*(?:的\s*)?(?:业务\s*)?(?:指\s*导|督\s*导)\s*下")


def _guiding_units(text: str, a: int, b: int) -> list[Unit]:
    """The units of 在A、B的指导下 in ``text[a:b]``, when each is a named body of a place."""
    m = _UNDER_UNITS.match(text, a, b)
    if m is None:
        return []
    units = split_units(text, 0, m.start("units"), m.end("units"))
    return units if units and all(looks_like_unit(u.text) and _PLACED.match(u.text) for u in units) else []


# A named body of a place: 县发改局 / 宜春市林业局 / 各乡镇 — not 企业, 监管部门, 全县各部门, 市场主体
# (a township's or 街道's own: 镇综合行政执法队, 街道党政办 — not 镇村干部 / 乡村 / 街道干部)
_PLACED = re.compile(
    r"^(?:各\s*(?:乡镇|街道|镇|乡|县|区|市|村|社区|行政村|嘎查)|(?![全本我该外])[\u4e00-\u9fff]{0,6}?[省市县区州旗盟](?![场域级])[\u4e00-\u9fff（(]"
    r"|(?:镇|乡|街道)(?![村级镇乡里])(?![\u4e00-\u9fff]*干部$)[\u4e00-\u9fff]{2})"
)


def _placed(u: Unit) -> bool:
    # (各县 / 各村: a collective of places is named in two characters)
    return (len(u.text) >= 3 or u.text[0] == "各") and _PLACED.match(u.text) is not None


def _all_placed(parsed: list[tuple[str, list[Unit]]]) -> bool:
    """Whether every unit is a named body of a place; a collective a named body works with
    (县住建局会同有关部门…) counts as one."""
    units = [u for _, us in parsed for u in us]
    named_lead = any(u.marker == "lead" and not u.collective and _placed(u) for u in units)
    return all(_placed(u) or (named_lead and u.collective and u.marker == "support") for u in units)


def _minus_holes(a: int, b: int, holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    cur = a
    for h0, h1 in holes:
        if h1 <= cur or h0 >= b:
            continue
        if h0 > cur:
            out.append((cur, h0))
        cur = max(cur, h1)
    if cur < b:
        out.append((cur, b))
    return out


# a 责任 label's rank that makes its units the leads: 主要责任单位 / 主要负责单位 / 第一责任单位 (not
# 主体责任单位, the bodies bearing the duty, nor 第二责任单位)
_PRIMARY = re.compile(r"(?:主\s*要|第\s*一)\s*$")


def _label_kind(kind: str) -> str:
    k = strip_ws(kind)
    if k in _LEAD_WORDS:
        return "lead"
    if k in _SUPPORT_WORDS or k in _SUPPORT_NOUN_ONLY:
        return "support"
    return "resp"


def _assign_roles(sections: list[tuple[str, list[Unit]]], settings: GrammarSettings) -> list[Mention]:
    """Roles within one clause.

    牵头 (label or marker) -> lead/explicit; 负责 -> lead/explicit unless someone 牵头;
    配合/协助/… -> support/explicit; a 责任单位 list in a clause naming a lead -> support/explicit;
    otherwise the first listed unit leads (``first_listed``) and the rest support.
    """
    has_pin = any(
        (kind == "lead" and any(u.marker is None for u in units)) or any(u.marker == "lead" for u in units)
        for kind, units in sections
    )
    has_lead = has_pin or any(u.marker == "responsible" for _, units in sections for u in units)
    mentions: list[Mention] = []
    first_done = False
    for kind, units in sections:
        for u in units:
            if u.marker == "lead" or (kind == "lead" and u.marker is None):
                role, basis = "lead", "explicit"
            elif u.marker == "responsible" and not has_pin:
                role, basis = "lead", "explicit"
            elif kind == "support" or has_lead or u.marker is not None:
                role, basis = "support", "explicit"
            elif settings.first_listed_is_lead and not first_done:
                role, basis = "lead", "first_listed"
            else:
                role, basis = "support", "explicit"
            if kind == "resp":
                first_done = True
            mentions.append(_mention(u, role, basis))
    return mentions


def _mention(u: Unit, role: str, basis: str) -> Mention:
    return Mention(
        text=u.text,
        role=role,  # type: ignore[arg-type]
        basis=basis,  # type: ignore[arg-type]
        span=Span(u.start, u.end),
        portfolio=list(u.portfolio),
        collective=u.collective,
    )


def _inherit_mentions(names: list[tuple[str, int, int]], mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for who, a, b in names:
        if not who:
            continue
        # 以下均需各乡镇（办）落实 in a clause naming 各乡镇（办）党委、政府 means the latter.
        named = next((m for m in mentions if m.text == who), None) or next(
            (m for m in mentions if m.collective and m.text.startswith(who)), None
        )
        text = named.text if named else who
        out.append(Mention(text=text, role="support", basis="inherited", span=Span(a, b), collective=True))
    return out


# --------------------------------------------------------------------------- label-less


# 由A负责 / 具体由A牵头 / 均由A负责: the 由 and its adverb are not part of the unit.
# 此项工作由A负责 / 具体工作由A负责 / 上述任务均由A牵头 / 以上项目由A牵头 (under a 专栏's projects):
# the work named before 由 is not a unit either.
# 第二条 考核工作由A负责组织实施: neither the article's number nor the work it names (a few
# characters ending 工作/任务 right before 由) is part of the unit.
_BY = re.compile(
    r"(?:第[一二三四五六七八九十百零〇\d]{1,4}条\s*)?"
    r"(?:(?:此项|该项|这项|上述|以上|相关|日常|具体|各项|[\u4e00-\u9fff]{1,6}?)\s*(?:工作|任务|项目|工程|事项)\s*)?(?:具体|均|分别|统一|主要|并|仍|另)?\s*由"
)
# …按职责分工负责，其中A牵头: 其中 ("of whom") is not part of the unit either.
_AMONG = re.compile(r"其\s*中\s*")
# 第七条 A会同B… / 第七条 A牵头，B配合 (a rule's article): its number is not part of the unit
_ARTICLE = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,4}条\s*")
# （五）A牵头，B配合… / 3.A负责…: the item's own number, when the task opens with its clause, is not
# part of the unit either (1.5万 is a quantity: no digit after the number)
_ITEM_NUMBER = re.compile(
    r"(?:[（(]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[）)]|\d{1,3}\s*[.．、）)](?!\d)|[①-⑳]|[一二三四五六七八九十]{1,3}\s*、)\s*"
)


def _subject_start(text: str, i: int, hi: int) -> int:
    """Where the units of a phrase opening at ``i`` begin: after 由 and the work named before it,
    其中, or an article's or item's number."""
    number = _ITEM_NUMBER.match(text, i, hi)
    if number:
        i = number.end()
    by = _BY.match(text, i, hi) or _AMONG.match(text, i, hi) or _ARTICLE.match(text, i, hi)
    return _skip_ws(text, by.end(), hi) if by else i
_INLINE_PHRASE = re.compile(
    r"^(?:" + _BY.pattern + r"|" + _AMONG.pattern + r")?(?P<units>.+?)(?P<verb>为牵头单位|为牵头部门|为主|为配合单位|为配合部门|为协办单位|为参与单位|为责任单位|为责任部门|为责任主体|为实施主体|为第一责任单位|为主要责任单位|为牵头责任单位|牵头负责|牵头抓总|负责牵头|双牵头|牵头|负总责|负主体责任|负属地责任|负责统筹|负责指导|负责督导|负责监管|负责|主办|主抓|具体承办|承办|各负其责|积极配合|密切配合|协同配合|全力配合|主动配合|做好配合|做好指导|做好督导|参与配合|协助配合|负责配合|配合做好相关工作|配合做好有关工作|做好配合工作|做好相关工作|做好有关工作|抓好贯彻落实|贯彻落实|各司其职|联合开展|联合实施|配合|参与|参加|协助|协办|协同|督促指导|指导督促|业务指导|指导|支持|监督|督导|统筹协调|统筹推进|统筹|"
    r"按职责分工负责|按职责分工落实|按职责分工|分工负责|共同负责|分别负责|按各自职责抓好落实|按各自职责负责|按各自职责落实|抓好落实|抓落实|组织落实|具体落实|组织实施|具体实施|落实|推进)"
    r"(?P<then>督导|实施|落实|推进|抓落实|组织实施|组织落实|具体落实|具体实施|抓好落实|完成|属地责任|属地管理责任|主体责任|属地管理|组织|协调|推动)?$"
)
# A phrase of a label-less clause that is a date or a completion note, not units
# (（A牵头，B配合，2025年底前完成）): kept in the clause, read as no unit.
_DATE_PHRASE = re.compile(
    r"^(?:(?:于|在|力争|确保)?(?:\d{4}年|20\d\d|年底|年内|月底|长期|持续|每年|逐年|常态化)"
    # a short schedule note (按季度调度 / 每月通报), not an action (定期开展督导检查)
    r"|(?:每半年|每季度|每月|按季度|按月|定期)[\u4e00-\u9fff]{0,4}$)"
)
# 每季度开展一次联合检查 after a lead and a support: the schedule of the work, the clause is over
_SCHEDULE_START = re.compile(r"每(?:年|季度|半年|学期|月|周|旬)|按(?:季度|月|年)")
_SEGMENT_STOP_BACK = "。\n！？!?"
# A phrase that reports what was said or when it was done (…指出， / 近日， / 2022年以来，): the
# phrases after it are no assignment (会议要求，由A牵头… in minutes is a directive and reads)
_REPORTED = re.compile(r"(?:指出|强调|表示|介绍|透露|据悉|据了解|近日|(?<![\d〇一二三四五六七八九十号])日前|以来|近年来)\s*$")  # (6月30日前: a deadline)
_REPORTED_LAST = frozenset("出调示绍露悉解日前来")  # their last characters: a cheap first test
# 县委负总责 / 县委统一领导 / 各级党委政府负总责 (party committees and governments): how the work
# is led, a principle of the safeguards; 县工商联负总责 still leads a task
_GOVERNING = re.compile(r"^(?P<units>.+?)[要应]?(?:负总责|总负责|(?:统一|集中统一|全面|统筹)?领导)$")
_AND = re.compile(r"[、和]")
_PARTY_OR_GOVERNMENT = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,8}[省市县区州旗盟镇乡]|[\u4e00-\u9fff]{0,8}党工?)委$"
    r"|^[\u4e00-\u9fff]{0,8}[省市县区州旗盟镇乡]?(?:人民)?政府$|^(?:各级)?党委(?:和|、)?政府$"
)
_BOUNDARY = re.compile(r"[。\n！？!?（(〔【\[［）)〕】\]］]")
_VERB_CLOSES_PHRASE = re.compile(
    r"(?:负责|督导|实施|落实|推进|抓落实|组织实施|组织|协调|推动|抓总|统筹|指导|监管|完成|单位|部门)?[ \u3000\t]*(?:[）)〕】\]］。\n，,；;]|$)"
)
_WINDOW = 240
# A verb's short object closing its phrase (…负责资金保障，/ …配合做好经费保障。): the phrase may be
# a unit's part of the task (_part_object_cut)
# A会同B开展… / A联合B、C开展…: the partners and the action closing the phrase
_PARTNER_CLOSES = re.compile(r"[^，,；;。：:\s（(）)\n]{3,40}[ \u3000\t]*(?:[）)，,；;。\n]|$)")
_OBJECT_CLOSES = re.compile(r"(?!人(?!员)|同志|的)[^，,；;。：:\s（(）)\n]{2,16}[ \u3000\t]*(?:[）)，,；;。\n]|$)")


def _inline_clause(
    text: str, vs: int, ve: int, lo: int, hi: int, covered: int, settings: GrammarSettings
) -> tuple[Clause | None, int]:
    """``（A牵头，B配合）`` or ``。由A牵头，B参与。`` around the verb at ``vs``; None for narrative.

    Also returns where the next verb is worth a look: after a failure, the verbs up to the
    next bracket or sentence end would fail the same way.
    """
    # Cheap test first: the verb must close its phrase (负责人 does not), or a short object after
    # it (县委组织部负责制定培训计划，…)
    if not _VERB_CLOSES_PHRASE.match(text, ve, hi) and _skip_ws(text, ve, hi) < hi and not (
        (_PARTNER_CLOSES if text[vs] in "会联" else _OBJECT_CLOSES).match(text, ve, hi)
    ):
        return None, ve
    nb = _BOUNDARY.search(text, ve, hi)
    next_boundary = nb.start() if nb else hi
    # Walk back to the start of the enclosing bracket or sentence.
    depth = 0
    i = vs - 1
    seg_start = -1
    bracketed = False
    floor = max(lo, covered, vs - _WINDOW)
    while i >= floor:
        c = text[i]
        if c in CLOSE:
            depth += 1
        elif c in OPEN:
            if depth == 0:
                seg_start, bracketed = i, True
                break
            depth -= 1
        elif depth == 0 and c in _SEGMENT_STOP_BACK:
            seg_start = i
            break
        i -= 1
    if seg_start < 0:
        if floor == max(lo, covered) and depth == 0:
            seg_start = floor - 1  # the start of the range (or the end of a clause) starts a sentence
        else:
            return None, next_boundary
    # Walk forward to the end of the bracket or sentence.
    depth = 0
    j = ve
    seg_end = -1
    top = min(hi, ve + _WINDOW)
    while j < top:
        c = text[j]
        if c in OPEN:
            depth += 1
        elif c in CLOSE:
            if depth == 0:
                # unbracketed, the close of a bracket whose open OCR lost (。A牵头，B配合）)
                # or that opened before the sentence (（一是…。由A牵头，B配合）)
                seg_end = j
                break
            depth -= 1
        elif depth == 0 and (c == "\n" or (c == "。" and not bracketed)):
            # a bracket the line leaves open (clean-up joins the lines of a clause broken
            # mid-way, so its close was lost: （A、B按职责分工负责 / 2.…) ends at the line end
            seg_end = j
            break
        j += 1  # a bracket may hold sentences: （A、B按职责分工负责，C负责落实。以下均需C落实，不再列出）
    unclosed = bracketed and seg_end >= 0 and text[seg_end] not in CLOSE
    if not bracketed and seg_end >= 0 and text[seg_end] in CLOSE and (seg_start < 0 or text[seg_start] not in _SEGMENT_STOP_BACK):
        return None, next_boundary  # the open was not lost: the walk back stopped at no sentence end
    if seg_end < 0:
        if j >= hi and (not bracketed or depth == 0):
            seg_end, unclosed = hi, bracketed
        else:
            return None, next_boundary
    if not bracketed and text.startswith("负主体责任", vs):
        return None, next_boundary  # 企业负主体责任。: a principle of the safeguards, not a clause
    body_lo = seg_start + 1
    # （A牵头，B按职责分工负责，以下均需各设区市人民政府落实，不再列出）: the marker is read apart
    markers = list(INHERIT_RE.finditer(text, body_lo, seg_end)) if text.find("以", body_lo, seg_end) >= 0 else []
    holes = [(im.start(), im.end()) for im in markers]
    supervisors: list[Mention] = []
    mentions = _read_inline(text, body_lo, seg_end, settings, holes, bracketed, supervisors)
    if mentions is None:
        return None, min(next_boundary, seg_end) if next_boundary > ve else ve
    c_start = seg_start if bracketed else _skip_ws(text, body_lo, seg_end)
    # a bracket's close is the clause's; unbracketed, the stray close of one whose open was lost
    closes = seg_end < len(text) and text[seg_end] in CLOSE
    c_end = seg_end + 1 if closes else seg_end
    if not mentions and not bracketed:
        supervisors = []  # those of a reading that failed
        tail = _tail_clause(text, body_lo, seg_end, vs, settings, supervisors)
        if tail is not None:
            (c_start, c_end), mentions = tail
            markers = [im for im in markers if c_start <= im.start() < c_end]
    if not mentions:
        return None, min(next_boundary, seg_end) if next_boundary > ve else ve
    inherit = _inherit_mentions(
        [(strip_ws(im.group("who")), im.start("who"), im.end("who")) for im in markers], mentions
    )
    problems = ["unbalanced bracket"] if unclosed else []
    clause = Clause(span=Span(c_start, c_end), raw=text[c_start:c_end], mentions=mentions, inherit=inherit, problems=problems,
                    supervisors=supervisors if mentions else [])
    return clause, c_end


def _tail_clause(
    text: str, a: int, b: int, vs: int, settings: GrammarSettings, supervisors: list[Mention]
) -> tuple[tuple[int, int], list[Mention]] | None:
    """The closing phrases of a sentence or of a ；-part when they alone are units and verbs:
    ``加强水源地保护，由市水利局负责。`` / ``一是…，市水利局牵头，市生态环境局配合；二是…``.

    The part runs from the phrase holding the verb at ``vs`` to the next ``；`` (or the end of
    the sentence); it starts at the earliest phrase after which everything reads as units.
    Returns ((start, end), mentions) or None; the part's supervisors go to ``supervisors``.
    """
    cuts = [(i, text[i]) for i in _top_level_cuts(text, a, b)]
    if not cuts:
        return None
    # the part's end: the first ；after the verb, else the sentence end
    end = next((i for i, c in cuts if i > vs and c in "；;"), b)
    # candidate starts: after each ，/；before the verb, no further back than the last ；
    floor = max([i + 1 for i, c in cuts if i < vs and c in "；;"], default=a)
    for i in [i for i, _ in cuts if floor <= i + 1 and i < vs]:
        if _REPORTED.search(text, max(a, i - 6), i):
            return None  # 县长在会上指出，A要会同B… / 近日，A会同B…: said or done, not assigned
        watching: list[Mention] = []
        mentions = _read_inline(text, i + 1, end, settings, supervisors=watching)
        if mentions is None:
            return None  # a principle (县委统一领导，县政府具体负责): no later part of it is read
        if mentions:
            supervisors += watching
            lo = _skip_ws(text, i + 1, end)
            return (lo, end), mentions
    return None


def _read_inline(
    text: str,
    a: int,
    b: int,
    settings: GrammarSettings,
    holes: list[tuple[int, int]] | None = None,
    bracketed: bool = False,
    supervisors: list[Mention] | None = None,
) -> list[Mention] | None:
    """The mentions of a label-less clause filling ``text[a:b]``: [] when it is none, None when
    it states a principle (no closing part of it is read either). The bodies it names to
    supervise (督办单位：C / C为督办单位) go to ``supervisors`` when given."""
    # Split into phrases at depth-0 ，；, and at 、 right after a verb (A牵头、B配合).
    phrases: list[tuple[int, int]] = []
    depth = 0
    p = a
    for i in range(a, b):
        c = text[i]
        if c in OPEN:
            depth += 1
        elif c in CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and (
            c in "，,；;。"
            # A牵头、B配合 / A牵头 B配合 (a blank the clean-up kept after the verb)
            or (c in "、 " and (text[max(a, i - 2) : i] in _PHRASE_END_VERBS or text[max(a, i - 4) : i] in _PHRASE_END_LONG))
        ):
            phrases.append((p, i))
            p = i + 1
    phrases.append((p, b))
    if holes:  # phrases of an inheritance marker are not units
        phrases = [(pa, pb) for pa, pb in phrases if not any(h0 <= pa + 1 and pb <= h1 + 1 for h0, h1 in holes)]
    parsed: list[tuple[str, list[Unit]]] = []
    pending: list[Unit] = []  # （A牵头，B，C配合）: units written before the phrase whose verb they share
    with_object = 0  # phrases read as units, a verb and an object (各乡镇负责本辖区工作), or 要
    led = False  # 在县委的统一领导下 opened the sentence
    shared_action = False  # A会同B，开展…: the next phrase is the action A and B share
    for k, (pa, pb) in enumerate(phrases):
        ws = strip_ws(text[pa:pb])
        if not ws:
            continue
        if not bracketed and ws[-1] in _REPORTED_LAST and _REPORTED.search(ws):
            return None  # 2022年以来，A会同B，… / 县长指出，…: what was done or said, no later part either
        if shared_action:
            # A会同B，培育一批高新技术企业: the phrase after the partners is their action
            if not _goes_on_to_act(text, phrases, k):
                return []
            break
        if parsed and (PROSE_START.match(ws) or _SCHEDULE_START.match(ws) or _ACTION_START.match(ws)) and (
            _lead_and_support(parsed) or (bracketed and not ws.startswith(_UNITS_AFTER))
        ):
            # 由A牵头，B配合，积极争取国家发展改革委支持 / …，开展校园周边环境整治: after a lead and
            # a support the clause has ended and the sentence goes on; in a bracket one unit's phrase is enough
            # (（A负责，积极争取住房城乡建设部支持）), unbracketed one phrase then an action
            # (A牵头组织，定期开展督导) stays prose; …，建立了联防联控机制: what was done, no clause
            if not _goes_on_to_act(text, phrases, k):
                return []
            break
        if not bracketed and _governs(ws):
            return None  # 县委负总责，县政府具体负责。: who leads the work, a principle
        m = _INLINE_PHRASE.match(ws)
        if m is not None and _CLAUSE_VERB.search(m.group("units")) and _part_object_cut(text, pa, pb):
            m = None  # 县审计局负责审计监督: the verb matched is in the object (read below)
        weak = False
        if (not m or m.group("verb") in _WATCH_VERBS) and (watched := _watched(text, pa, pb, bool(parsed))) is not None:
            # （A牵头，B配合；督办单位：C） / A为牵头单位，…，C为督办单位: C supervises
            if supervisors is not None:
                supervisors += watched
            continue
        if not m:
            if _DATE_PHRASE.match(ws) or OTHER_LABEL_RE.match(ws) or LIST_NOTE.search(ws):
                # （2024年6月底前，A牵头，B配合） / （A牵头，2025年底前完成） / （A牵头，B配合，
                # 完成时限：…） / （A负责；责任领导：…） / （A牵头，B配合，下同）
                continue
            if parsed and (hui := _HUITONG.match(text, pa, pb)) is not None:
                # 由A牵头，会同B等部门制定实施方案: B works with the lead; the action after the
                # units ends the clause
                after = _units_before_action(text, hui.end(), pb)
                if after is not None:
                    ub, units = after
                    for u in units:
                        u.marker = u.marker or "support"
                    parsed.append(("配合", pending + units))
                    pending = []
                    if _skip_ws(text, ub, pb) < pb:
                        break
                    continue
            if (found := _with_partners(text, pa, pb, phrases[k + 1] if k + 1 < len(phrases) else None)) is not None:
                # 县住建局会同县自然资源局开展专项整治: A leads, B works with it; outside a
                # bracket a part stated as the others are (named bodies of a place, or a
                # collective working with one)
                partnered, shared_action = found
                parsed += partnered
                with_object += len(partnered)
                continue
            if (part := _part_object_cut(text, pa, pb)) is not None:
                # （A牵头，各乡镇负责本辖区工作）: read as （A牵头，各乡镇负责） — the object is
                # their part of the task (_find_verb_end takes the verb before it)
                cut, part_verb, leadership = part
                if leadership and not bracketed:
                    return None  # 县委负责统一领导，县政府负责组织实施: the safeguards' principle
                m = _INLINE_PHRASE.match(strip_ws(text[pa:cut]) + part_verb)
                weak = True
            elif (under := _UNDER.match(ws)) is not None:
                # 在A的指导下，B负责…: A guides the unit that carries the task; 在县委的统一领导下
                # names no unit of the task
                if under.group("guide") and (units := _guiding_units(text, pa, pb)):
                    # 在市政府督查室督导下，A牵头…: the 督查室 checks the work, it does none (a
                    # phrase of the clause all the same, read as its supervisors at the end)
                    watching = under.group("guide") == "督导" and supervisors is not None
                    parsed.append((_UNDER_WATCH if watching else "指导", units))
                else:
                    led = True
                continue
        if not m:
            # a bracket may open with units and no verb (（A、B，C配合））: they wait for the next verb
            alone = split_units(text, 0, pa, pb) if parsed or bracketed else []
            if alone and all(looks_like_unit(u.text) for u in alone):
                pending += alone
                continue
            if _lead_and_support(parsed) and not pending and not with_object and _goes_on_to_act(text, phrases, k):
                # …，谋划储备一批重大项目: after a lead and a support, the action they share (not
                # after phrases that stated theirs: …会同有关部门加强统筹，重大情况及时报告)
                break
            return []
        verb = written = m.group("verb")
        if not bracketed and verb in _BRACKET_ONLY_VERBS:
            return []  # 各乡镇为责任主体，县农业农村局负责指导。 in the safeguards: a principle
        if verb in ("负主体责任", "负属地责任"):
            verb = "负责"
        if verb == "负责" and m.group("then") in _CARRY_OUT and parsed:
            verb = "落实"  # …A、B按职责分工负责，各设区市人民政府负责落实: they carry it out locally
        # Map the units part back onto the text: it starts after an optional (具体)由.
        ua = _subject_start(text, _skip_ws(text, pa, pb), pb)
        if verb == "为主" and text.startswith("以", ua):
            ua += 1  # 以A为主，B配合: A leads
        ub = _find_verb_end(text, ua, pb, written)
        if ub is None:
            return []
        yao = _yao_before(text, ua, ub)
        if yao >= 0:
            ub, weak = yao, True  # 县城管局要积极配合: what the unit is to do, as a part with an object
        if verb.startswith("为"):  # A为牵头单位，B为配合单位 / A为责任主体
            lead = "牵头" in verb or "第一" in verb or "主要" in verb or verb == "为主"  # A为第一责任单位 / (以)A为主
            verb = "牵头" if lead else "负责" if ("责任" in verb or "主体" in verb) else "配合"
        elif verb in ("承办", "具体承办"):  # A承办，B协办 / A负责，B具体承办 (B carries it out)
            verb = "负责" if verb == "承办" else "具体落实"
        if verb in ("负总责", "统筹", "统筹协调", "统筹推进", "牵头抓总", "负责牵头", "主办", "负责统筹", "主抓", "双牵头"):
            # overall responsibility, coordination: the lead, as 牵头 (only beside a clause verb)
            verb = "牵头"
        elif verb in ("各负其责", "各司其职", "联合开展", "联合实施", "做好相关工作", "做好有关工作"):
            verb = "按职责分工负责"  # …，B、C各负其责: their share, as 按职责分工负责
        elif verb in _MANNER_VERBS:
            verb = _MANNER_VERBS[verb]  # 积极配合 / 做好督导 / 配合做好相关工作: as 配合 / 督导
        hui = text.find("会同", ua, ub)
        if hui == ua:
            # …A牵头，会同B、C共同推进: B and C work with the lead
            units = split_units(text, 0, ua + 2, ub)
            for u in units:
                u.marker = u.marker or "support"
        elif hui > ua:
            # A会同B负责: A leads, B works with it
            units = split_units(text, 0, ua, hui) + split_units(text, 0, hui + 2, ub)
            k = len(split_units(text, 0, ua, hui))
            for n, u in enumerate(units):
                u.marker = u.marker or ("lead" if n < k else "support")
        else:
            units = split_units(text, 0, ua, ub)
        if not units or not all(looks_like_unit(u.text) for u in units):
            if _LEADER_NAMED.search(strip_ws(text[ua:ub])):
                continue  # （省政府副省长王某某牵头，A具体负责）: the leader answering for it is no unit
            return []
        if pending and not parsed and (verb in _INLINE_SUPPORT or verb.startswith("牵头")):
            # （A、B，C配合）: the units before the first verb are the responsible ones (as
            # 责任单位：A、B；配合单位：C), not more supporters; （A、B，C牵头）: C leads them
            parsed.append(("负责" if verb in _INLINE_SUPPORT else "配合", pending))
            pending = []
        parsed.append((verb, pending + units))
        pending = []
        with_object += weak
    if not parsed or pending:
        return []
    if led and len(parsed) == 1 and not bracketed:
        return None  # 在县委的统一领导下，县政府负责组织实施。: who leads whom, a principle
    if not bracketed and all(_UNNAMED.fullmatch(u.text) for _, units in parsed for u in units):
        return []  # 各地负责组织发动，各级负责具体实施。: how work is shared, nobody named
    if not bracketed and with_object == len(parsed) and not (len(parsed) >= 2 and _all_placed(parsed)):
        # outside a bracket, 县财政局负责资金保障。 alone states a duty, as prose does; beside
        # another phrase (…，县应急局配合。) it is the clause's lead. Phrases that all state parts
        # assign them when every unit is a named body of a place (县发改局负责项目申报，县财政局
        # 负责资金拨付。); 企业负责…，监管部门负责… states the principle of who does what
        return []
    if supervisors is not None and any(v in _WATCH_VERBS for v, _ in parsed) and not all(
        v in _WATCH_VERBS or v == _UNDER_WATCH for v, _ in parsed
    ):
        # （A牵头，B配合，C督导） / （A负责，C监督）: C checks the work the others do, as a 督导单位
        # does (no support, no workload); alone (（C负责督导）) the checking is the task, C its unit
        parsed = [(_UNDER_WATCH if v in _WATCH_VERBS else v, us) for v, us in parsed]
    has_lead = any(v.startswith("牵头") or v == "负责" for v, _ in parsed) or any(
        u.marker == "lead" for _, units in parsed for u in units
    )
    if any(v in _GUIDE_VERBS for v, _ in parsed):
        # A负责指导 beside a unit that leads or carries the task (B为责任主体 / B负责实施) is
        # guidance (support); with nobody else responsible, A is
        parsed = [(("指导" if has_lead else "负责") if v in _GUIDE_VERBS else v, us) for v, us in parsed]
        has_lead = has_lead or any(v == "负责" for v, _ in parsed)
    has_pin = any(v.startswith("牵头") for v, _ in parsed)
    mentions: list[Mention] = []
    first_done = False
    for verb, units in parsed:
        if verb == _UNDER_WATCH:
            supervisors += [_watcher(u) for u in units]  # type: ignore[operator]
            continue
        # （A、B负责）: a list that is responsible together reads like （责任单位：A、B）
        shared = verb == "负责" and not has_pin and len(units) > 1 and all(u.marker is None for u in units)
        for n, u in enumerate(units):
            if verb == "分别负责" and not has_pin:
                role, basis = "lead", "explicit"  # （A、B分别负责）: each leads its own part, as 分别牵头
            elif shared and settings.first_listed_is_lead:
                role, basis = ("lead", "first_listed") if n == 0 else ("support", "explicit")
            elif u.marker == "support":
                role, basis = "support", "explicit"
            elif u.marker == "lead" or verb.startswith("牵头") or (verb == "负责" and not has_pin):
                role, basis = "lead", "explicit"
            elif verb in _INLINE_SUPPORT or has_lead or u.marker == "support":
                role, basis = "support", "explicit"
            elif settings.first_listed_is_lead and not first_done:
                # （A、B按职责分工负责）: no lead named, the plans' convention applies
                role, basis = "lead", "first_listed"
            else:
                role, basis = "support", "explicit"
            if verb not in _INLINE_SUPPORT:
                first_done = True
            mentions.append(_mention(u, role, basis))
    return mentions


# Collectives that name no body, level or place (各地 / 各级 / 各方 / 各部门 / 有关单位 /
# 各地各部门): a sentence naming only them states how work is shared, as prose does; in a
# bracket after a task they are its units all the same
_UNNAMED = re.compile(r"(?:各\s*(?:地区?|级|方|部门|单位|(?:有关|相关|责任|成员)\s*(?:部门|单位))|(?:有关|相关)\s*(?:部门|单位))+")

# C为督办单位 / C督办 / C负责跟踪督办, a phrase beside those of the units doing the work
_UNDER_WATCH = "在…督导下"  # the phrase of 在A督导下 among a clause's phrases: A supervises
# (督查 / 全程监督 / 跟踪督导 as 督办)
_AS_SUPERVISOR = re.compile(
    r"(?:为\s*" + _SUPERVISING + r"|(?:负\s*责\s*)?(?:(?:跟\s*踪|全\s*程)\s*)?(?:督\s*办|督\s*查|督\s*导|监\s*督))\s*$"
)
_SUPERVISOR_FIELD = re.compile(r"\s*" + _SUPERVISOR_LABEL)


def _watched(text: str, a: int, b: int, after_units: bool) -> list[Mention] | None:
    """The bodies of a phrase naming who supervises (督办单位：C、D, or after the phrases of the
    units doing the work C为督办单位 / C督办), else None."""
    field = _SUPERVISOR_FIELD.match(text, a, b)
    if field is not None:
        lo, hi = field.end(), b
    elif after_units and (m := _AS_SUPERVISOR.search(text, a, b)) is not None:
        lo, hi = a, m.start()
    else:
        return None
    units = split_units(text, 0, lo, hi)
    if not units or not all(looks_like_unit(u.text) for u in units):
        return None
    return [_watcher(u) for u in units]


# A leader named by title and name: 省政府副省长王某某 / 市委常委、副市长李XX / 县长张三同志
_LEADER_NAMED = re.compile(r"(?:省长|市长|县长|区长|州长|书记|秘书长|常委|主任|主席)[\u4e00-\u9fff某XＸ×*＊]{2,4}$")
# PROSE_START words that open a phrase of units after the lead's (A牵头，会同B推进 / A牵头，配合…)
_UNITS_AFTER = ("会同", "配合")
# 指导/支持 (A负责，B指导): only beside a unit that carries a clause verb; alone they are prose
_INLINE_SUPPORT = {"配合", "参与", "参加", "协助", "协办", "协同", "指导", "支持", "监督", "督导"}
# 负责落实 / 负责具体落实 after another unit's phrase: carrying the task out locally (support)
_CARRY_OUT = {"落实", "具体落实", "抓好落实", "组织落实"}
_PHRASE_END_VERBS = {"牵头", "负责", "配合", "参与", "参加", "协助", "协办", "协同", "落实"}
_PHRASE_END_LONG = {"牵头组织", "牵头抓总", "负责统筹"}  # A牵头组织、B配合
_GUIDE_VERBS = {"负责指导", "负责督导", "负责监管"}
# A phrase whose only verb checks the work (督导 / 监督, 负责督导, 做好督导): its units supervise
# where other phrases name the units doing the work
_WATCH_VERBS = {"督导", "监督", "负责督导"}
_MANNER_VERBS = {
    **dict.fromkeys(
        ("积极配合", "密切配合", "协同配合", "全力配合", "主动配合", "做好配合", "参与配合", "协助配合", "负责配合",
         "配合做好相关工作", "配合做好有关工作", "做好配合工作"),
        "配合",
    ),
    "做好指导": "指导",
    # A负责，B督促指导: B guides as 指导 alone says (was no clause at all)
    **dict.fromkeys(("督促指导", "指导督促", "业务指导"), "指导"),
    "做好督导": "督导",
    "抓好贯彻落实": "抓好落实",
    "贯彻落实": "落实",
}
# Wordings read only inside a bracket: standing as a sentence they state how work is shared
# (各乡镇为责任主体 / 各有关部门要各负其责 / 县财政局负责统筹) more often than assign a task
_BRACKET_ONLY_VERBS = _GUIDE_VERBS | {"为责任主体", "为实施主体", "各负其责", "各司其职", "负责统筹", "主抓"}


_VERB_AT_END: dict[str, re.Pattern[str]] = {}


def _find_verb_end(text: str, ua: int, pb: int, verb: str) -> int | None:
    """Position in ``text[ua:pb]`` where the verb of the phrase begins (whitespace tolerant).

    The last time it is written: 各乡镇按照“谁主管、谁负责”原则负责 quotes it before.
    """
    pattern = _VERB_AT_END.get(verb)
    if pattern is None:
        pattern = _VERB_AT_END[verb] = re.compile(r"(?s:.*)(" + _sp(verb) + r")[^，,；;]*$")
    m = pattern.match(text, ua, pb)
    return None if m is None else m.start(1)


def is_unit_collective(name: str) -> bool:
    return is_collective(name)
