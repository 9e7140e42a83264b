"""Step 7, spacing: OCR spaces inside CJK runs and numbers, single-spaced tables, and a unit
label's lost or misread colon.
"""

from __future__ import annotations

import re

from respgraph.clean.edits import _CJK, Edit
from respgraph.clean.ocr import _ASCII_DIGITS


# --------------------------------------------------------------------------- 7: OCR spaces

# One space between two CJK characters is an OCR/line-wrap artefact; runs of two or more spaces
# are layout (e.g. 第一章  基础与形势, 中共渝水区委  渝水区人民政府) and are kept. The patterns
# start with the literal space (fast scan); the character before is checked per match.
_SPACE_BEFORE_CJK = re.compile(f" (?=[{_CJK}])")
_CJK_CHAR = re.compile(f"[{_CJK}]")
# ... except after a chapter/section marker, where the space separates number from title.
_MARKER_BEFORE = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,4}[章节条部分篇编]$")
# 24 .强化 -> 24.强化 (task numbers with OCR spaces before the dot).
# (opening at a blank run's first blank: tried at each blank of a long run, a run followed by no
# match took time quadratic in its length; the blank comes first, its look-behind after it, so the
# scan skips to the next blank in C)
_NUMBER_DOT = re.compile(f" (?<!  ) *(?=[.．、] *[{_CJK}])")
_NUMBER_BEFORE = re.compile(r"(?:^|[^\d.])\d{1,3}$")
# 2021 年 / 31 日 -> 2021年 / 31日
_DATE_SPACE = re.compile(r" (?<!  ) *(?=[年月日号])")
# A line spaced out character by character (1 0 . 大 力 推 进 / 2 0 2 5 年): the digits of an item
# number or a date come apart too; joined only before a stop or a date unit.
_SPACE_THEN_DIGIT = re.compile(r" (?=\d)")  # a literal first: a digit class scans slowly
_DIGIT_BEFORE_NOT = frozenset("0123456789.．")
_SPACED_DIGITS_END = frozenset(".．、年月日号%")


def _spaced_digit_edits(text: str) -> list[Edit]:
    """The blanks of ``d d d`` (single digits) before a stop or a unit (``1 0 .`` -> ``10.``)."""
    edits: list[Edit] = []
    done = 0
    for m in _SPACE_THEN_DIGIT.finditer(text):
        i = m.start()
        if i < done or not i or text[i - 1] not in _ASCII_DIGITS or (i >= 2 and text[i - 2] in _DIGIT_BEFORE_NOT):
            continue
        j = i
        while text[j : j + 1] == " " and text[j + 1 : j + 2] in _ASCII_DIGITS and text[j + 2 : j + 3] not in _ASCII_DIGITS:
            j += 2
        done = j
        k = j + (text[j : j + 1] == " ")
        if j > i and text[k : k + 1] in _SPACED_DIGITS_END:
            edits += [(p, p + 1, "") for p in range(i, j, 2)]
    return edits


# A task-division table copied as text with ONE blank between cells (序号 重点任务 牵头单位 配合单位):
# its blanks separate cells, so they are kept on the header line and on the rows under it.
# (a rectification list's columns too: 反馈问题 / 存在问题 | 整改目标 | 整改措施 | 责任领导 | 整改时限;
# a task list allotted to towns: 整改任务 | 责任主体 | 责任单位 | 完成时限)
_TABLE_HEAD_CELL = re.compile(
    # (a 民生实事 list's 民生实事项目 / 项目名称 / 建设内容 / 重点工作: its rows' task column)
    r"(?:序号|编号|(?:重点|主要|工作|具体|目标|整改|反馈|存在|突出|民生实事|实事|建设)?(?:任务|措施|内容|事项|目标|问题|项目|工作)(?:名称|描述|内容)?|"
    r"(?:牵头|责任|配合|协办|参与|主办|主责|协助|负责)(?:单位|部门)|(?:责任|实施)主体|(?:完成|整改|办结)?(?:时限|时间|期限)|"
    r"(?:责任|牵头|分管)?领导|责任人|备注)"
)
_UNIT_HEAD_CELL = re.compile(r"(?:牵头|责任|配合|协办|参与|主办|主责|协助|负责)(?:单位|部门)")


