"""A plan's year in resolving old names (respgraph.resolve.renamed, successors.csv's ``year``).

A plan dated two years or more after the reform that renamed a body writes the old name for
today's body (a 2024 台州 plan's 市建设局 is the 住房和城乡建设局): the assignment is filed under
the successor, the mention kept as written and the old body's id in ``renamed_from``. Near misses:
plans of the reform's year or the next, of no known year, naming old and new side by side, naming a
body with 原, of a zone, and bodies whose successors are not one body or that survive in places.
"""

from __future__ import annotations

import json
import shutil

import pytest

from respgraph.extract import extract_file
from respgraph.registry import RegistryError, load_registry
from respgraph.resolve import resolve_plan


def _resolved(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return resolve_plan(extract_file(path))


def _by_mention(rp) -> dict[str, tuple[str, str, str | None]]:
    """mention as written -> (agency id, agency name, renamed_from), over the plan's assignments."""
    return {a.mention: (a.agency_id, a.agency, a.renamed_from) for rows in rp.assignments.values() for a in rows}


TAIZHOU = """台州市{year}年河湖长制工作要点
一、重点任务
    （一）深化城镇“污水零直排区”建设。完成12个生活小区建设提升。牵头：市建设局。配合：市生态环境局、市经信局。
    （二）加强入河排污口整治。牵头：市环保局。配合：市水利局、市大数据局。
    （三）推进海洋生态修复。牵头：市海洋与渔业局。配合：市国土资源局。
"""


def test_a_2024_plan_writes_old_names_for_todays_bodies(tmp_path):
    """台州's 2024 plan: 市建设局 (renamed in 2010) is the 住房和城乡建设局, 市环保局 (2018) — written
    beside the 生态环境局 it became, so two bodies to that plan: see the next test — stays; 市大数据局
    (the 2023-24 data bureaus) is not two years past its reform and stays; 市海洋与渔业局 (split: no
    row) stays; 市国土资源局 (自然资源局 or 自然资源和规划局 by place) is 台州's own successor, the
    自然资源和规划局 (successors.csv's row of the place)."""
    rp = _resolved(tmp_path, "tz2024.txt", TAIZHOU.format(year=2024))
    got = _by_mention(rp)
    assert got["市建设局"] == ("台州市/住房和城乡建设局", "台州市住房和城乡建设局", "台州市/建设局")
    assert got["市环保局"] == ("台州市/环境保护局", "台州市环境保护局", None)  # the plan names 市生态环境局 too
    assert got["市大数据局"] == ("台州市/大数据局", "台州市大数据局", None)
    assert got["市海洋与渔业局"] == ("台州市/海洋与渔业局", "台州市海洋与渔业局", None)
    assert got["市国土资源局"] == ("台州市/自然资源和规划局", "台州市自然资源和规划局", "台州市/国土资源局")
    # the successor's record has the old name as one of its names; the old body is gone from the plan
    assert "市建设局" in rp.agencies["台州市/住房和城乡建设局"].aliases
    assert "台州市/建设局" not in rp.agencies
    lead = rp.assignments[next(iter(rp.assignments))][0]
    assert (lead.role, lead.source.clause) == ("lead", "牵头：市建设局。配合：市生态环境局、市经信局")  # as written


def test_the_margin_a_plan_of_the_reforms_year_or_the_next_keeps_the_old_body(tmp_path):
    """A 2017 plan's 市环保局 is the 环境保护局 (the 2018 reform had not come); so is a 2019 plan's,
    beside whom the plan may name the new 生态环境局 (plans of the reform's year and the next name
    both). A 2020 plan writing 市环保局 alone means the 生态环境局; one naming both keeps them apart."""
    one = "{city}{year}年大气污染防治工作方案\n一、重点任务\n    （一）强化工业源治理。牵头单位：市环保局；配合单位：市工信局。\n"
    both = one + "    （二）强化移动源治理。牵头单位：市生态环境局；配合单位：市公安局。\n"
    assert _by_mention(_resolved(tmp_path, "a.txt", one.format(city="株洲市", year=2017)))["市环保局"][2] is None
    assert _by_mention(_resolved(tmp_path, "b.txt", one.format(city="株洲市", year=2019)))["市环保局"][2] is None
    assert _by_mention(_resolved(tmp_path, "c.txt", both.format(city="株洲市", year=2019)))["市环保局"][0] == "株洲市/环境保护局"
    moved = _by_mention(_resolved(tmp_path, "d.txt", one.format(city="株洲市", year=2020)))["市环保局"]
    assert moved == ("株洲市/生态环境局", "株洲市生态环境局", "株洲市/环境保护局")
    apart = _by_mention(_resolved(tmp_path, "e.txt", both.format(city="株洲市", year=2024)))
    assert apart["市环保局"][0] == "株洲市/环境保护局" and apart["市生态环境局"][0] == "株洲市/生态环境局"


def test_a_districts_old_environment_branch_is_its_eco_branch(tmp_path):
    """黄岩区's 2024 plan: 区环境分局 and 黄岩区环境分局 (the 环境保护分局 as everyday speech writes
    it) are the district's 生态环境分局, named as a branch, under the id its 生态环境局 has."""
    rp = _resolved(tmp_path, "hy.txt", "台州市黄岩区2024年河长制工作要点\n一、重点任务\n"
                   "    1.推进镇级“污水零直排区”建设。（牵头单位：区住建局；配合单位：区环境分局、院桥镇）\n"
                   "    2.开展农业面源污染防治。（牵头单位：区农业农村局；配合单位：黄岩区环境分局）\n")
    got = _by_mention(rp)
    assert got["区环境分局"] == ("黄岩区/生态环境局", "黄岩区生态环境分局", "黄岩区/环境保护局")
    assert got["黄岩区环境分局"] == ("黄岩区/生态环境局", "黄岩区生态环境分局", "黄岩区/环境保护局")
    assert got["区住建局"][2] is None  # today's name: nothing to say


def test_a_plan_recounting_history_and_bodies_that_survive_in_places(tmp_path):
    """In a 2024 plan, 原市环保局 names the old body itself (the plan recounts its work); 北京's
    城管委 beside its 城管执法局 stays apart (successors.csv gives the 城市管理委员会 no year: 北京,
    天津 and 成都 keep theirs), and so does a 城管委 written alone; a zone's 建设局 is its own name
    (台州湾新区's 规划建设局 is another name: the zone keeps it too)."""
    history = _by_mention(_resolved(tmp_path, "a.txt", "邢台市2024年生态环境保护督察整改方案\n一、整改任务\n"
                                    "    （一）整改历史遗留问题。牵头单位：原市环保局；配合单位：市生态环境局。\n"))
    assert history["原市环保局"] == ("邢台市/环境保护局", "邢台市环境保护局", None)
    beijing = _by_mention(_resolved(tmp_path, "b.txt", "北京市2024年道路扬尘治理工作方案\n一、重点任务\n"
                                    "    （一）整治道路扬尘。（牵头单位：市城管委；配合单位：市城管执法局）\n"
                                    "    （二）整治施工扬尘。（牵头单位：市城管委）\n"))
    assert beijing["市城管委"][0] == "北京市/城市管理委员会" and beijing["市城管执法局"][0] == "北京市/城市管理局"
    zone = _by_mention(_resolved(tmp_path, "c.txt", "某某经济开发区2024年污染防治攻坚工作要点\n一、重点任务\n"
                                 "    （一）推进工地扬尘治理。牵头单位：区建设局；配合单位：区环保局。\n"))
    assert all(r is None for _, _, r in zone.values()), zone


def test_a_plan_of_no_known_year_and_renames_that_run_on(tmp_path):
    """A plan whose title and text give no year keeps 市建设局 as written (which year's body it means
    cannot be said). A 2024 plan's 市卫生局 (卫生局 -> 卫计委 in 2013 -> 卫健委 in 2018) is the
    卫生健康委员会; a 2016 plan's the 卫生和计划生育委员会 of its time (the 卫健委, listed too, came
    from the 卫计委 in 2018: no 2016 body); a 2014 plan's (the 2013 reform's next year) stays."""
    text = "{title}\n一、重点任务\n    （一）加强医疗废物监管。牵头单位：市卫生局；配合单位：市建设局。\n"
    undated = _by_mention(_resolved(tmp_path, "a.txt", text.format(title="济南市医疗废物治理工作方案")))
    assert {m: r for m, (_, _, r) in undated.items()} == {"市卫生局": None, "市建设局": None}
    now = _by_mention(_resolved(tmp_path, "b.txt", text.format(title="济南市2024年医疗废物治理工作方案")))
    assert now["市卫生局"] == ("济南市/卫生健康委员会", "济南市卫生健康委员会", "济南市/卫生局")
    then = _by_mention(_resolved(tmp_path, "c.txt", text.format(title="济南市2016年医疗废物治理工作方案")))
    assert then["市卫生局"] == ("济南市/卫生和计划生育委员会", "济南市卫生和计划生育委员会", "济南市/卫生局")
    assert then["市建设局"][2] == "济南市/建设局"
    before = _by_mention(_resolved(tmp_path, "d.txt", text.format(title="济南市2014年医疗废物治理工作方案")))
    assert before["市卫生局"] == ("济南市/卫生局", "济南市卫生局", None)


def test_a_rename_of_2021_is_read_from_2023_though_its_successor_merged_later(tmp_path):
    """扶贫开发办公室 -> 乡村振兴局 (2021), listed with the 农业农村局 the 乡村振兴局 merged into in places
    later: a 2023 plan's 县扶贫办 is the 乡村振兴局; a 2022 plan's (the reform's next year) stays."""
    text = "{title}\n一、重点任务\n    （一）巩固拓展脱贫攻坚成果。牵头单位：县扶贫办；配合单位：县财政局。\n"
    now = _by_mention(_resolved(tmp_path, "a.txt", text.format(title="某某县2023年巩固脱贫成果工作要点")))
    assert now["县扶贫办"][0] == "某某县/乡村振兴局" and now["县扶贫办"][2] == "某某县/扶贫开发办公室"
    then = _by_mention(_resolved(tmp_path, "b.txt", text.format(title="某某县2022年巩固脱贫成果工作要点")))
    assert then["县扶贫办"][0] == "某某县/扶贫开发办公室" and then["县扶贫办"][2] is None


def test_renamed_from_in_the_jsonl_and_on_the_graph_edge(tmp_path):
    """``extract``'s record gives ``renamed_from`` on the moved assignment only (others keep their
    shape); the build's LEADS edge carries it beside the mention as written, and so do the
    assignments table (empty for the others) and ``b.provenance``."""
    from typer.testing import CliRunner

    from respgraph.cli import app
    from respgraph.graph import build_graph

    plan = tmp_path / "tz2024.txt"
    plan.write_text(TAIZHOU.format(year=2024), encoding="utf-8")
    out = tmp_path / "t.jsonl"
    result = CliRunner().invoke(app, ["extract", str(plan), "--format", "jsonl", "-o", str(out)])
    assert result.exit_code == 0, result.output
    first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    lead, *supports = first["assignments"]
    assert (lead["agency"], lead["mention"], lead["renamed_from"]) == ("台州市住房和城乡建设局", "市建设局", "台州市/建设局")
    assert all("renamed_from" not in a for a in supports)
    G = build_graph([resolve_plan(extract_file(plan))])
    edge = G.edges["agency:台州市/住房和城乡建设局", "task:tz2024:001", "LEADS"]
    assert (edge["mention"], edge["renamed_from"]) == ("市建设局", "台州市/建设局")
    assert "renamed_from" not in G.edges["agency:台州市/生态环境局", "task:tz2024:001", "SUPPORTS"]
    from respgraph.graph import assignments_frame

    rows = assignments_frame(G, flat=True)  # (assignments.csv, the xlsx assignments sheet)
    moved = rows[rows["renamed_from"].notna()]
    assert moved[["mention", "agency_id", "renamed_from"]].values.tolist() == [
        ["市建设局", "台州市/住房和城乡建设局", "台州市/建设局"], ["市国土资源局", "台州市/自然资源和规划局", "台州市/国土资源局"]]
    import respgraph

    b = respgraph.build(plan)
    why = b.provenance(("agency:台州市/住房和城乡建设局", "task:tz2024:001", "LEADS"))
    assert why.renamed_from == "台州市/建设局" and "市建设局 is 台州市/建设局: read by the plan's year" in str(why)
    assert b.provenance(("agency:台州市/生态环境局", "task:tz2024:001", "SUPPORTS")).renamed_from is None


def test_successors_year_column_is_optional_and_checked(tmp_path):
    reg = load_registry()
    assert (reg.reform_years["环境保护局"], reg.reform_years["建设局"]) == (2018, 2010)
    assert "城市管理委员会" not in reg.reform_years and "地震局" not in reg.reform_years  # survive in places
    for name, header, year in (("old", "name,successors,note", ""), ("bad", "name,successors,year,note", "2018年,")):
        copy = tmp_path / name
        shutil.copytree(reg.path, copy)
        (copy / "successors.csv").write_text(f"{header}\n环境保护局,生态环境局,{year}2018 reform\n", encoding="utf-8")
    assert load_registry(tmp_path / "old").reform_years == {}  # a registry without the column: nothing is moved
    with pytest.raises(RegistryError, match=r"successors.csv: row 2: year '2018年' is no year"):
        load_registry(tmp_path / "bad")


DATA_2022 = """台州市2022年数字化改革工作要点
一、重点任务
    （一）推进公共数据平台建设。牵头单位：市大数据局；配合单位：市生态环境局。
    （二）推进生态环境数字化应用。牵头单位：市生态环境局；配合单位：市大数据局。
"""
DATA_2025 = """台州市2025年数字化改革工作要点
一、重点任务
    （一）推进公共数据授权运营。牵头单位：市数据局；配合单位：市生态环境局。
    （二）推进“一件事”集成改革。牵头单位：市公安局；配合单位：市数据局。
"""


def _data_plans(tmp_path):
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "tz2022.txt").write_text(DATA_2022, encoding="utf-8")
    (plans / "tz2025.txt").write_text(DATA_2025, encoding="utf-8")
    return plans


