"""What the task rules read in a title or a block, as patterns and pure functions.

Chapters of background (``BACKGROUND``), of safeguards (``safeguard_title``, ``SAFEGUARD_CHAPTER``)
and titles naming no work (``names_no_work_title``, ``NOT_TASK_TITLE``, ``OTHER_MATTERS``,
``_AWARENESS``, ``OWN_RULES``); a paragraph's short lead title (``lead_title``) and a part's
first sentence (``first_sentence``); an item's number as written (``clean_number``); the block
styles that are no item (``NOT_ITEMS``) and the chapter styles that can hold tasks.
Used by ``tasks`` (``TaskBuilder`` and its rule mixins), ``duties`` and the ``structure`` pipeline.
"""

from __future__ import annotations

import re

from respgraph.grammar.units import looks_like_unit
from respgraph.records import Span
from respgraph.structure.blocks import DOCUMENT_TITLE, Block


# (基础设施 / 基础教育 / 基础研究 name a policy area: 第二章 构建现代化综合交通基础设施网络 is a chapter of tasks)
# (一、基本情况 / 工作概况: what the place has and what was found, a 整治方案's opening; was a task)
# (一、主要指标 / 指标体系 as the whole title: the plan's indicators, its targets as 主要目标 are, over a
# list of them (one cell a line: 指标 / 2016年现状 / 2017年目标值 …) was read as a task without units;
# 指标 inside a title of work, 三、加强指标监测调度, is none of these)
# (一、分工原则: how a 分工方案 marks its leads, 排在第一位的为牵头单位，其他为责任单位, read as a task
# without units; the statement still sets the lists' convention, first_lead.py)
BACKGROUND = re.compile(
    r"(基础(?!设施|教育|研究|医疗|公共|能力|工程|网络)|形势|现状|回顾|成效|面临|指导思想|基本原则|工作原则|分工原则|目标|总体要求|总体思路|背景|总则"
    r"|^基本情况$|^[\u4e00-\u9fff]{0,4}概况$|^(?:主要|发展|规划|考核|核心|约束性|预期性)?指标(?:体系)?$)"
)


# A chapter of the plan's principles (一、总体要求 / 指导思想 / 基本原则 / 工作目标), not BACKGROUND's
# 目标任务 or 基础设施: a clause in one of its items (（三）工作目标。…由A牵头制定…) makes that item
# a task, not its other items. 目标 is such a chapter only as its whole title (工作目标 / 主要目标):
# 二、聚焦重点领域，确保完成年度目标 is work (its items without a clause were dropped)
PRINCIPLES_CHAPTER = re.compile(r"总体要求|指导思想|基本原则|工作原则|分工原则|总体思路|^(?:\d{4}年)?[\u4e00-\u9fff]{0,4}目标$")


SAFEGUARD = re.compile(r"(保障|组织实施|组织领导|实施机制|工作要求|附则)")


# A closing chapter of what befalls those who fail (五、责任追究 / 奖惩 / 法律责任 / 罚则): no work
# in its paragraphs (各级各部门未履行…职责的，依照…追究责任 was a task)
# (三、考核奖惩 / 考核与奖惩 / 考核问责: how a 目标责任书 or a plan closes, what its completion is
# weighed by: 本责任书完成情况纳入年度目标考核 was a task)
ACCOUNTABILITY_CHAPTER = re.compile(
    r"^(?:严格|强化|严肃)?(?:责任追究|追责问责|问责追责|(?:考核[与和及]?)?奖惩(?:措施|办法)?|考核问责|法律责任|罚则)$"
)
# A chapter stating where and when a rule holds (一、禁放区域和时间 / 禁烧时段和区域 / 适用范围 / 限行
# 区域): the scope of a notice's duties, no work (绕城高速以内区域…为禁放区域 was a task)
SCOPE_CHAPTER = re.compile(r"^(?:禁[放燃烧售]|限行|管控|适用|实施)?(?:区域|范围|时段|时间)(?:[和及与、](?:区域|范围|时段|时间))?$")