_HEAD_PIECES = 3  # an OCR blank may cut a column's name in two or three (责任 领导 / 整 改时限)


def _head_words(tokens: list[str]) -> list[int] | None:
    """How many of a header line's blank-separated ``tokens`` make each column's name (责任 领导:
    two, an OCR blank inside the name), when all of them make column names; else None."""
    sizes: list[int] = []
    k = 0
    while k < len(tokens):
        best = None
        for n in range(1, min(_HEAD_PIECES, len(tokens) - k) + 1):
            if _TABLE_HEAD_CELL.fullmatch("".join(tokens[k : k + n])):
                best = n
        if best is None:
            return None
        sizes.append(best)
        k += best
    return sizes


def _is_head(tokens: list[str], sizes: list[int] | None) -> bool:
    """Whether a header of three names or more, one a unit column's, is what ``sizes`` made."""
    if not sizes or len(sizes) < 3:
        return False
    names, k = [], 0
    for n in sizes:
        names.append("".join(tokens[k : k + n]))
        k += n
    return any(_UNIT_HEAD_CELL.fullmatch(x) for x in names)


def _single_spaced_tables(text: str) -> list[tuple[int, int]]:
    """Spans of single-blank tables: a header line of 3+ column names, one a unit column, and
    the lines under it with as many blanks (short one-cell section rows and blank lines allowed)."""
    return _single_spaced(text)[0]


def _single_spaced(text: str) -> tuple[list[tuple[int, int]], set[int]]:
    """The spans of single-blank tables, and the OCR blanks inside their header's names (责任 领导),
    which go though the table's other blanks are kept."""
    if "单位 " not in text and "部门 " not in text:
        return [], set()  # no header can be here (fast path for almost every plan)
    out: list[tuple[int, int]] = []
    inner: set[int] = set()
    pos = 0
    n = len(text)
    while pos < n:
        eol = text.find("\n", pos)
        eol = n if eol < 0 else eol
        cells = text[pos:eol].split()
        line = text[pos:eol]
        sizes = _head_words(cells) if len(cells) >= 3 and ("单位" in line or "部门" in line) else None
        is_header = _is_head(cells, sizes)
        if is_header and len(cells) > len(sizes):
            found = list(re.finditer(r"\S+", text[pos:eol]))
            k = 0
            for size in sizes:
                for j in range(k, k + size - 1):  # the blanks between the pieces of one name
                    inner.update(range(pos + found[j].end(), pos + found[j + 1].start()))
                k += size
            cells = ["".join(cells[sum(sizes[:j]) : sum(sizes[: j + 1])]) for j in range(len(sizes))]
        if is_header and "  " in text[pos:eol].strip():
            # 序号 重点任务    牵头单位    配合单位: a PDF's header, its narrow first columns one
            # blank apart, the others wider: only the header line keeps its blanks (its rows are
            # cut at the wide gaps; joined, 序号重点任务 was no column and the table not read)
            out.append((pos, eol))
            pos = eol + 1
        elif is_header:
            start, end = pos, eol
            q = eol + 1
            while q < n:
                e = text.find("\n", q)
                e = n if e < 0 else e
                line = text[q:e].strip()
                words = line.split()
                if len(words) >= len(cells) - 1:
                    end = e
                elif 2 <= len(words) and not words[0].isdigit() and len(line) <= 40 and end == q - 1:
                    end = e  # 科技型企业3000家 理办公室: the rest of the row above's cells, wrapped
                elif line and (len(line) > 40 or " " in line):
                    break
                q = e + 1
            out.append((start, end))
            pos = end + 1
        else:
            pos = eol + 1
    return out, inner


