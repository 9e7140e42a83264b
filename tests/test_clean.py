"""Clean-up of real plan text: boilerplate, OCR spaces, page numbers, widths, line breaks."""

from __future__ import annotations

import doctest
import re

import pytest

from respgraph import clean as clean_module
from respgraph.clean import clean, clean_text, detect_script, map_span_to_clean
from respgraph.extract import extract_file
from conftest import CHANGJIANG, JINGDEZHEN, SEEDS, XXZONE, YICHUN, YUSHUI

# Replacements that change a character on purpose (raw -> cleaned); everything else is kept.
INTENDED = {("\u3000", " "), ("力", "加")}


def _raw(path) -> str:
    return path.read_text(encoding="utf-8")


def _raw_slice(raw: str, offsets: list[int], start: int, end: int) -> str:
    return raw[offsets[start] : offsets[end - 1] + 1]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:12])
def test_offsets_point_at_the_same_characters(path):
    raw = _raw(path)
    text, offsets = clean_text(raw)
    assert len(offsets) == len(text)
    assert all(a < b for a, b in zip(offsets, offsets[1:])), "offsets must increase"
    changed = {(raw[o], c) for c, o in zip(text, offsets) if raw[o] != c}
    assert changed <= INTENDED


def test_scraped_site_header_is_removed_and_body_kept():
    raw = _raw(XXZONE)
    assert "下载积分" in raw and "资源ID" in raw
    text, _ = clean_text(raw)
    assert text.startswith("XXXX投资区深入打好污染防治攻坚战实施方案为深入贯彻落实")
    for debris in ("下载积分", "资源ID", "资源大小", "全文页数", "友情提示", "本站", "试题试卷", ".docx"):
        assert debris not in text
    # the end of the document is kept
    assert text.rstrip().endswith("具体解释工作由区农林水与生态环境局承担。")


def test_ocr_spaces_inside_cjk_are_removed_with_offsets_back_to_raw():
    raw = _raw(XXZONE)
    assert "区农 林水与生态环境局" in raw and "污染 防治" in raw
    text, offsets = clean_text(raw)
    assert "区农 林水" not in text
    # the first 污染 防治 of the raw text (in 深入打好污染 防治攻坚战的意见)
    raw_at = raw.index("深入打好污染 防治攻坚战的意见")
    start = text.index("深入打好污染防治攻坚战的意见")
    end = start + len("深入打好污染防治攻坚战的意见")
    assert offsets[start] == raw_at
    assert _raw_slice(raw, offsets, start, end) == "深入打好污染 防治攻坚战的意见"
    # every 区农林水与生态环境局 maps back to the raw characters minus the removed spaces
    found = [m.span() for m in re.finditer("区农林水与生态环境局", text)]
    assert len(found) >= 5
    for a, b in found:
        assert _raw_slice(raw, offsets, a, b).replace(" ", "") == "区农林水与生态环境局"
    assert any(" " in _raw_slice(raw, offsets, a, b) for a, b in found)


@pytest.mark.parametrize("raw,expected", [
    # the leader answering for the task, then the unit, one full-width blank between them: kept
    # (joined, 刘运市发展改革委 read as an agency of a city 刘运市)
    ("（刘运\u3000市发展改革委）", "（刘运 市发展改革委）"),
    ("（王晓明\u3000市财政局、市审计局）", "（王晓明 市财政局、市审计局）"),
    # near misses: a blank inside a phrase (强化 市场监管 names no unit), after a heading's number,
    # inside a name (区农 林水…) still go
    ("推进A、强化\u3000市场监管。", "推进A、强化市场监管。"),
    ("（一）加强 市场监管", "（一）加强市场监管"),
    ("（区农 林水与生态环境局）", "（区农林水与生态环境局）"),
])
def test_a_blank_between_a_leader_and_the_unit_is_kept(raw, expected):
    assert clean_text(raw)[0] == expected


def test_task_numbers_with_ocr_space_before_the_dot():
    raw = _raw(XXZONE)
    assert "24 .强化地下水" in raw
    text, _ = clean_text(raw)
    assert "24.强化地下水" in text
    assert "33.实施环境基础设施补短板" in text
    assert "PM2.5" in text  # a decimal point is no task number


def test_a_wrap_inside_an_item_numbers_brackets_goes():
    # a line wrapped inside (一 ) / ( 二) / （3 ） left a blank there: the numbers read as numbers;
    # a period (2018 —2020年) and a count (共 3 )项 outside brackets keep theirs
    c = clean("一、主要任务(一 )矮围网围清理。( 二)欧美黑杨清理。（3 ）加强监管。\n实施方案(2018 —2020年)，共 3 项\n")
    assert c.text.startswith("一、主要任务(一)矮围网围清理。(二)欧美黑杨清理。（3）加强监管。\n")
    assert "(2018 —2020年)" in c.text and "共 3 项" in c.text


def test_inner_angle_brackets_around_a_role_or_levels_are_brackets():
    # （责任单位：A〈牵头〉、B） / 各县〈市、区〉: the inner bracket written 〈〉, one character for one;
    # 《关于〈条例〉的说明》 (a title inside a title) keeps its marks
    c = clean("（责任单位：市工信委〈牵头〉、市环保局）各县〈市、区〉人民政府。学习《关于〈条例〉的说明》。")
    assert c.text == "（责任单位：市工信委（牵头）、市环保局）各县（市、区）人民政府。学习《关于〈条例〉的说明》。"


def test_label_read_as_other_glyphs_by_ocr():
    # 责 read as 贵, 合 as 台 (an OCR blank between too): the labels, and a list under them, read
    # again; 宝贵任务 / 配台灯 are words and stay
    c = clean("贵任单位：县财政局\n牵头单位：县发改局；配台单 位：县财政局\n这是宝贵任务，配台灯。\n")
    assert c.text == "责任单位：县财政局\n牵头单位：县发改局；配合单位：县财政局\n这是宝贵任务，配台灯。\n"
    # the dot radical 丶 for 、 between names, the bopomofo ㄧ for 一 in a heading's number
    c = clean("（ㄧ）推进古城风貌保护。\n配合单位：县住建局丶县水务局\n")
    assert c.text == "（一）推进古城风貌保护。\n配合单位：县住建局、县水务局\n"


ONE_LINE_PAGE = (
    "首页 > 政务公开 > 政府文件 > 政府办文件【字体：大 中 小】 打印本页 关闭窗口来源：某市人民政府办公室  "
    "发布时间：2024-04-08 09:30  浏览次数：2361某市人民政府办公室关于印发《某市2024年工作要点》的通知"
    "某府办函〔2024〕21号各县（市、区）人民政府：现印发给你们，请认真抓好贯彻落实。某市人民政府办公室2024年4月2日"
    "某市2024年工作要点一、重点任务1.推进项目建设。全年开工项目50个。责任单位：市发展改革委、市财政局"
    "扫一扫在手机打开当前页打印本页关闭窗口【我要纠错】主办单位：某市人民政府办公室  网站标识码：5107000001\n"
)


def test_portal_furniture_run_into_a_one_line_page():
    # a page copied onto one line: the furniture at both ends goes (the footer's 主办单位 was read
    # as a clause naming the site's operators), the document stays whole
    text = clean(ONE_LINE_PAGE).text
    assert text.startswith("某市人民政府办公室关于印发《某市2024年工作要点》的通知")
    assert text.endswith("责任单位：市发展改革委、市财政局\n")
    # near misses: a closing sentence naming 附件下载 in its words, a first line opening with 来源
    kept = "为做好工作，制定本方案。" * 10 + "各单位可在附件下载区获取表格，及时报送。\n"
    assert clean(kept).text == kept
    kept = "来源于群众的意见建议要认真办理，" * 8 + "确保件件有回音。\n"
    assert clean(kept).text == kept


def test_a_sharing_sites_bar_run_into_a_one_line_document():
    # a document-sharing site's page copied onto one line: its bar (site name, 首页 分类, the file's
    # name with its page count, 下载 收藏 举报) and the page's title over its upload keys go; the
    # OCR-space cleaner had joined the bar to the title, and the plan's place was read as
    # 豆丁网首页分类北流市 / none at all
    body = "北流市2021年污染防治攻坚战工作方案 为持续改善全市生态环境质量，制定本方案。" + "一、打赢蓝天保卫战 1.推进陶瓷行业提标改造。(牵头单位:市工业和信息化局)" * 4 + "\n"
    page = "豆丁网 首页 分类 北流市2021年污染防治攻坚战工作方案 上传者：gxhb2021 | 浏览：526 | 下载：12 " + body
    assert clean(page).text.startswith("北流市2021年污染防治攻坚战工作方案为持续改善")
    page = "原创力文档 知识共享平台 首页 文档分类 上传文档 登录 注册 北流市2021年污染防治攻坚战工作方案.docx 共 12 页 下载 收藏 举报 " + body
    assert clean(page).text.startswith("北流市2021年污染防治攻坚战工作方案为持续改善")
    # near misses: a plan opening with 首页 / 下载 in its own words, and a site's name inside a
    # sentence, stay
    kept = "首页下载的表格要认真填写，" * 8 + "确保数据准确。\n"
    assert clean(kept).text == kept
    kept = "豆丁网等平台转载的文件须核实，" * 8 + "确保准确。\n"
    assert clean(kept).text == kept
    kept = "豆丁网分享的文件须核实，" * 8 + "确保准确。\n"
    assert clean(kept).text == kept


def test_bold_markers_and_a_wechat_articles_lines():
    # a WeChat article copied through a Markdown editor: **…** and the article's own lines go
    # (the last unit list had — END —, 审核：… and 往期推荐 run into its last name)
    raw = ("点击蓝字 关注我们\n\n**一、重点任务**\n\n1.推进项目建设。\n\n牵头单位：县发改局\n\n配合单位：县财政局\n\n"
           "— END —\n来源：某县发布\n编辑：李雪\n审核：王强\n往期推荐\n分享 收藏 点赞 在看\n")
    text = clean(raw).text
    assert "**" not in text and "END" not in text and "审核" not in text and "往期推荐" not in text and "蓝字" not in text
    assert "一、重点任务" in text and text.rstrip().endswith("配合单位：县财政局")
    # near misses: a lone ** and a product are no bold; 审核 inside a sentence stays
    kept = "面积2*3米，标注**号。\n严格审核：凡不符合条件的一律退回。\n"
    assert clean(kept).text == kept


def test_markdown_heading_marks():
    # a plan copied through a Markdown editor: # / ## before its title and chapters go (the title
    # #济南市… named no place); near misses: #1机组, 1#楼 and a WeChat topic #生态环境# stay
    raw = "# 济南市2023年深入打好污染防治攻坚战工作要点\n\n## 一、总体要求\n坚持精准治污。\n"
    assert clean(raw).text == "济南市2023年深入打好污染防治攻坚战工作要点\n\n一、总体要求\n坚持精准治污。\n"
    kept = "#1机组完成超低排放改造。\n推进1#楼改造。\n#生态环境# 话题讨论。\n"
    assert clean(kept).text == kept


def test_markdown_table_keeps_its_rule_and_its_rows_on_their_lines():
    # a Markdown table's delimiter row (| --- |) is no site debris: with the 来源 line above it, it
    # made a site block of everything from the title to the table's header (all removed); its
    # rows, a cell holding ； (a sentence inside), were joined into one line
    raw = (
        "# 某区河湖长制重点任务清单\n\n来源：某区人民政府　发布日期：2019-04-09\n\n## 一、重点任务\n\n"
        "| 序号 | 任务 | 责任单位 |\n| --- | --- | --- |\n"
        "| 1 | 开展“清四乱” | 区水务局（牵头）；区城管局 |\n| 2 | 消除黑臭水体 | 区住建局（牵头）；区城管局 |\n"
    )
    text = clean(raw).text
    assert text.startswith("某区河湖长制重点任务清单\n")
    assert "| 序号 | 任务 | 责任单位 |\n| --- | --- | --- |\n| 1 | 开展“清四乱” | 区水务局（牵头）；区城管局 |\n| 2 |" in text
    # near miss: a prose line stopping mid-sentence is still joined to its rest
    wrapped = "推进城镇污水管网建设。完成老旧管网改造，确保城区生活污水集中收集率\n达到70%以上。\n"
    assert clean(wrapped).text == "推进城镇污水管网建设。完成老旧管网改造，确保城区生活污水集中收集率达到70%以上。\n"


