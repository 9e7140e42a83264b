"""Cut the body of a plan into blocks: numbered items/headings, unnumbered headings, paragraphs.

A block runs from its marker to the next block. Rules, in the order they are applied:

* a line that starts with a marker (``markers.match_line_start``) opens a block;
* a short line without sentence punctuation opens an *unnumbered heading* when it is a
  standard chapter name (主要目标, 主要任务, 保障措施 …) or when the next line opens a
  first item (``1.`` / ``（1）`` / ``（一）``) — headings that lost their numbers;
* any other line continues the current numbered item (PDF line breaks fall mid-sentence,
  a clause may sit alone on the next line); after a heading or a finished paragraph it
  opens a new paragraph (five-year plans are written in lead-sentence paragraphs);
* inside a line, a marker opens a block only when it continues the numbering
  (``24 .`` after 23) — in run-together text anywhere, elsewhere only after a sentence
  end or a closing bracket.

>>> [b.number or b.style for b in build_blocks("一、总体要求\\n坚持新发展理念。\\n二、任务\\n1.甲。乙。2.丙。", 0, 31)]
['一、', 'para', '二、', '1.', '2.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from respgraph.addressees import ADDRESSING_ALL
from respgraph.grammar.clauses import names_only_supervisors
from respgraph.grammar.units import looks_like_unit
from respgraph.structure.markers import CN, STYLE_RANK, Marker, inline_candidates, match_line_start

#: Chapter names that stand alone as headings even when their number was lost.
CHAPTER_WORDS = re.compile(
    r"^(总体要求|总体思路|指导思想|基本原则|工作原则|主要目标|工作目标|发展目标|总体目标|目标任务|"
    r"主要任务|重点任务|工作任务|重点工作|主要措施|工作措施|重点举措|保障措施|组织保障|组织实施|"
    r"保障机制|工作要求|实施步骤|工作步骤|进度安排|职责分工|工作安排|有关要求)$"
)
SENTENCE_END = set("。！？!?；;：:")
LINE_END_CLOSED = SENTENCE_END | set("）)〕】")
RUN_TOGETHER = 1500  # a line longer than this holds many items (scraped / OCR text)
# In a line of ordinary length an inline marker only counts right after one of
# LINE_END_CLOSED, and every inline marker opens with a digit, a Chinese numeral or a
# bracket: a line without such a pair has no inline marker to look for.
_CLOSED_THEN_MARKER = re.compile(
    "[" + re.escape("".join(sorted(LINE_END_CLOSED))) + r"][\d" + CN + "（(]"
)
# ... nor after a label's names run into the next item's number, its stop lost (配合单位：县级各部门2推进…)
_LABEL_THEN_BARE = re.compile(r"(?:单位|部门)[：:][^。\n]{2,80}?[局委办门位府心队会]\d{1,2}(?=[\u4e00-\u9fff])")
HEADING_MAX = 40
# A heading's title run into its first item, the line breaks lost (一、重点任务1.推进…,
# （一）深入打好蓝天保卫战1.着力…, XX县…工作要点一、重点工作…): a first marker close after
# the line's start with no stop before it. Searched only in a line's head, from two characters
# after where the title may start: whether a title of 2 or more characters without a stop runs
# into a marker is whether a marker has two characters without a stop right before it (the last
# two of the title). So the pattern is the marker, opening with its first characters' class, then
# a look-behind for those two: the engine skips in C to the next candidate character instead of
# trying a lazy title of 2-40 characters at every position (the same lines, fuzzed against that).
_RUN_IN = re.compile(r"(?=[一（(\d第①])(?<=[^\n。！？!?；;：:]{2})(?:一、|[（(](?:[一二三四五六七八九十]{1,2}|\d{1,2})[）)]|\d{1,3}[.．、]|第[一二三四五六七八九十\d]{1,4}[章条]|1[）)]|①)")
# styles taken inside a line only after a stop or a title, in run-together text too: a worded
# number (第二章), and 1） / ① (also counts and notes: 达到3）, ①…②… inside a sentence)
_WORDED_STYLES = ("chapter", "section", "box", "article", "arabic_rparen", "circled")
# 1） / ① after a stop enumerate inside the item (1.加快水利工程建设。①推进…；②实施…) unless
# items of that style are already open (…污染防治①加强…。②推进…: the first came after a title)
_ENUMERATION_STYLES = ("arabic_rparen", "circled")
# the document's title (…实施方案 / …工作要点) run into the first heading: searched in a line's head
_RUN_IN_HEAD = 80


@dataclass(slots=True)
class Block:
    start: int
    body: int  # after the marker
    end: int
    style: str  # marker style, "plain" (unnumbered heading) or "para"
    number: str = ""
    value: int = 0
    vocab: bool = False  # an unnumbered standard chapter name
    unit: bool = False  # an unnumbered unit line over items (县水利局：): it heads the items below it
    closing: bool = False  # a paragraph after an item that named its units: no more of that item
    children: list[int] = field(default_factory=list)
    parent: int | None = None
    level: int = 0

    def body_text(self, text: str) -> str:
        return text[self.body : self.end]


def _lines(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, line) of the lines of ``text[start:end]``; a final line break opens no line."""
    parts = text[start:end].split("\n")
    if not parts[-1]:
        parts.pop()  # "" after the last line break, or of an empty range
    out = []
    pos = start
    for ln in parts:
        out.append((pos, ln))
        pos += len(ln) + 1
    return out


# numbers written in brackets: never a count in a sentence, one may be skipped or repeated
_BRACKETED_STYLES = ("cn_paren", "arabic_paren")


class _Sequence:
    """Which numbers may come next: the previous + 1, or 1 after a new heading above."""

    def __init__(self) -> None:
        self.last: dict[str, int] = {}
        self.stack: list[str] = []

    def accept(self, mk: Marker) -> None:
        if mk.style in self.stack:
            del self.stack[self.stack.index(mk.style) + 1 :]
        else:
            # an outer style (一、 after 1.) closes the inner ones
            rank = STYLE_RANK.get(mk.style, 9)
            while self.stack and STYLE_RANK.get(self.stack[-1], 9) > rank:
                self.stack.pop()
            self.stack.append(mk.style)
        self.last[mk.style] = mk.value
        # a new heading restarts the numbering below it
        for style in list(self.last):
            if style not in self.stack:
                self.last[style] = -abs(self.last[style])

    def expects(self, mk: Marker) -> bool:
        if mk.style == "box":
            return True  # 专栏3 / 专栏4-1: a 规划 numbers its boxes through the plan or by chapter
        last = self.last.get(mk.style)
        if mk.style in self.stack:
            # …4 .加强… 6 .推进…: OCR lost item 5; a number written with its stop may skip one, and
            # so may one in brackets (（一）…（三）…, an item misnumbered: it was read into the one before)
            return mk.value == last + 1 or (mk.value in (last, last + 2) and (
                (mk.style == "arabic" and mk.number[-1] in ".．、") or mk.style in _BRACKETED_STYLES
            ))
        if last is None:
            return mk.value == 1
        # numbering may continue across sections (…6, (二), 7…) or restart at 1
        return mk.value in (1, abs(last) + 1)


