"""Step 5, running headers inside sentences: a scan's title-page line, letterhead or document
number (or the plan's own title set as every page's head) printed again at the top of each page,
standing between the two halves of a sentence the page break cut (``_running_header_edits``).
"""

from __future__ import annotations

import re

from respgraph.clean.edits import Edit
from respgraph.clean.lines import _PARAGRAPH_END, _STARTS_MARKER
from respgraph.clean.portal.pages import _is_prose


# A scan's running header or footer printed again on each page, inside a sentence broken across
# the page: one of the title page's first lines (the document's title, its number, the issuing
# body), a red-headed letterhead (XX县人民政府办公室文件) or a document number (渝党发〔2022〕9号),
# after the title page, standing alone between a prose line that ends with no stop and a line
# that goes on. Clause
# lines repeat as content (县水利局牵头负责 under each item) and stay: only the title page's lines
# count when they repeat.
_HEADER_MAX = 40
_DOC_NUMBER_LINE = re.compile(r"〕\d{1,4}号[ \t]*\n")
_GAZETTE_HEAD = re.compile(r"(?:公报|政报)[ \t\u3000]*(?:\d{4}年第\d{1,3}期[ \t\u3000]*)?\n")
_HEADER_TOP = 5  # the title page's first non-blank lines
_HEADER_NOT = re.compile(r"[。；;：:，,]")
# A line a document repeats at the head of its pages: its letterhead (X人民政府文件), its document
# number (X〔2024〕9号), a gazette's head; public since pdf_tables.numbered passes over it too,
# where a page break falls inside a table's row
RUNNING_HEAD = re.compile(
    r"(?:中共)?[\u4e00-\u9fffXx]{2,20}(?:人民政府|委员会|办公室|办公厅|委|局|厅)文件$"
    r"|[\u4e00-\u9fff]{1,8}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号$"
    # a government gazette's head over each page (哈尔滨市人民政府公报  2023年第11期)
    r"|[\u4e00-\u9fffXx]{2,20}(?:公报|政报)(?:[ \t\u3000]*\d{4}年第\d{1,3}期)?$"
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
    return k > top_end and (s in top or RUNNING_HEAD.match(s) is not None)


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


# the issuing body the notice's title opens with (西安市人民政府办公厅关于印发…的通知), set as each
# page's head as on its signature line (was kept inside the sentence the page break cut:
# …落实新能源汽车西安市人民政府办公厅购置税减免政策…)
_ISSUER_TITLE = re.compile(r"((?:中共)?[\u4e00-\u9fff]{2,30}?(?:人民政府|委员会|办公厅|办公室|政府|局|委|厅))(?:关于|印发)")


# the signature's date under the issuer (附件：…分工 / 贵阳市人民政府办公厅 / 2024年4月2日): a
# signature, no page head
_DATE_LINE = re.compile(r"(?:\d{4}|[〇零一二三四五六七八九]{4})[ \t\u3000]*年[ \t\u3000]*[\d一二三四五六七八九十]{1,3}[ \t\u3000]*月[\d一二三四五六七八九十 \t\u3000]*日?$")


def _issuer(top: list[str]) -> list[str]:
    m = _ISSUER_TITLE.match(top[0]) if top else None
    return [m.group(1)] if m else []


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
    issuer = _issuer(top)
    top = top + _running_titles(text, after) + issuer
    # most plans print no header inside the text: one scan per title-page line tells (the line loop
    # below is only for those that do)
    if not any(text.find(s, after) >= 0 for s in top if 4 <= len(s) <= _HEADER_MAX) and (
        text.find("文件\n", after) < 0 and _DOC_NUMBER_LINE.search(text, after) is None
        and _GAZETTE_HEAD.search(text, after) is None
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
            _goes_on(nxt := _next_line(lines, k)) and not (s in issuer and _DATE_LINE.match(nxt))
        ):  # after a prose line (a table's cells one a line repeat: 县水利局 / 2 / 推进 / 县水利局)
            edits.append((pos, min(end + 1, len(text)), ""))
        elif s:
            prev = s
        pos = end + 1
    return edits


# A sharing site's copy run together with blanks (豆丁网: a PDF's lines joined by blanks): each
# page's head, its number and the document's title, run into the sentence the page break cut
# (…提升村容村 2 石家庄市2019年农村人居环境整治实施方案 貌。开展… / …市中级人 2 芜湖市…分工方案 民 法院):
# the title read into the item's text, or into a unit's name (the item lost its lead). Only the
# document's own title, as its text opens with it.
_INLINE_PAGE_HEAD = re.compile(
    r"(?<![ \t])[ \t]{1,3}\d{1,4}[ \t]{1,3}(?P<title>[^\s。，,；;：:、]{6,40}?(?:方案|要点|计划|安排|规划|意见|办法|清单|细则|纲要|分工))[ \t]{1,3}"
)
# (a bounded run of blanks, opening after a character: a long run of blanks is passed once)
_OPENING = 300  # the title stands in the text's first characters
# (every page head holds a number between blanks: a text without one, most plans, is not scanned
# by _INLINE_PAGE_HEAD, whose look-behind first is tried at every position)
_NUMBER_BETWEEN_BLANKS = re.compile(r"[ \t]\d{1,4}[ \t]")


def _inline_page_head_edits(text: str) -> list[Edit]:
    """Delete each page head run into the text whose title the text opened with (before it)."""
    if _NUMBER_BETWEEN_BLANKS.search(text) is None:
        return []
    return [
        (m.start(), m.end(), "") for m in _INLINE_PAGE_HEAD.finditer(text)
        if text.find(m.group("title"), 0, min(_OPENING, m.start())) >= 0
    ]
