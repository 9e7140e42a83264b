"""Plan metadata from the head of the document: title, issuers, number, date, place, kind.

Government documents open with a letterhead (``景德镇市生态环境保护委员会办公室文件``), a
document number (``渝党发〔2022〕9号``), a cover letter ``关于印发《…》的通知`` signed by
the issuing bodies and dated, and then the plan itself under its own title.

>>> m = plan_meta("渝党发〔2022〕9号\\n中共渝水区委  渝水区人民政府\\n印发《关于加强生态环境保护实施方案》的通知\\n2022年7月7日\\n", "p", "p.txt")
>>> (m.title, m.issuers, m.doc_number, m.date, m.jurisdiction, m.level, m.kind)
('关于加强生态环境保护实施方案', ['中共渝水区委', '渝水区人民政府'], '渝党发〔2022〕9号', '2022-07-07', '渝水区', 'district', '实施方案')
"""

from __future__ import annotations

import re

from respgraph.records import PlanMeta
from respgraph.registry import district_of_short_name, load_registry

HEAD_CHARS = 3000
SHORT_LINE = 80

# (an anonymised issuer's code keeps its placeholder: X府办发〔2024〕5号, XX环发〔2022〕3号)
_DOC_NO = re.compile(r"[\u4e00-\u9fffXxＸ×]{1,10}\s*[〔\[［【(（]\s*((?:19|20)\d{2})\s*[〕\]］】)）]\s*\d{1,4}\s*号")
_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_CN_DATE = re.compile(r"([二][〇○零][一二三四五六七八九〇○零]{2})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
# 关于印发《…》的通知; 关于转发《…》的通知 (a county forwarding its city's plan, or the city's
# 关于印发…的通知 itself, read again)
_LETTER_TITLE = re.compile(
    r"(?:关于)?(?:印发\s*(?:《(?P<a>[^》]{4,80})》|(?P<b>.{4,80}?))|转发\s*《(?P<c>[^》]{4,80})》)\s*的\s*通\s*知"
)
KINDS = (
    "攻坚行动方案", "专项行动方案", "行动方案", "实施方案", "工作方案", "任务分工方案", "分工方案", "工作要点", "行动计划", "工作计划",
    "实施意见", "指导意见", "实施细则", "管理办法", "规划", "方案", "要点", "计划", "意见", "办法", "细则",
    "工作安排", "若干措施", "工作措施", "政策措施", "攻坚行动", "专项行动", "三年行动", "纲要",
    # an emergency plan's 组织体系 and 成员单位职责 share work by unit as a 方案 does
    "应急预案", "预案",
    # minutes (XX县人民政府常务会议纪要 / 专题会议纪要): their 议定事项 give work unit by unit
    "会议纪要",
    # a division list standing alone (重点任务分工表.xlsx): tried last, after every plan kind
    "任务分工表", "任务分解表", "分工表", "分解表", "任务清单", "责任清单", "工作清单",
    # 2023年生态环境保护重点任务分工 / 《政府工作报告》重点工作任务分工: the list with no 表
    "任务分工",
    # a coordination office's list of supervised items (重点督查事项台账, 整改工作台账,
    # 重点督办事项清单): rows of tasks with leads and deadlines, as a division list's
    "事项台账", "工作台账", "任务台账", "整改台账", "事项清单",
    # a rectification list (督察反馈问题整改清单 / 审计查出问题清单 / 消防隐患整改清单)
    "整改清单", "问题清单", "措施清单",
    # 民生实事项目清单: each project a row with its units and deadline
    "项目清单",
    # a 权责清单 / 职责边界清单 (each power or matter a row with its 实施主体 or 主责部门), and a
    # 督办单 / 交办单 (each matter with its 承办单位 and 办结时限)
    "职责边界清单", "边界清单", "权责清单", "权力清单", "交办单", "督办单",
    # a 督查室's notice of the matters it supervises (…关于…的督办通知), each with its 承办单位
    "督办通知", "督查通知",
)
_KIND_NORMAL = {
    "攻坚行动方案": "行动方案", "专项行动方案": "行动方案", "任务分工方案": "分工方案",
    "纲要": "规划",  # …五年规划和二〇三五年远景目标纲要
    "若干措施": "措施", "工作措施": "措施", "政策措施": "措施", "攻坚行动": "行动", "专项行动": "行动", "三年行动": "行动",
    "任务分工表": "分工表", "任务分解表": "分工表", "分解表": "分工表", "责任清单": "任务清单", "工作清单": "任务清单",
    "任务分工": "分工表",
    "事项台账": "台账", "工作台账": "台账", "任务台账": "台账", "整改台账": "台账", "事项清单": "任务清单",
    "整改清单": "任务清单", "问题清单": "任务清单", "措施清单": "任务清单",
    "应急预案": "预案", "项目清单": "任务清单",
    "职责边界清单": "任务清单", "边界清单": "任务清单", "权责清单": "任务清单", "权力清单": "任务清单",
    "交办单": "任务清单", "督办单": "任务清单", "督办通知": "任务清单", "督查通知": "任务清单",
}
ORGAN = re.compile(
    r"(?:委员会办公室|人民政府办公室|政府办公室|委办公室|办公厅|办公室|人民政府|管委会|党工委|管理委员会|"
    r"委员会|常委会|政协|政府|党委|区委|市委|县委|省委|指挥部|办事处|局|厅|委|"
    # a state-owned group issuing to its departments and subsidiaries (陕西交通控股集团有限公司文件)
    r"集团有限公司|集团有限责任公司|集团股份有限公司|集团公司|"
    # a party committee's department (中共浏阳市委组织部 / 县委宣传部 / 区委社会工作部)
    r"[省市州盟县旗区]委[\u4e00-\u9fff]{1,5}部)$"
)
_PLACE = re.compile(
    r"^(?:中共|中国共产党)?(?P<place>[\u4e00-\u9fffA-Za-z]{1,10}?"
    r"(?:经济技术开发区|高新技术产业开发区|高新区|经开区|开发区|投资区|新区|园区|试验区|合作区|自治区|自治州|自治县|特别行政区|省|市|州|盟|地区|县|旗|区))"
    # 赣州市 / 通州区: a 州 that names a city is followed by its level (the shortest match stops at 州);
    # 重点区域 / 城区域: a 区 before 域 is a region, not a district
    r"(?P<more>(?<=州)[市区县])?(?!域)"
)
# A township names itself as an issuer (黄坳镇人民政府, 中共黄坳镇委员会), or in a title when the plan's
# year or 关于 follows it (梧桐街道2024年…实施方案 / 金鸡镇关于…的方案); otherwise in a title 城乡 /
# 乡村 would read as places. A template writes its name XX镇 / ××街道: the plan's place all the same.
_TOWN_NAME = r"(?P<place>[\u4e00-\u9fffXＸ×]{2,8}?(?:镇|乡|街道|苏木))"
_TOWNSHIP = re.compile(r"^(?:中共)?" + _TOWN_NAME + r"(?:人民政府|党委|委员会|政府|办事处|党工委|(?=(?:19|20)\d{2}\s*年|关于))")
# A title opening with a town and its topic (金鸡镇农村人居环境整治工作方案): the town's plan when
# its text speaks as the town (我镇 / 全镇 / 本街道), never a kind of town (小城镇 / 特色小镇 / 重点镇)
_TOWN_TITLE = re.compile(r"^" + _TOWN_NAME)
_TOWN_KINDS = re.compile(r"城镇|乡镇|小镇|村镇|集镇|城乡|示范|卫生|文明|特色|重点|中心|美丽|旅游|森林|园林|历史|文化|名镇|古镇|强镇|新镇")
_TOWN_SELF = {"镇": ("我镇", "全镇", "本镇"), "乡": ("我乡", "全乡", "本乡"), "街道": ("我街道", "全街道", "本街道"),
              "苏木": ("我苏木", "全苏木", "本苏木")}
# Not a place: 全市 / 本县 (the whole of an unnamed place), 县市 / 市县 (levels, not a name), or a title opening with words no place
# name begins with (关于加强城市… / 推进城区… / 国家生态文明建设示范区创建… / 创建全国文明城区…)
# (城市: the word "city" of 城市更新行动方案, no place's name)
# (民盟市委, 民革县委: a democratic party's committee, 民盟 no league; a proposal's author in a
# 提案办理 table)
_NOT_PLACE = re.compile(r"^(?:[全本我各该省市州盟县旗区][省市州盟县旗区]$|城市$|民革|民盟|民建|民进|台盟|农工党|致公党|九三学社|关于|加强|加快|推进|推动|深入|进一步|做好|开展|实施|促进|支持|建立|健全|完善|强化|创建|国家|全国)")
_CN_NUM = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _cn_small(s: str) -> int:
    if "十" in s:
        a, _, b = s.partition("十")
        return (_CN_NUM.get(a, 1) if a else 1) * 10 + (_CN_NUM.get(b, 0) if b else 0)
    return _CN_NUM.get(s, 0)


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _short_lines(head: str) -> list[str]:
    return [ln for ln in head.splitlines() if 0 < len(ln.strip()) <= SHORT_LINE]


def find_title(head: str) -> str:
    """The plan's own title: the 《…》 of the cover letter, else the first title-like line.

    Only short lines count for the cover letter, so that a ``关于印发…的通知`` cited inside
    the preamble of a run-together text is not taken for the plan's title. A title broken
    over two lines (``上饶市2023年深入打好污染防治攻坚战`` / ``工作要点``) is read whole.
    """
    joined = _squash("".join(_short_lines(head)))
    m = _LETTER_TITLE.search(joined)
    if m:
        if m.group("c"):
            return find_title(m.group("c") + "\n") or _unquote(m.group("c"))
        return _unquote((m.group("a") or m.group("b")).strip("《》"))
    lines = _close_quotes([_squash(ln)[:80] for ln in head.splitlines() if ln.strip()])
    # 附件 / 附件2： alone on the first line of an attachment published as a file of its own (a
    # 分工表 sheet): a label, not the head of the title below it (was 附件四川省…分工, and its
    # place 附件四川省); the title below it may stand in 《》, as the attachment's own
    if lines and _ATTACHMENT_LABEL.match(lines[0]):
        lines = lines[1:]
        if lines:
            lines[0] = _WHOLE_QUOTE.sub(r"\1", lines[0])
    for n, s in enumerate(lines):
        s = _FILE_EXT.sub("", s)
        title = _kind_title(s)
        if title:
            return title
        if n + 1 < len(lines) and _title_head(s) and _TITLE_TAIL.match(lines[n + 1]) and not _own_title(s, lines[n + 1]):
            title = _kind_title(s + lines[n + 1])
            if title and len(title) > len(s):
                return title
    return next((t for s in lines for t in _QUOTED.findall(s) if _kind_title(t) == t and find_place([t])[0]), "")


_ATTACHMENT_LABEL = re.compile(r"^附件[0-9一二三四五六七八九十]*[:：]?$")
_WHOLE_QUOTE = re.compile(r"^《([^《》]{4,78})》$")


# 《…》 holding a title: a page that only cites the plan it posts (a WeChat account's
# 重磅！《泾县…行动方案》来了！) is titled by it when nothing else is, if it names its place
_QUOTED = re.compile(r"《([^《》]{4,60})》")


def _close_quotes(lines: list[str]) -> list[str]:
    """``lines`` with a 《 left open at a line's end joined to the lines that close it (a phone
    page wraps every 12–20 characters: 《泾县全域旅游 / 提质升级行动方案》), at most two more."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        s, k = lines[k], k + 1
        for _ in range(2):
            if k < len(lines) and s.count("《") > s.count("》") and "》" in "".join(lines[k : k + 2]):
                s, k = s + lines[k], k + 1
        out.append(s)
    return out


_FILE_EXT = re.compile(r"\.(docx?|pdf|txt|html?|wps)$", re.I)
# the second line of a title broken in two: short, no sentence or document-number punctuation
_TITLE_TAIL = re.compile(r"^[^。，,；;：:〔［\[]{2,30}$")
# （2023—2025年） / （试行） after the kind is part of the title
_TITLE_BRACKET = re.compile(
    r"[（(](?:(?:19|20)\d{2}[—–\-－~～至到]+(?:19|20)\d{2}年?|(?:19|20)\d{2}年度?|试行|暂行|修订|征求意见稿)[）)]"
)
# a notice that is itself the plan: 宜丰县人民政府办公室关于做好2023年秸秆禁烧工作的通知
_NOTICE_TITLE = re.compile(r"^[^。，,；;：:]{0,40}关于[^。，,；;：:]{2,60}的通\s*知$")


def _title_head(s: str) -> bool:
    """Whether ``s`` can be the first line of a broken title: not a sentence, date, number,
    issuer or letterhead (某市人民政府办公室文件, often in a text box of its own, above the title)."""
    return bool(s) and s[-1] not in "。；;：:，," and not (
        _DATE.search(s) or _CN_DATE.search(s) or _DOC_NO.search(s) or ORGAN.search(s) or _LETTERHEAD.search(s)
    )


_LETTERHEAD = re.compile(r"(?:人民政府|政府|委员会|办公室|办公厅|党委|委|局|厅)文件$")


def _own_title(above: str, s: str) -> bool:
    """Whether ``s`` is a title on its own, not the second line of one broken after ``above``:
    a whole title opening with a place (安福县2023年大气污染防治工作方案) below a line naming
    none (a portal's menu 政策文件 or 走进九江 left above the title). A title broken after
    关于深入打好污染防治攻坚战 or 某县创建国家生态文明 goes on without a place of its own."""
    return len(s) >= 12 and _kind_title(s) == s and find_place([s])[0] is not None and find_place([above])[0] is None


_PLAN_KINDS = KINDS[: KINDS.index("任务分工表")]
_LEDGER_KINDS = ("事项台账", "工作台账", "任务台账", "整改台账", "事项清单", "整改清单", "问题清单", "措施清单", "项目清单")
_LIST_KINDS = KINDS[KINDS.index("任务分工表") :]
_ENDS_WITH_KIND = re.compile("(?:" + "|".join(_PLAN_KINDS) + r")(?:[（(][^（）()]{2,12}[）)])?$")


def _kind_title(s: str) -> str:
    """``s`` up to the plan kind it names (and the bracket after it), or "".

    A kind inside 《》 or （） is another document's (贯彻落实《XX实施方案》的工作方案,
    （征求意见稿））; a line ending with a kind is titled whole (…五年规划和二〇三五年远景目标纲要).
    A division list's kind counts only in a line naming no plan kind (XX实施方案任务分工表 is
    titled XX实施方案). A ledger's kind followed by a comma or stop is a sentence's word
    (各单位要建立问题整改台账，实行销号管理。), not a title.
    """
    for group in (_PLAN_KINDS, _LIST_KINDS):
        end = next((e for kind in group for e in [_kind_end(s, kind)] if e), 0)
        if end and s.endswith(_LEDGER_KINDS, 0, end) and _SENTENCE.match(s, end):
            end = 0
        if end:
            b = _TITLE_BRACKET.match(s, end)
            end = b.end() if b else end
            if end < len(s) <= 60 and _ENDS_WITH_KIND.search(s) and not _SENTENCE.search(s, end):
                end = len(s)
            return s[:end]
    # a run-together head (…关于印发《XX区…实施方案》的通知… on one long line): the plan printed
    cited = _PRINTED.search(s, 0, 200)
    return _kind_title(cited.group(1)) if cited else ""


# the plan a cover letter prints, its 》 lost past the line's first 200 characters
_PRINTED = re.compile(r"印发《([^《》]{4,60})")


def _kind_end(s: str, kind: str) -> int:
    """The end of the first ``kind`` in ``s`` that may end a title (0: none)."""
    k = s.find(kind, 4)
    while 0 <= k and k + len(kind) <= 60:
        if not _bracketed(s, k):
            return k + len(kind)
        k = s.find(kind, k + 1)
    return 0


_SENTENCE = re.compile(r"[，,。；;：:]")


def _bracketed(s: str, k: int) -> bool:
    """Whether position ``k`` of ``s`` is inside 《…》 or （…）."""
    head = s[:k]
    return head.count("《") > head.count("》") or head.count("（") + head.count("(") > head.count("）") + head.count(")")


def _unquote(s: str) -> str:
    """“…” around a whole title are dropped; the quotes of “十四五”… are the title's own."""
    if s.startswith("“") and s.endswith("”") and s.count("“") == 1:
        return s[1:-1]
    return s


def notice_title(head: str) -> str:
    """The title of a notice that is the plan itself (关于做好…工作的通知), or ""."""
    for line in _short_lines(head):
        s = _squash(line)
        if _NOTICE_TITLE.match(s) and "印发" not in s:
            return s
    return ""


def find_kind(title: str) -> str | None:
    b = _TITLE_BRACKET.search(title)
    if b and b.end() == len(title):
        title = title[: b.start()]
    for kind in KINDS:
        if title.endswith(kind):
            return _KIND_NORMAL.get(kind, kind)
    if title.endswith("通知"):
        return "通知"
    for kind in KINDS:
        if kind in title:
            return _KIND_NORMAL.get(kind, kind)
    return None


_LETTER_SPLIT = re.compile(r"\s*关\s*于\s*[印转]\s*发|\s*[印转]\s*发\s*《")


# a row of a division table in the head (2\t开展…\t区水利局\t区公安分局): its units are no issuers
_TABLE_ROW = re.compile(r"\d{1,3}\t")


def find_issuers(head: str) -> list[str]:
    """Short lines of the head that name an organ (letterhead, sender line, signature)."""
    out: list[str] = []
    for line in _short_lines(head):
        s = line.strip(" \t\u3000")
        if len(s) > 40 or s.endswith(("：", ":")) or "。" in s or "，" in s or _TABLE_ROW.match(s):
            continue  # the addressees (各乡镇、…：), sentences (为贯彻落实市委、市政府部署，…), a table's row
        s = re.sub(r"文\s*件$", "", s)
        pre = _LETTER_SPLIT.split(s)[0] if ("印发" in _squash(s) or "转发" in _squash(s)) else s
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


# The central government, as the registry names it (data/registry/jurisdictions.csv), and the
# organs whose plans are its own: the Party centre, the State Council, ministries and national
# bureaus, which name no place.
CENTRAL = "中央"
_CENTRAL = re.compile(
    r"^(?:中共中央|中央(?:办公厅|全面深化改革委员会|财经委员会)|国务院|全国人民代表大会|最高人民(?:法院|检察院)"
    r"|国家[\u4e00-\u9fff]{1,12}?(?:总局|局|委员会|委|署)"
    r"|(?:外交|国防|教育|科学技术|工业和信息化|公安|民政|司法|财政|人力资源和社会保障|自然资源|生态环境|住房和城乡建设"
    r"|交通运输|水利|农业农村|商务|文化和旅游|应急管理|退役军人事务)部)"
)


def _central_or_branch(names: list[str]) -> tuple[str | None, str | None]:
    """A plan issued by a central organ (国务院办公厅, 生态环境部, 国家发展改革委) is the central
    government's; one issued by a central organ's local branch (国家税务总局XX市税务局) is the
    branch's place."""
    for name in names:
        m = _CENTRAL.match(_squash(name)) if name else None
        if m:
            branch = find_place([_squash(name)[m.end() :]])
            return branch if branch[0] else (CENTRAL, "national")
    return None, None


def _letter_signers(head: str) -> list[str]:
    """Who signs a cover letter in its first lines: 广西壮族自治区人民政府 of
    广西壮族自治区人民政府关于印发…的通知."""
    out = []
    for line in _short_lines(head)[:2]:
        s = _squash(line)
        k = s.find("关于印发")
        if k > 0:
            out.append(s[:k])
    return out


# a town's name, then words ending in 区 that are no district (a residential compound, a
# community, a scenic area, a campus, a factory's grounds): 东城街道老旧小区 (but 江景区 is one)
_COMPOUND_AFTER_TOWN = re.compile(r"(?:镇|乡|街道).+(?:小区|社区|景区|校区|厂区)$")


# a title that opens with its year before its place (2025年绍兴市医疗保障工作要点)
_YEAR_FIRST = re.compile(r"^(?:19|20)\d{2}年度?")


# 新疆生产建设兵团第一师阿拉尔市: a division of the 兵团 and its city, one administration (师市合一):
# the city is the place (was none: the name too long to read as one)
_DIVISION_CITY = re.compile(r"^(?:新疆生产建设兵团|兵团)?第[一二三四五六七八九十]{1,3}师(?=[\u4e00-\u9fff]{2,5}市)")
# an office's word inside what reads as a place: the name opens with an office, no place
_OFFICE_IN_PLACE = re.compile(r"[委室局厅办](?!$)|督查|督办")


def find_place(names: list[str]) -> tuple[str | None, str | None]:
    """The jurisdiction named at the start of an issuer or title, and its level."""
    for name in names:
        name = _DIVISION_CITY.sub("", _YEAR_FIRST.sub("", _squash(name), 1), 1)
        m = _PLACE.match(name)
        if m is None or _COMPOUND_AFTER_TOWN.search(m.group("place")):
            m = _TOWNSHIP.match(name)  # 东城街道老旧小区改造…: a compound, no district
        if not m or _NOT_PLACE.match(m.group("place")) or _OFFICE_IN_PLACE.search(m.group("place")):
            continue  # 县委督查室县政府督查室关于…: an office opens the name, no place (was 县委督查室县)
        place, end = _matched_place(m, name)
        if place.endswith(("区委", "市委", "县委")):
            place = place[:-1]
        place = _inner_place(place, name[end:])
        return place, _level(place)
    return None, None


def _town_of_title(title: str, text: str) -> tuple[str | None, str | None]:
    """The town a title opens with when the plan's text speaks as that town (金鸡镇农村人居环境
    整治工作方案 / …结合我镇实际…), with its level."""
    m = _TOWN_TITLE.match(_squash(title))
    if m is None or _TOWN_KINDS.search(m.group("place")) or _NOT_PLACE.match(m.group("place")):
        return None, None
    place = m.group("place")
    level_word = next(w for w in _TOWN_SELF if place.endswith(w))
    if not any(w in text for w in _TOWN_SELF[level_word]):
        return None, None
    return place, _level(place)


def _matched_place(m: re.Match, name: str) -> tuple[str, int]:
    """(the place a ``_PLACE`` / ``_TOWNSHIP`` match names in ``name``, where it ends), with the
    区 of 赣县区."""
    place = m.group("place") + (m.groupdict().get("more") or "")
    if m.re is _PLACE and district_of_short_name(place, name[m.end() :]):
        return place + "区", m.end() + 1
    return place, m.end()


# what follows the inner place of 宜春市袁州区人民政府 / 中共宜春市袁州区委 / 宜春市袁州区2023年…
_AFTER_INNER = re.compile(r"(?:人民政府|政府|管理委员会|管委会|党工委|党委|委|\d|“)")
_ORGAN_NEXT = re.compile(r"(?:人民政府|政府|行政公署|管理委员会|管委会|党工委|委员会|办公室|办公厅)")
_GENERIC_ZONE = re.compile(r"^(?:经济技术|高新技术|高新|经济|经开|工业|产业|综合保税)")


def _inner_place(outer: str, rest: str) -> str:
    """The place an issuer or title names inside ``outer``: 宜春市袁州区人民政府 -> 袁州区; a zone
    named after its city (赣州 + 经济技术开发区, XX市 + 高新区) is the whole; else ``outer``."""
    if _ORGAN_NEXT.match(rest):
        return outer  # 南昌市人民政府九江市人民政府: the issuer is whole, the next place another issuer's
    m = _PLACE.match(rest) or _TOWNSHIP.match(rest)
    if m is None:
        return outer
    inner = _matched_place(m, rest)[0]
    if _ORGAN_IN_PLACE.search(inner):
        return outer  # 中共吉林省委办公厅吉林省人民政府办公厅: 委办公厅吉林省 is no place inside 吉林省
    deeper = _inner_place(inner, rest[len(inner) :]) if m.re is _PLACE else inner
    if deeper != inner:
        return deeper  # 南昌市东湖区豫章街道办事处 -> 豫章街道
    if not (_AFTER_INNER.match(rest, len(inner)) or _organ_of(inner, rest[len(inner):]) or _listed_in(inner, outer)) and m.re is _PLACE:
        return outer
    if _GENERIC_ZONE.match(inner):
        return outer + inner
    return inner if len(inner) >= 3 and not _NOT_PLACE.match(inner) else outer


def _listed_in(inner: str, outer: str) -> bool:
    """The registry lists ``inner`` as a county or district of ``outer`` (嘉兴市 + 南湖区): the
    title names the inner place whatever words follow (嘉兴市南湖区创建全国文明城市…), unlike a
    word that only looks like a place (衡阳市老旧小区改造…)."""
    listed = load_registry().jurisdictions.get(inner)
    return listed is not None and listed.parent == outer


# an organ's name after a place (临川区 + 河长制办公室 / 生态环境分局): the place is the organ's own; a
# "place" holding an organ's word (生态环境局高新区) is a bureau's branch, not a place
_ORGAN_WORD = re.compile(r"[局厅委办部府院]")
# no place name holds these (府 does: 府谷县, 天府新区)
_ORGAN_IN_PLACE = re.compile(r"[局厅委办部]")


def _organ_of(inner: str, after: str) -> bool:
    return bool(after) and len(after) <= 20 and ORGAN.search(after) is not None and not _ORGAN_WORD.search(inner)


def _level(place: str) -> str:
    """The level the registry lists ``place`` at (瑞金市, a county-level city: county; 神农架林区:
    county), else the level its name ends with."""
    listed = load_registry().jurisdictions.get(place)
    if listed is not None and listed.level:
        return listed.level
    if re.search(r"(经济技术开发区|高新技术产业开发区|高新区|经开区|开发区|投资区|新区|园区|试验区|合作区|保税区)$", place):
        return "zone"
    if place.endswith(("省", "自治区", "特别行政区")):
        return "province"
    if place.endswith(("市", "州", "盟", "地区")):
        return "city"
    if place.endswith(("县", "旗", "自治县")):
        return "county"
    if place.endswith(("镇", "乡", "苏木")):  # 苏木: a township of Inner Mongolia
        return "township"
    if place.endswith("街道"):
        return "subdistrict"
    return "district"


def _dates(head: str) -> tuple[str | None, str | None]:
    """(the first date standing on its own line, the first date) of ``head``, ISO."""
    first = None
    for line in head.splitlines():
        s = line.strip(" \t\u3000")
        m = _DATE.search(s) or _CN_DATE.search(s)
        if not m:
            continue
        if m.re is _DATE:
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        else:
            y = int("".join(str(_CN_NUM[c]) for c in m.group(1)))
            mo, d = _cn_small(m.group(2)), _cn_small(m.group(3))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            continue
        iso = f"{y:04d}-{mo:02d}-{d:02d}"
        if len(_squash(s)) <= len(_squash(m.group(0))) + 2:
            return iso, first or iso
        first = first or iso
    return None, first


def find_date(head: str) -> str | None:
    """The signature date: the first date standing on its own line, else the first date."""
    alone, first = _dates(head)
    return alone or first


CLOSING_CHARS = 600
_PRINTED_ON = re.compile(r"((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*印\s*发")
# （此件公开发布） / （联系人：…，电话：…） between the signature and the end
_REMARK = re.compile(r"^[（(][^（）()]{0,40}[）)]$")


def closing_lines(text: str, end: int) -> list[str]:
    """The signature block that ends a plan issued without a cover letter: the issuers and the
    date on lines of their own just before ``end`` (the footer or the first attachment).

    >>> t = "…\\n（二）加强组织领导。\\n\\n中共石城县委\\n石城县人民政府\\n二〇二三年五月六日\\n"
    >>> closing_lines(t, len(t))
    ['中共石城县委', '石城县人民政府', '二〇二三年五月六日']
    """
    out: list[str] = []
    for line in reversed(text[max(0, end - CLOSING_CHARS) : end].splitlines()):
        s = line.strip(" \t\u3000")
        if not s:
            continue
        if len(s) > 40 or len(out) >= 8:
            break
        if _dates(s)[0] or _REMARK.match(s) or _signature(s):
            out.append(s)
            continue
        m = _DATE.search(s) or _CN_DATE.search(s)
        if m and m.end() == len(s) and _signature(s[: m.start()]):
            out += [m.group(0), s[: m.start()].strip()]  # 安福县人民政府办公室    2023年7月3日
            continue
        break
    return out[::-1]


_ORGAN_PIECE = re.compile(r"[^\s：:，,。；;、《》（）()]{4,30}")


def _signature(line: str) -> bool:
    """A line of issuing organs only (中共石城县委  石城县人民政府), not a task naming units."""
    pieces = line.split()
    return all(_ORGAN_PIECE.fullmatch(p) and ORGAN.search(p) and not p.startswith("各") for p in pieces) and (
        not pieces or any(find_place([p])[0] for p in pieces)
    )


_TITLE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?!\s*[—–\-－~～至到])")
_TITLE_RANGE = re.compile(r"(?:19|20)\d{2}\s*年?\s*[—–\-－~～至到]\s*(?:19|20)\d{2}")