def _is_heading_line(s: str) -> bool:
    s = s.strip(" \t\u3000")
    if not (2 <= len(s) <= HEADING_MAX) or s[-1] in SENTENCE_END or s[-1] in "，,、" or "。" in s:
        return False
    if s[0] in "（(〔[［":
        return False  # （以下均需…不再列出）: a remark in brackets, never a title
    if _LABEL_LINE.match(s):
        return False  # 责任单位：区城管局 under a heading: a clause, not a lost heading
    if DOCUMENT_TITLE.search(s):
        return False  # XX县2023年…工作要点: the document's own title above its first item
    return bool(re.search(r"[\u4e00-\u9fff]", s))


_TITLE_WORDS = r"(?:实施|工作|行动|分工|推进)方案|工作要点|(?:实施|指导)意见|(?:行动)?计划|规划|实施细则|(?:责任|任务|职责)清单"
DOCUMENT_TITLE = re.compile(f"(?:{_TITLE_WORDS})$"
    # a list of who does what, by body (郑州市河长制成员单位工作职责 / 长沙县2021年平安建设成员单位
    # 责任分工 / 西安市碑林区生态环境保护工作责任规定): its first body's line was read into the title
    r"|职责(?:分工)?$|责任分工$|责任规定$")
# the title with what a scraped head puts after it before the first chapter, the breaks lost:
# its period (…三年行动实施方案（2018—2020年）), its 文号 (…工作要点南府办〔2020〕11号, an OCR'd
# bracket left half-converted: 兰环委[2024〕2号; the issuer's code is short, so the title stays
# whole) or a 规划's cover line, issuer and month (…保护规划福州市人民政府2021年9月第一章 …)
TITLE_AND_NUMBER = re.compile(
    f"(?:{_TITLE_WORDS})"
    r"(?:[（(][ \t\u3000]*(?:19|20)\d{2}[ \t\u3000]*[—–\-－~～至][ \t\u3000]*(?:19|20)\d{2}[ \t\u3000]*年?[ \t\u3000]*[）)])?[ \t\u3000]*"
    r"(?:[\u4e00-\u9fffXxＸ×]{1,8}[ \t\u3000]*[〔\[［【(（][ \t\u3000]*(?:19|20)\d{2}[ \t\u3000]*[〕\]］】)）][ \t\u3000]*\d{1,4}[ \t\u3000]*号"
    r"|[\u4e00-\u9fff]{2,16}?(?:人民政府|办公室|办公厅|委员会|管委会)[ \t\u3000]*(?:19|20)\d{2}[ \t\u3000]*年[ \t\u3000]*\d{1,2}[ \t\u3000]*月(?:[ \t\u3000]*\d{1,2}[ \t\u3000]*日)?)?$"
)
ATTACHMENT_LINE = re.compile(r"^附[ \t\u3000]*[件表][ \t\u3000]*[\d一二三四五六七八九十]*[ \t\u3000]*(?:[：:].{0,60})?$")

# styles whose number stands before a title: the title may be on the next line
_TITLED_STYLES = ("part", "chapter", "section", "box")
# a table of contents' leader dots and page number
_TOC_ENTRY = re.compile(r"(?:[…⋯]{2,}|[.·．•]{4,}|[-—]{4,})[ \t\u3000]*\d{1,3}$")

# the next entry of a list of attachments (附件：1.… on the line before): a document's name
_ATTACHMENT_ITEM = re.compile(r"^\d{1,2}[.．、][^。；;，,]{4,60}$")
_ATTACHMENT_LIST = re.compile(r"[：:][ \t\u3000]*\d{1,2}[.．、]")

# 【工业固体废物减量】 on a line of its own: a heading in lenticular brackets (工作要点 often
# title their groups so). 【牵头单位】 is a clause label, not a heading.
BRACKET_HEADING = re.compile(r"【(?P<title>[^【】\n]{2,%d})】[ \t\u3000]*$" % HEADING_MAX)
# 县水利局： alone on its line over numbered items (a 责任清单 by unit whose numbering runs on
# across units): the unit's heading. The name must end as a body's does (措施如下： does not).
_UNIT_LINE = re.compile(
    r"^[^\s。；;，,、：:（）()]{2,20}?[局委办部院厅室心司府会队所站社署处门镇乡道]"
    # (its portfolio after it: 县发展改革委（县粮食和储备局）：)
    r"(?:[（(][^\s。；;，,、：:（）()]{2,20}?[局委办部院厅室心司府会队所站社署处门][）)])?[ \t\u3000]*[：:]$"
)
# ... or without its colon (省水利厅 / （1）承担… / 省生态环境厅 / （1）负责…: a 职责 list by body whose
# bodies head their numbered duties bare); only a body's name, ending as one does, so that a heading
# naming work (总体部署) stays a heading (heading_owner reads whether the name is a body's)
_BARE_UNIT_LINE = re.compile(r"^[^\s。；;，,、：:（）()]{2,20}?[局委办部院厅室心司府会队所站社署处门镇乡道]$")
_LABEL_LINE = re.compile(r"^[^：:]{0,6}(?:单位|部门|领导|时限|时间|节点)[ \t\u3000]*[：:]")
# an item's schedule on a label line of its own, the last of its fields (时间进度：全年 / 完成时限：第三季度)
_SCHEDULE_LINE = re.compile(r"^(?:完成时限|完成时间|完成期限|时间进度|时间安排|时间节点|时限要求)[ \t\u3000]*[：:][^。；;：:]{1,20}$")
_LABEL_WORD = re.compile(r"(?:牵头|责任|配合|协助|协办|参与|主办|主责|承办)(?:单位|部门|领导)|完成时限|完成时间|时间节点")


