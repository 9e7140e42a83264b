"""Task-division tables (任务分工表) in PDFs, put back into rows.

pypdf's text layer of a table is a stream of cells: the header ``序号 / 工作任务 / 牵头单位 /
责任单位 / 完成时限`` and then each cell on its own line (or a row's cells on one line, single
spaces apart), a long cell wrapped over several lines. The structure stage needs rows, so:

* pages whose text shows such a header are re-read with pdfplumber, which finds the table
  from its ruling lines; a cell's lines are joined back (a line that reaches the cell's right
  edge was wrapped by the layout, so no separator; a shorter one ended a paragraph);
* where pdfplumber finds no table (no ruling lines) or is not installed, the cell stream is
  re-assembled from the text: rows start at the serial number (1, 2, 3 …), the unit and
  deadline columns take the last cells of a row, the task column the rest.

Both return *segments*, ``("text", str)`` or ``("table", rows)``, which the reader renders
(tables as one row per line, cells tab-separated, as for .docx and HTML).

>>> s = "附表\\n序号\\n工作任务\\n牵头单位\\n责任单位\\n1\\n整治黑臭水体\\n区住建局\\n区水利局、区生态\\n环境局\\n说明。\\n"
>>> for kind, seg in text_segments(s):
...     print(kind, seg)
text 附表
<BLANKLINE>
table [['序号', '工作任务', '牵头单位', '责任单位'], ['1', '整治黑臭水体', '区住建局', '区水利局、区生态环境局']]
text 说明。
<BLANKLINE>
"""

from __future__ import annotations

import io
import re

from respgraph.grammar.units import _WORDS_ACROSS, looks_like_unit
from respgraph.pdf_text import _PAGE_NO, running_key

__all__ = ["cell_text", "has_division_header", "plumber_segments", "text_segments"]

Segment = tuple[str, object]

# Header labels: unit, task, deadline, number columns (respgraph.structure.tables reads the
# same names), plus the other columns such tables carry.
_UNIT = re.compile(r"(牵头|主办|主责|责任|配合|协助|参与|协办|协同|主体)(单位|部门)|责任主体")
# (a rectification list's 反馈问题 / 问题描述 / 整改目标及措施 / 责任区领导 / 承办单位 columns too, as
# respgraph.structure.table_columns reads them: a label it did not know ended the header there)
_LABEL = re.compile(
    r"^(序号|编号|序|.{0,5}(任务|内容|措施|事项|工作|举措|目标|指标|问题)(名称|描述|清单)?"
    r"|.{0,2}(牵头|主办|主责|责任|配合|协助|参与|协办|协同|主体|承办|落实|督办|督导)"
    r"(单位|部门|.?领导|人)|.{0,2}责任主体|.{0,3}(时限|时间|期限|进度|节点)|备注|类别|领域|分类|项目|序次|具体要求|工作要求|整改要求"
    r"|成果形式|责任分工|任务分工|分工|整改进展|进展情况|完成情况)$"
)
_PAGE_NO = re.compile(r"^[-—–－]?\s*\d{1,3}\s*[-—–－]?$|^第\s*\d+\s*页(\s*共\s*\d+\s*页)?$")
_DEADLINE = re.compile(r"(20\d{2}|年底|月底|季度|长期|持续|常态|前$|年内|每年|逐年)")
# deadlines of two characters, each a whole cell of a 完成时限 column (a fragment of two, 法局, is not)
_SHORT_DEADLINES = frozenset({"长期", "持续", "常态", "年内", "每年", "逐年", "年底", "月底"})
_SERIAL = re.compile(r"^(序号|编号|序)$")
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


def _header(tokens: list[str], i: int) -> tuple[list[str], int]:
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
    if len(names) >= 3 and any(_UNIT.search(t) for t in names):
        return names, j - i
    return [], 0


def _header_at(tokens: list[str], i: int) -> int:
    return _header(tokens, i)[1]


_TOKEN_GAP = re.compile(r"[ \t\u3000]+")


def _tokens(line: str) -> list[str]:
    line = line.strip()
    if _PAGE_NO.match(line):
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
    return any(len(t) <= 8 and not _PUNCT.search(t) and _header_at(toks, i) for i, t in enumerate(toks))


# --------------------------------------------------------------------------- from the text


