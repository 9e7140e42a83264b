"""``GraphView``: an interactive graph view (one HTML page) that displays inline in Jupyter,
what ``Build.view`` returns."""

from __future__ import annotations

import html
import os
from pathlib import Path

from respgraph.plural import counted


class GraphView:
    """An interactive graph view (one self-contained HTML page, vis-network inlined: works
    offline). Displays inline in Jupyter (an ``<iframe srcdoc>``); ``save(path)`` writes the
    page, ``html`` is its text."""

    def __init__(self, page: str, *, view: str, title: str = "", nodes: int = 0, edges: int = 0, height: int = 620):
        self.html = page
        self.view = view
        self.title = title
        self.nodes = nodes
        self.edges = edges
        self.height = height

    def _repr_html_(self) -> str:
        # srcdoc keeps the page out of the notebook's own DOM (its scripts and styles cannot
        # clash with Jupyter's); html.escape(quote=True) makes it a safe attribute value.
        return (f'<iframe srcdoc="{html.escape(self.html, quote=True)}" title="{html.escape(self.title, quote=True)}" '
                f'style="width:100%;height:{int(self.height)}px;border:1px solid #ddd" '
                f'sandbox="allow-scripts allow-popups"></iframe>')

    def save(self, path: str | os.PathLike) -> Path:
        """Write the page to ``path`` (atomically); returns the path."""
        from respgraph.viz import atomic_write

        return atomic_write(Path(path), self.html)

    def __repr__(self) -> str:
        return f"<GraphView {self.view}: {self.title!r}, {counted(self.nodes, 'node')}, {counted(self.edges, 'edge')}>"
