"""Reading one piece of a list into a ``Unit``: trimming its ends, a trailing 等 or 按职责…,
lead stars, the brackets after the name, a person named with it; and the cache of pieces
already read (``_PIECES``, emptied by ``respgraph.extract`` between benchmark runs).
"""

from __future__ import annotations

import re

from respgraph.grammar.units.brackets import classify_paren
from respgraph.grammar.units.names import _COLLECTIVE_RE, is_collective, looks_like_unit
from respgraph.grammar.units.people import _LEADER_OF_PLACE, _PERSON_TAIL, _SLASHED_PERSON, _TITLE_HINT, is_person
from respgraph.grammar.units.words import _LEAD_STARS, _TRAIL_ETC, CLOSE, DUTY_WORDS, Unit, full_width_brackets, matching_open, strip_ws

_TRAIL_DUTY = re.compile(
    r"(?:等\s*)?(?:(?:" + DUTY_WORDS + r"|分\s*别|分\s*头|共\s*同|具\s*体|统\s*一|各\s*自)\s*){1,2}"
    r"(?:负\s*责|落\s*实|实\s*施|推\s*进|抓\s*好\s*落\s*实)?\s*$"
    # 两江新区管委会参照执行 closing a list: bodies applying the task as the listed do (was read
    # into the name)
    r"|(?:等\s*)?参\s*照\s*(?:执\s*行|落\s*实|实\s*施)\s*$"
)

# A piece without any of these is a plain name and needs no further reading.
# (按属地: 市生态环境局东宁分局按属地负责 was read as the unit 市生态环境局东宁分局按属地)
_NEEDS_WORK = re.compile(r"[\s\u3000（(〔【\[［）)〕】\]］等：:。\"“”'*＊★/／|｜]|按照?各?自?职|按照?属地|权限|职权|原则|根据|依据?照?职|分别|分头|共同|具体$|统一$|各自$|参照")

#: Pieces already read: the piece's text -> (name, start and end relative to the piece,
#: portfolio, marker, collective), or None for no unit. ``_read_piece`` reads only the
#: characters between its bounds, so a piece reads the same wherever it stands; a plan names
#: the same units in list after list (seeds: 605 pieces, 181 distinct; 300 synthetic plans:
#: 52,152, 2,721 distinct). Emptied when it grows past the max.
_PIECES: dict[str, tuple[str, int, int, tuple[str, ...], str | None, bool] | None] = {}
_PIECES_MAX = 20_000


def _read_piece(text: str, a: int, b: int, offset: int) -> Unit | None:
    """The unit written in ``text[a:b]`` (offsets shifted by ``offset``), or None."""
    piece = text[a:b]
    read = _PIECES.get(piece, False)
    if read is False:
        if len(_PIECES) >= _PIECES_MAX:
            _PIECES.clear()
        u = _read_new_piece(piece)
        read = _PIECES[piece] = None if u is None else (u.text, u.start, u.end, tuple(u.portfolio), u.marker, u.collective)
    if read is None:
        return None
    name, start, end, portfolio, marker, collective = read
    return Unit(name, a + start + offset, a + end + offset, list(portfolio), marker, collective)


def _read_new_piece(text: str) -> Unit | None:
    """The unit written in ``text`` (a piece of a list), offsets relative to it, or None."""
    a, b = 0, len(text)
    if b > a and _NEEDS_WORK.search(text) is None:
        if _TITLE_HINT.search(text) is None or not (is_person(text) or _PERSON_TAIL.search(text)):
            return Unit(text, a, b, [], None, _COLLECTIVE_RE.search(text) is not None)
    a, b, starred = _piece_bounds(text)
    if b <= a:
        return None
    name_end = b
    marker: str | None = "lead" if starred else None
    # 省工业和信息化厅*: a star after a name marks the lead unit (the legend says 带*的为牵头单位)
    stripped = text[a:b].rstrip()
    if len(stripped) > 1 and stripped[-1] in _LEAD_STARS:
        marker = "lead"
        name_end = a + len(stripped.rstrip(_LEAD_STARS))
    name_end, portfolio, marker = _peel_brackets(text, a, name_end, marker)
    name = strip_ws(text[a:name_end])
    if not name:
        return None
    if (named := _without_person(text, a, b, name)) is None:
        return None
    name, b = named
    name = full_width_brackets(name)  # 各乡镇(街道): the mention 各乡镇（街道）, as normalise_mention reads it
    return Unit(
        text=name,
        start=a,
        end=b,
        portfolio=portfolio,
        marker=marker,
        collective=is_collective(name),
    )


