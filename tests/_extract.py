"""Reading a plan written by a test: the idiom "write the text to ``tmp_path``, then
``extract_file``" that the reading tests repeat."""

from __future__ import annotations

from pathlib import Path


def extract_text(tmp_path: Path, text: str, name: str = "plan.txt"):
    """``text`` written as the UTF-8 file ``name`` in ``tmp_path`` and extracted
    (``respgraph.extract.extract_file``): the ExtractedPlan, read as from any plan file."""
    from respgraph.extract import extract_file

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_file(path)