# the plan's closing words after its last item (本措施自印发之日起施行，有效期至… / 本方案由市X局负责
#解释): a paragraph of its own, no more of that item
_CLOSING_LINE = re.compile(
    r"本[^\s，,。；;]{0,8}?(?:方案|措施|办法|意见|规定|细则|通知|计划|要点|规划|政策)(?:(?:自|从)[^。；;]{0,20}?(?:起|之日)[^。；;]{0,4}?(?:施行|实施|执行|生效)|由[^。；;]{2,30}?负责解释|有效期)"
    # 以上工作要点已纳入局年度目标责任制考核，各处室…: how the whole list is weighed, said after it
    r"|以上(?:各项)?(?:工作要点|工作任务|重点工作|任务|工作)[^。；;，,]{0,6}?(?:纳入|列入)[^。；;]{0,30}?(?:考核|考评|督查)"
)


# 针对上述问题，提出如下要求： / 现提出以下整改要求： on a line of its own after an item: the lead-in
# of a 通报's requirements after its findings, a paragraph of its own (it was the last finding's text)
DEMANDS_LEAD_IN = re.compile(
    r"^(?:[^。；;：:\n]{0,24}[，,])?(?:现|特|并|再)?(?:提出|作出|明确)(?:如下|以下)[^。；;：:\n]{0,8}?要求[：:。]?$"
    r"|^(?:[^。；;：:\n]{0,24}[，,])?(?:现将)?(?:具体|整改|工作|有关|相关)?要求(?:如下|明确如下)[：:。]?$"
)


# 第二阶段：排查整治（2025年4月至8月）。 on a line of its own after an item: the next phase's line,
# a paragraph of its own, no more of that item (its date was read as the item's deadline); so is
# 上述任务须在2025年11月底前全部完成。, said of every item above it
_PHASE_LINE = re.compile(r"第[一二三四五六七八九十\d]{1,2}阶段|(?:以上|上述)(?:各项)?[^。；;\n（(]{0,6}?(?:任务|工作|措施|事项|项目)[^。；;\n]{0,16}?(?:于|在)[^。；;\n]{2,24}?完成")


# A line of notes under a table or a list (备注：1.责任主体为第一责任人…。2.各乡镇要将任务分解到村…):
# its numbers count the notes, they open no item (2. was a task, naming nobody)
_NOTE_LINE = re.compile(r"[ \t\u3000]*(?:备\s*注|注)\s*[：:]")


@dataclass(slots=True)
class _BlockCut:
    """What ``build_blocks`` carries from one line to the next: the blocks opened so far, the numbers
    that may come next, and how the line before ended."""

    text: str
    lines: list[tuple[int, str]]
    nonempty: list[int]  # indexes into ``lines`` of the lines with text
    blocks: list[Block] = field(default_factory=list)
    seq: _Sequence = field(default_factory=_Sequence)
    prev_closed: bool = True  # the previous non-empty line ended a sentence
    untitled: bool = False  # 专栏1 / 第二章 alone on its line (a centred PDF heading): its title is on the next


def build_blocks(text: str, start: int, end: int) -> list[Block]:
    """Blocks of ``text[start:end]`` in document order (see the module docstring)."""
    lines = _lines(text, start, end)
    cut = _BlockCut(text, lines, [i for i, (_, ln) in enumerate(lines) if ln.strip()])
    for k, i in enumerate(cut.nonempty):
        off, ln = lines[i]
        stripped = ln.strip(" \t\u3000")
        lead = off + (len(ln) - len(ln.lstrip(" \t\u3000")))
        mk = match_line_start(ln, off)
        if cut.untitled:
            cut.untitled = False
            if mk is None and _title_taken(cut, off, ln, stripped):
                continue
        if mk is not None and mk.style in _TITLED_STYLES and _TOC_ENTRY.search(stripped):
            mk = None  # 第一章  发展基础……………1: an entry of the table of contents, no heading
        if mk is not None and (mk.style in _TITLED_STYLES or mk.style == "article") and not text[mk.body : off + len(ln)].strip():
            cut.untitled = True
        scan_from = _open_line(cut, k, off, ln, stripped, lead, mk)
        if scan_from is None:
            continue
        _open_inline(cut, off, ln, lead, mk, scan_from)
        cut.prev_closed = _line_closed(cut, k, stripped, lead, mk)
    _trim_ends(text, cut.blocks)
    _outline_tops(text, cut.blocks)
    return cut.blocks


def _open_block(blocks: list[Block], b: Block, line_start: int | None = None) -> None:
    """Append ``b``, ending the block before it where ``b`` starts (or where its line does)."""
    if blocks:
        blocks[-1].end = b.start if line_start is None else line_start
    blocks.append(b)


def _heading_only(text: str, b: Block) -> bool:
    """An unnumbered heading, or a numbered block whose body is a title, not a sentence."""
    body = text[b.body : b.end].strip()
    return b.style == "plain" or (b.style != "para" and len(body) <= HEADING_MAX and "。" not in body)


def _title_taken(cut: _BlockCut, off: int, ln: str, stripped: str) -> bool:
    """The line after 专栏1 / 第二章 alone on its line, without a marker: when it is the block's title
    (第五条 alone on its line: the article's text is the next line, whatever it is) the block takes it."""
    blocks = cut.blocks
    if _is_heading_line(stripped) or blocks[-1].style == "article":
        blocks[-1].end = off + len(ln)
        if blocks[-1].style == "article" and not _is_heading_line(stripped):
            cut.prev_closed = stripped[-1:] in LINE_END_CLOSED  # (a text running on, as any line's)
        return True
    return False


