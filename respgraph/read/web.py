"""Web pages: HTML and MHTML, with the portal page's own furniture, link lists and layout tables
left out.
"""

from __future__ import annotations

import re
from pathlib import Path

from respgraph.plural import counted
from respgraph.read.builder import TextBuilder, ReadError, one_line_cell
from respgraph.read.decode import _ALIASES, _PLAUSIBLE, decode_text, plausibility
from respgraph.read.nested_tables import lift_nested_division


_HTML_DROP = {"script", "style", "nav", "noscript", "template", "head", "iframe", "svg", "object", "embed", "button", "select", "textarea", "footer"}
_HTML_BLOCK = {
    "p", "div", "section", "article", "main", "header", "aside", "blockquote", "pre", "address",
    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "hr", "center",
    "figure", "figcaption", "caption", "form", "fieldset", "body", "html", "tr", "td", "th",
}  # fmt: skip
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


def _decode_html(data: bytes, path: Path, declared: str | None = None) -> tuple[str, str]:
    """Decode an HTML page by the charset ``declared`` for it (an MHTML part's header), else by
    its <meta> declaration, each only when it gives plausible text; else by detection."""
    if declared:
        found = _decode_declared(data, declared)
        if found:
            return found
    m = _META_CHARSET.search(data[:4096])
    if m and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        found = _decode_declared(data, m.group(1).decode("ascii"))
        if found:
            return found
    return decode_text(data, path)


def _decode_declared(data: bytes, charset: str) -> tuple[str, str] | None:
    """``(text, encoding)`` by a declared charset, or None when the declaration is wrong (a
    GBK page saying utf-8) or unknown: detection decides then."""
    enc = charset.lower()
    enc = _ALIASES.get(enc.replace("_", ""), enc)
    try:
        text = data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        return None
    return (text, enc) if plausibility(text) >= _PLAUSIBLE else None


def _mhtml_page(data: bytes, path: Path) -> tuple[bytes, str | None]:
    """The HTML page of an MHTML archive (a browser's "save as single file" .mhtml, Word's
    单个文件网页 .mht): its first text/html part, decoded from quoted-printable or base64, and
    the charset its header declares."""
    import email
    import email.policy

    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
        for part in message.walk():
            if part.get_content_type() == "text/html":
                return part.get_payload(decode=True) or b"", part.get_content_charset()
    except Exception as exc:  # the email parser is lenient; a damaged archive still ends here
        raise ReadError(path, f"not a valid MHTML archive ({type(exc).__name__}: {str(exc)[:80]})") from None
    raise ReadError(path, "MHTML archive without an HTML page")


def _extract_html(data: bytes, path: Path, declared: str | None = None) -> tuple[TextBuilder, str, list[str]]:
    markup, encoding = _decode_html(data, path, declared)
    try:
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(markup, "html.parser")
        out = TextBuilder()
        links = _link_stats(soup)
        _walk_html(soup, out, links)
    except Exception as exc:
        raise ReadError(path, f"could not parse HTML ({type(exc).__name__}: {str(exc)[:80]})") from None
    text = out.text()
    if not text.strip() and soup.find("a") is not None:
        raise ReadError(path, "no text in document but links (a list or index page, not a plan?)")
    return out, encoding, _unread_parts(soup, text)


# a link to an attached file (附件：XX方案.pdf), by its address
_ATTACHED = re.compile(r"\.(?:docx?|wps|pdf|ofd|xlsx?|et|zip|rar|7z)(?:[?#].*)?$", re.I)
_SCANNED_IMAGES = 3  # images on a page of little text (a plan scanned into pictures)
_LITTLE_TEXT = 800


