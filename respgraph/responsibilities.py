"""Responsibilities stage: responsibility clauses in plan text -> agency mentions with roles.

The grammar lives in :mod:`respgraph.grammar` (``clauses``: finding and reading clauses;
``units``: unit lists, portfolios, collectives). This module is the stage's API:

    >>> from respgraph.responsibilities import find_clauses, task_mentions
    >>> t = "2.推动能源转型。（责任单位：区发改委、区科技局）"
    >>> [(m.text, m.role, m.basis) for m in task_mentions(find_clauses(t), [])]
    [('区发改委', 'lead', 'first_listed'), ('区科技局', 'support', 'explicit')]
"""

from __future__ import annotations

from respgraph.grammar.clauses import GrammarSettings, find_clauses, find_inherit_markers
from respgraph.grammar.units import is_collective, looks_like_unit, normalise_mention
from respgraph.records import Clause, Mention

__all__ = [
    "GrammarSettings",
    "find_clauses",
    "find_inherit_markers",
    "task_mentions",
    "normalise_mention",
    "is_collective",
    "looks_like_unit",
]

_BASIS_RANK = {"explicit": 0, "table": 1, "first_listed": 2, "inherited": 3, "suggested": 4}


def _stronger(a: Mention, b: Mention) -> bool:
    """Whether ``a`` says more than ``b``: lead beats support, then a stated basis beats a convention."""
    if a.role != b.role:
        return a.role == "lead"
    return _BASIS_RANK.get(a.basis, 9) < _BASIS_RANK.get(b.basis, 9)


def task_mentions(clauses: list[Clause], inherited: list[Mention]) -> list[Mention]:
    """A task's final mentions: its clauses' mentions, then inherited collectives.

    Mentions are deduplicated by normalised text, keeping the first position and the strongest
    role; an inherited collective (role support, basis ``inherited``) is added unless the task
    already names the same unit.

    >>> from respgraph.records import Span
    >>> c = find_clauses("（责任单位：市生态环境局、市水利局）")
    >>> inh = [Mention("各县（市、区）党委、政府", "support", "inherited", Span(0, 0), collective=True)]
    >>> [(m.text, m.basis) for m in task_mentions(c, inh)][-1]
    ('各县（市、区）党委、政府', 'inherited')
    """
    out: list[Mention] = []
    index: dict[str, int] = {}
    for clause in clauses:
        for m in clause.mentions:
            key = normalise_mention(m.text)
            if key in index:
                k = index[key]
                if _stronger(m, out[k]):
                    out[k] = m
                continue
            index[key] = len(out)
            out.append(m)
    for m in inherited:
        key = normalise_mention(m.text)
        if key in index:
            continue
        index[key] = len(out)
        out.append(
            Mention(
                text=m.text,
                role="support",
                basis="inherited",
                span=m.span,
                portfolio=list(m.portfolio),
                collective=m.collective,
            )
        )
    return out
