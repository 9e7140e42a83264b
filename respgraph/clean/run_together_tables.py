"""Step 5b, a division table whose cells ran together with nothing between them (a document-sharing
site's text of a 分工表, 百度文库 / 原创力: …分工表序号工作任务牵头单位配合单位完成时限1推进…1万亩区城市更新局
佛山市自然资源局南海分局、区经济促进局2021年12月底前2加快…): its header and rows go on lines of their
own, cells a tab apart, so that the table is read as a tab-separated one (``structure.text_tables``).

Only what the header says the columns are is read: 序号, a task column (two or three run together,
主要任务具体措施, read as one), one unit column or more (牵头单位 / 配合单位 …), a time column last or
right after the task, or none, and a 备注 last or none (read as left empty: text in it would stand
between the deadline and the next serial, and the row would not read). The header's names run
together too, and row 1 follows them (on the same line or the next; a section row 一、… may stand
between). A row opens with the serial that counts on (1, 2, 3 …) and holds the task, the unit lists
and its deadline (``2021年12月底前``, ``长期坚持``, ``持续推进``); the next serial follows at once, or
after a section row. The units are cut from the task where the shortest run of names that reads to
the row's end as one list per unit column starts (names a unit grammar accepts; two columns' lists
meet with no separator, a name's end and the next name's opening: a level, 各, a place the title
names or the registry lists, 国网 / 团县委 …); where no run reads so, the last unit columns are
left empty, unless a name of the run holds two. Every row must read, row 1 and row 2 at least;
else the text is left as it was (prose with numbers, an indicator table, a header of other
columns, rows naming people). Text wrapped at a fixed width is read unwrapped, and the wrap's
breaks inside the table go.
"""

from __future__ import annotations

import re

from respgraph.clean.edits import Edit
from respgraph.clean.flat_tables import _unwrapped
from respgraph.clean.spacing import _TABLE_HEAD_CELL, _UNIT_HEAD_CELL

_HEAD_START = re.compile(r"(?:序号|编号)(?=[\u4e00-\u9fff])")
_HEAD_WRAPPED = re.compile(r"(?:序号|编号)\n?[\u4e00-\u9fff]")  # (a wrap may cut the header)
_HEAD_MAX = 40  # how long the run of column names may be (序号 … 完成时限)
_NAME_MAX = 6  # the longest column name (重点工作任务, 民生实事项目)
_TIME_COL = re.compile(r"(?:完成|整改|办结)?(?:时限|时间|期限)")
_NUMBER_COL = ("序号", "编号")
# a 备注 column last, left empty (its cell vanished with the blanks: the deadline meets the next serial)
_NOTE_COL = "备注"

# What a deadline cell holds (read at the end of a row, right before the next row's number).
_DEADLINE = (
    r"(?:\d{4}(?:年(?:\d{1,2}月)?(?:\d{1,2}日)?)?(?:[—\-－~～至]\d{4}年(?:\d{1,2}月)?)"
    r"|\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:第?[一二三四1-4]季度)?"
    r"(?:底|末|中旬|上旬|下旬|上半年|下半年|年底|年内)?(?:前|以前|之前)?(?:完成)?"
    r"|(?:每年|\d{4}年)?(?:年底前|年内完成)|长期坚持|长期推进|长期|持续推进|持续开展|持续|常态化推进|常态化|立行立改)"
)
_DEADLINE_AT_END = re.compile(f"{_DEADLINE}$")
# a section row spanning the table (一、大气污染防治), run together between a row's end and the next serial
_SECTION_TITLE = re.compile(r"[一二三四五六七八九十]{1,3}、[^\d\s，。；;、：:（）()]{2,24}?(?=\n?\d)")
_DEADLINE_AT = re.compile(_DEADLINE)
# what a number counting items in a task (2个 / 3万亩 / 5年) has after it: no row opens there
_MEASURE = frozenset("年月日号个万亿千百十项家所座条处次人名户亩公米吨元台套支批件类期%．.、，,）)")
_ROW_GAP = 400  # the longest row (a task, its units, a deadline)
_TASK_MIN = 4  # the shortest task

