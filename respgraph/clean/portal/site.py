"""Step 4, the lines around a document that a site printed: download-site keys and tips (资源ID：…,
下载积分：…, 温馨提示) and a government portal's page furniture (breadcrumbs, 打印本页 / 关闭窗口,
the 主办单位：…承办单位：… footer), cut as a block before and after the body
(``_site_boilerplate_edits``); and a portal's page lines inside the text, where a scraper took
each page of a long document with its furniture (``_portal_line_edits``). Its patterns
(``_PORTAL_WORDS``, ``_PORTAL_PAGE_RE``, ``_PORTAL_FOOTER_LINE`` …) are read elsewhere too.
"""

from __future__ import annotations

import re

from respgraph.clean.edits import Edit


# Keys that download/document-sharing sites print above a document (资源ID: 174391 ...).
_SITE_KEY = re.compile(
    r"^[\s\-|·•]*(?:资源ID|资源大小|资源格式|资源类型|全文页数|文档页数|文档格式|文档大小|文件大小|文件格式"
    r"|下载积分|所需积分|下载次数|浏览次数|下载量|浏览量|收藏次数|上传时间|上传者|上传人|贡献者|文档编号"
    r"|文档分类|文档价格|VIP价格|金币|积分)\s*[:：]",
    re.I,
)
# Words that only a download site's tips use; the document-sharing sites' own names and their
# page bars (道客巴巴 / 原创力文档 / 豆丁网 …, 下载 收藏 举报, 免费在线预览全文, 展开阅读全文, the 版权声明
# on what users upload, 文档贡献者 … 上传于, 360doc's 转藏 / 献花).
_SITE_WORDS = re.compile(
    r"本站|本网站|下载积分|金币|迅雷|浏览器|水印|预览文档|网盘|VIP|立即下载|下载文档|文档下载|上传者|用户上传"
    r"|道客巴巴|原创力文档|豆丁网|百度文库|360doc|个人图书馆|人人文库|金锄头文库|淘豆网|爱问共享资料|book118|docin|doc88"
    r"|下载\s*收藏|收藏\s*举报|在线预览|版权声明|侵权请|举报或认领|文档贡献者|上传于|文档评论|相关文档推荐"
    r"|转藏|献花|全屏\s*打印"
    # 人人文库's closing lines: 本文（…）为本站会员主动上传，人人文库仅提供信息存储空间… / 温馨提示：下载前请仔细预览，下载后不支持退款
    r"|信息存储空间|仔细预览|不支持退款|相关文档\s*[:：]"
)
# A government portal's page furniture around a copied document: breadcrumbs, font-size and
# print/close links, QR-code and site-registration footers (主办单位：…承办单位：… on one line).
# The operators are named without a list's stops (；，。): 承办单位：A；协办单位：B、C；督办单位：D (a 督办
# notice's clause, its last lines) is no footer.
_PORTAL_FOOTER = r"(?:主办|承办)单位\s*[:：][^；;。，,]{1,40}(?:承办|协办|技术支持|维护)单位?\s*[:：]"
_PORTAL_PAGE = (
    r"打印本页|关闭窗口|【打印】|【关闭】|扫一扫在手机|网站标识码|ICP备|公网安备|网站地图|您当前的位置|当前位置\s*[:：]"
    r"|首页\s*[>＞»]|字号\s*[:：]\s*[【\[]?\s*大|发布时间\s*[:：]\s*\d{4}|责任编辑\s*[:：]|分享到\s*[:：]|[上下]一篇\s*[:：]"
    # the page's list of the files it links under the text (相关附件：无 / 相关附件：1.分工表.docx): was
    # run onto the last task's clause, its last unit read 区城管局相关附件：无
    r"|相关附件\s*[:：]"
    # a WeChat (政务公众号) article's head and tail: its source, editor and checker lines, 阅读原文,
    # the follow prompt, — END —, 往期推荐 and the share bar
    r"|(?m:^)[ \t]*(?:来源|编辑|审核|校对|初审|复审|终审|责编|监制)\s*[:：]|阅读原文|微信扫一扫|关注该公众号"
    r"|—\s*END\s*—|往期推荐|往期回顾|点赞\s*在看|分享\s*收藏|点击蓝字"
)
# The characters a match can open with (_PORTAL_PAGE's at a line's head: a blank, 来 or 编): a
# look-ahead for them lets the regex engine reject every other position with one set test
# instead of trying each alternative there (the same matches; scans 2-3x faster).
_PORTAL_PAGE_FIRST = "打关【扫网I公您当首字发责分上下阅微来编审校初复终监—往点相 \t"
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
# A Markdown table's delimiter row (| --- | :---: |) is the table's, under its header: no debris
# (read as one, it made a site block of the lines from the document's start down to the table's
# header, the title, a 来源 line and the headings above the table among them). Its leading blanks
# are taken once, *+ (a long run of blanks before dashes was split every way by the two \s*).
_TABLE_RULE = re.compile(r"^\s*+\|?(?:\s*:?-{3,}:?\s*\|){2,}\s*(?::?-{3,}:?\s*)?$")


