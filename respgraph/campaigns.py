"""Canonical campaign types, so that campaigns of different plans can be matched.

Plans name their campaigns freely (蓝天保卫战, 打赢蓝天保卫战, 大气污染防治攻坚行动,
臭氧污染防治专项行动 …). ``campaign_type`` maps a campaign name to one of a fixed list of
types by keyword rules; the first rule that matches wins, and rules are ordered from the
most specific (督察整改, 农业农村, 碧海) to the most general (治理体系), so that
农业农村污染治理攻坚战 is ``rural`` and not ``water`` and 长江保护修复攻坚战 is ``water``.

>>> campaign_type("深入打好蓝天保卫战")
'air'
>>> campaign_type("着力打好臭氧污染防治攻坚战")
'air'
>>> campaign_type("农业农村污染治理攻坚战")
'rural'
>>> campaign_type("长江保护修复攻坚战")
'water'
>>> campaign_type("中央生态环境保护督察反馈问题整改专项行动")
'inspection-rectification'
>>> CAMPAIGN_TYPES["soil"]
'净土'
"""

from __future__ import annotations

import re

#: type code -> the Chinese name plans use for the whole family.
CAMPAIGN_TYPES: dict[str, str] = {
    "air": "蓝天",
    "water": "碧水",
    "soil": "净土",
    "sea": "碧海",
    "rural": "农业农村",
    "ecology": "生态保护修复",
    "low-carbon": "绿色低碳",
    "risk": "环境风险",
    "governance": "治理体系",
    "inspection-rectification": "督察整改",
    "other": "其他",
}

# (type, keywords). Order matters: the first type with a keyword in the name wins.
_RULES: list[tuple[str, tuple[str, ...]]] = [
    ("inspection-rectification", ("督察", "整改", "督查反馈", "反馈问题")),
    ("sea", ("碧海", "海洋", "海域", "海湾", "近岸海域", "海岸", "渤海", "河口")),
    ("rural", ("农业农村", "农村", "农业面源", "畜禽", "养殖污染", "水产养殖", "乡村", "农药", "化肥", "农膜")),
    ("air", ("蓝天", "大气", "空气", "臭氧", "柴油货车", "扬尘", "烟花", "秸秆禁烧", "移动源", "挥发性有机物", "VOCs", "工业炉窑", "散煤", "重污染天气")),
    ("low-carbon", ("碳达峰", "碳中和", "低碳", "减污降碳", "双碳", "气候变化", "绿色发展", "绿色转型", "节能", "清洁能源", "绿色低碳", "两高", "结构调整", "能源结构", "产业结构")),
    ("soil", ("净土", "土壤", "固体废物", "固废", "无废", "危险废物", "危废", "垃圾", "重金属", "地下水", "塑料污染", "新污染物", "耕地", "建设用地", "尾矿")),
    ("water", ("碧水", "水污染", "水环境", "水生态", "水体", "黑臭", "饮用水", "水源", "长江", "鄱阳湖", "湖泊", "河湖", "河长", "流域", "入河", "排污口", "污水", "水质", "清水", "采砂", "河道")),
    ("ecology", ("生态保护", "生态修复", "保护修复", "生物多样性", "山水林田湖", "自然保护地", "生态屏障", "国土绿化", "林长", "湿地", "生态安全", "生态文明示范", "生态系统", "自然保护区", "水生生物", "禁捕", "绿色矿山", "矿山")),
    ("risk", ("环境风险", "风险防控", "风险防范", "风险管控", "核与辐射", "辐射", "应急", "环境安全")),
    ("governance", ("治理体系", "治理能力", "现代化", "体制", "机制", "制度", "监管", "执法", "保障", "能力建设", "环境治理", "组织领导", "法治", "信息化", "监测")),
]

_SPACE = re.compile(r"\s+")


def campaign_type(name: str | None, kind: str | None = None, parent: str | None = None) -> str:
    """The canonical type code of a campaign name (a key of ``CAMPAIGN_TYPES``).

    ``kind`` (攻坚战, 专项行动 …) does not decide: it says how big a campaign is, not what
    it is about. A campaign whose own name matches no rule takes the type of its ``parent``
    (the 攻坚战 an attachment lists a 专项行动 under).

    >>> campaign_type("“三气”深入整治专项行动", parent="蓝天提升攻坚战")
    'air'
    """
    for text in (name, parent):
        if not text:
            continue
        text = _SPACE.sub("", text)
        for code, keywords in _RULES:
            if any(k in text for k in keywords):
                return code
    return "other"


def campaign_label(code: str) -> str:
    """The Chinese name of a type code: ``campaign_label('air') == '蓝天'``."""
    return CAMPAIGN_TYPES.get(code, code)