# 责任单位：县发改局 县财政局 — one blank between two unit names after a unit label on the same
# line, or in a cell of a tab-separated row, separates them (joined, they read as one unit 县发改局县财政局). Kept only between a name's
# last character and a jurisdiction that opens the next name, after such a label; and after a
# lead verb before such a name: （县文旅局牵头 县财政局配合）.
_NAME_END = frozenset("局委办厅院室心司府会队所站社署处门位")
_NAME_START = frozenset("省市县区各")
_UNIT_LABEL_BEFORE = re.compile(r"(?:单位|部门|牵头|配合|协办|参与)\s*[：:]")
# （刘运　市发展改革委） / （王晓明　市财政局、…）: the leader answering for the task, named in two or
# three characters right after the bracket (or a separator), then the unit; joined, the name read
# as a place (刘运市发展改革委, an agency of a 刘运市). A clause word there (（牵头 市发改委）) is none.
_PERSON_BEFORE = re.compile(r"(?<=[（(、，,；;])[\u4e00-\u9fff]{2,3}$")
_UNIT_AFTER = re.compile(r"[^（()）、，,；;。\s]{3,20}(?=[）)、，,；;])")
_CLAUSE_WORD = re.compile(r"牵头|负责|配合|协办|参与|单位|部门|责任")


def _separates_units(text: str, s: int) -> bool:
    if s + 1 >= len(text) or text[s + 1] not in _NAME_START:
        return False
    if text[s - 2 : s] in ("牵头", "负责"):
        return True
    if (person := _PERSON_BEFORE.search(text, max(0, s - 4), s)) is not None and not _CLAUSE_WORD.search(person.group()):
        # (a unit's whole name after it: 、强化 市场监管 stays one phrase)
        after = _UNIT_AFTER.match(text, s + 1)
        return after is not None and after.group()[-1] in _NAME_END
    if text[s - 1] not in _NAME_END:
        return False
    floor = max(0, s - 120)
    lo = max(floor, text.rfind("\n", floor, s) + 1, text.rfind("。", floor, s) + 1)
    # ... or in a cell of a tab-separated row (1\t任务\t市民政局 各县（市、区）人民政府\t2025年12月)
    return _UNIT_LABEL_BEFORE.search(text, lo, s) is not None or text.find("\t", lo, s) >= 0


def _cjk_space_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    cjk_at = _CJK_CHAR.match
    tables, inner = _single_spaced(text)
    for m in _SPACE_BEFORE_CJK.finditer(text):
        s = m.start()
        if s == 0 or not cjk_at(text, s - 1) or text[s - 1] == " ":
            continue
        if s in inner:  # 责任 领导 in a single-blank table's header: one column's name
            edits.append((s, s + 1, ""))
            continue
        if tables and any(a <= s < b for a, b in tables):
            continue
        if text[s - 1] in "章节条分篇编" and _MARKER_BEFORE.search(text, max(0, s - 8), s):
            continue
        if _separates_units(text, s):
            continue
        edits.append((s, s + 1, ""))
    return edits


# (一 )矮围网围清理 / ( 二)欧美黑杨清理: a line wrapped inside an item number's brackets (the
# wrap became a blank); a number in brackets holds no blank, so the blank goes
_BRACKET_NUMBER_BLANK = re.compile(r"[（(](?P<a>[ \u3000]?)[一二三四五六七八九十\d]{1,3}(?P<b>[ \u3000]?)[）)]")


def _number_space_edits(text: str) -> list[Edit]:
    edits = [
        (m.start(), m.end(), "")
        for m in _NUMBER_DOT.finditer(text)
        if m.start() and _NUMBER_BEFORE.search(text, max(0, m.start() - 5), m.start())
    ]
    edits += [(m.start(g), m.end(g), "") for m in _BRACKET_NUMBER_BLANK.finditer(text) for g in ("a", "b") if m.group(g)]
    edits += [(m.start(), m.end(), "") for m in _DATE_SPACE.finditer(text) if m.start() and text[m.start() - 1].isdigit()]
    edits += _spaced_digit_edits(text)
    edits.sort()
    return edits