def plan_year(meta: PlanMeta) -> int | None:
    """The year a plan's dates without a year fall in (its 6月底前): the one year its title
    names (2024年工作要点), else the year it was issued.

    >>> plan_year(PlanMeta("p", "p.txt", title="某县2024年生态环境保护工作要点", date="2023-12-28"))
    2024
    >>> plan_year(PlanMeta("p", "p.txt", title="某县三年行动方案（2024—2026年）", date="2024-03-05"))
    2024
    """
    title = meta.title or ""
    years = {int(m.group(1)) for m in _TITLE_YEAR.finditer(title)}
    if len(years) == 1 and not _TITLE_RANGE.search(title):
        return years.pop()
    if meta.date:
        return int(meta.date[:4])
    return None


# The fields a 政府信息公开 page states above the text (标题：… 发文机关：… 成文日期：2023-03-20),
# one per line: the page's own record of the plan, so they go before what the text suggests.
# (索引号/主题分类/发文字号 are matched only to be set aside: no line of a broken title.)
_LABELLED = re.compile(
    r"^[ \t\u3000]*(?P<label>标[ \t\u3000]*题|名[ \t\u3000]*称|文件名称|发文机关|发布机构|发文单位|成文日期|生成日期|发文日期|印发日期"
    r"|索[ \t\u3000]*引[ \t\u3000]*号|主题分类|发文字号|文[ \t\u3000]*号|发布日期)"
    r"[ \t\u3000]*[:：][ \t\u3000]*(?P<value>\S[^\n]*?)[ \t\u3000]*$",
    re.M,
)
_NUM_DATE = re.compile(r"((?:19|20)\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})")


