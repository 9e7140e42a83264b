"""Why a document holds no task: the kinds of document a plan's reader is handed that name no
unit's work, told apart so that the note saying no task was found can say what was read.

>>> empty_reason("序号\\t单位\\t姓名\\t职务\\t手机\\n1\\t街道党政办\\t唐勇\\t主任\\t13908260001\\n", [])
'a contact list (names and phone numbers), no work'
>>> empty_reason("关于召开会议的通知\\n各单位：\\n定于明天开会。\\n联系人：张三，联系电话：13800000000\\n", []) is None
True
"""

from __future__ import annotations

import re

from respgraph.records import Table

# a table's header naming people and their phones (序号 单位 姓名 职务 办公电话 手机): two such
# labels among three short cells or more (not a notice's 联系人：张三，联系电话：…)
_CONTACT_CELL = re.compile(r"姓名|联系人|电话|手机|联系方式")
_CELL_CUT = re.compile(r"\t|,|[ \u3000]{2,}")
_HEAD_LINES = 40  # a contact list's header opens it
# 周涛：镇党委委员、副镇长，负责… / 分管…: a leader's line of a division of work among leaders
# (a bureau's: 林海副局长：负责…，分管… / 黄斌党组成员：分管… — the title after the name, before the colon)
_LEADER_LINE = re.compile(
    r"^[ \t\u3000]*[\u4e00-\u9fff]{2,4}[ \t\u3000]*[：:][^\n]{0,40}?"
    r"(?:书记|[镇乡县区市省]长|主任|局长|主席|部长|委员|组长|调研员)[，,、]?[^\n]*$"
    r"|^[ \t\u3000]*[\u4e00-\u9fff]{2,4}(?:副?(?:局长|厅长|主任|书记|[镇乡县区市]长)|党组成员|总工程师|调研员)[ \t\u3000]*[：:][^\n]*$",
    re.M,
)
_OVERSEES = re.compile(r"分管|主持|联系")
# （三）大气环境处。负责全省大气…的监督管理 / 省生态环境监测中心：承担…: a unit set up and its standing
# functions, under a heading setting up a body's units (设下列内设机构 / 内设机构 / 直属单位 / 职能配置)
_UNIT_FUNCTION_LINE = re.compile(
    r"^[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、])?[ \t\u3000]*[\u4e00-\u9fff]{2,16}"
    r"(?:处|科|股|室|中心|站|院|所|队)[。：:][ \t\u3000]*(?:负责|承担|起草|拟订|组织|参与)",
    re.M,
)
_SETS_UP_UNITS = re.compile(r"内设机构|机构设置|直属单位|职能配置|处室职责|科室职责")
_LEADERS_MIN = 3


def empty_reason(text: str, tables: list[Table]) -> str | None:
    """What a document without tasks is, when it is a kind that names no unit's work: a contact
    list, a roster of a body's units and their functions (a 三定 规定's 内设机构), or a division of
    work among a body's leaders (persons and the units each oversees);
    None otherwise (the note then says no more than that no task was found)."""
    heads = [t.header for t in tables] + [_CELL_CUT.split(ln.strip()) for ln in text.split("\n", _HEAD_LINES)[:_HEAD_LINES]]
    if any(_contact_header(h) for h in heads):
        return "a contact list (names and phone numbers), no work"
    if _SETS_UP_UNITS.search(text) and len(_UNIT_FUNCTION_LINE.findall(text)) >= _LEADERS_MIN:
        return "a roster of a body's units and their standing functions (内设机构), no work"
    leaders = _LEADER_LINE.findall(text)
    if len(leaders) >= _LEADERS_MIN and sum(_OVERSEES.search(x) is not None for x in leaders) >= 2:
        return "a division of work among leaders (persons and the units each oversees), no unit's task"
    return None


def _contact_header(cells: list[str]) -> bool:
    """Whether ``cells`` are a contact list's header (short labels, two naming people or phones)."""
    return len(cells) >= 3 and all(len(c.strip()) <= 8 for c in cells) and sum(_CONTACT_CELL.search(c) is not None for c in cells) >= 2
