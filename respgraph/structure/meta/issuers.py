"""Who issues the plan: the head's lines naming organs (letterhead, sender, signature), a
sender run into the first line of a scraped page, a cover letter's signers, and the signature
block at the plan's end (``closing_lines``) with the place it names.
"""

from __future__ import annotations

import re

from respgraph.structure.meta.dates import CN_DATE, DATE, PRINTED_ON, head_dates
from respgraph.structure.meta.head import ORGAN, SHORT_LINE, short_lines, squash
from respgraph.structure.meta.places import find_place, town_signer

_LETTER_SPLIT = re.compile(r"\s*关\s*于\s*[印转]\s*发|\s*[印转]\s*发\s*《")


# a row of a division table in the head (2\t开展…\t区水利局\t区公安分局), or a form's field
# (承办单位\t市生态环境局 / 协办单位\t…: a 督办单): its units are no issuers
_TABLE_ROW = re.compile(r"\d{1,3}\t|[\u4e00-\u9fff]{0,6}(?:单位|部门)\t")


def find_issuers(head: str) -> list[str]:
    """Short lines of the head that name an organ (letterhead, sender line, signature)."""
    out: list[str] = []
    for line in short_lines(head):
        s = line.strip(" \t\u3000")
        if len(s) > 40 or s.endswith(("：", ":")) or "。" in s or "，" in s or _TABLE_ROW.match(s):
            continue  # the addressees (各乡镇、…：), sentences (为贯彻落实市委、市政府部署，…), a table's row
        s = re.sub(r"文\s*件$", "", s)
        pre = _LETTER_SPLIT.split(s)[0] if ("印发" in squash(s) or "转发" in squash(s)) else s
        for piece in re.split(r"[ \t\u3000、]{1,}", pre.strip()):
            if 4 <= len(piece) <= 30 and ORGAN.search(piece) and not re.search(r"[：:，,。；《》（）()]", piece) and not piece.startswith("各"):
                if piece not in out:
                    out.append(piece)
    if not out:
        out = _run_together_issuer(head)
    # A joint letterhead whose space the clean-up closed (``中共某县委办公室 某县人民政府办公室``
    # reads as one run) is two issuers that the signature lines usually name again apart.
    return [s for s in out if not _joins_others(s, out)]


# what ends a letterhead's lines before the sender's heading in a text run onto one line
# (…人民政府办公室文件某政办发〔2024〕12号某县人民政府办公室关于印发…)
_BEFORE_SENDER = re.compile(r"〕\s*\d{1,4}\s*号|文\s*件|[。；;：:，,\s》]")
_RUN_TOGETHER_MAX = 120
# where the first of two joint senders written together ends (中共某镇委员会|某镇人民政府)
_JOINT_END = re.compile(r"委员会|人民政府|党工委|管委会|办公室|办公厅")


def _run_together_issuer(head: str) -> list[str]:
    """The sender of a cover letter whose heading ran into the first long line (a page scraped
    with its line breaks lost: 绵阳市人民政府办公室关于印发《…》的通知绵府办函…): the organ
    written right before 关于印发 near the line's start."""
    first = next((ln for ln in head.splitlines() if ln.strip()), "")
    if len(first) <= SHORT_LINE:
        return []
    m = _LETTER_SPLIT.search(first, 0, _RUN_TOGETHER_MAX)
    if m is None:
        return []
    sender = _BEFORE_SENDER.split(first[: m.start()])[-1].strip()
    if not (4 <= len(sender) <= 40 and ORGAN.search(sender) and not re.search(r"[（）()《》“”]", sender)):
        return []
    # a joint letter's two senders run together: 中共某镇委员会某镇人民政府
    for j in _JOINT_END.finditer(sender):
        rest = sender[j.end() :]
        if len(rest) >= 4 and ORGAN.search(rest) and find_place([rest])[0] is not None:
            return [sender[: j.end()], rest]
    return [sender] if len(sender) <= 30 else []


def _joins_others(s: str, names: list[str]) -> bool:
    """True when ``s`` is two or more other ``names`` written together."""
    return any(
        s.startswith(n) and (s[len(n):] in names or _joins_others(s[len(n):], names))
        for n in names
        if n and n != s
    )