def test_workload_fold_renamed_counts_a_body_with_its_successor_cli(tmp_path):
    """A build of 台州's 2022 plan (市大数据局, before the 2023-24 data bureaus) and its 2025 plan
    (市数据局): ``workload`` keeps a row per body as the plans name them; ``--fold-renamed`` counts
    the 大数据局 with the 数据局 that took its work over (2 led, 2 supported), naming it in
    ``renamed`` (its id in ``renamed_ids``); bodies never renamed (生态环境局) count as before. With
    --report the sub-report reads the folded graph too."""
    from typer.testing import CliRunner

    from respgraph.cli import app

    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(app, ["build", str(_data_plans(tmp_path)), "--out", str(out)]).exit_code == 0

    def across(*opts):
        result = runner.invoke(app, ["workload", str(out), "-f", "json", *opts])
        assert result.exit_code == 0, result.output
        return {r["agency_id"]: r for r in json.loads(result.stdout) if r["plan_id"] == "*"}

    apart = across()
    assert (apart["台州市/数据局"]["tasks_led"], apart["台州市/数据局"]["tasks_supported"]) == (1, 1)
    assert (apart["台州市/大数据局"]["tasks_led"], apart["台州市/大数据局"]["tasks_supported"]) == (1, 1)
    assert "renamed" not in apart["台州市/数据局"]
    folded = across("--fold-renamed")
    assert "台州市/大数据局" not in folded
    data = folded["台州市/数据局"]
    assert (data["tasks_led"], data["tasks_supported"], data["renamed"]) == (2, 2, ["台州市大数据局"])
    assert data["renamed_ids"] == ["台州市/大数据局"]
    eco = folded["台州市/生态环境局"]
    assert (eco["tasks_led"], eco["tasks_supported"], eco["renamed"]) == (1, 2, [])
    support = runner.invoke(app, ["workload", str(out), "--fold-renamed", "--report", "support-only", "-f", "json"])
    assert support.exit_code == 0 and "台州市大数据局" not in support.stdout


