"""A table given as a stream of cells (pypdf's text layer, one cell a line or a row's cells on
one line) put back into rows where a 序号 column numbers them: ``text_segments`` finds the
header, ``_rows`` cuts the body at the serial numbers 1, 2, 3 …, ``_fit`` spreads a row's lines
over its columns (a cell wrapped by its width joined back). Also the patterns of a whole agency
name (``_AGENCY``, ``_UNIT_START``) the other table readers use.
"""

from __future__ import annotations

import re

from respgraph.clean.portal.running import RUNNING_HEAD
from respgraph.grammar.units import WORDS_ACROSS
from respgraph.pdf_tables.header import (
    PAGE_NUMBER_WORD, _DEADLINE, SERIAL_LABEL, _SHORT_DEADLINES, _UNIT, Segment, header_at, _tokens,
)


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
        header, size = header_at(words, i) if SERIAL_LABEL.match(words[i]) and not (i and toks[i - 1][1] == toks[i][1]) else ([], 0)
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


def _rows(words: list[str], i: int, header: list[str]) -> tuple[list[list[str]], int]:
    """Body rows after a header ending at ``words[i]``; returns rows and the index after them."""
    n = len(header)
    deadline_last = bool(re.search(r"(时限|时间|期限|进度|节点)", header[-1]))
    # the last row's cells before its deadline may be one fewer: its 配合单位 left empty
    at_deadline = n - 1 - any(_OPTIONAL_COL.search(h) for h in header[2:-1])
    rows: list[list[str]] = []
    expect = 1
    while i < len(words):
        if _GROUP_TITLE.match(words[i]) and i + 1 < len(words) and words[i + 1] == str(expect):
            # a group row spanning the table (一、大气污染防治) before the row it opens: kept as a
            # row of its own, its title in the first cell
            rows.append([words[i]] + [""] * (n - 1))
            i += 1
        if words[i] != str(expect):
            break
        nxt = str(expect + 1)
        last = nxt not in words[i + 1 : i + 1 + 40 * n]  # no further row: prose follows the table
        # tokens up to the next serial number (skipping page numbers and a repeated header)
        j = i + 1
        cells: list[str] = []
        while j < len(words) and words[j] != nxt:
            if SERIAL_LABEL.match(words[j]):
                again, size = header_at(words, j)
                if again == header:  # the header repeated at the top of the next page
                    j += size
                    continue
            if PAGE_NUMBER_WORD.match(words[j]) and j + 1 < len(words) and (words[j + 1] == nxt or SERIAL_LABEL.match(words[j + 1])):
                j += 1
                continue
            if _PAGE_MARK.match(words[j]):
                # a page break inside a row (区经济促进局、区科学 / — 2 — / 顺府办发〔2024〕9号 /
                # 技术局、…): its number and the running head under it are no cells
                j += 1
                while j < len(words) and RUNNING_HEAD.match(words[j]):
                    j += 1
                continue
            if _GROUP_TITLE.match(words[j]) and j + 1 < len(words) and words[j + 1] == nxt and len(cells) >= n - 1:
                break  # the next group's title, over the next row
            if (last and deadline_last and cells and _DEADLINE.search(cells[-1]) and len(words[j]) > 3
                    and (len(cells) >= n - 1 or (len(cells) >= at_deadline and len(cells[-1]) <= 12))):
                break  # the last row is complete, its deadline read: what follows is prose
            if last and len(cells) >= n - 1 and (
                words[j].endswith(("。", "；")) or "：" in words[j] or ":" in words[j]
                or len(words[j]) > 30 or _GROUP_TITLE.match(words[j])  # 三、保障措施: the plan's next chapter
                or _SIGNED.match(words[j]) or j + 1 < len(words) and _SIGNED.match(words[j + 1])  # the signature and its date
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


# a group row's title (一、黄河干流保护 / （二）城市污染治理): a short title with its chapter number
_GROUP_TITLE = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])[^。；;：:\s]{2,24}$")


# the date under the plan's signature (保定市…领导小组办公室 / 2019年2月28日 / 二〇一九年二月二十八日)
# after the last row of a table without a deadline column: no cell of that row (the row's lead
# was the issuer, its support the date)
_SIGNED = re.compile(r"^(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日$")