# ... but 保障 opening a policy area (第四章 保障城乡供水安全 / 保障粮食安全 / 保障和改善民生) is a
# chapter of tasks: a safeguard's 保障 closes its title or is followed by 措施/机制/体系
_SAFEGUARD_NAMED = re.compile(r"保障(?:措施|机制|体系)?$|组织实施|组织领导|实施机制|工作要求")


# ... and 保障 after a field of work (二、加强民生保障 / 完善社会保障体系 / 强化能源保障 / 三、加强法治
# 保障 / 四、强化要素保障) names the work of that field, not the plan's safeguards: the phrase is set
# aside before a title is read for 保障 (those chapters' items were no tasks, dropped without a
# lead). The safeguards' own words before 保障 are few (组织保障 / 工作保障 / 规划实施保障 / 政策保障 /
# 资金保障, or a verb: 加强保障 / 提供有力保障; a reform's 工作要点 closes with 强化改革保障, the
# reform's own safeguards), and 民生保障措施 / 要素保障机制 still are safeguards
_FIELD_BAOZHANG = re.compile(r"([\u4e00-\u9fff]{2})保障(?!措施|机制)")
_SAFEGUARD_WORDS = frozenset(
    "组织 工作 实施 政策 制度 机制 综合 支撑 条件 资金 经费 财力 投入 人才 队伍 改革 "
    "强化 加强 完善 健全 做好 提供 有力 坚强 全面 切实 落实 推进".split()
)


def _field_or_not(m: re.Match) -> str:
    return m.group(0) if m.group(1) in _SAFEGUARD_WORDS else ""


# ... and 保障 opening a title as its verb (七、保障电力供应 / 三、保障运兵安全 / 保障秋粮收购) names
# the work it secures, a notice's last point often (it was read as the closing safeguards, and
# the points before it back to the last clause were dropped with it); 保障措施 / 保障机制 / 保障
# alone stay the plan's safeguards
_OPENING_BAOZHANG = re.compile(r"^保障(?!措施|机制|体系|$)")
# ... and so does 保障 opening the title's second clause (二、实施农用地分类管理，保障农业生产环境安全,
# the 土十条's headings every province's 工作方案 copies: its items without a clause were read as the
# safeguards'), unless what it secures is the plan itself (强化政策支持，保障规划实施 / …，保障各项任务落实)
_CLAUSE_BAOZHANG = re.compile(r"(?<=[，,])保障(?!措施|机制|体系|$|(?:各项)?(?:规划|方案|计划|任务|目标|工作|措施|政策))")


def without_areas(title: str) -> str:
    if "保障" not in title:
        return title
    if title.startswith("关于") and not SAFEGUARD_CHAPTER.match(title[2:]):
        # 二、关于改造资金保障 (a matter of minutes): the means of the work decided on, no
        # safeguards chapter (关于保障措施 / 关于组织保障 still are)
        return title.replace("保障", "")
    return _FIELD_BAOZHANG.sub(_field_or_not, _CLAUSE_BAOZHANG.sub("", _OPENING_BAOZHANG.sub("", title)))


# 三、下一步工作要求 / 下步要求 / 整改要求 of a 通报 or a report: what each unit is to do next, the
# document's tasks, not a plan's closing 工作要求 (its clauses were read as a 规划's safeguards, and
# the 通报's 总体情况 became a task)
_NEXT_STEPS = re.compile(r"(?:下一?步|下阶段|下一阶段|整改)(?:工作)?要求")


def safeguard_title(title: str) -> bool:
    """Whether a chapter so titled is the plan's safeguards (规划实施保障, 保障措施, 组织实施)."""
    if _NEXT_STEPS.search(title):
        return False
    title = without_areas(title)
    return SAFEGUARD.search(title) is not None and (
        _SAFEGUARD_NAMED.search(title) is not None or not title.startswith("保障")
    )