_SEPARATORS = "、，,；;"
_NAME_END = frozenset("局委办部院厅室心司府会队所站社署处门位团")
_LEVEL = frozenset("省市县区")
_NAME_OPEN = frozenset("省市县区镇乡各")
# two characters that make one word across a level character (城市 / 全市 / 社区): no name opens at it
_WORD_ACROSS = frozenset({"城乡", "城市", "城区", "城镇", "乡镇", "社区", "园区", "景区", "地区", "市区", "街镇", "小区", "全市",
                          "全县", "全区", "全省", "本市", "本县", "本区", "该市", "两区", "县区", "市县", "省市"})
_NOT_OPEN = ("市场", "区域", "县域", "市政公", "市政工", "乡村", "镇村", "各类", "各级", "各项", "各种")
# how a body named without a place opens (县住建局国网修水县供电公司 / 县教育局团县委): the next
# list may start there (a place-less second list was read as the first's last name, 县住建局国网…公司)
_BODY_OPEN = ("国网", "国家", "中国", "中共", "共青团", "团县委", "团市委", "团区委", "人民银行", "武警", "消防救援")
# a place written at a line's start, as a title opens (佛山市南海区2021年…): 佛山市, 南海区
_TITLE_PLACES = re.compile(r"(?m)^(?:[\u4e00-\u9fff]{2}[省市县区])+")


def _header(text: str, i: int) -> tuple[int, list[str]] | None:
    """The column names run together from ``i`` (序号…) up to row 1's number, when they are 序号,
    one task column, unit columns, an optional time column and an optional 备注 last: where they end
    and the names."""
    j = i
    while j < len(text) and j - i <= _HEAD_MAX and "\u4e00" <= text[j] <= "\u9fff":
        j += 1
    if text[j : j + 1] == "、" and text[j - 1] in "一二三四五六七八九十":
        while text[j - 1] in "一二三四五六七八九十":
            j -= 1  # 完成时限一、大气污染防治1…: the section row's number is no column's name
    body = j + (text[j : j + 1] == "\n")  # (rows on lines of their own, their cells run together)
    if (title := _SECTION_TITLE.match(text, body)) is not None:
        body = title.end()  # 一、大气污染防治: a section row over row 1
        body += text[body : body + 1] == "\n"
    if not text.startswith("1", body) or text[body + 1 : body + 2] in _MEASURE or not "\u4e00" <= text[body + 1 : body + 2] <= "\u9fff":
        return None
    names = _names(text[i:j])
    if names is None or len(names) < 3 or names[0] not in _NUMBER_COL:
        return None
    # 主要任务具体措施: two task columns run together, their cells too; read as one (no row says where
    # its task ends and its measure begins)
    t = 1
    while t < 3 and 1 + t < len(names) and not _UNIT_HEAD_CELL.fullmatch(names[1 + t]) and not _TIME_COL.fullmatch(names[1 + t]) and names[1 + t] != _NOTE_COL:
        t += 1
    names = [names[0], "".join(names[1 : 1 + t]), *names[1 + t :]]
    full, names = names, names[:-1] if names[-1] == _NOTE_COL else names
    if len(names) < 3:
        return None
    # (a time column right after the task: 序号 工作任务 完成时限 牵头单位 配合单位)
    mid = _TIME_COL.fullmatch(names[2]) is not None
    after = names[3:] if mid else names[2:]
    units = [n for n in after if _UNIT_HEAD_CELL.fullmatch(n)]
    if not units or after[: len(units)] != units or _UNIT_HEAD_CELL.fullmatch(names[1]) or _TIME_COL.fullmatch(names[1]):
        return None
    rest = after[len(units) :]
    if rest and (len(rest) != 1 or mid or not _TIME_COL.fullmatch(rest[0])):
        return None
    return body, full