# A page number no cell holds alone: between dashes (— 2 —) or 第 2 页 (a bare 2 may be a cell)
_PAGE_MARK = re.compile(r"^[-—–－]\s*\d{1,3}\s*[-—–－]$|^第\s*\d+\s*页(\s*共\s*\d+\s*页)?$")


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
    """Does ``line`` end with a whole name or deadline (not cut by the cell width)? Not one ending
    in 城乡, a name's middle (市住房和城乡 / 建设局), though 乡 may end a township's."""
    return bool(_COMPLETE.search(line)) and not _CUT_AFTER_COMMA.search(line) and not line.endswith("城乡")

_AGENCY = re.compile(
    r"^(各|[区市县省州盟旗镇乡])[^，。；：\s]{1,18}(局|委|办|厅|府|中心|院|队|公司|室|处|科|站|所|会|部|行|团|社|联|馆|台|街道)(等)?$"
)


# a place's government or zone named by the place (甘州区人民政府 / 临泽县人民政府 / 张掖经开区管委会):
# a whole name on its line as _AGENCY's are, though it opens with no level word
_PLACE_BODY = re.compile(r"^[^，。；：、\s]{2,10}(?:人民政府|政府|管委会|管理委员会|办事处)$")


# a column whose cell a row may leave empty: its supports (配合单位 / 协办单位 / 协同部门 / 参与单位)
_OPTIONAL_COL = re.compile(r"(配合|协助|协办|协同|参与)(单位|部门)")


def _support_left_empty(cells: list[str], cols: list[str]) -> list[str] | None:
    """A row one cell short, copied one cell a line with its empty 配合单位 cell dropped (or left a
    blank line): its cells with that column's empty cell put back, where the cell before it is a
    whole name (the lead's) and the one after, if any, a deadline; None otherwise."""
    k = next((i for i in range(len(cols) - 1, 0, -1) if _OPTIONAL_COL.search(cols[i]) and not LEAD_LABEL.search(cols[i])), None)
    if k is None or not _whole_name(cells[k - 1].rsplit("、", 1)[-1]):
        return None
    if k < len(cells) and not (_DEADLINE.search(cells[k]) or cells[k] in _SHORT_DEADLINES):
        return None
    return [*cells[:k], "", *cells[k:]]


LEAD_LABEL = re.compile(r"牵头|主办|主责")


# a line of a unit cell holding a whole name, or a name's tail, before a 、 (市水利局、安居 / 化局、市自然)
_NAME_BEFORE_COMMA = re.compile(r"^[^，。；：、\s]*(?:局|委|办|厅|府|中心|院|队|公司|室|处|科|站|所|会|部|行|团|社|联|馆|台)、")


def _support_after_wrapped_task(cells: list[str], cols: list[str]) -> list[str] | None:
    """A row whose task is wrapped over lines and whose 配合单位 cell, the column before its
    deadline, is empty (推进秸秆肥料化、饲 / 料化、能源化利用 / 市农业农村局 / 2022年10月): as many
    lines as columns or more, the lead standing where the support would. The row with that empty cell
    put back before its deadline, where the line before the lead is no name; None otherwise."""
    if len(cols) < 3 or not _OPTIONAL_COL.search(cols[-2]) or not re.search(r"(时限|时间|期限|进度|节点)", cols[-1]):
        return None
    if not (_DEADLINE.search(cells[-1]) or cells[-1] in _SHORT_DEADLINES) or not _whole_name(cells[-2]):
        return None
    before = cells[-3]
    if _whole_name(before) or _COMPLETE.search(before) or _UNIT_START.match(before) or before.endswith("、"):
        return None
    return [*cells[:-1], "", cells[-1]]


def _whole_name(line: str) -> bool:
    return bool(_AGENCY.match(line) or _PLACE_BODY.match(line))


