"""Responsibility clauses on real text from the seed plans (data/plans/)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from respgraph.records import Mention, Span
from respgraph.responsibilities import (
    GrammarSettings,
    find_clauses,
    find_above_markers,
    find_inherit_markers,
    normalise_mention,
    task_mentions,
)

PLANS = Path(__file__).resolve().parents[1] / "data" / "plans"
YUSHUI = PLANS / "yushui-2022-pollution-battle.txt"  # 000
CHANGJIANG = PLANS / "changjiang-2018-yangtze-protection.txt"  # 001
JINGDEZHEN = PLANS / "jingdezhen-2021-eco-work-points.txt"  # 002
YICHUN = PLANS / "yichun-2021-14th-fyp-eco-plan.txt"  # 003
XXZONE = PLANS / "xx-zone-2022-pollution-battle-scraped.txt"  # 004


def _read(path) -> str:
    return path.read_text(encoding="utf-8")


def _roles(clause):
    return [(m.text, m.role, m.basis) for m in clause.mentions]


def _snippet(path, needle: str) -> str:
    """The real text of a seed around ``needle`` (so tests use copied text, not retyped)."""
    text = _read(path)
    at = text.index(needle)
    return text[at : at + len(needle)]


# --------------------------------------------------------------------------- （责任单位：A、B、C）


def test_yushui_first_listed_lead_and_inheritance_marker():
    text = _read(YUSHUI)
    line = next(l for l in text.splitlines() if l.startswith("1.大力推进碳达峰碳中和行动"))
    (c,) = find_clauses(line)
    assert c.parsed
    assert _roles(c) == [
        ("区发改委", "lead", "first_listed"),
        ("渝水生态环境局", "support", "explicit"),
        ("区工信局", "support", "explicit"),
        ("区住建局", "support", "explicit"),
        ("区交通运输局", "support", "explicit"),
        ("区气象局", "support", "explicit"),
        ("各乡镇（办）党委、政府", "support", "explicit"),
    ]
    assert c.mentions[-1].collective
    # the marker is not a mention; it produces an inherited collective
    assert all("以下" not in m.text for m in c.mentions)
    assert [(m.text, m.role, m.basis, m.collective) for m in c.inherit] == [
        ("各乡镇（办）党委、政府", "support", "inherited", True)
    ]
    assert c.raw.startswith("（责任单位：") and c.raw.endswith("不再列出）")


def test_yushui_task_14_led_by_ecology_bureau_with_half_width_variants():
    text = _read(YUSHUI)
    line = next(l for l in text.splitlines() if l.startswith("14.持续抓好城区黑臭水体治理"))
    (c,) = find_clauses(line)
    assert _roles(c)[0] == ("城管渝水分局", "lead", "first_listed")
    # the same clause written with half-width brackets and colon reads the same
    half = line.replace("（责任单位：", "(责任单位:").replace("）", ")")
    (h,) = find_clauses(half)
    assert _roles(h) == _roles(c)


def test_yushui_npc_committee_is_one_unit():
    text = _read(YUSHUI)
    line = next(l for l in text.splitlines() if l.startswith("31. 强化生态环境法治保障"))
    (c,) = find_clauses(line)
    assert [m.text for m in c.mentions][:3] == ["区人大常委会农业和环境资源保护工委", "区人大法制委员会", "区司法局"]
    assert not c.mentions[0].collective


def test_jingdezhen_county_collective_and_marker():
    text = _read(JINGDEZHEN)
    c = find_clauses(text)[0]
    assert _roles(c) == [
        ("市生态环境局", "lead", "first_listed"),
        ("市发改委", "support", "explicit"),
        ("各县（市、区）党委、政府", "support", "explicit"),
    ]
    assert c.mentions[2].collective
    assert [m.text for m in c.inherit] == ["各县（市、区）党委、政府"]


def test_jingdezhen_pdf_line_breaks_inside_clause():
    text = _read(JINGDEZHEN)
    clauses = find_clauses(text)
    broken_label = next(c for c in clauses if "责任\n\n单位" in c.raw)
    assert [m.text for m in broken_label.mentions] == ["市生态环境局", "市自然资源规划局", "市工信局"]
    broken_name = next(c for c in clauses if "市\n\n住建局" in c.raw)
    assert [m.text for m in broken_name.mentions][:2] == ["市气象局", "市住建局"]
    m = broken_name.mentions[1]
    assert m.span.slice(text) == "市\n\n住建局"


# --------------------------------------------------------------------------- 〔牵头单位：A；责任单位：B〕


def test_changjiang_item6_two_leads_and_township_collective():
    s = _snippet(CHANGJIANG, "〔牵头单位：区环保局、区农业局；责任单位：各乡镇（街道）〕")
    (c,) = find_clauses(s)
    assert _roles(c) == [
        ("区环保局", "lead", "explicit"),
        ("区农业局", "lead", "explicit"),
        ("各乡镇（街道）", "support", "explicit"),
    ]
    assert [m.collective for m in c.mentions] == [False, False, True]


def test_changjiang_comma_and_space_between_leads():
    s = _snippet(CHANGJIANG, "〔牵头单位：区住建局， 区环保局；责任单位：各乡镇（街道）〕")
    (c,) = find_clauses(s)
    assert _roles(c) == [
        ("区住建局", "lead", "explicit"),
        ("区环保局", "lead", "explicit"),
        ("各乡镇（街道）", "support", "explicit"),
    ]


def test_changjiang_trailing_deng_and_half_width_semicolon():
    s = _snippet(CHANGJIANG, "〔牵头单位:区农业局等；责任单位：区林业局、区住建局、区交通运输局、各乡镇（街道）〕")
    (c,) = find_clauses(s)
    assert _roles(c)[:2] == [("区农业局", "lead", "explicit"), ("区林业局", "support", "explicit")]
    s2 = _snippet(CHANGJIANG, "〔牵头单位：区农业局、区林业局;责任单位：各乡镇（街道）〕")
    (c2,) = find_clauses(s2)
    assert [m.role for m in c2.mentions] == ["lead", "lead", "support"]


def test_changjiang_lead_and_responsible_units_is_one_collective():
    s = _snippet(CHANGJIANG, "〔牵头单位：区发改委；责任单位:各牵头单位、责任单位，各乡镇（街道）〕")
    (c,) = find_clauses(s)
    assert _roles(c) == [
        ("区发改委", "lead", "explicit"),
        ("各牵头单位、责任单位", "support", "explicit"),
        ("各乡镇（街道）", "support", "explicit"),
    ]
    assert c.mentions[1].collective


# --------------------------------------------------------------------------- run-together OCR (004)


def test_xxzone_portfolios_and_inherit_marker_after_duty_phrase():
    text = _read(XXZONE)
    c = find_clauses(text)[0]
    assert [(m.text, m.portfolio) for m in c.mentions] == [
        ("区科技经济发展局", ["发改", "科技", "工信", "统计"]),
        ("财政金融与国资局", ["金融监管"]),
        ("农林水与生态环境局", ["生态环境", "农业农村", "林业", "海洋渔业"]),
        ("自然资源与规划建设交通局", ["住建", "交通运输"]),
        ("综合执法与应急管理局", ["市政"]),
        ("各乡镇党委和人民政府", []),
    ]
    assert c.mentions[0].role == "lead" and c.mentions[0].basis == "first_listed"
    assert c.mentions[-1].collective
    assert [m.text for m in c.inherit] == ["各乡镇党委和人民政府"]
    # the clause stops before the next task number "2 .推动能源清洁低碳转型"
    assert text[c.span.end :].lstrip().startswith("2 .推动")


def test_xxzone_clause_ends_at_bare_deng_before_task_number():
    text = _read(XXZONE)
    at = text.index("责任单位:区综合执法与应急管理局(综合执法)")
    (c,) = find_clauses(text, at, at + 200)
    assert [(m.text, m.portfolio) for m in c.mentions] == [
        ("区综合执法与应急管理局", ["综合执法"]),
        ("农林水与生态环境局", ["生态环境"]),
    ]
    assert text[c.span.end :].startswith("35 .")


def test_xxzone_ocr_split_label_and_radiation_collective():
    text = _read(XXZONE)
    clauses = find_clauses(text)
    split_label = [c for c in clauses if c.raw.startswith("责 任单位")]
    assert len(split_label) == 2
    rad = next(c for c in clauses if "辐射事故" in c.raw)
    assert _roles(rad) == [
        ("区农林水与生态环境局", "lead", "first_listed"),
        ("区辐射事故应急成员单位", "support", "explicit"),
    ]
    assert rad.mentions[1].collective


def test_xxzone_narrative_cooperation_is_not_a_clause():
    text = _read(XXZONE)
    s = _snippet(XXZONE, "2022年底前完成配合市 生态环境局完成声环境功能区划调整优化。")
    assert find_clauses(s) == []
    s2 = _snippet(XXZONE, "积极配合市直有关部门推动X 江X江上游水资源保护补偿、重点流域水环境综合整治奖补 机制常态化、长效化。")
    assert find_clauses(s2) == []
    # and over the whole file no clause is built from 配合
    assert not any("配合" in c.raw for c in find_clauses(text))


def test_xxzone_every_mention_span_covers_its_text():
    text = _read(XXZONE)
    for c in find_clauses(text):
        for m in c.mentions:
            assert re.sub(r"\s", "", m.span.slice(text)).startswith(m.text), m
            if m.portfolio:
                assert m.span.slice(text).rstrip()[-1] in ")）"


# --------------------------------------------------------------------------- whole seeds


@pytest.mark.parametrize(
    "path,expected",
    [(YUSHUI, 34), (CHANGJIANG, 32), (JINGDEZHEN, 30), (YICHUN, 0), (XXZONE, 36)],
)
def test_clause_counts_on_seed_files(path, expected):
    text = _read(path)
    clauses = find_clauses(text)
    assert len(clauses) == expected
    assert all(c.parsed for c in clauses), [c.problems for c in clauses if not c.parsed]
    for c in clauses:
        assert c.span.slice(text) == c.raw
        for m in c.mentions:
            assert re.sub(r"\s", "", m.span.slice(text)).startswith(m.text)


def test_find_clauses_respects_range_and_absolute_spans():
    text = _read(YUSHUI)
    at = text.index("14.持续抓好城区黑臭水体治理")
    stop = text.index("\n", at)
    (c,) = find_clauses(text, at, stop)
    assert c.span.start > at and c.span.end <= stop
    assert c.mentions[0].span.slice(text) == "城管渝水分局"


# --------------------------------------------------------------------------- settings, robustness


def test_first_listed_setting_off_makes_everyone_support():
    s = _snippet(JINGDEZHEN, "（责任单位：市交通运输局、市生态环境局、市公安局）")
    (c,) = find_clauses(s, settings=GrammarSettings(first_listed_is_lead=False))
    assert {(m.role, m.basis) for m in c.mentions} == {("support", "explicit")}


def test_empty_clause_is_flagged():
    (c,) = find_clauses("加强监管。（责任单位：）")
    assert not c.parsed and c.problems == ["no units"] and c.raw == "（责任单位：）"


def test_unbalanced_bracket_parses_what_it_can():
    text = "1.加强监管。（责任单位：区发改委、\n2.推进治理。（责任单位：区工信局）"
    first, second = find_clauses(text)
    assert not first.parsed and "unbalanced bracket" in first.problems
    assert [m.text for m in first.mentions] == ["区发改委"]
    assert [m.text for m in second.mentions] == ["区工信局"] and second.parsed


def test_a_remark_on_the_list_after_a_stop_closes_the_bracket():
    # （责任单位：A、B，C。列第一位的为牵头单位，下同）: the remark after the stop is the list's (was cut at the
    # stop and flagged unbalanced bracket, the task unparsed_clause though every unit was read)
    (c,) = find_clauses("推动利用。（责任单位：市经信局、市生态环境局，各区县人民政府。列第一位的为牵头单位，下同）")
    assert c.parsed and c.raw.endswith("下同）")
    assert [(m.text, m.role) for m in c.mentions] == [("市经信局", "lead"), ("市生态环境局", "support"), ("各区县人民政府", "support")]
    # near miss: work written after the stop is no remark: cut there, flagged as before
    (d,) = find_clauses("推动利用。（责任单位：市经信局。加强调度）")
    assert not d.parsed and "unbalanced bracket" in d.problems


def test_five_thousand_units():
    names = [f"区第{i}局" for i in range(5000)]
    text = "加强。（责任单位：" + "、".join(names) + "）"
    (c,) = find_clauses(text)
    assert len(c.mentions) == 5000 and c.mentions[-1].text == "区第4999局"
    unbracketed = "责任单位:" + "、".join(names) + "等按职责分工"
    (u,) = find_clauses(unbracketed)
    assert len(u.mentions) == 5000


# --------------------------------------------------------------------------- task_mentions, normalise


def test_task_mentions_adds_inherited_unless_named_and_keeps_lead():
    text = _read(YUSHUI)
    first = next(l for l in text.splitlines() if l.startswith("1.大力推进"))
    inherited = find_clauses(first)[0].inherit
    second = next(l for l in text.splitlines() if l.startswith("2.大力推动能源清洁低碳转型"))
    ms = task_mentions(find_clauses(second), inherited)
    assert ms[0].text == "区发改委" and ms[0].role == "lead"
    assert (ms[-1].text, ms[-1].role, ms[-1].basis) == ("各乡镇（办）党委、政府", "support", "inherited")
    # already named in the task's own clause: not added a second time
    ms1 = task_mentions(find_clauses(first), inherited)
    assert [m.text for m in ms1].count("各乡镇（办）党委、政府") == 1
    assert [m.basis for m in ms1 if m.text == "各乡镇（办）党委、政府"] == ["explicit"]


def test_task_mentions_keeps_a_government_per_committee_naming_its_place():
    """市政府 after another place's party committee is that place's government (resolve reads it so):
    after two committees (绥芬河市委、市政府，东宁市委、市政府) it is two governments, not one written
    twice (the second was dropped); after the plan's own 市委, or after 团市委, a repeat is still one unit."""
    ms = task_mentions(find_clauses("（牵头单位：市商务局；配合单位：绥芬河市委、市政府，东宁市委、市政府）"), [])
    assert [m.text for m in ms] == ["市商务局", "绥芬河市委", "市政府", "东宁市委", "市政府"]
    ms = task_mentions(find_clauses("（牵头单位：市委、市政府；配合单位：团市委、市政府）"), [])
    assert [(m.text, m.role) for m in ms] == [("市委", "lead"), ("市政府", "lead"), ("团市委", "support")]
    ms = task_mentions(find_clauses("（牵头单位：市委、市政府；配合单位：市纪委、市政府）"), [])
    assert [m.text for m in ms] == ["市委", "市政府", "市纪委"]


