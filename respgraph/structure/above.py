"""A closing marker under a task list naming who shares every item above it.

``以上任务均需各乡镇（街道）落实，不再列出`` / ``以上各项任务，各乡镇（街道）、X园区均为责任单位，
不再一一列出``: the counterpart of the opening ``以下均需…不再列出`` (TaskBuilder.markers), written
after the items instead of before them. Read with the last item it was part of that item's text and
named no one: its units are now supports of the items it is said of (basis ``inherited``, the span
the marker's), and its sentence leaves the last item's text.
"""

from __future__ import annotations

from respgraph.structure.notes import _inherited, _reach, _take

_BLANK_AFTER = " \t\u3000\r\n。．.）)"


def apply_above_markers(builder, markers) -> None:
    """Give each marker's units to the tasks above it back to the previous marker: its own
    section's when more items of its chapter follow it (a section's marker), else every one."""
    tasks = builder.tasks
    done = 0  # tasks[:done] belong to an earlier marker
    for marker in sorted(markers, key=lambda c: c.span.start):
        at = marker.span.start
        k = next((j for j, t in enumerate(tasks) if t.span.start <= at < t.span.end), None)
        if k is None:
            # standing apart (a paragraph after the list the tasks did not take in)
            k = max((j for j, t in enumerate(tasks) if t.span.end <= at), default=None)
        elif not builder.text[marker.span.end : tasks[k].span.end].strip(_BLANK_AFTER):
            # the item's text ends before its closing marker (and the bracket it stands in:
            # （以上任务均需…不再列出）)
            cut = at - 1 if at > tasks[k].span.start and builder.text[at - 1] in "（(" else at
            _take(builder, tasks[k], marker, cut)
        if k is None or k < done:
            continue
        earlier = {id(t) for t in tasks[:done]}
        for task in _reach(tasks, k, k + 1):
            if id(task) in earlier:
                continue
            named = {m.text for m in task.mentions}
            task.mentions = [*task.mentions, *(_inherited(m) for m in marker.inherit if m.text not in named)]
        done = k + 1
