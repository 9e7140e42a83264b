"""Labelled clauses: ``（牵头单位：A；责任单位：B、C）`` and bare unit brackets.

Where a labelled clause begins and ends (in a bracket, or unbracketed up to the end of its
unit list), which fields it holds and the units each field lists.

Modules: ``starts`` (where a label opens a clause), ``bracketed`` (a clause in a bracket: where
the bracket opens and closes; ``fields_only``), ``unbracketed`` (where a clause without brackets
ends), ``fields`` (reading the fields and their units) and ``bare`` (bare unit brackets). This
package holds ``_labelled_clause``, which bounds a clause with those and reads it, and
re-exports the names other modules import from ``respgraph.grammar.labelled``.
"""

from __future__ import annotations

from respgraph.grammar.labelled.bare import _bare_unit_brackets, _bare_unit_lines
from respgraph.grammar.labelled.bracketed import (
    _close_bracket, _fields_before, _opening_bracket_before, _unit_prefix, fields_only,
)
from respgraph.grammar.labelled.fields import _read_labelled, _watcher
from respgraph.grammar.labelled.starts import _label_stands_alone, _label_start, _opens_field, _unit_follows
from respgraph.grammar.labelled.unbracketed import _end_unbracketed, _item_follows, names_left_under
from respgraph.grammar.labels import GrammarSettings
from respgraph.records import Clause

__all__ = [
    "_bare_unit_brackets", "_bare_unit_lines", "_item_follows", "_label_stands_alone", "_label_start", "_labelled_clause", "_opens_field",
    "_unit_follows", "_watcher", "fields_only",
]


def _labelled_clause(text: str, label_at: int, lo: int, hi: int, settings: GrammarSettings) -> Clause:
    problems: list[str] = []
    open_at = _opening_bracket_before(text, label_at, lo)
    if open_at < 0:
        # （牵头领导：王XX；牵头单位：A）: other fields before the first label, same bracket
        open_at = _fields_before(text, label_at, lo)
    if open_at >= 0:
        body_end, clause_end, closed = _close_bracket(text, label_at, hi)
        if not closed:
            problems.append("unbalanced bracket")
        clause_start = open_at
    else:
        prefix = _unit_prefix(text, label_at, lo)
        if prefix is not None:
            # （A牵头；配合单位：B）: a bracket opened before the label, with units in front of it
            open_at, units = prefix
            body_end, clause_end, closed = _close_bracket(text, label_at, hi)
            if not closed:
                problems.append("unbalanced bracket")
            return _read_labelled(text, open_at, label_at, body_end, clause_end, problems, settings, units)
        body_end, clause_end = _end_unbracketed(text, label_at, hi)
        clause_start = label_at
        if (left := names_left_under(text, clause_end, hi)) is not None:
            problems.append(f"names under the list not read: {left}")
    return _read_labelled(text, clause_start, label_at, body_end, clause_end, problems, settings)
