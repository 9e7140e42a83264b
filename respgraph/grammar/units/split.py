"""``split_units``: cutting a unit list into pieces at its separators (outside brackets), at
blanks, 和 / 及 and slashes between two whole names, and where two names ran together with no
separator; then reading each piece and joining pieces that are one unit.
"""

from __future__ import annotations

import re

from respgraph.grammar.units.joins import (
    _STATIONED, _STATIONED_HEADS, _mark_joint_leads, _members_of_previous, _merge_text, _one_with_previous,
)
from respgraph.grammar.units.names import looks_like_unit
from respgraph.grammar.units.pieces import _read_piece
from respgraph.grammar.units.words import NAME_END_CHARS, UNIT_START_CHARS, CLOSE, LIST_SEPARATORS, OPEN, Unit, skip_ws, strip_ws

# After 和 / 及, a body of a place named without its level first (省商务厅及广州市人民政府 /
# 省财政厅和武汉市发展改革委 / 省商务厅及广州市、深圳市人民政府): the place, its level, a name
# that ends like a unit's (or a 、 to the next place), then the list goes on or ends — two
# units, not 省商务厅及广州市人民政府 as one (市场 / 区域 open no place)
_PLACE_BODY = re.compile(
    r"[\u4e00-\u9fff]{1,5}?[市县区州盟](?:、|(?![场域级])[\u4e00-\u9fff]{0,14}[局委办部院厅室府会](?=$|[、，,；;。）)\s]|等))"
)
# ... or an office of the same place named without it (社会事业局（民政）和综治中心 / 安监中心和消防站:
# a street's or a town's offices): a short name ending like an office's and closing the list (were
# one unit); 人力资源和社会保障局 / 住房和城乡建设局 stay whole (no name ends before their 和)
_OFFICE_AFTER_AND = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:中心|办公室|局|委|办|所|站|队)(?![\u4e00-\u9fff])")
# Words whose second character can open a unit's name: a line starting with it after a line
# ending with the first (市住房城 / 乡建设局, 市城 / 市管理局, 各乡 / 镇人民政府) was cut
# inside a name, it does not start a new one; nor do two names meet there (各社区工作站).
WORDS_ACROSS = frozenset({"城乡", "城市", "城区", "城镇", "乡镇", "社区", "园区", "景区", "地区", "市区", "街镇"})

# after a gap wider than one space, a name that opens with no level (市民政局  云南电网玉溪供电局):
# not a role word, 等 or a bracket that belongs to the name before
_NOT_AFTER_GAP = set("等和及与牵负配协按为（(〔【[［")