# A chapter that is only a plan's safeguards (三、保障措施 / 四、组织实施): its items without a
# clause (（一）加强组织领导。成立…) are no tasks even when another of its items assigns one
SAFEGUARD_CHAPTER = re.compile(
    r"^(?:(?:强化|加强|完善|健全)?(?:组织|工作|实施|政策)?保障(?:措施|机制)?|组织(?:实施|领导|推进)|工作要求|实施机制|推进机制)$"
)
# A chapter setting up who answers, not what is done: the chiefs of a 河长制 / 林长制 roster (一、区级
# 河长及联系单位 / 林长设置 / 区级河湖长名单 / 区级林长责任区) or the working body of a rectification
# (一、整改工作机构 / 组织体系): its items and paragraphs name people and posts, no task (each was one,
# naming nobody)
ROSTER_CHAPTER = re.compile(
    r"^(?:[省市县区乡镇村]级)?(?:总|副总)?(?:河湖长|河长|湖长|林长|田长)(?:制)?(?:及(?:联系单位|责任河流|责任河湖|责任区域|协助单位))?"
    r"(?:名单|设置|体系|组织体系|责任区|责任区域)?$"
    r"|^(?:整改)?(?:工作)?(?:机构|组织机构)$|^组织体系$"
    # a committee's or a 专班's frame beside its members' duties: who it is made of, whom to call, how
    # it meets (二、专班组成 / 三、联络员 / 三、区级林长联系人名单 / 二、工作机制: each was a task naming nobody)
    r"|^(?:[省市县区乡镇村]级)?(?:总|副总)?(?:河湖长|河长|湖长|林长|田长)?(?:制)?(?:联络员|联系人)(?:名单)?$"
    # (二、成员单位 of a 联席会议制度: 联席会议由A、B…组成，A为牵头单位: who sits on it, no work of A's; was a task A led)
    r"|^(?:联席会议|专班|领导小组|小组|委员会|指挥部)?(?:组成|成员|人员)(?:单位)?(?:名单)?$|^(?:工作|运行|议事|会议)(?:机制|规则)$"
)
# Blocks that are no numbered item a clause or a paragraph could belong to
NOT_ITEMS = ("para", "plain", "bracket", "part", "chapter", "section", "box")
LEAD_TITLE_MAX = 30
_BULLETS = "—－–●◆■▲★•· \t\u3000"
CJK = re.compile(r"[\u4e00-\u9fff]")
_NUMBER_TAIL = re.compile(r"[\s.．、,，]+$")


def clean_number(b: Block) -> str:
    """Item number as written, without the trailing separator: ``14``, ``（3）``, ``二``."""
    if b.style in ("arabic", "cn_dun", "circled", "problem", "action"):  # 问题1． as 问题1
        return _NUMBER_TAIL.sub("", b.number)
    return b.number


