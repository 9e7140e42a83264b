"""A division table's header: which column is what (``is_unit_column``, ``column_name``, ``is_task_column`` and
the ``*_COL`` labels), whether a table divides work (``is_division_table``), where its header
row is (``_with_header``, ``_looks_like_header``, ``_merged_header``, ``_repeated_header``).
"""

from __future__ import annotations

import re

from dataclasses import replace

from respgraph.records import Table

LEAD_COL = re.compile(r"牵头|主办|主责|分办")  # (分办单位: a 建议's units answering it each in part)
# 承办 / 落实 / 实施单位 (a 督办 list's, a 工作台账's): the units doing the work, as 责任单位
_DOING = r"承办|承担|落实|实施|执行|办理"
# 监管部门 / 行业监管单位 (a hazard list's regulator of the site) support, as the 行业监管单位 label does
# (会办 / 支持 with their noun: 安委会办公室 in a 填报单位 row is no column)
# 属地 / 属地政府 (a 重点项目 table's column beside 牵头单位 | 配合单位: the county or district seeing to
# the site's land and works) support, as 属地责任单位 does
SUPPORT_COL = re.compile(rf"(责任|配合|协助|参与|协办|协同|主体)(单位|部门)?|(会办|支持)(单位|部门)|(负责|监管|{_DOING})(单位|部门|处室|科室)"
                         r"|^属地(?:政府|单位|部门|乡镇|镇街)?$")
