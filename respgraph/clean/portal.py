"""Steps 4-5, what is not the document: a flattened text's paragraph breaks, download-site and
portal boilerplate, page-number debris and running headers inside sentences.
"""

from __future__ import annotations

import re

from respgraph.clean.edits import Edit
from respgraph.clean.lines import _PARAGRAPH_END, _STARTS_MARKER
from respgraph.clean.script import _HAN_RE


# --------------------------------------------------------------------------- 4: site boilerplate

# Keys that download/document-sharing sites print above a document (资源ID: 174391 ...).
_SITE_KEY = re.compile(
    r"^[\s\-|·•]*(?:资源ID|资源大小|资源格式|资源类型|全文页数|文档页数|文档格式|文档大小|文件大小|文件格式"
    r"|下载积分|所需积分|下载次数|浏览次数|下载量|浏览量|收藏次数|上传时间|上传者|上传人|贡献者|文档编号"
    r"|文档分类|文档价格|VIP价格|金币|积分)\s*[:：]",
    re.I,
)
# Words that only a download site's tips use.
_SITE_WORDS = re.compile(
    r"本站|本网站|下载积分|金币|迅雷|浏览器|水印|预览文档|网盘|VIP|立即下载|下载文档|文档下载|上传者|用户上传"
)
# A government portal's page furniture around a copied document: breadcrumbs, font-size and
# print/close links, QR-code and site-registration footers (主办单位：…承办单位：… on one line).
# The operators are named without a list's stops (；，。): 承办单位：A；协办单位：B、C；督办单位：D (a 督办
# notice's clause, its last lines) is no footer.
_PORTAL_FOOTER = r"(?:主办|承办)单位\s*[:：][^；;。，,]{1,40}(?:承办|协办|技术支持|维护)单位?\s*[:：]"
_PORTAL_PAGE = (
    r"打印本页|关闭窗口|【打印】|【关闭】|扫一扫在手机|网站标识码|ICP备|公网安备|网站地图|您当前的位置|当前位置\s*[:：]"
    r"|首页\s*[>＞»]|字号\s*[:：]\s*[【\[]?\s*大|发布时间\s*[:：]\s*\d{4}|责任编辑\s*[:：]|分享到\s*[:：]|[上下]一篇\s*[:：]"
    # a WeChat (政务公众号) article's head and tail: its source, editor and checker lines, 阅读原文,
    # the follow prompt, — END —, 往期推荐 and the share bar
    r"|(?m:^)[ \t]*(?:来源|编辑|审核|校对)\s*[:：]|阅读原文|微信扫一扫|关注该公众号"
    r"|—\s*END\s*—|往期推荐|往期回顾|点赞\s*在看|分享\s*收藏|点击蓝字"
)
# The characters a match can open with (_PORTAL_PAGE's at a line's head: a blank, 来 or 编): a
# look-ahead for them lets the regex engine reject every other position with one set test
# instead of trying each alternative there (the same matches; scans 2-3x faster).
_PORTAL_PAGE_FIRST = "打关【扫网I公您当首字发责分上下阅微来编审校—往点 \t"
_PORTAL_FOOTER_FIRST = "主承"


def _opening_with(chars: str, pattern: str) -> re.Pattern[str]:
    return re.compile("(?=[" + chars + "])(?:" + pattern + ")")


_PORTAL_WORDS = _opening_with(_PORTAL_PAGE_FIRST + _PORTAL_FOOTER_FIRST, _PORTAL_PAGE + "|" + _PORTAL_FOOTER)
# The page's own furniture, without the 主办单位：…协办单位： footer (a clause's labels read alike).
_PORTAL_PAGE_RE = _opening_with(_PORTAL_PAGE_FIRST, _PORTAL_PAGE)
# A site's 主办单位：…承办单位：… footer line is its own evidence, even alone: the grammar would
# read it as a clause naming the site's operators.
_PORTAL_FOOTER_LINE = re.compile(_PORTAL_FOOTER)
_TIP_HEADING = re.compile(r"^[\s\-|·•]*(?:友情提示|温馨提示|特别提示|下载提示|免责声明|相关资源|相关文档|猜你喜欢)\s*[:：]?\s*$")
_NUMBERED = re.compile(r"^\s*\d{1,2}\s*[、.．)）]")
_FILENAME = re.compile(r"^\s*\S.{0,150}\.(?:docx?|pdf|wps|txt|rtf|xlsx?|pptx?|html?)\s*$", re.I)
_DEBRIS = re.compile(r"^[\s\-|_=*~·•—]*$")