def text_segments(text: str) -> list[Segment]:
    """Cut ``text`` into prose and tables re-assembled from a one-cell-per-line stream.

    A table needs a header of three or more labels with a unit column (牵头单位 …) and a
    序号 column: the serial numbers are what mark where a row starts.
    """
    lines = text.splitlines(keepends=True)
    # tokens with the line they come from
    toks: list[tuple[str, int]] = [(t, k) for k, line in enumerate(lines) for t in _tokens(line)]
    words = [t for t, _ in toks]
    out: list[Segment] = []
    done_line = 0  # lines before this one are emitted
    i = 0
    while i < len(toks):
        header, size = _header(words, i) if _SERIAL.match(words[i]) and not (i and toks[i - 1][1] == toks[i][1]) else ([], 0)
        if not size:
            i += 1
            continue
        n = len(header)
        rows, end = _rows(words, i + size, header)
        if not rows:
            i += 1
            continue
        first_line, last_line = toks[i][1], toks[end - 1][1]
        if first_line > done_line:
            out.append(("text", "".join(lines[done_line:first_line])))
        if out and out[-1][0] == "table" and len(out[-1][1][0]) == n and first_line == done_line:
            out[-1][1].extend(rows)  # the table goes on after a page break, header repeated
        else:
            out.append(("table", [header, *rows]))
        done_line = last_line + 1
        # a row may end mid-line; what follows on that line is prose (kept, not lost)
        rest = [t for t, k in toks[end:] if k == last_line]
        if rest:
            out.append(("text", " ".join(rest) + "\n"))
        i = end
        while i < len(toks) and toks[i][1] == last_line:
            i += 1
    if done_line < len(lines):
        out.append(("text", "".join(lines[done_line:])))
    return [s for s in out if s[0] == "table" or s[1]]


# A table one cell a line with no 序号 column (a WeChat or web copy of a 重点任务 | 牵头单位 |
# 配合单位 list): no serial number marks where a row starts, so its rows are read a header's
# width of lines at a time, as long as each row's unit cells read as units and its task cell
# does not (a unit cell holding a task, or a blank or a wrapped cell, ends the table there).
_UNIT_PIECE = re.compile(r"[、，,；;]")
# ... a collective too (区直各执法部门 / 各相关单位 / 各乡镇)
_COLLECTIVE_PIECE = re.compile(r"^(各|[区市县省州盟旗镇乡])[^，。；：\s]{0,18}(部门|单位|乡镇|镇街)$")


# a header's task column (重点任务 / 问题描述, not a unit's) and its deadline column
_TASK_HEAD = re.compile(r"任务|内容|措施|事项|工作|举措|问题")
_DEADLINE_HEAD = re.compile(r"时限|时间|期限")


def _unit_piece(p: str) -> bool:
    return bool(_AGENCY.match(p) or _COLLECTIVE_PIECE.match(p))


def _unnumbered_row(cells: list[str], header: list[str], task: int) -> bool:
    for k, (c, h) in enumerate(zip(cells, header)):
        if not c or " " in c or "\u3000" in c:
            return False
        if _UNIT.search(h) and not all(_unit_piece(p) for p in _UNIT_PIECE.split(c) if p):
            return False
        if k == task and (len(c) < 4 or _AGENCY.match(c) or _is_label(c)):
            return False
        if _DEADLINE_HEAD.search(h) and not _DEADLINE.search(c):
            return False
    return True


def unnumbered_segments(text: str) -> list[Segment]:
    """Cut ``text`` into prose and the tables one cell a line that have no 序号 column; [] when
    there is none."""
    lines = text.splitlines(keepends=True)
    words = [ln.strip() for ln in lines]
    out: list[Segment] = []
    done = k = 0
    while k < len(words):
        w = words[k]
        if not w or _SERIAL.match(w) or not _is_label(w) or (k and words[k - 1] and _is_label(words[k - 1])):
            k += 1
            continue
        header, size = _header(words, k)
        task = next((n for n, h in enumerate(header) if _TASK_HEAD.search(h) and not _UNIT.search(h)), None)
        if not size or task is None or any(not x for x in words[k : k + size]):
            k += 1
            continue
        n, j, rows = len(header), k + size, []
        while j + n <= len(words) and _unnumbered_row(words[j : j + n], header, task):
            rows.append(words[j : j + n])
            j += n
        if len(rows) < 2:
            k += 1
            continue
        out.append(("text", "".join(lines[done:k])))
        out.append(("table", [header, *rows]))
        done = k = j
    if not out:
        return []
    out.append(("text", "".join(lines[done:])))
    return [s for s in out if s[0] == "table" or s[1]]