def test_workload_and_overload_fold_renamed_in_python(tmp_path):
    """``b.workload(plan, fold_renamed=True)``: the 2022 plan's 大数据局 is counted under the 数据局
    its row is keyed by, named in ``renamed``; ``b.overload(..., fold_renamed=True)`` takes it too.
    A 2025 plan naming 市大数据局 beside its 市数据局 shows two bodies of its time: no link, no fold."""
    import respgraph

    b = respgraph.build(_data_plans(tmp_path))
    old = b.workload("tz2022", fold_renamed=True).set_index("agency_id")
    assert (old.loc["台州市/数据局", "tasks_led"], old.loc["台州市/数据局", "tasks_supported"]) == (1, 1)
    assert old.loc["台州市/数据局", "renamed"] == ["台州市大数据局"] and "台州市/大数据局" not in old.index
    assert "renamed" not in b.workload("tz2022") and "台州市/大数据局" in set(b.workload("tz2022").agency_id)
    rows = b.overload("tz2022", fold_renamed=True, all_rows=True).set_index("agency_id")
    assert "台州市/大数据局" not in rows.index and rows.loc["台州市/数据局", "tasks"] == 2
    (tmp_path / "plans" / "tz2025.txt").write_text(DATA_2025 + "    （三）推进数据安全监管。牵头单位：市委网信办；配合单位：市大数据局。\n",
                                                  encoding="utf-8")
    both = respgraph.build(tmp_path / "plans").workload(fold_renamed=True)
    assert {"台州市/大数据局", "台州市/数据局"} <= set(both[both.plan_id == "*"].agency_id)