def _boilerplate_kind(line: str) -> str | None:
    """'strong' for a line only a download site writes, 'weak' for debris it also leaves."""
    if _SITE_KEY.match(line) or _TIP_HEADING.match(line):
        return "strong"
    # the length first: a paragraph's line of 200 characters or more is not searched for the words
    if (len(line) < 200 or _NUMBERED.match(line)) and (_SITE_WORDS.search(line) or _PORTAL_WORDS.search(line)):
        return "strong"
    if _DEBRIS.match(line) or _FILENAME.match(line):
        return "weak"
    return None


def _lines_forward(text: str):
    pos = 0
    while pos <= len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        yield pos, end
        if nl < 0:
            return
        pos = nl + 1


def _lines_backward(text: str):
    end = len(text)
    while end >= 0:
        nl = text.rfind("\n", 0, end)
        yield nl + 1, end
        if nl < 0:
            return
        end = nl


def _site_block(text: str, lines) -> tuple[int, int] | None:
    """(start, end) of the leading lines (in ``lines`` order) that form a site block."""
    strong = 0
    count = 0
    footer = False
    block: tuple[int, int] | None = None
    in_tips = False
    for s, e in lines:
        line = text[s:e]
        if not line.strip():
            continue
        kind = _boilerplate_kind(line)
        footer = footer or (kind == "strong" and _PORTAL_FOOTER_LINE.search(line) is not None)
        numbered = bool(_NUMBERED.match(line))
        if kind is None and in_tips and numbered and len(line) < 200:
            kind = "weak"  # a further numbered tip of the site's tip list (5、试题试卷类文档…)
        if kind is None:
            break
        in_tips = kind == "strong" and (numbered or bool(_TIP_HEADING.match(line))) or (in_tips and numbered)
        count += 1
        strong += kind == "strong"
        block = (s, e) if block is None else (min(block[0], s), max(block[1], e))
    # A lone file-name or dash line is not enough: a site block has site-only wording.
    return block if block and strong and (count >= 2 or footer) else None


# A document flattened onto one long line (a scraper that joined paragraphs with spaces):
# a space run before a heading or item marker was a paragraph break.
_FLAT_LINE_MIN = 300
# (each pattern here that opens with a run of blanks opens at the run's first: tried at each
# blank of a long run, a run followed by no match took time quadratic in its length; the blank
# comes first and the look-behind after it, so the scan skips to the next blank in C)
_FLAT_BREAK = re.compile(
    r"[ \u3000](?<![ \u3000][ \u3000])[ \u3000]*(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?![\d.．])|【|"
    r"(?P<label>(?:牵头|责任|配合)单位\s*[:：]))"
)


_STOP_SPACE = re.compile(r"。[ \u3000]")


def _flat_line_edits(text: str) -> list[Edit]:
    """Space runs before markers -> line breaks, only in lines too long to be one paragraph
    that hold at least three heading or item markers after a space (a real paragraph seldom
    spaces before 二、; labels such as 责任单位： are split too, but do not count)."""
    edits: list[Edit] = []
    for s, e in _lines_forward(text):
        if e - s < _FLAT_LINE_MIN:
            continue
        found = list(_FLAT_BREAK.finditer(text, s, e))
        # counted: heading and item markers (a label after a stop is common in wrapped text);
        # and most full stops must be followed by a space, as where paragraphs were joined
        # with spaces (run-together OCR text has stray spaces, but not after its stops)
        if sum(not m.group("label") for m in found) < 3:
            continue
        stops = text.count("。", s, e)
        if (stops and 2 * len(_STOP_SPACE.findall(text, s, e)) >= stops) or _counts_on(text, found):
            edits.extend((m.start(), m.end(), "\n") for m in found)
    return edits