def test_page_footnotes_above_the_page_number():
    # a footnote defining a term or naming a source, printed above the page number, goes with it
    # (was an item ① taking the next task's units, or text run into a unit list); near misses:
    # the plan's own note (注：排在第一位的为牵头单位) and an item ① stay
    raw = ("1.道路交通安全整治。深化“两客一危”重点车辆监管。\n牵头单位：县公安局交警大队\n配合单位：县交通运输局、县农业农\n"
           "①“两客一危”：指从事旅游包车、三类以上班线客车和运输危险化学品的道路专用车辆。\n— 1 —\n村局\n"
           "2.水上交通安全整治。加强客渡船安全监管。\n注：机扫率指机械化清扫面积占道路清扫保洁总面积的比例。\n— 2 —\n"
           "牵头单位：秭归海事处\n注：排在第一位的为牵头单位。\n— 3 —\n①推进船舶污染治理；\n— 4 —\n②加强监管。\n")
    text = clean(raw).text
    assert "两客一危”：指" not in text and "机扫率" not in text and "— 1 —" not in text
    assert "配合单位：县交通运输局、县农业农\n村局\n" in text  # (the page's lines meet again)
    assert "注：排在第一位的为牵头单位。" in text and "①推进船舶污染治理；" in text


def test_item_saying_zhi_above_a_page_number_is_no_footnote():
    # ① 强化指挥… / 注：各地要加强指导 are text: taken for footnotes they went with the page number,
    # the item ② between them too
    raw = ("一、重点任务\n①强化指挥调度体系建设，健全应急指挥机制。（牵头单位：市应急局；配合单位：市公安局）\n"
           "②加强重点行业领域安全监管，开展隐患排查治理。\n- 3 -\n（牵头单位：市住房城乡建设局）\n"
           "注：各县区要加强指导，确保整改到位。\n- 4 -\n③完善服务机制。\n")
    text = clean(raw).text
    assert "①强化指挥调度体系建设" in text and "②加强重点行业领域安全监管" in text
    assert "注：各县区要加强指导" in text and "- 3 -" not in text and "- 4 -" not in text
    # a note two lines up with an item between it and the number: the item is text (it went with
    # the note); the plan's own note on its leads stays, whatever it defines
    raw = ("（一）加强道路运输监管。深化“两客一危”重点车辆监管。\n①“两客一危”：指从事旅游包车、三类以上班线客车的\n"
           "道路专用车辆。\n（二）强化水上交通安全。加强客渡船安全监管。\n- 3 -\n（牵头单位：县交通运输局）\n"
           "注：排在第一位的为牵头单位，“各地”是指各乡镇。\n- 4 -\n（三）完善机制。\n")
    text = clean(raw).text
    assert "（二）强化水上交通安全。加强客渡船安全监管。\n（牵头单位：县交通运输局）" in text
    assert "注：排在第一位的为牵头单位，“各地”是指各乡镇。" in text and "- 4 -" not in text


def test_ocr_confusion_li_kou_is_jia():
    raw = _raw(XXZONE)
    assert "力口强“三线" in raw
    text, offsets = clean_text(raw)
    i = text.index("加强“三线")
    assert raw[offsets[i] : offsets[i] + 2] == "力口"
    assert "力口" not in text


def test_date_yue_is_ri_and_date_spaces_go():
    text, _ = clean_text("本方案自2022年7月7曰起执行，有效期至2025年12月31 日。")
    assert text == "本方案自2022年7月7日起执行，有效期至2025年12月31日。"
    # 口 read for 日 after a month's day (a scan's signature date: 2O22年8月10口), not after a
    # count (新建机井10口: 口 the measure word of wells and ponds)
    text, _ = clean_text("桃源县人民政府办公室\n2O22年8月10口\n新建机井10口，整修山塘5口。\n")
    assert text == "桃源县人民政府办公室\n2022年8月10日\n新建机井10口，整修山塘5口。\n"


def test_page_number_lines_are_removed_from_real_paragraphs():
    paragraphs = [p for p in _raw(YUSHUI).split("\n") if len(p) > 40][:7]
    original = "\n\n".join(paragraphs) + "\n"
    debris = ["- 3 -", "— 12 —", "第 3 页", "第4页/共22页", "3/22", "  7  "]  # between paragraphs
    noisy = "".join(p + "\n\n" + d + "\n\n" for p, d in zip(paragraphs, debris)) + paragraphs[-1] + "\n"
    cleaned, offsets = clean_text(noisy)
    expected, _ = clean_text(original)
    assert cleaned.replace("\n", "") == expected.replace("\n", "")
    assert not re.search(r"^\s*(- 3 -|— 12 —|第 ?\d+ ?页|3/22|7)\s*$", cleaned, re.M)


def test_table_cells_and_headings_are_not_page_debris():
    raw = _raw(YICHUN)
    text, _ = clean_text(raw)
    # the indicator table is written one cell per line: its 序号 cells stay
    assert "\n\t1\n" in text and "\n\t2\n" in text
    # heading number and title keep their separating spaces
    assert "第一章  基础与形势" in text
    yushui, _ = clean_text(_raw(YUSHUI))
    assert "中共渝水区委  渝水区人民政府" in yushui


def test_full_width_letters_digits_and_space_become_half_width():
    raw = "细颗粒物（ＰＭ２.５）平均浓度控制在２９.２μｇ/ｍ３以内，优良天数比例达到９６％。"
    text, offsets = clean_text(raw)
    assert text == "细颗粒物（PM2.5）平均浓度控制在29.2μg/m3以内，优良天数比例达到96％。"
    assert offsets == list(range(len(raw)))
    # the ideographic space of yichun's chapter headings becomes a space and is kept there
    yichun, _ = clean_text(_raw(YICHUN))
    assert "\u3000" in _raw(YICHUN) and "\u3000" not in yichun
    assert "\n第五章 强化协同控制" in yichun


def test_pdf_line_breaks_are_joined_only_mid_sentence():
    raw = _raw(JINGDEZHEN)
    assert "（责任单位：市气象局、市\n\n住建局" in raw
    text, offsets = clean_text(raw)
    assert "（责任单位：市气象局、市住建局、市城管局" in text
    assert "（责任单位：市生态环境局、市自然资源规划局、市工信局）" in text
    # headings and numbered items keep their own lines
    for line in ("一、总体要求", "二、主要目标", "（一）环境质量方面", "三、主要任务"):
        assert re.search(f"^{re.escape(line)}$", text, re.M), line
    assert re.search(r"^2\.统筹编制生态环境保护专项规划。", text, re.M)
    # the join keeps offsets: 市住 maps to 市 … 住 across the removed break
    i = text.index("市气象局、市住建局") + len("市气象局、")
    assert raw[offsets[i]] == "市" and raw[offsets[i + 1]] == "住"
    assert offsets[i + 1] - offsets[i] == 3  # "\n\n" removed


def test_lines_of_a_table_laid_out_with_blanks_are_never_joined():
    # a row holding a stop (推进燃煤锅炉淘汰。淘汰…) and a wrapped cell's second line are table
    # lines, not a sentence broken by the PDF export
    raw = ("序号  重点任务  牵头单位  配合单位  完成时限\n"
           "1  推进燃煤锅炉淘汰。淘汰10蒸吨以下燃煤锅炉  区生态环境局  区市场监管局  2024年10月底前\n"
           "2  加强扬尘管控  区住房城乡建设局  区城市管理局  长期\n"
           "      建污水管网60公里。                                政局\n"
           "3  开展黑臭水体整治  区住房城乡建设局  区水务局  2024年底\n")
    assert clean_text(raw)[0] == raw
    # near miss: prose with one double blank inside still has its broken sentence joined
    text, _ = clean_text("各单位要加强组织领导。明确责任  分工，统筹推进各项\n任务落实到位，确保取得实效。\n")
    assert text == "各单位要加强组织领导。明确责任  分工，统筹推进各项任务落实到位，确保取得实效。\n"


def test_changjiang_clauses_are_untouched():
    raw = _raw(CHANGJIANG)
    text, _ = clean_text(raw)
    assert "〔牵头单位：区环保局；责任单位：各乡镇（街道）〕" in text
    # the single OCR-ish space in 区住建局， 区环保局 goes, the rest is the same text
    assert text.count("\n") == raw.count("\n")


def test_script_detection_and_simplified_text():
    from opencc import OpenCC

    raw = _raw(CHANGJIANG)
    traditional = OpenCC("s2tw").convert(raw)
    assert detect_script(raw) == "simplified"
    assert detect_script(traditional) == "traditional"
    c = clean(traditional)
    assert c.script == "traditional"
    assert c.text == clean_text(raw)[0]
    assert len(c.offsets) == len(c.text)


def test_script_share_counts_exactly_what_opencc_changes():
    # traditional_share counts the characters of one class built from OpenCC's tables: every
    # Han character t2s changes is in it and no other (each converted on its own, as before).
    han = [chr(c) for a, b in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)) for c in range(a, b + 1)]
    converted = clean_module._t2s().convert("\n".join(han)).split("\n")
    assert len(converted) == len(han)
    changed = {c for c, s in zip(han, converted) if s != c}
    assert set(clean_module._t2s_changed_re().findall("".join(han))) == changed
    assert clean_module.traditional_share("環境保護，环境保护") == 0.25


def test_map_span_to_clean_on_removed_spaces():
    raw = "区农 林水与生态环境局"
    text, offsets = clean_text(raw)
    a, b = map_span_to_clean(offsets, 0, len(raw))
    assert text[a:b] == "区农林水与生态环境局"


def test_doctests():
    assert doctest.testmod(clean_module).failed == 0


# --------------------------------------------------------------------------- property: offsets

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

# Pieces that trigger every step: CJK text, OCR spaces, full-width digits, page debris, task
# numbers with spaces, confusions, CRLF, tabs, site boilerplate.
_PIECES = st.sampled_from(
    [
        "污染", "防治", "区农", "林水与生态环境局", " ", "  ", "\n", "\n\n", "\r\n", "\t", "，", "。", "；",
        "２０２５", "24 .", "3", "- 3 -", "第 3 页", "力口强", "7曰", "年", "12月31 日", "PM2.5",
        "资源ID:1\n", "下载积分:5金币\n", "第一章  ", "（一）", "1.", "\u3000", "abc def",
    ]
)  # fmt: skip
_EXPECTED_CHANGES = {("\u3000", " "), ("力", "加"), ("曰", "日"), ("\r", "\n")} | {
    (chr(c), chr(c - 0xFEE0)) for c in range(0xFF10, 0xFF1A)
}


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=60))
def test_offsets_invariants_on_generated_text(pieces):
    raw = "".join(pieces)
    text, offsets = clean_text(raw)
    assert len(offsets) == len(text)
    assert all(0 <= o < len(raw) for o in offsets)
    assert all(a < b for a, b in zip(offsets, offsets[1:]))
    for c, o in zip(text, offsets):
        assert c == raw[o] or (raw[o], c) in _EXPECTED_CHANGES


# --------------------------------------------------------------------------- OCR-damaged labels


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("（牵头单位县民政局；配合单位县财政局）", "（牵头单位：县民政局；配合单位：县财政局）"),
        ("（牵头单位∶县住建局）", "（牵头单位：县住建局）"),
        ("（牵头单位；县农业农村局；配合单位，各县（市、区）人民政府）",
         "（牵头单位：县农业农村局；配合单位：各县（市、区）人民政府）"),
        ("。具体责任单位县教体局；其他责任单位县财政局", "。具体责任单位：县教体局；其他责任单位：县财政局"),
        ("〔牵头单位区农业局等；责任单位区林业局〕", "〔牵头单位：区农业局等；责任单位：区林业局〕"),
        ("。责任单位\n县市场监管局、县民政局", "。责任单位：县市场监管局、县民政局"),
        ("（牽头單位：县人社局）", "（牵头单位：县人社局）"),
        # a street office's or a department's divisions as units: 牵头科室 / 配合处室 (stop 23 probe:
        # 配合科室;A and 牵头科室 A were read as no label, the supports or the lead lost)
        ("。牵头科室：社区建设办公室；配合科室;城市管理办公室、平安建设办公室。",
         "。牵头科室：社区建设办公室；配合科室：城市管理办公室、平安建设办公室。"),
        ("。牵头科室 综合保障办公室；配合科室：各社区。", "。牵头科室：综合保障办公室；配合科室：各社区。"),
        ("（牵头处室，规划处；配合处室：财务处）", "（牵头处室：规划处；配合处室：财务处）"),
    ],
)
def test_damaged_unit_labels_get_their_colon_and_script_back(raw, expected):
    c = clean(raw)
    assert c.text == expected
    assert len(c.offsets) == len(c.text)


@pytest.mark.parametrize(
    "raw",
    [
        "〔牵头单位：区发改委；责任单位:各牵头单位、责任单位，各乡镇（街道）〕",  # 、 lists the labels
        "序号 重点任务 牵头单位 配合单位",  # a table header: a label follows, not a name
        "各牵头单位要抓紧与相关责任单位协商。",
        "明确牵头单位，责任单位要加强协调。",
        "要落实好责任单位县直各部门的要求。",  # not after a bracket or separator
        "牵头单位，各相关部门要积极配合。",  # what follows is no name
        "XX县2024年民生实事任务分解表\n（责任单位中第一个为牵头单位）\n",  # a note on the lists
        "（县水利局为第一责任单位，县自然资源局、县公安局为配合单位）",  # A为…单位: what A is
        # 乾 著 於 belong to simplified text too (a few of them do not make it traditional)
        "景德镇以瓷器著名，乾隆年间御窑厂於此烧造。" + "加强生态环境保护，持续改善环境质量，推动高质量发展。" * 4,
        "1.危险化学品安全整治。（主办单位：市应急管理局；协办单位：市公安局）",  # labels, no footer
        "各牵头科室要加强与配合科室沟通。",  # the labels said of divisions in general
        "。牵头处室要会同相关处室制定方案。",  # what follows is no name
    ],
)
def test_clean_text_near_misses_stay(raw):
    assert clean(raw).text == raw