# --------------------------------------------------------------------------- 7b: label colons

# A unit label whose colon OCR read as another mark or lost (牵头单位∶A / 牵头单位；A / 牵头单位A):
# the grammar reads a label by its colon, so the colon is put back. The ratio and small colons
# (∶ ︰ ﹕) after a label are always its colon; a separator, a dot (the colon's other dot lost:
# 牵头单位·A / 牵头单位.A), a blank or nothing only where the label stands alone (after a
# bracket, a separator or a line start) and a unit's name follows.
_LABEL_COLON = re.compile(
    r"(?:牵头|责任|配合|协办|主办|参与|协助|主责)(?:单位|部门|处室|科室|股室)"
    r"(?:(?P<ratio>[∶︰﹕])|(?P<sep>[；;，,.．·•・]|[ \u3000]{1,2}|[ \u3000]*\n[ \u3000]*)(?P<wrap>[ \u3000]*\n[ \u3000]*)?|(?=[^：:】\]］）)为\s]))"
)
_LABEL_ALONE_BEFORE = "（(〔【[［；;，,。 \u3000\n"  # not 、: 各牵头单位、责任单位，各乡镇 lists them
# the label's level or kind of duty (县级 / 具体 / 其他 / 属地 责任单位), as the grammar reads them
_LABEL_LEVEL_BEFORE = re.compile(r"(?:[省市县区][级直]|主要|其他|其它|具体|属地|直接|行业|第[一二三])$")
# The first name after the label: up to a separator, one bracket allowed (各县（市、区）人民政府).
_NAME_STOP = r"、，,；;。：:\n（()）〔〕【】［］\[\]\s"
_FIRST_NAME = re.compile(f"[^{_NAME_STOP}]{{2,30}}(?:[（(][^（()）\n]{{1,12}}[）)][^{_NAME_STOP}]{{0,20}})?")
_LABEL_WORD = re.compile(r"(?:牵头|责任|配合|协办|主办|参与|协助|主责)(?:单位|部门|处室|科室|股室)")
_NOT_NAME_START = frozenset("为中的均是要应需须由在和及与")


def _label_colon_edits(text: str) -> list[Edit]:
    """``：`` for the misread or missing colon after each unit label (see ``_LABEL_COLON``)."""
    edits: list[Edit] = []
    for m in _LABEL_COLON.finditer(text):
        if m.group("ratio"):
            edits.append((m.start("ratio"), m.end("ratio"), "："))
            continue
        s = m.start()
        level = _LABEL_LEVEL_BEFORE.search(text, max(0, s - 2), s)
        s = level.start() if level else s
        if s and text[s - 1] not in _LABEL_ALONE_BEFORE:
            continue  # 县水利局为第一责任单位，B…: the label is what A is, not a list's head
        name = _FIRST_NAME.match(text, m.end())
        if name is None or name.group()[0] in _NOT_NAME_START or (
            _LABEL_WORD.search(name.group()) and name.group()[0] != "各"  # 各牵头单位 is a collective
        ):
            # 配合单位\n为A (a wrapped 配合单位为A), a table header's next label, a note on the
            # list (（责任单位中第一个为牵头单位）)
            continue
        if not _looks_like_unit(name.group().removesuffix("等")):
            continue
        if m.group("sep"):
            edits.append((m.start("sep"), m.end("sep"), "："))
        else:  # put the colon after the label's last character (both map to that character)
            edits.append((m.end() - 1, m.end(), text[m.end() - 1] + "："))
    return edits


def _looks_like_unit(name: str) -> bool:
    from respgraph.grammar.units import looks_like_unit  # the grammar's own test, loaded late

    return looks_like_unit(name)