def _names(run: str) -> list[str] | None:
    """``run`` cut into the fewest column names (工作任务 one, not 工作 and 任务), or None."""
    best: list[list[str] | None] = [None] * (len(run) + 1)
    best[0] = []
    for a in range(len(run)):
        if best[a] is None:
            continue
        for b in range(a + 2, min(len(run), a + _NAME_MAX) + 1):
            if _TABLE_HEAD_CELL.fullmatch(run[a:b]) and (best[b] is None or len(best[b]) > len(best[a]) + 1):
                best[b] = best[a] + [run[a:b]]
    return best[len(run)]


def _name_opens(text: str, i: int, places: set[str]) -> int | None:
    """Where a unit's name that ``text[i]`` may open starts: ``i - 2`` (``i - 3``) for a place the
    document's title names or the registry lists (佛山市 in 5000亩佛山市自然资源局), ``i`` for a level or
    各 (区城市更新局), None inside a word (城市 / 全市 / 市场)."""
    c = text[i]
    if c in _LEVEL:
        for k in (2, 3):  # 佛山市 / 石家庄市
            if i >= k and _is_place(text[i - k : i + 1], places):
                return i - k
    if c not in _NAME_OPEN or text[i - 1 : i + 1] in _WORD_ACROSS or text.startswith(_NOT_OPEN, i):
        return None
    if any(i >= k and _is_place(text[i - k : i - k + 3], places) for k in (1, 2)):
        return None  # inside a place's name (the 乡 of 宁乡市)
    return i


def _is_place(name: str, places: set[str]) -> bool:
    return name[-1:] in _LEVEL and (name in places or name in _known_places())


def _known_places() -> dict:
    """The places the registry lists (九江市 of 九江市生态环境局修水分局, which no title names)."""
    from respgraph.registry import load_registry  # loaded late: only a run-together header asks

    return load_registry().jurisdictions


def _looks_like_unit(name: str) -> bool:
    from respgraph.grammar.units import looks_like_unit  # the grammar's own test, loaded late

    return 2 <= len(name) <= 25 and not any(ch.isdigit() for ch in name) and looks_like_unit(name)


def _unit_lists(text: str, s: int, e: int, want: int, places: set[str]) -> list[int] | None:
    """Where the unit lists of ``text[s:e]`` start after the first (a name's end and the next
    name's start with no separator between), ``want`` lists at most, when the whole of it reads as
    names; else None."""
    cuts: list[int] = []
    depth, a = 0, s
    for k in range(s, e + 1):
        ch = text[k] if k < e else "、"
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        if depth or ch not in _SEPARATORS:
            continue
        if k == a:
            return None
        # the piece a..k: names run together, cut where one ends and a name opens
        last = a
        for m in range(a + 2, k - 1):
            if text[m - 1] not in _NAME_END and text[m - 1] not in "）)":
                continue
            at = _name_opens(text, m, places) if text[m] in _NAME_OPEN else m if text.startswith(_BODY_OPEN, m) else None
            for off in (2, 3):  # a place opens the next name (区城市更新局佛山市…)
                if at is None and m + off < k and text[m + off] in _LEVEL and _name_opens(text, m + off, places) == m:
                    at = m
            if at is not None and not _straddles_body_word(text, m) and _looks_like_unit(text[last:m]) and _looks_like_unit(text[m:k]):
                cuts.append(m)
                last = m
        if not _looks_like_unit(text[last:k].removesuffix("等")):  # 县财政局等: the list's 等
            return None
        a = k + 1
    return cuts if len(cuts) <= want - 1 and depth == 0 else None


def _two_in_one(text: str, s: int, e: int, cuts: list[int]) -> bool:
    """Does a name of the unit run ``text[s:e]`` (cut at its separators and ``cuts``) hold two, one
    ending where another opens (市市场监管局市政务服务中心)? Then the run's lists were not all
    found, and reading a column as left empty would give the next column's units to this one."""
    bounds = sorted({s, e, *cuts, *(k for k in range(s, e) if text[k] in _SEPARATORS), *(k + 1 for k in range(s, e) if text[k] in _SEPARATORS)})
    for a, b in zip(bounds, bounds[1:]):
        for m in range(a + 2, b - 1):
            if (text[m - 1] in _NAME_END or text[m - 1] in "）)") and (text[m] in _NAME_OPEN or text.startswith(_BODY_OPEN, m)):
                if _looks_like_unit(text[a:m]) and _looks_like_unit(text[m:b].removesuffix("等")):
                    return True
    return False