def _unread_parts(soup, text: str) -> list[str]:
    """Warnings for what a page holds but the reader does not read: attached files (a portal
    often publishes the plan itself as one) and a plan scanned into images."""
    warnings = []
    names = [a.get_text().strip() or a["href"].rsplit("/", 1)[-1] for a in soup.find_all("a", href=_ATTACHED)]
    if names:
        shown = "、".join(dict.fromkeys(names[:5]))
        warnings.append(f"the page links {counted(len(names), 'attached file')} ({shown}); they are not read: a plan kept in one must be read from the file")
    if len(re.sub(r"\s", "", text)) < _LITTLE_TEXT:
        images = len(soup.find_all("img"))
        if images >= _SCANNED_IMAGES:
            warnings.append(f"the page holds {images} images and little text: a plan scanned into images is not read")
    return warnings


def _walk_html(node, out: TextBuilder, links: dict[int, tuple[int, int, int]]) -> None:
    from bs4 import NavigableString, Tag
    from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

    for child in node.children:
        if isinstance(child, (Comment, Doctype, Declaration, ProcessingInstruction)):
            continue
        if isinstance(child, NavigableString):
            out.inline(str(child))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name in _HTML_DROP or child.get("role") in ("navigation", "contentinfo") or child.get("hidden") is not None:
            continue
        if _is_page_furniture(child) or _is_link_list(child, links):
            continue
        if name == "table":
            lifted = _nested_division_rows(child)
            if lifted is not None:
                out.table(lifted)
                continue
            if _is_layout_table(child):
                _walk_html(child, out, links)  # its rows and cells are blocks (tr/td are)
                continue
            rows = _html_rows(child)
            pairs = _metadata_pairs(rows)
            if pairs:
                out.flush()
                for label, value in pairs:
                    out.paragraph(f"{label}：{value}")
            else:
                out.table(rows)
        elif name == "br":
            out.flush()
        elif name == "pre":
            # preformatted text keeps its line breaks (the flush of inline text folds them)
            out.flush()
            for line in child.get_text().splitlines():
                if line.strip():
                    out.paragraph(line.strip())
        elif name == "dt":
            out.flush()  # no break after it: the <dd> after a label ending with ： goes on its line
            _walk_html(child, out, links)
        elif name == "dd" and _after_label(child):
            # 发文机关： / 宜黄县人民政府办公室 of a <dl> of metadata: label and value on one line
            _walk_html(child, out, links)
            out.flush()
        elif name == "li" and child.parent is not None and child.parent.name == "ol" and child.find_parent(("td", "th")) is None:
            # an <ol>'s item holds no number: the browser draws it (1. / 一、 by the list's
            # type), and a plan's numbered tasks written so are numbered only there (a table
            # cell's list stays unnumbered: the row's task, not items of the plan)
            out.flush()
            out.marker = _ol_marker(child)
            _walk_html(child, out, links)
            out.flush()
            out.marker = ""
        elif name in _HTML_BLOCK:
            out.flush()
            _walk_html(child, out, links)
            out.flush()
        else:
            _walk_html(child, out, links)


# an <ol>'s type attribute or CSS list-style-type, as Word's numFmt (format_number) and what the
# browser writes after the number: 1. a. i. for digits, letters and roman; 一、 for Chinese numerals
_OL_TYPES = {
    "1": ("decimal", "."), "a": ("lowerLetter", "."), "A": ("upperLetter", "."), "i": ("lowerRoman", "."), "I": ("upperRoman", "."),
    "decimal": ("decimal", "."), "lower-alpha": ("lowerLetter", "."), "lower-latin": ("lowerLetter", "."),
    "upper-alpha": ("upperLetter", "."), "upper-latin": ("upperLetter", "."), "lower-roman": ("lowerRoman", "."),
    "upper-roman": ("upperRoman", "."), "cjk-ideographic": ("chineseCounting", "、"),
    "simp-chinese-informal": ("chineseCounting", "、"), "trad-chinese-informal": ("chineseCounting", "、"),
    "cjk-decimal": ("ideographDigital", "、"), "cjk-heavenly-stem": ("ideographTraditional", "、"), "none": ("none", ""),
}  # fmt: skip
_LIST_STYLE = re.compile(r"list-style(?:-type)?\s*:\s*([a-z-]+)", re.I)


