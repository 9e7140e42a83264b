"""Step 4b, translation lines: a plan published in Chinese and a minority language (新疆's Uyghur,
西藏's and the Tibetan prefectures' Tibetan, 内蒙古's traditional Mongolian, 延边's Korean, 凉山's
Yi) follows each paragraph with the same paragraph translated, its item number written again
(``1.`` / ``(1)``), and a unit's name with its translation on the next line. The translation
repeats the Chinese: read as text, it was glued to the task above it or, numbered, became a task
of its own with no units. Such a line — no Chinese character in it, its words in one of these
scripts — is set aside (``Document.notes`` says how many, in which script).

A unit's name followed (or preceded) by its translation in the same line, a blank between them
(a table cell's two paragraphs joined: ``牵头单位：自治区生态环境厅 ئاپتونوم رايونلۇق …；``), loses
the translation where a separator, a bracket or the line's end closes it on its other side.

A line of Chinese with a word of another script in it (a place name given in Uyghur in brackets,
``VOCs``) is Chinese and kept; so is a plan written wholly in another script (nothing Chinese to
follow).
"""

from __future__ import annotations

import re

from respgraph.clean.edits import Edit

_SCRIPTS = {
    "Arabic (Uyghur, Kazakh)": "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff",
    "Tibetan": "\u0f00-\u0fff",
    "Mongolian": "\u1800-\u18af",
    "Korean": "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af",
    "Yi": "\ua000-\ua4cf",
}
_OTHER = "".join(_SCRIPTS.values())
_OTHER_RE = re.compile(f"[{_OTHER}]")
# a line holding a run of such letters (the scan skips to the first in C)
_LINE_RE = re.compile(f"^[^\\n{_OTHER}]*[{_OTHER}][^\\n]*\\n?", re.M)
_HAN_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_MIN_LETTERS = 4  # a line of translation has words, not a stray letter
_MIN_CHINESE = 50  # the plan itself is Chinese: translations follow Chinese paragraphs


def translation_line_edits(text: str) -> tuple[list[Edit], dict[str, int]]:
    """Edits removing the translation lines, and how many lines of each script.

    >>> text = "（一）推进清洁取暖。（州住建局牵头）\\n(1)청결난방을 추진한다.\\n" + "大气污染防治" * 10
    >>> edits, scripts = translation_line_edits(text)
    >>> text[edits[0][0] : edits[0][1]], scripts
    ('(1)청결난방을 추진한다.\\n', {'Korean': 1})
    """
    if _OTHER_RE.search(text) is None or len(_HAN_RE.findall(text, 0, 20000)) < _MIN_CHINESE:
        return [], {}  # (most plans: one scan for a letter of these scripts, in C)
    edits: list[Edit] = []
    scripts: dict[str, int] = {}
    for m in _LINE_RE.finditer(text):
        line = m.group()
        if _HAN_RE.search(line) or len(_OTHER_RE.findall(line)) < _MIN_LETTERS:
            continue
        edits.append((m.start(), m.end(), ""))
        first = _OTHER_RE.search(line).group()  # type: ignore[union-attr]
        name = next(k for k, v in _SCRIPTS.items() if re.match(f"[{v}]", first))
        scripts[name] = scripts.get(name, 0) + 1
    return edits, scripts


_BLANK = " \t\u00a0"
# a run of words in these scripts: each word opens with a letter (the scan skips in C to the next
# one) and the blanks between words are possessive (no backtracking over a long run of blanks);
# the blanks around the run are taken in Python
_WORD = f"[{_OTHER}][{_OTHER}\u202f\u180e.·،؛:\\-]*+"
_INLINE_RE = re.compile(f"{_WORD}(?:[{_BLANK}]++{_WORD})*")
_CLOSES = frozenset("；;，,、。）)：:\n")
_MIN_INLINE_LETTERS = 6


def inline_translation_edits(text: str) -> list[Edit]:
    """Edits removing a translation written beside a Chinese name on its line.

    >>> t = "（牵头单位：自治区生态环境厅 ئاپتونوم رايونلۇق ئېكولوگىيىلىك مۇھىت نازارىتى；配合单位：自治区水利厅）"
    >>> [t[a:b] for a, b, _ in inline_translation_edits(t)]
    [' ئاپتونوم رايونلۇق ئېكولوگىيىلىك مۇھىت نازارىتى']
    >>> inline_translation_edits("加强伊犁河谷（ئىلى ۋادىسى）秸秆禁烧管控")
    []
    """
    edits: list[Edit] = []
    if _OTHER_RE.search(text) is None:
        return edits
    for m in _INLINE_RE.finditer(text):
        if len(_OTHER_RE.findall(m.group())) < _MIN_INLINE_LETTERS:
            continue
        start, end = m.start(), m.end()
        while start and text[start - 1] in _BLANK and start > m.start() - 8:
            start -= 1
        while end < len(text) and text[end] in _BLANK and end < m.end() + 8:
            end += 1
        before = text[start - 1] if start else "\n"
        after = text[end] if end < len(text) else "\n"
        blank_before, blank_after = start < m.start(), end > m.end()
        # a name, a blank, its translation, then a separator (or the reverse): the translation
        # goes; a run with Chinese on both sides, or bracketed with no blank, is left as it is
        if blank_before and _HAN_RE.match(before) and after in _CLOSES:
            edits.append((start, end, ""))
        elif blank_after and _HAN_RE.match(after) and (before in _CLOSES or before in "（("):
            edits.append((start, end, ""))
    return edits