def _inside_body_word(text: str, p: int, start: int) -> bool:
    """Does a body's opening word end at ``start`` or hold it (国网 | 宁乡市… / 团 | 县委)?"""
    return any(text.endswith(w, p, start) for w in _BODY_OPEN) or _straddles_body_word(text, start)


def _straddles_body_word(text: str, i: int) -> bool:
    """Does a body's opening word hold ``i`` inside it (团 | 县委)?"""
    return any(text.startswith(w, i - k) for w in _BODY_OPEN for k in range(1, len(w)) if i >= k)


def _row(text: str, p: int, e: int, want: int, places: set[str], mid: bool = False) -> list[int] | None:
    """The cell starts of a row whose task begins at ``p`` and whose units end at ``e``: the unit
    lists' starts, the first where the longest run of names reading to ``e`` as ``want`` lists
    would cut the task mid-list no more (the task does not end on 、). When no run reads as
    ``want`` lists, the first reading as fewer: the last columns left empty (配合单位 blank), each
    such column's start ``e``. ``mid``: a deadline ends the task right before the units (its
    start first)."""
    for exact in (True, False):
        for i in range(e - 2, p + _TASK_MIN - 1, -1):
            start = _name_opens(text, i, places) if text[i] in _NAME_OPEN else i if text.startswith(_BODY_OPEN, i) else None
            if start is None or start < p + _TASK_MIN:
                continue
            if text[start - 1] in _SEPARATORS + "和及与等（(各" or _inside_body_word(text, p, start):
                continue  # the task's list, or a name's rest (国网宁乡市供电公司 opens at 国网, 团县委 at 团, 各乡镇 at 各)
            due = _DEADLINE_AT_END.search(text, p, start) if mid else None
            if mid and (due is None or due.start() < p + _TASK_MIN):
                continue
            lists = _unit_lists(text, start, e, want, places)
            if lists is not None and (exact and len(lists) == want - 1 or not exact and not _two_in_one(text, start, e, lists)):
                return ([due.start()] if due else []) + [start, *lists] + [e] * (want - 1 - len(lists))
    return None


def _rows(text: str, body: int, units: int, timed: str, places: set[str]) -> tuple[list[list[int]], int, list[int]] | None:
    """Each row's cell starts (its number first), where the last row ends, and where the section
    rows between them start (一、大气污染防治 before a serial)."""
    rows: list[list[int]] = []
    sections: list[int] = []
    p, k = body, 1
    while True:
        num = str(k)
        p0 = p + len(num)
        nxt = str(k + 1)
        found = None
        q = text.find(nxt, p0 + _TASK_MIN)
        # (the next row on the same line, or on the next: a row a line, its cells run together; a
        # section row between, on a line of its own or run together)
        while 0 <= q < p0 + _ROW_GAP and text.count("\n", p0, q) <= 2:
            after = text[q + len(nxt) : q + len(nxt) + 1]
            # (a page's mark run in before the serial, the page turning inside the table: …2022年12月
            # 底前—2—3健全… / …底前23健全…: the row ends before it; the rows after were left as text)
            page = _page_mark_before(text, p0, q, timed)
            if (page is not None or not text[q - 1].isdigit()) and after and after not in _MEASURE and "\u4e00" <= after <= "\u9fff":
                e = page if page is not None else q - (text[q - 1] == "\n")
                cells = _row_cells(text, p0, e, units, timed, places) if text.find("\n", p0, e) < 0 else None
                title = _section_before(text, p0, e) if cells is None else None
                if title is not None:
                    row_end = title - (text[title - 1] == "\n")
                    cells = _row_cells(text, p0, row_end, units, timed, places) if text.find("\n", p0, row_end) < 0 else None
                if cells is not None:
                    found = (q, cells)
                    sections += [title] if title is not None else []
                    break
            q = text.find(nxt, q + 1)
        if found is not None:
            rows.append([p, p0, *found[1]])
            p, k = found[0], k + 1
            continue
        last = _last_row(text, p0, units, timed, places)
        if last is None:
            return None
        rows.append([p, p0, *last[0]])
        return (rows, last[1], sections) if len(rows) >= 2 else None


