"""Tasks of a plan with clauses: the ``ClauseTasks`` pass of ``TaskBuilder``.

``from_clauses`` gives each clause its block (``_own_clauses``, by the rules of ``task_items``),
finds the chapters holding tasks (``_task_roots``), makes the clause-holding blocks tasks
(``_split``: a second clause after more text starts a second task, one task per duty statement,
``一是…二是…`` parts titled by their own words), and the items and titled paragraphs without a
clause around them tasks flagged ``no_clause`` (``_block_tasks``); ``_supervisors_over_list``
gives a list's closing 督导单位 line to all its items. Which items of minutes only state what a
meeting found (no task) is ``minutes``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from respgraph.grammar.labels import OTHER_LABEL_RE, SENTENCE_STOP
from respgraph.records import Clause, Span
from respgraph.structure.blocks import Block
from respgraph.structure.fields import phase_title
from respgraph.structure.headings import heading_title
from respgraph.structure.minutes import observations
from respgraph.structure.task_rules import (
    CJK, NOT_ITEMS, OWN_RULES, LEAD_TITLE_MAX, PRINCIPLES_CHAPTER, ROSTER_CHAPTER, SAFEGUARD_CHAPTER, first_sentence, clean_number, lead_title,
    only_points_elsewhere, safeguard_title,
)

# 一是 / 二是 / 三要 opening a part of an item (after a stop, or at the start of the part).
_ENUM = re.compile(r"(?:(?<=[。；;，,：:\s])|^)[一二三四五六七八九十]{1,3}(?:是|要|抓)(?=[\u4e00-\u9fff])", re.M)


# a 规划's account of the period behind it: its heading (现状与形势 / 发展基础 / “十三五”工作成效 /
# 工作回顾 / 取得的成就), and the opening of its paragraphs (“十三五”期间， / “十三五”以来， / 过去五年， /
# 近年来， / 2016年以来，)
_ACCOUNT_TITLE = re.compile(r"现状|成效|回顾|成就|发展基础|工作基础|规划基础|取得的(?:进展|成绩)")
_LOOKING_BACK = re.compile(
    r"[ \t\u3000]*(?:[“\"]?十[一二三四五]五[”\"]?(?:期间|时期|以来)|过去[一二三四五]年|近[一二三四五几]年(?:来|以来)?|近年来|(?:19|20)\d\d年以来)"
)


# closing words checking the plan's work: 加强督促检查 / 跟踪督办 / 督导 (not 建立调度机制)
# the units' own phrase opening an item (由A牵头，B配合，推进… / 由A、B共同牵头，… / 由A负责，…):
# 由, the units, 牵头 or 负责 (and the supporters, 配合) closing at a comma, then the work
_BY_UNITS_THEN_WORK = re.compile(
    r"[ \t\u3000]*由[^，,。；;：:\n]{2,60}?(?:牵头|负责)(?:[，,][^，,。；;：:\n]{2,80}?(?:配合|参与|协助|协同))?"
    r"[ \t\u3000]*[，,](?=[ \t\u3000]*[\u4e00-\u9fff“\"]{2})"
)
_WATCH_WORK = re.compile(r"督促检查|督查|督导|督办|监督检查")
# a clause's label (牵头单位： / 责任部门：): the plan's own marking of a task's units
_LABELLED = re.compile(r"(?:单位|部门|处室|科室)[ \t\u3000]*[：:]")
# a line of labels alone: 牵头单位：A　配合单位：B、C / （责任单位：A）
_LABELS_LINE = re.compile(r"[ \t\u3000]*[（(【〔]?[ \t\u3000]*(?:牵头|责任|配合|协办|主办|主责|参与|协助|实施)(?:单位|部门)[ \t\u3000]*[：:]")


# a field's line after a clause's labels (完成时限：2025年9月底 / 时间节点：… / 责任领导：…): the
# task's, not the start of the part after it
_FIELD_LINE = re.compile(r"[ \t\u3000]*\n[ \t\u3000]*(?:" + OTHER_LABEL_RE.pattern.replace("(?P<sup>", "(?:") + r")[^\n]*")


def _fields_after(text: str, p: int, limit: int) -> int:
    """Where the clause ending at ``p`` ends with the field lines right below it (a 民生实事 item's
    完成时限：… under its 牵头单位：… / 责任单位：… lines, before a note that parts the item)."""
    while (m := _FIELD_LINE.match(text, p, limit)) is not None:
        p = m.end()
    return p



# who answers for the whole plan (区委、区政府对规划实施负总责 under 加强组织领导): the leadership of
# the place, no work of the item's (a blind probe's gold: no task; it was one, 区委 leading)
_ANSWERS_FOR_ALL = re.compile(r"负\s*总\s*责|总\s*负\s*责")


# A first sentence telling units what to do (各区镇、各部门要于每月底前将工作推进情况报区河长办。): no title
# of a paragraph (加强组织领导。 / 严格督查考核。 name no one and ask nothing of anyone), though short
# and without a comma (the paragraph under 工作要求 was read as the chapter's item, a task twice)
_UNITS_TOLD = re.compile(r"^各|(?<![主重需纲])要(?![求点素])")


@dataclass
class _ClauseReading:
    """What ``from_clauses`` learns of the blocks before it makes tasks of them."""

    skip: list[Span]  # text read elsewhere (a table's span): no task starts in it
    own: dict[int, list[Clause]] = field(default_factory=dict)  # per block, the clauses that are its own
    extend: dict[int, int] = field(default_factory=dict)  # a block's end, past the paragraphs that are its text or fields
    merged: set[int] = field(default_factory=set)  # paragraphs that are an item's text or fields (extend)
    closing: list[Clause] = field(default_factory=list)  # the plan's closing words: no task
    roots: set[int] = field(default_factory=set)  # the chapters holding tasks
    above: set[int] = field(default_factory=set)  # blocks with a clause somewhere below them
    observed: set[int] = field(default_factory=set)  # items of minutes stating what a meeting found
    safeguards: set[int] = field(default_factory=set)  # chapters whose items without a clause are no tasks
    absorbed: set[int] = field(default_factory=set)  # blocks read into a task above them


class ClauseTasks:
    """Mixin of ``TaskBuilder`` (its text, blocks, add, the ``ItemRules`` and ``ParagraphTasks``)."""

    # ----------------------------------------------------------------- plans with clauses
    def from_clauses(self, clauses: list[Clause], skip: list[Span]) -> None:
        """The tasks of a plan with clauses, in these steps: each clause given to the block it is
        the clause of (``_own_clauses``); the chapters holding tasks (``_task_roots``); the
        headings whose clause is their items' (``_heading_clauses_taken``); then a task a block
        (``_block_tasks``), and the supervisors and watchers of the closing lines over them."""
        r = _ClauseReading(skip)
        self._own_clauses(clauses, r)
        own = r.own
        for k in [k for k in own if self._looks_back(k, own[k])]:
            del own[k]  # “十三五”期间，市生态环境局会同…完成…: what was done, no work given
        for k in [k for k in own if self._label_under_heading(k, own[k])]:
            # 提升市容环境品质 / 责任单位：区城管局 / 1.… 2.…: the label line is its heading's clause
            self.heading_clauses[self.blocks[k].parent] = own.pop(k)[0]
        r.roots = self._task_roots(own)
        for k in own:
            p = self.blocks[k].parent
            while p is not None and p not in r.above:
                r.above.add(p)
                p = self.blocks[p].parent
        r.observed = observations(self.blocks, self.text)
        for i in [i for i in own if i in r.observed and not any(_LABELLED.search(c.raw) for c in own[i])]:
            del own[i]  # 会议指出：/ 1.市住建局牵头推进…，完成改造15个: what the meeting found, no task
        # chapters whose items without a clause are no tasks: the safeguards, and the principles (一、
        # 总体要求 holding a clause in its （三）工作目标: 指导思想 and 基本原则 are no tasks without a
        # lead; the item with the clause is a task all the same)
        r.safeguards = {
            root for root in r.roots
            if SAFEGUARD_CHAPTER.match(title := self.title(root)) or PRINCIPLES_CHAPTER.search(title) or ROSTER_CHAPTER.match(title)
        }
        self._heading_clauses_taken(own, r.above)
        for i, b in enumerate(self.blocks):
            if i in r.absorbed or any(s.start <= b.start < s.end for s in skip):
                continue
            if self.root(i) not in r.roots or self.root(i) in r.safeguards:
                if i not in own:
                    self._unit_task_in_safeguards(i, b, r)
                if self.root(i) not in r.roots:
                    continue
            self._block_tasks(i, b, r)
        self._supervisors_over_list(own)
        self._watch_in_closing_words(r.closing)

    def _own_clauses(self, clauses: list[Clause], r: _ClauseReading) -> None:
        """Each clause given to the block it is the clause of (``r.own``): the item above a clause
        alone on its line, the item whose text or fields a paragraph is (``r.extend``,
        ``r.merged``); a heading's note over its items to the heading, closing words to none."""
        blocks = self.blocks
        at = [self.block_at(c.span.start) for c in clauses]
        with_clause = {k for k in at if k is not None}
        seen: set[int] = set()
        # blocks holding several clauses (1.…（A负责）；2.…（B负责） on one line): _fields_of_list
        self._several = {k for k in at if k is not None and (k in seen or seen.add(k))}
        para_with_clause = {k for k in with_clause if blocks[k].style == "para"}
        self._para_clauses = para_with_clause
        for c, k in zip(clauses, at):
            if k is not None and self._closing_words(k, c):
                r.closing.append(c)  # (the plan's closing words: no task, and no more of the item above them)
                continue
            if k is None:
                continue
            group = self._closing_note(k, c, with_clause)
            if group is None:
                group = self._section_closing_clause(k, c, para_with_clause)
            if group is None:
                group = self._opening_note(k, c)  # 本节任务由A牵头，B配合 over the 节's items
            if group is None:
                group = self._items_closing_clause(k, c, with_clause)
            if group is not None:
                self.heading_clauses[group] = c  # 专栏 … 1．… 2．… / （以上项目由A牵头）: A leads them all
                continue
            r.own.setdefault(self._clause_block(k, c, r, with_clause, para_with_clause), []).append(c)

    def _clause_block(self, k: int, c: Clause, r: _ClauseReading, with_clause: set[int], para_with_clause: set[int]) -> int:
        """The block clause ``c`` in block ``k`` is the clause of: ``k`` or the item above whose
        text or fields ``k`` is (``r.extend`` and ``r.merged`` say so)."""
        blocks = self.blocks
        # a clause alone on the line after its item belongs to the item; so does the one
        # paragraph that carries an item's text — not one of several paragraph tasks
        # under a heading (一、坚决打好蓝天保卫战 / 持续推进…（责任单位：…） / 强化…（…）)
        # (a paragraph of duty statements is no item's text: 二、职责分工 / 县商务局负责…)
        # (not a paragraph after an item that named its units: 市统计局要会同…建立会商机制 closes the plan)
        if c.span.start not in self.duty_starts and blocks[k].style == "para" and not blocks[k].closing and k > 0 and blocks[k - 1].style not in NOT_ITEMS and not (
            # (三、工作要求 / 严格督查考核。A会同B…: the chapter's item written as a titled paragraph, its own
            # task, not the chapter's text: the chapter was a task too, titled 工作要求)
            blocks[k - 1].parent is None and self._titled_apart(k)
            and SAFEGUARD_CHAPTER.match(self.title(k - 1)) is not None
        ) and (
            not self.text[blocks[k].start : c.span.start].strip()
            or (
                not any(blocks[j].style != "para" for j in blocks[k - 1].children)
                and not any(j in para_with_clause for j in blocks[k - 1].children if j != k)
                and not self._titled_paragraphs(k - 1)
            )
        ):
            r.extend[k - 1] = max(r.extend.get(k - 1, 0), blocks[k].end)
            r.merged.add(k)
            return k - 1
        if self._clause_after_paragraph(k, c, para_with_clause):
            # 推进工业源深度治理。实施…。 / （责任单位：市生态环境局、…） on the next line: the
            # paragraph's clause (was a task of its own titled by the clause)
            r.extend[k - 1] = max(r.extend.get(k - 1, 0), blocks[k].end)
            r.merged.add(k)
            return k - 1
        if (p := self._fields_over_measures(k, c, with_clause)) is not None:
            # the fields of a problem whose measures are listed after them: the item's, its
            # measures its text
            r.extend[p] = max(r.extend.get(p, 0), blocks[blocks[p].children[-1]].end)
            r.merged.add(k)
            return p
        if (p := self._fields_of_item(k, c, para_with_clause)) is not None or (
            (p := self._fields_of_list(k, c, with_clause)) is not None
        ) or (p := self._text_of_item(k, c, para_with_clause)) is not None:
            # the fields closing an item's paragraphs, or its list of measures: the item's
            r.extend[p] = max(r.extend.get(p, 0), blocks[k].end)
            r.merged.add(k)
            return p
        if c.span.end > blocks[k].end and k + 1 < len(blocks) and blocks[k + 1].parent == k and blocks[k + 1].style == "para":
            # 2.2.1　县水务局 / 承担…，负责…: a statement from a unit's heading into the paragraph
            # under it; the paragraph is the heading's text (was its task the heading alone)
            r.extend[k] = max(r.extend.get(k, 0), blocks[k + 1].end)
            r.merged.add(k + 1)
        return k

    def _task_roots(self, own: dict[int, list[Clause]]) -> set[int]:
        """The chapters holding tasks: those with clauses, those organised by unit, and the
        chapters of tasks beside them (``_task_chapters_after`` / ``_before``, ``_items_between``)."""
        roots = {self.root(k) for k in own}
        # a section organised by unit (一、区发展改革委 / 1.… / 2.…) holds tasks without clauses
        roots |= {self.root(p) for p, b in enumerate(self.blocks) if b.children and self.owner(p) is not None}
        # (chapters before those of duty statements alone are read as in a plan without clauses)
        stated = {self.root(k) for k, cl in own.items() if any(c.span.start not in self.duty_starts for c in cl)}
        return roots | self._task_chapters_after(roots) | self._task_chapters_before(stated) | self._items_between(roots)

    def _heading_clauses_taken(self, own: dict[int, list[Clause]], above: set[int]) -> None:
        """A heading's one clause over items below it is theirs (``heading_clauses``), no task of
        its own: over items naming no unit, over items of supporters it leads, over titled paragraphs."""
        blocks = self.blocks
        for i in sorted(own):
            # a top-level section (一、提升市容环境品质 / 责任单位：区城管局 / （一）… （二）…) is never one
            # task: its clause leads the items below it, as a 牵头单位 line under a (一) does
            # (nor is an action of a 行动方案: 行动二：…（牵头单位：A） / （一）… / （二）…: its items are)
            top = (blocks[i].parent is None or blocks[i].style == "action") and i not in above
            if (i in above or top) and len(own[i]) == 1 and self._clause_only_heading(i, own[i][0]):
                bare = [j for j in self.subtree(i) if j not in own and j not in above and self._item(j)]
                if bare:
                    # the heading is the clause of its items that have none: they are the tasks
                    self.heading_clauses[i] = own.pop(i)[0]
                elif self._leads_responsible_items(i, own):
                    # 一、…（牵头单位：A）/ 1.…（责任单位：B、C）: A leads every item, B and C support
                    self.heading_clauses[i] = own.pop(i)[0]
                    self.lead_over.add(i)
            elif len(own[i]) == 1 and self._titled_paragraphs(i) and self._clause_over_paragraphs(i, own[i][0]):
                # （一）加强源头治理（牵头单位：A）/ 强化…。…。/ 严格…。…。: the titled paragraphs are the
                # tasks and A leads those naming no unit (the heading was one task, its paragraphs its text)
                self.heading_clauses[i] = own.pop(i)[0]

    def _unit_task_in_safeguards(self, i: int, b: Block, r: _ClauseReading) -> None:
        """Block ``i`` (no clause of its own) of a chapter read as safeguards or holding no tasks
        made a task where it gives its work to a named unit."""
        if i in r.merged:
            return  # a paragraph that is an item's text or fields is read with the item (it was a task twice)
        if self._unit_item_in_safeguards(i):
            # （四）加强法治保障 / 1.区法院负责依法平等保护…: the item is its unit's work though
            # the chapter reads as safeguards (it was dropped); its items naming no unit stay out
            if b.style == "para":  # (加强组织领导。A负责…: an item written as a titled paragraph)
                self.add(i, "", lead_title(self.text[b.body : b.end]) or "", b.body, b.end, "paragraph", [])
            else:
                self.add(i, clean_number(b), heading_title(self.text, b), b.body, b.end, "numbered", [])
        elif (sec_end := self._unit_section_in_safeguards(i)) is not None:
            # 第X章 规划实施保障 / 第二节 加强评估考核 / 市生态环境局会同有关部门…开展中期评估和
            # 终期评估…: a 规划's section written as its title over paragraphs, read as an item is
            r.absorbed.update(self.blocks[i].children)
            self.add(i, clean_number(b), heading_title(self.text, b), b.body, sec_end, "numbered", [])

    def _block_tasks(self, i: int, b: Block, r: _ClauseReading) -> None:
        """Block ``i`` of a chapter holding tasks made its tasks: one a clause group of its own
        (``_split``), else one naming no unit where it is an item, a section or a titled text."""
        blocks, own, above, skip = self.blocks, r.own, r.above, r.skip
        end = max(b.end, r.extend.get(i, 0))
        cl = own.get(i, [])
        if cl and i not in above and any(blocks[c].style != "para" for c in b.children):
            # （一）市容秩序整治（牵头单位：A）/ 1.… / 2.…: the clause is the heading's, its items
            # (no clause of their own) are the task's content, not tasks apart; a 专栏 after
            # the section's text is not (第一节 推进…（A牵头）专栏3 … 1.… 2.…, a 规划 flattened
            # onto one line: its projects are tasks of their own, as on lines of their own)
            sub = [j for j in self.subtree(i) if not (b.style == "section" and (blocks[j].style == "box" or self.in_box(j)))]
            r.absorbed.update(sub)
            end = max([end] + [max(blocks[j].end, r.extend.get(j, 0)) for j in sub])
        if cl:
            self._split(i, b, end, cl)
        elif (self._item(i) or self._box_project(i)) and self.root(i) not in r.safeguards and i not in r.observed and not OWN_RULES.match(self.text, b.body, end) \
                and not only_points_elsewhere(self.text, b.body, min(self.closing, end), skip):  # 四、其他任务责任清单 / the table
            self.add(i, clean_number(b), heading_title(self.text, b), b.body, end, "box" if self.in_box(i) else "numbered", [])
        elif b.style == "section" and (sec_end := self._section_text_end(i, skip, above, own)) is not None:
            # 第二节　巩固提升水环境质量 / 实施…。 beside sections whose paragraphs carry clauses:
            # a task naming no unit (its paragraphs its text), as a titled item over its text is
            r.absorbed.update(j for j in b.children if blocks[j].style == "para" and blocks[j].end <= sec_end)
            self.add(i, clean_number(b), heading_title(self.text, b), b.body, sec_end, "numbered", [])
        elif self._titled_over_text(i, above, own) and self.root(i) not in r.safeguards and not only_points_elsewhere(
            self.text, b.body, min(self.closing, max([end] + [blocks[j].end for j in self.subtree(i)])), skip
        ):  # (四、其他任务责任清单 over a table: its rows are the tasks)
            # （三）加强农业农村污染治理 / 推进化肥农药减量增效。推广…。: a title over its text
            # without a clause, beside items that have one (as 五年规划 write a task)
            sub = self.subtree(i)
            r.absorbed.update(sub)
            end = max([end] + [blocks[j].end for j in sub])
            self.add(i, clean_number(b), heading_title(self.text, b), b.body, end, "numbered", [])
        elif b.style == "para" and i not in r.merged and b.parent not in own and (title := self._paragraph_task(i)):
            # 强化扬尘管控。严格落实…。 beside 推进VOCs治理。…（责任单位：…）: a titled paragraph
            # among its section's paragraph tasks is one, its lead unnamed
            self.add(i, "", title, b.body, end, "paragraph", [])

    def _box_project(self, i: int) -> bool:
        """A 专栏's project written as its title alone (专栏4-1 / （1）北江流域水环境综合整治工程 /
        （2）…): a task naming no unit, as in a plan without clauses (a bare title line reads as a
        heading, and a list of them as headings over nothing: the projects were dropped)."""
        b = self.blocks[i]
        return not b.children and b.style not in NOT_ITEMS and self.in_box(i)

    def _unit_item_in_safeguards(self, i: int) -> bool:
        """Whether block ``i`` is an item of a safeguard chapter that gives its work to a named
        unit (三、加强法治保障 / （一）县人民法院负责完善破产审判工作机制。, or titled apart:
        （一）加强组织领导。区发展改革局负责统筹协调。 / （三）强化督查考核，区委督查室负责跟踪督办。):
        the unit's assignment, read by ``subjects_fn`` as in any chapter (titled apart, the item
        was dropped with its unit), or an item written as a titled paragraph (加强组织领导。区发展改革局
        负责统筹协调。). An item naming nobody who does it stays out: an exhortation
        (各部门要高度重视), a share of the places (各乡镇负责…), a body set up (成立领导小组，办公室设在A)."""
        b = self.blocks[i]
        titled = b.style == "para" and self._titled_apart(i)
        if self.subjects_fn is None or b.parent is None or not (self._item(i) or titled) or b.children or not safeguard_title(
            self.title(self.root(i))
        ):
            return False
        # its title and the sentence after it, on the item's own line: a unit named further on
        # is one of a paragraph's many parties (加强组织领导。各级党委和政府必须…。…区法院和区检察院
        # 要加强环境司法。), and one on a line below, 区司法局负责法治宣传。 under （四）各部门要高度
        # 重视, is no work of the item's title
        return self._opens_with_unit_work(b.body, b.end, 2)

    def _opens_with_unit_work(self, start: int, end: int, sentences: int) -> bool:
        """Whether the first ``sentences`` sentences of ``text[start:end]`` on their line give the
        work to a named unit (no collective leading: 各部门要… is an exhortation)."""
        stop_at = start
        for _ in range(sentences):
            stop = SENTENCE_STOP.search(self.text, stop_at, end)
            stop_at = stop.end() if stop and stop.group() != "\n" else stop.start() if stop else end
            if stop is None or stop.group() == "\n":
                break
        return any(
            not any(m.collective for m in c.mentions if m.role == "lead") and _ANSWERS_FOR_ALL.search(c.raw) is None
            for c in self.subjects_fn(self.text, start, stop_at)
        )

    def _unit_section_in_safeguards(self, i: int) -> int | None:
        """Where the text ends of a 规划's section in its safeguards chapter (规划实施保障) whose
        paragraphs open by giving the work to a named unit (第二节 加强评估考核 / 市生态环境局会同
        有关部门对规划实施情况开展中期评估和终期评估…), else None. The unit leads it as it leads an
        item so written (（三）加强评估考核。市生态环境局会同…): a 规划 names who evaluates it,
        reports on it, funds it; a section of exhortations (各级党委和政府要…) stays out."""
        b = self.blocks[i]
        if self.subjects_fn is None or b.style != "section" or not b.children or b.parent is None:
            return None
        kids = [self.blocks[j] for j in b.children]
        if any(k.style != "para" for k in kids) or not safeguard_title(self.title(self.root(i))):
            return None
        first = kids[0]
        return max(k.end for k in kids) if self._opens_with_unit_work(first.body, first.end, 1) else None

    def _looks_back(self, k: int, clauses: list[Clause]) -> bool:
        """Whether block ``k`` is a 规划's account of the period behind it (第一章　现状与形势 /
        第一节　“十三五”工作成效 / “十三五”期间，市生态环境局会同市发展改革委…深入实施…): a heading
        above it titled as that account, its text opening with the period past (“十三五”期间 / 以来 /
        过去五年 / 近年来), no label (责任单位：) among its clauses. The units it names did the work
        then; it was a task."""
        if any(_LABELLED.search(c.raw) for c in clauses) or not _LOOKING_BACK.match(self.text, self.blocks[k].body):
            return False
        return any(_ACCOUNT_TITLE.search(self.title(p)) for p in self.path(k))

    def _watch_in_closing_words(self, closing: list[Clause]) -> None:
        """The units closing words name to check the work (县委组织部要会同有关部门加强督促检查，确保
        各项任务落到实处。) supervise every task above them, as a 督导单位 line does (their sentence was
        one more task, then no task and kept nowhere), and the bodies working with them (县委督查室要会同
        县政府督查室…); whoever is concerned (有关部门) names nobody, and closing words asking other work
        (建立项目调度机制) name none."""
        for c in closing:
            stop = SENTENCE_STOP.search(self.text, c.span.start)
            if not _WATCH_WORK.search(self.text, c.span.start, stop.start() if stop else len(self.text)):
                continue
            watchers = [replace(m, role="support") for m in c.mentions if not m.collective]
            if not watchers:
                continue
            watch = Clause(span=c.span, raw=c.raw, supervisors=watchers)
            for t in self.tasks:
                if t.span.start < c.span.start:
                    t.clauses.append(watch)

    def _closing_words(self, k: int, c: Clause) -> bool:
        """Whether clause ``c``, unlabelled in paragraph ``k``, is the plan's closing words, no task
        (each was one more task, led by its unit): a paragraph after the last item of a list whose
        items named their units (… 3.加强党员教育管理。县委组织部负责。 / 县委组织部要会同有关部门加强
        督促检查，确保各项任务落到实处。), or one standing under a chapter of requirements alone
        (二、工作要求 / 师市发改委要会同师市住建局建立项目调度机制，每月通报工作进展。), the watch kept
        over the plan's work. An item of such a chapter (（一）加强组织领导。A要会同B…), labels
        (（责任单位：县财政局）) and a paragraph followed by more items of its list stay as they are."""
        blocks = self.blocks
        b = blocks[k]
        if b.style != "para" or _LABELLED.search(c.raw) or c.span.start in self.duty_starts:
            return False
        item = k - 1
        while item >= 0 and blocks[item].style == "para" and not blocks[item].closing:
            item -= 1
        if b.closing or (item >= 0 and blocks[item].closing):
            # (a paragraph after the closing words goes on with them: 县应急管理局、各乡镇要加强值班
            # 值守。 / 县委督查室要会同县政府督查室加强督促检查。)
            while item >= 0 and blocks[item].style == "para":
                item -= 1
            nxt = next((j for j in range(k + 1, len(blocks)) if blocks[j].style != "para"), None)
            return item >= 0 and (nxt is None or blocks[nxt].parent != blocks[item].parent)
        root = self.root(k)
        # (a titled paragraph, 严格督查考核。A要会同B…, is the chapter's item written so: its own work)
        return root != k and b.parent == root and SAFEGUARD_CHAPTER.match(self.title(root)) is not None and (
            not self._titled_apart(k)
        )

    def _titled_apart(self, k: int) -> bool:
        """Whether paragraph ``k`` opens with a title of its own, a short phrase naming no unit
        (严格督查考核。 / 加强组织领导。), as the chapter's items do; not a unit's sentence
        (师市发改委要会同师市住建局建立项目调度机制，每月通报工作进展。)."""
        b = self.blocks[k]
        title = lead_title(self.text[b.body : b.end])
        return bool(title) and "，" not in title and "," not in title and not _UNITS_TOLD.search(title) and not (
            self.subjects_fn is not None and self.subjects_fn(self.text, b.body, self.text.find("。", b.body, b.end) + 1)
        )

    def _supervisors_over_list(self, own: dict[int, list[Clause]]) -> None:
        """A clause naming only supervisors (督导单位：县委督查室 / 县纪委监委全程监督。) on a line
        of its own after the last of several items with units of their own checks the work of
        the list, not of the last item only: the earlier items' tasks take it too."""
        blocks, text = self.blocks, self.text
        for k, cl in own.items():
            b = blocks[k]
            if b.parent is None or b.style == "para" or blocks[b.parent].children[-1] != k:
                continue
            for c in cl:
                line = text.rfind("\n", 0, c.span.start) + 1
                if c.mentions or not c.supervisors or line <= b.body or text[line : c.span.start].strip(" \t\u3000（(【"):
                    continue
                items = [j for j in blocks[b.parent].children if j != k and blocks[j].style not in ("para", "plain")]
                if not items or not all(any(x.mentions for x in own.get(j, ())) for j in items):
                    continue  # (measures without units: the fields are their problem's, _fields_of_list)
                spans = [(blocks[j].start, blocks[j].end) for j in items]
                for t in self.tasks:
                    if c not in t.clauses and any(a <= t.span.start < z for a, z in spans):
                        t.clauses.append(c)

    def _section_closing_clause(self, k: int, c: Clause, para_with_clause: set[int]) -> int | None:
        """The 节 / 章 whose titled paragraphs a clause alone on the section's last line closes
        (第一节　推进空气质量持续改善 / 一是深化臭氧污染防控。… / 二是强化柴油货车污染治理。… /
        （A、B、C等按职责分工负责）): the section's clause, each titled paragraph a task it gives
        (the last paragraph took it alone, the others no unit). Not when another paragraph of the
        section names its own units (推进…。（A负责） / 强化…。 / （B负责）: each clause its
        paragraph's), nor over paragraphs that are one text (the section is then the task)."""
        blocks, text = self.blocks, self.text
        b = blocks[k]
        p = b.parent
        if b.style != "para" or p is None or blocks[p].style not in ("chapter", "section"):
            return None
        kids = [j for j in blocks[p].children if blocks[j].style != "box"]
        if not kids or kids[-1] != k or any(blocks[j].style != "para" for j in kids):
            return None
        rest = text[b.body : c.span.start] + text[c.span.end : b.end]
        if CJK.search(rest) and not (_LABELS_LINE.match(text, b.body) and "\n" not in text[b.body : b.end].strip()):
            return None  # (a paragraph of its own work, not a clause alone)
        before = kids[:-1]
        titled = self._titled_paragraphs(p)
        if len(before) < 2 or any(j in para_with_clause for j in before) or any(j not in titled for j in before):
            return None
        return p

    def _items_closing_clause(self, k: int, c: Clause, with_clause: set[int]) -> int | None:
        """The heading whose numbered items a bracketed clause alone on the line after its last item
        closes (一、深入推进结构调整 / （一）…。 / （二）…。 / （省发展改革委、省生态环境厅按职责分工负责）):
        the heading's clause, each item a task it gives (the last item took it alone, the others no
        unit). Not when an item before names its own units (each clause its item's), nor for a
        clause on the item's own line or with words of the item around it."""
        blocks, text = self.blocks, self.text
        b = blocks[k]
        p = b.parent
        if p is None or b.style in NOT_ITEMS or b.style == "circled" or b.children:
            return None  # (①② closed by one clause are parts of their item, the item the task)
        line = text.rfind("\n", 0, c.span.start) + 1
        if line <= b.body or not c.raw.lstrip().startswith(("（", "(")) or text[line : c.span.start].strip():
            return None  # (its own line, a bracket opening it)
        if text[c.span.end : b.end].strip(" \t\u3000\r\n。；;"):
            return None
        kids = blocks[p].children
        if not kids or kids[-1] != k or len(kids) < 2:
            return None
        if any(blocks[j].style != b.style or j in with_clause or blocks[j].children for j in kids[:-1]):
            return None
        return p

    def _clause_after_paragraph(self, k: int, c: Clause, para_with_clause: set[int]) -> bool:
        """Whether paragraph ``k`` is nothing but clause ``c`` (a bracketed label line) right after
        a paragraph of the same heading that holds no clause and opens with a title."""
        blocks, text = self.blocks, self.text
        b = blocks[k]
        if b.style != "para" or k == 0 or blocks[k - 1].style != "para" or blocks[k - 1].parent != b.parent or (k - 1) in para_with_clause:
            return False
        rest = text[b.body : c.span.start] + text[c.span.end : b.end]
        if CJK.search(rest) and not (_LABELS_LINE.match(text, b.body) and "\n" not in text[b.body : b.end].strip()):
            return False  # (a paragraph of its own work: 县财政局负责…; 牵头单位：A　配合单位：B is labels alone)
        # (the paragraphs of a 节 / 章, or the titled paragraph tasks of a heading: not the one
        # paragraph carrying an item's text, （四）加强… / 推进… / 责任单位：…, whose clause is the item's)
        p = b.parent
        if p is not None and blocks[p].style not in ("part", "chapter", "section") and k - 1 not in self._titled_paragraphs(p):
            return False
        return lead_title(text[blocks[k - 1].body : blocks[k - 1].end]) is not None

    def _split(self, i: int, b: Block, end: int, cl: list[Clause]) -> None:
        groups: list[list[Clause]] = [[cl[0]]]
        for prev, c in zip(cl, cl[1:]):
            between = self.text[prev.span.end : c.span.start]
            if len(CJK.findall(between)) >= 6 or c.span.start in self.duty_starts:  # (A负责督办。B负责…)
                groups.append([c])
            else:
                groups[-1].append(c)
        kind = "box" if self.in_box(i) else "paragraph" if b.style == "para" else "numbered"
        start = b.body
        phase = None
        for n, g in enumerate(groups):
            seg_end = end if n == len(groups) - 1 else _fields_after(self.text, g[-1].span.end, groups[n + 1][0].span.start)
            if n < len(groups) - 1 and groups[n + 1][0].span.start in self.duty_starts:
                seg_end = groups[n + 1][0].span.start  # a duty statement runs to the next one
            enum = _ENUM.search(self.text, start, g[0].span.start) if len(groups) > 1 else None
            if g[0].span.start in self.duty_starts and (b.style == "para" or n > 0):
                # 县商务局负责统筹推进…。县交通运输局负责…。: a duty statement is titled by itself
                title = first_sentence(self.text[g[0].span.start : seg_end])
            elif enum:
                # 一是…（责任单位：A）；二是…（责任单位：B）: each part is titled by its own words
                title = first_sentence(self.text[enum.end() : g[0].span.start])
            elif n == 0:
                title = lead_title(self.text[b.body : end]) if b.style == "para" else heading_title(self.text, b)
                if title and b.style != "para":
                    # 推进港口岸电建设，市交通运输局负责，2023年底前完成。: a clause inside the
                    # first sentence ends the title (a bracketed one is cut by heading_title)
                    head = self.text[b.body : g[0].span.start]
                    before = "".join(head.split()).rstrip("，,、：:")
                    if before and not any(c in head for c in "。；;") and len(before) < len(title) and title.startswith(before):
                        title = before
                    elif (by := _BY_UNITS_THEN_WORK.match(self.text, b.body, seg_end)) is not None and title.startswith("由"):
                        # 1.由园区生态环境局牵头，园区经发委配合，推进…: the item opens with its units in a
                        # phrase of their own, the work after it is the title (was the whole sentence;
                        # 由市水利局牵头建立…机制 writes the units into the work: its own title)
                        title = first_sentence(self.text[by.end() : seg_end]) or title
                # (市水利局牵头建立…机制，各有关部门…。: a sentence opening with its clause is its own title)
                title = title or first_sentence(self.text[b.body : g[0].span.start]) or first_sentence(self.text[b.body : seg_end])
                # (the line break first: most items' clause stands on their title's line)
                if b.style != "para" and (nl := self.text.find("\n", b.body, g[0].span.start)) > 0 and phase_title(title):
                    # 二、非防火期 / 开展防火道路建设。（责任单位：A）: the phase is no title, its work
                    # is; the phase is the task's section
                    phase, title = title, first_sentence(self.text[nl : g[0].span.start]) or title
            else:
                title = first_sentence(self.text[start : g[0].span.start])
            if b.style == "para" and 2 <= title.find("：") <= LEAD_TITLE_MAX and self.in_box(i):
                title = title[: title.find("：")]  # 专栏: 城乡供水一体化工程：新建水厂3座…, the project's name
            task = self.add(i, clean_number(b) if b.style != "para" else "", title, start, seg_end, kind, g)
            if phase is not None:
                task.section = [*task.section, phase]
            start = seg_end  # (the clause's end, or the next duty statement's start)