def _numeric_date(s: str) -> str | None:
    """The first date of ``s`` written 2023-03-20, 2023/3/20 or 2023年03月20日, ISO."""
    d = _NUM_DATE.search(s)
    if d is None or not (1 <= int(d.group(2)) <= 12 and 1 <= int(d.group(3)) <= 31):
        return None
    return f"{int(d.group(1)):04d}-{int(d.group(2)):02d}-{int(d.group(3)):02d}"


def labelled_fields(head: str) -> tuple[str, list[str], str | None, str | None, str]:
    """(title, issuers, date written, date published) that labelled lines of ``head`` state,
    each empty when none does, and ``head`` without those lines (索引号：…2023-0019 is no first
    line of a broken title)."""
    title, issuers, date, published = "", [], None, None
    found = list(_LABELLED.finditer(head))
    for m in found:
        label, value = _squash(m.group("label")), m.group("value")
        if label in ("标题", "名称", "文件名称"):
            title = title or find_title(value + "\n") or notice_title(value + "\n")
        elif label in ("发文机关", "发布机构", "发文单位"):
            issuers += [p for p in re.split(r"[ \t\u3000、，,；;]+", value) if ORGAN.search(p) and p not in issuers]
        elif label.endswith("日期") and (iso := _numeric_date(value)):
            if label == "发布日期":  # put online, days after signing: only when nothing else is dated
                published = published or iso
            else:
                date = date or iso
    ends = [0] + [m.end() for m in found]
    starts = [m.start() for m in found] + [len(head)]
    return title, issuers, date, published, "".join(head[e:s] for e, s in zip(ends, starts))


