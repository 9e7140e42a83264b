"""Structure stage: cleaned document text -> plan metadata, heading tree, tasks, campaigns.

    >>> from respgraph.records import Document
    >>> t = "一、主要任务\\n1.加强治理。（责任单位：区发改委、区工信局）\\n2.推进转型。"
    >>> plan = parse(Document("p.txt", "txt", "utf-8", t, t), "p")
    >>> [(k.number, k.title, k.flags) for k in plan.tasks]
    [('1', '加强治理', []), ('2', '推进转型', ['no_clause'])]

This package holds only the entry, ``parse`` (in ``pipeline``, with the checks it makes between
passes), and ``body_regions`` (in ``regions``: where the body ends, the attachments and footer).

Modules: ``pipeline`` (``parse``), ``regions`` (body, attachments, footer), ``hooks`` (the
responsibilities stage's functions it calls), ``markers`` (item numbers), ``blocks`` (cutting
the body into items, headings and paragraphs), ``headings`` (the tree), ``tasks`` (which
blocks are tasks — the rules are in its docstring; ``TaskBuilder``'s passes in
``task_clauses``, ``task_items``, ``task_paragraphs``, ``task_deadlines``, their patterns in
``task_rules``), ``duties`` (duty statements), ``fields`` (deadlines, targets), ``campaigns``
(campaign names, a plan's campaigns), ``meta``, ``tables`` (division tables; their header in
``table_columns``, their cells in ``table_cells``, tables written as text in ``text_tables``),
``rows`` (table rows and the body items they list again), ``shares`` (a 责任分工 paragraph
sharing out items by number), ``empty`` (what a document without tasks is, for the note).
"""

from __future__ import annotations

from respgraph.structure.pipeline import parse
from respgraph.structure.regions import body_regions

__all__ = ["parse", "body_regions"]
