"""A document-sharing site's excerpt of the document, printed above the full text.

人人文库 and its like show the document's first few hundred characters as a teaser over the text
(``内容提示：XX区2022年安全生产工作要点成高管发〔2022〕5号…一、压实安全生产责任1.严格落实…2.落实企业安全生产主……``),
the text then following in full. Read as the plan's start, its first items were read twice: the
teaser's last, cut-off item swallowed the full text down to where the numbering it expected came
back, and the place in the title was lost. The line goes when its words (blanks aside) open the
text after it; a teaser whose words do not reappear there is left alone.
"""

from __future__ import annotations

import re

from respgraph.clean.edits import Edit

# 内容提示：… / 文本预览：… / 文档简介：… (or no label) opening a long line cut with …… / ...
_LABEL = re.compile(r"[ \t]*(?:(?:内容提示|文本预览|文档预览|文档简介|内容简介|资源描述|文档摘要|摘要|简介)[ \t]*[:：][ \t]*)?")
_CUT = ("…", "...")
_BLANKS = re.compile(r"\s+")
_HEAD = 4000  # a teaser stands over the text, among the site's lines at its head
_SAME = 60  # how many of the teaser's first characters must open the text after it
_LONG = 40  # a teaser's length, at least


def site_excerpt_edits(text: str) -> list[Edit]:
    """Delete the site's teaser line when the full text after it opens with the same words."""
    pos = 0
    while pos < min(len(text), _HEAD):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line = text[pos:end].rstrip(" \t")
        if len(line) >= _LONG and line.endswith(_CUT):
            words = _BLANKS.sub("", line[_LABEL.match(line).end() :].rstrip("….").rstrip())
            after = _BLANKS.sub("", text[end : end + 2 * len(line) + 200])
            if len(words) >= _LONG - 2 and after.startswith(words[:_SAME]):
                return [(pos, min(end + 1, len(text)), "")]
        if nl < 0:
            break
        pos = nl + 1
    return []