def test_network_fold_renamed_is_one_node_for_a_body_and_its_successor(tmp_path):
    """``network --fold-renamed`` (``b.network(fold_renamed=True)``), as workload's: 台州's 2022 大数据局
    and 2025 数据局 are one node (4 tasks, 2 led, partners 生态环境局 and 公安局), the old id in
    ``renamed``; without it two nodes, as the plans name them. With --pairs: one pair each."""
    import respgraph
    from typer.testing import CliRunner

    from respgraph.cli import app

    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(app, ["build", str(_data_plans(tmp_path)), "--out", str(out)]).exit_code == 0

    def rows(*opts):
        result = runner.invoke(app, ["network", str(out), "-f", "json", *opts])
        assert result.exit_code == 0, result.output
        return {r["agency_id"]: r for r in json.loads(result.stdout)}

    apart = rows()
    assert {"台州市/大数据局", "台州市/数据局"} <= set(apart) and "renamed" not in apart["台州市/数据局"]
    assert (apart["台州市/数据局"]["tasks"], apart["台州市/数据局"]["degree"]) == (2, 2)
    folded = rows("--fold-renamed")
    assert "台州市/大数据局" not in folded
    data = folded["台州市/数据局"]
    assert (data["tasks"], data["tasks_led"], data["degree"], data["renamed"]) == (4, 2, 2, ["台州市大数据局"])
    assert folded["台州市/生态环境局"]["renamed"] == [] and folded["台州市/生态环境局"]["tasks"] == 3
    df = respgraph.load(out).network(fold_renamed=True).set_index("agency_id")
    assert df.loc["台州市/数据局", "renamed_ids"] == ["台州市/大数据局"] and "台州市/大数据局" not in df.index
    pairs = runner.invoke(app, ["network", str(out), "--fold-renamed", "--pairs", "-f", "json"])
    assert pairs.exit_code == 0, pairs.output
    assert sorted((r["name_a"], r["name_b"], r["shared_tasks"]) for r in json.loads(pairs.stdout)) == [
        ("台州市公安局", "台州市数据局", 1), ("台州市数据局", "台州市生态环境局", 3)]


def test_two_old_names_of_one_successor_on_a_task_lead_it_once(tmp_path):
    """A 2024 plan's 市建设局 leading and 市城乡建设委员会 supporting one task (renamed 2010 and 2019,
    both to the 住房和城乡建设局): one body, which leads (as a body named twice in a task does);
    each mention keeps its own assignment and clause."""
    rp = _resolved(tmp_path, "a.txt", "合肥市2024年建筑节能工作要点\n一、重点任务\n"
                   "    （一）推进既有建筑节能改造。牵头单位：市建设局；配合单位：市城乡建设委员会、市财政局。\n")
    rows = rp.assignments[next(iter(rp.assignments))]
    assert [(a.mention, a.agency_id, a.role) for a in rows] == [
        ("市建设局", "合肥市/住房和城乡建设局", "lead"), ("市城乡建设委员会", "合肥市/住房和城乡建设局", "lead"),
        ("市财政局", "合肥市/财政局", "support")]


def test_agencies_table_shows_successors_by_name_only_where_there_are_some(tmp_path):
    """``respgraph agencies`` (table): 台州's 2022 plan's 大数据局 beside the 2025 plan's 数据局 has
    the 数据局 as successor, shown by its name in a ``successor`` column, from plans and from a
    build alike; 福州's 海洋与渔业局 (split) lists the bodies that took over its parts in
    ``successors``. Near miss: the 2025 plan alone names no renamed body: no such column."""
    from typer.testing import CliRunner

    from respgraph.cli import app

    runner = CliRunner()
    plans = _data_plans(tmp_path)

    def table(*args):
        result = runner.invoke(app, ["agencies", *map(str, args)], env={"COLUMNS": "300"})
        assert result.exit_code == 0, result.output
        return {line.split("│")[1].strip(): [c.strip() for c in line.split("│")[1:-1]]
                for line in result.stdout.splitlines() if line.startswith("│")}, result.stdout

    rows, out = table(plans)
    assert "successor" in out and "successors" not in out
    assert rows["台州市大数据局"][-1] == "台州市数据局" and rows["台州市数据局"][-1] == ""
    build = tmp_path / "out"
    assert runner.invoke(app, ["build", str(plans), "--out", str(build)]).exit_code == 0
    assert table(build)[0]["台州市大数据局"][-1] == "台州市数据局"
    alone, out = table(plans / "tz2025.txt")
    assert "successor" not in out and len(alone["台州市数据局"]) == 6
    (plans / "fz.txt").write_text("福州市2024年海洋经济工作要点\n一、重点任务\n"
                                  "    （一）推进海洋生态修复。牵头单位：市海洋与渔业局；配合单位：市自然资源和规划局、市农业农村局。\n",
                                  encoding="utf-8")
    rows, out = table(plans)
    assert rows["福州市海洋与渔业局"][-2:] == ["", "福州市自然资源和规划局; 福州市农业农村局"]
    assert rows["台州市大数据局"][-2:] == ["台州市数据局", ""]