def _piece_bounds(text: str) -> tuple[int, int, bool]:
    """Where the name in a piece begins and ends once its ends are trimmed (blanks, stray
    punctuation, lead stars before it, a trailing 按职责负责 or 等), and whether a star opened it."""
    a, b = 0, len(text)
    # trim whitespace and stray punctuation at both ends (a cell rule | of a table pasted as text:
    # 牵头单位：A | 配合单位：B)
    while a < b and (text[a].isspace() or text[a] in "：:。\"“”'|｜"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in "。\"“”'|｜"):
        if text[b - 1] == "”" and text.count("“", a, b - 1) > text.count("”", a, b - 1):
            break  # 村“两委”: the quote closes one the name opened
        b -= 1
    # ★区发改局: a star before the name marks the lead as one after it does (标★的为牵头单位)
    starred = b - a > 1 and text[a] in _LEAD_STARS
    while starred and a < b and (text[a] in _LEAD_STARS or text[a].isspace()):
        a += 1
    raw = text[a:b]
    m = _TRAIL_DUTY.search(raw)
    if m:
        b = a + m.start()
        raw = text[a:b]
    m = _TRAIL_ETC.search(raw)
    if m:
        b = a + m.start()
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b, starred


def _peel_brackets(text: str, a: int, name_end: int, marker: str | None) -> tuple[int, list[str], str | None]:
    """Peel up to two trailing parentheticals off the name ``text[a:name_end]``: 区财政局（牵头）,
    区农林水与生态环境局(生态环境、水利). Where the name then ends, the portfolio the brackets
    list and the role they mark (``marker`` when they mark none); a bracket that is part of the
    name (kind "name") stays."""
    portfolio: list[str] = []
    raw = text[a:name_end]
    for _ in range(2):
        stripped = raw.rstrip()
        if not stripped or stripped[-1] not in CLOSE:
            break
        close = a + len(stripped) - 1
        open_at = matching_open(text, close, a)
        if open_at <= a:
            break
        base = text[a:open_at]
        content = text[open_at + 1 : close]
        kind = classify_paren(base, content)
        if kind == "name":
            break
        if kind == "portfolio":
            portfolio = [p for p in (strip_ws(x) for x in re.split(r"[、，,；;/]", content)) if p]
        elif kind in ("lead", "support", "joint"):
            marker = kind
        name_end = open_at
        raw = text[a:open_at]
        m = _TRAIL_ETC.search(raw)
        if m:
            name_end = a + m.start()
            raw = text[a:name_end]
    return name_end, portfolio, marker


def _without_person(text: str, a: int, b: int, name: str) -> tuple[str, int] | None:
    """The unit's name without a person written with it, and where it then ends in ``text``; None
    when the piece names a person or a leader of a place, no unit."""
    person = _SLASHED_PERSON.search(name)
    if person and looks_like_unit(name[: person.start()]) and not looks_like_unit(person.group()[1:]):
        name = name[: person.start()]  # 县住建局/张某: a unit and the person answering for it
        b = _end_of(text, a, len(name))
    if _TITLE_HINT.search(name):
        if is_person(name):
            return None
        tail = _PERSON_TAIL.search(name)
        if tail and _LEADER_OF_PLACE.match(tail.group()):
            return None  # 省政府副省长王某某 / 市委书记王某某: a leader of the place, no unit
        if tail and looks_like_unit(name[: tail.start()]):
            name = name[: tail.start()]
            b = _end_of(text, a, len(name))
    return name, b


def _end_of(text: str, a: int, n: int) -> int:
    """Where the first ``n`` non-blank characters from ``text[a]`` end (a name typed with blanks)."""
    i = a
    while n:
        if not text[i].isspace():
            n -= 1
        i += 1
    return i
