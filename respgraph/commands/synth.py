"""`respgraph synth`: write a seeded synthetic corpus for benchmarks."""

from __future__ import annotations

from pathlib import Path

import typer

from respgraph.plural import counted


def register(app: typer.Typer) -> None:
    @app.command()
    def synth(
        plans: int = typer.Option(100, "--plans", "-n", min=1, help="How many plan documents to write."),
        out: Path = typer.Option(Path("synth"), "--out", "-o", help="Directory to write them into."),
        seed: int = typer.Option(0, help="Random seed: the same seed gives the same corpus."),
    ) -> None:
        """Write N realistic synthetic plans for benchmarks.

        The plans use every clause form respgraph reads, some GB18030 and traditional-character
        files and some .docx task-division tables; every name in them is invented.

        Example: `respgraph synth --plans 300 --out /tmp/syn300`; then `respgraph build /tmp/syn300 --out /tmp/syn-out`
        """
        from rich.progress import track

        from respgraph.synth import write_plans

        step = 250
        written = 0
        for start in track(range(0, plans, step), description="writing plans", transient=True):
            written += len(write_plans(range(start, min(plans, start + step)), out, seed))
        typer.echo(f"wrote {counted(written, 'plan')} to {out}")