# Where a site's preview of the document stops (……余下全文 / 展开阅读全文 / 剩余5页未读，): a line of
# the site's when alone on it; run on after the document's last words, the mark alone goes (the
# words stay). The page count left unread is the same stop (was kept in the last task's text).
_PREVIEW_CUT = (
    r"(?:(?:…+|\.{3,})?[ \t\u3000]*(?:余下全文|展开阅读全文|展开全文|点击阅读全文|阅读全文|继续阅读|查看全文)"
    r"|(?:剩余|还剩|余下)[ \t]*\d+[ \t]*页(?:未读|未显示|未阅读)?)"
)
# (one or more: 剩余5页未读，继续阅读)
_PREVIEW_CUTS = r"(?:" + _PREVIEW_CUT + r"[ \t\u3000>»，,]*)+"
# (the line's leading blanks taken once and for all, *+: the mark's own optional blanks after them
# were otherwise tried at every split of a long run of blanks, 20,000 blanks and a / took a minute)
_PREVIEW_CUT_LINE = re.compile(r"^[ \t\u3000]*+" + _PREVIEW_CUTS + r"$")
_PREVIEW_CUT_END = re.compile(_PREVIEW_CUTS + r"\n?$")


def _boilerplate_kind(line: str) -> str | None:
    """'strong' for a line only a download site writes, 'weak' for debris it also leaves."""
    if _SITE_KEY.match(line) or _TIP_HEADING.match(line) or _PREVIEW_CUT_LINE.match(line):
        return "strong"
    # the length first: a paragraph's line of 200 characters or more is not searched for the words
    if (len(line) < 200 or _NUMBERED.match(line)) and (_SITE_WORDS.search(line) or _PORTAL_WORDS.search(line)):
        return "strong"
    if (_DEBRIS.match(line) and not _TABLE_RULE.match(line)) or _FILENAME.match(line):
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


# A title line inside a site's block: short, no sentence in it (the page's heading over the preview)
_SITE_TITLE = re.compile(r"^[^。；;！？!?]{4,80}$")
_SITE_TITLE_LINES = 3


def _site_block(text: str, lines, lead_titles: bool = True) -> tuple[int, int] | None:
    """(start, end) of the leading lines (in ``lines`` order) that form a site block;
    ``lead_titles``: title lines may come before its first site line."""
    strong = 0
    count = 0
    footer = False
    block: tuple[int, int] | None = None
    in_tips = False
    held = 0  # title lines passed over since the last site line
    for s, e in lines:
        line = text[s:e]
        if not line.strip():
            continue
        kind = _boilerplate_kind(line)
        footer = footer or (kind == "strong" and _PORTAL_FOOTER_LINE.search(line) is not None)
        numbered = bool(_NUMBERED.match(line))
        if kind is None and in_tips and numbered and len(line) < 200:
            kind = "weak"  # a further numbered tip of the site's tip list (5、试题试卷类文档…)
        if kind is None and held < _SITE_TITLE_LINES and (lead_titles or block) and _SITE_TITLE.match(line):
            # the document's title the site prints above or between its bars (道客巴巴: 标题 - 道客巴巴 /
            # 标题 / 上传人：… 页数：…; 360doc: 标题 / 360doc个人图书馆), the titles of its related
            # documents under 相关文档: the site's when a site line follows (the block then spans them)
            held += 1
            continue
        if kind is None:
            break
        held = 0
        in_tips = kind == "strong" and (numbered or bool(_TIP_HEADING.match(line))) or (in_tips and numbered)
        count += 1
        strong += kind == "strong"
        block = (s, e) if block is None else (min(block[0], s), max(block[1], e))
    # A lone file-name or dash line is not enough: a site block has site-only wording.
    return block if block and strong and (count >= 2 or footer) else None


# A WeChat article's list of other articles under its text (往期推荐 / 推荐阅读 and their titles):
# all of it after the body is the account's, titles too (they name no site word). Titles are
# short and end with no 。 (the plan's own paragraphs do).
_RECOMMENDED = re.compile(r"\n[ \t]*(?:往期推荐|往期回顾|推荐阅读|相关阅读|精彩推荐|热文推荐|延伸阅读)[ \t]*(?=\n|\Z)")
_RECOMMENDED_LINES = 15  # titles and the share bar under it, at most
_RECOMMENDED_WIDTH = 60  # a title's length, at most


def _recommended_list_start(text: str) -> int:
    """Where the list of other articles closing a WeChat article starts (len(text): none)."""
    k = text.rfind("\n", 0, max(0, len(text) - 3000))  # the list stands in the text's last lines
    for m in _RECOMMENDED.finditer(text, max(k, 0)):
        rest = [ln for ln in text[m.end() :].split("\n") if ln.strip()]
        if len(rest) <= _RECOMMENDED_LINES and all(len(ln.strip()) <= _RECOMMENDED_WIDTH and not ln.rstrip().endswith("。") for ln in rest):
            return m.start()
    return len(text)


