"""OCR-misread characters inside agency names (县农业农材局, 县市场监督管埋局, 市住房城多建设局):
the name a reader sees through the misreading, so that the graph does not hold the body twice.

A scan's OCR misreads a character now and then; the cleaner repairs the confusions that are never
words (``respgraph.clean.ocr``), but one inside a name (村 -> 材, 理 -> 埋, 乡 -> 多, 援 -> 授) makes
another string that reads as the same function. A name is read as another when the two differ in
one character only, neither the first (the place's level: 市财政局 / 县财政局 are two bodies) nor
the last (局 / 厅 / 委: the kind of body), both written in the same plan and resolving to the same
functions (or the misread one to none), the other written more often or, as often, a body name the
registry knows (the misread one is not). Names that differ so and are both real (镇党建办 / 镇党政办) have other functions, or
are both known, or differ inside the places they open with, both listed (南通市生态环境局 / 南京市生态环境局:
a province's plan naming two of its cities' bureaus, never one misread).
"""

from __future__ import annotations

from collections import Counter

from respgraph.registry import Registry

_MIN_LEN = 5  # 县水务局 / 县水利局 (four characters) are both real: shorter names are left alone


def _one_inside(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` differ in one character, neither the first nor the last, both Han?"""
    if len(a) != len(b) or a[0] != b[0] or a[-1] != b[-1]:
        return False
    diff = [k for k in range(1, len(a) - 1) if a[k] != b[k]]
    return len(diff) == 1 and all("\u4e00" <= s[diff[0]] <= "\u9fff" for s in (a, b))


def _known_bodies(reg: Registry) -> dict[int, frozenset[str]]:
    """The body names the registry knows (its aliases, both sides), by length."""
    got = reg.cache.get("misread_bodies")
    if got is None:
        by_len: dict[int, set[str]] = {}
        for name in {*reg.aliases, *reg.aliases.values()}:
            by_len.setdefault(len(name), set()).add(name)
        got = reg.cache["misread_bodies"] = {n: frozenset(s) for n, s in by_len.items()}
    return got


def _known(reg: Registry, name: str) -> bool:
    """Is ``name``'s body (after its one-character level, 县 / 市 / 区) a body name the registry knows?"""
    return name[1:] in _known_bodies(reg).get(len(name) - 1, ())


def _places(reg: Registry) -> frozenset[str]:
    """The places the registry lists, by their names and short names (南通市, 南通)."""
    got = reg.cache.get("misread_places")
    if got is None:
        got = reg.cache["misread_places"] = frozenset(
            n for j in reg.jurisdictions.values() for n in (j.name, j.short) if n and len(n) >= 2
        )
    return got


def _other_places(reg: Registry, a: str, b: str) -> bool:
    """Do ``a`` and ``b`` (one character apart) open with two listed places, the character inside them?"""
    k = next(i for i in range(len(a)) if a[i] != b[i])
    places = _places(reg)
    return any(a[:n] in places and b[:n] in places for n in range(k + 1, min(len(a), 8)))


def misread_names(reg: Registry, names: Counter, functions) -> dict[str, str]:
    """Mention text -> the name it misreads, for the names of one plan (``names``: how often each
    is written). ``functions(text)``: the functions a name resolves to."""
    out: dict[str, str] = {}
    groups: dict[tuple[int, str, str], list[str]] = {}  # only names of one length, first and last character can pair
    for t in names:
        if len(t) >= _MIN_LEN:
            groups.setdefault((len(t), t[0], t[-1]), []).append(t)
    for group in groups.values():
        if len(group) < 2:
            continue
        for t in group:
            _read_one(reg, t, group, names, functions, out)
    return out


def _read_one(reg: Registry, t: str, group: list[str], names: Counter, functions, out: dict[str, str]) -> None:
    pairs = [u for u in group if u != t and _one_inside(t, u) and not _other_places(reg, t, u)]  # most names have none: no resolving
    others = [u for u in pairs if _reads_as(reg, t, names[t], functions(t), u, names[u], functions)]
    if len(others) == 1:
        out[t] = others[0]


def _reads_as(reg: Registry, t: str, n: int, own, u: str, k: int, functions) -> bool:
    """Is ``t`` (written ``n`` times, functions ``own``) a misreading of ``u`` (written ``k`` times)?
    ``u`` is written more often with the same functions; or as often, the registry knowing its
    body and not ``t``'s (市住房城乡建设局 / 市住房城多建设局); or ``t`` reads as no function and ``u``
    does (城市管埋办公室 / 城市管理办公室). (A name alone, with no such pair in its plan, is left:
    科技工贸和信息化局 is a real bureau one character from 科技工业和信息化局.)"""
    theirs = functions(u)
    if not own:
        return bool(theirs) and k >= n
    return theirs == own and (k > n or k == n and _known(reg, u) and not _known(reg, t))
