"""People listed among units (副县长王某 / 张某（副县长） / 县水利局局长张某 / 县住建局/张某): a
leader's title before or after a short name, so that a person is not read as a unit.
"""

from __future__ import annotations

import re

from respgraph.grammar.units.brackets import _PORTFOLIO_TAIL
from respgraph.grammar.units.names import looks_like_unit
from respgraph.grammar.units.words import NAME_END_CHARS

# ... nor does one without a character of a leader's title (副县长王某 / 县水利局局长张某)
_TITLE_HINT = re.compile(r"[长记任理席常]")

# People listed among units (a ledger's 责任单位 cell: 县水利局、张某（副县长） / 副县长王某 /
# 县水利局局长张某): a leader's title before or after a name of one to three characters, or alone.
_TITLE = (
    r"(?:党组书记|党委书记|党工委书记|副?书记|常务副[省市县区州]长|副?[省市县区州镇乡]长|副?[局厅处科部]长"
    r"|股长|所长|站长|大?队长|副?院长|副?校长|副?主任|总?经理|董事长|副?主席|秘书长|[省市县区]委常委|常委)"
)
_GIVEN = r"[\u4e00-\u9fffXx×＊*]{1,3}"
_BARE_TITLE = re.compile(f"{_TITLE}$")  # 县委常委 / 副县长 (matched at the start, as the next two)
_TITLED = re.compile(f"(?:{_TITLE}[：:]?{_GIVEN}(?:同志)?|{_GIVEN}{_TITLE})$")  # 副县长王某 / 李某副县长
# 张某（副县长） / 王某某（县委常委、常务副县长）
_BRACKETED_PERSON = re.compile(
    f"{_GIVEN}[XxＸ×某]*(?:同志)?[（(](?:{_TITLE}(?:[、，,]{_TITLE})*|责任人|负责人|联系人)[)）]$"
)
# 县水利局局长张某: the unit, and its head named after it; a leader of the place's government or party
# committee (省政府副省长王某某, 市委书记王某某) answers for the place, and is no unit at all
_LEADER_OF_PLACE = re.compile(r"(?:常务)?副?[省市县区州镇乡]长|(?:党委|党工委)?副?书记|[省市县区]委常委|常委|秘书长")
_PERSON_TAIL = re.compile(f"(?<=[{''.join(sorted(NAME_END_CHARS))}]){_TITLE}[：:]?{_GIVEN}(?:同志)?$")


# 县住建局/张某 (a 责任单位/责任人 column): after the slash, a name of two or three characters
_SLASHED_PERSON = re.compile(r"[/／][\u4e00-\u9fffXx×＊*]{2,3}$")


def is_person(name: str) -> bool:
    """Whether a listed piece names a person (副县长王某 / 张某（副县长） / 县委常委), not a unit.

    >>> is_person("副县长王某"), is_person("张某（副县长）"), is_person("县委常委"), is_person("县政府办公室")
    (True, True, True, False)
    """
    if _BARE_TITLE.match(name):
        return True
    held = _TITLED.match(name) or (name[-1] in "）)" and _BRACKETED_PERSON.match(name))
    return bool(held) and not looks_like_unit(_PORTFOLIO_TAIL.sub("", name))