def test_task_mentions_dedupes_keeping_lead():
    a = find_clauses("（责任单位：市生态环境局、市工信局）")
    b = find_clauses("（牵头单位：市工信局；责任单位：市生态环境局）")
    ms = task_mentions(a + b, [])
    assert [(m.text, m.role, m.basis) for m in ms] == [
        ("市生态环境局", "lead", "first_listed"),
        ("市工信局", "lead", "explicit"),
    ]


def test_normalise_mention():
    assert normalise_mention("区农林水与生态环境 局(生态环境、水利)") == "区农林水与生态环境局"
    assert normalise_mention("各县(市、区)党委、政府") == "各县（市、区）党委、政府"
    assert normalise_mention("各乡镇（街道）") == "各乡镇（街道）"
    assert normalise_mention("区 农业局等") == "区农业局"


# --------------------------------------------------------------------------- wordings of other plans
# These wordings do not occur in the five seeds; the sentences are in the style of 实施方案
# and 工作要点 published by other cities.


def test_inline_lead_and_cooperating_units():
    (c,) = find_clauses("强化联合执法。（市生态环境局牵头，市发展改革委、市工业和信息化局配合）")
    assert _roles(c) == [
        ("市生态环境局", "lead", "explicit"),
        ("市发展改革委", "support", "explicit"),
        ("市工业和信息化局", "support", "explicit"),
    ]
    (d,) = find_clauses("强化联合执法。由市生态环境局牵头，市公安局、市交通运输局参与。")
    assert _roles(d) == [
        ("市生态环境局", "lead", "explicit"),
        ("市公安局", "support", "explicit"),
        ("市交通运输局", "support", "explicit"),
    ]
    assert d.raw == "由市生态环境局牵头，市公安局、市交通运输局参与"


