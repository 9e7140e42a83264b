"""Clause grammar vocabulary: settings, the label words and the compiled clause scanner.

The label (``牵头单位：`` …) and role words, the one look-ahead scanner ``SCAN_RE`` that finds
where a clause may stand, the patterns of label-less phrases (``由A牵头``, reported speech, dates)
and small position helpers shared by the readers in ``labelled``, ``roles`` and ``inline``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from respgraph.grammar.units import CLOSE, DUTY_WORDS
from respgraph.grammar.units.bodies import FIELD_WORD
from respgraph.grammar.units.words import skip_ws


@dataclass
class GrammarSettings:
    """Conventions of the plans being read.

    ``first_listed_is_lead``: where a clause names no lead, the first listed unit leads
    (basis ``first_listed``); when False every unit of such a clause is support. A list set
    against a supporting group (``A、B、C负责，D配合`` / ``（A、B按职责分工负责，C参与）``) names its
    leads: each unit before 负责 leads (basis ``explicit``), whatever this setting says; the
    convention applies where nothing contrasts (``（A、B、C负责）``, ``责任单位：A、B、C``, and a
    bare list without a verb of its own, ``（A、B，C配合）``). A labelled list set against a labelled
    or marked supporting group (``责任单位：A、B；配合单位：C`` / ``责任单位：A、B，C配合``) leads together.
    """

    first_listed_is_lead: bool = True


def _sp(word: str) -> str:
    """Regex for ``word`` allowing OCR whitespace between its characters."""
    return r"\s*".join(re.escape(c) for c in word)


_LEAD_WORDS = ("牵头负责", "牵头", "主办", "主责")
# 联动单位 / 指导单位 (the sector department guiding a 责任主体) support, as 指导 beside a verb does
_SUPPORT_WORDS = ("配合", "协助", "协办", "参与", "协同", "协作", "参加", "联动", "指导")
# Support words only with their noun: 会办单位 (江苏's 主办 / 会办 pair: a bare 会办： is 安委会办：),
# 支持单位 (a bare 支持： ends a heading: 加大资金支持：…)
# 相关部门 / 相关单位 (a 职责边界清单's 主责部门 and 相关部门), 成员单位 (a 工作专班's or 工作组's 组长单位
# and 成员单位: 组长： and 成员： name people), 副组长单位 (beside the 组长单位, which leads: its 副 was
# read as a lead unit and its units as leads)
# 帮扶单位 (a 乡村振兴 list's paired unit helping the village or firm that carries the task)
_SUPPORT_NOUN_ONLY = ("会办", "支持", "相关", "成员", "副组长", "帮扶")
# 分办单位 (a 建议 or 提案 shared out: each 分办 unit answers its part itself) lead, as 主办 does
_LEAD_NOUN_ONLY = ("组长", "分办")
# 成员单位 / 副组长单位 only go on a clause a lead's label opened: alone (成员单位：A、B、C) they are
# the roster of a 领导小组, no task's support
MEMBERS = ("成员", "副组长")
# 相关单位 / 相关部门 likewise go on a clause only (主责部门：A\n相关部门：B); 相关责任单位 opens one
RELATED = "相关"
# 负责单位 / 主要负责单位; 行业主管部门 / 行业监管部门 beside 属地责任单位 (安全生产 plans)
_RESP_WORDS = ("责任", "承办", "实施", "落实", "负责", "主管", "监管", "管理")
# 单位 / 部门 / 主体, and inside one department's plan its divisions: 牵头处室 / 责任科室 / 牵头股室 /
# 牵头部室; the lower bodies it names by kind: 责任乡镇：各乡镇 / 责任镇街：各镇街 / 责任学校：各中小学
# (an education bureau's plan)
_LABEL_NOUNS = ("单位", "部门", "主体", "处室", "科室", "股室", "部室", "乡镇", "镇街", "学校")
# A label's level or rank before it: 市级责任单位 / 县级责任单位 in one bracket (two levels),
# 省直牵头单位, 第一责任单位. Scans start at the role word (市/县 open too much text to be a
# cheap first character); _label_start steps back over the prefix.
_LEVEL = (
    r"(?:(?:各\s*)?(?:[省市县区]\s*[级直]|(?:市\s*县|县\s*乡|县\s*区|区\s*县|市\s*区)(?:\s*两\s*级)?)"
    r"|乡\s*镇\s*级|第\s*[一二三]"
    # the kind of duty: 属地责任单位 / 主体责任单位 / 直接责任单位 / 整改责任单位 / 行业主管部门
    r"|" + "|".join(_sp(w) for w in ("属地", "主体", "直接", "整改", "具体", "行业")) + r")\s*"
)
_LEVEL_BEFORE = re.compile(_LEVEL + "$")
# A label: ``牵头单位：`` / ``【责任单位】`` / ``[配合单位]``, or a bare role word and a colon
# (``（牵头：A；配合：B）``). The bare form is allowed only after a lead or support word (the
# look-behind on its last character), since ``落实：`` / ``实施：`` open narrative too.
_LABEL = (
    r"(?:[【\[［]\s*)?(?:" + _LEVEL + r")?(?:" + _sp("主要") + r"\s*|" + _sp("次要") + r"\s*|" + _sp("其他") + r"\s*)?"
    # (各牵头单位为…第一责任单位，要…: the lead units addressed, no label)
    r"(?:(?<!各)|(?![^：:\n]{2,6}为))"
    r"(?P<kind>" + "|".join(_sp(w) for w in _LEAD_WORDS + _LEAD_NOUN_ONLY + _SUPPORT_WORDS + _SUPPORT_NOUN_ONLY + _RESP_WORDS) + r")"
    r"(?:\s*(?:" + _sp("责任") + r"\s*)?(?:" + "|".join(_sp(w) for w in _LABEL_NOUNS) + r")"
    # 责任单位（部门）： / 牵头单位为A，配合单位为B (not 以牵头单位为主)
    r"(?:\s*[（(]\s*(?:" + _sp("部门") + "|" + _sp("单位") + r")\s*[）)])?"
    r"\s*(?:[：:]|[】\]］]\s*[：:]?|为(?![主准依重核抓]))"
    r"|(?P<bare>(?<=[" + "".join(w[-1] for w in _LEAD_WORDS + _SUPPORT_WORDS) + r"])\s*[：:]))"
)
LABEL_RE = re.compile(_LABEL)
# 统筹 / 协调 / 抓总: the unit over the work, where a bracket names no other clause verb
# (（A统筹，B、C具体实施） / （A协调，B配合））
OVER_VERBS = ("统筹", "协调", "抓总")
# 协办 (assists) after 政 is the 政协's office written short (县政协办), no verb: （责任单位：县政协办） was
# read as a unit 县政 assisting, its list's leads made supports
NOT_CPPCC = r"(?<!政)"
# the actions units written before 共同 share, closing their phrase (A、B共同推进 / 共同组织实施)
JOINT_ACTIONS = r"(?:推进|推动|组织实施|组织落实|具体实施|实施|抓好落实|落实)"
# (按照各自职责依法查处: named bodies sharing the work by their duties, read by roles._BY_DUTY);
# the actions they may share so, right after 职责 or after a comma (A、B按照各自职责加强监管 / A、B按照
# 职责分工，推进…): a part of theirs, read as 按职责分工负责 (were no clause)
BY_DUTY_ACTIONS = r"(?:加强|强化|严格|推进|推动|开展|加大|落实)"

# (A、B共同推进。 / （A、B共同组织实施）: units sharing the work, with no clause verb; read from 共同,
# inline.read makes them co-leads, as 共同负责)
_VERBS = ("牵头", "负总责", "负主体责任", "负责", "主办", "承办", "配合", "参与", "协助", NOT_CPPCC + "协办", "协同", "抓好落实", "会同",
          # 市生态环境局、市公安局、市检察院联合开展。: named bodies doing the work together, the verb closing
          # the sentence or the bracket, asked before 联合 (taken for 联合B + action, it failed: no clause)
          r"联合(?:开展|实施)(?=[ \t\u3000]*(?:[。；;）)]|$))", "联合", *OVER_VERBS,
          r"按照?(?:各自)?职责(?:分工)?(?=依法|[，,]?[ \t\u3000]*" + BY_DUTY_ACTIONS + ")", r"共同(?=" + JOINT_ACTIONS + ")",
          # …，省委农办、省生态环境厅组织实施。: named bodies carrying the item out, the verb closing
          # the sentence or the bracket (no clause verb written)
          r"组织实施(?=[ \t\u3000]*(?:[。；;）)]|$))",
          # A、B建立…机制，C、D具体落实: units carrying out the work named units open the sentence with
          # (inline.helpers._HELPER_PHRASE; was no clause, no verb of the grammar's written)
          r"具体(?:落实|实施)(?=[ \t\u3000]*(?:[。；;）)]|$))")
_FIRST_CHARS = "".join(
    sorted({w[0] for w in _LEAD_WORDS + _LEAD_NOUN_ONLY + _SUPPORT_WORDS + _SUPPORT_NOUN_ONLY + _RESP_WORDS + _VERBS} | {"主", "次", "其", "【", "［", "\\["})
)
# What a supervising body's label says: 督办单位 / 督导部门 / 督查督办单位 / 监督单位
_SUPERVISING = r"(?:(?:督办|督导|督查|督促|监督)\s*){1,2}(?:单位|部门|处室|科室|主体)"
# Labels of other fields that may share a clause (（牵头单位：A；完成时限：2022年底）): they end a
# unit list and their content is not read as units.
OTHER_LABEL_RE = re.compile(
    r"(?:【\s*)?(?:(?:完成|整改|办结)(?:时限|时间|期限)|时间节点|时间|时间安排|时限要求|工作时限|推进时限|截止时间|进度要求|时限|进度安排|"
    # an assessment's fields beside its units: 分值：20分 / 考核方式：查阅资料 / 计分方法：… / 备注：…
    r"分值|(?:考核|计分|评分)(?:方式|方法|标准|细则|要点)|备注|"
    # a 工作组's duties after its units (组长单位：A\n成员单位：B\n主要职责：…)
    r"(?:主要|工作)职责|"
    # 责任领导 / 牵头县领导 / 包联市领导 / 县级领导 / 县级责任领导: people, never units
    r"(?:[省市县区]\s*级\s*)?(?:责任|牵头|分管|联系|包保|包联|挂点|督导|督办)\s*(?:[省市县区]\s*级?)?\s*领导|"
    # 挂点干部 / 包片干部 / 驻村干部 / 包保责任人: cadres answering for a place, people as a 领导 is
    r"(?:[省市县区]\s*级\s*)?(?:挂点|包片|包村|包保|包联|驻村|帮扶)\s*(?:干部|责任人)|[省市县区]\s*级\s*领导|联系人|责任人|牵头人|"
    # … and named by what the leader does for the matter (包案领导 / 督战领导 / 挂牌督办领导 / 认领市领导 /
    # 督办人 / 包案人 / 领衔督办人), or by the leader's post (责任县长 / 分管副县长): people too (an
    # unknown one opened a paragraph of its own, the item above it made a section, its text dropped)
    r"(?:(?:挂牌)?督办|包案|包抓|督战|认领|盯办|领衔|领办|挂帅|挂钩)\s*(?:[省市县区]\s*级?\s*)?领导|"
    r"(?:领衔\s*)?(?:督办|包案|包抓|盯办|认领|领办|包保)\s*人|"
    r"(?:责任|牵头|分管|包案|包保|包联|联系|督办)\s*(?:常\s*务\s*)?(?:副\s*)?[省市县区]\s*长|"
    # 督导单位 / 督办单位 / 督查督办单位 / 监督单位: the bodies supervising the work (a 督查室, a
    # 纪委监委, an 审计局), neither lead nor support; read apart as the clause's supervisors
    r"(?P<sup>" + _SUPERVISING + r"))\s*(?:[：:]|】)"
)
# A supervising body's label on its own (a line or a sentence of a clause going on after it)
_SUPERVISOR_LABEL = r"(?:【\s*)?" + _SUPERVISING + r"\s*(?:[：:]|】)"
SUPERVISOR_LABEL_RE = re.compile(_SUPERVISOR_LABEL)
# The look-ahead on first characters lets the engine skip most positions cheaply (~5x faster).
# A supervisors' label opens a clause of its own where no unit list stands before it
# (1．…（牵头单位：A）\n督导单位：B): its bodies are kept, not dropped with the line.
# Work given by 由 to units whose action is no clause verb (人口数据由县公安局提供 / 所需资金由县财政局
# 保障 / 应急车辆由县应急管理局统一调配): a verb of providing, carrying out or managing closing the
# phrase (read by inline.given._given_action_cut); the scan stops at the 由 and reads from the action
# (a phrase with a clause verb is read from that verb)
GIVEN_ACTIONS = (
    "提供", "保障", "承担", "组织", "实施", "办理", "管理", "调配", "编制", "审核", "审批", "核发", "发布", "制定",
    "出台", "建设", "维护", "管护", "安排", "拨付", "筹措", "负担", "收集", "汇总", "报送", "认定", "核定", "执行",
    "开展", "处置", "受理", "检测", "监测", "解决", "整改", "争取", "储备", "配备", "做好", "推进",
    # a complaint or a case handled (由A转交属地区县政府核查处理 / 由A移交B依法查处)
    "核查", "处理", "查处",
)
# the levels a collective's name writes in a bracket (由A转交属地县（市、区）人民政府核查处理: the
# bracket is part of B's name, no end of the phrase given by 由)
_LEVELS_WRITTEN = r"[（(][县市区旗州盟、，,\s]{1,8}[）)]"
# a body's other nameplate in a bracket after its name (由市市场监管局（市知识产权局）转交属地区县政府核查处理:
# part of A's name, no end of the phrase; was no clause at all, both bodies lost)
_NAMEPLATE_WRITTEN = r"[（(][\u4e00-\u9fff]{2,16}?(?:局|委|办|厅|院|室|中心|委员会|办公室|管委会)[）)]"
# the matter handed on to a body with no giver named (问题线索转市公安局依法查处 / 群众反映的问题交市住建局
# 限期整改 / 涉嫌犯罪案件移送市公安局依法查处): the work's words right before the verb (no body's name,
# no 将 of a giver's sentence: A将X移送B is A's action), a body of a place or the places after it. The
# body handed the matter is the one doing it, as after 交由 (由A转交B: A given it leads, B supports)
_HANDED = (
    # (or after a condition's comma: 发现问题的，移交市公安局依法处理 / 涉嫌犯罪的，移送…: the matter
    # is what the condition found; was no clause, the body lost)
    r"(?:(?<=[\u4e00-\u9fff”])(?<![局委办府厅室心院会队所站处部门将把])|(?<=的[，,]))"
    r"(?:转\s*交|移\s*交|移\s*送|转\s*送|转\s*办|(?<![提递上报缴移转])交(?!由)|(?<![流运周扭好反逆旋中外移])转)"
    r"(?=[省市县区州旗盟各]|属\s*地)"
)
# a named body handing the matter on with no 由 (市信访局转市住建局办理 / 市城管局移交市公安局依法查处): the
# giver leads, the body handed it handles it for the giver (inline.phrase_units reads both, as after 由;
# was no clause, both lost). Only the scan reads it so: before _BY's handover, a body's name is no work.
_HANDED_BY_BODY = (
    r"(?<=[局委办府厅室心院])(?:转\s*交|移\s*交|移\s*送|转\s*送|转\s*办|[转交送移](?!\s*由))(?=[省市县区州旗盟各]|属\s*地)"
)
HANDED_BY_BODY_RE = re.compile(_HANDED_BY_BODY)
_GIVEN = (
    r"(?:(?<![自经理缘事])由(?!于)|" + _HANDED + r"|" + _HANDED_BY_BODY + r")(?=(?:" + _LEVELS_WRITTEN + r"|" + _NAMEPLATE_WRITTEN + r"|(?!负责|牵头|配合|参与|协助|会同|联合|统筹|协调)[^，,；;。！？!?\n（(）)]){2,30}?(?P<gact>"
    + "|".join(GIVEN_ACTIONS) + r"))"
)
SCAN_RE = re.compile(
    r"(?=[" + _FIRST_CHARS + r"督监由指组推转交移])(?:(?P<label>" + _LABEL + r")|(?P<watch>" + _SUPERVISOR_LABEL + r")|(?P<verb>" + "|".join(_VERBS) + r")"
    r"|(?P<given>" + _GIVEN + r")"
    # 由A指导，B组织开展… / A指导，B组织实施…: a guide's phrase, no clause verb in the sentence
    # (A指导、B落实: the guide's phrase closed by 、, the carrying out after it)
    r"|(?P<guide>指\s*导(?=[ \t\u3000]*(?:[，,。；;、]|$))"
    # 县农业农村局组织各乡镇实施… / 市生态环境局指导各区县开展…: a named body over the places that
    # do the work, no clause verb in the sentence (grammar.inline.organising._over_collective_cut)
    # 县应急局组织县住建局、县交通局等成员单位开展联合检查: a named body organising named bodies,
    # no clause verb either (organising._bodies_acting)
    # 区生态环境分局指导小溪塔街道、龙泉镇编制…: townships by their names doing the work
    r"|(?P<over>(?:组\s*织|指\s*导|督\s*促|推\s*动)(?=\s*各)|组\s*织(?=\s*[省市县区乡镇])"
    r"|(?:指\s*导|督\s*促)(?=[\u4e00-\u9fff]{2,6}?(?:街道|镇|乡)))))"
)
# A piece of a unit list that remarks on the list (…；列第一位的为牵头单位 / …，下同): one holding
# these words, or 下同 / 以下同 / 以下均同 alone (is_list_note). Each alternative opens with its literal, so that the
# scan skips in C to their first characters (asked of every piece of every list).
_LIST_NOTE_WORDS = re.compile(r"列(?:在)?第一位|排(?:在|名)?第一|列首位|首位|为牵头单位|不分先后|排名不分")


# …，下同 / 以下同 / 以下均同 / 以下各项均同: the list holds for the items after it (structure.tasks)
SAME_BELOW_NOTE = r"(?:以\s*下\s*(?:各\s*项\s*)?(?:均\s*)?|下\s*)同"
_SAME_BELOW_PIECE = re.compile(SAME_BELOW_NOTE + r"\s*")


def is_list_note(piece: str) -> bool:
    """Whether a piece of a unit list remarks on the list instead of naming a unit."""
    return _SAME_BELOW_PIECE.fullmatch(piece) is not None or _LIST_NOTE_WORDS.search(piece) is not None


# A piece of a unit list that is a date or an action, not a unit (…，2022年底前完成): one holding
# \d{4}\s*年, \d\s*月, 年底, 月底, 年内, 全年, 长期, 持续 or 完成, or ending 落实 / 推进. Written to open
# with the class of their first characters, so that the scan skips in C to the next one; each
# alternative checks by a look-behind the character it opens with.
_NOT_A_UNIT_PIECE = re.compile(
    r"[\d年月全长持完落推](?:(?<=\d)(?:\d{3}\s*年|\s*月)|(?<=年)[底内]|(?<=月)底|(?<=全)年|(?<=长)期|(?<=持)续|(?<=完)成"
    r"|(?<=落)实$|(?<=推)进$)"
)
# A unit slot that names nobody (责任单位：见附件2 / 附件1所列单位 / 待定 / 另行明确 / 无 / ／): no
# unit is read from it (a lead "见附件2" would be counted as an agency); the clause keeps a note,
# and one naming nobody else is flagged (no units).
_PLACEHOLDER = re.compile(
    r"(?:详\s*)?见?\s*附\s*[件表]\s*[\d一二三四五六七八九十]*(?:\s*[^\s]{0,8})?"
    r"|待\s*(?:定|明确|确定)|另\s*行?\s*(?:确定|明确|通知|安排|指定)|暂\s*(?:无|缺|定)|无|略|[/／—\-－、]+"
)
_PLACEHOLDER_FIRST = frozenset("详见附待另暂无略/／—-－、")

# The same two patterns for scanning (finditer), with a look-ahead on the characters a match
# opens with: every other position is rejected by one set test (see SCAN_RE).
_LABEL_SCAN = re.compile(r"(?=[" + _FIRST_CHARS + r"])" + _LABEL)
_OTHER_LABEL_SCAN = re.compile(r"(?=[【完整办时工推截进责牵分联包挂督监省市县区考计评备主])" + OTHER_LABEL_RE.pattern)

# Where a clause's fields go on past a stop: a unit list's label (牵头单位：… 。责任单位：…), or a
# supervisors' label after other fields (…。完成时限：2024年春节前。督办单位：A): a
# rectification plan writes each field as a sentence or a line of its own.
_UNITS_LABEL_NEXT = re.compile(
    r"(?:" + OTHER_LABEL_RE.pattern.replace("(?P<sup>", "(?:") + r"[^；;。\n（）()：:]{0,30}[；;。]?\s*)*"
    r"(?:" + _LABEL + "|" + _SUPERVISOR_LABEL + ")"
)

# 以下均需各乡镇（办）落实，不再列出 — the units named here inherit every later task.
# (以下均需各街道办事处参与，不再列出 says the same of a supporting collective.)
# (以下任务均由各县（市、区）政府负责落实: the verb is 负责落实, not part of the name)
# …各县（市、区）按职责分工负责，不再列出: how the named units do it, no part of their name
_BY_DUTIES = r"(?:按\s*照?\s*职\s*责\s*(?:分\s*工)?\s*)?"
_INHERIT_VERBS = ("抓好落实", "组织落实", "贯彻落实", "负责落实", "负责实施", "具体落实", "落实", "负责", "实施", "参与", "配合",
                  "协助", "参加")
_INHERIT_BELOW = re.compile(
    # 以下均需 / 以下各项任务均需 / 以下各项工作均需 / 以下任务均需
    _sp("以下") + r"\s*(?:各\s*项\s*)?(?:(?:任\s*务|工\s*作)\s*)?(?:" + _sp("均需") + "|" + _sp("均由") + "|" + _sp("需") + r")\s*"
    r"(?P<who>[^。；;]{1,40}?)\s*" + _BY_DUTIES + r"(?:" + "|".join(_sp(w) for w in _INHERIT_VERBS) + r")"
    r"[\s，,]*(?:" + _sp("不再列出") + "|" + _sp("不再一一列出") + "|" + _sp("不再重复列出") + ")"
)
# The same said with the collective first: 各乡镇（街道）均为责任单位，以下不再列出 / 各县（市、区）人民政府为
# 各项任务的责任单位，以下不再一一列出 (often after a stop inside the first task's clause). ``who`` holds
# no comma nor label colon and no bracket but one closed inside it (各县（市、区）): it is the collective
# alone, not the list nor the heading before it (一、推进城乡污水治理（各县（市、区）人民政府为…）.
_INHERIT_BELOW_AS_RESPONSIBLE = re.compile(
    r"(?P<who>[^。；;，,：:\n\s（()）、]{1,30}?(?:[（(][^（）()，,。\n]{1,10}[）)][^。；;，,：:\n（()）]{0,15}?)?)\s*(?:均\s*|都\s*)?为\s*"
    r"(?:各\s*项\s*(?:任\s*务|工\s*作)\s*的\s*)?(?:" + "|".join(_sp(w) for w in ("责任单位", "责任主体", "实施主体")) + r")"
    r"[\s，,]*" + _sp("以下") + r"\s*(?:各\s*项\s*)?(?:(?:任\s*务|工\s*作)\s*)?(?:均\s*)?"
    r"(?:" + _sp("不再列出") + "|" + _sp("不再一一列出") + "|" + _sp("不再重复列出") + ")"
)

# The collective first, saying what it does and then that it is not listed again: 注：各县（市、区）人民政府、
# 赣州经开区管委会负责本辖区各项任务的落实，以下不再一一列出 / 各县（市、区）人民政府是本行政区域噪声污染防治工作的
# 责任主体，负责落实下列各项任务，以下不再列出. ``who`` opens a sentence (or a 注：/说明：) with 各 and runs to
# its verb (是 / 为 / 负责 / 承担 / 要 / 需); the words between say the work (任务 / 工作 / 责任 / 落实), so
# 各地要高度重视，以下不再列出 has no unit and a list's own 以下不再列出 after a label is no collective.
_INHERIT_BELOW_SUBJECT_FIRST = re.compile(
    r"(?:^|(?<=[。；;：:\n]))[ \t\u3000]*(?:(?:注|说明|备注)\s*[：:]\s*)?"
    r"(?P<who>(?:[市县区]直)?各[^。；;，,：:\n]{1,60}?)\s*(?:均\s*|都\s*)?(?:是|为|负责|承担|要|需)"
    r"[^。；;\n]{0,40}?(?:任\s*务|工\s*作|责\s*任|落\s*实)[^。；;\n]{0,20}?[，,]\s*"
    r"(?:以\s*下|下\s*列)\s*(?:各\s*项\s*)?(?:(?:任\s*务|工\s*作)\s*)?(?:均\s*)?"
    r"(?:" + _sp("不再列出") + "|" + _sp("不再一一列出") + "|" + _sp("不再重复列出") + ")",
    re.M,
)


class _AnyMarker:
    """Several marker patterns asked as one (``match`` / ``finditer`` as a compiled pattern's), each
    with its ``who`` group: the readers ask for "an inheritance marker" whichever way it is worded.

    ``finditer`` searches only the sentences that can hold a marker: every match of every pattern
    holds ``needs`` (its 不再列出 tail) and never the character ``stop`` (。), so a match lies
    inside one stretch between two stops, and only a stretch holding ``needs`` can hold one.
    Searched whole, a text cost a scan trying ``who``'s 1–30 characters at every position (a
    pattern opening with a character class: ~0.3 s per MB of text), for a marker few plans hold."""

    def __init__(self, *patterns: re.Pattern, needs: re.Pattern, stop: str) -> None:
        self.patterns = patterns
        self.needs = needs
        self.stop = stop

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        endpos = len(text) if endpos is None else endpos
        for p in self.patterns:
            if (m := p.match(text, pos, endpos)) is not None:
                return m
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        endpos = len(text) if endpos is None else endpos
        searched = pos
        for need in self.needs.finditer(text, pos, endpos):
            if need.start() < searched:  # (its stretch searched already)
                continue
            lo = max(pos, text.rfind(self.stop, pos, need.start()) + 1)
            hi = text.find(self.stop, need.end(), endpos)
            hi = endpos if hi < 0 else hi
            yield from self._finditer(text, lo, hi)
            searched = hi

    def _finditer(self, text: str, pos: int, endpos: int):
        found = sorted((m for p in self.patterns for m in p.finditer(text, pos, endpos)), key=lambda m: (m.start(), -m.end()))
        end = -1
        for m in found:
            if m.start() >= end:  # (two wordings over one stretch: the first, longest one)
                end = m.end()
                yield m


INHERIT_RE = _AnyMarker(_INHERIT_BELOW, _INHERIT_BELOW_AS_RESPONSIBLE, _INHERIT_BELOW_SUBJECT_FIRST, needs=re.compile(_sp("不再")), stop="。")
# 以上任务均需A落实，不再列出 / 以上各项任务，A均为责任单位，不再一一列出 / 上述任务… under a task list: the
# units named here share every item above (the closing counterpart of INHERIT_RE; structure.above
# says which items). ``who`` holds no comma: the list's work before it is no unit.
INHERIT_ABOVE_RE = re.compile(
    r"(?:" + _sp("以上") + "|" + _sp("上述") + r")\s*(?:各\s*项\s*)?(?:重\s*点\s*)?(?:(?:任\s*务|工\s*作)\s*)?[，,]?\s*(?:" + _sp("均需") + "|" + _sp("均由") + r"|需|由)?\s*"
    r"(?P<who>[^。；;，,\n]{1,40}?)\s*" + _BY_DUTIES + r"(?:均\s*)?(?:为\s*(?:" + "|".join(_sp(w) for w in ("责任单位", "责任主体", "实施主体")) + r")"
    r"|需?\s*(?:" + "|".join(_sp(w) for w in _INHERIT_VERBS) + r"))"
    r"[\s，,]*(?:" + _sp("不再列出") + "|" + _sp("不再一一列出") + "|" + _sp("不再重复列出") + ")"
)
# How a following task / heading begins: it ends an unclosed clause.
_NEXT_ITEM = re.compile(
    r"\s*(?:\d{1,3}\s*[.．、]|[（(]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[）)]"
    r"|\d{1,3}\s*[）)]|[①-⑳]"
    r"|[一二三四五六七八九十]{1,3}\s*、|第[一二三四五六七八九十\d]{1,3}[章节条部分])"
)
_HEADING_PAREN = re.compile(r"[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]")
_NUMBER_PAREN = re.compile(r"[（(]\s*\d{1,3}\s*[）)]")
_DUTY_END = re.compile(
    r"(?:等\s*)?(?:" + DUTY_WORDS + r")"
    r"(?:\s*(?:" + _sp("负责") + "|" + _sp("落实") + "|" + _sp("实施") + "|" + _sp("抓好落实") + "))?"
)
# Interesting characters while walking an unbracketed clause.
# (各 right after a name's last character: the plan's closing words run on after the list,
# …各区人民政府各区、各部门要… / …区海洋与渔业局各责任单位要…, asked of ADDRESSING_ALL)
_UNBRACKETED_TOKENS = re.compile(
    r"[（(〔【\[［）)〕】\]］。；;\n\d、，,]|等|按\s*[职照各]|以\s*下|第(?=\s*[一二三四五六七八九十\d]{1,3}\s*[章节])"
    r"|(?<=[局委办院厅府室心会队所站处门位道])各"
)
_BRACKETED_TOKENS = re.compile(r"[（(〔【\[［）)〕】\]］。\n]")
_MAX_GAP = 45
# what a listed name cannot hold (a set: every name of every labelled list is asked)
_NOT_A_NAME_CHARS = frozenset("。：:；;！？")
# (门 / 位: a collective's 各部门 / 各有关单位 closes a list too, 县级各部门2推进…)
_NUMBER_FOLLOWS = set("局委办部院厅室心司府会队所站社署处科股校工等门位" + CLOSE)  # longest run of name characters between two separators in a real unit list
# an item's number right after a complete name, the line break before it lost (…区财政局（2）推进…)
_ITEM_AFTER_NAME = re.compile("(?<=[" + re.escape("".join(sorted(_NUMBER_FOLLOWS))) + "])" + _NEXT_ITEM.pattern)


def trim_end(text: str, lo: int, e: int) -> int:
    while e > lo and text[e - 1].isspace():
        e -= 1
    return e


# --------------------------------------------------------------------------- label-less


_REF_DIGITS = r"(?:[一二三四五六七八九十]{1,3}|\d{1,3})"
REF_NUMBER = r"(?:[（(]\s*" + _REF_DIGITS + r"\s*[）)]|" + _REF_DIGITS + r")"
# 第（一）项、第（三）项 / 第1项至第3项 / 上述第4、5项: the items of the plan a 责任分工 paragraph
# names (the numbers in ``refs``; structure.shares._shared_by_number gives each its units)
ITEM_REFS = (
    r"(?:上述|以上)?\s*第\s*(?P<refs>" + REF_NUMBER + r"\s*项?(?:\s*[、，,和及至到—－~-]\s*(?:第\s*)?" + REF_NUMBER + r"\s*项?)*)"
)
# 由于 opens a cause (由于市场监管局人手不足，…), no doer: its 由 is no 由 of 由A负责, unless 于
# begins a place (由于都县人民政府负责: a county or district named 于X县 / 于X区, X no level's word),
# or a county's body named by its place without the level word, as 江西's vertically managed eco
# bureaus are (由于都生态环境局牵头 / 由于洪公安分局负责: 于X, then a field and the kind of body; a
# cause's 于 is followed by the body itself, 由于生态环境局…, never by one character and a field)
_NOT_BECAUSE = (
    r"(?!于(?![^\s省市县区州盟旗镇乡各全本该此，,。、](?:[县区]|" + FIELD_WORD + r"(?:分局|局|委员会|委|办))))"
)
# 由A负责 / 具体由A牵头 / 均由A负责: the 由 and its adverb are not part of the unit.
# 此项工作由A负责 / 具体工作由A负责 / 上述任务均由A牵头 / 以上项目由A牵头 (under a 专栏's projects):
# the work named before 由 is not a unit either.
# 第二条 考核工作由A负责组织实施: neither the article's number nor the work it names (a few
# characters ending 工作/任务 right before 由) is part of the unit.
_BY = re.compile(
    r"(?:第[一二三四五六七八九十百零〇\d]{1,4}条\s*)?"
    # 第（一）项、第（三）项由… / 第1项至第3项工作由… / 上述第4、5项任务由…: the items the work is
    # (a 责任分工 paragraph sharing out the tasks by number), no part of the unit
    r"(?:" + ITEM_REFS + r"\s*)?"
    r"(?:(?:此项|该项|这项|上述|以上|相关|日常|具体|各项|[\u4e00-\u9fff]{1,6}?)?\s*(?:工作|任务|项目|工程|事项)\s*"
    # 成品油流通环节的质量监管由A负责 / 停车场建成后的运营管理由A负责 (minutes, a 职责分工): any
    # short work named before 由, with no comma in it (自由贸易区 and 由于 are no 由 of a doer), nor a
    # 由 of a doer (由A交由B办理: the work is given to A, who hands it on; was A交 read as the work)
    r"|(?:[\u4e00-\u9fff、“”](?<!(?<![自经])由)){1,30}?(?<![自经])(?=由(?!于))"
    # 2021年由A牵头，B、C配合 (the year a rotating lead takes its turn: 三省每年轮流牵头…，2021年由…):
    # the year the work is given for, no part of the unit
    r"|\d{4}\s*年度?\s*(?=由(?!于)))?(?:具体|均|分别|统一|主要|并|仍|另)?\s*由" + _NOT_BECAUSE
    # 问题线索转市公安局依法查处: the work handed on, no giver (_HANDED): its words are no unit either
    + r"|(?:[\u4e00-\u9fff、“”](?<![将把由])){0,30}?" + _HANDED
)
# …按职责分工负责，其中A牵头: 其中 ("of whom") is not part of the unit either, nor the 请 of a
# meeting's request (会议决定，请A牵头，会同B…), nor the 依托 of a safeguard's coordinating body
# (依托省数字四川建设领导小组统筹推进，省数据局负责日常工作: was the unit 依托省数字四川建设领导小组)
_AMONG = re.compile(r"(?:其\s*中|请|依托|依靠)\s*")
# 第七条 A会同B… / 第七条 A牵头，B配合 (a rule's article): its number is not part of the unit
_ARTICLE = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,4}条\s*")
# （五）A牵头，B配合… / 3.A负责…: the item's own number, when the task opens with its clause, is not
# part of the unit either (1.5万 is a quantity: no digit after the number)
_ITEM_NUMBER = re.compile(
    r"(?:[（(]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[）)]|\d{1,3}\s*[.．、）)](?!\d)|[①-⑳]|[一二三四五六七八九十]{1,3}\s*、)\s*"
)


def subject_start(text: str, i: int, hi: int) -> int:
    """Where the units of a phrase opening at ``i`` begin: after 由 and the work named before it,
    其中, or an article's or item's number."""
    number = _ITEM_NUMBER.match(text, i, hi)
    if number:
        i = number.end()
    by = _BY.match(text, i, hi) or _AMONG.match(text, i, hi) or _ARTICLE.match(text, i, hi)
    return skip_ws(text, by.end(), hi) if by else i


# a body lending its expertise (B提供技术支撑 / C给予技术支持 / D技术指导 / E给予指导支持), read as 支持 /
# 指导 (inline.verbs._MANNER_VERBS); each before any verb it ends with, as _INLINE_PHRASE tries them
TECHNICAL_SUPPORT = ("提供技术支撑", "提供技术支持", "提供技术保障", "给予技术支持", "给予技术支撑", "技术支撑", "技术支持",
                     "给予指导支持", "给予支持指导")
TECHNICAL_GUIDANCE = ("给予技术指导", "提供技术指导", "技术指导")
_INLINE_PHRASE = re.compile(
    r"^(?:" + _BY.pattern + r"|" + _AMONG.pattern + r")?(?P<units>.+?)(?P<verb>为牵头单位|为牵头部门|为主|为配合单位|为配合部门|为协办单位|为参与单位|为责任单位|为责任部门|为责任主体|为实施主体|为第一责任单位|为主要责任单位|为牵头责任单位|牵头负责|牵头抓总|负责牵头|双牵头|牵头|主责|负总责|负主体责任|负属地责任|负责统筹|负责指导|负责业务指导|负责技术指导|负责督导|负责监管|负责|主办|主抓|具体承办|承办|具体承担|承担|各负其责|积极配合|密切配合|协同配合|全力配合|主动配合|做好配合|做好指导|做好督导|予以配合|给予配合|予以协助|给予协助|予以支持|给予支持|" + "|".join(TECHNICAL_SUPPORT + TECHNICAL_GUIDANCE) + r"|予以业务指导|给予业务指导|予以指导|给予指导|按职责分别负责|按各自职责分别负责|依据各自职责分别负责|根据各自职责分别负责|参与配合|协助配合|负责配合|配合做好相关工作|配合做好有关工作|做好配合工作|做好相关工作|做好有关工作|抓好贯彻落实|贯彻落实|各司其职|联合开展|联合实施|配合|参与|参加|协助|" + NOT_CPPCC + r"协办|协同|督促指导|指导督促|业务指导|指导|支持|监督|督导|统筹协调|统筹推进|统筹|抓总|协调|"
    r"按职责分工负责|按职责分工落实|按职责分工|分工负责|共同负责|分别负责|按各自职责抓好落实|按各自职责负责|按各自职责落实|抓好落实|抓落实|组织落实|具体落实|组织实施|具体实施|先行试点|开展试点|试点|落实|实施|推进|(?<=共同)推动)"
    r"(?P<then>督导|实施|落实|推进|抓落实|组织实施|组织落实|具体落实|具体实施|抓好落实|完成|属地责任|属地管理责任|属地主体责任|主体责任|属地管理|组织|协调|推动)?$"
)
# A phrase of a label-less clause that is a date or a completion note, not units
# (（A牵头，B配合，2025年底前完成）): kept in the clause, read as no unit.
_DATE_PHRASE = re.compile(
    r"^(?:(?:于|在|力争|确保)?(?:\d{4}年|20\d\d|年底|年内|月底|长期|持续|每年|逐年|常态化"
    # a deadline within the year (10月15日前完成 / 6月底前 / 9月中旬前)
    r"|\d{1,2}月(?:\d{1,2}日|[上中下]旬|底)?前)"
    # a short schedule note (按季度调度 / 每月通报), not an action (定期开展督导检查)
    r"|(?:每半年|每季度|每月|按季度|按月|定期)[\u4e00-\u9fff]{0,4}$)"
)
# 每季度开展一次联合检查 after a lead and a support: the schedule of the work, the clause is over
_SCHEDULE_START = re.compile(r"每(?:年|季度|半年|学期|月|周|旬)|按(?:季度|月|年)")
_SEGMENT_STOP_BACK = "。\n！？!?"
# A meeting's directive opening its sentence (会议要求， / 会议议定： / 会议研究决定，): grammar.directives
# reads the units' duties after it, each its own
# (会议原则同意该方案， / 会议原则同意，: a 常务会议's decision on what it examined)
DIRECTIVE_OPENER = r"会议\s*(?:研究\s*|原则\s*)?(?:要求|议定|决定|明确|确定|同意|提出|强调)[^，,：:。；;\n]{0,8}?[，,：:]"
DIRECTIVE_RE = re.compile(DIRECTIVE_OPENER)

#: The end of a sentence of an item (or of its line): where a task's clause, or a supporter's
#: sentence in its body, stops reading on. (A comma does not end one: A负责X，B配合 is one sentence.)
SENTENCE_STOP = re.compile(r"[。；;！!\n]")
#: ``SENTENCE_STOP`` without the exclamation marks: where a label's list running on past its
#: semicolon (labelled.unbracketed) and a sentence of a duty section (structure.duties) end. Those
#: two readers never stopped at ！ / !, so they keep this set: reading them with SENTENCE_STOP would
#: end a duty's sentence at an exclamation mark, a change of reading, not made here.
SENTENCE_STOP_NO_EXCLAMATION = re.compile(r"[。；;\n]")
# An attitude asked of units (各部门要高度重视 / 要统一思想): no work given them
ATTITUDE = r"高度重视|提高(?:思想)?认识|统一思想|加强(?:组织)?领导"
# A phrase that reports what was said or when it was done (…指出， / 近日， / 2022年以来，): the
# phrases after it are no assignment (会议要求，由A牵头… in minutes is a directive and reads)
_REPORTED = re.compile(r"(?:指出|强调|表示|介绍|透露|据悉|据了解|近日|(?<![\d〇一二三四五六七八九十号])日前|以来|近年来)\s*$")  # (6月30日前: a deadline)
_REPORTED_LAST = frozenset("出调示绍露悉解日前来")  # their last characters: a cheap first test
# 县委负总责 / 县委统一领导 / 各级党委政府负总责 (party committees and governments): how the work
# is led, a principle of the safeguards; 县工商联负总责 still leads a task
# (县委统筹 / 县政府抓总 / 县政府负责统筹 likewise: 由县委统筹，各乡镇具体实施)
_GOVERNING = re.compile(r"^(?P<units>.+?)[要应]?(?:加强|做好)?(?:负总责|总负责|(?:统一|集中统一|全面|统筹)?领导|(?:负责)?统筹(?:协调)?|抓总)$")
_AND = re.compile(r"[、和]")
_PARTY_OR_GOVERNMENT = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,8}[省市县区州旗盟镇乡]|[\u4e00-\u9fff]{0,8}党工?)委$"
    r"|^[\u4e00-\u9fff]{0,8}[省市县区州旗盟镇乡]?(?:人民)?政府$|^(?:各级)?党委(?:和|、)?政府$"
    # a leading group over the work (区农村人居环境整治工作领导小组负责统筹协调，各镇落实主体责任:
    # how the plan is led, as 县委统筹 is)
    r"|^[\u4e00-\u9fff]{0,30}领导小组$"
)
_BOUNDARY = re.compile(r"[。\n！？!?（(〔【\[［）)〕】\]］]")
_VERB_CLOSES_PHRASE = re.compile(
    r"(?:负责|督导|实施|落实|推进|抓落实|组织实施|组织|协调|推动|抓总|统筹|指导|监管|完成|单位|部门)?[ \u3000\t]*(?:[）)〕】\]］。\n，,；;]|$)"
)
_WINDOW = 240
# A verb's short object closing its phrase (…负责资金保障，/ …配合做好经费保障。): the phrase may be
# a unit's part of the task (roles.part_object_cut)
# A会同B开展… / A联合B、C开展…: the partners and the action closing the phrase
_PARTNER_CLOSES = re.compile(r"[^，,；;。：:\s（(）)\n]{3,80}[ \u3000\t]*(?:[）)，,；;。\n]|$)")
_OBJECT_CLOSES = re.compile(r"(?!人(?!员)|同志|的)[^，,；;。：:\s（(）)\n]{2,16}[ \u3000\t]*(?:[）)，,；;。\n]|$)")