def _open_line(cut: _BlockCut, k: int, off: int, ln: str, stripped: str, lead: int, mk: Marker | None) -> int | None:
    """Open the block the line starts (an attachment, a 【heading】, a numbered item, an unnumbered
    heading or a paragraph) or carry the block before on; where to look for markers inside the line,
    None when the line is done (an attachment's line, a list of attachments going on)."""
    text, lines, nonempty, blocks = cut.text, cut.lines, cut.nonempty, cut.blocks
    scan_from = lead
    closing = False
    bh = BRACKET_HEADING.match(stripped) if stripped.startswith("【") else None
    if bh and _LABEL_WORD.search(bh.group("title")):
        bh = None
    if mk is not None and blocks and blocks[-1].style == "attach" and _ATTACHMENT_ITEM.match(stripped) and (
        _ATTACHMENT_LIST.search(text, blocks[-1].start, blocks[-1].end)
    ):
        # 附件：1.XX实施方案 / 2.XX任务清单: the list of attachments goes on, no item opens
        blocks[-1].end = off + len(ln)
        return None
    if mk is None and stripped.startswith("附") and ATTACHMENT_LINE.match(stripped):
        # 附件 / 附件2：… : what follows is another document; its numbering starts afresh
        _open_block(blocks, Block(lead, lead, off + len(ln), "attach"), off)
        cut.seq = _Sequence()
        cut.prev_closed = True
        return None
    if bh is not None and mk is None:
        _open_block(blocks, Block(lead, lead + 1, off + len(ln), "bracket"), off)
        scan_from = off + len(ln)
    elif mk is not None:
        cut.seq.accept(mk)
        _open_block(blocks, Block(mk.start, mk.body, off + len(ln), mk.style, mk.number, mk.value), off)
        scan_from = mk.body
    elif cut.prev_closed and "\t" not in stripped and (
        (_is_heading_line(stripped) and (CHAPTER_WORDS.match(stripped) or _next_opens_first_item(lines, nonempty, k)))
        or (_UNIT_LINE.match(stripped) and (_next_opens_item(lines, nonempty, k) or _next_opens_duty(lines, nonempty, k)))
    ):  # (a tab-separated line is a table's row, its header over row 1 included: no heading)
        vocab = bool(CHAPTER_WORDS.match(stripped))
        unit = not vocab and (_UNIT_LINE.match(stripped) is not None or _BARE_UNIT_LINE.match(stripped) is not None)
        _open_block(blocks, Block(lead, lead, off + len(ln), "plain", vocab=vocab, unit=unit), off)
    elif not blocks or (
        cut.prev_closed and not _continues(stripped) and (
            blocks[-1].style == "para" or _heading_only(text, blocks[-1]) or _CLOSING_LINE.match(stripped) is not None
            or _PHASE_LINE.match(stripped) is not None or DEMANDS_LEAD_IN.match(stripped) is not None
            or (closing := blocks[-1].number != "" and _after_clause(lines, nonempty, k, stripped))
        )
    ):
        _open_block(blocks, Block(lead, lead, off + len(ln), "para", closing=closing), off)
    else:
        blocks[-1].end = off + len(ln)
    return scan_from


def _open_inline(cut: _BlockCut, off: int, ln: str, lead: int, mk: Marker | None, scan_from: int) -> None:
    """Open the blocks of the markers inside the line from ``scan_from`` (those continuing the
    numbering, after a stop or a title), then end the last block with the line."""
    text, blocks, seq = cut.text, cut.blocks, cut.seq
    long_line = len(ln) > RUN_TOGETHER
    line_end = off + len(ln)
    run_in = not long_line and _RUN_IN.search(text, scan_from + 2, min(line_end, scan_from + _RUN_IN_HEAD))
    first_in = not long_line and _FIRST_RUN_IN.search(text, scan_from + 2, line_end)
    cands = (
        inline_candidates(text[scan_from:line_end], scan_from)
        if (long_line or run_in or first_in or _CLOSED_THEN_MARKER.search(text, scan_from, line_end)
            or _LABEL_THEN_BARE.search(text, scan_from, line_end))
        and (long_line or not _NOTE_LINE.match(text, scan_from, line_end))  # (备注：1.… 2.…: the notes' numbers)
        else ()
    )
    for cand in cands:
        if cand.start <= scan_from or (blocks and cand.start < blocks[-1].body):
            continue
        if text[cand.start - 1 : cand.start] == "第":
            continue  # （落实《行动方案》第三部分第（一）项）: a reference to another plan's item, no item here
        before = _char_before(text, cand.start, scan_from)
        # 第二章 / 第二条 stand after a stop or a title even in run-together text
        strict = not long_line or cand.style in _WORDED_STYLES
        if long_line and not strict and cand.number[-1:].isdigit() and not _bare_number_ok(text, blocks, cand, before):
            continue  # 实施3大工程 / 打造3张名片: a count in a sentence, not item 3 with its stop lost
        if cand.style in _ENUMERATION_STYLES and (blocks and blocks[-1].style != cand.style) and not (
            run_in and _title_runs_into(text, blocks, cand)
        ):
            continue
        if strict and before not in LINE_END_CLOSED and not (
            ((run_in or (blocks and blocks[-1].start > lead)) and _title_runs_into(text, blocks, cand))
            or _label_runs_into(text, blocks, cand) or (first_in and _first_after_title(text, cand, scan_from))
            or _doc_title_runs_into(text, cand, scan_from) or _after_bare_title(text, blocks, cand, seq)
            or _after_indicator_row(text, cand, scan_from)
        ):
            continue
        if not long_line and before in "：:；;" and mk is not None and STYLE_RANK.get(cand.style, 9) > STYLE_RANK.get(mk.style, 9):
            continue  # 1.推进污水治理：（1）…；（2）…。（责任单位：…）: an enumeration inside the item
        if not seq.expects(cand):
            continue
        seq.accept(cand)
        _open_block(blocks, Block(cand.start, cand.body, off + len(ln), cand.style, cand.number, cand.value))
    if blocks:
        blocks[-1].end = off + len(ln)
        if blocks[-1].number:
            _close_run_in(text, blocks, off + len(ln))


