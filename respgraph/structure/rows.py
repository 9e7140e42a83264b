"""A division table's rows and the body items they list again (the tables pass of ``parse``).

``drop_listed_twice``: a row naming a body item by its words (``_row_links``), saying its work
in other words (``_text_links``) or naming a heading above items (``_heading_links``) gives them
its units and goes, one task each; rows dividing one item (found by their words, or grouped in the
table under a cell giving its title: ``_group_links``) are its tasks, under its title, the item's
clause with each where the item names its own lead (``_split_item``);
``rows_by_number``: rows of a number and units only (序号 | 牵头单位 | 配合单位), or pointing at
an item (第三部分第（一）项), give their units to the body item of that number.
An item naming its units itself and its row are one task too (``_merge_row``): where they name
different leads the item's stay, flagged ``table_differs`` and said in the plan's warnings.
"""

from __future__ import annotations

import re
from collections import Counter
from types import SimpleNamespace

from respgraph.grammar.labels import ITEM_REFS
from respgraph.records import Mention
from respgraph.structure.headings import heading_title
from respgraph.structure.plan_warnings import task_label
from respgraph.structure.task_rules import NOT_ITEMS, clean_number


# A division table's row names a body item as the plan writes it, or with its number before
# (（二）4．大力发展… / 1．… / 第三章第一节…), its blanks and quotes lost (推进“口袋公园”建设), or
# run on past a comma (加快退出落后产能，依法依规…); these are set aside to compare.
_ROW_NUMBER = re.compile(
    r"^(?:第[一二三四五六七八九十百\d]{1,3}[篇章节]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,3}[.．、](?!\d))+"
)
_NOT_COMPARED = re.compile(r"[\s“”‘’\"'「」『』]")
_HEAD_STOP = re.compile(r"[，,：:；;]")
# a title held inside another is the same task when it is most of it (农村厕所革命 / 推进农村厕所革命)
_HELD_SHARE = 0.6
_KEY_MIN = 4


# a note in brackets after a row's words (推进涉重金属行业污染防控（含尾矿库污染治理）): no part of
# the item's title it names
_TRAILING_NOTE = re.compile(r"[（(][^（）()]{1,30}[）)]$")


def _key(title: str) -> str:
    key = _ROW_NUMBER.sub("", _NOT_COMPARED.sub("", title)).rstrip("，,、；;：:。")
    return _TRAILING_NOTE.sub("", key) or key


def _head(key: str) -> str:
    m = _HEAD_STOP.search(key)
    return key if m is None else key[: m.start()]


def _leads(t) -> set[str]:
    return {m.text for m in t.mentions if m.role == "lead"}


def _held(a: str, b: str) -> bool:
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= _KEY_MIN and len(short) >= _HELD_SHARE * len(long_) and short in long_


def _one(cands: list, r) -> list:
    """The one candidate, or the one of the row's number among several; else none."""
    if len(cands) > 1:
        cands = [t for t in cands if t.number and t.number.strip("（()）") == r.number.strip("（()）")]
    return cands if len(cands) == 1 else []


def _row_links(rows, body) -> dict[int, list]:
    """Which body tasks each row (by index) lists again: the same title (every item so titled);
    else the same words before the first comma; else a title most of which the other holds
    (one item, or the one of the row's number)."""
    keys = {id(t): _key(t.title) for t in body}
    by_key: dict[str, list] = {}
    by_head: dict[str, list] = {}
    for t in body:
        by_key.setdefault(keys[id(t)], []).append(t)
        by_head.setdefault(_head(keys[id(t)]), []).append(t)
    links: dict[int, list] = {}
    taken: set[int] = set()
    rest = []
    for n, r in enumerate(rows):
        rk = _key(r.title)
        same = [t for t in by_key.get(rk, []) if id(t) not in taken]
        if same:
            links[n] = same
            taken.update(id(t) for t in same)
        else:
            rest.append((n, r, rk))
    for n, r, rk in rest:
        head = _head(rk)
        cands = _one([t for t in by_head.get(head, []) if id(t) not in taken], r) if len(head) >= _KEY_MIN else []
        if cands:
            links[n] = cands
            taken.add(id(cands[0]))
    for n, r, rk in rest:
        if n not in links:
            cands = _one([t for t in body if id(t) not in taken and _held(rk, keys[id(t)])], r)
            if cands:
                links[n] = cands
                taken.add(id(cands[0]))
    return links


