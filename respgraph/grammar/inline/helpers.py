"""Units told what to do and those helping them: ``县商务局要立即开展专项检查，县市场监管局配合``.

Where 要 stands after a phrase's units (``_yao_units``), whether a later phrase helps them
(``_yao_before_helpers``), and where the action begins after named units opening a sentence
(``_action_after_units``: ``县财政局及时拨付资金``).
"""

from __future__ import annotations

import re

from respgraph.grammar.labels import _INLINE_PHRASE, ATTITUDE, DIRECTIVE_OPENER, subject_start
from respgraph.grammar.placed_units import placed
from respgraph.grammar.roles import ACTION_START, unit_list, units_before_action
from respgraph.grammar.units import OPEN, Unit, looks_like_unit, skip_ws, strip_ws


# A phrase's units and what they are to do (县商务局要立即开展…; not 要求 / 要点 / 要素 / 要件), and
# a later phrase helping them (…，县市场监管局配合 / 协助 / 参与), or helping with a short object of
# its own (…，县市场监管局配合做好执法检查 / 协助开展排查), as A负责X，B配合做好Y reads
_YAO_ACTION = re.compile(r"\s*要(?!求|点|素|件)\s*[\u4e00-\u9fff]")
_HELPER_PHRASE = re.compile(
    r".*(?:配\s*合|协\s*助|参\s*与)(?:\s*(?:做\s*好|开\s*展|抓\s*好)[^，,；;。：:（(）)\n]{2,16})?\s*$"
    # … or carrying it out (A、B建立…机制，C、D具体落实: C and D carry out the work A and B set up)
    r"|.*具\s*体\s*(?:落\s*实|实\s*施)\s*$"
)


def _yao_units(text: str, pa: int, pb: int) -> tuple[int, list[Unit]] | None:
    """(where 要 stands, the units before it) when ``text[pa:pb]`` reads ``A要`` + action, A a list
    of units; else None."""
    y = text.find("要", pa, pb)
    if y < 0 or not _YAO_ACTION.match(text, y, pb):
        return None
    units = unit_list(text, subject_start(text, skip_ws(text, pa, y), y), y)
    return (y, units) if units else None


# an attitude asked after 要 (各部门要高度重视 / 要进一步提高思想认识), and what may follow it and
# still give no work: more attitude, or the outcome wished for (确保… / 形成合力 / 凝聚…)
_ATTITUDE_TO_END = r"(?:切实|进一步|充分|始终)?\s*(?:" + ATTITUDE + r")\s*$"
_ASKED_ATTITUDE = re.compile(r"\s*要\s*" + _ATTITUDE_TO_END)
_NO_WORK_AFTER = re.compile(r"\s*(?:(?:要\s*)?" + _ATTITUDE_TO_END + r"|确保|务求|力争|形成|凝聚)")


def _attitude_asked(text: str, phrases: list[tuple[int, int]], k: int, y: int) -> bool | None:
    """None unless the units of phrase ``k`` told what to do at ``y`` (要) are asked an attitude
    and given no work in the phrases after, up to another unit's (由A牵头，各部门要高度重视。 /
    …，形成工作合力; not …，积极配合 / …，认真抓好落实, which give them their share); then whether
    another unit's phrase follows (…，县交通局要高度重视，县自然资源局配合)."""
    if not _ASKED_ATTITUDE.match(text, y, phrases[k][1]):
        return None
    for qa, qb in phrases[k + 1 :]:
        if _NO_WORK_AFTER.match(text, qa, qb) or not text[qa:qb].strip():
            continue
        return True if _opens_with_units(text, qa, qb) else None
    return False


# a named body's oversight closing its phrase, no duty word written: …，市应急局加强监管 / 加强日常监管
# / 加强监督检查 / 加强执法检查 (read as 市应急局要加强监管 is, after another's duty: its own part)
_OVERSIGHT = re.compile(
    r"\s*加\s*强\s*(?:日\s*常|行\s*业|安\s*全)?\s*(?:监\s*管|监\s*督(?:\s*检\s*查|\s*管\s*理)?|执\s*法(?:\s*检\s*查)?)"
    r"(?:\s*工\s*作)?\s*$"
)


def _oversight_units(text: str, pa: int, pb: int) -> tuple[int, list[Unit]] | None:
    """(where 加强 stands, the units before it) when ``text[pa:pb]`` reads ``A加强监管``, A named
    bodies of a place (各有关部门加强监管 names nobody); else None."""
    m = None
    for i in range(pa, pb):
        if text.startswith("加", i) and (m := _OVERSIGHT.match(text, i, pb)) is not None:
            break
    if m is None:
        return None
    y = m.start()
    units = unit_list(text, subject_start(text, skip_ws(text, pa, y), y), y)
    return (y, units) if units and all(not u.collective and placed(u) for u in units) else None