def test_portal_lines_inside_a_paragraph_go():
    raw = "加强养老护理队伍建设。开展养老护理员职业技能\n打印本页 关闭窗口\n培训，全年培训300人次。\n"
    assert clean(raw).text == "加强养老护理队伍建设。开展养老护理员职业技能培训，全年培训300人次。\n"
    raw = "一、总体要求\n来源：XX县人民政府办公室  发布时间：2023-03-18\n到2025年，全县…。\n"
    assert clean(raw).text == "一、总体要求\n到2025年，全县…。\n"
    # what a portal prints under the text: 责任编辑：, 上一篇：/下一篇：, 分享到：
    raw = "（二）强化督查考核。\n樟树市人民政府\n2023年5月5日\n责任编辑：李明\n上一篇：关于开展世界环境日宣传活动的通知\n分享到：\n"
    assert clean(raw).text == "（二）强化督查考核。\n樟树市人民政府\n2023年5月5日"  # (a block at the end goes with its break)
    # a WeChat article's tail: 来源：/编辑： lines at a line's start, 阅读原文, the follow prompt
    raw = "（二）强化督查考核。\n会昌县人民政府办公室\n2023年6月9日\n来源：会昌县生态环境局\n编辑：刘洋审核：王强\n阅读原文阅读 3201赞在看\n微信扫一扫\n关注该公众号\n"
    assert clean(raw).text == "（二）强化督查考核。\n会昌县人民政府办公室\n2023年6月9日"
    # the page's list of the files it links (相关附件：无) under the last task (was run onto its clause)
    raw = "6.推进“无废城市”建设。【牵头单位】袁州生态环境局【配合单位】区城管局\n相关附件：无\n【打印】 【关闭】\n"
    assert clean(raw).text == "6.推进“无废城市”建设。【牵头单位】袁州生态环境局【配合单位】区城管局"
    # near misses: 资金来源： is the plan's, and so is 来源 inside a sentence
    raw = "（三）加强资金保障。\n资金来源：县财政预算安排\n数据来源：县统计局\n"
    assert clean(raw).text == raw
    # near miss: a sentence of the plan that names 上一篇 without a colon stays
    raw = "（三）做好衔接。与上一篇章所列任务统筹推进。\n"
    assert clean(raw).text == raw
    # stop 23 probe: a WeChat article's credits go on with 终审：/ 监制：, and its list of other
    # articles (往期推荐 and their titles) closes it: all of it is the account's (were the credits
    # and the titles run into the last item's text)
    raw = ("6.优化数字营商环境。深化一网通办。\n责任单位：市数据局\n\n来源：衢州市数据局\n编辑：刘思琪\n审核：陈伟\n"
           "终审：黄海波\n\n往期推荐\n衢州发布｜这些好消息，与你有关！\n重磅！事关每个人……\n\n分享\n收藏\n点赞\n在看\n\n阅读原文\n")
    assert clean(raw).text == "6.优化数字营商环境。深化一网通办。\n责任单位：市数据局\n"
    # near miss: 推荐阅读 in the plan's own text, sentences after it, stays
    raw = "（三）推进全民阅读。\n推荐阅读\n各乡镇要建设农家书屋，开展读书月活动。\n县图书馆要每月发布推荐书目，推动全民阅读进村入户。\n"
    assert clean(raw).text == raw


def test_gazette_page_number_and_head_inside_a_sentence_are_dropped():
    # a 政府公报's PDF text: · 2 · under the page and the gazette's name and issue over the next,
    # inside a sentence the page break cut (were both run into the item's text)
    raw = ("XX市人民政府办公厅关于印发XX市冰雪经济实施方案的通知\n各区县人民政府：\n现印发给你们。\n"
           "XX市人民政府办公厅\n2023年10月16日\nXX市冰雪经济实施方案\n一、普及冰雪运动\n"
           "（七）推进冰雪进校园。开展百万青少年上\n\n· 2 ·\n\nXX市人民政府公报  2023年第11期\n\n冰雪活动。（市教育局牵头，市体育局配合）\n")
    text = clean(raw).text
    assert "· 2 ·" not in text and "公报" not in text and "（市教育局牵头，市体育局配合）" in text
    # near miss: a sentence naming the gazette stays
    raw = "（八）做好公开。文件在\nXX市人民政府公报\n上全文刊登后施行，各部门要做好宣传解读，确保政策知晓率。\n"
    assert "XX市人民政府公报" in clean(raw).text


def test_lines_broken_inside_a_clause_are_joined():
    # a short line leaving its clause's bracket open
    assert clean("3.推进城市更新。（省住房\n城乡建设厅牵头）\n").text == "3.推进城市更新。（省住房城乡建设厅牵头）\n"
    # the third line of a paragraph holds no 。 of its own: it goes on with the two before
    raw = "2.强化保障。对纳入重点建设项目的用地应保尽保。（省自然资源厅\n牵头，省林业局按职责分工负责，以下均需各市落实，不\n再列出）\n"
    assert clean(raw).text == raw.replace("\n", "", 2)


@pytest.mark.parametrize(
    "raw",
    [
        "（一）加强组织领导\n各级党委和政府要切实加强组织领导。\n",  # a heading, its bracket closed
        "牵头单位：市农业农村局\n配合单位：市公安局\n",  # label lines
        "附件：重点任务清单（\n1.加强治理。\n",  # the next line opens an item
        "序号\t任务（一\t牵头单位\n1\t加强治理\t县民政局\n",  # table lines
    ],
)
def test_lines_that_end_in_their_place_stay(raw):
    assert clean(raw).text == raw


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("2O24年1O月底前完成", "2024年10月底前完成"),
        # a number's letters before a measure word or a stop (推动12O项… / 净增10O家以上 / 达到1OO。)
        ("推动12O项高频事项下沉，净增10O家以上，改造1OO个，指数达到10O。", "推动120项高频事项下沉，净增100家以上，改造100个，指数达到100。"),
        # 曰 in a word of 日 (a named day, 工作日, 日常)
        ("开展六五环境曰等主题活动，5个工作曰内办结，加强曰常监管。", "开展六五环境日等主题活动，5个工作日内办结，加强日常监管。"),
        ("—、总体要求\n（—）加强组织领导\n", "一、总体要求\n（一）加强组织领导\n"),
        # an item's number: 1 read as l / I / 丨, 0 as O / 〇, at a line's start or after a stop
        ("丨.加快推进\nI2.推进治理。l〇.加强监管。2O.强化\n3丨、 强化\n", "1.加快推进\n12.推进治理。10.加强监管。20.强化\n31、强化\n"),
    ],
)
def test_ocr_digit_and_heading_number_confusions(raw, expected):
    assert clean(raw).text == expected


@pytest.mark.parametrize(
    "raw",
    [
        "CO2、NOx和O3协同控制，二〇二四年底前完成。",  # letters in formulas, Chinese numerals
        # a letter opens the number: a formula, a model, a standard, an O2O platform
        "减少H2O、Fe2O3排放，采购A1O0型设备，通过ISO 14001认证，执行GB/T 19001，发展O2O。",
        "子曰：学而时习之。PM2.5浓度下降。",  # 曰 said; a decimal
        "——加快推进产业结构调整。\n——持续优化能源结构。\n",  # dash-led bullets
        "推进（-）项工作，2号文件。",  # a dash not opening a line
        "I.总体要求\nII.主要任务\n",  # Roman numerals
        "如图l.所示，推进PM2.5和O3.协同控制。\nOl.加强\n",  # inside a sentence; a leading zero
    ],
)
def test_ocr_confusion_near_misses_stay(raw):
    assert clean(raw).text == raw


def test_label_broken_at_a_line_end_is_joined():
    raw = "（一）开展占道经营整治。\n责任\n单位：区城管局\n（二）加强户外广告管理。\n"
    assert clean(raw).text == "（一）开展占道经营整治。\n责任单位：区城管局\n（二）加强户外广告管理。\n"
    # near miss: a line that ends with a role word before another line
    raw = "二、责任分工\n各单位要明确牵头\n领导，抓好落实。\n"
    assert clean(raw).text == raw


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("（牵头单位：县民政屆；配合单位：具财政局、县卫健委）", "（牵头单位：县民政局；配合单位：县财政局、县卫健委）"),
        ("（县生态环境尼牵头，具住建局配合）", "（县生态环境局牵头，县住建局配合）"),
        ("（责任单位：各具（市、区）人民政府）", "（责任单位：各县（市、区）人民政府）"),
    ],
)
def test_agency_names_misread_at_their_ends(raw, expected):
    assert clean(raw).text == expected


@pytest.mark.parametrize(
    "raw",
    [
        "县第十四届人民代表大会、县政协第十届委员会，做好换届选举，本届政府负责。",
        "各具特色，具体负责单位，具有条件的县直单位、具备条件的企业。",
        "市领导出席首届、第二届论坛。",
        "比基尼、印度尼西亚、县民政局。",
    ],
)
def test_agency_name_confusion_near_misses_stay(raw):
    assert clean(raw + "加强生态环境保护，持续改善环境质量，推动高质量发展。" * 3).text.startswith(raw)


# --------------------------------------------------------------------------- scanned plans, round 2


@pytest.mark.parametrize(
    "raw,expected",
    [
        # a label's colon read as a dot (its other dot lost)
        ("（牵头单位·县交通运输局；配合单位.县公安局、县商务局）", "（牵头单位：县交通运输局；配合单位：县公安局、县商务局）"),
        ("。责任单位．县水利局", "。责任单位：县水利局"),
        ("（责任单位.各牵头单位、各乡镇（街道））", "（责任单位：各牵头单位、各乡镇（街道））"),  # a collective
        # a bracket pair read half full-width, half half-width: the odd half takes the Chinese width
        ("（责任单位：各乡镇(办）党委、政府）", "（责任单位：各乡镇（办）党委、政府）"),
        ("(牵头单位：县水利局）", "（牵头单位：县水利局）"),
        ("（牵头单位：县林业局)", "（牵头单位：县林业局）"),
        # a name a scan hyphenated at the line's end
        ("（责任单位：市生态环-\n境局、市水利－\n局）\n", "（责任单位：市生态环境局、市水利局）\n"),
        ("牵头单位：县发展和改革-\n委员会\n", "牵头单位：县发展和改革委员会\n"),
        ("由县行政审－\n批局牵头，县财政局配合。\n", "由县行政审批局牵头，县财政局配合。\n"),
        ("、科技经济发-\n展局等按职责分工", "、科技经济发展局等按职责分工"),
    ],
)
def test_scan_damage_round_two(raw, expected):
    c = clean(raw)
    assert c.text == expected
    assert len(c.offsets) == len(c.text)


@pytest.mark.parametrize(
    "raw",
    [
        "。牵头单位.县财政局要加强资金保障。",  # no name after the dot: prose
        "明确牵头单位.县财政局要加强资金保障。",  # the label is not alone
        "。牵头单位，各牵头单位要抓紧协商。",  # no name after the label
        "构建流域-\n河口-近岸海域污染防治联动机制，推进治理。\n",  # hyphens between words
        "X江-\n黄塘溪饮用水源地要巩固提升。\n",
        "推进产-\n学-研合作。\n",
        "建立市-\n县两级协调办、\n",  # a level pair, not a name
        "省-\n市-县三级联动办\n",
        "（PM2.5）浓度，（1）加强 (2)推进，其中（a）项",  # pairs of one width
    ],
)
def test_scan_damage_round_two_near_misses_stay(raw):
    assert clean(raw).text == raw


def test_a_line_printed_twice_is_read_once():
    raw = "1.加强河湖水域岸线管控。完成河湖管理\n范围划界成果复核。（牵头单位：县水利局）\n范围划界成果复核。（牵头单位：县水利局）\n2.推进河湖清四乱。\n"
    assert clean(raw).text == raw.replace("范围划界成果复核。（牵头单位：县水利局）\n", "", 1)
    # near misses: a table's short cells repeat, a tab-separated row, two different lines
    for raw in ("县财政局、县发改局\n县财政局、县发改局\n", "1\t加强河湖水域岸线管控工作\n1\t加强河湖水域岸线管控工作\n",
                "（一）加强河湖水域岸线管控。\n（一）加强河湖水域岸线管控工作。\n",
                "（一）推进燃煤锅炉综合整治。\n" * 3):  # three copies or more: the text's own
        assert clean(raw).text == raw


