"""The plan's title: the 《…》 of its cover letter (关于印发《…》的通知), else the first line
naming a kind of plan (a title broken over two lines read whole), a notice that is the plan
itself (关于做好…工作的通知), or a heading opening with a place and a year.

The largest concern of metadata: the line-by-line rules for what is and is not a title.
"""

from __future__ import annotations

import re

from respgraph.structure.meta.dates import CN_DATE, DATE
from respgraph.structure.meta.head import DOC_NO, ORGAN, short_lines, squash
from respgraph.structure.meta.kinds import _ENDS_WITH_KIND, _LEDGER_KINDS, _LIST_KINDS, _PLAN_KINDS, _TITLE_BRACKET, DUTY_KINDS
from respgraph.structure.meta.places import find_place

# 关于印发《…》的通知; 关于转发《…》的通知 (a county forwarding its city's plan, or the city's
# 关于印发…的通知 itself, read again); 关于印发调整后的《…》的通知 (was titled 调整后的《…)
_LETTER_TITLE = re.compile(
    r"(?:关于)?(?:印发\s*(?:(?:调整|修订|修改|更新)后的\s*)?(?:《(?P<a>[^》]{4,80})》|(?P<b>.{4,80}?))|转发\s*《(?P<c>[^》]{4,80})》)\s*的\s*通\s*知"
)


# a notice changing or adding to a plan already issued (…关于印发《XX方案》的补充通知 / …关于调整《XX方案》
# 部分责任单位的通知 / …关于《XX方案》有关事项的补充通知): titled whole, not by the plan it amends (its
# items are the changes, not that plan's tasks)
_AMENDING_NOTICE = re.compile(
    r"^[^。，,；;：:]{0,40}关于[^。，,；;：:]{0,80}?(?:的补充通\s*知|(?:调整|补充|修改|变更)[^。，,；;：:]{0,80}的通\s*知)$"
)


def find_title(head: str) -> str:
    """The plan's own title: the 《…》 of the cover letter, else the first title-like line.

    Only short lines count for the cover letter, so that a ``关于印发…的通知`` cited inside
    the preamble of a run-together text is not taken for the plan's title. A title broken
    over two lines (``上饶市2023年深入打好污染防治攻坚战`` / ``工作要点``) is read whole.
    """
    for line in short_lines(head)[:3]:
        s = squash(line)
        if _AMENDING_NOTICE.match(s) and ("印发" not in s or s.endswith("补充通知")):
            return s  # (关于印发调整后的《XX方案》的通知 prints the plan: titled by it, below)
    joined = squash("".join(short_lines(head)))
    m = _LETTER_TITLE.search(joined)
    if m:
        if m.group("c"):
            return find_title(m.group("c") + "\n") or _unquote(m.group("c"))
        printed = _unquote((m.group("a") or m.group("b")).strip("《》"))
        return _with_issuer(printed, short_lines(head))
    # (a table's row, its cells set apart by tabs, is no title: 1\t…\t市自然资源和规划局 names 规划)
    lines = _close_quotes([squash(ln)[:80] for ln in head.splitlines() if ln.strip() and not _CELLS.search(ln)])
    # 附件 / 附件2： alone on the first line of an attachment published as a file of its own (a
    # 分工表 sheet): a label, not the head of the title below it (was 附件四川省…分工, and its
    # place 附件四川省); the title below it may stand in 《》, as the attachment's own
    if lines and _ATTACHMENT_LABEL.match(lines[0]):
        lines = lines[1:]
        if lines:
            lines[0] = _WHOLE_QUOTE.sub(r"\1", lines[0])
    # (为贯彻落实《XX市…实施方案》，结合我县实际，制定本方案。: the preamble's sentence names the
    # plan it follows, or this plan's kind, and is no title)
    lines = [s for s in lines if not _PREAMBLE_LINE.match(s) and not _FOLLOW_PROMPT.match(s)]
    # (目录 / 目　录 alone: a table of contents' heading, never the head of a title broken over lines)
    lines = [s for s in lines if _CONTENTS.fullmatch(s) is None]
    if lines and _NEWS_HEADLINE.match(_untagged(lines[0])):
        # a news report: the plan it names in 《》 (记者从…获悉，…印发《XX市…方案》), else a title line below
        lines = lines[1:]
        if quoted := _quoted_title(lines):
            return quoted
    for n, s in enumerate(lines):
        s = _untagged(_FILE_EXT.sub("", s))
        title = _kind_title(s)
        if title == s and n + 1 < len(lines) and _KIND_LINE.match(lines[n + 1]):
            # XX县农村供水保障三年行动 / 实施方案: a title broken before its last kind word
            return s + lines[n + 1]
        if title == s and n + 1 < len(lines) and len(lines[n + 1]) <= 2 and _kind_title(s + lines[n + 1]) == s + lines[n + 1]:
            # …重点工作任务分工 / 表: the kind's last character wrapped onto a line of its own
            return s + lines[n + 1]
        if title:
            return title
        if n + 1 < len(lines) and _organ_over_kind(s, lines[n + 1]):
            return s + lines[n + 1]
        if n + 1 < len(lines) and _title_head(s) and _TITLE_TAIL.match(lines[n + 1]) and not _own_title(s, lines[n + 1]):
            title = _kind_title(s + lines[n + 1])
            if title and len(title) > len(s):
                return title
    return _quoted_title(lines)


