"""Step 4, a page copied as text with its layout lost: a document flattened onto long lines gets
its paragraph breaks back (``_flat_line_edits``), the portal furniture run into its first and
last lines is cut (``_flat_page_furniture_edits``), and the ``**`` of bold set off by a
Markdown editor go (``_bold_marker_edits``), as do its headings' ``#`` marks (``_heading_mark_edits``).
"""

from __future__ import annotations

import re

from respgraph.clean.edits import Edit
from respgraph.clean.portal.site import _PORTAL_LINE_MAX, _lines_forward


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


# A page copied with its line breaks lost (a one-line scrape, a WeChat article pasted flat): the
# portal's furniture runs into the first and last sentences of the document, where the line
# rules (respgraph.clean.portal.site) never see it. Its opening run (breadcrumb, font size,
# print/close links, 来源/发布时间/浏览次数, a WeChat follow prompt) is cut from the first long
# line; its closing run (QR code, print/close, site registration, attachment download, a WeChat
# END and share bar) from the last.
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
# (the leading blanks taken once, *+: no token opens on a blank but 【?\s*字号, which reads the same
# from the run's end; given back one by one they were read again by its \s*, quadratic in the run)
_HEAD_RUN = re.compile(r"[ \t\u3000]*+(?:(?:" + _HEAD_TOKEN + r")[ \t\u3000]*)+")
_TAIL_START = re.compile(
    r"扫一扫在手机|【?打印本页】?|【?关闭窗口】?|【?我要纠错】?|网站标识码|ICP备|公网安备|附件下载"
    r"|—\s*END\s*—|往期推荐|点赞\s*在看|分享到|阅读原文|相关链接|主办单位\s*[:：][^。；;，,]{1,40}?(?:网站标识码|ICP备|承办|协办|技术支持)"
)
_FLAT_TAIL_MAX = 400  # the closing run is looked for this far from the end, and holds no 。
# A document-sharing site's bar run into the first line (豆丁网 首页 分类 / 原创力文档 知识共享平台 首页
# 文档分类 上传文档 登录 注册 XX方案.docx 共 12 页 下载 收藏 举报): it opens with the site's name, a blank
# and a word of its bar (豆丁网等平台 / 豆丁网分享的 in a sentence are none); its words and the file's
# name with its page count go up to the document's own words (its title, which the OCR-space
# cleaner would otherwise join to the bar: 豆丁网首页分类北流市… read as the plan's place)
_SHARE_SITE = r"道客巴巴|原创力文档|豆丁网|百度文库|360doc个人图书馆|360doc|人人文库|金锄头文库|淘豆网|爱问共享资料|book118|docin|doc88"
_SHARE_TOKEN = (
    _SHARE_SITE + r"|知识共享平台|文档分类|分类|首页|上传文档|登录|注册|搜索|下载文档|下载|收藏|举报|分享|[|｜]"
    r"|共\s*\d{1,4}\s*页|[^\s。，,；;：:|｜]{2,80}?\.(?:docx?|pdf|wps|txt)(?=[\s|｜])"
)
_SHARE_HEAD_RUN = re.compile(r"[ \t\u3000]*(?:" + _SHARE_SITE + r")(?=[ \t\u3000|｜])(?:[ \t\u3000]*(?:" + _SHARE_TOKEN + r"))+[ \t\u3000]*")
# …the page's title over the upload keys, the document (its title again) after them: 北流市…工作方案
# 上传者：gxhb2021 | 浏览：526 | 下载：12 北流市…工作方案 为持续…
_SHARE_KEYS = re.compile(
    r"(?P<title>[^\s。，,；;：:|｜]{4,60})[ \t\u3000]+(?:(?:上传者|上传人|贡献者|浏览|下载|页数|大小|格式)\s*[:：]\s*[^\s|｜]{1,30}[ \t\u3000|｜]*)+"
)


def _flat_page_furniture_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    s = 0  # the first line with text
    while s < len(text) and text[s] == "\n":
        s += 1
    e = text.find("\n", s)
    e = len(text) if e < 0 else e
    if e - s > _PORTAL_LINE_MAX:
        m = _HEAD_RUN.match(text, s, e) or _SHARE_HEAD_RUN.match(text, s, e)
        if m and m.group().strip():
            end = m.end()
            if (k := _SHARE_KEYS.match(text, end, e)) is not None and text.startswith(k.group("title"), k.end()):
                end = k.end()  # the page's title and upload keys, the document's title after them
            edits.append((s, end, ""))
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


# A heading marked as in Markdown (# 济南市2023年…工作要点 / ## 一、总体要求: a plan written or
# copied through a Markdown editor): the marks and the blanks after them go, so that the title
# names its place and the chapter its number. Only at a line's start and before a blank (#1机组,
# 1#楼 and a WeChat topic #生态环境# stay).
_HEADING_MARK = re.compile(r"^[ \t]*#{1,6}[ \t]+(?=\S)", re.M)


def _heading_mark_edits(text: str) -> list[Edit]:
    if "#" not in text:
        return []
    return [(m.start(), m.end(), "") for m in _HEADING_MARK.finditer(text)]
