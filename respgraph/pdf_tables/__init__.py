"""Task-division tables (任务分工表) in PDFs, put back into rows.

pypdf's text layer of a table is a stream of cells: the header ``序号 / 工作任务 / 牵头单位 /
责任单位 / 完成时限`` and then each cell on its own line (or a row's cells on one line, single
spaces apart), a long cell wrapped over several lines. The structure stage needs rows, so:

* pages whose text shows such a header are re-read with pdfplumber, which finds the table
  from its ruling lines; a cell's lines are joined back (a line that reaches the cell's right
  edge was wrapped by the layout, so no separator; a shorter one ended a paragraph);
* where pdfplumber finds no table (no ruling lines) or is not installed, the cell stream is
  re-assembled from the text: rows start at the serial number (1, 2, 3 …), the unit and
  deadline columns take the last cells of a row, the task column the rest.

Both return *segments*, ``("text", str)`` or ``("table", rows)``, which the reader renders
(tables as one row per line, cells tab-separated, as for .docx and HTML).

>>> s = "附表\\n序号\\n工作任务\\n牵头单位\\n责任单位\\n1\\n整治黑臭水体\\n区住建局\\n区水利局、区生态\\n环境局\\n说明。\\n"
>>> for kind, seg in text_segments(s):
...     print(kind, seg)
text 附表
<BLANKLINE>
table [['序号', '工作任务', '牵头单位', '责任单位'], ['1', '整治黑臭水体', '区住建局', '区水利局、区生态环境局']]
text 说明。
<BLANKLINE>

Modules: ``header`` (the header's labels, the tokens they are found in, ``has_division_header``
and the patterns the readers share), ``numbered`` (``text_segments``: a cell stream with a 序号
column, cut into rows at the serial numbers), ``unnumbered`` (``unnumbered_segments``: one
without), ``plumber`` (``plumber_segments``: pages re-read with pdfplumber), ``aligned``
(borderless tables found by pdfplumber's text strategy) and ``cells`` (a ruled table's cells,
``cell_text``). This package re-exports the names other modules and tests import from
``respgraph.pdf_tables``.
"""

from __future__ import annotations

from respgraph.pdf_tables.aligned import aligned_rows, joined_rows
from respgraph.pdf_tables.cells import cell_text
from respgraph.pdf_tables.header import PAGE_NUMBER_WORD, SERIAL_LABEL, Segment, _tokens, has_division_header, header_at
from respgraph.pdf_tables.numbered import text_segments
from respgraph.pdf_tables.plumber import plumber_segments
from respgraph.pdf_tables.unnumbered import unnumbered_segments

__all__ = [
    "PAGE_NUMBER_WORD", "SERIAL_LABEL", "aligned_rows", "cell_text", "has_division_header", "header_at", "joined_rows",
    "plumber_segments", "text_segments",
]
