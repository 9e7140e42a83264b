"""Step 2b, glyph forms: characters a PDF's fonts or an editor put in place of the ideographs and
item numbers a plan is written in.

* Kangxi radicals (U+2F00–2FD5: ``⽣态环境局``, ``⼈民政府``) and CJK compatibility ideographs
  (U+F900–FAFF with a canonical ideograph) come out of PDFs whose fonts map a glyph to the
  radical's or the compatibility code point; Unicode's own decomposition (NFKC) gives the
  ideograph. The simplified forms of the CJK Radicals Supplement (U+2E80–2EFF: ``⻓江``,
  ``部⻔``, ``⻥类``) have no decomposition: the table below names the ideograph each stands
  for. All are one character for one, so the offsets map is unchanged.
* Enclosed item numbers (``⒈`` U+2488…, ``⑴`` U+2474…, ``㈠`` U+3220…) are one character
  standing for ``1.`` / ``（1）`` / ``（一）`` (Word's numbering and Chinese fonts write them);
  they are written out as plans type them, so that the markers read them. ``①`` is kept: the
  markers read it as it is.

Only NFKC's mappings to one CJK ideograph are taken from the compatibility blocks (never the
whole NFKC, which would also turn ``①`` into ``1`` and ``（`` into ``(``).
"""

from __future__ import annotations

import re
import unicodedata

from respgraph.clean.edits import Edit

# The simplified radicals of the CJK Radicals Supplement that PDF fonts use for whole
# characters (no Unicode decomposition): the ideograph each is drawn as.
_SUPPLEMENT = {
    # whole characters drawn with a radical's code point: ⼈⺠政府 is 人民政府
    "\u2ea0": "民", "\u2ec1": "虎", "\u2eca": "足", "\u2ed1": "長", "\u2ed7": "雨",
    "\u2edd": "食", "\u2ee3": "骨", "\u2ee4": "鬼",
    "\u2ec4": "西", "\u2ec5": "见", "\u2ec6": "角", "\u2ec9": "贝", "\u2ecb": "车",
    "\u2ed0": "钅", "\u2ed3": "长", "\u2ed4": "门", "\u2ed8": "青", "\u2ed9": "韦",
    "\u2eda": "页", "\u2edb": "风", "\u2edc": "飞", "\u2ee0": "饣", "\u2ee2": "马",
    "\u2ee5": "鱼", "\u2ee6": "鸟", "\u2ee7": "卤", "\u2ee8": "麦", "\u2ee9": "黄",
    "\u2eea": "黾", "\u2eeb": "斉", "\u2eec": "齐", "\u2eee": "齿", "\u2eef": "竜",
    "\u2ef0": "龙", "\u2ef2": "亀", "\u2ef3": "龟", "\u2e9f": "母",
}


def _is_han(s: str) -> bool:
    return len(s) == 1 and ("\u3400" <= s <= "\u9fff" or "\U00020000" <= s <= "\U0003134f")


def _glyph_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in [*range(0x2F00, 0x2FD6), *range(0xF900, 0xFB00)]:
        to = unicodedata.normalize("NFKC", chr(cp))
        if to != chr(cp) and _is_han(to):
            table[cp] = to
    table.update({ord(k): v for k, v in _SUPPLEMENT.items()})
    return table


GLYPH_FORMS = _glyph_table()
GLYPH_FORM_RE = re.compile("[" + "".join(map(chr, sorted(GLYPH_FORMS))) + "]")

_CN_NUMERALS = "一二三四五六七八九十"
# ⒈…⒛ -> 1.…20.; ⑴…⒇ -> （1）…（20）; ㈠…㈩ -> （一）…（十）
_ENCLOSED = {
    **{chr(0x2488 + i): f"{i + 1}." for i in range(20)},
    **{chr(0x2474 + i): f"（{i + 1}）" for i in range(20)},
    **{chr(0x3220 + i): f"（{_CN_NUMERALS[i]}）" for i in range(10)},
}
_ENCLOSED_RE = re.compile("[\u2474-\u249b\u3220-\u3229]")

# A font's private-use code points (U+E000–F8FF): a glyph the font drew with no character
# behind it; what it stood for cannot be known from the text.
PRIVATE_USE_RE = re.compile("[\ue000-\uf8ff]")

# Any character of the three classes above: a text holding none (most plans) is scanned once, not
# three times (each scan of a class costs ~4-8 ns a character; a seed pass read ~80,000 three times)
GLYPH_OR_PRIVATE_RE = re.compile(
    "[" + "".join(map(chr, sorted(GLYPH_FORMS))) + _ENCLOSED_RE.pattern[1:-1] + PRIVATE_USE_RE.pattern[1:-1] + "]"
)


def enclosed_number_edits(text: str) -> list[Edit]:
    """``⒈`` / ``⑴`` / ``㈠`` -> ``1.`` / ``（1）`` / ``（一）``.

    >>> from respgraph.clean.edits import _Text
    >>> t = _Text("⑴加强监管；⑵严格执法\\n㈢保障措施\\n⒈开展排查")
    >>> _ = t.apply(enclosed_number_edits(t.text)); t.text
    '（1）加强监管；（2）严格执法\\n（三）保障措施\\n1.开展排查'
    """
    return [(m.start(), m.end(), _ENCLOSED[m.group()]) for m in _ENCLOSED_RE.finditer(text)]


# 〈〉 as the inner bracket of a bracket (（责任单位：市工信局〈牵头〉、市生态环境局） / （各县〈区〉人民政府负责）):
# what plans write as （） outside one; the grammar reads a role or a list of levels in （） only (市工信局〈牵头〉
# was one unit by the first-listed convention, 各县〈区〉人民政府 a collective apart from 各县（区）人民政府).
# Only a role word or levels inside: 〈〉 around a title (《关于〈条例〉的说明》) stays.
_INNER_ROLE_BRACKET = re.compile(r"〈((?:牵头|配合|负责|协助|参与|主办|协办|牵头单位|配合单位)|[市县区乡镇街道州旗、，,]{1,8})〉")


def inner_bracket_edits(text: str) -> list[Edit]:
    """（ and ） for the 〈 and 〉 of an inner bracket around a role or levels (one for one)."""
    edits: list[Edit] = []
    for m in _INNER_ROLE_BRACKET.finditer(text):
        edits.append((m.start(), m.start() + 1, "（"))
        edits.append((m.end() - 1, m.end(), "）"))
    return edits


def inner_brackets_as_parens(s: str) -> str:
    """``s`` with the inner brackets ``inner_bracket_edits`` turns into （） so turned (各县〈区〉 -> 各县（区））."""
    return _INNER_ROLE_BRACKET.sub(lambda m: f"（{m.group(1)}）", s)

