"""The party answering for a 目标责任书: ``party_b``.

A responsibility book (``XX县2016年度环境保护目标责任书``) is signed between two parties: 甲方, the
government setting the targets, and 乙方, the body or lower government answering for them
(``乙方：某县环境保护局``, in its head or beside 甲方 over the seals). Its items name no unit: the
whole book is 乙方's, so an item naming nobody is led by 乙方 (basis ``inherited``, the span
pointing at the name after ``乙方：``), as an item under a marker ``以下均需A落实`` is A's.
"""

from __future__ import annotations

import re

from respgraph.grammar.units.names import looks_like_unit
from respgraph.records import Mention, Span

# 责任书 / 目标责任书 / 目标管理责任书 in the title: the kind of document that has parties
_BOOK = re.compile(r"责任书|责任状")
# 乙方：某县环境保护局 / 乙方（签字）：… at a line's start, or after the 甲方 written on its line
# (甲方：某县人民政府（盖章）        乙方：…（盖章）); the name runs to a bracket, a blank or the line's end
_PARTY_B = re.compile(
    r"(?:^|(?<=[ \t\u3000]))乙[ \t\u3000]*方[ \t\u3000]*(?:[（(][^）)\n]{0,6}[）)])?[ \t\u3000]*[：:][ \t\u3000]*"
    r"(?P<name>[^\s（(，,；;。：:]{2,40})",
    re.M,
)


def party_b(text: str, title: str) -> Mention | None:
    """The body 乙方 names in a responsibility book (its first mention), as a lead; None when the
    title names no 责任书 or 乙方 names no unit (乙方：（签字）)."""
    if not _BOOK.search(title or ""):
        return None
    for m in _PARTY_B.finditer(text):
        name = m.group("name")
        if looks_like_unit(name):
            return Mention(name, "lead", "inherited", Span(m.start("name"), m.end("name")))
    return None


def give_party_b(tasks, text: str, title: str) -> None:
    """Give every task naming no unit to 乙方, in a responsibility book that names one."""
    if not any(not t.mentions for t in tasks):
        return
    party = party_b(text, title)
    if party is None:
        return
    for t in tasks:
        if not t.mentions:
            t.mentions = [Mention(party.text, party.role, party.basis, party.span)]
