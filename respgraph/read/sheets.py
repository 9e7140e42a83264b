"""Spreadsheets: ``.xlsx``, ``.xls``/``.et`` and XML Spreadsheet 2003, one table a sheet.
"""

from __future__ import annotations

import io
from pathlib import Path

from respgraph.doc_binary import is_ole
from respgraph.ofd import OfdError, parse_xml
from respgraph.read.builder import TextBuilder, ReadError


def _xlsx_value(v) -> str:
    """A cell's value as a plan writes it: 1 not 1.0, a date as 2024年12月31日."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if hasattr(v, "year") and hasattr(v, "month") and hasattr(v, "day"):
        return f"{v.year}年{v.month}月{v.day}日"
    return str(v)


_XLSX_MAX_CELLS = 2_000_000


def _too_large(path: Path, title: str, rows: int, cols: int) -> None:
    if rows * cols > _XLSX_MAX_CELLS:
        # one cell far out (XFD1048576) makes the grid billions of cells: no task list is
        raise ReadError(path, f"sheet {title!r} spans {rows:,} rows x {cols:,} columns: too large for a task list")


def _extract_xlsx(data: bytes, path: Path) -> TextBuilder:
    """A task-division list kept as a spreadsheet (重点任务分工表.xlsx): see :func:`_sheet`."""
    try:
        import openpyxl

        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # openpyxl raises many types on a damaged or foreign zip
        raise ReadError(path, f"not a valid .xlsx ({type(exc).__name__}: {str(exc)[:80]})") from None
    out = TextBuilder()
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        _too_large(path, ws.title, ws.max_row, ws.max_column)
        grid = [[_xlsx_value(v) for v in row] for row in ws.iter_rows(values_only=True)]
        merged = [(r.min_row - 1, r.max_row, r.min_col - 1, r.max_col) for r in ws.merged_cells.ranges]
        _sheet(out, grid, merged)
    return out


def _extract_xls(data: bytes, path: Path) -> TextBuilder:
    """The same list saved as Excel 97–2003 (.xls, BIFF8) or by WPS (.et, the same format):
    read with xlrd into the grid the .xlsx reader builds, so both read alike."""
    kind = ".et" if path.suffix.lower() == ".et" else ".xls"
    if not is_ole(data):
        raise ReadError(path, f"not a valid {kind} (cut or damaged OLE compound file)")
    try:
        import xlrd
    except ImportError:  # pragma: no cover - a runtime dependency
        raise ReadError(path, f"{kind} support needs xlrd") from None
    book = None
    # formatting_info gives the merged cells; a file whose formatting records xlrd cannot
    # parse is read again without them (values only) rather than refused
    for formatting in (True, False):
        try:
            book = xlrd.open_workbook(file_contents=data, formatting_info=formatting, logfile=io.StringIO())
            break
        except xlrd.XLRDError as exc:
            if "encrypt" in str(exc).lower():
                raise ReadError(path, f"encrypted {kind} (password-protected workbook)") from None
            reason = str(exc)
        except xlrd.compdoc.CompDocError as exc:
            reason = f"damaged OLE compound file: {exc}"
        except Exception as exc:  # xlrd raises struct.error, IndexError, ... on damaged records
            reason = f"damaged workbook: {type(exc).__name__}: {exc}"
    if book is None:
        raise ReadError(path, f"not a readable {kind} ({reason[:80]})")
    out = TextBuilder()
    for sh in book.sheets():
        if sh.visibility:  # hidden or very hidden
            continue
        _too_large(path, sh.name, sh.nrows, sh.ncols)
        grid = [[_xls_value(c, book.datemode) for c in sh.row(r)] for r in range(sh.nrows)]
        _sheet(out, grid, sh.merged_cells)
    return out


_SS = "{urn:schemas-microsoft-com:office:spreadsheet}"
_SS_MARK = b"urn:schemas-microsoft-com:office:spreadsheet"


def _extract_spreadsheetml(data: bytes, path: Path) -> TextBuilder:
    """An "XML Spreadsheet 2003" named .xls (what many web systems export as Excel): its
    worksheets' rows into the grid the other spreadsheet readers build. A row or cell may
    give its place (``ss:Index``, 1-based), a cell its merge (``ss:MergeAcross``/``MergeDown``)."""
    try:
        root = parse_xml(data, path.name, "XML spreadsheet")
    except OfdError as exc:
        raise ReadError(path, str(exc)) from None
    out = TextBuilder()
    for ws in root.iter(f"{_SS}Worksheet"):
        if any((v.text or "").strip() in ("SheetHidden", "SheetVeryHidden") for v in ws.iter() if v.tag.endswith("}Visible")):
            continue
        cells: dict[tuple[int, int], str] = {}
        merged = []
        r = -1
        for row in ws.iter(f"{_SS}Row"):
            r = _ss_index(row, r + 1)
            c = -1
            for cell in row.iter(f"{_SS}Cell"):
                c = _ss_index(cell, c + 1)
                data_el = cell.find(f"{_SS}Data")
                if data_el is not None:
                    cells[r, c] = _ss_value(data_el)
                across, down = _ss_int(cell, "MergeAcross"), _ss_int(cell, "MergeDown")
                if across or down:
                    merged.append((r, r + down + 1, c, c + across + 1))
                c += across
        if not cells:
            continue
        rows, cols = max(k[0] for k in cells) + 1, max(k[1] for k in cells) + 1
        _too_large(path, ws.get(f"{_SS}Name", ""), rows, cols)
        grid = [[cells.get((i, j), "") for j in range(cols)] for i in range(rows)]
        _sheet(out, grid, merged)
    return out


def _ss_int(el, name: str) -> int:
    try:
        return max(0, min(int(el.get(f"{_SS}{name}", "0")), 1_000_000))
    except ValueError:
        return 0


def _ss_index(el, default: int) -> int:
    """The 0-based place an ``ss:Index`` gives (1-based; never back), else ``default``."""
    return max(default, _ss_int(el, "Index") - 1)


def _ss_value(el) -> str:
    """A Data element's value as :func:`_xlsx_value` gives the same cell of an .xlsx."""
    import datetime

    text = "".join(el.itertext())
    kind = el.get(f"{_SS}Type", "String")
    try:
        if kind == "Number":
            return _xlsx_value(float(text))
        if kind == "DateTime":
            return _xlsx_value(datetime.datetime.fromisoformat(text.strip()[:19]))
        if kind == "Boolean":
            return _xlsx_value(text.strip() == "1")
    except ValueError:
        pass
    return text