# A row that says the item in other words, most of them the item's own (打击非法采砂，规范采砂管理 /
# 整治河道采砂。严厉打击非法采砂行为，规范河道采砂管理。; 推进钢铁、焦化企业超低排放改造 / 推进重点行业
# 深度治理。完成钢铁、焦化企业超低排放改造。): the share of the row's character pairs found in the
# item's text, and how far ahead of the next item the best must stand
_PAIRS_SHARE = 0.75
_PAIRS_AHEAD = 0.2
_PAIRS_MIN = 4  # a row of fewer pairs says too little to be matched by words


def _pairs(s: str) -> set[str]:
    s = "".join(_WORD.findall(s))
    return {s[i : i + 2] for i in range(len(s) - 1)}


def _text_links(rows, body, links) -> tuple[dict[int, list], dict[int, list[int]]]:
    """Rows no title matched that say one body item's work in its own words (see ``_PAIRS_SHARE``):
    {row: [item]} where one row says the item's work, and {id(item): [rows]} where several do
    (the table divides one item of the body into rows: 完成水源保护区规范化建设 / 清理整治水源保护区内
    违法建设项目 under 加强饮用水水源地保护). Only items that no row lists by title."""
    linked = {id(t) for ts in links.values() for t in ts}
    free = [t for t in body if id(t) not in linked and t.kind != "box"]
    texts = {id(t): _pairs(t.text) for t in free}
    best: dict[int, list[int]] = {}
    for n, r in enumerate(rows):
        if n in links:
            continue
        want = _pairs(r.title)
        if len(want) < _PAIRS_MIN:
            continue
        scored = sorted(((len(want & texts[id(t)]) / len(want), k) for k, t in enumerate(free)), reverse=True)
        if not scored or scored[0][0] < _PAIRS_SHARE or len(scored) > 1 and scored[1][0] > scored[0][0] - _PAIRS_AHEAD:
            continue
        best.setdefault(scored[0][1], []).append(n)
    one = {ns[0]: [free[k]] for k, ns in best.items() if len(ns) == 1}
    split = {id(free[k]): ns for k, ns in best.items() if len(ns) > 1}
    if 2 * (len(links) + sum(len(ns) for ns in best.values())) < len(rows):
        # most rows list no item: a table of other work (a 重点项目清单 whose 城东污水处理厂提标改造
        # 工程 is one project of an item's), not the body listed again; words link none of it
        return {}, {}
    return one, split


def _group_links(rows, body, taken_rows: set[int], taken_items: set[int]) -> dict[int, list[int]]:
    """Rows grouped in the table under a cell giving one body item's title (重点任务 | 具体措施 |
    牵头单位, the 重点任务 cell merged over its measures: the row's section): {id(item): [rows]}, the
    table saying itself which item its rows divide, whatever words the measures use. Only rows
    and items no other link took; an item whose title two items share is none's."""
    by_key: dict[str, list] = {}
    for t in body:
        if t.kind != "box" and id(t) not in taken_items:
            by_key.setdefault(_key(t.title), []).append(t)
    out: dict[int, list[int]] = {}
    for n, r in enumerate(rows):
        if n in taken_rows or not r.section:
            continue
        key = _key(r.section[-1])
        items = by_key.get(key, [])
        if len(key) >= _KEY_MIN and len(items) == 1:
            out.setdefault(id(items[0]), []).append(n)
    return out