def _rows(words: list[str], i: int, header: list[str]) -> tuple[list[list[str]], int]:
    """Body rows after a header ending at ``words[i]``; returns rows and the index after them."""
    n = len(header)
    deadline_last = bool(re.search(r"(时限|时间|期限|进度|节点)", header[-1]))
    rows: list[list[str]] = []
    expect = 1
    while i < len(words) and words[i] == str(expect):
        nxt = str(expect + 1)
        last = nxt not in words[i + 1 : i + 1 + 40 * n]  # no further row: prose follows the table
        # tokens up to the next serial number (skipping page numbers and a repeated header)
        j = i + 1
        cells: list[str] = []
        while j < len(words) and words[j] != nxt:
            if _SERIAL.match(words[j]):
                again, size = _header(words, j)
                if again == header:  # the header repeated at the top of the next page
                    j += size
                    continue
            if _PAGE_NO.match(words[j]) and j + 1 < len(words) and (words[j + 1] == nxt or _SERIAL.match(words[j + 1])):
                j += 1
                continue
            if last and len(cells) >= n - 1 and (
                (deadline_last and _DEADLINE.search(cells[-1]) and len(words[j]) > 3)
                or words[j].endswith(("。", "；")) or "：" in words[j] or ":" in words[j]
                or len(words[j]) > 30
            ):
                break  # the last row is complete: what follows is prose
            cells.append(words[j])
            j += 1
        row = _fit(cells, header)
        if row is None:
            break
        rows.append([str(expect), *row])
        expect += 1
        i = j
    return rows, i


# Characters an agency name or a deadline ends with: a line ending otherwise was cut by the
# cell width (区水利局、区生态 / 环境局).
_COMPLETE = re.compile(r"[局委办厅府心院队司室处科站所会部行团社联厂馆台校区县市镇乡街道前后底内止年月日期续常]$")


_UNIT_START = re.compile(r"^(各|[区市县省州盟旗镇乡])")
_CUT_AFTER_COMMA = re.compile(r"[、，,].?$")  # 县农业农村局、县 / 住房城乡建设局


def _date_cut(before: str, after: str) -> bool:
    """Are ``before`` and ``after`` pieces of one date (2024 / 年底, 2024年 / 12月)?"""
    return (before[-1:].isdigit() and after[:1] in "年月日") or (
        before[-1:] in "年月" and after[:1].isdigit() and (before[:1].isdigit() or len(before) == 1)
    )


def _complete(line: str) -> bool:
    """Does ``line`` end with a whole name or deadline (not cut by the cell width)?"""
    return bool(_COMPLETE.search(line)) and not _CUT_AFTER_COMMA.search(line)

_AGENCY = re.compile(
    r"^(各|[区市县省州盟旗镇乡])[^，。；：\s]{1,18}(局|委|办|厅|府|中心|院|队|公司|室|处|科|站|所|会|部|行|团|社|联|馆|台|街道)(等)?$"
)


