"""The responsibilities stage's functions the structure stage calls (clauses, mentions, a heading's
owner, the units an item's body opens its sentences with, duty statements, inheritance markers), each imported when first asked for:
``respgraph.responsibilities`` imports the structure package.
"""

from __future__ import annotations


def _mention_fn(settings):
    try:
        from respgraph.responsibilities import task_mentions
    except ImportError:  # pragma: no cover - the responsibilities stage is part of the package
        return lambda clauses, inherited: [m for c in clauses for m in c.mentions]
    return task_mentions


def _owner_fn():
    from respgraph.responsibilities import heading_owner

    return heading_owner


def _owned_fn():
    from respgraph.responsibilities import owned_item

    return owned_item


def _supports_fn():
    from respgraph.responsibilities import body_supports

    return body_supports


def _subjects_fn():
    from respgraph.responsibilities import body_subjects

    return body_subjects


def _duty_fn():
    from respgraph.responsibilities import duty_statement

    return duty_statement


def _find_clauses(text: str, start: int, end: int, settings):
    from respgraph.responsibilities import find_clauses

    return find_clauses(text, start, end, settings)


def _inherit_markers(text: str, start: int, end: int, clauses):
    from respgraph.responsibilities import find_inherit_markers

    return find_inherit_markers(text, start, end, clauses)


def _above_markers(text: str, start: int, end: int, clauses):
    from respgraph.responsibilities import find_above_markers

    return find_above_markers(text, start, end, clauses)