def _with_issuer(printed: str, lines: list[str]) -> str:
    """The printed title of a list of duties, after the issuer heading its cover letter when it
    names no place of its own: 南京市生态环境保护委员会关于印发成员单位职责的通知 prints
    成员单位职责, one of every committee's, titled 南京市生态环境保护委员会成员单位职责 (the
    report's and the workbook's plan column named no city). Only a list of duties: a plan's printed title without a place
    (2022年全市生态环境保护工作要点) is its own, as the letter prints it."""
    if not printed.endswith(DUTY_KINDS) or find_place([printed])[0] is not None:
        return printed
    for ln in lines:
        s = squash(ln)
        k = s.find("关于")
        if k > 0 and ("印发" in s[k:] or "转发" in s[k:]):
            issuer = s[:k]
            if ORGAN.search(issuer) and not _SENTENCE.search(issuer) and find_place([issuer])[0] is not None:
                return issuer + printed
            break
    return printed


def _quoted_title(lines: list[str]) -> str:
    """The first plan's title in 《》 naming a place, or ""."""
    return next((t for s in lines for t in _QUOTED.findall(s) if _kind_title(t) == t and find_place([t])[0]), "")


# a sentence of the preamble: opening with its purpose or basis, then a stop or comma
_PREAMBLE_LINE = re.compile(r"^(?:为了?|根据|按照|依据|遵照|贯彻|结合|围绕|现将|现就)[^\n]*?[，,。；;]")
# a WeChat article's prompt to follow its account, over the headline (关注 / “宜昌发布” / 了解宜昌最新
# 资讯): no title's head (了解宜昌最新资讯 was joined to the headline under it, and the plan had no place)
# (nor is its posting time, 2021-07-02 19:30, squashed to 2021-07-0219:30)
_FOLLOW_PROMPT = re.compile(
    r"^(?:(?:关注|订阅)(?:我们|本号|公众号)?|了解[^，。,]{1,16}(?:资讯|动态|新闻|信息)|“[^”]{2,16}”"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\d{1,2}:\d{2}(?::\d{2})?)?)$"
)
# a news report's headline over the plan it reports (萍乡出台水污染防治攻坚行动方案 / 赣州市出台…三年
# 行动计划 / 广丰区部署2024年…): the place, or its government, and the verb; the plan's own title
# is below it, in the report's 《》 or on a line of its own (was the headline: no year, the plan's
# 年底前 without one). A title naming the work 信息发布 does not open with a place and the verb. Only
# the first line of the head: a report opens with its headline.
_NEWS_HEADLINE = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,10}?[省市县区州旗]|[\u4e00-\u9fff]{2})(?:人民政府|政府|政府办公室|委|办)?"
    r"(?:出台|印发|发布|出炉|推出|部署|公布)(?!.*的通知$)"
)
# a plan's kind alone on a line (实施方案 / 工作要点（2024—2026年）): the tail of a broken title
_KIND_LINE = re.compile("^(?:" + "|".join(_PLAN_KINDS) + r")(?:[（(][^（）()]{2,12}[）)])?$")