def _letter_signers(head: str) -> list[str]:
    """Who signs a cover letter in its first lines: 广西壮族自治区人民政府 of
    广西壮族自治区人民政府关于印发…的通知."""
    out = []
    for line in short_lines(head)[:2]:
        s = squash(line)
        k = s.find("关于印发")
        if k > 0:
            out.append(s[:k])
    return out


CLOSING_CHARS = 600

# （此件公开发布） / （联系人：…，电话：…） between the signature and the end
_REMARK = re.compile(r"^[（(][^（）()]{0,40}[）)]$")


def closing_lines(text: str, end: int) -> list[str]:
    """The signature block that ends a plan issued without a cover letter: the issuers and the
    date on lines of their own just before ``end`` (the footer or the first attachment).

    >>> t = "…\\n（二）加强组织领导。\\n\\n中共石城县委\\n石城县人民政府\\n二〇二三年五月六日\\n"
    >>> closing_lines(t, len(t))
    ['中共石城县委', '石城县人民政府', '二〇二三年五月六日']
    """
    return [s for s, _, _ in _closing(text, end)]


# a signature's date of year and month alone (株洲市生态环境保护委员会办公室 / 2024年3月), as an office
# signs its 工作要点 and many a 方案 published without the day; only after a signature is it a closing
_MONTH_DATE = re.compile(r"(?:19|20)\d{2}\s*年\s*(?:1[0-2]|0?[1-9])\s*月$|二[〇○零][一二三四五六七八九〇○零]{2}年(?:十[一二]?|[一二三四五六七八九])月$")


# who signs by month: the offices, committees and governments that issue 要点 and 方案. A bureau's
# name above a month is as often the last cells of a division table read a cell a line (宁乡县水利局 /
# 2026年12月: its lead and deadline), which must stay the last task's
_MONTH_SIGNER = re.compile(r"(?:办公室|办公厅|委员会|人民政府|党委|[县市区省州旗]委|领导小组|指挥部)$")


def _signed_by_month(text: str, floor: int, at: int) -> bool:
    """Whether the line above ``at`` (a month alone on its line) is a signature of an organ that
    signs by month (``_MONTH_SIGNER``)."""
    above = text[floor:at].rstrip(" \t\u3000\r\n").rsplit("\n", 1)[-1].strip(" \t\u3000\r")
    return bool(above) and _signature(above) and bool(_MONTH_SIGNER.search(above))


def _closing(text: str, end: int, attendance: bool = False) -> list[tuple[str, int, str]]:
    """The closing lines before ``end`` in text order: (line, where it starts, what it is: a date,
    a remark, a signature; with ``attendance`` also a minutes' 出席：… line and a printing line
    signed and dated, 太和区人民政府办公室  2026年7月4日印发)."""
    out: list[tuple[str, int, str]] = []
    floor = max(0, end - CLOSING_CHARS)
    b = end
    while b > floor:
        k = text.rfind("\n", floor, b)
        a = k + 1 if k >= 0 else floor
        s = text[a:b].strip(" \t\u3000\r")
        line_end = a + len(text[a:b].rstrip(" \t\u3000\r"))
        b = k
        if not s:
            continue
        if attendance and _ATTENDANCE.match(s):
            out.append((s, a, "attendance"))
            continue
        if not out and (run_in := _run_in_signature(text, a, line_end)) and text[a : run_in[1][1]].strip():
            out += run_in  # …配合单位：县市场监管局安吉县人民政府办公室 2020年5月8日 (a text run together)
            break
        if len(s) > 40 or len(out) >= 8:
            break
        if head_dates(s)[0] or (_MONTH_DATE.fullmatch(s) and not out and _signed_by_month(text, floor, a)):
            out.append((s, a, "date"))  # (an office's 要点 or a 方案 is often signed by month: 2024年3月)
            continue
        if _REMARK.match(s):
            out.append((s, a, "remark"))
            continue
        if _signature(s):
            out.append((s, a, "signature"))
            continue
        m = DATE.search(s) or CN_DATE.search(s) or (_MONTH_DATE.search(s) if not out else None)
        if m and m.end() == len(s) and _signature(s[: m.start()]) and (m.re is not _MONTH_DATE or _MONTH_SIGNER.search(s[: m.start()].strip())):
            out += [(m.group(0), a, "date"), (s[: m.start()].strip(), a, "signature")]  # 安福县人民政府办公室    2023年7月3日
            continue
        if attendance and (p := PRINTED_ON.search(s)) is not None and p.end() == len(s) and _signature(s[: p.start()]):
            out += [(p.group(1), a, "date"), (s[: p.start()].strip(), a, "signature")]
            continue
        break
    return out[::-1]