def _heading_links(rows, body, links) -> dict[int, list]:
    """Rows naming a heading of the body (完善对外运输通道 over its paragraphs): the tasks below
    that one heading which no unit leads and no row lists (a 专栏's projects aside)."""
    under: dict[str, dict[tuple, list]] = {}
    linked = {id(t) for ts in links.values() for t in ts}
    for t in body:
        if t.kind == "box" or _leads(t) or id(t) in linked:
            continue
        for d, title in enumerate(t.section):
            under.setdefault(_key(title), {}).setdefault(tuple(t.section[: d + 1]), []).append(t)
    out = {}
    for n, r in enumerate(rows):
        heads = under.get(_key(r.title)) if n not in links else None
        if heads and len(heads) == 1 and len(_key(r.title)) >= _KEY_MIN:
            out[n] = next(iter(heads.values()))
    return out


def _add_missing(into, other) -> None:
    """``into`` also names the units ``other`` names and it does not (with their clauses)."""
    have = {m.text for m in into.mentions}
    extra = [m for m in other.mentions if m.text not in have and not _same_members(m, have)]
    if extra:
        into.mentions = [*into.mentions, *extra]
        into.clauses = [*into.clauses, *(c for c in other.clauses if c not in into.clauses)]
        into.flags = [f for f in into.flags if f != "no_clause"]


def _give_units(row, t) -> None:
    """Task ``t`` (no unit leads it) takes the units of a row listing it."""
    if row.clauses:
        t.clauses, t.mentions = list(row.clauses), list(row.mentions)
        t.flags = [f for f in t.flags if f != "no_clause"]
        t.deadlines = t.deadlines or list(row.deadlines)


#: the flag of an item whose 分工表 row names another lead than the item does (kept: the item's)
TABLE_DIFFERS = "table_differs"


def _merge_row(row, t, differing: list[str]) -> bool:
    """Item ``t``, which names units itself, and the row listing it again are one task; True when
    the row goes. The row's leads among the item's: the same assignment written twice, the
    item takes the units only the row names. The item's lead only by the first-listed convention
    (责任单位：A、B、C): the row says who leads, the item takes the row's units, its own beside
    them. Else the two name different leads: the item keeps its own, the row's clause is kept
    with it (its cells' spans) and the item is flagged ``table_differs`` and said in ``differing``
    (was: the row a task of its own, every unit counted twice, or dropped with its lead unsaid)."""
    if not row.clauses:
        return False
    if _leads(row) <= _leads(t):
        _add_missing(t, row)
    elif _first_listed(t):
        # (the unit first listed, which the row does not name, is one of the list: it supports)
        own = [m if m.role != "lead" else Mention(m.text, "support", "explicit", m.span, m.portfolio, m.collective) for m in t.mentions]
        clauses = t.clauses
        _give_units(row, t)
        _add_missing(t, SimpleNamespace(mentions=own, clauses=clauses))
        t.clauses = [*t.clauses, *(c for c in clauses if c not in t.clauses)]  # the item's list kept, as written
    else:
        t.clauses = [*t.clauses, *(c for c in row.clauses if c not in t.clauses)]
        if TABLE_DIFFERS not in t.flags:
            t.flags = [*t.flags, TABLE_DIFFERS]
        differing.append(f"{task_label(t)}: {'、'.join(sorted(_leads(t)))} (table: {'、'.join(sorted(_leads(row)))})")
    return True


def _split_item(t, parts: list, differing: list[str]) -> None:
    """Item ``t``, which names its own lead, divided by the table into rows ``parts`` (each led by
    units the item names): the rows are the tasks, the finer division a user counts a bureau's
    work by, under the item's title, and the item goes (was: the item and its rows all tasks, the
    item's lead counted once more than the table gives it). Each part keeps the item's clause
    beside its own (the item's assignment covers its parts), and takes the units the item names
    that no row names (各县区按职责分工负责 said of the whole item), as supports. A lead of the item's
    that no row names is said in ``differing`` and flags the parts ``table_differs``: the text and
    the table read differently, the table's rows kept."""
    in_rows = set().union(*(_named(r) for r in parts))
    missing = [m for m in t.mentions if m.text not in in_rows and not _same_members(m, in_rows)]
    lost_leads = sorted({m.text for m in missing if m.role == "lead"})
    joining = [m for m in missing if m.role != "lead"]
    for r in parts:
        r.section = [*t.section, t.title]
        _add_missing(r, SimpleNamespace(mentions=joining, clauses=[]))
        r.clauses = [*r.clauses, *(c for c in t.clauses if c not in r.clauses)]
        r.deadlines = r.deadlines or list(t.deadlines)
        if lost_leads and TABLE_DIFFERS not in r.flags:
            r.flags = [*r.flags, TABLE_DIFFERS]
    if lost_leads:
        rows_leads = sorted(set().union(*(_leads(r) for r in parts)))
        differing.append(f"{task_label(t)}: {'、'.join(lost_leads)} (table rows: {'、'.join(rows_leads)})")