def _site_boilerplate_edits(text: str) -> list[Edit]:
    """Delete download-site lines before the body (from the start) and after it (to the end)."""
    edits: list[Edit] = []
    head = _site_block(text, _lines_forward(text))
    if head:
        edits.append((0, min(head[1] + 1, len(text)), ""))
    end = _recommended_list_start(text) if "推荐" in text or "阅读" in text or "回顾" in text else len(text)
    tail = _site_block(text[:end], _lines_backward(text[:end]))
    if head and tail and tail[0] <= head[1]:
        # the head's block again, reached over the body's last short lines taken for titles (资源ID /
        # 下载积分 / 环境保护工作): the tail starts at a site line
        tail = _site_block(text[:end], _lines_backward(text[:end]), lead_titles=False)
    start = max(tail[0] - 1, 0) if tail else end
    cut = _PREVIEW_CUT_END.search(text, max(0, start - 24), start)
    if cut is not None and cut.start() > 0:
        # …全面完成村……余下全文: the preview's stop run on after the last words; alone on the last
        # line (no other site line for a block), it goes with its line break: left, the line join
        # ran it into a clause cut inside its bracket (（牵头单位：XX市生态环境展开阅读全文)
        start = cut.start() - (text[cut.start() - 1] == "\n")
    if start < len(text):
        if edits and start < edits[0][1]:  # everything is boilerplate: keep the text
            return []
        edits.append((start, len(text), ""))
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


# A site's mark where its preview stops, as the last words of what was copied: the marks above
# and the page count left unread (剩余5页未读 / 还剩3页 / 余下8页未显示). Found in the raw text, from
# the start of the cleaned text's last line to the end of the first line after its last character:
# whether the clean-up cut the mark or left it on that line, the plan ends there, short.
_CUT_MARK = _PREVIEW_CUT
_CUT_MARK_AT_END = re.compile(r"(?:" + _CUT_MARK + r"[ \t\u3000，,。.…>»]*)+\s*\Z")
# A document that ends with its date (成文日期, after the signature) or 此件公开发布 is whole: the
# site's button under it (…2024年3月15日 展开阅读全文) cut nothing
_WHOLE_END = re.compile(
    r"(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日|此件.{0,6}公开发布）?|此页无正文）?)[）)]?\s*$"
)


def preview_cut_mark(raw: str, text: str, offsets: list[int]) -> str | None:
    """The mark (余下全文, 剩余5页未读 …) with which a site's preview of the document stops, when
    the cleaned ``text`` (``offsets`` into ``raw``) ends at one; else None.

    >>> raw = "（三）推进农村生活污水治理，全面完成村……余下全文\\n相关文档\\n"
    >>> preview_cut_mark(raw, raw[:19], list(range(19)))
    '……余下全文'
    >>> preview_cut_mark("（三）推进农村生活污水治理。\\n查看全文件清单\\n", "（三）推进农村生活污水治理。", list(range(14))) is None
    True
    >>> raw = "XX县人民政府办公室 2024年3月15日 展开阅读全文"   # the whole document, then the site's button
    >>> preview_cut_mark(raw, raw[:25], list(range(25))) is None
    True
    """
    body = text.rstrip()
    if not body or not offsets:
        return None
    line_start = offsets[body.rfind("\n") + 1]
    after = offsets[len(body) - 1] + 1
    eol = raw.find("\n", after)
    eol = len(raw) if eol < 0 else eol
    if not raw[after:eol].strip():  # the mark on a line of its own, the first after the text
        nxt = len(raw) - len(raw[eol:].lstrip())
        eol = raw.find("\n", nxt)
        eol = len(raw) if eol < 0 else eol
        # (or under the site's name first: …为中小企 / 原创力文档知识共享存储平台 / 还剩1页未读，继续阅读)
        if _boilerplate_kind(raw[nxt:eol]) == "strong" and _CUT_MARK_AT_END.search(raw, max(nxt, eol - 120), eol) is None:
            nxt = len(raw) - len(raw[eol:].lstrip())
            if (nl := raw.find("\n", nxt)) >= 0 or nxt < len(raw):
                eol = len(raw) if nl < 0 else nl
    # (the marks are short: the line's last 120 characters hold them; searching a whole line of
    # 60,000 blanks for where the marks begin took quadratic time)
    m = _CUT_MARK_AT_END.search(raw, max(line_start, eol - 120), eol)
    if m is None or _WHOLE_END.search(raw[max(0, m.start() - 80) : m.start()].rstrip(" \t\u3000…。.")):
        return None
    if _WHOLE_END.search(body[-80:].rstrip(" \t\u3000…。.")):
        return None  # (the text ends with its date, the site's lines and its mark after it)
    return m.group().strip()
