"""The heading tree: which block sits under which.

Nesting follows the order styles appear in (the usual outline rule): a style already
open closes everything below it; a new style opens one level deeper, except that an
outer style (``一、`` after ``1.``) first closes the inner ones. ``专栏`` boxes scope
their own ``（一）`` items. Unnumbered headings take a level from their context:

* a standard chapter name (主要目标, 主要任务 …) stands where ``一、``/``第一章`` stand;
* any other unnumbered heading followed by first items (``1.``) and then by a ``（二）``
  is the lost ``（一）``; otherwise it sits just above its items.

>>> from respgraph.structure.blocks import build_blocks
>>> t = "主要任务\\n绿色发展\\n1.甲。\\n（二）蓝天\\n2.乙。"
>>> bl = build_blocks(t, 0, len(t)); assign_levels(bl)
>>> [(b.level, b.style) for b in bl]
[(1, 'plain'), (2, 'plain'), (3, 'arabic'), (2, 'cn_paren'), (3, 'arabic')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from respgraph.grammar.labels import DIRECTIVE_OPENER
from respgraph.records import Heading, Span
from respgraph.structure.blocks import HEADING_MAX, Block
from respgraph.structure.markers import STYLE_RANK

TOP_STYLES = ("part", "chapter", "cn_dun")


def _plain_style(blocks: list[Block], i: int, top: str) -> str:
    b = blocks[i]
    if b.vocab:
        return top
    # find the first numbered block after it; skip its siblings; a following "2" of
    # another style tells which number this heading lost
    j = i + 1
    while j < len(blocks) and blocks[j].style in ("para", "plain"):
        j += 1
    if j >= len(blocks):
        return "plain"
    child = blocks[j].style
    k = j
    while k < len(blocks) and blocks[k].style in (child, "para"):
        k += 1
    if k < len(blocks) and blocks[k].value == 2 and blocks[k].style not in ("para", "plain"):
        style = blocks[k].style
        # …第一节…, [inset title], （一）…, 第二节: the 2 continues a 1 written before the
        # heading, so the heading lost no number (an unnumbered inset box, not a 第一节).
        before = next((blocks[j] for j in range(i - 1, -1, -1) if blocks[j].style == style), None)
        if before is not None and before.value == 1:
            return "plain"
        return style
    return "plain"


def assign_levels(blocks: list[Block]) -> None:
    """Set ``level``, ``parent`` and ``children`` on every block (paragraphs included)."""
    present = {b.style for b in blocks}
    top = next((s for s in TOP_STYLES if s in present), "cn_dun")
    stack: list[tuple[str, int]] = []  # (style, block index)
    closed: dict[int, list[tuple[str, int]]] = {}  # a box's block index -> the stack before it
    for i, b in enumerate(blocks):
        if b.style == "attach":
            # an attachment starts a document of its own: nothing above it is its section
            stack.clear()
            b.parent, b.level = None, 1
            continue
        if b.style == "para":
            if b.closing and stack and stack[-1][1] == i - 1:
                stack.pop()  # …（A负责） / 市统计局要会同…: the item named its units and ended
            b.parent = stack[-1][1] if stack else None
            b.level = len(stack) + 1
        else:
            style = _plain_style(blocks, i, top) if b.style == "plain" else b.style
            box_floor = max((n + 1 for n, (s, _) in enumerate(stack) if s == "box"), default=0)
            pos = next((n for n in range(len(stack) - 1, box_floor - 1, -1) if stack[n][0] == style), None)
            if pos is None and box_floor and style != "plain":
                pos = _after_box(blocks, b, stack, closed.get(stack[box_floor - 1][1], []))
            if style == "plain":
                # 1.… 2.… / 推进垃圾分类 / 1.…: an unnumbered heading over items that start again
                # stands where the items' heading stood, not under the last item
                nxt = next((blocks[j] for j in range(i + 1, len(blocks)) if blocks[j].style not in ("para", "plain")), None)
                pos = None
                # (县生态环境局： over 3.… 4.… after 县水利局： over 1.… 2.…: a unit's line stands
                # beside the one before it, though the numbering runs on)
                if nxt is not None and (nxt.value == 1 or b.unit) and not b.vocab:
                    open_at = next((n for n in range(len(stack) - 1, box_floor - 1, -1) if stack[n][0] == nxt.style), None)
                    if open_at is not None:
                        del stack[open_at:]
                        if len(stack) > box_floor and stack[-1][0] == "plain" and blocks[stack[-1][1]].children:
                            stack.pop()  # …and beside the unnumbered heading of those items
            if pos is not None:
                del stack[pos:]
            else:
                rank = STYLE_RANK.get(style, 9)
                if style in ("part", "chapter", "section") or style in TOP_STYLES:
                    while stack and STYLE_RANK.get(stack[-1][0], 9) >= rank:
                        stack.pop()
                elif style != "box":
                    # (nor an action: 行动一：… / （一）… / （二）…: its items stand under it)
                    while len(stack) > box_floor and STYLE_RANK.get(stack[-1][0], 9) > rank and stack[-1][0] not in ("plain", "action"):
                        stack.pop()
                else:  # a box closes the boxes and items before it, not the section
                    closed[i] = list(stack)  # …which its end opens again (_after_box)
                    while stack and STYLE_RANK.get(stack[-1][0], 9) > STYLE_RANK["section"]:
                        stack.pop()
            b.parent = stack[-1][1] if stack else None
            stack.append((style, i))
            b.level = len(stack)
        if b.parent is not None:
            blocks[b.parent].children.append(i)


def _after_box(blocks: list[Block], b: Block, stack: list[tuple[str, int]], before: list[tuple[str, int]]) -> int | None:
    """Where ``b`` stands when it ends the 专栏 box above it: the box's own items start at 1,
    so an item that numbers on from one the box closed (（二） after （一） and a box of 1. 2.
    projects) is that list's next item, not an item of the box (was: the box ran on over the
    rest of the chapter and its tasks became box projects). Reopens ``before`` (the stack the
    box closed) up to that item and returns its position, else None."""
    outside = next((n for n, (s, _) in enumerate(before) if s == "box"), len(before))  # not into an earlier box
    n = next((n for n in range(outside - 1, -1, -1) if before[n][0] == b.style), None)
    if n is None or b.value < 2 or blocks[before[n][1]].value != b.value - 1:
        return None
    stack[:] = before[: n + 1]
    return n


_WRAP = re.compile(r"^([^\n。；]+)\n\s*(?=[^\s。；，]{1,2}[。；，])")


# … and a remark on who answers for the section (（各乡镇（街道）为责任主体，下同） / （以下均同）): kept
# as the marker its items inherit from (clauses.find_inherit_markers), no part of the title
_TITLE_CLAUSE = re.compile(
    r"[（(〔【]\s*(?:[^（）()\n]{0,40}?(?:牵头|责任|配合|协助|协办|参与|主办|主责)\s*(?:单位|部门)|[^（）()\n，。]{2,40}?(?:牵头|负责)\s*[，,）)]"
    r"|(?:[^（）()\n]|[（(][^（）()\n]{1,10}[）)]){2,40}?为\s*(?:责任|实施)\s*主\s*体|[^（）()\n]{0,40}?(?:以下均同|下\s*同)\s*[）)])"
)


# a meeting's directive after a comma (一、会议听取了A关于…的汇报，会议要求，A要…): the item's title is
# what the meeting heard, the directive no part of it
_COMMA_DIRECTIVE = re.compile(r"[，,]\s*" + DIRECTIVE_OPENER)


LEAD_MAX = 30
_NO_LEAD_STYLES = ("attach", "plain", "para", "bracket")  # 附件：XX方案 is titled by the whole line
# a label ends before the colon (牵头单位：…): what follows is no title's text
_LABEL_END = re.compile(r"(?:单位|部门|领导|时限|时间)\s*$")
# the name of an item's field opening it (整改措施：… / 问题描述：…): what follows is the title
_FIELD_NAME = re.compile(r"\s*(?:(?:整改|具体|主要)\s*(?:措施|目标|要求|内容|举措)|问题描述|存在问题|反馈问题)\s*")


_FIELD_NAME_END = re.compile(r"(?<=[题况])" + _FIELD_NAME.pattern + "$")


def _join_title_wrap(body: str) -> str:
    """``扎实开展…整治行\n\n动。全面…``: a title broken one or two characters before its stop
    (a PDF wrap, blank line included) is joined so the title is whole."""
    m = _WRAP.match(body)
    return body if m is None else m.group(1) + body[m.end() :]


def heading_title(text: str, b: Block) -> str:
    """The title of a heading or item: its first sentence (``1.加强组织领导。…`` -> 加强组织领导)."""
    return _title(text[b.body : b.end], b.style)


# Every task asks for the titles of all the headings above it (section path, campaign):
# the same few dozen headings are read thousands of times per plan.
@lru_cache(maxsize=2048)
def _title(body: str, style: str) -> str:
    body = _join_title_wrap(body.strip())
    nl = body.find("\n")
    if 0 < nl and "。" not in body[:nl] and (body[nl - 1] in "，、," or body.count("《", 0, nl) > body.count("》", 0, nl)):
        # …建立问题清单，\n实行销号管理。 / 落实《XX行动计划\n》要求。: a line broken inside a sentence
        body = body[:nl] + body[nl + 1 :].lstrip()
    clause = _TITLE_CLAUSE.search(body)
    if clause and clause.start() > 0:
        body = body[: clause.start()]  # 市容秩序整治（牵头单位：市城管局；…）: the clause is no title
    for stop in ("。", "；", "\n"):
        k = body.find(stop)
        if 0 < k:
            body = body[:k]
    if (d := _COMMA_DIRECTIVE.search(body)) is not None and d.start() > 0:
        body = body[: d.start()]
    k = body.find("：")
    if 2 <= k <= LEAD_MAX and style not in _NO_LEAD_STYLES and _FIELD_NAME.fullmatch(body, 0, k) and body[k + 1 :].strip():
        body = body[k + 1 :]  # 1．整改措施：完善…: the field's name is no title, what it says is
    elif 2 <= k <= LEAD_MAX and style not in _NO_LEAD_STYLES and not _LABEL_END.search(body, 0, k) and not _bracket_open(body, k):
        # 1.加强市容环境整治：全面清理…: the words before the colon are the title (not a colon inside a
        # bracket: 实施VOCs治理（对应《规划》任务：第三章第三节） was titled 实施VOCs治理（对应《规划》任务)
        body = body[:k]
        if (f := _FIELD_NAME_END.search(body)) is not None and f.start() >= 2:
            # （一）…的问题整改目标：2024年底前…: a problem's first field run onto its title (a copy run
            # together onto one line) is no part of the title
            body = body[: f.start()]
    if style == "bracket":
        body = body.rstrip().rstrip("】")
    return "".join(body.split())[:200]


def _bracket_open(s: str, k: int) -> bool:
    """Whether position ``k`` of ``s`` stands inside a bracket opened before it."""
    return s.count("（", 0, k) + s.count("(", 0, k) > s.count("）", 0, k) + s.count(")", 0, k)


# styles whose blocks head what follows them, whatever stands under them
HEADING_STYLES = ("part", "chapter", "section", "box", "plain", "bracket")


def is_heading(text: str, blocks: list[Block], i: int) -> bool:
    """A block is a heading when other blocks sit under it, or it is a bare title line."""
    b = blocks[i]
    if b.style == "para":
        return False
    if any(blocks[c].style != "para" for c in b.children) or b.style in HEADING_STYLES:
        return True
    body = text[b.body : b.end].strip()
    return len(body) <= HEADING_MAX and "。" not in body


def headings(text: str, blocks: list[Block], first: int = 0) -> list[Heading]:
    """Heading records of ``blocks[first:]``."""
    return [
        Heading(level=b.level, number=b.number, title=heading_title(text, b), span=Span(b.start, b.end))
        for i, b in enumerate(blocks)
        if i >= first and is_heading(text, blocks, i)
    ]


def section_path(text: str, blocks: list[Block], i: int) -> list[int]:
    """Indices of the headings above block ``i``, top first."""
    out = []
    p = blocks[i].parent
    while p is not None:
        out.append(p)
        p = blocks[p].parent
    return out[::-1]
