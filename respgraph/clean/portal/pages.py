"""Step 5, page-number debris: page-number lines (``- 3 -``, ``第 3 页``, ``3/22``, a lone number
between two prose lines) with the blank lines and footnotes the page break set around them
(``_page_number_edits``), and page numbers a scraper ran into the text (``县农第2页 共9页业农村局``,
``渝水生-6-态环境局``: ``_inline_page_number_edits``).
"""

from __future__ import annotations

import re

from respgraph.clean.edits import Edit
from respgraph.clean.script import _HAN_RE


_PAGE_BODY = (
    r" *(?:[-—–－─]+ *\d{1,4} *[-—–－─]+"  # - 3 -   — 12 —
    r"|[·•・] *\d{1,4} *[·•・]"  # · 23 · (a government gazette's page)
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
_PAGE_OF_INLINE = re.compile(r"第 ?\d{1,4} ?页 ?[,，/]? ?共 ?\d{1,4} ?页|共 ?\d{1,4} ?页 ?[,，]? ?第 ?\d{1,4} ?页")
# 第N页 alone, run in between two pieces of text (…排查整治。第2页牵头单位：… / 完善村落污水第3页收集管网):
# not where the text cites a page (见第2页 / 详见附件第3页 / 第2页至第5页 / 第2页、第4页 / 第2页的表格)
_PAGE_ALONE_INLINE = re.compile(r"第 ?\d{1,3} ?页(?! ?[,，/]? ?共)")
_CITES_PAGE_BEFORE = frozenset("见于在至到和及与、件表书册本")
_CITES_PAGE_AFTER = frozenset("、至到和及与—-~～的中上")
# a sharing site's page counter N/M run into the text between two pieces of it (江门市生态环境局新3/5会分局
# / 完成时 4 / 6 限 / （六4/5）加强…): the page no greater than the count, text on both sides; a ratio
# before a measure (3/4季度, 1/3以上) or after a Latin letter or a digit (G15/G25) is none
_PAGE_COUNTER_INLINE = re.compile(r"[ \u3000]*(\d{1,3}) ?/ ?(\d{1,3})[ \u3000]*")
_COUNTER_NOT_BEFORE = frozenset("年月日号个季度期次倍以左强的%％")
# a bare page number inside a clause's role word or a unit label (配3合 / 牵2头 / 责4任单位 / 单5位):
# no digit ever stands inside these words
# (a wrapped line's break may stand before the number: （责 / 3任单位：…)
_PAGE_IN_WORD = re.compile(r"(?:配|牵|负|协|参|责|单|部)\n?(\d{1,3})(?=\n?(?:合|头|责|助|办|与|任|位|门))")
_PAGE_DASHED_INLINE = re.compile(r"[-—–－─]{1,2} ?\d{1,3} ?[-—–－─]{1,2}")
_PAGE_DASHES = "-—–－─"


# A bare page number run into a unit list (…责任单位：1区市场监管局、… / …区城乡管理局、1区规划和
# 自然资源局）: right after a label's colon or a list's 、, before a name that opens with its
# jurisdiction and ends like a body's before the next separator. A count there names no body
# (：1个 / 、2县1区 / 、3家企业 stay).
# (the separator taken into the match, not looked behind for, as in _PAGE_IN_NAME: a number's
# separator stands before it, never inside the match before; only group 1, the number, is used)
_PAGE_IN_LIST = re.compile(
    r"[、：:](\d{1,3})(?=[省市县区州旗盟][^、，,；;：:。（()）\n\d]{1,18}?"
    r"(?:局|委|办|院|厅|府|中心|队|站|所|社|部|室)(?:[、，,；;。）)\n]|牵头|配合|负责|参与|协助|$))"
)
# (after a unit label, or after a name: 1、2区政府 / 完成了、12区 are no unit lists)
_PAGE_IN_LIST_LABEL = re.compile(r"(?:单位|部门)[：:]$|(?:局|委|办|院|厅|府|中心|队|站|所|社|部|室|）)、$")


# …（市水利局牵头 - 1 - ，市生态环境局…） / …按职责分工负责 - 1 - ）: a clause's punctuation beside the
# dashed number, as a Han character is
_TEXT_PUNCT = frozenset("，。、；：（）“”《》:;,")  # (an OCR'd colon or comma as ASCII: 牵头单位: - 2 - 区住建局)


def _text_at(text: str, i: int) -> bool:
    return i < len(text) and (text[i] in _TEXT_PUNCT or _HAN_RE.match(text, i) is not None)


# ... or inside a unit's name (区1水利局 / 县住房和1城乡建设局 / （市1财政局负责） / 、区住建4局、): a number of one or
# two digits between Han characters of a name that opens with its level after a list's separator
# or a bracket and ends like a body's before a separator or a clause verb (市第1人民医院, 市12345热线,
# 区2号楼 stay)
# (the separator before the level is taken into the match, not looked behind for: the scan then
# skips along to the next separator in C instead of trying the whole pattern at every position of
# the text; a match ends at its number, so the separator of the next one stands after it, and
# only group 1, the number, is used)
# (the rest of the name may hold a wrap's blank, run-together text wrapped with blanks: 区1交通运 输局)
_PAGE_IN_NAME = re.compile(
    r"[、：:，,（(][省市巿县区州旗盟][\u4e00-\u9fff]{0,12}? ?(?<!第)(\d{1,2})(?![号个家项条座期批处级类届])"
    r"(?=(?:[\u4e00-\u9fff]| (?=[\u4e00-\u9fff])){0,16}?(?:局|委|办|院|厅|府|中心|队|站|所|社|部|室)(?:[、，,；;。）)\n \u3000\t]|牵头|配合|负责|参与|协助|$))"
)
# … or between a unit label and its colon (牵头单位2：市应急管理局): no label holds a number there
# (or on a line of its own there, a page's break between the label and its colon: 牵头单位 / 2 / ：A)
_PAGE_IN_LABEL = re.compile(r"(?:牵头|责任|配合|协办|主办|参与|协助|主责)(?:单位|部门)[ \t\n]?(\d{1,3})[ \t\n]?(?=[：:])")


def _page_run_in(text: str, m: re.Match) -> bool:
    """Whether 第N页 at ``m`` is a page's mark run into the text: text on both sides of it on its
    line, and no word citing a page next to it."""
    a, b = m.start(), m.end()
    before, after = text[a - 1 : a], text[b : b + 1]
    if not before or not after or before in "\n" or after in "\n":
        return False  # alone on its line (or at the text's start or end): _page_number_edits's
    if before in _CITES_PAGE_BEFORE or after in _CITES_PAGE_AFTER:
        return False
    return _text_at(text, b) or after in " \u3000"


_ROLE_WORDS = frozenset(("配合", "牵头", "负责", "协助", "协办", "参与", "责任", "单位", "部门"))


def _number_out(text: str, m: re.Match) -> Edit:
    """The page number of group 1 out, with one of the line breaks around it when it stood on a
    line of its own (牵头单位 / 2 / ：A -> 牵头单位 / ：A, the wrap's break left for the line joining)."""
    a, b = m.start(1), m.end(1)
    return (a, b + (text[a - 1 : a] == "\n" == text[b : b + 1]), "")


def _role_word(m: re.Match) -> bool:
    """Whether the digits at ``m`` stand inside one of the role words (配3合 -> 配合)."""
    return m.group()[0] + m.string[m.end(1) : m.end(1) + 2].lstrip("\n")[:1] in _ROLE_WORDS


def _page_counter_edits(text: str) -> list[Edit]:
    """Page counters N/M run into the text (see _PAGE_COUNTER_INLINE)."""
    edits: list[Edit] = []
    i = text.find("/")
    while i >= 0:
        a = i - 1
        while a > max(0, i - 8) and text[a - 1] in "0123456789 ":  # (a counter's page: 3 digits, a blank)
            a -= 1
        m = _PAGE_COUNTER_INLINE.match(text, a)
        if m and m.start(1) < i < m.end() and m.end(1) <= i and a > 0 and _text_at(text, a - 1) and _text_at(text, m.end()):
            if 0 < int(m.group(1)) <= int(m.group(2)) and text[m.end()] not in _COUNTER_NOT_BEFORE:
                # (blanks on both sides part two cells, 序号  4/6 重点任务: one stays)
                blanks = text[m.start()] in " \u3000" and text[m.end() - 1] in " \u3000"
                edits.append((m.start(), m.end(), " " if blanks else ""))
        i = text.find("/", i + 1)
    return edits


def _inline_page_number_edits(text: str) -> list[Edit]:
    edits = [(m.start(), m.end(), "") for m in _PAGE_OF_INLINE.finditer(text)]
    of = [(a, b) for a, b, _ in edits]  # 第N页 inside a 第N页共M页 goes with it
    for m in _PAGE_ALONE_INLINE.finditer(text):
        if _page_run_in(text, m) and not any(a <= m.start() < b for a, b in of):
            a = m.start() - (text[m.start() - 1] == " ")  # one blank either side goes too
            edits.append((a, m.end() + (text[m.end() : m.end() + 1] == " "), ""))
    edits += _page_counter_edits(text)
    edits += [_number_out(text, m) for m in _PAGE_IN_WORD.finditer(text) if _role_word(m)]
    # (a blank either side of the number: one goes with it, 市环保 3 局 -> 市环保 局, the OCR blank cleaned later)
    edits += [(m.start(1), m.end(1) + (text[m.start(1) - 1] == " " == text[m.end(1) : m.end(1) + 1]), "")
              for m in _PAGE_IN_NAME.finditer(text)]
    edits += [_number_out(text, m) for m in _PAGE_IN_LABEL.finditer(text)]
    for m in _PAGE_IN_LIST.finditer(text):
        if _PAGE_IN_LIST_LABEL.search(text, max(0, m.start(1) - 4), m.start(1)):
            edits.append((m.start(1), m.end(1), ""))
    for ch in _PAGE_DASHES:  # literal finds: a class of non-ASCII dashes scans slowly
        i = text.find(ch, 1)
        while i >= 0:
            m = _PAGE_DASHED_INLINE.match(text, i)
            if m:
                a = i - (text[i - 1] == " ")  # one blank either side goes too
                b = m.end() + (text[m.end() : m.end() + 1] == " ")
                if a and _text_at(text, a - 1) and _text_at(text, b):
                    edits.append((a, b, ""))
            i = text.find(ch, i + 1)
    edits.sort()
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
            # (or inside a unit list a page break cut after its 、: 巿城管局、 / 3 / 巿生态环境局，…)
            if not (_is_prose(prev) and _is_prose(nxt) or prev.endswith("、") and _HAN_RE.match(nxt)):
                continue
        a, b = _footnotes_above(text, start), min(end + 1, len(text))
        a, b = _blank_lines_before(text, a), _blank_lines_after(text, b)
        cut = _cuts_run_together_line(text, a, b)
        # (a line whose cells a blank parts keeps one where the break stood: 县农业农村局 / 各乡镇)
        blanks = cut and len(_CELL_BLANK.findall(text, max(0, a - 1 - _RUN_TOGETHER_LINE), a - 1)) >= 3
        edits.append((a - cut, b, " " if blanks else ""))
    return edits


# A page's mark on a line of its own inside a copy run together onto long lines (a sharing site's
# text: …5推动农业废弃物资源化区农业农村局 / 3 / 3 / 区供销社、…2020年11月底前6…): the page break cut
# one line, a table's row or a sentence, not a paragraph, when the line above runs on this long
# and stops on no stop. The line break before the mark goes with it, the two pieces one line
# again (the row was cut in two, its units lost).
_RUN_TOGETHER_LINE = 80
_CELL_BLANK = re.compile(r"[\u4e00-\u9fff] (?=[\u4e00-\u9fff\d])")
_LINE_STOPS = frozenset("。；;！？!?：:”\"）)")


def _cuts_run_together_line(text: str, a: int, b: int) -> int:
    """1 when the page mark between ``a`` and ``b`` cuts a run-together line (its line break goes
    too), else 0."""
    if a < 1 or text[a - 1] != "\n" or b >= len(text) or not _HAN_RE.match(text, b):
        return 0
    prev = text[text.rfind("\n", 0, a - 1) + 1 : a - 1].rstrip(" \t\u3000")
    return int(len(prev) >= _RUN_TOGETHER_LINE and prev[-1] not in _LINE_STOPS)


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