def _fit(cells: list[str], header: list[str]) -> list[str] | None:
    """Distribute a row's lines over the columns after 序号: the columns after the task
    column take one cell each from the end (a fragment such as ``局`` or a line ending in
    ``、`` joins its neighbour), the columns before it one each from the start, the task
    column the rest."""
    cols = header[1:]
    if len(cells) < len(cols):
        return None
    if len(cells) == len(cols):
        return cells
    task = next((k for k, h in enumerate(cols) if re.search(r"(任务|内容|措施|事项|工作|举措)", h) and not _UNIT.search(h)), 0)
    before = cells[:task]
    rest = cells[task:]
    after: list[str] = []
    after_cols = cols[task + 1 :]
    for k in range(len(after_cols)):
        left = len(after_cols) - k - 1  # columns still to fill after this one, besides the task
        if len(rest) < 2 + left:
            return None
        cell = rest.pop()
        while len(rest) > 1 + left and (
            (len(cell) <= 2 and cell not in _SHORT_DEADLINES)
            or _date_cut(rest[-1], cell)  # 2024 / 年6月底前, 2024 年 / 12 月
            or (
                not _complete(rest[-1])
                and (
                    len(cell) <= 3
                    or rest[-1].endswith(("、", "，", ","))
                    # 县水利局、县自 / 然资源局: a unit line cut inside a name
                    or (_UNIT_START.match(rest[-1]) and (not _UNIT_START.match(cell) or rest[-1][-1] + cell[0] in _WORDS_ACROSS))
                )
            )
        ):
            cell = rest.pop() + cell
        idx = len(after_cols) - k - 1
        if _UNIT.search(after_cols[idx]):
            # whole agency names on lines of their own: between two unit columns the left one
            # (牵头) keeps one, the others are this column's (配合 lists are the long ones); the
            # first unit column after the task takes them all, the task keeping one line
            before_unit = any(_UNIT.search(h) for h in after_cols[:idx])
            while len(rest) > 1 + left and _AGENCY.match(cell.split("\n", 1)[0]) and _AGENCY.match(rest[-1]) and (
                _AGENCY.match(rest[-2]) or not before_unit
            ):
                cell = rest.pop() + "\n" + cell
        after.insert(0, cell)
    return [*before, "".join(rest), *after]


# --------------------------------------------------------------------------- pdfplumber


def plumber_segments(data: bytes, pages: list[int], running: set[str] | frozenset[str] = frozenset()) -> dict[int, list[Segment]]:
    """Pages (0-based indexes) re-read with pdfplumber: their prose and tables in reading
    order; so is each page after one that ends in a table (a table runs on without its header
    repeated). A page where pdfplumber finds no table is left out; so is everything when
    pdfplumber is not installed or cannot read the file. ``running``: the running heads and
    feet of the document (respgraph.pdf_text.drop_running_lines), left out of the pages."""
    try:
        import pdfplumber
    except ImportError:
        return {}
    out: dict[int, list[Segment]] = {}
    wanted = set(pages)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            edges: list[float] | None = None  # the columns of a borderless table going on
            for k in range(min(wanted, default=len(pdf.pages)), len(pdf.pages)):
                going_on = k - 1 in out and _ends_in_table(out[k - 1])
                if k not in wanted and not going_on:
                    continue
                page = _without_running(pdf.pages[k], running)
                segs, edges = _page_segments(page, edges if going_on else None)
                if segs:
                    out[k] = segs
    except Exception:  # pdfminer fails on some files pypdf reads: keep pypdf's text
        return out
    return out


def _without_running(page, running: set[str] | frozenset[str]):
    """The page without its running heads and feet, and its page number: under a borderless
    table, a foot would be read as the continuation of the last row's cells."""
    lines = page.extract_text_lines()
    boxes = [
        (ln["x0"] - 0.5, ln["top"] - 0.5, ln["x1"] + 0.5, ln["bottom"] + 0.5)
        for ln in lines[:3] + lines[-3:] if running_key(ln["text"]) in running or _PAGE_NO.match(ln["text"].strip())
    ]  # fmt: skip
    if not boxes:
        return page
    return page.filter(
        lambda o: o.get("object_type") != "char"
        or not any(x0 <= o["x0"] and o["x1"] <= x1 and top <= o["top"] and o["bottom"] <= bottom for x0, top, x1, bottom in boxes)
    )


_PAGE_FOOT = re.compile(r"[\s\-—–－第页共\d]*")


def _ends_in_table(segs: list[Segment]) -> bool:
    """Does a page end in a table (nothing after it but its page number)?"""
    last = max((k for k, (kind, _) in enumerate(segs) if kind == "table"), default=None)
    return last is not None and all(_PAGE_FOOT.fullmatch(str(seg)) for _, seg in segs[last + 1 :])