_SPACED_NUMBER = re.compile(r"[ \u3000]+(\d{1,2})[.．、]")


def _counts_on(text: str, found: list[re.Match]) -> bool:
    """Whether the item numbers after spaces count on, 1 2 3 in a row: paragraphs of several
    sentences joined with spaces (only their last stop is followed by one)."""
    run, prev = 1, None
    for m in found:
        n = _SPACED_NUMBER.match(text, m.start())
        if n is None:
            continue
        v = int(n.group(1))
        run = run + 1 if prev is not None and v == prev + 1 else 1
        prev = v
        if run >= 3:
            return True
    return False


def _site_boilerplate_edits(text: str) -> list[Edit]:
    """Delete download-site lines before the body (from the start) and after it (to the end)."""
    edits: list[Edit] = []
    head = _site_block(text, _lines_forward(text))
    if head:
        edits.append((0, min(head[1] + 1, len(text)), ""))
    tail = _site_block(text, _lines_backward(text))
    if tail:
        start = max(tail[0] - 1, 0)
        if edits and start < edits[0][1]:  # everything is boilerplate: keep the text
            return []
        edits.append((start, len(text), ""))
    return edits


# --------------------------------------------------------------------------- 5: page numbers

_PAGE_BODY = (
    r" *(?:[-—–－─]+ *\d{1,4} *[-—–－─]+"  # - 3 -   — 12 —
    r"|第 *\d{1,4} *页(?: *[,，/ ] *共 *\d{1,4} *页)?"  # 第 3 页, 第3页/共22页
    r"|共 *\d{1,4} *页 *第 *\d{1,4} *页"
    r"|\d{1,4} */ *\d{1,4}"  # 3/22
    r"|[Pp]age *\d{1,4}(?: *(?:of|/) *\d{1,4})?"
    r"|(?P<lone>\d{1,3})"  # a lone number: see _page_number_edits
    r") *"
)
# Patterns that start with a literal newline let the regex engine skip ahead with a fast
# literal search instead of trying every position (re.M ``^`` is tried everywhere).
_PAGE_LINE_NL = re.compile(r"\n(" + _PAGE_BODY + r")(?=\n|\Z)")
_PAGE_LINE_FIRST = re.compile(_PAGE_BODY + r"(?=\n|\Z)")


def _is_prose(line: str) -> bool:
    return len(line.strip()) >= 15 and "\t" not in line


# A page's number the scraper ran into the text with the line breaks around it (县农第2页 共9页业农村局
# / 渝水生-6-态环境局): 第N页 共M页 anywhere, a number between dashes only between two Han
# characters (2021—2025年 / 流域-河口 / G-5 are no page numbers).
_PAGE_OF_INLINE = re.compile(r"第 ?\d{1,4} ?页 ?[,，/]? ?共 ?\d{1,4} ?页")
_PAGE_DASHED_INLINE = re.compile(r"[-—–－─]{1,2} ?\d{1,3} ?[-—–－─]{1,2}")
_PAGE_DASHES = "-—–－─"


def _inline_page_number_edits(text: str) -> list[Edit]:
    edits = [(m.start(), m.end(), "") for m in _PAGE_OF_INLINE.finditer(text)]
    for ch in _PAGE_DASHES:  # literal finds: a class of non-ASCII dashes scans slowly
        i = text.find(ch, 1)
        while i >= 0:
            m = _PAGE_DASHED_INLINE.match(text, i)
            if m:
                a = i - (text[i - 1] == " ")  # one blank either side goes too
                b = m.end() + (text[m.end() : m.end() + 1] == " ")
                if a and _HAN_RE.match(text, a - 1) and _HAN_RE.match(text, b):
                    edits.append((a, b, ""))
            i = text.find(ch, i + 1)
    edits.sort()
    return edits


# A portal's page furniture inside the text (a scraper that took each page of a long document
# with its 打印本页 / 关闭窗口 / 来源：… 发布时间：… lines): such a short line is dropped anywhere.
_PORTAL_LINE_MAX = 80