def _xls_value(cell, datemode: int) -> str:
    """An xlrd cell as :func:`_xlsx_value` gives the same cell of an .xlsx (a date is a number
    with a date format in both: openpyxl turns it into a datetime, xlrd into a DATE cell)."""
    import xlrd

    v = cell.value
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            dt = xlrd.xldate_as_datetime(v, datemode)
            v = dt.time() if v < 1 else dt  # a time of day alone, as openpyxl reads it
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            pass
    elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
        v = bool(v)
    elif cell.ctype == xlrd.XL_CELL_ERROR:
        v = xlrd.error_text_from_code.get(v, "")
    elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        v = None
    return _xlsx_value(v)


def _sheet(out: TextBuilder, grid: list[list[str]], merged) -> None:
    """A sheet of a task-division list: its title rows (one value across the row: the merged
    title cell) become paragraphs, the rest one table.

    ``merged``: the merged ranges as (first row, row after, first column, column after),
    0-based. A merged cell's value belongs to every cell it covers: a 牵头单位 merged down
    three rows leads all three tasks (Excel stores it in the top-left cell only).
    """
    for r0, r1, c0, c1 in merged:
        top = grid[r0][c0] if r0 < len(grid) and c0 < len(grid[r0]) else ""
        for r in range(r0, min(r1, len(grid))):
            for c in range(c0, min(c1, len(grid[r]))):
                # across a row the value is kept once, so columns stay aligned without
                # repeating text; down the rows it is each row's (as in .docx tables)
                grid[r][c] = top if c == c0 else ""
    table: list[list[str]] = []
    for row in grid:
        filled = [c.strip() for c in row if c.strip()]
        if not filled:
            continue
        if len(filled) == 1 and not table:
            out.paragraph(filled[0])  # the sheet's title, a 附件 line, a date
        else:
            table.append(row)
    if table:
        width = max(len(r) for r in table)
        used = [k for k in range(width) if any(k < len(r) and r[k].strip() for r in table)]
        out.table([[r[k] if k < len(r) else "" for k in used] for r in table])
