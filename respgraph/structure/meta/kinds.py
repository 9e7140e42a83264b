"""Kinds of plan (实施方案, 工作要点, 规划, 任务分工表, 整改清单 …): the words a title ends with,
the kind each is normalised to (``find_kind``), and the groups title reading tries in turn
(plan kinds before division lists, ledgers that may be a sentence's word).

The kinds are data both the title reader and ``find_kind`` walk; they live apart from either.
"""

from __future__ import annotations

import re

#: Titles of lists of each body's duties; one normal kind, 职责分工 (see ``_KIND_NORMAL``).
DUTY_KINDS = ("职责清单", "职责分工", "工作职责", "单位职责", "部门职责", "责任规定")

KINDS = (
    "攻坚行动方案", "专项行动方案", "行动方案", "实施方案", "工作方案", "任务分工方案", "分工方案", "工作要点", "行动计划", "工作计划",
    "实施意见", "指导意见", "实施细则", "管理办法", "规划", "方案", "要点", "计划", "意见", "办法", "细则",
    "工作安排", "若干措施", "工作措施", "政策措施", "攻坚行动", "专项行动", "三年行动", "纲要",
    # an emergency plan's 组织体系 and 成员单位职责 share work by unit as a 方案 does
    "应急预案", "预案",
    # minutes (XX县人民政府常务会议纪要 / 专题会议纪要): their 议定事项 give work unit by unit
    "会议纪要",
    # a compilation of plans (XX区生态环境保护工作文件汇编): the file's own title, above its 目录 and the
    # plans it holds one after the other (was the 目录 line run into the first plan's title)
    "文件汇编", "汇编",
    # a 目标责任书 (环境保护目标责任书 / 大气污染防治目标责任书) a government signs with the one below
    # it (甲方 / 乙方): its 责任内容 give the work, often unit by unit, as a 方案's tasks do
    "目标责任书", "责任书",
    # a division list standing alone (重点任务分工表.xlsx): tried last, after every plan kind
    "任务分工表", "任务分解表", "分工表", "分解表", "任务清单", "责任清单", "工作清单",
    # 2023年生态环境保护重点任务分工 / 《政府工作报告》重点工作任务分工: the list with no 表
    # (湖州市吴兴区2018年“五水共治”重点工作任务分解 alike)
    "任务分工", "任务分解",
    # a coordination office's list of supervised items (重点督查事项台账, 整改工作台账,
    # 重点督办事项清单): rows of tasks with leads and deadlines, as a division list's
    "事项台账", "工作台账", "任务台账", "整改台账", "事项清单",
    # (…突出问题整改销号台账 / 问题台账: a rectification office's ledger of problems and their
    # closing-out, each row a problem with its units)
    "销号台账", "问题台账",
    # a rectification list (督察反馈问题整改清单 / 审计查出问题清单 / 消防隐患整改清单)
    "整改清单", "问题清单", "措施清单",
    # 民生实事项目清单: each project a row with its units and deadline; 十件重点民生实事 (each
    # project an item with its units) is titled by its kind alone
    "项目清单", "民生实事",
    # a 权责清单 / 职责边界清单 (each power or matter a row with its 实施主体 or 主责部门), and a
    # 督办单 / 交办单 (each matter with its 承办单位 and 办结时限)
    "职责边界清单", "边界清单", "权责清单", "权力清单", "交办单", "督办单",
    # a department's list of the year's work it supervises (福建省生态环境厅2021年重点工作督办清单)
    "督办清单", "督查清单",
    # a 督查室's notice of the matters it supervises (…关于…的督办通知), each with its 承办单位
    "督办通知", "督查通知",
    # a list of each body's duties (…成员单位工作职责 / …职责分工 / …部门生态环境保护职责清单 /
    # …工作责任规定): paragraphs by unit, as the duty statements a 方案 shares work by
    *DUTY_KINDS,
)
_KIND_NORMAL = {
    "攻坚行动方案": "行动方案", "专项行动方案": "行动方案", "任务分工方案": "分工方案",
    "纲要": "规划",  # …五年规划和二〇三五年远景目标纲要
    "若干措施": "措施", "工作措施": "措施", "政策措施": "措施", "攻坚行动": "行动", "专项行动": "行动", "三年行动": "行动",
    "任务分工表": "分工表", "任务分解表": "分工表", "分解表": "分工表", "责任清单": "任务清单", "工作清单": "任务清单",
    "任务分工": "分工表", "任务分解": "分工表", "文件汇编": "汇编",
    "事项台账": "台账", "工作台账": "台账", "任务台账": "台账", "整改台账": "台账", "销号台账": "台账", "问题台账": "台账", "事项清单": "任务清单",
    "整改清单": "任务清单", "问题清单": "任务清单", "措施清单": "任务清单",
    "应急预案": "预案", "目标责任书": "责任书", "项目清单": "任务清单", "民生实事": "任务清单",
    "职责边界清单": "任务清单", "边界清单": "任务清单", "权责清单": "任务清单", "权力清单": "任务清单",
    "交办单": "任务清单", "督办单": "任务清单", "督办清单": "任务清单", "督查清单": "任务清单", "督办通知": "任务清单", "督查通知": "任务清单",
    **{k: "职责分工" for k in DUTY_KINDS},
}

# （2023—2025年） / （试行） after the kind is part of the title
_TITLE_BRACKET = re.compile(
    r"[（(](?:(?:19|20)\d{2}[—–\-－~～至到]+(?:19|20)\d{2}年?|(?:19|20)\d{2}年度?|试行|暂行|修订|征求意见稿"
    # a ledger's period: （2023年第二季度） / （2023年上半年） / （2023年6月）
    r"|(?:19|20)\d{2}年(?:第?[一二三四1-4]季度|[上下]半年|\d{1,2}月(?:份)?))[）)]"
)

_PLAN_KINDS = KINDS[: KINDS.index("任务分工表")]
_LEDGER_KINDS = ("事项台账", "工作台账", "任务台账", "整改台账", "销号台账", "问题台账", "事项清单", "整改清单", "问题清单", "措施清单", "项目清单")
_LIST_KINDS = KINDS[KINDS.index("任务分工表") :]
_ENDS_WITH_KIND = re.compile("(?:" + "|".join(_PLAN_KINDS) + r")(?:[（(][^（）()]{2,12}[）)])?$")


def find_kind(title: str) -> str | None:
    b = _TITLE_BRACKET.search(title)
    if b and b.end() == len(title):
        title = title[: b.start()]
    for kind in KINDS:
        if title.endswith(kind):
            return _KIND_NORMAL.get(kind, kind)
    if title.endswith("通知"):
        return "通知"
    if title.endswith("通报"):
        return "通报"  # (关于…督查情况的通报: see titles.report_title)
    if title.endswith(("报告", "总结")) and not title.endswith("政府工作报告"):
        return title[-2:]  # 关于…工作进展情况的报告 / …工作总结: a report on work (not the plan it quotes)
    for kind in KINDS:
        if kind in title:
            return _KIND_NORMAL.get(kind, kind)
    return None