def _page_segments(page, edges: list[float] | None = None) -> tuple[list[Segment], list[float] | None]:
    """The page's prose and tables, and the column edges of a borderless table it ends with.
    ``edges``: those of the borderless table the previous page ended with."""
    tables = [t for t in page.find_tables() if len(t.rows) >= 2 and len(t.columns) >= 3]
    found = [(t.bbox, _table_rows(page, t), None) for t in tables] or _aligned_tables(page, edges)
    if not found:
        return [], None
    found.sort(key=lambda t: t[0][1])
    segs: list[Segment] = []
    top = page.bbox[1]
    x0, _, x1, bottom = page.bbox
    for bbox, rows, _ in found:
        if bbox[1] > top:
            segs.append(("text", _text(page.within_bbox((x0, top, x1, bbox[1])))))
        segs.append(("table", rows))
        top = max(top, bbox[3])
    if bottom > top:
        segs.append(("text", _text(page.within_bbox((x0, top, x1, bottom)))))
    return [s for s in segs if s[0] == "table" or s[1]], found[-1][2]


_TEXT_STRATEGY = {"vertical_strategy": "text", "horizontal_strategy": "text"}


def _aligned_tables(page, edges: list[float] | None = None) -> list[tuple[tuple, list[list[str]], list[float]]]:
    """A borderless division table (no ruling lines; pypdf gives it as a stream of cells).
    Its columns are the text's vertical gaps (pdfplumber's text strategy) or, where that finds
    none, the places of the header's labels; on a page the table runs onto without its header,
    the column ``edges`` of the page before. Each line of the page becomes a row of the grid;
    the lines go together into the table's rows where the 序号 column holds something (a
    number, a section's title) — the layout of a table whose cells are set at the top — or,
    when the lines between rows stand further apart than those inside a cell (cell padding),
    at those gaps. Returns (bbox, rows, column edges) for each table."""
    try:
        out = []
        for t in page.find_tables(table_settings=_TEXT_STRATEGY):
            lines = _lines(t)
            at = _aligned_header(lines)
            rows = _aligned_rows(lines[at + 1 :]) if at is not None else []
            if rows:
                bbox = (t.bbox[0], lines[at][0][1], t.bbox[2], lines[-1][0][3])
                cols = [c.bbox for c in t.columns]
                out.append((bbox, [lines[at][1], *_joined_rows(rows)], [c[0] for c in cols] + [cols[-1][2]]))
        if out:
            return out
        head: tuple[list[str], float, float] | None = None  # its labels, bottom and top
        if edges is None:
            head, edges = _header_edges(page)
            if edges is None:
                return []
        # the outer edges where this page's text begins and ends (pdfplumber needs the lines
        # to meet the text's own horizontal edges)
        words = page.extract_words()
        edges = [min(w["x0"] for w in words) - 1, *edges[1:-1], max(w["x1"] for w in words) + 1]
        settings = {"vertical_strategy": "explicit", "explicit_vertical_lines": edges, "horizontal_strategy": "text"}
        tables = page.find_tables(table_settings=settings)[:1]
        lines = [ln for ln in _lines(tables[0]) if head is None or ln[0][1] > head[1]] if tables else []
        lines = _within_columns(page, lines, edges)
        if head is None and _aligned_header(lines[:1]) == 0:
            # the header repeated over the page the table runs onto: a row of its own (not
            # the head of the row that runs over the page break, cells going on under it)
            head, lines = (lines[0][1], lines[0][0][3], lines[0][0][1]), lines[1:]
        rows = _aligned_rows(lines) if lines and len(lines[0][1]) == len(edges) - 1 else []
        if not rows:
            return []
        # the header is the table's: not the prose above it as well
        bbox = (edges[0], head[2] if head else lines[0][0][1], edges[-1], lines[-1][0][3])
        return [(bbox, ([head[0]] if head else []) + _joined_rows(rows), edges)]
    except Exception:  # pdfplumber's text strategy on an odd page: the text path reads it
        return []


