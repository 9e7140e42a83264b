"""Dates of a plan: the signature date (2022年7月7日, 二〇二三年五月六日), the date printed in
its footer, and the year its undated deadlines fall in (``plan_year``).

Kept apart from titles and issuers because a date is read the same wherever it stands: in the
head, in the signature at the end, in a footer.
"""

from __future__ import annotations

import re

from respgraph.records import PlanMeta
from respgraph.structure.meta.head import squash

# a date written in digits (2024年3月5日) and in characters (二〇二四年三月五日): year, month, day;
# issuers and titles read them too (a signature's date closes a signature line, a dated line is no title)
DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
CN_DATE = re.compile(r"([二][〇○零][一二三四五六七八九〇○零]{2})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")

_CN_NUM = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _cn_small(s: str) -> int:
    if "十" in s:
        a, _, b = s.partition("十")
        return (_CN_NUM.get(a, 1) if a else 1) * 10 + (_CN_NUM.get(b, 0) if b else 0)
    return _CN_NUM.get(s, 0)


_DUE_FIELD = re.compile(r"[\u4e00-\u9fff]{0,6}(?:时限|期限|完成时间|办结时间)\t")


def head_dates(head: str) -> tuple[str | None, str | None]:
    """(the first date standing on its own line, the first date) of ``head``, ISO."""
    first = None
    for line in head.splitlines():
        s = line.strip(" \t\u3000")
        if _DUE_FIELD.match(s):
            continue  # 办结时限\t2025年7月31日前 (a form's field): when the work is due, not signed
        m = DATE.search(s) or CN_DATE.search(s)
        if not m:
            continue
        if m.re is DATE:
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        else:
            y = int("".join(str(_CN_NUM[c]) for c in m.group(1)))
            mo, d = _cn_small(m.group(2)), _cn_small(m.group(3))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            continue
        iso = f"{y:04d}-{mo:02d}-{d:02d}"
        if len(squash(s)) <= len(squash(m.group(0))) + 2:
            return iso, first or iso
        first = first or iso
    return None, first


def find_date(head: str) -> str | None:
    """The signature date: the first date standing on its own line, else the first date."""
    alone, first = head_dates(head)
    return alone or first


# the printing line closing a plan (2024年3月5日印发): the plan's date where its head names none,
# and a line of the closing that is no issuer
PRINTED_ON = re.compile(r"((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*印\s*发")

_TITLE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?!\s*[—–\-－~～至到])")
_TITLE_RANGE = re.compile(r"(?:19|20)\d{2}\s*年?\s*[—–\-－~～至到]\s*(?:19|20)\d{2}")


def plan_year(meta: PlanMeta) -> int | None:
    """The year a plan's dates without a year fall in (its 6月底前): the one year its title
    names (2024年工作要点), else the year it was issued.

    >>> plan_year(PlanMeta("p", "p.txt", title="某县2024年生态环境保护工作要点", date="2023-12-28"))
    2024
    >>> plan_year(PlanMeta("p", "p.txt", title="某县三年行动方案（2024—2026年）", date="2024-03-05"))
    2024
    """
    title = meta.title or ""
    years = {int(m.group(1)) for m in _TITLE_YEAR.finditer(title)}
    if len(years) == 1 and not _TITLE_RANGE.search(title):
        return years.pop()
    if meta.date:
        return int(meta.date[:4])
    return None


def plan_node_year(plan: dict) -> int | None:
    """``plan_year`` of a plan as the graph keeps it (a Plan node's attributes or a row of the
    plans table: its ``title`` and ``date``): the year a researcher groups plans by.

    >>> plan_node_year({"plan_id": "p", "title": "株洲市2023年大气污染防治工作方案", "date": None})
    2023
    >>> plan_node_year({"plan_id": "p", "title": "关于深入打好污染防治攻坚战实施方案", "date": "2022-07-07"})
    2022
    """
    date = plan.get("date")
    return plan_year(PlanMeta(str(plan.get("plan_id") or ""), "", title=plan.get("title") or "",
                              date=date if isinstance(date, str) and date else None))