def _portal_line_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for m in _PORTAL_PAGE_RE.finditer(text):
        s = text.rfind("\n", 0, m.start()) + 1
        if edits and s < edits[-1][1]:
            continue
        e = text.find("\n", m.end())
        e = len(text) if e < 0 else e
        if e - s <= _PORTAL_LINE_MAX and "。" not in text[s:e] and not _NUMBERED.match(text[s:e]):
            edits.append((s, min(e + 1, len(text)), ""))
    return edits


# A page copied with its line breaks lost (a one-line scrape, a WeChat article pasted flat): the
# portal's furniture runs into the first and last sentences of the document, where the line
# rules above never see it. Its opening run (breadcrumb, font size, print/close links, 来源/发布时间/
# 浏览次数, a WeChat follow prompt) is cut from the first long line; its closing run (QR code,
# print/close, site registration, attachment download, a WeChat END and share bar) from the last.
_CRUMB_NEXT = r"(?=\s*[>＞»]|[\s【]|打印|来源|发布|字体|字号|浏览)"
_HEAD_TOKEN = (
    r"首页(?:\s*[>＞»]\s*[^>＞»\s【]{1,12}?" + _CRUMB_NEXT + r")+"
    r"|【?\s*(?:字体|字号)\s*[:：]?\s*[【\[]?\s*大\s*中\s*小\s*[】\]]?\s*】?"
    r"|【?(?:打印本页|关闭窗口|打印|关闭|我要纠错|收藏本页|加入收藏)】?"
    r"|来源\s*[:：]\s*[^\s:：]{1,30}?(?=\s|发布|时间|日期|浏览|作者|【)"
    r"|(?:发布|发文|成文)?(?:时间|日期)\s*[:：]\s*\d{4}[-年./]\d{1,2}[-月./]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|(?:浏览|点击|阅读|访问)(?:次数|量)\s*[:：]\s*\d+"
    r"|点击(?:上方)?蓝字\s*关注我们|点击(?:上方)?蓝字|关注我们"
)
_HEAD_RUN = re.compile(r"[ \t\u3000]*(?:(?:" + _HEAD_TOKEN + r")[ \t\u3000]*)+")
_TAIL_START = re.compile(
    r"扫一扫在手机|【?打印本页】?|【?关闭窗口】?|【?我要纠错】?|网站标识码|ICP备|公网安备|附件下载"
    r"|—\s*END\s*—|往期推荐|点赞\s*在看|分享到|阅读原文|相关链接|主办单位\s*[:：][^。；;，,]{1,40}?(?:网站标识码|ICP备|承办|协办|技术支持)"
)
_FLAT_TAIL_MAX = 400  # the closing run is looked for this far from the end, and holds no 。


def _flat_page_furniture_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    s = 0  # the first line with text
    while s < len(text) and text[s] == "\n":
        s += 1
    e = text.find("\n", s)
    e = len(text) if e < 0 else e
    if e - s > _PORTAL_LINE_MAX:
        m = _HEAD_RUN.match(text, s, e)
        if m and m.group().strip():
            edits.append((s, m.end(), ""))
    e = len(text)  # the last line with text
    while e > 0 and text[e - 1] == "\n":
        e -= 1
    s = text.rfind("\n", 0, e) + 1
    if e - s > _PORTAL_LINE_MAX:
        for m in _TAIL_START.finditer(text, max(s, e - _FLAT_TAIL_MAX), e):
            if "。" not in text[m.start() : e] and (not edits or m.start() >= edits[0][1]):
                edits.append((m.start(), e, ""))
                break
    return edits


# Bold set off with ** (an article copied through a Markdown editor: **三、保障措施**): the pair of
# markers is dropped when it closes on the same line within a heading's length; a lone ** stays.
_BOLD_MAX = 80


def _bold_marker_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    i = text.find("**")
    while i >= 0:
        j = text.find("**", i + 2)
        if j < 0:
            break
        if j - i <= _BOLD_MAX and "\n" not in text[i:j]:
            edits += [(i, i + 2, ""), (j, j + 2, "")]
            i = text.find("**", j + 2)
        else:
            i = j
    return edits