def _ol_marker(li) -> str:
    """The number the browser draws before ``li``, an item of an <ol>: its place counted from the
    list's ``start`` (or an item's ``value``), in the list's type."""
    from respgraph.docx_numbering import format_number

    ol = li.parent
    n, k = _int_value(ol.get("start"), 1), 0
    for item in ol.find_all("li", recursive=False):
        n = _int_value(item.get("value"), n + (k > 0))
        k += 1
        if item is li:
            break
    kind = None
    for tag in (li, ol):
        m = _LIST_STYLE.search(str(tag.get("style", "")))
        if m and m.group(1).lower() in _OL_TYPES:
            kind = m.group(1).lower()
            break
    kind = kind or (ol.get("type") if ol.get("type") in _OL_TYPES else "1")
    fmt, after = _OL_TYPES[kind]
    label = format_number(n, fmt)
    return label + after if label else ""


def _int_value(value, default: int) -> int:
    """An <ol>'s ``start`` or an <li>'s ``value`` as a number (clamped: a page's typo draws no
    number of a million digits), ``default`` where it is missing or no number."""
    try:
        return max(-10**6, min(int(str(value).strip()), 10**6))
    except (TypeError, ValueError):
        return default


def _after_label(dd) -> bool:
    """Whether ``dd`` follows a <dt> label ending with a colon (索 引 号：)."""
    dt = dd.find_previous_sibling(True)
    return dt is not None and dt.name == "dt" and dt.get_text().strip().endswith(("：", ":"))


# class or id words a page's navigation, breadcrumbs, footer, share and print widgets are
# marked with, in English or pinyin (a portal's <div class="footer"> holds its 主办单位：…承办单位：…
# line, which reads like a clause; 导航 daohang, 当前位置 dqwz, 位置 weizhi, 底部 dibu, 版权 banquan,
# 分享 fenxiang, 打印 dayin, 二维码 ewm/erweima).
_FURNITURE = re.compile(
    r"(?:^|[-_])(?:footer|foot|bottom|breadcrumbs?|crumbs?|bread|copyright|navbar|nav|menu|sidebar|location|position"
    r"|share|bdshare|bdsharebuttonbox|print|qrcode|ewm|erweima|daohang|dqwz|weizhi|dibu|banquan|fenxiang|dayin|tabbar)(?:$|[-_])",
    re.I,
)


def _is_page_furniture(tag) -> bool:
    """A container whose class or id says it is page furniture, not the document; or the page's
    own <header>. Only divisions and lists: a paragraph or table inside the document is kept
    whatever its class."""
    if tag.name not in ("div", "ul", "ol", "section", "aside", "header", "span"):
        return False
    if tag.name == "header" and _page_header(tag):
        return True
    words = list(tag.get("class") or []) + [tag.get("id") or ""]
    return any(_FURNITURE.search(w) for w in words if w)


def _page_header(tag) -> bool:
    """A <header> of the page, not of the document: outside any article or section, with links
    (返回, 首页, the site's name) and no heading (an article's <header> holds its <h1> title)."""
    return (
        tag.find_parent(("article", "main", "section")) is None
        and tag.find("a") is not None
        and tag.find(("h1", "h2", "h3")) is None
    )


# Containers that a page's menus, related-link lists and 上一篇/下一篇 boxes are made of.
_LINK_CONTAINERS = frozenset({"div", "ul", "ol", "dl", "li", "table", "tbody", "tr", "td", "section", "aside", "header", "center"})
_CLAUSE_WORDS = re.compile(r"牵头|负责|(?:责任|配合|协同|参与)单位")
_INK = re.compile(r"[^\s\xa0\u3000|>»＞·•/]")


