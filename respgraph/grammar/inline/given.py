"""Work given by 由 to units: ``人口数据由县公安局提供`` / ``乡镇区域由各乡镇人民政府负责``.

Whether a phrase names its part of the work before the 由 (``_part_given``), where the action
closing a given phrase begins (``_given_action_cut``), and the rule's own note (``本办法由A解释``),
which gives no task.
"""

from __future__ import annotations

import re

from respgraph.grammar.labels import _BY, _PARTY_OR_GOVERNMENT, GIVEN_ACTIONS, HANDED_BY_BODY_RE
from respgraph.grammar.roles import units_before_action
from respgraph.grammar.units import skip_ws, strip_ws


# The action closing a phrase that gives work by 由 (X由A提供 / 由A统一调配 / 由A组织实施): a verb of
# providing, carrying out or managing (labels.GIVEN_ACTIONS), with a short object at most
_GIVEN_ACTION = re.compile(
    # the basis the action follows may come first (由A、B按照《…协作机制》开展应急处置: was no clause)
    r"(?:(?:按照|依照|依据|根据)(?:《[^》，,；;。\n]{1,40}》|[^，,；;。：:\s（(）)《》]{1,12}?))?"
    # (由A限期整改 / 由A立即整改: how soon, as 及时; was no clause)
    r"(?:统一|具体|统筹|集中|分别|共同|及时|依法|限期|立即|尽快)?(?:" + "|".join(GIVEN_ACTIONS) + r")[^，,；;。：:\s（(）)]{0,12}$"
)


# what names no part of the work before 由: the article's number, a reference to the task as a
# whole (此项工作 / 上述任务) and the adverbs before 由 (具体由A负责 / 均由A负责)
_NO_PART_BEFORE_BY = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇\d]{1,4}条)?(?:(?:此项|该项|这项|上述|以上|相关|具体|各项)(?:工作|任务|项目|工程|事项))?"
    r"(?:具体|均|分别|统一|主要|并|仍|另)*由$"
)


def _part_given(text: str, pa: int, pb: int) -> bool:
    """Whether ``text[pa:pb]`` names a part of the work before the 由 giving it to its units
    (``乡镇区域由各乡镇人民政府负责`` / ``应急水源由县水利局负责落实``), not 由 alone (``具体由A负责``)."""
    a = skip_ws(text, pa, pb)
    by = _BY.match(text, a, pb)
    return by is not None and _NO_PART_BEFORE_BY.match(strip_ws(text[a : by.end()])) is None


def given_by(text: str, pa: int, pb: int) -> bool:
    """Whether ``text[pa:pb]`` gives the work by 由 (由A负责 / 人口数据由A提供), or a named body hands it
    on to another with no 由 (市信访局转市住建局办理: the giver's, as 由市信访局转市住建局办理)."""
    a = skip_ws(text, pa, pb)
    return _BY.match(text, a, pb) is not None or HANDED_BY_BODY_RE.search(text, a, pb) is not None


def _given_action_cut(text: str, pa: int, pb: int) -> int | None:
    """Where the action begins when ``text[pa:pb]`` gives work by 由 to named units and closes with
    their action (``人口数据由县公安局提供`` / ``应急车辆由县交通运输局统一调配``); None otherwise.
    (Given to a named body of a place only: the caller's ``given`` check.)"""
    a = skip_ws(text, pa, pb)
    by = _BY.match(text, a, pb)
    if by is None and HANDED_BY_BODY_RE.search(text, a, pb) is not None:
        a_units = a  # 市信访局转市住建局办理: a named giver with no 由, its units from the phrase's start
    elif by is None or _EXPLAINS.search(text, pa, pb):
        return None  # (本办法由A解释: the rule's own note)
    else:
        a_units = by.end()
    found = units_before_action(text, skip_ws(text, a_units, pb), pb)
    if found is None:
        return None
    cut = skip_ws(text, found[0], pb)
    if cut >= pb or not _GIVEN_ACTION.match(action := strip_ws(text[cut:pb])):
        return None
    if action.startswith("统筹") and all(_PARTY_OR_GOVERNMENT.match(u.text) for u in found[1]):
        return None  # 由市政府统筹安排资金: the government over the work, a principle (县委统筹)
    return cut


# 本办法由A负责解释: the rule's interpreter, no task's unit
_EXPLAINS = re.compile(r"解\s*释")