# a collective of the members of a body (各成员单位 / 成员单位) written by the item bare and by its
# row with the body before it (省新污染物治理工作协调小组各成员单位 / 市环委会成员单位): the same units
_MEMBERS_TAIL = ("各成员单位", "成员单位")
_MEMBERS_OF = re.compile(r"(?:小组|委员会|委|指挥部|联席会议|办公室|工作专班)(?:各成员单位|成员单位)$")


def _same_members(m, names: set[str]) -> bool:
    """Whether mention ``m`` names the members of a body that one of ``names`` names too, the one
    bare (各成员单位) and the other with its body before it (市环委会各成员单位), either way round.
    Near miss: 各县（市、区）人民政府 beside 各成员单位 are other units."""
    if not m.collective:
        return False
    for n in names:
        short, long_ = (m.text, n) if len(m.text) < len(n) else (n, m.text)
        if short in _MEMBERS_TAIL and long_.endswith(short) and _MEMBERS_OF.search(long_):
            return True
    return False


def _first_listed(t) -> bool:
    """Whether task ``t``'s leads lead only by the first-listed convention."""
    return all(m.basis == "first_listed" for m in t.mentions if m.role == "lead")


def _named(t) -> set[str]:
    return {m.text for m in t.mentions}


_WORD = re.compile(r"\w")  # a row's title of separators only (| between cells) is no title
_NUM = r"[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}|\d{1,3}"
# a row whose task cell points at the body item it divides (对应正文第（三）条 / 正文第5项 /
# 对应第（二）项任务), or at the item of one chapter (第三部分第（一）项 / 见正文第二部分（一） /
# 第二章第3条, numbering that restarts in each chapter): that item's number, written as the
# body writes it, and the chapter's
_REFERS_BACK = re.compile(
    rf"(?:对应|见)(?:正文|方案|文件)?第?(?P<a>{_NUM})(?:条|项|点)(?:任务|内容|工作)?"
    rf"|正文第?(?P<b>{_NUM})(?:条|项|点)(?:任务|内容|工作)?"
    rf"|(?:(?:对应|见)?(?:正文|方案|文件)?)第(?P<part>[一二三四五六七八九十]{{1,3}}|\d{{1,2}})(?:部分|章)第?(?P<c>{_NUM})(?:条|项|点)?(?:任务|内容|工作)?"
)


def _referred(title: str) -> tuple[int | None, str] | None:
    """(chapter, number) of the body item a row's task cell points at (chapter None when the
    cell names none), or None (a task of its own)."""
    from respgraph.structure.markers import cn_to_int

    m = _REFERS_BACK.fullmatch(title.strip())
    if m is None:
        return None
    number = (m.group("a") or m.group("b") or m.group("c")).replace("(", "（").replace(")", "）")
    return (cn_to_int(m.group("part")) if m.group("part") else None), number


_ITEM_NUMBER = re.compile(r"\d{1,3}|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}")


