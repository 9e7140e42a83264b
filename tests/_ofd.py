"""Write small OFD files (GB/T 33190) the way 公文 writers lay them out, for tests/test_ofd.py.

A plan's paragraphs are set on A4 in the 公文 layout (156 mm body, 28 characters a line, the
first line indented two characters, justified lines, a page number at the foot), tables as
ruled grids (each cell's border a PathObject, a cell merged down drawn once over its rows).
The writers in use put text into TextObjects differently, and ``style`` picks one:

* ``"line"``: one TextObject per line, the glyph advances compressed (``DeltaX="g 27 5.57"``);
* ``"glyph"``: one TextObject per glyph, each placed by its Boundary (as converters from PDF do);
* ``"runs"``: a line split over several TextCodes of one TextObject, the later ones without X
  (they go on), in points scaled to millimetres by the object's CTM, DeltaX written out.

Every page draws a template (a header line that is not the plan's text) and the package has an
annotation (a stamp's text) and a signature list, which a reader must not take for text.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'
W, H = 210.0, 297.0
LEFT, TOP, BODY = 28.0, 37.0, 156.0
PITCH = BODY / 28  # a character's advance
SIZE = 5.5  # glyph size (三号 is 5.64 mm)
LEAD = 10.0  # baseline to baseline
BOTTOM = 257.0
PT = 25.4 / 72


def _narrow(ch: str) -> bool:
    return ord(ch) < 0x2E80 and ch not in "“”‘’…—"


def _adv(ch: str, pitch: float) -> float:
    return pitch / 2 if _narrow(ch) else pitch


def wrap(text: str, width: float, pitch: float, indent: float = 0.0) -> list[tuple[str, float, bool]]:
    """Lines of a paragraph: (text, x offset, justified)."""
    out, line, used, x0 = [], "", indent, indent
    for ch in text:
        if used + _adv(ch, pitch) > width + 1e-6 and line:
            # a number or Latin word is not broken: it goes to the next line whole
            word = len(line) - len(line.rstrip("0123456789.%abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"))
            carry = line[len(line) - word :] if word and _narrow(ch) and ch.isalnum() and word < len(line) else ""
            out.append((line[: len(line) - len(carry)], x0, not carry))
            line, used, x0 = carry, sum(_adv(c, pitch) for c in carry), 0.0
        line += ch
        used += _adv(ch, pitch)
    if line:
        out.append((line, x0, False))
    return out


class _Page:
    def __init__(self):
        self.objs: list[str] = []


class Writer:
    def __init__(self, style: str = "line"):
        self.style = style
        self.pages: list[_Page] = []
        self.y = BOTTOM + 1  # forces a first page
        self.next_id = 10

    def _id(self) -> int:
        self.next_id += 1
        return self.next_id

    def _page(self) -> _Page:
        self.pages.append(_Page())
        self.y = TOP
        return self.pages[-1]

    def _room(self, height: float) -> _Page:
        if self.y + height > BOTTOM or not self.pages:
            return self._page()
        return self.pages[-1]

    def text(self, page: _Page, x: float, y: float, s: str, size: float, advances: list[float]) -> None:
        """Glyphs of ``s`` from (x, y) on the baseline, each advancing by ``advances``."""
        if not s:
            return
        if self.style == "glyph":
            for ch, adv in zip(s, advances):
                if ch != " ":
                    page.objs.append(
                        f'<ofd:TextObject ID="{self._id()}" Boundary="{x:.3f} {y - size:.3f} {size:.3f} {size * 1.2:.3f}" Font="3" Size="{size}">'
                        f'<ofd:TextCode X="0" Y="{size:.3f}">{escape(ch)}</ofd:TextCode></ofd:TextObject>'
                    )
                x += adv
            return
        box = f"{LEFT - 2:.3f} {y - size - 2:.3f} {BODY + 4:.3f} {size + 4:.3f}"
        if self.style == "line":
            deltas = _compress(advances[:-1])
            page.objs.append(
                f'<ofd:TextObject ID="{self._id()}" Boundary="{box}" Font="3" Size="{size}">'
                f'<ofd:TextCode X="{x - LEFT + 2:.3f}" Y="{size + 2:.3f}" DeltaX="{deltas}">{escape(s)}</ofd:TextCode></ofd:TextObject>'
            )
            return
        # runs: in points, scaled by the CTM; the second and later runs go on without X
        k = 1 / PT
        codes, at = [], 0
        for n, cut in enumerate(_cuts(len(s))):
            part, adv = s[at:cut], advances[at:cut]
            deltas = " ".join(f"{a * k:.3f}" for a in adv)
            xattr = f' X="{(x - LEFT + 2) * k:.3f}"' if n == 0 else ""
            # the gap to the next run's first glyph is the run's last advance: a TextCode
            # without X starts where the last one's last glyph stands, plus that advance
            codes.append(f'<ofd:TextCode{xattr} Y="{(size + 2) * k:.3f}" DeltaX="{deltas}">{escape(part)}</ofd:TextCode>')
            at = cut
        page.objs.append(
            f'<ofd:TextObject ID="{self._id()}" Boundary="{box}" CTM="{PT:.6f} 0 0 {PT:.6f} 0 0" Font="3" Size="{size * k:.3f}">{"".join(codes)}</ofd:TextObject>'
        )

    def paragraph(self, s: str) -> None:
        s = s.strip()
        if not s:
            self.y += LEAD / 2
            return
        for line, x0, justified in wrap(s, BODY, PITCH, indent=2 * PITCH):
            page = self._room(LEAD)
            adv = [_adv(ch, PITCH) for ch in line]
            if justified and len(line) > 1:
                extra = (BODY - x0 - sum(adv)) / (len(line) - 1)
                adv = [a + extra for a in adv[:-1]] + [adv[-1]]
            self.text(page, LEFT + x0, self.y + SIZE, line, SIZE, adv)
            self.y += LEAD

    def table(self, rows: list[list[str | None]], widths: list[float], ruled: bool = True) -> None:
        """A table, ruled or not; a ``None`` cell is covered by the cell above it (merged down)."""
        size, pitch, lead, pad = 4.2, 4.4, 6.5, 1.5
        self.y += 2
        heights = []
        for row in rows:
            n = max((len(wrap(c, w - 2 * pad, pitch)) for c, w in zip(row, widths) if c), default=1)
            heights.append(n * lead + 2 * pad)
        r = 0
        while r < len(rows):
            # a run of rows held together by cells merged down
            end = r + 1
            while end < len(rows) and any(c is None for c in rows[end]):
                end += 1
            height = sum(heights[r:end])
            page = self._room(height)
            top = self.y
            for k in range(r, end):
                x = LEFT
                for c, (cell, w) in enumerate(zip(rows[k], widths)):
                    if cell is None:
                        x += w
                        continue
                    span = k + 1
                    while span < len(rows) and rows[span][c] is None:
                        span += 1
                    h = sum(heights[k:span])
                    page.objs.append("" if not ruled else
                        f'<ofd:PathObject ID="{self._id()}" Boundary="{x:.3f} {top:.3f} {w:.3f} {h:.3f}" LineWidth="0.35">'
                        f"<ofd:AbbreviatedData>M 0 0 L {w:.3f} 0 L {w:.3f} {h:.3f} L 0 {h:.3f} C</ofd:AbbreviatedData></ofd:PathObject>"
                    )
                    lines = wrap(cell, w - 2 * pad, pitch)
                    y = top + (h - len(lines) * lead) / 2 + size
                    for text, _, _ in lines:
                        self.text(page, x + pad, y, text, size, [_adv(ch, pitch) for ch in text])
                        y += lead
                    x += w
                top += heights[k]
            self.y = top
            r = end
        self.y += 4

    def save(self, path: Path, with_template: bool = True) -> None:
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(
                "OFD.xml",
                f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {NS} Version="1.0" DocType="OFD"><ofd:DocBody>'
                "<ofd:DocInfo><ofd:DocID>0</ofd:DocID><ofd:Creator>test</ofd:Creator></ofd:DocInfo>"
                "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot><ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures>"
                "</ofd:DocBody></ofd:OFD>",
            )
            pages = "".join(f'<ofd:Page ID="{k + 1000}" BaseLoc="Pages/Page_{k}/Content.xml"/>' for k in range(len(self.pages)))
            tpl = '<ofd:TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml"/>' if with_template else ""
            zf.writestr(
                "Doc_0/Document.xml",
                f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {NS}><ofd:CommonData><ofd:MaxUnitID>{self.next_id}</ofd:MaxUnitID>'
                f"<ofd:PageArea><ofd:PhysicalBox>0 0 {W} {H}</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>{tpl}"
                f"</ofd:CommonData><ofd:Pages>{pages}</ofd:Pages><ofd:Annotations>Annots/Annotations.xml</ofd:Annotations></ofd:Document>",
            )
            zf.writestr(
                "Doc_0/PublicRes.xml",
                f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res {NS} BaseLoc="Res"><ofd:Fonts>'
                '<ofd:Font ID="3" FontName="仿宋_GB2312" FamilyName="仿宋_GB2312"/></ofd:Fonts></ofd:Res>',
            )
            if with_template:
                zf.writestr(
                    "Doc_0/Tpls/Tpl_0/Content.xml",
                    f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {NS}><ofd:Content><ofd:Layer ID="3">'
                    f'<ofd:TextObject ID="4" Boundary="{LEFT} 15 {BODY} 8" Font="3" Size="4"><ofd:TextCode X="0" Y="5" DeltaX="g 7 4">内部资料注意保存</ofd:TextCode></ofd:TextObject>'
                    "</ofd:Layer></ofd:Content></ofd:Page>",
                )
            zf.writestr(
                "Doc_0/Annots/Annotations.xml",
                f'<?xml version="1.0" encoding="UTF-8"?><ofd:Annotations {NS}><ofd:Page PageID="1000"><ofd:FileLoc>Page_0/Annotation.xml</ofd:FileLoc></ofd:Page></ofd:Annotations>',
            )
            zf.writestr(
                "Doc_0/Annots/Page_0/Annotation.xml",
                f'<?xml version="1.0" encoding="UTF-8"?><ofd:PageAnnot {NS}><ofd:Annot ID="9" Type="Stamp"><ofd:Appearance Boundary="120 230 40 40">'
                '<ofd:TextObject ID="8" Boundary="0 0 40 40" Font="3" Size="5"><ofd:TextCode X="2" Y="20" DeltaX="g 3 5">某某印章</ofd:TextCode></ofd:TextObject>'
                "</ofd:Appearance></ofd:Annot></ofd:PageAnnot>",
            )
            zf.writestr("Doc_0/Signs/Signatures.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Signatures {NS}/>')
            for k, page in enumerate(self.pages):
                number = f"— {k + 1} —"
                foot = f'<ofd:TextObject ID="{self._id()}" Boundary="95 270 30 8" Font="3" Size="4.5"><ofd:TextCode X="0" Y="5" DeltaX="{_compress([_adv(c, 4.5) for c in number][:-1])}">{escape(number)}</ofd:TextCode></ofd:TextObject>'
                template = '<ofd:Template TemplateID="2" ZOrder="Background"/>' if with_template else ""
                zf.writestr(
                    f"Doc_0/Pages/Page_{k}/Content.xml",
                    f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {NS}>{template}<ofd:Content><ofd:Layer ID="{self._id()}" Type="Body">'
                    f'<ofd:PageBlock ID="{self._id()}">{"".join(page.objs)}</ofd:PageBlock>{foot}</ofd:Layer></ofd:Content></ofd:Page>',
                )


def _compress(values: list[float]) -> str:
    """A DeltaX list as writers compress it: a run of equal advances as ``g N v``."""
    out, k = [], 0
    while k < len(values):
        n = 1
        while k + n < len(values) and abs(values[k + n] - values[k]) < 1e-9:
            n += 1
        out.append(f"g {n} {values[k]:.3f}" if n > 1 else f"{values[k]:.3f}")
        k += n
    return " ".join(out)


def _cuts(n: int) -> list[int]:
    """Where a line of ``n`` glyphs is split into runs (about every 7 glyphs)."""
    return [*range(7, n, 7), n]


def write_ofd(path: Path, blocks: list, style: str = "line", widths: list[float] | None = None, template: bool = True, ruled: bool = True) -> Path:
    """``blocks``: paragraphs (str) and tables (lists of rows; ``ruled``: with their rules)."""
    w = Writer(style)
    for b in blocks:
        if isinstance(b, str):
            w.paragraph(b)
        else:
            ncols = len(b[0])
            w.table(b, widths or [BODY / ncols] * ncols, ruled)
    w.save(path, template)
    return path
