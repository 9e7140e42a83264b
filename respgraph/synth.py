"""A seeded generator of realistic synthetic plan documents, for benchmarks and fuzzing.

The documents imitate the five sample plans: their heading styles (``一、`` ``（一）`` ``1.``
``（1）``), every responsibility-clause form the grammar reads, run-together OCR text,
traditional characters, GB18030 files and ``.docx`` task-division tables. Agencies are drawn
from a jurisdiction registry of several hundred places with a realistic skew: a few bureaus
(生态环境, 发展改革, 住房城乡建设 …) lead most tasks.

Deterministic: the same ``seed`` and ``n_plans`` give byte-identical files.

>>> from respgraph.synth import generate_plan_text
>>> text = generate_plan_text(7, seed=1)[2]
>>> "责任单位" in text or "牵头" in text
True
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from pathlib import Path

from respgraph.store import atomic_write_bytes

# Bureaus by the share of tasks they appear in (weights give the skew: a few lead most).
# (short name, weight as lead, weight as support)
BUREAUS: list[tuple[str, float, float]] = [
    ("生态环境局", 40, 10),
    ("发展和改革委员会", 10, 8),
    ("住房和城乡建设局", 8, 6),
    ("工业和信息化局", 6, 6),
    ("农业农村局", 6, 5),
    ("水利局", 5, 5),
    ("自然资源局", 5, 5),
    ("城市管理局", 4, 4),
    ("交通运输局", 3, 4),
    ("林业局", 3, 3),
    ("公安局", 2, 3),
    ("财政局", 1, 5),
    ("市场监督管理局", 1, 4),
    ("商务局", 1, 3),
    ("卫生健康委员会", 1, 3),
    ("应急管理局", 1, 3),
    ("科学技术局", 0.5, 2),
    ("教育局", 0.3, 2),
    ("文化广电旅游局", 0.3, 1.5),
    ("统计局", 0.2, 1.5),
    ("气象局", 0.3, 1.5),
    ("司法局", 0.2, 1),
    ("税务局", 0.1, 1),
    ("乡村振兴局", 0.3, 1),
    ("行政审批局", 0.2, 1),
]
ABBREV = {
    "发展和改革委员会": "发改委",
    "住房和城乡建设局": "住建局",
    "工业和信息化局": "工信局",
    "市场监督管理局": "市场监管局",
    "卫生健康委员会": "卫健委",
    "科学技术局": "科技局",
    "城市管理局": "城管局",
}
# Merged bureaus with portfolios, as zones and new districts write them.
MERGED = [
    ("农林水与生态环境局", ["生态环境", "农业农村", "林业", "水利"]),
    ("科技经济发展局", ["发改", "科技", "工信", "商务"]),
    ("自然资源与规划建设交通局", ["资源规划", "住建", "交通运输"]),
    ("综合执法与应急管理局", ["市政", "城管", "应急"]),
    ("财政金融与国资局", ["财政", "金融监管"]),
]

PROVINCE_STEMS = "江赣湘鄂皖浙闽粤桂黔滇川陕晋冀豫鲁辽吉黑"
PLACE_CHARS = "东西南北安宁丰华清平阳明新兴永和昌泰嘉德康瑞福寿长乐景宜云溪河山湖江林石桥泉"

TOPICS = [
    ("持续抓好城区黑臭水体治理", "开展建成区黑臭水体排查，统一公布黑臭水体清单，落实长效管理机制，确保长制久清"),
    ("深入推进臭氧污染防治", "推进挥发性有机物和氮氧化物协同减排，开展涉气重点企业排查及分类治理"),
    ("加强扬尘污染精细管控", "全面落实施工工地扬尘治理“六个100%”要求，提高城市道路机扫率"),
    ("提升污水收集处理水平", "加快补齐城镇污水收集处理能力短板，推进城镇污水处理厂提质增效"),
    ("巩固提升饮用水安全保障水平", "强化饮用水水源地保护，完成乡镇级水源保护区划定、立标以及环境问题排查整治"),
    ("深入推进耕地污染防治和安全利用", "开展耕地土壤重金属污染成因排查，强化受污染耕地安全利用"),
    ("加强建设用地风险管控", "严格建设用地土壤污染风险管控和修复名录内地块的用地准入管理"),
    ("优化生活垃圾收集处置", "推行生活垃圾分类制度，提升生活垃圾填埋场污染防治水平"),
    ("深入推进农村生活污染防治", "深入推进农村厕所革命，开展农村生活污水治理，加强设施长效运行维护"),
    ("加强养殖业污染防治", "整区推进畜禽粪污资源化利用，推进规模化水产养殖企业尾水治理"),
    ("强化生物多样性保护", "加快推进生物多样性重点区域调查、监测，严厉打击野生动植物破坏活动"),
    ("严密防控环境风险", "加强涉危废涉重金属企业环境风险隐患排查，完善环境应急预案，开展应急演练"),
    ("保障核与辐射安全", "强化核与辐射技术利用监管和安全隐患排查，及时收贮废旧放射源"),
    ("大力推进碳达峰碳中和行动", "制定实施碳排放达峰行动方案，健全排放源统计调查、核算核查和监管制度"),
    ("加快构建绿色交通运输体系", "推进新能源、清洁能源车辆使用和充换电基础设施建设，优化交通运输结构"),
    ("强化生态环境法治保障", "强化生态环境行政执法与刑事司法衔接，健全信息共享、案件移送制度"),
    ("提升生态环境监管能力", "建立健全以污染源自动监控为主的非现场监管执法体系，加强移动源监管能力建设"),
    ("加强河湖岸线保护", "全面摸清岸线利用现状，依法整治违规违法占用、乱占滥用行为"),
    ("深入开展非法采砂整治", "科学编制采砂规划，严格采砂管理，坚决打击非法开采行为"),
    ("推进船舶污染治理", "推进船舶污水垃圾接收、转运和处置设施建设，严厉打击船舶违法排污行为"),
    ("加强湿地保护体系建设", "将自然湿地纳入保护范围，建设一批乡村小微湿地"),
    ("推进矿山生态修复", "扎实推进矿山生态环境问题排查整治，开展裸露山体生态修复工程"),
    ("加强噪声污染治理", "持续实施噪声污染防治专项行动，加快解决群众关心的突出噪声问题"),
    ("推进“无废城市”建设", "探索固体废物源头减量、资源化利用和无害化处置的发展模式"),
]
CAMPAIGNS = [
    "深入打好蓝天保卫战",
    "深入打好碧水保卫战",
    "深入打好净土保卫战",
    "加快推动绿色低碳发展",
    "加强生态保护修复",
    "提升生态环境治理能力",
]
CN_NUM = "一二三四五六七八九十"


@dataclass(frozen=True)
class Place:
    name: str  # e.g. 清河区
    prefix: str  # 区 / 县 / 市
    city: str
    province: str


def _places(rng: random.Random, n: int = 400) -> list[Place]:
    """Several hundred jurisdictions: provinces > cities > districts/counties."""
    places: list[Place] = []
    seen: set[str] = set()
    while len(places) < n:
        province = rng.choice(PROVINCE_STEMS) + "省"
        city = rng.choice(PLACE_CHARS) + rng.choice(PLACE_CHARS) + "市"
        level = rng.choices(["区", "县", "市"], weights=[5, 4, 2])[0]
        name = rng.choice(PLACE_CHARS) + rng.choice(PLACE_CHARS) + level
        if name in seen or name[:2] == city[:2]:
            continue
        seen.add(name)
        places.append(Place(name, "区" if level == "区" else ("县" if level == "县" else "市"), city, province))
    return places


def _unit(rng: random.Random, place: Place, bureau: str, style: str) -> str:
    if style == "abbrev" and bureau in ABBREV:
        return place.prefix + ABBREV[bureau]
    if style == "place":
        return place.name[:2] + bureau
    return place.prefix + bureau


def _pick(rng: random.Random, k: int, lead: bool) -> list[str]:
    weights = [b[1] if lead else b[2] for b in BUREAUS]
    chosen: list[str] = []
    while len(chosen) < k:
        b = rng.choices(BUREAUS, weights=weights)[0][0]
        if b not in chosen:
            chosen.append(b)
    return chosen


def _clause(rng: random.Random, place: Place, form: str, name_style: str) -> str:
    leads = _pick(rng, rng.choices([1, 2], weights=[6, 1])[0], lead=True)
    supports = [b for b in _pick(rng, rng.randint(3, 9), lead=False) if b not in leads]
    L = [_unit(rng, place, b, name_style) for b in leads]
    S = [_unit(rng, place, b, name_style) for b in supports]
    township = "各乡镇（街道）" if place.prefix != "市" else "各县（市、区）人民政府"
    if form == "responsible":  # （责任单位：A、B、C），first listed leads
        return "（责任单位：" + "、".join(L[:1] + S) + "）"
    if form == "lead_resp":  # 〔牵头单位：A；责任单位：B、C，各乡镇（街道）〕
        return "〔牵头单位：" + "、".join(L) + "；责任单位：" + "、".join(S) + "，" + township + "〕"
    if form == "inline":  # A牵头，B、C配合。
        return "由" + "、".join(L) + "牵头，" + "、".join(S) + "配合。"
    if form == "merged":  # 责任单位:区农林水与生态环境局(生态环境)、…等按职责分工
        parts = []
        for name, portfolio in rng.sample(MERGED, rng.randint(2, 4)):
            sub = rng.sample(portfolio, rng.randint(1, len(portfolio)))
            parts.append(place.prefix + name + "(" + "、".join(sub) + ")")
        return "责任单位:" + "、".join(parts) + "等按职责分工"
    raise ValueError(form)


FORMS = ["responsible", "lead_resp", "inline", "merged"]


def generate_plan_text(index: int, seed: int = 0, places: list[Place] | None = None) -> tuple[Place, str, str]:
    """Return (place, form, text) of synthetic plan number ``index``."""
    rng = random.Random(f"{seed}:{index}")
    places = places or _places(random.Random(seed))
    place = places[rng.randrange(len(places))]
    form = rng.choices(FORMS, weights=[4, 3, 1, 2])[0]
    name_style = rng.choice(["full", "abbrev", "place"])
    year = rng.randint(2018, 2024)
    run_together = form == "merged" and rng.random() < 0.7
    lines = [
        f"{place.name[:2]}党发〔{year}〕{rng.randint(1, 40)}号",
        f"中共{place.name}委  {place.name}人民政府",
        f"关于印发《{place.name}深入打好污染防治攻坚战实施方案》的通知",
        f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
        f"{place.name}深入打好污染防治攻坚战实施方案",
        "为深入贯彻习近平生态文明思想，持续改善生态环境质量，结合我" + place.prefix + "实际，制定本方案。",
        "一、总体要求",
        f"到{year + 3}年，全{place.prefix}空气质量优良天数比例达到{rng.randint(85, 98)}%，主要污染物排放总量持续下降。",
        "二、主要任务",
    ]
    n = 0
    for ci, campaign in enumerate(rng.sample(CAMPAIGNS, rng.randint(3, 6))):
        lines.append(f"（{CN_NUM[ci]}）{campaign}")
        for _ in range(rng.randint(4, 8)):
            n += 1
            title, body = rng.choice(TOPICS)
            deadline = f"{year + rng.randint(0, 3)}年{rng.choice(['6月底前', '底前', ''])}"
            text = f"{n}.{title}。{body}。{deadline}完成阶段性任务，相关指标达到{rng.randint(60, 100)}%以上。"
            lines.append(text + _clause(rng, place, form, name_style))
    lines += ["三、保障措施", "1.加强组织领导。各级党委和政府要坚决扛起生态环境保护政治责任。"]
    if run_together:
        text = "".join(lines)
        # OCR spaces inside CJK runs, as scraped documents have them
        chars = list(text)
        for _ in range(len(chars) // 60):
            pos = rng.randrange(1, len(chars))
            chars[pos] = " " + chars[pos]
        return place, form, "".join(chars)
    return place, form, "\n".join(lines) + "\n"


def write_corpus(n_plans: int, out: Path, seed: int = 0, **shares: float) -> list[Path]:
    """Write ``n_plans`` synthetic plans into ``out``; returns the paths in order."""
    return write_plans(range(n_plans), out, seed, **shares)


def write_plans(indices: range, out: Path, seed: int = 0, *, traditional_share: float = 0.05,
                gb18030_share: float = 0.1, docx_share: float = 0.02) -> list[Path]:
    """Write the plans numbered ``indices`` (so a large corpus can be written in slices)."""
    out.mkdir(parents=True, exist_ok=True)
    places = _places(random.Random(seed))
    converter = None
    paths: list[Path] = []
    for i in indices:
        place, form, text = generate_plan_text(i, seed, places)
        rng = random.Random(f"{seed}:{i}:format")
        roll = rng.random()
        stem = f"synth-{i:05d}-{form}"
        if roll < docx_share:
            path = out / f"{stem}.docx"
            _write_docx(text, path, rng, place)
        else:
            encoding = "utf-8"
            if roll < docx_share + traditional_share:
                if converter is None:
                    from opencc import OpenCC

                    converter = OpenCC("s2t")
                text = converter.convert(text)
            elif roll < docx_share + traditional_share + gb18030_share:
                encoding = "gb18030"
            path = out / f"{stem}.txt"
            atomic_write_bytes(path, text.encode(encoding))
        paths.append(path)
    return paths


def _write_docx(text: str, path: Path, rng: random.Random, place: Place) -> None:
    """Headings and narrative as paragraphs, the tasks as a task-division table (分工表)."""
    import datetime

    import docx  # python-docx

    document = docx.Document()
    body = [line for line in text.splitlines() if not line[:1].isdigit()]
    for line in body[:9]:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=5)
    for cell, head in zip(table.rows[0].cells, ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"]):
        cell.text = head
    for n, (title, _body) in enumerate(rng.sample(TOPICS, rng.randint(8, 16)), start=1):
        leads = [_unit(rng, place, b, "full") for b in _pick(rng, 1, lead=True)]
        supports = [_unit(rng, place, b, "full") for b in _pick(rng, rng.randint(2, 5), lead=False)]
        supports = [s for s in supports if s not in leads]
        row = table.add_row().cells
        row[0].text, row[1].text = str(n), title
        row[2].text, row[3].text = "、".join(leads), "、".join(supports)
        row[4].text = f"{rng.randint(2021, 2025)}年底前"
    # A fixed timestamp keeps the document's own metadata deterministic.
    document.core_properties.created = datetime.datetime(2022, 1, 1)
    document.core_properties.modified = datetime.datetime(2022, 1, 1)
    buf = io.BytesIO()
    document.save(buf)
    atomic_write_bytes(path, _normalise_zip_times(buf.getvalue()))


def _normalise_zip_times(data: bytes) -> bytes:
    """The .docx zip rewritten with fixed entry times, so the same seed gives the same bytes."""
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as src:
        entries = [(info.filename, src.read(info)) for info in src.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in entries:
            dst.writestr(zipfile.ZipInfo(name, date_time=(2022, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()