def _line_closed(cut: _BlockCut, k: int, stripped: str, lead: int, mk: Marker | None) -> bool:
    """Whether the line ended what it said, so that the next line may open a paragraph or a heading."""
    text, blocks = cut.text, cut.blocks
    # a closing quote ends a paragraph only after a full stop (…。”)
    tail = stripped.rstrip("”」\"'")
    # …建立问题清单，/ 实行销号管理。: a line ending with a comma goes on, even a short item's;
    # the document's title (XX区2023年城市管理工作要点) ends its line
    return (bool(tail) and tail[-1] in LINE_END_CLOSED and (tail == stripped or tail[-1] in SENTENCE_END)) or (
        # 牵头单位：A　配合单位：B (no stop) / 完善县乡村三级物流体系。建设…: the labels closed the
        # paragraph above, a titled paragraph opens (not 配合单位：… on, nor an unnumbered heading;
        # not an item's fields: 2.开展… / 牵头单位：A / 全面清理…。 is the item's text)
        mk is None and len(blocks) > 1 and blocks[-1].style == blocks[-2].style == "para" and _LABEL_LINE.match(stripped) is not None
        and _next_titled(cut.lines, cut.nonempty, k)
    ) or (
        # 责任单位：A、B / 推进工业园区整治 / 开展…。: the labels closed the item above, and the next item
        # opens with its title alone on its line (set in bold, its number none), its text below it
        # (the title was read into the labels' line, the item's text with it: the labels opened a task)
        mk is None and bool(blocks) and blocks[-1].style == "para" and _LABEL_LINE.match(stripped) is not None
        and _next_bare_title(cut.lines, cut.nonempty, k)
    ) or (
        (_heading_only(text, blocks[-1]) if blocks else True) and tail[-1:] not in "，、,"
    ) or (
        mk is None and blocks[-1].start == lead and len(tail) <= HEADING_MAX and DOCUMENT_TITLE.search(tail) is not None
    ) or (
        # 责任单位：A、B (the labels end with no stop) and on the next line the plan's closing words
        # to all units (各单位要于…前报送…): a paragraph of their own, not more of the list
        # (or a schedule's label after them: 时间进度：第三季度 / 完成时限：全年)
        bool(blocks) and blocks[-1].number != "" and (_clause_ends(stripped) or _SCHEDULE_LINE.match(stripped) is not None)
        and (_next_addresses_all(cut.lines, cut.nonempty, k) or _next_oversees_plan(cut.lines, cut.nonempty, k))
    )


def _trim_ends(text: str, blocks: list[Block]) -> None:
    """Trim trailing blanks so spans end on text."""
    for b in blocks:
        while b.end > b.body and text[b.end - 1] in " \t\u3000\r\n-•|":
            b.end -= 1


def _outline_tops(text: str, blocks: list[Block]) -> None:
    """``1. 总则`` / ``1.1 编制目的``: a decimal outline's top written with a stop (an arabic item
    by its marker) is the outline's first level, where ``1　总则`` stands (was an item beside
    the ``1.1`` sections, each chapter's title an item under the last section before it); so is
    a title line numbering on from such a top (``5. 附则`` after ``4. 后期处置`` / ``4.1 …``)."""
    nxt = None  # the next numbered block after each one, found from the end
    tops = False
    for b in reversed(blocks):
        if b.style == "para":
            continue
        if (
            b.style == "arabic" and nxt is not None and nxt.style == "dec2" and nxt.number.startswith(b.number[:-1])
            and nxt.number[len(b.number) - 1] in ".．" and _title_line(text, b)
        ):
            b.style, b.number, tops = "dec1", b.number.rstrip(".．、"), True
        nxt = b
    if not tops:
        return
    last = 0  # the value of the last top
    for b in blocks:
        if b.style == "arabic" and b.value == last + 1 and _title_line(text, b):
            b.style, b.number = "dec1", b.number.rstrip(".．、")
        if b.style == "dec1":
            last = b.value


def _title_line(text: str, b: Block) -> bool:
    body = text[b.body : b.end]
    return len(body.strip()) <= HEADING_MAX and "。" not in body


# the end of a clause left without its stop: …等按职责分工6加快… / …区财政局6加快…
# (…配合单位：县级各部门2推进… / …各有关单位3加强…: a collective's 部门 / 单位 ends it too)
_CLAUSE_TAIL = re.compile(r"(?:分工|负责|落实|配合|参与|牵头|部门|单位|[局委办部院厅室心司府会队所站社署处校])[ \t\u3000]*$")


def _bare_number_ok(text: str, blocks: list[Block], cand: Marker, before: str) -> bool:
    """Whether a number without its stop (OCR's 6加快…) may open an item in run-together text:
    after a sentence's or a clause's end, a blank, or a heading's short title ((二)蓝天3加快…);
    实施3大工程 / 打造3张名片 are counts."""
    if before in LINE_END_CLOSED or text[cand.start - 1] in " \t\u3000":
        return True
    if _CLAUSE_TAIL.search(text, max(0, cand.start - 6), cand.start):
        return True
    b = blocks[-1] if blocks else None
    return (
        b is not None and STYLE_RANK.get(b.style, 9) < STYLE_RANK["arabic"] and cand.start - b.body <= HEADING_MAX
        and not any(ch in SENTENCE_END for ch in text[b.body : cand.start])
    )


def _after_bare_title(text: str, blocks: list[Block], cand: Marker, seq: _Sequence) -> bool:
    """Whether ``cand`` opens the next entry right after a bare title (a 专栏's projects flattened
    onto one line: 1.新汴河流域综合治理工程 2.城镇污水处理提质增效工程第五章 保障措施): the entry
    before has no stop, and ``cand`` is the very next number of its own style — 第五章 after
    第四章, blank or none before it (the cleaner takes a blank between two characters out), or
    2. after 1. with a blank before it. A reference in a sentence (依照《条例》第五章) follows text
    with a stop or breaks the sequence."""
    if not blocks or blocks[-1].style == "para":
        return False
    worded = cand.style in ("chapter", "section")
    if not worded and not (
        cand.style == blocks[-1].style == "arabic" and cand.number[-1:] in ".．" and text[cand.start - 1] in " \t\u3000"
    ):
        return False
    last = seq.last.get(cand.style)
    if last is None or cand.value != abs(last) + 1:
        return False
    gap = text[blocks[-1].body : cand.start]
    return len(gap.strip()) <= HEADING_MAX and not any(ch in gap for ch in "。；;，,：:")


# an indicator table's row ends on its attribute column (…空气质量优良天数比例（%） 98.6 ≥98 约束性)
_INDICATOR_ROW_END = re.compile(r"(?:约束性|预期性|引导性|约束|预期)[ \t\u3000]*$")


def _after_indicator_row(text: str, cand: Marker, floor: int) -> bool:
    """Whether a worded ``cand`` (第三章 / 第一节) follows an indicator table's last row in a
    规划 flattened onto one line (…≥98 约束性第三章 重点任务): the row's attribute ends it as a
    stop would; the caller checks the sequence, so 第三章 stands only where chapter 3 is due."""
    return cand.style in ("chapter", "section") and _INDICATOR_ROW_END.search(text, max(floor, cand.start - 8), cand.start) is not None


def _char_before(text: str, pos: int, floor: int) -> str:
    """The last character before ``pos`` that is not a blank (…落实。 2.推进…: paragraphs
    joined with spaces keep the stop before the space)."""
    i = pos - 1
    while i > floor and text[i] in " \t\u3000":
        i -= 1
    return text[i]