# a page's mark (—2— / - 2 - / 第2页 / 第2页共3页 / 共3页第2页) closing the text before a row's serial
_PAGE_MARK = re.compile(
    r"(?:[—\-－–]\s*\d{1,3}\s*[—\-－–]|第\s*\d{1,3}\s*页(?:\s*[，,]?\s*共\s*\d{1,3}\s*页)?|共\s*\d{1,3}\s*页\s*[，,]?\s*第\s*\d{1,3}\s*页)\s*$"
)
_PAGE_NUMBER = re.compile(r"(?<!\d)\d{1,3}$")


def _page_mark_before(text: str, p: int, q: int, timed: str) -> int | None:
    """Where a page's mark run in right before a row's serial at ``q`` starts (the row from ``p``), or
    None: a marked one (—2— / 第2页), or a bare page number after a deadline closing the row
    (…2022年12月底前23健全: 2 the page, 3 the serial; only where the time column is last)."""
    lo = max(p, q - 16)
    if (m := _PAGE_MARK.search(text, lo, q)) is not None:
        return m.start()
    if timed == "end" and (m := _PAGE_NUMBER.search(text, lo, q)) is not None and _DEADLINE_AT_END.search(text, p, m.start()):
        return m.start()
    return None


def _section_before(text: str, p: int, e: int) -> int | None:
    """Where a section row's title run together at the end of ``text[p:e]`` starts (…2022年底前二、
    水污染防治 before 3推进…), or None."""
    for k in range(e - 3, max(p, e - 30) - 1, -1):
        if text[k] == "、" and k > p and text[k - 1] in "一二三四五六七八九十":
            a = k - 1
            while a > p and text[a - 1] in "一二三四五六七八九十":
                a -= 1
            title = _SECTION_TITLE.match(text, a)
            return a if title is not None and title.end() == e else None
    return None


def _row_cells(text: str, p: int, q: int, units: int, timed: str, places: set[str]) -> list[int] | None:
    """The cell starts after the number of a row from ``p`` to ``q`` (the next row's number);
    ``timed``: where the time column stands (``end``, ``mid``: after the task, or "")."""
    if timed == "mid":
        return _row(text, p, q, units, places, mid=True)
    e = q
    if timed:
        d = _DEADLINE_AT_END.search(text, p, q)
        if d is None:
            return None
        e = d.start()
    cells = _row(text, p, e, units, places)
    if cells is None:
        return None
    return cells + ([e] if timed else [])


def _last_row(text: str, p: int, units: int, timed: str, places: set[str]) -> tuple[list[int], int] | None:
    """The last row's cell starts and its end: after its deadline (the site's lines may run on
    after it), or, with no time column, at its line's end."""
    eol = text.find("\n", p)
    eol = len(text) if eol < 0 else min(eol, p + _ROW_GAP)
    if timed != "end":
        # (no deadline closes the row: its units end at the line's end, or where a sentence's stop
        # shows the text going on after the table, 县财政局。为深入推进…)
        for stop in [eol, *(k for k in range(p + _TASK_MIN, eol) if text[k] == "。")]:
            cells = _row(text, p, stop, units, places, mid=timed == "mid")
            if cells is not None:
                return cells, stop
        return None
    for d in _DEADLINE_AT.finditer(text, p + _TASK_MIN, eol):
        cells = _row(text, p, d.start(), units, places)
        if cells is not None:
            return cells + [d.start()], d.end()
    return None