_CELLS = re.compile(r"\S\t+\S")
_CONTENTS = re.compile(r"目\s*录[：:]?")
_ATTACHMENT_LABEL = re.compile(r"^附件[0-9一二三四五六七八九十]*[:：]?$")
# a WeChat or news headline's tag before the plan's title (重磅！/ 权威发布｜/ 【关注】): no part
# of the title (重磅！大理州…行动计划 named no place, so the 州's units had none); a tag naming
# the place stays, the title's only place (宁乡县｜…), read out of its brackets (【宁乡县】…)
_HEADLINE_TAG = re.compile(
    r"^(?:【(?![^【】]*[省市县区州旗盟镇乡]】)[^【】\d]{1,8}】"
    r"|(?![^！!｜|丨]*[省市县区州旗盟镇乡][！!｜|丨])[^，。；：、,;:《》“”（）()\d]{1,6}[！!｜|丨]+)\s*"
)
_PLACE_TAG = re.compile(r"^【([^【】\d]{1,8}[省市县区州旗盟镇乡])】")


def _untagged(s: str) -> str:
    """``s`` without a headline's tag before the title (see ``_HEADLINE_TAG``)."""
    return _PLACE_TAG.sub(r"\1", _HEADLINE_TAG.sub("", s))
_WHOLE_QUOTE = re.compile(r"^《([^《》]{4,78})》$")


# 《…》 holding a title: a page that only cites the plan it posts (a WeChat account's
# 重磅！《泾县…行动方案》来了！) is titled by it when nothing else is, if it names its place
_QUOTED = re.compile(r"《([^《》]{4,60})》")