# a clause label's word (责任单位 / 牵头处室 / 完成时限): its value, an agency list or a date,
# ends without a stop, and the next item may follow it with the line break lost
_LABEL_VALUE_WORD = re.compile(_LABEL_WORD.pattern + r"|(?:牵头|责任|配合)(?:处室|科室)|牵头|配合|(?P<person>责任人|联系人|牵头人|负责人)")
_LABEL_VALUE_MAX = 200
# the people a 责任人：/ 联系人： label names (王立新 / 张三、李四 / 王立新同志): 2-4 characters each
_PERSONS = re.compile(r"[：:][ \t\u3000]*[\u4e00-\u9fff]{2,4}(?:同志)?(?:[、，,][\u4e00-\u9fff]{2,4}(?:同志)?)*[ \t\u3000]*")


def _label_runs_into(text: str, blocks: list[Block], cand: Marker) -> bool:
    """Whether ``cand`` follows a clause label's value with the break lost (…责任单位：市水利局
    （二）加强… / 【完成时限】2023年12月底2.推行…): a label in the current item, and no stop
    between it and the number. An arabic number without its stop only after names alone (…配合单位：
    县级各部门2推进…, the stop lost with the break); the caller checks the sequence."""
    bare = cand.style == "arabic" and cand.number[-1] not in ".．、"
    if not blocks or blocks[-1].style in ("para", "plain"):
        return False
    lo = max(blocks[-1].body, cand.start - _LABEL_VALUE_MAX)
    last = None
    for last in _LABEL_VALUE_WORD.finditer(text, lo, cand.start):
        pass
    if last is None:
        return False
    value = text[last.end() : cand.start]
    if last.group("person"):
        # …；责任人：王立新（2）用好…: the item's last field names its people, the next item runs on
        return not bare and _PERSONS.fullmatch(value) is not None
    if any(ch in "。！？!?" for ch in value):
        return False
    # 责任单位：A（牵头）；B、C（2）推进…: the value goes on past a semicolon with names only
    k = max(value.rfind("；"), value.rfind(";"))
    if bare:
        names = value[k + 1 :].lstrip("：: \t\u3000】]")
        return bool(names) and _names_only(names) and _CLAUSE_TAIL.search(names) is not None
    return k < 0 or _names_only(value[k + 1 :])


def _names_only(s: str) -> bool:
    """Whether ``s`` is a list of agency names and nothing else."""
    pieces = [p for p in re.split(r"[、，,]", s) if p.strip()]
    return bool(pieces) and all(looks_like_unit(p) for p in pieces)


def _title_runs_into(text: str, blocks: list[Block], cand: Marker) -> bool:
    """Whether ``cand`` opens the first item under a title it follows without a break: the
    current block is a heading whose title so far is short and has no stop (一、重点任务1.…;
    a comma may join its two halves: （二）加强区域协同治理，深入打好蓝天提升攻坚战8.…),
    or the document's title (…工作要点一、…). Only a first number, or an item number with its
    stop or brackets (numbering that runs on across sections: （二）加强生态保护修复9.…,
    二、深化移动源污染治理（三）加快…), counts; a heading opened inside the line (…）二、深化…
    in a plan flattened onto one line) is followed so too; the caller
    checks the sequence (（一）推进1、2号线 / 2.5微克 are no candidates at all)."""
    if not blocks or cand.style not in ("cn_dun", "cn_paren", "arabic", "arabic_paren") + _WORDED_STYLES:
        return False
    if cand.value != 1 and cand.style not in ("arabic", "article", "cn_paren", "arabic_paren"):
        return False  # articles run on across chapters (第二章 职责分工第三条…), and so do （三） / 9.
    if cand.style == "arabic" and cand.number[-1] not in ".．、" and not (
        cand.number[-1] in ",，" and text[cand.start - 1] in " \t\u3000"
    ):
        return False  # (…岸线清理整治 3,全面清理…: OCR's comma for the stop, a blank before the number)
    b = blocks[-1]
    title = text[b.body : cand.start].rstrip(" \t\u3000")
    if not (2 <= len(title) <= HEADING_MAX) or any(ch in SENTENCE_END or ch == "\n" for ch in title):
        return False
    if b.style in ("para", "plain"):
        return cand.style in ("cn_dun",) + _WORDED_STYLES and DOCUMENT_TITLE.search(title) is not None
    # (专栏3 水环境治理重点工程 1.…: a box's projects, of any style, stand under its title)
    return STYLE_RANK.get(cand.style, 9) > STYLE_RANK.get(b.style, 9) or (b.style == "box" and cand.style not in _WORDED_STYLES)


def _doc_title_runs_into(text: str, cand: Marker, floor: int) -> bool:
    """Whether ``cand`` is the first chapter 一、 right after the document's title in the middle
    of a line (a page flattened onto one line: …2024年2月2日海淀区2024年…工作要点一、工作任务…;
    a 规划's 第一章 so: …生态环境保护规划第一章 规划基础第一节…)."""
    if cand.style not in ("cn_dun", "chapter") or cand.value != 1:
        return False
    before = text[max(floor, cand.start - HEADING_MAX - 12) : cand.start].rstrip(" \t\u3000")
    # (…攻坚行动方案 - 百度文库 一、重点任务: the page's title with the site's name after it)
    if DOCUMENT_TITLE.search(before) is not None or DOCUMENT_TITLE.search(_SITE_SUFFIX.sub("", before)) is not None:
        return True
    # (…工作要点南府办〔2020〕11号一、…: its 文号 between, a window the number's length wider)
    return TITLE_AND_NUMBER.search(text, max(floor, cand.start - HEADING_MAX - 40), cand.start) is not None


# a page title's site name: …实施方案 - 百度文库 / …工作要点_豆丁网 / …规划 | 原创力文档
_SITE_SUFFIX = re.compile(r"[ \t\u3000]*[-_—|｜][ \t\u3000]*[\u4e00-\u9fffA-Za-z0-9]{2,8}$")


# A heading's title run into its first item in the middle of a line, after the paragraph before
# it (…现制定如下实施方案。主要任务加快推动绿色低碳发展，实现减污降碳协同增效1.大力推进…: a
# scraper or OCR lost the breaks around an unnumbered heading): item 1 with its stop, a title of
# 2-40 characters without a stop between it and the last sentence's end.
# (the 1 first, the look-behind over it and the two characters before: a pattern opening with a
# literal lets the engine skip in C to the next 1, a look-ahead first is tried at every position)
_FIRST_RUN_IN = re.compile(r"1(?<=[^\n\d.．。！？!?；;：:]{2}1)[.．、](?=[\u4e00-\u9fff])")