def _header_edges(page) -> tuple[tuple[list[str], float, float] | None, list[float] | None]:
    """A header line of labels (序号 first) and the column edges it gives: each column starts
    in the blank nearest its label's left, among the lines under it; and the header's bottom
    and top."""
    words = page.extract_words()
    for w in words:
        if not _SERIAL.match(w["text"]):
            continue
        line = sorted((v for v in words if abs(v["top"] - w["top"]) < 2), key=lambda v: v["x0"])
        texts = [v["text"] for v in line]
        if line[0] is not w or len(texts) < 3 or _header(texts, 0)[0] != texts:
            continue
        below = [v for v in words if v["top"] > w["bottom"]]
        nxt = min((v["top"] for v in below), default=None)
        if nxt is not None and all(_ROLE_LABEL.match(v["text"]) for v in below if abs(v["top"] - nxt) < 2):
            return None, None  # a second header row (牵头 | 配合 under 责任单位): columns unknown
        edges = [page.bbox[0]]
        for prev, label in zip(line, line[1:]):
            x = label["x0"] - 1
            while x > prev["x1"] and any(v["x0"] < x < v["x1"] for v in below):
                x -= 1  # a word lies across: the column starts further left
            if x <= prev["x1"]:
                return None, None  # no blank between the labels (centred labels): columns unknown
            edges.append(x)
        edges.append(page.bbox[2])  # the last column runs to the page's edge
        return (texts, w["bottom"], w["top"]), edges
    return None, None


def _within_columns(page, lines: list, edges: list[float]) -> list:
    """The lines of a table running on at the top of a page: after any line set across the
    columns (a running head) and up to the next (the prose after the table)."""
    inner = edges[1:-1]
    words = page.extract_words()

    def across(bbox) -> bool:
        return any(
            bbox[1] - 1 <= w["top"] <= bbox[3] and any(w["x0"] < e - 2 and w["x1"] > e + 2 for e in inner) for w in words
        )

    k = 0
    while k < len(lines) and across(lines[k][0]):
        k += 1
    end = next((j for j in range(k, len(lines)) if across(lines[j][0])), len(lines))
    return lines[k:end]


def _lines(table) -> list[tuple[tuple, list[str]]]:
    """The table's rows that hold text: (bbox, cell texts)."""
    return [(r.bbox, [(c or "").strip() for c in cells]) for r, cells in zip(table.rows, table.extract()) if any(c and c.strip() for c in cells)]


def _aligned_header(lines) -> int | None:
    return next((k for k, (_, cells) in enumerate(lines) if all(cells) and _SERIAL.match(cells[0]) and _header(cells, 0)[0] == cells), None)


def _aligned_rows(lines: list) -> list[list[list[str]]]:
    """The body lines (bbox, cells) grouped into the table's rows."""
    if not lines:
        return []
    gaps = [b[0][1] - a[0][3] for a, b in zip(lines, lines[1:])]
    small = min(gaps, default=0.0)
    # padded rows: the gaps between rows are clearly wider than the narrowest; they are the
    # rows' bounds when each part between them holds one serial number (wherever the cell
    # sets it: at the top or in the middle)
    wide = [False, *(g > small + 2.0 for g in gaps)]
    parts: list[list[list[str]]] = []
    for w, (_, cells) in zip(wide, lines):
        if w or not parts:
            parts.append([cells])
        else:
            parts[-1].append(cells)
    if len(parts) > 1 and all(sum(1 for c in part if c[0]) == 1 for part in parts[1:]):
        return parts
    rows: list[list[list[str]]] = []
    for _, cells in lines:  # cells set at the top: a row starts at its number (or section title)
        if cells[0] or not rows:
            rows.append([cells])
        else:
            rows[-1].append(cells)
    return rows


def _joined_rows(rows: list[list[list[str]]]) -> list[list[str]]:
    """Each row's lines joined column by column: a cell's lines were wrapped by its width
    (市发展改革 / 委、市商务局), except between two whole names (市城市管理局 / 市水务局)."""
    out = []
    for lines in rows:
        cells = []
        for col in zip(*lines):
            text = ""
            for piece in (c for c in col if c):
                if text and _COMPLETE_NAME.search(text) and _UNIT_START.match(piece) and text[-1] + piece[0] not in _WORDS_ACROSS:
                    text += "\n"
                text += piece
            cells.append(text)
        out.append(cells)
    return out


_COMPLETE_NAME = re.compile(r"[局委办厅府心院队室处站所会部社]$")


def _text(region) -> str:
    s = region.extract_text() or ""
    return s + "\n" if s.strip() else ""


