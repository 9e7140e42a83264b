"""Text decoding: which charset a plain-text or HTML file is in (UTF-8/GB18030/Big5/CP950,
charset-normalizer last) and how plausible a decoded text is.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from respgraph.clean.glyphs import GLYPH_FORMS
from respgraph.read.builder import ReadError


# --------------------------------------------------------------------------- text decoding

_MAGIC = {
    b"%PDF": "PDF",
    b"PK\x03\x04": "zip archive",
    b"\xd0\xcf\x11\xe0": "old MS Office (.doc/.xls) file",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"\x1f\x8b": "gzip archive",
    b"Rar!": "RAR archive",
    b"7z\xbc\xaf": "7z archive",
    b"{\\rtf": "RTF file",
}
# (not \x0b: Word's manual line break, in a .doc saved as text; GB18030 text holding one was
# refused as binary, UTF-8 read)
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_CONTROL_STR = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


@lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
    """The most frequent Chinese characters: GB2312 level 1 plus Big5 level 1 (~9,000).

    A right decode of a Chinese plan is almost all such characters; a wrong one (Big5 bytes
    read as GB18030 or the reverse) scatters into rare characters, kana, bopomofo, box drawing.
    """
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):  # GB2312 level 1
        chars.update(bytes([lead, t]).decode("gb2312", "ignore") for t in range(0xA1, 0xFF))
    for lead in range(0xA4, 0xC7):  # Big5 level 1 (A440-C67E)
        for t in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]:
            chars.add(bytes([lead, t]).decode("big5", "ignore"))
    chars.discard("")
    # CJK and full-width punctuation plus typographic quotes/dashes used in plans.
    chars.update(chr(c) for c in range(0x3000, 0x3040))
    chars.update(chr(c) for c in range(0xFF01, 0xFF66))
    chars.update("“”‘’…—–·•●■□◆★☆№Ⅰ Ⅱ Ⅲ Ⅳ Ⅴ Ⅵ ①②③④⑤⑥⑦⑧⑨⑩μ×÷±≤≥℃㎡％".replace(" ", ""))
    # text extracted from a PDF whose fonts give Kangxi radicals or compatibility ideographs for
    # common characters (⽣态环境局: a tenth of a plan's characters), saved as GB18030: the right
    # decode (the clean-up reads them as the characters, clean/glyphs.py)
    chars.update(chr(cp) for cp, ideograph in GLYPH_FORMS.items() if ideograph in chars)
    return frozenset(chars)


@lru_cache(maxsize=1)
def _uncommon_re() -> re.Pattern[str]:
    """A non-ASCII character that is none of ``_common_chars()`` (a class of ~7,000: compiled
    once, 8 ms)."""
    return re.compile("[^\\x00-\\x7f" + "".join(sorted(map(re.escape, _common_chars()))) + "]")


def plausibility(text: str) -> float:
    """Share of non-ASCII characters that are common Chinese characters or punctuation.

    Counted in C: the non-ASCII characters are those an ASCII encoding drops, the uncommon ones
    those the class finds (20x faster than a loop over the characters in Python).

    >>> plausibility("深入打好污染防治攻坚战。")
    1.0
    """
    sample = text[:50000]
    non_ascii = len(sample) - len(sample.encode("ascii", "ignore"))
    if not non_ascii:
        return 1.0
    return (non_ascii - len(_uncommon_re().findall(sample))) / non_ascii


_PLAUSIBLE = 0.9


#: how the warning of a file cut off inside its last character opens (``read`` marks it ``cut_off``)
TRUNCATED = "file ends inside a character "


def _decode_cut(data: bytes, codec: str, notes: list[str] | None) -> str:
    """Strict decode; a file cut off inside its last character (an interrupted download or
    copy) keeps everything before that character and says so in ``notes``."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        # Only an incomplete sequence in the last 3 bytes (GB18030/UTF-8 characters are at most
        # 4 bytes) counts as truncation; any other bad byte means a wrong codec.
        if exc.start < len(data) - 3 or exc.end != len(data):
            raise
        text = data[: exc.start].decode(codec)
        if notes is not None:
            notes.append(f"{TRUNCATED}({len(data) - exc.start} stray bytes dropped; truncated?)")
        return text


def decode_text(data: bytes, path: str | Path = "<bytes>", notes: list[str] | None = None) -> tuple[str, str]:
    """Decode plan bytes; return ``(text, encoding)`` or raise :class:`ReadError`.

    Strict UTF-8 first (BOM -> ``utf-8-sig``), then GB18030, Big5 and charset-normalizer's
    guess, each decoded strictly and kept only if the result is plausible Chinese text. A UTF-8
    file with a few invalid bytes in it is read with each bad byte as U+FFFD and a line in
    ``notes`` (never another codec's bytes read so). A file cut inside its last character is
    read up to that character (with a line in ``notes``), not rejected.

    >>> decode_text("污染防治".encode("gb18030"))
    ('污染防治', 'gb18030')
    >>> decode_text("污染防治".encode("utf-8")[:-1])
    ('污染防', 'utf-8')
    """
    if not data.strip():
        raise ReadError(path, "empty file")
    decoded = _by_byte_order_mark(data, path, notes) or _without_nul(data, path) or _as_utf8(data, notes)
    return decoded if decoded is not None else _best_codec(data, path, notes)


