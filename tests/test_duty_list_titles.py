"""A list of each body's duties (…成员单位工作职责) is titled by its first line in every table a
meeting reads: it was titled by a heading naming 区规划和自然资源局 (（一）区规划, kind 规划) in
the plans table, the overload table's 规划 column and the workbook."""

from __future__ import annotations

import pandas as pd
from typer.testing import CliRunner

import respgraph
from respgraph.cli import app

runner = CliRunner()

_XIAODIAN = """太原市小店区林长制成员单位工作职责

一、区林长制办公室
设在区规划和自然资源局，负责林长制组织实施的具体工作。

二、成员单位职责
（一）区规划和自然资源局：负责森林资源保护管理和林业生态建设，牵头推进林长制考核工作。
（二）区发展和改革局：负责将林业生态建设纳入区国民经济和社会发展规划。
（三）区财政局：负责林长制工作经费保障。
（四）区应急管理局：负责森林火灾扑救的应急救援指挥协调，会同区规划和自然资源局开展森林防火。
"""


def test_a_duty_list_is_titled_by_its_first_line_in_the_build_and_the_workbook(tmp_path):
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "xiaodian.txt").write_text(_XIAODIAN, encoding="utf-8")
    r = runner.invoke(app, ["build", str(plans), "--out", str(tmp_path / "o")])
    assert r.exit_code == 0, r.output
    row = respgraph.load(tmp_path / "o").plans().set_index("plan_id").loc["xiaodian"]
    assert (row["title"], row["kind"], row["jurisdiction"]) == ("太原市小店区林长制成员单位工作职责", "职责分工", "小店区")
    r = runner.invoke(app, ["export", str(tmp_path / "o"), "--format", "xlsx", "-o", str(tmp_path / "t.xlsx")])
    assert r.exit_code == 0, r.output
    sheet = pd.read_excel(tmp_path / "t.xlsx", sheet_name="plans")
    assert list(sheet["title"]) == ["太原市小店区林长制成员单位工作职责"]
    # the duties read as before: each body leads its own, 会同 a support
    t = respgraph.load(tmp_path / "o").tasks().set_index("number")
    assert t.loc["（四）", "leads"] == ["小店区应急管理局"] and t.loc["（四）", "supports"] == ["小店区规划和自然资源局"]


_NANJING = """南京市生态环境保护委员会关于印发成员单位职责的通知
宁环委〔2022〕2号

各区生态环境保护委员会，市生态环境保护委员会各成员单位：
为进一步明确市生态环境保护委员会成员单位职责，现将有关事项通知如下。

一、成员单位职责
1.市委宣传部：负责生态环境保护宣传教育和舆论引导工作。
2.市发展改革委：负责推进产业结构和能源结构调整，牵头做好碳达峰碳中和相关工作。
3.市公安局：负责依法打击环境违法犯罪行为，会同市生态环境局建立行政执法与刑事司法衔接机制。
"""


def test_a_letter_printing_a_list_of_duties_without_its_place_is_titled_after_its_issuer(tmp_path):
    """The cover letter prints 成员单位职责, every committee's: the plans table and the workbook
    named no city. Titled 南京市生态环境保护委员会成员单位职责, the duties read as before."""
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "nanjing.txt").write_text(_NANJING, encoding="utf-8")
    r = runner.invoke(app, ["build", str(plans), "--out", str(tmp_path / "o")])
    assert r.exit_code == 0, r.output
    b = respgraph.load(tmp_path / "o")
    assert b.plans().set_index("plan_id").loc["nanjing", "title"] == "南京市生态环境保护委员会成员单位职责"
    r = runner.invoke(app, ["export", str(tmp_path / "o"), "--format", "xlsx", "-o", str(tmp_path / "t.xlsx")])
    assert r.exit_code == 0, r.output
    assert list(pd.read_excel(tmp_path / "t.xlsx", sheet_name="plans")["title"]) == ["南京市生态环境保护委员会成员单位职责"]
    t = b.tasks().set_index("number")
    assert t.loc["3", "leads"] == ["南京市公安局"] and t.loc["3", "supports"] == ["南京市生态环境局"]
