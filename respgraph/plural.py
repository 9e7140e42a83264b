"""English counts as a reader says them: "1 plan", "2 plans", "1 agency", "0 agencies"."""

from __future__ import annotations

import re

# consonant + y -> ies (agency, body); s, x, ch, sh -> es (batch); other nouns take s
_IES = re.compile(r"[^aeiou]y$")
_ES = re.compile(r"(?:s|x|ch|sh)$")


def plural(noun: str) -> str:
    """The plural of a count noun (or of the last word of a phrase: "unknown agency")."""
    if _IES.search(noun):
        return noun[:-1] + "ies"
    if _ES.search(noun):
        return noun + "es"
    return noun + "s"


def counted(n: float, noun: str, many: str | None = None) -> str:
    """``n`` and the noun in the number it takes: ``counted(1, "plan")`` is "1 plan",
    ``counted(3, "agency")`` "3 agencies"; ``many`` for an irregular plural."""
    n = int(n) if float(n).is_integer() else n
    return f"{n} {noun if n == 1 else many or plural(noun)}"


def plural_of(n: float, noun: str) -> str:
    """The noun alone in the number ``n`` takes, for a count written apart from it
    (``3 个规划 plans``): "plan" for 1, "plans" otherwise."""
    return noun if n == 1 else plural(noun)
