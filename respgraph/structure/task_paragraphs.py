"""Titled paragraphs and plans without clauses: the ``ParagraphTasks`` rules of ``TaskBuilder``.

Which paragraphs of a section are paragraph tasks (``_titled_paragraphs``, ``_paragraph_task``:
two or more opening with a short title sentence, not in a background or safeguard chapter), a
numbered title over its text (``_titled_over_text``), the section a paragraph returns to after
an inset (``_inset_owner``), and ``from_paragraphs``: the tasks of a plan without clauses
(五年规划: titled paragraphs, numbered leaf items, ``专栏`` items).
"""

from __future__ import annotations

import re

from respgraph.records import Clause, Span
from respgraph.structure.blocks import DEMANDS_LEAD_IN
from respgraph.structure.headings import heading_title
from respgraph.structure.markers import STYLE_RANK
from respgraph.structure.task_rules import (
    NOT_ITEMS, NOT_TASK_TITLE, OTHER_MATTERS, OWN_RULES, ACCOUNTABILITY_CHAPTER, BACKGROUND, POINTS_ELSEWHERE, ROSTER_CHAPTER, SAFEGUARD_CHAPTER, SCOPE_CHAPTER, names_no_work_title,
    clean_number, lead_title, only_points_elsewhere, safeguard_title,
)


# 第一章　发展环境 / 第一节　发展成就 / 第二节　机遇与挑战 / 第三节　规划范围和期限: a 规划's account of
# where it stands, its sections no tasks though written as its tasks' sections are (BACKGROUND
# holds the plainer words: 基础, 形势, 成效, 背景 …)
# an item written as one short sentence (its title and its whole text): no second sentence, no
# list of points
_SENTENCE_STOPS = re.compile(r"[；;：:。]")
_SHORT_SENTENCE = 40
# 具体任务分工见附件 / 详见附表2 / 按照附件分工: the chapter's work is set out in the attachment
_TO_ATTACHMENT = re.compile(r"(?:见|按照?|对照)(?:附件|附表)")
_ACCOUNT_SECTION = re.compile(r"成就|机遇|挑战|发展环境|环境分析|愿景|展望|规划范围|规划期限|编制依据|功能定位|战略定位")