def test_inline_responsible_and_joint_lead_supervision():
    (c,) = find_clauses("完善考核办法。（市委组织部负责）")
    assert _roles(c) == [("市委组织部", "lead", "explicit")]
    (d,) = find_clauses("开展专项督查。（市发展改革委、市财政局牵头督导）")
    assert _roles(d) == [("市发展改革委", "lead", "explicit"), ("市财政局", "lead", "explicit")]
    (e,) = find_clauses("（市生态环境局牵头，各有关部门按职责分工负责）")
    assert _roles(e) == [("市生态环境局", "lead", "explicit"), ("各有关部门", "support", "explicit")]
    assert e.mentions[1].collective


def test_lead_marker_inside_list():
    (c,) = find_clauses("（责任单位：市水利局、市生态环境局（牵头）、各县（市、区）人民政府）")
    assert _roles(c) == [
        ("市水利局", "support", "explicit"),
        ("市生态环境局", "lead", "explicit"),
        ("各县（市、区）人民政府", "support", "explicit"),
    ]
    assert c.mentions[1].span.slice("（责任单位：市水利局、市生态环境局（牵头）、各县（市、区）人民政府）") == "市生态环境局（牵头）"


@pytest.mark.parametrize(
    "clause,expected",
    [
        (
            "牵头单位：市生态环境局 配合单位：市水利局、市农业农村局\n",
            [("市生态环境局", "lead", "explicit"), ("市水利局", "support", "explicit"), ("市农业农村局", "support", "explicit")],
        ),
        (
            "（主要责任单位：市生态环境局；协助单位：市水利局）",
            [("市生态环境局", "lead", "explicit"), ("市水利局", "support", "explicit")],
        ),
        (
            "（牵头部门：市生态环境局；配合部门：市水利局、市发展和改革局、工业和信息化局）",
            [
                ("市生态环境局", "lead", "explicit"),
                ("市水利局", "support", "explicit"),
                ("市发展和改革局", "support", "explicit"),
                ("工业和信息化局", "support", "explicit"),  # kept as written; resolve restores 市
            ],
        ),
        ("（责任部门：市生态环境局、市水利局）", [("市生态环境局", "lead", "first_listed"), ("市水利局", "support", "explicit")]),
        ("（协办单位：市水利局；主办单位：市生态环境局）", [("市水利局", "support", "explicit"), ("市生态环境局", "lead", "explicit")]),
        ("（参与单位：市水利局）", [("市水利局", "support", "explicit")]),
        ("【牵头单位】市生态环境局【责任单位】市水利局", [("市生态环境局", "lead", "explicit"), ("市水利局", "support", "explicit")]),
        (
            "（牵头单位：市生态环境局；完成时限：2022年底前）",
            [("市生态环境局", "lead", "explicit")],
        ),
    ],
)
def test_label_variants(clause, expected):
    (c,) = find_clauses(clause)
    assert _roles(c) == expected
    assert c.parsed


