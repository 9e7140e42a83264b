"""Where a document's body ends: the 附件 lines (attachments) and the 抄送/印发 footer (``body_regions``)."""

from __future__ import annotations

import re

# 附件 / 附件1：… / 附件：新八大标志性战役… on a line of its own ends the plan body;
# so do the distribution lines (抄送/印发, a minutes' 分送) at the foot of an official document.
# Each is a whole line's head (no match holds a line break). Matched at the text's start, then
# searched for after a line break: a pattern opening with a literal lets the engine skip in C to
# the next break (a ^ of re.M is tried at every position: 8x slower over a plan).
_ATTACHMENT = re.compile(r"[ \t\u3000]*附[ \t\u3000]*件[ \t\u3000]*[\d一二三四五六七八九十]*[ \t\u3000]*(?:[：:].{0,60})?[ \t\u3000]*$", re.M)
_FOOTER = re.compile(r"[ \t\u3000]*(?:抄送|抄报|分送|印发)[ \t\u3000]*[：:]", re.M)
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


def body_regions(text: str) -> tuple[int, int | None, int]:
    """(body end, attachment start or None, footer start) — see the module constants."""
    att = _line_heads(_ATTACHMENT, _ATTACHMENT_NL, text, True)
    foot = _line_heads(_FOOTER, _FOOTER_NL, text, True)
    ends = [m[0][0] for m in (att, foot) if m]
    end = min(ends) if ends else len(text)
    att_start = None
    if att:
        # the attachment proper begins at the last 附件 line (the first is often the list of attachments)
        att_start = _line_heads(_ATTACHMENT, _ATTACHMENT_NL, text, False)[-1][1]
    return end, att_start, foot[0][0] if foot else len(text)