def _signed_place(text: str, body_end: int | None) -> tuple[str | None, str | None]:
    """The place of the issuer who signs the plan's end, when a line there is a signature."""
    lines = closing_lines(text, len(text) if body_end is None else body_end)
    if not any(_signature(ln) and ln for ln in lines):
        return None, None
    return find_place(find_issuers("\n".join(lines)))


# what a saved file's name puts before its title: a serial or a portal's code (p13_, 1., W0202…-),
# an attachment's label (附件2：)
_FILE_PREFIX = re.compile(r"^(?:[0-9A-Za-z]+[_\-.、 ]+|附件[0-9一二三四五六七八九十]*[:：_\-.、 ]*)+")


def _file_stem(path: str | None) -> str:
    """A file's name without its folder, suffix and serial (p13_贵阳市…整改清单.xlsx → 贵阳市…整改清单);
    '' for text that came from no file."""
    if not path:
        return ""
    stem = path.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return _FILE_PREFIX.sub("", stem, 1).strip() if stem else ""


def _file_place(path: str) -> tuple[str | None, str | None]:
    """The place a file's name opens with, when nothing in the plan names one: a task table
    saved as its title (贵阳市花溪区…整改清单.xlsx) whose rows write only 区X."""
    stem = _file_stem(path)
    return find_place([stem]) if stem else (None, None)