def test_an_item_number_cut_by_a_wrap_is_joined():
    raw = "到2025年底达到100%。（责任单位：区水利局、区农粮局）1\n4.持续抓好城区黑臭水体治理。\n"
    assert clean(raw).text == raw.replace("1\n4.", "14.")
    # near miss: a figure at a line's end inside a sentence, before the next item
    raw = "加强治理，到2025年达到1\n2.推进治理。\n"
    assert clean(raw).text == raw


def test_an_item_number_wrapped_alone_at_a_line_end_joins_its_title():
    assert clean("（责任单位：区交通运输局）6.\n加快形成绿色低碳生活方式。\n").text == "（责任单位：区交通运输局）6.加快形成绿色低碳生活方式。\n"
    assert clean("推进治理。\n二、\n主要任务\n").text == "推进治理。\n二、主要任务\n"
    assert clean("（一）\n加强组织领导\n").text == "（一）加强组织领导\n"
    # near misses: a count at a line's end, a bracket that closes a remark, a number before a number
    for raw in ("达到3、\n4号线建成。\n", "推进（见附件1）\n加强\n", "（二）\n1.推进\n", "完成率达到1.\n5倍\n"):
        assert clean(raw).text == raw


def test_running_headers_inside_a_sentence_go():
    head = "XX县人民政府办公室文件\nX政办发〔2023〕5号\nXX县深入打好污染防治攻坚战实施方案\n为改善环境质量，制定本方案。\n一、主要任务\n"
    raw = (head + "1.推进大气污染治理，加强工业企业挥发性有机物综合\nXX县深入打好污染防治攻坚战实施方案\n"
           "治理，完成年度目标任务。（责任单位：县生态环境局、县工业和信息化\nX政办发〔2023〕5号\n局）\n"
           "2.推进水污染治理，完成城镇污水处理提质增效三年行动\nXX县人民政府办公室文件\n目标。（责任单位：县住建局）\n")
    assert clean(raw).text == head + (
        "1.推进大气污染治理，加强工业企业挥发性有机物综合\n治理，完成年度目标任务。（责任单位：县生态环境局、县工业和信息化局）\n"
        "2.推进水污染治理，完成城镇污水处理提质增效三年行动\n目标。（责任单位：县住建局）\n"
    )


def test_issuer_as_running_head_inside_a_sentence_goes():
    """The issuer the notice's title opens with, printed as the next page's head inside a
    sentence the page break cut (…落实新能源汽车\n- 1 -\n西安市人民政府办公厅\n购置税…);
    its signature line stays (附件：… / 西安市人民政府办公厅 / 2024年3月5日)."""
    head = ("西安市人民政府办公厅关于印发2024年西安市扩大消费工作\n要点的通知\n市政办函〔2024〕18号\n"
            "各区、县人民政府，市人民政府各工作部门：\n现印发给你们，请认真贯彻执行。\n"
            "附件：2024年西安市扩大消费工作要点\n西安市人民政府办公厅\n2024年3月5日\n")
    raw = head + ("（四）促进汽车消费。开展汽车以旧换新活动，落实新能源汽车\n- 1 -\n西安市人民政府办公厅\n"
                  "购置税减免政策，新增公共充电桩5000个。市商务局牵头。\n")
    text = clean(raw).text
    assert "新能源汽车购置税减免政策" in text and "新能源汽车西安市" not in text
    assert "西安市人民政府办公厅\n2024年3月5日" in text  # the signature stays
    # near miss: a body named as the sentence goes on is no head
    raw = head + "（四）促进汽车消费。由\n西安市人民政府办公厅\n牵头。\n"
    assert "由西安市人民政府办公厅牵头" in clean(raw).text.replace("\n", "")


def test_running_header_after_a_clause_that_goes_on():
    head = "关于印发《昌江区进一步落实长江经济带\n“共抓大保护”攻坚行动方案》的通知\n各乡镇人民政府，区直各单位：\n现印发给你们。\n一、任务\n"
    raw = head + ("10.推进农村改厕。到2020年底，卫生厕所普及率达到90%。〔牵头单位：区农业局、区卫健委；\n"
                  "关于印发《昌江区进一步落实长江经济带\n责任单位：区住建局，各乡镇（街道\n)〕\n")
    assert clean(raw).text == head + (
        "10.推进农村改厕。到2020年底，卫生厕所普及率达到90%。〔牵头单位：区农业局、区卫健委；\n"
        "责任单位：区住建局，各乡镇（街道）〕\n"
    )


@pytest.mark.parametrize(
    "raw",
    [
        # a table's cells one a line repeat
        "序号\n重点任务\n牵头单位\n1\n加强河湖治理工作\n县水利局办公室\n2\n推进河湖整治工作\n县水利局办公室\n",
        # the title page itself
        "景德镇市生态环境保护委员会办公室文件\n景环委办字〔2021〕9号\n",
        # a clause line repeated under each item, after an item's line with no stop
        "XX县方案\n一、任务\n1.推进河湖治理工作，完成年度治理目标任务\n县水利局牵头负责落实\n2.推进河湖整治工作，完成年度治理目标任务\n县水利局牵头负责落实\n3.推进。\n",
    ],
)
def test_repeated_lines_that_are_content_stay(raw):
    assert clean(raw).text.count("县水利局") == raw.count("县水利局")
    assert clean(raw).text.count("文件") == raw.count("文件") and clean(raw).text.count("9号") == raw.count("9号")


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("1 0 . 大 力 推 进 乡 村 。 到 2 0 2 5 年 底 完 成 。\n", "10. 大力推进乡村。到 2025年底完成。\n"),
        ("相关指标达到9 4%以上。", "相关指标达到94%以上。"),
    ],
)
def test_digits_of_a_line_spaced_out_are_joined(raw, expected):
    assert clean(raw).text == expected


def test_digits_apart_that_are_two_numbers_stay():
    # a count before a measure word, a page's number, a row's number before a year
    assert clean("PM2.5 浓度，3 4 5 6 个，第 1 2 页后\n").text == "PM2.5 浓度，3 4 5 6 个，第 1 2 页后\n"
    assert clean("序号 任务 1 2024年完成\n").text == "序号任务 1 2024年完成\n"


def test_text_wrapped_at_a_fixed_width_is_joined_at_full_lines():
    """Headings glued to prose and wrapped at a fixed width: a full line stops where the width
    ran out, even with no stop inside it (XX市…方案一、加强水资源保护1.落实最严 / 格水资源…)."""
    flat = ("XX市河湖长制工作任务分工方案一、加强水资源保护1.落实最严格水资源管理制度。严格用水总量和强度双控。"
            "责任单位：市水利局配合单位：市发展和改革委员会、市自然资源和规划局2.加强饮用水水源地保护。"
            "完成县级以上水源地规范化建设。责任单位：市生态环境局配合单位：市水利局、市卫生健康委员会"
            "二、加强水污染防治3.推进城镇污水处理提质增效。到2024年底城市生活污水集中收集率达到70%。"
            "责任单位：市住房和城乡建设局配合单位：市生态环境局、市财政局")
    wrapped = "\n".join(flat[i : i + 30] for i in range(0, len(flat), 30)) + "\n"
    text = clean(wrapped).text
    assert "落实最严格水资源管理制度" in text and "加强饮用水水源地保护" in text
    # near misses: short lines of a list (a short plan's title over unit lines), and a plan whose
    # lines are paragraphs of every length
    raw = "XX县2024年河湖长制重点任务清单\n\n县水利局：\n1.负责河湖管理范围划定和岸线管理。\n2.牵头开展河湖“清四乱”常态化规范化。\n" * 3
    assert clean(raw).text == raw


def test_page_numbers_run_into_the_text_go():
    raw = "（责任单位：县农第2页 共9页业农村局、渝水生-6-态环境局、县市 — 7 — 场监管局）"
    assert clean(raw).text == "（责任单位：县农业农村局、渝水生态环境局、县市场监管局）"
    # near misses: year ranges, hyphenated words, a road's name, a page cited
    raw = "2021—2025年，构建流域-河口-近岸联动机制，G-5线，见第3页，——加快推进。"
    assert clean(raw).text == raw


@pytest.mark.parametrize(
    "raw, joined",
    [
        # a 专栏's project line closing on its unit label's list ends there
        ("城乡供水一体化工程：新建水厂3座。责任单位：市水利局、各县区人民政府\n应急备用水源工程：建设应急备用水源。\n", False),
        ("开展城区黑臭水体专项整治行动。牵头单位：县市场监管局\n配合单位：县财政局\n", False),
        # …各街道办事处 / …建投集团 close a list as a 局 does (was: joined to the closing paragraph
        # after a blank line, whose first words were read as one more unit)
        ("推进生活垃圾分类。责任单位：区城管委、各街道办事处\n\n区生态环境保护委员会办公室负责调度。\n", False),
        ("推进科技金融融合。责任单位：区财政局、区建投集团\n区科技局负责汇总进展情况。\n", False),
        # …各有关部门 / 区直各有关单位 close a list as a name does (were joined to the paragraph after)
        ("加强生态环境法治建设。责任单位：各有关部门\n\n各单位要于每月25日前报送工作进展。\n", False),
        ("加强生态环境法治建设。责任单位：区直各有关单位\n区大气办负责汇总进展情况。\n", False),
        # the plan's signature after the line, dated or not, right-aligned, with an attachment after it
        ("加强生态环境法治建设。由各有关部门按职责分工落实\n\n吉安市生态环境保护委员会办公室\n2024年4月8日\n", False),
        ("加强生态环境法治建设。由各有关部门按职责分工落实\n        吉安市生态环境保护委员会办公室\n", False),
        ("加强生态环境法治建设。由各有关部门按职责分工落实\n\n吉州区生态环境保护委员会\n\n附件：任务清单\n", False),
        # …an organ whose name quotes a campaign or holds a bracket (珠海市“无废城市”建设工作领导小组办公室 /
        # 临平区“五水共治”（河长制）工作领导小组办公室: was joined, read as the last unit's name)
        ("加强生态环境法治建设。由各有关部门按职责分工落实\n\n珠海市“无废城市”建设工作领导小组办公室\n2024年2月5日\n", False),
        ("加强生态环境法治建设。由各有关部门按职责分工落实\n\n杭州市临平区“五水共治”（河长制）工作领导小组办公室\n2022年3月9日\n", False),
        # a rectification item's next field on its own line after a list closing on its verb
        # (…配合；C负责落实 / 整改目标：…): the ； made the line look like prose, joined
        ("责任单位：市生态环境局牵头，市海洋发展局配合；相关区市县政府（先导区管委会）负责落实\n整改目标：2027年底前达到省下达目标\n", False),
        ("部分企业超标排放。责任单位：市生态环境局牵头，市公安局配合；各区县政府负责落实\n整改时限：2026年底前\n", False),
        # a portal's 【】 labels without a colon close their line as 配合单位： does (the paragraph
        # after was joined, its first words read as the last unit: 区交通运输局各乡镇要加强日常巡查)
        ("2.加强城区扬尘管控。【牵头单位】区住建局【配合单位】区城管局、区交通运输局\n各乡镇要加强日常巡查。\n", False),
        ("6.推进“无废城市”建设。【牵头单位】袁州生态环境局【配合单位】区发改委、区城管局\n区生态环境局负责调度。\n", False),
        # near misses: a list broken after a separator or inside a name goes on
        ("开展城区黑臭水体专项整治行动。责任单位：市水利局、\n市生态环境局\n", True),
        ("开展城区黑臭水体专项整治行动。【配合单位】市水利局、\n市生态环境局\n", True),
        ("开展城区黑臭水体专项整治行动。【责任单位】市水利局、市生态\n环境局\n", True),
        # …and a unit label broken at the line's end (；配 / 合单位：), though it opens with a colon
        ("淘汰老旧柴油货车300辆。牵头单位：市公安局；配\n合单位：市交通运输局、市商务局。\n", True),
        ("开展城区黑臭水体专项整治行动。责任单位：市水利局、\n吉安市生态环境局\n", True),
        ("开展城区黑臭水体专项整治行动。责任单位：县住房和城\n乡建设局\n", True),
        ("开展城区黑臭水体专项整治行动。牵头单位为县农业\n农村局\n", True),
        ("开展城区黑臭水体专项整治行动。责任单位：市水利局、市生态\n环境局\n", True),
        ("开展城区黑臭水体专项整治行动。责任单位：市水利局、各街道\n办事处\n", True),
        # (a line opening with a quoted campaign and no date under it is no signature: it goes on)
        ("加强生态环境法治建设。由各有关部门按职责分工落实\n“无废城市”建设工作\n", True),
    ],
)
def test_a_unit_list_closing_its_line_is_not_joined_to_the_next(raw, joined):
    text = clean(raw).text
    if joined:
        assert "\n" not in text.strip(), text
    else:  # (the lines below it may be joined to each other)
        assert text.split("\n")[0] == raw.split("\n")[0], text