def _leaf_items(builder, table_spans) -> tuple[dict[str, list[int]], dict[tuple[bool, int], list[int]]]:
    """The body's leaf items (no heading over items, no line of a table, no attachment), by
    number as written (1. / （一）) and by (bracketed, value): the blocks carrying each."""
    blocks = builder.blocks
    items: dict[str, list[int]] = {}
    keyed: dict[tuple[bool, int], list[int]] = {}
    for i, b in enumerate(blocks):
        if b.style in NOT_ITEMS or b.style == "attach" or b.start >= builder.body_end:
            continue
        if any(blocks[j].style not in NOT_ITEMS for j in b.children) or any(s.start <= b.start < s.end for s in table_spans):
            continue  # a heading over items, or a line of a table
        items.setdefault(clean_number(b), []).append(i)
        keyed.setdefault((b.style in ("cn_paren", "arabic_paren"), b.value), []).append(i)
    return items, keyed


def _rows_items(builder, rows: list, items: dict[str, list[int]], keyed: dict[tuple[bool, int], list[int]]) -> list[tuple]:
    """(row, the blocks of the items it gives its units to, whether it names them in brackets)
    for each row with units whose every number one leaf item carries (of the chapter it names)."""
    targets = []
    for r in rows:
        if not r.clauses:
            continue
        if (named := _named_items(r.title)) is not None:
            chapter, keys = named
            found = [keyed.get(k, []) for k in keys]
        else:
            chapter, number = _referred(r.title) or (None, r.number.strip())
            found = [items.get(number, [])]
        if chapter is not None:
            found = [[i for i in f if _chapter_value(builder, i) == chapter] for f in found]
        if any(len(f) != 1 for f in found):
            continue
        targets.append((r, [f[0] for f in found], named is not None))
    return targets


def rows_by_number(builder, table_spans) -> None:
    """A 分工表 whose rows give a number and units only (序号 | 牵头单位 | 配合单位, the tasks
    written in the body as 1.… 2.…), or point at the item (第三部分第（一）项): each row's units go
    to the body item of that number, which stays the task with its words (was: the body items
    were no tasks, the rows tasks without a title). Only numbers that one leaf item of the body
    carries (numbering that runs on across chapters), or one leaf item of the chapter the row
    names; rows of other numbers stay as they are. An item naming its lead itself keeps its
    units, and the row goes when it names no other lead (the same assignment written twice)."""
    from respgraph.structure.tasks import clean_number

    rows = [t for t in builder.tasks if t.kind == "table" and (
        not _WORD.search(t.title) and _ITEM_NUMBER.fullmatch(t.number or "") or _referred(t.title) is not None
        or _named_items(t.title) is not None)]
    if not rows:
        return
    blocks, text = builder.blocks, builder.text
    targets = _rows_items(builder, rows, *_leaf_items(builder, table_spans))
    have = {t.span.start: t for t in builder.tasks if t.kind != "table"}
    drop: set[int] = set()
    # an item several rows point at alone (第二部分第（一）项 twice, each with its units): the table
    # divides it, the rows are its parts (was: the first row's units the item's, the next rows'
    # leads said as the text's disagreement though the text named none)
    pointed = Counter(fs[0] for r, fs, named in targets if not named and _referred(r.title) is not None)
    divided: dict[int, tuple] = {}
    for r, found, named in targets:
        for i in found:
            b = blocks[i]
            t = have.get(b.body) or have.get(_skip_blanks(text, b.body, b.end))
            if t is None:
                end = max([b.end] + [blocks[j].end for j in builder.subtree(i)])
                t = builder.add(i, clean_number(b), heading_title(text, b), b.body, end, "numbered", [])
                have[t.span.start] = t
            if pointed[i] > 1 and not named:
                divided.setdefault(id(t), (t, []))[1].append(r)
                continue
            if _leads(t):
                if _merge_row(r, t, builder.differing_rows):
                    drop.add(id(r))
                continue
            _give_units(r, t)
            t.deadlines = [*r.deadlines, *(d for d in t.deadlines if d not in r.deadlines)]
            drop.add(id(r))
    for t, parts in divided.values():
        for r in parts:
            r.title = t.title  # (the row's own cell only pointed at the item; its text keeps it)
        if _leads(t):
            _split_item(t, parts, builder.split_rows)
        else:
            for r in parts:
                r.section = [*t.section, t.title]
        drop.add(id(t))
    builder.tasks[:] = [t for t in builder.tasks if id(t) not in drop]