def _link_stats(soup) -> dict[int, tuple[int, int, int]]:
    """Per tag (by id): (characters of text, characters inside links, links), in one pass from
    the leaves up (``descendants`` lists a tag before everything in it). Space, separators
    (| > ·) and the text of dropped tags (script, style) do not count."""
    from bs4 import NavigableString, Tag
    from bs4.element import Comment

    stats: dict[int, tuple[int, int, int]] = {}
    for node in reversed(list(soup.descendants)):
        if not isinstance(node, Tag):
            continue
        if node.name in _HTML_DROP:
            stats[id(node)] = (0, 0, 0)
            continue
        chars = inked = links = 0
        for c in node.children:
            if isinstance(c, Tag):
                a, b, n = stats.get(id(c), (0, 0, 0))
                chars, inked, links = chars + a, inked + b, links + n
            elif isinstance(c, NavigableString) and not isinstance(c, Comment):
                chars += len(_INK.findall(c))
        if node.name == "a" and chars:
            inked, links = chars, links + 1
        stats[id(node)] = (chars, inked, links)
    return stats


def _is_link_list(tag, links: dict[int, tuple[int, int, int]]) -> bool:
    """A container of two or more links whose text is mostly theirs: a menu, a list of related
    documents, 上一篇/下一篇 (a plan's paragraphs link little, and a paragraph is always kept)."""
    if tag.name not in _LINK_CONTAINERS:
        return False
    chars, inked, n = links.get(id(tag), (0, 0, 0))
    # (a menu's item or a related document in a cell or list item of its own is one link)
    linky = n >= 2 and inked * 10 >= chars * 6 or n == 1 and inked == chars and tag.name in ("li", "td", "dd")
    # a clause whose units the site links (配合单位：<a>县水利局</a>、<a>县林业局</a>) is no menu
    return linky and _CLAUSE_WORDS.search(tag.get_text()) is None


def _is_layout_table(table) -> bool:
    """A table that lays out a page (old portals put the whole page in tables): one cell per row
    (a title, an info line and the text in a column), or, unless its first rows are a division
    table's header, one holding another table or a cell of many paragraphs (the text beside a
    menu column)."""
    rows = _own_rows(table)
    if rows and all(len(_own_cells(tr)) <= 1 for tr in rows):
        return True
    if any(_is_header_cell(c) for tr in rows[:3] for c in _own_cells(tr)):
        return False
    return table.find("table") is not None or (
        len(rows) <= 3 and any(len(c.find_all(_PARAGRAPHS)) >= _LAYOUT_PARAGRAPHS for tr in rows for c in _own_cells(tr))
    )


# words of a task-division table's header row (序号 重点任务 牵头单位 配合单位 完成时限)
_DIVISION_HEAD = re.compile(r"序\s*号|牵头|责任单位|配合单位|协同单位|完成时限|时间节点|工作任务|重点任务|主要任务|任务内容")
_PARAGRAPHS = ("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li")
_LAYOUT_PARAGRAPHS = 6


def _is_header_cell(cell) -> bool:
    """A short cell naming a division table's column (a text cell beside a menu names 牵头单位
    too, in its clauses)."""
    if cell.find("table") is not None:
        return False
    text = cell.get_text().strip()
    return len(text) <= 20 and _DIVISION_HEAD.search(text) is not None


def _own_rows(table) -> list:
    """The table's own rows (directly or in thead/tbody/tfoot), not a nested table's."""
    rows = []
    for child in table.children:
        name = getattr(child, "name", None)
        if name == "tr":
            rows.append(child)
        elif name in ("thead", "tbody", "tfoot"):
            rows.extend(c for c in child.children if getattr(c, "name", None) == "tr")
    return rows


def _own_cells(tr) -> list:
    return [c for c in tr.children if getattr(c, "name", None) in ("td", "th")]


# The labels of a 政府信息公开 page's metadata table (索引号/发文机关/成文日期/标题/发文字号/…).
_META_LABELS = frozenset(
    "索引号 信息索引号 主题分类 主题词 体裁分类 组配分类 服务对象 发文机关 发布机构 发文单位 公开主体 成文日期 生成日期 发文日期 印发日期 "
    "标题 名称 文件名称 发文字号 文号 发布日期 公开日期 公开方式 公开范围 有效性 时效性 信息来源 所属机构".split()
)
_LABEL_CHARS = re.compile(r"[\s\xa0\u3000：:]")


