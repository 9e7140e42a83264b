"""A division table's header and the tokens it is found in: the column labels (序号, 工作任务,
牵头单位 …, wrapped or with a note in brackets, a 责任单位 group over 牵头 | 配合), the patterns the
readers of the body share (deadlines, page numbers, the serial column) and ``has_division_header``,
which tells the PDF reader which pages to re-read with pdfplumber. Every other module of
respgraph.pdf_tables reads headers through these.
"""

from __future__ import annotations

import re


Segment = tuple[str, object]

# Header labels: unit, task, deadline, number columns (respgraph.structure.tables reads the
# same names), plus the other columns such tables carry.
_UNIT = re.compile(r"(牵头|主办|主责|责任|配合|协助|参与|协办|协同|主体)(单位|部门)|责任主体")
# (a rectification list's 反馈问题 / 问题描述 / 整改目标及措施 / 责任区领导 / 承办单位 columns too, a
# project list's 项目名称 and a 分管领导 column, as respgraph.structure.table_columns reads them: a
# label it did not know ended the header there)
_LABEL = re.compile(
    r"^(序号|编号|序|.{0,5}(任务|内容|措施|事项|工作|举措|目标|指标|问题|项目)(名称|描述|清单)?"
    r"|.{0,2}(牵头|主办|主责|责任|配合|协助|参与|协办|协同|主体|承办|落实|督办|督导|分管)"
    r"(单位|部门|.?领导|人)|.{0,2}责任主体|.{0,3}(时限|时间|期限|进度|节点)|备注|类别|领域|分类|项目|序次|具体要求|工作要求|整改要求"
    r"|成果形式|责任分工|任务分工|分工|整改进展|进展情况|完成情况)$"
)
# A word among a table's words that is only a page's number (— 2 —, 2, 第2页): at most one dash a
# side and three digits, stricter than pdf_text.PAGE_NUMBER_LINE (a whole line at a page's foot),
# since a cell of four digits is a year or a figure, not a page
PAGE_NUMBER_WORD = re.compile(r"^[-—–－]?\s*\d{1,3}\s*[-—–－]?$|^第\s*\d+\s*页(\s*共\s*\d+\s*页)?$")
_DEADLINE = re.compile(r"(20\d{2}|年底|月底|季度|长期|持续|常态|前$|年内|每年|逐年)")
# deadlines of two characters, each a whole cell of a 完成时限 column (a fragment of two, 法局, is not)
_SHORT_DEADLINES = frozenset({"长期", "持续", "常态", "年内", "每年", "逐年", "年底", "月底"})
# the label of a division table's serial column, where its header begins (respgraph.ofd finds an
# OFD table's header by it too)
SERIAL_LABEL = re.compile(r"^(序号|编号|序)$")
# one of these stands whole in any unit column's label, even one wrapped (省级牵头单 / 位)
_UNIT_WORDS = ("单位", "部门", "主体", "牵头", "责任", "配合")
_PUNCT = re.compile(r"[：:，,。；;（）()、]")


def _is_label(tok: str) -> bool:
    return len(tok) <= 8 and not _PUNCT.search(tok) and bool(_LABEL.match(tok))


# A label's note in brackets (责任单位（排名第一的为牵头单位）), often wrapped over two lines.
_LABEL_NOTE = re.compile(r"[（(][^（()）]{1,20}[)）]$")
# The second header row under a 责任单位 / 责任分工 label: 牵头 | 配合 (or 牵头单位 | 配合单位).
_GROUP = re.compile(r"^(责任单位|责任部门|责任分工|任务分工|分工|责任主体)$")
_ROLE_LABEL = re.compile(r"^(牵头|主办|主责|配合|协办|协助|参与|协同|责任)(单位|部门)?$")


def _label_at(tokens: list[str], j: int) -> tuple[str, int]:
    """The header label starting at ``tokens[j]`` and how many tokens it takes (``"", 0``:
    none): a label wrapped in a narrow column (``牵头`` / ``单位``) is joined back, so is a
    label with its note in brackets."""
    if tokens[j] == "序" and tokens[j + 1 : j + 2] == ["号"]:
        return "序号", 2  # 序 / 号 in a narrow column: 序 alone is a label too
    for size in (1, 2, 3):
        if j + size > len(tokens):
            break
        label = "".join(tokens[j : j + size])
        # wrapped in a narrow column: short pieces (牵头 / 单位), or a tail of one or two
        # characters (省级牵头单 / 位)
        if _is_label(label) and (size == 1 or all(len(t) <= 3 for t in tokens[j : j + size]) or (size == 2 and len(tokens[j + 1]) <= 2)):
            return label, size
        note = _LABEL_NOTE.search(label)
        if note and _is_label(label[: note.start()]):
            return label, size
    return "", 0