def test_one_blank_between_names_in_a_tab_separated_row_is_kept():
    # 1\t任务\t市民政局 各县（市、区）人民政府\t…: the blank set the names apart (they ran together,
    # read as one unit 市民政局各县（市、区）人民政府); near misses: an OCR blank inside a name in
    # such a row, and one blank between names in prose, still go
    row = "1\t新增养老床位1000张\t市民政局 各县（市、区）人民政府\t2025年12月\n"
    assert "市民政局 各县（市、区）人民政府" in clean_text(row)[0]
    assert "市生态环境局" in clean_text("2\t治理扬尘\t市生态 环境局\t长期\n")[0]
    assert "市民政局各县" in clean_text("要求市民政局 各县（市、区）人民政府抓好落实。\n")[0]


def test_pictographs_opening_a_phone_page_line_go_so_its_item_number_shows():
    """✅1.打造精品景区 / 👉（二）… (a WeChat account's post): the pictograph hid the item's number
    (the task lost its number and title); one inside a line is left (…30家以上🏡)."""
    raw = "【重点任务】\n✅1.打造精品景区\n👉️（二）完善旅游交通\n新增精品民宿30家以上🏡\n"
    text, offsets = clean_text(raw)
    assert "\n1.打造精品景区" in text and "\n（二）完善旅游交通" in text and "30家以上🏡" in text
    i = text.index("1.打造")
    assert raw[offsets[i]] == "1"


def test_a_long_run_of_blanks_is_cleaned_in_linear_time():
    # the flat-line breaks and the blanks before 年 / before 、: each pattern opened with a run of
    # blanks tried at every blank of a run followed by no match (100,000 blanks: minutes)
    import time

    for raw in ("加强" + " " * 60_000 + "工作。\n", "加强" + "\u3000" * 60_000 + "工作。\n", "2024" + " " * 60_000 + "。\n"):
        t = time.perf_counter()
        clean(raw)
        assert time.perf_counter() - t < 2
    # the same edits where the run is followed by what they look for
    assert clean("2024  年6月底前完成。\n").text == "2024年6月底前完成。\n"


def test_a_table_flattened_onto_a_line_gets_its_rows_back():
    """A download site's copy of a 整改清单 runs header and rows onto the text's line, cells one
    blank apart: the header and each row whose number counts on go back on lines of their own
    (their blanks then kept as the cells' bounds), the row 2 glued to the deadline before it too,
    and the last row ends after its deadline (the signature ran on)."""
    raw = (
        "结合实际，制定本方案。附件：整改任务清单 序号 反馈问题 责任领导 牵头单位 责任单位 整改时限 "
        "1 管网雨污混接问题突出。 王建国 县住房和城乡建设局 县水利局 2024年12月底前2 养殖场粪污直排。 "
        "李明 县农业农村局 县财政局 2024年6月底前 XX县人民政府办公室 2024年3月15日\n"
    )
    text, offsets = clean_text(raw)
    lines = text.split("\n")
    assert lines[1] == "序号 反馈问题 责任领导 牵头单位 责任单位 整改时限"
    assert lines[2] == "1 管网雨污混接问题突出。 王建国 县住房和城乡建设局 县水利局 2024年12月底前"
    assert lines[3] == "2 养殖场粪污直排。 李明 县农业农村局 县财政局 2024年6月底前"
    assert lines[4].strip() == "XX县人民政府办公室 2024年3月15日"
    i = text.index("2 养殖场")
    assert raw[offsets[i]] == "2"  # the row's number keeps its place in the file
    # near misses: one numbered line after a header is no run of rows; a count in prose (建成
    # 2 座) is no row; a table already on its lines is left as it is
    one = "附件：清单 序号 重点任务 牵头单位 配合单位 1 推进污水治理 县水利局 县财政局 2024年底前\n"
    assert clean_text(one)[0].count("\n") == 1
    prose = "序号 重点任务 牵头单位 配合单位 1 新建污水处理厂，今年建成 2 座。 县水利局 县财政局\n"
    assert "建成2座" in clean_text(prose)[0] or "建成 2 座" in clean_text(prose)[0]
    assert clean_text(prose)[0].count("\n") == 1
    lined = "序号 重点任务 牵头单位 配合单位\n1 推进污水治理 县水利局 县财政局\n2 开展河道清淤 县水利局 县农业农村局\n"
    assert clean_text(lined)[0] == lined


def test_document_sharing_site_bars_and_titles_around_the_document_go():
    """道客巴巴 / 原创力文档 / 360doc print the site's name, the document's title between their bars
    and a related-documents list after it: all of it goes (the site's name was read into the
    plan's title and place: 原创力文档藁城区), the document's own title and signature stay."""
    body = "藁城区2018年大气污染防治工作要点\n为持续改善环境空气质量，制定本工作要点。\n1.持续压减过剩产能。责任单位：区发改局。\n藁城区大气污染防治工作领导小组办公室\n2018年3月6日\n"
    book118 = (
        "原创力文档\n藁城区2018年大气污染防治工作要点.docx\n原创力文档 max.book118.com 知识共享与交易平台\n下载 收藏 举报\n"
        "文档页数：12页 阅读：356次\n免费在线预览全文\n" + body
        + "版权声明：本文档由用户提供并上传，收益归属内容提供方，若内容存在侵权，请进行举报或认领\n文档评论（0）\n相关文档\n"
        "藁城区工作总结.docx\n2018年生态环境保护工作要点（精选5篇）.docx\n"
    )
    assert clean_text(book118)[0].rstrip("\n") == body.rstrip("\n")
    doc88 = "藁城区2018年大气污染防治工作要点 - 道客巴巴\n藁城区2018年大气污染防治工作要点\n上传人：wj***16  页数：12\n免费在线预览全文\n" + body
    assert clean_text(doc88)[0] == body
    site360 = (
        "藁城区2018年大气污染防治工作要点\n360doc个人图书馆\n转藏 全屏 打印 分享\n" + body
        + "本文是360doc个人图书馆用户收藏的文章，不代表本站观点。\n转藏 分享 献花(0)\n猜你喜欢\n关于印发某市工作要点的通知\n生态环境保护工作要点汇编\n"
    )
    assert clean_text(site360)[0].rstrip("\n") == body.rstrip("\n")
    # near misses: a plan that opens with its title and ends with its signature, no site around
    # it; a plan that speaks of 侵权 and 举报 in its text
    assert clean_text(body)[0] == body
    ip = "知识产权保护工作要点\n1.严厉打击侵权假冒行为，畅通举报渠道。责任单位：市市场监管局。\n市知识产权局\n2024年3月1日\n"
    assert clean_text(ip)[0] == ip


def test_a_bare_page_number_run_into_a_unit_list_goes():
    """A scrape that ran a page's bare number into the text leaves it before a unit's name
    (责任单位：1区市场监管局 / 、1区规划和自然资源局: read as a unit 1区市场监管局); after a unit label or a
    name's 、, before a name that opens with its jurisdiction, it goes. Counts stay."""
    raw = "4.严厉打击劣质散煤销售。责任单位：1区市场监管局、区公安分局。\n（3）强化扬尘防控。（区住建局牵头，区城乡管理局、12区规划和自然资源局配合）\n"
    text, offsets = clean_text(raw)
    assert "责任单位：区市场监管局、区公安分局" in text and "区城乡管理局、区规划和自然资源局配合" in text
    assert raw[offsets[text.index("区市场监管局")]] == "区"
    for kept in ("覆盖3个乡镇、2县1区。", "涉及：2县市场主体。", "新建：3家企业。", "推进1、2区政府办公楼改造。"):
        assert clean_text(kept)[0] == kept


def test_a_flattened_table_wrapped_with_the_text_gets_its_rows_back():
    """The same table copied at a fixed width with the text around it (a header label and a unit's
    name cut by the width: 牵 / 头单位, 州生态环境局洱源分 / 局): the width's breaks inside the table go
    and each row stands on its own line (was no task: the header was never seen)."""
    prose = "为切实抓好中央环境保护督察反馈意见整改落实工作，结合我县实际，制定本方案。附件：整改任务清单"
    flat = (
        prose + "序号 反馈问题 责任领导 牵头单位 责任单位 整改时限 1 洱海流域入湖河道水质不稳定。 李建华 县水务局 州生态环境局洱源分局、"
        "各乡镇人民政府 2018年12月底前 2 农业面源污染问题突出，化肥农药施用量大。 杨文明 县农业农村局 县林业和草原局 2018年12月底前 "
        "3 茈碧湖周边餐饮客栈污水直排。 赵丽 县住房和城乡建设局 县市场监管局 2018年12月底前 洱源县人民政府办公室 2018年11月30日"
    )
    raw = "\n".join(flat[i : i + 30] for i in range(0, len(flat), 30)) + "\n"
    assert "牵\n头单位" in raw
    text = clean_text(raw)[0]
    assert "\n序号 反馈问题 责任领导 牵头单位 责任单位 整改时限\n" in text
    assert "\n1 洱海流域入湖河道水质不稳定。 李建华 县水务局 州生态环境局洱源分局、各乡镇人民政府 2018年12月底前\n" in text
    assert "\n3 茈碧湖周边餐饮客栈污水直排。 赵丽 县住房和城乡建设局 县市场监管局 2018年12月底前\n" in text
    # near miss: wrapped prose without such a table keeps its width's breaks for the line joiner
    wrapped = "\n".join(prose[i : i + 30] for i in range(0, len(prose), 30)) + "\n"
    from respgraph.clean.flat_tables import _flat_table_edits

    assert _flat_table_edits(wrapped) == []


def test_an_ocr_blank_inside_a_single_blank_tables_header_name_goes():
    """责任 领导 / 整 改时限 in a single-blank table's header (OCR cut a column's name): the name is
    read whole and its blank goes, the blanks between names stay (the header was not seen: every
    blank of the table went and its rows were joined into one line); flattened onto the text's
    line, the table is found the same."""
    table = (
        "序号 反馈问题 责任 领导 牵头单位 责任单位 整 改时限\n"
        "1 管网雨污混接问题突出。 王建国 县住建局 县水利局 2024年12月底前\n"
        "2 养殖场粪污直排。 李明 县农业农村局 县财政局 2024年6月底前\n"
    )
    text = clean_text(table)[0]
    assert text.startswith("序号 反馈问题 责任领导 牵头单位 责任单位 整改时限\n1 管网雨污混接问题突出。 王建国 县住建局 ")
    flat = "制定本方案。附件：整改任务清单 " + table.replace("\n", " ")
    assert "\n2 养殖场粪污直排。 李明 县农业农村局 县财政局 2024年6月底前" in clean_text(flat)[0]
    # 序 号 itself cut by an OCR blank
    assert "\n序号 反馈问题 责任领导 牵头单位 责任单位 整改时限\n" in clean_text(flat.replace("序号", "序 号"))[0]
    # near miss: a line of words that only partly are column names is no header
    prose = "序号 反馈问题 责任 领导 牵头单位 安排 部署\n1 推进 工作\n"
    assert clean_text(prose)[0] == "序号反馈问题责任领导牵头单位安排部署\n1 推进工作\n"


def test_a_previews_stop_and_a_dashed_page_number_beside_punctuation_go():
    """……余下全文 run on after a cut preview's last words goes, the words stay (the whole last line
    went with the site's footer when the mark counted as the site's wording); - 1 - between a clause's
    word and its punctuation goes as between two Han characters."""
    raw = "（五）船舶污染治理攻坚提升行动。由区交通运输局牵头，宜……余下全文\n展开阅读全文\n相关推荐\n立即下载 开通VIP\n"
    assert clean_text(raw)[0] == "（五）船舶污染治理攻坚提升行动。由区交通运输局牵头，宜"
    assert clean_text("（市水利局牵头 - 1 - ，市生态环境局参与）\n")[0] == "（市水利局牵头，市生态环境局参与）\n"
    # alone on the last line, with no other site line under it, the stop goes with its line break
    # (剩余5页未读， / 剩余5页未读，继续阅读: the page count left unread is such a stop too)
    for stop in ("展开阅读全文", "剩余5页未读，", "剩余5页未读，继续阅读", "……余下全文"):
        assert clean_text("（二）推进治理。（牵头单位：XX市生态环境\n" + stop + "\n")[0] == "（二）推进治理。（牵头单位：XX市生态环境"
    # near misses: 阅读全文 in the text's words; a range and a road's name; the pages a plan counts
    for kept in ("1.加强宣传。组织开展阅读全文活动。\n", "2021-2025年，流域-河口，G-5-高速。\n", "（二）编制报告。正文剩余5页为附表。\n"):
        assert clean_text(kept)[0] == kept