def _breaks(text: str, marks: dict[int, str]) -> list[Edit]:
    """Each mark (tabs, a line break, or both: an empty cell's tab, then the row's end) put before
    the character it stands at; where a line break stands already (a row a line), the tabs go
    before it and no second one is put."""
    tabs: dict[int, int] = {}
    lines: set[int] = set()
    for i, mark in marks.items():
        nl = mark.endswith("\n")
        if nl and i > 0 and text[i - 1] == "\n":
            i, nl = i - 1, False  # (the tabs before the break that stands there)
        if nl and i < len(text) and text[i] == "\n":
            nl = False
        tabs[i] = tabs.get(i, 0) + mark.count("\t")
        if nl:
            lines.add(i)
    out: list[Edit] = []
    for i in sorted({*tabs, *lines}):
        put = "\t" * tabs.get(i, 0) + ("\n" if i in lines and i > 0 else "")
        if not put:
            continue
        if i >= len(text):  # the text's end: after its last character
            out += [(i - 1, i, text[i - 1] + put.rstrip("\n"))] if put.strip("\n") else []
        else:
            out.append((i, i + 1, put + text[i]))
    return out


def _table_marks(view: str) -> list[tuple[int, int, dict[int, str]]]:
    """Per run-together table of ``view``: where its header starts, where its last row ends, and
    the marks (tabs, line breaks) to put before characters of ``view``."""
    out: list[tuple[int, int, dict[int, str]]] = []
    done = 0
    for m in _HEAD_START.finditer(view):
        if m.start() < done:
            continue
        found = _header(view, m.start())
        if found is None:
            continue
        body, names = found
        units = sum(1 for n in names if _UNIT_HEAD_CELL.fullmatch(n))
        noted = names[-1] == _NOTE_COL
        timed = "end" if _TIME_COL.fullmatch(names[-1 - noted]) else "mid" if _TIME_COL.fullmatch(names[2]) else ""
        places = set(_TITLE_PLACES.findall(view[max(0, m.start() - 300) : m.start()]))
        places = {p[k : k + 3] for p in places for k in range(0, len(p), 3)}
        read = _rows(view, body, units, timed, places)
        if read is None:
            continue
        rows, end, sections = read
        head_end = m.start() + sum(map(len, names))
        head_end += view[head_end] == "\n"
        if (first := _SECTION_TITLE.match(view, head_end)) is not None:
            sections.append(first.start())  # (over row 1)
        head_cuts, at = [], m.start()
        for n in names:
            head_cuts.append(at)
            at += len(n)
        # per place, the tabs before it (two or more: an empty cell between) and whether a line
        # break goes there too (after the tabs)
        tabs: dict[int, int] = {}
        for c in [*head_cuts[1:], *(c for r in rows for c in r[1:])]:
            tabs[c] = tabs.get(c, 0) + 1
        lines = {m.start(), body, *(r[0] for r in rows), *sections}
        if noted:  # each row's empty 备注, before the next row
            for at in [r[0] for r in rows[1:]] + [end]:
                tabs[at] = tabs.get(at, 0) + 1
        if end < len(view) and view[end] != "\n":
            lines.add(end)
        out.append((m.start(), end, {at: "\t" * tabs.get(at, 0) + ("\n" if at in lines else "") for at in {*tabs, *lines}}))
        done = end
    return out


def run_together_table_edits(text: str) -> list[Edit]:
    """Line breaks and tabs that part a run-together table's rows and cells (see the module); in
    text wrapped at a fixed width (a row over two lines), read with the wrap's breaks dropped, and
    those inside the table go (its rows are its lines now)."""
    if ("序号" not in text and "编号" not in text) or _HEAD_WRAPPED.search(text) is None:
        return []  # (fast path: no header run together here)
    view, at = _unwrapped(text)
    edits: list[Edit] = []
    for head, end, marks in _table_marks(view):
        placed = {at[i] if i < len(at) else len(text): mark for i, mark in marks.items()}
        edits += _breaks(text, placed)
        stop = at[end] if end < len(at) else len(text)
        line_marks = {i for i, mark in placed.items() if mark.endswith("\n")}
        edits += [(k, k + 1, "") for k in range(at[head], stop) if text[k] == "\n" and k + 1 not in line_marks]
    edits.sort()
    return edits