def _first_after_title(text: str, cand: Marker, floor: int) -> bool:
    if cand.style != "arabic" or cand.value != 1 or cand.number[-1:] not in (".", "．", "、"):
        return False
    i = cand.start - 1
    lo = max(floor, cand.start - HEADING_MAX - 1)
    while i >= lo and text[i] not in LINE_END_CLOSED and text[i] != "\n":
        i -= 1
    return i >= lo and text[i] in SENTENCE_END and cand.start - i - 1 >= 2


# an item's line ending in its units (…。（市统计局负责） / 责任单位：县财政局 / …。A、B负责。): the item is closed
_CLAUSE_LAST = re.compile(
    r"(?:[（(〔][^（）()〔〕]{2,80}?(?:牵头|负责|配合|协助|指导|单位|部门|科室|处室|股室)[）)〕]"
    r"|^[^：:]{0,6}(?:单位|部门|科室|处室|股室)[ \t\u3000]*[：:][^。；;]{2,80}"
    # 牵头单位：A；责任单位：B、C / …。责任单位：A / …。牵头单位：A责任单位：B / 牵头单位：A　责任单位：B:
    # the last of the line's labels, after the item's sentence or the label before it
    r"|[。；;][^。；;\n]{0,60}?(?:单位|部门|科室|处室|股室)[ \t\u3000]*[：:][^。；;：:]{2,80}"
    r"|(?:^[^：:]{0,6}|[ \t\u3000][^：:。；;\s]{0,6})(?:单位|部门)[：:][^。；;：:\s]{2,40}[ \t\u3000]+[^：:。；;\s]{0,6}(?:单位|部门)[：:][^。；;：:]{2,80}"
    r"|[ \t\u3000][^：:。；;\s]{0,6}(?:单位|部门)[：:][^。；;：:\s]{2,80}"
    r"|[局委办部院厅室心府会队所站][，、]?(?:共同|分别)?(?:负责|牵头|配合)(?:实施|落实)?。"
    # （责任单位：区市场监管局） / （牵头部门：经济发展局；协同部门：…） / 〔牵头单位：A；责任单位：B〕:
    # the labels in brackets
    r"|[（(〔][^（）()〔〕：:]{0,6}(?:单位|部门|科室|处室)[：:][^〔〕]{2,80}[）)〕])[ \t\u3000]*$"
)
# （州卫生健康委，州医保局、州财政局）: the item's units in brackets, names only
_UNITS_LAST = re.compile(r"[（(]([^（）()]{2,80})[）)][ \t\u3000]*$")


_ASSIGNING = re.compile(r"会同|牵头|负责|配合")
# the plan's coordinating office saying how it will oversee the plan (市质量强市工作领导小组办公室将适时对
# 工作要点落实情况开展督查 / 县创建工作指挥部办公室将定期通报各单位工作进展): after the last item that
# named its units, the plan's closing supervision, no more of that item (was kept in its text)
_PLAN_OVERSEER = re.compile(
    r"[^，,。；;：:\n（(]{0,30}?(?:领导小组|指挥部|委员会|联席会议)?(?:办公室|督查室|考核办"
    # the office of a 河长制 / 林长制 / 环委会 system written short (镇河长办每季度对各村…进行考评 / 县环委办将…)
    r"|(?:河长|湖长|河湖长|林长|田长|环委|攻坚)办)"
    r"(?:将|要|适时|定期|不定期|每(?:月|季度|半年|年))[^。；;\n]{0,40}?(?:督查|督导|督办|考核|考评|检查|通报|评估)"
)
# the plan's closing words addressed to all its units (各地各有关部门要… / 各牵头单位要于每季度末… /
# 各部门（中心）要… / 各地区、各部门要…): after an item that named its units, no more of it (the
# pattern is the line joiner's too: such words are never a list's wrapped rest)
_ADDRESSING_ALL = ADDRESSING_ALL


# … or to named units (县应急管理局、各乡镇要加强值班值守，及时报送汛情信息): what they are to do
# over the whole plan, no more of the last item (it was its text, and a clause after it on the next
# line, 县委督查室要会同…, split the item into one more task titled by it)
_UNITS_TOLD = re.compile(r"[^，,。；;：:\n（(]{1,40}?[局委办院室心府镇乡道门位队所站]要")


# …按职责分工负责）各市、各有关部门要…: closing words run into the last item of a line (a plan
# flattened onto one line, or a paragraph break lost: …负责）  各市…)
_ADDRESS_AFTER_BRACKET = re.compile(r"[）)][ \t\u3000]*(?=" + _ADDRESSING_ALL.pattern + ")")


def _close_run_in(text: str, blocks: list[Block], line_end: int) -> None:
    """The closing words addressed to all units run into the line's last item after its units'
    bracket, or after the last name of its label's list (a plan flattened onto one line): a
    paragraph of their own, as on a line of their own."""
    b = blocks[-1]
    m = None
    for m in _ADDRESS_AFTER_BRACKET.finditer(text, b.body, line_end):
        pass
    if m is not None and _clause_ends(text[b.body : m.start() + 1]):
        at = m.end()
    elif (at := _address_after_list(text, b.body, line_end)) is None:
        return
    b.end = at
    blocks.append(Block(at, at, line_end, "para", closing=True))


# …责任单位：市教育局、各区人民政府各区、各部门要按照… / …责任单位：区海洋与渔业局各责任单位要明确…: the
# item's last label list, its closing words run on after a whole name (the break between them lost)
_LAST_LIST = re.compile(r"(?:单位|部门)[：:](?P<names>[^。；;：:\n]{2,120})$")
_NAME_LAST = frozenset("局委办院厅府室心会队所站处门位道")


def _address_after_list(text: str, start: int, end: int) -> int | None:
    """Where closing words to all units open inside the last label list of ``text[start:end]``:
    the first 各 right after a name's last character, inside a label's list (no stop between the
    label and it), that opens ADDRESSING_ALL's words; None when there is none."""
    j = text.find("各", max(start, end - 400), end)
    while j > start:
        k = j  # (a wrap's blank may stand between the name and 各)
        while k > start and text[k - 1] in " \t\u3000":
            k -= 1
        if text[k - 1] in _NAME_LAST and _LAST_LIST.search(text, max(start, k - 120), k) and _ADDRESSING_ALL.match(text, j, end):
            return j
        j = text.find("各", j + 1, end)
    return None


