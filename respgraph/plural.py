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


# A plan's tasks as the subject of a line about them (commands: `tasks --no-lead`), in the number
# the count takes: one task is "its one task", never "1 of 1 tasks"


def every_task_has(n: int) -> str:
    """The subject of "… a clear lead" for all ``n`` tasks of a plan."""
    return "its one task has" if n == 1 else f"every one of {n} tasks has"


def any_of_its_tasks(n: int) -> str:
    """The object of "names no agency for …": any of a plan's ``n`` tasks."""
    return "its one task" if n == 1 else f"any of its {n} tasks"


def some_tasks_have(k: int, n: int) -> str:
    """The subject of "… no clear lead": ``k`` of a plan's ``n`` tasks."""
    if k == n:
        return "its one task has" if n == 1 else f"all {n} tasks have"
    return f"{k} of {n} tasks {'has' if k == 1 else 'have'}"