def test_a_bare_page_number_inside_a_units_name_goes():
    """A page's bare number a scrape ran into the middle of a unit's name (区1水利局 / 县住房和1城乡
    建设局 / （市1财政局负责）): between the Han characters of a name opening with its level after a
    list's separator or a bracket, and ending like a body's, it goes."""
    raw = "（牵头单位：区1水利局；配合单位：区住建局、县住房和1城乡建设局）（市1财政局负责）\n"
    text, offsets = clean_text(raw)
    assert text == "（牵头单位：区水利局；配合单位：区住建局、县住房和城乡建设局）（市财政局负责）\n"
    assert raw[offsets[text.index("水利局")]] == "水"
    # near misses: numbers that are a name's own (市第1人民医院, 市12345热线办, 区110指挥中心, 区2号楼
    # 管理处) and counts
    for kept in ("（责任单位：市第1人民医院、市12345热线办、区110指挥中心、区2号楼管理处）\n", "完成了、区3个乡镇、县10家企业。\n"):
        assert clean_text(kept)[0] == kept


def test_line_numbers_down_the_margin_go_and_a_list_numbered_one_a_line_stays():
    """A PDF copy's line numbers (one a line, counting every line: headings, wrapped sentences,
    blank lines) were read into names (市环12保局); they go, with OCR letters in them (1O). A
    division table's rows numbered 1–8 one a line, and quantities closing lines, stay."""
    margin = "".join(f"{n}  {line}\n" for n, line in zip(
        ["l", "2", "3", "4", "5", "6", "7", "8", "9", "1O"],
        ["丙市工作任务", "一、工业污染治理", "1.推进燃煤锅炉淘汰。牵头单位：市环", "保局；配合单位：市质监局。", "",
         "2.开展整治。牵头单位：市经信委。", "二、移动源污染治理", "3.淘汰老旧车辆。牵头单位：市公", "安局。", "4.推进岸电建设。"]))
    text = clean_text(margin)[0]
    assert text.startswith("丙市工作任务\n一、工业污染治理\n1.推进燃煤锅炉淘汰。牵头单位：市环\n保局；")
    assert "\n安局。\n4.推进岸电建设。\n" in text and "1O" not in text
    assert clean_text(margin.replace("  ", " "))[0] == text  # one blank after the number: the same column
    rows = "".join(f"{n}  推进第{n}项整治工程  县生态环境局\n" for n in range(1, 10))
    assert clean_text(rows)[0] == rows  # a table's 序号: no heading or blank line among them
    # a column of quantities closing the lines counts no line after line
    tail = "一、重点任务\n" + "".join(f"完成第{k}片区改造，面积（亩）      {q}\n" for k, q in enumerate([12, 30, 31, 32, 8, 9, 10, 11, 40], 1))
    assert clean_text(tail)[0] == tail


def test_a_bullet_before_an_item_number_goes_and_a_keycap_is_the_number():
    """●（一）化工… / ◆ 3.加强… / 1️⃣ 压紧…: the bullet is decoration, the keycap the number; a
    bullet before a title (● 实施…) stays a bullet item."""
    text = clean_text("▍一、重点工作\n●（一）化工污染整治。\n◆ 3.加强监管。\n1️⃣ 压紧责任。\n🔟 完善考核。\n● 实施河湖健康评价。\n")[0]
    assert text.startswith("一、重点工作\n（一）化工污染整治") and "\n3.加强监管" in text and "\n1. 压紧责任" in text and "\n10. 完善考核" in text
    assert "\n● 实施河湖健康评价" in text


def test_two_columns_copied_line_by_line_are_read_column_after_column():
    """A two-column page copied with its layout: the left column's lines, then the right's (was
    one sentence running across both). Near misses: a division table copied as aligned text (its
    right cells short and of every width, or more than two cells) stays as it is."""
    page = (
        "一、重点任务                              （三）推进村庄清洁行动。深入开展“三\n"
        "（一）推进农村厕所革命。完成农村户厕      清一改”，建立村庄保洁长效机制。（牵\n"
        "改造2000户，建立管护机制。（牵头单位：    头单位：市农业农村局；配合单位：市乡\n"
        "市农业农村局；配合单位：市卫生健康委）    村振兴局、市妇联）\n"
        "（二）推进农村生活污水治理。新增完成      （四）加强村庄规划管理。完成村庄规划\n"
    )
    text, offsets = clean_text(page)
    assert "卫生健康委）\n（二）推进农村生活污水治理。新增完成" in text.replace("\n\n", "\n")
    # each moved character still points at itself in the file (the right column's too)
    assert all(page[offsets[i]] == text[i] for i in range(len(text)) if text[i] != "\n")
    assert text.index("（二）推进") < text.index("（三）推进") < text.index("（四）加强")
    # a copy that aligns the right column by characters, not by display width
    left = ["（一）推进农村厕所革命。完成农村户厕", "改造2000户，建立管护机制。（牵头单", "位：市农业农村局；配合单位：市卫健委）", "（二）推进农村生活污水治理。新增完成"]
    right = ["（三）推进村庄清洁行动。深入开展“三", "清一改”，建立村庄保洁长效机制。（牵", "头单位：市农业农村局；配合单位：市乡", "村振兴局、市妇联）"]
    by_chars = "".join(a.ljust(22) + b + "\n" for a, b in zip(left, right))
    assert clean_text(by_chars)[0].index("（二）推进") < clean_text(by_chars)[0].index("（三）推进")
    table = (
        "重点任务                                  牵头单位\n"
        "1.推进农村厕所革命，完成户厕改造2000户    市农业农村局\n"
        "2.推进农村生活污水治理，新增治理村30个    市生态环境局\n"
        "3.推进村庄清洁行动，建立保洁长效机制      市农业农村局、市乡村振兴局\n"
        "4.加强村庄规划管理，完成规划编制50个      市自然资源和规划局\n"
        "5.加强农村道路管护，新改建道路40公里      市交通运输局\n"
    )
    assert clean_text(table)[0] == table
    # (one unit to a row, every cell of one width, still narrower than the tasks)
    one_unit = "".join(f"{k}.推进第{k}批农村人居环境整治工程建设      {u}\n" for k, u in enumerate(["市农业农村局", "市生态环境局"] * 3, 1))
    assert clean_text(one_unit)[0] == one_unit
    rows = "".join(f"{k}      推进第{k}项农村人居环境整治工程建设      市农业农村局      各乡镇\n" for k in range(1, 7))
    assert clean_text(rows)[0] == rows


# --------------------------------------------------------------------------- glyph forms (PDF fonts)

# A PDF whose fonts map glyphs to Kangxi radicals (U+2F00…), simplified radicals (U+2E80…) and
# compatibility ideographs (U+F900…), as text copied or extracted from many portal PDFs reads.
_PDF_GLYPHS = (
    "（⼀）开展⻓江⼊河排污⼝排查整治。（牵头单位：市⽣态环境局；配合单位：市⽔利局、市住建局、各乡镇⼈⺠政府）\n"
    "⑵加强⻓江上游珍稀特有⻥类保护。（市农业农村局牵头，市市场监管局配合）\n"
    "⒊推进化⼯园区污染治理，完成年度任務。（市經濟和信息化局牵頭，市應急管理局配合）\n"
)


def test_kangxi_radicals_and_compatibility_ideographs_read_as_the_ideographs(tmp_path):
    c = clean(_PDF_GLYPHS)
    assert "（一）开展长江入河排污口排查整治。（牵头单位：市生态环境局；配合单位：市水利局" in c.text
    assert "鱼类保护" in c.text and not re.search("[\u2e80-\u2fdf\uf900-\ufaff]", c.text)
    assert any("Kangxi radicals" in n for n in c.notes)
    # one character for one: each cleaned character points at its glyph in the raw text
    i = c.text.index("市生态环境局")
    assert _PDF_GLYPHS[c.offsets[i] : c.offsets[i + 5] + 1] == "市⽣态环境局"
    f = tmp_path / "pdf-text.txt"
    f.write_text("长江入河排污口排查整治工作方案\n一、重点任务\n" + _PDF_GLYPHS, encoding="utf-8")
    tasks = extract_file(f).tasks
    assert [(t.number, [(m.text, m.role) for m in t.mentions]) for t in tasks] == [
        ("（一）", [("市生态环境局", "lead"), ("市水利局", "support"), ("市住建局", "support"), ("各乡镇人民政府", "support")]),
        ("（2）", [("市农业农村局", "lead"), ("市市场监管局", "support")]),
        ("3", [("市经济和信息化局", "lead"), ("市应急管理局", "support")]),
    ]


def test_enclosed_item_numbers_are_written_out_and_circled_digits_kept():
    # ⒈ / ⑴ / ㈠ are one character for 1. / （1） / （一）; ① is a mark of its own (kept)
    text, offsets = clean_text("㈠加强规划管控\n⑴编制规划。\n⒛推进治理。\n①优化布局；②加强监管。\n")
    assert text == "（一）加强规划管控\n（1）编制规划。\n20.推进治理。\n①优化布局；②加强监管。\n"
    assert offsets[:3] == [0, 0, 0] and offsets[3] == 1  # the whole of （一） points at ㈠
    # near misses: enclosed-looking characters that are no item numbers stay as written
    assert clean_text("温度≤40℃，面积≥20㎡。\n")[0] == "温度≤40℃，面积≥20㎡。\n"


def test_private_use_glyphs_are_named_as_a_problem_and_kept():
    c = clean("开展\ue3b1海流域生态保护修复。（州生态环境局牵头）\n")
    assert "\ue3b1" in c.text  # not guessed, not dropped
    assert any("private-use" in p and "U+E3B1" in p for p in c.problems)
    assert not c.cut_off  # the text is all there: no task is flagged cut off for it
    assert not clean("开展邛海流域生态保护修复。\n").problems



def test_a_task_holding_a_private_use_glyph_is_flagged(tmp_path):
    f = tmp_path / "pua.txt"
    f.write_text("凉山州2022年生态保护修复工作要点\n一、重点工作\n（一）开展\ue3b1海流域生态保护修复。（西昌市人民政府牵头，州生态环境局配合）\n"
                 "（二）加强安宁河流域水土流失综合治理。（牵头单位：州水利局）\n", encoding="utf-8")
    plan = extract_file(f)
    assert [(t.flags, [(m.text, m.role) for m in t.mentions]) for t in plan.tasks] == [
        (["unreadable_chars"], [("西昌市人民政府", "lead"), ("州生态环境局", "support")]),
        ([], [("州水利局", "lead")]),  # near miss: a clean task is not flagged
    ]


# --------------------------------------------------------------------------- bilingual publications

_BILINGUAL = """新疆维吾尔自治区2023年大气污染防治工作要点
ئاپتونوم رايونلۇق 2023-يىللىق ھاۋا بۇلغىنىشنىڭ ئالدىنى ئېلىش خىزمىتى
二、重点任务
2. ئاساسلىق ۋەزىپىلەر
（一）深入推进区域大气污染联防联控。（牵头单位：自治区生态环境厅；配合单位：乌鲁木齐市人民政府）
(1)(يېتەكچى ئورۇن: ئاپتونوم رايونلۇق ئېكولوگىيىلىك مۇھىت نازارىتى؛ ماسلاشقۇچى ئورۇن: ئۈرۈمچى شەھەرلىك خەلق ھۆكۈمىتى)
（二）推进钢铁行业超低排放改造。（自治区工业和信息化厅牵头，自治区生态环境厅配合）
(2)پولات تۆمۈر كەسپىنىڭ ئەڭ تۆۋەن قويۇپ بېرىش ئۆزگەرتىشىنى ئىلگىرى سۈرۈش.
（三）加强伊犁河谷（ئىلى ۋادىسى）秸秆禁烧管控。（自治区农业农村厅负责）
"""


def test_translation_lines_of_a_bilingual_plan_are_set_aside(tmp_path):
    f = tmp_path / "bilingual.txt"
    f.write_text(_BILINGUAL, encoding="utf-8")
    plan = extract_file(f)
    assert [(t.number, t.text, [(m.text, m.role) for m in t.mentions]) for t in plan.tasks] == [
        ("（一）", "深入推进区域大气污染联防联控。（牵头单位：自治区生态环境厅；配合单位：乌鲁木齐市人民政府）",
         [("自治区生态环境厅", "lead"), ("乌鲁木齐市人民政府", "support")]),
        ("（二）", "推进钢铁行业超低排放改造。（自治区工业和信息化厅牵头，自治区生态环境厅配合）",
         [("自治区工业和信息化厅", "lead"), ("自治区生态环境厅", "support")]),
        # near miss: a Chinese line with a place name in Uyghur is Chinese, kept whole
        ("（三）", "加强伊犁河谷（ئىلى ۋادىسى）秸秆禁烧管控。（自治区农业农村厅负责）", [("自治区农业农村厅", "lead")]),
    ]
    assert any("4 lines in Arabic" in n for n in plan.document.notes), plan.document.notes
    # the cleaned text still points into the file: the second task's clause where it is written
    doc = plan.document
    i = doc.text.index("自治区工业和信息化厅牵头")
    assert doc.raw_text[doc.offsets[i] : doc.offsets[i] + 10] == "自治区工业和信息化厅"


