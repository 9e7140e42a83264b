"""Extraction on wordings the five seeds do not use (tests/fixtures/wordings/).

Each fixture is a short excerpt written the way real 实施方案 / 工作要点 / 任务分工方案 /
攻坚战行动方案 are written: label variants (主办/协办/主责/牵头部门/责任部门), clauses on
their own lines, label-less wordings (A牵头，B按职责分工负责 / 由A负责 / 各县（市、区）人民政府
负责落实), leaders and deadlines sharing a clause, 【】 headings, 第一条 articles, 一是/二是,
traditional characters, and task-division tables in .docx and in plain text.

Every case asserts the exact tasks (number, title), and for each task the exact mentions
with role and basis, names as written; every mention's span must point at that name in the
document text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _extract import extract_text
from respgraph.extract import extract_file
from respgraph.grammar.units import normalise_mention

WORDINGS = Path(__file__).parent / "fixtures" / "wordings"

L, S = "lead", "support"
EX, FL, INH, TB = "explicit", "first_listed", "inherited", "table"

# file -> [(number, title, [(mention, role, basis), ...]), ...]
EXPECTED: dict[str, list[tuple[str, str, list[tuple[str, str, str]]]]] = {
    # a notice changing who does tasks of a plan already issued (第3项任务牵头单位由A调整为B / 配合单位A调整为B，
    # 增加C为配合单位 / 原方案第9项“…”的牵头单位由A调整为B，D作为配合单位 / A调整为配合单位): each item gives
    # the task's units now, the unit taken away none (were 增加县水利局 / 统一调整为县生态环境局 read as
    # units, the other items nothing); near misses: a change of every task (原由A牵头的其他任务，统一调整为B
    # 牵头) names no task, and a 修改说明's 根据A意见，在第（七）项中增加A为配合单位 / A建议第8项增加… stay prose
    # a notice's table of changes (序号 | 任务内容 | 原牵头单位 | 调整后牵头单位 | 调整前配合单位 | 调整后配合单位):
    # the 原 / 调整前 columns name the units a task was taken from, no assignment (were read as leads
    # and supports beside the new ones)
    # a 工作要点's items citing the 规划 they carry out ((规划第三章第二节) / （对应《规划》任务：第三章第三节） /
    # 【对应规划第12项】): the citation stays in the title whole (was cut at the colon inside its bracket),
    # and 各市、区人民政府（管委会） is one collective (was 各市 and 区人民政府（管委会））; near miss: a colon
    # outside a bracket still ends the title
    # A等区直行政执法部门 / A等区直属行政执法部门 / A等相关区直部门: the named bodies are the units, the group
    # they stand for none, as A等有关部门 (its bodies unnamed; 直属 and 相关区直 were read into the last
    # name, 区自然资源局等区直属行政执法部门); near misses: 区直各行政执法部门 alone stays the collective,
    # 区直属机关工委 a name
    # 由A组织实施 / X由A保障 with one unit: the sentence makes A the doer, so A leads explicitly, as 由A负责
    # (was first_listed, listed by tasks --first-listed); near misses keep the convention: 由A、B组织实施
    # and 责任单位：A、B (a list, no lead named)
    # the coordinating office's closing supervision after the last item (市…领导小组办公室将适时对工作要点落实情况
    # 开展督查): no part of the last item's text (test_closing_supervision_is_no_part_of_the_last_item)
    # bodies outside government in a bare list or a labelled one: a garrison (荆州军分区), an
    # observatory (市气象台), a railway bureau's sections (荆州车务段（荆州站） / 荆州工务段), the Red
    # Cross and the supply co-operative (were no clause: the whole list refused for the one name);
    # near misses: road and river sections (荆州段 / 荆州河段) in a bare bracket stay no units
    # the 政协's office written short (县政协办) closing a list: a name, no unit 县政 that 协办 (assists)
    # (were 县政 a support, and the list's leads before it made supports; a bare list holding it was
    # no clause); near misses: 协办 after a unit and the 协办单位 label still mark a support
    # mass organisations and associations written short in a bare list beside a bureau (县残联 /
    # 县文联 / 县社科联 / 县消协 / 县个私协会 / 县台联 / 县慈善总会 / 县商会 / 县档案馆 / 县公证处): were no
    # clause, the whole list refused for them; near miss: an association's other name in brackets
    # after it in a sentence (县餐饮协会（县烹饪协会）) is no list, the item's lead its 负责指导 body
    # a town's people's congress (镇人大 / 镇人大主席团), its union and the rural banks it names (镇农商行 /
    # 镇信用社) in a bare list or before 牵头 (were no clause); near miss: a bracket saying how often a
    # meeting is held names no unit
    # a 联席会议制度's 组成单位 (联席会议由A、B、C等4个部门组成，A为牵头单位。): who sits on it and who
    # convenes it, no task A leads (was a task 一 组成单位 led by 省应急厅); near misses: an item's 为牵头单位
    # (3.…。A为牵头单位，B为配合单位。) and a 专班 an item sets up, its members and lead in the item's own
    # sentence (4.建立…专班。专班由A、B组成，A为牵头单位。), keep their lead
    "joint-meeting-members-convener.txt": [
        ("1", "省应急厅负责联席会议日常工作，牵头开展危险化学品安全综合监管", [("省应急厅", L, EX)]),
        ("2", "省公安厅负责剧毒化学品购买许可和道路运输通行许可", [("省公安厅", L, EX), ("省交通运输厅", S, EX)]),
        ("3", "加强危险化学品运输车辆动态监控", [("省交通运输厅", L, EX), ("省公安厅", S, EX)]),
        ("4", "建立危险化学品企业信用评价工作专班", [("省市场监管局", L, EX)]),
    ],
    # a province's collective of two levels written without brackets (各市州、县市区人民政府, 湖南's spelling),
    # with brackets before a department (各市（州）、县（市、区）人力资源社会保障部门) or with one level each (各市、县
    # 教育行政部门): one collective (were 各市州 and a body of a place 县市区, filed 湖南省所辖县/市区人民政府);
    # near misses: 各市州人民政府、省直有关部门 (a government named: two units), and in a county's plan
    # 各乡镇、县自然资源局 / 各乡镇、县直有关部门 (the body's place above the towns: two units)
    "province-levels-collective-joined.txt": [
        ("1", "完善医共体管理体制", [("省卫生健康委", L, EX), ("各市州、县市区人民政府", S, EX)]),
        ("2", "落实医共体财政投入政策", [("省财政厅", L, EX), ("各市州、县市区财政部门", S, EX)]),
        ("3", "推进医共体人员招聘", [("省人力资源社会保障厅", L, EX), ("各市（州）、县（市、区）人力资源社会保障部门", S, EX)]),
        ("4", "加强医学人才培养", [("省教育厅", L, EX), ("各市、县教育行政部门", S, EX)]),
        ("5", "推进医保支付方式改革", [("省医保局", L, EX), ("各市州人民政府", S, EX), ("省直有关部门", S, EX)]),
    ],
    # the same collectives written without 各 before governments (市州、县市区人民政府 / 市、县人民政府: were 市州
    # and a government 县市区人民政府, 市 and 县人民政府; each group's agency: test_resolve's
    # test_governments_of_levels_written_without_each_are_the_collective)
    "province-levels-without-each.txt": [
        ("1", "推进农村公路提质改造", [("省交通运输厅", L, EX), ("市州、县市区人民政府", S, EX)]),
        ("2", "落实农村公路养护资金", [("省财政厅", L, EX), ("市县人民政府", S, EX)]),
        ("3", "推进农村公路安全生命防护工程", [("省交通运输厅", L, EX), ("省公安厅", L, EX), ("市、县人民政府", S, EX)]),
        ("4", "推进城乡客运一体化", [("省交通运输厅", L, EX), ("县市区人民政府", S, EX)]),
    ],
    # a province's cities written bare beside their governments in one plan (各设区市 / 各设区市人民政府 /
    # 各设区市政府, 各县（市、区） / 各县（市、区）人民政府): one collective each, the governments (were two
    # ids in one plan); near miss: 各设区市生态环境局 is the cities' bureaus (ids: test_resolve's
    # test_a_provinces_levels_written_bare_are_their_governments)
    "province-cities-bare-and-governments.txt": [
        ("1", "推进城镇污水处理提质增效", [("省住房城乡建设厅", L, EX), ("各设区市人民政府", S, EX)]),
        ("2", "加强入河排污口排查整治", [("省生态环境厅", L, EX), ("各设区市", S, EX)]),
        ("3", "强化饮用水水源地保护", [("省生态环境厅", L, FL), ("省水利厅", S, EX), ("各设区市政府", S, EX)]),
        ("4", "强化重点流域执法监管", [("省生态环境厅", L, EX), ("各设区市生态环境局", S, EX)]),
        ("5", "推进农村黑臭水体治理", [("省农业农村厅", L, EX), ("各县（市、区）人民政府", S, EX)]),
        ("6", "开展河湖“清四乱”常态化整治", [("省水利厅", L, EX), ("各县（市、区）", S, EX)]),
    ],
    # departments of two levels written without 各 (市州、县市区水利部门: was 市州 and a body of a place
    # 县市区): one unit, the collective the 各 form names (ids: test_resolve's
    # test_departments_of_levels_written_without_each_are_the_collective)
    "province-departments-of-levels-without-each.txt": [
        ("1", "推进病险水库除险加固", [("省水利厅", L, EX), ("市州、县市区水利部门", S, EX)]),
        ("2", "落实小型水库管护经费", [("省财政厅", L, EX), ("市州、县市区财政部门", S, EX)]),
        ("3", "加强水库安全运行监管", [("省水利厅", L, EX), ("县市区水利部门", S, EX)]),
        ("4", "开展水库安全鉴定", [("省水利厅", L, EX), ("市州水利部门", S, EX)]),
        ("5", "强化水库防汛值守", [("省水利厅", L, FL), ("省应急管理厅", S, EX), ("市州、县市区人民政府", S, EX)]),
    ],
    "county-towns-and-county-body.txt": [
        ("1", "开展村庄清洁行动", [("县农业农村局", L, EX), ("各乡镇", S, EX), ("县自然资源局", S, EX)]),
        ("2", "推进农村户厕改造", [("县农业农村局", L, EX), ("各乡镇", S, EX), ("县直有关部门", S, EX)]),
        ("3", "推进农村生活污水治理", [("县生态环境分局", L, EX), ("各乡镇人民政府", S, EX), ("县住建局", S, EX)]),
    ],
    "town-congress-union-banks-bare-list.txt": [
        ("1", "办理人大代表建议", [("镇党政办", L, FL), ("镇人大主席团", S, EX)]),
        ("2", "开展代表视察活动", [("镇人大", L, EX), ("镇党政办", S, EX)]),
        ("3", "推进农村信用体系建设", [("镇经发办", L, FL), ("镇农商行", S, EX), ("镇信用社", S, EX)]),
        ("4", "开展职工技能竞赛", [("镇党政办", L, FL), ("镇工会", S, EX)]),
        ("5", "召开镇第十八届人民代表大会第三次会议", []),
    ],
    "bare-list-mass-organisations.txt": [
        ("1", "开展残疾人就业帮扶", [("县民政局", L, FL), ("县残联", S, EX)]),
        ("2", "繁荣哲学社会科学和文艺创作", [("县委宣传部", L, FL), ("县文联", S, EX), ("县社科联", S, EX)]),
        ("3", "开展放心消费创建", [("县市场监管局", L, FL), ("县消协", S, EX), ("县个私协会", S, EX)]),
        ("4", "做好对台交流和侨务工作", [("县委统战部", L, FL), ("县侨联", S, EX), ("县台联", S, EX)]),
        ("5", "开展慈善帮扶和“一企帮一村”", [("县慈善总会", L, FL), ("县企业联合会", S, EX), ("县浙江商会", S, EX)]),
        ("6", "推进档案数字化和公证便民服务", [("县档案馆", L, FL), ("县公证处", S, EX)]),
        ("7", "支持行业组织参与治理", [("县市场监管局", L, EX)]),
    ],
    "cppcc-office-written-short.txt": [
        ("1", "开展民营企业家恳谈活动", [("县委统战部", L, EX), ("县政协办", S, EX)]),
        ("2", "开展民主监督专项视察", [("县政协办", L, EX)]),
        ("3", "办好人大代表建议和政协提案", [("县委办", L, EX), ("县政府办", L, EX), ("县政协办", L, EX)]),
        ("4", "开展营商环境民主评议", [("县政协办", L, FL), ("县人大办", S, EX)]),
        ("5", "组织民营企业家培训", [("县委统战部", L, EX), ("县工商联", S, EX)]),
        ("6", "开展“万人助万企”活动", [("县发改委", L, EX), ("县工商联", S, EX)]),
    ],
    "bare-list-garrisons-railway-sections.txt": [
        ("（一）", "做好抢险救援力量准备", [("市应急管理局", L, FL), ("荆州军分区", S, EX), ("武警荆州支队", S, EX), ("市消防救援支队", S, EX)]),
        ("（二）", "加强雨水情监测预报", [("市气象局", L, FL), ("市气象台", S, EX), ("市水利局", S, EX)]),
        ("（三）", "开展铁路沿线安全整治", [("市交通运输局", L, EX), ("武汉局集团公司荆州车务段", S, EX), ("荆州工务段", S, EX), ("市公安局", S, EX)]),
        ("（四）", "做好汛期应急救护和物资供应", [("市红十字会", L, FL), ("市供销社", S, EX), ("市商务局", S, EX)]),
        ("（五）", "整治事故多发路段", [("市交通运输局", L, FL), ("市公安局交警支队", S, EX)]),
        ("（六）", "加强重点河段巡查", []),
    ],
    # a 行动方案's actions heading their items (行动一：…（牵头单位：A；责任单位：B） / （一）… / （二）…): A leads
    # the items naming no unit, the item naming its own lead keeps it, and 行动二's items are tasks though
    # none names a unit (行动二 was read as an item under 行动一, its units its alone, its items its text);
    # near miss: actions written as items under a （一） (行动一：村庄清洁行动。…（A牵头）) stay tasks with their
    # own units, under that （一）
    "actions-heading-their-items.txt": [
        ("（一）", "推进焦化行业升级改造", [("市工信局", L, EX), ("市发改委", S, EX), ("市生态环境局", S, EX)]),
        ("（二）", "推进钢铁企业超低排放改造", [("市生态环境局", L, EX), ("市工信局", S, EX)]),
        ("（一）", "推进大宗货物清洁运输", [("市交通局", L, EX), ("市公安局交警支队", S, EX), ("市生态环境局", S, EX)]),
        ("（二）", "推广新能源重卡", [("市交通局", L, EX), ("市公安局交警支队", S, EX), ("市生态环境局", S, EX)]),
        ("（一）", "强化建筑工地扬尘管控", [("市住建局", L, EX), ("市城乡管理局", S, EX)]),
        ("（二）", "加强道路扬尘治理", [("市城乡管理局", L, EX)]),
    ],
    "actions-as-items-near-miss.txt": [
        ("行动一", "村庄清洁行动", [("县农业农村局", L, EX), ("县卫生健康局", S, EX)]),
        ("行动二", "厕所革命行动", [("县农业农村局", L, EX)]),
        ("行动三", "垃圾治理行动", [("县城管局", L, EX), ("各乡镇人民政府", S, EX)]),
        ("（二）", "加强农村生活污水治理", [("县生态环境局", L, EX)]),
    ],
    # a 若干措施's 措施1　开展… (a blank after the number): the item's number is 措施1 (was none, the title
    # 措施1开展…, and 措施3 under 二、提升文旅消费 was read as that chapter's text, the task titled 提升文旅消费)
    "measures-numbered.txt": [
        ("措施1", "开展汽车以旧换新", [("市商务局", L, EX), ("市财政局", S, EX), ("市公安局交管局", S, EX)]),
        ("措施2", "完善新能源汽车充电基础设施", [("市发改委", L, EX)]),
        ("措施3", "举办文旅消费季", [("市文化和旅游局", L, EX), ("市商务局", S, EX)]),
    ],
    # a note opening a section's items (第一节　… / 本节任务由A牵头，B配合。 / （一）… ; （一）… / 本部分任务由A牵头…
    # / 1.… 2.…): the items naming no unit are A's, an item naming its own lead keeps it (the note was a
    # task of its own and its items had no unit, or the heading a task with its items as its text);
    # near miss: 本项工作由A牵头 over an item's 1. 2. keeps the item one task
    "section-note-over-its-items.txt": [
        ("（一）", "推进燃煤锅炉拆并", [("市生态环境局", L, EX), ("市发展改革委", S, EX), ("市工业和信息化局", S, EX)]),
        ("（二）", "加强秸秆禁烧", [("市农业农村局", L, EX), ("市生态环境局", S, EX)]),
        ("（三）", "治理重点行业污染", [("市生态环境局", L, EX), ("市发展改革委", S, EX), ("市工业和信息化局", S, EX)]),
        ("1", "推进农村生活垃圾分类", [("区农业农村局", L, EX), ("区卫生健康局", S, EX), ("各镇（街道）", S, EX)]),
        ("2", "推进农村厕所革命", [("区农业农村局", L, EX), ("区卫生健康局", S, EX), ("各镇（街道）", S, EX)]),
        ("（二）", "推进河涌水环境治理", [("区生态环境局", L, EX), ("区水利局", S, EX)]),
    ],
    "section-note-near-miss.txt": [
        ("（一）", "推进老旧小区改造", [("县住建局", L, EX), ("县财政局", S, EX), ("各乡镇", S, EX)]),
        ("（二）", "整治违法建设", [("县城管局", L, EX)]),
    ],
    # a safeguard coordinated through a leading group (依托A统筹推进，B负责日常工作 / 依靠A牵头…): 依托 / 依靠
    # ("relying on") is no part of the unit (were 依托市数字政府建设领导小组, 依靠市政府督查室); near miss:
    # 依托 a platform names no unit, no task
    "safeguard-relying-on-a-group.txt": [
        ("（一）", "推进政务数据共享", [("市数据局", L, EX), ("市直各有关部门", S, EX)]),
        ("（二）", "深化“高效办成一件事”", [("市政务服务中心", L, EX)]),
        ("（一）", "加强统筹协调", [("市数字政府建设领导小组", L, EX), ("市数据局", S, EX)]),
        ("（三）", "加强工作调度", [("市政府督查室", L, EX)]),
    ],
    # items numbered by nothing but a title alone on its line (set in bold), their text below it and
    # their units on the last line (强化工业源治理 / 对全市…。 / 责任单位：A、B / 推进工业园区整治 / …): each
    # is a titled paragraph (the title was read into the labels' line above it: the labels opened
    # tasks of their own, the items' text in none, and a warning said so); a heading with one such
    # item is the task, as with one titled paragraph; near miss: the safeguards' titled lines stay no tasks
    "title-lines-over-units.txt": [
        ("", "强化工业源治理", [("市生态环境局", L, FL), ("市工业和信息化局", S, EX), ("各县（市）区人民政府", S, EX)]),
        ("", "推进工业园区整治", [("市工业和信息化局", L, EX), ("市生态环境局", S, EX)]),
        ("（二）", "扬尘污染防治", [("市住房城乡建设局", L, EX), ("市城市管理局", S, EX), ("市水务局", S, EX)]),
    ],
    # a 分工表 numbering its measures under their group's number (1 | 调整产业结构 over 1-1 | 压减钢铁产能… |
    # A | B, 1-2 | …): the group row is the rows' section, no task, and the body's items naming the
    # groups are no tasks beside the rows (were 4 tasks without units: the group rows and the body's
    # （一）（二））; near miss: a row numbered 1 with the next numbered 2 stays a task, though it names no unit
    "table-rows-numbered-under-groups.txt": [
        ("1-1", "压减钢铁产能200万吨", [("市发改委", L, TB), ("市工信局", S, TB), ("市环保局", S, TB)]),
        ("1-2", "推进钢铁公司退城搬迁", [("市工信局", L, TB), ("市国土资源局", S, TB)]),
        ("2-1", "完成农村气代煤改造20万户", [("市发改委", L, TB), ("市住建局", S, TB), ("市财政局", S, TB)]),
        ("2-2", "淘汰35蒸吨以下燃煤锅炉", [("市环保局", L, TB), ("市质监局", S, TB)]),
    ],
    "table-rows-near-miss.txt": [
        ("1", "推进老旧小区改造", []),
        ("2", "完成农村公路建设20公里", [("县交通运输局", L, TB), ("县财政局", S, TB)]),
        ("3", "开展秸秆禁烧巡查", [("县农业农村局", L, TB), ("各乡镇", S, TB)]),
    ],
    # ★ opening a line is a government text's bullet (（二）★重点攻坚 / ★实施…（A牵头）), as ■ is: the items
    # are numbered ★ (the star was dropped at the line's start as a phone page's pictograph, the items
    # read as paragraphs without a number)
    "star-bullet-items.txt": [
        ("■", "加强入海河流综合整治", [("市生态环境局", L, EX), ("市水务管理局", S, EX)]),
        ("■", "加强海水养殖尾水治理", [("市海洋发展局", L, EX), ("市生态环境局", S, EX)]),
        ("★", "实施海湾氮磷总量控制", [("市生态环境局", L, EX), ("市海洋发展局", S, EX)]),
        ("★", "开展海洋垃圾清理专项行动", [("市海洋发展局", L, EX), ("各区政府", S, EX)]),
    ],
    # an item's body naming who does it and, after a comma, who only checks it (A、B负责统筹安排，C负责督导。 /
    # A负责X，C负责监督。): C supervises, as （A负责，C督导） in a clause, no role (was a lead, each its part);
    # near miss: 督导 with an object (C负责督导整改落实) is C's own part, a lead
    "body-duties-with-a-supervisor.txt": [
        ("（一）", "落实领导包案", [("县委办", L, FL), ("县政府办", S, EX)]),
        ("（二）", "推进积案化解", [("县住建局", L, EX)]),
        ("（三）", "强化跟踪问效", [("县信访局", L, EX), ("县司法局", L, EX)]),
    ],
    # a bare bracket naming a service's own squad, station or office (（市交通工程质量安全监督站） / （市交通运输局道路
    # 运输管理处，市交通运输行政执法队）): the units, the first leading (were none: 站 / 队 / 处 too weak an
    # ending alone); near miss: a count of stations in brackets (（含监督站1处）) names none
    "bare-bracket-service-units.txt": [
        ("1", "深化“两客一危一重”车辆动态监控，推进主动安全智能防控系统全覆盖",
         [("市交通运输局道路运输管理处", L, FL), ("市交通运输行政执法队", S, EX)]),
        ("2", "加强交通建设工程施工安全监管", [("市交通工程质量安全监督站", L, FL)]),
        ("3", "完善治超站点布局，新建超限检测站2处（含监督站1处）", []),
        ("4", "加强港口危险货物安全监管", [("市港航管理中心", L, FL)]),
    ],
    # an 安委会's members' duties under a heading each, the fire and rescue brigade named by its place
    # (（二）醴陵消防救援大队): its items are its tasks (were dropped, no task and no warning: the heading
    # named no body roles._NAMED_BODY knew)
    "duty-headings-fire-rescue-by-place.txt": [
        ("1", "承担市安委会办公室日常工作，组织开展安全生产巡查考核", [("市应急管理局", L, EX)]),
        ("1", "负责消防监督检查和火灾事故调查", [("醴陵消防救援大队", L, EX)]),
        ("2", "指导各乡镇（街道）专职消防队建设", [("醴陵消防救援大队", L, EX)]),
        ("1", "负责道路运输、水路运输和交通工程建设安全监管", [("市交通运输局", L, EX)]),
    ],
    # the same list with bodies named by a bare place or none (（二）醴陵气象站 / （三）醴陵公路中心): among
    # headings naming their unit a name by its end is a unit, its items its tasks (they were dropped, no task
    # and no warning); near miss: （五）工作要求 among them stays no body, its item no task
    # (test_a_heading_among_units_naming_none_keeps_its_items_flagged: a title no rule reads)
    "duty-headings-bodies-by-bare-name.txt": [
        ("1", "承担市防指办公室日常工作，组织开展汛前检查", [("市应急管理局", L, EX)]),
        ("1", "负责气象灾害监测预警信息发布", [("醴陵气象站", L, EX)]),
        ("2", "配合市水利局做好山洪灾害预警", [("市水利局", L, EX), ("醴陵气象站", S, EX)]),
        ("1", "负责国省干线公路水毁抢修", [("醴陵公路中心", L, EX)]),
        ("1", "负责水库山塘安全度汛监管", [("市水利局", L, EX)]),
    ],
    # a regulation's article giving a second body its part in a case (…由A负责办理；涉及交通组织的，由B负责审批 /
    # …由A负责，需要占用城市绿地的，由B负责审批): both lead (B was lost, the clause ended at the case);
    # near miss: what befalls a breach (违反规定擅自挖掘的，由B依法予以处罚) ends the clause, A's part read (was none)
    "given-part-in-a-case.txt": [
        ("第二条", "城市道路挖掘许可由市住房和城乡建设局负责办理", [("市住房和城乡建设局", L, EX), ("市公安局交警支队", L, EX)]),
        ("第三条", "道路挖掘施工期间的绿化迁移由市城市管理局负责，需要占用城市绿地的，由市林业局负责审批", [("市城市管理局", L, EX), ("市林业局", L, EX)]),
        ("第四条", "地下管线信息的采集和更新由市自然资源和规划局负责", [("市自然资源和规划局", L, EX)]),
    ],
    # a 分工表 dividing its items into measures (1 调整产业结构 / 1-1 … / 1-2 …) with one group of one measure
    # (3 调整运输结构 / 3-1 推进大宗货物“公转铁”): that row is its task as its siblings are (it was read as
    # the body's （三） listed again, the item taking its units); near miss: a table whose every group holds
    # one row lists the items again (test_a_table_of_one_measure_each_lists_its_items_again)
    "division-table-one-measure-group.txt": [
        ("1-1", "压减钢铁产能100万吨", [("市发展改革委", L, TB), ("市工业和信息化局", S, TB), ("市生态环境局", S, TB)]),
        ("1-2", "推进钢铁企业退城搬迁", [("市工业和信息化局", L, TB), ("市自然资源和规划局", S, TB)]),
        ("2-1", "完成农村气代煤、电代煤改造10万户", [("市发展改革委", L, TB), ("市住房和城乡建设局", S, TB), ("市财政局", S, TB)]),
        ("2-2", "淘汰35蒸吨以下燃煤锅炉", [("市生态环境局", L, TB), ("市市场监管局", S, TB)]),
        ("3-1", "推进大宗货物“公转铁”", [("市交通运输局", L, TB), ("市发展改革委", S, TB), ("市商务局", S, TB)]),
    ],
    # a body opening the item's sentence with its action, then handing on what it finds (县城管局加强巡查，
    # 发现违法建设的，移送县公安局依法查处 / 县自然资源局要加强巡查，…移交县公安局…): the body leads, the one
    # handed the matter supports (the doer was lost: the handover's support was the item's only unit, and
    # 加强巡查 read as 巡查 with no object); near misses: A加强监管，B配合 as before, a handover after no
    # named body (对全县…排查，发现问题的，移交…) and places urged (各乡镇加强巡查，…) leave the support alone;
    # a safeguard's 领导小组办公室加强调度。 (a sentence of that alone) stays no task
    "doer-before-a-handover.txt": [
        ("（一）", "加强日常巡查", [("县城管局", L, EX), ("县公安局", S, EX)]),
        ("（二）", "加强执法衔接", [("县自然资源局", L, EX), ("县公安局", S, EX)]),
        ("（三）", "强化行业监管", [("县住建局", L, EX), ("市场监管局", S, EX)]),
        ("（四）", "开展全面排查", [("县公安局", S, EX)]),
        ("（五）", "落实属地责任", [("县城管局", S, EX)]),
    ],
    # the same with each body alone on its line, its colon after it (醴陵气象站： over 1．负责…): its items
    # are its tasks too (were dropped, no task and no warning)
    "duty-lines-bodies-by-bare-name.txt": [
        ("1", "承担市防指办公室日常工作", [("市应急管理局", L, EX)]),
        ("2", "组织开展汛前检查", [("市应急管理局", L, EX)]),
        ("1", "负责气象灾害监测预警信息发布", [("醴陵气象站", L, EX)]),
        ("1", "负责水库山塘安全度汛监管", [("市水利局", L, EX)]),
        ("1", "负责公路水毁抢修", [("市交通运输局", L, EX)]),
    ],
    # unit headings naming the body and its duties (（一）市应急管理局职责 / 醴陵气象站主要职责 / 市水利局工作职责):
    # the body leads its items, the name's span without 职责 (the plan read as no tasks); near miss: 指挥部职责 over
    # a paragraph (r in test_a_chapter_of_duties_naming_no_body_stays_no_owner) names no body
    "duty-headings-naming-body-and-duties.txt": [
        ("1", "承担市防指办公室日常工作", [("市应急管理局", L, EX)]),
        ("2", "组织开展汛前检查", [("市应急管理局", L, EX)]),
        ("1", "负责气象灾害监测预警信息发布", [("醴陵气象站", L, EX)]),
        ("1", "负责水库山塘安全度汛监管", [("市水利局", L, EX)]),
    ],
    "closing-supervision-by-the-office.txt": [
        ("（一）", "加强质量基础设施建设", [("市市场监管局", L, FL)]),
        ("（二）", "开展质量提升行动", [("市工信局", L, EX), ("市市场监管局", S, EX)]),
    ],
    "closing-supervision-near-miss.txt": [
        ("（一）", "加强质量基础设施建设", [("市市场监管局", L, FL)]),
        ("（二）", "开展质量提升行动", [("市工信局", L, EX), ("市市场监管局", S, EX)]),
    ],
    "one-body-given-the-work.txt": [
        ("（一）", "开展文化下乡活动", [("市委宣传部", L, EX)]),
        ("（二）", "加强非遗保护", [("市文化旅游局", L, FL), ("市财政局", S, EX)]),
        ("（三）", "推进全民阅读", [("市财政局", L, EX)]),
        ("（四）", "繁荣文艺创作", [("市文联", L, FL), ("市委宣传部", S, EX)]),
    ],
    "etc-groups-of-direct-bodies.txt": [
        ("（一）", "整治占道经营", [("区城管执法局", L, FL)]),
        ("（二）", "加强违法建设查处", [("区住建局", L, FL), ("区自然资源局", S, EX)]),
        ("（三）", "强化油烟治理", [("区生态环境局", L, EX), ("区市场监管局", S, EX)]),
        ("（四）", "规范户外广告设置", [("区城管执法局", L, FL)]),
        ("（五）", "开展联合执法", [("区直各行政执法部门", L, FL)]),
        ("（六）", "加强机关作风建设", [("区直属机关工委", L, FL)]),
    ],
    "items-citing-the-plan-they-implement.txt": [
        ("1", "推进重点行业超低排放改造（规划第三章第二节）", [("市生态环境局", L, FL), ("市工信局", S, EX)]),
        ("2", "实施VOCs综合治理（对应《规划》任务：第三章第三节）", [("市生态环境局", L, FL), ("各市、区人民政府（管委会）", S, EX)]),
        ("3", "推进太湖综合治理", [("市水务局", L, EX), ("市生态环境局", S, EX), ("市农业农村局", S, EX)]),
        ("4", "加强入河排污口管理", [("市生态环境局", L, EX)]),
    ],
    "amendment-table-of-changes.txt": [
        ("1", "推进清洁取暖", [("市生态环境局", L, TB), ("市住房城乡建设局", S, TB)]),
        ("2", "加强扬尘管控", [("市住房城乡建设局", L, TB), ("市自然资源和规划局", S, TB), ("市城管局", S, TB)]),
    ],
    "amendment-notice-changes.txt": [
        ("一", "第3项任务", [("县生态环境局", L, EX)]),
        ("二", "第6项任务", [("县农业农村局", S, EX), ("县水利局", S, EX)]),
        ("三", "原方案第9项“推进城乡环境综合整治”的", [("县住房和城乡建设局", L, EX), ("县城市管理局", S, EX)]),
        ("四", "方案第二部分第11项“加强饮用水水源地保护”", [("县水利局", L, EX), ("县水务局", S, EX)]),
        ("五", "原由县环保局牵头的其他任务，统一调整为县生态环境局牵头", []),
    ],
    # a plan stating its lists' convention (注：责任单位排在首位的为牵头单位; a 分工表's 注：责任单位中第一个
    # 为牵头单位): the first unit's lead is stated, explicit in text and the table's in a row (was
    # first_listed, listed by tasks --first-listed as a task whose plan named no lead)
    "list-first-leads-stated-in-a-note.txt": [
        ("（一）", "推进工业企业深度治理", [("县生态环境局", L, EX), ("县工信局", S, EX)]),
        ("（二）", "加强施工扬尘管控", [("县住建局", L, EX), ("县城管局", S, EX), ("县交通运输局", S, EX)]),
        ("（三）", "强化秸秆禁烧", [("县农业农村局", L, EX)]),
    ],
    "table-first-leads-stated-in-a-note.txt": [
        ("1", "推进工业企业深度治理", [("县生态环境局", L, TB), ("县工信局", S, TB)]),
        ("2", "加强扬尘管控", [("县住建局", L, TB), ("县城管局", S, TB)]),
    ],
    # near misses: 排名不分先后 (no lead by place), 县住建局为第一牵头单位 (a lead's rank), 第一责任人
    # (a person) state no convention: the first listed leads by respgraph's, first_listed as before
    "list-first-leads-near-misses.txt": [
        ("（一）", "推进工业企业深度治理", [("县生态环境局", L, FL), ("县工信局", S, EX)]),
        ("（二）", "加强施工扬尘管控", [("县住建局", L, FL), ("县城管局", S, EX)]),
        ("（三）", "落实第一责任人制度", [("县应急局", L, FL), ("县市场监管局", S, EX)]),
    ],
    # 责任单位：A、B；配合单位：C (labels on one line or their own lines, 【】 too): the 责任单位 list set
    # against a labelled supporting group answers for the task together, each a lead (was A by the
    # first-listed convention, B a support beside C), as 责任单位：A、B，C配合 is read; near misses: one
    # 责任单位 keeps first-listed, beside a 牵头 label a 责任单位 list supports, and a 责任单位 list with
    # no supporters after it keeps the convention
    "labelled-responsible-and-supporters.txt": [
        ("（一）", "加强生态环境执法", [("州生态环境局某县分局", L, EX), ("县公安局", L, EX), ("县自然资源局", S, EX),
                               ("县林业和草原局", S, EX)]),
        ("（二）", "保护饮用水水源地", [("县水利局", L, EX), ("县卫生健康局", L, EX), ("各乡镇人民政府", S, EX)]),
        ("（三）", "加强危险废物监管", [("州生态环境局某县分局", L, FL), ("县应急管理局", S, EX), ("县交通运输局", S, EX)]),
        ("（四）", "推进牧区垃圾治理", [("县住房和城乡建设局", L, EX), ("县农牧和科技局", S, EX), ("县文体旅游广电局", S, EX),
                               ("各乡镇人民政府", S, EX)]),
        ("（五）", "推进退化草原治理", [("县林业和草原局", L, FL), ("县农牧和科技局", S, EX)]),
    ],
    # 以上任务均需A、B落实，不再列出 closing the list: A and B support every item above it (was
    # read as the last item's text, naming no one); the marker leaves the last item's text
    "inherit-above-closing.txt": [
        ("（一）", "着力打好重污染天气消除攻坚战", [("区生态环境局", L, FL), ("区工信局", S, EX), ("区气象局", S, EX),
                                     ("各乡镇（街道）", S, INH), ("甲区产业园管委会", S, INH)]),
        ("（二）", "持续打好柴油货车污染治理攻坚战", [("区公安分局", L, FL), ("区交通运输局", S, EX),
                                      ("各乡镇（街道）", S, INH), ("甲区产业园管委会", S, INH)]),
        ("（三）", "持续打好城市黑臭水体治理攻坚战", [("区住建局", L, FL), ("区城管局", S, EX),
                                      ("各乡镇（街道）", S, INH), ("甲区产业园管委会", S, INH)]),
    ],
    # （上述任务各乡镇均需落实，不再列出） in brackets under a chapter's items: said of them, not of
    # the next chapter's; the bracket leaves the last item's text with the marker
    "inherit-above-bracketed.txt": [
        ("1", "推进涉VOCs企业综合治理", [("县生态环境局", L, FL), ("县工信局", S, EX), ("各乡镇", S, INH)]),
        ("2", "加强油气回收治理", [("县商务局", L, FL), ("县市场监管局", S, EX), ("各乡镇", S, INH)]),
        ("3", "推进流域综合治理", [("县水利局", L, FL), ("县农业农村局", S, EX)]),
    ],
    # 以上各项任务，A、B均为责任单位，不再一一列出 closing a section with more sections after it:
    # said of that section's items alone; 以上任务由各牵头单位负责统筹调度 names no unit (unchanged)
    "inherit-above-section.txt": [
        ("1", "开展涉VOCs企业专项整治", [("县生态环境局", L, EX), ("县工信局", S, EX), ("各乡镇", S, INH), ("乙县工业园区管委会", S, INH)]),
        ("2", "加强油品质量监管", [("县市场监管局", L, EX), ("县商务局", S, EX), ("各乡镇", S, INH), ("乙县工业园区管委会", S, INH)]),
        ("3", "加强工业固废规范处置", [("县工信局", L, EX), ("县生态环境局", S, EX)]),
    ],
    # A均为责任单位，以下不再列出 after a stop in the first item's bracket: A supports that item and the
    # items below (as 以下均需A落实，不再列出; was a clause cut at A's own bracket, flagged unbalanced, A
    # lost; since stop 30 the item holding it too); 各乡镇人民政府为属地管理的责任主体 under 工作要求 names no task (unchanged)
    "inherit-below-as-responsible.txt": [
        ("1", "推进重点企业VOCs综合治理，完成10家企业低VOCs原辅材料替代",
         [("县生态环境局", L, FL), ("县工信局", S, EX), ("各乡镇人民政府", S, INH)]),
        ("2", "开展餐饮油烟专项整治，城区餐饮服务单位油烟净化设施安装率达到95%以上",
         [("县城管局", L, FL), ("县市场监管局", S, EX), ("各乡镇人民政府", S, INH)]),
        ("3", "完成入河排污口整治，确保出境断面水质稳定达到Ⅱ类", [("县生态环境局", L, FL), ("县水利局", S, EX), ("各乡镇人民政府", S, INH)]),
    ],
    # （A为各项任务的责任单位，以下不再一一列出） on a chapter heading: said of that chapter's items
    # alone (was not read), A without the heading's words before its bracket
    "inherit-below-as-responsible-heading.txt": [
        ("1", "加快城镇污水管网建设，新建改造管网50公里", [("市住建局", L, EX), ("市财政局", S, EX), ("各县（市、区）人民政府", S, INH)]),
        ("2", "推进农村生活污水治理，治理率达到45%", [("市生态环境局", L, EX), ("市农业农村局", S, EX), ("各县（市、区）人民政府", S, INH)]),
        ("3", "开展生态环境执法专项行动", [("市生态环境局", L, EX), ("市公安局", S, EX)]),
    ],
    # a 规划 without clauses whose 第X节 hold their text as paragraphs (no item below them): each
    # such section is a task, up to the 专栏 after it (its projects are tasks of their own); the
    # sections of 发展环境 (发展成就, 机遇与挑战, 工作成效) / 总体要求 / 规划实施保障 are none, nor a
    # section holding （一）（二）
    # (they are the tasks); the sections were no tasks at all
    "plan-sections-as-tasks.txt": [
        ("第一节", "推进产业绿色转型", []),
        ("第二节", "优化能源结构", []),
        ("1", "集中喷涂中心建设工程", []),
        ("2", "工业园区集中供热工程", []),
        ("（一）", "加强挥发性有机物治理", []),
        ("（二）", "加强扬尘精细化管控", []),
        ("第二节", "持续改善水环境质量", []),
    ],
    # a 规划 whose sections' paragraphs carry clauses: a section beside them without one is a task
    # naming no unit, as a titled item is (was none), and so are the projects of a 专栏 written as
    # bare titles （1）… （2）… (were dropped, read as headings over nothing); the sections of
    # 规划实施保障 stay none
    # (a section whose one paragraph carries its clause is that section's task, 第一节 titled by its
    # heading, as its sibling naming no unit is: it was an unnumbered paragraph task)
    "plan-sections-beside-clauses.txt": [
        ("第一节", "持续改善大气环境质量", [("市生态环境局", L, EX), ("市工业和信息化局", S, EX)]),
        ("第二节", "巩固提升水环境质量", []),
        ("第三节", "加强重金属污染防治", [("市生态环境局", L, EX)]),
        ("（1）", "北江流域水环境综合整治工程", []),
        ("（2）", "矿区重金属污染治理工程", []),
    ],
    # a 规划's 第X节 whose one paragraph closes with the section's clause (县林业局牵头，…配合。), a 专栏
    # after it or not: the section is the task, numbered and titled by its heading (was an unnumbered
    # paragraph task titled by its first sentence); near misses: a section of two titled paragraphs
    # keeps them as paragraph tasks, a background section and a safeguards paragraph stay none
    "plan-section-paragraph-with-clause.txt": [
        ("第一节", "保护热带雨林生态系统", [("县林业局", L, EX), ("县自然资源和规划局", S, EX)]),
        ("第二节", "加强固体废物和化学品管理", [("县住房和城乡建设局", L, EX), ("县卫生健康委员会", S, EX), ("县生态环境局", S, EX)]),
        ("1", "乡镇生活垃圾转运站建设工程", []),
        ("2", "医疗废物集中处置中心扩建工程", []),
        ("", "推广化肥减量增效", [("县农业农村局", L, EX)]),
        ("", "加强畜禽养殖污染防治", [("县农业农村局", L, EX), ("县生态环境局", S, EX)]),
    ],
    # a 规划 scraped onto one line: 第一节 inside the line (after a title or a clause's bracket) opens
    # a section, 专栏3 after a stop a box, its bare-title projects 1.… 2.… (a blank between) and
    # the next chapter right after the last one (第五章, the very next number) end each other (the
    # sections were the chapters' text, tasks numbered 第三章, the projects and 保障措施 the last
    # section's); a section beside them naming no unit, its text on its title's line and a 专栏
    # after it, is a task all the same; 依照《条例》第三章规定 inside a sentence stays text
    "scraped-plan-sections.txt": [
        ("第一节", "推进工业污染深度治理推动电力、建材行业超低排放改造，依照《大气污染防治条例》第三章规定开展执法检查",
         [("市生态环境局", L, EX), ("市经济和信息化局", S, EX)]),
        ("第二节", "加强移动源污染防治推进老旧柴油货车淘汰", [("市公安局", L, EX), ("市交通运输局", L, EX), ("市生态环境局", S, EX)]),
        ("第一节", "推进新汴河流域综合治理实施重点河流水质提升工程", [("市生态环境局", L, FL), ("市水利局", S, EX)]),
        ("第二节", "推进农村生活污水治理加快农村生活污水处理设施建设", []),
        ("1", "新汴河流域综合治理工程", []),
        ("2", "城镇污水处理提质增效工程", []),
    ],
    # a page scraped with its title's site name (…攻坚行动方案 - 百度文库 一、重点任务（一）…１．…): the
    # plan's first chapter runs on from the title all the same, so the items are numbered items
    # (were paragraphs titled 共青城市…百度文库一、重点任务（一）岸线整治行动1．清理非法码头 / ]2．推进…);
    # half-width [牵头单位:…;责任单位:…] and full-width digits as scrapes write them
    "scraped-title-site-suffix.txt": [
        ("1", "清理非法码头", [("市交通运输局", L, EX), ("市水利局", S, EX), ("市自然资源局", S, EX)]),
        ("2", "推进岸线复绿", [("市林业局", L, EX), ("市自然资源局", S, EX), ("各乡镇（街道）", S, EX)]),
        ("3", "加快污水管网建设", [("市住建局", L, EX), ("市城管局", S, EX)]),
        ("4", "推进工业园区污水处理", [("共青城高新区管委会", L, EX), ("九江市共青城生态环境局", S, EX)]),
        ("5", "加强入河排污口监管", [("九江市共青城生态环境局", L, EX), ("市水利局", S, EX)]),
    ],
    # a portal's 规划 flattened onto one line: 第一章 right after the document's title (…保护规划第一章),
    # 第三章 right after the indicator table's last row (…≥62.5 约束性第三章) open chapters as after a
    # stop (both were text, so no chapter nor section after them opened and the 一、二、 items were
    # lost); 第四章 right after a project's last unit ends its list (…县城投公司第四章 保障措施 was
    # read as units 县城投公司第四章保障措施一 and 加强组织领导); 依照《水污染防治法》第三章规定 in a
    # sentence stays text, and 保障措施's 一、 is no task
    "scraped-plan-title-chapters.txt": [
        ("一", "推进流域综合治理", [("县生态环境分局", L, FL), ("县水务局", S, EX)]),
        ("二", "保障饮用水水源安全", [("县水务局", L, EX), ("县生态环境分局", S, EX)]),
        ("1", "流域生态修复工程", [("县水务局", L, FL)]),
        ("2", "县城污水处理厂提标改造工程", [("县住房和城乡建设局", L, FL), ("县城投公司", S, EX)]),
    ],
    # 〈〉 as the inner bracket of a bracket around a role or levels (（责任单位：市工信委〈牵头〉、市环保局） /
    # 各县〈区〉人民政府): read as （） are (were one unit 市工信委〈牵头〉 leading by the first-listed convention,
    # and a collective 各县〈区〉人民政府 apart from 各县（区）人民政府); 〈〉 around a title inside 《》 stays
    "inner-angle-brackets.txt": [
        ("1", "加快城镇污水处理厂及配套管网建设", [("市住房城乡建委", L, EX), ("各县（区）人民政府", S, EX)]),
        ("2", "推进工业固废综合利用", [("市工信委", L, EX), ("市环保局", S, EX)]),
        ("3", "组织学习《关于〈漓江保护条例〉的说明》，开展普法宣传", [("市司法局", L, FL), ("市漓江风景名胜区管理委员会", S, EX)]),
    ],
    # an item opening with one body given its work by 由 (1.由县生态环境分局负责，推进… / （二）由县城市管理局
    # 牵头，推进…): the body leads the item (was no clause: one body so given reads as prose); in the middle
    # of an item (…。由县住建局负责，保障工作经费。) it stays prose, as before
    "by-one-unit-opening-item.txt": [
        ("1", "推进重点行业绩效分级提升，完成20家企业深度治理", [("县生态环境分局", L, EX)]),
        ("2", "推进秸秆综合利用，综合利用率稳定在95%以上", [("县农业农村局", L, EX)]),
        ("3", "加强工地扬尘管理，严格落实“六个百分之百”", []),
        ("4", "推进清洁取暖改造", [("县发展改革委", L, EX)]),
        ("（一）", "推进黄河滩区生态修复", [("县水利局", L, EX)]),
        ("（二）", "推进城区污水管网建设", [("县城市管理局", L, EX)]),
    ],
    # items opening with their units in a phrase of their own (1.由A牵头，B、C配合，推进… / 由A、B共同牵头，…):
    # the work after the phrase is the title (was the whole sentence, 由园区生态环境局牵头，园区经发委…);
    # 由A牵头建立…制度 writes the units into the work and stays its own title, as a clause after the
    # work (推进…建设，由A牵头，B配合) leaves the work before it
    "by-units-opening-item.txt": [
        ("1", "推进挥发性有机物源头替代，完成50家企业低VOCs原辅材料替代",
         [("园区生态环境局", L, EX), ("园区经发委", S, EX), ("园区规划建设委员会", S, EX)]),
        ("2", "推进“污水处理提质增效精准攻坚”，完成10个排水达标区建设", [("园区生态环境局", L, EX), ("园区规划建设委员会", L, EX)]),
        ("3", "由园区水务局牵头建立河湖长制联席会议制度，园区各部门配合", [("园区水务局", L, EX), ("园区各部门", S, EX)]),
        ("4", "推进“无废园区”建设", [("园区生态环境局", L, EX), ("园区应急管理局", S, EX)]),
    ],
    # a 分工方案's chapter stating how its table marks leads (一、分工原则 / 排在第一位的为牵头单位，其他为
    # 责任单位) assigns no work (was task 一 titled 分工原则 without units, listed by tasks --no-lead);
    # a row doing its work 按照属地管理的分工原则 is a task as before
    "division-principle-chapter.txt": [
        ("1", "推进清江流域综合治理，巩固提升清江干流水质", [("州生态环境局", L, TB), ("州水利和湖泊局", S, TB), ("各县市人民政府", S, TB)]),
        ("2", "实施磷化工企业污染整治", [("州经信局", L, TB), ("州生态环境局", S, TB)]),
        ("3", "推进城镇污水处理提质增效", [("州住建局", L, TB)]),
        ("4", "按照属地管理的分工原则推进农村黑臭水体治理", [("州生态环境局", L, TB), ("各县市人民政府", S, TB)]),
    ],
    # a page scraped onto one line with the plan's 文号 between its title and its first chapter
    # (…工作要点杞环委[2024〕3号一、大气污染防治1.…, the OCR'd bracket half-converted): the chapter
    # runs on from the title all the same, so the items are numbered items (were paragraphs, the
    # first titled 杞县…工作要点杞环委[2024〕3号一、大气污染防治1.推进…, the next 二、水污染防治3.开展…);
    # a 文号 quoted inside an item (《…实施方案》（杞办〔2023〕9号）要求) stays its text
    "scraped-title-number-run-in.txt": [
        ("1", "推进重点行业绩效分级提升,推动板材加工企业挥发性有机物综合治理",
         [("县生态环境分局", L, EX), ("县工信局", S, EX), ("产业集聚区管委会", S, EX)]),
        ("2", "加强柴油货车监管,开展路检路查", [("县公安局交警大队", L, EX), ("县生态环境分局", S, EX), ("县交通运输局", S, EX)]),
        ("3", "开展惠济河入河排污口整治,按照《杞县深入打好污染防治攻坚战实施方案》（杞办〔2023〕9号）要求完成溯源",
         [("县生态环境分局", L, EX), ("县水利局", S, EX), ("各乡镇（街道）", S, EX)]),
    ],
    # the same with the title's period before its 文号 (…实施方案(2018 —2020年)常政办发〔2019]6号一、) and a
    # line wrapped inside the items' brackets ((一 ) / ( 二), the wrap left as a blank): the items are
    # （一） to （三） (were paragraphs, the second titled ](二)欧美黑杨清理); (1 )期 in a sentence is text
    "scraped-period-number-bracket-blanks.txt": [
        ("(一)", "矮围网围清理", [("市水利局", L, EX), ("市畜牧水产局", S, EX), ("汉寿县人民政府", S, EX)]),
        ("(二)", "欧美黑杨清理", [("市林业局", L, EX), ("西洞庭湖国家级自然保护区管理局", S, EX)]),
        ("(三)", "非法采砂整治", [("市水利局", L, EX), ("市公安局", S, EX)]),
    ],
    # a 规划 scraped with its cover line, issuer and month, between its title and 第一章 (…保护规划福安市
    # 人民政府2021年9月第一章 …): the chapter opens as after the title (was one paragraph with item 1);
    # 按照2021年9月部署 inside an item is its text
    "scraped-plan-cover-issuer-date.txt": [
        ("1", "实施细颗粒物和臭氧协同控制", [("市生态环境局", L, EX), ("市工信局", S, EX), ("市发改局", S, EX)]),
        ("2", "推进交通运输结构调整,按照2021年9月部署推进新能源车推广", [("市交通运输局", L, EX), ("市发改局", S, EX)]),
    ],
    # an OCR'd plan on one line: 3, (the comma OCR read for the stop, a blank before it) right after a
    # heading's short title opens item 3 as 3. would (it was the heading's text, so 4 and 5 were no
    # items either: tasks numbered （二） / （三） titled 岸线清理整治3,全面清理… / 4.开展…); 新造林 2,其余
    # inside an item stays text
    "ocr-comma-number-after-heading.txt": [
        ("1", "全面排查沿江化工企业，不符合要求的限期关停搬迁", [("区经信委", L, EX), ("区环保局", S, EX), ("区安监局", S, EX)]),
        ("2", "加强危险废物监管", [("区环保局", L, EX), ("公安癸区分局", S, EX)]),
        ("3", "全面清理长江岸线非法码头、非法采砂场", [("区交通运输局", L, EX), ("区水利局", S, EX), ("沿江乡镇", S, EX)]),
        ("4", "开展沿江防护林建设，年内新造林2,其余地块由乡镇组织复绿", [("区林业局", L, EX), ("沿江乡镇", S, EX)]),
        ("5", "加快城区污水处理厂二期建设", [("区住建委", L, EX), ("区财政局", S, EX)]),
    ],
    # a portal page flattened onto one line: the signer and its date run into the last item's list
    # (…责任单位:区自然资源局 丑区生态环境保护委员会办公室 2020年3月18日, the blank between the names
    # lost to the OCR-space cleaner) end it before the signer (was one unit 区自然资源局丑区生态环境
    # 保护委员会办公室); the item's own 2020年12月31日前 deadline is no signature
    "signature-run-into-last-list.txt": [
        ("1", "持续推进散煤治理，城区散煤动态清零", [("区发改局", L, EX), ("各街道办事处", S, EX)]),
        ("2", "强化建筑施工扬尘管控", [("区住建局", L, EX), ("区城管局", S, EX)]),
        ("3", "开展重点企业用地土壤污染状况调查，2020年12月31日前完成", [("子市生态环境局丑区分局", L, EX), ("区自然资源局", S, EX)]),
    ],
    # a 督办 list's 承办单位 column naming several units (three counties, each for its own projects):
    # each handles the matter and leads (was the first listed alone); 协办单位 support
    "duban-table-several-handlers.txt": [
        ("1", "甲县、乙县部分重点工程投资完成率低于序时进度", [("甲县人民政府", L, TB), ("乙县人民政府", L, TB), ("市发展改革委", S, TB)]),
        ("2", "城区老旧小区改造开工率偏低", [("市住建局", L, TB), ("丙区人民政府", S, TB)]),
    ],
    # 以上项目中涉及各区县的，由各区县人民政府…负责组织实施 under the list: a note on the items
    # concerning the places, no task (was a task of its own led by the places, numbered as the
    # last item), nor the last item's units when read with it; a bracketed one alike
    "closing-note-concerning-places.txt": [
        ("1", "新建改扩建公办幼儿园6所", [("市教育局", L, EX), ("市财政局", S, EX), ("各区县政府", S, EX)]),
        ("2", "改造城镇老旧小区42个", [("市住房和城乡建设局", L, EX)]),
        ("3", "开展“春风行动”就业服务", [("市人力资源社会保障局", L, EX)]),
        ("（一）", "推进农村公路养护", []),
        ("（二）", "实施农村供水保障工程", []),
    ],
    "closing-note-concerning-last-item.txt": [
        ("1", "新建公办幼儿园3所", [("县教育局", L, EX), ("县财政局", S, EX)]),
        ("2", "改造老旧小区10个", []),
    ],
    # B负责将X纳入Y (its budget, its plan) beside the task's lead supports it: after the lead's
    # bracket, in a sentence of its own or as a phrase after A负责X (was no clause after the
    # bracket or the lead's sentence, and a lead of its part after A负责X); alone, or beside a
    # lead only of its own (各县区政府 after 由A牵头), the item is its to lead
    "item-body-into-budget.txt": [
        ("1", "推进农村公路养护", [("市交通运输局", L, EX), ("各县区政府", S, EX), ("市财政局", S, EX)]),
        ("2", "实施教育强基工程", [("市教育局", L, EX), ("市自然资源局", S, EX)]),
        ("3", "落实基层医疗经费", [("市财政局", L, EX)]),
        ("4", "推进家庭医生签约服务", [("市卫生健康委", L, EX), ("各县区政府", S, EX)]),
        ("5", "加强养老服务设施建设", [("市民政局", L, EX)]),
    ],
    # an item's body naming its units before 要: a named body and the places' own bodies after it
    # (旗森林消防大队、各苏木乡镇半专业扑火队要…) or the forest regions' bureaus and farms named by
    # their own place (红花尔基林业局、巴彦嵯岗林场要…) are given the item (were prose, no units); a
    # kind (国有林场 / 各林场) or everyone (各有关部门) among them names nobody
    "item-body-forest-bodies.txt": [
        ("（一）", "加强扑救队伍建设", [("旗森林消防大队", L, FL), ("各苏木乡镇半专业扑火队", S, EX)]),
        ("（二）", "加强重点区域巡护", [("红花尔基林业局", L, FL), ("巴彦嵯岗林场", S, EX)]),
        ("（三）", "落实林区防火责任", [("毕拉河林业局", L, EX)]),
        ("（四）", "加强国有林场管护", []),
        ("（五）", "强化火源管控", []),
    ],
    # a notice's point on what each lead answers for (各牵头单位对所牵头任务负总责) in a section of
    # paragraphs before the attached table: no task (was a paragraph task led by a unit named
    # 各牵头单位对所, cut before its 牵头 and ending like 派出所)
    "lead-units-answer-for-their-tasks.txt": [
        ("1", "开展健康教育，城区居民健康知识知晓率达到80%以上", [("县卫健局", L, TB), ("县教育局", S, TB)]),
        ("2", "规范农贸市场建设管理", [("县市场监管局", L, TB), ("县城管局", S, TB)]),
    ],
    # a closing note on the task list (以上任务中，未列明责任单位的，由A按职责抓好落实) is said of the
    # items naming no unit: they inherit A (were without a unit, the note a task of its own led by A
    # or A the last item's lead); an item naming its own keeps it, the safeguards' 对未落实责任单位的，
    # 由B约谈 is no such note
    "closing-note-unnamed-units.txt": [
        ("（一）", "深化商事制度改革", [("市市场监管局", L, EX), ("市政务服务数据管理局", S, EX)]),
        ("（二）", "加强涉企收费监管", [("各县（市、区）人民政府", L, INH)]),
        ("（三）", "推进社会信用体系建设", [("各县（市、区）人民政府", L, INH)]),
        ("（四）", "提升项目审批效率", [("市住房城乡建设局", L, EX)]),
    ],
    # the same note (注：以上任务中…) read with the last item, which names no unit of its own: every
    # item naming none inherits it (was the last item's lead alone, its text running over the note)
    "closing-note-last-item.txt": [
        ("（一）", "开展重点行业领域安全隐患排查整治", [("县应急管理局", L, EX), ("县交通运输局", S, EX), ("县住房城乡建设局", S, EX)]),
        ("（二）", "加强安全生产宣传教育", [("各镇人民政府", L, INH)]),
        ("（三）", "强化应急救援能力建设", [("各镇人民政府", L, INH)]),
    ],
    # 未明确牵头单位的，由A牵头 under the list: A leads the items naming no lead, beside their
    # supports (the note was not read at all)
    "closing-note-unnamed-lead.txt": [
        ("1", "推进农村生活垃圾治理", [("县住房城乡建设局", L, EX), ("各镇人民政府", S, EX)]),
        ("2", "推进农村厕所革命", [("各镇人民政府", S, EX), ("县农业农村局", L, INH)]),
        ("3", "推进农村生活污水治理", [("县农业农村局", L, INH)]),
        ("4", "加强村容村貌提升", [("县农业农村局", L, INH)]),
    ],
    # 以上任务未明确责任单位的，由A负责 under the last item of a list in several subsections: said of
    # every item above naming no unit (was the last subsection's items alone)
    "closing-note-over-subsections.txt": [
        ("1", "整治占道经营", [("县城管局", L, EX), ("县市场监管局", S, EX)]),
        ("2", "加强建筑工地扬尘管控", [("各乡镇人民政府", L, INH)]),
        ("3", "推进农村生活垃圾治理", [("县农业农村局", L, EX)]),
        ("4", "开展村庄清洁行动", [("各乡镇人民政府", L, INH)]),
        ("5", "清理河道垃圾", [("县水利局", L, EX)]),
        ("6", "整治入河排污口", [("各乡镇人民政府", L, INH)]),
    ],
    # 以上工作任务，未注明责任单位的，均由A负责落实 after the last of several chapters: every item
    # naming no unit is A's, the last item's text ends before the note (was read as the last
    # item's own clause, the note not known in this wording)
    "closing-note-over-chapters.txt": [
        ("（一）", "新建改扩建幼儿园5所", [("区教育局", L, EX), ("区发展改革局", S, EX), ("区财政局", S, EX)]),
        ("（二）", "提高普惠性幼儿园覆盖率", [("区教育局", L, INH)]),
        ("（三）", "实施集团化办学", [("区教育局", L, INH)]),
        ("（四）", "推进“双减”工作", [("区教育局", L, EX), ("区市场监管局", S, EX)]),
        ("（五）", "开展教师全员培训", [("区教育局", L, INH)]),
    ],
    # the note closing the last item's own line (4.开展…。以上任务未明确责任单位的，由A负责。): read as
    # the note, not the item's clause (was item 4's lead, item 2 without a unit); 对未明确责任单位的
    # 裸露地块，由B… inside item 2 is no note
    "closing-note-same-line.txt": [
        ("1", "整治占道经营", [("县城管局", L, EX), ("县市场监管局", S, EX)]),
        ("2", "加强建筑工地扬尘管控", [("各乡镇人民政府", L, INH)]),
        ("3", "推进农村生活垃圾治理", [("县农业农村局", L, EX)]),
        ("4", "开展村庄清洁行动", [("各乡镇人民政府", L, INH)]),
    ],
    # the note in brackets on a line of its own (（以上任务未明确牵头单位的，由A牵头）): was not read
    "closing-note-bracketed.txt": [
        ("1", "整治占道经营", [("县城管局", L, EX), ("县市场监管局", S, EX)]),
        ("2", "加强建筑工地扬尘管控", [("县住建局", L, INH)]),
        ("3", "推进农村生活垃圾治理", [("县农业农村局", L, EX)]),
        ("4", "开展村庄清洁行动", [("县住建局", L, INH)]),
    ],
    # near miss: the note closes its subsection, more items of the chapter follow: its own
    # subsection's items alone
    "closing-note-own-subsection.txt": [
        ("1", "整治占道经营", [("县城管局", L, EX), ("县市场监管局", S, EX)]),
        ("2", "加强建筑工地扬尘管控", [("县住建局", L, INH)]),
        ("3", "推进农村生活垃圾治理", [("县农业农村局", L, EX)]),
        ("4", "开展村庄清洁行动", []),
    ],
    # 注：表中未明确牵头单位的，由A负责牵头 under a division table: A leads the rows whose lead cell
    # is blank, beside their supports (the note was not read: table rows come after the notes)
    "table-note-unnamed-lead.txt": [
        ("1", "开展道路交通安全整治", [("县公安局", L, TB), ("县交通运输局", S, TB)]),
        ("2", "开展危险化学品专项整治", [("县市场监管局", S, TB), ("县应急管理局", L, INH)]),
        ("3", "开展建筑施工安全整治", [("县住建局", L, TB)]),
        ("4", "开展消防安全隐患排查", [("各乡镇", S, TB), ("县应急管理局", L, INH)]),
    ],
    # 未明确牵头单位的，由A牵头 standing apart from every task, a rule of the plan in its safeguards:
    # A leads the tasks naming no lead (was not read, the safeguards holding no task)
    "loose-note-in-safeguards.txt": [
        ("1", "推进农村生活垃圾治理", [("县城管局", L, EX), ("各乡镇", S, EX)]),
        ("2", "推进农村厕所革命", [("各乡镇", S, EX), ("县农业农村局", L, INH)]),
        ("3", "推进农村生活污水治理", [("县农业农村局", L, INH)]),
    ],
    # the rule before the tasks (总体要求: 各项任务中未明确牵头单位的，由A牵头，相关单位配合); the
    # safeguards' 对未明确责任单位的事项，由B协调确定责任单位 gives B nothing. An item naming its own
    # support (（县税务局配合）) takes A, not the note's 相关单位: the unit it names is that (was
    # 相关单位 beside it); an item naming nobody takes the note whole, as the clause would read
    "loose-note-before-tasks.txt": [
        ("（一）", "提升政务服务效能", [("县行政审批局", L, FL), ("县数据局", S, EX)]),
        ("（二）", "降低企业成本", [("县税务局", S, EX), ("县发展改革委", L, INH)]),
        ("（三）", "加强要素保障", [("县发展改革委", L, INH), ("相关单位", S, INH)]),
    ],
    # near miss: 对未明确责任单位的事项，由A协调确定责任单位 says who decides, A does none of the work;
    # the safeguard after it giving its work to a unit (强化督查考核。县政府督查室要定期通报…) is its task
    "loose-note-who-decides.txt": [
        ("（一）", "提升政务服务效能", [("县行政审批局", L, EX)]),
        ("（二）", "降低企业成本", []),
        ("（二）", "强化督查考核", [("县政府督查室", L, EX)]),
    ],
    # A：指导督促各乡镇… / A：指导各乡镇… (a unit standing apart, its duty over the places): A leads,
    # the places support (the first was no clause, beside B：负责… read); 各部门：指导督促… names
    # nobody, A：指导督促。 has no work
    "unit-colon-guides.txt": [
        ("1", "强化安全监管", [("县应急局", L, EX), ("各乡镇", S, EX), ("县住建局", L, EX)]),
        ("2", "加强森林防火", [("县林业局", L, EX), ("各乡镇", S, EX)]),
        ("3", "整治农村危房", [("县住建局", L, EX), ("各乡镇", S, EX)]),
        ("4", "开展消防宣传", []),
        ("5", "开展防汛检查", []),
    ],
    # the same body as lead and among the supports (由A牵头，A、B配合, labels, a table row): the task
    # names it once, as its lead (already so)
    "same-body-lead-and-support.txt": [
        ("1", "推进老旧小区改造", [("县住建局", L, EX), ("县财政局", S, EX)]),
        ("2", "整治城市内涝", [("县住建局", L, EX), ("县水利局", S, EX)]),
        ("3", "规范物业管理", [("县住建局", L, EX), ("县市场监管局", S, EX)]),
        ("4", "推进垃圾分类", [("县城管局", L, TB), ("县财政局", S, TB)]),
    ],
    # items run together on one line, numbered in brackets with one skipped or repeated ((一)…(三)…
    # (四) / (1)…(2)…(2)): each its own number and title (were numbered as the item before, the
    # title opening with the number read over)
    "inline-items-misnumbered.txt": [
        ("（一）", "整治背街小巷", [("县城管局", L, EX), ("各街道", S, EX)]),
        ("（三）", "规范农贸市场管理", [("县市场监管局", L, EX), ("县商务局", S, EX)]),
        ("（四）", "加强公益广告宣传", [("县委宣传部", L, FL)]),
        ("（1）", "开展志愿服务进社区活动", [("团县委", L, FL)]),
        ("（2）", "建设志愿服务站点", [("县文明办", L, FL)]),
        ("（2）", "完善志愿者激励机制", [("县民政局", L, FL)]),
    ],
    # （A为责任主体，下同） on a heading: A answers for the tasks from there on, inherited as 以下均需A
    # 落实，不再列出 is (a support beside each task's own units; was not read); 各村（社区）为责任主体，
    # B负责指导 in the safeguards, no bracket and no 下同, is no such note
    "heading-body-below.txt": [
        ("1", "开展汛前检查", [("县水利局", L, FL), ("各乡镇（街道）", S, INH)]),
        ("2", "整治地质灾害隐患点", [("县自然资源局", L, FL), ("各乡镇（街道）", S, INH)]),
        ("3", "开展防汛演练", [("县应急局", L, FL), ("各乡镇（街道）", S, INH)]),
    ],
    # … and without 下同, closing its heading's line (（一）…（各乡镇为责任主体）), the remark covers that
    # heading's section, as a heading's remark does (its items were read without it); the next
    # section's items do not take it
    "heading-remark-own-section.txt": [
        ("1", "完善收运体系", [("各乡镇", S, INH)]),
        ("2", "开展垃圾分类试点", [("县住建局", S, EX), ("各乡镇", S, INH)]),
        ("3", "开展村庄清洁行动", [("县农业农村局", L, EX)]),
        ("4", "整治乱搭乱建", []),
    ],
    # a division table whose note says a blank lead cell repeats the row above (注：牵头单位栏为空
    # 的，与上一项相同): row 5 is led by row 4's unit (was no lead); 同上 cells as before
    "table-blank-lead-same-as-above.txt": [
        ("1", "推进老旧小区改造", [("县住建局", L, TB), ("县财政局", S, TB)]),
        ("2", "加强物业管理", [("县住建局", L, TB), ("县市场监管局", S, TB)]),
        ("3", "整治占道经营", [("县城管局", L, TB), ("县市场监管局", S, TB)]),
        ("4", "推进垃圾分类", [("县城管局", L, TB), ("各乡镇", S, TB)]),
        ("5", "开展清洁行动", [("县城管局", L, TB), ("县农业农村局", S, TB)]),
    ],
    # the network companies named by their group and a bare place (国网洛阳供电公司 / 中国移动洛阳分
    # 公司) open an item's 要 sentence as a bureau does: they lead it (the items had no unit); a
    # kind of company (各通信运营企业要…) is urged, no one named
    "network-companies-in-bodies.txt": [
        ("一", "加强电力供应保障", [("国网洛阳供电公司", L, EX)]),
        ("二", "保障通信畅通", [("中国移动洛阳分公司", L, FL), ("中国联通洛阳市分公司", S, EX)]),
        ("三", "加强燃气供应", [("市城市管理局", L, EX)]),
        ("四", "强化宣传引导", []),
    ],
    # a chapter whose text only points to the table below (二、重点任务 / 重点任务分工详见下表。) is
    # no task: the rows are (it was one more, without a lead)
    "chapter-points-to-table.txt": [
        ("1", "建立重点项目推进机制，实行周调度、月通报", [("经济发展局", L, FL), ("投资促进局", S, TB)]),
        ("2", "加快项目用地保障，做好土地收储和征迁交地", [("规划建设局", L, FL), ("龙山街道", S, TB)]),
        ("3", "加强施工现场安全生产和扬尘管控", [("综合执法局", L, FL), ("规划建设局", S, TB)]),
    ],
    # a notice's points opening with the verb 保障 (二、保障农资供应 / 四、保障冬季农业生产用电) are
    # work, not its safeguards: every point is a task (only 三 was; 一, 二 and 四 were dropped
    # with the 保障 points read as the closing safeguards); 五、保障措施 stays none
    "notice-points-baozhang.txt": [
        ("一", "抓好小麦冬季管理", [("县农业农村局", L, EX)]),
        ("二", "保障农资供应", [("县供销社", L, EX)]),
        ("三", "加强农田水利建设", [("县水利局", L, EX), ("县财政局", S, EX)]),
        ("四", "保障冬季农业生产用电", [("国网临泉县供电公司", L, EX)]),
    ],
    # a 情况报告 / 总结 whose chapters report the work done (二、重点任务推进情况 / 一、…开展情况):
    # the units it names did that work, its items are no tasks (was: 市经济和信息化局 leading （一）,
    # 市发展改革委 leading （二） with two supports); its other chapters stay as before, naming nobody
    "review-only-report.txt": [("三", "存在的主要问题", []), ("四", "下半年工作打算", [])],
    # ... and a review before the year's plan leaves the plan's tasks as they were
    "review-then-plan.txt": [
        ("（一）", "抓好项目谋划", [("县发改局", L, EX), ("县自然资源局", S, EX), ("县生态环境局", S, EX)]),
        ("（二）", "优化营商环境", [("县数据资源局", L, EX)]),
    ],
    # a rectification problem's 责任单位 line: A、B按职责分工负责，C负责落实 is one clause, as in a
    # bracket (was: C read as a clause of its own, a lead, given to the last 整改措施 sub-item,
    # which with it became a task); 按职责分工负责 then prose (，确保整改到位) ends the list as before
    "rectify-duty-then-carried-out.txt": [
        ("问题1", "部分支流水质不能稳定达标，畜禽养殖污染治理不到位",
         [("市农业农村局", L, FL), ("市生态环境局", S, EX), ("各县（市、区）人民政府", S, EX)]),
        ("问题2", "城区建筑工地扬尘管控不严", [("市住房城乡建设局", L, FL), ("市城市管理局", S, EX)]),
    ],
    # a notice whose cover letter says how the table attached marks its leads (…标注“牵头”的为牵头
    # 单位，其余为配合单位。): that paragraph was a task without a lead, titled by the note
    # 二、重点任务 whose text only says the tasks are in the table attached (…，具体任务分工详见附件。):
    # the rows are the tasks, the item was one more without a lead
    "pointer-to-attached-table.txt": [
        ("1", "推行“一件事一次办”集成服务", [("县行政审批局", L, TB), ("县市场监管局", S, TB), ("县人社局", S, TB)]),
        ("2", "推进“无证明城市”建设", [("县司法局", L, TB), ("县行政审批局", S, TB)]),
        ("3", "落实惠企政策“免申即享”", [("县财政局", L, TB), ("县工信局", S, TB), ("县税务局", S, TB)]),
        ("4", "保障重点项目用地需求", [("县自然资源局", L, TB), ("县发改委", S, TB)]),
    ],
    # a table-only notice whose cover letter passes the plan on in a sentence of its own (现将《…》
    # 印发给你们。各牵头单位…): that sentence titled a task without a lead
    "cover-letter-passing-on.txt": [
        ("1", "稳定粮食播种面积80万亩以上", [("县农业农村局", L, TB), ("县财政局", S, TB)]),
        ("2", "推进农村生活污水治理", [("吉安市安福生态环境局", L, TB), ("县住建局", S, TB), ("各乡镇人民政府", S, TB)]),
    ],
    # a body item introducing the table that follows it (二、其他重点项目 / …责任分工如下：): the
    # rows are the tasks, the item was one more without a lead
    "pointer-as-follows.txt": [
        ("（一）", "开展城区背街小巷整治", [("市城市管理局", L, EX), ("市住房和城乡建设局", S, EX)]),
        ("（二）", "加强农贸市场管理", [("市商务局", L, EX), ("市市场监督管理局", S, EX)]),
        ("1", "萍水河沿线景观提升工程", [("市住房和城乡建设局", L, TB), ("安源区人民政府", S, TB)]),
        ("2", "城区公厕新建改造工程", [("市城市管理局", L, TB), ("各区人民政府", S, TB)]),
    ],
    # a chapter whose text only says its tasks are in the table below it (重点任务及责任分工见下表。)
    # is no task beside the table's rows (was one without a lead per chapter)
    "pointer-below-table.txt": [
        ("1", "建设智能化煤矿10处", [("市能源局", L, TB), ("市应急管理局", S, TB)]),
        ("2", "推进煤电机组节能降碳改造", [("市发展改革委", L, TB), ("市能源局", S, TB), ("国网榆林供电公司", S, TB)]),
        ("3", "推进氢能示范应用，建成加氢站5座", [("市工业和信息化局", L, TB), ("市交通运输局", S, TB)]),
    ],
    "cover-letter-unit-note.txt": [
        ("1", "稳定粮食播种面积5万亩，新建高标准农田1万亩", [("区农业农村委", L, TB), ("区财政局", S, TB)]),
        ("2", "推进“四好农村路”建设，新改建农村公路20公里", [("区交通局", L, TB), ("各街道", S, TB)]),
    ],
    # a matter of minutes (一、关于…) over paragraphs of which only the last assigns (会议听取… /
    # 会议要求：由A牵头…) is one task, titled by the matter (was a paragraph task titled 会议要求);
    # a matter whose paragraphs assign apart keeps its second paragraph a task of its own
    "minutes-matters.txt": [
        ("一", "关于春季农业生产工作", [("区农业农村局", L, EX), ("区水利局", S, EX), ("区气象局", S, EX)]),
        ("二", "关于城区集中供热管网改造工作", [("区住建局", L, EX), ("区发改局", S, EX), ("区财政局", S, EX)]),
        ("三", "关于农村公路建设", [("区交通运输局", L, EX), ("区财政局", S, EX)]),
        ("", "由区自然资源局牵头，区林业局配合，保障项目用地", [("区自然资源局", L, EX), ("区林业局", S, EX)]),
    ],
    # an item under a unit-naming heading that names a partner after its own work (…，配合A做好… /
    # …，会同A、B开展…): the heading's unit leads; the unit it helps (配合A做好…) leads the part
    # it is helped with (was support), those it works with (会同A、B) support (were lost); 配合
    # with no unit after it names nobody more
    # a label on its own line whose list goes on after a semicolon with units that carry the task
    # out where they are or by their duties (；C、D按属地负责 / ；各县（市）区政府负责落实 /
    # ；C按职责分工负责): part of the label's list, read as the same clause in brackets reads it
    # (C, D were lost or read 市生态环境局东城分局按属地; 各县（市）区政府 a lead; C first_listed lead);
    # a bare 负责 (；市园林中心负责) is still the unit's own charge, as before
    "label-line-carry-after-semicolon.txt": [
        ("（一）", "加强城市生态修复，推进城区段生态廊道建设",
         [("市生态环境局", L, EX), ("市林业和草原局", S, EX), ("市水务局", S, EX), ("市生态环境局东城分局", S, EX), ("市生态环境局西城分局", S, EX)]),
        ("（二）", "推进城市内涝治理", [("市住建局", L, EX), ("市水务局", S, EX), ("各县（市）区政府", S, EX)]),
        ("（三）", "推进老旧管网改造", [("市住建局", L, EX), ("市发改委", S, EX), ("市应急管理局", S, EX)]),
        ("（四）", "推进公园绿地建设", [("市城管局", L, FL), ("市自然资源局", S, EX), ("市园林中心", L, EX)]),
        ("（五）", "推进背街小巷改造", [("市住建局", L, EX), ("市财政局", S, EX), ("各县（市）区政府", S, EX)]),
    ],
    "owner-mid-partner.txt": [
        ("1", "开展建筑施工领域隐患排查整治", [("区住房城乡建设局", L, EX)]),
        ("2", "加强城镇燃气安全管理，配合区市场监管局做好燃气具质量监管", [("区住房城乡建设局", L, EX), ("区市场监管局", L, EX)]),
        ("3", "配合区市场监管局做好燃气经营企业检查", [("区市场监管局", L, EX), ("区住房城乡建设局", S, EX)]),
        ("4", "开展道路运输企业安全检查，会同区公安分局、区应急管理局开展联合执法",
         [("区交通运输局", L, EX), ("区公安分局", S, EX), ("区应急管理局", S, EX)]),
        ("5", "加强客运站安全管理，配合做好节假日运输保障", [("区交通运输局", L, EX)]),
    ],
    # an emergency plan's numbered items opening A负责… are its units' duties, each a task its
    # unit leads (were prose: 3.1 / 3.2 / 4.1 dropped); the working groups read after their name's
    # colon (综合协调组：由A牵头，B参加); an exhortation (各有关部门要…) names nobody
    "emergency-duty-items.txt": [
        ("（1）", "综合协调组", [("市城市管理局", L, EX), ("市应急管理局", S, EX), ("市水利局", S, EX)]),
        ("（2）", "交通保障组", [("市公安局", L, EX), ("市交通运输局", S, EX)]),
        ("3.1", "市气象局负责暴雨监测预报，及时发布暴雨预警信息", [("市气象局", L, EX)]),
        ("3.2", "市水利局负责河道水位监测，市城市管理局负责城市排水管网运行监测", [("市水利局", L, EX), ("市城市管理局", L, EX)]),
        ("4.1", "市财政局负责应急处置所需经费保障", [("市财政局", L, EX)]),
        ("4.2", "各有关部门要按照职责分工，做好应急保障工作", []),
    ],
    # a meeting's minutes: each 会议要求，/ 会议议定，/ 会议强调，/ 会议要求：(lines) A要…；B要… is
    # A's and B's duty, both lead (A要会同B…: B supports; A要配合…: A supports); 各部门要… names
    # nobody, 会议听取 / 会议指出 assign nothing, 督查室要…跟踪督办 checks the matters (was: every
    # matter but 五 dropped, its units read as prose); 其他事项 stays none
    "minutes-directives.txt": [
        ("一", "关于老旧小区改造进度", [("市住建局", L, EX), ("市财政局", L, EX), ("市自然资源和规划局", L, EX)]),
        ("二", "关于城市道路积水点整治", [("市城管局", L, EX), ("市水利局", S, EX), ("各区人民政府", L, EX)]),
        ("三", "关于秋粮收购", [("市发改委", L, EX), ("市市场监管局", L, EX)]),
        ("四", "关于安全生产大排查", [("市应急管理局", L, EX), ("市住建局", L, EX)]),
        ("五", "关于优化营商环境", [("市发改委", L, EX), ("市行政审批局", S, EX), ("市市场监管局", S, EX)]),
    ],
    # an item written as one sentence carrying its units (1.由A负责…，B配合。 / 2.A牵头…，B配合。 /
    # （一）由A牵头负责…。) is a task with its lead and supports: the item's number was read into the
    # first unit (1.由州生态环境局), so no clause, and a plan whose items are all so written had no task;
    # 由点到面 / 由于 name nobody
    "one-sentence-items.txt": [
        ("1", "由州生态环境局负责开展臭氧污染防治攻坚，州工业和信息化局、州交通运输局配合",
         [("州生态环境局", L, EX), ("州工业和信息化局", S, EX), ("州交通运输局", S, EX)]),
        ("2", "州住房城乡建设局牵头加强施工扬尘管控，州城市管理局配合", [("州住房城乡建设局", L, EX), ("州城市管理局", S, EX)]),
        ("3", "由州水务局负责推进城镇污水处理提质增效", [("州水务局", L, EX)]),
        ("4", "州农业农村局牵头推进农业面源污染治理，州生态环境局配合", [("州农业农村局", L, EX), ("州生态环境局", S, EX)]),
        ("（一）", "由州自然资源局牵头负责加强矿山生态修复", [("州自然资源局", L, EX)]),
        ("（二）", "由点到面推进土壤污染风险管控，逐步覆盖全州", []),
        ("（三）", "由于历史原因，部分遗留地块底数不清，要加快开展调查", []),
    ],
    # the last item's text ends where the body does, not over the signature and date under it
    # (test_the_last_task_ends_before_the_closing)
    "closing-after-last-item.txt": [
        ("1", "开展高层建筑消防安全整治", [("县消防救援大队", L, EX), ("县住建局", S, EX)]),
        ("2", "开展人员密集场所消防安全整治", [("县商务局", L, FL), ("县文广旅局", S, EX), ("县教育局", S, EX)]),
    ],
    # minutes whose 会议要求 is a heading of its own (二、会议要求 / （一）A要… / （二）B要…): each line is
    # its unit's duty (were lost but the last, whose text ran over the 出席：/ 列席：lines and the
    # printing line)
    "minutes-heading-attendance.txt": [
        ("（一）", "区城管局要加强背街小巷环境卫生整治，8月底前完成整改", [("区城管局", L, EX)]),
        ("（二）", "区交警大队要加强交通秩序整治，规范车辆停放", [("区交警大队", L, EX)]),
        ("（三）", "区市场监管局要加强农贸市场管理", [("区市场监管局", L, EX)]),
    ],
    # a matter's later sentences after 会议要求 (县城投公司负责… / 县供电公司要配合… / B负责…，C做好…)
    # name their units as A要… does (县城投公司 was lost); what a bureau said in its report, and
    # 各部门要…, name nobody
    "minutes-later-sentences.txt": [
        ("一", "关于保障性住房建设", [("县住建局", L, EX), ("县城投公司", L, EX), ("县供电公司", S, EX)]),
        ("二", "关于城区停车设施建设", [("县公安局交警大队", L, EX), ("县住建局", L, EX), ("县城管局", L, EX)]),
        ("三", "关于上半年经济运行", []),
    ],
    # a 督查通报: the items of 三、下一步工作要求 are its tasks (the chapter was read as a plan's closing
    # 工作要求, and 一、总体情况 became a task without a lead); the findings naming units that did
    # badly (区自然资源局负责的…滞后) assign nobody; titled by its own line (was a sentence's …计划)
    "report-next-steps.txt": [
        ("1", "区自然资源局要加快土地征收进度，12月底前完成年度任务", [("区自然资源局", L, EX)]),
        ("2", "区城管局要制定背街小巷整治计划，区住建局配合做好基础设施改造", [("区城管局", L, EX), ("区住建局", S, EX)]),
        ("3", "确保社区医院项目11月底前开工", [("区卫健委", L, EX), ("区发改局", S, EX)]),
        # a street's office named by its street leads what it is told to do (was no unit); the
        # street named alone is a place, urged
        ("4", "玉带路街道办事处要对照督查问题立即组织整改，10日内整改到位", [("玉带路街道办事处", L, EX)]),
        ("5", "北城街道要加强背街小巷日常保洁", []),
    ],
    # 一、总体要求 holding a clause in its （三）工作目标: that item is a task, its lead as written;
    # 指导思想 and 基本原则 are no tasks (were tasks without a lead)
    "principles-chapter-clause.txt": [
        ("（三）", "工作目标", [("县发改局", L, EX), ("县农业农村局", S, EX)]),
        ("（一）", "壮大茶产业", [("县茶业局", L, EX), ("县农业农村局", S, EX)]),
        ("（二）", "发展特色养殖", [("县农业农村局", L, EX)]),
        ("（三）", "培育新型经营主体", []),
    ],
    # an item written as its title alone among items with text, before the next item, the next
    # chapter or the signature, is a task without a lead (was dropped as a bare heading); the
    # safeguards' stay none
    "title-only-items.txt": [
        ("（一）", "推进农村厕所革命", [("县农业农村局", L, EX), ("县卫健局", S, EX)]),
        ("（二）", "加强村庄规划管理", []),
        ("（三）", "加强生活垃圾治理", [("县城管局", L, EX), ("各乡镇人民政府", S, EX)]),
        ("（四）", "加强宣传引导", []),
    ],
    # ■ groups over ● / ◆ items, each item's labels on the lines below it (was: the bullets were
    # no items, each label line opened a paragraph with the next item's text and the first
    # item's units went to the second); the safeguards' bullets stay no tasks
    "bullet-items.txt": [
        ("●", "聚焦新能源汽车零部件产业，绘制产业链招商图谱", [("投资促进局", L, EX), ("经济发展局", S, EX)]),
        ("●", "开展驻点招商，全年组织外出招商活动不少于30次", [("投资促进局", L, EX), ("各园区管理办公室", S, EX)]),
        ("◆", "建立重点项目“一对一”帮办代办机制", [("行政审批局", L, EX), ("规划建设局", S, EX)]),
        ("◆", "落实招商引资奖励政策，及时兑现奖励资金", [("财政金融局", L, EX)]),
    ],
    # 以上工作由A牵头 closing the paragraphs under an item's title (（二）强化金融支持 / …。 / …。)
    # is that item's (was: it went up to the chapter and gave the items of （一） with no unit the
    # lead of （二）); after a heading's items (（三）… / 1.… / 2.… / （以上任务由…）) it still covers them
    "above-note-own-paragraphs.txt": [
        ("1", "发展“海洋牧场+休闲渔业”，打造休闲海钓基地", []),
        ("2", "推进“海洋牧场+海上风电”融合试点", []),
        ("（二）", "强化金融支持", [("市地方金融管理局", L, EX), ("市财政局", S, EX)]),
        ("1", "创建国家级海洋牧场示范区", [("市海洋发展局", L, EX), ("市科技局", S, EX)]),
        ("2", "建设海洋牧场观测网", [("市海洋发展局", L, EX), ("市科技局", S, EX)]),
    ],
    # 附件 分工表 of 序号 | 牵头单位 | 配合单位 only, the tasks numbered in the body: each row's
    # units go to the body item of its number, which stays the task (was: no task at all with tabs,
    # the rows' units lost; untitled row tasks with " | ")
    "numbered-division-table.txt": [
        ("1", "落实地方党政领导干部食品安全责任制，制定党政领导干部食品安全工作责任清单",
         [("区食安办", L, TB), ("区委督查室", S, TB), ("区政府督查室", S, TB)]),
        ("2", "落实企业主体责任，督促食品生产经营者建立食品安全总监制度", [("区市场监管局", L, TB), ("各乡镇（街道）", S, TB)]),
        ("3", "加强校园食品安全管理，推进学校食堂“明厨亮灶”全覆盖", [("区教育局", L, TB), ("区市场监管局", S, TB), ("区卫健局", S, TB)]),
        ("4", "加强进口冷链食品监管", [("区市场监管局", L, TB), ("区商务局", L, TB), ("海关驻XX办事处", S, TB)]),
    ],
    # 二、责任分工 sharing the items out by number (第（一）项、第（三）项由A牵头，B配合；…): each
    # piece's units go to the items it names (was: one task 责任分工 with every unit, the items none)
    "duty-by-item-number.txt": [
        ("（一）", "压缩企业开办时间，全面实现企业开办“一日办结”", [("市市场监管局", L, EX), ("市税务局", S, EX)]),
        ("（二）", "推行工程建设项目审批“清单制+告知承诺制”", [("市住房城乡建设局", L, EX), ("市自然资源局", S, EX)]),
        ("（三）", "深化“一照多址”改革", [("市市场监管局", L, EX), ("市税务局", S, EX)]),
        ("（四）", "推进不动产登记“带押过户”", [("市自然资源局", L, EX)]),
    ],
    # 第2项 under 二、责任分工: the heading holding the paragraph is no item 2 (with it item 2 was
    # not one item's number, and the whole paragraph stayed one task of 责任分工)
    "duty-by-arabic-item-number.txt": [
        ("1", "推进产业升级，实施技术改造项目20个", [("县工业和信息化局", L, EX)]),
        ("2", "扩大有效投资，新开工亿元以上项目50个", [("县发展改革委", L, EX), ("县财政局", S, EX)]),
        ("3", "优化营商环境，开展营商环境提升专项行动", [("县政务服务中心", L, EX)]),
    ],
    "lead-support-labels.txt": [
        ("1", "严格落实产能置换", [("市发展改革委", L, EX), ("市财政局", S, EX), ("市自然资源局", S, EX)]),
        ("2", "推进重点行业超低排放改造",
         [("市生态环境局", L, EX), ("市工业和信息化局", S, EX), ("各县（市、区）人民政府", S, EX)]),
    ],
    "labels-on-lines.txt": [
        ("1", "加快推进农村生活污水治理",
         [("县生态环境局", L, EX), ("县住建局", S, EX), ("县农业农村局", S, EX), ("各乡镇人民政府", S, EX)]),
        ("2", "全面提升农村生活垃圾治理水平", [("县城市管理局", L, EX), ("县财政局", S, EX)]),
    ],
    "inline-lead-duty.txt": [
        ("1", "开展清洁柴油车行动", [("市生态环境局", L, EX), ("市公安局", S, EX), ("市交通运输局", S, EX)]),
        ("2", "开展清洁油品行动", [("市市场监管局", L, EX), ("市商务局", S, EX)]),
    ],
    "by-unit-responsible.txt": [
        ("1", "推进化肥农药减量增效", [("县农业农村局", L, EX)]),
        ("2", "加强畜禽养殖污染防治", [("县农业农村局", L, EX), ("县生态环境局", S, EX)]),
        ("3", "抓好秸秆综合利用", [("各县（市、区）人民政府", L, EX)]),
    ],
    "resp-with-deadline.txt": [
        ("1", "完成年度改造任务", [("市住建局", L, FL)]),
        ("2", "健全长效管理机制", [("市住建局", L, FL), ("市民政局", S, EX)]),
    ],
    "leader-unit-deadline.txt": [
        ("1", "压缩企业开办时间", [("区市场监管局", L, FL), ("区政务服务中心", S, EX)]),
        ("2", "提升获得电力便利度", [("区发展改革局", L, FL), ("国网XX供电公司", S, EX)]),
    ],
    "by-duty-list.txt": [
        ("（一）", "加强河湖生态保护修复", [("市水利局", L, FL), ("市生态环境局", S, EX)]),
        ("（二）", "保障河湖生态流量", [("市水利局", L, EX), ("市生态环境局", S, EX), ("市农业农村局", S, EX)]),
    ],
    # a bureau's notice setting out its 内设机构及职责 and 直属单位 (（一）办公室。负责机关日常运转… /
    # 甲市生态环境监测站：承担…) before its year's division of work: the units set up with their
    # standing functions are its organisation, no tasks (each 处室 was a task it led); the work
    # section's items, naming the same units, stay
    # a 厅's own 专项行动 naming its 处室 and 总队 without a place: 由A牵头组织，B承担 (B carries the work
    # out: a support; was no clause, the task had nobody), and the 职责分工 statements opening with a
    # 处室 (固体废物与化学品处负责…: were no tasks at all); 由A、B共同组织 with an action word inside a
    # unit's name (监测处: the phrase was cut there, no clause; 共同: both lead); 所需经费由B承担 stays B's lead, and
    # 本方案具体解释工作由厅办公室承担 / 各处室要高度重视 in the 工作要求 give no work
    # 一、主要指标 over the plan's indicators printed one cell a line (指标 / 2024年现状 / 2025年目标值 /
    # 属性), its tasks in a division table printed alike: the indicators' chapter is none (was a task
    # without units, as 一、主要目标 never was); 三、加强指标监测调度, work naming 指标, stays a task
    "indicator-chapter-cells.txt": [
        ("1", "推进燃煤锅炉综合整治，淘汰35蒸吨以下燃煤锅炉20台", [("市发展改革委", L, TB), ("市生态环境局", S, TB), ("市市场监管局", S, TB)]),
        ("2", "开展柴油货车路检路查，全年抽测不少于3000辆", [("市公安局", L, TB), ("市交通运输局", S, TB), ("市生态环境局", S, TB)]),
        ("3", "加强建筑工地扬尘管控", [("市住房城乡建设局", L, TB), ("市城市管理局", S, TB), ("各区县政府", S, TB)]),
        ("三", "加强指标监测调度", []),
    ],
    # 共同 after units given the work by 由 (由A、B共同组织实施 / 共同推进 / 所需资金由A、B共同承担): they
    # share it, each a lead as in 由A、B共同负责 / 共同牵头 (were A lead, B support by the first-listed
    # convention; 共同推进 no clause at all); 共同参与 stays support, 由A、B组织实施 without 共同 keeps
    # the convention, and B、C after a lead's 会同 (…共同推进) work with it; a bare bracket closing with
    # 共同推进 (（A、B共同推进）) likewise two leads, a bare list without it the convention
    "given-jointly.txt": [
        ("（一）", "强化扬尘污染治理", [("市住房和城乡建设局", L, EX), ("市城市管理局", L, EX)]),
        ("（二）", "开展柴油货车专项整治", [("市公安局交通管理支队", L, EX), ("市交通运输局", L, EX)]),
        ("（三）", "推进清洁能源替代", [("市发展改革委", L, EX), ("市能源局", L, EX)]),
        ("（四）", "做好秸秆综合利用", [("市财政局", L, EX), ("市农业农村局", L, EX)]),
        ("（五）", "实施挥发性有机物综合治理", [("市生态环境局", L, EX), ("市工业和信息化局", L, EX)]),
        ("（六）", "加强大气监测能力建设", [("市生态环境局", L, EX), ("市财政局", S, EX), ("市气象局", S, EX)]),
        ("（七）", "开展联合执法检查", [("市生态环境局", S, EX), ("市市场监督管理局", S, EX)]),
        ("（八）", "完善重污染天气应急预案", [("市生态环境局", L, FL), ("市应急管理局", S, EX)]),
        ("（九）", "推进餐饮油烟治理", [("市城市管理局", L, EX), ("市市场监督管理局", S, EX), ("市生态环境局", S, EX)]),
        ("（十）", "推进工业园区循环化改造", [("市发展改革委", L, EX), ("市工业和信息化局", L, EX)]),
        ("（十一）", "开展企业环保信用评价", [("市生态环境局", L, FL), ("市发展改革委", S, EX)]),
    ],
    "department-own-units.txt": [
        ("（一）", "工业固体废物堆存场所", [("固体废物与化学品处", L, EX), ("省固体废物管理中心", S, EX)]),
        ("（二）", "危险废物经营单位", [("执法总队", L, EX), ("各设区市生态环境局", S, EX)]),
        ("（三）", "医疗废物集中处置设施", [("省财政厅", L, EX)]),
        ("（四）", "监测能力比武", [("生态环境监测处", L, EX), ("省生态环境监测中心", L, EX)]),
        ("（五）", "固体废物与化学品处负责行动的政策指导，牵头制定工业固体废物排查技术要点", [("固体废物与化学品处", L, EX)]),
        ("（六）", "法规与标准处负责案件审核，指导各地规范行政处罚自由裁量", [("法规与标准处", L, EX)]),
        ("（七）", "执法总队负责行动的组织实施和督办", [("执法总队", L, EX)]),
    ],
    # a city bureau's list naming its county branches by place alone (章贡分局 / 赣县区分局 / 各县（市、区）
    # 分局) beside its 科室; where they are placed: tests/test_resolve.py
    # a bureau's party work points: （局党组负责，驻局纪检组监督） (纪检组, the discipline group written
    # short: the clause was dropped whole), its party branches (机关一支部 / 各支部), and the 职责分工
    # statements of 局办公室 / 局人事科 (were no tasks)
    "bureau-party-branches.txt": [
        ("1", "深入开展主题教育", [("局机关党委", L, EX), ("各支部", S, EX)]),
        ("2", "加强基层党组织建设，规范“三会一课”", [("局机关党委", L, EX), ("机关一支部", S, EX), ("机关二支部", S, EX), ("监测站支部", S, EX)]),
        ("3", "落实全面从严治党主体责任，开展廉政风险排查", [("局党组", L, EX)]),
        ("", "局办公室负责党建信息宣传报道工作", [("局办公室", L, EX)]),
        ("", "局人事科负责党员教育培训工作", [("局人事科", L, EX)]),
    ],
    "city-bureau-branches.txt": [
        ("1", "中心城区空气质量优良天数比例达到95%以上", [("大气环境科", L, FL), ("章贡分局", S, EX), ("赣县区分局", S, EX)]),
        ("2", "全市国考断面水质优良比例保持100%", [("水生态环境科", L, FL), ("各县（市、区）分局", S, EX)]),
        ("3", "开展“双随机、一公开”执法检查", [("市生态环境综合行政执法支队", L, FL), ("各分局", S, EX), ("章贡公安分局", S, EX)]),
        ("4", "开展危险废物专项整治", [("执法总队", L, EX), ("南康区分局", S, EX)]),
    ],
    "roster-of-units-beside-work.txt": [
        ("1", "开展夏季臭氧污染防治攻坚，完成30家企业挥发性有机物治理", [("大气环境科", L, EX), ("甲市生态环境综合行政执法支队", S, EX)]),
        ("2", "完成国考断面水质达标攻坚", [("水生态环境科", L, EX), ("甲市生态环境监测站", S, EX)]),
        ("3", "开展“六五”环境日宣传", [("甲市环境宣传教育中心", L, EX), ("办公室", S, EX)]),
    ],
    "work-points-unbracketed.txt": [
        ("1", "持续改善环境空气质量", [("大气环境科", L, FL), ("执法支队", S, EX)]),
        ("2", "持续改善水环境质量", [("水生态环境科", L, FL)]),
        ("3", "推进自然保护地监管", [("自然生态保护科", L, FL)]),
    ],
    "duty-note-xiatong.txt": [
        ("1", "推进产业结构调整", [("市发展改革委", L, FL), ("市工业和信息化局", S, EX)]),
        ("2", "推进重点行业节能降碳", [("市工业和信息化局", L, FL), ("市生态环境局", S, EX)]),
    ],
    "inherit-participate.txt": [
        ("1", "强化建筑工地扬尘管控", [("区住建局", L, EX), ("区城管局", S, EX), ("各街道办事处", S, INH)]),
        ("2", "加强道路扬尘治理", [("区城管局", L, EX), ("区交通运输局", S, EX), ("各街道办事处", S, INH)]),
    ],
    "label-variants.txt": [
        ("1", "危险化学品安全整治", [("市应急管理局", L, EX), ("市公安局", S, EX), ("市交通运输局", S, EX)]),
        ("2", "消防安全整治", [("市消防救援支队", L, EX), ("市住建局", S, EX)]),
        ("3", "交通运输安全整治", [("市交通运输局", L, EX), ("市公安局", S, EX)]),
        ("4", "城市建设安全整治", [("市住建局", L, FL), ("市城管局", S, EX), ("市市场监管局", S, EX)]),
    ],
    "numbering-deep.txt": [
        ("（1）", "实施挥发性有机物综合治理", [("县生态环境局", L, EX), ("县工信局", S, EX)]),
        ("（2）", "推进锅炉综合整治", [("县市场监管局", L, EX), ("县生态环境局", S, EX)]),
        ("①", "加强机动车排放检验", [("县生态环境局", L, FL), ("县市场监管局", S, EX)]),
        ("②", "推进老旧车辆淘汰", [("县公安局", L, FL), ("县商务局", S, EX)]),
    ],
    "articles.txt": [
        ("第一条", "各级河长负责组织领导相应河湖的管理和保护工作", [("市河长办", L, FL)]),
        ("第二条", "建立河湖巡查制度，县级河长每季度巡河不少于1次", [("各县（市、区）河长办", L, FL)]),
    ],
    "yishi-ershi.txt": [
        ("（一）", "推进城镇污水处理提质增效，新建改造污水管网80公里", [("市住建局", L, FL)]),
        ("（一）", "加强工业园区污水整治，完成园区污水管网排查", [("市生态环境局", L, FL), ("市工业和信息化局", S, EX)]),
    ],
    "brackets-heading.txt": [
        ("1", "推进工业固体废物源头减量", [("区工信局", L, EX), ("区生态环境局", S, EX)]),
        ("2", "推进生活垃圾分类", [("区城管局", L, EX), ("各街道办事处", S, EX)]),
    ],
    "traditional.txt": [
        ("1", "推进工业节能", [("市发展改革委", L, EX), ("市工业和信息化局", S, EX), ("市统计局", S, EX)]),
        ("2", "推进建筑节能", [("市住房和城乡建设局", L, FL)]),
    ],
    "table-tabs.txt": [
        ("1", "开展城区黑臭水体排查整治", [("县住建局", L, TB), ("县生态环境局", S, TB), ("县水利局", S, TB)]),
        ("2", "推进工业园区污水集中处理设施建设", [("县工信局", L, TB), ("县生态环境局", S, TB)]),
        ("3", "加强饮用水水源地保护", [("县生态环境局", L, TB), ("县水利局", S, TB), ("各乡镇人民政府", S, TB)]),
    ],
    # a division table exported as CSV and saved as .txt (序号,重点任务,…,牵头单位,责任单位,完成时限;
    # quoted cells holding commas, a doubled quote, a line break; a title row of empty cells
    # above): one task per row (was no task: only tabs and blanks cut cells)
    "table-csv.txt": [
        ("1", "农村厕所革命", [("市农业农村局", L, TB), ("市卫生健康局", S, TB), ("各乡镇人民政府", S, TB)]),
        ("2", "农村生活垃圾治理", [("市住房城乡建设局", L, TB), ("市财政局", S, TB), ("各乡镇人民政府", S, TB)]),
        ("3", "农村生活污水治理", [("百色市平果生态环境局", L, TB), ("市水利局", S, TB), ("市住房城乡建设局", S, TB)]),
        ("4", "村容村貌提升", [("市农业农村局", L, TB), ("各乡镇人民政府", S, TB)]),
    ],
    # near misses: items written with ASCII commas stay items; a CSV contact list (姓名,单位,职务,
    # 联系电话) names no work
    "table-csv-near.txt": [
        ("1", "推进老旧小区改造,完成改造小区12个,惠及居民3000户", [("县住建局", L, EX), ("县财政局", S, EX)]),
        ("2", "实施城区道路提升,改造道路5条,新增停车位200个", [("县交通运输局", L, EX)]),
    ],
    # an emergency plan whose members' duties stand under a heading each (2.2.1　县水务局 / 承担县防指
    # 日常工作，负责…): each a task its unit leads, the paragraph its text (were lost: the unit
    # alone on its line); the response levels 4.1　Ⅳ级应急响应 are headings (were paragraphs); a
    # 应急保障 paragraph opening A负责… is its unit's duty (5.2); a measure giving each unit its part
    # with a verb of the response (县防指办公室加强值班，县水务局做好水库调度，…) names each a lead
    # (were prose), a list (A、B按照…原则储备…) its first; near misses: the 指挥部 the plan sets
    # up (2.1), its 总则 and 附则 (本预案由县防指办公室负责解释) give no task, nor does 资金保障 run
    # into its paragraph's unit
    "emergency-unit-headings.txt": [
        ("2.2.1", "县水务局", [("县水务局", L, EX)]),
        ("2.2.2", "县应急管理局", [("县应急管理局", L, EX)]),
        ("2.2.3", "县气象局", [("县气象局", L, EX)]),
        ("2.2.4", "县住房和城乡建设局", [("县住房和城乡建设局", L, EX)]),
        ("2.2.5", "县自然资源和规划局", [("县自然资源和规划局", L, EX)]),
        ("", "各乡镇（街道）要落实防汛防台责任制，做好物资储备和人员转移准备", [("各乡镇（街道）", L, EX)]),
        ("3.2", "预警发布", [("县气象局", L, EX), ("县水务局", L, EX)]),
        ("", "县防指办公室加强值班，县水务局做好水库调度，县交通运输局做好道路巡查，各乡镇（街道）做好危险区域人员转移", [("县防指办公室", L, EX), ("县水务局", L, EX), ("县交通运输局", L, EX), ("各乡镇（街道）", L, EX)]),
        ("", "县应急管理局、县水务局按照分级储备原则储备防汛物资", [("县应急管理局", L, FL), ("县水务局", S, EX)]),
        ("", "县财政局负责做好防汛防台资金保障", [("县财政局", L, EX)]),
    ],
    # an emergency plan whose outline tops are written 1. 总则 / 2. 组织机构及职责 over 1.1 / 2.3: the
    # tops are chapters (were items beside the sections: 4. 后期处置 stood under 3.3 响应终止); the
    # response measures 3.2.1 A组织… / 3.2.2 A依法封存… are their units' (were without a lead)
    "emergency-dotted-tops.txt": [
        ("（1）", "县市场监管局", [("县市场监管局", L, EX)]),
        ("（2）", "县卫生健康局", [("县卫生健康局", L, EX)]),
        ("（3）", "县公安局", [("县公安局", L, EX)]),
        ("（4）", "县教育科技局", [("县教育科技局", L, EX)]),
        ("（5）", "县农业农村局", [("县农业农村局", L, EX)]),
        ("（6）", "县委宣传部", [("县委宣传部", L, EX)]),
        ("（1）", "事故调查组", [("县市场监管局", L, EX), ("县卫生健康局", S, EX), ("县公安局", S, EX)]),
        ("（2）", "医疗救治组", [("县卫生健康局", L, EX), ("县内各医疗机构", S, EX)]),
        ("3.1", "分级响应", [("县指挥部", L, EX)]),
        ("3.2.1", "县卫生健康局组织医疗机构开展伤员救治", [("县卫生健康局", L, EX)]),
        ("3.2.2", "县市场监管局依法封存可能导致食品安全事故的食品及其原料", [("县市场监管局", L, EX)]),
        ("4", "后期处置", [("县市场监管局", L, EX), ("有关部门", S, EX), ("县财政局", S, EX)]),
    ],
    # an emergency plan's paragraphs under its outline sections opening A负责… are its units'
    # duties (3.1　监测 / 6.1　资金保障: were lost), beside its 成员单位职责, and so is a measure
    # opening A组织… / A协调… (4.2.2, 6.2); near misses: 编制依据, 适用范围, the 指挥部 and its office
    # (2.1), 启动条件, 本预案由县自然资源局负责解释 give no task, …，指导事发地镇人民政府开展… names no
    # unit (指导 opens a verb's phrase)
    "emergency-outline-paragraphs.txt": [
        ("", "县自然资源局：负责地质灾害防治的组织、协调、指导和监督工作，组织开展地质灾害调查评价和隐患点排查，提出应急处置技术建议", [("县自然资源局", L, EX)]),
        ("", "县应急管理局：负责组织协调地质灾害应急救援工作，指导受灾群众转移安置和生活救助", [("县应急管理局", L, EX)]),
        ("", "县气象局：负责气象监测预报，与县自然资源局联合开展地质灾害气象风险预警", [("县气象局", L, EX)]),
        ("", "县交通运输局：负责组织抢修被毁坏的公路及有关设施，保障应急救援人员和物资运输畅通", [("县交通运输局", L, EX)]),
        ("", "县卫生健康局：负责组织开展伤病员医疗救治和灾区卫生防疫工作", [("县卫生健康局", L, EX)]),
        ("", "县公安局：负责灾区治安管理和交通疏导，协助组织群众撤离和转移", [("县公安局", L, EX)]),
        ("", "各镇人民政府、街道办事处：负责本辖区地质灾害防治和应急处置工作，组织群测群防", [("各镇人民政府", L, FL), ("街道办事处", S, EX)]),
        ("", "县自然资源局负责建立健全地质灾害群测群防网络，加强对地质灾害隐患点的监测", [("县自然资源局", L, EX)]),
        ("3.2", "预警", [("县自然资源局", L, EX), ("县气象局", S, EX)]),
        ("", "县指挥部办公室组织县自然资源局、县应急管理局等成员单位赶赴现场，指导事发地镇人民政府开展应急处置", [("县指挥部办公室", L, EX)]),
        ("4.3", "Ⅲ级响应", [("县公安局", L, EX), ("县卫生健康局", L, EX)]),
        ("5", "后期处置", [("县应急管理局", L, EX), ("有关镇人民政府", S, EX)]),
        ("", "县财政局负责安排地质灾害应急处置所需经费", [("县财政局", L, EX)]),
        ("", "县工业和信息化局协调各通信运营企业保障应急通信畅通", [("县工业和信息化局", L, EX)]),
    ],
    # a 规定 in articles under chapters: what it asks of those it governs (第五条 建设单位应当…申报),
    # its 法律责任 chapter (违反本规定…的，由A责令…处罚 / 工作人员玩忽职守…给予处分) are no tasks (were
    # tasks without a unit: the chapters after one with a clause held work); its definition
    # (本规定所称…是指A), purpose and 施行 date none either; articles giving a unit a duty are tasks
    "rules-penalties.txt": [
        ("第三条", "区城市管理综合行政执法局负责全区建筑垃圾的监督管理工作",
         [("区城市管理综合行政执法局", L, EX), ("区住房和城乡建设局", L, EX), ("区交通运输局", L, EX)]),
        ("第四条", "区公安分局交通管理大队负责建筑垃圾运输车辆的道路交通安全管理", [("区公安分局交通管理大队", L, EX)]),
        ("第六条", "区自然资源和规划局应当会同区城市管理综合行政执法局做好建筑垃圾消纳场所的规划选址",
         [("区自然资源和规划局", L, EX), ("区城市管理综合行政执法局", S, EX)]),
    ],
    # a 管理办法 whose 第二章 职责分工 gives each unit an article: each a task its unit leads (会同 B:
    # B supports; 配合 B开展…: B leads that part); 总则's purpose, scope, definition and principle
    # and 附则 are none; the village committees' article names no unit (a task without a lead)
    "rules-duty-chapter.txt": [
        ("第五条", "县城市管理局是全县农村生活垃圾治理工作的主管部门，负责组织、协调、指导和监督农村生活垃圾治理工作", [("县城市管理局", L, EX)]),
        ("第六条", "县财政局负责落实农村生活垃圾治理经费，会同县城市管理局制定资金管理办法", [("县财政局", L, EX), ("县城市管理局", S, EX)]),
        ("第七条", "县生态环境局负责农村生活垃圾处理设施污染防治的监督管理", [("县生态环境局", L, EX)]),
        ("第八条", "县农业农村局负责指导农业生产废弃物资源化利用，配合县城市管理局开展农村人居环境整治", [("县农业农村局", L, EX), ("县城市管理局", L, EX)]),
        ("第九条", "各乡镇人民政府负责本辖区农村生活垃圾治理工作，组织村（居）民委员会开展垃圾分类", [("各乡镇人民政府", L, EX)]),
        ("第十条", "村（居）民委员会应当将生活垃圾治理纳入村规民约，组织村民参与垃圾分类", []),
        ("第十一条", "县城市管理局应当会同县财政局建立农村生活垃圾治理考核机制，每年组织一次考核", [("县城市管理局", L, EX), ("县财政局", S, EX)]),
        ("第十二条", "考核结果纳入乡镇年度绩效考评", [("县委督查室", L, FL), ("县政府督查室", S, EX)]),
    ],
    # a 规划 in 第一章 / 第一节 with paragraphs closing （A牵头，B、C配合） / （A、B按职责分工负责); a
    # 专栏 whose label line stands once after its projects (责任单位：A、B，相关县区政府) and no
    # project names a unit: the label is every project's (was the last project's alone); near
    # miss: a 专栏 whose projects each have their label line keep their own
    "box-label-after-projects.txt": [
        ("", "推进红色旅游经典景区提升", [("市文化和旅游局", L, EX), ("市发展改革委", S, EX), ("金寨县政府", S, EX), ("裕安区政府", S, EX)]),
        ("", "加强红色文化遗产保护", [("市文化和旅游局", L, FL), ("市退役军人事务局", S, EX)]),
        ("", "培育康养旅游产品", []),
        ("", "推进全域旅游示范区创建", []),
        ("1", "大别山风景道建设工程", [("市文化和旅游局", L, FL), ("市交通运输局", S, EX), ("相关县区政府", S, EX)]),
        ("2", "天堂寨景区提升工程", [("市文化和旅游局", L, FL), ("市交通运输局", S, EX), ("相关县区政府", S, EX)]),
        ("3", "万佛湖旅游度假区提升工程", [("市文化和旅游局", L, FL), ("市交通运输局", S, EX), ("相关县区政府", S, EX)]),
        ("1", "市博物馆新馆建设工程", [("市文化和旅游局", L, FL)]),
        ("2", "旅游厕所建设工程", [("市城市管理局", L, FL)]),
    ],
    # a 管理办法's 第二章 部门职责 whose articles give a unit its duty with a verb of the work, no
    # duty word (第六条 A依法对…实施综合监督管理 / 第七条 A、B按照各自职责，做好…): each a task its
    # unit leads, a list's first (were without a lead); near misses: what it asks of those it
    # governs (燃气经营企业应当… / 燃气用户应当…, were a task without a unit) and 附则's 各县市可参照…
    # are none; 第九条 A对X负属地管理责任。 is A's duty though nothing follows (was none), 第十条
    # 州人民政府对全州…负总责。 is the principle of leadership (no lead)
    "rules-duty-acts.txt": [
        ("第四条", "州住房城乡建设局是全州城镇燃气行业主管部门，负责全州城镇燃气安全的监督管理工作", [("州住房城乡建设局", L, EX)]),
        ("第五条", "州市场监管局应当加强对燃气器具、气瓶充装单位的质量安全监督检查", [("州市场监管局", L, EX)]),
        ("第六条", "州应急管理局依法对燃气经营企业安全生产工作实施综合监督管理", [("州应急管理局", L, EX)]),
        ("第七条", "州公安局、州交通运输局按照各自职责，做好燃气运输车辆的道路交通安全管理", [("州公安局", L, FL), ("州交通运输局", S, EX)]),
        ("第八条", "州消防救援支队应当将燃气场所纳入消防监督检查范围", [("州消防救援支队", L, EX)]),
        ("第九条", "各县市人民政府对本行政区域内城镇燃气安全负属地管理责任", [("各县市人民政府", L, EX)]),
        ("第十条", "州人民政府对全州城镇燃气安全工作负总责", []),
    ],
    # a 规划 (第一章 / 第一节, paragraphs closing （A牵头，B负责落实） / （A、B按职责分工负责）) whose 专栏
    # is a table (工程名称 / 建设内容 / 责任单位): each row is titled by its 工程名称 (was by its 建设内容:
    # 工程 named no task column); the safeguards' titled paragraph giving its work to a unit (加强要素
    # 保障。市自然资源和规划局负责保障…) is that unit's task, as an item so written is (was none)
    # a 规划's 专栏 the plan does not number (专栏　“十四五”…重点工程 — the clean-up takes the blank — /
    # 专栏：…重大工程): a box, its 1. 2. projects kind box (were numbered tasks), the title-only item
    # above it a task (（二）加强…能力建设。 was taken for a heading over the box, lost) and the item
    # before the next box ends at its units (（三） ran on over 专栏：… and its project); near miss:
    # a line opening with 专栏 in a sentence (专栏文章刊发情况纳入…) stays the item's text
    "plan-box-without-number.txt": [
        ("（一）", "深化大气污染防治", [("市生态环境局", L, EX), ("市工信局", S, EX), ("市交通运输局", S, EX)]),
        ("（二）", "加强生态环境监测执法能力建设", []),
        ("1", "城市水环境提升工程", [("市住建局", L, FL)]),
        ("2", "危险废物集中处置中心二期工程", []),
        ("（三）", "加强生态空间保护", [("市自然资源和规划局", L, FL), ("市生态环境局", S, EX)]),
        ("1", "湿地保护修复工程", []),
        ("（四）", "开展生态环境宣传", [("市委宣传部", L, FL)]),
        ("（一）", "加强组织实施", [("市生态环境局", L, EX), ("有关部门", S, EX)]),
    ],
    # a 规划's 节 of titled paragraphs (一是…。 / 二是…。) closed by a clause alone on its last line
    # ((A、B、C等按职责分工负责)): the section's clause, each titled paragraph its task (一是 named no
    # unit, 二是 took them all). Near misses stay: paragraphs each followed by their own clause line,
    # untitled paragraphs under the clause (the 节 is the task), and a clause inline at the end of
    # the last paragraph (the paragraph's alone)
    "plan-section-closing-clause-over-titled-paragraphs.txt": [
        ("", "一是深化臭氧污染防控", [("市生态环境局", L, FL), ("市交通运输局", S, EX), ("市公安局交警支队", S, EX)]),
        ("", "二是强化柴油货车污染治理", [("市生态环境局", L, FL), ("市交通运输局", S, EX), ("市公安局交警支队", S, EX)]),
        ("", "深化入河排污口整治", [("市生态环境局", L, EX), ("市水务局", S, EX)]),
        ("", "推进城镇污水管网建设", [("市城乡建设局", L, EX), ("市水务局", S, EX)]),
        ("第三节", "加强土壤污染防治", [("市生态环境局", L, EX), ("市农业农村局", S, EX)]),
        ("", "开展新污染物调查监测", []),
        ("", "强化新污染物环境风险管控", [("市生态环境局", L, EX), ("市工业和信息化局", S, EX)]),
    ],
    # a 规划 naming no unit in its body, its items some with text, some written as their titles alone
    # (二、强化重点行业清洁生产。 / 五、加强饮用水水源地保护，严格水源保护区管理。), its 分工表 naming the
    # units: each item a task with its own number and section, a row's units its (were lost, the row
    # alone left: numbered 2, no section; 五 and 六 none). Near misses: the background's sentence and
    # the safeguards' bare items (一、加强组织领导。) stay none
    "plan-title-only-items-in-a-plan-without-clauses.txt": [
        ("一", "推进工业园区污水集中处理", [("市经济和信息化局", L, TB), ("市生态环境局", S, TB)]),
        ("二", "强化重点行业清洁生产", [("市生态环境局", L, TB), ("市经济和信息化局", S, TB)]),
        ("三", "加强河湖生态缓冲带保护修复", [("市水利局", L, TB), ("市自然资源和规划局", S, TB), ("市林业局", S, TB)]),
        ("四", "落实重点水域禁捕退捕", [("市农业农村局", L, TB), ("市公安局", S, TB)]),
        ("五", "加强饮用水水源地保护，严格水源保护区管理", []),
        ("六", "防范化解突发水环境风险", []),
    ],
    # a 规划's account of the period behind it (第一章　现状与形势 / 第一节　“十三五”工作成效 / “十三五”期间，
    # 市生态环境局会同市发展改革委、市水利局等部门，深入实施…): what the units did then, no task (was a
    # task titled “十三五”期间, 市生态环境局 leading). Near misses: a task chapter's paragraph opening
    # with 近年来… (the 节 is the task) and one naming the period inside its text stay tasks
    "plan-account-of-the-period-behind.txt": [
        ("", "加强细颗粒物和臭氧协同控制", [("市生态环境局", L, EX), ("市工信局", S, EX)]),
        ("", "强化扬尘污染治理", [("市住建局", L, EX), ("市城管局", S, EX)]),
        ("第二节", "推进农业农村污染防治", [("市生态环境局", L, EX), ("市农业农村局", S, EX)]),
    ],
    "plan-box-table.txt": [
        ("", "推进街道综合养老服务中心建设", [("市民政局", L, EX), ("各县市区人民政府", S, EX)]),
        ("", "发展社区嵌入式养老服务", [("市民政局", L, FL), ("市住房城乡建设局", S, EX)]),
        ("", "推进公办养老机构改革", [("市民政局", L, FL), ("市财政局", S, EX), ("市国资委", S, EX)]),
        ("", "特困供养机构改造提升工程", [("市民政局", L, FL)]),
        ("", "医养结合示范工程", [("市卫生健康委", L, FL), ("市民政局", S, TB)]),
        ("", "加强要素保障", [("市自然资源和规划局", L, EX)]),
    ],
    # an emergency plan whose response levels (3.2.1　Ⅳ级响应) stand in its 应急组织机构及职责 chapter
    # and whose 5.3　成员单位职责 stands in 5　保障措施: the measures give each unit its part (区应急管理局
    # 立即派出工作组…，区卫生健康委组织医疗救治，区公安分局负责…: were lost), the members' duties are
    # tasks; near misses: 3.1 the 指挥部 the plan sets up, 风险分析, 由区指挥部启动Ⅳ级响应, 附则
    "emergency-response-levels.txt": [
        ("", "区应急管理局立即派出工作组赶赴现场，区卫生健康委组织医疗救治，区公安分局负责现场警戒和交通管制", [("区应急管理局", L, EX), ("区卫生健康委", L, EX), ("区公安分局", L, EX)]),
        ("3.2.2", "Ⅲ级响应", [("区消防救援大队", L, EX), ("区生态环境局", L, EX)]),
        ("", "区应急管理局会同事发地镇（街道）做好善后处置工作", [("区应急管理局", L, EX), ("事发地镇（街道）", S, EX)]),
        ("", "区应急管理局负责应急物资储备和调配", [("区应急管理局", L, EX)]),
        ("", "区财政局负责保障应急处置工作经费", [("区财政局", L, EX)]),
        ("", "区应急管理局：负责综合协调全区生产安全事故应急救援工作", [("区应急管理局", L, EX)]),
        ("", "区住房城乡建设局：负责建筑施工领域事故应急处置", [("区住房城乡建设局", L, EX)]),
        ("", "区交通运输局：负责道路运输领域事故应急处置，保障应急运输", [("区交通运输局", L, EX)]),
        ("", "区市场监管局：负责特种设备事故应急处置", [("区市场监管局", L, EX)]),
    ],
    # articles captioned in 【】 (第三条【主管部门】市城市管理局负责…): the caption is no part of the
    # article's text (was read into its unit: 【相关部门】市自然资源和规划局); an article number alone
    # on its line (第五条 / 各区人民政府负责…) has its text on the next line (was a paragraph under an
    # untitled heading); near misses: 【目的依据】为了… / 【适用范围】本办法适用于… / 【施行日期】 are none
    "article-captions.txt": [
        ("第三条", "市城市管理局负责全市城市绿化的监督管理工作", [("市城市管理局", L, FL)]),
        ("第四条", "市自然资源和规划局负责城市绿地规划管理", [("市自然资源和规划局", L, EX)]),
        ("第四条", "市住房和城乡建设局负责建设工程配套绿化的监督管理", [("市住房和城乡建设局", L, EX)]),
        ("第五条", "各区人民政府负责本辖区城市绿化工作的组织实施", [("各区人民政府", L, EX)]),
    ],
    # an emergency plan whose members' duties run on in one paragraph (A：负责…；B：负责…) and whose
    # response levels list measures (（2）区住建局督促建筑工地… / （3）区城市管理局增加…频次 / 在Ⅲ级响应基础
    # 上，区公安分局对重型柴油货车实施限行): each measure its unit's (were without a lead, the last
    # lost); near miss: 2.1 the 指挥部 (区重污染天气应急指挥部负责统一领导…) under the 组织机构与职责
    # chapter is the command, no task (was one, the heading read as its unit)
    "emergency-measure-items.txt": [
        ("", "区生态环境分局：负责重污染天气监测预警，督导检查各项应急措施落实", [("区生态环境分局", L, EX)]),
        ("", "区工业和信息化局：负责督促工业企业落实停产限产措施", [("区工业和信息化局", L, EX)]),
        ("", "区住建局：负责督促施工工地落实扬尘管控措施", [("区住建局", L, EX)]),
        ("", "区公安分局：负责机动车限行管控", [("区公安分局", L, EX)]),
        ("（1）", "区生态环境分局加强对重点排污企业的执法检查", [("区生态环境分局", L, EX)]),
        ("（2）", "区住建局督促建筑工地停止土石方作业", [("区住建局", L, EX)]),
        ("（3）", "区城市管理局增加道路清扫保洁频次", [("区城市管理局", L, EX)]),
        ("", "区公安分局对重型柴油货车实施限行", [("区公安分局", L, EX)]),
    ],
    # a 规划's paragraphs under 第一节 / （一）, each followed by its label on a line of its own
    # (推进工业源深度治理。实施…。 / （责任单位：市生态环境局、市工业和信息化局）): the label is its
    # paragraph's (was a task of its own titled by the label, the paragraph a task without a unit);
    # near miss: an item whose one paragraph is its text keeps the label line its own ((二) …)
    "plan-paragraph-label-lines.txt": [
        ("", "推进工业源深度治理", [("市生态环境局", L, FL), ("市工业和信息化局", S, EX)]),
        ("", "强化移动源污染防治", [("市公安局", L, FL), ("市交通运输局", S, EX), ("市生态环境局", S, EX)]),
        ("", "加强饮用水水源地保护", [("市生态环境局", L, EX), ("市水利局", S, EX), ("各区县市人民政府", S, EX)]),
        ("", "严格建设用地准入管理", [("市自然资源和规划局", L, FL), ("市生态环境局", S, EX)]),
        ("", "推进受污染耕地安全利用", [("市农业农村局", L, FL)]),
        ("（二）", "加强农村生态环境保护", [("市生态环境局", L, FL), ("各区县市人民政府", S, EX)]),
    ],
    # a 规划's paragraphs each followed by an unbracketed label line without a stop (牵头单位：A　配合
    # 单位：B、C): the labels close their paragraph and the next titled paragraph opens a task of its
    # own (was run into the label line, the tasks titled by the labels); near miss: an item's label
    # fields over its text (1.建设… / 牵头单位：A / 完成时限：… / 建成…。) stay the item's
    "plan-label-lines-unbracketed.txt": [
        ("", "建设国家物流枢纽", [("市发展改革委", L, EX), ("市交通运输局", S, EX), ("市商务局", S, EX)]),
        ("", "完善县乡村三级物流体系", [("市商务局", L, EX), ("市邮政管理局", S, EX), ("市供销社", S, EX)]),
        ("", "引育龙头物流企业", [("市发展改革委", L, FL)]),
        ("1", "建设襄阳综合物流园", [("市商务局", L, EX)]),
        ("2", "建设冷链物流中心", [("市发展改革委", L, EX), ("市商务局", S, EX)]),
    ],
    "table-spaces.txt": [
        ("1", "开展餐饮油烟专项整治", [("区城管局", L, TB), ("区市场监管局", S, TB)]),
        ("2", "加强非道路移动机械管控", [("区生态环境局", L, TB), ("区住建局", S, TB), ("区交通运输局", S, TB)]),
    ],
    "multi-lead-inline.txt": [
        ("1", "推进重点行业设备更新改造",
         [("省发展改革委", L, EX), ("省工业和信息化厅", L, EX), ("省生态环境厅", S, EX), ("省市场监管局", S, EX)]),
        ("2", "加快建筑和市政基础设施领域设备更新", [("省住房城乡建设厅", L, EX), ("各市人民政府", S, EX)]),
        ("3", "支持交通运输设备更新", [("省交通运输厅", L, EX), ("省公安厅", S, EX), ("省商务厅", S, EX)]),
    ],
    "same-line-labels.txt": [
        ("1", "推进城镇老旧小区改造",
         [("市住建局", L, EX), ("市财政局", S, EX), ("市发展改革委", S, EX), ("各区人民政府", S, EX)]),
        ("2", "推进城市生命线安全工程建设", [("市城管局", L, FL), ("市住建局", S, EX), ("市应急管理局", S, EX)]),
        ("3", "推进完整社区建设", [("市民政局", L, EX), ("市住建局", S, EX), ("市商务局", S, EX)]),
    ],
    "ju-ti-you.txt": [
        ("（一）", "稳定粮食生产", [("县农业农村局", L, EX), ("县财政局", S, EX), ("县自然资源局", S, EX)]),
        ("（二）", "巩固拓展脱贫攻坚成果", [("县乡村振兴局", L, EX), ("各乡镇人民政府", S, EX)]),
    ],
    # a line of agency names alone under an item's sentence, the next line blank (a 分工方案 setting
    # each item's units under it as its table did): the item's units, the first listed leading (was
    # no clause); a unit on the line above its own duties is no such line (（四）), nor is the
    # signature above its date; a bracket of names ending in 委员会 is a bare bracket like 委 (was
    # no clause)
    # (the plan says 以下任务由排在第一位的单位牵头: the first unit's lead is stated, was first_listed)
    # a 职责 list by body, each body bare on its line over its numbered duties (no colon, the
    # numbering starting again under each): the body leads each duty, 会同A a support, 配合A… A's
    # lead (was each body a units line under the duty above it, first_listed, its duties one task;
    # the first body's duties given to the last line's body); the contact's bracket after the last
    # duty (联络员：李明（省水利厅）) is where the contact works, no unit of that duty.
    # Near miss: bare-unit-line-under-item (an item's units under it, the numbering going on)
    "duty-list-bare-body-lines.txt": [
        ("（1）", "承担省河长制办公室日常工作，组织编制河湖岸线保护利用规划", [("省水利厅", L, EX)]),
        ("（2）", "牵头组织河湖“清四乱”常态化规范化工作", [("省水利厅", L, EX)]),
        ("（1）", "负责水污染防治的统一监督管理", [("省生态环境厅", L, EX)]),
        ("（2）", "会同省水利厅开展入河排污口排查整治", [("省生态环境厅", L, EX), ("省水利厅", S, EX)]),
        ("（1）", "负责农业面源污染防治", [("省农业农村厅", L, EX)]),
        ("（2）", "配合省生态环境厅做好湖泊流域种植结构调整", [("省生态环境厅", L, EX), ("省农业农村厅", S, EX)]),
        ("（1）", "负责依法打击涉河湖违法犯罪活动", [("省公安厅", L, EX)]),
    ],
    # the same under each unit's heading (二、职责分工 / （一）县发展和改革局 / 1.牵头推进能源绿色低碳转型。):
    # the item naming the body item by the first phrase of its title (（一）推进能源绿色低碳转型，构建…, a
    # heading: its items 1 and 2) gives its unit to it and is no task, and so does 1.牵头工业领域碳达峰行动，
    # 县能源局配合。 with its helper (its clause had made the plan read by clauses alone: the body's
    # items naming nobody were no tasks at all); near misses: a prefix that is no
    # phrase of the title (牵头农业农村减排固碳，推广… / 农业农村减排固碳行动) and work within an item
    # (负责节能降碳增效行动资金保障) stay duties, the items naming nobody
    "duty-list-unit-headings-name-items.txt": [
        ("1", "推进煤炭消费替代和转型升级", [("县发展和改革局", L, EX)]),
        ("2", "大力发展新能源", [("县发展和改革局", L, EX)]),
        ("（二）", "工业领域碳达峰行动", [("县工业和信息化局", L, EX), ("县能源局", S, EX)]),
        ("（三）", "节能降碳增效行动", []),
        ("（四）", "农业农村减排固碳行动", []),
        ("2", "负责县领导小组办公室日常工作", [("县发展和改革局", L, EX)]),
        ("1", "牵头农业农村减排固碳，推广测土配方施肥", [("县农业农村局", L, EX)]),
        ("1", "负责节能降碳增效行动资金保障", [("县财政局", L, EX)]),
    ],
    # a 双碳 plan's items naming no unit (（一）能源绿色低碳转型行动。…) and its 三、职责分工 naming them by
    # title (市发展改革委：…；牵头能源绿色低碳转型行动；…): each item takes the statement's unit (牵头 /
    # 负责 lead, 参与 support; a heading's title: the items under it), and a statement only pointing at
    # items is no task (市工业和信息化局：牵头工业领域碳达峰行动。 was one beside its item, which had no
    # lead); one with work of its own stays. Near misses: a title word shared by chance (负责生态环境
    # 保护工作 / （四）加强生态环境保护), a prefix that is no phrase of the title (牵头绿色低碳科技创新 /
    # 绿色低碳科技创新行动), work within an item (负责工业领域碳达峰行动中的节水工作) and an action the
    # body does not hold (牵头交通运输绿色低碳行动) stay tasks of their own; the safeguards' 未明确牵头单位的，
    # 由市生态环境局牵头 leads the items no duty names (those the duties name are not its: read first,
    # the note had taken every item and the duties none)
    # a duty list placed before the items (一、职责分工 / 二、重点任务): each item is one task (every item
    # was read twice, once as a paragraph beside the duties' chapter and once among the clauses' chapters),
    # and a statement naming an item by its title gives it the unit as when the list follows the items
    "duty-list-before-the-items.txt": [
        ("", "县发展和改革局：负责攻坚行动的统筹调度", [("县发展和改革局", L, EX)]),
        ("1", "推进重大项目建设", [("县发展和改革局", L, EX), ("县住房和城乡建设局", S, EX)]),
        ("2", "实施工业技术改造", [("县工业和信息化局", L, EX)]),
        ("3", "优化投资审批服务", []),
    ],
    # a duty statement naming items by number (牵头（一）能源… / 牵头第（二）项任务 / 负责第（四）、（五）项任务):
    # the items take the unit, the statement pointing only at them is no task (they were statements
    # lost whole, 牵头第（二）项任务 read as no duty, and the items led by nobody); near miss: 负责第（二）项中的
    # 工业节水工作 is work of its own, a task of 市水务局, no unit of item (二)
    "duty-list-names-items-by-number.txt": [
        ("（一）", "能源绿色低碳转型行动", [("市发展改革委", L, EX)]),
        ("（二）", "工业领域碳达峰行动", [("市工业和信息化局", L, EX)]),
        ("（三）", "城乡建设碳达峰行动", [("市住房城乡建设局", L, EX)]),
        ("（四）", "交通运输绿色低碳行动", [("市交通运输局", L, EX)]),
        ("（五）", "循环经济助力降碳行动", [("市交通运输局", L, EX)]),
        ("", "市发展改革委：负责市碳达峰工作领导小组办公室日常工作", [("市发展改革委", L, EX)]),
        ("", "市水务局：负责第（二）项中的工业节水工作", [("市水务局", L, EX)]),
    ],
    # a matter handed on after a condition's comma (发现问题的，移交市公安局依法处理): the body handed what
    # the work finds deals with it, a support (was no clause); helped by a body after it (涉嫌犯罪的，移送
    # 市公安局依法查处，市城管局配合…) it leads (was one unit 移送市公安局); a named giver with no 由 (市信访局转
    # 市住建局办理) leads and the body handed it supports, as with 由 (was no clause, both lost). Near
    # misses: 提交市政府审批 after a condition is no handover, 市公安局交警支队 one name, 由A转交B as before
    "matters-handed-on-after-a-condition-or-by-a-named-giver.txt": [
        ("（一）", "开展全面排查", [("市公安局", S, EX)]),
        ("（二）", "规范来信办理", [("市信访局", L, EX), ("市住建局", S, EX)]),
        ("（三）", "加强案件查处", [("市城管局", L, EX), ("市公安局", S, EX)]),
        ("（四）", "强化行刑衔接", [("市公安局", L, EX), ("市城管局", S, EX)]),
        ("（五）", "加强投诉处理", [("市信访局", L, EX), ("属地区县政府", S, EX)]),
        ("（六）", "规范方案报批", []),
        ("（七）", "加强道路执法", [("市公安局交警支队", L, EX)]),
    ],
    # an item's units written a name a line under its sentence (县住建局 / 县工信局 / 县城管局, no label):
    # read as one line of them is, the first listed leading (were no clause: the second line was no
    # item, the names unread and unflagged). Near misses: one name a line under the last item's line (as
    # before), and the joint signature over its date (县农业农村局 / 县住房和城乡建设局 / 2024年3月1日) no units
    "names-a-line-under-items.txt": [
        ("1", "推进农村厕所革命", [("县农业农村局", L, FL), ("县卫生健康委", S, EX)]),
        ("2", "推进村容村貌提升", [("县住建局", L, FL), ("县工信局", S, EX), ("县城管局", S, EX)]),
        ("3", "推进生活垃圾分类", [("县城管局", L, FL)]),
    ],
    # a bracketed clause alone on the line after a chapter's last item, its other items naming no unit
    # (一、… / （一）… / （二）… / （三）… / （省发展改革委、…按职责分工负责）): the chapter's clause, each item a
    # task it gives (the last item took it alone, the others no unit). Near misses: items with clauses of
    # their own (二、), and a clause alone on the line after the last item where an item before names its own
    # (三、（一）…（A负责） / （二）… / （B负责）) stay the item's;
    # ①② parts closed by one clause stay parts of their item (circled-parts)
    "clause-closing-a-chapters-items.txt": [
        ("（一）", "严格落实钢铁、水泥行业产能置换政策，依法依规淘汰落后产能", [("省发展改革委", L, FL), ("省工业和信息化厅", S, EX), ("省生态环境厅", S, EX)]),
        ("（二）", "推动传统产业集群升级改造，加快燃煤锅炉淘汰", [("省发展改革委", L, FL), ("省工业和信息化厅", S, EX), ("省生态环境厅", S, EX)]),
        ("（三）", "推进清洁取暖改造，完成散煤替代10万户", [("省发展改革委", L, FL), ("省工业和信息化厅", S, EX), ("省生态环境厅", S, EX)]),
        ("（一）", "加快老旧车辆淘汰", [("省生态环境厅", L, EX), ("省交通运输厅", S, EX)]),
        ("（二）", "加强非道路移动机械管理", [("省生态环境厅", L, EX)]),
        ("（一）", "加强扬尘管控", [("省住房城乡建设厅", L, EX)]),
        ("（二）", "加强秸秆禁烧", [("省农业农村厅", L, EX)]),
    ],
    # a duty whose object opens with a count or a year (负责3个乡镇的… / 牵头10项重点工程建设 / 负责2024年度…):
    # a statement as any (the list was lost whole: one task 职责分工 naming nobody); near miss: 县水利局：负责。
    # (no object) stays none
    "duty-list-counted-objects.txt": [
        ("", "县农业农村局：负责3个乡镇的农村环境整治试点", [("县农业农村局", L, EX)]),
        ("", "县住房和城乡建设局：牵头10项重点工程建设，县财政局配合", [("县住房和城乡建设局", L, EX), ("县财政局", S, EX)]),
        ("", "县财政局：负责2024年度专项资金预算安排", [("县财政局", L, EX)]),
    ],
    "duty-list-names-items-by-title.txt": [
        ("（一）", "能源绿色低碳转型行动", [("市发展改革委", L, EX), ("市商务局", S, EX)]),
        ("（二）", "工业领域碳达峰行动", [("市工业和信息化局", L, EX)]),
        ("1", "推进城乡建设绿色低碳转型", [("市住房城乡建设局", L, EX)]),
        ("2", "加快提升建筑能效水平", [("市住房城乡建设局", L, EX)]),
        ("（四）", "加强生态环境保护", [("市生态环境局", L, INH)]),
        ("（五）", "绿色低碳科技创新行动", [("市生态环境局", L, INH)]),
        ("（六）", "循环经济助力降碳行动", [("市商务局", S, EX), ("市生态环境局", L, INH)]),
        ("", "市发展改革委：负责市领导小组办公室日常工作", [("市发展改革委", L, EX), ("市统计局", L, EX)]),
        ("", "市生态环境局：负责生态环境保护工作", [("市生态环境局", L, EX)]),
        ("", "市科技局：牵头绿色低碳科技创新，推动产学研协同创新", [("市科技局", L, EX)]),
        ("", "市交通运输局：牵头交通运输绿色低碳行动", [("市交通运输局", L, EX)]),
        ("", "市水务局：负责工业领域碳达峰行动中的节水工作", [("市水务局", L, EX)]),
    ],
    # a 成员单位责任分工 written a paragraph a body, unnumbered, under no section of duties (县委政法委：
    # 负责…；牵头… / 县司法局：负责人民调解…，会同县信访局…): each paragraph a duty its body leads (was
    # no task at all: such paragraphs counted as prose outside a 职责分工 section; 负责人民调解 read as
    # 负责人, a person). Near misses: the closing words (各成员单位要于每季度末将工作开展情况报县委平安办。…:
    # was a titled paragraph naming nobody) stay no task,
    # and roster-of-units-beside-work keeps a body's own 直属单位 (甲市监测站：承担…) out of its work
    # a note line over a section's items (（一）…（以下均需各乡镇人民政府落实，不再列出）) gives its unit to the
    # items under it, quoted with that line (test_clause_context); near miss: the next section's item
    "note-line-over-items-quoted.txt": [
        ("1", "完善收运处置体系", [("县城管局", L, EX), ("县财政局", S, EX), ("各乡镇人民政府", S, INH)]),
        ("2", "开展村庄清洁行动", [("县农业农村局", L, EX), ("各乡镇人民政府", S, INH)]),
        ("3", "推进污水管网向农村延伸", [("县住建局", L, EX), ("县生态环境局", S, EX)]),
    ],
    # duty paragraphs titled by their first sentence (县水利局：负责…。): their thin clause's sentence is
    # their title, not quoted again beside it (test_clause_context)
    "duty-paragraphs-titled-by-their-sentence.txt": [
        ("", "县水利局：负责河湖管理范围划定和岸线管理", [("县水利局", L, EX)]),
        ("", "县生态环境局：负责入河排污口排查整治", [("县生态环境局", L, EX)]),
        ("", "县公安局：负责打击非法采砂等涉河违法犯罪，配合县水利局开展联合执法", [("县公安局", L, EX), ("县水利局", L, EX)]),
        ("", "县农业农村局：负责农业面源污染防治和畜禽养殖污染治理", [("县农业农村局", L, EX)]),
    ],
    "duty-list-body-colon-paragraphs.txt": [
        ("", "县委政法委：负责平安建设的组织协调、督导检查和考评工作", [("县委政法委", L, EX)]),
        ("", "县委宣传部（县网信办）：负责平安建设宣传和网络舆情监测处置", [("县委宣传部", L, EX)]),
        ("", "县司法局：负责人民调解和社区矫正工作，会同县信访局推进矛盾纠纷多元化解", [("县司法局", L, EX), ("县信访局", S, EX)]),
        ("", "团县委：负责青少年违法犯罪预防工作", [("团县委", L, EX)]),
        ("", "县妇联：负责婚姻家庭纠纷预防化解，配合县公安局做好反家庭暴力工作", [("县妇联", L, EX), ("县公安局", L, EX)]),
    ],
    # a 责任清单 by body mixing its forms: （一）BODY over one paragraph (chapter 一, read as duty
    # statements), （一）BODY over numbered duties (chapter 二: each was read twice, as a paragraph of the
    # plan and as an item under its unit's heading), a body's heading over two paragraphs (三: was one
    # task with no lead) and over one with the closing words after it (四: the 解释 line's office led
    # the 总工会's duty); two bodies sharing a heading (（三）市发展改革委、市能源局). Near miss: the
    # closing words (X办公室负责本清单的解释) are no duty
    "duty-list-body-headings-mixed.txt": [
        ("（一）", "市委宣传部", [("市委宣传部", L, EX)]),
        ("（二）", "市委组织部", [("市委组织部", L, EX)]),
        ("1", "负责全市生态环境保护工作的统一监督管理", [("市生态环境局", L, EX)]),
        ("2", "牵头组织开展中央生态环境保护督察整改工作", [("市生态环境局", L, EX)]),
        ("1", "负责秸秆综合利用和农膜回收工作", [("市农业农村局", L, EX)]),
        ("2", "配合市生态环境局做好农村环境综合整治", [("市生态环境局", L, EX), ("市农业农村局", S, EX)]),
        # two bodies sharing a heading: the first listed leads, as in a list (its duties were lost)
        ("1", "负责推进能源结构调整和清洁能源发展", [("市发展改革委", L, FL), ("市能源局", S, EX)]),
        ("2", "会同市生态环境局推进燃煤锅炉淘汰", [("市发展改革委", L, FL), ("市能源局", S, EX), ("市生态环境局", S, EX)]),
        ("", "负责饮用水卫生监测和环境健康风险评估", [("市卫生健康委", L, EX)]),
        ("", "会同市生态环境局做好突发环境事件医疗救治", [("市卫生健康委", L, EX), ("市生态环境局", S, EX)]),
        ("", "负责动员职工群众参与生态环境保护社会监督", [("市总工会", L, EX)]),
    ],
    # a duty list opening with a paragraph a unit (县水利局：负责…。) and going on with a unit's name
    # alone on its line over numbered duties (县农业农村局： / 1.负责…): each paragraph is a task its
    # unit leads, as in a list of such paragraphs alone (the body opened at the first unit line, so
    # the three paragraphs were its head, dropped unsaid); the numbered duties read as before. Near
    # misses: the title and the 为…明确如下 paragraph above the list, the closing paragraph
    # (各成员单位要…报县河长办) and the signature are no tasks
    "duty-list-colon-paragraphs-then-unit-headings.txt": [
        ("", "县水利局：负责河湖管理范围划定和岸线管理，组织开展河道清障", [("县水利局", L, EX)]),
        ("", "县生态环境局：负责入河排污口排查整治", [("县生态环境局", L, EX)]),
        ("", "县公安局：负责打击非法采砂等涉河违法犯罪，配合县水利局开展联合执法", [("县公安局", L, EX), ("县水利局", L, EX)]),
        ("1", "负责农业面源污染防治，推进化肥农药减量增效", [("县农业农村局", L, EX)]),
        ("2", "负责畜禽养殖污染治理", [("县农业农村局", L, EX)]),
        ("1", "负责城镇污水管网建设和运行维护", [("县住房和城乡建设局", L, EX)]),
        ("2", "会同县生态环境局推进黑臭水体整治", [("县住房和城乡建设局", L, EX), ("县生态环境局", S, EX)]),
    ],
    # …and one such paragraph alone over the units' lines (县林业局：负责… / 县气象局： / 1.负责…): it is
    # one of the list all the same (one paragraph alone stays prose only with no list beside it).
    # Near miss: the closing paragraph (各成员单位要明确一名联络员…) and the signature are no tasks
    "duty-list-one-colon-paragraph-then-unit-headings.txt": [
        ("", "县林业局：负责森林火灾预防的组织、协调和监督检查，会同县应急管理局开展火灾隐患排查", [("县林业局", L, EX), ("县应急管理局", S, EX)]),
        ("1", "负责森林火险气象等级预报", [("县气象局", L, EX)]),
        ("2", "负责火场气象服务和人工增雨作业", [("县气象局", L, EX)]),
        ("1", "负责野外违规用火案件查处", [("县公安局", L, EX)]),
    ],
    # near miss of the above: unit headings numbered throughout (（一）县农业农村局 / 1.负责…) under a
    # 为…明确如下 paragraph: the numbered duties alone are tasks, the paragraph, the closing words and
    # the signature none
    "duty-list-numbered-unit-headings-throughout.txt": [
        ("1", "负责农村人居环境整治的统筹协调和督导考核", [("县农业农村局", L, EX)]),
        ("2", "负责农村厕所革命和村庄清洁行动", [("县农业农村局", L, EX)]),
        ("1", "负责农村生活垃圾收运处置体系建设", [("县住房和城乡建设局", L, EX)]),
        ("2", "会同县生态环境局推进农村生活污水治理", [("县住房和城乡建设局", L, EX), ("县生态环境局", S, EX)]),
    ],
    # a committee's members' duties framed by how it meets (二、工作机制), whom to call (三、联络员)
    # and its closing (四、其他): those chapters name no work (each was a task naming nobody, listed
    # by tasks --no-lead). A chapter of work so worded (健全工作机制 / 完善联络机制) is no frame
    "duty-list-committee-frame.txt": [
        ("1", "市发展改革委", [("市发展改革委", L, EX)]),
        ("2", "市公安局", [("市公安局", L, EX), ("市生态环境局", S, EX)]),
        ("3", "市生态环境局", [("市生态环境局", L, EX)]),
    ],
    # an 安委会's members' duties, each body's heading over paragraphs of duties (no numbers, no
    # duty statement anywhere): each paragraph a duty its body leads, 配合A… A's (were the headings,
    # three tasks naming nobody); near miss: unnumbered-heading-labels (a heading's label line under it,
    # 牵头单位：…, opens with 牵头 and stays the heading's clause)
    "duty-list-body-over-paragraphs.txt": [
        ("", "承担市安委会办公室日常工作，负责全市安全生产综合监督管理", [("市应急管理局", L, EX)]),
        ("", "负责危险化学品安全生产监督管理", [("市应急管理局", L, EX)]),
        ("", "负责道路交通安全管理", [("市公安局", L, EX)]),
        ("", "配合市应急管理局做好民用爆炸物品安全监督管理", [("市应急管理局", L, EX), ("市公安局", S, EX)]),
        ("", "负责道路运输安全生产监督管理", [("市交通运输局", L, EX)]),
        ("", "牵头开展公路安全生命防护工程建设", [("市交通运输局", L, EX)]),
    ],
    # a body's line with its colon (its portfolio in brackets too) over the paragraph of its duties
    # (县林业局： / 负责…): was no task at all
    "duty-list-body-colon-line.txt": [
        ("", "负责县林长办日常工作，牵头开展森林资源保护发展目标责任制考核", [("县林业局", L, EX)]),
        ("", "负责将林业发展纳入国民经济和社会发展规划", [("县发展改革委", L, EX)]),
        ("", "负责落实林长制工作经费，会同县林业局加强林业资金监管", [("县财政局", L, EX), ("县林业局", S, EX)]),
    ],
    # near miss of duty-list-body-colon-paragraphs: 县财政局：负责… paragraphs side by side in the
    # safeguards (二、保障措施) are the plan's support for its tasks, no tasks of their own (the plan's
    # items keep naming nobody)
    "duty-list-near-miss-safeguard-paragraphs.txt": [
        ("（一）", "推进农村厕所革命", []),
        ("（二）", "治理农村生活污水", []),
    ],
    "bare-unit-line-under-item.txt": [
        ("（一）", "健全流域横向生态保护补偿机制", [("市财政局", L, EX), ("市生态环境局", S, EX), ("市水务局", S, EX), ("甲县", S, EX), ("乙县人民政府", S, EX)]),
        ("（二）", "完善重点生态功能区转移支付", [("市财政局", L, EX)]),
        ("（三）", "加强非道路移动机械管控", [("市生态环境局", L, EX), ("市城乡建设委员会", S, EX), ("市交通运输局", S, EX)]),
        ("（四）", "推进森林生态效益补偿", []),
    ],
    # a plan without clauses opening with 一、基本情况 (what the place has, what was found) and
    # closing with 四、责任追究 (what befalls those who fail): neither is a task (both were);
    # items whose titles say 基本情况 or 问责 among the tasks stay tasks
    "background-and-accountability-chapters.txt": [
        ("（一）", "摸清入河排污口基本情况", []),
        ("（二）", "严格执法问责", []),
        ("（三）", "加强水源地保护", []),
    ],
    # a 责任清单 item under the unit heading it, opening with its own verb (负责牵头推进…) and
    # naming a supporter after a comma (…，区工业和信息化局配合): the heading's unit leads, the
    # supporter supports (was lost: the failed opening verb silenced the rest of the sentence)
    "duty-item-opening-with-its-verb-then-a-supporter.txt": [
        ("1", "严格执行产业政策，对不符合产业政策的项目不予审批", [("区发展和改革局", L, EX)]),
        ("2", "负责牵头推进节能降耗工作", [("区发展和改革局", L, EX), ("区工业和信息化局", S, EX)]),
        ("3", "推进清洁能源替代", [("区发展和改革局", L, EX), ("区住房和城乡建设局", S, EX)]),
        ("4", "加强价格监管，配合区市场监管局做好检查", [("区发展和改革局", L, EX), ("区市场监管局", L, EX)]),
        ("5", "推动工业企业清洁生产", [("区工业和信息化局", L, EX)]),
    ],
    # a ban notice's chapter of where and when the ban holds (一、禁放区域和时间): no task (was one);
    # an item widening the area (扩大禁放区域范围) is work all the same
    "scope-chapter-of-a-ban-notice.txt": [
        ("（一）", "加强巡查管控", []),
        ("（二）", "扩大禁放区域范围", []),
        ("（三）", "加强宣传引导", []),
    ],
    "bare-unit-bracket.txt": [
        ("1", "全年实施省市重点项目300个以上，完成投资800亿元以上", [("市发展改革委", L, FL)]),
        ("2", "落实促进消费政策，社会消费品零售总额增长6%", [("市商务局", L, FL), ("市财政局", S, EX)]),
        ("3", "新增城镇就业2.5万人，城镇调查失业率控制在5.5%以内", [("市人力资源社会保障局", L, FL)]),
    ],
    # a 政府工作报告 分工 item closing on its leaders, a semicolon (or a comma) and its units
    # (（刘运；市发展改革委、…）, a name alone, two names, 责任领导： or a title): the units after it, the
    # first leading (was no clause where the name had no title); a unit before the semicolon stays
    # the list's first; names alone (（王卫东；李兰）) name no unit, nor does a place before a unit
    # (（高新区，市园林局）: no list of units, as before)
    # (its 各牵头部门单位（排在第一位的为牵头部门单位）: the first unit's lead is stated, was first_listed)
    "bare-unit-bracket-after-leaders.txt": [
        ("1", "实施省市重点项目500个以上，完成投资1200亿元以上",
         [("市发展改革委", L, EX), ("市自然资源和规划局", S, EX), ("市住房城乡建设局", S, EX)]),
        ("2", "开展消费季系列促销活动，发放消费券1亿元", [("市商务局", L, EX), ("市财政局", S, EX)]),
        ("3", "培育夜间经济集聚区10个", [("市商务局", L, EX)]),
        ("4", "改造老旧小区300个", [("市住房城乡建设局", L, EX), ("各县市区政府", S, EX)]),
        ("5", "新建城市书房20个", [("市文化和旅游局", L, EX), ("市财政局", S, EX)]),
        ("6", "举办第二十届风筝会", []),
        ("7", "新增城镇就业10万人以上", [("市人力资源社会保障局", L, EX), ("市财政局", S, EX)]),
        ("8", "建设城市绿道50公里", []),
    ],
    # a unit told what to do (A要…), its work running over several phrases, then the bodies helping
    # it (…，B、C配合): A leads, B and C support (A was lost where a second action phrase stood
    # before the helpers); one phrase before them, and no helpers, read as before; places urged
    # (各地要…) name nobody
    "yao-lead-actions-then-helpers.txt": [
        ("（一）", "市食品药品监管局要会同市教育局加强学校食堂食品安全监管，开展春秋季开学专项检查",
         [("市食品药品监管局", L, EX), ("市教育局", S, EX)]),
        ("（二）", "市公安局要健全食品犯罪侦查机构，严厉打击制售假劣食品犯罪，市食品药品监管局、市工商局配合",
         [("市公安局", L, EX), ("市食品药品监管局", S, EX), ("市工商局", S, EX)]),
        ("（三）", "市商务局要推进肉类蔬菜流通追溯体系建设，扩大追溯覆盖面，加强追溯数据共享，市食品药品监管局配合",
         [("市商务局", L, EX), ("市食品药品监管局", S, EX)]),
        ("（四）", "市粮食局要加强粮食收购环节质量安全监管", [("市粮食局", L, EX)]),
        ("（五）", "各地要加强宣传引导，营造良好氛围", []),
    ],
    # a 职责分工 item of a unit's duties (A：负责…) closing on the bodies helping it (，B、C予以配合 /
    # ，B配合): A leads, B and C support (A was lost where 配合 was read as the item's clause, B where
    # 予以配合 was not read); items without helpers as before
    "duty-item-with-helpers.txt": [
        ("（一）", "县住房和城乡建设局", [("县住房和城乡建设局", L, EX)]),
        ("（二）", "县财政局", [("县财政局", L, EX)]),
        ("（三）", "各街道办事处", [("各街道办事处", L, EX), ("县民政局", S, EX), ("县城市管理局", S, EX)]),
        ("（四）", "县自然资源局", [("县自然资源局", L, EX), ("县住房和城乡建设局", S, EX)]),
        ("（五）", "县供电公司、县自来水公司", [("县供电公司", L, FL), ("县自来水公司", S, EX)]),
    ],
    # 由A、B负责，then the action itself (…，重点面向日韩企业开展招商): A and B are given the work,
    # the first leading (was no clause; one body so given stays prose, NOT_CLAUSES); A要牵头做好X，then more of A's work, then B、C按职责分工负责:
    # B and C support (were lost); 由…负责解释 in the closing is none (no task)
    # the same items, indented as offices type them, with their helpers labelled after the duty
    # (。配合单位：B、C / ，配合单位：B、C): A leads, B and C support (A was lost: the label's clause
    # alone was the item's); items without helpers as before
    "duty-item-then-helpers-labelled.txt": [
        ("（一）", "市爱卫办", [("市爱卫办", L, EX)]),
        ("（二）", "市城市管理局", [("市城市管理局", L, EX), ("市住房保障局", S, EX), ("市园林局", S, EX)]),
        ("（三）", "市市场监督管理局", [("市市场监督管理局", L, EX), ("市商务局", S, EX), ("市卫生健康委", S, EX)]),
        ("（四）", "市生态环境局", [("市生态环境局", L, EX), ("市城管局", S, EX), ("市公安局", S, EX)]),
        ("（五）", "市教育局", [("市教育局", L, EX)]),
        ("（六）", "各县（市）区政府", [("各县（市）区政府", L, EX)]),
    ],
    "given-units-then-action.txt": [
        ("（一）", "实施日韩精准招商", [("新区投资促进局", L, FL), ("新区商务局", S, EX)]),
        ("（二）", "实施产业链招商", [("新区投资促进局", L, FL), ("新区科技局", S, EX)]),
        ("（三）", "强化要素保障", [("新区自然资源局", L, EX), ("新区财政局", S, EX), ("新区发展和改革局", S, EX)]),
        ("（四）", "健全招商考核", [("新区发展和改革局", L, EX)]),
    ],
    "generic-tails.txt": [
        ("1", "着力打好重污染天气消除攻坚战",
         [("市生态环境局", L, FL), ("市工业和信息化局", S, EX), ("各县（市、区）党委和人民政府", S, EX),
          ("XX经济技术开发区管委会", S, EX)]),
        ("2", "着力打好臭氧污染防治攻坚战", [("市生态环境局", L, EX), ("市直有关部门", S, EX)]),
    ],
    "circled-at-end.txt": [
        ("1", "加快水利工程建设", [("县水利局", L, FL), ("县财政局", S, EX)]),
        ("2", "强化河湖长制", [("县河长办", L, FL), ("各乡镇人民政府", S, EX)]),
    ],
    "huitong.txt": [
        ("1", "深化预算管理制度改革", [("市财政局", L, EX), ("市审计局", S, EX)]),
        ("2", "加大减税降费力度", [("市税务局", L, EX), ("市财政局", S, EX), ("市发展改革委", S, EX)]),
        ("3", "完善养老服务体系", [("市民政局", L, EX), ("市卫生健康委", S, EX)]),
    ],
    "supervise-and-time-labels.txt": [
        # 督办单位 supervises; it is not a responsible unit
        ("1", "实施城区供水管网改造", [("县水利局", L, EX), ("县住建局", S, EX)]),
        ("2", "新建城区公办幼儿园2所", [("县教育体育局", L, FL), ("县自然资源局", S, EX), ("县财政局", S, EX)]),
    ],
    "half-paren-numbers.txt": [
        ("1）", "推行“一件事一次办”", [("区政务服务中心", L, EX), ("区直有关部门", S, EX)]),
        ("2）", "深化“证照分离”改革", [("区市场监管局", L, EX), ("区司法局", S, EX)]),
        ("1）", "规范涉企行政检查", [("区司法局", L, EX), ("各行政执法部门", S, EX)]),
    ],
    "label-then-newline.txt": [
        ("（一）", "深入推进河湖“清四乱”常态化规范化",
         [("市水利局", L, FL), ("市自然资源和规划局", S, EX), ("各县（市、区）河长办", S, EX)]),
        ("（二）", "加强河湖水域岸线空间管控", [("市水利局", L, FL)]),
    ],
    # a central 重点任务分工表 posted without its notice: ministries, Party organs, 全国总工会, and
    # the provinces as one collective (各省、自治区、直辖市人民政府 was lost)
    "central-division-table.txt": [
        ("1", "完善数据产权制度",
         [("国家发展改革委", L, TB), ("国家数据局", L, TB), ("中央网信办", S, TB), ("工业和信息化部", S, TB), ("市场监管总局", S, TB)]),
        ("2", "加强数据人才培养", [("教育部", L, TB), ("人力资源社会保障部", S, TB), ("全国总工会", S, TB)]),
        ("3", "强化数据安全保障",
         [("中央网信办", L, TB), ("公安部", L, TB), ("最高人民检察院", S, TB), ("各省、自治区、直辖市人民政府", S, TB)]),
    ],
    # a ministry's own work points hand tasks to its 司 (the clauses were lost); 有关部门和地方
    # is one collective; the bodies a unit is to win support from are no units
    "ministry-work-points.txt": [
        ("1", "持续深入打好蓝天保卫战", [("大气环境司", L, EX), ("法规与标准司", S, EX), ("国家发展改革委环资司", S, EX)]),
        ("2", "持续深入打好碧水保卫战", [("水生态环境司", L, EX), ("有关部门和地方", S, EX)]),
        ("3", "推进生态环境导向的开发模式", [("综合司", L, EX)]),
    ],
    # an autonomous region's plan whose title writes the region short (广西…方案): the cover
    # letter's signer gives the place; 中央、自治区驻钦有关单位 is one collective (the task was lost)
    "region-cover-letter.txt": [
        ("1", "建设现代化港口",
         [("自治区交通运输厅", L, EX), ("自治区发展改革委", S, EX), ("国家能源局南方监管局", S, EX), ("中央、自治区驻钦有关单位", S, EX)]),
        ("2", "壮大海洋渔业",
         [("自治区农业农村厅", L, EX), ("中央宣传部", S, EX), ("自治区海洋局", S, EX), ("各市人民政府", S, EX)]),
    ],
    # 以下均需A落实，不再列出 in task 2's own clause is said of task 2 and the tasks below it: "not
    # listed again" after this one (since stop 30; was of the tasks below only, task 2 alone without the
    # cities between task 1 naming them and the tasks inheriting them — test_inherit_marker_closing_a_task)
    "provincial-duty-chain.txt": [
        ("1", "加快专项债券发行使用",
         [("省财政厅", L, EX), ("省发展改革委", L, EX), ("省直有关单位", S, EX), ("各设区市人民政府", S, EX)]),
        ("2", "强化重大项目要素保障",
         [("省自然资源厅", L, EX), ("省生态环境厅", S, EX), ("省林业局", S, EX), ("各设区市人民政府", S, INH)]),
        ("3", "推进城市更新", [("省住房城乡建设厅", L, EX), ("各设区市人民政府", S, INH)]),
    ],
    # 关于印发…的通知 with the plan as its attachment: the plan is the body
    "notice-attachment.txt": [
        ("1", "推进燃煤锅炉淘汰", [("市生态环境局", L, FL), ("市市场监管局", S, EX)]),
        ("2", "加强扬尘管控", [("市住建局", L, EX), ("市城管局", S, EX)]),
    ],
    "notice-with-points.txt": [
        ("1", "推进农村厕所革命", [("县农业农村局", L, EX), ("县卫生健康委", S, EX)]),
        ("2", "治理农村生活污水", [("县生态环境局", L, FL)]),
    ],
    # 工作要点 with unnumbered paragraphs under 一、; 1、 items; a label and a list broken by
    # PDF line ends; page-number debris between them
    "work-points-paragraphs-pdf.txt": [
        ("", "持续推进工业企业深度治理", [("区工信局", L, FL), ("区生态环境分局", S, EX)]),
        ("", "强化移动源污染防治", [("公安分局交警大队", L, FL), ("区交通运输局", S, EX)]),
        ("1", "巩固黑臭水体治理成效", [("区住建局", L, EX), ("各街道办事处", S, EX)]),
        ("2", "加强饮用水水源地保护", [("区水务局", L, FL), ("区生态环境分局", S, EX), ("各街道办事处", S, EX)]),
        ("3", "强化土壤污染源头防控", [("区生态环境分局", L, EX), ("区自然资源局", S, EX), ("区农业农村局", S, EX)]),
    ],
    "campaign-plan-wrapped.txt": [
        ("1", "加强入河排污口排查整治", [("市生态环境局", L, EX), ("市水利局", S, EX), ("市住房城乡建设局", S, EX)]),
        ("2", "推进城镇污水垃圾处理", [("市住房城乡建设局", L, EX), ("市发展改革委", S, EX), ("市生态环境局", S, EX)]),
        ("3", "实施河湖生态保护修复",
         [("市水利局", L, EX), ("市农业农村局", S, EX), ("市林业局", S, EX), ("各县〔市、区〕人民政府", S, EX)]),
        ("4", "落实长江十年禁渔", [("市农业农村局", L, EX), ("市公安局", S, EX), ("市市场监管局", S, EX)]),
    ],
    # 任务清单 with 【label】 lines under each item, a leader and a deadline among them
    "lenticular-lines.txt": [
        ("1", "推进“高效办成一件事”", [("市政务服务中心", L, EX), ("市直各有关部门", S, EX)]),
        ("2", "推行惠企政策“免申即享”", [("市发展改革委", L, EX), ("市财政局", S, EX), ("市工业和信息化局", S, EX)]),
    ],
    # the clause stands on the （一） heading: its items 1. 2. are the task's content;
    # 具体负责 keeps 具体 out of the name
    "heading-clause-with-items.txt": [
        ("（一）", "市容秩序整治", [("市城管局", L, EX), ("市公安局", S, EX)]),
        ("3", "清理农村生活垃圾", [("各乡镇人民政府", L, FL)]),
        ("4", "整治村庄乱搭乱建", [("县自然资源局", L, EX), ("各乡镇人民政府", S, EX)]),
    ],
    # bare role words as labels (牵头：/配合：, one space apart), ［］ labels, and a duty list
    # followed by the townships that carry it out (…按职责分工负责，各乡镇落实)
    # the units and verb close the sentence or its ；-part after a comma (…保护，市水利局负责；)
    "sentence-tail-clauses.txt": [
        ("一", "加强饮用水水源地保护", [("市水利局", L, EX)]),
        ("一", "推进城镇污水处理提质增效", [("市城管局", L, EX), ("市住建局", S, EX), ("市财政局", S, EX)]),
        ("（一）", "加强土壤污染源头防控", [("市生态环境局", L, EX)]),
        ("（二）", "推进受污染耕地安全利用", [("市农业农村局", L, EX)]),
    ],
    # a star after a name marks the lead, wherever the name stands in the list
    "star-marks-lead.txt": [
        ("1", "推进重点行业清洁生产", [("省工业和信息化厅", L, EX), ("省生态环境厅", S, EX)]),
        ("2", "加强核与辐射安全监管", [("省公安厅", S, EX), ("省生态环境厅", L, EX), ("各设区市人民政府", S, EX)]),
        ("3", "完善生态补偿机制", [("省财政厅", L, FL), ("省生态环境厅", S, EX), ("省水利厅", S, EX)]),
    ],
    # a government-portal page flattened onto one line (paragraphs joined by spaces), with its
    # breadcrumb, print/close links and 主办单位/承办单位 footer: the footer is not a clause
    "portal-page-flattened.txt": [
        ("（一）", "推进化肥减量增效", [("县农业农村局", L, FL), ("各乡镇人民政府", S, EX)]),
        ("（二）", "推进畜禽粪污资源化利用", [("县农业农村局", L, FL), ("县生态环境局", S, EX)]),
        ("（三）", "加强农膜回收", [("县供销社", L, EX), ("县农业农村局", S, EX), ("县市场监管局", S, EX)]),
    ],
    # 指导/支持 beside a unit that carries the clause verb (A负责，B指导) are supporting roles;
    # a clause inside an item's first sentence ends its title; 在…指导下 / 给予资金支持 stay prose
    "guidance-and-inline-title.txt": [
        ("1", "严格秸秆露天禁烧", [("各乡镇人民政府", L, EX), ("县农业农村局", S, EX)]),
        ("2", "推进秸秆肥料化利用", [("县农业农村局", L, EX)]),
        ("3", "加强农机作业补贴", [("县农业农村局", L, EX), ("县财政局", S, EX)]),
    ],
    # a 任务分工 organised by unit: the heading that names a unit leads the items below it,
    # with or without clauses of their own (a clause naming only supports keeps the heading's lead)
    # duty statements: a plan dividing its work by unit, an item / article / sentence per unit
    # (1.A：负责… / 4.A。对…负总责 / 第三条 A是…主管部门，负责… / A负责…。B负责…。); the unit
    # leads, a unit it helps (…，配合B开展… / 协助B…) leads that part (was support), A：配合B做好…
    # is B's, A配合做好… /
    # A积极参与… names a supporter; an exhortation (要密切配合 / 要积极配合，形成合力 / 要按照职责
    # 分工，抓好落实) and 保障措施 sentences (a 明确工作职责 inside them too) stay prose; the
    # plan's 主要任务 stay tasks beside its 职责分工
    "duty-items.txt": [
        ("1", "县发展改革局", [("县发展改革局", L, EX)]),
        ("2", "县公安局", [("县公安局", L, EX), ("县生态环境局", L, EX)]),
        ("3", "县交通运输局", [("县生态环境局", L, EX), ("县交通运输局", S, EX)]),
        ("4", "各乡镇人民政府", [("各乡镇人民政府", L, EX)]),
        ("5", "县气象局", []),
    ],
    # a 安委会成员单位职责 whose items open 依法履行…职责 / 履行…职责 (the duties the unit holds,
    # named): the unit's (were no clause, the items' units lost); 依法履行职责 naming no duty and
    # the closing 各成员单位要依法履行职责 stay prose
    "duty-performs-duties.txt": [
        ("1", "县交通运输局", [("县交通运输局", L, EX)]),
        ("2", "县消防救援大队", [("县消防救援大队", L, EX)]),
        ("3", "县市场监督管理局", [("县市场监督管理局", L, EX)]),
        ("4", "县林业局", []),
    ],
    "duty-articles.txt": [
        ("第三条", "县生态环境局是全县生态环境损害赔偿工作的主管部门，负责组织协调和日常管理", [("县生态环境局", L, EX)]),
        ("第四条", "县司法局负责指导生态环境损害赔偿磋商工作，协助县生态环境局开展司法确认",
         [("县司法局", L, EX), ("县生态环境局", L, EX)]),
        ("第五条", "县发展改革局、县财政局按照职责分工负责赔偿资金的管理", [("县发展改革局", L, FL), ("县财政局", S, EX)]),
        ("第六条", "各乡镇人民政府负责本辖区生态环境损害线索的发现和报告", [("各乡镇人民政府", L, EX)]),
        ("第七条", "县直有关部门要按照职责分工，抓好贯彻落实", []),
    ],
    "duty-paragraphs.txt": [
        ("（一）", "完善县乡村三级物流配送体系", []),
        ("（二）", "改造提升乡镇商贸中心", []),
        ("", "县商务局负责统筹推进县域商业体系建设，牵头做好项目申报和资金管理", [("县商务局", L, EX)]),
        ("", "县交通运输局负责农村物流网络建设", [("县交通运输局", L, EX)]),
        ("", "县邮政管理局配合做好快递进村工作", [("县邮政管理局", S, EX)]),
        ("", "市发展改革委（市粮食和储备局）负责项目用地以外的要素协调", [("市发展改革委", L, EX)]),
        ("", "各乡镇积极参与村级物流服务站点建设", [("各乡镇", S, EX)]),
        # 三、保障措施 / （一）明确工作职责。县财政局负责落实专项资金。: the bureau's task (was dropped)
        ("（一）", "明确工作职责", [("县财政局", L, EX)]),
    ],
    # an item led at its title (（一）…（县卫健委牵头）) whose text names units that 配合 / 协助: they
    # support it (were dropped: alone, a unit's duty with an object is prose); an exhortation
    # without an object (要积极配合，形成合力) and a unit's own duty (负责落实…) stay prose
    "title-lead-body-supports.txt": [
        ("（一）", "推进医保支付改革", [("县卫健委", L, EX), ("县医保局", S, EX), ("县财政局", S, EX)]),
        # (B配合C做好…: C leads that part only, the task's lead is the title's; both support)
        # (an item without a lead of its own beside items led at their title: a task whose lead
        # the plan does not name, not dropped)
        ("（二）", "推进异地就医直接结算", []),
        ("（三）", "加强基金监管", [("县医保局", L, EX), ("县卫健委", S, EX), ("县市场监管局", S, EX), ("县公安局", S, EX)]),
        ("（四）", "推进智慧医院建设", [("县卫健委", L, EX)]),
    ],
    # a town's items naming who does them in their body (镇司法所负责指导… / 镇信访办牵头，对… /
    # 镇派出所会同镇司法所…; were items without a unit): a numbered item naming no unit anywhere
    # takes the units its sentences open with, or a named body's duty after a comma (积极争取…，
    # 县财政局负责资金保障: item-body-after-comma.txt); near misses: a supporter alone
    # (县医保局配合做好…), an exhortation (各村（社区）要加强宣传), and an item with a clause of its
    # own keeps it only
    # an item's body naming who does it with 要 alone (县财政局要统筹用好各类资金 / A、B要加强…: the
    # first listed leads, as for other unlabelled lists / 县发改局应当建立…; were items without a
    # unit); near misses: 各部门要 / 各乡镇要 (nobody named, an exhortation), 企业要 / 群众要 /
    # 新闻媒体要 (no government unit), 县政府要求各执法部门… (要求), 县委县政府要高度重视 (an
    # attitude), 中心城区要 (a place), and the 总体要求 / 保障措施
    # chapters (no tasks). A要…，配合B做好…: A leads, and B the part A helps with (as A负责…，
    # 配合B… reads; was B supporting)
    "item-body-yao.txt": [
        ("（一）", "优化政务服务", [("县政务服务中心", L, EX)]),
        ("（二）", "加大资金投入", [("县财政局", L, EX)]),
        ("（三）", "加强政策指导", [("县发改局", L, FL), ("县工信局", S, EX)]),
        ("（四）", "强化部门协作", []),
        ("（五）", "落实企业责任", []),
        ("（六）", "加强环境整治", [("县住建局", L, EX), ("县生态环境局", L, EX)]),
        ("（七）", "做好农资储备", []),
        ("（八）", "加强宣传引导", []),
        ("（九）", "规范涉企检查", []),
        ("（十）", "推进信用修复", [("县发改局", L, EX)]),
        ("（十一）", "凝聚工作合力", []),  # 要高度重视 (an attitude), 中心城区要 (a place)
        ("（十二）", "推进老旧小区改造", [("县住建局", L, EX)]),  # 要在6月底前…
        ("（十三）", "强化审计监督", [("县审计局", L, EX), ("县纪委监委", L, EX)]),  # A要…，B要…: each its part
        ("（十四）", "提升医疗服务能力", []),  # 县级医院 / 乡镇卫生院: a kind of body, no one named
        ("（十五）", "加强工作对接", []),  # 市直部门 / 区域医疗中心: likewise
        ("（十六）", "做好疫情防控", [("县疾控中心", L, EX)]),  # after a comma
    ],
    # a town's stations named by their place without a level word (昌宁派出所会同… / 西江司法所负责…
    # / 大坪派出所要…, 综治办负责…, 街道应急办要会同街道派出所…; were items without a unit); near
    # misses: 该中心 (a pronoun), 加油站要 (a business), 中心城区要 (a place), 街道和社区要 (places)
    "town-station-names.txt": [
        ("1", "强化治安巡逻", [("昌宁派出所", L, EX), ("镇综合执法队", S, EX)]),
        ("2", "做好法律服务", [("西江司法所", L, EX)]),
        ("3", "加强矛盾调处", [("大坪派出所", L, EX), ("西江司法所", L, EX)]),  # …，配合B做好…: B's part
        ("4", "加强综治中心建设", [("综治办", L, EX)]),
        ("5", "加强安全巡查", [("街道应急办", L, EX), ("街道派出所", S, EX)]),
        ("6", "加强宣传引导", []),
        ("7", "规范加油站管理", []),
        ("8", "推进城区治理", []),
        # a station named by its trade is a business or a facility, not a body (加油站 / 中转站 /
        # 事务所 负责…: were the items' leads); a station of the state beside it still leads
        ("9", "加强成品油安全管理", []),
        ("10", "推进垃圾分类转运", [("环卫所", L, EX)]),
        ("11", "规范中介服务", []),
        ("12", "保障春运出行安全", []),
        ("13", "加强动物防疫", [("兽医站", L, EX)]),
    ],
    # a named body's duty after a comma in an item naming no unit (开展…监管，县市场监管局负责统一受理
    # / 健全…机制，镇综治中心负责… / 对…问题，县市场监管局负责依法查处 / 加大…力度，县自然资源局要…,
    # …，县公安局要积极配合: supports; were items without a unit);
    # near misses: after a principle (各乡镇为责任主体，… / 在县委统一领导下，… / 坚持属地管理，…),
    # a collective (各乡镇负责…), a person (县应急局负责人带队), a business (企业负责…，县应急局负责监督);
    # 各乡镇为责任主体，县农业农村局负责指导 in a numbered item of the work is its assignment (the places
    # lead, the bureau guiding supports: grammar.inline.subjects_guided), a principle in the safeguards
    "item-body-after-comma.txt": [
        ("（一）", "加强市场监管", [("县市场监管局", L, EX)]),
        ("（二）", "推进矛盾化解", [("镇综治中心", L, EX)]),
        ("（三）", "建立会商机制", [("县发改局", L, EX), ("县财政局", S, EX)]),
        ("（四）", "查处违法行为", [("县市场监管局", L, EX)]),
        ("（五）", "压实监管责任", [("各乡镇", L, EX), ("县农业农村局", S, EX)]),
        ("（六）", "强化组织实施", []),
        ("（七）", "落实属地责任", []),
        ("（八）", "加强安全检查", []),
        ("（九）", "压实企业责任", []),
        ("（十）", "强化用地保障", [("县自然资源局", L, EX)]),
        ("（十一）", "严厉打击违法行为", [("县市场监管局", L, EX), ("县公安局", S, EX)]),
        ("（十二）", "加快项目建设", []),  # 县长…指出，: said, not assigned
        ("（十三）", "加强部门协作", []),  # 各部门要: nobody named
        # after another's duty (物业服务企业要…), a body watching it (负责日常监督) does not do the
        # item; a regulator's own 监督检查 does
        ("（十四）", "加强物业管理", []),
        ("（十五）", "规范市场秩序", [("县市场监管局", L, EX)]),
        # a doer's own 主体责任 (施工企业要落实…主体责任，…) is its duty, no principle: the bureau
        # after the comma does the item (were no unit); a company's duty alone names nobody, and a
        # 责任主体 stated (企业是…责任主体，…) stays a principle
        ("（十六）", "加强建筑施工安全", [("县住建局", L, EX)]),
        ("（十七）", "压实生产经营单位责任", [("县应急管理局", L, EX)]),
        ("（十八）", "强化现场管理", []),
        ("（十九）", "明确责任主体", []),
    ],
    # a chapter of work whose items name no clause before the first chapter with one (二、稳定粮食
    # 生产 / 1.… 市农业农村局要… between 一、总体要求 and 三、推进乡村建设 / 1.…牵头…: its items were
    # dropped with the preamble); near miss: 一、总体要求 (background) stays none; 四、保障措施's
    # item giving its work to a unit (加强组织领导。市委农办要加强统筹协调。) is that unit's task
    "chapter-before-clauses.txt": [
        ("1", "抓好粮食生产", [("市农业农村局", L, EX)]),
        ("2", "加强高标准农田建设", [("市农业农村局", L, FL), ("市财政局", S, EX)]),
        ("3", "强化农资保供", []),
        ("1", "改善农村人居环境", [("市住建局", L, EX), ("市生态环境局", S, EX)]),
        ("2", "提升农村公共服务", [("市卫健委", L, EX), ("市医保局", S, EX)]),
        ("1", "加强组织领导", [("市委农办", L, EX)]),
    ],
    # near miss of the above: 一、主要任务 restated with units by 二、责任分工 (the second round is
    # the tasks; the first would be each task twice)
    "chapter-before-clauses-tworounds.txt": [
        ("（一）", "壮大市场主体", [("区工信局", L, EX), ("区市场监管局", S, EX)]),
        ("（二）", "发展电商直播", [("区商务局", L, EX), ("区人社局", S, EX)]),
    ],
    # the same under a title without 分工 (二、任务清单 / 责任清单 / 责任落实 / 责任单位): the restated
    # item titles show the second round; the first round's 要 sentences were each task twice
    "chapter-before-clauses-tworounds-list.txt": [
        ("（一）", "提升政务服务效能", [("县政务服务中心", L, EX), ("县大数据局", S, EX)]),
        ("（二）", "优化市场准入", [("县市场监管局", L, EX), ("县税务局", S, EX)]),
        ("（三）", "加强要素保障", [("县自然资源局", L, EX), ("县发改局", S, EX)]),
    ],
    # near miss of the above: a report's chapters before its plan (工作开展情况 / 存在的问题) are none
    "chapter-before-clauses-report.txt": [
        ("（一）", "抓好粮食生产", [("县农业农村局", L, FL)]),
        ("（二）", "推进农田建设", [("县农业农村局", L, FL), ("县财政局", S, EX)]),
    ],
    # items titled on their own line over a body naming who does them with 要 (1.加大资金投入 /
    # 县财政局要统筹… ; A要…，B要…: each leads its part), and titled paragraphs under a heading
    # (强化工地扬尘管控。县住建局要…: paragraph tasks read their body as numbered items do; were
    # tasks without a unit)
    "item-body-paragraphs.txt": [
        ("1", "加大资金投入", [("县财政局", L, EX)]),
        ("2", "加强市容管理", [("县城管局", L, EX), ("县市场监管局", L, EX)]),
        ("3", "推进垃圾分类", [("县城管局", L, FL)]),
        ("", "强化工地扬尘管控", [("县住建局", L, EX)]),
        ("", "推进道路扬尘治理", [("县城管局", L, EX)]),
        ("", "推进油烟治理", [("县生态环境局", L, FL)]),
        ("", "加快整治进度", []),  # 县应急局牵头的…整治: an attribute, no duty (牵头的 / 负责的)
        ("", "强化整治成效", [("县住建局", L, EX)]),
    ],
    "town-item-body-subjects.txt": [
        ("（一）", "健全人民调解组织网络", [("镇司法所", L, EX)]),
        ("（二）", "做好信访积案化解", [("镇信访办", L, EX)]),
        ("（三）", "推进“警民联调”", [("镇派出所", L, EX), ("镇司法所", S, EX)]),
        ("（四）", "加强农村河道管护", [("镇农业农村办公室", L, EX), ("各村（社区）", S, EX)]),
        ("（五）", "推进异地就医直接结算", []),
        ("（六）", "加强宣传引导", []),
        ("（七）", "强化资金保障", [("县财政局", L, EX)]),
        ("（八）", "开展矛盾纠纷排查", [("镇综治中心", L, EX), ("镇司法所", S, EX)]),
    ],
    # an item's body opening with the basis its units act on (根据县委县政府要求， / 按照…统一部署，)
    # is read from after it, as without (was nobody, or the lead-in read as a lead unit
    # 按照县委县政府统一部署); a meeting's 要求 stays a directive (会议要求，各乡镇负责… names them, as
    # 各乡镇要负责… does), an exhortation or a duty with no unit stays prose
    # items under a unit's heading working with a police bureau's brigade (会同区公安分局交警大队…):
    # the brigade is the partner as written (was cut to 区公安分局), a list may go on after it; a
    # bureau before what it sets up (组建专项整治大队) or alone stays the bureau
    "unit-items-police-brigade.txt": [
        ("1", "会同区公安分局交警大队整治“两客一危”车辆违法行为", [("区交通运输局", L, EX), ("区公安分局交警大队", S, EX)]),
        ("2", "开展道路运输企业安全检查，会同区公安分局开展联合执法", [("区交通运输局", L, EX), ("区公安分局", S, EX)]),
        ("3", "会同市公安局交警支队、区应急管理局开展联合检查", [("区交通运输局", L, EX), ("市公安局交警支队", S, EX), ("区应急管理局", S, EX)]),
        ("4", "会同区公安分局组建专项整治大队，开展夜查行动", [("区交通运输局", L, EX), ("区公安分局", S, EX)]),
        ("5", "配合区公安分局交警大队做好事故处置", [("区公安分局交警大队", L, EX), ("区交通运输局", S, EX)]),
        ("6", "加强源头管控，会同县公安局交巡警大队开展路检路查", [("区交通运输局", L, EX), ("县公安局交巡警大队", S, EX)]),
        ("7", "会同区公安分局治安大队开展检查", [("区交通运输局", L, EX), ("区公安分局治安大队", S, EX)]),
    ],
    # 由A负责清理整治，B督促施工单位… / A负责…，B督促…: B's part is to see the builders do it, as
    # B负责督促… says, and it leads that part as A leads its own (was nobody: the whole sentence
    # failed after A, or only A); 督促 with no unit before it is the lead's own work, an
    # exhortation of a collective stays prose
    # an item's body opening with a named body and 督促 / 督促指导 (县应急局督促企业落实…): the
    # body's duty, as 县应急局负责督促企业… is (were items without a unit); the places it sees to
    # (…督促各乡镇做好… / 负责督促各乡镇…) support, as in a clause (县政府督促各乡镇抓好落实); a
    # collective urging (各部门要督促企业…) is an exhortation
    "body-sees-to.txt": [
        ("（一）", "强化企业主体责任", [("县应急局", L, EX)]),
        ("（二）", "整治扬尘污染", [("县住建局", L, EX)]),
        ("（三）", "加强道路运输监管", [("县交通运输局", L, EX)]),
        ("（四）", "整治违法建设", [("县住建局", L, EX), ("各乡镇", S, EX)]),
        ("（五）", "推进隐患整改", [("县政府", L, EX), ("各乡镇", S, EX)]),
        ("（六）", "压实行业责任", []),
    ],
    "second-unit-urges.txt": [
        ("1", "加强工地管理", [("县城管局", L, EX), ("县住建局", L, EX)]),
        ("2", "规范围挡设置", [("县城管局", L, EX), ("县住建局", L, EX)]),
        ("3", "修复破损路面", [("各乡镇", L, EX), ("县交通运输局", L, EX)]),
        ("4", "整治渣土运输", [("县城管局", L, EX), ("县住建局", L, EX)]),
        ("5", "落实防尘措施", [("县城管局", L, EX), ("县住建局", S, EX)]),
        ("6", "强化源头管控", [("县住建局", L, EX)]),
        ("7", "压实企业责任", []),
    ],
    "item-body-basis-lead-in.txt": [
        # (…，各乡镇负责辖区排查，县应急局负责指导: the office guides the places, a support)
        ("（一）", "落实属地责任", [("各乡镇", L, EX), ("县应急局", S, EX)]),
        ("（二）", "开展拉网排查", [("各乡镇", L, EX)]),
        ("（三）", "强化行业监管", [("县住建局", L, EX), ("县应急局", S, EX)]),
        ("（四）", "加强督导检查", [("各乡镇", L, EX)]),
        ("（五）", "加强宣传引导", []),
        ("（六）", "完善工作台账", []),
    ],
    # items whose title line names their lead, beside items titled over their text without a clause:
    # those are tasks without a lead (were dropped); 工作要求 and 其他事项 are none
    "title-lead-items-beside.txt": [
        ("（一）", "推进医保支付改革", [("县卫健委", L, EX), ("县医保局", S, EX), ("县财政局", S, EX)]),
        ("（二）", "加强基金监管", [("县医保局", L, EX)]),
        ("（三）", "推进异地就医直接结算", []),
        ("（四）", "提升经办服务水平", []),
    ],
    # a 责任清单 whose unit stands alone on a line (县水利局：) over items numbered on across units
    # (were one no_clause task or none: the line went into the item before it)
    "duty-unit-lines.txt": [
        ("1", "负责河湖管理范围划定和岸线管理", [("县水利局", L, EX)]),
        ("2", "牵头开展河湖“清四乱”常态化规范化", [("县水利局", L, EX)]),
        ("3", "负责入河排污口排查整治", [("县生态环境局", L, EX)]),
        ("4", "配合县水利局开展河湖健康评价", [("县水利局", L, EX), ("县生态环境局", S, EX)]),
        ("5", "负责落实乡级河长巡河制度", [("各乡镇人民政府", L, EX)]),
    ],
    # a 规划 without clauses whose 职责分工 chapter states duties: its paragraph tasks stay (read as
    # in a plan without clauses), the duties are tasks beside them
    "duty-plan-chapter.txt": [
        ("", "推进产业结构优化调整", []),
        ("", "构建清洁低碳能源体系", []),
        ("", "市生态环境局负责规划实施的统筹协调和监督评估", [("市生态环境局", L, EX)]),
        ("", "市发展改革委负责将规划重点任务纳入年度计划", [("市发展改革委", L, EX)]),
    ],
    # short duty sentences are a task each (县政府督查室负责跟踪督办。县财政局负责资金保障。 were one
    # task led by both); 各牵头单位负责… names the units of other clauses by role and stays prose
    "duty-short-sentences.txt": [
        ("（一）", "新建改造城镇老旧小区10个", [("县住房城乡建设局", L, EX)]),
        ("（二）", "新增城镇就业2000人", [("县人社局", L, EX)]),
        ("", "县政府督查室负责跟踪督办", [("县政府督查室", L, EX)]),
        ("", "县财政局负责资金保障", [("县财政局", L, EX)]),
    ],
    # 应急预案 numbered 1　总则 / 2.2　成员单位职责 (a decimal outline): the sections are headings and
    # each duty sentence of a unit is a task it leads (no tasks were found: the numbers were read as
    # no markers); 曲靖军分区 / 人民银行XX市分行 end as bodies do (were no duty's unit); a line opening
    # with a quantity (3.5万人口…) opens nothing; the items of 1　总则 are the plan's background and
    # 4　附则 (…负责解释) its closing provisions: no tasks
    # a 规划 writing its tasks as titled paragraphs (强化扬尘管控。…), some with a clause and some
    # without: each is a task (no lead where it names none), not its heading's text; prose in
    # a chapter of tasks is none (为此，… / 主要目标。到2025年… under （一）发展目标 / 近年来，… /
    # a quote / 同时，…), nor are a safeguard chapter's paragraphs without a clause; a title over
    # one paragraph without a clause is a task, and an item (1.) over two paragraphs is one task
    "titled-paragraphs.txt": [
        ("", "强化扬尘管控", []),
        ("", "推进VOCs治理", [("市生态环境局", L, FL), ("市工业和信息化局", S, EX)]),
        ("", "加强饮用水水源地保护", [("市水利局", L, FL)]),
        ("", "推进城镇污水处理提质增效", []),
        ("（四）", "加强农业农村污染治理", []),
        ("1", "加强危险废物监管", [("市生态环境局", L, FL)]),
        ("", "加强组织领导", [("市发展改革委", L, FL)]),
    ],
    "decimal-outline-duties.txt": [
        ("", "市水利局负责水利工程调度，承担市防汛抗旱指挥部办公室日常工作", [("市水利局", L, EX)]),
        ("", "市气象局负责灾害性天气监测预报", [("市气象局", L, EX)]),
        ("", "XX军分区负责组织民兵参加抢险救灾", [("XX军分区", L, EX)]),
        ("", "人民银行XX市分行：负责协调金融机构做好灾后信贷支持", [("人民银行XX市分行", L, EX)]),
        # (3.1 预警分级: an emergency plan's procedure, no task — the plan's work is its units' duties)
    ],
    # …，下同） closing a clause: the items after it in its section that name no unit take its units,
    # roles kept (2 and 4 had none); not in the next section (5), not from a note on the last unit
    # (（按职责分工负责，下同）: the note holds below, 7), nor from an alias in prose (8)
    "same-below.txt": [
        ("1", "压缩企业开办时间", [("市市场监管局", L, FL), ("市税务局", S, EX)]),
        ("2", "推行电子营业执照", [("市市场监管局", L, INH), ("市税务局", S, INH)]),
        ("3", "优化工程建设项目审批", [("市住房城乡建设局", L, EX), ("市自然资源和规划局", S, EX)]),
        ("4", "推行联合验收", [("市市场监管局", L, INH), ("市税务局", S, INH)]),
        ("5", "加大融资支持力度", []),
        ("6", "保障企业用工需求", [("市人力社保局", L, FL), ("市发展改革委", S, EX)]),
        ("7", "加强职业技能培训", []),
        ("8", "建立企业服务专员制度", []),
    ],
    # 以下同 closing a clause reads as 下同 does: on a chapter heading (牵头单位：A，以下同) A leads its
    # items and is no unit 以下同 (was a second lead named 以下同); on an item (责任单位：A，以下同) the
    # unmarked items after it in its section take A (2 had none, and 以下同 supported 1); 以下同 in
    # prose (三、1) names no one; so do 以下均同 / 以下各项均同 (四、: was a support named 以下各项均同)
    "same-below-yixia.txt": [
        ("1", "深化“高效办成一件事”改革，推行企业开办全程网办", [("县发展改革委", L, EX), ("县市场监管局", S, EX), ("县数据局", S, EX)]),
        ("2", "健全社会信用体系，开展信用承诺和分级分类监管", [("县发展改革委", L, EX), ("县统计局", S, EX)]),
        ("1", "发展普惠托育服务，新增普惠托位200个", [("县卫健委", L, FL)]),
        ("2", "提升公共卫生应急处置能力，做好重点传染病防控", [("县卫健委", L, INH)]),
        ("3", "推动职业教育产教融合", [("县教育体育局", L, FL)]),
        ("1", "完善网格化管理，网格员配备标准按照市定标准执行，以下同", []),
        ("2", "推进村级议事协商规范化", []),
        ("1", "实施就业优先战略", [("县人社局", L, FL), ("县财政局", S, EX), ("各乡镇（街道）", S, EX)]),
        ("2", "发展居家社区养老服务", [("县人社局", L, INH), ("县财政局", S, INH), ("各乡镇（街道）", S, INH)]),
    ],
    # 以下均需A落实，不再列出 written on a chapter heading is said of that chapter's items (二、and
    # 三、 took 各乡镇 too); written in an item's own clause it still holds for every later item of
    # the plan, in the chapters after too (三、1); 以下任务均由A负责落实，不再一一列出 names A (was
    # 各乡镇负责, the verb read into the name)
    "inherit-chapter-note.txt": [
        ("1", "新建高标准农田2万亩，推进高效节水灌溉", [("县农业农村局", L, EX), ("县财政局", S, EX), ("各乡镇", S, INH)]),
        ("2", "加强松材线虫病等林业有害生物防控", [("县林业局", L, EX), ("县自然资源局", S, EX), ("各乡镇", S, INH)]),
        ("1", "稳步推进城市更新，改造城镇老旧小区15个", [("县住建局", L, EX), ("各社区", S, EX)]),
        ("2", "加强城市地下管网建设改造", [("县住建局", L, EX), ("县城管局", S, EX), ("各社区", S, INH)]),
        ("1", "深入开展安全生产治本攻坚三年行动", [("县应急管理局", L, EX), ("各社区", S, INH), ("各乡镇", S, INH)]),
    ],
    # an item below a heading listing its measures （1）（2） with no colon, its fields on lines of
    # their own after the last: the fields are the item's, one task (was （2） the task with every
    # unit, （1） one without, the item none); measures with clauses of their own stay tasks (二、),
    # and a heading over one item keeps its item (三、1)
    "measures-then-fields.txt": [
        ("1", "推进县域商业体系建设，完善农村电商和快递物流配送网络",
         [("市商务局", L, EX), ("市邮政管理局", S, EX), ("市供销社", S, EX), ("各县市区人民政府", S, EX)]),
        ("2", "发展跨境电商新业态，建设海外仓", [("市商务局", L, EX), ("市财政局", S, EX)]),
        ("（1）", "实施中小河流治理项目10个", []),
        ("（2）", "开展病险水库除险加固", [("市水利局", L, EX)]),
        ("（3）", "推进农村供水保障工程", [("市水利局", L, EX), ("市农业农村局", S, EX)]),
        ("1", "深入开展安全生产治本攻坚三年行动", [("市应急管理局", L, EX), ("市住建局", S, EX)]),
    ],
    # a 督察 整改方案's problem giving its fields (整改目标 / 整改时限 / 牵头单位 / 责任单位) before the list
    # of its measures, the list opened by 整改措施：/ 具体措施： (inline or on lines of their own): the
    # fields are the problem's, the measures its text, one task (was a paragraph task titled 整改时限
    # holding the units, the measures tasks naming nobody, the problem none); near miss: a heading's
    # 牵头单位 line over its items with no 措施 label keeps its reading
    "rectify-fields-before-measures.txt": [
        ("（一）", "部分乡镇污水处理设施运行不正常问题",
         [("市住建局", L, EX), ("某市生态环境局", S, EX), ("市财政局", S, EX), ("相关乡镇", S, EX)]),
        ("（二）", "畜禽养殖污染问题", [("市农业农村局", L, EX), ("某市生态环境局", S, EX)]),
        ("（一）", "加强大气污染防治", [("市生态环境局", L, EX)]),
    ],
    # measures written on their item's own line (1.推进…。（1）…；（2）…。（牵头单位：A…）), the clause
    # closing the line: one task, the item (was （1） the task, titled by its first measure); measures
    # on lines of their own with clauses of their own stay tasks (2.)
    "inline-measures-on-item-line.txt": [
        ("1", "推进政务数据共享", [("市数据局", L, EX), ("市发展改革委", S, EX)]),
        ("（1）", "建立企业服务专员制度", [("市工信局", L, FL)]),
        ("（2）", "开展“万名干部进万企”活动", [("市委组织部", L, FL), ("市工信局", S, EX)]),
    ],
    # a rule's own purpose (为…，制定本办法) and scope (本办法适用于…) are no tasks (were tasks without a
    # lead beside 第三条's clause); an article opening with 为 that states work stays a task; a
    # scoring article and one on how the results are used (第三章 结果运用) are none
    "rules-own-articles.txt": [
        ("第三条", "考核工作由县交通运输局负责组织实施，县财政局配合", [("县交通运输局", L, EX), ("县财政局", S, EX)]),
        ("第四条", "为提升路况水平，各乡镇要建立乡村道路路长制", []),
    ],
    # a chapter of work after one holding clauses has tasks though it names no unit (三、… was dropped
    # whole: 3 and 4 were no tasks); the background before and the steps and safeguards after stay
    # none; units in 【】 closing a sentence or opening an item are a bare list (2 and 3 had none),
    # a word in 【】 inside a sentence is not (5)
    "work-chapter-without-clauses.txt": [
        ("1", "建立跨界水体联保机制", [("市生态环境局", L, FL), ("市水利局", S, EX)]),
        ("2", "统一生态环境标准", [("市生态环境局", L, FL), ("市市场监管局", S, EX)]),
        ("3", "【市发展改革委】加快推进城际铁路建设", [("市发展改革委", L, FL)]),
        ("4", "推进省际断头路建设", []),
        ("5", "加快推进【智慧交通】平台建设", []),
    ],
    # 1.1 / 2.1 under 一、/ 二、: decimal items of the chapter they stand in (see the test of sections)
    "decimal-under-chapters.txt": [
        ("1.1", "建设城市大脑", [("市大数据局", L, FL), ("市公安局", S, EX)]),
        ("1.2", "推进政务数据共享", [("市大数据局", L, FL)]),
        ("2.1", "智慧交通", [("市公安局交警支队", L, EX), ("市交通运输局", S, EX)]),
        ("2.2", "智慧医疗", [("市卫生健康委", L, FL)]),
    ],
    "tasks-by-unit.txt": [
        ("1", "推进能源结构调整，严控煤炭消费总量", [("区发展改革委", L, EX)]),
        ("2", "开展重点行业节能诊断", [("区发展改革委", L, EX)]),
        ("3", "加强大气污染防治，PM2.5浓度控制在35微克/立方米以内", [("区生态环境局", L, EX)]),
        ("4", "开展入河排污口排查整治", [("区生态环境局", L, EX), ("区水务局", S, EX)]),
        ("5", "落实属地管理责任，加强网格化巡查", [("各街道办事处", L, EX)]),
    ],
    # units that carry out locally close the clause with 落实属地责任 / 落实主体责任 (support);
    # 分别牵头 names two leads; 统筹 beside a clause verb is the lead; the same words in a
    # safeguard sentence stay prose
    "local-responsibility.txt": [
        ("（一）", "强化噪声污染防治", [("市生态环境局", L, FL), ("市公安局", S, EX), ("各县（市、区）人民政府", S, EX)]),
        ("（二）", "加强城乡垃圾治理", [("市住房城乡建设局", L, EX), ("市城市管理局", L, EX), ("市直有关部门", S, EX)]),
        ("（三）", "推进农村人居环境整治", [("市农业农村局", L, EX), ("各乡镇", S, EX)]),
        ("（四）", "完善能耗双控制度", [("市发展改革委", L, EX), ("各县（市、区）人民政府", S, EX), ("市直有关部门", S, EX)]),
    ],
    # 负责牵头 = 牵头; a list closing with 按各自职责抓好落实 (first listed leads); "1.2024年…"
    # is item 1, not a decimal; 各…对…负总责 and 各地各部门要抓好落实 are safeguard prose
    "own-duties-and-years.txt": [
        ("1", "2024年完成20个行政村生活污水治理", [("县生态环境局", L, EX), ("县住建局", S, EX), ("县水利局", S, EX)]),
        ("2", "2024年底前农村卫生厕所普及率达到85%以上",
         [("县农业农村局", L, FL), ("县卫生健康局", S, EX), ("县财政局", S, EX)]),
        ("3", "健全村庄保洁长效机制", [("县城市管理局", L, EX), ("各乡镇人民政府", S, EX)]),
    ],
    # a division table copied with one blank between cells (the OCR-space clean-up keeps them)
    # a 民生实事 list copied with one blank between cells (豆丁网 / a PDF's text layer): its task column
    # is 民生实事项目 or 项目名称 (建设内容 beside it), no header word before (no tasks were found)
    "table-single-spaces-livelihood-projects.txt": [
        ("1", "新建改扩建公办幼儿园5所", [("区教育体育局", L, TB), ("区城乡建设局", S, TB), ("区财政局", S, TB)]),
        ("2", "新建社区养老服务站10个", [("区民政局", L, TB), ("区财政局", S, TB), ("各街道（镇）", S, TB)]),
        ("3", "完成老旧小区改造45个", [("区城乡建设局", L, TB), ("区城市管理局", S, TB), ("相关街道", S, TB)]),
        ("1", "包河区口袋公园", [("区林业和园林局", L, TB)]),
    ],
    # a 分工表 a sharing site (原创力) gives with no blank between cells, header and rows run together:
    # cut where a unit list opens, where the deadline (2022年11月底前 / 长期坚持 / 持续推进) stands and where
    # the next serial begins (no task was found); near miss: the indicator table under it (指标名称 /
    # 单位 / 2021年 / 责任单位, its rows numbers) stays no table
    "table-run-together-cells.txt": [
        ("1", "完成2000户农村户用厕所改造，问题厕所整改率达到100%",
         [("县农业农村局", L, TB), ("县卫生健康局", S, TB), ("县财政局", S, TB), ("各乡镇人民政府", S, TB)]),
        ("2", "推进农村生活污水治理，新增治理行政村15个", [("县生态环境局", L, TB), ("县住房城乡建设局", S, TB), ("县水利局", S, TB)]),
        ("3", "健全农村生活垃圾收运处置体系", [("县城市管理局", L, TB), ("各乡镇人民政府", S, TB)]),
        ("4", "开展村庄清洁行动，每季度组织1次集中整治",
         [("县农业农村局", L, TB), ("县爱卫办", S, TB), ("县妇联", S, TB), ("各乡镇人民政府", S, TB)]),
    ],
    # the same as 百度文库 gives it a row a line (header, rows, each row's cells run together), a 备注
    # column left empty, a 配合单位 left empty (row 2), a body named without a place opening a list
    # (国网宁乡市供电公司: not 乡市供电公司, the 乡 inside the title's 宁乡市), 市政务服务中心 a name
    # of its own after 市市场监管局 (no 市政 road works); the closing words under it no task
    "table-run-together-rows-on-lines.txt": [
        ("1", "推行企业开办“一网通办”，全程办理时间压缩至1个工作日以内",
         [("市市场监管局", L, TB), ("市政务服务中心", S, TB), ("市税务局", S, TB)]),
        ("2", "深化工程建设项目审批制度改革", [("市住房城乡建设局", L, TB)]),
        ("3", "推进水电气网联合报装，低压小微企业用电报装实现“零上门”",
         [("国网宁乡市供电公司", L, TB), ("市住房城乡建设局", S, TB), ("市城管局", S, TB)]),
        ("4", "开展涉企收费专项清理", [("市发展改革局", L, TB), ("市财政局", S, TB), ("各镇（街道）", S, TB)]),
    ],
    "table-single-spaces.txt": [
        ("1", "开展河湖“清四乱”常态化规范化", [("区水利局", L, TB), ("区自然资源局", S, TB), ("区生态环境局", S, TB)]),
        ("2", "推进入河排污口整治", [("区生态环境局", L, TB), ("区水利局", S, TB), ("各街道办事处", S, TB)]),
    ],
    # a single-blank table with an OCR blank inside a unit's name and inside a deadline (县生态环
    # 境局 / 2024年12月底 前): the blanks inside words are the row's extra ones, not the task's
    # (the row's cells were shifted: 境局 led, 2024年12月底 supported)
    "single-space-table-ocr-blanks.txt": [
        ("1", "推进城镇污水管网建设", [("县住建局", L, TB), ("县水利局", S, TB), ("县生态环境局", S, TB)]),
        ("2", "开展河道清淤疏浚", [("县水利局", L, TB), ("县农业农村局", S, TB)]),
        ("3", "加强饮用水水源地保护", [("县生态环境局", L, TB), ("县水利局", S, TB), ("各乡镇人民政府", S, TB)]),
    ],
    # a rectification list a download site flattened onto the line of the text around it (header
    # and rows one blank apart, the signature run on after the last deadline): its rows back on
    # lines (was no task); the OCR space inside a cell stays the cell's (不 高)
    "scraped-flat-rectification-table.txt": [
        ("1", "县城污水处理厂进水浓度偏低，管网雨污混接问题突出",
         [("县住房和城乡建设局", L, TB), ("县水利局", S, TB), ("各乡镇人民政府", S, TB)]),
        ("2", "部分规模化养殖场粪污直排，资源化利用率不 高", [("县农业农村局", L, TB), ("市生态环境局XX分局", S, TB)]),
        ("3", "城区建筑工地扬尘管控不到位", [("县住房和城乡建设局", L, TB), ("县城市管理局", S, TB)]),
    ],
    # a department's own plan: its divisions under 牵头处室 / 责任科室, 单位（部门）, 牵头单位为A;
    # a date first in a label-less bracket; 部门及… splits; 以牵头单位为主 is prose
    "department-divisions.txt": [
        ("1", "开展道路运输安全专项整治", [("运输服务处", L, EX), ("安全监督处", S, EX), ("综合执法局", S, EX)]),
        ("2", "加强公路桥梁隧道隐患排查", [("公路局", L, EX), ("规划处", S, EX), ("财务处", S, EX)]),
        ("3", "推进水上交通安全整治", [("港航管理局", L, FL), ("海事局", S, EX)]),
        ("4", "开展安全生产执法检查", [("综合执法局", L, EX), ("各市交通运输局", S, EX)]),
        ("5", "健全应急救援体系", [("应急办", L, EX), ("科技处", S, EX)]),
        ("6", "加强从业人员安全培训", [("人事教育处", L, EX), ("厅直各单位", S, EX), ("各市交通运输局", S, EX)]),
        ("7", "落实安全生产责任制", []),
    ],
    # a county bureau's own plan: its 股 under 牵头股室 / 配合股室 (were lost), its party committee
    # and the discipline group stationed in it (驻局纪检监察组: the clause was lost)
    "county-bureau-sections.txt": [
        ("1", "抓好粮食生产", [("种植业股", L, EX), ("综合股", S, EX), ("执法股", S, EX)]),
        ("2", "开展农资打假专项行动", [("执法股", L, EX), ("县公安局", S, EX), ("县市场监管局", S, EX)]),
        ("3", "加强机关党的建设", [("机关党委", L, EX), ("驻局纪检监察组", S, EX), ("局办公室", S, EX)]),
        ("4", "推进农业农村信息化", [("信息中心", L, EX), ("各股室", S, EX), ("局属各单位", S, EX)]),
        ("5", "做好机关后勤保障", [("办公室", L, EX), ("县政府办公室", S, EX)]),
    ],
    # a provincial plan: units carrying the task out locally (…负责落实 after the departments'
    # duty note) support; a bracket holding two sentences; 南昌市、九江市等设区市人民政府
    "local-implementation.txt": [
        ("1", "严控新增产能", [("省发展改革委", L, FL), ("省工业和信息化厅", S, EX), ("各设区市人民政府", S, EX)]),
        ("2", "推进重点行业绩效分级", [("省生态环境厅", L, EX), ("省工业和信息化厅", S, EX), ("各设区市人民政府", S, INH)]),
        ("3", "有序推进燃煤锅炉关停整合",
         [("省市场监管局", L, FL), ("省能源局", S, EX), ("南昌市", S, EX), ("九江市", S, EX), ("各设区市人民政府", S, INH)]),
        ("4", "推进清洁取暖", [("各设区市人民政府", L, EX)]),
    ],
    # labels on their own lines under a heading whose items partly name units: the heading's
    # clause is that of the items naming none (before, they were tasks without a clause)
    # one blank (or an ideographic space) between unit names after a unit label separates them
    # (the OCR-space clean-up joined them into one unit); in narrative it is still removed
    "space-separated-units.txt": [
        ("1", "推进义务教育优质均衡发展",
         [("县教体局", L, EX), ("县财政局", S, EX), ("县人社局", S, EX), ("县住建局", S, EX)]),
        ("2", "加强教师队伍建设", [("县教体局", L, FL), ("县委编办", S, EX), ("县人社局", S, EX)]),
        ("3", "推进县城学校扩容", [("县教体局", L, FL), ("县自然资源局", S, EX)]),
        # and after a lead verb before the next unit (it read as one unit 县文旅局牵头县财政局)
        ("4", "推进文化惠民工程", [("县文旅局", L, EX), ("县财政局", S, EX)]),
    ],
    "heading-labels-over-items.txt": [
        ("1", "整治背街小巷", [("县住建局", L, EX), ("县城管局", S, EX), ("县交通运输局", S, EX)]),
        ("2", "规范户外广告", [("县住建局", L, EX), ("县城管局", S, EX), ("县交通运输局", S, EX)]),
        ("3", "加强停车管理", [("县公安局", L, FL)]),
        ("4", "深化新时代文明实践", [("县委宣传部", L, EX)]),
        ("5", "开展志愿服务活动", [("县团委", L, FL), ("县文明办", S, EX)]),
    ],
    # label lines under a top-level 一、: not a lost heading, and not one task of the whole
    # section: they lead the section's (一) (二) (labels under a （一） over 1. 2.: above)
    "section-label-lines.txt": [
        ("（一）", "开展占道经营整治", [("区城管局", L, FL)]),
        ("（二）", "加强户外广告管理", [("区城管局", L, FL)]),
        ("（一）", "完善分类设施", [("区城管局", L, EX), ("各街道办事处", S, EX)]),
        ("（二）", "强化宣传引导", [("区城管局", L, EX), ("各街道办事处", S, EX)]),
    ],
    # the same under headings that lost their numbers (the document's title above them stands
    # apart); an item with its own clause keeps it
    "unnumbered-heading-labels.txt": [
        ("1", "开展占道经营整治", [("区城管局", L, FL)]),
        ("2", "加强户外广告管理", [("区城管局", L, FL)]),
        ("1", "完善分类设施", [("区城管局", L, EX), ("各街道办事处", S, EX)]),
        ("2", "强化宣传引导", [("区文明办", L, FL)]),
    ],
    # a 五年规划 that titles no paragraph: numbered titles over paragraphs are its tasks
    # (none before); the safeguard chapter holds none
    "plan-headed-items.txt": [
        ("一", "加强堤防建设", []),
        ("二", "提升山洪灾害防御能力", []),
        ("三", "推进城乡供水一体化", []),
    ],
    # a page whose paragraphs (of several sentences each) a scraper joined with spaces onto
    # one line: the item numbers after spaces count on, 1 2 3, so the breaks come back
    "flattened-paragraphs.txt": [
        ("1", "持续破除市场准入壁垒", [("县发展改革局", L, EX), ("县市场监管局", S, EX), ("县司法局", S, EX)]),
        ("2", "完善公平竞争审查机制", [("县市场监管局", L, EX)]),
        ("3", "健全涉企收费长效监管机制", [("县市场监管局", L, EX), ("县财政局", S, EX), ("县发展改革局", S, EX)]),
        ("4", "完善融资支持政策制度", [("县金融服务中心", L, EX), ("人民银行XX县支行", S, EX)]),
        ("5", "强化人才和用工需求保障", [("县人力资源社会保障局", L, EX)]),
    ],
    # a 责任清单 by unit whose items open with their partner: 配合A (A leads, the heading's unit
    # supports), 会同A (A supports), 参与… (the heading's unit supports, no lead named)
    "unit-list-partners.txt": [
        ("1", "牵头推进社会信用体系建设，完善信用修复机制", [("区发展改革委", L, EX)]),
        ("2", "配合区市场监管局、区司法局做好公平竞争审查工作",
         [("区市场监管局", L, FL), ("区司法局", S, EX), ("区发展改革委", S, EX)]),
        ("3", "负责开展涉企违规收费专项整治", [("区市场监管局", L, EX)]),
        ("4", "会同区司法局推进包容审慎监管", [("区市场监管局", L, EX), ("区司法局", S, EX)]),
        ("5", "参与全区营商环境评价工作", [("区市场监管局", S, EX)]),
    ],
    "bare-role-labels.txt": [
        ("1", "推进农村厕所革命", [("县农业农村局", L, EX), ("县卫生健康委", S, EX), ("县财政局", S, EX)]),
        ("2", "推进农村生活污水治理", [("县生态环境局", L, EX), ("县住建局", S, EX), ("各乡镇", S, EX)]),
        ("3", "健全长效管护机制", [("县农业农村局", L, FL), ("县财政局", S, EX), ("各乡镇", S, EX)]),
        ("4", "开展村庄清洁行动", [("县农业农村局", L, EX), ("县妇联", S, EX), ("团县委", S, EX)]),
        ("5", "提升村容村貌",
         [("县住建局", L, EX), ("县自然资源局", S, EX), ("各乡镇人民政府", S, EX)]),
    ],
    # A plan that went through OCR and a portal: colons lost (牵头单位县民政局) or read as ∶ / ；/ ，,
    # traditional characters in the labels (牽头單位), portal lines inside a paragraph, a label
    # whose colon was lost at a line end. Read as the clean plan is.
    "ocr-damaged-labels.txt": [
        ("1", "完善养老服务设施", [("县民政局", L, EX), ("县财政局", S, EX), ("县卫健委", S, EX)]),
        ("2", "推进适老化改造", [("县住建局", L, EX), ("县自然资源局", S, EX)]),
        ("3", "发展农村互助养老", [("县农业农村局", L, EX), ("县民政局", S, EX), ("各乡镇人民政府", S, EX)]),
        ("4", "加强养老护理队伍建设", [("县人社局", L, EX), ("县民政局", S, EX)]),
        ("5", "提升医养结合水平", [("县卫健委", L, FL), ("县医保局", S, EX), ("县民政局", S, EX)]),
        ("6", "强化养老服务监管", [("县市场监管局", L, FL), ("县民政局", S, EX)]),
    ],
    # scan damage to marks: a label's colon read as a dot (牵头单位·A / 配合单位.B), a bracket pair
    # half full-width (各乡镇(街道）), names hyphenated at a line's end (县生态环- / 境局, 由县行政审- /
    # 批局牵头), a line printed twice (task 1's clause), item 1 numbered l., the running title inside
    # task 2's sentence; near misses in the last
    # paragraph (流域- / 河口-近岸, 牵头单位.县水利局要…) stay prose.
    "ocr-scan-marks.txt": [
        ("1", "加强河湖水域岸线管控", [("县水利局", L, EX), ("县自然资源局", S, EX), ("县农业农村局", S, EX)]),
        ("2", "推进河湖“清四乱”常态化", [("县水利局", L, EX), ("县公安局", S, EX), ("各乡镇（街道）人民政府", S, EX)]),
        ("3", "加强入河排污口监管", [("县生态环境局", L, EX), ("县水利局", S, EX), ("县住房和城乡建设局", S, EX)]),
        ("4", "强化水源地保护", [("县行政审批局", L, EX), ("县卫生健康委员会", S, EX)]),
    ],
    # a sharing site's copy run together onto one line, its 一 of a heading read as a dash inside
    # the line (。—、工作目标 / 二、主要任务（—）推进… / 三、保障措施（—）…): the headings are headings again
    # (the items were one paragraph each, the site's name the first one's title); near misses
    # stay: 收集率（—）较上年提高 (a missing value) and （2021—2023年）.
    "scraped-run-together-dash-headings.txt": [
        ("（一）", "推进化肥农药减量增效", [("市农业农村局", L, EX), ("市供销社", S, EX), ("各镇街", S, EX)]),
        ("（二）", "加强畜禽养殖污染防治", [("市农业农村局", L, EX), ("长沙市生态环境局宁乡分局", S, EX)]),
        ("（三）", "推进水产养殖尾水治理", [("市农业农村局", L, EX), ("市水利局", S, EX)]),
    ],
    # a 督察 整改方案 copied run together onto one line: each problem's fields run onto its title
    # (…问题整改目标：…。整改措施：1.…。2.…。牵头单位：A责任单位：B整改时限：…): the problem is the task,
    # its measures its text, the fields after the last measure's stop its clause (the measures were
    # the tasks, the last holding the units); near miss: (三)'s measures, each with its own
    # clause, stay tasks.
    "scraped-rectification-problems-run-together.txt": [
        ("（一）", "城区污水管网雨污混接问题", [("县住建局", L, EX), ("县财政局", S, EX), ("城关镇", S, EX)]),
        ("（二）", "部分养殖场粪污直排问题",
         [("县农业农村局", L, EX), ("襄阳市生态环境局南漳分局", S, EX), ("各乡镇", S, EX)]),
        ("1", "开展沿岸垃圾清理", [("县城管局", L, EX)]),
        ("2", "建立巡查保洁机制", [("县水利和湖泊局", L, EX)]),
    ],
    # page marks in a sharing site's copy run together: a 分工表's row cut by the page's mark on a
    # line of its own (…3 加强设施运维 县农业农村局 / 2 / 3 / 各乡镇、县城管局 2021年12月底前: the row's
    # units were lost) and 第3页 alone between a problem's last measure and its fields (the fields
    # were the last measure's clause); near misses: 详见附件第2页, 见第3页至第4页 stay in the text.
    "scraped-page-marks-cutting-lines.txt": [
        ("（一）", "完善收运体系", [("县城管局", L, TB), ("县财政局", S, TB), ("各乡镇", S, TB)]),
        ("（二）", "推进源头分类", [("县城管局", L, TB), ("县农业农村局", S, TB)]),
        ("（三）", "加强设施运维", [("县农业农村局", L, TB), ("各乡镇", S, TB), ("县城管局", S, TB)]),
        ("（一）", "部分乡镇垃圾中转站渗滤液收集不规范的问题",
         [("县城管局", L, EX), ("安庆市岳西县生态环境分局", S, EX), ("各乡镇", S, EX)]),
    ],
    # a sharing site's page counter and page numbers run into a copy run together: 3/7 inside a
    # name (区工业和信息3/7化局), 4 / 7 after a heading's number (（四）4 / 7加强…: the item was lost into
    # the one before), a bare number inside a role word (配4合 / 牵5头单位: the name read 分局配4合, the
    # label unread); near misses stay: 约2/3的涉VOCs企业, 第3/4季度.
    "scraped-page-counters-run-in.txt": [
        ("（一）", "推进VOCs源头替代",
         [("清远市生态环境局清城分局", L, EX), ("区工业和信息化局", S, EX), ("区市场监管局", S, EX)]),
        ("（二）", "加强油品储运销监管", [("区市场监管局", L, EX), ("区商务局", S, EX), ("清远市生态环境局清城分局", S, EX)]),
        ("（三）", "强化移动源管控", [("清远市公安局交警支队清城大队", L, EX), ("清远市生态环境局清城分局", S, EX)]),
        ("（四）", "加强扬尘精细化管控", [("区住房城乡建设局", L, EX), ("区城市管理和综合执法局", S, EX)]),
    ],
    # a scan's text wrapped at its lines: a label misread 贵任 and broken by the wrap (贵任单 / 位：A,
    # 贵任 / 单位：A: the label's units were read as leads, the first as 贵任单位：A), a page number
    # after a wrap inside a label (（责 / 3任单位：A: no unit read), page numbers inside names
    # (巿水务 2 局, 巿住建4局), page numbers on lines of their own inside a label (牵头单位 / 4 / ：A,
    # 贵任单 / 5 / 位：B), a dashed one after an OCR'd ASCII colon (牵头单位: - 6 - A) and a bare one on a
    # line of its own after a list's 、 (巿住建局、 / 7 / 巿工信局，: read 7市工信局); near
    # misses: 3个批次, 约2/3的乡镇 stay.
    "ocr-wrapped-labels-page-numbers.txt": [
        ("（一）", "完善城区污水管网", [("市住建局", L, EX), ("市财政局", S, EX), ("市自然资源局", S, EX)]),
        ("（二）", "提升乡镇污水处理设施运行水平",
         [("毕节市生态环境局黔西分局", L, EX), ("市住建局", S, EX), ("各乡镇人民政府", S, EX)]),
        ("（三）", "推进农村生活污水治理", [("市农业农村局", L, FL)]),
        ("（四）", "加强污水处理费征收管理", [("市发展改革局", L, EX), ("市水务局", S, EX), ("市住建局", S, EX)]),
        ("（五）", "推进污泥无害化处置", [("市住建局", L, EX), ("市生态环境分局", S, EX)]),
        ("（六）", "加强排水户监管", [("市城管局", L, EX), ("市住建局", S, EX)]),
        ("（七）", "推进再生水利用", [("市水务局", L, EX), ("市住建局", S, EX), ("市工信局", S, EX), ("各乡镇人民政府", S, EX)]),
    ],
    # PDF lines that end inside a name or a clause: a clause's bracket left open on a short line
    # (（省住房 / 城乡建设厅牵头…）), a paragraph's third line with no 。 of its own (…落实，不 / 再列出）).
    "wrapped-inside-names.txt": [
        ("1", "加快专项债券发行使用",
         [("省财政厅", L, EX), ("省发展改革委", L, EX), ("省直有关单位", S, EX), ("各设区市人民政府", S, EX)]),
        ("2", "强化重大项目要素保障",  # (the marker closing it is said of it and the tasks below)
         [("省自然资源厅", L, EX), ("省生态环境厅", S, EX), ("省林业局", S, EX), ("各设区市人民政府", S, INH)]),
        ("3", "推进城市更新",
         [("省住房城乡建设厅", L, EX), ("省发展改革委", S, EX), ("省财政厅", S, EX), ("各设区市人民政府", S, INH)]),
        ("4", "扩大消费需求", [("省商务厅", L, EX), ("省文化和旅游厅", S, EX), ("各设区市人民政府", S, INH)]),
    ],
    # an item naming no unit before the first item with units and after the last, in a plan
    # numbered without chapters, is a task without a lead (1 and 4 were dropped); near misses:
    # 5.加强组织领导 names no work, the closing sentence and the signature are no tasks
    "items-before-and-after.txt": [
        ("1", "稳定粮食播种面积", []),
        ("2", "抓好农资供应保障", [("县市场监管局", L, FL), ("县农业农村局", S, EX)]),
        ("3", "强化农业技术服务", [("县农业农村局", L, FL)]),
        ("4", "做好防灾减灾工作", []),
    ],
    # near miss of the above: an opening item urging awareness (充分认识…的重要意义) names no work
    # (was a task without a lead); 4.严格值班值守 after the last item with units is one
    "items-before-awareness.txt": [
        ("2", "强化火源管控", [("县林业局", L, EX), ("各乡镇人民政府", S, EX)]),
        ("3", "加强隐患排查", [("县应急管理局", L, EX)]),
        ("4", "严格值班值守", []),
    ],
    # ①② without units closed by one clause are parts of their item (2: ① was dropped and ② was
    # the task, 3 the same with the clause closing ②); ①②③ with clauses of their own are tasks,
    # one without beside them a task without a lead, and so is a lone ① with its own clause
    "circled-parts.txt": [
        ("1", "深化工业污染治理", [("县生态环境局", L, FL), ("县工信局", S, EX)]),
        ("2", "加强移动源污染防治", [("县公安局", L, FL), ("县交通运输局", S, EX)]),
        ("3", "推进城市更新", [("县住建局", L, FL)]),
        ("①", "保障用地需求", [("县自然资源局", L, FL)]),
        ("②", "强化融资支持", []),
        ("③", "加强用工服务", [("县人社局", L, FL)]),
        ("①", "建设社区卫生服务中心2个", [("县卫健局", L, FL)]),
    ],
    # a heading's own clause leads its titled paragraphs that name no unit (the heading was one
    # task, its paragraphs its text); near misses: one paragraph, or paragraphs not titled
    # (近年来，… / 同时，…), stay the heading's text
    "heading-clause-paragraphs.txt": [
        ("", "强化农药兽药残留治理", [("市农业农村局", L, EX)]),
        ("", "严格产地准出管理", [("市农业农村局", L, EX)]),
        ("", "强化生产经营环节监管", [("市市场监管局", L, EX)]),
        ("", "严厉打击违法犯罪", [("市公安局", L, FL)]),
        ("（三）", "加强风险监测", [("市卫生健康委", L, EX)]),
        ("（四）", "加强宣传教育", [("市委宣传部", L, EX)]),
    ],
    # 二、加强民生保障 is work (its items were dropped as a safeguard chapter's); 三、保障措施 is not
    "welfare-chapter.txt": [
        ("（一）", "壮大实体经济", [("县工信局", L, FL)]),
        ("（二）", "扩大有效投资", [("县发改局", L, FL)]),
        ("（一）", "稳定和扩大就业", []),
        ("（二）", "提高医疗保障水平", []),
    ],
    "processing-times.txt": [
        ("1", "新生儿出生一件事", [("县卫健局", L, TB), ("县公安局", S, TB), ("县医保局", S, TB)]),
        ("2", "企业信息变更一件事", [("县市场监管局", L, TB), ("县税务局", S, TB)]),
        ("3", "企业开办一件事", [("县市场监管局", L, TB), ("县税务局", S, TB), ("县人社局", S, TB)]),
    ],
    "spring-festival-issued.txt": [
        ("（一）", "完成灌溉渠道清淤整治", [("县水利局", L, FL)]),
        ("（二）", "做好农村饮水安全保障", [("县水利局", L, FL)]),
        ("（三）", "开展冬季植树造林", [("县林业局", L, FL)]),
    ],
    # phase headings and lines hold no task: their items are the tasks (deadlines: test below)
    "phase-deadlines.txt": [
        ("1", "召开全县动员部署会议，印发实施方案", [("县农业农村局", L, FL)]),
        ("2", "各乡镇制定具体实施方案，5月底前报县农业农村局备案", [("各乡镇人民政府", L, FL)]),
        ("1", "开展村庄清洁行动，清理农村生活垃圾", [("各乡镇人民政府", L, FL), ("县城管局", S, EX)]),
        ("2", "推进农村改厕问题整改", [("县农业农村局", L, FL)]),
        ("1", "开展考核验收，总结推广典型经验", [("县农业农村局", L, FL)]),
    ],
    # near miss of phase-lines: a date alone on a line of item 1's text is item 1's deadline (items
    # 2 and 3 took it as a phase's: test_a_phase_gives_its_period_to_its_items_without_a_deadline)
    "item-date-line.txt": [
        ("1", "推行“一件事一次办”", [("县政务服务中心", L, EX)]),
        ("2", "深化“证照分离”改革", [("县市场监管局", L, EX)]),
        ("3", "规范涉企检查", [("县司法局", L, EX)]),
    ],
    "phase-lines.txt": [
        ("1", "制定专项整治工作方案", [("市住建局", L, EX)]),
        ("2", "组织开展宣传发动", [("市委宣传部", L, EX), ("市住建局", S, EX)]),
        ("3", "全面排查燃气安全隐患", [("市住建局", L, EX), ("市市场监管局", S, EX), ("市应急管理局", S, EX)]),
        ("4", "建立长效管理机制", [("市住建局", L, EX)]),
    ],
    # 二、非防火期 over one paragraph: the task is titled by its work, not by the phase
    "period-headings.txt": [
        ("1", "严格野外火源管理，全面禁止野外用火", [("县林业局", L, FL), ("各乡镇人民政府", S, EX)]),
        ("2", "加强火情监测预警", [("县气象局", L, FL)]),
        ("二", "开展防火道路和蓄水池建设", [("县林业局", L, FL)]),
    ],
    "stated-deadlines.txt": [
        ("（一）", "开展重大事故隐患排查", [("县应急管理局", L, EX)]),
        ("（二）", "加强道路交通安全整治，9月底前完成隐患路段整治", [("县公安局", L, EX)]),
        ("（一）", "建立隐患排查长效机制", [("县应急管理局", L, EX)]),
    ],
    "stated-deadlines-above.txt": [
        ("（一）", "实施农村供水工程改造", [("县水利局", L, FL)]),
        ("（二）", "加强水质检测", [("县卫健局", L, FL)]),
        ("（三）", "推进城乡供水一体化", [("县水利局", L, FL)]),
        ("（一）", "落实工程管护责任", [("各乡镇人民政府", L, FL)]),
    ],
    # stop 21 blind probe of damaged copies: a rectification list copied one cell a line whose
    # header names 存在问题 / 整改目标及措施 / 责任县领导 columns (was no table: the header
    # stopped at 存在问题, so nothing was read); the person in 责任县领导 is no unit
    "rectify-cells-per-line.txt": [
        ("一", "整改要求", []),
        ("1", "乡镇卫生院基础设施薄弱，设备配置不足", [("县卫健委", L, TB), ("县财政局", S, TB), ("县发改委", S, TB)]),
        ("2", "农村学校寄宿条件较差", [("县教体局", L, TB), ("县财政局", S, TB), ("相关乡镇人民政府", S, TB)]),
    ],
    # ①②③ items whose 【责任单位】 list closes its line without a stop: the next item's line is
    # not joined to it (was 区直各单位②推广新能源公务用车 as a unit, ② lost as an item)
    "circled-items-joined.txt": [
        ("①", "推进公共机构节能改造", [("区机关事务服务中心", L, EX), ("区直各单位", S, EX)]),
        ("②", "推广新能源公务用车", [("区机关事务服务中心", L, EX), ("区财政局", S, EX)]),
        ("③", "开展节水型机关创建", [("区水利局", L, EX)]),
        ("④", "推行无纸化办公", [("区委办公室", L, EX), ("区政府办公室", L, EX), ("区数据局", S, EX)]),
    ],
    # a PDF copy's page number between blank lines inside a label's unit list (市生态 / — 3 — /
    # 环境局): the blank lines go with the number and the name reads whole (was 市生态 a unit,
    # 环境局 lost); a page break between two items leaves them two tasks
    "page-break-blank-lines.txt": [
        ("1", "开展排水管网排查", [("市城市管理局", L, EX), ("市住房和城乡建设局", S, EX), ("市水利局", S, EX),
                               ("各区人民政府", S, EX), ("市生态环境局", S, EX)]),
        ("2", "推进易涝点改造", [("市住房和城乡建设局", L, EX), ("市城市管理局", S, EX), ("市交通运输局", S, EX)]),
        ("3", "完善应急预案", []),
        ("4", "加强预警发布", [("市气象局", L, EX), ("市应急管理局", S, EX)]),
    ],
    # stop 23 blind probe of damaged copies: a division table copied out of a PDF one cell a line
    # with a page break inside a unit cell (县科学 / — 2 — / 宁政办发〔2024〕12号 / 技术局) and the
    # last page's number after the last row: the number and the running head are no cells (were
    # 县科学—2— a lead, row 3's units all leads and —3— a support); a name's bracket wrapped onto
    # its own line (各乡镇 / （街道）) joins the name (was （街道） a unit, the lead lost)
    "cells-per-line-page-mark.txt": [
        ("1", "推进小微企业园提升改造", [("县经信局", L, TB), ("县自然资源和规划局", S, TB), ("各乡镇（街道）", S, TB)]),
        ("2", "实施企业技术改造专项行动", [("县经信局", L, TB), ("县财政局", S, TB), ("县科学技术局", S, TB)]),
        ("3", "培育高新技术企业", [("县科技局", L, TB), ("县税务局", S, TB), ("县市场监管局", S, TB)]),
    ],
    # stop 23 blind probe: a PDF's division table exported with ONE blank between cells, a cell
    # the layout wrapped going on on the next line beside the rest of the other wrapped cells
    # (…规上企 … 财政金融局 / 业达到120家, …数字经济局、 / 建设 国有资产监督管理局): each rest
    # joins its cell (was one row read, 各园区管 a unit, rows 2-4 lost); the prose line under the
    # table stays out of it
    "single-space-table-wrapped.txt": [
        ("1", "建设人工智能算力中心", [("数字经济局", L, TB), ("发展改革局", S, TB), ("各园区管理办公室", S, TB)]),
        ("2", "培育软件和信息服务企业，规上企业达到120家", [("数字经济局", L, TB), ("财政金融局", S, TB)]),
        ("3", "推进工业互联网标识解析二级节点建设", [("工业和信息化局", L, TB), ("数字经济局", S, TB), ("国有资产监督管理局", S, TB)]),
        ("4", "开展中小企业数字化转型诊断服务", [("工业和信息化局", L, TB), ("数字经济局", S, TB), ("各街道办事处", S, TB)]),
    ],
    # an OCR'd list whose wrapped cells' rests do not stand under their columns (市生 / 态环境局):
    # a name's end goes back to the unit cell the layout cut (was 市生 a unit, 态环境局 on the
    # task, 各县（市、区） without its 政府)
    # (its label's 排名第一的为牵头单位: the first unit's lead is the table's, was first_listed)
    "ocr-table-unaligned-wrap.txt": [
        ("1", "完成城镇污水处理厂提标改造工程", [("市住房城乡建设局", L, TB), ("市生态环境局", S, TB)]),
        ("2", "开展入河排污口排查整治", [("市生态环境局", L, TB), ("市水利局", S, TB), ("各县（市、区）政府", S, TB)]),
        ("3", "推进工业园区污水集中处理设施建设", [("市工业和信息化局", L, TB), ("市城市管理综合行政执法局", S, TB)]),
        ("4", "加强饮用水水源地保护", [("市生态环境局", L, TB), ("市水利局", S, TB)]),
    ],
    # a web page's table pasted one cell a line with no 序号 column: rows read a header's width
    # of lines at a time while the unit cells read as units (was nothing read: no serial number)
    "cells-per-line-no-serial.txt": [
        ("", "推行涉企经营许可“一业一证”改革", [("县行政审批局", L, TB), ("县市场监管局", S, TB), ("各乡镇", S, TB)]),
        ("", "开展招投标领域突出问题专项整治", [("县发改局", L, TB), ("县公安局", S, TB), ("县财政局", S, TB)]),
        ("", "建立企业诉求“直通车”机制", [("县工商联", L, TB), ("县直各有关部门", S, TB)]),
    ],
    # a .doc saved as GB18030 text: Word's manual line breaks (\x0b) and a page break (\x0c, as
    # pdftotext writes too) are line breaks (was refused as a binary file; in UTF-8, \f（３）
    # opened no item and ran into item （２）)
    "doc-text-form-feeds.txt": [
        ("（1）", "推进农村改厕", [("县农业农村局", L, EX), ("县卫健局", S, EX), ("各乡镇人民政府", S, EX)]),
        ("（2）", "治理生活污水", [("县生态环境分局", L, EX)]),
        ("（3）", "清理村庄垃圾", [("县住建局", L, EX), ("各乡镇人民政府", S, EX)]),
    ],
    # a PDF copy of a notice whose attachment repeats the plan's own title at each page's top
    # (not one of the cover letter's first lines): inside a unit list it is dropped (was
    # 各县市区XX市2024年…工作安排人民政府 / 市文旅XX市…局 cut, both units lost)
    "running-title-header.txt": [
        ("1", "开展高层建筑消防安全专项治理", [("市消防救援支队", L, EX), ("市住建局", S, EX), ("各县市区人民政府", S, EX)]),
        ("2", "整治电动自行车违规充电", [("市住建局", L, EX), ("市市场监管局", S, EX), ("市消防救援支队", S, EX)]),
        ("3", "加强人员密集场所检查", [("市消防救援支队", L, EX), ("市商务局", S, EX), ("市教育局", S, EX), ("市文旅局", S, EX)]),
        ("4", "加强消防宣传教育", [("市委宣传部", L, EX), ("市消防救援支队", S, EX)]),
    ],
    # a blank-separated table out of a PDF whose narrow first columns are one blank apart in the
    # header (序号 工作任务    牵头单位 …): read by its columns (was no table: 序号工作任务 joined)
    "pdf-table-one-blank-header.txt": [
        ("1", "推进老旧供水管网更新改造，完成改造30公里", [("市水务集团", L, TB), ("市住建局", S, TB), ("市财政局", S, TB)]),
        ("2", "建设应急备用水源工程", [("市水利局", L, TB), ("市自然资源局", S, TB)]),
        ("3", "开展二次供水设施专项整治", [("市住建局", L, TB), ("市卫生健康委", S, TB)]),
    ],
    # an item of a chapter read as safeguards by its title (二、加强法治保障 in a 营商环境 plan,
    # 三、保障措施) that gives its work to a named unit is that unit's task: opening with the unit,
    # in the sentence after its title (加强组织领导。A负责统筹协调。) or after a comma (强化督查考核，A
    # 负责跟踪督办) (the last two were dropped with the chapter, their units' work lost); near misses
    # stay out: an exhortation (各部门要…), a paragraph below an item (区司法局负责法治宣传。), a body
    # set up (成立领导小组，办公室设在A), a share of the streets (各街道负责…), a roll of parties after an
    # exhortation (各级党委和政府要…。区人大…，区法院…要…) and a principle (在区委统一领导下，区政府负责…);
    # 加强法治保障 is a chapter of work all the same, so its item without a unit (营造良好法治氛围)
    # is a task without a lead
    # an unbracketed label closing the last item, then a blank line and the plan's signature with
    # its date: the label's list ends with its line (was one unit, 各有关部门吉安市生态环境保护委员会
    # 办公室: the clean-up joined the signature to the line it took for a sentence broken mid-way)
    "signature-after-last-label.txt": [
        ("（一）", "实施空气质量持续改善行动", [("市生态环境局", L, EX), ("市发展改革委", S, EX), ("市工业和信息化局", S, EX)]),
        ("（二）", "加强扬尘精细化管控", [("市住房城乡建设局", L, FL), ("市城管局", S, EX)]),
        ("（三）", "加强生态环境监测能力建设", [("市生态环境局", L, FL)]),
        ("（四）", "加强生态环境法治建设", [("各有关部门", L, FL)]),
    ],
    # a safeguards item whose sentence gives its work to a named unit with 要, as with 负责: a
    # place's finance bureau written by its field (县财政要加大…投入: was prose, the item dropped
    # unflagged) and a bureau with its partner (县公安局要会同县生态环境局…); near misses stay out:
    # exhortations to everyone (各级各部门要高度重视 / 各部门要加强宣传), the finances of every
    # level (各级财政要加大投入) and who answers for the whole plan (县委、县政府对本方案实施负总责:
    # was a task led by 县委, as a blind probe's 规划 found)
    "safeguard-unit-yao.txt": [
        ("（一）", "推进工业企业深度治理", [("泰和生态环境局", L, EX), ("县工信局", S, EX)]),
        ("（二）", "加强扬尘污染管控", [("县住建局", L, EX), ("县城管局", S, EX)]),
        ("（三）", "推进城镇污水处理提质增效", [("县住建局", L, EX)]),
        ("（四）", "强化资金保障", [("县财政", L, EX)]),
        ("（五）", "加强执法联动", [("县公安局", L, EX), ("县生态环境局", S, EX)]),
    ],
    # half-width brackets inside names (各乡镇(街道) / 各县(市、区)人民政府), in a label, a bracket, an
    # inheritance marker and beside the full-width form: the mention is the name's canonical form
    # (各乡镇（街道）, as normalise_mention reads the text its span points at: was 各乡镇(街道),
    # failing the span check); 各乡镇（街道） and 各乡镇(街道) are one unit of item (三)
    "half-width-brackets.txt": [
        ("(一)", "健全收运处置体系", [("县城管局", L, FL), ("县农业农村局", S, EX), ("各乡镇（街道）", S, INH)]),
        ("(二)", "推进垃圾分类减量", [("县城管局", L, FL), ("各乡镇（街道）", S, INH)]),
        ("(三)", "推进农村户厕改造", [("县农业农村局", L, EX), ("县卫健委", S, EX), ("各乡镇（街道）", S, EX)]),
        ("(四)", "加强公厕管护", [("各乡镇（街道）", L, EX)]),
        ("(五)", "推进厕所粪污治理", [("各县（市、区）人民政府", L, FL), ("县生态环境局", S, EX)]),
    ],
    # a 规划's safeguards chapter written in sections (第三章 规划实施保障 / 第三节 加强评估考核 /
    # 市生态环境局会同有关部门对规划实施情况开展中期评估和终期评估…): a section whose paragraph opens
    # by giving the work to a named unit is that unit's task, as an item so written is (it was
    # dropped: a 规划 names who evaluates it, as its 分工方案 lists 规划实施评估 with a lead); the
    # sections of exhortations to every level (各级党委和政府要… / 各级政府要加大…投入) and of who
    # answers for the whole plan (市委、市政府对规划实施负总责: the place's leadership) stay out
    "plan-safeguard-section-evaluation.txt": [
        ("第一节", "推进大气污染防治", [("市生态环境局", L, EX), ("市工业和信息化局", S, EX)]),
        ("第二节", "推进水污染防治", [("市住房城乡建设局", L, EX), ("市水利局", S, EX)]),
        # (会同有关部门: those concerned support, as in a clause; were lost)
        ("第三节", "加强评估考核", [("市生态环境局", L, EX), ("有关部门", S, EX)]),
    ],
    "safeguard-unit-items.txt": [
        ("（一）", "推进“一网通办”", [("区行政审批局", L, FL)]),
        ("（二）", "深化“证照分离”改革", [("区市场监管局", L, FL)]),
        ("（一）", "区人民法院负责完善破产审判工作机制，提高破产案件审理效率", [("区人民法院", L, EX)]),
        ("（二）", "区人民检察院负责依法惩治侵害企业合法权益的犯罪", [("区人民检察院", L, EX)]),
        ("（三）", "营造良好法治氛围", []),
        ("（一）", "加强组织领导", [("区发展改革局", L, EX)]),
        ("（二）", "区财政局负责落实工作经费", [("区财政局", L, EX)]),
        ("（三）", "强化督查考核，区委督查室负责跟踪督办", [("区委督查室", L, EX)]),
        # 四、工作要求 in titled paragraphs: one giving its work to a unit is its task, as an item is;
        # near misses: an exhortation (各街道要高度重视) and an untitled closing sentence (区商务委要会同
        # 区财政局建立调度机制…: the chapter's requirement, no task)
        ("", "强化宣传引导", [("区融媒体中心", L, EX)]),
    ],
    # the plan's closing words, its units in the sentence (no labels): a paragraph after the last
    # item of a list whose items named their units (县委组织部要会同有关部门加强督促检查，确保各项任务
    # 落到实处) and one under a chapter of requirements alone (二、工作要求 / 师市发改委要会同师市住建局
    # 建立项目调度机制…) are no tasks (each was one more, led by its unit); near misses stay: a
    # paragraph between items of the list (县财政局要会同…做好扶持资金拨付, then 3.…), the chapter's
    # items, one in a sentence (A要会同B制定…) and one labelled (（责任单位：师市督查室）)
    "closing-words-after-list.txt": [
        ("1", "开展软弱涣散村党组织整顿", [("县委组织部", L, EX), ("各乡镇党委", S, EX)]),
        ("2", "推进村级集体经济发展", [("县农业农村局", L, EX), ("县财政局", S, EX)]),
        ("", "县财政局要会同县农业农村局做好扶持资金拨付", [("县财政局", L, EX), ("县农业农村局", S, EX)]),
        ("3", "加强党员教育管理", [("县委组织部", L, EX)]),
    ],
    # … and closing words telling named units what to do (县应急管理局、各乡镇要加强值班值守…) after
    # the last item, with a clause on the line after them (县委督查室要会同…): no more of the last
    # item, no task (were the item's text and one more task titled by them, led by 县委督查室); near
    # miss: such a line before the next item stays its item's text (test below)
    "closing-words-told.txt": [
        ("（一）", "加强隐患排查", [("县水利局", L, EX), ("各乡镇", S, EX)]),
        ("（二）", "做好物资储备", [("县应急管理局", L, EX)]),
        ("（三）", "强化监测预警", [("县气象局", L, FL), ("县水利局", S, EX)]),
    ],
    "closing-chapter-requirements.txt": [
        ("（一）", "加快项目前期工作", [("师市住建局", L, EX), ("师市发改委", S, EX)]),
        ("（二）", "加强资金保障", [("师市财政局", L, EX)]),
        ("（三）", "强化质量监管", [("师市住建局", L, EX)]),
        ("（一）", "加强组织领导", [("师市住建局", L, EX), ("师市财政局", S, EX)]),
        ("（二）", "严格督查考核", [("师市督查室", L, FL)]),
    ],
    # minutes: what the meeting found (会议指出： over a list, or opening an item: 会议指出，A要加快…，
    # 部分区资金拨付缓慢) is no task (the list's items were tasks led by the unit they named, the
    # item one without a lead); near misses: the list after 会议要求： (numbered afresh) and the
    # items with 会议决定 / 会议同意 are the meeting's directives
    "minutes-observations.txt": [
        ("1", "市住建局要加快项目前期工作，确保6月底前全部开工", [("市住建局", L, EX)]),
        ("2", "市财政局要做好资金保障", [("市财政局", L, EX)]),
        ("（二）", "加快补助资金拨付", [("市财政局", L, EX), ("市住建局", S, EX)]),
        ("（三）", "推进管线迁改", [("市城管局", L, EX), ("市住建局", S, EX)]),
    ],
    # minutes whose items open with what the meeting heard and then give the work in a later
    # sentence (一、会议听取了A关于…的汇报。会议要求，A要…；B要…): the item is the directive's (was no
    # task at all); near misses: an item that heard a report and found something (会议认为，…),
    # approved a plan (会议原则同意A提出的方案) or only heard it stays no task
    "minutes-heard-then-directive.txt": [
        ("一", "会议听取了市生态环境局关于2023年度环境质量状况的汇报", [("市生态环境局", L, EX), ("市住建局", L, EX)]),
        ("二", "会议听取了市水利局关于河湖长制工作的汇报", [("市水利局", L, EX), ("市农业农村局", S, EX)]),
        ("五", "会议听取了市农业农村局关于秸秆禁烧工作的汇报", [("市农业农村局", L, EX), ("市公安局", S, EX)]),  # (on the next line)
        # (after a comma closing the report: the directive no part of the title)
        ("六", "会议听取了市城管局关于生活垃圾分类工作的汇报", [("市城管局", L, EX), ("市商务局", L, EX)]),
    ],
    # … and the first chapter holding clauses titled so (三、加强法治保障) does not make the plan's
    # earlier chapters of work a preamble: their items are tasks without a lead (were dropped)
    "baozhang-chapter-first-with-clauses.txt": [
        ("（一）", "深化“一网通办”改革", []),
        ("（二）", "压缩审批时限", []),
        ("（三）", "完善破产审判工作机制", [("县人民法院", L, EX), ("县司法局", S, EX)]),
        ("（四）", "规范涉企行政执法", [("县司法局", L, EX), ("县市场监管局", S, EX)]),
        ("（五）", "保障项目用地需求", [("县自然资源局", L, EX)]),
    ],
    # a markdown table (| 序号 | 任务 | 牵头单位 | 配合单位 | over |---|): its cells stand between
    # pipes, an empty one kept (rows 2–5 were lost, a row with an empty cell ending the table, and
    # a table written without blanks, |1|…|, was not read at all)
    # a table drawn in ASCII art (+----+ / | 1 | 推进… |, a PDF or a mail copied as text): each row
    # between two rules, its cells wrapped over as many lines as the widest needs (县发展改革 / 局),
    # the header over two (牵头 / 单位), a group row spanning it; the drawn 进度安排 and 联系人
    # tables after it name no work (the whole table was one task's text, no unit read)
    "drawn-ascii-table.txt": [
        ("1", "全面完成城中村和城乡结合部散煤清洁能源替代", [("县发展改革局", L, TB), ("县住房和城乡建设局", S, TB), ("各乡镇人民政府", S, TB)]),
        ("2", "开展砖瓦窑企业综合整治", [("县工业和信息化局", L, TB), ("县生态环境分局", S, TB)]),
        ("3", "提高城区道路机械化清扫率，达到85%以上", [("县城市管理局", L, TB)]),
    ],
    # a table copied out of a PDF, its narrow columns' labels wrapped (牵头 / 单位 under 牵头 /
    # 单位), group rows spanning it: the second header line is the labels' rest (the table ended
    # there: its rows were tasks of the chapter's text, no unit read)
    "aligned-table-header-two-lines.txt": [
        ("1", "推进沿江化工企业关改搬转，完成12家企业搬迁入园", [("县工信局", L, TB), ("县生态环境分局", S, TB), ("县应急管理局", S, TB)]),
        ("2", "开展工业园区污水集中处理设施提标改造", [("县经开区管委会", L, TB), ("县生态环境分局", S, TB)]),
        ("3", "推进畜禽粪污资源化利用，综合利用率达到90%", [("县农业农村局", L, TB), ("各乡镇人民政府", S, TB)]),
    ],
    # a table copied from a web page one cell a line, no blank lines, group rows (一、大气污染防治)
    # before the rows they open: each group's title is its rows' section (the table was not read
    # at all: the group row before row 1 kept the rows from being counted)
    "cells-one-a-line-group-rows.txt": [
        ("1", "开展冬季燃煤污染专项治理", [("区生态环境局", L, TB), ("区住建局", S, TB), ("区市场监管局", S, TB)]),
        ("2", "加强建筑工地扬尘管控", [("区住建局", L, TB), ("区城管局", S, TB)]),
        ("3", "推进城区雨污分流改造", [("区城管局", L, TB), ("各街道办事处", S, TB)]),
        ("4", "开展入河排污口排查整治", [("区生态环境局", L, TB), ("区水务局", S, TB)]),
    ],
    # a 分工表 whose task cells point back at the body's items (对应正文第1项): each item takes its
    # row's units and stays the task with its words (the rows were the tasks, titled 对应正文第1项);
    # a row with a task of its own (落实河湖长对应巡河责任) stays a row
    "table-rows-refer-to-body-items.txt": [
        ("1", "开展河湖“清四乱”常态化整治，清理河道管理范围内违法建设", [("县水利局", L, TB), ("县自然资源局", S, TB), ("各乡镇人民政府", S, TB)]),
        ("2", "推进河湖健康评价，完成县级河湖健康评价报告", [("县水利局", L, TB), ("县生态环境局", S, TB)]),
        ("3", "加强河湖水域岸线管控，完成岸线保护利用规划编制", [("县水利局", L, TB), ("县自然资源局", S, TB)]),
        ("4", "落实河湖长对应巡河责任", [("县河长办", L, TB), ("各乡镇人民政府", S, TB)]),
    ],
    # rows pointing at the item of one chapter (第三部分第（一）项 / 见正文第三部分（二）): the chapter
    # tells the item from the safeguards' （一） (the rows were tasks of their own beside the items,
    # which named no unit); an item naming its lead itself, written again in the table, is one
    # task; near miss: a row pointing at a chapter the plan does not have stays a row
    "table-rows-point-at-items-of-a-chapter.txt": [
        ("（一）", "推进农村生活污水治理设施建设", [("县住房和城乡建设局", L, TB), ("县生态环境局", S, TB), ("各乡镇人民政府", S, TB)]),
        ("（二）", "加强已建设施运行维护", [("县住房和城乡建设局", L, TB), ("县财政局", S, TB)]),
        ("（三）", "开展农村黑臭水体整治", [("县生态环境局", L, EX), ("各乡镇人民政府", S, EX), ("县水利局", S, TB)]),
        ("4", "第五部分第（一）项", [("县水利局", L, TB), ("县农业农村局", S, TB)]),
    ],
    # rows saying the items in other words, most of them the item's own (打击非法采砂，规范采砂管理 /
    # 整治河道采砂。严厉打击非法采砂行为…): the item takes the row's units and stays the task; two rows
    # dividing one item (3 and 4 of 加强饮用水水源地保护) are its tasks, under its title; near miss: a
    # row of work no item holds (开展流域生态补偿试点) stays a row
    "table-rows-say-items-in-other-words.txt": [
        ("1", "加快城镇生活污水处理设施建设", [("市住房和城乡建设局", L, TB), ("市发展和改革局", S, TB)]),
        ("2", "整治河道采砂", [("市水务局", L, TB), ("市公安局", S, TB)]),
        ("4", "加强水质监测预警", [("市生态环境局", L, TB), ("市水务局", S, TB)]),
        ("3", "完成县级以上饮用水水源保护区规范化建设", [("市生态环境局", L, TB), ("市水务局", S, TB)]),
        ("4", "清理整治水源保护区内违法建设项目", [("各县（市、区）人民政府", L, TB), ("市生态环境局", S, TB)]),
        ("6", "开展流域生态补偿试点", [("市财政局", L, TB), ("市生态环境局", S, TB)]),
    ],
    # items naming their units and a 分工表 listing them again, one task each: the row's leads among
    # the item's, the row's other units join it (各镇人民政府); the item's lead only first listed
    # (责任单位：A、B、C), the row says who leads (管委会); a row naming another lead than the item
    # does, the item's units stay, flagged table_differs (the row was a task of its own beside (二),
    # every unit counted twice, and the row of (四) was dropped with its lead 区河长办 unsaid)
    "items-with-units-and-rows-that-differ.txt": [
        ("（一）", "控源截污", [("区住房和城乡建设局", L, EX), ("区城市管理局", S, EX), ("各镇人民政府", S, TB)]),
        ("（二）", "内源治理", [("区水利局", L, EX), ("区住房和城乡建设局", S, EX)]),
        ("（三）", "加强工业园区污水治理", [("区工业园区管委会", L, TB), ("区发改局", S, TB), ("区生态环境分局", S, TB)]),
        ("（四）", "建立长效机制", [("区水利局", L, EX), ("区河长办", S, EX), ("各镇人民政府", S, EX)]),
    ],
    # an item naming its own lead that the 分工表 divides into rows: the rows are the tasks, under the
    # item's title, each with the item's clause beside its own; a unit the item names and no row does
    # (市财政局) joins each part as a support; the item's lead no row names (（三） 市生态环境局) flags the
    # rows (the item and its rows were all tasks: 市农业农村局 counted 7 times for 4 rows' work); the
    # row of (四) writes the item's 各成员单位 with the body before it: one supporter, not two
    "item-with-lead-divided-into-rows.txt": [
        ("（四）", "健全部门协调机制", [("市农业农村局", L, EX), ("各成员单位", S, EX)]),
        ("1", "推广测土配方施肥技术，测土配方施肥覆盖率达到93%以上", [("市农业农村局", L, TB), ("各县（市、区）人民政府", S, TB), ("市财政局", S, EX)]),
        ("2", "推行病虫害统防统治和绿色防控，建设绿色防控示范区10个", [("市农业农村局", L, TB), ("市供销合作社", S, TB), ("市财政局", S, EX)]),
        ("3", "完成规模养殖场粪污处理设施配套建设，配套率保持100%", [("市农业农村局", L, TB), ("各县（市、区）人民政府", S, TB)]),
        ("4", "依法关闭或搬迁禁养区内畜禽养殖场", [("市生态环境局", L, TB), ("各县（市、区）人民政府", S, TB)]),
        ("5", "布设农田氮磷流失监测点", [("市农业农村局", L, TB), ("市水利局", S, TB)]),
        ("6", "开展地表水农业面源污染负荷监测", [("市水利局", L, TB), ("市农业农村局", S, TB)]),
    ],
    # a 分工表 grouping its measures under a cell giving an item's title (重点任务 | 具体措施 | 牵头单位,
    # the 重点任务 cell over two rows): the measures are the item's tasks, under its title, whatever
    # words they use (the item and its measures were all tasks, 县生态环境局 leading 3 for 2); near
    # miss: (三)'s rows grouped under 扬尘污染专项整治, no item's title, stay rows beside the item
    "item-with-lead-grouped-rows.txt": [
        ("（三）", "加强扬尘污染防治", [("县住房和城乡建设局", L, EX), ("县城市管理局", S, EX)]),
        ("1", "完成3家水泥企业超低排放改造", [("县生态环境局", L, TB), ("县工业和信息化局", S, TB)]),
        ("", "开展涉VOCs企业专项执法检查", [("县生态环境局", L, TB), ("县市场监督管理局", S, TB)]),
        ("2", "淘汰国三及以下排放标准营运柴油货车120辆", [("县交通运输局", L, TB), ("县公安局交通管理大队", S, TB)]),
        ("", "开展重型柴油车路检路查", [("县公安局交通管理大队", L, TB), ("县生态环境局", S, TB)]),
        ("3", "开展建筑工地扬尘专项检查", [("县住房和城乡建设局", L, TB), ("县城市管理局", S, TB)]),
        ("", "城区主次干道机械化清扫率达到90%", [("县城市管理局", L, TB), ("县住房和城乡建设局", S, TB)]),
    ],
    # two 分工表 rows pointing at one item (第二部分第（一）项 twice, each with its units): the table
    # divides it, the rows are its tasks under its title, titled by it (the first row's units were
    # the item's, the second's joined it; (二), naming no unit, was flagged as if its text named
    # 区自然资源局 against the table's 区生态环境分局); near miss: (三), pointed at once, takes its row's units
    "rows-pointing-twice-at-an-item.txt": [
        ("（三）", "加强土壤污染源头防控", [("区生态环境分局", L, TB), ("区工业和信息化局", S, TB)]),
        ("1", "推进受污染耕地安全利用", [("区农业农村局", L, TB), ("区生态环境分局", S, TB)]),
        ("2", "推进受污染耕地安全利用", [("区农业农村局", L, TB), ("各镇人民政府", S, TB)]),
        ("3", "严格建设用地准入管理", [("区自然资源局", L, TB), ("区生态环境分局", S, TB)]),
        ("4", "严格建设用地准入管理", [("区生态环境分局", L, TB), ("区住房和城乡建设局", S, TB)]),
    ],
    # near miss: a 重点项目清单 whose two projects say item (一)'s work and are led by its lead, the
    # other three other work: no division of the body, the items and the five projects all stay
    "item-with-lead-and-project-list.txt": [
        ("（一）", "推进城镇污水处理提质增效", [("县住房和城乡建设局", L, EX), ("县发展和改革局", S, EX), ("县财政局", S, EX)]),
        ("（二）", "加强农村生活污水治理", [("县生态环境分局", L, EX), ("各乡镇人民政府", S, EX)]),
        ("1", "县城污水处理厂提标改造工程", [("县住房和城乡建设局", L, FL)]),
        ("2", "城东污水管网工程", [("县住房和城乡建设局", L, FL)]),
        ("3", "工业园区污水处理厂二期工程", [("县工业园区管委会", L, FL)]),
        ("4", "城南水厂扩建工程", [("县水务公司", L, FL)]),
        ("5", "滨河公园建设工程", [("县城市管理局", L, FL)]),
    ],
    # a row merging items it names in a bracket after its words (（第二部分第（一）至（三）项） /
    # （对应第二部分第（四）、（五）项）): each item takes its units and stays the task (the row was one
    # task beside items without units); a note in a bracket (（含尾矿库污染治理）) is no part of the
    # title the row lists (六) by; near miss: a row naming an item the plan does not have stays a row
    "table-row-merging-items-it-names.txt": [
        ("（一）", "开展农用地土壤污染状况调查", [("市农业农村局", L, TB), ("市生态环境局", S, TB), ("市自然资源和规划局", S, TB)]),
        ("（二）", "推进受污染耕地安全利用", [("市农业农村局", L, TB), ("市生态环境局", S, TB), ("市自然资源和规划局", S, TB)]),
        ("（三）", "严格管控严格管控类耕地", [("市农业农村局", L, TB), ("市生态环境局", S, TB), ("市自然资源和规划局", S, TB)]),
        ("（四）", "加强建设用地准入管理", [("市自然资源和规划局", L, TB), ("市生态环境局", S, TB), ("市住房和城乡建设局", S, TB)]),
        ("（五）", "严格污染地块再开发利用审查", [("市自然资源和规划局", L, TB), ("市生态环境局", S, TB), ("市住房和城乡建设局", S, TB)]),
        ("（六）", "推进涉重金属行业污染防控", [("市生态环境局", L, TB), ("市工业和信息化局", S, TB)]),
        ("4", "开展地下水污染防治试点（第二部分第（七）项）", [("市生态环境局", L, TB), ("市水利局", S, TB)]),
    ],
    # a table one cell a line without a deadline column, the plan's signature and date right after
    # its last row: no cells of that row (its lead was the issuer, its support the date, its three
    # cells run together as its title)
    "cells-one-a-line-signature-after.txt": [
        ("（一）", "推进清洁取暖", [("市发展改革委", L, TB), ("市住房和城乡建设局", S, TB), ("市财政局", S, TB)]),
        ("（二）", "加强扬尘污染治理", [("市住房和城乡建设局", L, TB), ("市城市管理综合行政执法局", S, TB), ("市交通运输局", S, TB)]),
    ],
    # 附件2's contact list (序号 | 单位 | 姓名 | 职务 | 联系电话) under 附件1's 分工表 of as many
    # columns: its header opens a table of its own (its rows were tasks led by 姓名, 张某)
    # (since stop 31 the body's items, naming no unit, are the tasks the rows list again: （一）（二）
    # with the rows' units; they were the rows, 附件1 · 1 and 2)
    "division-table-then-contact-list.txt": [
        ("（一）", "建立秸秆收储运体系", [("市农业农村局", L, TB), ("市发展改革委", S, TB)]),
        ("（二）", "严厉打击露天焚烧秸秆行为", [("市生态环境局", L, TB), ("市公安局", S, TB)]),
    ],
    # a table one cell a line with blank lines between rows, the plan's next chapter (三、保障措施)
    # right after its last row: no cell of that row (its 协办 was 三 and 保障措施, 市城管局 a lead)
    "cells-one-a-line-chapter-after.txt": [
        ("1", "推进城区燃煤小锅炉拆并", [("市供热办", L, TB), ("市环保局", S, TB), ("市质监局", S, TB)]),
        ("2", "加强阿什河流域污染治理", [("市环保局", L, TB), ("市水务局", S, TB), ("阿城区政府", S, TB)]),
        ("3", "加强冬季施工工地扬尘管控", [("市城乡建设委", L, TB), ("市城管局", S, TB)]),
    ],
    # chapters that only send the reader to a table: 各牵头单位要按照附件分工，细化… and a table's
    # caption alone (附表1　…任务分工) over it are no tasks (each was one, without a lead); near
    # miss: 按照附件要求 before work of its own (各县（市、区）要于3月底前完成…) stays a task
    "chapters-pointing-at-tables.txt": [
        ("1", "开展燃煤锅炉专项整治", [("市环保局", L, TB), ("市质监局", S, TB)]),
        ("2", "开展餐饮油烟专项整治", [("市城管局", L, TB), ("市环保局", S, TB)]),
        ("四", "其他任务", []),
        ("1", "推进城区集中供热", [("市住建局", L, TB), ("市发改委", S, TB)]),
        ("2", "加强秸秆禁烧", [("市农委", L, TB), ("各县（市、区）政府", S, TB)]),
    ],
    # beside items with clauses, a chapter whose text is its title over a table (二、其他任务责任清单)
    # is no task: the table's rows are (it was one more, without a lead)
    "heading-over-table-beside-clauses.txt": [
        ("（一）", "加强消落带治理", [("区生态环境局", L, EX), ("区林业局", S, EX)]),
        ("（二）", "推进岸线整治", [("区交通运输局", L, EX), ("区水利局", S, EX)]),
        ("1", "开展入河排污口溯源整治", [("区生态环境局", L, TB), ("各镇乡街道", S, TB)]),
        ("2", "推进城镇污水管网雨污分流改造", [("区住房城乡建委", L, TB), ("区城市管理局", S, TB)]),
    ],
    "markdown-pipe-table.txt": [
        ("1", "推进农村生活垃圾治理", [("县住建局", L, TB), ("各乡镇", S, TB)]),
        ("2", "推进农村厕所革命", [("县农业农村局", L, TB)]),
        ("3", "推进农村生活污水治理", [("县生态环境局", L, TB)]),
        ("4", "加强村容村貌提升", [("各乡镇", S, TB)]),
        ("5", "开展村庄清洁行动", [("县农业农村局", L, TB), ("县卫健委", S, TB), ("各乡镇", S, TB)]),
    ],
    # a 目标责任书's closing: its copies (（三）本责任书一式三份，甲、乙双方各执一份) and a chapter titled
    # 其他 alone (三、其他 / 本责任书自签订之日起生效) are no tasks (each was one, naming nobody)
    "responsibility-book-closing.txt": [
        ("（一）", "大气污染防治", [("县环保局", L, EX), ("县经信委", S, EX), ("县住建委", S, EX)]),
        ("（二）", "水污染防治", [("县环保局", L, EX), ("县水务局", S, EX), ("县住建委", S, EX)]),
    ],
    # an assessment's 实施细则: its scoring rules (…每差1个百分点扣2分 / 每项加1分 / 满分100分) and grades
    # (考核结果分为优秀…四个等次) are how work is marked, no tasks, though articles beside them give work
    # (were tasks naming nobody once 第四条 had a clause); 由A会同B、C、D、E、F等单位 (a partners' list
    # over 40 characters) and 由A负责组织开展…，调查结果… are read (were no clause)
    "assessment-scoring-articles.txt": [
        ("第四条", "重点任务完成情况（40分）", [("市生态环境局", L, EX), ("市发展改革委", S, EX), ("市工业和信息化局", S, EX),
                                  ("市住房城乡建设局", S, EX), ("市交通运输局", S, EX), ("市农业农村局", S, EX)]),
        ("第五条", "公众满意程度调查", [("市统计局", L, EX)]),
    ],
    # a table exported without its outer pipes (序号|指标名称|…|牵头单位|配合单位, as GFM allows): its
    # first cell stands before the first pipe, its last after the last one, empty when the line
    # ends in a pipe (3|…|县自然资源和规划局|: no 配合单位); its rows were no table at all, the
    # plan's indicators lost; a contact line of pipes (联系人：…|电话：…) names no unit column
    "pipe-table-without-outer-pipes.txt": [
        ("1", "生态文明建设规划", [("市生态环境局某某分局", L, TB), ("县发改局", S, TB)]),
        ("2", "环境空气质量优良天数比例", [("市生态环境局某某分局", L, TB), ("县住建局", S, TB), ("县交通运输局", S, TB)]),
        ("3", "林草覆盖率", [("县自然资源和规划局", L, TB)]),
        ("4", "公众对生态文明建设的满意度", [("县委宣传部", L, TB), ("县教育局", S, TB)]),
    ],
    # a chapter of work on a field's 保障 (三、加强法治保障 / 四、强化要素保障) is tasks: its items
    # without a clause are tasks without a lead (were dropped as the plan's safeguards); the
    # safeguards' own titles (五、强化组织保障 / 六、保障措施, its （一）强化资金保障) stay out
    "work-on-baozhang-chapters.txt": [
        ("（一）", "深化“一网通办”改革", [("县政务服务中心", L, EX), ("各相关部门", S, EX)]),
        ("（二）", "压缩审批时限", []),
        ("（一）", "完善破产审判工作机制", []),
        ("（二）", "规范涉企行政执法", [("县司法局", L, EX), ("县市场监管局", S, EX)]),
        ("（一）", "保障项目用地需求", []),
        ("（二）", "加大金融支持力度", []),
    ],
    # a 通报 without chapters: the findings listed before 针对上述问题，提出如下要求： / 现提出如下
    # 要求： name the units criticised, no work (they were tasks without a lead, the lead-in read
    # into the last one); each requirement after it is a task, one sentence long as it is, led by
    # the unit it opens with (were dropped); a town named alone (城关镇要…) and 各乡镇、各部门要…
    # are urged, no lead
    "tongbao-findings-then-demands.txt": [
        ("1", "县住建局要立即组织对全县在建工地开展拉网式排查，4月底前完成整改", [("县住建局", L, EX)]),
        ("2", "城关镇要对“九小场所”开展全面复查，确保消防通道畅通", []),
        ("3", "县交通运输局要督促道路运输企业落实动态监控主体责任", [("县交通运输局", L, EX)]),
        ("4", "各乡镇、各部门要举一反三，全面排查本辖区本行业安全隐患", []),
    ],
    "tongbao-findings-then-demands-bracket.txt": [
        ("（一）", "A县生态环境分局要在5月底前完成重点排污单位在线监测数据专项核查", [("A县生态环境分局", L, EX)]),
        ("（二）", "B区城管局要建立餐饮油烟投诉快速处置机制", [("B区城管局", L, EX)]),
        ("（三）", "C县水利局要开展河道采砂专项整治", [("C县水利局", L, EX)]),
    ],
    # a 联席会议's roster (县政府办公室协助分管副主任、A局局长担任副召集人) gives nobody work: 协助分管
    # opens a person's title (was 县政府办公室 supporting 县人力资源社, a lead cut at 社); a duty's
    # 协助县人力资源社会保障局… names the bureau whole (was 县人力资源社)
    "joint-meeting-assisting-deputy.txt": [
        ("一", "组成人员", []),
        ("", "县人力资源社会保障局：负责联席会议日常工作，依法查处拖欠农民工工资违法行为", [("县人力资源社会保障局", L, EX)]),
        ("", "县住房城乡建设局：负责房屋建筑和市政工程项目农民工工资支付监管，协助县人力资源社会保障局做好欠薪案件处置",
         [("县住房城乡建设局", L, EX), ("县人力资源社会保障局", L, EX)]),
    ],
    # a duty naming the principle or rule it follows before its verb (A：按照“谁主管、谁负责”原则，负责… /
    # 按照“三管三必须”要求，负责… / 根据有关规定，负责…) is the unit's (the statements were not read:
    # one empty task 成员单位职责); a list of units before it, the first leads; the collective's
    # 各成员单位要按照…原则，抓好… stays an exhortation
    "duties-by-principle.txt": [
        ("", "县应急管理局：按照“三管三必须”要求，负责安全生产综合监督管理", [("县应急管理局", L, EX)]),
        ("", "县住房城乡建设局、县交通运输局：按照“谁主管、谁负责”原则，负责本行业领域工程建设施工安全监管",
         [("县住房城乡建设局", L, FL), ("县交通运输局", S, EX)]),
        ("", "县市场监管局：根据有关规定，负责特种设备安全监察", [("县市场监管局", L, EX)]),
    ],
    # a 代表建议 交办 list (序号 | 建议号 | 案由 | 领衔代表 | 主办单位 | 协办单位): the 案由 is the row's
    # title (was the 建议号, 2003), 主办 leads, 协办 supports
    "suggestion-handover-table.txt": [
        ("1", "关于加快老城区停车场建设的建议", [("市城管局", L, TB), ("市自然资源和规划局", S, TB), ("市公安局交警支队", S, TB)]),
        ("2", "关于推进农村寄递物流体系建设的建议", [("市商务局", L, TB), ("市邮政管理局", S, TB)]),
        ("3", "关于加强中小学课后服务的建议", [("市教育局", L, TB)]),
    ],
    # line numbers down the margin of a PDF copy, at the lines' head (1 … 19, blank lines numbered
    # too): were read into the names a wrapped line joins (市环12保局, 市14工商局) and into the
    # items' numbers (132.开展…: no task had its number, 配/合单位 split lost the supports)
    "margin-line-numbers-head.txt": [
        ("1", "推进燃煤锅炉淘汰，完成10蒸吨以下燃煤锅炉淘汰25台", [("市环保局", L, EX), ("市质监局", S, EX), ("市发改委", S, EX)]),
        ("2", "开展“散乱污”企业整治", [("市经信委", L, EX), ("市环保局", S, EX), ("市工商局", S, EX)]),
        ("3", "淘汰老旧柴油货车300辆", [("市公安局", L, EX), ("市交通运输局", S, EX), ("市商务局", S, EX)]),
        ("4", "推进港口岸电建设", [("市交通运输局", L, EX), ("市发改委", S, EX)]),
    ],
    # …and at the lines' end (县生6态环境局, 县公9安局; （一）'s lead lost at （牵头     4 / 单位：）
    "margin-line-numbers-tail.txt": [
        ("（一）", "推进城镇污水管网建设", [("县住房城乡建设局", L, EX), ("县生态环境局", S, EX), ("县水利局", S, EX)]),
        ("（二）", "加强农村生活污水治理", [("县生态环境局", L, EX), ("县农业农村局", S, EX), ("各乡镇人民政府", S, EX)]),
        ("（三）", "开展河道采砂专项整治", [("县水利局", L, EX), ("县公安局", S, EX), ("县交通运输局", S, EX)]),
        ("（四）", "加强饮用水水源地保护", [("县生态环境局", L, EX), ("县水利局", S, EX), ("县卫生健康局", S, EX)]),
    ],
    # a phone page's item numbers behind a keycap (1️⃣) or a bullet (●（三）), each item's 牵头单位 /
    # 配合单位 on lines of their own under it: the items were read as paragraphs and each clause
    # went to the item after it
    "keycap-and-bullet-numbers.txt": [
        ("1", "压紧压实河湖长责任", [("区河长办", L, EX), ("各镇（街道）", S, EX)]),
        ("2", "加强饮用水水源地保护", [("区生态环境分局", L, EX), ("区水利局", S, EX), ("区卫健委", S, EX)]),
        ("（三）", "推进城区污水管网建设改造", [("区住建局", L, EX), ("区城管局", S, EX)]),
        ("（四）", "开展农业面源污染治理", [("区农业农村局", L, EX), ("区生态环境分局", S, EX)]),
    ],
    # a portal page's copy: the plan, the page's 相关链接 and the 政策解读 under it restating the tasks
    # and their leads (1.推进…，由县住建局牵头负责) — no tasks (were read as three more, one a link's
    # title); a 相关解读 link on the page's head ends nothing, and 加强政策解读 is a task's words
    "portal-plan-with-interpretation.txt": [
        ("1", "推进乡镇污水处理设施提标改造", [("县住建局", L, EX), ("县生态环境局", S, EX)]),
        ("2", "推进行政村生活污水治理", [("县生态环境局", L, EX), ("县农业农村局", S, EX), ("各乡镇", S, EX)]),
        ("3", "加强政策解读和宣传引导", [("县委宣传部", L, EX), ("县融媒体中心", S, EX)]),
    ],
    # a 公报 page of two columns copied line by line (each line the left column's and the right's,
    # blanks between): read in column order (was 市工业和察院-like names built across the columns,
    # （三）（四） lost)
    "two-column-page.txt": [
        ("（一）", "推进农村厕所革命", [("市农业农村局", L, EX), ("市卫生健康委", S, EX)]),
        ("（二）", "推进农村生活污水治理", [("市生态环境局", L, EX), ("市住房城乡建设局", S, EX), ("市水利局", S, EX)]),
        ("（三）", "推进村庄清洁行动", [("市农业农村局", L, EX), ("市乡村振兴局", S, EX), ("市妇联", S, EX)]),
        ("（四）", "加强村庄规划管理", [("市自然资源和规划局", L, EX), ("市住房城乡建设局", S, EX)]),
    ],
    # a rectification item's fields on lines of their own, its leader's label naming the level
    # first (县级责任领导：/ 市级责任领导：): a field of people as 责任领导 is (the item was a
    # section, its 整改内容 line lost, the task unnumbered and titled by the leader's line); the
    # people and the 责任人 line give no unit
    "rectify-level-leader-line.txt": [
        ("（一）", "矿产资源开发项目退出及生态恢复",
         [("县自然资源局", L, EX), ("县生态环境局", S, EX), ("县林业和草原局", S, EX), ("相关乡镇人民政府", S, EX)]),
        ("（二）", "水电站生态流量下泄问题", [("县水务局", L, EX), ("县生态环境局", S, EX)]),
        ("（三）", "旅游设施违规建设问题", [("县文化和旅游局", L, FL), ("县住房和城乡建设局", S, EX)]),
        # … and a cadre's field (挂点干部 / 包片干部 / 包保责任人) alike
        ("（四）", "沿河村庄生活垃圾乱堆乱放问题", [("县城市管理局", L, EX), ("沿河各乡镇人民政府", S, EX)]),
    ],
    # a rectification list's 责任单位 field one name a line, each line indented to stand under the
    # first name (full-width blanks, or half-width ones two a character): the names below are the
    # list's (they were lost, the first name alone); near misses: an indented sentence after the
    # name (（三）) and the signature indented far right (（四）) are no units
    # a label's list one name a line flush left, up to the next item or field (（一）, （二）), or up to
    # the blank line above the signature (（四）): the names below the first are the list's (they
    # stayed in the task's text, unread); near misses: a line opening with a unit and going on with
    # a verb (（三）, 县生态环境局要加强…) is prose, and the signature under the last list is no unit
    "label-list-flush-left-lines.txt": [
        ("（一）", "加强园区污水治理",
         [("县生态环境局", L, EX), ("县住建局", S, EX), ("县工信局", S, EX), ("县工业园管委会", S, EX)]),
        ("（二）", "推进入河排污口整治",
         [("县生态环境局", L, EX), ("县水利局", S, EX), ("县农业农村局", S, EX), ("各乡镇人民政府", S, EX)]),
        ("（三）", "推进畜禽养殖污染治理", [("县农业农村局", L, FL)]),
        ("（四）", "加强农村生活污水治理", [("县住建局", L, FL), ("县生态环境局", S, EX), ("县乡村振兴局", S, EX)]),
    ],
    # a blank-separated 分工表 whose unit cell holds one name a line, the next opening with no level
    # (县交通运输局 / 九江海事局彭泽海事处, 县自然资源局 / 国网彭泽县供电公司): two units (were one,
    # 县交通运输局九江海事局彭泽海事处); near misses, one name the layout cut, stay whole: inside a
    # word (县生态环 / 境局) and before a bare office word (县人民政府 / 办公室, 县发展和改革委 / 员会)
    "cells-one-a-line-no-level.txt": [
        ("1", "非法码头整治", [("县交通运输局", L, TB), ("县水利局", S, TB)]),
        ("2", "非法采砂整治", [("县水利局", L, TB), ("县公安局", S, TB), ("县交通运输局", S, TB), ("九江海事局彭泽海事处", S, TB)]),
        ("3", "岸线复绿", [("县林业局", L, TB), ("县自然资源局", S, TB), ("国网彭泽县供电公司", S, TB)]),
        ("4", "沿江化工企业整治", [("县工信局", L, TB), ("县生态环境局", S, TB)]),
        ("5", "入河排污口整治", [("县生态环境局", L, TB), ("县人民政府办公室", S, TB)]),
        ("6", "港口岸电建设", [("县交通运输局", L, TB), ("县发展和改革委员会", S, TB)]),
    ],
    "rectify-aligned-unit-lines.txt": [
        ("（一）", "工业企业无组织排放治理不到位",
         [("县生态环境局", L, EX), ("县工信局", S, EX), ("县市场监管局", S, EX), ("各乡镇人民政府", S, EX)]),
        ("（二）", "冬季清洁取暖工作推进慢", [("县住建局", L, FL), ("县发改局", S, EX), ("国网某县供电公司", S, EX)]),
        ("（三）", "扬尘污染管控不力", [("县住建局", L, FL)]),
        ("（四）", "七里河河道垃圾清理不彻底", [("县水务局", L, FL)]),
    ],
    # a Markdown page: title, 来源 line, ## headings and a table whose cells hold ； (区水务局（牵头）；
    # 区城管局): its rule row is no site debris (the title down to the header were cut as a site's
    # block) and its rows are not joined as wrapped prose (the plan had no task)
    "markdown-table-after-source-line.txt": [
        ("1", "主要河道“清四乱”，完成河道管理范围内违建清理", [("区水务局", L, TB), ("区城管局", S, TB), ("区公安分局", S, TB)]),
        ("2", "何家沟水环境综合治理，消除黑臭水体", [("区住建局", L, TB), ("区城管局", S, TB), ("区生态环境分局", S, TB)]),
        ("3", "开展河湖长制考核问责", [("区委组织部", L, FL), ("区河长办", S, TB)]),
    ],
    # a 林长制 roster (层级 | 林长 | 责任区域): 责任区域 is the stretch a chief answers for, no unit
    # column (its rows were tasks, 全县 / 本乡镇 / 本村 leading them); the people are no units, and the
    # roster's chapter (一、林长体系) is no task (it was one naming nobody)
    "chief-roster-area-column.txt": [
        ("1", "加强森林资源保护，严厉打击毁林、非法占用林地行为", [("县自然资源和规划局", L, TB), ("县公安局", S, TB), ("各乡镇人民政府", S, TB)]),
        ("2", "加强森林防火，落实网格化管理", [("县应急管理局", L, TB), ("县消防救援大队", S, TB), ("各乡镇人民政府", S, TB)]),
    ],
    # a task list allotted to towns, one blank between cells, its header naming 责任主体 beside
    # 责任单位: the header is a table's (its blanks were taken for OCR blanks inside CJK text and
    # removed, the table lost: no task); the towns (责任主体) listed first lead by the convention.
    # The 备注 line's numbered notes under the table open no item (2.各乡镇（街道）要将任务分解到村 was
    # a task naming nobody)
    "single-blank-table-town-subject.txt": [
        ("1", "水库饮用水水源保护区违建清理", [("某某镇人民政府", L, FL), ("县水利局", S, TB), ("县生态环境分局", S, TB)]),
        ("2", "沿河畜禽养殖污染整治", [("城关街道办事处", L, FL), ("十里镇人民政府", S, TB), ("县农业农村局", S, TB)]),
        ("3", "全县秸秆禁烧", [("各乡镇人民政府", L, FL), ("街道办事处", S, TB), ("县农业农村局", S, TB), ("县生态环境分局", S, TB)]),
    ],
    # a rectification plan's chapter setting up its working body (一、整改工作机构) and a chiefs'
    # roster (二、县级河长名单) are no tasks in a plan whose tasks are its table's rows (each was one
    # naming nobody); near miss: a chapter of work after the table (四、建立长效机制) stays a task
    "rectify-working-body-chapter.txt": [
        ("1", "茈碧湖水质不稳定", [("县水务局", L, TB), ("县生态环境分局", S, TB)]),
        ("2", "县城生活垃圾填埋场渗滤液超标", [("县住房和城乡建设局", L, TB), ("县生态环境分局", S, TB)]),
        ("四", "建立长效机制", []),
    ],
    # a 河长制 roster's lines (苎溪河　区级河长：区委书记 白某某　协助单位：区水利局): the chief's
    # standing helpers, no task's units (the lines were two tasks numbered 一, supported by them);
    # near misses: tasks naming 河长 in their text, and one whose helper is marked 协助, stay
    "river-chief-roster-lines.txt": [
        ("1", "深入推进“清四乱”常态化规范化",
         [("区水利局", L, EX), ("区公安局", S, EX), ("各镇乡人民政府", S, EX), ("街道办事处", S, EX)]),
        ("2", "落实河长巡河制度，区级河长每季度巡河不少于1次", [("区河长办", L, EX), ("各镇乡人民政府", S, EX)]),
        ("3", "开展入河排污口排查整治", [("区生态环境局", L, FL), ("区水利局", S, EX)]),
    ],
    # a county's eco bureau named by its county alone, as the 2019 vertical reform names it, in an
    # item's sentence (泰和生态环境局要… / …负责… / 会同泰和生态环境局 / 配合泰和生态环境局): a named
    # body, as 泰和县生态环境局 is (was prose: no lead, or the partner lost); a kind of bureau
    # (各级生态环境局要… / 当地生态环境局负责…) names none (unchanged)
    # a county's other bureaus named by its county alone (泰和水利局要… / 会同泰和水利局 / 泰和住建局负责…),
    # as its eco bureau is since stop 25: named bodies (were prose: no lead, or the partner lost);
    # a kind of bureau (各级水利局 / 当地水利局) names none, and 积极配合水利局 is the bare bureau's help
    # (unchanged)
    "county-bureaus-by-place.txt": [
        ("（一）", "加强农田水利建设", [("泰和水利局", L, EX)]),
        ("（二）", "加强入河排污口整治", [("泰和生态环境局", L, EX), ("泰和水利局", S, EX)]),
        ("（三）", "推进老旧小区改造", [("泰和住建局", L, EX)]),
        ("（四）", "加强水政执法", []),
        ("（五）", "做好水情信息公开", []),
        ("（六）", "加强水质监测", [("水利局", L, EX), ("县农业农村局", S, EX)]),
    ],
    "county-eco-bureau-by-place.txt": [
        ("（一）", "深化工业污染治理", [("泰和生态环境局", L, EX)]),
        ("（二）", "加强入河排污口整治", [("县水利局", L, EX), ("泰和生态环境局", S, EX)]),
        ("（三）", "推进空气质量监测", [("泰和生态环境局", L, EX)]),
        ("（四）", "加强工业园区管理", [("泰和生态环境局", L, EX), ("县工信局", S, EX)]),
        ("（五）", "强化执法监督", []),
        ("（六）", "做好信息公开", []),
    ],
    # A、B共同推进。 closing an item and a bare （A、B共同组织实施）, no clause verb written: they share
    # the work, co-leads as 共同负责 (were no clause: the item named nobody, the bracket kept in
    # the title); after 牵头 they support (unchanged); a sentence of no named bodies (政府、企业、
    # 社会共同推进 / 各部门要…共同推进) stays prose
    "jointly-without-verb.txt": [
        ("（一）", "全面禁止秸秆露天焚烧", [("县农业农村局", L, EX), ("县生态环境局", L, EX)]),
        ("（二）", "加强社会生活噪声管控", [("县公安局", L, EX), ("县城管局", L, EX)]),
        ("（三）", "强化建筑工地扬尘治理", [("县住建局", L, EX), ("县城管局", L, EX)]),
        ("（四）", "推进餐饮油烟治理", [("县市场监管局", L, EX), ("县城管局", S, EX), ("县生态环境局", S, EX)]),
        ("（五）", "营造全民参与氛围", []),
        ("（六）", "形成工作合力", []),
    ],
    # …，A配合B开展X。 / …，A协助B查处…: a unit helping a named body in the last phrase of an
    # item's sentence, after the item's work: B leads, A supports, as when the phrase opens the
    # sentence (was no clause); a supporter alone (…，A配合做好…), places helping (各地积极配合B…)
    # and a 配合 with no unit before it stay as they were (nobody given the item)
    "helping-after-comma.txt": [
        ("（一）", "严厉打击环境违法行为", [("市生态环境局", L, EX), ("市公安局", S, EX)]),
        ("（二）", "加强危险废物监管", [("市生态环境局", L, EX), ("市交通运输局", S, EX)]),
        ("（三）", "加强机动车排气监管", [("市生态环境局", L, EX), ("市公安局交警支队", S, EX)]),
        ("（四）", "做好医疗废物处置", []),
        ("（五）", "加强宣传引导", []),
        ("（六）", "强化部门协作", []),
    ],
    # A要会同有关部门抓好落实 / A会同有关部门对…开展评估 in an item's sentence: those concerned
    # support, a collective as 各乡镇 is (were lost: A alone, read from its 要 or its duty); A要会同B
    # with a named B (unchanged)
    "with-those-concerned.txt": [
        ("（一）", "推进生活垃圾分类", [("县城管局", L, EX), ("有关部门", S, EX)]),
        ("（二）", "开展规划实施评估", [("县发改局", L, EX), ("有关部门", S, EX)]),
        ("（三）", "整治农村人居环境", [("县农业农村局", L, EX), ("各乡镇", S, EX)]),
        ("（四）", "加强建筑垃圾管理", [("县住建局", L, EX), ("县城管局", S, EX)]),
        ("（五）", "形成整治合力", [("各乡镇", L, EX), ("有关部门", S, EX)]),
    ],
    # 各镇（街道）为实施主体 / 为责任主体 in an item's sentence before named bodies' parts (区X局负责统筹
    # 协调…，区财政局负责资金保障): the places lead beside them, as in a bracket (were lost, the phrase read
    # as a principle); with a guide alone (区农业农村局负责指导) in an item of the work the places lead and
    # the guide supports (was prose; subjects-and-guides), in the safeguards the sentence stays prose;
    # a business as 责任主体 (企业为责任主体) is no unit
    "places-as-implementers.txt": [
        ("（一）", "推进农村生活污水治理", [("各镇（街道）", L, EX), ("区生态环境分局", L, EX), ("区财政局", L, EX)]),
        ("（二）", "推进农村厕所革命", [("各镇（街道）", L, EX), ("区农业农村局", L, EX), ("区卫生健康局", S, EX)]),
        ("（三）", "开展村庄清洁行动", [("各镇（街道）", L, EX), ("区农业农村局", S, EX)]),
        ("（四）", "加强餐饮油烟治理", [("区市场监管局", L, EX), ("区城管局", L, EX)]),
    ],
    # a chapter whose text is a table's caption numbered in the text (表2　…分工 / 表3：…) over the
    # table: no task, the rows are (each chapter was one more, without a lead, as 附表1　… was before
    # stop 24); a chapter whose sentence names the tables (表2、表3中未列明的任务，由…) and one of 表彰
    # stay tasks
    "captioned-table-under-chapter.txt": [
        ("1", "开展燃煤锅炉专项整治", [("市生态环境局", L, TB), ("市市场监管局", S, TB)]),
        ("2", "开展餐饮油烟专项整治", [("市城管局", L, TB), ("市生态环境局", S, TB)]),
        ("1", "开展柴油货车路检路查", [("市公安局", L, TB), ("市生态环境局", S, TB)]),
        ("2", "淘汰国三及以下排放标准营运柴油货车", [("市交通运输局", L, TB), ("市财政局", S, TB)]),
        ("四", "其他任务", [("各县（市、区）人民政府", L, EX)]),  # (由A结合实际抓好落实: the one doer, explicit)
        ("五", "表彰奖励", [("市生态环境局", L, EX)]),
    ],
    # a line of unit names under an item's sentence, broken after its last 、 over the list's date
    # (市财政局、市生态环境局、市水利局、\n2024年12月): the item's units (were lost, the date read as a
    # signature's); a list over a deadline (2024年6月底前) as before; the issuer over its date stays a
    # signature
    "bare-unit-line-dated.txt": [
        ("（一）", "完善流域横向生态补偿机制，推动上下游县区签订补偿协议", [("市财政局", L, FL), ("市生态环境局", S, EX), ("市水利局", S, EX)]),
        ("（二）", "推进重点生态功能区转移支付，完善资金分配办法", [("市财政局", L, FL), ("市发展改革委", S, EX)]),
        ("（三）", "加强生态补偿资金绩效评价", [("市财政局", L, FL), ("市审计局", S, EX)]),
    ],
    # numbered party branches written once for all (第一、第二、第三党支部 / 机关第一、第二党支部): the
    # bare numbers are units of the list, as places bare before their government are (the clause was
    # dropped whole, the lead with it); the resolver names each branch (tests/test_resolve.py);
    # 第一、第二批创建单位 names no branch (unchanged)
    "numbered-party-branches.txt": [
        ("1", "开展主题党日活动", [("局机关党委", L, EX), ("第一", S, EX), ("第二", S, EX), ("第三党支部", S, EX)]),
        ("2", "加强党员教育管理", [("局机关党委", L, EX), ("机关第一", S, EX), ("第二党支部", S, EX)]),
        ("3", "推进模范机关创建", [("局机关党委", L, EX), ("第一党支部", S, EX), ("第二党支部", S, EX)]),
        ("4", "开展结对共建", []),
    ],
    # the body helped, named after 配合 / 协助: it leads, the helpers support. With a manner before the
    # verb (A积极配合B做好… after a comma, and 积极配合B… under A's heading: A was the lead); a bare
    # bracket of helpers and the helped (（A配合B） / （A、B协助C）: was one unit, A配合B, the lead);
    # a bare list and a helper alone (（A配合）) as before
    "helped-body-named.txt": [
        ("（一）", "加强超标车辆查处", [("市生态环境局", L, EX), ("市公安局", S, EX)]),
        ("（二）", "开展联合执法", [("市生态环境局", L, EX), ("市公安局", S, EX)]),
        ("（三）", "加强油品质量监管", [("市市场监管局", L, EX), ("市商务局", S, EX), ("市公安局", S, EX)]),
        ("（四）", "推广新能源汽车", [("市交通运输局", L, FL), ("市发展改革委", S, EX)]),
        ("（五）", "加强非道路移动机械管理", [("市住建局", S, EX)]),
        ("1", "积极配合市生态环境局做好餐饮油烟治理", [("市生态环境局", L, EX), ("市城管局", S, EX)]),
        ("2", "开展渣土车专项整治", [("市城管局", L, EX)]),
    ],
    # A、B共同推进X / 共同开展X opening an item's sentence: named bodies sharing the work, co-leads (was
    # no clause: no duty verb); collectives (各部门共同推进…) and bodies of no place (政府、企业、社会)
    # stay prose; the places with a named body (各乡镇、县住建局共同做好…) share it as co-leads
    # (joint-named-body-and-places.txt; was prose)
    "jointly-with-object.txt": [
        ("（一）", "推进秸秆综合利用", [("县农业农村局", L, EX), ("县生态环境局", L, EX)]),
        ("（二）", "形成工作合力", []),
        ("（三）", "营造良好氛围", []),
        ("（四）", "加强联合执法", [("县公安局", L, EX), ("县生态环境局", L, EX)]),
        ("（五）", "推进农村污水治理", [("各乡镇", L, EX), ("县住建局", L, EX)]),
    ],
    # a leader's label named by what the leader does for the matter (包案领导 / 督办人 / 县级包保责任人)
    # or by the post (责任县长) between the item's 整改内容 and its units: a field of people, as
    # 责任领导 is (an unknown one opened a paragraph of its own: the item became a section, its
    # 整改内容 line dropped with no word, the label line the task, numbered nothing)
    "people-labels-named-by-their-work.txt": [
        ("（一）", "农村生活污水直排问题", [("县生态环境局", L, EX), ("县住建局", S, EX), ("县农业农村局", S, EX)]),
        ("（二）", "城区黑臭水体问题", [("县住建局", L, EX)]),
        ("（三）", "秸秆露天焚烧问题", [("县农业农村局", L, EX), ("各乡镇人民政府", S, EX)]),
        ("（四）", "饮用水水源地违规建筑问题", [("县水利局", L, EX), ("县自然资源局", S, EX)]),
        # any short label whose value is leaders by their posts (调度领导：副县长 钱某 / 协调人：县长
        # 孙某，副县长 周某), whatever the plan calls the field
        ("（五）", "河道非法采砂问题", [("县水利局", L, EX), ("县公安局", S, EX)]),
        ("（六）", "畜禽养殖污染问题", [("县农业农村局", L, EX)]),
    ],
    # every place's body of a kind opening the sentence with its action before a named body's duty
    # after a comma (各市生态环境局组织核查…，厅生态环境执法局负责抽查复核): both lead their part (the
    # collective was dropped, urged as places are). Near misses: places (各乡镇组织…) before the body
    # guiding them lead, the guide supports (places-acting-before-their-guide.txt; the towns were
    # urged), and a kind of body (各有关部门组织…) is urged, the named body after the comma alone leads
    "bodies-of-places-acting-first.txt": [
        ("（一）", "开展排污许可证后执法检查", [("各市生态环境局", L, EX), ("厅生态环境执法局", L, EX)]),
        ("（二）", "加强入河排污口监管", [("各县（市、区）水利局", L, EX), ("省水利厅", L, EX)]),
        ("（三）", "开展农村污水设施排查", [("各乡镇", L, EX), ("县农业农村局", S, EX)]),
        ("（四）", "加强宣传引导", [("厅宣传教育处", L, EX)]),
        # (what they act on may open the sentence: 对监测发现的疑似问题点位，各市生态环境局组织核查…)
        ("（五）", "开展问题核查", [("各市生态环境局", L, EX), ("厅生态环境执法局", L, EX)]),
    ],
    # a 厅's own enforcement bureau written short in its plan (厅生态环境执法局): read as any unit
    # (test_resolve: it resolves under the 厅, as 厅办公室 does)
    "department-own-enforcement-bureau.txt": [
        ("（一）", "加强自动监控", [("厅生态环境执法局", L, EX), ("厅办公室", S, EX)]),
        ("（二）", "开展联合执法", [("厅生态环境执法局", L, EX), ("省公安厅", S, EX)]),
        ("（三）", "强化执法培训", [("厅人事处", L, EX)]),
    ],
    # places doing the work in a sentence before the item's led clause (各街道（镇）对辖区内…开展排查。
    # 区住建局负责统筹，…配合): they support the lead (were lost, the item's sentences read apart), as a
    # blind probe's gold reads them. Near misses: a kind of body (各有关部门加强…) stays urged, and what
    # was done (2023年各街道已累计排查…) is no one's part
    "places-before-the-lead.txt": [
        ("（一）", "全面摸底排查", [("各街道（镇）", S, EX), ("区住建局", L, EX), ("区自然资源分局", S, EX), ("区市场监管局", S, EX)]),
        ("（二）", "加强宣传引导", [("区委宣传部", L, EX), ("区融媒体中心", S, EX)]),
        ("（三）", "开展隐患整治", [("各乡镇", S, EX), ("区应急管理局", L, EX), ("区消防救援大队", S, EX)]),
        ("（四）", "做好鉴定工作", [("区住建局", L, EX)]),
    ],
    # units 按照职责分别负责 an object over 16 characters (…对各街道环境卫生和市容秩序管理工作的评分):
    # each leads its part, as with a short object (（二）, unchanged); were no unit. Near misses: a
    # kind of body (有关部门) after 由, and businesses (沿街商户) 分别负责…, name nobody
    "each-leads-long-object.txt": [
        ("（一）", "环境卫生和市容秩序考评", [("区住建局", L, EX), ("区城管局", L, EX), ("区生态环境局", L, EX)]),
        ("（二）", "农贸市场考评", [("区市场监管局", L, EX), ("区商务局", L, EX)]),
        ("（三）", "公共厕所考评", []),
        ("（四）", "门前三包考评", []),
    ],
    # a named body and the places' own bodies sharing an item's work (县住建局、各乡镇共同做好… /
    # 县生态环境局、各乡镇共同负责…): co-leads, as 县水利局、各乡镇共同推进。 is (were no unit: a collective
    # among them read as an exhortation); 共同负责 as 共同做好 (two named bodies were none either).
    # The places may come first (各乡镇、县住建局共同做好…: the towns and the bureau do it together,
    # co-leads; were none, read as an exhortation), as 各乡镇、县住建局共同推进。 already was.
    # Near misses stay exhortations: a kind of body among them (县直各部门 / 各有关部门), places
    # alone (各乡镇、各街道共同做好…)
    "joint-named-body-and-places.txt": [
        ("（一）", "推进农村生活垃圾治理", [("县住建局", L, EX), ("各乡镇", L, EX)]),
        ("（二）", "推进农村厕所革命", [("县农业农村局", L, EX), ("县卫生健康局", L, EX)]),
        ("（三）", "推进农村生活污水治理", [("县生态环境局", L, EX), ("各乡镇", L, EX)]),
        ("（四）", "提升村容村貌", []),
        ("（五）", "加大资金投入", []),
        ("（六）", "建立长效管护机制", [("各乡镇", L, EX), ("县住建局", L, EX)]),
        ("（七）", "强化村庄保洁", []),
        ("（八）", "推进农房风貌管控", [("各乡镇", L, EX), ("县自然资源局", L, EX), ("县住建局", L, EX)]),
    ],
    # places written bare before a place's fields or department (安居区、潼南区公安、水利部门负责… /
    # 安居区、潼南区水利部门): a duty statement (was none: 水利部门 and 安居区 no names alone), its
    # units as written; each place's departments are the resolver's (test_resolve: 安居区 names
    # 安居区公安部门 and 安居区水利部门). Near misses: one place's fields (潼南区生态环境、水利部门,
    # now read in an item's body too), departments each written whole, the places' governments, and
    # actions before a 部门 (加强监管、执法部门负责: no clause)
    "places-times-fields-departments.txt": [
        ("（一）", "开展跨界联合执法", [("安居区", L, FL), ("潼南区公安", S, EX), ("水利部门", S, EX)]),
        ("（二）", "加强河道巡查", [("安居区", L, FL), ("潼南区水利部门", S, EX)]),
        ("（三）", "加强入河排污口监管", [("潼南区生态环境", L, FL), ("水利部门", S, EX)]),
        ("（四）", "强化水质监测", [("安居区生态环境局", L, FL), ("潼南区水利部门", S, EX)]),
        ("（五）", "推进岸线整治", [("安居区", L, FL), ("潼南区人民政府", S, EX)]),
        ("（六）", "加强执法协作", []),
    ],
    # A负责，B、C试点 / （A牵头，B先行试点） / A牵头，B、C开展试点，D配合: the units trying the work out
    # first carry out what the lead answers for and support it, as B、C具体落实 (were no clause, the
    # lead lost with them; in （三） the towns were dropped). Near misses: the sites a lead chooses
    # (选择B、C试点) and a trial with no lead (B、C先行试点。) name nobody
    "trial-after-a-lead.txt": [
        ("（一）", "推进生活垃圾分类", [("县城管局", L, EX), ("城关镇", S, EX), ("龙泉镇", S, EX)]),
        ("（二）", "推广装配式建筑", [("县住建局", L, EX), ("县工业园区管委会", S, EX)]),
        ("（三）", "开展农村垃圾分类", [("县农业农村局", L, EX), ("城关镇", S, EX), ("龙泉镇", S, EX), ("县财政局", S, EX)]),
        ("（四）", "开展“无废细胞”建设", []),
        ("（五）", "探索垃圾分类积分制度", []),
    ],
    # named bodies opening the sentence with their action (建立… / 完善…, no duty word) before a group
    # carrying it out (…，C、D具体落实 / 各乡镇具体实施): they lead together, the group supports, as
    # with a 配合 group after them (were no clause: no verb of the grammar's written). Near misses as
    # they were: one lead (（三）), a list set against a group 负责落实 keeps the first-listed
    # convention (（四）: a province's departments beside the cities carrying out locally,
    # local-implementation.txt), and carrying out with no unit (（五）) names nobody
    "carried-out-after-named-bodies.txt": [
        ("（一）", "建立流域横向生态补偿机制", [("县财政局", L, EX), ("县生态环境局", L, EX), ("县水利局", S, EX), ("县林业局", S, EX)]),
        ("（二）", "健全农村污水设施运维机制", [("县生态环境局", L, EX), ("县住建局", L, EX), ("各乡镇", S, EX)]),
        ("（三）", "全面推行河湖长制", [("县水利局", L, EX), ("各乡镇", S, EX)]),
        ("（四）", "加强饮用水水源保护", [("县生态环境局", L, FL), ("县水利局", S, EX), ("各乡镇", S, EX)]),
        ("（五）", "强化工作调度", []),
    ],
    # its near misses in a plan's words: a list answering for the task by a duty word (A、B负责 /
    # A、B按职责分工负责督导) before a group carrying it out (…，C、D具体实施 / 具体落实) keeps the
    # first-listed convention, A lead, the others support, as the plans' golds read them (left27
    # read A and B as leads); a list opening with its own action (（四）: 建立…机制) leads together;
    # one unit before the group leads (（五）)
    "duty-list-before-carried-out.txt": [
        ("（一）", "实施岸线贯通", [("青浦区人民政府", L, FL), ("吴江区人民政府", S, EX), ("青浦区水务局", S, EX), ("吴江区水利局", S, EX)]),
        ("（二）", "推进污水处理设施建设", [("市水务局", L, FL), ("市生态环境局", S, EX), ("各区人民政府", S, EX)]),
        ("（三）", "建立联合河长制", [("市水务局", L, FL), ("市生态环境局", S, EX), ("两地河长办", S, EX)]),
        ("（四）", "健全联合执法机制", [("市生态环境局", L, EX), ("市公安局", L, EX), ("各区生态环境分局", S, EX)]),
        ("（五）", "开展联合监测", [("市生态环境局", L, EX), ("市生态环境监测站", S, EX)]),
    ],
    # the streets and the towns written as two levels after one 各 in a 分工表 cell (各街道、镇 / 各镇、街道):
    # one collective, every street and every town, as 各乡、镇 is (were 各街道 and a unit 镇 / 街道).
    # Near misses: 各街道 before a body of another kind stays two units, and 各乡、镇 as before
    "streets-and-towns-in-a-cell.txt": [
        ("1", "开展背街小巷环境整治", [("区城管局", L, TB), ("各街道、镇", S, TB)]),
        ("2", "推进农贸市场提档升级", [("区商务局", L, TB), ("区市场监管局", S, TB), ("各镇、街道", S, TB)]),
        ("3", "加强建筑工地扬尘管控", [("区住建局", L, TB), ("各街道", S, TB), ("区直有关部门", S, TB)]),
        ("4", "推进农村生活垃圾治理", [("区农业农村局", L, TB), ("各乡、镇", S, TB)]),
    ],
    # a 重点项目清单 (项目名称 | 建设内容 | 总投资 columns) grouped under a 重点任务 cell worded exactly as
    # a body item's title: its rows are projects of that work, tasks beside the item, which stays whole
    # (was: the item replaced by its projects, each with the item's clause and its supporter). Near
    # miss: a division table (重点任务 | 具体措施) grouped so still divides its item into the rows
    "project-list-under-an-item-title.txt": [
        ("（一）", "推进污水处理设施建设", [("县住建局", L, EX), ("县发展改革局", S, EX)]),
        # (each project titled by its 项目名称, not its 建设内容: the 重点任务 group going on over the
        # rows is that column's, a later column's cell is the row's own)
        ("1", "城东污水处理厂提标改造工程", [("县住建局", L, TB), ("县生态环境局", S, TB)]),
        ("2", "城西片区雨污分流管网工程", [("县城投公司", L, TB), ("县住建局", S, TB)]),
        ("3", "乡镇污水处理站建设工程", [("各乡镇", L, TB), ("县住建局", S, TB)]),
        ("1", "完成水源保护区标志设置", [("县生态环境局", L, TB), ("县水利局", S, TB)]),
        ("2", "清理保护区内违法建设项目", [("县生态环境局", L, TB), ("县自然资源局", S, TB)]),
    ],
    # A加强X，配合B开展Y (settled here; reading unchanged): A and B both lead. The sentence's main verb
    # is A's own (加强X / 负责X): A leads the item's work; 配合B makes B the body answering for Y and A
    # its helper there, so B leads that part, as A负责X，B负责Y shares an item out in parts. The
    # other readings are worse for a task that holds one role per unit: B as a support inverts who
    # helps whom in Y (B is the one helped), and A alone drops the body Y is given to. Plans write
    # it so in unit-divided 职责分工 sections (县农业农村局：负责…，配合县生态环境局开展…, the helped
    # department also listing Y as its own) and in items; a gold taking A alone would count B once
    # less. Near misses: with no work of its own (A配合B开展Y, also after what is to be done) A
    # supports B, who leads; a collective helped (配合各乡镇…) names nobody
    "own-work-then-helping-another.txt": [
        ("（一）", "加强执法监管", [("县生态环境局", L, EX), ("县公安局", L, EX)]),
        ("（二）", "严格执法检查", [("县生态环境局", L, EX), ("县公安局", L, EX)]),
        ("（三）", "开展联合打击", [("县公安局", L, EX), ("县生态环境局", S, EX)]),
        ("（四）", "打击非法排污", [("县公安局", L, EX), ("县生态环境局", S, EX)]),
        ("（五）", "开展隐患排查", [("县生态环境局", L, EX)]),
    ],
    # places opening an item's sentence with their action before a named body's guidance after a
    # comma (各乡镇组织开展…，县农业农村局负责技术指导 / 负责业务指导): the places do the work and
    # lead, the guide supports, as 各乡镇负责组织实施，县农业农村局负责技术指导 reads (the towns
    # were dropped, urged as places alone are). Before a named body's own part (…，县生态环境局负责汇总
    # 建档) each leads its part, as 各乡镇负责组织排查，县生态环境局负责汇总建档 reads (since stop 28; the
    # places were dropped). Near misses as they were: a kind of body (各有关部门组织…) and what was
    # done (各乡镇已组织…) give the places nothing
    "places-acting-before-their-guide.txt": [
        ("（一）", "推进农药包装废弃物回收", [("各乡镇", L, EX), ("县农业农村局", S, EX)]),
        ("（二）", "推进畜禽粪污资源化利用", [("各乡镇（街道）", L, EX), ("县农业农村局", S, EX)]),
        ("（三）", "开展农村黑臭水体排查", [("各乡镇", L, EX), ("县生态环境局", L, EX)]),
        ("（四）", "推进化肥减量增效", [("各乡镇", L, EX), ("县农业农村局", S, EX)]),  # (a 责任主体 and its guide in an item of the work: subjects-and-guides)
        ("（五）", "加强秸秆综合利用", [("县农业农村局", L, EX)]),
        ("（六）", "推进废旧农膜回收", [("县农业农村局", L, EX)]),
        # (the guide written with an action, no duty word: 加强业务指导, as 负责业务指导; an action of its
        # own after the places, 加强执法监管, is its part beside theirs since stop 28: each leads, as （三）;
        # both were dropped)
        ("（七）", "推进病死畜禽无害化处理", [("各乡镇（街道）", L, EX), ("县农业农村局", S, EX)]),
        ("（八）", "推进养殖污染整治", [("各乡镇", L, EX), ("县农业农村局", L, EX)]),
    ],
    # an assessment's rules (…考核办法 / …考核实施细则): its 第三章 考核程序 is its work, the steps
    # items of a chapter of work beside the 考核内容 holding clauses (were dropped as a plan's closing
    # checks once the plan had clauses); 附则 stays none. Near miss: a plan of other work keeps its
    # 二、考核评估 chapter out (assessment-chapter-of-a-plan.txt)
    "assessment-rules-procedure.txt": [
        ("第二条", "环境质量改善情况", [("市生态环境局", L, EX), ("市统计局", S, EX)]),
        ("第三条", "重点任务完成情况", [("市发展改革委", L, EX), ("市住建局", S, EX), ("市水利局", S, EX)]),
        ("（一）", "自查评估", []),
        ("（二）", "部门评分", [("市生态环境局", L, EX)]),
        ("（三）", "综合评定", []),
        # (结果运用: 由A会同B约谈… is work; what the results count for and who interprets the rules are not)
        ("第六条", "对考核不合格的县（市、区）", [("市环委办", L, EX), ("市委组织部", S, EX)]),
    ],
    "assessment-chapter-of-a-plan.txt": [
        ("（一）", "推进大气污染防治", [("市生态环境局", L, FL)]),
        ("（二）", "推进水污染防治", [("市住建局", L, FL)]),
    ],
    # a label named for a person (化解人 / 专班负责人 / 联络干部) whose value is names alone, no post
    # written (张某某 / 王立新、李某 / 赵某同志): a field of people too (unknown, it opened a paragraph
    # of its own: the item became a section, its 整改内容 line dropped with no warning)
    "people-labels-with-names-alone.txt": [
        ("（一）", "重复信访积案化解问题", [("县信访局", L, EX), ("县司法局", S, EX), ("各乡镇人民政府", S, EX)]),
        ("（二）", "信访事项办理不规范问题", [("县信访局", L, EX)]),
        ("（三）", "矛盾纠纷排查不到位问题", [("县司法局", L, EX), ("县公安局", S, EX)]),
    ],
    # zones named before an item's 要, the list closing with their kind (…等各功能区要…): the zones
    # (their 管委会) are given the item, as 高新区管委会要… is (was no unit: 临港区等各功能区 one name,
    # and a place alone is urged). Near misses: zones named with no kind, 各功能区 alone, 各片区
    "zones-listed-as-subject.txt": [
        ("（一）", "制定年度推进计划", [("高新区", L, FL), ("经开区", S, EX), ("临港区", S, EX)]),
        ("（二）", "推进园区平台建设", []),
        ("（三）", "完善园区配套设施", []),
        ("（四）", "加强城区管理", []),
    ],
    # an item's body naming no unit opening its sentence with a named body and its action, no duty
    # word (县住建局加强…，督促…): that body does the item, as an emergency plan's measures read (was
    # no unit); a part helped after it leads too, as after 负责X，配合B… (unchanged convention).
    # Near misses: a kind of body, what was done (2024年以来 / 加强了 / a tally), a business, places
    "item-body-unit-acts.txt": [
        ("（一）", "加强施工扬尘管控", [("县住建局", L, EX)]),
        ("（二）", "加强机动车路检路查", [("县公安局", L, EX), ("县生态环境局", L, EX)]),
        ("（三）", "加强宣传引导", []),
        ("（四）", "加强渣土车管理", []),
        ("（五）", "加强餐饮油烟治理", []),
        ("（六）", "强化企业责任", []),
        ("（七）", "做好秸秆禁烧", []),
        ("（八）", "开展执法检查", []),
    ],
    # stop 25's small misses, each with near misses. 由A负责调查，结果报省政府: the findings go up to the
    # government, no unit (was 结果报省政府 read as one, the clause lost, A with it); 情况及时报送X
    # likewise. 按照统一部署 / 根据省委统一部署 open the basis of the work, no unit (was read as the lead
    # of 按照统一部署抓好落实). A village named with its name beside bureaus in a bare list
    # (（…，余村村）) carries its part (was the whole list refused); 美丽乡村 is no village. 厅生态环境
    # 执法局, a 厅's own bureau, checks after the collective organises: it leads (was no clause)
    "tail-stop25-misses.txt": [
        ("（一）", "查处群众举报问题", [("省生态环境厅", L, EX)]),
        ("（二）", "开展突出问题排查", [("省自然资源厅", L, EX), ("省林业局", S, EX)]),
        ("（三）", "落实整改任务", []),
        ("（四）", "推进整改销号", [("省水利厅", L, EX)]),
        ("（五）", "打造美丽乡村示范点", [("县委宣传部", L, FL), ("县文旅局", S, EX), ("余村村", S, EX)]),
        ("（六）", "整治农村人居环境", [("县农业农村局", L, FL), ("县住建局", S, EX)]),
        # (the organising collective beside it since stop 26: bodies-of-places-acting-first.txt)
        ("（七）", "开展执法专项检查", [("各市生态环境局", L, EX), ("厅生态环境执法局", L, EX)]),
        ("（八）", "加强监测数据质量管理", [("各市生态环境局", L, EX), ("省生态环境监测中心", S, EX)]),
        ("（九）", "严肃查处违法案件", [("省公安厅", L, EX)]),
        ("（十）", "推进督察问题整改", [("省发展改革委", L, EX)]),
        ("（十一）", "建设和美乡村", []),
    ],
    # a rectification item's fields one a line: 责任单位：A牵头，B配合；C负责落实 then 整改目标：… (大连-style 2025
    # 督察整改方案): the field line is not joined to the list (the ； made it look like prose; C ran into
    # 整改目标 and was lost); a unit label broken at the line's end (；配 / 合单位：) is still joined
    "rectification-carry-out-then-field-line.txt": [
        ("1", "部分近岸海域水质改善不稳定", [("市生态环境局", L, EX), ("市海洋发展局", S, EX), ("市住建局", S, EX),
                                   ("相关区市县政府（先导区管委会）", S, EX)]),
        ("2", "部分地区生活垃圾填埋场渗滤液处理不规范", [("市城市管理局", L, EX), ("市生态环境局", S, EX), ("各区市县政府", S, EX)]),
        ("3", "部分企业自动监测数据弄虚作假", [("市生态环境局", L, EX), ("市公安局", S, EX)]),
    ],
    # 州生态环境局各县市分局 / 市生态环境局各县（区）分局 (since the 2019 reform the county eco bureaus are
    # the city's 分局): the bureau's branches, one collective (was the bureau and 各县市分局, the bureau
    # leading task 2 in the branches' stead); near miss: the bureau and the counties' governments,
    # written with a separator, stay two
    "eco-bureau-county-branches.txt": [
        ("1", "依法打击河湖违法排污行为", [("州生态环境局", L, EX), ("州公安局", S, EX), ("州司法局", S, EX),
                                 ("州生态环境局各县市分局", S, EX)]),
        ("2", "开展入河排污口排查整治", [("州生态环境局各县（市）分局", L, EX), ("州水务局", S, EX)]),
        ("3", "加强农村生活污水治理设施运维", [("州住房城乡建设局", L, EX), ("州生态环境局", S, EX), ("各县（市）人民政府", S, EX)]),
    ],
    # （以下均需A、B落实，不再列出） in brackets right after the 责任单位 list (西安's 2025 空气质量持续改善
    # 实施方案): the bracket goes with the marker (was a unit 各开发区管委会（ and a unit ）, and the
    # later tasks inherited 各开发区管委会（); a unit's own bracket (市工信局（市中小企业局）) and a
    # duty note in brackets stay as they were
    "inherit-below-bracketed-after-list.txt": [
        ("1", "严把高耗能高排放项目准入关口", [("市发改委", L, FL), ("市工信局", S, EX), ("市生态环境局", S, EX),
                                   ("各区县政府", S, EX), ("某新区管委会", S, EX), ("各开发区管委会", S, EX)]),
        ("2", "推进重点行业绿色化改造", [("市工信局", L, FL), ("市生态环境局", S, EX), ("各区县政府", S, INH),
                               ("某新区管委会", S, INH), ("各开发区管委会", S, INH)]),
        ("3", "完善重污染天气预警机制，提升空气质量预报能力", [("市生态环境局", L, FL), ("市气象局", S, EX),
                                           ("各区县政府", S, INH), ("某新区管委会", S, INH), ("各开发区管委会", S, INH)]),
    ],
    # 强化公众参与和社会监督 in the safeguards (its points run on one line in a 2016 水十条 方案): society
    # is no body, though 社会 ends like 协会 (was a task with a support named 强化公众参与和社会); a
    # body ending in 会 (市红十字会, 市总工会) stays one
    # 以下均需A落实，不再列出 in the first task (陕西's 2016 土十条 方案) is said of the plan's work, in its
    # later chapters too: not of an item of its safeguards chapter, which keeps its own unit (was a
    # support A there, the item's 省财政厅要… lost); a safeguards item naming nobody stays none
    "inherit-below-not-into-safeguards.txt": [
        ("（一）", "深入开展土壤环境质量调查", [("省环境保护厅", L, EX), ("省国土资源厅", S, EX), ("省农业厅", S, EX),
                                     ("各设区市人民政府", S, EX)]),
        ("（二）", "建设土壤环境质量监测网络", [("省环境保护厅", L, EX), ("省国土资源厅", S, EX), ("省林业厅", S, EX),
                                     ("各设区市人民政府", S, INH)]),
        ("（三）", "划定农用地土壤环境质量类别", [("省农业厅", L, EX), ("省环境保护厅", S, EX), ("各设区市人民政府", S, INH)]),
        ("（一）", "加大财政投入", [("省财政厅", L, EX)]),
    ],
    # the standing note written before the first chapter (a 工作要点's preamble closing on （以下各项工作均需
    # 各设区市人民政府落实，不再列出）, or a 说明： line over the chapters): every task of the work inherits it
    # (was read by nobody: the note stood before the first heading, where markers were not looked for);
    # the safeguards' item keeps its own units, and the cover letter's 请…抓好落实 gives nobody
    "inherit-below-in-preamble.txt": [
        ("（一）", "推进重点行业超低排放改造", [("省生态环境厅", L, EX), ("省发展改革委", S, EX), ("省工业和信息化厅", S, EX),
                                    ("各设区市人民政府", S, INH)]),
        ("（二）", "强化扬尘污染管控", [("省住房城乡建设厅", L, EX), ("省交通运输厅", S, EX), ("各设区市人民政府", S, INH)]),
        ("（三）", "加大生态环境保护资金投入", [("省财政厅", L, EX), ("省生态环境厅", S, EX)]),
    ],
    "inherit-below-note-line-before-chapters.txt": [
        ("1", "开展工业企业大气污染综合治理，完成12家企业深度治理", [("县生态环境分局", L, EX), ("县经信局", S, EX),
                                                 ("各乡镇人民政府", S, INH), ("某县经济开发区管委会", S, INH)]),
        ("2", "严格秸秆禁烧管控", [("县农业农村局", L, EX), ("县生态环境分局", S, EX), ("县城管局", S, EX),
                            ("各乡镇人民政府", S, INH), ("某县经济开发区管委会", S, INH)]),
    ],
    # 三、考核奖惩 closing a 目标责任书 (本责任书完成情况纳入年度目标考核…) says what the work is weighed by,
    # no task (was one, its text running into the seals); the 工作措施 items naming no unit are 乙方's,
    # the body answering for the book (were led by nobody); an item naming its own units keeps them
    "responsibility-book-closing-rewards.txt": [
        ("1", "加强重点污染源监管", [("某县环境保护局", L, INH)]),
        ("2", "开展环境执法专项行动", [("某县环境保护局", L, INH)]),
        ("3", "推进县城污水处理厂提标改造", [("县住建局", L, EX), ("县环境保护局", S, EX)]),
    ],
    "safeguards-social-supervision.txt": [
        ("1", "取缔“十小”企业", [("市环保局", L, EX), ("市工信委", S, EX), ("市工商局", S, EX)]),
        ("2", "开展节水护水宣传", [("市环保局", L, EX), ("市红十字会", S, EX), ("市总工会", S, EX)]),
    ],
    # an item's heading ending with a verb a unit may end with (强化部门协同: 协同 after 部门): the work
    # of the departments, no unit 强化部门 supporting a task of its own (the item was split in two at
    # its heading, its units on a second task of the same number); near misses: a heading without
    # such a word, and a real unit with 协同 in the item's sentence
    "heading-ends-with-a-role-verb.txt": [
        ("（一）", "强化部门协同", [("市公安局", L, FL), ("市检察院", S, EX), ("市水利局", S, EX)]),
        ("（二）", "深化区域协同", [("市治水办", L, EX), ("各县（市、区）治水办", S, EX)]),
        ("（三）", "加强部门联动", [("市公安局", L, FL)]),
        ("（四）", "开展联合执法", [("市生态环境局", L, EX), ("市综合执法局", S, EX)]),
    ],
    # a city's plan naming its own bodies by their function alone (市场监管局负责X，各县（市、区）政府负责Y /
    # 住建局负责X，市公安局负责Y / 生态环境局牵头，… / 市场监管局要…): named bodies, the plan's place's
    # (the first read nothing, the second kept 市公安局 alone, the fourth nothing); near misses: the
    # field as prose (加强市场监管 / 监管局面) and a kind of bureau (当地公安局) stay none
    "bare-function-bodies.txt": [
        ("（一）", "强化散煤管控", [("市场监管局", L, EX), ("各县（市、区）政府", L, EX)]),
        ("（二）", "加强施工扬尘治理", [("住建局", L, EX), ("市公安局", L, EX)]),
        ("（三）", "推进机动车污染治理", [("生态环境局", L, EX), ("公安局交警支队", S, EX), ("交通运输局", S, EX)]),
        ("（四）", "规范成品油市场", [("市场监管局", L, EX)]),
        ("（五）", "加强执法监管", []),
        ("（六）", "强化案件移送", []),
    ],
    # B、C配合A做好… with B and C companies named as themselves (华润燃气南宁公司 / 南宁建宁水务集团) or a
    # national system's body named by its city (南宁供电局): A leads, they support (the first read
    # nothing, the second one unit 南宁供电局配合各城区人民政府, read to the 区 inside it, the third one
    # unit too; beside a lead, the fifth lost its company); kinds of company (燃气公司、物业服务公司配合…)
    # support the body they help too since stop 28 (was no clause: 各城区人民政府 lost with them;
    # kinds-of-company-helping-a-body.txt)
    "companies-helping-bodies.txt": [
        ("（一）", "推进管线改造", [("各城区人民政府", L, EX), ("南宁供电局", S, EX), ("华润燃气南宁公司", S, EX),
                              ("南宁建宁水务集团", S, EX)]),
        ("（二）", "保障电力供应", [("各城区人民政府", L, EX), ("南宁供电局", S, EX)]),
        ("（三）", "推进燃气入户", [("市住房城乡建设局", L, EX), ("华润燃气南宁公司", S, EX)]),
        ("（四）", "规范小区管线维护", [("各城区人民政府", L, EX), ("燃气公司", S, EX), ("物业服务公司", S, EX)]),
        ("（五）", "推进雨污分流改造", [("市住房城乡建设局", L, EX), ("南宁建宁水务集团", S, EX)]),
    ],
    # A为责任主体（实施主体），B、C按职责加强指导 / B负责指导 in a numbered item of the work: the item's
    # assignment, A leading, the guides supporting (the first read 市应急局 a lead by the first-listed
    # convention, 按职责加强指导 taken for 按职责分工负责; the second and third read nothing); near misses:
    # a business as 责任主体 names none, 基本原则 and 保障措施 state how work is shared (no task), and
    # 按职责加强指导 after a lead stays a support
    "subjects-and-guides.txt": [
        ("（一）", "工业园区等功能区安全专项整治", [("各开发区管委会", L, EX), ("市应急局", S, EX), ("市商务局", S, EX)]),
        ("（二）", "重大事故隐患排查整治", [("各区县（市）人民政府", L, EX), ("市安委会各成员单位", S, EX)]),
        ("（三）", "城市建设安全专项整治", [("各区县（市）人民政府", L, EX), ("市住房城乡建设局", S, EX)]),
        ("（四）", "危险化学品安全专项整治", []),
        ("（五）", "交通运输安全专项整治", [("市交通运输局", L, EX), ("市公安局", S, EX), ("市城乡建设局", S, EX)]),
        ("（二）", "强化督导检查", [("市安委办", L, EX)]),
    ],
    # 由A转交 / 移送 / 转办 / 交由B核查处理（依法查处 / 办理）: the matter is given to A, who hands it to B to
    # handle: A leads, B supports (the first two read nothing, 依法查处 taken for a division's name
    # ending 处; the third read a unit 市市场监管局转办, the fourth one unit 市信访局交由市住建局, the
    # work before 由 running to the second 由); near misses: a hand-over named as work (建立…移交机制),
    # 由A负责依法查处, a division 稽查处 leading, 由此… (no doer)
    "matters-handed-on.txt": [
        ("1", "做好涉秦岭信访问题办理", [("市秦岭保护局", L, EX), ("属地区县政府", S, EX)]),
        ("2", "加强涉嫌犯罪案件移送", [("市生态环境局", L, EX), ("市公安局", S, EX)]),
        ("3", "规范投诉举报办理", [("市市场监管局", L, EX), ("各区县人民政府", S, EX)]),
        ("4", "加强问题线索办理", [("市信访局", L, EX), ("市住建局", S, EX)]),
        ("5", "建立线索移交机制", []),
        ("6", "严厉打击非法捕捞", [("市农业农村局", L, EX)]),
        ("7", "查处违法经营行为", [("市市场监管局稽查处", L, EX), ("市公安局", S, EX)]),
        ("8", "规范赔偿处置", []),
    ],
    # the lead choosing or organising the places that carry its work out (A负责，选择B、C具体落实 /
    # 确定B、C组织实施 / 组织B、C抓好落实 / 在B、C推进): the places support, the verb is no part of the
    # first one's name (was a unit 选择城关镇). Near misses as they were: 选择B、C试点 names a trial's
    # sites, nobody; B、C具体落实 with no verb before; 县委组织部 is a name, not 组织 + 部
    "chosen-places-carry-out.txt": [
        ("（一）", "推进农村生活污水治理", [("县城管局", L, EX), ("城关镇", S, EX), ("龙泉镇", S, EX)]),
        ("（二）", "开展垃圾分类试点", []),
        ("（三）", "推进农村厕所改造", [("县农业农村局", L, EX), ("城关镇", S, EX), ("龙泉镇", S, EX)]),
        ("（四）", "推进农贸市场改造", [("县商务局", L, EX), ("城关镇", S, EX), ("龙泉镇", S, EX)]),
        ("（五）", "推进老旧小区改造", [("县住建局", L, EX), ("城关镇", S, EX), ("龙泉镇", S, EX)]),
        ("（六）", "推进背街小巷整治", [("县城管局", L, EX), ("城关镇", S, EX), ("龙泉镇", S, EX)]),
        ("（七）", "推进干部培训", [("县委组织部", L, EX), ("县人社局", S, EX)]),
    ],
    # places opening an item's sentence with their action before the body arranging it after a comma
    # (各乡镇组织开展排查，县住建局负责统筹，县财政局配合 / …，县住建局牵头，…配合): the body arranging
    # it leads, as 统筹 reads everywhere, the places carry the work out and support, as they do when the
    # same words stand in two sentences (（三）; responsibilities._places_before_lead) (the towns were
    # dropped). Near misses as they were: a guide after the comma (（四）: the places lead,
    # places-acting-before-their-guide), another duty (（五）), a kind of body (（六）), a principle
    # (（七）: 为责任主体, read nowhere) and what was done (（八）: 已组织)
    "places-acting-before-coordinator.txt": [
        ("（一）", "开展房屋安全排查", [("各乡镇", S, EX), ("县住建局", L, EX), ("县财政局", S, EX)]),
        ("（二）", "推进危房改造", [("各乡镇（街道）", S, EX), ("县住建局", L, EX), ("县财政局", S, EX), ("县民政局", S, EX)]),
        ("（三）", "开展燃气安全排查", [("各乡镇", S, EX), ("县住建局", L, EX), ("县应急局", S, EX)]),
        ("（四）", "推进化肥减量", [("各乡镇", L, EX), ("县农业农村局", S, EX)]),
        ("（五）", "加强商贸领域排查", [("县商务局", L, EX)]),
        ("（六）", "开展部门排查", [("县住建局", L, EX)]),
        ("（七）", "落实属地责任", []),
        ("（八）", "巩固排查成果", [("县住建局", L, EX), ("县财政局", S, EX)]),
    ],
    # a matter handed on to the governments of wherever it is (转交属地政府 / 属地区县政府 / 事发地区县政府):
    # a collective, as 各区县政府 (属地政府 was read into the lead's name: one lead 市秦岭保护局转交属地政府);
    # near miss: 按照属地管理原则 is a principle, no unit
    # 由A转交属地县（市、区）人民政府核查处理: the levels' bracket is part of B's name, no end of the
    # phrase 由 gives (was no clause: A and B lost), as 由A转交属地区县政府核查处理 is read; near
    # misses: 由A组织各县（市、区）开展… read as before, a body's own bracket and 通报 (no action of
    # the work given) name nobody
    "matters-handed-on-to-levels-in-brackets.txt": [
        ("1", "强化违法线索查处", [("市生态环境局", L, EX), ("属地县（市、区）人民政府", S, EX)]),
        ("2", "做好信访件办理", [("市信访局", L, EX), ("各县（市、区）政府", S, EX)]),
        ("3", "规范案件办理", [("各县（市、区）", L, EX)]),
        ("4", "加强执法检查", [("市城管局", L, EX), ("各县（市、区）", S, EX)]),
        ("5", "完善线索移交", []),
    ],
    # A将X移送B依法查处 / A及时将X转交B核查处理 (no 由): A's own action hands the matter on, A leads and B
    # handles it for A, as in 由A移送B (was no clause, or A alone after another action); a body handed it
    # that is a kind (公安机关) names nobody. Near misses: a mechanism of handing over (建立…移交机制), a kind
    # of body handing on (各有关部门将…), and 将 without a handover (将…纳入…) stay unread
    "matters-handed-on-without-by.txt": [
        ("1", "加强行刑衔接", [("市生态环境局", L, EX), ("市公安局", S, EX)]),
        ("2", "规范信访办理", [("市信访局", L, EX), ("属地区县政府", S, EX)]),
        ("3", "强化执法检查", [("市生态环境局", L, EX), ("市公安局", S, EX)]),
        ("4", "推进案件移送", [("市市场监管局", L, EX)]),
        ("5", "完善移交机制", []),
        ("6", "落实部门责任", []),
        ("7", "推进信息共享", []),
        # …移交属地街道办事处处理 (by 由 or not): the 处 of 处理 ends no name (was no clause, or 属地街道办)
        ("8", "规范违建处置", [("市城管局", L, EX), ("属地街道办事处", S, EX)]),
        ("9", "加强违建巡查", [("市城管局", L, EX), ("属地街道办事处", S, EX)]),
    ],
    # 由A限期整改 / 交由A立即整改 / 由A尽快整改到位: how soon, as 及时, before the action given by 由 (was no
    # clause); near miss: 由于 (a cause) gives nothing
    "given-to-be-done-how-soon.txt": [
        ("1", "督察反馈问题整改", [("市住建局", L, EX)]),
        ("2", "群众举报问题整改", [("市城管局", L, EX)]),
        ("3", "信访问题整改", [("市生态环境局", L, EX)]),
        ("4", "整改不到位问题", []),
    ],
    # 由A转B办理 (转, 交, 送 or 移 alone between a body's name and a place's or the places'): A leads, B handles it
    # (was one unit 市信访局转市住建局 leading); near misses: 转发 (a document passed down, no handover of
    # work) and 转 inside a name (市物流转运中心) stay as they were
    "matters-handed-on-by-zhuan-alone.txt": [
        ("1", "规范信访件办理", [("市信访局", L, EX), ("市住建局", S, EX)]),
        ("2", "加强诉求办理", [("市政务服务中心", L, EX), ("各区县政府", S, EX)]),
        ("3", "规范文件办理", []),
        ("4", "推进物流建设", [("市物流转运中心", L, EX)]),
        # 交 / 送 / 移 alone likewise (were 市信访局交市住建局, …送…, …移…); near miss: 市公安局交警支队 one name
        ("5", "规范问题办理", [("市信访局", L, EX), ("市住建局", S, EX)]),
        ("6", "规范审批办理", [("市行政审批局", L, EX), ("市住建局", S, EX)]),
        ("7", "加强案件办理", [("市城管局", L, EX), ("市公安局", S, EX)]),
        ("8", "加强交通管理", [("市公安局交警支队", L, EX)]),
    ],
    # X转B依法查处 / X交B限期整改 / X移交B / X移送B / X转交属地区县政府 with no giver (no 由, no body before the
    # verb): the body handed the matter does it and leads, as after 交由 (由A转交B: A, given it, leads and B
    # supports); was no clause. Near misses stay as they were: a mechanism of handing over, 提交B审批 and
    # 报送B审核 (a document submitted up), 流转 in a word (土地流转市场), and A将X移送B (A leads, B supports)
    "matters-handed-on-with-no-giver.txt": [
        ("1", "加强行刑衔接", [("市公安局", L, EX)]),
        ("2", "规范信访办理", [("市住建局", L, EX)]),
        ("3", "强化执法检查", [("市公安局", L, EX)]),
        ("4", "推进案件移送", [("市公安局", L, EX)]),
        ("5", "规范投诉处理", [("属地区县政府", L, EX)]),
        ("6", "完善移交机制", []),
        ("7", "规范方案报批", []),
        ("8", "规范数据报送", []),
        ("9", "推进土地流转", []),
        ("10", "加强案件移送", [("市生态环境局", L, EX), ("市公安局", S, EX)]),
    ],
    # 由A（A's other nameplate）转交B核查处理 / 移送B依法查处 / 交由B（B's other nameplate）办理: the bracket is
    # part of the body's name, A leads and B handles it (was no clause at all, both bodies lost); near
    # misses stay as they were: 由A（A2）定期通报 (no handover, no given action) and a bracket that names
    # no body (由经营主体（企业）自行整改)
    "matters-handed-on-by-a-body-with-two-nameplates.txt": [
        ("1", "规范投诉举报办理", [("市市场监管局", L, EX), ("属地区县政府", S, EX)]),
        ("2", "加强涉嫌犯罪案件移送", [("市生态环境局", L, EX), ("市公安局", S, EX)]),
        ("3", "做好信访件办理", [("市信访局", L, EX), ("市住建局", S, EX)]),
        ("4", "完善线索通报", []),
        ("5", "落实企业主体责任", []),
    ],
    # 选择B、C作为示范镇具体落实 / 确定B、C为试点镇组织实施: what the chosen places are made is no part
    # of the last one's name (was a unit 龙泉镇作为示范镇); with no lead before it (选择B、C具体落实 /
    # 组织各乡镇（街道）抓好落实) the places carry it out, the verb choosing them no part of the first
    # (was a lead 选择城关镇); near misses: 在全县范围内 (no place named), a trial site, 在…领导下
    "chosen-places-made-and-unled.txt": [
        ("（一）", "推进示范创建", [("县城管局", L, EX), ("城关镇", S, EX), ("龙泉镇", S, EX)]),
        ("（二）", "推进试点建设", [("县住建局", L, EX), ("城关镇", S, EX), ("龙泉镇", S, EX)]),
        ("（三）", "推进污水治理", [("城关镇", L, FL), ("龙泉镇", S, EX)]),
        ("（四）", "推进厕所改造", [("各乡镇（街道）", L, EX)]),  # (the one doer named: explicit)
        ("（五）", "推进全域整治", []),
        ("（六）", "推进试点建设", []),
        ("（七）", "加强组织实施", []),
    ],
    # the places opening a sentence with the work they do, stated, before a named body's own part of it
    # (各乡镇（街道）对辖区内企业开展全面排查，县应急局负责建立问题台账): each leads its part (the places
    # were dropped), 应急 no 应 urging them; near misses stay as they were: the places urged (要 / 应当),
    # a kind of body (各有关单位), what was done (已)
    "places-acting-beside-a-body-part.txt": [
        ("（一）", "开展企业隐患排查", [("各乡镇（街道）", L, EX), ("县应急局", L, EX), ("县财政局", S, EX)]),
        ("（二）", "开展燃气隐患排查", [("各乡镇", L, EX), ("县住建局", L, EX)]),
        ("（三）", "开展商贸隐患排查", [("县商务局", L, EX)]),
        ("（四）", "开展校园隐患排查", [("县教育局", L, EX)]),
        ("（五）", "开展道路隐患排查", [("县交通运输局", L, EX)]),
        ("（六）", "开展水库隐患排查", [("县水利局", L, EX)]),
        # (the body's own action, no duty word: each leads as beside its duty; beside urged places the
        # body alone, as （三）; both read nothing before)
        ("（七）", "开展河道隐患排查", [("各乡镇", L, EX), ("县水利局", L, EX)]),
        ("（八）", "开展山塘隐患排查", [("县水利局", L, EX)]),
    ],
    # kinds of company helping a named body (燃气公司、物业服务公司配合县住建局开展… / 各供水企业配合县水利局
    # 做好…): the body they help leads, they support, as after a lead (县住建局牵头，各燃气企业配合) and as
    # companies named as themselves do (was no clause: the body lost with them); a kind's own duty
    # (各供水企业负责… / 燃气企业要…) and help given to nobody named stay the businesses' (unchanged)
    "kinds-of-company-helping-a-body.txt": [
        ("（一）", "开展燃气管线排查", [("县住建局", L, EX), ("燃气公司", S, EX), ("物业服务公司", S, EX)]),
        ("（二）", "加强供水设施检修", [("县水利局", L, EX), ("各供水企业", S, EX)]),
        ("（三）", "保障城区供水", []),
        ("（四）", "落实企业主体责任", []),
        ("（五）", "做好用户宣传", []),
    ],
    # the plan naming a unit's role (确定A为牵头单位 / 指定A为牵头单位 / 明确各乡镇为责任主体): its verb is
    # no part of the unit's name (were units 确定县住建局 / 指定县应急局 / 明确各乡镇); near misses: 明确
    # before what is made clear (明确责任分工，… / 明确县住建局工作职责) is read as before
    "roles-named-by-the-plan.txt": [
        ("（一）", "开展燃气管线排查", [("县住建局", L, EX), ("县财政局", S, EX)]),
        ("（二）", "推进燃气设施改造", [("各乡镇", L, EX), ("县住建局", S, EX)]),
        ("（三）", "加强瓶装燃气监管", [("县应急局", L, EX), ("县公安局", S, EX), ("县交通运输局", S, EX)]),
        ("（四）", "规范燃气经营秩序", [("县市场监管局", L, EX)]),
        ("（五）", "加强用户安全宣传", []),
    ],
    # a company named as itself given the work with 负责 (南宁建宁水务集团负责做好… / 华润燃气南宁公司负责…):
    # it leads, as 国网南宁供电公司负责… is read (was no clause: the item named nobody); near misses stay
    # as they were: a named company's 要 (urged), a collective of businesses (各供水企业负责…) and a kind
    # of company on its own (燃气公司负责…: one firm or the trade, not told)
    "named-company-own-duty.txt": [
        ("（一）", "保障城区供水", [("南宁建宁水务集团", L, EX)]),
        ("（二）", "保障燃气供应", [("华润燃气南宁公司", L, EX)]),
        ("（三）", "加强管网巡查", []),
        ("（四）", "保障二次供水", []),
        ("（五）", "做好瓶装燃气配送", []),
    ],
    "matters-handed-on-to-wherever.txt": [
        ("1", "强化违法线索查处", [("市秦岭保护局", L, EX), ("属地政府", S, EX)]),
        ("2", "做好信访件办理", [("市信访局", L, EX), ("属地区县政府", S, EX)]),
        ("3", "加强应急处置", [("市应急局", L, EX), ("事发地区县政府", S, EX)]),
        ("4", "落实属地管理", [("市秦岭保护局", L, EX), ("各区县政府", S, EX)]),
    ],
    # 在县委统一领导下，由A组织实施 / 在县委县政府领导下，A具体负责 in a numbered item of the work: the
    # body given the work leads it, the leadership phrase no unit (the sentence was a principle, the
    # bureau lost); near misses stay principles: the government under the party committee (在县委统一
    # 领导下，县政府负责组织实施), 在党的领导下 alone, 坚持党委领导、政府负责, and the same sentence in
    # the 基本原则, a 组织领导 chapter and the safeguards
    "led-body-in-task.txt": [
        ("（一）", "推进老旧小区改造", [("县住建局", L, EX)]),
        ("（二）", "加强河湖水环境治理", [("县水利局", L, EX)]),
        ("（三）", "强化安全生产应急处置", [("县应急局", L, EX), ("各乡镇", S, EX)]),
        ("（四）", "推进农业面源污染治理", [("县农业农村局", L, EX)]),
        ("（五）", "统筹推进整治工作", []),
        ("（六）", "加强基层党建引领", []),
        ("（七）", "健全整治工作机制", []),
        ("（二）", "强化督查考核", [("县委督查室", L, EX)]),
    ],
    # the places answering for the work, a sector department guiding after a comma inside the
    # bracket (责任单位：各乡镇人民政府，县生态环境局指导 / 各乡镇负责，县农业农村局指导): the places lead
    # (first listed when the label names one, explicit by 负责 or set against the guide), the guide
    # supports; 加强指导 / 加强业务指导 as 指导 (was a unit 县城管局加强, its 加强 read into the name);
    # near misses: a department listed first before the places leads them, a guide alone leads
    "places-lead-guide-supports.txt": [
        ("（一）", "推进农村生活污水治理", [("各乡镇人民政府", L, FL), ("县生态环境局", S, EX)]),
        ("（二）", "推进生活垃圾分类", [("各乡镇人民政府", L, FL), ("县城管局", S, EX)]),
        ("（三）", "推进畜禽粪污资源化利用", [("各乡镇", L, EX), ("县农业农村局", S, EX), ("县生态环境局", S, EX)]),
        ("（一）", "推进秸秆综合利用", [("各乡镇", L, EX), ("县农业农村局", S, EX)]),
        ("（二）", "推进农膜回收", [("各乡镇人民政府", L, EX), ("县供销社", L, EX), ("县农业农村局", S, EX)]),
        ("（三）", "推进村庄清洁行动", [("县农业农村局", L, FL), ("各乡镇人民政府", S, EX)]),
        ("（四）", "加强技术服务", [("县农业农村局", L, EX)]),
    ],
    # A负责X，B加强监管 (no duty word before the oversight): B's own part, as B要加强监管 and B负责监管
    # read beside another's duty — each leads its part (B was lost: the company, or the first bureau,
    # alone); after a lead (由A牵头，B加强监管) a support, as B要… reads there (was no clause);
    # near misses: a kind of body (各有关部门加强监管) and a business's duty before places overseeing it
    # name nobody new
    "regulator-after-duty.txt": [
        ("（一）", "推进老旧管网更新改造", [("华润燃气南宁公司", L, EX), ("市住建局", L, EX)]),
        ("（二）", "加强燃气管网巡查", [("市住建局", L, EX), ("市应急局", L, EX)]),
        ("（三）", "规范用户设施改造", [("华润燃气南宁公司", L, EX), ("市住建局", L, EX)]),
        ("（四）", "加强餐饮场所燃气安全", [("市商务局", L, EX), ("市市场监管局", L, EX)]),
        ("（五）", "加强瓶装燃气配送管理", [("市住建局", L, EX), ("市交通运输局", S, EX)]),
        ("（六）", "推进用户设施安全检查", [("市住建局", L, EX)]),
        ("（七）", "强化燃气企业主体责任", []),
    ],
    # 由A负责（组织）实施 / 由A牵头推进 / 由A组织实施, then the aim (确保按期完成): the one body given the work by 由
    # leads, as 由A负责组织开展X，… reads (was no clause: the carrying out closing the verb left the
    # phrase no object, the aim after it read as prose), under a leadership phrase too; near misses:
    # a bare 由A负责 mid-item before another part (as by-one-unit-opening-item) and a result reported
    "given-carried-out-then-aim.txt": [
        ("（一）", "推进老旧小区改造", [("县住建局", L, EX)]),
        ("（二）", "推进背街小巷整治", [("县城管局", L, EX)]),
        ("（三）", "推进城区污水管网建设", [("县水利局", L, EX)]),
        # (由A组织实施: the carrying out is the verb; the one body the sentence gives the work to leads
        # because it is named the doer, explicit as 由A负责 (was first_listed, a list's convention))
        ("（四）", "推进口袋公园建设", [("县住建局", L, EX)]),
        ("（一）", "加强工地扬尘管理，严格落实“六个百分之百”", []),
        ("（二）", "推进供热管网改造", []),
    ],
    # the collective first, saying its duty, then "not listed again" (注：各县（市、区）人民政府、X管委会负责本辖区
    # 各项任务的落实，以下不再一一列出 / 各县（市、区）人民政府是…的责任主体，负责落实下列各项任务，以下不再列出):
    # every later task's supporter, as 以下均需A落实，不再列出 (was read nowhere); the safeguards' 各地要… /
    # 各县（市、区）要加强组织领导 with no "not listed" is no marker, and no safeguard item is a task
    "inherit-below-subject-first-note.txt": [
        ("1", "严格落实巡河制度，市级河湖长年内至少开展1次专题调研",
         [("市河长办", L, EX), ("各级河长办", S, EX), ("各县（市、区）人民政府", S, INH), ("井冈山经开区管委会", S, INH)]),
        ("2", "深化河湖“清四乱”常态化规范化，问题整改销号率达到100%",
         [("市水利局", L, EX), ("市自然资源局", S, EX), ("市公安局", S, EX), ("各县（市、区）人民政府", S, INH),
          ("井冈山经开区管委会", S, INH)]),
        ("3", "推进智慧河湖建设，整合河湖长制信息平台数据",
         [("市水利局", L, EX), ("市数据局", S, EX), ("各县（市、区）人民政府", S, INH), ("井冈山经开区管委会", S, INH)]),
    ],
    # 本部分任务由A牵头，B配合 / 本章任务由A负责 after a heading's items: the items' units, as 以上任务由…
    # (the items were the heading's text, one task titled by the heading); a chapter whose items name
    # their own units is read as before, and the safeguards' sentence is no task
    "closing-section-note-after-items.txt": [
        ("1", "推进入海排污口分类整治，完成入海排污口整治80%以上",
         [("营口市生态环境局鲅鱼圈分局", L, EX), ("区住房和城乡建设局", S, EX), ("各街道办事处", S, EX)]),
        ("2", "加强入海河流总氮治理，熊岳河入海断面总氮浓度持续下降",
         [("营口市生态环境局鲅鱼圈分局", L, EX), ("区住房和城乡建设局", S, EX), ("各街道办事处", S, EX)]),
        ("3", "实施滨海湿地修复工程，修复岸线2公里", [("区自然资源局", L, EX)]),
        ("4", "开展增殖放流活动，加强海洋生物多样性保护", [("区自然资源局", L, EX)]),
        ("5", "开展海岸线垃圾清理整治，建立常态化保洁机制", [("区城市管理局", L, EX), ("各街道办事处", S, EX)]),
        ("6", "建设滨海绿道和亲海公园", [("区文化旅游和广播电视局", L, EX)]),
    ],
    # named bodies doing the work together with no lead verb: A、B、C联合开展。 / （A、B联合开展） read as
    # A、B联合实施 is, the first listed leading (were no clause, the task led by nobody); A、B协同推进。
    # opening the clause as A、B共同推进, each leading (were each a support); after a lead (A牵头，B、C协同
    # 推进) B and C still support, A联合B开展 still A with B, and the safeguards' 各部门要联合开展… no unit
    "joint-work-no-lead-verb.txt": [
        ("（一）", "开展打击危险废物环境违法犯罪专项行动，依法查处非法转移、倾倒、处置危险废物行为",
         [("市生态环境局", L, FL), ("市公安局", S, EX), ("市检察院", S, EX)]),
        ("（二）", "加强跨区域固体废物非法转移联防联控，建立案件线索移交机制", [("市生态环境局", L, FL), ("市公安局", S, EX)]),
        ("（三）", "推进尾矿库污染隐患排查治理，实施分类分级管理", [("市生态环境局", L, EX), ("市应急管理局", L, EX)]),
        ("（四）", "开展建筑垃圾乱倒乱卸专项整治", [("市城市管理局", L, EX), ("市住房城乡建设局", S, EX), ("市交通运输局", S, EX)]),
        ("（五）", "开展入河排污口溯源整治", [("市生态环境局", L, EX), ("市水利局", S, EX)]),
    ],
    # a body naming no unit, its items one sentence each, and the 附件's 分工表 saying them in other words
    # (涂装企业VOCs综合治理 / 1.开展轨道交通装备涂装企业VOCs综合治理，完成…): the items are the tasks, with
    # their words, taking the rows' units (the rows stood alone, the body's wording on none); the item no
    # row lists (开展六五环境日主题宣传活动) is still no task, the row naming no item still a task of its own
    "table-rows-give-body-items-their-units.txt": [
        ("1", "开展轨道交通装备涂装企业VOCs综合治理，完成20家企业治理设施升级改造", [("生态环境分局", L, TB), ("经济发展局", S, TB)]),
        ("2", "加强工地扬尘管控，严格落实“8个100%”要求", [("建设局", L, TB), ("生态环境分局", S, TB), ("城市管理局", S, TB)]),
        ("3", "推进园区污水管网排查修复，实现工业企业废水应收尽收", [("建设局", L, TB), ("生态环境分局", S, TB)]),
        ("4", "加强河西污水处理厂运行监管", [("生态环境分局", L, TB), ("建设局", S, TB)]),
        ("5", "编制园区碳排放核算清单", [("发展改革局", L, TB), ("生态环境分局", S, TB)]),
    ],
    # the same with the table under its own heading in the body (三、任务分工 / ──── / rows): see
    # test_rows_under_a_heading_give_the_items_they_name_their_units
    "table-under-heading-names-body-items.txt": [
        ("1", "禁止、限制部分塑料制品生产销售使用", [("区发展改革委", L, TB), ("区经济信息委", S, TB), ("区商务委", S, TB)]),
        ("2", "推广应用替代产品和模式", [("区商务委", L, TB), ("区邮政管理局", S, TB)]),
        ("3", "规范塑料废弃物回收利用和处置", [("区城市管理局", L, TB), ("区生态环境局", S, TB), ("区供销社", S, TB)]),
    ],
    "inherit-below-subject-first-duty.txt": [
        ("（一）", "开展声环境功能区划评估调整，完成城区声环境功能区划调整工作",
         [("市生态环境局", L, EX), ("市自然资源和规划局", S, EX), ("各县（市、区）人民政府", S, INH)]),
        ("（二）", "加强机动车噪声管控，依法查处机动车非法改装、鸣笛等违法行为",
         [("市公安局交通警察支队", L, EX), ("各县（市、区）人民政府", S, INH)]),
    ],
    # a Word table printed to PDF and copied as text: its header's labels on one line, one blank
    # between them, and each row's cells wrapped by their columns' widths, one piece a line (1 推进化肥减量 /
    # 增效 / 推广测土配方…), a footer and the header repeated between rows: put back into rows as a
    # PDF's text layer is (was no task: the header was no table's, the rows prose); the two text
    # columns (重点任务 | 具体措施) cut where the task's lines stop filling its width, names wrapped
    # after a 、 (市水利局、安居 / 区人民政府) or inside 城乡 (市住房和城乡 / 建设局) joined
    "table-pdf-rows-wrapped-under-one-line-header.txt": [
        ("1", "推进化肥减量增效", [("市农业农村局", L, TB), ("市生态环境局", S, TB), ("市供销社", S, TB)]),
        ("2", "加强畜禽养殖污染防治", [("市农业农村局", L, TB), ("市生态环境局", S, TB)]),
        ("3", "开展农田退水治理试点", [("市生态环境局", L, TB), ("市水利局", S, TB), ("安居区人民政府", S, TB)]),
        ("4", "推进秸秆综合利用", [("市农业农村局", L, TB), ("市发展和改革委员会", S, TB), ("市住房和城乡建设局", S, TB)]),
        # (the task's second line as narrow as its first, the measure's lines wider: 建立回收网点， is the measure's)
        ("5", "严格农药包装废弃物回收", [("市农业农村局", L, TB), ("市供销社", S, TB)]),
    ],
    # a 整改清单 table, then 附件2 over a contacts list (单位 | 姓名 | 职务 | 手机): the 附件 mark ends the
    # table (was a group row, and the list's lines this table's rows wrapped two a row: 马晓东 a lead,
    # 办公室主任 a support); near misses: group rows (一、大气污染问题) inside the table stay group rows,
    # a second list (单位 | 联系人 | 联系电话) is no table of tasks
    "table-then-contacts-list.txt": [
        ("1", "城区部分路段扬尘污染突出", [("县住建局", L, TB), ("县城管局", S, TB), ("县公安局", S, TB)]),
        ("2", "部分乡镇生活污水直排", [("县生态环境局", L, TB), ("县住建局", S, TB), ("相关乡镇", S, TB)]),
    ],
    # a portal table copied one cell a line: a 配合单位 cell left empty (a blank line, or none) leaves its
    # row one cell short, read with that cell empty (was the table ended at the row, its tasks lost), the
    # last row's too before the chapter after it; a cell of three governments named by their places,
    # one a line (白银区人民政府 / 靖远县人民政府 / 景泰县人民政府), is the 配合 cell's whole (was the first
    # of them in the task's title, the second the lead); near miss: a row with both cells filled (3)
    "table-cells-one-a-line-empty-support.txt": [
        ("1", "推进黄河干流白银段岸线整治", [("市水务局", L, TB), ("白银区人民政府", S, TB), ("靖远县人民政府", S, TB), ("景泰县人民政府", S, TB)]),
        ("2", "开展沿黄工业企业排查整治", [("市生态环境局", L, TB)]),
        ("3", "推进刘川工业园区污水处理厂建设", [("市发展和改革委员会", L, TB), ("市住房和城乡建设局", S, TB)]),
        ("4", "加强沿黄湿地保护", [("市林业和草原局", L, TB)]),
    ],
    # table-pdf-rows-wrapped-under-one-line-header with a group row (一、严格草原保护) between the
    # header and its first row, and after the header repeated (was no task: the header stood over no
    # row 1); 主办 / 协办 labels; names wrapped at a column's edge (盟林业和草原 / 局, 各 / 旗县市人民政 / 府)
    "table-pdf-rows-group-row-under-header.txt": [
        ("1", "落实草原禁牧和草畜平衡制度", [("盟林业和草原局", L, TB), ("盟农牧局", S, TB), ("各旗县市人民政府", S, TB)]),
        ("2", "加强草原执法监管", [("盟林业和草原局", L, TB), ("盟公安局", S, TB)]),
        ("3", "实施退化草原修复工程", [("盟林业和草原局", L, TB), ("盟财政局", S, TB), ("盟农牧局", S, TB)]),
    ],
    # table-pdf-rows-wrapped-under-one-line-header without a measure column: a task wrapped over lines
    # whose 配合单位 cell is empty (推进秸秆肥料化、饲 / 料化、能源化利用 / 市农业农村局 / 2022年10月: as
    # many lines as columns, the lead where the support would stand) is read with that cell empty (was
    # the task's second line its lead, the lead its support); a list's next name cut after a line
    # ending in 、 (市应急管理局、 / 国家矿山安全监 / 察局山东局) is one name; near miss: a task's words
    # holding 、 (乡、村三级包保) over the lead's line stay the task's (no name before the 、)
    "table-pdf-rows-wrapped-task-empty-support.txt": [
        ("1", "落实秸秆禁烧网格化监管责任，实行县、乡、村三级包保", [("市生态环境局", L, TB), ("市农业农村局", S, TB), ("各县区政府", S, TB)]),
        ("2", "推进秸秆肥料化、饲料化、能源化利用", [("市农业农村局", L, TB)]),
        ("3", "开展煤矿重大灾害超前治理", [("市能源局", L, TB), ("市应急管理局", S, TB), ("国家矿山安全监察局山东局", S, TB)]),
        ("4", "加强秸秆禁烧宣传教育", [("市委宣传部", L, TB), ("市教育局", S, TB)]),
    ],
    # a table whose one unit column is 参与单位, under a note saying its first unit leads (注：参与单位中
    # 排在第一位的为牵头单位，其余为配合单位): the first leads (were all supports, no lead); near miss: a
    # table with a 牵头单位 column whose row leaves it empty gives its 参与单位's first no lead
    "table-participants-first-leads-by-note.txt": [
        ("1", "推进钢铁行业超低排放改造", [("市经信局", L, TB), ("市生态环境局", S, TB)]),
        ("2", "推动公共领域车辆电动化", [("市交通运输局", L, TB), ("市公安局", S, TB), ("市机关事务管理局", S, TB)]),
        ("3", "开展园区减污降碳协同试点", [("市生态环境局", L, TB)]),
        ("1", "建设温室气体排放监测站", [("市生态环境局", L, TB), ("市气象局", S, TB)]),
        ("2", "完善碳排放统计核算制度", [("市统计局", S, TB), ("市发展改革委", S, TB)]),
    ],
}


def _facts(plan):
    return [(t.number, t.title, [(m.text, m.role, m.basis) for m in t.mentions]) for t in plan.tasks]


def _check_spans(plan):
    text = plan.document.text
    for t in plan.tasks:
        assert t.span.start <= t.span.end
        for m in t.mentions:
            written = text[m.span.start : m.span.end]
            assert normalise_mention(written) == m.text, (t.number, m.text, written)
            if m.basis != "inherited":  # an inherited unit points at the marker that named it
                assert any(c.span.start <= m.span.start and m.span.end <= c.span.end for c in t.clauses), m.text


def test_every_fixture_has_expectations():
    assert sorted(p.name for p in WORDINGS.glob("*.txt")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_wording(name):
    plan = extract_file(WORDINGS / name)
    assert _facts(plan) == EXPECTED[name]
    _check_spans(plan)
    for t in plan.tasks:
        assert all(c.parsed for c in t.clauses), [(c.raw, c.problems) for c in t.clauses]


# --------------------------------------------------------------------------- structure details


def _plan(name):
    return extract_file(WORDINGS / name)


def test_party_b_answers_for_a_responsibility_books_items_naming_nobody(tmp_path):
    """乙方 of a 目标责任书 (in its head, or beside 甲方 over the seals) leads its items that name no
    unit, the span on its name; not in a plan that is no 责任书 (a PPP 实施方案's 乙方 is a contract's),
    nor when 乙方 names no unit (乙方：（签字）)."""
    items = "一、工作措施\n1．加强重点污染源监管。全县重点企业全部安装在线监测设备。\n2．开展环境执法专项行动。严厉打击环境违法行为。\n"
    seals = "\n甲方：某市人民政府（盖章）        乙方：某县人民政府（盖章）\n2016年3月1日\n"
    plan = extract_text(tmp_path, "某市2016年度县级环境保护目标责任书\n\n" + items + seals)
    assert [(t.number, [(m.text, m.role, m.basis) for m in t.mentions]) for t in plan.tasks] == [
        ("1", [("某县人民政府", L, INH)]), ("2", [("某县人民政府", L, INH)])]
    m = plan.tasks[0].mentions[0]
    assert plan.document.text[m.span.start : m.span.end] == "某县人民政府"
    for text in ("某县污水处理PPP项目实施方案\n\n" + items + seals,
                 "某市2016年度县级环境保护目标责任书\n\n" + items + "\n甲方：（盖章）        乙方：（签字）\n"):
        assert [t.mentions for t in extract_text(tmp_path, text).tasks] == [[], []], text


def test_a_heading_remark_on_who_answers_is_no_part_of_its_title():
    """（各乡镇（街道）为责任主体，下同） / （各乡镇为责任主体） on a heading is the marker its items
    inherit from, not the section's title (was kept in every task's section path)."""
    for name, title in (("heading-body-below.txt", "加强隐患排查"), ("heading-remark-own-section.txt", "推进农村生活垃圾治理")):
        plan = _plan(name)
        assert plan.tasks[0].section[-1] == title
        assert title in [h.title for h in plan.headings]


def test_pipes_in_prose_are_no_table():
    """A line of pipes without a unit column (联系人：… | 电话：… | …) is no markdown table."""
    from respgraph.structure.text_tables import text_tables

    assert text_tables("联系人：张三 | 电话：0791-1234567 | 县农业农村局办公室\n| 地址 | 邮编 | 网址 |\n| 某路1号 | 330000 | x.gov.cn |\n") == []


def test_closing_inherit_marker_is_no_part_of_the_last_item():
    """以上任务均需A落实，不再列出 is said of the list: the last item's text ends before it."""
    last = _plan("inherit-above-closing.txt").tasks[-1]
    assert last.text.endswith("（责任单位：区住建局、区城管局）")
    second = _plan("inherit-above-bracketed.txt").tasks[1]
    assert second.text.endswith("（责任单位：县商务局、县市场监管局）")


def test_a_section_task_ends_before_its_box():
    """第二节　优化能源结构 / its paragraph / 专栏1 …: the section's text is its paragraph alone."""
    second = _plan("plan-sections-as-tasks.txt").tasks[1]
    assert second.text.endswith("推进工业园区集中供热。") and "专栏" not in second.text


def test_a_box_without_a_number_holds_its_projects():
    """专栏　“十四五”…重点工程 (no number): its projects are kind box, the item before the next
    专栏：… ends at its units, and 专栏文章… in a sentence is the item's text, no box."""
    tasks = _plan("plan-box-without-number.txt").tasks
    assert [t.kind for t in tasks if t.number == "1" or t.number == "2"] == ["box", "box", "box"]
    third = next(t for t in tasks if t.number == "（三）")
    assert third.text.endswith("市生态环境局。")
    assert next(t for t in tasks if t.number == "（四）").text.endswith("专栏文章刊发情况纳入年度宣传考核。")


def test_a_box_table_lists_projects_not_division_rows():
    """专栏2　养老服务重点工程 / 工程名称 | 建设内容 | 责任单位: the rows are the box's projects, kind box
    (were kind table, counted as a 分工表's tasks); near miss: an attachment's 重点任务分工表's rows
    are no box projects (they give the body items they list again their units: kind numbered, the
    rows' clause on each)."""
    kinds = {t.title: t.kind for t in _plan("plan-box-table.txt").tasks}
    assert kinds["特困供养机构改造提升工程"] == kinds["医养结合示范工程"] == "box"
    assert kinds["推进公办养老机构改革"] == "paragraph"
    listed = _plan("division-table-then-contact-list.txt").tasks
    assert {t.kind for t in listed} == {"numbered"} and all(m.basis == "table" for t in listed for m in t.mentions)


def test_rows_under_a_heading_give_the_items_they_name_their_units():
    """二、重点任务 / 1.禁止、限制… (no unit) and 三、任务分工 over a table listing the items again: the
    body's items are the tasks (kind numbered, cited 二1), each with its row's clause; the heading
    over the table is no task (the rows were its tasks under 任务分工, cited 三 · 1)."""
    tasks = _plan("table-under-heading-names-body-items.txt").tasks
    assert [(t.kind, t.path) for t in tasks] == [("numbered", "二1"), ("numbered", "二2"), ("numbered", "二3")]
    assert all(c.raw.startswith("主责单位") for t in tasks for c in t.clauses), [c.raw for t in tasks for c in t.clauses]
    body = _plan("table-rows-give-body-items-their-units.txt").tasks
    assert [t.kind for t in body] == ["numbered"] * 4 + ["table"]  # (row 5 names no item of the body)


def test_closing_note_is_no_part_of_the_last_item():
    """注：以上任务中，未列明责任单位的，由A… is said of the list: the last item's text ends before it."""
    last = _plan("closing-note-last-item.txt").tasks[-1]
    assert last.text.endswith("组织开展应急演练。") and last.flags == ["no_clause"]


def test_closing_supervision_is_no_part_of_the_last_item():
    """市…领导小组办公室将适时对工作要点落实情况开展督查 after the last item is the plan's closing supervision:
    the last item's text ends at its units (it was kept there); the same office's sentence before
    another item stays the text of the item above, and a bureau's (市市场监管局将适时…) the last item's."""
    first, last = _plan("closing-supervision-by-the-office.txt").tasks
    assert last.text.endswith("（市工信局牵头，市市场监管局配合）")
    assert first.text.endswith("开展督导。")
    assert _plan("closing-supervision-near-miss.txt").tasks[-1].text.endswith("开展质量抽查。")


@pytest.mark.parametrize("last_item, closing", [
    # the last item's units on a label line with no stop, then a request to all its units (岳阳's 河长制
    # 工作要点: 各责任单位请于每月25日前…) or the office's closing supervision (苏州工业园区's: 园区生态环境保护
    # 委员会办公室将每季度…通报): the closing words are no part of the item (were its text)
    ("　　2.开展“河小青”志愿活动。\n　　责任单位：团市委、市河长办\n",
     "　　各责任单位请于每月25日前将工作进展报送市河长办。\n"),
    ("　　2.组织开展“六五环境日”宣传活动。牵头部门：党群工作委员会；责任部门：生态环境局、社会事业局\n",
     "　　园区生态环境保护委员会办公室将每季度对工作要点推进情况进行通报。\n"),
    # …after its bracket, a 河长制 office written short that will score the villages (镇河长办每季度…考评)
    ("　　2.加强宣传引导。（责任单位：镇团委、镇中心学校）\n",
     "　　镇河长办每季度对各村（社区）河湖长制工作进行考评，考评结果纳入村级年度目标考核。\n"),
    # …after the item's schedule on the last label line (大理's 时间进度：第三季度), words to all units
    ("　　2.开展督察。\n　　牵头单位：州生态环境局\n　　责任单位：州委组织部\n　　时间进度：第三季度\n",
     "　　各县市、各部门要于每季度末月25日前将工作进展报州环委办。\n"),
    # …and how the whole list is weighed (湖州's 以上工作要点已纳入局年度目标责任制考核，各处室…)
    ("　　2.深化清廉机关建设。〔牵头单位：机关党委；配合单位：办公室〕\n",
     "　　以上工作要点已纳入局年度目标责任制考核，各处室、单位要细化措施，每月20日前报送进展。\n"),
])
def test_closing_words_after_the_last_items_units_are_no_part_of_it(tmp_path, last_item, closing):
    head = "某地2024年河湖长制工作要点\n\n一、压实责任\n　　1.落实巡河制度。（责任单位：镇河长办）\n"
    last = extract_text(tmp_path, head + last_item + closing + "\n某地河长制办公室\n2024年3月8日\n").tasks[-1]
    assert last.text.endswith(last_item.strip().split("\n")[-1][-8:]) and closing.strip()[:8] not in last.text
    # near miss: the same sentence before another item stays the text of the item above it
    more = extract_text(tmp_path, head + last_item + "　　镇河长办每季度对此项工作进行督导。\n　　3.开展巡河。（责任单位：镇河长办）\n")
    assert "每季度对此项工作进行督导" in more.tasks[1].text and len(more.tasks) == 3


def test_titled_paragraphs_are_tasks_with_their_text():
    tasks = _plan("titled-paragraphs.txt").tasks
    dust, _, _, sewage, farm, waste, _ = tasks
    assert dust.text.startswith("强化扬尘管控。") and dust.text.endswith("精细化管控。") and dust.flags == ["no_clause"]
    assert dust.section == ["主要任务", "深入打好蓝天保卫战"] and sewage.section == ["主要任务", "深入打好碧水保卫战"]
    assert farm.text.endswith("减少化肥使用量。")  # the paragraph under （四） is its text
    assert "转移联单" in waste.text and waste.text.endswith("（责任单位：市生态环境局）")
    assert not any(t.title.startswith(("为此", "主要目标", "近年来", "党的", "同时", "强化监督")) for t in tasks)


def test_sections_and_campaigns_of_deep_numbering():
    plan = _plan("numbering-deep.txt")
    assert [t.section for t in plan.tasks] == [
        ["主要任务", "深入打好蓝天保卫战", "推进工业污染深度治理"]] * 2 + [
        ["主要任务", "深入打好蓝天保卫战", "强化移动源污染防治"]] * 2
    assert {t.campaign for t in plan.tasks} == {"蓝天保卫战"}


def test_decimal_items_sit_under_their_chapters():
    # (were in no section: the decimal numbers were taken for headings above 一、)
    assert [t.section for t in _plan("decimal-under-chapters.txt").tasks] == [["建设任务"]] * 2 + [["应用场景"]] * 2
    assert [t.section for t in _plan("decimal-outline-duties.txt").tasks] == [["组织指挥体系", "成员单位职责"]] * 4


def test_bracket_headings_are_sections_and_end_clauses():
    plan = _plan("brackets-heading.txt")
    assert [t.section for t in plan.tasks] == [["工业固体废物减量"], ["生活垃圾分类"]]
    assert "生活垃圾分类" not in plan.tasks[0].clauses[0].raw
    assert plan.tasks[0].text.endswith("【责任单位】区生态环境局")


def test_inheritance_marker_is_not_a_heading():
    plan = _plan("inherit-participate.txt")
    assert [t.section for t in plan.tasks] == [["整治任务"], ["整治任务"]]


def test_yishi_ershi_items_and_campaigns():
    plan = _plan("yishi-ershi.txt")
    # the heading above names the campaign (as in the seeds); 持续深入 is not part of the name
    assert [t.campaign for t in plan.tasks] == ["污染防治攻坚战", "污染防治攻坚战"]
    assert [t.section for t in plan.tasks] == [["持续深入打好污染防治攻坚战"]] * 2
    # the second task starts at 二是, the first one holds the item heading
    assert plan.tasks[1].text.startswith("二是加强工业园区污水整治")
    assert plan.tasks[0].text.startswith("深入打好碧水保卫战。一是")


def test_heading_campaign_with_stacked_adverbs():
    from respgraph.structure.campaigns import campaign_name

    assert campaign_name("持续深入打好污染防治攻坚战") == ("污染防治攻坚战", "攻坚战")
    assert campaign_name("坚决打赢蓝天保卫战") == ("蓝天保卫战", "保卫战")


def test_deadline_inside_clause_once_and_leaders_are_not_units():
    plan = _plan("resp-with-deadline.txt")
    assert [[d.text for d in t.deadlines] for t in plan.tasks] == [["2023年12月底前"], ["2024年6月底前"]]
    plan = _plan("leader-unit-deadline.txt")
    assert [[d.text for d in t.deadlines] for t in plan.tasks] == [["2023年6月底前"], ["2023年12月底前"]]
    names = {m.text for t in plan.tasks for m in t.mentions}
    assert not names & {"王建国", "李明"}


def test_inline_clause_with_deadline_keeps_deadline_on_task():
    plan = _plan("multi-lead-inline.txt")
    assert [d.text for d in plan.tasks[2].deadlines] == ["2025年底前"]
    assert plan.tasks[2].clauses[0].raw.endswith("2025年底前完成）")


def test_traditional_spans_map_back_to_the_original_characters():
    plan = _plan("traditional.txt")
    doc = plan.document
    first = plan.tasks[0].mentions
    raw = [doc.raw_text[doc.raw_span(m.span).start : doc.raw_span(m.span).end] for m in first]
    assert raw == ["市發展改革委", "市工業和信息化局", "市統計局"]
    assert [t.section for t in plan.tasks] == [["重点任务"], ["重点任务"]]


def test_label_lines_close_paragraphs_not_items():
    plan = _plan("plan-label-lines-unbracketed.txt")
    assert plan.tasks[0].text.endswith("牵头单位：市发展改革委配合单位：市交通运输局、市商务局")
    assert plan.tasks[3].text.endswith("完成时限：2025年底前\n建成仓储面积20万平方米。")


def test_emergency_plan_outline_sections():
    plan = _plan("emergency-unit-headings.txt")
    heads = [(h.number, h.title) for h in plan.headings]
    assert ("4.1", "Ⅳ级应急响应") in heads and ("4.2", "Ⅲ级应急响应") in heads
    assert plan.tasks[0].text == "县水务局\n承担县防指日常工作，负责水利工程调度，组织指导水利工程安全度汛。"
    plan = _plan("emergency-dotted-tops.txt")
    assert [(h.number, h.level) for h in plan.headings if "." not in h.number] == [(str(n), 1) for n in range(1, 6)]
    assert [t.section for t in plan.tasks[-3:]] == [["应急响应", "响应措施"], ["应急响应", "响应措施"], []]


def test_text_tables_keep_deadlines_and_rows_only():
    plan = _plan("table-tabs.txt")
    assert [t.kind for t in plan.tasks] == ["table"] * 3
    assert [[d.text for d in t.deadlines] for t in plan.tasks] == [["2023年6月底前"], ["2023年12月底前"], ["长期坚持"]]
    plan = _plan("table-spaces.txt")
    assert [[d.text for d in t.deadlines] for t in plan.tasks] == [["2023年10月底前"], ["2023年12月底前"]]
    plan = _plan("table-csv.txt")
    assert [t.kind for t in plan.tasks] == ["table"] * 4
    assert [[d.text for d in t.deadlines] for t in plan.tasks] == [["2024年11月底"], ["2024年12月底"], ["2024年10月底"], ["长期坚持"]]


def test_item_numbers_shared_out_only_when_every_piece_names_one_item(tmp_path):
    # 第（五）项 names no item: the paragraph stays as it is read (a task of its own)
    text = (
        "XX县2024年工作方案\n\n一、主要任务\n（一）推进企业开办。\n（二）推进工程审批。\n\n二、责任分工\n"
        "　　第（一）项由县市场监管局牵头；第（五）项由县发改局负责。\n"
    )
    plan = extract_text(tmp_path, text, "refs.txt")
    assert [(t.number, t.title) for t in plan.tasks if t.mentions] == [("二", "责任分工")]


def test_among_them_the_lead_in_a_labelled_list(tmp_path):
    # 责任单位：A、B，其中A牵头: A leads (was a unit 其中A beside A), B supports
    (task,) = extract_text(tmp_path, "一、主要任务\n1.推进重点工作。（责任单位：市发改委、市财政局，其中市发改委牵头）\n", "among.txt").tasks
    assert [(m.text, m.role) for m in task.mentions] == [("市发改委", L), ("市财政局", S)]


def test_paragraph_after_an_item_that_named_its_units_is_no_more_of_it(tmp_path):
    # 六、…（A负责，B指导） / 市统计局要会同…建立会商机制: the closing paragraph was the last item's
    # text, its 市统计局 a second lead and its partners supports of item 六
    path = tmp_path / "closing.txt"
    path.write_text(
        "五、开展统计法治宣传教育。（市司法局、市统计局负责）\n"
        "六、加强基层统计队伍建设。（各县区政府负责，市统计局指导）\n\n"
        "市统计局要会同市委组织部、市纪委监委机关等单位建立工作会商机制，定期通报工作情况。\n",
        encoding="utf-8",
    )
    last = next(t for t in extract_file(path).tasks if t.number == "六")
    assert "会商机制" not in last.text
    assert [(m.text, m.role) for m in last.mentions] == [("各县区政府", L), ("市统计局", S)]
    # …。A、B负责。 closes an item as a bracket does
    path.write_text("8.加强宣传。区委宣传部、区交通运输局负责。\n\n区交通运输局要会同有关部门加强督导检查，每季度通报工作进展情况。\n", encoding="utf-8")
    item = next(t for t in extract_file(path).tasks if t.number == "8")
    assert "督导检查" not in item.text and [m.text for m in item.mentions] == ["区委宣传部", "区交通运输局"]
    # near misses: a label line after the item's label line goes on; an item without units keeps
    # the paragraph under it as its text and clause
    path.write_text("（一）科学制定改造计划。\n牵头单位：区住建局\n配合单位：区发改局\n（二）加快项目审批。\n开辟绿色通道，实行联合审查。（区行政审批局负责）\n", encoding="utf-8")
    first, second = extract_file(path).tasks
    assert [(m.text, m.role) for m in first.mentions] == [("区住建局", L), ("区发改局", S)]
    assert "绿色通道" in second.text and [(m.text, m.role) for m in second.mentions] == [("区行政审批局", L)]


def test_rows_by_number_only_where_one_body_item_has_the_number(tmp_path):
    # numbering restarting in each chapter (一、1. 2. 二、1. 2.): 序号 1 names no one item, the
    # rows stay tasks of their own with their units; 3 (one item) takes its row's units
    text = (
        "XX县2024年安全生产工作要点\n\n一、压实责任\n1.压实党政领导责任。\n2.压实部门监管责任。\n"
        "二、专项整治\n1.开展燃气安全整治。\n3.开展消防安全整治。\n\n附件\n\n任务分工\n\n"
        "序号\t牵头单位\t配合单位\n1\t县应急管理局\t县住建局\n3\t县消防救援大队\t县商务局\n"
    )
    plan = extract_text(tmp_path, text, "restart.txt")
    got = [(t.number, t.kind, t.title, [(m.text, m.role) for m in t.mentions]) for t in plan.tasks]
    assert ("3", "numbered", "开展消防安全整治", [("县消防救援大队", L), ("县商务局", S)]) in got
    assert ("1", "table", "", [("县应急管理局", L), ("县住建局", S)]) in got
    assert not any(t.mentions for t in plan.tasks if t.kind == "numbered" and t.number == "1")


def test_a_contact_list_by_number_gives_no_units_to_body_items(tmp_path):
    # 序号 | 责任单位 | 联系人 (an appendix's contact list): its rows name who to call, no task's
    # units (were given to body items 1 and 2 as their leads)
    text = (
        "某县2024年安全生产工作方案\n\n一、重点任务\n1.开展隐患排查。全面排查企业安全隐患。\n"
        "2.加强执法检查。开展联合执法。\n二、工作要求\n各单位要按时报送。\n\n附件：责任单位联系人名单\n\n"
        "序号\t责任单位\t联系人\n1\t县应急管理局\t张三\n2\t县市场监管局\t李四\n"
    )
    assert [(t.number, [m.text for m in t.mentions]) for t in extract_text(tmp_path, text, "contacts.txt").tasks] == [("1", []), ("2", [])]


def test_docx_rows_by_number_give_units_to_body_items(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for line in ["XX区2024年营商环境工作要点", "一、优化政务服务", "1.深化“一件事”集成改革，新增集成服务事项10项。",
                 "2.推进“无证明城市”建设，扩大电子证照应用。", "附件", "重点任务分工"]:
        d.add_paragraph(line)
    t = d.add_table(rows=3, cols=3)
    for r, vals in enumerate([["序号", "牵头单位", "配合单位"], ["1", "区政务服务中心", "区数据局"], ["2", "区司法局", "区公安分局"]]):
        for k, v in enumerate(vals):
            t.cell(r, k).text = v
    d.save(tmp_path / "points.docx")
    plan = extract_file(tmp_path / "points.docx")
    assert [(t.number, t.kind, [(m.text, m.role) for m in t.mentions]) for t in plan.tasks] == [
        ("1", "numbered", [("区政务服务中心", L), ("区数据局", S)]),
        ("2", "numbered", [("区司法局", L), ("区公安分局", S)]),
    ]


_LAST_ITEMS = (
    "XX区2025年生态环境保护工作要点\n\n一、大气污染防治\n"
    "    1.深化工业企业综合治理。推进涉VOCs企业深度治理。责任单位：区生态环境局、区工信局\n"
    "    2.加强秸秆禁烧管控。落实网格化巡查制度。责任单位：{units}\n"
)


@pytest.mark.parametrize(
    "units, closing",
    [
        ("各有关部门", "\n吉安市生态环境保护委员会办公室\n2024年4月8日\n"),
        ("各有关部门", "吉安市生态环境保护委员会办公室\n2024年4月8日\n"),  # no blank line
        ("各有关部门", "吉安市生态环境保护委员会办公室\n"),  # nor a date
        ("区直各有关单位", "\n                                        吉州区生态环境保护委员会\n                                        二〇二五年二月十八日\n"),
        ("区直各有关单位", "\n\u3000\u3000\u3000\u3000吉州区生态环境保护委员会\n\u3000\u3000\u30002025年2月18日\n"),
        ("各有关部门", "\n吉州区生态环境保护委员会\n\n附件：重点任务清单\n"),
        ("各有关部门", "\n中共吉州区委办公室\n吉州区人民政府办公室\n2025年2月18日\n"),
        ("区生态环境局、区农业农村局", "\n吉州区生态环境保护委员会\n2025年2月18日\n"),
    ],
)
def test_the_signature_after_the_last_label_is_no_unit(tmp_path, units, closing):
    """The plan's signature under an unbracketed label closing the last item (after a blank line
    or not, dated or not, right-aligned, with 附件 after it) is no part of the label's list."""
    plan = extract_text(tmp_path, _LAST_ITEMS.format(units=units) + closing, "p.txt")
    assert [m.text for m in plan.tasks[-1].mentions] == units.split("、")
    _check_spans(plan)


def test_the_signature_after_a_text_wrapped_at_a_fixed_width_is_no_unit(tmp_path):
    """A copy wrapped at a fixed width joins a full line to the next: never to the signature below a
    blank line (区农业农村局吉州区生态环境保护委员会 was the last item's supporter), nor, in such a
    copy, a label's list closing on a whole name to a paragraph after a blank line."""
    flat = ("吉州区2025年农业农村污染治理工作要点一、农业面源污染防治1.推进化肥农药减量增效。推广测土配方施肥和病虫害统防统治。"
            "责任单位：区农业农村局、区供销社2.加强畜禽养殖污染治理。推进规模养殖场粪污处理设施装备配套。责任单位：区生态环境局、区农业农村局"
            "二、农村人居环境整治3.推进农村生活污水治理。完成20个行政村生活污水治理任务。责任单位：区生态环境局、区住建局、各乡镇（街道）"
            "4.加强农村生活垃圾治理。健全收运处置体系，推进垃圾分类减量。责任单位：区城管局、区农业农村局")
    wrapped = "\n".join(flat[i : i + 30] for i in range(0, len(flat), 30))
    for closing in ("\n\n吉州区生态环境保护委员会\n2025年2月18日\n", "\n\n吉州区生态环境保护委员会\n"):
        plan = extract_text(tmp_path, wrapped + closing, "p.txt")
        assert [t.number for t in plan.tasks] == ["1", "2", "3", "4"]
        assert [m.text for m in plan.tasks[-1].mentions] == ["区城管局", "区农业农村局"]
        # the items above, wrapped mid-name and mid-sentence, still read whole
        assert [m.text for m in plan.tasks[2].mentions] == ["区生态环境局", "区住建局", "各乡镇（街道）"]


def test_names_under_a_list_with_prose_after_them_are_flagged(tmp_path):
    """A line of names flush left under a label's list that prose follows (责任单位：县农业农村局 /
    县生态环境局 / 加强对养殖场…): list or not is unsure, so the clause is flagged with the names,
    never read nor dropped silently; a line opening with a unit that goes on with a verb is prose,
    no flag (（二）), and names up to the next item are the list's (（三）)."""
    plan = extract_text(tmp_path, (
        "某县2022年水污染防治工作要点\n"
        "（一）推进畜禽养殖污染治理。规模养殖场粪污处理设施装备配套率保持100%。\n"
        "责任单位：县农业农村局\n县生态环境局\n加强对养殖场排污的监督检查，依法查处违法排污行为。\n"
        "（二）加强农村生活污水治理。完成15个行政村生活污水治理任务。\n"
        "责任单位：县住建局\n县生态环境局要加强监督检查。\n"
        "（三）推进农村黑臭水体治理。完成5条农村黑臭水体治理。\n"
        "责任单位：县生态环境局\n县住建局\n县农业农村局\n"
        "（四）加强饮用水水源地保护。\n责任单位：县水利局\n"
    ), "p.txt")
    assert [(t.number, [m.text for m in t.mentions], t.flags) for t in plan.tasks] == [
        ("（一）", ["县农业农村局"], ["unparsed_clause"]),
        ("（二）", ["县住建局"], []),
        ("（三）", ["县生态环境局", "县住建局", "县农业农村局"], []),
        ("（四）", ["县水利局"], []),
    ]
    assert plan.tasks[0].clauses[0].problems == ["names under the list not read: 县生态环境局"]
    _check_spans(plan)


def test_a_name_in_half_width_brackets_is_the_same_agency_as_in_full_width():
    from respgraph.records import PlanMeta
    from respgraph.registry import load_registry
    from respgraph.resolve import resolve_mention

    reg, meta = load_registry(), PlanMeta("p", "p.txt", jurisdiction="泰和县")
    for full in ("各乡镇（街道）", "各县（市、区）人民政府", "各镇（街）"):
        half = full.replace("（", "(").replace("）", ")")
        assert normalise_mention(half) == full
        assert resolve_mention(reg, half, meta).agency_id == resolve_mention(reg, full, meta).agency_id


# --------------------------------------------------------------------------- .docx division table


def _division_docx(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("XX市2023年生态环境保护重点任务分工方案")
    d.add_paragraph("为确保各项任务落到实处，现将重点任务分解如下。")
    all_rows = [["XX市2023年生态环境保护重点任务分工表"] * len(header), header] + rows
    t = d.add_table(rows=len(all_rows), cols=len(header))
    for r, vals in enumerate(all_rows):
        if len(set(vals)) == 1:  # a title or section row spans the table
            cell = t.rows[r].cells[0].merge(t.rows[r].cells[len(header) - 1])
            cell.text = vals[0]
        else:
            for k, v in enumerate(vals):
                t.rows[r].cells[k].text = v
    d.save(path)
    return path


def _form_docx(path: Path, fields: list[tuple[str, str]]) -> Path:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("XX市人民政府督查室")
    d.add_paragraph("督办通知单")
    t = d.add_table(rows=len(fields), cols=2)
    for r, (label, value) in enumerate(fields):
        t.rows[r].cells[0].text, t.rows[r].cells[1].text = label, value
    d.add_paragraph("2025年6月20日")
    d.save(path)
    return path


def test_docx_form_of_one_matter_is_its_task(tmp_path):
    # a 督办单 as a form (督办事项 | … / 承办单位 | … / 协办单位 | … / 办结时限 | …): the matter is one
    # task, titled by its 督办事项, 承办 leading (by its label: basis table, was first_listed), 协办
    # supporting, 督办单位 supervising (was no task)
    path = _form_docx(tmp_path / "form.docx", [
        ("督办事项", "关于城区河道违规排污问题整改"),
        ("督办内容", "请迅速核查沿岸企业夜间偷排问题，依法查处违法排污行为。"),
        ("承办单位", "市生态环境局"),
        ("协办单位", "市水利局、市城市管理局"),
        ("办结时限", "2025年8月31日前"),
        ("督办单位", "市政府督查室"),
    ])
    plan = extract_file(path)
    assert _facts(plan) == [
        ("", "关于城区河道违规排污问题整改", [("市生态环境局", L, TB), ("市水利局", S, TB), ("市城市管理局", S, TB)]),
    ]
    assert [m.text for c in plan.tasks[0].clauses for m in c.supervisors] == ["市政府督查室"]
    assert [d.month for d in plan.tasks[0].deadlines] == [8]
    _check_spans(plan)
    # a two-column list of matters and their units is no form: its rows stay tasks
    path = _form_docx(tmp_path / "list.docx", [
        ("工作任务", "责任单位"), ("推进老旧小区改造", "市住建局"), ("开展河道保洁", "市城管局"), ("整治农贸市场", "市商务局"),
    ])
    assert [(t.title, [m.text for m in t.mentions]) for t in extract_file(path).tasks] == [
        ("推进老旧小区改造", ["市住建局"]), ("开展河道保洁", ["市城管局"]), ("整治农贸市场", ["市商务局"])]


def test_html_form_in_pairs_across_the_row(tmp_path):
    # a form laid out two fields a row (督办编号 | … | 交办时间 | … / 承办单位 | … | 协办单位 | …), a
    # value spanning the row: one task; its 交办时间 is when it was handed out, no deadline (the
    # 办结时限 is)
    path = tmp_path / "form.html"
    path.write_text(
        "<html><head><meta charset='utf-8'><title>督办通知单</title></head><body><p>某区人民政府督查室</p>"
        "<table border='1'><tr><td>督办编号</td><td>区督〔2025〕7号</td><td>交办时间</td><td>2025年5月6日</td></tr>"
        "<tr><td>督办事项</td><td colspan='3'>关于某小区燃气管道老化问题的整改</td></tr>"
        "<tr><td>承办单位</td><td>区住房城乡建设局</td><td>协办单位</td><td>区应急管理局、某街道办事处</td></tr>"
        "<tr><td>办结时限</td><td colspan='3'>2025年6月30日前</td></tr></table></body></html>",
        encoding="utf-8",
    )
    plan = extract_file(path)
    assert _facts(plan) == [("", "关于某小区燃气管道老化问题的整改",
                             [("区住房城乡建设局", L, TB), ("区应急管理局", S, TB), ("某街道办事处", S, TB)])]
    assert [(d.year, d.month) for d in plan.tasks[0].deadlines] == [(2025, 6)]


def test_field_line_under_the_labels_stays_with_its_item_before_a_note(tmp_path):
    # 完成时限：… under an item's 牵头单位：/ 责任单位： lines is the item's, when a note closing the list
    # parts the item's block after it (the 完成时限 line opened a task of its own with the note)
    path = tmp_path / "shishi.txt"
    path.write_text(
        "某市2025年为民办实事项目\n\n一、新建公办幼儿园6所。\n牵头单位：市教育局\n责任单位：市财政局\n完成时限：2025年12月底\n\n"
        "二、建设“15分钟健身圈”，新建社区健身路径100处。\n牵头单位：市体育局\n责任单位：各区县政府\n完成时限：2025年9月底\n\n"
        "以上项目中涉及各区县的，由各区县人民政府按照属地管理原则负责组织实施，市直牵头单位要加强指导。\n",
        encoding="utf-8",
    )
    tasks = extract_file(path).tasks
    last = next(t for t in tasks if t.title.startswith("建设"))
    assert last.text.endswith("完成时限：2025年9月底")
    assert [(d.year, d.month) for d in last.deadlines] == [(2025, 9)]
    assert [m.text for m in last.mentions] == ["市体育局", "各区县政府"]
    assert not any(t.title.startswith("完成时限") for t in tasks)


def test_docx_indicator_table_with_unit_columns(tmp_path):
    # 序号 | 指标名称 | 单位 | 2022年 | 2025年 | 属性 | 牵头单位 | 配合单位: a task of kind indicator per
    # row, under its section row, its 2025 value its target (2022, the earliest, is the base), in
    # the 单位 column's unit (no body's); a row without units stays a target only
    path = _division_docx(tmp_path / "i.docx", ["序号", "指标名称", "单位", "2022年", "2025年", "属性", "牵头单位", "配合单位"], [
        ["一、经济发展"] * 8,
        ["1", "地区生产总值增速", "%", "6.5", "7左右", "预期性", "市发展改革委", "市统计局"],
        ["2", "一般公共预算收入", "亿元", "120", "≥150", "预期性", "市财政局", ""],
        ["二、生态环境"] * 8,
        ["3", "森林覆盖率", "%", "60", "62", "约束性", "", ""],
    ])
    plan = extract_file(path)
    assert [(t.number, t.title, t.kind, t.section[-1:], [(m.text, m.role, m.basis) for m in t.mentions],
             [(x.indicator, x.comparator, x.value, x.unit) for x in t.targets]) for t in plan.tasks] == [
        ("1", "地区生产总值增速", "indicator", ["经济发展"], [("市发展改革委", L, TB), ("市统计局", S, TB)],
         [("地区生产总值增速", "左右", 7.0, "%")]),
        ("2", "一般公共预算收入", "indicator", ["经济发展"], [("市财政局", L, TB)], [("一般公共预算收入", "不低于", 150.0, "亿元")]),
    ]
    _check_spans(plan)


def test_docx_division_table_with_section_rows(tmp_path):
    path = _division_docx(
        tmp_path / "division.docx",
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
        [
            ["一、大气污染防治"] * 5,
            ["1", "推进钢铁行业超低排放改造。完成2家钢铁企业全流程超低排放改造。", "市生态环境局",
             "市工业和信息化局、市发展改革委", "2023年12月底前"],
            ["2", "开展餐饮油烟专项整治", "市城管局", "市市场监管局\n各县（市、区）人民政府", "2023年10月底前"],
            ["二、水污染防治"] * 5,
            ["3", "推进城镇污水管网建设", "市住建局", "市水利局", "长期坚持"],
        ],
    )
    plan = extract_file(path)
    assert _facts(plan) == [
        ("1", "推进钢铁行业超低排放改造", [("市生态环境局", L, TB), ("市工业和信息化局", S, TB), ("市发展改革委", S, TB)]),
        ("2", "开展餐饮油烟专项整治", [("市城管局", L, TB), ("市市场监管局", S, TB), ("各县（市、区）人民政府", S, TB)]),
        ("3", "推进城镇污水管网建设", [("市住建局", L, TB), ("市水利局", S, TB)]),
    ]
    assert [t.section for t in plan.tasks] == [["大气污染防治"], ["大气污染防治"], ["水污染防治"]]
    _check_spans(plan)


def test_docx_cell_one_name_a_line_opening_with_no_level(tmp_path):
    # a Word cell holding one name a paragraph, the next opening with no level (九江海事局彭泽海事处)
    # or a town after the towns (沿江各乡镇 / 马当镇: 镇 ends no office's name, the two were one
    # unit): units apart; near misses, a name its writer broke (县生态环 / 境局, 各乡镇 / 人民政府),
    # stay whole
    path = _division_docx(
        tmp_path / "annex.docx",
        ["序号", "整治内容", "牵头单位", "配合单位", "完成时限"],
        [
            ["1", "非法采砂整治", "县水利局", "县公安局\n县交通运输局\n九江海事局彭泽海事处", "2018年10月底"],
            ["2", "岸线复绿", "县林业局", "沿江各乡镇\n马当镇", "2018年12月底"],
            ["3", "沿江化工企业整治", "县工信局", "县生态环\n境局", "2018年12月底"],
            ["4", "沿江垃圾清理", "县城管局", "各乡镇\n人民政府", "2018年12月底"],
        ],
    )
    plan = extract_file(path)
    assert _facts(plan) == [
        ("1", "非法采砂整治", [("县水利局", L, TB), ("县公安局", S, TB), ("县交通运输局", S, TB), ("九江海事局彭泽海事处", S, TB)]),
        ("2", "岸线复绿", [("县林业局", L, TB), ("沿江各乡镇", S, TB), ("马当镇", S, TB)]),
        ("3", "沿江化工企业整治", [("县工信局", L, TB), ("县生态环境局", S, TB)]),
        ("4", "沿江垃圾清理", [("县城管局", L, TB), ("各乡镇人民政府", S, TB)]),
    ]
    _check_spans(plan)


def test_docx_table_responsible_column_leader_column_and_markers(tmp_path):
    # No 牵头 column: the first listed unit of 责任单位 leads (the plans' convention);
    # a 责任领导 column names people, never agencies; 市住建局（牵头） is a lead marker.
    path = _division_docx(
        tmp_path / "resp.docx",
        ["序号", "工作内容", "责任领导", "责任单位", "完成时间"],
        [
            ["1", "推进城市更新行动", "张副市长", "市住建局、市自然资源局", "2023年底"],
            ["2", "推进海绵城市建设", "张副市长", "市水利局、市住建局（牵头）", "2024年底"],
        ],
    )
    plan = extract_file(path)
    assert _facts(plan) == [
        ("1", "推进城市更新行动", [("市住建局", L, FL), ("市自然资源局", S, TB)]),
        ("2", "推进海绵城市建设", [("市水利局", S, TB), ("市住建局", L, TB)]),
    ]
    _check_spans(plan)


def test_half_bracket_items_nest_under_their_headings():
    plan = _plan("half-paren-numbers.txt")
    assert [t.section for t in plan.tasks] == [["提升政务服务效能"]] * 2 + [["优化法治环境"]]


def test_supervisor_and_time_labels_end_unit_lists():
    plan = _plan("supervise-and-time-labels.txt")
    assert [[d.text for d in t.deadlines] for t in plan.tasks] == [["2023年11月底"], ["2023年8月底前"]]
    assert "督办单位：县政府督查室" in plan.tasks[0].clauses[0].raw  # kept in the clause, not a unit


def test_attached_plan_sections_and_metadata():
    plan = _plan("notice-attachment.txt")
    assert [t.section for t in plan.tasks] == [["主要任务"], ["主要任务"]]
    assert plan.meta.title == "XX市2023年大气污染防治工作方案"
    # the cover letter's signature date, after its list of attachments; the 附件 lines are no headings
    assert plan.meta.date == "2023-03-01"
    assert [h.title for h in plan.headings] == ["主要任务", "保障措施"]
    # the notice's own 一、二、 points are not the sections of the attached plan's items
    plan = _plan("notice-with-points.txt")
    assert [t.section for t in plan.tasks] == [[], []]


def test_docx_table_with_two_header_rows(tmp_path):
    # 责任分工 spans 牵头单位 | 配合单位 in a second header row; 序号 / 重点任务 are merged down
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("XX县2023年水污染防治重点任务分工表")
    t = d.add_table(rows=4, cols=5)
    t.rows[0].cells[0].merge(t.rows[1].cells[0]).text = "序号"
    t.rows[0].cells[1].merge(t.rows[1].cells[1]).text = "重点任务"
    t.rows[0].cells[2].merge(t.rows[0].cells[3]).text = "责任分工"
    t.rows[1].cells[2].text, t.rows[1].cells[3].text = "牵头单位", "配合单位"
    t.rows[0].cells[4].merge(t.rows[1].cells[4]).text = "完成时限"
    for r, vals in ((2, ["1", "推进城镇污水处理提质增效", "县住建局", "县生态环境局、县水利局", "2023年底前"]),
                    (3, ["2", "加强农业面源污染治理", "县农业农村局", "县生态环境局", "长期"])):
        for k, v in enumerate(vals):
            t.rows[r].cells[k].text = v
    path = tmp_path / "two-headers.docx"
    d.save(path)
    plan = extract_file(path)
    assert _facts(plan) == [
        ("1", "推进城镇污水处理提质增效", [("县住建局", L, TB), ("县生态环境局", S, TB), ("县水利局", S, TB)]),
        ("2", "加强农业面源污染治理", [("县农业农村局", L, TB), ("县生态环境局", S, TB)]),
    ]
    _check_spans(plan)


def test_docx_table_header_labels_typed_with_blanks_or_a_note(tmp_path):
    # 序  号 / 牵头\n单位 in narrow columns are still the number and lead columns; the note in
    # 责任单位（排名第一的为牵头单位） names no lead column: the first unit listed leads, as the label
    # states (the table's lead, was first_listed)
    path = _division_docx(
        tmp_path / "labels.docx",
        ["序  号", "工 作 任 务", "牵头\n单位", "配合\n单位", "完成\n时限"],
        [["1", "推进河湖长制提档升级", "区水务局", "区生态环境局", "2024年底前"]],
    )
    assert _facts(extract_file(path)) == [("1", "推进河湖长制提档升级", [("区水务局", L, TB), ("区生态环境局", S, TB)])]
    path = _division_docx(
        tmp_path / "note.docx",
        ["序号", "工作任务", "责任单位（排名第一的为牵头单位）", "完成时限"],
        [["1", "深化文明城市创建", "市委宣传部、市文明办、市城市管理局", "2024年底"]],
    )
    plan = extract_file(path)
    assert _facts(plan) == [("1", "深化文明城市创建", [("市委宣传部", L, TB), ("市文明办", S, TB), ("市城市管理局", S, TB)])]
    _check_spans(plan)


def test_table_cell_units_set_apart_by_one_blank(tmp_path):
    # 市农业农村局 市生态环境局: one blank between two names in a cell is typed, not an OCR gap
    # (the clean-up would join them); a blank inside a task's words is still closed up
    path = _division_docx(
        tmp_path / "blank.docx",
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
        [["1", "推进受污染耕地 安全利用", "市农业农村局 市生态环境局", "市自然资源局", "2024年底前"]],
    )
    plan = extract_file(path)
    assert _facts(plan) == [("1", "推进受污染耕地安全利用",
                             [("市农业农村局", L, TB), ("市生态环境局", L, TB), ("市自然资源局", S, TB)])]
    _check_spans(plan)
    page = tmp_path / "page.html"
    page.write_text("<table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td></tr>"
                    "<tr><td>1</td><td>加强饮用水水源地保护</td><td>市生态环境局\n      市水务局</td>"
                    "<td>各县（市、区）人民政府</td></tr></table>", encoding="utf-8")
    assert _facts(extract_file(page)) == [("1", "加强饮用水水源地保护",
                                           [("市生态环境局", L, TB), ("市水务局", L, TB), ("各县（市、区）人民政府", S, TB)])]


def test_docx_cell_members_of_a_committee_broken_over_lines(tmp_path):
    # 县安委会 / 各成员单位 on two lines of a cell (or set apart by a blank): one collective, the
    # committee's members (was 县安委会 and 各成员单位); after 、, or after a bureau, two units
    path = _division_docx(
        tmp_path / "members.docx",
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
        [["1", "落实部门监管责任", "县应急管理局", "县安委会\n各成员单位", "2024年底前"],
         ["2", "开展隐患排查", "县应急管理局", "县减灾委 成员单位", "2024年底前"],
         ["3", "开展应急演练", "县安委会、各成员单位", "县应急管理局\n各成员单位", "2024年底前"]],
    )
    assert _facts(extract_file(path)) == [
        ("1", "落实部门监管责任", [("县应急管理局", L, TB), ("县安委会各成员单位", S, TB)]),
        ("2", "开展隐患排查", [("县应急管理局", L, TB), ("县减灾委成员单位", S, TB)]),
        ("3", "开展应急演练", [("县安委会", L, TB), ("各成员单位", L, TB), ("县应急管理局", S, TB)]),
    ]


def test_docx_cell_asking_everyone_to_help(tmp_path):
    # 请各单位积极配合 / 各单位配合 in a 配合单位 cell: the units are 各单位, supporting (the cell was
    # one unit 请各单位积极配合: the grammar leaves a sentence naming only 各单位 as prose, a cell
    # is read as the bracket after a task); beside a named unit the column still gives the role
    path = _division_docx(
        tmp_path / "ask.docx",
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
        [["1", "开展隐患排查", "县应急管理局", "请各单位积极配合", "2024年底前"],
         ["2", "开展应急演练", "县应急管理局", "县公安局，请各单位配合", "2024年底前"],
         ["3", "加强宣传教育", "县委宣传部", "各单位配合", "2024年底前"]],
    )
    assert _facts(extract_file(path)) == [
        ("1", "开展隐患排查", [("县应急管理局", L, TB), ("各单位", S, TB)]),
        ("2", "开展应急演练", [("县应急管理局", L, TB), ("县公安局", S, TB), ("各单位", S, TB)]),
        ("3", "加强宣传教育", [("县委宣传部", L, TB), ("各单位", S, TB)]),
    ]


def test_docx_table_unit_cells_written_as_clauses(tmp_path):
    # 市生态环境局牵头，市水利局配合 in a 责任单位 cell: its words give the roles, the names
    # keep none of them; a cell that only says 负责 keeps its column's role
    path = _division_docx(
        tmp_path / "worded.docx",
        ["序号", "工作任务", "责任单位", "配合单位", "完成时限"],
        [
            ["1", "推进水环境综合治理", "市生态环境局牵头，市水利局、市住房城乡建设局配合", "", "2024年底"],
            ["2", "推进秸秆综合利用", "市农业农村局", "各县（市、区）人民政府负责落实", "长期"],
            ["3", "加强执法监管", "市生态环境局", "市公安局、市交通运输局按职责分工负责", "长期"],
            # near miss: a marker in brackets is the splitter's, as before
            ["4", "强化资金保障", "市发展改革委、市财政局（牵头）", "", "长期"],
        ],
    )
    plan = extract_file(path)
    assert _facts(plan) == [
        ("1", "推进水环境综合治理", [("市生态环境局", L, TB), ("市水利局", S, TB), ("市住房城乡建设局", S, TB)]),
        ("2", "推进秸秆综合利用", [("市农业农村局", L, FL), ("各县（市、区）人民政府", S, TB)]),
        ("3", "加强执法监管", [("市生态环境局", L, FL), ("市公安局", S, TB), ("市交通运输局", S, TB)]),
        ("4", "强化资金保障", [("市发展改革委", S, TB), ("市财政局", L, TB)]),
    ]
    _check_spans(plan)


def test_docx_table_ditto_cells_repeat_the_cell_above(tmp_path):
    path = _division_docx(
        tmp_path / "ditto.docx",
        ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
        [
            ["1", "开展校园周边环境整治", "县教育局", "县公安局", "2024年9月"],
            ["2", "加强学生心理健康教育", "同上", "县卫生健康局", "2024年12月"],
            ["3", "推进校园食品安全监管", "县市场监管局", "县教育局", "〃"],
        ],
    )
    plan = extract_file(path)
    assert _facts(plan) == [
        ("1", "开展校园周边环境整治", [("县教育局", L, TB), ("县公安局", S, TB)]),
        ("2", "加强学生心理健康教育", [("县教育局", L, TB), ("县卫生健康局", S, TB)]),
        ("3", "推进校园食品安全监管", [("县市场监管局", L, TB), ("县教育局", S, TB)]),
    ]
    assert [[d.text for d in t.deadlines] for t in plan.tasks] == [["2024年9月"], ["2024年12月"], ["2024年12月"]]
    _check_spans(plan)


def test_html_table_with_its_header_repeated_and_group_rows_in_the_task_column(tmp_path):
    head = "<tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>"
    rows = [
        head,
        "<tr><td></td><td>（一）新型基础设施建设</td><td></td><td></td><td></td></tr>",
        "<tr><td>1</td><td>加快5G网络建设</td><td>市通信发展管理办公室</td><td>各县（市、区）人民政府</td><td>2024年底</td></tr>",
        head,  # the page break of the PDF the page was converted from
        "<tr><td></td><td>（二）产业数字化</td><td></td><td></td><td></td></tr>",
        "<tr><td>2</td><td>推进工业互联网平台建设</td><td>市工业和信息化局</td><td>市科技局</td><td>2024年底</td></tr>",
        # near miss: a numbered row without units is still a task
        "<tr><td>3</td><td>开展数字经济统计监测</td><td></td><td></td><td></td></tr>",
    ]
    path = tmp_path / "page.html"
    path.write_text("<html><body><p>XX市2024年数字经济工作要点</p><table border=1>" + "".join(rows) + "</table></body></html>",
                    encoding="utf-8")
    plan = extract_file(path)
    assert _facts(plan) == [
        ("1", "加快5G网络建设", [("市通信发展管理办公室", L, TB), ("各县（市、区）人民政府", S, TB)]),
        ("2", "推进工业互联网平台建设", [("市工业和信息化局", L, TB), ("市科技局", S, TB)]),
        ("3", "开展数字经济统计监测", []),
    ]
    assert [t.section for t in plan.tasks] == [["新型基础设施建设"], ["产业数字化"], ["产业数字化"]]


def test_xlsx_group_rows_numbered_with_chinese_numerals(tmp_path):
    # 一 | 大气污染防治 and （二） | 水污染防治: group rows, numbered as headings, are sections
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in (["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
              ["一", "大气污染防治", None, None, None],
              [1, "推进钢铁超低排放改造", "市生态环境局", "市工业和信息化局", "2024年底"],
              ["（二）", "水污染防治", None, None, None],
              [2, "推进污水处理厂提标改造", "市住房城乡建设局", "市生态环境局", "2024年底"],
              [3, "开展水质监测", None, None, None]):  # near miss: a task numbered 3 without units
        ws.append(r)
    path = tmp_path / "groups.xlsx"
    wb.save(path)
    plan = extract_file(path)
    assert _facts(plan) == [
        ("1", "推进钢铁超低排放改造", [("市生态环境局", L, TB), ("市工业和信息化局", S, TB)]),
        ("2", "推进污水处理厂提标改造", [("市住房城乡建设局", L, TB), ("市生态环境局", S, TB)]),
        ("3", "开展水质监测", []),
    ]
    assert [t.section for t in plan.tasks] == [["大气污染防治"], ["水污染防治"], ["水污染防治"]]


def test_xlsx_group_task_merged_down_over_its_measures(tmp_path):
    # 主要任务 merged down over two 具体内容 rows: each row's task is its own 具体内容
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in (["序号", "主要任务", "具体内容", "牵头部门", "配合部门", "时间节点"],
              [1, "推动工业绿色转型", "开展重点行业清洁生产改造", "市工业和信息化局", "市生态环境局", "2024年底"],
              [2, None, "推进燃煤锅炉淘汰", "市生态环境局", "市市场监管局", "2024年10月"],
              [3, "提升城市生态品质", "建设城市绿道", "市林业局", "市自然资源局", "2024年底"]):
        ws.append(r)
    ws.merge_cells("B2:B3")
    path = tmp_path / "groups.xlsx"
    wb.save(path)
    plan = extract_file(path)
    assert _facts(plan) == [
        ("1", "开展重点行业清洁生产改造", [("市工业和信息化局", L, TB), ("市生态环境局", S, TB)]),
        ("2", "推进燃煤锅炉淘汰", [("市生态环境局", L, TB), ("市市场监管局", S, TB)]),
        ("3", "提升城市生态品质", [("市林业局", L, TB), ("市自然资源局", S, TB)]),  # a group of one row
    ]


def test_traditional_jsonl_mentions_keep_the_original_script():
    from respgraph.extract import plan_records

    rec = plan_records(_plan("traditional.txt"))
    assert [a["mention"] for a in rec[0]["assignments"]] == ["市發展改革委", "市工業和信息化局", "市統計局"]
    assert [a["mention"] for a in rec[1]["assignments"]] == ["市住房和城鄉建設局"]
    # spans still index the cleaned text, where the simplified name stands
    text = _plan("traditional.txt").document.text
    a = rec[0]["assignments"][0]["source"]
    assert text[a["start"] : a["end"]] == "市发展改革委"


def test_paragraph_tasks_under_a_campaign_heading():
    plan = _plan("work-points-paragraphs-pdf.txt")
    assert [t.campaign for t in plan.tasks] == ["蓝天保卫战", "蓝天保卫战", "碧水保卫战", "碧水保卫战", "净土保卫战"]
    assert [t.kind for t in plan.tasks][:2] == ["paragraph", "paragraph"]
    # 保障措施 items hold no clause and are no tasks; a deadline split by a line end is found
    plan = _plan("campaign-plan-wrapped.txt")
    assert [d.text for d in plan.tasks[0].deadlines] == ["2023年底前", "2025年底前"]


# --------------------------------------------------------------------------- one clause at a time

from respgraph.responsibilities import find_clauses, task_mentions  # noqa: E402

CLAUSES = [
    # a body lending its expertise after an unbracketed labelled list's semicolon (…；C给予指导支持 /
    # …；C提供技术支撑): a support too (was the list ended there, the body lost)
    ("牵头单位：新区生态环境局；配合单位：新区公共服务局；省生态环境厅给予指导支持。",
     [("新区生态环境局", L, EX), ("新区公共服务局", S, EX), ("省生态环境厅", S, EX)]),
    ("牵头单位：徐圩新区管委会；责任单位：市应急管理局；省环境监测中心提供技术支撑。",
     [("徐圩新区管委会", L, EX), ("市应急管理局", S, EX), ("省环境监测中心", S, EX)]),
    # a body lending its expertise beside the lead (B提供技术支撑 / B给予技术支持 / B技术支持 / a labelled
    # list's ；C给予指导支持): a support (was no clause, the lead lost with it; in a list the verb was
    # read into the name)
    ("（市生态环境局牵头，市气象局提供技术支撑）", [("市生态环境局", L, EX), ("市气象局", S, EX)]),
    ("市生态环境局牵头，市环境监测中心给予技术支持，市供电公司配合保障站点供电。",
     [("市生态环境局", L, EX), ("市环境监测中心", S, EX), ("市供电公司", S, EX)]),
    ("（市生态环境局牵头，市气象局技术支持）", [("市生态环境局", L, EX), ("市气象局", S, EX)]),
    ("（牵头单位：新区生态环境局；配合单位：新区公共服务局；省生态环境厅给予指导支持）",
     [("新区生态环境局", L, EX), ("新区公共服务局", S, EX), ("省生态环境厅", S, EX)]),
    ("（牵头单位：徐圩新区管委会；责任单位：市生态环境局；市环境监测站提供技术支撑）",
     [("徐圩新区管委会", L, EX), ("市生态环境局", S, EX), ("市环境监测站", S, EX)]),
    # a state forest farm (国有林场), a farm or a ranch among the units of a bracket: a unit (was the
    # clause dropped whole, the 林区's lead with it)
    ("（林区林业管理局牵头，各乡镇、国有林场配合）", [("林区林业管理局", L, EX), ("各乡镇", S, EX), ("国有林场", S, EX)]),
    ("（县农业农村局牵头，县国有农场、县财政局配合）", [("县农业农村局", L, EX), ("县国有农场", S, EX), ("县财政局", S, EX)]),
    ("（牵头单位：县林业和草原局；配合单位：巴彦嵯岗林场、御道口牧场）",
     [("县林业和草原局", L, EX), ("巴彦嵯岗林场", S, EX), ("御道口牧场", S, EX)]),
    # a township or street by its name (龙洲街道 / 城关镇人民政府) is a named body of a place: its part
    # after the lead's is read (the clause was lost)
    ("县住建局牵头抓好项目推进，县发改局做好项目申报，龙洲街道负责征集居民意见。",
     [("县住建局", L, EX), ("县发改局", S, EX), ("龙洲街道", S, EX)]),
    # offices of one place named without it, joined by 和 (a street's or a town's: 安监中心和消防站):
    # two units (were one); a name with 和 inside it (县人力资源和社会保障局) stays whole
    ("（安监中心和消防站负责）", [("安监中心", L, FL), ("消防站", S, EX)]),
    ("（县人力资源和社会保障局负责）", [("县人力资源和社会保障局", L, EX)]),
    ("（县住房和城乡建设局和县城管局负责）", [("县住房和城乡建设局", L, FL), ("县城管局", S, EX)]),
    # the way a unit acts by between it and its verb (由A按程序组织实施 / A依法负责 / A按规定…): no
    # part of the unit (was no clause: 县人社局按程序 no unit); the one body named the doer leads
    # explicitly (first_listed before small29: a list's convention for a list of one)
    ("具体由县人力社保局按程序组织实施。", [("县人力社保局", L, EX)]),
    ("（县市场监管局依法负责，县公安局配合）", [("县市场监管局", L, EX), ("县公安局", S, EX)]),
    ("由县住建局依法依规组织实施。", [("县住建局", L, EX)]),
    # 分办单位 (a 建议 or 提案 shared out, each unit answering its part): every unit leads, as under
    # 主办 (was no clause: the units lost)
    ("（分办单位：市发展改革委、市住房城乡建设局）", [("市发展改革委", L, EX), ("市住房城乡建设局", L, EX)]),
    # a named body organising or guiding the places that do the work, then the work (A组织各乡镇
    # 实施… / A指导各区县开展…): A leads, the places support, as 县政府督促各乡镇抓好落实 reads
    # (was no clause: no clause verb, the object after the places)
    ("县农业农村局组织各乡镇实施农村户厕改造。", [("县农业农村局", L, EX), ("各乡镇", S, EX)]),
    ("市生态环境局指导各区县开展农村黑臭水体排查整治。", [("市生态环境局", L, EX), ("各区县", S, EX)]),
    ("县城管局组织各乡镇（街道）开展生活垃圾分类试点。", [("县城管局", L, EX), ("各乡镇（街道）", S, EX)]),
    ("县委组织部组织各乡镇开展干部培训。", [("县委组织部", L, EX), ("各乡镇", S, EX)]),
    ("县农业农村局组织各乡镇实施。", [("县农业农村局", L, EX), ("各乡镇", S, EX)]),
    # …组织 named bodies of the government (B、C等成员单位 / B、C / 各有关部门), then the work: A leads,
    # those it gathers support (was no clause, 县应急局组织县住建局 one unit after 由); a 组织 of a
    # name is none (县委组织部组织…), businesses gathered are no units (NOT_CLAUSES)
    ("县应急局组织县住建局、县交通局等成员单位开展联合检查。", [("县应急局", L, EX), ("县住建局", S, EX), ("县交通局", S, EX)]),
    ("由县应急局组织县住建局、县交通局、县市场监管局等部门开展联合执法检查。", [("县应急局", L, EX), ("县住建局", S, EX), ("县交通局", S, EX), ("县市场监管局", S, EX)]),
    ("县应急局组织县住建局、县交通局开展联合检查。", [("县应急局", L, EX), ("县住建局", S, EX), ("县交通局", S, EX)]),
    ("县应急局组织县住建局、县交通局等成员单位，对重点行业开展检查。", [("县应急局", L, EX), ("县住建局", S, EX), ("县交通局", S, EX)]),
    ("县人社局组织县职业技术学校开展技能培训。", [("县人社局", L, EX), ("县职业技术学校", S, EX)]),
    ("县委组织部组织县人社局、县总工会等部门开展党务培训。", [("县委组织部", L, EX), ("县人社局", S, EX), ("县总工会", S, EX)]),
    # 各乡镇和有关部门 / 各乡镇及县直有关部门: two collectives joined by 和 / 及, the first named by
    # its places (was one unit: 镇 ends no name); 和 inside a name (住房和城乡建设局), 党委和政府 and
    # 各有关部门和单位 stay one
    ("（责任单位：各乡镇和有关部门）", [("各乡镇", L, FL), ("有关部门", S, EX)]),
    ("（县农业农村局牵头，各乡镇和有关部门配合）", [("县农业农村局", L, EX), ("各乡镇", S, EX), ("有关部门", S, EX)]),
    ("（县农业农村局牵头，各乡镇及县直有关部门配合）", [("县农业农村局", L, EX), ("各乡镇", S, EX), ("县直有关部门", S, EX)]),
    ("（责任单位：各乡镇、各部门和各有关单位）", [("各乡镇", L, FL), ("各部门", S, EX), ("各有关单位", S, EX)]),
    ("（责任单位：县住房和城乡建设局、县人力资源和社会保障局）", [("县住房和城乡建设局", L, FL), ("县人力资源和社会保障局", S, EX)]),
    ("（责任单位：各乡镇党委和政府）", [("各乡镇党委和政府", L, FL)]),
    ("（县民政局牵头，各有关部门和单位配合）", [("县民政局", L, EX), ("各有关部门和单位", S, EX)]),
    # a whole name, then 及 / 和 and a collective named by no place (区水利局及相关乡镇 /
    # 市发改委和有关部门): two units (was one, 区水利局及相关乡镇); a body's 相关人员 is no unit
    # and the name stays as written
    ("（区生态环境局牵头，区农业农村局、区水利局及相关乡镇配合）", [("区生态环境局", L, EX), ("区农业农村局", S, EX), ("区水利局", S, EX), ("相关乡镇", S, EX)]),
    ("（牵头单位：市水务局；配合单位：市发改委和有关部门）", [("市水务局", L, EX), ("市发改委", S, EX), ("有关部门", S, EX)]),
    ("（县应急局牵头，县消防救援大队及其他成员单位配合）", [("县应急局", L, EX), ("县消防救援大队", S, EX), ("其他成员单位", S, EX)]),
    # bodies named without an office word (a railway station, a power company, a hospital, a school)
    # read as units: in a bracket a school or a broadcaster beside a department (was no clause)
    ("（县教育体育局、县第一中学）", [("县教育体育局", L, FL), ("县第一中学", S, EX)]),
    ("（县委宣传部、县广播电视台）", [("县委宣传部", L, FL), ("县广播电视台", S, EX)]),
    ("（责任单位：乐平火车站、县交通运输局）", [("乐平火车站", L, FL), ("县交通运输局", S, EX)]),
    ("（南昌铁路局弋阳站牵头，县公安局配合）", [("南昌铁路局弋阳站", L, EX), ("县公安局", S, EX)]),
    ("（国网弋阳县供电公司、县发展改革委）", [("国网弋阳县供电公司", L, FL), ("县发展改革委", S, EX)]),
    ("（牵头单位：X县人民医院；配合单位：县卫健委）", [("X县人民医院", L, EX), ("县卫健委", S, EX)]),
    ("由县第一中学负责。", [("县第一中学", L, EX)]),
    # B负责业务指导 / B负责技术指导 read as B负责指导: beside a unit answering for the task B guides
    # (a support; was a second lead outside brackets), alone B answers for it
    ("县卫健委负责医疗机构日常监管，县市场监管局负责业务指导。", [("县卫健委", L, EX), ("县市场监管局", S, EX)]),
    ("（县卫健委负责医疗机构日常监管，县市场监管局负责业务指导）", [("县卫健委", L, EX), ("县市场监管局", S, EX)]),
    ("（县卫健委牵头，县市场监管局负责业务指导）", [("县卫健委", L, EX), ("县市场监管局", S, EX)]),
    ("县卫健委牵头，县市场监管局加强业务指导。", [("县卫健委", L, EX), ("县市场监管局", S, EX)]),
    # a list set against a group carrying the work out as written (…，C具体实施 / 具体落实, or a
    # trial: …，C、D试点, read so) leads together only when it opens with its own action (A、B制定…，
    # C具体实施: what they set up, C carries out; carried-out-after-named-bodies.txt). A list
    # answering by a duty word (负责 / 按职责分工负责督导 / 负责建立…) keeps the first-listed
    # convention, as the plans' golds read 通州区水务局、廊坊市水务局负责，两地河长办具体落实 (A lead,
    # B and C support; left27 read A and B as leads). One unit before a trial leads it, as before
    ("县财政局、县生态环境局负责，各乡镇具体实施。", [("县财政局", L, FL), ("县生态环境局", S, EX), ("各乡镇", S, EX)]),
    ("通州区水务局、廊坊市水务局负责，两地河长办具体落实。", [("通州区水务局", L, FL), ("廊坊市水务局", S, EX), ("两地河长办", S, EX)]),
    ("市水务局、市农业农村局按职责分工负责督导，各区人民政府具体实施。",
     [("市水务局", L, FL), ("市农业农村局", S, EX), ("各区人民政府", S, EX)]),
    ("县财政局、县生态环境局负责建立补偿机制，县水利局具体落实。", [("县财政局", L, FL), ("县生态环境局", S, EX), ("县水利局", S, EX)]),
    ("县财政局、县生态环境局制定实施细则，县水利局具体实施。", [("县财政局", L, EX), ("县生态环境局", L, EX), ("县水利局", S, EX)]),
    # near miss: 牵头 names the leads whatever follows (A、B牵头: each a lead, as before)
    ("县财政局、县生态环境局牵头，各乡镇具体落实。", [("县财政局", L, EX), ("县生态环境局", L, EX), ("各乡镇", S, EX)]),
    ("县财政局、县生态环境局负责，城关镇、龙泉镇试点。", [("县财政局", L, FL), ("县生态环境局", S, EX), ("城关镇", S, EX), ("龙泉镇", S, EX)]),
    ("县财政局负责，城关镇、龙泉镇试点。", [("县财政局", L, EX), ("城关镇", S, EX), ("龙泉镇", S, EX)]),
    ("各乡镇负责组织实施，县农业农村局负责技术指导。", [("各乡镇", L, EX), ("县农业农村局", S, EX)]),
    ("县财政局负责资金保障，县农业农村局负责业务指导，各乡镇负责组织实施。", [("县财政局", L, EX), ("县农业农村局", S, EX), ("各乡镇", L, EX)]),
    ("（县农业农村局负责业务指导）", [("县农业农村局", L, EX)]),
    # a sentence opening with a leader's part (县长负责统一指挥 / 各级河长负责 / 分管副县长牵头): a
    # person, no unit; the units after it are the clause (was no clause); leaders alone stay
    # prose (NOT_CLAUSES)
    ("县长负责统一指挥，县应急局具体落实。", [("县应急局", L, EX)]),
    ("县长负责统一指挥，县应急局负责具体组织实施，各乡镇配合。", [("县应急局", L, EX), ("各乡镇", S, EX)]),
    ("各级河长负责，县水利局具体落实。", [("县水利局", L, EX)]),
    ("分管副县长牵头，县应急局负责，县消防救援大队配合。", [("县应急局", L, EX), ("县消防救援大队", S, EX)]),
    ("（县长负责，县水利局具体落实）", [("县水利局", L, EX)]),
    # B、C等成员单位 in a list: 等成员单位 the kind of bodies B、C stand for (was read into C's name)
    ("（县应急局牵头，县住建局、县交通局等成员单位配合）", [("县应急局", L, EX), ("县住建局", S, EX), ("县交通局", S, EX)]),
    # places given their part, then a named body 负责指导: it guides them (a support), as
    # …，县农业农村局加强指导 reads (was prose; in an item body both led)
    ("各乡镇要落实属地主体责任，县农业农村局负责指导。", [("各乡镇", L, FL), ("县农业农村局", S, EX)]),
    ("各乡镇落实属地责任，县农业农村局负责指导。", [("各乡镇", L, FL), ("县农业农村局", S, EX)]),
    ("各县（市、区）要落实属地责任，市农业农村局负责指导。", [("各县（市、区）", L, FL), ("市农业农村局", S, EX)]),
    ("各乡镇负责组织实施，县农业农村局负责指导。", [("各乡镇", L, EX), ("县农业农村局", S, EX)]),
    ("各乡镇要压实主体责任，县应急局负责指导。", [("各乡镇", L, EX), ("县应急局", S, EX)]),
    # 牵头单位：A；B负责资金保障 (own line or in brackets): B's part of the task, a support as in
    # A牵头，B负责资金保障 (was lost on its own line, a second lead in brackets); the same for units
    # carrying it out (牵头单位：A；各区县人民政府负责落实: was a second lead)
    ("牵头单位：县发改局；县财政局负责资金保障", [("县发改局", L, EX), ("县财政局", S, EX)]),
    ("（牵头单位：县发改局；县财政局负责资金保障）", [("县发改局", L, EX), ("县财政局", S, EX)]),
    ("（牵头单位：县发改局；县财政局、县自然资源局负责要素保障）",
     [("县发改局", L, EX), ("县财政局", S, EX), ("县自然资源局", S, EX)]),
    ("牵头单位：市生态环境局；各区县人民政府负责落实", [("市生态环境局", L, EX), ("各区县人民政府", S, EX)]),
    ("（牵头单位：市生态环境局；各区县人民政府负责落实）", [("市生态环境局", L, EX), ("各区县人民政府", S, EX)]),
    # B属地负责 / B按属地负责 after a lead: the places carry the task out where they are, as
    # B负责落实 (was no clause: 各乡镇人民政府属地 read as no unit)
    ("（县农业农村局牵头，各乡镇人民政府属地负责）", [("县农业农村局", L, EX), ("各乡镇人民政府", S, EX)]),
    ("（县应急管理局牵头，各乡镇按属地负责）", [("县应急管理局", L, EX), ("各乡镇", S, EX)]),
    ("（县应急管理局牵头，各乡镇（街道）按属地负责）", [("县应急管理局", L, EX), ("各乡镇（街道）", S, EX)]),
    ("（县农业农村局牵头，各乡镇属地落实）", [("县农业农村局", L, EX), ("各乡镇", S, EX)]),
    # a leader named by title alone before the unit answering (市政府分管副市长牵头，A负责 / 县委常委、
    # 组织部长牵头，B负责 / 县委副书记牵头，…): the leader is no unit, the unit leads (was no clause:
    # only a title followed by a personal name was known as a leader)
    ("（市政府分管副市长牵头，市发展改革委负责）", [("市发展改革委", L, EX)]),
    ("（分管副市长牵头，市发展改革委负责，市有关部门配合）", [("市发展改革委", L, EX), ("市有关部门", S, EX)]),
    ("（县委常委、组织部长牵头，县委组织部负责）", [("县委组织部", L, EX)]),
    ("（县委副书记牵头，县委组织部具体负责）", [("县委组织部", L, EX)]),
    ("（县政府主要领导牵头，县发改局负责）", [("县发改局", L, EX)]),
    ("（镇长牵头，党政办负责）", [("党政办", L, EX)]),
    ("由分管副县长牵头，县住建局负责。", [("县住建局", L, EX)]),
    # 责任单位：A、B按职责分工负责，C负责落实 / C组织实施 on a line of its own: one clause
    ("责任单位：市农业农村局、市生态环境局按职责分工负责，各县（市、区）人民政府负责落实",
     [("市农业农村局", L, FL), ("市生态环境局", S, EX), ("各县（市、区）人民政府", S, EX)]),
    ("责任单位：县发改局、县财政局按职责分工负责，各乡镇组织实施", [("县发改局", L, FL), ("县财政局", S, EX), ("各乡镇", S, EX)]),
    # A牵头，B实施: B carries out what A leads, as B具体实施 / B落实 do (was no clause); 实施 alone
    # after no unit (分步实施 / 有序实施 / 2026年起实施) says how the work goes, the clause stays as it was
    ("（市教育局牵头，各县区实施）", [("市教育局", L, EX), ("各县区", S, EX)]),
    ("（县财政局牵头，县审计局实施）", [("县财政局", L, EX), ("县审计局", S, EX)]),
    ("（县财政局牵头，县审计局配合，分步实施）", [("县财政局", L, EX), ("县审计局", S, EX)]),
    ("（县财政局牵头，县审计局配合，有序实施）", [("县财政局", L, EX), ("县审计局", S, EX)]),
    ("（县财政局牵头，县审计局配合，2026年起实施）", [("县财政局", L, EX), ("县审计局", S, EX)]),
    ("（县财政局牵头，县审计局配合，试点先行、逐步实施）", [("县财政局", L, EX), ("县审计局", S, EX)]),
    # the groups a party committee or government sets up (巡察组 / 巡视组 / 督查组 / 工作组 / 工作专班)
    # are units (was no clause: the name not read as one)
    ("（县委巡察办牵头，县委巡察组实施）", [("县委巡察办", L, EX), ("县委巡察组", S, EX)]),
    ("（县纪委监委牵头，县委第一巡察组配合）", [("县纪委监委", L, EX), ("县委第一巡察组", S, EX)]),
    ("（市燃气安全专项整治工作专班牵头，各区政府配合）", [("市燃气安全专项整治工作专班", L, EX), ("各区政府", S, EX)]),
    ("（省委巡视组负责）", [("省委巡视组", L, EX)]),
    # named units opening a sentence with what they do (no 要 / 负责), then those helping them:
    # the units lead, the helpers support (was the helpers alone, the lead lost)
    ("县财政局及时拨付资金，县审计局配合。", [("县财政局", "lead", "explicit"), ("县审计局", "support", "explicit")]),
    ("县交通运输局加快推进农村公路建设，县自然资源局、县财政局配合。",
     [("县交通运输局", "lead", "explicit"), ("县自然资源局", "support", "explicit"), ("县财政局", "support", "explicit")]),
    ("市生态环境局定期开展执法检查，市公安局协助。", [("市生态环境局", "lead", "explicit"), ("市公安局", "support", "explicit")]),
    # A督促 / 指导 / 组织 / 推动 + the places + their verb: A sees to it (it leads, or supports after
    # another's lead), the places carry it out as 负责落实 does (was one unit 县政府督促各乡镇);
    # a 组织 / 指导 in a name is no such verb
    ("县政府督促各乡镇抓好落实。", [("县政府", L, EX), ("各乡镇", S, EX)]),
    ("（市政府督促各县（市、区）人民政府抓好落实）", [("市政府", L, EX), ("各县（市、区）人民政府", S, EX)]),
    ("由县政府督促各乡镇抓好落实。", [("县政府", L, EX), ("各乡镇", S, EX)]),
    ("（区应急管理局督促各街道抓好落实）", [("区应急管理局", L, EX), ("各街道", S, EX)]),
    ("县委组织部督促各乡镇抓好落实。", [("县委组织部", L, EX), ("各乡镇", S, EX)]),
    ("市教育局指导各县区抓好落实。", [("市教育局", L, EX), ("各县区", S, EX)]),
    ("县住建局牵头，县政府督促各乡镇抓好落实。", [("县住建局", L, EX), ("县政府", S, EX), ("各乡镇", S, EX)]),
    ("（县委组织部牵头，各乡镇抓好落实）", [("县委组织部", L, EX), ("各乡镇", S, EX)]),
    # … and A督促 / 督促指导 + businesses (企业 / 施工单位 / 运输企业): A does the task, the
    # businesses it sees to are no units of it (was one unit 县政府督促企业)
    ("县政府督促企业抓好落实。", [("县政府", L, EX)]),
    ("县住建局督促施工单位抓好落实。", [("县住建局", L, EX)]),
    ("县市场监管局督促指导企业抓好落实。", [("县市场监管局", L, EX)]),
    ("（县交通运输局督促运输企业抓好落实）", [("县交通运输局", L, EX)]),
    ("县应急局督促企业抓好落实，县消防救援大队配合。", [("县应急局", L, EX), ("县消防救援大队", S, EX)]),
    ("由县应急局牵头，县市场监管局督促企业抓好落实。", [("县应急局", L, EX), ("县市场监管局", S, EX)]),
    ("县政府督促辖区企业抓好落实。", [("县政府", L, EX)]),
    # … and A督促 a named body of a place: A sees to it, the body carries it out, as the places do
    # after A督促各乡镇 (was one unit 县政府督促县住建局)
    ("县政府督促县住建局抓好落实。", [("县政府", L, EX), ("县住建局", S, EX)]),
    ("市政府督促市住建局、市城管局抓好落实。", [("市政府", L, EX), ("市住建局", S, EX), ("市城管局", S, EX)]),
    ("县委组织部督促县人社局抓好落实。", [("县委组织部", L, EX), ("县人社局", S, EX)]),
    # a name closing with 局 / 委 / 所 / 中心 before 办理 / 办结 / 办好: the verb's 办 is no part of it
    # (was 区住建交通局办, a body of its own); names that end with 办 keep it
    ("由区规划和自然资源局会同区税务局、区住建交通局办理。",
     [("区规划和自然资源局", L, EX), ("区税务局", S, EX), ("区住建交通局", S, EX)]),
    ("市发改委会同市财政局、市住建委办理。", [("市发改委", L, EX), ("市财政局", S, EX), ("市住建委", S, EX)]),
    ("由县信访局会同县公安局、县司法所办理。", [("县信访局", L, EX), ("县公安局", S, EX), ("县司法所", S, EX)]),
    ("由县委组织部会同县人社局、县政务服务中心办理。", [("县委组织部", L, EX), ("县人社局", S, EX), ("县政务服务中心", S, EX)]),
    ("由区民政局会同区财政局、区卫健委办结。", [("区民政局", L, EX), ("区财政局", S, EX), ("区卫健委", S, EX)]),
    ("由市卫健委会同市医保局、市市场监管局办好。", [("市卫健委", L, EX), ("市医保局", S, EX), ("市市场监管局", S, EX)]),
    ("（县委办、县政府办）", [("县委办", L, FL), ("县政府办", S, EX)]),
    # A、B、C负责，D配合 / 由A、B负责，C、D配合 / （A、B负责，C参与）: the units before 负责, set
    # against a supporting group, all carry the task: each leads, explicit (was A lead by the
    # first-listed convention, B and C supporting beside D)
    ("区委人才办、区人社局、区住建交通局负责，各街道办事处配合。",
     [("区委人才办", L, EX), ("区人社局", L, EX), ("区住建交通局", L, EX), ("各街道办事处", S, EX)]),
    ("由区发改局、区财政局负责，区住建局、区城管局配合。",
     [("区发改局", L, EX), ("区财政局", L, EX), ("区住建局", S, EX), ("区城管局", S, EX)]),
    ("（县农业农村局、县水利局负责，县林业局参与）", [("县农业农村局", L, EX), ("县水利局", L, EX), ("县林业局", S, EX)]),
    ("（市卫健委、市医保局负责，市民政局协助）", [("市卫健委", L, EX), ("市医保局", L, EX), ("市民政局", S, EX)]),
    ("由市公安局、市交通运输局负责，市城管局协同。", [("市公安局", L, EX), ("市交通运输局", L, EX), ("市城管局", S, EX)]),
    ("县应急管理局、县消防救援大队负责，各乡镇人民政府予以配合。",
     [("县应急管理局", L, EX), ("县消防救援大队", L, EX), ("各乡镇人民政府", S, EX)]),
    ("（区发改局、区财政局按职责分工负责，区住建局配合）", [("区发改局", L, EX), ("区财政局", L, EX), ("区住建局", S, EX)]),
    # ... where nothing contrasts the first listed leads by the convention; a bare list without its
    # own verb (（A、B，C配合）), a lead named, or units carrying out locally keep theirs (a labelled
    # 责任单位：A、B；配合单位：C sets its list against the supporters: co-leads, below)
    ("（市发改委、市财政局、市住建局负责）", [("市发改委", L, FL), ("市财政局", S, EX), ("市住建局", S, EX)]),
    ("由区发改局、区财政局负责。", [("区发改局", L, FL), ("区财政局", S, EX)]),
    ("（区发改局、区财政局，区住建局配合）", [("区发改局", L, FL), ("区财政局", S, EX), ("区住建局", S, EX)]),
    ("（市发改委牵头，市财政局、市住建局负责，市自然资源局配合）",
     [("市发改委", L, EX), ("市财政局", S, EX), ("市住建局", S, EX), ("市自然资源局", S, EX)]),
    ("（区发改局、区财政局负责，各乡镇负责落实）", [("区发改局", L, FL), ("区财政局", S, EX), ("各乡镇", S, EX)]),
    # A负责统筹 beside the units carrying the work out leads, as A统筹 does (负责统筹 was read only
    # in a bracket or after 由: the department was lost); alone, or said of a party committee or
    # government, it stays how work goes (NOT_CLAUSES)
    ("市城管局负责统筹，市住建局配合。", [("市城管局", L, EX), ("市住建局", S, EX)]),
    ("县发改局负责统筹协调，县财政局、县自然资源局配合。", [("县发改局", L, EX), ("县财政局", S, EX), ("县自然资源局", S, EX)]),
    ("省发展改革委负责统筹，各县（市、区）人民政府负责具体实施。", [("省发展改革委", L, EX), ("各县（市、区）人民政府", S, EX)]),
    ("市住建局负责统筹，各区政府具体落实。", [("市住建局", L, EX), ("各区政府", S, EX)]),
    ("由县政府统筹协调，县发改局牵头，县财政局配合。", [("县发改局", L, EX), ("县财政局", S, EX)]),
    # A会同B做好/抓好…政策落实: the object ends as a verb does (was no clause: 县税务局做好减税降费
    # 政策 read as a unit); A会同B落实 keeps reading B as the unit; near misses in NOT_CLAUSES
    ("县财政局会同县税务局做好减税降费政策落实。", [("县财政局", L, EX), ("县税务局", S, EX)]),
    ("县财政局会同县税务局抓好政策落实。", [("县财政局", L, EX), ("县税务局", S, EX)]),
    ("（县财政局会同县税务局做好政策落实）", [("县财政局", L, EX), ("县税务局", S, EX)]),
    ("县人社局会同县财政局推进就业补贴政策落实。", [("县人社局", L, EX), ("县财政局", S, EX)]),
    ("社会治理办公室会同综合行政执法队落实。", [("社会治理办公室", L, EX), ("综合行政执法队", S, EX)]),
    # 由A负责…，B督促施工单位…: B leads its part, as B负责督促… (was a unit 区住建局督促施工单位)
    ("由区环保局负责清理整治，区住建局督促施工单位做好围挡。", [("区环保局", L, EX), ("区住建局", L, EX)]),
    # the party committee or government over the work opening a sentence that names the lead
    # after it: the lead and its partners are read, the government is not (e4029f3 had made the
    # whole sentence a principle, losing the departments); alone it stays one (NOT_CLAUSES)
    ("由县政府统筹，县发改局牵头，县财政局配合。", [("县发改局", L, EX), ("县财政局", S, EX)]),
    ("由县委统筹，县发改局牵头，县财政局配合。", [("县发改局", L, EX), ("县财政局", S, EX)]),
    ("县政府负总责，县发改局牵头，县财政局配合。", [("县发改局", L, EX), ("县财政局", S, EX)]),
    # A主责，B协同: 主责 as a verb leads, as the label 主责单位 does (was no clause); near misses below
    ("（市发改委主责，市财政局协同）", [("市发改委", L, EX), ("市财政局", S, EX)]),
    # …，市农业农村局指导 inside a labelled list: the sector department guides, a support (was
    # read as a unit 市农业农村局指导); a 指挥部 in a name is no verb
    ("（责任单位：各县（市、区）人民政府，市农业农村局指导）", [("各县（市、区）人民政府", L, FL), ("市农业农村局", S, EX)]),
    ("（责任单位：县疫情防控指挥部、县卫健局）", [("县疫情防控指挥部", L, FL), ("县卫健局", S, EX)]),
    # the items a 责任分工 sentence shares out by number stand before 由, no part of the unit
    # (was 第1项至第3项工作由区城管委 as one name)
    ("第1项至第3项工作由区城管委负责，区住建局配合。", [("区城管委", L, EX), ("区住建局", S, EX)]),
    ("上述第4、5项任务由区财政局牵头。", [("区财政局", L, EX)]),
    ("第（二）项由市住房城乡建设局牵头，市自然资源局配合。", [("市住房城乡建设局", L, EX), ("市自然资源局", S, EX)]),
    # （A牵头，B、C）: the units after the lead without a verb work with it (was no clause)
    ("（区住建局牵头，区城管局、各街道）", [("区住建局", L, EX), ("区城管局", S, EX), ("各街道", S, EX)]),
    ("（区住建局牵头，区城管局、各街道，2024年底前完成）", [("区住建局", L, EX), ("区城管局", S, EX), ("各街道", S, EX)]),
    # …等市级有关执法部门 / …等有关职能部门 closing a list: the named unit, the kind of bodies
    # it stands for dropped (was read as one unit 市综合执法局等市级有关执法部门)
    ("（市司法局牵头，市综合执法局等市级有关执法部门配合）", [("市司法局", L, EX), ("市综合执法局", S, EX)]),
    ("（责任单位：县应急管理局、县住建局等县直有关职能部门）", [("县应急管理局", L, FL), ("县住建局", S, EX)]),
    # 予以配合 / 给予支持 / 给予业务指导 after the supporting units (was 予以 read into the last
    # name, or no clause at all); 依据各自职责分别负责: each leads its part
    ("主责单位为乌镇专职消防队，镇应急管理办、镇市场监管所予以配合。",
     [("乌镇专职消防队", L, EX), ("镇应急管理办", S, EX), ("镇市场监管所", S, EX)]),
    ("（区住建局牵头，区城管局、各街道予以配合）", [("区住建局", L, EX), ("区城管局", S, EX), ("各街道", S, EX)]),
    ("由区财政局牵头，区科技局予以协助。", [("区财政局", L, EX), ("区科技局", S, EX)]),
    ("由县农业农村局负责，县财政局给予支持。", [("县农业农村局", L, EX), ("县财政局", S, EX)]),
    ("该项工作由各镇（区）人民政府牵头，县农业农村局、县住房和城乡建设局给予业务指导。",
     [("各镇（区）人民政府", L, EX), ("县农业农村局", S, EX), ("县住房和城乡建设局", S, EX)]),
    ("由县自然资源和规划局、县农业农村局依据各自职责分别负责，县公安局、县法院予以支持。",
     [("县自然资源和规划局", L, EX), ("县农业农村局", L, EX), ("县公安局", S, EX), ("县法院", S, EX)]),
    # 县委、县政府督查室: one office of both (was 县委 and 县政府督查室); the two general offices
    # (县委、县政府办公室), the two bodies (县委、县政府) and 团县委 stay apart
    ("（牵头单位：县委、县政府督查室；责任单位：县委、县政府办公室，团县委、县政府督查室）",
     [("县委、县政府督查室", L, EX), ("县委", S, EX), ("县政府办公室", S, EX), ("团县委", S, EX), ("县政府督查室", S, EX)]),
    ("（牵头单位：市委、市政府信访局；责任单位：市委、市政府）", [("市委、市政府信访局", L, EX), ("市委", S, EX), ("市政府", S, EX)]),
    # 按属地负责 after a named unit is its share, no part of its name (was 海林市政府按属地)
    ("（责任单位：市住建局（牵头），市水务局；东宁市政府、海林市政府按属地负责）",
     [("市住建局", L, EX), ("市水务局", S, EX), ("东宁市政府", S, EX), ("海林市政府", S, EX)]),
    ("（责任单位：市生态环境局（牵头）；市生态环境局东宁分局按照属地负责）", [("市生态环境局", L, EX), ("市生态环境局东宁分局", S, EX)]),
    # a second nameplate in brackets, also said in words (挂…牌子), is no portfolio: the unit as written first
    ("（牵头单位：县委宣传部（挂县文明办牌子）；责任单位：县人社局（县医保局）、县委编办（县委组织部）、县政府办（县大数据中心）（牵头））",
     [("县委宣传部", L, EX), ("县人社局", S, EX), ("县委编办", S, EX), ("县政府办", L, EX)]),
    # the work named before 由 and an article's number are no part of the unit (were read into it)
    ("第二条 考核工作由县河长制办公室负责组织实施。", [("县河长制办公室", L, EX)]),
    ("督查工作由县委督查室负责。", [("县委督查室", L, EX)]),
    ("由县委农村工作领导小组办公室负责。", [("县委农村工作领导小组办公室", L, EX)]),
    # any short work named before 由 (minutes, a 职责分工) is no part of the unit either (was
    # 停车场建成后的运营管理由县城管局 as the lead); 自由贸易 is no 由
    ("停车场建成后的运营管理由县城管局负责。", [("县城管局", L, EX)]),
    ("成品油流通环节的质量监管由市市场监督管理局负责，市商务局负责成品油流通行业管理。",
     [("市市场监督管理局", L, EX), ("市商务局", L, EX)]),
    ("占道经营、流动摊贩的查处由市城市管理和综合执法局负责，市市场监督管理局配合。",
     [("市城市管理和综合执法局", L, EX), ("市市场监督管理局", S, EX)]),
    ("（市自由贸易试验区管委会负责）", [("市自由贸易试验区管委会", L, EX)]),
    # given by 由, 负责统筹 assigns the task (minutes: 会议要求，由A负责统筹，B配合; was no clause)
    ("由市城管局负责统筹，市公安局交警支队、市住建局配合，9月底前完成方案。",
     [("市城管局", L, EX), ("市公安局交警支队", S, EX), ("市住建局", S, EX)]),
    # the 请 of a meeting's request is no part of the unit (was 请县发改委)
    ("请县发改委牵头，会同县城投集团、县自然资源局抓紧完成项目立项。",
     [("县发改委", L, EX), ("县城投集团", S, EX), ("县自然资源局", S, EX)]),
    # a request to everyone (请各单位积极配合) names 各单位, not 请各单位
    ("县应急管理局牵头，请各单位积极配合。", [("县应急管理局", L, EX), ("各单位", S, EX)]),
    ("由县交通运输局负责，请各单位配合。", [("县交通运输局", L, EX), ("各单位", S, EX)]),
    # in a labelled list, a piece naming a body that is no office (村集体经济组织) and its part
    # (负责日常管护): the body alone (was 村集体经济组织负责日常管护)
    ("责任主体为项目所在乡镇人民政府，县农业农村局负责指导监督，村集体经济组织负责日常管护。",
     [("项目所在乡镇人民政府", L, FL), ("县农业农村局", S, EX), ("村集体经济组织", S, EX)]),
    # A协调B配合: 协调 is a verb between two units, both support (was one unit A协调B)
    ("强弱电线缆入地由洛阳供电公司负责，市通信发展管理办公室协调各通信运营企业配合实施。",
     [("洛阳供电公司", L, EX), ("市通信发展管理办公室", S, EX), ("各通信运营企业", S, EX)]),
    # a name holding 协调 (区域协调发展中心) is not cut there
    ("由县发改局负责，县区域协调发展中心配合。", [("县发改局", L, EX), ("县区域协调发展中心", S, EX)]),
    # 负总责 (overall responsibility) names the lead; a slash lists units as 、 does
    ("（市生态环境局负总责，市发展改革委参与）", [("市生态环境局", L, EX), ("市发展改革委", S, EX)]),
    ("（牵头单位：市生态环境局/市发展改革委；责任单位：各县（市、区））",
     [("市生态环境局", L, EX), ("市发展改革委", L, EX), ("各县（市、区）", S, EX)]),
    ("（牵头单位：市发改委，配合单位：市财政局）", [("市发改委", L, EX), ("市财政局", S, EX)]),
    ("（市委组织部、市委宣传部牵头，各级党委（党组）负责）",
     [("市委组织部", L, EX), ("市委宣传部", L, EX), ("各级党委（党组）", S, EX)]),
    ("由市发展改革委牵头，市直有关部门配合实施。", [("市发展改革委", L, EX), ("市直有关部门", S, EX)]),
    ("（牵头单位：县发改局 责任单位：各乡镇人民政府、县直相关单位）",
     [("县发改局", L, EX), ("各乡镇人民政府", S, EX), ("县直相关单位", S, EX)]),
    ("（责任单位：市卫生健康委〔牵头〕、市医保局）", [("市卫生健康委", L, EX), ("市医保局", S, EX)]),
    ("（市教育局牵头，市财政局、市人力资源社会保障局配合，各县市区政府负责落实）",
     [("市教育局", L, EX), ("市财政局", S, EX), ("市人力资源社会保障局", S, EX), ("各县市区政府", S, EX)]),
    ("（责任单位：市发展改革委等部门）", [("市发展改革委", L, FL)]),
    ("（牵头单位：市公安局；责任单位：市交通运输局；完成时间：长期坚持）", [("市公安局", L, EX), ("市交通运输局", S, EX)]),
    # 按职责分工负责 inside a 责任单位 list is a duty note, not a lead
    ("（责任单位：各县（市、区）人民政府，市直有关单位按职责分工负责）",
     [("各县（市、区）人民政府", L, FL), ("市直有关单位", S, EX)]),
    ("【责任单位：市住建局】", [("市住建局", L, FL)]),
    ("（牵头领导：王XX；牵头单位：市应急局；配合单位：市消防救援支队）", [("市应急局", L, EX), ("市消防救援支队", S, EX)]),
    ("（市商务局牵头，2023年底前完成）", [("市商务局", L, EX)]),
    ("（市商务局负责，长期坚持）", [("市商务局", L, EX)]),
    ("（责任单位：市文化广电旅游局、市体育局；列第一位的为牵头单位）", [("市文化广电旅游局", L, FL), ("市体育局", S, EX)]),
    ("（主要责任单位：市水利局；协同单位：市生态环境局）", [("市水利局", L, EX), ("市生态环境局", S, EX)]),
    ("（市生态环境局、市水利局、市住建局，列第一位者为牵头单位，下同）",
     [("市生态环境局", L, FL), ("市水利局", S, EX), ("市住建局", S, EX)]),
    ("（人民银行XX市中心支行、XX银保监分局按职责分工负责）", [("人民银行XX市中心支行", L, FL), ("XX银保监分局", S, EX)]),
    ("（国网XX供电公司负责）", [("国网XX供电公司", L, EX)]),
    ("（市数据局牵头，市直各部门配合）", [("市数据局", L, EX), ("市直各部门", S, EX)]),
    ("（各县（市、区）负责）", [("各县（市、区）", L, EX)]),
    ("（牵头责任单位：市发改委；配合责任单位：市财政局）", [("市发改委", L, EX), ("市财政局", S, EX)]),
    ("落实单位：各乡镇人民政府。", [("各乡镇人民政府", L, FL)]),
    # a list responsible together: the first listed leads, as in （责任单位：A、B）
    ("（市发展改革委、市能源局负责）", [("市发展改革委", L, FL), ("市能源局", S, EX)]),
    ("（区文旅局负责牵头，区住建局、区城管局协助）", [("区文旅局", L, EX), ("区住建局", S, EX), ("区城管局", S, EX)]),
    ("（县发改局、县财政局按照职责分工负责）", [("县发改局", L, FL), ("县财政局", S, EX)]),
    ("市市场监管局、市公安局等部门按各自职责抓好落实。", [("市市场监管局", L, FL), ("市公安局", S, EX)]),
    # 负责单位 labels; A为牵头单位，B为配合单位
    ("（主要负责单位：市发改委；协助单位：市财政局）", [("市发改委", L, EX), ("市财政局", S, EX)]),
    ("（牵头负责单位：市发改委；配合单位：市财政局）", [("市发改委", L, EX), ("市财政局", S, EX)]),
    ("（市发改委为牵头单位，市财政局、市住建局为配合单位）", [("市发改委", L, EX), ("市财政局", S, EX), ("市住建局", S, EX)]),
    # a labelled bracket holding a second sentence, the inheritance marker: one clause, parsed
    ("（牵头单位：市生态环境局；责任单位：市发展改革委，各县（市、区）人民政府。以下均需各县（市、区）人民政府落实，不再列出）",
     [("市生态环境局", L, EX), ("市发展改革委", S, EX), ("各县（市、区）人民政府", S, EX)]),
    # 负主体责任 in a bracket leads; 按职责指导 / 按职责推进 support; units between two commas
    # share the next phrase's verb; 负责具体落实 after the lead's phrase carries the task out
    ("（各县（市、区）政府负主体责任，市直相关部门按职责指导）", [("各县（市、区）政府", L, EX), ("市直相关部门", S, EX)]),
    ("（市文明办牵头，各创建责任单位按职责推进）", [("市文明办", L, EX), ("各创建责任单位", S, EX)]),
    ("（市财政局牵头，市直各部门，各县（市、区）财政局配合）",
     [("市财政局", L, EX), ("市直各部门", S, EX), ("各县（市、区）财政局", S, EX)]),
    ("（市人社局牵头，市教育局、市财政局等部门配合，各县（市、区）政府负责具体落实）",
     [("市人社局", L, EX), ("市教育局", S, EX), ("市财政局", S, EX), ("各县（市、区）政府", S, EX)]),
    # labels of one bracket separated by a full stop: one clause
    ("（牵头单位：市发改委。责任单位：市财政局、市住建局）", [("市发改委", L, EX), ("市财政局", S, EX), ("市住建局", S, EX)]),
    # 会同 opening a phrase, 主办/协办 without labels; 监督 beside the lead supervises (kept in
    # Clause.supervisors, no support: tests/test_rectify.py)
    ("（由市住建局牵头，会同市城管局、市自然资源局共同推进）", [("市住建局", L, EX), ("市城管局", S, EX), ("市自然资源局", S, EX)]),
    ("（市教育局主办，市财政局协办）", [("市教育局", L, EX), ("市财政局", S, EX)]),
    ("（市水利局负责，市生态环境局监督）", [("市水利局", L, EX)]),
    # 分别负责: each leads its own part (as 分别牵头)
    ("（县法院、县检察院、县公安局分别负责）", [("县法院", L, EX), ("县检察院", L, EX), ("县公安局", L, EX)]),
    # 共同负责: they lead together, as 共同牵头 (was A lead, B support by the first-listed convention);
    # beside a 牵头 the lead stays the one named; near miss: plain A、B负责 keeps the convention
    ("区交通运输局、区公安分局共同负责。", [("区交通运输局", L, EX), ("区公安分局", L, EX)]),
    # A、B分别负责X和Y: one phrase sharing the task out among named bodies, as A负责X，B负责Y
    # does (was no clause: one phrase with an object outside a bracket is prose); near misses
    # with nobody named or one unit stay prose (NOT_CLAUSES)
    ("县市场监督管理局、县公安局交警大队分别负责生产销售环节和道路通行环节的监管。",
     [("县市场监督管理局", L, EX), ("县公安局交警大队", L, EX)]),
    ("市教育局、市卫生健康委分别负责校内和校外的监测工作。", [("市教育局", L, EX), ("市卫生健康委", L, EX)]),
    ("（市医保局、市卫生健康委共同负责）", [("市医保局", L, EX), ("市卫生健康委", L, EX)]),
    ("（市民政局牵头，市财政局、市残联共同负责）", [("市民政局", L, EX), ("市财政局", S, EX), ("市残联", S, EX)]),
    ("（市委组织部、市统计局负责）", [("市委组织部", L, FL), ("市统计局", S, EX)]),
    # 牵头单位：A会同B in one cell: A leads, B works with it as in A会同B负责 (was one unit
    # 区住建局会同区工信局); a 委员会 / 管委会 name keeps its 会
    ("牵头单位：区住建局会同区工信局\n配合单位：国网太原供电公司", [("区住建局", L, EX), ("区工信局", S, EX), ("国网太原供电公司", S, EX)]),
    ("责任单位：县卫健局会同县医保局、县财政局", [("县卫健局", L, FL), ("县医保局", S, EX), ("县财政局", S, EX)]),
    ("牵头单位：市发展改革委、开发区管委会\n配合单位：市总工会", [("市发展改革委", L, EX), ("开发区管委会", L, EX), ("市总工会", S, EX)]),
    # 等市直相关部门 closes a list as 等有关部门 does; 各市、县人民政府 is one collective; a
    # 督导部门 field ends the list and names no unit
    ("（责任单位：市发改委、市财政局等市直相关部门，各县（市、区）党委和政府）",
     [("市发改委", L, FL), ("市财政局", S, EX), ("各县（市、区）党委和政府", S, EX)]),
    # the levels of a collective within a region written before its 各 (关中各市、区 / 沿江各市、县人民政府):
    # one collective (was 关中各市 and a unit 区); near misses: a body's own units (市局各科室、区分局)
    # stay two, and a region's 各市 before a named body stays apart from it
    ("（省发展改革委牵头，省工业和信息化厅、省统计局参与；关中各市、区具体落实）",
     [("省发展改革委", L, EX), ("省工业和信息化厅", S, EX), ("省统计局", S, EX), ("关中各市、区", S, EX)]),
    ("（省水利厅牵头，沿江各市、县人民政府负责）", [("省水利厅", L, EX), ("沿江各市、县人民政府", S, EX)]),
    ("（市环保局牵头，市局各科室、区分局配合）", [("市环保局", L, EX), ("市局各科室", S, EX), ("区分局", S, EX)]),
    ("（省发改委牵头，关中各市、省交通运输厅配合）", [("省发改委", L, EX), ("关中各市", S, EX), ("省交通运输厅", S, EX)]),
    ("（责任单位：省发展改革委，省直有关单位，各市、县人民政府）",
     [("省发展改革委", L, FL), ("省直有关单位", S, EX), ("各市、县人民政府", S, EX)]),
    # …（管委会） after the governments counts the zones' committees in (江苏: 各市、区人民政府（管委会）):
    # one collective (was 各市 and a unit 区人民政府（管委会））; near miss: a list going on after it
    ("（责任单位：市生态环境局，各市、区人民政府（管委会））", [("市生态环境局", L, FL), ("各市、区人民政府（管委会）", S, EX)]),
    ("（责任单位：市生态环境局，各县、区政府（管委会）、市水务局）",
     [("市生态环境局", L, FL), ("各县、区政府（管委会）", S, EX), ("市水务局", S, EX)]),
    ("（责任部门：县教体局、县卫健局；督导部门：县政府督查室）", [("县教体局", L, FL), ("县卫健局", S, EX)]),
    # several parts each given by 由 to its unit (X由A提供；Y由B负责 / X由A提供，Y由B提供): each
    # unit leads its part (was: only the last part read, or none when no part had a clause verb);
    # an action of providing or managing closes a part as 负责 does; a collective or a unit told to
    # 负责落实 / 负责监管 the part named before its 由 leads that part (was support)
    ("人口数据由县公安局提供；法人数据由县市场监管局负责。", [("县公安局", L, EX), ("县市场监管局", L, EX)]),
    ("人口数据由县公安局提供；法人数据由县市场监管局提供。", [("县公安局", L, EX), ("县市场监管局", L, EX)]),
    ("工程建设资金由县财政局提供，技术指导由县水利局提供。", [("县财政局", L, EX), ("县水利局", L, EX)]),
    ("由县财政局提供资金，由县水利局提供技术指导。", [("县财政局", L, EX), ("县水利局", L, EX)]),
    ("项目用地由县自然资源局保障；项目用电由县供电公司保障。", [("县自然资源局", L, EX), ("县供电公司", L, EX)]),
    ("应急供水车辆由县应急管理局调配；应急水源由县水利局负责落实。", [("县应急管理局", L, EX), ("县水利局", L, EX)]),
    ("县级奖补资金由县财政局统筹安排，项目资金由县发展改革局争取。", [("县财政局", L, EX), ("县发展改革局", L, EX)]),
    ("公共数据目录由市大数据管理局负责编制，数据安全由市委网信办负责监管。", [("市大数据管理局", L, EX), ("市委网信办", L, EX)]),
    ("县城区域由县城管局负责；乡镇区域由各乡镇人民政府负责。", [("县城管局", L, EX), ("各乡镇人民政府", L, EX)]),
    ("技术指导由县水利局提供，县农业农村局配合。", [("县水利局", L, EX), ("县农业农村局", S, EX)]),
    ("所需经费由县财政局保障。", [("县财政局", L, EX)]),
    # the work named before 由 is not part of the unit; 参加 supports as 参与 does
    ("具体工作由市农业农村局负责。", [("市农业农村局", L, EX)]),
    ("此项工作由市农业农村局牵头组织实施，市财政局、市自然资源局参加。",
     [("市农业农村局", L, EX), ("市财政局", S, EX), ("市自然资源局", S, EX)]),
    # a 专栏's closing note: the projects named before 由 are no unit (以上项目由市交通运输局 was read)
    ("（以上项目由市交通运输局牵头，市发展改革委、市自然资源局配合）",
     [("市交通运输局", L, EX), ("市发展改革委", S, EX), ("市自然资源局", S, EX)]),
    ("（该工程由市水利局负责）", [("市水利局", L, EX)]),
    # a label's level or rank belongs to the label (县级 was read as a unit, or the bracket
    # was cut in two and the second level read as a lead of its own)
    ("（市级责任单位：市生态环境局、市工业和信息化局；县级责任单位：各县（市、区）人民政府）",
     [("市生态环境局", L, FL), ("市工业和信息化局", S, EX), ("各县（市、区）人民政府", S, EX)]),
    ("（市级牵头单位：市住建局；市级配合单位：市城管局；县级责任单位：各县（市、区）人民政府）",
     [("市住建局", L, EX), ("市城管局", S, EX), ("各县（市、区）人民政府", S, EX)]),
    ("（省直牵头单位：省工业和信息化厅；省直配合单位：省发展改革委、省科技厅）",
     [("省工业和信息化厅", L, EX), ("省发展改革委", S, EX), ("省科技厅", S, EX)]),
    ("（第一责任单位：县公安局；第二责任单位：县水利局）", [("县公安局", L, EX), ("县水利局", S, EX)]),
    # leaders and time limits are fields, wherever they stand (县级领导 / 整改时限 / 办结时限)
    ("（牵头单位：县商务局，县级领导：李XX，配合单位：县交通运输局）", [("县商务局", L, EX), ("县交通运输局", S, EX)]),
    ("（牵头单位：县发改局；牵头县领导：王XX；配合单位：县财政局）", [("县发改局", L, EX), ("县财政局", S, EX)]),
    ("（责任领导：赵六；责任单位：区委组织部；整改时限：立行立改，长期坚持）", [("区委组织部", L, FL)]),
    ("（责任单位：区财政局、区审计局；办结时限：2024年9月底前）", [("区财政局", L, FL), ("区审计局", S, EX)]),
    # 联动单位 / 指导单位 support (they were read into the unit's name)
    ("（主责单位：县消防救援大队；联动单位：县公安局、县住建局）",
     [("县消防救援大队", L, EX), ("县公安局", S, EX), ("县住建局", S, EX)]),
    ("（责任主体：各乡镇人民政府；指导单位：县农业农村局）", [("各乡镇人民政府", L, FL), ("县农业农村局", S, EX)]),
    # a unit that carries the task out where it is keeps its list's role (it was dropped)
    ("（牵头单位：县水利局；配合单位：县财政局；各乡镇人民政府负责抓好落实）",
     [("县水利局", L, EX), ("县财政局", S, EX), ("各乡镇人民政府", S, EX)]),
    ("（牵头单位：县卫健局；责任单位：县水利局，各乡镇人民政府具体落实）",
     [("县卫健局", L, EX), ("县水利局", S, EX), ("各乡镇人民政府", S, EX)]),
    ("（责任单位：县水利局，各乡镇人民政府负责组织实施）", [("县水利局", L, FL), ("各乡镇人民政府", S, EX)]),
    # lead verbs 牵头组织 / 负责统筹 / 主抓 / 牵头抓总 beside 各负其责 / 联合开展 (all were unread)
    ("（县发改局牵头抓总，县直各部门各负其责）", [("县发改局", L, EX), ("县直各部门", S, EX)]),
    ("（县公安局牵头组织，县城管局、县交通运输局配合）", [("县公安局", L, EX), ("县城管局", S, EX), ("县交通运输局", S, EX)]),
    ("（由县医保局牵头组织、县卫健局配合）", [("县医保局", L, EX), ("县卫健局", S, EX)]),
    ("（县自然资源局负责统筹，县直有关部门按职责落实）", [("县自然资源局", L, EX), ("县直有关部门", S, EX)]),
    ("（县工信局主抓，县统计局、县税务局配合）", [("县工信局", L, EX), ("县统计局", S, EX), ("县税务局", S, EX)]),
    ("（县医保局牵头，县卫健局、县公安局联合开展）", [("县医保局", L, EX), ("县卫健局", S, EX), ("县公安局", S, EX)]),
    # 为责任主体 / 为实施主体 carry the task; 负责指导 beside them is guidance, alone it is the lead
    ("（各乡镇人民政府为责任主体，县农业农村局负责指导）", [("各乡镇人民政府", L, EX), ("县农业农村局", S, EX)]),
    ("（县交通运输局牵头，各乡镇人民政府为实施主体）", [("县交通运输局", L, EX), ("各乡镇人民政府", S, EX)]),
    ("（县自然资源局负责指导，各乡镇人民政府负责实施）", [("县自然资源局", S, EX), ("各乡镇人民政府", L, EX)]),
    ("（县农业农村局负责指导）", [("县农业农村局", L, EX)]),
    # 工商联 ends an agency's name
    ("县工商联负总责，县商务局配合。", [("县工商联", L, EX), ("县商务局", S, EX)]),
    # "by their duties" written 根据职责分工 / 按照职能职责 / 依职责 / 分头 (all were unread)
    ("（县住建局、县城管局分头负责）", [("县住建局", L, FL), ("县城管局", S, EX)]),
    ("（县市场监管局、县城管局根据职责分工负责）", [("县市场监管局", L, FL), ("县城管局", S, EX)]),
    ("（县委网信办、县融媒体中心按照职能职责负责）", [("县委网信办", L, FL), ("县融媒体中心", S, EX)]),
    ("（县教体局牵头，县公安局、县市场监管局依职责配合）", [("县教体局", L, EX), ("县公安局", S, EX), ("县市场监管局", S, EX)]),
    # …等12个行政执法部门: the count is not part of the name (it was)
    ("（责任单位：县司法局等12个行政执法部门）", [("县司法局", L, FL)]),
    ("（县发改局牵头，县财政局等8个部门配合）", [("县发改局", L, EX), ("县财政局", S, EX)]),
    # 机构 ends a unit's name (各银行业金融机构)
    ("（人民银行XX市分行牵头，各银行业金融机构配合）", [("人民银行XX市分行", L, EX), ("各银行业金融机构", S, EX)]),
    # 承办 / 具体承办; A为第一责任单位 / A为主要责任单位 (all were unread)
    ("（县交通运输局承办，县公安局交警大队协办）", [("县交通运输局", L, EX), ("县公安局交警大队", S, EX)]),
    ("（县公安局负责，县公安局交警大队具体承办）", [("县公安局", L, EX), ("县公安局交警大队", S, EX)]),
    ("（县水利局为第一责任单位，县应急管理局、各乡镇为配合单位）",
     [("县水利局", L, EX), ("县应急管理局", S, EX), ("各乡镇", S, EX)]),
    ("（县住建局为主要责任单位，县城管局为配合单位）", [("县住建局", L, EX), ("县城管局", S, EX)]),
    # a bracket opening with units and no verb: before a duty phrase they share it; before
    # 配合 they are the responsible units (both were unread)
    ("（县直有关部门，各乡镇按职责分工负责）", [("县直有关部门", L, FL), ("各乡镇", S, EX)]),
    ("（县委宣传部、县文明办，县直各单位配合）", [("县委宣传部", L, FL), ("县文明办", S, EX), ("县直各单位", S, EX)]),
    # a bare list with its deadline after it, or with ； between units; a bare list whose lead
    # is marked (A（牵头））, whatever its other names end with (all were unread)
    ("（县发改局、县统计局，2024年12月底前）", [("县发改局", L, FL), ("县统计局", S, EX)]),
    ("（县财政局、县税务局；全年）", [("县财政局", L, FL), ("县税务局", S, EX)]),
    ("（县农业农村局（牵头）、县财政局（配合）、各乡镇（配合））", [("县农业农村局", L, EX), ("县财政局", S, EX), ("各乡镇", S, EX)]),
    # the person answering for a unit, in the unit's own bracket, is a note (the field label
    # inside it cut the name to 县工信局（)
    ("（责任单位：县工信局（责任人：王XX）；配合单位：县统计局）", [("县工信局", L, FL), ("县统计局", S, EX)]),
    ("（牵头单位：县工信局（联系人：王XX，电话：1234567）；配合单位：县统计局）", [("县工信局", L, EX), ("县统计局", S, EX)]),
    # two-level prefixes 市县 / 县乡 (were read as units 市县, 县乡)
    ("（省级牵头单位：省农业农村厅；市县责任单位：各市、县人民政府）", [("省农业农村厅", L, EX), ("各市、县人民政府", S, EX)]),
    ("（省级责任单位：省自然资源厅；县乡责任主体：各县（市、区）人民政府）",
     [("省自然资源厅", L, FL), ("各县（市、区）人民政府", S, EX)]),
    # fields, notes and schedules among label-less phrases (the whole bracket was unread)
    ("（县住建局牵头，县城管局配合，完成时限：2024年10月底前）", [("县住建局", L, EX), ("县城管局", S, EX)]),
    ("（县城管局负责；责任领导：张XX）", [("县城管局", L, EX)]),
    ("（县发改局牵头，县直有关部门配合，下同）", [("县发改局", L, EX), ("县直有关部门", S, EX)]),
    ("（县发改局牵头，县直有关部门配合，按季度调度）", [("县发改局", L, EX), ("县直有关部门", S, EX)]),
    # 牵头协调 / 负责牵头协调 / 牵头推动 / 双牵头 (unread); （A、B，C牵头）: C leads (all had led)
    ("（县法院牵头协调，县司法局、县信访局配合）", [("县法院", L, EX), ("县司法局", S, EX), ("县信访局", S, EX)]),
    ("（县委政法委负责牵头协调，各乡镇配合）", [("县委政法委", L, EX), ("各乡镇", S, EX)]),
    ("（县发改局牵头推动，县直各部门配合）", [("县发改局", L, EX), ("县直各部门", S, EX)]),
    ("（县法院、县大数据中心双牵头，县财政局配合）", [("县法院", L, EX), ("县大数据中心", L, EX), ("县财政局", S, EX)]),
    ("（县公安局、县法院，县委政法委牵头）", [("县公安局", S, EX), ("县法院", S, EX), ("县委政法委", L, EX)]),
    # a quoted campaign inside a name is part of it; 按照“谁主管、谁负责”原则 is a duty phrase
    # (both brackets were unread)
    ("（县市场监管局牵头，县“双随机、一公开”联席会议成员单位配合）",
     [("县市场监管局", L, EX), ("县“双随机、一公开”联席会议成员单位", S, EX)]),
    ("（县财政局、县工信局牵头，各乡镇、县直各单位按照“谁欠款、谁清偿”原则负责）",
     [("县财政局", L, EX), ("县工信局", L, EX), ("各乡镇", S, EX), ("县直各单位", S, EX)]),
    ("（县直各有关部门按照“管行业必须管安全”的要求负责）", [("县直各有关部门", L, EX)]),
    # a bare list followed by fields in its bracket (unread)
    ("（县住建局，责任领导：张XX）", [("县住建局", L, FL)]),
    ("（县住建局、县生态环境局；完成时限：2024年底）", [("县住建局", L, FL), ("县生态环境局", S, EX)]),
    # the kind of duty before a label (属地 / 主体 / 整改 / 行业) and the labels 主管部门 /
    # 监管部门 / 管理单位 / 责任乡镇 (the second list was lost, or read with its label as a name)
    ("（属地责任单位：各乡镇；行业监管部门：县住建局）", [("各乡镇", L, FL), ("县住建局", S, EX)]),
    ("（主体责任单位：各乡镇人民政府；监管责任单位：县住建局）", [("各乡镇人民政府", L, FL), ("县住建局", S, EX)]),
    ("（行业主管部门：县住建局；属地管理单位：各乡镇）", [("县住建局", L, FL), ("各乡镇", S, EX)]),
    ("（整改责任单位：县住建局；整改责任人：张XX）", [("县住建局", L, FL)]),
    ("（责任部门：县住建局；责任乡镇：各乡镇）", [("县住建局", L, FL), ("各乡镇", S, EX)]),
    # 积极配合 (unread); 做好督导 beside the lead supervises, as 督导单位 does (tests/test_rectify.py)
    ("（县住建局牵头，县城管局积极配合）", [("县住建局", L, EX), ("县城管局", S, EX)]),
    ("（各乡镇负总责，县生态环境局、县农业农村局按职责做好督导）", [("各乡镇", L, EX)]),
    # 党组 ends a unit's name (the bracket was unread); 时间： is a field
    ("（县纪委监委牵头，县直各单位党组（党委）负责）", [("县纪委监委", L, EX), ("县直各单位党组（党委）", S, EX)]),
    ("牵头单位：县农业农村局，配合单位：县商务局，时间：全年。", [("县农业农村局", L, EX), ("县商务局", S, EX)]),
    # support written 参与配合 / 协助配合 / 负责配合 / 配合做好相关工作, a share written
    # 按职责做好相关工作, local work written 抓好贯彻落实 (all unread)
    ("（县卫健局牵头，县医保局等部门参与配合）", [("县卫健局", L, EX), ("县医保局", S, EX)]),
    ("（县卫健局负责牵头，县医保局负责配合）", [("县卫健局", L, EX), ("县医保局", S, EX)]),
    ("（县卫健局牵头，县医保局、县财政局等单位配合做好相关工作）", [("县卫健局", L, EX), ("县医保局", S, EX), ("县财政局", S, EX)]),
    ("（县卫健局牵头，县直有关部门按职责做好相关工作）", [("县卫健局", L, EX), ("县直有关部门", S, EX)]),
    ("（县卫健局牵头，县医保局参与，各乡镇抓好贯彻落实）", [("县卫健局", L, EX), ("县医保局", S, EX), ("各乡镇", S, EX)]),
    # the clause ends where the sentence goes on with an action (积极争取… / 加强…): the units
    # before it keep their roles, the bodies acted on are not units (both were lost, or the
    # action was read as a unit 积极争取国家发展改革委)
    ("由省发展改革委、省工业和信息化厅牵头，省生态环境厅配合，积极争取国家发展改革委、生态环境部支持。",
     [("省发展改革委", L, EX), ("省工业和信息化厅", L, EX), ("省生态环境厅", S, EX)]),
    ("市住建局牵头，市财政局配合，加强督促指导。", [("市住建局", L, EX), ("市财政局", S, EX)]),
    # OCR lost a bracket of the clause: its close (the clause ends at the line's end) or its
    # open (the sentence's last phrases up to the stray close); read as the whole bracket is
    ("（市水利局、市生态环境局按职责分工负责", [("市水利局", L, FL), ("市生态环境局", S, EX)]),
    # names set apart by two spaces or a full-width space, the next opening with no level
    # (was one unit 市市场监管局云南电网玉溪供电局); near misses: a single space and a role word
    # after a wide gap keep their reading
    ("（牵头单位：市发展改革委  配合单位：市民政局  市市场监管局  云南电网玉溪供电局）",
     [("市发展改革委", L, EX), ("市民政局", S, EX), ("市市场监管局", S, EX), ("云南电网玉溪供电局", S, EX)]),
    ("（牵头单位：市财政局　中国人民银行玉溪市分行）", [("市财政局", L, EX), ("中国人民银行玉溪市分行", L, EX)]),
    ("（市医保局  牵头，市财政局配合）", [("市医保局", L, EX), ("市财政局", S, EX)]),
    # 督促指导 / 业务指导 / 指导督促 beside a unit that carries the task support as 指导 does (was no
    # clause: the task had no lead)
    ("各县（区）政府负责，市农业农村局督促指导。", [("各县（区）政府", L, EX), ("市农业农村局", S, EX)]),
    ("县政府负责，市农业农村局业务指导。", [("县政府", L, EX), ("市农业农村局", S, EX)]),
    ("（各乡镇负责，县农业农村局指导督促）", [("各乡镇", L, EX), ("县农业农村局", S, EX)]),
    # a label's list going on past a semicolon to the sentence's end, names only (the names after
    # it were lost); near misses below (NOT_CLAUSES, and a phrase of its own after it)
    ("责任单位：市司法局（牵头）；市直各行政执法部门。", [("市司法局", L, EX), ("市直各行政执法部门", S, EX)]),
    ("责任单位：市司法局（牵头）；市公安局、市交通运输局。",
     [("市司法局", L, EX), ("市公安局", S, EX), ("市交通运输局", S, EX)]),
    # 主要负责单位 / 主要责任单位 / 第一责任单位 name the leads, every one listed (were first-listed:
    # the second 主要负责单位 supported); near misses: 主体责任单位 / 责任单位 alone keep first-listed,
    # and beside a 牵头 label a 主要责任单位 list supports
    ("（主要负责单位：县纪委监委机关、县农业农村局；协同单位：县审计局）",
     [("县纪委监委机关", L, EX), ("县农业农村局", L, EX), ("县审计局", S, EX)]),
    ("（第一责任单位：县公安局、县交通运输局）", [("县公安局", L, EX), ("县交通运输局", L, EX)]),
    ("（主体责任单位：县公安局、县水利局）", [("县公安局", L, FL), ("县水利局", S, EX)]),
    ("（牵头单位：县公安局；主要责任单位：县水利局、县财政局）", [("县公安局", L, EX), ("县水利局", S, EX), ("县财政局", S, EX)]),
    ("市水利局牵头，市生态环境局、市农业农村局参与）",
     [("市水利局", L, EX), ("市生态环境局", S, EX), ("市农业农村局", S, EX)]),
    # units, 负责 and their part of the task (本辖区工作, 资金保障): the object is no part of the
    # name (was 各乡镇（街道）负责本辖区 as a unit, or no clause at all)
    ("（责任单位：县委宣传部、县应急局等，各乡镇（街道）负责本辖区）",
     [("县委宣传部", L, FL), ("县应急局", S, EX), ("各乡镇（街道）", S, EX)]),
    ("（责任单位：县应急局牵头，各乡镇（街道）负责辖区内的排查）", [("县应急局", L, EX), ("各乡镇（街道）", S, EX)]),
    ("（县应急局牵头，各乡镇负责本辖区工作）", [("县应急局", L, EX), ("各乡镇", S, EX)]),
    ("（县财政局负责资金保障，县应急局配合）", [("县财政局", L, EX), ("县应急局", S, EX)]),
    ("（县委宣传部负责统筹，县融媒体中心负责宣传报道）", [("县委宣传部", L, EX), ("县融媒体中心", S, EX)]),
    # a slot naming nobody beside a named lead: the lead stands, the slot is a note, not a unit
    ("（牵头单位：县应急局；配合单位：无）", [("县应急局", L, EX)]),
    ("（牵头单位：县应急局；责任单位：/）", [("县应急局", L, EX)]),
    # 次要责任单位 is a label (次要 was read as a unit); 按照干部管理权限 is how they share it
    # (it was part of the last unit's name, and the clause unread)
    ("（主要责任单位：县市场监管局；次要责任单位：县公安局）", [("县市场监管局", L, EX), ("县公安局", S, EX)]),
    ("（由县委组织部、县人社局按照干部管理权限负责）", [("县委组织部", L, FL), ("县人社局", S, EX)]),
    ("（县纪委监委、县委组织部按管理权限负责）", [("县纪委监委", L, FL), ("县委组织部", S, EX)]),
    # 按照属地管理原则 like 按职责分工; a 负责 quoted in the principle is not the verb (both unread)
    ("（县直各有关部门、各乡镇按照属地管理原则负责）", [("县直各有关部门", L, FL), ("各乡镇", S, EX)]),
    ("（县应急局牵头，各乡镇按照“谁主管、谁负责”原则负责）", [("县应急局", L, EX), ("各乡镇", S, EX)]),
    # 会同B… after the lead: B supports, the action after B ends the clause (was no clause)
    ("由县农业农村局牵头，会同县财政局、县发改局制定实施方案。",
     [("县农业农村局", L, EX), ("县财政局", S, EX), ("县发改局", S, EX)]),
    ("（县农业农村局牵头，会同县财政局等部门研究制定）", [("县农业农村局", L, EX), ("县财政局", S, EX)]),
    # outside a bracket too, beside a phrase that assigns (only 县应急局 was read, as support)
    ("县财政局负责资金保障，县应急局配合。", [("县财政局", L, EX), ("县应急局", S, EX)]),
    # in a bracket one unit's phrase then an action on other bodies: the unit keeps its role, the
    # bodies acted on are no units (the whole clause was lost); 会同 after the lead still reads on
    ("（县住建局、县自然资源局按职责分工负责，积极争取住房城乡建设部、国家文物局支持）",
     [("县住建局", L, FL), ("县自然资源局", S, EX)]),
    ("（省发展改革委负责，争取国家发展改革委专项资金支持）", [("省发展改革委", L, EX)]),
    ("（县交通运输局牵头，会同县公安局、县城管局共同推进）",
     [("县交通运输局", L, EX), ("县公安局", S, EX), ("县城管局", S, EX)]),
    # central and provincial collectives written over several levels are one collective each
    # (各省、自治区、直辖市人民政府 was lost; 各市（州）、县（市、区） split into two bodies)
    ("（农业农村部牵头，各省、自治区、直辖市人民政府负责落实）",
     [("农业农村部", L, EX), ("各省、自治区、直辖市人民政府", S, EX)]),
    ("（人力资源社会保障部牵头，各省、自治区、直辖市及新疆生产建设兵团负责落实）",
     [("人力资源社会保障部", L, EX), ("各省、自治区、直辖市及新疆生产建设兵团", S, EX)]),
    ("（农业农村部牵头，有关部门和地方按职责分工负责）", [("农业农村部", L, EX), ("有关部门和地方", S, EX)]),
    ("（省住房城乡建设厅、省民政厅按职责分工负责，各市（州）、县（市、区）人民政府负责落实）",
     [("省住房城乡建设厅", L, FL), ("省民政厅", S, EX), ("各市（州）、县（市、区）人民政府", S, EX)]),
    ("（自治区能源局牵头，自治区自然资源厅配合，各盟行政公署、市人民政府负责落实）",
     [("自治区能源局", L, EX), ("自治区自然资源厅", S, EX), ("各盟行政公署、市人民政府", S, EX)]),
    # how the places carry it out (结合实际 / 因地制宜 / 按要求) between them and their verb: the
    # clause was lost whole (central and provincial task divisions write it after the ministries)
    ("（文化和旅游部、国家体育总局、商务部等按职责分工负责，各地区结合实际推进落实）",
     [("文化和旅游部", L, FL), ("国家体育总局", S, EX), ("商务部", S, EX), ("各地区", S, EX)]),
    ("（省发展改革委牵头，省财政厅配合，各市（州）结合实际推进落实）",
     [("省发展改革委", L, EX), ("省财政厅", S, EX), ("各市（州）", S, EX)]),
    ("（省商务厅负责，各地因地制宜组织实施）", [("省商务厅", L, EX), ("各地", S, EX)]),
    ("（省商务厅、省财政厅按职责分工负责，各地按要求落实）", [("省商务厅", L, FL), ("省财政厅", S, EX), ("各地", S, EX)]),
    # after a unit's phrase, another unit providing the means (资金, 要素) supports the task (the
    # clause was lost whole)
    ("由镇村镇建设和规划办负责，财政所保障资金。", [("镇村镇建设和规划办", L, EX), ("财政所", S, EX)]),
    ("（县住建局牵头，县财政局、县自然资源局做好要素保障）",
     [("县住建局", L, EX), ("县财政局", S, EX), ("县自然资源局", S, EX)]),
    # 按属地 (each where it is) is a duty note like 按职责分工: no unit (was a unit 按属地), and the
    # phrase before it reads (the clause was lost)
    ("（责任单位：德清县农业农村局、旺苍县农业农村局，按属地分别负责）",
     [("德清县农业农村局", L, FL), ("旺苍县农业农村局", S, EX)]),
    # (in a phrase of its own, 按属地分别负责 is 分别负责 as 按职责分别负责 is: each leads its part where
    # it is; was A first-listed lead and B support, the 按属地 read into B's name and dropped later)
    ("（德清县农业农村局、旺苍县农业农村局按属地分别负责）", [("德清县农业农村局", L, EX), ("旺苍县农业农村局", L, EX)]),
    ("（德清县农业农村局、旺苍县农业农村局按属地负责）", [("德清县农业农村局", L, FL), ("旺苍县农业农村局", S, EX)]),
    ("（各县（区）按属地负责）", [("各县（区）", L, EX)]),
    # in a labelled list the places carrying it out keep the list's role (负责落实 made 各市（州）
    # 人民政府 the lead and the provincial units supports; 结合实际推进 / 落实 lost them)
    ("（责任单位：省商务厅、省财政厅，各市（州）人民政府负责落实）",
     [("省商务厅", L, FL), ("省财政厅", S, EX), ("各市（州）人民政府", S, EX)]),
    ("（责任单位：省商务厅、省财政厅，各市（州）人民政府结合实际推进）",
     [("省商务厅", L, FL), ("省财政厅", S, EX), ("各市（州）人民政府", S, EX)]),
    ("（牵头单位：省商务厅；责任单位：省财政厅，各县（区）落实）",
     [("省商务厅", L, EX), ("省财政厅", S, EX), ("各县（区）", S, EX)]),
    # the central and provincial units stationed in a city, one collective (the clause was lost)
    ("（国网宜春供电公司牵头，市发展改革委配合，中央、省驻宜有关单位按职责分工负责）",
     [("国网宜春供电公司", L, EX), ("市发展改革委", S, EX), ("中央、省驻宜有关单位", S, EX)]),
    ("（县发改委牵头，中央、省、市驻县单位配合）", [("县发改委", L, EX), ("中央、省、市驻县单位", S, EX)]),
    # levels written apart before their government: 各州、市 / 各市、县、自治县 (were lost or split)
    ("（省农业农村厅牵头，省商务厅配合，各州、市人民政府负责）",
     [("省农业农村厅", L, EX), ("省商务厅", S, EX), ("各州、市人民政府", S, EX)]),
    ("（省农业农村厅牵头，各市、县、自治县人民政府负责落实）", [("省农业农村厅", L, EX), ("各市、县、自治县人民政府", S, EX)]),
    # a leader named in the clause is no unit: the units keep their roles (the clause was lost)
    ("（省政府副省长王某某牵头，省交通运输厅具体负责，省发展改革委配合）",
     [("省交通运输厅", L, EX), ("省发展改革委", S, EX)]),
    ("（市委常委、副市长李XX牵头，市住建局负责）", [("市住建局", L, EX)]),
    # 共青团中央 ends like no other unit (the clause was lost)
    ("（中央网信办牵头，中央宣传部、教育部、共青团中央、全国妇联按职责分工负责）",
     [("中央网信办", L, EX), ("中央宣传部", S, EX), ("教育部", S, EX), ("共青团中央", S, EX), ("全国妇联", S, EX)]),
    # a ministry's departments (司) in its own work points (the clause was lost)
    ("（大气环境司牵头，法规与标准司、生态环境执法局配合）",
     [("大气环境司", L, EX), ("法规与标准司", S, EX), ("生态环境执法局", S, EX)]),
    ("（国家发展改革委价格司牵头，国家能源局电力司配合）", [("国家发展改革委价格司", L, EX), ("国家能源局电力司", S, EX)]),
    # a county bureau's 股 and 股室 labels, a ministry's party committee, office and the discipline
    # group stationed in it (were lost)
    ("（牵头股室：种植业股；配合股室：综合股、执法股）", [("种植业股", L, EX), ("综合股", S, EX), ("执法股", S, EX)]),
    ("（机关党委牵头，办公厅、驻部纪检监察组配合）", [("机关党委", L, EX), ("办公厅", S, EX), ("驻部纪检监察组", S, EX)]),
    # a person listed among the units (a leader's title before or after the name) is none;
    # near misses: 县长江委 / 市长江航道局 / 县河长办 are units
    ("（牵头单位：县水利局；配合单位：县财政局、张某（副县长））", [("县水利局", L, EX), ("县财政局", S, EX)]),
    ("（责任单位：副县长王某，县发改委、县财政局）", [("县发改委", L, FL), ("县财政局", S, EX)]),
    ("（牵头单位：县发改委；配合单位：县财政局、李某副县长、王某某（县委常委、常务副县长）、县委常委）",
     [("县发改委", L, EX), ("县财政局", S, EX)]),
    ("（牵头单位：县水利局局长张某；配合单位：县长江委、市长江航道局、县河长办）",
     [("县水利局", L, EX), ("县长江委", S, EX), ("市长江航道局", S, EX), ("县河长办", S, EX)]),
    # a blank after a name's bracket, before the next name, parts them (a cell's lines);
    # near miss: 各县（市、区） 人民政府 is one name
    ("（责任单位：区城管局（牵头） 区商务局、区机关事务中心）", [("区城管局", L, EX), ("区商务局", S, EX), ("区机关事务中心", S, EX)]),
    ("（责任单位：各县（市、区） 人民政府）", [("各县（市、区）人民政府", L, FL)]),
    # 县住建局/张某: the person after the slash is none; near miss: two units either side of it
    ("（责任单位：县住建局/张某、县水利局/李某）", [("县住建局", L, FL), ("县水利局", S, EX)]),
    ("（责任单位：市生态环境局/市水利局）", [("市生态环境局", L, FL), ("市水利局", S, EX)]),
    # responsibilities stated as sentences, each unit with its part of the task (were no clause,
    # or lost the lead whose verb had an object); 要 before the verb; 在A的指导下: A guides
    ("县委组织部负责制定培训计划，县人社局配合做好经费保障。", [("县委组织部", L, EX), ("县人社局", S, EX)]),
    ("由县发改局牵头制定方案，县财政局负责资金保障，各乡镇抓好落实。",
     [("县发改局", L, EX), ("县财政局", S, EX), ("各乡镇", S, EX)]),
    ("县水利局牵头负责河道清淤，各乡镇配合做好群众工作。", [("县水利局", L, EX), ("各乡镇", S, EX)]),
    ("（县委组织部牵头制定，县人社局配合做好保障）", [("县委组织部", L, EX), ("县人社局", S, EX)]),
    ("县住建局要牵头做好老旧小区改造工作，县城管局要积极配合。", [("县住建局", L, EX), ("县城管局", S, EX)]),
    # one task shared in parts among named bodies: each leads its part
    ("县发改局负责项目谋划；县财政局负责资金筹措；各乡镇负责征地拆迁。",
     [("县发改局", L, EX), ("县财政局", L, EX), ("各乡镇", L, EX)]),
    ("县发改局负责项目申报，县财政局负责资金拨付。", [("县发改局", L, EX), ("县财政局", L, EX)]),
    # … a part given to several units (A负责X，B、C负责Y): they answer for it together, each a lead
    # (was B lead by the first-listed convention, C supporting); that convention stays for one list
    # answering for the whole task, and after a 牵头 the parts' units support
    ("县教育局负责学校建设，县卫健局、县疾控中心负责学生健康监测。",
     [("县教育局", L, EX), ("县卫健局", L, EX), ("县疾控中心", L, EX)]),
    ("县发改局负责项目谋划；县财政局、县自然资源局负责资金筹措和用地保障；各乡镇负责征地拆迁。",
     [("县发改局", L, EX), ("县财政局", L, EX), ("县自然资源局", L, EX), ("各乡镇", L, EX)]),
    ("（县住建局、县城管局负责）", [("县住建局", L, FL), ("县城管局", S, EX)]),
    ("县住建局牵头负责项目推进，县发改局、县财政局负责项目申报和资金拨付。",
     [("县住建局", L, EX), ("县发改局", S, EX), ("县财政局", S, EX)]),
    # a part written with 做好 (C做好Z工作) is the unit's part as with 负责: in a share-out it
    # leads it, after a lead it supports (the clause was lost, or ended before it)
    ("旗农牧局负责项目实施，旗财政局负责资金保障，旗水利局做好水资源论证工作。",
     [("旗农牧局", L, EX), ("旗财政局", L, EX), ("旗水利局", L, EX)]),
    ("由县教育局牵头，各学校做好宣传教育。", [("县教育局", L, EX), ("各学校", S, EX)]),
    ("由县发改局牵头，县财政局做好资金保障，各乡镇做好群众工作。",
     [("县发改局", L, EX), ("县财政局", S, EX), ("各乡镇", S, EX)]),
    # units providing the means after the unit answering for the task support it, also when the
    # means follow a step of the paperwork or are several (做好项目申报和资金保障 / 做好经费和用地
    # 保障), after 负责 as after 牵头 (was after 负责 the first of them a lead by first-listed); a
    # part of their own (B做好项目申报) after A负责X stays theirs to lead, as in a share-out
    ("县住建局负责项目推进，县发改局、县财政局做好项目申报和资金保障。",
     [("县住建局", L, EX), ("县发改局", S, EX), ("县财政局", S, EX)]),
    ("县住建局牵头项目推进，县发改局、县财政局做好项目申报和资金保障。",
     [("县住建局", L, EX), ("县发改局", S, EX), ("县财政局", S, EX)]),
    ("市教育局负责学校建设，市财政局、市自然资源局做好经费和用地保障。",
     [("市教育局", L, EX), ("市财政局", S, EX), ("市自然资源局", S, EX)]),
    ("县住建局负责项目推进；县发改局、县财政局要做好项目审批和资金保障。",
     [("县住建局", L, EX), ("县发改局", S, EX), ("县财政局", S, EX)]),
    ("县住建局负责项目推进，县发改局做好项目申报。", [("县住建局", L, EX), ("县发改局", L, EX)]),
    # 承办单位 (a 督办 notice's matter): each unit handling it leads its part (was the first listed
    # alone, by the 责任单位 convention), one alone explicitly; beside a 牵头 label they are 责任单位
    # 会同B、C统筹…: the partners' list ends before 统筹 (was a unit 市城管执法委统筹全市排涝抢险队);
    # a 统筹办 / 统筹委 is a name still
    ("市应急管理局会同市住建局、市城管执法委统筹全市排涝抢险队伍和移动泵车。",
     [("市应急管理局", L, EX), ("市住建局", S, EX), ("市城管执法委", S, EX)]),
    ("市发改委会同市城乡统筹办制定方案。", [("市发改委", L, EX), ("市城乡统筹办", S, EX)]),
    ("县财政局会同县发改局统筹协调资金使用。", [("县财政局", L, EX), ("县发改局", S, EX)]),
    ("（承办单位：市住建局、市城管局）", [("市住建局", L, EX), ("市城管局", L, EX)]),
    ("承办单位：左权县人民政府、和顺县人民政府；协办单位：市发展改革委。",
     [("左权县人民政府", L, EX), ("和顺县人民政府", L, EX), ("市发展改革委", S, EX)]),
    ("（承办单位：区教育局；协办单位：区自然资源局）", [("区教育局", L, EX), ("区自然资源局", S, EX)]),
    ("（牵头单位：市住建局；承办单位：各区政府）", [("市住建局", L, EX), ("各区政府", S, EX)]),
    ("（责任单位：市住建局、市城管局）", [("市住建局", L, FL), ("市城管局", S, EX)]),
    # … as units bringing the work into their budget or plan do (B负责将X纳入Y; was a lead of its part)
    ("县住建局负责做好项目建设，县财政局负责将配套资金纳入预算。", [("县住建局", L, EX), ("县财政局", S, EX)]),
    ("市教育局负责项目推进，市自然资源局负责将学校用地纳入国土空间规划。", [("市教育局", L, EX), ("市自然资源局", S, EX)]),
    ("市发展改革委牵头，市财政局负责将所需经费纳入年度财政预算。", [("市发展改革委", L, EX), ("市财政局", S, EX)]),
    ("在县农业农村局的指导下，各乡镇负责做好秸秆禁烧工作。", [("县农业农村局", S, EX), ("各乡镇", L, EX)]),
    # the work's schedule after a lead and a support ends the clause (the clause was lost)
    ("县市场监管局牵头，县公安局、县农业农村局参与，每季度开展一次联合检查。",
     [("县市场监管局", L, EX), ("县公安局", S, EX), ("县农业农村局", S, EX)]),
    # A会同B / A联合B and the action: A leads, B works with it (were no clause)
    ("县住建局会同县自然资源局开展违法建设专项整治。", [("县住建局", L, EX), ("县自然资源局", S, EX)]),
    ("县市场监管局联合县公安局开展食品安全专项整治。", [("县市场监管局", L, EX), ("县公安局", S, EX)]),
    ("县自然资源局会同县林业局、县水利局开展自然保护地整合优化。",
     [("县自然资源局", L, EX), ("县林业局", S, EX), ("县水利局", S, EX)]),
    ("县应急局要会同县消防救援大队开展隐患排查。", [("县应急局", L, EX), ("县消防救援大队", S, EX)]),
    ("（县发改局会同县财政局制定）", [("县发改局", L, EX), ("县财政局", S, EX)]),
    # the partners end before the action, not at the last name-like ending (was 县财政局制定专项资金管理办)
    ("县发改局会同县财政局制定专项资金管理办法。", [("县发改局", L, EX), ("县财政局", S, EX)]),
    ("由县农业农村局牵头，会同县财政局制定专项资金管理办法。", [("县农业农村局", L, EX), ("县财政局", S, EX)]),
    # the partners end before actions the list did not know (打造 / 争取 / 根据…拟定: 县文旅局打造夜间
    # 消费街区 was one unit, its 区 a name's end; A会同B打造… was no clause), and an action word
    # inside a name closing right after it is no action (会同县委组织部 was 县委)
    ("由县商务局牵头，会同县文旅局、县城管局打造夜间消费街区。",
     [("县商务局", L, EX), ("县文旅局", S, EX), ("县城管局", S, EX)]),
    ("县商务局会同县文旅局打造夜间消费街区。", [("县商务局", L, EX), ("县文旅局", S, EX)]),
    ("由市发展改革委会同市统计局根据年度重点工作拟定具体指标。", [("市发展改革委", L, EX), ("市统计局", S, EX)]),
    ("由县商务局牵头，会同县委组织部，开展人才培训。", [("县商务局", L, EX), ("县委组织部", S, EX)]),
    ("由县发改局牵头，会同县委政策研究室，开展专题调研。", [("县发改局", L, EX), ("县委政策研究室", S, EX)]),
    # an action right after a name's end ends the partners (市工业和信息化局督促企业 was one unit,
    # the list cut before 加快)
    ("由市生态环境局牵头，会同市工业和信息化局督促企业加快实施。", [("市生态环境局", L, EX), ("市工业和信息化局", S, EX)]),
    ("由市发改委会同市财政局根据实际制定具体办法。", [("市发改委", L, EX), ("市财政局", S, EX)]),
    # the step that sends the units' work up for approval closes the clause (报市政府同意后实施 /
    # 报领导小组审定: the whole clause was lost)
    ("由市发改委会同市财政局制定具体办法，报市政府同意后实施。", [("市发改委", L, EX), ("市财政局", S, EX)]),
    ("具体办法由市发改委会同市财政局制定，报市政府同意后实施。", [("市发改委", L, EX), ("市财政局", S, EX)]),
    ("具体指标由市发展改革委会同市统计局拟定，报领导小组审定。", [("市发展改革委", L, EX), ("市统计局", S, EX)]),
    ("由县发改局负责，报县政府审定后实施。", [("县发改局", L, EX)]),
    # ... and a next step given to a named body after the approval is read too (县城管局 was lost
    # inside the clause); given to a collective (各乡镇 / 县直各部门) it names nobody more
    ("由县住建局牵头负责起草实施细则，报县政府审定后，由县城管局负责组织实施。", [("县住建局", L, EX), ("县城管局", L, EX)]),
    ("由县住建局牵头制定方案，报县政府审定后，由县城管局负责组织实施，县财政局配合。",
     [("县住建局", L, EX), ("县城管局", L, EX), ("县财政局", S, EX)]),
    ("由县住建局牵头制定方案，报县政府审定后，各乡镇负责组织实施。", [("县住建局", L, EX)]),
    ("由县发改局牵头制定方案，报县委县政府审定后，县直各部门抓好落实。", [("县发改局", L, EX)]),
    ("由县住建局牵头制定方案，报县政府审定后组织实施，确保年底前完成。", [("县住建局", L, EX)]),
    # staff named after the units (驻村工作队员 / 包村干部 / 驻镇农技人员) are no unit: the units are
    # read (the whole clause was lost)
    ("（县卫健局负责，驻村工作队员配合）", [("县卫健局", L, EX)]),
    ("（镇农业农村办牵头，包村干部配合）", [("镇农业农村办", L, EX)]),
    # A负责指导 before a named body carrying the task: A guides B's work (was no clause: 负责指导
    # outside a bracket was taken for a principle)
    ("县人社局负责指导，县文旅局负责组织开展导游技能培训。", [("县人社局", S, EX), ("县文旅局", L, EX)]),
    # 由A指导，B组织开展… / A负责指导，B组织实施: the named body organising the work leads it, the
    # guide supports (was no clause: no clause verb, or 负责指导 taken for a principle)
    ("由县人社局指导，县文旅局组织开展导游技能培训。", [("县人社局", S, EX), ("县文旅局", L, EX)]),
    ("县人社局负责指导，县文旅局组织开展导游技能培训。", [("县人社局", S, EX), ("县文旅局", L, EX)]),
    ("由县卫健局指导，县疾控中心组织实施。", [("县卫健局", S, EX), ("县疾控中心", L, EX)]),
    ("由县委组织部指导，县委党校组织开展干部轮训。", [("县委组织部", S, EX), ("县委党校", L, EX)]),
    # in a bracket a collective organising it is the task's units, as （A负责指导，各乡镇负责组织实施） reads
    ("（县农业农村局指导，各乡镇组织实施）", [("县农业农村局", S, EX), ("各乡镇", L, EX)]),
    # 具体由 / 负责落实 after the lead names no part of its own: the localities carry it out (support)
    ("由县发改局牵头，具体由各乡镇负责落实。", [("县发改局", L, EX), ("各乡镇", S, EX)]),
    ("县农业农村局负责任务分解，各乡镇负责组织落实，县农业农村局驻镇农技人员配合。",
     [("县农业农村局", L, EX), ("各乡镇", S, EX)]),
    # a bare bracket of units holding a collective or a township's 所 / 站 / 队 beside a name ending
    # as a body does (the whole list was lost), or a collective of governments alone
    ("（市委宣传部、市文明办、各县（市、区））", [("市委宣传部", L, FL), ("市文明办", S, EX), ("各县（市、区）", S, EX)]),
    ("（区城管局、区综合行政执法大队、各街道）", [("区城管局", L, FL), ("区综合行政执法大队", S, EX), ("各街道", S, EX)]),
    ("（经济发展办公室、市场监管所）", [("经济发展办公室", L, FL), ("市场监管所", S, EX)]),
    ("（镇党政综合办公室、各村（社区））", [("镇党政综合办公室", L, FL), ("各村（社区）", S, EX)]),
    ("（各县（市、区）人民政府）", [("各县（市、区）人民政府", L, FL)]),
    # a clause verb inside the object (负责审计监督) and 人员 after 负责 (负责人员排查) leave the
    # part a part (both sentences were no clause)
    ("县财政局负责资金保障，县审计局负责审计监督。", [("县财政局", L, EX), ("县审计局", L, EX)]),
    ("县卫健局牵头做好医疗救治，县疾控中心负责流调溯源，各乡镇负责人员排查。",
     [("县卫健局", L, EX), ("县疾控中心", S, EX), ("各乡镇", S, EX)]),
    # under the party's leadership the units assigned after it still read
    ("在县委、县政府的统一领导下，由县发改局牵头，县财政局配合。", [("县发改局", L, EX), ("县财政局", S, EX)]),
    # the places of autonomous regions end as 市/县 do: XX州 / XX盟 / XX旗 (the whole clause was unread)
    ("（自治区工业和信息化厅牵头，自治区商务厅、新疆生产建设兵团商务局配合，伊犁州、博州、塔城地区负责落实）",
     [("自治区工业和信息化厅", L, EX), ("自治区商务厅", S, EX), ("新疆生产建设兵团商务局", S, EX),
      ("伊犁州", S, EX), ("博州", S, EX), ("塔城地区", S, EX)]),
    ("（责任单位：阿拉善盟、鄂托克旗人民政府）", [("阿拉善盟", L, FL), ("鄂托克旗人民政府", S, EX)]),
    # the villages of a township or 街道 as one collective: 各村（社区） / 各村（居） (the clause was unread)
    ("由街道城建办牵头，各村（社区）具体实施。", [("街道城建办", L, EX), ("各村（社区）", S, EX)]),
    ("（镇农业农村办牵头，各村（居）配合）", [("镇农业农村办", L, EX), ("各村（居）", S, EX)]),
    ("（责任单位：苏木镇政府，各嘎查村）", [("苏木镇政府", L, FL), ("各嘎查村", S, EX)]),
    # （共同牵头） on the last of a list: each name it closes leads (was the first listed leading, the
    # other supporting); names after it, or before an earlier mark, keep their roles
    ("（责任单位：市教育局、市卫生健康委（共同牵头），市财政局）",
     [("市教育局", L, EX), ("市卫生健康委", L, EX), ("市财政局", S, EX)]),
    ("（市财政局（牵头），市教育局、市卫生健康委（联合牵头），市医保局）",
     [("市财政局", L, EX), ("市教育局", L, EX), ("市卫生健康委", L, EX), ("市医保局", S, EX)]),
    # a township's or 街道's own bodies and its villages are named bodies of a place, as 县X are: phrases
    # stating parts assign them (were unread)
    ("镇综合行政执法队负责依法查处违规投放行为，镇市场监管所负责沿街商铺督导检查。",
     [("镇综合行政执法队", L, EX), ("镇市场监管所", L, EX)]),
    ("街道农业农村办牵头抓好农村生活垃圾分类工作，各村负责组织保洁员开展二次分拣。",
     [("街道农业农村办", L, EX), ("各村", S, EX)]),
    # a stop before the inheritance marker ends the last phrase of a labelled list: its verb is read
    # (was the unit 县财政局配合; 市人民政府负责落实 was ignored and 各盟行政公署 read alone)
    ("（责任单位：县住建局牵头，县财政局配合。以下各项任务均需各乡镇落实，不再列出）",
     [("县住建局", L, EX), ("县财政局", S, EX)]),
    ("（责任单位：自治区自然资源厅牵头，自治区能源局配合，各盟行政公署、市人民政府负责落实。以下各项任务均需各盟市落实，不再列出）",
     [("自治区自然资源厅", L, EX), ("自治区能源局", S, EX), ("各盟行政公署、市人民政府", S, EX)]),
    # near misses of 各地负责…，各级负责…: a collective naming a level or a place, a named unit
    # beside the unnamed, the unnamed in a bracket after a task (its units all the same)
    ("各乡镇负责组织发动，县直各部门负责具体实施。", [("各乡镇", L, EX), ("县直各部门", L, EX)]),
    ("各级各部门负责具体实施，市生态环境局牵头。", [("各级各部门", S, EX), ("市生态环境局", L, EX)]),
    ("（各地负责组织发动，各级负责具体实施）", [("各地", L, EX), ("各级", L, EX)]),
    # …等X成员单位: the group the named units stand for, as …等有关部门 (was one name, 市医保局等…成员单位)
    ("（市委人才办牵头，市教育局、市医保局等市人才工作领导小组成员单位配合）",
     [("市委人才办", L, EX), ("市教育局", S, EX), ("市医保局", S, EX)]),
    # near miss of the principle rule: a body that is no party committee or government (县发改委,
    # not 县委) takes overall charge
    ("县发改委负总责，县财政局配合。", [("县发改委", L, EX), ("县财政局", S, EX)]),
    # a deadline ending in 日前 is no "recently" (日前): the clause after it reads (review finding)
    ("2024年6月30日前，县住建局牵头，县财政局配合。", [("县住建局", L, EX), ("县财政局", S, EX)]),
    # a lead and a support, then the action they share, opening with any verb (开展/建立/谋划;
    # were no clause: only 积极/加强/… ended it); 应 as 要 before the verb; 每学期 a schedule
    ("由县教育局牵头，县卫健委、县公安局配合，开展校园周边环境整治。",
     [("县教育局", L, EX), ("县卫健委", S, EX), ("县公安局", S, EX)]),
    ("由县教育局牵头，县卫健委、县公安局等部门配合，开展校园周边环境整治。",
     [("县教育局", L, EX), ("县卫健委", S, EX), ("县公安局", S, EX)]),
    ("由县教育局负责，县卫健委、县公安局配合，落实校园安全措施。",
     [("县教育局", L, EX), ("县卫健委", S, EX), ("县公安局", S, EX)]),
    ("县教育局牵头，县卫健委、县公安局等部门配合，共同做好校园安全工作。",
     [("县教育局", L, EX), ("县卫健委", S, EX), ("县公安局", S, EX)]),
    ("由县发改局牵头，县财政局、县自然资源局配合，谋划储备一批重大项目。",
     [("县发改局", L, EX), ("县财政局", S, EX), ("县自然资源局", S, EX)]),
    ("县教育局应牵头，县卫健委、县公安局应配合，建立联防联控机制。",
     [("县教育局", L, EX), ("县卫健委", S, EX), ("县公安局", S, EX)]),
    ("由县教育局牵头，县卫健委、县公安局等部门参与，每学期开展一次专项检查。",
     [("县教育局", L, EX), ("县卫健委", S, EX), ("县公安局", S, EX)]),
    # A会同B，action: a comma between the partners and their action (were no clause); a
    # collective works with a named lead (县住建局会同有关部门…, was prose); the partners end at
    # the phrase's end (县残联: 联 ends no name the cheap way) or before the action (依法查处)
    ("县住建局会同县应急管理局、县市场监管局，开展城镇燃气安全隐患排查整治。",
     [("县住建局", L, EX), ("县应急管理局", S, EX), ("县市场监管局", S, EX)]),
    ("市生态环境局会同市发展改革委、市工业和信息化局，指导各县区开展工作。",
     [("市生态环境局", L, EX), ("市发展改革委", S, EX), ("市工业和信息化局", S, EX)]),
    ("市生态环境局会同市发展改革委、市工业和信息化局，于2024年底前完成排放清单编制。",
     [("市生态环境局", L, EX), ("市发展改革委", S, EX), ("市工业和信息化局", S, EX)]),
    ("县市场监管局会同县商务局、县公安局，依法查处价格违法行为。",
     [("县市场监管局", L, EX), ("县商务局", S, EX), ("县公安局", S, EX)]),
    ("县财政局会同县发改局，统筹安排专项资金。", [("县财政局", L, EX), ("县发改局", S, EX)]),
    ("由县民政局会同县财政局、县残联，制定困难残疾人生活补贴标准。",
     [("县民政局", L, EX), ("县财政局", S, EX), ("县残联", S, EX)]),
    ("县生态环境局应会同县水利局，组织开展入河排污口排查。", [("县生态环境局", L, EX), ("县水利局", S, EX)]),
    ("县农业农村局会同各乡镇，开展农村人居环境整治。", [("县农业农村局", L, EX), ("各乡镇", S, EX)]),
    ("县住建局会同有关部门研究制定改造计划。", [("县住建局", L, EX), ("有关部门", S, EX)]),
    ("县住建局会同有关部门，研究制定老旧小区改造计划。", [("县住建局", L, EX), ("有关部门", S, EX)]),
    ("县人社局会同县财政局等有关部门，研究制定就业补贴政策。", [("县人社局", L, EX), ("县财政局", S, EX)]),
    ("由县住建局牵头，会同有关部门，研究制定实施细则。", [("县住建局", L, EX), ("有关部门", S, EX)]),
    # the phrase after the partners is their action even when its object ends like a unit
    # (…企业); another unit's phrase after them reads on (both were no clause); two named leads
    ("县科技局会同县工信局，培育一批高新技术企业。", [("县科技局", L, EX), ("县工信局", S, EX)]),
    ("县住建局会同县应急局，县市场监管局配合，开展燃气安全检查。",
     [("县住建局", L, EX), ("县应急局", S, EX), ("县市场监管局", S, EX)]),
    ("县住建局、县城管局会同有关部门，加快推进老旧小区改造。",
     [("县住建局", L, EX), ("县城管局", L, EX), ("有关部门", S, EX)]),
    # a result wanted (确保/到2025年…) is a target, not a result reported
    ("县住建局会同县应急局，扎实开展燃气安全整治，确保隐患数量明显下降。", [("县住建局", L, EX), ("县应急局", S, EX)]),
    ("由县教育局牵头，县卫健委配合，组织开展专项行动，到2025年底覆盖率明显提升。", [("县教育局", L, EX), ("县卫健委", S, EX)]),
    # A会同B负责 names a lead and a support in one phrase: the action after it ends the clause
    # (was no clause); 召开 opens an action (县应急局召开专题会 was one partner)
    ("由县卫健委会同县医保局、县财政局负责，推进紧密型县域医共体建设。",
     [("县卫健委", L, EX), ("县医保局", S, EX), ("县财政局", S, EX)]),
    ("县住建局会同县应急局召开专题会议，研究部署燃气安全工作。", [("县住建局", L, EX), ("县应急局", S, EX)]),
    # a rule's article number is no part of the lead (was 第七条市河长制办公室); the action after
    # the partners (对各地…) ends the clause (the article was no clause)
    ("第七条 市河长制办公室会同市水利局、市生态环境局组成考核组，对各地开展实地抽查。",
     [("市河长制办公室", L, EX), ("市水利局", S, EX), ("市生态环境局", S, EX)]),
    ("第七条 市河长制办公室牵头，市水利局配合。", [("市河长制办公室", L, EX), ("市水利局", S, EX)]),
    # 经开区 is a body, not 经 (by way of) before one; a schedule or a date opens the action
    ("经开区管委会会同县生态环境局，开展园区环境综合整治。", [("经开区管委会", L, EX), ("县生态环境局", S, EX)]),
    ("县应急管理局会同县消防救援大队，每月开展一次消防安全检查。", [("县应急管理局", L, EX), ("县消防救援大队", S, EX)]),
    ("市发展改革委会同市财政局、市自然资源局，2024年6月底前出台实施细则。",
     [("市发展改革委", L, EX), ("市财政局", S, EX), ("市自然资源局", S, EX)]),
    ("（县住建局牵头，县应急局配合，开展燃气安全检查）", [("县住建局", L, EX), ("县应急局", S, EX)]),
    # (an item opening with its clause, （五）县委宣传部牵头… / 3.A牵头，B配合。 / 二、由A牵头，B配合。:
    # test_an_item_written_as_one_sentence_reads_after_its_number; the clause now starts after the number)
    # an education bureau's plan labels its schools as it labels its divisions (责任学校 was no
    # label: the schools were lost); 责任镇街 / 牵头部室 likewise
    ("责任股室：安全股、基础教育股；责任学校：各中小学。", [("安全股", L, FL), ("基础教育股", S, EX), ("各中小学", S, EX)]),
    ("牵头股室：计财股；配合学校：各中小学。", [("计财股", L, EX), ("各中小学", S, EX)]),
    ("责任镇街：各镇街。", [("各镇街", L, FL)]),
    ("牵头部室：办公室；配合部室：财务部。", [("办公室", L, EX), ("财务部", S, EX)]),
    # 主办 / 会办 (江苏's pair) and 支持单位 support (were read as leads named 会办单位：市财政局)
    ("（主办单位：市住建局；会办单位：市财政局、市自然资源局）", [("市住建局", L, EX), ("市财政局", S, EX), ("市自然资源局", S, EX)]),
    ("（主办：市住建局；会办部门：市财政局）", [("市住建局", L, EX), ("市财政局", S, EX)]),
    # near miss: 安委会办 is a body's name, no 会办 label in it
    ("（牵头单位：县安委会办；配合单位：县应急局）", [("县安委会办", L, EX), ("县应急局", S, EX)]),
    ("（牵头单位：市住建局；支持单位：市财政局）", [("市住建局", L, EX), ("市财政局", S, EX)]),
    # (以)A为主，B配合: A leads (was no clause)
    ("（以市住建局为主，市财政局配合）", [("市住建局", L, EX), ("市财政局", S, EX)]),
    ("（市住建局为主，市财政局配合）", [("市住建局", L, EX), ("市财政局", S, EX)]),
    ("（以各乡镇为主，县直有关部门配合）", [("各乡镇", L, EX), ("县直有关部门", S, EX)]),
    # a table's cell rule pasted as text is no part of a name (was 市住建局|)
    ("牵头单位：市住建局 | 配合单位：市财政局", [("市住建局", L, EX), ("市财政局", S, EX)]),
    ("牵头单位：市住建局｜配合单位：市财政局、市税务局", [("市住建局", L, EX), ("市财政局", S, EX), ("市税务局", S, EX)]),
    # an assessment's fields after the units end their list (were units 分值：20分 / 考核方式：…)
    ("（责任单位：县投资促进中心，分值：20分）", [("县投资促进中心", L, FL)]),
    ("（责任单位：县商务局、各乡镇，考核方式：查阅资料）", [("县商务局", L, FL), ("各乡镇", S, EX)]),
    ("（牵头单位：县数据资源局；计分方法：按全市排名计分）", [("县数据资源局", L, EX)]),
    ("（牵头单位：县数据资源局；配合单位：县统计局；备注：按季度通报）", [("县数据资源局", L, EX), ("县统计局", S, EX)]),
    # the 、 between two names lost (OCR, a copy): two units (were one, 区经信局区财政局)
    ("（牵头单位：区资规局；配合单位：区经信局区财政局）", [("区资规局", L, EX), ("区经信局", S, EX), ("区财政局", S, EX)]),
    ("牵头单位：镇农业服务中心；配合单位：镇卫生院各村（居）委会、永兴派出所镇司法所",
     [("镇农业服务中心", L, EX), ("镇卫生院", S, EX), ("各村（居）委会", S, EX), ("永兴派出所", S, EX), ("镇司法所", S, EX)]),
    ("〔责任单位：区财政局（牵头）区发改委区金融办、区城投集团〕",
     [("区财政局", L, EX), ("区发改委", S, EX), ("区金融办", S, EX), ("区城投集团", S, EX)]),
    ("由县农业农村局牵头，县卫健委县住建局配合。", [("县农业农村局", L, EX), ("县卫健委", S, EX), ("县住建局", S, EX)]),
    # near misses, one name each: a body's own members (各成员单位 / 各部门), the joint office of the
    # party committee and the government, 社区 / 市场 going on inside a name
    ("（牵头单位：县应急管理局；配合单位：县安委会各成员单位）", [("县应急管理局", L, EX), ("县安委会各成员单位", S, EX)]),
    ("（牵头单位：市政府办公室；配合单位：市政府各部门）", [("市政府办公室", L, EX), ("市政府各部门", S, EX)]),
    ("（牵头单位：县委县政府督查室；配合单位：各社区居委会）", [("县委县政府督查室", L, EX), ("各社区居委会", S, EX)]),
    ("（牵头单位：市发改委市场价格科；配合单位：市场监管局）", [("市发改委市场价格科", L, EX), ("市场监管局", S, EX)]),
    # a 工作专班's 组长单位 leads and its 成员单位 support; 主要职责 after them is no unit (were no
    # clause); a 职责边界清单's 相关部门 support its 主责部门 (were no units)
    ("（组长单位：市商务局；成员单位：市投资促进中心、市工业和信息化局）",
     [("市商务局", L, EX), ("市投资促进中心", S, EX), ("市工业和信息化局", S, EX)]),
    ("组长单位：市地方金融监督管理局\n成员单位：市财政局、常州产业投资集团\n主要职责：组织开展银企对接",
     [("市地方金融监督管理局", L, EX), ("市财政局", S, EX), ("常州产业投资集团", S, EX)]),
    # a 副组长单位 beside the 组长单位 supports (its 副 was a lead unit, its units leads)
    ("（组长单位：县发改委；副组长单位：县财政局；成员单位：县住建局、县水利局）",
     [("县发改委", L, EX), ("县财政局", S, EX), ("县住建局", S, EX), ("县水利局", S, EX)]),
    ("主责部门：区消防救援大队\n相关部门：区住建局、各街道办事处",
     [("区消防救援大队", L, EX), ("区住建局", S, EX), ("各街道办事处", S, EX)]),
    ("（主责单位：区城市管理局；相关单位：区市场监管局）", [("区城市管理局", L, EX), ("区市场监管局", S, EX)]),
    # 相关责任单位 are responsible units as 责任单位 are (its 相关 was read as a lead unit beside a 牵头单位)
    ("（牵头单位：县应急局；相关责任单位：县住建局、县城管局）", [("县应急局", L, EX), ("县住建局", S, EX), ("县城管局", S, EX)]),
    ("（相关责任单位：县住建局、县城管局）", [("县住建局", L, FL), ("县城管局", S, EX)]),
    # a unit's part before 落实 in a list (负责 and a short object) ends the unit, as it does alone
    # (县财政局负责资金 / 各乡镇负责政策 were read as units)
    ("（责任单位：县发改委，县财政局负责资金落实）", [("县发改委", L, FL), ("县财政局", S, EX)]),
    ("（牵头单位：县发改委；配合单位：县财政局，各乡镇负责政策落实）", [("县发改委", L, EX), ("县财政局", S, EX), ("各乡镇", S, EX)]),
    # 予以 / 认真 / 要积极 between a listed unit and its verb are no part of it (were 各乡镇予以 /
    # 各乡镇认真 / 县城管局要积极)
    ("（责任单位：县住建局，各乡镇予以落实）", [("县住建局", L, FL), ("各乡镇", S, EX)]),
    ("（责任单位：县住建局，各乡镇认真落实）", [("县住建局", L, FL), ("各乡镇", S, EX)]),
    ("（责任单位：县住建局，县城管局要积极配合）", [("县住建局", L, FL), ("县城管局", S, EX)]),
    # 参加： after a lead's label still names supports (only opening a line alone is a roster)
    ("（牵头：县委宣传部；参加：县文旅局）", [("县委宣传部", L, EX), ("县文旅局", S, EX)]),
    ("牵头单位：县委宣传部\n参加：县文旅局、县教育局", [("县委宣传部", L, EX), ("县文旅局", S, EX), ("县教育局", S, EX)]),
    # a county whose name ends 部 / 门 (南部县, 海门区) is no body run into a level (was 南部 + 县人民政府)
    ("（牵头单位：南部县人民政府；配合单位：县教育局）", [("南部县人民政府", L, EX), ("县教育局", S, EX)]),
    # the unit over the work, 统筹 / 协调 / 抓总, leads; the units carrying it out or helping support
    # (（A协调，B配合） / （A统筹，B、C具体实施） / （A抓总，B配合） were no clause: no other clause
    # verb; 由A协调，B配合 and A协调，B配合 lost A); near misses in NOT_CLAUSES
    ("（市发改委协调，市财政局配合）", [("市发改委", L, EX), ("市财政局", S, EX)]),
    ("（州生态环境局协调，州水利局、州住建局配合）", [("州生态环境局", L, EX), ("州水利局", S, EX), ("州住建局", S, EX)]),
    ("（市住建局统筹，各区人民政府、市城管局具体实施）", [("市住建局", L, EX), ("各区人民政府", S, EX), ("市城管局", S, EX)]),
    ("（县教体局统筹，各学校具体落实）", [("县教体局", L, EX), ("各学校", S, EX)]),
    ("（市应急局统筹协调，各县区政府具体落实）", [("市应急局", L, EX), ("各县区政府", S, EX)]),
    ("（县委宣传部抓总，县文旅局配合）", [("县委宣传部", L, EX), ("县文旅局", S, EX)]),
    ("（市农业农村局抓总，市财政局、市自然资源局配合）", [("市农业农村局", L, EX), ("市财政局", S, EX), ("市自然资源局", S, EX)]),
    ("由市商务局协调，市交通运输局、市公安局配合。", [("市商务局", L, EX), ("市交通运输局", S, EX), ("市公安局", S, EX)]),
    ("由县农业农村局抓总，县林业局、县水利局配合。", [("县农业农村局", L, EX), ("县林业局", S, EX), ("县水利局", S, EX)]),
    ("市商务局协调，市交通局配合。", [("市商务局", L, EX), ("市交通局", S, EX)]),
    ("（县发改局负责统筹，县财政局具体落实）", [("县发改局", L, EX), ("县财政局", S, EX)]),
    # a unit's share written 按职责做好… / 按照职责做好… beside the lead supports, as 按职责分工负责
    # does (were no clause); 按照各自职责抓好落实 still carries the task out
    ("县市场监管局牵头，县公安局、县农业农村局按职责做好监管工作。",
     [("县市场监管局", L, EX), ("县公安局", S, EX), ("县农业农村局", S, EX)]),
    ("（市交通局牵头，各县区按职责做好落实）", [("市交通局", L, EX), ("各县区", S, EX)]),
    ("由区卫健局牵头，区医保局、区民政局按照职责做好保障服务。", [("区卫健局", L, EX), ("区医保局", S, EX), ("区民政局", S, EX)]),
    ("县农业农村局、县林业局按照各自职责抓好落实。", [("县农业农村局", L, FL), ("县林业局", S, EX)]),
    # … and the action itself after 职责 (按照各自职责加强监管), after a comma (按照职责分工，推进…), or a
    # principle quoted in its place (按照“谁审批谁负责”原则，严格把关; 负责 stood in the quote): were
    # no clause, an item so written named nobody. Near misses in NOT_CLAUSES (one body, 各有关部门, 要)
    ("市交通运输局、市公安局按照各自职责加强监管。", [("市交通运输局", L, FL), ("市公安局", S, EX)]),
    ("市交通运输局、市公安局按照职责分工推进超限超载治理。", [("市交通运输局", L, FL), ("市公安局", S, EX)]),
    ("市生态环境局、市住建局按照职责分工，推进扬尘污染治理。", [("市生态环境局", L, FL), ("市住建局", S, EX)]),
    ("市发展改革委、市自然资源和规划局、市生态环境局按照“谁审批谁负责”原则，严格把关。",
     [("市发展改革委", L, FL), ("市自然资源和规划局", S, EX), ("市生态环境局", S, EX)]),
    # the lead's own action between 牵头 and the others' parts (A牵头，督促…，B负责…，C、D做好…): they
    # support it, as after A牵头，B负责… with no action between (was no clause at all)
    ("市住建局牵头，督促施工单位落实扬尘防治要求，市城管局负责渣土运输车辆监管，各区政府、市高新区管委会做好属地管理。",
     [("市住建局", L, EX), ("市城管局", S, EX), ("各区政府", S, EX), ("市高新区管委会", S, EX)]),
    ("区住建局牵头，督促各施工单位严格落实扬尘管控措施，各街道、各镇做好属地管理。",
     [("区住建局", L, EX), ("各街道", S, EX), ("各镇", S, EX)]),
    # a named body over the places doing the work, 要 before its verb (was one unit 县农业农村局要指导
    # 各乡镇), the places' action closing with 组织实施 (was no clause), townships by their names (were
    # no clause); near misses in NOT_CLAUSES (a kind of town, 县直各单位 gathered)
    ("县农业农村局要指导各乡镇组织实施。", [("县农业农村局", L, EX), ("各乡镇", S, EX)]),
    ("区生态环境分局指导各街道、各镇编制方案并组织实施。", [("区生态环境分局", L, EX), ("各街道", S, EX), ("各镇", S, EX)]),
    ("区生态环境分局要指导小溪塔街道、龙泉镇、鸦鹊岭镇编制实施方案并组织实施。",
     [("区生态环境分局", L, EX), ("小溪塔街道", S, EX), ("龙泉镇", S, EX), ("鸦鹊岭镇", S, EX)]),
    ("县农业农村局指导龙泉镇开展农村厕所改造。", [("县农业农村局", L, EX), ("龙泉镇", S, EX)]),
    # 共同推动 as 共同推进 (labels.JOINT_ACTIONS): named bodies sharing the work, co-leads (was no
    # clause); 推动 alone after a unit, and nobody named, stay prose (NOT_CLAUSES)
    ("县农业农村局、县生态环境局共同推动。", [("县农业农村局", L, EX), ("县生态环境局", L, EX)]),
    ("（县农业农村局、县生态环境局共同推动）", [("县农业农村局", L, EX), ("县生态环境局", L, EX)]),
    # the partner after a lead's 会同 seeing to the builders (会同B督促施工单位落实…): B alone, its list
    # ending before its own 督促 (was one unit 市城管局督促施工单位; no name holds 督促)
    ("市住建局牵头，会同市城管局督促施工单位落实扬尘防治要求。", [("市住建局", L, EX), ("市城管局", S, EX)]),
    ("由市住建局牵头，会同市城管局督促施工单位落实。", [("市住建局", L, EX), ("市城管局", S, EX)]),
    # after 由, a county or district named 于X县 / 于X区 still leads (由于 is a cause: NOT_CLAUSES)
    ("由于都县人民政府负责，县水利局配合。", [("于都县人民政府", L, EX), ("县水利局", S, EX)]),
    ("（由于洪区政府牵头，区财政局配合）", [("于洪区政府", L, EX), ("区财政局", S, EX)]),
    # …and a county's body named by its place with no level word (江西's eco bureaus, 于都生态环境局):
    # 于X, a field and the kind of body still lead after 由 (was no clause: 由于 read as a cause)
    ("由于都生态环境局牵头，县水利局、县农业农村局配合。",
     [("于都生态环境局", L, EX), ("县水利局", S, EX), ("县农业农村局", S, EX)]),
    ("由于都生态环境局、县农业农村局牵头，县住建局配合。",
     [("于都生态环境局", L, EX), ("县农业农村局", L, EX), ("县住建局", S, EX)]),
    # a village's bodies written in quotes (村“两委”): the closing quote is the name's (was 村“两委)
    ("（责任主体：村“两委”）", [("村“两委”", L, FL)]),
    ("（责任单位：村“两委”、村务监督委员会）", [("村“两委”", L, FL), ("村务监督委员会", S, EX)]),
    # 帮扶单位 (a 乡村振兴 list's paired unit) helps the one responsible (was dropped)
    ("（责任主体：村集体经济合作社；帮扶单位：县农业农村局）", [("村集体经济合作社", L, FL), ("县农业农村局", S, EX)]),
    # localities 负责 their part after the named units answering for the task carry it out (were
    # its lead, and the named units only supported); near misses: beside a guide, or first, they lead
    ("（国家发展改革委、财政部按职责分工负责，各省级人民政府负责组织实施）",
     [("国家发展改革委", L, FL), ("财政部", S, EX), ("各省级人民政府", S, EX)]),
    ("（中国人民银行、金融监管总局按职责分工负责，各省级人民政府负责属地风险处置）",
     [("中国人民银行", L, FL), ("金融监管总局", S, EX), ("各省级人民政府", S, EX)]),
    ("（省发展改革委负责，各市州人民政府负责本地区项目建设）", [("省发展改革委", L, EX), ("各市州人民政府", S, EX)]),
    ("（省发展改革委负责指导，各市州人民政府负责组织实施）", [("省发展改革委", S, EX), ("各市州人民政府", L, EX)]),
    ("（各市州人民政府负责，省发展改革委、省财政厅指导）", [("各市州人民政府", L, EX), ("省发展改革委", S, EX), ("省财政厅", S, EX)]),
    # a central plan's sentences name national bodies as a province's name its departments (were
    # no clause: only a place's bodies counted as named)
    ("国家医保局负责调整国家分组方案，国家卫生健康委负责统一疾病分类编码。",
     [("国家医保局", L, EX), ("国家卫生健康委", L, EX)]),
    ("财政部会同国家发展改革委研究制定支持政策。", [("财政部", L, EX), ("国家发展改革委", S, EX)]),
    ("国家林草局会同国家发展改革委制定全国林下经济发展指南。", [("国家林草局", L, EX), ("国家发展改革委", S, EX)]),
    # 及 / 和 before a place's body named without its level first: two units (was one,
    # 省科技厅及广州市人民政府)
    ("（省工业和信息化厅牵头，省科技厅及广州市人民政府配合）",
     [("省工业和信息化厅", L, EX), ("省科技厅", S, EX), ("广州市人民政府", S, EX)]),
    ("（省商务厅牵头，省财政厅和武汉市、宜昌市人民政府配合）",
     [("省商务厅", L, EX), ("省财政厅", S, EX), ("武汉市", S, EX), ("宜昌市人民政府", S, EX)]),
    ("（省住房和城乡建设厅牵头，省文化和旅游厅配合）", [("省住房和城乡建设厅", L, EX), ("省文化和旅游厅", S, EX)]),
    # …等中央企业 / …等金融机构 after named ones: the kind they stand for, no part of the last name
    ("（国家能源局牵头，国家电网有限公司等中央企业配合）", [("国家能源局", L, EX), ("国家电网有限公司", S, EX)]),
    ("（人民银行湖北省分行牵头，国家开发银行湖北省分行等金融机构配合）",
     [("人民银行湖北省分行", L, EX), ("国家开发银行湖北省分行", S, EX)]),
    ("（省国资委牵头，省属企业配合）", [("省国资委", L, EX), ("省属企业", S, EX)]),
    # places written bare before the government closing their list (深圳、珠海市人民政府) are units
    # in a clause without labels too (深圳 was no name: the clause and all its units were lost)
    ("（省工业和信息化厅牵头，省科技厅、深圳、珠海市人民政府配合）",
     [("省工业和信息化厅", L, EX), ("省科技厅", S, EX), ("深圳", S, EX), ("珠海市人民政府", S, EX)]),
    ("省发展改革委牵头，武汉、襄阳、宜昌市人民政府配合。",
     [("省发展改革委", L, EX), ("武汉", S, EX), ("襄阳", S, EX), ("宜昌市人民政府", S, EX)]),
    # a star before a name marks the lead as one after it does (标★的为牵头单位), wherever the name
    # stands (was read as the name ★区发改局, the list's first unit leading)
    ("（责任单位：区财政局、★区发改局、区统计局）", [("区财政局", S, EX), ("区发改局", L, EX), ("区统计局", S, EX)]),
    ("（责任单位：★区住建局、区城管局）", [("区住建局", L, EX), ("区城管局", S, EX)]),
    # the means a supporter provides, qualified (保障运行经费 / 落实项目资金 / 提供建设用地): it
    # supports (was: the clause lost, the lead too)
    ("由镇生态环境和自然资源综合服务中心负责，镇财政所保障运行经费。",
     [("镇生态环境和自然资源综合服务中心", L, EX), ("镇财政所", S, EX)]),
    ("由县环卫中心负责，县财政局落实项目资金。", [("县环卫中心", L, EX), ("县财政局", S, EX)]),
    ("（县教育局牵头，县自然资源局提供建设用地）", [("县教育局", L, EX), ("县自然资源局", S, EX)]),
    # after a lead written 牵头, the others' 各负其责 / 各司其职 outside a bracket is their share of
    # its task, a quoted rule (按照“三管三必须”要求) the manner of it (was: the clause lost)
    ("区应急管理局牵头，区市场监管局、区交通运输局各负其责。",
     [("区应急管理局", L, EX), ("区市场监管局", S, EX), ("区交通运输局", S, EX)]),
    ("区应急管理局牵头组织开展安全生产大检查，区市场监管局、区住建局等行业主管部门按照“三管三必须”要求各负其责。",
     [("区应急管理局", L, EX), ("区市场监管局", S, EX), ("区住建局", S, EX)]),
    # … and their 负责监管 / 负责指导 / 负责督导 of its task: they support the lead, as 负责督促指导
    # does (was no clause; in a plan the guide alone led, the lead lost)
    ("由县住建局牵头，县市场监管局负责监管。", [("县住建局", L, EX), ("县市场监管局", S, EX)]),
    ("县住建局牵头，县市场监管局负责监管。", [("县住建局", L, EX), ("县市场监管局", S, EX)]),
    ("由县住建局牵头，县市场监管局负责督促指导。", [("县住建局", L, EX), ("县市场监管局", S, EX)]),
    ("市卫健委牵头抓总，市医保局负责监管。", [("市卫健委", L, EX), ("市医保局", S, EX)]),
    ("由县文旅局牵头，县市场监管局负责指导，各乡镇具体落实。", [("县文旅局", L, EX), ("县市场监管局", S, EX), ("各乡镇", S, EX)]),
    ("由区农业农村局牵头，区林业局、区水利局负责监管。", [("区农业农村局", L, EX), ("区林业局", S, EX), ("区水利局", S, EX)]),
    # the work given by 由 to a named body of a place with its part (负责整改 / 负责清理整治): the
    # unit leads it (was prose, as 县住建局负责清理整治。 without 由 still is)
    ("该问题由县住建局负责整改。", [("县住建局", L, EX)]),
    ("由市城市管理局负责清理整治。", [("市城市管理局", L, EX)]),
    # 承办 alone (具体由A承办。) as with 协办 after it: A carries the task (was prose)
    ("具体由县交通运输局承办。", [("县交通运输局", L, EX)]),
    ("（县文旅局承办）", [("县文旅局", L, EX)]),
    # A要 + what it is to do, then those helping it (…，B配合 / B、C配合 / B要积极配合): A leads, the
    # helpers support (was the helpers alone, the lead lost: a 通报's 下一步要求, minutes, plans)
    ("县商务局要立即开展成品油经营企业专项检查，县市场监管局配合。", [("县商务局", L, EX), ("县市场监管局", S, EX)]),
    ("县住建局要加强燃气安全监管，县市场监管局、县应急局配合。", [("县住建局", L, EX), ("县市场监管局", S, EX), ("县应急局", S, EX)]),
    ("县住建局要加强燃气安全监管，县市场监管局要积极配合。", [("县住建局", L, EX), ("县市场监管局", S, EX)]),
    # …，B配合做好Y / B协助开展Y: the helper's short object of its own, as after A负责X (was no
    # clause at all: the lead and the helper lost)
    ("县住建局要加强燃气安全监管，县市场监管局配合做好执法检查工作。", [("县住建局", L, EX), ("县市场监管局", S, EX)]),
    ("市自然资源局、市生态环境局要开辟绿色通道，市行政服务中心管委会配合做好并联审批。",
     [("市自然资源局", L, EX), ("市生态环境局", L, EX), ("市行政服务中心管委会", S, EX)]),
    ("县应急局要组织开展隐患排查，县消防救援大队协助开展排查，确保不留死角。", [("县应急局", L, EX), ("县消防救援大队", S, EX)]),
    # 会同B定期会商 / 会同B每季度会商一次: the partner ends before the schedule (was 县财政局定期会
    # and 有关部门定期会 as units: 会 ends names like 工商联合会)
    ("县发改局会同县财政局定期会商，研究解决重大问题。", [("县发改局", L, EX), ("县财政局", S, EX)]),
    ("县发改局会同县财政局每季度会商一次。", [("县发改局", L, EX), ("县财政局", S, EX)]),
    ("县发改局会同县工商联合会定期开展走访。", [("县发改局", L, EX), ("县工商联合会", S, EX)]),
    # …不定期会商 / 适时会商 / 及时会商 alike (were 县财政局不定期会 / 县交通运输局适时会)
    ("由县发改局牵头，会同县财政局不定期会商。", [("县发改局", L, EX), ("县财政局", S, EX)]),
    ("县公安局会同县交通运输局适时会商，研究解决重点问题。", [("县公安局", L, EX), ("县交通运输局", S, EX)]),
    ("县卫健局会同县红十字会及时会商。", [("县卫健局", L, EX), ("县红十字会", S, EX)]),
    # A会同B + action, then more of the action opening with any verb (分析 / 研判 / 评估 / 了解 /
    # 摸清: the whole clause was lost; only 研究 / 确保 / 加强… went on)
    ("县住建局会同县应急局开展检查，分析情况。", [("县住建局", L, EX), ("县应急局", S, EX)]),
    ("县住建局会同县应急局开展检查，研判风险。", [("县住建局", L, EX), ("县应急局", S, EX)]),
    ("县住建局会同县应急局开展检查，评估风险。", [("县住建局", L, EX), ("县应急局", S, EX)]),
    ("县住建局会同县应急局开展检查，了解情况。", [("县住建局", L, EX), ("县应急局", S, EX)]),
    ("县住建局要会同县应急局开展联合检查，摸清底数，形成整改清单。", [("县住建局", L, EX), ("县应急局", S, EX)]),
    ("由县商务局会同县市场监管局、县公安局开展专项整治，总结经验做法。",
     [("县商务局", L, EX), ("县市场监管局", S, EX), ("县公安局", S, EX)]),
    # after a lead, units told what to do (…；县直各部门要制定专项规划) or to help (…，各有关部门要
    # 积极配合) support it (were no clause: the lead lost too)
    ("县发改局牵头编制总体规划；县直各部门要制定专项规划。", [("县发改局", L, EX), ("县直各部门", S, EX)]),
    ("由县发改局牵头编制总体规划，县直各部门要制定专项规划。", [("县发改局", L, EX), ("县直各部门", S, EX)]),
    ("县发改局牵头，县财政局要制定支持政策。", [("县发改局", L, EX), ("县财政局", S, EX)]),
    ("县发改局负责编制总体规划，各有关部门要积极配合。", [("县发改局", L, EX), ("各有关部门", S, EX)]),
    ("由县发改局牵头编制总体规划，各有关部门要积极配合。", [("县发改局", L, EX), ("各有关部门", S, EX)]),
    # … but told only to take it seriously (要高度重视 / 要提高思想认识, then at most the outcome
    # wished: 形成工作合力 / 确保…) they are given no share of it: no support (were supports); given
    # work after it (…，积极配合 / …，加强隐患排查 / …，切实履行职责) they support
    ("由县政府办牵头，各部门要高度重视。", [("县政府办", L, EX)]),
    ("县政府办牵头，各有关部门要进一步提高思想认识，形成工作合力。", [("县政府办", L, EX)]),
    ("由县政府办牵头，县直各部门要统一思想，确保取得实效。", [("县政府办", L, EX)]),
    ("由县政府办牵头，各部门要高度重视，积极配合。", [("县政府办", L, EX), ("各部门", S, EX)]),
    ("由县应急局牵头，各乡镇要高度重视，加强隐患排查。", [("县应急局", L, EX), ("各乡镇", S, EX)]),
    ("由县政府办牵头，县直各部门要高度重视，切实履行职责。", [("县政府办", L, EX), ("县直各部门", S, EX)]),
    # 密切配合 after them is their help, as 积极配合 (was no clause at all: 密切 taken for a unit)
    ("由市发改委牵头，市直各部门要高度重视，密切配合。", [("市发改委", L, EX), ("市直各部门", S, EX)]),
    ("由市发改委牵头，各部门要加强协作，密切配合。", [("市发改委", L, EX), ("各部门", S, EX)]),
    # after A负责X (no lead written 牵头), a named body told what to do (；B要Y / ，B要Y) states its own
    # part as A did, each leading its part, as A负责X；B负责Y and B要做好Y read (was no clause; a plan
    # read both from its body, the clause reading agrees); B providing means still supports
    ("县财政局负责安排专项资金；县发改局要加快项目前期工作。", [("县财政局", L, EX), ("县发改局", L, EX)]),
    ("县农业农村局负责高标准农田建设；县财政局要加强资金监管。", [("县农业农村局", L, EX), ("县财政局", L, EX)]),
    ("市生态环境局负责监督检查，市公安局要依法打击违法行为。", [("市生态环境局", L, EX), ("市公安局", L, EX)]),
    ("县发改局负责编制总体规划；县直各部门要制定专项规划。", [("县发改局", L, EX), ("县直各部门", L, EX)]),
    ("县住建局负责项目建设；县财政局要做好资金保障。", [("县住建局", L, EX), ("县财政局", S, EX)]),
    # several named bodies each told what to do, then a helper: each leads its part, the helper
    # supports (the first was lost: only the second and the helper were read); one told only to
    # take it seriously between them has no part
    ("县住建局要加快推进项目建设，县交通局要完善道路配套，县自然资源局配合。",
     [("县住建局", L, EX), ("县交通局", L, EX), ("县自然资源局", S, EX)]),
    ("市住建局要加快老旧小区改造，市城管局要加强环境整治，各区政府配合。",
     [("市住建局", L, EX), ("市城管局", L, EX), ("各区政府", S, EX)]),
    ("县住建局要加快推进项目建设；县交通局要完善道路配套；县自然资源局、县林业局配合。",
     [("县住建局", L, EX), ("县交通局", L, EX), ("县自然资源局", S, EX), ("县林业局", S, EX)]),
    ("县住建局要加快推进项目建设，县交通局要完善道路配套，各乡镇要积极配合。",
     [("县住建局", L, EX), ("县交通局", L, EX), ("各乡镇", S, EX)]),
    ("县住建局要加快推进项目建设，县交通局要高度重视，县自然资源局配合。", [("县住建局", L, EX), ("县自然资源局", S, EX)]),
    # A统筹 + what it arranges is over the work, as A统筹 alone (was no lead: A统筹安排专项资金，B配合
    # read B alone); the units told what to do after it support; 统筹 in a name (市统筹城乡发展办公室)
    # stays the name's; a government over the work is none of the clause's units (A over other
    # items: test_a_unit_over_other_items_is_none_of_this_ones)
    ("县财政局统筹安排专项资金，县发改局配合。", [("县财政局", L, EX), ("县发改局", S, EX)]),
    ("资金由县财政局统筹安排，县发改局配合。", [("县财政局", L, EX), ("县发改局", S, EX)]),
    ("县金融办统筹安排信贷投放；各商业银行要加大信贷支持力度。", [("县金融办", L, EX), ("各商业银行", S, EX)]),
    ("县发改局统筹推进项目建设，各乡镇要抓好落实。", [("县发改局", L, EX), ("各乡镇", S, EX)]),
    ("市统筹城乡发展办公室负责规划衔接，市财政局配合。", [("市统筹城乡发展办公室", L, EX), ("市财政局", S, EX)]),
    ("县政府统筹安排专项资金，县发改局牵头，县财政局配合。", [("县发改局", L, EX), ("县财政局", S, EX)]),
    # a named office over the collective's duty with 加强 / 做好 before its 统筹协调, as 负责统筹协调
    # (was 市征迁办加强 no unit, the clause lost)
    ("各镇（街道）要落实属地责任，市征迁办加强统筹协调。", [("各镇（街道）", S, EX), ("市征迁办", L, EX)]),
    ("各镇（街道）要做好征迁工作，市征迁办要加强统筹协调。", [("各镇（街道）", S, EX), ("市征迁办", L, EX)]),
    ("各镇（街道）要做好征迁工作，市征迁办做好统筹协调。", [("各镇（街道）", S, EX), ("市征迁办", L, EX)]),
    # …等国家有关部门 / …等自治区有关部门: the level of the bodies the list stands for, no part of
    # the last one's name (was one unit 交通运输部等国家有关部门)
    ("（商务部、公安部、交通运输部等国家有关部门和各地区按职责分工负责）",
     [("商务部", L, FL), ("公安部", S, EX), ("交通运输部", S, EX), ("各地区", S, EX)]),
    ("（自治区商务厅、自治区公安厅等自治区有关部门按职责分工负责）", [("自治区商务厅", L, FL), ("自治区公安厅", S, EX)]),
    # 县纪委县监委 / 市纪委市监委: the two nameplates of one office written as its name, one unit
    # (was 县纪委 leading and 县监委 supporting: one body, 纪委监委, twice); 县委宣传部县委网信办 and
    # 县纪委县委组织部 stay two bodies run together
    ("（县纪委县监委牵头，县审计局配合）", [("县纪委县监委", L, EX), ("县审计局", S, EX)]),
    ("（责任单位：市纪委市监委机关、市审计局）", [("市纪委市监委机关", L, FL), ("市审计局", S, EX)]),
    ("（责任单位：县纪委县委组织部）", [("县纪委", L, FL), ("县委组织部", S, EX)]),
    # 各镇街 (the towns and 街道 of a district written as one) is a collective as 各镇（街道） is
    # (the clause naming it was dropped whole, its named units with it)
    ("区委社会工作部、区民政局负责，各镇街配合。", [("区委社会工作部", L, EX), ("区民政局", L, EX), ("各镇街", S, EX)]),
    ("（责任单位：区文明办、各镇街）", [("区文明办", L, FL), ("各镇街", S, EX)]),
    ("由属地镇街负责，区城管局配合。", [("属地镇街", L, EX), ("区城管局", S, EX)]),
    # … and a named body with 加强 / 做好 before its 指导 (督促指导 / 业务指导) guides the work the
    # collective carries: the collective leads, the guide supports, as 各乡镇负责组织实施，A加强指导 /
    # 各县（区）政府负责，A督促指导 read; the verb after 加强 decides, as without it (统筹协调 leads,
    # 指导 supports). Was no clause (a sentence closing 指导 was never looked at): in a plan the
    # guide was lost. 落实属地主体责任 is their part, as 落实属地责任 / 落实主体责任 (要落实 names no
    # lead verb: the collective leads as the one listed first)
    ("各乡镇要做好秸秆禁烧工作，县生态环境局加强指导。", [("各乡镇", L, EX), ("县生态环境局", S, EX)]),
    ("各乡镇要落实属地责任，县生态环境局要加强指导。", [("各乡镇", L, FL), ("县生态环境局", S, EX)]),
    ("各乡镇（街道）要落实属地管理责任，区农业农村局加强督促指导。", [("各乡镇（街道）", L, FL), ("区农业农村局", S, EX)]),
    ("各乡镇要落实属地主体责任，县农业农村局做好业务指导。", [("各乡镇", L, FL), ("县农业农村局", S, EX)]),
    ("各乡镇要落实属地主体责任，市征迁办加强统筹协调。", [("各乡镇", S, EX), ("市征迁办", L, EX)]),
    # … and whatever the places are told to do (压实 / 加强 / 开展: no verb of a clause), the named body
    # guiding it after them makes it their task, as for a unit helped (A要…，B配合)
    ("各县（市）要压实主体责任，州应急管理局加强督促指导。", [("各县（市）", L, EX), ("州应急管理局", S, EX)]),
    ("各乡镇要加强宣传，县委宣传部加强指导。", [("各乡镇", L, EX), ("县委宣传部", S, EX)]),
    ("各乡镇要压实主体责任，县应急局要加强业务指导，县财政局配合。", [("各乡镇", L, EX), ("县应急局", S, EX), ("县财政局", S, EX)]),
    # … and a named body's 负责指导 / 负责业务指导 / 由A指导 before the places carrying the work (各乡镇
    # 负责组织实施 / 各乡镇组织实施): the places lead, the guide supports, as the other order reads
    # (was prose, and in an item the guide read its lead by the body's first sentence, the places lost)
    ("县农业农村局负责指导，各乡镇负责组织实施。", [("县农业农村局", S, EX), ("各乡镇", L, EX)]),
    ("县生态环境局负责业务指导，各乡镇负责组织实施。", [("县生态环境局", S, EX), ("各乡镇", L, EX)]),
    ("县水利局负责指导，各乡镇负责具体实施。", [("县水利局", S, EX), ("各乡镇", L, EX)]),
    ("由县农业农村局指导，各乡镇组织实施。", [("县农业农村局", S, EX), ("各乡镇", L, EX)]),
    ("县农业农村局负责指导，各乡镇组织实施。", [("县农业农村局", S, EX), ("各乡镇", L, EX)]),
    ("市生态环境局负责技术指导，各县（市、区）人民政府负责组织实施。", [("市生态环境局", S, EX), ("各县（市、区）人民政府", L, EX)]),
    ("县农业农村局负责技术指导，各乡镇（街道）负责组织实施，县财政局负责资金保障。",
     [("县农业农村局", S, EX), ("各乡镇（街道）", L, EX), ("县财政局", L, EX)]),
    # bodies applying the task as the listed units do (…，B参照执行) after a label's list: they support,
    # the words no part of the name (was the unit 两江新区管委会参照执行)
    ("（责任单位：市生态环境局，两江新区管委会参照执行）", [("市生态环境局", L, FL), ("两江新区管委会", S, EX)]),
    ("（责任单位：市生态环境局；各开发区管委会参照执行）", [("市生态环境局", L, FL), ("各开发区管委会", S, EX)]),
    # … after a stop inside the bracket: the bracket goes on to its close, the stop parting the lists
    # as ；does (was cut at the stop, flagged unbalanced, the bodies after it lost)
    ("（责任单位：市生态环境局。两江新区、西部科学城重庆高新区管委会，万盛经开区管委会参照执行）",
     [("市生态环境局", L, FL), ("两江新区", S, EX), ("西部科学城重庆高新区管委会", S, EX), ("万盛经开区管委会", S, EX)]),
    # 县（市）区: the levels 县、市、区 written as one word, not a name ending at its bracket (was 有关县（市）
    # and 区政府, two units); a name's bracket before the next name still ends it
    ("（责任单位：市生态环境局，有关县（市）区政府、开发区管委会）", [("市生态环境局", L, FL), ("有关县（市）区政府", S, EX), ("开发区管委会", S, EX)]),
    ("（责任单位：区财政局（牵头）区发改委）", [("区财政局", L, EX), ("区发改委", S, EX)]),
    # named bodies sharing the work by their duties (按照各自职责依法查处…): each does its part, the
    # first listed leading (was no clause: one phrase with an object outside a bracket)
    ("市公安局、市生态环境局、市农业农村局按照各自职责依法查处违法行为。",
     [("市公安局", L, FL), ("市生态环境局", S, EX), ("市农业农村局", S, EX)]),
    ("县市场监管局、县公安局按职责分工依法打击违法行为。", [("县市场监管局", L, FL), ("县公安局", S, EX)]),
    # a village's party branch and committee quoted (各村“两委”) is a unit of a bracket as 各村两委 is
    # (was no clause: the closing quote ended no name)
    ("（各村“两委”负责）", [("各村“两委”", L, EX)]),
    ("（镇农业农村综合服务中心牵头，各村“两委”落实）", [("镇农业农村综合服务中心", L, EX), ("各村“两委”", S, EX)]),
    # cadres or leaders listed with the bodies (包村干部 / 包村领导) are people, no units: the bodies
    # read (was no clause at all); the cadres alone name nobody (NOT_CLAUSES)
    ("（镇包村干部、各村“两委”负责）", [("各村“两委”", L, EX)]),
    ("（包村领导、包村干部、村“两委”负责）", [("村“两委”", L, EX)]),
    # a 责任单位 list set against the supporters it names after a comma (A、B，C配合): A and B answer
    # for the task together, as in A、B负责，C配合 (was A by the first-listed convention, B a
    # support); near misses: one unit before them keeps first-listed, a 配合 closing the whole
    # list marks every unit, and a group with words of its own (按职责分工负责) keeps first-listed,
    # as units carrying it out after the list do (，各市（州）人民政府负责落实, above)
    ("责任单位：姑塘镇、新港镇、高垅乡人民政府，区城管局配合。",
     [("姑塘镇", L, EX), ("新港镇", L, EX), ("高垅乡人民政府", L, EX), ("区城管局", S, EX)]),
    ("责任单位：各乡镇人民政府、各街道办事处，区环保局、区经信局配合。",
     [("各乡镇人民政府", L, EX), ("各街道办事处", L, EX), ("区环保局", S, EX), ("区经信局", S, EX)]),
    ("责任单位：县住建局，县发改局、县财政局配合。", [("县住建局", L, FL), ("县发改局", S, EX), ("县财政局", S, EX)]),
    ("责任单位：县住建局、县发改局、县财政局配合。", [("县住建局", S, EX), ("县发改局", S, EX), ("县财政局", S, EX)]),
    ("责任单位：市农业农村局、市生态环境局按职责分工负责，各县（市、区）人民政府负责落实。",
     [("市农业农村局", L, FL), ("市生态环境局", S, EX), ("各县（市、区）人民政府", S, EX)]),
    ("责任单位：县住建局、县发改局，县财政局参与。", [("县住建局", L, EX), ("县发改局", L, EX), ("县财政局", S, EX)]),
    # 责任单位：A、B；配合单位：C / 协助单位: the 责任单位 list set against a labelled supporting group
    # leads together (explicit; was A first-listed, B a support); near misses: one 责任单位 and a 牵头
    # label beside the list keep their reading
    ("责任单位：县生态环境分局、县公安局；配合单位：县自然资源局、县林业和草原局。",
     [("县生态环境分局", L, EX), ("县公安局", L, EX), ("县自然资源局", S, EX), ("县林业和草原局", S, EX)]),
    ("（责任单位：县农业农村局、县生态环境分局；协助单位：各乡镇人民政府）",
     [("县农业农村局", L, EX), ("县生态环境分局", L, EX), ("各乡镇人民政府", S, EX)]),
    ("责任单位：县水利局；配合单位：县卫生健康局。", [("县水利局", L, FL), ("县卫生健康局", S, EX)]),
    ("牵头单位：县水利局；责任单位：县自然资源局、县公安局；配合单位：各乡镇人民政府。",
     [("县水利局", L, EX), ("县自然资源局", S, EX), ("县公安局", S, EX), ("各乡镇人民政府", S, EX)]),
    # a bracket after a name holding the units that help it (A（B配合） / A（B协助）): B supports (the
    # bracket was read as A's note and B lost); near misses: a marker alone (A（配合）) and an alias
    # (县水务局（县河长办）) stay the name's
    ("责任单位：群力新区管委会（区住建局配合）。", [("群力新区管委会", L, FL), ("区住建局", S, EX)]),
    ("责任单位：县委办（县林长办协助）。", [("县委办", L, FL), ("县林长办", S, EX)]),
    ("牵头单位：市城管局（各区政府配合）。", [("市城管局", L, EX), ("各区政府", S, EX)]),
    ("责任单位：区财政局（配合）、区水务局。", [("区财政局", S, EX), ("区水务局", S, EX)]),
    ("责任单位：县水务局（县河长办）。", [("县水务局", L, FL)]),
    # named bodies carrying the item out, 组织实施 closing the sentence (…纳入实绩考核，省委农办、省生态
    # 环境厅组织实施。): first listed leads (was no clause: no clause verb written)
    ("省委农办、省生态环境厅组织实施。", [("省委农办", L, FL), ("省生态环境厅", S, EX)]),
    # a department's own divisions named by its short name, a bare list closing the item (a 厅's
    # plan for its offices: （厅宣传教育处、厅自然生态保护处）): first listed leads (was no clause)
    ("（厅宣传教育处、厅自然生态保护处）", [("厅宣传教育处", L, FL), ("厅自然生态保护处", S, EX)]),
    ("（局执法科、局办公室）", [("局执法科", L, FL), ("局办公室", S, EX)]),
    # a body guiding the work after a labelled list's semicolon (…；C负责指导 / C负责技术指导): a support,
    # its 负责 no part of its name (was the unit 厅自然生态保护处负责); …；C指导 reads as before
    ("（责任单位：各市生态环境局；厅自然生态保护处负责指导）", [("各市生态环境局", L, FL), ("厅自然生态保护处", S, EX)]),
    ("（牵头单位：市住建局；市生态环境局负责技术指导）", [("市住建局", L, EX), ("市生态环境局", S, EX)]),
    ("（责任单位：各市生态环境局；厅自然生态保护处指导）", [("各市生态环境局", L, FL), ("厅自然生态保护处", S, EX)]),
    # the work given by 由 with its action to one named body, then more of that work or its aim
    # (an assessment's 由省统计局负责组织开展…调查，调查结果…计入考核得分): the body leads it (was no
    # clause, one phrase then an action read as prose)
    ("由省统计局负责组织开展公众满意程度调查，调查结果按比例折算计入考核得分。", [("省统计局", L, EX)]),
    ("由县住建局负责日常维护，确保设施正常运行。", [("县住建局", L, EX)]),
    # a lead working with five bodies or more (会同B、C、D、E、F等单位, over 40 characters): they
    # support it (was no clause: the partners' list was too long to close the phrase)
    ("由省生态环境厅会同省发展改革委、省工业和信息化厅、省住房城乡建设厅、省交通运输厅、省农业农村厅等单位，对各地任务完成情况进行评分。",
     [("省生态环境厅", L, EX), ("省发展改革委", S, EX), ("省工业和信息化厅", S, EX), ("省住房城乡建设厅", S, EX),
      ("省交通运输厅", S, EX), ("省农业农村厅", S, EX)]),
]


def test_a_unit_over_other_items_is_none_of_this_ones():
    # 第1项至第3项工作由A统筹调度，本项工作由B负责，C配合: A is over other items (was read the lead
    # once 统筹 took an object)
    text = "治理违法建设。第1项至第3项工作由区城管委统筹调度，本项工作由区综合行政执法局负责，区自然资源局配合。"
    assert [[(m.text, m.role) for m in c.mentions] for c in find_clauses(text)] == [[("区综合行政执法局", L), ("区自然资源局", S)]]


@pytest.mark.parametrize("clause,expected", CLAUSES, ids=[c for c, _ in CLAUSES])
def test_one_clause(clause, expected):
    text = "推进重点工作，确保取得实效。" + clause
    (c,) = find_clauses(text)
    assert [(m.text, m.role, m.basis) for m in c.mentions] == expected
    assert c.parsed
    assert text[c.span.start : c.span.end].rstrip("。") == clause.rstrip("。")
    for m in c.mentions:
        assert normalise_mention(text[m.span.start : m.span.end]) == m.text


NOT_CLAUSES = [
    "（镇包村干部负责）",
    "（包村领导、包村干部负责）",
    # … but not what was done so (查处了一批), one body alone, or everyone (各有关部门)
    "市公安局、市生态环境局按照各自职责依法查处了一批违法案件。",
    "市公安局按照各自职责依法查处违法行为。",
    "各有关部门按照各自职责依法查处违法行为。",
    "市交通运输局按照各自职责加强监管。",
    "各有关部门按照各自职责加强监管。",
    "市生态环境局按照职责分工，推进扬尘污染治理。",
    "市生态环境局、市住建局按照职责分工，推进扬尘污染治理，取得明显成效。",
    "企业、社会组织按照“谁污染谁治理”原则，落实治理责任。",
    # after 牵头 and its action, a part given to no named body (企业 / 各有关部门) is none: the
    # lead alone does not make 牵头，督促… a clause
    "市住建局牵头，督促施工单位落实扬尘防治要求，企业负责落实主体责任。",
    "市住建局牵头，加强统筹协调，各有关部门负责抓好落实。",
    "县农业农村局指导特色小镇开展建设。",
    "县农业农村局指导龙泉镇村民开展建设。",
    "政府、企业、社会共同推动。",
    "各部门共同推动。",
    "在各方共同推动下，取得明显成效。",
    "县农业农村局推动。",
    # a unit bringing the work into its budget, alone: a duty stated (an item naming no other unit
    # reads it as its lead, body_subjects)
    "市财政局负责将所需经费纳入年度预算。",
    # units providing the means with no unit answering for the task before them: prose
    "县发改局、县财政局做好项目申报和资金保障。",
    # guidance as the work itself, no unit giving it
    "加强技术指导，提供技术支撑。",
    # a notice's point on what each lead answers for: 各牵头单位对所牵头任务负总责 was cut before its
    # 牵头 and 各牵头单位对所 (ending like 派出所) read as a collective leading the paragraph
    "创建工作任务分解详见附件。各牵头单位对所牵头任务负总责，配合单位要主动配合。",
    "各牵头单位对所牵头的任务负总责。",
    "各责任单位对所承担任务负主体责任。",
    # guidance as the work itself, no unit giving it
    "加强技术指导，提供技术支撑。",
    # technical support asked for or given with no lead beside it: prose
    "积极争取省科技厅给予技术支持。",
    "市环境监测站要为执法提供技术支撑。",
    "市气象局提供技术支撑。",
    # farms and ranches as the work's object, not as units
    "积极培育家庭农场、牧场和农民合作社，引导发展适度规模经营。",
    # …组织 businesses or bodies of no government: nobody the task names (A is read by no verb)
    "县应急局组织辖区企业开展自查自纠。",
    "县应急局组织辖区企业，对生产设施开展自查自纠。",
    # leaders alone: no unit
    "县长负总责，分管副县长具体负责。",
    "县长负责统一指挥。",
    # schools alone in a bracket: the places of a pilot, no units
    "在3所学校开展试点（县第一中学、县实验小学）。",
    "开展校园安全整治（县第一中学）。",
    "县安委办组织各成员单位开展安全生产大检查。",
    "县委组织部组织县直各单位开展党务培训。",
    "县应急局组织各企业开展自查自纠。",
    "市场监管部门组织县内企业开展自查。",
    # 分办 as a verb, no label: prose
    "本件提案由市发改委分办。",
    # a notice's point on how the roles work: the role's words name no body (was a lead named
    # 牵头单位 and a support named 参与单位)
    "牵头单位要发挥统筹协调作用，会同参与单位制定具体落实方案；参与单位要按照职责分工积极配合。",
    "责任单位要明确专人负责，配合单位要主动对接。",
    # the principle of 属地 management, no unit given work
    "属地负责，分级管理。",
    "按照属地管理原则，各乡镇负责辖区内排查整治。",
    "各乡镇要落实属地责任。",
    # leaders alone, no unit: prose
    "县长亲自抓，分管副县长牵头。",
    # 实施 after no unit, a group set up or checking: prose
    "各地要结合实际，分步实施。",
    "成立专项工作组，统筹推进实施。",
    "县委巡察组进驻后，被巡察单位要积极配合。",
    "本方案自印发之日起实施。",
    # a sentence opening with no doer of a place's (a possessive, a collective, a meeting, a
    # company, a basis) before those helping: the helpers alone are no clause of their own here
    "县财政局和县审计局，积极配合。",
    "群众积极参与，县民政局配合做好。",
    # A会同B + action, then what was done, a result or a judgement; A with whoever is concerned, then
    # a report; who interprets a rule (会同 as much as alone)
    "县住建局会同县应急局开展检查，发现了一批隐患。",
    "县住建局会同县应急局开展检查，隐患数量明显下降。",
    "县住建局会同县应急局开展检查，是保障安全的重要举措。",
    "近日，县住建局会同县应急局开展检查，分析情况。",
    "区环境局要会同有关部门加强统筹协调，重大情况及时向区政府报告。",
    "本政策措施由区发改局会同区财政局负责解释，自2024年6月1日起施行。",
    "本办法由县司法局会同县财政局解释。",
    # 要 + help after no named body, or after role names (牵头单位 / 其他部门), or alone
    "企业要落实主体责任，各有关部门要积极配合。",
    "牵头单位要主动作为，责任单位要密切配合。",
    "牵头部门要发挥统筹协调作用，其他部门要积极配合。",
    "各地要加强组织领导，各有关部门要积极配合。",
    "各有关部门要积极配合，形成工作合力。",
    "近日，县发改局牵头编制总体规划，县直各部门要制定专项规划。",
    "县发改局牵头编制总体规划，企业要积极参与。",
    # 统筹 + object alone, or then the aim; a party committee over the work
    "县财政局统筹安排专项资金。",
    "县财政局统筹安排专项资金，确保资金安全。",
    "县委统筹安排，县政府具体负责。",
    "要统筹安排好各项资金。",
    # 加强统筹协调 alone, by everyone, by a party committee (a principle), or a bare 统筹 then
    # everyone told what to do
    "市征迁办加强统筹协调。",
    "各部门要加强统筹协调，形成工作合力。",
    "县委加强统筹协调，县政府负责组织实施。",
    # guidance with no unit carrying the work (alone, or after work nobody is named for)
    "县生态环境局加强指导。",
    "县委县政府加强指导。",
    "加强业务指导，确保取得实效。",
    "村民要积极参与，县农业农村局加强指导。",
    "县长指出，各乡镇要落实属地责任，县生态环境局加强指导。",
    "各乡镇要加强宣传，各部门加强指导。",
    "各乡镇要高度重视，县农业农村局加强指导。",
    "企业要压实主体责任，县应急局加强指导。",
    "县发改局要加强统筹，各部门要提高认识。",
    "县文明委要加强统筹协调，县委督查室、县政府督查室要加强督查考核。",
    # 要 + action, then a helper with no unit named, or helping a body outside the task: prose
    "县住建局要加强燃气安全监管，积极配合做好检查。",
    "县住建局要加强燃气安全监管，配合省住建厅做好检查。",
    "企业要加强燃气安全管理，配合做好检查。",
    # given by 由 to no named body of a place, a rule's own note, a cause, a name's 自由: no clause
    "所需资金由企业自筹。",
    "电子证照数据由各发证部门提供。",
    "本办法由市司法局解释。",
    "领导小组由县长任组长。",
    "由于县财政局资金紧张，项目推迟实施。",
    # a cause naming the body itself after 由于 (no place of one character before its field): no doer
    "由于生态环境局人手不足，由其负责的项目推迟实施。",
    "由于水利局负责的工程进度滞后，群众反映强烈。",
    "县水利局提供技术指导。",
    "推进中国（四川）自由贸易试验区建设管理。",
    # 督促 with no unit after it, or the duty of seeing to it as an object: prose
    "县政府督促落实。",
    "县政府督促检查。",
    "县住建局负责督促各乡镇抓好落实。",
    # what was done, or a unit's own action with no partner (the actions 打造 / 争取 read after 会同)
    "2023年以来，县商务局会同县文旅局打造了夜间消费街区。",
    "近年来，县文旅局打造夜间消费街区，吸引了大量游客。",
    "县委组织部打造“党建+”品牌。",
    # brackets of places, collectives or 场所 / 站 alone, or a note (包括 / 含): no list of units
    "规范经营秩序。（经营场所、公共场所）",
    "建设充电设施。（加油站、加气站）",
    "覆盖全部乡镇。（各乡镇、各街道）",
    "开展专项检查。（各县（市、区））",
    "开展专项检查。（包括市场监管所、派出所）",
    "落实补助资金。（中央、省、市、县四级）",
    # approval steps without units assigned (what was done, what was said, a collective)
    "各地要制定实施方案，报市政府审定。",
    "方案经县政府同意后，报市政府备案。",
    "2024年，县发改局编制了实施方案，报市政府审定。",
    "县长指出，县发改局要制定方案，报县政府审定。",
    # staff alone
    "（驻村工作队员配合）",
    "镇村干部要主动配合。",
    # 负责指导 before a collective of no place, a market body or nothing: a principle (县住建局负责监管，
    # 县城管局负责日常巡查 states two duties, no clause either)
    "县农业农村局负责指导，各部门负责组织实施。",
    # … and 由A指导 / A负责指导 before a collective of no place organising it, 组织开展 with no unit,
    # a name holding 组织 (县委组织部组织…), a guide's phrase in prose
    "由县农业农村局指导，各有关部门组织实施。",
    "县农业农村局负责指导，各部门组织实施。",
    "由县人社局指导，组织开展导游技能培训。",
    "县委组织部组织开展干部培训。",
    "县农业农村局负责指导，企业组织实施。",
    "加强业务指导，县文旅局组织开展导游培训。",
    "县农业农村局负责指导，企业负责具体实施。",
    "各乡镇为责任主体，县农业农村局负责指导。",
    # ... a business's duty, an attitude, or nobody named guiding: still prose
    "企业要落实主体责任，县市场监管局负责指导。",
    # a body over no places (各部门 / 各施工单位 / 各学校 / 各企业), nobody named over them, or
    # a collective organising its people: no clause
    "县政府组织各部门开展联合检查。",
    "县住建局组织各施工单位开展安全检查。",
    "县教育局指导各学校开展安全教育。",
    "县政府督促各企业落实主体责任。",
    "有关部门组织各乡镇开展排查。",
    "要组织各乡镇开展排查。",
    "各乡镇组织村干部开展清洁行动。",
    "各乡镇要高度重视，县农业农村局负责指导。",
    "各乡镇要落实属地主体责任，有关部门负责指导。",
    "县住建局负责监管，县城管局负责日常巡查。",
    # … and 负责监管 after no lead written 牵头 (a body over the work, a duty, a lead with no unit)
    "县政府统筹，县市场监管局负责监管。",
    "县住建局要加强统筹，县市场监管局负责监管。",
    "企业负主体责任，县市场监管局负责监管。",
    "由县住建局牵头，负责监管。",
    # A负责X then one told what to do: a principle (企业 / 企业要), reported, an attitude, no unit
    "企业负责建立台账；县商务局要加强督促指导。",
    "县住建局负责监管；企业要落实主体责任。",
    "县长指出，县住建局负责项目建设；县财政局要加快资金拨付。",
    "县财政局负责资金保障；县直各部门要提高认识。",
    # a business seeing to its staff: no body of a place
    "企业督促员工抓好落实。",
    "县长指出，县住建局要加快推进项目建设，县交通局要完善道路配套，县自然资源局配合。",
    "县住建局负责项目建设；资金要及时拨付到位。",
    # A要…, then helpers: after reported speech, collectives on both sides, nobody helping named
    # (CLAUSES: 县商务局要…，县市场监管局配合)
    "县长指出，县住建局要加强燃气安全监管，县市场监管局配合。",
    "各乡镇要加强宣传，县直各部门要积极配合。",
    "县住建局要加强监管，做好配合。",
    # 会同 after a collective or the means (经/通过): no named lead (with …政策落实 as without)
    "各地要会同有关部门抓好政策落实。",
    "经县财政局会同县税务局做好政策落实。",
    "★加强组织领导，各部门要密切配合。",
    # a unit providing qualified means with no unit of the task: prose
    "县财政局保障运行经费。",
    # 各负其责 with no lead written 牵头 before it: how work is shared, a principle
    "各有关部门要各负其责，密切配合。",
    "县应急局统筹，各部门各负其责。",
    "各乡镇按照“三管三必须”要求落实。",
    # 由 before the rule's interpreter or an unnamed body, and a duty without 由: prose
    "本办法由县河长制办公室负责解释。",
    "由企业负责日常维护。",
    "日常管理由物业公司负责维护。",
    "县住建局负责清理整治。",
    # what a unit hosted, done: no assignment
    "县文旅局承办了全省旅发大会。",
    "会议由县文旅局承办，县融媒体中心协办，取得圆满成功。",
    "由县住建局负责，保障工作经费。",
    # … and the given work's action then its aim stays prose where nobody is named (各地 / 企业), or
    # the sentence closes on a result
    "由各地负责组织实施，确保取得实效。",
    # … 组织实施 after no named body: how the work goes (各地 / 企业 / 按照统一部署)
    "各地组织实施。",
    "企业组织实施。",
    "按照统一部署组织实施。",
    "制定工作方案，组织实施。",
    # … a bracket of places, not a department's divisions (局部 is no 局)
    "推进整改。（局部地区、重点区域）",
    "由企业负责日常维护，确保设施正常运行。",
    "由县住建局负责排查，取得明显成效。",
    # 做好 alone, or after prose with no unit's part: what a unit is to do, as prose says it
    "县财政局做好资金保障。",
    "各乡镇做好群众工作，确保按期完成。",
    "县直各部门要高度重视，各乡镇做好宣传发动工作。",
    "各乡镇分别负责本辖区排查。",
    "企业和监管部门分别负责自查和抽查。",
    "县财政局分别负责各项资金保障。",
    "按属地负责。",
    # 相关单位： / 相关部门： alone is narrative with a colon (only after a 主责 label does it list
    # supports): its words were read as supporting units (一是加强日常巡查 / 要密切)
    "县住建局要督促相关单位：一是加强日常巡查；二是及时消除隐患。",
    "强化部门协作。相关部门：要密切配合，形成合力。",
    # 副组长单位： alone, as 成员单位： alone: a 领导小组's roster, no task's units
    "副组长单位：县财政局、县自然资源局",
    "各地按属地分别负责。",
    # a unit providing the means with no unit of the task before it: prose
    "县财政局做好资金保障。",
    "（县财政局做好资金保障）",
    "县住建局负责，全力做好保障。",
    # the places told to carry the work out, with no unit of the task named: prose
    "各地区要结合实际推进落实。",
    "各地区结合实际推进落实。",
    "（各地区结合实际推进落实）",
    "省商务厅按要求落实。",
    "结合实际推进落实各项任务。",
    # 主责 of firms or of a principle, no unit
    "落实企业主责，强化监管。",
    "坚持党委主责、政府主抓。",
    # a lead beside words that are no units stays prose
    "加快建设（由市发改委牵头，重点项目）",
    # 给予支持 / 予以支持 said of money, firms or unnamed bodies: no units
    "对符合条件的企业给予支持。",
    "市财政局给予资金支持。",
    "积极争取省财政厅给予支持。",
    "各有关部门要予以支持。",
    "对困难群众给予帮扶，民政部门予以指导。",
    # the roster of minutes: 参加： opening a line names who attended (was read as support units)
    # the roster of minutes: 参加： opening a line of names names who attended (was read as support units)
    "四、其他事项\n\u3000\u3000参加：胡志强\u3000刘建\u3000谢春华\n\u3000\u3000列席：县政府办、县发改委、县财政局负责同志\n\u3000\u3000记录：黄敏",
    # a 领导小组's roster: 成员单位 alone, and 组长 / 成员 (people), assign no task
    "一、领导小组组成\n成员单位：市委宣传部、市发展改革委、市财政局、市商务局。",
    "组长：李向东　市长\n成员：张强　市政府副秘书长",
    # 相关部门 without its colon is prose
    "相关部门要主动配合，及时研究解决问题。",
    # A负责统筹 alone, or said of a party committee or government, states how work goes (beside a
    # department carrying the work out it leads: CLAUSES)
    "县财政局负责统筹。",
    "县委负责统筹，县政府具体负责。",
    "县政府负责统筹，各乡镇具体落实。",
    "县政府统筹协调，各乡镇具体落实。",
    "区农村人居环境整治工作领导小组负责统筹协调，各镇（街道）落实主体责任。",
    # 由于 (because) opens no doer, whatever the work before it
    "由于县住建局负责的项目进度滞后，群众反映强烈。",
    "项目推迟主要由于市财政局资金未到位。",
    # schools counted, not labelled: no clause
    "全县共有试点学校：32所，覆盖学生2万人。",
    # 支持 before a colon without its noun is a heading's word, no label
    "（三）加大资金支持：市财政局每年安排专项资金。",
    "加大政策支持：对符合条件的企业给予补助。",
    # 以…为主 of money or a method, no unit
    "坚持以政府投入为主，社会资本参与。",
    "（以县级财政投入为主，社会资本参与）",
    "资金以县财政为主。",
    # 督促指导 alone, or as the object of 加强, assigns nothing
    "市农业农村局要加强督促指导，确保取得实效。",
    "市农业农村局督促指导。",
    # places named in prose, 州 and 村 now ending like bodies: no verb of duty, no clause
    "加强与杭州、宁波、温州合作，共建长三角产业链。",
    "支持黔东南州、黔南州发展特色产业。",
    "各村（社区）要加强宣传，营造浓厚氛围。",
    "在各村（社区）设立便民服务站。",
    # people of a township, not its bodies
    "街道干部负责入户走访，社区网格员负责信息采集。",
    "乡村医生负责健康随访，村级网格员负责信息采集。",
    # a word, a heading or a unit inside a sentence in 【】: no list of units
    "加快推进【智慧城市】建设。",
    "【大气污染防治】",
    "3.【重点工作】加快推进城际铁路建设。",
    "推进【市发展改革委】牵头的项目。",
    # a joint mark in prose, no clause
    "建立由市发改委、市财政局（共同牵头）的工作机制。",
    "成立工作专班（共同牵头）。",
    # 负责人 / 负责同志 are people: 县应急局 is not read out of them
    "（县应急局负责人牵头）",
    # a duty and its object alone, or beside prose, outside a bracket: a statement, not a clause
    "县财政局负责资金保障，确保资金及时到位。",
    "企业负责落实主体责任，监管部门负责监督检查。",
    "第九条 本办法由县河长制办公室负责解释。",
    # brackets left open or closed alone around narrative stay narrative
    "开展专项整治（由市政府负责人带队",
    "加强督导检查，市直有关部门要积极配合）",
    "（各地要积极配合省直有关部门做好工作",
    "加快项目建设，积极争取国家发展改革委、生态环境部支持。",
    "成立市生态环境保护委员会（市环委会），统筹推进全市工作。",
    "各县（市、区）要积极配合市直有关部门推动工作落实。",
    "严格执行《排污许可管理条例》（国务院令第736号）。",
    "开展重点区域（含开发区）排查整治。",
    "由市政府负责人牵头召开联席会议。",
    "各乡镇要切实抓好落实。",
    # 帮扶 without its noun and a colon, or naming people
    "加大帮扶力度，帮扶单位要积极作为。",
    "落实帮扶责任人：张三。",
    "各地要认真落实。",
    "相关部门要主动配合：及时研究解决问题。",
    "坚持党委领导、政府负责。",
    "区政府对辖区环境质量负总责。",
    "各地要高度重视，主要负责同志亲自负责。",
    "加强宣传引导，积极配合。",
    "建立联席会议制度，由市政府负责人牵头，定期召开会议。",
    "各地各部门要抓好落实。",
    "各地要明确负责人：主要领导亲自抓。",
    "各责任单位为确保任务按期完成，要加强协调。",
    # what a table's columns mean (under it, or in 工作要求): a role, no unit named
    "各主责单位为任务落实的第一责任单位，协同单位按职能积极配合。",
    "牵头单位为本项工作的第一责任单位。",
    "企业负主体责任，政府负监管责任。",
    "各地要加强组织领导，积极推进。",
    "各县（市、区）人民政府对本行政区域生态环境质量负责。",
    "各乡镇人民政府对本辖区农村人居环境整治工作负总责。",
    # levels and ranks open no label on their own
    "加强市级统筹，县级负责落实。",
    "党政主要负责人是第一责任人，要亲自部署。",
    "完善市级领导：包联制度。",
    "各部门要各负其责，形成合力。",
    # one unit's phrase then an action, unbracketed, stays prose; 各司其职 names no department
    "县住建局负责，积极争取上级资金支持。",
    "坚决贯彻落实党中央、国务院决策部署。",
    "（县长张三同志负责）",
    "由市委书记王某某牵头，定期召开会议。",
    "各有关部门要各司其职，形成合力。",
    "各地要各司其职、密切配合。",
    "企业为责任主体，政府负监管责任。",
    "建立部门联动机制，县公安局、县交通运输局联合开展执法。",
    "各部门要根据职责分工，抓好落实。",
    "各有关部门要依职责做好配合。",
    "联合县公安局等8个部门开展检查。",
    "加强对校外培训机构的监管。",
    "开展专项检查（县城区，重点区域）。",
    "（一）县直有关部门，各乡镇要高度重视。",
    "开展检查（县城区，2024年）。",
    "覆盖全县（各乡镇，全年）。",
    "开展检查（一是县城区；二是重点区域）。",
    "完成目标任务（市生态环境局，2023年数据）。",
    "各市县责任单位要加强协调。",
    "各地要加强组织，完成时限：年底前。",
    "按照“谁主管、谁负责”原则，严格落实行业监管责任。",
    "各部门要按照“谁主管、谁负责”原则抓好落实。",
    "（“放管服”改革办负责）",
    # the bracket-only wordings standing as a sentence of the safeguards
    "县委、县政府统筹领导，各乡镇为责任主体，县农业农村局负责指导。",
    "县财政局负责统筹，县直各部门各负其责。",
    # a schedule is skipped only as a short note; an action opening with 定期 is prose
    "县委督查室、县政府督查室牵头组织，定期开展督导检查。",
    "完成项目建设（注：县住建局）。",
    "完成项目建设（县住建局，注：暂定）。",
    "各行业主管部门要加强监管。",
    "各部门要积极配合，形成合力。",
    "各地要认真贯彻落实。",
    "各部门要配合做好相关工作。",
    # parts stated by bodies that are no named unit of a place, a leadership principle, a
    # partner after 配合, an attribute (…参与的联席会议制度), 要 alone or before prose
    "企业负责主体责任落实，县应急局负责监督检查。",
    "市场主体负责信息公示，县市场监管局负责抽查。",
    "全县各部门负责本系统排查，各企业负责自查自纠。",
    "医疗机构负责病例报告，疾控机构负责流行病学调查。",
    "乡镇负责组织发动，村级负责具体实施。",
    "各地要牵头做好排查工作，各部门要积极配合。",
    "县委负责统一领导，县政府负责组织实施。",
    "县委、县政府负责统一领导，县发改局负责牵头。",
    "县人社局配合县财政局做好资金保障。",
    "建立由县发改局牵头、县直相关部门参与的联席会议制度。",
    "县住建局要牵头，全面推进老旧小区改造。",
    "县财政局要配合做好资金保障。",
    "在省生态环境厅的指导下，我县积极开展试点工作。",
    "县委组织部负责人、县人社局负责人参加。",
    # 会同/联合 between bodies that are no named unit of a place, without an action, or stating
    # what was done (…印发了…) or an attribute (…开展的专项行动)
    "各地要会同有关部门加强督导检查。",
    "鼓励金融机构会同担保机构开发信贷产品。",
    "企业联合高校开展技术攻关。",
    "县住建局会同县自然资源局、县城管局等部门。",
    "县委办公室联合县政府办公室印发了《实施意见》。",
    "县公安局联合县交通运输局开展的专项行动成效明显。",
    "积极争取县发改局会同县财政局支持。",
    "经营者负责建立台账，县商务局负责督促指导。",
    "镇村干部负责入户宣传，网格员负责信息采集。",
    "县教育局要牵头制定方案，确保按时完成。",
    # 入股 (taking shares) is no 股 (a bureau's section): the sentences stay prose
    "鼓励村集体以资金入股，龙头企业牵头组建产业联合体。",
    "（农户自愿入股，村集体经济组织牵头）",
    # who leads whom (was 县政府 leading a task)
    "在县委的统一领导下，县政府负责组织实施。",
    # a party committee or government leading the work, a principle (县委 led, 县政府 supported;
    # 县政府 / 县直各部门 led after 统一领导)
    "县委负总责，县政府具体负责。",
    "由县委统筹，各乡镇具体实施。",
    "坚持党委领导、政府负责，县发改局牵头抓总。",
    "县委统一领导，县政府具体负责。",
    "乡镇党委负总责，乡镇政府具体负责。",
    "健全工作机制，县委、县政府统一领导，县直各部门具体负责。",
    # what was said or done, reported (were read from the phrases after 指出/近日/据了解)
    "县长在会上指出，县住建局要会同县应急局全面开展燃气隐患排查。",
    "近日，县住建局会同县应急局开展燃气安全联合检查。",
    "据了解，由县教育局牵头，县卫健委配合。",
    # a lead and a support then what was done (了), an attribute (…配合的机制), or a principle's
    # parts then its aim; 应 before the verbs of bodies that are no unit
    "由县教育局牵头，县卫健委、县公安局配合，建立了联防联控机制。",
    "由县教育局牵头，县卫健委、县公安局配合的联防联控机制已经建立。",
    "由县教育局牵头，县卫健委配合，取得了明显成效。",
    "企业负责落实主体责任，监管部门负责监督检查，形成工作合力。",
    "各地应牵头，各部门应配合，形成合力。",
    # A会同B，… with no named lead, of what was done, a tally, an attribute, or a statement after
    # the action (the safeguards of a seed: the gold reads no clause there)
    "各地要会同有关部门，加强监督检查。",
    "各县区要会同市直有关部门，抓好工作落实。",
    "各乡镇要会同有关部门，做好群众工作。",
    "有关部门会同各乡镇，做好宣传工作。",
    "金融机构会同担保机构，开发信贷产品。",
    "2023年，县住建局会同县应急局，开展了燃气安全专项检查。",
    "县住建局会同县应急局，已完成排查整治。",
    "今年以来，县住建局会同县应急局，累计排查燃气用户1.2万户。",
    "县住建局会同县应急局，共排查隐患326处。",
    "在县住建局会同县应急局的推动下，全县燃气安全形势稳定。",
    "区环境与国土资源局要会同有关部门加强统筹协调和调度评估，重大情况及时向区党工委、管委会报告。",
    # what happened while acting (was 县住建局 leading, 县应急局 supporting)
    "县住建局会同县应急局开展检查时发现问题12处。",
    # past work (近年来， / …以来，) and a result reported later in the sentence; a judgement
    "近年来，县住建局会同县应急局，扎实开展燃气安全整治。",
    "2022年以来，县住建局会同县应急局，持续开展燃气安全整治。",
    "县住建局会同县应急局，扎实开展燃气安全整治，取得明显成效。",
    "县住建局会同县应急局，扎实开展燃气安全整治，隐患数量明显下降。",
    "由县教育局牵头，县卫健委配合，组织开展专项行动，成效显著。",
    "县住建局会同县应急局，是落实安全生产责任的重要举措。",
    "县委办、县政府办会同县委督查室，对各地落实情况开展了督查。",
    "县委书记强调，县住建局要会同有关部门，扎实开展安全生产大检查。",
    "要坚持县委统一领导，县政府具体负责，部门协同配合。",
    "各有关部门要会同各乡镇，切实抓好工作落实。",
    # A会同B as the means or ground of what is said (were 经县住建局 / 通过县住建局 leading)
    "经县住建局会同县应急局，对燃气企业进行检查。",
    "通过县住建局会同县应急局，建立联合执法机制。",
    "根据县住建局会同县应急局的检查结果，对隐患企业实施挂牌督办。",
    "经县住建局会同县应急局研究，决定开展专项整治。",
    "县住建局会同县应急局，县市场监管局。",
    # how work is shared among collectives that name no body, level or place (各地 and 各级 led)
    "各地负责组织发动，各级负责具体实施。",
    "各地负责组织实施，各有关部门配合。",
    "各单位负责组织发动，各部门负责具体实施。",
    "各地各部门负责组织实施。",
    # 统筹 / 协调 / 抓总 alone outside a bracket, a party committee over the work (a principle), or
    # the words in prose assign nothing
    "县发改局统筹推进。",
    "各县区协调推进。",
    "市发改委统筹协调。",
    "由县委统筹，各乡镇具体实施。",
    "县委统筹，县政府抓总。",
    "加强统筹协调，形成工作合力。",
    "市发改委要加强统筹协调。",
    "建立由市政府统筹、各部门协调联动的工作机制。",
    "发挥市发改委统筹协调作用，各部门配合。",
    "市委抓总、部门协调、上下联动的工作格局。",
    "由市政府统筹安排资金。",
    "各部门加强沟通协调，县财政局做好资金保障。",
    # 按职责做好… alone, or naming nobody, or as how work is shared, stays prose
    "县公安局、县交通局按职责做好相关工作。",
    "各乡镇要按照职责做好辖区内排查。",
    "企业按职责做好自查，监管部门按职责做好抽查。",
    "在县委统筹下，县直各部门按职责做好相关工作。",
    "各有关部门按照职责做好相关工作。",
    # 由于 (because) before a unit and a clause verb tells what happened: nobody is assigned (the
    # 由 was read as 由A负责, the unit 于县交通局)
    "由于市场监管局负责。",
    "（由于县交通局负责）",
    "由于县农业农村局负责，县财政局配合，项目进展顺利。",
    "由于市场监管局人手不足，检查工作进展缓慢。",
    "2023年，由于县财政局负责资金拨付，项目按时完工。",
    # central finance, enterprises, what was done: no national body named to act
    "中央财政负责安排资金，地方财政负责配套。",
    "中央企业负责带头落实，地方国有企业负责跟进。",
    "近年来，在国家林草局、国家发展改革委等部门的共同推动下，各地林下经济发展取得显著成效。",
    "2025年，财政部会同国家发展改革委印发了《关于支持设备更新的若干措施》。",
    # places named in the work, no government closing them
    "支持广州、深圳、珠海建设低空装备产业集群。",
    # a note on how to read the list, naming a unit by its place in it (was read as the lead
    # 表中第一个单位 of A为牵头单位)
    "重点任务分工见下表（表中第一个单位为牵头单位）。",
    "（排在第一位的单位为牵头单位）",
    "（排名第一的单位为牵头单位）",
    # 镇街 as the place of the work, no unit acting
    "积极配合各镇街开展工作。",
    "各镇街人口规模差异较大，发展基础不一。",
]


def test_inherit_marker_closing_a_task(tmp_path):
    # 以下…均需A落实，不再列出 closing a task's own clause is said of that task and the tasks below
    # ("not listed again" after this one): the item naming A itself keeps its own mention, one naming
    # it nowhere inherits it (since stop 30; it did not); 以下各项工作均需 as 以下各项任务均需 (the marker was unread, and the clause with it)
    path = tmp_path / "plan.txt"
    path.write_text("XX市打赢蓝天保卫战实施方案\n一、工作任务\n"
                    "1．制定准入清单。（市生态环境局牵头，市发展和改革局参与，各县、区人民政府负责落实。"
                    "以下各项工作均需各县、区人民政府落实，不再列出。）\n"
                    "2．整治散乱污企业。（市生态环境局牵头，市公安局参与）\n"
                    "二、重点工程\n3．推进煤改气。（市住建局牵头，市财政局配合，以下均需各乡镇落实，不再列出）\n"
                    "4．推进煤改电。（市发展和改革局牵头）\n", encoding="utf-8")
    assert _facts(extract_file(path)) == [
        ("1", "制定准入清单", [("市生态环境局", L, EX), ("市发展和改革局", S, EX), ("各县、区人民政府", S, EX)]),
        ("2", "整治散乱污企业", [("市生态环境局", L, EX), ("市公安局", S, EX), ("各县、区人民政府", S, INH)]),
        ("3", "推进煤改气", [("市住建局", L, EX), ("市财政局", S, EX), ("各县、区人民政府", S, INH), ("各乡镇", S, INH)]),
        ("4", "推进煤改电", [("市发展和改革局", L, EX), ("各县、区人民政府", S, INH), ("各乡镇", S, INH)]),
    ]


def test_list_past_a_semicolon_ends_at_the_next_item():
    # …；B、C（2）推进…: the next item's number, its line break lost, ends the list (was read into
    # the last unit, or the list stopped at the semicolon); a date in brackets after a name is no item
    text = ("（1）推动老旧小区改造。全年开工40个。责任单位：区住房城乡建设委（牵头）；区发展改革委、各街道办事处"
            "（2）推进加装电梯。全年完成100部。责任单位：区商务局（牵头）；区民政局（2024年底前）")
    first, second = find_clauses(text)
    assert [(m.text, m.role) for m in first.mentions] == [("区住房城乡建设委", L), ("区发展改革委", S), ("各街道办事处", S)]
    assert first.raw.endswith("各街道办事处")
    assert [(m.text, m.role) for m in second.mentions] == [("区商务局", L), ("区民政局", S)]


@pytest.mark.parametrize("text", NOT_CLAUSES)
def test_narrative_is_not_a_clause(text):
    assert find_clauses(text) == []


def test_the_last_task_ends_before_the_closing():
    """The signature and its date close the body: the last task ends before them (its text ran
    over them), and the signature still dates the plan."""
    plan = extract_file(WORDINGS / "closing-after-last-item.txt")
    assert plan.tasks[-1].text.endswith("县教育局负责行业内排查。")
    assert plan.meta.date == "2026-05-20"
    # minutes: the 出席：/ 列席：lines and the printing line under them
    plan = extract_file(WORDINGS / "minutes-heading-attendance.txt")
    assert plan.tasks[-1].text == "区市场监管局要加强农贸市场管理。"


def test_a_minutes_distribution_line_ends_its_body(tmp_path):
    """分送：… under a minutes' 出席：/ 列席：lines is its distribution line, as 抄送：is: the body ends
    there and the last matter ends before the attendance (its text ran over 出席：/ 列席：/ 分送：,
    the lines closing_start stopped at 分送); 分送 inside a sentence is no footer."""
    f = tmp_path / "a.txt"
    head = "XX市人民政府\n会议纪要\n\n会议议定以下事项：\n一、关于管线迁改。管线迁改由市住建局负责，市城管局配合。\n"
    last = "二、关于长效管理。此项工作由市民政局负责，各区政府按职责抓好落实。"
    f.write_text(head + "\u3000\u3000" + last + "\n\n\u3000\u3000出席：王某\n\u3000\u3000列席：市住建局、市城管局、市民政局负责同志。\n\n"
                 "\u3000\u3000分送：市委办公室，市人大常委会办公室。\nXX市人民政府办公室\u3000\u30002024年7月15日印发\n", encoding="utf-8")
    plan = extract_file(f)
    assert plan.tasks[-1].text == last[2:]
    assert [(m.text, m.role) for m in plan.tasks[-1].mentions] == [("市民政局", L), ("各区政府", S)]
    f.write_text(head + last + "会议纪要分送：各区政府。\n", encoding="utf-8")
    assert extract_file(f).tasks[-1].text == last[2:] + "会议纪要分送：各区政府。"


def test_a_report_is_titled_by_its_own_line():
    """关于…情况的通报 is the document's title and kind (was a sentence of its preamble naming a kind,
    为深入推进…三年行动 / …整治计划); a notice printing a 通报 is titled by what it prints."""
    plan = extract_file(WORDINGS / "report-next-steps.txt")
    assert (plan.meta.title, plan.meta.kind) == ("关于2026年第三季度重点工作督查情况的通报", "通报")
    from respgraph.structure.meta import plan_meta

    text = "关于全县安全生产督查情况的通报\n\n各乡镇人民政府：\n为深入推进安全生产治本攻坚三年行动，县安委办组织开展了督查。\n一、基本情况\n"
    meta = plan_meta(text, "p", "p.txt", text.index("一、"))
    assert (meta.title, meta.kind) == ("关于全县安全生产督查情况的通报", "通报")
    text = "XX县人民政府办公室关于印发《XX县安全生产大排查实施方案》的通知\n\n各乡镇：\n现印发给你们。\n一、总体要求\n"
    assert plan_meta(text, "p", "p.txt", text.index("一、")).title == "XX县安全生产大排查实施方案"


def test_next_steps_are_no_safeguards():
    from respgraph.structure.task_rules import safeguard_title

    for title in ("下一步工作要求", "下步要求", "整改要求", "下阶段工作要求"):
        assert not safeguard_title(title), title
    for title in ("工作要求", "保障措施", "组织实施"):
        assert safeguard_title(title), title


def test_a_principles_chapter_keeps_only_its_items_with_clauses(tmp_path):
    """一、总体要求 / 工作目标 holding a clause: only that item is a task; a chapter of 目标任务 is
    work, its items without a clause stay tasks without a lead."""
    f = tmp_path / "a.txt"
    items = "（一）推进老旧小区改造。（牵头单位：县住建局）\n（二）加强物业管理。完善物业服务标准。\n"
    for chapter, expected in (("一、总体要求", [("（一）", ["县住建局"])]), ("一、工作目标", [("（一）", ["县住建局"])]),
                              ("一、目标任务", [("（一）", ["县住建局"]), ("（二）", [])]),
                              # a work chapter ending with the goal it serves is work (its items
                              # without a clause were dropped: 目标 read as the chapter's whole title)
                              ("一、聚焦重点领域，确保完成年度目标", [("（一）", ["县住建局"]), ("（二）", [])]),
                              ("一、2025年主要目标", [("（一）", ["县住建局"])])):
        f.write_text(f"XX县城市更新实施方案\n\n{chapter}\n{items}", encoding="utf-8")
        plan = extract_file(f)
        assert [(t.number, [m.text for m in t.mentions]) for t in plan.tasks] == expected, chapter


def test_a_collective_a_unit_helps_names_nobody_and_is_never_cut(tmp_path):
    """…，配合县直有关部门做好…: a collective helped names nobody, in a duty statement and in an
    item under a unit's heading (was 县直有关部, the collective cut at 部 to a unit of its own, and
    since 3d00672 a lead); a named body helped leads its part, a collective worked with
    (会同县直相关部门) supports, its name whole."""
    f = tmp_path / "a.txt"
    f.write_text("某县安全生产专项整治成员单位职责分工\n\n一、成员单位职责\n"
                 "1.县交通局：负责道路运输安全，配合县级有关部门开展联合执法。\n"
                 "2.县商务局：负责成品油市场管理，配合县委宣传部做好宣传。\n"
                 "3.县农业农村局：负责渔船安全，会同县直相关部门开展检查。\n", encoding="utf-8")
    assert [[(m.text, m.role) for m in t.mentions] for t in extract_file(f).tasks] == [
        [("县交通局", L)], [("县商务局", L), ("县委宣传部", L)], [("县农业农村局", L), ("县直相关部门", S)],
    ]
    f.write_text("某县2024年农村人居环境整治工作方案\n\n一、重点任务\n（一）县住建局\n"
                 "1.开展农房安全排查，配合县直有关部门做好危房改造。\n", encoding="utf-8")
    assert [[(m.text, m.role) for m in t.mentions] for t in extract_file(f).tasks] == [[("县住建局", L)]]


def test_closing_start():
    from respgraph.structure.meta import closing_start

    body = "一、主要任务\n1.开展排查。（牵头单位：县应急局）\n"
    for tail in ("\n宁乡县人民政府办公室\n2026年3月5日\n", "\n宁乡县人民政府办公室    2026年3月5日\n（此件公开发布）\n",
                 "\n出席：王某、李某\n列席：县政府办公室、县发改局、县财政局主要负责同志\n",
                 "\n宁乡县人民政府办公室                   2026年7月4日印发\n", "\n宁乡县人民政府督查室\n2026年3月5日\n"):
        text = body + tail
        assert closing_start(text, len(text)) == len(body) + 1, tail
    # a signature with no date under it, a date alone, a deadline cell after a unit's (a table one
    # cell a line), a label's units on lines of their own, a working group's 参加单位：
    for tail in ("\n宁乡县人民政府办公室\n", "\n2026年3月5日\n", "\n宁乡县水利局\n2026年12月31日前\n",
                 "责任单位：\n宁乡县水利局\n宁乡县财政局\n2026年12月31日\n", "参加单位：县财政局、县公安局\n"):
        text = body + tail
        assert closing_start(text, len(text)) == len(text), tail


@pytest.mark.parametrize("number", ["1.", "2．", "（三）", "三、", "①", "一是"])
def test_an_item_written_as_one_sentence_reads_after_its_number(number):
    """1.由A负责…，B配合。 / （三）A牵头…，B配合。: the item's number is no part of its first unit
    (1.由县农业农村局 was read as one, and the clause failed; 一是 was kept in the unit's name)."""
    for body, expected in (
        ("由县农业农村局负责完善高标准农田管护机制，县财政局配合。", [("县农业农村局", L), ("县财政局", S)]),
        ("县住建局牵头开展城镇燃气安全排查整治，县消防救援大队配合。", [("县住建局", L), ("县消防救援大队", S)]),
        ("由县民政局牵头负责养老服务设施建设。", [("县民政局", L)]),
        # (the number is no part of the lead either: was （五）县委宣传部)
        ("县委宣传部牵头，县融媒体中心配合，开展秸秆禁烧宣传。", [("县委宣传部", L), ("县融媒体中心", S)]),
        ("县教育局牵头，县卫健委配合。", [("县教育局", L), ("县卫健委", S)]),
        ("由县水利局牵头，各乡镇配合。", [("县水利局", L), ("各乡镇", S)]),
    ):
        text = f"一、重点任务\n{number}{body}"
        (c,) = find_clauses(text)
        assert [(m.text, m.role) for m in c.mentions] == expected, text
        assert c.raw == body.rstrip("。")
    # near misses: 由点到面 / 由于 / a principle stay prose after a number as without one
    for body in ("由点到面推进智慧教育示范校建设，逐步覆盖全区中小学。", "由于历史原因，部分老旧小区配套设施不全。",
                 "由政府主导、社会参与，推进普惠托育服务体系建设。"):
        assert find_clauses(f"一、重点任务\n{number}{body}") == [], body


def test_title_only_items_at_the_end_are_tasks_and_other_matters_stay_none(tmp_path):
    head = "XX镇2024年森林防火工作要点\n\n一、主要任务\n1.开展火源管控。严管野外用火。（镇林业站负责，各村委会配合）\n"
    f = tmp_path / "a.txt"
    for tail in ("2.加强巡护值守\n", "2.加强巡护值守\n二、工作要求\n各单位要高度重视，确保各项任务落到实处。\n",
                 "2.加强巡护值守\n\nXX镇人民政府\n2024年3月1日\n"):
        f.write_text(head + tail, encoding="utf-8")
        plan = extract_file(f)
        assert [(t.number, t.title, t.flags) for t in plan.tasks] == [("1", "开展火源管控", []), ("2", "加强巡护值守", ["no_clause"])], tail
    # a title naming no work, or a list of bare titles (phases), stays none
    for tail in ("2.其他事项\n", "2.工作要求\n", "二、工作步骤\n（一）动员部署阶段\n（二）集中整治阶段\n（三）总结验收阶段\n"):
        f.write_text(head + tail, encoding="utf-8")
        assert [t.title for t in extract_file(f).tasks] == ["开展火源管控"], tail


def test_minutes_directives_only_after_the_meeting_directs():
    from respgraph.grammar.directives import directive_clauses

    def read(text):
        return [[(m.text, m.role) for m in c.mentions] for c in find_clauses(text)]

    # one clause per directive: 会议要求，A要…；B要… (and ，-parts opening a unit's 要)
    assert read("会议要求，市住建局要加快项目前期工作，确保6月底前全部开工；市财政局要做好资金保障。") == [
        [("市住建局", L), ("市财政局", L)]]
    # … guidance as a unit's whole duty after another unit's duty ((要)加强督促指导 / 加强业务指导)
    # guides the work the other does: a support, as in a plan's clause (was a lead with 要, and
    # without 要 the unit was lost in the duty before it); alone it is the unit's own duty
    assert read("会议明确，县热力公司要提前做好设备检修，县住建局要加强督促指导。") == [[("县热力公司", L), ("县住建局", S)]]
    assert read("会议要求，各乡镇要做好秸秆禁烧工作，县生态环境局要加强指导。") == [[("各乡镇", L), ("县生态环境局", S)]]
    assert read("会议要求，各区政府要压实属地责任，加快推进改造进度，市住建局加强督促指导。") == [
        [("各区政府", L), ("市住建局", S)]]
    assert read("会议明确，市城管执法委负责主次干道管网清淤；各区政府负责背街小巷排水设施清疏，市住建局加强督促指导。") == [
        [("市城管执法委", L), ("各区政府", L), ("市住建局", S)]]
    assert read("会议要求，各乡镇要落实属地责任，县农业农村局加强业务指导。") == [[("各乡镇", L), ("县农业农村局", S)]]
    assert read("会议要求，县市场监管局要加强指导。") == [[("县市场监管局", L)]]
    assert read("会议要求，县市场监管局加强督促指导。") == [[("县市场监管局", L)]]
    # (加强指导 opening a longer duty is the unit's own work: 县教育局要加强指导学校…)
    assert read("会议要求，各乡镇要做好秸秆禁烧工作，县教育局要加强指导各学校开展宣传。") == [[("各乡镇", L), ("县教育局", L)]]
    assert read("会议同意，市财政局要加快补助资金拨付；各区政府要落实配套资金。") == [[("市财政局", L), ("各区政府", L)]]
    # a clause the grammar reads keeps its reading; the 要-duty beside it is one of its own
    assert read("会议决定，由区发改局牵头，区审批局配合，出台若干措施；区市场监管局要配合做好收费清理。") == [
        [("区发改局", L), ("区审批局", S)], [("区市场监管局", S)]]
    # A要…，配合B做好… / A要协助B…: B leads the part A helps with (was left out); a collective
    # helped names nobody more
    assert read("会议要求，县公安局要加强道路巡逻，配合县交通运输局做好运输保障；县卫健局要做好医疗保障。") == [
        [("县公安局", L), ("县交通运输局", L), ("县卫健局", L)]]
    assert read("会议要求，县住建局要协助县市场监管局做好燃气具质量监管。") == [[("县住建局", S), ("县市场监管局", L)]]
    assert read("会议要求，县住建局要积极配合有关部门做好燃气具质量监管。") == [[("县住建局", S)]]
    # 由A负责… in a directive: 由 is no part of A, a body named without its place (was 由城市管理办公室)
    assert read("会议决定，由城市管理办公室负责组织开展春季环境卫生集中整治，综合执法大队做好配合；各社区要发动志愿者参与。") == [
        [("城市管理办公室", L), ("综合执法大队", S)], [("各社区", L)]]
    # 会议原则同意… (a 常务会议's decision on what it examined) opens a directive: the places' 要 after
    # the lead's clause is their duty (was lost)
    assert read("会议原则同意该办法，由县农业农村局会同县财政局修改完善后印发实施。各乡镇（街道）要落实属地管理责任。") == [
        [("县农业农村局", L), ("县财政局", S)], [("各乡镇（街道）", L)]]
    # 要联合推进… acts together: no partner named after 联合 (was a support 推进网格员队)
    assert read("会议强调，区民政局要联合推进网格员队伍整合。") == [[("区民政局", L)]]
    # a unit's aid to the lead's work (B、C给予技术支持 / B提供用地保障 / B予以资金保障) supports it
    # (was left out, the lead alone)
    assert read("会议要求，县教育局要在4月底前完成校舍安全隐患排查，县住建局、县应急管理局给予技术支持。") == [
        [("县教育局", L), ("县住建局", S), ("县应急管理局", S)]]
    assert read("会议要求，县教育局要完成排查，县自然资源局提供用地保障；县财政局予以资金保障。") == [
        [("县教育局", L), ("县自然资源局", S), ("县财政局", S)]]
    # … what the aid goes to may stand before it (B对需要改造的校舍予以资金支持)
    assert read("会议要求，县教育局要完成校舍排查；县财政局对需要改造的校舍予以资金支持。") == [
        [("县教育局", L), ("县财政局", S)]]
    # a label states the paragraph's units: the directives are left to it
    assert read("会议要求，县水利局要立即组织排查；县财政局要统筹安排资金。（责任单位：县水利局，配合单位：县财政局）") == [
        [("县水利局", L), ("县财政局", S)]]
    # near misses: no directive (heard, said, found; another meeting's), nobody named, checking
    for text in ("各部门要按职责做好相关工作；县住建局要加强督导。", "会议指出，市住建局要加快进度。",
                 "会议听取了市住建局关于老旧小区改造的汇报，市住建局要加快进度。", "会议要求，各部门要高度重视，密切配合。",
                 "按照市委常委会会议要求，县住建局要加快推进。", "会议强调，市政府督查室要对上述议定事项进行跟踪督办。",
                 "会议认为，县财政局要加大投入。", "会议要求，对市住建局要加强考核。",
                 "会议强调，各级领导干部要提高政治站位，广大党员干部要带头落实。",
                 # everyone: a collective of every department or level names nobody either
                 "会议要求，全县各级各部门要提高认识。", "会议要求，县直各部门要积极配合。",
                 "会议要求，各有关部门和单位要加强协作。", "会议要求，各级党委政府要扛起责任。",
                 # aid asked of everyone, or reported: nobody given work
                 "会议要求，各有关部门要给予大力支持。", "会议要求，各有关单位给予支持。",
                 "会议听取了市住建局关于老旧小区改造的汇报，市财政局给予了资金支持。",
                 # guidance without 要 said, or asked of everyone
                 "会议指出，各区要强化隐患排查，市应急管理局加强督促指导。", "会议要求，各部门加强督促指导。"):
        assert find_clauses(text) == [], text
        assert directive_clauses(text, 0, len(text), []) == [], text
    # people (…干部) are no unit beside one that is (were the lead 各级领导干部)
    assert read("会议强调，各级领导干部要提高政治站位，县应急局要加强安全检查。") == [[("县应急局", L)]]
    # a collective of places of one kind is named: the districts' governments are told to act
    assert read("会议要求，各区人民政府要落实属地责任。") == [[("各区人民政府", L)]]
    # A会同B… without 要 after the directive: A leads, B works with it, as A要会同B… (was no
    # clause: the matter's units lost); a collective or what the meeting heard stays as it was
    assert read("会议要求，区工业园区管委会会同区发改局、区商务局抓紧开展项目前期工作。") == [
        [("区工业园区管委会", L), ("区发改局", S), ("区商务局", S)]]
    assert read("会议要求，区水务局会同区财政局抓紧开展前期工作；区住建局要做好管网改造。") == [
        [("区水务局", L), ("区财政局", S)], [("区住建局", L)]]
    for text in ("会议要求，各部门会同区财政局抓紧开展前期工作。", "会议听取了区水务局会同区财政局开展前期工作的汇报。",
                 "会议指出，区水务局会同区财政局开展了前期工作。", "会议审议了区水务局会同区财政局起草的实施方案。"):
        assert find_clauses(text) == [], text
    # A统筹安排… without 要 after the directive: A's duty, as A要统筹安排… (was lost, the units after
    # it read alone); 统筹 inside a name stays the name's
    assert read("会议要求，市发改委统筹安排项目资金；各区政府要按照“谁受益、谁出资”的原则落实资本金。") == [
        [("市发改委", L), ("各区政府", L)]]
    assert read("会议要求，市城乡统筹办要做好规划衔接；市财政局要做好资金保障。") == [[("市城乡统筹办", L), ("市财政局", L)]]


def test_numbered_directives_are_one_clause_each_without_their_numbers():
    """会议要求： over lines numbered （一） / 一、 / 1.: each line is an item of its own, its unit named
    without its number (were one clause on the first item, its units （一）县商务局 / （二）县发改局)."""
    for a, b in (("（一）", "（二）"), ("一、", "二、"), ("1.", "2.")):
        text = f"会议要求：\n{a}县商务局要加快项目洽谈；\n{b}县发改局要做好项目储备。"
        assert [[(m.text, m.role) for m in c.mentions] for c in find_clauses(text)] == [
            [("县商务局", L)], [("县发改局", L)]], a
    # unnumbered lines stay one directive's clause
    text = "会议要求：\n县商务局要加快项目洽谈；\n县发改局要做好项目储备。"
    assert [[m.text for m in c.mentions] for c in find_clauses(text)] == [["县商务局", "县发改局"]]


def test_a_directive_heading_and_its_later_sentences():
    """二、会议要求 standing as a heading over numbered lines directs as 会议要求： does (the lines were
    lost); after a directive, the sentences giving a unit its part without 要 (A负责… / A做好… /
    A要配合…) name it (were unread)."""
    def read(text):
        return [[(m.text, m.role) for m in c.mentions] for c in find_clauses(text)]

    for head in ("二、会议要求", "会议要求", "（二）会议议定事项", "会议议定事项如下："):
        text = f"{head}\n（一）区城管局要加强背街小巷整治。\n（二）区交警大队要加强交通秩序整治。"
        assert read(text) == [[("区城管局", L)], [("区交警大队", L)]], head
    assert read("会议要求，县住建局要加快推进项目前期工作。县城投公司负责项目融资。县供电公司要配合做好电力接入。") == [
        [("县住建局", L), ("县城投公司", L), ("县供电公司", S)]]
    # a later sentence helping a named unit (B配合A做好…) reads as B要配合A做好… does: A leads the
    # part B helps with
    assert read("会议要求，县住建局要加快推进项目前期工作。县供电公司配合县自然资源局做好用地报批。") == [
        [("县住建局", L), ("县供电公司", S), ("县自然资源局", L)]]
    # a matter opening with the directive after its number (一、会议强调，A要…。B负责…)
    assert read("一、会议强调，旗自然资源局要牵头制定年度计划。旗林业和草原局负责植被恢复。") == [
        [("旗自然资源局", L), ("旗林业和草原局", L)]]
    # (a sentence the grammar reads itself keeps its reading, a clause of its own)
    assert read("会议强调，市林业局要加强巡护。市应急管理局做好扑火物资储备，市气象局协助做好火险预报。") == [
        [("市林业局", L)], [("市应急管理局", L), ("市气象局", S)]]
    # near misses: a heading that directs nothing, a unit's report, what a unit answers for (负责的…),
    # and nobody named
    for text in ("二、会议指出\n（一）区城管局要加强背街小巷整治。", "一、会议指出，县住建局要加快进度。", "加强监管，会议强调，县住建局要加快进度。", "会议议定事项\n区城管局在汇报中提出，要加强整治。",
                 "会议要求，县住建局负责的项目要加快推进。", "会议要求，各部门负责做好宣传。",
                 "会议听取了县统计局的汇报。县发展改革局在汇报中提出，要加强重点项目调度。"):
        assert read(text) == [], text


def test_a_directive_reads_after_what_opens_it():
    """会议要求 (minutes) directs, as 指出/据了解 (reported speech) do not: the units after it read."""
    (c,) = find_clauses("会议要求，由县教育局牵头，县卫健委配合。")
    assert [(m.text, m.role) for m in c.mentions] == [("县教育局", L), ("县卫健委", S)]
    assert c.raw == "由县教育局牵头，县卫健委配合"


def test_html_notice_with_clauses_and_a_rowspan_table():
    plan = extract_file(WORDINGS / "notice-page-with-table.html")
    assert _facts(plan) == [
        ("（一）", "推进城镇污水处理提质增效", [("市住建局", L, EX), ("市发展改革委", S, EX), ("市财政局", S, EX)]),
        ("（二）", "加强工业废水治理", [("市生态环境局", L, FL), ("市工业和信息化局", S, EX)]),
        # 市生态环境局 spans two rows (rowspan): it leads both
        ("1", "开展入河排污口排查", [("市生态环境局", L, TB), ("市水利局", S, TB)]),
        ("2", "推进工业园区污水管网建设", [("市生态环境局", L, TB), ("市工业和信息化局", S, TB)]),
    ]
    _check_spans(plan)
    # the item before the table does not run into it: the table's deadlines are the rows' own
    assert plan.tasks[1].deadlines == []
    assert [[d.text for d in t.deadlines] for t in plan.tasks[2:]] == [["2023年9月底前"], ["2023年12月底前"]]


def test_big5_traditional_file(tmp_path):
    text = (WORDINGS / "traditional.txt").read_text(encoding="utf-8")
    path = tmp_path / "big5.txt"
    path.write_bytes(text.encode("big5"))
    plan = extract_file(path)
    assert plan.document.encoding == "big5"
    assert _facts(plan) == EXPECTED["traditional.txt"]


def test_space_table_row_whose_task_text_holds_a_double_space(tmp_path):
    path = tmp_path / "spaces.txt"
    path.write_text(
        "XX区重点任务分工\n\n序号  重点任务  牵头单位  配合单位  完成时限\n"
        "1  加强非道路移动机械管控。开展  编码登记  区生态环境局  区住建局、区交通运输局  2023年12月底前\n",
        encoding="utf-8",
    )
    plan = extract_file(path)
    assert _facts(plan) == [
        ("1", "加强非道路移动机械管控", [("区生态环境局", L, TB), ("区住建局", S, TB), ("区交通运输局", S, TB)])]
    assert plan.tasks[0].text.endswith("编码登记")


def test_blank_between_units_is_kept_only_after_a_unit_label():
    text = _plan("space-separated-units.txt").tasks[0].text
    assert "县发改局县财政局要加大投入" in text  # narrative: the OCR blank is removed
    assert "县财政局 县人社局 县住建局" in text


def _wrapped_spans_ok(plan):
    """A name wrapped over two lines (市财 / 政局) spans from its first piece to its last."""
    text = plan.document.text
    for t in plan.tasks:
        for m in t.mentions:
            written = text[m.span.start : m.span.end]
            assert written[0] == m.text[0] and written[-1] == m.text[-1], (m.text, written)


def test_space_table_cells_wrapped_onto_the_next_line(tmp_path):
    # a table copied from a PDF, columns apart by blanks: a cell too long for its column goes on
    # on the next line, in the same column (lined up in screen columns, a Chinese character two)
    f = tmp_path / "wrapped.txt"
    f.write_text(
        "XX市2024年水污染防治重点任务分工表\n\n"
        "序号  重点任务                        牵头单位          配合单位              完成时限\n"
        "1     推进城镇污水处理提质增效，新    市住房城乡建设局  市发展改革委、市财    2024年12月底前\n"
        "      建污水管网60公里。                                政局\n"
        "2     推进公共文化服务体系建设        市文化广电旅游局  各县（市、区）人民政  2024年底\n"
        "                                      市财政局          府\n"
        "3     加强入河排污口监管              市生态环境局      市水务局              长期坚持\n"
        "    各有关单位要按照任务分工，细化工作措施，确保各项任务按时完成，并于每季度末报送工作进展情况。\n",
        encoding="utf-8")
    plan = extract_file(f)
    assert _facts(plan) == [
        ("1", "推进城镇污水处理提质增效，新建污水管网60公里",
         [("市住房城乡建设局", L, TB), ("市发展改革委", S, TB), ("市财政局", S, TB)]),
        # two whole names on two lines are two units
        ("2", "推进公共文化服务体系建设",
         [("市文化广电旅游局", L, TB), ("市财政局", L, TB), ("各县（市、区）人民政府", S, TB)]),
        ("3", "加强入河排污口监管", [("市生态环境局", L, TB), ("市水务局", S, TB)]),
    ]
    assert [[d.text for d in t.deadlines] for t in plan.tasks] == [["2024年12月底前"], ["2024年底"], ["长期坚持"]]
    assert plan.tasks[0].text == "推进城镇污水处理提质增效，新建污水管网60公里。"
    assert "每季度末" not in plan.tasks[2].text  # the paragraph after the table is no cell
    _wrapped_spans_ok(plan)


def test_tab_table_cells_wrapped_and_a_number_merged_over_two_rows(tmp_path):
    f = tmp_path / "tabs.txt"
    f.write_text(
        "XX县2024年水污染防治重点任务分工\n\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
        "1\t推进城镇污水处理提质增效\t县住房城乡建设局\t县发展改革局、县财\t2024年底前\n"
        "\t\t\t政局\t\n"
        "2\t加强饮用水水源地规范化\t县生态环境局\t县水利局\t2024年10月\n"
        "\t建设\t\t\t底前\n"
        # near miss: a row of its own whose number cell was merged with the row above's
        "\t推进农村黑臭水体治理\t县生态环境局\t县农业农村局\t2024年底前\n",
        encoding="utf-8")
    plan = extract_file(f)
    assert _facts(plan) == [
        ("1", "推进城镇污水处理提质增效", [("县住房城乡建设局", L, TB), ("县发展改革局", S, TB), ("县财政局", S, TB)]),
        ("2", "加强饮用水水源地规范化建设", [("县生态环境局", L, TB), ("县水利局", S, TB)]),
        ("", "推进农村黑臭水体治理", [("县生态环境局", L, TB), ("县农业农村局", S, TB)]),
    ]
    assert [[d.text for d in t.deadlines] for t in plan.tasks] == [["2024年底前"], ["2024年10月底前"], ["2024年底前"]]
    _wrapped_spans_ok(plan)


def test_txt_table_copied_one_cell_per_line(tmp_path):
    # a table copied out of a PDF viewer into a .txt: every cell on a line of its own, a long
    # one wrapped; rows are put back as for a PDF's text layer
    f = tmp_path / "stream.txt"
    f.write_text(
        "XX市“无废城市”建设工作方案任务分工表\n序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
        "1\n推进“无废城市”建设\n市生态环境局\n市发展改革委、市住房城\n乡建设局\n2025年底前\n"
        "2\n加强危险废物监管\n市生态环境局\n市公安局、市交通运输局\n长期坚持\n", encoding="utf-8")
    plan = extract_file(f)
    assert _facts(plan) == [
        ("1", "推进“无废城市”建设", [("市生态环境局", L, TB), ("市发展改革委", S, TB), ("市住房城乡建设局", S, TB)]),
        ("2", "加强危险废物监管", [("市生态环境局", L, TB), ("市公安局", S, TB), ("市交通运输局", S, TB)]),
    ]
    assert [[d.text for d in t.deadlines] for t in plan.tasks] == [["2025年底前"], ["长期坚持"]]
    _check_spans(plan)


def test_one_line_header_over_rows_a_line_is_no_cell_stream(tmp_path):
    # near miss of table-pdf-rows-wrapped-under-one-line-header: a header on one line, one blank
    # between its labels, over rows written one a line (the row's cells on its line): read as rows
    # of a blank-separated table, each row its own units, as before
    f = tmp_path / "rows.txt"
    f.write_text(
        "序号 重点任务 牵头单位 配合单位 完成时限\n"
        "1 推进化肥减量增效 市农业农村局 市生态环境局 2023年底\n"
        "2 加强畜禽养殖污染防治 市农业农村局 市生态环境局、市供销社 2023年底\n", encoding="utf-8")
    plan = extract_file(f)
    assert _facts(plan) == [
        ("1", "推进化肥减量增效", [("市农业农村局", L, TB), ("市生态环境局", S, TB)]),
        ("2", "加强畜禽养殖污染防治", [("市农业农村局", L, TB), ("市生态环境局", S, TB), ("市供销社", S, TB)]),
    ]


def test_a_contacts_header_ends_a_tab_table_without_an_attachment_mark(tmp_path):
    # table-then-contacts-list without its 附件2 line: the list's title is passed over as a group row,
    # and its header (单位 | 姓名 | 职务 | 手机: two contact labels) ends the table, its people no units
    f = tmp_path / "contacts.txt"
    f.write_text(
        "序号\t问题\t整改措施\t牵头单位\t责任部门\t整改时限\n"
        "1\t部分乡镇生活污水直排\t完成5个乡镇污水管网建设\t县生态环境局\t县住建局\t2025年12月底前\n\n"
        "整改工作联络员名单\n\n单位\t姓名\t职务\t手机\n"
        "县住建局\t马晓东\t办公室主任\t13909111234\n县生态环境局\t冯亮\t综合股股长\t13892015678\n", encoding="utf-8")
    plan = extract_file(f)
    assert _facts(plan) == [("1", "部分乡镇生活污水直排", [("县生态环境局", L, TB), ("县住建局", S, TB)])]


def test_table_cell_with_two_names_run_together(tmp_path):
    # a PDF cell's lines joined with nothing between them: 市生态环境局市水务局 is two units;
    # near misses: 社区 is one word (各社区居委会 stays whole), a cut leaving one character is none
    f = tmp_path / "glued.txt"
    f.write_text(
        "序号\t重点任务\t牵头单位\t配合单位\n"
        "1\t加强饮用水水源地保护\t市生态环境局市水务局\t县委县政府\n"
        "2\t推进垃圾分类进社区\t市城市管理局\t各社区居委会、市中心区\n", encoding="utf-8")
    plan = extract_file(f)
    assert _facts(plan) == [
        ("1", "加强饮用水水源地保护", [("市生态环境局", L, TB), ("市水务局", L, TB), ("县委", S, TB), ("县政府", S, TB)]),
        ("2", "推进垃圾分类进社区", [("市城市管理局", L, TB), ("各社区居委会", S, TB), ("市中心区", S, TB)]),
    ]
    _check_spans(plan)


def test_item_number_run_into_the_last_unit(tmp_path):
    # a page scraped with its line breaks lost: the next item's number follows the last name of
    # a list with nothing between (绵阳海关6.推进… / 各成员单位3.落实… / 各社区4．…, the list's
    # label itself run into the lead before it); near miss: a number inside a name (市第1人民医院)
    f = tmp_path / "flat.txt"
    f.write_text(
        "一、重点任务1.发展现代物流产业。培育国家骨干冷链物流基地。责任单位：市发展改革委、市商务局、绵阳海关"
        "2.落实部门监管责任。消除监管盲区。责任单位：县安委会各成员单位3.深化网格化管理。优化网格设置。"
        "牵头科室：基层社会治理综合信息指挥室配合单位：各社区4．加强医疗保障。完善急救网络。"
        "牵头单位：市卫健委；配合单位：市第1人民医院、市医保局5.加强宣传。开展主题活动。责任单位：市委宣传部\n",
        encoding="utf-8")
    plan = extract_file(f)
    assert _facts(plan) == [
        ("1", "发展现代物流产业", [("市发展改革委", L, FL), ("市商务局", S, EX), ("绵阳海关", S, EX)]),
        ("2", "落实部门监管责任", [("县安委会各成员单位", L, FL)]),
        ("3", "深化网格化管理", [("基层社会治理综合信息指挥室", L, EX), ("各社区", S, EX)]),
        ("4", "加强医疗保障", [("市卫健委", L, EX), ("市第1人民医院", S, EX), ("市医保局", S, EX)]),
        ("5", "加强宣传", [("市委宣传部", L, FL)]),
    ]
    _check_spans(plan)


def test_one_line_page_without_a_preamble_keeps_its_items(tmp_path):
    # a page flattened onto one line whose title runs straight into 一、 (was one paragraph, no
    # task), its items' numbers run into the unit list before them, past the list's semicolon
    f = tmp_path / "flat.txt"
    f.write_text(
        "北京市海淀区人民政府办公室关于印发《海淀区2024年老旧小区综合整治工作要点》的通知海政办发〔2024〕3号"
        "各街道办事处：现将工作要点印发给你们，请认真贯彻落实。北京市海淀区人民政府办公室2024年2月2日"
        "海淀区2024年老旧小区综合整治工作要点一、工作任务（1）推动老旧小区改造项目开工。全年新开工项目40个。"
        "责任单位：区住房城乡建设委（牵头）；区发展改革委、各街道办事处（2）推进加装电梯。全年完成加装电梯100部。"
        "责任单位：区住房城乡建设委（牵头）；区市场监管局二、工作要求各单位要加强协调配合。\n", encoding="utf-8")
    plan = extract_file(f)
    assert _facts(plan) == [
        ("（1）", "推动老旧小区改造项目开工", [("区住房城乡建设委", L, EX), ("区发展改革委", S, EX), ("各街道办事处", S, EX)]),
        ("（2）", "推进加装电梯", [("区住房城乡建设委", L, EX), ("区市场监管局", S, EX)]),
    ]
    _check_spans(plan)
    # near miss: 方案 in a sentence before 一、二季度 (two quarters) opens no chapter
    from respgraph.structure.blocks import build_blocks

    t = "某县2024年工作方案\n为做好工作，各乡镇要制定工作方案一、二季度完成摸底排查。\n一、总体要求\n坚持问题导向。\n"
    assert [b.number for b in build_blocks(t, 0, len(t)) if b.number] == ["一、"]


def test_one_line_page_names_its_sender_and_place(tmp_path):
    # a cover letter run onto one line with the page's furniture: its sender is read from before
    # 关于印发 (was none, and the plan's 市 bodies had no city)
    f = tmp_path / "page.txt"
    f.write_text(
        "首页 > 政务公开 > 政府文件【字体：大 中 小】 打印本页 关闭窗口来源：绵阳市人民政府办公室  发布时间：2024-04-08"
        "绵阳市人民政府办公室关于印发《绵阳市2024年工作要点》的通知绵府办函〔2024〕21号各县（市、区）人民政府："
        "现印发给你们，请认真抓好贯彻落实。绵阳市2024年工作要点一、重点任务1.推进项目建设。全年开工项目50个。"
        "责任单位：市发展改革委、市财政局扫一扫在手机打开当前页打印本页关闭窗口\n", encoding="utf-8")
    plan = extract_file(f)
    assert (plan.meta.issuers, plan.meta.jurisdiction) == (["绵阳市人民政府办公室"], "绵阳市")
    assert _facts(plan) == [("1", "推进项目建设", [("市发展改革委", L, FL), ("市财政局", S, EX)])]
    # a joint letter's two senders written together: both, and the town they name
    g = tmp_path / "joint.txt"
    g.write_text(
        "中共湄潭县永兴镇委员会湄潭县永兴镇人民政府关于印发《永兴镇2024年重点工作任务清单》的通知永党发〔2024〕3号"
        "各村（居）党组织：现将清单印发给你们，请抓好落实。永兴镇2024年重点工作任务清单一、重点任务（1）开展监测排查。"
        "确保不发生规模性返贫。牵头单位：镇乡村振兴工作站；配合单位：镇民政办\n", encoding="utf-8")
    plan = extract_file(g)
    assert (plan.meta.issuers, plan.meta.jurisdiction) == (["中共湄潭县永兴镇委员会", "湄潭县永兴镇人民政府"], "永兴镇")


def test_cell_stream_table_with_a_two_character_deadline(tmp_path):
    # a table copied out of a PDF viewer one cell a line: 长期 is a whole deadline cell (was
    # joined to the 配合 cell before it, which then took the lead's cell and the lead the task's
    # last line); near miss: 底 after 2024年12月 still joins it
    f = tmp_path / "cells.txt"
    f.write_text(
        "附件\n某区2024年重点工作任务分工表\n序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
        "1\n加快绿色低碳转型，新增分布式光伏\n装机10万千瓦\n园区经发委\n园区规建委、园区国资办\n2024年12月\n底\n"
        "2\n推进生活垃圾分类，居民小区分类覆\n盖率保持100%\n园区城市服务中心\n各街道（社工委）、园区综合执\n法局\n长期\n",
        encoding="utf-8")
    plan = extract_file(f)
    assert _facts(plan) == [
        ("1", "加快绿色低碳转型，新增分布式光伏装机10万千瓦", [("园区经发委", L, TB), ("园区规建委", S, TB), ("园区国资办", S, TB)]),
        ("2", "推进生活垃圾分类，居民小区分类覆盖率保持100%",
         [("园区城市服务中心", L, TB), ("各街道（社工委）", S, TB), ("园区综合执法局", S, TB)]),
    ]
    assert [[d.text for d in t.deadlines] for t in plan.tasks] == [["2024年12月底"], ["长期"]]


def test_layout_table_with_a_unit_cut_inside_its_name(tmp_path):
    # a PDF table as pdftotext -layout gives it: a unit cell wrapped inside its bracket (园区党群工作
    # / 部（宣传部）, 园区规建委（ / 水务局）): the line below is the rest of the row (was a row of
    # its own, with 部 / 水务局） as its lead). Lines without a number that open a row of their
    # own (after a whole name) are the other tests' near misses.
    f = tmp_path / "layout.txt"
    f.write_text(
        "序号    重点任务              牵头单位      配合单位          完成时限\n"
        "1       开展重点河湖生态修    园区规建委（  园区生态环境局、  2024年\n"
        "        复，金鸡湖水质稳定    水务局）      园区城市服务中心  12月底\n"
        "2       加强生态环境宣传教    园区党群工作  园区生态环境局、  2024年\n"
        "        育，开展主题活动      部（宣传部）  园区教育局        6月底\n"
        "3       推进生活垃圾分类      园区城市服务  各街道、园区综合  长期\n"
        "                              中心          执法局\n", encoding="utf-8")
    plan = extract_file(f)
    assert _facts(plan) == [
        ("1", "开展重点河湖生态修复，金鸡湖水质稳定", [("园区规建委", L, TB), ("园区生态环境局", S, TB), ("园区城市服务中心", S, TB)]),
        ("2", "加强生态环境宣传教育，开展主题活动", [("园区党群工作部", L, TB), ("园区生态环境局", S, TB), ("园区教育局", S, TB)]),
        ("3", "推进生活垃圾分类", [("园区城市服务中心", L, TB), ("各街道", S, TB), ("园区综合执法局", S, TB)]),
    ]


def test_layout_table_row_with_an_empty_cell(tmp_path):
    # pdftotext -layout: a row leaving 配合单位 empty has no blank run for it; its cells stand under
    # their columns (was the table's end: rows 2 and 3 lost), its continuation line too; near
    # miss: a note of two cells after the table (附  …) is no row
    f = tmp_path / "layout.txt"
    f.write_text(
        "序号    工作任务            牵头单位        配合单位            完成时限\n"
        "1       落实党政领导责任    县安委会办公室  县委组织部          2024年底\n"
        "2       落实部门监管责任    县安委会各成员                      长期\n"
        "                            单位\n"
        "3       落实企业主体责任    县应急管理局    县经信局、县住建    长期\n"
        "                                            局\n"
        "4       营造良好创建氛围    县融媒体中心                        2024年底\n"
        "附  各单位于每月5日前报送进展\n", encoding="utf-8")
    assert _facts(extract_file(f)) == [
        ("1", "落实党政领导责任", [("县安委会办公室", L, TB), ("县委组织部", S, TB)]),
        ("2", "落实部门监管责任", [("县安委会各成员单位", L, TB)]),
        ("3", "落实企业主体责任", [("县应急管理局", L, TB), ("县经信局", S, TB), ("县住建局", S, TB)]),
        ("4", "营造良好创建氛围", [("县融媒体中心", L, TB)]),
    ]


def test_space_table_rows_holding_a_stop_stay_rows(tmp_path):
    f = tmp_path / "stops.txt"
    f.write_text(
        "XX区2024年大气污染防治任务清单\n\n序号  重点任务  牵头单位  配合单位  完成时限\n"
        "1  推进燃煤锅炉淘汰。淘汰10蒸吨以下燃煤锅炉  区生态环境局  区市场监管局  2024年10月底前\n"
        "2  加强扬尘管控。落实“六个百分之百”  区住房城乡建设局  区城市管理局  长期\n",
        encoding="utf-8")
    assert _facts(extract_file(f)) == [
        ("1", "推进燃煤锅炉淘汰", [("区生态环境局", L, TB), ("区市场监管局", S, TB)]),
        ("2", "加强扬尘管控", [("区住房城乡建设局", L, TB), ("区城市管理局", S, TB)]),
    ]


def test_label_lines_under_a_section_are_no_heading():
    plan = _plan("section-label-lines.txt")
    assert [t.section for t in plan.tasks] == [["提升市容环境品质"]] * 2 + [["推进生活垃圾分类"]] * 2
    assert [h.title for h in plan.headings] == ["提升市容环境品质", "推进生活垃圾分类"]


def test_unnumbered_headings_over_restarting_items_are_siblings():
    plan = _plan("unnumbered-heading-labels.txt")
    assert [t.section for t in plan.tasks] == [["提升市容环境品质"]] * 2 + [["推进垃圾分类"]] * 2
    assert plan.meta.title == "XX区2023年城市管理工作要点"


def test_heading_clause_task_holds_its_items():
    task = _plan("heading-clause-with-items.txt").tasks[0]
    assert task.text.endswith("施划停车泊位2000个。")
    assert "1.整治占道经营" in task.text


def test_headed_item_task_holds_its_paragraphs():
    task = _plan("plan-headed-items.txt").tasks[0]
    assert task.text.endswith("实施中小河流治理，提高防洪标准。")
    assert task.flags == ["no_clause"] and task.section == ["主要任务", "完善防洪减灾体系"]


def test_single_spaced_table_with_a_leader_column(tmp_path):
    f = tmp_path / "list.txt"
    f.write_text("XX区重点任务清单\n\n序号 重点任务 责任领导 牵头单位 配合单位\n"
                 "1 推进老旧小区改造 王副区长 区住建局 区财政局、各街道办事处\n", encoding="utf-8")
    (task,) = extract_file(f).tasks
    assert (task.number, task.title) == ("1", "推进老旧小区改造")
    assert [(m.text, m.role) for m in task.mentions] == [("区住建局", "lead"), ("区财政局", "support"), ("各街道办事处", "support")]


def test_among_them_names_the_lead_of_a_duty_list():
    """（A、B按职责分工负责，其中A牵头）: A leads the task, B supports (其中 is not part of a name)."""
    t = "推进重点工作。（市公安局、市交通运输局按职责分工负责，其中市公安局牵头）"
    mentions = task_mentions(find_clauses(t), [])
    assert [(m.text, m.role) for m in mentions] == [("市公安局", "lead"), ("市交通运输局", "support")]


# --------------------------------------------------------------------------- duty statements

# (statement in a 职责分工 section, its mentions): the unit leads its duty; 配合/协助/参与 alone
# make it a supporter; a partner after 会同 supports the statement, one after 配合/协助 (the unit
# the statement helps) leads the part it is helped with
DUTY_STATEMENTS = [
    # a 兵团 division's 团场 and a county's state forest farm stating their duty (was no statement:
    # 场 closed no name)
    ("各团场：负责本团场城镇和连队居民住户供暖保障。", [("各团场", L, EX)]),
    ("县国有林场负责林区防火巡查工作。", [("县国有林场", L, EX)]),
    # 配合 before a word a station's name opens (保障站点供电): helping no body 保障站 (was read as one,
    # leading the task over the statement's own lead)
    ("市生态环境局牵头，国网昆山市供电公司配合保障站点供电。", [("市生态环境局", L, EX), ("国网昆山市供电公司", S, EX)]),
    ("县公安局配合昌宁派出所开展夜间巡查。", [("昌宁派出所", L, EX), ("县公安局", S, EX)]),
    ("县水利局负责河湖管理范围划定。", [("县水利局", L, EX)]),
    # a division of a bureau closing with 股 / 科 (as with 处: 市生态环境局大气处负责…; were none)
    ("县教育局安全股负责校园安全隐患排查。", [("县教育局安全股", L, EX)]),
    ("县教育局安全科负责学生安全教育。", [("县教育局安全科", L, EX)]),
    # 督促 opening the duty, as 负责督促; the places it sees to support
    ("县应急局督促企业落实安全生产主体责任。", [("县应急局", L, EX)]),
    ("县住建局督促各乡镇做好违建清理。", [("县住建局", L, EX), ("各乡镇", S, EX)]),
    # … and after 负责 written 指导督促 as 督促指导 (the places were lost: only 督促 / 督促指导 read)
    ("县住建局负责指导督促各乡镇做好违建清理。", [("县住建局", L, EX), ("各乡镇", S, EX)]),
    ("县住建局负责督促指导各乡镇做好违建清理。", [("县住建局", L, EX), ("各乡镇", S, EX)]),
    ("县应急局负责指导督促企业落实安全生产主体责任。", [("县应急局", L, EX)]),
    # … a named body seen to carries it out and supports, as in the clause (县政府督促县住建局抓好落实);
    # a business named with a place's word stays none (辖区企业)
    ("县政府督促县住建局抓好落实。", [("县政府", L, EX), ("县住建局", S, EX)]),
    ("县政府负责督促县住建局、县城管局做好违建清理。", [("县政府", L, EX), ("县住建局", S, EX), ("县城管局", S, EX)]),
    ("县应急局督促辖区企业落实安全生产主体责任。", [("县应急局", L, EX)]),
    # the basis the units act on opens the statement: read from its units (was no statement, or
    # 按照县委县政府部署 as the lead)
    ("按照县委县政府部署，各乡镇负责辖区排查，县应急局负责指导。", [("各乡镇", L, EX), ("县应急局", L, EX)]),
    ("根据市委市政府工作要求，县住建局负责在建工地排查，县应急局配合。", [("县住建局", L, EX), ("县应急局", S, EX)]),
    ("各乡镇人民政府对本辖区工作负总责，负责组织巡查。", [("各乡镇人民政府", L, EX)]),
    ("市城市管理局是全市生活垃圾分类工作的主管部门，负责组织协调。", [("市城市管理局", L, EX)]),
    ("县发展改革局、县财政局按照职责分工负责资金监管。", [("县发展改革局", L, FL), ("县财政局", S, EX)]),
    # … set against a supporting group, each unit of the list leads (was the first listed)
    ("县交通运输局、县财政局负责项目资金保障，县自然资源局配合。",
     [("县交通运输局", L, EX), ("县财政局", L, EX), ("县自然资源局", S, EX)]),
    ("县发改局、县住建局负责项目审批，各乡镇人民政府配合做好征地拆迁。",
     [("县发改局", L, EX), ("县住建局", L, EX), ("各乡镇人民政府", S, EX)]),
    ("县统计局配合做好数据核实工作。", [("县统计局", S, EX)]),
    ("县应急管理局、县公安局派员参加巡查。", [("县应急管理局", S, EX), ("县公安局", S, EX)]),
    ("县卫生健康委负责医疗服务监管，配合县医疗保障局查处违规行为。", [("县卫生健康委", L, EX), ("县医疗保障局", L, EX)]),
    ("县交通运输局配合县生态环境局做好柴油货车治理。", [("县生态环境局", L, EX), ("县交通运输局", S, EX)]),
    # the kind of duty the unit bears, then its work (was no statement: 各乡镇人民政府 had no task)
    ("各乡镇人民政府：落实属地管理责任，组建半专业扑火队伍。", [("各乡镇人民政府", L, EX)]),
    ("县市场监管局履行行业监管责任，组织开展专项检查。", [("县市场监管局", L, EX)]),
    # 牵头 then its work after a comma; 会同 naming its partner right after it (were no statement)
    ("镇信访办牵头，对信访积案实行包案化解。", [("镇信访办", L, EX)]),
    ("县公安局会同县市场监管局开展联合执法。", [("县公安局", L, EX), ("县市场监管局", S, EX)]),
    # a second unit sharing the duty after a comma leads its part (was dropped); 负责人 is no duty
    ("镇农业农村办公室负责统筹协调，各村（社区）负责日常保洁。", [("镇农业农村办公室", L, EX), ("各村（社区）", L, EX)]),
    ("县财政局负责资金保障，负责人要亲自抓。", [("县财政局", L, EX)]),
    # … one carrying out what the first answers for supports it, as in a bracket (（A负责统筹，B具体
    # 落实）; was dropped); a plan for the work (具体实施方案) names nobody
    ("区交通运输局负责统筹，各乡镇人民政府具体落实。", [("区交通运输局", L, EX), ("各乡镇人民政府", S, EX)]),
    ("区交通运输局负责统筹，各乡镇人民政府负责具体实施。", [("区交通运输局", L, EX), ("各乡镇人民政府", S, EX)]),
    ("区交通运输局负责道路建设，具体实施方案另行制定。", [("区交通运输局", L, EX)]),
    # a partner's whole name, not its head (were 县委 / 县发展改革委, or dropped: 县人社|局配合)
    ("县文明办负责统筹协调，县委宣传部配合做好宣传报道。", [("县文明办", L, EX), ("县委宣传部", S, EX)]),
    ("县文明办负责统筹协调，会同县委宣传部开展宣传。", [("县文明办", L, EX), ("县委宣传部", S, EX)]),
    ("县财政局负责资金保障，县人社局配合做好就业补贴。", [("县财政局", L, EX), ("县人社局", S, EX)]),
    ("县财政局负责资金保障，配合县发展改革委员会做好项目申报。", [("县财政局", L, EX), ("县发展改革委员会", L, EX)]),
    ("县财政局负责资金保障，县委办公室协助做好督查。", [("县财政局", L, EX), ("县委办公室", S, EX)]),
    ("县组织部负责统筹协调，县人社局（县医保局）配合做好相关工作。", [("县组织部", L, EX), ("县人社局", S, EX)]),
    # … and no more than the name: the committee's act, a bureau's 部署
    ("县财政局负责资金保障，会同县委研究部署。", [("县财政局", L, EX), ("县委", S, EX)]),
    ("县文明办负责统筹协调，会同县财政局部署开展宣传。", [("县文明办", L, EX), ("县财政局", S, EX)]),
    # schools (a town's 中心学校, 中学): their names close with 校 / 学 (was no statement)
    ("镇中心学校：负责对学生开展森林防火安全教育。", [("镇中心学校", L, EX)]),
    ("镇中心小学、镇中学：负责开展“小手拉大手”活动。", [("镇中心小学", L, FL), ("镇中学", S, EX)]),
    # a 督办通知's request (请A落实…) and 其中A负责…: neither word is part of the unit (was the
    # unit 请甘井子区政府, resolved to no agency)
    ("请甘井子区政府落实属地责任，组织街道加强路口周边秩序维护。", [("甘井子区政府", L, EX)]),
    ("其中县财政局负责资金拨付。", [("县财政局", L, EX)]),
]
# exhortations and near misses that stay prose even in a 职责分工 section
NOT_DUTY_STATEMENTS = [
    # a market is no body of the state
    "农贸市场负责落实进货查验制度。",
    # a collective urging; a field of study (各学科), no division
    "各部门要督促企业落实主体责任。",
    "各学科负责本学科教研。",
    "根据县委县政府要求，建立隐患排查整治台账。",
    "会议要求，各乡镇负责辖区排查。",
    "各乡镇、各部门要按照职责分工，抓好落实。",
    "县直有关部门要积极配合，形成合力。",
    "各成员单位要按照职责分工，各司其职，密切配合。",
    "县卫生健康委主要负责人为本单位第一责任人。",
    "县财政局负责。",
    "本办法由县河长制办公室负责解释。",
    "考核工作由县河长制办公室负责组织实施。",
    "各牵头单位负责制定具体实施方案。",
    "县林业局要加强督促检查。",
    "燃气经营企业对本企业燃气安全负主体责任。",
    # the duty alone, nothing to do after it; a duty of people, not of a body
    "各乡镇人民政府要落实属地管理责任。",
    "乡镇党政主要负责同志落实主体责任，亲自部署。",
    # a subject of study, no school
    "加强科学：负责任地推进研究。",
    # 牵头 with nothing to do after it
    "县住建局牵头。",
    # 请 before no unit: a request to report, a request for instructions
    "请于5月底前将办理情况报送县政府督查室。",
    "请示县政府同意后组织实施。",
]


@pytest.mark.parametrize("statement,expected", DUTY_STATEMENTS)
def test_duty_statement(statement, expected):
    from respgraph.responsibilities import duty_statement

    c = duty_statement(statement, 0, len(statement) - 1, True)
    assert c is not None and [(m.text, m.role, m.basis) for m in c.mentions] == expected
    assert all(c.span.start <= m.span.start and m.span.end <= c.span.end for m in c.mentions)


@pytest.mark.parametrize("statement", NOT_DUTY_STATEMENTS)
def test_not_duty_statement(statement):
    from respgraph.responsibilities import duty_statement

    assert duty_statement(statement, 0, len(statement) - 1, True) is None


def test_flattened_clause_ends_where_the_next_item_or_heading_begins():
    """Line breaks lost: a label's list ends before the next heading (…水生态环境科二、加强…), a
    bracket of bare names before the next item (…（市发展改革委）2.落实…)."""
    t = "2.持续改善水环境质量。责任单位：水生态环境科二、加强生态保护监管3.推进自然保护地监管。责任部门：自然生态保护科"
    assert [[(m.text, m.role, m.basis) for m in c.mentions] for c in find_clauses(t)] == [
        [("水生态环境科", L, FL)], [("自然生态保护科", L, FL)]]
    t = "1.全年实施重点项目300个以上。（市发展改革委）2.落实促进消费政策。（市商务局、市财政局）3.新增就业。"
    assert [[(m.text, m.role, m.basis) for m in c.mentions] for c in find_clauses(t)] == [
        [("市发展改革委", L, FL)], [("市商务局", L, FL), ("市财政局", S, EX)]]
    # near misses: a quantity after the bracket; numerals inside the list, not after a name
    assert find_clauses("1.推进建设。（市商务局）1.5万元用于奖补。") == []
    (c,) = find_clauses("1.推进建设。责任单位：县教育局、县一、二中")
    assert c.raw == "责任单位：县教育局、县一、二中"


PLACEHOLDER_SLOTS = ["见附件2", "详见附件", "见附表", "附件1所列单位", "待定", "另行明确", "无", "／"]


@pytest.mark.parametrize("slot", PLACEHOLDER_SLOTS)
def test_a_unit_slot_naming_nobody_is_flagged_not_an_agency(slot):
    # 责任单位：见附件2 was an agency 见附件2 leading the task; it names nobody: the clause stays
    # on the task, unparsed, with the slot in its problems
    text = f"推进重点工作，确保取得实效。（责任单位：{slot}）"
    (c,) = find_clauses(text)
    assert c.mentions == []
    assert not c.parsed
    assert f"no unit named: {slot}" in c.problems


def test_a_task_whose_units_are_in_an_annex_has_no_lead_and_is_flagged(tmp_path):
    plan = tmp_path / "安全生产实施方案.txt"
    plan.write_text(
        "某县安全生产专项整治实施方案\n\n一、重点任务\n"
        "（一）开展隐患排查。全面排查各类隐患。（责任单位：见附件2）\n"
        "（二）完善应急预案。（牵头单位：县应急局；配合单位：待定）\n",
        encoding="utf-8",
    )
    first, second = extract_file(plan).tasks
    assert first.mentions == [] and "unparsed_clause" in first.flags
    assert first.clauses[0].raw == "（责任单位：见附件2）"
    assert [(m.text, m.role) for m in second.mentions] == [("县应急局", "lead")]
    assert second.flags == []


def test_table_deadline_cells_without_a_year_take_the_plans(tmp_path):
    # 完成时限 cells of a year's task list (6月底前 / 三季度 / 年底前): the year of the plan's title
    path = _division_docx(
        tmp_path / "ledger.docx",
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
        [
            ["1", "推进钢铁行业超低排放改造", "市生态环境局", "市工业和信息化局", "6月底前"],
            ["2", "开展餐饮油烟专项整治", "市城管局", "市市场监管局", "年底前完成"],
            ["3", "推进城镇污水管网建设", "市住建局", "市水利局", "长期坚持"],
        ],
    )
    tasks = extract_file(path).tasks
    assert [[(d.text, d.year, d.month) for d in t.deadlines] for t in tasks] == [
        [("6月底前", 2023, 6)], [("年底前", 2023, 12)], [("长期坚持", None, None)],
    ]
# --------------------------------------------------------------------------- task ledgers (台账)


def test_ledger_source_and_category_columns_are_no_task(tmp_path):
    # 督查事项清单: 任务来源 (县委经济工作会议) names where a task comes from, 类别 what kind it
    # is; the task is the 督查事项; near miss: with no task-named column the text column is the task
    path = _division_docx(
        tmp_path / "source.docx",
        ["序号", "任务来源", "督查事项", "责任单位", "责任人", "办结时限"],
        [
            ["1", "县委经济工作会议", "加快工业园区标准化厂房建设", "县工信局（牵头）、县自然资源局", "刘某", "2024年10月底前"],
            ["2", "政府工作报告", "推进城区老旧小区改造", "县住建局、县财政局", "陈某", "2024年12月底前"],
        ],
    )
    plan = extract_file(path)
    assert _facts(plan) == [
        ("1", "加快工业园区标准化厂房建设", [("县工信局", L, TB), ("县自然资源局", S, TB)]),
        ("2", "推进城区老旧小区改造", [("县住建局", L, FL), ("县财政局", S, TB)]),
    ]
    _check_spans(plan)
    f = tmp_path / "category.txt"
    f.write_text("序号\t任务类别\t重点任务\t牵头单位\t配合单位\n"
                 "1\t产业发展\t壮大特色产业\t县农业农村局\t县财政局\n"
                 "2\t\t优化营商环境\t县行政审批局\t县直各单位\n", encoding="utf-8")
    assert _facts(extract_file(f)) == [
        ("1", "壮大特色产业", [("县农业农村局", L, TB), ("县财政局", S, TB)]),
        ("2", "优化营商环境", [("县行政审批局", L, TB), ("县直各单位", S, TB)]),
    ]
    path = _division_docx(tmp_path / "plain.docx", ["序号", "名称", "牵头单位", "配合单位"],
                          [["1", "城东片区棚户区改造", "区住建局", "城东街道"]])
    assert _facts(extract_file(path)) == [("1", "城东片区棚户区改造", [("区住建局", L, TB), ("城东街道", S, TB)])]


def test_ledger_rows_above_the_header_and_a_header_note_in_text(tmp_path):
    # a 填报单位：… | 填报时间：… row above the header of a spreadsheet ledger is not its header
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in (["XX县2024年安全生产重点工作台账", None, None, None, None],
              ["填报单位：XX县安委会办公室", None, None, "填报时间：2024年3月5日", None],
              ["序号", "重点工作", "主责单位", "协同单位", "包保领导"],
              [1, "开展燃气安全专项整治", "县住建局", "县市场监管局、县消防救援大队", "某副县长"],
              [2, "开展道路交通安全整治", "县公安局", "县交通运输局", "某副县长"]):
        ws.append(r)
    ws.merge_cells("A1:E1")
    ws.merge_cells("A2:C2")
    ws.merge_cells("D2:E2")
    path = tmp_path / "ledger.xlsx"
    wb.save(path)
    plan = extract_file(path)
    assert _facts(plan) == [
        ("1", "开展燃气安全专项整治", [("县住建局", L, TB), ("县市场监管局", S, TB), ("县消防救援大队", S, TB)]),
        ("2", "开展道路交通安全整治", [("县公安局", L, TB), ("县交通运输局", S, TB)]),
    ]
    _check_spans(plan)
    # near miss: a contact table (单位 | 联系人 | 电话) above nothing is no ledger
    page = tmp_path / "contacts.html"
    page.write_text("<table><tr><td>填报单位：XX县政府办</td><td>填报时间：2024年3月</td></tr>"
                    "<tr><td>单位</td><td>联系人</td><td>联系电话</td></tr>"
                    "<tr><td>县住建局</td><td>王某</td><td>13800000000</td></tr></table>", encoding="utf-8")
    assert extract_file(page).tasks == []
    # pasted as text, a header label keeps its note: 责任单位（第一个为牵头单位） is still short
    f = tmp_path / "note.txt"
    f.write_text("XX县全民健身工作任务清单\n\n序号\t工作任务\t责任单位（第一个为牵头单位）\t完成时限（2024年）\n"
                 "1\t推进全民健身设施建设\t县文广旅局、县体育中心、各乡镇（街道）\t2024年12月\n", encoding="utf-8")
    assert _facts(extract_file(f)) == [
        ("1", "推进全民健身设施建设", [("县文广旅局", L, TB), ("县体育中心", S, TB), ("各乡镇（街道）", S, TB)])]


def test_ledger_column_of_units_and_their_people(tmp_path):
    # 牵头单位及责任人: the units lead, the people beside them (in brackets, after a title) are none;
    # near miss: 牵头单位负责人 names people only
    path = _division_docx(
        tmp_path / "people.docx",
        ["序号", "工作任务", "牵头单位及责任人", "配合单位", "牵头单位负责人"],
        [
            ["1", "完善河长制工作机制", "县水利局（张某）", "县生态环境局、各乡镇", "张某"],
            ["2", "开展河道清四乱专项行动", "县水利局局长张某", "县公安局、王某（副县长）", "张某"],
            ["3", "推进水土流失综合治理", "县林业局（局长：李某）", "县农业农村局", "县林业局局长李某"],
        ],
    )
    plan = extract_file(path)
    assert _facts(plan) == [
        ("1", "完善河长制工作机制", [("县水利局", L, TB), ("县生态环境局", S, TB), ("各乡镇", S, TB)]),
        ("2", "开展河道清四乱专项行动", [("县水利局", L, TB), ("县公安局", S, TB)]),
        ("3", "推进水土流失综合治理", [("县林业局", L, TB), ("县农业农村局", S, TB)]),
    ]
    _check_spans(plan)


def test_ledger_measures_column_and_units_one_per_line(tmp_path):
    # 具体举措 is the task of each row under a 重点任务 merged down (1.1 / 1.2), its 牵头单位
    # merged down too; a 责任单位 cell lists its units one per line, a marker closing a line
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("XX市2024年数字政府建设任务清单")
    t = d.add_table(rows=4, cols=5)
    for r, vals in enumerate((["序号", "重点任务", "具体举措", "牵头单位", "责任单位"],
                              ["1.1", "夯实数字基础设施", "建设市级政务云平台", "市大数据局", "市财政局"],
                              ["1.2", "", "推进政务外网升级改造", "", "市公安局（配合）\n市委网信办"],
                              ["2.1", "提升政务服务水平", "推进政务服务一网通办", "市政务服务中心", "市直各部门"])):
        for k, v in enumerate(vals):
            if v:
                t.rows[r].cells[k].text = v
    t.rows[1].cells[1].merge(t.rows[2].cells[1])
    t.rows[1].cells[3].merge(t.rows[2].cells[3])
    path = tmp_path / "measures.docx"
    d.save(path)
    plan = extract_file(path)
    assert _facts(plan) == [
        ("1.1", "建设市级政务云平台", [("市大数据局", L, TB), ("市财政局", S, TB)]),
        ("1.2", "推进政务外网升级改造", [("市大数据局", L, TB), ("市公安局", S, TB), ("市委网信办", S, TB)]),
        ("2.1", "提升政务服务水平", [("市政务服务中心", L, TB), ("市直各部门", S, TB)]),
    ]
    _check_spans(plan)


def test_tab_ledger_pasted_from_a_spreadsheet_with_merged_cells(tmp_path):
    # pasted out of Excel, a merged cell keeps its text in its first row only: the rows below
    # with an empty 工作任务 (and 序号) are the task's measures, each a task; an empty 牵头单位
    # among them is the merged one above. Near miss: a measure's text wrapped onto a line of its
    # own (no unit, under three cells) is still the row above's.
    f = tmp_path / "ledger.txt"
    f.write_text(
        "XX市2024年优化营商环境工作台账\n\n"
        "序号\t工作任务\t工作措施\t牵头单位\t配合单位\t责任人\t完成时限\n"
        "1\t提升政务服务效能\t推行政务服务事项清单管理\t市行政审批局\t市直各部门\t某某\t6月底前\n"
        "\t\t推进高频事项跨省通办\t\t市大数据中心\t某某\t9月底前\n"
        "2\t优化市场准入环境\t压缩企业开办时间至1个工作日，推行\t市市场监管局\t市税务局\t某某\t3月底前\n"
        "\t\t证照联办\t\t\t\t\n", encoding="utf-8")
    plan = extract_file(f)
    assert _facts(plan) == [
        ("1", "推行政务服务事项清单管理", [("市行政审批局", L, TB), ("市直各部门", S, TB)]),
        ("", "推进高频事项跨省通办", [("市行政审批局", L, TB), ("市大数据中心", S, TB)]),
        ("2", "优化市场准入环境", [("市市场监管局", L, TB), ("市税务局", S, TB)]),
    ]
    assert plan.tasks[2].text.endswith("推行证照联办")
    _check_spans(plan)


def test_tab_ledger_with_a_spreadsheet_s_quoted_cells_of_several_lines(tmp_path):
    # Excel puts a cell holding line breaks in quotes ("区住建局\n区财政局"): its lines are the
    # row's, its units one per line; near miss: a task opening with a quoted word ("放管服"改革)
    # is no such cell
    f = tmp_path / "quoted.txt"
    f.write_text(
        'XX区2024年重点任务分工台账\n\n"序\n号"\t重点任务\t"责任单位\n（第一个为牵头单位）"\t完成时限\n'
        '1\t推进老旧小区改造\t"区住建局\n区财政局\n各街道办事处"\t2024年12月\n'
        '2\t推进垃圾分类\t"区城管局（牵头）\n区商务局"\t长期坚持\n'
        '3\t"放管服"改革\t区政务服务中心\t2024年10月\n', encoding="utf-8")
    plan = extract_file(f)
    assert _facts(plan) == [
        ("1", "推进老旧小区改造", [("区住建局", L, TB), ("区财政局", S, TB), ("各街道办事处", S, TB)]),
        ("2", "推进垃圾分类", [("区城管局", L, TB), ("区商务局", S, TB)]),
        ("3", '"放管服"改革', [("区政务服务中心", L, TB)]),
    ]
    _check_spans(plan)


def test_ledger_undertaking_and_implementing_unit_columns(tmp_path):
    # 承办单位 (a 督办 list's) and 落实单位 name the units doing the work: of 落实单位 the first listed
    # (or the one marked 牵头) leads; every 承办 unit handles the matter, its part, and leads (was the
    # first listed alone), unless the cell marks its lead; near miss: a 实施步骤 | 时间安排 table
    # names no units
    path = _division_docx(
        tmp_path / "undertake.docx",
        ["序号", "建议事项", "承办单位", "办理时限"],
        [["1", "关于加强农村饮水安全保障的建议", "县水利局、县卫健委", "2024年8月底前"],
         ["2", "关于加快农村公路建设的建议", "县财政局、县交通运输局（牵头）", "2024年9月底前"]],
    )
    plan = extract_file(path)
    assert _facts(plan) == [("1", "关于加强农村饮水安全保障的建议", [("县水利局", L, TB), ("县卫健委", L, TB)]),
                            ("2", "关于加快农村公路建设的建议", [("县财政局", S, TB), ("县交通运输局", L, TB)])]
    _check_spans(plan)
    page = tmp_path / "page.html"
    page.write_text("<table><tr><td>序号</td><td>工作内容</td><td>落实单位</td><td>时间节点</td></tr>"
                    "<tr><td>1</td><td>开展秸秆禁烧巡查</td><td>各乡镇人民政府、县生态环境局（牵头）</td><td>5月—10月</td></tr>"
                    "</table><table><tr><td>序号</td><td>实施步骤</td><td>时间安排</td></tr>"
                    "<tr><td>1</td><td>动员部署阶段</td><td>2024年3月</td></tr></table>", encoding="utf-8")
    assert _facts(extract_file(page)) == [
        ("1", "开展秸秆禁烧巡查", [("各乡镇人民政府", S, TB), ("县生态环境局", L, TB)])]


def test_space_ledger_with_numbered_section_rows_and_an_empty_remarks_column(tmp_path):
    # a PDF's text, cells apart by blanks: 一  生态环境保护 (a heading's number and a title) is a
    # section row, not the table's end; a row leaving 备注 empty has no cell for it
    f = tmp_path / "ledger.txt"
    f.write_text(
        "XX县2024年生态文明建设任务清单\n\n"
        "序号  任务内容  牵头单位  协办单位  完成时间  备注\n"
        "一  生态环境保护\n"
        "1  实施国土绿化行动  县林业局  县自然资源局  2024年底\n"
        "2  推进历史遗留矿山生态修复  县自然资源局  县林业局、县生态环境局  2024年底  中央资金支持\n"
        "二  基础设施建设\n"
        "3  推进高速公路连接线建设  县交通运输局  县发改委  2025年\n"
        # near miss: two cells without a heading's number end the table
        "附  各单位于每月5日前报送进展\n", encoding="utf-8")
    plan = extract_file(f)
    assert _facts(plan) == [
        ("1", "实施国土绿化行动", [("县林业局", L, TB), ("县自然资源局", S, TB)]),
        ("2", "推进历史遗留矿山生态修复", [("县自然资源局", L, TB), ("县林业局", S, TB), ("县生态环境局", S, TB)]),
        ("3", "推进高速公路连接线建设", [("县交通运输局", L, TB), ("县发改委", S, TB)]),
    ]
    assert [t.section for t in plan.tasks] == [["生态环境保护"], ["生态环境保护"], ["基础设施建设"]]
    _check_spans(plan)


def test_ledger_table_cut_at_a_page_break_goes_on_in_the_next_table(tmp_path):
    # a .docx made from a PDF: the ledger goes on in a second table after the page number, its
    # first row a task (not a header); near miss: a table after a paragraph of its own
    # (附件2 …) is another table, not the ledger's rest
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("XX县2024年重点工作任务台账")

    def table(rows):
        t = d.add_table(rows=len(rows), cols=4)
        for r, vals in enumerate(rows):
            for k, v in enumerate(vals):
                t.rows[r].cells[k].text = v

    table([["序号", "重点任务", "牵头单位", "配合单位"],
           ["1", "推进城区污水管网改造", "县住建局", "县水利局"]])
    d.add_paragraph("— 2 —")
    table([["2", "开展农村人居环境整治", "县农业农村局", "各乡镇（街道）"],
           ["3", "加强安全生产隐患排查", "县应急管理局", "县直各单位"]])
    d.add_paragraph("附件2：各单位联系人名单")
    table([["1", "县住建局", "王某", "13800000000"]])
    path = tmp_path / "split.docx"
    d.save(path)
    plan = extract_file(path)
    assert _facts(plan) == [
        ("1", "推进城区污水管网改造", [("县住建局", L, TB), ("县水利局", S, TB)]),
        ("2", "开展农村人居环境整治", [("县农业农村局", L, TB), ("各乡镇（街道）", S, TB)]),
        ("3", "加强安全生产隐患排查", [("县应急管理局", L, TB), ("县直各单位", S, TB)]),
    ]
    _check_spans(plan)


@pytest.mark.parametrize("between", [
    # a page of the plan's text between the two parts: the rest's 序号 goes on from the last row
    ["（注：以上任务完成情况纳入年度目标责任考核。）", "各牵头单位要会同配合单位细化工作措施。"],
    # a 续表 line, the header not typed again
    ["续表"],
    ["附表1（续）"],
])
def test_division_table_goes_on_after_text_without_its_header(tmp_path, between):
    # 长春-style 分工方案 in Word: the table stops, text follows, the rest of the rows come without
    # the header. Before, the rest's first row was taken for a header and its rows read as no
    # table: tasks 3 and 4 were lost.
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("XX市2021年污染防治攻坚战重点任务分工方案")

    def table(rows):
        t = d.add_table(rows=len(rows), cols=5)
        for r, vals in enumerate(rows):
            for k, v in enumerate(vals):
                t.rows[r].cells[k].text = v

    table([["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
           ["1", "推进城区供热锅炉超低排放改造", "市生态环境局", "市城管执法局", "2021年10月底前"],
           ["2", "加强秸秆禁烧管控，严格落实网格化监管", "市农业农村局", "市生态环境局", "2021年11月底前"]])
    for line in between:
        d.add_paragraph(line)
    table([["3", "加强饮用水水源地保护，整治水源保护区环境问题", "市生态环境局", "市水务局、九台区政府", "2021年9月底前"],
           ["4", "推进生活垃圾分类和处理设施建设", "市城管执法局", "市发展改革委", "2021年12月底前"]])
    d.add_paragraph("附件2")
    d.add_paragraph("各单位联络员名单")
    # near miss: a table of as many columns after text, its 序号 starting again: no rest of the table
    table([["1", "市生态环境局", "王某", "科长", "13800000000"],
           ["2", "市农业农村局", "李某", "副科长", "13900000000"]])
    path = tmp_path / "rest.docx"
    d.save(path)
    plan = extract_file(path)
    assert _facts(plan) == [
        ("1", "推进城区供热锅炉超低排放改造", [("市生态环境局", L, TB), ("市城管执法局", S, TB)]),
        ("2", "加强秸秆禁烧管控，严格落实网格化监管", [("市农业农村局", L, TB), ("市生态环境局", S, TB)]),
        ("3", "加强饮用水水源地保护，整治水源保护区环境问题", [("市生态环境局", L, TB), ("市水务局", S, TB), ("九台区政府", S, TB)]),
        ("4", "推进生活垃圾分类和处理设施建设", [("市城管执法局", L, TB), ("市发展改革委", S, TB)]),
    ]
    assert [dl.text for dl in plan.tasks[2].deadlines] == ["2021年9月底前"]
    _check_spans(plan)


def test_project_ledger_names_its_task_by_the_project_and_a_units_and_people_column(tmp_path):
    # 重点项目台账: the task is the 项目名称, not its 建设内容; 责任单位/责任人 holds 县住建局/张某
    path = _division_docx(
        tmp_path / "projects.docx",
        ["序号", "项目名称", "建设内容及规模", "责任单位/责任人", "计划完成时间"],
        [["1", "县第二中学建设项目", "新建教学楼2栋", "县教育局/张某、县住建局/李某", "2024年8月"],
         ["2", "城南污水处理厂扩建", "新增处理能力2万吨/日", "县住建局/王某", "2024年12月"]],
    )
    plan = extract_file(path)
    assert _facts(plan) == [
        ("1", "县第二中学建设项目", [("县教育局", L, FL), ("县住建局", S, TB)]),
        ("2", "城南污水处理厂扩建", [("县住建局", L, FL)]),
    ]
    _check_spans(plan)


def test_space_ledger_with_a_header_on_two_lines(tmp_path):
    # a PDF's text: 责任单位 over 牵头单位 | 配合单位, 时间节点 over the quarters, the labels of
    # the second line in the first's place; near miss: a header on one line reads as before
    f = tmp_path / "two-lines.txt"
    f.write_text(
        "XX县2024年重点工作任务台账\n\n"
        "序号  重点任务  责任领导  责任单位  完成时限\n"
        "牵头单位  配合单位\n"
        "1  推进城区污水管网改造  张三（副县长）  县住建局  县水利局、县生态环境局  2024年6月底前\n"
        "2  加强安全生产隐患排查  李四（副县长）  县应急管理局  县直各单位  长期坚持\n\n"
        "XX区2024年重点项目推进台账\n\n"
        "序号  项目名称  时间节点  责任单位\n"
        "一季度  二季度  三季度  四季度\n"
        "1  区人民医院新院区建设  完成招标  开工建设  主体封顶  主体完工  区卫健委、区住建局\n", encoding="utf-8")
    plan = extract_file(f)
    assert _facts(plan) == [
        ("1", "推进城区污水管网改造", [("县住建局", L, TB), ("县水利局", S, TB), ("县生态环境局", S, TB)]),
        ("2", "加强安全生产隐患排查", [("县应急管理局", L, TB), ("县直各单位", S, TB)]),
        ("1", "区人民医院新院区建设", [("区卫健委", L, FL), ("区住建局", S, TB)]),
    ]
    _check_spans(plan)
    assert plan.tasks[2].deadlines == []  # 完成招标 … are the quarters' milestones


def test_ledger_unit_cells_labelled_with_main_and_partner_words(tmp_path):
    # 主责：A；协同：B / 主办：A；协办：B in a 责任单位 cell: the labels give the roles and are no
    # part of the names; near miss: 协同 inside a name (县协同创新中心) is no label
    path = _division_docx(
        tmp_path / "labelled.docx",
        ["序号", "工作任务", "责任单位", "完成时限"],
        [["1", "推进城市更新", "主责：县住建局；协同：县水利局、县财政局", "2024年底"],
         ["2", "办理政协提案", "主办：县政协提案委；协办：县政府办", "2024年9月"],
         ["3", "建设科技创新平台", "县协同创新中心、县科技局", "2024年12月"]],
    )
    plan = extract_file(path)
    assert _facts(plan) == [
        ("1", "推进城市更新", [("县住建局", L, TB), ("县水利局", S, TB), ("县财政局", S, TB)]),
        ("2", "办理政协提案", [("县政协提案委", L, TB), ("县政府办", S, TB)]),
        ("3", "建设科技创新平台", [("县协同创新中心", L, FL), ("县科技局", S, TB)]),
    ]
    _check_spans(plan)


def test_ledger_form_fields_at_its_foot_are_no_task(tmp_path):
    # 填报人：| 张某 | 审核人：| 李某 under a spreadsheet ledger: the form's fields, not a task led
    # by 审核人：; near miss: a task whose text opens with a colon phrase is still a task
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in (["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
              [1, "推进城区污水管网改造", "县住建局", "县水利局", "2024年6月底前"],
              [2, "联系服务企业：开展“千名干部进万企”活动", "县工信局", "各乡镇", "2024年底"],
              ["填报人：", "张某", "审核人：", "李某", "联系电话：13800000000"],
              ["填报单位（盖章）：XX县住建局", None, None, "填报日期：2024年3月5日", None]):
        ws.append(r)
    path = tmp_path / "footer.xlsx"
    wb.save(path)
    plan = extract_file(path)
    assert _facts(plan) == [
        ("1", "推进城区污水管网改造", [("县住建局", L, TB), ("县水利局", S, TB)]),
        ("2", "联系服务企业：开展“千名干部进万企”活动", [("县工信局", L, TB), ("各乡镇", S, TB)]),
    ]


def test_ledger_category_and_group_task_are_the_sections_of_its_measures(tmp_path):
    # a 类别 column merged down names the rows' section, and the 工作任务 merged over its measures
    # comes under it; a measure's own (1) is no part of its title. Pasted as text, the merged
    # cells are empty below their first row, and a row opening （2）推进… is no heading
    # over the rows below it. Near miss: a task of one row has no group section.
    rows = [
        ["序号", "类别", "工作任务", "工作措施", "牵头单位", "配合单位"],
        ["1", "营商环境", "提升政务服务效能", "（1）推行政务服务事项清单管理", "市行政审批局", "市直各部门"],
        ["", "", "", "（2）推进高频事项跨省通办", "", "市大数据中心"],
        ["2", "", "优化市场准入环境", "压缩企业开办时间", "市市场监管局", "市税务局"],
        ["3", "民生保障", "提升教育质量", "新建公办幼儿园2所", "市教育局", "市住建局"],
    ]
    plan = extract_text(tmp_path, "XX市2024年工作台账\n\n" + "".join("\t".join(r) + "\n" for r in rows), "ledger.txt")
    assert _facts(plan) == [
        ("1", "推行政务服务事项清单管理", [("市行政审批局", L, TB), ("市直各部门", S, TB)]),
        ("", "推进高频事项跨省通办", [("市行政审批局", L, TB), ("市大数据中心", S, TB)]),
        ("2", "优化市场准入环境", [("市市场监管局", L, TB), ("市税务局", S, TB)]),
        ("3", "提升教育质量", [("市教育局", L, TB), ("市住建局", S, TB)]),
    ]
    assert [t.section for t in plan.tasks] == [
        ["营商环境", "提升政务服务效能"], ["营商环境", "提升政务服务效能"], ["营商环境"], ["民生保障"]]


def test_docx_table_rows_under_the_heading_above_and_its_section_rows(tmp_path):
    # the rows' sections: the heading above the table (二、重点任务), then the section row merged
    # across the table (一、大气污染防治) over them
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for p in ("XX市2023年生态环境保护工作方案", "一、总体要求", "坚持生态优先。", "二、重点任务"):
        d.add_paragraph(p)
    rows = [["序号", "重点任务", "牵头单位", "配合单位"], ["一、大气污染防治"] * 4,
            ["1", "推进钢铁超低排放改造", "市生态环境局", "市工信局"], ["二、水污染防治"] * 4,
            ["2", "推进污水管网建设", "市住建局", "市水利局"]]
    t = d.add_table(rows=len(rows), cols=4)
    for r, vals in enumerate(rows):
        if len(set(vals)) == 1:
            t.rows[r].cells[0].merge(t.rows[r].cells[3]).text = vals[0]
        else:
            for k, v in enumerate(vals):
                t.rows[r].cells[k].text = v
    path = tmp_path / "sections.docx"
    d.save(path)
    plan = extract_file(path)
    assert [(t.title, t.section) for t in plan.tasks] == [
        ("推进钢铁超低排放改造", ["重点任务", "大气污染防治"]), ("推进污水管网建设", ["重点任务", "水污染防治"])]


def test_a_leader_of_the_place_before_a_title_is_no_unit_but_a_unit_head_leaves_the_unit():
    # 省政府副省长王某某 / 市委书记王某某 answer for the place: no unit (not 省政府); 县水利局局长张某 /
    # 县发改委党组书记李某 are the bureaus' heads: the bureau is named
    from respgraph.grammar.units import split_units

    assert [u.text for u in split_units("省政府副省长王某某、市委书记王某某、省交通运输厅", 0)] == ["省交通运输厅"]
    assert [u.text for u in split_units("县水利局局长张某、县发改委党组书记李某", 0)] == ["县水利局", "县发改委"]


def test_a_collective_after_ji_or_he_is_a_unit_of_its_own_only_after_a_whole_name():
    # 区水利局及相关乡镇 / 县委和有关部门: a whole name, 及 / 和, a collective named by no place —
    # two units; 相关人员 is no unit (the piece stays as written), 住房和城乡建设局 has no name
    # before its 和, and 各有关部门和单位 is one collective
    from respgraph.grammar.units import split_units

    def names(s):
        return [u.text for u in split_units(s, 0)]

    assert names("区农业农村局、区水利局及相关乡镇") == ["区农业农村局", "区水利局", "相关乡镇"]
    assert names("县委和有关部门、县财政局") == ["县委", "有关部门", "县财政局"]
    assert names("区生态环境局及有关乡镇（街道）") == ["区生态环境局", "有关乡镇（街道）"]
    assert names("区生态环境局及相关人员") == ["区生态环境局及相关人员"]
    assert names("市住房和城乡建设局、市人力资源和社会保障局") == ["市住房和城乡建设局", "市人力资源和社会保障局"]
    assert names("各有关部门和单位") == ["各有关部门和单位"]


def test_a_semicolon_after_a_label_list_ends_it_before_prose():
    """责任单位：A；加强督查… / 责任单位：A；B负责治安管理。: the list ends at the semicolon."""
    for t in ("开展检查。责任单位：市司法局；加强督查检查，确保落实。", "开展检查。责任单位：市司法局；市公安局负责治安管理。"):
        (c, *rest) = find_clauses(t)
        assert [m.text for m in c.mentions] == ["市司法局"] and c.raw == "责任单位：市司法局"


def test_a_semicolon_after_a_lead_label_ends_it_before_prose():
    """牵头单位：A；加强督查… / 牵头单位：A；B负责做好…，确保…: prose after the semicolon is no part
    of the lead's list (only a unit with a short part of its own is: 牵头单位：A；B负责资金保障)."""
    for t in ("开展检查。牵头单位：市司法局；加强督查检查，确保落实。",
              "开展检查。牵头单位：市司法局；市财政局负责做好资金保障工作，确保项目按期完工。"):
        (c, *rest) = find_clauses(t)
        assert [m.text for m in c.mentions] == ["市司法局"] and c.raw == "牵头单位：市司法局"


@pytest.mark.parametrize("note", ["", "注：完成时限栏为空的，与上一项相同。", "注：配合单位空白的同上。"])
def test_a_blank_lead_cell_without_the_note_saying_so_stays_blank(tmp_path, note):
    """A blank 牵头单位 cell repeats the row above only when the plan's note says so of that column."""
    f = tmp_path / "blank.txt"
    f.write_text("XX县重点任务分工表\n\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
                 "1\t推进垃圾分类\t县城管局\t各乡镇\t2026年6月\n2\t开展清洁行动\t\t县农业农村局\t2026年6月\n\n"
                 + note + "\n", encoding="utf-8")
    assert [(m.text, m.role) for m in extract_file(f).tasks[1].mentions] == [("县农业农村局", "support")]


def test_a_table_of_host_and_co_handling_units(tmp_path):
    """主办单位 | 会办单位 columns (江苏's wording): the 会办 column supports (was dropped)."""
    f = tmp_path / "huiban.txt"
    f.write_text("南京市2024年城市更新重点任务分解表\n\n序号\t重点任务\t主办单位\t会办单位\t完成时间\n"
                 "1\t推进老旧小区改造\t市住建局\t市财政局、各区政府\t2024年12月\n", encoding="utf-8")
    (task,) = extract_file(f).tasks
    assert [(m.text, m.role) for m in task.mentions] == [("市住建局", "lead"), ("市财政局", "support"), ("各区政府", "support")]


def test_duty_statements_of_one_paragraph_apart_at_semicolons(tmp_path):
    """区林业局：负责…；区应急管理局：负责…；区公安分局：负责…。 in a 职责分工 section: one task per
    unit (only the first was read); a duty going on after ； with no unit stays its unit's."""
    f = tmp_path / "duties.txt"
    f.write_text("黄山区森林防火工作方案\n\n二、职责分工\n"
                 "区林业局：负责防火宣传；负责巡护管理；区应急管理局：负责扑救协调；区公安分局：负责火案查处。\n",
                 encoding="utf-8")
    tasks = extract_file(f).tasks
    assert [[(m.text, m.role) for m in t.mentions] for t in tasks] == [
        [("区林业局", "lead")], [("区应急管理局", "lead")], [("区公安分局", "lead")]]
    assert tasks[0].text.startswith("区林业局：负责防火宣传；负责巡护管理")


@pytest.mark.parametrize("second", ["开展专项整治。", "由基础教育股牵头，各托管点具体落实。"])
def test_an_item_without_units_between_items_with_them_is_a_task(tmp_path, second):
    """A plan numbered without chapters: item 2 names no unit the grammar reads (was dropped, not
    even listed by tasks --no-lead); near miss: items before the first clause stay as they were."""
    f = tmp_path / "flat.txt"
    f.write_text("某县2024年校园安全工作要点\n\n1.开展安全隐患大排查。责任单位：县教育局。\n"
                 f"2.加强校园欺凌防治。{second}\n3.做好学生资助工作。县资助中心负责，县财政局配合。\n", encoding="utf-8")
    tasks = extract_file(f).tasks
    assert [(t.number, t.title, len(t.mentions)) for t in tasks] == [
        ("1", "开展安全隐患大排查", 1), ("2", "加强校园欺凌防治", 0), ("3", "做好学生资助工作", 2)]


def test_near_misses_of_items_outside_the_assigned_ones_and_of_phase_lines(tmp_path):
    """A notice's closing item (3.其他事项。本通知自印发之日起施行。) is no task; an item's text
    written in phases (第一阶段：… / 第二阶段：…（责任单位：A）) stays one task with its text."""
    f = tmp_path / "notice.txt"
    f.write_text("XX县关于进一步加强校园安全工作的通知\n\n各学校：\n1.开展安全隐患大排查。责任单位：县教育局。\n"
                 "2.加强校园欺凌防治。县公安局负责。\n3.其他事项。本通知自印发之日起施行。\n", encoding="utf-8")
    assert [t.number for t in extract_file(f).tasks] == ["1", "2"]
    f = tmp_path / "phases.txt"
    f.write_text("XX市2023年城市建设工作要点\n\n一、重点任务\n1.推进城市道路建设。\n第一阶段：完成主干道改造。\n"
                 "第二阶段：完成次干道改造。（责任单位：市城管局）\n2.实施城市更新。（责任单位：市住建局）\n", encoding="utf-8")
    tasks = extract_file(f).tasks
    assert [(t.number, t.text, [m.text for m in t.mentions], t.deadlines) for t in tasks] == [
        ("1", "推进城市道路建设。\n第一阶段：完成主干道改造。\n第二阶段：完成次干道改造。（责任单位：市城管局）", ["市城管局"], []),
        ("2", "实施城市更新。（责任单位：市住建局）", ["市住建局"], [])]


def _deadlines(name):
    return [[(d.text, d.year, d.month, d.kind) for d in t.deadlines] for t in _plan(name).tasks]


def test_a_processing_time_is_no_deadline_and_stays_in_the_text():
    """承诺办结时限 | 1个工作日 / 即时办结: how long the service takes, kept in the task's text (it
    was a deadline without a date); near miss: 3个月内 under 完成时限 stays a deadline as written."""
    tasks = _plan("processing-times.txt").tasks
    assert [t.text for t in tasks] == [
        "新生儿出生一件事（承诺办结时限：1个工作日）", "企业信息变更一件事（承诺办结时限：即时办结）",
        "企业开办一件事（承诺办结时限：0.5个工作日）"]
    assert _deadlines("processing-times.txt") == [
        [("2025年6月底前", 2025, 6, "by")], [("2025年9月底前", 2025, 9, "by")], [("3个月内", None, None, "by")]]


def test_a_ledgers_date_under_a_time_limit_column_stays_its_deadline(tmp_path):
    """Near miss: a 督办台账's 办结时限 column holds the date its work is due (2024年9月), not a
    processing time: still the task's deadline, the text unchanged."""
    f = tmp_path / "ledger.txt"
    f.write_text("XX县2024年重点民生事项督办台账\n\n序号\t事项\t责任单位\t办结时限\n1\t解决城区停车难问题\t县城管局\t2024年9月\n",
                 encoding="utf-8")
    (task,) = extract_file(f).tasks
    assert (task.text, [(d.text, d.year) for d in task.deadlines]) == ("解决城区停车难问题", [("2024年9月", 2024)])


def test_a_festival_past_when_the_plan_was_issued_is_next_years():
    """春节前 in a 2025 plan issued 2025-03-10: the festival of 2026 (was 2025-01, before the plan)."""
    assert _deadlines("spring-festival-issued.txt") == [
        [("春节前", 2026, 2, "by")], [("2026年春节前", 2026, 2, "by")], [("今年国庆节前", 2025, 10, "by")]]

def test_a_phase_gives_its_period_to_its_items_without_a_deadline():
    """（一）动员部署阶段（2025年3月底前） / 第二阶段：排查整治（2025年4月至8月）。 on a line of its
    own / 一、2025年11月—次年4月: the items listed under a phase are due by its end (they had no
    deadline); an item's own deadline (5月底前) is kept; 二、非防火期 names no date."""
    assert _deadlines("phase-deadlines.txt") == [
        [("2025年3月底前", 2025, 3, "by")], [("5月底前", 2025, 5, "by")],
        [("2025年4月—9月", 2025, 9, "by")], [("2025年4月—9月", 2025, 9, "by")],
        [("2025年10月—12月", 2025, 12, "by")]]
    assert _deadlines("phase-lines.txt") == [
        [("2025年3月底前", 2025, 3, "by")], [("2025年3月底前", 2025, 3, "by")],
        [("2025年4月至8月", 2025, 8, "by")], [("2025年9月至12月", 2025, 12, "by")]]
    assert _deadlines("item-date-line.txt") == [[("2025年6月底前", 2025, 6, "by")], [], []]
    # (the next phase's line is no part of the item before it)
    assert [t.text for t in _plan("phase-lines.txt").tasks][1] == "组织开展宣传发动。牵头单位：市委宣传部；配合单位：市住建局。"
    assert _deadlines("period-headings.txt") == [
        [("2025年11月—次年4月", 2026, 4, "by")], [("2025年11月—次年4月", 2026, 4, "by")], []]
    assert [t.section for t in _plan("period-headings.txt").tasks][2] == ["非防火期"]


def test_a_deadline_stated_once_governs_the_items_after_it():
    """以下任务均于2025年底前完成 in the preamble, 各项任务须于6月底前完成 at a chapter's head: the
    items after it without a deadline of their own take it, the chapter's first; near miss:
    2024年底前已完成的项目不再列入 states no deadline."""
    assert _deadlines("stated-deadlines.txt") == [
        [("6月底前", 2025, 6, "by")], [("9月底前", 2025, 9, "by")], [("2025年底前", 2025, 12, "by")]]


def test_a_deadline_stated_after_items_governs_the_items_before_it():
    """以上任务须在2025年6月底前全部完成 after （一）（二）: said of them (it was （二）'s alone, part of its
    text), nearer than the preamble's 以下任务均于2025年底前完成, which holds for （三） and chapter 二."""
    assert _deadlines("stated-deadlines-above.txt") == [
        [("2025年6月底前", 2025, 6, "by")], [("2025年6月底前", 2025, 6, "by")],
        [("2025年底前", 2025, 12, "by")], [("2025年底前", 2025, 12, "by")]]
    assert _plan("stated-deadlines-above.txt").tasks[1].text == "加强水质检测。（责任单位：县卫健局）"

def test_member_duties_as_paragraphs_with_the_name_a_sentence(tmp_path):
    # 二、成员单位职责 / 省委宣传部。负责…: each paragraph is a task its unit leads, the units it
    # works with (会同) supporting (were tasks without units: the name and its duty were read as two
    # sentences); the roster above (成员：…分管负责同志) and the safeguard stay without units
    path = tmp_path / "plan.txt"
    path.write_text(
        "吉林省人民政府办公厅关于调整省食品药品安全委员会成员单位职责的通知\n"
        "一、组成人员\n　　主　任：省政府副省长\n"
        "　　成　员：省委宣传部、省教育厅、省公安厅分管负责同志。\n"
        "二、成员单位职责\n"
        "　　省委宣传部。负责组织开展食品药品安全新闻宣传和舆论引导工作。\n"
        "　　省教育厅。负责学校食堂食品安全管理，会同省市场监管厅、省卫生健康委做好学校食品安全事故防控。\n"
        "　　省公安厅。负责组织指导食品药品犯罪案件侦查工作。\n"
        "三、工作要求\n　　各成员单位要明确一名处级干部担任联络员。\n", encoding="utf-8")
    facts = [f for f in _facts(extract_file(path)) if f[2]]
    assert facts == [
        ("", "省委宣传部", [("省委宣传部", L, EX)]),
        ("", "省教育厅", [("省教育厅", L, EX), ("省市场监管厅", S, EX), ("省卫生健康委", S, EX)]),
        ("", "省公安厅", [("省公安厅", L, EX)]),
    ]


def test_member_duties_of_bodies_named_by_a_bare_place(tmp_path):
    # 长春海关。负责… / 吉林海事局。负责…: bodies of the central line named by a bare place (or by
    # none) read as the others do when the name stands as a sentence of its own (were lost: no
    # level or place opens the name); a name running into its duty without a stop stays prose
    path = tmp_path / "plan.txt"
    path.write_text(
        "吉林省粮食安全工作协调机制成员单位职责分工\n"
        "一、成员单位职责\n"
        "　　省粮食和物资储备局。负责粮食收储和流通监管。\n"
        "　　长春海关。负责进出口粮食检验检疫和食品安全监督管理。\n"
        "　　吉林海事局。负责水上粮食运输安全监管。\n"
        "　　海关总署。负责统筹进口粮食检疫工作。\n"
        "二、工作要求\n　　各成员单位要明确一名处级干部担任联络员。\n", encoding="utf-8")
    facts = [f for f in _facts(extract_file(path)) if f[2]]
    assert facts == [
        ("", "省粮食和物资储备局", [("省粮食和物资储备局", L, EX)]),
        ("", "长春海关", [("长春海关", L, EX)]),
        ("", "吉林海事局", [("吉林海事局", L, EX)]),
        ("", "海关总署", [("海关总署", L, EX)]),
    ]
    from respgraph.responsibilities import duty_statement

    t = "粮食进口监管由长春海关负责查验。"
    assert duty_statement(t, 0, len(t), False) is None
    t = "海关总署负责统筹进口粮食检疫工作。"
    assert duty_statement(t, 0, len(t), True) is None  # loose, without the stop: no named body of a place
    # … but a national system's body named by its city is one (as the clauses read 武汉海事局 since
    # 594303d): 长春海关负责… / 南宁供电局配合各城区人民政府做好… (was one unit read to the 区 in it)
    t = "长春海关负责进出口粮食检验检疫。"
    assert [(m.text, m.role) for m in duty_statement(t, 0, len(t), True).mentions] == [("长春海关", L)]


def test_a_power_list_duty_column_holds_no_units(tmp_path):
    """A 权责清单's 责任事项 column (the duties of the 实施主体, stage by stage) is no unit column:
    its sentences were read as the row's supports; the 实施主体 leads."""
    f = tmp_path / "quanze.txt"
    f.write_text("黄岛区住房和城乡建设局权责清单\n\n序号\t职权类型\t职权名称\t实施主体\t责任事项\t追责情形\n"
                 "1\t行政许可\t建筑工程施工许可证核发\t区住房和城乡建设局\t"
                 "1.受理阶段责任：公示依法应当提交的材料，一次性告知补正材料。2.审查阶段责任：对申请材料进行审查。\t"
                 "不履行或不正确履行行政职责的\n", encoding="utf-8")
    (task,) = extract_file(f).tasks
    assert task.title == "建筑工程施工许可证核发"
    assert [(m.text, m.role) for m in task.mentions] == [("区住房和城乡建设局", "lead")]


def test_a_unit_column_naming_its_duty_too_is_read(tmp_path):
    """配合单位及配合事项 names the units with what they do: a unit column still (its units were
    dropped, read as a duty's text like 责任事项)."""
    f = tmp_path / "fenjie.txt"
    f.write_text("某区2024年城市管理工作任务分解表\n\n序号\t工作任务\t牵头单位\t配合单位及配合事项\t完成时限\n"
                 "1\t推进垃圾分类\t区城管局\t区财政局（保障经费）\t2024年底\n"
                 "2\t整治违法建设\t区城管局\t区住建局、各街道办事处\t2024年底\n", encoding="utf-8")
    assert [[(m.text, m.role) for m in t.mentions] for t in extract_file(f).tasks] == [
        [("区城管局", "lead"), ("区财政局", "support")],
        [("区城管局", "lead"), ("区住建局", "support"), ("各街道办事处", "support")],
    ]


def test_xlsx_target_breakdown_rows_are_titled_by_their_indicator(tmp_path):
    # a 目标任务分解表: 一级指标 merged down over its 二级指标 rows; a row's task is its indicator,
    # with its target (the title was the bare target, 增长6%左右); 责任领导 names people
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in (["序号", "一级指标", "二级指标", "分值", "2024年目标任务", "牵头单位", "责任单位", "责任领导"],
              [1, "经济发展（40分）", "地区生产总值增速", 8, "增长6%左右", "市发展改革委", "市统计局", "张海波"],
              [2, None, "一般公共预算收入", 8, "增长5%", "市财政局", "市税务局", "张海波"],
              [3, "民生保障（30分）", "城镇新增就业", 10, "8.5万人", "市人力资源社会保障局", "", "王静"]):
        ws.append(r)
    ws.merge_cells("B2:B3")
    path = tmp_path / "mubiao.xlsx"
    wb.save(path)
    plan = extract_file(path)
    assert _facts(plan) == [
        ("1", "地区生产总值增速", [("市发展改革委", L, TB), ("市统计局", S, TB)]),
        ("2", "一般公共预算收入", [("市财政局", L, TB), ("市税务局", S, TB)]),
        ("3", "民生保障（30分）", [("市人力资源社会保障局", L, TB)]),  # a group of one row
    ]
    assert "增长6%左右" in plan.tasks[0].text and plan.tasks[0].section == ["经济发展（40分）"]


@pytest.mark.parametrize("title,place", [
    ("宁波市海曙区部门职责边界清单", "海曙区"),
    ("青岛市黄岛区住房和城乡建设局权责清单", "黄岛区"),
    ("成都市武侯区12345热线重点诉求交办单", "武侯区"),
])
def test_a_boundary_power_or_handover_list_is_titled_and_placed(tmp_path, title, place):
    """职责边界清单 / 权责清单 / 交办单 standing alone are lists of tasks: titled, their place
    read from the title (were untitled, their units of no place: （未知区）住房和城乡建设局)."""
    f = tmp_path / "list.txt"
    f.write_text(f"{title}\n\n序号\t事项名称\t主责部门\t配合部门\n"
                 "1\t燃气安全监管\t区住房和城乡建设局\t区应急管理局\n", encoding="utf-8")
    meta = extract_file(f).meta
    assert (meta.title, meta.jurisdiction, meta.kind) == (title, place, "任务清单")


def test_a_duty_statement_with_a_supporter_after_a_comma(tmp_path):
    """In a 职责分工 section, 市市场监督管理局负责…，市卫生健康局配合开展…: the unit named after the
    comma with 配合 / 协助 supports the statement's task (was dropped), a collective as well, as the
    clause grammar reads 县公安局负责…，各乡镇积极配合 outside such a section."""
    f = tmp_path / "fengong.txt"
    f.write_text("佛山市市场监管领域部门职责分工方案\n\n一、职责分工\n"
                 "1.市市场监督管理局负责餐饮服务环节食品安全监督管理，市卫生健康局配合开展食源性疾病流行病学调查。\n"
                 "2.县财政局负责落实专项资金，各有关单位积极配合。\n", encoding="utf-8")
    assert [[(m.text, m.role) for m in t.mentions] for t in extract_file(f).tasks] == [
        [("市市场监督管理局", "lead"), ("市卫生健康局", "support")], [("县财政局", "lead"), ("各有关单位", "support")]]


@pytest.mark.parametrize("letterhead,issuer,place", [
    ("中共浏阳市委组织部", "中共浏阳市委组织部", "浏阳市"),
    ("中共道里区委宣传部", "中共道里区委宣传部", "道里区"),
])
def test_a_party_departments_letter_names_its_issuer_and_place(tmp_path, letterhead, issuer, place):
    """A letter of a party committee's department (中共浏阳市委组织部) names its issuer, and so
    its place (was no issuer: the units of a 全市 plan were of no city)."""
    f = tmp_path / "letter.txt"
    f.write_text(f"{letterhead}\n关于印发《2024年全市党建工作要点》的通知\n\n各有关单位：\n　　现印发给你们。\n\n"
                 f"{letterhead}\n2024年3月1日\n\n2024年全市党建工作要点\n\n一、强化政治引领\n"
                 "（一）持续推进理论武装。（牵头单位：市委组织部；责任单位：市委党校）\n", encoding="utf-8")
    meta = extract_file(f).meta
    assert meta.issuers[0] == issuer and meta.jurisdiction == place


def test_two_ministries_run_together_are_no_party_department():
    from respgraph.structure.meta import find_issuers

    assert find_issuers("国家发展改革委生态环境部\n") == []
    assert find_issuers("中共道里区委宣传部\n") == ["中共道里区委宣传部"]


def test_a_handover_lists_items_numbered_by_their_name(tmp_path):
    """交办事项1 alone on its line over its fields (诉求内容 / 承办单位 / 协办单位 / 办结时限): each an
    item whose 承办单位 leads (the fields were read as the next item's: every unit one item off,
    the first item's units under none); 交办事项1件已办结 stays prose."""
    f = tmp_path / "jiaoban.txt"
    f.write_text("成都市武侯区12345热线重点诉求交办单\n\n　　现将重点诉求交办如下。交办事项1件已办结，不再列出。\n\n"
                 "交办事项1\n诉求内容：簇锦街道多个小区反映夜间渣土车噪声扰民。\n承办单位：区综合行政执法局\n"
                 "协办单位：区住建交通局、簇锦街道办事处\n办结时限：2024年10月23日\n\n"
                 "交办事项2\n诉求内容：红牌楼街道佳灵路雨污管网堵塞。\n承办单位：区水务局\n办结时限：2024年10月16日\n",
                 encoding="utf-8")
    tasks = extract_file(f).tasks
    assert [(t.number, [(m.text, m.role) for m in t.mentions]) for t in tasks] == [
        ("交办事项1", [("区综合行政执法局", L), ("区住建交通局", S), ("簇锦街道办事处", S)]),
        ("交办事项2", [("区水务局", L)]),
    ]
    assert tasks[0].title.endswith("簇锦街道多个小区反映夜间渣土车噪声扰民")


def test_a_project_tables_local_government_column_supports(tmp_path):
    """A 重点项目 table's 属地 column (the county seeing to the site) supports, as 属地责任单位 does
    (was dropped); 挂钩市领导 names people and 建设地点 a place, neither read."""
    f = tmp_path / "guagou.txt"
    f.write_text("泉州市2024年市级重点项目挂钩联系责任分解表\n\n序号\t项目名称\t建设地点\t挂钩市领导\t牵头单位\t配合单位\t属地\n"
                 "1\t泉州湾跨海大桥南连接线\t晋江市池店镇\t林建平\t市交通运输局\t市财政局\t晋江市人民政府\n", encoding="utf-8")
    (task,) = extract_file(f).tasks
    assert [(m.text, m.role) for m in task.mentions] == [
        ("市交通运输局", "lead"), ("市财政局", "support"), ("晋江市人民政府", "support")]


def test_a_roster_after_a_clauses_fields_names_no_units():
    """参加：王某某　刘某某 under a 督办事项's fields (…办结时限：…) lists who attended: no support
    (the names were one unit, 王某某刘某某); 参加： over units after a lead's label still reads."""
    (c,) = find_clauses("承办单位：区城管执法局\n协办单位：宝塔街道办事处\n办结时限：2024年8月31日\n\n参加：王某某　刘某某")
    assert [(m.text, m.role) for m in c.mentions] == [("区城管执法局", L), ("宝塔街道办事处", S)]


@pytest.mark.parametrize("after", ["包片领导：王副主任", "网格员：李娜、赵磊", "联络员：周敏（电话：65201234）", "\n临泽县卫生健康局\n2025年2月12日",
                                   "宜昌市卫生健康委员会\n2025年1月28日"])
def test_a_field_line_or_a_blank_line_ends_a_list_on_lines(after):
    """A label's list on its own line whose last name has no office word (各社区, 局属各单位) ends
    at a line of another field (包片领导：… names a person) or at a blank line (the signature
    after a plan's last item); was read on into the last unit (各社区包片领导：王副主任) or as a
    unit of its own (the signing bureau)."""
    text = "（一）挖掘停车资源。\n牵头科室：城市管理办公室\n配合单位：平安建设办公室、各社区\n" + after
    (c,) = find_clauses(text)
    assert [(m.text, m.role) for m in c.mentions] == [("城市管理办公室", L), ("平安建设办公室", S), ("各社区", S)]
    assert c.raw.endswith("各社区")


def test_a_division_closes_its_name_at_a_line_break():
    """科 / 股 close a division's name as 处 does: the signature's line after it is no part of it
    (was 财务审计科宜昌市卫生健康委员会, 基础教育股光山县教育体育局)."""
    (c,) = find_clauses("牵头科室：财务审计科\n宜昌市卫生健康委员会")
    assert [m.text for m in c.mentions] == ["财务审计科"]
    (c,) = find_clauses("责任股室：基础教育股\n光山县教育体育局")
    assert [m.text for m in c.mentions] == ["基础教育股"]


def test_a_list_goes_on_over_a_wrapped_line_a_known_field_or_another_label():
    """Near misses of the rule above: a blank line after a separator (a page's wrap), a second
    label after a blank line and a known field (完成时限) keep the clause as before."""
    (c,) = find_clauses("责任单位：县水利局、县财政局、\n\n各乡镇人民政府")
    assert [m.text for m in c.mentions] == ["县水利局", "县财政局", "各乡镇人民政府"]
    (c,) = find_clauses("牵头单位：城市管理办公室\n\n配合单位：各社区")
    assert [(m.text, m.role) for m in c.mentions] == [("城市管理办公室", L), ("各社区", S)]
    (c,) = find_clauses("牵头单位：城市管理办公室\n配合单位：各社区\n完成时限：2025年底")
    assert [(m.text, m.role) for m in c.mentions] == [("城市管理办公室", L), ("各社区", S)]
    assert c.raw.endswith("2025年底")


def test_a_supervising_subject_beside_the_responsible_one():
    """责任主体 / 监督主体 (a village's task list, a 清单): the 监督主体 supervises, as a 监督单位
    does (was dropped, and ended nothing); 监督主体责任 in prose is no label."""
    (c,) = find_clauses("2.推进村务公开。责任主体：村委会；监督主体：村务监督委员会。")
    assert [(m.text, m.role) for m in c.mentions] == [("村委会", L)]
    assert [m.text for m in c.supervisors] == ["村务监督委员会"]
    assert find_clauses("压实党委主体责任和纪委监督主体责任。") == []
def test_places_bare_before_a_government_in_a_label_less_clause_resolve_to_their_governments(tmp_path):
    """（…，深圳、珠海市人民政府配合）: 深圳 is 深圳市人民政府, as in a labelled list (the clause was lost)."""
    from respgraph.resolve import resolve_plan

    plan = tmp_path / "广东省推动低空经济高质量发展行动方案.txt"
    plan.write_text("广东省推动低空经济高质量发展行动方案\n一、重点任务\n"
                    "（一）壮大低空制造产业。省工业和信息化厅牵头，省科技厅、深圳、珠海市人民政府配合。\n", encoding="utf-8")
    rp = resolve_plan(extract_file(plan))
    got = {a.mention: (a.agency_id, a.role) for rows in rp.assignments.values() for a in rows}
    assert got["深圳"] == ("深圳市/人民政府", S) and got["珠海市人民政府"] == ("珠海市/人民政府", S)
    assert got["省工业和信息化厅"] == ("广东省/工业和信息化厅", L)


def test_bodies_named_by_their_function_alone_are_the_plan_places():
    """市场监管局 / 住建局 written without 市 in 邢台市's plan: 邢台市's bureaus, leading their parts
    beside the counties' governments and 市公安局 (the grammar read them as prose)."""
    from respgraph.resolve import resolve_plan

    rp = resolve_plan(extract_file(WORDINGS / "bare-function-bodies.txt"))
    got = {(t.split(":")[-1], a.mention): (a.agency_id, a.role) for t, rows in rp.assignments.items() for a in rows}
    assert got[("001", "市场监管局")] == ("邢台市/市场监督管理局", L)
    assert got[("002", "住建局")] == ("邢台市/住房和城乡建设局", L)
    assert got[("002", "市公安局")] == ("邢台市/公安局", L)
# duty items opening 依法履行…职责 / 履行…职责: the duties the unit holds, named, are its duty (were
# no statement: the item's unit lost, as a 安委会成员单位职责 writes 1.市消防救援大队：依法履行…)
DUTY_ITEMS = [
    ("6.市消防救援大队：依法履行消防监督检查职责，负责全市火灾扑救和应急救援工作。", [("市消防救援大队", L)]),
    ("3.县市场监督管理局：履行特种设备安全监督管理职责，依法查处违法行为。", [("县市场监督管理局", L)]),
    ("2.区商务局：依法依规履行成品油流通行业管理职能，督促企业落实安全责任。", [("区商务局", L)]),
]
# …naming no duty, or an exhortation of a collective: no statement
NOT_DUTY_ITEMS = [
    "4.县林业局：依法履行职责。",
    "5.各成员单位：要依法履行职责，密切协作配合。",
]


@pytest.mark.parametrize("text,expected", DUTY_ITEMS)
def test_duty_item_performing_named_duties(text, expected):
    from respgraph.responsibilities import duty_statement

    c = duty_statement(text, 2, len(text), False)
    assert [(m.text, m.role) for m in c.mentions] == expected


@pytest.mark.parametrize("text", NOT_DUTY_ITEMS)
def test_duty_item_without_a_named_duty_is_none(text):
    from respgraph.responsibilities import duty_statement

    assert duty_statement(text, 2, len(text), False) is None


# A lead-in ended by a colon before a label-less clause (minutes' 会议要求：, a working group's
# name in an emergency plan, 一是…：): the clause after it reads (was: nobody, the lead-in made
# the sentence's first phrase no unit); a deadline within the year after a unit's part
# (…配合做好审批，10月15日前完成) is the clause's date (was: the whole clause lost)
LEAD_IN_CLAUSES = [
    ("会议要求：由区农业农村局牵头，区水利局、区气象局配合，抓好小麦春季田间管理。",
     "由区农业农村局牵头，区水利局、区气象局配合，抓好小麦春季田间管理。",
     [("区农业农村局", L, EX), ("区水利局", S, EX), ("区气象局", S, EX)]),
    ("（1）综合协调组：由市城市管理局牵头，市应急管理局、市水利局参加。",
     "由市城市管理局牵头，市应急管理局、市水利局参加。",
     [("市城市管理局", L, EX), ("市应急管理局", S, EX), ("市水利局", S, EX)]),
    ("一是完善机制：县住建局负责，县财政局配合。", "县住建局负责，县财政局配合。",
     [("县住建局", L, EX), ("县财政局", S, EX)]),
    ("会议决定：由区住建局负责组织实施，区发改局、区财政局配合做好项目审批和资金保障，10月15日前完成改造任务。",
     "由区住建局负责组织实施，区发改局、区财政局配合做好项目审批和资金保障，10月15日前完成改造任务。",
     [("区住建局", L, EX), ("区发改局", S, EX), ("区财政局", S, EX)]),
    ("（县住建局牵头，县财政局配合，6月底前完成）", "（县住建局牵头，县财政局配合，6月底前完成）",
     [("县住建局", L, EX), ("县财政局", S, EX)]),
]
LEAD_IN_NOT_CLAUSES = [
    # 会同 after a collective or the means (经/通过): no named lead (with …政策落实 as without)
    "各地要会同有关部门抓好政策落实。",
    "经县财政局会同县税务局做好政策落实。",
    "存在问题：县住建局牵头的项目进度滞后，县财政局配合不够。",
    "工作成效：县住建局牵头，县财政局配合，完成了老旧小区改造120个。",
    "主要做法：由县住建局牵头，县财政局配合，建立了联席会议机制。",
    "联系方式：县住建局负责人，电话123。",
    "主要目标：到2027年，全县完成改造，10月15日前完成验收。",
]


@pytest.mark.parametrize("text,raw,expected", LEAD_IN_CLAUSES, ids=[t for t, _, _ in LEAD_IN_CLAUSES])
def test_clause_after_a_lead_in_colon(text, raw, expected):
    (c,) = find_clauses(text)
    assert [(m.text, m.role, m.basis) for m in c.mentions] == expected
    assert c.raw.rstrip("。") == raw.rstrip("。")


@pytest.mark.parametrize("text", LEAD_IN_NOT_CLAUSES)
def test_lead_in_colon_before_prose_is_no_clause(text):
    assert find_clauses(text) == []


# --------------------------------------------------------------------------- damaged copies (stop 21)


def test_one_blank_between_two_header_labels_splits_them_only_when_both_are_labels():
    from respgraph.structure.text_tables import text_tables

    rows = "1   推进管网改造    市水务集团    市住建局\n2   建设备用水源    市水利局      市自然资源局\n"
    (t,) = text_tables("序号 工作任务    牵头单位      配合单位\n" + rows)
    assert t.header == ["序号", "工作任务", "牵头单位", "配合单位"]
    assert [[c.text for c in r] for r in t.rows][1] == ["2", "建设备用水源", "市水利局", "市自然资源局"]
    # 完成 时限 (an OCR blank inside one label): 完成 names no column, the label stays whole
    (t,) = text_tables("序号    工作任务    牵头单位    完成 时限\n1    推进管网改造    市水务集团    2024年底\n")
    assert t.header == ["序号", "工作任务", "牵头单位", "完成 时限"]


def test_page_number_between_blank_lines_takes_them_along():
    from respgraph.clean import clean_text

    assert clean_text("责任单位：市水利局、市生态\n\n— 3 —\n\n环境局\n")[0] == "责任单位：市水利局、市生态\n环境局\n"
    # the page number's own line only: a blank line elsewhere stays
    assert clean_text("一、总体要求\n\n到2025年完成改造。\n")[0] == "一、总体要求\n\n到2025年完成改造。\n"


def test_cell_stream_header_with_a_rectification_list_columns():
    from respgraph.pdf_tables import text_segments

    text = "序号\n反馈问题\n整改措施\n责任区领导\n牵头单位\n责任单位\n整改时限\n1\n污水直排\n完成管网改造\n张某\n区住建局\n区水务局\n2024年底\n"
    (kind, rows), = text_segments(text)
    assert kind == "table" and rows[0] == ["序号", "反馈问题", "整改措施", "责任区领导", "牵头单位", "责任单位", "整改时限"]
    assert rows[1] == ["1", "污水直排", "完成管网改造", "张某", "区住建局", "区水务局", "2024年底"]
    # prose lines under 序号 that are no labels: no table
    assert all(k == "text" for k, _ in text_segments("序号\n推进污水管网改造工作取得明显成效\n牵头单位\n"))


def test_unit_labels_on_their_own_lines_under_items_are_no_table_without_serial():
    from respgraph.pdf_tables import unnumbered_segments

    items = "1.推进工业企业深度治理。\n牵头单位\n区生态环境分局\n责任单位\n区工信局、区发改局\n2.加强柴油货车管控。\n牵头单位\n区交通运输局\n"
    assert unnumbered_segments(items) == []
    # a header whose rows break off after one (a prose line where a unit should stand): no table
    one_row = "重点任务\n牵头单位\n配合单位\n推进一窗通办改革\n区行政审批局\n区大数据中心\n各单位要抓好落实。\n请于月底前报送。\n区政府办\n"
    assert unnumbered_segments(one_row) == []


def test_form_feed_and_vertical_tab_are_line_breaks_and_other_controls_stay_binary():
    from respgraph.clean import clean_text
    from respgraph.errors import ReadError
    from respgraph.read.decode import decode_text

    text, offsets = clean_text("推进改厕。\x0b牵头单位：县农业农村局\n\x0c（3）清理垃圾。\n")
    assert text == "推进改厕。\n牵头单位：县农业农村局\n\n（3）清理垃圾。\n" and len(offsets) == len(text)
    assert decode_text("推进改厕。\x0b牵头单位：县农业农村局".encode("gb18030"))[0].count("\x0b") == 1
    with pytest.raises(ReadError):
        decode_text(b"\x01\x02\x03\x04" + "推进改厕".encode("gb18030") + b"\x05\x06\x07\x08" * 3)


def test_a_title_line_is_a_running_head_only_when_written_three_times():
    from respgraph.clean import clean_text

    head = "XX市人民政府办公室\n关于印发XX市工作安排的通知\n各部门：\n现将工作安排印发给你们。\n2024年3月1日\n"
    title = "XX市2024年消防安全重点工作安排"
    body = "1.开展高层建筑消防安全专项治理，整治消防车通道占用问题和\n{t}\n违规停车行为。\n2.整治电动自行车违规充电，推进集中充电设施建设和\n{t}\n管理。\n"
    text = clean_text(head + title + "\n" + body.format(t=title))[0]
    assert text.count(title) == 1 and "占用问题和\n违规停车行为" in text and "建设和\n管理" in text
    # written twice only (the title and one line quoting it): kept where it stands
    text = clean_text(head + title + "\n" + "1.开展高层建筑消防安全专项治理，整治消防车通道占用问题和\n" + title + "\n违规停车行为。\n")[0]
    assert text.count(title) == 2


# --------------------------------------------------------------------------- a title's verb and the level above (stop 21)


@pytest.mark.parametrize(
    "title,place,chain,mention,name",
    [
        # X落实省委… / X县贯彻落实省委… / X区落实市委…: a verb and the level above the plan's place,
        # no place inside it (was 落实省 the plan's place: 县政府 read as 落实省所辖县人民政府)
        ("延边州落实省委生态环境保护督察反馈意见整改方案", "延边州", ("延边朝鲜族自治州", "吉林省"), "州财政局", "延边朝鲜族自治州财政局"),
        ("三台县贯彻落实省委巡视反馈意见整改方案", "三台县", ("三台县", "绵阳市", "四川省"), "县财政局", "三台县财政局"),
        ("渝水区落实市委巡察反馈意见整改方案", "渝水区", ("渝水区", "新余市", "江西省"), "区财政局", "渝水区财政局"),
        # places that do hold the one after them stay read
        ("宜春市袁州区人民政府关于印发…的通知", "袁州区", ("袁州区", "宜春市", "江西省"), "区财政局", "袁州区财政局"),
        ("内蒙古自治区鄂尔多斯市伊金霍洛旗人民政府", "伊金霍洛旗", ("伊金霍洛旗", "鄂尔多斯市", "内蒙古自治区"), "旗财政局", "伊金霍洛旗财政局"),
    ],
)
def test_a_title_verb_before_the_level_above_is_no_place(title, place, chain, mention, name):
    from respgraph.records import PlanMeta
    from respgraph.resolve import plan_chain, resolve_mention
    from respgraph.structure.meta.places import find_place

    assert find_place([title])[0] == place
    meta = PlanMeta("p", "p.txt", title=title, jurisdiction=place)
    assert plan_chain(meta) == chain
    assert resolve_mention(None, mention, meta).name == name


def test_nested_places_keep_regions_holding_cities():
    from respgraph.resolve.issuer_places import nested_places

    assert nested_places("广西壮族自治区南宁市") == ["广西壮族自治区", "南宁市"]
    assert nested_places("阿克苏地区库车市") == ["阿克苏地区", "库车市"]
    assert nested_places("延边州落实省") == []
    assert nested_places("渝水区落实市") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # near misses of the units-then-action reading: only the helper is read, as before
        ("县财政局的资金要及时拨付，县审计局配合。", [("县审计局", "support")]),
        ("各乡镇及时上报，县应急局配合。", [("县应急局", "support")]),
        ("企业及时整改，县住建局配合。", [("县住建局", "support")]),
        ("县政府常务会议研究决定，县财政局配合。", [("县财政局", "support")]),
        ("依据省厅工作安排，县住建局配合。", [("县住建局", "support")]),
        ("县人民医院收治患者，县卫健局配合。", [("县卫健局", "support")]),
    ],
)
def test_a_sentence_without_a_doer_of_a_place_keeps_its_helper_alone(text, expected):
    clauses = find_clauses("推进重点工作，确保取得实效。" + text)
    assert [(m.text, m.role) for c in clauses for m in c.mentions] == expected


def test_only_an_item_pointing_to_the_attached_table_is_dropped():
    from types import SimpleNamespace

    from respgraph.structure.rows import _points_to_rows

    def item(text, mentions=(), clauses=()):
        return SimpleNamespace(text=text, mentions=list(mentions), clauses=list(clauses))

    assert _points_to_rows(item("整改任务具体整改任务见附表。"))
    assert _points_to_rows(item("重点任务围绕四个方面实施15项具体举措，详见附件《柯城区2025年优化营商环境重点任务清单》。"))
    assert _points_to_rows(item("其他重点项目其他重点项目责任分工如下："))
    assert _points_to_rows(item("推进煤炭清洁高效利用重点任务及责任分工见下表。"))
    assert not _points_to_rows(item("加强组织领导。成立工作专班，主要职责如下：统筹推进各项工作。"))
    # near misses: an item with work of its own that points to an attachment for details, one
    # naming its unit, and an attachment that holds no tasks (a form) stay tasks
    long = "开展“双随机、一公开”联合抽查。制定年度抽查计划，抽查事项清单见附件2，全年抽查市场主体不少于500家，" + "对抽查发现的问题依法依规处理，抽查结果通过国家企业信用信息公示系统向社会公开并纳入信用记录。" * 2
    assert not _points_to_rows(item(long))
    assert not _points_to_rows(item("重点任务分工详见附件。", mentions=["县发改委"]))
    assert not _points_to_rows(item("做好统计报送。每月5日前报送进展，报表格式见附件3。"))


# --------------------------------------------------------------------------- damaged copies (stop 23)


def test_division_labels_with_an_ocr_separator_or_blank_read_as_labels(tmp_path):
    # a street office's plan scanned: 配合科室;A / 牵头科室 A (the colon read as ; or lost to a
    # blank) are labels as 配合单位;A is (were prose: the supports, or the lead, lost)
    plan = tmp_path / "jiedao.txt"
    plan.write_text(
        "XX街道2024年接诉即办工作方案\n一、工作任务\n"
        "1.建立每月一题机制。聚焦高频诉求，每月研究一个重点问题。牵头科室：社区建设办公室；配合科室;城市管理办公室、平安建设办公室。\n"
        "2.提升回访质量。对已办结诉求全部回访。牵头科室 综合保障办公室；配合科室：各社区。\n"
        "二、工作要求\n各牵头科室要加强与配合科室沟通。\n",
        encoding="utf-8",
    )
    facts = [(t.number, [(m.text, m.role) for m in t.mentions]) for t in extract_file(plan).tasks]
    assert facts == [
        ("1", [("社区建设办公室", L), ("城市管理办公室", S), ("平安建设办公室", S)]),
        ("2", [("综合保障办公室", L), ("各社区", S)]),
    ]


def test_wrapped_cells_lined_up_under_their_columns_keep_their_places():
    # near miss of the rule above: a laid-out table whose wrapped rests stand under their columns
    # (a deadline 2024年1 / 2月底, a task 星级评 / 定) keeps them there, though a unit cell
    # (各村（居）党组织) is no name looks_like_unit knows
    from respgraph.structure.text_tables import text_tables

    text = (
        "序号    工作任务              牵头单位        配合单位          完成时限\n"
        "1       开展村级党组织星级评  镇党建办        各村（居）党组织  2024年1\n"
        "        定                                                      2月底\n"
        "2       推广积分制、清单制等  镇综治中心      派出所、镇司      长期\n"
        "        治理方式                              法所\n"
    )
    (t,) = text_tables(text)
    assert [[c.text for c in r] for r in t.rows] == [
        ["1", "开展村级党组织星级评定", "镇党建办", "各村（居）党组织", "2024年12月底"],
        ["2", "推广积分制、清单制等治理方式", "镇综治中心", "派出所、镇司法所", "长期"],
    ]
def test_docx_table_note_in_its_last_row_or_under_it(tmp_path):
    # 注：表中未列明牵头单位的，由A牵头 as the table's last row (merged) or a paragraph under it: A leads
    # the rows whose lead cell is blank (was not read); the plan's items above the table naming no
    # unit are no rows of it, and a note under the table saying no 表 is the table's all the same
    docx = pytest.importorskip("docx")
    header = ["序号", "工作任务", "牵头单位", "配合单位"]
    rows = [["1", "开展道路交通安全整治", "县公安局", "县交通运输局"], ["2", "开展危险化学品专项整治", "", "县市场监管局"]]
    expected = [
        ("1", "开展道路交通安全整治", [("县公安局", L, TB), ("县交通运输局", S, TB)]),
        ("2", "开展危险化学品专项整治", [("县市场监管局", S, TB), ("县应急管理局", L, INH)]),
    ]
    note = "注：表中未列明牵头单位的，由县应急管理局牵头。"
    in_row = _division_docx(tmp_path / "in-row.docx", header, rows + [[note] * 4])
    assert _facts(extract_file(in_row)) == expected
    d = docx.Document()
    for line in ("某县2025年安全生产工作方案", "一、重点任务", "1.加强宣传教育。开展安全生产月活动。", "2.开展专项整治。"):
        d.add_paragraph(line)
    t = d.add_table(rows=3, cols=4)
    for r, vals in enumerate([header, *rows]):
        for k, v in enumerate(vals):
            t.rows[r].cells[k].text = v
    for line in ("注：未列明牵头单位的，由县应急管理局牵头。", "二、保障措施", "各单位要加强领导。"):
        d.add_paragraph(line)
    d.save(tmp_path / "under.docx")
    facts = _facts(extract_file(tmp_path / "under.docx"))
    assert facts[0] == ("1", "加强宣传教育", [])
    assert facts[-2:] == expected


def test_closing_words_told_to_units_leave_the_last_item_and_a_line_before_the_next_item_stays():
    """closing-words-told.txt: 县应急管理局、各乡镇要… after the last item is none of its text; 县财政局
    要保障物资储备经费。 under （二）, the next item after it, is （二）'s text (near miss)."""
    tasks = extract_file(WORDINGS / "closing-words-told.txt").tasks
    assert "物资储备经费" in tasks[1].text
    assert "值班值守" not in tasks[2].text and "督促检查" not in tasks[2].text


def test_closing_words_checking_the_work_name_its_supervisors():
    """县委组织部要会同有关部门加强督促检查 / 县委督查室要会同县政府督查室加强督促检查 closing a list: no
    task, but the bodies named check every task above them (their supervisors; the sentence was one
    more task, then kept nowhere); 有关部门 names nobody. Near miss: closing words asking other work
    (师市发改委要会同师市住建局建立项目调度机制…) name no supervisor."""
    from respgraph.responsibilities import task_supervisors

    def watchers(name):
        return [[m.text for m in task_supervisors(t)] for t in extract_file(WORDINGS / name).tasks]

    assert watchers("closing-words-after-list.txt") == [["县委组织部"]] * 4
    assert watchers("closing-words-told.txt") == [["县委督查室", "县政府督查室"]] * 3
    assert watchers("closing-chapter-requirements.txt") == [[]] * 5


def test_a_minutes_item_opening_with_what_was_heard_still_directs(tmp_path):
    """（一）会议听取了A的汇报。会议要求，A要…: the item opens with what the meeting heard, but its
    directive gives A the work (was lost); （二）会议指出，… alone is no task."""
    path = tmp_path / "纪要.txt"
    path.write_text(
        "关于城区老旧小区改造工作推进会议纪要\n\n2025年3月12日，副市长李某某主持召开会议。现将会议议定事项纪要如下：\n\n"
        "一、关于项目推进\n（一）会议听取了市住建局关于改造进展的汇报。会议要求，市住建局要加快项目前期工作，确保6月底前全部开工。\n"
        "（二）会议指出，部分项目资金拨付缓慢。\n（三）会议决定，由市财政局牵头，市住建局配合，9月底前拨付到位。\n\n出席：李某某\n",
        encoding="utf-8",
    )
    tasks = extract_file(path).tasks
    assert [(t.number, [(m.text, m.role) for m in t.mentions]) for t in tasks] == [
        ("（一）", [("市住建局", L)]), ("（三）", [("市财政局", L), ("市住建局", S)])]
def test_a_section_setting_up_units_is_no_work():
    """第二条 省生态环境厅设下列内设机构： / 三、内设机构及职责 / 第三条 直属单位 set up a body's units
    (their items are no tasks); 成员单位职责, 职责分工 and a section of a 直属单位's work share work."""
    from respgraph.structure.duties import ROSTER_SECTION

    for title in ("省生态环境厅设下列内设机构", "内设机构及职责", "直属单位", "机构设置", "处室职责", "各科室主要职责"):
        assert ROSTER_SECTION.search(title), title
    for title in ("成员单位职责", "职责分工", "直属单位重点工作", "强化直属单位党建", "明确部门职责"):
        assert not ROSTER_SECTION.search(title), title


def test_a_departments_own_units_are_named_bodies():
    """A 厅's or 局's own plan names its 处室 / 科室 / 股室 and 总队 / 大队 without a place; words
    ending so (不足之处 / 学科) and collectives (各处室 / 有关科室) are none."""
    from respgraph.grammar.placed_units import OWN_UNIT

    for name in ("大气环境处", "法规与标准处", "水生态环境科", "土壤与固废股", "执法总队", "环境监察大队", "机关党委"):
        assert OWN_UNIT.match(name), name
    for name in ("不足之处", "薄弱之处", "交叉学科", "各处", "有关科", "各执法大队", "本处"):
        assert not OWN_UNIT.match(name), name


def test_an_items_text_keeps_its_lines_above_a_people_field():
    # the 整改内容 line above 包案领导：… / 督办人：… is the item's text (was dropped, no warning)
    plan = _plan("people-labels-named-by-their-work.txt")
    assert "整改内容：完成12个村生活污水治理设施建设。" in plan.tasks[0].text
    assert "整改内容：完成城区2条黑臭水体治理。" in plan.tasks[1].text
    assert "整改内容：完成禁养区内养殖场关停搬迁。" in plan.tasks[5].text
    plan = _plan("people-labels-with-names-alone.txt")
    assert [t.number for t in plan.tasks] == ["（一）", "（二）", "（三）"]
    assert "整改内容：对排查出的重复信访积案逐案落实化解措施，限期办结。" in plan.tasks[0].text
    assert "整改内容：定期开展矛盾纠纷排查，及时发现并化解苗头性问题。" in plan.tasks[2].text


def test_an_items_text_dropped_under_an_unknown_field_line_is_said(tmp_path):
    # a field line no rule knows (盯办专班：张某某) still opens a task of its own under the item; the
    # item's 整改内容 above it, in no task, is said in the plan's warnings (was dropped unsaid).
    # Near misses say nothing: a known people field, and a unit's duty statement (县信访局：负责…)
    item = "（一）重复信访积案化解问题\n整改内容：对重复信访积案逐案落实化解措施。\n{}\n牵头单位：县信访局\n"
    plan = extract_text(tmp_path, "XX县信访问题整改方案\n\n二、整改任务\n\n" + item.format("盯办专班：张某某"), "a.txt")
    assert [t.title for t in plan.tasks] == ["盯办专班：张某某"]
    assert any(w.startswith("item （一） holds text in no task (整改内容：对重复信访积案逐") and "盯办专班：" in w for w in plan.warnings)
    plan = extract_text(tmp_path, "XX县信访问题整改方案\n\n二、整改任务\n\n" + item.format("化解人：张某某"), "b.txt")
    assert [t.number for t in plan.tasks] == ["（一）"] and not any("in no task" in w for w in plan.warnings)
    duties = "XX县信访工作职责分工\n\n一、部门职责\n（一）信访\n县信访局：负责信访事项的受理和交办。\n县司法局：负责矛盾纠纷调解。\n"
    plan = extract_text(tmp_path, duties, "c.txt")
    assert not any("in no task" in w for w in plan.warnings)


def test_a_field_of_names_alone_is_people_a_body_is_not():
    # 化解人：张某某 / 专班负责人：王立新、李某 are people; near misses: a body after such a label
    # (化解人：县信访局), a label of no person (整改内容：…), a sentence after the name
    from respgraph.grammar.labelled.bracketed import fields_only

    def only(s):
        return fields_only(s, 0, len(s))

    assert only("化解人：张某某\n") and only("专班负责人：王立新、李某\n") and only("联络干部：赵某同志\n") and only("联络员：钱某\n")
    assert not only("化解人：县信访局\n")
    assert not only("化解人：各乡镇\n")
    assert not only("整改内容：张某某\n")
    assert not only("化解人：张某某负责督促\n")


def test_the_basis_an_action_follows_is_no_unit():
    """按照统一部署 / 根据省委部署 / 围绕中心 open what the work follows or serves (ending like 审计署 or
    中心); a plan (统一部署 / 决策部署) ends like 署 and is none. Bodies ending so stay names."""
    from respgraph.grammar.units import looks_like_unit

    for words in ("按照统一部署", "根据省委统一部署", "围绕中心", "遵照省委部署", "结合工作部署", "统一部署", "决策部署"):
        assert not looks_like_unit(words), words
    for name in ("审计署", "海关总署", "地区行政公署", "市政务服务中心", "县审计局"):
        assert looks_like_unit(name), name


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what the lead found goes up to a body: the lead stays, the body is no unit of the task
        ("由省生态环境厅负责调查，结果报省政府。", [("省生态环境厅", "lead")]),
        ("由省生态环境厅负责调查，结果及时报省政府。", [("省生态环境厅", "lead")]),
        ("由省生态环境厅负责调查，报省政府。", [("省生态环境厅", "lead")]),
        ("由省生态环境厅负责调查，结果报省政府，省公安厅配合。", [("省生态环境厅", "lead"), ("省公安厅", "support")]),
        # near misses: a name holding 报 still helps; approval wording as before
        ("由市日报社负责宣传，报业集团配合。", [("市日报社", "lead"), ("报业集团", "support")]),
        ("由省生态环境厅负责调查，结果报省政府备案。", [("省生态环境厅", "lead")]),
        # the data the lead gathers and their schedule (监测数据按月报 / 信息每季度报): the lead stays (was no clause)
        ("省生态环境厅负责，监测数据按月报省河湖长制办公室。", [("省生态环境厅", "lead")]),
        ("省生态环境厅负责，信息每季度报省政府。", [("省生态环境厅", "lead")]),
    ],
)
def test_findings_reported_up_end_the_clause(tmp_path, sentence, expected):
    plan = extract_text(tmp_path, "XX工作方案\n\n一、重点任务\n（一）查处问题线索。" + sentence + "\n")
    assert [(m.text, m.role) for m in plan.tasks[0].mentions] == expected


@pytest.mark.parametrize(
    ("bracket", "expected"),
    [
        ("（县委宣传部、县文旅局，余村村）", ["县委宣传部", "县文旅局", "余村村"]),
        ("（县委宣传部、县文旅局、余村村委会）", ["县委宣传部", "县文旅局", "余村村委会"]),
        ("（县委宣传部、鲁家村村民委员会）", ["县委宣传部", "鲁家村村民委员会"]),
        # near misses: kinds of villages and villages alone are no list of units
        ("（县委宣传部、美丽乡村）", []),
        ("（县委宣传部、城中村）", []),
        ("（县文旅局、试点村）", []),
        ("（余村村、小岗村）", []),
    ],
)
def test_a_village_named_beside_bureaus_in_a_bare_list(tmp_path, bracket, expected):
    plan = extract_text(tmp_path, "XX工作方案\n\n一、重点任务\n（一）建设示范带。打造乡村旅游线路" + bracket + "。\n")
    assert [m.text for m in plan.tasks[0].mentions] == expected


def test_a_departments_own_bureau_is_a_named_body():
    """厅生态环境执法局, a 厅's bureau by its short name, is named as its divisions are; a collective
    (各市生态环境局) and a place's bureau stay as they were."""
    from respgraph.grammar.placed_units import OWN_UNIT

    assert OWN_UNIT.match("厅生态环境执法局")
    for name in ("各市生态环境局", "市生态环境局", "厅"):
        assert not OWN_UNIT.match(name), name


def test_rows_dividing_a_body_item_are_its_tasks_under_its_title():
    # 3 and 4 both say part of item 3's work: the item (naming no unit) is no task beside them, its
    # title is their section; near miss: 6, whose words no item holds, keeps the table's section
    plan = extract_file(WORDINGS / "table-rows-say-items-in-other-words.txt")
    by_title = {t.title: t for t in plan.tasks}
    assert "加强饮用水水源地保护" not in by_title
    assert by_title["清理整治水源保护区内违法建设项目"].section == ["整治任务", "加强饮用水水源地保护"]
    assert by_title["开展流域生态补偿试点"].section == []


def test_a_row_whose_words_two_items_hold_alike_is_given_to_neither(tmp_path):
    # 加强监测 in both items' text, as much in one as in the other: no item is the row's (it stays a
    # row, the items keep no unit) rather than a guess
    text = (
        "某县2022年环境监管工作方案\n\n一、重点任务\n1.加强大气环境监测执法。开展大气环境监测执法检查。\n"
        "2.加强水环境监测执法。开展水环境监测执法检查。\n\n附件\n\n任务分工表\n\n"
        "序号\t重点任务\t牵头单位\t配合单位\n1\t开展环境监测执法检查\t县生态环境局\t县公安局\n"
    )
    got = [(t.number, t.kind, [m.text for m in t.mentions]) for t in extract_text(tmp_path, text, "alike.txt").tasks]
    assert ("1", "table", ["县生态环境局", "县公安局"]) in got
    assert ("1", "numbered", []) in got and ("2", "numbered", []) in got


def test_an_item_and_its_row_naming_different_leads_are_one_task_flagged_and_said():
    # the item keeps its units; the row's clause is kept with it (its spans at the row's cells),
    # the task is flagged and the plan says which; near miss: the row agreeing with (一) flags nothing
    plan = extract_file(WORDINGS / "items-with-units-and-rows-that-differ.txt")
    by_number = {t.number: t for t in plan.tasks}
    assert by_number["（二）"].flags == ["table_differs"] and by_number["（一）"].flags == []
    row = by_number["（二）"].clauses[-1]
    assert row.raw.startswith("牵头单位：区城市管理局") and plan.document.text[row.span.start : row.span.end].startswith("区城市管理局")
    assert [w for w in plan.warnings if "another lead" in w] == [
        "2 tasks name another lead in the text than in the division table: （二） 内源治理: 区水利局 (table: 区城市管理局); "
        "（四） 建立长效机制: 区水利局 (table: 区河长办); the text's units kept, the row's clause with them, flagged table_differs"
    ]
    # the list (三) wrote, its first unit leading only by convention, is kept as written beside the row's
    assert [c.raw[:5] for c in by_number["（三）"].clauses] == ["牵头单位：", "责任单位："]


def test_an_item_with_its_lead_divided_into_rows_gives_way_to_them_keeping_its_clause():
    # the rows of (一)(二)(三) are the tasks, under the item's title, each holding the item's clause
    # (its spans in the body) after its own row's; only (三), whose lead 市生态环境局 no row names, is
    # flagged and said; near miss: (一)(二)'s rows, led by units the item names, flag nothing
    plan = extract_file(WORDINGS / "item-with-lead-divided-into-rows.txt")
    by_number = {t.number: t for t in plan.tasks}
    assert not {"（一）", "（二）", "（三）"} & set(by_number)
    assert by_number["2"].section == ["重点任务", "推进化肥农药减量增效"]
    item = by_number["2"].clauses[-1]
    assert item.raw.startswith("（市农业农村局牵头，市供销合作社、市财政局")
    assert plan.document.text[item.span.start : item.span.end] == item.raw
    assert [t.number for t in plan.tasks if t.flags == ["table_differs"]] == ["5", "6"]
    assert [w for w in plan.warnings if "divided into rows" in w] == [
        "1 task divided into rows by the division table names a lead in the text that no row names: （三） 建立农业面源污染监测体系: "
        "市生态环境局 (table rows: 市农业农村局、市水利局); the rows kept as the tasks, the item's clause with each, flagged table_differs"
    ]


def test_rows_grouped_under_an_items_title_are_its_parts_with_its_clause():
    # the measures grouped under 强化移动源污染管控 hold the item's clause (its two leads) after their
    # own; both leads lead a measure: nothing flagged
    plan = extract_file(WORDINGS / "item-with-lead-grouped-rows.txt")
    parts = [t for t in plan.tasks if t.section == ["主要任务", "强化移动源污染管控"]]
    assert [t.title for t in parts] == ["淘汰国三及以下排放标准营运柴油货车120辆", "开展重型柴油车路检路查"]
    assert all(t.clauses[-1].raw == "（县公安局交通管理大队、县交通运输局牵头）" and not t.flags for t in parts)
    assert not [w for w in plan.warnings if "divided into rows" in w]


def test_a_collective_of_members_named_bare_and_with_its_body_is_one_supporter(tmp_path):
    # 各成员单位 in the item, 省新污染物治理工作协调小组各成员单位 in its row: one supporter (the item's
    # words); near miss: the row's 各设区市人民政府 is other units and joins the item
    text = (
        "江苏省2025年新污染物治理工作要点\n\n一、重点任务\n"
        "1.健全新污染物治理跨部门协调机制，定期召开联席会议。（省生态环境厅牵头，各成员单位按职责分工负责）\n\n"
        "附件\n\n任务分工表\n\n序号\t工作任务\t牵头单位\t配合单位\n"
        "1\t健全跨部门协调机制\t省生态环境厅\t省新污染物治理工作协调小组各成员单位、{other}\n"
    )
    tasks = extract_text(tmp_path, text.format(other="省工业和信息化厅"), "members.txt").tasks
    assert [(t.number, [(m.text, m.role) for m in t.mentions]) for t in tasks] == [
        ("1", [("省生态环境厅", "lead"), ("各成员单位", "support"), ("省工业和信息化厅", "support")])]
    tasks = extract_text(tmp_path, text.format(other="各设区市人民政府"), "members2.txt").tasks
    assert [m.text for m in tasks[0].mentions] == ["省生态环境厅", "各成员单位", "各设区市人民政府"]


def test_a_row_resembling_an_item_that_names_another_lead_stays_a_row(tmp_path):
    # the row's words are most of item 1's, but the item names its own lead and the row another:
    # the row may be work of its own (a title would say it is the same task): both stay, nothing
    # flagged; near miss: the row naming the item's own lead joins it (its supporter added)
    text = (
        "某县2022年秸秆禁烧工作方案\n\n一、重点任务\n1.加强秸秆禁烧管控。落实秸秆禁烧网格化巡查制度。（县农业农村局牵头）\n"
        "2.推进秸秆综合利用。建立秸秆收储运体系。（县农业农村局牵头）\n\n附件\n\n任务分工表\n\n"
        "序号\t重点任务\t牵头单位\t配合单位\n1\t落实秸秆禁烧网格化巡查\t{lead}\t县公安局\n"
    )
    got = [(t.number, t.kind, t.flags, [m.text for m in t.mentions]) for t in extract_text(tmp_path, text.format(lead="县生态环境局"), "a.txt").tasks]
    assert ("1", "numbered", [], ["县农业农村局"]) in got and ("1", "table", [], ["县生态环境局", "县公安局"]) in got
    got = [(t.number, t.kind, t.flags, [m.text for m in t.mentions]) for t in extract_text(tmp_path, text.format(lead="县农业农村局"), "b.txt").tasks]
    assert ("1", "numbered", [], ["县农业农村局", "县公安局"]) in got and not any(k == "table" for _, k, _, _ in got)


def test_a_project_list_whose_rows_resemble_few_items_keeps_its_rows(tmp_path):
    # a 重点项目清单: one project's words are most of item 1's, the other projects none; the list
    # is other work than the body listed again: its rows stay tasks, the item keeps no unit;
    # near miss: the same row in a 分工表 listing every item is item 1's
    text = (
        "某县2023年水污染防治工作方案\n\n一、重点任务\n1.推进污水处理提标。完成城东污水处理厂提标改造。\n"
        "2.加强河道保洁。落实河道日常保洁。\n\n附件\n\n重点项目清单\n\n"
        "序号\t项目名称\t责任单位\n1\t城东污水处理厂提标改造\t县住建局\n2\t城西工业园区污水管网建设\t县工业园区管委会\n"
        "3\t河口湿地修复工程\t县林业局\n"
    )
    got = [(t.number, t.kind, [m.text for m in t.mentions]) for t in extract_text(tmp_path, text, "projects.txt").tasks]
    assert ("1", "table", ["县住建局"]) in got and ("1", "numbered", []) in got
    listed = text.replace("2\t城西工业园区污水管网建设\t县工业园区管委会\n3\t河口湿地修复工程\t县林业局\n", "2\t落实河道日常保洁\t县水利局\n")
    got = [(t.number, t.kind, [m.text for m in t.mentions]) for t in extract_text(tmp_path, listed, "listed.txt").tasks]
    assert ("1", "numbered", ["县住建局"]) in got and not any(k == "table" for _, k, _ in got)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # units guiding, then those carrying the work out: the latter answer for it, the guides help
        # (were the guides' first unit a lead by the first-listed convention, or no clause at all)
        ("市住房城乡建设局、市民政局负责指导，各城区人民政府负责落实。",
         [("市住房城乡建设局", S, EX), ("市民政局", S, EX), ("各城区人民政府", L, EX)]),
        ("市秦岭保护局指导、秦岭沿线区县政府落实。", [("市秦岭保护局", S, EX), ("秦岭沿线区县政府", L, EX)]),
        ("市林业局指导，各区县政府抓好落实。", [("市林业局", S, EX), ("各区县政府", L, EX)]),
        ("在市住房城乡建设局指导下，各城区人民政府负责落实。", [("市住房城乡建设局", S, EX), ("各城区人民政府", L, EX)]),
        # … by their duty where they are (按属地职责抓好落实), after a lead: they support it (was no clause)
        ("市水务局负责，相关区人民政府按属地职责抓好落实。", [("市水务局", L, EX), ("相关区人民政府", S, EX)]),
        ("市水务局负责，各区人民政府按照属地管理职责落实。", [("市水务局", L, EX), ("各区人民政府", S, EX)]),
        # near misses: after a lead (牵头 / 负责) those carrying it out support it, a guide beside them too
        ("市林业局牵头，各区县政府落实。", [("市林业局", L, EX), ("各区县政府", S, EX)]),
        ("市林业局负责，各区县政府负责落实。", [("市林业局", L, EX), ("各区县政府", S, EX)]),
        ("市林业局负责，市秦岭保护局指导，各区县政府落实。", [("市林业局", L, EX), ("市秦岭保护局", S, EX), ("各区县政府", S, EX)]),
        # ... and a unit's own guidance listed with its other actions is no guide's phrase
        ("县农业农村局加强指导、督促检查。", []),
    ],
)
def test_the_units_carrying_out_what_others_guide_answer_for_it(tmp_path, sentence, expected):
    plan = extract_text(tmp_path, "XX工作方案\n\n一、重点任务\n（一）完善小区长效管理。" + sentence + "\n")
    assert [(m.text, m.role, m.basis) for m in plan.tasks[0].mentions] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 分别由A、B负责: each its part, as A、B分别负责 (was A by the first-listed convention)
        ("分别由市园林和林业绿化局、市公安局交警支队负责。", [("市园林和林业绿化局", L, EX), ("市公安局交警支队", L, EX)]),
        # a national system's body named by its city (武汉海事局 / 国网武汉供电公司) shares the work as a
        # city's bureau does (was no clause: the body not taken for one of a place)
        ("武汉海事局、市交通运输港航局分别负责船舶污染物排放监管和港口接收设施建设运行。",
         [("武汉海事局", L, EX), ("市交通运输港航局", L, EX)]),
        ("市交通运输港航局、武汉海事局分别负责港口接收设施建设和船舶监管。", [("市交通运输港航局", L, EX), ("武汉海事局", L, EX)]),
        # near misses: 由A、B负责 keeps the convention; one body given the work by 分别由 leads it
        ("由市园林和林业绿化局、市公安局交警支队负责。", [("市园林和林业绿化局", L, FL), ("市公安局交警支队", S, EX)]),
        ("市交通运输港航局负责，国网武汉供电公司协助。", [("市交通运输港航局", L, EX), ("国网武汉供电公司", S, EX)]),
    ],
)
def test_units_given_each_their_part(tmp_path, sentence, expected):
    plan = extract_text(tmp_path, "XX工作方案\n\n一、重点任务\n（一）城市功能完善行动。新建口袋公园50处。" + sentence + "\n")
    assert [(m.text, m.role, m.basis) for m in plan.tasks[0].mentions] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A主抓 before units helping it: A leads (was the helper alone, a support with no lead)
        ("市河长办主抓，市水务局配合。", [("市河长办", L, EX), ("市水务局", S, EX)]),
        # units each carrying out their part after the one over the work (分别开展, as 分别负责): they
        # support it (were lost)
        ("市秦岭保护局负责统筹协调，市生态环境局、市林业局、市水务局分别开展生态环境、林业、水行政执法。",
         [("市秦岭保护局", L, EX), ("市生态环境局", S, EX), ("市林业局", S, EX), ("市水务局", S, EX)]),
        ("市秦岭保护局牵头，市生态环境局、市林业局分别开展生态环境、林业执法。",
         [("市秦岭保护局", L, EX), ("市生态环境局", S, EX), ("市林业局", S, EX)]),
        # near misses: 主抓 alone or before an aim stays a principle; 分别开展 with no clause verb in the
        # sentence names no assignment
        ("市河长办主抓。", []),
        ("市河长办主抓，确保取得实效。", []),
        ("市生态环境局、市林业局、市水务局分别开展生态环境、林业、水行政执法。", []),
    ],
)
def test_a_lead_over_units_helping_or_doing_their_parts(tmp_path, sentence, expected):
    plan = extract_text(tmp_path, "XX工作方案\n\n一、重点任务\n（一）开展秦岭生态环境综合执法。" + sentence + "\n")
    assert [(m.text, m.role, m.basis) for m in plan.tasks[0].mentions] == expected


@pytest.mark.parametrize(
    ("lead_cell", "support_cell", "expected"),
    [
        # the 牵头单位 column marking one unit （牵头）: the others work with it, as 责任单位：A（牵头）、B
        # reads (each was a lead of the row)
        ("市教育局（牵头）、市财政局、市民政局", "", [("市教育局", L), ("市财政局", S), ("市民政局", S)]),
        ("市教育局（牵头）、市财政局", "市民政局", [("市教育局", L), ("市财政局", S), ("市民政局", S)]),
        # near misses: a 牵头单位 cell of several units unmarked names co-leads; a marked 配合单位 cell is as marked
        ("市教育局、市公安局", "各县（市、区）人民政府", [("市教育局", L), ("市公安局", L), ("各县（市、区）人民政府", S)]),
        ("市委编办", "市教育局、市财政局", [("市委编办", L), ("市教育局", S), ("市财政局", S)]),
    ],
)
def test_a_lead_column_marking_its_lead_makes_the_others_support(tmp_path, lead_cell, support_cell, expected):
    text = ("遵义市2026年教育强市建设重点任务分工表\n\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
            "1\t推进义务教育优质均衡发展，创建国家义务教育优质均衡发展县2个\t市教育局\t市财政局\t2026年12月\n"
            f"2\t做好家庭经济困难学生资助工作\t{lead_cell}\t{support_cell}\t2026年12月\n")
    plan = extract_text(tmp_path, text)
    assert [(m.text, m.role) for m in plan.tasks[1].mentions] == expected


def test_a_body_checking_the_work_after_a_comma_is_its_supervisor():
    """县信访局负责督导 / 负责监督 closing an item's sentence after the units doing the work is kept as
    the task's supervisor (task_supervisors), as a 督导单位 label is, with no role; 负责督导整改落实 (an
    object) is the bureau's own part and it supervises nothing."""
    from respgraph.responsibilities import task_supervisors

    first, second, third = _plan("body-duties-with-a-supervisor.txt").tasks
    assert [m.text for m in task_supervisors(first)] == ["县信访局"]
    assert [m.text for m in task_supervisors(second)] == ["县信访局"]
    assert task_supervisors(third) == []


def test_a_heading_among_units_naming_none_keeps_its_items_flagged(tmp_path):
    """（五）醴陵水文 among headings naming their unit: its item is a task, flagged, the heading kept
    as the clause no rule could read (the item was dropped, no task and no warning); the heading of
    a chapter among them (（六）工作要求) is no unit and its item no task."""
    f = tmp_path / "plan.txt"
    f.write_text((WORDINGS / "duty-headings-bodies-by-bare-name.txt").read_text(encoding="utf-8").replace(
        "（五）工作要求", "（五）醴陵水文\n1．负责汛期水情监测和预报。\n（六）工作要求"), encoding="utf-8")
    plan = extract_file(f)
    unread = [t for t in plan.tasks if "unparsed_clause" in t.flags]
    assert [(t.title, [c.raw for c in t.clauses if not c.parsed]) for t in unread] == [("负责汛期水情监测和预报", ["醴陵水文"])]
    assert not unread[0].mentions
    assert not any("报送工作开展情况" in t.text for t in plan.tasks)
    assert any("naming no known unit" in w and "负责汛期水情监测和预报" in w for w in plan.warnings)
    assert len(plan.tasks) == 6


def test_a_table_of_one_measure_each_lists_its_items_again(tmp_path):
    """A 分工表 whose every group holds one row (1 调整产业结构 / 1-1 …) lists the body's items again:
    each item stays the task and takes its row's units (no table divides an item here)."""
    f = tmp_path / "plan.txt"
    lines = (WORDINGS / "division-table-one-measure-group.txt").read_text(encoding="utf-8").splitlines()
    f.write_text("\n".join(ln for ln in lines if not ln.startswith(("1-2", "2-2"))) + "\n", encoding="utf-8")
    plan = extract_file(f)
    assert [(t.number, t.title, [(m.text, m.role) for m in t.mentions][:1]) for t in plan.tasks] == [
        ("（一）", "调整产业结构", [("市发展改革委", L)]),
        ("（二）", "调整能源结构", [("市发展改革委", L)]),
        ("（三）", "调整运输结构", [("市交通运输局", L)]),
    ]


def test_two_bodies_sharing_a_heading_among_units_headings(tmp_path):
    """（二）醴陵气象站、醴陵水文站 among headings naming their unit: the first listed leads, the other
    supports, as two bodies no rule names do under one heading; two names of which one is no body's
    (醴陵水文、醴陵电力) keep their item, flagged, the heading kept as written (both were dropped)."""
    f = tmp_path / "plan.txt"
    f.write_text(
        "醴陵市防汛抗旱指挥部成员单位工作职责\n\n（一）市应急管理局\n1．承担市防指办公室日常工作。\n"
        "（二）醴陵气象站、醴陵水文站\n1．负责雨情水情监测预警。\n（三）市水利局\n1．负责水库山塘安全度汛监管。\n"
        "（四）市交通运输局\n1．负责公路水毁抢修。\n（五）醴陵水文、醴陵电力\n1．负责应急通信和电力保障。\n",
        encoding="utf-8",
    )
    plan = extract_file(f)
    facts = [(t.title, [(m.text, m.role, m.basis) for m in t.mentions], t.flags) for t in plan.tasks]
    assert facts[1] == ("负责雨情水情监测预警", [("醴陵气象站", L, FL), ("醴陵水文站", S, EX)], [])
    assert facts[4] == ("负责应急通信和电力保障", [], ["unparsed_clause"])
    assert [c.raw for c in plan.tasks[4].clauses] == ["醴陵水文、醴陵电力"]


@pytest.mark.parametrize("second, third, read", [
    # one heading a rule reads and two read by their form: all three lead their items (two were dropped)
    ("醴陵气象站", "醴陵公路中心", [["市应急管理局"], ["醴陵气象站"], ["醴陵公路中心"]]),
    # near miss: one unit's heading among themes (大气污染防治) is no list by body: the themes stay no units
    ("大气污染防治", "水污染防治", [["市应急管理局"]]),
])
def test_a_list_by_body_with_one_heading_a_rule_reads(tmp_path, second, third, read):
    f = tmp_path / "plan.txt"
    f.write_text(
        f"醴陵市防汛抗旱指挥部成员单位工作职责\n\n（一）市应急管理局\n1．承担市防指办公室日常工作。\n"
        f"（二）{second}\n1．负责汛期监测预警。\n（三）{third}\n1．负责水毁抢修。\n",
        encoding="utf-8",
    )
    plan = extract_file(f)
    assert [[m.text for m in t.mentions] for t in plan.tasks if t.mentions] == read
    assert not any("unparsed_clause" in t.flags for t in plan.tasks)


def test_a_chapter_of_duties_naming_no_body_stays_no_owner(tmp_path):
    """一、指挥部职责 / 二、成员单位职责 over units' headings: 职责 after no body's name makes no owner; the
    units' headings lead their items as before."""
    f = tmp_path / "plan.txt"
    f.write_text(
        "醴陵市防汛抗旱指挥部成员单位工作职责\n\n一、指挥部职责\n负责统一指挥全市防汛抗旱工作。\n二、成员单位职责\n"
        "（一）市应急管理局\n1．承担市防指办公室日常工作。\n（二）市水利局\n1．负责水库山塘安全度汛监管。\n",
        encoding="utf-8",
    )
    plan = extract_file(f)
    assert [(t.title, [m.text for m in t.mentions]) for t in plan.tasks if t.mentions] == [
        ("承担市防指办公室日常工作", ["市应急管理局"]), ("负责水库山塘安全度汛监管", ["市水利局"]),
    ]


def test_a_dash_read_for_one_inside_a_run_together_line_is_a_heading_only_where_one_stands():
    plan = _plan("scraped-run-together-dash-headings.txt")
    text = plan.document.text
    assert "一、工作目标" in text and "—、" not in text
    assert "重点任务（一）推进" in text and "保障措施（一）加强" in text
    assert "收集率（—）较上年提高" in text and "（2021—2023年）" in text
    assert [t.path for t in plan.tasks] == ["二（一）", "二（二）", "二（三）"]


def test_a_page_mark_run_into_the_text_goes_where_no_page_is_cited():
    text = _plan("scraped-page-marks-cutting-lines.txt").document.text
    assert "详见附件第2页，" in text and "见第3页至第4页。" in text
    assert "第3页" not in text.replace("见第3页至", "") and "2 / 3" not in text
    assert "县农业农村局 各乡镇、县城管局 2021年12月底前" in text


def test_a_page_counter_run_into_the_text_goes_and_a_ratio_stays():
    text = _plan("scraped-page-counters-run-in.txt").document.text
    assert "约2/3的涉VOCs企业" in text and "第3/4季度" in text
    assert "3/7" not in text and "4 / 7" not in text and "配4合" not in text and "牵5头" not in text


def test_scan_page_numbers_inside_words_go_and_counts_stay():
    text = _plan("ocr-wrapped-labels-page-numbers.txt").document.text
    assert "全年3个批次任务，约2/3的乡镇" in text
    assert "贵任" not in text and "3任" not in text and "2 局" not in text and "4局" not in text
