"""One county's year of plans, end to end (tests/fixtures/county, and a 督查事项台账 .docx the
test writes): what a coordination office (督查室) loading them must see. The county (隆回县) is
in no registry file, so everything rests on the general rules: the plan's place from its
issuers and title, the bureaus' names however written, the overloaded bureau and the work two
plans give to different leads."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "county"

# The coordination office's ledger: 序号 | 督查事项 | 责任县领导 | 牵头单位 | 责任单位 | 完成时限
LEDGER = [
    ("1", "县城老旧小区改造项目开工", "王某某", "县住房和城乡建设局", "县发展和改革局、县财政局", "2024年5月底"),
    ("2", "自建房安全专项整治“回头看”", "赵某某", "县住房和城乡建设局", "县应急管理局", "2024年6月底"),
    ("3", "春季森林防灭火", "陈某某", "县应急局", "县林业局", "2024年4月底"),
    ("4", "县人民医院新院区建设", "周某某", "", "", "2025年6月底"),
]


def _write_ledger(path: Path) -> None:
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_paragraph("隆回县2024年第一季度县委县政府重点督查事项台账")
    doc.add_paragraph("县委督查室　县政府督查室　2024年4月2日")
    table = doc.add_table(rows=1, cols=6)
    for cell, head in zip(table.rows[0].cells, ["序号", "督查事项", "责任县领导", "牵头单位", "责任单位", "完成时限"]):
        cell.text = head
    for row in LEDGER:
        for cell, value in zip(table.add_row().cells, row):
            cell.text = value
    doc.save(path)


@pytest.fixture(scope="module")
def county_dir(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("county")
    for f in FIXTURES.glob("*.txt"):
        shutil.copy(f, d / f.name)
    _write_ledger(d / "e-2024-taizhang.docx")
    return d


@pytest.fixture(scope="module")
def county(county_dir):
    import respgraph

    return respgraph.build(county_dir, workers=1)


def _ids(b, plan: str | None = None) -> dict[str, str]:
    """mention as written -> agency id (in ``plan`` when given)."""
    a = b.assignments()
    if plan:
        a = a[a["plan_id"] == plan]
    return dict(zip(a["mention"], a["agency_id"]))


def test_one_bureau_however_written(county):
    a = county.assignments()
    by_id = a.groupby("agency_id")["mention"].agg(set)
    assert by_id["隆回县/住房和城乡建设局"] >= {"县住建局", "县住房和城乡建设局", "县住房城乡建设局"}
    assert by_id["隆回县/发展和改革委员会"] >= {"县发展和改革局", "县发展改革局"}  # filed under the 委 (one_body.csv)
    assert by_id["隆回县/应急管理局"] >= {"县应急管理局", "县应急局"}
    # no body of the county under an unknown place (the ledger's title names it)
    assert not [i for i in a["agency_id"] if "未知" in i or "所在" in i]


def test_ledger_is_a_plan_of_the_county(county):
    p = county.plans().set_index("plan_id").loc["e-2024-taizhang"]
    assert p["title"] == "隆回县2024年第一季度县委县政府重点督查事项台账"
    assert (p["kind"], p["jurisdiction"]) == ("台账", "隆回县")
    assert _ids(county, "e-2024-taizhang")["县住房和城乡建设局"] == "隆回县/住房和城乡建设局"


def test_township_plan_reads_its_county(county):
    # 隆回县桃洪镇人民政府: 县X is 隆回县's, the city bureau's 隆回分局 the county's branch
    ids = _ids(county, "c-2023-taohong")
    assert ids["县城管局"] == "隆回县/城市管理局"
    assert ids["市生态环境局隆回分局"] == "隆回县/生态环境局"
    assert ids["镇生态环境办"] == "桃洪镇/生态环境办"
    assert _ids(county, "a-2023-daqi")["市生态环境局隆回分局"] == "隆回县/生态环境局"


def test_overloaded_bureau_in_plan_after_plan(county):
    from respgraph.analysis.workload import overload, overload_across

    flags = overload(county.graph, all_rows=True)
    b = flags[(flags["plan_id"] == "b-2023-anquan") & (flags["key"] == "agency:隆回县/住房和城乡建设局")].iloc[0]
    # the plans are cut to 5 tasks: each stands out, too short to be flagged alone, and across
    # the year the bureau standing out in plan after plan is still the pattern
    assert b["stands_out"] and not b["flagged"]
    assert b["reason"].startswith("leads 3 of 5 tasks (60%), above the 25% share limit")
    across = overload_across(flags)
    top = across.iloc[0]
    assert top["name"] == "隆回县住房和城乡建设局"
    assert top["flagged_in"] == ["b-2023-anquan", "d-2024-daqi", "e-2024-taizhang"]
    assert (top["plans"], top["tasks_led"]) == (4, 8)
    assert across["plans_flagged"].min() >= 2  # one plan's flag is no pattern


def test_same_work_different_lead_is_a_disagreement(county):
    from respgraph.analysis.overlap import lead_disagreements

    d = lead_disagreements(county.graph)
    pairs = {(a, b): (la, lb) for a, b, la, lb in zip(d["task_a"], d["task_b"], d["leads_a"], d["leads_b"])}
    assert pairs[("a-2023-daqi:001", "d-2024-daqi:001")] == (["隆回县住房和城乡建设局"], ["隆回县城市管理局"])
    # 秸秆禁烧 has the same lead in both years: no disagreement
    assert ("a-2023-daqi:004", "d-2024-daqi:004") not in pairs
    # 自建房 and 消防 share only 安全专项整治: different work, not a disagreement
    assert not [p for p in pairs if "b-2023-anquan:004" in p and "e-2024-taizhang:002" in p]


def test_tasks_without_lead_and_deadlines(county):
    from respgraph.analysis.workload import deadline_crunch, tasks_without_lead

    no_lead = set(tasks_without_lead(county.graph)["task_id"])
    assert no_lead == {"a-2023-daqi:005", "e-2024-taizhang:004"}
    due = deadline_crunch(county.graph)
    zj = due[due["name"] == "隆回县住房和城乡建设局"].set_index("year")
    assert zj.loc[2023, "led_due"] == 3 and zj.loc[2024, "led_due"] == 2


def test_workload_cli_shows_the_year_not_only_each_plan(county_dir, tmp_path):
    from typer.testing import CliRunner

    import respgraph
    from respgraph.cli import app

    out = tmp_path / "out"
    respgraph.build(county_dir, out, workers=1)
    env = {"COLUMNS": "200"}
    r = CliRunner().invoke(app, ["workload", str(out), "--overload"], env=env)
    assert r.exit_code == 0, r.output
    across = r.output[r.output.index("Flagged in more than one of the 5 plans"):].splitlines()
    assert across[4].split("│")[1].strip() == "隆回县住房和城乡建设局"
    r = CliRunner().invoke(app, ["workload", str(out), "--limit", "1"], env=env)
    assert r.exit_code == 0, r.output
    assert "隆回县住房和城乡建设局" in r.output[r.output.index("all plans — top 1 of"):].splitlines()[4]


def test_report_names_the_bureau_flagged_in_plan_after_plan(county):
    import re

    from respgraph.viz.report import report_html

    page = report_html(county.graph, {}, [])
    section = page[page.index('id="overload"'):page.index('id="top-leads"')]
    across = section[section.index("Flagged in more than one plan"):section.index("Within each plan")]
    first = re.search(r"<tbody><tr>(.*?)</tr>", across).group(1)
    assert re.findall(r"<td>(.*?)</td>", first) == ["隆回县住房和城乡建设局", "住房和城乡建设 (housing and urban-rural development)", "3", "4", "8", "2"]