@pytest.mark.parametrize("line", ["(1)청결난방을 추진한다.", "ᠡᠷᠴᠢᠮ ᠬᠦᠴᠦᠨ ᠦ ᠪᠦᠲᠦᠴ ᠢ ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠬᠤ᠃", "1.ཆུ་ཁོར་ཡུག་གི་སྤུས་ཚད་ཡར་རྒྱས་གཏོང་དགོས།"])
def test_korean_mongolian_and_tibetan_translations_are_set_aside(line):
    text = "（一）推进清洁取暖，新增清洁取暖面积100万平方米。（州住建局牵头，州发改委配合）\n" * 3
    assert clean(text.replace("\n", "\n" + line + "\n", 1)).text == text
    # near miss: too little Chinese to be a Chinese plan with its translation: nothing is set aside
    assert clean("概述\n" + line + "\n").text == "概述\n" + line + "\n"


def test_direction_marks_and_variation_selectors_inside_names_are_dropped():
    # a bilingual (Uyghur) document's direction marks, and an ideographic variation selector
    # after 局, sit inside the unit's name; the reader sees 市生态环境局
    raw = "（一）推进污染防治。（牵头单位：市生态\u200f环境局\U000e0100；配合单位：\u202b自治区水利厅\u202c）\n"
    text, offsets = clean_text(raw)
    assert text == "（一）推进污染防治。（牵头单位：市生态环境局；配合单位：自治区水利厅）\n"
    i = text.index("环境局")
    assert raw[offsets[i]] == "环"
    # near miss: the Uyghur text itself keeps its letters (only the invisible marks go)
    assert clean_text("ئاپتونوم رايون\u200f\n")[0] == "ئاپتونوم رايون\n"


@pytest.mark.parametrize("zero", ["O", "0", "◯", "Ｏ"])
def test_a_chinese_numeral_years_zero_typed_as_a_letter_digit_or_circle_is_ling(tmp_path, zero):
    # 二O二O年四月十日 (the letter O, typed for 〇): the plan's date and a task's deadline are read
    raw = f"锡林郭勒盟草原生态保护建设工作实施方案\n一、工作任务\n（一）开展草原执法专项行动，二{zero}二五年底前完成。（牵头单位：盟林草局）\n\n锡林郭勒盟行政公署办公室\n二{zero}二{zero}年四月十日\n"
    f = tmp_path / "plan.txt"
    f.write_text(raw, encoding="utf-8")
    plan = extract_file(f)
    assert plan.meta.date == "2020-04-10"
    assert "二〇二五年底前" in plan.tasks[0].text and plan.tasks[0].deadlines
    # near misses: the letter elsewhere stays (二O号 is no year, CO2 / ISO 14001 are no numbers)
    assert clean_text("二O号楼，CO2排放，ISO 14001认证，二O二年\n")[0] == "二O号楼，CO2排放，ISO 14001认证，二O二年\n"


def test_a_translation_beside_a_units_name_is_set_aside(tmp_path):
    # a bilingual table's cell (the name, a blank, its translation) copied into the clause
    f = tmp_path / "inline.txt"
    f.write_text(
        "新疆维吾尔自治区2023年大气污染防治工作要点\n一、重点任务\n"
        "（一）推进超低排放改造。（牵头单位：自治区工业和信息化厅 ئاپتونوم رايونلۇق سانائەت ۋە ئۇچۇرلاشتۇرۇش نازارىتى；"
        "配合单位：自治区生态环境厅 ئاپتونوم رايونلۇق ئېكولوگىيىلىك مۇھىت نازارىتى）\n"
        "（二）加强扬尘治理。（자치구 주택건설청 自治区住房城乡建设厅负责）\n"
        # near miss: a translation between two Chinese names is not guessed at (the clause is flagged)
        "（三）推进清洁取暖。（自治区发展改革委 ئاپتونوم رايونلۇق تەرەققىيات 自治区能源局负责）\n",
        encoding="utf-8",
    )
    plan = extract_file(f)
    assert [[(m.text, m.role) for m in t.mentions] for t in plan.tasks[:2]] == [
        [("自治区工业和信息化厅", "lead"), ("自治区生态环境厅", "support")],
        [("自治区住房城乡建设厅", "lead")],
    ]
    assert "ئاپتونوم رايونلۇق تەرەققىيات" in plan.tasks[2].text
    assert any("2 translations written beside" in n or "3 translations written beside" in n for n in plan.document.notes)
def test_the_two_width_helpers_agree_on_plan_text_and_differ_where_their_comments_say():
    """clean.columns._width (Unicode East Asian Width: W / F two columns) and units.display_width
    (every character from U+2E80 two) line the same plan text up; they part on halfwidth forms and
    private-use glyphs (one column by East Asian Width, two by display_width), so they stay two."""
    from respgraph.clean.columns import _width
    from respgraph.grammar.units import display_width

    for s in ("县工信局", "\u3000 12", "（一）推进①…—“A”，B：C", "责任单位：县发改委 2025年底前"):
        assert _width(s) == display_width(s), s
    assert (_width("\uff71"), display_width("\uff71")) == (1, 2)  # ｱ, a halfwidth katakana
    assert (_width("\ue000"), display_width("\ue000")) == (1, 2)  # a private-use glyph


def test_a_sharing_sites_excerpt_above_the_full_text_goes(tmp_path):
    # 人人文库 prints the document's first words as a teaser (内容提示：…2.落实企业安全生产主……) above
    # the full text: its cut-off item 2 swallowed the text down to where item 3 came back (items 1-2
    # read twice, the place in the title lost: （未知区）应急管理局); and its closing lines
    # (…人人文库仅提供信息存储空间… / 温馨提示：下载前请仔细预览，下载后不支持退款。) are the site's
    body = (
        "某区2022年安全生产工作要点\n一、压实安全生产责任\n"
        "1.严格落实党政领导干部安全生产责任制，制定区级领导安全生产重点工作清单。牵头单位：区应急管理局 责任单位：区级各部门\n"
        "2.落实企业安全生产主体责任，推动重点企业建立全员安全生产责任制。牵头单位：区应急管理局 责任单位：区市场监管局\n"
        "3.开展燃气安全专项整治，排查整治餐饮场所燃气安全隐患。牵头单位：区城管局 责任单位：区市场监管局\n"
    )
    teaser = "内容提示：" + body.replace("\n", "")[:110] + "……\n"
    site = "人人文库\nwww.renrendoc.com\n某区2022年安全生产工作要点.doc\n文档编号：215930471 | 页数：3 | 积分：15\n资源描述：\n"
    foot = ("本文（某区2022年安全生产工作要点）为本站会员主动上传，人人文库仅提供信息存储空间，仅对用户上传内容的表现方式做保护处理。\n"
            "温馨提示：下载前请仔细预览，下载后不支持退款。\n")
    plan = tmp_path / "p.txt"
    plan.write_text(site + teaser + body + foot, encoding="utf-8")
    c = clean(plan.read_text(encoding="utf-8"))
    assert "内容提示" not in c.text and "存储空间" not in c.text and "不支持退款" not in c.text
    got = [(t.number, [(m.text, m.role) for m in t.mentions]) for t in extract_file(plan).tasks]
    assert got == [
        ("1", [("区应急管理局", "lead"), ("区级各部门", "support")]),
        ("2", [("区应急管理局", "lead"), ("区市场监管局", "support")]),
        ("3", [("区城管局", "lead"), ("区市场监管局", "support")]),
    ]
    # near miss: a long line cut with …… whose words do not open the text after it (a quotation,
    # a 规划's summary) stays
    other = "内容提示：本工作要点围绕安全生产责任、专项整治和应急能力三个方面提出了年度重点任务和分工安排……\n"
    assert other.strip() in clean(other + body).text


def test_ocr_fu_with_the_stroke_through_is_shi(tmp_path):
    # 巿 (U+5DFF) for 市 in a scan: 合肥巿公安局包河分局交警大队 was resolved as 合肥市巿公安局…
    text, offsets = clean_text("责任单位：合肥巿公安局包河分局交警大队、区发展改革委\n")
    assert "合肥市公安局包河分局交警大队" in text and "巿" not in text
    plan = tmp_path / "p.txt"
    plan.write_text("包河区2024年民生实事工作任务分工方案\n一、新建公共停车泊位2000个。牵头单位：区城市管理局；责任单位：合肥巿公安局包河分局、区发展改革委\n",
                    encoding="utf-8")
    assert [m.text for m in extract_file(plan).tasks[0].mentions] == ["区城市管理局", "合肥市公安局包河分局", "区发展改革委"]
    # near miss: 市 itself stays
    assert clean_text("市场监管局")[0] == "市场监管局"


def test_a_list_wrapped_right_after_a_bracket_goes_on_on_the_next_line(tmp_path):
    # a PDF's text layer wrapped at a fixed width: 责任单位：市环保局（牵头） / ，市工信委、市住建局 — the
    # line ends with the bracket, the next opens with the list's separator: the supports were lost
    plan = tmp_path / "p.txt"
    plan.write_text(
        "九江市长江经济带生态环境问题整改方案\n三、整改措施\n"
        "（一）加强工业园区污水集中处理。推进园区污水处理设施建设\n和提标改造。责任单位：市环保局（牵头）\n，市工信委、市住建局\n"
        "（二）整治非法码头。全面清理长江岸线非法码头。责任单位：\n市港口管理局（牵头），市交通运输局\n",
        encoding="utf-8",
    )
    got = [[(m.text, m.role) for m in t.mentions] for t in extract_file(plan).tasks]
    assert got[0] == [("市环保局", "lead"), ("市工信委", "support"), ("市住建局", "support")]
    # near miss: a line ending with a bracket before a line of its own stays apart
    text, _ = clean_text("（一）推进治理。（责任单位：市环保局）\n（二）加强监管。\n")
    assert "市环保局）\n（二）" in text


def test_page_furniture_run_into_labels_names_and_sentences_of_a_sharing_sites_copy(tmp_path):
    # a copy run together with blanks where lines were (人人文库 / 豆丁网): a bare page number between a
    # label and its colon (牵头单位2：A: no lead), inside a wrapped name (区1交通运 输局), and a page's
    # head (its number and the document's title) inside a sentence or a name (…市中级人 2 某某…方案 民
    # 法院: no lead); a label broken inside its role word by a scan's line (责 / 任单位：…)
    title = "芜湖市2026年优化营商环境重点任务分工方案"
    raw = (title + " 芜政办秘〔2026〕7号 为持续打造一流营商环境，制定本分工方案。一、提升政务服务效能 "
           "1.深化改革。牵头单位2：市数据资源局；配合单位：区1交通运 输局、市直有关单位 "
           "2.提升商事审判效率，推进破产案件简易审理。牵头单位：市中级人 2 " + title + " 民法院；配合单位：市司法局\n")
    text = clean_text(raw)[0]
    assert "牵头单位：市数据资源局" in text and "区交通运输局" in text and "市中级人民法院" in text
    assert text.count(title) == 1
    plan = tmp_path / "p.txt"
    plan.write_text(raw, encoding="utf-8")
    got = [[(m.text, m.role) for m in t.mentions] for t in extract_file(plan).tasks]
    assert got == [[("市数据资源局", "lead"), ("区交通运输局", "support"), ("市直有关单位", "support")],
                   [("市中级人民法院", "lead"), ("市司法局", "support")]]
    scan = "（一）健全协作机制，开展联合巡查。〔牵头单位：区河长制办公室；责\n任单位：区人民检察院〕\n"
    assert "；责任单位：区人民检察院" in clean_text(scan)[0]
    # near misses: a count after a label (责任单位：2个工作组), a number in a name (市第1人民医院) and a
    # title quoted in a sentence with no page number before it stay
    for keep in ("工作要求：2个工作组", "配合单位：市第1人民医院、市司法局", "按照 " + title + " 要求"):
        assert keep.replace(" ", "") in clean_text(title + "\n" + keep + "\n")[0]