def test_collective_units_stay_whole():
    (c,) = find_clauses(
        "（责任单位：市重污染天气应急指挥部各成员单位、市环委会成员单位、各有关部门、相关部门、各级党委和政府）"
    )
    assert [m.text for m in c.mentions] == [
        "市重污染天气应急指挥部各成员单位",
        "市环委会成员单位",
        "各有关部门",
        "相关部门",
        "各级党委和政府",
    ]
    assert all(m.collective for m in c.mentions)


def test_alias_parenthetical_is_not_a_portfolio():
    (c,) = find_clauses("（责任单位：市生态环境局（市环委办）、区党群工作部（团委、妇联））")
    assert [(m.text, m.portfolio) for m in c.mentions] == [("市生态环境局", []), ("区党群工作部", ["团委", "妇联"])]


def test_standalone_inheritance_marker():
    text = "（一）加强治理。以下各项任务均需各县（市、区）人民政府落实，不再列出。1.推进。（责任单位：市水利局）"
    (clause,) = find_clauses(text)
    (marker,) = find_inherit_markers(text)
    assert marker.mentions == [] and marker.parsed
    assert [(m.text, m.role, m.basis, m.collective) for m in marker.inherit] == [
        ("各县（市、区）人民政府", "support", "inherited", True)
    ]
    assert [m.text for m in clause.mentions] == ["市水利局"]