# a row merging several body items, which it names in a bracket after its words (开展农用地土壤
# 污染状况调查，推进受污染耕地安全利用（第二部分第（一）至（三）项） / …（对应第（四）、（五）项）)
_NAMED_ITEMS = re.compile(
    r"[（(]\s*(?:对应|即|含|涉及)?\s*(?:正文|方案)?\s*(?:第(?P<part>[一二三四五六七八九十]{1,3}|\d{1,2})(?:部分|章))?\s*"
    + ITEM_REFS + r"\s*(?:任务|内容|工作)?\s*[）)]\s*$"
)


def _named_items(title: str) -> tuple[int | None, list[tuple[bool, int]]] | None:
    """(chapter, [(bracketed, value)]) of the items a row's bracket at the end of its words names
    (ranges spelled out), or None."""
    from respgraph.structure.markers import cn_to_int
    from respgraph.structure.shares import ref_numbers

    m = _NAMED_ITEMS.search(title)
    refs = ref_numbers(m.group("refs")) if m else None
    if not refs:
        return None
    return (cn_to_int(m.group("part")) if m.group("part") else None), refs


def _chapter_value(builder, i: int) -> int | None:
    """The number of the top chapter holding block ``i`` (三、主要任务 / 第三章: 3), else None."""
    root = builder.blocks[builder.root(i)]
    return root.value if root.style in ("cn_dun", "part", "chapter") and root.value else None


def _skip_blanks(text: str, i: int, end: int) -> int:
    while i < end and text[i] in " \t\u3000\r\n":
        i += 1
    return i


def drop_listed_twice(builder) -> None:
    """A division table's rows and the body items they list again (see ``_row_links``) are one
    task each. An item no unit leads stays the task, with its number, words and section, and takes
    the row's units (its own beside them) and the row's 完成时限 first; the row goes. An item with a
    lead of its own stays, and the row goes when it names no other lead (the same assignment
    written twice). Items of the same title after the first, and the tasks below a heading a row
    names, take the row's units when they have no lead (the row goes in the second case)."""
    rows = [t for t in builder.tasks if t.kind == "table" and t.title]
    if not rows:
        return
    body = [t for t in builder.tasks if t.kind not in ("table", "indicator")]  # (an indicator row lists no item)
    links, split, grouped = _rows_and_items(rows, body, builder.project_rows)
    drop: set[int] = set()
    _items_divided(rows, body, split, grouped, builder, drop)
    _items_listed_again(rows, links, builder, drop)
    for n, items in _heading_links(rows, body, links).items():
        r = rows[n]
        if r.clauses:
            for t in items:
                _give_units(r, t)
            drop.add(id(r))
    drop.update(id(t) for t in body if _points_to_rows(t))
    builder.tasks[:] = [t for t in builder.tasks if id(t) not in drop]


def _rows_and_items(rows: list, body: list, project_rows: set[int]) -> tuple[dict, dict, dict]:
    """How the table's ``rows`` and the ``body`` items meet: ``links`` (row index -> the items it
    lists again, by title or words), ``split`` (item id -> the rows it is divided into) and
    ``grouped`` (item id -> the rows the table groups under its title, ``project_rows`` apart)."""
    links = _row_links(rows, body)
    words, split = _text_links(rows, body, links)
    # (words alone are weaker than a title: a row naming another lead than the item it resembles
    # may be work of its own, and stays a row)
    links.update({n: ts for n, ts in words.items() if not _leads(ts[0]) or _leads(rows[n]) <= _leads(ts[0]) or _first_listed(ts[0])})
    # rows grouped under an item's title: its rows by the table's own word (one row: listed again)
    taken_items = {id(t) for ts in links.values() for t in ts} | set(split)
    # (a project list's rows grouped under a category worded as an item's title are projects of that
    # work, not the item divided: they stay tasks beside it, the item whole; were its tasks, the item gone)
    projects = {n for n, r in enumerate(rows) if id(r) in project_rows}
    grouped = _group_links(rows, body, set(links) | {n for ns in split.values() for n in ns} | projects, taken_items)
    by_id = {id(t): t for t in body}
    # a table dividing its items into measures (1 调整产业结构 / 1-1 … / 1-2 …) divides the item of one
    # measure too (3 调整运输结构 / 3-1 推进大宗货物“公转铁”): that row is its task as its siblings are
    # (it was read as the item listed again, the item taking its units)
    divides = any(len(ns) > 1 for ns in grouped.values())
    for k, ns in grouped.items():
        if len(ns) == 1 and not divides:
            links[ns[0]] = [by_id[k]]
        else:
            split[k] = ns
    return links, split, grouped


