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

__all__ = ["LARGE_VIEW_NODES", "VIEWS", "View", "ViewError", "select_view", "view_html", "write_view", "atomic_write"]


def view_html(graph, view: str = "build", **filters) -> str:
    """One self-contained HTML page showing ``view`` of ``graph`` (filters: see ``select_view``)."""
    from respgraph.viz.render import render_view

    return render_view(select_view(graph, view, **filters))


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
