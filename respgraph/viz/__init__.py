"""Presentation: interactive graph views, static charts and the meeting-pack report.

API::

    view_html(graph, view="plan", plan="p1") -> str      # one self-contained HTML page
    write_view(graph, path, view="network") -> Path      # the same, written atomically
    respgraph.viz.charts.write_charts(graph, outdir)      # PNG + SVG charts
    respgraph.viz.report.write_report(graph, outdir)      # report.html + the views it links

Views: build | plan | campaign | agency | network | overload (see ``views``).
Filters: plan, campaign, agency, function, role. Above ``LARGE_VIEW_NODES`` (1,500) nodes a
view folds tasks into counts; a filterless build view still too large asks for a filter.

Example::

    >>> from respgraph.api import load                        # doctest: +SKIP
    >>> write_view(load("out").graph, "out/net.html", view="network")   # doctest: +SKIP
    PosixPath('out/net.html')
"""

from __future__ import annotations

import os
from pathlib import Path

from respgraph.viz.views import LARGE_VIEW_NODES, VIEWS, View, ViewError, select_view

__all__ = ["LARGE_VIEW_NODES", "MAX_VIEW_BYTES", "VIEWS", "View", "ViewError", "select_and_render", "select_view", "view_html", "write_view", "atomic_write"]


#: A page a meeting-room laptop opens without waiting: views above it that were cut to a
#: node budget are cut again, to a budget scaled by how far over they were.
MAX_VIEW_BYTES = 5_000_000


def view_html(graph, view: str = "build", **filters) -> str:
    """One self-contained HTML page showing ``view`` of ``graph`` (filters: see ``select_view``)."""
    return select_and_render(graph, view, **filters)[1]


def select_and_render(graph, view: str = "build", **filters) -> "tuple[View, str]":
    """``select_view`` and its page, within ``MAX_VIEW_BYTES`` where a smaller budget helps.

    A network or overload view trimmed to its node budget (``LARGE_VIEW_NODES``) whose page
    still weighs more than ``MAX_VIEW_BYTES`` is selected again with a budget scaled by how
    far over it was: at 10,000 plans the overload view's 1,500 agencies and plans, with their
    tooltips, made 5.2 MB. (Task views fold into counts instead; their size is not a budget.)
    """
    from respgraph.viz.render import render_view

    max_nodes = filters.pop("max_nodes", LARGE_VIEW_NODES)
    tried: list[tuple[int, int]] = []  # (node budget, page bytes)
    for _ in range(5):
        v = select_view(graph, view, max_nodes=max_nodes, **filters)
        html = render_view(v)
        size = len(html.encode("utf-8"))
        if size <= MAX_VIEW_BYTES or view not in ("network", "overload") or not v.aggregated or max_nodes <= 10:
            break
        tried.append((max_nodes, size))
        if len(tried) == 1:
            nxt = max_nodes * MAX_VIEW_BYTES / size  # as if the page were all nodes
        else:
            # the page also holds a fixed part (vis-network, styles): read the bytes per node
            # off the last two tries and aim 10 % under
            (n1, s1), (n2, s2) = tried[-2], tried[-1]
            per_node = (s1 - s2) / (n1 - n2) if n1 != n2 and s1 > s2 else s2 / n2
            nxt = n2 - (s2 - MAX_VIEW_BYTES) / per_node
        max_nodes = max(10, min(max_nodes - 1, int(nxt * 0.9)))
    return v, html


def write_view(graph, path: str | os.PathLike, view: str = "build", **filters) -> Path:
    """Write ``view_html(...)`` to ``path`` atomically; returns the path."""
    return atomic_write(Path(path), view_html(graph, view, **filters))


def atomic_write(path: Path, data: str | bytes) -> Path:
    """Write via a temp file in the same directory and ``os.replace``: readers never see half a file.

    The one atomic writer of respgraph is ``store.atomic_open``; this is its bytes/str form.
    """
    from respgraph.store import atomic_write_bytes

    path = Path(path)
    atomic_write_bytes(path, data.encode("utf-8") if isinstance(data, str) else data)
    return path