class ParagraphTasks:
    """Mixin of ``TaskBuilder`` (its text, blocks, add, in_box, owner_of, root …)."""

    def _top(self) -> list[int]:
        """The blocks at the top level (computed once: asked of every top-level block)."""
        if self._top_blocks is None:
            self._top_blocks = [j for j, b in enumerate(self.blocks) if b.parent is None]
        return self._top_blocks

    def _titled_paragraphs(self, p: int | None) -> dict[int, str]:
        """The paragraphs right under heading ``p`` (None: the top level) opening with a short
        title sentence (强化扬尘管控。严格落实…), with their titles, when there are two or more:
        a section's paragraph tasks, not one paragraph carrying its heading's text. Under an item
        numbered below （一） (1. / （1）) paragraphs are its text unless two of them hold clauses."""
        if p not in self._titled:
            kids = self.blocks[p].children if p is not None else self._top()
            found = {}
            for j in kids:
                b = self.blocks[j]
                title = lead_title(self.text[b.body : b.end]) if b.style == "para" else None
                if title:
                    found[j] = title
            if p is not None and STYLE_RANK.get(self.blocks[p].style, 9) > STYLE_RANK["cn_paren"] and (
                len(self._para_clauses.intersection(self.blocks[p].children)) < 2
            ):
                found = {}  # 1.加强扬尘管控 / 严格落实…。/ 加强裸土覆盖…。（责任单位：A）: the item's text
            self._titled[p] = found if len(found) >= 2 else {}
        return self._titled[p]

    def _paragraph_task(self, i: int) -> str | None:
        """The title of paragraph ``i`` (no clause, in a chapter of tasks) when it is a task of
        its own: one of two or more titled paragraphs of its section (_titled_paragraphs), its
        title naming work (not 主要目标。到2025年… / 近年来，…), its section and chapter no
        background or safeguards (（一）发展目标 / 四、规划实施保障 / 三、工作要求)."""
        title = self._titled_paragraphs(self.blocks[i].parent).get(i)
        if title is None or NOT_TASK_TITLE.search(title) or self.in_box(i):
            return None
        path = self.path(i)
        if any(BACKGROUND.search(self.title(p)) for p in path):
            return None
        root = self.title(path[0]) if path else ""
        return None if safeguard_title(root) or SAFEGUARD_CHAPTER.match(root) or names_no_work_title(root) else title

    def _titled_over_text(self, i: int, above: set[int], own: dict[int, list[Clause]]) -> bool:
        """Whether block ``i`` is a numbered title whose text is the paragraphs below it, no
        clause among them, fewer than two of them titled (those would be tasks of their own),
        beside items of its rank with clauses below them or on their own title line
        (（一）推进…（县卫健委牵头） / 深化…。), and its title names work (not （一）发展目标 /
        （三）工作要求)."""
        b = self.blocks[i]
        if b.style in NOT_ITEMS or not b.children or i in above or self._titled_paragraphs(i) or self.duty_starts:
            return False  # (a plan dividing its work by unit: 2.1 市防汛抗旱指挥部 / …负责领导… is no task)
        if any(self.blocks[j].style != "para" for j in b.children):
            return False
        # beside items of the same rank that hold clauses (（二）… / 推进…（责任单位：…）)
        kin = self.blocks[b.parent].children if b.parent is not None else self._top()
        if not any((j in above or j in own) and self.blocks[j].style == b.style for j in kin):
            return False
        title = heading_title(self.text, b)
        return not (BACKGROUND.search(title) or names_no_work_title(title) or OTHER_MATTERS.match(title)
                    or OWN_RULES.match(self.text, b.body, b.end))

    def _inset_owner(self, i: int) -> int | None:
        """The section a lead-title paragraph returns to after an unnumbered inset.

        五年规划 print insets (a titled box of requirements, ``宜春市“三线一单”…管控要求`` with
        its own （一）（二）（三）) inside a 第X节 whose tasks are lead-title paragraphs. The
        inset has no end marker, so a lead-title paragraph after its items belongs to the
        section above the inset when that section already holds lead-title paragraphs.
        """
        blocks, text = self.blocks, self.text
        path = self.path(i)
        for n in range(len(path) - 1, 0, -1):
            inset = blocks[path[n]]
            if inset.style != "plain" or inset.vocab or n == len(path) - 1:
                continue  # the paragraph must sit below an item of the inset, not in its lead
            owner = path[n - 1]
            if any(
                blocks[c].style == "para" and c < path[n] and lead_title(text[blocks[c].body : blocks[c].end])
                for c in blocks[owner].children
            ):
                return owner
        return None

    def _findings_and_demands(self) -> tuple[set[int], set[int]]:
        """The items of a 通报 listing what was found, and those after its lead-in to what is
        required (针对上述问题，提出如下要求： / 现提出以下要求：): the findings name the units
        criticised, no work (they were tasks without a lead, and the requirements one sentence
        long were no tasks); each requirement is a task, the unit it opens with its lead."""
        blocks, text = self.blocks, self.text
        findings: set[int] = set()
        demands: set[int] = set()
        for k, b in enumerate(blocks):
            if b.style != "para" or not DEMANDS_LEAD_IN.match(text[b.body : b.end].strip(" \t\u3000\n")):
                continue
            if k + 1 >= len(blocks) or blocks[k + 1].style in NOT_ITEMS:
                continue
            first = blocks[k + 1]
            found = set()
            j = k - 1
            while j >= 0 and (blocks[j].parent is not None and blocks[j].parent != first.parent and blocks[j].style == "para" or (
                blocks[j].style == first.style and blocks[j].parent == first.parent
            )):
                if blocks[j].style == first.style:
                    found.add(j)
                j -= 1
            if not found:
                continue  # (1.加强监测。/ 具体要求如下： / （1）…: the item's own list, no findings before it)
            findings |= found
            j = k + 1
            while j < len(blocks) and (blocks[j].style == first.style and blocks[j].parent == first.parent or blocks[j].parent in demands):
                if blocks[j].parent == first.parent:
                    demands.add(j)
                j += 1
        return findings, demands

    def _section_text_end(self, i: int, skip: list[Span], above: set[int] | None = None, own_clauses=None) -> int | None:
        """Where the text of section ``i`` (第X节) ends when it is a task: its paragraphs (or, none
        below it, the sentence after its title on its own line: 第二节 推进…治理 加快…建设。 in a
        规划 scraped onto one line), up to a 专栏 that follows them (its projects are tasks of their
        own), no other item below it, its title naming work (not 第一节　指导思想 / 主要目标 / 面临
        的形势), its chapter no safeguards (第五章　规划实施保障 / 第一节　落实政府责任).
        In a plan with clauses (``above``: the blocks with a clause below them, ``own_clauses``: the
        blocks holding one) only beside a section whose paragraphs carry clauses: the section
        then writes a task as they do, naming no unit."""
        blocks, text = self.blocks, self.text
        b = blocks[i]
        paras = []
        for c in b.children:
            if blocks[c].style == "box":
                break
            if blocks[c].style != "para" or any(s.start <= blocks[c].start < s.end for s in skip):
                return None
            paras.append(c)
        if any(blocks[c].style not in ("para", "box") for c in b.children):
            return None
        if not paras and not any(ch in text[b.body : b.end] for ch in "。；;"):
            return None  # a title alone over a 专栏
        if any(lead_title(text[blocks[c].body : blocks[c].end]) for c in paras):
            return None  # 第一节　完善铁路网 / 加快高速铁路建设。建成…: its titled paragraph is the task
        title = heading_title(text, b)
        if BACKGROUND.search(title) or NOT_TASK_TITLE.search(title) or names_no_work_title(title) or safeguard_title(title):
            return None
        chapter = self.title(self.root(i))
        if safeguard_title(chapter) or _ACCOUNT_SECTION.search(title) or _ACCOUNT_SECTION.search(chapter):
            return None
        if above is not None:
            kin = blocks[b.parent].children if b.parent is not None else self._top()
            if i in above or i in own_clauses or not any(blocks[j].style == "section" and (j in above or j in own_clauses) for j in kin):
                return None
        end = blocks[paras[-1]].end if paras else b.end
        return None if POINTS_ELSEWHERE.fullmatch(text, b.body, end) else end

    # ----------------------------------------------------------------- plans without clauses
    def from_paragraphs(self, skip: list[Span]) -> None:
        """The tasks of a plan without clauses (五年规划): titled paragraphs, numbered leaf items,
        ``专栏`` items and a meeting's demands, in the chapters after its background and before
        its safeguards; nothing in ``skip``."""
        blocks, text = self.blocks, self.text
        parts, task_roots = self._chapters_of_tasks()

        def in_tasks(i: int) -> bool:
            b = blocks[i]
            if parts:
                path = [*self.path(i), i]
                r = path[1] if len(path) > 1 else None
            else:
                r = self.root(i) if b.parent is not None or b.style != "para" else None
            return r in task_roots and not any(s.start <= b.start < s.end for s in skip)

        titled_paragraphs = any(
            b.style == "para" and in_tasks(i) and lead_title(text[b.body : b.end]) for i, b in enumerate(blocks)
        )
        findings, demands = self._findings_and_demands()
        for i, b in enumerate(blocks):
            if not in_tasks(i) or i in findings:
                continue
            if i in demands and not any(blocks[c].style != "para" for c in b.children):
                # 针对上述问题，提出如下要求： / 1.县住建局要立即组织…: each requirement is a task, however short
                end = max([b.end] + [blocks[c].end for c in b.children])
                self.add(i, clean_number(b), heading_title(text, b), b.body, end, "numbered", [])
                continue
            if b.style == "para":
                self._add_titled_paragraph(i)
            elif any(blocks[c].style == "para" and self._duty_under_unit(c) for c in b.children):
                continue  # a unit's heading over its duties' paragraphs (each a task): no task of its own
            elif b.style == "section" and not titled_paragraphs and (end := self._section_text_end(i, skip)) is not None:
                # 第一节　推进家具产业绿色转型 / 推动家具企业使用水性漆…: a section whose text is the
                # paragraphs below it (a 专栏 after them its own), as a titled item's is
                self.add(i, clean_number(b), heading_title(text, b), b.body, end, "numbered", [])
            elif b.style not in ("plain", "bracket", "box", "part", "chapter", "section"):
                self._add_leaf_item(i, skip, titled_paragraphs)

    def _chapters_of_tasks(self) -> tuple[bool, set[int | None]]:
        """Whether the plan's top blocks are 篇 (parts), and the top blocks (chapters, in a plan in
        篇) whose blocks may be tasks: those after the last background chapter, no safeguards,
        accountability, scope or roster chapter; {None} in a plan with no headings."""
        blocks = self.blocks
        roots = [i for i, b in enumerate(blocks) if b.parent is None and b.style != "para"]
        parts = bool(roots) and all(blocks[r].style == "part" for r in roots)
        if parts:
            # a 纲要 in 篇 (第一篇 开启…新征程): its background chapters (发展基础, 主要目标) sit in
            # the first 篇, whose title names none; the rule is read on the chapters
            units = [c for r in roots for c in blocks[r].children if blocks[c].style != "para"]
        else:
            units = roots
        last_bg = max((n for n, r in enumerate(units) if BACKGROUND.search(self.title(r))), default=-1)
        task_roots: set[int | None] = {
            r for n, r in enumerate(units) if n > last_bg and not any(
                safeguard_title(title := self.title(p)) or ACCOUNTABILITY_CHAPTER.match(title)
                or SCOPE_CHAPTER.match(title) or ROSTER_CHAPTER.match(title)
                # (六、其他 / 四、有关要求 closing a list: its exhortations name no work)
                or OTHER_MATTERS.match(title)
                for p in (r, self.root(r)))
        }
        if not roots:
            task_roots = {None}
        return parts, task_roots

    def _add_titled_paragraph(self, i: int) -> None:
        """Paragraph ``i`` as a task (not in a 专栏): one of its unit's duties under the unit's
        heading, or a paragraph opening with a title sentence, whose section is the one it returns
        to after an inset."""
        blocks, text = self.blocks, self.text
        b = blocks[i]
        if self.in_box(i):
            return
        if self._duty_under_unit(i):
            # 二、市公安局 / 负责道路交通安全管理。/ 配合市应急管理局做好…: one of its unit's duties
            self.add(i, "", heading_title(text, b), b.body, b.end, "numbered", [])
            return
        title = lead_title(text[b.body : b.end])
        if title:
            task = self.add(i, "", title, b.body, b.end, "paragraph", [])
            back = self._inset_owner(i)
            if back is not None:
                task.section = self.section(back) + [self.title(back)]
                self.set_path(task, self.cited_path(i, "", task.span.start, under=back))
                task.campaign = self.campaign(back)

    def _bare_title_item(self, i: int, skip: list[Span]) -> bool:
        """Whether numbered item ``i`` is written as its title alone, one short sentence closed by
        its stop (四、推进污泥无害化处置。 / 五、加强饮用水水源地保护，严格水源保护区管理。), beside
        items of its list (_title_only_item), an item of its chapter setting out work of its own (三、补齐…短板。推进…。).
        Not an article (第十一条 燃气用户应当安全用气，不得…。 is a rule's sentence, not a task of the
        plan's), nor titles in a chapter pointing to the attachment (（三）全面提升…水平。健全…，重点任务见
        附件。: the attachment's table holds the tasks, the titles sum them up)."""
        blocks, text = self.blocks, self.text
        b = blocks[i]
        if b.style == "article":
            return False
        body = text[b.body : b.end].strip().rstrip("。")
        if not (0 < len(body) <= _SHORT_SENTENCE and not _SENTENCE_STOPS.search(body) and self._title_only_item(i)):
            return False
        # (the items of its chapter: a 节 may hold bare titles alone, 七、… 八、… beside 五、控制…。推进…。)
        key = (self.root(i), b.style)
        if key not in self._chapters_with_text:
            items = [j for j in range(key[0], len(blocks)) if blocks[j].style == b.style and self.root(j) == key[0]]
            self._chapters_with_text[key] = not any(
                _TO_ATTACHMENT.search(text, blocks[j].body, blocks[j].end) for j in items
            ) and any(
                lead_title(text[blocks[j].body : blocks[j].end]) and not only_points_elsewhere(text, blocks[j].body, blocks[j].end, skip)
                for j in items
            )
        return self._chapters_with_text[key]

    def _add_leaf_item(self, i: int, skip: list[Span], titled_paragraphs: bool) -> None:
        """Numbered item ``i`` with no item below it as a task: in a 专栏, with a title sentence or
        under a heading naming its unit, or (in a plan not titling its paragraphs) over its text."""
        blocks, text = self.blocks, self.text
        b = blocks[i]
        if any(blocks[c].style != "para" for c in b.children):
            return
        end = max([b.end] + [blocks[c].end for c in b.children])
        if self.in_box(i):
            self.add(i, clean_number(b), heading_title(text, b), b.body, end, "box", [])
        elif lead_title(text[b.body : b.end]) or self.owner_of(i) is not None or self._bare_title_item(i, skip):
            # (an item under a heading that names its unit is a task however short; so is an item
            # written as its title alone, 四、推进污泥无害化处置。, beside items of its list: a 规划
            # whose 分工表 names the units titles some items only; they were lost, the row alone left)
            self.add(i, clean_number(b), heading_title(text, b), b.body, end, "numbered", [])
        elif not titled_paragraphs and (own := [
            c for c in b.children if not any(s.start <= blocks[c].start < s.end for s in skip)
        ]) and not only_points_elsewhere(text, b.body, max(b.end, *(blocks[c].end for c in own)), skip):
            # 一、优化产业结构 / 严控…。推动…。: a titled item whose text is the paragraphs
            # below it, in a plan that does not title its paragraphs (the two ways
            # 五年规划 write a task; a plan writing both keeps its titled paragraphs)
            self.add(i, clean_number(b), heading_title(text, b), b.body, end, "numbered", [])

