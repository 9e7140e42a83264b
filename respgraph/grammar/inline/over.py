"""统筹: the body over the work, not one carrying it out.

The verbs of a unit over the work (``_OVER``), a 统筹 part over other items than this one
(``_over_named_work``), and a party committee or government over the work with what it arranges
(``_governs_with_object``, as 县委统筹 is: a principle, not an assignment).
"""

from __future__ import annotations

import re

from respgraph.grammar.roles import _governs, part_object_cut
from respgraph.grammar.units import strip_ws


def _over_named_work(text: str, pa: int, part: tuple[int, str, bool]) -> bool:
    """Whether a 统筹 part is given by 由 over items the phrase names first (第1项至第3项工作由A统筹
    调度，本项工作由B负责: A is over other items, no unit of this one; 资金由A统筹安排 is A's)."""
    if part[1] != "统筹":
        return False
    by = text.find("由", pa, part[0])
    return by > pa and _OTHER_ITEMS.search(text, pa, by) is not None


_OTHER_ITEMS = re.compile(r"第\s*[\d一二三四五六七八九十]+\s*[项条点]")


def _governs_with_object(text: str, pa: int, pb: int, ws: str) -> bool:
    """Whether the phrase is a party committee or government over the work with what it arranges
    (县委统筹安排，县政府具体负责 / 县政府统筹安排专项资金，县发改局牵头…), as 县委统筹 is."""
    if "统筹" not in ws:
        return False
    part = part_object_cut(text, pa, pb)
    return part is not None and part[1] == "统筹" and _governs(strip_ws(text[pa : part[0]]) + "统筹")


# the verbs of the unit over the work (A统筹，B配合 / A协调，B配合 / A负责统筹，B具体实施):
# outside a bracket a lead only beside another phrase, or given by 由 (由A协调，B配合); alone
# (县财政局负责统筹。) they say how work goes
_OVER = frozenset({"统筹", "统筹协调", "统筹推进", "协调", "抓总", "负责统筹"})