def _items_divided(rows: list, body: list, split: dict, grouped: dict, builder, drop: set[int]) -> None:
    """Items the table divides into rows: naming no unit, the rows are their tasks (the item goes);
    with a lead, the rows are its parts (split) or the one row is merged into it. What goes is added
    to ``drop`` (ids)."""
    for t in body:
        if id(t) in split and not t.mentions:
            # an item the table divides into rows, naming no unit itself: the rows are its tasks,
            # under its title (the item was one more task, without a lead, beside them)
            for n in split[id(t)]:
                rows[n].section = [*t.section, t.title]
            drop.add(id(t))
        elif id(t) in split and _leads(t):
            # (rows the table groups under the item are its parts whoever leads them; rows found by
            # their words only where the item names their lead: else they may be work of their own)
            parts = [rows[n] for n in split[id(t)] if rows[n].clauses and (id(t) in grouped or _leads(rows[n]) <= _named(t))]
            if len(parts) > 1:
                _split_item(t, parts, builder.split_rows)
                drop.add(id(t))
            elif parts and _merge_row(parts[0], t, builder.differing_rows):
                drop.add(id(parts[0]))


def _items_listed_again(rows: list, links: dict, builder, drop: set[int]) -> None:
    """Rows that list body items again: an item no unit leads stays the task and takes the row's
    units and 完成时限 (the row goes); an item with its own lead keeps it, the row going when it names
    no other lead. What goes is added to ``drop`` (ids)."""
    for n, items in links.items():
        r = rows[n]
        replaced = False
        for t in items:
            if not _leads(t) and replaced:
                _give_units(r, t)  # 加强监测能力建设 in two chapters, one row: both items are tasks
            elif not _leads(t) and r.clauses:
                # the item stays the task, with its number, words and place in the plan (the
                # row's number and shortened title were kept, its text and 村庄清洁行动 lost) and
                # takes the row's units, its own beside them (各县区配合); the row goes
                replaced = True
                drop.add(id(r))
                own = SimpleNamespace(mentions=t.mentions, clauses=t.clauses)
                _give_units(r, t)
                _add_missing(t, own)
                # the table's 完成时限 first, the item's own dates after it
                t.deadlines = [*r.deadlines, *(d for d in t.deadlines if d not in r.deadlines)]
            elif _leads(t) and _merge_row(r, t, builder.differing_rows):
                drop.add(id(r))


# 二、重点任务 / 围绕四个方面实施15项具体举措，详见附件。 / 整改任务详见附件。 / 重点任务及责任分工见
# 下表。 / 其他重点项目责任分工如下：: a body item that only says where the tasks are set out (the
# table read into rows) is no task of its own
_POINTS_TO_TABLE = re.compile(
    r"(?:任务|举措|措施|分工|问题|事项|清单)[^。；;]{0,40}?(?:(?:详|参)?见(?:附(?:件|表)|下表)|如下表)"
    r"|(?:分工|任务|项目|事项|安排)[^。；;，]{0,6}如下[：:]\s*$"
)
_POINTER_MAX = 120  # a short item: one with work of its own is longer


def _points_to_rows(t) -> bool:
    """Whether body task ``t`` names no unit and only points to the attached table (whose rows
    are the tasks)."""
    return not t.mentions and not t.clauses and len(t.text) <= _POINTER_MAX and _POINTS_TO_TABLE.search(t.text) is not None