# …。具体任务分工见附件。 / 详见附件2。: the text says where the work is set out, it adds no work
_SEE_ATTACHMENT = re.compile(r"\s*[^。；;]{0,12}?(?:详|参)?见附(?:件|表)\s*[0-9一二三四五六七八九十]*[。.]?\s*")
# 二、重点任务 / 重点任务分工见下表（表中第一个单位为牵头单位）。: a chapter whose text only says
# where its work is set out (a table below, an attachment) holds no work of its own: the table's
# rows are the tasks (the chapter was one more, without a lead)
POINTS_ELSEWHERE = re.compile(
    r"\s*(?:[^\n。；;]{0,12}?\n)?[^。；;\n，,]{0,16}?(?:(?:详|参)?见|如)(?:下表|附(?:件|表)|表\s*[0-9一二三四五六七八九十]+)"
    r"[^。；;\n（(]{0,10}?(?:[（(][^）)]{0,30}[）)])?[。.]?\s*"
    # 附表2　2017年环境保护重点任务分工: the caption of the table below, alone; so is 表2　…分工 /
    # 表2：重点任务分工 (a table numbered in the text: the chapter was a task without a lead)
    r"|\s*(?:[^\n。；;]{0,12}?\n)?\s*(?:附(?:件|表)\s*[0-9一二三四五六七八九十]{0,2}[ \u3000]+|表\s*[0-9一二三四五六七八九十]{1,2}(?:[ \u3000]+|\s*[：:]\s*))"
    r"[^。；;\n，,]{2,40}\s*"
    # 各牵头单位要按照附件分工，细化工作措施… / 各责任单位按照整改清单逐项落实，…: one sentence
    # sending the units to the table, no work of its own
    r"|\s*(?:[^\n。；;]{0,12}?\n)?[^。；;\n，,]{0,12}?按照?(?:附件|附表|下表|分工表|整改清单|任务清单|责任清单)"
    r"[^。；;\n]{0,6}?(?:分工|逐项|抓好落实|认真落实|组织实施)[^。；;\n]{0,40}?[。.]?\s*"
)
def only_points_elsewhere(text: str, a: int, b: int, tables: list[Span]) -> bool:
    """Does ``text[a:b]``, the tables in it left out, only say where the work is set out (its title
    and 见下表 / a caption 附表2　…分工 / 按照附件分工抓好落实), or hold nothing but its title over a
    table (四、其他任务责任清单 / the table)? The table's rows are the tasks, not the heading."""
    inside = sorted((max(a, s.start), min(b, s.end)) for s in tables if s.start < b and s.end > a)
    if not inside:
        return POINTS_ELSEWHERE.fullmatch(text, a, b) is not None
    parts, p = [], a
    for s, e in inside:
        parts.append(text[p:s])
        p = max(p, e)
    parts.append(text[p:b])
    rest = "\n".join(x.strip() for x in parts if x.strip())
    return not rest or POINTS_ELSEWHERE.fullmatch(rest) is not None or (
        "\n" not in rest and not any(c in rest for c in "。；;") and len(rest) <= 20
    )


# 为持续改善全市环境空气质量，制定本要点。: the preamble's purpose sentence, never a task's title
_PURPOSE = re.compile(r"(?:制定|制订|编制)本")
# a cover letter's note on how the table attached names its units (责任单位栏中标注“牵头”的为牵头
# 单位，其余为配合单位 / 排在第一位的为牵头部门), or its sentence passing the plan on (现将《…》印发
# 给你们，请认真贯彻落实): no title of work
_UNIT_NOTE = re.compile(
    r"[的者]为(?:牵头|主办|主责|配合|责任|协办)(?:单位|部门)|(?:其余|其他|其它)(?:单位|部门)?为(?:配合|责任|协办|参与)(?:单位|部门)"
    r"|(?:印发|转发)(?:给)?你们"
)
# a title opening with a number, a bracket or a date (到2025年，…) is no lead title
_NOT_LEAD_START = re.compile(r"^(?:\d|[（(]|到|至|截至|“十)")


# a paragraph's title on a line of its own: 4 to 20 characters, no stop, no label
_TITLE_LINE = re.compile(r"([\u4e00-\u9fff“”《》、]{4,20})[ \t\u3000]*\n")
_DATE_OPENS = re.compile(r"\s*(?:19|20)\d\d\s*年")
_NOTICE_TITLE = re.compile(r"^关于|(?:通知|通报|决定|意见|函|批复|报告|请示|纪要)$")
_NAMED_OPEN = re.compile(r"[^，。；;\n]{1,12}[：:]")


