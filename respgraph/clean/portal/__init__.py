"""Steps 4-5, what is not the document: a flattened text's paragraph breaks, download-site and
portal boilerplate, page-number debris and running headers inside sentences.

Modules: ``site`` (download-site and portal boilerplate around the document, and a portal's page
lines inside it; the portal patterns), ``flat`` (a page copied flat: paragraph breaks back, the
furniture run into its first and last lines, Markdown bold markers), ``pages`` (page-number lines
and page numbers run into the text) and ``running`` (running headers inside sentences). This
package re-exports the names respgraph.clean and the tests import from ``respgraph.clean.portal``.
"""

from __future__ import annotations

from respgraph.clean.portal.excerpt import site_excerpt_edits
from respgraph.clean.portal.flat import _FLAT_BREAK, _bold_marker_edits, _heading_mark_edits, _flat_line_edits, _flat_page_furniture_edits
from respgraph.clean.portal.pages import _inline_page_number_edits, _page_number_edits
from respgraph.clean.portal.running import _inline_page_head_edits, _running_header_edits
from respgraph.clean.portal.site import (
    _PORTAL_FOOTER,
    _PORTAL_FOOTER_LINE,
    _PORTAL_PAGE,
    _PORTAL_PAGE_RE,
    _PORTAL_WORDS,
    _portal_line_edits,
    _site_boilerplate_edits,
    preview_cut_mark,
)
