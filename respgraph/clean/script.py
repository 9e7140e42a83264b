"""Step 3, script: traditional or simplified, and the conversion to simplified (OpenCC, memoised).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from respgraph.clean.edits import _HAN


# --------------------------------------------------------------------------- 3: script

_NON_HAN_RE = re.compile(f"[^{_HAN}]+")
_HAN_RE = re.compile(f"[{_HAN}]")


@lru_cache(maxsize=1)
def _t2s():
    from opencc import OpenCC

    return OpenCC("t2s")


_T2S_CACHE: dict[str, str] = {}


def t2s_char(c: str) -> str:
    """Character-level t2s, cached: OpenCC's pure-Python lookup is slow per call."""
    s = _T2S_CACHE.get(c)
    if s is None:
        s = _T2S_CACHE[c] = _t2s().convert(c)
    return s


def traditional_share(text: str, sample: int = 20000) -> float:
    """Share of Han characters (in a sample) that OpenCC t2s changes.

    Simplified plans score ~0; traditional ones ~0.2-0.3.

    >>> traditional_share("環境保護")  # 環 and 護 change, 境 and 保 are shared
    0.5
    """
    text = text[:sample]
    # the characters t2s changes are Han characters: counted in the sample as among its Han
    # ones, and the Han characters are only gathered when one was found (never, in most plans)
    changed = len(_t2s_changed_re().findall(text))
    return changed / len(_NON_HAN_RE.sub("", text)) if changed else 0.0


@lru_cache(maxsize=1)
def _t2s_changed_re() -> re.Pattern[str]:
    """The Han characters OpenCC t2s changes, as one character class.

    Counting them is one C-level scan of the sample; a set of the sample's characters (to look
    each new one up) cost more than the rest of script detection. Only a character with an
    entry of its own in t2s's tables can change; each is converted by OpenCC itself, all in one
    call (the newlines between them make every character a segment converted on its own).
    """
    from pathlib import Path

    import opencc

    keys: set[str] = set()
    for name in ("TSPhrases.txt", "TSCharacters.txt"):  # the tables of OpenCC's t2s.json
        table = Path(opencc.__file__).parent / "dictionary" / name
        for line in table.read_text(encoding="utf-8").splitlines() if table.exists() else ():
            key = line.partition("\t")[0]
            if len(key) == 1 and _HAN_RE.match(key):
                keys.add(key)
    ordered = sorted(keys)
    converted = _t2s().convert("\n".join(ordered)).split("\n")
    if len(converted) != len(ordered):  # not the library this relies on: one character at a time
        converted = [t2s_char(c) for c in ordered]
    changed = "".join(c for c, s in zip(ordered, converted) if s != c)
    return re.compile(f"[{changed}]" if changed else "(?!)")


@lru_cache(maxsize=None)
def _simplified_only(c: str) -> bool:
    """Whether ``c`` belongs to the simplified character set (GB2312): 乾 著 於 do, 牽 責 單 do not."""
    try:
        c.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def stray_traditional(text: str) -> dict[int, str]:
    """A translate table for the traditional characters strayed into a simplified text.

    OCR trained on both scripts, or a name pasted from a traditional source, leaves a few
    牽头单位 / 縣財政局 in a simplified plan: too few for ``detect_script``, enough to break a
    label or a name. Only characters outside GB2312 are changed, so a simplified text's own
    乾 / 著 / 於 (which t2s would also change) stay.

    >>> "牽头單位".translate(stray_traditional("牽头單位"))
    '牵头单位'
    """
    found = _stray_re().findall(text)  # one C-level scan: nothing found in almost every plan
    return {ord(c): t2s_char(c) for c in set(found)} if found else {}


@lru_cache(maxsize=1)
def _stray_re() -> re.Pattern[str]:
    """The traditional-only characters (t2s changes them, GB2312 lacks them), from OpenCC's table."""
    from pathlib import Path

    import opencc

    chars = []
    table = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    for line in table.read_text(encoding="utf-8").splitlines() if table.exists() else ():
        key, _, targets = line.partition("\t")
        target = targets.split(" ")[0]
        # BMP characters only: one outside it turns the class into sre's slow path (100x)
        if len(key) == 1 and key < "\uffff" and len(target) == 1 and target != key and not _simplified_only(key):
            chars.append(key)
    return re.compile("[" + "".join(map(re.escape, chars)) + "]" if chars else "(?!)")


def detect_script(text: str) -> Literal["simplified", "traditional"]:
    return "traditional" if traditional_share(text) >= 0.05 else "simplified"


def to_simplified(text: str) -> str:
    """Traditional -> simplified, always of the same length (so offsets stay valid).

    OpenCC's phrase conversion is used when it keeps the length (it almost always does: it
    picks e.g. 乾淨 -> 干净 vs 乾隆 correctly); otherwise characters are converted one by one.
    """
    out = _phrase_t2s(text)
    if len(out) == len(text):
        return out
    table = {}
    for c in set(text):
        s = t2s_char(c)
        if len(s) == 1 and s != c:
            table[ord(c)] = s
    return text.translate(table)


#: OpenCC segments already converted (see ``_phrase_t2s``); emptied when it grows past the max.
_SEGMENT_T2S: dict[str, str] = {}
_SEGMENT_T2S_MAX = 50_000


def _phrase_t2s(text: str) -> str:
    """``OpenCC("t2s").convert(text)``, converting each distinct segment once per process.

    OpenCC splits the text at its separators (punctuation, spaces) and converts every segment
    on its own, by a pure-Python longest-match over its phrase dictionaries: the slowest step
    of reading a traditional-character plan. A plan repeats its segments (unit names, labels,
    recurring phrases), so looking a converted segment up gives the same text for less. Falls
    back to ``convert`` if the library's internals are not the ones this relies on.
    """
    conv = _t2s()
    split = getattr(conv, "split_chars_re", None)
    one = getattr(conv, "_convert", None)
    chain = getattr(conv, "_dict_chain_data", None)
    if split is None or one is None or chain is None or not getattr(conv, "_dict_init_done", False):
        return conv.convert(text)
    parts = split.split(text)  # text, separator, text, ...: as OpenCC.convert does
    cache = _SEGMENT_T2S
    if len(cache) >= _SEGMENT_T2S_MAX:
        cache.clear()
    for i in range(0, len(parts), 2):
        seg = parts[i]
        out = cache.get(seg)
        if out is None:
            out = cache[seg] = one(seg, chain)
        parts[i] = out
    return "".join(parts)