def _title_line(body: str) -> str | None:
    """The title alone on the paragraph's first line (强化工业源治理 / 对全市25家…。, the title set in
    bold), when its first sentence is no title: not a line wrapped inside the title
    (建立以“三线一单” / 为核心的…体系。: the sentence is the title), nor a signature (XX县人民政府办公室 /
    2024年3月5日), nor a document's title (…工作要点, …清单 over its table)."""
    line = _TITLE_LINE.match(body)
    if line is None or len(CJK.findall(body, line.end())) < 6 or _NOT_LEAD_START.match(line.group(1)):
        return None
    if looks_like_unit(line.group(1)) or _DATE_OPENS.match(body, line.end()) or DOCUMENT_TITLE.search(line.group(1)):
        return None
    if _NOTICE_TITLE.search(line.group(1)):
        return None  # 关于调整…分工的通知: a document's own title
    nxt = body[line.end() :].lstrip().split("\n", 1)[0]
    if "\t" in nxt or _NAMED_OPEN.match(nxt):
        # XX局权责清单 / 序号\t职权类型…: a title over a table; …的通知 / 郑国华：镇党委书记，…: over
        # lines of names, no paragraph's text
        return None
    return line.group(1)


def lead_title(body: str) -> str | None:
    """The short title sentence that opens a paragraph, if it is written that way, or its title
    alone on its first line (``_title_line``)."""
    body = body.strip().lstrip(_BULLETS)  # ——推进花炮产业转型。… : a 规划's dash bullet is no part of the title
    return _title_sentence(body) or _title_line(body)


def _title_sentence(body: str) -> str | None:
    """The short title sentence that opens ``body`` (强化扬尘管控。严格落实…)."""
    k = body.find("。")
    if k < 4 or k > LEAD_TITLE_MAX:
        return None
    title = body[:k]
    if title.count("，") + title.count(",") > 1 or "：" in title or len(body) <= k + 6 or _SEE_ATTACHMENT.fullmatch(body, k + 1):
        return None
    if _NOT_LEAD_START.match(title) or _PURPOSE.search(title) or _UNIT_NOTE.search(title):
        return None
    return "".join(title.split())


# a paragraph's first sentence that names no work: a goal or principle (主要目标。到2025年…), or
# prose opening with a time or a link to what came before (近年来，… / 同时，… / 总体上看，…)
NOT_TASK_TITLE = re.compile(
    r"^(?:主要|工作|发展|总体|基本|重要|重大|预期|阶段性?|年度)?(?:目标|原则|意义|思路|要求|形势|背景)$|"
    r"^(?:近年来|近几年|多年来|目前|当前|同时|此外|另外|为此|因此|对此|其中|总之|总体上看|总的来看|从[^，]{1,8}看)"
)
# 其他事项 / 有关要求 / 关于其他事项 (minutes): an item of a notice's closing, no work; 其他 / 其它
# alone closes a 责任书 or a rule (四、其他 / 本责任书一式三份…)
OTHER_MATTERS = re.compile(r"(?:关于)?(?:其他|其它|有关|相关)(?:事项|要求|说明)$|^(?:其他|其它)$")
# 充分认识…的重要意义 / 提高思想认识 / 统一思想: a notice's opening item, urging, no work
_AWARENESS = re.compile(r"(?:充分|深刻|切实|进一步)?(?:认识|把握)[^，。]{0,20}(?:意义|必要性|紧迫性)$|^(?:提高|统一|深化)(?:思想)?认识|^统一思想")
# the chapters that can hold more of a plan's tasks, and the titles of those that never do
_CHAPTER_STYLES = ("part", "chapter", "section", "cn_dun", "dec1")
_NOT_WORK = re.compile(
    r"保障|组织实施|组织领导|实施机制|要求|步骤|阶段|进度|时间安排|附则|附件|考核|督查|督导|问责|监督|说明|"
    r"总则|目标|原则|指导思想|发展基础|工作基础|形势|背景|职责|机构|组织体系|指挥体系|应急响应|预警|"
    r"后期处置|恢复重建|调查评估|结果运用|奖惩|责任追究|法律责任|罚\s*则"
)


def names_no_work_title(title: str) -> bool:
    """Whether a chapter so titled holds no work (_NOT_WORK; 加强民生保障 does)."""
    return _NOT_WORK.search(without_areas(title)) is not None


