"""A body named by its function alone, without its place: ``市场监管局`` / ``生态环境局`` / ``住建局``.

A city's or a county's plan often writes its own bodies so (市场监管局负责煤质抽检，各县（市、区）
政府负责属地管控): the resolver places such a name in the plan's own jurisdiction. The grammar takes
one as a named body only when the whole name is a known field of government closed by the kind of
body that holds it, so that prose ending like a name stays prose (监管局面 / 加强市场监管 / 当地公安局 /
有关监管局: none is a field and a body word, nothing before or after).
"""

from __future__ import annotations

import re

# The fields of government a place's bodies are named by, full and short (the registry's
# function_keywords say which function each is; here only that it is one). Longer words first where
# one opens another, so that the alternation reads the whole word.
_FIELDS = (
    "发展和改革", "发展改革", "发改", "工业和信息化", "工业信息化", "工信", "经济和信息化", "经信", "财政",
    "自然资源和规划", "自然资源规划", "规划和自然资源", "规划自然资源", "自然资源", "国土资源", "国土",
    "住房和城乡建设", "住房城乡建设", "住建", "城乡建设", "规划建设", "建设", "住房保障", "房产管理", "房管",
    "城市管理综合行政执法", "城市管理", "城管执法", "城管", "综合行政执法", "综合执法",
    "交通运输", "交通", "水利", "水务", "农业农村", "农业", "农牧", "畜牧兽医", "畜牧", "农机", "渔业", "海洋与渔业",
    "林业和草原", "林业", "林草", "园林绿化", "园林", "市政园林", "市政",
    "商务", "商务粮食", "投资促进", "投促",
    "文化和旅游", "文化旅游", "文化广电旅游", "文化广电新闻出版旅游", "文化广电和旅游", "文旅", "文广旅", "文广新旅", "文广新",
    "广播电视", "广电", "体育", "教育", "教育体育", "教体",
    "卫生健康", "卫健", "卫生计生", "卫生和计划生育", "医疗保障", "医保",
    "应急管理", "应急", "安全生产监督管理", "安监",
    "市场监督管理", "市场监管", "食品药品监督管理", "食药监", "质量技术监督", "质监", "工商行政管理", "工商",
    "公安", "司法", "民政", "人力资源和社会保障", "人力资源社会保障", "人社", "退役军人事务", "退役军人",
    "科学技术", "科技", "统计", "审计", "气象", "税务", "信访", "机关事务管理", "机关事务",
    "行政审批服务", "行政审批", "政务服务和大数据管理", "政务服务", "大数据管理", "大数据", "数据",
    "生态环境", "环境保护", "环保",
    "国有资产监督管理", "国资", "乡村振兴", "粮食和物资储备", "粮食", "能源", "人民防空", "人防",
    "民族宗教事务", "民族宗教", "民宗", "外事", "侨务", "地震", "消防救援", "邮政管理", "烟草专卖",
    "地方金融监督管理", "地方金融监管", "金融工作", "金融", "医疗", "卫生", "河长制", "林长制",
)
# … and the kinds of body holding them (局 / 分局 / 委 / 委员会 / 厅 / 办 / 办公室 / a fire service's 支队)
_BODY_KINDS = ("分局", "局", "委员会", "委", "厅", "办公室", "办", "支队", "大队")

# any field's name, the longest first (FIELD_WORD局: the bureau of a field, 水利局 / 住建局)
FIELD_WORD = "(?:" + "|".join(sorted(_FIELDS, key=len, reverse=True)) + ")"
BARE_BODY = re.compile("^" + FIELD_WORD + "(?:" + "|".join(_BODY_KINDS) + ")$")


def bare_body(name: str) -> bool:
    """Whether ``name`` is a place's body named by its function alone (市场监管局 / 生态环境局 /
    住建局 / 卫健委 / 消防救援支队), which the plan's own place holds.

    >>> bare_body("市场监管局"), bare_body("住建局"), bare_body("卫健委")
    (True, True, True)
    >>> bare_body("监管局面"), bare_body("加强市场监管"), bare_body("当地公安局"), bare_body("监管局")
    (False, False, False, False)
    """
    return BARE_BODY.match(name) is not None


# A company named as itself (华润燃气南宁公司 / 南宁建宁水务集团 / 中国铁塔南宁分公司): a brand or a
# place, then the company word; a kind of company (燃气公司 / 物业服务公司 / 各供水公司 / 相关企业)
# names none. Plans give such companies their part beside the bodies of the state (B、C配合A做好…).
_COMPANY = re.compile(r"^(?P<name>[\u4e00-\u9fff]{4,16}?)(?:有限责任公司|股份有限公司|有限公司|分公司|公司|集团)$")
_KIND_OF_COMPANY = re.compile(
    r"^(?:各|有关|相关|其他|该|本|其|所属|辖区|属地|当地|所在地?|涉及|相应|具体|专营|国有|民营|社会|城市|城区|城镇|农村|乡镇)"
    r"|^(?:物业|施工|建设|建筑|房地产|开发|运营|经营|服务|燃气|供水|供电|供热|排水|电力|通信|电信|网络|管道|管线|环卫|保洁|物流|快递|运输|客运|公交)"
    r"(?:服务|管理|运营|经营|工程|施工|建设|开发|企业)?$"
)


def named_company(name: str) -> bool:
    """Whether ``name`` is one company named as itself, not a kind of company.

    >>> named_company("华润燃气南宁公司"), named_company("南宁建宁水务集团"), named_company("中国铁塔南宁分公司")
    (True, True, True)
    >>> named_company("燃气公司"), named_company("物业服务公司"), named_company("各供水公司"), named_company("相关企业")
    (False, False, False, False)
    """
    m = _COMPANY.match(name)
    return m is not None and _KIND_OF_COMPANY.search(m.group("name")) is None


# a kind of company or of business by its trade (燃气公司 / 物业服务公司 / 各供水企业 / 相关企业): no one
# company, but the plan's businesses of that trade
_COMPANY_OF_KIND = re.compile(r"^(?P<kind>[\u4e00-\u9fff]{1,8}?)(?:公司|企业|集团)$")


def kind_of_company(name: str) -> bool:
    """Whether ``name`` is a kind of company (a trade's, or a collective of businesses), not one.

    >>> kind_of_company("燃气公司"), kind_of_company("物业服务公司"), kind_of_company("各供水企业"), kind_of_company("相关企业")
    (True, True, True, True)
    >>> kind_of_company("华润燃气南宁公司"), kind_of_company("督促燃气公司"), kind_of_company("县住建局")
    (False, False, False)
    """
    m = _COMPANY_OF_KIND.match(name)
    return m is not None and _KIND_OF_COMPANY.search(m.group("kind")) is not None