def _page_number_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    first = _PAGE_LINE_FIRST.match(text)
    hits = [(0, first.end(), first.group("lone"))] if first else []
    hits += [(m.start(1), m.end(1), m.group("lone")) for m in _PAGE_LINE_NL.finditer(text)]
    for start, end, lone in hits:
        # A lone number is a page number only between two prose lines; in a table rendered one
        # cell per line (序号 column) it is data.
        if lone is not None:
            before = text[max(0, start - 4000) : start].rstrip("\n ")
            prev = before[before.rfind("\n") + 1 :]
            after = text[end : end + 4000].lstrip("\n ")
            nxt = after[: after.find("\n")] if "\n" in after else after
            if not (_is_prose(prev) and _is_prose(nxt)):
                continue
        a, b = _footnotes_above(text, start), min(end + 1, len(text))
        edits.append((_blank_lines_before(text, a), _blank_lines_after(text, b), ""))
    return edits


# The blank lines a PDF copy sets around a page number (…、区自然 / / — 2 — / / 资源局、…) are the
# page break's, not a paragraph's: they go with the number, so that a sentence or a unit list the
# break cut reads on (a blank line ended the label's list there: 区自 as a unit).
_BLANKS = " \t"


def _blank_lines_before(text: str, a: int) -> int:
    """Start of the blank lines just above the line starting at ``a`` (the newline ending the
    last line with text stays)."""
    k = a
    while k >= 2 and text[k - 1] == "\n":
        j = k - 1
        while j > 0 and text[j - 1] in _BLANKS:
            j -= 1
        if j == 0 or text[j - 1] != "\n":
            break
        k = j
    return k


def _blank_lines_after(text: str, b: int) -> int:
    """End of the blank lines starting at ``b`` (the start of the next line with text)."""
    k = b
    while k < len(text):
        j = k
        while j < len(text) and text[j] in _BLANKS:
            j += 1
        if j >= len(text) or text[j] != "\n":
            break
        k = j + 1
    return k


# A page's footnotes, printed above its number: a marked note defining a term (①“两客一危”：指… /
# 注：机扫率指…) or naming a source (数据来源：…). Read as text they would open an item (①) or run
# into the unit list the page break cut. (注：排在第一位的为牵头单位 is the plan's own note: kept.)
# (指 defines only after a term closed by a quote or a colon, or as 是指: an item ① may say 指挥 /
# 指导 / 指标, and taken for a note it went with the page number, the lines between too)
_FOOTNOTE = re.compile(
    r"[ \t]*(?:(?:[①-⑩]|\[\d{1,2}\]|［\d{1,2}］|\*)\s*[^。\n]{0,30}?(?:是指|[”\"’」：:]\s*指)"
    r"|注\s*[:：][^。\n]{0,30}?(?:是指|指(?![导挥标南引数定出示派明令]))"
    r"|(?:[①-⑩]\s*)?(?:数据|资料)来源\s*[:：])"
)
_FOOTNOTE_LINES = 3  # a note wrapped over lines: its marked first line this far above the number


def _footnotes_above(text: str, start: int) -> int:
    """Where the footnote block above the page-number line at ``start`` begins (``start`` when
    there is none)."""
    top = at = start
    for _ in range(_FOOTNOTE_LINES):
        if at <= 0:
            break
        s = text.rfind("\n", 0, at - 1) + 1
        if _FOOTNOTE.match(text, s, at):
            if _NOT_A_NOTE.match(text, s, at):
                break  # 注：排在第一位的为牵头单位，“各地”是指…: the plan's own note
            top = s
        elif _NOT_A_NOTE.match(text, s, at):
            break  # an item or a unit list between the number and a note further up is text
        at = s
    return top


# a line no footnote's is: one opening an item (2. / （三） / 四、) or naming units (牵头 / 责任单位)
_NOT_A_NOTE = re.compile(r"[ \t\u3000]*(?:\d{1,2}\s*[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[^\n]*(?:牵头|责任单位|配合单位))")