# …成效考核实施细则 / …考核办法 / 年度考核评分细则: a plan whose work is an assessment
_ASSESSMENT_RULES_TITLE = re.compile(r"考核[\u4e00-\u9fff]{0,6}?(?:细则|办法|规则|方案)$")


def assessment_rules(title: str) -> bool:
    """Whether a plan so titled is an assessment's rules (河南省…成效考核实施细则), whose 考核
    chapters are its work.

    >>> assessment_rules("河南省污染防治攻坚战成效考核实施细则"), assessment_rules("某县大气污染防治实施方案")
    (True, False)
    """
    return _ASSESSMENT_RULES_TITLE.search(title.strip()) is not None


def names_no_work_of_assessment(title: str) -> bool:
    """Whether a chapter of an assessment's rules so titled holds no work: its 考核 chapters
    (第三章 考核程序) are the assessment's steps, its work; the others as in any plan (结果运用,
    附则, 总则 name none)."""
    return names_no_work_title(title.replace("考核", ""))


# 第一条 为…，制定本办法。 / 第二条 本办法适用于… / 本预案所称…: a rule's own purpose, scope and
# terms, no task (an item without a clause so opening); nor are what a rule asks of those it
# governs (第五条 建设单位应当在开工前申报… / 燃气用户应当安全用气 / 任何单位和个人不得…) and its penalties (违反本规定…
# 的，由…处罚 / 工作人员玩忽职守…的，…给予处分): no unit's work
OWN_RULES = re.compile(
    r"\s*(?:为[^。；;]{2,120}?(?:特)?(?:制定|制订)本|本(?:办法|方案|预案|细则|规定|规则|制度|意见|计划|要点)(?:适用于|所称|中的)|"
    r"违反本(?:办法|细则|规定|规则|制度)|[^。；;，,]{0,40}?(?:玩忽职守|滥用职权|徇私舞弊)|"
    r"[^。；;，,、]{0,8}?(?:单位|企业|个人|经营者|业主|从业人员|用户|使用人)(?:应当|不得|必须|禁止)|"
    # an assessment's scoring (考核细则 / 评分标准): …未完成的，每差1个百分点扣2分 / 每起扣2分 / 加1分 /
    # 满分100分 / 90分以上为优秀: how the work is marked, no unit's work (a chapter with a clause in
    # one article made each such rule a task)
    # (考核实行百分制，养护里程达标的得30分: the marks a result earns too)
    r"[^。；;\n]{0,80}?(?:[扣减加]\s*(?:[\d.．]+|[一二三四五六七八九十半]{1,3})\s*分|扣完为止|满分\s*\d+\s*分|\d+\s*分以上(?:不满\s*\d+\s*分)?为|"
    r"实行百分制|的[，,]?得\s*[\d.．]+\s*分)|"
    # a 责任书's or an agreement's own copies (本责任书一式三份，甲、乙双方各执一份): no work
    r"本(?:责任书|协议书?|合同|承诺书)[^。；;\n]{0,6}?一式[一二三四五六七八九十两\d]+份|"
    # ... and its grades (考核结果分为优秀、良好、合格、不合格四个等次)
    r"[^。；;\n]{0,20}?分为[^。；;\n]{2,30}?(?:等次|等级|档次)|"
    # ... what its results count for (考核结果报送省委组织部，作为…综合考核评价的重要依据) and who
    # interprets it (本细则由省攻坚办负责解释，自印发之日起施行): no unit's work
    r"考核结果[^。；;\n]{0,30}?作为[^。；;\n]{2,60}?依据|本(?:办法|方案|细则|规定|规则|制度|意见|计划)[^。；;\n]{0,12}?负责解释)"
)


def first_sentence(s: str) -> str:
    s = s.strip().lstrip("。；;，,")
    for stop in ("。", "；", "\n"):
        k = s.find(stop)
        if k > 0:
            s = s[:k]
    # the text before a clause closing its sentence (…保护，市水利局负责) ends at that comma
    return "".join(s.split()).rstrip("，,、：:")[:200]