def _close_quotes(lines: list[str]) -> list[str]:
    """``lines`` with a 《 left open at a line's end joined to the lines that close it (a phone
    page wraps every 12–20 characters: 《泾县全域旅游 / 提质升级行动方案》), at most two more."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        s, k = lines[k], k + 1
        for _ in range(2):
            if k < len(lines) and s.count("《") > s.count("》") and "》" in "".join(lines[k : k + 2]):
                s, k = s + lines[k], k + 1
        out.append(s)
    return out


_FILE_EXT = re.compile(r"\.(docx?|pdf|txt|html?|wps)$", re.I)
# the second line of a title broken in two: short, no sentence or document-number punctuation
# (one character too: a title wrapped by the layout, not by hand, may leave its last one alone —
# …工作方 / 案, …任务分工 / 表 — in a PDF's or OFD's lines)
_TITLE_TAIL = re.compile(r"^[^。，,；;：:〔［\[]{1,30}$")

# a notice that is itself the plan: 宜丰县人民政府办公室关于做好2023年秸秆禁烧工作的通知
_NOTICE_TITLE = re.compile(r"^[^。，,；;：:]{0,40}关于[^。，,；;：:]{2,60}的通\s*知$")


def _title_head(s: str) -> bool:
    """Whether ``s`` can be the first line of a broken title: not a sentence, date, number,
    issuer or letterhead (某市人民政府办公室文件, often in a text box of its own, above the title)."""
    return bool(s) and s[-1] not in "。；;：:，," and not (
        DATE.search(s) or CN_DATE.search(s) or DOC_NO.search(s) or ORGAN.search(s) or _LETTERHEAD.search(s)
    )


_LETTERHEAD = re.compile(r"(?:人民政府|政府|委员会|办公室|办公厅|党委|委|局|厅)文件$")


def _own_title(above: str, s: str) -> bool:
    """Whether ``s`` is a title on its own, not the second line of one broken after ``above``:
    a whole title opening with a place (安福县2023年大气污染防治工作方案) below a line naming
    none (a portal's menu 政策文件 or 走进九江 left above the title). A title broken after
    关于深入打好污染防治攻坚战 or 某县创建国家生态文明 goes on without a place of its own."""
    # (a headline's tag and verb around it count as the title's line: 【政策】宜昌市…工作方案印发
    # under a WeChat account's name 宜昌发布)
    s = _untagged(s)
    t = _kind_title(s)
    return len(t) >= 12 and s.startswith(t) and find_place([t])[0] is not None and find_place([above])[0] is None


def _kind_title(s: str) -> str:
    """``s`` up to the plan kind it names (and the bracket after it), or "".

    A kind inside 《》 or （） is another document's (贯彻落实《XX实施方案》的工作方案,
    （征求意见稿））; a line ending with a kind is titled whole (…五年规划和二〇三五年远景目标纲要).
    A division list's kind counts only in a line naming no plan kind (XX实施方案任务分工表 is
    titled XX实施方案). A ledger's kind followed by a comma or stop is a sentence's word
    (各单位要建立问题整改台账，实行销号管理。), not a title.
    """
    # (no title runs past a full stop: 1.漓江干流生态修复工程（…）。已完成投资3.2亿元，占年度计划的85%。
    # is a report's item, its 计划 a sentence's word; the report was titled by it)
    stop = _FULL_STOP.search(s)
    limit = min(60, stop.start()) if stop else 60
    for group in (_PLAN_KINDS, _LIST_KINDS):
        if group is _LIST_KINDS and _NOTICE_TITLE.match(s):
            break  # 关于做好2024年民生实事工作的通知: a notice naming a list, titled whole (notice_title)
        end = next((e for kind in group for e in [_kind_end(s, kind, limit)] if e), 0)
        if end and s.endswith(_LEDGER_KINDS, 0, end) and _SENTENCE.match(s, end):
            end = 0
        if end and s.endswith(DUTY_KINDS, 0, end) and (_SENTENCE.search(s) or _HEADING_NUMBER.match(s)):
            # 各成员单位职责如下： / 二、成员单位职责: a sentence or a heading naming the duties, no title
            end = 0
        if end:
            b = _TITLE_BRACKET.match(s, end)
            end = b.end() if b else end
            if end < len(s) <= 60 and _ENDS_WITH_KIND.search(s) and not _SENTENCE.search(s, end):
                end = len(s)
            return s[:end]
    # a run-together head (…关于印发《XX区…实施方案》的通知… on one long line): the plan printed
    cited = _PRINTED.search(s, 0, 200)
    return _kind_title(cited.group(1)) if cited else ""


# a heading's number (二、 / （一） / 3. / 第二章): a line it opens is a heading, not the title
_HEADING_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}[.．、]|第[一二三四五六七八九十\d]{1,3}[章条部分节])")


# the plan a cover letter prints, its 》 lost past the line's first 200 characters
_PRINTED = re.compile(r"印发《([^《》]{4,60})")


# 反馈意见 / 督察意见 / 审计意见: the findings the plan answers, not its kind (…督察反馈意见整改清单
# was titled …督察反馈意见, a plan of kind 意见); one closing the line is read as before
_FINDINGS_BEFORE = ("反馈", "督察", "督查", "巡视", "巡察", "审计")


def _kind_end(s: str, kind: str, limit: int = 60) -> int:
    """The end of the first ``kind`` in ``s`` that may end a title, before ``limit`` (0: none)."""
    k = s.find(kind, 4)
    while 0 <= k and k + len(kind) <= limit:
        if kind == "意见" and s.endswith(_FINDINGS_BEFORE, 0, k) and s[k + 2 :].strip():
            k = s.find(kind, k + 1)
            continue
        if not _bracketed(s, k) and not _IN_NAME.match(s, k + len(kind)):
            return k + len(kind)
        k = s.find(kind, k + 1)
    return 0


# a kind's word inside a body's name: 市自然资源和规划局 / 规划院 / 规划委员会 / 计划生育 (a
# sentence of a minutes' preamble naming 市自然资源和规划局 was titled …市自然资源和规划, kind 规划)
# (区规划和自然资源局 / 市发展和改革委员会: the name goes on past 和 to the body's own word)
_IN_NAME = re.compile(r"[局院所处科厅馆站]|委员会|中心|生育|和[\u4e00-\u9fff]{1,8}?(?:局|厅|委员会)")


def _organ_over_kind(above: str, s: str) -> bool:
    """Whether ``s`` is a kind alone (会议纪要 / 专题会议纪要) under the organ issuing it
    (洛阳市人民政府 / 会议纪要, the way minutes are headed): the title is the two lines read as one."""
    return bool(_KIND_ALONE.match(s)) and bool(ORGAN.search(above)) and not _SENTENCE.search(above) and len(above) <= 30


_KIND_ALONE = re.compile(r"^[\u4e00-\u9fff]{0,6}会议纪要$")


_SENTENCE = re.compile(r"[，,。；;：:]")
_FULL_STOP = re.compile(r"[。；;！？!?]")


def _bracketed(s: str, k: int) -> bool:
    """Whether position ``k`` of ``s`` is inside 《…》 or （…）."""
    head = s[:k]
    return head.count("《") > head.count("》") or head.count("（") + head.count("(") > head.count("）") + head.count(")")


def _unquote(s: str) -> str:
    """“…” around a whole title are dropped; the quotes of “十四五”… are the title's own."""
    if s.startswith("“") and s.endswith("”") and s.count("“") == 1:
        return s[1:-1]
    return s