def _table_rows(page, table) -> list[list[str]]:
    tx0, ttop, tx1, tbottom = table.bbox
    # the table's characters with their centres, once: selecting them per cell is cheap,
    # cropping the page per cell (pdfplumber clips every object each time) is not
    chars = [
        ((c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2, c)
        for c in page.chars
        if tx0 <= (c["x0"] + c["x1"]) / 2 <= tx1 and ttop <= (c["top"] + c["bottom"]) / 2 <= tbottom
    ]
    # each grid column's middle: between its left edge and the next column's (pdfplumber widens
    # a column to a cell spanning columns, 责任单位 over 牵头单位 | 配合单位, so that its middle
    # falls in the next column)
    lefts = [c.bbox[0] for c in table.columns]
    mids = [(x + (lefts[j + 1] if j + 1 < len(lefts) else table.columns[j].bbox[2])) / 2 for j, x in enumerate(lefts)]
    rows: list[list[str]] = []
    for r in table.rows:
        row = []
        for j, cell in enumerate(r.cells):
            if cell is None:
                # covered by a merged cell: one reaching down from a row above repeats its
                # text (as a vertically merged .docx cell does); one across the row is empty
                cx = mids[j] if j < len(mids) else -1
                cy = (r.bbox[1] + r.bbox[3]) / 2
                owner = next((c for c in table.cells if c[0] <= cx <= c[2] and c[1] <= cy <= c[3]), None)
                row.append(cell_text(chars, owner) if owner is not None and owner[1] < r.bbox[1] - 0.5 else "")
            else:
                row.append(cell_text(chars, cell))
        rows.append(row)
    return rows


def _cell_lines(chars, bbox) -> list[tuple[str, float, float]]:
    """The text lines of one cell as ``(text, right edge, character width)``."""
    x0, top, x1, bottom = bbox
    inside = sorted((c for cx, cy, c in chars if x0 <= cx <= x1 and top <= cy <= bottom), key=lambda c: c["top"])
    groups: list[list[dict]] = []
    for c in inside:
        if groups and abs(c["top"] - groups[-1][0]["top"]) <= 0.5 * max(c["size"], 1.0):
            groups[-1].append(c)
        else:
            groups.append([c])
    lines = []
    for g in groups:
        g.sort(key=lambda c: c["x0"])
        text, prev = "", None
        for c in g:
            if prev is not None:
                if c["text"] == prev["text"] and abs(c["x0"] - prev["x0"]) < 1:
                    continue  # fake bold: the glyph drawn twice
                gap = c["x0"] - prev["x1"]
                if gap > 0.5 * (prev["x1"] - prev["x0"]) and not text.endswith(" ") and c["text"] != " ":
                    text += " "
            text += c["text"]
            prev = c
        text = text.strip()
        if text:
            width = max((c["x1"] - c["x0"] for c in g), default=10.0)
            lines.append((text, max(c["x1"] for c in g), width))
    return lines


def _units_apart(prev: str, line: str) -> bool:
    """Are two lines of a cell two whole unit names, one per paragraph (区市场监管局 / 公安潞州分局)?
    Lines of like length would otherwise pass for a padded cell's wrapped text and be joined."""
    return bool(_COMPLETE_NAME.search(prev)) and looks_like_unit(prev) and looks_like_unit(line)


def cell_text(chars, bbox) -> str:
    """The text of the cell ``bbox`` (x0, top, x1, bottom): of ``chars``, (centre x, centre y,
    char) with each char a dict of ``text``, ``x0``, ``x1``, ``top``, ``size`` as pdfplumber
    gives them, those whose centre is inside; lines the cell wrapped joined, its paragraphs
    on lines of their own (respgraph/ofd.py uses it for OFD tables too)."""
    lines = _cell_lines(chars, bbox)
    out = ""
    full = max((right for _, right, _ in lines), default=bbox[2])
    for k, (text, _, _) in enumerate(lines):
        if k:
            prev, right, width = lines[k - 1]
            # a line that reaches the right edge was wrapped by the layout: the next line
            # goes on without a separator (区生态环境 / 局); a shorter one ended a paragraph.
            # The edge is the cell's, or its longest line's (a padded cell); a line may stop a
            # character short of it when the next one may not open a line (改 / 造。).
            wrapped = bbox[2] - right < 2.0 * width or (full - right < 1.5 * width and not _units_apart(prev, text))
            ascii_join = prev[-1:].isascii() and prev[-1:].isalnum() and text[:1].isascii()
            out += (" " if ascii_join else "") if wrapped else "\n"
        out += text
    return out