def _clause_ends(s: str) -> bool:
    """Whether ``s`` ends with the units of an item (a clause, or names in brackets)."""
    if _CLAUSE_LAST.search(s) is not None:
        return True
    m = _UNITS_LAST.search(s)
    return m is not None and _names_only(m.group(1))


def _after_clause(lines: list[tuple[int, str]], nonempty: list[int], k: int, s: str) -> bool:
    """A paragraph assigning work after an item whose last line names its units: the plan's
    closing words (区交通运输局要会同有关部门加强督导… / after the last item, the coordinating office's
    市…领导小组办公室将适时…开展督查), no more of that item. A label line
    (配合单位：…) goes on, and so does a paragraph that assigns nothing (the item's text)."""
    if k > 0 and _PLAN_OVERSEER.match(s) and not _next_opens_item(lines, nonempty, k):
        # (said after the last item: the plan's closing supervision; before another item, that of
        # the item above, its text)
        return _clause_ends(lines[nonempty[k - 1]][1].strip(" \t\u3000"))
    if k == 0 or _LABEL_LINE.match(s) or s[:1] in "（(【" or (_ASSIGNING.search(s) is None and _ADDRESSING_ALL.match(s) is None and (
        # (A、B要… before the next item: that item's text still, 县财政局要保障物资储备经费。)
        _UNITS_TOLD.match(s) is None or _next_opens_item(lines, nonempty, k)
    )):
        return False
    # (市12345热线办负责督导。 after the item's clause: who supervises that item, the item's own)
    if ("督" in s or "监" in s) and names_only_supervisors(s.strip(" \t\u3000")):
        return False
    # (the item's fields may end with its schedule: 责任单位：… / 时间进度：第三季度)
    prev = lines[nonempty[k - 1]][1].strip(" \t\u3000")
    return _clause_ends(prev) or _SCHEDULE_LINE.match(prev) is not None


def _continues(s: str) -> bool:
    """A line that cannot open a sentence: it starts with punctuation or with a 1-2 character
    fragment before the first stop (``动。全面…`` after a title broken mid-word)."""
    if s[:1] in "。，、；：,.;:）)”》」』":
        return True
    k = min([i for i in (s.find("。"), s.find("，")) if i >= 0], default=-1)
    return 0 < k <= 2 and not (s[k] == "，" and _CONNECTIVE.match(s))


# 为此，/ 同时，/ 此外，: a word that opens a sentence and links it to the one before, no fragment
_CONNECTIVE = re.compile(r"(?:为此|因此|对此|同时|此外|另外|其中|目前|当前|总之|首先|其次|最后)，")


# a paragraph opening with a short title sentence (完善县乡村三级物流体系。…)
# a title alone on its line: 4 to 20 characters, no stop nor label (强化工业源治理)
_BARE_TITLE = re.compile(r"[\u4e00-\u9fff“”《》、]{4,20}$")
_TITLED_OPEN = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff“”、]{4,30}。")


def _next_titled(lines, nonempty, k) -> bool:
    """Whether the next non-empty line opens with a short title sentence and no label."""
    if k + 1 >= len(nonempty):
        return False
    ln = lines[nonempty[k + 1]][1]
    return _TITLED_OPEN.match(ln) is not None and not _LABEL_LINE.match(ln.strip(" \t\u3000"))


def _next_bare_title(lines, nonempty, k) -> bool:
    """Whether the next non-empty line is a title alone (no stop, no label, no number) and the line
    after it a sentence of text (neither a title, a label nor an item)."""
    if k + 2 >= len(nonempty):
        return False
    title = lines[nonempty[k + 1]][1].strip(" \t\u3000")
    after = lines[nonempty[k + 2]][1].strip(" \t\u3000")
    return (
        _BARE_TITLE.match(title) is not None and match_line_start(title, 0) is None
        and not _LABEL_LINE.match(after) and not _is_heading_line(after) and match_line_start(after, 0) is None
    )


def _next_oversees_plan(lines, nonempty, k) -> bool:
    """Whether the next non-empty line is the plan's closing supervision (园区生态环境保护委员会办公室将每季度
    对工作要点推进情况进行通报。) after the last item: no line after it opens an item."""
    return (
        k + 1 < len(nonempty) and _PLAN_OVERSEER.match(lines[nonempty[k + 1]][1].strip(" \t\u3000")) is not None
        and not _next_opens_item(lines, nonempty, k + 1)
    )


def _next_addresses_all(lines, nonempty, k) -> bool:
    """Whether the next non-empty line opens with words addressed to all units (各单位要…)."""
    return k + 1 < len(nonempty) and _ADDRESSING_ALL.match(lines[nonempty[k + 1]][1].strip(" \t\u3000")) is not None


def _next_opens_item(lines, nonempty, k) -> bool:
    """Whether the next non-empty line opens with an item number (any value)."""
    if k + 1 >= len(nonempty):
        return False
    off, ln = lines[nonempty[k + 1]]
    return match_line_start(ln, off) is not None


# a line opening with a duty, no subject before it (县林业局： / 负责县林长办日常工作…): the line above
# names the unit whose duty it is
_DUTY_LINE = re.compile(r"[ \t\u3000]*(?:主要|具体|统一)?(?:负责|牵头|承担)")


def _next_opens_duty(lines, nonempty, k) -> bool:
    """Whether the next non-empty line opens with a duty's verb (负责… / 牵头… / 承担…)."""
    return k + 1 < len(nonempty) and _DUTY_LINE.match(lines[nonempty[k + 1]][1]) is not None


def _next_opens_first_item(lines, nonempty, k) -> bool:
    k += 1
    while k < len(nonempty) and _LABEL_LINE.match(lines[nonempty[k]][1].strip(" \t\u3000")):
        k += 1  # 提升市容环境品质 / 责任单位：区城管局 / 1.…: the heading's clause stands between
    if k >= len(nonempty):
        return False
    off, ln = lines[nonempty[k]]
    mk = match_line_start(ln, off)
    return mk is not None and mk.value == 1 and mk.style in ("arabic", "arabic_paren", "arabic_rparen", "cn_paren", "circled")