def test_a_table_run_together_with_nothing_between_its_cells_goes_on_lines_and_tabs():
    """A 分工表 a sharing site gives with no blank between cells (序号工作任务牵头单位配合单位完成时限1推进…):
    its header and rows go on lines of their own, cells a tab apart, cut where a unit list opens (区 /
    a place the title names, 佛山市), where the deadline stands and where the next serial begins (the
    whole table was one line: no task); a count inside a task (1万亩 / 5000亩 / 30个) opens no row."""
    raw = (
        "佛山市南海区2021年城市更新工作任务分工表\n"
        "佛山市南海区2021年城市更新工作任务分工表序号工作任务牵头单位配合单位完成时限"
        "1推进村级工业园改造提升，全年完成改造面积1万亩区城市更新局佛山市自然资源局南海分局、区经济促进局2021年12月底前"
        "2加快土地整备和储备，全年完成土地整备5000亩佛山市自然资源局南海分局区财政局、区城市更新局长期坚持"
        "3推进老旧小区改造，全年开工改造老旧小区30个区住房城乡建设和水利局区财政局，各镇人民政府（街道办事处）2021年11月底前\n"
    )
    text = clean_text(raw)[0]
    assert "分工表\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n" in text
    assert "\n1\t推进村级工业园改造提升，全年完成改造面积1万亩\t区城市更新局\t佛山市自然资源局南海分局、区经济促进局\t2021年12月底前\n" in text
    assert "\n2\t加快土地整备和储备，全年完成土地整备5000亩\t佛山市自然资源局南海分局\t区财政局、区城市更新局\t长期坚持\n" in text
    assert text.endswith("\n3\t推进老旧小区改造，全年开工改造老旧小区30个\t区住房城乡建设和水利局\t区财政局，各镇人民政府（街道办事处）\t2021年11月底前\n")
    # a place no title names but the registry lists opens a name too (九江市…修水分局); not a count's
    # 万亩区 (the lead 区城市更新局 stays whole)
    other = (
        "修水县2022年任务分工表序号重点任务牵头单位责任单位完成时限1推进工业园区污水处理设施建设九江市生态环境局修水分局"
        "县工信局、县住建局2022年底前2开展黑臭水体排查县住建局九江市生态环境局修水分局2022年6月底前\n"
    )
    text = clean_text(other)[0]
    assert "\n1\t推进工业园区污水处理设施建设\t九江市生态环境局修水分局\t县工信局、县住建局\t2022年底前\n" in text
    assert text.endswith("\n2\t开展黑臭水体排查\t县住建局\t九江市生态环境局修水分局\t2022年6月底前\n")
    # a 备注 last, left empty: each row gets its empty cell; with text in it (新增任务) no row reads
    noted = "序号重点任务牵头单位配合单位完成时限备注1推进县城污水管网建设县住建局县水利局2022年底前2加强饮用水源保护县生态环境局县卫健委长期"
    assert clean_text(noted)[0] == (
        "序号\t重点任务\t牵头单位\t配合单位\t完成时限\t备注\n1\t推进县城污水管网建设\t县住建局\t县水利局\t2022年底前\t\n"
        "2\t加强饮用水源保护\t县生态环境局\t县卫健委\t长期\t"
    )
    written = noted.replace("2022年底前2", "2022年底前新增任务2")
    assert clean_text(written)[0] == written
    # a 配合单位 left empty: the row's one unit list is its lead's, an empty cell after it; the serial 3
    # between a deadline and a task (持续推进3开展…县水利局、) stays the row's, no page number in a name
    empty = (
        "序号重点任务牵头单位配合单位完成时限1推进县城污水管网建设县住建局2022年底前2加强饮用水源保护县生态环境局、县水利局县卫健委持续推进"
        "3开展河道清淤县水利局、县农业农村局长期\n"
    )
    assert clean_text(empty)[0] == (
        "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t推进县城污水管网建设\t县住建局\t\t2022年底前\n"
        "2\t加强饮用水源保护\t县生态环境局、县水利局\t县卫健委\t持续推进\n3\t开展河道清淤\t县水利局、县农业农村局\t\t长期\n"
    )
    # a list opening with a body named without a place (国网… / 团县委): the next column's, not the
    # first list's last name (县住建局国网修水县供电公司)
    bodies = "序号重点任务牵头单位配合单位完成时限1推进农村电网改造县住建局国网修水县供电公司2022年底前2开展青少年环保宣传县教育局团县委、县妇联持续推进\n"
    assert "\n1\t推进农村电网改造\t县住建局\t国网修水县供电公司\t2022年底前\n2\t开展青少年环保宣传\t县教育局\t团县委、县妇联\t" in clean_text(bodies)[0]
    # the time column right after the task (序号工作任务完成时限牵头单位配合单位); ranges and quarters as
    # deadlines, a list's 等; near miss: a header of two time columns is none read
    mid = "序号工作任务完成时限牵头单位配合单位1推进农村电网改造2022年底前县住建局县发改局、县财政局等2开展环保宣传长期坚持县教育局团县委\n"
    assert clean_text(mid)[0] == (
        "序号\t工作任务\t完成时限\t牵头单位\t配合单位\n1\t推进农村电网改造\t2022年底前\t县住建局\t县发改局、县财政局等\n"
        "2\t开展环保宣传\t长期坚持\t县教育局\t团县委\n"
    )
    ranges = "序号重点任务牵头单位配合单位完成时限1推进农村电网改造县住建局县发改局2021-2025年2开展环保宣传县教育局团县委2022年第三季度\n"
    assert "\t2021-2025年\n2\t开展环保宣传\t县教育局\t团县委\t2022年第三季度\n" in clean_text(ranges)[0]
    twice = "序号工作任务完成时限牵头单位配合单位完成时限1推进农村电网改造2022年底前县住建局县发改局2022年底前2开展宣传长期坚持县教育局团县委长期\n"
    assert clean_text(twice)[0] == twice
    # two task columns run together (主要任务具体措施): one column, its cells whole (nothing says where
    # a row's task ends and its measure begins)
    two = (
        "序号主要任务具体措施牵头单位配合单位完成时限1加强大气污染防治推进重点行业超低排放改造县生态环境局县工信局2022年底前"
        "2加强水污染防治开展入河排污口排查县生态环境局县水利局2022年6月底前\n"
    )
    assert clean_text(two)[0].startswith(
        "序号\t主要任务具体措施\t牵头单位\t配合单位\t完成时限\n1\t加强大气污染防治推进重点行业超低排放改造\t县生态环境局\t县工信局\t"
    )
    # wrapped with the text at a fixed width (a row over two lines, 2022年底 / 前2加强…): read unwrapped,
    # the wrap's breaks inside the table go
    prose = "为深入推进农村人居环境整治提升，结合我县实际，制定本分工表。各责任单位要对照任务清单，明确专人负责，按时完成各项工作任务。"
    table = (
        "某县2022年重点任务分工表序号重点任务牵头单位配合单位完成时限1推进县城污水管网建设县住建局县水利局2022年底前"
        "2加强饮用水源保护县生态环境局、县水利局县卫健委持续推进3开展河道清淤县水利局县农业农村局2022年6月底前"
    )
    flat = prose * 3 + table + prose
    wrapped = "\n".join(flat[i : i + 30] for i in range(0, len(flat), 30)) + "\n"
    assert "\n2022年底\n" not in wrapped and "2022年底\n前2加强" in wrapped
    assert "\n1\t推进县城污水管网建设\t县住建局\t县水利局\t2022年底前\n2\t加强饮用水源保护\t县生态环境局、县水利局\t县卫健委\t持续推进\n" in clean_text(wrapped)[0]
    # section rows (一、大气污染防治) run together over row 1 and between rows, or on lines of their own:
    # lines of their own (the header's last name was 完成时限一, row 2's deadline 长期坚持二、水污染防治)
    sections = (
        "序号重点任务牵头单位配合单位完成时限一、大气污染防治1推进重点行业超低排放改造县生态环境局县工信局2022年底前"
        "2开展扬尘治理县住建局县城管局长期坚持二、水污染防治3开展入河排污口排查县生态环境局县水利局2022年6月底前\n"
    )
    assert clean_text(sections)[0] == (
        "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n一、大气污染防治\n1\t推进重点行业超低排放改造\t县生态环境局\t县工信局\t2022年底前\n"
        "2\t开展扬尘治理\t县住建局\t县城管局\t长期坚持\n二、水污染防治\n3\t开展入河排污口排查\t县生态环境局\t县水利局\t2022年6月底前\n"
    )
    on_lines = "序号重点任务牵头单位配合单位\n一、大气污染防治\n1推进超低排放改造县生态环境局县工信局\n二、水污染防治\n2开展入河排污口排查县生态环境局县水利局\n"
    assert clean_text(on_lines)[0] == (
        "序号\t重点任务\t牵头单位\t配合单位\n一、大气污染防治\n1\t推进超低排放改造\t县生态环境局\t县工信局\n"
        "二、水污染防治\n2\t开展入河排污口排查\t县生态环境局\t县水利局\n"
    )
    # no list opens inside a body's name (团 | 县委: 县城团 led, 各 | 乡镇人民政府: the task kept 各), a row
    # a line with a 备注 and a 配合单位 left empty (one tab each, before the line's break)
    inside = (
        "修水县分工表序号重点任务牵头单位配合单位备注\n1创建国家卫生县城团县委、县市场监管局\n"
        "2全年完成改造面积1万亩各乡镇人民政府、县财政局县住建局\n"
    )
    assert clean_text(inside)[0] == (
        "修水县分工表\n序号\t重点任务\t牵头单位\t配合单位\t备注\n1\t创建国家卫生县城\t团县委、县市场监管局\t\t\n"
        "2\t全年完成改造面积1万亩\t各乡镇人民政府、县财政局\t县住建局\t\n"
    )
    # no deadline column: the last row ends at its line's end, or at a stop after its units where the
    # text goes on (not at the stop inside its task)
    closing = "序号重点任务牵头单位配合单位\n1推进超低排放改造县生态环境局县工信局\n2开展整治，确保水质达标。县水利局县财政局。以上任务各单位要抓好落实。\n"
    assert "\n2\t开展整治，确保水质达标。\t县水利局\t县财政局\n。以上任务" in clean_text(closing)[0]
    # a row a line, its cells run together (the header on a line of its own too)
    lines = "序号重点任务牵头单位配合单位完成时限\n1推进县城污水管网建设县住建局县水利局2022年底前\n2加强饮用水源保护县生态环境局县卫健委持续推进\n"
    assert clean_text(lines)[0] == (
        "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t推进县城污水管网建设\t县住建局\t县水利局\t2022年底前\n"
        "2\t加强饮用水源保护\t县生态环境局\t县卫健委\t持续推进\n"
    )


def test_a_page_mark_run_into_a_run_together_table_ends_its_row_only():
    """A page's mark run in between a row's deadline and the next serial (—2— / 第2页共3页 / a bare 2
    after the deadline) ends that row, and the rows after it are read (were left as text: no tasks)."""
    head = "修水县2022年任务分工表序号重点任务牵头单位责任单位完成时限"
    rows = ("1推进农村生活污水治理，新增治理行政村15个县生态环境局县住建局、县水利局2022年12月底前{mark}"
            "2健全农村生活垃圾收运处置体系县城市管理局各乡镇人民政府长期坚持"
            "3开展村庄清洁行动县农业农村局县爱卫办、县妇联持续推进\n")
    for mark in ("—2—", "- 2 -", "第2页共3页", "2"):
        text = clean_text(head + rows.format(mark=mark))[0]
        assert "\n2\t健全农村生活垃圾收运处置体系\t县城市管理局\t各乡镇人民政府\t长期坚持\n" in text, (mark, text)
        assert text.endswith("\n3\t开展村庄清洁行动\t县农业农村局\t县爱卫办、县妇联\t持续推进\n"), (mark, text)
        # (row 1's units whole: the mark stays in its deadline cell, no unit's)
        assert "\n1\t推进农村生活污水治理，新增治理行政村15个\t县生态环境局\t县住建局、县水利局\t2022年12月底前" in text, (mark, text)


def test_prose_and_number_tables_run_together_stay_as_they_are():
    """Near misses of a run-together 分工表: a paragraph of inline 1. 2. 3. items naming units; an
    indicator table whose columns are no task's (指标名称 / 单位 / 2025年); a header of task columns
    whose numbers do not count on or whose rows name no units (a person's name, prose)."""
    from respgraph.clean.run_together_tables import run_together_table_edits

    kept = [
        "重点抓好以下工作：1.推进村级工业园改造，区城市更新局负责；2.加快土地整备，区财政局负责；3.优化审批流程。\n",
        "序号指标名称单位2020年2025年责任单位1地区生产总值亿元12001800区发展改革局2城镇化率%7075区住建局\n",
        "序号主要指标牵头单位1万元地区生产总值能耗下降率区发展改革局2单位地区生产总值用水量下降率区水利局\n",
        "序号工作任务牵头单位完成时限1推进村级工业园改造区城市更新局2021年12月底前3加快土地整备区财政局2021年12月底前\n",
        "序号工作任务牵头单位完成时限1推进村级工业园改造张建国2021年12月底前2加快土地整备李明2021年12月底前\n",
        "序号工作任务牵头单位完成时限1推进村级工业园改造由区里统筹2021年12月底前2加快土地整备要抓紧2021年12月底前\n",
    ]
    for text in kept:
        assert run_together_table_edits(text) == [], text


def test_a_line_printed_twice_at_the_texts_end_without_a_line_break():
    # two copies of a line ending the text with no line break after them: the search for a third
    # copy after them looked past the text's end (IndexError, found by the offsets' property test)
    from respgraph.clean import clean

    assert clean("abc defabc def\nabc defabc def").text == "abc defabc def\nabc defabc def"
    # (a doubled line of Chinese text is still printed once)
    assert clean("推进大气污染防治工作全面开展\n推进大气污染防治工作全面开展\n下一行。").text.count("推进大气污染防治") == 1