PLACE_PLAN = """{city}{year}年城市更新工作要点
一、重点任务
    （一）推进老旧小区改造。牵头单位：{prefix}建设局；配合单位：{prefix}财政局。
    （二）推进土地节约集约利用。牵头单位：{prefix}国土资源局；配合单位：{prefix}发改委。
"""


def test_a_place_that_kept_the_old_name_keeps_its_body(tmp_path):
    """厦门 kept 建设局 as its housing and construction bureau's name (厦门市建设局): its 2025 plan's
    市建设局 is that body, not a 住房和城乡建设局 (successors.csv's row of 厦门市, no successors);
    its districts' is their 建设与交通局 (思明区's row: test_xiamens_districts_…). Near miss: 福州's
    2025 plan's 市建设局 (no such row for 福州市) still moves to the 住房和城乡建设局, and 厦门's
    市国土资源局 to its 自然资源和规划局 (its own row)."""
    xm = _by_mention(_resolved(tmp_path, "xm.txt", PLACE_PLAN.format(city="厦门市", year=2025, prefix="市")))
    assert xm["市建设局"] == ("厦门市/建设局", "厦门市建设局", None)
    assert xm["市国土资源局"] == ("厦门市/自然资源和规划局", "厦门市自然资源和规划局", "厦门市/国土资源局")
    sm = _by_mention(_resolved(tmp_path, "sm.txt", PLACE_PLAN.format(city="厦门市思明区", year=2025, prefix="区")))
    assert sm["区建设局"] == ("思明区/建设与交通局", "思明区建设与交通局", "思明区/建设局")
    fz = _by_mention(_resolved(tmp_path, "fz.txt", PLACE_PLAN.format(city="福州市", year=2025, prefix="市")))
    assert fz["市建设局"] == ("福州市/住房和城乡建设局", "福州市住房和城乡建设局", "福州市/建设局")


def test_a_place_with_its_own_successor_name_is_read_by_it(tmp_path):
    """深圳 renamed its 建设局 the 住房和建设局 in 2009: a 2025 深圳 plan's 市建设局 is 深圳市住房和建设局,
    a 2011 one's too (its own year, 2009, not the reform's 2010: a 2011 plan elsewhere keeps the
    建设局), a 2010 one's the 建设局 of its time. 浙江's cities have one successor of the 国土资源局 each:
    台州's and 宁波's 自然资源和规划局, 杭州's 规划和自然资源局, from 2021 (their 2019 reforms);
    a 2020 台州 plan's keeps its body, and 株洲's (no row) stays in any year."""
    def lead(city, year, prefix="市", task=0):
        rp = _resolved(tmp_path, f"{city}{year}.txt", PLACE_PLAN.format(city=city, year=year, prefix=prefix))
        return [a for rows in rp.assignments.values() for a in rows if a.role == "lead"][task]

    sz = lead("深圳市", 2025)
    assert (sz.agency_id, sz.agency, sz.renamed_from) == ("深圳市/住房和建设局", "深圳市住房和建设局", "深圳市/建设局")
    assert lead("深圳市", 2011).agency_id == "深圳市/住房和建设局"
    assert lead("深圳市", 2010).agency_id == "深圳市/建设局"
    assert lead("福州市", 2011).agency_id == "福州市/建设局"
    assert lead("台州市", 2024, task=1).agency_id == "台州市/自然资源和规划局"
    assert lead("宁波市", 2024, task=1).agency_id == "宁波市/自然资源和规划局"
    assert lead("杭州市", 2024, task=1).agency_id == "杭州市/规划和自然资源局"
    assert lead("台州市", 2020, task=1).agency_id == "台州市/国土资源局"
    assert lead("株洲市", 2024, task=1).agency_id == "株洲市/国土资源局"


def test_a_graph_links_no_successor_a_place_did_not_have(tmp_path):
    """The graph's link follows the place's row too: 厦门市/建设局 (kept) has no successor though a
    graph holds a 厦门市住房和城乡建设局 of another plan; 深圳市/建设局's is the 住房和建设局. Near
    miss: 福州市/建设局 still has the 住房和城乡建设局."""
    reg = load_registry()
    assert reg.successor("厦门市/建设局", {"厦门市/住房和城乡建设局"}) is None
    assert reg.successor("深圳市/建设局", {"深圳市/住房和城乡建设局", "深圳市/住房和建设局"}) == "深圳市/住房和建设局"
    assert reg.successor("福州市/建设局", {"福州市/住房和城乡建设局"}) == "福州市/住房和城乡建设局"


@pytest.mark.parametrize("row, fault", [
    ("建设局,,2009,kept with a year,厦门市", "a year for a name kept"),
    ("建设局,住房和建设局,,twice,深圳市;深圳市", "listed twice for 深圳市"),
    ("建设局,住房和建设局,,unlisted,某某市", "place '某某市' is not listed"),
])
def test_a_places_row_that_cannot_hold_names_its_row(tmp_path, row, fault):
    """successors.csv's row of a place is checked as it is read: a year for a name the place kept, a
    place twice, a place no file lists: a RegistryError naming the file and row."""
    copy = tmp_path / "reg"
    shutil.copytree(load_registry().path, copy)
    with (copy / "successors.csv").open("a", encoding="utf-8") as f:
        f.write(row + "\n")
    with pytest.raises(RegistryError, match=fault) as err:
        load_registry(copy)
    assert "successors.csv: row" in str(err.value)


