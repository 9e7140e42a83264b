"""A chief's line of a 河长制 / 林长制 roster (苎溪河　区级河长：区委书记 白某某　协助单位：区水利局):
the river, the chief (a person and the post) and the offices that help the chief, standing over
the plan's tasks. Its 协助单位 / 联系单位 are the chief's standing helpers, no task's units: a task
read from such lines alone is none (it was a task of the roster's river, supported by them)."""

from __future__ import annotations

import re

from respgraph.records import Task

# what opens a chief's line before the helpers' label: the river, lake or forest (or nothing), the
# chief's level and title, a colon, the post and the name (区委书记 白某某 / 副区长 冉某某)
_CHIEF_LINE = re.compile(
    r"[^\n。；;，,：:]{0,20}?[ \t\u3000]*(?:[省市县区旗乡镇村]\s*级\s*)?(?:总|副总)?"
    r"(?:河湖长|河长|湖长|林长|田长|路长|山长|库长|湾长|街长)\s*[：:][^\n。；;：:]{1,30}$"
)


def on_chief_roster(text: str, task: Task) -> bool:
    """Whether every clause of ``task`` closes a chief's line of a roster and none gives a lead:
    the lines are the roster's, the task none.

    >>> from respgraph.records import Span, Task
    >>> from respgraph.responsibilities import find_clauses
    >>> def task(text):
    ...     return Task("p", "p:001", 1, "一", "", [], None, text, Span(0, len(text)), clauses=find_clauses(text))
    >>> roster = "苎溪河　区级河长：区委书记 白某某　协助单位：区水利局、区生态环境局\\n"
    >>> on_chief_roster(roster, task(roster))
    True
    >>> item = "3.开展入河排污口排查整治。协助单位：区水利局\\n"  # a task's helpers, under no chief
    >>> on_chief_roster(item, task(item))
    False
    """
    if not task.clauses or any(m.role == "lead" for c in task.clauses for m in c.mentions):
        return False
    for c in task.clauses:
        line = text.rfind("\n", 0, c.span.start) + 1
        if _CHIEF_LINE.fullmatch(text, line, c.span.start) is None:
            return False
    return True