def _by_byte_order_mark(data: bytes, path: str | Path, notes: list[str] | None) -> tuple[str, str] | None:
    """``(text, encoding)`` of bytes opening with a byte-order mark: UTF-8's (bytes that are not
    UTF-8 after it: None, the other codecs are tried), UTF-16's (a ReadError when they are not)."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return _decode_cut(data[3:], "utf-8", notes), "utf-8-sig"
        except UnicodeDecodeError:
            return None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise ReadError(path, "could not decode text (UTF-16 byte-order mark, invalid UTF-16)") from None
    return None


def _without_nul(data: bytes, path: str | Path) -> tuple[str, str] | None:
    """A ReadError for a binary file (a known format's magic, NULs, control bytes); ``(text,
    encoding)`` of UTF-16 without a byte-order mark (NULs in every other byte); None for text."""
    head = data[:8192]
    for magic, what in _MAGIC.items():
        if head.startswith(magic):
            raise ReadError(path, f"binary file, not a plan document ({what})")
    if b"\x00" in head:
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if "\x00" not in text and plausibility(text) >= _PLAUSIBLE:
                return text, enc
        raise ReadError(path, "binary file, not a plan document")
    if len(_CONTROL.findall(head)) > max(2, len(head) // 100):
        raise ReadError(path, "binary file, not a plan document")
    return None


def _as_utf8(data: bytes, notes: list[str] | None) -> tuple[str, str] | None:
    """``(text, "utf-8")`` of UTF-8 bytes, a file cut inside its last character or with a few
    damaged bytes among them (each read as U+FFFD, said in ``notes``); None for another codec."""
    try:
        return _decode_cut(data, "utf-8", notes), "utf-8"
    except UnicodeDecodeError:
        pass
    if (damaged := _damaged_utf8(data)) is not None:
        text, bad = damaged
        if notes is not None:
            notes.append(f"{bad} bytes are not UTF-8 (a damaged file?): each is read as U+FFFD, the text around it is kept")
        return text, "utf-8"
    return None


def _best_codec(data: bytes, path: str | Path, notes: list[str] | None) -> tuple[str, str]:
    """``(text, encoding)`` of the most plausible Chinese text among the codecs bytes that are not
    UTF-8 may be in (GB18030, Big5, charset-normalizer's guess), each decoded strictly; a
    ReadError naming those tried when none reads as Chinese text."""
    tried = ["utf-8"]
    best: tuple[float, str, str, list[str]] | None = None
    for enc in _candidates(data):
        if enc in tried:
            continue
        tried.append(enc)
        cut: list[str] = []
        try:
            text = _decode_cut(data, _CODEC.get(enc, enc), cut)
        except (UnicodeDecodeError, LookupError):
            continue
        # Strict decoding never invents U+FFFD; a few can be in the source (GB18030 encodes
        # it), many mean the bytes were already damaged.
        if text.count("\ufffd") > len(text) // 1000 or _CONTROL_STR.search(text, 0, 8192):
            continue
        score = plausibility(text)
        if best is None or score > best[0]:
            best = (score, text, enc, cut)
        if score >= 0.98:  # clearly right; no need to try the others
            break
    if best is None or best[0] < _PLAUSIBLE:
        raise ReadError(path, f"could not decode text (tried {', '.join(tried)})")
    if notes is not None:
        notes.extend(best[3])
    return best[1], best[2]


# A UTF-8 file with a few damaged bytes (a bad sector, a botched edit, an upload cut and
# resumed) is UTF-8 all the same: its Chinese characters decode one for three bytes everywhere
# else. Another codec's bytes read as UTF-8 fail at almost every non-ASCII byte, so thirty
# good characters for each bad byte (and no more than a handful of bad bytes) tells them apart.
_DAMAGED_UTF8_RATIO = 30
_DAMAGED_UTF8_MAX = 20


def _damaged_utf8(data: bytes) -> tuple[str, int] | None:
    """The text of a UTF-8 file with a few invalid bytes (each read as U+FFFD) and their number,
    or None when the bytes are not UTF-8 with a few damaged ones.

    >>> _damaged_utf8("深入打好污染防治攻坚战。".encode() * 20 + b"\\xff" + "推进".encode())[1]
    1
    >>> _damaged_utf8("深入打好污染防治攻坚战。".encode("gb18030") * 20) is None
    True
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", "ignore")) - bad
    if not bad or bad > _DAMAGED_UTF8_MAX or good < bad * _DAMAGED_UTF8_RATIO:
        return None
    return text, bad


# GBK and GB2312 are subsets of GB18030, so GB18030 decodes them all; Big5 is tried as
# Big5-HKSCS's base and then CP950 (Microsoft's Big5 with a few extra characters).
_CODEC = {"big5": "big5", "cp950": "cp950"}
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "big5hkscs": "big5"}


def _candidates(data: bytes) -> Iterator[str]:
    """GB18030, Big5, CP950, then charset-normalizer's guess. A generator: the guess (about a
    third of the decode time of a GB18030 plan) is only computed when no fixed codec fits."""
    out = ["gb18030", "big5", "cp950"]
    yield from out
    try:
        from charset_normalizer import from_bytes

        guess = from_bytes(data[:65536]).best()
        if guess is not None:
            enc = _ALIASES.get(guess.encoding.lower().replace("_", ""), guess.encoding.lower())
            if enc not in out:
                yield enc
    except Exception:  # detection is only a hint; the fixed candidates still run
        pass