def _metadata_pairs(rows: list[list[str]]) -> list[tuple[str, str]]:
    """(label, value) pairs of a metadata table (at least three known labels, each followed by
    its value), else []: read as 标题：… lines, the way the head of a plan states them."""
    pairs = []
    for row in rows:
        k = 0
        while k < len(row):
            label = _LABEL_CHARS.sub("", row[k])
            if label in _META_LABELS and k + 1 < len(row):
                pairs.append((label, one_line_cell(row[k + 1])))
                k += 2
            elif label and label not in _META_LABELS and row[k].strip():
                return []  # a cell that is no label: a table of the text
            else:
                k += 1
    return pairs if len(pairs) >= 3 else []


def _html_rows(table) -> list[list[str]]:
    """Rows of an HTML table as a grid: colspan pads with empty cells, rowspan repeats down."""
    trs = _own_rows(table)
    rows: list[list[str]] = []
    carry: dict[int, tuple[str, int]] = {}  # column -> (text, rows still to fill)
    # colspan/rowspan let a few bytes of markup ask for millions of cells. Padding cells are
    # empty and rowspan copies repeat a cell that is already there, so past a budget (20 per
    # real cell) they are dropped: no text is lost, and a 60 KB page stays a 60 KB table.
    real = sum(len(_own_cells(tr)) for tr in trs)
    budget = 20 * real + 10_000
    made = 0
    for tr in trs:
        row: list[str] = []
        cells = _own_cells(tr)
        col = 0

        def fill_carried() -> None:
            nonlocal col, made
            while col in carry:
                text, left = carry.pop(col)
                row.append(text)
                made += 1
                if left > 1 and made < budget:
                    carry[col] = (text, left - 1)
                col += 1

        for cell in cells:
            fill_carried()
            sub = TextBuilder()
            _walk_html(cell, sub, {})  # (a cell's linked unit names are the table's, not a menu)
            text = one_line_cell(sub.text())
            span = _int_attr(cell, "colspan") if made < budget else 1
            down = _int_attr(cell, "rowspan") if made < budget else 1
            for k in range(span):
                row.append(text if k == 0 else "")
                made += 1
                if down > 1:
                    carry[col] = (text if k == 0 else "", down - 1)
                col += 1
        fill_carried()
        rows.append(row)
    return rows


def _nested_division_rows(table) -> list[list[str]] | None:
    """The rows of a 分工表 nested in ``table``'s cells as one table (respgraph/read/nested_tables.py),
    or ``None`` when ``table`` is no such layout (a page laid out in tables among them)."""
    outer: list[tuple[list[str], list[list[str]] | None]] = []
    for tr in _own_rows(table):
        cells = _own_cells(tr)
        holders = [c for c in cells if c.find("table") is not None]
        if len(holders) > 1:
            return None
        labels = [_html_cell_text(c) for c in cells if c not in holders]
        if not holders:
            outer.append((labels, None))
            continue
        inner = holders[0].find_all("table")
        if len(inner) > 1:
            return None  # two tables in a cell, or tables in tables in tables: a page's layout
        nested = inner[0]
        labels.append(holders[0].get_text(" ", strip=True).replace(nested.get_text(" ", strip=True), "", 1))
        outer.append((labels, _html_rows(nested)))
    if all(n is None for _, n in outer):
        return None
    return lift_nested_division(outer)


def _html_cell_text(cell) -> str:
    sub = TextBuilder()
    _walk_html(cell, sub, {})
    return one_line_cell(sub.text())


def _int_attr(tag, name: str) -> int:
    try:
        return max(1, min(int(str(tag.get(name, "1")).strip() or 1), 1000))
    except ValueError:
        return 1