# 关于全县安全生产督查情况的通报 / 关于表扬…先进单位的通报: a 通报 (a 督查室's findings and what each
# unit is to do next) is titled by its own line, not by a sentence of its preamble naming a kind
# (为深入推进…三年行动，… / …整治计划)
# (…关于《XX方案》2023年上半年工作进展情况的报告 / XX市2022年…工作总结 / …工作进展情况报告: a report
# on the work, titled as such; it was titled by the plan it quotes in 《》, kind 行动方案)
_REPORT_TITLE = re.compile(
    r"^[^。，,；;：:]{0,40}关于[^。，,；;：:]{2,60}的(?:通\s*报|报\s*告)$"
    r"|^[^。，,；;：:关]{4,60}(?:情况|进展|工作)(?:的)?(?:报\s*告|总\s*结)$"
)


def report_title(head: str) -> str:
    """The title of a 通报 (关于…的通报) or a report (关于…情况的报告 / …工作总结) standing on a line of
    the head, or ""."""
    for line in short_lines(head):
        s = squash(line)
        if _REPORT_TITLE.match(s) and "印发" not in s and "转发" not in s:
            return s
    return ""


def notice_title(head: str) -> str:
    """The title of a notice that is the plan itself (关于做好…工作的通知), or ""."""
    for line in short_lines(head):
        s = squash(line)
        if _NOTICE_TITLE.match(s) and "印发" not in s:
            return s
    return ""


# 隆回县2024年重点项目推进表 / XX县2023年第二季度督查通报: a list or ledger of a kind no title
# rule knows, its first line naming the place and the year
_DATED_HEADING = re.compile(r"^[^。，,；;：:、（）()《》“”]{2,20}?(?:19|20)\d{2}年[^。，,；;：:]{2,40}$")


def _dated_heading(head: str) -> str:
    """The head's first line when it opens with a place and a year (and is no sentence or
    signature date: 隆回县人民政府办公室2024年3月12日), or ""."""
    line = next((squash(ln) for ln in head.splitlines() if ln.strip()), "")
    if _DATED_HEADING.match(line) and not DATE.search(line) and find_place([line])[0] is not None:
        return line
    return ""