# How far before its date a signature run on after the last task may start (中共XX县委办公室 XX县人民
# 政府办公室: two organs and a blank)
_RUN_IN_SIGNATURE_MAX = 40


def _run_in_signature(text: str, a: int, b: int) -> list[tuple[str, int, str]]:
    """The signature and its date closing a long line ``text[a:b]``, the text's last (a plan whose
    line breaks were lost: …配合单位：县市场监管局安吉县人民政府办公室 2020年5月8日), as (line, start,
    kind) in reverse text order, or []. The signature is the longest run before the date that
    names organs opening with a place (安吉县人民政府办公室, not 县市场监管局安吉县…)."""
    m = DATE.search(text, max(a, b - 16), b) or CN_DATE.search(text, max(a, b - 16), b)
    if m is None or m.end() != b:
        return []
    e = m.start()
    while e > a and text[e - 1] in " \t\u3000":
        e -= 1
    if "\t" in text[a:b]:
        return []  # a table's row: 市住建局\t丙区人民政府\t2024年11月30日 names a unit and a deadline
    for k in range(max(a, e - _RUN_IN_SIGNATURE_MAX), e - 3):
        piece = text[k:e]
        # glued to the last name (监管局安吉县…): a cell or a list's name one blank before a date is none
        if piece[0] not in " \t\u3000" and (k == a or text[k - 1] not in " \t\u3000") and _signature(piece):
            return [(m.group(0), m.start(), "date"), (piece, k, "signature")]
    return []


# a minutes' foot: who attended, who sat in, who was absent, who took the record (出席：/ 列席：/
# 参加人员：/ 请假：/ 记录：); the units these lines name are no one's duty
# (参加单位：A、B closing a working group's item is a label of its units: 参加 / 参会 count only
# before the people or the meeting)
_ATTENDANCE = re.compile(
    r"(?:出\s*席|列\s*席|缺\s*席|请\s*假|记\s*录)[\u4e00-\u9fff]{0,4}[：:]"
    r"|参\s*[加会]\s*(?:会\s*议\s*)?(?:人\s*员|领\s*导|同\s*志)[：:]"
)


def closing_start(text: str, end: int) -> int:
    """Where the plan's closing before ``end`` begins (its signature with the date under it, a
    minutes' 出席：/ 列席：lines), else ``end``: the last task's text ends there. A signature
    without a date after it, or a date alone, is no closing (the last cells of a table one cell a
    line, 宁乡县水利局 / 2026年12月31日前, are no signature)."""
    lines = _closing(text, end, attendance=True)
    if not lines or text[: lines[0][1]].rstrip().endswith(("：", ":")):
        return end  # (责任单位：/ 宁乡县水利局 / 宁乡县财政局 / …: the units of a label on its own line)
    # (2026年12月31日前 is a deadline's cell, not a signature's date)
    kinds = [k if k != "date" or not s.endswith(("前", "止")) else "deadline" for s, _, k in lines]
    if "attendance" in kinds or ("signature" in kinds and "date" in kinds[kinds.index("signature"):]):
        return lines[0][1]
    return end


_ORGAN_PIECE = re.compile(r"[^\s：:，,。；;、《》（）()]{4,30}")


# a 督查室 signs the 通报 and 督办通知 it issues (红塔区人民政府督查室), though its letterhead is no
# head's issuer line (the title below it is read with it: 大连市人民政府督查室 / 督办通知)
_SIGNING_OFFICE = re.compile(r"督查室$")


def _signature(line: str) -> bool:
    """A line of issuing organs only (中共石城县委  石城县人民政府), not a task naming units."""
    pieces = line.split()
    return all(_ORGAN_PIECE.fullmatch(p) and (ORGAN.search(p) or _SIGNING_OFFICE.search(p)) and not p.startswith("各") for p in pieces) and (
        not pieces or any(find_place([p])[0] or town_signer(p) for p in pieces)
    )


def _signed_place(text: str, body_end: int | None) -> tuple[str | None, str | None]:
    """The place of the issuer who signs the plan's end, when a line there is a signature."""
    lines = closing_lines(text, len(text) if body_end is None else body_end)
    if not any(_signature(ln) and ln for ln in lines):
        return None, None
    return find_place(find_issuers("\n".join(lines)))