def _wide_gap(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` is whitespace a writer puts between two names in a list (two spaces or
    more, a full-width space, a tab) and ``text[b]`` opens a name."""
    return (b - a >= 2 or text[a] in "\u3000\t") and "\u4e00" <= text[b] <= "\u9fff" and text[b] not in _NOT_AFTER_GAP


# a town's name (马当镇, 芙蓉墩乡, 龙城街道): how one ends
_TOWN = re.compile(r"[\u4e00-\u9fff]{2,8}(?:镇|乡|街道)")


def _name_end(text: str, j: int, end: int) -> int:
    """Where the name opening at ``j`` ends: at the list's next separator or blank (or ``end``)."""
    n = j
    while n < end and text[n] not in LIST_SEPARATORS and not text[n].isspace():
        n += 1
    return n


def _towns_apart(text: str, a: int, k: int, j: int, end: int) -> bool:
    """Is the wide gap between ``text[k]`` and ``text[j]`` one between a town or the towns (沿江各乡镇,
    马当镇) and a town named next (马当镇): a Word cell's paragraphs, one name a line (沿江各乡镇
    马当镇 was one unit; 镇 / 乡 end no office's name, so the gap was not taken for a separator)?
    各乡镇  人民政府 is one name, the gap an OCR's."""
    if text[k] not in "镇乡道" or not _wide_gap(text, k + 1, j):
        return False
    return _TOWN.fullmatch(text, j, _name_end(text, j, end)) is not None and looks_like_unit(text[a : k + 1])


def _names_on_lines(text: str, a: int, k: int, j: int, end: int) -> bool:
    """Is the wide gap between ``text[k]`` and ``text[j]`` one between two whole names, the first
    ending in none of NAME_END_CHARS (集团, 银行): the next opens with a level (区, 市) and reads
    as a name up to the list's next separator? 市水利  局 stays one (市水利 is no name)."""
    if text[j] not in UNIT_START_CHARS or not _wide_gap(text, k + 1, j) or not looks_like_unit(text[a : k + 1]):
        return False
    return looks_like_unit(text[j : _name_end(text, j, end)])


# how a collective named by no place opens (有关部门 / 相关单位 / 其他部门)
_COLLECTIVE_OPENINGS = ("有关", "相关", "其他", "其它")


def _collective_follows(text: str, j: int, end: int) -> bool:
    """``text[j:]`` opens a collective named by no place (相关乡镇 / 有关部门 / 其他成员单位) that
    reads as a unit up to the list's next separator."""
    if not text.startswith(_COLLECTIVE_OPENINGS, j):
        return False
    k = j
    depth = 0
    while k < end and (depth or text[k] not in LIST_SEPARATORS):
        depth += text[k] in OPEN
        depth -= depth > 0 and text[k] in CLOSE
        k += 1
    return looks_like_unit(text[j:k])


def _names_apart(text: str, c: str, a: int, i: int, k: int, j: int, end: int) -> bool:
    """Whether the blank run, slash or 和 / 及 ``c`` at ``i`` (the name before it from ``a``, ending at
    ``k``; the next opening at ``j``) stands between two complete names, so that the list splits there:
    区农业局 区环保局 / 区发改委和区财政局 / 市生态环境局/市水利局, never inside an OCR-broken name such as
    农林水与生态环境 局 (nor at a slash in other text). A name's bracket closes one too: 区城管局（牵头）
    区商务局 (a cell's lines)."""
    return (
        _towns_apart(text, a, k, j, end)
        or (text[k] in NAME_END_CHARS or text[k] in CLOSE) and (
            text[j] in UNIT_START_CHARS or _wide_gap(text, k + 1, j)
            or (c in "和及" and (_PLACE_BODY.match(text, j, end) is not None or _OFFICE_AFTER_AND.fullmatch(text, j, end) is not None))
            # 区水利局及相关乡镇 / 市发改委和有关部门: a whole name, then a collective
            # named by no place (a body's 有关人员 is no unit: stays as written)
            or (c in "和及" and text[k] in NAME_END_CHARS and _collective_follows(text, j, end))
        )
        # 天津港集团 / 农业银行 / 市城投集团 on a cell's line, the next name on the next (two
        # blanks, as a cell's lines are joined): a whole name ending in none of
        # NAME_END_CHARS (was one unit, 天津港集团区发展改革委)
        or _names_on_lines(text, a, k, j, end)
        # 各乡镇和有关部门 / 各乡镇及县直有关部门: two collectives, the first named by
        # its places (乡 / 镇 / 村 end no name: was one unit); 各乡镇党委和政府 stays one
        or (c in "和及" and text[skip_ws(text, a, i)] == "各" and (
            text[j] in UNIT_START_CHARS or text.startswith(_COLLECTIVE_OPENINGS, j)
        ))
    )


def split_units(text: str, offset: int, start: int = 0, end: int | None = None) -> list[Unit]:
    """Split the unit list ``text[start:end]``; ``offset`` is added to every position.

    Separators inside brackets do not split (``各县（市、区）``); ``党委、政府`` and
    ``牵头单位、责任单位`` pairs stay one unit; a trailing ``等`` is dropped.
    """
    if end is None:
        end = len(text)
    pieces: list[tuple[int, int]] = []
    depth = 0
    piece_start = start
    skip_to = start
    for t in _SPLIT_TOKENS.finditer(text, start, end):
        i = t.start()
        if i < skip_to:
            continue
        c = text[i]
        if c in OPEN or c == "“":  # 县“双随机、一公开”联席会议成员单位: one name
            depth += 1
        elif c in CLOSE or c == "”":
            depth = max(0, depth - 1)
        elif depth == 0:
            if c in LIST_SEPARATORS:
                pieces.append((piece_start, i))
                piece_start = i + 1
            else:
                # a blank, slash or 和 / 及 splits only between two complete names (_names_apart):
                # 区农业局 区环保局 / 县农业农村局与县生态环境局 (was one unit)
                j = i + 1
                while j < end and text[j] in " \u3000\t\n\r":
                    j += 1
                k = i - 1
                while k >= piece_start and text[k] in " \u3000\t\n\r":
                    k -= 1
                if k >= piece_start and j < end and _names_apart(text, c, piece_start, i, k, j, end):
                    pieces.append((piece_start, i))
                    piece_start = j
                    skip_to = j
                elif c in " \u3000\t\n\r":
                    # the rest of this run of blanks has the same name before and after it: the
                    # same answer (a long run was read once per blank, quadratic)
                    skip_to = j
    pieces.append((piece_start, end))

    units: list[Unit] = []
    for a, b in _unglued(text, pieces):
        helpers, b = _helpers_after(text, a, b, offset)
        _add_piece(units, text, a, b, offset)
        units.extend(helpers)
    _mark_joint_leads(units)
    return units


def _add_piece(units: list[Unit], text: str, a: int, b: int, offset: int) -> None:
    """Read the piece ``text[a:b]`` onto ``units``: a unit of its own, or the rest of the one before."""
    u = _read_piece(text, a, b, offset)
    if u is None:
        return
    if units and not u.portfolio and (_one_with_previous(units[-1], u.text) or _members_of_previous(text, offset, units[-1], u)):
        prev = units[-1]
        prev.end = u.end
        _merge_text(text, offset, prev)
        return
    # (自治区驻: a stationed unit's 驻 stands within its first four characters)
    if "驻" in u.text[:4] and _STATIONED.match(u.text) and units and units[-1].text in _STATIONED_HEADS and not units[-1].portfolio:
        # 中央、省驻宜有关单位 / 中央、省、市驻县单位: the levels share the stationed units
        while len(units) > 1 and units[-2].text in _STATIONED_HEADS and not units[-2].portfolio:
            units.pop()
        prev = units[-1]
        prev.end = u.end
        _merge_text(text, offset, prev)
        return
    units.append(u)


# A bracket after a name holding the units that help it (群力新区管委会（区住建局配合） / 县委办（县林长办
# 协助）): they support (the bracket was read as the name's note and dropped); a marker alone
# (区财政局（配合）) and an alias (县水务局（县河长办）) are the name's as before
_HELPERS_BRACKET = re.compile(r"[（(][ \u3000]*(?P<units>[^（()）\n]{2,60}?)[ \u3000]*(?:配\s*合|协\s*助|协\s*办|参\s*与)[ \u3000]*[）)][ \u3000]*$")


def _helpers_after(text: str, a: int, b: int, offset: int) -> tuple[list[Unit], int]:
    """The units a bracket closing the piece ``text[a:b]`` names as helping the name before it,
    marked support, and where the piece then ends (``b`` when there are none)."""
    if b - a < 8 or text[b - 1] not in "）) \u3000" or ("配" not in text[a:b] and "协" not in text[a:b] and "参" not in text[a:b]):
        return [], b
    m = _HELPERS_BRACKET.search(text, a, b)
    if m is None or m.start() <= a or not looks_like_unit(strip_ws(text[a : m.start()])):
        return [], b
    helpers = split_units(text, offset, m.start("units"), m.end("units"))
    if not helpers or not all(looks_like_unit(u.text) for u in helpers):
        return [], b
    for u in helpers:
        u.marker = u.marker or "support"
    return helpers, m.start()


# Two names run together where OCR or a copy dropped the 、 between them (区经信局区财政局 /
# 镇卫生院各村（居）委会 / 区财政局（牵头）区发改委), or a PDF cell's lines were joined with no
# separator (市生态环境局市水务局): one name's last character, then a level that opens the next.
# 社区 / 城区 … (WORDS_ACROSS) and 市场 / 区域 / 县域 … (_GLUE_NOT) go on inside one name; 各 opens a
# name of its own only before a level or a place (县安委会各成员单位 / 市政府各部门 are one).
_GLUE = re.compile(f"[{re.escape(''.join(sorted(NAME_END_CHARS)) + CLOSE)}](?=[{''.join(sorted(UNIT_START_CHARS))}])")
_GLUE_NOT = ("市场", "区域", "县域", "市政公", "市政工", "乡村", "镇村", "各类", "各级", "各项")
_EACH_PLACE = frozenset("省市县区乡镇村街社园州盟旗嘎")
# (each cut point reads the piece's rest and its opened brackets: a longer piece, no unit list,
# took time quadratic in its length — 32,000 characters of 县公安局县公安局… 13 s)
_GLUE_PIECE_MAX = 240
_GLUE_MIN = 2  # (县委县政府: two bodies; 县委县政府督查室 is made one again as 县委、县政府督查室 is)
# 市纪委市监委 / 县纪委县监委: the two nameplates of one office (纪委监委), written as its name, no
# two names run together (read as 市纪委 leading and 市监委 supporting, one body twice)
_SECOND_PLATE = re.compile(r"[省市县区州旗]?监\s*委")
# 市生态环境局各县（区）分局 / 州生态环境局各县市分局: the bureau's branches in its counties (since the
# 2019 reform the county eco bureaus are the city's 分局), one collective named after their bureau,
# no two names (was the bureau itself and 各县（区）分局, the bureau given the branches' role)
_BRANCHES_OF_BUREAU = re.compile(r"各\s*[县市区旗（()）、，,\s]{1,10}分\s*局\s*$")
# 有关县（市）区政府 / 各县（市）区: the levels 县、市、区 written as one word, the bracket no end of a
# name (有关县（市） and 区政府 were two units)
_LEVELS_WRITTEN_ONCE = "县市区旗"
_LEVELS_BRACKET = re.compile(r"[县市区旗]\s*[（(][县市区旗、，,\s]{1,6}[）)]\s*$")


def _unglued(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pieces`` with each piece that holds two or more whole names run together cut apart."""
    # (one scan over the whole list first — the pieces are in order — as almost no list holds two
    # names run together: a piece's scan, in a narrower window, finds nothing this one does not)
    if not pieces or _GLUE.search(text, pieces[0][0], pieces[-1][1]) is None:
        return pieces
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        last = a
        if b - a > _GLUE_PIECE_MAX:
            out.append((a, b))
            continue
        for m in _GLUE.finditer(text, a + _GLUE_MIN - 1, b - _GLUE_MIN):
            i = m.end()
            if (
                text[i - 1 : i + 1] in WORDS_ACROSS
                or text.startswith(_GLUE_NOT, i)
                or (text[i] == "各" and text[i + 1 : i + 2] not in _EACH_PLACE)
                or (text[i] == "各" and _BRANCHES_OF_BUREAU.match(text, i, b) and strip_ws(text[last:i]).endswith("局"))
                or _opened(text, last, i)
                or (_SECOND_PLATE.match(text, i) and strip_ws(text[last:i]).endswith("纪委"))
                or (text[i] in _LEVELS_WRITTEN_ONCE and _LEVELS_BRACKET.search(text, last, i))
            ):
                continue
            left, right = strip_ws(text[last:i]), strip_ws(text[i:b])
            if (
                min(len(left), len(right)) >= _GLUE_MIN
                and (len(left) > _GLUE_MIN or left[0] in UNIT_START_CHARS)  # 县委 / 市委, not a place's 南部 (南部县) or 海门 (海门区)
                and looks_like_unit(left)
                and looks_like_unit(right)
            ):
                out.append((last, i))
                last = i
        out.append((last, b))
    return out


def _opened(text: str, a: int, b: int) -> bool:
    """Whether a bracket opened in ``text[a:b]`` is not closed there (a cut inside 各县（市、区）)."""
    d = 0
    for c in text[a:b]:
        if c in OPEN:
            d += 1
        elif c in CLOSE:
            d -= 1
    return d > 0


_SPLIT_TOKENS = re.compile(r"[（(〔【\[［）)〕】\]］“”、，,；;/／\s\u3000和及与]")