def _file_title(path: str | None) -> str:
    """The file's name as the title of a plan that states none (a 整改清单 sheet whose first
    row is its header), when the name reads as a title: it names a kind of document
    (…整改清单, …实施方案), not a serial or 新建 Microsoft Excel 工作表."""
    stem = _file_stem(path)
    return stem if stem and find_kind(stem) else ""


# 隆回县2024年重点项目推进表 / XX县2023年第二季度督查通报: a list or ledger of a kind no title
# rule knows, its first line naming the place and the year
_DATED_HEADING = re.compile(r"^[^。，,；;：:、（）()《》“”]{2,20}?(?:19|20)\d{2}年[^。，,；;：:]{2,40}$")


def _dated_heading(head: str) -> str:
    """The head's first line when it opens with a place and a year (and is no sentence or
    signature date: 隆回县人民政府办公室2024年3月12日), or ""."""
    line = next((_squash(ln) for ln in head.splitlines() if ln.strip()), "")
    if _DATED_HEADING.match(line) and not _DATE.search(line) and find_place([line])[0] is not None:
        return line
    return ""


def plan_meta(text: str, plan_id: str, path: str, body_start: int | None = None, body_end: int | None = None) -> PlanMeta:
    """Metadata from the head of ``text`` (up to the first heading, at most ``HEAD_CHARS``) and,
    for what the head does not say, from the signature before ``body_end``. Labelled fields of
    a portal's metadata table (标题：/发文机关：/成文日期：) come first."""
    head = text[: min(HEAD_CHARS, body_start if body_start else HEAD_CHARS)]
    stated_title, stated_issuers, stated_date, published, unlabelled = labelled_fields(head)
    title = (stated_title or find_title(unlabelled) or notice_title(head) or find_title(text[:HEAD_CHARS])
             or _dated_heading(head) or _file_title(path))
    number = next((m for ln in _short_lines(head) for m in [_DOC_NO.search(ln)] if m and len(_squash(ln)) <= len(_squash(m.group(0))) + 12), None)
    issuers = stated_issuers + [s for s in find_issuers(head) if s not in stated_issuers]
    date, first_date = _dates(head)
    date = stated_date or date
    if not (issuers and date):
        # a plan issued on its own (实施意见, a plan without a cover letter) is signed at its end
        lines = closing_lines(text, len(text) if body_end is None else body_end)
        if any(_signature(ln) and ln for ln in lines):
            # (only a signature naming its place: the last rows of a table one cell a line,
            # 县水利局 / 2023年12月31日前, are no signature)
            closing = "\n".join(lines)
            issuers = issuers or find_issuers(closing)
            date = date or _dates(closing)[0]
    signers = _letter_signers(head)
    if signers:
        # 鼓楼区人民政府办公室 signs a letter headed 福州市鼓楼区人民政府办公室关于印发…的通知: the
        # issuer as the heading writes it in full, with the places above it
        issuers = [next((s for s in signers if len(s) > len(i) and s.endswith(i)), i) for i in issuers]
    if not (date or first_date):
        # nothing dated but the footer: 某县人民政府办公室    2023年5月8日印发 (printed days after signing)
        printed = _PRINTED_ON.search(text, max(0, len(text) - CLOSING_CHARS))
        date = _dates(printed.group(1))[0] if printed else published
    place, level = find_place(issuers + [title])
    if place is None:
        # the plan's title writes its place short (广西加快发展…方案): the cover letter's signer
        # (广西壮族自治区人民政府关于印发…的通知)
        place, level = find_place(signers)
    if place is None:
        place, level = _central_or_branch(issuers + [title] + _short_lines(head)[:2])
    if place is None:
        place, level = _town_of_title(title, text)
    if place is None and issuers:
        # a portal's metadata names the issuer without its place (发布机构：市政府办公室): the
        # signature at the plan's end writes it in full (绍兴市人民政府办公室)
        place, level = _signed_place(text, body_end)
    if place is None:
        place, level = _file_place(path)
    return PlanMeta(
        plan_id=plan_id,
        path=path,
        title=title,
        issuers=issuers,
        doc_number=_squash(number.group(0)) if number else None,
        date=date or first_date,
        jurisdiction=place,
        level=level,
        kind=find_kind(title),
    )
