"""Units: how a list of agencies is written and what one agency name looks like.

A unit list is the text after a label such as ``责任单位：``::

    >>> [u.text for u in split_units("区发改委、各乡镇（办）党委、政府", 0)]
    ['区发改委', '各乡镇（办）党委、政府']
    >>> u = split_units("区农林水与生态环境局(生态环境、水利)", 0)[0]
    >>> (u.text, u.portfolio)
    ('区农林水与生态环境局', ['生态环境', '水利'])

Everything here works on one list at a time and is linear in its length.

Modules: ``words`` (brackets, separators, name endings, ``DUTY_WORDS``, ``skip_ws``, ``strip_ws``, ``Unit``),
``names`` (``looks_like_unit``, ``is_collective``, ``all_unit_like``), ``brackets``
(``classify_paren``, ``nameplate_names``, ``normalise_mention``), ``split`` (``split_units``),
``joins`` (pieces that are one unit with the one before), ``pieces`` (reading one piece, and the
cache of pieces read) and ``people`` (people listed among units). This package re-exports the
names other modules and tests import from ``respgraph.grammar.units``.
"""

from __future__ import annotations

from respgraph.grammar.units.brackets import classify_paren, nameplate_names, normalise_mention
from respgraph.grammar.units.joins import (
    _BARE_LEVEL, _GENERIC_HEADS_END, _GENERIC_TAILS, _GOVERNMENT_OFFICE, _LEVEL_BODY, _LEVEL_HEAD, _ONE_LEVEL,
    _PARTY_COMMITTEE, _PROVINCE_KIND, _ROLE_TAILS, _one_with_previous,
)
from respgraph.grammar.units.names import NUMBERED_BRANCH, ORDINAL_PIECE, PROSE_START, all_unit_like, is_collective, looks_like_unit, may_name_unit, names_apart
from respgraph.grammar.units.pieces import _PIECES
from respgraph.grammar.units.split import (
    _EACH_PLACE, _GLUE, _GLUE_MIN, _GLUE_NOT, _GLUE_PIECE_MAX, WORDS_ACROSS, _opened, _unglued, split_units,
)
from respgraph.grammar.units.words import CLOSE, DUTY_WORDS, NAME_END_CHARS, OPEN, UNIT_START_CHARS, Unit, display_width, full_width_brackets, skip_ws, strip_ws

__all__ = [
    "NAME_END_CHARS",
    "NUMBERED_BRANCH",
    "UNIT_START_CHARS",
    "ORDINAL_PIECE",
    "CLOSE", "DUTY_WORDS", "OPEN", "PROSE_START", "_BARE_LEVEL", "_EACH_PLACE", "_GENERIC_HEADS_END",
    "_GENERIC_TAILS", "_GLUE", "_GLUE_MIN", "_GLUE_NOT", "_GLUE_PIECE_MAX", "_GOVERNMENT_OFFICE", "_LEVEL_BODY",
    "_LEVEL_HEAD", "_ONE_LEVEL", "_PARTY_COMMITTEE", "_PIECES", "_PROVINCE_KIND", "_ROLE_TAILS",
    "WORDS_ACROSS", "Unit", "_one_with_previous", "_opened", "_unglued", "all_unit_like",
    "classify_paren", "display_width", "full_width_brackets", "is_collective", "looks_like_unit", "may_name_unit", "names_apart", "nameplate_names", "normalise_mention", "split_units",
    "skip_ws", "strip_ws",
]