def _opens_with_units(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` opens with units of its own: told what to do (县财政局要…), or
    before a verb of theirs (县自然资源局配合)."""
    if _yao_units(text, a, b) is not None:
        return True
    m = _INLINE_PHRASE.match(strip_ws(text[a:b]))
    return m is not None and looks_like_unit(m.group("units"))


def _yao_before_helpers(text: str, phrases: list[tuple[int, int]], k: int) -> int | None:
    """Where 要 (or the action) stands in phrase ``k`` when it reads ``A要`` + action, or A +
    action opening the sentence (县财政局及时拨付资金), A a list of named units (no collective),
    and a later phrase ends with 配合 / 协助 / 参与; or A要 + action, A bodies or places of the plan
    (各县（市）要压实主体责任), and the next phrase is a named body guiding it (，州应急管理局加强督促
    指导); else None (A要高度重视: an attitude, no action)."""
    guided = k + 1 < len(phrases) and guided_by_named(text, *phrases[k + 1]) and not _AFTER_DIRECTIVE.search(
        text, max(0, phrases[k][0] - 24), phrases[k][0]
    )  # (会议明确，A要…，B要加强督促指导: each unit's duty in minutes, grammar.directives)
    if not guided and not any(_HELPER_PHRASE.match(text, qa, qb) for qa, qb in phrases[k + 1 :]):
        return None
    pa, pb = phrases[k]
    y = text.find("要", pa, pb)
    if y < 0 or not _YAO_ACTION.match(text, y, pb):
        return None if guided else _action_after_units(text, pa, pb)
    if _ASKED_ATTITUDE.match(text, y, pb):
        return None
    found = _yao_units(text, pa, pb)
    if not found:
        return None
    if guided:  # (企业要落实主体责任，A加强指导: a business is none of the plan's bodies)
        return found[0] if all(placed(u) for u in found[1]) else None
    return found[0] if not any(u.collective for u in found[1]) else None


# a named body guiding the work, closing its phrase: 州应急管理局加强督促指导 / 要加强业务指导 / 做好技术
# 指导 / 负责指导 (各乡镇要落实属地责任，县农业农村局负责指导: as 加强指导; 各乡镇为责任主体，…负责指导
# stays a principle, 为责任主体 reading only in a bracket)
# (负责业务指导 / 负责技术指导 as 负责指导: was a lead beside A负责X)
_GUIDES = re.compile(r"\s*(?:要\s*)?(?:(?:加\s*强|做\s*好)\s*(?:督\s*促|业\s*务|技\s*术)?|负\s*责\s*(?:业\s*务|技\s*术)?)\s*指\s*导\s*$")


def guided_by_named(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is named bodies of a place (no collective) guiding the work."""
    for m in _GUIDE_START.finditer(text, a + 2, b):
        if _GUIDES.match(text, m.start(), b):
            units = unit_list(text, skip_ws(text, a, m.start()), m.start())
            return bool(units) and all(placed(u) and not u.collective for u in units)
    return False


_GUIDE_START = re.compile(r"要|加|做|负")
_AFTER_DIRECTIVE = re.compile(r"(?:" + DIRECTIVE_OPENER + r")\s*$")


# what may not follow the units a sentence opens with for the rest to be their action: a
# possessive, a list going on, a place or time (县财政局的资金 / 县财政局和… / 县财政局在…)
_NO_ACTION = re.compile(r"\s*(?:[的和与、等在于对为是已被从向]|及(?!时)|牵头|负责|配合|协助|参与|会同|$)")


# how promptly or how often the units act, opening their action (及时拨付 / 定期开展 / 尽快完成)
_TIMELY = re.compile(r"\s*(?:及时|定期|按时|按期|尽快|限期|同步|逐步|全力|大力|主动|广泛|分批|每[年季月周])")
# a lead-in naming the basis of the work, not its doer (依据省厅工作安排，… / 根据市局部署，…)
_LEAD_IN = re.compile(r"(?:依据|根据|按照|遵照|对照|参照|围绕|结合|通过|针对|为了?|在|经|对|向|与|由于)")


def _action_after_units(text: str, pa: int, pb: int) -> int | None:
    """Where the action begins when phrase ``text[pa:pb]`` opens with named units of a place (no
    collective) and goes on with what they do (县财政局及时拨付资金); else None."""
    a = skip_ws(text, pa, pb)
    if a >= pb or text[a] in OPEN or _LEAD_IN.match(text, a, pb):
        return None
    found = units_before_action(text, a, pb)
    if found is None:
        return None
    end, units = found
    if end - a < 3 or pb - end < 2 or _NO_ACTION.match(text, end, pb):
        return None
    if not (ACTION_START.match(text, end, pb) or _TIMELY.match(text, end, pb)):
        return None  # (县政府常务会 / 议研究决定: a name cut inside a word is no doer)
    if any(u.collective or not placed(u) for u in units):
        return None
    return end
