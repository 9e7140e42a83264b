"""Which units are named bodies of a place: the test every grammar reader puts to a clause's units
before it gives them a role (``placed``, ``all_placed``), and the names it is made of (a county's
bureau named by its county, a national system's body named by its city, a department's own unit).

Patterns only, no reading: ``roles`` and the inline, directive and duty readers ask them.
"""

from __future__ import annotations

import re

from respgraph.grammar.units import Unit
from respgraph.grammar.units.bodies import FIELD_WORD, bare_body


# A county's bureau named by its county alone, as the 2019 vertical reform names its eco bureau
# (泰和生态环境局 / 进贤生态环境分局) and plans of the place often name its other bureaus (泰和水利局 /
# 泰和住建局, since stop 28: a label alone read them): a named body, as 泰和县生态环境局 is (in an
# item's sentence it was prose, the task's lead lost); a field's 局 only (XX办 / XX委 are too often
# words); not a kind of bureau (各级生态环境局 / 当地水利局 / 上级生态环境局 / 有关生态环境局 / 城市管理局),
# nor a verb, an adverb or a preposition before the bare bureau (配合水利局 / 由生态环境局 / 积极配合水利局)
PLACE_NAMED_BUREAU = (
    r"(?![各本该此我其全由对向与和及经在请被把将]|有关|相关|当地|属地|所在|上级|同级|下级|主管|地方|辖区|对口"
    r"|配合|协助|会同|协同|督促|指导|联合|支持|要求|组织|推动|协调|牵头|负责|会商|报送|提请|商请"
    r"|积极|主动|全力|密切|共同|认真|切实|加强|做好|加快|依法|及时|国家|国务院|中央|全国|中国|城市|城区|城镇|农村|乡村)"
    r"[\u4e00-\u9fff]{2,4}(?<![级地])" + FIELD_WORD + r"分?局$"
)


# a national system's body named by its city (南宁供电局 / 武汉海事局 / 大连海关), as it names itself
# (and the fire and rescue service's, 醴陵消防救援大队 / 万州消防救援支队: a heading naming it over its
# duties gave them no unit)
SYSTEM_BODY_OF_CITY = r"(?:国网)?(?![全本我该各])[\u4e00-\u9fff]{2,4}(?:海事局|海关|供电局|供电公司|供电分公司|出入境边防检查站|调查队|金融监管分局|消防救援(?:支队|大队|站))$"


# A named body of a place: 县发改局 / 宜春市林业局 / 各乡镇 — not 企业, 监管部门, 全县各部门, 市场主体
# (a township's or 街道's own: 镇综合行政执法队, 街道党政办 — not 镇村干部 / 乡村 / 街道干部)
# a township or street by its name, alone or with its office (龙洲街道 / 城关镇人民政府: were no
# named body, the parts after a lead's were lost), not a kind of town (重点镇 / 特色小镇)
_TOWNSHIP_NAMED = r"(?![\u4e00-\u9fff]*(?:重点|中心|特色|小|小城|示范|建制|集)镇$)[\u4e00-\u9fff]{2,6}?(?:街道|镇|乡)(?:人民政府|政府|办事处|党委|党工委)?$"
_TOWNSHIP = re.compile(_TOWNSHIP_NAMED)
PLACED = re.compile(
    r"^(?:各\s*(?:乡镇|街道|镇|乡|县|区|市|村|社区|行政村|嘎查)|(?![全本我该外])[\u4e00-\u9fff]{0,6}?[省市县区州旗盟](?![场域级])[\u4e00-\u9fff（(]"
    r"|(?:镇|乡|街道)(?![村级镇乡里])(?![\u4e00-\u9fff]*干部$)[\u4e00-\u9fff]{2}"
    r"|" + _TOWNSHIP_NAMED + r"|" + PLACE_NAMED_BUREAU
    # a national system's body named by its city without a level word, as it names itself (武汉海事局 /
    # 南宁供电局 / 国网武汉供电公司 / 大连海关: resolve.vertical_bodies._NAMED_BY_SHORT_PLACE): a named body of a
    # place all the same (武汉海事局、市交通运输港航局分别负责X和Y was no clause)
    + r"|" + SYSTEM_BODY_OF_CITY +
    r")"
)


