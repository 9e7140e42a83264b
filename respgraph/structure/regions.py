"""Where a document's body ends: the 附件 lines (attachments), the 抄送/印发 footer and a portal's
政策解读 of the plan under it (``body_regions``)."""

from __future__ import annotations

import re

# 附件 / 附件1：… / 附件：新八大标志性战役… on a line of its own ends the plan body;
# so do the distribution lines (抄送/印发, a minutes' 分送) at the foot of an official document.
# Each is a whole line's head (no match holds a line break). Matched at the text's start, then
# searched for after a line break: a pattern opening with a literal lets the engine skip in C to
# the next break (a ^ of re.M is tried at every position: 8x slower over a plan).
_ATTACHMENT = re.compile(r"[ \t\u3000]*附[ \t\u3000]*件[ \t\u3000]*[\d一二三四五六七八九十]*[ \t\u3000]*(?:[：:].{0,60})?[ \t\u3000]*$", re.M)
_FOOTER = re.compile(r"[ \t\u3000]*(?:抄送|抄报|分送|印发)[ \t\u3000]*[：:]", re.M)
# A portal page's 政策解读 of the plan, under the plan (政策解读：/ 【解读】《…》政策解读 / ▲ 政策解读 ▲ /
# 相关解读： / 【图解】一图读懂… / 关于《…》的解读): it restates the plan's tasks and who leads them
# (（一）开展岸线整治复绿，由市自然资源局牵头), which are no tasks of their own; nor is what follows
# it (its 解读机关 and 联系电话, the page's links). Nor is a portal's list of related pages under the
# plan (相关链接： / 相关文件： / 相关新闻, then their titles: 1.某县“十四五”生态环境保护规划 was read
# as a task). Whole lines only: 加强政策解读。 is a task's words.
_INTERPRETATION = re.compile(
    r"[ \t\u3000]*[▲▼●◆■★▶►]*[ \t\u3000]*(?:"
    r"【(?:政策|文字|图片|图文|视频|专家|权威)?(?:解读|图解)】[^\n]{0,80}"
    r"|(?:相关|政策|文件|权威|专家)解读[ \t\u3000]*[▲▼]*[ \t\u3000]*(?:[：:][^\n]{0,80})?"
    r"|(?:关于)?《[^》\n]{2,80}》(?:的)?(?:政策)?解读(?:[（(][一二三四五六七八九十]+[）)])?"
    r"|相关(?:链接|文件|新闻|报道|阅读|附件)[ \t\u3000]*[：:]?"
    r")[ \t\u3000]*$",
    re.M,
)
_INTERPRETATION_NL = re.compile("\n" + _INTERPRETATION.pattern, re.M)
# (a link to the 解读 above the plan, on the portal's head, ends nothing: the heading counts once
# the plan has given out work before it — a unit label or a bracket naming a lead, not a news
# report's 由市生态环境局牵头负责 over a 解读 and the plan under it — or past the text's middle)
_WORK_BEFORE = re.compile(
    r"(?:牵头|责任|配合|协办|主办|参与)(?:单位|部门)|[（(【〔][^）)】〕\n]{0,40}(?:牵头|负责)[^）)】〕\n]{0,40}[）)】〕]"
)
_ATTACHMENT_NL = re.compile("\n" + _ATTACHMENT.pattern, re.M)
_FOOTER_NL = re.compile("\n" + _FOOTER.pattern, re.M)


def _line_heads(at_start: re.Pattern[str], after_nl: re.Pattern[str], text: str, first_only: bool) -> list[tuple[int, int]]:
    """(start, end) of the lines' heads ``at_start`` matches, in order (the first only if asked)."""
    first = at_start.match(text)
    out = [first.span()] if first is not None else []
    if out and first_only:
        return out
    for m in after_nl.finditer(text, out[0][1] if out else 0):
        out.append((m.start() + 1, m.end()))  # (after the break)
        if first_only:
            break
    return out


# ...and in a page run together onto long lines (no line breaks left), the same headings inside a
# line, where only their colon or bracket marks them (相关链接：… / 政策解读：《…》解读 / 【解读】)
# (each alternative opens with its literal, so that the scan skips in C to the next 相 / 政 / 文 / 【
# instead of trying the pattern at every position: (?:政策|相关|文字)解读 opened with a group. No two
# alternatives match at one position, so their order changes no match)
_INTERPRETATION_INLINE = re.compile(r"相关链接[：:]|政策解读[：:]|相关解读[：:]|文字解读[：:]|【(?:政策|文字|图片|图文)?解读】")
_RUN_TOGETHER_LINE = 300


def _interpretation_start(text: str) -> int | None:
    """Where a portal's 政策解读 of the plan, or its list of related pages, starts under the plan:
    a heading on a line of its own (inside a line only in a page run together), counted once the
    plan has given out work before it (``_WORK_BEFORE``) or past the text's middle; else None.

    >>> plan = "一、重点任务\\n1.加强政策解读。（牵头单位：县生态环境局）\\n政策解读：\\n1.由县生态环境局牵头。\\n"
    >>> plan[_interpretation_start(plan):].split("\\n")[0]
    '政策解读：'
    >>> _interpretation_start("相关解读：\\n" + plan.replace("政策解读：", "（二）推进治理。")) is None  # a link on the page's head
    True
    """
    if "解读" not in text and "图解" not in text and "相关" not in text:
        return None
    starts = [start for start, _ in _line_heads(_INTERPRETATION, _INTERPRETATION_NL, text, False)]
    for m in _INTERPRETATION_INLINE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if (len(text) if line_end < 0 else line_end) - line_start > _RUN_TOGETHER_LINE:
            starts.append(m.start())
    for start in sorted(starts):
        if start > len(text) // 2 or _WORK_BEFORE.search(text, 0, start):
            return start
    return None


def body_regions(text: str) -> tuple[int, int | None, int]:
    """(body end, attachment start or None, footer start) — see the module constants."""
    att = _line_heads(_ATTACHMENT, _ATTACHMENT_NL, text, True)
    foot = _line_heads(_FOOTER, _FOOTER_NL, text, True)
    interp = _interpretation_start(text)
    if interp is not None and (not foot or interp < foot[0][0]):
        foot = [(interp, interp)]
    if interp is not None and att and att[0][0] > interp:
        att = []  # a 附件 line inside the 解读 (its own attachments): none of the plan's
    ends = [m[0][0] for m in (att, foot) if m]
    end = min(ends) if ends else len(text)
    att_start = None
    if att:
        # the attachment proper begins at the last 附件 line (the first is often the list of attachments)
        att_start = [h for h in _line_heads(_ATTACHMENT, _ATTACHMENT_NL, text, False) if interp is None or h[0] < interp][-1][1]
    return end, att_start, foot[0][0] if foot else len(text)
