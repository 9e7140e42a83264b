"""Campaigns: the 攻坚战 / 保卫战 / 专项行动 a task sits under, and attachment lists of them.

A plan's campaigns (``_campaigns``: its headings naming one, the lists in its attachment) and
the tasks under a section spelling out an attachment's battle (``_spelled_campaigns``) are here
too.

>>> campaign_name("加强区域协同治理，深入打好蓝天提升攻坚战")
('蓝天提升攻坚战', '攻坚战')
>>> campaign_name("实施环境空气质量提升行动")
('环境空气质量提升行动', '提升行动')
>>> campaign_name("持续深入打好污染防治攻坚战")
('污染防治攻坚战', '攻坚战')
>>> campaign_name("加强组织领导") is None
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from respgraph.records import Campaign
from respgraph.structure.blocks import build_blocks
from respgraph.structure.headings import assign_levels, heading_title, is_heading

_KIND = re.compile(r"(标志性战役|攻坚战|保卫战|歼灭战|阻击战|持久战|战役|攻坚行动|专项行动|提升行动|专项整治行动|整治行动|三年行动|行动计划)$")
# Adverbs stack (持续深入打好…, 坚决全面打赢…): all of them go with the verb.
_LEAD_VERBS = re.compile(
    r"^(?:坚决|深入|持续|着力|全力|全面|扎实|积极|大力|继续|切实|奋力|协同|统筹|高质量|高标准|集中|全域)*"
    r"(?:打好|打赢|开展|实施|推进|推动|组织|启动|落实)"
)
#: Kinds that name a battle; a task titled so (（一）深入打好碧水保卫战。一是…) sits in it.
BATTLE_KINDS = ("攻坚战", "保卫战", "歼灭战", "阻击战", "持久战", "战役")


@lru_cache(maxsize=4096)  # asked for every heading above every task: same few titles
def campaign_name(title: str) -> tuple[str, str] | None:
    """The campaign a heading names (its last clause, leading verb dropped) and its kind."""
    # a clause in brackets after the title is not part of it; quotes around the name are dropped
    title = re.sub(r"[（(【〔][^（()）】〕]*(?:单位|部门|负责|牵头)[^（()）】〕]*[）)】〕]\s*$", "", title.strip("。 "))
    title = re.sub(r"[“”\"「」]", "", title)
    last = re.split(r"[，,；;：:]", title.strip("。 "))[-1]
    m = _KIND.search(last)
    if not m:
        return None
    name = _LEAD_VERBS.sub("", last) or last
    kind = m.group(1)
    if kind in ("标志性战役",):
        kind = "战役"
    return name, kind


def spelled_campaign(title: str, campaigns: list[tuple[str, str]]) -> str | None:
    """The campaign a heading spells out without naming it: its name's core (the name less its
    kind) appears in the heading in order, with at most as many other characters in between.

    Plans list their 攻坚战 in an attachment and title the body sections in words
    (``加快推动绿色低碳发展，实现减污降碳协同增效`` is the 绿色低碳发展攻坚战). Only one
    campaign may match; none when two do.

    >>> spelled_campaign("加强生态环境保护和修复，提升生态系统质量", [("生态保护修复攻坚战", "攻坚战"), ("河湖生态环境保护攻坚战", "攻坚战")])
    '生态保护修复攻坚战'
    """
    hits = []
    for name, kind in campaigns:
        core = name[: -len(kind)] if kind and name.endswith(kind) else name
        if len(core) < 4:
            continue
        if _subsequence_span(title, core) is not None:
            hits.append(name)
    return hits[0] if len(hits) == 1 else None


def _subsequence_span(text: str, core: str) -> int | None:
    """Length of the shortest window of ``text`` holding ``core``'s characters in order,
    if it is at most twice the core's length."""
    best = None
    for start in (i for i, c in enumerate(text) if c == core[0]):
        j, k = start, 0
        while j < len(text) and k < len(core):
            if text[j] == core[k]:
                k += 1
            j += 1
        if k == len(core):
            span = j - start
            if span <= 2 * len(core) and (best is None or span < best):
                best = span
    return best


def _spelled_campaigns(tasks, campaigns) -> None:
    """Tasks under a section that spells out an attachment battle get that battle (000)."""
    from respgraph.structure.campaigns import spelled_campaign

    battles = [(c.name, c.kind) for c in campaigns if c.source == "attachment" and c.parent is None]
    if not battles:
        return
    cache: dict[str, str | None] = {}
    for t in tasks:
        if t.campaign is not None:
            continue
        for title in reversed(t.section):
            if title not in cache:
                cache[title] = spelled_campaign(title, battles)
            if cache[title]:
                t.campaign = cache[title]
                break


def _campaigns(text, blocks, plan_id, att_start, foot, builder) -> list:
    found: list[tuple[str, str, str | None, str]] = []
    used = {t.campaign for t in builder.tasks if t.campaign}
    for i, b in enumerate(blocks):
        if b.style == "para" or not is_heading(text, blocks, i):
            continue
        title = heading_title(text, b)
        if b.style == "box":
            if title in used:
                found.append((title, "专栏", None, "heading"))
            continue
        c = campaign_name(title)
        if c:
            found.append((c[0], c[1], None, "heading"))
    if att_start is not None and att_start < foot:
        ab = build_blocks(text, att_start, foot)
        assign_levels(ab)
        names: dict[int, str] = {}
        for i, b in enumerate(ab):
            if b.style == "para":
                continue
            c = campaign_name(heading_title(text, b))
            if not c:
                continue
            names[i] = c[0] if b.style != "arabic" else heading_title(text, b)
            p = b.parent
            while p is not None and p not in names:
                p = ab[p].parent
            found.append((names[i], c[1], names.get(p) if p is not None else None, "attachment"))
    out: list[Campaign] = []
    seen = set()
    for name, kind, parent, source in found:
        if (name, parent, source) in seen:
            continue
        seen.add((name, parent, source))
        out.append(Campaign(f"{plan_id}:c{len(out) + 1:02d}", name, kind, parent, source))  # type: ignore[arg-type]
    return out