def named_township(u: Unit) -> bool:
    """Whether ``u`` is a township or street named as such (小溪塔街道 / 龙泉镇 / 城关镇人民政府): a
    place of the plan doing its work, as 各乡镇 are."""
    return not u.collective and _TOWNSHIP.match(u.text) is not None


# A national body, named as a place's are (a central plan writes no place before its units):
# 国家医保局 / 中央网信办 / 中国人民银行 / 国务院国资委 / the ministries and 总局 of the State
# Council by their short names (财政部 / 人力资源社会保障部 / 市场监管总局) — not 国家有关部门,
# 中央企业, 中央和国家机关, 国家级新区
_NATIONAL = re.compile(
    r"^(?:(?:国家|国务院|中共中央|中央|中国|全国)(?![级和有相各])[\u4e00-\u9fff]{1,16}(?:局|委|部|署|办|会|院|行|室|厅|总社|公司|联)"
    r"|(?:外交|国防|教育|科技|工业和信息化|公安|国家安全|民政|司法|财政|人力资源(?:和)?社会保障|自然资源|生态环境"
    r"|住房(?:和)?城乡建设|交通运输|水利|农业农村|商务|文化和旅游|退役军人事务|应急管理)部"
    r"|审计署|海关总署|(?:税务|市场监管|金融监管|广电|体育)总局|共青团中央"
    # the river basins' bodies and a ministry's bodies named after the basin or region they serve
    # (黄河水利委员会会同河南省水利厅、山东省水利厅负责…: a national lead, as 水利部 is; was no clause)
    r"|(?:(?:水利部|生态环境部)?(?:长江|黄河|淮河|海河|珠江|松辽|太湖)(?:水利委员会|流域管理局|委|流域[\u4e00-\u9fff]{2,12}局))"
    r"|(?:生态环境|水利|交通运输|自然资源)部[\u4e00-\u9fff]{2,24}(?:局|中心|委员会))$"
)


# A department's own unit, named as its own plans name it (a 厅's or 局's 工作要点, 任务分解, 专项行动
# write no place before them): a 处室 / 科室 / 股室 by its function (大气环境处 / 法规与标准处 /
# 水生态环境科 / 土壤与固废股), its enforcement 总队 / 支队 / 大队 (执法总队 / 环境监察大队), its 机关党委
# / 机关纪委, its office and party group written with its own word (局办公室 / 厅党组) — not a word ending so (之处 / 好处 / 学科 / 内科), nor 各处室 / 有关处室 (collectives)
OWN_UNIT = re.compile(
    r"^(?![各本该此有相其])[\u4e00-\u9fff]{2,14}(?<![之好用难益长短妙去住到别深近远多一两几学本专内外儿眼牙前文理工医妇分全])(?:处|科|股)$"
    r"|^(?![各本该此有相其])[\u4e00-\u9fff]{2,12}(?:总队|支队|大队)$|^[厅局委]?机关(?:党委|纪委)$|^[厅局委](?:办公室|党组)$"
    # 厅生态环境执法局 / 厅机关事务管理局: a department's own bureau, named by its short name as its
    # divisions are (各市生态环境局组织核查，厅生态环境执法局负责抽查复核: was no clause)
    r"|^厅[\u4e00-\u9fff]{2,12}局$"
)


def placed(u: Unit) -> bool:
    """Whether ``u`` is a named body of a place (县发改局, 各乡镇, 泰和生态环境局, 大连海关), a national
    body (财政部) or a department's own unit (大气环境处): a unit a clause may give work to."""
    # (各县 / 各村: a collective of places is named in two characters)
    # a body named by its function alone (市场监管局 / 住建局: units.bodies) is the plan's own place's
    # (市场监管局负责X，市公安局负责Y kept only 市公安局; with 各县（市、区）政府 after it, nothing)
    return ((len(u.text) >= 3 or u.text[0] == "各") and PLACED.match(u.text) is not None) or (
        _NATIONAL.match(u.text) is not None
    ) or (not u.collective and (OWN_UNIT.match(u.text) is not None or bare_body(u.text)))


def all_placed(parsed: list[tuple[str, list[Unit]]]) -> bool:
    """Whether every unit is a named body of a place; a collective a named body works with
    (县住建局会同有关部门…) counts as one."""
    units = [u for _, us in parsed for u in us]
    named_lead = any(u.marker == "lead" and not u.collective and placed(u) for u in units)
    return all(placed(u) or (named_lead and u.collective and u.marker == "support") for u in units)
