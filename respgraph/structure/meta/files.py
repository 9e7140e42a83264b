"""What a saved file's name tells of a plan that states it nowhere else: its title (a 整改清单
sheet whose first row is its header) and its place (贵阳市花溪区…整改清单.xlsx).
"""

from __future__ import annotations

import re

from respgraph.structure.meta.kinds import find_kind
from respgraph.structure.meta.places import find_place

# what a saved file's name puts before its title: a serial or a portal's code (p13_, 1., W0202…-),
# an attachment's label (附件2：)
_FILE_PREFIX = re.compile(r"^(?:[0-9A-Za-z]+[_\-.、 ]+|附件[0-9一二三四五六七八九十]*[:：_\-.、 ]*)+")


def _file_stem(path: str | None) -> str:
    """A file's name without its folder, suffix and serial (p13_贵阳市…整改清单.xlsx → 贵阳市…整改清单);
    '' for text that came from no file."""
    if not path:
        return ""
    stem = path.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return _FILE_PREFIX.sub("", stem, 1).strip() if stem else ""


def _file_place(path: str) -> tuple[str | None, str | None]:
    """The place a file's name opens with, when nothing in the plan names one: a task table
    saved as its title (贵阳市花溪区…整改清单.xlsx) whose rows write only 区X."""
    stem = _file_stem(path)
    return find_place([stem]) if stem else (None, None)


def _file_title(path: str | None) -> str:
    """The file's name as the title of a plan that states none (a 整改清单 sheet whose first
    row is its header), when the name reads as a title: it names a kind of document
    (…整改清单, …实施方案), not a serial or 新建 Microsoft Excel 工作表."""
    stem = _file_stem(path)
    return stem if stem and find_kind(stem) else ""