def test_shenzhens_housing_body_is_one_under_its_short_names(tmp_path):
    """深圳's plans write 市住建局 and 市住房建设局 for 深圳市住房和建设局 (its name since 2009): one
    id, named as the body is (aliases.csv rows of 深圳市). Near miss: 广州's 市住建局 is its
    住房和城乡建设局, and 东莞's 市住房建设局 is not read as 深圳's body."""
    text = ("{city}2025年城中村改造工作要点\n一、重点任务\n"
            "    （一）推进城中村改造。牵头单位：市住建局；配合单位：市规划和自然资源局。\n"
            "    （二）推进保障性住房建设。牵头单位：市住房建设局；配合单位：市财政局。\n")
    sz = _by_mention(_resolved(tmp_path, "sz.txt", text.format(city="深圳市")))
    assert sz["市住建局"] == sz["市住房建设局"] == ("深圳市/住房和建设局", "深圳市住房和建设局", None)
    gz = _by_mention(_resolved(tmp_path, "gz.txt", text.format(city="广州市")))
    assert gz["市住建局"][0] == "广州市/住房和城乡建设局"
    dg = _by_mention(_resolved(tmp_path, "dg.txt", text.format(city="东莞市")))
    assert dg["市住房建设局"][0] == "东莞市/住房建设局"


def test_a_branch_of_a_places_renamed_bureau_is_the_new_bureaus_branch(tmp_path):
    """浙江's cities' rows hold for the 国土资源局's branches too: 台州's 2024 plan's 市国土资源局黄岩分局
    is the 自然资源和规划局's branch there, under 黄岩区's id (as 市自然资源和规划局黄岩分局 is), 杭州's
    市国土资源局萧山分局 the 规划和自然资源局's. Near miss: 株洲's branch (no row) stays."""
    text = "{city}2024年土地整治工作要点\n一、重点任务\n    （一）推进土地整治。牵头单位：{unit}；配合单位：市财政局。\n"

    def lead(city, unit):
        rp = _resolved(tmp_path, f"{city}.txt", text.format(city=city, unit=unit))
        a = rp.assignments[next(iter(rp.assignments))][0]
        return a.agency_id, a.renamed_from

    assert lead("台州市", "市国土资源局黄岩分局") == ("黄岩区/自然资源和规划局", "黄岩区/国土资源分局")
    assert lead("杭州市", "市国土资源局萧山分局") == ("萧山区/规划和自然资源局", "萧山区/国土资源分局")
    assert lead("株洲市", "市国土资源局芦淞分局") == ("芦淞区/国土资源分局", None)


def test_a_graph_of_two_plans_links_a_kept_name_to_nothing(tmp_path):
    """A graph of a 2009 and a 2024 plan of one place: 福州's 市建设局 (2009) is linked to the
    住房和城乡建设局 the 2024 plan names; 厦门's (kept: its row has no successors) is not, though the
    2024 plan writes 市住房和城乡建设局 as a plan may."""
    from respgraph.graph import agency_node, build_graph

    def graph(city):
        plans = []
        for year, unit in ((2009, "市建设局"), (2024, "市住房和城乡建设局")):
            path = tmp_path / f"{city}{year}.txt"
            path.write_text(f"{city}{year}年城市建设工作要点\n一、重点任务\n"
                            f"    （一）推进老旧小区改造。牵头单位：{unit}；配合单位：市财政局。\n", encoding="utf-8")
            plans.append(resolve_plan(extract_file(path)))
        return build_graph(plans)

    assert graph("福州市").nodes[agency_node("福州市/建设局")].get("successor") == "福州市/住房和城乡建设局"
    assert "successor" not in graph("厦门市").nodes[agency_node("厦门市/建设局")]


def test_shenzhens_districts_housing_bodies_too_not_their_namesakes(tmp_path):
    """深圳's districts have 住房和建设局 too (aliases.csv's rows list them): 深圳市南山区's plan's
    区住建局 is 深圳市南山区住房和建设局, 深圳市龙华区's 2025 区建设局 that body by its year (the row of
    深圳市 holds under it). Near misses: 鹤岗市南山区 and 海口市龙华区, districts of the same names
    in other cities, keep their 住房和城乡建设局."""
    def lead(place, unit):
        text = (f"{place}人民政府办公室关于印发{place}2025年城市更新工作要点的通知\n{place}2025年城市更新工作要点\n"
                f"一、重点任务\n    （一）推进城市更新。牵头单位：{unit}；配合单位：区财政局。\n")
        rp = _resolved(tmp_path, f"{place}.txt", text)
        a = rp.assignments[next(iter(rp.assignments))][0]
        return a.agency_id, a.renamed_from

    assert lead("深圳市南山区", "区住建局") == ("深圳市南山区/住房和建设局", None)
    assert lead("深圳市龙华区", "区建设局") == ("深圳市龙华区/住房和建设局", "深圳市龙华区/建设局")
    assert lead("鹤岗市南山区", "区住建局") == ("鹤岗市南山区/住房和城乡建设局", None)
    assert lead("海口市龙华区", "区建设局") == ("海口市龙华区/住房和城乡建设局", "海口市龙华区/建设局")



