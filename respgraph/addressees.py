"""Words a plan addresses to all its units at its close, after its last task.

``各单位要于每月25日前报送… / 各区、各部门要按照职责分工… / 各省辖市、省直管县（市）政府要… /
各牵头单位为…第一责任单位，要…``: a sentence of their own, never more of the last task's units
(the line joiner keeps them off the list's line, block building makes them a closing paragraph,
and a label's list ends at the line break before them). Shared by those three stages.
"""

from __future__ import annotations

import re

ADDRESSING_ALL = re.compile(
    r"各[^。，；;：:\n]{0,16}?(?:部门|单位|科室|处室|地区|地|市|县|区|乡镇|街道)(?:[（(][^（）()]{1,8}[）)])?(?:政府|管委会)?"
    # (各责任单位请于每月25日前…报送: a request to all, as 要)
    r"(?:要|请|为[^。，；;\n]{2,20}，要)"
)
