"""Paged formats: PDF (text layer, tables) and OFD.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from respgraph.ofd import OfdError, OfdPage, page_layout, read_ofd
from respgraph.pdf_tables import has_division_header, plumber_segments, text_segments
from respgraph.pdf_text import (
    PageText,
    body_margins,
    joins,
    lines_text,
    read_pages,
    repair_quotes,
    strip_running,
)
from respgraph.read.builder import TextBuilder, ReadError, join_pages, render_segments


def _extract_pdf(data: bytes, path: Path) -> tuple[TextBuilder, list[str]]:
    """A PDF's text layer: pages of prose read by character position and joined into
    paragraphs across page breaks, pages showing a division table's header read as its rows;
    with what it warns of (glyphs dropped)."""
    pages, warnings = _mapped(_pypdf_pages(data, path), path)
    out = TextBuilder()
    hinted = [k for k, p in enumerate(pages) if has_division_header(p)]
    # Pages of prose are read again by character position (respgraph/pdf_text.py): quotes in
    # their place, and the lines the layout wrapped joined into paragraphs, across a page
    # break too (unmapped glyphs are dropped there as they are from pypdf's text).
    laid, running = read_pages(data, [k for k in range(len(pages)) if k not in set(hinted)])
    # glued[k]: page k's first line goes on page k-1's last paragraph (wrapped at the page break)
    glued = [k - 1 in laid and k in laid and joins(laid[k - 1], laid[k]) for k in range(len(pages))]
    for k in range(len(pages)):
        # a table page keeps pypdf's cell stream (as does every page when pdfplumber failed)
        pages[k] = laid[k].text if k in laid else repair_quotes(strip_running(pages[k], running))
    if warnings or not hinted:  # plain prose (or glyphs dropped: no table read by position)
        out.add(join_pages(pages, glued, range(len(pages))))
        return out, warnings
    render_segments(_table_segments(data, pages, glued, hinted, running), out)
    return out, warnings


def _pypdf_pages(data: bytes, path: Path) -> list[str]:
    """Each page's text as pypdf extracts it; a ReadError for a file pypdf cannot open, one
    encrypted with a password, or one without a text layer (a scan)."""
    import logging

    # pypdf logs what it repairs ("EOF marker not found"), and pdfminer (pdfplumber's parser)
    # what it does without (a Chrome-printed PDF's Type3 fonts have no FontBBox: eight lines of
    # "Could not get FontBBox from font descriptor…" per file); with no logging configured Python
    # would print those bare on stderr, lines naming no file. The verdict is ours to give.
    for name in ("pypdf", "pdfminer"):
        logging.getLogger(name).addHandler(logging.NullHandler())
    try:
        from pypdf import PdfReader
        from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError
    except ImportError:  # pragma: no cover - pypdf is a runtime dependency
        raise ReadError(path, "PDF support needs pypdf") from None
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except DependencyError:
                raise ReadError(path, "encrypted PDF (decrypting needs the cryptography package)") from None
            except Exception:
                ok = 0
            if not ok:
                raise ReadError(path, "encrypted PDF")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ReadError:
        raise
    except FileNotDecryptedError:
        raise ReadError(path, "encrypted PDF") from None
    except (PdfReadError, Exception) as exc:
        raise ReadError(path, f"not a valid PDF ({type(exc).__name__}: {str(exc)[:80]})") from None
    if not "".join(pages).strip():
        raise ReadError(path, "PDF has no text layer (scanned image?)")
    return pages


def _mapped(pages: list[str], path: Path) -> tuple[list[str], list[str]]:
    """The pages without U+FFFD, glyphs a (damaged or missing) font encoding does not map to
    text, and the warning saying how many were dropped; a ReadError when they are a fifth of the
    text (the text layer is unusable)."""
    unmapped = sum(p.count("\ufffd") for p in pages)
    if not unmapped:
        return pages, []
    if unmapped * 5 > sum(len(re.sub(r"\s", "", p)) for p in pages):
        raise ReadError(path, f"PDF text cannot be mapped to characters ({unmapped} unmapped glyphs; damaged font encoding?)")
    return ([p.replace("\ufffd", "") for p in pages],
            [f"{unmapped} glyphs of the PDF could not be mapped to characters and were dropped (damaged font encoding?)"])


def _table_segments(data: bytes, pages: list[str], glued: list[bool], hinted: list[int], running) -> list[tuple[str, object]]:
    """A task-division table: pypdf gives its cells one per line. Pages showing a table header
    are re-read with pdfplumber (ruled tables); the rest, and tables pdfplumber cannot see, are
    re-assembled from the text. Rows become tab-separated lines and Document.tables."""
    plumbed = plumber_segments(data, hinted, running)
    segments: list[tuple[str, object]] = []
    pending: list[int] = []
    for k in range(len(pages)):
        if k in plumbed:
            if pending:
                segments += text_segments(join_pages(pages, glued, pending))
                pending = []
            segments += plumbed[k]
        else:
            pending.append(k)
    if pending:
        segments += text_segments(join_pages(pages, glued, pending))
    return segments


def _extract_ofd(data: bytes, path: Path) -> tuple[TextBuilder, list[str]]:
    """An OFD (respgraph/ofd.py): its pages laid out into lines, and the lines joined into
    paragraphs as a PDF's are, across page breaks too; ruled tables become rows, a table
    going on over a page break one table, as for PDFs."""
    try:
        pages = read_ofd(data)
    except OfdError as exc:
        raise ReadError(path, str(exc)) from None
    warnings = _ofd_warnings(pages, path)
    layouts = []
    edges = None  # the columns of an aligned table going on over the page break
    for page in pages:
        segs, edges = page_layout(page, edges)
        layouts.append(segs)
    # the margins of the document's prose pages: a page of short items alone cannot show them
    margins = body_margins([segs[0][1] for segs in layouts if len(segs) == 1 and segs[0][0] == "lines"])  # type: ignore[misc]
    blank = PageText("", False, False, "")
    # prose pages (no ruled table): one run of lines each
    laid = {k: lines_text(segs[0][1], margins) if segs else blank for k, segs in enumerate(layouts) if all(kind == "lines" for kind, _ in segs)}
    texts = [laid[k].text if k in laid else "" for k in range(len(pages))]
    glued = [k - 1 in laid and k in laid and joins(laid[k - 1], laid[k]) for k in range(len(pages))]
    out = TextBuilder()
    if len(laid) == len(pages):  # plain prose
        out.add(join_pages(texts, glued, [k for k in range(len(pages)) if texts[k]]))
        return out, warnings
    segments: list[tuple[str, object]] = []
    pending: list[int] = []
    for k, segs in enumerate(layouts):
        if k in laid:
            pending += [k] if texts[k] else []
            continue
        if pending:
            segments += text_segments(join_pages(texts, glued, pending))
            pending = []
        for kind, seg in segs:
            segments.append(("table", seg) if kind == "table" else ("text", lines_text(seg, margins).text + "\n"))  # type: ignore[arg-type]
    if pending:
        segments += text_segments(join_pages(texts, glued, pending))
    render_segments(segments, out)
    return out, warnings


def _ofd_warnings(pages: list[OfdPage], path: Path) -> list[str]:
    """Notes on what of the OFD's pages cannot be read; a ReadError when that is all of it."""
    unmapped = sum(p.unmapped for p in pages)
    if unmapped * 4 > sum(len(p.glyphs) for p in pages):  # a fifth of the glyphs or more
        raise ReadError(path, f"OFD text cannot be mapped to characters ({unmapped} unmapped glyphs; font codes kept instead of text?)")
    if not any(p.glyphs for p in pages):
        if any(p.images for p in pages):
            raise ReadError(path, "OFD has no text (scanned images only?)")
        raise ReadError(path, "no text in document")
    warnings = []
    if unmapped:
        warnings.append(f"{unmapped} glyphs of the OFD could not be mapped to characters and were dropped")
    scanned = sum(1 for p in pages if p.images and not p.glyphs)
    if scanned:
        warnings.append(f"{scanned} pages of the OFD are images without text (scanned?); their text is not read")
    missing = sum(p.missing for p in pages)
    if missing:
        warnings.append(f"{missing} pages listed in the OFD are missing from its package (damaged file?)")
    return warnings
