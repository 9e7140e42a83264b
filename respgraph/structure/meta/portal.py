"""The labelled fields a 政府信息公开 page states above the text (标题：… 发文机关：…
成文日期：…): the portal's own record of the plan, read before what the text suggests.
"""

from __future__ import annotations

import re

from respgraph.structure.meta.head import ORGAN, squash
from respgraph.structure.meta.titles import find_title, notice_title

# The fields a 政府信息公开 page states above the text (标题：… 发文机关：… 成文日期：2023-03-20),
# one per line: the page's own record of the plan, so they go before what the text suggests.
# (索引号/主题分类/发文字号 are matched only to be set aside: no line of a broken title.)
_LABELLED = re.compile(
    r"^[ \t\u3000]*(?P<label>标[ \t\u3000]*题|名[ \t\u3000]*称|文件名称|发文机关|发布机构|发文单位|成文日期|生成日期|发文日期|印发日期"
    r"|索[ \t\u3000]*引[ \t\u3000]*号|主题分类|发文字号|文[ \t\u3000]*号|发布日期)"
    r"[ \t\u3000]*[:：][ \t\u3000]*(?P<value>\S[^\n]*?)[ \t\u3000]*$",
    re.M,
)
_NUM_DATE = re.compile(r"((?:19|20)\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})")


def _numeric_date(s: str) -> str | None:
    """The first date of ``s`` written 2023-03-20, 2023/3/20 or 2023年03月20日, ISO."""
    d = _NUM_DATE.search(s)
    if d is None or not (1 <= int(d.group(2)) <= 12 and 1 <= int(d.group(3)) <= 31):
        return None
    return f"{int(d.group(1)):04d}-{int(d.group(2)):02d}-{int(d.group(3)):02d}"


def labelled_fields(head: str) -> tuple[str, list[str], str | None, str | None, str]:
    """(title, issuers, date written, date published) that labelled lines of ``head`` state,
    each empty when none does, and ``head`` without those lines (索引号：…2023-0019 is no first
    line of a broken title)."""
    title, issuers, date, published = "", [], None, None
    found = list(_LABELLED.finditer(head))
    for m in found:
        label, value = squash(m.group("label")), m.group("value")
        if label in ("标题", "名称", "文件名称"):
            title = title or find_title(value + "\n") or notice_title(value + "\n")
        elif label in ("发文机关", "发布机构", "发文单位"):
            issuers += [p for p in re.split(r"[ \t\u3000、，,；;]+", value) if ORGAN.search(p) and p not in issuers]
        elif label.endswith("日期") and (iso := _numeric_date(value)):
            if label == "发布日期":  # put online, days after signing: only when nothing else is dated
                published = published or iso
            else:
                date = date or iso
    ends = [0] + [m.end() for m in found]
    starts = [m.start() for m in found] + [len(head)]
    return title, issuers, date, published, "".join(head[e:s] for e, s in zip(ends, starts))
