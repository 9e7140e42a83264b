"""Which block a clause belongs to, and which blocks of a plan with clauses are tasks: the
``ItemRules`` of ``TaskBuilder``.

The fields or text paragraphs that close an item (``_fields_of_item``, ``_fields_of_list``,
``_text_of_item``), a note naming the items above it (``_closing_note``: ``（以上项目由A牵头）``),
a label line or a heading holding only its clause over items (``_label_under_heading``,
``_clause_only_heading``, ``_clause_over_paragraphs``, ``_leads_responsible_items``), and the
chapters and top-level items without a clause that are tasks all the same
(``_task_chapters_after``, ``_items_between``, ``_item``, ``_names_no_work``).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from respgraph.grammar.clauses import fields_only
from respgraph.records import Clause, Mention
from respgraph.structure.blocks import _CLOSING_LINE, Block
from respgraph.structure.headings import HEADING_STYLES
from respgraph.structure.markers import STYLE_RANK
from respgraph.structure.task_rules import (
    _AWARENESS, _CHAPTER_STYLES, CJK, NOT_ITEMS, NOT_TASK_TITLE, OTHER_MATTERS, BACKGROUND, SAFEGUARD, names_no_work_title,
    without_areas, names_no_work_of_assessment,
)

# a report's chapters before its plan (一、2024年工作开展情况 / 二、存在的问题 / 三、2025年工作计划):
# what was done or found, no work
_REPORTED_CHAPTER = re.compile(r"情况|问题|做法|经验|总结|不足|成绩|回顾")
# 责任单位：A、B / 牵头单位：A；配合单位：B: a label line (in a 专栏, after its projects)
_BOX_LABEL = re.compile(r"[ \t\u3000]*[（(]?[ \t\u3000]*(?:责任|牵头|实施|主责|主办)(?:单位|部门)[ \t\u3000]*[：:]")
# a note after a heading's items naming them all: （以上项目由… / 上述任务均由…
_ABOVE_ALL = re.compile(r"[ \t\u3000]*[（(]?[ \t\u3000]*(?:以上|上述)(?:各项|所列|\d+个)?(?:项目|工程|任务|工作|事项|措施)")
# its counterpart before them, the section naming itself: 本节任务由A牵头，B配合 / 本部分任务由… /
# 本章各项工作由… (not 本项工作由A牵头 over an item's 1. 2.: the item is the task, its measures its text)
_SECTION_ALL = re.compile(r"[ \t\u3000]*[（(]?[ \t\u3000]*本(?:章|节|部分|篇)(?:各项|所列)?(?:重点)?(?:项目|工程|任务|工作|事项|措施)")



# 整改措施： closing an item's fields, its measures listed after it (1．… / 2．…): the label alone
# between the fields' clause and the list (not 主要措施： / 工作措施：, which may open a section's
# items under its 牵头单位 line: those stay the items' tasks, the heading's clause theirs)
_MEASURES_LABEL = re.compile(r"[\s\u3000]*(?:整改|具体)(?:措施|举措)[\s\u3000]*[：:][\s\u3000]*")
# ...closing the item's text before its list (…改造。整改措施：1.…): the list is the item's measures
_MEASURES_LABEL_END = re.compile(r"(?:整改|具体)(?:措施|举措)[\s\u3000]*[：:][\s\u3000]*$")

# 一、关于春季农业生产工作: a matter of minutes (or of a notice), its paragraphs its text
_MATTER = re.compile(r"关于[^，。；]{2,40}$")

class ItemRules:
    """Mixin of ``TaskBuilder`` (its text, blocks, duty_starts, subtree …)."""

    def _fields_of_item(self, k: int, c: Clause, para_with_clause: set[int]) -> int | None:
        """The numbered item whose fields paragraph ``k`` is, else None: a paragraph of fields
        only (【牵头省领导】…/【牵头单位】…/【完成时限】…) closing paragraphs without a clause under
        an item (（一）关于“…”问题 / 整改目标：… / 整改措施：…): the paragraphs are the item's text
        and the fields its clause (the fields alone were the task, the rest dropped)."""
        b = self.blocks[k]
        if b.style != "para" or b.parent is None or c.span.start in self.duty_starts:
            return None
        p = self.blocks[b.parent]
        if p.style in NOT_ITEMS:
            return None
        if any(self.blocks[j].style != "para" or (j != k and j in para_with_clause) for j in p.children):
            return None
        return b.parent if fields_only(self.text, b.start, c.span.start) else None

    def _fields_over_measures(self, k: int, c: Clause, with_clause: set[int]) -> int | None:
        """The item whose fields paragraph ``k`` is when the item's measures follow the fields, else
        None: （一）…问题 / 整改目标：… / 整改时限：…\n牵头单位：A\n责任单位：B / 整改措施：1．… 2．…
        (a 督察 整改方案's problem, its fields before the list of its measures, the list opened by the
        措施 label closing the fields' paragraph). The measures are the item's text, A leads the item
        (the item was taken for a heading: the fields a paragraph task titled 整改时限, the measures
        tasks naming nobody). Only when no measure names a unit of its own and nothing but
        paragraphs without a clause stands before the fields."""
        b = self.blocks[k]
        if b.style != "para" or b.parent is None or c.span.start in self.duty_starts:
            return None
        p = self.blocks[b.parent]
        if p.style in NOT_ITEMS or p.style == "para":
            return None
        at = p.children.index(k)
        before, after = p.children[:at], p.children[at + 1 :]
        if not after or any(self.blocks[j].style != "para" or j in with_clause for j in before):
            return None
        if any(self.blocks[j].style in ("para", "plain") or j in with_clause or self.blocks[j].children for j in after):
            return None
        if not _MEASURES_LABEL.fullmatch(self.text, c.span.end, self.blocks[after[0]].start):
            return None
        return b.parent if fields_only(self.text, b.start, c.span.start) else None

    def _fields_of_list(self, k: int, c: Clause, with_clause: set[int]) -> int | None:
        """The item whose fields close its list of measures in block ``k``, else None.

        问题1：…。整改目标：…。整改措施：/ 1．… / 2．… / 3．…\n责任领导：…\n牵头单位：A\n…: the
        measures are the list of the item's 整改措施, and the field lines after the last one
        are the item's (they were the last measure's; the others had no unit). Only when the
        item is a problem (问题1：), its text opens the list with a colon or it stands below a
        heading over two measures or more (1.加强… / （1）… / （2）… / 牵头单位：A), the fields stand on
        lines of their own after the measure's text, and no other measure has a clause; or the
        list is of two ①②-parts or more, and the clause closes the last (on its line or not); or
        the measures stand on the item's own line and the clause closes it."""
        b = self.blocks[k]
        if b.style == "para" or b.parent is None or c.span.start in self.duty_starts:
            return None
        p = self.blocks[b.parent]
        if p.style in NOT_ITEMS or p.children[-1] != k:
            return None
        # the list opens after a colon (整改措施：) in the item's text or a line of its own
        parts = [j for j in p.children if self.blocks[j].style != "para"]
        circled = b.style == "circled" and len(parts) >= 2 and all(self.blocks[j].style == "circled" for j in parts)
        first = parts[0]
        lead_in = self.text[p.body : self.blocks[first].start]
        if parts == [k] and k not in self._several and "\n" not in lead_in and lead_in.rstrip().endswith(("。", "：", ":")) and (
            self._closes_block(b, c) and not any(j != k and j in with_clause for j in p.children) and b.parent not in with_clause
        ):
            # 2.推进政务数据共享。（1）建设…；（2）推进…。（牵头单位：A）: measures written on the
            # item's own line after its sentence, the clause closing it, are the item's text (was
            # （1） the task, the item none; a page run onto one line, 一、重点任务1.…, keeps its items)
            return b.parent
        if p.style != "problem" and not circled and not self.text[p.body : self.blocks[first].start].rstrip().endswith(("：", ":")) and (
            p.parent is None or len(parts) < 2
        ):
            # (an item below a heading lists its measures without a colon too: 1.加强… / （1）… /
            # （2）… / 牵头单位：A on lines of their own; a chapter's last section, and a heading over
            # one item, keep their fields where they stand)
            return None
        if any(j != k and j in with_clause for j in p.children) or b.parent in with_clause:
            return None
        if circled and self._closes_block(b, c):
            # 2.加强移动源污染防治。/ ①淘汰…；/ ②加强…。（责任单位：A、B）: ①② are parts of item 2,
            # the clause closing the last part is the item's (① was dropped, ② the task)
            return b.parent
        nl = self.text.find("\n", b.body, c.span.start)
        while nl >= 0 and not fields_only(self.text, nl, c.span.start):
            nl = self.text.find("\n", nl + 1, c.span.start)
        if nl < 0 and "\n" not in self.text[p.start : c.span.start] and _MEASURES_LABEL_END.search(lead_in):
            nl = self._fields_after_stop(b, c)
        return b.parent if nl >= 0 and self.text[b.body : nl].strip() else None

    def _fields_after_stop(self, b: Block, c: Clause) -> int:
        """Where the fields closing the last measure start after its sentence's stop, in an item run
        together onto one line with its 整改措施： list, else -1: a sharing site's copy of a 督察
        整改方案, `（一）…的问题整改目标：…。整改措施：1.开展…。2.实施…。牵头单位：A责任单位：B整改时限：…`
        (on lines of their own the fields stand after a line break; run together, after a stop)."""
        stop = max(self.text.rfind(ch, b.body, c.span.start) for ch in "。；;")
        while stop >= 0 and not fields_only(self.text, stop + 1, c.span.start):
            stop = max(self.text.rfind(ch, b.body, stop) for ch in "。；;")
        return stop + 1 if stop >= 0 else -1

    def _closes_block(self, b: Block, c: Clause) -> bool:
        """Whether clause ``c`` ends block ``b``'s text (nothing but stops after it)."""
        return not self.text[c.span.end : b.end].strip(" \t\u3000\r\n。；;，,")

    def _text_of_item(self, k: int, c: Clause, para_with_clause: set[int]) -> int | None:
        """The item numbered below （一） whose text paragraph ``k`` closes with the item's only
        clause (1.加强施工扬尘管控 / 严格落实…。/ 加强裸土覆盖。…（责任单位：A）: A leads the item,
        both paragraphs its text), else None."""
        b = self.blocks[k]
        if b.style != "para" or b.parent is None or c.span.start in self.duty_starts:
            return None
        p = self.blocks[b.parent]
        if p.style == "section":
            return b.parent if self._section_carried(k, para_with_clause) else None
        if p.style in NOT_ITEMS or p.children[-1] != k or (
            STYLE_RANK.get(p.style, 9) <= STYLE_RANK["cn_paren"] and not _MATTER.match(self.title(b.parent))
        ):
            # (a matter of minutes, 一、关于春季农业生产工作 / 会议听取… / 会议要求：由A牵头…, is one
            # task however high its number: the meeting decided it as a whole)
            return None
        if any(self.blocks[j].style != "para" or (j != k and j in para_with_clause) for j in p.children):
            return None
        return b.parent

    def _section_carried(self, k: int, para_with_clause: set[int]) -> bool:
        """Whether paragraph ``k``, the last below its 第X节 and the only one with a clause, closes
        the section's text as an item's paragraph does (第一节　保护热带雨林生态系统 / 全面落实…。县林业局
        牵头，…配合。): the section is the task, numbered and titled by its heading (it was an
        unnumbered paragraph task titled by its first sentence, while a sibling section naming no
        unit was 第X节). Not paragraph tasks of their own (two titled paragraphs or more), nor a
        section whose title names no work (第一节　指导思想 / 发展基础)."""
        b = self.blocks[k]
        i = b.parent
        p = self.blocks[i]
        # its paragraphs, up to a 专栏 after them (the box's projects are tasks of their own)
        box = next((n for n, j in enumerate(p.children) if self.blocks[j].style == "box"), len(p.children))
        paras, rest = p.children[:box], p.children[box:]
        if not paras or paras[-1] != k or any(self.blocks[j].style != "box" for j in rest) or any(
            self.blocks[j].style != "para" or (j != k and j in para_with_clause) for j in paras
        ):
            return False
        if self._titled_paragraphs(i):
            return False
        title = self.title(i)
        return bool(title) and not (BACKGROUND.search(title) or NOT_TASK_TITLE.search(title) or names_no_work_title(title))

    def _closing_note(self, k: int, clause: Clause, with_clause: AbstractSet[int] = frozenset()) -> int | None:
        """The heading whose items a note after them assigns (（以上项目由市交通运输局牵头，…配合）
        closing a 专栏): a line of block ``k`` (its own paragraph, or a line after the last
        item's first) opening with 以上/上述 (after them also 本部分/本章/本节) + the items' name and holding nothing but ``clause``,
        after two items or more of that heading. In a 专栏 a label line alone after its projects
        (责任单位：A、B) is such a note when no project names a unit of its own (``with_clause``:
        the blocks holding a clause)."""
        blocks, text = self.blocks, self.text
        b = blocks[k]
        line = text.rfind("\n", 0, clause.span.start) + 1
        if b.parent is None or (line <= b.body and b.style != "para"):
            return None
        # 本部分任务由A牵头，B配合 after the items says of them what 以上任务由… says (大连金普新区's
        # 美丽海湾 plan: each chapter's 1. 2. 3. closed so; the items were read as the heading's text)
        at = max(line, b.body)
        label = not (_ABOVE_ALL.match(text, at) or _SECTION_ALL.match(text, at))
        if label and not (_BOX_LABEL.match(text, max(line, b.body)) and self._box_without_units(k, with_clause)):
            return None
        end = text.find("\n", clause.span.end, b.end)
        rest = text[max(line, b.body) : clause.span.start] + text[clause.span.end : b.end if end < 0 else end]
        if len(CJK.findall(rest)) >= 8:
            return None
        p = b.parent if b.style == "para" else k
        if blocks[p].style not in ("plain", "box", "part", "chapter", "section") and not any(blocks[j].style != "para" for j in blocks[p].children):
            if self._titles_paragraphs(p, k):
                return None  # （四）强化金融支持 / …。 / …。 / 以上工作由A牵头: the item's own paragraphs
            p = blocks[p].parent  # the note stands under the last item: the items' heading
        if p is None:
            return None
        items = [j for j in blocks[p].children if j <= k and blocks[j].style not in ("para", "plain")]
        return p if len(items) >= 2 else None

    def _opening_note(self, k: int, clause: Clause) -> int | None:
        """The heading whose items a note before them assigns (第一节　打好蓝天保卫战 / 本节任务由A牵头，
        B配合。 / （一）… （二）…): paragraph ``k``, opening with 本节 / 本章 / 本部分 + the items' name
        and holding nothing but ``clause``, before the heading's first item. The items naming no
        unit are A's (the note was a task of its own, or the heading's text with its items)."""
        blocks, text = self.blocks, self.text
        b = blocks[k]
        if b.style != "para" or b.parent is None or (m := _SECTION_ALL.match(text, b.body)) is None:
            return None
        if not (b.body <= clause.span.start and clause.span.end <= b.end):
            return None
        rest = text[m.end() : clause.span.start] + text[clause.span.end : b.end]
        if len(CJK.findall(rest)) >= 8:
            return None  # (a paragraph of its own work)
        kids = blocks[b.parent].children
        if any(blocks[j].style not in ("para", "plain") for j in kids if j < k):
            return None  # (after the items: a closing note's, not this)
        return b.parent if any(blocks[j].style not in ("para", "plain") for j in kids if j > k) else None

    def _box_without_units(self, k: int, with_clause: set[int]) -> bool:
        """Whether block ``k`` is the last item of a 专栏's list (or a paragraph after it) and
        no other item of the box holds a clause."""
        b = self.blocks[k]
        item = b.parent if b.style == "para" else k
        box = self.blocks[item].parent if item is not None else None
        if box is None or self.blocks[box].style != "box":
            return False
        items = [j for j in self.blocks[box].children if self.blocks[j].style not in ("para", "plain")]
        return bool(items) and items[-1] == item and not any(j in with_clause for j in items[:-1])

    def _titles_paragraphs(self, p: int, k: int) -> bool:
        """Whether item ``p`` is a title alone on its line (no stop) over paragraphs of its own
        before block ``k``: a note in it closes those paragraphs, not a list of items."""
        title = self.text[self.blocks[p].body : self.blocks[p].end].strip()
        return "。" not in title and any(j < k and self.blocks[j].style == "para" for j in self.blocks[p].children)

    def _label_under_heading(self, k: int, clauses: list[Clause]) -> bool:
        """Whether block ``k`` is a paragraph holding only one clause, right under an unnumbered
        heading or a 专栏's title (专栏1 铁路重点项目 / 牵头单位：… / 1．… 2．…) whose numbered items
        follow it and hold no clause of their own."""
        b = self.blocks[k]
        if b.style != "para" or len(clauses) != 1 or b.parent is None or self.blocks[b.parent].style not in ("plain", "box"):
            return False
        rest = self.text[b.body : clauses[0].span.start] + self.text[clauses[0].span.end : b.end]
        if len(CJK.findall(rest)) >= 6:
            return False
        siblings = [j for j in self.blocks[b.parent].children if j > k]
        return bool(siblings) and all(self.blocks[j].style not in ("para", "plain") for j in siblings)

    def _leads_responsible_items(self, i: int, own: dict[int, list[Clause]]) -> bool:
        """Whether the clause of heading ``i`` names a lead in so many words (牵头单位：A) and the
        items below it name units only as 责任单位 (each led by its first-listed unit alone) or
        only as supports (（一）…（牵头单位：A）/ 1.… 配合单位：B。: A leads the item, B supports);
        items naming their own lead keep it and leave the others to A."""
        if not any(m.role == "lead" and m.basis == "explicit" for m in own[i][0].mentions):
            return False
        # (an item naming its own lead keeps it: 4.…（牵头单位：B）beside 5.…（配合单位：C）)
        below = [ms for j in self.subtree(i) if j in own for ms in [[m for c in own[j] for m in c.mentions]]
                 if not names_own_lead(ms)]
        return bool(below) and all(_responsible_or_supports(ms) for ms in below)

    def _clause_over_paragraphs(self, i: int, clause: Clause) -> bool:
        """Whether block ``i`` (a numbered heading over paragraphs only) holds nothing but its
        title and ``clause`` before its first paragraph."""
        b = self.blocks[i]
        if b.style in NOT_ITEMS or not b.children or any(self.blocks[j].style != "para" for j in b.children):
            return False
        first_child = self.blocks[b.children[0]].start
        if not (b.body <= clause.span.start and clause.span.end <= first_child):
            return False
        rest = self.text[b.body : clause.span.start] + self.text[clause.span.end : first_child]
        rest = "".join(rest.split()).replace(self.title(i), "", 1)
        return len(CJK.findall(rest)) < 6

    def _clause_only_heading(self, i: int, clause: Clause) -> bool:
        """Whether block ``i`` holds nothing but its title and ``clause`` before its first child."""
        b = self.blocks[i]
        if b.style in ("para", "plain", "box") or not b.children:
            return False
        # the clause may stand on its own lines (a paragraph child) before the first item
        items = [j for j in b.children if self.blocks[j].style != "para"]
        if not items:
            return False
        first_child = self.blocks[items[0]].start
        if not (b.body <= clause.span.start and clause.span.end <= first_child):
            return False
        title = self.title(i)
        rest = self.text[b.body : clause.span.start] + self.text[clause.span.end : first_child]
        rest = "".join(rest.split()).replace(title, "", 1)
        return len(CJK.findall(rest)) < 6

    def _task_chapters_after(self, roots: set[int]) -> set[int]:
        """Chapters after the first one holding clauses that hold none themselves but are more of the
        plan's work (一、…（责任单位：…） / 二、推进基础设施互联互通 / 3.… 4.…: its items are tasks
        whose lead the plan does not name), not its safeguards, steps, requirements or closing."""
        if not roots:
            return set()
        first = min(roots)
        no_work = names_no_work_of_assessment if self.assessment_rules else names_no_work_title
        return {
            r for r, b in enumerate(self.blocks)
            if r > first and r not in roots and b.parent is None and b.children
            and b.style in _CHAPTER_STYLES and not no_work(self.title(r))
        }

    def _task_chapters_before(self, roots: set[int]) -> set[int]:
        """Chapters of the first one's style holding clauses before it, back to the last naming no
        work (一、总体要求 / 二、稳定粮食生产 / 1.… 2.… / 三、推进乡村建设 / 1.…（责任单位：…）: 二's items
        are tasks whose lead the plan does not name, or names in their body; they were dropped as
        a preamble's). A plan's opening chapters of background name it (BACKGROUND, _NOT_WORK)."""
        if not roots:
            return set()
        blocks = self.blocks
        first = min(roots)
        style = blocks[first].style
        head = self.title(first)
        safeguards = SAFEGUARD.search(without_areas(head)) is not None
        if blocks[first].parent is not None or style not in _CHAPTER_STYLES or safeguards or "分工" in head:
            # (clauses in the safeguards alone: the plan's tasks are read as without clauses; a
            # chapter of work on a field's 保障 (三、加强法治保障) is none: the chapters before it hold tasks;
            # 一、主要任务 / 二、责任分工 restating them with their units: the second round is the tasks)
            return set()
        out: set[int] = set()
        for r in range(first - 1, -1, -1):
            b = blocks[r]
            if b.parent is not None:
                continue
            title = self.title(r)
            if b.style != style or BACKGROUND.search(title) or names_no_work_title(title) or _REPORTED_CHAPTER.search(title):
                break
            if not any(blocks[j].style not in ("para", "plain") for j in b.children):
                break  # 一、整治内容 / 开展…排查整治。: a chapter of prose, no items
            if self._restates(first, r):
                return set()  # 一、主要任务 / 二、任务清单|责任清单|责任落实: the second round is the tasks
            out.add(r)
        return out

    def _item_titles(self, chapter: int) -> set[str]:
        blocks = self.blocks
        return {self.title(j) for j in blocks[chapter].children if blocks[j].style not in ("para", "plain")}

    def _restates(self, later: int, earlier: int) -> bool:
        """Whether chapter ``later`` repeats an item title of chapter ``earlier`` (二、任务清单 /
        （一）提升政务服务效能。由A牵头，B配合。 after 一、主要任务 / （一）提升政务服务效能。…): a
        round of the same tasks with their units, not more work; a title word (分工) is not always
        there (责任清单 / 任务清单 / 责任落实 / 责任单位), and without it each task came twice."""
        return not self._item_titles(later).isdisjoint(self._item_titles(earlier))

    def _items_between(self, roots: set[int]) -> set[int]:
        """Top-level items without a clause beside items with one, in a plan numbered without
        chapters (1.…责任单位：A / 2.加强校园欺凌防治。开展专项整治。 / 3.…B负责): tasks whose lead the
        plan does not name (item 2 was dropped, not even a task without a lead). So are the items
        of that numbering before the first item with a clause and after the last (1.稳定粮食播种
        面积。… / 2.…（责任单位：A） / 3.… / 4.做好防灾减灾工作。…: 1 and 4 were dropped) when
        every item with a clause is such an item, up to the first block of another kind (the
        preamble, the closing words, the signature) or an item naming no work (5.加强组织领导)."""
        if not roots:
            return set()
        blocks = self.blocks
        styles = {blocks[r].style for r in roots}
        lo, hi = min(roots), max(roots)

        def bare(r: int) -> bool:
            b = blocks[r]
            return b.parent is None and not b.children and b.style in styles and self._item(r) and not self._names_no_work(r)

        def outside(r: int) -> bool:
            # (3.其他事项。本通知自印发之日起施行。: the plan's closing words)
            b = blocks[r]
            title = self.title(r)
            return (bare(r) and not OTHER_MATTERS.match(title) and not _AWARENESS.search(title)
                    and not _CLOSING_LINE.search(self.text, b.body, b.end))

        out = {r for r in range(lo + 1, hi) if r not in roots and bare(r)} if len(roots) >= 2 else set()
        if len(styles) == 1 and all(not blocks[r].children for r in roots):
            for step, r in ((-1, lo - 1), (1, hi + 1)):
                while 0 <= r < len(blocks) and outside(r):
                    out.add(r)
                    r += step
        return out

    def _names_no_work(self, i: int) -> bool:
        """Whether block ``i``'s title names no work: 二、总体目标 / （三）工作要求 / 近年来，…"""
        title = self.title(i)
        return bool(BACKGROUND.search(title) or names_no_work_title(title) or NOT_TASK_TITLE.search(title))

    def _item(self, i: int) -> bool:
        """A numbered block that is a task when it holds no clause (a leaf, not a heading), or a
        paragraph that is one of its unit's duties (``_duty_under_unit``)."""
        if self.blocks[i].style == "para":
            return self._duty_under_unit(i)
        return self.blocks[i].style != "plain" and (
            not self.heads(i) or self._title_only_item(i) or self._cut_item(i)
        )

    def _cut_item(self, i: int) -> bool:
        """An item the cut-off text stops in before its first sentence ends (（六）开展“质量服务进万企”
        活动，为中小企 and a site's 还剩1页未读 after it): a task whose text the cut took, not a
        heading (it was read as one, heading nothing; pipeline flags it cut_off). A leaf numbered
        as an item (not a chapter), holding words and no sentence stop, with nothing after it."""
        b = self.blocks[i]
        if not self.cut_off or b.children or b.parent is None or b.style in HEADING_STYLES:
            return False
        body = self.text[b.body : b.end].strip()
        return bool(body) and not self.text[b.end :].strip() and "。" not in body and not NOT_TASK_TITLE.search(self.title(i))

    def _duty_under_unit(self, i: int) -> bool:
        """Whether paragraph ``i`` is one of two or more paragraphs under a heading naming only a
        unit, opening with its duty (二、省农业农村厅 / 负责食用农产品… / 会同省市场监管局做好…): an item
        of that unit's, as a numbered one would be (the heading was one task with no lead). A
        paragraph naming its own subject (X办公室负责本清单的解释) or a signature is none; a single
        paragraph is read with its heading as one duty statement (structure.duties)."""
        b, blocks = self.blocks[i], self.blocks
        p = b.parent
        if p is None or blocks[p].style == "para" or _DUTY_OPENING.match(self.text, b.body, b.end) is None:
            return False
        # (a unit's line with its colon over one paragraph, 县林业局： / 负责…, is read so too: no
        # duty statement joins them across the colon and the line break)
        least = 1 if blocks[p].style == "plain" else 2
        # (the owner a heading's name makes, not a label's clause under it: 推进垃圾分类 / 牵头单位：A)
        return sum(blocks[j].style == "para" for j in blocks[p].children) >= least and p not in self.heading_clauses and self.owner(p) is not None

    def _title_only_item(self, i: int) -> bool:
        """An item written as its title alone (（五）加强宣传引导 with nothing after it but the next
        item, the next chapter or the signature), among items that have text: nothing stands under
        it, so it heads nothing as a bare title line may; it is one of its list's items (it was
        dropped). A title naming no work (（四）工作要求 / 其他事项) stays none, as it would with
        text, and so does a list of bare titles (phases)."""
        blocks = self.blocks
        b = blocks[i]
        if b.children or b.parent is None or b.style in HEADING_STYLES:
            return False
        title = self.title(i)
        if NOT_TASK_TITLE.search(title) or OTHER_MATTERS.match(title):
            return False
        return any(
            j != i and blocks[j].style == b.style and not self.heads(j) for j in blocks[b.parent].children
        )


# a paragraph opening with a duty, no subject before it (负责… / 会同A做好… / 配合A…)
_DUTY_OPENING = re.compile(r"[ \t\u3000]*(?:主要|具体|统一|积极|主动)?(?:负责|牵头|承担|会同|配合|协助|参与|指导|督促|组织|统筹)(?!单位|部门|处室|科室|领导)")


def names_own_lead(mentions: list[Mention]) -> bool:
    """Whether an item's mentions name its lead in so many words (牵头单位：B / 由B牵头)."""
    return any(m.basis == "explicit" and m.role == "lead" for m in mentions)


def _responsible_or_supports(mentions: list[Mention]) -> bool:
    """Whether an item's mentions are a 责任单位 list (its first-listed unit leads it) or name
    supports alone (配合单位：B), so that a lead its heading names leads the item."""
    return any(m.basis == "first_listed" for m in mentions) or (
        bool(mentions) and all(m.role == "support" for m in mentions)
    )