# A character every label ``is_unit_column`` accepts holds: each match of LEAD_COL and SUPPORT_COL holds
# one (分办 / 会办 their 办, 负责 its 责, 落实 its 实), and ``column_name`` only takes characters out. A
# line holding none heads no division table (text_tables asks every line of a plan)
UNIT_COL_CHARS = re.compile("[牵主责配协参支监承实执办属]")
# 督导单位 / 督办单位 / 监督单位: the bodies supervising a row's work, kept on its clause apart
# from its leads and supports (records.Clause.supervisors), as the same label in prose is
SUPERVISOR_COL = re.compile(r"(督办|督导|督查|督促|监督){1,2}(单位|部门|处室|科室)")
# 责任事项 / 责任内容 / 追究责任情形 (a 权责清单's columns beside its 实施主体): what the duty is, no
# unit column (read as 责任单位, the duty's sentences were its supports)
# (配合单位及配合事项 names the units too: a unit column)
_DUTY_TEXT_COL = re.compile(r"^(?!.*(?:单位|部门|处室|科室)).*(?:责任|主责|配合|协同|主体)(?:事项|内容|清单|情形|范围|要求|标准|依据)", re.S)
# 责任区域 / 责任河段 / 责任林区 / 包保片区 (a 河长制 / 林长制 roster: 层级 | 林长 | 责任区域): the
# stretch a chief answers for, no unit column (read as 责任单位, 全县 / 本乡镇 / 本村 led the roster's
# rows, each read as a task)
_AREA_COL = re.compile(r"^(?!.*(?:单位|部门|处室|科室)).*(?:责任|包保|包联)(?:区域|河段|河湖|河流|湖泊|水域|林区|林地|片区|网格|区段|路段|地块)", re.S)
# 责任领导 / 牵头领导 / 责任人 / 联系人 columns name people, never agencies.
PERSON_COL = re.compile(r"领导|责任人|联系人|牵头人|负责人|分管")
# ... unless the units are named too: 牵头单位及责任人 / 责任单位、责任人 (the cells' people are
# no units: the splitter drops them)
_UNITS_AND_PEOPLE = re.compile(r"(单位|部门|处室|科室)[及和与、/／]")
# A 责任单位 column holds the responsible units themselves: without a 牵头 column its first
# listed unit leads (the plans' convention), as in a （责任单位：…） clause.
RESP_COL = re.compile(rf"责任|主体|负责|{_DOING}")
# 承办单位 (a 督办 list's or notice's, with no 牵头 column): each unit listed handles the matter, its
# own part of it (三个县 for their own projects), so each leads, as a 分办 unit does (was the first
# listed alone by the 责任单位 convention); beside a 牵头 column it is a 责任单位 still
EACH_COL = re.compile(r"承\s*办\s*(?:单\s*位|部\s*门)")
# (交办时间 / 签发时间 / 填报时间: when the matter was handed out or the form filled in, no deadline)
DEADLINE_COL = re.compile(r"^(?!.*(?:交办|签发|发文|收文|来文|填报|填表|印发|登记)(?:时间|日期)).*(时限|时间|期限|进度)")
# (任务编号 / 事项序号: the number of the task, not its text)
NUMBER_COL = re.compile(r"^(?:(?:任务|事项|项目)?(?:序号|编号)|序)$")
# 反馈问题 / 问题清单 / 审计发现问题 (a rectification list): the problem a row's measures answer;
# 二级指标 / 考核指标 (a 目标任务分解表: 一级指标 | 二级指标 | 分值 | 目标任务 | 牵头单位): what the
# row's target is of (its title was the bare target: 增长6%左右);
# 案由 / 提案标题 / 建议名称 (a 人大代表建议 or 政协提案 交办 list: 建议号 | 案由 | 领衔代表 | 主办单位 |
# 协办单位): what the suggestion asks, the matter handed out (the 建议号 stood as the row's title)
TASK_COL = re.compile(r"(任务|内容|措施|举措|事项|工作|项目|工程|问题|指标|案由|标题|题目|(?:建议|提案|议案)名称)")
# 任务来源 / 工作依据 / 任务类别 name where a task comes from or what kind it is, not the task
# (问题编号 / 任务序号 / 建议号 / 提案号: a number)
NOT_TASK_COL = re.compile(r"来源|出处|依据|类别|类型|分类|序号|编号|号$")
# ... a 类别 column (merged down over its rows) names the rows' section
CATEGORY_COL = re.compile(r"类别|类型|分类|领域")
# A project list's columns (项目名称 | 建设内容及规模 | 总投资（万元） | 责任单位, a 重点项目清单): its rows
# are projects, each one part of the work of an item at most, never the item written again
PROJECT_COL = re.compile(r"项目名称|工程名称|建设内容|建设规模|投资")
# A header label as typed: 序  号 / 牵头\n单位 (a narrow column) lose their blanks; a note in
# brackets (责任单位（排名第一的为牵头单位）) is not the column's name.
_BLANKS = re.compile(r"\s+")
_HEAD_NOTE = re.compile(r"[（(][^（()）]*[)）]")
# ... but says who leads: the first unit listed in the column
_FIRST_LEADS = re.compile(r"(第一|首位|首个|第1)[^，。；]{0,6}(为|是)?牵头")


def label_without_blanks(h: str) -> str:
    return _BLANKS.sub("", h)


def column_name(h: str) -> str:
    """What a header label names the column by: the label without blanks or bracket notes."""
    return _HEAD_NOTE.sub("", label_without_blanks(h)) or label_without_blanks(h)


def _people_col(h: str) -> bool:
    return bool(PERSON_COL.search(h)) and not _UNITS_AND_PEOPLE.search(h)


# 原牵头单位 / 调整前责任单位 (a notice's table of changes: 序号 | 任务 | 原牵头单位 | 调整后牵头单位):
# the units a task was taken from, no unit column (were read as its leads beside the new ones)
_FORMER_COL = re.compile(r"^(?:原|调整前|变更前|更改前|修改前)")


def is_unit_column(h: str) -> bool:
    h = column_name(h)
    return bool(
        (LEAD_COL.search(h) or SUPPORT_COL.search(h)) and not _people_col(h) and not _DUTY_TEXT_COL.search(h) and not _AREA_COL.search(h)
        and not _FORMER_COL.match(h)
    )


