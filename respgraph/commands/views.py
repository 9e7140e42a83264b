"""CLI: ``respgraph viz`` (interactive graph views) and ``respgraph report`` (meeting pack)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from respgraph.commands.analysis import DIR_ARG, _check_plan
from respgraph.console import error_line


def _load_graph(directory: Path):
    """The build's graph, or None after one clear error line."""
    try:
        from respgraph.api import load
    except ImportError as exc:  # pragma: no cover - during parallel development
        error_line(directory, f"cannot load builds yet ({exc})")
        return None
    try:
        return load(directory).graph
    except Exception as exc:  # noqa: BLE001 - BuildError or worse: one line, never a traceback
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if msg.startswith(f"{directory}"):  # BuildError names the path itself
            msg = msg.split(": ", 1)[-1]
        error_line(directory, msg)
    return None


def register(app: typer.Typer) -> None:
    @app.command()
    def viz(
        directory: Path = DIR_ARG,
        view: str = typer.Option("build", "--view", help="build | plan | campaign | agency | network | overload"),
        plan: Optional[str] = typer.Option(None, "--plan", "-p", help="Plan id (file-name slug), e.g. yushui-2022-pollution-battle"),
        campaign: Optional[str] = typer.Option(None, "--campaign", help="Campaign id (PLAN:cNN) or exact name"),
        agency: Optional[str] = typer.Option(None, "--agency", help="Agency as a plan writes it, its canonical name or id, or a unique part of its name"),
        function: Optional[str] = typer.Option(None, "--function", help="Keep only agencies with this function code (生态环境, 住房城乡建设 …: the codes `respgraph agencies out` prints)"),
        role: Optional[str] = typer.Option(None, "--role", help="lead | support: keep only that role's edges"),
        out: Optional[Path] = typer.Option(None, "--out", "-o", help="HTML file to write (default DIR/views/VIEW.html)"),
    ) -> None:
        """Write one self-contained, offline HTML graph view (vis-network inlined, no CDN).

        Above 1,500 nodes a view folds tasks into counts per campaign; a filterless build view
        that is still too large asks for --plan/--agency in the page.

        Example: `respgraph viz out --view agency --agency 渝水区生态环境局 --out out/ego.html`; `respgraph viz out --view plan --plan <id>`
        """
        from respgraph.viz import ViewError, write_view

        graph = _load_graph(directory)
        if graph is None:
            raise typer.Exit(1)
        _check_plan(graph, plan)
        target = out or directory / "views" / f"{view}.html"
        try:
            path = write_view(graph, target, view=view, plan=plan, campaign=campaign, agency=agency, function=function, role=role)
        except ViewError as exc:
            error_line(directory, str(exc))
            raise typer.Exit(2)
        except OSError as exc:
            error_line(target, f"cannot write: {exc}")
            raise typer.Exit(1)
        print(path)

    @app.command()
    def report(
        directory: Path = DIR_ARG,
        out: Optional[Path] = typer.Option(None, "--out", "-o", help="Output directory (default DIR/report)"),
    ) -> None:
        """Write the meeting pack: report.html (charts, overload, top leads, tasks without a lead,
        cross-plan overlaps) plus the graph views and chart files it links, all offline.

        Example: `respgraph report out --out out/report`
        """
        from respgraph.viz.report import write_report

        graph = _load_graph(directory)
        if graph is None:
            raise typer.Exit(1)
        try:
            path = write_report(graph, out or directory / "report")
        except OSError as exc:
            error_line(out or directory / "report", f"cannot write: {exc}")
            raise typer.Exit(1)
        print(path)
