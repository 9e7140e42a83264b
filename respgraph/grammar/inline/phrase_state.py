"""What the phrase loop of ``read._read_inline`` carries and hands its steps: the clause read so far
(``_InlineRead``), the phrase being read (``_PhraseAt``) and the verb found in it (``_FoundVerb``).
Records of their own so that the loop (``read``) and the settling of roles (``settle_roles``) share
them without either reaching into the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from respgraph.grammar.units import Unit
from respgraph.records import Mention


@dataclass(slots=True)
class _InlineRead:
    """What ``_read_inline`` carries from one phrase of the clause to the next: the phrases read so
    far and what they said (A牵头 / B配合 / 由A负责 / 在县委的统一领导下)."""

    parsed: list[tuple[str, list[Unit]]] = field(default_factory=list)  # (verb, units) of each phrase read
    pending: list[Unit] = field(default_factory=list)  # （A牵头，B，C配合）: units written before the phrase whose verb they share
    with_object: int = 0  # phrases read as units, a verb and an object (各乡镇负责本辖区工作), or 要
    partnered_n: int = 0  # ... of them, those read as A会同B + action, B named (A and B share one action)
    given: bool = False  # a phrase giving its object to a unit by 由 (该问题由县住建局负责整改)
    led: bool = False  # 在县委的统一领导下 opened the sentence
    over: int = 0  # phrases whose only verb is 统筹 / 协调 / 抓总, outside a bracket and without 由
    shared_action: bool = False  # A会同B，开展…: the next phrase is the action A and B share
    listed: bool = False  # the first phrase's units are a list without a verb of theirs (（A、B，C配合）)
    then: list[Mention] = field(default_factory=list)  # a next step's units, after the approval the clause's work goes up for
    then_watch: list[Mention] = field(default_factory=list)  # ... and those checking it
    jointly: bool = False  # outside a bracket, a phrase A、B共同推进 (no clause verb written)
    told: bool = False  # the first phrase was units told what to do, helpers named later (A要…，B配合)
    last_helper: int | None = None  # the last phrase of units helping the lead (read once)
    # the phrases of ``parsed`` whose units open with their own action, no duty word written
    # (A、B建立…机制，…: read as 负责), by index; A、B负责 / 按职责分工负责 / 牵头 are none
    acted: set[int] = field(default_factory=set)


@dataclass(slots=True)
class _PhraseAt:
    """Phrase ``k`` of a clause as each step of ``_read_phrase`` reads it (one record, not the same seven
    parameters passed down every step): the clause's ``text`` and ``phrases``, the phrase's span
    ``pa``..``pb`` and its text without blanks ``ws``, and whether the clause stands in a bracket."""

    text: str
    phrases: list[tuple[int, int]]
    k: int
    pa: int
    pb: int
    ws: str
    bracketed: bool


@dataclass(slots=True)
class _FoundVerb:
    """The verb ``_phrase_verb`` found in a phrase, as ``_read_verbed`` reads its units: the match (units
    and verb), whether it is weak (a part: units, a verb and an object), where a part's verb written
    otherwise begins (``unwritten``, -1: none), whether 统筹 arranges something, the verb as written."""

    m: re.Match
    weak: bool
    unwritten: int
    arranged: bool
    written: str | None


# what a step of ``_read_inline`` tells its loop: read the next phrase, the clause has ended, there is
# no clause, the clause states a principle
_NEXT, _END, _NO_CLAUSE, _PRINCIPLE = "next", "end", "no clause", "principle"
