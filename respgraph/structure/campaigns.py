"""Campaigns: the 攻坚战 / 保卫战 / 专项行动 a task sits under, and attachment lists of them.

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

_KIND = re.compile(r"(标志性战役|攻坚战|保卫战|歼灭战|阻击战|持久战|战役|攻坚行动|专项行动|提升行动|专项整治行动|整治行动|三年行动|行动计划)$")
# Adverbs stack (持续深入打好…, 坚决全面打赢…): all of them go with the verb.
_LEAD_VERBS = re.compile(
    r"^(?:坚决|深入|持续|着力|全力|全面|扎实|积极|大力|继续|切实|奋力|协同|统筹|高质量|高标准|集中|全域)*"
    r"(?:打好|打赢|开展|实施|推进|推动|组织|启动|落实)"
)
#: Kinds that name a battle; a task titled so (（一）深入打好碧水保卫战。一是…) sits in it.
BATTLE_KINDS = ("攻坚战", "保卫战", "歼灭战", "阻击战", "持久战", "战役")


def campaign_name(title: str) -> tuple[str, str] | None:
    """The campaign a heading names (its last clause, leading verb dropped) and its kind."""
    last = re.split(r"[，,；;：:]", title.strip("。 "))[-1]
    m = _KIND.search(last)
    if not m:
        return None
    name = _LEAD_VERBS.sub("", last) or last
    kind = m.group(1)
    if kind in ("标志性战役",):
        kind = "战役"
    return name, kind