# A scan's running header or footer printed again on each page, inside a sentence broken across
# the page: one of the title page's first lines (the document's title, its number, the issuing
# body), a red-headed letterhead (XX县人民政府办公室文件) or a document number (渝党发〔2022〕9号),
# after the title page, standing alone between a prose line that ends with no stop and a line
# that goes on. Clause
# lines repeat as content (县水利局牵头负责 under each item) and stay: only the title page's lines
# count when they repeat.
_HEADER_MAX = 40
_DOC_NUMBER_LINE = re.compile(r"〕\d{1,4}号[ \t]*\n")
_HEADER_TOP = 5  # the title page's first non-blank lines
_HEADER_NOT = re.compile(r"[。；;：:，,]")
_LETTERHEAD = re.compile(
    r"(?:中共)?[\u4e00-\u9fffXx]{2,20}(?:人民政府|委员会|办公室|办公厅|委|局|厅)文件$"
    r"|[\u4e00-\u9fff]{1,8}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号$"
)


def _goes_on(line: str) -> bool:
    """Whether ``line`` may continue the sentence of the line before: no item or heading opens it."""
    return bool(line) and not _STARTS_MARKER.match(line) and "\t" not in line


def _next_line(lines: list[str], k: int) -> str:
    """The next non-blank line after ``lines[k]``, stripped ("" at the end)."""
    for ln in lines[k + 1 : k + 4]:
        if ln.strip():
            return ln.strip()
    return ""


def _is_running_header(s: str, top: list[str], k: int, top_end: int) -> bool:
    if not 4 <= len(s) <= _HEADER_MAX or _HEADER_NOT.search(s) or _STARTS_MARKER.match(s):
        return False
    return k > top_end and (s in top or _LETTERHEAD.match(s) is not None)


def _title_page(text: str) -> tuple[list[str], int, int]:
    """The first non-blank lines, the index of the last of them and where the text after it starts."""
    top: list[str] = []
    k = pos = 0
    while len(top) < _HEADER_TOP and pos < len(text):
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        if text[pos:nl].strip():
            top.append(text[pos:nl].strip())
            if len(top) == _HEADER_TOP:
                return top, k, nl
        k += 1
        pos = nl + 1
    return top, k, len(text)


# The plan's own title set as the running head of every page of a notice's attachment (the title
# page above is the cover letter's): a title-like line, ending with its kind, written whole on
# its own line three times or more
_TITLE_LINE = re.compile(r"\n([^\n。，,；;：:]{4,38}(?:方案|要点|计划|安排|规划|意见|办法|清单|细则|纲要|分工))(?=\n)")
_RUNNING_TITLE_MIN = 3


def _running_titles(text: str, after: int) -> list[str]:
    seen: dict[str, int] = {}
    for m in _TITLE_LINE.finditer(text, max(0, after - 1)):
        seen[m.group(1).strip()] = seen.get(m.group(1).strip(), 0) + 1
    return [s for s, n in seen.items() if n >= _RUNNING_TITLE_MIN]


def _running_header_edits(text: str) -> list[Edit]:
    top, top_end, after = _title_page(text)
    top = top + _running_titles(text, after)
    # most plans print no header inside the text: one scan per title-page line tells (the line loop
    # below is only for those that do)
    if not any(text.find(s, after) >= 0 for s in top if 4 <= len(s) <= _HEADER_MAX) and (
        text.find("文件\n", after) < 0 and _DOC_NUMBER_LINE.search(text, after) is None
    ):
        return []
    lines = text.split("\n")
    edits: list[Edit] = []
    pos = 0
    prev = ""  # the last non-blank line kept
    for k, ln in enumerate(lines):
        s = ln.strip()
        end = pos + len(ln)
        if s and prev and prev[-1] not in _PARAGRAPH_END and _is_prose(prev) and _is_running_header(s, top, k, top_end) and (
            _goes_on(_next_line(lines, k))
        ):  # after a prose line (a table's cells one a line repeat: 县水利局 / 2 / 推进 / 县水利局)
            edits.append((pos, min(end + 1, len(text)), ""))
        elif s:
            prev = s
        pos = end + 1
    return edits