def is_division_table(table: Table) -> bool:
    return any(is_unit_column(h) for h in table.header)


def is_task_column(h: str) -> bool:
    return bool(TASK_COL.search(h)) and not NOT_TASK_COL.search(h)


# How many rows above the header a ledger may hold (填报单位：… | 填报时间：…, a unit's stamp line)
_ROWS_ABOVE_HEADER = 2


def _with_header(table: Table) -> Table:
    """``table`` with its header row where the unit columns are named: a row or two set above
    it with several cells (填报单位：… | 填报时间：…) was taken for the header."""
    if is_division_table(table):
        return table
    for k, row in enumerate(table.rows[:_ROWS_ABOVE_HEADER]):
        if _looks_like_header(row):
            return replace(table, header=[c.text for c in row], rows=table.rows[k + 1 :], head=tuple(row))
    return table


# A form of one matter (a 督办单 / 交办单 / 任务交办表: 督办事项 | … / 承办单位 | … / 协办单位 | … /
# 办结时限 | …): each row a field's label and its value, in pairs. Read as a division table of one
# row (its labels the header): the matter is a task (the form gave none, its units were lost).
# Labels are a form's field names, so a two-column list of tasks or units is no form.
_FORM_LABEL = re.compile(
    r"^[\u4e00-\u9fff]{0,8}(?:事项|内容|单位|部门|时限|时间|期限|要求|来源|领导|批示|意见|编号|名称|标题|问题|措施|目标|依据|类别|责任人|联系人|电话)$"
)
_FORM_MIN_FIELDS = 3


def form_as_row(table: Table) -> Table:
    """``table`` as a division table of one row when it is a form of one matter (label | value
    pairs, a unit's field and a matter's among them), else ``table``."""
    if is_division_table(table) or not table.head:
        return table
    labels: list[str] = []
    heads: list = []
    values: list = []
    for row in (table.head, *table.rows):
        if len(row) not in (2, 4):
            return table
        for k in range(0, len(row), 2):
            label = label_without_blanks(row[k].text)
            if not label and not row[k + 1].text.strip():
                continue  # an empty pair (a 4-cell row's second half)
            if not _FORM_LABEL.match(label) or label in labels:
                return table
            labels.append(label)
            heads.append(row[k])
            values.append(row[k + 1])
    if len(labels) < _FORM_MIN_FIELDS or not any(is_unit_column(x) for x in labels) or not any(is_task_column(x) for x in labels):
        return table
    return replace(table, header=labels, rows=[values], head=tuple(heads))


def _looks_like_header(row) -> bool:
    texts = [column_name(c.text) for c in row]
    return any(is_unit_column(t) for t in texts) and all(len(t) <= 12 for t in texts) and not any(
        re.search(r"局|委|办|厅|政府", t) and not is_unit_column(t) and not TASK_COL.search(t) for t in texts
    )


def _merged_header(table: Table) -> tuple[list[str], list, set[str]]:
    """Header names, body rows and every header label; a second header row (``责任分工`` over
    ``牵头单位 | 配合单位``) is merged into the first, column by column."""
    h = [label_without_blanks(x) for x in table.header]
    labels = {x for x in h if x}
    rows = list(table.rows)
    while rows and _looks_like_header(rows[0]):
        for k, c in enumerate(rows[0]):
            t = label_without_blanks(c.text)
            labels.add(t)
            if k < len(h):
                if t and t != h[k]:
                    h[k] = h[k] + t
            else:
                h.append(t)
        rows.pop(0)
    labels.discard("")
    return h, rows, labels


def _repeated_header(row, labels: set[str]) -> bool:
    """The header again inside the body (a table that ran over a page, copied out of a PDF)."""
    texts = [label_without_blanks(c.text) for c in row if c.text.strip()]
    return len(texts) >= 2 and all(t in labels for t in texts)