def test_inheritance_marker_naming_two_units_names_each():
    """以下均需各乡镇（街道）、富滩产业园管委会落实: a collective and a body, each where it stands
    (was one collective of both names); 党委、政府 and 各县（市、区） stay one."""
    text = "以下均需各乡镇（街道）、富滩产业园管委会落实，不再列出。"
    (marker,) = find_inherit_markers(text)
    assert [(m.text, text[m.span.start : m.span.end], m.collective) for m in marker.inherit] == [
        ("各乡镇（街道）", "各乡镇（街道）", True), ("富滩产业园管委会", "富滩产业园管委会", False)
    ]
    for one in ("各乡镇（办）党委、政府", "各县（市、区）人民政府"):
        (marker,) = find_inherit_markers(f"以下均需{one}落实，不再列出。")
        assert [m.text for m in marker.inherit] == [one]


def test_inheritance_marker_says_how_not_who():
    """以下各项工作均需各县（市、区）按职责分工负责: 按职责分工 is how they do it, no part of the
    name (was the unit 各县（市、区）按职责分工)."""
    (marker,) = find_inherit_markers("以下各项工作均需各县（市、区）按职责分工负责，不再列出。")
    assert [m.text for m in marker.inherit] == ["各县（市、区）"]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("以上任务均需各乡镇（街道）、富滩产业园管委会落实，不再列出。", ["各乡镇（街道）", "富滩产业园管委会"]),
        ("以上各项任务，各乡镇（街道）均为责任单位，不再一一列出。", ["各乡镇（街道）"]),
        ("以上各项工作均需各县（市、区）人民政府负责落实，不再列出。", ["各县（市、区）人民政府"]),
        ("（上述任务各乡镇均需落实，不再列出）", ["各乡镇"]),
        ("以上工作市直各部门按职责分工负责，不再一一列出。", ["市直各部门"]),
        # near misses: no 不再列出 (a note on the leads, an instruction), or the opening marker
        ("以上任务由各牵头单位负责统筹调度。", []),
        ("以上任务均需各乡镇落实。", []),
        ("以下均需各乡镇落实，不再列出。", []),
    ],
)
def test_closing_inheritance_marker(text, named):
    assert [m.text for c in find_above_markers(text) for m in c.inherit] == named


@pytest.mark.parametrize(
    "narrative",
    [
        "建立企业主要负责人第一责任人制度。",
        "全面形成政府负责、部门联动、企业主体、公众参与、统一监管的工作氛围和工作机制。",
        "充分调动社会各方面的力量积极参与水资源保护及优化配置行动中来。",
        "压实各责任单位问题整改主体责任。",
        "加大责任单位的执法力度。",
    ],
)
def test_narrative_is_not_a_clause(narrative):
    assert find_clauses(narrative) == []


def test_docstring_examples():
    import doctest

    import respgraph.grammar.clauses
    import respgraph.grammar.units
    import respgraph.responsibilities

    for module in (respgraph.grammar.clauses, respgraph.grammar.units, respgraph.responsibilities):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0, module.__name__


def test_verbs_inside_a_labelled_list():
    (c,) = find_clauses("（责任单位：市生态环境局牵头，市发展改革委、市工业和信息化局配合）")
    assert _roles(c) == [
        ("市生态环境局", "lead", "explicit"),
        ("市发展改革委", "support", "explicit"),
        ("市工业和信息化局", "support", "explicit"),
    ]


def test_units_before_the_label_in_the_same_bracket():
    (c,) = find_clauses("加强统计监测。（区发改委牵头；配合单位：区财政局、区统计局）")
    assert c.raw == "（区发改委牵头；配合单位：区财政局、区统计局）"
    assert _roles(c) == [
        ("区发改委", "lead", "explicit"),
        ("区财政局", "support", "explicit"),
        ("区统计局", "support", "explicit"),
    ]
    # 负责 yields to an explicit 牵头单位
    (d,) = find_clauses("（各县（市、区）人民政府负责，牵头单位：市生态环境局）")
    assert _roles(d) == [("各县（市、区）人民政府", "support", "explicit"), ("市生态环境局", "lead", "explicit")]


def test_deadline_in_a_clause_is_not_a_unit():
    (c,) = find_clauses("（责任单位：市生态环境局，2022年底前完成）")
    assert _roles(c) == [("市生态环境局", "lead", "first_listed")]
    assert c.parsed and c.problems == ["ignored: 2022年底前完成"]


# --------------------------------------------------------------------------- invariants on arbitrary text

from hypothesis import given, settings as hsettings, strategies as st  # noqa: E402

_ALPHABET = list("区市局委办各乡镇街道党政府和等按职责分工牵头负责配合参与责任单位：:、，,；;。（）()〔〕【】 \n12") + [
    "责任单位：",
    "牵头单位：",
    "区发改委",
    "各乡镇（办）党委、政府",
    "以下均需各乡镇（办）落实，不再列出",
    "等按职责分工",
]