def header_at(tokens: list[str], i: int) -> tuple[list[str], int]:
    """The division-table header starting at ``tokens[i]``: its column names and how many
    tokens it spans (``[], 0``: none)."""
    names: list[str] = []
    j = i
    while j < len(tokens) and len(names) < 16:  # real headers have < 16 columns; bounded work
        label, size = _label_at(tokens, j)
        if not size or label in names:  # a header names each column once
            break
        names.append(label)
        j += size
    group = next((k for k, x in enumerate(names) if _GROUP.match(x)), None)
    grouped = False  # 责任单位 / 责任分工 over role labels: unit columns, however short (牵头 | 配合)
    if group is not None:
        # 责任单位 over 牵头 | 配合: the second row's labels (read after the first row's, or
        # after the group's) take the group's place
        while j < len(tokens) and _ROLE_LABEL.match(tokens[j]) and len(names) < 16:
            names.append(tokens[j])
            j += 1
        subs = [x for x in names[group + 1 :] if _ROLE_LABEL.match(x)]
        if len(subs) >= 2:
            rest = [x for x in names[group + 1 :] if not _ROLE_LABEL.match(x)]
            names = names[:group] + [names[group] + x for x in subs] + rest
            grouped = True
    if len(names) >= 3 and (grouped or any(_UNIT.search(t) for t in names)):
        return names, j - i
    return [], 0


def _header_at(tokens: list[str], i: int) -> int:
    return header_at(tokens, i)[1]


_TOKEN_GAP = re.compile(r"[ \t\u3000]+")


def _tokens(line: str) -> list[str]:
    line = line.strip()
    if " " not in line and "\t" not in line and "\u3000" not in line:
        # a line without a blank is one token (a page number's too) or none: most lines of a cell
        # stream, and text_segments asks every line of a text holding a 序号 line
        return [line] if line else []
    if PAGE_NUMBER_WORD.match(line):
        return [line]  # — 2 —: one token, whatever its blanks
    return [t for t in _TOKEN_GAP.split(line) if t]


def has_division_header(text: str) -> bool:
    """Does ``text`` (a page) hold a division-table header, one label per line or per token?

    >>> has_division_header("序号 重点任务 牵头单位 配合单位 完成时限\\n1 …")
    True
    >>> has_division_header("推进…。（牵头单位：区发展改革委；配合单位：区财政局）")
    False
    >>> has_division_header("序号\\n工作任务\\n牵头\\n单位\\n责任\\n单位\\n1")  # wrapped labels
    True
    """
    if not any(w in text for w in _UNIT_WORDS):  # cheap first: pages without a unit word
        return False
    toks = [t for line in text.splitlines() for t in _tokens(line)]
    return any(len(t) <= 8 and not _PUNCT.search(t) and _header_at(toks, i) for i, t in enumerate(toks)) or any(
        _loose_header(toks, i) for i, t in enumerate(toks) if t[:1] in "序编"
    )


# what a column label never holds (a unit in brackets may: 总投资（万元）)
_SENTENCE_PUNCT = re.compile(r"[，,。；;：:、]")
_LOOSE_SPAN = 16  # tokens a header spans at most, its labels wrapped


def _loose_header(tokens: list[str], i: int) -> bool:
    """A header whose labels are not all known, from its 序号 at ``tokens[i]``: short tokens, no
    sentence among them, two more known labels, one of a unit column (序号 项目名称 建设内容及规模
    总投资（万元） 2026年计划投资（万元） 责任单位 配合单位: a project list, its columns wrapped)."""
    if not SERIAL_LABEL.match(tokens[i]):
        return False
    known, unit = 0, False
    for t in tokens[i + 1 : i + _LOOSE_SPAN]:
        if len(t) > 12 or _SENTENCE_PUNCT.search(t):
            break
        if _is_label(t):
            known += 1
            unit = unit or bool(_UNIT.search(t))
    return known >= 2 and unit