def test_a_successor_is_linked_under_the_id_its_place_files_it_by(tmp_path):
    """``Registry.successor`` files each successor's name as the place does (``filed_under``): with a
    registry whose 城市管理行政执法局 row names the 综合行政执法局 only, 台州's old body is linked to
    台州市/城市管理局, the id 浙江 files its 综合行政执法局 under (one_body.csv's row of 浙江省). Near
    miss: 株洲's to 株洲市/综合行政执法局 (no such row for 湖南)."""
    copy = tmp_path / "reg"
    shutil.copytree(load_registry().path, copy)
    rows = (copy / "successors.csv").read_text(encoding="utf-8").splitlines()
    rows = [("城市管理行政执法局,综合行政执法局,,one name" if r.startswith("城市管理行政执法局,") else r) for r in rows]
    (copy / "successors.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    reg = load_registry(copy)
    assert reg.successor("台州市/城市管理行政执法局", {"台州市/城市管理局"}) == "台州市/城市管理局"
    assert reg.successor("株洲市/城市管理行政执法局", {"株洲市/城市管理局"}) is None
    assert reg.successor("株洲市/城市管理行政执法局", {"株洲市/综合行政执法局"}) == "株洲市/综合行政执法局"


def test_the_municipalities_and_guangzhou_name_their_land_bodies_their_way(tmp_path):
    """重庆's 国土资源局, 天津's and 重庆's 国土房管局 became their 规划和自然资源局 (2018); 广州's
    国土房管局 its 国土规划委 (2015), then the 规划和自然资源局 (2019): a 2024 plan writing the old
    name means that body, a 2017 广州 plan's 市国土房管局 the 国土规划委 of its time. Near misses:
    沈阳's 2024 市国土房管局 and 天津's 市国土资源局 (no row) stay as written."""
    def lead(city, year, unit):
        rp = _resolved(tmp_path, f"{city}{year}.txt", f"{city}{year}年土地工作要点\n一、重点任务\n"
                       f"    （一）推进土地整治。牵头单位：{unit}；配合单位：市财政局。\n")
        return rp.assignments[next(iter(rp.assignments))][0].agency_id

    assert lead("重庆市", 2024, "市国土资源局") == "重庆市/规划和自然资源局"
    assert lead("天津市", 2024, "市国土房管局") == "天津市/规划和自然资源局"
    assert lead("广州市", 2024, "市国土房管局") == "广州市/规划和自然资源局"
    assert lead("广州市", 2017, "市国土房管局") == "广州市/国土资源和规划委员会"
    assert lead("沈阳市", 2024, "市国土房管局") == "沈阳市/国土资源和房屋管理局"
    assert lead("天津市", 2024, "市国土资源局") == "天津市/国土资源局"


def _place_lead(tmp_path, place, year, unit, other=""):
    """The lead of a one-item plan of ``place`` and ``year`` naming ``unit`` (and ``other`` in a
    second item): (agency id, renamed_from)."""
    text = (f"{place}人民政府办公室关于印发{place}{year}年土地和城市建设工作要点的通知\n{place}{year}年土地和城市建设工作要点\n"
            f"一、重点任务\n    （一）推进土地整治。牵头单位：{unit}；配合单位：{place[:3]}财政局。\n")
    if other:
        text += f"    （二）推进城市更新。牵头单位：{other}；配合单位：{place[:3]}财政局。\n"
    rp = _resolved(tmp_path, f"{place}{year}{len(other)}.txt", text)
    a = rp.assignments[next(iter(rp.assignments))][0]
    return a.agency_id, a.renamed_from


def test_beijings_land_bodies_are_its_planning_and_natural_resources_committee(tmp_path):
    """北京 merged its 国土资源局 and 规划委员会 into the 规划和国土资源管理委员会 (2016), made the
    规划和自然资源委员会 in 2018, its districts' 国土 bodies the committee's branches: a 2024 北京 plan's
    市国土资源局 / 市规划委 is the committee, a 2024 朝阳区 plan's 区国土分局 its branch there, a 2017
    plan's 市国土资源局 the 规划国土委 of its time. Near misses: a 2016 plan keeps its body; a 2024 plan
    naming the committee too keeps the two apart; 天津's 2024 市国土资源局 (no row) stays."""
    assert _place_lead(tmp_path, "北京市", 2024, "市国土资源局") == ("北京市/规划和自然资源委员会", "北京市/国土资源局")
    assert _place_lead(tmp_path, "北京市", 2024, "市规划委") == ("北京市/规划和自然资源委员会", "北京市/规划委员会")
    assert _place_lead(tmp_path, "北京市朝阳区", 2024, "区国土分局") == (
        "北京市朝阳区/规划和自然资源委员会分局", "北京市朝阳区/国土资源分局")
    assert _place_lead(tmp_path, "北京市", 2018, "市国土资源局") == ("北京市/规划和国土资源管理委员会", "北京市/国土资源局")
    assert _place_lead(tmp_path, "北京市", 2016, "市国土资源局") == ("北京市/国土资源局", None)
    assert _place_lead(tmp_path, "北京市", 2024, "市国土资源局", "市规划和自然资源委员会") == ("北京市/国土资源局", None)
    assert _place_lead(tmp_path, "天津市", 2024, "市国土资源局") == ("天津市/国土资源局", None)


def test_fujians_and_guangdongs_cities_name_their_land_bodies_their_way(tmp_path):
    """福建's 2019 reforms: 福州's and 厦门's 国土资源局 and 规划局 became the 自然资源和规划局, the other
    cities' (莆田, 漳州, 龙岩 …) the 自然资源局; 广东's cities but 广州 and 深圳 the 自然资源局 (佛山's
    branch in 南海区 too). A 2024 plan's old name is that body. Near misses: 泉州 (its counties'
    names not all known: no row) stays; a 2020 plan (the reform's next year) keeps its body."""
    assert _place_lead(tmp_path, "福州市", 2024, "市国土资源局") == ("福州市/自然资源和规划局", "福州市/国土资源局")
    assert _place_lead(tmp_path, "厦门市", 2024, "市规划局") == ("厦门市/自然资源和规划局", "厦门市/城乡规划局")
    assert _place_lead(tmp_path, "龙岩市", 2024, "市国土资源局") == ("龙岩市/自然资源局", "龙岩市/国土资源局")
    assert _place_lead(tmp_path, "佛山市", 2024, "市国土资源局") == ("佛山市/自然资源局", "佛山市/国土资源局")
    assert _place_lead(tmp_path, "佛山市", 2024, "市国土资源局南海分局") == ("南海区/自然资源局", "南海区/国土资源分局")
    assert _place_lead(tmp_path, "东莞市", 2024, "市规划局") == ("东莞市/自然资源局", "东莞市/城乡规划局")
    assert _place_lead(tmp_path, "泉州市", 2024, "市国土资源局") == ("泉州市/国土资源局", None)
    assert _place_lead(tmp_path, "佛山市", 2020, "市国土资源局") == ("佛山市/国土资源局", None)


def test_xiamens_districts_housing_body_is_their_construction_and_transport_bureau(tmp_path):
    """厦门's districts name their housing and construction body 建设与交通局 (思明区建设与交通局): a 2024
    思明区 plan's 区建设局 is that body, while the city's 市建设局 stays the 建设局 it kept. Near misses:
    a plan naming the 建设与交通局 too keeps the two apart; 福州's 鼓楼区 (no row) has the
    住房和城乡建设局."""
    assert _place_lead(tmp_path, "厦门市思明区", 2024, "区建设局") == ("思明区/建设与交通局", "思明区/建设局")
    assert _place_lead(tmp_path, "厦门市湖里区", 2024, "区建设局") == ("湖里区/建设与交通局", "湖里区/建设局")
    assert _place_lead(tmp_path, "厦门市", 2024, "市建设局") == ("厦门市/建设局", None)
    assert _place_lead(tmp_path, "厦门市思明区", 2024, "区建设局", "区建设与交通局") == ("思明区/建设局", None)
    assert _place_lead(tmp_path, "福州市鼓楼区", 2024, "区建设局")[0] == "福州市鼓楼区/住房和城乡建设局"


def test_shenzhens_districts_land_bodies_are_the_citys_bureaus_branches(tmp_path):
    """深圳's 国土 body is the 规划和自然资源局 since 2019, a district's its 管理局 there (深圳市规划和
    自然资源局南山管理局): a 2024 南山区 plan's 区国土局 / 区国土分局 is that body, one id with the
    管理局 written in full; the city's 2024 市国土资源局 / 市规划局 the bureau. Near misses: a 2020 plan
    keeps its body; a plan naming the 管理局 too keeps the two apart."""
    branch = _place_lead(tmp_path, "深圳市南山区", 2024, "市规划和自然资源局南山管理局")[0]
    assert branch == "深圳市南山区/规划和自然资源局"
    assert _place_lead(tmp_path, "深圳市南山区", 2024, "区国土局") == (branch, "深圳市南山区/国土资源局")
    assert _place_lead(tmp_path, "深圳市南山区", 2024, "区国土分局") == (branch, "深圳市南山区/国土资源分局")
    assert _place_lead(tmp_path, "深圳市", 2024, "市国土资源局") == ("深圳市/规划和自然资源局", "深圳市/国土资源局")
    assert _place_lead(tmp_path, "深圳市", 2024, "市规划局") == ("深圳市/规划和自然资源局", "深圳市/城乡规划局")
    assert _place_lead(tmp_path, "深圳市", 2020, "市国土资源局") == ("深圳市/国土资源局", None)
    assert _place_lead(tmp_path, "深圳市南山区", 2024, "区国土局", "市规划和自然资源局南山管理局") == ("深圳市南山区/国土资源局", None)


XIAN = """西安市{year}年城市管理工作要点
一、重点任务
    （一）推进垃圾分类。牵头：市城管局。配合：市生态环境局。
    （二）整治占道经营。牵头：原市城管局。配合：市市场监管局。
"""


@pytest.mark.parametrize("year, name", [
    # 西安's 城市管理局 took the name 城市管理和综合执法局 in 2019, one body under one id
    # (one_body.csv): a plan of a year after names it so (was 西安市城市管理局 in every year)
    (2020, "西安市城市管理和综合执法局"),
    (2024, "西安市城市管理和综合执法局"),
    # near misses: a plan of the rename's year or before it names the body it knew
    (2019, "西安市城市管理局"),
    (2018, "西安市城市管理局"),
    (2010, "西安市城市管理局"),
])
def test_a_rename_within_one_id_is_dated_by_the_plans_year(tmp_path, year, name):
    rp = _resolved(tmp_path, f"xa{year}.txt", XIAN.format(year=year))
    got = _by_mention(rp)
    assert got["市城管局"] == ("西安市/城市管理局", name, None)
    assert rp.agencies["西安市/城市管理局"].name == name
    # a mention written with 原 names the body as it was
    assert got["原市城管局"] == ("西安市/城市管理局", "西安市城市管理局", None)


def test_a_rename_within_one_id_is_no_successor():
    # (the graph links a body to its successor: a rename within one id links nothing, never itself)
    reg = load_registry()
    assert reg.successor("西安市/城市管理局", {"西安市/城市管理局"}) is None
    assert reg.successor("三台县/环境保护局", {"三台县/生态环境局"}) == "三台县/生态环境局"