@hsettings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ALPHABET), max_size=80).map("".join), st.data())
def test_clauses_are_ordered_disjoint_and_inside_the_range(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    clauses = find_clauses(text, start, end)
    prev_end = start
    for c in clauses:
        assert prev_end <= c.span.start < c.span.end <= end
        assert c.raw == c.span.slice(text)
        prev_end = c.span.end
        for m in c.mentions + c.inherit:
            assert c.span.start <= m.span.start <= m.span.end <= c.span.end
            assert m.text and not any(ch.isspace() for ch in m.text)
        if not c.mentions and not c.inherit:
            assert not c.parsed


def test_notes_and_etc_collectives_are_not_units_or_portfolios():
    (c,) = find_clauses("（责任单位：市生态环境局、市发展改革委（列第一位的为牵头单位，下同））")
    assert [(m.text, m.portfolio) for m in c.mentions] == [("市生态环境局", []), ("市发展改革委", [])]
    (d,) = find_clauses("（责任单位：市水利局、市生态环境局等有关部门）")
    assert [m.text for m in d.mentions] == ["市水利局", "市生态环境局"]


def test_half_width_collective_normalises_for_dedup():
    a = find_clauses("(责任单位:市水利局、各县(市、区)党委、政府)")
    assert [m.text for m in a[0].mentions] == ["市水利局", "各县(市、区)党委、政府"]
    inh = [Mention("各县（市、区）党委、政府", "support", "inherited", Span(0, 0), collective=True)]
    ms = task_mentions(a, inh)
    assert [(m.text, m.basis) for m in ms] == [("市水利局", "first_listed"), ("各县(市、区)党委、政府", "explicit")]


@pytest.mark.parametrize("heading,owner", [
    ("区发展改革委", "区发展改革委"),
    ("宜春市林业局", "宜春市林业局"),
    ("各街道办事处", "各街道办事处"),
    ("XX经济技术开发区管委会", "XX经济技术开发区管委会"),
    ("优化水资源配置格局", None),  # ends like a bureau (局), names none
    ("加强市场监管局建设", None),
    # two bodies sharing the heading (an 安委会's 市发展改革委、市能源局): the first listed leads, the
    # other supports (their duties were lost); a kind of body among them names no owner
    ("区财政局、区审计局", "区财政局"),
    ("区财政局、各有关部门", None),
    ("加强财政局、审计局建设", None),
    ("加强组织领导", None),
])
def test_a_heading_owns_its_tasks_only_when_it_names_one_body(heading, owner):
    from respgraph.responsibilities import heading_owner

    text = f"一、{heading}\n1.开展工作。"
    c = heading_owner(text, 2, len(text))
    assert (c.mentions[0].text if c else None) == owner
    if c:
        assert text[c.span.start : c.span.end] == heading and c.mentions[0].role == "lead"


def test_owned_item_keeps_a_labelled_headings_roles_beside_a_hui_tong_partner():
    """Under a heading whose labels name a lead and a supporter, an item opening 会同A keeps
    both roles and adds A as support; one opening 配合A makes A lead and both of them support."""
    from respgraph.records import Clause, Mention, Span
    from respgraph.responsibilities import owned_item

    t = "（一）优化城市环境\n牵头单位：县住建局\n责任单位：县城管局\n1.会同县公安局整治占道经营。\n2.配合县交通运输局规范停车。\n"
    lead_at, sup_at = t.index("县住建局"), t.index("县城管局")
    owner = Clause(span=Span(t.index("牵头"), sup_at + 4), raw="", mentions=[
        Mention("县住建局", "lead", "explicit", Span(lead_at, lead_at + 4)),
        Mention("县城管局", "support", "explicit", Span(sup_at, sup_at + 4)),
    ])
    one, two = t.index("1.") + 2, t.index("2.") + 2
    got = [(m.text, m.role) for c in owned_item(t, one, two, owner) for m in c.mentions]
    assert got == [("县住建局", "lead"), ("县城管局", "support"), ("县公安局", "support")]
    got = [(m.text, m.role) for c in owned_item(t, two, len(t), owner) for m in c.mentions]
    assert got == [("县交通运输局", "lead"), ("县住建局", "support"), ("县城管局", "support")]
    partner = owned_item(t, two, len(t), owner)[0]
    m = partner.mentions[0]
    assert t[m.span.start : m.span.end] == "县交通运输局" and partner.raw == "配合县交通运输局"


@pytest.mark.parametrize("item,partners", [
    # a city bureau's branch in a county, named by both, is the partner whole (was cut to the
    # city's bureau: 大连市生态环境局, another body)
    ("1.市海洋发展局：负责海水养殖污染防治，会同大连市生态环境局庄河分局开展入海排污口整治。",
     [("市海洋发展局", "lead"), ("大连市生态环境局庄河分局", "support")]),
    ("1.市农业农村局：配合大连市生态环境局庄河分局做好农村环境综合整治。",
     [("大连市生态环境局庄河分局", "lead"), ("市农业农村局", "support")]),
    # near misses: the branches at large, and a 分局 that is the object of the work
    ("1.县公安局：负责打击犯罪，会同市生态环境局各分局开展联合执法。", [("县公安局", "lead"), ("市生态环境局", "support")]),
    ("1.县公安局：负责打击犯罪，会同市生态环境局对辖区分局开展督查。", [("县公安局", "lead"), ("市生态环境局", "support")]),
])
def test_a_partner_named_with_its_county_branch_is_read_whole(item, partners):
    from respgraph.responsibilities import duty_statement

    c = duty_statement(item, 2, len(item), False)
    assert [(m.text, m.role) for m in c.mentions] == partners
    for m in c.mentions:
        assert item[m.span.start : m.span.end] == m.text


def test_a_list_of_levels_with_its_middle_one_in_brackets_is_one_collective():
    """沿黄各县（市）区政府 (the counties, county-level cities and districts along the river): the
    bracket sits inside the list of levels, which goes on after it (was cut into 沿黄各县（市）
    and 区政府, as two names run together)."""
    (c,) = find_clauses("4.推进黄河流域生态保护。（牵头单位：市生态环境局，责任单位：市水利局、沿黄各县（市）区政府）")
    assert [(m.text, m.role) for m in c.mentions] == [
        ("市生态环境局", "lead"), ("市水利局", "support"), ("沿黄各县（市）区政府", "support")]
    # near miss: a name run on after such a collective is still one of its own
    (c,) = find_clauses("（责任单位：各县（市）区政府区财政局）")
    assert [m.text for m in c.mentions] == ["各县（市）区政府", "区财政局"]


def test_a_list_ending_with_a_collective_ends_before_an_item_number_run_into_it():
    """配合单位：县级各部门2推进学校垃圾分类 (the break and the number's stop lost): 各部门 / 各单位 end a
    name as 局 does, so the list ends before the number (was the unit 县级各部门2推进学校垃圾分类)."""
    (c,) = find_clauses("1.推进党政机关垃圾分类。牵头单位：县机关事务管理中心  配合单位：县级各部门2推进学校垃圾分类。将知识纳入教育内容。")
    assert [(m.text, m.role) for m in c.mentions] == [("县机关事务管理中心", "lead"), ("县级各部门", "support")]
    # near miss: a count after a name is no item's number
    (c,) = find_clauses("1.推进试点。配合单位：县财政局2个乡镇试点。")
    assert [m.text for m in c.mentions] == ["县财政局"]


def test_a_signature_run_into_the_last_list_is_no_unit():
    # a page flattened onto one line: the signer and its date after the last name end the list
    # before the signer, with or without the blank between them
    for raw in ("责任单位:区自然资源局运河区生态环境保护委员会办公室 2020年3月18日【打印】【关闭】",
                "责任单位：县财政局、县审计局 丁县人民政府办公室 2023年5月6日"):
        (c,) = find_clauses(raw)
        assert c.parsed and "办公室" not in c.raw, c.raw
    (c,) = find_clauses("责任单位:区自然资源局运河区生态环境保护委员会办公室 2020年3月18日")
    assert _roles(c) == [("区自然资源局", "lead", "first_listed")]
    # near misses: a deadline's field with its date keeps the fields after it; a date with 前 is a
    # deadline, not a signature; a last name that does not split stays whole
    (c,) = find_clauses("牵头单位：县发改局；完成时限：2023年12月31日；配合单位：县财政局。")
    assert _roles(c) == [("县发改局", "lead", "explicit"), ("县财政局", "support", "explicit")]
    (c,) = find_clauses("责任单位：县财政局、县审计局 2023年5月6日")
    assert _roles(c) == [("县财政局", "lead", "first_listed"), ("县审计局", "support", "explicit")]
@pytest.mark.parametrize(
    "body, units",
    [
        # a place's finance bureau written by its field opens its 要 / 负责 sentence as a bureau does
        ("强化资金保障。县财政要加大生态环境保护资金投入。", ["县财政"]),
        ("强化资金保障。泰和县财政负责落实工作经费。", ["泰和县财政"]),
        ("强化资金保障。县财政局要加大生态环境保护资金投入。", ["县财政局"]),
        # near misses: the finances of every level or of the whole place, a finance as an object,
        # an exhortation to everyone
        ("强化资金保障。各级财政要加大投入。", []),
        ("强化资金保障。全市财政要加大投入。", []),
        ("强化资金保障。省级财政要加大投入。", []),
        ("强化资金保障。加大县财政投入力度。", []),
        ("加强组织领导。各级各部门要高度重视，切实履行职责。", []),
    ],
)
def test_a_place_finance_written_by_its_field_opens_an_items_sentence(body, units):
    from respgraph.responsibilities import body_subjects

    assert [m.text for c in body_subjects(body, 0, len(body)) for m in c.mentions] == units


def test_two_names_joined_by_yu_are_two_units():
    """县农业农村局与县生态环境局共同推进: 与 between two whole names parts them, as 和 / 及 do (was one
    unit, the lead); a bureau whose name holds 与 (自然资源与规划局 / 农林水与生态环境局) stays whole."""
    from respgraph.grammar.units import split_units

    assert [u.text for u in split_units("县农业农村局与县生态环境局", 0)] == ["县农业农村局", "县生态环境局"]
    for whole in ("市自然资源与规划局", "区农林水与生态环境局", "市委宣传部与文明办"):
        assert [u.text for u in split_units(whole, 0)] == [whole]
    t = "（一）推进秸秆禁烧。开展专项整治，县农业农村局与县生态环境局共同推进。"
    assert [(m.text, m.role) for c in find_clauses(t) for m in c.mentions] == [("县农业农村局", "lead"), ("县生态环境局", "lead")]


@pytest.mark.parametrize(
    "text, roles",
    [
        # a lead that rotates, given for the year: the year before 由 is no part of the unit (was no
        # clause: 2021年由贵州省生态环境厅 no name)
        ("建立联合执法机制。2021年由贵州省生态环境厅牵头，云南省生态环境厅、四川省生态环境厅配合。",
         [("贵州省生态环境厅", "lead"), ("云南省生态环境厅", "support"), ("四川省生态环境厅", "support")]),
        ("开展联合巡河。2022年度由县水利局牵头，县生态环境局配合。", [("县水利局", "lead"), ("县生态环境局", "support")]),
        # near misses: 由于 is a reason, and a year with no 由 before the units is a date phrase of its own
        ("开展联合巡河。2022年由于汛期提前，巡河次数增加。", []),
    ],
)
def test_the_year_a_lead_is_given_for_opens_its_sentence(text, roles):
    assert [(m.text, m.role) for c in find_clauses(text) for m in c.mentions] == roles


@pytest.mark.parametrize(
    "text, roles",
    [
        # a plan across a border names each side's stretch in brackets inside the object: the units
        # before 负责 still lead (were lost, only the support after them read)
        ("下游保护。梅州市人民政府、潮州市人民政府负责韩江流域（广东段）水环境保护，大埔县人民政府配合。",
         [("梅州市人民政府", "lead"), ("潮州市人民政府", "lead"), ("大埔县人民政府", "support")]),
        ("生态修复。遂宁市安居区人民政府负责琼江（安居段）生态护岸建设，安居区水利局配合。",
         [("遂宁市安居区人民政府", "lead"), ("安居区水利局", "support")]),
        # near miss: another bracket inside the object is no stretch: as before, the support alone
        ("下游保护。梅州市人民政府负责韩江流域（详见附件）水环境保护，大埔县人民政府配合。", [("大埔县人民政府", "support")]),
    ],
)
def test_a_stretch_in_brackets_inside_a_units_object(text, roles):
    assert [(m.text, m.role) for c in find_clauses(text) for m in c.mentions] == roles


@pytest.mark.parametrize(
    "text, roles",
    [
        # the basis the given action follows, written between the units and it: still given to them
        # (was no clause)
        ("应急联动。由县应急局按照《突发环境事件应急预案》开展应急处置，县生态环境局指导。",
         [("县应急局", "lead"), ("县生态环境局", "support")]),
        ("应急联动。由濮阳市人民政府、菏泽市人民政府按照《黄河流域跨省突发水污染事件联防联控协作机制》开展应急处置，河南省生态环境厅指导。",
         [("濮阳市人民政府", "lead"), ("菏泽市人民政府", "lead"), ("河南省生态环境厅", "support")]),
        # near misses: a reason (由于) and the rule's interpreter name no unit's work
        ("应急联动。由于按照预案开展应急处置，损失明显减少。", []),
        ("附则。本办法由县司法局按照规定负责解释。", []),
    ],
)
def test_a_basis_between_the_units_given_work_and_their_action(text, roles):
    assert [(m.text, m.role) for c in find_clauses(text) for m in c.mentions] == roles


@pytest.mark.parametrize(
    "text, roles",
    [
        # a river basin's body leads with the provinces' departments as a ministry would (was no
        # clause: outside a bracket every unit must be a body of a place or a national one)
        ("生态流量保障。黄河水利委员会会同河南省水利厅、山东省水利厅负责刘庄断面生态流量保障。",
         [("黄河水利委员会", "lead"), ("河南省水利厅", "support"), ("山东省水利厅", "support")]),
        ("联合监测。长江委会同湖北省水利厅开展联合监测。", [("长江委", "lead"), ("湖北省水利厅", "support")]),
        ("联合监测。生态环境部长江流域生态环境监督管理局会同湖北省生态环境厅开展联合监测。",
         [("生态环境部长江流域生态环境监督管理局", "lead"), ("湖北省生态环境厅", "support")]),
        # near miss: the body as the object of an action names no unit's work
        ("联合监测。加强与黄河水利委员会的沟通协调。", []),
    ],
)
def test_a_river_basins_body_leads_as_a_national_body(text, roles):
    assert [(m.text, m.role) for c in find_clauses(text) for m in c.mentions] == roles


@pytest.mark.parametrize(
    "text, roles",
    [
        # a body working with the lead on its own side of a border (协同推进吴江段建设) supports, as
        # one that 配合做好… does (was lost: the clause stopped before it)
        ("元荡岸线贯通。区水务局牵头，金泽镇人民政府配合，吴江区水务局协同推进吴江段建设。",
         [("区水务局", "lead"), ("金泽镇人民政府", "support"), ("吴江区水务局", "support")]),
        ("元荡岸线贯通。区水务局负责岸线建设，区农业农村委协同做好沿线农田保护。",
         [("区水务局", "lead"), ("区农业农村委", "support")]),
        # near misses: everyone asked to work together, and a body alone working with nobody named
        ("元荡岸线贯通。各部门要协同推进岸线建设。", []),
        ("元荡岸线贯通。区水务局协同推进岸线建设。", []),
        # ... and a name holding 协同 stays whole
        ("建设科技创新平台。县协同创新中心牵头，县科技局配合建设科技创新平台。",
         [("县协同创新中心", "lead"), ("县科技局", "support")]),
    ],
)
def test_a_body_xietong_with_the_lead_supports(text, roles):
    assert [(m.text, m.role) for c in find_clauses(text) for m in c.mentions] == roles