def _fit(cells: list[str], header: list[str]) -> list[str] | None:
    """Distribute a row's lines over the columns after 序号: the columns after the task
    column take one cell each from the end (a fragment such as ``局`` or a line ending in
    ``、`` joins its neighbour), the columns before it one each from the start, the task
    column the rest."""
    cols = header[1:]
    if len(cells) == len(cols) - 1:
        cells = _support_left_empty(cells, cols) or cells
    elif len(cells) >= len(cols):
        cells = _support_after_wrapped_task(cells, cols) or cells
    if len(cells) < len(cols):
        return None
    if len(cells) == len(cols):
        return cells
    task = next((k for k, h in enumerate(cols) if _TEXT_COLUMN.search(h) and not _UNIT.search(h)), 0)
    before = cells[:task]
    rest = cells[task:]
    after: list[str] = []
    # a second text column beside the task's (重点任务 | 具体措施): the two share what the columns
    # after them leave, by the lines' widths (``_first_wrapped_cell``)
    measure = int(task + 1 < len(cols) and bool(_TEXT_COLUMN.search(cols[task + 1])) and not _UNIT.search(cols[task + 1]))
    after_cols = cols[task + 1 + measure :]
    for k in range(len(after_cols)):
        left = len(after_cols) - k - 1 + measure  # columns still to fill after this one, besides the task
        if len(rest) < 2 + left:
            return None
        cell = rest.pop()
        while cell and len(rest) > 1 + left and (
            (len(cell) <= 2 and cell not in _SHORT_DEADLINES)
            or _date_cut(rest[-1], cell)  # 2024 / 年6月底前, 2024 年 / 12 月
            # 各乡镇 / （街道）, 各县 / （市、区）政府: a name's bracket wrapped onto the next line
            or (cell[:1] in "（(" and _UNIT_START.match(rest[-1].rsplit("、", 1)[-1]) is not None)
            or (
                not _complete(rest[-1])
                and (
                    len(cell) <= 3
                    or rest[-1].endswith(("、", "，", ","))
                    # 市水利局、安居 / 区人民政府: a list's last name cut, after a whole one (化局、市自然 /
                    # 资源和规划局: a name's tail); not a task's words (乡、村三级包保), nor a bracket's
                    # close (各乡镇（街道） ends a name)
                    or (_NAME_BEFORE_COMMA.match(rest[-1]) is not None and not rest[-1].endswith(("）", ")")))
                    # 市应急管理局、 / 国家矿山安全监 / 察局陕西局榆林分局: a list's next name, cut
                    or (len(rest) > 2 + left and rest[-2].endswith("、") and not _UNIT_START.match(cell))
                    # 县水利局、县自 / 然资源局: a unit line cut inside a name (化局、市自然 / 资源和规划局:
                    # its last name's)
                    or ((_UNIT_START.match(rest[-1]) or _UNIT_START.match(rest[-1].rsplit("、", 1)[-1])) and (not _UNIT_START.match(cell) or rest[-1][-1] + cell[0] in WORDS_ACROSS))
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
            while len(rest) > 1 + left and _whole_name(cell.split("\n", 1)[0]) and _whole_name(rest[-1]) and (
                _whole_name(rest[-2]) or not before_unit
            ):
                cell = rest.pop() + "\n" + cell
        after.insert(0, cell)
    if measure:
        return [*before, *_first_wrapped_cell(rest), *after]
    return [*before, "".join(rest), *after]


_TEXT_COLUMN = re.compile(r"(任务|内容|措施|事项|工作|举措)")


def _width(line: str) -> float:
    return sum(0.5 if ord(c) < 128 else 1 for c in line)


def _first_wrapped_cell(lines: list[str]) -> tuple[str, str]:
    """Two text cells side by side given one after the other, a line at a time (加强土壤污染 /
    源头防控 / 更新土壤污染重点监管单位 / 名录，督促落实…): where the first ends. A cell wrapped by
    its column's width fills every line but its last, so the first cell goes on while the line
    before was as wide as the cell's widest line (a half-width digit's difference allowed) and the
    line is no more than a character wider (a line's end pushed by punctuation); the second cell
    keeps one line at least."""
    full = _width(lines[0])  # the column's width as far as its lines show it
    i = 1
    while i < len(lines) - 1 and _width(lines[i - 1]) >= full - 0.5 and _width(lines[i]) <= full + 1:
        full = max(full, _width(lines[i]))
        i += 1
    return "".join(lines[:i]), "".join(lines[i:])
